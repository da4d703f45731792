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

__all__ = ["CENTRALITY_COLUMNS", "RANK_BY", "Report", "report", "actor_scores", "rank", "sections", "summary",
           "format_value"]

CENTRALITY_COLUMNS = ("rank", "id", "name", "type", "facts", "partners", "documents", "pagerank",
                      "betweenness", "community")
RANK_BY = tuple(A.RANKINGS)


@dataclass
class Report:
    """Every figure of a report. Rows are plain dicts so each renderer can use them.

    ``centrality``: the ``top`` actors by ``rank_by`` (one of :data:`RANK_BY`), with every
    score; ``definitions`` says in one line what each score means. Concepts, claims, dates
    and amounts are no actors: they are not ranked (their relations still count in the
    relation tables). ``betweenness_method`` says "exact" or how many sources were sampled.
    ``communities``: ``{"id", "name", "size", "members"}`` of the actor graph, named after
    their two most central members. ``scores`` keeps the full ``{node: score}`` dicts.
    """

    nodes: int
    edges: int
    triples: int
    actors: int
    top: int
    rank_by: str
    filters: dict[str, Any]
    centrality: list[dict[str, Any]]
    definitions: dict[str, str]
    betweenness_method: str
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
            "nodes": self.nodes, "edges": self.edges, "triples": self.triples, "actors": self.actors,
            "top": self.top, "rank_by": self.rank_by, "filters": self.filters,
            "definitions": self.definitions, "betweenness_method": self.betweenness_method,
            "community_method": self.community_method,
            "centrality": self.centrality, "communities": self.communities,
            "relations": self.relations, "relation_classes": self.relation_classes,
            "pairs": self.pairs, "timeline": self.timeline,
        }


def _name(G: nx.Graph, node: Any) -> str:
    return str(G.nodes[node].get("name", node))


def actor_scores(G: nx.MultiDiGraph, *, seed: int = 0, k: int | None = None,
                 counts: A.Tallies | None = None) -> tuple[dict[str, dict], A.Projection, str]:
    """Every ranking of :data:`~newsgraph.graph.analyse.RANKINGS` for the actors of ``G``.

    ``facts`` and ``documents`` count all the actor's relations (a fact about an actor is
    one whatever its object); ``partners``, PageRank and betweenness are measured on the
    actor graph. Returns the scores, the actor projection and how betweenness was computed.
    """
    actors = A.actor_graph(G)
    counts = counts or A.tallies(G)
    P = A.project_pairs(counts.pairs, list(actors))
    sampled = A.betweenness_sources(actors, k)
    scores = {
        "facts": {n: counts.weighted_degree.get(n, 0) for n in P.nodes},
        "partners": A.partners(P),
        "documents": {n: len(counts.documents.get(n, ())) for n in P.nodes},
        "pagerank": A.pagerank_undirected(P),
        "betweenness": A.betweenness(actors, k, seed=seed, projection=P),
    }
    how = "exact" if sampled is None else f"sampled: {sampled} of {len(actors)} sources (seed {seed})"
    return scores, P, how


def rank(scores: dict[str, dict], rank_by: str = A.DEFAULT_RANKING) -> list:
    """Actors best first by ``rank_by``; ties go to more facts, then more partners, then the id.

    Examples
    --------
    >>> rank({"facts": {"a": 1, "b": 5}, "partners": {"a": 1, "b": 1}, "pagerank": {"a": .6, "b": .4}},
    ...      "pagerank")
    ['a', 'b']
    """
    if rank_by not in scores:
        raise ValueError(f"unknown ranking {rank_by!r}; choose one of {', '.join(A.RANKINGS)}")
    main, facts, mates = scores[rank_by], scores["facts"], scores["partners"]
    return sorted(main, key=lambda n: (-main.get(n, 0), -facts.get(n, 0), -mates.get(n, 0), str(n)))


def report(G: nx.MultiDiGraph, top: int = 20, *, seed: int = 0, k: int | None = None,
           rank_by: str = A.DEFAULT_RANKING) -> Report:
    """Analyse ``G`` and collect the ``top`` rows of every table.

    Actors are ranked by ``rank_by`` (see :data:`~newsgraph.graph.analyse.RANKINGS`).
    ``k`` forces the number of betweenness sources (default: exact up to
    :data:`~newsgraph.graph.analyse.EXACT_BETWEENNESS_LIMIT` actors, else 64 sampled);
    ``seed`` makes sampling and communities repeatable.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("e1", "e2", key="attack", relation="attack", count=2)
    >>> _ = G.add_edge("e1", "e3", key="warn", relation="warn", count=1)
    >>> for n, name in [("e1", "Hamas"), ("e2", "Israel"), ("e3", "Egypt")]:
    ...     G.nodes[n].update(name=name, type="ORG")
    >>> r = report(G, top=5)
    >>> r.centrality[0]["name"], r.centrality[0]["facts"], r.relations[0]
    ('Hamas', 3, {'relation': 'attack', 'triples': 2, 'edges': 1})
    """
    if G.number_of_nodes() == 0:
        raise EmptyGraph("the graph is empty: nothing to report")
    if rank_by not in A.RANKINGS:
        raise ValueError(f"unknown ranking {rank_by!r}; choose one of {', '.join(A.RANKINGS)}")
    counts = A.tallies(G)
    scores, P, how = actor_scores(G, seed=seed, k=k, counts=counts)
    parts, method = A.communities(G, seed=seed, projection=P) if P.nodes else ([], "none")
    member_of = A.community_of(parts)
    ranked = rank(scores, rank_by)
    return Report(
        nodes=G.number_of_nodes(), edges=G.number_of_edges(), triples=counts.triples,
        actors=len(P.nodes), top=top, rank_by=rank_by,
        filters=dict(G.graph.get("filters") or {}),
        centrality=[_centrality_row(G, n, i, scores, member_of) for i, n in enumerate(ranked[:top], 1)],
        definitions=dict(A.RANKINGS), betweenness_method=how,
        community_method=f"{method} on the actor graph (seed {seed}); "
                         f"{sum(len(p) == 1 for p in parts)} actors without a partner are left out",
        communities=_community_rows(G, parts, ranked, top),
        relations=[{"relation": r, "triples": c, "edges": e} for r, c, e in A.top_relations(G, top, counts=counts)],
        relation_classes=[{"relation_class": r, "triples": c, "edges": e}
                          for r, c, e in A.top_relation_classes(G, top, counts=counts)],
        pairs=[{"a": u, "a_name": _name(G, u), "b": v, "b_name": _name(G, v), "triples": c,
                "relations": rels} for u, v, c, rels in A.active_pairs(G, top, counts=counts)],
        timeline=A.relations_per_month(G, counts=counts), scores=scores, community_of=member_of,
    )


def _centrality_row(G: nx.Graph, node: Any, rank: int, scores: dict, member_of: dict) -> dict:
    data = G.nodes[node]
    row: dict[str, Any] = {"rank": rank, "id": node, "name": data.get("name", str(node)),
                           "type": data.get("type")}
    for name in ("facts", "partners", "documents"):
        row[name] = int(scores[name].get(node, 0))
    for name in ("pagerank", "betweenness"):
        value = scores[name].get(node)
        row[name] = None if value is None else round(float(value), 6)
    row["community"] = member_of.get(node)
    return row


def _community_rows(G: nx.Graph, parts: list[set], ranked: list, top: int) -> list[dict]:
    order = {n: i for i, n in enumerate(ranked)}
    rows = []
    for i, part in enumerate(p for p in parts[:top] if len(p) > 1):
        members = sorted(part, key=lambda n: order.get(n, len(order)))[:10]
        names = [_name(G, n) for n in members]
        rows.append({"id": i, "name": " / ".join(names[:2]), "size": len(part), "members": names})
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


SHORT_HEADERS = {"rank": "#", "pagerank": "PageRank", "betweenness": "between.", "community": "comm.",
                 "documents": "docs"}


def sections(r: Report) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, header, rows) of every table, shared by the table and Markdown renderers."""
    cols = [c for c in CENTRALITY_COLUMNS if c != "id"]
    return [
        (f"Top {len(r.centrality)} of {r.actors} actors by {r.rank_by} (betweenness {r.betweenness_method})",
         [SHORT_HEADERS.get(c, c) for c in cols], [[row[c] for c in cols] for row in r.centrality]),
        ("What the columns mean", ["column", "definition"], [[k, v] for k, v in r.definitions.items()]),
        (f"Communities ({r.community_method})", ["community", "name", "size", "top members"],
         [[c["id"], c["name"], c["size"], c["members"]] for c in r.communities]),
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
