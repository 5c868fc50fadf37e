#!/usr/bin/env bash
# The main job on the built-in case base: build Willing, check every case file, list the coalitions.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Willing.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
willing=(dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll)
"${willing[@]}" cases validate
"${willing[@]}" cases list
