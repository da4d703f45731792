"""Batches for workers are balanced by size: a few long articles still reach every worker."""

from __future__ import annotations

from newsgraph.model import Document, content_id
from newsgraph.runners import batches


def _docs(n: int, chars: int) -> list[Document]:
    texts = [f"{i} " + "x" * (chars - 2) for i in range(n)]
    return [Document(id=content_id(t), text=t, source=f"d{i}.txt") for i, t in enumerate(texts)]


def test_long_articles_are_spread_over_several_batches():
    sizes = [len(b) for b in batches(_docs(20, 20_000), size=32, chars=40_000)]
    assert sizes == [2] * 10


def test_short_articles_fill_a_batch_by_count():
    sizes = [len(b) for b in batches(_docs(70, 500), size=32, chars=40_000)]
    assert sizes == [32, 32, 6]


def test_a_document_longer_than_a_batch_goes_alone_and_nothing_is_lost():
    docs = _docs(1, 100_000) + _docs(3, 1_000)
    out = list(batches(docs, size=32, chars=40_000))
    assert [len(b) for b in out] == [1, 3]
    assert [d.source for b in out for d in b] == [d.source for d in docs]


def test_workers_auto_and_bad_values():
    from click.testing import CliRunner

    from newsgraph.cli import cli

    bad = CliRunner().invoke(cli, ["extract", "--workers", "many", "-"], input="")
    assert bad.exit_code == 2 and "'many' is not a number of workers or 'auto'" in bad.output
    zero = CliRunner().invoke(cli, ["extract", "--workers", "0", "-"], input="")
    assert zero.exit_code == 2 and "0 is not in the range 1-64" in zero.output
    auto = CliRunner().invoke(cli, ["extract", "--workers", "auto", "--format", "csv", "-"],
                              input="Police arrested two men in Basra on Sunday.\n")
    assert auto.exit_code == 0, auto.output
    assert "Police" in auto.output
