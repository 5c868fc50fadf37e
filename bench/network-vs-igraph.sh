#!/usr/bin/env bash
# Wall time of whole processes on this machine: python-igraph (/usr/bin/python3, igraph 0.10) against
# `willing network metrics`, both reading the same edge list and computing degree, betweenness,
# closeness and eigenvector centrality (Willing computes more besides: strength, harmonic closeness,
# PageRank, coreness, constraint, centralization, components) and writing them out.
#
# Usage: bench/network-vs-igraph.sh [NODES] [EDGES] [RUNS]    (default 10000 50000 3)
# Build first: dotnet build Willing.slnx -c Release. Each tool runs RUNS times; the best time counts.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-10000}
edges=${2:-50000}
runs=${3:-3}
willing=src/Willing.Cli/bin/Release/net10.0/willing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same seeded random simple graph as NetworkBenchmarks (uniform pairs, no loops, no repeats).
/usr/bin/python3 - "$nodes" "$edges" "$work/edges.csv" <<'PY'
import random, sys
n, m, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(2005)
seen = set()
with open(path, "w") as f:
    f.write("source,target\n")
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        f.write("n%d,n%d\n" % (a, b))
PY

cat > "$work/igraph_metrics.py" <<'PY'
import csv, json, sys
import igraph as ig
with open(sys.argv[1]) as f:
    rows = list(csv.reader(f))[1:]
g = ig.Graph.TupleList(rows, directed=False)
out = {
    "nodes": g.vcount(), "edges": g.ecount(),
    "degree": g.degree(), "betweenness": g.betweenness(directed=False),
    "closeness": g.closeness(), "eigenvector": g.eigenvector_centrality(scale=True),
}
json.dump({k: v for k, v in out.items()}, sys.stdout, allow_nan=True)
PY

best() {
    local best=
    for _ in $(seq "$runs"); do
        local start end t
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    printf '%.3f' "$best"
}

echo "graph: $nodes nodes, $edges edges (seed 2005); best of $runs runs; $(nproc) cores"
ig=$(best /usr/bin/python3 "$work/igraph_metrics.py" "$work/edges.csv")
echo "python-igraph $(/usr/bin/python3 -c 'import igraph; print(igraph.__version__)'): ${ig} s"
wl=$(best "$willing" network metrics --edges "$work/edges.csv" --format json)
echo "willing network metrics: ${wl} s"
wl1=$(best "$willing" network metrics --edges "$work/edges.csv" --format json --threads 1)
echo "willing network metrics --threads 1: ${wl1} s"
echo "ratio willing/igraph: $(echo "scale=3; $wl / $ig" | bc -l) (one thread: $(echo "scale=3; $wl1 / $ig" | bc -l))"
