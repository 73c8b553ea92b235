#!/usr/bin/env node
// Drafts a loadCalendar() file from the text of a State Council holiday notice
// (国务院办公厅关于YYYY年部分节假日安排的通知), checking the text as it goes.
//
//   node scripts/calendar/draft-notice.mjs <notice.txt> [--out <file.json>]
//
// The text is the notice as published: title, 文号, salutation, the numbered items
// ("二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、
// 2月8日（周六）上班。"), 落款 and date. Lines starting with `#` are comments; `# url: …` and
// `# note: …` among them become the draft's `url` and `note`. Full- and half-width punctuation
// are both read.
//
// The statutory days come from the built module (statutoryHolidays), never from lunar code here:
// the draft and the engine then agree on what the 放假办法 makes a holiday. Needs `pkg/` (bash
// scripts/build.sh) and nothing beyond node.
//
// The draft JSON goes to --out or stdout; a summary to compare with the text goes to stderr.
// Exit status 1 when the text fails a check (every failure is listed, naming its item), 2 on
// usage errors.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const WEEKDAYS = '日一二三四五六';
const NUMERALS = '一二三四五六七八九十';

/** A failed check: `problems` lists one message per failure, each naming its item. */
export class NoticeError extends Error {
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'NoticeError';
    this.problems = problems;
  }
}

// Half-width punctuation (as in many reprints) read as the full-width the notices use, and the
// 文号's brackets typed as [ ] read as 〔 〕.
const FULL_WIDTH = { ',': '，', ':': '：', '(': '（', ')': '）', '[': '〔', ']': '〕' };
function fullWidth(line) {
  return line.replace(/[,:()[\]]/g, (c) => FULL_WIDTH[c]);
}

// --- civil dates in UTC: nothing here depends on the clock or the time zone -------------------

const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const utc = (s) => Date.parse(`${s}T00:00:00Z`);
const weekday = (s) => new Date(utc(s)).getUTCDay();
const daysIn = (first, last) => (utc(last) - utc(first)) / 86_400_000 + 1;
const plusDays = (s, n) => new Date(utc(s) + n * 86_400_000).toISOString().slice(0, 10);
const isRealDate = (y, m, d) => plusDays(iso(y, m, d), 0) === iso(y, m, d);
// "2月4日" for messages, as the notice writes dates.
const zhDate = (s) => `${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;

// --- the notice's parts -----------------------------------------------------------------------

/** Header comments (`# url: …`, `# note: …`) and the text lines, without spaces or blank lines. */
function splitLines(text) {
  const header = {};
  const lines = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#')) {
      const m = /^#\s*(url|note)\s*:\s*(.+)$/.exec(line);
      if (m) header[m[1]] = m[2].trim();
    } else if (line) {
      // Spaces carry nothing in the text (reprints add them: "关于2020年 部分节假日…").
      lines.push(fullWidth(line.replace(/\s+/g, '')));
    }
  }
  return { header, lines };
}

/** Title (the gazette may break it over two lines), year, 文号 and the 落款 date. */
function readHead(lines, problems) {
  const i = lines.findIndex((l) => l.startsWith('国务院办公厅关于'));
  let title = i < 0 ? '' : lines[i];
  if (i >= 0 && !title.endsWith('通知') && lines[i + 1]?.endsWith('通知')) title += lines[i + 1];
  const t = /^国务院办公厅关于(\d{4})年部分节假日安排的通知$/.exec(title);
  if (!t) {
    problems.push(`标题：未找到“国务院办公厅关于YYYY年部分节假日安排的通知” (title: no ordinary yearly holiday notice title found${title ? `, got “${title}”` : ''})`);
    return null;
  }
  const year = Number(t[1]);
  const number = lines.find((l) => /^国办发\S*〔\d{4}〕\d+号$/.test(l));
  // The 落款 date is the last line that is only a date.
  const dates = lines.map((l) => /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(l)).filter(Boolean);
  const last = dates.at(-1);
  const published = last && iso(Number(last[1]), Number(last[2]), Number(last[3]));
  if (!published || !isRealDate(Number(last[1]), Number(last[2]), Number(last[3]))) {
    problems.push('落款：未找到成文日期（单独一行的“YYYY年M月D日”） (no 落款 date line found)');
  } else if (published >= iso(year, 1, 1)) {
    // Every ordinary notice is issued before the year it arranges.
    problems.push(`落款：成文日期 ${published} 不在 ${year} 年之前 (the notice date ${published} is not before ${year})`);
  }
  return { year, title, number, published };
}

/** The numbered items: "二、春节：…" → { label: '二、春节', names: ['春节'], text: '…' }. */
function readItems(lines) {
  const items = [];
  for (const line of lines) {
    const m = new RegExp(`^([${NUMERALS}]+)、([^：]+)：(.+)$`).exec(line);
    if (m) items.push({ label: `${m[1]}、${m[2]}`, names: m[2].split('、'), text: m[3] });
  }
  return items;
}

// --- one item ---------------------------------------------------------------------------------

const DATE = '(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日(?:（[^）]*）)?';
const REST = new RegExp(`^(${DATE})(?:至(${DATE}))?放假(?:调休)?(?:(\\d+)天)?(?:，(.+))?$`);
const DATE_PARTS = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?$/;

/**
 * Reads the dates of one item in order. A date without a year is in the notice's year, except
 * a December date in the 元旦 item, which can only be the December before ("12月30日至1月1日");
 * an explicit year carries to the following dates ("2022年12月31日至2023年1月2日"), and a date
 * without a month takes the previous date's month ("10月1日至8日").
 */
function dateReader(year, item, fail) {
  const context = { year: null, month: null };
  const newYear = item.names.includes('元旦');
  return (token) => {
    const m = DATE_PARTS.exec(token);
    const month = m[2] ? Number(m[2]) : context.month;
    if (month === null) {
      fail(`“${token}”没有月份 (“${token}” has no month)`);
      return null;
    }
    const y = m[1] ? Number(m[1]) : context.year ?? (newYear && month === 12 ? year - 1 : year);
    if (m[1]) context.year = y;
    context.month = month;
    const day = Number(m[3]);
    if (!isRealDate(y, month, day)) {
      fail(`${y}年${month}月${day}日不是有效日期 (not a real date)`);
      return null;
    }
    const date = iso(y, month, day);
    checkWeekday(date, m[4], fail);
    return date;
  };
}

// "（农历除夕、周二）": the weekday, where given, must be the date's.
function checkWeekday(date, parenthesis, fail) {
  for (const part of parenthesis?.split('、') ?? []) {
    const w = /^(?:周|星期)([一二三四五六日天])$/.exec(part);
    if (!w) continue;
    const said = w[1] === '天' ? 0 : WEEKDAYS.indexOf(w[1]);
    if (said !== weekday(date)) {
      fail(`${zhDate(date)}写作（${part}），但 ${date} 是星期${WEEKDAYS[weekday(date)]} (${date} is not the weekday the text gives)`);
    }
  }
}

/** The rest block of an item's first sentence with 放假, in the forms the notices use. */
function readRest(sentence, readDate, fail) {
  const m = REST.exec(sentence);
  // What may follow "…放假（调休）[N天]，": 共N天, 不调休, 与周末连休, or nothing.
  const tail = m && /^(?:共(\d+)天|不调休|与周末连休)?$/.exec(m[4] ?? '');
  if (!tail) {
    fail(`无法识别的放假写法“${sentence}” (unrecognised rest sentence)`);
    return null;
  }
  let first = readDate(m[1]);
  let last = m[2] ? readDate(m[2]) : first;
  if (!first || !last) return null;
  if (m[4] === '与周末连休') {
    // "1月1日放假，与周末连休": the weekend next to the day joins the block.
    const w = weekday(first);
    if (m[2] || (w !== 1 && w !== 5)) {
      fail(`“与周末连休”只能用于单独的周一或周五，${first} 是星期${WEEKDAYS[w]} (与周末连休 needs a single Monday or Friday)`);
      return null;
    }
    if (w === 1) first = plusDays(first, -2);
    else last = plusDays(last, 2);
  }
  if (last < first) {
    fail(`放假区间 ${first} 至 ${last} 首尾颠倒 (the rest range ends before it starts)`);
    return null;
  }
  const count = tail[1] ?? m[3]; // "共8天", or "放假1天，不调休"
  if (count !== undefined && Number(count) !== daysIn(first, last)) {
    const said = tail[1] ? `共${count}天` : `放假${count}天`;
    fail(`写“${said}”，但 ${first} 至 ${last} 是 ${daysIn(first, last)} 天 (the text's day count differs from the range)`);
  }
  return [first, last];
}

/** Reads one item into a block `{ names, rest, work, other }`, reporting failures. */
function readItem(year, item, problems) {
  const fail = (message) => problems.push(`${item.label}：${message}`);
  const readDate = dateReader(year, item, fail);
  const sentences = item.text.split('。').map((s) => s.trim()).filter(Boolean);
  const restAt = sentences.findIndex((s) => s.includes('放假'));
  if (restAt < 0) {
    fail('没有放假日期 (no rest dates)');
    return null;
  }
  const rest = readRest(sentences[restAt], readDate, fail);
  const work = [];
  const other = [];
  for (const s of sentences.filter((_, i) => i !== restAt)) {
    if (s.endsWith('上班')) {
      for (const token of s.match(new RegExp(DATE, 'g')) ?? []) {
        const d = readDate(token);
        if (d) work.push(d);
      }
    } else {
      other.push(s); // e.g. 2024's "鼓励…安排职工在除夕（2月9日）休息": no day changes kind
    }
  }
  return rest && { label: item.label, names: item.names, rest, work: work.sort(), other };
}

// --- checks across the notice -----------------------------------------------------------------

function checkBlock(year, block, statutory, problems) {
  const fail = (message) => problems.push(`${block.label}：${message}`);
  const [first, last] = block.rest;
  for (const w of block.work) {
    if (weekday(w) !== 0 && weekday(w) !== 6) {
      fail(`上班日 ${w} 是星期${WEEKDAYS[weekday(w)]}，不是周六或周日 (a 上班 day must be a Saturday or Sunday)`);
    }
    if (w >= first && w <= last) fail(`上班日 ${w} 在放假区间内 (a 上班 day inside the rest block)`);
  }
  // Only the last days of the December before may belong to another year.
  for (const d of [first, last, ...block.work]) {
    if (Number(d.slice(0, 4)) !== year && !(d >= iso(year - 1, 12, 25) && d <= iso(year - 1, 12, 31))) {
      fail(`${d} 不在 ${year} 年，也不在 ${year - 1} 年12月25日至31日 (a date of another year outside 25–31 December of the year before)`);
    }
  }
  const known = new Set(statutory.map((s) => s.name));
  for (const name of block.names) {
    if (!known.has(name)) {
      fail(`“${name}”不是《全国年节及纪念日放假办法》的节日 (not a festival of the national holiday rules)`);
      continue;
    }
    const outside = statutory.filter((s) => s.name === name && (s.date < first || s.date > last));
    if (outside.length) {
      fail(`${name}的法定假日 ${outside.map((s) => s.date).join('、')} 不在放假区间 ${first} 至 ${last} 内 (statutory days outside the block)`);
    }
  }
}

// Every festival of the 放假办法 needs exactly one item.
function checkFestivals(blocks, statutory, problems) {
  for (const name of new Set(statutory.map((s) => s.name))) {
    const holders = blocks.filter((b) => b.names.includes(name));
    if (holders.length === 0) problems.push(`缺少${name}：放假办法规定的节日没有对应条目 (no item for ${name}, which the holiday rules require)`);
    if (holders.length > 1) problems.push(`${name}出现在多个条目中：${holders.map((b) => b.label).join('；')} (festival in more than one item)`);
  }
}

// --- the draft --------------------------------------------------------------------------------

/**
 * Drafts the loadCalendar() data of a notice text.
 *
 * @param {string} text the notice as published (see the top of this file)
 * @param {{ statutoryHolidays(year: number): { date: string, name: string, nameEn: string }[] }} zhengwu
 *   the initialised module
 * @returns {{ data: object, blocks: object[], warnings: string[] }} the draft, the blocks as read
 *   (with the sentences that changed no day) and warnings
 * @throws {NoticeError} listing every failed check
 */
export function draftNotice(text, zhengwu) {
  const problems = [];
  const warnings = [];
  const { header, lines } = splitLines(text);
  const head = readHead(lines, problems);
  if (!head) throw new NoticeError(problems);
  let statutory;
  try {
    statutory = zhengwu.statutoryHolidays(head.year);
  } catch (e) {
    throw new NoticeError([`标题：${head.year} 年：${e.message} (${e.messageEn})`]);
  }
  const items = readItems(lines);
  if (items.length === 0) problems.push('正文：未找到“一、元旦：…”形式的条目 (no numbered items found)');
  const blocks = items.map((item) => readItem(head.year, item, problems)).filter(Boolean);
  for (const block of blocks) checkBlock(head.year, block, statutory, problems);
  checkFestivals(items, statutory, problems);
  if (problems.length) throw new NoticeError(problems);
  if (!head.number) warnings.push('未找到文号（如“国办发明电〔2024〕12号”），草稿不含 number (no document number found)');
  const english = new Map(statutory.map((s) => [s.name, s.nameEn]));
  // The module lists them in the 放假办法's order (中秋节 before 国庆节 even when it is later).
  const statutoryDates = [...new Set(statutory.map((s) => s.date))].sort();
  const data = {
    year: head.year,
    title: head.title,
    ...(head.number && { number: head.number }),
    published: head.published,
    ...(header.url && { url: header.url }),
    ...(header.note && { note: header.note }),
    holidays: blocks.map((b) => ({
      name: b.names.join('、'),
      nameEn: b.names.map((n) => english.get(n)).join(' and '),
      rest: b.rest,
      // Every statutory day of the year inside the block (中秋节 inside 国庆节's, both named).
      statutory: statutoryDates.filter((d) => d >= b.rest[0] && d <= b.rest[1]),
      work: b.work,
    })),
  };
  return { data, blocks, warnings };
}

/** The lines of the stderr summary: one per block, then what was not encoded. */
export function summary({ data, blocks, warnings }) {
  const day = (d) => `${d}（周${WEEKDAYS[weekday(d)]}）`;
  const out = [`${data.title}　${data.number ?? '（无文号）'}　${data.published}`];
  data.holidays.forEach((h, i) => {
    const [first, last] = h.rest;
    out.push(`  ${blocks[i].label.padEnd(8, '　')} 放假 ${day(first)} 至 ${day(last)} 共${daysIn(first, last)}天；` +
      `法定 ${h.statutory.join('、') || '—'}；上班 ${h.work.map(day).join('、') || '—'}`);
  });
  for (const b of blocks) for (const s of b.other) out.push(`  未编码（不改变日期）：${b.label}：${s}。`);
  for (const w of warnings) out.push(`  注意：${w}`);
  return out;
}

// --- the command ------------------------------------------------------------------------------

const ROOT = new URL('../../', import.meta.url);

async function loadModule() {
  const wasm = new URL('pkg/zhengwu_bg.wasm', ROOT);
  if (!existsSync(wasm)) throw new Error('pkg/ 未构建：先运行 bash scripts/build.sh (pkg/ is not built: run bash scripts/build.sh)');
  const z = await import(new URL('pkg/zhengwu.js', ROOT).href);
  z.initSync({ module: readFileSync(wasm) });
  return z;
}

// The module takes only the year after its last one: add the committed yearly files before the
// draft's year first, then the draft, so that the module's own validation runs on it.
function tryLoad(z, data) {
  const years = new URL('data/calendar/years/', ROOT);
  const files = existsSync(years) ? readdirSync(years).filter((f) => /^\d{4}\.json$/.test(f)).sort() : [];
  for (const f of files) {
    const y = Number(f.slice(0, 4));
    if (y === nextYear(z) && y < data.year) z.loadCalendar(JSON.parse(readFileSync(new URL(f, years), 'utf8')));
  }
  if (data.year !== nextYear(z)) {
    return `loadCalendar：未试加载（模块覆盖至 ${z.calendarInfo().last}，只能加载 ${nextYear(z)} 年） (not loaded: only ${nextYear(z)} can follow the module's calendar)`;
  }
  try {
    z.loadCalendar(data);
  } catch (e) {
    throw new NoticeError([`loadCalendar 拒绝了草稿：${e.message} (${e.code}, ${e.field}: ${e.messageEn})`]);
  }
  return `loadCalendar：模块已接受，覆盖至 ${z.calendarInfo().last} (accepted by the module)`;
}

const nextYear = (z) => Number(z.calendarInfo().last.slice(0, 4)) + 1;

async function main(args) {
  const files = [...args];
  const outAt = files.indexOf('--out');
  const out = outAt >= 0 ? files.splice(outAt, 2)[1] : undefined;
  if (files.length !== 1 || (outAt >= 0 && !out)) {
    console.error('用法 (usage): node scripts/calendar/draft-notice.mjs <notice.txt> [--out <file.json>]');
    return 2;
  }
  let z;
  try {
    z = await loadModule();
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  try {
    const draft = draftNotice(readFileSync(files[0], 'utf8'), z);
    const lines = [...summary(draft), `  ${tryLoad(z, draft.data)}`];
    const json = JSON.stringify(draft.data, null, 2) + '\n';
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
    console.error(lines.join('\n'));
    return 0;
  } catch (e) {
    if (!(e instanceof NoticeError)) throw e;
    console.error(`${files[0]}：通知未通过检查 (the notice failed its checks)：`);
    for (const p of e.problems) console.error(`  ${p}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
