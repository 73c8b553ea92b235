// The demo page: citizens' timelines (custom elements from the package, pkg/elements.js), staff
// calculators picked from catalog(). The leave and sanction elements have their own rule picker
// (the leave-plan check runs every rule of its ruleset):
// the page only picks their ruleset.
import { catalog, loadRulesets, ready, z } from './pkg/elements.js';
import { el, pick } from './pkg/render.js';

const TEXT = {
  en: {
    skip: 'Skip to content', title: 'Government rules calculator', subtitle: 'Deadlines and approval routes, each with the article it rests on. Everything is computed in your browser; nothing is sent to any server.',
    navLabel: 'Calculators', navPetition: 'Petition', navReview: 'Review', navDeadline: 'Deadlines', navApproval: 'Approvals', navEmbed: 'Embed',
    petitionH: 'When must my petition be answered?', petitionP: 'Under art. 56 of the Wenshan HRSS Bureau work rules. Enter the date you sent or handed in your letter to see when it must be accepted and answered at the latest.',
    reviewH: 'Administrative review: every time limit', reviewP: 'Under art. 57 of the Wenshan HRSS Bureau work rules, with the differences from the current Administrative Review Law.',
    deadlineH: 'Deadline calculator (staff)', ruleset: 'Ruleset', search: 'Find by article or id (e.g. 第八十九条, DL-002-089-02)', rule: 'Time limit',
    approvalH: 'Approval routes (staff)', searchAr: 'Find by article, id or matter', ruleAr: 'Matter',
    authorityH: 'By role: what a role approves, and up to which amount or days', authorityRole: 'Role (as the rules name it, e.g. 办公室主任, 秘书长, 分管领导)', authorityGo: 'Look up',
    navLeave: 'Leave', navSanction: 'Liability', leaveH: 'Leave: days and who approves', searchLv: 'Find by article, id or kind of leave', ruleLv: 'Kind of leave',
    sanctionH: 'Liability for administrative faults', searchSn: 'Find by article, id or case', ruleSn: 'Provision',
    navCheck: 'Check', checkH: 'Does a leave plan keep the rules?', checkP: 'Enter several people\'s leave or trips to see whether they break the rules on being away together or on how many of a section may be on leave at once, each rule quoted.',
    navAttendance: 'Attendance', attendanceH: 'A month of attendance (staff)', attendanceP: 'Under arts. 35 and 48 of the Wenshan HRSS Bureau work rules. Enter the month and add only the working days with something to note (late, early, absent, on leave, on business, away at a spot check); the other working days count as on time.',
    staffDetails: 'Details (for staff checking)', embedH: 'Embedding in a portal', embedP: 'Install the npm package zhengwu (or copy its folder to the site), then add one script tag and an element; the page\'s CSP must allow \'wasm-unsafe-eval\':',
  },
};
const original = new Map();
let lang = 'zh';

function translate() {
  for (const node of document.querySelectorAll('[data-i18n]')) {
    if (!original.has(node)) original.set(node, node.textContent);
    node.textContent = lang === 'en' ? TEXT.en[node.dataset.i18n] ?? original.get(node) : original.get(node);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    if (!original.has(node)) original.set(node, node.getAttribute('aria-label'));
    node.setAttribute('aria-label', lang === 'en' ? TEXT.en[node.dataset.i18nLabel] : original.get(node));
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  const button = document.getElementById('lang');
  button.textContent = lang === 'en' ? '中文' : 'English';
  button.setAttribute('aria-pressed', String(lang === 'en'));
  // Only where it changes: setting it rebuilds the element (an element without it speaks Chinese).
  for (const e of document.querySelectorAll('zhengwu-timeline, zhengwu-deadline, zhengwu-approval, zhengwu-leave, zhengwu-sanction, zhengwu-check, zhengwu-attendance, zhengwu-fact')) {
    if ((e.getAttribute('lang') ?? 'zh') !== lang) e.setAttribute('lang', lang);
  }
}

// A staff calculator's pickers. The calculator is set up when its section comes near the screen,
// with its default ruleset's pack only; the other rulesets' packs are fetched when the person
// opens the ruleset picker (their names are in the packs). Returns the refill for a language switch.
function picker(kind, prefix, defaultRuleset, fallbackRule, form = null) {
  const rsSel = document.getElementById(`${prefix}-ruleset`);
  const search = document.getElementById(`${prefix}-search`);
  const ruleSel = document.getElementById(`${prefix}-rule`);
  const calc = document.getElementById(`${prefix}-calc`);
  let cat = null;
  const sets = () => cat.rulesets.filter((r) => r.rules.some((x) => x.kind === kind && (!form || x.form === form)));
  const fillSets = () => {
    const keep = rsSel.value;
    rsSel.replaceChildren(...sets().map((r) => new Option(lang === 'en' ? r.name.en : r.name.zh, r.id)));
    rsSel.value = keep || defaultRuleset;
  };
  const fillRules = () => {
    const rs = sets().find((r) => r.id === rsSel.value) ?? sets()[0];
    if (!ruleSel) return pickRuleset(calc, rs, rs.id === defaultRuleset ? fallbackRule : '');
    const needle = search.value.trim().toLowerCase();
    const rules = rs.rules.filter((r) => r.kind === kind).filter((r) => !needle
      || r.refs.some((x) => x.toLowerCase().includes(needle))
      || r.citations.some((c) => c.article.includes(needle))
      || r.name.zh.includes(needle) || r.name.en.toLowerCase().includes(needle) || r.id.includes(needle));
    const keep = ruleSel.value;
    ruleSel.replaceChildren(...rules.map((r) => new Option(`${r.citations[0]?.article ?? ''} ${lang === 'en' ? r.name.en : r.name.zh}`, r.id)));
    if (rules.some((r) => r.id === keep)) ruleSel.value = keep;
    else if (rules.some((r) => r.id === fallbackRule)) ruleSel.value = fallbackRule;
    calc.setAttribute('ruleset', rs.id);
    if (ruleSel.value) calc.setAttribute('rule', ruleSel.value);
  };
  const allSets = async () => { cat = await catalog('all'); fillSets(); };
  rsSel.addEventListener('pointerdown', allSets, { once: true });
  rsSel.addEventListener('focus', allSets, { once: true });
  rsSel.addEventListener('change', () => { if (search) search.value = ''; fillRules(); });
  search?.addEventListener('input', fillRules);
  ruleSel?.addEventListener('change', () => calc.setAttribute('rule', ruleSel.value));
  whenNear(calc.closest('section'), async () => { cat = await catalog([defaultRuleset]); fillSets(); fillRules(); });
  return () => { if (cat) { fillSets(); fillRules(); } };
}

// Runs `setup` once, when `target` is on the screen or within a quarter screen below it. Not
// above it: a section set up above the one a nav tap jumped to would push that one down.
function whenNear(target, setup) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    setup();
  }, { rootMargin: '-80px 0px 25% 0px' });
  observer.observe(target);
}

// An element with its own picker keeps its rule while it belongs to the ruleset.
function pickRuleset(calc, rs, fallbackRule) {
  const current = calc.getAttribute('rule');
  if (!rs.rules.some((r) => r.id === current)) calc.setAttribute('rule', fallbackRule);
  calc.setAttribute('ruleset', rs.id);
}

await ready;
performance.mark('zhengwu:module');
// The staff calculators are set up as they come near the screen; measured before the timelines
// have drawn their forms, every section would seem near. So the timelines come first: they draw
// their forms as soon as their packs are loaded (before this continues), and the observers below
// first measure at the next rendering update, with the forms laid out.
await Promise.all([...document.querySelectorAll('zhengwu-timeline')].map((t) => loadRulesets([t.getAttribute('ruleset')])));
performance.mark('zhengwu:packs');
const pickers = [
  picker('deadline', 'dl', 'panzhihua-dongqu-2012', 'dongqu.document.within-competence'),
  picker('approval', 'ar', 'liangshan-office-2003', 'liangshan.expense'),
  picker('leave', 'lv', 'wenshan-hrss-2019', 'wenshan.leave.maternity'),
  picker('sanction', 'sn', 'guangxi-fault-2007', 'guangxi.fault.review-chain'),
  picker('check', 'ck', 'wenshan-hrss-2019', '', 'leave_requests'),
];
// The version line is in the folded details for staff: written when they are opened, since
// calendarInfo() builds the working-day calendar (~10 ms on first use), which page start need not wait for.
const details = document.getElementById('version').closest('details');
details.addEventListener('toggle', () => {
  if (!details.open) return;
  const info = z.calendarInfo();
  document.getElementById('version').textContent = `zhengwu ${z.version()} · ${z.rulesVersion()} · ${info.first} – ${info.last}`;
});
function showAuthority(ev) {
  ev?.preventDefault();
  const out = document.getElementById('authority-answer');
  const error = document.getElementById('authority-error');
  out.replaceChildren();
  error.textContent = '';
  try {
    const a = z.approvalAuthority({ ruleset: document.getElementById('ar-ruleset').value, role: document.getElementById('authority-role').value, lang });
    const bound = (l) => [l.min !== null ? `${l.minInclusive ? '≥' : '>'} ${l.min}` : '', l.max !== null ? `${l.maxInclusive ? '≤' : '<'} ${l.max}` : ''].filter(Boolean).join(' ');
    out.append(el('p', { class: 'big', text: a.text }), el('ul', { class: 'authority' }, a.matters.map((m) => el('li', {},
      el('strong', { text: `${pick(m.name, lang)}：${pick(m.variant, lang)}` }),
      el('span', { text: ` ${lang === 'en' ? m.action : ''}${m.finalDecision ? (lang === 'en' ? ' · final decision' : ' · 最终决定') : ''}${m.alone ? (lang === 'en' ? ' · alone' : ' · 独自决定') : ''}` }),
      m.limits.length ? el('span', { class: 'limits', text: ` [${m.limits.map((l) => `${pick(l.label, lang)} ${bound(l)}`).join('; ')}]` }) : null,
      el('small', { text: ` ${m.citation.article}` })))));
    for (const w of a.warnings) out.append(el('p', { class: 'warn', text: pick(w, lang) }));
  } catch (e) {
    error.textContent = lang === 'en' ? e.messageEn : e.message;
  }
}
document.getElementById('authority').addEventListener('submit', showAuthority);

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'zh' : 'en';
  translate();
  for (const p of pickers) p();
  // An answer already shown is given again in the new language, as the elements do.
  if (document.getElementById('authority-answer').childElementCount) showAuthority();
});
translate();
document.body.dataset.ready = 'true';
// For scripts/bench-browser.mjs: the time from navigation until the page is ready.
performance.mark('zhengwu:ready');
