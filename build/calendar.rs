//! The calendar's tables (`data/calendar/cn.toml`) for `src/time/generated.rs`: the first and last
//! day it covers, the holiday names, and the notices as bytes that `crate::time::notice::builtin`
//! reads.
//!
//! The calendar stays compiled in, unlike the rules: every build needs it from the first call
//! (the module answers date questions with no pack loaded), it is one small table shared by every
//! ruleset, and years published later are loaded as JSON (`loadCalendar`), not as packs. Its
//! notices were Rust `static`s until session 12: two pointers for every string, date list and
//! holiday name made them 4.5 KB of the lite module gzipped; as bytes (each holiday's name an index,
//! its days offsets from its first rest day) they are about 2 KB, with a reader of 40 lines.
//!
//! The bytes, notice after notice: the year (u16 LE); the title, the number, the publication date,
//! the address and the note, each but the title behind a presence byte (0 absent, 1 present; a
//! string is a u16 LE length and its UTF-8, a date a u16 LE year, a month and a day byte); the
//! number of holidays, then per holiday the index of its name in `HOLIDAY_NAMES`, its first rest
//! day (a date), the days from it to its last, and its statutory days and its adjusted working
//! days, each a count and one byte per day: the days from the first rest day (the working days as
//! a signed byte: they may come before it).

use crate::lower::{ymd, R};
use crate::schema::CalendarFile;
use crate::time::civil::NaiveDate;
use crate::time::date::Ymd;

/// The day number of a date (`crate::time::civil`'s), for the days between two.
fn day_number(date: Ymd) -> R<i64> {
    NaiveDate::from_ymd_opt(i32::from(date.y), u32::from(date.m), u32::from(date.d))
        .map(|d| i64::from(d.num_days_from_ce()))
        .ok_or_else(|| format!("{}-{}-{} is not a date", date.y, date.m, date.d))
}

fn date(v: &str, at: &str) -> R<Ymd> {
    ymd(v).map_err(|e| format!("{at}: {e}"))
}

fn lit_ymd(d: Ymd) -> String {
    format!("Ymd {{ y: {}, m: {}, d: {} }}", d.y, d.m, d.d)
}

fn put_date(w: &mut Vec<u8>, d: Ymd) {
    w.extend_from_slice(&d.y.to_le_bytes());
    w.extend_from_slice(&[d.m, d.d]);
}

fn put_str(w: &mut Vec<u8>, s: &str, at: &str) -> R<()> {
    let n = u16::try_from(s.len()).map_err(|_| format!("{at}: a text of {} bytes", s.len()))?;
    w.extend_from_slice(&n.to_le_bytes());
    w.extend_from_slice(s.as_bytes());
    Ok(())
}

fn put_opt_str(w: &mut Vec<u8>, s: &Option<String>, at: &str) -> R<()> {
    match s {
        Some(s) => {
            w.push(1);
            put_str(w, s, at)
        }
        None => {
            w.push(0);
            Ok(())
        }
    }
}

/// The count, then each day's offset from `first` (within -128..=255: `signed` for the working
/// days, which may come before the block).
fn put_days(w: &mut Vec<u8>, days: &[String], first: Ymd, signed: bool, at: &str) -> R<()> {
    w.push(u8::try_from(days.len()).map_err(|_| format!("{at}: {} days", days.len()))?);
    for d in days {
        let off = day_number(date(d, at)?)? - day_number(first)?;
        let byte = if signed {
            i8::try_from(off).map(|o| o as u8).ok()
        } else {
            u8::try_from(off).ok()
        };
        w.push(byte.ok_or_else(|| format!("{at}: {d} is {off} days from the first rest day"))?);
    }
    Ok(())
}

/// The calendar's tables; `notes`: with each notice's note (how it was read, one-off changes),
/// which the browser module leaves out.
pub fn rust(c: &CalendarFile, notes: bool) -> R<String> {
    if c.schema != 1 {
        return Err("data/calendar/cn.toml: schema must be 1".into());
    }
    let mut names: Vec<(&str, &str)> = Vec::new();
    let mut w = Vec::new();
    for n in &c.notice {
        let at = format!("data/calendar/cn.toml: notice {} {}", n.year, n.title);
        let year = u16::try_from(n.year).map_err(|_| format!("{at}: year"))?;
        w.extend_from_slice(&year.to_le_bytes());
        put_str(&mut w, &n.title, &at)?;
        put_opt_str(&mut w, &n.number, &at)?;
        match &n.published {
            Some(p) => {
                w.push(1);
                put_date(&mut w, date(p, &at)?);
            }
            None => w.push(0),
        }
        put_opt_str(&mut w, &n.url, &at)?;
        put_opt_str(&mut w, if notes { &n.note } else { &None }, &at)?;
        w.push(u8::try_from(n.holiday.len()).map_err(|_| format!("{at}: holidays"))?);
        for h in &n.holiday {
            let [first, last] = h.rest.as_slice() else {
                return Err(format!("{at}: `rest` must be [first, last]"));
            };
            let name = (h.name_zh.as_str(), h.name_en.as_str());
            let index = match names.iter().position(|x| *x == name) {
                Some(i) => i,
                None => {
                    names.push(name);
                    names.len() - 1
                }
            };
            w.push(u8::try_from(index).map_err(|_| format!("{at}: holiday names"))?);
            let (first, last) = (date(first, &at)?, date(last, &at)?);
            put_date(&mut w, first);
            let span = day_number(last)? - day_number(first)?;
            w.push(u8::try_from(span).map_err(|_| format!("{at}: a rest block of {span} days"))?);
            put_days(&mut w, &h.statutory, first, false, &at)?;
            put_days(&mut w, &h.work, first, true, &at)?;
        }
    }
    let names: Vec<String> = names
        .iter()
        .map(|(zh, en)| format!("Text {{ zh: {zh:?}, en: {en:?} }}"))
        .collect();
    let bytes: Vec<String> = w.iter().map(u8::to_string).collect();
    Ok(format!(
        "/// First day the built-in calendar covers.\npub static CALENDAR_FIRST: Ymd = {};\n/// Last day the built-in calendar covers.\npub static CALENDAR_LAST: Ymd = {};\n/// The holidays' names in the notices.\npub static HOLIDAY_NAMES: &[Text] = &[{}];\n/// The State Council holiday notices, in order of publication (build/calendar.rs).\npub static NOTICES: &[u8] = &[{}];\n",
        lit_ymd(date(&c.first, "data/calendar/cn.toml: first")?),
        lit_ymd(date(&c.last, "data/calendar/cn.toml: last")?),
        names.join(", "),
        bytes.join(",")
    ))
}
