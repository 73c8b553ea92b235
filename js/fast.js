// The calendar calls on their fast path (issue 13): a `YYYY-MM-DD` string becomes a day number
// here, the module answers with a day number, and the string is built here. No argument is
// probed inside the module and nothing crosses as a JS value. Whatever the fast path does not
// take — another type, a malformed or impossible date, options other than `{}` or
// `{ provisional: boolean }`, a count that is not a whole number in range, or a day the calendar
// refuses — goes to the full function, which answers it or throws its coded error, so the two
// paths cannot disagree on what is an error.
import {
  __addWorkingDaysFast, __isWorkingDayFast, __workingDaysBetweenFast, __workingDayTable, __deadlineFlat,
  addWorkingDays as fullAddWorkingDays, isWorkingDay as fullIsWorkingDay, workingDaysBetween as fullWorkingDaysBetween,
  loadCalendar as fullLoadCalendar, deadline as fullDeadline,
} from './zhengwu.js';
import { notInitialized, started } from './internal.js';

// Day numbers count days from 0001-01-01 = 1, as chrono's `num_days_from_ce` does
// (1970-01-01 is day 719163).
const MAX_WORKING_DAYS = 100000;
const NO_DATE = -2147483648; // the module's i32::MIN sentinel

// Days before each month in a common year (index 1..12).
const BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_LENGTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? '0' : '') + i);
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
// Days before 1 January of year y (y ≥ 1), counted from 0001-01-01.
const daysBeforeYear = (y) => {
  const p = y - 1;
  return p * 365 + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0);
};

function digit(s, i) {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -10000;
}

/** The day number of a valid `YYYY-MM-DD` string, or -1. */
export function dayNumber(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 1 || m < 1 || m > 12 || d < 1) return -1;
  const leap = isLeap(y);
  if (d > (m === 2 && leap ? 29 : MONTH_LENGTH[m])) return -1;
  return daysBeforeYear(y) + BEFORE_MONTH[m] + (leap && m > 2 ? 1 : 0) + d;
}

/** The `YYYY-MM-DD` string of a day number (1 ≤ day ≤ 3652059, years 1–9999). */
export function dateOf(day) {
  // The year: estimate from the mean year, then correct by at most one.
  let y = ((day - 1) / 365.2425 + 1) | 0;
  if (daysBeforeYear(y) >= day) y--;
  else if (daysBeforeYear(y + 1) < day) y++;
  let doy = day - daysBeforeYear(y); // 1-based day of the year
  const leap = isLeap(y);
  let m = 12;
  while (BEFORE_MONTH[m] + (leap && m > 2 ? 1 : 0) >= doy) m--;
  const d = doy - BEFORE_MONTH[m] - (leap && m > 2 ? 1 : 0);
  return (y >= 1000 ? '' + y : ('000' + y).slice(-4)) + '-' + TWO_DIGITS[m] + '-' + TWO_DIGITS[d];
}

const SLOW = -1;
// 0 strict, 1 provisional, SLOW for any other options (the full function reads them).
function modeOf(options) {
  if (options === undefined) return 0;
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return SLOW;
  const keys = Object.keys(options);
  if (keys.length === 0) return 0;
  if (keys.length !== 1 || keys[0] !== 'provisional') return SLOW;
  const p = options.provisional;
  return p === true ? 1 : p === false ? 0 : SLOW;
}

function fastAddWorkingDays(date, n, options) {
  const day = dayNumber(date), mode = modeOf(options);
  if (day > 0 && mode !== SLOW && Number.isInteger(n) && n >= -MAX_WORKING_DAYS && n <= MAX_WORKING_DAYS) {
    // Within the published days, from the table: the n-th working day after (n > 0: counting
    // from the working days up to and including `day`) or before it.
    const t = publishedTable();
    if (day >= t.first && day <= t.last) {
      const i = day - t.first;
      if (n === 0) return date;
      const k = n > 0 ? t.before[i + 1] + n - 1 : t.before[i] + n;
      if (k >= 0 && k < t.nth.length) return dateOf(t.nth[k]);
    }
    const out = __addWorkingDaysFast(day, n, mode === 1);
    if (out !== NO_DATE) return dateOf(out);
  }
  return fullAddWorkingDays(date, n, options);
}

// The published days as the module reads them (one byte a day), asked for on first use and
// forgotten when a calendar is loaded: a published day is answered here without a call.
// With it, the working days before each day and the working days in order, so that adding
// working days within the published range is two array reads (as the module's prefix counts do).
let table = null;
function publishedTable() {
  if (table === null) {
    const bytes = __workingDayTable();
    const first = bytes.length > 4 ? bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24) : 0;
    const days = bytes.subarray(4);
    const before = new Int32Array(days.length + 1);
    const nth = [];
    for (let i = 0; i < days.length; i++) {
      before[i + 1] = before[i] + days[i];
      if (days[i] === 1) nth.push(first + i);
    }
    table = { first, last: first + days.length - 1, days, before, nth };
  }
  return table;
}

/** loadCalendar, forgetting the table of published days (a new notice may change the last days). */
export function loadCalendar(data) {
  table = null;
  try {
    return fullLoadCalendar(data);
  } catch (e) {
    throw started() ? e : notInitialized('loadCalendar');
  }
}

function fastIsWorkingDay(date, options) {
  const day = dayNumber(date), mode = modeOf(options);
  if (day > 0 && mode !== SLOW) {
    // Published days read the same in both modes.
    const t = publishedTable();
    if (day >= t.first && day <= t.last) return t.days[day - t.first] === 1;
    const out = __isWorkingDayFast(day, mode === 1);
    if (out >= 0) return out === 1;
  }
  return fullIsWorkingDay(date, options);
}

function fastWorkingDaysBetween(from, to, options) {
  const a = dayNumber(from), b = dayNumber(to), mode = modeOf(options);
  if (a > 0 && b > 0 && mode !== SLOW) {
    const out = __workingDaysBetweenFast(a, b, mode === 1);
    if (out === out) return out; // not NaN
  }
  return fullWorkingDaysBetween(from, to, options);
}

// Guarded as every export of the package is (before init: NOT_INITIALIZED), with fixed arity:
// a rest-parameter wrapper would cost an array per call.
export function addWorkingDays(date, n, options) {
  try {
    return fastAddWorkingDays(date, n, options);
  } catch (e) {
    throw started() ? e : notInitialized('addWorkingDays');
  }
}

export function isWorkingDay(date, options) {
  try {
    return fastIsWorkingDay(date, options);
  } catch (e) {
    throw started() ? e : notInitialized('isWorkingDay');
  }
}

export function workingDaysBetween(from, to, options) {
  try {
    return fastWorkingDaysBetween(from, to, options);
  } catch (e) {
    throw started() ? e : notInitialized('workingDaysBetween');
  }
}

// deadline() on its fast path (issue 13, item 2: "queries too, if that is faster"): a query
// object whose values are all strings and booleans, under keys a deadline reads — the call a
// portal makes for every row of a list — crosses as those values (`__deadlineFlat`), not as JSON
// text written here and read again in the module (that took a third of a facts-only deadline).
// The module builds from them the query the JSON text would have given, so the two paths answer
// and fail alike (tests/js/deadline-facts.test.mjs). Anything else goes to the full function: a
// key not listed here (`readings`, `pauses`, a misspelling), another type, a string longer than
// the module takes (MAX_STRING) or holding a NUL (the separator here; the JSON path marks values
// with one), an object that is not plain, a getter or a Proxy trap that throws. Each value is
// read once. The lists are the module's FLAT_TEXTS and FLAT_FLAGS, in the same order.
const DEADLINE_TEXTS = ['ruleset', 'rule', 'ref', 'start', 'asOf', 'done', 'setDue', 'lang'];
const DEADLINE_FLAGS = ['extended', 'strict', 'provisional', 'reasons'];
const MAX_STRING = 1000;
const SLOW_QUERY = -1;
const objectProto = Object.prototype, protoOf = Object.getPrototypeOf, ownKeys = Object.keys;
const texts = new Array(DEADLINE_TEXTS.length);
// Reads a flat query into `texts` and returns its bits (see __deadlineFlat), or SLOW_QUERY.
function flatQuery(q) {
  if (typeof q !== 'object' || q === null || protoOf(q) !== objectProto) return SLOW_QUERY;
  texts.fill(undefined);
  let bits = 0;
  const keys = ownKeys(q);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i], value = q[key];
    // Absent as the JSON text would have it: undefined leaves the key out, null reads as absent.
    if (value === undefined || value === null) continue;
    const t = DEADLINE_TEXTS.indexOf(key);
    if (t >= 0) {
      if (typeof value !== 'string' || value.length > MAX_STRING || value.indexOf('\0') >= 0) return SLOW_QUERY;
      texts[t] = value;
      bits |= 1 << t;
      continue;
    }
    const f = DEADLINE_FLAGS.indexOf(key);
    if (f < 0 || typeof value !== 'boolean') return SLOW_QUERY;
    bits |= (value ? 2 : 1) << (8 + 2 * f);
  }
  return bits;
}

function fastDeadline(q) {
  let bits;
  try {
    bits = flatQuery(q);
  } catch {
    bits = SLOW_QUERY; // the full function reads it again and says what is wrong
  }
  if (bits === SLOW_QUERY) return fullDeadline(q);
  // The strings present, in the order of DEADLINE_TEXTS, joined by NULs.
  let joined = '', first = true;
  for (let t = 0; t < texts.length; t++) {
    if (texts[t] === undefined) continue;
    joined = first ? texts[t] : joined + '\0' + texts[t];
    first = false;
  }
  return __deadlineFlat(joined, bits);
}

export function deadline(q) {
  try {
    return fastDeadline(q);
  } catch (e) {
    throw started() ? e : notInitialized('deadline');
  }
}
