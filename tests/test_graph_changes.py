"""What changed between two periods: new, grown and gone actors and relations, with evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.changes import BadPeriod, Period, compare, parse_period, previous_period
from newsgraph.graph.synthetic import store_triples, triple
from newsgraph.store import Store


def _triples():
    t = [triple("Ivo Rask", "meet", "Lena Pohl", subject_type="PERSON", object_type="PERSON",
                date="2024-01-10", doc="a1", sentence="Ivo Rask met Lena Pohl in January."),
         triple("Ivo Rask", "warn", "Port Guild", subject_type="PERSON", date="2024-01-12", doc="a2",
                sentence="Ivo Rask warned the Port Guild."),
         triple("Port Guild", "block", "the harbour", object_type="CONCEPT", date="2024-01-14", doc="a2",
                sentence="The Port Guild blocked the harbour.")]
    for day in range(10, 15):
        t.append(triple("Ivo Rask", "warn", "Port Guild", subject_type="PERSON", date=f"2024-02-{day}",
                        doc=f"b{day}", sentence=f"Ivo Rask warned the Port Guild again on the {day}th."))
    t.append(triple("Mira Sand", "fund", "Port Guild", subject_type="PERSON", date="2024-02-20", doc="b20",
                    sentence="Mira Sand funded the Port Guild."))
    return t


def _period_graph(since: str, until: str):
    return graph_from_triples([], _triples(), since=since, until=until)


def test_new_grown_and_gone():
    c = compare(_period_graph("2024-01", "2024-01"), _period_graph("2024-02", "2024-02"),
                Period("2024-01", "2024-01"), Period("2024-02", "2024-02"))
    assert [a["name"] for a in c.actors["new"]] == ["Mira Sand"]
    assert [a["name"] for a in c.actors["gone"]] == ["Lena Pohl"]
    assert [(a["name"], a["facts_before"], a["facts_after"]) for a in c.actors["grown"]] == [
        ("Port Guild", 1, 6), ("Ivo Rask", 2, 5)]  # the actor graph: "blocked the harbour" is no tie
    assert all(a["name"] != "the harbour" for rows in c.actors.values() for a in rows)  # no concept
    grown = c.relations["grown"][0]
    assert (grown["source_name"], grown["relation"], grown["target_name"]) == ("Ivo Rask", "warn", "Port Guild")
    assert (grown["triples_before"], grown["triples_after"]) == (1, 5)
    assert all(e["date"].startswith("2024-02") for e in grown["evidence"])  # evidence of the later period
    gone = {(r["source_name"], r["relation"]) for r in c.relations["gone"]}
    assert ("Ivo Rask", "meet") in gone and c.relations["gone"][0]["evidence"][0]["date"].startswith("2024-01")
    assert [r["source_name"] for r in c.relations["new"]] == ["Mira Sand"]


def test_periods():
    assert previous_period(Period("2024-02", "2024-02")) == Period("2024-01-03", "2024-01-31")
    assert parse_period("2024-01-05..2024-01-20") == Period("2024-01-05", "2024-01-20")
    with pytest.raises(BadPeriod):
        parse_period("2024-03..2024-01")
    with pytest.raises(BadPeriod):
        parse_period("last week")


def test_changes_command(tmp_path):
    db = tmp_path / "kg.db"
    with Store(db) as store:
        store_triples(store, _triples())
    runner = CliRunner()
    done = runner.invoke(cli, ["changes", "--store", str(db), "--since", "2024-02", "--until", "2024-02",
                               "--compare-to", "2024-01", "--format", "json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["before"] == "2024-01" and [a["name"] for a in data["actors"]["new"]] == ["Mira Sand"]
    text = runner.invoke(cli, ["changes", "--store", str(db), "--since", "2024-02", "--until", "2024-02",
                               "--compare-to", "2024-01"])
    assert "Ivo Rask -warn-> Port Guild: triples 1 -> 5" in text.output
    assert "Ivo Rask warned the Port Guild again on the 14th." in text.output
    missing = runner.invoke(cli, ["changes", "--store", str(db), "--since", "2024-02"])
    assert missing.exit_code == 2 and "needs --since and --until" in missing.output
    bad = runner.invoke(cli, ["changes", "--store", str(db), "--since", "2024-02", "--until", "2024-02",
                              "--compare-to", "soon"])
    assert bad.exit_code != 0 and "no period" in bad.output and "Traceback" not in bad.output
