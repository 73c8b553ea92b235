// wasm-bindgen copies this file to pkg/snippets/zhengwu-<hash>/src/binding/snippet.js.
import { __explain } from '../../../../zhengwu.js';

// What the checks below rely on, read once when the module loads: a page that later replaces a
// global, a prototype method or a getter changes nothing here. Every function the module calls
// catches what JS may throw, so no JS exception unwinds through the module's frames (that
// leaks its stack); stack exhaustion is the one exception nothing can catch.
const TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
const tagOf = getter(TypedArray, Symbol.toStringTag);
const viewBuffer = getter(TypedArray, 'buffer'), viewOffset = getter(TypedArray, 'byteOffset');
const viewLength = getter(TypedArray, 'byteLength'), bufferLength = getter(ArrayBuffer.prototype, 'byteLength');
const { defineProperty, keys, isSealed, is } = Object;
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
// A string of at most `max` code units, else undefined (nothing longer is copied in).
export function short_text(v, max) {
  return typeof v === 'string' && v.length <= max ? v : undefined;
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
// The last query read; lazy_answer keeps it to explain the answer later.
let lastQuery = '';
export function query_json(v, maxText, maxStr) {
  maxString = maxStr;
  try {
    const text = stringify(v, mark);
    return typeof text === 'string' && text.length > maxText ? '' : (lastQuery = text);
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

// Answers arrive as a summary whose explanation fields hold -0 (src/explain/mod.rs). They become
// getters that, on first read, evaluate the same query in full (same calendar generation) and
// turn every marked field into a plain data property. Field order, JSON.stringify, spread and
// structuredClone see a plain answer. Only the answer's own keys are read (`keys`, not
// `for…in`), so properties a page added to Object.prototype never become part of an answer.
const STATE = Symbol('zhengwu.lazy');
const shapes = new Map();
function fill(answer) {
  const s = answer[STATE];
  if (s.full === null) {
    s.full = parse(__explain(s.kind, s.query, s.generation));
    // A frozen or sealed answer keeps its getters (which now return the filled values).
    if (!isSealed(answer)) {
      for (const k of s.keys) defineProperty(answer, k, own(s.full[k]));
    }
  }
  return s.full;
}
function getters(lazy) {
  const shape = lazy.join(',');
  let d = shapes.get(shape);
  if (d === undefined) {
    d = { __proto__: null };
    for (const k of lazy) {
      d[k] = { __proto__: null, enumerable: true, configurable: true, get() { return fill(this)[k]; }, set(v) { fill(this); if (!isSealed(this)) this[k] = v; } };
    }
    shapes.set(shape, d);
  }
  return d;
}
export function lazy_answer(json, kind, generation) {
  const summary = parse(json);
  const all = keys(summary), lazy = [];
  for (const k of all) if (is(summary[k], -0)) lazy.push(k);
  const d = getters(lazy);
  // A fresh object, filled in the summary's key order, is cheaper than redefining its fields;
  // its fields are defined, so a setter or read-only property on Object.prototype is not hit.
  const answer = {};
  for (const k of all) defineProperty(answer, k, is(summary[k], -0) ? d[k] : own(summary[k]));
  defineProperty(answer, STATE, { __proto__: null, value: { kind, query: lastQuery, generation, keys: lazy, full: null } });
  return answer;
}