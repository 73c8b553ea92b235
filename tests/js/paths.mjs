// Where pkg/ is, and its rules packs' bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const pack = (id) => readFileSync(join(root, 'pkg', 'rules', `${id}.zwr`));
export const wasmBytes = () => readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm'));
