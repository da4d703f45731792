"""The report: its figures, its text formats, and the HTML page in a real headless Chromium."""

from __future__ import annotations

import html
import json
import re

import networkx as nx
import pytest
from rich.console import Console

from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.html import render_html
from newsgraph.graph.render import render
from newsgraph.graph.report import CENTRALITY_COLUMNS, report
from newsgraph.graph.synthetic import random_corpus, triple
from tests.chromium import chromium, console_lines, run_chromium

SCRIPT_TEXT = "</script><script>window.pwned = 1</script> <!-- & | pipe"


@pytest.fixture(scope="module")
def G():
    entities, triples = random_corpus(400, 40, seed=3)
    extra = [triple("Actor 1", "accuse", "Actor 2", subject_id="e1", object_id="e2", doc="dx",
                    date="2024-05-01", sentence="Officials said " + SCRIPT_TEXT)]
    return graph_from_triples(entities, list(triples) + extra)


def test_report_figures(G):
    r = report(G, top=5)
    assert (r.nodes, r.edges) == (G.number_of_nodes(), G.number_of_edges())
    assert r.triples == sum(c for _, _, c in G.edges(data="count"))
    assert len(r.centrality) == 5 and [row["rank"] for row in r.centrality] == [1, 2, 3, 4, 5]
    prs = [row["pagerank"] for row in r.centrality]
    assert prs == sorted(prs, reverse=True)
    assert r.betweenness_method == "exact"
    assert sum(c["size"] for c in report(G, top=100).communities) == G.number_of_nodes()
    assert sum(r.timeline.values()) == r.triples  # every synthetic triple is dated


def test_sampled_betweenness_is_stated(G):
    r = report(G, top=3, k=10, seed=4)
    assert r.betweenness_method == f"sampled: 10 of {G.number_of_nodes()} sources (seed 4)"


def test_text_formats(G):
    r = report(G, top=4)
    data = json.loads(render(r, "json"))
    assert data["centrality"][0]["name"] == r.centrality[0]["name"]
    assert set(data) >= {"communities", "relations", "relation_classes", "pairs", "timeline"}
    rows = render(r, "csv").splitlines()
    assert rows[0] == ",".join(CENTRALITY_COLUMNS) and len(rows) == 5
    md = render(r, "markdown")
    assert md.startswith("# newsgraph report") and "## Most active pairs" in md
    console = Console(record=True, width=160)
    render(r, "table", console=console)
    assert r.centrality[0]["name"] in console.export_text()


def test_markdown_escapes_pipes():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="x|y", relation="x|y", count=1)
    assert "x\\|y" in render(report(G), "markdown")


def test_html_is_self_contained_and_escaped(G):
    page = render_html(G, report(G))
    assert SCRIPT_TEXT not in page and "window.pwned" in page  # present, but only escaped
    assert page.count("<script") == 3  # the JSON data block, the graph library and the page's script
    assert not re.search(r"""(src|href)\s*=|@import|url\((?!#)|https?://(?!www\.w3\.org/2000/svg)""", page)
    payload = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>',
                                   page, re.S).group(1))
    sentences = [ev["sentence"] for e in payload["edges"] for rel in e["relations"]
                 for ev in rel["evidence"]]
    assert "Officials said " + SCRIPT_TEXT in sentences
    assert html.escape("Actor 1") in page


@pytest.mark.skipif(chromium() is None, reason="chromium is not installed")
def test_chromium_check_catches_a_broken_page(tmp_path):
    """The console check of tests/test_graph_html.py can fail: a page with a script error is reported."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>")
    done = run_chromium(page.as_uri(), "--dump-dom")
    assert any("missingFunction" in line for line in console_lines(done))


def test_only_actors_are_ranked_and_grouped():
    G = nx.MultiDiGraph()
    for actor in ("Guard", "Police", "Army"):  # everyone acts on the concept
        G.add_edge(actor, "depot", key="attack", relation="attack", count=1)
        G.nodes[actor].update(name=actor, type="ORG")
    G.add_edge("Guard", "week", key="last", relation="last", count=1)
    G.add_edge("Guard", "Police", key="warn", relation="warn", count=1)
    G.nodes["depot"].update(name="depot", type="CONCEPT")
    G.nodes["week"].update(name="a week", type="DATE")
    r = report(G, top=5)
    assert [row["name"] for row in r.centrality] == ["Guard", "Police", "Army"]
    assert r.actors == 3 and r.centrality[0]["facts"] == 3  # every fact of Guard counts, concepts too
    assert r.centrality[0]["partners"] == 1  # but only actors are partners
    assert [c["members"] for c in r.communities] == [["Guard", "Police"]]  # Army has no partner
    assert r.communities[0]["name"] == "Guard / Police"


def test_table_shows_markup_in_names_as_text():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="meet", relation="meet", count=1)
    G.nodes["a"].update(name="[bold]Ivo[/bold] [red]Rask", type="PERSON")
    G.nodes["b"].update(name="Lena", type="PERSON")
    console = Console(record=True, width=160)
    render(report(G), "table", console=console)
    assert "[bold]Ivo[/bold] [red]Rask" in console.export_text()


def test_legend_colours_are_distinct():
    """The twelve community colours of the page differ clearly from each other and from grey."""
    from importlib import resources

    script = resources.files("newsgraph.graph").joinpath("assets", "report.js").read_text()
    palette = re.findall(r'"#([0-9a-f]{6})"', script.split("var PALETTE = [")[1].split("];")[0])
    grey = re.search(r'var OTHER = "#([0-9a-f]{6})"', script).group(1)
    rgb = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in [*palette, grey]]
    assert len(palette) == 12
    for i, a in enumerate(rgb):
        for b in rgb[i + 1:]:
            assert sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5 > 60, (a, b)
