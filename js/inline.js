// zhengwu/inline: the package with the WebAssembly module carried inside a JS module (gzip, in
// base64), for bundlers that do not copy `new URL('./x', import.meta.url)` files into the build
// (Rollup without a plugin) and hosts without files beside the code. Everything of the zhengwu
// entry, plus fetchRules; the packs are JS modules too, one per ruleset, in the bundle only when
// imported:
//   import init, { deadline, fetchRules } from 'zhengwu/inline';
//   import 'zhengwu/inline/rules/wenshan-hrss-2019';   // and cn-national, which it imports
//   await init(); await fetchRules(['wenshan-hrss-2019']);   // no request for either
// The module and the packs are registered when imported (internal.js, `embedded`), so the
// elements (zhengwu/elements) and zhengwu/rules.js use them as well.
import { embedModule } from './internal.js';
import wasm from './inline/module.js';

embedModule(wasm);

export * from './index.js';
export { default } from './index.js';
export { fetchRules } from './rules.js';
