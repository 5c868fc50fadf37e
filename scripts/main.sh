#!/usr/bin/env bash
# The main job on the built-in case base: build Willing, check every case file, classify every
# coalition on Cooper's axes, and write the comparative report (HTML and charts) to report/.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
"${willing[@]}" cases validate
"${willing[@]}" classify --all
index=$("${willing[@]}" report --out report)
echo "The report is at ${index} (charts as PNG and SVG in report/charts/)."
