"""The store keeps documents by source, survives reopening, and joins triples to entities."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.model import (
    AliasPair,
    DocExtraction,
    Document,
    Entity,
    Mention,
    RawTriple,
    Resolution,
    content_id,
)
from newsgraph.store import Store, StoreError

TEXT = "The Northern Guard attacked the depot. It was a raid."


def _extraction(text: str = TEXT, date: str | None = "2024-03-01") -> DocExtraction:
    doc = Document(id=content_id(text), text=text, source="a.txt", title="Raid", date=date)
    guard = Mention(doc.id, 0, 0, 18, "Northern Guard", "ORG", "entity", "Guard")
    depot = Mention(doc.id, 0, 28, 37, "depot", "CONCEPT", "chunk", "depot")
    it = Mention(doc.id, 1, 39, 41, "It", "PRON", "pronoun", "It", antecedent=(0, 18))
    triple = RawTriple(guard, "attack", "attacked", depot, 0, "The Northern Guard attacked the depot.",
                       0, 37, 0.8, "svo", relation_class="ATTACK")
    return DocExtraction(doc, sentences=2, mentions=[guard, depot, it], triples=[triple],
                         aliases=[AliasPair("Northern Guard", "NG", "paren", doc.id)], words=9)


def _resolve(store: Store) -> None:
    rows = list(store.iter_mentions())
    ids = {m.text: i for i, m in rows}
    store.save_resolution(Resolution(
        entities=[Entity("e1", "Northern Guard", "ORG", ("NG",), 2, 1), Entity("e2", "depot", "CONCEPT", (), 1, 1)],
        assignment={ids["Northern Guard"]: "e1", ids["It"]: "e1", ids["depot"]: "e2"},
        explanations=[("e1", "It", "coref:pronoun")],
    ))


def test_documents_survive_reopening_and_are_replaced_by_source(tmp_path):
    path = tmp_path / "kg.db"
    with Store(path) as store:
        assert not store.has_document(content_id(TEXT))
        store.add_extraction(_extraction(), "en_core_web_sm-3.8.0")
    with Store(path) as store:
        assert store.has_document(content_id(TEXT))
        (doc,) = store.iter_documents()
        assert doc["model"] == "en_core_web_sm-3.8.0"
        assert doc["version"]
        assert store.counts()["mentions"] == 3
        edited = _extraction(TEXT.replace("depot", "depot again"))
        assert store.add_extraction(edited, "m") == "updated"  # same source: replaced, id kept
        assert store.counts() == {"documents": 1, "sentences": 2, "mentions": 3, "triples": 1, "entities": 0}
        assert store.document_state("a.txt").hash == content_id(edited.document.text)


def test_two_processes_creating_one_new_store_both_succeed(tmp_path):
    import subprocess
    import sys

    script = ("import sys; from newsgraph.store import Store\n"
              "with Store(sys.argv[1]) as s: print(s.counts()['documents'])")
    for n in range(5):
        path = tmp_path / f"kg{n}.db"
        procs = [subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
                 for _ in range(2)]
        results = [(p.wait(), *p.communicate()) for p in procs]
        assert results == [(0, "0\n", ""), (0, "0\n", "")]


def test_resolved_triples_carry_entities_text_and_provenance(tmp_path):
    with Store(tmp_path / "kg.db") as store:
        store.add_extraction(_extraction(), "m")
        _resolve(store)
        (triple,) = store.iter_triples()
    assert (triple.subject, triple.subject_id, triple.subject_type) == ("Northern Guard", "e1", "ORG")
    assert triple.object == "depot" and triple.object_text == "depot"
    assert triple.date == "2024-03-01" and triple.sentence.startswith("The Northern Guard")
    assert triple.relation_class == "ATTACK" and triple.negated is False


def test_date_filters_select_by_document_date(tmp_path):
    with Store(tmp_path / "kg.db") as store:
        store.add_extraction(_extraction(), "m")
        _resolve(store)
        assert list(store.iter_triples(since="2024-03-02")) == []
        assert len(list(store.iter_triples(until="2024-03-01"))) == 1


def test_stated_aliases_and_explanations_are_kept(tmp_path):
    with Store(tmp_path / "kg.db") as store:
        store.add_extraction(_extraction(), "m")
        _resolve(store)
        assert [a.alias for a in store.iter_alias_pairs()] == ["NG"]
        assert store.entity_explanations("e1") == [("It", "coref:pronoun")]
        assert (content_id(TEXT), "e1") in set(store.document_entities())


def test_hostile_text_is_stored_as_data(tmp_path):
    text = "Robert'); DROP TABLE triples;-- said `x` \x00\u202e \"quoted\" }]->() DETACH DELETE n"
    ex = _extraction(text)
    with Store(tmp_path / "kg.db") as store:
        store.add_extraction(ex, "m")
        assert store.counts()["triples"] == 1
        assert store.has_document(content_id(text))


def test_a_file_that_is_not_a_store_gives_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store(bogus)


def test_a_missing_store_is_not_created_by_readers(tmp_path):
    with pytest.raises(StoreError, match="newsgraph build"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_store_uses_wal(tmp_path):
    with Store(tmp_path / "kg.db"):
        pass
    mode = sqlite3.connect(tmp_path / "kg.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
