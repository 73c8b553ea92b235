// zhengwu/inline: the same functions and types as `zhengwu`, with the WebAssembly module carried
// inside the bundle (no .wasm file to serve), plus `fetchRules`, which loads the packs imported
// as `zhengwu/inline/rules/<id>` (no request).
export * from './index.js';
export { default } from './index.js';
/**
 * Loads rules packs: `cn-national` first, then the given rulesets. With `zhengwu/inline`, each
 * pack must have been imported (`import 'zhengwu/inline/rules/wenshan-hrss-2019'`): it is then
 * in the bundle and no request is made. A pack not imported is `RULESET_NOT_LOADED`, naming the
 * import to add; `options.base` fetches the packs from that folder instead.
 * @example
 * import init, { fetchRules, deadline } from 'zhengwu/inline';
 * import 'zhengwu/inline/rules/wenshan-hrss-2019';
 * await init();
 * await fetchRules(['wenshan-hrss-2019']);
 */
export { fetchRules } from './rules.js';
