"""One self-contained HTML report: the actor graph to explore, the tables, a timeline.

The page needs no network: the stylesheet, the graph library (sigma.js, graphology and
ForceAtlas2 from npm, bundled into ``assets/graphlib.min.js`` by ``npm run build-graphlib``;
licences in ``assets/graphlib.LICENSE.txt``) and the page's own script are inlined. The
browser lays the graph out (ForceAtlas2, then noverlap) and draws it with WebGL. Big graphs
are cut to the ``max_nodes`` best-ranked actors for the picture; the tables cover the whole
graph.

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

from newsgraph.graph import analyse as A
from newsgraph.graph.report import CENTRALITY_COLUMNS, SHORT_HEADERS, Report, format_value, rank

__all__ = ["MAX_NODES", "render_html", "graph_payload"]

MAX_NODES = 2000
"""Actors drawn at most (the best ranked); sigma.js stays smooth well beyond."""
EVIDENCE_SHOWN = 3
COLOURED_COMMUNITIES = 12
"""Communities with a colour of their own; the others share one grey."""


def _asset(name: str) -> str:
    return resources.files("newsgraph.graph").joinpath("assets", name).read_text(encoding="utf-8")


def _inline_script(text: str) -> str:
    """A script's text made safe inside ``<script>``: no ``</script`` or ``<!--`` can close it."""
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _script_json(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _relation(data: dict, key: str, direction: str) -> dict:
    return {
        "relation": data.get("relation", key), "negated": bool(data.get("negated")), "dir": direction,
        "relation_class": data.get("relation_class") or "(none)", "count": data.get("count", 1),
        "first": data.get("first_seen"), "last": data.get("last_seen"),
        "evidence": [{"sentence": ev.get("sentence", ""), "date": ev.get("date"), "doc": ev.get("doc"),
                      "source": ev.get("source"), "title": ev.get("title"), "url": ev.get("url")}
                     for ev in (data.get("evidence") or [])[:EVIDENCE_SHOWN]],
    }


def _pair_edges(sub: nx.MultiDiGraph) -> list[dict]:
    """One drawn edge per pair of actors, holding every relation between them, both ways."""
    pairs: dict[tuple[str, str], dict] = {}
    for u, v, k, data in sub.edges(keys=True, data=True):
        if u == v:
            continue
        a, b = sorted((str(u), str(v)))
        e = pairs.setdefault((a, b), {"s": a, "t": b, "count": 0, "months": set(), "relations": []})
        e["relations"].append(_relation(data, str(k), "->" if str(u) == a else "<-"))
        e["count"] += data.get("count", 1)
        e["months"].update((data.get("months") or {}).keys())
    edges = []
    for e in pairs.values():
        e["relations"].sort(key=lambda x: -x["count"])
        e["months"] = sorted(e["months"])
        edges.append(e)
    return edges


def graph_payload(G: nx.MultiDiGraph, r: Report, *, max_nodes: int = MAX_NODES) -> dict:
    """The data the page draws: the ``max_nodes`` best-ranked actors and their relations."""
    scores = r.scores
    ranked = rank(scores, r.rank_by) if scores else [n for n in G if A.is_actor(G, n)]
    keep = ranked[:max_nodes]
    main = scores.get(r.rank_by, {})
    top = max((float(main.get(n, 0)) for n in keep), default=0.0) or 1.0
    names = {c["id"]: c["name"] for c in r.communities}
    nodes = []
    for n in keep:
        data = G.nodes[n]
        c = r.community_of.get(n)
        nodes.append({
            "id": str(n), "name": str(data.get("name", n)), "type": str(data.get("type", "")),
            "aliases": [str(a) for a in data.get("aliases") or []][:10],
            "community": c, "community_name": names.get(c),
            **{k: scores.get(k, {}).get(n, 0) for k in A.RANKINGS},
            "size": 3.0 + 15.0 * math.sqrt(max(float(main.get(n, 0)), 0.0) / top),
        })
    edges = _pair_edges(G.subgraph(keep))
    drawn = {n["community"] for n in nodes}
    coloured = [c for c in r.communities if c["id"] in drawn][:COLOURED_COMMUNITIES]
    return {
        "nodes": nodes, "edges": edges,
        "types": sorted({n["type"] for n in nodes}),
        "classes": sorted({rel["relation_class"] for e in edges for rel in e["relations"]}),
        "months": sorted({m for e in edges for m in e["months"]}),
        "communities": [{"id": c["id"], "name": c["name"]} for c in coloured],
        "other_communities": len(drawn - {c["id"] for c in coloured}) > 0,
        "total_actors": r.actors,
    }


def _e(value: Any) -> str:
    return _html.escape(format_value(value), quote=True)


CELL_CHARS = 300
"""Longer cell text is cut (the whole text stays in the cell's tooltip)."""


def _text_cell(value: Any) -> str:
    text = format_value(value)
    if len(text) <= CELL_CHARS:
        return f'<td class="text">{_html.escape(text, quote=True)}</td>'
    return (f'<td class="text" title="{_html.escape(text, quote=True)}">'
            f"{_html.escape(text[:CELL_CHARS - 1], quote=True)}…</td>")


def _table(header: list[str], rows: list[list[Any]], titles: dict[str, str] | None = None) -> str:
    """A table inside a card that scrolls: long text wraps, numbers stay on one line."""
    titles = titles or {}
    head = "".join(f'<th title="{_html.escape(titles.get(h, ""), quote=True)}">{_e(h)}</th>'
                   if titles.get(h) else f"<th>{_e(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{_e(v)}</td>' if isinstance(v, int | float) and not isinstance(v, bool)
            else _text_cell(v) for v in row)
        body.append(f"<tr>{cells}</tr>")
    return (f'<div class="card"><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


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


def _definitions(r: Report) -> str:
    items = "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in r.definitions.items())
    return f'<dl class="definitions">{items}</dl>'


def _sections_html(r: Report) -> str:
    cols = [c for c in CENTRALITY_COLUMNS if c != "id"]
    header = [SHORT_HEADERS.get(c, c) for c in cols]
    titles = {SHORT_HEADERS.get(k, k): v for k, v in r.definitions.items()}
    blocks = [
        ("Who matters", f"Top {len(r.centrality)} of {r.actors} actors by {r.rank_by}. "
         f"Betweenness: {r.betweenness_method}.",
         _definitions(r) + _table(header, [[row[c] for c in cols] for row in r.centrality], titles)),
        ("Communities", r.community_method,
         _table(["community", "name", "size", "top members"],
                [[c["id"], c["name"], c["size"], c["members"]] for c in r.communities])),
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
    for i, (title, note, table) in enumerate(blocks):
        wide = ' class="wide"' if i < 2 else ""  # the ranking and communities get the whole width
        out.append(f"<section{wide}><h2>{_e(title)}</h2><p class=\"note\">{_e(note)}</p>{table}</section>")
    out.append("</div>")
    return "".join(out)


def render_html(G: nx.MultiDiGraph, r: Report, *, max_nodes: int = MAX_NODES,
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
    payload = graph_payload(G, r, max_nodes=max_nodes)
    filters = ", ".join(f"{k}={format_value(v)}" for k, v in r.filters.items()) or "none"
    shown = (f"Showing the {len(payload['nodes'])} best-ranked of {r.actors} actors."
             if len(payload["nodes"]) < r.actors else f"All {r.actors} actors.")
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
<p>{r.nodes} entities ({r.actors} actors), {r.edges} relations ({r.triples} triples).
Filters: {_e(filters)}.</p></header>
<main>
<section><h2>Actor graph</h2>
<div class="controls">
<form id="search-form" role="search"><input id="search" list="names" placeholder="Find an actor"
 aria-label="Find an actor"> <button type="submit">Find</button> <span id="search-status"></span>
<datalist id="names"></datalist></form>
<fieldset><legend>Colour by</legend>
<label><input type="radio" name="colour" value="community" checked> community</label>
<label><input type="radio" name="colour" value="type"> type</label></fieldset>
<fieldset id="period"><legend>Period</legend>
<input id="period-from" type="range" min="0" value="0" aria-label="first month">
<input id="period-to" type="range" min="0" value="0" aria-label="last month">
<output id="period-shown"></output></fieldset>
</div>
<div class="controls">
<fieldset id="type-filter"><legend>Types</legend></fieldset>
<fieldset id="class-filter"><legend>Relation classes</legend></fieldset>
</div>
<p class="note">{_e(shown)} Size = {_e(r.rank_by)}. Click an actor or a line for its sentences, with
source and date; scroll to zoom, drag to pan.</p>
<div id="legend"></div>
<div id="graph-wrap"><div id="graph"></div>
<aside id="panel"><p class="note">Click an actor or a line to read the sentences behind it.</p></aside></div>
</section>
<section><h2>Relations per month</h2><div class="timeline-wrap">{_timeline_svg(r.timeline)}</div></section>
{_sections_html(r)}
</main>
<script type="application/json" id="graph-data">{_script_json(payload)}</script>
<script>{_inline_script(_asset("graphlib.min.js"))}</script>
<script>{_inline_script(_asset("report.js"))}</script>
</body>
</html>
"""
