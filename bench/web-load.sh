#!/usr/bin/env bash
# Load test of the workbench (issue 12): at least 200 concurrent readers on loopback, without errors, p99 under
# 100 ms for a case page and the API. Starts the published willing (scripts/publish.sh) on a fresh SQLite file and a
# free port, warms it, then runs wrk (Debian's wrk, installed when missing) for each path and prints requests/s, the
# latency percentiles and the HTTP (status >= 400) and socket errors. Server and wrk share this machine's cores.
#   bash bench/web-load.sh [seconds=20] [connections=200]     (WILLING="dotnet src/Willing.Cli/bin/Release/net10.0/willing.dll" for the development build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-200}
command -v wrk > /dev/null || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
willing=(${WILLING:-artifacts/willing/willing})
[ -n "${WILLING:-}" ] || [ -x artifacts/willing/willing ] || bash scripts/publish.sh
dir=$(mktemp -d /tmp/willing-load.XXXXXX)
port=5180
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
WILLING_TOKEN=load-test-token-0123456789 "${willing[@]}" serve --urls "http://127.0.0.1:$port" --db "$dir/load.db" > "$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
paths=(/cases/iraq-2003 /api/cases/iraq-2003 /api/cases /cases)
for path in "${paths[@]}"; do
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$port$path"; done
done
# wrk counts answers with a status of 400 or more as errors.status; the percentiles are wrk's own.
cat > "$dir/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("  requests %d, %.0f/s, HTTP errors %d, socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
LUA
echo "willing serve on 127.0.0.1:$port; wrk -t2 -c$connections -d${seconds}s on $(nproc) cores shared with the server"
for path in "${paths[@]}"; do
  echo "$path"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s ${WRK_HEADER:+-H "$WRK_HEADER"} -s "$dir/report.lua" "http://127.0.0.1:$port$path" | grep -E '^  (requests|latency)'
done
