// Loads the holiday calendars published after the module was built: `await fetchCalendar()`
// after init(). Each year the State Council publishes next year's notice; its calendar travels
// as calendar/<year>.json beside this module (drafted from the notice's text by
// scripts/calendar/draft-notice.mjs), so portals pick it up without a new module.
import { calendarInfo } from './zhengwu.js';
import { loadCalendar } from './fast.js';
import { packageFile } from './internal.js';

export async function fetchCalendar(options = {}) {
  const where = locator(options);
  const added = [];
  // The years after the covered range, in order, until one is not published (404).
  for (let year = nextYear(); ; year = nextYear()) {
    const url = where(year);
    const data = await fetchYear(url);
    if (data === undefined) break;
    if (data?.year !== year) throw failure('INVALID_CALENDAR', url, `文件中的年份不是 ${year}`, `the file's year is not ${year}`);
    try {
      loadCalendar(data);
    } catch (e) {
      throw Object.assign(failure('INVALID_CALENDAR', url, e.message, e.messageEn), { field: e.field ?? null });
    }
    added.push(year);
  }
  return { added, info: calendarInfo() };
}

function nextYear() {
  return Number(calendarInfo().last.slice(0, 4)) + 1;
}

// Where <year>.json is: options.url(year), a folder options.base (relative to the page, as in
// fetchRules), or calendar/ beside this module (under `vite dev`, in the package's folder).
function locator(options) {
  if (typeof options.url === 'function') return (year) => new URL(options.url(year), globalThis.location?.href);
  const base = options.base ? new URL(options.base, globalThis.location?.href) : packageFile(new URL('./calendar/', import.meta.url));
  const folder = base.href.endsWith('/') ? base : new URL(`${base.href}/`);
  return (year) => new URL(`${year}.json`, folder);
}

// The year's parsed JSON, or undefined when the server says it does not exist (not published
// yet); JSON.parse never answers undefined.
async function fetchYear(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw failure('CALENDAR_UNAVAILABLE', url, `网络错误：${e?.message ?? e}`, `network error: ${e?.message ?? e}`);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw failure('CALENDAR_UNAVAILABLE', url, `HTTP ${response.status}`, `HTTP ${response.status}`, response.status);
  const text = await response.text();
  // A single-page app's server answers every path with its index page.
  if (/html/i.test(response.headers.get('content-type') ?? '') || text.trimStart().startsWith('<')) {
    throw failure('INVALID_CALENDAR', url, `HTTP ${response.status}，收到 HTML 页面而不是日历 JSON`, `HTTP ${response.status}, got an HTML page instead of calendar JSON`, response.status);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw failure('INVALID_CALENDAR', url, `HTTP ${response.status}，内容不是 JSON`, `HTTP ${response.status}, the content is not JSON`, response.status);
  }
}

function failure(code, url, zh, en, status = null) {
  return Object.assign(new Error(`无法加载日历 ${url}（${zh}）`), {
    code,
    field: null,
    messageEn: `could not load the calendar ${url} (${en})`,
    url: String(url),
    status,
  });
}
