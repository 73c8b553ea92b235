#!/usr/bin/env bash
# Builds pkg/ (the npm package): the wasm module with wasm-pack (engine and calendar, no rules), the
# rules packs pkg/rules/<id>.zwr (the files the build script made from data/, written out by a
# native build), the yearly calendars pkg/calendar/<year>.json, and the package's own modules and
# types (scripts/package.mjs).
# Uses npm's binaryen wasm-opt (Debian's wasm-opt 108 corrupts wasm-bindgen's externref table).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
# The module is built for size (opt-level z: ~5% smaller gzipped than s, and slower; the size
# budget is a requirement, see size-budget.txt); native builds keep the release profile's s.
# The module trusts exactly the packs its build script made (their SHA-256 hashes are compiled
# in); the native build below writes those same files, since both read the same data/.
# The log is private to this build: several checkouts may build at once on one machine.
log=$(mktemp "${TMPDIR:-/tmp}/zhengwu-wasm-pack.XXXXXX.log")
# Two modules of one crate, reading the same packs: the full one (pkg/, the default import: with the
# form checks and staff calculators, feature `office`) and the one for citizens' pages (pkg/lite/,
# `zhengwu/lite`: deadlines, timelines and the calendar; the packs' office
# sections never decoded). Neither embeds the packs (`embed` off).
CARGO_PROFILE_RELEASE_OPT_LEVEL=${ZHENGWU_WASM_OPT_LEVEL:-z} wasm-pack build --release --target web --out-dir pkg --out-name zhengwu -- --no-default-features --features office \
  >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -rf pkg/lite
CARGO_PROFILE_RELEASE_OPT_LEVEL=${ZHENGWU_WASM_OPT_LEVEL:-z} wasm-pack build --release --target web --out-dir pkg/lite --out-name zhengwu -- --no-default-features \
  >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -f "$log"
rm -rf pkg/rules
cargo run --quiet --example packs -- pkg/rules >/dev/null
# The calendars of years published after the module's built-in calendar (fetchCalendar loads them).
rm -rf pkg/calendar && mkdir -p pkg/calendar
find data/calendar/years -maxdepth 1 -name '[0-9][0-9][0-9][0-9].json' -exec cp {} pkg/calendar/ \;
# The npm package around the module: js/ modules (entry with init checks, fetchRules, node
# loader, elements), per-rule query types from the catalog, package.json (exports, files).
node scripts/package.mjs
packs=$(cat pkg/rules/*.zwr | wc -c); packs_gz=$(for f in pkg/rules/*.zwr; do gzip -9 -c "$f" | wc -c; done | awk '{s+=$1} END {print s}')
echo "[build] pkg/ built: $(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c) bytes gzipped wasm (pkg/lite/: $(gzip -9 -c pkg/lite/zhengwu_bg.wasm | wc -c)); rules packs $packs bytes ($packs_gz gzipped)"
node scripts/preload.mjs   # the demo page's preload links, the snippet import in pkg/elements.js, target/precompressed/
