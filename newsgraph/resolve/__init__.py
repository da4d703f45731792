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

from newsgraph.model import AliasPair, DocExtraction, Mention, Triple
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
    "resolve_extraction",
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


def resolve_extraction(ex: DocExtraction, user_aliases: UserAliases | None = None) -> list[Triple]:
    """One document resolved on its own, without a store (what ``newsgraph extract`` prints).

    The same triples, in the same order, as :func:`resolve_store` then ``Store.iter_triples``
    on a store holding only this document, without the cost of a database per document:
    one mention per position (the first), mentions in document order, a triple kept when
    both its arguments have an entity.
    """
    doc = ex.document
    unique: dict[tuple[int, int], Mention] = {}
    for m in ex.mentions:
        unique.setdefault((m.start_char, m.end_char), m)
    rid_of = {position: rid for rid, position in enumerate(sorted(unique), 1)}
    rows = [(rid_of[position], _as_stored(unique[position], doc.id)) for position in sorted(unique)]
    stated = [AliasPair(name=a.name, alias=a.alias, rule=a.rule, doc=doc.id) for a in ex.aliases]
    resolution = resolve(rows, stated, user_aliases)
    entities = {e.id: e for e in resolution.entities}

    def entity(start: int, end: int) -> object | None:
        rid = rid_of.get((start, end))
        return entities.get(resolution.assignment.get(rid)) if rid is not None else None

    triples = []
    for t in ex.triples:
        s, o = entity(t.subject.start_char, t.subject.end_char), entity(t.object.start_char, t.object.end_char)
        if s is None or o is None:
            continue
        triples.append(Triple(
            subject=s.name, subject_id=s.id, subject_type=s.type, subject_text=t.subject.text,
            predicate=t.predicate, predicate_text=t.predicate_text, relation_class=t.relation_class,
            object=o.name, object_id=o.id, object_type=o.type, object_text=t.object.text,
            attribution=t.attribution, negated=bool(t.negated), modality=t.modality,
            place=t.place, date_text=t.date_text, doc=doc.id,
            source=doc.source, title=doc.title, url=doc.url,
            sentence=t.sentence, sent_index=t.sent_index, start_char=t.start_char, end_char=t.end_char,
            date=doc.date, confidence=t.confidence, extractor=t.extractor,
        ))
    return triples


def _as_stored(m: Mention, doc_id: str) -> Mention:
    """A mention as the store gives it back (its document's id, no None head, a tuple antecedent)."""
    ante = tuple(m.antecedent) if m.antecedent is not None else None
    return Mention(doc_id, m.sent_index, m.start_char, m.end_char, m.text, m.label, m.kind, m.head or "", ante)
