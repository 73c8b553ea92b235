import * as zhengwu from './index.js';
import type { RulesetId } from './rules-types.js';
export * from './index.js';
export { default } from './index.js';
/**
 * Starts the module in node from the package's own `zhengwu_bg.wasm` (wherever it is installed)
 * and loads the rules packs of `rulesets` (all of them by default) from its `rules/` folder,
 * `cn-national` first. Synchronous; calling it again only loads the packs not loaded yet.
 * Returns the module, so `loadNode().deadline(…)` works as well as the named imports.
 * @example
 * import { loadNode, deadline } from 'zhengwu/node';
 * loadNode({ rulesets: ['wenshan-hrss-2019'] });
 * deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due; // "2026-10-08"
 */
export function loadNode(options?: { rulesets?: RulesetId[] | "all" }): typeof zhengwu;
