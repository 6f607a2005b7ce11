#!/usr/bin/env bash
# Runs `make SUITE` for each suite given, all of them even when some fail, then prints a summary
# and exits non-zero if any failed. `make test` uses it so that one failing suite never hides the
# results of the others. (test-node and test-browser need pkg: they are reported as not run when pkg failed.)
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
passed=()
declare -A took
for suite in "$@"; do
  if [[ "$suite" == test-node || "$suite" == test-browser ]] && [[ " ${failed[*]-} " == *" pkg "* ]]; then
    failed+=("$suite(not run: pkg failed)")
    continue
  fi
  echo "=== make $suite"
  start=$SECONDS
  if make --no-print-directory "$suite"; then passed+=("$suite"); else failed+=("$suite"); fi
  took[$suite]=$((SECONDS - start))
done
echo "=== summary"
for s in "${passed[@]}"; do echo "PASS $s (${took[$s]}s)"; done
for s in "${failed[@]}"; do echo "FAIL $s${took[$s]+ (${took[$s]}s)}"; done
[ ${#failed[@]} -eq 0 ]
