"""pytest plugin: a real Bolt server (ArcadeDB, Neo4j 5 Cypher) for the Neo4j tests.

Registered from ``tests/conftest.py`` (``pytest_plugins``). The server is started once
per test session, lazily (only when a test asks for ``bolt_server``), on 127.0.0.1 with
free ports and a temporary root, and killed at the end. No Docker, no mocked driver.
It is started by the code that starts ``newsgraph query``'s engine
(:mod:`newsgraph.cypher.engine`). The tests skip with a clear reason when
``arcadedb-embedded`` is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.cypher.engine import Engine, engine_home, free_port, start_engine, stop_engine

__all__ = ["BoltServer", "bolt_server", "neo4j_conn", "free_port", "start_arcadedb", "stop_arcadedb"]

BoltServer = Engine


def start_arcadedb(root: Path, *, heap: str = "512m", settings: dict[str, str] | None = None) -> Engine:
    """Start ArcadeDB with its Bolt plugin under ``root``; wait until it answers.
    ``settings`` are more ArcadeDB settings, without the ``arcadedb.`` prefix."""
    return start_engine(root, heap=heap, settings=settings)


def stop_arcadedb(server: Engine) -> None:
    """Stop the server process started by :func:`start_arcadedb`."""
    stop_engine(server)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory):
    """A running ArcadeDB Bolt server for the whole session."""
    if engine_home() is None:
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
