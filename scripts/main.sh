#!/usr/bin/env bash
# The main job on the built-in case base: publish Willing, check every case file, classify every
# coalition on Cooper's axes, show the Iraq coalition's exits over time, a Cox model of its exit hazard and a
# QCA of which partners left early,
# write the comparative report (HTML and charts) to report/, and start the web workbench on a fresh database for a
# moment to check that it serves a case page and the API (run `artifacts/willing/willing serve` to keep it running).
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
db=$(mktemp -d /tmp/willing-serve.XXXXXX)
port=5080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
WILLING_TOKEN=main-job-token-0123456789 "${willing[@]}" serve --urls "http://127.0.0.1:$port" --db "$db/workbench.db" > "$db/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; rm -rf "$db"' EXIT
for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
head -1 "$db/serve.log"
for path in /cases/iraq-2003 /api/cases/iraq-2003/classification; do
  curl -sf -o /dev/null -w "  GET $path: %{http_code}, %{size_download} bytes in %{time_total} s\n" "http://127.0.0.1:$port$path"
done
kill $server; wait $server 2> /dev/null || true
