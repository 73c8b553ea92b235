//! The calendar's tables (`data/calendar/cn.toml`) as Rust `static`s for `src/time/generated.rs`.
//!
//! The calendar stays compiled in, unlike the rules: every build needs it from the first call
//! (the module answers date questions with no pack loaded), it is one small table shared by every
//! ruleset, and years published later are loaded as JSON (`loadCalendar`), not as packs. A
//! decoder for it would add code to the module to save none.

use crate::lower::{ymd, R};
use crate::schema::CalendarFile;

fn lit_ymd(v: &str, at: &str) -> R<String> {
    let d = ymd(v).map_err(|e| format!("{at}: {e}"))?;
    Ok(format!("Ymd {{ y: {}, m: {}, d: {} }}", d.y, d.m, d.d))
}

fn opt_s(v: &Option<String>) -> String {
    match v {
        Some(v) => format!("Some({v:?})"),
        None => "None".into(),
    }
}

/// The calendar's tables; `notes`: with each notice's note (how it was read, one-off changes),
/// which the browser module leaves out.
pub fn rust(c: &CalendarFile, notes: bool) -> R<String> {
    if c.schema != 1 {
        return Err("data/calendar/cn.toml: schema must be 1".into());
    }
    let mut notices = Vec::new();
    for n in &c.notice {
        let at = format!("data/calendar/cn.toml: notice {} {}", n.year, n.title);
        let mut holidays = Vec::new();
        for h in &n.holiday {
            let [first, last] = h.rest.as_slice() else {
                return Err(format!("{at}: `rest` must be [first, last]"));
            };
            let dates = |v: &[String]| -> R<String> {
                let v: R<Vec<String>> = v.iter().map(|d| lit_ymd(d, &at)).collect();
                Ok(format!("&[{}]", v?.join(", ")))
            };
            holidays.push(format!(
                "NoticeHoliday {{ name: Text {{ zh: {:?}, en: {:?} }}, rest: ({}, {}), statutory: {}, work: {} }}",
                h.name_zh,
                h.name_en,
                lit_ymd(first, &at)?,
                lit_ymd(last, &at)?,
                dates(&h.statutory)?,
                dates(&h.work)?
            ));
        }
        let published = match &n.published {
            Some(p) => format!("Some({})", lit_ymd(p, &at)?),
            None => "None".into(),
        };
        notices.push(format!(
            "Notice {{ year: {}, title: {:?}, number: {}, published: {published}, url: {}, note: {}, holidays: &[{}] }}",
            n.year,
            n.title,
            opt_s(&n.number),
            opt_s(&n.url),
            if notes { opt_s(&n.note) } else { "None".to_owned() },
            holidays.join(", ")
        ));
    }
    Ok(format!(
        "/// First day the built-in calendar covers.\npub static CALENDAR_FIRST: Ymd = {};\n/// Last day the built-in calendar covers.\npub static CALENDAR_LAST: Ymd = {};\n/// The State Council holiday notices, in order of publication.\npub static NOTICES: &[Notice] = &[\n{}\n];\n",
        lit_ymd(&c.first, "data/calendar/cn.toml: first")?,
        lit_ymd(&c.last, "data/calendar/cn.toml: last")?,
        notices.join(",\n")
    ))
}
