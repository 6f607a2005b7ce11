#!/usr/bin/env bash
# Builds the npm package pkg/ (`import { run } from "metalab"` in node and browsers):
#   1. cargo build --profile wasm (size-tuned) of the library with feature `wasm`
#   2. wasm-bindgen --target web  -> metalab.js, metalab_bg.wasm, metalab.d.ts
#   3. wasm-opt -Oz -ocimfs=0 (npm binaryen) on metalab_bg.wasm
#   4. pkg-template/fresh-stacks.js appended to the glue, metalab_stack.js beside it (JSPI)
#   5. the hand-written entry points from pkg-template/ (index.js for browsers, node.js for node,
#      grade.js: the grading helpers, `metalab/grade`)
# Prints the .wasm size (raw and gzipped) before and after wasm-opt.
# Needs `scripts/setup.sh rust wasm npm` (make pkg runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}

cargo build --lib --profile wasm --target wasm32-unknown-unknown --no-default-features --features wasm,jspi
raw=target/wasm32-unknown-unknown/wasm/metalab.wasm

rm -rf "$out"
mkdir -p "$out" target/wasm-size
wasm-bindgen --target web --out-dir "$out" --out-name metalab "$raw"
# Kept for scripts/wasm-size.sh: the same module before wasm-opt.
cp "$out/metalab_bg.wasm" target/wasm-size/metalab_bg.before-wasm-opt.wasm
# The producers and target-features sections are toolchain metadata no engine reads (-254 bytes
# gzipped). (`--converge` would save another 1.4 KB gzipped for twice wasm-opt's time: README, "Size".)
# -ocimfs=0: binaryen otherwise inlines every function that has one caller, which puts the cold
# paths LLVM kept apart back into the interpreter's recursive functions. With it the module is
# 25 KB smaller gzipped, and once the engine's optimizing tier has compiled it a plain `run()` on a
# page's stack recursed 764 Python calls deep in Chromium 148 instead of 159 (README, "Size").
node_modules/.bin/wasm-opt -Oz -ocimfs=0 --strip-producers --strip-target-features "$out/metalab_bg.wasm" -o "$out/metalab_bg.wasm"
# runOnFreshStacks (JSPI) needs the glue's private helpers, so it is appended to the glue; the
# wasm imports its other half from metalab_stack.js (src/wasm.rs, runtime/fresh_stack.rs).
cat pkg-template/fresh-stacks.js >>"$out/metalab.js"
cat >>"$out/metalab.d.ts" <<'TS'
/** Whether this engine has JSPI, which `runOnFreshStacks` needs for deep recursion. */
export const freshStacksSupported: boolean;
/** `run` on fresh engine stacks (JSPI): Python's recursion limit is reachable even in a Worker. Falls back to `run` without JSPI. */
export function runOnFreshStacks(source: string, options?: RunOptions): Promise<RunResult>;
TS

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
cp pkg-template/index.js pkg-template/index.d.ts pkg-template/node.js pkg-template/metalab_stack.js pkg-template/grade.js pkg-template/grade.d.ts \
  pkg-template/README.md "$out/"
# Written last: the Makefile treats pkg/package.json as "pkg/ is complete".
sed "s/@VERSION@/$version/" pkg-template/package.json >"$out/package.json"

scripts/wasm-size.sh "$out"
