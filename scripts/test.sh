#!/usr/bin/env bash
# Runs the whole test suite (unit, conformance against ../shared fixtures, differential against the
# reference, fuzz) and ends with one summary line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test Rmrk.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

sum() { grep -E "^[[:space:]]*$1:[[:space:]]*[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed="$(sum succeeded)"
failed="$(sum failed)"
skipped="$(sum skipped)"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed before or outside any test (build error, crash, zero tests): count it as a failure.
  failed=1
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
