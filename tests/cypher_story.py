"""A small hand-written story as a real store, for the Cypher tests (local engine and Bolt).

No spaCy: each fact becomes a sentence, two mentions and a triple; resolution is one
entity per distinct name (with the aliases given here), as a later resolution may merge.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import DocExtraction, Document, Entity, Mention, RawTriple, Resolution
from newsgraph.store import Store

TYPES = {"Northern Brigade": "ORG", "Port Sela": "GPE", "Mara Quell": "PERSON",
         "Coastal Guard": "ORG", "Harbor Council": "ORG", "Lina Ostrova": "PERSON",
         "river patrols": "CONCEPT", "Tavin": "NORP", "the ferry": "CONCEPT"}
ALIASES = {"Northern Brigade": ("the Brigade", "NB"), "Mara Quell": ("Quell",)}

# doc id -> (date, [(subject, predicate, relation class, object, negated)])
STORY = {
    "d1": ("2024-01-15", [("Coastal Guard", "patrol", None, "Port Sela", False),
                          ("Mara Quell", "lead", "LEADS", "Northern Brigade", False)]),
    "d2": ("2024-02-20", [("Coastal Guard", "shell", "ATTACK", "Northern Brigade", False),
                          ("Northern Brigade", "strike", "ATTACK", "Port Sela", False),
                          ("Tavin", "support", "SUPPORT", "Northern Brigade", False)]),
    "d3": ("2024-03-05", [("Northern Brigade", "strike", "ATTACK", "Port Sela", False),
                          ("Northern Brigade", "strike", "ATTACK", "Coastal Guard", True),
                          ("Harbor Council", "condemn", "STATEMENT", "Northern Brigade", False),
                          ("Harbor Council", "condemn", "STATEMENT", "Coastal Guard", False)]),
    "d4": ("2024-03-12", [("Northern Brigade", "suspend", None, "river patrols", False),
                          ("Lina Ostrova", "meet", "MEET", "Mara Quell", False),
                          ("Northern Brigade", "seize", "ATTACK", "the ferry", False)]),
}


def extraction(doc_id: str, date: str, facts, types: dict[str, str] = TYPES) -> DocExtraction:
    """One document whose sentences state ``facts``, with their mentions and triples."""
    text, mentions, triples = "", [], []
    for i, (subj, pred, cls, obj, negated) in enumerate(facts):
        start = len(text)
        verb = f"did not {pred}" if negated else f"{pred}s"
        sentence = f"{subj} {verb} {obj}."
        s = Mention(doc_id, i, start, start + len(subj), subj, types[subj], "entity", subj)
        o_start = start + len(subj) + len(verb) + 2
        o = Mention(doc_id, i, o_start, o_start + len(obj), obj, types[obj], "entity", obj)
        mentions += [s, o]
        triples.append(RawTriple(s, pred, verb, o, i, sentence, start, start + len(sentence),
                                 0.6 + 0.05 * i, "test", relation_class=cls, negated=negated))
        text += sentence + " "
    doc = Document(doc_id, text, f"{doc_id}.txt", title=f"Report {doc_id}", date=date)
    return DocExtraction(doc, len(facts), mentions, triples)


def resolve_by_name(store: Store, types: dict[str, str] = TYPES,
                    aliases: dict[str, tuple[str, ...]] = ALIASES, merged: dict[str, str] | None = None) -> None:
    """A stand-in resolution: one entity per distinct mention text, its id made from the
    name (so a new document keeps the ids); ``merged`` maps a name to the one it joins."""
    ids: dict[str, str] = {}
    assignment = {}
    for row_id, m in store.iter_mentions():
        name = (merged or {}).get(m.text, m.text)
        assignment[row_id] = ids.setdefault(name, "e-" + name.lower().replace(" ", "-"))
    entities = [Entity(eid, text, types[text], aliases.get(text, ())) for text, eid in ids.items()]
    store.save_resolution(Resolution(entities, assignment))


def write_story(path: Path, story: dict = STORY, merged: dict[str, str] | None = None) -> Path:
    """Write ``story`` into a store at ``path`` (added to what is there) and resolve it."""
    with Store(path) as store:
        for doc_id, (date, facts) in story.items():
            store.add_extraction(extraction(doc_id, date, facts), "test")
        resolve_by_name(store, merged=merged)
    return path
