// Rules packs: a fresh module has the engine and the calendar but no rules until loadRules; packs
// load cn-national first, are checked, and load once.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, pack, wasmBytes } from './paths.mjs';

// node --test runs each file in its own process: this one's module has no packs loaded yet.
const fresh = await import(join(root, 'pkg', 'zhengwu.js'));
fresh.initSync({ module: wasmBytes() });

const reply = { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' };
const codeOf = (f) => { try { f(); } catch (e) { return [e.code, e.field, e.messageEn]; } return null; };

test('a module without packs knows the rulesets but has none loaded; the calendar works', () => {
  const cat = fresh.catalog();
  assert.deepEqual(cat.rulesets, []);
  assert.deepEqual(fresh.rulesets(), { available: cat.available, loaded: [] });
  assert.equal(cat.available.length, readdirSync(join(root, 'data', 'rules')).filter((d) => existsSync(join(root, 'data', 'rules', d, 'ruleset.toml'))).length);
  assert.equal(cat.available[0], 'cn-national');
  // The calendar is in the module itself: 2026-10-01..07 National Day, 2026-10-10 a working Saturday.
  assert.equal(fresh.addWorkingDays('2026-09-30', 1), '2026-10-08');
  assert.equal(fresh.isWorkingDay('2026-10-10'), true);
  const [code, field, en] = codeOf(() => fresh.deadline(reply));
  assert.equal(code, 'RULESET_NOT_LOADED');
  assert.equal(field, 'ruleset');
  assert.match(en, /loadRules/);
  assert.equal(codeOf(() => fresh.deadline({ ...reply, ruleset: 'nowhere' }))[0], 'UNKNOWN_RULESET');
});

test('a ruleset pack needs cn-national loaded first', () => {
  const [code, , en] = codeOf(() => fresh.loadRules(pack('wenshan-hrss-2019')));
  assert.equal(code, 'RULESET_NOT_LOADED');
  assert.match(en, /cn-national/);
});

test('packs load in order, answer, and load only once', () => {
  const national = fresh.loadRules(pack('cn-national'));
  assert.equal(national.ruleset, 'cn-national');
  assert.equal(national.rulesVersion, fresh.rulesVersion());
  // An ArrayBuffer does as well as a Uint8Array.
  const bytes = pack('wenshan-hrss-2019');
  const wenshan = fresh.loadRules(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  assert.deepEqual(wenshan.name, { zh: '文山州人力资源和社会保障局工作规则', en: wenshan.name.en });
  // 60 days from 2026-08-03 end on 2026-10-02, a National Day holiday; the next working day is 10-08.
  assert.equal(fresh.deadline(reply).due, '2026-10-08');
  assert.deepEqual(fresh.catalog().rulesets.map((r) => r.id), ['cn-national', 'wenshan-hrss-2019']);
  assert.deepEqual(fresh.rulesets().loaded.map((r) => r.ruleset), ['cn-national', 'wenshan-hrss-2019']);
  fresh.loadRules(pack('wenshan-hrss-2019'));
  assert.equal(fresh.catalog().rulesets.length, 2);
  // Other rulesets are still not loaded.
  assert.equal(codeOf(() => fresh.approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 1, budgeted: true }))[0],
    'RULESET_NOT_LOADED');
});

test('damaged packs and other bytes are rejected with INVALID_RULES_PACK', () => {
  const good = pack('zaduo-office-2017');
  const flipped = Uint8Array.from(good);
  flipped[flipped.length - 5] ^= 1;
  for (const bad of [flipped, good.subarray(0, 40), new TextEncoder().encode('<!doctype html><title>404</title>')]) {
    assert.equal(codeOf(() => fresh.loadRules(bad))[0], 'INVALID_RULES_PACK');
  }
  assert.deepEqual(codeOf(() => fresh.loadRules('rules/zaduo-office-2017.zwr')).slice(0, 2), ['INVALID_INPUT', 'pack']);
  assert.equal(fresh.catalog().rulesets.length, 2);
});
