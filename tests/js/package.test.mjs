// The npm package's shape: the pack table of rules.js lists exactly the packs built, every
// function of the module is guarded, the manifest exports what the README documents, and no
// ignore file hides the package from git. (tests/package/ installs and uses the packed tarball.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

const pkg = join(root, 'pkg');

test('rules.js names every pack of rules/ by a literal URL, and nothing else', () => {
  const source = readFileSync(join(pkg, 'rules.js'), 'utf8');
  const listed = [...source.matchAll(/new URL\('\.\/rules\/([a-z0-9-]+)\.zwr', import\.meta\.url\)/g)].map((m) => m[1]).sort();
  const built = readdirSync(join(pkg, 'rules')).filter((f) => f.endsWith('.zwr')).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(listed, built);
  assert.equal(built.length, 7);
});

test('the entry guards every function of the generated module', async () => {
  const glue = await import(join(pkg, 'zhengwu.js'));
  const entry = await import(join(pkg, 'index.js'));
  for (const name of Object.keys(glue).filter((n) => typeof glue[n] === 'function' && !n.startsWith('__'))) {
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
  for (const entry of ['.', './node', './elements', './rules.js', './calendar.js']) {
    assert.ok(existsSync(join(pkg, p.exports[entry].types)), `${entry} types`);
    assert.ok(existsSync(join(pkg, p.exports[entry].default)), `${entry} module`);
  }
  for (const file of p.files) assert.ok(existsSync(join(pkg, file)), file);
  assert.deepEqual(p.sideEffects, ['./snippets/*', './elements.js']);
  assert.equal(existsSync(join(pkg, '.gitignore')), false);
});

test('the package exports only documented functions (F7: no internal entry point)', async () => {
  const entry = await import(join(pkg, 'index.js'));
  assert.deepEqual(Object.keys(entry).filter((name) => name.startsWith('__')), []);
  for (const name of ['deadline', 'timeline', 'addWorkingDays', 'loadRules', 'statutoryHolidays', 'initSync', 'default']) {
    assert.equal(typeof entry[name], 'function', name);
  }
});
