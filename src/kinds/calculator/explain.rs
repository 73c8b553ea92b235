//! The calculator's events (what its evaluation decided, as data) and their text. Amounts travel
//! in thousandths ([`Milli`]) so that events stay comparable (`Eq`), as every event is.

use crate::base::text::{Bilingual, Text};
use crate::explain::LookupEvent;
use crate::time::date::format_clock;
use crate::time::civil::NaiveDate;

/// A number of days, points or yuan in thousandths (0.5 point = 500).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milli(pub i64);

impl Milli {
    /// From a number.
    pub fn of(x: f64) -> Milli {
        Milli((x * 1000.0).round() as i64)
    }
    fn text(self) -> String {
        LookupEvent::number_text(self.0 as f64 / 1000.0)
    }
}

/// Which half of the working day (the text's two sessions, 上午 and 下午).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Half {
    /// 上午.
    Am,
    /// 下午.
    Pm,
    /// The whole day.
    Day,
}

impl Half {
    fn zh(self) -> &'static str {
        match self {
            Half::Am => "上午",
            Half::Pm => "下午",
            Half::Day => "全天",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Half::Am => "morning",
            Half::Pm => "afternoon",
            Half::Day => "whole day",
        }
    }
}

/// What a day record said, for the trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// 无故不上班: 旷工.
    Absent,
    /// On leave of this kind.
    Leave(Text),
    /// 因公外出 (official business).
    Business,
}

/// A step of a calculator's evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcEvent {
    /// The period and its working days (the working-day calendar), with the office hours.
    Period {
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
        /// Working days in it.
        working: u32,
        /// The sessions' start and end, minutes after midnight.
        hours: [u32; 4],
        /// The article of the hours.
        article: &'static str,
    },
    /// An arrival after the start plus the grace minutes (`late`), or a departure before the
    /// end minus them.
    Mark {
        /// The day.
        date: NaiveDate,
        /// Which session.
        half: Half,
        /// Arrival or departure, minutes after midnight.
        at: u32,
        /// The session's start (late) or end (early).
        bound: u32,
        /// The grace minutes (15).
        limit: u32,
        /// Late (else early).
        late: bool,
        /// The article.
        article: &'static str,
    },
    /// A day (or half day) not at work, as the record says.
    Away {
        /// The day.
        date: NaiveDate,
        /// Which part of it.
        half: Half,
        /// Why.
        status: Status,
        /// The article (旷工's, for an absence).
        article: &'static str,
    },
    /// A spot check found the person away without leave: counted as 缺勤.
    SpotCheck {
        /// The day.
        date: NaiveDate,
        /// Days of 缺勤 it counts for (the reading of Z21).
        days: Milli,
        /// The article.
        article: &'static str,
    },
    /// Lates and early departures converted into 缺勤.
    LatesConverted {
        /// Lates and early departures together.
        count: u32,
        /// How many make a day (4).
        per_day: u32,
        /// How many make half a day (2).
        per_half: u32,
        /// Days of 缺勤.
        days: Milli,
        /// The article.
        article: &'static str,
    },
    /// 缺勤 in all, kept apart from 旷工 (B11).
    AbsenceTotal {
        /// From lates.
        from_lates: Milli,
        /// From spot checks.
        from_spot_checks: Milli,
    },
    /// 旷工 in the period and in the year so far.
    Absenteeism {
        /// Days before the period this year (as given).
        before: Milli,
        /// Days in the period.
        period: Milli,
        /// The longest run of consecutive working days of 旷工 in the period.
        longest_run: u32,
    },
    /// No 旷工 this year: what 旷工 leads to does not arise.
    NoAbsenteeism {
        /// The rule that encodes the consequences.
        rule: &'static str,
    },
    /// The consequences come from the sanction rule that encodes them (evaluated on the days).
    Consequences {
        /// That rule.
        rule: &'static str,
        /// The days in the year it was given.
        days_in_year: Milli,
        /// The consecutive days it was given.
        consecutive: u32,
    },
    /// One line of points: `count` × `per`.
    Points {
        /// What is counted.
        what: Text,
        /// How many.
        count: Milli,
        /// Points each.
        per: Milli,
        /// The article.
        article: &'static str,
    },
    /// B12 read as "once": the 缺勤 converted from lates is not deducted again.
    NotDeductedTwice {
        /// The days of 缺勤 from lates left out of the half-day deduction.
        days: Milli,
    },
    /// Z22 read as "without": 旷工 days are not deducted by the half-day rule.
    AbsenteeismNotDeducted {
        /// The days of 旷工 left out.
        days: Milli,
    },
    /// The points in all.
    Total {
        /// The sum of the lines.
        points: Milli,
    },
    /// A division-level cadre: rated by democratic appraisal, not by points.
    NotScored {
        /// The article.
        article: &'static str,
    },
    /// One week's base points, capped.
    Week {
        /// The week's number in the records (1-based).
        n: u32,
        /// Points before the cap (working days and scored leave, less deductions).
        raw: Milli,
        /// The cap.
        cap: Milli,
        /// The article.
        article: &'static str,
    },
    /// A service complaint with a large negative impact, deducted once (in the base points).
    ComplaintOnce {
        /// How many.
        count: u32,
    },
    /// Paid tasks (exams, interviews, title reviews, disability assessments): no points.
    NoBonus {
        /// Days entered.
        days: Milli,
        /// The article.
        article: &'static str,
    },
    /// The points' share of the annual assessment.
    Share {
        /// Per cent.
        percent: Milli,
        /// The article.
        article: &'static str,
    },
    /// The points total of a performance score.
    ScoreTotal {
        /// What the points are (the rule's name).
        what: Text,
        /// The sum of the lines.
        points: Milli,
    },
    /// One line of an amount: `count` × `per` (or `count`, capped, as `value`) yuan or days.
    Amount {
        /// The item's label.
        what: Text,
        /// How many (yuan of tuition or cost, km, people, days).
        count: Milli,
        /// The rate, where there is one.
        per: Option<Milli>,
        /// The result.
        value: Milli,
        /// A count of days (else yuan).
        days: bool,
        /// The article.
        article: &'static str,
    },
    /// The duty dates entered (of which the statutory holidays count).
    DutyDates {
        /// How many dates.
        of: u32,
    },
    /// The study was not approved by the organisation: no refund.
    NotApproved {
        /// The article.
        article: &'static str,
    },
    /// An at-fault accident this year: no safe-driving bonus.
    AtFault {
        /// The article.
        article: &'static str,
    },
    /// The year's top-ranked are commended (a ranking among all, not computed here).
    TopRanked {
        /// How many.
        n: u32,
        /// The article.
        article: &'static str,
    },
    /// A unit's items against its yearly quota.
    Quota {
        /// Items submitted.
        done: Milli,
        /// The quota.
        target: Milli,
        /// The article.
        article: &'static str,
    },
    /// Months under the monthly minimum of original items.
    MonthsShort {
        /// How many months.
        months: u32,
        /// The minimum a month.
        min: u32,
        /// Whether they fail the basic task (Z43).
        fails: bool,
        /// The article.
        article: &'static str,
    },
    /// Away half a year or more: the all-staff average does not apply.
    AwayLong {
        /// Months away.
        months: Milli,
        /// The article.
        article: &'static str,
    },
}

fn date_text(d: NaiveDate) -> String {
    crate::time::date::format_date(d)
}

impl CalcEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match *self {
            CalcEvent::Period {
                from,
                to,
                working,
                hours: [a, b, c, d],
                article,
            } => Bilingual::new(
                format!(
                    "考勤期间 {} 至 {}，按国务院放假安排共 {working} 个工作日；上班时间上午{}至{}、下午{}至{}（{article}）；未填写的工作日按准时上下班计",
                    date_text(from), date_text(to), format_clock(a), format_clock(b), format_clock(c), format_clock(d)
                ),
                format!(
                    "period {} to {}: {working} working days on the State Council calendar; hours {}–{} and {}–{} ({article}); working days not entered are taken as on time",
                    date_text(from), date_text(to), format_clock(a), format_clock(b), format_clock(c), format_clock(d)
                ),
            ),
            CalcEvent::Mark { date, half, at, bound, limit, late, article } => {
                let w = if late {
                    ["到岗，晚于上班时间", "迟到", "after", "late"]
                } else {
                    ["离岗，早于下班时间", "早退", "before", "early departure"]
                };
                Bilingual::new(
                    format!("{} {}{}{}{}超过{limit}分钟：{}（{article}）", date_text(date), half.zh(), format_clock(at), w[0], format_clock(bound), w[1]),
                    format!("{} {}: {}, more than {limit} minutes {} {}: {} ({article})", date_text(date), half.en(), format_clock(at), w[2], format_clock(bound), w[3]),
                )
            }
            CalcEvent::Away { date, half, status, article } => {
                let (zh, en) = match status {
                    Status::Absent => ("无故不上班，视为旷工".to_owned(), "absent without cause: absenteeism".to_owned()),
                    Status::Leave(kind) => (format!("请假（{}）", kind.zh), format!("on leave ({})", kind.en)),
                    Status::Business => ("因公外出".to_owned(), "away on official business".to_owned()),
                };
                Bilingual::new(
                    format!("{} {}：{zh}（{article}）", date_text(date), half.zh()),
                    format!("{} {}: {en} ({article})", date_text(date), half.en()),
                )
            }
            CalcEvent::SpotCheck { date, days, article } => Bilingual::new(
                format!("{} 抽查时不在岗且未请假：视为缺勤{}天（{article}）", date_text(date), days.text()),
                format!("{}: away at a spot check without leave: {} day(s) of absence ({article})", date_text(date), days.text()),
            ),
            CalcEvent::LatesConverted { count, per_day, per_half, days, article } => Bilingual::new(
                format!("迟到、早退累计{count}次：每{per_day}次视为缺勤1天、{per_half}次视为缺勤半天，折合缺勤{}天（{article}）", days.text()),
                format!("{count} late arrivals and early departures: {per_day} count as 1 day of absence and {per_half} as half a day, so {} day(s) ({article})", days.text()),
            ),
            CalcEvent::AbsenceTotal { from_lates, from_spot_checks } => Bilingual::new(
                format!("缺勤共{}天（迟到早退折算{}天，抽查不在岗{}天）；缺勤不计入旷工天数（原文未规定二者的关系，分开计算）", Milli(from_lates.0 + from_spot_checks.0).text(), from_lates.text(), from_spot_checks.text()),
                format!("absence (缺勤) in all: {} day(s) ({} from lates, {} from spot checks); it is not added to absenteeism (the text does not relate the two; they are counted apart)", Milli(from_lates.0 + from_spot_checks.0).text(), from_lates.text(), from_spot_checks.text()),
            ),
            CalcEvent::Absenteeism { before, period, longest_run } => Bilingual::new(
                format!("旷工：本期{}天，本年此前{}天，年内累计{}天；本期最长连续旷工{longest_run}个工作日", period.text(), before.text(), Milli(before.0 + period.0).text()),
                format!("absenteeism: {} day(s) in the period, {} earlier this year, {} in the year; longest run in the period {longest_run} working day(s)", period.text(), before.text(), Milli(before.0 + period.0).text()),
            ),
            CalcEvent::NoAbsenteeism { rule } => Bilingual::new(
                format!("年内无旷工：旷工的后果（{rule}）不发生"),
                format!("no absenteeism this year: its consequences ({rule}) do not arise"),
            ),
            CalcEvent::Consequences { rule, days_in_year, consecutive } => Bilingual::new(
                format!("旷工的后果按规则 {rule} 判断（年内累计{}天，连续{consecutive}天）", days_in_year.text()),
                format!("what absenteeism leads to is decided by rule {rule} ({} day(s) in the year, {consecutive} consecutive)", days_in_year.text()),
            ),
            CalcEvent::Points { what, count, per, article } => Bilingual::new(
                format!("{}：{} × {}分 = {}分（{article}）", what.zh, count.text(), per.text(), Milli((count.0 * per.0) / 1000).text()),
                format!("{}: {} × {} point(s) = {} ({article})", what.en, count.text(), per.text(), Milli((count.0 * per.0) / 1000).text()),
            ),
            CalcEvent::NotDeductedTwice { days } => Bilingual::new(
                format!("按“只计一次”的理解：迟到早退折算的缺勤{}天不再按半天扣分（每次迟到早退已扣0.5分）", days.text()),
                format!("read as counting once: the {} day(s) of absence converted from lates are not deducted again (each late already cost 0.5 point)", days.text()),
            ),
            CalcEvent::AbsenteeismNotDeducted { days } => Bilingual::new(
                format!("按所选的理解：旷工{}天不按“无故缺勤每半天扣1分”扣分", days.text()),
                format!("as read here: the {} day(s) of absenteeism are not deducted at 1 point a half day", days.text()),
            ),
            CalcEvent::NotScored { article } => Bilingual::new(
                format!("处级干部采取民主测评、定性记分的方式考核，不按积分计算（{article}）"),
                format!("division-level cadres are rated by democratic appraisal, not by points ({article})"),
            ),
            CalcEvent::Week { n, raw, cap, article } => Bilingual::new(
                format!("第{n}周基本分{}分，每星期不得超过{}分：计{}分（{article}）", raw.text(), cap.text(), Milli(raw.0.min(cap.0)).text()),
                format!("week {n}: {} base point(s), at most {} a week: {} ({article})", raw.text(), cap.text(), Milli(raw.0.min(cap.0)).text()),
            ),
            CalcEvent::ComplaintOnce { count } => Bilingual::new(
                format!("造成较大负面影响的投诉{count}次：已在基本分中按每次扣2分扣除，服务态度不再重复扣分（第四十八条(五)1与(五)3是同一扣分）"),
                format!("{count} complaint(s) with a large negative impact: already deducted 2 points each in the base points, not again under service attitude (art. 48(5)1 and (5)3 are one deduction)"),
            ),
            CalcEvent::NoBonus { days, article } => Bilingual::new(
                format!("有劳务报酬的工作{}天：不作加分事项，即便周末也不记分（{article}）", days.text()),
                format!("{} day(s) of paid tasks: no bonus, not even at weekends ({article})", days.text()),
            ),
            CalcEvent::Share { percent, article } => Bilingual::new(
                format!("绩效考核综合分数占年度考核总分{}%（{article}）", percent.text()),
                format!("the performance score is {}% of the annual assessment ({article})", percent.text()),
            ),
            CalcEvent::ScoreTotal { what, points } => Bilingual::new(
                format!("{}合计{}分", what.zh, points.text()),
                format!("{} in all: {}", what.en, points.text()),
            ),
            CalcEvent::Amount { what, count, per, value, days, article } => {
                let (uz, ue) = if days { ("天", " day(s)") } else { ("元", " yuan") };
                let how = match per {
                    Some(p) => format!("{} × {} = ", count.text(), p.text()),
                    None if value != count => format!("{}，", count.text()),
                    None => String::new(),
                };
                Bilingual::new(
                    format!("{}：{how}{}{uz}（{article}）", what.zh, value.text()),
                    format!("{}: {how}{}{ue} ({article})", what.en, value.text()),
                )
            }
            CalcEvent::DutyDates { of } => Bilingual::new(
                format!("值班{of}天，只计法定节假日（按国务院放假安排，不含周休日和调休休息日）；工资报酬按《劳动法》第四十四条(三)计发，本库未收录该条，不计算金额"),
                format!("{of} duty date(s); only statutory holidays count (State Council calendar; not weekends or adjusted rest days); the pay follows Labour Law art. 44(3), which this library does not hold, so no amount is computed"),
            ),
            CalcEvent::NotApproved { article } => Bilingual::new(
                format!("未经组织批准参加学历教育：不报销学费（{article}）"),
                format!("the study was not approved by the organisation: no refund ({article})"),
            ),
            CalcEvent::AtFault { article } => Bilingual::new(
                format!("全年有责任事故：不发安全行车奖（{article}）"),
                format!("an at-fault accident this year: no safe-driving bonus ({article})"),
            ),
            CalcEvent::TopRanked { n, article } => Bilingual::new(
                format!("年底按综合分数对排名前{n}位的科室和个人表彰奖励；排名要比较所有科室和个人，此处只算本项分数（{article}）"),
                format!("at year end the top {n} sections and individuals by composite score are commended; the ranking compares everyone, so only these points are computed here ({article})"),
            ),
            CalcEvent::Quota { done, target, article } => Bilingual::new(
                format!("全年报送{}篇，任务{}篇以上：{}（{article}）", done.text(), target.text(), if done.0 >= target.0 { "完成" } else { "未完成" }),
                format!("{} item(s) submitted against a quota of {}: {} ({article})", done.text(), target.text(), if done.0 >= target.0 { "met" } else { "not met" }),
            ),
            CalcEvent::MonthsShort { months, min, fails, article } => Bilingual::new(
                format!("{months}个月原创信息少于每月{min}条：{}（{article}）", if fails { "基本任务未完成，不发奖励" } else { "只作报告，不影响基本任务" }),
                format!("{months} month(s) under {min} original item(s) a month: {} ({article})", if fails { "the basic task is not met, no reward" } else { "reported only; the basic task stands" }),
            ),
            CalcEvent::AwayLong { months, article } => Bilingual::new(
                format!("外出{}个月，不是“不足半年”：外出期间不取全局平均分（抽调锻炼的由挂职锻炼单位考核）（{article}）", months.text()),
                format!("{} month(s) away is not under half a year: no all-staff average for the time away (staff seconded are assessed by the host unit) ({article})", months.text()),
            ),
            CalcEvent::Total { points } => Bilingual::new(
                format!("考勤纪律积分合计{}分（第四十八条(五)2(3)的其他项目——节假日值班加班、事假超时、法定假期——见绩效积分）", points.text()),
                format!("attendance points in all: {} (the other items of art. 48(5)2(3) — holiday duty and overtime, personal leave beyond the allowance, statutory leave — belong to the performance points)", points.text()),
            ),
        }
    }
}

crate::explain::kind_events!(CalcEvent);
