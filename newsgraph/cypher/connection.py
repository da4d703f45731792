"""Connecting to a Neo4j (Bolt) server, and turning driver errors into one clear line.

The library raises the small exception classes below; ``cli.py`` turns them into
click errors. No message ever contains the password.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as nx_exc

from newsgraph.errors import NewsgraphError

__all__ = [
    "CypherError",
    "Neo4jUnavailable",
    "Neo4jAuthError",
    "Neo4jDatabaseNotFound",
    "QueryFailed",
    "Connection",
    "DEFAULT_URI",
    "DEFAULT_USER",
    "connect",
    "split_credentials",
    "as_connection",
    "translate_errors",
]

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"

T = TypeVar("T")


class CypherError(NewsgraphError):
    """Base class of newsgraph's Neo4j and Cypher errors."""


class Neo4jUnavailable(CypherError):
    """The Bolt server cannot be reached."""


class Neo4jAuthError(CypherError):
    """The server refused the user name or password."""


class Neo4jDatabaseNotFound(CypherError):
    """The server has no database of that name."""


class QueryFailed(CypherError):
    """The server rejected a query (syntax, types, constraints...)."""


def _first_line(text: str) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


@contextlib.contextmanager
def translate_errors(uri: str, user: str, database: str | None) -> Iterator[None]:
    """Re-raise the driver's errors as one-line newsgraph errors (never with the password)."""
    where = f"{uri}" + (f" (database {database!r})" if database else "")
    try:
        yield
    except nx_exc.AuthError as exc:
        raise Neo4jAuthError(
            f"Neo4j at {uri} refused the credentials of user {user!r}: check the password "
            "(--password or NEO4J_PASSWORD)"
        ) from exc
    except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired, OSError) as exc:
        raise Neo4jUnavailable(
            f"cannot reach Neo4j at {uri}: is the server running? (--uri or NEO4J_URI)"
        ) from exc
    except nx_exc.ConfigurationError as exc:
        raise CypherError(f"bad Neo4j connection settings for {uri}: {_first_line(str(exc))}") from exc
    except nx_exc.Neo4jError as exc:
        code = exc.code or ""
        if code.endswith("DatabaseNotFound") or "does not exist" in (exc.message or "") and (
            "atabase" in (exc.message or "")
        ):
            raise Neo4jDatabaseNotFound(
                f"Neo4j at {uri} has no database {database!r} (--database or NEO4J_DATABASE)"
            ) from exc
        raise QueryFailed(f"{where} rejected the query: {_first_line(exc.message or str(exc))}") from exc
    except nx_exc.DriverError as exc:
        raise CypherError(f"Neo4j driver error talking to {where}: {_first_line(str(exc))}") from exc


class Connection:
    """A driver plus the database to use; ``with connect(...) as conn:``.

    ``conn.write(fn, *args)`` and ``conn.read(fn, *args)`` run ``fn(tx, *args)`` in a
    managed transaction, so the driver retries transient errors.
    """

    def __init__(self, driver: neo4j.Driver, *, uri: str, user: str, database: str | None):
        self.driver = driver
        self.uri = uri
        self.user = user
        self.database = database

    def session(self, *, read: bool = False) -> neo4j.Session:
        """A session on the configured database (read access mode when ``read``)."""
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(tx, *args)`` in a managed write transaction."""
        with translate_errors(self.uri, self.user, self.database), self.session() as s:
            return s.execute_write(fn, *args)

    def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(tx, *args)`` in a managed read transaction."""
        with translate_errors(self.uri, self.user, self.database), self.session(read=True) as s:
            return s.execute_read(fn, *args)

    def autocommit(self, query: str, **params: Any) -> None:
        """Run one statement in an auto-commit transaction (no retries; use sparingly)."""
        with translate_errors(self.uri, self.user, self.database), self.session() as s:
            s.run(query, params).consume()

    def check(self) -> None:
        """Fail fast with one clear line when the server, the login or the database is wrong."""
        with translate_errors(self.uri, self.user, self.database), self.session(read=True) as s:
            s.run("RETURN 1 AS ok").consume()  # no retry loop: a dead server fails at once

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(
    uri: str = DEFAULT_URI,
    user: str = DEFAULT_USER,
    password: str = "",
    database: str | None = None,
    *,
    check: bool = True,
) -> Connection:
    """Open a :class:`Connection`; with ``check`` run ``RETURN 1`` to fail early and clearly.

    A user and password written in the URI (``bolt://me:secret@host``) are used and taken out
    of it, so no message shows them; a URI that is not Bolt (``http://host:7474``, the
    browser's port) is refused in one line.
    """
    uri, user, password = split_credentials(uri, user, password)
    with translate_errors(uri, user, database):
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=10, connection_acquisition_timeout=15,
            max_transaction_retry_time=15,
        )
    conn = Connection(driver, uri=uri, user=user, database=database or None)
    if check:
        try:
            conn.check()
        except CypherError:
            conn.close()
            raise
    return conn


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def split_credentials(uri: str, user: str, password: str) -> tuple[str, str, str]:
    """(uri without credentials, user, password): those written in the URI win. Raises
    :class:`CypherError` for a URI that is not a Bolt address (the message never holds a password)."""
    parts = urlsplit(uri.strip())
    shown = _without_credentials(parts)
    if parts.scheme.lower() not in BOLT_SCHEMES or not parts.hostname:
        scheme = parts.scheme or "no scheme"
        raise CypherError(f"--uri {shown}: {scheme!r} is not a Bolt address; use bolt://HOST:7687 or "
                          "neo4j://HOST:7687 (http://HOST:7474 is the browser, not Bolt)")
    if parts.username is not None:
        user = unquote(parts.username)
    if parts.password is not None:
        password = unquote(parts.password)
    return shown, user, password


def _without_credentials(parts: SplitResult) -> str:
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def as_connection(target: Connection | neo4j.Driver, database: str | None = None) -> Connection:
    """Accept either a :class:`Connection` or a bare driver (plus an optional database)."""
    if isinstance(target, Connection):
        if database and database != target.database:
            return Connection(target.driver, uri=target.uri, user=target.user, database=database)
        return target
    return Connection(target, uri="the Neo4j server", user="(driver)", database=database)
