"""The ``newsgraph report``: who matters, who is tied to whom, which relations dominate.

:func:`report` runs every analysis of :mod:`newsgraph.graph.analyse` once and keeps the
results in a :class:`Report`, with the tables every renderer shows (:func:`sections`);
:mod:`newsgraph.graph.render` writes it as a rich table, CSV, JSON, Markdown or a
self-contained HTML page (:mod:`newsgraph.graph.html`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.graph import analyse as A
from newsgraph.graph.errors import EmptyGraph
from newsgraph.labels import NON_ACTOR_TYPES

__all__ = ["CENTRALITY_COLUMNS", "Report", "report", "sections", "summary", "format_value"]

CENTRALITY_COLUMNS = ("rank", "id", "name", "type", "in_degree", "out_degree", "weighted_degree",
                      "pagerank", "betweenness", "eigenvector", "community")


@dataclass
class Report:
    """Every figure of a report. Rows are plain dicts so each renderer can use them.

    ``centrality``: the ``top`` nodes by PageRank (actors before concepts, dates and
    amounts), with every score (``eigenvector`` is None outside the largest connected part).
    ``betweenness_method`` says "exact" or how many sources were sampled. ``communities``:
    ``{"id", "size", "members"}`` (top members by PageRank). ``scores`` keeps the full
    ``{node: score}`` dicts for drawing.
    """

    nodes: int
    edges: int
    triples: int
    top: int
    filters: dict[str, Any]
    centrality: list[dict[str, Any]]
    betweenness_method: str
    eigenvector_note: str
    community_method: str
    communities: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    relation_classes: list[dict[str, Any]]
    pairs: list[dict[str, Any]]
    timeline: dict[str, int]
    scores: dict[str, dict] = field(default_factory=dict, repr=False)
    community_of: dict = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-able data (without the full per-node scores)."""
        return {
            "nodes": self.nodes, "edges": self.edges, "triples": self.triples, "top": self.top,
            "filters": self.filters, "betweenness_method": self.betweenness_method,
            "eigenvector_note": self.eigenvector_note, "community_method": self.community_method,
            "centrality": self.centrality, "communities": self.communities,
            "relations": self.relations, "relation_classes": self.relation_classes,
            "pairs": self.pairs, "timeline": self.timeline,
        }


def _name(G: nx.Graph, node: Any) -> str:
    return str(G.nodes[node].get("name", node))


def report(G: nx.MultiDiGraph, top: int = 20, *, seed: int = 0, k: int | None = None) -> Report:
    """Analyse ``G`` and collect the ``top`` rows of every table.

    ``k`` forces the number of betweenness sources (default: exact up to
    :data:`~newsgraph.graph.analyse.EXACT_BETWEENNESS_LIMIT` nodes, else 64 sampled);
    ``seed`` makes sampling and communities repeatable.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("e1", "e2", key="attack", relation="attack", count=2)
    >>> G.nodes["e1"].update(name="Hamas", type="ORG")
    >>> G.nodes["e2"].update(name="Israel", type="GPE")
    >>> r = report(G, top=5)
    >>> r.centrality[0]["name"], r.relations[0]
    ('Israel', {'relation': 'attack', 'triples': 2, 'edges': 1})
    """
    if G.number_of_nodes() == 0:
        raise EmptyGraph("the graph is empty: nothing to report")
    P = A.project(G)
    counts = A.tallies(G)
    scores = {
        "in_degree": counts.in_degree, "out_degree": counts.out_degree,
        "weighted_degree": counts.weighted_degree, "pagerank": A.pagerank(G),
        "betweenness": A.betweenness(G, k, seed=seed, projection=P),
        "eigenvector": A.eigenvector(G, projection=P),
    }
    parts, method = A.communities(G, seed=seed, projection=P)
    member_of = A.community_of(parts)
    ranked = sorted(G, key=lambda n: (_is_concept(G, n), -scores["pagerank"].get(n, 0.0), str(n)))
    sampled = A.betweenness_sources(G, k)
    return Report(
        nodes=G.number_of_nodes(), edges=G.number_of_edges(),
        triples=counts.triples, top=top,
        filters=dict(G.graph.get("filters") or {}),
        centrality=[_centrality_row(G, n, i, scores, member_of) for i, n in enumerate(ranked[:top], 1)],
        betweenness_method="exact" if sampled is None else
        f"sampled: {sampled} of {G.number_of_nodes()} sources (seed {seed})",
        eigenvector_note=_eigen_note(G, scores["eigenvector"]),
        community_method=f"{method} (seed {seed})",
        communities=_community_rows(G, parts, scores["pagerank"], top),
        relations=[{"relation": r, "triples": c, "edges": e} for r, c, e in A.top_relations(G, top, counts=counts)],
        relation_classes=[{"relation_class": r, "triples": c, "edges": e}
                          for r, c, e in A.top_relation_classes(G, top, counts=counts)],
        pairs=[{"a": u, "a_name": _name(G, u), "b": v, "b_name": _name(G, v), "triples": c,
                "relations": rels} for u, v, c, rels in A.active_pairs(G, top, counts=counts)],
        timeline=A.relations_per_month(G, counts=counts), scores=scores, community_of=member_of,
    )




def _is_concept(G: nx.Graph, node: Any) -> bool:
    """Whether a node is no actor ("the raid", "three months"): it ranks after the actors."""
    return G.nodes[node].get("type") in NON_ACTOR_TYPES


def _centrality_row(G: nx.Graph, node: Any, rank: int, scores: dict, member_of: dict) -> dict:
    data = G.nodes[node]
    row: dict[str, Any] = {"rank": rank, "id": node, "name": data.get("name", str(node)),
                           "type": data.get("type")}
    for name in ("in_degree", "out_degree", "weighted_degree"):
        row[name] = scores[name].get(node, 0)
    for name in ("pagerank", "betweenness", "eigenvector"):
        value = scores[name].get(node)
        row[name] = None if value is None else round(float(value), 6)
    row["community"] = member_of.get(node)
    return row


def _eigen_note(G: nx.Graph, eig: dict) -> str:
    if not eig:
        return "not defined (graph too small or the computation did not converge)"
    if len(eig) < G.number_of_nodes():
        return f"on the largest connected part ({len(eig)} of {G.number_of_nodes()} nodes)"
    return "on the whole (connected) graph"


def _community_rows(G: nx.Graph, parts: list[set], pr: dict, top: int) -> list[dict]:
    rows = []
    for i, part in enumerate(parts[:top]):
        members = sorted(part, key=lambda n: (_is_concept(G, n), -pr.get(n, 0.0), str(n)))[:10]
        rows.append({"id": i, "size": len(part), "members": [_name(G, n) for n in members]})
    return rows


# --- what every renderer shows ---------------------------------------------------------

def format_value(value: Any) -> str:
    """A cell as every renderer shows it: "-" for none, 4 decimals, lists joined."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


SHORT_HEADERS = {"rank": "#", "in_degree": "in", "out_degree": "out", "weighted_degree": "triples",
                 "pagerank": "PageRank", "betweenness": "between.", "eigenvector": "eigenv.",
                 "community": "comm."}


def sections(r: Report) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) of every table, shared by the table and Markdown renderers."""
    cols = [c for c in CENTRALITY_COLUMNS if c != "id"]
    return [
        (f"Top {len(r.centrality)} entities by PageRank (betweenness {r.betweenness_method}; "
         f"eigenvector {r.eigenvector_note})", [SHORT_HEADERS.get(c, c) for c in cols],
         [[row[c] for c in cols] for row in r.centrality]),
        (f"Communities ({r.community_method})", ["community", "size", "top members"],
         [[c["id"], c["size"], c["members"]] for c in r.communities]),
        ("Relations", ["relation", "triples", "edges"],
         [[x["relation"], x["triples"], x["edges"]] for x in r.relations]),
        ("Relation classes", ["class", "triples", "edges"],
         [[x["relation_class"], x["triples"], x["edges"]] for x in r.relation_classes]),
        ("Most active pairs", ["entity", "entity", "triples", "relations"],
         [[p["a_name"], p["b_name"], p["triples"], p["relations"]] for p in r.pairs]),
        ("Relations per month", ["month", "triples"], [[m, c] for m, c in r.timeline.items()]),
    ]


def summary(r: Report) -> str:
    """One line: how big the graph is and which filters made it."""
    text = f"{r.nodes} entities, {r.edges} relations ({r.triples} triples)"
    if r.filters:
        text += "; filters: " + ", ".join(f"{k}={format_value(v)}" for k, v in r.filters.items())
    return text
