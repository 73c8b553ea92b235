// The elements' own styles, adopted by each element's shadow root: nothing reaches the host
// page, and the page reaches in only through the custom properties below (inherited across the
// shadow boundary) and the ::part() names (see README, "The demo page and embeddable
// calculators"). A constructed stylesheet is not an inline <style>, so a CSP without
// 'unsafe-inline' for styles allows it.
export const css = `
:host { display: block; --zw-brand: var(--zhengwu-brand, #0b5394); --zw-ink: var(--zhengwu-ink, #1a1a1a); --zw-muted: var(--zhengwu-muted, #4a4a4a);
  --zw-rest: var(--zhengwu-rest, #fde2e1); --zw-rest-ink: var(--zhengwu-rest-ink, #8a1c14); --zw-adjusted: var(--zhengwu-adjusted, #dbeafe);
  --zw-due: var(--zhengwu-due, #fff3b0); --zw-ok: var(--zhengwu-ok, #146c2e); --zw-bad: var(--zhengwu-bad, #a00000);
  font-family: var(--zhengwu-font, inherit); color: var(--zw-ink); line-height: 1.55; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button { font: inherit; padding: 0.45rem 1rem; background: var(--zw-brand); color: #fff; border: 0; border-radius: var(--zhengwu-radius, 4px); cursor: pointer; justify-self: start; }
button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--zhengwu-focus, #f5b400); outline-offset: 2px; }
.error { color: var(--zw-bad); min-height: 1.2em; font-size: 0.9rem; }
p.form-error { margin: 0; }
p.form-error:empty { min-height: 0; }
details { margin-top: 0.75rem; }
summary { cursor: pointer; color: var(--zw-brand); }
.field { display: flex; flex-direction: column; gap: 0.2rem; margin-bottom: 0.5rem; }
.field label { font-weight: 600; }
select, input { font: inherit; padding: 0.4rem; max-width: 100%; border: 1px solid #767676; border-radius: var(--zhengwu-radius, 4px); }
input[type=checkbox], input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; }
fieldset.yesno, fieldset.choices { display: flex; flex-flow: row wrap; gap: 0.5rem; border: 0; padding: 0; margin: 0 0 0.5rem; }
fieldset.yesno legend, fieldset.choices legend { font-weight: 600; padding: 0; margin-bottom: 0.2rem; }
.choice { display: inline-flex; align-items: center; gap: 0.4rem; min-height: 2.75rem; padding: 0 0.9rem; border: 1px solid #767676; border-radius: var(--zhengwu-radius, 4px); cursor: pointer; }
.choice:has(:checked) { border: 2px solid var(--zw-brand); background: #eef4fb; }
fieldset.yesno .error, fieldset.choices .error { flex-basis: 100%; }
input.date { width: 100%; max-width: 18rem; }
details.more { margin: 0.25rem 0 0; }
details.more[open] { border: 1px solid #bbb; border-radius: 6px; padding: 0 0.75rem 0.5rem; }
[aria-invalid=true] { border: 2px solid var(--zw-bad); }
fieldset { border: 1px solid #bbb; border-radius: 6px; display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0 1rem; }
form { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem; }
.field > * { min-width: 0; }
h3 { margin: 0.25rem 0; }
.secondary { background: #fff; color: var(--zw-brand); border: 2px solid var(--zw-brand); margin: 0.5rem 0; }
.answer .big { font-size: 1.2rem; }
.due-date, .leave-days { font-size: 1.6rem; }
.status.overdue, .step.overdue .badge, .step.done_late .badge { background: var(--zw-bad); color: #fff; }
.status.open, .step.open .badge { background: var(--zw-brand); color: #fff; }
.step.done_in_time .badge { background: var(--zw-ok); color: #fff; }
.step.waiting .badge { background: #e5e5e5; color: var(--zw-ink); }
.status { display: inline-block; padding: 0.2rem 0.5rem; border-radius: 4px; }
.timeline { list-style: none; padding: 0; border-left: 3px solid var(--zw-brand); margin-left: 0.5rem; }
.timeline .step .due { font-weight: 700; }
.timeline .step { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; padding: 0.35rem 0 0.35rem 0.75rem; }
.badge { font-size: 0.85rem; padding: 0.1rem 0.45rem; border-radius: 3px; }
.step small, .explanation cite { color: var(--zw-muted); }
.months { display: flex; flex-wrap: wrap; gap: 1rem; }
table.month { border-collapse: collapse; font-size: 0.9rem; }
table.month caption { font-weight: 600; }
table.month td, table.month th { width: 2.4rem; height: 2.2rem; text-align: center; border: 1px solid #ddd; vertical-align: top; }
table.month td small { display: block; font-size: 0.7rem; line-height: 1; }
td.rest { background: var(--zw-rest); color: var(--zw-rest-ink); }
td.adjusted { background: var(--zw-adjusted); }
td.due { background: var(--zw-due); outline: 2px solid #8a6d00; outline-offset: -2px; font-weight: 700; }
.legend .swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #999; vertical-align: middle; }
.swatch.rest { background: var(--zw-rest); } .swatch.adjusted { background: var(--zw-adjusted); } .swatch.due { background: var(--zw-due); }
.route { list-style: none; padding: 0; counter-reset: step; }
.route > li { counter-increment: step; border: 1px solid #bbb; border-radius: 6px; padding: 0.4rem 0.6rem 0.4rem 2.2rem; margin: 0 0 0.6rem; position: relative; }
.route > li::before { content: counter(step); position: absolute; left: 0.6rem; top: 0.4rem; font-weight: 700; color: var(--zw-brand); }
.route > li:not(:last-child)::after { content: "↓"; position: absolute; left: 50%; bottom: -0.95rem; color: var(--zw-brand); }
.route > li.parallel { display: flex; flex-wrap: wrap; gap: 0.5rem; background: #f3f7fc; }
.route .role { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: baseline; }
.route .action { color: var(--zw-muted); }
.explanation h4 { margin: 0.75rem 0 0.25rem; }
.explanation q { display: block; border-left: 4px solid var(--zw-brand); padding-left: 0.6rem; margin: 0.2rem 0 0.5rem; }
.explanation li.applied { font-weight: 600; }
.explanation code { font-size: 0.8rem; color: var(--zw-muted); word-break: break-all; }
.warnings li, .warn { color: #7a4d00; }
ul.parts li.obsolete { color: #5a5a5a; text-decoration: line-through; }
ul.parties > li { margin-bottom: 0.5rem; }
fieldset.request { margin: 0 0 0.75rem; }
fieldset.request legend { font-weight: 600; }
.verdict.passed { color: var(--zw-ok); } .verdict.broken { color: var(--zw-bad); }
ul.violations { list-style: none; padding: 0; }
ul.violations > li { border-left: 4px solid #b58a00; padding: 0.2rem 0 0.2rem 0.75rem; margin-bottom: 0.75rem; }
ul.violations > li.must { border-left-color: var(--zw-bad); }
ul.violations .severity { display: inline-block; font-size: 0.85rem; padding: 0.1rem 0.45rem; border-radius: 3px; background: #7a4d00; color: #fff; }
ul.violations li.must .severity { background: var(--zw-bad); }
ul.violations p { margin: 0.25rem 0; }
ul.violations .quote { margin: 0.25rem 0 0; color: var(--zw-muted); }
ul.violations .quote q { display: block; border-left: 3px solid var(--zw-brand); padding-left: 0.5rem; color: var(--zw-ink); }
.range { color: #5a4a00; font-size: 0.9em; }
details.internal { margin-left: 0.5rem; color: #444; }
ol.att-days { list-style: none; padding: 0; margin: 0 0 0.25rem; grid-column: 1 / -1; }
li.att-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto; gap: 0.3rem; align-items: center; margin-bottom: 0.5rem; }
li.att-row .att-time { width: 5rem; }
li.att-row .att-remove { margin: 0; padding: 0.3rem 0.7rem; }
li.att-row .error { grid-column: 1 / -1; min-height: 0; }
dl.att-result { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 0.75rem; }
dl.att-result dt { font-weight: 600; }
dl.att-result dd { margin: 0; }
.basis q { display: block; color: var(--zw-muted); font-size: 0.9em; }
@media (max-width: 480px) { table.month td, table.month th { width: 2.1rem; } }
`;

let sheet = null;
/** The one stylesheet every element's shadow root adopts (built on first use). */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
