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
const setBytes = TypedArray.set;
const { defineProperty } = Object;
const { stringify, parse } = JSON;
const U8 = Uint8Array, Err = Error, finite = Number.isFinite;
const stringSlice = String.prototype.slice, indexOf = String.prototype.indexOf;

// The bytes of a real Uint8Array or ArrayBuffer as a fresh Uint8Array over them; it throws for
// anything else, even when it claims to be one (a Proxy, `Object.create(Uint8Array.prototype)`,
// a lying `length`: the intrinsic getters throw on those).
function bytesOf(v) {
  if (tagOf.call(v) === 'Uint8Array') return new U8(viewBuffer.call(v), viewOffset.call(v), viewLength.call(v));
  return new U8(v, 0, bufferLength.call(v));
}
// How many bytes `v` holds; -1 when it is not bytes, -2 when longer than `max`. The module then
// makes room for them and has pack_copy fill it. Between the two calls the room made may have grown
// the module's memory, which detaches a view of it that a page passed in, and a worker may have
// grown a shared buffer: pack_copy says whether it copied exactly that many bytes.
export function pack_length(v, max) {
  try {
    const len = viewLength.call(bytesOf(v));
    return len > max ? -2 : len;
  } catch { return -1; }
}
export function pack_copy(v, into) {
  try {
    const bytes = bytesOf(v);
    if (viewLength.call(bytes) !== viewLength.call(into)) return false;
    setBytes.call(into, bytes);
    return true;
  } catch { return false; }
}
// An answer's JSON text, written by the module, as a value; undefined if it does not parse
// (which JSON text never parses to).
export function parse_json(text) {
  try { return parse(text); } catch { return undefined; }
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

// What the module keeps on this side, one per module instance (the module holds it: two
// instances of the module share this file, not their caches): the static texts of the reasons
// (rule ids, quotes, documents, the readings of ambiguities), each decoded once and then named
// by its number, and the texts of the deadline rules answered so far (below). The texts are kept
// in an object without a prototype, with their own count: no setter a page puts on a prototype
// can catch one, nor make the count say a text is here when it is not.
export function new_cache() {
  return { __proto__: null, statics: { __proto__: null }, known: 0, deadlines: new Map() };
}
// How many static texts this side holds: the module sends the rest with the next reasons.
export function statics_known(cache) {
  return cache.known;
}

// An answer arrives whole, in one call: its facts (parsed from JSON text, or for a deadline
// built from numbers below) and its reasons, written by the module as a tape
// (src/explain/tape.rs: numbers, and one text holding every text not sent by number). The
// reasons are built here as plain data in the order of their JSON, with object and array
// literals (and `Array.from` for a long list), which define their elements: no setter a page put
// on Object.prototype or Array.prototype runs while they are built. They are set on the answer
// after its facts; nothing of the answer stays in the module. `undefined` when the tape cannot be
// read (the module then throws a coded error): nothing is thrown back into the module.
const REASONS = ['citations', 'trace', 'ambiguities', 'conflicts', 'warnings'];
const objectProto = Object.prototype, DATA = { __proto__: null, value: null, writable: true, enumerable: true, configurable: true };
const Arr = Array, arrayFrom = Array.from, charCodeAt = String.prototype.charCodeAt;
let OPS, TEXT, CACHE, op = 0, at = 0;
const tapeError = () => new Err('tape');
// A text sent in full (entry `x`): up to the next NUL, or as long as its entry says; then its NUL.
function full(x) {
  const from = at, end = x === 1 ? indexOf.call(TEXT, '\u0000', from) : from + (x >>> 1) - 1;
  if (end < 0 || end >= TEXT.length || charCodeAt.call(TEXT, end) !== 0) throw tapeError();
  at = end + 1;
  return stringSlice.call(TEXT, from, end);
}
function text() {
  const x = OPS[op++];
  if ((x & 1) === 1) return full(x);
  if (x >>> 1 >= CACHE.known) throw tapeError();
  return CACHE.statics[x >>> 1];
}
function list(item) {
  const n = OPS[op++];
  switch (n) {
    case 0: return [];
    case 1: return [item()];
    case 2: return [item(), item()];
    case 3: return [item(), item(), item()];
    case 4: return [item(), item(), item(), item()];
    case 5: return [item(), item(), item(), item(), item()];
    case 6: return [item(), item(), item(), item(), item(), item()];
    default: return arrayFrom.call(Arr, { __proto__: null, length: n }, item);
  }
}
const bilingual = () => ({ zh: text(), en: text() });
const citation = () => ({ ruleset: text(), document: text(), article: text(), quote: text(), rule: text() });
const step = () => ({ rule: text(), zh: text(), en: text() });
const reading = () => ({ key: text(), zh: text(), en: text() });
function ambiguity() {
  const id = text(), question = bilingual(), readings = list(reading), applied = text();
  const option = OPS[op++] === 1 ? 'readings.' + id : null;
  return { id, question, readings, applied, option, effect: OPS[op++] === 1 ? bilingual() : null };
}
function conflict() {
  const rule = text(), summary = bilingual(), cited = citation(), inForce = text();
  const due = OPS[op++] === 1 ? text() : null;
  return OPS[op++] === 1
    ? { rule, summary, citation: cited, inForce, due, days: OPS[op++] }
    : { rule, summary, citation: cited, inForce, due };
}
export function with_reasons(cache, answer, ops, tape) {
  try {
    OPS = ops; TEXT = tape; CACHE = cache; op = 0; at = 0;
    const first = OPS[op++], missing = OPS[op++];
    if (missing > 0 && cache.known !== first) return undefined;
    // Each text counted once it is kept: a read stopped half-way leaves a true count.
    for (let i = 0; i < missing; i++) { cache.statics[first + i] = full(OPS[op++]); cache.known = first + i + 1; }
    const reasons = [list(citation), list(step), list(ambiguity), list(conflict), list(bilingual)];
    if (op !== OPS.length || at !== TEXT.length) return undefined;
    // Assigned when nothing on Object.prototype could catch the assignment; defined otherwise.
    if (!(REASONS[0] in objectProto || REASONS[1] in objectProto || REASONS[2] in objectProto || REASONS[3] in objectProto || REASONS[4] in objectProto)) {
      answer.citations = reasons[0]; answer.trace = reasons[1]; answer.ambiguities = reasons[2];
      answer.conflicts = reasons[3]; answer.warnings = reasons[4];
    } else {
      for (let i = 0; i < REASONS.length; i++) { DATA.value = reasons[i]; defineProperty(answer, REASONS[i], DATA); }
      DATA.value = null;
    }
    return answer;
  } catch { return undefined; } finally { OPS = TEXT = CACHE = undefined; }
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
const lastIndexOf = String.prototype.lastIndexOf;
export function learn_deadline(cache, key, facts, names) {
  try {
    const f = parse(facts), n = parse(names);
    mapSet.call(cache.deadlines, key, {
      rule: f.rule, ruleset: f.ruleset, refs: f.refs, name: f.name, duty: f.duty, trigger: f.trigger,
      soft: f.soft, note: f.note, onExpiry: f.onExpiry, extension: f.extension, rulesVersion: f.rulesVersion,
      units: n.units, countings: n.countings, states: n.states,
    });
  } catch {}
}
export function deadline_facts(cache, n, sentences) {
  const s = mapGet.call(cache.deadlines, n[0]);
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
