"""Writing records (triples, entities, rows) as JSON lines, CSV or TSV, streaming."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import TextIO

__all__ = ["RECORD_FORMATS", "write_records"]

RECORD_FORMATS = ("jsonl", "csv", "tsv")


def _flat(value: object) -> object:
    """A CSV cell: lists and dicts as JSON, None as empty, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_records(records: Iterable[dict], fields: Sequence[str], fmt: str, stream: TextIO) -> int:
    """Write dict records one at a time in ``fmt``; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt not in ("csv", "tsv"):
        raise ValueError(f"unknown record format {fmt!r}; choose one of {', '.join(RECORD_FORMATS)}")
    writer = csv.writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(fields)
    for record in records:
        writer.writerow([_flat(record.get(f)) for f in fields])
        n += 1
    return n
