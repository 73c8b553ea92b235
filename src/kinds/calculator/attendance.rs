//! The attendance shape: a period's day records into lates, early departures, 缺勤, 旷工, what
//! 旷工 leads to (the sanction rule that encodes it) and the attendance points.

use super::{effect, CalculatorAnswer, Line};
use crate::error::{Error, Result};
use crate::eval::lookup::{self, Common};
use crate::explain::{Bilingual, Explanation};
use crate::input::keys::{self, Entry};
use crate::input::value::{Query, Value};
use crate::kinds::calculator::data::{CalcItem, CalculatorRule};
use crate::kinds::calculator::explain::{CalcEvent, Half, Milli, Status};
use crate::rules::model::{Aspect, Effect, Text};
use crate::time::calendar::Calendar;
use crate::time::date::{format_clock, format_date, parse_clock, parse_date};
use crate::time::civil::NaiveDate;
use serde::Serialize;

/// The keys of one day record.
pub const RECORD_KEYS: &[&str] = &[
    "date",
    "amIn",
    "amOut",
    "pmIn",
    "pmOut",
    "status",
    "part",
    "leave",
    "notAtPost",
];

/// The query keys of an attendance calculator (beyond the common ones).
pub const KEYS: &[&str] = &["from", "to", "days", "absentDaysBeforePeriod"];

/// The kinds of leave a record may name, with their labels.
pub const LEAVE_KINDS: &[(&str, Text)] = &[
    (
        "annual",
        Text {
            zh: "年休假（公休假）",
            en: "annual leave",
        },
    ),
    (
        "home",
        Text {
            zh: "探亲假",
            en: "home leave",
        },
    ),
    (
        "maternity",
        Text {
            zh: "产假",
            en: "maternity leave",
        },
    ),
    (
        "marriage",
        Text {
            zh: "婚假",
            en: "marriage leave",
        },
    ),
    (
        "bereavement",
        Text {
            zh: "丧假",
            en: "bereavement leave",
        },
    ),
    (
        "sick",
        Text {
            zh: "病假",
            en: "sick leave",
        },
    ),
    (
        "personal",
        Text {
            zh: "事假",
            en: "personal leave",
        },
    ),
    (
        "other",
        Text {
            zh: "其他假",
            en: "other leave",
        },
    ),
];

/// A late arrival or an early departure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// The day.
    pub date: String,
    /// `am` or `pm`.
    pub session: &'static str,
    /// The time entered (`HH:MM`).
    pub time: String,
    /// Minutes after the start (late) or before the end (early).
    pub minutes: u32,
}

/// Days of one kind of leave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeaveDays {
    /// The kind (`annual`, `sick` …).
    pub kind: &'static str,
    /// Its label.
    pub label: Bilingual,
    /// Days (half days count 0.5).
    pub days: f64,
}

/// A consequence of 旷工, from the sanction rule that encodes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consequence {
    /// The measure, as the seed names it.
    pub measure: Bilingual,
    /// The sanction rule it comes from.
    pub rule: &'static str,
}

/// What an attendance calculator states (flattened into the answer).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceFacts {
    /// First day of the period.
    pub from: String,
    /// Last day.
    pub to: String,
    /// Working days in the period (State Council calendar).
    pub working_days: u32,
    /// Late arrivals.
    pub lates: Vec<Mark>,
    /// Early departures.
    pub early_departures: Vec<Mark>,
    /// Days of 缺勤 converted from lates and early departures.
    pub absence_from_lates: f64,
    /// Days of 缺勤 from spot checks.
    pub absence_from_spot_checks: f64,
    /// Days of 缺勤 in all (not 旷工: B11).
    pub absence_days: f64,
    /// Days of 旷工 in the period.
    pub absenteeism_days: f64,
    /// Days of 旷工 in the year up to the period's end (those before the period as given).
    pub absenteeism_days_in_year: f64,
    /// The longest run of consecutive working days of 旷工 in the period.
    pub absenteeism_longest_run: u32,
    /// Leave taken, by kind.
    pub leave: Vec<LeaveDays>,
    /// Days away on official business.
    pub business_days: f64,
    /// What the 旷工 leads to (from the sanction rule).
    pub consequences: Vec<Consequence>,
    /// Attendance points (第四十八条(五)2(3), the lines of `lines` in points).
    pub points: f64,
}

/// What one record says about one half of the day.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Work,
    Away(Status, Option<&'static str>),
}

struct Day {
    date: NaiveDate,
    am: Part,
    pm: Part,
    times: [Option<u32>; 4],
    not_at_post: bool,
}

/// A clock time `H:MM` or `HH:MM`, minutes after midnight.
fn time_of(v: &Value, field: &str) -> Result<u32> {
    let bad = || Error::invalid(field, "时间，如 08:45", "a time such as 08:45");
    let Value::String(s) = v else {
        return Err(bad());
    };
    parse_clock(s, true).ok_or_else(bad)
}

/// `days.<i>`, the path of record `i`.
fn days_at(i: usize) -> String {
    let mut f = String::from("days.");
    f.push_str(&i.to_string());
    f
}

fn field(i: usize, name: &str) -> String {
    let mut f = days_at(i);
    f.push('.');
    f.push_str(name);
    f
}

/// One record, checked: keys, values, and that it agrees with itself. Errors name the field
/// within the record (`amOut`); the caller puts them under `days.<i>`.
#[inline(never)]
fn record(v: &Value, from: NaiveDate, to: NaiveDate) -> Result<Day> {
    let q = Query::from_value(v.clone())?;
    keys::check(Entry::Options(RECORD_KEYS), &q, &[])?;
    let date = parse_date(q.req_str("date")?, "date")?;
    if date < from || date > to {
        return Err(Error::invalid(
            "date",
            "考勤期间（from 至 to）内的日期",
            "a date within the period (from … to)",
        ));
    }
    // The kind of leave: given with (and only with) status "leave".
    let leave = match q.opt_str("leave")? {
        None => None,
        Some(k) => Some(LEAVE_KINDS.iter().find(|(x, _)| *x == k).ok_or_else(|| {
            Error::invalid(
                "leave",
                "annual、home、maternity、marriage、bereavement、sick、personal 或 other",
                "annual, home, maternity, marriage, bereavement, sick, personal or other",
            )
        })?),
    };
    let status = match (q.opt_str("status")?, leave) {
        (None | Some("present"), None) => None,
        (Some("absent"), None) => Some(Status::Absent),
        (Some("business"), None) => Some(Status::Business),
        (Some("leave"), Some((_, label))) => Some(Status::Leave(*label)),
        (Some("leave"), None) => return Err(Error::missing("leave")),
        (Some("present" | "absent" | "business") | None, Some(_)) => {
            return Err(Error::invalid(
                "leave",
                "只在 status 为 leave 时填写",
                "given only with status \"leave\"",
            ))
        }
        _ => {
            return Err(Error::invalid(
                "status",
                "present、absent、leave 或 business",
                "present, absent, leave or business",
            ))
        }
    };
    let kind = leave.map(|(k, _)| *k);
    let away = |s| Part::Away(s, kind);
    let (am, pm) = match (status, q.opt_str("part")?) {
        (None, None) => (Part::Work, Part::Work),
        (Some(s), None) => (away(s), away(s)),
        (Some(s), Some("am")) => (away(s), Part::Work),
        (Some(s), Some("pm")) => (Part::Work, away(s)),
        _ => {
            return Err(Error::invalid(
                "part",
                "am 或 pm（只在 status 不是 present 时填写）",
                "am or pm (only with a status other than \"present\")",
            ))
        }
    };
    let mut times = [None; 4];
    for (n, (slot, name)) in times
        .iter_mut()
        .zip(["amIn", "amOut", "pmIn", "pmOut"])
        .enumerate()
    {
        if let Some(v) = q.get(name) {
            if (if n < 2 { am } else { pm }) != Part::Work {
                return Err(Error::invalid(
                    name,
                    "不填（这半天不在岗：旷工、请假或公出）",
                    "nothing (that half day is away: absent, on leave or on business)",
                ));
            }
            *slot = Some(time_of(v, name)?);
        }
    }
    for (arrive, leave, name) in [(0, 1, "amOut"), (2, 3, "pmOut")] {
        if let (Some(Some(a)), Some(Some(l))) = (times.get(arrive), times.get(leave)) {
            if l < a {
                return Err(Error::invalid(
                    name,
                    "不早于到岗时间的离岗时间",
                    "a departure not before the arrival",
                ));
            }
        }
    }
    let not_at_post = q.opt_bool("notAtPost")?.unwrap_or(false);
    if not_at_post && am != Part::Work && pm != Part::Work {
        return Err(Error::invalid(
            "notAtPost",
            "只在当天（至少半天）在岗时填写",
            "given only for a day (or half day) at work",
        ));
    }
    Ok(Day {
        date,
        am,
        pm,
        times,
        not_at_post,
    })
}

fn item(rule: &CalculatorRule, key: &str) -> Result<&'static CalcItem> {
    rule.item(key)
        .ok_or_else(|| Error::unknown_rule("rule", key))
}

fn num(item: &CalcItem, name: &str) -> f64 {
    item.number(name).unwrap_or(0.0)
}

/// Records an event (one call site for them all: the module stays small).
#[inline(never)]
fn rec(ex: &mut Explanation, id: &'static str, e: CalcEvent) {
    ex.record(id, e);
}

#[inline(never)]
fn line(
    i: &'static CalcItem,
    label: Text,
    count: f64,
    per: Option<f64>,
    value: f64,
    unit: &'static str,
) -> Line {
    Line {
        item: i.key,
        label: (&label).into(),
        count,
        per,
        value,
        unit,
        article: i.cite.article,
        quote: i.cite.quote,
    }
}

/// Evaluates an attendance calculator.
pub fn evaluate(
    cal: &Calendar,
    q: &Query,
    c: &Common,
    rule: &'static CalculatorRule,
) -> Result<CalculatorAnswer> {
    let mut names: Vec<&str> = KEYS.to_vec();
    names.extend(keys::names(rule.inputs));
    keys::check(Entry::Rules(super::KEYS), q, &names)?;
    let from = parse_date(q.req_str("from")?, "from")?;
    let to = parse_date(q.req_str("to")?, "to")?;
    if to < from {
        return Err(Error::invalid(
            "to",
            "不早于 from 的日期",
            "a date not before `from`",
        ));
    }
    if to.year() != from.year() {
        return Err(Error::invalid(
            "to",
            "与 from 同一年的日期（旷工按年累计）",
            "a date in the same year as `from` (absenteeism adds up by year)",
        ));
    }
    let before = q.opt_number("absentDaysBeforePeriod")?.unwrap_or(0.0);
    if before < 0.0 {
        return Err(Error::invalid(
            "absentDaysBeforePeriod",
            "不小于0的天数",
            "a number of days, 0 or more",
        ));
    }
    let mut days: Vec<Day> = Vec::new();
    for (i, v) in q.opt_array("days")?.unwrap_or_default().iter().enumerate() {
        let d = record(v, from, to).map_err(|e| e.in_field(&days_at(i)))?;
        if days.iter().any(|x| x.date == d.date) {
            return Err(Error::invalid(
                &field(i, "date"),
                "每天只有一条记录（这一天已有记录）",
                "one record a day (this day has one already)",
            ));
        }
        if !cal.is_working(d.date, c.mode, &field(i, "date"))? {
            return Err(Error::invalid(
                &field(i, "date"),
                "工作日（这一天是休息日或节假日，不考勤）",
                "a working day (this is a rest day or holiday, with no attendance)",
            ));
        }
        days.push(d);
    }

    let id = rule.meta.id;
    let mut ex = c.explanation();
    ex.cite_rule(&rule.meta);
    let hours_item = item(rule, "hours")?;
    let hours = [
        num(hours_item, "am_start"),
        num(hours_item, "am_end"),
        num(hours_item, "pm_start"),
        num(hours_item, "pm_end"),
    ]
    .map(|m| m as u32);
    let [am_start, am_end, pm_start, pm_end] = hours;
    // The working days of the period.
    // The working days of the period, in order (records are taken in this order).
    let mut workdays: Vec<NaiveDate> = Vec::new();
    let mut d = from;
    while d <= to {
        ex.provisional |= d > cal.last();
        if cal.is_working(d, c.mode, "to")? {
            workdays.push(d);
        }
        let Some(next) = d.succ_opt() else { break };
        d = next;
    }
    let working = u32::try_from(workdays.len()).unwrap_or(u32::MAX);
    ex.cite(rule.meta.ruleset, id, &hours_item.cite);
    rec(
        &mut ex,
        id,
        CalcEvent::Period {
            from,
            to,
            working,
            hours,
            article: hours_item.cite.article,
        },
    );

    // Lates and early departures, session by session (Z20: both sessions, or the day's ends).
    let lates_item = item(rule, "late_or_early")?;
    let (late_limit, early_limit) = (
        num(lates_item, "late_after_minutes") as u32,
        num(lates_item, "early_before_minutes") as u32,
    );
    let both = effect(
        rule,
        Aspect::LateSessions,
        c,
        &mut ex,
        (
            "决定迟到早退在哪些上下班时间判断",
            "decides at which starts and ends lateness is judged",
        ),
    ) != Effect::DayEndsOnly;
    let absent_item = item(rule, "absenteeism")?;
    let spot_item = item(rule, "spot_check_absence")?;
    let spot_days = if effect(
        rule,
        Aspect::SpotCheck,
        c,
        &mut ex,
        (
            "决定一次抽查不在岗折算多少缺勤",
            "decides how much absence a failed spot check counts for",
        ),
    ) == Effect::SpotFullDay
    {
        1.0
    } else {
        0.5
    };
    let (mut lates, mut earlies) = (Vec::new(), Vec::new());
    let (mut absent, mut business, mut spot) = (0.0f64, 0.0f64, 0.0f64);
    let mut leave: Vec<LeaveDays> = Vec::new();
    let (mut run, mut longest) = (0u32, 0u32);
    for date in &workdays {
        // A run of 旷工 goes on across rest days, not across a working day at work.
        let Some(day) = days.iter().find(|x| x.date == *date) else {
            run = 0;
            continue;
        };
        if day.am == Part::Away(Status::Absent, None) && day.pm == Part::Away(Status::Absent, None)
        {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
        for (half, part) in [(Half::Am, day.am), (Half::Pm, day.pm)] {
            let Part::Away(status, kind) = part else {
                continue;
            };
            let whole = day.am == day.pm;
            if whole && half == Half::Pm {
                continue;
            }
            let share = if whole { 1.0 } else { 0.5 };
            let article = match status {
                Status::Absent => {
                    absent += share;
                    absent_item.cite.article
                }
                Status::Business => {
                    business += share;
                    rule.meta.cites.first().map_or("", |c| c.article)
                }
                Status::Leave(label) => {
                    let k = kind.unwrap_or("other");
                    match leave.iter_mut().find(|l| l.kind == k) {
                        Some(l) => l.days += share,
                        None => leave.push(LeaveDays {
                            kind: LEAVE_KINDS
                                .iter()
                                .find(|(x, _)| *x == k)
                                .map_or("other", |(x, _)| x),
                            label: (&label).into(),
                            days: share,
                        }),
                    }
                    rule.meta.cites.first().map_or("", |c| c.article)
                }
            };
            if status == Status::Absent {
                ex.cite(rule.meta.ruleset, id, &absent_item.cite);
            }
            rec(
                &mut ex,
                id,
                CalcEvent::Away {
                    date: day.date,
                    half: if whole { Half::Day } else { half },
                    status,
                    article,
                },
            );
        }
        let checks = [
            (day.am == Part::Work, 0usize, am_start, true, Half::Am),
            (day.am == Part::Work && both, 1, am_end, false, Half::Am),
            (day.pm == Part::Work && both, 2, pm_start, true, Half::Pm),
            (day.pm == Part::Work, 3, pm_end, false, Half::Pm),
        ];
        for (applies, slot, bound, arrival, half) in checks {
            let Some(Some(at)) = day.times.get(slot).copied().filter(|_| applies) else {
                continue;
            };
            let mark = |minutes: u32| Mark {
                date: format_date(day.date),
                session: if half == Half::Am { "am" } else { "pm" },
                time: format_clock(at),
                minutes,
            };
            if arrival && at > bound + late_limit {
                lates.push(mark(at - bound));
                rec(
                    &mut ex,
                    id,
                    CalcEvent::Mark {
                        date: day.date,
                        half,
                        at,
                        bound,
                        limit: late_limit,
                        late: true,
                        article: lates_item.cite.article,
                    },
                );
            } else if !arrival && at + early_limit < bound {
                earlies.push(mark(bound - at));
                rec(
                    &mut ex,
                    id,
                    CalcEvent::Mark {
                        date: day.date,
                        half,
                        at,
                        bound,
                        limit: early_limit,
                        late: false,
                        article: lates_item.cite.article,
                    },
                );
            }
        }
        if day.not_at_post {
            spot += spot_days;
            ex.cite(rule.meta.ruleset, id, &spot_item.cite);
            for m in spot_item.more {
                ex.cite(rule.meta.ruleset, id, m);
            }
            rec(
                &mut ex,
                id,
                CalcEvent::SpotCheck {
                    date: day.date,
                    days: Milli::of(spot_days),
                    article: spot_item.cite.article,
                },
            );
        }
    }
    let mut lines = Vec::new();
    let count = u32::try_from(lates.len() + earlies.len()).unwrap_or(u32::MAX);
    if count > 0 {
        ex.cite(rule.meta.ruleset, id, &lates_item.cite);
    }
    lines.push(line(
        lates_item,
        Text {
            zh: "迟到",
            en: "late arrivals",
        },
        lates.len() as f64,
        None,
        lates.len() as f64,
        "times",
    ));
    lines.push(line(
        lates_item,
        Text {
            zh: "早退",
            en: "early departures",
        },
        earlies.len() as f64,
        None,
        earlies.len() as f64,
        "times",
    ));

    // 缺勤 from lates (4 = one day, 2 = half a day).
    let conv = item(rule, "absence_from_lates")?;
    let (per_day, per_half) = (
        num(conv, "lates_per_day").max(1.0) as u32,
        num(conv, "lates_per_half_day").max(1.0) as u32,
    );
    let from_lates = f64::from(count / per_day) + 0.5 * f64::from((count % per_day) / per_half);
    if count > 0 {
        ex.cite(rule.meta.ruleset, id, &conv.cite);
        rec(
            &mut ex,
            id,
            CalcEvent::LatesConverted {
                count,
                per_day,
                per_half,
                days: Milli::of(from_lates),
                article: conv.cite.article,
            },
        );
    }
    lines.push(line(
        conv,
        conv.label,
        f64::from(count),
        None,
        from_lates,
        "days",
    ));
    lines.push(line(
        spot_item,
        spot_item.label,
        spot / spot_days,
        Some(spot_days),
        spot,
        "days",
    ));
    rec(
        &mut ex,
        id,
        CalcEvent::AbsenceTotal {
            from_lates: Milli::of(from_lates),
            from_spot_checks: Milli::of(spot),
        },
    );
    lines.push(line(
        absent_item,
        absent_item.label,
        absent,
        None,
        absent,
        "days",
    ));

    // 旷工 in the year, and what it leads to (the sanction rule, evaluated on the days).
    let in_year = before + absent;
    rec(
        &mut ex,
        id,
        CalcEvent::Absenteeism {
            before: Milli::of(before),
            period: Milli::of(absent),
            longest_run: longest,
        },
    );
    let mut consequences = Vec::new();
    let unfit = item(rule, "assessment_unfit")?;
    let dismissal = item(rule, "dismissal")?;
    if let Some(sanction) = unfit.sanction_rule.or(dismissal.sanction_rule) {
        if in_year > 0.0 {
            ex.cite(rule.meta.ruleset, id, &unfit.cite);
            ex.cite(rule.meta.ruleset, id, &dismissal.cite);
            rec(
                &mut ex,
                id,
                CalcEvent::Consequences {
                    rule: sanction,
                    days_in_year: Milli::of(in_year),
                    consecutive: longest,
                },
            );
            let (measures, sub) = linked_sanction(sanction, rule, in_year, longest, c)?;
            for m in measures {
                consequences.push(Consequence {
                    measure: m,
                    rule: sanction,
                });
            }
            ex.absorb(sub);
        } else {
            rec(&mut ex, id, CalcEvent::NoAbsenteeism { rule: sanction });
        }
    }

    // Attendance points (第四十八条(五)2(3)): each late or early, each half day of 缺勤.
    let pts = item(rule, "points")?;
    let (per_late, per_half_day) = (
        num(pts, "per_late_or_early"),
        num(pts, "per_half_day_absence"),
    );
    let twice = effect(
        rule,
        Aspect::LateDoubleCount,
        c,
        &mut ex,
        (
            "决定迟到早退折算的缺勤是否再按半天扣分",
            "decides whether absence converted from lates is deducted again",
        ),
    ) != Effect::LatesCountedOnce;
    let with_absent = effect(
        rule,
        Aspect::AbsencePoints,
        c,
        &mut ex,
        (
            "决定旷工是否按“无故缺勤每半天扣1分”扣分",
            "decides whether absenteeism costs 1 point a half day",
        ),
    ) != Effect::PointsWithoutAbsenteeism;
    ex.cite(rule.meta.ruleset, id, &pts.cite);
    let late_text = Text {
        zh: "迟到早退扣分",
        en: "points for lates and early departures",
    };
    rec(
        &mut ex,
        id,
        CalcEvent::Points {
            what: late_text,
            count: Milli::of(f64::from(count)),
            per: Milli::of(per_late),
            article: pts.cite.article,
        },
    );
    lines.push(line(
        pts,
        late_text,
        f64::from(count),
        Some(per_late),
        f64::from(count) * per_late,
        "points",
    ));
    if !twice && from_lates > 0.0 {
        rec(
            &mut ex,
            id,
            CalcEvent::NotDeductedTwice {
                days: Milli::of(from_lates),
            },
        );
    }
    if !with_absent && absent > 0.0 {
        rec(
            &mut ex,
            id,
            CalcEvent::AbsenteeismNotDeducted {
                days: Milli::of(absent),
            },
        );
    }
    let half_days = 2.0
        * (spot + if twice { from_lates } else { 0.0 } + if with_absent { absent } else { 0.0 });
    let half_text = Text {
        zh: "无故缺勤扣分（每半天）",
        en: "points for absence without cause (per half day)",
    };
    rec(
        &mut ex,
        id,
        CalcEvent::Points {
            what: half_text,
            count: Milli::of(half_days),
            per: Milli::of(per_half_day),
            article: pts.cite.article,
        },
    );
    lines.push(line(
        pts,
        half_text,
        half_days,
        Some(per_half_day),
        half_days * per_half_day,
        "points",
    ));
    let points = f64::from(count) * per_late + half_days * per_half_day;
    rec(
        &mut ex,
        id,
        CalcEvent::Total {
            points: Milli::of(points),
        },
    );

    lookup::note_remaining_ambiguities(&rule.meta, c, &mut ex);
    lookup::note_conflicts(&rule.meta, &mut ex);
    lookup::check_readings(c, &[&ex])?;
    let facts = AttendanceFacts {
        from: format_date(from),
        to: format_date(to),
        working_days: working,
        absence_from_lates: from_lates,
        absence_from_spot_checks: spot,
        absence_days: from_lates + spot,
        absenteeism_days: absent,
        absenteeism_days_in_year: in_year,
        absenteeism_longest_run: longest,
        leave,
        business_days: business,
        consequences,
        points,
        lates,
        early_departures: earlies,
    };
    let text = super::summary(&facts, c);
    Ok(CalculatorAnswer::new(rule, lines, Some(facts), text, ex))
}

/// The measures of the sanction rule that encodes what 旷工 leads to, evaluated on the days
/// (the readings asked for that rule's ambiguities passed on), and its explanation.
fn linked_sanction(
    sanction: &'static str,
    rule: &CalculatorRule,
    in_year: f64,
    longest: u32,
    c: &Common,
) -> Result<(Vec<Bilingual>, Explanation)> {
    let target =
        crate::rules::registry::by_id::<crate::kinds::sanction::data::SanctionRule>(sanction)
            .ok_or_else(|| Error::unknown_rule("rule", sanction))?;
    let mut readings = crate::base::small_map::SmallMap::new();
    for (k, v) in c.readings.iter() {
        if target.meta.ambiguities.iter().any(|a| a.id == k) {
            readings.insert(k.clone(), Value::String(v.clone()));
        }
    }
    let q = Query::from_pairs([
        ("ruleset", Value::String(rule.meta.ruleset.into())),
        ("rule", Value::String(sanction.into())),
        ("absentDaysInYear", Value::Number(in_year)),
        ("absentConsecutiveDays", Value::Number(f64::from(longest))),
        ("readings", Value::Object(readings)),
    ]);
    let mut a = crate::kinds::sanction::sanction(&q)?;
    // Its own inputs (the total with no window) are not this calculator's to ask for.
    a.explanation.missing.clear();
    a.explanation.warning_events.retain(|w| {
        w.kind::<crate::kinds::sanction::explain::SanctionEvent>()
            != Some(&crate::kinds::sanction::explain::SanctionEvent::NoCaseMatches)
    });
    Ok((a.measures, a.explanation))
}
