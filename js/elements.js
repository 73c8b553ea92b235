// Embeddable calculators as custom elements (`import 'zhengwu/elements'`, or one script tag:
//   <script type="module" src="/node_modules/zhengwu/elements.js"></script>
//   <zhengwu-timeline ruleset="wenshan-hrss-2019" procedure="wenshan.petition" lang="zh"></zhengwu-timeline>
// Attributes:
//   <zhengwu-timeline ruleset procedure lang>   a procedure's steps, statuses, calendar and .ics
//   <zhengwu-deadline ruleset rule lang>        one time limit
//   <zhengwu-approval ruleset rule lang>        one approval route
//   <zhengwu-leave ruleset rule? lang>          every leave rule of the ruleset, with a picker (rule: the first shown)
//   <zhengwu-sanction ruleset rule? lang>       every sanction rule of the ruleset, with a picker
// Each element renders into its own open shadow root with the package's styles (styles.js): the
// host page's styles and DOM are untouched; themes use --zhengwu-* custom properties and ::part().
// Each element loads the rules pack of its ruleset (rules/<id>.zwr, with cn-national) once.
// Everything runs in the page: no request leaves it after the module and its packs are loaded.
import init, * as z from './index.js';
import { fetchRules } from './rules.js';
import { styleSheet } from './styles.js';
import { T, el, pick, explanation, timelineList, timelineHeadline, rangeNote, monthCalendar, legend, routeSteps, download, citizenIcs } from './render.js';

export const ready = init();
const loads = new Map();
// The catalog of every loaded rule is large (~30 ms to build): it is built again only when more
// packs are loaded (packs are only ever added), not for every element.
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
/** Loads the packs of `rulesets` (ids, or 'all') once; resolves when they answer. */
export function loadRulesets(rulesets) {
  const key = String(rulesets);
  if (!loads.has(key)) loads.set(key, ready.then(() => fetchRules(rulesets)));
  return loads.get(key);
}
/** The catalog once `rulesets` are loaded. */
export async function catalog(rulesets = 'all') {
  await loadRulesets(rulesets);
  return currentCatalog();
}
export { z };

const UI = {
  zh: { compute: '计算', asOf: '查询日期（用于判断是否逾期，可选）', events: '已发生的事项（填写日期）', done: '（已完成时填写）',
    extendedEvent: '已批准延长', more: '我还知道更多（可选）', inputs: '输入', result: '结果', route: '审批路径', absent: '外出的领导（职务，用逗号分隔）' },
  en: { compute: 'Compute', asOf: 'As of (to judge lateness, optional)', events: 'What has happened (dates)', done: '(when done)',
    extendedEvent: 'extension granted', more: 'I know more (optional)', inputs: 'Inputs', result: 'Result', route: 'Approval route', absent: 'Officials away (roles, comma-separated)' },
};

let uid = 0;
function field(name, label, input, errorId) {
  if (!input.id) input.id = `zw-${++uid}`;
  input.dataset.field = name;
  if (errorId) input.setAttribute('aria-describedby', errorId);
  input.setAttribute('part', 'input');
  return el('div', { class: 'field', part: 'field' }, el('label', { for: input.id, text: label, part: 'label' }), input,
    el('span', { class: 'error', id: errorId, role: 'alert', 'data-error-for': name, part: 'error' }));
}

function inputFor(spec, lang) {
  const label = pick(spec.label, lang) + (spec.required ? ' *' : '');
  const errorId = `zw-err-${++uid}`;
  let input;
  switch (spec.type) {
    case 'date': input = el('input', { type: 'date', name: spec.name }); break;
    case 'datetime': input = el('input', { type: 'datetime-local', name: spec.name, step: 60 }); break;
    case 'money': case 'integer': input = el('input', { type: 'number', name: spec.name, step: 1, min: spec.min ?? undefined, max: spec.max ?? undefined, inputmode: 'numeric' }); break;
    case 'number': input = el('input', { type: 'number', name: spec.name, step: 0.5, min: spec.min ?? undefined, max: spec.max ?? undefined }); break;
    case 'boolean': input = el('input', { type: 'checkbox', name: spec.name }); break;
    case 'enum': input = el('select', { name: spec.name }, el('option', { value: '', text: '—' }),
      spec.values.map((v) => el('option', { value: v.value, text: lang === 'en' ? v.en : v.zh }))); break;
    default: input = el('input', { type: 'text', name: spec.name });
  }
  input.dataset.type = spec.type;
  return field(spec.name, label, input, errorId);
}

function readInputs(form) {
  const q = {};
  for (const input of form.querySelectorAll('[data-field]')) {
    const name = input.dataset.field;
    if (name.startsWith('events.')) continue;
    const type = input.dataset.type;
    if (type === 'boolean') { if (input.checked) q[name] = true; continue; }
    if (input.value === '') continue;
    if (['money', 'integer', 'number'].includes(type)) q[name] = Number(input.value);
    else if (type === 'roles') q[name] = input.value.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
    else q[name] = input.value;
  }
  return q;
}

function showError(root, e, lang) {
  const msg = lang === 'en' ? e.messageEn ?? e.message : e.message;
  const slot = e.field && root.querySelector(`[data-error-for="${CSS.escape(e.field)}"]`);
  const target = slot ?? root.querySelector('.form-error');
  if (target) target.textContent = msg;
  const input = e.field && root.querySelector(`[data-field="${CSS.escape(e.field)}"]`);
  if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
}

function clearErrors(root) {
  for (const s of root.querySelectorAll('.error')) s.textContent = '';
  for (const i of root.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

class Calculator extends HTMLElement {
  static observedAttributes = ['ruleset', 'rule', 'procedure', 'lang'];
  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'zh'; }
  attributeChangedCallback() { if (this.isConnected) this.build(); }
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styleSheet()];
    this.build();
  }
  async build() {
    const token = ++this.token || (this.token = 1);
    let failure = null;
    await loadRulesets([this.getAttribute('ruleset') ?? '']).catch((e) => { failure = e; });
    if (token !== this.token) return;
    if (!failure) currentCatalog();
    this.shadowRoot.replaceChildren();
    try {
      if (failure) throw failure;
      this.render();
    } catch (e) {
      this.shadowRoot.append(el('p', { class: 'error', part: 'error', role: 'alert', text: this.lang === 'en' ? e.messageEn ?? e.message : e.message }));
    }
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
        onSubmit(readInputs(form), form, out);
      } catch (e) {
        if (e && e.code) showError(form, e, this.lang); else throw e;
      }
    });
    this.shadowRoot.append(form, out);
    return form;
  }
  ruleInfo(kind) {
    const rs = catalogCache.rulesets.find((r) => r.id === this.getAttribute('ruleset'));
    const rule = rs?.rules.find((r) => r.id === this.getAttribute('rule') || r.refs.includes(this.getAttribute('rule')));
    if (!rule || rule.kind !== kind) throw Object.assign(new Error(`未知规则 ${this.getAttribute('rule')}`), { messageEn: `unknown rule ${this.getAttribute('rule')}` });
    return { rs, rule };
  }
  /**
   * For the elements that cover every rule of a kind in their ruleset: the rule the `rule`
   * attribute names (by id or inventory ref; the first one without it) and a picker of all of
   * them, which sets the attribute (and so rebuilds the form).
   */
  pickRule(kind, label) {
    const rs = catalogCache.rulesets.find((r) => r.id === this.getAttribute('ruleset'));
    const rules = rs?.rules.filter((r) => r.kind === kind) ?? [];
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
      out.append(explanation(a, l));
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
    const rs = catalogCache.rulesets.find((r) => r.id === this.getAttribute('ruleset'));
    const proc = rs?.procedures.find((p) => p.id === this.getAttribute('procedure'));
    if (!proc) throw Object.assign(new Error(`未知程序 ${this.getAttribute('procedure')}`), { messageEn: `unknown procedure ${this.getAttribute('procedure')}` });
    const first = FIRST_QUESTION[proc.id] ?? { event: proc.events[0].value, zh: proc.events[0].zh, en: proc.events[0].en };
    const others = proc.events.filter((e) => e.value !== first.event);
    const more = el('details', { class: 'more', part: 'more' }, el('summary', { text: ui.more }),
      others.map((e) => eventField(e.value, pick(e, l))),
      proc.steps.map((s) => eventField(s.value, `${pick(s, l)} ${ui.done}`)),
      inputFor({ name: 'asOf', type: 'date', label: { zh: ui.asOf, en: UI.en.asOf }, required: false }, l));
    this.shell(pick(proc.name, l), eventField(first.event, pick(first, l)), (q, form, out) => {
      const events = {};
      for (const input of form.querySelectorAll('[data-event]')) if (input.value) events[input.dataset.event] = input.value.trim();
      const a = z.timeline({ ruleset: rs.id, procedure: proc.id, events, lang: l, ...q });
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
    out.append(ics, explanation(a, l));
  }
}

// A date field of the timeline: an event, or a step's completion (`events.<name>`).
function eventField(name, label) {
  const input = el('input', { type: 'text', name, placeholder: 'YYYY-MM-DD', inputmode: 'numeric', pattern: '\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?' });
  const f = field(`events.${name}`, label, input, `zw-err-${++uid}`);
  input.dataset.event = name;
  return f;
}

class ApprovalElement extends Calculator {
  render() {
    const l = this.lang;
    const { rule } = this.ruleInfo('approval');
    const fields = rule.inputs.map((s) => inputFor(s.type === 'roles' ? { ...s, label: { zh: UI.zh.absent, en: UI.en.absent } } : s, l));
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, fields, (q, form, out) => {
      const a = z.approvalRoute({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      out.append(el('p', { class: 'big', text: a.variant ? pick(a.variant, l) : a.text }), routeSteps(a, l), explanation(a, l));
    });
  }
}

class LeaveElement extends Calculator {
  render() {
    const l = this.lang;
    const { rule, picker } = this.pickRule('leave', { zh: '假种', en: 'Kind of leave' });
    const fields = [picker, ...rule.inputs.map((s) => inputFor(s, l))];
    this.shell(`${pick(rule.name, l)} · ${rule.citations[0]?.article ?? ''}`, fields, (q, form, out) => {
      const a = z.leaveEntitlement({ ...q, ruleset: this.getAttribute('ruleset'), rule: rule.id, lang: l });
      out.append(el('p', { class: 'big' }, el('strong', { class: 'leave-days', part: 'leave-days', text: String(a.days) }), ` ${l === 'en' ? (a.unit === 'working_day' ? 'working days' : 'days') : (a.unit === 'working_day' ? '个工作日' : '天')}`),
        el('ul', { class: 'parts' }, a.parts.map((p) => el('li', { class: p.applied ? '' : 'obsolete' },
          `${pick(p.label, l)}：${p.days}`, p.obsolete ? el('small', { text: ` (${pick(p.obsolete, l)})` }) : null))));
      if (a.approval?.steps.length) out.append(el('h4', { text: l === 'en' ? 'Who approves' : '审批' }), routeSteps(a.approval, l));
      out.append(explanation(a, l));
    });
  }
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
        explanation(a, l)].filter(Boolean));
    });
  }
}

customElements.define('zhengwu-deadline', DeadlineElement);
customElements.define('zhengwu-leave', LeaveElement);
customElements.define('zhengwu-sanction', SanctionElement);
customElements.define('zhengwu-timeline', TimelineElement);
customElements.define('zhengwu-approval', ApprovalElement);
