"""Cypher without a server: the store's graph mirrored in an embedded engine beside it.

``newsgraph query --store kg.db`` keeps an ArcadeDB database in ``kg.db.graph/`` (see
:mod:`newsgraph.cypher.engine`), fed by the loader that feeds Neo4j
(:func:`newsgraph.cypher.load.load_rows` and :func:`newsgraph.cypher.prune.prune`), so a
query sees the labels, types and properties ``newsgraph neo4j load`` creates. It is kept
up to date incrementally: ``loaded.json`` holds a short hash of every row sent, and only
rows that are new or changed since are sent again; what the store no longer has is
pruned. An unchanged store (same size and time of its files) is not read at all.

Every query is bounded: the engine stops it after ``timeout`` seconds (checked inside
its loops, so a cartesian product stops too), at most ``max_rows`` rows are read, and
the engine's memory is capped (``heap``) in its own process.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph import __version__
from newsgraph.cypher import engine as engines
from newsgraph.cypher.connection import Connection, CypherError, QueryFailed, connect
from newsgraph.cypher.load import LoadStats, edge_keys, load_rows, store_rows
from newsgraph.cypher.prune import prune
from newsgraph.cypher.query import QueryResult, WriteRefused, to_plain, writes

__all__ = [
    "GRAPH_SUFFIX",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_ROWS",
    "QueryTimeout",
    "SyncStats",
    "LocalGraph",
    "graph_dir",
    "run_local",
]

GRAPH_SUFFIX = ".graph"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
#: Bumped when what the loader writes changes: the mirror is then rebuilt from scratch.
MIRROR_FORMAT = 1
_STATE = "loaded.json"
_LOCK_WAIT = 30.0


class QueryTimeout(CypherError):
    """The query ran longer than its time limit and was stopped."""


@dataclass
class SyncStats:
    """What bringing the mirror up to date sent (zero when the store had not changed)."""

    unchanged: bool = False
    entities: int = 0
    relationships: int = 0
    documents: int = 0
    mentions: int = 0
    removed: int = 0
    seconds: float = 0.0


def graph_dir(store_path: str | Path) -> Path:
    """Where the mirror of a store lives: ``kg.db`` -> ``kg.db.graph/``."""
    path = Path(store_path)
    return path.with_name(path.name + GRAPH_SUFFIX)


def _fingerprint(store_path: Path) -> list[list[int]]:
    """Size and modification time of the store's files: changes whenever it is written."""
    out = []
    for suffix in ("", "-wal"):
        try:
            st = Path(str(store_path) + suffix).stat()
            out.append([st.st_size, st.st_mtime_ns])
        except FileNotFoundError:
            out.append([0, 0])
    return out


def _digest(row: Any) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _changed(rows: list[dict], key: Callable[[dict], str], before: dict[str, str]
             ) -> tuple[list[dict], dict[str, str]]:
    """The rows whose hash differs from ``before`` (new or changed), and every row's hash."""
    now = {key(row): _digest(row) for row in rows}
    return [row for row in rows if before.get(key(row)) != now[key(row)]], now


def _edge_key(row: dict) -> str:
    (rel_type, source, target), = edge_keys([row])
    return f"{rel_type}\x1f{source}\x1f{target}"


class LocalGraph:
    """The mirror of one store: ``with LocalGraph("kg.db") as graph: graph.query(...)``.

    Entering takes the folder's lock (one engine per mirror), starts the engine and brings
    the mirror up to date; leaving stops the engine.
    """

    def __init__(self, store_path: str | Path, *, heap: str = "1g", concepts: bool = False) -> None:
        self.store_path = Path(store_path)
        self.concepts = concepts  # the actor graph, or (True) concept nodes too, as `neo4j load --concepts`
        self.dir = graph_dir(store_path)
        self.heap = heap
        self.engine: engines.Engine | None = None
        self.conn: Connection | None = None
        self.sync_stats = SyncStats()
        self._lock: Any = None

    def __enter__(self) -> LocalGraph:
        from newsgraph.store import StoreError

        if not self.store_path.exists():
            raise StoreError(f"no store at {self.store_path}: run `newsgraph build SOURCES "
                             f"--store {self.store_path}` first")
        if engines.engine_home() is None:
            raise engines.EngineMissing(engines.MISSING_MESSAGE)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = _take_lock(self.dir / "lock")
        try:
            # A first load is long: Java's full compiler pays off; afterwards starts are short.
            quick = engines.QUICK_START if self._read_state() else ()
            self.engine = engines.start_engine(self.dir / "engine", heap=self.heap, java_options=quick)
            self.conn = connect(self.engine.uri, self.engine.user, self.engine.password,
                                self.engine.database)
            engines.set_command_timeout(self.engine, None)  # the last query's bound is stored
            self.sync_stats = self.sync()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            with _driver_quiet():
                self.conn.close()
            self.conn = None
        if self.engine is not None:
            engines.stop_engine(self.engine)
            self.engine = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # -- keeping the mirror up to date --------------------------------------------------

    def sync(self) -> SyncStats:
        """Send what changed in the store since the last sync; prune what it no longer has."""
        start = time.perf_counter()
        state = self._read_state()
        before = _fingerprint(self.store_path)
        if state.get("fingerprint") == before and state.get("concepts", False) == self.concepts:
            return SyncStats(unchanged=True, seconds=time.perf_counter() - start)
        from newsgraph.store import Store

        with Store(self.store_path, create=False) as store:
            rows = store_rows(store, self.concepts)
        entities, entity_hashes = _changed(rows.entities, lambda r: str(r["id"]), state.get("entities", {}))
        edges, edge_hashes = _changed(rows.edges, _edge_key, state.get("edges", {}))
        documents, document_hashes = _changed(rows.documents, lambda r: str(r["id"]),
                                              state.get("documents", {}))
        known = {tuple(pair) for pair in state.get("mentions", [])}
        mentions = [pair for pair in rows.mentions if pair not in known]
        loaded: LoadStats = load_rows(self.conn, entities, edges, documents, mentions)
        removed = prune(self.conn, set(entity_hashes), edge_keys(rows.edges), set(rows.mentions))
        after = _fingerprint(self.store_path)
        self._write_state({
            "fingerprint": after if after == before else None,
            "entities": entity_hashes, "edges": edge_hashes, "documents": document_hashes,
            "mentions": sorted(set(rows.mentions)), "concepts": self.concepts,
        })
        return SyncStats(False, loaded.entities, loaded.relationships, loaded.documents, loaded.mentions,
                         removed.entities + removed.relationships + removed.mentions,
                         time.perf_counter() - start)

    def _read_state(self) -> dict:
        """What the last sync sent; empty (send everything) if unknown or of another format."""
        try:
            state = json.loads((self.dir / _STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        same = state.get("format") == MIRROR_FORMAT and state.get("version") == __version__
        return state if same and (self.dir / "engine" / "databases").exists() else {}

    def _write_state(self, state: dict) -> None:
        tmp = self.dir / (_STATE + ".tmp")
        tmp.write_text(json.dumps({"format": MIRROR_FORMAT, "version": __version__, **state}),
                       encoding="utf-8")
        tmp.replace(self.dir / _STATE)

    # -- querying -----------------------------------------------------------------------

    def query(self, text: str, params: dict[str, Any] | None = None, *,
              timeout: float | None = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS) -> QueryResult:
        """Run one read-only query; at most ``max_rows`` rows, stopped after ``timeout`` s.

        Reaching ``max_rows`` ends the engine (it would otherwise compute the rest until
        the time limit), so it is the last query of this ``with`` block.
        """
        _refuse_writes(text)
        assert self.engine is not None and self.conn is not None, "use LocalGraph in a with block"
        engines.set_command_timeout(self.engine, timeout)
        watchdog = _Watchdog(self.engine, None if timeout is None else timeout + 15.0)
        try:
            return self._stream(text, params or {}, timeout, max_rows)
        finally:
            watchdog.cancel()

    def _stream(self, text: str, params: dict, timeout: float | None, max_rows: int | None) -> QueryResult:
        import neo4j
        from neo4j import exceptions as nx_exc

        assert self.engine is not None and self.conn is not None
        session = self.conn.session(read=True)
        rows: list[list[Any]] = []
        truncated = False
        try:
            result = session.run(text, params)
            columns = list(result.keys())
            for record in result:
                if max_rows is not None and len(rows) >= max_rows:
                    truncated = True
                    break
                rows.append([to_plain(v) for v in record.values()])
        except nx_exc.Neo4jError as exc:
            if exc.code == "Neo.ClientError.Transaction.TransactionTimedOut" or "command.timeout" in str(exc):
                raise QueryTimeout(_timeout_line(timeout)) from exc
            raise QueryFailed(f"the local graph rejected the query: {_first_line(exc.message or str(exc))}"
                              ) from exc
        except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired, neo4j.exceptions.DriverError) as exc:
            if self.engine.process.poll() is not None:
                raise QueryTimeout(_timeout_line(timeout)) from exc
            raise CypherError(f"the local graph engine failed: {_first_line(str(exc))}") from exc
        finally:
            if truncated:  # DISCARD would run the rest of the query: stop the engine instead
                engines.stop_engine(self.engine, grace=5.0)
            with _driver_quiet():
                session.close()
        return QueryResult(columns, rows, truncated=truncated)


def _refuse_writes(text: str) -> None:
    clause = writes(text)
    if clause:
        raise WriteRefused(f"the local graph is read-only (the query writes: {clause}); "
                           "it mirrors the store: change the store instead")


def _timeout_line(timeout: float | None) -> str:
    return (f"the query ran longer than {timeout:g} s and was stopped (--timeout): narrow it "
            "with a WHERE, a label or a LIMIT, or allow more time")


def _first_line(text: str) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


class _Watchdog:
    """Kills the engine if a query outlives the engine's own time limit by a margin
    (say, a regular expression that backtracks without checking the clock)."""

    def __init__(self, engine: engines.Engine, seconds: float | None) -> None:
        self._timer = None
        if seconds is not None:
            self._timer = threading.Timer(seconds, engines.stop_engine, (engine,), {"grace": 2.0})
            self._timer.daemon = True
            self._timer.start()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


@contextlib.contextmanager
def _driver_quiet() -> Iterator[None]:
    """Silence the driver's log while closing a session whose engine is gone."""
    logger = logging.getLogger("neo4j")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _take_lock(path: Path) -> Any:
    """An exclusive lock on the mirror's folder: two engines must not open one database."""
    handle = open(path, "a+")  # noqa: SIM115 - held until LocalGraph exits
    deadline = time.monotonic() + _LOCK_WAIT
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() > deadline:
                handle.close()
                raise CypherError(f"{path.parent} is in use by another `newsgraph query`; "
                                  "try again when it ends") from exc
            time.sleep(0.2)


def run_local(store_path: str | Path, query: str, params: dict[str, Any] | None = None, *,
              timeout: float | None = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS,
              heap: str = "1g", concepts: bool = False) -> QueryResult:
    """One read-only Cypher query on the store's graph (the actor graph; ``concepts``: concept
    nodes too), through the embedded engine."""
    _refuse_writes(query)  # before the engine's slow start
    with LocalGraph(store_path, heap=heap, concepts=concepts) as graph:
        return graph.query(query, params, timeout=timeout, max_rows=max_rows)
