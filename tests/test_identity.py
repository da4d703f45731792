"""Document identity through the command line: a document is its source.

An edited or re-cleaned source replaces its earlier version, an unchanged one is skipped,
the same text under two sources is stored twice, a store of schema 1 is migrated on open,
sources that are gone are listed and pruned, and records say where each fact came from.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import Store

RAID = ("date 2024-05-02\n\nThe Northern Guard attacked a fuel depot near Basra with two battalions. "
        "Police arrested two commanders of the Northern Guard.\n")
CAPTURE = "date 2024-05-03\n\nThe Northern Guard captured a police officer in Mosul.\n"
TALKS = "date 2024-05-09\n\nPrime Minister Omar Haddad met the Northern Guard leaders in Baghdad.\n"


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in {"raid.txt": RAID, "capture.txt": CAPTURE, "talks.txt": TALKS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def summary_line(result) -> str:
    return next(line for line in result.output.splitlines() if " new, " in line).split(";")[0]


def triples(store) -> list[dict]:
    result = run("triples", "--store", store)
    assert result.exit_code == 0
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


def sentences(store) -> list[str]:
    return sorted({t["sentence"] for t in triples(store)})


def test_an_edited_article_replaces_its_earlier_version(corpus, tmp_path):
    store = tmp_path / "kg.db"
    assert summary_line(run("build", corpus, "--store", store)) == "3 new, 0 updated, 0 unchanged, 0 failed"
    before = {t["source"]: t["doc"] for t in triples(store)}
    (corpus / "raid.txt").write_text(RAID.replace("two battalions", "three battalions"), encoding="utf-8")
    result = run("build", corpus, "--store", store)
    assert result.exit_code == 0
    assert summary_line(result) == "0 new, 1 updated, 2 unchanged, 0 failed"
    facts = sentences(store)
    assert any("three battalions" in s for s in facts) and not any("two battalions" in s for s in facts)
    assert {t["source"]: t["doc"] for t in triples(store)} == before  # the id stays with the source
    with Store(store) as s:
        assert s.counts()["documents"] == 3


def test_other_cleaning_rules_replace_documents_instead_of_adding_them(corpus, tmp_path):
    store = tmp_path / "kg.db"
    run("build", corpus, "--store", store, "-q")
    count = len(triples(store))
    rules = tmp_path / "rules.yaml"
    rules.write_text("remove_span:\n  - name: battalions\n    phrase: ' with two battalions'\n", encoding="utf-8")
    result = run("build", corpus, "--store", store, "--rules", rules)
    assert summary_line(result) == "0 new, 1 updated, 2 unchanged, 0 failed"
    assert len(triples(store)) <= count and not any("battalions" in s for s in sentences(store))
    with Store(store) as s:
        assert s.counts()["documents"] == 3


def test_the_same_text_under_two_sources_is_stored_once_per_source(corpus, tmp_path):
    store = tmp_path / "kg.db"
    (corpus / "copy.txt").write_text(CAPTURE, encoding="utf-8")
    assert summary_line(run("build", corpus, "--store", store)) == "4 new, 0 updated, 0 unchanged, 0 failed"
    captured = [t for t in triples(store) if t["predicate"] == "capture"]
    assert sorted(t["source"].rsplit("/", 1)[-1] for t in captured) == ["capture.txt", "copy.txt"]


def test_records_carry_source_title_and_url(tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"id": "w-1", "title": "Raid near Basra", "url": "https://wire.example/1",
                                "text": RAID}) + "\n", encoding="utf-8")
    store = tmp_path / "kg.db"
    run("build", wire, "--store", store, "-q")
    record = triples(store)[0]
    assert (record["source"], record["title"], record["url"]) == (f"{wire}#w-1", "Raid near Basra",
                                                                  "https://wire.example/1")
    assert list(record)[16:20] == ["doc", "source", "title", "url"]
    extracted = run("extract", wire)  # no store: the same provenance
    first = json.loads(extracted.output.splitlines()[0])
    assert (first["doc"], first["source"], first["title"], first["url"]) == (
        record["doc"], f"{wire}#w-1", "Raid near Basra", "https://wire.example/1")


def test_missing_sources_are_listed_and_pruned_only_when_asked(corpus, tmp_path):
    store = tmp_path / "kg.db"
    run("build", corpus, "--store", store, "-q")
    (corpus / "capture.txt").unlink()
    listed = run("documents", "--store", store, "--missing", "--format", "csv")
    assert listed.exit_code == 0
    rows = [line for line in listed.output.splitlines() if "capture.txt" in line]
    assert len(rows) == 1
    assert (f"1 documents whose source is gone; remove them with: newsgraph documents --store {store} --prune"
            in listed.output)
    kept = run("documents", "--store", store, "--prune", input="n\n")
    assert kept.exit_code == 1 and "Remove 1 of 3 documents whose source is gone" in kept.output
    with Store(store) as s:
        assert s.counts()["documents"] == 3  # nothing lost on "no"
    pruned = run("documents", "--store", store, "--prune", "--yes")
    assert pruned.exit_code == 0
    assert pruned.output.startswith("removed 1 documents whose source is gone (")
    assert not any(t["predicate"] == "capture" for t in triples(store))
    with Store(store) as s:
        assert s.counts()["documents"] == 2
    assert run("documents", "--store", store, "--prune", "--yes").output == \
        "no document's source is gone: nothing to remove\n"


def test_a_jsonl_record_removed_from_its_file_is_missing(tmp_path):
    wire = tmp_path / "wire.jsonl"
    lines = [json.dumps({"id": n, "text": text}) for n, text in ((1, RAID), (2, CAPTURE))]
    wire.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "kg.db"
    run("build", wire, "--store", store, "-q")
    wire.write_text(lines[0] + "\n", encoding="utf-8")
    listed = run("documents", "--store", store, "--missing", "--format", "jsonl")
    assert [json.loads(line)["source"] for line in listed.output.splitlines() if line.startswith("{")] == \
        [f"{wire}#2"]


def test_a_new_relation_classes_file_reclassifies_the_store_without_parsing(corpus, tmp_path):
    store = tmp_path / "kg.db"
    run("build", corpus, "--store", store, "-q")
    assert {t["relation_class"] for t in triples(store) if t["predicate"] == "capture"} == {"ARREST"}
    classes = tmp_path / "classes.yaml"
    classes.write_text("classes:\n  CYBER:\n    description: test\n    predicates: [capture]\n", encoding="utf-8")
    captures = sum(1 for t in triples(store) if t["predicate"].startswith("capture"))
    result = run("build", corpus, "--store", store, "--relation-classes", classes)
    assert summary_line(result) == "0 new, 0 updated, 3 unchanged, 0 failed"
    assert ("relation classes re-derived for 3 documents from this run's classes file: "
            f"{captures} triples changed class") in result.output
    assert {t["relation_class"] for t in triples(store) if t["predicate"].startswith("capture")} == {"CYBER"}


def test_other_role_nouns_say_which_documents_to_reparse_and_how(corpus, tmp_path):
    store = tmp_path / "kg.db"
    run("build", corpus, "--store", store, "-q")
    roles = tmp_path / "roles.yaml"
    roles.write_text("roles: [quartermaster]\n", encoding="utf-8")
    result = run("build", corpus, "--store", store, "--roles", roles)
    assert summary_line(result) == "0 new, 0 updated, 3 unchanged, 0 failed"
    assert (f"warning: 3 documents were parsed with other role nouns ({corpus}/capture.txt, {corpus}/raid.txt, "
            f"{corpus}/talks.txt); to apply this run's, run: newsgraph build {corpus} --store {store} "
            f"--roles {roles} --reparse") in result.output
    again = run("build", corpus, "--store", store, "--roles", roles, "--reparse")
    assert summary_line(again) == "0 new, 3 updated, 0 unchanged, 0 failed"
    assert "warning" not in again.output


SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, title TEXT, date TEXT, url TEXT,
    model TEXT, version TEXT, sentences INTEGER, words INTEGER, added TEXT);
CREATE TABLE mentions (id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, start_char INTEGER, end_char INTEGER, text TEXT, label TEXT, kind TEXT, head TEXT,
    ante_start INTEGER, ante_end INTEGER, entity TEXT, UNIQUE (doc, start_char, end_char));
CREATE TABLE triples (id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, sentence TEXT, start_char INTEGER, end_char INTEGER,
    subj_start INTEGER, subj_end INTEGER, obj_start INTEGER, obj_end INTEGER,
    subject_text TEXT, object_text TEXT, predicate TEXT, predicate_text TEXT,
    relation_class TEXT, attribution TEXT, negated INTEGER, modality TEXT, confidence REAL, extractor TEXT);
CREATE TABLE aliases (doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, name TEXT, alias TEXT, rule TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT, type TEXT, aliases TEXT, mentions INTEGER, documents INTEGER);
CREATE TABLE explanations (entity TEXT, text TEXT, rule TEXT);
INSERT INTO meta VALUES ('schema', '1');
"""


def _schema_1_store(path, source: str) -> None:
    """A store as newsgraph wrote it before documents had a source identity: the same source
    stored twice (an edit), each version with a fact."""
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_1)
    for n, (doc, words) in enumerate((("aaaa000000000001", "two"), ("aaaa000000000002", "three"))):
        db.execute("INSERT INTO documents VALUES (?,?,NULL,'2024-05-02',NULL,'en_core_web_sm-3.8.0','0.1',1,9,?)",
                   (doc, source, f"2024-05-0{n + 1}"))
        db.execute("INSERT INTO mentions (doc, sent_index, start_char, end_char, text, label, kind, head) "
                   "VALUES (?,0,0,14,'Northern Guard','ORG','entity','Guard'), (?,0,24,34,'fuel depot','CONCEPT',"
                   "'chunk','depot')", (doc, doc))
        db.execute("INSERT INTO triples (doc, sent_index, sentence, start_char, end_char, subj_start, subj_end, "
                   "obj_start, obj_end, subject_text, object_text, predicate, predicate_text, relation_class, "
                   "negated, confidence, extractor) VALUES (?,0,?,0,34,0,14,24,34,'Northern Guard','fuel depot',"
                   "'attack','attacked','ATTACK',0,0.8,'svo')",
                   (doc, f"The Northern Guard attacked a fuel depot with {words} battalions."))
    db.commit()
    db.close()


def test_a_schema_1_store_is_migrated_on_open_keeping_the_latest_version(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _schema_1_store(tmp_path / "old.db", "news/raid.txt")
    listed = run("documents", "--store", "old.db", "--format", "jsonl")
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["id"], r["source"], r["triples"]) for r in rows] == [("aaaa000000000002", "news/raid.txt", 1)]
    result = run("build", "news", "--store", "old.db")
    assert summary_line(result) == "2 new, 1 updated, 0 unchanged, 0 failed"
    assert {t["source"]: t["doc"] for t in triples("old.db")}["news/raid.txt"] == "aaaa000000000002"
    with Store("old.db") as s:
        assert s.counts()["documents"] == 3


def test_legacy_encodings_are_built_with_a_warning_naming_the_guess(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Police in Mosul said the caf\u00e9 owner was arrested on Monday.".encode("latin-1"))
    result = run("build", path, "--store", tmp_path / "kg.db")
    assert result.exit_code == 0
    assert f"warning: {path}: not UTF-8: decoded as cp1252 (a guess by charset-normalizer)" in result.output
    assert summary_line(result) == "1 new, 0 updated, 0 unchanged, 0 failed"
    assert any("caf\u00e9 owner" in s for s in sentences(tmp_path / "kg.db"))


def test_binary_is_refused_in_one_line_and_the_rest_is_stored(corpus, tmp_path):
    (corpus / "noise.txt").write_bytes(bytes(range(1, 256)) * 8)
    result = run("build", corpus, "--store", tmp_path / "kg.db")
    assert result.exit_code == 1
    assert f"failed: {corpus}/noise.txt: binary file, not text (no text encoding fits it)" in result.output
    assert summary_line(result) == "3 new, 0 updated, 0 unchanged, 1 failed"


def test_html_nested_too_deep_for_trafilatura_falls_back_to_its_text(tmp_path):
    page = tmp_path / "deep.html"
    body = "<div>" * 10_000 + "<p>The Northern Guard attacked a fuel depot near Basra.</p>" + "</div>" * 10_000
    page.write_text(f"<html><head><title>Deep</title></head><body>{body}</body></html>", encoding="utf-8")
    result = run("build", page, "--store", tmp_path / "kg.db")
    assert result.exit_code == 0
    assert f"warning: {page}: no article found by trafilatura: all the page's text was read" in result.output
    assert sentences(tmp_path / "kg.db") == ["The Northern Guard attacked a fuel depot near Basra."]


def test_a_build_interrupted_while_resolving_is_said_by_every_reader(corpus, tmp_path):
    from newsgraph.build import Progress, build

    class StopAtResolution(Progress):
        def resolving(self):
            raise KeyboardInterrupt

    store = tmp_path / "kg.db"
    summary = build([str(corpus)], store, progress=StopAtResolution())
    assert summary.interrupted and summary.unresolved and summary.new == 3
    result = run("triples", "--store", store)
    assert result.exit_code == 0
    assert (f"warning: {store}: documents were stored or removed after entities were last resolved (an "
            "interrupted build?); their facts are missing here until a build finishes (run your last "
            "`newsgraph build` again)") in result.output
    finished = run("build", corpus, "--store", store)
    assert summary_line(finished) == "0 new, 0 updated, 3 unchanged, 0 failed"
    again = run("triples", "--store", store)
    assert "warning" not in again.output and len(triples(store)) > 0


def test_the_build_says_what_each_count_counts(corpus, tmp_path):
    import re

    store = tmp_path / "kg.db"
    result = run("build", corpus, "--store", store)
    line = next(x for x in result.output.splitlines() if x.startswith("the store holds"))
    found = re.fullmatch(r"the store holds 3 documents, (\d+) facts \((\d+) with both ends resolved, listed by "
                         r"`triples`; (\d+) with an unresolved pronoun, kept out\), (\d+) entities \((\d+) of "
                         r"them reported claims, kept out of the graph\)", line)
    assert found, line
    facts, resolved, unresolved, entities, claims = map(int, found.groups())
    assert facts == resolved + unresolved and len(triples(store)) == resolved
    listed = run("entities", "--store", store, "--claims", "--format", "jsonl")
    assert len(listed.output.splitlines()) == entities


def test_a_long_article_is_stored_in_parts_and_a_shorter_edit_drops_the_extra_ones(tmp_path):
    from newsgraph.build import BuildOptions, build

    towns = ["Basra", "Mosul", "Kirkuk", "Erbil", "Najaf", "Tikrit"]
    paragraphs = [f"The Northern Guard attacked a depot near {town}." for town in towns]
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    store, options = tmp_path / "kg.db", BuildOptions(max_chars=120)
    first = build([str(article)], store, options)
    with Store(store) as s:
        parts = [d["source"] for d in s.iter_documents()]
    assert first.new == len(parts) > 2 and parts == [f"{article}#{n}" for n in range(1, len(parts) + 1)]
    article.write_text("\n\n".join(paragraphs[:4]) + "\n", encoding="utf-8")  # a part shorter
    second = build([str(article)], store, options)
    assert (second.new, second.updated, second.unchanged, second.removed) == (0, 0, 2, len(parts) - 2)
    assert sentences(store) == sorted(paragraphs[:4])
    article.write_text(paragraphs[0] + "\n", encoding="utf-8")  # one document again
    third = build([str(article)], store, options)
    assert (third.new, third.removed) == (1, 2)
    with Store(store) as s:
        assert [d["source"] for d in s.iter_documents()] == [str(article)]
