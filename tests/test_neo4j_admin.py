"""`export --format neo4j-admin`: CSV files for `neo4j-admin database import full`.

No neo4j-admin here, so the files are checked against the documented format: each
header field is `name:type`, `:ID(group)`, `:LABEL`, `:START_ID(group)`, `:END_ID(group)`
or `:TYPE`; and the data, read back as the importer reads it (RFC 4180 quoting with
doubled quotes, an empty unquoted field is no property, arrays split on the array
delimiter, values typed by the header), is exactly what `newsgraph neo4j load` sends.
"""

from __future__ import annotations

import re

import networkx as nx
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.cypher.admin import ARRAY_DELIMITER, FILES, import_command, write_import_files
from newsgraph.cypher.load import edge_row, entity_row, graph_rows
from newsgraph.cypher.names import node_label, relationship_type
from tests.cypher_story import write_story

# https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/#import-tool-header-format
_TYPES = ("int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime"
          "|datetime|duration")
HEADER_FIELD = re.compile(
    rf"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>{_TYPES})(?P<array>\[\])?)?"
    r"|(?P<idname>[A-Za-z_][A-Za-z0-9_]*)?:ID\((?P<idgroup>[A-Za-z]+)\)"
    r"|:(?P<special>LABEL|TYPE)"
    r"|:(?P<end>START_ID|END_ID)\((?P<group>[A-Za-z]+)\)")

HOSTILE = 'He said "stop", then; left\nat 3\\4 \x1f `x`]->() DETACH DELETE n'


def parse_csv(text: str) -> list[list[tuple[str, bool]]]:
    """Fields as (text, quoted), RFC 4180 with doubled quotes, as the importer reads them."""
    rows, row, field, quoted, i = [], [], [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"' and not field:
            end = i + 1
            while True:
                end = text.index('"', end)
                if text[end + 1:end + 2] == '"':
                    end += 2
                    continue
                break
            field, quoted, i = [text[i + 1:end].replace('""', '"')], True, end + 1
            continue
        if ch in ",\n":
            row.append(("".join(field), quoted))
            field, quoted = [], False
            if ch == "\n":
                rows.append(row)
                row = []
        else:
            field.append(ch)
        i += 1
    return rows


def typed(value: str, quoted: bool, kind: str | None, array: bool):
    if value == "" and not quoted:
        return None
    items = value.split(ARRAY_DELIMITER) if array else [value]
    convert = {"long": int, "int": int, "double": float, "float": float,
               "boolean": lambda v: {"true": True, "false": False}[v]}.get(kind or "", str)
    out = [convert(v) for v in items]
    return out if array else out[0]


def read_back(folder, stem):
    header = (folder / f"{stem}.header.csv").read_text(encoding="utf-8").rstrip("\n").split(",")
    matches = [HEADER_FIELD.fullmatch(h) for h in header]
    assert all(matches), f"{stem}: bad header field in {header}"
    records = []
    for row in parse_csv((folder / f"{stem}.csv").read_text(encoding="utf-8")):
        assert len(row) == len(header), (stem, row)
        record = {}
        for (value, quoted), m in zip(row, matches, strict=True):
            key = m["name"] or m["idname"] or m["special"] or m["end"] or "id"
            record[key] = typed(value, quoted, m["type"], bool(m["array"]))
        records.append(record)
    return header, records


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("e1", name=HOSTILE, type="ORG", aliases=[HOSTILE, "NB", ""], mentions=2, documents=1)
    G.add_node("e2", name="Port Sela", type="GPE", aliases=[], mentions=1, documents=1)
    G.add_edge("e1", "e2", key="strike", relation="strike", relation_class="ATTACK", count=2, confidence=0.75,
               first_seen="2024-01-01", last_seen="2024-01-02", negated=False,
               evidence=[{"sentence": HOSTILE, "doc": "d1"}])
    G.add_edge("e2", "e1", key="not_shell", relation="shell", relation_class=None, count=1, confidence=None,
               first_seen=None, last_seen=None, negated=True, evidence=[])
    return G


def test_headers_follow_the_documented_format(tmp_path):
    write_import_files(hostile_graph(), [], [], tmp_path)
    headers = {stem: read_back(tmp_path, stem)[0] for stem in FILES}
    assert headers["entities"][:2] == ["id:ID(Entity)", ":LABEL"]
    assert headers["relationships"][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert headers["mentions"] == [":START_ID(Document)", ":END_ID(Entity)", ":TYPE"]
    assert "aliases:string[]" in headers["entities"] and "count:long" in headers["relationships"]
    assert HEADER_FIELD.fullmatch("name:strin") is None  # the check can fail


def test_the_files_hold_what_the_loader_sends_even_hostile_text(tmp_path):
    G = hostile_graph()
    docs = [{"id": "d1", "date": "2024-01-01", "title": HOSTILE, "url": None}]
    counts = write_import_files(G, docs, [("d1", "e1"), ("d1", "e9")], tmp_path)
    assert counts == {"entities": 2, "documents": 1, "relationships": 2, "mentions": 1}
    entities, edges = graph_rows(G)
    _, nodes = read_back(tmp_path, "entities")
    for sent, node in zip(map(entity_row, entities), nodes, strict=True):
        aliases = [a.replace(ARRAY_DELIMITER, " ") for a in sent["aliases"]] or None
        assert node == {"id": sent["id"], "LABEL": node_label(sent["type"]),
                        "name": sent["name"].replace(ARRAY_DELIMITER, " "), "type": sent["type"],
                        "aliases": aliases}
    _, rels = read_back(tmp_path, "relationships")
    for sent, rel in zip(map(edge_row, edges), rels, strict=True):
        props = {k: v for k, v in rel.items() if k not in ("START_ID", "END_ID", "TYPE") and v is not None}
        expected = {k: ([x.replace(ARRAY_DELIMITER, " ") for x in v] if isinstance(v, list) else v)
                    for k, v in sent["props"].items() if v != []}
        assert props == expected
        assert (rel["START_ID"], rel["END_ID"], rel["TYPE"]) == (
            sent["source"], sent["target"], relationship_type(sent["props"]["predicate"]))
    _, documents = read_back(tmp_path, "documents")
    assert documents == [{"id": "d1", "date": "2024-01-01", "title": HOSTILE.replace(ARRAY_DELIMITER, " "),
                          "url": None}]
    _, mentions = read_back(tmp_path, "mentions")
    assert mentions == [{"START_ID": "d1", "END_ID": "e1", "TYPE": "MENTIONS"}]  # e9 is not in the graph


def test_import_command_names_every_file_with_its_header():
    command = import_command()
    assert command.startswith("neo4j-admin database import full neo4j")
    for stem in FILES:
        assert f"{stem}.header.csv,{stem}.csv" in command
    assert "--nodes=Entity=entities.header.csv" in command and "--array-delimiter=U+001F" in command


def test_export_neo4j_admin_from_the_cli(tmp_path):
    db = write_story(tmp_path / "kg.db")
    out = tmp_path / "import"
    result = CliRunner().invoke(cli, ["export", "--store", str(db), "--format", "neo4j-admin", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "constraints.cypher", "documents.csv", "documents.header.csv", "entities.csv", "entities.header.csv",
        "import.sh", "mentions.csv", "mentions.header.csv", "relationships.csv", "relationships.header.csv"]
    _, rels = read_back(out, "relationships")
    assert {(r["TYPE"], r["count"]) for r in rels if r["TYPE"] == "STRIKE"} == {("STRIKE", 2)}
    assert "CREATE CONSTRAINT newsgraph_entity_id" in (out / "constraints.cypher").read_text()
