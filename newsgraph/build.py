"""Orchestration of the flow: sources -> documents -> extraction -> store -> entities.

``build`` is what ``newsgraph build`` runs; ``extract_records`` is ``newsgraph extract``
(no store on disk: each document is resolved on its own and its triples streamed out).
Both are plain functions a notebook user can call. The run's data (shipped and user
files) comes in one :class:`~newsgraph.lexicon.Lexicon`; where extraction runs (this
process, worker processes, a Dask cluster) is a runner from :mod:`newsgraph.runners`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TextIO

from newsgraph.documents import DEFAULT_MAX_CHARS, SourceProblem, read_sources
from newsgraph.lexicon import Lexicon
from newsgraph.model import DocExtraction, Document, Failure, Triple
from newsgraph.resolve import resolve_extraction, resolve_store
from newsgraph.runners import PipelineOptions, make_runner
from newsgraph.store import Store

__all__ = ["BuildOptions", "BuildSummary", "PruneSummary", "build", "extract_records", "missing_documents",
           "prune_missing"]


@dataclass
class BuildOptions:
    """How to parse and extract: the knobs of ``newsgraph build`` and ``newsgraph extract``."""

    model: str | None = None
    workers: int = 1
    batch_size: int = 32
    coref: bool = True
    dask: str | None = None  # "local", "local:N" or a scheduler address: extract on a Dask cluster
    lexicon: Lexicon | None = None  # the run's data files (None: the shipped ones)
    reparse: bool = False  # parse again documents built with other role nouns or demonyms
    max_chars: int = DEFAULT_MAX_CHARS  # a longer document is stored in parts

    def data(self) -> Lexicon:
        """The run's lexicon: the one given, else the shipped data."""
        return self.lexicon or Lexicon.load()

    def pipeline(self) -> PipelineOptions:
        """What every runner passes to the pipeline."""
        return PipelineOptions(model=self.model, batch_size=self.batch_size, coref=self.coref,
                               lexicon=self.data())


@dataclass
class BuildSummary:
    """What one build did; ``failed`` lists (source, reason) for every document not stored.

    ``updated`` counts sources stored before whose text changed (edited, or cleaned by other
    rules) and replaced their earlier version; ``removed`` the parts of a shortened source.
    ``reclassified`` is (documents, triples whose class changed) when the relation classes
    differ from those that built the store; ``stale`` maps a kind of data file that needs a
    re-parse ("roles", "demonyms") to the sources built with another one.
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    reclassified: tuple[int, int] = (0, 0)
    stale: dict[str, list[str]] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    triples: int = 0
    entities: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    unresolved: bool = False  # interrupted after parsing, before entities were resolved
    store: dict[str, int] = field(default_factory=dict)  # Store.fact_counts() after the build
    model: str | None = None


class Progress:
    """Callbacks a front end implements to follow a build; the default does nothing."""

    def document(self, ex: DocExtraction) -> None:
        """A document was parsed and stored."""

    def skipped(self, source: str) -> None:
        """A document was already in the store."""

    def failed(self, source: str, reason: str) -> None:
        """A source could not be used."""

    def noted(self, source: str, note: str) -> None:
        """A source was read, with something guessed or changed ("decoded as cp1252")."""

    def resolving(self) -> None:
        """Entity resolution started."""


# The kinds of data file a document must be parsed again for (relation classes are
# re-derived from the stored facts, boilerplate rules change the cleaned text and its hash).
REPARSE_KINDS = ("roles", "demonyms")


@dataclass
class _Reading:
    """What the reading of sources saw: per file read whole, the sources it gave."""

    produced: dict[str, set[str]] = field(default_factory=dict)
    partial: set[str] = field(default_factory=set)  # files with a problem: never trimmed


def _needs_reparse(stored: dict | None, current: dict[str, str]) -> bool:
    return stored is None or any(stored.get(kind) != current[kind] for kind in REPARSE_KINDS)


def _new_documents(
    items: Iterable[Document | SourceProblem],
    store: Store,
    summary: BuildSummary,
    progress: Progress,
    *,
    reparse: bool = False,
    fingerprints: dict[str, str] | None = None,
    reading: _Reading | None = None,
) -> Iterator[Document]:
    """Documents new to the store or changed since stored; problems and unchanged ones are
    counted on the way. A source given twice in one run is read once."""
    seen: set[str] = set()
    reading = reading or _Reading()
    for item in items:
        if isinstance(item, SourceProblem):
            summary.failed.append((item.source, item.reason))
            progress.failed(item.source, item.reason)
            reading.partial.add(os.path.abspath(item.source))
            continue
        if item.origin is not None:
            reading.produced.setdefault(item.origin, set()).add(item.identity)
        if item.identity in seen:
            continue
        seen.add(item.identity)
        stored = store.document_state(item.identity)
        if stored is not None and stored.hash == item.hash and not (
                reparse and fingerprints and _needs_reparse(stored.data, fingerprints)):
            summary.unchanged += 1
            progress.skipped(item.source)
            continue
        for note in item.notes:
            progress.noted(item.source, note)
        yield item


def _trim_parts(store: Store, reading: _Reading) -> int:
    """Remove the stored parts a file no longer has (it was split into fewer parts, or is one
    document now). Only plain files read whole are trimmed; JSONL records that are gone are
    for ``newsgraph documents --missing``."""
    stale = []
    for origin, keys in reading.produced.items():
        if origin.lower().endswith(".jsonl") or origin in reading.partial:
            continue
        stale += [doc_id for doc_id, key in store.documents_from(origin) if key not in keys]
    return store.remove_documents(stale) if stale else 0


def _check_data(store: Store, lexicon: Lexicon, summary: BuildSummary) -> None:
    """Re-derive relation classes the store holds from other class files; list the documents
    that role nouns or demonyms of other files built (they need a re-parse)."""
    prints = lexicon.fingerprints
    summary.reclassified = store.rederive_classes(lexicon.classes.classify, prints["relation_classes"])
    for _, source, data in store.document_data():
        for kind in REPARSE_KINDS:
            if data is not None and kind in data and data[kind] != prints[kind]:  # unrecorded: unknown
                summary.stale.setdefault(kind, []).append(source)


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
    reading = _Reading()
    with Store(store_path) as store:
        items = read_sources(sources, rules=lexicon.rules, stdin=stdin, max_chars=options.max_chars)
        documents = _new_documents(items, store, summary, progress, reparse=options.reparse,
                                   fingerprints=lexicon.fingerprints, reading=reading)
        try:
            _parse_into(store, documents, options, summary, progress, lexicon.provenance())
        except KeyboardInterrupt:
            summary.interrupted = True
        if not summary.interrupted:
            try:
                summary.removed = _trim_parts(store, reading)
                _check_data(store, lexicon, summary)
                progress.resolving()
                summary.entities = resolve_store(store, lexicon.user_aliases)
                summary.store = store.fact_counts()
            except KeyboardInterrupt:
                summary.interrupted = summary.unresolved = True
    summary.seconds = time.perf_counter() - started
    return summary


def _parse_into(
    store: Store,
    documents: Iterator[Document],
    options: BuildOptions,
    summary: BuildSummary,
    progress: Progress,
    data: dict[str, object] | None = None,
) -> None:
    """Start a runner only when there is a new document, then stream them all into the store."""
    first = next(documents, None)
    if first is None:
        return
    with make_runner(options.pipeline(), workers=options.workers, dask=options.dask) as runner:
        summary.model = runner.model_id
        _store_results(store, runner.run(chain([first], documents)), summary, progress, data)


def _store_results(
    store: Store,
    results: Iterable[DocExtraction | Failure],
    summary: BuildSummary,
    progress: Progress,
    data: dict[str, object] | None = None,
) -> None:
    """Commit each document as it arrives (one transaction each, replacing its earlier
    version) and count it."""
    for result in results:
        if isinstance(result, Failure):
            summary.failed.append((result.source, result.reason))
            progress.failed(result.source, result.reason)
            continue
        if store.add_extraction(result, summary.model, data) == "updated":
            summary.updated += 1
        else:
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


def missing_documents(store: Store) -> list[dict]:
    """Stored documents whose source is gone (file deleted, JSONL record removed), as
    ``Store.document_table`` rows. Standard input is never taken for gone."""
    from functools import cache

    from newsgraph.documents import jsonl_record_keys, source_is_gone

    keys = cache(jsonl_record_keys)
    return [row for row in store.document_table() if source_is_gone(row["key"], row["origin"], keys)]


@dataclass
class PruneSummary:
    """What ``prune_missing`` removed, and the entities after resolving again."""

    documents: int = 0
    triples: int = 0
    mentions: int = 0
    entities: int = 0


def prune_missing(store: Store, rows: Sequence[dict], lexicon: Lexicon | None = None) -> PruneSummary:
    """Remove the documents of ``rows`` (from :func:`missing_documents`) with all that was
    extracted from them, in one transaction, then resolve entities again over what is left."""
    summary = PruneSummary(len(rows), sum(r["triples"] for r in rows), sum(r["mentions"] for r in rows))
    store.remove_documents(r["id"] for r in rows)
    summary.entities = resolve_store(store, (lexicon or Lexicon.load()).user_aliases)
    return summary
