#!/usr/bin/env bash
# Installs everything metalab's build and tests need, and nothing that is already there.
#   scripts/setup.sh [rust|wasm|chromium|npm|all]...   (default: all)
# Each step prints one line: "setup <step>: installed ..." or "setup <step>: skipped ...".
# Safe to run on every `make test` / `make serve`: a step that has nothing to do costs milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup %-8s %s\n' "$1:" "$2"; }

# Runs a command as root (directly, or through sudo when we are not root).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The exact wasm-bindgen version the crate graph uses: Cargo.lock is the single source of truth,
# so the CLI (which must match it byte for byte) can never drift from the library.
wasm_bindgen_version() {
  local v
  v=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)
  if [ -z "$v" ]; then
    v=$(sed -n 's/^wasm-bindgen *= *{[^}]*version *= *"=\{0,1\}\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
  fi
  [ -n "$v" ] || { echo "setup: cannot find the wasm-bindgen version in Cargo.lock or Cargo.toml" >&2; exit 1; }
  echo "$v"
}

step_rust() {
  local did=()
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown >&2
    did+=("target wasm32-unknown-unknown")
  fi
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      rustup component add "$c" >&2
      did+=("$c")
    fi
  done
  if [ ${#did[@]} -gt 0 ]; then say rust "installed ${did[*]}"; else say rust "skipped (wasm32-unknown-unknown, rustfmt, clippy present)"; fi
}

step_wasm() {
  local want have runner
  want=$(wasm_bindgen_version)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" = "$want" ] && [ "$runner" = "$want" ]; then
    say wasm "skipped (wasm-bindgen-cli $want present)"
    return
  fi
  # No --locked: the CLI's own lockfile pins a crate version the registry mirror may not serve.
  cargo install wasm-bindgen-cli --version "$want" --force >&2
  say wasm "installed wasm-bindgen-cli $want (was: ${have:-none})"
}

step_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say chromium "skipped (/usr/bin/chromium and /usr/bin/chromedriver present)"
    return
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Try with the package lists we have; refresh them only if that fails (missing or stale lists).
  if ! as_root apt-get install -y -qq --no-install-recommends chromium chromium-driver >&2; then
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq --no-install-recommends chromium chromium-driver >&2
  fi
  say chromium "installed $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
}

step_npm() {
  local stamp=node_modules/.metalab-lock-sha256 want
  want=$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)
  if [ -d node_modules ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$want" ]; then
    say npm "skipped (node_modules matches package-lock.json)"
    return
  fi
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" >"$stamp"
  say npm "installed node_modules (npm ci)"
}

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(all)
for s in "${steps[@]}"; do
  case "$s" in
    rust) step_rust ;;
    wasm) step_wasm ;;
    chromium) step_chromium ;;
    npm) step_npm ;;
    all) step_rust; step_wasm; step_chromium; step_npm ;;
    *) echo "usage: $0 [rust|wasm|chromium|npm|all]..." >&2; exit 2 ;;
  esac
done
