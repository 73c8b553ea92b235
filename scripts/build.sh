#!/usr/bin/env bash
# Builds pkg/ (the npm package) with wasm-pack, using npm's binaryen wasm-opt (Debian's wasm-opt 108
# corrupts wasm-bindgen's externref table).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
wasm-pack build --release --target web --out-dir pkg --out-name zhengwu >/tmp/zhengwu-wasm-pack.log 2>&1 || { cat /tmp/zhengwu-wasm-pack.log; exit 1; }
echo "[build] pkg/ built: $(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c) bytes gzipped wasm"
