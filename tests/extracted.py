"""What `newsgraph extract` prints for a text of our own: the records the tests read."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli


def extract_rows(tmp_path: Path, text: str, *, sentences: bool) -> list[dict]:
    """The JSONL records of `newsgraph extract` on ``text``: with ``sentences`` one sentence a
    line (`--sentences`), else the text as one article (coreference across its sentences)."""
    path = tmp_path / ("sentences.txt" if sentences else "article.txt")
    path.write_text(text, encoding="utf-8")
    args = ["extract", *(["--sentences"] if sentences else []), str(path), "--format", "jsonl"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def built_names(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Every entity of a store built from ``text`` as one article: its name -> its aliases."""
    from newsgraph.build import build
    from newsgraph.store import Store

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "kg.db"
    build([str(article)], db)
    with Store(str(db)) as store:
        return {e.name: set(e.aliases) for e in store.iter_entities()}
