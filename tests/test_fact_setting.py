"""Where and when a fact happened (issue 12): the clause's place and time phrases are
properties of each of its triples (``place``, ``date_text``), written as in the sentence.
Hand-built parses of our own sentences, the ``triples`` listing, and a schema-2 store
migrated on open."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.extract.clauses import extract_triples
from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.synthetic import triple
from newsgraph.model import Entity
from newsgraph.store import SCHEMA_VERSION, Store
from tests.test_clauses import parse


def setting(doc) -> dict[tuple[str, str, str], tuple[str | None, str | None]]:
    return {(t.subject.text, t.predicate, t.object.text): (t.place, t.date_text)
            for t in extract_triples(doc, "d1")}


ARREST = parse("""
Police    police    NOUN  NNS nsubj   1
arrested  arrest    VERB  VBD ROOT    1
two       two       NUM   CD  nummod  3 B-CARDINAL
men       man       NOUN  NNS dobj    1
in        in        ADP   IN  prep    1
Basra     Basra     PROPN NNP pobj    4 B-GPE
on        on        ADP   IN  prep    1
Sunday    Sunday    PROPN NNP pobj    6 B-DATE
.         .         PUNCT .   punct   1
""")


def test_the_place_and_day_of_an_arrest_are_properties_of_the_fact():
    found = setting(ARREST)
    assert found[("Police", "arrest", "two men")] == ("Basra", "Sunday")


def test_the_place_of_a_fact_with_an_object_is_a_property_not_a_second_object():
    found = setting(ARREST)
    assert not [key for key in found if key[2] == "Basra"], found  # no arrest_man_in Basra
    assert found[("Police", "arrest", "two men")] == ("Basra", "Sunday")


# "The envoy met Tessaly leaders in La Paz last week."
MET = parse("""
The      the      DET   DT  det      1
envoy    envoy    NOUN  NN  nsubj    2
met      meet     VERB  VBD ROOT     2
Tessaly  Tessaly  PROPN NNP compound 4 B-ORG
leaders  leader   NOUN  NNS dobj     2
in       in       ADP   IN  prep     2
La       La       PROPN NNP compound 7 B-GPE
Paz      Paz      PROPN NNP pobj     5 I-GPE
last     last     ADJ   JJ  amod     9 B-DATE
week     week     NOUN  NN  npadvmod 2 I-DATE
.        .        PUNCT .   punct    2
""")


def test_a_noun_phrase_of_time_and_a_two_word_place_are_written_whole():
    assert setting(MET)[("envoy", "meet", "Tessaly leaders")] == ("La Paz", "last week")


# "Rebels shelled the port in March 2023."
SHELLED = parse("""
Rebels   rebel    NOUN  NNS nsubj   1
shelled  shell    VERB  VBD ROOT    1
the      the      DET   DT  det     3
port     port     NOUN  NN  dobj    1
in       in       ADP   IN  prep    1
March    March    PROPN NNP pobj    4 B-DATE
2023     2023     NUM   CD  nummod  5 I-DATE
.        .        PUNCT .   punct   1
""")


def test_in_with_a_date_is_a_time_not_a_place():
    assert setting(SHELLED) == {("Rebels", "shell", "port"): (None, "March 2023")}


# "Workers met the owners at the factory."
FACTORY = parse("""
Workers  worker   NOUN  NNS nsubj   1
met      meet     VERB  VBD ROOT    1
the      the      DET   DT  det     3
owners   owner    NOUN  NNS dobj    1
at       at       ADP   IN  prep    1
the      the      DET   DT  det     6
factory  factory  NOUN  NN  pobj    4
.        .        PUNCT .   punct   1
""")


def test_a_place_that_names_no_place_entity_is_not_a_place():
    assert setting(FACTORY)[("Workers", "meet", "owners")] == (None, None)


# -- the command line and the store ------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def listed(store) -> list[dict]:
    result = run("triples", "--store", store, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


def test_triples_lists_where_and_when(tmp_path):
    (tmp_path / "arrest.txt").write_text("Police arrested two men in Basra on Sunday.\n", encoding="utf-8")
    store = tmp_path / "kg.db"
    assert run("build", tmp_path / "arrest.txt", "--store", store, "--quiet").exit_code == 0
    records = listed(store)
    arrest = [r for r in records if r["predicate"] == "arrest"]
    assert arrest and arrest[0]["place"] == "Basra" and arrest[0]["date_text"] == "Sunday"
    tsv = run("triples", "--store", store, "--format", "tsv").output.splitlines()
    header = tsv[0].split("\t")
    row = dict(zip(header, next(line for line in tsv[1:] if "\tarrest\t" in line).split("\t"), strict=True))
    assert (row["place"], row["date_text"]) == ("Basra", "Sunday")


# The triples table as schema 2 wrote it: no place, no date_text.
SCHEMA_2_TRIPLES = """
CREATE TABLE triples (id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, sentence TEXT, start_char INTEGER, end_char INTEGER,
    subj_start INTEGER, subj_end INTEGER, obj_start INTEGER, obj_end INTEGER,
    subject_text TEXT, object_text TEXT, predicate TEXT, predicate_text TEXT,
    relation_class TEXT, attribution TEXT, negated INTEGER, modality TEXT, confidence REAL, extractor TEXT);
"""


def _schema_2_store(path) -> None:
    """A resolved store as schema 2 wrote it: one document, one fact between two actors."""
    db = sqlite3.connect(path)
    db.executescript("""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, title TEXT, date TEXT, url TEXT,
    model TEXT, version TEXT, sentences INTEGER, words INTEGER, added TEXT,
    key TEXT, origin TEXT, hash TEXT, data TEXT);
CREATE TABLE mentions (id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, start_char INTEGER, end_char INTEGER, text TEXT, label TEXT, kind TEXT, head TEXT,
    ante_start INTEGER, ante_end INTEGER, entity TEXT, UNIQUE (doc, start_char, end_char));
CREATE TABLE aliases (doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, name TEXT, alias TEXT, rule TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT, type TEXT, aliases TEXT, mentions INTEGER, documents INTEGER);
CREATE TABLE explanations (entity TEXT, text TEXT, rule TEXT);
INSERT INTO meta VALUES ('schema', '2'), ('resolved', '1');
INSERT INTO documents VALUES ('bbbb000000000001', 'old.txt', NULL, '2024-05-02', NULL,
    'en_core_web_sm-3.8.0', '0.1', 1, 7, '2024-05-02', '/nowhere/old.txt', '/nowhere/old.txt', 'h', '{}');
INSERT INTO mentions (doc, sent_index, start_char, end_char, text, label, kind, head, entity) VALUES
    ('bbbb000000000001', 0, 0, 14, 'Northern Guard', 'ORG', 'entity', 'Guard', 'e1'),
    ('bbbb000000000001', 0, 24, 34, 'fuel depot', 'CONCEPT', 'chunk', 'depot', 'e2');
INSERT INTO entities VALUES ('e1', 'Northern Guard', 'ORG', '[]', 1, 1), ('e2', 'fuel depot', 'CONCEPT', '[]', 1, 1);
""" + SCHEMA_2_TRIPLES + """
INSERT INTO triples (doc, sent_index, sentence, start_char, end_char, subj_start, subj_end, obj_start, obj_end,
    subject_text, object_text, predicate, predicate_text, relation_class, negated, confidence, extractor)
    VALUES ('bbbb000000000001', 0, 'The Northern Guard attacked a fuel depot.', 0, 34, 0, 14, 24, 34,
    'Northern Guard', 'fuel depot', 'attack', 'attacked', 'ATTACK', 0, 0.8, 'svo');
""")
    db.commit()
    db.close()


def test_a_schema_2_store_is_migrated_on_open_and_keeps_its_triples(tmp_path):
    old = tmp_path / "old.db"
    _schema_2_store(old)
    records = listed(old)
    assert [(r["subject"], r["predicate"], r["object"], r["place"], r["date_text"]) for r in records] == [
        ("Northern Guard", "attack", "fuel depot", None, None)]
    with Store(old) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == SCHEMA_VERSION
    (tmp_path / "new.txt").write_text("Police arrested two men in Basra on Sunday.\n", encoding="utf-8")
    assert run("build", tmp_path / "new.txt", "--store", old, "--quiet").exit_code == 0
    facts = {(r["subject"], r["predicate"], r["object"]): (r["place"], r["date_text"]) for r in listed(old)}
    assert facts[("Northern Guard", "attack", "fuel depot")] == (None, None)
    assert facts[("Police", "arrest", "two men")] == ("Basra", "Sunday")


def test_graph_evidence_says_where_and_when_and_omits_what_is_unknown():
    ents = [Entity("police", "Police", "ORG"), Entity("northern guard", "Northern Guard", "ORG")]
    there = triple("Police", "arrest", "Northern Guard", place="Basra", date_text="Sunday",
                   sentence="Police arrested Northern Guard men in Basra on Sunday.")
    unsaid = triple("Police", "arrest", "Northern Guard")
    G = graph_from_triples(ents, [there, unsaid])
    evidence = {e["sentence"]: e for e in G["police"]["northern guard"]["arrest"]["evidence"]}
    assert (evidence[there.sentence]["place"], evidence[there.sentence]["date_text"]) == ("Basra", "Sunday")
    assert "place" not in evidence[unsaid.sentence] and "date_text" not in evidence[unsaid.sentence]
