"""Run Cypher against Neo4j from the terminal, and format the answer.

Reads run in READ access mode in a managed read transaction; a query with a writing
clause is refused unless the caller says ``write=True``. The check here is only a first
line: Neo4j also refuses writes in a read transaction (ArcadeDB does not, which is why
the client check exists).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.cypher.connection import Connection, CypherError

__all__ = [
    "QueryResult",
    "WriteRefused",
    "BadParameter",
    "OUTPUT_FORMATS",
    "QUERY_DIR",
    "run_query",
    "writes",
    "parse_params",
    "to_plain",
    "format_result",
    "shipped_queries",
    "query_defaults",
    "read_query_file",
]

OUTPUT_FORMATS = ("table", "json", "csv")
QUERY_DIR = Path(__file__).parent / "queries"

_WRITE_CLAUSES = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS"
    r"|ALTER|RENAME|GRANT|REVOKE|DENY|START\s+DATABASE|STOP\s+DATABASE)\b",
    re.IGNORECASE,
)
# String literals, backtick names and comments: text where a keyword is not a clause.
_NOT_CODE = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL
)


class WriteRefused(CypherError):
    """A query that writes was given without ``--write``."""


class BadParameter(CypherError):
    """A ``--param`` is not ``name=value``."""


@dataclass
class QueryResult:
    """Column names and rows (plain Python values) of one query."""

    columns: list[str]
    rows: list[list[Any]]
    #: True when more rows were there than the row limit let through.
    truncated: bool = False

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def writes(query: str) -> str | None:
    """The first writing clause of ``query`` (outside strings and comments), else None."""
    found = _WRITE_CLAUSES.search(_NOT_CODE.sub(" ", query))
    return found.group(1).upper() if found else None


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``name=value`` pairs; a value that reads as JSON (5, 2.5, true, ["a"]) is typed."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise BadParameter(f"--param {pair!r}: expected name=value")
        try:
            params[name] = json.loads(value)
        except ValueError:
            params[name] = value
    return params


_DEFAULT = re.compile(r"^//\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$", re.MULTILINE)


def query_defaults(query: str) -> dict[str, Any]:
    """Default parameters written in a query's comments as the browser's ``:param`` lines
    (``// :param limit => 20``): integers, decimals, ``null``, ``true``/``false`` and
    quoted strings. ``--param`` overrides them.

    >>> query_defaults("// :param actor => 'Port Sela'\\n// :param limit => 5\\nRETURN 1")
    {'actor': 'Port Sela', 'limit': 5}
    """
    return {name: _literal(value) for name, value in _DEFAULT.findall(query)}


def _literal(text: str) -> Any:
    """A Cypher literal of a ``:param`` line as a Python value."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace("\\" + text[0], text[0])
    try:
        return json.loads(text.lower() if text.lower() in ("null", "true", "false") else text)
    except ValueError:
        raise BadParameter(f"cannot read the default value {text!r}") from None


def read_query_file(path: str | Path) -> str:
    """The text of a .cypher file (a shipped query may be named without its folder)."""
    file = Path(path)
    if not file.exists() and (QUERY_DIR / file.name).exists():
        file = QUERY_DIR / file.name
    try:
        return file.read_text(encoding="utf-8")
    except OSError as exc:
        raise CypherError(f"cannot read query file {str(path)!r}: {exc.strerror}") from exc


def shipped_queries() -> dict[str, str]:
    """The analyst queries shipped in ``newsgraph/cypher/queries``: {name: text}."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERY_DIR.glob("*.cypher"))}


def to_plain(value: Any) -> Any:
    """A driver value as plain JSON-able Python (nodes and relationships as property dicts)."""
    from neo4j.graph import Node, Relationship
    from neo4j.graph import Path as GraphPath

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_query(
    conn: Connection,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    write: bool = False,
) -> QueryResult:
    """Run one Cypher query; reads in a read transaction, writes only with ``write=True``."""
    clause = writes(query)
    if clause and not write:
        raise WriteRefused(f"the query writes ({clause}); add --write to run it")

    def work(tx: Any) -> QueryResult:
        result = tx.run(query, params or {})
        rows = [[to_plain(v) for v in record.values()] for record in result]
        return QueryResult(list(result.keys()), rows)

    return conn.write(work) if write else conn.read(work)


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float as its Cypher spelling ("NaN", "Infinity")."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: an aligned table, a JSON array of objects, or CSV."""
    if fmt == "json":  # JSON has no NaN or Infinity: they are written as strings
        return json.dumps(_finite(result.records()), ensure_ascii=False, indent=2, allow_nan=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([_cell(v) for v in row] for row in result.rows)
        return out.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(result.columns, [[_cell(v) for v in row] for row in result.rows])
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned table (no colours, so it pipes well) with a row count."""
    cells = [[c.replace("\n", " ") for c in row] for row in rows]
    widths = [max([len(col), *(len(r[i]) for r in cells)]) for i, col in enumerate(columns)]
    line = lambda parts: "  ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True))  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(s.rstrip() for s in out)
