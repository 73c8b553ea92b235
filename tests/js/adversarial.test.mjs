// Nothing a page does can break or poison the engine (issue 12): the reliability review's
// reproductions (F1, F2, F4–F7, F9–F11) as tests. Hostile arguments get coded errors and leave
// memory where it was; calls abandoned by JS stack exhaustion leave no state behind; pauses,
// unknown keys, packs and value types behave as documented. Expected dates were worked out by
// hand with the 2026 calendar (国庆 10/1–10/7 off, 9/20 and 10/10 working).
import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, pack, wasmBytes } from './paths.mjs';

// node --test runs each file in its own process: this module instance is ours alone. Every pack
// but zaduo-office-2017 is loaded; that one is kept for the forged-pack test.
const z = await import(join(root, 'pkg', 'zhengwu.js'));
const wasm = z.initSync({ module: wasmBytes() });
for (const id of ['cn-national', ...z.rulesets().available.filter((id) => id !== 'cn-national' && id !== 'zaduo-office-2017')]) z.loadRules(pack(id));

const CODES = new Set(['UNKNOWN_RULESET', 'UNKNOWN_RULE', 'INVALID_DATE', 'INVALID_INPUT', 'MISSING_INPUT', 'OUT_OF_CALENDAR_RANGE',
  'INVALID_CALENDAR', 'RULESET_NOT_LOADED', 'INVALID_RULES_PACK', 'INPUT_TOO_LARGE']);
/** The coded error `f` throws (failing on anything else, above all a trap). */
function coded(f) {
  try { f(); } catch (e) {
    assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), `not a coded Error: ${e}`);
    assert.ok(CODES.has(e.code), `unknown code ${e.code}: ${e.message}`);
    assert.equal(typeof e.messageEn, 'string');
    return e;
  }
  assert.fail('expected a coded error');
}
const memory = () => wasm.memory.buffer.byteLength;
const reply = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }; // 60 days → 10-02 → 10-08
const alive = () => {
  assert.equal(z.deadline(reply).due, '2026-10-08');
  assert.equal(z.addWorkingDays('2026-09-30', 1), '2026-10-08');
};

test('loadRules refuses a view of the module\'s own memory that making room for its bytes detached, never reading zeros', () => {
  // The module measures the bytes, makes room for them (here the room grows its memory, which
  // detaches the page's view of it) and has the snippet copy them: the copy fails and says so.
  // Before, the failure was swallowed and the pack read as that many zero bytes.
  const grown = memory();
  const view = new Uint8Array(wasm.memory.buffer, 0, wasm.memory.buffer.byteLength);
  const e = coded(() => z.loadRules(view));
  assert.equal(e.code, 'INVALID_INPUT');
  assert.equal(e.field, 'pack');
  assert.ok(memory() > grown, 'the room for the bytes grew the memory (so the view was detached)');
  alive();
});

test('F1: loadRules checks its argument before it enters the module', () => {
  const fake = Object.create(Uint8Array.prototype);
  const lying = new Uint8Array(4);
  Object.defineProperty(lying, 'length', { get: () => 2 ** 31 });
  const proxy = new Proxy(new ArrayBuffer(8), {});
  class Sub extends Uint8Array { get length() { return 2 ** 31 - 1; } }
  for (const arg of [fake, proxy, { length: 3, 0: 1 }, 'ZWRP', 42, null, undefined]) {
    assert.equal(coded(() => z.loadRules(arg)).code, 'INVALID_INPUT');
  }
  // Real byte arrays that only lie about their length are read by their true length: 4 bytes.
  assert.equal(coded(() => z.loadRules(lying)).code, 'INVALID_RULES_PACK');
  assert.equal(coded(() => z.loadRules(new Sub(4))).code, 'INVALID_RULES_PACK');
  // A subclass holding a real pack is a real Uint8Array: it loads (the ruleset is already loaded).
  const sub = new Sub(pack('cn-national').length);
  sub.set(pack('cn-national'));
  assert.equal(z.loadRules(sub).ruleset, 'cn-national');
  // Before the fix every such call leaked the module's shadow stack; after ~4,100 it trapped.
  // (Measured from here: loading the real pack above may take a page of heap once.)
  const before = memory();
  for (let i = 0; i < 5000; i++) assert.throws(() => z.loadRules(fake), (e) => e.code === 'INVALID_INPUT');
  assert.equal(memory(), before);
  assert.equal(typeof z.version(), 'string');
  alive();
});

/** Calls `f` at every depth on the way back from exhausting the JS stack, as a page might. */
function atStackLimit(f, pads = 8) {
  let thrown = 0;
  function deep(...pad) { try { deep(...pad); } catch { /* the stack is full */ } try { f(); } catch { thrown++; } }
  for (let pad = 0; pad < pads; pad++) deep(...new Array(pad).fill(0));
  return thrown;
}

test('F2: a call abandoned by stack exhaustion leaves explanations whole', () => {
  // Forty paddings move the point where the stack runs out across the module's entry (the
  // reproduction's pattern): before the headroom check, one of them stopped a call inside
  // wasm-bindgen's externref bookkeeping and every later call trapped.
  atStackLimit(() => z.deadline(reply), 40);
  atStackLimit(() => z.addWorkingDays('2026-10-08', 3), 40);
  // Thursday 10-08 + 3 working days: Fri 10-09, Sat 10-10 (a 调休 working day), Mon 10-12.
  assert.equal(z.addWorkingDays('2026-10-08', 3), '2026-10-12');
  const a = z.deadline(reply);
  assert.ok(Array.isArray(a.trace) && a.trace.length >= 3, 'trace filled');
  assert.equal(a.citations[0].article, '第五十六条(四)5');
  assert.equal(typeof a.text, 'string');
  assert.ok(a.text.length > 0);
  // Calls that answer in full at once are not in summary mode either.
  assert.ok(z.addPeriod({ start: '2026-09-25', amount: 10, unit: 'day' }).trace.length > 0);
  const m = z.approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书长' }).matters[0];
  assert.ok(Array.isArray(m.citations ?? z.approvalAuthority({ ruleset: 'liangshan-office-2003', role: '秘书长' }).citations));
});

test('F2: a kind whose rules are first decoded at the stack limit is whole afterwards', async () => {
  // A pack's rules of a kind are decoded the first time the kind is asked for (issue 14,
  // src/rules/section.rs), behind a once-only cell: a first call abandoned at the stack limit must
  // neither leave the kind empty nor make every later call trap. A fresh instance, so that
  // nothing is decoded yet; its answers against this file's instance, which decoded unhurried.
  const fresh = await import(`${join(root, 'pkg', 'zhengwu.js')}?first-decode`);
  fresh.initSync({ module: wasmBytes() });
  fresh.loadRules(pack('cn-national'));
  fresh.loadRules(pack('guangxi-fault-2007'));
  fresh.loadRules(pack('wenshan-hrss-2019'));
  const asks = [
    ['sanction', { ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' }],
    ['leaveEntitlement', { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, babies: 2, rank: 'staff' }],
    ['timeline', { ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', asOf: '2026-09-10', events: { received: '2026-08-03' } }],
  ];
  for (const [fn, q] of asks) {
    atStackLimit(() => fresh[fn](q), 12);
    const whole = (a) => JSON.stringify({ ...a, citations: a.citations, trace: a.trace, ambiguities: a.ambiguities });
    assert.equal(whole(fresh[fn](q)), whole(z[fn](q)), fn);
  }
  assert.ok(fresh.sanction(asks[0][1]).parties.length > 0);
});

test('F4: pauses are merged and sorted; an hour limit refuses them', () => {
  const A = { from: '2026-08-10', to: '2026-08-19' }; // 10 days
  const B = { from: '2026-10-05', to: '2026-10-06' }; // 2 days inside 国庆
  // A pushes 10-02 to 10-12; B begins before that and pushes it to Wednesday 10-14.
  assert.equal(z.deadline({ ...reply, pauses: [A, B] }).due, '2026-10-14');
  assert.equal(z.deadline({ ...reply, pauses: [B, A] }).due, '2026-10-14');
  // The same 10 days named twice count once: Monday 10-12.
  assert.equal(z.deadline({ ...reply, pauses: [A] }).due, '2026-10-12');
  assert.equal(z.deadline({ ...reply, pauses: [A, A] }).due, '2026-10-12');
  const h = { start: '2026-03-02T09:00', amount: 48, unit: 'hour' };
  assert.equal(z.addPeriod(h).date, '2026-03-04T09:00');
  const e = coded(() => z.addPeriod({ ...h, pauses: [{ from: '2026-03-02', to: '2026-03-05' }] }));
  assert.equal(e.code, 'INVALID_INPUT');
  assert.equal(e.field, 'pauses');
});

test('F5: an unknown key is an error naming the nearest known one, in every entry point', () => {
  const unknown = (f, key, nearest) => {
    const e = coded(f);
    assert.equal(e.code, 'INVALID_INPUT');
    assert.equal(e.field, key);
    assert.equal(e.messageEn, `unknown key \`${key}\` — did you mean \`${nearest}\`?`);
    assert.ok(e.message.includes(`\`${nearest}\``), e.message);
  };
  unknown(() => z.deadline({ ...reply, asof: '2026-10-09' }), 'asof', 'asOf');
  unknown(() => z.deadline({ ...reply, pause: [] }), 'pause', 'pauses');
  const maternity = { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.leave.maternity', difficultBirth: true, rank: 'staff' };
  assert.equal(z.leaveEntitlement({ ...maternity, babies: 2 }).days, 120); // 90 + 15 + 15
  unknown(() => z.leaveEntitlement({ ...maternity, baby: 2 }), 'baby', 'babies');
  const petition = { ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-08-03' } };
  unknown(() => z.timeline({ ...petition, event: {} }), 'event', 'events');
  unknown(() => z.timelineIcs({ ...petition, langg: 'en' }), 'langg', 'lang');
  const expense = { ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 10000, budgeted: true };
  unknown(() => z.approvalRoute({ ...expense, budget: true }), 'budget', 'budgeted');
  unknown(() => z.approvalAuthority({ ruleset: 'liangshan-office-2003', roles: '秘书长' }), 'roles', 'role');
  const review = { ruleset: 'guangxi-fault-2007', rule: 'guangxi.fault.review-chain', position: 'reviewer', severity: 'serious' };
  unknown(() => z.sanction({ ...review, rulset: 'x' }), 'rulset', 'ruleset');
  unknown(() => z.addPeriod({ start: '2026-09-25', amount: 10, unit: 'day', units: 'day' }), 'units', 'unit');
  // check(): the form's keys, a row's keys (named by their path), the facts to confirm.
  const plan = { ruleset: 'wenshan-hrss-2019', form: 'leave_requests', requests: [{ name: '甲', section: '办公室', kind: 'annual', from: '2026-07-06', to: '2026-07-10' }] };
  unknown(() => z.check({ ...plan, request: [] }), 'request', 'requests');
  const e = coded(() => z.check({ ...plan, requests: [{ ...plan.requests[0], sectoin: '办公室' }] }));
  assert.equal(e.field, 'requests[0].sectoin');
  assert.equal(e.messageEn, 'unknown key `sectoin` — did you mean `section`?');
  const c = coded(() => z.check({ ...plan, confirm: { postLeavingNotifed: true } }));
  assert.equal(c.field, 'confirm.postLeavingNotifed');
  assert.ok(c.messageEn.endsWith('did you mean `postLeavingNotified`?'), c.messageEn);
  unknown(() => z.isWorkingDay('2026-10-08', { provisonal: true }), 'provisonal', 'provisional');
  unknown(() => z.loadRules(pack('cn-national'), { untrsted: true }), 'untrsted', 'untrusted');
  // Known keys still work: a rule's own facts, the common options (also `strict`, default false).
  assert.equal(z.deadline({ ...reply, asOf: '2026-10-09' }).status.state, 'overdue');
  assert.equal(z.deadline({ ...reply, strict: false }).due, '2026-10-08');
  assert.equal(z.approvalRoute(expense).steps.length, 3);
  assert.equal(z.sanction(review).parties[0].responsibility.zh !== undefined, true);
  assert.equal(z.check(plan).passed, true);
});

test('check(): malformed form data is a typed error naming the field, never a pass', () => {
  const q = (requests, more = {}) => ({ ruleset: 'muli-county-2017', form: 'leave_requests', requests, ...more });
  const row = { name: '王', role: '县长', from: '2026-03-02', to: '2026-03-05' };
  for (const [bad, code, field] of [
    [[{ ...row, from: '2026-13-01' }], 'INVALID_DATE', 'requests[0].from'],
    [[{ ...row, from: 20260302 }], 'INVALID_INPUT', 'requests[0].from'],
    [[{ ...row, to: '2026-03-01' }], 'INVALID_INPUT', 'requests[0].to'],
    [[row, { ...row, name: '' }], 'INVALID_INPUT', 'requests[1].name'],
    [[{ ...row, serves: '张' }], 'INVALID_INPUT', 'requests[0].serves'],
    [[{ ...row, kind: 'holiday' }], 'INVALID_INPUT', 'requests[0].kind'],
    [['王'], 'INVALID_INPUT', 'requests[0]'],
    ['王', 'INVALID_INPUT', 'requests'],
  ]) {
    const e = coded(() => z.check(q(bad)));
    assert.equal(e.code, code, JSON.stringify(bad));
    assert.equal(e.field, field, JSON.stringify(bad));
  }
  assert.equal(coded(() => z.check(q([row], { confirm: { x: 'yes' } }))).field, 'confirm.x');
  assert.equal(coded(() => z.check({ ruleset: 'muli-county-2017', form: 'meeting', body: '县政府常务会议', due: 8, present: 4, members: 7 })).field, 'due');
  assert.equal(coded(() => z.check({ ruleset: 'muli-county-2017', form: 'meeting', body: '县政府常务会议', start: '25:00' })).field, 'start');
  assert.equal(coded(() => z.check({ ruleset: 'muli-county-2017' })).code, 'MISSING_INPUT');
  assert.equal(coded(() => z.check({ ruleset: 'muli-county-2017', form: 'meeting', rule: 'muli.check.county-heads-not-away-together', body: '县政府常务会议' })).code, 'UNKNOWN_RULE');
  // A rule named without a form checks that rule's form.
  assert.equal(z.check({ ruleset: 'muli-county-2017', rule: 'muli.check.county-heads-not-away-together', requests: [row] }).form, 'leave_requests');
});

/** The byte offset of the ruleset id's length byte in a pack. */
const rulesetAt = (bytes) => 6 + bytes[5];

test('F6: a damaged pack header is refused before a byte is kept', () => {
  const W = new Uint8Array(pack('wenshan-hrss-2019'));
  const at = rulesetAt(W);
  assert.equal(new TextDecoder().decode(W.subarray(at + 1, at + 1 + W[at])), 'wenshan-hrss-2019');
  const id = W.slice(); id[at + 1] ^= 0x01; // 'venshan-…'
  const needs = W.slice(); needs[at + 1 + W[at] + 2] ^= 0x01; // 'cn-national' → 'bn-national'
  assert.equal(coded(() => z.loadRules(needs)).code, 'INVALID_RULES_PACK');
  const before = memory();
  for (let i = 0; i < 3000; i++) assert.throws(() => z.loadRules(id), (e) => e.code === 'INVALID_RULES_PACK');
  assert.equal(memory(), before);
  alive();
});

test('F7: an answer is explained from its own evaluation, with no entry point to evaluate again', () => {
  // The reasons are the events recorded when the answer was computed: nothing keeps the query,
  // and no export evaluates one a second time.
  assert.equal(z.__explain, undefined);
  // An answer crosses whole, its reasons with it: nothing of it stays in the module, so the
  // module's memory stays level however many answers are kept or dropped.
  for (let i = 0; i < 600; i++) z.deadline(reply);
  const before = memory();
  for (let i = 0; i < 20000; i++) assert.ok(z.deadline(reply).trace.length >= 3);
  const kept = [];
  for (let i = 0; i < 20000; i++) kept.push(z.deadline(reply));
  assert.equal(memory(), before);
  // The first answer kept is as whole as the last, and shares none of its objects.
  assert.deepEqual(kept[0].trace, kept[19999].trace);
  assert.notEqual(kept[0].trace[0], kept[19999].trace[0]);
  alive();
});

test('F7: the flat deadline export, reachable by importing the glue, refuses what is not a string without trapping', () => {
  // js/fast.js passes the query's strings joined; a page calling the export itself with anything
  // else used to trap inside the glue's string copy (memory access out of bounds) and leak.
  // ruleset, ref and start present (bits 0, 2 and 3 of js/fast.js's DEADLINE_TEXTS): 2026-10-08.
  assert.equal(z.__deadlineFlat(['wenshan-hrss-2019', 'DL-004-056-09', '2026-08-03'].join('\u0000'), 0b1101).due, '2026-10-08');
  const before = memory();
  for (const bad of [{}, true, 5, null, undefined, Symbol('s'), ['wenshan-hrss-2019']]) {
    for (let i = 0; i < 500; i++) {
      const e = coded(() => z.__deadlineFlat(bad, 0));
      assert.equal(e.code, 'INVALID_INPUT');
      assert.equal(e.field, 'query');
    }
  }
  assert.equal(memory(), before);
  alive();
});

test('F9: documented size limits give INPUT_TOO_LARGE and memory returns to its level', () => {
  coded(() => z.deadline({ ...reply, start: 'x'.repeat(1000) })); // warm up: the longest string accepted
  // Checked on the JS side before anything is copied into the module: memory does not move.
  const before = memory();
  const checkedOutside = [
    () => z.deadline({ ...reply, start: 'x'.repeat(10 * 2 ** 20) }), // a 10 M-character string
    () => z.isWorkingDay('2'.repeat(2 ** 20)),
    () => z.approvalAuthority({ ruleset: 'liangshan-office-2003', role: '期'.repeat(1001) }),
    () => z.deadline({ ...reply, note: 'x'.repeat(900), more: Array.from({ length: 200 }, () => 'y'.repeat(900)) }), // > 100,000 characters of JSON
    () => z.loadRules(new Uint8Array(5 * 2 ** 20)), // over 4 MiB
  ];
  for (const f of checkedOutside) assert.equal(coded(f).code, 'INPUT_TOO_LARGE');
  assert.equal(memory(), before);
  // An array of 1,001 items is refused while it is read; repeating it takes no more memory.
  const items = () => z.deadline({ ...reply, pauses: new Array(1001).fill({ from: '2026-08-10', to: '2026-08-19' }) });
  assert.equal(coded(items).code, 'INPUT_TOO_LARGE');
  const after = memory();
  for (let i = 0; i < 200; i++) for (const f of [items, ...checkedOutside]) coded(f);
  assert.equal(memory(), after);
  // At the limits: a 1,000-character string is read (and is not a date).
  assert.equal(coded(() => z.deadline({ ...reply, start: '2'.repeat(1000) })).code, 'INVALID_DATE');
  alive();
});

test('F11: a wrong type gives the same code everywhere; a polluted Object.prototype stays out', () => {
  assert.equal(coded(() => z.isWorkingDay(NaN)).code, 'INVALID_INPUT');
  assert.equal(coded(() => z.deadline({ ...reply, start: NaN })).code, 'INVALID_INPUT');
  assert.equal(coded(() => z.addWorkingDays(20261008, 1)).code, 'INVALID_INPUT');
  assert.equal(coded(() => z.addPeriod({ start: 20261008, amount: 1, unit: 'day' })).code, 'INVALID_INPUT');
  try {
    Object.prototype.polluted = 'yes';
    Object.defineProperty(Object.prototype, 'code', { __proto__: null, set() { throw new Error('setter ran'); }, configurable: true });
    Object.defineProperty(Object.prototype, 'value', { __proto__: null, get: () => 'hijacked', configurable: true });
    const a = z.deadline(reply);
    assert.equal(Object.hasOwn(a, 'polluted'), false);
    assert.equal(JSON.stringify(a).includes('polluted'), false);
    assert.equal(a.trace.length > 0, true);
    assert.equal(Object.hasOwn(z.deadline(reply), 'value'), false);
    const e = coded(() => z.deadline({ ...reply, start: 'soon' }));
    assert.equal(Object.getOwnPropertyDescriptor(e, 'code').value, 'INVALID_DATE');
  } finally {
    delete Object.prototype.polluted;
    delete Object.prototype.value;
    delete Object.prototype.code;
  }
});

test('a page that replaces String, Array and Map methods later does not change a deadline built from numbers', () => {
  const q = { ...reply, reasons: false };
  const before = JSON.stringify(z.deadline(q));
  const saved = [String.prototype.slice, String.prototype.lastIndexOf, Array.prototype.slice, Map.prototype.get, Map.prototype.set];
  let after;
  try {
    String.prototype.slice = () => 'hijacked';
    String.prototype.lastIndexOf = () => 0;
    Array.prototype.slice = () => ['hijacked'];
    Map.prototype.get = () => undefined;
    Map.prototype.set = () => undefined;
    after = JSON.stringify(z.deadline(q));
  } finally {
    [String.prototype.slice, String.prototype.lastIndexOf, Array.prototype.slice, Map.prototype.get, Map.prototype.set] = saved;
  }
  assert.equal(after, before);
});

/** `bytes` with one 日 in its body changed to 天 (same UTF-8 length) and its SHA-256 recomputed. */
function forged(bytes) {
  const W = new Uint8Array(bytes);
  const ri = [0xe6, 0x97, 0xa5]; // 日
  let at = rulesetAt(W) + 40;
  while (!(W[at] === ri[0] && W[at + 1] === ri[1] && W[at + 2] === ri[2])) at++;
  W.set([0xe5, 0xa4, 0xa9], at); // 天
  W.set(createHash('sha256').update(W.subarray(0, W.length - 32)).digest(), W.length - 32);
  return W;
}

// fetchRules and loadNode hash a pack natively and hand the module the hash of the bytes they
// read (__loadRulesHashed): the module compares it with the pack's own instead of hashing again.
// An edited pack is refused all the same, whoever hashed it.
test('F10: a pack hashed by the host: a hash not the pack\'s, or an edited pack with its true hash, is refused', async () => {
  const contentHash = (bytes) => createHash('sha256').update(bytes.subarray(0, bytes.length - 32)).digest();
  const original = pack('zaduo-office-2017'); // not loaded in this instance
  // A hash of other bytes than the pack's content: the pack reads as damaged.
  const e = coded(() => z.__loadRulesHashed(original, createHash('sha256').update('something else').digest()));
  assert.equal(e.code, 'INVALID_RULES_PACK');
  assert.match(e.messageEn, /content hash/);
  // The true hash of an edited pack whose own hash was recomputed to match: not one this module
  // was built with.
  const edited = forged(original);
  const f = coded(() => z.__loadRulesHashed(edited, contentHash(edited)));
  assert.equal(f.code, 'INVALID_RULES_PACK');
  assert.match(f.messageEn, /untrusted: true/);
  // Not 32 bytes, or not bytes at all.
  for (const bad of [contentHash(original).subarray(0, 31), 'abc', null]) {
    const g = coded(() => z.__loadRulesHashed(original, bad));
    assert.equal(g.code, 'INVALID_INPUT');
    assert.equal(g.field, 'contentHash');
  }
  assert.equal(z.rulesets().loaded.some((r) => r.ruleset === 'zaduo-office-2017'), false);
  // The packs as built, with their contents' hashes, in a module instance of their own: loaded,
  // and answering (文山 第五十六条(四)5: 60 days from 2026-08-03 end on 2026-10-02, in the
  // National Day holiday, so the reply is due on the next working day, 2026-10-08).
  const lite = await import(join(root, 'pkg', 'lite', 'zhengwu.js'));
  lite.initSync({ module: readFileSync(join(root, 'pkg', 'lite', 'zhengwu_bg.wasm')) });
  for (const id of ['cn-national', 'wenshan-hrss-2019']) {
    assert.equal(lite.__loadRulesHashed(pack(id), contentHash(pack(id))).ruleset, id);
  }
  assert.equal(lite.deadline(reply).due, '2026-10-08');
});

test('F10: a pack from elsewhere loads only with { untrusted: true }, and its answers say so', () => {
  const edited = forged(pack('zaduo-office-2017'));
  const e = coded(() => z.loadRules(edited));
  assert.equal(e.code, 'INVALID_RULES_PACK');
  assert.match(e.messageEn, /untrusted: true/);
  assert.equal(coded(() => z.loadRules(edited, { untrusted: 'yes' })).code, 'INVALID_INPUT');
  assert.deepEqual(z.rulesets().loaded.map((r) => r.ruleset).includes('zaduo-office-2017'), false);
  assert.equal(z.loadRules(edited, { untrusted: true }).ruleset, 'zaduo-office-2017');
  // Every zaduo answer is marked, in its summary and in its explanation; others are not.
  const rule = z.catalog().rulesets.find((r) => r.id === 'zaduo-office-2017').rules
    .find((r) => r.kind === 'deadline' && r.inputs.every((i) => !i.required || i.name === 'start'));
  const a = z.deadline({ ruleset: 'zaduo-office-2017', rule: rule.id, start: '2026-03-02' });
  assert.equal(a.untrustedRules, true);
  assert.ok(a.warnings.some((w) => /elsewhere/.test(w.en)), JSON.stringify(a.warnings));
  assert.equal('untrustedRules' in z.deadline(reply), false);
  assert.equal(z.deadline(reply).warnings.some((w) => /elsewhere/.test(w.en)), false);
});

test('a text that holds a NUL (a pack from elsewhere) reaches the answer whole', async () => {
  // The reasons' tape ends each text sent in full with a NUL (src/explain/tape.rs); a text that
  // holds one itself is sent with its length. 文山's quote "…受理之日起60日内送达信访人" with its
  // "6" made a NUL, the pack's hash recomputed, loaded as a pack from elsewhere in a fresh instance.
  const W = new Uint8Array(pack('wenshan-hrss-2019'));
  const quote = new TextEncoder().encode('受理之日起60日内送达信访人');
  let at = rulesetAt(W) + 40;
  while (!quote.every((b, i) => W[at + i] === b)) at++;
  W[at + quote.length - new TextEncoder().encode('60日内送达信访人').length] = 0;
  W.set(createHash('sha256').update(W.subarray(0, W.length - 32)).digest(), W.length - 32);
  const fresh = await import(`${join(root, 'pkg', 'zhengwu.js')}?nul-text`);
  fresh.initSync({ module: wasmBytes() });
  fresh.loadRules(pack('cn-national'));
  fresh.loadRules(W, { untrusted: true });
  const a = fresh.deadline(reply);
  assert.equal(a.citations[0].quote, '书面答复意见应当自受理之日起\u00000日内送达信访人');
  // The texts around it are still where they belong, in this answer and the next.
  assert.equal(a.citations[0].article, '第五十六条(四)5');
  assert.equal(a.citations[1].quote, '延长期限不得超过30日');
  assert.equal(JSON.stringify(fresh.deadline(reply).trace), JSON.stringify(a.trace));
  assert.ok(a.trace.some((s) => s.zh.includes('2026年10月8日')));
});

test('F3, F8: a loaded notice cannot rewrite a published year, and its lists are bounded', () => {
  const notice = () => JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'calendar-2027-test.json'), 'utf8'));
  // 国庆 2026 (10-03, statutory) made a working day by a "2027" notice: refused, 2026 unchanged.
  const rewrite = notice();
  rewrite.holidays[6].work = ['2026-10-03'];
  const e = coded(() => z.loadCalendar(rewrite));
  assert.equal(e.code, 'INVALID_CALENDAR');
  assert.equal(e.field, 'holidays.6.work');
  assert.equal(z.isWorkingDay('2026-10-03'), false);
  // A date both statutory and working; a notice without 春节; a date listed twice.
  const both = notice();
  both.holidays[1].work = ['2027-02-06'];
  assert.equal(coded(() => z.loadCalendar(both)).code, 'INVALID_CALENDAR');
  const noSpring = notice();
  noSpring.holidays.splice(1, 1);
  assert.equal(coded(() => z.loadCalendar(noSpring)).code, 'INVALID_CALENDAR');
  const twice = notice();
  twice.holidays[1].work = Array(16).fill('2027-02-20');
  assert.equal(coded(() => z.loadCalendar(twice)).code, 'INVALID_CALENDAR');
  assert.equal(z.calendarInfo().last, '2026-12-31');
});

test('F2: a call abandoned by stack exhaustion does not lock the calendar', () => {
  atStackLimit(() => z.isWorkingDay('2026-10-08'));
  assert.equal(z.isWorkingDay('2026-10-08'), true);
  // A made-up but complete 2027 notice (test data: the real one is not published).
  const info = z.loadCalendar(JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'calendar-2027-test.json'), 'utf8')));
  assert.equal(info.last, '2027-12-31');
  assert.equal(z.isWorkingDay('2027-02-08'), false);
  alive();
});

test('F8: memory grows linearly with the years loaded (generations share their days)', () => {
  // Thirty years loaded one after another, each a minimal notice holding exactly the statutory
  // days of the 放假办法 (one block a day). Every generation stays alive (answers are explained
  // with the calendar they were computed with), so a generation that copied all earlier years
  // made the last ten loads cost far more than the first ten; sharing the days keeps them alike.
  const notice = (year) => ({
    year, title: `测试用通知（非真实）${year}`, published: `${year - 1}-11-01`,
    holidays: z.statutoryHolidays(year).map((d) => ({ name: d.name, nameEn: d.nameEn, rest: [d.date, d.date], statutory: [d.date], work: [] })),
  });
  const load = (n) => {
    const before = memory();
    for (let i = 0; i < n; i++) z.loadCalendar(notice(Number(z.calendarInfo().last.slice(0, 4)) + 1));
    return memory() - before;
  };
  const first = load(10);
  load(10);
  const third = load(10);
  // Measured: about 35 KB a year (its days and its projection of the next ten years); a copy of
  // every earlier year was over 130 KB a year and growing.
  assert.ok(third <= 10 * 65536, `the last ten loads took ${third} bytes`);
  assert.ok(third <= Math.max(first, 65536) * 1.5, `the last ten loads took ${third} bytes, the first ten ${first}`);
  assert.equal(z.isWorkingDay('2026-10-08'), true);
  alive();
});
