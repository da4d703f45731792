"""The HTML report in a real headless Chromium at 1,400 and 800 px: drawn, searchable, clickable.

A script injected into a copy of the page (tests/browser/drive_report.js) searches a name,
clicks the found actor on the WebGL canvas, measures every table cell against its card and
writes what it saw into the DOM, which Chromium dumps. Screenshots are kept in
``$NEWSGRAPH_SHOTS`` when it is set, to look at.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.render import render
from newsgraph.graph.report import report
from newsgraph.graph.synthetic import triple
from tests.chromium import chromium, console_lines, run_chromium

pytestmark = pytest.mark.skipif(chromium() is None, reason="chromium is not installed "
                                "(apt-get install -y chromium)")

LONG_NAME = "Committee for " + "the Very Long Name " * 263  # about 5,000 characters
DRIVER = Path(__file__).parent / "browser" / "drive_report.js"


def _graph():
    """A hub that talks to everyone, a pair of sinks, a concept, and a 5,000-character name."""
    t = []
    partners = ["Lisbeth Moran", "Harbour Guild", "Fenwick Council", "Odra Valley", "Pell Ministry",
                "Quarry Union", "Sable Front", LONG_NAME]
    for i, who in enumerate(partners):
        for j in range(3):
            t.append(triple("Ada Varga", "meet", who, subject_type="PERSON", relation_class="MEET",
                            doc=f"d{i}", date=f"2024-0{1 + j}-1{i % 9}",
                            sentence=f"Ada Varga met {who[:40]} on day {j} to talk about the river."))
    t.append(triple("Sable Front", "attack", "Odra Valley", relation_class="ATTACK", doc="d9",
                    date="2024-02-02", sentence="The Sable Front attacked the Odra Valley depot."))
    t.append(triple("Harbour Guild", "fund", "the school", object_type="CONCEPT", doc="d8",
                    date="2024-03-03", sentence="The Harbour Guild funded the school."))
    return graph_from_triples([], t)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    G = _graph()
    text = render(report(G), "html", G)
    wanted = {"search": "ada varga", "id": "ada varga", "name": "Ada Varga"}
    driver = f"<script>window.__wanted = {json.dumps(wanted)};\n{DRIVER.read_text()}</script>"
    folder = tmp_path_factory.mktemp("html")
    (folder / "plain.html").write_text(text, encoding="utf-8")
    out = folder / "report.html"
    out.write_text(text.replace("<script type=\"application/json\"", driver + "\n<script type=\"application/json\"", 1),
                   encoding="utf-8")
    return out


def _result(dom: str) -> dict:
    found = re.findall(r'<pre id="test-result">(\{.*?)</pre>', dom, re.S)
    assert found, "the driver script wrote no result"
    return json.loads(html.unescape(found[-1]))


@pytest.mark.parametrize("width", [1400, 800])
def test_report_page_in_chromium(page, width, tmp_path):
    done = run_chromium(page.as_uri(), "--dump-dom", width=width, height=1100)
    assert console_lines(done) == []
    seen = _result(done.stdout)
    assert seen["errors"] == []
    assert seen["nodes_drawn"] == 9 and seen["edges_drawn"] >= 8 and seen["canvases"] >= 2
    assert seen["search_status"] == "Found: Ada Varga" and seen["selected_after_search"]
    # the click on the canvas opened the evidence of Ada Varga's relations, with source and date
    assert "Ada Varga met Lisbeth Moran on day 0" in seen["panel_after_click"]
    assert seen["evidence_blocks"] >= 8
    assert any(s.startswith("2024-01-10 · source: d0") for s in seen["sources"])
    assert seen["clipped"] == []
    shot = tmp_path / f"report-{width}.png"
    run_chromium((page.parent / "plain.html").as_uri(), f"--screenshot={shot}", width=width, height=1800)
    assert shot.stat().st_size > 20_000
    if os.environ.get("NEWSGRAPH_SHOTS"):
        shutil.copy(shot, Path(os.environ["NEWSGRAPH_SHOTS"]) / shot.name)


def test_page_checks_can_fail(tmp_path):
    """The driver reports a clipped column: a table forced wider than its card is caught."""
    G = _graph()
    text = render(report(G), "html", G).replace("</style>", ".card table { width: 3000px; }</style>", 1)
    driver = f"<script>window.__wanted = {json.dumps({'search': 'x', 'id': 'x', 'name': 'x'})};\n" \
             f"{DRIVER.read_text()}</script>"
    bad = tmp_path / "bad.html"
    bad.write_text(text.replace("<script type=\"application/json\"", driver + "<script type=\"application/json\"", 1))
    seen = _result(run_chromium(bad.as_uri(), "--dump-dom", width=800).stdout)
    assert any("outside its card" in c for c in seen["clipped"])
