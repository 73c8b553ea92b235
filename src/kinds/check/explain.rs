//! The events a check records, and their text (the only place a check's explanation is worded).

use crate::base::text::Joined;
use crate::base::text::{Bilingual, Text};
use crate::kinds::check::data::{Denominator, Per, Severity, TestKind};
use crate::time::date::{format_clock, format_date};
use crate::time::civil::NaiveDate;

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
        /// Meetings (records) in it, or their hours.
        got: u32,
        /// `got` is hours, not records.
        hours: bool,
        /// `got` is days (field work), not records.
        days: bool,
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
    /// A period outside the months set (`within_months`: `first`–`last`), or not lasting
    /// `first` months (`lasts_months`).
    Months {
        /// Which test.
        test: TestKind,
        /// The period's first day.
        from: NaiveDate,
        /// Its last day.
        to: NaiveDate,
        /// The first month allowed; the months it must last.
        first: u32,
        /// The last month allowed.
        last: u32,
    },
    /// A study session starts before the time from which it is set (下午: 12:00).
    StartsBefore {
        /// Minutes after midnight.
        got: u32,
        /// The earliest start.
        want: &'static str,
    },
    /// Days of use in a statutory holiday's rest.
    OnHolidays {
        /// The first.
        first: NaiveDate,
        /// How many.
        days: u32,
    },
    /// Years in the same post reached.
    Tenure {
        /// In the post since.
        since: NaiveDate,
        /// The day checked.
        on: NaiveDate,
        /// The years reached.
        years: u32,
    },
    /// A rate below its floor.
    Ratio {
        /// The part.
        got: u32,
        /// The whole.
        of: u32,
        /// The floor, as a fraction.
        fraction: (u32, u32),
    },
    /// Fewer people of a role present than required.
    Persons {
        /// The role, as the text names it.
        role: &'static str,
        /// How many the form names.
        got: u32,
        /// How many are required.
        min: u32,
        /// How many are allowed at most (一名: exactly one).
        max: Option<u32>,
    },
    /// A fact the form must confirm is denied.
    Denied {
        /// The fact.
        fact: Text,
    },
    /// leader_reception: the date is a Monday, but not in the first 7 days of one of the months.
    NotFirstWeek {
        /// The date.
        date: NaiveDate,
        /// The months (3, 9).
        months: [Option<u32>; 2],
    },
    /// penalty_case: not a major case (the fine below the bar, none of the listed kinds).
    NotMajor {
        /// The fine, yuan.
        got: u32,
        /// The bar for the party, yuan.
        bar: u32,
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

/// `t` with each `{}` replaced by the next of `args`: one small function instead of a
/// concatenation per message (the module stays small).
#[inline(never)]
fn fill(t: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(t.len() + 16);
    let mut args = args.iter();
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        if c == '{' {
            // Every `{` of a template opens a `{}`.
            chars.next();
            out.push_str(args.next().copied().unwrap_or(""));
        } else {
            out.push(c);
        }
    }
    out
}

/// Each text filled with its own arguments (the languages order them differently).
#[inline(never)]
fn two(zh: &str, za: &[&str], en: &str, ea: &[&str]) -> Bilingual {
    Bilingual::new(fill(zh, za), fill(en, ea))
}

/// Both texts filled with the same arguments (`{}` in order).
#[inline(never)]
fn both(zh: &str, en: &str, args: &[&str]) -> Bilingual {
    Bilingual::new(fill(zh, args), fill(en, args))
}

fn test_name(t: TestKind) -> (&'static str, &'static str) {
    match t {
        TestKind::NotTogether => ("不同时外出", "not away together"),
        TestKind::AtMostPerSection => {
            ("每科室同时休假人数", "people of a section on leave at once")
        }
        TestKind::OnDuty => ("值班安排", "duty cover"),
        TestKind::Quorum => ("出席人数", "quorum"),
        TestKind::VotePass => ("表决", "vote"),
        TestKind::PerPeriod => ("每期次数", "how often per period"),
        TestKind::Count => ("数量", "count"),
        TestKind::Duration => ("时长", "length"),
        TestKind::Timing => ("时间", "timing"),
        TestKind::Confirmed => ("须确认的事项", "facts to confirm"),
        TestKind::Persons => ("在场人数", "people present"),
        TestKind::Ratio => ("比例", "rate"),
        TestKind::Tenure => ("任职年限", "years in the post"),
        TestKind::OffHolidays => ("法定节假日", "statutory holidays"),
        TestKind::WithinMonths => ("安排月份", "months allowed"),
        TestKind::LastsMonths => ("时长（月）", "length in months"),
        TestKind::MustFile => ("重大案件备案", "filing of a major case"),
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
/// The words of a threshold (a quorum or a vote): what is counted, the fraction, and whether
/// reaching it is enough (达到) or it must be passed (超过).
struct Bar {
    dz: &'static str,
    de: &'static str,
    fz: String,
    fe: String,
    iz: &'static str,
    ie: &'static str,
}

fn bar(d: Denominator, f: (u32, u32), inclusive: bool) -> Bar {
    let (dz, de) = denominator(d);
    let (fz, fe) = fraction(f);
    let (iz, ie) = if inclusive {
        ("达到", "at least")
    } else {
        ("超过", "more than")
    };
    Bar {
        dz,
        de,
        fz,
        fe,
        iz,
        ie,
    }
}

fn fraction(f: (u32, u32)) -> (String, String) {
    (
        [&n(f.1), "分之", &n(f.0)].joined(""),
        [&n(f.0), "/", &n(f.1)].joined(""),
    )
}

fn field(what: &str) -> (&'static str, &'static str) {
    match what {
        "speeches" => ("发言", "speech"),
        "presentations" => ("汇报", "presentation"),
        "lengthMinutes" => ("会议", "meeting"),
        "proposals" => ("汇报人提出的意见", "proposals offered"),
        "copies" => ("材料份数", "copies"),
        "souvenirs" => ("纪念品件数", "souvenirs"),
        "trainees"
        | "keptCopies"
        | "giftYuan"
        | "months"
        | "souvenirYuan"
        | "meals"
        | "drafterProofreadings"
        | "headProofreadings" => field_label(what),
        _ => ("", ""),
    }
}

/// The label of a form field as a form names it (a missing input, a count), for every form.
pub fn field_label(field: &str) -> (&'static str, &'static str) {
    match field {
        "requests" => ("请假（外出）申请", "leave requests"),
        "requests[].role" => ("每份申请人的职务", "each requester's post"),
        "requests[].serves" => ("对口服务的领导", "the leaders each serves"),
        "requests[].kind" => ("每份申请的假别", "each request's kind of leave"),
        "requests[].section" => ("每份申请人的科室", "each requester's section"),
        "requests[].window" => ("窗口岗位（A-B角）", "the window post (A-B pair)"),
        "unit" => ("值班单位", "the roster's unit"),
        "from" => ("起始日期", "first day of the period"),
        "to" => ("截止日期", "last day of the period"),
        "duty" => ("值班安排", "duty rows"),
        "duty[].hours" => ("每班值班小时数", "hours of each duty row"),
        "members" => ("组成人员数", "members of the body"),
        "due" => ("应到人数", "members due to attend"),
        "present" => ("出席人数", "members present"),
        "votes" => ("表决票数", "the votes"),
        "meetings" => ("已召开的会议", "meetings held"),
        "meetings[].organiser" => ("会议的召开部门", "each meeting's organiser"),
        "sessions" => ("学习、培训和教育活动", "study sessions and trainings held"),
        "sessions[].hours" => ("每次学习的小时数", "the hours of each session"),
        "sessions[].start" => ("每次学习的开始时间", "the start of each session"),
        "sessions[].person" => ("每篇文章的作者", "whose paper each is"),
        "centralGroup" => (
            "理论学习中心组成员（姓名）",
            "the central study group's members (names)",
        ),
        "staff" => ("全体干部职工（姓名）", "all staff (names)"),
        "trips" => ("下乡、驻村的记录", "stays in the field"),
        "trips[].days" => ("每次的天数", "the days of each stay"),
        "trips[].person" => ("每次下乡、驻村的人", "who each stay is of"),
        "governmentMembers" => (
            "县政府组成人员（姓名）",
            "the county government's members (names)",
        ),
        "contactLeaders" => ("县级联系领导（姓名）", "the county contact leaders (names)"),
        "checks" => ("已进行的抽查", "spot checks made"),
        "reports" => ("已报送的信息", "information items reported"),
        "drills" => ("已进行的演练", "drills held"),
        "drills[].plan" => ("演练所属的应急预案", "the plan each drill is of"),
        "plans" => ("应急预案", "the emergency plans"),
        "proposals" => ("汇报人提出的意见数", "proposals offered by the presenter"),
        "copies" => ("材料份数", "copies of the papers"),
        "trainees" => ("每期跟班学习人数", "trainees in the batch"),
        "keptCopies" => ("盖章后留存份数", "sealed copies kept"),
        "giftYuan" => ("慰问品金额（元）", "the gift's value (yuan)"),
        "months" => (
            "本年下基层的整月数",
            "whole months at the grassroots this year",
        ),
        "followedUp" => ("已回访的案件数", "cases followed up"),
        "since" => ("任现职的日期", "in the post since"),
        "souvenirs" => ("纪念品件数", "souvenirs given"),
        "souvenirYuan" => ("纪念品价值（元）", "the souvenir's value (yuan)"),
        "meals" => ("欢送餐次数", "farewell meals"),
        "vehicle" => ("车辆类别", "the kind of vehicle"),
        "asOf" => ("核对日期", "the date checked"),
        "cases" => ("案件总数", "all cases"),
        "drafterProofreadings" => ("拟稿人校对次数", "the drafter's proofreadings"),
        "headProofreadings" => ("科室负责人校对次数", "the section head's proofreadings"),
        "speeches" => ("每人发言时长（分钟）", "each speech, minutes"),
        "presentations" => ("每项汇报时长（分钟）", "each presentation, minutes"),
        "lengthMinutes" => ("会议时长（分钟）", "the meeting's length, minutes"),
        "date" => ("会议日期", "the meeting's date"),
        "start" => ("开始时间", "start time"),
        "supervisors" => ("监销人（姓名）", "the supervisors present (names)"),
        "inspectors" => ("执法人员（姓名）", "the officers present (names)"),
        "receivers" => ("接待人员（姓名）", "the staff receiving the visit (names)"),
        "buyers" => (
            "参与采购并签字的人员（姓名）",
            "who took part and signed the invoice (names)",
        ),
        "purchases" => ("已进行的大批量采购", "bulk purchases made"),
        "liaisons" => ("政务信息联络员（姓名）", "the information liaisons named"),
        _ => ("须确认的事项", "a fact to confirm"),
    }
}

fn per(p: Per) -> (&'static str, &'static str) {
    match p {
        Per::Week => ("周", "week"),
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
        (Some(a), Some(b)) if a == b => (["应为 ", &n(a)].joined(""), ["must be ", &n(a)].joined("")),
        (Some(a), Some(b)) => (
            ["应为 ", &n(a), "—", &n(b)].joined(""),
            ["must be ", &n(a), "–", &n(b)].joined(""),
        ),
        (Some(a), None) => (["至少 ", &n(a)].joined(""), ["at least ", &n(a)].joined("")),
        (None, Some(b)) => (["不超过 ", &n(b)].joined(""), ["at most ", &n(b)].joined("")),
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

impl CheckEvent {
    /// The event in Chinese and English.
    #[inline(never)]
    pub fn render(&self) -> Bilingual {
        match self {
            CheckEvent::Applies { name, article } => two(
                "适用{}：{}",
                &[article, name.zh],
                "{} applies: {}",
                &[article, name.en],
            ),
            CheckEvent::AwayTogether { a, b, first, last } => {
                let (f, l) = (format_date(*first), format_date(*last));
                both(
                    "{}与{}同时外出：{} 至 {}",
                    "{} and {} would both be away from {} to {}",
                    &[a, b, &f, &l],
                )
            }
            CheckEvent::SectionCrowded {
                section,
                day,
                people,
                max,
            } => two(
                "{}：{} 有 {} 人休假，至多 {} 人",
                &[section, &format_date(*day), &n(*people), &n(*max)],
                "{}: {} people on leave on {}, at most {}",
                &[section, &n(*people), &format_date(*day), &n(*max)],
            ),
            CheckEvent::DutyGaps { days, first, gap } => {
                let (d, count) = (format_date(*first), n(*days));
                match gap {
                    DutyGap::TooFew { min } => both(
                        "{} 天值班人数少于 {} 人（首日 {}）",
                        "{} day(s) with fewer than {} on duty (first {})",
                        &[&count, &n(*min), &d],
                    ),
                    DutyGap::NoLeader => both(
                        "{} 天无带班领导（首日 {}）",
                        "{} day(s) without a leader in charge (first {})",
                        &[&count, &d],
                    ),
                    DutyGap::Hours { need } => both(
                        "{} 天值班不足 {} 小时（首日 {}）",
                        "{} day(s) with fewer than {} hours covered (first {})",
                        &[&count, &n(*need), &d],
                    ),
                }
            }
            CheckEvent::NotThisUnit => both(
                "本值班表的单位不在此项要求之列",
                "the roster's unit is not one this requirement covers",
                &[],
            ),
            CheckEvent::Quorum {
                present,
                of,
                denominator: d,
                fraction: f,
                inclusive,
                ok,
            } => {
                let Bar {
                    dz,
                    de,
                    fz,
                    fe,
                    iz,
                    ie,
                } = bar(*d, *f, *inclusive);
                let (oz, oe) = if *ok {
                    ("已达到", "reached")
                } else {
                    ("未达到", "not reached")
                };
                let (p, o) = (n(*present), n(*of));
                two(
                    "出席 {} 人，{} {} 人，须{}{}的{}：{}",
                    &[&p, dz, &o, iz, dz, &fz, oz],
                    "{} present of {} {}; {} {} needed: {}",
                    &[&p, &o, de, ie, &fe, oe],
                )
            }
            CheckEvent::Vote {
                yes,
                of,
                denominator: d,
                fraction: f,
                inclusive,
                ok,
            } => {
                let Bar {
                    dz,
                    de,
                    fz,
                    fe,
                    iz,
                    ie,
                } = bar(*d, *f, *inclusive);
                let (oz, oe) = if *ok {
                    ("通过", "carried")
                } else {
                    ("未通过", "not carried")
                };
                let (y, o) = (n(*yes), n(*of));
                two(
                    "赞成 {} 票，{} {} 人，须{}{}：{}",
                    &[&y, dz, &o, iz, &fz, oz],
                    "{} for, of {} {}; {} {} needed: {}",
                    &[&y, &o, de, ie, &fe, oe],
                )
            }
            CheckEvent::PerPeriod {
                body,
                organiser,
                per: p,
                first,
                last,
                got,
                hours,
                days,
                min,
                max,
            } => {
                let (pz, pe) = per(*p);
                let (bz, be) = bounds(*min, *max);
                let (f, l, g) = (format_date(*first), format_date(*last), n(*got));
                let who = organiser
                    .as_deref()
                    .map_or(String::new(), |o| [o, " "].joined(""));
                let (uz, ue) = if *days {
                    ("天", " days")
                } else if *hours {
                    ("小时", " hours")
                } else {
                    ("次", "")
                };
                two(
                    "{}{} {} 至 {}（每{}）{} {}，{} {}",
                    &[&who, body, &f, &l, pz, &g, uz, &bz, uz],
                    "{}{}: {}{} from {} to {} (per {}), {}",
                    &[&who, body, &g, ue, &f, &l, pe, &be],
                )
            }
            CheckEvent::Count {
                what,
                got,
                min,
                max,
            } => {
                let (wz, we) = field(what);
                let (bz, be) = bounds(*min, *max);
                let g = n(*got);
                two("{}：{}，{}", &[wz, &g, &bz], "{}: {}, {}", &[we, &g, &be])
            }
            CheckEvent::TooLong {
                what,
                index,
                minutes,
                max,
            } => {
                let (wz, we) = field(what);
                let (i, m, x) = (n(index + 1), n(*minutes), n(*max));
                two(
                    "第 {} 项{} {} 分钟，超过 {} 分钟",
                    &[&i, wz, &m, &x],
                    "{} {}: {} minutes, over {}",
                    &[we, &i, &m, &x],
                )
            }
            CheckEvent::WrongWeekday { date, want } => {
                let (wz, we) = WEEKDAYS
                    .get(usize::from(want.saturating_sub(1)))
                    .copied()
                    .unwrap_or(("", ""));
                let d = format_date(*date);
                two("{} 不是{}", &[&d, wz], "{} is not a {}", &[&d, we])
            }
            CheckEvent::WrongStart { got, want } => both(
                "开始时间 {}，规定为 {}",
                "starts at {}; set at {}",
                &[&format_clock(*got), want],
            ),
            CheckEvent::Months {
                test,
                from,
                to,
                first,
                last,
            } => {
                let (f, t, a, b) = (format_date(*from), format_date(*to), n(*first), n(*last));
                if *test == TestKind::WithinMonths {
                    two(
                        "{} 至 {} 不在同一年的 {} 月至 {} 月之内",
                        &[&f, &t, &a, &b],
                        "{} to {} is not within months {} to {} of one year",
                        &[&f, &t, &a, &b],
                    )
                } else {
                    two(
                        "{} 至 {} 不是 {} 个月",
                        &[&f, &t, &a],
                        "{} to {} is not {} months",
                        &[&f, &t, &a],
                    )
                }
            }
            CheckEvent::StartsBefore { got, want } => both(
                "开始时间 {}，早于 {}",
                "starts at {}, before {}",
                &[&format_clock(*got), want],
            ),
            CheckEvent::OnHolidays { first, days } => {
                let (f, d) = (format_date(*first), n(*days));
                both(
                    "{} 天在法定节假日放假期间（首日 {}）",
                    "{} day(s) in a statutory holiday (first {})",
                    &[&d, &f],
                )
            }
            CheckEvent::Tenure { since, on, years } => {
                let (s, o, y) = (format_date(*since), format_date(*on), n(*years));
                two(
                    "{} 起任现职，至 {} 已满 {} 年",
                    &[&s, &o, &y],
                    "in the post since {}: {} years reached by {}",
                    &[&s, &y, &o],
                )
            }
            CheckEvent::Ratio {
                got,
                of,
                fraction: f,
            } => {
                let (g, o, a, b) = (n(*got), n(*of), n(f.0), n(f.1));
                both(
                    "{} / {}，低于 {}/{}",
                    "{} of {}, below {}/{}",
                    &[&g, &o, &a, &b],
                )
            }
            CheckEvent::Persons {
                role,
                got,
                min,
                max: Some(x),
            } if x == min => {
                let (g, m) = (n(*got), n(*x));
                two(
                    "{} {} 人，须 {} 人",
                    &[role, &g, &m],
                    "{}: {}, exactly {} required",
                    &[role, &g, &m],
                )
            }
            CheckEvent::Persons { role, got, min, .. } => {
                let (g, m) = (n(*got), n(*min));
                two(
                    "{} {} 人，须 {} 人以上",
                    &[role, &g, &m],
                    "{} present: {}, at least {} required",
                    &[role, &g, &m],
                )
            }
            CheckEvent::Denied { fact } => {
                two("未确认：{}", &[fact.zh], "not confirmed: {}", &[fact.en])
            }
            CheckEvent::NotFirstWeek { date, months } => {
                let d = format_date(*date);
                let [a, b] = months.map(|m| m.unwrap_or(0).to_string());
                two(
                    "{} 不是{}月或{}月第1周的周一",
                    &[&d, &a, &b],
                    "{} is not the first Monday of month {} or {}",
                    &[&d, &a, &b],
                )
            }
            CheckEvent::NotMajor { got, bar } => {
                let (g, b) = (got.to_string(), bar.to_string());
                two(
                    "罚款{}元未达{}元，不属所列情形：非重大案件，无须备案",
                    &[&g, &b],
                    "a fine of {} yuan, below {}, none of the listed kinds: not major, no filing",
                    &[&g, &b],
                )
            }
            CheckEvent::Passed { test } => {
                let (z, e) = test_name(*test);
                two("{}：符合", &[z], "{}: kept", &[e])
            }
            CheckEvent::Broken { test, severity } => {
                let (z, e) = test_name(*test);
                let (sz, se) = match severity {
                    Severity::Must => ("不符合（必须遵守）", "broken (binding)"),
                    Severity::Should => (
                        "不符合（一般应遵守）",
                        "broken (a warning: the text softens it)",
                    ),
                };
                two("{}：{}", &[z, sz], "{}: {}", &[e, se])
            }
            CheckEvent::NotChecked { test, missing } => {
                let (z, e) = test_name(*test);
                let list = missing.joined(", ");
                two(
                    "{}：未检查，缺少 {}",
                    &[z, &list],
                    "{}: not checked, missing {}",
                    &[e, &list],
                )
            }
            CheckEvent::Summary {
                rules,
                must,
                should,
                unchecked,
            } => {
                let (r, m, s, u) = (n(*rules), n(*must), n(*should), n(*unchecked));
                let mut t = if *must + *should == 0 {
                    both(
                        "检查了 {} 条规定，未发现违反",
                        "{} rule(s) checked, none broken",
                        &[&r],
                    )
                } else {
                    both(
                        "检查了 {} 条规定：{} 项必须改正，{} 项提醒",
                        "{} rule(s) checked: {} to correct, {} warning(s)",
                        &[&r, &m, &s],
                    )
                };
                if *unchecked > 0 {
                    let more = both(
                        "；{} 条因缺少信息未能检查",
                        "; {} not checked for missing data",
                        &[&u],
                    );
                    t.zh.push_str(&more.zh);
                    t.en.push_str(&more.en);
                }
                t
            }
        }
    }
}

crate::explain::kind_events!(CheckEvent);
