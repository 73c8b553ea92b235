#!/usr/bin/env bash
# Quick start, command 2: the whole test suite.
#   native tests and doctests (cargo nextest + cargo test --doc), clippy with the core's lints,
#   pkg/ build, JS tests against pkg/ under node (in two time zones), browser tests in headless
#   Chromium, the packed package installed into Vite, webpack and node projects, TypeScript check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"

echo "== rustfmt"
cargo fmt --check

echo "== clippy (core lints: no unwrap/expect/panic/indexing outside tests)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
echo "   and the module for citizens' pages (pkg/lite/: no feature office), whose lib tests must pass"
echo "   natively with the packs embedded"
cargo clippy --quiet --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
cargo test --quiet --no-default-features --lib --no-run
cargo test --quiet --no-default-features --features embed --lib

echo "== native tests"
if command -v cargo-nextest >/dev/null 2>&1; then
  cargo nextest run --no-fail-fast
else
  cargo test --no-fail-fast --all-targets
fi
echo "== a build with one ruleset (ZHENGWU_RULESETS) lists only that one; the example ruleset of"
echo "   tests/fixtures/rules/ (a folder and its text, no Rust) built in and asked"
ZHENGWU_RULESETS=guangxi-fault-2007,example-office ZHENGWU_EXTRA_RULES=tests/fixtures/rules \
  cargo test --quiet --test subset --test example_ruleset -- --include-ignored

echo "== the drafts of issue 18 (data/drafts/): every quote inside the article it cites, every remaining row once"
node data/drafts/check-quotes.mjs

echo "== doctests and API docs"
cargo test --doc --quiet
RUSTDOCFLAGS=-Dwarnings cargo doc --no-deps --quiet

echo "== wasm build and size budget"
bash scripts/build.sh
bash scripts/size-check.sh

echo "== JS tests against pkg/ (TZ=America/Los_Angeles and TZ=Asia/Shanghai)"
TZ=America/Los_Angeles node --test tests/js/
TZ=Asia/Shanghai node --test tests/js/

echo "== browser tests: the www/ page in headless Chromium (screenshots in tests/output/)"
node --test tests/browser/

echo "== the npm package: npm pack, installed into fresh Vite (build and dev), webpack, Rollup and node projects (tests/package/)"
echo "   built, then used in Chromium under a strict CSP and in node; the typo file under tsc --strict"
node --test tests/package/package.test.mjs

echo "== TypeScript: typed usage example against pkg/zhengwu.d.ts"
tsc --noEmit --strict -p tests/ts/tsconfig.json
echo "== TypeScript: the declarations against real answers of every kind (scripts/types-check.mjs)"
node scripts/types-check.mjs
tsc --noEmit --strict -p tests/ts/tsconfig.answers.json
echo "== all tests passed"
