// Prints how many rule-inventory rows the encoded rules implement, per category and ruleset.
// Run: bash scripts/build.sh && node scripts/coverage.mjs
import { readFileSync } from 'node:fs';
import z, { root } from '../tests/js/load.mjs';

const rows = readFileSync(`${root}/tests/fixtures/inventory-ids.txt`, 'utf8').split('\n').filter((l) => /^[A-Z]{2}-/.test(l));
const refs = new Set(z.catalog().rulesets.flatMap((r) => r.rules.flatMap((x) => x.refs)));
const cats = ['DL', 'AR', 'LV', 'SN', 'OQ'];
console.log('| category | rows | encoded |');
console.log('|---|---|---|');
for (const c of cats) {
  const all = rows.filter((r) => r.startsWith(`${c}-`));
  console.log(`| ${c} | ${all.length} | ${all.filter((r) => refs.has(r)).length} |`);
}
const kinds = {};
for (const rs of z.catalog().rulesets) for (const r of rs.rules) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
console.log(`\nrules: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`);
