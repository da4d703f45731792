"""Reading resolved entities back: ``newsgraph entities`` records, lookup by name, ``--explain``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.errors import NewsgraphError
from newsgraph.model import Entity
from newsgraph.names import canonical_key

__all__ = ["ENTITY_FIELDS", "EntityNotFound", "entity_records", "find_entity", "explain_entity"]

# Fields of one `newsgraph entities` record.
ENTITY_FIELDS = ("id", "name", "type", "aliases", "mentions", "documents")


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
