// Loads zhengwu rules packs with fetch: `await fetchRules(['wenshan-hrss-2019'])` after init().
// Each ruleset's rules travel as a pack file, rules/<id>.zwr, beside this module; cn-national
// (national law and the ambiguity definitions) is loaded first, as every other pack needs it.
// In node, use loadNode() from zhengwu/node, which reads the same files.
import { loadRules, __loadRulesHashed as loadRulesHashed, rulesets as packState } from './zhengwu.js';
import { codedError, embedded, inflate, packOrder, packageFile, requireStarted } from './internal.js';

// One literal URL per pack, so that Vite and webpack 5 copy every pack into the build as they
// copy the .wasm; a page without a bundler resolves the same URLs beside this file (Rollup
// leaves them alone: zhengwu/inline/rules/<id> carries a pack in JS). tests/js/package.test.mjs
// checks the table lists exactly the packs in rules/.
const PACKS = {
  'cn-national': new URL('./rules/cn-national.zwr', import.meta.url),
  'guangxi-fault-2007': new URL('./rules/guangxi-fault-2007.zwr', import.meta.url),
  'liangshan-office-2003': new URL('./rules/liangshan-office-2003.zwr', import.meta.url),
  'mohrss-1998': new URL('./rules/mohrss-1998.zwr', import.meta.url),
  'muli-county-2017': new URL('./rules/muli-county-2017.zwr', import.meta.url),
  'panzhihua-dongqu-2012': new URL('./rules/panzhihua-dongqu-2012.zwr', import.meta.url),
  'wenshan-hrss-2019': new URL('./rules/wenshan-hrss-2019.zwr', import.meta.url),
  'zaduo-office-2017': new URL('./rules/zaduo-office-2017.zwr', import.meta.url),
};

// Fetches under way, by URL: elements that start together ask for cn-national once.
const inFlight = new Map();
const MAGIC = [0x5a, 0x57, 0x52, 0x50]; // "ZWRP", the first bytes of every pack

export async function fetchRules(rulesets, options = {}) {
  requireStarted('fetchRules');
  const ids = packOrder(rulesets, packState().available);
  // Packs already loaded are not fetched again (loading one twice would change nothing). A pack's
  // fetch stays shared until it is loaded, so a call that starts between the two waits for it.
  const wanted = ids.filter((id) => !isLoaded(id)).map((id) => packBytes(id, options.base));
  try {
    const files = await Promise.all(wanted.map((w) => w.bytes.then(withContentHash)));
    for (const [bytes, hash] of files) {
      if (hash === null) loadRules(bytes);
      else loadRulesHashed(bytes, hash);
    }
  } finally {
    for (const w of wanted) inFlight.delete(w.key);
  }
  const now = packState().loaded;
  return ids.map((id) => now.find((r) => r.ruleset === id));
}

// A pack's bytes with the SHA-256 of its content (every byte before its own hash, the last 32),
// computed by the platform (WebCrypto, off the main thread) so that the module compares hashes
// instead of hashing the pack itself: in Chromium that was ~10 ms of 文山's load, most of it. Null
// where WebCrypto is missing (a page served over plain http, not localhost): the module then
// hashes the pack. The hash is of the bytes fetched, so an edited pack is refused either way.
const subtle = globalThis.crypto?.subtle ?? null;
const digest = subtle?.digest ?? null;
async function withContentHash(bytes) {
  if (digest === null || bytes.length < 32) return [bytes, null];
  try {
    return [bytes, new Uint8Array(await digest.call(subtle, 'SHA-256', bytes.subarray(0, bytes.length - 32)))];
  } catch {
    return [bytes, null];
  }
}

function isLoaded(id) {
  return packState().loaded.some((r) => r.ruleset === id);
}

// A pack carried in the bundle (zhengwu/inline/rules/<id> imported) is unpacked; with
// zhengwu/inline, a pack not imported is named as such rather than fetched from a file the
// build does not have; otherwise the pack is fetched.
function packBytes(id, base) {
  if (!base && embedded.packs.has(id)) return once(`embedded:${id}`, () => inflate(embedded.packs.get(id)));
  if (!base && embedded.module !== null) {
    return { key: null, bytes: Promise.reject(typedError('RULESET_NOT_LOADED', `规则包 ${id} 不在打包结果中：请加入 import 'zhengwu/inline/rules/${id}'`,
      `the rules pack ${id} is not in the bundle: add import 'zhengwu/inline/rules/${id}'`)) };
  }
  const url = packUrl(id, base);
  return once(url.href, () => fetchPack(url));
}

// options.base is a folder relative to the page; without it, the pack beside this module (under
// `vite dev`, in the package's folder rather than the dev server's dependency cache).
function packUrl(id, base) {
  if (!base) return packageFile(PACKS[id] ?? new URL(`./rules/${id}.zwr`, import.meta.url));
  const folder = new URL(base, globalThis.location?.href);
  return new URL(`${id}.zwr`, folder.href.endsWith('/') ? folder : `${folder.href}/`);
}

// The shared fetch of `key`, started once; fetchRules forgets it when its packs are loaded (or
// the fetch failed, so a later call tries again).
function once(key, get) {
  if (!inFlight.has(key)) inFlight.set(key, get());
  return { key, bytes: inFlight.get(key) };
}

// The pack's bytes. A server without the file says so with its status; a server that answers
// every path with its index page (a single-page app's fallback) is named as such, not taken for
// a damaged pack.
async function fetchPack(url) {
  if (url.protocol === 'data:') return dataUrlBytes(url);
  const failed = (zh, en) => typedError('RULESET_NOT_LOADED', `无法获取 ${url}（${zh}）`, `could not fetch ${url} (${en})`, { url: url.href });
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw failed(String(e?.message ?? e), String(e?.message ?? e));
  }
  if (!response.ok) throw failed(`HTTP ${response.status}`, `HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!MAGIC.every((b, i) => bytes[i] === b)) {
    const type = response.headers.get('content-type') || '未注明类型';
    throw typedError('RULESET_NOT_LOADED', `不是规则包：从 ${url} 收到 ${type}`, `not a rules pack: got ${type === '未注明类型' ? 'no content type' : type} from ${url}`, { url: url.href });
  }
  return bytes;
}

// A bundler may inline a small pack as a data: URL (Vite does below 4 KB: the 1998 notice's pack).
// It is decoded here rather than fetched: a page's CSP (connect-src) seldom allows data: URLs.
function dataUrlBytes(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  const payload = href.slice(comma + 1);
  const text = href.slice(0, comma).endsWith(';base64') ? atob(payload) : decodeURIComponent(payload);
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  if (!MAGIC.every((b, i) => bytes[i] === b)) {
    throw typedError('RULESET_NOT_LOADED', '不是规则包：内嵌的 data: 地址', 'not a rules pack: an inlined data: URL');
  }
  return bytes;
}

function typedError(code, zh, en, extra = {}) {
  return codedError(code, zh, en, { field: 'rulesets', ...extra });
}
