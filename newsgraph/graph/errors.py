"""Exceptions raised by :mod:`newsgraph.graph`; ``cli.py`` turns them into one-line errors."""

from __future__ import annotations

from newsgraph.errors import NewsgraphError

__all__ = ["GraphError", "EmptyGraph", "EntityNotFound", "NoPath", "UnknownFormat"]


class GraphError(NewsgraphError):
    """Base class of every error of the graph package."""


class EmptyGraph(GraphError):
    """The store (after the filters) holds no relation to build a graph from."""


class EntityNotFound(GraphError):
    """No node matches a name, alias or id; ``suggestions`` holds close names."""

    def __init__(self, query: str, suggestions: list[str] | None = None) -> None:
        self.query = query
        self.suggestions = list(suggestions or [])
        message = f"no entity named {query!r} in the graph"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class NoPath(GraphError):
    """Two entities are in the graph but no chain of relations links them."""


class UnknownFormat(GraphError):
    """An export or report format that newsgraph does not write."""
