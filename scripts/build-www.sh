#!/usr/bin/env bash
# Builds the browser UI into an output directory (default target/www):
#   1. cargo build -p metalab-www --profile wasm (size-tuned) for wasm32
#   2. wasm-bindgen --target web  -> ui/metalab_www.js, ui/metalab_www_bg.wasm
#   3. wasm-opt -Oz -ocimfs=0 (npm binaryen; as for pkg/, see scripts/build-pkg.sh: 5.7 KB smaller
#      gzipped for the UI)
#   4. esbuild: www/js/editor.js (CodeMirror 6) -> editor.js, one minified ES module
#   5. the same crate without yew (--no-default-features): the view model for the embeds
#      -> embed/metalab_view.js, embed/metalab_view_bg.wasm
# Prints the raw and gzipped sizes. Needs `scripts/setup.sh rust wasm npm`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/www}

raw=target/wasm32-unknown-unknown/wasm/metalab_www.wasm
rm -rf "$out"
mkdir -p "$out/ui" "$out/embed"

# Both builds write $raw, so each is bound right after it is built.
nice -n 5 cargo build -p metalab-www --lib --profile wasm --target wasm32-unknown-unknown --no-default-features
wasm-bindgen --target web --no-typescript --out-dir "$out/embed" --out-name metalab_view "$raw"
node_modules/.bin/wasm-opt -Oz -ocimfs=0 --enable-reference-types --enable-bulk-memory "$out/embed/metalab_view_bg.wasm" -o "$out/embed/metalab_view_bg.wasm"

nice -n 5 cargo build -p metalab-www --lib --profile wasm --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir "$out/ui" --out-name metalab_www "$raw"
node_modules/.bin/wasm-opt -Oz -ocimfs=0 --enable-reference-types --enable-bulk-memory "$out/ui/metalab_www_bg.wasm" -o "$out/ui/metalab_www_bg.wasm"
node_modules/.bin/esbuild www/js/editor.js --bundle --format=esm --minify --log-level=warning --outfile="$out/editor.js"

size() { printf '%-28s %9d bytes raw %9d bytes gzip -9\n' "$1" "$(wc -c <"$2")" "$(gzip -9c "$2" | wc -c)"; }
size "UI wasm (wasm-opt -Oz)" "$out/ui/metalab_www_bg.wasm"
size "UI JS glue" "$out/ui/metalab_www.js"
size "editor.js (CodeMirror)" "$out/editor.js"
size "embed view wasm" "$out/embed/metalab_view_bg.wasm"
