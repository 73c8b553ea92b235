#!/usr/bin/env bash
# Builds pkg/ (the npm package): the wasm module with wasm-pack (engine and calendar, no rules), the
# rules packs pkg/rules/<id>.zwr (written by a native build from the same data/), and the fetch
# helper pkg/rules.js. Uses npm's binaryen wasm-opt (Debian's wasm-opt 108 corrupts wasm-bindgen's
# externref table).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
# The module trusts exactly the packs built with it: their SHA-256 hashes go into it (build.rs
# reads the list named by ZHENGWU_PACK_HASHES), so the packs are written once first to hash them.
cargo run --quiet --example packs -- target/zhengwu-packs target/zhengwu-packs.sha256 >/dev/null
export ZHENGWU_PACK_HASHES="$PWD/target/zhengwu-packs.sha256"
# The module is built for size (opt-level z: ~5% smaller gzipped than s, and slower; the size
# budget is a requirement, see size-budget.txt); native builds keep the release profile's s.
CARGO_PROFILE_RELEASE_OPT_LEVEL=${ZHENGWU_WASM_OPT_LEVEL:-z} wasm-pack build --release --target web --out-dir pkg --out-name zhengwu -- --no-default-features --features rulesets \
  >/tmp/zhengwu-wasm-pack.log 2>&1 || { cat /tmp/zhengwu-wasm-pack.log; exit 1; }
rm -rf pkg/rules
cargo run --quiet --example packs -- pkg/rules >/dev/null
cp js/rules.js js/rules.d.ts pkg/
node -e '
const fs = require("fs"); const p = JSON.parse(fs.readFileSync("pkg/package.json", "utf8"));
p.files = [...new Set([...(p.files || []), "rules.js", "rules.d.ts", "rules/", "snippets/"])];
p.exports = { ".": { types: "./zhengwu.d.ts", default: "./zhengwu.js" }, "./rules.js": { types: "./rules.d.ts", default: "./rules.js" },
  "./rules/*": "./rules/*", "./zhengwu_bg.wasm": "./zhengwu_bg.wasm" };
fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");'
packs=$(cat pkg/rules/*.zwr | wc -c); packs_gz=$(for f in pkg/rules/*.zwr; do gzip -9 -c "$f" | wc -c; done | awk '{s+=$1} END {print s}')
echo "[build] pkg/ built: $(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c) bytes gzipped wasm; rules packs $packs bytes ($packs_gz gzipped)"
