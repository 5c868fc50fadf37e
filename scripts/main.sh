#!/usr/bin/env bash
# The main job on the built-in case base: publish Willing, check every case file, classify every
# coalition on Cooper's axes, show the Iraq coalition's exits over time, a Cox model of its exit hazard and a
# QCA of which partners left early,
# and write the comparative report (HTML and charts) to report/.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tool is published self-contained with the runtime and Willing compiled ahead of time into one
# ReadyToRun image (docs/decisions/0010-start-up-time.md), in its own build tree so the development
# build (bin/, obj/) is left alone: artifacts/willing/willing. Incremental: a second run only checks.
bash scripts/publish.sh
willing=(artifacts/willing/willing)
"${willing[@]}" cases validate
"${willing[@]}" classify --all
"${willing[@]}" survival cox iraq-2003 2> /dev/null
"${willing[@]}" qca minimize --members iraq-2003 --outcome EARLY --conditions ELECTION,GOVCHANGE,CASUALTIES,TROOPS,PAYMENTS \
  --incl-cut 0.8 --solution parsimonious 2> /dev/null
"${willing[@]}" simulate calibrate landmines-ottawa --target landmines-ottawa
index=$("${willing[@]}" report --out report)
echo "The report is at ${index} (charts as PNG and SVG in report/charts/)."
