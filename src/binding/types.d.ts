/** A civil date, `YYYY-MM-DD` (no time zone). */
export type CivilDate = string;
/** A Beijing wall-clock moment, `YYYY-MM-DDTHH:MM`. */
export type Moment = string;
/** Answer language for `text` fields. */
export type Lang = "zh" | "en";
// The ruleset ids are not listed here: rules-types.d.ts, which scripts/package.mjs writes from
// catalog() of the build beside this file (pkg/lite/ imports it from one folder up), names the
// rulesets the build has packs for.
import type { RulesetId } from './rules-types.js';
export type { RulesetId };
/** Stable error codes (the `code` property of thrown errors). */
export type ErrorCodeName =
  | "UNKNOWN_RULESET"
  | "UNKNOWN_RULE"
  | "INVALID_DATE"
  | "INVALID_INPUT"
  | "MISSING_INPUT"
  | "OUT_OF_CALENDAR_RANGE"
  | "INVALID_CALENDAR"
  | "RULESET_NOT_LOADED"
  | "INVALID_RULES_PACK";

/** The error every export throws on invalid input. */
export interface ZhengwuError extends Error {
  /** Stable machine code. */
  code: ErrorCodeName;
  /** The input field concerned (dotted path), or null. */
  field: string | null;
  /** Chinese message (also `message`). */
  message: string;
  /** English message. */
  messageEn: string;
}

/** A text in Chinese and English. */
export interface Bilingual { zh: string; en: string; }
/** An article an answer rests on, with a verbatim quote. */
export interface Citation { ruleset: string; document: string; article: string; quote: string; rule: string; }
/** One step of the reasoning. */
export interface TraceStep { rule: string; zh: string; en: string; }
/** One reading of an ambiguous text; select it with `readings: { [id]: key }`. */
export interface Reading { key: string; zh: string; en: string; }
/** An ambiguity the answer depended on. */
/** `option` is null when the answer is the same under every reading (reported only). */
export interface Ambiguity { id: string; question: Bilingual; readings: Reading[]; applied: string; option: string | null; effect: Bilingual | null; }
/** Other or higher law that disagrees, shown side by side. */
export interface Conflict {
  rule: string; summary: Bilingual; citation: Citation; inForce: CivilDate; due: string | null;
  /** Leave: the days the other provision gives for the same facts. */
  days?: number;
}
/** An input still needed for a full answer. */
export interface Missing { field: string; label: Bilingual; }

/**
 * What every answer carries. In the answers of `deadline`, `timeline`, `approvalRoute`,
 * `leaveEntitlement`, `sanction`, `fact`, `check`, `attendance` and `calculate`, the reasons
 * (`citations`, `trace`, `ambiguities`, `conflicts`, `warnings`) are rendered from what the
 * evaluation recorded and come with the facts, as plain data properties after them. Asked for
 * with `reasons: false`, an answer has the facts alone (see `FactsOnly`).
 */
export interface Explained {
  citations: Citation[];
  trace: TraceStep[];
  ambiguities: Ambiguity[];
  conflicts: Conflict[];
  missing: Missing[];
  warnings: Bilingual[];
  /** True when any date in the answer rests on a year whose holiday notice is not published yet. */
  provisional: boolean;
  rulesVersion: string;
  /** Present (true) only when the answer rests on a rules pack loaded with `{ untrusted: true }`. */
  untrustedRules?: true;
}

/**
 * For a date past the last published holiday notice: the earliest and latest date the next
 * notice can make it (the answer's own date is the one under the 放假办法 alone).
 */
export interface DateRange { earliest: string; latest: string; }

/** Options every query accepts. */
export interface QueryBase {
  ruleset: RulesetId | string;
  /** A rule id from `catalog()` … */
  rule?: string;
  /** … or an inventory id (e.g. `DL-004-056-09`). */
  ref?: string;
  /** The day statuses are given for. */
  asOf?: CivilDate;
  lang?: Lang;
  /**
   * Refuse dates past the last published holiday notice (OUT_OF_CALENDAR_RANGE) instead of
   * answering them under the 放假办法 with a range (`provisional: true` on the answer).
   */
  strict?: boolean;
  /** @deprecated Past the last notice answers are provisional by default; `false` is `strict: true`. */
  provisional?: boolean;
  /** Select other readings of ambiguous text, by ambiguity id. */
  readings?: Record<string, string>;
  /**
   * `false`: the facts alone, without `citations`, `trace`, `ambiguities`, `conflicts` and
   * `warnings` (a list of many due dates; nothing of the answer stays in the module).
   */
  reasons?: boolean;
}

/** The reasons an answer carries, absent from one asked for with `reasons: false`. */
export type ReasonKey = "citations" | "trace" | "ambiguities" | "conflicts" | "warnings";
/**
 * An answer asked for with `reasons: false`: its facts alone, and so are those of an answer it
 * holds (a leave's `approval`).
 */
export type FactsOnly<A> = { [K in keyof A as K extends ReasonKey ? never : K]: A[K] extends infer V ? (V extends Explained ? FactsOnly<V> : V) : never };

/** A time interval excluded from a period by law (inclusive). */
export interface Pause { from: CivilDate; to: CivilDate; }

export interface DeadlineQuery extends QueryBase {
  /** The trigger: a date, or a moment for hour limits. */
  start: CivilDate | Moment;
  /** The extension the rule allows was granted. */
  extended?: boolean;
  /** When the duty was done (a moment for hour limits). */
  done?: CivilDate | Moment;
  pauses?: Pause[];
  /** For rules whose limit is set by someone else. */
  setDue?: CivilDate;
}

export type StatusState = "open" | "overdue" | "done_in_time" | "done_late";
export interface Status { state: StatusState; on: CivilDate; daysLeft: number | null; daysOver: number | null; text: string; }
export interface ExtensionInfo { amount: number; unit: string; approver: Bilingual; granted: boolean; }
export interface Counted { amount: number; unit: string; counting: string; calendarDays: number; workingDays: number | null; }

export interface DeadlineAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  duty: Bilingual;
  trigger: Bilingual;
  start: string;
  /** Due by 24:00 of this date, or at this moment. */
  due: string;
  /** When `due` lies past the last published holiday notice (or the next notice may move it). */
  dueRange: DateRange | null;
  earliest: CivilDate | null;
  extendedDue: string | null;
  extendedDueRange: DateRange | null;
  extension: ExtensionInfo | null;
  period: Counted | null;
  soft: boolean;
  note: Bilingual | null;
  onExpiry: Bilingual | null;
  status: Status | null;
  text: string;
}

export interface TimelineQuery extends QueryBase {
  procedure: string;
  /** Event name → date (or moment for hour limits). Step ids record completions; `…Extended` events record extensions. */
  events?: Record<string, CivilDate | Moment | null>;
}

export interface TimelineStep {
  id: string;
  name: Bilingual;
  rule: string;
  refs: string[];
  from: string;
  start: CivilDate | Moment | null;
  due: string | null;
  dueRange: DateRange | null;
  extendedDue: string | null;
  /**
   * Before the step's clock has started: the latest date it can fall due, counted from the latest
   * date the earlier step that starts it can be done (e.g. the reply, from the last day the notice
   * of acceptance may be served).
   */
  latestDue: string | null;
  latestDueRange: DateRange | null;
  latestExtendedDue: string | null;
  /** An office-internal step; a citizen's view may leave it out. */
  internal: boolean;
  extended: boolean;
  status: "waiting" | StatusState;
  daysLeft: number | null;
  daysOver: number | null;
  statusText: string;
  article: string;
}

export interface TimelineAnswer extends Explained {
  procedure: string;
  ruleset: string;
  name: Bilingual;
  asOf: CivilDate | null;
  steps: TimelineStep[];
  next: string | null;
  text: string;
}

/** Facts are the rule's own inputs, listed by `catalog()`. */
export type FactValue = string | number | boolean | string[];

export interface ApprovalQuery extends QueryBase {
  /** Roles (as the seed names them) that are away. */
  absent?: string[];
  [fact: string]: FactValue | Record<string, string> | undefined;
}

export type ActionName = "draft" | "review" | "countersign" | "approve" | "sign" | "decide" | "record" | "notify" | "report" | "handle";

export interface RouteStep {
  order: number;
  role: string;
  roleEn: string;
  action: ActionName;
  actionZh: string;
  parallel: boolean;
  alternatives: Bilingual[];
  quorum: Bilingual | null;
  note: Bilingual | null;
  substitutesFor: string | null;
}

export interface ApprovalAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  variant: Bilingual | null;
  variantRefs: string[];
  note: Bilingual | null;
  sequential: boolean;
  steps: RouteStep[];
  text: string;
}

export interface AuthorityQuery { ruleset: RulesetId | string; role: string; lang?: Lang; }
export interface Limit { fact: string; label: Bilingual; min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean; }
export interface Authority {
  rule: string;
  name: Bilingual;
  variant: Bilingual;
  refs: string[];
  action: ActionName;
  finalDecision: boolean;
  alone: boolean;
  conditions: Bilingual[];
  limits: Limit[];
  citation: Citation;
}
export interface AuthorityAnswer extends Explained { role: string; ruleset: string; matters: Authority[]; text: string; }

export type LeaveQuery = ApprovalQuery & {
  /** The leave's start date: the answer then gives its first and last day and the day back at work. */
  start?: CivilDate;
};

export interface LeavePart { label: Bilingual; days: number; applied: boolean; obsolete: Bilingual | null; }

export interface LeaveAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  /** The days the rule itself gives (the local figure). */
  days: number;
  unit: string;
  parts: LeavePart[];
  /**
   * Where the rule is below a national minimum in force (文山 产假 90 against 98 days): the figure
   * that governs, with its citation and why. The approval route and `text` follow it.
   */
  governing: { days: number; rule: string; citation: Citation; why: Bilingual } | null;
  /**
   * With `start`: the first day of leave (for working-day leave, the first working day from the
   * start), the last day, and the first working day after it.
   */
  dates: { first: CivilDate; last: CivilDate; back: CivilDate } | null;
  approval: ApprovalAnswer | null;
  text: string;
}

export type SanctionQuery = ApprovalQuery;

export interface Party { party: Bilingual; responsibility: Bilingual; measures: Bilingual[]; mode: Bilingual | null; }

export interface SanctionAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  parties: Party[];
  /** Every measure the facts call for (also when no party is named). */
  measures: Bilingual[];
  /** How the measures combine, one entry per applicable measure rule. */
  modes: Bilingual[];
  note: Bilingual | null;
  text: string;
}

export type FactQuery = ApprovalQuery;

/** A fact's value: as the rule data writes it (dates and times are text). */
export type StatedValue = boolean | number | string | StatedValue[] | { [name: string]: StatedValue };

export interface FactAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  /** The clause restated plainly. */
  statement: Bilingual;
  /** Its numbers, times and lists by name (camelCase). */
  values: { [name: string]: StatedValue };
  note: Bilingual | null;
  /** The statement in the requested language. */
  text: string;
}

/** The forms `check()` checks. */
export type CheckForm = "leave_requests" | "duty_roster" | "meeting" | "meeting_schedule" | "destruction" | "inspection"
  | "study_plan" | "inspection_plan" | "information_report" | "drill_plan" | "meeting_topic" | "document" | "follow_up_report" | "personnel_record" | "vehicle_use" | "welfare_request"
  | "field_work" | "filing" | "reception" | "purchase" | "purchase_plan" | "liaison" | "placement" | "seal_use" | "web_post" | "proposal_reply" | "hospital_visit" | "field_research" | "penalty_case" | "leader_reception";
/** The kinds of leave a request names (`annual` is what 文山 第三十四条(二)1 counts per section). */
export type LeaveKind = "annual" | "personal" | "sick" | "marriage" | "maternity" | "bereavement" | "trip" | "other";
/** One leave request or trip. */
export interface LeaveRequest {
  name: string;
  /** The post as the rules name it (县长, 常务副县长, 副秘书长 …). */
  role?: string;
  /** The section (科室). */
  section?: string;
  kind?: LeaveKind;
  /** First and last day away. */
  from: CivilDate;
  to: CivilDate;
  /** The leaders this person serves (对口服务), by name as their own requests give it. */
  serves?: string[];
  /** The A-B post (window) this person shares with one other. */
  window?: string;
}
/** One person on duty on one day. */
export interface DutyRow { date: CivilDate; name: string; role?: string; /** The leader in charge (带班). */ leader?: boolean; /** Hours covered that day, 0–24. */ hours?: number; }
/** A meeting held. */
export interface ScheduledMeeting { body: string; date: CivilDate; /** The department that convened it. */ organiser?: string; }
export interface Votes { for?: number; against?: number; abstain?: number; }
/** What each form submits (every field optional but those marked: a test that lacks a field is listed as not checked). */
export type CheckFormData =
  | { form: "leave_requests"; requests?: LeaveRequest[] }
  | { form: "duty_roster"; unit?: string; from?: CivilDate; to?: CivilDate; duty?: DutyRow[] }
  | {
      form: "meeting"; body: string; date?: CivilDate; /** `HH:MM` */ start?: string; members?: number; due?: number; present?: number;
      votes?: Votes; proposals?: number; /** Minutes of each speech. */ speeches?: number[]; /** Minutes of each topic's presentation. */ presentations?: number[]; lengthMinutes?: number;
    }
  | { form: "meeting_schedule"; from?: CivilDate; to?: CivilDate; meetings?: ScheduledMeeting[] }
  | { form: "destruction"; date?: CivilDate; /** The supervisors present (监销人), by name. */ supervisors?: string[] }
  | { form: "inspection"; date?: CivilDate; /** The officers present, by name. */ inspectors?: string[] }
  | {
      form: "study_plan"; from?: CivilDate; to?: CivilDate; sessions?: DatedRecord[];
      /** The central study group's members and all staff, by name: the people a paper a year is counted for (a person on the list with none is short). */
      centralGroup?: string[]; staff?: string[];
    }
  | { form: "web_post" }
  | { form: "leader_reception"; /** The reception day (the first Monday of March or September, B18). */ date?: CivilDate }
  | { form: "penalty_case"; /** unit or individual. */ party?: "unit" | "individual"; /** The fine of one decision, whole yuan (B29). */ fineYuan?: number; /** One of the kinds 第二十五条(三)2–7 lists, or 其他. */ kind?: string }
  | { form: "field_research"; /** 秘书长, 副秘书长 or 办公室副主任. */ post?: string; /** Whole months at the grassroots this year, 0–12 (Z51). */ months?: number }
  | { form: "hospital_visit"; /** 一般病情 or 大病 (Z50: as entered). */ illness?: string; /** The gift's value, whole yuan. */ giftYuan?: number }
  | { form: "proposal_reply"; /** 重点建议提案 or 其他建议提案. */ item?: string }
  | { form: "seal_use"; /** 需要存档的文件材料 or 不需存档的文件材料. */ document?: string; /** Sealed copies kept for the file. */ keptCopies?: number }
  | { form: "placement"; /** Trainees in the batch. */ trainees?: number; /** The placement's first and last day. */ from?: CivilDate; to?: CivilDate }
  | { form: "liaison"; /** The unit (a county bureau, a section, a direct unit, an agency). */ unit?: string; /** Its information liaisons, by name. */ liaisons?: string[] }
  | { form: "purchase"; date?: CivilDate; /** Who took part and signed the invoice, by name. */ buyers?: string[] }
  | { form: "purchase_plan"; from?: CivilDate; to?: CivilDate; purchases?: DatedRecord[] }
  | { form: "reception"; date?: CivilDate; /** The staff receiving the visit, by name. */ receivers?: string[] }
  | { form: "filing"; /** Which filing form (行政处罚案件审查备案表, 重大案件备案表, 事业单位工作人员流动审批表: catalog() lists them). */ record: string; copies?: number }
  | {
      form: "field_work"; from?: CivilDate; to?: CivilDate; trips?: FieldTrip[];
      /** County government members (下乡调研) and county contact leaders (驻村帮扶), by name: the people whose days are counted. */
      governmentMembers?: string[]; contactLeaders?: string[];
    }
  | { form: "inspection_plan"; from?: CivilDate; to?: CivilDate; checks?: DatedRecord[] }
  | { form: "information_report"; from?: CivilDate; to?: CivilDate; reports?: DatedRecord[] }
  | { form: "drill_plan"; from?: CivilDate; to?: CivilDate; drills?: DatedRecord[]; /** Every emergency plan, drilled or not. */ plans?: string[] }
  | { form: "meeting_topic"; /** Copies of the topic's papers. */ copies?: number }
  | { form: "document"; /** Proofreadings by the drafter, and by the section head before dispatch. */ drafterProofreadings?: number; headProofreadings?: number }
  | { form: "follow_up_report"; from?: CivilDate; to?: CivilDate; /** All enforcement cases of the period, and those followed up. */ cases?: number; followedUp?: number }
  | { form: "personnel_record"; person?: string; post?: string; /** In the post since (checked on the query's `asOf`). */ since?: CivilDate }
  | { form: "vehicle_use"; /** 值班车辆, 应急执法车辆 or 其他公务车辆 (catalog() lists them). */ vehicle?: string; from?: CivilDate; to?: CivilDate }
  | { form: "welfare_request"; /** A farewell: souvenirs given, their value in yuan, farewell meals. */ souvenirs?: number; souvenirYuan?: number; meals?: number };
/** A study session, spot check, information item or drill: what it was (`kind`: one the rules count), when. */
export interface DatedRecord { kind: string; date: CivilDate; /** Study sessions: hours, 0–24. */ hours?: number; /** Drills: the emergency plan. */ plan?: string; /** Study sessions (papers): whose. */ person?: string; /** Study sessions: the start, `HH:MM`. */ start?: string; }
/** A stay in the field: its kind (下乡调研, 驻村帮扶), the date it is counted on, its days (0–366), whose. */
export interface FieldTrip { kind: string; date: CivilDate; days?: number; person?: string; }
/** A query for `check()`: a ruleset, a form and its data; `rule` / `ref` run one rule. */
export type CheckQuery = QueryBase & CheckFormData & { /** Yes/no facts the form confirms (keys: the `confirm.*` inputs of the catalog). */ confirm?: Record<string, boolean>; };

/** A rule the form breaks. */
export interface Violation {
  rule: string;
  /** `must`: the form cannot go as it is; `should`: a warning (the text says 一般 / 原则上). */
  severity: "must" | "should";
  test: "not_together" | "at_most_per_section" | "on_duty" | "quorum" | "vote_pass" | "per_period" | "count" | "duration" | "timing" | "confirmed" | "persons" | "ratio" | "tenure" | "off_holidays";
  /** The form field concerned (`requests`, `present`, `confirm.headSpokeLast` …). */
  field: string;
  people: string[];
  /** Days concerned; for a period or an overlap its first and last day. */
  dates: CivilDate[];
  /** 0-based indices into the form's list concerned. */
  items: number[];
  /** The fact denied (`confirmed` tests). */
  fact: Bilingual | null;
  message: Bilingual;
  citation: Citation;
}
/** What became of each rule that ran. */
export interface CheckRuleResult { rule: string; name: Bilingual; status: "passed" | "broken" | "not_checked"; /** Fields its unchecked tests need. */ missing: string[]; }
export interface CheckAnswer extends Explained {
  form: CheckForm;
  ruleset: string;
  /** No `must` broken (warnings and unchecked tests aside). */
  passed: boolean;
  /** `must` first. */
  violations: Violation[];
  rules: CheckRuleResult[];
  text: string;
}

/**
 * One working day's attendance record (only the days with something to note; the others are on
 * time). Times are `HH:MM`. `status` (default `present`) with `part` (`am` / `pm`) covers half a
 * day; `leave` names the kind of leave; `notAtPost`: a spot check found the person away without
 * leave.
 */
export interface AttendanceDay {
  date: CivilDate;
  amIn?: string;
  amOut?: string;
  pmIn?: string;
  pmOut?: string;
  status?: "present" | "absent" | "leave" | "business";
  part?: "am" | "pm";
  leave?: "annual" | "home" | "maternity" | "marriage" | "bereavement" | "sick" | "personal" | "other";
  notAtPost?: boolean;
}

/** A query for `attendance`: the period (one year at most) and its records. */
export interface AttendanceQuery extends QueryBase {
  from: CivilDate;
  to: CivilDate;
  days?: AttendanceDay[];
  /** Days of 旷工 earlier in the same year (0 when not given). */
  absentDaysBeforePeriod?: number;
}

/** One number of a calculator's answer: what was counted under which item, and what it came to. */
export interface CalcLine {
  /** The item of the rule (`late_or_early`, `absence_from_lates`, `points`, `basic`, `refund_master`, `holiday_duty` …). */
  item: string;
  label: Bilingual;
  count: number;
  /** The rate applied to each (points per late …), if any. */
  per: number | null;
  value: number;
  unit: "times" | "days" | "points" | "yuan";
  /** The clause the line rests on, and its words. */
  article: string;
  quote: string;
}

/** A late arrival or early departure: minutes after the start or before the end. */
export interface AttendanceMark { date: CivilDate; session: "am" | "pm"; time: string; minutes: number; }

export interface AttendanceAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  shape: "attendance";
  lines: CalcLine[];
  from: CivilDate;
  to: CivilDate;
  workingDays: number;
  lates: AttendanceMark[];
  earlyDepartures: AttendanceMark[];
  /** Days of 缺勤 from lates and early departures (4 = 1 day, 2 = half a day). */
  absenceFromLates: number;
  absenceFromSpotChecks: number;
  /** Days of 缺勤 in all (kept apart from 旷工). */
  absenceDays: number;
  absenteeismDays: number;
  absenteeismDaysInYear: number;
  /** The longest run of consecutive working days of 旷工 in the period. */
  absenteeismLongestRun: number;
  leave: { kind: string; label: Bilingual; days: number }[];
  businessDays: number;
  /** What the 旷工 leads to, from the sanction rule that encodes it. */
  consequences: { measure: Bilingual; rule: string }[];
  /** Attendance points (第四十八条(五)2(3)): the `points` lines summed. */
  points: number;
  text: string;
}

/** One week of basic work (第四十八条(五)1): working days with the basic work done, statutory leave days, times below standard, complaints. */
export interface ScoreWeek { workdays?: number; leaveDays?: number; belowStandard?: number; complaints?: number; }
/** An assigned or cooperation task: its set points (at most 2 or 1), and whether it went badly. */
export interface ScoreTask { points: number; poorHandling?: boolean; lateOrNegative?: boolean; }

/** One government-information item (文山 第五十条(三)2-3): the adoption levels (1 州局 … 4 中办/国办) and leader-instruction levels (1 州局领导 … 7 党和国家领导人) it reached; the highest of each counts. */
export interface InfoItem { adoptedBy?: number[]; combined?: boolean; instructedBy?: number[]; }

/** A query for `calculate` (a score or amount calculator): its declared inputs (`catalog()`) and records. */
export interface ScoreQuery extends QueryBase {
  weeks?: ScoreWeek[];
  assigned?: ScoreTask[];
  cooperation?: ScoreTask[];
  items?: InfoItem[];
  [input: string]: FactValue | ScoreWeek[] | ScoreTask[] | InfoItem[] | Record<string, string> | undefined;
}

export interface ScoreAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  shape: "score";
  /** Every number, item by item, with its article and quote. */
  lines: CalcLine[];
  /** False for a division-level cadre (rated by democratic appraisal, not by points). */
  assessed: boolean;
  /** The lines summed. */
  points: number;
  /** The share of the annual assessment the points make (per cent), where the rule says. */
  shareOfAnnualAssessment: number | null;
  /** The reward in yuan, where the rule has one (文山 第五十条: 5 yuan a point when the quota is met; else 0). */
  yuan?: number | null;
  text: string;
}

export interface AmountAnswer extends Explained {
  rule: string;
  ruleset: string;
  refs: string[];
  name: Bilingual;
  shape: "amount";
  /** Every number (yuan, or days of statutory-holiday duty), item by item, with its article and quote. */
  lines: CalcLine[];
  /** The yuan lines summed; null where the rule gives no money figure (holiday duty: its days are the line). */
  yuan: number | null;
  text: string;
}

export interface CalendarOptions { provisional?: boolean; }

export type DayKindName = "workday" | "weekend" | "statutoryHoliday" | "adjustedRest" | "adjustedWorkday";

export interface DayInfo {
  date: CivilDate;
  kind: DayKindName;
  working: boolean;
  holiday: string | null;
  holidayEn: string | null;
  notice: string | null;
  provisional: boolean;
  subjectToNextNotice: boolean;
}

export interface PeriodQuery {
  start: CivilDate | Moment;
  amount: number;
  unit: "day" | "working_day" | "week" | "month" | "year" | "hour" | "minute";
  convention?: "civil" | "start_day_counted" | "no_roll" | "litigation" | "month_end";
  pauses?: Pause[];
  provisional?: boolean;
  /** The office's close of business, `HH:MM`: the last day ends then (民法典 第二百零三条第二款). */
  closesAt?: string;
}

export interface DateAnswer { date: string; provisional: boolean; range: DateRange | null; cutoff: string; trace: TraceStep[]; }

export interface NoticeInfo {
  year: number;
  title: string;
  number: string | null;
  published: CivilDate | null;
  url: string | null;
  note: string | null;
  loaded: boolean;
}

export interface CalendarInfo {
  first: CivilDate;
  last: CivilDate;
  sources: NoticeInfo[];
  beyond: Bilingual;
  basis: Bilingual[];
  /** The revisions of the 全国年节及纪念日放假办法 as dated rules. */
  holidayLaw: { id: string; title: string; revised: CivilDate; fromYear: number; untilYear: number | null; days: number; checked: string }[];
  dataVersion: string;
}

/** One holiday of a newly published notice. */
export interface CalendarHoliday {
  name: string;
  nameEn?: string;
  /** First and last rest day of the block. */
  rest: [CivilDate, CivilDate];
  statutory: CivilDate[];
  /** Adjusted working Saturdays/Sundays. */
  work: CivilDate[];
}

/** A newly published State Council notice: the year after the covered range. */
export interface CalendarData {
  year: number;
  title: string;
  number?: string;
  published: CivilDate;
  url?: string;
  note?: string;
  holidays: CalendarHoliday[];
}

export interface ValueInfo { value: string; zh: string; en: string; }
/**
 * An input's type: a value of `enums` is an array of any of the listed values (or one of them
 * alone); `roles` an array of role names; `records` an array of objects whose keys are the
 * input's `values` (an attendance calculator's `days`).
 */
export type InputType = "date" | "datetime" | "money" | "integer" | "number" | "boolean" | "enum" | "enums" | "roles"
  /** check forms: a list of rows, a list of names, a text, minutes, votes, a time `HH:MM`; an attendance calculator's `days` are `records` too. */
  | "records" | "names" | "string" | "minutes" | "votes" | "time";

export interface InputInfo { name: string; type: InputType; label: Bilingual; required: boolean; values: ValueInfo[]; min: number | null; max: number | null; }
export interface CiteInfo { document: string; article: string; quote: string; }
export interface RuleInfo {
  id: string;
  kind: "deadline" | "approval" | "leave" | "sanction" | "fact" | "check" | "calculator";
  name: Bilingual;
  refs: string[];
  citations: CiteInfo[];
  inForce: CivilDate;
  until: CivilDate | null;
  inputs: InputInfo[];
  period: string | null;
  /** Check rules: the form the rule is about. */
  form?: CheckForm;
  ambiguities: string[];
  conflicts: string[];
  note: Bilingual | null;
}
export interface ProcedureInfo { id: string; name: Bilingual; events: ValueInfo[]; steps: ValueInfo[]; }
export interface RulesetInfo {
  id: string;
  name: Bilingual;
  issuer: Bilingual;
  level: string;
  source: Bilingual;
  seedFile: string;
  adopted: CivilDate | null;
  published: CivilDate | null;
  inForce: CivilDate | null;
  datesNote: Bilingual;
  rules: RuleInfo[];
  procedures: ProcedureInfo[];
}
/** `available`: the rulesets this module has packs for (`rules/<id>.zwr`); `rulesets`: the loaded ones. */
export interface Catalog { rulesVersion: string; available: string[]; rulesets: RulesetInfo[]; }
/** The options of `catalog`: `ruleset`, only that loaded ruleset (`UNKNOWN_RULESET` or
 *  `RULESET_NOT_LOADED` otherwise); `kind`, only its rules of that kind, or for `timeline` only
 *  its procedures (what one element shows; far cheaper than the whole catalog). */
export interface CatalogOptions { ruleset?: string; kind?: 'deadline' | 'approval' | 'leave' | 'sanction' | 'fact' | 'check' | 'calculator' | 'timeline'; }
/** The options of `loadRules`: `untrusted: true` loads a pack the module was not built with
 *  (every answer that uses it then carries `untrustedRules: true` and a warning). */
export interface LoadRulesOptions { untrusted?: boolean; }
/** What `loadRules` answers. */
export interface LoadedRuleset { ruleset: string; name: Bilingual; rulesVersion: string; }
/** What `rulesets()` answers: the rulesets this module has packs for, and the loaded ones. */
export interface Rulesets { available: string[]; loaded: LoadedRuleset[]; }

/** A statutory holiday day (法定节假日) of the 全国年节及纪念日放假办法 in force for a year (`statutoryHolidays`). */
export interface StatutoryDay {
  date: CivilDate;
  /** The festival as the holiday notices name it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节. */
  name: string;
  nameEn: string;
}

/** The query `answer(kind, q)` takes, by kind of rule (`catalog()`'s `kind`). */
export interface KindQueries {
  deadline: DeadlineQuery;
  approval: ApprovalQuery;
  leave: LeaveQuery;
  sanction: SanctionQuery;
  fact: FactQuery;
  check: CheckQuery;
  calculator: AttendanceQuery | ScoreQuery;
}
/** What `answer(kind, q)` answers, by kind of rule. */
export interface KindAnswers {
  deadline: DeadlineAnswer;
  approval: ApprovalAnswer;
  leave: LeaveAnswer;
  sanction: SanctionAnswer;
  fact: FactAnswer;
  check: CheckAnswer;
  calculator: AttendanceAnswer | ScoreAnswer | AmountAnswer;
}
/**
 * A query of any kind of rule the module has, named as `catalog()` names it (`kind`):
 * `answer('sanction', q)` answers as `sanction(q)`, `answer('approval', q)` as `approvalRoute(q)`,
 * `answer('leave', q)` as `leaveEntitlement(q)`, `answer('calculator', q)` as `attendance(q)` or
 * `calculate(q)` by the rule's shape. A kind added to the engine answers here before it has a
 * function of its own. Throws INVALID_INPUT naming `kind` for a kind this module does not have
 * (the lite module has no `check` or `calculator`).
 */
export function answer<K extends keyof KindAnswers>(kind: K, q: KindQueries[K] & { reasons: false }): FactsOnly<KindAnswers[K]>;
export function answer<K extends keyof KindAnswers>(kind: K, q: KindQueries[K]): KindAnswers[K];
