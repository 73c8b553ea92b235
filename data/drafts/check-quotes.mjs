#!/usr/bin/env node
// Checks the drafts in this folder (data/drafts/*.toml, the reading of the rows for issue #18):
//
// 1. every citation — any table with `article` and `quote` — quotes its seed verbatim, ignoring
//    whitespace and the width of , ; : ( ) and of quotation marks, and stands inside the cited
//    article: `第三十五条(三)` is the text from the line that opens 第三十五条 to the line that opens
//    the next article; 凉山's `考核、值班和请销假制度 二、` is item 二、 of that section, and a bare
//    section (`调查研究制度`) the whole section; a bare item (`二、`) is that item of the document
//    whose title is the draft's `[ruleset] name_zh` (the 1998 notice in seed 000);
// 2. every conflict naming a national provision (`law`, `article`, `quote`) quotes it as it
//    stands in seeds/cn-national.txt under that article (an empty quote must say `checked = false`);
// 3. every LV-, OQ- and SN- row of tests/fixtures/inventory-ids.txt that no `refs` under
//    data/rules names appears exactly once in the drafts' `refs`, and the drafts name no other row;
// 4. each entry has the fields its kind needs (see README.md), ids are unique and carry the
//    ruleset's prefix.
//
// Usage: node data/drafts/check-quotes.mjs   (from anywhere; no dependencies). Exit 1 on any failure.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const failures = [];
const fail = (msg) => failures.push(msg);

// ------------------------------------------------------------------------------------------------
// A small TOML reader: the subset the drafts use (tables, arrays of tables, basic strings, literal
// strings, integers, floats, booleans, arrays, inline tables, comments).

function parseToml(text, file) {
  let i = 0;
  const out = {};
  let current = out;
  const err = (m) => {
    const line = text.slice(0, i).split('\n').length;
    throw new Error(`${file}:${line}: ${m}`);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const wsnl = () => {
    for (;;) {
      while (i < text.length && /[ \t\r\n]/.test(text[i])) i++;
      if (text[i] === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      } else break;
    }
  };
  const key = () => {
    ws();
    if (text[i] === '"') return str();
    const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
    if (!m) err('key expected');
    i += m[0].length;
    return m[0];
  };
  const dotted = () => {
    const parts = [key()];
    ws();
    while (text[i] === '.') {
      i++;
      parts.push(key());
      ws();
    }
    return parts;
  };
  const str = () => {
    if (text.startsWith('"""', i)) err('multi-line strings are not used in the drafts');
    const q = text[i++];
    let s = '';
    while (i < text.length && text[i] !== q) {
      if (text[i] === '\n') err('newline in string');
      if (q === '"' && text[i] === '\\') {
        const c = text[i + 1];
        const map = { n: '\n', t: '\t', '"': '"', '\\': '\\', r: '\r' };
        if (c in map) {
          s += map[c];
          i += 2;
        } else if (c === 'u') {
          s += String.fromCodePoint(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else err('bad escape');
      } else s += text[i++];
    }
    if (text[i] !== q) err('unterminated string');
    i++;
    return s;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '"' || c === "'") return str();
    if (c === '[') {
      i++;
      const arr = [];
      for (;;) {
        wsnl();
        if (text[i] === ']') {
          i++;
          return arr;
        }
        arr.push(value());
        wsnl();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') err('"," or "]" expected in array');
      }
    }
    if (c === '{') {
      i++;
      const obj = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        const path = dotted();
        ws();
        if (text[i++] !== '=') err('"=" expected in inline table');
        setPath(obj, path, value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        err('"," or "}" expected in inline table');
      }
    }
    const m = /^(true|false|[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) err('value expected');
    i += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    return Number(m[0].replace(/_/g, ''));
  };
  const setPath = (obj, path, v) => {
    let o = obj;
    for (const p of path.slice(0, -1)) {
      if (!(p in o)) o[p] = {};
      o = o[p];
    }
    const last = path[path.length - 1];
    if (last in o) err(`duplicate key ${path.join('.')}`);
    o[last] = v;
  };
  const tableAt = (path, isArray) => {
    let o = out;
    path.forEach((p, n) => {
      const lastPart = n === path.length - 1;
      if (lastPart && isArray) {
        if (!(p in o)) o[p] = [];
        if (!Array.isArray(o[p])) err(`${p} is not an array of tables`);
        const t = {};
        o[p].push(t);
        o = t;
      } else {
        if (!(p in o)) o[p] = {};
        o = Array.isArray(o[p]) ? o[p][o[p].length - 1] : o[p];
      }
    });
    return o;
  };
  for (;;) {
    wsnl();
    if (i >= text.length) break;
    if (text[i] === '[') {
      const isArray = text[i + 1] === '[';
      i += isArray ? 2 : 1;
      const path = dotted();
      if (text[i] !== ']' || (isArray && text[i + 1] !== ']')) err('"]" expected');
      i += isArray ? 2 : 1;
      current = tableAt(path, isArray);
    } else {
      const path = dotted();
      ws();
      if (text[i++] !== '=') err('"=" expected');
      setPath(current, path, value());
    }
    ws();
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') err('end of line expected');
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Seeds and article spans (the logic of tests/quotes.rs).

const normalize = (s) =>
  [...s]
    .filter((c) => !/\s/u.test(c))
    .map((c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '“': '"', '”': '"', '＂': '"' })[c] ?? c)
    .join('');

const seedCache = new Map();
const seedLines = (file) => {
  if (!seedCache.has(file)) {
    const raw = readFileSync(join(root, 'seeds', file), 'utf8');
    seedCache.set(file, raw.split(/\r?\n/).map((l) => l.replace(/^[\s\u3000]+/u, '')));
  }
  return seedCache.get(file);
};

const DIGITS = '一二三四五六七八九十百零〇';
const isNumeral = (s) => s.length > 0 && [...s].every((c) => DIGITS.includes(c));
const opensArticle = (l) => {
  if (!l.startsWith('第')) return false;
  const j = l.indexOf('条');
  return j > 0 && j <= 24 && isNumeral(l.slice(1, j));
};

function spans(lines, opens, ends) {
  const out = [];
  lines.forEach((l, n) => {
    if (opens(l)) {
      let end = lines.length;
      for (let k = n + 1; k < lines.length; k++) {
        if (ends(lines[k])) {
          end = k;
          break;
        }
      }
      out.push(lines.slice(n, end).join('\n'));
    }
  });
  return out;
}

function articleSpans(lines, article, docTitle) {
  article = article.trim();
  if (article.startsWith('第')) {
    const j = article.indexOf('条');
    if (j < 0) return null;
    const head = article.slice(0, j + 1);
    const s = spans(lines, (l) => l.startsWith(head) && opensArticle(l), opensArticle);
    return s.length ? s : null;
  }
  const opensSection = (l) => l.endsWith('制度') || l.endsWith('职责');
  const opensItem = (l) => {
    const k = l.indexOf('、');
    return k > 0 && isNumeral(l.slice(0, k));
  };
  const sp = article.lastIndexOf(' ');
  let section;
  let item;
  if (sp >= 0) {
    section = article.slice(0, sp);
    item = article.slice(sp + 1);
  } else if (article.includes('、') && isNumeral(article.slice(0, article.indexOf('、')))) {
    if (!docTitle) return null;
    section = docTitle;
    item = article;
  } else {
    section = article;
    item = null;
  }
  const heading = lines.findIndex(
    (l) => l.startsWith(section) && ([...l].length <= [...section].length + 4 || l.slice(section.length).startsWith('（')),
  );
  if (heading < 0) return null;
  const rest = lines.slice(heading + 1);
  if (item === null) {
    const end = rest.findIndex(opensSection);
    return [[lines[heading], ...rest.slice(0, end < 0 ? rest.length : end)].join('\n')];
  }
  const num = item.includes('、') ? item.slice(0, item.indexOf('、')) : item;
  const s = spans(rest, (l) => l.startsWith(`${num}、`), (l) => opensItem(l) || opensSection(l));
  return s.length ? [s[0]] : null;
}

// ------------------------------------------------------------------------------------------------
// Rows: the LV/OQ/SN rows no rule under data/rules implements yet.

function walkFiles(dir, ext, acc = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkFiles(p, ext, acc);
    else if (name.endsWith(ext)) acc.push(p);
  }
  return acc;
}

const inventory = readFileSync(join(root, 'tests/fixtures/inventory-ids.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const encoded = new Set();
for (const f of walkFiles(join(root, 'data/rules'), '.toml')) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/refs\s*=\s*\[([^\]]*)\]/g)) {
    for (const r of m[1].matchAll(/"([^"]+)"/g)) encoded.add(r[1]);
  }
}
const remaining = inventory.filter((id) => /^(LV|OQ|SN)-/.test(id) && !encoded.has(id));
const remainingSet = new Set(remaining);

// ------------------------------------------------------------------------------------------------
// The drafts.

const PREFIX = {
  'wenshan-hrss-2019': 'wenshan',
  'liangshan-office-2003': 'liangshan',
  'muli-county-2017': 'muli',
  'panzhihua-dongqu-2012': 'dongqu',
  'zaduo-office-2017': 'zaduo',
  'guangxi-fault-2007': 'guangxi',
  'mohrss-1998': 'mohrss',
};
const KINDS = new Set(['check', 'attendance', 'score', 'amount', 'fact', 'sanction', 'nothing']);
// The check vocabulary of README.md ("Tests").
const TESTS = new Set([
  'not_together', 'at_most_per_section', 'on_duty', 'quorum', 'vote_pass', 'per_period', 'count', 'persons',
  'copies', 'duration', 'timing', 'max_amount', 'eligible', 'confirmed', 'format', 'one_of', 'ratio',
  'min_rank', 'tenure', 'must_file', 'recipients',
]);
const SEVERITIES = new Set(['must', 'should']);
const national = readFileSync(join(root, 'seeds/cn-national.txt'), 'utf8').split(/\r?\n/);

const refCount = new Map();
const ids = new Set();
let quotes = 0;
let conflictsChecked = 0;

for (const name of readdirSync(here).filter((n) => n.endsWith('.toml')).sort()) {
  const rulesetId = name.replace(/\.toml$/, '');
  let doc;
  try {
    doc = parseToml(readFileSync(join(here, name), 'utf8'), name);
  } catch (e) {
    fail(e.message);
    continue;
  }
  const header = doc.ruleset ?? {};
  if (header.id !== rulesetId) fail(`${name}: [ruleset] id must be "${rulesetId}"`);
  const existing = join(root, 'data/rules', rulesetId, 'ruleset.toml');
  let seedFile = header.seed_file;
  if (existsSync(existing)) {
    const m = /seed_file\s*=\s*"([^"]+)"/.exec(readFileSync(existing, 'utf8'));
    if (seedFile && m && seedFile !== m[1]) fail(`${name}: seed_file differs from ${existing}`);
    seedFile = m?.[1] ?? `${rulesetId}.txt`;
  }
  if (!seedFile) {
    fail(`${name}: no seed file (neither data/rules/${rulesetId}/ruleset.toml nor [ruleset] seed_file)`);
    continue;
  }
  const lines = seedLines(seedFile);
  const docTitle = existsSync(existing) ? null : header.name_zh;
  const prefix = PREFIX[rulesetId];
  if (!prefix) fail(`${name}: unknown ruleset (add its id prefix to PREFIX)`);

  const where = (rule, path) => `${name} ${rule?.id ?? '?'}${path ? ` ${path}` : ''}`;

  // Every citation and every conflict, at any depth.
  const visit = (node, rule, path) => {
    if (Array.isArray(node)) {
      node.forEach((v, n) => visit(v, rule, `${path}[${n}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if ('law' in node) {
      checkConflict(node, rule, path);
    } else if ('quote' in node || 'article' in node) {
      checkCitation(node, rule, path);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'refs' && Array.isArray(v)) {
        for (const r of v) refCount.set(r, [...(refCount.get(r) ?? []), where(rule, path)]);
      } else visit(v, rule, path ? `${path}.${k}` : k);
    }
  };
  const checkCitation = (c, rule, path) => {
    if (typeof c.article !== 'string' || typeof c.quote !== 'string' || !c.quote.trim()) {
      fail(`${where(rule, path)}: a citation needs a non-empty article and quote`);
      return;
    }
    quotes++;
    const q = normalize(c.quote);
    const whole = normalize(lines.join('\n'));
    if (!whole.includes(q)) {
      fail(`${where(rule, path)}: quote not in ${seedFile}: ${c.quote}`);
      return;
    }
    const s = articleSpans(lines, c.article, docTitle);
    if (!s) {
      fail(`${where(rule, path)}: article "${c.article}" not found in ${seedFile}`);
      return;
    }
    if (!s.some((t) => normalize(t).includes(q))) {
      fail(`${where(rule, path)}: quote not inside ${c.article}: ${c.quote}`);
    }
  };
  const checkConflict = (c, rule, path) => {
    conflictsChecked++;
    for (const k of ['law', 'article', 'zh', 'en']) {
      if (typeof c[k] !== 'string' || !c[k]) fail(`${where(rule, path)}: a conflict needs ${k}`);
    }
    if (!c.quote) {
      if (c.checked !== false) fail(`${where(rule, path)}: a conflict without a quote must say checked = false`);
      return;
    }
    const j = c.article.indexOf('条');
    const head = j > 0 ? c.article.slice(0, j + 1) : c.article;
    const ok = national.some((l) => l.startsWith(head) && normalize(l).includes(normalize(c.quote)));
    if (!ok) fail(`${where(rule, path)}: conflict quote not in seeds/cn-national.txt under ${head}: ${c.quote}`);
  };

  const rules = doc.rule ?? [];
  if (!rules.length) fail(`${name}: no [[rule]] entries`);
  for (const r of rules) {
    const w = where(r);
    if (typeof r.id !== 'string' || !r.id.startsWith(`${prefix}.`)) fail(`${w}: id must start with "${prefix}."`);
    if (ids.has(r.id)) fail(`${w}: duplicate id`);
    ids.add(r.id);
    if (!KINDS.has(r.kind)) fail(`${w}: kind must be one of ${[...KINDS].join(', ')}`);
    if (!Array.isArray(r.refs) || !r.refs.length) fail(`${w}: refs missing`);
    for (const k of ['name_zh', 'name_en']) if (!r[k]) fail(`${w}: ${k} missing`);
    if (!r.citation) fail(`${w}: citation missing`);
    if (r.kind === 'check') {
      if (!r.form) fail(`${w}: a check needs form`);
      const tests = r.test ? [r.test] : r.tests;
      if (!Array.isArray(tests) || !tests.length || tests.some((t) => !t.test)) fail(`${w}: a check needs test = { test = … } or tests = [...]`);
      for (const t of tests ?? []) {
        if (!TESTS.has(t.test)) fail(`${w}: unknown test "${t.test}"`);
        if (!SEVERITIES.has(t.severity ?? r.severity)) fail(`${w}: test "${t.test}" has no severity (must | should) of its own or the entry's`);
        for (const f of t.facts ?? []) if (!f.key || !f.zh || !f.en) fail(`${w}: every confirmed fact needs key, zh and en`);
      }
      for (const k of ['message_zh', 'message_en']) if (!r[k]) fail(`${w}: a check needs ${k}`);
    }
    if (r.kind === 'fact') for (const k of ['statement_zh', 'statement_en']) if (!r[k]) fail(`${w}: a fact needs ${k}`);
    if (r.kind === 'nothing') for (const k of ['why_zh', 'why_en']) if (!r[k]) fail(`${w}: nothing needs ${k}`);
    if (['attendance', 'score', 'amount'].includes(r.kind)) {
      if (!Array.isArray(r.inputs) || !r.inputs.length) fail(`${w}: a calculator needs inputs`);
      if (!Array.isArray(r.item) || !r.item.length) fail(`${w}: a calculator needs [[rule.item]] entries`);
      for (const it of r.item ?? []) {
        if (!it.key) fail(`${w}: every item needs a key`);
        for (const k of ['label_zh', 'label_en']) if (!it[k]) fail(`${w} item ${it.key}: ${k} missing`);
      }
    }
    for (const a of r.ambiguities ?? []) {
      if (!a.id || !a.reading) fail(`${w}: ambiguities entries need id and reading`);
    }
    if (r.new_ambiguity) {
      const n = r.new_ambiguity;
      if (!n.question_zh || !n.question_en || !Array.isArray(n.readings) || n.readings.length < 2) fail(`${w}: new_ambiguity needs question_zh/en and 2+ readings`);
    }
    visit(r, r, '');
  }
}

for (const id of remaining) {
  const seen = refCount.get(id) ?? [];
  if (seen.length === 0) fail(`row ${id}: in no draft's refs`);
  if (seen.length > 1) fail(`row ${id}: in ${seen.length} refs (${seen.join('; ')})`);
}
for (const [id, seen] of refCount) {
  if (!remainingSet.has(id)) fail(`row ${id} (${seen[0]}): not a remaining LV/OQ/SN row`);
}

const counts = remaining.reduce((m, id) => ((m[id.split('-')[0]] = (m[id.split('-')[0]] ?? 0) + 1), m), {});
console.log(
  `remaining rows: ${remaining.length} (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}); ` +
    `entries: ${ids.size}; quotes checked: ${quotes}; conflicts checked: ${conflictsChecked}`,
);
if (failures.length) {
  console.log(`${failures.length} failure(s):`);
  for (const f of failures) console.log(`  ${f}`);
  process.exit(1);
}
console.log('ok');
