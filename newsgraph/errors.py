"""The one base class of newsgraph's errors: what a user can fix, said in one line.

The library raises subclasses (``StoreError``, ``AliasFileError``, ``GraphError`` ...);
the CLI turns any ``NewsgraphError`` into a one-line message and exit status 1, in one
place. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["NewsgraphError"]


class NewsgraphError(Exception):
    """Something the user can act on went wrong (bad input, a missing file, an unreachable server)."""
