"""Made-up triples for examples, tests and the scale benchmark (no article text involved).

:func:`triple` fills the many fields of a :class:`~newsgraph.model.Triple` with plain
defaults; :func:`random_corpus` draws a scale-free-ish set of entities and triples of a
chosen size, deterministically from a seed.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.model import (
    DocExtraction,
    Document,
    Entity,
    Mention,
    RawTriple,
    Resolution,
    Triple,
)

__all__ = ["triple", "random_corpus", "store_triples"]

_TYPES = ("ORG", "PERSON", "GPE", "NORP")
_PREDICATES = (("attack", "ATTACK"), ("strike", "ATTACK"), ("meet", "MEETING"),
               ("accuse", "STATEMENT"), ("say", "STATEMENT"), ("lead", "LEADS"),
               ("part_of", "MEMBER_OF"), ("fund", None), ("kill", "KILL"), ("warn", "STATEMENT"))


def triple(subject: str, predicate: str, obj: str, **fields: Any) -> Triple:
    """A Triple between two named entities; ids are the names lower-cased unless given.

    Examples
    --------
    >>> t = triple("Hamas", "attack", "Israel", date="2024-01-05")
    >>> t.subject_id, t.object_type, t.sentence
    ('hamas', 'ORG', 'Hamas attack Israel.')
    """
    record: dict[str, Any] = {
        "subject": subject, "subject_id": subject.lower(), "subject_type": "ORG",
        "subject_text": subject, "predicate": predicate, "predicate_text": predicate,
        "relation_class": None, "object": obj, "object_id": obj.lower(), "object_type": "ORG",
        "object_text": obj, "attribution": None, "negated": False, "modality": None,
        "place": None, "date_text": None, "doc": "d1", "source": None, "title": None, "url": None,
        "sentence": f"{subject} {predicate} {obj}.", "sent_index": 0,
        "start_char": 0, "end_char": len(subject) + len(predicate) + len(obj) + 3,
        "date": None, "confidence": 0.5, "extractor": "synthetic",
    }
    record.update(fields)
    return Triple(**record)


def random_corpus(n_triples: int, n_entities: int, *, seed: int = 0,
                  n_docs: int | None = None) -> tuple[list[Entity], Iterator[Triple]]:
    """Entities and a stream of ``n_triples`` triples among them, preferential by rank.

    Entity ``i`` is chosen with weight ``1 / (i + 10)`` so a few actors dominate, as in
    news. Dates spread over 2023-2024. The triples come as a generator (no list in memory).
    """
    rng = random.Random(seed)
    entities = [Entity(f"e{i}", f"Actor {i}", _TYPES[i % len(_TYPES)], (f"A{i}",), 0, 0)
                for i in range(n_entities)]
    weights = [1.0 / (i + 10) for i in range(n_entities)]
    n_docs = n_docs or max(1, n_triples // 5)

    def stream() -> Iterator[Triple]:
        chunk = 4096
        for start in range(0, n_triples, chunk):
            m = min(chunk, n_triples - start)
            subs = rng.choices(range(n_entities), weights, k=m)
            objs = [rng.randrange(n_entities) for _ in range(m)]
            for s, o in zip(subs, objs, strict=True):
                if s == o:
                    o = (o + 1) % n_entities
                pred, cls = _PREDICATES[rng.randrange(len(_PREDICATES))]
                doc = rng.randrange(n_docs)
                yield Triple(
                    subject=f"Actor {s}", subject_id=f"e{s}", subject_type=entities[s].type,
                    subject_text=f"Actor {s}", predicate=pred, predicate_text=pred, relation_class=cls,
                    object=f"Actor {o}", object_id=f"e{o}", object_type=entities[o].type,
                    object_text=f"Actor {o}", attribution=None, negated=False, modality=None,
                    place=None, date_text=None, doc=f"doc{doc}", sentence=f"Actor {s} {pred} Actor {o}.", sent_index=0,
                    start_char=0, end_char=20, date=f"{2023 + doc % 2}-{1 + doc % 12:02d}-{1 + doc % 28:02d}",
                    confidence=round(rng.uniform(0.3, 0.95), 2), extractor="synthetic")

    return entities, stream()


def store_triples(store: Any, triples: Iterable[Triple], entities: Iterable[Entity] = (),
                  *, model: str = "synthetic") -> None:
    """Write made-up triples into a real :class:`~newsgraph.store.Store`, resolved as given.

    Each distinct ``doc`` becomes a document (dated by its first triple); subjects and
    objects become mentions assigned to ``subject_id``/``object_id``. Entities not in
    ``entities`` are made from the triples' names and types. Lets tests and demos fill a
    store without parsing text.
    """
    by_doc: dict[str, list[Triple]] = {}
    for t in triples:
        by_doc.setdefault(t.doc, []).append(t)
    given = {e.id: e for e in entities}
    found: dict[str, tuple[str, str]] = {}
    owner: dict[tuple[str, int, int], str] = {}
    for doc, items in by_doc.items():
        raws, mentions, offset = [], [], 0
        for i, t in enumerate(items):
            subj = Mention(doc, i, offset, offset + 1, t.subject_text, t.subject_type, "entity")
            obj = Mention(doc, i, offset + 1, offset + 2, t.object_text, t.object_type, "entity")
            mentions += [subj, obj]
            owner[(doc, subj.start_char, subj.end_char)] = t.subject_id
            owner[(doc, obj.start_char, obj.end_char)] = t.object_id
            found.setdefault(t.subject_id, (t.subject, t.subject_type))
            found.setdefault(t.object_id, (t.object, t.object_type))
            raws.append(RawTriple(subj, t.predicate, t.predicate_text, obj, i, t.sentence,
                                  offset, offset + len(t.sentence), t.confidence, t.extractor,
                                  t.relation_class, t.attribution, t.negated, t.modality,
                                  t.place, t.date_text))
            offset += len(t.sentence) + 1
        text = "\n".join(t.sentence for t in items)
        document = Document(doc, text, f"synthetic:{doc}", date=items[0].date)
        store.add_extraction(DocExtraction(document, len(items), mentions, raws), model)
    assignment = {row: owner[(m.doc, m.start_char, m.end_char)]
                  for row, m in store.iter_mentions() if (m.doc, m.start_char, m.end_char) in owner}
    counts = Counter(assignment.values())
    docs = Counter(eid for eid, _ in {(owner[key], key[0]) for key in owner})
    ents = [given.get(eid) or Entity(eid, name, etype, (), counts[eid], docs[eid])
            for eid, (name, etype) in found.items()]
    ents += [e for eid, e in given.items() if eid not in found]
    store.save_resolution(Resolution(ents, assignment, []))
