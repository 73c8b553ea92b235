// Loads pkg/ (built with `wasm-pack --target web`) in node: the same module the browser uses, with
// every rules pack in pkg/rules/ loaded (cn-national first), as a portal would after fetchRules().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const z = await import(join(root, 'pkg', 'zhengwu.js'));
z.initSync({ module: readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm')) });
export const pack = (id) => readFileSync(join(root, 'pkg', 'rules', `${id}.zwr`));
for (const id of ['cn-national', ...z.catalog().available.filter((id) => id !== 'cn-national')]) z.loadRules(pack(id));
export default z;
