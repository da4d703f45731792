"""Entity resolution, the stage after the store: every stored mention becomes one node per actor.

It reads what extraction stored (mentions with their in-document antecedents, the aliases
the text states), joins names by rules (the alias tables, stated aliases, acronyms,
surnames, middle names, short forms, spelling variants; see :mod:`newsgraph.resolve.merge`),
and writes entities and assignments back, each merge with the rule that made it.

- :mod:`newsgraph.resolve.tables`: the shipped alias table and the user's aliases file;
- :mod:`newsgraph.resolve.merge`: the cross-document merge (``resolve``);
- :mod:`newsgraph.resolve.records`: reading entities back (``newsgraph entities``, ``--explain``).

Name folding (when two spellings are the same key) is :mod:`newsgraph.names`, shared with
extraction; coreference and stated aliases are found during extraction
(:mod:`newsgraph.extract.coref`, :mod:`newsgraph.extract.aliases`) because they need the
parse, which is not stored.
"""

from __future__ import annotations

from newsgraph.resolve.merge import FUZZY_THRESHOLD, NearMiss, near_misses, resolve
from newsgraph.resolve.records import (
    CANDIDATE_FIELDS,
    ENTITY_FIELDS,
    EntityNotFound,
    candidate_records,
    candidates_yaml,
    entity_records,
    explain_entity,
    find_entity,
)
from newsgraph.resolve.tables import AliasFileError, UserAliases, builtin_aliases, load_user_aliases
from newsgraph.store import Store

__all__ = [
    "AliasFileError",
    "CANDIDATE_FIELDS",
    "NearMiss",
    "candidate_records",
    "candidates_yaml",
    "near_misses",
    "store_near_misses",
    "ENTITY_FIELDS",
    "EntityNotFound",
    "FUZZY_THRESHOLD",
    "UserAliases",
    "builtin_aliases",
    "entity_records",
    "explain_entity",
    "find_entity",
    "load_user_aliases",
    "resolve",
    "resolve_store",
]


def resolve_store(store: Store, user_aliases: UserAliases | None = None) -> int:
    """Resolve entities over every mention in the store; returns the number of entities."""
    resolution = resolve(store.iter_mentions(), store.iter_alias_pairs(), user_aliases)
    store.save_resolution(resolution)
    return len(resolution.entities)


def store_near_misses(store: Store, user_aliases: UserAliases | None = None) -> list[NearMiss]:
    """The near misses of resolving the store's mentions again (the same rules as a build)."""
    return near_misses(store.iter_mentions(), store.iter_alias_pairs(), user_aliases)
