"""Reading resolved entities back: ``newsgraph entities`` records, lookup by name, ``--explain``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from newsgraph.errors import NewsgraphError
from newsgraph.model import Entity
from newsgraph.names import canonical_key

__all__ = ["CANDIDATE_FIELDS", "ENTITY_FIELDS", "EntityNotFound", "candidate_records", "candidates_yaml",
           "entity_records", "find_entity", "explain_entity"]

# Fields of one `newsgraph entities` record.
ENTITY_FIELDS = ("id", "name", "type", "aliases", "mentions", "documents")
# Fields of one `newsgraph entities --candidates` record (a near miss: a pair not merged).
CANDIDATE_FIELDS = ("a", "b", "a_entity", "b_entity", "rule", "evidence_for", "evidence_against")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


class EntityNotFound(NewsgraphError):
    """No stored entity has the name, alias or id asked for."""


def _record(e: Entity) -> dict:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
            "mentions": e.mentions, "documents": e.documents}


def entity_records(entities: Iterable[Entity], search: str | None = None) -> Iterator[dict]:
    """Entity records (ENTITY_FIELDS), only those whose name or an alias contains ``search``.

    The search ignores case, diacritics, hyphens and "al-" like the resolver does.
    """
    needle = canonical_key(search) if search else ""
    for e in entities:
        if not needle or any(needle in canonical_key(n) for n in (e.name, *e.aliases)) or needle == e.id:
            yield _record(e)


def find_entity(entities: Iterable[Entity], name: str) -> Entity:
    """The entity with this id, name or alias (the most mentioned when several match)."""
    key = canonical_key(name)
    matches = [e for e in entities
               if name == e.id or key == canonical_key(e.name) or key in {canonical_key(a) for a in e.aliases}]
    if not matches:
        raise EntityNotFound(f"no entity named {name!r}; try `newsgraph entities --search {name.split()[0]!r}`")
    return max(matches, key=lambda e: (e.mentions, -len(e.name), e.id))


def explain_entity(store: object, name: str) -> tuple[Entity, list[tuple[str, str]]]:
    """An entity and its (written name, rule) rows: why each name was merged into it.

    ``store`` is a :class:`newsgraph.store.Store` (``iter_entities``, ``entity_explanations``).
    """
    entity = find_entity(store.iter_entities(), name)
    return entity, store.entity_explanations(entity.id)


def candidate_records(near: Iterable[object]) -> Iterator[dict]:
    """Near misses (:class:`newsgraph.resolve.merge.NearMiss`) as CANDIDATE_FIELDS records."""
    for n in near:
        yield {f: getattr(n, f) for f in CANDIDATE_FIELDS}


def candidates_yaml(near: Iterable[object]) -> str:
    """Near misses as an aliases file: every pair commented out under ``merge`` and under
    ``split``, with its evidence; uncommenting one line merges or splits the pair for good."""
    lines = ["# Near misses: pairs of names that were NOT merged, with the evidence for and against.",
             "# Uncomment a line under merge: to join the pair, or under split: to keep it apart",
             "# whatever the rules say; pass the file to `newsgraph build ... --aliases FILE`.",
             "merge:"]
    pairs = []
    for n in near:
        pair = json.dumps([_CONTROL.sub(" ", n.a), _CONTROL.sub(" ", n.b)], ensure_ascii=False)
        note = _CONTROL.sub(" ", f"{n.rule}; for: {n.evidence_for}; against: {n.evidence_against}")
        pairs.append((pair, note))
    lines += [f"  # - {pair}    # {note}" for pair, note in pairs]
    lines.append("split:")
    lines += [f"  # - {pair}" for pair, _ in pairs]
    return "\n".join(lines) + "\n"
