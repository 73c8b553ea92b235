// Loads pkg/ (built with `wasm-pack --target web`) in node: the same module the browser uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const z = await import(join(root, 'pkg', 'zhengwu.js'));
z.initSync({ module: readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm')) });
export default z;
