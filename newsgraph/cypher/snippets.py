"""The analyst queries as Neo4j browser snippets: ``:param`` lines, then the query.

Each shipped query (``newsgraph/cypher/queries/*.cypher``) writes its parameters' example
values in comments, as the browser's own commands (``// :param limit => 20``). A snippet
turns them into real ``:param`` lines, so pasting a block into the browser's editor (with
"multi-statement query editor" on, the default) sets the parameters and runs the query.
Edit the values and run again.
"""

from __future__ import annotations

import re

from newsgraph.cypher.query import shipped_queries

__all__ = ["snippet", "snippets", "snippet_queries"]

_PARAM_COMMENT = re.compile(r"^//\s*(:param\s.+?);?\s*$")


def _split(text: str) -> tuple[list[str], list[str], list[str]]:
    """(comment lines, :param lines, query lines) of a shipped query."""
    comments, params, body = [], [], []
    for line in text.strip().splitlines():
        found = _PARAM_COMMENT.match(line)
        if found:
            params.append(found.group(1))
        elif line.startswith("//") and not body:
            comments.append(line)
        else:
            body.append(line)
    return comments, params, body


def snippet(name: str, text: str) -> str:
    """One browser snippet: the query's comments, its ``:param`` lines, the query; each
    statement ends with ``;`` so the browser runs them one after the other."""
    comments, params, body = _split(text)
    lines = [f"// {name}", *comments, *(f"{p};" for p in params), "\n".join(body).rstrip(";") + ";"]
    return "\n".join(lines)


def snippets() -> str:
    """Every shipped query as a snippet, separated by blank lines."""
    return "\n\n".join(snippet(name, text) for name, text in sorted(shipped_queries().items())) + "\n"


def snippet_queries() -> list[str]:
    """The Cypher of each snippet without its ``:param`` lines (browser commands, not
    Cypher), for the linter."""
    return ["\n".join(_split(text)[2]) for text in shipped_queries().values()]
