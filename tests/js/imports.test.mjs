// The wasm module imports nothing that reads a clock, the network or randomness.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './load.mjs';

test('wasm imports are only wasm-bindgen glue for values, strings, errors and JSON', () => {
  const module = new WebAssembly.Module(readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm')));
  const imports = WebAssembly.Module.imports(module);
  const names = imports.map((i) => `${i.module}.${i.name}`);
  assert.ok(names.length > 0);
  // (civil_date and date_code are the module's own helpers in its snippet, checked below.)
  const forbidden = /Date\b|_now|getTime|timezone|random|crypto|fetch|performance|xmlhttp|websocket|getrandom|clock|location|navigator|storage/i;
  assert.deepEqual(names.filter((n) => forbidden.test(n.replace(/civil_date|date_code/g, ''))), [], names.join('\n'));
  // The JS glue likewise never calls Date, Math.random, crypto or fetch.
  const glue = readFileSync(join(root, 'pkg', 'zhengwu.js'), 'utf8');
  for (const api of ['Date(', 'Date.now', 'Math.random', 'crypto.', 'performance.now', 'XMLHttpRequest']) {
    assert.ok(!glue.includes(api), `pkg/zhengwu.js uses ${api}`);
  }
  // `fetch` appears only in init()'s loading of the module's own .wasm file (a URL the caller controls).
  assert.ok(glue.split('fetch(').length <= 2);
  // The module's JS snippet (query JSON, lazy answers, dates) uses none of them either, nor fetch.
  const snippets = join(root, 'pkg', 'snippets');
  const files = readdirSync(snippets, { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const js = readFileSync(join(snippets, file), 'utf8');
    for (const api of ['Date(', 'Date.now', 'Math.random', 'crypto.', 'performance.now', 'XMLHttpRequest', 'fetch(']) {
      assert.ok(!js.includes(api), `${file} uses ${api}`);
    }
  }
  // pkg/rules.js fetches rules packs (the portal's own files) and nothing else.
  const rules = readFileSync(join(root, 'pkg', 'rules.js'), 'utf8');
  assert.equal(rules.split('fetch(').length, 2);
  for (const api of ['Date(', 'Date.now', 'Math.random', 'crypto.', 'performance.now']) assert.ok(!rules.includes(api));
});
