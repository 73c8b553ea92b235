// scripts/bench-browser.mjs's floor (bench-floor.html): the files an answer needs, fetched (from
// the preload links' responses) and the module compiled, with nothing else done.
const files = ['pkg/lite/zhengwu_bg.wasm', 'pkg/rules/cn-national.zwr', 'pkg/rules/wenshan-hrss-2019.zwr'];
const [wasm] = await Promise.all(files.map((f) => fetch(f, { mode: 'cors', credentials: 'same-origin' }).then((r) => r.arrayBuffer())));
await WebAssembly.compile(wasm);
performance.mark('zhengwu:floor');
