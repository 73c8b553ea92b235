// zhengwu in node: `const z = loadNode({ rulesets: ['wenshan-hrss-2019'] })` starts the module
// from the package's own zhengwu_bg.wasm and loads the packs asked for (cn-national first) from
// its rules/ folder, wherever the package is installed. Everything index.js exports is here too.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as z from './index.js';
import { __loadRulesHashed as loadRulesHashed } from './zhengwu.js';
import { packOrder } from './internal.js';

export * from './index.js';
export { default } from './index.js';

/**
 * Starts the module (once) and loads the rules packs of `rulesets` (ids, or 'all', the default).
 * Returns the module's namespace, so `loadNode().deadline(…)` works as well as the named imports.
 */
export function loadNode({ rulesets = 'all' } = {}) {
  z.initSync({ module: readFileSync(new URL('./zhengwu_bg.wasm', import.meta.url)) });
  const loaded = new Set(z.rulesets().loaded.map((r) => r.ruleset));
  for (const id of packOrder(rulesets, z.rulesets().available)) {
    if (loaded.has(id)) continue;
    const bytes = readFileSync(new URL(`./rules/${id}.zwr`, import.meta.url));
    // The content's SHA-256 hashed natively, so that the module compares it with the pack's own
    // instead of hashing the pack (see fetchRules in rules.js).
    loadRulesHashed(bytes, createHash('sha256').update(bytes.subarray(0, bytes.length - 32)).digest());
  }
  return z;
}
