#!/usr/bin/env bash
# The test suite: everything under tests/, then one closing line "N passed, N failed".
# What the tests need beyond the .NET SDK is installed when missing and started for this run by
# scripts/test-services.sh: PostgreSQL (Debian's postgresql), for the storage tests.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/test-services.sh
willing_services_start || { echo "tests: could not start the test services" >&2; exit 1; }
trap willing_services_stop EXIT
log=$(mktemp)
dotnet test Willing.slnx -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
if [ "$status" -eq 0 ] && [ "${passed:-0}" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
