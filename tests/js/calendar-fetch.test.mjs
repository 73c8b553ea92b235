// fetchCalendar (pkg/calendar.js) with a stubbed globalThis.fetch. The "2027" calendar it loads is
// drafted by scripts/calendar/draft-notice.mjs from tests/fixtures/notice-2027-test.txt, a made-up
// text marked as test data (the real 2027 notice was not published when this was written).
// The tests run in order: the ones that must not load anything come first.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import z, { root } from './load.mjs';

const { fetchCalendar } = await import(pathToFileURL(join(root, 'pkg', 'calendar.js')).href);
const beside = (year) => pathToFileURL(join(root, 'pkg', 'calendar', `${year}.json`)).href;

// The test year's data, made by the drafting command from the made-up text.
const draft = join(mkdtempSync(join(tmpdir(), 'zhengwu-fetch-')), '2027.json');
execFileSync(process.execPath, [join(root, 'scripts', 'calendar', 'draft-notice.mjs'), join(root, 'tests', 'fixtures', 'notice-2027-test.txt'), '--out', draft], { stdio: 'pipe' });
const data2027 = readFileSync(draft, 'utf8');

/** Serves `routes` (URL → Response factory); anything else is a 404. Returns the URLs asked for. */
function serve(routes) {
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(String(url));
    const answer = routes[String(url)];
    return answer ? answer() : new Response('Not Found', { status: 404 });
  };
  return asked;
}
const json = (body) => () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return assert.fail('fetchCalendar resolved');
}

test('a network failure is a coded error naming the URL', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('fetch failed');
  };
  const e = await rejection(fetchCalendar());
  assert.equal(e.code, 'CALENDAR_UNAVAILABLE');
  assert.equal(e.field, null);
  assert.equal(e.message, `无法加载日历 ${beside(2027)}（网络错误：fetch failed）`);
  assert.equal(e.messageEn, `could not load the calendar ${beside(2027)} (network error: fetch failed)`);
});

test('an HTTP error other than 404 names the URL and the status', async () => {
  serve({ [beside(2027)]: () => new Response('oops', { status: 503 }) });
  const e = await rejection(fetchCalendar());
  assert.equal(e.code, 'CALENDAR_UNAVAILABLE');
  assert.equal(e.message, `无法加载日历 ${beside(2027)}（HTTP 503）`);
  assert.equal(e.status, 503);
});

test('an HTML page (a single-page app fallback) and non-JSON are refused', async () => {
  serve({ [beside(2027)]: () => new Response('<!doctype html><title>portal</title>', { status: 200, headers: { 'content-type': 'text/html' } }) });
  const html = await rejection(fetchCalendar());
  assert.equal(html.code, 'INVALID_CALENDAR');
  assert.equal(html.messageEn, `could not load the calendar ${beside(2027)} (HTTP 200, got an HTML page instead of calendar JSON)`);
  serve({ [beside(2027)]: () => new Response('year: 2027', { status: 200 }) });
  const text = await rejection(fetchCalendar());
  assert.equal(text.code, 'INVALID_CALENDAR');
  assert.equal(text.messageEn, `could not load the calendar ${beside(2027)} (HTTP 200, the content is not JSON)`);
});

test('a file of the wrong year, or one the module refuses, is a coded error', async () => {
  serve({ [beside(2027)]: json(data2027.replace('"year": 2027', '"year": 2028')) });
  const year = await rejection(fetchCalendar());
  assert.equal(year.code, 'INVALID_CALENDAR');
  assert.equal(year.messageEn, `could not load the calendar ${beside(2027)} (the file's year is not 2027)`);
  // JSON, but not a calendar: an error, not "not published".
  serve({ [beside(2027)]: json('null') });
  assert.equal((await rejection(fetchCalendar())).messageEn, `could not load the calendar ${beside(2027)} (the file's year is not 2027)`);
  // 2027-01-04 is a Monday: not a 上班 weekend day.
  serve({ [beside(2027)]: json(data2027.replace('"2027-02-20"', '"2027-01-04"')) });
  const refused = await rejection(fetchCalendar());
  assert.equal(refused.code, 'INVALID_CALENDAR');
  assert.equal(refused.field, 'holidays.1.work');
  assert.match(refused.message, /^无法加载日历 .*2027\.json（2027-01-04 不是周末/);
  assert.equal(z.calendarInfo().last, '2026-12-31', 'nothing was loaded');
});

test('a 404 for the next year means not published yet: resolves, nothing added', async () => {
  const asked = serve({});
  const r = await fetchCalendar();
  assert.deepEqual(asked, [beside(2027)]);
  assert.deepEqual(r.added, []);
  assert.equal(r.info.last, '2026-12-31');
  // options.base is a folder (relative to the page in a browser); options.url any layout.
  const elsewhere = serve({});
  await fetchCalendar({ base: 'https://portal.example/zhengwu/calendar' });
  await fetchCalendar({ url: (y) => `https://portal.example/holidays?year=${y}` });
  assert.deepEqual(elsewhere, ['https://portal.example/zhengwu/calendar/2027.json', 'https://portal.example/holidays?year=2027']);
});

test('the published year is loaded, then the next 404 ends the search', async () => {
  const asked = serve({ [beside(2027)]: json(data2027) });
  const r = await fetchCalendar();
  assert.deepEqual(asked, [beside(2027), beside(2028)]);
  assert.deepEqual(r.added, [2027]);
  assert.equal(r.info.last, '2027-12-31');
  assert.equal(r.info.sources.at(-1).loaded, true);
  // From the test text: "12月31日（周四）至1月3日（周日）放假调休…12月27日（周日）上班".
  assert.equal(z.isWorkingDay('2026-12-31'), false);
  assert.equal(z.isWorkingDay('2026-12-27'), true);
  assert.equal(z.dayKind('2027-01-01').kind, 'statutoryHoliday');
  // 除夕 2027-02-05 is statutory under the 2024 rules; 2-20 (Saturday) a 上班 day.
  assert.equal(z.dayKind('2027-02-05').kind, 'statutoryHoliday');
  assert.equal(z.isWorkingDay('2027-02-20'), true);
  // Asking again looks only for 2028.
  const again = serve({ [beside(2027)]: json(data2027) });
  assert.deepEqual((await fetchCalendar()).added, []);
  assert.deepEqual(again, [beside(2028)]);
});
