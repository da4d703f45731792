"""A Dask cluster for extraction: workers parse and extract, the client stores.

``newsgraph build SOURCES --dask ADDRESS`` sends batches of new documents to Dask
workers and writes what comes back into the store as it arrives (the store keeps one
writer). Entity resolution stays on the client, after extraction, exactly as in a
one-process build, so the store ends up the same.

::

    client                                   workers (one spaCy model each)
    documents not yet stored ──► batches ──► dask_batch: nlp.pipe + extract_doc
    store.add_extraction ◄── as_completed ◄── [DocExtraction | Failure, ...] (plain dataclasses)

At most ``in_flight`` batches are out at a time, so the client's memory stays bounded
however large the corpus. A batch whose task fails (an exception, or its worker dies)
is retried once by Dask; if it fails again, each of its documents is reported as failed
and the next build tries them again (nothing of theirs was stored).

:class:`newsgraph.runners.DaskRunner` drives the batches; this module connects to the
cluster, prepares its workers and runs a batch on one. dask and distributed are optional
(``pip install 'newsgraph[dask]'``): they are imported only when a cluster is asked for.
"""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.extract.pipeline import PipelineOptions, load_model, model_id, run_batch
from newsgraph.model import DocExtraction, Document, Failure

__all__ = [
    "DaskError",
    "DaskUnavailable",
    "DaskCluster",
    "check_address",
    "dask_batch",
    "worker_model",
]

_LOCAL = re.compile(r"local(?::(\d+))?")
_SCHEMES = ("tcp://", "tls://", "ws://", "wss://", "ucx://", "inproc://")
INSTALL_HINT = "pip install 'newsgraph[dask]'"


class DaskError(NewsgraphError):
    """The Dask cluster cannot be used: a bad address, no scheduler, no worker."""


class DaskUnavailable(DaskError):
    """``--dask`` was asked for but dask and distributed are not installed."""


def _distributed() -> Any:
    """The ``distributed`` package, or a DaskUnavailable that says how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable(f"--dask needs the optional Dask extra: {INSTALL_HINT}") from exc
    return distributed


def check_address(address: str) -> int | None:
    """Validate a ``--dask`` value early; returns N for ``local:N`` (None for a remote address).

    ``local`` means one worker per CPU core. Raises DaskError for anything else than
    ``local``, ``local:N`` or a scheduler address, and DaskUnavailable without the extra.
    """
    local = _LOCAL.fullmatch(address)
    if local is None and not address.startswith(_SCHEMES):
        raise DaskError(
            f"--dask {address!r}: expected 'local', 'local:N' (N worker processes here) "
            "or a scheduler address such as tcp://host:8786"
        )
    _distributed()
    if local is None:
        return None
    workers = int(local.group(1) or os.cpu_count() or 1)
    if workers < 1:
        raise DaskError(f"--dask {address!r}: a local cluster needs at least one worker")
    return workers


# -- worker side -------------------------------------------------------------------------

_MODELS_LOCK = threading.Lock()


def worker_model(name: str | None) -> Any:
    """The spaCy pipeline of this worker process, loaded on first use and kept (by
    :func:`load_model`; the lock keeps two worker threads from loading it twice)."""
    with _MODELS_LOCK:
        return load_model(name)


def _ignore_interrupts() -> None:
    """Ctrl-C reaches every process of the terminal: local workers leave it to the client,
    which stops them after committing what has arrived."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def worker_model_id(name: str | None) -> str:
    """Load the model on this worker now and say which one it is (run on every worker at start)."""
    return model_id(worker_model(name))


def dask_batch(documents: list[Document], options: PipelineOptions) -> list[DocExtraction | Failure]:
    """Parse and extract one batch on a worker; the results are plain, picklable dataclasses."""
    return run_batch(documents, worker_model(options.model), options)


# -- client side -------------------------------------------------------------------------


class DaskCluster:
    """A connection to a Dask cluster whose workers each hold the same spaCy model.

    ``address`` is ``local``, ``local:N`` (a LocalCluster of N single-threaded worker
    processes, started here and stopped by ``close``) or the address of a running scheduler.
    ``open`` loads the model on every worker and refuses workers with different models.
    """

    def __init__(self, address: str, *, model: str | None = None, timeout: float = 60.0) -> None:
        self.address = address
        self.model = model
        self.timeout = timeout
        self.model_id = ""
        self.workers = 0
        self._cluster: Any = None
        self._client: Any = None

    def open(self) -> DaskCluster:
        """Connect and prepare the workers; closes what it started when that fails."""
        local_workers = check_address(self.address)
        try:
            self._connect(local_workers)
            self._prepare_workers()
        except BaseException:
            self.close()
            raise
        return self

    @property
    def local(self) -> bool:
        """A LocalCluster was started here (its worker processes are this process's children)."""
        return self._cluster is not None

    def close(self) -> None:
        """Disconnect; a LocalCluster started here is shut down (pending batches are dropped)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _connect(self, local_workers: int | None) -> None:
        distributed = _distributed()
        if local_workers is not None:
            import dask

            # A batch that kills its worker twice is given up on (its documents are reported).
            with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                self._cluster = distributed.LocalCluster(
                    n_workers=local_workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=40,
                )
            self._client = distributed.Client(self._cluster)
            return
        try:
            self._client = distributed.Client(self.address, timeout=min(self.timeout, 20))
        except (OSError, TimeoutError) as exc:
            raise DaskError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc

    def _prepare_workers(self) -> None:
        """Wait for a worker, load the model on each, and refuse workers with different models."""
        try:
            self._client.wait_for_workers(1, timeout=self.timeout)
        except TimeoutError as exc:
            raise DaskError(f"no Dask worker joined the scheduler at {self.address} "
                            f"within {self.timeout:.0f} s") from exc
        if self._cluster is not None:
            self._client.run(_ignore_interrupts)
        models = self._client.run(worker_model_id, self.model)
        distinct = sorted(set(models.values()))
        if len(distinct) > 1:
            raise DaskError(f"the Dask workers have different spaCy models ({', '.join(distinct)}); "
                            "install the same model everywhere so the output does not depend on the worker")
        self.model_id = distinct[0]
        self.workers = len(models)

    def submitter(self, task: Callable[..., Any], options: PipelineOptions) -> tuple[Callable[[list], Any], Iterator]:
        """A function that submits one batch as ``task(batch, options)`` (retried once by Dask),
        and the futures as they complete, new submissions included.

        ``options`` (with the run's Lexicon, ~30 KB pickled) goes with every task rather than
        scattered once: scattered data dies with the workers that hold it, and a batch that
        kills its workers must not take the later batches with it."""
        completed = _distributed().as_completed()

        def submit(batch: list[Document]) -> Any:
            future = self._client.submit(task, batch, options, retries=1, pure=False)
            completed.add(future)
            return future

        return submit, iter(completed)
