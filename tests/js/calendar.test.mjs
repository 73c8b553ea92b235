// Every date 2004-01-01..2026-12-31 through the JS API against the independent fixture
// (PyPI holidays 0.109). scripts/test.sh runs this file under TZ=America/Los_Angeles and
// TZ=Asia/Shanghai: civil dates must not shift with the time zone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import z, { root } from './load.mjs';

test(`all 8,401 days match the published dataset (TZ=${process.env.TZ ?? 'unset'})`, () => {
  const lines = readFileSync(join(root, 'tests', 'fixtures', 'cn-workdays-holidays-0.109.csv'), 'utf8').trim().split('\n').slice(1);
  assert.equal(lines.length, 8401);
  const mismatches = [];
  for (const line of lines) {
    const [date, working] = line.split(',');
    if (z.isWorkingDay(date) !== (working === '1')) mismatches.push(date);
  }
  assert.deepEqual(mismatches, []);
});

test('explanations name the holidays skipped', () => {
  const p = z.addPeriod({ start: '2026-09-30', amount: 2, unit: 'working_day' });
  assert.equal(p.date, '2026-10-09');
  assert.ok(p.trace.some((s) => s.zh.includes('10月1日至10月7日 国庆节') || s.zh.includes('国庆')), JSON.stringify(p.trace));
  const h = z.addPeriod({ start: '2026-10-01T23:30', amount: 2, unit: 'hour' });
  assert.equal(h.date, '2026-10-02T01:30');
  assert.equal(z.dayKind('2026-12-28').subjectToNextNotice, true);
});
