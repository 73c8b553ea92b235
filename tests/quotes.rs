//! Every citation's quote must occur verbatim in its source text (the seeds copied into
//! `seeds/`), ignoring whitespace and the width of , ; : ( ) punctuation.

mod common;

use common::{normalize, seed};
use zhengwu::catalog;

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
    // answers, so check them through the generated tables too.
    for (ruleset, rule, quote) in zhengwu::packs::all_cites() {
        let seed_file = &cat
            .rulesets
            .iter()
            .find(|r| r.id == ruleset)
            .unwrap()
            .seed_file;
        checked += 1;
        if !seed(seed_file).contains(&normalize(quote)) {
            bad.push(format!("{ruleset} {rule}: {quote}"));
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
