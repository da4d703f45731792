"""Every export format stays valid with hostile text and reads back to the same graph."""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest

from newsgraph.cypher.script import cypher_string, write_script
from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.errors import EmptyGraph, UnknownFormat
from newsgraph.graph.export import (
    EDGE_FIELDS,
    NODE_FIELDS,
    _xml_text,
    export,
    read_gexf,
    read_graphml,
)
from newsgraph.graph.synthetic import triple
from newsgraph.model import Entity

HOSTILE = ("A&B <b>bold</b> \"dq\" 'sq' `tick` }]->() DETACH DELETE n // \\ ]]> "
           "\x00\x07\x1b tab\t cr\r\n lf\n \u2028 emoji \U0001F600 end")
PREDICATE = "x`}]->() DETACH DELETE n //"


@pytest.fixture(scope="module")
def hostile():
    """A graph with hostile text in every string attribute: names, aliases, keys, evidence."""
    entities = [Entity("e1", "Front " + HOSTILE, "ORG", ("alias " + HOSTILE, "Plain"), 5, 2),
                Entity("e2", "Ministry", "ORG", (), 1, 1)]
    triples = [
        triple("Front", "attack", "Ministry", subject_id="e1", object_id="e2", doc="d1",
               date="2024-01-05", sentence="Said: " + HOSTILE, relation_class="ATTACK",
               attribution="officials " + HOSTILE, modality="will"),
        triple("Front", "attack", "Ministry", subject_id="e1", object_id="e2", doc="d<2>",
               date="2024-02-05", sentence="Second sentence.", negated=True),
        triple("Ministry", PREDICATE, "Front", subject_id="e2", object_id="e1", doc="d1",
               predicate_text=HOSTILE, sentence=HOSTILE),
    ]
    return graph_from_triples(entities, triples)


def _xml_expected(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """What an XML export must read back as: plain string attributes made XML-safe."""
    H = nx.MultiDiGraph(**G.graph)
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _xml_text(v) if isinstance(v, str) else v for k, v in d.items()
                         if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=_xml_text(k), **{a: _xml_text(x) if isinstance(x, str) else x
                                              for a, x in d.items() if x is not None})
    return H


def _assert_same(got: nx.MultiDiGraph, want: nx.MultiDiGraph) -> None:
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True), key=repr) == sorted(
        want.edges(keys=True, data=True), key=repr)


def test_graphml_round_trip(hostile, tmp_path):
    path = export(hostile, "graphml", tmp_path / "kg.graphml")
    back = read_graphml(path)
    _assert_same(back, _xml_expected(hostile))
    # evidence and aliases travel as JSON strings, so they keep every character
    assert back.nodes["e1"]["aliases"][0] == "alias " + HOSTILE
    raw = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    assert isinstance(raw.nodes["e1"]["aliases"], str)  # what Gephi and Cytoscape see
    assert "first_seen" not in raw.edges["e2", "e1", PREDICATE]  # None is dropped, not "None"


def test_gexf_round_trip(hostile, tmp_path):
    path = export(hostile, "gexf", tmp_path / "kg.gexf")
    _assert_same(read_gexf(path), _xml_expected(hostile))
    label = nx.read_gexf(path, node_type=str).nodes["e2"]["label"]
    assert label == "Ministry"  # Gephi shows names, not ids


def test_json_is_node_link_and_keeps_every_character(hostile, tmp_path):
    path = export(hostile, "json", tmp_path / "kg.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    want = nx.MultiDiGraph(hostile)
    for _, _, d in want.edges(data=True):
        for name in [a for a, x in d.items() if x is None]:
            del d[name]
    _assert_same(back, want)


def test_csv_writes_nodes_and_edges(hostile, tmp_path):
    out = export(hostile, "csv", tmp_path / "csv")
    with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = {row["id"]: row for row in csv.DictReader(fh)}
    with open(out / "edges.csv", encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes["e1"]) == list(NODE_FIELDS)
    assert nodes["e1"]["name"] == "Front " + HOSTILE
    assert json.loads(nodes["e1"]["aliases"]) == ["alias " + HOSTILE, "Plain"]
    assert list(edges[0]) == list(EDGE_FIELDS) and len(edges) == hostile.number_of_edges()
    odd = next(e for e in edges if e["key"] == PREDICATE)
    assert json.loads(odd["evidence"])[0]["sentence"] == HOSTILE


# --- Cypher ----------------------------------------------------------------------------

_UNESCAPE = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def _lex(script: str) -> tuple[list[str], list[str]]:
    """Split a script like cypher-shell: statements (strings blanked) and string values."""
    statements, strings, current, i = [], [], [], 0
    while i < len(script):
        ch = script[i]
        if ch == "'":
            value, i = [], i + 1
            while script[i] != "'":
                if script[i] == "\\":
                    nxt = script[i + 1]
                    if nxt == "u":
                        value.append(chr(int(script[i + 2:i + 6], 16)))
                        i += 6
                        continue
                    value.append(_UNESCAPE[nxt])
                    i += 2
                    continue
                value.append(script[i])
                i += 1
            strings.append("".join(value))
            current.append("''")
        elif script.startswith("//", i):
            i = script.index("\n", i)
            continue
        elif ch == ";":
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    assert not "".join(current).strip(), "text after the last statement"
    return statements, strings


def test_cypher_script_keeps_hostile_text_inside_string_literals(hostile, tmp_path):
    script = write_script(hostile, tmp_path / "kg.cypher").read_text(encoding="utf-8")
    statements, strings = _lex(script)
    assert statements[0].startswith("CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS")
    code = "\n".join(statements)
    assert "DETACH DELETE" not in code and "`" not in code and "<b>" not in code
    assert "Front " + HOSTILE in strings and "alias " + HOSTILE in strings
    evidence = [json.loads(s) for s in strings if s.startswith("[{")]
    assert any(ev["sentence"] == HOSTILE for evs in evidence for ev in evs)
    types = set(re.findall(r"\[r:(\w+) ", code))
    assert types == {"ATTACK", "NOT_ATTACK", "X_DETACH_DELETE_N"}
    assert all(re.fullmatch(r"[A-Z0-9_]+", t) for t in types)


def test_cypher_string_escapes():
    assert cypher_string("it's") == "'it\\'s'"
    assert cypher_string("a\\'b") == "'a\\\\\\'b'"
    assert cypher_string("\x00\n") == "'\\u0000\\n'"
    assert cypher_string("\U0001F600") == "'\U0001F600'"


@pytest.mark.neo4j
def test_cypher_script_runs_on_a_bolt_server(hostile, tmp_path, neo4j_conn):
    script = write_script(hostile, tmp_path / "kg.cypher").read_text(encoding="utf-8")
    statements = _statements_as_written(script)
    for statement in statements:
        neo4j_conn.autocommit(statement)
    names = neo4j_conn.read(lambda tx: [r["name"] for r in tx.run(
        "MATCH (n:Entity:Organization) RETURN n.name AS name ORDER BY name")])
    assert names == ["Front " + HOSTILE, "Ministry"]
    rels = neo4j_conn.read(lambda tx: [(r["t"], r["c"]) for r in tx.run(
        "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS t, r.count AS c ORDER BY t")])
    assert rels == [("ATTACK", 1), ("NOT_ATTACK", 1), ("X_DETACH_DELETE_N", 1)]
    docs = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (d:Document)-[:MENTIONS]->(:Entity) RETURN count(*) AS c").single()["c"])
    assert docs == 4  # d1 and d<2> each mention both entities


def _statements_as_written(script: str) -> list[str]:
    """The statements of the script, text untouched (split on ; outside strings/comments)."""
    out, start, i, in_str = [], 0, 0, False
    while i < len(script):
        ch = script[i]
        if in_str:
            if ch == "\\":
                i += 1
            elif ch == "'":
                in_str = False
        elif ch == "'":
            in_str = True
        elif script.startswith("//", i):
            i = script.index("\n", i)
            start = i + 1 if not script[start:i].strip("/ \n") else start
        elif ch == ";":
            out.append(script[start:i].strip())
            start = i + 1
        i += 1
    return [s for s in out if s]


def test_empty_graph_and_unknown_format(hostile, tmp_path):
    with pytest.raises(EmptyGraph):
        export(nx.MultiDiGraph(), "graphml", tmp_path / "x.graphml")
    with pytest.raises(UnknownFormat, match="choose one of graphml"):
        export(hostile, "dot", tmp_path / "x.dot")
