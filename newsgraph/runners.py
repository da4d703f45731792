"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Every runner has one interface: a context manager with ``model_id`` (the spaCy pipeline
that parses, recorded with each stored document) and ``run(documents)``, which yields one
``DocExtraction`` or ``Failure`` per document. ``build`` picks one with :func:`make_runner`
and stores what comes back; it never needs to know which.

- :class:`SerialRunner`: ``nlp.pipe`` and extraction in this process.
- :class:`ProcessRunner` (``--workers N``): each of N processes runs the serial pipeline
  on whole batches with its own model and sends back only the extraction results, small
  picklable dataclasses (spaCy's own ``n_process`` sends every parsed Doc back, and
  extraction in the main process then became a third busy process on two cores).
- :class:`DaskRunner` (``--dask ADDRESS``): the same batches as tasks on a Dask cluster
  (:mod:`newsgraph.distributed` connects and prepares the workers).

All three read documents lazily in batches (:func:`batches`), keep at most two batches per
worker in flight so memory stays bounded on any corpus, and report a batch whose worker
failed or died as one ``Failure`` per document (:func:`failed_batch`): nothing of it was
stored, and the next build retries it. The run's :class:`~newsgraph.lexicon.Lexicon` goes
to every worker with its job.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from newsgraph.extract.pipeline import PipelineOptions, load_model, model_id, run_batch, run_pipeline
from newsgraph.model import DocExtraction, Document, Failure

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "PipelineOptions",
    "Runner",
    "SerialRunner",
    "ProcessRunner",
    "DaskRunner",
    "make_runner",
    "BATCH_CHARS",
    "batches",
    "failed_batch",
]

Result = DocExtraction | Failure


class Runner(Protocol):
    """What ``build`` needs of a runner."""

    model_id: str

    def __enter__(self) -> Runner: ...

    def __exit__(self, *exc: object) -> None: ...

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        """One result per document: ``DocExtraction``, or ``Failure`` with the reason."""
        ...


#: A batch closes at this many characters of text, whatever its number of documents, so
#: that a handful of long articles still spread over every worker.
BATCH_CHARS = 40_000


def batches(documents: Iterable[Document], size: int, chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Documents in lists of at most ``size`` documents and about ``chars`` characters
    (a batch closes once it holds ``chars``; one longer document is a batch of its own),
    read lazily."""
    batch: list[Document] = []
    held = 0
    for document in documents:
        batch.append(document)
        held += len(document.text)
        if len(batch) >= size or held >= chars:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def failed_batch(batch: list[Document], cause: BaseException, where: str) -> list[Failure]:
    """A lost batch, reported document by document: ``where`` says what failed."""
    reason = f"{where} ({type(cause).__name__}: {cause}); run the build again to retry"
    return [Failure(document.source, reason) for document in batch]


class SerialRunner:
    """Parse and extract in this process (``nlp`` given, or loaded on entering)."""

    def __init__(self, options: PipelineOptions, nlp: Language | None = None) -> None:
        self.options = options
        self.nlp = nlp
        self.model_id = ""

    def __enter__(self) -> SerialRunner:
        self.nlp = self.nlp or load_model(self.options.model)
        self.model_id = model_id(self.nlp)
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        return run_pipeline(documents, self.nlp, self.options)


# -- worker processes ------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(nlp: Language, options: PipelineOptions, parent: int | None = None) -> None:
    """Keep the pipeline and the run's options sent at start (once per worker process), and
    watch the parent (its pid sent from the parent, which may be dead already): a worker
    ends when its parent does, even one killed by SIGKILL."""
    _WORKER.update(nlp=nlp, options=options)
    gc.freeze()  # the model just unpickled stays out of every collection (see load_model)
    if parent is not None:
        threading.Thread(target=_end_with_parent, args=(parent,), name="newsgraph-parent-watch",
                         daemon=True).start()


def _end_with_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker process once ``parent`` is gone (it is then adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _process_batch(batch: list[Document]) -> list[Result]:
    return run_batch(batch, _WORKER["nlp"], _WORKER["options"])


class ProcessRunner:
    """Parse and extract in ``workers`` processes, each with its own copy of the model.

    Results come back in input order. A batch whose worker died fails (one Failure per
    document) and later batches go to a new pool.
    """

    def __init__(self, options: PipelineOptions, workers: int, nlp: Language | None = None) -> None:
        self.options = options
        self.workers = workers
        self.nlp = nlp
        self.model_id = ""
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ProcessRunner:
        self.nlp = self.nlp or load_model(self.options.model)
        self.model_id = model_id(self.nlp)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None
            if (exc[0] if exc else sys.exc_info()[0]) is None:  # a clean end, not an interrupt
                _stop_resource_tracker()


    def _start(self) -> ProcessPoolExecutor:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
        context = multiprocessing.get_context("spawn")  # no fork of a process with threads
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                             initargs=(self.nlp, self.options, os.getpid()))
        return self._executor

    def _submit(self, batch: list[Document]) -> Future:
        executor = self._executor or self._start()
        try:
            return executor.submit(_process_batch, batch)
        except BrokenProcessPool:  # a worker died: the batches in flight fail, later ones go to a new pool
            return self._start().submit(_process_batch, batch)

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        pending: deque[tuple[list[Document], Future]] = deque()
        try:
            for batch in batches(documents, self.options.batch_size):
                pending.append((batch, self._submit(batch)))
                if len(pending) >= 2 * self.workers:
                    yield from _collected(*pending.popleft())
            while pending:
                yield from _collected(*pending.popleft())
        finally:
            self.__exit__()


def _stop_resource_tracker() -> None:
    """Stop the helper process that multiprocessing starts beside spawned workers (a process
    pool's, a local Dask cluster's), after a clean end: it would outlive the command by a
    moment, and where nothing reaps orphans (a container's first process) stay as a zombie.
    Only after a clean end, and only when no child process of multiprocessing is alive: with
    a worker still alive (an interrupt) stopping it would wait for that worker."""
    from multiprocessing import resource_tracker

    if multiprocessing.active_children():  # joins the finished ones; a live one keeps the tracker
        return
    gc.collect()  # the pool's queues release their semaphores first, not after the stop
    tracker = resource_tracker._resource_tracker
    if getattr(tracker, "_fd", None) is not None:
        tracker._stop()


def _collected(batch: list[Document], future: Future) -> list[Result]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a lost batch is reported, document by document
        return failed_batch(batch, exc, "worker process failed")


# -- Dask ------------------------------------------------------------------------------------


class DaskRunner:
    """Parse and extract on a Dask cluster; results in completion order.

    ``address`` is ``local``, ``local:N`` (a LocalCluster of N single-threaded worker
    processes, started and stopped here) or the address of a running scheduler. Entering
    loads the model on every worker and checks they all have the same one. ``task`` is
    the function run on each batch (``dask_batch``; tests swap it for one that fails).
    """

    def __init__(self, options: PipelineOptions, address: str, *, in_flight: int | None = None,
                 timeout: float = 60.0, task: Any = None) -> None:
        from newsgraph.distributed import dask_batch

        self.options = options
        self.address = address
        self.in_flight = in_flight
        self.timeout = timeout
        self.task = task or dask_batch
        self.model_id = ""
        self.workers = 0
        self._cluster: Any = None

    def __enter__(self) -> DaskRunner:
        from newsgraph.distributed import DaskCluster

        self._cluster = DaskCluster(self.address, model=self.options.model, timeout=self.timeout).open()
        self.model_id, self.workers = self._cluster.model_id, self._cluster.workers
        return self

    def __exit__(self, *exc: object) -> None:
        if self._cluster is not None:
            local = self._cluster.local
            self._cluster.close()
            self._cluster = None
            if local and (exc[0] if exc else sys.exc_info()[0]) is None:  # a clean end, not an interrupt
                _stop_resource_tracker()  # the local cluster's workers were spawned beside one

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        limit = self.in_flight or max(2, 2 * self.workers)
        submit, completed = self._cluster.submitter(self.task, self.options)
        pending = batches(documents, self.options.batch_size)
        out: dict[Any, list[Document]] = {}
        for batch in islice(pending, limit):
            out[submit(batch)] = batch
        for future in completed:
            batch = out.pop(future)
            try:
                yield from future.result()
            except Exception as exc:  # noqa: BLE001 - a lost batch is reported, document by document
                yield from failed_batch(batch, exc, "failed twice on the Dask cluster")
            future.release()
            following = next(pending, None)
            if following is not None:
                out[submit(following)] = following


def make_runner(options: PipelineOptions, *, workers: int = 1, dask: str | None = None,
                nlp: Language | None = None) -> Runner:
    """The runner for a build: Dask when ``dask`` names a cluster, processes for ``workers`` > 1,
    else this process (with ``nlp`` when the caller has loaded it already)."""
    if dask:
        return DaskRunner(options, dask)
    if workers > 1:
        return ProcessRunner(options, workers, nlp)
    return SerialRunner(options, nlp)
