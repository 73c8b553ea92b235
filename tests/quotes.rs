//! Every citation's quote must occur verbatim in its source text (the seeds copied into
//! `seeds/`), ignoring whitespace and the width of , ; : ( ) punctuation — and inside the article
//! it cites: a quote for 第三十四条 must stand between the line that opens 第三十四条 and the next
//! article's, one for 凉山's "公文审批制度 七、" inside item 七、 of that 制度.

mod common;

use common::{normalize, seed, seed_raw};
use std::collections::HashMap;
use zhengwu::catalog;

/// Each ruleset's seed file, from the catalog.
fn seed_files() -> HashMap<String, String> {
    catalog()
        .rulesets
        .into_iter()
        .map(|r| (r.id, r.seed_file))
        .collect()
}

#[test]
fn every_quote_occurs_in_its_seed() {
    let cat = catalog();
    let mut checked = 0;
    let mut bad = Vec::new();
    for rs in &cat.rulesets {
        let text = seed(&rs.seed_file);
        for rule in &rs.rules {
            for c in &rule.citations {
                checked += 1;
                if !text.contains(&normalize(&c.quote)) {
                    bad.push(format!("{} {} {}: {}", rs.id, rule.id, c.article, c.quote));
                }
            }
        }
    }
    // Citations of route variants, additions, parties, measures and extensions: every one reaches
    // answers, so check them through the generated tables too (each seed read once).
    let files = seed_files();
    let mut seeds: HashMap<&str, String> = HashMap::new();
    for (ruleset, rule, cite) in zhengwu::packs::all_cites() {
        checked += 1;
        let file = files[ruleset].as_str();
        let text = seeds.entry(file).or_insert_with(|| seed(file));
        if !text.contains(&normalize(cite.quote)) {
            bad.push(format!("{ruleset} {rule}: {}", cite.quote));
        }
    }
    assert!(checked > 0);
    assert!(
        bad.is_empty(),
        "{} of {checked} quotes not found verbatim:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_quote_stands_inside_the_article_it_cites() {
    let mut checked = 0;
    let mut bad = Vec::new();
    let files = seed_files();
    let raws: HashMap<&str, String> = files.values().map(|f| (f.as_str(), seed_raw(f))).collect();
    let lines: HashMap<&str, Vec<&str>> = raws
        .iter()
        .map(|(f, raw)| (*f, raw.lines().map(str::trim_start).collect()))
        .collect();
    // A bare item (`二、`) of a ruleset's own document is found after its title line.
    let titles: HashMap<String, String> = zhengwu::catalog()
        .rulesets
        .into_iter()
        .map(|r| (r.id, r.name.zh))
        .collect();
    for (ruleset, rule, cite) in zhengwu::packs::all_cites() {
        let seed_lines = &lines[files[ruleset].as_str()];
        let source = cite.source.or(titles.get(ruleset).map(String::as_str));
        let Some(spans) = article_spans(seed_lines, cite.article, source) else {
            bad.push(format!(
                "{ruleset} {rule}: article {} not found in the seed",
                cite.article
            ));
            continue;
        };
        checked += 1;
        let quote = normalize(cite.quote);
        if !spans.iter().any(|s| normalize(s).contains(&quote)) {
            bad.push(format!("{ruleset} {rule} {}: {}", cite.article, cite.quote));
        }
    }
    assert!(checked > 1000, "{checked}");
    assert!(
        bad.is_empty(),
        "{} of {checked} quotes are not inside the article they cite:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// The texts of the article a citation names, in every document of the seed that has one:
/// `第三十四条(二)4` and `第三十条第一款` are article 第三十四条 / 第三十条, from the line that opens it
/// to the line that opens the next article; `公文审批制度 七、` (凉山) is item 七、 of the section
/// whose heading line names 公文审批制度, up to its next item or section; a bare item (`一`) is
/// that item after the line that opens the document (`source`: the national law's title, or the
/// ruleset's own, as the 1998 notice's `二、`); a bare section (`调查研究制度`) is the whole section.
/// `None` when the seed has no such article.
fn article_spans(lines: &[&str], article: &str, source: Option<&str>) -> Option<Vec<String>> {
    if article.starts_with('第') {
        let end = article.find('条')? + '条'.len_utf8();
        let head = &article[..end];
        let opens_article = |l: &str| {
            l.starts_with('第')
                && l.find('条')
                    .is_some_and(|i| i <= 24 && is_numeral(&l['第'.len_utf8()..i]))
        };
        let spans = spans(
            lines,
            |l| l.starts_with(head) && opens_article(l),
            opens_article,
        );
        return (!spans.is_empty()).then_some(spans);
    }
    // A whole section without items (凉山's "调查研究制度"): its heading line to the next section.
    if !article.contains(' ') && (article.ends_with("制度") || article.ends_with("职责")) {
        let heading = lines.iter().position(|l| *l == article)?;
        let rest = &lines[heading + 1..];
        let end = rest
            .iter()
            .position(|l| l.ends_with("制度") || l.ends_with("职责"))
            .unwrap_or(rest.len());
        return Some(vec![rest[..end].join("\n")]);
    }
    // "<section> <item>" (凉山's 制度): the section's heading line, then its item; a bare item:
    // the document's title line.
    let (section, item) = match article.rsplit_once(' ') {
        Some(pair) => pair,
        None => (source?.split('（').next()?, article),
    };
    let item = item.split_once('、').map_or(item, |(n, _)| n);
    let heading = lines.iter().position(|l| {
        l.starts_with(section)
            && (l.chars().count() <= section.chars().count() + 4
                || l[section.len()..].starts_with('（'))
    })?;
    let rest = &lines[heading + 1..];
    let opens_item = |l: &str| {
        l.split_once('、')
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(is_chinese_digit))
    };
    let opens_section = |l: &str| l.ends_with("制度") || l.ends_with("职责");
    let spans = spans(
        rest,
        |l| l.starts_with(&format!("{item}、")),
        |l| opens_item(l) || opens_section(l),
    );
    // Only the first: the item of this section, not a later section's item of the same number.
    spans.into_iter().next().map(|s| vec![s])
}

/// The runs of lines that start where `opens` holds and end before the next line where `ends`
/// holds.
fn spans(lines: &[&str], opens: impl Fn(&str) -> bool, ends: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if opens(l) {
            let end = lines[i + 1..]
                .iter()
                .position(|m| ends(m))
                .map_or(lines.len(), |p| i + 1 + p);
            out.push(lines[i..end].join("\n"));
        }
    }
    out
}

fn is_chinese_digit(c: char) -> bool {
    "一二三四五六七八九十百零〇".contains(c)
}

fn is_numeral(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_chinese_digit)
}
