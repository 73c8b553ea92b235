// wasm-bindgen copies this file to pkg/snippets/zhengwu-<hash>/src/binding/snippet.js.

// What the checks below rely on, read once when the module loads: a page that later replaces a
// global, a prototype method or a getter changes nothing here. Every function the module calls
// catches what JS may throw, so no JS exception unwinds through the module's frames (that
// leaks its stack); stack exhaustion is the one exception nothing can catch.
const TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
const tagOf = getter(TypedArray, Symbol.toStringTag);
const viewBuffer = getter(TypedArray, 'buffer'), viewOffset = getter(TypedArray, 'byteOffset');
const viewLength = getter(TypedArray, 'byteLength'), bufferLength = getter(ArrayBuffer.prototype, 'byteLength');
const { defineProperty, defineProperties, isFrozen } = Object;
const { stringify, parse } = JSON;
const U8 = Uint8Array, Err = Error, finite = Number.isFinite;

// The bytes of a real Uint8Array or ArrayBuffer as a fresh Uint8Array over them; -1 for
// anything else, even when it claims to be one (a Proxy, `Object.create(Uint8Array.prototype)`,
// a lying `length`: the intrinsic getters throw on those); -2 when longer than `max`.
export function pack_bytes(v, max) {
  try {
    if (tagOf.call(v) === 'Uint8Array') {
      const len = viewLength.call(v);
      return len > max ? -2 : new U8(viewBuffer.call(v), viewOffset.call(v), len);
    }
    const len = bufferLength.call(v);
    return len > max ? -2 : new U8(v, 0, len);
  } catch { return -1; }
}
// The coded error the module throws; its properties are defined, not assigned, so setters a
// page put on Object.prototype are not run.
const own = (value) => ({ __proto__: null, value, writable: true, enumerable: true, configurable: true });
export function coded_error(message, code, field, messageEn) {
  const e = new Err(message);
  defineProperty(e, 'code', own(code));
  defineProperty(e, 'field', own(field));
  defineProperty(e, 'messageEn', own(messageEn));
  return e;
}

// JSON text of a query, in one call across the boundary. Values JSON cannot hold are marked
// (see src/input/json.rs) so that they are reported, not dropped, and so is a string too long to copy
// in; a cyclic object, or a getter that throws, gives undefined; text longer than `maxText`
// gives '' (which JSON.stringify never returns).
let maxString = 0;
function mark(key, x) {
  switch (typeof x) {
    case 'number': return finite(x) ? x : '\u0000' + x;
    case 'string': return x.length > maxString ? '\u0000long' : x;
    case 'function': case 'symbol': case 'bigint': return '\u0000unsupported';
    default: return x;
  }
}
export function query_json(v, maxText, maxStr) {
  maxString = maxStr;
  try {
    const text = stringify(v, mark);
    return typeof text === 'string' && text.length > maxText ? '' : text;
  } catch { return undefined; }
}
// `YYYY-MM-DD` built here: cheaper than decoding a string out of the module's memory.
export function civil_date(y, m, d) {
  return y + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}
// A canonical `YYYY-MM-DD` string as the number YYYYMMDD, without copying it into the module;
// -1 for anything else (which then takes the general path and its precise errors).
export function date_code(v) {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// An answer arrives as the JSON text of its facts and the `Reasons` its evaluation recorded
// (src/binding/mod.rs). The reasons' fields are the answer's own enumerable getters, defined
// once when it is made (all answers share the descriptors): the first read renders the recorded
// events, frees them in the module and keeps the result; a write replaces a field's value unless
// the answer was frozen. So field order, JSON.stringify, spread and structuredClone see a plain
// answer, and no answer is ever evaluated twice.
//
// Memory stays bounded however answers are used. The reasons of the last UNREAD answers not yet
// read wait in the module; when one more arrives, the oldest of them is rendered to JSON text,
// which JS keeps (memory the garbage collector sees and reclaims with its answer). Reasons the
// garbage collector finds unreachable first are freed by the `Reasons` wrapper's
// FinalizationRegistry. A loop that never reads reasons pays for rendering those beyond the last
// UNREAD; the module's memory does not grow with the number of answers.
const UNREAD = 256;
const waiting = new Array(UNREAD).fill(null);
let oldest = 0;
// Renders and frees the reasons of a state still holding them in the module.
function settle(s) {
  const r = s.reasons;
  if (r === null) return;
  s.text = r.render();
  s.reasons = null;
  r.free();
}
const STATE = Symbol('zhengwu.reasons');
function reasonsOf(answer) {
  const s = answer[STATE];
  if (s === undefined) return undefined;
  if (s.full === null) {
    settle(s);
    s.full = parse(s.text);
    s.text = null;
  }
  return s.full;
}
const GETTERS = { __proto__: null };
for (const k of ['citations', 'trace', 'ambiguities', 'conflicts', 'warnings']) {
  GETTERS[k] = {
    __proto__: null, enumerable: true, configurable: true,
    get() { return reasonsOf(this)?.[k]; },
    set(v) { const full = reasonsOf(this); if (full !== undefined && !isFrozen(this)) full[k] = v; },
  };
}
export function lazy_answer(facts, reasons) {
  const answer = parse(facts);
  const s = { reasons, text: null, full: null };
  const evicted = waiting[oldest];
  // Called from inside the module: nothing may be thrown back into it. A render that fails
  // leaves those reasons to the finalizer and to a read, which then throws the coded error.
  if (evicted !== null) try { settle(evicted); } catch {}
  waiting[oldest] = s;
  oldest = (oldest + 1) % UNREAD;
  defineProperty(answer, STATE, { __proto__: null, value: s });
  return defineProperties(answer, GETTERS);
}
