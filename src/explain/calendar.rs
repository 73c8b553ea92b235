//! The calendar's notes on the days a period crossed (holiday blocks, projected festivals,
//! weekends), rendered.

use crate::base::text::Bilingual;
use crate::base::text::Joined;
use crate::time::calendar::CalendarNote;
use crate::time::civil::NaiveDate;
use crate::time::date::{format_date, zh_month_day};
use crate::time::notice::HolidayBlock;
use crate::time::projection::{Cluster, PATTERN_FROM_YEAR};

/// The note in Chinese and English.
pub fn render(note: &CalendarNote) -> Bilingual {
    match note {
        CalendarNote::Holiday { block, notice } => holiday(block, notice),
        CalendarNote::Projected(c) => projected(c),
        CalendarNote::Weekends(n) => Bilingual::new(
            format!("其间另有周六、周日休息 {n} 天"),
            format!("plus {n} ordinary weekend day(s)"),
        ),
    }
}

/// "10月1日至7日 国庆节放假，9月28日 调休上班（通知）".
fn holiday(b: &HolidayBlock, notice: &str) -> Bilingual {
    // A one-day holiday is one date, not "1月1日至1月1日".
    let (mut zh, mut en) = if b.rest_from == b.rest_to {
        (
            format!("{} {}放假", zh_month_day(b.rest_from), b.name),
            format!("{} {} holiday", format_date(b.rest_from), b.name_en),
        )
    } else {
        (
            format!(
                "{}至{} {}放假",
                zh_month_day(b.rest_from),
                zh_month_day(b.rest_to),
                b.name
            ),
            format!(
                "{} to {} {} holiday",
                format_date(b.rest_from),
                format_date(b.rest_to),
                b.name_en
            ),
        )
    };
    if !b.work.is_empty() {
        let days: Vec<String> = b.work.iter().map(|w| zh_month_day(*w)).collect();
        let days_en: Vec<String> = b.work.iter().map(|w| format_date(*w)).collect();
        zh.push_str(&format!("，{} 调休上班", days.joined("、")));
        en.push_str(&format!(
            ", {} adjusted working day(s)",
            days_en.joined(", ")
        ));
    }
    zh.push_str(&format!("（{notice}）"));
    en.push_str(&format!(" ({notice})"));
    Bilingual::new(zh, en)
}

/// One projected festival: its statutory days, the make-up days the law requires and where they
/// were placed, and how far the published notices have stretched it.
fn projected(c: &Cluster) -> Bilingual {
    let year = c.statutory.first().map(|d| d.year()).unwrap_or_default();
    let (mut zh, mut en) = (format!("{year}年"), format!("{year} "));
    for (i, n) in c.names.iter().enumerate() {
        zh.push_str(if i > 0 { "、" } else { "" });
        zh.push_str(n.zh);
        en.push_str(if i > 0 { " and " } else { "" });
        en.push_str(n.en);
    }
    zh.push_str("（国务院尚未公布安排）：按放假办法，法定假日为 ");
    en.push_str(
        " (not yet arranged by the State Council): under the holiday rules the statutory days are ",
    );
    push_days(&mut zh, &mut en, &c.statutory);
    if !c.makeup.is_empty() {
        zh.push_str(&format!(
            "；其中 {} 天适逢周末，按放假办法第六条应在工作日补假，通知公布前暂按其后的 ",
            c.makeup.len()
        ));
        en.push_str(&format!(
            "; {} of them fall on a weekend, so article 6 requires as many make-up weekdays, taken here as ",
            c.makeup.len()
        ));
        push_days(&mut zh, &mut en, &c.makeup);
        zh.push_str(" 计");
        en.push_str(" until the notice places them");
    }
    zh.push_str(&format!(
        "。按{PATTERN_FROM_YEAR}年以来各年通知的放假调休规律，假期最早可能自 {} 起、最晚延至 {}，{} 至 {} 之间的周末可能调休上班",
        zh_month_day(c.widest.0),
        zh_month_day(c.widest.1),
        zh_month_day(c.work_reach.0),
        zh_month_day(c.work_reach.1)
    ));
    en.push_str(&format!(
        ". Judging by the notices since {PATTERN_FROM_YEAR}, the break may start as early as {} and run until {}, and weekends from {} to {} may become working days",
        format_date(c.widest.0),
        format_date(c.widest.1),
        format_date(c.work_reach.0),
        format_date(c.work_reach.1)
    ));
    Bilingual::new(zh, en)
}

/// Appends `days` as "2月5日、2月6日" and "2027-02-05, 2027-02-06".
fn push_days(zh: &mut String, en: &mut String, days: &[NaiveDate]) {
    for (i, d) in days.iter().enumerate() {
        zh.push_str(if i > 0 { "、" } else { "" });
        zh.push_str(&zh_month_day(*d));
        en.push_str(if i > 0 { ", " } else { "" });
        en.push_str(&format_date(*d));
    }
}
