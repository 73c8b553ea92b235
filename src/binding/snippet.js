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

// An answer arrives as its facts (parsed from JSON text, or for a deadline built from numbers
// below) and the `Reasons` its evaluation recorded (src/binding/mod.rs). The reasons' fields are
// the answer's own enumerable getters, defined once when it is made (all answers share the
// descriptors): the first read renders the recorded events, frees them in the module and keeps
// the result; a write replaces a field's value unless the answer was frozen. So field order,
// JSON.stringify, spread and structuredClone see a plain answer, and no answer is ever evaluated
// twice.
//
// Memory stays bounded however answers are used. The reasons of the last UNREAD answers not yet
// read wait in the module; when one more arrives, the oldest of them is rendered to JSON text,
// whose UTF-8 bytes JS keeps (memory the garbage collector sees and reclaims with its answer) and
// decodes only if they are ever read. Reasons the garbage collector finds unreachable first are
// freed by the `Reasons` wrapper's FinalizationRegistry. A loop that never reads reasons pays for
// rendering those beyond the last UNREAD; the module's memory does not grow with the number of
// answers.
const UNREAD = 256;
const waiting = new Array(UNREAD).fill(null);
let oldest = 0;
const utf8 = new TextDecoder(), decode = TextDecoder.prototype.decode;
// Puts aside the reasons of a state still holding them in the module: their text's bytes kept,
// the module's copy freed.
function putAside(s) {
  const r = s.reasons;
  if (r === null) return;
  s.bytes = r.renderBytes();
  s.reasons = null;
  r.free();
}
const STATE = Symbol('zhengwu.reasons');
function reasonsOf(answer) {
  const s = answer[STATE];
  if (s === undefined) return undefined;
  if (s.full === null) {
    const r = s.reasons;
    if (r !== null) {
      s.full = parse(r.render());
      s.reasons = null;
      r.free();
    } else {
      s.full = parse(decode.call(utf8, s.bytes));
      s.bytes = null;
    }
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
export function lazy_object(answer, reasons) {
  const s = { reasons, bytes: null, full: null };
  const evicted = waiting[oldest];
  // Called from inside the module: nothing may be thrown back into it. A render that fails
  // leaves those reasons to the finalizer and to a read, which then throws the coded error.
  if (evicted !== null) try { putAside(evicted); } catch {}
  waiting[oldest] = s;
  oldest = (oldest + 1) % UNREAD;
  defineProperty(answer, STATE, { __proto__: null, value: s });
  return defineProperties(answer, GETTERS);
}

// A deadline's facts built from numbers (src/binding/deadline_facts.rs): the rule's own texts are
// learned once per rule (`learn_deadline`, from the facts of its first answer as JSON text) and
// kept here; each answer brings its dates as YYYYMMDD (and HHMM for a moment, −1 for none), its
// counts, and its two sentences (one string, cut at its last NUL). Every object is built afresh,
// in the order of the answer's JSON, so an answer shares nothing with another. `undefined` when
// the rule's texts are not known yet (the module then sends them and asks again) or the numbers
// do not fit them (the module then sends JSON text).
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);
function when(ymd, hm) {
  const md = ymd % 10000;
  const date = civil_date((ymd / 10000) | 0, (md / 100) | 0, md % 100);
  return hm < 0 ? date : date + 'T' + TWO[(hm / 100) | 0] + ':' + TWO[hm % 100];
}
const texts = (t) => (t === null ? null : { zh: t.zh, en: t.en });
const range = (n, i) => (n[i] === 1 ? { earliest: when(n[i + 1], n[i + 2]), latest: when(n[i + 3], n[i + 4]) } : null);
const orNull = (x) => (x === x ? x : null); // NaN is null
// The intrinsics the builder calls, read once (see the top of this file).
const mapGet = Map.prototype.get, mapSet = Map.prototype.set, arraySlice = Array.prototype.slice;
const stringSlice = String.prototype.slice, lastIndexOf = String.prototype.lastIndexOf;
const deadlineRules = new Map();
export function learn_deadline(key, facts, names) {
  try {
    const f = parse(facts), n = parse(names);
    mapSet.call(deadlineRules, key, {
      rule: f.rule, ruleset: f.ruleset, refs: f.refs, name: f.name, duty: f.duty, trigger: f.trigger,
      soft: f.soft, note: f.note, onExpiry: f.onExpiry, extension: f.extension, rulesVersion: f.rulesVersion,
      units: n.units, countings: n.countings, states: n.states,
    });
  } catch {}
}
export function deadline_facts(n, sentences) {
  const s = mapGet.call(deadlineRules, n[0]);
  if (s === undefined) return undefined;
  const cut = lastIndexOf.call(sentences, '\u0000');
  const text = stringSlice.call(sentences, 0, cut), statusText = stringSlice.call(sentences, cut + 1);
  try {
    const e = s.extension;
    return {
      rule: s.rule, ruleset: s.ruleset, refs: arraySlice.call(s.refs),
      name: texts(s.name), duty: texts(s.duty), trigger: texts(s.trigger),
      start: when(n[1], n[2]), due: when(n[3], n[4]), dueRange: range(n, 5),
      earliest: n[10] < 0 ? null : when(n[10], -1),
      extendedDue: n[11] < 0 ? null : when(n[11], n[12]),
      extendedDueRange: range(n, 13),
      extension: n[18] === 1 ? { amount: e.amount, unit: e.unit, approver: texts(e.approver), granted: n[19] === 1 } : null,
      period: n[20] === 1
        ? { amount: n[21], unit: s.units[n[22]], counting: s.countings[n[23]], calendarDays: n[24], workingDays: orNull(n[25]) }
        : null,
      soft: s.soft, note: texts(s.note), onExpiry: texts(s.onExpiry),
      status: n[26] === 1
        ? { state: s.states[n[27]], on: when(n[28], -1), daysLeft: orNull(n[29]), daysOver: orNull(n[30]), text: statusText }
        : null,
      text, missing: [], provisional: n[31] === 1, rulesVersion: s.rulesVersion,
    };
  } catch { return undefined; }
}
