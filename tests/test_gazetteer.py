"""The gazetteer ruler: case-insensitive names in any case, exact-case names only as written."""

import json

import spacy

from newsgraph.extract.gazetteer import RULER_NAME, add_gazetteer


def _ruled(tmp_path, text):
    extra = tmp_path / "gazetteer.jsonl"
    extra.write_text("\n".join(json.dumps(e) for e in (
        {"label": "ORG", "pattern": "Harbour Watch Brigade", "id": "Harbour Watch Brigade"},
        {"label": "ORG", "pattern": "HWB", "id": "Harbour Watch Brigade", "case": "exact"},
    )) + "\n", encoding="utf-8")
    nlp = add_gazetteer(spacy.blank("en"), extra)
    assert nlp.pipe_names == [RULER_NAME]
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_a_phrase_matches_in_any_case_and_keeps_its_actor_id(tmp_path):
    assert _ruled(tmp_path, "The harbour watch brigade and the HARBOUR WATCH BRIGADE met.") == [
        ("harbour watch brigade", "ORG", "Harbour Watch Brigade"),
        ("HARBOUR WATCH BRIGADE", "ORG", "Harbour Watch Brigade"),
    ]


def test_an_exact_case_name_matches_only_as_written(tmp_path):
    assert _ruled(tmp_path, "HWB denied it; the hwb and Hwb did not.") == [("HWB", "ORG", "Harbour Watch Brigade")]


def test_a_company_joined_by_and_is_one_entity_with_its_company_words():
    nlp = add_gazetteer(spacy.blank("en"))
    ents = [(e.text, e.label_) for e in nlp("Shares of Procter and Gamble Co and Gulf & Western Industries Inc rose "
                                             "as black and decker paint dried.").ents]
    assert ents == [("Procter and Gamble Co", "ORG"), ("Gulf & Western Industries Inc", "ORG")]
