#!/usr/bin/python3
"""Expected network metrics from igraph (and NetworkX) for the tests of Willing.Networks.

Run with /usr/bin/python3 (python3-igraph 0.10.2, python3-networkx 2.8.8):

    /usr/bin/python3 tools/gen-network-fixtures.py

Writes one JSON file per graph to tests/Willing.Networks.Tests/Fixtures/. Each holds the graph (node
ids, edges as [source, target, weight]) and the metrics igraph computes for it; NaN is written as null.
The tests rebuild the graph with Willing's GraphBuilder and compare every value to 1e-9 (relative where
values are large). Python-igraph has no centralization functions, so degree and betweenness
centralization are Freeman's formula applied here to igraph's own degrees and betweenness, with the
theoretical maxima igraph's C library uses (igraph_centralization_*_tmax). Harmonic closeness is
igraph's (unnormalised) and is checked here against NetworkX's before it is written.
"""
import json
import math
import os
import random

import igraph as ig
import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "Willing.Networks.Tests", "Fixtures")


def clean(values):
    return [None if (isinstance(v, float) and math.isnan(v)) else v for v in values]


def random_edges(n, m, rng, directed):
    edges = set()
    while len(edges) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b:
            continue
        key = (a, b) if directed else (min(a, b), max(a, b))
        if key not in edges:
            edges.add(key)
    return sorted(edges)


def freeman(values, tmax):
    top = max(values)
    return sum(top - v for v in values) / tmax if tmax > 0 else None


def check_harmonic_with_networkx(g, weights, mode, harmonic):
    both_ways = not g.is_directed() or mode == "all"
    G = nx.Graph() if both_ways else nx.DiGraph()
    G.add_nodes_from(range(g.vcount()))
    for e in g.es:
        w = e["weight"] if weights else 1.0
        # Along "all", a mutual pair is two parallel edges: the shorter one is the distance.
        if G.has_edge(e.source, e.target):
            w = min(w, G[e.source][e.target]["weight"])
        G.add_edge(e.source, e.target, weight=w)
    # NetworkX sums 1/d(v, u) over the v that reach u; igraph's mode "out" sums over the u that v reaches.
    if g.is_directed() and mode == "out":
        G = G.reverse()
    nxh = nx.harmonic_centrality(G, distance="weight" if weights else None)
    for v in range(g.vcount()):
        assert abs(nxh[v] - harmonic[v]) <= 1e-9 * max(1.0, abs(harmonic[v])), (v, nxh[v], harmonic[v])


def metrics(g, weighted):
    w = "weight" if weighted else None
    n = g.vcount()
    directed = g.is_directed()
    result = {
        "degree_all": g.degree(mode="all"),
        "degree_in": g.degree(mode="in"),
        "degree_out": g.degree(mode="out"),
        "strength_all": g.strength(mode="all", weights=w),
        "betweenness": g.betweenness(directed=directed, weights=w),
        "betweenness_normalized": None,
        "closeness_out": clean(g.closeness(mode="out", weights=w, normalized=True)),
        "closeness_all": clean(g.closeness(mode="all", weights=w, normalized=True)),
        "closeness_out_raw": clean(g.closeness(mode="out", weights=w, normalized=False)),
        "harmonic_out": g.harmonic_centrality(mode="out", weights=w, normalized=False),
        "harmonic_all": g.harmonic_centrality(mode="all", weights=w, normalized=False),
        "eigenvector": g.eigenvector_centrality(directed=directed, scale=True, weights=w),
        "pagerank": g.pagerank(directed=directed, damping=0.85, weights=w, implementation="prpack"),
        "density": g.density(loops=False),
        "weak_membership": g.connected_components(mode="weak").membership,
        "strong_membership": g.connected_components(mode="strong").membership,
        "coreness_all": g.coreness(mode="all"),
        "coreness_out": g.coreness(mode="out"),
        "constraint": clean(g.constraint(weights=w)),
    }
    b = result["betweenness"]
    if n > 2:
        scale = (1.0 if directed else 2.0) / ((n - 1) * (n - 2))
        result["betweenness_normalized"] = [x * scale for x in b]
        result["degree_centralization"] = freeman(result["degree_all"], (2 if directed else 1) * (n - 1) * (n - 2))
        result["betweenness_centralization"] = freeman(b, (n - 1) ** 2 * (n - 2) / (1 if directed else 2))
    check_harmonic_with_networkx(g, weighted, "out", result["harmonic_out"])
    check_harmonic_with_networkx(g, weighted, "all", result["harmonic_all"])
    return result


def write(name, n, edges, directed, weights=None, note=""):
    g = ig.Graph(n=n, edges=[(a, b) for a, b in edges], directed=directed)
    weighted = weights is not None
    g.es["weight"] = weights if weighted else [1.0] * len(edges)
    doc = {
        "name": name,
        "note": note,
        "generator": "tools/gen-network-fixtures.py, igraph %s, networkx %s" % (ig.__version__, nx.__version__),
        "directed": directed,
        "weighted": weighted,
        "nodes": ["n%d" % i for i in range(n)],
        "edges": [[a, b, (weights[i] if weighted else 1.0)] for i, (a, b) in enumerate(edges)],
        "metrics": metrics(g, weighted),
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(doc, f, indent=1, allow_nan=False)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(2005)
    write("star", 7, [(0, i) for i in range(1, 7)], False, note="a hub and six spokes")
    write("path", 8, [(i, i + 1) for i in range(7)], False)
    write("cycle", 9, [(i, (i + 1) % 9) for i in range(9)], False)
    write("disconnected", 10, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (4, 5), (5, 6), (7, 8)], False,
          note="a clique of four, a path of three, an edge and an isolate")
    e = random_edges(20, 30, rng, False)
    write("isolates", 24, e, False, note="a random graph on 20 nodes and four isolates")
    e = random_edges(60, 180, rng, False)
    write("random-undirected", 60, e, False)
    write("random-undirected-int-weights", 60, e, False, weights=[float(rng.randint(1, 3)) for _ in e],
          note="weights 1 to 3, so that weighted shortest paths tie")
    write("random-undirected-real-weights", 60, e, False, weights=[round(rng.uniform(0.1, 2.0), 3) for _ in e])
    e = random_edges(40, 200, rng, True)
    write("random-directed", 40, e, True)
    write("random-directed-weights", 40, e, True, weights=[float(rng.randint(1, 4)) for _ in e])
    e = random_edges(30, 45, rng, True)
    write("sparse-directed", 30, e, True, note="sparse: dangling nodes, several strong components")
    write("directed-star", 6, [(0, i) for i in range(1, 6)] + [(i, 0) for i in range(1, 3)], True)


if __name__ == "__main__":
    main()
