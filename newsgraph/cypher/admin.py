"""CSV files for ``neo4j-admin database import full``: the fast path for a first load.

``newsgraph neo4j load`` sends batches of Cypher through Bolt: right for a database that
is updated as the store grows (it sends only what is new). For an initial load of
millions of relationships into an empty database, Neo4j's offline importer is much
faster; it reads CSV files whose header line says what each column is
(https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):

* nodes: ``id:ID(Entity)`` (the id, in the id space ``Entity``), ``:LABEL``, then
  properties as ``name:type`` (``count:long``, ``aliases:string[]``; no type is string);
* relationships: ``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE``, then properties.

The rows are the loader's (:func:`~newsgraph.cypher.load.entity_row`,
:func:`~newsgraph.cypher.load.edge_row`), so an import gives the graph a load gives.
Each header is a file of its own (``entities.header.csv`` + ``entities.csv``), as the
importer allows, so data files can be split or compressed. An empty unquoted field is no
property (as a load stores no null); text is always quoted, so an empty string stays one
(an empty list, which the importer cannot tell from no list, is no property).
Array items are separated by U+001F (the unit separator, removed from the text), so an
alias may hold any other character; fields may span lines (``--multiline-fields=true``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.cypher import names
from newsgraph.cypher.load import CONSTRAINTS, RELATIONSHIP_PROPERTIES, document_row, edge_row, entity_row, graph_rows

__all__ = [
    "ARRAY_DELIMITER",
    "ENTITY_HEADER",
    "RELATIONSHIP_HEADER",
    "DOCUMENT_HEADER",
    "MENTIONS_HEADER",
    "FILES",
    "import_command",
    "write_import_files",
]

ARRAY_DELIMITER = "\x1f"
_ARRAY_OPTION = "U+001F"

ENTITY_HEADER = ("id:ID(Entity)", ":LABEL", "name", "type", "aliases:string[]")
_PROPERTY_TYPES = {"count": "long", "confidence": "double", "negated": "boolean", "evidence": "string[]"}
RELATIONSHIP_HEADER = (":START_ID(Entity)", ":END_ID(Entity)", ":TYPE",
                       *(f"{key}:{_PROPERTY_TYPES[key]}" if key in _PROPERTY_TYPES else key
                         for key in RELATIONSHIP_PROPERTIES))
DOCUMENT_HEADER = ("id:ID(Document)", "date", "title", "url")
MENTIONS_HEADER = (":START_ID(Document)", ":END_ID(Entity)", ":TYPE")

#: file stem -> (kind, header): what import_command passes to the importer.
FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "entities": ("nodes=" + names.ENTITY_LABEL, ENTITY_HEADER),
    "documents": ("nodes=" + names.DOCUMENT_LABEL, DOCUMENT_HEADER),
    "relationships": ("relationships", RELATIONSHIP_HEADER),
    "mentions": ("relationships", MENTIONS_HEADER),
}


def _field(value: Any) -> str:
    """A value as the importer reads it: None (and an empty list) as an empty unquoted
    field (no property), numbers bare, booleans as true/false, text quoted (quotes
    doubled) without U+001F, lists joined by U+001F."""
    if value is None or isinstance(value, list | tuple) and not value:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        text = ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    else:
        text = str(value).replace(ARRAY_DELIMITER, " ")
    return '"' + text.replace('"', '""') + '"'


def _entity_line(row: dict) -> list[Any]:
    return [row["id"], names.node_label(row["type"]), row["name"], row["type"], row["aliases"]]


def _relationship_line(row: dict) -> list[Any]:
    props = row["props"]
    return [row["source"], row["target"], names.relationship_type(props.get("predicate")),
            *(props.get(key) for key in RELATIONSHIP_PROPERTIES)]


def _write(folder: Path, stem: str, header: Sequence[str], lines: Iterable[list[Any]]) -> int:
    """Write ``stem.header.csv`` and ``stem.csv``; return the number of data lines."""
    with open(folder / f"{stem}.header.csv", "w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerow(header)
    count = 0
    with open(folder / f"{stem}.csv", "w", encoding="utf-8", newline="") as out:
        for line in lines:
            out.write(",".join(map(_field, line)) + "\n")
            count += 1
    return count


def import_command(database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command for the files in its folder."""
    parts = ["neo4j-admin database import full " + database]
    parts += [f"--{kind}={stem}.header.csv,{stem}.csv" for stem, (kind, _) in FILES.items()]
    parts += [f"--array-delimiter={_ARRAY_OPTION}", "--multiline-fields=true", "--overwrite-destination"]
    return " \\\n  ".join(parts)


def write_import_files(graph: Any, documents: Iterable[dict], mentions: Iterable[tuple[str, str]],
                       folder: str | Path) -> dict[str, int]:
    """Write the header and data files, ``import.sh`` (the importer's command) and
    ``constraints.cypher`` (to run once the database is started) into ``folder``.

    ``graph`` is newsgraph's graph; ``documents`` are store documents and ``mentions``
    ``(document id, entity id)`` pairs (those whose entity is not in the graph are left
    out). Returns the number of lines written per file stem.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    entities, edges = graph_rows(graph)
    entity_rows = [entity_row(e) for e in entities]
    known = {row["id"] for row in entity_rows}
    counts = {
        "entities": _write(out, "entities", ENTITY_HEADER, map(_entity_line, entity_rows)),
        "documents": _write(out, "documents", DOCUMENT_HEADER,
                            ([d["id"], d["date"], d["title"], d["url"]] for d in map(document_row, documents))),
        "relationships": _write(out, "relationships", RELATIONSHIP_HEADER,
                                (_relationship_line(edge_row(e)) for e in edges)),
        "mentions": _write(out, "mentions", MENTIONS_HEADER,
                           ([str(d), str(e), names.MENTIONS_TYPE] for d, e in mentions if str(e) in known)),
    }
    (out / "import.sh").write_text(
        "#!/bin/sh\n# Run where neo4j-admin is, with the database stopped (it is replaced).\n"
        f'cd "$(dirname "$0")"\n{import_command()}\n', encoding="utf-8")
    (out / "constraints.cypher").write_text(";\n".join(CONSTRAINTS) + ";\n", encoding="utf-8")
    return counts
