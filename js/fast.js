// The calendar calls on their fast path (issue 13): a `YYYY-MM-DD` string becomes a day number
// here, the module answers with a day number, and the string is built here. No argument is
// probed inside the module and nothing crosses as a JS value. Whatever the fast path does not
// take — another type, a malformed or impossible date, options other than `{}` or
// `{ provisional: boolean }`, a count that is not a whole number in range, or a day the calendar
// refuses — goes to the full function, which answers it or throws its coded error, so the two
// paths cannot disagree on what is an error.
import * as glue from './zhengwu.js';
import { guard } from './internal.js';

// Day numbers count days from 0001-01-01 = 1, as chrono's `num_days_from_ce` does;
// 1970-01-01 is day 719163.
const UNIX_EPOCH_DAY = 719163;
const MAX_WORKING_DAYS = 100000;
const NO_DATE = -2147483648; // the module's i32::MIN sentinel

function twoOrFour(s, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function monthDays(y, m) {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day number of a valid `YYYY-MM-DD` string, or -1. */
export function dayNumber(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y = twoOrFour(s, 0, 4), m = twoOrFour(s, 5, 7), d = twoOrFour(s, 8, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > monthDays(y, m)) return -1;
  // Days from 1970-01-01 (H. Hinnant's days_from_civil), shifted to day numbers.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + UNIX_EPOCH_DAY;
}

/** The `YYYY-MM-DD` string of a day number (civil_from_days). */
export function dateOf(day) {
  const z = day - UNIX_EPOCH_DAY + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return (y < 1000 ? String(y).padStart(4, '0') : y) + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
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
    const out = glue.__addWorkingDaysFast(day, n, mode === 1);
    if (out !== NO_DATE) return dateOf(out);
  }
  return glue.addWorkingDays(date, n, options);
}

function fastIsWorkingDay(date, options) {
  const day = dayNumber(date), mode = modeOf(options);
  if (day > 0 && mode !== SLOW) {
    const out = glue.__isWorkingDayFast(day, mode === 1);
    if (out >= 0) return out === 1;
  }
  return glue.isWorkingDay(date, options);
}

function fastWorkingDaysBetween(from, to, options) {
  const a = dayNumber(from), b = dayNumber(to), mode = modeOf(options);
  if (a > 0 && b > 0 && mode !== SLOW) {
    const out = glue.__workingDaysBetweenFast(a, b, mode === 1);
    if (out === out) return out; // not NaN
  }
  return glue.workingDaysBetween(from, to, options);
}

export const addWorkingDays = guard('addWorkingDays', fastAddWorkingDays);
export const isWorkingDay = guard('isWorkingDay', fastIsWorkingDay);
export const workingDaysBetween = guard('workingDaysBetween', fastWorkingDaysBetween);
