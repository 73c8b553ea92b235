#!/usr/bin/env bash
# Fails when the gzipped wasm exceeds size-budget.txt; prints the size, what it is made of, and
# the sizes of the rules packs (which are not part of the module).
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(grep -E '^max_gzip_bytes' size-budget.txt | sed -E 's/[^0-9]//g')
size=$(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c)
python3 - <<'PY'
import gzip
b = open('pkg/zhengwu_bg.wasm', 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i, parts = 8, {}
while i < len(b):
    sid = b[i]; i += 1; n, i = leb(b, i)
    parts[sid] = b[i:i + n]; i += n
code, data = parts.get(10, b''), parts.get(11, b'')
print(f"[size] code {len(code)} B ({len(gzip.compress(code, 9))} B gz), data {len(data)} B ({len(gzip.compress(data, 9))} B gz)")
PY
echo "[size] pkg/zhengwu_bg.wasm: $size bytes gzipped (budget $budget)"
for f in pkg/rules/*.zwr; do
  echo "[size] $f: $(wc -c < "$f") bytes, $(gzip -9 -c "$f" | wc -c) gzipped (loaded at run time)"
done
if [ "$size" -gt "$budget" ]; then
  echo "[size] over budget by $((size - budget)) bytes" >&2
  exit 1
fi
