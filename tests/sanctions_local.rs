//! Sanction rules of 广西 (beyond 第二十一条/第三十条), 凉山, 杂多, 东区 and 木里: for every rule and
//! every measure rule, the parties, responsibilities, measures, missing inputs and citations, each
//! worked out by hand from the seed text quoted above the test.

mod common;
use common::{articles as arts, measures as menu, missing, parties as who, q, quotes};

use zhengwu::{sanction, SanctionAnswer};

fn run(ruleset: &str, rule: &str, facts: &str) -> SanctionAnswer {
    let sep = if facts.is_empty() { "" } else { "," };
    let query = q(&format!(
        r#"{{"ruleset":"{ruleset}","rule":"{rule}"{sep}{facts}}}"#
    ));
    common::checked(&format!("{rule} {facts}"), || sanction(&query))
}

const GX: &str = "guangxi-fault-2007";

fn gx(rule: &str, facts: &str) -> SanctionAnswer {
    run(GX, &format!("guangxi.sanction.{rule}"), facts)
}

fn pairs(x: &[(&str, &str)]) -> Vec<(String, String)> {
    x.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

fn mode(a: &SanctionAnswer) -> Option<String> {
    a.parties
        .first()
        .and_then(|p| p.mode.as_ref().map(|m| m.zh.clone()))
}

fn no_case(a: &SanctionAnswer) -> bool {
    a.parties.is_empty()
        && a.explanation
            .warnings()
            .iter()
            .any(|w| w.zh == "所给事实不属于本条规定的追究情形")
}

fn v(x: &[&str]) -> Vec<String> {
    x.iter().map(|s| (*s).to_owned()).collect()
}

// ════════════════════════════ 广西 第三十条 tiers, read by hand ════════════════════════════
// "对负有直接责任的人员,情节较轻的,予以训诫、责令书面检查;情节较重的,取消评优评先资格、暂扣行政执法证件;
//  情节严重的,通报批评、吊销行政执法证件。
//  对负有主要领导责任的人员,情节较轻的,予以训诫、责令书面检查;情节较重的,取消评优评先资格、通报批评、
//  暂扣行政执法证件;情节严重的,视情形吊销行政执法证件、引咎辞去领导职务或者责令辞去领导职务。
//  对负有重要领导责任的人员,情节较轻的,予以训诫;情节较重的,责令书面检查、取消评优评先资格、暂扣行政执法证件;
//  情节严重的,视情形通报批评、吊销行政执法证件、引咎辞去领导职务或者责令辞去领导职务。"

/// (measures, mode, article) of 第三十条 for a responsibility type and a severity.
fn tier(resp: &str, sev: &str) -> (Vec<String>, &'static str, &'static str) {
    match (resp, sev) {
        ("direct", "minor") => (
            v(&["训诫", "责令书面检查"]),
            "可选其一或并用",
            "第三十条第一款",
        ),
        ("direct", "serious") => (
            v(&["取消评优评先资格", "暂扣行政执法证件"]),
            "可选其一或并用",
            "第三十条第一款",
        ),
        ("direct", "grave") => (
            v(&["通报批评", "吊销行政执法证件"]),
            "可选其一或并用",
            "第三十条第一款",
        ),
        ("principal", "minor") => (
            v(&["训诫", "责令书面检查"]),
            "可选其一或并用",
            "第三十条第二款",
        ),
        ("principal", "serious") => (
            v(&["取消评优评先资格", "通报批评", "暂扣行政执法证件"]),
            "可选其一或并用",
            "第三十条第二款",
        ),
        ("principal", "grave") => (
            v(&["吊销行政执法证件", "引咎辞去领导职务", "责令辞去领导职务"]),
            "视情形选用",
            "第三十条第二款",
        ),
        ("important", "minor") => (v(&["训诫"]), "予以训诫", "第三十条第三款"),
        ("important", "serious") => (
            v(&["责令书面检查", "取消评优评先资格", "暂扣行政执法证件"]),
            "可选其一或并用",
            "第三十条第三款",
        ),
        ("important", "grave") => (
            v(&[
                "通报批评",
                "吊销行政执法证件",
                "引咎辞去领导职务",
                "责令辞去领导职务",
            ]),
            "视情形选用",
            "第三十条第三款",
        ),
        _ => unreachable!(),
    }
}

const SEVERITIES: [&str; 3] = ["minor", "serious", "grave"];
const NONE: &str = r#""aggravating":"none","countInYear":1,"mitigating":"none""#;

// ════════════════════════════ guangxi.sanction.measures ════════════════════════════

#[test]
fn measures_every_responsibility_and_severity() {
    let parties = [
        ("direct", "负有直接责任的人员", "直接责任", "第三十条第一款"),
        (
            "principal",
            "负有主要领导责任的人员",
            "主要领导责任",
            "第三十条第二款",
        ),
        (
            "important",
            "负有重要领导责任的人员",
            "重要领导责任",
            "第三十条第三款",
        ),
    ];
    for (resp, party, label, para) in parties {
        for sev in SEVERITIES {
            let a = gx(
                "measures",
                &format!(r#""responsibility":"{resp}","severity":"{sev}",{NONE}"#),
            );
            let (ms, md, art) = tier(resp, sev);
            assert_eq!(a.rule, "guangxi.sanction.measures");
            assert_eq!(who(&a), pairs(&[(party, label)]), "{resp} {sev}");
            assert_eq!(menu(&a), ms, "{resp} {sev}");
            assert_eq!(mode(&a).as_deref(), Some(md));
            // the tier's citation, then the party's
            assert_eq!(arts(&a), v(&[art, para]), "{resp} {sev}");
            assert!(missing(&a).is_empty());
        }
    }
    let a = gx(
        "measures",
        &format!(r#""responsibility":"direct","severity":"minor",{NONE}"#),
    );
    assert_eq!(
        quotes(&a),
        v(&[
            "对负有直接责任的人员,情节较轻的,予以训诫、责令书面检查",
            "对负有直接责任的人员"
        ])
    );
    assert_eq!(
        a.text,
        "负有直接责任的人员承担直接责任；可采取：训诫、责令书面检查"
    );
}

#[test]
fn measures_reports_what_is_missing() {
    // responsibility alone: the party is known, no tier yet; the four required facts are missing
    let a = gx("measures", r#""responsibility":"principal""#);
    assert_eq!(
        who(&a),
        pairs(&[("负有主要领导责任的人员", "主要领导责任")])
    );
    assert!(menu(&a).is_empty());
    assert_eq!(
        missing(&a),
        v(&["severity", "aggravating", "countInYear", "mitigating"])
    );
    assert_eq!(arts(&a), v(&["第三十条第二款"]));
    // nothing at all: no party, every required input missing, the rule's own citations
    let a = gx("measures", "");
    assert!(a.parties.is_empty());
    assert_eq!(
        missing(&a),
        v(&[
            "responsibility",
            "severity",
            "aggravating",
            "countInYear",
            "mitigating"
        ])
    );
    assert_eq!(arts(&a)[0], "第十九条");
    assert_eq!(
        quotes(&a)[0],
        "行政过错责任分为直接责任、主要领导责任和重要领导责任"
    );
    // a known modifier still applies while the tier is unknown
    let a = gx(
        "measures",
        r#""responsibility":"direct","aggravating":"obstruct","countInYear":1,"mitigating":"none""#,
    );
    assert_eq!(menu(&a), v(&["从重处理", "加重处理"]));
    assert_eq!(missing(&a), v(&["severity"]));
}

// 第三十一条 "有下列情形之一的,应当从重或者加重处理:(一)干扰、阻挠行政过错调查;(二)打击、报复、陷害控告人、
// 检举人、投诉人、调查人;(三)一年内出现两次以上应予追究行政过错责任行为;(四)行政过错行为造成恶劣影响或者
// 严重不良后果;(五)其他应当从重或者加重处理的情形。"
#[test]
fn measures_aggravating_items() {
    for (val, art, quote) in [
        ("obstruct", "第三十一条(一)", "干扰、阻挠行政过错调查"),
        (
            "retaliate",
            "第三十一条(二)",
            "打击、报复、陷害控告人、检举人、投诉人、调查人",
        ),
        (
            "grave-harm",
            "第三十一条(四)",
            "行政过错行为造成恶劣影响或者严重不良后果",
        ),
        ("other", "第三十一条(五)", "其他应当从重或者加重处理的情形"),
    ] {
        let a = gx(
            "measures",
            &format!(
                r#""responsibility":"important","severity":"serious","aggravating":"{val}","countInYear":1,"mitigating":"none""#
            ),
        );
        let mut ms = tier("important", "serious").0;
        ms.extend(v(&["从重处理", "加重处理"]));
        assert_eq!(menu(&a), ms, "{val}");
        assert_eq!(mode(&a).as_deref(), Some("应当从重或者加重处理"));
        // The answer keeps both: the tier's menu and the aggravation.
        let modes: Vec<&str> = a.modes.iter().map(|m| m.zh.as_str()).collect();
        assert_eq!(modes, ["可选其一或并用", "应当从重或者加重处理"]);
        assert_eq!(arts(&a), v(&["第三十条第三款", art, "第三十条第三款"]));
        assert_eq!(quotes(&a)[1], quote);
    }
}

// 第三十一条(三) "一年内出现两次以上": 以上 includes 2; the count includes the present act.
#[test]
fn measures_repeat_counter_boundaries() {
    let with = |n: u32| {
        gx(
            "measures",
            &format!(
                r#""responsibility":"direct","severity":"minor","aggravating":"none","countInYear":{n},"mitigating":"none""#
            ),
        )
    };
    let base = tier("direct", "minor").0;
    // 1 (under): only the tier
    let a = with(1);
    assert_eq!(menu(&a), base);
    assert_eq!(arts(&a), v(&["第三十条第一款", "第三十条第一款"]));
    // 2 (at): aggravated
    let a = with(2);
    let mut agg = base.clone();
    agg.extend(v(&["从重处理", "加重处理"]));
    assert_eq!(menu(&a), agg);
    assert_eq!(
        arts(&a),
        v(&["第三十条第一款", "第三十一条(三)", "第三十条第一款"])
    );
    assert_eq!(quotes(&a)[1], "一年内出现两次以上应予追究行政过错责任行为");
    assert_eq!(mode(&a).as_deref(), Some("应当从重或者加重处理"));
    // 3 (over): aggravated
    assert_eq!(menu(&with(3)), agg);
    // another item of 第三十一条 as well: both circumstances hold and are cited, the same
    // consequence is listed once
    let a = gx(
        "measures",
        r#""responsibility":"direct","severity":"minor","aggravating":"obstruct","countInYear":3,"mitigating":"none""#,
    );
    assert_eq!(menu(&a), agg);
    assert_eq!(
        arts(&a),
        v(&[
            "第三十条第一款",
            "第三十一条(一)",
            "第三十一条(三)",
            "第三十条第一款"
        ])
    );
    // 0 is not a count of faults including this one
    assert!(sanction(&q(&format!(
        r#"{{"ruleset":"{GX}","rule":"guangxi.sanction.measures","responsibility":"direct","severity":"minor","aggravating":"none","countInYear":0,"mitigating":"none"}}"#
    )))
    .is_err());
}

// 第三十二条 "有下列情形之一的,可以从轻、减轻或者免予处理:(一)过错行为情节显著轻微,未造成不良影响或者不良后果;
// (二)有效阻止行政过错后果发生;(三)主动纠正或者挽回损失;(四)主动退还违规、违纪、违法所得;
// (五)积极配合调查有立功表现;(六)其他应当从轻、减轻或者免予处理的情形。"
#[test]
fn measures_mitigating_items() {
    for (val, art) in [
        ("trivial", "第三十二条(一)"),
        ("prevented", "第三十二条(二)"),
        ("corrected", "第三十二条(三)"),
        ("returned", "第三十二条(四)"),
        ("cooperated", "第三十二条(五)"),
        ("other", "第三十二条(六)"),
    ] {
        let a = gx(
            "measures",
            &format!(
                r#""responsibility":"principal","severity":"grave","aggravating":"none","countInYear":1,"mitigating":"{val}""#
            ),
        );
        let mut ms = tier("principal", "grave").0;
        ms.extend(v(&["从轻处理", "减轻处理", "免予处理"]));
        assert_eq!(menu(&a), ms, "{val}");
        assert_eq!(mode(&a).as_deref(), Some("可以从轻、减轻或者免予处理"));
        assert_eq!(arts(&a), v(&["第三十条第二款", art, "第三十条第二款"]));
    }
    let a = gx(
        "measures",
        r#""responsibility":"principal","severity":"grave","aggravating":"none","countInYear":1,"mitigating":"trivial""#,
    );
    assert_eq!(
        quotes(&a)[1],
        "过错行为情节显著轻微,未造成不良影响或者不良后果"
    );
}

// B25: both kinds together — both listed, no precedence (the mode is the last rule's). The second
// fault within the year (第三十一条(三) "一年内出现两次以上") holds beside the retaliation of (二):
// each circumstance is cited, the shared measures listed once.
#[test]
fn measures_aggravating_and_mitigating_together() {
    let a = gx(
        "measures",
        r#""responsibility":"direct","severity":"serious","aggravating":"retaliate","countInYear":2,"mitigating":"corrected""#,
    );
    assert_eq!(
        menu(&a),
        v(&[
            "取消评优评先资格",
            "暂扣行政执法证件",
            "从重处理",
            "加重处理",
            "从轻处理",
            "减轻处理",
            "免予处理"
        ])
    );
    assert_eq!(
        arts(&a),
        v(&[
            "第三十条第一款",
            "第三十一条(二)",
            "第三十一条(三)",
            "第三十二条(三)",
            "第三十条第一款"
        ])
    );
}

// 第三十一条 lists five circumstances; an act can meet several ("干扰、阻挠行政过错调查" and
// "行政过错行为造成恶劣影响或者严重不良后果" together). Each applies and is cited; 从重处理 and
// 加重处理 are listed once.
#[test]
fn several_aggravating_circumstances_at_once() {
    let a = gx(
        "measures",
        r#""responsibility":"direct","severity":"serious","aggravating":["obstruct","grave-harm"],"countInYear":1,"mitigating":"none""#,
    );
    assert_eq!(
        arts(&a),
        v(&[
            "第三十条第一款",
            "第三十一条(一)",
            "第三十一条(四)",
            "第三十条第一款"
        ])
    );
    let m = menu(&a);
    assert_eq!(m.iter().filter(|x| *x == "从重处理").count(), 1);
    assert!(m.contains(&"加重处理".to_owned()));
    // One circumstance may still be given alone, as a string or a one-item array; none as [].
    for one in [r#""obstruct""#, r#"["obstruct"]"#] {
        let a = gx(
            "measures",
            &format!(
                r#""responsibility":"direct","severity":"serious","aggravating":{one},"countInYear":1,"mitigating":"none""#
            ),
        );
        assert!(arts(&a).contains(&"第三十一条(一)".to_owned()));
        assert!(!arts(&a).contains(&"第三十一条(四)".to_owned()));
    }
    let a = gx(
        "measures",
        r#""responsibility":"direct","severity":"serious","aggravating":[],"countInYear":1,"mitigating":"none""#,
    );
    assert!(!arts(&a).iter().any(|x| x.starts_with("第三十一条")));
}

#[test]
fn an_unknown_circumstance_names_its_place_in_the_list() {
    let q = common::q(
        r#"{"ruleset":"guangxi-fault-2007","rule":"guangxi.sanction.measures","responsibility":"direct","severity":"serious","aggravating":["obstruct","bribery"],"countInYear":1,"mitigating":"none"}"#,
    );
    let e = zhengwu::sanction(&q).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("aggravating.1"));
}

// 第三十条第四款 "行政过错行为应当给予辞退或者行政处分的,按照《中华人民共和国行政监察法》、《中华人民共和国公务员法》
// 等法律、法规的规定执行"; 第二十七条第二款 "涉嫌犯罪的,移交司法机关依法处理"
#[test]
fn measures_dismissal_and_crime() {
    let base = format!(r#""responsibility":"principal","severity":"grave",{NONE}"#);
    let a = gx("measures", &format!(r#"{base},"dismissal":true"#));
    let mut ms = tier("principal", "grave").0;
    ms.extend(v(&["辞退", "行政处分"]));
    assert_eq!(menu(&a), ms);
    assert_eq!(
        mode(&a).as_deref(),
        Some("按照《行政监察法》《公务员法》等法律、法规的规定执行")
    );
    assert_eq!(
        arts(&a),
        v(&["第三十条第二款", "第三十条第四款", "第三十条第二款"])
    );
    let a = gx("measures", &format!(r#"{base},"dismissal":false"#));
    assert_eq!(menu(&a), tier("principal", "grave").0);
    let a = gx("measures", &format!(r#"{base},"suspectedCrime":true"#));
    let mut ms = tier("principal", "grave").0;
    ms.push("移交司法机关依法处理".into());
    assert_eq!(menu(&a), ms);
    assert_eq!(
        arts(&a),
        v(&["第三十条第二款", "第二十七条", "第三十条第二款"])
    );
    assert_eq!(quotes(&a)[1], "涉嫌犯罪的,移交司法机关依法处理");
    let a = gx("measures", &format!(r#"{base},"suspectedCrime":false"#));
    assert_eq!(menu(&a), tier("principal", "grave").0);
    // both optional facts absent: not reported missing
    assert!(missing(&gx("measures", &base)).is_empty());
}

// ════════════════════════════ 第二十条 handler ════════════════════════════
// "承办人有下列行为之一的,承担直接责任:(一)未经审核人、批准人批准,擅自作出行政行为;(二)弄虚作假、徇私舞弊,
// 致使审核人、批准人不能正确审核、批准,导致行政过错发生;(三)不依照审核、批准的内容实施行政行为,导致行政过错
// 发生;(四)其他应当由承办人承担直接责任的行为。"

#[test]
fn handler_every_conduct_and_severity() {
    for (val, art) in [
        ("unapproved", "第二十条(一)"),
        ("deception", "第二十条(二)"),
        ("deviated", "第二十条(三)"),
        ("other", "第二十条(四)"),
    ] {
        for sev in SEVERITIES {
            let a = gx(
                "handler",
                &format!(r#""conduct":"{val}","severity":"{sev}""#),
            );
            let (ms, md, tart) = tier("direct", sev);
            assert_eq!(who(&a), pairs(&[("承办人", "直接责任")]));
            assert_eq!(menu(&a), ms);
            assert_eq!(mode(&a).as_deref(), Some(md));
            assert_eq!(arts(&a), v(&[tart, art]));
            assert!(missing(&a).is_empty());
        }
    }
    let a = gx("handler", r#""conduct":"deception""#);
    assert_eq!(who(&a), pairs(&[("承办人", "直接责任")]));
    assert!(menu(&a).is_empty());
    assert_eq!(missing(&a), v(&["severity"]));
    assert_eq!(
        quotes(&a),
        v(&["弄虚作假、徇私舞弊,致使审核人、批准人不能正确审核、批准,导致行政过错发生"])
    );
}

// ════════════════════════════ 第二十二条 reviewer ════════════════════════════
// "审核人改变承办人的正确意见,经批准人批准导致行政过错发生的,审核人负直接责任,批准人负主要领导责任。应当报请
// 批准人批准,审核人不报请而直接作出决定,导致行政过错发生的,审核人负直接责任。"

#[test]
fn reviewer_cases() {
    for sev in SEVERITIES {
        // overrode: reviewer direct, approver principal leadership
        let a = gx(
            "reviewer",
            &format!(r#""case":"overrode","position":"reviewer","severity":"{sev}""#),
        );
        assert_eq!(who(&a), pairs(&[("审核人", "直接责任")]));
        assert_eq!(menu(&a), tier("direct", sev).0);
        assert_eq!(arts(&a), v(&[tier("direct", sev).2, "第二十二条"]));
        assert_eq!(
            quotes(&a)[1],
            "审核人改变承办人的正确意见,经批准人批准导致行政过错发生的,审核人负直接责任"
        );
        let a = gx(
            "reviewer",
            &format!(r#""case":"overrode","position":"approver","severity":"{sev}""#),
        );
        assert_eq!(who(&a), pairs(&[("批准人", "主要领导责任")]));
        assert_eq!(menu(&a), tier("principal", sev).0);
        assert_eq!(mode(&a).as_deref(), Some(tier("principal", sev).1));
        assert_eq!(arts(&a), v(&[tier("principal", sev).2, "第二十二条"]));
        assert_eq!(quotes(&a)[1], "批准人负主要领导责任");
        // not referred: reviewer direct
        let a = gx(
            "reviewer",
            &format!(r#""case":"not-referred","position":"reviewer","severity":"{sev}""#),
        );
        assert_eq!(who(&a), pairs(&[("审核人", "直接责任")]));
        assert_eq!(menu(&a), tier("direct", sev).0);
        assert_eq!(
            quotes(&a)[1],
            "审核人不报请而直接作出决定,导致行政过错发生的,审核人负直接责任"
        );
        // not referred: the article names no responsibility for the approver
        let a = gx(
            "reviewer",
            &format!(r#""case":"not-referred","position":"approver","severity":"{sev}""#),
        );
        assert!(no_case(&a));
        assert_eq!(arts(&a), v(&["第二十二条"]));
    }
    let a = gx("reviewer", r#""case":"overrode""#);
    assert!(a.parties.is_empty());
    assert_eq!(missing(&a), v(&["position", "severity"]));
}

// ════════════════════════════ 第二十三条 approver ════════════════════════════
// "批准人改变承办人、审核人的正确意见,或者未经承办人拟办和审核人审核直接作出决定,导致行政过错发生的,
// 批准人负直接责任。"

#[test]
fn approver_cases() {
    for (case, quote) in [
        ("overrode", "批准人改变承办人、审核人的正确意见"),
        (
            "bypassed",
            "未经承办人拟办和审核人审核直接作出决定,导致行政过错发生的,批准人负直接责任",
        ),
    ] {
        for sev in SEVERITIES {
            let a = gx(
                "approver",
                &format!(r#""case":"{case}","severity":"{sev}""#),
            );
            assert_eq!(who(&a), pairs(&[("批准人", "直接责任")]));
            assert_eq!(menu(&a), tier("direct", sev).0);
            assert_eq!(arts(&a), v(&[tier("direct", sev).2, "第二十三条"]));
            assert_eq!(quotes(&a)[1], quote);
        }
    }
    assert_eq!(missing(&gx("approver", "")), v(&["case", "severity"]));
}

// ════════════════════════════ 第二十四条 collective decisions ════════════════════════════
// "违反行政决策程序,未经集体讨论擅自作出决定,导致行政过错发生的,决策人承担直接责任;经集体讨论决定,导致
// 行政过错发生的,主要决策人承担主要领导责任,赞同该错误决策和不发表意见的其他决策人承担重要领导责任。"

#[test]
fn collective_positions() {
    for (pos, party, resp, kind) in [
        ("sole-decider", "决策人", "直接责任", "direct"),
        ("principal", "主要决策人", "主要领导责任", "principal"),
        ("agreed", "其他决策人", "重要领导责任", "important"),
        ("silent", "其他决策人", "重要领导责任", "important"),
    ] {
        for sev in SEVERITIES {
            let a = gx(
                "collective",
                &format!(r#""position":"{pos}","severity":"{sev}""#),
            );
            let (ms, md, art) = tier(kind, sev);
            assert_eq!(who(&a), pairs(&[(party, resp)]), "{pos}");
            assert_eq!(menu(&a), ms, "{pos} {sev}");
            assert_eq!(mode(&a).as_deref(), Some(md));
            assert_eq!(arts(&a), v(&[art, "第二十四条"]));
        }
    }
    let a = gx("collective", r#""position":"silent","severity":"minor""#);
    assert_eq!(
        quotes(&a)[1],
        "赞同该错误决策和不发表意见的其他决策人承担重要领导责任"
    );
    // B23: a dissenting member is not named by the article
    for sev in SEVERITIES {
        let a = gx(
            "collective",
            &format!(r#""position":"dissented","severity":"{sev}""#),
        );
        assert!(no_case(&a));
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&["第二十四条"]));
    }
}

// ════════════════════════════ 第七条 head ════════════════════════════
// "行政机关或者行政机关首长有下列情形之一的,行政机关首长承担行政过错责任:(一)…(十三)"

#[test]
fn head_every_item() {
    let items = [
        ("refused-superior", "第七条(一)"),
        ("low-efficiency", "第七条(二)"),
        ("wrong-decision", "第七条(三)"),
        ("mass-incident", "第七条(四)"),
        ("normative-document", "第七条(五)"),
        ("congress-order", "第七条(六)"),
        ("judgment", "第七条(七)"),
        ("emergency", "第七条(八)"),
        ("mass-event", "第七条(九)"),
        ("image", "第七条(十)"),
        ("systems", "第七条(十一)"),
        ("personnel", "第七条(十二)"),
        ("other", "第七条(十三)"),
    ];
    for (val, art) in items {
        let a = gx("head", &format!(r#""fault":"{val}""#));
        assert_eq!(who(&a), pairs(&[("行政机关首长", "行政过错责任")]));
        assert!(
            menu(&a).is_empty(),
            "the article names no type, so no 第三十条 tier"
        );
        assert_eq!(arts(&a), v(&[art]));
        assert!(missing(&a).is_empty());
    }
    let a = gx("head", r#""fault":"emergency""#);
    assert_eq!(
        quotes(&a),
        v(&["发生自然灾害、事故灾难、公共卫生事件、社会安全事件,瞒报、谎报、缓报、漏报或者防范、救援、救治不力"])
    );
    assert_eq!(missing(&gx("head", "")), v(&["fault"]));
}

// ════════════════════════════ 第四条, 第二十六条 ════════════════════════════
// 第四条 "行政机关不依法履行或者不适当履行职责,行政机关首长、分管负责人承担行政过错责任。"
// 第二十六条 "行政机关不作为导致行政过错发生的,直接负责的主管人员和其他直接责任人员承担行政过错责任。"

#[test]
fn organ_persons() {
    let a = gx("organ-persons", r#""failure":"improper""#);
    assert_eq!(
        who(&a),
        pairs(&[
            ("行政机关首长", "行政过错责任"),
            ("分管负责人", "行政过错责任")
        ])
    );
    assert_eq!(arts(&a), v(&["第四条"]));
    let a = gx("organ-persons", r#""failure":"inaction""#);
    assert_eq!(
        who(&a),
        pairs(&[
            ("行政机关首长", "行政过错责任"),
            ("分管负责人", "行政过错责任"),
            ("直接负责的主管人员", "行政过错责任"),
            ("其他直接责任人员", "行政过错责任")
        ])
    );
    assert_eq!(arts(&a), v(&["第四条", "第二十六条"]));
    assert!(menu(&a).is_empty());
    assert_eq!(missing(&gx("organ-persons", "")), v(&["failure"]));
}

// ════════════════════════════ 第二十五条, 第二十八条, 第二十九条 ════════════════════════════
// 第二十五条 "上级行政机关改变下级行政机关的决定,导致行政过错发生的,上级行政机关承担行政过错责任。"
// 第二十八条 "行政机关发生行政过错的,视情形责令书面检查、通报批评、取消评优评先资格。"
// 第二十九条 "…应当视情形予以赔礼道歉、消除影响、恢复名誉、退还非法收取的财物、依法给予国家赔偿。"

#[test]
fn organ_measures_and_remedies() {
    let own = ["责令书面检查", "通报批评", "取消评优评先资格"];
    let remedies = [
        "赔礼道歉",
        "消除影响",
        "恢复名誉",
        "退还非法收取的财物",
        "依法给予国家赔偿",
    ];
    for (case, party, part_art) in [
        ("own", "行政机关", "第二十八条"),
        ("superior", "上级行政机关", "第二十五条"),
    ] {
        let a = gx("organ", &format!(r#""case":"{case}","harmedRights":false"#));
        assert_eq!(who(&a), pairs(&[(party, "行政过错责任")]));
        assert_eq!(menu(&a), v(&own));
        assert_eq!(mode(&a).as_deref(), Some("视情形选用"));
        assert_eq!(arts(&a), v(&["第二十八条", part_art]));
        let a = gx("organ", &format!(r#""case":"{case}","harmedRights":true"#));
        let mut ms = v(&own);
        ms.extend(v(&remedies));
        assert_eq!(menu(&a), ms);
        assert_eq!(
            mode(&a).as_deref(),
            Some("在承担行政过错责任的同时，应当视情形予以")
        );
        assert_eq!(arts(&a), v(&["第二十八条", "第二十九条", part_art]));
        assert!(missing(&a).is_empty());
    }
    let a = gx("organ", r#""case":"superior""#);
    assert_eq!(menu(&a), v(&own));
    assert_eq!(missing(&a), v(&["harmedRights"]));
    assert_eq!(
        quotes(&a)[1],
        "上级行政机关改变下级行政机关的决定,导致行政过错发生的,上级行政机关承担行政过错责任"
    );
}

// ════════════════════════════ 第八条至第十八条 catalogues ════════════════════════════

/// Every item of a catalogue rule: the listed parties, no measures unless given, the item's article.
fn catalogue(rule: &str, parties: &[(&str, &str)], items: &[(&str, &str)]) {
    for (val, art) in items {
        let a = gx(rule, &format!(r#""fault":"{val}""#));
        assert_eq!(who(&a), pairs(parties), "{rule} {val}");
        assert_eq!(arts(&a)[0], *art, "{rule} {val}");
        assert!(missing(&a).is_empty());
    }
    assert_eq!(missing(&gx(rule, "")), v(&["fault"]));
}

// 第八条 "实施行政行为,有下列情形之一的,应当追究行政过错责任人的责任"
#[test]
fn procedure_items() {
    let items = [
        ("no-recusal", "第八条(一)"),
        ("no-hearing", "第八条(二)"),
        ("no-notice", "第八条(三)"),
        ("no-credentials", "第八条(四)"),
        ("other", "第八条(五)"),
    ];
    catalogue("procedure", &[("行政过错责任人", "行政过错责任")], &items);
    let a = gx("procedure", r#""fault":"no-recusal""#);
    assert_eq!(quotes(&a), v(&["依法应当回避不回避"]));
    assert!(menu(&a).is_empty());
}

// 第九条 "…有下列情形之一的,应当责令纠正并追究行政过错责任" (13 items)
#[test]
fn licensing_items_and_correction() {
    let items = [
        ("acceptance", "第九条(一)"),
        ("improper-benefit", "第九条(二)"),
        ("receipt", "第九条(三)"),
        ("procedure", "第九条(四)"),
        ("overdue", "第九条(五)"),
        ("fees", "第九条(六)"),
        ("misappropriation", "第九条(七)"),
        ("tender", "第九条(八)"),
        ("delegation", "第九条(九)"),
        ("agents", "第九条(十)"),
        ("transfer", "第九条(十一)"),
        ("revocation", "第九条(十二)"),
        ("other", "第九条(十三)"),
    ];
    for (val, art) in items {
        let a = gx("licensing", &format!(r#""fault":"{val}""#));
        assert_eq!(who(&a), pairs(&[("行政机关及其工作人员", "行政过错责任")]));
        assert_eq!(menu(&a), v(&["责令纠正"]));
        assert_eq!(mode(&a).as_deref(), Some("应当责令纠正并追究行政过错责任"));
        // the measure's citation first, then the item's
        assert_eq!(arts(&a), v(&["第九条", art]));
    }
    let a = gx("licensing", r#""fault":"overdue""#);
    assert_eq!(
        quotes(&a),
        v(&[
            "应当责令纠正并追究行政过错责任",
            "未在法定期限内办结行政审批事项"
        ])
    );
    assert_eq!(missing(&gx("licensing", "")), v(&["fault"]));
}

// 第十条 "行政机关及其工作人员在行政征收管理过程中,有下列情形之一的,应当追究行政过错责任"
#[test]
fn levy_items() {
    catalogue(
        "levy",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("no-basis", "第十条(一)"),
            ("items", "第十条(二)"),
            ("scope-time", "第十条(三)"),
            ("misappropriation", "第十条(四)"),
            ("receipts", "第十条(五)"),
            ("other", "第十条(六)"),
        ],
    );
}

// 第十一条 "行政机关及其工作人员在实施行政监督检查过程中,…应当追究行政过错责任"
#[test]
fn inspection_items() {
    catalogue(
        "inspection",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("no-basis", "第十一条(一)"),
            ("no-reason", "第十一条(二)"),
            ("shirking", "第十一条(三)"),
            ("not-stopping", "第十一条(四)"),
            ("infringing", "第十一条(五)"),
            ("other", "第十一条(六)"),
        ],
    );
}

// 第十二条 "行政机关在实施行政处罚过程中,…应当追究行政过错责任" + 第二款 "行政机关工作人员违反前款规定,
// 应当承担行政过错责任"
#[test]
fn penalty_items_name_organ_and_staff() {
    let items = [
        ("no-competence", "第十二条(一)"),
        ("no-basis", "第十二条(二)"),
        ("changed", "第十二条(三)"),
        ("procedure", "第十二条(四)"),
        ("confiscated", "第十二条(五)"),
        ("crime", "第十二条(六)"),
        ("wrong-penalty", "第十二条(七)"),
        ("other", "第十二条(八)"),
    ];
    let parties = [
        ("行政机关", "行政过错责任"),
        ("行政机关工作人员", "行政过错责任"),
    ];
    catalogue("penalty", &parties, &items);
    let a = gx("penalty", r#""fault":"crime""#);
    assert_eq!(arts(&a), v(&["第十二条(六)", "第十二条第二款"]));
    assert_eq!(
        quotes(&a),
        v(&[
            "涉嫌犯罪,不移交司法机关",
            "行政机关工作人员违反前款规定,应当承担行政过错责任"
        ])
    );
}

// 第十三条 "行政机关及其工作人员实施行政强制,…应当追究行政过错责任"
#[test]
fn coercion_items() {
    catalogue(
        "coercion",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("no-basis", "第十三条(一)"),
            ("procedure", "第十三条(二)"),
            ("misappropriation", "第十三条(三)"),
            ("custody", "第十三条(四)"),
            ("infringing", "第十三条(五)"),
            ("other", "第十三条(六)"),
        ],
    );
}

// 第十四条 "行政机关及其工作人员在履行行政复议职责时,…应当追究行政过错责任"
#[test]
fn admin_review_items() {
    catalogue(
        "admin-review",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("not-accepted", "第十四条(一)"),
            ("not-transferred", "第十四条(二)"),
            ("late-answer", "第十四条(三)"),
            ("obstruction", "第十四条(四)"),
            ("unlawful-decision", "第十四条(五)"),
            ("other", "第十四条(六)"),
        ],
    );
}

// 第十五条 "行政机关制定规范性文件,有下列情形之一的,应当追究行政过错责任"
#[test]
fn normative_items() {
    catalogue(
        "normative",
        &[("行政机关", "行政过错责任")],
        &[
            ("unlawful-creation", "第十五条(一)"),
            ("ultra-vires", "第十五条(二)"),
            ("not-filed", "第十五条(三)"),
            ("other", "第十五条(四)"),
        ],
    );
}

// 第十六条 "行政机关及其工作人员处理信访事项,…应当追究行政过错责任"
#[test]
fn petition_items() {
    catalogue(
        "petition",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("hiding", "第十六条(一)"),
            ("leaking", "第十六条(二)"),
            ("harassing", "第十六条(三)"),
            ("emergency", "第十六条(四)"),
            ("other", "第十六条(五)"),
        ],
    );
}

// 第十七条 "行政机关及其工作人员处理内部行政事务,…应当追究行政过错责任"
#[test]
fn internal_items() {
    catalogue(
        "internal",
        &[("行政机关及其工作人员", "行政过错责任")],
        &[
            ("documents", "第十七条(一)"),
            ("shirking", "第十七条(二)"),
            ("no-consultation", "第十七条(三)"),
            ("secrecy", "第十七条(四)"),
            ("unchecked", "第十七条(五)"),
            ("seals", "第十七条(六)"),
            ("other", "第十七条(七)"),
        ],
    );
    let a = gx("internal", r#""fault":"seals""#);
    assert_eq!(quotes(&a), v(&["违反规定使用行政印章"]));
}

// 第十八条 "行政机关有下列不作为情形之一的,应当追究行政过错责任人的责任"
#[test]
fn inaction_items() {
    catalogue(
        "inaction",
        &[("行政过错责任人", "行政过错责任")],
        &[
            ("protection", "第十八条(一)"),
            ("benefits", "第十八条(二)"),
            ("disputes", "第十八条(三)"),
            ("other", "第十八条(四)"),
        ],
    );
    let a = gx("inaction", r#""fault":"benefits""#);
    assert_eq!(
        quotes(&a),
        v(&["拒绝发放应当发放的抚恤金、社会保险金或者最低生活保障费"])
    );
}

#[test]
fn guangxi_rows_are_reachable_by_ref() {
    // rows held only by these rules answer by `ref`
    for (r, rule) in [
        ("SN-000-031-02", "guangxi.sanction.measures"),
        ("SN-000-020-03", "guangxi.sanction.handler"),
        ("SN-000-024-03", "guangxi.sanction.collective"),
        ("SN-000-007-11", "guangxi.sanction.head"),
        ("SN-000-026-01", "guangxi.sanction.organ-persons"),
        ("SN-000-029-01", "guangxi.sanction.organ"),
        ("SN-000-018-01", "guangxi.sanction.inaction"),
    ] {
        let a = sanction(&q(&format!(r#"{{"ruleset":"{GX}","ref":"{r}"}}"#))).unwrap();
        assert_eq!(a.rule, rule);
    }
    // 第三十条 rows stay with the finished 第二十一条 rule
    let a = sanction(&q(&format!(
        r#"{{"ruleset":"{GX}","ref":"SN-000-030-01"}}"#
    )))
    .unwrap();
    assert_eq!(a.rule, "guangxi.fault.review-chain");
}

// ════════════════════════════ 凉山 ════════════════════════════
// 考核、值班和请销假制度 一、 "科室出现违纪和渎职行为,追究分管领导责任。"

#[test]
fn liangshan_section_misconduct() {
    for val in ["discipline", "dereliction"] {
        let a = run(
            "liangshan-office-2003",
            "liangshan.sanction.section-misconduct",
            &format!(r#""misconduct":"{val}""#),
        );
        assert_eq!(who(&a), pairs(&[("分管领导", "责任（未规定种类）")]));
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&["考核、值班和请销假制度 一、"]));
        assert_eq!(quotes(&a), v(&["科室出现违纪和渎职行为,追究分管领导责任"]));
    }
    let a = run(
        "liangshan-office-2003",
        "liangshan.sanction.section-misconduct",
        "",
    );
    assert_eq!(missing(&a), v(&["misconduct"]));
}

// ════════════════════════════ 杂多 ════════════════════════════
// 第十五条(一) "办公室主任主持县政府办公室的全面工作,对办公室工作负有直接责任"
// 第十五条(二) "办公室副主任协助主任工作,对县政府领导及办公室内设科室的分管工作直接负责"

#[test]
fn zaduo_office_leaders() {
    let z = |f: &str| run("zaduo-office-2017", "zaduo.sanction.office-leaders", f);
    let a = z(r#""work":"office""#);
    assert_eq!(who(&a), pairs(&[("办公室主任", "直接责任")]));
    assert_eq!(arts(&a), v(&["第十五条(一)"]));
    let a = z(r#""work":"deputy-area""#);
    assert_eq!(
        who(&a),
        pairs(&[("办公室主任", "直接责任"), ("办公室副主任", "直接责任")])
    );
    assert_eq!(arts(&a), v(&["第十五条(一)", "第十五条(二)"]));
    assert!(menu(&a).is_empty());
    assert_eq!(missing(&z("")), v(&["work"]));
}

// 第四十二条 "值班人员要遵守纪律,坚守岗位,按时交接班,不得漏岗,否则将追究责任。"
#[test]
fn zaduo_duty_staff() {
    for val in ["discipline", "left-post", "late-handover", "missed-shift"] {
        let a = run(
            "zaduo-office-2017",
            "zaduo.sanction.duty-staff",
            &format!(r#""breach":"{val}""#),
        );
        assert_eq!(who(&a), pairs(&[("值班人员", "责任（未规定种类）")]));
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&["第四十二条"]));
    }
    let a = run("zaduo-office-2017", "zaduo.sanction.duty-staff", "");
    assert_eq!(missing(&a), v(&["breach"]));
}

// ════════════════════════════ 东区 ════════════════════════════
const DQ: &str = "panzhihua-dongqu-2012";

// 第二十三条 "区长是区政府依法行政的第一责任人;副区长按照分工对分管部门的依法行政工作负主要责任;…区政府各部门的
// 主要负责人是本部门依法行政的第一责任人。" 第一百一十二条 "各街道(镇)和区级各部门主要行政负责人是本部门(单位)
// 政务督查工作的第一责任人,对本部门(单位)政务督查工作负总责。"
#[test]
fn dongqu_first_responsible() {
    let d = |f: &str| run(DQ, "dongqu.sanction.first-responsible", f);
    let a = d(r#""matter":"law-district""#);
    assert_eq!(who(&a), pairs(&[("区长", "第一责任人责任")]));
    assert_eq!(quotes(&a), v(&["区长是区政府依法行政的第一责任人"]));
    let a = d(r#""matter":"law-department""#);
    assert_eq!(
        who(&a),
        pairs(&[
            ("部门主要负责人", "第一责任人责任"),
            ("分管副区长", "主要责任")
        ])
    );
    assert_eq!(arts(&a), v(&["第二十三条", "第二十三条"]));
    let a = d(r#""matter":"supervision""#);
    assert_eq!(
        who(&a),
        pairs(&[("主要行政负责人", "第一责任人责任（负总责）")])
    );
    assert_eq!(arts(&a), v(&["第一百一十二条"]));
    assert!(menu(&a).is_empty());
    assert_eq!(missing(&d("")), v(&["matter"]));
}

// 第一百一十三条 "对交办事项没有按规定时限、质量完成任务的,在《督查通报》上予以全区通报批评。对重要事项和久拖未决的
// 问题,区政府办可与目标办、效能办联合督查,并根据相关规定,由效能办进行问责处理。"
// 第一百一十四条 "对交办事项互相推诿、严重失职或拒绝办理、玩忽职守造成严重后果或重大损失的,按有关程序追究相关单位和
// 责任人的责任。"
#[test]
fn dongqu_assigned_tasks() {
    let d = |f: &str| run(DQ, "dongqu.sanction.assigned-tasks", f);
    let a = d(r#""failure":"late-or-poor""#);
    assert_eq!(who(&a), pairs(&[("责任单位", "责任（未规定种类）")]));
    assert_eq!(menu(&a), v(&["在《督查通报》上全区通报批评"]));
    assert_eq!(mode(&a).as_deref(), Some("予以全区通报批评"));
    assert_eq!(arts(&a), v(&["第一百一十三条", "第一百一十三条"]));
    assert_eq!(
        quotes(&a),
        v(&[
            "在《督查通报》上予以全区通报批评",
            "对交办事项没有按规定时限、质量完成任务的"
        ])
    );
    let a = d(r#""failure":"important-or-protracted""#);
    assert_eq!(who(&a), pairs(&[("责任单位", "责任（未规定种类）")]));
    assert_eq!(menu(&a), v(&["联合督查", "问责处理"]));
    let a = d(r#""failure":"grave""#);
    assert_eq!(
        who(&a),
        pairs(&[
            ("相关单位", "责任（按有关程序追究）"),
            ("责任人", "责任（按有关程序追究）")
        ])
    );
    assert!(menu(&a).is_empty());
    assert_eq!(arts(&a), v(&["第一百一十四条"]));
    assert_eq!(missing(&d("")), v(&["failure"]));
}

// 第三十五条 "…对因推诿、拖延等官僚作风及失职、渎职造成影响和损失的,应追究责任;对滥用职权、以权谋私等违规、违纪、
// 违法行为,应严肃查处。"
#[test]
fn dongqu_strict_governance() {
    let d = |f: &str| run(DQ, "dongqu.sanction.strict-governance", f);
    for val in ["bureaucratism", "dereliction"] {
        let a = d(&format!(r#""conduct":"{val}""#));
        assert_eq!(
            who(&a),
            pairs(&[("区政府及各部门的相关人员", "责任（未规定种类）")])
        );
        assert_eq!(menu(&a), v(&["追究责任"]));
        assert_eq!(mode(&a).as_deref(), Some("应追究责任"));
        assert_eq!(arts(&a), v(&["第三十五条", "第三十五条"]));
    }
    let a = d(r#""conduct":"abuse""#);
    assert_eq!(menu(&a), v(&["严肃查处"]));
    assert_eq!(
        quotes(&a)[0],
        "对滥用职权、以权谋私等违规、违纪、违法行为,应严肃查处"
    );
    assert_eq!(missing(&d("")), v(&["conduct"]));
}

// 第一百四十一条 "区政府组成人员…坚决拒收礼金;不得用公款相互送礼和宴请,不得接受下级和基层的送礼和宴请;对因推诿、
// 拖延等官僚作风造成影响和损失的,要依法依纪追究责任;对越权办事、以权谋私等违规、违纪、违法行为,要依法依纪严肃查处。"
#[test]
fn dongqu_integrity() {
    let d = |f: &str| run(DQ, "dongqu.sanction.integrity", f);
    let a = d(r#""conduct":"cash-gift""#);
    assert_eq!(
        who(&a),
        pairs(&[("区政府组成人员", "违反禁止性规定（未规定追究方式）")])
    );
    assert!(menu(&a).is_empty());
    assert_eq!(quotes(&a), v(&["坚决拒收礼金"]));
    for val in ["public-money-gifts", "subordinate-gifts"] {
        let a = d(&format!(r#""conduct":"{val}""#));
        assert_eq!(
            who(&a),
            pairs(&[("区政府组成人员", "违反禁止性规定（未规定追究方式）")])
        );
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&["第一百四十一条"]));
    }
    let a = d(r#""conduct":"bureaucratism""#);
    assert_eq!(who(&a), pairs(&[("区政府组成人员", "责任（未规定种类）")]));
    assert_eq!(menu(&a), v(&["依法依纪追究责任"]));
    let a = d(r#""conduct":"abuse""#);
    assert_eq!(menu(&a), v(&["依法依纪严肃查处"]));
    assert_eq!(mode(&a).as_deref(), Some("要依法依纪严肃查处"));
    assert_eq!(arts(&a), v(&["第一百四十一条", "第一百四十一条"]));
    assert_eq!(missing(&d("")), v(&["conduct"]));
}

// ════════════════════════════ 木里 ════════════════════════════
const ML: &str = "muli-county-2017";

// 第三十条 "…对出现迟报、谎报、瞒报、漏报、误报,或越级上报造成不良后果的,将依据有关规定追究责任。"
#[test]
fn muli_major_matter_report() {
    let m = |f: &str| run(ML, "muli.sanction.major-matter-report", f);
    for val in [
        "late",
        "false",
        "concealed",
        "omitted",
        "erroneous",
        "level-skipping",
    ] {
        let a = m(&format!(r#""failure":"{val}","badConsequence":true"#));
        assert_eq!(
            who(&a),
            pairs(&[("报告责任单位或人员", "责任（依据有关规定追究）")])
        );
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&["第三十条"]));
        // without bad consequences the article pursues nobody
        let a = m(&format!(r#""failure":"{val}","badConsequence":false"#));
        assert!(no_case(&a));
    }
    let a = m(r#""failure":"late""#);
    assert!(a.parties.is_empty());
    assert_eq!(missing(&a), v(&["badConsequence"]));
}

// 第八十一条(三) "…对抓落实成效突出的单位和个人予以通报表扬;对贯彻落实中的不足之处及时指出并督促改进;对贯彻落实
// 不认真、不得力的给予批评;对顶着不办、弄虚作假、敷衍塞责、落实不力的单位和个人,予以通报批评并督促整改,对情节严重的
// 要追究责任。"
#[test]
fn muli_implementation_tiers() {
    let m = |f: &str| run(ML, "muli.sanction.implementation", f);
    // (the party and the measure of the first three tiers quote the same words: one citation)
    let cases = [
        (
            "outstanding",
            "不承担责任（成效突出）",
            vec!["通报表扬"],
            "予以通报表扬",
            1,
        ),
        (
            "shortcomings",
            "贯彻落实中的不足之处",
            vec!["及时指出", "督促改进"],
            "及时指出并督促改进",
            1,
        ),
        ("lax", "贯彻落实不认真、不得力", vec!["批评"], "给予批评", 1),
        (
            "obstructive",
            "顶着不办、弄虚作假、敷衍塞责、落实不力",
            vec!["通报批评", "督促整改"],
            "予以通报批评并督促整改（并用）",
            2,
        ),
    ];
    for (val, resp, ms, md, n) in cases {
        let a = m(&format!(r#""performance":"{val}""#));
        assert_eq!(who(&a), pairs(&[("单位和个人", resp)]));
        assert_eq!(menu(&a), v(&ms));
        assert_eq!(mode(&a).as_deref(), Some(md));
        assert_eq!(arts(&a), vec!["第八十一条(三)".to_owned(); n]);
        assert!(missing(&a).is_empty());
    }
    let a = m(r#""performance":"lax""#);
    assert_eq!(quotes(&a), v(&["对贯彻落实不认真、不得力的给予批评"]));
    // 情节严重: only after the stonewalling tier
    let a = m(r#""performance":"obstructive","grave":true"#);
    assert_eq!(menu(&a), v(&["通报批评", "督促整改", "追究责任"]));
    assert_eq!(mode(&a).as_deref(), Some("对情节严重的要追究责任"));
    assert_eq!(
        quotes(&a),
        v(&[
            "予以通报批评并督促整改",
            "对情节严重的要追究责任",
            "对顶着不办、弄虚作假、敷衍塞责、落实不力的单位和个人,予以通报批评并督促整改"
        ])
    );
    let a = m(r#""performance":"obstructive","grave":false"#);
    assert_eq!(menu(&a), v(&["通报批评", "督促整改"]));
    let a = m(r#""performance":"lax","grave":true"#);
    assert_eq!(menu(&a), v(&["批评"]));
    assert_eq!(missing(&m("")), v(&["performance"]));
}

// 第八十九条 "…对迟报、漏报甚至瞒报突发事件信息的,县政府将给予通报批评,对造成不良影响或产生严重后果的,追究有关
// 单位或个人责任。"
#[test]
fn muli_emergency_report() {
    let m = |f: &str| run(ML, "muli.sanction.emergency-report", f);
    for val in ["late", "omitted", "concealed"] {
        let a = m(&format!(r#""failure":"{val}","consequence":false"#));
        assert_eq!(who(&a), pairs(&[("有关单位或个人", "责任（未规定种类）")]));
        assert_eq!(menu(&a), v(&["通报批评"]));
        assert_eq!(mode(&a).as_deref(), Some("由县政府给予通报批评"));
        assert_eq!(arts(&a), v(&["第八十九条"]));
        let a = m(&format!(r#""failure":"{val}","consequence":true"#));
        assert_eq!(menu(&a), v(&["通报批评", "追究有关单位或个人责任"]));
        assert_eq!(
            quotes(&a),
            v(&[
                "对迟报、漏报甚至瞒报突发事件信息的,县政府将给予通报批评",
                "对造成不良影响或产生严重后果的,追究有关单位或个人责任"
            ])
        );
    }
    // the criticism does not wait for the consequence
    let a = m(r#""failure":"concealed""#);
    assert_eq!(menu(&a), v(&["通报批评"]));
    assert_eq!(missing(&a), v(&["consequence"]));
}

// 第九十七条 "县长是县政府廉政建设第一责任人…县政府领导班子其他成员…对分管部门廉政建设负主要领导责任。"
// 第一百条 "县政府组成人员违反或未能正确履行廉政建设职责,情节较轻的,给予批评教育、诫勉谈话、责令作出书面检查;
// 情节较重的,给予通报批评;情节严重的,给予党纪政纪处分,或者给予调整职务、责令辞职、免职和降职等组织处理;涉嫌犯罪的,
// 移送司法机关依法处理。"
#[test]
fn muli_integrity() {
    let m = |f: &str| run(ML, "muli.sanction.integrity", f);
    let tiers = [
        (
            "minor",
            vec!["批评教育", "诫勉谈话", "责令作出书面检查"],
            "可选其一或并用",
        ),
        ("serious", vec!["通报批评"], "给予通报批评"),
        (
            "grave",
            vec!["党纪政纪处分", "调整职务", "责令辞职", "免职", "降职"],
            "给予党纪政纪处分，或者给予调整职务、责令辞职、免职和降职等组织处理",
        ),
    ];
    let scopes = [
        ("county", "县长", "第一责任人责任", "第九十七条"),
        (
            "department",
            "县政府领导班子其他成员（分管领导）",
            "主要领导责任",
            "第九十七条",
        ),
        (
            "own",
            "县政府组成人员",
            "违反或未能正确履行廉政建设职责",
            "第一百条",
        ),
    ];
    for (scope, party, resp, part_art) in scopes {
        for (sev, ms, md) in &tiers {
            let a = m(&format!(r#""scope":"{scope}","severity":"{sev}""#));
            assert_eq!(who(&a), pairs(&[(party, resp)]));
            assert_eq!(menu(&a), v(ms));
            assert_eq!(mode(&a).as_deref(), Some(*md));
            assert_eq!(arts(&a), v(&["第一百条", part_art]));
        }
    }
    let a = m(r#""scope":"own","severity":"grave","suspectedCrime":true"#);
    assert_eq!(
        menu(&a),
        v(&[
            "党纪政纪处分",
            "调整职务",
            "责令辞职",
            "免职",
            "降职",
            "移送司法机关依法处理"
        ])
    );
    assert_eq!(quotes(&a)[1], "涉嫌犯罪的,移送司法机关依法处理");
    let a = m(r#""scope":"own","severity":"minor","suspectedCrime":false"#);
    assert_eq!(menu(&a), v(&["批评教育", "诫勉谈话", "责令作出书面检查"]));
    let a = m(r#""scope":"department""#);
    assert_eq!(
        who(&a),
        pairs(&[("县政府领导班子其他成员（分管领导）", "主要领导责任")])
    );
    assert!(menu(&a).is_empty());
    assert_eq!(missing(&a), v(&["severity"]));
    assert_eq!(quotes(&a), v(&["对分管部门廉政建设负主要领导责任"]));
}

// 第一百零六条 "县政府组成人员一律不准用公款大吃大喝,一律不准超标准公务用餐、公务接待,一律不准在公务用餐时摆烟和
// 上高档酒,一律不准超标准、违反规定报销各种费用。严禁在公务活动中赠送或收受红包、礼品、土特产等。"
// 第一百零七条 "…严禁公车私用。…严禁职务消费、人情消费,严禁持有会员卡和出入私人会所。"
#[test]
fn muli_frugality() {
    for (val, art, quote) in [
        (
            "public-money-feasting",
            "第一百零六条",
            "一律不准用公款大吃大喝",
        ),
        (
            "over-standard-meals",
            "第一百零六条",
            "一律不准超标准公务用餐、公务接待",
        ),
        (
            "tobacco-liquor",
            "第一百零六条",
            "一律不准在公务用餐时摆烟和上高档酒",
        ),
        (
            "over-standard-claims",
            "第一百零六条",
            "一律不准超标准、违反规定报销各种费用",
        ),
        (
            "gifts",
            "第一百零六条",
            "严禁在公务活动中赠送或收受红包、礼品、土特产等",
        ),
        ("private-car-use", "第一百零七条", "严禁公车私用"),
        ("consumption", "第一百零七条", "严禁职务消费、人情消费"),
        ("clubs", "第一百零七条", "严禁持有会员卡和出入私人会所"),
    ] {
        let a = run(
            ML,
            "muli.sanction.frugality",
            &format!(r#""conduct":"{val}""#),
        );
        assert_eq!(
            who(&a),
            pairs(&[("县政府组成人员", "违反禁止性规定（未规定追究方式）")])
        );
        assert!(menu(&a).is_empty());
        assert_eq!(arts(&a), v(&[art]));
        assert_eq!(quotes(&a), v(&[quote]));
    }
    let a = run(ML, "muli.sanction.frugality", "");
    assert_eq!(missing(&a), v(&["conduct"]));
}

#[test]
fn local_rows_are_reachable_by_ref() {
    for (rs, r, rule) in [
        (
            "liangshan-office-2003",
            "SN-000L-KQ1-01",
            "liangshan.sanction.section-misconduct",
        ),
        (
            "zaduo-office-2017",
            "SN-001-042-01",
            "zaduo.sanction.duty-staff",
        ),
        (
            "panzhihua-dongqu-2012",
            "SN-002-112-01",
            "dongqu.sanction.first-responsible",
        ),
        (
            "panzhihua-dongqu-2012",
            "SN-002-114-01",
            "dongqu.sanction.assigned-tasks",
        ),
        (
            "muli-county-2017",
            "SN-003-078-01",
            "muli.sanction.implementation",
        ),
        (
            "muli-county-2017",
            "SN-003-100-04",
            "muli.sanction.integrity",
        ),
    ] {
        let a = sanction(&q(&format!(r#"{{"ruleset":"{rs}","ref":"{r}"}}"#))).unwrap();
        assert_eq!(a.rule, rule);
    }
}
