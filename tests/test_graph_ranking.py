"""Who matters: a hub with many partners outranks a sink of two facts under every ranking;
paths go through actors, never through a concept node."""

from __future__ import annotations

import networkx as nx
import pytest

from newsgraph.graph import analyse as A
from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.errors import NoPath
from newsgraph.graph.profile import shortest_chains
from newsgraph.graph.report import RANK_BY, report
from newsgraph.graph.synthetic import triple


def _hub_and_sink() -> nx.MultiDiGraph:
    """Mara Olsen states facts about six actors in six articles; Velm is the object of two
    facts from two well-connected actors, which made it rank high by directed PageRank."""
    t = []
    for i, who in enumerate(["Tarn Guild", "Oster Bank", "Loden Party", "Red Ferry", "Kiln Union",
                             "Brisk Council"]):
        for j in range(2):
            t.append(triple("Mara Olsen", "meet", who, subject_type="PERSON", doc=f"d{i}",
                            sentence=f"Mara Olsen met the {who} leaders, time {j}."))
    t.append(triple("Tarn Guild", "blame", "Oster Bank", doc="d7"))
    t.append(triple("Tarn Guild", "visit", "Velm", object_type="GPE", doc="d8"))
    t.append(triple("Oster Bank", "visit", "Velm", object_type="GPE", doc="d9"))
    return graph_from_triples([], t)


def test_directed_pagerank_alone_would_rank_the_sink_first():
    """The failure the rankings fix: on the directed graph a sink beats the hub."""
    G = _hub_and_sink()
    pr = A.pagerank(G)
    assert pr["velm"] > pr["mara olsen"]


@pytest.mark.parametrize("rank_by", RANK_BY)
def test_hub_outranks_sink_under_every_ranking(rank_by):
    r = report(_hub_and_sink(), top=10, rank_by=rank_by)
    names = [row["name"] for row in r.centrality]
    assert names[0] == "Mara Olsen", (rank_by, names)
    assert names.index("Mara Olsen") < names.index("Velm")
    assert r.rank_by == rank_by and set(r.definitions) == set(RANK_BY)


def test_ranking_figures_mean_what_they_say():
    r = report(_hub_and_sink(), top=10)
    hub = next(row for row in r.centrality if row["name"] == "Mara Olsen")
    assert (hub["facts"], hub["partners"], hub["documents"]) == (12, 6, 6)
    sink = next(row for row in r.centrality if row["name"] == "Velm")
    assert (sink["facts"], sink["partners"], sink["documents"]) == (2, 2, 2)


def test_undirected_pagerank_equals_networkx():
    G = _hub_and_sink()
    P = A.project(G)
    ours = A.pagerank_undirected(P)
    assert ours == pytest.approx(nx.pagerank(P.to_networkx(), weight="weight", tol=1e-12, max_iter=10_000), abs=1e-8)


def test_unknown_ranking_is_refused():
    with pytest.raises(ValueError, match="unknown ranking"):
        report(_hub_and_sink(), rank_by="fame")


def test_communities_are_named_by_their_most_central_actors():
    t = [triple(a, "meet", b, doc="d1") for a, b in [("Ann", "Bo"), ("Ann", "Cy"), ("Bo", "Cy"),
                                                      ("Ann", "Bo")]]
    t += [triple(a, "meet", b, doc="d2") for a, b in [("Xu", "Yi"), ("Xu", "Zo"), ("Yi", "Zo"),
                                                       ("Xu", "Zo")]]
    t += [triple("Ann", "fund", "the offer", object_type="CONCEPT", doc="d3")]
    r = report(graph_from_triples([], t))
    assert sorted(c["name"] for c in r.communities) == ["Ann / Bo", "Xu / Zo"]
    assert all("the offer" not in c["members"] for c in r.communities)


def test_path_avoids_concept_nodes():
    """Two actors tied only through a concept ("bridge attack", joining unrelated events) have no path;
    one tied through an actor has a path through that actor."""
    t = [triple("Elm Front", "claim", "bridge attack", object_type="CONCEPT", doc="d1"),
         triple("Paul Ekk", "condemn", "bridge attack", subject_type="PERSON", object_type="CONCEPT", doc="d2"),
         triple("Elm Front", "threaten", "Dorn Mill", doc="d3"),
         triple("Dorn Mill", "hire", "Rita Oy", object_type="PERSON", doc="d4")]
    G = graph_from_triples([], t, concepts=True)  # concepts in the graph, yet never on a path
    with pytest.raises(NoPath, match="between actors"):
        shortest_chains(G, "Elm Front", "Paul Ekk")
    chains = shortest_chains(G, "Elm Front", "Rita Oy")
    assert [[h.target_name for h in chain] for chain in chains] == [["Dorn Mill", "Rita Oy"]]
    # a concept may still be an end of the path
    assert shortest_chains(G, "Paul Ekk", "bridge attack")
