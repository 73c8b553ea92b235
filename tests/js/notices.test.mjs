// The notice texts in data/calendar/notices/ drafted by scripts/calendar/draft-notice.mjs (with
// the statutory days of pkg/'s statutoryHolidays) must equal the calendar data: the year's
// ordinary notice in data/calendar/cn.toml, or data/calendar/years/<year>.json for a year after
// it. Corrupted texts must be refused naming the item.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'smol-toml';
import z, { root } from './load.mjs';
import { draftNotice } from '../../scripts/calendar/draft-notice.mjs';

const notices = join(root, 'data', 'calendar', 'notices');
const script = join(root, 'scripts', 'calendar', 'draft-notice.mjs');
const text = (year) => readFileSync(join(notices, `${year}.txt`), 'utf8');
const ORDINARY = /^国务院办公厅关于\d{4}年部分节假日安排的通知$/;

// cn.toml names holidays as the notice does (name_zh); its English for 清明节 is
// "Tomb-Sweeping Day" where the module's 放假办法 table says "Qingming Festival".
const english = (nameEn) => nameEn.replaceAll('Tomb-Sweeping Day', 'Qingming Festival');

/** The year's ordinary notice in cn.toml in the loadCalendar() shape (without url and note). */
function fromToml(year) {
  const toml = parse(readFileSync(join(root, 'data', 'calendar', 'cn.toml'), 'utf8'));
  const n = toml.notice.filter((x) => x.year === year && ORDINARY.test(x.title));
  assert.equal(n.length, 1, `${year}: one ordinary notice in cn.toml`);
  return {
    year,
    title: n[0].title,
    number: n[0].number,
    published: n[0].published,
    holidays: n[0].holiday.map((h) => ({ name: h.name_zh, nameEn: english(h.name_en), rest: h.rest, statutory: h.statutory, work: h.work })),
  };
}

function expected(year) {
  const file = join(root, 'data', 'calendar', 'years', `${year}.json`);
  if (year <= 2026) return fromToml(year);
  assert.ok(existsSync(file), `${year}: a notice text without data/calendar/years/${year}.json`);
  const { url, note, ...data } = JSON.parse(readFileSync(file, 'utf8'));
  return data;
}

const years = readdirSync(notices).filter((f) => /^\d{4}\.txt$/.test(f)).map((f) => Number(f.slice(0, 4)));

test('the notice texts 2020–2026 are all there', () => {
  assert.deepEqual(years, [2020, 2021, 2022, 2023, 2024, 2025, 2026]);
});

for (const year of years) {
  test(`${year}: the drafted notice equals the calendar data`, () => {
    const { url, note, ...draft } = draftNotice(text(year), z).data;
    assert.deepEqual(draft, expected(year));
    assert.match(url, /^https?:\/\//, 'the header names the source');
  });
}

test('a reprint with half-width punctuation and spaces reads the same', () => {
  const reprint = text(2025).replace(/，/g, ',').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')')
    .replace('\n国办发明电〔2024〕', '\n国办发明电[2024]').replace('\n国务院办公厅关于2025年部分', '\n国务院办公厅关于2025年 部分');
  assert.match(reprint, /\n国务院办公厅关于2025年 部分节假日安排的通知\n国办发明电\[2024\]12号\n/);
  assert.deepEqual(draftNotice(reprint, z).data, draftNotice(text(2025), z).data);
});

// Worked by hand from the texts: the forms that need more than reading two dates.
test('与周末连休 takes in the adjoining weekend; a range may start in the previous December', () => {
  const h2024 = draftNotice(text(2024), z).data.holidays;
  // "1月1日放假，与周末连休": Monday 2024-01-01 with Saturday and Sunday before it.
  assert.deepEqual(h2024[0].rest, ['2023-12-30', '2024-01-01']);
  // "6月10日放假，与周末连休": Monday 2024-06-10.
  assert.deepEqual(h2024[4].rest, ['2024-06-08', '2024-06-10']);
  // "2022年12月31日至2023年1月2日放假调休，共3天"
  assert.deepEqual(draftNotice(text(2023), z).data.holidays[0].rest, ['2022-12-31', '2023-01-02']);
});

test('statutory days per block: 中秋节 inside 国庆节, 除夕 from 2025, the 2024 除夕 only encouraged', () => {
  const h2025 = draftNotice(text(2025), z).data.holidays;
  // 2025 rules: 除夕 1-28 and 初一–初三; 中秋 2025-10-06 inside "10月1日（周三）至8日（周三）".
  assert.deepEqual(h2025[1].statutory, ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
  assert.deepEqual(h2025[5].statutory, ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06']);
  assert.equal(h2025[5].nameEn, 'National Day and Mid-Autumn Festival');
  // 2020: 中秋 fell on 10-01 itself, so the block has three statutory days.
  assert.deepEqual(draftNotice(text(2020), z).data.holidays[5].statutory, ['2020-10-01', '2020-10-02', '2020-10-03']);
  // 2024 (2013 rules): 初一–初三 only; "安排职工在除夕（2月9日）休息" changes no day.
  const d2024 = draftNotice(text(2024), z);
  assert.deepEqual(d2024.data.holidays[1].statutory, ['2024-02-10', '2024-02-11', '2024-02-12']);
  assert.deepEqual(d2024.blocks[1].other, ['鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息']);
});

// Each corruption of the 2025 text, and the problems worked out for it by hand.
const CORRUPTIONS = [
  ['a 上班 day on a weekday', '4月27日（周日）上班', '4月28日（周一）上班', [
    // 2025-04-28 is a Monday (and the text says so).
    '四、劳动节：上班日 2025-04-28 是星期一，不是周六或周日 (a 上班 day must be a Saturday or Sunday)',
  ]],
  ['a wrong weekday in parentheses', '1月1日（周三）', '1月1日（周四）', [
    '一、元旦：1月1日写作（周四），但 2025-01-01 是星期三 (2025-01-01 is not the weekday the text gives)',
  ]],
  ['a wrong 共N天', '5日（周一）放假调休，共5天', '5日（周一）放假调休，共6天', [
    '四、劳动节：写“共6天”，但 2025-05-01 至 2025-05-05 是 5 天 (the text\'s day count differs from the range)',
  ]],
  ['a missing festival', '五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。\n', '', [
    '缺少端午节：放假办法规定的节日没有对应条目 (no item for 端午节, which the holiday rules require)',
  ]],
  ['a 上班 day in the middle of another year', '10月11日（周六）上班', '2024年10月12日（周六）上班', [
    // 2024-10-12 was a Saturday (a 上班 day of the 2024 notice).
    '六、国庆节、中秋节：2024-10-12 不在 2025 年，也不在 2024 年12月25日至31日 (a date of another year outside 25–31 December of the year before)',
  ]],
  ['a festival whose statutory days fall outside its block', '1月28日（农历除夕、周二）至2月4日', '1月29日（周三）至2月4日', [
    // 1-29 … 2-04 is 7 days, and 除夕 2025-01-28 is statutory under the 2024 rules.
    '二、春节：写“共8天”，但 2025-01-29 至 2025-02-04 是 7 天 (the text\'s day count differs from the range)',
    '二、春节：春节的法定假日 2025-01-28 不在放假区间 2025-01-29 至 2025-02-04 内 (statutory days outside the block)',
  ]],
];

for (const [what, from, to, problems] of CORRUPTIONS) {
  test(`${what} is refused`, () => {
    const corrupted = text(2025).replace(from, to);
    assert.notEqual(corrupted, text(2025), `${from} is in the text`);
    assert.throws(() => draftNotice(corrupted, z), { name: 'NoticeError', problems });
  });
}

// The command itself: exit status, the JSON, the summary, and loadCalendar on the year after the
// built-in calendar (the made-up 2027 text in tests/fixtures, clearly marked as test data).
function run(...args) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

test('the command drafts the (made-up) 2027 text and the module accepts it', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'zhengwu-notice-')), '2027.json');
  const r = run(join(root, 'tests', 'fixtures', 'notice-2027-test.txt'), '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /loadCalendar：模块已接受，覆盖至 2027-12-31/);
  assert.match(r.stderr, /未找到文号/);
  const d = (first, last, statutory, work) => ({ rest: [first, last], statutory, work });
  const data = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(data.holidays.map(({ name, nameEn, ...block }) => [name, nameEn, block]), [
    // "12月31日（周四）至1月3日（周日）…12月27日（周日）上班": the December before.
    ['元旦', "New Year's Day", d('2026-12-31', '2027-01-03', ['2027-01-01'], ['2026-12-27'])],
    // 2027: 正月初一 is 2-06, 除夕 2-05 (both statutory under the 2024 rules).
    ['春节', 'Spring Festival', d('2027-02-05', '2027-02-12', ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], ['2027-02-20'])],
    ['清明节', 'Qingming Festival', d('2027-04-03', '2027-04-05', ['2027-04-05'], [])],
    ['劳动节', 'Labour Day', d('2027-05-01', '2027-05-05', ['2027-05-01', '2027-05-02'], ['2027-04-25', '2027-05-08'])],
    ['端午节', 'Dragon Boat Festival', d('2027-06-09', '2027-06-09', ['2027-06-09'], [])],
    ['中秋节', 'Mid-Autumn Festival', d('2027-09-15', '2027-09-15', ['2027-09-15'], [])],
    ['国庆节', 'National Day', d('2027-10-01', '2027-10-07', ['2027-10-01', '2027-10-02', '2027-10-03'], ['2027-09-26', '2027-10-09'])],
  ]);
  assert.equal(data.published, '2026-11-20');
  assert.equal(data.number, undefined);
  assert.match(data.note, /测试数据/);
});

test('the command prints the draft and its summary, or the failures naming the item', () => {
  const ok = run(join(notices, '2025.txt'));
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).number, '国办发明电〔2024〕12号');
  assert.match(ok.stderr, /六、国庆节、中秋节\s+放假 2025-10-01（周三） 至 2025-10-08（周三） 共8天；法定 2025-10-01、2025-10-02、2025-10-03、2025-10-06；上班 2025-09-28（周日）、2025-10-11（周六）/);
  assert.match(ok.stderr, /未试加载/);
  const bad = join(mkdtempSync(join(tmpdir(), 'zhengwu-notice-')), 'bad.txt');
  writeFileSync(bad, text(2025).replace('1月1日（周三）', '1月1日（周四）'));
  const refused = run(bad);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /通知未通过检查/);
  assert.match(refused.stderr, /一、元旦：1月1日写作（周四），但 2025-01-01 是星期三/);
  assert.equal(refused.stdout, '');
  const usage = run();
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /用法/);
});
