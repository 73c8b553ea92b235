#!/usr/bin/env bash
# Installs every tool zhengwu needs that is missing, then returns quickly when all are present.
# Idempotent. Used by `scripts/dev.sh` (the demo) and `scripts/test.sh` (the test suite).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.13.1

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack $WASM_PACK_VERSION (takes a few minutes once)"
  cargo install wasm-pack --locked --version "$WASM_PACK_VERSION"
fi

# JS tooling (binaryen's wasm-opt, typescript, playwright-core, axe-core, chinese-days) from npm,
# pinned by package-lock.json.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.stamp ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  touch node_modules/.stamp
fi

# Debian's chromium for the browser tests (Playwright cannot download a browser here), and a CJK
# font so that screenshots show Chinese text.
if [ "${ZHENGWU_SKIP_BROWSER:-0}" != 1 ] && { ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; }; then
  say "installing chromium and a CJK font from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
