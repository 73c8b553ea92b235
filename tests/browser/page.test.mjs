// The demo page in real headless Chromium (Debian's chromium, driven by playwright-core): every
// calculator used as a citizen or clerk would, answers asserted, no console error, no request to
// another host, the CSP of the page in force, axe-core with no violation of any impact, and
// screenshots at desktop and 360 px widths in tests/output/ (ignored by git).
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { root } from '../js/load.mjs';

const require = createRequire(import.meta.url);
const out = join(root, 'tests', 'output');
// The page's nav is sticky: a picture taller than the window, taken scrolled down, showed it as a
// white band over the content in the middle of the picture (at 360 px, February's last week and
// March's caption in petition-one-question-360.png). Pictures are taken with it in its place at
// the top, set through the CSSOM (which the page's CSP allows, unlike a screenshot's injected
// style), and the page is given back as it was.
async function picture(target, options) {
  const page = typeof target.page === 'function' ? target.page() : target;
  // The window as it is (where the nav is sticky, as the person sees it).
  if (target === page && !options.fullPage) return target.screenshot(options);
  const unstick = (position) => page.evaluate((p) => { const nav = document.querySelector('body > nav'); if (nav) nav.style.position = p; }, position);
  await unstick('static');
  try {
    await target.screenshot(options);
  } finally {
    await unstick('');
  }
}
mkdirSync(out, { recursive: true });

let server; let browser; let base;
before(async () => {
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
after(async () => { await browser?.close(); server?.close(); });

async function open(viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`foreign request: ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  noneTwice(page, problems);
  // axe-core from the page's own origin, so the audit runs under the page's CSP.
  await page.route(`${base}/axe.min.js`, (route) => route.fulfill({ path: require.resolve('axe-core/axe.min.js'), contentType: 'text/javascript' }));
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('#petition zhengwu-timeline form');
  return { page, context, problems };
}

// A fresh page that records the rules packs it requests (file names) and its console errors.
async function packWatcher() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const packs = [];
  const problems = [];
  page.on('request', (r) => { if (r.url().endsWith('.zwr')) packs.push(r.url().split('/').pop()); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  noneTwice(page, problems);
  return { context, page, packs, problems };
}

// Every page and portal of these tests: no module, wasm or pack URL is requested twice (a
// preload the later fetch or import does not match would be a second request).
function noneTwice(page, problems) {
  const seen = new Set();
  page.on('request', (r) => {
    const url = r.url();
    if (!/\.(?:js|wasm|zwr)$/.test(new URL(url).pathname)) return;
    if (seen.has(url)) problems.push(`requested twice: ${url}`);
    seen.add(url);
  });
}

const section = (page, id) => page.locator(`#${id}`);
// A phone- or desktop-sized page on which the person has tapped the nav link to section `id`.
async function tapTo(width, id) {
  const opened = await open({ width, height: 780 });
  await opened.page.locator(`nav a[href="#${id}"]`).click();
  return { ...opened, s: section(opened.page, id) };
}
// Scrolls to a staff calculator, which the page sets up (and fetches the pack of) only then.
async function reach(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`#${id} :is(zhengwu-deadline, zhengwu-approval, zhengwu-leave, zhengwu-sanction, zhengwu-check) form`);
}
const field = (scope, name) => scope.locator(`[data-field="${name}"]`);
// The 是 of a yes/no question.
const yes = (scope, name) => scope.locator(`[data-field="${name}"][value="true"]`).check();

test('citizen: 信访 timeline with a month calendar and an .ics download', async () => {
  const { page, context, problems } = await open();
  const s = section(page, 'petition');
  await field(s, 'events.received').fill('2026-08-03');
  await s.getByText('我还知道更多（可选）').click();
  await field(s, 'events.accepted').fill('2026-08-14');
  await field(s, 'asOf').fill('2026-09-10');
  await s.getByRole('button', { name: '计算' }).click();
  // Reply: 60 days after 08-14 = 10-13; acceptance notice: 15 days after 08-03 = 08-18, served on
  // the acceptance date 08-14 (以送达之日为信访案件受理日期): done in time.
  await assertStep(s, 'reply', '2026-10-13', '办理中');
  await assertStep(s, 'acceptanceNotice', '2026-08-18', '按期办结');
  assert.equal(await s.locator('table.month').count() >= 2, true);
  // October: the National Day days are marked as rest, Saturday 10-10 as an adjusted working day.
  assert.match(await s.locator('td.rest[title^="2026-10-01"]').getAttribute('title'), /国庆/);
  assert.equal(await s.locator('td.adjusted[title^="2026-10-10"]').count(), 1);
  assert.equal(await s.locator('td.due[title^="2026-10-13"]').count(), 1);
  const [download] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: /\.ics/ }).click()]);
  assert.equal(download.suggestedFilename(), 'wenshan.petition.ics');
  await s.locator('details.trace > summary').first().click();
  assert.ok((await s.locator('ul.citations').first().textContent()).includes('60日内送达信访人'));
  await picture(page, { path: join(out, 'petition-desktop.png'), fullPage: false });
  await picture(s, { path: join(out, 'petition-section-desktop.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('citizen: one question — only the letter\'s date, the latest reply across the year boundary, the .ics of their own dates', async () => {
  // A citizen whose letter arrived on 2026-12-01 answers the one question and presses the button.
  // Notice of acceptance by 12-16 (15 days); reply within 60 days of that at the latest: Sunday
  // 2027-02-14 → Monday 2027-02-15 under the 放假办法 alone; the 2027 notice may make it 02-14
  // (a 调休 working Sunday) or keep it 02-15 (tests/year_boundary.rs works it out).
  for (const width of [360, 1280]) {
    const { page, context, problems, s } = await tapTo(width, 'petition');
    let taps = 1;
    const question = s.getByLabel('你寄出/递交信件的日期？');
    await question.fill('2026-12-01'); taps++;
    // The button comes right after the one question; the rest is folded away.
    assert.equal(await s.locator('form > .field + p.form-error + button[type=submit]').count(), 1);
    assert.equal(await s.locator('details.more').getAttribute('open'), null);
    await s.getByRole('button', { name: '计算' }).click(); taps++;
    assert.ok(taps <= 3, `${taps} interactions`);
    const headline = s.locator('.answer p.big.latest');
    const text = await headline.textContent();
    assert.ok(text.includes('送达书面答复') && text.includes('最迟 2027-02-15'), text);
    assert.ok(text.includes('2027-02-14 至 2027-02-15'), text);
    assert.ok((await s.locator('.answer p.big').first().textContent()).includes('送达受理告知书：期限 2026-12-16'));
    // Within two screens of the top of the page at 360×780.
    const bottom = await headline.evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
    assert.ok(bottom <= 2 * 780, `headline ends at ${bottom}px`);
    // The office's 拟办审签单 is folded away.
    assert.equal(await s.locator('details.internal li.step[data-step="proposal"]').count(), 1);
    assert.ok((await s.locator('.answer').textContent()).includes('临时推算'));
    assert.equal(await s.locator('td.due[title^="2027-02-15"]').count(), 1);
    await assertPlain(s);
    await audit(page, `petition answer at ${width}px`);
    // The calendar file holds the citizen's dates only, as all-day events.
    const [download] = await Promise.all([page.waitForEvent('download'), s.getByRole('button', { name: /\.ics/ }).click()]);
    const ics = readFileSync(await download.path(), 'utf8');
    assert.deepEqual([...ics.matchAll(/DTSTART;VALUE=DATE:(\d+)/g)].map((m) => m[1]), ['20261216', '20270215', '20270317']);
    assert.ok(!ics.includes('拟办'), 'no office-internal step');
    assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
    assert.ok(!/[^\r]\n/.test(ics), 'CRLF line ends');
    await picture(s, { path: join(out, `petition-one-question-${width}.png`) });
    // From the question to the headline: what the person sees (the README shows the 360 px one).
    await picture(page, { path: join(out, `citizen-question-${width}.png`), fullPage: true, clip: await spanOf(page, s.locator('form h3'), headline) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// What a person reads in an answer (all but the details for staff) names no ambiguity id, engine
// option or version hash.
async function assertPlain(scope) {
  const text = await scope.locator('.answer').first().evaluate((answer) => {
    const copy = answer.cloneNode(true);
    copy.querySelector('details.staff')?.remove();
    return copy.textContent;
  });
  for (const pattern of [/\b[A-Z]\d{2}\b/, /readings/, /\bhigher\b|\blower\b/, /data\.[0-9a-f]{8}/, /asOf|provisional|strict|null|undefined/]) {
    assert.ok(!pattern.test(text), `${pattern} in: ${text.slice(0, 300)}`);
  }
}

// The page area (document coordinates) from the top of `first` to the bottom of `last`.
async function spanOf(page, first, last) {
  const scroll = await page.evaluate(() => window.scrollY);
  const a = await first.boundingBox();
  const b = await last.boundingBox();
  const x = Math.max(0, Math.min(a.x, b.x) - 8);
  return { x, y: a.y + scroll - 8, width: Math.min(page.viewportSize().width - x, Math.max(a.x + a.width, b.x + b.width) - x + 16), height: b.y + b.height - a.y + 16 };
}

// The end of a scenario: nothing the person reads names an engine option, axe finds nothing, a
// screenshot `shot`.png to look at, and no console error or foreign request on the way.
async function finish({ page, context, problems }, s, shot) {
  await assertPlain(s);
  await audit(page, shot);
  await picture(s, { path: join(out, `${shot}.png`) });
  assert.deepEqual(problems, []);
  await context.close();
}

// axe-core on the page as it is now: no violation of any impact. At most one alert per form.
async function audit(page, state) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: '/axe.min.js' });
  const result = await page.evaluate(async () => await globalThis.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], state);
  const alerts = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    return roots.flatMap((r) => [...r.querySelectorAll('form')].map((f) => f.querySelectorAll('[role=alert]').length));
  });
  assert.ok(alerts.every((n) => n <= 1), `alerts per form: ${alerts}`);
}

async function assertStep(scope, id, due, status) {
  const step = scope.locator(`li.step[data-step="${id}"]`);
  assert.ok((await step.textContent()).includes(due), `${id}: ${await step.textContent()}`);
  assert.ok((await step.locator('.badge').textContent()).includes(status), `${id} status`);
}

test('clerk: an unbudgeted 凉山 expense — 否 can be entered, and a required yes/no left open is asked for', async () => {
  // liangshan.expense, AR-000L-CW3.1-05: "未列入预算的支出须经办公室分管领导、办公室主任、
  // 秘书长审批" — any amount, the three approving jointly, in no set order (one stage, shown as
  // 共同（不分先后）).
  for (const width of [360, 1280]) {
    const { page, context, problems, s } = await tapTo(width, 'approval');
    let taps = 1;
    await field(s, 'amount').fill('12000'); taps++;
    // The tap brought the calculator's heading to the top of the screen, below the nav.
    const top = await page.locator('#approval-h').evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top > 0 && top < 200, `heading at ${top}px`);
    await s.getByRole('button', { name: '计算' }).click();
    // Nothing chosen for 是否已列入预算: the form asks, in words, next to the question.
    assert.equal(await s.locator('[data-error-for="budgeted"]').textContent(), '请回答这一项');
    assert.equal(await s.locator('.route').count(), 0);
    await audit(page, `approval asking for budgeted at ${width}px`);
    await s.getByRole('radio', { name: '否' }).check(); taps++;
    await s.getByRole('button', { name: '计算' }).click(); taps++;
    assert.equal(taps, 4);
    assert.equal(await s.locator('.answer p.big').textContent(), '未列入预算的支出（不论金额）');
    assert.deepEqual(await s.locator('.route .role strong').allTextContents(), ['办公室分管领导', '办公室主任', '秘书长']);
    assert.deepEqual(await s.locator('.route .role .action').allTextContents(), ['审批', '审批', '审批']);
    assert.equal(await s.locator('.route li.parallel .badge').textContent(), '共同（不分先后）');
    assert.ok((await s.locator('ul.citations').textContent()).includes('未列入预算的支出须经办公室分管领导、办公室主任、秘书长审批'));
    await finish({ page, context, problems }, s, `approval-unbudgeted-${width}`);
  }
});

test('clerk: maternity leave for twins and a difficult birth — 128 days under national law first, the local 120 beside it', async () => {
  // 女职工劳动保护特别规定 第七条: 98 + 15 (难产) + 15 (one more baby) = 128; 文山 第三十四条(二)4:
  // 90 + 15 + 15 = 120. A staff member's leave of 8 days or more is approved by the 局长.
  for (const width of [360, 1280]) {
    const { page, context, problems, s } = await tapTo(width, 'leave');
    let taps = 1;
    await yes(s, 'difficultBirth'); taps++;
    await field(s, 'babies').fill('2'); taps++;
    await field(s, 'rank').selectOption('staff'); taps++;
    await s.getByRole('button', { name: '计算' }).click(); taps++;
    assert.equal(taps, 5);
    assert.equal(await s.locator('.leave-days').textContent(), '128');
    assert.equal(await s.locator('.answer p.big').textContent(), '128 天 按国家规定（本地规定 120 天）');
    assert.deepEqual(await s.locator('.route .role strong').allTextContents(), ['局长']);
    await finish({ page, context, problems }, s, `leave-twins-${width}`);
  }
});

test('dates as people type them: every date field reads 2026/12/1, 2026.12.1, 2026年12月1日 and full-width digits', async () => {
  const { page, context, problems } = await open({ width: 360, height: 780 });
  const s = section(page, 'petition');
  for (const typed of ['2026-12-01', '2026/12/1', '2026.12.1', '2026年12月1日', '２０２６年１２月１日', ' 2026 / 12 / 01 ']) {
    await field(s, 'events.received').fill(typed);
    await s.getByRole('button', { name: '计算' }).click();
    assert.ok((await s.locator('.answer p.big').first().textContent()).includes('送达受理告知书：期限 2026-12-16'), typed);
  }
  for (const typed of ['12/1/2026', '2026-02-30', 'next Monday']) {
    await field(s, 'events.received').fill(typed);
    await s.getByRole('button', { name: '计算' }).click();
    assert.equal(await s.locator('[data-error-for="events.received"]').textContent(), '请填写一个日期，例如 2026-12-01、2026/12/1 或 2026年12月1日（时间可写作 09:30）', typed);
    assert.equal(await field(s, 'events.received').getAttribute('aria-invalid'), 'true');
    assert.equal(await s.locator('.answer').textContent(), '');
  }
  await audit(page, 'a date that is no date');
  // The staff's deadline calculator: the same control, the same reading.
  await reach(page, 'deadline');
  const dl = section(page, 'deadline');
  assert.equal(await field(dl, 'start').getAttribute('type'), 'text');
  await field(dl, 'start').fill('２０２６／９／３０');
  await dl.getByRole('button', { name: '计算' }).click();
  assert.equal(await dl.locator('.due-date').textContent(), '2026-10-10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching language mid-form keeps what was entered and the answer', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await open({ width, height: 780 });
    const s = section(page, 'petition');
    await field(s, 'events.received').fill('2026年12月1日');
    await s.getByText('我还知道更多（可选）').click();
    await field(s, 'asOf').fill('2026-12-05');
    await s.getByRole('button', { name: '计算' }).click();
    await reach(page, 'approval');
    const ar = section(page, 'approval');
    await field(ar, 'amount').fill('12000');
    await ar.getByRole('radio', { name: '否' }).check();   // entered, not yet computed
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#petition zhengwu-timeline').shadowRoot.querySelector('.answer p.big.latest')?.textContent.includes('at the latest'));
    assert.equal(await field(s, 'events.received').inputValue(), '2026年12月1日');
    assert.equal(await field(s, 'asOf').inputValue(), '2026-12-05');
    const headline = await s.locator('.answer p.big.latest').textContent();
    assert.ok(headline.includes('Serve the written reply: by 2027-02-15 at the latest'), headline);
    assert.equal(await field(ar, 'amount').inputValue(), '12000');
    assert.equal(await ar.getByRole('radio', { name: 'No' }).isChecked(), true);
    await audit(page, `English after the switch at ${width}px`);
    // Half-way through the approval form, the person computes in English.
    await ar.getByRole('button', { name: 'Compute' }).click();
    assert.deepEqual(await ar.locator('.route .role strong').allTextContents(), ['office leader in charge', 'office director', 'secretary-general']);
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#approval zhengwu-approval').shadowRoot.querySelector('.route .role strong')?.textContent === '办公室分管领导');
    assert.equal(await field(ar, 'amount').inputValue(), '12000');
    await picture(s, { path: join(out, `language-kept-${width}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('citizen: 行政复议 asks the date the application was sent first', async () => {
  // 第五十七条(二)1: the application is examined within 5 working days of receipt: from Tuesday
  // 2026-12-01, 12-02, 03, 04, (weekend), 07, 08 → 2026-12-08.
  const { page, context, problems, s } = await tapTo(360, 'review');
  await s.getByLabel('你寄出/递交行政复议申请的日期？').fill('2026/12/1');
  await s.getByRole('button', { name: '计算' }).click();
  assert.equal(await s.locator('.answer p.big').first().textContent(), '审查申请是否受理：期限 2026-12-08');
  await finish({ page, context, problems }, s, 'review-one-question-360');
});

test('citizen: 行政复议 timeline shows the national-law conflict', async () => {
  const { page, context, problems } = await open();
  const s = section(page, 'review');
  await s.getByText('我还知道更多（可选）').click();
  await field(s, 'events.accepted').fill('2026-08-10');
  await s.getByRole('button', { name: '计算' }).click();
  // Decision: 60 days after 08-10 = 10-09 (Fri); copy to the respondent: 7 days = 08-17.
  await assertStep(s, 'decision', '2026-10-09', '办理中');
  await assertStep(s, 'copySent', '2026-08-17', '办理中');
  assert.ok((await s.locator('ul.conflicts').textContent()).includes('行政复议法'));
  await assertPlain(s);
  await picture(s, { path: join(out, 'review-section-desktop.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('staff: deadline calculator by ruleset, by article search, with errors next to the field', async () => {
  const { page, context, problems } = await open();
  await reach(page, 'deadline');
  const s = section(page, 'deadline');
  // Default: 东区 第八十九条 matters within competence, 3 working days.
  await field(s, 'start').fill('2026-09-30');
  await s.getByRole('button', { name: '计算' }).click();
  // 10/1–10/7 off; working days 10-08, 10-09 and Saturday 10-10 (adjusted) → 10-10.
  assert.equal(await s.locator('.due-date').textContent(), '2026-10-10');
  // Missing start: the engine's MISSING_INPUT appears next to the start field.
  await field(s, 'start').fill('');
  await s.getByRole('button', { name: '计算' }).click();
  assert.equal(await s.locator('[data-error-for="start"]').textContent(), '请回答这一项');
  assert.equal(await field(s, 'start').getAttribute('aria-invalid'), 'true');
  await audit(page, 'deadline with a missing date');
  // Another ruleset, found by its inventory number.
  await page.selectOption('#dl-ruleset', 'wenshan-hrss-2019');
  await page.fill('#dl-search', 'DL-004-056-09');
  await page.waitForFunction(() => document.querySelector('#dl-calc').shadowRoot?.querySelector('h3')?.textContent.includes('第五十六条(四)5'));
  await field(s, 'start').fill('2026-08-03');
  await s.getByRole('button', { name: '计算' }).click();
  assert.equal(await s.locator('.due-date').textContent(), '2026-10-08');
  await assertPlain(s);
  await picture(s, { path: join(out, 'deadline-section-desktop.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('staff: approval route with the boundary ambiguity and a stand-in', async () => {
  const { page, context, problems } = await open();
  await reach(page, 'approval');
  const s = section(page, 'approval');
  await field(s, 'amount').fill('10000');
  await yes(s, 'budgeted');
  await s.getByRole('button', { name: '计算' }).click();
  const roles = await s.locator('.route .role strong').allTextContents();
  assert.deepEqual(roles, ['分管财务的领导', '办公室主任', '秘书长']);
  // 10,000 is in two bands: asked as a plain question, with a button for the other reading; the
  // id B04 and the option only in the details for staff.
  const question = s.locator('.ambiguity');
  assert.ok((await question.textContent()).includes('两档重叠，归哪一档？'));
  assert.ok((await question.locator('.applied').textContent()).includes('边界金额适用较高一档'));
  await assertPlain(s);
  assert.ok((await s.locator('details.staff').textContent()).includes('B04 readings.B04: [higher] / lower'));
  await question.getByRole('button', { name: /较低一档/ }).click();
  // The lower band, 5000元-10000元: reviewed by the finance leader, approved by the office director.
  assert.deepEqual(await s.locator('.route .role strong').allTextContents(), ['分管财务的领导', '办公室主任']);
  assert.ok((await s.locator('.ambiguity .applied').textContent()).includes('较低一档'));
  assert.equal(await field(s, 'amount').inputValue(), '10000');
  await s.locator('details.staff summary').click();
  await s.locator('details.trace summary').click();
  await audit(page, 'approval with another reading, details open');
  await picture(s, { path: join(out, 'approval-section-desktop.png') });
  // 东区 第五十四条: the 区长 chairs the executive meeting; when away, the 常务副区长 (第六条).
  await page.selectOption('#ar-ruleset', 'panzhihua-dongqu-2012');
  await page.fill('#ar-search', 'AR-002-054');
  await page.waitForFunction(() => document.querySelector('#ar-calc').shadowRoot?.querySelector('h3')?.textContent.includes('第五十四条'));
  await field(s, 'absent').fill('区长');
  await s.getByRole('button', { name: '计算' }).click();
  await page.waitForSelector('#approval .route .sub');
  assert.equal(await s.locator('.route .role strong').first().textContent(), '常务副区长');
  assert.match(await s.locator('.route .sub').first().textContent(), /代区长/);
  await picture(s, { path: join(out, 'approval-standin-desktop.png') });
  // The inverse question: what the 凉山 办公室主任 decides, with the amount band.
  await page.selectOption('#ar-ruleset', 'liangshan-office-2003');
  await page.fill('#authority-role', '办公室主任');
  await page.click('#authority button[type=submit]');
  const matters = await page.locator('#authority-answer ul.authority li').allTextContents();
  assert.ok(matters.some((m) => m.includes('预算内 5000元-10000元') && m.includes('≥ 5000') && m.includes('≤ 10000')), matters.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('leave and sanction calculators', async () => {
  const { page, context, problems } = await open();
  await reach(page, 'leave');
  const lv = section(page, 'leave');
  // 文山 第三十四条(二)4: 90 days, 难产 +15, each extra baby +15 → 120; 8 days or more for staff → 局长.
  await page.waitForSelector('#leave [data-field="difficultBirth"]');
  await yes(lv, 'difficultBirth');
  await field(lv, 'babies').fill('2');
  await lv.locator('[data-field="rank"]').selectOption('staff');
  await lv.getByRole('button', { name: '计算' }).click();
  // National law governs: 98 + 15 (难产) + 15 (one more baby) = 128 under 女职工劳动保护特别规定
  // 第七条; the local 120 beside it, each with its article.
  assert.equal(await lv.locator('.leave-days').textContent(), '128');
  const headline = await lv.locator('.answer p.big').textContent();
  assert.ok(headline.includes('按国家规定') && headline.includes('本地规定 120 天'), headline);
  assert.deepEqual(await lv.locator('ul.bases li').allTextContents(), ['按国家规定：女职工劳动保护特别规定（国务院令第619号） 第七条',
    '本地规定 120 天：文山州人力资源和社会保障局工作规则 第三十四条(二)4']);
  assert.deepEqual(await lv.locator('.route .role strong').allTextContents(), ['局长']);
  assert.ok((await lv.locator('ul.conflicts').textContent()).includes('女职工劳动保护特别规定'));
  await assertPlain(lv);
  await audit(page, 'twin-birth leave');
  await picture(lv, { path: join(out, 'leave-section-desktop.png') });
  await picture(page, { path: join(out, 'clerk-leave-governing.png'), fullPage: true, clip: await spanOf(page, lv.locator('.answer p.big'), lv.locator('.answer ul.parts')) });
  await reach(page, 'sanction');
  const sn = section(page, 'sanction');
  await sn.locator('[data-field="position"]').selectOption('reviewer');
  await sn.locator('[data-field="severity"]').selectOption('serious');
  await sn.getByRole('button', { name: '计算' }).click();
  assert.ok((await sn.locator('ul.parties').textContent()).includes('审核人：主要领导责任'));
  assert.deepEqual(await sn.locator('ul.measures li').allTextContents(), ['取消评优评先资格', '通报批评', '暂扣行政执法证件']);
  await assertPlain(sn);
  await picture(sn, { path: join(out, 'sanction-section-desktop.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

// A row of the leave-plan check (0-based `i`): name, section, kind of leave, first and last day.
async function requestRow(s, i, { name, section: sec, kind, from, to, role }) {
  await field(s, `requests[${i}].name`).fill(name);
  if (role) await field(s, `requests[${i}].role`).selectOption(role);
  if (sec) await field(s, `requests[${i}].section`).fill(sec);
  if (kind) await field(s, `requests[${i}].kind`).selectOption(kind);
  await field(s, `requests[${i}].from`).fill(from);
  await field(s, `requests[${i}].to`).fill(to);
}

test('clerk at 360 px: a 文山 leave plan with two annual leaves in one section (第三十四条(二)1)', async () => {
  const opened = await tapTo(360, 'check');
  const { page, s } = opened;
  await page.waitForSelector('#check zhengwu-check form');
  // 甲 07-06..07-10 and 乙 07-09/7/15 (a date as people write it), both 办公室 annual leave: one
  // person per section at a time, broken on 07-09 and 07-10.
  await requestRow(s, 0, { name: '甲', section: '办公室', kind: 'annual', from: '2026-07-06', to: '2026-07-10' });
  await requestRow(s, 1, { name: '乙', section: '办公室', kind: 'annual', from: '2026/7/9', to: '2026年7月15日' });
  await s.getByRole('button', { name: '检查' }).click();
  await s.locator('.answer .verdict').waitFor();
  assert.equal(await s.locator('.verdict').textContent(), '有 1 处必须改正');
  const v = s.locator('ul.violations > li.must');
  assert.equal(await v.count(), 1);
  assert.ok((await v.locator('.message').textContent()).startsWith('同一科室同一时段只能安排1人休年休假'));
  assert.equal(await v.locator('.who').textContent(), '甲、乙 · 2026-07-09 至 2026-07-10 · （第 1、2 行）');
  assert.equal(await v.locator('cite').textContent(), '文山州人力资源和社会保障局工作规则 第三十四条(二)1');
  assert.equal(await v.locator('q').textContent(), '统筹安排年休假人员,同一时段只能安排1人');
  // The A-B window rule could not be checked: no window given is fine, the notice question is open.
  assert.ok((await s.locator('ul.unchecked').textContent()).includes('因特殊原因离岗已以适当方式告知'));
  await picture(s, { path: join(opened.out ?? out, 'check-leave-plan-360.png') });
  // A last day before the first: the engine's error is shown at that row's field, in words.
  await field(s, 'requests[1].to').fill('2026-07-01');
  await s.getByRole('button', { name: '检查' }).click();
  const error = s.locator('[data-error-for="requests[1].to"]');
  await error.waitFor();
  assert.ok((await error.textContent()).includes('不早于开始日期'), await error.textContent());
  assert.equal(await field(s, 'requests[1].to').getAttribute('aria-invalid'), 'true');
  await field(s, 'requests[1].to').fill('2026-07-15');
  // 第十五条(八): the two are also the A and B of one window, and leaving was made known: the A-B
  // rule now runs, a warning beside the must.
  await field(s, 'requests[0].window').fill('社保窗口');
  await field(s, 'requests[1].window').fill('社保窗口');
  await s.locator('[data-field="confirm.postLeavingNotified"][value="true"]').check();
  await s.getByRole('button', { name: '检查' }).click();
  await s.locator('.answer .verdict').waitFor();
  assert.equal(await s.locator('.verdict').textContent(), '有 1 处必须改正；另有 1 处提醒（一般应遵守）');
  assert.equal(await s.locator('ul.violations > li.should cite').textContent(), '文山州人力资源和社会保障局工作规则 第十五条(八)');
  assert.equal(await s.locator('ul.unchecked').count(), 0);
  await finish(opened, s, 'check-leave-plan-360-after');
});

test('an embedded <zhengwu-check> for 木里: the county head and the executive deputy away together (第一百零八条)', async () => {
  const { context, page, problems } = await packWatcher();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.route(`${base}/check.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>请假检查</title>
      <script type="module" src="/pkg/elements.js"></script></head><body><main>
      <zhengwu-check ruleset="muli-county-2017"></zhengwu-check></main></body></html>`,
  }));
  await page.goto(`${base}/check.html`);
  const el = page.locator('zhengwu-check');
  await el.locator('form').waitFor();
  // The posts offered are the ones the rule names.
  assert.deepEqual(await el.locator('[data-field="requests[0].role"] option').allTextContents(), ['—', '县长', '常务副县长']);
  // 木里's rule reads no A-B window and no leader served: the form does not ask for them.
  assert.equal(await el.locator('[data-field="requests[0].window"], [data-field="requests[0].serves"]').count(), 0);
  await requestRow(el, 0, { name: '王', role: '县长', kind: 'trip', from: '2026-03-02', to: '2026-03-05' });
  await requestRow(el, 1, { name: '李', role: '常务副县长', kind: 'annual', from: '2026-03-05', to: '2026-03-10' });
  await el.getByRole('button', { name: '检查' }).click();
  await el.locator('.answer .verdict').waitFor();
  // 一般不同时外出: a warning, not an error.
  assert.equal(await el.locator('.verdict').textContent(), '未发现违反规定之处，可以提交；另有 1 处提醒（一般应遵守）');
  assert.equal(await el.locator('ul.violations > li.should .who').textContent(), '王、李 · 2026-03-05 · （第 1、2 行）');
  assert.equal(await el.locator('ul.violations cite').textContent(), '木里藏族自治县人民政府工作规则 第一百零八条');
  await picture(el, { path: join(out, 'check-muli-360.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('clerk: a month of attendance at 360 px — only the exceptional days, each number with its article', async () => {
  // 文山 第三十五条(二)(三), 第四十八条(五)2(3). March 2026 has 22 working days (1 March is a Sunday, no
  // holiday). Entered: Mon 3/2 in at 8:50 (more than 15 minutes after 8:30: late), Tue 3/3 absent
  // (旷工), Tue 3/10 away at a spot check (缺勤, half a day by default, Z21). One late is not yet 2,
  // so no 缺勤 from lates; 缺勤 0.5 day; 旷工 1 day. Points: 1 × −0.5 = −0.5, and 无故缺勤 per half
  // day: 0.5 day + 1 day = 3 half days × −1 = −3 (旷工 counted, Z22 default): −3.5.
  for (const width of [360, 1280]) {
    const { page, context, problems, s } = await tapTo(width, 'attendance');
    await page.waitForSelector('#attendance zhengwu-attendance form');
    // Beside the form, the office hours lateness is counted from (第三十五条(二)), stated and quoted.
    assert.equal(await s.locator('zhengwu-fact .statement').textContent(), '局机关上班时间为星期一至星期五，上午8:30至12:00，下午14:30至17:30。');
    await field(s, 'month').fill('2026-03');
    const add = s.getByRole('button', { name: '添加一天' });
    const rows = s.locator('li.att-row');
    await add.click();
    assert.equal(await rows.nth(0).locator('select.att-date option').count(), 22);
    await rows.nth(0).locator('select.att-date').selectOption('2026-03-02');
    await rows.nth(0).locator('select.att-what').selectOption('lateAm');
    await rows.nth(0).locator('input.att-time').fill('08:50');
    await add.click();
    await rows.nth(1).locator('select.att-date').selectOption('2026-03-03');
    await rows.nth(1).locator('select.att-what').selectOption('absent');
    assert.ok(await rows.nth(1).locator('input.att-time').isHidden());
    await add.click();
    await rows.nth(2).locator('select.att-date').selectOption('2026-03-10');
    await rows.nth(2).locator('select.att-what').selectOption('spot');
    await s.getByRole('button', { name: '计算', exact: true }).click();
    assert.equal(await s.locator('.answer p.big').textContent(), '迟到早退1次，缺勤0.5天，旷工1天，考勤纪律积分-3.5分');
    const result = await s.locator('dl.att-result').textContent();
    assert.ok(result.includes('03-02 08:50') && result.includes('第三十五条(三)') && result.includes('无故不上班的,一律视为旷工'), result);
    assert.deepEqual(await s.locator('ul.att-points li').evaluateAll((li) => li.map((x) => x.firstChild.textContent)),
      ['迟到早退扣分：1 × -0.5 = -0.5', '无故缺勤扣分（每半天）：3 × -1 = -3']);
    assert.ok((await s.locator('ul.att-points').textContent()).includes('迟到或早退一次扣0.5分;无故缺勤每半天扣1分'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow at ${width} px: ${overflow}px`);
    await audit(page, `attendance answered at ${width}px`);
    await picture(s, { path: join(out, `attendance-month-${width}.png`) });
    await picture(s.locator('form.calc'), { path: join(out, `attendance-form-${width}.png`) });
    await picture(page, { path: join(out, `attendance-answer-${width}.png`), fullPage: true, clip: await spanOf(page, s.locator('.answer p.big'), s.locator('ul.att-points')) });
    // A mistake in a record is shown at its row, in words.
    await add.click();
    await rows.nth(3).locator('select.att-date').selectOption('2026-03-04');
    await rows.nth(3).locator('input.att-time').fill('9点');
    await s.getByRole('button', { name: '计算', exact: true }).click();
    assert.ok((await rows.nth(3).locator('.error').textContent()).includes('08:45'));
    assert.equal(await s.locator('.answer').textContent(), '');
    await rows.nth(3).getByRole('button', { name: '删除' }).click();
    await s.getByRole('button', { name: '计算', exact: true }).click();
    assert.equal(await s.locator('.answer p.big').textContent(), '迟到早退1次，缺勤0.5天，旷工1天，考勤纪律积分-3.5分');
    // A language switch keeps the month, the rows and the answer.
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#attendance zhengwu-attendance').shadowRoot.querySelector('.answer p.big')?.textContent.includes('attendance points'));
    assert.equal(await s.locator('.answer p.big').textContent(), '1 late or early, 0.5 day(s) of absence, 1 of absenteeism; attendance points -3.5');
    assert.equal(await field(s, 'month').inputValue(), '2026-03');
    assert.deepEqual(await s.locator('select.att-date').evaluateAll((x) => x.map((e) => e.value)), ['2026-03-02', '2026-03-03', '2026-03-10']);
    assert.equal(await rows.nth(0).locator('input.att-time').inputValue(), '08:50');
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#attendance zhengwu-attendance').shadowRoot.querySelector('.answer p.big')?.textContent.includes('考勤纪律积分'));
    await finish({ page, context, problems }, s, `attendance-${width}`);
  }
});

test('the version line is in the details for staff, not in view', async () => {
  const { page, context, problems } = await open({ width: 360, height: 780 });
  assert.equal(await page.locator('#version').isVisible(), false);
  await page.locator('footer').getByText('详细信息（供工作人员核对）').click();
  // Written when the details are opened (page start does not build the calendar for it).
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  assert.match(await page.locator('#version').textContent(), /data\.[0-9a-f]+/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English switch and 360 px layout', async () => {
  const { page, context, problems } = await open({ width: 360, height: 800 });
  await page.click('#lang');
  assert.equal(await page.locator('#petition-h').textContent(), 'When must my petition be answered?');
  const s = section(page, 'petition');
  await page.waitForFunction(() => document.querySelector('#petition zhengwu-timeline').shadowRoot?.querySelector('button[type=submit]')?.textContent === 'Compute');
  await field(s, 'events.received').fill('2026-08-03');
  await s.getByRole('button', { name: 'Compute' }).click();
  assert.ok((await s.locator('li.step[data-step="acceptanceNotice"]').textContent()).includes('2026-08-18'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow at 360 px: ${overflow}px`);
  await picture(page, { path: join(out, 'page-360-full.png'), fullPage: true });
  await picture(s, { path: join(out, 'petition-section-360.png') });
  await reach(page, 'deadline');
  const dl = section(page, 'deadline');
  await field(dl, 'start').fill('2026-09-30');
  await dl.getByRole('button', { name: 'Compute' }).click();
  assert.equal(await dl.locator('.due-date').textContent(), '2026-10-10');
  await picture(dl, { path: join(out, 'deadline-section-360.png') });
  await reach(page, 'approval');
  const ar = section(page, 'approval');
  await field(ar, 'amount').fill('16000');
  await yes(ar, 'budgeted');
  await ar.getByRole('button', { name: 'Compute' }).click();
  // 15000元以上: reviewed by the finance leader, decided by the 秘书长办公室主任会.
  assert.deepEqual(await ar.locator('.route .role strong').allTextContents(), ['leader in charge of finance', 'meeting of the secretary-general and office directors']);
  await picture(ar, { path: join(out, 'approval-section-360.png') });
  const rv = section(page, 'review');
  await rv.getByText('I know more (optional)').click();
  await field(rv, 'events.accepted').fill('2026-08-10');
  await rv.getByRole('button', { name: 'Compute' }).click();
  await picture(rv, { path: join(out, 'review-section-360.png') });
  await audit(page, 'English at 360px, every calculator answered');
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core: no violation of any impact on the page as loaded, at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await open({ width, height: 780 });
    await audit(page, `loaded at ${width}px`);
    await page.getByText('我还知道更多（可选）').first().click();
    await audit(page, `optional questions open at ${width}px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('keyboard: the calculators can be used without a mouse', async () => {
  const { page, context, problems } = await open();
  await reach(page, 'approval');
  await page.focus('#approval [data-field="amount"]');
  await page.keyboard.type('4999');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // budgeted: 是, the first of the pair
  await page.keyboard.press('Enter');
  await page.waitForSelector('#approval .route');
  assert.deepEqual(await page.locator('#approval .route .role strong').allTextContents(), ['办公室分管财务的领导']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('embedding: each element fetches only its ruleset pack; a bad ruleset shows a coded error', async () => {
  const { context, page, packs, problems } = await packWatcher();
  // A portal page of its own, under the same CSP, with one script tag and two elements.
  await page.route(`${base}/portal.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title>
      <script type="module" src="/pkg/elements.js"></script></head><body><main>
      <zhengwu-deadline ruleset="zaduo-office-2017" rule="DL-001-026-01"></zhengwu-deadline>
      <zhengwu-approval ruleset="no-such-ruleset" rule="x"></zhengwu-approval></main></body></html>`,
  }));
  await page.goto(`${base}/portal.html`);
  const deadline = page.locator('zhengwu-deadline');
  await deadline.locator('form').waitFor();
  await field(deadline, 'start').fill('2026-01-05');
  await deadline.getByRole('button', { name: '计算' }).click();
  // 杂多 第二十六条: an incoming document goes to the deputy the same day (当日).
  assert.equal(await deadline.locator('.due-date').textContent(), '2026-01-05');
  const bad = page.locator('zhengwu-approval .error');
  await bad.waitFor();
  assert.match(await bad.textContent(), /no-such-ruleset/);
  assert.deepEqual(packs.sort(), ['cn-national.zwr', 'zaduo-office-2017.zwr']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('fetchRules: a missing pack file is a coded error, and loaded packs are not fetched again', async () => {
  const { context, page, packs } = await packWatcher();
  await page.goto(`${base}/favicon.svg`);
  const result = await page.evaluate(async () => {
    const m = await import('/pkg/zhengwu.js');
    await m.default();
    const { fetchRules } = await import('/pkg/rules.js');
    const first = await fetchRules(['zaduo-office-2017']);
    await fetchRules(['zaduo-office-2017']);
    let missing = null;
    try {
      await fetchRules(['muli-county-2017'], { base: '/no-such-folder/' });
    } catch (e) {
      missing = { code: e.code, field: e.field, en: e.messageEn };
    }
    let unknown = null;
    try { await fetchRules(['nowhere']); } catch (e) { unknown = e.code; }
    return { first: first.map((r) => r.ruleset), missing, unknown, loaded: m.rulesets().loaded.map((r) => r.ruleset) };
  });
  assert.deepEqual(result.first, ['cn-national', 'zaduo-office-2017']);
  assert.equal(result.missing.code, 'RULESET_NOT_LOADED');
  assert.equal(result.missing.field, 'rulesets');
  assert.match(result.missing.en, /muli-county-2017\.zwr \(HTTP 404\)/);
  assert.equal(result.unknown, 'UNKNOWN_RULESET');
  assert.deepEqual(result.loaded, ['cn-national', 'zaduo-office-2017']);
  // cn-national and 杂多 once each; the failed attempt asked for 木里 only.
  assert.deepEqual(packs.sort(), ['cn-national.zwr', 'muli-county-2017.zwr', 'zaduo-office-2017.zwr']);
  await context.close();
});

test('elements: a leave and a sanction element cover every rule of their ruleset; themes reach only parts and properties', async () => {
  const { context, page, problems } = await packWatcher();
  // The portal's own stylesheet: generic class names of its own, a part and a theme property.
  await page.route(`${base}/portal.css`, (route) => route.fulfill({ contentType: 'text/css', body:
    '.error, .field, .badge { display: none } zhengwu-leave::part(leave-days) { color: rgb(1, 2, 3) } zhengwu-leave { --zhengwu-brand: rgb(4, 5, 6) }' }));
  await page.route(`${base}/portal.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="stylesheet" href="/portal.css">
      <script type="module" src="/pkg/elements.js"></script></head><body><main><p class="field">门户自己的段落</p>
      <zhengwu-leave ruleset="wenshan-hrss-2019"></zhengwu-leave>
      <zhengwu-sanction ruleset="guangxi-fault-2007" rule="guangxi.fault.review-chain"></zhengwu-sanction></main></body></html>`,
  }));
  await page.goto(`${base}/portal.html`);
  const leave = page.locator('zhengwu-leave');
  await leave.locator('form').waitFor();
  // The picker lists every leave rule of 文山 (第三十四条: annual, marriage, bereavement, paternity, home visit, maternity).
  assert.equal(await leave.locator('select[name=rule] option').count(), 6);
  await leave.locator('select[name=rule]').selectOption('wenshan.leave.annual');
  await page.waitForFunction(() => document.querySelector('zhengwu-leave').shadowRoot.querySelector('[data-field=serviceYears]'));
  // 12 years of service: 10 working days (职工带薪年休假条例 第三条).
  await leave.locator('[data-field="serviceYears"]').fill('12');
  await leave.locator('[data-field="rank"]').selectOption('staff');
  // A clerk gives the first day of leave, 2026-09-28: ten working days run to 10-15 across the
  // National Day break and the working Saturday 10-10; back on Friday 10-16.
  await leave.locator('[data-field="start"]').fill('2026/9/28');
  await leave.getByRole('button', { name: '计算' }).click();
  assert.equal(await leave.locator('.leave-days').textContent(), '10');
  assert.equal(await leave.locator('.leave-dates').textContent(), '休假自 2026-09-28 起，最后一天 2026-10-15，2026-10-16 上班');
  const style = await leave.locator('.leave-days').evaluate((e) => getComputedStyle(e).color);
  assert.equal(style, 'rgb(1, 2, 3)');
  assert.equal(await leave.locator('button[type=submit]').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(4, 5, 6)');
  // The page's `.field { display: none }` hides its own paragraph, not the element's fields.
  assert.equal(await leave.locator('.field').first().isVisible(), true);
  assert.equal(await page.locator('main > p.field').isVisible(), false);
  const sanction = page.locator('zhengwu-sanction');
  await sanction.locator('form').waitFor();
  assert.equal(await sanction.locator('select[name=rule] option').count(), 20);
  assert.equal(await sanction.locator('select[name=rule]').inputValue(), 'guangxi.fault.review-chain');
  // Nothing of the elements is in the page's DOM.
  assert.equal(await page.evaluate(() => document.querySelectorAll('form, .badge, .error').length), 0);
  await picture(leave, { path: join(out, 'element-leave-themed.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a clerk ticks several aggravating circumstances at once (广西 第三十一条)', async () => {
  const { context, page, problems } = await packWatcher();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.route(`${base}/several.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>追究</title>
      <script type="module" src="/pkg/elements.js"></script></head><body><main>
      <zhengwu-sanction ruleset="guangxi-fault-2007" rule="guangxi.sanction.measures"></zhengwu-sanction></main></body></html>`,
  }));
  await page.goto(`${base}/several.html`);
  const el = page.locator('zhengwu-sanction');
  await el.locator('form').waitFor();
  await el.locator('[data-field="responsibility"]').selectOption('direct');
  await el.locator('[data-field="severity"]').selectOption('serious');
  // Two of 第三十一条's circumstances: obstructing the investigation (一) and grave harm (四).
  await el.getByLabel('干扰、阻挠行政过错调查').check();
  await el.getByLabel('行政过错行为造成恶劣影响或者严重不良后果').check();
  await el.locator('[data-field="countInYear"]').fill('1');
  await el.locator('[data-field="mitigating"]').selectOption('none');
  await el.getByRole('button', { name: '计算' }).click();
  await el.locator('.answer .explanation').waitFor();
  const cited = await el.locator('.citations cite').allTextContents();
  assert.ok(cited.some((c) => c.endsWith('第三十一条(一)')), cited.join(' | '));
  assert.ok(cited.some((c) => c.endsWith('第三十一条(四)')), cited.join(' | '));
  // 从重处理 is one measure, listed once however many circumstances call for it.
  const measures = await el.locator('.measures li').allTextContents();
  assert.equal(measures.filter((m) => m === '从重处理').length, 1, measures.join(' | '));
  await picture(el, { path: join(out, 'sanction-several-circumstances-360.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a fact beside a form: the office hours of 文山, stated with 第三十五条(二) quoted, at 360 px, in both languages', async () => {
  const { context, page, problems } = await packWatcher();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.route(`${base}/fact.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>请假</title>
      <script type="module" src="/pkg/elements.js"></script></head><body><main>
      <zhengwu-fact ruleset="wenshan-hrss-2019" rule="LV-004-035-02"></zhengwu-fact></main></body></html>`,
  }));
  await page.goto(`${base}/fact.html`);
  const fact = page.locator('zhengwu-fact');
  await fact.locator('.statement').waitFor();
  // 第三十五条(二): 每星期一至星期五,上午8:30至12:00,下午14:30至17:30 — no question asked, nothing to press.
  assert.equal(await fact.locator('.statement').textContent(), '局机关上班时间为星期一至星期五，上午8:30至12:00，下午14:30至17:30。');
  assert.equal(await fact.locator('h3').textContent(), '局机关上班时间 · 第三十五条(二)');
  assert.equal(await fact.locator('form, button[type=submit]').count(), 0);
  const quotes = await fact.locator('.citations q').allTextContents();
  assert.ok(quotes.includes('局机关上班时间为每星期一至星期五,上午8:30至12:00,下午14:30至17:30'), quotes.join(' | '));
  // Nothing runs past the phone's width.
  assert.ok(await fact.evaluate((e) => e.scrollWidth <= 360), 'wider than the screen');
  await picture(fact, { path: join(out, 'fact-office-hours-360.png') });
  await fact.evaluate((e) => e.setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.querySelector('zhengwu-fact').shadowRoot.querySelector('.statement')?.textContent.startsWith('The bureau'));
  assert.equal(await fact.locator('.statement').textContent(), 'The bureau works Monday to Friday, 8:30–12:00 and 14:30–17:30.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo page fetches only the packs a calculator needs, each once (request log)', async () => {
  const { context, page, packs, problems } = await packWatcher();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('#petition zhengwu-timeline form');
  // A citizen on a phone: the two timelines need 文山's pack and the national one, nothing else.
  assert.deepEqual(packs.sort(), ['cn-national.zwr', 'wenshan-hrss-2019.zwr']);
  // One tap on 审批 sets up the approval calculator: 凉山's pack, once.
  await page.locator('nav a[href="#approval"]').click();
  await page.waitForSelector('#approval zhengwu-approval form');
  assert.deepEqual(packs.filter((p) => p === 'liangshan-office-2003.zwr').length, 1);
  // Opening a ruleset picker needs every ruleset's name: the remaining packs, once each.
  await page.locator('nav a[href="#deadline"]').click();
  await page.waitForSelector('#deadline zhengwu-deadline form');
  await page.locator('#dl-ruleset').focus();
  // Every ruleset with deadline rules: the six and national law (the 1998 notice has none).
  await page.waitForFunction(() => document.querySelectorAll('#dl-ruleset option').length === 7);
  await page.locator('nav a[href="#sanction"]').click();
  await page.waitForSelector('#sanction zhengwu-sanction form');
  const rulesets = readdirSync(join(root, 'data', 'rules')).filter((d) => existsSync(join(root, 'data', 'rules', d, 'ruleset.toml')));
  assert.equal(packs.length, rulesets.length, packs.join(', '));
  assert.equal(new Set(packs).size, rulesets.length);
  assert.deepEqual(problems, []);
  await context.close();
});

// The demo page, and the embedding example a portal can copy (www/embed.html).
for (const [path, ready] of [['/', 'body[data-ready=true] #petition zhengwu-timeline'], ['/embed.html', 'zhengwu-timeline']]) {
  test(`page start (${path}): the modules, the wasm module and the first packs are preloaded, each fetched once`, async () => {
    const { context, page, problems } = await packWatcher();
    await page.setViewportSize({ width: 360, height: 780 });
    const requests = [];
    const statuses = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => statuses.push(`${r.status()} ${r.url()}`));
    await page.route(`${base}/axe.min.js`, (route) => route.fulfill({ path: require.resolve('axe-core/axe.min.js'), contentType: 'text/javascript' }));
    await page.goto(`${base}${path}`);
    await page.waitForSelector(`${ready} form`);
    const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')].map((l) => l.href));
    // The page's own script tags are found at once without a link.
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script[type=module]')].map((x) => x.src));
    const fetched = requests.filter((u) => /\/pkg\/.*\.(?:js|wasm|zwr)$/.test(u) && !scripts.includes(u));
    // Nothing the page needed at start was discovered late (an import of an import, a pack asked
    // for after the module started), and nothing preloaded went unused or missing.
    assert.deepEqual(fetched.filter((u) => !preloaded.includes(u)), [], 'requested without a preload link');
    assert.deepEqual(preloaded.filter((u) => !fetched.includes(u)), [], 'preloaded but never requested');
    // A page of modules preloads them all, the glue's generated snippet too; a page loading the
    // elements as one file (elements.bundle.js) fetches no other script.
    const bundled = scripts.some((u) => u.endsWith('/elements.bundle.js'));
    if (bundled) assert.deepEqual(fetched.filter((u) => u.endsWith('.js')), [], 'the bundle imports nothing');
    else assert.ok(preloaded.some((u) => /\/pkg\/(?:lite\/)?snippets\/.+\.js$/.test(u)), 'the snippet module is preloaded');
    assert.equal(new Set(requests).size, requests.length, requests.join('\n'));
    assert.deepEqual(statuses.filter((x) => !x.startsWith('200 ')), []);
    if (path === '/embed.html') {
      // A portal page as the README recommends: the elements in one file (zhengwu/lite's bundle).
      assert.ok(bundled, scripts.join('\n'));
      // A citizens' page: the module without the staff kinds (zhengwu/lite), never the full one.
      assert.ok(requests.some((u) => u.endsWith('/pkg/lite/zhengwu_bg.wasm')), requests.join('\n'));
      assert.ok(!requests.some((u) => u.endsWith('/pkg/zhengwu_bg.wasm')), requests.join('\n'));
      const s = page.locator('zhengwu-timeline');
      await field(s, 'events.received').fill('2026-12-01');
      await s.getByRole('button', { name: '计算' }).click();
      assert.ok((await s.locator('.answer p.big').first().textContent()).includes('送达受理告知书：期限 2026-12-16'));
      await audit(page, 'embedding example');
      await picture(page, { path: join(out, 'embed-360.png'), fullPage: true });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the dev server sends the precompressed copies a browser accepts', async () => {
  const get = (path, encoding) => new Promise((resolve, reject) => http.get(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ encoding: res.headers['content-encoding'] ?? null, vary: res.headers.vary, body: Buffer.concat(chunks) }));
  }).on('error', reject));
  const raw = readFileSync(join(root, 'pkg', 'zhengwu_bg.wasm'));
  const br = await get('/pkg/zhengwu_bg.wasm', 'gzip, deflate, br, zstd');
  assert.equal(br.encoding, 'br');
  assert.equal(br.vary, 'accept-encoding');
  assert.ok(zlib.brotliDecompressSync(br.body).equals(raw));
  const gz = await get('/pkg/rules/cn-national.zwr', 'gzip');
  assert.equal(gz.encoding, 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(readFileSync(join(root, 'pkg', 'rules', 'cn-national.zwr'))));
  const identity = await get('/pkg/zhengwu_bg.wasm', 'br;q=0, identity');
  assert.equal(identity.encoding, null);
  assert.ok(identity.body.equals(raw));
});
