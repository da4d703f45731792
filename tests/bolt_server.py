"""pytest plugin: a real Bolt server (ArcadeDB, Neo4j 5 Cypher) for the Neo4j tests.

Registered from ``tests/conftest.py`` (``pytest_plugins``). The server is started once
per test session, lazily (only when a test asks for ``bolt_server``), on 127.0.0.1 with
free ports and a temporary root, and killed at the end. No Docker, no mocked driver.
The tests skip with a clear reason when ``arcadedb-embedded`` is not installed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["BoltServer", "bolt_server", "neo4j_conn", "free_port", "start_arcadedb"]

STARTUP_TIMEOUT = 90.0


@dataclass(frozen=True)
class BoltServer:
    """Where the test server listens and how to log in."""

    uri: str
    user: str
    password: str
    database: str
    root: Path
    process: subprocess.Popen


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _arcadedb_home() -> Path | None:
    try:
        import arcadedb_embedded
    except ImportError:
        return None
    return Path(arcadedb_embedded.__file__).parent


def _command(pkg: Path, root: Path, password: str, http_port: int, bolt_port: int,
             heap: str, settings: dict[str, str] | None = None) -> list[str]:
    java = pkg / "jre" / "bin" / "java"
    return [
        str(java if java.exists() else (shutil.which("java") or "java")),
        f"-Xmx{heap}",
        "--add-modules=jdk.incubator.vector",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt_port}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.server.defaultDatabases=kg[root]",
        *(f"-Darcadedb.{key}={value}" for key, value in (settings or {}).items()),
        "-cp",
        os.pathsep.join([str(pkg / "jars" / "*")]),
        "com.arcadedb.server.ArcadeDBServer",
    ]


def _wait_ready(server: BoltServer, log: Path) -> None:
    """Poll ``RETURN 1`` on the database: it appears only after the port opens."""
    import neo4j

    deadline = time.monotonic() + STARTUP_TIMEOUT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"ArcadeDB exited early:\n{log.read_text()[-2000:]}")
        try:
            with neo4j.GraphDatabase.driver(
                server.uri, auth=(server.user, server.password), connection_timeout=2
            ) as driver, driver.session(database=server.database) as session:
                session.run("RETURN 1 AS ok").consume()
                return
        except Exception as exc:  # not up yet
            last = exc
            time.sleep(0.3)
    raise RuntimeError(f"ArcadeDB not ready after {STARTUP_TIMEOUT}s: {last}")


def start_arcadedb(root: Path, *, heap: str = "512m",
                   settings: dict[str, str] | None = None) -> BoltServer:
    """Start ArcadeDB with its Bolt plugin under ``root`` (a new, empty folder: the root
    password is fixed on first start); wait until it answers. ``settings`` are more
    ArcadeDB settings, without the ``arcadedb.`` prefix (``{"txWalFlush": "2"}``)."""
    pkg = _arcadedb_home()
    if pkg is None:
        raise RuntimeError("arcadedb-embedded is not installed")
    password = "t" + secrets.token_hex(8)
    http_port, bolt_port = free_port(), free_port()
    log = root / "arcadedb.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            _command(pkg, root, password, http_port, bolt_port, heap, settings),
            cwd=root,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = BoltServer(f"bolt://127.0.0.1:{bolt_port}", "root", password, "kg", root, process)
    try:
        _wait_ready(server, log)
    except Exception:
        stop_arcadedb(server)
        raise
    return server


def stop_arcadedb(server: BoltServer) -> None:
    """Stop the server process started by :func:`start_arcadedb`."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=15)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory):
    """A running ArcadeDB Bolt server for the whole session."""
    if _arcadedb_home() is None:
        pytest.skip("arcadedb-embedded is not installed (pip install 'newsgraph[test]')")
    server = start_arcadedb(tmp_path_factory.mktemp("arcadedb"))
    yield server
    stop_arcadedb(server)


@pytest.fixture()
def neo4j_conn(bolt_server: BoltServer):
    """A :class:`newsgraph.cypher.connection.Connection` to an empty test database."""
    from newsgraph.cypher.connection import connect

    conn = connect(bolt_server.uri, bolt_server.user, bolt_server.password, bolt_server.database)
    conn.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    yield conn
    conn.close()
