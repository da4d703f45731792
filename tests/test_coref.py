"""Mentions and rule-based coreference: hand-built parses for the rules, the real model end to end."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.mentions import collect_mentions
from newsgraph.model import Mention, RawTriple

# (word, head, dep, pos, tag, lemma, ent)
_PARSE = [
    # 0: Kataib Hezbollah fired rockets at the base .
    ("Kataib", 1, "compound", "PROPN", "NNP", "Kataib", "B-ORG"),
    ("Hezbollah", 2, "nsubj", "PROPN", "NNP", "Hezbollah", "I-ORG"),
    ("fired", 2, "ROOT", "VERB", "VBD", "fire", "O"),
    ("rockets", 2, "dobj", "NOUN", "NNS", "rocket", "O"),
    ("at", 2, "prep", "ADP", "IN", "at", "O"),
    ("the", 6, "det", "DET", "DT", "the", "O"),
    ("base", 4, "pobj", "NOUN", "NN", "base", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
    # 1: The militia said it would strike again .
    ("The", 9, "det", "DET", "DT", "the", "O"),
    ("militia", 10, "nsubj", "NOUN", "NN", "militia", "O"),
    ("said", 10, "ROOT", "VERB", "VBD", "say", "O"),
    ("it", 13, "nsubj", "PRON", "PRP", "it", "O"),
    ("would", 13, "aux", "AUX", "MD", "would", "O"),
    ("strike", 10, "ccomp", "VERB", "VB", "strike", "O"),
    ("again", 13, "advmod", "ADV", "RB", "again", "O"),
    (".", 10, "punct", "PUNCT", ".", ".", "O"),
    # 2: Mustafa Kadhimi said he ordered the raid .
    ("Mustafa", 17, "compound", "PROPN", "NNP", "Mustafa", "B-PERSON"),
    ("Kadhimi", 18, "nsubj", "PROPN", "NNP", "Kadhimi", "I-PERSON"),
    ("said", 18, "ROOT", "VERB", "VBD", "say", "O"),
    ("he", 20, "nsubj", "PRON", "PRP", "he", "O"),
    ("ordered", 18, "ccomp", "VERB", "VBD", "order", "O"),
    ("the", 22, "det", "DET", "DT", "the", "O"),
    ("raid", 20, "dobj", "NOUN", "NN", "raid", "O"),
    (".", 18, "punct", "PUNCT", ".", ".", "O"),
    # 3: It emerged that Kadhimi left .
    ("It", 25, "nsubj", "PRON", "PRP", "it", "O"),
    ("emerged", 25, "ROOT", "VERB", "VBD", "emerge", "O"),
    ("that", 28, "mark", "SCONJ", "IN", "that", "O"),
    ("Kadhimi", 28, "nsubj", "PROPN", "NNP", "Kadhimi", "B-PERSON"),
    ("left", 25, "ccomp", "VERB", "VBD", "leave", "O"),
    (".", 25, "punct", "PUNCT", ".", ".", "O"),
]
_SENT_STARTS = {0, 8, 16, 24}


@pytest.fixture(scope="module")
def doc() -> Doc:
    words, heads, deps, pos, tags, lemmas, ents = zip(*_PARSE, strict=True)
    return Doc(spacy.blank("en").vocab, words=list(words), spaces=[True] * len(words), heads=list(heads),
               deps=list(deps), pos=list(pos), tags=list(tags), lemmas=list(lemmas), ents=list(ents),
               sent_starts=[i in _SENT_STARTS for i in range(len(words))])


def by_text(mentions: list[Mention], text: str, nth: int = 0) -> Mention:
    return [m for m in mentions if m.text == text][nth]


def test_names_pronouns_and_descriptions_are_collected(doc: Doc) -> None:
    mentions = collect_mentions(doc, "d1", [])
    kinds = {(m.text, m.kind, m.label) for m in mentions}
    assert ("Kataib Hezbollah", "entity", "ORG") in kinds
    assert ("militia", "description", "CONCEPT") in kinds
    assert ("he", "pronoun", "PRON") in kinds
    assert ("It", "pronoun", "PRON") not in kinds  # "It emerged that ..." refers to nothing
    assert len({m.key for m in mentions}) == len(mentions)


def test_description_and_pronoun_resolve_to_the_compatible_name(doc: Doc) -> None:
    mentions = collect_mentions(doc, "d1", [])
    kh = by_text(mentions, "Kataib Hezbollah")
    assert by_text(mentions, "militia").antecedent == kh.key
    assert by_text(mentions, "it").antecedent == kh.key
    assert by_text(mentions, "he").antecedent == by_text(mentions, "Mustafa Kadhimi").key  # PERSON, not ORG


def test_no_coref_leaves_antecedents_empty(doc: Doc) -> None:
    mentions = collect_mentions(doc, "d1", [], coref=False)
    assert all(m.antecedent is None for m in mentions)


def test_triple_arguments_are_kept_as_given(doc: Doc) -> None:
    subject = Mention("d1", 0, 0, 16, "Kataib Hezbollah", "ORG", "entity", "Hezbollah")
    obj = Mention("d1", 0, 24, 31, "rockets", "CONCEPT", "chunk", "rockets")
    triple = RawTriple(subject, "fire", "fired", obj, 0, "Kataib Hezbollah fired rockets at the base .",
                       0, 44, 0.9, "test")
    mentions = collect_mentions(doc, "d1", [triple])
    assert obj in mentions and subject in mentions


# -- real model ---------------------------------------------------------------------------------

TEXT = (
    "A commander from Kaitab Hezbollah was killed in a drone strike near Baghdad. "
    "The group has been blamed for attacks on US troops.\n\n"
    "Iraq's Popular Mobilisation Forces said the strike was illegal. "
    "US forces in Iraq have been reinforcing their positions."
)


def test_real_model_mentions_and_coref(nlp) -> None:
    doc = nlp(TEXT)
    mentions = collect_mentions(doc, "d1", [])
    texts = {m.text: m for m in mentions}
    assert texts["Kaitab Hezbollah"].label == "ORG"  # the misspelt name is kept whole
    assert texts["group"].antecedent == texts["Kaitab Hezbollah"].key
    assert "Popular Mobilisation Forces" in texts  # the possessor is cut off
    assert texts["their"].antecedent is None  # "US forces ... their": a plural noun, not a name


def test_gazetteer_fixes_militia_types(nlp) -> None:
    doc = nlp("Fighters from Kataib Hezbollah and Asaib Ahl al-Haq attacked the base.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Kataib Hezbollah", "ORG"), ("Asaib Ahl al-Haq", "ORG")}


def test_user_gazetteer_adds_patterns_and_bad_lines_are_named(tmp_path) -> None:
    from newsgraph.extract.gazetteer import GazetteerError, add_gazetteer

    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"label": "ORG", "pattern": "Saraya Awliya al-Dam"}\n', encoding="utf-8")
    nlp = add_gazetteer(spacy.blank("en"), extra)
    assert [(e.text, e.label_) for e in nlp("Rockets fired by saraya awliya al-Dam hit the base.").ents] == [
        ("saraya awliya al-Dam", "ORG")]
    extra.write_text('{"label": "ORG", "pattern": "X"}\n{"label": "ORG"\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"mine.jsonl, line 2: not JSON"):
        add_gazetteer(spacy.blank("en"), extra)
