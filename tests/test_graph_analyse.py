"""Centralities and communities agree with networkx; relation tables count what they say."""

from __future__ import annotations

import doctest
import importlib

import networkx as nx
import pytest

from newsgraph.graph import analyse as A


def _random_multigraph(seed: int) -> nx.MultiDiGraph:
    D = nx.gnm_random_graph(70, 160, seed=seed, directed=True)
    G = nx.MultiDiGraph()
    for u, v in D.edges():
        G.add_edge(str(u), str(v), key="strike", count=1 + (u + v) % 3)
    G.add_edge("0", "1", key="accuse", count=2)  # a parallel edge
    G.add_edges_from([("x", "y", "meet"), ("y", "z", "meet")])  # a separate component
    return G


def _simple(G: nx.MultiDiGraph) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, c in G.edges(data="count", default=1):
        if u != v:
            H.add_edge(u, v, weight=H.get_edge_data(u, v, {}).get("weight", 0) + c)
    return H


@pytest.mark.parametrize("seed", [1, 2])
def test_betweenness_matches_networkx_exact_and_sampled(seed):
    G = _random_multigraph(seed)
    H = _simple(G)
    exact = A.betweenness(G)
    assert exact == pytest.approx(nx.betweenness_centrality(H), abs=1e-12)
    sampled = A.betweenness(G, k=12, seed=seed)
    assert sampled == pytest.approx(nx.betweenness_centrality(H, k=12, seed=seed), abs=1e-12)
    assert sampled != pytest.approx(exact)


def test_betweenness_samples_above_the_exact_limit():
    G = _random_multigraph(3)
    assert A.betweenness_sources(G) is None
    assert A.betweenness_sources(G, exact_limit=50) == min(A.DEFAULT_SAMPLE, G.number_of_nodes())
    assert A.betweenness_sources(G, k=10) == 10


def test_eigenvector_on_the_largest_connected_part():
    G = _random_multigraph(4)
    H = _simple(G)
    giant = H.subgraph(max(nx.connected_components(H), key=len))
    ours = A.eigenvector(G)
    assert set(ours) == set(giant)  # x, y, z get no score
    assert ours == pytest.approx(nx.eigenvector_centrality_numpy(giant, weight="weight"), abs=1e-6)


def test_eigenvector_undefined_on_tiny_graph():
    assert A.eigenvector(nx.MultiDiGraph([("a", "b")])) == {}


def test_pagerank_counts_weight():
    G = nx.MultiDiGraph()
    G.add_edge("a", "hub", key="attack", count=9)
    G.add_edge("a", "other", key="attack", count=1)
    pr = A.pagerank(G)
    assert pr["hub"] > pr["other"]
    assert sum(pr.values()) == pytest.approx(1.0)


def test_degrees_directed_and_weighted():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="attack", count=3)
    G.add_edge("a", "b", key="accuse", count=1)
    G.add_edge("c", "a", key="fund", count=2)
    assert A.out_degree(G)["a"] == 2 and A.in_degree(G)["a"] == 1
    assert A.weighted_degree(G)["a"] == 6


def test_communities_split_two_groups_with_every_method():
    G = nx.MultiDiGraph()
    for group in (["a", "b", "c", "d"], ["w", "x", "y", "z"]):
        for u in group:
            for v in group:
                if u < v:
                    G.add_edge(u, v, key="meet", count=3)
    G.add_edge("a", "w", key="call", count=1)
    for method in ("louvain", "leiden", "label_propagation"):
        parts, used = A.communities(G, method=method)
        assert used == method
        assert sorted(map(sorted, parts)) == [["a", "b", "c", "d"], ["w", "x", "y", "z"]]
    assert A.community_of(parts)["a"] != A.community_of(parts)["z"]


def test_relation_tables():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="strike", relation="strike", relation_class="ATTACK", count=4,
               months={"2024-01": 3, "2024-04": 1})
    G.add_edge("b", "a", key="accuse", relation="accuse", relation_class="STATEMENT", count=2,
               months={"2024-02": 2})
    G.add_edge("c", "a", key="strike", relation="strike", relation_class="ATTACK", count=1)
    assert A.top_relations(G) == [("strike", 5, 2), ("accuse", 2, 1)]
    assert A.top_relation_classes(G, top=1) == [("ATTACK", 5, 2)]
    assert A.active_pairs(G) == [("a", "b", 6, ["accuse", "strike"]), ("a", "c", 1, ["strike"])]
    assert A.relations_per_month(G) == {"2024-01": 3, "2024-02": 2, "2024-03": 0, "2024-04": 1}


@pytest.mark.parametrize("module", ["analyse", "build", "export", "profile", "report", "html",
                                    "synthetic"])
def test_docstring_examples_run(module):
    mod = importlib.import_module(f"newsgraph.graph.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert mod.__all__


def test_one_pass_tallies_agree_with_networkx_degrees():
    G = _random_multigraph(5)
    t = A.tallies(G)
    assert all(t.in_degree[n] == d for n, d in G.in_degree())
    assert all(t.out_degree[n] == d for n, d in G.out_degree())
    assert all(t.weighted_degree[n] == d for n, d in G.degree(weight="count"))
    assert t.triples == sum(c for _, _, c in G.edges(data="count", default=1))
