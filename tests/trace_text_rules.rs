//! Snapshots of the rendered trace (issue 13, "explanations as data") of representative approval,
//! leave and sanction answers: the steps are recorded as typed events and rendered in
//! `src/explain/`, and the text they render to must stay exactly what it was when the steps were
//! formatted inside the evaluation. Each test also checks the answer itself, worked out by hand
//! from the seed article quoted above it.

use zhengwu::explain::Explanation;
use zhengwu::{approval_authority, approval_route, leave_entitlement, sanction};

mod common;

use common::{q, trace_text as trace};

/// Compares a trace with its snapshot, printing the whole trace when they differ.
fn pin(ex: &Explanation, expected: &str) {
    let actual = trace(ex);
    assert!(
        actual == expected,
        "trace changed:\n--- actual ---\n{actual}--- expected ---\n{expected}"
    );
}

fn roles(steps: &[zhengwu::RouteStep]) -> Vec<(&str, &str)> {
    steps.iter().map(|s| (s.role.as_str(), s.action)).collect()
}

// ═══════════════════════════════════════ Approval routes ═══════════════════════════════════════

// 凉山 财务管理与监督制度 三、1.: "5000元-10000元经分管财务的领导审核后报办公室主任审批". A budgeted
// 6,000 yuan lies in the 5,000–10,000 band only (5,000 and 10,000 are the overlap points, B04), so
// the leader in charge of finance reviews and the office director approves.
#[test]
fn liangshan_expense_in_the_second_amount_band() {
    let a = approval_route(&q(
        r#"{"ruleset":"liangshan-office-2003","rule":"liangshan.expense","amount":6000,"budgeted":true}"#,
    ))
    .unwrap();
    assert_eq!(
        roles(&a.steps),
        [("分管财务的领导", "review"), ("办公室主任", "approve")]
    );
    assert_eq!(a.variant_refs, ["AR-000L-CW3.1-02"]);
    pin(
        &a.explanation,
        "[liangshan.expense]
适用 行政经费支出审批
applying Approval of administrative expenditure
[liangshan.expense]
条件成立：是否已列入预算：是
condition holds: included in the budget: yes
[liangshan.expense]
条件成立：支出金额（元） ≥ 5000 且 ≤ 10000
condition holds: amount (yuan) ≥ 5000 and ≤ 10000
[liangshan.expense]
适用情形：预算内 5000元-10000元
route: budgeted, 5,000–10,000 yuan
",
    );
}

// 凉山 财务管理与监督制度 三、1.: the bands are for budgeted spending; "未列入预算的支出须经办公室分管领导、
// 办公室主任、秘书长审批" whatever the amount. Without `budgeted` the route is open: no steps yet, and
// `budgeted` is missing.
#[test]
fn liangshan_expense_without_the_budget_fact() {
    let a = approval_route(&q(
        r#"{"ruleset":"liangshan-office-2003","rule":"liangshan.expense","amount":6000}"#,
    ))
    .unwrap();
    assert!(a.steps.is_empty());
    let missing: Vec<&str> = a
        .explanation
        .missing
        .iter()
        .map(|m| m.field.as_str())
        .collect();
    assert_eq!(missing, ["budgeted"]);
    pin(
        &a.explanation,
        "[liangshan.expense]
适用 行政经费支出审批
applying Approval of administrative expenditure
[liangshan.expense]
所给事实尚不足以确定审批路径，见 missing
the facts given do not decide the route yet; see `missing`
",
    );
}

// 木里 第七十七条 covers the personnel changes of "副科级以下干部" only: for a cadre at section level or
// above the rule sets no route, and the answer says so.
#[test]
fn muli_personnel_above_the_rule() {
    let a = approval_route(&q(
        r#"{"ruleset":"muli-county-2017","rule":"muli.personnel","rank":"above"}"#,
    ))
    .unwrap();
    assert!(a.steps.is_empty());
    assert!(a.explanation.missing.is_empty());
    pin(
        &a.explanation,
        "[muli.personnel]
适用 副科级以下干部人事变动
applying Personnel changes of cadres at 副科级 and below
[muli.personnel]
所给事实不属于本条规定的任何情形
the facts given match none of the cases this rule covers
",
    );
}

// 文山 第三十四条(三): "科室人员请假2天以内由科室负责人批准, 3天以上7天以内由分管领导批准". 2.5 days
// falls in the gap between the bands; the data widens both bands to meet it (B02), so 2.5 matches
// both "up to 2 days" (< 3) and "3 to 7 days" (> 2). Under the reading "lower" (B02 = lower) the
// lower band applies: the section head approves.
#[test]
fn wenshan_leave_gap_read_as_the_lower_band() {
    let a = approval_route(&q(
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.approval","rank":"staff","days":2.5,
            "readings":{"B02":"lower"}}"#,
    ))
    .unwrap();
    assert_eq!(roles(&a.steps), [("科室负责人", "approve")]);
    assert_eq!(a.variant_refs, ["LV-004-034-20"]);
    let b02 = a
        .explanation
        .ambiguities
        .iter()
        .find(|x| x.id() == "B02")
        .unwrap();
    assert_eq!(b02.applied, "lower");
    pin(
        &a.explanation,
        "[wenshan.leave.approval]
适用 请假审批
applying Leave approval
[wenshan.leave.approval]
边界重叠，按所选理解适用：科室人员 2天以内
the bands overlap; by the reading applied: staff, up to 2 days
[wenshan.leave.approval]
条件成立：请假人职级为科室人员
condition holds: rank of the person on leave is section staff
[wenshan.leave.approval]
条件成立：请假天数 < 3
condition holds: days of leave < 3
[wenshan.leave.approval]
适用情形：科室人员 2天以内
route: staff, up to 2 days
",
    );
}

// 木里 第七条: "县长外出或出国访问(脱产学习)期间,由常务副县长主持县政府全面工作". With the county head
// away, the executive deputy county head leads the county government's work in the head's place.
#[test]
fn muli_county_head_away() {
    let a = approval_route(&q(
        r#"{"ruleset":"muli-county-2017","rule":"muli.county-head","absent":["县长"]}"#,
    ))
    .unwrap();
    assert_eq!(roles(&a.steps), [("常务副县长", "handle")]);
    assert_eq!(a.steps[0].substitutes_for.as_deref(), Some("县长"));
    pin(
        &a.explanation,
        "[muli.county-head]
适用 县长负责制与县长外出时的代行
applying The county head system, and who stands in when the head is away
[muli.county-head]
适用情形：县政府全面工作
route: overall work of the county government
[muli.county-head]
县长外出，由常务副县长代为办理（第七条）
the county head is away; the executive deputy county head acts instead (第七条)
",
    );
}

// 凉山 财务管理与监督制度 三、1.: the office director approves in the 5,000–10,000 band (alone and
// last) and, for unbudgeted spending, approves before the 秘书长; the search reports what it found.
#[test]
fn liangshan_office_director_authority() {
    let a = approval_authority(&q(
        r#"{"ruleset":"liangshan-office-2003","role":"办公室主任"}"#,
    ))
    .unwrap();
    assert!(a.matters.iter().any(|m| m.refs == ["AR-000L-CW3.1-02"]));
    assert!(a.matters.iter().any(|m| m.refs == ["AR-000L-CW3.1-05"]));
    pin(&a.explanation, "[input]
在 liangshan-office-2003 的审批规则中查找由“办公室主任”审批、签发或审定的事项：共 17 项
searched the approval rules of liangshan-office-2003 for matters the `办公室主任` approves, signs or decides: 17 found
");
}

// ════════════════════════════════════════════ Leave ════════════════════════════════════════════

// 文山 第三十四条(二)4: "女职工产假为90天…难产者增加产假15天…多胞胎生育的,每多生育1个婴儿,增加产假15天
// …晚育且…领取《独生子女父母光荣证》的,增加产假30天". A difficult birth of twins with the certificate:
// 90 + 15 + 15 × (2 − 1) = 120 days; the 30 days of the certificate are shown but no longer count
// (abolished from 2016-01-01). 女职工劳动保护特别规定 第七条: "98天产假…难产的,增加产假15天;生育多胞胎的,
// 每多生育1个婴儿,增加产假15天" gives 98 + 15 + 15 = 128, a national minimum: 128 days govern. A
// staff member's leave of 128 days is "8天以上由局长批准" (第三十四条(三)): the bureau director.
#[test]
fn wenshan_maternity_below_the_national_minimum() {
    let a = leave_entitlement(
        &zhengwu::Calendar::builtin().unwrap(),
        &q(
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.maternity","rank":"staff",
            "difficultBirth":true,"babies":2,"gloryCertificate":true}"#,
        ),
    )
    .unwrap();
    assert_eq!(a.days, 120);
    assert_eq!(a.governing.as_ref().map(|g| g.days), Some(128));
    assert_eq!(a.unit, "day");
    let parts: Vec<(u32, bool)> = a.parts.iter().map(|p| (p.days, p.applied)).collect();
    assert_eq!(parts, [(90, true), (15, true), (15, true), (30, false)]);
    let approval = a.approval.as_ref().unwrap();
    assert_eq!(roles(&approval.steps), [("局长", "approve")]);
    pin(&a.explanation, "[wenshan.leave.maternity]
产假：基本假期 90 天
Maternity leave: 90 day(s) base
[wenshan.leave.maternity]
难产增加产假：增加 15 天（第三十四条(二)4）
difficult birth: plus 15 day(s) (第三十四条(二)4)
[wenshan.leave.maternity]
多胞胎每多生育1个婴儿增加产假：增加 15 天（第三十四条(二)4）
each additional baby of a multiple birth: plus 15 day(s) (第三十四条(二)4)
[wenshan.leave.maternity]
晚育并领取独生子女父母光荣证增加产假：原规定增加 30 天，但已不再适用：人口与计划生育法2015年修正（2016年1月1日起施行）取消晚育奖励及独生子女政策，本项不再适用
late childbirth with the only-child certificate: the seed adds 30 day(s), no longer applicable: abolished by the 2015 amendment of the Population and Family Planning Law (in force 2016-01-01)
[wenshan.leave.maternity]
合计 120 天
total 120 day(s)
[cn.maternity-2012]
与上位法不一致：女职工劳动保护特别规定（2012）第七条规定产假98天，本规则为90天；难产、多胞胎增加的天数两者相同（各15天），同一情形下国家规定的天数多8天，以国家规定为准（如双胞胎且难产：98+15+15=128天，本规则为120天）；按 产假（女职工劳动保护特别规定） 为 128 天
differs from higher law: the 2012 State Council rules give 98 days, this rule 90; both add 15 days for a difficult birth and for each additional baby, so on the same facts the national figure is 8 days more and governs (twins and a difficult birth: 98 + 15 + 15 = 128 days, this rule 120); under Maternity leave (Special Rules on the Labour Protection of Female Employees) it is 128 day(s)
[cn.maternity-2012]
本规则给予 120 天，低于女职工劳动保护特别规定（国务院令第619号）（第七条，2012-04-28 起施行）规定的 128 天；下位规定低于上位法最低标准的，适用上位法，以 128 天为准
this rule grants 120 day(s), below the 128 of the Maternity leave (Special Rules on the Labour Protection of Female Employees) (第七条, in force from 2012-04-28); a local rule below a national minimum yields to it, so 128 govern
");
    pin(
        &approval.explanation,
        "[wenshan.leave.approval]
适用 请假审批
applying Leave approval
[wenshan.leave.approval]
条件成立：请假人职级为科室人员
condition holds: rank of the person on leave is section staff
[wenshan.leave.approval]
条件成立：请假天数 > 7
condition holds: days of leave > 7
[wenshan.leave.approval]
适用情形：科室人员 8天以上
route: staff, 8 days or more
",
    );
}

// 文山 第三十四条(二) names annual leave among the leaves "国家规定可以享受" but gives no days
// (days_from): 职工带薪年休假条例 第三条 "已满10年不满20年的，年休假10天". 12 years of service: 0 of
// the local rule's own, then 10 working days under the national rule. 第三十四条(二)1 "工作人员休假前1周内
// 向分管领导提交请假条": a staff member's note goes to the deputy head in charge.
#[test]
fn wenshan_annual_leave_takes_the_national_days() {
    let a = leave_entitlement(&zhengwu::Calendar::builtin().unwrap(), &q(
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.leave.annual","serviceYears":12,"rank":"staff"}"#,
    ))
    .unwrap();
    assert_eq!(a.days, 10);
    assert!(a.governing.is_none());
    assert_eq!(a.unit, "working_day");
    let approval = a.approval.as_ref().unwrap();
    assert_eq!(roles(&approval.steps), [("分管领导", "approve")]);
    pin(&a.explanation, "[wenshan.leave.annual]
年休假（天数依国家规定）未规定天数，依 年休假（职工带薪年休假条例） 计算
Annual leave (days under national law) gives no number of days; Annual leave (Regulations on Paid Annual Leave for Employees) applies
[cn.annual-leave-2008]
年休假（职工带薪年休假条例）：基本假期 0 天
Annual leave (Regulations on Paid Annual Leave for Employees): 0 day(s) base
[cn.annual-leave-2008]
累计工作已满10年不满20年：增加 10 天（第三条）
10 to under 20 years of service: plus 10 day(s) (第三条)
[cn.annual-leave-2008]
合计 10 工作日
total 10 day(s)
[cn.annual-leave-2008]
与上位法不一致：本规则未规定年休假天数，天数按职工带薪年休假条例第三条；本规则“请事假的天数要冲抵年休假的天数，请病假不冲抵”与条例第四条不一致：条例不按日冲抵，而是事假累计20天以上且单位按规定不扣工资的、或病假累计2/3/4个月以上（按工作年限）的，不享受当年年休假；按 年休假（职工带薪年休假条例） 为 10 天
differs from higher law: the rules give no annual-leave days (the national art. 3 figure is shown); their day-for-day offset of personal leave (and never of sick leave) differs from art. 4 of the national regulations: no day-for-day offset, but the year's leave is lost after 20+ days of personal leave without wage deduction, or 2/3/4+ months of sick leave by years of service; under Annual leave (Regulations on Paid Annual Leave for Employees) it is 10 day(s)
");
    pin(&approval.explanation, "[wenshan.leave.annual-approval]
适用 年休假请假条与年休假计划
applying Annual leave: leave note and leave plan
[wenshan.leave.annual-approval]
条件成立：休假人职级为科室人员或科室负责人或处级干部（非局领导班子成员）
condition holds: rank of the person on leave is section staff or section head or division-level cadre (not a bureau leader)
[wenshan.leave.annual-approval]
适用情形：工作人员：休假前向分管领导提交请假条
route: staff: leave note to the deputy in charge
[wenshan.leave.approval]
与其他规定不一致：第三十四条(二)1 规定年休假请假条交分管领导，第三十四条(三)则按请假天数分档审批（科室人员8天以上由局长批准），两处规定不一致
disagrees with another provision: art. 34(2)1 sends the annual-leave note to the deputy in charge, while art. 34(3) sets approval by the number of days (8 days or more for staff: the bureau director); the two provisions disagree
");
}

// ═══════════════════════════════════════════ Sanctions ═══════════════════════════════════════════

// 文山 第三十五条(二): "年内旷工累计超过5天的,年度考核定为不称职(不合格); 旷工累计超过30天的,按公务员法规定
// 予以辞退". 20 days this year (> 5): rated incompetent. Under the default reading of B11 the
// dismissal follows 公务员法 第八十八条(五) "连续超过十五天": 16 consecutive days (> 15) lead to
// dismissal. The staff member bears 旷工 (absenteeism).
#[test]
fn wenshan_absenteeism_under_the_civil_servant_law() {
    let a = sanction(&q(
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.sanction.absenteeism",
            "absentDaysInYear":20,"absentConsecutiveDays":16}"#,
    ))
    .unwrap();
    let measures: Vec<&str> = a.measures.iter().map(|m| m.zh.as_str()).collect();
    assert_eq!(
        measures,
        ["年度考核定为不称职（不合格）", "按公务员法规定予以辞退"]
    );
    let parties: Vec<(&str, &str)> = a
        .parties
        .iter()
        .map(|p| (p.party.zh.as_str(), p.responsibility.zh.as_str()))
        .collect();
    assert_eq!(parties, [("工作人员", "旷工")]);
    pin(&a.explanation, "[wenshan.sanction.absenteeism]
适用 旷工的后果
applying Consequences of absenteeism
[wenshan.sanction.absenteeism]
可采取的措施（第三十五条(二)）：年度考核定为不称职（不合格）；应当
measures allowed (第三十五条(二)): annual rating: incompetent (unqualified); must
[wenshan.sanction.absenteeism]
可采取的措施（第三十五条(二)）：按公务员法规定予以辞退；按公务员法规定：连续超过15天或一年内累计超过30天
measures allowed (第三十五条(二)): dismissal under the Civil Servant Law; under the Civil Servant Law: more than 15 consecutive days or more than 30 days in a year
[cn.civil-servant-2019.dismissal-absence]
依 辞退：旷工或逾期不归（公务员法 第八十八条(五)）（第八十八条(五)）：连续超过十五天的，予以辞退
under Dismissal for absence without leave (Civil Servant Law art. 88(5)) (第八十八条(五)): more than fifteen consecutive days: dismissal
[wenshan.sanction.absenteeism]
工作人员承担旷工（第三十五条(二)）
the staff member bears absenteeism (第三十五条(二))
");
}

// 文山 第二十一条(六)1: "有下列情形之一的,执法人员或相关人员不承担责任: 1.因法律法规规章规定不明确…" —
// the officer who applied the wrong law ((五)1) bears no responsibility and no measure is taken.
#[test]
fn wenshan_enforcement_fault_exempted() {
    let a = sanction(&q(
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.sanction.enforcement-fault",
            "role":"officer","fault":"penalty-wrong-law","exemptGround":"law-misunderstanding"}"#,
    ))
    .unwrap();
    assert!(a.measures.is_empty());
    let parties: Vec<(&str, &str)> = a
        .parties
        .iter()
        .map(|p| (p.party.zh.as_str(), p.responsibility.zh.as_str()))
        .collect();
    assert_eq!(parties, [("执法人员", "不承担责任")]);
    pin(&a.explanation, "[wenshan.sanction.enforcement-fault]
适用 行政执法过错：责任承担与追究方式
applying Enforcement fault: who is liable and the measures
[wenshan.sanction.enforcement-fault]
可采取的措施（第二十一条(六)1）：不承担责任；执法人员或相关人员不承担责任
measures allowed (第二十一条(六)1): no liability; the officer or person concerned bears no liability
[wenshan.sanction.enforcement-fault]
执法人员原应承担过错责任（由该执法人员承担）（第二十一条(五)1），但属第二十一条(六)1情形：不承担责任，不采取任何追究措施
the enforcement officer would bear fault liability (borne by that officer) (第二十一条(五)1), but 第二十一条(六)1 applies: no liability, and no measure is taken
");
}
