// A deadline's facts reach JS built from numbers (src/binding/deadline_facts.rs and the
// snippet's `deadline_facts`), not parsed from JSON text as every other answer's are. This test
// holds the two paths to the same answers, key for key and in order: the module's
// `__deadlineFactsJson` writes the same evaluation's facts as JSON text, as every other answer
// crosses, and the built facts must be exactly those, for every hand-worked deadline case and its
// variants.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import z, { root } from './load.mjs';

const REASONS = ['citations', 'trace', 'ambiguities', 'conflicts', 'warnings'];
const plain = (v) => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
// The keys in order, and the values (deepStrictEqual tells NaN from null, which JSON text cannot).
const facts = (a) => {
  const f = Object.fromEntries(Object.entries(a).filter(([k]) => !REASONS.includes(k)));
  return { order: JSON.stringify(f), f };
};
const attempt = (f) => {
  try {
    return f();
  } catch (e) {
    return `error ${e.code} ${e.field}`;
  }
};
const built = (q) => attempt(() => facts(z.deadline(q)));
const text = (q) => attempt(() => {
  const f = JSON.parse(z.__deadlineFactsJson(q));
  return { order: JSON.stringify(f), f };
});

const queries = [];
for (const ruleset of readdirSync(join(root, 'tests', 'cases'))) {
  const file = join(root, 'tests', 'cases', ruleset, 'deadline.toml');
  if (!existsSync(file)) continue;
  for (const c of parse(readFileSync(file, 'utf8')).case ?? []) {
    const q = plain(Object.fromEntries(Object.entries(c).filter(([k]) => !['name', 'why', 'expect'].includes(k))));
    queries.push([`${ruleset}: ${c.name}`, q]);
  }
}
// Past the published calendar (a provisional date with its range), granted, done late, in English.
const reply = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09' };
queries.push(['provisional', { ...reply, start: '2026-12-10', asOf: '2027-01-04' }]);
queries.push(['extended, done late', { ...reply, start: '2026-08-03', extended: true, done: '2026-11-20' }]);
queries.push(['in English', { ...reply, start: '2026-08-03', asOf: '2026-12-01', lang: 'en' }]);

test('every hand-worked deadline gives the same facts built from numbers as through JSON text', () => {
  assert.ok(queries.length > 150, `${queries.length} deadline queries`);
  let compared = 0;
  for (const [name, q] of queries) {
    for (const variant of [q, { ...q, reasons: false }]) {
      const ours = built(variant);
      assert.deepStrictEqual(ours, text(variant), name);
      if (typeof ours !== 'string') compared++;
    }
  }
  assert.ok(compared > 250, `${compared} answers compared`);
});

test('an hour limit crosses as moments', () => {
  // 攀枝花东区 收文: urgent documents within hours; the start is a moment and so is the due.
  const q = queries.find(([, q]) => typeof q.start === 'string' && q.start.includes('T'));
  assert.ok(q, 'a hand-worked case with a moment');
  const a = z.deadline({ ...q[1], reasons: false });
  assert.match(a.start, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  assert.deepStrictEqual(facts(a), text({ ...q[1], reasons: false }));
});

// The package's deadline() takes a query of strings and booleans on its fast path (js/fast.js:
// the values cross as themselves, __deadlineFlat) and any other through JSON text (the module's
// own `deadline`). Both must answer alike — facts, reasons, errors — whichever key a query has.
const entry = await import(join(root, 'pkg', 'index.js'));
const whole = (f) => attempt(() => {
  const a = f();
  // Reasons read, so that they are compared too (JSON.stringify reads every getter).
  return JSON.stringify(a);
});
const fullError = (f) => {
  try {
    f();
    return null;
  } catch (e) {
    return { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn };
  }
};

test('deadline() answers a flat query on its fast path as the module does through JSON text', () => {
  // Every key the fast path takes, each with a value a swap of two keys would change: done and
  // setDue, start and asOf, rule and ref, the four flags.
  const extra = [
    ['setDue', { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.petition.reply', start: '2026-08-03', setDue: '2026-09-01' }],
    ['strict past the calendar', { ...reply, start: '2026-12-10', strict: true }],
    ['provisional false', { ...reply, start: '2026-12-10', provisional: false }],
    ['provisional true, in English', { ...reply, start: '2026-12-10', provisional: true, lang: 'en' }],
    ['extended false, done in time', { ...reply, start: '2026-08-03', extended: false, done: '2026-09-30', asOf: '2026-10-09' }],
    ['null and undefined read as absent', { ...reply, start: '2026-08-03', asOf: null, done: undefined, lang: null }],
    ['an unknown key', { ...reply, start: '2026-08-03', asof: '2026-09-01' }],
    ['a misplaced type', { ...reply, start: '2026-08-03', extended: 'yes' }],
    ['a number', { ...reply, start: 20260803 }],
    ['a string too long', { ...reply, start: '2'.repeat(1001) }],
    ['a string with a NUL', { ...reply, start: '2026-08-03\u0000' }],
    ['the JSON path\'s NaN mark as a string', { ...reply, start: '\u0000NaN' }],
    ['readings (not on the fast path)', { ...reply, start: '2026-08-03', extended: true, readings: { B33: 'from-due' } }],
    ['a rule and a ref', { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.petition.reply', ref: 'DL-004-056-09', start: '2026-08-03' }],
    ['an unknown ruleset', { ruleset: 'wenshan-hrs-2019', ref: 'DL-004-056-09', start: '2026-08-03' }],
    ['no ruleset', { ref: 'DL-004-056-09', start: '2026-08-03' }],
  ];
  let answered = 0;
  let failed = 0;
  for (const [name, q] of [...queries, ...extra]) {
    for (const variant of [q, { ...q, reasons: false }]) {
      const ours = whole(() => entry.deadline(variant));
      assert.deepStrictEqual(ours, whole(() => z.deadline(variant)), name);
      assert.deepStrictEqual(fullError(() => entry.deadline(variant)), fullError(() => z.deadline(variant)), name);
      if (ours.startsWith('error')) failed++;
      else answered++;
    }
  }
  assert.ok(answered > 250 && failed >= 16, `${answered} answered, ${failed} errors`);
  // A getter that throws, a Proxy whose traps throw, not an object at all: the same coded error.
  const throwing = { ...reply, get start() { throw new Error('page error'); } };
  const trap = new Proxy({ ...reply, start: '2026-08-03' }, { ownKeys() { throw new Error('page error'); } });
  for (const bad of [throwing, trap, undefined, null, 'q', 5, []]) {
    assert.deepStrictEqual(fullError(() => entry.deadline(bad)), fullError(() => z.deadline(bad)), String(bad));
  }
});
