// Loads pkg/ (built with `wasm-pack --target web`) in node: the same module the browser uses, with
// every rules pack in pkg/rules/ loaded (cn-national first), as a portal would after fetchRules().
import { join } from 'node:path';
import { root, pack, wasmBytes } from './paths.mjs';

export { root, pack };
const z = await import(join(root, 'pkg', 'zhengwu.js'));
z.initSync({ module: wasmBytes() });
for (const id of ['cn-national', ...z.catalog().available.filter((id) => id !== 'cn-national')]) z.loadRules(pack(id));
export default z;
