// The demo page: citizens' timelines (custom elements from the package, pkg/elements.js), staff
// calculators picked from catalog(). The leave and sanction elements have their own rule picker:
// the page only picks their ruleset.
import { catalog, ready, z } from './pkg/elements.js';
import { el, pick } from './pkg/render.js';

const TEXT = {
  en: {
    skip: 'Skip to content', title: 'Government rules calculator', subtitle: 'Deadlines and approval routes, each with the article it rests on. Everything is computed in your browser; nothing is sent to any server.',
    navPetition: 'Petition deadlines', navReview: 'Administrative review', navDeadline: 'Deadline calculator', navApproval: 'Approval routes', navEmbed: 'Embedding',
    petitionH: 'When must my petition be answered?', petitionP: 'Under art. 56 of the Wenshan HRSS Bureau work rules. Enter the date you sent or handed in your letter to see when it must be accepted and answered at the latest.',
    reviewH: 'Administrative review: every time limit', reviewP: 'Under art. 57 of the Wenshan HRSS Bureau work rules, with the differences from the current Administrative Review Law.',
    deadlineH: 'Deadline calculator (staff)', ruleset: 'Ruleset', search: 'Find by article or id (e.g. 第八十九条, DL-002-089-02)', rule: 'Time limit',
    approvalH: 'Approval routes (staff)', searchAr: 'Find by article, id or matter', ruleAr: 'Matter',
    authorityH: 'By role: what a role approves, and up to which amount or days', authorityRole: 'Role (as the rules name it, e.g. 办公室主任, 秘书长, 分管领导)', authorityGo: 'Look up',
    navLeave: 'Leave', navSanction: 'Sanctions', leaveH: 'Leave: days and who approves', searchLv: 'Find by article, id or kind of leave', ruleLv: 'Kind of leave',
    sanctionH: 'Liability for administrative faults', searchSn: 'Find by article, id or case', ruleSn: 'Provision',
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
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  const button = document.getElementById('lang');
  button.textContent = lang === 'en' ? '中文' : 'English';
  button.setAttribute('aria-pressed', String(lang === 'en'));
  for (const e of document.querySelectorAll('zhengwu-timeline, zhengwu-deadline, zhengwu-approval, zhengwu-leave, zhengwu-sanction')) e.setAttribute('lang', lang);
}

function picker(kind, prefix, defaultRuleset, fallbackRule) {
  const rsSel = document.getElementById(`${prefix}-ruleset`);
  const search = document.getElementById(`${prefix}-search`);
  const ruleSel = document.getElementById(`${prefix}-rule`);
  const calc = document.getElementById(`${prefix}-calc`);
  const cat = catalog.cache;
  const sets = cat.rulesets.filter((r) => r.rules.some((x) => x.kind === kind));
  const fillSets = () => {
    const keep = rsSel.value;
    rsSel.replaceChildren(...sets.map((r) => new Option(lang === 'en' ? r.name.en : r.name.zh, r.id)));
    rsSel.value = keep || defaultRuleset;
  };
  const fillRules = () => {
    const rs = sets.find((r) => r.id === rsSel.value) ?? sets[0];
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
  rsSel.addEventListener('change', () => { if (search) search.value = ''; fillRules(); });
  search?.addEventListener('input', fillRules);
  ruleSel?.addEventListener('change', () => calc.setAttribute('rule', ruleSel.value));
  return () => { fillSets(); fillRules(); };
}

// An element with its own picker keeps its rule while it belongs to the ruleset.
function pickRuleset(calc, rs, fallbackRule) {
  const current = calc.getAttribute('rule');
  if (!rs.rules.some((r) => r.id === current)) calc.setAttribute('rule', fallbackRule);
  calc.setAttribute('ruleset', rs.id);
}

await ready;
catalog.cache = await catalog();
const pickers = [
  picker('deadline', 'dl', 'panzhihua-dongqu-2012', 'dongqu.document.within-competence'),
  picker('approval', 'ar', 'liangshan-office-2003', 'liangshan.expense'),
  picker('leave', 'lv', 'wenshan-hrss-2019', 'wenshan.leave.maternity'),
  picker('sanction', 'sn', 'guangxi-fault-2007', 'guangxi.fault.review-chain'),
];
for (const p of pickers) p();
document.getElementById('version').textContent = `zhengwu ${z.version()} · ${z.rulesVersion()} · ${z.calendarInfo().first} – ${z.calendarInfo().last}`;
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
