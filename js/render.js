// Rendering helpers shared by the page and the embeddable elements. No framework, no network:
// everything is built with DOM calls from the engine's answers.

export const T = {
  zh: {
    citations: '依据', trace: '计算过程', ambiguities: '条文可以有不同理解', conflicts: '与上位法的冲突', missing: '尚缺信息',
    warnings: '提示', due: '期限', status: '状态', applied: '本结果按', rerun: (r) => `改按“${r}”计算`, staff: '详细信息（供工作人员核对）', nationalRule: '按国家规定', localRule: (d) => `本地规定 ${d} 天`, bases: '依据',
    extended: '延长后', waiting: '尚未起算', open: '办理中', overdue: '已逾期', done_in_time: '按期办结', done_late: '逾期办结',
    daysLeft: (n) => `还有 ${n} 日`, daysOver: (n) => `逾期 ${n} 日`, next: '下一步', ics: '下载日历文件 (.ics)',
    weekdays: ['一', '二', '三', '四', '五', '六', '日'], rest: '休', work: '班', holidayLegend: '休息日（节假日、调休、周末）',
    workLegend: '调休上班日', dueLegend: '期限', parallel: '共同（不分先后）', substitutes: (r) => `代${r}`, quorum: '议事规则',
    provisional: '临时推算（国务院尚未公布该年节假日安排）', calendarFor: (y, m) => `${y}年${m}月`,
    latestDue: '最迟', internalSteps: '机关内部步骤', noDateYet: '有待前一步骤完成后起算',
    range: (e, l) => (e === l ? `节假日安排公布后预计不变` : `节假日安排公布后可能在 ${e} 至 ${l} 之间`),
    headlineLatest: (name, d) => `${name}：最迟 ${d}`, headlineDue: (name, d) => `${name}：期限 ${d}`,
  },
  en: {
    citations: 'Legal basis', trace: 'How it was computed', ambiguities: 'The text can be read in more than one way', conflicts: 'Conflicts with higher law',
    missing: 'Still needed', warnings: 'Notes', due: 'Due', status: 'Status', applied: 'This answer reads it as', rerun: (r) => `Compute with: ${r}`, staff: 'Details (for staff checking)', nationalRule: 'under national law', localRule: (d) => `local rules: ${d} days`, bases: 'Basis',
    extended: 'If extended', waiting: 'Not started', open: 'Open', overdue: 'Overdue', done_in_time: 'Done in time', done_late: 'Done late',
    daysLeft: (n) => `${n} day(s) left`, daysOver: (n) => `${n} day(s) over`, next: 'Next', ics: 'Download calendar file (.ics)',
    weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], rest: 'off', work: 'work', holidayLegend: 'Rest day (holiday, adjusted, weekend)',
    workLegend: 'Adjusted working day', dueLegend: 'Due date', parallel: 'jointly, in no set order', substitutes: (r) => `for the ${r}`, quorum: 'Quorum',
    provisional: 'Provisional (the year\'s holiday arrangements are not published yet)', calendarFor: (y, m) => `${y}-${String(m).padStart(2, '0')}`,
    latestDue: 'At the latest', internalSteps: 'Steps inside the office', noDateYet: 'counted once the step before it is done',
    range: (e, l) => (e === l ? 'not expected to change when the holiday arrangements are published' : `may fall between ${e} and ${l} once the holiday arrangements are published`),
    headlineLatest: (name, d) => `${name}: by ${d} at the latest`, headlineDue: (name, d) => `${name}: due ${d}`,
  },
};

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

export const pick = (bi, lang) => (bi ? (lang === 'en' ? bi.en : bi.zh) : '');

/**
 * Citations, conflicts, missing facts, warnings, ambiguities (with a button per other reading when
 * `choose(id, key)` is given), trace, and the details for staff, of any answer.
 */
export function explanation(a, lang, choose = null) {
  const t = T[lang];
  const out = el('div', { class: 'explanation', part: 'explanation' });
  if (a.citations?.length) {
    out.append(el('h4', { text: t.citations }), el('ul', { class: 'citations' }, a.citations.map((c) =>
      el('li', {}, el('cite', { text: `${c.document} ${c.article}` }), el('q', { text: c.quote })))));
  }
  if (a.conflicts?.length) {
    out.append(el('h4', { text: t.conflicts }), el('ul', { class: 'conflicts' }, a.conflicts.map((c) =>
      el('li', {}, el('p', { text: pick(c.summary, lang) + (c.due ? ` → ${c.due}` : '') }),
        el('cite', { text: `${c.citation.document} ${c.citation.article}` }), el('q', { text: c.citation.quote })))));
  }
  if (a.missing?.length) {
    out.append(el('h4', { text: t.missing }), el('ul', { class: 'missing' }, a.missing.map((m) => el('li', { text: pick(m.label, lang) }))));
  }
  if (a.warnings?.length) {
    out.append(el('ul', { class: 'warnings' }, a.warnings.map((w) => el('li', { text: pick(w, lang) }))));
  }
  if (a.ambiguities?.length) out.append(ambiguityQuestions(a, lang, choose));
  if (a.trace?.length) {
    out.append(el('details', { class: 'trace' }, el('summary', { text: t.trace }),
      el('ol', {}, a.trace.map((s) => el('li', { text: lang === 'en' ? s.en : s.zh })))));
  }
  out.append(staffDetails(a, lang));
  return out;
}

const readingText = (r, lang) => (lang === 'en' ? r.en : r.zh);

/**
 * Each ambiguity as a plain question: the reading this answer applied and, where the answer
 * changes with the reading, a button per other reading that computes again with it
 * (`choose(id, key)`). Ids and option names are for staff only (staffDetails).
 */
function ambiguityQuestions(a, lang, choose) {
  const t = T[lang];
  return el('div', { class: 'ambiguities', part: 'ambiguities' }, el('h4', { text: t.ambiguities }), a.ambiguities.map((x) => {
    const applied = x.readings.find((r) => r.key === x.applied);
    const others = x.option && choose ? x.readings.filter((r) => r !== applied) : [];
    return el('div', { class: 'ambiguity' }, el('p', { text: pick(x.question, lang) }),
      applied ? el('p', { class: 'applied' }, `${t.applied}：`, el('strong', { text: readingText(applied, lang) })) : null,
      others.map((r) => {
        const b = el('button', { type: 'button', class: 'secondary reading', text: t.rerun(readingText(r, lang)) });
        b.addEventListener('click', () => choose(x.id, r.key));
        return b;
      }));
  }));
}

/** What a clerk checks against the rules data: the ambiguities' ids and options, the rules version. */
function staffDetails(a, lang) {
  const t = T[lang];
  const rows = (a.ambiguities ?? []).map((x) => el('li', {}, el('code', { text: `${x.id} ${x.option ?? '—'}: ${x.readings.map((r) => (r.key === x.applied ? `[${r.key}]` : r.key)).join(' / ')}` })));
  if (a.rulesVersion) rows.push(el('li', {}, el('code', { text: a.rulesVersion })));
  return el('details', { class: 'staff', part: 'staff' }, el('summary', { text: t.staff }), el('ul', {}, rows));
}

/** A note on a provisional date's range ("节假日安排公布后可能在 … 至 … 之间"), or null. */
export function rangeNote(range, lang) {
  if (!range) return null;
  const text = T[lang].range(range.earliest, range.latest);
  return el('span', { class: 'range', text: lang === 'en' ? ` (${text})` : `（${text}）` });
}

/**
 * A vertical timeline of procedure steps: the steps that concern the citizen first, the
 * office-internal ones folded away. A step whose clock has not started shows the latest date it
 * can fall due.
 */
export function timelineList(answer, lang) {
  const t = T[lang];
  const item = (s) => el('li', { class: `step ${s.status}`, part: `step ${s.status}`, 'data-step': s.id },
    el('span', { class: 'badge', part: 'badge', text: t[s.status] ?? s.status }),
    el('strong', { text: pick(s.name, lang) }),
    el('span', { class: 'due', text: s.due ? `${t.due} ${s.due}` : s.latestDue ? `${t.latestDue} ${s.latestDue}` : t.noDateYet }),
    rangeNote(s.due ? s.dueRange : s.latestDueRange, lang),
    s.extendedDue ? el('span', { class: 'ext', text: `${t.extended} ${s.extendedDue}` }) : null,
    el('span', { class: 'note', text: s.daysLeft !== null && s.status === 'open' ? t.daysLeft(s.daysLeft) : s.daysOver ? t.daysOver(s.daysOver) : '' }),
    el('small', { text: s.article }));
  const outside = answer.steps.filter((s) => !s.internal);
  const inside = answer.steps.filter((s) => s.internal);
  return el('div', { class: 'steps' }, el('ol', { class: 'timeline', part: 'timeline' }, outside.map(item)),
    inside.length ? el('details', { class: 'internal' }, el('summary', { text: `${t.internalSteps} (${inside.length})` }),
      el('ol', { class: 'timeline' }, inside.map(item))) : null);
}

/**
 * The headline a citizen reads: the next step that concerns them and its due date, or, before its
 * clock has started, the latest date it can fall due.
 */
export function timelineHeadline(answer, lang) {
  const t = T[lang];
  const steps = answer.steps.filter((s) => !s.internal);
  const open = steps.find((s) => s.status === 'open' || s.status === 'overdue');
  const waiting = steps.find((s) => s.status === 'waiting' && s.latestDue);
  const lines = [];
  if (open) lines.push(el('p', { class: 'big', part: 'headline' }, t.headlineDue(pick(open.name, lang), open.due), rangeNote(open.dueRange, lang)));
  if (waiting) lines.push(el('p', { class: 'big latest', part: 'headline' }, t.headlineLatest(pick(waiting.name, lang), waiting.latestDue), rangeNote(waiting.latestDueRange, lang)));
  if (!lines.length) lines.push(el('p', { class: 'big', text: answer.text }));
  if (answer.provisional) lines.push(el('p', { class: 'warn', text: t.provisional }));
  return lines;
}

/** A month grid marking rest days, adjusted working days and the given due dates. */
export function monthCalendar(z, year, month, dues, lang) {
  const t = T[lang];
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday first; UTC only, so no time-zone shift
  const table = el('table', { class: 'month', part: 'month' }, el('caption', { text: t.calendarFor(year, month) }),
    el('thead', {}, el('tr', {}, t.weekdays.map((w) => el('th', { scope: 'col', text: w })))));
  const body = el('tbody');
  let row = el('tr');
  for (let i = 0; i < lead; i++) row.append(el('td'));
  for (let d = 1; d <= days; d++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    let info = null;
    try { info = z.dayKind(iso, { provisional: true }); } catch { /* outside any calendar */ }
    const cls = [info && !info.working ? 'rest' : '', info?.kind === 'adjustedWorkday' ? 'adjusted' : '', dues.has(iso) ? 'due' : ''].join(' ').trim();
    const label = [iso, info ? pick({ zh: info.holiday ?? '', en: info.holidayEn ?? '' }, lang) : '', dues.get(iso) ?? ''].filter(Boolean).join(' ');
    row.append(el('td', { class: cls, title: label, 'aria-label': label },
      el('span', { text: String(d) }),
      info?.kind === 'adjustedWorkday' ? el('small', { text: t.work }) : info && !info.working && info.kind !== 'weekend' ? el('small', { text: t.rest }) : null));
    if ((lead + d) % 7 === 0) { body.append(row); row = el('tr'); }
  }
  if (row.children.length) body.append(row);
  table.append(body);
  return table;
}

export function legend(lang) {
  const t = T[lang];
  return el('p', { class: 'legend' }, el('span', { class: 'swatch rest' }), ` ${t.holidayLegend}  `,
    el('span', { class: 'swatch adjusted' }), ` ${t.workLegend}  `, el('span', { class: 'swatch due' }), ` ${t.dueLegend}`);
}

/** An approval route drawn as steps; parallel steps side by side. */
export function routeSteps(answer, lang) {
  const t = T[lang];
  const groups = new Map();
  for (const s of answer.steps) groups.set(s.order, [...(groups.get(s.order) ?? []), s]);
  return el('ol', { class: 'route' }, [...groups.entries()].map(([order, steps]) => el('li', { class: steps.length > 1 ? 'parallel' : '' },
    steps.length > 1 ? el('span', { class: 'badge', text: t.parallel }) : null,
    steps.map((s) => el('div', { class: 'role' },
      el('strong', { text: lang === 'en' ? s.roleEn : s.role }),
      el('span', { class: 'action', text: lang === 'en' ? s.action : s.actionZh }),
      s.alternatives.length ? el('small', { text: ` / ${s.alternatives.map((a) => pick(a, lang)).join(' / ')}` }) : null,
      s.substitutesFor ? el('small', { class: 'sub', text: ` (${t.substitutes(s.substitutesFor)})` }) : null,
      s.quorum ? el('small', { text: ` ${t.quorum}: ${pick(s.quorum, lang)}` }) : null)))));
}

/** Downloads text as a file (a blob URL: no request leaves the page), from an anchor added to `root`. */
export function download(root, name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  // Inside the element's own shadow root: the host page's DOM is never touched.
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The citizen's dates as iCalendar (RFC 5545): one all-day event per step that concerns them
 * (office-internal steps left out) on its due date or, before its clock starts, its latest date.
 * Built here rather than by `timelineIcs`, which lists every step. DTSTAMP is the earliest date in
 * the answer, not the clock, so the same dates always give the same file.
 */
export function citizenIcs(answer, proc, lang) {
  const t = T[lang];
  const stamp = `${compact(firstDate(answer))}T000000Z`;
  const events = answer.steps.filter((s) => !s.internal && (s.due || s.latestDue)).map((s) => {
    const day = (s.due ?? s.latestDue).slice(0, 10);
    const range = s.due ? s.dueRange : s.latestDueRange;
    const summary = s.due ? t.headlineDue(pick(s.name, lang), day) : t.headlineLatest(pick(s.name, lang), day);
    const notes = [pick(proc.name, lang), s.article, range ? t.range(range.earliest, range.latest) : ''].filter(Boolean).join('\n');
    return ['BEGIN:VEVENT', `UID:${proc.id}-${s.id}-${compact(day)}@zhengwu`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(day))}`, `SUMMARY:${icsText(summary)}`, `DESCRIPTION:${icsText(notes)}`, 'END:VEVENT'];
  });
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//zhengwu//timeline//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(pick(proc.name, lang))}`, ...events.flat(), 'END:VCALENDAR'];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const compact = (day) => day.replaceAll('-', '');
const firstDate = (answer) => answer.steps.map((s) => (s.due ?? s.latestDue ?? '9999-12-31').slice(0, 10)).sort()[0];

function nextDay(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// TEXT values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11).
const icsText = (s) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

const utf8 = new TextEncoder();
// Lines longer than 75 octets continue on lines starting with a space (RFC 5545 3.1); a UTF-8
// character is never split.
function fold(line) {
  const parts = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  return [...parts, current].join('\r\n');
}
