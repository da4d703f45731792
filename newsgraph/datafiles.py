"""Reading newsgraph's YAML data files, shipped or user-supplied, with one-line errors.

Every word list, rule set and alias table is a YAML mapping. Users pass their own files
(``--rules``, ``--aliases``, ``--roles``, ``--relation-classes``), so a typo must give a
message that names the file and line, never a traceback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from newsgraph.errors import NewsgraphError

__all__ = ["DataFileError", "SafeLoader", "load_yaml", "compose_yaml", "parse_mapping", "read_mapping",
           "shipped_text"]


class DataFileError(NewsgraphError):
    """A data file cannot be read, is not valid YAML, or is not a mapping."""


class SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases: ``*name`` is refused where it appears, so a
    few hundred bytes of nested aliases (a "billion laughs" file) cannot expand into
    gigabytes. No data file of newsgraph needs them."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in newsgraph data files",
                                              event.start_mark)
        return super().compose_node(parent, index)


def load_yaml(text: str) -> object:
    """YAML text as Python data, safely and without aliases (:class:`SafeLoader`)."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader


def compose_yaml(text: str) -> yaml.Node | None:
    """The YAML node tree of ``text`` (for line numbers), without aliases."""
    return yaml.compose(text, Loader=SafeLoader)


def shipped_text(name: str) -> str:
    """The text of a data file shipped in ``newsgraph/data/``."""
    return resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")


def parse_mapping(text: str, origin: str, what: str, error: type[Exception] = DataFileError) -> dict:
    """Parse YAML text that must hold a mapping (an empty file is an empty mapping).

    ``error`` is the exception class raised, so each loader keeps its own error type;
    the message reads "ORIGIN, line N: not valid YAML (PROBLEM)".
    """
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{origin}{where}: not valid YAML ({problem})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise error(f"{origin}: expected a mapping of {what} at the top level")
    return data


def read_mapping(path: str | Path, what: str, error: type[Exception] = DataFileError) -> dict:
    """Read a YAML file of ``what`` (e.g. "relation classes") that must hold a mapping."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise error(f"{path}: cannot read {what} file ({reason})") from None
    return parse_mapping(text, str(path), what, error)
