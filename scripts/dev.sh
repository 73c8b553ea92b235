#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build pkg/, serve the demo at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
ZHENGWU_SKIP_BROWSER=1 bash scripts/setup.sh
bash scripts/build.sh
echo "[dev] serving www/ and pkg/ at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec node scripts/serve.mjs 8080
