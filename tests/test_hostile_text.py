"""Hostile article text goes through the whole flow as data: build, triples, every export."""

from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.graph.export import read_graphml

HOSTILE = (
    "date 2024-04-01\n\n"
    "The `Red Hand` Brigade attacked the MATCH (n) DETACH DELETE n Depot near Basra. "
    "Commander Sam O'Neil said the \"}]->() RETURN 1\" unit <script>alert(1)</script> had fled.\n\n"
    "The Red Hand Brigade also struck the \x07Bell\x1b Tower in Mosul \U0001F525.\n"
)


def test_hostile_text_is_stored_and_exported_as_data(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = str(tmp_path / "kg.db")
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(tmp_path / "news"), "--store", store, "--quiet"])
    assert built.exit_code == 0, built.output

    triples = runner.invoke(cli, ["triples", "--store", store])
    records = [json.loads(line) for line in triples.output.splitlines()]
    assert any("Red Hand" in r["subject"] and r["predicate"] == "attack" for r in records)
    assert not any("\x07" in r["sentence"] for r in records)  # control characters are cleaned

    for fmt, name in (("graphml", "kg.graphml"), ("gexf", "kg.gexf"), ("json", "kg.json"), ("cypher", "kg.cypher")):
        out = tmp_path / name
        done = runner.invoke(cli, ["export", "--store", store, "--format", fmt, "-o", str(out)])
        assert done.exit_code == 0, done.output
    G = read_graphml(tmp_path / "kg.graphml")
    names = {data["name"] for _, data in G.nodes(data=True)}
    assert any("Red Hand" in n for n in names)
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_nodes() == G.number_of_nodes()
    assert json.loads((tmp_path / "kg.json").read_text(encoding="utf-8"))["nodes"]
    script = (tmp_path / "kg.cypher").read_text(encoding="utf-8")
    assert "Red Hand" in script  # its validity with hostile text is linted in test_cypher_lint.py


def test_an_article_whose_parse_repairs_would_meet_in_a_cycle_keeps_its_facts(tmp_path):
    """ "e-mailed", split by the tagger into three verbs, led two parse repairs to hang the words
    on each other in a cycle, and the whole article failed. The repair that makes the cycle is
    left out for that article; its facts stay."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Tom Orr signed the deal with Kestria on Monday.\n\nOver a couple of "
                        "hours, aides made small final changes and e-mailed a final version to lawmakers "
                        "shortly after 3 p.m.\n", sentences=False)
    assert any(r["subject"] == "Tom Orr" and r["object"] == "Kestria" for r in rows), rows
