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

function notInitialized(name) {
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
