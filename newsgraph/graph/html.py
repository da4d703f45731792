"""One self-contained HTML report: the graph to explore, the tables, a timeline.

The page needs no network: the stylesheet and script (``assets/report.css``,
``assets/report.js``) are inlined, the layout is computed here with networkx's spring
layout and the browser only draws it. Big graphs are cut to the ``max_nodes`` most
central entities (PageRank) for the picture; the tables cover the whole graph.

Every piece of article text is escaped: tables via :func:`html.escape`, the graph data as
JSON in a ``<script type="application/json">`` whose ``<``, ``>`` and ``&`` are written as
``\\u003c``-style escapes, and the script inserts text with ``textContent`` only.
"""

from __future__ import annotations

import html as _html
import json
import math
from importlib import resources
from typing import Any

import networkx as nx
import numpy as np

from newsgraph.graph.report import CENTRALITY_COLUMNS, Report, format_value

__all__ = ["MAX_NODES", "render_html", "graph_payload"]

MAX_NODES = 150
EDGE_LABEL_LIMIT = 250
NODE_LABEL_LIMIT = 30
"""Only the most central nodes carry a name on the picture; the others show it on hover."""
EVIDENCE_SHOWN = 5


def _asset(name: str) -> str:
    return resources.files("newsgraph.graph").joinpath("assets", name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _component_layout(C: nx.Graph, seed: int) -> dict:
    """Spring layout of one connected part, scaled so its area grows with its size."""
    n = C.number_of_nodes()
    if n == 1:
        return {next(iter(C)): (0.0, 0.0)}
    if n == 2:
        a, b = list(C)
        return {a: (-1.0, 0.0), b: (1.0, 0.0)}
    start = nx.spring_layout(C, seed=seed, weight=None, iterations=50)
    pos = nx.kamada_kawai_layout(C, pos=start, weight=None) if n <= 400 else start
    nodes = list(pos)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    xy -= xy.mean(axis=0)
    # turn the long axis horizontal: the drawing area is wider than tall
    _, vecs = np.linalg.eigh(np.cov(xy.T) + 1e-12 * np.eye(2))
    xy = xy @ vecs[:, ::-1]
    xy *= 1.5 * math.sqrt(n) / (np.abs(xy).max() or 1.0)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy, strict=True)}


def _layout(H: nx.Graph, seed: int) -> tuple[dict, tuple[float, float]]:
    """Lay out each connected part on its own and pack the parts in rows, biggest first.

    One spring layout over a fragmented graph throws the small parts to a ring around the
    big one; packing keeps every part readable. Returns positions and the total extent.
    """
    parts = sorted((H.subgraph(c) for c in nx.connected_components(H)),
                   key=lambda c: (-c.number_of_nodes(), sorted(map(str, c))[0]))
    boxes = []
    for part in parts:
        pos = _component_layout(part, seed)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs) + 2.0, max(ys) - min(ys) + 2.0))
    row_width = max(max(b[3] for b in boxes), math.sqrt(sum(b[3] * b[4] for b in boxes)) * 1.5)
    placed: dict = {}
    x = y = row_height = width = 0.0
    for pos, min_x, min_y, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (x + px - min_x + 1.0, y + py - min_y + 1.0)
        x += w
        width = max(width, x)
        row_height = max(row_height, h)
    return placed, (width, y + row_height)


def _relation(data: dict, key: str) -> dict:
    return {
        "relation": data.get("relation", key), "negated": bool(data.get("negated")),
        "relation_class": data.get("relation_class"), "count": data.get("count", 1),
        "confidence": data.get("confidence"), "first": data.get("first_seen"),
        "last": data.get("last_seen"),
        "evidence": [{"sentence": ev.get("sentence", ""), "date": ev.get("date"), "doc": ev.get("doc"),
                      "source": ev.get("source"), "title": ev.get("title"), "url": ev.get("url")}
                     for ev in (data.get("evidence") or [])[:EVIDENCE_SHOWN]],
    }


def graph_payload(G: nx.MultiDiGraph, r: Report, *, max_nodes: int = MAX_NODES, seed: int = 0) -> dict:
    """The data the page draws: the top ``max_nodes`` nodes by PageRank, laid out, and their edges."""
    pr = r.scores.get("pagerank", {})
    bc = r.scores.get("betweenness", {})
    keep = sorted(G, key=lambda n: (-pr.get(n, 0.0), str(n)))[:max_nodes]
    sub = G.subgraph(keep)
    pos, extent = _layout(nx.Graph(sub.to_undirected(as_view=True)), seed)
    top_pr = max((pr.get(n, 0.0) for n in keep), default=0.0) or 1.0
    nodes = []
    for n in keep:
        data = G.nodes[n]
        nodes.append({
            "id": str(n), "name": str(data.get("name", n)), "type": str(data.get("type", "")),
            "aliases": [str(a) for a in data.get("aliases") or []][:10],
            "community": r.community_of.get(n), "pagerank": pr.get(n, 0.0),
            "betweenness": bc.get(n, 0.0), "x": pos[n][0], "y": pos[n][1],
            "r": 4.0 + 16.0 * math.sqrt(pr.get(n, 0.0) / top_pr),
        })
    pairs: dict[tuple[str, str], list[dict]] = {}
    for u, v, k, data in sub.edges(keys=True, data=True):
        if u != v:
            pairs.setdefault((str(u), str(v)), []).append(_relation(data, str(k)))
    edges = []
    for (u, v), rels in pairs.items():
        rels.sort(key=lambda x: -x["count"])
        names = [("not " if x["negated"] else "") + str(x["relation"]) for x in rels]
        label = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        edges.append({"s": u, "t": v, "label": label, "count": sum(x["count"] for x in rels),
                      "relations": rels})
    drawn_communities = sorted({n["community"] for n in nodes if n["community"] is not None})
    leaders: dict = {}
    # nodes are in PageRank order: the first named actor leads its community, a concept
    # ("act of war") only where the community has no named actor
    for n in sorted(nodes, key=lambda n: n["type"] == "CONCEPT"):
        leaders.setdefault(n["community"], n["name"])
    return {
        "nodes": nodes, "edges": edges, "edge_label_limit": EDGE_LABEL_LIMIT, "extent": extent,
        "node_label_limit": NODE_LABEL_LIMIT,
        "types": sorted({n["type"] for n in nodes}),
        "communities": [{"id": c, "label": leaders[c]} for c in drawn_communities[:12]],
        "total_nodes": G.number_of_nodes(),
    }


def _e(value: Any) -> str:
    return _html.escape(format_value(value), quote=True)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{_e(v)}</td>' if isinstance(v, int | float) and not isinstance(v, bool)
            else f"<td>{_e(v)}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _timeline_svg(months: dict[str, int]) -> str:
    if not months:
        return '<p class="note">No dated relation.</p>'
    items = list(months.items())
    width, height, base = max(320, 34 * len(items)), 170, 140
    top = max(c for _, c in items) or 1
    bar = width / len(items)
    parts = [f'<svg class="timeline" width="{width}" height="{height}" role="img" '
             f'aria-label="relations per month">']
    for i, (month, count) in enumerate(items):
        h = 110 * count / top
        x = i * bar + 3
        parts.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar - 6:.1f}" height="{h:.1f}">'
                     f"<title>{_e(month)}: {count}</title></rect>")
        parts.append(f'<text x="{x + (bar - 6) / 2:.1f}" y="{base - h - 3:.1f}" '
                     f'text-anchor="middle">{count}</text>')
        parts.append(f'<text x="{x + (bar - 6) / 2:.1f}" y="{base + 14}" text-anchor="middle">'
                     f"{_e(month)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _sections_html(r: Report) -> str:
    cols = [c for c in CENTRALITY_COLUMNS if c != "id"]
    blocks = [
        ("Who matters", f"Top {len(r.centrality)} by PageRank. Betweenness: {r.betweenness_method}. "
         f"Eigenvector: {r.eigenvector_note}.", _table(cols, [[row[c] for c in cols] for row in r.centrality])),
        ("Communities", r.community_method,
         _table(["community", "size", "top members"], [[c["id"], c["size"], c["members"]] for c in r.communities])),
        ("Relations", "", _table(["relation", "triples", "edges"],
                                 [[x["relation"], x["triples"], x["edges"]] for x in r.relations])),
        ("Relation classes", "", _table(["class", "triples", "edges"],
                                        [[x["relation_class"], x["triples"], x["edges"]]
                                         for x in r.relation_classes])),
        ("Most active pairs", "", _table(["entity", "entity", "triples", "relations"],
                                         [[p["a_name"], p["b_name"], p["triples"], p["relations"]]
                                          for p in r.pairs])),
    ]
    out = ['<div class="grid">']
    for title, note, table in blocks:
        out.append(f"<section><h2>{_e(title)}</h2><p class=\"note\">{_e(note)}</p>{table}</section>")
    out.append("</div>")
    return "".join(out)


def render_html(G: nx.MultiDiGraph, r: Report, *, max_nodes: int = MAX_NODES, seed: int = 0,
                title: str = "newsgraph report") -> str:
    """The whole report as one HTML page (no external resource).

    Examples
    --------
    >>> from newsgraph.graph.report import report
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="warn", relation="warn", count=1)
    >>> page = render_html(G, report(G))
    >>> page.startswith("<!DOCTYPE html>") and "http" not in page.split("<body")[0]
    True
    """
    payload = graph_payload(G, r, max_nodes=max_nodes, seed=seed)
    filters = ", ".join(f"{k}={format_value(v)}" for k, v in r.filters.items()) or "none"
    shown = (f"Showing the {len(payload['nodes'])} most central of {r.nodes} entities."
             if len(payload["nodes"]) < r.nodes else f"All {r.nodes} entities.")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header><h1>{_e(title)}</h1>
<p>{r.nodes} entities, {r.edges} relations ({r.triples} triples). Filters: {_e(filters)}.</p></header>
<main>
<section><h2>Graph</h2>
<div class="controls">
<span>Colour by:</span>
<label><input type="radio" name="colour" value="community" checked> community</label>
<label><input type="radio" name="colour" value="type"> type</label>
<span class="note">{_e(shown)} Size = PageRank. Hover for evidence, click a node or an edge for
its sentences; scroll to zoom, drag the background to pan.</span>
</div>
<div id="legend"></div>
<div id="graph-wrap"><svg id="graph" xmlns="http://www.w3.org/2000/svg"></svg>
<aside id="panel"><p class="note">Click a node or an edge to read the sentences behind it.</p></aside></div>
</section>
<section><h2>Relations per month</h2>{_timeline_svg(r.timeline)}</section>
{_sections_html(r)}
</main>
<div id="tooltip"></div>
<script type="application/json" id="graph-data">{_script_json(payload)}</script>
<script>{_asset("report.js")}</script>
</body>
</html>
"""
