// The datagen's reader of form check rules: the `[[check]]` tables of
// `data/rules/<ruleset>/*.toml` (`Toml`, beside the fields every rule has), checked and lowered
// into the kind's data shape (`data.rs`) by `lower`. Compiled by the build script only:
// `build/main.rs` includes it for every kind of `src/kinds/list.rs`, with the datagen's shared
// helpers (`build/lower.rs`, `build/schema.rs`). Errors name the file and the rule.
//
// The build script brings into scope what every reader uses: the model (`crate::rules::model`),
// the datagen's helpers (`build/lower.rs`: `Lower`, `R`, `text`, `part_cite`, `inputs`, `conds`, …),
// the TOML shapes every rule shares (`build/schema.rs`: `Rule`, `InputToml`, `CondToml`, …), `Want`
// (`build/refs.rs`) and serde's `Deserialize`.

/// A rule's own fields in the data.
pub type Toml = CheckToml;

/// `[[check]]`: a rule a form must keep (`src/kinds/check/model.rs`).
#[derive(Deserialize)]
pub struct CheckToml {
    pub form: Form,
    #[serde(default)]
    pub applies_to: Vec<String>,
    pub severity: Severity,
    pub message_zh: String,
    pub message_en: String,
    pub test: Vec<CheckTestToml>,
}

/// One test of a check rule (`[[check.test]]`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckTestToml {
    pub test: TestKind,
    pub form: Option<Form>,
    pub severity: Option<Severity>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub served: Vec<String>,
    #[serde(default)]
    pub pairs: bool,
    #[serde(default)]
    pub units: Vec<String>,
    pub what: Option<String>,
    pub leave: Option<String>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub exactly: Option<u32>,
    /// `"2/3"`.
    pub fraction: Option<String>,
    pub inclusive: Option<bool>,
    pub denominator: Option<Denominator>,
    pub per: Option<Per>,
    #[serde(default)]
    pub by_organiser: bool,
    #[serde(default)]
    pub sum_hours: bool,
    #[serde(default)]
    pub hours: u32,
    #[serde(default)]
    pub leader: bool,
    #[serde(default)]
    pub holidays_only: bool,
    /// `mon` … `sun`.
    pub weekday: Option<String>,
    /// `HH:MM`.
    pub starts_at: Option<String>,
    #[serde(default)]
    pub facts: Vec<ConfirmToml>,
    /// For the reader (what the data took from the text): not read.
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmToml {
    pub key: String,
    pub zh: String,
    pub en: String,
}

pub fn lower(l: &mut Lower, rule: &Rule<Toml>) -> R<CheckRule> {
    let meta = l.meta(rule, Want::kind::<CheckRule>())?;
    let x = &rule.body;
    let at = l.at(meta.id);
    let fail = |what: String| format!("{at}: {what}");
    if x.test.is_empty() {
        return Err(fail("a check needs at least one [[check.test]]".into()));
    }
    let mut tests = Vec::new();
    for (i, t) in x.test.iter().enumerate() {
        let fail = |what: &str| fail(format!("test {}: {what}", i + 1));
        tests.push(check_test(t, x.form, x.severity).map_err(|e| fail(&e))?);
    }
    Ok(CheckRule {
        meta,
        form: x.form,
        applies_to: strs(&x.applies_to),
        severity: x.severity,
        message: text(&x.message_zh, &x.message_en),
        tests: sl(tests),
    })
}

/// One test of a check rule: what each test needs, and the form it reads, checked.
fn check_test(t: &CheckTestToml, form: Form, severity: Severity) -> R<CheckTest> {
    let form = t.form.unwrap_or(form);
    let reads = match t.test {
        TestKind::NotTogether | TestKind::AtMostPerSection => Some(Form::LeaveRequests),
        TestKind::OnDuty => Some(Form::DutyRoster),
        TestKind::Timing if matches!(form, Form::StudyPlan | Form::LeaderReception) => None,
        TestKind::Quorum | TestKind::VotePass | TestKind::Duration | TestKind::Timing => {
            Some(Form::Meeting)
        }
        TestKind::Count => None,
        TestKind::Ratio => Some(Form::FollowUpReport),
        TestKind::Tenure => Some(Form::PersonnelRecord),
        TestKind::OffHolidays => Some(Form::VehicleUse),
        TestKind::WithinMonths | TestKind::LastsMonths => Some(Form::Placement),
        // Every form that lists dated records.
        TestKind::PerPeriod if form.records().is_some() => None,
        TestKind::PerPeriod => Some(Form::MeetingSchedule),
        TestKind::Confirmed | TestKind::Persons => None,
        TestKind::MustFile => Some(Form::PenaltyCase),
    };
    let people = match form {
        Form::Destruction => Some("supervisors"),
        Form::Inspection => Some("inspectors"),
        Form::Reception => Some("receivers"),
        Form::Purchase => Some("buyers"),
        Form::Liaison => Some("liaisons"),
        _ => None,
    };
    if t.test == TestKind::Persons && (people.is_none() || t.what.as_deref() != people) {
        return Err(format!("persons reads the list of people of a destruction (`what = \"supervisors\"`) inspection (`what = \"inspectors\"`) reception (`what = \"receivers\"`) purchase (`what = \"buyers\"`) or liaison (`what = \"liaisons\"`), not {form:?}"));
    }
    if reads.is_some_and(|f| f != form) {
        return Err(format!(
            "{:?} reads the form {:?}, not {:?}",
            t.test, reads, form
        ));
    }
    let (min, max) = match t.exactly {
        Some(n) if t.min.is_none() && t.max.is_none() => (Some(n), Some(n)),
        Some(_) => return Err("`exactly` with `min` or `max`".into()),
        None => (t.min, t.max),
    };
    let fraction = match &t.fraction {
        None => (0, 0),
        Some(f) => {
            let (a, b) = f.split_once('/').ok_or("fraction: `a/b`")?;
            match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
                (Ok(a), Ok(b)) if a > 0 && b > 0 && a <= b => (a, b),
                _ => return Err(format!("fraction `{f}`: `a/b` with 0 < a ≤ b")),
            }
        }
    };
    let denominator = t.denominator.unwrap_or(Denominator::None);
    let weekday = match t.weekday.as_deref() {
        None => None,
        Some(w) => Some(
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .position(|d| *d == w)
                .map(|p| p as u8 + 1)
                .ok_or_else(|| format!("weekday `{w}`: mon … sun"))?,
        ),
    };
    if let Some(s) = &t.starts_at {
        let ok = s.len() == 5
            && s.as_bytes().get(2) == Some(&b':')
            && s.get(0..2)
                .and_then(|h| h.parse::<u8>().ok())
                .is_some_and(|h| h < 24)
            && s.get(3..5)
                .and_then(|m| m.parse::<u8>().ok())
                .is_some_and(|m| m < 60);
        if !ok {
            return Err(format!("starts_at `{s}`: HH:MM"));
        }
    }
    let per = t.per.unwrap_or(Per::None);
    if t.test == TestKind::PerPeriod
        && !t.roles.is_empty()
        && !(t.by_organiser
            && t.roles.len() == 1
            && t.roles.iter().all(|r| {
                matches!(
                    (form, r.as_str()),
                    (Form::StudyPlan, "centralGroup" | "staff")
                        | (Form::FieldWork, "governmentMembers" | "contactLeaders")
                )
            }))
    {
        return Err("per_period `roles`: one roll of the form (study_plan: centralGroup | staff; field_work: governmentMembers | contactLeaders), with by_organiser".into());
    }
    if t.sum_hours && !matches!(form, Form::StudyPlan | Form::FieldWork) {
        return Err("sum_hours sums the hours of study sessions (study_plan) or the days of field work (field_work)".into());
    }
    let need = |ok: bool, what: &str| {
        if ok {
            Ok(())
        } else {
            Err(format!("{:?} needs {what}", t.test))
        }
    };
    match t.test {
        TestKind::NotTogether => need(
            !t.roles.is_empty() || t.pairs,
            "`roles` (with `served`) or `pairs = true`",
        )?,
        TestKind::AtMostPerSection => {
            need(t.leave.is_some() && max.is_some(), "`leave` and `max`")?
        }
        TestKind::OnDuty => need(
            min.is_some() || t.hours > 0 || t.leader,
            "`min`, `hours` or `leader`",
        )?,
        TestKind::Quorum => need(
            fraction.0 > 0 && matches!(denominator, Denominator::Members | Denominator::Due),
            "`fraction` and `denominator` = members | due",
        )?,
        TestKind::VotePass => need(
            fraction.0 > 0 && matches!(denominator, Denominator::Present | Denominator::Voting),
            "`fraction` and `denominator` = present | voting",
        )?,
        TestKind::PerPeriod => need(
            t.what.is_some() && per != Per::None && (min.is_some() || max.is_some()),
            "`what`, `per` and `min` / `max` / `exactly`",
        )?,
        TestKind::Count => need(
            t.what.as_deref().is_some_and(|w| form.counts().contains(&w))
                && (min.is_some() || max.is_some()),
            "`what` = a number of the form (meeting: proposals; meeting_topic, filing: copies; placement: trainees; seal_use: keptCopies; hospital_visit: giftYuan; field_research: months; document: drafterProofreadings, headProofreadings; welfare_request: souvenirs, souvenirYuan, meals) and `min` / `max` / `exactly`",
        )?,
        TestKind::Duration => need(
            matches!(
                t.what.as_deref(),
                Some("speeches" | "presentations" | "lengthMinutes")
            ) && max.is_some(),
            "`what` = speeches | presentations | lengthMinutes and `max` (minutes)",
        )?,
        TestKind::Timing => need(
            (weekday.is_some() || t.starts_at.is_some())
                && (form.records().is_none() || t.what.is_some()),
            "`weekday` or `starts_at` (and, on a list of records, `what`: the kind)",
        )?,
        TestKind::Tenure => need(min.is_some(), "`min` (the years)")?,
        TestKind::OffHolidays => need(!t.roles.is_empty(), "`roles` (the vehicles excepted)")?,
        TestKind::WithinMonths => need(
            matches!((min, max), (Some(a), Some(b)) if 1 <= a && a <= b && b <= 12),
            "`min` and `max`: the first and last month, 1–12",
        )?,
        TestKind::LastsMonths => need(
            matches!((min, max), (Some(a), Some(b)) if a == b && a > 0),
            "`exactly` (the months)",
        )?,
        TestKind::Ratio => need(fraction.0 > 0, "`fraction` (30% is \"30/100\")")?,
        TestKind::Persons => need(
            t.roles.len() == 1 && min.is_some(),
            "one `roles` (the role counted) and `min`",
        )?,
        TestKind::MustFile => need(
            t.min.is_some() && t.max.is_some() && !t.roles.is_empty() && !t.facts.is_empty(),
            "`min` (a unit's fine), `max` (an individual's), `roles` (the listed kinds) and `facts` (filed)",
        )?,
        TestKind::Confirmed => need(
            !t.facts.is_empty()
                && t.facts.iter().all(|f| {
                    f.key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                        && f.key.chars().all(|c| c.is_ascii_alphanumeric())
                }),
            "`facts` with camelCase keys",
        )?,
    }
    Ok(CheckTest {
        test: t.test,
        form,
        severity: t.severity.unwrap_or(severity),
        roles: strs(&t.roles),
        served: strs(&t.served),
        pairs: t.pairs,
        units: strs(&t.units),
        what: t.what.as_deref().map(st),
        leave: t.leave.as_deref().map(st),
        min,
        max,
        fraction,
        inclusive: t.inclusive.unwrap_or(true),
        denominator,
        per,
        by_organiser: t.by_organiser,
        sum_hours: t.sum_hours,
        hours: t.hours,
        leader: t.leader,
        holidays_only: t.holidays_only,
        weekday,
        starts_at: t.starts_at.as_deref().map(st),
        facts: sl(t
            .facts
            .iter()
            .map(|f| Confirm {
                key: st(&f.key),
                label: text(&f.zh, &f.en),
            })
            .collect()),
    })
}
