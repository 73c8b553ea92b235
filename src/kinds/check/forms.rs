//! The forms a check query submits, read from the query into typed values. Every problem is a
//! typed error naming the exact field (`requests[1].to`): a wrong type, a date that is not a
//! date, `from` after `to`, a row dated outside its period, an unknown key (with the nearest
//! known one). A field a test needs but the form leaves out is not an error: the test is then
//! not checked, and the answer says what is missing.

use crate::base::text::Joined;
use crate::base::small_map::SmallMap;
use crate::error::{Error, Result};
use crate::input::keys::unknown_key;
use crate::input::value::{Query, Value};
use crate::time::date::parse_date;
use crate::time::civil::NaiveDate;

/// The kinds of leave a request may name (`requests[].kind`), with their labels.
pub const LEAVE_KINDS: &[(&str, &str, &str)] = &[
    ("annual", "年休假", "annual leave"),
    ("personal", "事假", "personal leave"),
    ("sick", "病假", "sick leave"),
    ("marriage", "婚假", "marriage leave"),
    ("maternity", "产假", "maternity leave"),
    ("bereavement", "丧假", "bereavement leave"),
    ("trip", "出差", "business trip"),
    ("other", "其他外出", "other absence"),
];

/// Keys of a leave request.
pub const REQUEST_KEYS: &[&str] = &[
    "name", "role", "section", "kind", "from", "to", "serves", "window",
];
/// Keys of a duty-roster row.
pub const DUTY_KEYS: &[&str] = &["date", "name", "role", "leader", "hours"];
/// Keys of a meeting of a schedule.
pub const SCHEDULED_KEYS: &[&str] = &["body", "date", "organiser"];
/// Keys of a dated record of the other lists (a study session, a spot check, an information
/// item, a drill): what it was (`kind`), when, its hours (study sessions), its plan (drills).
pub const RECORD_KEYS: &[&str] = &["kind", "date", "hours", "plan"];
/// Keys of a study session or paper (`sessions[]`): `person`, whose paper it is.
pub const STUDY_KEYS: &[&str] = &["kind", "date", "start", "hours", "person"];
/// Keys of a stay in the field (`trips[]`): its days, whose.
pub const TRIP_KEYS: &[&str] = &["kind", "date", "days", "person"];

/// The lists of names a form gives (the people a per-person test counts), as the `roles` of a
/// `per_period` test name them: a study plan's central-group members and staff; field work's
/// county government members and contact leaders.
pub fn rolls(form: crate::kinds::check::data::Form) -> &'static [&'static str] {
    use crate::kinds::check::data::Form;
    match form {
        Form::StudyPlan => &["centralGroup", "staff"],
        Form::FieldWork => &["governmentMembers", "contactLeaders"],
        _ => &[],
    }
}
/// Keys of a meeting's votes.
pub const VOTE_KEYS: &[&str] = &["for", "against", "abstain"];

/// An object of the form, with the path that names its fields in errors.
struct Obj<'a> {
    q: Query,
    at: &'a str,
}

impl Obj<'_> {
    #[inline(never)]
    fn new<'a>(v: &Value, at: &'a str, keys: &[&str]) -> Result<Obj<'a>> {
        let Value::Object(_) = v else {
            return Err(Error::invalid(at, "对象", "an object"));
        };
        let q = Query::from_value(v.clone())?;
        if let Some(key) = q.names().find(|k| !keys.contains(k)) {
            let mut e = unknown_key(key, &[keys]);
            e.field = Some(path(at, key));
            return Err(e);
        }
        Ok(Obj { q, at })
    }

    #[inline(never)]
    fn field(&self, key: &str) -> String {
        path(self.at, key)
    }

    #[inline(never)]
    fn text(&self, key: &str) -> Result<Option<String>> {
        match self.q.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_owned())),
            Some(_) => Err(Error::invalid(
                &self.field(key),
                "非空字符串",
                "a non-empty string",
            )),
        }
    }

    #[inline(never)]
    fn req_text(&self, key: &str) -> Result<String> {
        self.text(key)?
            .ok_or_else(|| Error::missing(&self.field(key)))
    }

    #[inline(never)]
    fn date(&self, key: &str) -> Result<Option<NaiveDate>> {
        match self.q.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => parse_date(s, &self.field(key)).map(Some),
            Some(_) => Err(Error::invalid(
                &self.field(key),
                "日期字符串 YYYY-MM-DD",
                "a YYYY-MM-DD date string",
            )),
        }
    }

    #[inline(never)]
    fn req_date(&self, key: &str) -> Result<NaiveDate> {
        self.date(key)?
            .ok_or_else(|| Error::missing(&self.field(key)))
    }

    #[inline(never)]
    fn count(&self, key: &str, max: u32) -> Result<Option<u32>> {
        match self.q.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(max) => {
                Ok(Some(*n as u32))
            }
            Some(_) => Err(Error::invalid(
                &self.field(key),
                &["0 至 ", &max.to_string(), " 之间的整数"].joined(""),
                &["a whole number from 0 to ", &max.to_string()].joined(""),
            )),
        }
    }

    #[inline(never)]
    fn flag(&self, key: &str) -> Result<bool> {
        self.q
            .opt_bool(key)
            .map(|b| b.unwrap_or(false))
            .map_err(|_| Error::invalid(&self.field(key), "true 或 false", "true or false"))
    }

    #[inline(never)]
    fn texts(&self, key: &str) -> Result<Vec<String>> {
        let Some(v) = self.q.get(key) else {
            return Ok(Vec::new());
        };
        let Value::Array(items) = v else {
            return Err(Error::invalid(
                &self.field(key),
                "字符串数组",
                "an array of strings",
            ));
        };
        items
            .iter()
            .map(|x| match x {
                Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
                _ => Err(Error::invalid(
                    &self.field(key),
                    "字符串数组",
                    "an array of strings",
                )),
            })
            .collect()
    }

    /// An array of numbers of minutes.
    #[inline(never)]
    fn minutes(&self, key: &str) -> Result<Option<Vec<u32>>> {
        let Some(v) = self.q.get(key) else {
            return Ok(None);
        };
        let Value::Array(items) = v else {
            return Err(Error::invalid(
                &self.field(key),
                "分钟数的数组",
                "an array of minutes",
            ));
        };
        items
            .iter()
            .map(|x| match x {
                Value::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= 1440.0 => Ok(*n as u32),
                _ => Err(Error::invalid(
                    &self.field(key),
                    "0 至 1440 之间的整数分钟数",
                    "whole minutes from 0 to 1440",
                )),
            })
            .collect::<Result<Vec<u32>>>()
            .map(Some)
    }

    /// The objects of an array (`None` when absent).
    #[inline(never)]
    fn rows(&self, key: &str) -> Result<Option<&[Value]>> {
        match self.q.get(key) {
            None => Ok(None),
            Some(Value::Array(a)) => Ok(Some(a.as_slice())),
            Some(_) => Err(Error::invalid(&self.field(key), "数组", "an array")),
        }
    }
}

fn path(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        [at, ".", key].joined("")
    }
}

fn item(at: &str, key: &str, i: usize) -> String {
    [&path(at, key), "[", &i.to_string(), "]"].joined("")
}

/// `to` on or after `from`.
fn ordered(from: NaiveDate, to: NaiveDate, field: &str) -> Result<()> {
    if to < from {
        return Err(Error::invalid(
            field,
            "不早于开始日期（from）的日期",
            "a date on or after `from`",
        ));
    }
    Ok(())
}

/// A date within the form's period.
fn within(d: NaiveDate, span: Option<(NaiveDate, NaiveDate)>, field: &str) -> Result<()> {
    match span {
        Some((from, to)) if d < from || d > to => Err(Error::invalid(
            field,
            "表单期间（from 至 to）内的日期",
            "a date within the form's period (`from` to `to`)",
        )),
        _ => Ok(()),
    }
}

/// One leave request (or trip).
#[derive(Debug, Clone)]
pub struct Request {
    /// Who.
    pub name: String,
    /// Their post (县长, 副秘书长 …).
    pub role: Option<String>,
    /// Their section (科室).
    pub section: Option<String>,
    /// The kind of leave (`LEAVE_KINDS`).
    pub kind: Option<&'static str>,
    /// First day away.
    pub from: NaiveDate,
    /// Last day away.
    pub to: NaiveDate,
    /// The leaders they serve (对口服务), by name.
    pub serves: Vec<String>,
    /// The A-B post (window) they share with another person.
    pub window: Option<String>,
}

/// One row of a duty roster: a person on duty on a day.
#[derive(Debug, Clone)]
pub struct DutyRow {
    /// The day.
    pub date: NaiveDate,
    /// Their post.
    pub role: Option<String>,
    /// Whether they are the leader in charge (带班).
    pub leader: bool,
    /// The hours they cover that day.
    pub hours: Option<u32>,
}

/// A meeting of a schedule.
#[derive(Debug, Clone)]
pub struct Scheduled {
    /// Which body met.
    pub body: String,
    /// When.
    pub date: NaiveDate,
    /// Who convened it (a department), or the plan a drill is of, if given.
    pub organiser: Option<String>,
    /// The hours of a study session; the days of a stay in the field.
    pub hours: Option<u32>,
    /// A study session's start, minutes after midnight.
    pub start: Option<u32>,
}

/// The votes on a resolution.
#[derive(Debug, Clone, Copy)]
pub struct Votes {
    /// For.
    pub yes: u32,
    /// Against.
    pub no: u32,
    /// Abstaining.
    pub abstain: u32,
}

/// What a form submits, read.
#[derive(Debug, Clone, Default)]
pub struct FormData {
    /// leave_requests: the requests.
    pub requests: Option<Vec<Request>>,
    /// duty_roster: the unit whose roster it is; vehicle_use: the vehicle.
    pub unit: Option<String>,
    /// duty_roster, meeting_schedule: the period.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// duty_roster: the rows.
    pub duty: Option<Vec<DutyRow>>,
    /// meeting: the body; filing: the filing form (`record`).
    pub body: Option<String>,
    /// meeting, destruction, inspection: the date; personnel_record: since when the post is held.
    pub date: Option<NaiveDate>,
    /// meeting: start, minutes after midnight.
    pub start: Option<u32>,
    /// meeting: members of the body.
    pub members: Option<u32>,
    /// meeting: members due to attend.
    pub due: Option<u32>,
    /// meeting: members present.
    pub present: Option<u32>,
    /// meeting: the votes.
    pub votes: Option<Votes>,
    /// The form's numbers, in the order of `Form::counts` (meeting: proposals; meeting_topic:
    /// copies; document: the drafter's and the section head's proofreadings; follow_up_report:
    /// the cases followed up and all cases).
    pub numbers: [Option<u32>; 3],
    /// meeting: each speech, minutes.
    pub speeches: Option<Vec<u32>>,
    /// meeting: each presentation of a topic, minutes.
    pub presentations: Option<Vec<u32>>,
    /// meeting: its length, minutes.
    pub length: Option<u32>,
    /// meeting_schedule: the meetings held; the other lists of dated records (sessions,
    /// checks, reports, drills) as the same records.
    pub meetings: Option<Vec<Scheduled>>,
    /// destruction, inspection: the people present (supervisors, inspectors), by name; drill_plan:
    /// the emergency plans.
    pub people: Option<Vec<String>>,
    /// Yes/no facts confirmed.
    pub confirm: SmallMap<String, bool>,
    /// study_plan, field_work: the lists of names of `rolls`, in that order (absent: not given).
    pub rolls: [Option<Vec<String>>; 2],
}

/// The largest count of people on a form.
const MAX_PEOPLE: u32 = 10_000;

/// `HH:MM` as minutes after midnight.
fn time_of(s: &str, field: &str) -> Result<u32> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|x| x.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|x| x.parse::<u32>().ok())
    };
    match (
        b.len() == 5 && b.get(2) == Some(&b':'),
        num(0..2),
        num(3..5),
    ) {
        (true, Some(h), Some(m)) if h < 24 && m < 60 => Ok(h * 60 + m),
        _ => Err(Error::new(
            crate::error::ErrorCode::InvalidInput,
            Some(field),
            ["`", field, "` 不是有效时间（应为 HH:MM）：`", s, "`"].joined(""),
            [
                "`",
                field,
                "` is not a valid time (expected HH:MM): `",
                s,
                "`",
            ]
            .joined(""),
        )),
    }
}

/// Reads the form's fields from the query (the keys were checked against the form's).
///
/// # Errors
/// Typed errors naming the field, as the module's documentation says.
#[inline(never)]
pub fn read(q: &Query, form: crate::kinds::check::data::Form) -> Result<FormData> {
    use crate::kinds::check::data::Form;
    let top = Obj {
        q: q.clone(),
        at: "",
    };
    let mut f = FormData::default();
    if let Some(obj) = q.opt_object("confirm")? {
        for (k, v) in obj.iter() {
            let Value::Bool(b) = v else {
                return Err(Error::invalid(
                    &path("confirm", k),
                    "true 或 false",
                    "true or false",
                ));
            };
            f.confirm.insert(k.clone(), *b);
        }
    }
    let span = match (top.date("from")?, top.date("to")?) {
        (Some(a), Some(b)) => {
            ordered(a, b, "to")?;
            Some((a, b))
        }
        _ => None,
    };
    f.span = span;
    match form {
        Form::LeaveRequests => {
            if let Some(rows) = top.rows("requests")? {
                let mut out = Vec::with_capacity(rows.len());
                for (i, v) in rows.iter().enumerate() {
                    let at = item("", "requests", i);
                    let o = Obj::new(v, &at, REQUEST_KEYS)?;
                    let kind = match o.text("kind")? {
                        None => None,
                        Some(k) => Some(
                            LEAVE_KINDS
                                .iter()
                                .find(|x| x.0 == k)
                                .map(|x| x.0)
                                .ok_or_else(|| kind_error(&o.field("kind")))?,
                        ),
                    };
                    let (from, to) = (o.req_date("from")?, o.req_date("to")?);
                    ordered(from, to, &o.field("to"))?;
                    out.push(Request {
                        name: o.req_text("name")?,
                        role: o.text("role")?,
                        section: o.text("section")?,
                        kind,
                        from,
                        to,
                        serves: o.texts("serves")?,
                        window: o.text("window")?,
                    });
                }
                f.requests = Some(out);
            }
        }
        Form::DutyRoster => {
            f.unit = top.text("unit")?;
            if let Some(rows) = top.rows("duty")? {
                let mut out = Vec::with_capacity(rows.len());
                for (i, v) in rows.iter().enumerate() {
                    let at = item("", "duty", i);
                    let o = Obj::new(v, &at, DUTY_KEYS)?;
                    let date = o.req_date("date")?;
                    within(date, span, &o.field("date"))?;
                    // Every row names its person (checked), though no test counts names.
                    o.req_text("name")?;
                    out.push(DutyRow {
                        date,
                        role: o.text("role")?,
                        leader: o.flag("leader")?,
                        hours: o.count("hours", 24)?,
                    });
                }
                f.duty = Some(out);
            }
        }
        Form::Meeting => {
            f.body = Some(top.req_text("body")?);
            f.date = top.date("date")?;
            f.start = top
                .text("start")?
                .map(|s| time_of(&s, "start"))
                .transpose()?;
            f.members = top.count("members", MAX_PEOPLE)?;
            f.due = top.count("due", MAX_PEOPLE)?;
            f.present = top.count("present", MAX_PEOPLE)?;
            if let (Some(due), Some(members)) = (f.due, f.members) {
                if due > members {
                    return Err(Error::invalid(
                        "due",
                        "不超过组成人员数（members）",
                        "no more than `members`",
                    ));
                }
            }
            if let (Some(p), Some(of)) = (f.present, f.members.or(f.due)) {
                if p > of {
                    return Err(Error::invalid(
                        "present",
                        "不超过组成人员数（members）",
                        "no more than `members`",
                    ));
                }
            }
            if let Some(v) = q.get("votes") {
                let o = Obj::new(v, "votes", VOTE_KEYS)?;
                let votes = Votes {
                    yes: o.count("for", MAX_PEOPLE)?.unwrap_or(0),
                    no: o.count("against", MAX_PEOPLE)?.unwrap_or(0),
                    abstain: o.count("abstain", MAX_PEOPLE)?.unwrap_or(0),
                };
                let cast = votes.yes + votes.no + votes.abstain;
                if f.present.is_some_and(|p| cast > p) {
                    return Err(Error::invalid(
                        "votes",
                        "票数合计不超过出席人数（present）",
                        "votes adding up to no more than `present`",
                    ));
                }
                f.votes = Some(votes);
            }
            f.numbers = [top.count("proposals", 100)?, None, None];
            f.speeches = top.minutes("speeches")?;
            f.presentations = top.minutes("presentations")?;
            f.length = top.count("lengthMinutes", 1440)?;
        }
        Form::MeetingTopic => f.numbers = [top.count("copies", 10_000)?, None, None],
        Form::Placement => f.numbers = [top.count("trainees", 100)?, None, None],
        Form::WebPost => {}
        Form::ProposalReply => f.body = top.text("item")?,
        Form::HospitalVisit => {
            f.body = top.text("illness")?;
            f.numbers = [top.count("giftYuan", 10_000_000)?, None, None];
        }
        Form::LeaderReception => f.date = top.date("date")?,
        Form::PenaltyCase => {
            f.unit = top.text("party")?;
            if f.unit
                .as_deref()
                .is_some_and(|p| p != "unit" && p != "individual")
            {
                return Err(Error::invalid(
                    "party",
                    "unit 或 individual",
                    "unit or individual",
                ));
            }
            f.body = top.text("kind")?;
            f.numbers = [top.count("fineYuan", 4_000_000_000)?, None, None];
        }
        Form::FieldResearch => {
            f.body = top.text("post")?;
            f.numbers = [top.count("months", 12)?, None, None];
        }
        Form::SealUse => {
            f.body = top.text("document")?;
            f.numbers = [top.count("keptCopies", 100)?, None, None];
        }
        Form::Filing => {
            f.body = Some(top.req_text("record")?);
            f.numbers = [top.count("copies", 100)?, None, None];
        }
        Form::Document => {
            f.numbers = [
                top.count("drafterProofreadings", 100)?,
                top.count("headProofreadings", 100)?,
                None,
            ];
        }
        Form::VehicleUse => f.unit = top.text("vehicle")?,
        Form::WelfareRequest => {
            f.numbers = [
                top.count("souvenirs", 100)?,
                top.count("souvenirYuan", 10_000_000)?,
                top.count("meals", 100)?,
            ];
        }
        Form::PersonnelRecord => {
            top.text("person")?;
            top.text("post")?;
            f.date = top.date("since")?;
        }
        Form::FollowUpReport => {
            let (done, all) = (
                top.count("followedUp", 1_000_000)?,
                top.count("cases", 1_000_000)?,
            );
            if let (Some(d), Some(a)) = (done, all) {
                if d > a {
                    return Err(Error::invalid(
                        "followedUp",
                        "不超过案件总数（cases）",
                        "no more than `cases`",
                    ));
                }
            }
            f.numbers = [done, all, None];
        }
        Form::Destruction | Form::Inspection | Form::Reception | Form::Purchase | Form::Liaison => {
            f.date = top.date("date")?;
            f.unit = top.text("unit")?;
            let key = match form {
                Form::Destruction => "supervisors",
                Form::Inspection => "inspectors",
                Form::Reception => "receivers",
                Form::Purchase => "buyers",
                _ => "liaisons",
            };
            if q.get(key).is_some() {
                f.people = Some(top.texts(key)?);
            }
        }
        Form::MeetingSchedule
        | Form::StudyPlan
        | Form::InspectionPlan
        | Form::InformationReport
        | Form::DrillPlan
        | Form::FieldWork
        | Form::PurchasePlan => {
            let list = form.records().unwrap_or("meetings");
            // A meeting is of a `body` by an `organiser`; the other records of a `kind`, drills
            // of a `plan`.
            let (keys, what, who) = if form == Form::MeetingSchedule {
                (SCHEDULED_KEYS, "body", "organiser")
            } else if form == Form::StudyPlan {
                (STUDY_KEYS, "kind", "person")
            } else if form == Form::FieldWork {
                (TRIP_KEYS, "kind", "person")
            } else {
                (RECORD_KEYS, "kind", "plan")
            };
            if let Some(rows) = top.rows(list)? {
                let mut out = Vec::with_capacity(rows.len());
                for (i, v) in rows.iter().enumerate() {
                    let at = item("", list, i);
                    let o = Obj::new(v, &at, keys)?;
                    let date = o.req_date("date")?;
                    within(date, span, &o.field("date"))?;
                    out.push(Scheduled {
                        body: o.req_text(what)?,
                        date,
                        organiser: o.text(who)?,
                        start: match o.text("start")? {
                            Some(s) if form == Form::StudyPlan => {
                                Some(time_of(&s, &o.field("start"))?)
                            }
                            _ => None,
                        },
                        hours: if form == Form::FieldWork {
                            o.count("days", 366)?
                        } else {
                            o.count("hours", 24)?
                        },
                    });
                }
                f.meetings = Some(out);
            }
            if form == Form::DrillPlan && q.get("plans").is_some() {
                f.people = Some(top.texts("plans")?);
            }
            for (slot, key) in f.rolls.iter_mut().zip(rolls(form)) {
                if q.get(key).is_some() {
                    *slot = Some(top.texts(key)?);
                }
            }
        }
    }
    Ok(f)
}

fn kind_error(field: &str) -> Error {
    let keys: Vec<&str> = LEAVE_KINDS.iter().map(|k| k.0).collect();
    Error::invalid(
        field,
        &[&keys.joined("、"), " 之一"].joined(""),
        &["one of ", &keys.joined(", ")].joined(""),
    )
}

/// The top-level keys of each form (beside `form`, `confirm` and the options every query has).
pub fn keys(form: crate::kinds::check::data::Form) -> &'static [&'static str] {
    use crate::kinds::check::data::Form;
    match form {
        Form::LeaveRequests => &["requests"],
        Form::DutyRoster => &["unit", "from", "to", "duty"],
        Form::Meeting => &[
            "body",
            "date",
            "start",
            "members",
            "due",
            "present",
            "votes",
            "proposals",
            "speeches",
            "presentations",
            "lengthMinutes",
        ],
        Form::MeetingSchedule => &["from", "to", "meetings"],
        Form::Destruction => &["date", "supervisors"],
        Form::Inspection => &["date", "inspectors"],
        Form::StudyPlan => &["from", "to", "sessions", "centralGroup", "staff"],
        Form::InspectionPlan => &["from", "to", "checks"],
        Form::InformationReport => &["from", "to", "reports"],
        Form::DrillPlan => &["from", "to", "drills", "plans"],
        Form::MeetingTopic => &["copies"],
        Form::Document => &["drafterProofreadings", "headProofreadings"],
        Form::FollowUpReport => &["from", "to", "followedUp", "cases"],
        Form::PersonnelRecord => &["person", "post", "since"],
        Form::VehicleUse => &["vehicle", "from", "to"],
        Form::WelfareRequest => &["souvenirs", "souvenirYuan", "meals"],
        Form::FieldWork => &["from", "to", "trips", "governmentMembers", "contactLeaders"],
        Form::Filing => &["record", "copies"],
        Form::Reception => &["date", "receivers"],
        Form::Purchase => &["date", "buyers"],
        Form::Liaison => &["unit", "liaisons"],
        Form::Placement => &["trainees", "from", "to"],
        Form::SealUse => &["document", "keptCopies"],
        Form::WebPost => &[],
        Form::ProposalReply => &["item"],
        Form::HospitalVisit => &["illness", "giftYuan"],
        Form::FieldResearch => &["post", "months"],
        Form::PenaltyCase => &["party", "fineYuan", "kind"],
        Form::LeaderReception => &["date"],
        Form::PurchasePlan => &["from", "to", "purchases"],
    }
}
