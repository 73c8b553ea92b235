// A typed usage example, checked with `tsc --noEmit --strict` against pkg/zhengwu.d.ts.
import init, { answer, deadline, timeline, approvalRoute, catalog, addWorkingDays, isWorkingDay, loadCalendar, loadRules, statutoryHolidays } from '../../pkg/zhengwu.js';
import type { DeadlineAnswer, SanctionAnswer, FactsOnly, TimelineStep, ZhengwuError, CalendarData, RouteStep, LoadedRuleset, StatutoryDay } from '../../pkg/zhengwu.js';
import { fetchRules } from '../../pkg/rules.js';
import { fetchCalendar } from '../../pkg/calendar.js';
import type { CalendarFetchError } from '../../pkg/calendar.js';

export async function example(): Promise<string[]> {
  await init();
  const loaded: LoadedRuleset[] = await fetchRules(['wenshan-hrss-2019', 'liangshan-office-2003']);
  const again: LoadedRuleset = loadRules(new Uint8Array(await (await fetch('/pkg/rules/cn-national.zwr')).arrayBuffer()));
  const available: string[] = catalog().available;
  const a: DeadlineAnswer = deadline({ ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', asOf: '2026-09-01' });
  const lines: string[] = [`${a.name.zh}: ${a.due} (${a.citations[0]?.article ?? ''})`];
  if (a.status) lines.push(a.status.text);
  // answer(kind, q): the answer's type follows the kind, and `reasons: false` leaves the reasons out.
  const s: SanctionAnswer = answer('sanction', { ruleset: 'wenshan-hrss-2019', rule: 'wenshan.sanction.absenteeism', absentDaysInYear: 20 });
  const f: FactsOnly<DeadlineAnswer> = answer('deadline', { ruleset: 'wenshan-hrss-2019', ref: 'DL-004-056-09', start: '2026-08-03', reasons: false });
  lines.push(s.measures.join(), f.due);
  // @ts-expect-error a kind the module has not
  answer('deadlines', { ruleset: 'wenshan-hrss-2019' });
  const t = timeline({ ruleset: 'wenshan-hrss-2019', procedure: 'wenshan.petition', events: { received: '2026-08-03' } });
  const open: TimelineStep[] = t.steps.filter((s) => s.status === 'open' || s.status === 'overdue');
  lines.push(...open.map((s) => `${s.name.en} → ${s.due ?? '—'}`));
  const route: RouteStep[] = approvalRoute({ ruleset: 'liangshan-office-2003', rule: 'liangshan.expense', amount: 6000, budgeted: true }).steps;
  lines.push(route.map((s) => `${s.role}(${s.action})`).join(' → '));
  lines.push(String(catalog().rulesets.length), addWorkingDays('2026-01-01', 1), String(isWorkingDay('2005-12-31')));
  const data: CalendarData = { year: 2027, title: '…', published: '2026-11-01', holidays: [{ name: '元旦', rest: ['2027-01-01', '2027-01-01'], statutory: ['2027-01-01'], work: [] }] };
  try {
    loadCalendar(data);
  } catch (e) {
    const err = e as ZhengwuError;
    lines.push(`${err.code} ${err.field ?? ''} ${err.messageEn}`);
  }
  lines.push(...loaded.map((r) => `${r.ruleset} ${r.name.zh}`), again.rulesVersion, available.join(','));
  const days: StatutoryDay[] = statutoryHolidays(2027);
  lines.push(...days.map((d) => `${d.date} ${d.name} ${d.nameEn}`));
  try {
    const { added, info } = await fetchCalendar({ base: '/pkg/calendar/' });
    lines.push(`${added.join(',')} ${info.last}`);
  } catch (e) {
    const err = e as CalendarFetchError;
    lines.push(`${err.code} ${err.status ?? ''} ${err.messageEn}`);
  }
  return lines;
}
