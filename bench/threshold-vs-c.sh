#!/usr/bin/env bash
# The threshold cascade's step loop against a plain C loop over the same CSR network (issue 11), on this machine.
# Exports run 0 of ThresholdCascadeBenchmarks' batch, checks that C reaches the same final adopters, and prints both
# rates (actor-steps per second; C on one core; C# on 1 and 2 threads, whole batch including each run's set-up).
# For the BenchmarkDotNet figures: dotnet run -c Release --project bench/Willing.Benchmarks -- --filter '*ThresholdCascade*'
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -march=native -o "$work/threshold-loop" bench/threshold-loop.c
dotnet build bench/Willing.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
dll=$(find bench/Willing.Benchmarks/bin/Release -name Willing.Benchmarks.dll | head -1)
dotnet "$dll" export-cascade "$work/cascade.bin" | tee "$work/cs.txt"
"$work/threshold-loop" "$work/cascade.bin" 8 | tee "$work/c.txt"
cs=$(awk '/csharp_final_adopters/ {print $2}' "$work/cs.txt"); c=$(awk '/c_final_adopters/ {print $2}' "$work/c.txt")
[ "$cs" = "$c" ] || { echo "final adopters differ: C# $cs, C $c" >&2; exit 1; }
echo "same final adopters: $cs"
