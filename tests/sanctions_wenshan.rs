//! Sanction rules of 文山 (data/rules/wenshan-hrss-2019/sanctions.toml): every rule and every
//! measure rule, each expectation worked out by hand from the seed text quoted above it.
//! Measures are checked on every party (the engine gives all parties the same menu); citations are
//! the matched measure rules' articles in file order, then the matched parties' (duplicates once);
//! with nothing matched, the rule's own citations.

mod common;
use common::{articles as cites, measures, missing, parties, q};

use zhengwu::{sanction, SanctionAnswer};

/// Asks rule `wenshan.sanction.<rule>` with the given facts (a JSON object body, may be empty).
fn ask(rule: &str, facts: &str) -> SanctionAnswer {
    let sep = if facts.trim().is_empty() { "" } else { "," };
    let query = q(&format!(
        r#"{{"ruleset":"wenshan-hrss-2019","rule":"wenshan.sanction.{rule}"{sep}{facts}}}"#
    ));
    common::checked(&format!("{rule} {facts}"), || sanction(&query))
}

fn check(a: &SanctionAnswer, p: &[(&str, &str)], m: &[&str], miss: &[&str], c: &[&str]) {
    let want_p: Vec<(String, String)> = p
        .iter()
        .map(|(x, y)| ((*x).to_owned(), (*y).to_owned()))
        .collect();
    assert_eq!(parties(a), want_p, "parties of {}", a.rule);
    assert_eq!(measures(a), m, "measures of {}", a.rule);
    assert_eq!(missing(a), miss, "missing of {}", a.rule);
    assert_eq!(cites(a), c, "citations of {}", a.rule);
    for x in &a.explanation.citations {
        assert_eq!(x.ruleset, "wenshan-hrss-2019");
        assert_eq!(x.rule, a.rule);
    }
}

fn no_match_warning(a: &SanctionAnswer) -> bool {
    a.explanation
        .warnings()
        .iter()
        .any(|w| w.zh == "所给事实不属于本条规定的追究情形")
}

fn mode(a: &SanctionAnswer) -> String {
    a.parties[0]
        .mode
        .as_ref()
        .map(|m| m.zh.clone())
        .unwrap_or_default()
}

// =================================================================================================
// 第二十一条 行政执法过错 — (五) 过错责任的承担:
// "1.执法人员独立作出的行政行为,由该执法人员承担。2.作出的行政行为经过集体研究的,由导致错误决定的
// 主要负责人员负主要责任,其他相关人员负次要责任。3.作出的行政行为经过审批的,由作出决定错误决定的人员
// 负主要责任,各环节的审核、审批人员负次要责任。" (七)1 "行政执法事项未依照规定进行公示的" → 批评教育.

const ENF: &str = "enforcement-fault";

#[test]
fn enforcement_fault_roles() {
    let cases = [
        (
            "officer",
            "执法人员",
            "过错责任（由该执法人员承担）",
            "第二十一条(五)1",
        ),
        (
            "collective-principal",
            "导致错误决定的主要负责人员",
            "主要责任",
            "第二十一条(五)2",
        ),
        (
            "collective-other",
            "其他相关人员",
            "次要责任",
            "第二十一条(五)2",
        ),
        (
            "approval-decider",
            "作出错误决定的人员",
            "主要责任",
            "第二十一条(五)3",
        ),
        (
            "approval-reviewer",
            "各环节的审核、审批人员",
            "次要责任",
            "第二十一条(五)3",
        ),
    ];
    for (role, party, resp, art) in cases {
        let a = ask(ENF, &format!(r#""role":"{role}","fault":"unpublished""#));
        check(
            &a,
            &[(party, resp)],
            &["批评教育"],
            &[],
            &["第二十一条(七)1", art],
        );
        assert_eq!(mode(&a), "视情节予以批评教育");
        assert_eq!(a.text, format!("{party}承担{resp}；可采取：批评教育"));
    }
}

#[test]
fn enforcement_fault_missing_facts() {
    // Nothing given: role and fault are required; no party, the rule's own citations.
    let a = ask(ENF, "");
    check(
        &a,
        &[],
        &[],
        &["role", "fault"],
        &["第二十一条(四)", "第二十一条(十四)", "第十七条(六)"],
    );
    assert_eq!(a.text, "尚不能确定责任");
    assert!(!no_match_warning(&a));
    // Role only: the party is known, the fault (and so the measure) is not.
    let a = ask(ENF, r#""role":"collective-other""#);
    check(
        &a,
        &[("其他相关人员", "次要责任")],
        &[],
        &["fault"],
        &["第二十一条(五)2"],
    );
}

#[test]
fn enforcement_fault_each_listed_fault() {
    // (七)1–7 "视情节予以批评教育"; (八)1–8 "予以行政告诫".
    let cases = [
        ("unpublished", "批评教育", "第二十一条(七)1"),
        ("no-rights-notice", "批评教育", "第二十一条(七)2"),
        ("time-limit-missed", "批评教育", "第二十一条(七)3"),
        ("licence-irregular", "批评教育", "第二十一条(七)4"),
        ("penalty-wrong-law", "批评教育", "第二十一条(七)5"),
        ("not-investigated", "批评教育", "第二十一条(七)6"),
        ("irregular-enforcement", "批评教育", "第二十一条(七)7"),
        ("criticised", "行政告诫", "第二十一条(八)1"),
        ("forged-evidence", "行政告诫", "第二十一条(八)2"),
        ("bribery", "行政告诫", "第二十一条(八)3"),
        ("violation-not-handled", "行政告诫", "第二十一条(八)4"),
        ("illegal-coercion", "行政告诫", "第二十一条(八)5"),
        ("leaked-information", "行政告诫", "第二十一条(八)6"),
        ("personal-grudge", "行政告诫", "第二十一条(八)7"),
    ];
    for (fault, m, art) in cases {
        let a = ask(ENF, &format!(r#""role":"officer","fault":"{fault}""#));
        check(
            &a,
            &[("执法人员", "过错责任（由该执法人员承担）")],
            &[m],
            &[],
            &[art, "第二十一条(五)1"],
        );
    }
    // Asking by row: SN-004-017-01 (第十七条(六) "按责任追究制度的规定追究执法责任") is this rule.
    let a = sanction(&q(r#"{"ruleset":"wenshan-hrss-2019","ref":"SN-004-017-01","role":"officer","fault":"unpublished"}"#)).unwrap();
    assert_eq!(a.rule, "wenshan.sanction.enforcement-fault");
    assert_eq!(measures(&a), ["批评教育"]);
}

#[test]
fn enforcement_fault_counters() {
    // (十一) "1年内因执法过错累计受到3次批评教育,或者因同一执法过错累计受到2次批评教育的,应当予以行政告诫"
    // (十二) "1年内累计受到3次行政告诫,或者因同一执法过错累计受到2次行政告诫的,应当给与行政处分"
    // Read as "on reaching" the number: under → nothing, at and over → the next level.
    let base = r#""role":"officer","fault":"unpublished""#;
    let p = [("执法人员", "过错责任（由该执法人员承担）")];
    let cases: [(&str, u32, &[&str], &[&str]); 12] = [
        ("criticismsInYear", 2, &["批评教育"], &["第二十一条(七)1"]),
        (
            "criticismsInYear",
            3,
            &["批评教育", "行政告诫"],
            &["第二十一条(七)1", "第二十一条(十一)"],
        ),
        (
            "criticismsInYear",
            4,
            &["批评教育", "行政告诫"],
            &["第二十一条(七)1", "第二十一条(十一)"],
        ),
        (
            "sameFaultCriticisms",
            1,
            &["批评教育"],
            &["第二十一条(七)1"],
        ),
        (
            "sameFaultCriticisms",
            2,
            &["批评教育", "行政告诫"],
            &["第二十一条(七)1", "第二十一条(十一)"],
        ),
        (
            "sameFaultCriticisms",
            3,
            &["批评教育", "行政告诫"],
            &["第二十一条(七)1", "第二十一条(十一)"],
        ),
        ("warningsInYear", 2, &["批评教育"], &["第二十一条(七)1"]),
        (
            "warningsInYear",
            3,
            &["批评教育", "行政处分"],
            &["第二十一条(七)1", "第二十一条(十二)"],
        ),
        (
            "warningsInYear",
            4,
            &["批评教育", "行政处分"],
            &["第二十一条(七)1", "第二十一条(十二)"],
        ),
        ("sameFaultWarnings", 1, &["批评教育"], &["第二十一条(七)1"]),
        (
            "sameFaultWarnings",
            2,
            &["批评教育", "行政处分"],
            &["第二十一条(七)1", "第二十一条(十二)"],
        ),
        (
            "sameFaultWarnings",
            3,
            &["批评教育", "行政处分"],
            &["第二十一条(七)1", "第二十一条(十二)"],
        ),
    ];
    for (fact, n, m, c) in cases {
        let a = ask(ENF, &format!(r#"{base},"{fact}":{n}"#));
        let mut want_c = c.to_vec();
        want_c.push("第二十一条(五)1");
        check(&a, &p, m, &[], &want_c);
    }
    // Both branches of (十一) at once: two rules, each quoting its branch; the measure is listed once.
    let a = ask(
        ENF,
        &format!(r#"{base},"criticismsInYear":3,"sameFaultCriticisms":2"#),
    );
    assert_eq!(measures(&a), ["批评教育", "行政告诫"]);
    assert_eq!(mode(&a), "应当予以行政告诫");
    let a = ask(ENF, &format!(r#"{base},"warningsInYear":3"#));
    assert_eq!(mode(&a), "应当给与行政处分（原文未定处分种类）");
    // Counts are whole numbers.
    assert!(sanction(&q(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.sanction.enforcement-fault","criticismsInYear":2.5}"#)).is_err());
}

#[test]
fn enforcement_fault_aggravation_culpability_crime_compensation() {
    let base = r#""role":"officer","fault":"unpublished""#;
    let p = [("执法人员", "过错责任（由该执法人员承担）")];
    // (九)1–5 "应当从重追究责任".
    for (v, art) in [
        ("intentional-error", "第二十一条(九)1"),
        ("retaliation", "第二十一条(九)2"),
        ("harm-to-counterpart", "第二十一条(九)3"),
        ("system-criticised", "第二十一条(九)4"),
        ("bribery-serious-error", "第二十一条(九)5"),
    ] {
        let a = ask(ENF, &format!(r#"{base},"aggravation":"{v}""#));
        check(
            &a,
            &p,
            &["批评教育", "从重追究责任"],
            &[],
            &["第二十一条(七)1", art, "第二十一条(五)1"],
        );
        assert_eq!(mode(&a), "应当从重追究责任");
    }
    let a = ask(ENF, &format!(r#"{base},"aggravation":"none""#));
    check(
        &a,
        &p,
        &["批评教育"],
        &[],
        &["第二十一条(七)1", "第二十一条(五)1"],
    );
    // (二) "故意从严、过失从宽".
    let a = ask(ENF, &format!(r#"{base},"culpability":"intentional""#));
    check(
        &a,
        &p,
        &["批评教育", "从严"],
        &[],
        &["第二十一条(七)1", "第二十一条(二)", "第二十一条(五)1"],
    );
    let a = ask(ENF, &format!(r#"{base},"culpability":"negligent""#));
    check(
        &a,
        &p,
        &["批评教育", "从宽"],
        &[],
        &["第二十一条(七)1", "第二十一条(二)", "第二十一条(五)1"],
    );
    // (十)1–7 "移交司法机关追究刑事责任".
    for (v, art) in [
        ("abuse-major-loss", "第二十一条(十)1"),
        ("state-secrets", "第二十一条(十)2"),
        ("not-transferred", "第二十一条(十)3"),
        ("illegal-licences", "第二十一条(十)4"),
        ("bribery-serious", "第二十一条(十)5"),
        ("tipping-off", "第二十一条(十)6"),
        ("other-duty-crime", "第二十一条(十)7"),
    ] {
        let a = ask(ENF, &format!(r#"{base},"crime":"{v}""#));
        check(
            &a,
            &p,
            &["批评教育", "移交司法机关追究刑事责任"],
            &[],
            &["第二十一条(七)1", art, "第二十一条(五)1"],
        );
    }
    let a = ask(ENF, &format!(r#"{base},"crime":"none""#));
    assert_eq!(measures(&a), ["批评教育"]);
    // (十三) "过错造成行政赔偿的,除按本制度追究过错责任外,依照有关行政赔偿的规定赔偿".
    let a = ask(ENF, &format!(r#"{base},"stateCompensation":true"#));
    check(
        &a,
        &p,
        &["批评教育", "依照有关行政赔偿的规定赔偿"],
        &[],
        &["第二十一条(七)1", "第二十一条(十三)", "第二十一条(五)1"],
    );
    assert_eq!(mode(&a), "除按本制度追究过错责任外");
    let a = ask(ENF, &format!(r#"{base},"stateCompensation":false"#));
    assert_eq!(measures(&a), ["批评教育"]);
    // Everything at once, in file order: fault, counter, aggravation, crime, compensation.
    let a = ask(
        ENF,
        r#""role":"collective-other","fault":"forged-evidence","warningsInYear":3,"aggravation":"retaliation","crime":"tipping-off","stateCompensation":true"#,
    );
    check(
        &a,
        &[("其他相关人员", "次要责任")],
        &[
            "行政告诫",
            "行政处分",
            "从重追究责任",
            "移交司法机关追究刑事责任",
            "依照有关行政赔偿的规定赔偿",
        ],
        &[],
        &[
            "第二十一条(八)2",
            "第二十一条(十二)",
            "第二十一条(九)2",
            "第二十一条(十)6",
            "第二十一条(十三)",
            "第二十一条(五)2",
        ],
    );
}

#[test]
fn enforcement_fault_exemptions() {
    // (六) "有下列情形之一的,执法人员或相关人员不承担责任": the exemption replaces the responsibility,
    // and no measure of the fault ((七)5 批评教育) is taken. Cited: the exemption, then the party.
    for (v, art) in [
        ("law-misunderstanding", "第二十一条(六)1"),
        ("fact-misjudgment", "第二十一条(六)2"),
        ("new-evidence", "第二十一条(六)3"),
        ("law-change", "第二十一条(六)4"),
        ("other-justified", "第二十一条(六)8"),
    ] {
        let a = ask(
            ENF,
            &format!(r#""role":"officer","fault":"penalty-wrong-law","exemptGround":"{v}""#),
        );
        check(
            &a,
            &[("执法人员", "不承担责任")],
            &[],
            &[],
            &[art, "第二十一条(五)1"],
        );
        assert!(a.measures.is_empty());
        assert_eq!(mode(&a), "执法人员或相关人员不承担责任");
        assert_eq!(a.text, "执法人员：不承担责任，不予追究");
    }
    let a = ask(
        ENF,
        r#""role":"officer","fault":"unpublished","exemptGround":"none""#,
    );
    assert_eq!(measures(&a), ["批评教育"]);
    // (六)6 "经过审批的行政行为,由于直接承办人员故意隐瞒事实情况而导致作出错误审核、审批的": only the
    // approval chain.
    for (role, party, resp, art, exempt) in [
        (
            "approval-decider",
            "作出错误决定的人员",
            "主要责任",
            "第二十一条(五)3",
            true,
        ),
        (
            "approval-reviewer",
            "各环节的审核、审批人员",
            "次要责任",
            "第二十一条(五)3",
            true,
        ),
        (
            "officer",
            "执法人员",
            "过错责任（由该执法人员承担）",
            "第二十一条(五)1",
            false,
        ),
        (
            "collective-other",
            "其他相关人员",
            "次要责任",
            "第二十一条(五)2",
            false,
        ),
    ] {
        let a = ask(
            ENF,
            &format!(r#""role":"{role}","fault":"unpublished","exemptGround":"handler-concealed""#),
        );
        if exempt {
            check(
                &a,
                &[(party, "不承担责任")],
                &[],
                &[],
                &["第二十一条(六)6", art],
            );
            // The trace still says what the party would have borne.
            assert!(a
                .explanation
                .trace()
                .iter()
                .any(|t| t.zh.contains(&format!("原应承担{resp}"))));
        } else {
            check(
                &a,
                &[(party, resp)],
                &["批评教育"],
                &[],
                &["第二十一条(七)1", art],
            );
        }
    }
    // (六)5 "经过集体研究的行政行为,在研究中提出不同意见的(负有领导责任的人员除外)";
    // (六)7 "经过审批的行政行为,非最终批准的人员在审核中提出不同意见的" (no leadership exception).
    // A dissenter who is exempt bears no responsibility and no measure — not 次要责任 plus 批评教育.
    let cases = [
        ("collective-other", "dissented", Some("第二十一条(六)5")),
        ("collective-principal", "dissented", Some("第二十一条(六)5")),
        ("collective-other", "dissented-leader", None),
        ("collective-other", "agreed", None),
        ("collective-other", "silent", None),
        ("approval-reviewer", "dissented", Some("第二十一条(六)7")),
        (
            "approval-reviewer",
            "dissented-leader",
            Some("第二十一条(六)7"),
        ),
        ("approval-reviewer", "agreed", None),
        ("approval-decider", "dissented", None),
        ("officer", "dissented", None),
    ];
    for (role, vote, exempt) in cases {
        let a = ask(
            ENF,
            &format!(r#""role":"{role}","fault":"unpublished","vote":"{vote}""#),
        );
        let party_art = cites(&ask(ENF, &format!(r#""role":"{role}""#)))[0].clone();
        match exempt {
            Some(art) => {
                assert!(measures(&a).is_empty(), "{role} {vote}");
                assert!(a.measures.is_empty(), "{role} {vote}");
                assert_eq!(
                    a.parties[0].responsibility.zh, "不承担责任",
                    "{role} {vote}"
                );
                assert_eq!(cites(&a), [art, party_art.as_str()], "{role} {vote}");
            }
            None => {
                assert_eq!(measures(&a), ["批评教育"], "{role} {vote}");
                assert_eq!(
                    cites(&a),
                    ["第二十一条(七)1", party_art.as_str()],
                    "{role} {vote}"
                );
            }
        }
    }
}

// =================================================================================================
// 第二十二条 行政审批过错 — (六) 直接责任 / 主要领导责任 / 重要领导责任; (七) 一般 / 严重 / 特别严重过错.

const APPR: &str = "approval-fault";

const CONDUCTS: [(&str, &str, &str, &str); 9] = [
    ("handler-failed", "承办人", "直接责任", "第二十二条(六)1"),
    (
        "reviewer-missed",
        "审核人",
        "主要领导责任",
        "第二十二条(六)1",
    ),
    (
        "approver-missed",
        "批准人",
        "重要领导责任",
        "第二十二条(六)1",
    ),
    ("reviewer-overrode", "审核人", "直接责任", "第二十二条(六)2"),
    (
        "approver-misled",
        "批准人",
        "主要领导责任",
        "第二十二条(六)2",
    ),
    ("reviewer-bypassed", "审核人", "直接责任", "第二十二条(六)2"),
    ("approver-alone", "批准人", "直接责任", "第二十二条(六)3"),
    (
        "leader-interfered",
        "指令、干预的领导",
        "直接责任",
        "第二十二条(六)4",
    ),
    ("collective", "决策人", "主要领导责任", "第二十二条(六)5"),
];

#[test]
fn approval_fault_parties_and_measures_by_grade() {
    // (七)1 "一般过错的直接责任者,责令改正、向申请人赔礼道歉或者通报批评;对负主要领导责任者和重要领导责任者,
    // 责令作出书面检查。" (七)2 direct: "给予党内警告或者严重警告处分,行政警告直至降级处分,并建议给予调离
    // 工作岗位或者停职处理;对负主要领导责任者,给予行政记大过处分;对负重要领导责任者,给予行政警告处分。"
    // (七)3 direct: "给予撤销党内职务或者开除党籍处分,行政撤职或者开除处分"; 主要领导: "党内严重警告或者撤销
    // 党内职务处分,行政降级以上处分"; 重要领导: "党内严重警告处分,行政记大过处分".
    let direct: [(&str, &[&str], &str); 3] = [
        (
            "general",
            &["责令改正", "向申请人赔礼道歉", "通报批评"],
            "第二十二条(七)1",
        ),
        (
            "serious",
            &[
                "党内警告或者严重警告处分",
                "行政警告直至降级处分",
                "建议给予调离工作岗位或者停职处理",
            ],
            "第二十二条(七)2",
        ),
        (
            "especially-serious",
            &["撤销党内职务或者开除党籍处分", "行政撤职或者开除处分"],
            "第二十二条(七)3",
        ),
    ];
    let principal: [(&str, &[&str], &str); 3] = [
        ("general", &["责令作出书面检查"], "第二十二条(七)1"),
        ("serious", &["行政记大过处分"], "第二十二条(七)2"),
        (
            "especially-serious",
            &["党内严重警告或者撤销党内职务处分", "行政降级以上处分"],
            "第二十二条(七)3",
        ),
    ];
    let important: [(&str, &[&str], &str); 3] = [
        ("general", &["责令作出书面检查"], "第二十二条(七)1"),
        ("serious", &["行政警告处分"], "第二十二条(七)2"),
        (
            "especially-serious",
            &["党内严重警告处分", "行政记大过处分"],
            "第二十二条(七)3",
        ),
    ];
    for (conduct, party, resp, art) in CONDUCTS {
        let table = match resp {
            "直接责任" => &direct,
            "主要领导责任" => &principal,
            _ => &important,
        };
        for (grade, m, m_art) in table.iter() {
            let a = ask(
                APPR,
                &format!(r#""act":"refused-acceptance","conduct":"{conduct}","grade":"{grade}""#),
            );
            check(&a, &[(party, resp)], m, &[], &[m_art, art]);
        }
    }
    let a = ask(
        APPR,
        r#""act":"refused-acceptance","conduct":"handler-failed","grade":"general""#,
    );
    assert_eq!(
        mode(&a),
        "选用其一（原文“或者”）；第二十二条(五)：可以单处或并处"
    );
}

#[test]
fn approval_fault_every_listed_act_and_missing() {
    // (四) "工作人员有下列行为之一的,应当追究…过错责任": every one of the 15 acts makes a party.
    let acts = [
        "unauthorised-approval",
        "refused-acceptance",
        "refused-or-late",
        "extra-conditions",
        "unlawful-approval",
        "no-hearing",
        "illegal-fees",
        "illegal-intermediary",
        "improper-instruction",
        "weak-supervision",
        "not-posted",
        "no-notification",
        "not-one-time-notice",
        "no-reasons",
        "other",
    ];
    for act in acts {
        let a = ask(
            APPR,
            &format!(r#""act":"{act}","conduct":"collective","grade":"serious""#),
        );
        check(
            &a,
            &[("决策人", "主要领导责任")],
            &["行政记大过处分"],
            &[],
            &["第二十二条(七)2", "第二十二条(六)5"],
        );
    }
    // Without the act no party; the measure (it depends on conduct and grade only) is traced but
    // not attached to anyone.
    let a = ask(APPR, r#""conduct":"collective","grade":"serious""#);
    check(&a, &[], &[], &["act"], &["第二十二条(七)2"]);
    let a = ask(APPR, "");
    check(
        &a,
        &[],
        &[],
        &["act", "conduct", "grade"],
        &[
            "第二十二条(三)",
            "第二十二条(四)",
            "第二十二条(六)",
            "第二十二条(六)",
            "第二十二条(七)",
        ],
    );
}

#[test]
fn approval_fault_aggravation_mitigation_gains_crime() {
    let base = r#""act":"no-hearing","conduct":"handler-failed","grade":"general""#;
    let p = [("承办人", "直接责任")];
    let g = ["责令改正", "向申请人赔礼道歉", "通报批评"];
    fn with(extra: &[&'static str]) -> Vec<&'static str> {
        ["责令改正", "向申请人赔礼道歉", "通报批评"]
            .into_iter()
            .chain(extra.iter().copied())
            .collect()
    }
    // (八)1 "一年内出现2次以上应予追究责任的行政审批过错行为的" (以上: 2 included).
    for (n, heavier) in [(1, false), (2, true), (3, true)] {
        let a = ask(APPR, &format!(r#"{base},"faultsInYear":{n}"#));
        if heavier {
            check(
                &a,
                &p,
                &with(&["从重或者加重处分"]),
                &[],
                &["第二十二条(七)1", "第二十二条(八)1", "第二十二条(六)1"],
            );
            assert_eq!(mode(&a), "应当从重或者加重处分");
        } else {
            check(&a, &p, &g, &[], &["第二十二条(七)1", "第二十二条(六)1"]);
        }
    }
    for (v, art) in [
        ("obstructed", "第二十二条(八)2"),
        ("retaliated", "第二十二条(八)3"),
        ("huge-loss", "第二十二条(八)4"),
        ("other", "第二十二条(八)5"),
    ] {
        let a = ask(APPR, &format!(r#"{base},"aggravation":"{v}""#));
        check(
            &a,
            &p,
            &with(&["从重或者加重处分"]),
            &[],
            &["第二十二条(七)1", art, "第二十二条(六)1"],
        );
    }
    for (v, art) in [
        ("self-corrected", "第二十二条(九)1"),
        ("loss-reduced", "第二十二条(九)2"),
        ("reported-others", "第二十二条(九)3"),
        ("other", "第二十二条(九)4"),
    ] {
        let a = ask(APPR, &format!(r#"{base},"mitigation":"{v}""#));
        check(
            &a,
            &p,
            &with(&["从轻或者减轻处分"]),
            &[],
            &["第二十二条(七)1", art, "第二十二条(六)1"],
        );
        assert_eq!(mode(&a), "应当从轻或者减轻处分");
    }
    let a = ask(
        APPR,
        &format!(r#"{base},"aggravation":"none","mitigation":"none""#),
    );
    assert_eq!(measures(&a), g);
    // Both aggravating and mitigating (B25): both listed.
    let a = ask(
        APPR,
        &format!(r#"{base},"faultsInYear":2,"mitigation":"reported-others""#),
    );
    assert_eq!(
        measures(&a),
        with(&["从重或者加重处分", "从轻或者减轻处分"])
    );
    // (五)6 "没收、追缴违法违规违纪所得"; (五)7 "涉嫌犯罪的,移送司法机关处理".
    let a = ask(
        APPR,
        &format!(r#"{base},"illicitGains":true,"suspectedCrime":true"#),
    );
    check(
        &a,
        &p,
        &with(&["没收、追缴违法违规违纪所得", "移送司法机关处理"]),
        &[],
        &[
            "第二十二条(七)1",
            "第二十二条(五)6",
            "第二十二条(五)7",
            "第二十二条(六)1",
        ],
    );
    let a = ask(
        APPR,
        &format!(r#"{base},"illicitGains":false,"suspectedCrime":false"#),
    );
    assert_eq!(measures(&a), g);
}

// =================================================================================================
// 第四十七条 行政问责.

#[test]
fn accountability_triggers_tiers_appeal() {
    // (一) 17 triggers, each "应当问责".
    let triggers = [
        "unlawful-handling",
        "disobeyed",
        "ultra-vires",
        "time-limit",
        "first-inquiry",
        "disclosure",
        "falsification",
        "refused-petition",
        "rude-reception",
        "games-errands",
        "extortion",
        "illegal-fees",
        "private-affairs",
        "false-invoices",
        "luxury",
        "vice",
        "other",
    ];
    for (i, t) in triggers.iter().enumerate() {
        let a = ask("accountability", &format!(r#""trigger":"{t}""#));
        check(
            &a,
            &[("被问责人", "应当问责")],
            &[],
            &["grade"],
            &[&format!("第四十七条(一){}", i + 1)],
        );
    }
    // (三) "情节轻微,损害和影响较小的,对被问责人采用诫勉谈话、取消当年评优评先资格、责令作出书面检查的方式问责;
    // 情节较严重,…责令公开道歉、通报批评、调整工作岗位、停职检查…;情节特别严重,…劝其引咎辞职、责令辞职、免职等方式问责".
    let tiers: [(&str, &[&str]); 3] = [
        (
            "minor",
            &["诫勉谈话", "取消当年评优评先资格", "责令作出书面检查"],
        ),
        (
            "serious",
            &["责令公开道歉", "通报批评", "调整工作岗位", "停职检查"],
        ),
        ("especially-serious", &["劝其引咎辞职", "责令辞职", "免职"]),
    ];
    for (grade, m) in tiers {
        let a = ask(
            "accountability",
            &format!(r#""trigger":"games-errands","grade":"{grade}""#),
        );
        check(
            &a,
            &[("被问责人", "应当问责")],
            m,
            &[],
            &["第四十七条(三)", "第四十七条(一)10"],
        );
    }
    // The ten methods of (二) are exactly the three tiers together.
    let all: usize = tiers.iter().map(|t| t.1.len()).sum();
    assert_eq!(all, 10);
    // (四) appeal outcomes.
    let appeals: [(&str, &[&str]); 3] = [
        ("upheld", &["维持原决定"]),
        ("changed", &["变更原决定"]),
        ("revoked", &["撤销原决定", "澄清事实、恢复名誉"]),
    ];
    for (finding, m) in appeals {
        let a = ask(
            "accountability",
            &format!(r#""trigger":"luxury","grade":"minor","appealFinding":"{finding}""#),
        );
        let mut want = vec!["诫勉谈话", "取消当年评优评先资格", "责令作出书面检查"];
        want.extend_from_slice(m);
        check(
            &a,
            &[("被问责人", "应当问责")],
            &want,
            &[],
            &["第四十七条(三)", "第四十七条(四)", "第四十七条(一)15"],
        );
    }
    let a = ask(
        "accountability",
        r#""trigger":"luxury","grade":"minor","appealFinding":"revoked""#,
    );
    assert!(mode(&a).starts_with("撤销原决定并澄清事实、恢复名誉"));
    let a = ask("accountability", "");
    check(
        &a,
        &[],
        &[],
        &["trigger", "grade"],
        &["第四十七条(一)", "第四十七条(三)"],
    );
}

#[test]
fn accountability_investigator() {
    // (五) "调查人员滥用职权、徇私舞弊、玩忽职守,造成不良影响和后果的,依照有关规定追究其责任".
    for m in ["abuse", "favouritism", "negligence"] {
        let a = ask(
            "accountability-investigator",
            &format!(r#""misconduct":"{m}","harm":true"#),
        );
        check(
            &a,
            &[("调查人员", "责任")],
            &["依照有关规定追究其责任"],
            &[],
            &["第四十七条(五)", "第四十七条(五)"],
        );
        let a = ask(
            "accountability-investigator",
            &format!(r#""misconduct":"{m}","harm":false"#),
        );
        check(&a, &[], &[], &[], &["第四十七条(五)"]);
        assert!(no_match_warning(&a));
    }
}

// =================================================================================================
// 第三条 禁令 (SN-004-003-01): no consequence in the article.

#[test]
fn prohibitions_all_twenty_without_measures() {
    let bans = [
        "abuse-for-gain",
        "approval-obstacles",
        "fees",
        "gifts",
        "leaks",
        "public-funds-banquets",
        "leaving-post",
        "outsiders",
        "daytime-drinking",
        "smoking-eating-dozing",
        "phone-games",
        "buck-passing",
        "procedure-breach",
        "beyond-authority",
        "extra-steps",
        "record-tampering",
        "commercial-use",
        "banquets",
        "partiality",
        "evidence",
    ];
    let nums = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
        "十五", "十六", "十七", "十八", "十九", "二十",
    ];
    for (b, n) in bans.iter().zip(nums) {
        let a = ask("prohibitions", &format!(r#""prohibition":"{b}""#));
        check(
            &a,
            &[("工作人员", "违反工作人员禁令")],
            &[],
            &[],
            &[&format!("第三条({n})")],
        );
        assert!(a.parties[0].mode.is_none());
    }
    let a = sanction(&q(r#"{"ruleset":"wenshan-hrss-2019","ref":"SN-004-003-01","prohibition":"approval-obstacles"}"#)).unwrap();
    assert_eq!(a.rule, "wenshan.sanction.prohibitions");
    // A party with no measures: the answer says the text sets none rather than listing nothing.
    assert!(a.text.contains("条文未规定追究方式"), "{}", a.text);
    assert_eq!(
        a.explanation.citations[0].quote,
        "禁止随意设立行政审批的前置、多级审查或无故超过审批时限"
    );
}

// =================================================================================================
// 第五条 党风廉政建设.

#[test]
fn integrity_duty_and_violation() {
    let cases = [
        (
            "director",
            "局党组书记、局长",
            "第一责任人（对全局党风廉政建设负总责）",
            "第五条(二)2",
        ),
        (
            "party-group-member",
            "党组成员",
            "直接领导责任（职责范围内）",
            "第五条(三)3",
        ),
        (
            "leadership-member",
            "班子成员",
            "对分管科室的党风廉政建设负责",
            "第五条(二)2",
        ),
        (
            "section-head",
            "科室负责人",
            "对本科室党风廉政建设负总责",
            "第五条(三)6",
        ),
        (
            "party-committee-secretary",
            "机关党委书记",
            "第一责任人（对机关党委党风廉政建设工作负总责）",
            "第五条(三)5",
        ),
    ];
    for (pos, party, resp, art) in cases {
        let a = ask("integrity-duty", &format!(r#""position":"{pos}""#));
        check(&a, &[(party, resp)], &[], &[], &[art]);
    }
    // (四) "凡不履行职责的不得评为优秀公务员;在责任人管辖的范围内出现违法违纪行为不及时报告…的,
    // 不得评为称职公务员,并追究责任人的责任".
    let a = ask(
        "integrity-duty",
        r#""position":"section-head","dutyNotPerformed":true"#,
    );
    check(
        &a,
        &[("科室负责人", "对本科室党风廉政建设负总责")],
        &["不得评为优秀公务员"],
        &[],
        &["第五条(四)", "第五条(三)6"],
    );
    let a = ask(
        "integrity-duty",
        r#""position":"director","unreportedViolation":true"#,
    );
    check(
        &a,
        &[("局党组书记、局长", "第一责任人（对全局党风廉政建设负总责）")],
        &["不得评为称职公务员", "追究责任人的责任"],
        &[],
        &["第五条(四)", "第五条(二)2"],
    );
    let a = ask(
        "integrity-duty",
        r#""position":"director","dutyNotPerformed":true,"unreportedViolation":true"#,
    );
    assert_eq!(
        measures(&a),
        [
            "不得评为优秀公务员",
            "不得评为称职公务员",
            "追究责任人的责任"
        ]
    );
    assert_eq!(cites(&a), ["第五条(四)", "第五条(四)", "第五条(二)2"]); // two different quotes of 第五条(四)
    let a = ask(
        "integrity-duty",
        r#""position":"director","dutyNotPerformed":false,"unreportedViolation":false"#,
    );
    assert_eq!(measures(&a), Vec::<String>::new());
    let a = ask("integrity-duty", "");
    check(&a, &[], &[], &["position"], &["第五条(二)2", "第五条(四)"]);
    // (二)3 "发生违纪人员除按相关纪律处分外,年度考核一律不得评为优秀" (one citation: party and measure quote it).
    let a = ask("integrity-violation", "");
    check(
        &a,
        &[("发生违纪人员", "违纪责任")],
        &["按相关纪律处分", "年度考核不得评为优秀"],
        &[],
        &["第五条(二)3"],
    );
}

// =================================================================================================
// 第六条 巡查抽查; 第九条 督办查办; 第十条 责任倒查.

#[test]
fn inspection_supervised_item_assigned_matter() {
    let a = ask("inspection-findings", r#""finding":"staff-misconduct""#);
    check(
        &a,
        &[("干部职工", "工作慢作为、不作为、乱作为、失职、渎职")],
        &["暂缓提拔", "暂缓奖励", "职务调整"],
        &[],
        &["第六条(三)2(3)", "第六条(三)2(3)"],
    );
    let a = ask("inspection-findings", r#""finding":"unit-problem""#);
    check(
        &a,
        &[("被巡查抽查单位", "整改责任")],
        &["下达整改意见书", "限期整改"],
        &[],
        &["第六条(三)2(2)", "第六条(三)2(2)"],
    );
    let a = ask(
        "inspection-findings",
        r#""finding":"persistent-malpractice""#,
    );
    check(
        &a,
        &[(
            "各科室、直属单位和经办机构负责人及相关人员",
            "不正之风问题的责任",
        )],
        &["询问", "质询", "谈话", "问责"],
        &[],
        &["第六条(三)2(4)", "第六条(三)2(4)"],
    );

    // 第九条(六)2 "对未按照要求办理,或因主观原因未按时办结督办事项的责任科室和责任人…".
    for cause in ["not-as-required", "subjective-delay"] {
        let a = ask("supervised-item", &format!(r#""cause":"{cause}""#));
        check(
            &a,
            &[("责任科室和责任人", "工作不力的责任")],
            &[
                "派出督查组调查并提出处理意见建议",
                "报局党组研究同意后进行查办",
                "需要问责的，按照相关规定问责",
            ],
            &[],
            &["第九条(六)2", "第九条(六)2"],
        );
    }
    let a = ask("supervised-item", r#""cause":"objective-delay""#);
    check(&a, &[], &[], &[], &["第九条(六)1"]);
    assert!(no_match_warning(&a));

    // 第十条(二)5 "…等造成严重后果的,一律实行责任倒查制度,根据造成不良后果程度追究其责任".
    for c in [
        "ultra-vires",
        "abuse",
        "dereliction",
        "inaction",
        "misconduct",
        "breach",
        "perfunctory",
        "conflict",
    ] {
        let a = ask(
            "assigned-matter",
            &format!(r#""conduct":"{c}","seriousConsequence":true"#),
        );
        check(
            &a,
            &[("责任人", "责任（按不良后果程度）")],
            &["实行责任倒查", "根据造成不良后果程度追究其责任"],
            &[],
            &["第十条(二)5", "第十条(二)5"],
        );
    }
    let a = ask(
        "assigned-matter",
        r#""conduct":"abuse","seriousConsequence":false"#,
    );
    check(&a, &[], &[], &[], &["第十条(二)5"]);
    assert!(no_match_warning(&a));
    let a = ask("assigned-matter", r#""seriousConsequence":true"#);
    check(&a, &[], &[], &["conduct"], &["第十条(二)5"]);
}

// =================================================================================================
// 第十三条 首问; 第十五条 限时办结.

#[test]
fn first_inquiry_and_time_limit() {
    // 第十三条(六) three tiers.
    let p = [("首问责任人", "违反首问责任制度的责任")];
    let a = ask("first-inquiry", r#""grade":"minor""#);
    check(
        &a,
        &p,
        &["在机关内部给予批评教育"],
        &[],
        &["第十三条(六)", "第十三条(一)"],
    );
    let a = ask("first-inquiry", r#""grade":"serious""#);
    check(
        &a,
        &p,
        &["在系统通报批评", "取消当年评优评先资格"],
        &[],
        &["第十三条(六)", "第十三条(一)"],
    );
    assert_eq!(mode(&a), "两项并处");
    let a = ask("first-inquiry", r#""grade":"grave""#);
    check(
        &a,
        &p,
        &["按照有关规定给予党纪、政纪处理"],
        &[],
        &["第十三条(六)", "第十三条(一)"],
    );
    let a = ask("first-inquiry", "");
    check(&a, &p, &[], &["grade"], &["第十三条(一)"]);

    // 第十五条(十): party on 违反规定 + 群众反映强烈; "不适应担任领导职务或在现岗位工作的,根据有关规定处理".
    let p = [("违反规定的工作人员", "限时办结责任")];
    for matter in ["approval", "review", "case", "petition"] {
        for (uns, m) in [("leadership", true), ("post", true), ("neither", false)] {
            let a = ask(
                "time-limit",
                &format!(r#""matter":"{matter}","strongReaction":true,"unsuitable":"{uns}""#),
            );
            if m {
                check(
                    &a,
                    &p,
                    &["根据有关规定处理"],
                    &[],
                    &["第十五条(十)", "第十五条(十)"],
                );
                assert_eq!(a.explanation.citations.len(), 2);
            } else {
                check(&a, &p, &[], &[], &["第十五条(十)"]);
            }
        }
    }
    let a = ask(
        "time-limit",
        r#""matter":"case","strongReaction":false,"unsuitable":"post""#,
    );
    check(&a, &[], &[], &[], &["第十五条(十)"]);
    assert!(no_match_warning(&a));
}

// =================================================================================================
// 第十八条 执法监督; 第二十条 执法考核评议.

#[test]
fn enforcement_supervision() {
    let agency = ("行政执法机构", "执法监督处理");
    for (f, art) in [
        ("illegal-subject", "第十八条(六)1"),
        ("illegal-act", "第十八条(六)2"),
        ("illegal-procedure", "第十八条(六)3"),
    ] {
        let a = ask("enforcement-supervision", &format!(r#""finding":"{f}""#));
        check(
            &a,
            &[agency],
            &["纠正", "撤销"],
            &[],
            &[art, "第十八条(六)"],
        );
    }
    let a = ask("enforcement-supervision", r#""finding":"non-performance""#);
    check(
        &a,
        &[agency],
        &["责令限期改正"],
        &[],
        &["第十八条(六)4", "第十八条(六)"],
    );
    let a = ask(
        "enforcement-supervision",
        r#""finding":"non-performance","serious":false"#,
    );
    check(
        &a,
        &[agency],
        &["责令限期改正"],
        &[],
        &["第十八条(六)4", "第十八条(六)"],
    );
    // "情节严重的,由领导小组办公室提出处理意见,报局依法行政领导小组处理,并追究该行政执法机构负责人和直接责任人的责任".
    let a = ask(
        "enforcement-supervision",
        r#""finding":"non-performance","serious":true"#,
    );
    check(
        &a,
        &[
            agency,
            ("行政执法机构负责人", "责任"),
            ("直接责任人", "责任"),
        ],
        &[
            "责令限期改正",
            "由领导小组办公室提出处理意见，报局依法行政领导小组处理",
            "追究该行政执法机构负责人和直接责任人的责任",
        ],
        &[],
        &[
            "第十八条(六)4",
            "第十八条(六)4",
            "第十八条(六)",
            "第十八条(六)4",
        ],
    );
    // `serious` only matters for non-performance.
    let a = ask(
        "enforcement-supervision",
        r#""finding":"illegal-act","serious":true"#,
    );
    assert_eq!(parties(&a).len(), 1);
    let a = ask("enforcement-supervision", "");
    check(&a, &[agency], &[], &["finding"], &["第十八条(六)"]);
}

#[test]
fn enforcement_assessment() {
    // (五)1 excellent → 表彰和奖励.
    let a = ask(
        "enforcement-assessment",
        r#""subject":"agency","rating":"excellent""#,
    );
    check(
        &a,
        &[("执法机构", "考核优秀")],
        &["表彰和奖励"],
        &[],
        &["第二十条(五)1"],
    );
    let a = ask(
        "enforcement-assessment",
        r#""subject":"officer","rating":"excellent""#,
    );
    check(
        &a,
        &[("执法人员", "考核优秀")],
        &["表彰和奖励"],
        &[],
        &["第二十条(五)1"],
    );
    // Qualified: nothing.
    let a = ask(
        "enforcement-assessment",
        r#""subject":"officer","rating":"qualified""#,
    );
    check(&a, &[], &[], &[], &["第二十条(三)1"]);
    assert!(no_match_warning(&a));
    // (五)2 unqualified agency head / officer: "通报批评并责令改正,或调离执法岗位,或作其他行政处理".
    let unq = ["通报批评并责令改正", "调离执法岗位", "作其他行政处理"];
    let a = ask(
        "enforcement-assessment",
        r#""subject":"agency-head","rating":"unqualified""#,
    );
    check(
        &a,
        &[("执法机构负责人", "考核不合格")],
        &unq,
        &[],
        &["第二十条(五)2", "第二十条(五)2"],
    );
    let a = ask(
        "enforcement-assessment",
        r#""subject":"officer","rating":"unqualified""#,
    );
    check(
        &a,
        &[("执法人员", "考核不合格")],
        &unq,
        &[],
        &["第二十条(五)2", "第二十条(五)2"],
    );
    // The agency itself rated unqualified: (五)2 names the head and officers only.
    let a = ask(
        "enforcement-assessment",
        r#""subject":"agency","rating":"unqualified""#,
    );
    check(&a, &[], &[], &[], &["第二十条(三)1"]);
    // (五)4 "执法人员有下列行为之一的为考核不合格" — each of the nine acts.
    for c in [
        "bending-law",
        "bribery",
        "evidence",
        "abuse",
        "self-dealing",
        "retaliation",
        "dereliction",
        "secrets",
        "other",
    ] {
        let a = ask(
            "enforcement-assessment",
            &format!(r#""subject":"officer","officerConduct":"{c}""#),
        );
        check(
            &a,
            &[("执法人员", "考核不合格")],
            &unq,
            &[],
            &["第二十条(五)2", "第二十条(五)4"],
        );
    }
    // Rating and act both given: two 执法人员 entries (one per ground); the menu is listed once.
    let a = ask(
        "enforcement-assessment",
        r#""subject":"officer","rating":"unqualified","officerConduct":"bribery""#,
    );
    assert_eq!(a.parties.len(), 2);
    assert_eq!(measures(&a).len(), 3);
    // (五)3 "有下列情况之一的,取消执法机构当年评优评先资格" — each of the five cases.
    for c in [
        "poor-implementation",
        "penalty-revoked",
        "lost-in-court",
        "officer-illegal",
        "officer-unqualified-conduct",
    ] {
        let a = ask(
            "enforcement-assessment",
            &format!(r#""subject":"agency","agencyCase":"{c}""#),
        );
        check(
            &a,
            &[("执法机构", "取消当年评优评先资格的情形")],
            &["取消执法机构当年评优评先资格"],
            &[],
            &["第二十条(五)3", "第二十条(五)3"],
        );
    }
    // The agency case does not bind an officer asking.
    let a = ask(
        "enforcement-assessment",
        r#""subject":"officer","agencyCase":"penalty-revoked""#,
    );
    check(&a, &[], &[], &[], &["第二十条(三)1"]);
    let a = ask("enforcement-assessment", "");
    check(&a, &[], &[], &["subject"], &["第二十条(三)1"]);
}

// =================================================================================================
// 第二十四条 合议委员会; 第二十五条 备案.

#[test]
fn panel_member_and_major_penalty_filing() {
    let a = ask("panel-member", "");
    check(
        &a,
        &[("合议委员会委员", "意见不受追究")],
        &["一律不受追究"],
        &[],
        &["第二十四条(一)5"],
    );
    assert_eq!(
        a.explanation.citations[0].quote,
        "合议委员会委员的意见不论正确与否,一律不受追究"
    );

    let p = [("案件承办机构以及承办人", "备案责任")];
    let a = ask("major-penalty-filing", r#""failure":"not-filed""#);
    check(
        &a,
        &p,
        &["由政策法规科通知其限期报送"],
        &[],
        &["第二十五条(十三)", "第二十五条(十三)"],
    );
    let three = [
        "向局考核工作领导小组报告并记录在案",
        "作为年终对案件承办机构以及承办人绩效考核评分的依据",
        "按照行政执法责任制度追究相关责任人的责任",
    ];
    for f in ["overdue", "concealed"] {
        let a = ask("major-penalty-filing", &format!(r#""failure":"{f}""#));
        check(
            &a,
            &p,
            &three,
            &[],
            &["第二十五条(十三)", "第二十五条(十三)"],
        );
    }
    let a = ask("major-penalty-filing", "");
    check(&a, &p, &[], &["failure"], &["第二十五条(十三)"]);
}

// =================================================================================================
// 第三十二条 网站; 第三十三条 信访保密; 第三十六条 值班; 第四十三条 保密报告.

#[test]
fn website_petition_secrecy_duty_shift_secrecy_incident() {
    for b in ["unreviewed", "not-updated", "outage"] {
        let a = ask("website", &format!(r#""breach":"{b}""#));
        check(
            &a,
            &[("相关负责人", "责任"), ("直接责任人", "责任")],
            &["追究责任"],
            &[],
            &["第三十二条(十六)"],
        );
        assert_eq!(a.explanation.citations.len(), 1); // measure and both parties quote the same words
    }
    let a = ask("website", r#""breach":"secrecy""#);
    check(
        &a,
        &[("违反保密规定的人员", "保密责任")],
        &["由有关部门依照保密有关法律、法规予以处理"],
        &[],
        &["第三十二条(十六)"],
    );

    let a = ask("petition-secrecy", r#""badConsequences":true"#);
    check(
        &a,
        &[("责任人", "泄密责任")],
        &["追究责任人的责任", "根据情节轻重，给予党纪、政纪处分"],
        &[],
        &["第三十三条(十三)3", "第三十三条(十三)3"],
    );
    let a = ask("petition-secrecy", r#""badConsequences":false"#);
    check(&a, &[], &[], &[], &["第三十三条(十三)"]);
    assert!(no_match_warning(&a));

    let a = ask("duty-shift", r#""delayOrMistake":true"#);
    check(
        &a,
        &[("值班责任人", "值班责任")],
        &["视情节轻重，追究责任人责任"],
        &[],
        &["第三十六条(二)", "第三十六条(二)"],
    );
    let a = ask("duty-shift", r#""delayOrMistake":false"#);
    check(&a, &[], &[], &[], &["第三十六条(二)"]);
    let a = ask("duty-shift", "");
    check(&a, &[], &[], &["delayOrMistake"], &["第三十六条(二)"]);

    let a = ask("secrecy-incident", r#""role":"staff""#);
    check(
        &a,
        &[("机关工作人员", "报告义务")],
        &["及时报告局领导和州国家保密局"],
        &[],
        &["第四十三条(一)13"],
    );
    let a = ask("secrecy-incident", r#""role":"archivist""#);
    check(
        &a,
        &[("档案员", "报告义务")],
        &["及时报告，不得隐瞒"],
        &[],
        &["第四十三条(三)6"],
    );
    let a = ask("secrecy-incident", r#""role":"mail-clerk""#);
    check(
        &a,
        &[("收发人员", "报告义务")],
        &["及时报告，不得隐瞒"],
        &[],
        &["第四十三条(四)12"],
    );
}

// =================================================================================================
// 第三十五条 考勤: "年内旷工累计超过5天的,年度考核定为不称职(不合格);旷工累计超过30天的,按公务员法规定予以辞退".
// 超过 excludes the number. The 30-day clause defers to 公务员法; by default (B11 civil-servant-law) its
// 第八十八条(五) decides: "旷工或者因公外出、请假期满无正当理由逾期不归连续超过十五天，或者一年内累计超过三十天的"
// → 辞退. The literal reading (any total over 30, no window) is B11 as-written.

const UNFIT: &str = "年度考核定为不称职（不合格）";
const DISMISS: &str = "按公务员法规定予以辞退";

fn absent(facts: &str) -> SanctionAnswer {
    ask("absenteeism", facts)
}

/// A field of each national (cn-national) citation of an answer.
fn national(a: &SanctionAnswer, field: fn(&zhengwu::explain::Citation) -> &str) -> Vec<&str> {
    a.explanation
        .citations
        .iter()
        .filter(|c| c.ruleset == "cn-national")
        .map(field)
        .collect()
}

/// (applied reading, option) of B11.
fn b11(a: &SanctionAnswer) -> (String, Option<String>) {
    let x = a
        .explanation
        .ambiguities
        .iter()
        .find(|x| x.id == "B11")
        .unwrap();
    (x.applied.clone(), x.option.clone())
}

#[test]
fn absenteeism_follows_the_civil_servant_law_by_default() {
    let p = [("工作人员", "旷工")];
    // (this year's days, consecutive days) → measures, worked from the two texts above:
    let cases: [(f64, f64, &[&str]); 9] = [
        (0.0, 0.0, &[]),
        (5.0, 5.0, &[]),                 // 5 is not 超过5
        (5.5, 0.0, &[UNFIT]),            // 5.5 > 5
        (30.0, 15.0, &[UNFIT]),          // 30 is not 超过三十, 15 not 超过十五
        (30.5, 0.0, &[UNFIT, DISMISS]),  // 30.5 > 30 within the year
        (31.0, 3.0, &[UNFIT, DISMISS]),  // 31 > 30
        (16.0, 16.0, &[UNFIT, DISMISS]), // 16 consecutive > 15, though the year's 16 ≤ 30
        (4.0, 0.0, &[]),
        (3.0, 15.5, &[DISMISS]), // year 3 ≤ 5 (no 不称职); 15.5 consecutive > 15
    ];
    for (year, run, m) in cases {
        let a = absent(&format!(
            r#""absentDaysInYear":{year},"absentConsecutiveDays":{run}"#
        ));
        assert_eq!(
            parties(&a),
            [("工作人员".to_owned(), "旷工".to_owned())],
            "{year}/{run}"
        );
        assert_eq!(measures(&a), m, "{year}/{run}");
        assert!(missing(&a).is_empty());
        assert_eq!(
            b11(&a),
            (
                "civil-servant-law".to_owned(),
                Some("readings.B11".to_owned())
            )
        );
        let national = national(&a, |c| c.article);
        if m.contains(&DISMISS) {
            // Dismissal cites the seed's clause and the national ground that decided it.
            assert_eq!(national, ["第八十八条(五)"], "{year}/{run}");
            assert!(a
                .explanation
                .citations
                .iter()
                .any(|c| c.quote.contains("按公务员法规定予以辞退")));
            // 第八十八条 is [T] in law-notes: the answer says it is unverified.
            assert!(a
                .explanation
                .warnings()
                .iter()
                .any(|w| w.zh.contains("尚未与官方原文核对")));
        } else {
            assert!(national.is_empty(), "{year}/{run}");
            assert!(a.explanation.warnings().is_empty(), "{year}/{run}");
        }
    }
    // Both grounds at once: cited once each ground, dismissal listed once.
    let a = absent(r#""absentDaysInYear":40,"absentConsecutiveDays":20"#);
    assert_eq!(measures(&a), [UNFIT, DISMISS]);
    assert_eq!(national(&a, |c| c.quote).len(), 2);
    // The all-time total alone does not dismiss under 第八十八条: 3 this year, 31 in all.
    let a = absent(r#""absentDaysInYear":3,"absentConsecutiveDays":0,"absentDays":31"#);
    check(&a, &p, &[], &[], &["第三十五条(二)"]);
    let a = absent("");
    assert_eq!(missing(&a), ["absentDaysInYear", "absentConsecutiveDays"]);
    assert!(measures(&a).is_empty());
    assert!(sanction(&q(r#"{"ruleset":"wenshan-hrss-2019","rule":"wenshan.sanction.absenteeism","absentDaysInYear":-1}"#)).is_err());
}

#[test]
fn absenteeism_as_written_is_one_reading_away() {
    let p = [("工作人员", "旷工")];
    let w = r#""readings":{"B11":"as-written"}"#;
    // As written: more than 30 days (this year, or in total with no window) dismisses; consecutive
    // days do not count.
    let cases: [(f64, f64, Option<f64>, &[&str]); 6] = [
        (30.0, 0.0, None, &[UNFIT]),
        (31.0, 0.0, None, &[UNFIT, DISMISS]),
        (16.0, 16.0, None, &[UNFIT]), // 16 consecutive: not a ground as written
        (3.0, 0.0, Some(30.0), &[]),  // 30 in total is not 超过30
        (3.0, 0.0, Some(31.0), &[DISMISS]), // 31 in total > 30, though this year's is 3
        (30.0, 0.0, Some(40.0), &[UNFIT, DISMISS]),
    ];
    for (year, run, total, m) in cases {
        let total = total
            .map(|t| format!(r#","absentDays":{t}"#))
            .unwrap_or_default();
        let a = absent(&format!(
            r#""absentDaysInYear":{year},"absentConsecutiveDays":{run}{total},{w}"#
        ));
        assert_eq!(measures(&a), m, "{year}/{run}{total}");
        // Only the seed is cited: each matched measure's clause, then the party.
        check(&a, &p, m, &[], &vec!["第三十五条(二)"; m.len() + 1]);
        assert_eq!(b11(&a).0, "as-written");
    }
}

// 公务员法 第八十八条(五) asked directly (cn-national).
#[test]
fn national_dismissal_for_absence() {
    let ask_cn = |facts: &str| {
        let query = q(&format!(
            r#"{{"ruleset":"cn-national","rule":"cn.civil-servant-2019.dismissal-absence",{facts}}}"#
        ));
        common::checked(facts, || sanction(&query))
    };
    for (year, run, dismissed) in [
        (30.0, 15.0, false),
        (31.0, 0.0, true),
        (0.0, 16.0, true),
        (30.0, 15.5, true),
    ] {
        let a = ask_cn(&format!(
            r#""absentDaysInYear":{year},"absentConsecutiveDays":{run}"#
        ));
        assert_eq!(
            parties(&a),
            [("公务员".to_owned(), "旷工或逾期不归".to_owned())]
        );
        let want: &[&str] = if dismissed { &["予以辞退"] } else { &[] };
        assert_eq!(measures(&a), want, "{year}/{run}");
        assert!(a.note.as_ref().unwrap().zh.contains("尚未与官方原文核对"));
    }
}

// =================================================================================================
// 第三十八条 差旅; 第三十九条 办公设备; 第四十条 固定资产; 第四十一条 车辆.

#[test]
fn travel_equipment_assets_vehicles() {
    let a = ask("travel-claims", r#""breach":"late-claim""#);
    check(
        &a,
        &[("因公外出人员", "报销责任")],
        &["取消报销资格"],
        &[],
        &["第三十八条(四)1", "第三十八条(四)"],
    );
    let a = ask("travel-claims", r#""breach":"shifted-costs""#);
    check(
        &a,
        &[("因公外出人员", "报销责任")],
        &["取消报销资格"],
        &[],
        &["第三十八条(四)3", "第三十八条(四)"],
    );

    let p = [("管理责任人", "管理责任")];
    let fix = [
        "修复",
        "重新购入办公设备",
        "根据办公设备的购入价格和折旧情况进行赔偿",
    ];
    let a = ask("office-equipment", r#""custodianFault":false"#);
    check(
        &a,
        &p,
        &["写出书面报告，说明原因"],
        &[],
        &["第三十九条(八)", "第三十九条(八)"],
    );
    let a = ask("office-equipment", r#""custodianFault":true"#);
    check(
        &a,
        &p,
        &["写出书面报告，说明原因", fix[0], fix[1], fix[2]],
        &[],
        &["第三十九条(八)", "第三十九条(八)", "第三十九条(八)"],
    );
    let a = ask(
        "office-equipment",
        r#""custodianFault":true,"concealedOrSerious":true"#,
    );
    assert_eq!(
        measures(&a),
        [
            "写出书面报告，说明原因",
            fix[0],
            fix[1],
            fix[2],
            "视情节给予纪律处分"
        ]
    );
    assert_eq!(mode(&a), "除责令修复、赔偿或重新购入外");
    let a = ask("office-equipment", "");
    check(
        &a,
        &p,
        &["写出书面报告，说明原因"],
        &["custodianFault"],
        &["第三十九条(八)", "第三十九条(八)"],
    );

    let a = ask("fixed-assets", r#""case":"loss-damage""#);
    check(
        &a,
        &[("当事人", "责任"), ("科室负责人", "责任")],
        &["追究当事人和科室负责人的责任"],
        &[],
        &["第四十条(四)2"],
    );
    let a = ask("fixed-assets", r#""case":"loss-damage","serious":true"#);
    check(
        &a,
        &[("当事人", "责任"), ("科室负责人", "责任")],
        &["追究当事人和科室负责人的责任", "给予纪律处分"],
        &[],
        &["第四十条(四)2", "第四十条(四)2"],
    );
    let a = ask("fixed-assets", r#""case":"not-returned-transfer""#);
    check(
        &a,
        &[("调出职工", "归还责任")],
        &["不得办理相关离岗手续"],
        &[],
        &["第四十条(四)4", "第四十条(四)4"],
    );
    let a = ask("fixed-assets", r#""case":"not-returned-retired""#);
    check(
        &a,
        &[("退休职工", "归还责任")],
        &[
            "不得办理相关离岗手续",
            "在每月工资中扣除不交出保管物品的价值",
        ],
        &[],
        &["第四十条(四)4", "第四十条(四)4", "第四十条(四)4"],
    );
    // `serious` only for loss or damage.
    let a = ask(
        "fixed-assets",
        r#""case":"not-returned-transfer","serious":true"#,
    );
    assert_eq!(measures(&a), ["不得办理相关离岗手续"]);

    let a = ask("vehicles", r#""incident":"traffic-fine""#);
    check(
        &a,
        &[("驾驶人", "处罚责任和费用")],
        &["承担全部处罚责任和费用"],
        &[],
        &["第四十一条(三)", "第四十一条(三)"],
    );
    let a = ask("vehicles", r#""incident":"accident""#);
    check(
        &a,
        &[("驾驶人", "事故责任和费用")],
        &["保险公司赔偿后，承担其余责任和费用"],
        &[],
        &["第四十一条(三)", "第四十一条(三)"],
    );
    assert_eq!(a.explanation.citations.len(), 2);
    let a = ask("vehicles", r#""incident":"lost-item""#);
    check(
        &a,
        &[("当时驾驶人员", "赔偿责任")],
        &["照价赔偿"],
        &[],
        &["第四十一条(四)"],
    );
}

// =================================================================================================
// 第四十九条 行政执法行为管理办法.

#[test]
fn enforcement_conduct() {
    let items = [
        ("uncivil-language", 1),
        ("quarrel", 1),
        ("disrupting-business", 2),
        ("repeated-inspections", 2),
        ("designated-purchases", 3),
        ("gifts", 3),
        ("private-gain", 3),
        ("board-lodging", 4),
        ("drinking", 4),
        ("arbitrary-fees", 4),
        ("paid-services", 4),
        ("buck-passing", 5),
        ("refusing-requests", 5),
        ("abuse-of-power", 6),
    ];
    let p = [("有关责任人（执法人员）", "违反行政执法行为规范")];
    for (v, n) in items {
        let a = ask(
            "enforcement-conduct",
            &format!(r#""violation":"{v}","grade":"minor""#),
        );
        check(
            &a,
            &p,
            &["由所在单位给予批评教育"],
            &[],
            &["第四十九条(五)1", &format!("第四十九条(三){n}")],
        );
    }
    let a = ask(
        "enforcement-conduct",
        r#""violation":"drinking","grade":"serious""#,
    );
    check(
        &a,
        &p,
        &[
            "按相关规定给予行政处分",
            "在全系统进行通报",
            "所在单位和科室不得评为先进单位",
        ],
        &[],
        &["第四十九条(五)2", "第四十九条(三)4"],
    );
    let a = ask(
        "enforcement-conduct",
        r#""violation":"drinking","grade":"grave","criminal":true,"otherLawBreach":true"#,
    );
    check(
        &a,
        &p,
        &[
            "按相关规定给予党纪、政纪处分",
            "移交司法机关追究刑事责任",
            "按相关规定处理",
        ],
        &[],
        &[
            "第四十九条(五)3",
            "第四十九条(五)3",
            "第四十九条(五)4",
            "第四十九条(三)4",
        ],
    );
    let a = ask(
        "enforcement-conduct",
        r#""violation":"gifts","grade":"grave","criminal":false,"otherLawBreach":false"#,
    );
    assert_eq!(measures(&a), ["按相关规定给予党纪、政纪处分"]);
    let a = ask("enforcement-conduct", "");
    check(
        &a,
        &[],
        &[],
        &["violation", "grade"],
        &["第四十九条(五)", "第四十九条(七)"],
    );
}

// =================================================================================================
// 第五十条 / 第五十一条 扣分 and thresholds ("超过2次或30分", "超过3次或40分"; 超过 excludes).

#[test]
fn information_and_disclosure_deductions() {
    let unit = [("考核对象单位", "过错扣分")];
    for (v, m, art) in [
        ("refused-or-late", "每次扣10分", "第五十条(三)4(1)"),
        ("urgent-late", "每次扣20分", "第五十条(三)4(2)"),
        ("seriously-false", "每次扣30分", "第五十条(三)4(3)"),
    ] {
        let a = ask("information-deduction", &format!(r#""item":"{v}""#));
        check(&a, &unit, &[m], &[], &[art, "第五十条(一)"]);
    }
    for (v, m, art) in [
        ("refused-or-late", "每次扣10分", "第五十一条(四)2(1)"),
        ("false-or-harmful", "每次扣30分", "第五十一条(四)2(2)"),
        ("unapproved", "每次扣10分", "第五十一条(四)2(3)"),
        ("unreviewed-negative", "每次扣30分", "第五十一条(四)2(3)"),
    ] {
        let a = ask("disclosure-deduction", &format!(r#""item":"{v}""#));
        check(&a, &unit, &[m], &[], &[art, "第五十一条(一)"]);
    }
}

#[test]
fn information_threshold_boundaries() {
    let unit = [("考核对象单位", "过错扣分")];
    let t = ["取消当年评考核评优资格", "通报批评"];
    let cases: [(u32, u32, bool); 8] = [
        (0, 0, false),
        (2, 30, false), // 2 deductions and 30 points: neither "超过"
        (1, 30, false), // a single −30 (严重失实) does not trigger
        (3, 30, true),
        (3, 40, true), // count branch only, once
        (2, 31, true),
        (2, 40, true),
        (0, 31, true),
    ];
    for (n, pts, hit) in cases {
        let a = ask(
            "information-threshold",
            &format!(r#""deductions":{n},"points":{pts}"#),
        );
        if hit {
            check(&a, &unit, &t, &[], &["第五十条(三)4", "第五十条(一)"]);
        } else {
            check(&a, &unit, &[], &[], &["第五十条(一)"]);
        }
    }
    // 40 points alone: "超过2次或30分" — either suffices, so the count is not needed (nor asked).
    let a = ask("information-threshold", r#""points":40"#);
    check(&a, &unit, &t, &[], &["第五十条(三)4", "第五十条(一)"]);
    // 2 deductions and the points unknown: the count alone does not reach the threshold, so the
    // answer depends on the points, which are asked for.
    let a = ask("information-threshold", r#""deductions":2"#);
    check(&a, &unit, &[], &["points"], &["第五十条(一)"]);
}

#[test]
fn disclosure_threshold_boundaries() {
    let unit = [("考核对象单位", "过错扣分")];
    let t1 = ["取消当年考核评优资格", "通报批评"];
    let both = [
        "取消当年考核评优资格",
        "通报批评",
        "取消当年评选优秀公务员和优秀党员资格",
    ];
    let cases: [(u32, u32, u8); 11] = [
        (2, 30, 0),
        (3, 30, 1),
        (2, 31, 1),
        (3, 40, 1), // 3 is not "超过3次", 40 is not "超过40分"
        (2, 40, 1),
        (4, 0, 2),
        (3, 41, 2),
        (2, 41, 2),
        (0, 41, 2),
        (4, 50, 2), // each tier once
        (1, 10, 0),
    ];
    for (n, pts, tier) in cases {
        let a = ask(
            "disclosure-threshold",
            &format!(r#""deductions":{n},"points":{pts}"#),
        );
        match tier {
            0 => check(&a, &unit, &[], &[], &["第五十一条(一)"]),
            1 => check(&a, &unit, &t1, &[], &["第五十一条(四)2", "第五十一条(一)"]),
            _ => {
                check(
                    &a,
                    &unit,
                    &both,
                    &[],
                    &["第五十一条(四)2", "第五十一条(四)2", "第五十一条(一)"],
                );
            }
        }
    }
}

// =================================================================================================
// 第五十二条 服务满意度.

#[test]
fn service_complaint() {
    let a = ask("service-complaint", r#""verified":true"#);
    check(
        &a,
        &[("有投诉的科室和个人", "服务态度、方法造成负面影响")],
        &["取消当年评先资格", "通报批评"],
        &[],
        &["第五十二条(四)3", "第五十二条(四)3"],
    );
    let a = ask("service-complaint", r#""verified":false"#);
    check(&a, &[], &[], &[], &["第五十二条(四)3"]);
    assert!(no_match_warning(&a));
}

// =================================================================================================
// Every SN-004 row is implemented by one of these rules, and the three regimes stay apart.

#[test]
fn every_sn_004_row_is_in_a_wenshan_sanction_rule() {
    let ids = include_str!("fixtures/inventory-ids.txt");
    let cat = zhengwu::catalog();
    let rs = cat
        .rulesets
        .iter()
        .find(|r| r.id == "wenshan-hrss-2019")
        .unwrap();
    let refs: Vec<&String> = rs
        .rules
        .iter()
        .filter(|r| r.kind == "sanction")
        .flat_map(|r| r.refs.iter())
        .collect();
    let rows: Vec<&str> = ids.lines().filter(|l| l.starts_with("SN-004")).collect();
    assert_eq!(rows.len(), 84);
    for row in rows {
        assert!(refs.iter().any(|r| r.as_str() == row), "{row} not encoded");
    }
    // The responsibility labels of the three regimes never meet.
    let a = ask(ENF, r#""role":"approval-reviewer""#);
    assert_eq!(parties(&a)[0].1, "次要责任");
    let a = ask(
        APPR,
        r#""act":"other","conduct":"reviewer-missed","grade":"general""#,
    );
    assert_eq!(parties(&a)[0].1, "主要领导责任");
}
