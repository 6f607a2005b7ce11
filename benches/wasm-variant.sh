#!/usr/bin/env bash
# Builds a variant of pkg/ for size/speed comparisons, without touching pkg/ or the shipped profile:
#   benches/wasm-variant.sh OPT_LEVEL WASM_OPT OUT_DIR [INLINE_THRESHOLD]
#     OPT_LEVEL  rustc opt-level for profile `wasm` (z, s, 2, 3), via CARGO_PROFILE_WASM_OPT_LEVEL
#     WASM_OPT   wasm-opt flag (-Oz, -Os, -O3, ...) or "none"
#     OUT_DIR    where the package goes (e.g. target/variants/o3)
#     INLINE_THRESHOLD  LLVM's inliner threshold (-C llvm-args=-inline-threshold=N), which, given
#                explicitly, applies even at opt-level "z" (whose own threshold is tiny);
#                "none" for LLVM's own; default: .cargo/config.toml's (50)
# Each variant gets its own target dir (target/variant-OPT[-iN]) so the shipped build is not rebuilt.
# Then: node benches/wasm.mjs --pkg OUT_DIR    and    scripts/wasm-size.sh-style numbers printed here.
set -euo pipefail
cd "$(dirname "$0")/.."
opt=$1 wopt=$2 out=$3 inline=${4:-}
tdir=target/variant-$opt${inline:+-i$inline}
flags=$(sed -n 's/^rustflags = \[\(.*\)\]/\1/p' .cargo/config.toml | tr -d '",')
if [ -n "$inline" ]; then
  flags=$(sed 's/-C llvm-args=-inline-threshold=[0-9]*//' <<<"$flags")
  [ "$inline" != none ] && flags="$flags -C llvm-args=-inline-threshold=$inline"
fi
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" CARGO_PROFILE_WASM_OPT_LEVEL=$opt cargo build --lib --profile wasm --target-dir "$tdir" \
  --target wasm32-unknown-unknown --no-default-features --features wasm,jspi
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name metalab "$tdir/wasm32-unknown-unknown/wasm/metalab.wasm"
cp "$out/metalab_bg.wasm" "$out/before-wasm-opt.wasm"
if [ "$wopt" != none ]; then
  node_modules/.bin/wasm-opt "$wopt" "$out/metalab_bg.wasm" -o "$out/metalab_bg.wasm"
fi
cat pkg-template/fresh-stacks.js >>"$out/metalab.js"
cp pkg-template/index.js pkg-template/node.js pkg-template/metalab_stack.js "$out/"
printf '{"type":"module"}\n' >"$out/package.json"
for f in before-wasm-opt.wasm metalab_bg.wasm; do
  printf 'opt-level=%s%s wasm-opt=%s %-22s %8d bytes raw %8d bytes gzip -9\n' "$opt" "${inline:+ inline-threshold=$inline}" "$wopt" "$f" \
    "$(wc -c <"$out/$f")" "$(gzip -9 -c "$out/$f" | wc -c)"
done
