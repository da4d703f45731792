"""Orchestration of the flow: sources -> documents -> extraction -> store -> entities.

``build`` is what ``newsgraph build`` runs; ``extract_records`` is ``newsgraph extract``
(no store on disk: each document is resolved on its own and its triples streamed out).
Both are plain functions a notebook user can call. The run's data (shipped and user
files) comes in one :class:`~newsgraph.lexicon.Lexicon`; where extraction runs (this
process, worker processes, a Dask cluster) is a runner from :mod:`newsgraph.runners`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TextIO

from newsgraph.documents import SourceProblem, read_sources
from newsgraph.lexicon import Lexicon
from newsgraph.model import DocExtraction, Document, Failure, Triple
from newsgraph.resolve import resolve_extraction, resolve_store
from newsgraph.runners import PipelineOptions, make_runner
from newsgraph.store import Store

__all__ = ["BuildOptions", "BuildSummary", "build", "extract_records"]


@dataclass
class BuildOptions:
    """How to parse and extract: the knobs of ``newsgraph build`` and ``newsgraph extract``."""

    model: str | None = None
    workers: int = 1
    batch_size: int = 32
    coref: bool = True
    dask: str | None = None  # "local", "local:N" or a scheduler address: extract on a Dask cluster
    lexicon: Lexicon | None = None  # the run's data files (None: the shipped ones)

    def data(self) -> Lexicon:
        """The run's lexicon: the one given, else the shipped data."""
        return self.lexicon or Lexicon.load()

    def pipeline(self) -> PipelineOptions:
        """What every runner passes to the pipeline."""
        return PipelineOptions(model=self.model, batch_size=self.batch_size, coref=self.coref,
                               lexicon=self.data())


@dataclass
class BuildSummary:
    """What one build did; ``failed`` lists (source, reason) for every document not stored."""

    new: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    triples: int = 0
    entities: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    model: str | None = None


class Progress:
    """Callbacks a front end implements to follow a build; the default does nothing."""

    def document(self, ex: DocExtraction) -> None:
        """A document was parsed and stored."""

    def skipped(self, source: str) -> None:
        """A document was already in the store."""

    def failed(self, source: str, reason: str) -> None:
        """A source could not be used."""

    def resolving(self) -> None:
        """Entity resolution started."""


def _new_documents(
    items: Iterable[Document | SourceProblem],
    store: Store,
    summary: BuildSummary,
    progress: Progress,
) -> Iterator[Document]:
    """Documents not yet in the store; problems and unchanged ones are counted on the way."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, SourceProblem):
            summary.failed.append((item.source, item.reason))
            progress.failed(item.source, item.reason)
        elif item.id in seen or store.has_document(item.id):
            summary.unchanged += 1
            progress.skipped(item.source)
        else:
            seen.add(item.id)
            yield item


def build(
    sources: Sequence[str],
    store_path: str | Path,
    options: BuildOptions | None = None,
    *,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
) -> BuildSummary:
    """Parse every new document of ``sources`` into the store, then resolve entities globally.

    Each document is committed on its own, so an interruption (Ctrl-C) keeps all
    finished documents; ``summary.interrupted`` tells the caller, which re-raises nothing.
    """
    options = options or BuildOptions()
    progress = progress or Progress()
    summary = BuildSummary()
    started = time.perf_counter()
    lexicon = options.data()
    with Store(store_path) as store:
        documents = _new_documents(read_sources(sources, rules=lexicon.rules, stdin=stdin), store, summary, progress)
        try:
            _parse_into(store, documents, options, summary, progress)
        except KeyboardInterrupt:
            summary.interrupted = True
        if not summary.interrupted:
            progress.resolving()
            summary.entities = resolve_store(store, lexicon.user_aliases)
    summary.seconds = time.perf_counter() - started
    return summary


def _parse_into(
    store: Store,
    documents: Iterator[Document],
    options: BuildOptions,
    summary: BuildSummary,
    progress: Progress,
) -> None:
    """Start a runner only when there is a new document, then stream them all into the store."""
    first = next(documents, None)
    if first is None:
        return
    with make_runner(options.pipeline(), workers=options.workers, dask=options.dask) as runner:
        summary.model = runner.model_id
        _store_results(store, runner.run(chain([first], documents)), summary, progress)


def _store_results(
    store: Store,
    results: Iterable[DocExtraction | Failure],
    summary: BuildSummary,
    progress: Progress,
) -> None:
    """Commit each document as it arrives (one transaction each) and count it."""
    for result in results:
        if isinstance(result, Failure):
            summary.failed.append((result.source, result.reason))
            progress.failed(result.source, result.reason)
            continue
        store.add_extraction(result, summary.model)
        summary.new += 1
        summary.sentences += result.sentences
        summary.words += result.words
        summary.triples += len(result.triples)
        progress.document(result)


def extract_records(
    sources: Iterable[Document | SourceProblem],
    options: BuildOptions | None = None,
    *,
    on_problem: Callable[[str, str], None] | None = None,
    nlp: object | None = None,
) -> Iterator[Triple]:
    """Stream resolved triple records of each document, without a store on disk.

    Entities are resolved within each document (a build resolves across documents).
    """
    options = options or BuildOptions()
    lexicon = options.data()

    def documents() -> Iterator[Document]:
        for item in sources:
            if isinstance(item, SourceProblem):
                if on_problem:
                    on_problem(item.source, item.reason)
            else:
                yield item

    with make_runner(options.pipeline(), workers=options.workers, nlp=nlp) as runner:
        for result in runner.run(documents()):
            if isinstance(result, Failure):
                if on_problem:
                    on_problem(result.source, result.reason)
                continue
            yield from resolve_extraction(result, lexicon.user_aliases)
