use crate::rules::codec::{codec_enum, codec_struct, DResult, Decode, Encode, Reader};
use crate::rules::model::{RuleMeta, Text};
use crate::rules::section::codec_rule;
use serde::Deserialize;

/// What a form submits (the query's `form`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// A set of leave requests and trips (`requests`).
    LeaveRequests,
    /// A duty roster (`duty` rows over `from`–`to`).
    DutyRoster,
    /// One meeting: its body, date, attendance, votes, speeches.
    Meeting,
    /// The meetings held in a period (`meetings` over `from`–`to`).
    MeetingSchedule,
    /// A destruction of documents (`supervisors` present).
    Destruction,
    /// An enforcement inspection (`inspectors` present).
    Inspection,
    /// The study sessions and trainings held in a period (`sessions`).
    StudyPlan,
    /// The spot checks made in a period (`checks`).
    InspectionPlan,
    /// The information items reported in a period (`reports`).
    InformationReport,
    /// The drills of each emergency plan in a period (`drills`, the `plans`).
    DrillPlan,
    /// The papers of a meeting topic (`copies`).
    MeetingTopic,
    /// A document about to be issued (its proofreadings).
    Document,
    /// The enforcement cases of a period and those followed up (`cases`, `followedUp`).
    FollowUpReport,
    /// A person's post and since when they hold it (`since`; checked on the query's `asOf`).
    PersonnelRecord,
    /// The use of an official car (`vehicle`, `from`–`to`).
    VehicleUse,
    /// A welfare request: a farewell's souvenirs, their value, the meals.
    WelfareRequest,
    /// The days spent in the field (下乡调研, 驻村) in a period, per person (`trips`).
    FieldWork,
    /// A filing form filled in (`record`: which one) and its copies (`copies`).
    Filing,
    /// A visit received (`receivers` present).
    Reception,
    /// A small purchase (`buyers`: who took part and signed the invoice).
    Purchase,
    /// The bulk purchases made in a period (`purchases`).
    PurchasePlan,
    /// A unit's information liaison (`liaisons`: the names it gives).
    Liaison,
    /// A batch of trainees placed for job shadowing (`trainees`, `from`–`to`).
    Placement,
    /// A use of the seal (`document`: whether the papers are to be archived; `keptCopies`).
    SealUse,
    /// A post on the website (confirmed facts only).
    WebPost,
    /// A reply to a deputy's suggestion or a member's proposal (`item`: key or other).
    ProposalReply,
    /// A hospital visit (`illness`: 一般病情 or 大病; `giftYuan`).
    HospitalVisit,
    /// A leader's year of grassroots research (`post`, `months`: whole months).
    FieldResearch,
    /// An administrative penalty case (`party`: unit or individual, `fineYuan`, `kind`).
    PenaltyCase,
    /// A leader's reception day for petitioners (`date`).
    LeaderReception,
}

impl Form {
    /// Every form, in the order the catalog lists them.
    pub const ALL: [Form; 30] = [
        Form::LeaveRequests,
        Form::DutyRoster,
        Form::Meeting,
        Form::MeetingSchedule,
        Form::Destruction,
        Form::Inspection,
        Form::StudyPlan,
        Form::InspectionPlan,
        Form::InformationReport,
        Form::DrillPlan,
        Form::MeetingTopic,
        Form::Document,
        Form::FollowUpReport,
        Form::PersonnelRecord,
        Form::VehicleUse,
        Form::WelfareRequest,
        Form::FieldWork,
        Form::Filing,
        Form::Reception,
        Form::Purchase,
        Form::PurchasePlan,
        Form::Liaison,
        Form::Placement,
        Form::SealUse,
        Form::WebPost,
        Form::ProposalReply,
        Form::HospitalVisit,
        Form::FieldResearch,
        Form::PenaltyCase,
        Form::LeaderReception,
    ];

    /// The form's name in queries.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::LeaveRequests => "leave_requests",
            Form::DutyRoster => "duty_roster",
            Form::Meeting => "meeting",
            Form::MeetingSchedule => "meeting_schedule",
            Form::Destruction => "destruction",
            Form::Inspection => "inspection",
            Form::StudyPlan => "study_plan",
            Form::InspectionPlan => "inspection_plan",
            Form::InformationReport => "information_report",
            Form::DrillPlan => "drill_plan",
            Form::MeetingTopic => "meeting_topic",
            Form::Document => "document",
            Form::FollowUpReport => "follow_up_report",
            Form::PersonnelRecord => "personnel_record",
            Form::VehicleUse => "vehicle_use",
            Form::WelfareRequest => "welfare_request",
            Form::FieldWork => "field_work",
            Form::Filing => "filing",
            Form::Reception => "reception",
            Form::Purchase => "purchase",
            Form::PurchasePlan => "purchase_plan",
            Form::Liaison => "liaison",
            Form::Placement => "placement",
            Form::SealUse => "seal_use",
            Form::WebPost => "web_post",
            Form::ProposalReply => "proposal_reply",
            Form::HospitalVisit => "hospital_visit",
            Form::FieldResearch => "field_research",
            Form::PenaltyCase => "penalty_case",
            Form::LeaderReception => "leader_reception",
        }
    }

    /// The numbers on this form a `count` test may bound (a `ratio` takes the first of the
    /// second).
    pub fn counts(self) -> &'static [&'static str] {
        match self {
            Form::Meeting => &["proposals"],
            Form::MeetingTopic | Form::Filing => &["copies"],
            Form::Document => &["drafterProofreadings", "headProofreadings"],
            Form::FollowUpReport => &["followedUp", "cases"],
            Form::WelfareRequest => &["souvenirs", "souvenirYuan", "meals"],
            Form::Placement => &["trainees"],
            Form::SealUse => &["keptCopies"],
            Form::HospitalVisit => &["giftYuan"],
            Form::FieldResearch => &["months"],
            Form::PenaltyCase => &["fineYuan"],
            _ => &[],
        }
    }

    /// For the forms that list dated records (what `per_period` counts): the list's key.
    pub fn records(self) -> Option<&'static str> {
        match self {
            Form::MeetingSchedule => Some("meetings"),
            Form::StudyPlan => Some("sessions"),
            Form::InspectionPlan => Some("checks"),
            Form::InformationReport => Some("reports"),
            Form::DrillPlan => Some("drills"),
            Form::FieldWork => Some("trips"),
            Form::PurchasePlan => Some("purchases"),
            _ => None,
        }
    }
}

/// How bad breaking a test is: `must` (必须/不得/须/应当: the form cannot go as it is) or
/// `should` (一般/原则上: a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The text binds.
    Must,
    /// The text softens (一般, 原则上).
    Should,
}

/// The tests of the check vocabulary this engine evaluates (data/drafts/README.md, "Tests").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestKind {
    /// No common day away among people of these roles (or a person and the leader they serve,
    /// or the two people of one A-B post).
    NotTogether,
    /// At most `max` people of one section on that leave on any day.
    AtMostPerSection,
    /// Every day of the roster has people on duty (and a leader in charge, and the hours).
    OnDuty,
    /// Enough present: present ≥ (or >) fraction × members / members due.
    Quorum,
    /// A resolution carries: votes for ≥ (or >) fraction × present / voting.
    VotePass,
    /// How often a meeting is held in each period.
    PerPeriod,
    /// A count on the form within `min`–`max`.
    Count,
    /// Each length (minutes) within `max`.
    Duration,
    /// The weekday and start time; leader_reception: also within the first 7 days of the month
    /// `min` or `max` (第1周周一, B18 first-monday).
    Timing,
    /// Yes/no facts the form must confirm.
    Confirmed,
    /// At least `min` people of a role present (the names in the form's list `what`).
    Persons,
    /// The form's first number at least `fraction` of its second (回访率不低于30%).
    Ratio,
    /// Years in the same post (from `since` to the query's `asOf`) below `min` (满N年).
    Tenure,
    /// No day of `from`–`to` in a statutory holiday's rest (the calendar), unless the form's
    /// `vehicle` is one of `roles` (the exceptions the text names).
    OffHolidays,
    /// `from`–`to` lies within the months `min`–`max` of one year (3—10月份).
    WithinMonths,
    /// `from`–`to` lasts `exactly` months (the day before the same date that many months on).
    LastsMonths,
    /// penalty_case: a major case (a fine of at least `min` yuan on a unit or `max` on an
    /// individual, or a `kind` of `roles`) must confirm the `facts` (filed); another passes.
    MustFile,
}

/// What a quorum or a vote is counted against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denominator {
    /// Not a quorum or vote test.
    None,
    /// All members of the body (组成人员).
    Members,
    /// Members due to attend (应到人数: excused members left out).
    Due,
    /// Members present.
    Present,
    /// Members who voted.
    Voting,
}

/// The period of a `per_period` test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Not a periodic test.
    None,
    /// Weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
    /// Two calendar months from January (Jan–Feb, Mar–Apr, …).
    TwoMonths,
    /// Calendar quarters.
    Quarter,
    /// Calendar half years.
    HalfYear,
    /// Calendar years.
    Year,
}

/// A yes/no fact a form confirms (`confirm: { <key>: true }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirm {
    /// The key in the form's `confirm` object (camelCase).
    pub key: &'static str,
    /// What it confirms.
    pub label: Text,
}

/// One test of a check rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckTest {
    /// Which test.
    pub test: TestKind,
    /// The form it reads (the rule's unless the data says otherwise: a meeting rule's frequency
    /// is read from the meeting schedule).
    pub form: Form,
    /// Its severity (the rule's unless the data says otherwise).
    pub severity: Severity,
    /// Roles concerned: people who must not be away together; who may stand duty; for
    /// `persons`, the one role counted (监销人), as the text names it.
    pub roles: &'static [&'static str],
    /// `not_together`: the leaders a person of `roles` serves (对口服务) must not be away with them.
    pub served: &'static [&'static str],
    /// `not_together`: the two people of one A-B post (`window`) must not be away together.
    pub pairs: bool,
    /// `on_duty`: the test covers a roster of one of these units only (empty: any roster).
    pub units: &'static [&'static str],
    /// `per_period`: the body whose meetings are counted; `count` / `duration` / `persons`: the
    /// form field.
    pub what: Option<&'static str>,
    /// `at_most_per_section`: the kind of leave counted.
    pub leave: Option<&'static str>,
    /// Smallest allowed count (per period, per day on duty).
    pub min: Option<u32>,
    /// Largest allowed count, or minutes for `duration`.
    pub max: Option<u32>,
    /// `quorum`, `vote_pass`: the fraction, numerator and denominator.
    pub fraction: (u32, u32),
    /// Whether the bound itself is enough (以上/不少于: true; 超过: false).
    pub inclusive: bool,
    /// What the fraction is of.
    pub denominator: Denominator,
    /// `per_period`: the period.
    pub per: Per,
    /// `per_period`: counted per organiser (each department; each plan of a drill plan), not
    /// overall.
    pub by_organiser: bool,
    /// `per_period`: the records' hours (study sessions; field work: days) are summed
    /// (每周2个小时, 每年不少于90天), not the records counted.
    pub sum_hours: bool,
    /// `on_duty`: hours to cover each day (24: around the clock); 0 when not required.
    pub hours: u32,
    /// `on_duty`: a leader in charge (带班领导) is required each day.
    pub leader: bool,
    /// `on_duty`: the test covers the days of a statutory holiday's rest only.
    pub holidays_only: bool,
    /// `timing`: the weekday (1 = Monday … 7 = Sunday).
    pub weekday: Option<u8>,
    /// `timing`: the start time, `HH:MM`.
    pub starts_at: Option<&'static str>,
    /// `confirmed`: the facts to confirm.
    pub facts: &'static [Confirm],
}

/// A rule a form must keep: its tests, and the plain message a clerk sees when it is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckRule {
    /// Common rule data.
    pub meta: RuleMeta,
    /// The form the rule is about (its tests may read another: see [`CheckTest::form`]).
    pub form: Form,
    /// The bodies (meetings) the rule applies to; empty: every one.
    pub applies_to: &'static [&'static str],
    /// The rule's severity (a test may override it).
    pub severity: Severity,
    /// The message for the form's user, from the data.
    pub message: Text,
    /// The tests, in order.
    pub tests: &'static [CheckTest],
}

codec_struct! {
    Confirm { key, label }
    CheckTest {
        test, form, severity, roles, served, pairs, units, what, leave, min, max, fraction,
        inclusive, denominator, per, by_organiser, sum_hours, hours, leader, holidays_only, weekday,
        starts_at, facts
    }
}
codec_rule! {
    CheckRule => "check", "表单检查", "check" { form, applies_to, severity, message, tests }
}

codec_enum! {
    Form {
        LeaveRequests, DutyRoster, Meeting, MeetingSchedule, Destruction, Inspection, StudyPlan,
        InspectionPlan, InformationReport, DrillPlan, MeetingTopic, Document, FollowUpReport,
        PersonnelRecord, VehicleUse, WelfareRequest, FieldWork, Filing, Reception, Purchase,
        PurchasePlan, Liaison, Placement, SealUse, WebPost, ProposalReply,
        HospitalVisit, FieldResearch,
        PenaltyCase, LeaderReception
    }
    Severity { Must, Should }
    TestKind {
        NotTogether, AtMostPerSection, OnDuty, Quorum, VotePass, PerPeriod, Count, Duration,
        Timing, Confirmed, Persons, Ratio, Tenure, OffHolidays, WithinMonths, LastsMonths,
        MustFile
    }
    Denominator { None, Members, Due, Present, Voting }
    Per { None, Week, Month, TwoMonths, Quarter, HalfYear, Year }
}
