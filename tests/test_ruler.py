"""The attribute ruler's array matching finds exactly its Matcher's matches and sets the same attributes."""

import pickle

import spacy
from spacy.pipeline import AttributeRuler

from newsgraph.extract.pipeline import default_model_name
from newsgraph.extract.ruler import IndexedAttributeRuler, fast_attribute_ruler

# The ruler's special patterns: IN lists, NOT_IN, regular expressions, two-token patterns,
# a dependency label ("There is"), an object pronoun, a space token.
TEXT = ("Y'all ain't gonna believe it: there is nothin' we can do, she told me and you.\n\n"
        "Let's go, c'mon!  We've gotta leave because it is late; I'd have known whether they were "
        "there.  Do not ask them what they did, he said, which was n't true.")


def _before_ruler(nlp, text):
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_matches_are_the_matchers(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler) is IndexedAttributeRuler
    doc = _before_ruler(nlp, TEXT)
    fast, spacy_own = ruler.match(doc), AttributeRuler.match(ruler, doc)
    assert fast == sorted(fast) and set(fast) == set(spacy_own)
    lemmas = {t.text: t.lemma_ for t in nlp(TEXT)}
    assert (lemmas["gon"], lemmas["na"], lemmas["nothin'"]) == ("go", "to", "nothing")  # two-token, regex


def test_annotations_are_spacys_own(nlp):
    plain = spacy.load(default_model_name())
    fields = lambda doc: [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in doc]  # noqa: E731
    assert fields(nlp(TEXT)) == fields(plain(TEXT))
    copy = pickle.loads(pickle.dumps(nlp))  # what a worker process receives
    assert type(copy.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert fields(copy(TEXT)) == fields(plain(TEXT))


def test_a_pattern_it_cannot_test_leaves_the_matcher_in_charge():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"}, index=-1)
    fast_attribute_ruler(nlp)
    doc = nlp.make_doc("a very very good day")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc) != []
    assert nlp("a very very good day")[3].lemma_ == "good"


def test_rules_added_after_loading_are_tested_too():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    fast_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ok"}]], {"LEMMA": "okay"})
    assert nlp("it is ok")[2].lemma_ == "okay"
    ruler.add([[{"LOWER": {"IN": ["fine", "good"]}}, {"IS_PUNCT": True}]], {"LEMMA": "well"})
    doc = nlp.make_doc("fine.")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
