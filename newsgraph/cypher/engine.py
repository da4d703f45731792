"""A private ArcadeDB server: the embedded graph engine behind ``newsgraph query``.

``arcadedb-embedded`` (the ``cypher`` extra) bundles ArcadeDB with its own Java runtime
and a Bolt plugin that speaks Neo4j 5 Cypher. :func:`start_engine` runs it as a child
process on 127.0.0.1 (free ports, a random password, only for as long as the caller
needs it), so the local graph is fed by the very loader that feeds Neo4j
(:mod:`newsgraph.cypher.load`) and questioned through the same driver.

Why a child process and not ArcadeDB's in-process Python API: both take 4-6 s to start
the Java engine on the machine where this was measured (2 cores), but a child process
keeps the Java heap (capped by ``heap``) out of Python's memory, can be stopped at once
when a query runs too long, and speaks Bolt, so nothing needs a second code path.
The test suite's Bolt server (``tests/bolt_server.py``) is started by the same code.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from newsgraph.cypher.connection import CypherError

__all__ = [
    "Engine",
    "EngineMissing",
    "EngineFailed",
    "DATABASE",
    "MISSING_MESSAGE",
    "engine_home",
    "free_port",
    "start_engine",
    "QUICK_START",
    "stop_engine",
    "set_command_timeout",
]

DATABASE = "kg"
STARTUP_TIMEOUT = 120.0
# Seconds the HTTP API may still refuse connections after the Bolt port answered.
HTTP_READY_TIMEOUT = 30.0
MISSING_MESSAGE = ("the local Cypher engine is not installed: pip install 'newsgraph[cypher]' "
            "(ArcadeDB with its own Java runtime), or load the graph into Neo4j")


class EngineMissing(CypherError):
    """``arcadedb-embedded`` (the ``cypher`` extra) is not installed."""


class EngineFailed(CypherError):
    """The engine did not start, or stopped while it was needed."""


@dataclass(frozen=True)
class Engine:
    """A running ArcadeDB server: where it listens and how to log in."""

    uri: str
    user: str
    password: str
    database: str
    root: Path
    http_port: int
    process: subprocess.Popen
    log: Path


def engine_home() -> Path | None:
    """The folder of the installed ``arcadedb_embedded`` package (jars and Java runtime)."""
    try:
        import arcadedb_embedded
    except ImportError:
        return None
    return Path(arcadedb_embedded.__file__).parent


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _command(pkg: Path, root: Path, password: str, http_port: int, bolt_port: int,
             heap: str, settings: dict[str, str], java_options: tuple[str, ...] = ()) -> list[str]:
    java = pkg / "jre" / "bin" / "java"
    return [
        str(java if java.exists() else (shutil.which("java") or "java")),
        f"-Xmx{heap}",
        *java_options,
        "--add-modules=jdk.incubator.vector",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt_port}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        f"-Darcadedb.server.defaultDatabases={DATABASE}[root]",
        *(f"-Darcadedb.{key}={value}" for key, value in settings.items()),
        "-cp",
        str(pkg / "jars" / "*"),
        "com.arcadedb.server.ArcadeDBServer",
    ]


#: For an engine that lives seconds: compile with the quick compiler only. Measured on a
#: first load of 10,000 relations: entities 3.1 s against 6.4 s, relations 7.5 s against
#: 15.6 s; not measured on longer work, where the full compiler should win (the mirror
#: uses this only when its store was loaded before).
QUICK_START = ("-XX:TieredStopAtLevel=1",)


def start_engine(root: Path, *, heap: str = "1g", settings: dict[str, str] | None = None,
                 java_options: tuple[str, ...] = ()) -> Engine:
    """Start ArcadeDB with its Bolt plugin, its files under ``root``; wait until it answers.

    The root password is chosen afresh at each start (the users file of an earlier start
    is removed first; hashing it once is made cheap, as only this process may log in and
    only from 127.0.0.1). ``settings`` are more ArcadeDB settings without the
    ``arcadedb.`` prefix (``{"txWalFlush": "2"}``); ``java_options`` go to Java
    (:data:`QUICK_START`).
    """
    pkg = engine_home()
    if pkg is None:
        raise EngineMissing(MISSING_MESSAGE)
    root.mkdir(parents=True, exist_ok=True)
    (root / "config" / "server-users.jsonl").unlink(missing_ok=True)
    password = "p" + secrets.token_hex(12)
    http_port, bolt_port = free_port(), free_port()
    options = {"server.saltIterations": "1", **(settings or {})}
    log = root / "arcadedb.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            _command(pkg, root, password, http_port, bolt_port, heap, options, java_options),
            cwd=root, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    engine = Engine(f"bolt://127.0.0.1:{bolt_port}", "root", password, DATABASE, root, http_port,
                    process, log)
    try:
        _wait_ready(engine)
    except BaseException:
        stop_engine(engine)
        raise
    return engine


def _wait_ready(engine: Engine) -> None:
    """Poll ``RETURN 1`` on the database: it appears only after the port opens."""
    import neo4j

    deadline = time.monotonic() + STARTUP_TIMEOUT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if engine.process.poll() is not None:
            raise EngineFailed(f"the local Cypher engine exited at start: {_last_error(engine.log)}")
        try:
            with neo4j.GraphDatabase.driver(
                engine.uri, auth=(engine.user, engine.password), connection_timeout=2
            ) as driver, driver.session(database=engine.database) as session:
                session.run("RETURN 1 AS ok").consume()
                return
        except Exception as exc:  # not up yet
            last = exc
            time.sleep(0.1)
    raise EngineFailed(f"the local Cypher engine did not answer within {STARTUP_TIMEOUT:.0f} s: {last}")


def _last_error(log: Path) -> str:
    """The last SEVERE or exception line of the engine's log (its own words)."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "no log"
    found = [line for line in lines if re.search(r"SEVER|Exception|Error", line)]
    return (found or lines or ["no log"])[-1].strip()[:300]


def stop_engine(engine: Engine, *, grace: float = 15.0) -> None:
    """Stop the server process: ask it to shut down (it closes its files), else kill it."""
    if engine.process.poll() is None:
        engine.process.terminate()
        try:
            engine.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            engine.process.kill()
            engine.process.wait(timeout=15)


def set_command_timeout(engine: Engine, seconds: float | None) -> None:
    """Bound every later command of the database to ``seconds`` (None: no bound).

    ArcadeDB checks ``arcadedb.command.timeout`` inside its scan, expansion and filter
    loops, so a query that produces nothing for minutes stops too; the Bolt client then
    gets ``Neo.ClientError.Transaction.TransactionTimedOut``. Set over the server's HTTP
    API (SQL ``ALTER DATABASE``), so loading is not bounded, only what follows.
    """
    millis = 0 if seconds is None else max(1, round(seconds * 1000))
    body = json.dumps({"language": "sql",
                       "command": f"ALTER DATABASE `arcadedb.command.timeout` {millis}"}).encode()
    token = base64.b64encode(f"{engine.user}:{engine.password}".encode()).decode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{engine.http_port}/api/v1/command/{engine.database}", data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"})
    deadline = time.monotonic() + HTTP_READY_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                answer.read()
            return
        except (urllib.error.URLError, OSError) as exc:
            # the Bolt plugin can answer before the HTTP server listens: a refused connection
            # right after the start is a wait, not a failure
            if _refused(exc) and time.monotonic() < deadline and engine.process.poll() is None:
                time.sleep(0.2)
                continue
            raise EngineFailed(f"could not set the query time limit on the local engine: {exc}") from exc


def _refused(exc: BaseException) -> bool:
    """Whether an error of ``urlopen`` is a refused connection (no server on the port yet)."""
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, ConnectionRefusedError)

