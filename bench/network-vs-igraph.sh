#!/usr/bin/env bash
# Wall time of whole processes on this machine: python-igraph (/usr/bin/python3, igraph 0.10) against
# `willing network metrics`, both reading the same edge list and computing degree, betweenness,
# closeness and eigenvector centrality (Willing computes more besides: strength, harmonic closeness,
# PageRank, coreness, constraint, centralization, components) and writing them out.
#
# Usage: bench/network-vs-igraph.sh [NODES] [EDGES] [RUNS]    (default 10000 50000 3)
# Build first: dotnet build Willing.slnx -c Release. The tools run RUNS times each, taking turns; the best wall time counts.
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

# One timed run: wall and CPU (user + system) seconds of the whole process.
run() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$@" > /dev/null; } 2>&1 )
    read -r wall user sys <<< "$t"
    echo "$wall $(echo "$user + $sys" | bc -l)"
}

# The tools take turns, so that a burst of load from other work on the machine hits them alike; the best run of each counts.
ig_best=; wl_best=; wl1_best=; ig_cpu=; wl_cpu=; wl1_cpu=
keep() { # name wall cpu
    local -n best=$1 cpu=$2
    if [ -z "$best" ] || [ "$(echo "$3 < $best" | bc -l)" = 1 ]; then best=$3; cpu=$4; fi
}
echo "graph: $nodes nodes, $edges edges (seed 2005); best of $runs runs, taking turns; $(nproc) cores"
for i in $(seq "$runs"); do
    read -r w c <<< "$(run /usr/bin/python3 "$work/igraph_metrics.py" "$work/edges.csv")"; keep ig_best ig_cpu "$w" "$c"
    read -r w c <<< "$(run "$willing" network metrics --edges "$work/edges.csv" --format json)"; keep wl_best wl_cpu "$w" "$c"
    read -r w c <<< "$(run "$willing" network metrics --edges "$work/edges.csv" --format json --threads 1)"; keep wl1_best wl1_cpu "$w" "$c"
    echo "  run $i: igraph $ig_best s, willing $wl_best s, willing one thread $wl1_best s (best so far; load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "python-igraph $(/usr/bin/python3 -c 'import igraph; print(igraph.__version__)'): ${ig_best} s wall, ${ig_cpu} s CPU"
echo "willing network metrics: ${wl_best} s wall, ${wl_cpu} s CPU"
echo "willing network metrics --threads 1: ${wl1_best} s wall, ${wl1_cpu} s CPU"
echo "ratio willing/igraph, wall: $(echo "scale=3; $wl_best / $ig_best" | bc -l) (one thread: $(echo "scale=3; $wl1_best / $ig_best" | bc -l))"
