#!/usr/bin/env bash
# The main job on the built-in case base: build Willing, check every case file, classify every
# coalition on Cooper's axes, show the Iraq coalition's exits over time and a Cox model of its exit hazard,
# and write the comparative report (HTML and charts) to report/.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
"${willing[@]}" cases validate
"${willing[@]}" classify --all
"${willing[@]}" survival cox iraq-2003 2> /dev/null
index=$("${willing[@]}" report --out report)
echo "The report is at ${index} (charts as PNG and SVG in report/charts/)."
