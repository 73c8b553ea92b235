//! The events a check records, and their text (the only place a check's explanation is worded).

use crate::base::text::{Bilingual, Text};
use crate::rules::model::{Denominator, Per, Severity, TestKind};
use crate::time::date::format_date;
use chrono::NaiveDate;

/// A step of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckEvent {
    /// The rule applies to the form (and its article).
    Applies {
        /// The rule's name.
        name: Text,
        /// Its first article.
        article: &'static str,
    },
    /// Two people would be away on common days.
    AwayTogether {
        /// One.
        a: String,
        /// The other.
        b: String,
        /// The first common day.
        first: NaiveDate,
        /// The last common day.
        last: NaiveDate,
    },
    /// Too many people of one section on that leave on a day.
    SectionCrowded {
        /// The section.
        section: String,
        /// The first such day.
        day: NaiveDate,
        /// How many.
        people: u32,
        /// The most allowed.
        max: u32,
    },
    /// Days of the roster without enough on duty, without a leader or without the hours.
    DutyGaps {
        /// The days.
        days: u32,
        /// The first.
        first: NaiveDate,
        /// What was missing.
        gap: DutyGap,
    },
    /// The roster is of a unit the test does not cover.
    NotThisUnit,
    /// The quorum counted.
    Quorum {
        /// Present.
        present: u32,
        /// The number counted against.
        of: u32,
        /// What it is.
        denominator: Denominator,
        /// The fraction.
        fraction: (u32, u32),
        /// 以上 (true) or 超过 (false).
        inclusive: bool,
        /// Whether it was reached.
        ok: bool,
    },
    /// A vote counted.
    Vote {
        /// Votes for.
        yes: u32,
        /// The number counted against.
        of: u32,
        /// What it is.
        denominator: Denominator,
        /// The fraction.
        fraction: (u32, u32),
        /// Whether the bound itself is enough.
        inclusive: bool,
        /// Whether it carried.
        ok: bool,
    },
    /// Meetings counted in a period.
    PerPeriod {
        /// The body.
        body: &'static str,
        /// The organiser, when counted per organiser.
        organiser: Option<String>,
        /// The period.
        per: Per,
        /// Its first day.
        first: NaiveDate,
        /// Its last day.
        last: NaiveDate,
        /// Meetings in it.
        got: u32,
        /// Fewest allowed.
        min: Option<u32>,
        /// Most allowed.
        max: Option<u32>,
    },
    /// A count on the form.
    Count {
        /// The field.
        what: &'static str,
        /// The count.
        got: u32,
        /// Fewest allowed.
        min: Option<u32>,
        /// Most allowed.
        max: Option<u32>,
    },
    /// A length over the limit.
    TooLong {
        /// The field.
        what: &'static str,
        /// Which one (0-based; 0 for the meeting's length).
        index: u32,
        /// Its minutes.
        minutes: u32,
        /// The limit.
        max: u32,
    },
    /// The meeting's day of the week is not the one set.
    WrongWeekday {
        /// The date.
        date: NaiveDate,
        /// The weekday set (1 = Monday).
        want: u8,
    },
    /// The meeting starts at another time than the one set.
    WrongStart {
        /// Minutes after midnight.
        got: u32,
        /// The time set.
        want: &'static str,
    },
    /// A fact the form must confirm is denied.
    Denied {
        /// The fact.
        fact: Text,
    },
    /// A test passed.
    Passed {
        /// Which.
        test: TestKind,
    },
    /// A test is broken.
    Broken {
        /// Which.
        test: TestKind,
        /// How bad.
        severity: Severity,
    },
    /// A test could not be checked: the form leaves out what it needs.
    NotChecked {
        /// Which.
        test: TestKind,
        /// The fields it needs.
        missing: Vec<String>,
    },
    /// The answer in one line.
    Summary {
        /// Rules that ran.
        rules: u32,
        /// Violations of `must` tests.
        must: u32,
        /// Violations of `should` tests.
        should: u32,
        /// Rules not (fully) checked.
        unchecked: u32,
    },
}

/// What a roster day lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DutyGap {
    /// Fewer on duty than `min` (of the roles named).
    TooFew {
        /// The fewest allowed.
        min: u32,
    },
    /// No leader in charge.
    NoLeader,
    /// Fewer hours covered than required.
    Hours {
        /// Hours required.
        need: u32,
    },
}

fn n(v: u32) -> String {
    v.to_string()
}

fn test_name(t: TestKind) -> (&'static str, &'static str) {
    match t {
        TestKind::NotTogether => ("不同时外出", "not away together"),
        TestKind::AtMostPerSection => ("每科室同时休假人数", "people of a section on leave at once"),
        TestKind::OnDuty => ("值班安排", "duty cover"),
        TestKind::Quorum => ("出席人数", "quorum"),
        TestKind::VotePass => ("表决", "vote"),
        TestKind::PerPeriod => ("会议次数", "meetings per period"),
        TestKind::Count => ("数量", "count"),
        TestKind::Duration => ("时长", "length"),
        TestKind::Timing => ("时间", "timing"),
        TestKind::Confirmed => ("须确认的事项", "facts to confirm"),
    }
}

fn denominator(d: Denominator) -> (&'static str, &'static str) {
    match d {
        Denominator::Members => ("组成人员", "members"),
        Denominator::Due => ("应到人数", "members due"),
        Denominator::Present => ("出席人数", "members present"),
        Denominator::Voting => ("参加表决人数", "members voting"),
        Denominator::None => ("", ""),
    }
}

/// "三分之二" / "two thirds"-like wording: `2/3`.
fn fraction(f: (u32, u32)) -> (String, String) {
    (
        [&n(f.1), "分之", &n(f.0)].concat(),
        [&n(f.0), "/", &n(f.1)].concat(),
    )
}

fn field(what: &str) -> (&'static str, &'static str) {
    match what {
        "speeches" => ("发言", "speech"),
        "presentations" => ("汇报", "presentation"),
        "lengthMinutes" => ("会议", "meeting"),
        "proposals" => ("汇报人提出的意见", "proposals offered"),
        _ => ("", ""),
    }
}

fn per(p: Per) -> (&'static str, &'static str) {
    match p {
        Per::Month => ("月", "month"),
        Per::TwoMonths => ("两个月", "two months"),
        Per::Quarter => ("季度", "quarter"),
        Per::HalfYear => ("半年", "half year"),
        Per::Year => ("年", "year"),
        Per::None => ("", ""),
    }
}

fn bounds(min: Option<u32>, max: Option<u32>) -> (String, String) {
    match (min, max) {
        (Some(a), Some(b)) if a == b => (["应为 ", &n(a)].concat(), ["must be ", &n(a)].concat()),
        (Some(a), Some(b)) => (
            ["应为 ", &n(a), "—", &n(b)].concat(),
            ["must be ", &n(a), "–", &n(b)].concat(),
        ),
        (Some(a), None) => (["至少 ", &n(a)].concat(), ["at least ", &n(a)].concat()),
        (None, Some(b)) => (["不超过 ", &n(b)].concat(), ["at most ", &n(b)].concat()),
        (None, None) => (String::new(), String::new()),
    }
}

const WEEKDAYS: [(&str, &str); 7] = [
    ("星期一", "Monday"),
    ("星期二", "Tuesday"),
    ("星期三", "Wednesday"),
    ("星期四", "Thursday"),
    ("星期五", "Friday"),
    ("星期六", "Saturday"),
    ("星期日", "Sunday"),
];

fn clock(m: u32) -> String {
    let (h, m) = (m / 60, m % 60);
    [if h < 10 { "0" } else { "" }, &n(h), ":", if m < 10 { "0" } else { "" }, &n(m)].concat()
}

impl CheckEvent {
    /// The event in Chinese and English.
    pub fn render(&self) -> Bilingual {
        match self {
            CheckEvent::Applies { name, article } => Bilingual::new(
                ["适用", article, "：", name.zh].concat(),
                [article, " applies: ", name.en].concat(),
            ),
            CheckEvent::AwayTogether { a, b, first, last } => {
                let (f, l) = (format_date(*first), format_date(*last));
                Bilingual::new(
                    [a, "与", b, "同时外出：", &f, " 至 ", &l].concat(),
                    [a, " and ", b, " would both be away from ", &f, " to ", &l].concat(),
                )
            }
            CheckEvent::SectionCrowded { section, day, people, max } => {
                let d = format_date(*day);
                Bilingual::new(
                    [section, " ", &d, " 有 ", &n(*people), " 人休假，至多 ", &n(*max), " 人"].concat(),
                    [section, ": ", &n(*people), " people on leave on ", &d, ", at most ", &n(*max)].concat(),
                )
            }
            CheckEvent::DutyGaps { days, first, gap } => {
                let d = format_date(*first);
                let (zh, en) = match gap {
                    DutyGap::TooFew { min } => (
                        ["值班人数少于 ", &n(*min), " 人"].concat(),
                        ["fewer than ", &n(*min), " on duty"].concat(),
                    ),
                    DutyGap::NoLeader => ("无带班领导".to_owned(), "no leader in charge".to_owned()),
                    DutyGap::Hours { need } => (
                        ["值班不足 ", &n(*need), " 小时"].concat(),
                        ["fewer than ", &n(*need), " hours covered"].concat(),
                    ),
                };
                Bilingual::new(
                    [&n(*days), " 天", &zh, "（首日 ", &d, "）"].concat(),
                    [&n(*days), " day(s) with ", &en, " (first ", &d, ")"].concat(),
                )
            }
            CheckEvent::NotThisUnit => Bilingual::new(
                "本值班表的单位不在此项要求之列",
                "the roster's unit is not one this requirement covers",
            ),
            CheckEvent::Quorum { present, of, denominator: d, fraction: f, inclusive, ok } => {
                let (dz, de) = denominator(*d);
                let (fz, fe) = fraction(*f);
                let (iz, ie) = if *inclusive { ("达到", "at least") } else { ("超过", "more than") };
                Bilingual::new(
                    ["出席 ", &n(*present), " 人，", dz, " ", &n(*of), " 人，须", iz, dz, "的", &fz, if *ok { "：已达到" } else { "：未达到" }].concat(),
                    [n(*present).as_str(), " present of ", &n(*of), " ", de, "; ", ie, " ", &fe, " needed", if *ok { ": reached" } else { ": not reached" }].concat(),
                )
            }
            CheckEvent::Vote { yes, of, denominator: d, fraction: f, inclusive, ok } => {
                let (dz, de) = denominator(*d);
                let (fz, fe) = fraction(*f);
                let (iz, ie) = if *inclusive { ("达到", "at least") } else { ("超过", "more than") };
                Bilingual::new(
                    ["赞成 ", &n(*yes), " 票，", dz, " ", &n(*of), " 人，须", iz, &fz, if *ok { "：通过" } else { "：未通过" }].concat(),
                    [n(*yes).as_str(), " for, of ", &n(*of), " ", de, "; ", ie, " ", &fe, " needed", if *ok { ": carried" } else { ": not carried" }].concat(),
                )
            }
            CheckEvent::PerPeriod { body, organiser, per: p, first, last, got, min, max } => {
                let (pz, pe) = per(*p);
                let (bz, be) = bounds(*min, *max);
                let (f, l) = (format_date(*first), format_date(*last));
                let who = organiser.as_deref().unwrap_or("");
                let sep = if who.is_empty() { "" } else { " " };
                Bilingual::new(
                    [who, sep, body, " ", &f, " 至 ", &l, "（每", pz, "）召开 ", &n(*got), " 次，", &bz, " 次"].concat(),
                    [who, sep, body, ": ", &n(*got), " from ", &f, " to ", &l, " (per ", pe, "), ", &be].concat(),
                )
            }
            CheckEvent::Count { what, got, min, max } => {
                let (wz, we) = field(what);
                let (bz, be) = bounds(*min, *max);
                Bilingual::new(
                    [wz, " ", &n(*got), " 个，", &bz, " 个"].concat(),
                    [we, ": ", &n(*got), ", ", &be].concat(),
                )
            }
            CheckEvent::TooLong { what, index, minutes, max } => {
                let (wz, we) = field(what);
                let which = if *what == "lengthMinutes" { String::new() } else { [" ", &n(index + 1)].concat() };
                Bilingual::new(
                    ["第", which.trim(), "项", wz, " ", &n(*minutes), " 分钟，超过 ", &n(*max), " 分钟"].concat(),
                    [we, &which, ": ", &n(*minutes), " minutes, over ", &n(*max)].concat(),
                )
            }
            CheckEvent::WrongWeekday { date, want } => {
                let (wz, we) = WEEKDAYS.get(usize::from(want.saturating_sub(1))).copied().unwrap_or(("", ""));
                let d = format_date(*date);
                Bilingual::new(
                    [&d, " 不是", wz].concat(),
                    [&d, " is not a ", we].concat(),
                )
            }
            CheckEvent::WrongStart { got, want } => {
                let g = clock(*got);
                Bilingual::new(
                    ["开始时间 ", &g, "，规定为 ", want].concat(),
                    ["starts at ", &g, "; set at ", want].concat(),
                )
            }
            CheckEvent::Denied { fact } => Bilingual::new(
                ["未确认：", fact.zh].concat(),
                ["not confirmed: ", fact.en].concat(),
            ),
            CheckEvent::Passed { test } => {
                let (z, e) = test_name(*test);
                Bilingual::new([z, "：符合"].concat(), [e, ": kept"].concat())
            }
            CheckEvent::Broken { test, severity } => {
                let (z, e) = test_name(*test);
                let (sz, se) = match severity {
                    Severity::Must => ("不符合（必须遵守）", "broken (binding)"),
                    Severity::Should => ("不符合（一般应遵守）", "broken (a warning: the text softens it)"),
                };
                Bilingual::new([z, "：", sz].concat(), [e, ": ", se].concat())
            }
            CheckEvent::NotChecked { test, missing } => {
                let (z, e) = test_name(*test);
                let list = missing.join(", ");
                Bilingual::new(
                    [z, "：未检查，缺少 ", &list].concat(),
                    [e, ": not checked, missing ", &list].concat(),
                )
            }
            CheckEvent::Summary { rules, must, should, unchecked } => {
                let mut zh = if *must + *should == 0 {
                    ["检查了 ", &n(*rules), " 条规定，未发现违反"].concat()
                } else {
                    ["检查了 ", &n(*rules), " 条规定：", &n(*must), " 项必须改正，", &n(*should), " 项提醒"].concat()
                };
                let mut en = if *must + *should == 0 {
                    [&n(*rules), " rule(s) checked, none broken"].concat()
                } else {
                    [&n(*rules), " rule(s) checked: ", &n(*must), " to correct, ", &n(*should), " warning(s)"].concat()
                };
                if *unchecked > 0 {
                    zh.push_str(&["；", &n(*unchecked), " 条因缺少信息未能检查"].concat());
                    en.push_str(&["; ", &n(*unchecked), " not checked for missing data"].concat());
                }
                Bilingual::new(zh, en)
            }
        }
    }
}
