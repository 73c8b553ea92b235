// Embeddable calculators as custom elements (`import 'zhengwu/elements'`, or one script tag:
//   <script type="module" src="/node_modules/zhengwu/elements.js"></script>
//   <zhengwu-timeline ruleset="wenshan-hrss-2019" procedure="wenshan.petition" lang="zh"></zhengwu-timeline>
// Attributes:
//   <zhengwu-timeline ruleset procedure lang>   a procedure's steps, statuses, calendar and .ics
//   <zhengwu-deadline ruleset rule lang>        one time limit
//   <zhengwu-approval ruleset rule lang>        one approval route
//   <zhengwu-leave ruleset rule? lang>          every leave rule of the ruleset, with a picker (rule: the first shown)
//   <zhengwu-sanction ruleset rule? lang>       every sanction rule of the ruleset, with a picker
//   <zhengwu-check ruleset lang>                a set of leave requests checked against every rule of the ruleset
//   <zhengwu-attendance ruleset rule? lang>     a month of one person's attendance (attendance calculators)
// Each element renders into its own open shadow root with the package's styles (styles.js): the
// host page's styles and DOM are untouched; themes use --zhengwu-* custom properties and ::part().
// Each element loads the rules pack of its ruleset (rules/<id>.zwr, with cn-national) once.
// Everything runs in the page: no request leaves it after the module and its packs are loaded.
import init, * as z from './index.js';
import { fetchRules } from './rules.js';
import { styleSheet } from './styles.js';
import { T, el, pick, explanation, timelineList, timelineHeadline, rangeNote, monthCalendar, legend, routeSteps, download, citizenIcs } from './render.js';
// Imported by index.js and rules.js too; named here as well so that a page loading this module
// fetches them with its other imports, not one level later. In pkg/elements.js the build adds the
// glue's generated snippet module after these two lines (scripts/preload.mjs).
import './zhengwu.js';
import './internal.js';

export const ready = init();
const loads = new Map();
// The catalog of every loaded rule is large (~15 ms to build with 文山's): the page's catalog() is
// built again only when more packs are loaded (packs are only ever added). An element asks only
// for its own part — its ruleset's rules of its kind, or its procedures (catalog({ ruleset, kind }))
// — once per ruleset and kind: a loaded ruleset's part never changes.
let catalogCache = null;
let catalogPacks = -1;
function currentCatalog() {
  const packs = z.rulesets().loaded.length;
  if (packs !== catalogPacks) {
    catalogCache = z.catalog();
    catalogPacks = packs;
  }
  return catalogCache;
}
const parts = new Map();
/** The part of the catalog an element of `kind` shows: its ruleset's info (rules, procedures). */
function partOf(ruleset, kind) {
  const key = `${ruleset}|${kind}`;
  if (!parts.has(key)) parts.set(key, z.catalog({ ruleset, kind }).rulesets[0]);
  return parts.get(key);
}
/** Loads the packs of `rulesets` (ids, or 'all') once; resolves when they answer. */
export function loadRulesets(rulesets) {
  const key = String(rulesets);
  if (!loads.has(key)) {
    loads.set(key, ready.then(() => {
      const packs = fetchRules(rulesets);
      buildCalendar();
      return packs;
    }));
  }
  return loads.get(key);
}
// The first answer of a page builds the module's working-day calendar (~1.5 ms of code, and the
// first run of that code: 5–15 ms in all in Chromium, more on a slow phone). It is built while
// the first packs are being fetched, when the page has nothing else to do, so that neither the
// form nor the person's first 计算 waits for it.
let calendarBuilt = false;
function buildCalendar() {
  if (calendarBuilt) return;
  calendarBuilt = true;
  try { z.isWorkingDay('2026-01-05'); } catch { /* answers will say what is wrong */ }
}
/** The catalog once `rulesets` are loaded. */
export async function catalog(rulesets = 'all') {
  await loadRulesets(rulesets);
  return currentCatalog();
}
export { z };

const UI = {
  zh: { compute: '计算', asOf: '查询日期（用于判断是否逾期，可选）', done: '（已完成时填写）',
    extendedEvent: '已批准延长', more: '我还知道更多（可选）', inputs: '输入', result: '结果', route: '审批路径', absent: '外出的领导（职务，用逗号分隔）',
    leaveStart: '休假开始日期（可选，用于计算最后一天）', leaveDates: (first, last, back) => `休假自 ${first} 起，最后一天 ${last}，${back} 上班` },
  en: { compute: 'Compute', asOf: 'As of (to judge lateness, optional)', done: '(when done)',
    extendedEvent: 'extension granted', more: 'I know more (optional)', inputs: 'Inputs', result: 'Result', route: 'Approval route', absent: 'Officials away (roles, comma-separated)',
    leaveStart: 'First day of leave (optional, to find the last day)', leaveDates: (first, last, back) => `Leave from ${first}, last day ${last}, back at work on ${back}` },
};

let uid = 0;
function field(name, label, input, errorId) {
  if (!input.id) input.id = `zw-${++uid}`;
  input.dataset.field = name;
  if (errorId) input.setAttribute('aria-describedby', errorId);
  input.setAttribute('part', 'input');
  return el('div', { class: 'field', part: 'field' }, el('label', { for: input.id, text: label, part: 'label' }), input, errorSlot(name, errorId));
}

// Radio buttons and checkboxes are kept by value and state, other inputs by their text.
const ticked = (input) => input.type === 'radio' || input.type === 'checkbox';

const errorSlot = (name, id) => el('span', { class: 'error', id, 'data-error-for': name, part: 'error' });

// Every date is the same control: a text box, because people type dates in several ways
// (2026/12/1, 2026年12月1日, full-width digits) that a native date picker refuses.
function dateInput(name, type) {
  const input = el('input', { type: 'text', class: 'date', name, inputmode: 'text', autocomplete: 'off', placeholder: '2026-12-01' });
  input.dataset.type = type;
  return input;
}

// A yes/no question as a 是/否 pair: a required one has no answer chosen, so that "no" is an
// answer and not a box left unticked; an optional one starts at 否.
function yesNo(spec, label, lang) {
  const errorId = `zw-err-${++uid}`;
  const choice = (value, text) => {
    const input = el('input', { type: 'radio', name: spec.name, value, id: `zw-${++uid}`, part: 'input', checked: !spec.required && value === 'false' });
    Object.assign(input.dataset, { field: spec.name, type: 'boolean' });
    if (spec.required) input.required = true;
    return el('label', { class: 'choice', for: input.id }, input, text);
  };
  return el('fieldset', { class: 'field yesno', part: 'field', 'aria-describedby': errorId }, el('legend', { text: label, part: 'label' }),
    choice('true', lang === 'en' ? 'Yes' : '是'), choice('false', lang === 'en' ? 'No' : '否'), errorSlot(spec.name, errorId));
}

// Several values at once (`enums`, e.g. 广西 第三十一条's circumstances): a checkbox each; none
// ticked is the empty list ("none" is not offered: it is what no tick says).
function checkboxes(spec, label, lang) {
  const errorId = `zw-err-${++uid}`;
  const choice = (v) => {
    const input = el('input', { type: 'checkbox', name: spec.name, value: v.value, id: `zw-${++uid}`, part: 'input' });
    Object.assign(input.dataset, { field: spec.name, type: 'enums' });
    return el('label', { class: 'choice', for: input.id }, input, lang === 'en' ? v.en : v.zh);
  };
  return el('fieldset', { class: 'field choices', part: 'field', 'aria-describedby': errorId }, el('legend', { text: label, part: 'label' }),
    spec.values.filter((v) => v.value !== 'none').map(choice), errorSlot(spec.name, errorId));
}

function inputFor(spec, lang) {
  const label = pick(spec.label, lang) + (spec.required ? ' *' : '');
  if (spec.type === 'boolean') return yesNo(spec, label, lang);
  if (spec.type === 'enums') return checkboxes(spec, label.replace(/ \*$/, ''), lang);
  let input;
  switch (spec.type) {
    case 'date': case 'datetime': input = dateInput(spec.name, spec.type); break;
    case 'money': case 'integer': input = el('input', { type: 'number', name: spec.name, step: 1, min: spec.min ?? undefined, max: spec.max ?? undefined, inputmode: 'numeric' }); break;
    case 'number': input = el('input', { type: 'number', name: spec.name, step: 0.5, min: spec.min ?? undefined, max: spec.max ?? undefined }); break;
    case 'enum': input = el('select', { name: spec.name }, el('option', { value: '', text: '—' }),
      spec.values.map((v) => el('option', { value: v.value, text: lang === 'en' ? v.en : v.zh }))); break;
    default: input = el('input', { type: 'text', name: spec.name });
  }
  input.dataset.type = spec.type;
  // The form is novalidate: `required` tells assistive technology, readInputs asks in words.
  if (spec.required) input.required = true;
  return field(spec.name, label, input, `zw-err-${++uid}`);
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g; // full-width forms of ASCII: ２０２６／１２／１
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2}):(\d{2}))?$/;
const pad = (n) => String(n).padStart(2, '0');

/**
 * A date as people write it — 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, in full-width
 * digits too, with a time (09:30) where `withTime` — as the engine reads it (YYYY-MM-DD or
 * YYYY-MM-DDTHH:MM), or null when it is no real date.
 */
function normaliseDate(text, withTime = false) {
  const m = DATE.exec(text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim());
  if (!m || (m[4] !== undefined && !withTime)) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const date = `${m[1]}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return date;
  return Number(m[4]) < 24 && Number(m[5]) < 60 ? `${date}T${pad(m[4])}:${m[5]}` : null;
}

const coded = (code, field, zh, en) => Object.assign(new Error(zh), { code, field, messageEn: en });

function dateError(field, type) {
  const time = type === 'datetime';
  return coded('INVALID_DATE', field, `请填写一个日期，例如 2026-12-01、2026/12/1 或 2026年12月1日${time ? '（时间可写作 09:30）' : ''}`,
    `Enter a date such as 2026-12-01, 2026/12/1 or 2026年12月1日${time ? ' (a time as 09:30)' : ''}`);
}

// The value of one control as the engine reads it; undefined for nothing entered.
function readValue(input) {
  const type = input.dataset.type;
  if (type === 'boolean') return input.checked ? input.value === 'true' : undefined;
  if (type === 'enums') return input.checked ? [input.value] : [];
  const text = input.value.trim();
  if (text === '') return undefined;
  if (type === 'date' || type === 'datetime') {
    const date = normaliseDate(text, type === 'datetime');
    if (date === null) throw dateError(input.dataset.field, type);
    return date;
  }
  if (['money', 'integer', 'number'].includes(type)) return Number(text);
  if (type === 'roles') return text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  return text;
}

/** The form's answers as a query (timeline events under `events`); a required one missing is an error. */
function readInputs(form) {
  const q = {};
  for (const input of form.querySelectorAll('[data-field]')) {
    const value = readValue(input);
    const name = input.dataset.field;
    if (value === undefined) continue;
    if (name.startsWith('events.')) (q.events ??= {})[name.slice('events.'.length)] = value;
    else if (input.dataset.type === 'enums') q[name] = [...(q[name] ?? []), ...value];
    else q[name] = value;
  }
  const missing = [...form.querySelectorAll('[required]')].find((i) => q[i.dataset.field] === undefined);
  if (missing) throw coded('MISSING_INPUT', missing.dataset.field, '请回答这一项', 'Please answer this');
  return q;
}

function showError(root, e, lang) {
  const input = e.field && root.querySelector(`[data-field="${CSS.escape(e.field)}"]`);
  // The engine names a field by its key (`babies`); the person reads the field's own label.
  const label = input && (input.closest('fieldset.yesno')?.querySelector('legend') ?? root.querySelector(`[for="${input.id}"]`))?.textContent.replace(/ \*$/, '');
  const raw = lang === 'en' ? e.messageEn ?? e.message : e.message;
  const msg = label ? raw.replaceAll(`\`${e.field}\``, `“${label}”`) : raw;
  const slot = e.field && root.querySelector(`[data-error-for="${CSS.escape(e.field)}"]`);
  const target = slot ?? root.querySelector('.form-error');
  if (target) target.textContent = msg;
  if (input) {
    input.closest('details')?.setAttribute('open', '');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

function clearErrors(root) {
  for (const s of root.querySelectorAll('.error')) s.textContent = '';
  for (const i of root.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

class Calculator extends HTMLElement {
  static observedAttributes = ['ruleset', 'rule', 'procedure', 'lang'];
  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'zh'; }
  attributeChangedCallback(name, old, value) { if (this.isConnected && old !== value) this.build(); }
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styleSheet()];
    this.build();
  }
  async build() {
    const token = ++this.token || (this.token = 1);
    // Nothing to show (or fetch) until the page names a ruleset.
    if (!this.hasAttribute('ruleset')) { this.shadowRoot.replaceChildren(); return; }
    // What the person entered and whether an answer was shown, taken before the first of a burst
    // of rebuilds (a language switch sets several attributes) and given back after the last.
    this.kept ??= this.keep();
    let failure = null;
    await loadRulesets([this.getAttribute('ruleset') ?? '']).catch((e) => { failure = e; });
    if (token !== this.token) return;
    this.shadowRoot.replaceChildren();
    try {
      if (failure) throw failure;
      this.render();
      this.restore(this.kept);
    } catch (e) {
      this.shadowRoot.append(el('p', { class: 'error', part: 'error', role: 'alert', text: this.lang === 'en' ? e.messageEn ?? e.message : e.message }));
    }
    this.kept = null;
  }
  // The rule or procedure shown: state is given back only to the same one.
  subject() { return ['ruleset', 'rule', 'procedure'].map((a) => this.getAttribute(a)).join('|'); }
  keep() {
    const form = this.shadowRoot?.querySelector('form.calc');
    if (!form) return null;
    const values = new Map([...form.querySelectorAll('[data-field]')].map((i) => (ticked(i) ? [`${i.dataset.field}=${i.value}`, i.checked] : [i.dataset.field, i.value])));
    const open = [...form.querySelectorAll('details[open]')].map((d) => d.className);
    return { subject: this.subject(), values, open, answered: this.shadowRoot.querySelector('.answer')?.childElementCount > 0 };
  }
  restore(kept) {
    const form = this.shadowRoot.querySelector('form.calc');
    if (!kept || !form || kept.subject !== this.subject()) { this.readings = {}; return; }
    for (const i of form.querySelectorAll('[data-field]')) {
      const key = ticked(i) ? `${i.dataset.field}=${i.value}` : i.dataset.field;
      if (!kept.values.has(key)) continue;
      if (ticked(i)) i.checked = kept.values.get(key); else i.value = kept.values.get(key);
    }
    for (const d of form.querySelectorAll('details')) if (kept.open.includes(d.className)) d.open = true;
    if (kept.answered) form.requestSubmit();
  }
  /**
   * The form: title, fields, the submit button, then `more` (the timeline's optional questions,
   * folded after the button so the one question a citizen can answer is followed by its button).
   */
  shell(title, fields, onSubmit, more = null) {
    const ui = UI[this.lang];
    const form = el('form', { class: 'calc', part: 'form', novalidate: true }, el('h3', { text: title, part: 'title' }), fields,
      el('p', { class: 'error form-error', part: 'error', role: 'alert' }), el('button', { type: 'submit', text: ui.compute, part: 'button' }), more);
    const out = el('div', { class: 'answer', part: 'answer', 'aria-live': 'polite' });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      clearErrors(form);
      out.replaceChildren();
      try {
        const q = readInputs(form);
        if (Object.keys(this.readings ?? {}).length) q.readings = this.readings;
        onSubmit(q, form, out);
      } catch (e) {
        if (e && e.code) showError(form, e, this.lang); else throw e;
      }
    });
    this.shadowRoot.append(form, out);
    return form;
  }
  /** The answer's explanation; a button for another reading computes again with it. */
  explain(a) {
    return explanation(a, this.lang, (id, key) => {
      this.readings = { ...this.readings, [id]: key };
      this.shadowRoot.querySelector('form.calc').requestSubmit();
    });
  }
  ruleInfo(kind) {
    const rs = partOf(this.getAttribute('ruleset'), kind);
    const rule = rs?.rules.find((r) => r.id === this.getAttribute('rule') || r.refs.includes(this.getAttribute('rule')));
    if (!rule || rule.kind !== kind) throw Object.assign(new Error(`未知规则 ${this.getAttribute('rule')}`), { messageEn: `unknown rule ${this.getAttribute('rule')}` });
    return { rs, rule };
  }
  /**
   * For the elements that cover every rule of a kind in their ruleset: the rule the `rule`
   * attribute names (by id or inventory ref; the first one without it) and a picker of all of
   * them, which sets the attribute (and so rebuilds the form).
   */
  pickRule(kind, label, only = () => true) {
    const rs = partOf(this.getAttribute('ruleset'), kind);
    const rules = rs?.rules.filter((r) => r.kind === kind && only(r)) ?? [];
    const wanted = this.getAttribute('rule');
    const rule = rules.find((r) => r.id === wanted || r.refs.includes(wanted)) ?? rules[0];
    if (!rule) throw Object.assign(new Error(`规则集 ${this.getAttribute('ruleset')} 中没有此类规则`), { messageEn: `no such rules in ${this.getAttribute('ruleset')}` });
    const select = el('select', { name: 'rule', part: 'picker' }, rules.map((r) =>
      el('option', { value: r.id, text: `${r.citations[0]?.article ?? ''} ${pick(r.name, this.lang)}`, selected: r === rule })));
    select.addEventListener('change', () => this.setAttribute('rule', select.value));
    if (!select.id) select.id = `zw-${++uid}`;
    const picker = el('div', { class: 'field', part: 'field' }, el('label', { for: select.id, text: label[this.lang], part: 'label' }), select);
    return { rule, picker };
  }
}

class DeadlineElement extends Calculator {
  render() {
    const l = this.lang;
    const ui = UI[l];
    const { rule } = this.ruleInfo('deadline');
    const fields = [...rule.inputs.map((s) => inputFor(s, l)), inputFor({ name: 'asOf', type: 'date', label: { zh: ui.asOf, en: UI.en.asOf }, required: false }, l)];
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, fields, (q, form, out) => {
      const a = z.deadline({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      const t = T[l];
      // Node.append would print a null as the text "null": only real nodes are appended.
      out.append(...[el('p', { class: 'big' }, el('span', { text: `${t.due}: ` }), el('strong', { class: 'due-date', part: 'due-date', text: a.due }), rangeNote(a.dueRange, l)),
        a.extendedDue ? el('p', {}, `${t.extended}: ${a.extendedDue}`, rangeNote(a.extendedDueRange, l)) : null,
        el('p', { text: a.text }), a.status ? el('p', { class: `status ${a.status.state}`, text: a.status.text }) : null,
        a.provisional ? el('p', { class: 'warn', text: t.provisional }) : null].filter(Boolean));
      if (/^\d{4}-\d{2}-\d{2}$/.test(a.due)) {
        const [y, m] = a.due.split('-').map(Number);
        out.append(monthCalendar(z, y, m, new Map([[a.due, t.due]]), l), legend(l));
      }
      out.append(this.explain(a));
    });
  }
}

// The one question a citizen can answer about each procedure: the date they sent or handed in
// the letter or application. The 行政复议 procedure starts earlier (the penalty notice), but a
// citizen asking "when will I hear back" has already applied. Other procedures ask their first event.
const FIRST_QUESTION = {
  'wenshan.petition': { event: 'received', zh: '你寄出/递交信件的日期？', en: 'When did you send or hand in your petition?' },
  'wenshan.admin-review': { event: 'applicationReceived', zh: '你寄出/递交行政复议申请的日期？', en: 'When did you send or hand in your application?' },
};

class TimelineElement extends Calculator {
  render() {
    const l = this.lang;
    const ui = UI[l];
    const rs = partOf(this.getAttribute('ruleset'), 'timeline');
    const proc = rs?.procedures.find((p) => p.id === this.getAttribute('procedure'));
    if (!proc) throw Object.assign(new Error(`未知程序 ${this.getAttribute('procedure')}`), { messageEn: `unknown procedure ${this.getAttribute('procedure')}` });
    const first = FIRST_QUESTION[proc.id] ?? { event: proc.events[0].value, zh: proc.events[0].zh, en: proc.events[0].en };
    const others = proc.events.filter((e) => e.value !== first.event);
    const more = el('details', { class: 'more', part: 'more' }, el('summary', { text: ui.more }),
      others.map((e) => eventField(e.value, pick(e, l))),
      proc.steps.map((s) => eventField(s.value, `${pick(s, l)} ${ui.done}`)),
      inputFor({ name: 'asOf', type: 'date', label: { zh: ui.asOf, en: UI.en.asOf }, required: false }, l));
    this.shell(pick(proc.name, l), eventField(first.event, pick(first, l)), (q, form, out) => {
      const a = z.timeline({ ruleset: rs.id, procedure: proc.id, lang: l, ...q, events: q.events ?? {} });
      this.showTimeline(a, proc, out);
    }, more);
  }
  showTimeline(a, proc, out) {
    const l = this.lang;
    out.append(...timelineHeadline(a, l), timelineList(a, l));
    const mine = a.steps.filter((s) => !s.internal && (s.due || s.latestDue));
    const dues = new Map(mine.map((s) => [(s.due ?? s.latestDue).slice(0, 10), pick(s.name, l)]));
    const months = [...new Set([...dues.keys()].map((d) => d.slice(0, 7)))].sort().slice(0, 4);
    out.append(el('div', { class: 'months' }, months.map((ym) => monthCalendar(z, Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), dues, l))), legend(l));
    const ics = el('button', { type: 'button', class: 'secondary', text: T[l].ics });
    ics.addEventListener('click', () => download(this.shadowRoot, `${proc.id}.ics`, citizenIcs(a, proc, l), 'text/calendar'));
    out.append(ics, this.explain(a));
  }
}

// A date field of the timeline: an event, or a step's completion (`events.<name>`). A time may
// be given, for the procedures that count hours.
function eventField(name, label) {
  return field(`events.${name}`, label, dateInput(name, 'datetime'), `zw-err-${++uid}`);
}

class ApprovalElement extends Calculator {
  render() {
    const l = this.lang;
    const { rule } = this.ruleInfo('approval');
    const fields = rule.inputs.map((s) => inputFor(s.type === 'roles' ? { ...s, label: { zh: UI.zh.absent, en: UI.en.absent } } : s, l));
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, fields, (q, form, out) => {
      const a = z.approvalRoute({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      out.append(el('p', { class: 'big', text: a.variant ? pick(a.variant, l) : a.text }), routeSteps(a, l), this.explain(a));
    });
  }
}

class LeaveElement extends Calculator {
  render() {
    const l = this.lang;
    const { rule, picker } = this.pickRule('leave', { zh: '假种', en: 'Kind of leave' });
    const start = inputFor({ name: 'start', type: 'date', label: { zh: UI.zh.leaveStart, en: UI.en.leaveStart }, required: false }, l);
    const fields = [picker, ...rule.inputs.map((s) => inputFor(s, l)), start];
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, fields, (q, form, out) => {
      const a = z.leaveEntitlement({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      out.append(...leaveHeadline(a, rule, l));
      if (a.dates) out.append(el('p', { class: 'leave-dates', part: 'leave-dates', text: UI[l].leaveDates(a.dates.first, a.dates.last, a.dates.back) }));
      out.append(el('ul', { class: 'parts' }, a.parts.map((p) => el('li', { class: p.applied ? '' : 'obsolete' },
        `${pick(p.label, l)}：${p.days}`, p.obsolete ? el('small', { text: ` (${pick(p.obsolete, l)})` }) : null))));
      if (a.approval?.steps.length) out.append(el('h4', { text: l === 'en' ? 'Who approves' : '审批' }), routeSteps(a.approval, l));
      out.append(this.explain(a));
    });
  }
}

const dayUnit = (a, l) => (l === 'en' ? (a.unit === 'working_day' ? 'working days' : 'days') : (a.unit === 'working_day' ? '个工作日' : '天'));

/**
 * The days a person is entitled to. Where national law sets a higher minimum, its figure is the
 * headline (按国家规定) and the local rule's beside it, each with its article: a clerk must not be
 * led to grant the lower one.
 */
function leaveHeadline(a, rule, l) {
  const days = (n) => [el('strong', { class: 'leave-days', part: 'leave-days', text: String(n) }), ` ${dayUnit(a, l)}`];
  if (!a.governing) return [el('p', { class: 'big' }, ...days(a.days))];
  const t = T[l];
  const local = a.citations.find((c) => c.rule === rule.id) ?? rule.citations[0];
  const cite = (c) => el('cite', { text: `${c.document} ${c.article}` });
  return [el('p', { class: 'big' }, ...days(a.governing.days), el('span', { class: 'basis', text: ` ${t.nationalRule}` }),
    el('span', { class: 'local', text: `（${t.localRule(a.days)}）` })),
  el('ul', { class: 'bases' }, el('li', {}, `${t.nationalRule}：`, cite(a.governing.citation)), el('li', {}, `${t.localRule(a.days)}：`, cite(local))),
  el('p', { class: 'why', text: pick(a.governing.why, l) })];
}

class SanctionElement extends Calculator {
  render() {
    const l = this.lang;
    const { rule, picker } = this.pickRule('sanction', { zh: '追究规定', en: 'Provision' });
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, [picker, ...rule.inputs.map((s) => inputFor(s, l))], (q, form, out) => {
      const a = z.sanction({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      out.append(...[el('p', { class: 'big', text: a.text }),
        el('ul', { class: 'parties' }, a.parties.map((p) => el('li', {},
          el('strong', { text: `${pick(p.party, l)}：${pick(p.responsibility, l)}` }),
          p.measures.length ? el('ul', { class: 'measures' }, p.measures.map((m) => el('li', { text: pick(m, l) }))) : null))),
        a.modes.length ? el('p', { text: a.modes.map((m) => pick(m, l)).join('；') }) : null,
        this.explain(a)].filter(Boolean));
    });
  }
}

/**
 * A clause that only describes (office hours, who sits on a meeting), stated plainly with the
 * article it rests on, for a form to show beside its fields. No form: it answers as it appears.
 */
class FactElement extends Calculator {
  render() {
    const l = this.lang;
    const { rs, rule } = this.ruleInfo('fact');
    const a = z.fact({ ruleset: rs.id, rule: rule.id, lang: l });
    const first = a.citations[0];
    // The statement and its article's words in view; the note and every clause one tap away, so
    // that a fact beside a form does not push the form down.
    this.shadowRoot.append(el('section', { class: 'fact', part: 'fact' },
      el('h3', { text: `${pick(a.name, l)} · ${first?.article ?? ''}`, part: 'title' }),
      el('p', { class: 'big statement', part: 'statement', text: a.text }),
      first ? el('p', { class: 'quote' }, el('cite', { text: `${first.document} ${first.article}` }), el('q', { text: first.quote })) : null,
      el('details', { class: 'fact-why', part: 'more' }, el('summary', { text: l === 'en' ? 'Notes and every clause' : '说明与全部条文' }),
        a.note ? el('p', { class: 'note', part: 'note', text: pick(a.note, l) }) : null,
        explanation(a, l))));
  }
}

// The leave-request check: the clerk enters people's requests, one row each (name, post or
// section, kind of leave, first and last day), and the answer lists every rule the set breaks,
// with its message, who and which days, and the article quoted; rules the form could not check
// say what they still need. The posts offered are those the ruleset's rules name.
const CHECK_UI = {
  zh: { title: '请假安排检查', row: (n) => `第 ${n} 人`, name: '姓名', role: '职务', section: '科室', kind: '假别', from: '开始日期', to: '结束日期',
    serves: '对口服务的领导（姓名，可填多人，用逗号分隔）', window: '所在窗口（同一窗口的A、B角填相同名称）',
    add: '再加一人', remove: '删去此人', check: '检查', ok: '未发现违反规定之处，可以提交', bad: (n) => `有 ${n} 处必须改正`, warn: (n) => `另有 ${n} 处提醒（一般应遵守）`,
    must: '必须改正', should: '提醒', rows: (l) => `第 ${l} 行`, unchecked: '未能检查（缺少信息）', none: '本规则集没有关于请假安排的规定', confirm: '请确认' },
  en: { title: 'Leave plan check', row: (n) => `Person ${n}`, name: 'Name', role: 'Post', section: 'Section', kind: 'Kind of leave', from: 'First day', to: 'Last day',
    serves: 'Leaders this person serves (names, comma-separated)', window: 'Window post (the same name for its A and B)',
    add: 'Add a person', remove: 'Remove this person', check: 'Check', ok: 'No rule broken: the plan can be submitted', bad: (n) => `${n} problem(s) to correct`, warn: (n) => `and ${n} warning(s) (generally to be kept)`,
    must: 'Must be corrected', should: 'Warning', rows: (l) => `rows ${l}`, unchecked: 'Not checked (information missing)', none: 'This ruleset has no rules on leave plans', confirm: 'Please confirm' },
};
const LEAVE_KINDS = [['annual', '年休假', 'annual leave'], ['personal', '事假', 'personal leave'], ['sick', '病假', 'sick leave'], ['marriage', '婚假', 'marriage leave'],
  ['maternity', '产假', 'maternity leave'], ['bereavement', '丧假', 'bereavement leave'], ['trip', '出差', 'business trip'], ['other', '其他外出', 'other absence']];

class CheckElement extends Calculator {
  render() {
    const l = this.lang;
    const u = CHECK_UI[l];
    const rules = (partOf(this.getAttribute('ruleset'), 'check')?.rules ?? []).filter((r) => r.form === 'leave_requests');
    if (!rules.length) throw Object.assign(new Error(CHECK_UI.zh.none), { messageEn: CHECK_UI.en.none });
    const inputs = rules.flatMap((r) => r.inputs);
    const roles = [...new Set(inputs.filter((i) => i.name === 'requests[].role').flatMap((i) => i.values.map((v) => v.value)))];
    // What else the rules read of a request: the leaders a person serves, the A-B window post.
    const extra = { serves: inputs.some((i) => i.name === 'requests[].serves'), window: inputs.some((i) => i.name === 'requests[].window') };
    const facts = inputs.filter((i) => i.name.startsWith('confirm.'));
    const rows = el('div', { class: 'rows' });
    const addRow = () => { rows.append(this.requestRow(roles, extra)); this.number(rows); };
    addRow(); addRow();
    const add = el('button', { type: 'button', class: 'secondary', text: u.add, part: 'button' });
    add.addEventListener('click', addRow);
    // A fact left unanswered is not checked (and said so), not denied: no answer is chosen.
    const confirm = facts.map((f) => inputFor({ ...f, required: false }, l));
    for (const radio of confirm.flatMap((c) => [...c.querySelectorAll('input')])) radio.checked = false;
    const form = this.shell(u.title, [rows, add, ...confirm], (q, _form, out) => this.checkPlan(q, out, facts));
    form.querySelector('button[type=submit]').textContent = u.check;
  }
  /** One person's request: a fieldset whose fields are named `requests[<i>].<key>` (numbered by `number`). */
  requestRow(roles, extra) {
    const l = this.lang;
    const u = CHECK_UI[l];
    const text = (key) => el('input', { type: 'text', name: key, autocomplete: 'off' });
    const select = (key, options) => el('select', { name: key }, el('option', { value: '', text: '—' }), options.map(([v, zh, en]) => el('option', { value: v, text: l === 'en' ? en : zh })));
    const cell = (key, label, input) => {
      input.dataset.key = key;
      input.dataset.type = input.classList.contains('date') ? 'date' : key === 'serves' ? 'roles' : 'text';
      return field(key, label, input, `zw-err-${++uid}`);
    };
    const remove = el('button', { type: 'button', class: 'secondary', text: u.remove, part: 'button' });
    const set = el('fieldset', { class: 'request', part: 'row' }, el('legend', {}),
      cell('name', u.name, text('name')),
      roles.length ? cell('role', u.role, select('role', roles.map((r) => [r, r, r]))) : null,
      cell('section', u.section, text('section')),
      cell('kind', u.kind, select('kind', LEAVE_KINDS)),
      cell('from', u.from, dateInput('from', 'date')),
      cell('to', u.to, dateInput('to', 'date')),
      extra.serves ? cell('serves', u.serves, text('serves')) : null,
      extra.window ? cell('window', u.window, text('window')) : null, remove);
    remove.addEventListener('click', () => { const rows = set.parentElement; set.remove(); this.number(rows); });
    return set;
  }
  /** Names each row's fields by its place (`requests[0].from`): errors name them so. */
  number(rows) {
    [...rows.children].forEach((set, i) => {
      set.querySelector('legend').textContent = CHECK_UI[this.lang].row(i + 1);
      for (const input of set.querySelectorAll('[data-key]')) {
        const name = `requests[${i}].${input.dataset.key}`;
        input.dataset.field = name;
        set.querySelector(`[for="${input.id}"]`)?.parentElement.querySelector('.error')?.setAttribute('data-error-for', name);
      }
    });
  }
  checkPlan(q, out, facts) {
    const l = this.lang;
    const u = CHECK_UI[l];
    // Rows left empty are not requests; the engine's row numbers are mapped back to the form's.
    const rows = new Map();
    const confirm = {};
    for (const [k, v] of Object.entries(q)) {
      const m = /^requests\[(\d+)\]\.(\w+)$/.exec(k);
      if (m) (rows.get(Number(m[1])) ?? rows.set(Number(m[1]), {}).get(Number(m[1])))[m[2]] = v;
      else if (k.startsWith('confirm.')) confirm[k.slice(8)] = v;
    }
    const places = [...rows.keys()].sort((a, b) => a - b);
    const requests = places.map((i) => rows.get(i));
    let a;
    try {
      a = z.check({ ruleset: this.getAttribute('ruleset'), form: 'leave_requests', requests, confirm, lang: l, readings: q.readings });
    } catch (e) {
      if (e?.field) e.field = e.field.replace(/^requests\[(\d+)\]/, (_, i) => `requests[${places[Number(i)]}]`);
      throw e;
    }
    const must = a.violations.filter((v) => v.severity === 'must').length;
    const should = a.violations.length - must;
    out.append(el('p', { class: `big verdict ${a.passed ? 'passed' : 'broken'}`, part: 'verdict', text: a.passed && !should ? u.ok : [must ? u.bad(must) : u.ok, should ? u.warn(should) : ''].filter(Boolean).join('；') }));
    out.append(el('ul', { class: 'violations', part: 'violations' }, a.violations.map((v) => el('li', { class: v.severity },
      el('strong', { class: 'severity', text: v.severity === 'must' ? u.must : u.should }),
      el('p', { class: 'message', text: pick(v.message, l) }),
      v.fact ? el('p', { text: `${u.confirm}：${pick(v.fact, l)}` }) : null,
      v.people.length || v.dates.length ? el('p', { class: 'who' }, [v.people.join('、'), v.dates.length ? [...new Set([v.dates[0], v.dates.at(-1)])].join(l === 'en' ? ' to ' : ' 至 ') : '',
        v.field === 'requests' && v.items.length ? `（${u.rows(v.items.map((i) => places[i] + 1).join('、'))}）` : ''].filter(Boolean).join(' · ')) : null,
      el('blockquote', { class: 'quote' }, el('cite', { text: `${v.citation.document} ${v.citation.article}` }), el('q', { text: v.citation.quote }))))));
    const unchecked = a.rules.filter((r) => r.status === 'not_checked');
    if (unchecked.length) {
      const label = (f) => facts.find((i) => i.name === f)?.label ?? a.missing.find((m) => m.field === f)?.label;
      out.append(el('h4', { text: u.unchecked }), el('ul', { class: 'unchecked' }, unchecked.map((r) => el('li', {},
        `${pick(r.name, l)}：${r.missing.map((f) => (label(f) ? pick(label(f), l) : f)).join('、')}`))));
    }
    out.append(this.explain(a));
  }
}

// A page may load two copies of the elements: zhengwu/elements and a bundle (elements.bundle.js),
// or the full and the lite module's. The first copy defines each name; a later one defines none
// of the names already taken (customElements.define would throw and leave it half-done) and says
// so once: each copy is a module instance of its own, which fetches and loads its packs again.
let shared = false;
function define(name, element) {
  if (!customElements.get(name)) { customElements.define(name, element); return; }
  if (shared) return;
  shared = true;
  console.warn(`zhengwu: <${name}> is already defined by another copy of the package on this page (e.g. elements.js and elements.bundle.js, or zhengwu and zhengwu/lite); `
    + 'this copy leaves it to that one. Load the elements once.');
}

// ---- <zhengwu-attendance>: a clerk enters only the exceptional working days of one person's month
// (late, early, absent, on leave, on business, away at a spot check); the others are on time.

const ATT = {
  zh: { month: '月份（如 2026-03）', before: '本年此前已计旷工天数（可选）', days: '有情况的工作日（其余按准时上下班）', add: '添加一天', remove: '删除',
    day: '日期', what: '情况', time: '时间', leaveKind: '假别', none: '本月全勤：没有要填的日子。', monthError: '请填写月份，例如 2026-03',
    kinds: { lateAm: '上午迟到', earlyAm: '上午早退', latePm: '下午迟到', earlyPm: '下午早退', absent: '旷工（全天）', absentAm: '旷工（上午）', absentPm: '旷工（下午）',
      leave: '请假（全天）', leaveAm: '请假（上午）', leavePm: '请假（下午）', business: '因公外出', spot: '抽查不在岗' },
    leaves: { annual: '年休假', sick: '病假', personal: '事假', home: '探亲假', maternity: '产假', marriage: '婚假', bereavement: '丧假', other: '其他' },
    lates: '迟到', early: '早退', absenceLates: '缺勤（迟到早退折算）', absenceSpot: '缺勤（抽查不在岗）', absenteeism: '旷工', points: '考勤纪律积分', consequences: '后果', times: '次', daysUnit: '天', pts: '分' },
  en: { month: 'Month (e.g. 2026-03)', before: 'Days of absenteeism earlier this year (optional)', days: 'Working days with something to note (the rest are on time)', add: 'Add a day', remove: 'Remove',
    day: 'Date', what: 'What', time: 'Time', leaveKind: 'Kind of leave', none: 'Nothing to note this month.', monthError: 'Enter a month such as 2026-03',
    kinds: { lateAm: 'late (morning)', earlyAm: 'left early (morning)', latePm: 'late (afternoon)', earlyPm: 'left early (afternoon)', absent: 'absent (all day)', absentAm: 'absent (morning)', absentPm: 'absent (afternoon)',
      leave: 'leave (all day)', leaveAm: 'leave (morning)', leavePm: 'leave (afternoon)', business: 'official business', spot: 'away at a spot check' },
    leaves: { annual: 'annual', sick: 'sick', personal: 'personal', home: 'home visit', maternity: 'maternity', marriage: 'marriage', bereavement: 'bereavement', other: 'other' },
    lates: 'Late', early: 'Left early', absenceLates: 'Absence (缺勤) from lates', absenceSpot: 'Absence (缺勤) at spot checks', absenteeism: 'Absenteeism (旷工)', points: 'Attendance points', consequences: 'Consequences', times: '', daysUnit: 'day(s)', pts: 'point(s)' },
};
// What each kind of row puts in the day's record: a time field, a status (with its part of the day).
const ROW = {
  lateAm: { time: 'amIn', example: '08:50' }, earlyAm: { time: 'amOut', example: '11:40' }, latePm: { time: 'pmIn', example: '14:50' }, earlyPm: { time: 'pmOut', example: '17:10' },
  absent: { status: 'absent' }, absentAm: { status: 'absent', part: 'am' }, absentPm: { status: 'absent', part: 'pm' },
  leave: { status: 'leave' }, leaveAm: { status: 'leave', part: 'am' }, leavePm: { status: 'leave', part: 'pm' },
  business: { status: 'business' }, spot: { notAtPost: true },
};
const MONTH = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/;

class AttendanceElement extends Calculator {
  render() {
    const l = this.lang;
    const u = ATT[l];
    // The attendance calculators of the ruleset (a calculator's `period` in the catalog is its shape).
    const { rule, picker } = this.pickRule('calculator', { zh: '计算', en: 'Calculator' }, (r) => r.period === 'attendance');
    const month = field('month', u.month, el('input', { type: 'text', name: 'month', inputmode: 'numeric', autocomplete: 'off', placeholder: '2026-03', required: true }), `zw-err-${++uid}`);
    month.querySelector('input').dataset.type = 'month';
    const before = inputFor({ name: 'absentDaysBeforePeriod', type: 'number', label: { zh: ATT.zh.before, en: ATT.en.before }, required: false, min: 0 }, l);
    const list = el('ol', { class: 'att-days', part: 'days' });
    const add = el('button', { type: 'button', class: 'secondary', text: u.add, part: 'add-day' });
    const daysBox = el('fieldset', { class: 'att', part: 'field' }, el('legend', { text: u.days }), list, add, errorSlot('days', `zw-err-${++uid}`));
    const monthInput = month.querySelector('input');
    const addRow = (row = {}) => list.append(this.dayRow(row, monthInput));
    add.addEventListener('click', () => addRow());
    // Days offered in a row's date list follow the month entered.
    monthInput.addEventListener('input', () => { for (const r of list.children) this.fillDays(r.querySelector('select.att-date'), monthInput); });
    // After a rebuild the month comes back with the other fields (restore); the rows need it first.
    if (this.kept?.subject === this.subject()) monthInput.value = this.kept.values.get('month') ?? '';
    for (const row of this.rows ?? []) addRow(row);
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, [picker, month, before, daysBox], (q, form, out) => {
      const m = MONTH.exec(q.month ?? '');
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw coded('INVALID_INPUT', 'month', ATT.zh.monthError, ATT.en.monthError);
      const [y, mo] = [Number(m[1]), Number(m[2])];
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      const from = `${y}-${pad(mo)}-01`;
      const to = `${y}-${pad(mo)}-${pad(last)}`;
      const { days, rowsOf } = this.records(list);
      delete q.month;
      let a;
      try {
        a = z.attendance({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l, from, to, days });
      } catch (e) {
        // A record's error (days.<i>.<field>) is shown at the row it came from.
        const at = /^days\.(\d+)/.exec(e?.field ?? '');
        if (at && rowsOf[Number(at[1])]) {
          const row = rowsOf[Number(at[1])];
          row.querySelector('.error').textContent = l === 'en' ? e.messageEn : e.message;
          row.querySelector('select, input')?.setAttribute('aria-invalid', 'true');
          return;
        }
        throw e;
      }
      out.append(...this.showAttendance(a));
    });
  }
  // The rows entered are kept across a rebuild (a language switch), with the other fields.
  keep() {
    const list = this.shadowRoot?.querySelector('ol.att-days');
    if (list) this.rows = [...list.children].map((li) => Object.fromEntries(['date', 'what', 'time', 'leave'].map((k) => [k, li.querySelector(`.att-${k}`).value])));
    return super.keep();
  }
  /** One exceptional day: its date (the month's working days), what happened, and a time or kind of leave. */
  dayRow(row, monthInput) {
    const u = ATT[this.lang];
    const date = el('select', { class: 'att-date', 'aria-label': u.day, part: 'input' });
    this.fillDays(date, monthInput, row.date);
    const what = el('select', { class: 'att-what', 'aria-label': u.what, part: 'input' }, Object.entries(u.kinds).map(([k, t]) => el('option', { value: k, text: t, selected: row.what === k })));
    const time = el('input', { type: 'text', class: 'att-time', inputmode: 'numeric', autocomplete: 'off', 'aria-label': u.time, part: 'input', size: 5 });
    if (row.time) time.value = row.time;
    const leave = el('select', { class: 'att-leave', 'aria-label': u.leaveKind, part: 'input' }, Object.entries(u.leaves).map(([k, t]) => el('option', { value: k, text: t, selected: row.leave === k })));
    const remove = el('button', { type: 'button', class: 'secondary att-remove', text: '×', 'aria-label': u.remove });
    const li = el('li', { class: 'att-row', part: 'day' }, date, what, remove, time, leave, el('span', { class: 'error', part: 'error' }));
    const sync = () => {
      const r = ROW[what.value];
      time.hidden = !r.time;
      time.placeholder = r.example ?? '';
      leave.hidden = r.status !== 'leave';
    };
    what.addEventListener('change', sync);
    remove.addEventListener('click', () => li.remove());
    sync();
    return li;
  }
  /** The working days of the month entered (the engine's calendar), as options of a date list. */
  fillDays(select, monthInput, wanted = select.value) {
    const m = MONTH.exec(monthInput.value);
    const opts = [];
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      const wd = this.lang === 'en' ? ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] : ['日', '一', '二', '三', '四', '五', '六'];
      for (let d = 1; d <= last; d++) {
        const date = `${y}-${pad(mo)}-${pad(d)}`;
        let working = false;
        try { working = z.isWorkingDay(date); } catch { /* outside the calendar: not offered */ }
        if (!working) continue;
        const w = wd[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
        opts.push(el('option', { value: date, text: this.lang === 'en' ? `${pad(mo)}-${pad(d)} ${w}` : `${mo}月${d}日 周${w}`, selected: date === wanted }));
      }
    }
    select.replaceChildren(...opts);
  }
  /** The rows as one record per day (rows of the same day merged), and which rows made each record. */
  records(list) {
    const byDate = new Map();
    const rowsOf = [];
    this.rows = [];
    for (const li of list.children) {
      li.querySelector('.error').textContent = '';
      for (const i of li.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
      const [date, what, time, leave] = ['.att-date', '.att-what', '.att-time', '.att-leave'].map((s) => li.querySelector(s).value);
      this.rows.push({ date, what, time, leave });
      if (!date) continue;
      if (!byDate.has(date)) {
        byDate.set(date, { date });
        rowsOf.push(li);
      }
      const rec = byDate.get(date);
      const r = ROW[what];
      if (r.time) rec[r.time] = time.trim().replace('：', ':');
      if (r.status) rec.status = r.status;
      if (r.part) rec.part = r.part;
      if (r.status === 'leave') rec.leave = leave;
      if (r.notAtPost) rec.notAtPost = true;
    }
    return { days: [...byDate.values()], rowsOf };
  }
  showAttendance(a) {
    const l = this.lang;
    const u = ATT[l];
    const cite = (line) => el('span', { class: 'basis' }, el('cite', { text: ` ${line.article}` }), el('q', { text: line.quote }));
    const lineOf = (item) => a.lines.find((x) => x.item === item);
    const marks = (ms) => ms.map((m) => `${m.date.slice(5)} ${m.time}`).join('，');
    const n = (x, unit) => `${x}${l === 'en' ? ' ' : ''}${unit}`;
    const rows = [
      [u.lates, n(a.lates.length, u.times), marks(a.lates), lineOf('late_or_early')],
      [u.early, n(a.earlyDepartures.length, u.times), marks(a.earlyDepartures), null],
      [u.absenceLates, n(a.absenceFromLates, u.daysUnit), '', lineOf('absence_from_lates')],
      [u.absenceSpot, n(a.absenceFromSpotChecks, u.daysUnit), '', lineOf('spot_check_absence')],
      [u.absenteeism, n(a.absenteeismDays, u.daysUnit), '', lineOf('absenteeism')],
    ];
    const points = a.lines.filter((x) => x.item === 'points');
    return [el('p', { class: 'big', text: a.text }),
      el('dl', { class: 'att-result', part: 'result' }, rows.flatMap(([k, v, detail, line]) => [el('dt', { text: k }),
        el('dd', {}, el('strong', { text: v }), detail ? el('small', { text: ` ${detail}` }) : null, line ? cite(line) : null)])),
      a.consequences.length ? el('p', { class: 'warn att-consequences', part: 'consequences' }, `${u.consequences}：`, a.consequences.map((c) => pick(c.measure, l)).join('；')) : null,
      el('h4', { text: `${u.points}：${a.points}` }),
      el('ul', { class: 'att-points', part: 'points' }, points.map((x) => el('li', {}, `${pick(x.label, l)}：${x.count} × ${x.per} = ${x.value}`, cite(x)))),
      this.explain(a)].filter(Boolean);
  }
}

// Each element where the module has the function it answers with: zhengwu/lite/elements (the
// module for citizens' pages: deadlines, timelines, the calendar) defines <zhengwu-deadline> and
// <zhengwu-timeline> alone; the office's own matters are the full module's.
for (const [name, element, answers] of [
  ['zhengwu-deadline', DeadlineElement, 'deadline'],
  ['zhengwu-timeline', TimelineElement, 'timeline'],
  ['zhengwu-approval', ApprovalElement, 'approvalRoute'],
  ['zhengwu-leave', LeaveElement, 'leaveEntitlement'],
  ['zhengwu-sanction', SanctionElement, 'sanction'],
  ['zhengwu-fact', FactElement, 'fact'],
  ['zhengwu-check', CheckElement, 'check'],
  ['zhengwu-attendance', AttendanceElement, 'attendance'],
]) {
  if (typeof z[answers] === 'function') define(name, element);
}
