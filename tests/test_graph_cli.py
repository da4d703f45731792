"""The graph commands through click: report, show, path, export, and their filters and errors."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.graph.export import read_graphml
from newsgraph.graph.synthetic import store_triples, triple
from newsgraph.model import Entity
from newsgraph.store import Store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "kg.db"
    entities = [Entity("kh", "Kataib Hezbollah", "ORG", ("KH",), 4, 2),
                Entity("us", "United States", "GPE", ("US",), 3, 2),
                Entity("iran", "Iran", "GPE", (), 2, 2)]
    triples = [
        triple("KH", "strike", "US", subject_id="kh", object_id="us", doc="d1", date="2024-01-10",
               relation_class="ATTACK", sentence="Kataib Hezbollah struck a US base near the border."),
        triple("KH", "strike", "US", subject_id="kh", object_id="us", doc="d2", date="2024-02-12",
               relation_class="ATTACK", sentence="The militia struck US troops again."),
        triple("Iran", "fund", "KH", subject_id="iran", object_id="kh", doc="d2", date="2024-02-12",
               sentence="Iran funds Kataib Hezbollah, officials said."),
    ]
    with Store(path) as store:
        store_triples(store, triples, entities)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_report_table(store_path):
    result = run("report", "--store", store_path, "--top", "5")
    assert result.exit_code == 0, result.output
    assert "Kataib Hezbollah" in result.output and "Communities" in result.output


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html"])
def test_report_formats_to_file(store_path, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("report", "--store", store_path, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "United States" in text
    if fmt == "json":
        assert json.loads(text)["nodes"] == 3


def test_filters_apply(store_path):
    result = run("report", "--store", store_path, "--format", "json", "--relation-class", "ATTACK",
                 "--since", "2024-02")
    data = json.loads(result.output)
    assert (data["nodes"], data["edges"], data["triples"]) == (2, 1, 1)
    assert data["filters"] == {"relation_class": ["ATTACK"], "since": "2024-02"}
    assert json.loads(run("report", "--store", store_path, "--format", "json",
                          "--min-count", "2").output)["edges"] == 1


def test_show_and_path(store_path):
    shown = run("show", "kh", "--store", store_path)
    assert shown.exit_code == 0
    assert shown.output.startswith("Kataib Hezbollah  (ORG, id kh)")
    assert shown.output.index("2024-01-10") < shown.output.index("2024-02-12")
    assert json.loads(run("show", "US", "--store", store_path, "--format", "json").output)["id"] == "us"
    chained = run("path", "Iran", "United States", "--store", store_path)
    assert chained.exit_code == 0
    assert "Iran -[fund x1]-> Kataib Hezbollah" in chained.output
    assert "Kataib Hezbollah -[strike x2]-> United States" in chained.output


def test_unknown_entity_is_one_line_with_suggestions(store_path):
    result = CliRunner().invoke(cli, ["show", "Kataib Hizbolah", "--store", store_path])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: no entity named 'Kataib Hizbolah' in the graph; did you mean: 'Kataib Hezbollah'?")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv", "cypher"])
def test_export(store_path, tmp_path, fmt):
    out = tmp_path / ("kg" if fmt == "csv" else f"kg.{fmt}")
    result = run("export", "--store", store_path, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "3 entities, 2 relations" in result.output
    assert out.exists()
    if fmt == "graphml":
        G = read_graphml(out)
        assert G.edges["kh", "us", "strike"]["count"] == 2
        assert isinstance(nx.read_graphml(out).nodes["kh"]["aliases"], str)


def test_empty_store_is_one_line(tmp_path):
    path = tmp_path / "empty.db"
    Store(path).close()
    result = CliRunner().invoke(cli, ["report", "--store", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: the store holds no relation yet (run `newsgraph build` on some articles first)")


def test_bad_date_is_a_usage_error(store_path):
    result = CliRunner().invoke(cli, ["report", "--store", store_path, "--since", "last week"])
    assert result.exit_code == 2
    assert "'last week' is not a date like 2024-03-01" in result.output
