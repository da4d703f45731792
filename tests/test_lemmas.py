"""The lemmatizer's fast index gives exactly spaCy's lemmas, in this process and in a worker's copy."""

import pickle

import spacy

from newsgraph.extract.lemmas import IndexWords, fast_lemma_index
from newsgraph.extract.pipeline import default_model_name

TEXT = ("The ministers were meeting their counterparts while the striking dockworkers blocked two "
        "harbours; the negotiators said the talks had gone better than the unions' leaders feared, "
        "and the happiest of them kept singing louder songs about ferries, geese and lorries.")


def test_lemmas_are_spacys_own(nlp):
    plain = spacy.load(default_model_name())
    assert [t.lemma_ for t in nlp(TEXT)] == [t.lemma_ for t in plain(TEXT)]
    copy = pickle.loads(pickle.dumps(nlp))  # what a worker process receives
    assert [t.lemma_ for t in copy(TEXT)] == [t.lemma_ for t in plain(TEXT)]
    assert {t.lemma_ for t in plain(TEXT)} >= {"meet", "minister", "block", "harbour", "ferry", "happy"}


def test_the_index_is_the_same_list_with_set_lookups():
    words = IndexWords(["goose", "ferry", "harbour"])
    assert words == ["goose", "ferry", "harbour"] and "ferry" in words and "ferries" not in words
    assert pickle.loads(pickle.dumps(words)) == words and "goose" in pickle.loads(pickle.dumps(words))


def test_a_pipeline_without_a_lemmatizer_is_left_as_it_is():
    blank = spacy.blank("en")
    assert fast_lemma_index(blank).pipe_names == []


def test_verb_forms_are_read_by_their_spelling(nlp):
    doc = nlp("The regulator fined the bank, which hoped to keep riding the boom; traders were "
              "hopping mad, and the rebels were routed while the crowd was singing. She hopes it rates well.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert {lemmas.get(w) for w in ("fined", "hoped", "riding")} == {"fine", "hope", "ride"}, lemmas
    assert (lemmas["hopes"], lemmas["rates"]) == ("hope", "rate"), lemmas
    assert (lemmas["hopping"], lemmas["singing"], lemmas["routed"]) == ("hop", "sing", "rout"), lemmas
    copy = pickle.loads(pickle.dumps(nlp))  # what a worker process receives
    assert [t.lemma_ for t in copy(doc.text)] == [t.lemma_ for t in doc]


def test_a_verb_made_of_a_noun_keeps_the_nouns_spelling(nlp):
    """"are deadlocked in Ohio": no list knows the verb, and the first suffix rule wrote
    "deadlocke"; the noun deadlock is known, so it is the lemma (in a worker's copy too);
    "sidelined" stays sideline."""
    text = "Vell and Orr are deadlocked in Kestria, and Orr sidelined the envoy."
    for model in (nlp, pickle.loads(pickle.dumps(nlp))):
        lemmas = {t.text: t.lemma_ for t in model(text)}
        assert (lemmas["deadlocked"], lemmas["sidelined"]) == ("deadlock", "sideline"), lemmas


def test_a_listed_plural_noun_has_its_own_lemma_in_a_workers_copy_too(nlp):
    """ "cut taxes by $2 billion": the relation is cut_tax_by, never "cut_taxis_by"
    (``noun_lemmas`` of clauses.yaml); other nouns keep spaCy's lemmas."""
    text = "The bill cuts taxes and fees."
    copy = pickle.loads(pickle.dumps(nlp))
    for model in (nlp, copy):
        lemmas = {t.text: t.lemma_ for t in model(text)}
        assert lemmas["taxes"] == "tax" and lemmas["fees"] == "fee", lemmas
