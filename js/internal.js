// Helpers shared by the package's modules (index.js, rules.js, node.js, elements.js): coded
// errors shaped like the engine's, and the check that the module has started.
import { version } from './zhengwu.js';

/** A coded Error like the engine's: `code`, `field`, Chinese `message`, English `messageEn`. */
export function codedError(code, zh, en, extra = {}) {
  return Object.assign(new Error(zh), { code, field: null, messageEn: en, ...extra });
}

// Whether the wasm instance exists: the generated module keeps it private, so ask it something
// cheap. Only called after a call has failed, so answers cost nothing extra.
export function started() {
  try {
    version();
    return true;
  } catch {
    return false;
  }
}

/** The NOT_INITIALIZED error for a call of `name` before init. */
export function notInitialized(name) {
  return codedError('NOT_INITIALIZED', `调用 ${name}() 之前须先完成 init()（浏览器）或 initSync()（node，或使用 zhengwu/node 的 loadNode()）`,
    `call init() (browser) or initSync() (node, or loadNode() from zhengwu/node) before ${name}()`);
}

/** Guards one function of the module: before init it throws NOT_INITIALIZED. */
export function guard(name, fn) {
  return function guarded(...args) {
    try {
      return fn(...args);
    } catch (e) {
      throw started() ? e : notInitialized(name);
    }
  };
}

/** Throws NOT_INITIALIZED unless the module has started (for helpers such as fetchRules). */
export function requireStarted(name) {
  if (!started()) throw notInitialized(name);
}


/**
 * The packs to load for `rulesets` (ids, or 'all' / undefined for every available one):
 * cn-national first, as every other pack needs it. Unknown ids are a coded error.
 */
export function packOrder(rulesets, available) {
  const wanted = rulesets === undefined || rulesets === 'all' ? available : rulesets;
  if (!Array.isArray(wanted)) {
    throw codedError('INVALID_INPUT', 'rulesets 应为规则集编号的数组或 "all"', 'rulesets must be an array of ruleset ids or "all"', { field: 'rulesets' });
  }
  const ids = ['cn-national', ...wanted.filter((id) => id !== 'cn-national')];
  const unknown = ids.find((id) => !available.includes(id));
  if (unknown !== undefined) throw codedError('UNKNOWN_RULESET', `未知的规则集 \`${unknown}\``, `unknown ruleset \`${unknown}\``, { field: 'rulesets' });
  return ids;
}

// ---- The package's own files under Vite's dev server ----
// `vite dev` pre-bundles dependencies into its cache, node_modules/.vite/deps/, without the files
// they reference (vitejs/vite#8427): there `new URL('./zhengwu_bg.wasm', import.meta.url)` names
// a file that does not exist, and the dev server answers with the page. The package's files are
// still served from where it is installed, node_modules/zhengwu/ beside the cache. Any other URL
// (a Vite or webpack build's hashed asset, the package's own folder) is returned unchanged.
const VITE_DEPS = /(\/node_modules)?\/\.vite\/deps(_temp_[0-9a-f]+)?\//;

export function packageFile(url) {
  const m = VITE_DEPS.exec(url.pathname);
  if (!m) return url;
  const served = new URL(url);
  served.pathname = `${url.pathname.slice(0, m.index)}/node_modules/zhengwu/${url.pathname.slice(m.index + m[0].length)}`;
  return served;
}

/** Whether `url` points into Vite's dependency cache (for the error's advice). */
export function inViteCache(url) {
  return VITE_DEPS.test(url.pathname);
}

// ---- The module and packs carried inside JS modules (zhengwu/inline) ----
// zhengwu/inline registers the module's bytes and each imported zhengwu/inline/rules/<id> its
// pack's (gzip, base64), so that init() and fetchRules() need no file beside the bundle.
export const embedded = { module: null, packs: new Map() };

/** Called by zhengwu/inline: the module's bytes, gzip-compressed, in base64. */
export function embedModule(base64) {
  embedded.module = base64;
}

/** Called by each zhengwu/inline/rules/<id> module: the pack's bytes, gzip-compressed, in base64. */
export function embedPack(id, base64) {
  embedded.packs.set(id, base64);
}

/** The bytes of an embedded file (base64 of gzip), decompressed by the platform's DecompressionStream. */
export async function inflate(base64) {
  if (typeof DecompressionStream !== 'function') {
    throw codedError('MODULE_UNAVAILABLE', '此浏览器不支持 DecompressionStream，无法解压 zhengwu/inline 中的模块：请改用 zhengwu（从文件加载）',
      'this browser has no DecompressionStream to unpack zhengwu/inline: use the zhengwu entry (files beside the bundle) instead');
  }
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
