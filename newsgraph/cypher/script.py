"""A Cypher script that loads the graph into Neo4j with ``cypher-shell -f`` (``export --format cypher``).

It holds named uniqueness constraints, then batched ``UNWIND [...] AS row MERGE``
statements with every value written as an escaped literal; relationship types and labels
come only from :mod:`newsgraph.cypher.names`. Every character of the text is kept (escaped
as Cypher needs), except lone surrogates, which no UTF-8 file can hold.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.cypher.names import (
    DOCUMENT_LABEL,
    ENTITY_LABEL,
    MENTIONS_TYPE,
    node_label,
    relationship_type,
)
from newsgraph.graph.errors import EmptyGraph
from newsgraph.graph.export import EDGE_FIELDS, NODE_FIELDS, utf8_text

__all__ = ["BATCH", "cypher_string", "cypher_value", "cypher_script", "write_script"]

BATCH = 500

_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                   "\b": "\\b", "\f": "\\f"}
_CYPHER_SPECIAL = re.compile("[\\\\'\x00-\x1f\x7f\u2028\u2029]")


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal of ``text``; nothing in it can end the string.

    Examples
    --------
    >>> print(cypher_string("it's a \\\\ `}]->() DETACH DELETE n"))
    'it\\'s a \\\\ `}]->() DETACH DELETE n'
    """
    def escape(match: re.Match) -> str:
        ch = match.group()
        return _CYPHER_ESCAPES.get(ch) or f"\\u{ord(ch):04x}"

    return "'" + _CYPHER_SPECIAL.sub(escape, utf8_text(text)) + "'"


def cypher_value(value: Any) -> str:
    """A Cypher literal for a property value: strings, numbers, booleans, lists of them.

    Dicts and lists of dicts (which Neo4j properties cannot hold) become JSON strings.

    Examples
    --------
    >>> cypher_value(["a", "b'c"]), cypher_value(True), cypher_value({"2024-01": 2})
    ("['a', 'b\\\\'c']", 'true', '\\'{"2024-01": 2}\\'')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(cypher_string(v) for v in value) + "]"
    if isinstance(value, list | tuple) and all(isinstance(v, int | float) and not isinstance(v, bool)
                                               for v in value):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    return cypher_string(json.dumps(value, ensure_ascii=False, default=str))


def _map(data: dict) -> str:
    # keys are our own attribute names; anything else is dropped rather than spliced
    items = [f"{k}: {cypher_value(v)}" for k, v in data.items()
             if v is not None and re.fullmatch(r"[a-z_][a-z0-9_]*", k)]
    return "{" + ", ".join(items) + "}"


def _batches(rows: Iterable[str], size: int = BATCH) -> Iterator[list[str]]:
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unwind(rows: list[str], body: str) -> str:
    return "UNWIND [\n  " + ",\n  ".join(rows) + "\n] AS row\n" + body + ";\n"


def cypher_script(G: nx.MultiDiGraph) -> Iterator[str]:
    """The statements of a Cypher script that loads ``G`` into Neo4j (``cypher-shell -f``).

    Entities become ``(:Entity:<Label> {id, name, type, aliases, mentions, documents})``,
    edges ``(a)-[:<TYPE> {key, relation, count, confidence, ...}]->(b)`` merged on their key,
    and each document listed on an edge ``(:Document {id, date?})-[:MENTIONS]->`` both ends.
    """
    yield (f"// newsgraph export: {G.number_of_nodes()} entities, {G.number_of_edges()} relations."
           "\n// Load with: cypher-shell -f <this file>\n")
    yield (f"CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) "
           "REQUIRE n.id IS UNIQUE;\n")
    yield (f"CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:{DOCUMENT_LABEL}) "
           "REQUIRE n.id IS UNIQUE;\n")
    by_label: dict[str, list[str]] = {}
    for node, data in G.nodes(data=True):
        props = {k: data.get(k) for k in NODE_FIELDS[1:]}
        props["id"] = str(node)
        by_label.setdefault(node_label(data.get("type")), []).append(_map(props))
    for label, rows in by_label.items():
        for batch in _batches(rows):
            yield _unwind(batch, f"MERGE (n:{ENTITY_LABEL} {{id: row.id}})\nSET n += row, n:{label}")
    yield from _relationship_statements(G)
    yield from _document_statements(G)


def _relationship_statements(G: nx.MultiDiGraph) -> Iterator[str]:
    by_type: dict[str, list[str]] = {}
    for u, v, k, data in G.edges(keys=True, data=True):
        props = {f: data.get(f) for f in EDGE_FIELDS[3:]}
        props["key"] = str(k)
        row = "{s: " + cypher_string(str(u)) + ", o: " + cypher_string(str(v)) + ", props: " + _map(props) + "}"
        by_type.setdefault(relationship_type(str(k)), []).append(row)
    for rtype, rows in by_type.items():
        for batch in _batches(rows):
            yield _unwind(batch, (
                f"MATCH (a:{ENTITY_LABEL} {{id: row.s}})\nMATCH (b:{ENTITY_LABEL} {{id: row.o}})\n"
                f"MERGE (a)-[r:{rtype} {{key: row.props.key}}]->(b)\nSET r += row.props"))


def _document_statements(G: nx.MultiDiGraph) -> Iterator[str]:
    dates: dict[str, str] = {}
    mentions: set[tuple[str, str]] = set()
    for u, v, data in G.edges(data=True):
        for doc in data.get("documents") or ():
            mentions.add((str(doc), str(u)))
            mentions.add((str(doc), str(v)))
        for ev in data.get("evidence") or ():
            if ev.get("date") and ev.get("doc"):
                dates.setdefault(str(ev["doc"]), ev["date"])
    docs = sorted({d for d, _ in mentions})
    rows = (_map({"id": d, "date": dates.get(d)}) for d in docs)
    for batch in _batches(rows):
        yield _unwind(batch, f"MERGE (d:{DOCUMENT_LABEL} {{id: row.id}})\nSET d += row")
    links = ("{d: " + cypher_string(d) + ", e: " + cypher_string(e) + "}" for d, e in sorted(mentions))
    for batch in _batches(links):
        yield _unwind(batch, (
            f"MATCH (d:{DOCUMENT_LABEL} {{id: row.d}})\nMATCH (e:{ENTITY_LABEL} {{id: row.e}})\n"
            f"MERGE (d)-[:{MENTIONS_TYPE}]->(e)"))


def write_script(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the Cypher script of ``G`` to ``path``; returns the path. Raises EmptyGraph."""
    if G.number_of_nodes() == 0:
        raise EmptyGraph("the graph is empty: nothing to export")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_script(G, path)
    return path


def _write_script(G: nx.MultiDiGraph, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for statement in cypher_script(G):
            fh.write(statement)
