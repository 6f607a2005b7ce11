#!/usr/bin/env bash
# Prints the download size of the built package: the .wasm raw and gzipped (gzip -9) before and
# after wasm-opt, and the JS glue. Run after `make pkg` (or give another package dir).
#   scripts/wasm-size.sh [pkg-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-pkg}
before=target/wasm-size/metalab_bg.before-wasm-opt.wasm

row() { # label file
  [ -f "$2" ] || { printf '%-34s (missing: %s)\n' "$1" "$2"; return; }
  local raw gz
  raw=$(wc -c <"$2")
  gz=$(gzip -9 -c "$2" | wc -c)
  printf '%-34s %9d bytes raw  %9d bytes gzip -9\n' "$1" "$raw" "$gz"
}

row "metalab_bg.wasm (wasm-bindgen)" "$before"
row "metalab_bg.wasm (wasm-opt -Oz)" "$dir/metalab_bg.wasm"
row "metalab.js (JS glue)" "$dir/metalab.js"
