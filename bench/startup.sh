#!/usr/bin/env bash
# Whole-process times of the README's commands (the published tool, scripts/publish.sh), which BenchmarkDotNet's steady state cannot show:
# start-up, compiling and loading count here. Builds Release, then for each command one warm-up
# run and five timed ones; prints the median and every run (seconds, wall clock) and the load average.
#   bash bench/startup.sh
# On a shared machine the numbers move with what else runs: compare medians taken side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tool as the README runs it (scripts/publish.sh); WILLING=dev times the development build instead.
if [ "${WILLING:-}" = dev ]; then
  dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
  willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
else
  bash scripts/publish.sh
  willing=(artifacts/willing/willing)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
time_of() {
  local label=$1
  shift
  "${willing[@]}" "$@" > /dev/null 2>&1 || true
  local runs=()
  for _ in 1 2 3 4 5; do
    /usr/bin/time -o "$out/t" -f %e "${willing[@]}" "$@" > /dev/null 2>&1 || true
    runs+=("$(tail -n 1 "$out/t")")
  done
  local sorted
  sorted=$(printf '%s\n' "${runs[@]}" | sort -n | tr '\n' ' ')
  printf '%-16s median %s s   runs %s  load %s\n' "$label" "$(echo "$sorted" | cut -d' ' -f3)" "$sorted" "$(cut -d' ' -f1 /proc/loadavg)"
}
time_of --version --version
time_of "cases validate" cases validate
time_of "classify --all" classify --all
time_of report report --out "$out/report"
