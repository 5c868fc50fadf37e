#!/usr/bin/env bash
# A long fuzz run of the readers (case files and codebook), for occasional use:
#   bash scripts/fuzz.sh [INPUTS] [STREAM]     default 100000 inputs of stream 1
# Each input is reproducible from its index and stream (tests/Shared/InputFuzzer.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
export WILLING_FUZZ_INPUTS="${1:-100000}" WILLING_FUZZ_STREAM="${2:-1}"
dotnet build Willing.slnx -c Release --nologo -v quiet -clp:ErrorsOnly
for project in tests/Willing.Core.Tests tests/Willing.Typology.Tests; do
  dotnet test "$project" -c Release --no-build --nologo --filter "FullyQualifiedName~FuzzTests" \
    --logger "console;verbosity=detailed" | grep -E "inputs \(stream|Passed!|Failed!|fuzz input|error" || true
done
