"""``--workers N``: parse *and extract* in N worker processes, each with its own model.

spaCy's own ``nlp.pipe(n_process=N)`` parses in workers but sends every parsed Doc back
to the main process, where extraction then runs one document at a time: with two
workers on two cores the main process became a third busy process (about a fifth of
the CPU work) and the speed-up stayed well short of 2x. Here each worker runs the
whole one-process pipeline (``run_pipeline`` with ``n_process=1``) on a batch of
documents and sends back only the extraction results, small picklable dataclasses.

Results come back in input order; at most two batches per worker are in flight, so
memory stays bounded on any corpus. A batch whose worker fails or dies is reported as
one Failure per document (nothing of it was stored; the next build retries it).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from newsgraph.model import DocExtraction, Document

__all__ = ["run_in_processes"]

_NLP: Any = None


def _init_worker(nlp: Any) -> None:
    """Keep the pipeline sent at start (once per worker process)."""
    global _NLP
    _NLP = nlp


def _work(batch: list[Document], batch_size: int, coref: bool) -> list[DocExtraction | Any]:
    from newsgraph.extract.pipeline import run_pipeline

    return list(run_pipeline(batch, _NLP, batch_size=batch_size, n_process=1, coref=coref))


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Documents in lists of ``size`` (the last may be shorter), read lazily."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _collect(batch: list[Document], future: Future) -> list[Any]:
    from newsgraph.extract.pipeline import Failure

    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a lost batch is reported, document by document
        reason = f"worker process failed ({type(exc).__name__}: {exc}); run the build again to retry"
        return [Failure(document.source, reason) for document in batch]


def run_in_processes(
    documents: Iterable[Document], nlp: Any, *, batch_size: int, n_process: int, coref: bool
) -> Iterator[Any]:
    """Extract ``documents`` in ``n_process`` worker processes; results in input order."""
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker, initargs=(nlp,))

    executor = start()
    pending: deque[tuple[list[Document], Future]] = deque()
    try:
        for batch in batches(documents, batch_size):
            try:
                future = executor.submit(_work, batch, batch_size, coref)
            except BrokenProcessPool:  # a worker died: the batches in flight fail, later ones go to a new pool
                executor.shutdown(cancel_futures=True)
                executor = start()
                future = executor.submit(_work, batch, batch_size, coref)
            pending.append((batch, future))
            if len(pending) >= 2 * n_process:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        executor.shutdown(cancel_futures=True)
