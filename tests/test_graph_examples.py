"""On the examples/ graph: the ranking the README defends, and the streaming exports of a
store, which equal networkx's own writers.

The store is built from examples/ with the real model. Each format is written twice: by
newsgraph's streaming writer straight from the store (small batches, so that the graph is
built in several pieces) and by networkx's writer from ``build_graph``; both read back by
networkx to the same graph.
"""

from __future__ import annotations

import csv
import importlib
import json
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from newsgraph.graph.build import build_graph
from newsgraph.graph.errors import EmptyGraph
from newsgraph.store import Store

X = importlib.import_module("newsgraph.graph.export")  # the module, not the function of that name
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from newsgraph.build import build

    path = tmp_path_factory.mktemp("stream") / "kg.db"
    build([str(EXAMPLES)], path)
    return str(path)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(X, "BATCH_TRIPLES", 20)


def _graph(store_path: str, **filters) -> nx.MultiDiGraph:
    with Store(store_path, create=False) as store:
        return build_graph(store, **filters)


def _export(store_path: str, fmt: str, path: Path, **filters) -> Path:
    with Store(store_path, create=False) as store:
        nodes, edges, out = X.export_store(store, fmt, path, **filters)
    G = _graph(store_path, **filters)
    assert (nodes, edges) == (G.number_of_nodes(), G.number_of_edges())
    return out


def _no_none(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` as an export holds it: None values are left out."""
    H = nx.MultiDiGraph(G)
    for _, data in list(H.nodes(data=True)) + [(None, d) for _, _, d in H.edges(data=True)]:
        for name in [a for a, x in data.items() if x is None]:
            del data[name]
    return H


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


def test_graphml_equals_networkx_writer(store_path, tmp_path):
    G = _graph(store_path)
    ours = _export(store_path, "graphml", tmp_path / "ours.graphml")
    nx.write_graphml(X.scalar_graph(G), tmp_path / "nx.graphml", encoding="utf-8")
    _same(X.read_graphml(ours), X.read_graphml(tmp_path / "nx.graphml"))
    _same(X.read_graphml(ours), _no_none(G))  # examples/ holds no character XML cannot carry
    root = etree.parse(str(ours)).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert root.tag == f"{ns}graphml" and root.find(f"{ns}graph").get("edgedefault") == "directed"
    declared = {k.get("id") for k in root.findall(f"{ns}key")}
    used = {d.get("key") for d in root.iter(f"{ns}data")}
    assert used <= declared and all(k.get("attr.type") in {"string", "long", "double", "boolean"}
                                    for k in root.findall(f"{ns}key"))


def test_gexf_equals_networkx_writer(store_path, tmp_path):
    G = _graph(store_path)
    ours = _export(store_path, "gexf", tmp_path / "ours.gexf")
    H = X.scalar_graph(G)  # what networkx writes for Gephi: names as labels, counts as weights
    for _, data in H.nodes(data=True):
        data["label"] = data["name"]
    for _, _, k, data in H.edges(keys=True, data=True):
        data.update(label=data.get("relation", k), weight=data.get("count", 1), id=k)
    nx.write_gexf(H, tmp_path / "nx.gexf", encoding="utf-8")
    _same(X.read_gexf(ours), X.read_gexf(tmp_path / "nx.gexf"))
    _same(X.read_gexf(ours), _no_none(G))
    root = etree.parse(str(ours)).getroot()
    ns = "{http://www.gexf.net/1.2draft}"
    graph = root.find(f"{ns}graph")
    assert root.get("version") == "1.2" and [c.tag for c in graph] == [
        f"{ns}attributes", f"{ns}attributes", f"{ns}nodes", f"{ns}edges"]
    ids = {a.get("id") for a in graph.iter(f"{ns}attribute")}
    assert {v.get("for") for v in graph.iter(f"{ns}attvalue")} <= ids
    nodes = {n.get("id") for n in graph.iter(f"{ns}node")}
    assert all(e.get("source") in nodes and e.get("target") in nodes for e in graph.iter(f"{ns}edge"))


def test_json_equals_networkx_node_link(store_path, tmp_path):
    G = _graph(store_path)
    ours = json.loads(_export(store_path, "json", tmp_path / "ours.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(ours, edges="edges", multigraph=True, directed=True)
    _same(back, _no_none(G))
    assert ours["graph"] == G.graph


def test_csv_holds_every_node_and_edge(store_path, tmp_path):
    G = _graph(store_path)
    out = _export(store_path, "csv", tmp_path / "csv")
    with open(out / "edges.csv", encoding="utf-8", newline="") as fh:
        edges = {(r["source"], r["target"], r["key"]): r for r in csv.DictReader(fh)}
    with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = {r["id"]: r for r in csv.DictReader(fh)}
    assert set(edges) == set(G.edges(keys=True)) and set(nodes) == set(G)
    u, v, k, d = next(iter(G.edges(keys=True, data=True)))
    assert int(edges[(u, v, k)]["count"]) == d["count"]
    assert json.loads(edges[(u, v, k)]["evidence"]) == d["evidence"]


def test_filters_apply_and_empty_is_one_error(store_path, tmp_path):
    G = _graph(store_path, types="PERSON,ORG", min_count=2)
    out = _export(store_path, "graphml", tmp_path / "f.graphml", types="PERSON,ORG", min_count=2)
    _same(X.read_graphml(out), _no_none(G))
    with Store(store_path, create=False) as store, pytest.raises(EmptyGraph, match="no relation left"):
        X.export_store(store, "json", tmp_path / "none.json", since="2031-01-01")
    assert not (tmp_path / "none.json").exists()


@pytest.mark.parametrize("concepts", [False, True])
@pytest.mark.parametrize("rank_by", ["facts", "partners", "documents", "pagerank", "betweenness"])
def test_elena_strand_outranks_the_place_names(store_path, rank_by, concepts):
    """The README's example: the prime minister ranks above Tessaly, Toronto and Brezna (1-2
    triples each) under every ranking, on the actor graph and with concepts; directed
    PageRank had them 2nd-4th."""
    from newsgraph.graph.report import report

    G = _graph(store_path, concepts=concepts)
    names = [row["name"] for row in report(G, top=100, rank_by=rank_by).centrality]
    for place in ("Tessaly", "Toronto", "Brezna"):
        assert place not in names or names.index("Elena Strand") < names.index(place)
    assert "Tessaly" in names and "Toronto" in names
    if rank_by == "facts" and concepts:
        assert names.index("Elena Strand") == 1 and names.index("Toronto") >= 12  # README: 13th and below
