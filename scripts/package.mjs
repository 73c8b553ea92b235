// Turns wasm-pack's pkg/ into the npm package (run by scripts/build.sh after the packs are
// written): copies the package's own modules from js/, appends to pkg/index.js a guarded export
// for every function of the generated module, writes pkg/rules-types.d.ts (query types per rule
// and procedure, from catalog() of the module just built), and completes pkg/package.json.
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryTypes } from './query-types.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const pkg = join(root, 'pkg');
const MODULES = ['index', 'internal', 'rules', 'calendar', 'node', 'elements', 'render', 'styles'];
const TYPES = ['index', 'rules', 'calendar', 'node', 'elements'];

for (const name of MODULES) copyFileSync(join(root, 'js', `${name}.js`), join(pkg, `${name}.js`));
for (const name of TYPES) copyFileSync(join(root, 'js', `${name}.d.ts`), join(pkg, `${name}.d.ts`));
// An ignore file inside the package makes git skip it when a portal checks the folder in.
rmSync(join(pkg, '.gitignore'), { force: true });

giveTheModuleRoom();
const glue = await import(join(pkg, 'zhengwu.js'));
appendGuards(Object.keys(glue).filter((name) => typeof glue[name] === 'function' && !['default', 'initSync'].includes(name) && !name.startsWith('__')));
glue.initSync({ module: readFileSync(join(pkg, 'zhengwu_bg.wasm')) });
for (const id of glue.rulesets().available) glue.loadRules(readFileSync(join(pkg, 'rules', `${id}.zwr`)));
writeFileSync(join(pkg, 'rules-types.d.ts'), queryTypes(glue.catalog()));
writeManifest();

function appendGuards(names) {
  const lines = names.map((name) => `export const ${name} = guard('${name}', glue.${name});`);
  appendFileSync(join(pkg, 'index.js'), `import { guard } from './internal.js';\n${lines.join('\n')}\n`);
}

function writeManifest() {
  const file = join(pkg, 'package.json');
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const entry = (name) => ({ types: `./${name}.d.ts`, default: `./${name}.js` });
  const manifest = {
    name: p.name,
    version: p.version,
    description: p.description,
    license: p.license,
    // From Cargo.toml's `repository` (wasm-pack copies it): the project has no public address yet.
    ...(p.repository ? { repository: p.repository } : {}),
    keywords: ['government', 'china', 'deadline', 'holiday', 'working-days', 'approval', 'leave', 'webassembly', '政务', '节假日'],
    type: 'module',
    main: 'index.js',
    types: 'index.d.ts',
    files: [...MODULES.map((m) => `${m}.js`), ...TYPES.map((t) => `${t}.d.ts`), 'rules-types.d.ts', 'zhengwu.js', 'zhengwu.d.ts',
      'zhengwu_bg.wasm', 'zhengwu_bg.wasm.d.ts', 'rules/', 'calendar/', 'snippets/', 'README.md'],
    // elements.js defines the custom elements when imported; the rest only exports.
    sideEffects: ['./snippets/*', './elements.js'],
    exports: {
      '.': entry('index'),
      './node': entry('node'),
      './elements': entry('elements'),
      './rules.js': entry('rules'),
      './calendar.js': entry('calendar'),
      // The generated module itself is not exported: its functions are the entry's, guarded, and
      // its internal entry point (__explain) stays internal (F7).
      './rules/*': './rules/*',
      './calendar/*': './calendar/*',
      './zhengwu_bg.wasm': './zhengwu_bg.wasm',
      './package.json': './package.json',
    },
  };
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}


// Every function of the generated module first makes sure there is stack for the module's deepest
// path. A call that runs out of JS stack inside the module (a page recursing deeply, then calling
// in) stops wherever it is, skipping what would restore wasm-bindgen's own bookkeeping (its
// externref table's free list): every later call then traps. Taking the room first and giving it
// back makes such a call fail in JS, like any function at the stack limit, before the module is
// entered. Idempotent (the marker), since the build may run this twice.
function giveTheModuleRoom() {
  const file = join(pkg, 'zhengwu.js');
  let js = readFileSync(file, 'utf8');
  if (js.includes('function zhengwuRoom(')) return;
  // The calendar functions go a few frames deep and are called in loops: less room, less cost.
  const shallow = new Set(['isWorkingDay', 'addWorkingDays', 'workingDaysBetween', 'dayKind', 'version', 'rulesVersion', 'rulesets']);
  js = js.replace(/^(export function (?!initSync\b)(\w+)\([^)]*\) \{)$/gm,
    (line, head, name) => `${head}\n    zhengwuRoom(${shallow.has(name) ? 2 : 8});`);
  // Each level takes about 1 KB of stack (its 128 arguments); 8 levels are four times what the
  // deepest evaluation was measured to need (tests/js/adversarial.test.mjs, F2).
  const room = `
// Stack headroom checked before the module is entered (added by scripts/package.mjs).
function zhengwuRoom(depth) {
    if (depth > 0) zhengwuRoom(depth - 1, ${new Array(128).fill(0).join(', ')});
}
`;
  const firstExport = js.indexOf('\n/**');
  js = js.slice(0, firstExport) + room + js.slice(firstExport);
  writeFileSync(file, js);
}
