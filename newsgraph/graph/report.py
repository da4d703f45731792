"""The ``newsgraph report``: who matters, who is tied to whom, which relations dominate.

:func:`report` runs every analysis of :mod:`newsgraph.graph.analyse` once and keeps the
results in a :class:`Report`; :func:`render` writes it as a rich table, CSV, JSON,
Markdown or a self-contained HTML page (:mod:`newsgraph.graph.html`).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.graph import analyse as A
from newsgraph.graph.errors import EmptyGraph, UnknownFormat
from newsgraph.labels import NON_ACTOR_TYPES

__all__ = ["REPORT_FORMATS", "CENTRALITY_COLUMNS", "Report", "report", "render"]

REPORT_FORMATS = ("table", "csv", "json", "markdown", "html")
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


# --- rendering ----------------------------------------------------------------------------

def _fmt(value: Any) -> str:
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


def _sections(r: Report) -> list[tuple[str, list[str], list[list[Any]]]]:
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


def _summary(r: Report) -> str:
    text = f"{r.nodes} entities, {r.edges} relations ({r.triples} triples)"
    if r.filters:
        text += "; filters: " + ", ".join(f"{k}={_fmt(v)}" for k, v in r.filters.items())
    return text


def render_table(r: Report, console: Console) -> None:
    """Print the report as rich tables."""
    console.print(_summary(r), highlight=False, markup=False)
    for title, header, rows in _sections(r):  # Text, never markup: names come from articles
        table = Table(title=Text(title), title_justify="left", show_lines=False, box=box.SIMPLE_HEAD,
                      pad_edge=False, collapse_padding=True)
        for i, h in enumerate(header):
            numeric = bool(rows) and isinstance(rows[0][i], int | float) and not isinstance(rows[0][i], bool)
            widest = max([len(_fmt(row[i])) for row in rows] + [len(h)])
            table.add_column(Text(h), overflow="fold", justify="right" if numeric else "left",
                             no_wrap=numeric, min_width=None if numeric else min(widest, 16))
        for row in rows:
            table.add_row(*(Text(_fmt(v)) for v in row))
        console.print(table)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#!])")


def _md_cell(value: Any) -> str:
    """A value as Markdown text: HTML escaped (a ``<script>`` in an article stays text when the
    Markdown is rendered), Markdown syntax backslash-escaped, on one line."""
    text = " ".join(_fmt(value).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_markdown(r: Report) -> str:
    """The report as Markdown: a heading and a pipe table per section."""
    lines = ["# newsgraph report", "", _md_cell(_summary(r)), ""]
    for title, header, rows in _sections(r):
        lines += [f"## {_md_cell(title)}", "", "| " + " | ".join(header) + " |",
                  "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def render_csv(r: Report) -> str:
    """The centrality table as CSV (one row per top entity; the other tables are in JSON)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CENTRALITY_COLUMNS)
    for row in r.centrality:
        w.writerow(["" if row[c] is None else row[c] for c in CENTRALITY_COLUMNS])
    return buf.getvalue()


def render(r: Report, fmt: str, G: nx.MultiDiGraph | None = None, *,
           console: Console | None = None) -> str | None:
    """Render a report in ``fmt`` (:data:`REPORT_FORMATS`); ``table`` prints to ``console``.

    ``html`` needs the graph ``G`` too (the page draws it). Returns the text for every
    format but ``table``.
    """
    if fmt == "table":
        # a pipe or file gets 160 columns (rich's default of 80 crops the centrality table)
        render_table(r, console or Console(width=None if sys.stdout.isatty() else 160))
        return None
    if fmt == "csv":
        return render_csv(r)
    if fmt == "json":
        return json.dumps(r.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "markdown":
        return render_markdown(r)
    if fmt == "html":
        if G is None:
            raise ValueError("the html report needs the graph")
        from newsgraph.graph.html import render_html

        return render_html(G, r)
    raise UnknownFormat(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")
