// The hand-worked cases of tests/cases/ (shared with the Rust suite), run through the JS API.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import z, { root } from './load.mjs';

const EXPECT = new Set(['name', 'why', 'due', 'extended_due', 'earliest', 'status', 'error', 'steps', 'conflict_due', 'conflicts', 'applied', 'missing']);
const dir = join(root, 'tests', 'cases', 'deadlines');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
  const { case: cases = [] } = parse(readFileSync(join(dir, file), 'utf8'));
  test(`deadline cases in ${file}`, () => {
    for (const c of cases) {
      const q = Object.fromEntries(Object.entries(c).filter(([k]) => !EXPECT.has(k)));
      const label = `${file}: ${c.name}`;
      if (c.error) {
        assert.throws(() => z.deadline(q), (e) => e.code === c.error, label);
        continue;
      }
      const a = z.deadline(q);
      if (c.due) assert.equal(a.due, c.due, label);
      if (c.extended_due) assert.equal(a.extendedDue, c.extended_due, label);
      if (c.earliest) assert.equal(a.earliest, c.earliest, label);
      if (c.status) assert.equal(a.status?.state, c.status, label);
      if (c.conflict_due) assert.equal(a.conflicts[0]?.due, c.conflict_due, label);
      if (c.conflicts !== undefined) assert.equal(a.conflicts.length, Number(c.conflicts), label);
      assert.ok(a.citations.length > 0 && a.trace.length > 0, label);
    }
  });
}

const approvalDir = join(root, 'tests', 'cases', 'approvals');
for (const file of readdirSync(approvalDir).filter((f) => f.endsWith('.toml')).sort()) {
  const { case: cases = [] } = parse(readFileSync(join(approvalDir, file), 'utf8'));
  test(`approval cases in ${file}`, () => {
    for (const c of cases) {
      const q = Object.fromEntries(Object.entries(c).filter(([k]) => !EXPECT.has(k)));
      const label = `${file}: ${c.name}`;
      if (c.error) {
        assert.throws(() => z.approvalRoute(q), (e) => e.code === c.error, label);
        continue;
      }
      const a = z.approvalRoute(q);
      assert.deepEqual(a.steps.map((s) => `${s.order}.${s.role}/${s.action}`), c.steps, label);
      for (const [id, key] of Object.entries(c.applied ?? {})) {
        assert.equal(a.ambiguities.find((x) => x.id === id)?.applied, key, `${label} ${id}`);
      }
      if (c.missing) assert.deepEqual(a.missing.map((m) => m.field), c.missing, label);
      assert.ok(a.citations.length > 0, label);
    }
  });
}
