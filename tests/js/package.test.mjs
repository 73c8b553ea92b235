// The npm package's shape: the pack table of rules.js lists exactly the packs built, every
// function of the module is guarded, the manifest exports what the README documents, and no
// ignore file hides the package from git. (tests/package/ installs and uses the packed tarball.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { root } from './paths.mjs';
import { moduleGraph } from '../../scripts/preload.mjs';

const pkg = join(root, 'pkg');

test('rules.js names every pack of rules/ by a literal URL, and nothing else', () => {
  const source = readFileSync(join(pkg, 'rules.js'), 'utf8');
  const listed = [...source.matchAll(/new URL\('\.\/rules\/([a-z0-9-]+)\.zwr', import\.meta\.url\)/g)].map((m) => m[1]).sort();
  const built = readdirSync(join(pkg, 'rules')).filter((f) => f.endsWith('.zwr')).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(listed, built);
  // One pack per ruleset folder (discovered by the datagen, not listed).
  const folders = readdirSync(join(root, 'data', 'rules')).filter((d) => existsSync(join(root, 'data', 'rules', d, 'ruleset.toml')));
  assert.equal(built.length, folders.length);
});

// The ruleset ids as a type: every `type RulesetId = …` the package ships (pkg/rules-types.d.ts,
// generated from the build's catalog; src/binding/types.d.ts once had its own list in
// zhengwu.d.ts, and it lacked mohrss-1998) names every ruleset folder of data/rules/.
test('every RulesetId union in the package names every ruleset folder', () => {
  const folders = readdirSync(join(root, 'data', 'rules')).filter((d) => existsSync(join(root, 'data', 'rules', d, 'ruleset.toml'))).sort();
  assert.ok(folders.includes('mohrss-1998'));
  const unions = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.d.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\btype\s+RulesetId\s*=([^;]*);/g)) {
          unions.push([relative(pkg, path), [...m[1].matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2])]);
        }
      }
    }
  };
  walk(pkg);
  assert.ok(unions.some(([file]) => file === 'rules-types.d.ts'), 'rules-types.d.ts declares RulesetId');
  for (const [file, ids] of unions) assert.deepEqual(folders.filter((f) => !ids.includes(f)), [], `${file}: RulesetId lacks these rulesets`);
});

test('the entry guards every function of the generated module', async () => {
  const glue = await import(join(pkg, 'zhengwu.js'));
  const entry = await import(join(pkg, 'index.js'));
  // `Reasons` is the class an answer keeps its recorded reasons in: not an entry point.
  assert.equal(entry.Reasons, undefined);
  for (const name of Object.keys(glue).filter((n) => typeof glue[n] === 'function' && !n.startsWith('__') && n !== 'Reasons')) {
    assert.equal(typeof entry[name], 'function', name);
    if (['default', 'initSync'].includes(name)) continue;
    assert.notEqual(entry[name], glue[name], `${name} is not guarded`);
    // node --test runs each file in its own process: this module has not been started.
    assert.throws(() => entry[name]('2026-01-01', 1), (e) => e.code === 'NOT_INITIALIZED' && e.messageEn.includes(`before ${name}()`), name);
  }
});

test('package.json: exports with types, files, side effects; no ignore file in the package', () => {
  const p = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  for (const key of ['name', 'version', 'license', 'keywords', 'files', 'sideEffects', 'exports', 'types']) assert.ok(p[key], key);
  for (const entry of ['.', './node', './elements', './rules.js', './calendar.js', './inline']) {
    assert.ok(existsSync(join(pkg, p.exports[entry].types)), `${entry} types`);
    assert.ok(existsSync(join(pkg, p.exports[entry].default)), `${entry} module`);
  }
  for (const file of p.files) assert.ok(existsSync(join(pkg, file)), file);
  assert.deepEqual(p.exports['./inline/rules/*'], { types: './inline/rules/*.d.ts', default: './inline/rules/*.js' });
  // (zhengwu/lite's elements and snippet too: lite/elements.js defines its elements when imported.)
  assert.deepEqual(p.sideEffects, ['./snippets/*', './elements.js', './elements.bundle.js', './inline.js', './inline/rules/*.js', './lite/snippets/*',
    './lite/elements.js', './lite/elements.bundle.js']);
  // The elements as one file for a page's script tag: nothing imported, the module found beside it.
  for (const bundle of ['./elements.bundle.js', './lite/elements.bundle.js']) {
    assert.equal(p.exports[bundle].default, bundle);
    assert.ok(existsSync(join(pkg, p.exports[bundle].types)), `${bundle} types`);
    const js = readFileSync(join(pkg, bundle), 'utf8');
    const site = `/pkg/${bundle.slice(2)}`;
    assert.deepEqual(moduleGraph(site), [site], `${bundle} imports no file`);
    assert.match(js, /new URL\("\.\/zhengwu_bg\.wasm",\s*import\.meta\.url\)/, `${bundle} fetches the module beside it`);
    assert.match(js, /\["zhengwu-timeline",\s*TimelineElement,\s*"timeline"\]/, `${bundle} defines the elements`);
    // esbuild's namespace helper, made to walk own keys only (scripts/package.mjs, F11).
    assert.ok(js.includes('for(var name of Object.keys(all))__defProp(target,name,{__proto__:null,'), `${bundle}: the namespace helper walks own keys`);
  }
  assert.equal(p.repository, undefined, 'no public address yet: no repository is invented');
  assert.equal(existsSync(join(pkg, '.gitignore')), false);
});

test('the package exports only documented functions (F7: no internal entry point)', async () => {
  const entry = await import(join(pkg, 'index.js'));
  assert.deepEqual(Object.keys(entry).filter((name) => name.startsWith('__')), []);
  for (const name of ['deadline', 'timeline', 'addWorkingDays', 'loadRules', 'statutoryHolidays', 'initSync', 'default']) {
    assert.equal(typeof entry[name], 'function', name);
  }
});

test('zhengwu/inline: one module per pack (each importing cn-national), and the module, as gzip in base64', async () => {
  const built = readdirSync(join(pkg, 'rules')).filter((f) => f.endsWith('.zwr')).map((f) => f.slice(0, -4)).sort();
  const modules = readdirSync(join(pkg, 'inline', 'rules'));
  assert.deepEqual(modules.filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort(), built);
  assert.deepEqual(modules.filter((f) => f.endsWith('.d.ts')).map((f) => f.slice(0, -5)).sort(), built);
  for (const id of built) {
    const js = readFileSync(join(pkg, 'inline', 'rules', `${id}.js`), 'utf8');
    assert.equal(js.includes("import './cn-national.js';"), id !== 'cn-national', id);
    const [, base64] = /embedPack\("[a-z0-9-]+", "([A-Za-z0-9+/=]+)"\)/.exec(js);
    assert.deepEqual(gunzipSync(Buffer.from(base64, 'base64')), readFileSync(join(pkg, 'rules', `${id}.zwr`)), id);
  }
  const { default: wasm } = await import(join(pkg, 'inline', 'module.js'));
  assert.deepEqual(gunzipSync(Buffer.from(wasm, 'base64')), readFileSync(join(pkg, 'zhengwu_bg.wasm')));
});

test('zhengwu/inline in node: init() and fetchRules() with no file read, a pack not imported named with its import', async () => {
  const z = await import(join(pkg, 'inline.js'));
  await import(join(pkg, 'inline', 'rules', 'wenshan-hrss-2019.js'));
  await z.default();
  assert.deepEqual((await z.fetchRules(['wenshan-hrss-2019'])).map((r) => r.ruleset), ['cn-national', 'wenshan-hrss-2019']);
  assert.equal(z.deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03' }).due, '2026-10-08');
  await assert.rejects(z.fetchRules(['zaduo-office-2017']), (e) => e.code === 'RULESET_NOT_LOADED'
    && e.messageEn === "the rules pack zaduo-office-2017 is not in the bundle: add import 'zhengwu/inline/rules/zaduo-office-2017'");
});

test('under vite dev, a file of the package named from Vite\'s dependency cache is taken from node_modules/zhengwu/', async () => {
  const { packageFile } = await import(join(pkg, 'internal.js'));
  const at = (href) => packageFile(new URL(href)).href;
  assert.equal(at('http://localhost:5173/node_modules/.vite/deps/zhengwu_bg.wasm'), 'http://localhost:5173/node_modules/zhengwu/zhengwu_bg.wasm');
  assert.equal(at('http://localhost:5173/app/node_modules/.vite/deps/rules/cn-national.zwr'), 'http://localhost:5173/app/node_modules/zhengwu/rules/cn-national.zwr');
  assert.equal(at('http://localhost:5173/node_modules/.vite/deps_temp_1a2b3c4d/zhengwu_bg.wasm'), 'http://localhost:5173/node_modules/zhengwu/zhengwu_bg.wasm');
  // A build's hashed asset and the package's own folder are left alone.
  assert.equal(at('https://portal.example/assets/zhengwu_bg-Bx1.wasm'), 'https://portal.example/assets/zhengwu_bg-Bx1.wasm');
  assert.equal(at('https://portal.example/node_modules/zhengwu/rules/cn-national.zwr'), 'https://portal.example/node_modules/zhengwu/rules/cn-national.zwr');
});
