// The hand-worked cases of tests/cases/<ruleset>/<kind>.toml (schema: tests/cases/README.md), run
// through the JS API with the same expectation semantics as tests/cases.rs: each expectation key
// reads one thing of the answer (`observe`, the mirror of the Rust function of that name).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import z, { root } from './load.mjs';

// The expectation vocabulary, shared with tests/cases.rs: tests/cases/vocabulary.toml.
const VOCABULARY = parse(readFileSync(join(root, 'tests', 'cases', 'vocabulary.toml'), 'utf8'));
const KINDS = Object.keys(VOCABULARY.kinds);
const COMMON = VOCABULARY.common;
const LISTS = VOCABULARY.lists;
const KIND_KEYS = VOCABULARY.kinds;
const knownKey = (kind, key) => {
  const base = (k) => COMMON.includes(k) || KIND_KEYS[kind].includes(k);
  return base(key) || ['_include', '_exclude', '_only'].some((sfx) => key.endsWith(sfx) && LISTS.includes(key.slice(0, -sfx.length)) && base(key.slice(0, -sfx.length)));
};
const NOT_QUERY = new Set(['name', 'why', 'expect']);
// A case file's kind as a kind of rule (the calculator's shapes have files of their own); a
// timeline is asked of timeline(), every kind of rule of answer(kind, query), so a new kind's
// cases run with no line here.
const KIND = { score: 'calculator', amount: 'calculator' };
const ask = (kind, q) => (kind === 'timeline' ? z.timeline(q) : z.answer(KIND[kind] ?? kind, q));

// TOML integers come back as numbers (smol-toml) or bigints; the API takes numbers.
const plain = (v) => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
const isNull = (v) => v === null || v === undefined;

// `"*"` matches anything; arrays item by item, a last `"..."` letting more follow; a string
// starting or ending with `...` lets anything come before or after; `false` also matches an absent
// value.
// Objects compare whatever the order of their keys (as serde_json's maps do in tests/cases.rs).
const sorted = (v) => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);

function matches(want, got) {
  if (want === '*') return true;
  if (typeof want === 'string' && typeof got === 'string' && want.length > 3 && (want.startsWith('...') || want.endsWith('...'))) {
    const [openStart, openEnd] = [want.startsWith('...'), want.endsWith('...')];
    const core = want.slice(openStart ? 3 : 0, want.length - (openEnd ? 3 : 0));
    return openStart && openEnd ? got.includes(core) : openStart ? got.endsWith(core) : got.startsWith(core);
  }
  if (want === false && isNull(got)) return true;
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return false;
    const open = want.at(-1) === '...';
    const w = open ? want.slice(0, -1) : want;
    if (open ? got.length < w.length : got.length !== w.length) return false;
    return w.every((x, i) => matches(x, got[i]));
  }
  if (want && typeof want === 'object') return JSON.stringify(sorted(want)) === JSON.stringify(sorted(got));
  return want === (got === undefined ? null : got);
}

const zh = (x) => x?.zh ?? null;
const list = (a, key, f) => (a?.[key] ?? []).map(f);
const route = (steps) => (steps ?? []).map((s) => `${s.order}.${s.role}/${s.action}`);

function observe(kind, key, a) {
  const first = (l, f) => a[l]?.[0]?.[f] ?? null;
  switch (key) {
    case 'rule': return a.rule;
    case 'missing': return list(a, 'missing', (m) => m.field);
    case 'citations': return list(a, 'citations', (c) => c.article);
    case 'foreign_citations': return (a.citations ?? []).filter((c) => c.ruleset !== a.ruleset).map((c) => c.article);
    case 'quotes': return list(a, 'citations', (c) => c.quote);
    case 'text': return a.text;
    case 'warnings': return list(a, 'warnings', zh);
    case 'conflicts': return a.conflicts.length;
    case 'conflict_rules': return list(a, 'conflicts', (c) => c.rule);
    case 'conflict_due': return first('conflicts', 'due');
    case 'conflict_days': return first('conflicts', 'days');
    case 'conflict_in_force': return first('conflicts', 'inForce');
  }
  switch (`${kind}.${key}`) {
    case 'deadline.status': return a.status?.state ?? null;
    case 'timeline.conflict_dues': return list(a, 'conflicts', (c) => c.due);
    case 'approval.steps': return route(a.steps);
    case 'approval.roles': return list(a, 'steps', (s) => s.role);
    case 'leave.parts': return list(a, 'parts', (p) => [p.label.zh, p.days, p.applied]);
    case 'leave.obsolete': return (a.parts ?? []).filter((p) => !isNull(p.obsolete)).map((p) => p.label.zh);
    case 'leave.steps': return route(a.approval?.steps);
    case 'leave.approval': return !isNull(a.approval);
    case 'leave.dates': return isNull(a.dates) ? null : [a.dates.first, a.dates.last, a.dates.back];
    case 'sanction.parties': return list(a, 'parties', (p) => [p.party.zh, p.responsibility.zh]);
    case 'sanction.measures': return a.parties[0] ? list(a.parties[0], 'measures', zh) : [];
    case 'sanction.mode': return a.parties[0]?.mode?.zh ?? null;
    case 'sanction.modes': return list(a, 'modes', zh);
    case 'sanction.all_measures': return list(a, 'measures', zh);
    case 'check.violations': return list(a, 'violations', (v) => [v.rule, v.test, v.severity]);
    case 'check.people': return first('violations', 'people');
    case 'check.dates': return first('violations', 'dates');
    case 'check.items': return first('violations', 'items');
    case 'check.fact': return a.violations?.[0]?.fact?.zh ?? null;
    case 'check.fields': return list(a, 'violations', (v) => v.field);
    case 'check.statuses': return list(a, 'rules', (r) => [r.rule, r.status]);
    case 'calculator.lates': return list(a, 'lates', (m) => `${m.date}/${m.session}`);
    case 'calculator.early_departures': return list(a, 'earlyDepartures', (m) => `${m.date}/${m.session}`);
    case 'calculator.longest_run': return a.absenteeismLongestRun;
    case 'calculator.leave': return list(a, 'leave', (l) => [l.kind, l.days]);
    case 'calculator.consequences': return list(a, 'consequences', (x) => x.measure.zh);
    case 'calculator.lines': return list(a, 'lines', (l) => [l.label.zh, l.value]);
    case 'score.share': return a.shareOfAnnualAssessment;
    case 'score.lines': return list(a, 'lines', (l) => [l.label.zh, l.value]);
    case 'amount.lines': return list(a, 'lines', (l) => [l.label.zh, l.value]);
  }
  // Any other key of the vocabulary reads the answer's field of that name (`extended_due`:
  // `extendedDue`), a text in Chinese: a new kind's plain fields need no line here.
  const v = a[key.replace(/_(.)/g, (_, c) => c.toUpperCase())] ?? null;
  return v !== null && typeof v === 'object' && 'zh' in v ? v.zh : v;
}

function check(c, expect, a, ics) {
  const diffs = [];
  const differ = (key, want, got) => diffs.push(`\`${key}\`: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  for (const [key, want] of Object.entries(expect)) {
    if (key === 'error' || key === 'error_field') continue;
    if (key === 'applied' || key === 'options') {
      const field = key === 'applied' ? 'applied' : 'option';
      for (const [id, w] of Object.entries(want)) {
        const got = a.ambiguities.find((x) => x.id === id)?.[field] ?? null;
        if (!matches(w, got)) differ(`${key}.${id}`, w, got);
      }
    } else if (key === 'traced') {
      for (const [rule, needle] of Object.entries(want)) {
        if (!a.trace.some((s) => (rule === '*' || s.rule === rule) && s.zh.includes(needle))) differ(`traced.${rule}`, needle, 'no such trace step');
      }
    } else if (key === 'own_citations') {
      const own = a.citations.every((x) => x.ruleset === c.ruleset && x.rule === a.rule);
      if (own !== want) differ(key, want, own);
    } else if (key === 'governing') {
      const g = a.governing;
      if (typeof want !== 'object') {
        if (!matches(want, g)) differ(key, want, g);
        continue;
      }
      for (const [k, v] of Object.entries(want)) {
        const got = { days: g?.days, rule: g?.rule, article: g?.citation?.article, ruleset: g?.citation?.ruleset, why_include: g?.why?.zh, why_en_include: g?.why?.en }[k];
        if (!(k in { days: 1, rule: 1, article: 1, ruleset: 1, why_include: 1, why_en_include: 1 })) throw new Error(`no meaning for governing.${k}`);
        const ok = k.endsWith('_include') ? v.every((n) => typeof got === 'string' && got.includes(n)) : matches(v, got ?? null);
        if (!ok) differ(`governing.${k}`, v, got);
      }
    } else if (key === 'steps' && c.kind === 'timeline') {
      const FIELDS = { due: 'due', extended_due: 'extendedDue', status: 'status', days_left: 'daysLeft', days_over: 'daysOver' };
      for (const [id, w] of Object.entries(want)) {
        const step = a.steps.find((s) => s.id === id);
        if (!step) {
          differ(`steps.${id}`, w, 'no such step');
          continue;
        }
        for (const [k, v] of Object.entries(w)) {
          if (!FIELDS[k]) throw new Error(`no meaning for steps.${id}.${k}`);
          if (!matches(v, step[FIELDS[k]] ?? null)) differ(`steps.${id}.${k}`, v, step[FIELDS[k]]);
        }
      }
    } else if (key === 'absent_steps') {
      for (const id of want) if (a.steps.some((s) => s.id === id)) differ(key, id, 'that step present');
    } else if (key === 'ics_include') {
      for (const w of want) if (!ics.includes(w)) differ(key, w, ics);
    } else if (key.endsWith('_only')) {
      const got = observe(c.kind, key.slice(0, -'_only'.length), a);
      if (!got.every((g) => want.some((w) => matches(w, g)))) differ(key, want, got);
    } else if (key.endsWith('_include') || key.endsWith('_exclude')) {
      const got = observe(c.kind, key.slice(0, -'_include'.length), a);
      const has = (w) => (typeof got === 'string' ? got.includes(w) : Array.isArray(got) ? got.some((g) => matches(w, g)) : false);
      const include = key.endsWith('_include');
      for (const w of want) if (has(w) !== include) differ(key, w, got);
    } else {
      const got = observe(c.kind, key, a);
      if (!matches(want, got)) differ(key, want, got);
    }
  }
  return diffs;
}

function run(c) {
  const expect = c.expect;
  if (!expect || typeof expect !== 'object') return ['the case has no [case.expect]'];
  const unknown = Object.keys(expect).filter((k) => !knownKey(c.kind, k));
  if (unknown.length) return [`unknown expectation keys ${JSON.stringify(unknown)} for a ${c.kind} case`];
  const q = Object.fromEntries(Object.entries(c.query));
  let a;
  try {
    a = ask(c.kind, q);
  } catch (e) {
    if (expect.error === undefined) return [`error ${e.code}: ${e.message}`];
    const diffs = [];
    if (!matches(expect.error, e.code ?? null)) diffs.push(`\`error\`: expected ${expect.error}, got ${e.code}`);
    if ('error_field' in expect && !matches(expect.error_field, e.field ?? null)) diffs.push(`\`error_field\`: expected ${expect.error_field}, got ${e.field}`);
    return diffs;
  }
  if (expect.error !== undefined) return [`expected error ${expect.error}, got an answer`];
  let ics;
  if ('ics_include' in expect) {
    ics = z.timelineIcs(q);
    if (!(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'))) return [`not a calendar file: ${ics}`];
  }
  const diffs = check(c, expect, a, ics);
  if (!(a.citations?.length > 0)) diffs.push('answer without citation');
  if (c.kind === 'deadline' && !(a.trace?.length > 0)) diffs.push('answer without trace');
  if (c.kind === 'sanction' && a.parties.some((p) => JSON.stringify(p.measures) !== JSON.stringify(a.parties[0].measures))) diffs.push('parties with different measures');
  return diffs;
}

const casesRoot = join(root, 'tests', 'cases');
const files = [];
for (const ruleset of readdirSync(casesRoot).sort()) {
  if (!statSync(join(casesRoot, ruleset)).isDirectory()) continue;
  for (const file of readdirSync(join(casesRoot, ruleset)).sort()) files.push([ruleset, file]);
}
const perKind = Object.fromEntries(KINDS.map((k) => [k, 0]));

for (const [ruleset, file] of files) {
  const rel = `${ruleset}/${file}`;
  const kind = file.replace(/\.toml$/, '');
  test(`cases in ${rel}`, () => {
    assert.ok(file.endsWith('.toml') && KINDS.includes(kind), `${rel}: a case file is named <kind>.toml`);
    const doc = plain(parse(readFileSync(join(casesRoot, ruleset, file), 'utf8')));
    assert.deepEqual(Object.keys(doc), ['case'], `${rel}: only [[case]] at the top level`);
    const failures = [];
    const names = new Set();
    for (const raw of doc.case) {
      assert.ok(typeof raw.name === 'string', `${rel}: a case without a name`);
      if (names.has(raw.name)) failures.push(`${rel}: ${raw.name}: two cases with this name`);
      names.add(raw.name);
      perKind[kind] += 1;
      const query = Object.fromEntries(Object.entries(raw).filter(([k]) => !NOT_QUERY.has(k)));
      const c = { kind, ruleset, query, expect: raw.expect };
      const diffs = raw.ruleset === ruleset ? run(c) : ["the case's ruleset is not its folder's"];
      if (diffs.length) failures.push(`${rel}: ${raw.name}:\n    ${diffs.join('\n    ')}`);
    }
    assert.ok(failures.length === 0, `${failures.length} of ${doc.case.length} cases failed:\n${failures.join('\n')}`);
  });
}

test('every kind has cases', () => {
  for (const kind of KINDS) assert.ok(perKind[kind] > 0, `no ${kind} case`);
});

test('a wrong or unknown expectation fails', () => {
  const query = { ruleset: 'guangxi-fault-2007', rule: 'guangxi.sanction.measures', responsibility: 'direct', severity: 'minor', aggravating: 'none', countInYear: 1, mitigating: 'none' };
  const c = (expect) => ({ kind: 'sanction', ruleset: 'guangxi-fault-2007', query, expect });
  assert.deepEqual(run(c({ parties: [['负有直接责任的人员', '直接责任']], measures: ['训诫', '*'], citations: ['第三十条第一款', '...'] })), []);
  for (const bad of [{ measures: ['训诫'] }, { measures: ['训诫', '责令书面检查', '...'], mode: '视情形选用' }, { citations_include: ['第三十一条(一)'] }, { mesures: ['训诫', '责令书面检查'] }, { due: '2026-01-01' }, { error: 'invalid_input' }, { applied: { B22: 'all' } }]) {
    assert.ok(run(c(bad)).length > 0, `${JSON.stringify(bad)} passed`);
  }
});
