#!/usr/bin/env bash
# Builds pkg/ (the npm package): the wasm module with wasm-pack (engine and calendar, no rules), the
# rules packs pkg/rules/<id>.zwr (written by a native build from the same data/), the fetch
# helpers pkg/rules.js and pkg/calendar.js, and the yearly calendars pkg/calendar/<year>.json.
# Uses npm's binaryen wasm-opt (Debian's wasm-opt 108 corrupts wasm-bindgen's externref table).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
# The module is built for size (opt-level z: ~5% smaller gzipped than s, and slower; the size
# budget is a requirement, see size-budget.txt); native builds keep the release profile's s.
# The log is private to this build: several checkouts may build at once on one machine.
log=$(mktemp "${TMPDIR:-/tmp}/zhengwu-wasm-pack.XXXXXX.log")
CARGO_PROFILE_RELEASE_OPT_LEVEL=${ZHENGWU_WASM_OPT_LEVEL:-z} wasm-pack build --release --target web --out-dir pkg --out-name zhengwu -- --no-default-features --features rulesets \
  >"$log" 2>&1 || { cat "$log"; exit 1; }
rm -f "$log"
rm -rf pkg/rules
cargo run --quiet --example packs -- pkg/rules >/dev/null
cp js/rules.js js/rules.d.ts js/calendar.js js/calendar.d.ts pkg/
# The calendars of years published after the module's built-in calendar (fetchCalendar loads them).
rm -rf pkg/calendar && mkdir -p pkg/calendar
find data/calendar/years -maxdepth 1 -name '[0-9][0-9][0-9][0-9].json' -exec cp {} pkg/calendar/ \;
node -e '
const fs = require("fs"); const p = JSON.parse(fs.readFileSync("pkg/package.json", "utf8"));
p.files = [...new Set([...(p.files || []), "rules.js", "rules.d.ts", "rules/", "calendar.js", "calendar.d.ts", "calendar/", "snippets/"])];
p.exports = { ".": { types: "./zhengwu.d.ts", default: "./zhengwu.js" }, "./rules.js": { types: "./rules.d.ts", default: "./rules.js" },
  "./rules/*": "./rules/*", "./calendar.js": { types: "./calendar.d.ts", default: "./calendar.js" }, "./calendar/*": "./calendar/*",
  "./zhengwu_bg.wasm": "./zhengwu_bg.wasm" };
fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");'
packs=$(cat pkg/rules/*.zwr | wc -c); packs_gz=$(for f in pkg/rules/*.zwr; do gzip -9 -c "$f" | wc -c; done | awk '{s+=$1} END {print s}')
echo "[build] pkg/ built: $(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c) bytes gzipped wasm; rules packs $packs bytes ($packs_gz gzipped)"
