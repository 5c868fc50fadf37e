#!/usr/bin/env bash
# Whole-process times of `willing qca minimize` (parsimonious, remainders included) on generated crisp data:
# 400 cases, K conditions each a fair coin, outcome C1*C2 + C3*~C4 + C5*C6*C7, the other conditions noise
# (issue 10's benchmark; BenchmarkDotNet's QcaMinimizeBenchmarks measures the minimiser alone, warm).
#   bash bench/qca-minimize.sh [K ...]      (default 8 10 12 14 16)
# The data are written by bench/qca-data.py (seeded) into bench/qca-K.csv (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for k in "${@:-8 10 12 14 16}"; do
  for kk in $k; do
    /usr/bin/python3 bench/qca-data.py "$kk" > "bench/qca-$kk.csv"
    conditions=$(seq -s, -f 'C%g' 1 "$kk")
    "${willing[@]}" qca minimize --csv "bench/qca-$kk.csv" --outcome Y --conditions "$conditions" --solution parsimonious > /dev/null
    runs=()
    for _ in 1 2 3; do
      /usr/bin/time -o "$out/t" -f '%e %M' "${willing[@]}" qca minimize --csv "bench/qca-$kk.csv" --outcome Y --conditions "$conditions" --solution parsimonious --format json > "$out/r.json"
      runs+=("$(cut -d' ' -f1 "$out/t")")
    done
    sorted=$(printf '%s\n' "${runs[@]}" | sort -n | tr '\n' ' ')
    solution=$(/usr/bin/python3 -c "import json,sys; print(' | '.join(s['expression'] for s in json.load(open(sys.argv[1]))['solutions']))" "$out/r.json")
    printf 'K=%-3s median %s s  runs %s peak RSS %s KB  solution %s\n' "$kk" "$(echo "$sorted" | cut -d' ' -f2)" "$sorted" "$(cut -d' ' -f2 "$out/t")" "$solution"
  done
done
