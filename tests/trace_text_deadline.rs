//! Snapshots of the rendered trace (issue 13): the full Chinese and English text of the
//! explanation of representative deadline and timeline answers, pinned so that moving the trace
//! from text to typed events (`src/kinds/deadline/explain.rs`, `src/kinds/timeline/explain.rs`) keeps every
//! byte. Each answer's dates are also worked out by hand from the rule and the calendar (the 2026
//! notice: 中秋 9/25–9/27 with 国庆 10/1–10/7 and 9/20, 10/10 上班; 2027 is not published).

use zhengwu::{deadline, parse_json, timeline, Calendar, Query};

fn query(json: &str) -> Query {
    Query::from_value(parse_json(json).unwrap()).unwrap()
}

/// The trace as text: one block per step, the rule then the Chinese and the English line.
fn render(trace: &[zhengwu::explain::TraceStep]) -> String {
    let mut out = String::new();
    for s in trace {
        out.push_str(&format!("[{}]\n{}\n{}\n", s.rule, s.zh, s.en));
    }
    out
}

/// Compares a rendered trace with its snapshot, printing the whole text on a mismatch.
fn snapshot(actual: &str, expected: &str) {
    if actual != expected {
        panic!("trace changed; now:\n-----\n{actual}-----");
    }
}

#[test]
fn a_working_day_deadline_across_the_national_day_holiday() {
    // 文山 wenshan.proposals.outside-remit: 5 working days. From Monday 2026-09-28: Tue 9-29 is
    // working day 1, Wed 9-30 day 2; 10-1..10-7 is the National Day holiday; Thu 10-8 day 3,
    // Fri 10-9 day 4, and Saturday 10-10 is a make-up working day (上班) → day 5, due 2026-10-10.
    let cal = Calendar::builtin().unwrap();
    let a = deadline(
        &cal,
        &query(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.proposals.outside-remit","start":"2026-09-28"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-10-10");
    snapshot(
        &render(&a.explanation.trace()),
        r##"[wenshan.proposals.outside-remit]
适用 不属本部门职责的建议提案提出转办建议（第九条(四)7）：说明理由并提出转办建议，交政策法规科退回交办单位转办
applying NPC/CPPCC item outside the bureau's remit: reasons and transfer proposal (第九条(四)7): give reasons and propose a transfer, through the policy and legal section, back to the assigning body
[wenshan.proposals.outside-remit]
自 2026年9月28日 起 5 个工作日，第 5 个工作日为 2026年10月10日（星期六）
5 working day(s) after 2026-09-28: working day 5 is 2026-10-10 (Saturday)
[calendar]
10月1日至10月7日 国庆节放假，9月20日、10月10日 调休上班（国务院办公厅关于2026年部分节假日安排的通知）
2026-10-01 to 2026-10-07 National Day holiday, 2026-09-20, 2026-10-10 adjusted working day(s) (国务院办公厅关于2026年部分节假日安排的通知)
"##,
    );
}

#[test]
fn a_calendar_day_deadline_rolled_over_the_holiday() {
    // 文山 wenshan.petition.acceptance-notice: 15 days. From 2026-09-20 (not counted): Sep 30 is
    // day 10, Oct 5 day 15, inside the National Day holiday (10-1..10-7) → the period ends on the
    // first working day after it, Thursday 2026-10-08.
    let cal = Calendar::builtin().unwrap();
    let a = deadline(
        &cal,
        &query(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.petition.acceptance-notice","start":"2026-09-20"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-10-08");
    snapshot(
        &render(&a.explanation.trace()),
        r##"[wenshan.petition.acceptance-notice]
适用 来信受理告知书送达（第五十六条(二)1(1)）：向来信人送达《信访事项受理告知书》，送达之日为受理日期
applying Letter: notice of acceptance (第五十六条(二)1(1)): serve the notice of acceptance; the day of service is the acceptance date
[wenshan.petition.acceptance-notice]
开始的当日不计入，自 2026年9月20日 的次日起算 15日，期间最后一日为 2026年10月5日（民法典 第二百零一条）
the trigger day is not counted: 15 calendar day(s) after 2026-09-20 end on 2026-10-05 (Civil Code art. 201)
[wenshan.petition.acceptance-notice]
期间最后一日 2026年10月5日 为调休休息日（国庆节），顺延至其后第一个工作日 2026年10月8日（民法典 第二百零三条）
the last day 2026-10-05 is an adjusted rest day (National Day), so it moves to the next working day 2026-10-08 (Civil Code art. 203)
[calendar]
10月1日至10月7日 国庆节放假，9月20日、10月10日 调休上班（国务院办公厅关于2026年部分节假日安排的通知）
2026-10-01 to 2026-10-07 National Day holiday, 2026-09-20, 2026-10-10 adjusted working day(s) (国务院办公厅关于2026年部分节假日安排的通知)
"##,
    );
}

#[test]
fn a_deadline_with_its_extension_granted() {
    // 文山 第五十六条(四)5 (DL-004-056-09): reply within 60 days, extendable by 30 with the bureau
    // head's approval. From 2026-08-03: Aug 31 is day 28, Sep 30 day 58, Oct 2 day 60, inside
    // the National Day holiday → Thursday 2026-10-08. Extended (B33 default, one period of 90
    // days from the trigger): Oct 31 is day 89, Nov 1 day 90, a Sunday → Monday 2026-11-02.
    // As of 2026-10-20 the extended date is 13 days away.
    let cal = Calendar::builtin().unwrap();
    let a = deadline(
        &cal,
        &query(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-08-03","extended":true,"asOf":"2026-10-20"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-10-08");
    assert_eq!(
        a.extended_due.map(|d| d.iso()).as_deref(),
        Some("2026-11-02")
    );
    assert_eq!(a.status.as_ref().unwrap().days_left, Some(13));
    snapshot(
        &render(&a.explanation.trace()),
        r##"[wenshan.petition.reply]
适用 信访事项书面答复（第五十六条(四)5）：将书面答复意见送达信访人
applying Written reply to a petition (第五十六条(四)5): serve the written reply on the petitioner
[wenshan.petition.reply]
开始的当日不计入，自 2026年8月3日 的次日起算 60日，期间最后一日为 2026年10月2日（民法典 第二百零一条）
the trigger day is not counted: 60 calendar day(s) after 2026-08-03 end on 2026-10-02 (Civil Code art. 201)
[wenshan.petition.reply]
期间最后一日 2026年10月2日 为法定节假日（国庆节），顺延至其后第一个工作日 2026年10月8日（民法典 第二百零三条）
the last day 2026-10-02 is a statutory holiday (National Day), so it moves to the next working day 2026-10-08 (Civil Code art. 203)
[calendar]
10月1日至10月7日 国庆节放假，9月20日、10月10日 调休上班（国务院办公厅关于2026年部分节假日安排的通知）
2026-10-01 to 2026-10-07 National Day holiday, 2026-09-20, 2026-10-10 adjusted working day(s) (国务院办公厅关于2026年部分节假日安排的通知)
[wenshan.petition.reply]
经局主要领导批准可延长，最多 30日，延长后期限为 2026-11-02
with the approval of the bureau head it may be extended by at most 30 calendar day(s), to 2026-11-02
"##,
    );
}

#[test]
fn a_deadline_past_the_last_notice_is_projected() {
    // The same reply from 2026-12-10: Dec 31 is day 21, Jan 31 day 52, Feb 8 day 60 = 初三 of
    // the 2027 Spring Festival (除夕 Fri 2-5 .. 初三 Mon 2-8, two statutory days on the weekend →
    // 放假办法 第六条 make-up weekdays Tue 2-9 and Wed 2-10) → under the law alone Thursday
    // 2027-02-11. The 2027 notice is not published: earliest Tue 2-9 (statutory days only),
    // latest Mon 2-15 (a break run up to five days past 初三, to Sat 2-13, then the weekend).
    // Extended: 90 days → Mar 10 2027, a Wednesday between 春节 and 清明.
    let cal = Calendar::builtin().unwrap();
    let a = deadline(
        &cal,
        &query(r#"{"ruleset":"wenshan-hrss-2019","ref":"DL-004-056-09","start":"2026-12-10"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2027-02-11");
    let r = a.due_range.as_ref().unwrap();
    assert_eq!(
        (r.earliest.as_str(), r.latest.as_str()),
        ("2027-02-09", "2027-02-15")
    );
    assert_eq!(
        a.extended_due.map(|d| d.iso()).as_deref(),
        Some("2027-03-10")
    );
    assert!(a.explanation.provisional);
    snapshot(
        &render(&a.explanation.trace()),
        r##"[wenshan.petition.reply]
适用 信访事项书面答复（第五十六条(四)5）：将书面答复意见送达信访人
applying Written reply to a petition (第五十六条(四)5): serve the written reply on the petitioner
[wenshan.petition.reply]
开始的当日不计入，自 2026年12月10日 的次日起算 60日，期间最后一日为 2027年2月8日（民法典 第二百零一条）
the trigger day is not counted: 60 calendar day(s) after 2026-12-10 end on 2027-02-08 (Civil Code art. 201)
[wenshan.petition.reply]
期间最后一日 2027年2月8日 为法定节假日（春节），顺延至其后第一个工作日 2027年2月11日（民法典 第二百零三条）
the last day 2027-02-08 is a statutory holiday (Spring Festival), so it moves to the next working day 2027-02-11 (Civil Code art. 203)
[calendar]
2027年春节（国务院尚未公布安排）：按放假办法，法定假日为 2月5日、2月6日、2月7日、2月8日；其中 2 天适逢周末，按放假办法第六条应在工作日补假，通知公布前暂按其后的 2月9日、2月10日 计。按2008年以来各年通知的放假调休规律，假期最早可能自 2月4日 起、最晚延至 2月13日，1月29日 至 2月18日 之间的周末可能调休上班
2027 Spring Festival (not yet arranged by the State Council): under the holiday rules the statutory days are 2027-02-05, 2027-02-06, 2027-02-07, 2027-02-08; 2 of them fall on a weekend, so article 6 requires as many make-up weekdays, taken here as 2027-02-09, 2027-02-10 until the notice places them. Judging by the notices since 2008, the break may start as early as 2027-02-04 and run until 2027-02-13, and weekends from 2027-01-29 to 2027-02-18 may become working days
[wenshan.petition.reply]
2027年节假日安排尚未公布：期限按放假办法推算为 2027年2月11日；安排公布后可能提前或顺延，最早 2027年2月9日，最迟不晚于 2027年2月15日
The 2027 holiday arrangements are not published yet: under the holiday rules alone the due date is 2027-02-11; once they are published it may move, to no earlier than 2027-02-09 and no later than 2027-02-15
[wenshan.petition.reply]
经局主要领导批准可延长，最多 30日，延长后期限为 2027-03-10
with the approval of the bureau head it may be extended by at most 30 calendar day(s), to 2027-03-10
[wenshan.petition.reply]
2027年节假日安排尚未公布：延长后的期限按放假办法推算为 2027年3月10日，其前后没有可能调整的节假日，公布后预计不变
The 2027 holiday arrangements are not published yet: under the holiday rules alone the extended due date is 2027-03-10; no holiday nearby can move it
"##,
    );
}

#[test]
fn a_periodic_duty_whose_text_names_no_day() {
    // 文山 wenshan.integrity.quarterly-fund-report: every quarter, no day named (Z01) → the
    // quarter's last day. From 2026-05-10 the quarter ends Tuesday 2026-06-30.
    let cal = Calendar::builtin().unwrap();
    let a = deadline(
        &cal,
        &query(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.integrity.quarterly-fund-report","start":"2026-05-10"}"#),
    )
    .unwrap();
    assert_eq!(a.due, "2026-06-30");
    snapshot(
        &render(&a.explanation.trace()),
        r##"[wenshan.integrity.quarterly-fund-report]
适用 基金管理和财经纪律执行情况季度专题报告（第六条(二)1(1)）：对社保、就业、医保等基金管理使用、内控制度执行及财务收支、财经纪律执行情况综合分析，向局党组、分管领导和机关党委专题报告
applying Quarterly report on fund management and financial discipline (第六条(二)1(1)): analyse the use of social-insurance, employment and medical-insurance funds, internal controls and financial discipline, and report to the Party group, the leader in charge and the Party committee
[wenshan.integrity.quarterly-fund-report]
定期事项：自 2026年5月10日 起下一次应在 2026年6月30日 前完成
recurring duty: the next one after 2026-05-10 is due by 2026-06-30
[wenshan.integrity.quarterly-fund-report]
条文只规定周期，未规定具体日期：2026年6月30日 是本期最后一日，即最迟可能的日期，并非条文规定的日期
the text names the period but no day: 2026-06-30 is the period's last day, the latest date possible, not a date the text sets
"##,
    );
}

#[test]
fn a_timeline_with_several_steps() {
    // 文山 administrative review (tests/cases/wenshan-hrss-2019/timeline.toml): 60 days after 07-20 = 09-18 (Fri);
    // 5 working days after Mon 08-10 = Mon 08-17; 7 days after 08-10 = 08-17 (national law reads
    // 7 working days → Wed 08-19, the conflict); 15 days after 08-24 = 09-08; 60 days after
    // 08-10 = 10-09 (Fri), with 30 more 11-08 (Sun) → Mon 11-09.
    let cal = Calendar::builtin().unwrap();
    let t = timeline(
        &cal,
        &query(
            r#"{"ruleset": "wenshan-hrss-2019", "procedure": "wenshan.admin-review", "asOf": "2026-09-01",
        "events": {"penaltyNoticeReceived": "2026-07-20", "application": "2026-08-10", "applicationReceived": "2026-08-10",
                   "acceptanceReview": "2026-08-10", "accepted": "2026-08-10", "copySent": "2026-08-14", "copyReceived": "2026-08-24"}}"#,
        ),
    )
    .unwrap();
    let due = |id: &str| {
        let s = t.steps.iter().find(|s| s.id == id).unwrap();
        (s.due.clone(), s.extended_due.clone())
    };
    assert_eq!(due("application").0.as_deref(), Some("2026-09-18"));
    assert_eq!(due("acceptanceReview").0.as_deref(), Some("2026-08-17"));
    assert_eq!(due("copySent").0.as_deref(), Some("2026-08-17"));
    assert_eq!(due("answer").0.as_deref(), Some("2026-09-08"));
    assert_eq!(
        due("decision"),
        (Some("2026-10-09".into()), Some("2026-11-09".into()))
    );
    snapshot(
        &render(&t.explanation.trace()),
        r##"[wenshan.admin-review.application]
适用 申请行政复议期限（第五十七条(一)1）：申请人向上一级人社局提出行政复议申请（耽误的期间自障碍消除之日起继续计算）
applying Time limit for applying for administrative review (第五十七条(一)1): the applicant applies to the next-higher HRSS bureau (time lost to force majeure runs on once the obstacle ends)
[wenshan.admin-review.application]
开始的当日不计入，自 2026年7月20日 的次日起算 60日，期间最后一日为 2026年9月18日（民法典 第二百零一条）
the trigger day is not counted: 60 calendar day(s) after 2026-07-20 end on 2026-09-18 (Civil Code art. 201)
[cn.admin-review-2023.application]
与上位法冲突：行政复议法（2023年修订，2024年1月1日起施行）第二十条自“知道或者应当知道该行政行为之日”起算，不限于行政处罚；第二十四条规定对县级以上地方人民政府工作部门的行政行为不服的，由本级人民政府管辖——县（市）人社局的行为应向县（市）人民政府申请复议，不再向上一级人社局申请；按 申请行政复议期限（行政复议法2023） 计算为 2026-09-18
conflicts with higher law: Administrative Review Law 2023 (in force 2024-01-01) art. 20 counts from when the applicant knew or should have known of the act, for any act, not only penalties; under art. 24 acts of a county department are reviewed by the county government, no longer by the next-higher HRSS bureau; under Applying for administrative review (Administrative Review Law 2023) the date is 2026-09-18
[cn.admin-review-1999.application]
申请行政复议期限（行政复议法1999） 于 1999-10-01 起施行，触发日 2026-07-20 不适用，不构成冲突
Applying for administrative review (Administrative Review Law 1999) is in force from 1999-10-01; it does not apply to a trigger on 2026-07-20
[wenshan.admin-review.acceptance-review]
适用 行政复议申请审查（第五十七条(二)1）：审查申请；不符合规定的书面告知不予受理，不属本局受理的告知向有关复议机关提出
applying Examining an administrative review application (第五十七条(二)1): examine the application; reject non-compliant ones in writing, and point applicants to the right organ
[wenshan.admin-review.acceptance-review]
自 2026年8月10日 起 5 个工作日，第 5 个工作日为 2026年8月17日（星期一）
5 working day(s) after 2026-08-10: working day 5 is 2026-08-17 (Monday)
[calendar]
其间另有周六、周日休息 2 天
plus 2 ordinary weekend day(s)
[wenshan.admin-review.copy-to-respondent]
适用 向被申请人发送申请书副本（第五十七条(二)5）：将申请书副本或笔录复印件发送被申请人
applying Sending the application to the respondent (第五十七条(二)5): send a copy of the application (or of the oral-application record) to the respondent
[wenshan.admin-review.copy-to-respondent]
开始的当日不计入，自 2026年8月10日 的次日起算 7日，期间最后一日为 2026年8月17日（民法典 第二百零一条）
the trigger day is not counted: 7 calendar day(s) after 2026-08-10 end on 2026-08-17 (Civil Code art. 201)
[cn.admin-review-2023.copy]
与上位法冲突：行政复议法（2023年修订）第四十八条同为七日，但第八十八条规定“七日”是指工作日，不含法定休假日；文山规则写“7日”，按自然日计算会早于法定期限；按 向被申请人发送申请书副本（行政复议法2023） 计算为 2026-08-19
conflicts with higher law: Administrative Review Law 2023 art. 48 also says seven days, but art. 88 makes them working days; Wenshan's "7日", read as calendar days, ends earlier; under Sending the application to the respondent (Administrative Review Law 2023) the date is 2026-08-19
[cn.admin-review-1999.copy]
向被申请人发送申请书副本（行政复议法1999） 于 1999-10-01 起施行，触发日 2026-08-10 不适用，不构成冲突
Sending the application to the respondent (Administrative Review Law 1999) is in force from 1999-10-01; it does not apply to a trigger on 2026-08-10
[wenshan.admin-review.respondent-answer]
适用 被申请人提出书面答复（第五十七条(二)5）：被申请人提出书面答复，并提交作出具体行政行为的证据、依据和其他有关材料
applying The respondent's written answer (第五十七条(二)5): the respondent answers in writing and submits the evidence and legal basis of the act
[wenshan.admin-review.respondent-answer]
开始的当日不计入，自 2026年8月24日 的次日起算 15日，期间最后一日为 2026年9月8日（民法典 第二百零一条）
the trigger day is not counted: 15 calendar day(s) after 2026-08-24 end on 2026-09-08 (Civil Code art. 201)
[cn.admin-review-2023.answer]
与上位法冲突：行政复议法（2023年修订，2024年1月1日起施行）第四十八条规定被申请人应当自收到副本之日起十日内提出书面答复，第八十八条规定“十日”是指工作日；文山规则为15日；按 被申请人书面答复（行政复议法2023） 计算为 2026-09-07
conflicts with higher law: Administrative Review Law 2023 (in force 2024-01-01) art. 48: the respondent answers within ten days, which art. 88 makes working days; Wenshan gives 15 days; under The respondent's answer (Administrative Review Law 2023) the date is 2026-09-07
[cn.admin-review-1999.answer]
被申请人书面答复（行政复议法1999） 于 1999-10-01 起施行，触发日 2026-08-24 不适用，不构成冲突
The respondent's answer (Administrative Review Law 1999) is in force from 1999-10-01; it does not apply to a trigger on 2026-08-24
[wenshan.admin-review.decision]
适用 作出行政复议决定（第五十七条(三)3）：州局作出行政复议决定（复议期间具体行政行为原则上不停止执行）
applying Deciding the administrative review (第五十七条(三)3): the prefecture bureau decides the review (the act stays in force meanwhile, save the listed exceptions)
[wenshan.admin-review.decision]
开始的当日不计入，自 2026年8月10日 的次日起算 60日，期间最后一日为 2026年10月9日（民法典 第二百零一条）
the trigger day is not counted: 60 calendar day(s) after 2026-08-10 end on 2026-10-09 (Civil Code art. 201)
[wenshan.admin-review.decision]
经州局行政复议委员会主任批准可延长，最多 30日，延长后期限为 2026-11-09
with the approval of the chair of the bureau's administrative review committee it may be extended by at most 30 calendar day(s), to 2026-11-09
"##,
    );
}

#[test]
fn the_other_kinds_of_deadline() {
    // One answer of each remaining kind, each step's text pinned:
    // - immediately (wenshan.reporting.major-matter): on the trigger day, 2026-10-12;
    // - same day (wenshan.study.training-summary) on Sunday 2026-10-11: that day, with a warning;
    // - set by input (wenshan.tasks.urgent): the date given, 2026-11-20;
    // - fixed date (wenshan.documents.return-to-office): end of March of the next year, for a
    //   2026 trigger Wednesday 2027-03-31 (B13 inclusive: the day itself, not moved);
    // - the same read exclusive (B13): the day before, Tuesday 2027-03-30;
    // - a meeting report read as a window (B14, wenshan.time-limits.pre-deadline-report, 5 working
    //   days before Monday 2026-10-12): the working days before it are Sat 10-10 (上班), Fri 10-9,
    //   Thu 10-8, then (over the holiday) Wed 9-30, Tue 9-29 → from 2026-09-29 to 2026-10-10;
    // - an hour limit counted in office hours into 2027 (dongqu.document.proposal, 1 hour, B36
    //   office-hours, 08:30–17:30 on working days): received Thursday 2026-12-31 at 17:30, the
    //   close of office; Fri 2027-01-01 is 元旦 and the weekend follows → Monday 2027-01-04 08:30
    //   plus 60 minutes = 09:30. The 2027 notice is not published: it may make Saturday 1-2 a
    //   make-up working day, so the earliest is 2027-01-02T09:30.
    let cal = Calendar::builtin().unwrap();
    let cases = [
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.reporting.major-matter","start":"2026-10-12"}"#,
            "2026-10-12",
        ),
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.study.training-summary","start":"2026-10-11"}"#,
            "2026-10-11",
        ),
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.tasks.urgent","start":"2026-10-12","setDue":"2026-11-20"}"#,
            "2026-11-20",
        ),
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.documents.return-to-office","start":"2026-06-01"}"#,
            "2027-03-31",
        ),
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.documents.return-to-office","start":"2026-06-01","readings":{"B13":"exclusive"}}"#,
            "2027-03-30",
        ),
        (
            r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.time-limits.pre-deadline-report","start":"2026-10-12","readings":{"B14":"window"}}"#,
            "2026-10-10",
        ),
        (
            r#"{"ruleset":"panzhihua-dongqu-2012","rule":"dongqu.document.proposal","start":"2026-12-31T17:30","readings":{"B36":"office-hours"}}"#,
            "2027-01-04T09:30",
        ),
    ];
    let mut text = String::new();
    for (json, due) in cases {
        let a = deadline(&cal, &query(json)).unwrap();
        assert_eq!(a.due, due, "{json}");
        text.push_str(&format!("## {}\n", a.rule));
        text.push_str(&render(&a.explanation.trace()));
    }
    snapshot(
        &text,
        r##"## wenshan.reporting.major-matter
[wenshan.reporting.major-matter]
适用 重大事项立即报告（第八条(二)）：立即向分管领导或局长报告；重大事情形成文字材料，紧急情况可先电话报告
applying Reporting a major matter at once (第八条(二)): report at once to the leader in charge or the director; major matters in writing, by phone first in an emergency
[wenshan.reporting.major-matter]
本条要求立即办理，不设具体期间：应在 2026年10月12日 当即办理
this rule requires immediate action with no period: act on 2026-10-12
## wenshan.study.training-summary
[wenshan.study.training-summary]
适用 7天以上考察学习培训交学习总结（第十二条(二)2）：交2000字左右的学习总结及课件等学习资料
applying Summary after a study or training trip of 7 days or more (第十二条(二)2): hand in a summary of about 2,000 characters with the course materials
[wenshan.study.training-summary]
本条要求当日办理：2026年10月11日（周休日）
this rule requires action the same day: 2026-10-11 (weekend)
## wenshan.tasks.urgent
[wenshan.tasks.urgent]
适用 急办事项按时限办结（第九条(四)2）：随时报告进展，按交办时确定的时限办结并书面上报
applying Urgent assigned items: closed within the set limit (第九条(四)2): report progress continuously; close the item by the limit set when it was assigned and report in writing
[wenshan.tasks.urgent]
办理时限由有权机关另行确定：2026年11月20日
the time limit is set by the competent body: 2026-11-20
## wenshan.documents.return-to-office
[wenshan.documents.return-to-office]
适用 科室存办文件次年3月底以前清退（第五十三条(二)4）：全部清理退交办公室，由办公室整理归档
applying Sections return held documents by the end of March of the next year (第五十三条(二)4): return all documents to the office for archiving
[wenshan.documents.return-to-office]
以 2026年6月1日 所在年度为基准，次年期限：2027年3月31日
the year of 2026-06-01 sets the date: 2027-03-31
## wenshan.documents.return-to-office
[wenshan.documents.return-to-office]
适用 科室存办文件次年3月底以前清退（第五十三条(二)4）：全部清理退交办公室，由办公室整理归档
applying Sections return held documents by the end of March of the next year (第五十三条(二)4): return all documents to the office for archiving
[wenshan.documents.return-to-office]
以 2026年6月1日 所在年度为基准，次年期限：2027年3月31日
the year of 2026-06-01 sets the date: 2027-03-31
[wenshan.documents.return-to-office]
“前”不含当日：最迟 2027年3月30日
"before" excludes the day: latest 2027-03-30
## wenshan.time-limits.pre-deadline-report
[wenshan.time-limits.pre-deadline-report]
适用 规定时限前5个工作日内专题报告（第十五条(二)2）：将办理情况形成专题报告送办公室汇总报审
applying Thematic report within 5 working days before a set deadline (第十五条(二)2): send a thematic report on the item to the office for review
[wenshan.time-limits.pre-deadline-report]
2026年10月12日 之前第 5 个工作日为 2026年9月29日
the 5th working day before 2026-10-12 is 2026-09-29
[wenshan.time-limits.pre-deadline-report]
按“期间内”理解：最早 2026年9月29日，最迟 2026年10月10日
read as a window: from 2026-09-29 to 2026-10-10
## dongqu.document.proposal
[dongqu.document.proposal]
适用 办公室主任提出拟办意见（第八十七条）：办公室主任（因会议、出差等可由其指定的副主任）按照来文关系和内容提出拟办意见
applying The office director's proposed handling (第八十七条): the office director (or a deputy he designates when away) writes the proposed handling
[dongqu.document.proposal]
按工作时间（工作日 08:30–17:30）计算，非工作时间不计：自 2026-12-31T17:30 起 60 分钟，至 2027-01-04T09:30 届满
counting office hours only (08:30–17:30 on working days): 60 minute(s) from 2026-12-31T17:30 end at 2027-01-04T09:30
[dongqu.document.proposal]
2027年节假日安排尚未公布：期限按放假办法推算为 2027年1月4日 09:30；安排公布后可能提前或顺延，最早 2027年1月2日 09:30，最迟不晚于 2027年1月4日 09:30
The 2027 holiday arrangements are not published yet: under the holiday rules alone the due date is 2027-01-04T09:30; once they are published it may move, to no earlier than 2027-01-02T09:30 and no later than 2027-01-04T09:30
"##,
    );
}
