//! Periodic duties whose seed names the period but no day (每季度, 每半年, 每年, 年底 …): the answer
//! gives the period's last day as the latest possible date and says that the seed sets none
//! (ambiguity Z01), instead of presenting the date as the seed's.

mod common;
use common::q;

use zhengwu::model::{DeadlineKind, DeadlineRule};
use zhengwu::Calendar;
use zhengwu::{deadline, DeadlineAnswer};

fn ask(cal: &Calendar, json: &str) -> DeadlineAnswer {
    let query = q(json);
    common::checked(json, || deadline(cal, &query))
}

fn z01(a: &DeadlineAnswer) -> Option<(String, Option<String>)> {
    a.explanation
        .ambiguities
        .iter()
        .find(|x| x.id() == "Z01")
        .map(|x| (x.applied.to_owned(), x.option()))
}

#[test]
fn a_period_without_a_day_is_answered_with_its_last_day_and_says_so() {
    let cal = Calendar::builtin().unwrap();
    // 凉山 财务管理与监督制度 二、"每季度向秘书长、办公室主任、纪检组长报送财务收支情况和财务分析报告": no day.
    // From 2026-05-12 (Q2: April–June) the latest possible date is the quarter's last day, 06-30.
    let a = ask(
        &cal,
        r#"{"ruleset":"liangshan-office-2003","rule":"liangshan.finance.quarterly-report","start":"2026-05-12"}"#,
    );
    assert_eq!(a.due, "2026-06-30");
    assert_eq!(z01(&a), Some(("period-end".to_owned(), None)));
    assert!(a
        .explanation
        .warnings()
        .iter()
        .any(|w| w.zh.contains("未规定具体日期") && w.zh.contains("2026年6月30日")));
    // 东区 第一百二十四条(四) "每季度、半年分别报送经济形势分析和预测信息": from 2026-08-05 (second half) → 12-31.
    let a = ask(
        &cal,
        r#"{"ruleset":"panzhihua-dongqu-2012","rule":"dongqu.info.half-year-economy","start":"2026-08-05"}"#,
    );
    assert_eq!(a.due, "2026-12-31");
    assert!(z01(&a).is_some());
    // 文山 第六条(二)1(2) "每半年综合分析…专题报告": from 06-30 itself, that day (the next occurrence on or
    // after the trigger); from 07-01, 12-31.
    for (start, due) in [("2026-06-30", "2026-06-30"), ("2026-07-01", "2026-12-31")] {
        let a = ask(
            &cal,
            &format!(
                r#"{{"ruleset":"wenshan-hrss-2019","rule":"wenshan.integrity.half-year-risk-report","start":"{start}"}}"#
            ),
        );
        assert_eq!(a.due, due);
        assert!(z01(&a).is_some());
    }
    // The reading cannot be switched: the text allows no other date to compute.
    let query = q(
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.integrity.half-year-risk-report","start":"2026-07-01","readings":{"Z01":"period-end"}}"#,
    );
    let err = deadline(&cal, &query).unwrap_err();
    assert_eq!(err.code.as_str(), "INVALID_INPUT");
}

#[test]
fn a_period_with_a_day_in_the_seed_is_not_flagged() {
    let cal = Calendar::builtin().unwrap();
    // 文山 第十五条(二)1 "每个季度最后一个月20日前": the seed gives the day.
    let a = ask(
        &cal,
        r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.time-limits.quarterly-report","start":"2026-04-02"}"#,
    );
    assert!(z01(&a).is_none());
    assert!(a
        .explanation
        .warnings()
        .iter()
        .all(|w| !w.zh.contains("未规定具体日期")));
}

#[test]
fn every_flagged_rule_is_periodic_and_the_seven_with_a_day_are_not_flagged() {
    let flagged: Vec<&DeadlineRule> = zhengwu::packs::all::<DeadlineRule>()
        .filter(|r| r.meta.ambiguities.iter().any(|a| a.id == "Z01"))
        .collect();
    assert!(flagged.iter().all(|r| r.kind == DeadlineKind::Recurring));
    let recurring = zhengwu::packs::all::<DeadlineRule>()
        .filter(|r| r.kind == DeadlineKind::Recurring)
        .count();
    // 44 recurring rules; 7 give a day (3月1日前, 季度最后一个月20日前, 每周五, 每月10-20日, 每周一上午,
    // 每星期二、四): 37 do not.
    assert_eq!((recurring, flagged.len()), (44, 37));
    for id in [
        "wenshan.leave.plan",
        "wenshan.time-limits.quarterly-report",
        "wenshan.time-limits.weekly-instruction-report",
        "wenshan.personnel.transfer-letter-window",
        "wenshan.performance.weekly-scoring",
        "wenshan.documents.paper-exchange-tue",
        "wenshan.documents.paper-exchange-thu",
    ] {
        assert!(flagged.iter().all(|r| r.meta.id != id), "{id}");
    }
}
