"""Alias tables: the shipped one (``data/aliases.yaml`` plus the gazetteer's groups) and the user's.

An aliases file forces merges and splits, canonical names and types::

    merge: [[Kataib Hezbollah, KH, Kata'ib Hizballah]]
    split: [[Hezbollah, Kataib Hezbollah]]
    canonical: {PMF: Popular Mobilization Forces}
    types: {Kataib Hezbollah: ORG}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from newsgraph.datafiles import compose_yaml, load_yaml, shipped_text
from newsgraph.errors import NewsgraphError
from newsgraph.extract.gazetteer import gazetteer_groups
from newsgraph.labels import TYPE_ORDER
from newsgraph.names import formal_country_names

__all__ = ["AliasFileError", "UserAliases", "builtin_aliases", "load_user_aliases", "parse_aliases"]


class AliasFileError(NewsgraphError):
    """An aliases file is not valid YAML or not in the expected shape (names file and line)."""


@dataclass(frozen=True)
class UserAliases:
    """A user's aliases file: forced merges and splits, canonical names, types."""

    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[tuple[str, str], ...] = ()
    canonical: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    source: str = ""


# -- aliases files ---------------------------------------------------------------------------

def _line_of(node: yaml.Node | None) -> str:
    return f", line {node.start_mark.line + 1}" if node is not None else ""


def _find_node(root: yaml.Node | None, key: str, *, key_node: bool = False) -> yaml.Node | None:
    """The YAML node of a top-level section (its value, or its key), for line numbers."""
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if getattr(k, "value", None) == key:
                return k if key_node else v
    return root


def parse_aliases(text: str, source: str) -> UserAliases:
    try:
        data = load_yaml(text)  # no aliases: a "billion laughs" file is refused, not expanded
        root = compose_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise AliasFileError(f"{source}{where}: not valid YAML ({problem})") from None
    if data is None:
        return UserAliases(source=source)
    if not isinstance(data, dict):
        raise AliasFileError(f"{source}, line 1: expected a mapping with merge/split/canonical/types")
    unknown = set(data) - {"merge", "split", "canonical", "types"}
    if unknown:
        node = _find_node(root, sorted(unknown)[0], key_node=True)
        raise AliasFileError(f"{source}{_line_of(node)}: unknown section {sorted(unknown)[0]!r} "
                             "(expected merge, split, canonical, types)")

    def groups(name: str, exact: int | None) -> tuple[tuple[str, ...], ...]:
        value = data.get(name) or []
        node = _find_node(root, name)
        if not isinstance(value, list):
            raise AliasFileError(f"{source}{_line_of(node)}: {name} must be a list of lists of names")
        out = []
        for i, group in enumerate(value):
            item = node.value[i] if isinstance(node, yaml.SequenceNode) else None
            ok = isinstance(group, list) and all(isinstance(n, str) and n.strip() for n in group)
            if not ok or len(group) < 2 or (exact and len(group) != exact):
                want = f"exactly {exact}" if exact else "two or more"
                raise AliasFileError(f"{source}{_line_of(item)}: each {name} entry must be a list of "
                                     f"{want} names")
            out.append(tuple(group))
        return tuple(out)

    def mapping(name: str) -> dict[str, str]:
        value = data.get(name) or {}
        node = _find_node(root, name)
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                  for k, v in value.items()):
            raise AliasFileError(f"{source}{_line_of(node)}: {name} must map names to names")
        return dict(value)

    types = {k: v.upper() for k, v in mapping("types").items()}
    bad = sorted(v for v in types.values() if v not in TYPE_ORDER)
    if bad:
        raise AliasFileError(f"{source}{_line_of(_find_node(root, 'types'))}: unknown type {bad[0]!r} "
                             f"(one of {', '.join(TYPE_ORDER)})")
    return UserAliases(groups("merge", None), groups("split", 2), mapping("canonical"), types, source)


def load_user_aliases(path: str | Path) -> UserAliases:
    """Read an aliases file::

        merge: [[Kataib Hezbollah, KH, Kata'ib Hizballah]]
        split: [[Hezbollah, Kataib Hezbollah]]
        canonical: {PMF: Popular Mobilization Forces}
        types: {Kataib Hezbollah: ORG}

    Raises :class:`AliasFileError` naming the file and line when it is unreadable or malformed.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise AliasFileError(f"cannot read aliases file {path}: {exc.strerror}") from None
    return parse_aliases(text, str(path))


@lru_cache(maxsize=1)
def builtin_aliases() -> UserAliases:
    """The shipped alias table: ``data/aliases.yaml`` plus the gazetteer's ``id`` groups and
    the countries' formal names ("Syrian Arab Republic" is Syria: :func:`formal_country_names`)."""
    text = shipped_text("aliases.yaml")
    shipped = parse_aliases(text, "newsgraph/data/aliases.yaml")
    return UserAliases(shipped.merge + gazetteer_groups() + formal_country_names(), shipped.split, shipped.canonical,
                       shipped.types, shipped.source)

