#!/usr/bin/env bash
# Fails when a gzipped wasm module exceeds its budget in size-budget.txt (`max_gzip_bytes` for the
# full module pkg/zhengwu_bg.wasm, `max_gzip_bytes_lite` for pkg/lite/zhengwu_bg.wasm, the module
# for citizens' pages); prints the sizes, what each is made of, and the sizes of the rules packs
# (which are not part of either module, and the same files for both).
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$(grep -E '^max_gzip_bytes *=' size-budget.txt | sed -E 's/[^0-9]//g')
budget_lite=$(grep -E '^max_gzip_bytes_lite *=' size-budget.txt | sed -E 's/[^0-9]//g')
size=$(gzip -9 -c pkg/zhengwu_bg.wasm | wc -c)
size_lite=$(gzip -9 -c pkg/lite/zhengwu_bg.wasm | wc -c)
python3 - <<'PY'
import gzip
for path in ('pkg/zhengwu_bg.wasm', 'pkg/lite/zhengwu_bg.wasm'):
  b = open(path, 'rb').read()
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
  print(f"[size] {path}: code {len(code)} B ({len(gzip.compress(code, 9))} B gz), data {len(data)} B ({len(gzip.compress(data, 9))} B gz)")
PY
echo "[size] pkg/zhengwu_bg.wasm: $size bytes gzipped (budget $budget)"
echo "[size] pkg/lite/zhengwu_bg.wasm: $size_lite bytes gzipped (budget $budget_lite)"
for f in pkg/rules/*.zwr; do
  echo "[size] $f: $(wc -c < "$f") bytes, $(gzip -9 -c "$f" | wc -c) gzipped (loaded at run time)"
done
if [ "$size" -gt "$budget" ]; then
  echo "[size] pkg/zhengwu_bg.wasm over budget by $((size - budget)) bytes" >&2
  exit 1
fi
if [ "$size_lite" -gt "$budget_lite" ]; then
  echo "[size] pkg/lite/zhengwu_bg.wasm over budget by $((size_lite - budget_lite)) bytes" >&2
  exit 1
fi
