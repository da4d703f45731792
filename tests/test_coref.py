"""Mentions and rule-based coreference: hand-built parses for the rules, the real model end to end."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.mentions import collect_mentions
from newsgraph.model import Mention, RawTriple
from tests.extracted import built_names, extract_rows
from tests.handparse import hand_doc

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
    return hand_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents,
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


# -- precision rules, hand-built parses ---------------------------------------------------------
# Each sentence: (word, head index within the sentence, dep, pos, tag, lemma, entity IOB).

def _doc(*sentences: list[tuple]) -> Doc:
    words, heads, deps, pos, tags, lemmas, ents, starts = [], [], [], [], [], [], [], []
    for sent in sentences:
        base = len(words)
        for n, (w, h, d, p, t, lem, e) in enumerate(sent):
            words.append(w)
            heads.append(base + h)
            deps.append(d)
            pos.append(p)
            tags.append(t)
            lemmas.append(lem)
            ents.append(e)
            starts.append(n == 0)
    return hand_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents, sent_starts=starts)


def _name_said(first: str, second: str, label: str) -> list[tuple]:
    """'<first> <second> said .' with a two-word name of type ``label``."""
    return [(first, 1, "compound", "PROPN", "NNP", first, f"B-{label}"),
            (second, 2, "nsubj", "PROPN", "NNP", second, f"I-{label}"),
            ("said", 2, "ROOT", "VERB", "VBD", "say", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O")]


def _the_noun_said(noun: str) -> list[tuple]:
    """'The <noun> said .'"""
    return [("The", 1, "det", "DET", "DT", "the", "O"), (noun, 2, "nsubj", "NOUN", "NN", noun, "O"),
            ("said", 2, "ROOT", "VERB", "VBD", "say", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O")]


def _pronoun_left(pronoun: str, tag: str = "PRP") -> list[tuple]:
    """'<pronoun> left .'"""
    return [(pronoun, 1, "nsubj", "PRON", tag, pronoun.lower(), "O"), ("left", 1, "ROOT", "VERB", "VBD", "leave", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O")]


def _antecedent_text(doc: Doc, mentions: list[Mention], text: str, nth: int = 0) -> str | None:
    m = by_text(mentions, text, nth)
    return doc.char_span(*m.antecedent).text if m.antecedent else None


def test_the_group_never_takes_a_ministry_agency_or_outlet_even_when_nearer() -> None:
    for first, second in (("Interior", "Ministry"), ("Intelligence", "Service"), ("Gulf", "News")):
        doc = _doc(_name_said("Saraya", "Awliya", "ORG"), _name_said(first, second, "ORG"),
                   _the_noun_said("group"))
        mentions = collect_mentions(doc, "d1", [])
        assert _antecedent_text(doc, mentions, "group") == "Saraya Awliya", (first, second)


def test_the_group_never_takes_an_agency_known_by_its_initials() -> None:
    """"The FBI questioned ... The group said": the group is not the bureau."""
    fbi = [("The", 1, "det", "DET", "DT", "the", "O"), ("FBI", 2, "nsubj", "PROPN", "NNP", "FBI", "B-ORG"),
           ("said", 2, "ROOT", "VERB", "VBD", "say", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(_name_said("Kestford", "Alliance", "ORG"), fbi, _the_noun_said("group"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "group") == "Kestford Alliance"


def test_the_group_without_a_fitting_name_stays_unresolved_and_makes_no_entity() -> None:
    from newsgraph.resolve import resolve

    doc = _doc(_name_said("Defence", "Ministry", "ORG"), _the_noun_said("group"))
    mentions = collect_mentions(doc, "d1", [])
    assert by_text(mentions, "group").antecedent is None
    res = resolve(enumerate(mentions), [])
    assert {e.name for e in res.entities} == {"Defence Ministry"}


def test_the_country_takes_a_country_and_the_city_a_city() -> None:
    in_place = [("Rockets", 1, "nsubj", "NOUN", "NNS", "rocket", "O"), ("fell", 1, "ROOT", "VERB", "VBD", "fall", "O"),
                ("in", 1, "prep", "ADP", "IN", "in", "O"), ("Jordan", 2, "pobj", "PROPN", "NNP", "Jordan", "B-GPE"),
                (".", 1, "punct", "PUNCT", ".", ".", "O")]
    city = [("Officials", 3, "nsubj", "NOUN", "NNS", "official", "O"), ("in", 0, "prep", "ADP", "IN", "in", "O"),
            ("Amman", 1, "pobj", "PROPN", "NNP", "Amman", "B-GPE"), ("spoke", 3, "ROOT", "VERB", "VBD", "speak", "O"),
            (".", 3, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(in_place, city, _the_noun_said("country"), _the_noun_said("city"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "country") == "Jordan"
    assert _antecedent_text(doc, mentions, "city") == "Amman"


def test_it_is_not_a_city_in_a_place_phrase() -> None:
    rally = [("Saraya", 1, "compound", "PROPN", "NNP", "Saraya", "B-ORG"),
             ("Awliya", 2, "nsubj", "PROPN", "NNP", "Awliya", "I-ORG"),
             ("rallied", 2, "ROOT", "VERB", "VBD", "rally", "O"),
             ("in", 2, "prep", "ADP", "IN", "in", "O"), ("Basra", 3, "pobj", "PROPN", "NNP", "Basra", "B-GPE"),
             (".", 2, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(rally, _pronoun_left("It"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "It") == "Saraya Awliya"


def test_they_takes_only_a_plural_name() -> None:
    doc = _doc(_name_said("Syrian", "Forces", "ORG"), _name_said("Saraya", "Awliya", "ORG"), _pronoun_left("They"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "They") == "Syrian Forces"  # not the nearer singular name
    doc = _doc(_name_said("Saraya", "Awliya", "ORG"), _pronoun_left("They"))
    assert by_text(collect_mentions(doc, "d1", []), "They").antecedent is None


@pytest.mark.parametrize("sentence", [
    # It was reported that Saraya left .
    [("It", 2, "nsubjpass", "PRON", "PRP", "it", "O"), ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
     ("reported", 2, "ROOT", "VERB", "VBN", "report", "O"), ("that", 5, "mark", "SCONJ", "IN", "that", "O"),
     ("Saraya", 5, "nsubj", "PROPN", "NNP", "Saraya", "B-ORG"), ("left", 2, "ccomp", "VERB", "VBD", "leave", "O"),
     (".", 2, "punct", "PUNCT", ".", ".", "O")],
    # Tehran wants to do it .
    [("Tehran", 1, "nsubj", "PROPN", "NNP", "Tehran", "B-GPE"), ("wants", 1, "ROOT", "VERB", "VBZ", "want", "O"),
     ("to", 3, "aux", "PART", "TO", "to", "O"), ("do", 1, "xcomp", "VERB", "VB", "do", "O"),
     ("it", 3, "dobj", "PRON", "PRP", "it", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")],
    # It is the latest statement .
    [("It", 1, "nsubj", "PRON", "PRP", "it", "O"), ("is", 1, "ROOT", "AUX", "VBZ", "be", "O"),
     ("the", 4, "det", "DET", "DT", "the", "O"), ("latest", 4, "amod", "ADJ", "JJS", "late", "O"),
     ("statement", 1, "attr", "NOUN", "NN", "statement", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")],
])
def test_non_referential_it_is_left_alone(sentence: list[tuple]) -> None:
    doc = _doc(_name_said("Saraya", "Awliya", "ORG"), sentence)
    mentions = collect_mentions(doc, "d1", [])
    assert all(m.antecedent is None for m in mentions if m.text.lower() == "it")


def test_a_comma_relative_clause_keeps_a_description_anaphoric() -> None:
    sent = [("The", 1, "det", "DET", "DT", "the", "O"), ("militia", 6, "nsubj", "NOUN", "NN", "militia", "O"),
            (",", 1, "punct", "PUNCT", ",", ",", "O"), ("which", 4, "nsubj", "PRON", "WDT", "which", "O"),
            ("formed", 1, "relcl", "VERB", "VBD", "form", "O"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
            ("fought", 6, "ROOT", "VERB", "VBD", "fight", "O"), (".", 6, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(_name_said("Saraya", "Awliya", "ORG"), sent)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "militia") == "Saraya Awliya"


# -- precision rules, real model (sentences written for these tests) ----------------------------

def test_real_model_a_preposition_opening_a_paragraph_is_no_part_of_a_name(nlp) -> None:
    doc = nlp("Few permits have been issued, officials said.\n\n"
              "Inside Mardan camp, papers are not such an issue. Ali Haddad works there.")
    names = {m.text for m in collect_mentions(doc, "d1", []) if m.kind == "entity"}
    assert "Mardan" in names
    assert not any(n.startswith("Inside") for n in names)  # the model tags "Inside Mardan" PERSON


def test_real_model_a_preposition_run_into_a_place_is_no_part_of_an_argument(tmp_path) -> None:
    """ "Across Tarrowapu nearly 600 farms were flooded": the model tags "Across Tarrowapu"; the
    farms were flooded across Tarrowapu, and no node is called "Across Tarrowapu"."""
    names = built_names(tmp_path, "Rain fell all week.\n\nAcross Tarrowapu nearly 600 farms were flooded and "
                                  "dozens of bridges have collapsed.")
    assert "Tarrowapu" in names
    assert not any(n.startswith("Across") for n in names)


def test_real_model_the_group_skips_a_government_body(nlp) -> None:
    doc = nlp("Kataib Sayyid al-Shuhada fired rockets at an airbase near Mosul on Monday. "
              "The Iraqi Defence Ministry said two soldiers were wounded. "
              "The group said the attack was a warning.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "group") == "Kataib Sayyid al-Shuhada"
    doc = nlp("Saraya Awliya al-Dam fired rockets at an airbase near Mosul on Monday. "
              "The Iraqi Defence Ministry said two soldiers were wounded. "
              "The group said the attack was a warning.")  # the model calls the militia a FAC
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "group") is None  # not the ministry


def test_real_model_salience_beats_a_nearer_relative_clause_subject(nlp) -> None:
    doc = nlp("Harakat al-Nujaba has fought in Syria since 2013. "
              "Founded by Akram al-Kaabi, whom Washington sanctioned in 2019, it answers to Tehran.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "it") in ("Harakat al-Nujaba", "Nujaba")  # not Washington


def test_real_model_a_phrase_that_describes_the_pronoun_holds_no_antecedent(nlp) -> None:
    """ "One of five lenders demanding that Chile cut spending, it ...": the opening phrase
    describes "it"; Chile, inside it, is what it acts on, and "it" is the country of the
    sentence before."""
    doc = nlp("Norway has walked a fine line on Chile for years. One of five lenders demanding that "
              "Chile cut spending, it has criticised the budget.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "it") == "Norway"


def test_real_model_he_after_a_man_and_a_person_of_unknown_sex_stays_unresolved(nlp) -> None:
    """ "Tom Vell came on. Orlen sent up Taro Sekine. Dan Osk struck him out": "him" may be
    either man (a name without a known first name is most often a man's), so no guess; a lone
    man named before still takes it."""
    doc = nlp("Tom Vell came on in the eighth for Brezna. Orlen sent up Taro Sekine, a left-handed batter. "
              "Dan Osk struck him out.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "him") is None
    doc = nlp("Tom Vell came on in the eighth for Brezna. Dan Osk struck him out.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "him") == "Tom Vell"


def test_real_model_a_loose_it_stays_unresolved(nlp) -> None:
    """A subject "it" in a quotation, or one whose nearest fit is no subject, mostly means a
    thing no name was given: no fact on Orlen. "Orlen Corp said it ..." and a subject of the
    sentence before still resolve."""
    loose = ["Orlen Corp reported a loss on Monday. \"I don't think it fits the market,\" Tom Vell said.",
             "Tom Vell praised Orlen Corp on Monday. It makes more sense now, he added."]
    for text in loose:
        doc = nlp(text)
        assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "it" if "it fits" in text else "It") is None
    doc = nlp("Orlen Corp said on Monday that it lost money. It has a debt of two billion dollars.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "it") == _antecedent_text(doc, mentions, "It") == "Orlen Corp"


def test_real_model_country_and_pleonastic_it(nlp) -> None:
    doc = nlp("A drone hit a fuel depot in Erbil, the Kurdish regional capital in Iraq. "
              "Security sources in the country said nobody was hurt. "
              "It was reported that the depot burned for hours.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "country") == "Iraq"
    assert all(m.antecedent is None for m in mentions if m.text == "It")


def test_real_model_unresolved_pronouns_become_no_entities(nlp) -> None:
    from newsgraph.resolve import resolve

    doc = nlp("Protesters blocked the main road for hours. They said we must act before it is too late.")
    res = resolve(enumerate(collect_mentions(doc, "d1", [])), [])
    assert not {e.type for e in res.entities} & {"PRON"}
    assert not {e.name.lower() for e in res.entities} & {"they", "we", "it"}


def test_real_model_a_headline_outside_the_text_names_the_topic(nlp) -> None:
    doc = nlp("Backed by Tehran for a decade, the group has fought in Syria and Iraq. "
              "Kataib Sayyid al-Shuhada denied any role in the latest attack.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "group") is None
    mentions = collect_mentions(doc, "d1", [], title="Kataib Sayyid al-Shuhada vows revenge for strike")
    assert _antecedent_text(doc, mentions, "group") == "Kataib Sayyid al-Shuhada"


def test_a_speakers_pronoun_is_the_speaker_or_nobody() -> None:
    said_it = [("Equinor", 1, "nsubj", "PROPN", "NNP", "Equinor", "O"), ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
               ("it", 3, "nsubj", "PRON", "PRP", "it", "O"), ("left", 1, "ccomp", "VERB", "VBD", "leave", "O"),
               (".", 1, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(_name_said("Coast", "Guard", "ORG"), said_it)
    assert by_text(collect_mentions(doc, "d1", []), "it").antecedent is None  # Equinor: no name we know
    said_it[0] = ("Equinor", 1, "nsubj", "PROPN", "NNP", "Equinor", "B-ORG")
    doc = _doc(_name_said("Saraya", "Awliya", "ORG"), said_it)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "it") == "Equinor"  # not the likelier subject


def test_a_pronoun_never_binds_to_its_co_argument_by_another_name() -> None:
    told = [("Starmer", 1, "nsubj", "PROPN", "NNP", "Starmer", "B-PERSON"),
            ("told", 1, "ROOT", "VERB", "VBD", "tell", "O"),
            ("him", 1, "dobj", "PRON", "PRP", "he", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    spoke = [("Keir", 1, "compound", "PROPN", "NNP", "Keir", "B-PERSON"),
             ("Starmer", 2, "nsubj", "PROPN", "NNP", "Starmer", "I-PERSON"),
             ("called", 2, "ROOT", "VERB", "VBD", "call", "O"),
             ("Ali", 4, "compound", "PROPN", "NNP", "Ali", "B-PERSON"),
             ("Hassan", 2, "dobj", "PROPN", "NNP", "Hassan", "I-PERSON"),
             (".", 2, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(spoke, told)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "him") == "Ali Hassan"


def test_a_pronoun_is_no_co_argument_named_after_it_or_through_a_preposition() -> None:
    spoke = [("Keir", 1, "compound", "PROPN", "NNP", "Keir", "B-PERSON"),
             ("Starmer", 2, "nsubj", "PROPN", "NNP", "Starmer", "I-PERSON"),
             ("spoke", 2, "ROOT", "VERB", "VBD", "speak", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    told = [("He", 1, "nsubj", "PRON", "PRP", "he", "O"), ("told", 1, "ROOT", "VERB", "VBD", "tell", "O"),
            ("Starmer", 1, "dobj", "PROPN", "NNP", "Starmer", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(spoke, told)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "He") is None  # "He told Starmer": not Starmer
    lashed = [("Starmer", 1, "nsubj", "PROPN", "NNP", "Starmer", "B-PERSON"),
              ("lashed", 1, "ROOT", "VERB", "VBD", "lash", "O"), ("out", 1, "prt", "ADP", "RP", "out", "O"),
              ("at", 1, "prep", "ADP", "IN", "at", "O"), ("him", 3, "pobj", "PRON", "PRP", "he", "O"),
              (".", 1, "punct", "PUNCT", ".", ".", "O")]
    called = [("Keir", 1, "compound", "PROPN", "NNP", "Keir", "B-PERSON"),
              ("Starmer", 2, "nsubj", "PROPN", "NNP", "Starmer", "I-PERSON"),
              ("called", 2, "ROOT", "VERB", "VBD", "call", "O"),
              ("Ali", 4, "compound", "PROPN", "NNP", "Ali", "B-PERSON"),
              ("Hassan", 2, "dobj", "PROPN", "NNP", "Hassan", "I-PERSON"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(called, lashed)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "him") == "Ali Hassan"


def test_a_first_name_says_which_pronouns_fit(nlp) -> None:
    for first, fits in (("Harold", False), ("Margaret", True)):
        doc = nlp(f"{first} Vennet visited the clinic in Brezna on Monday. She thanked the nurses for their work.")
        mentions = collect_mentions(doc, "d1", [])
        she = next(m for m in mentions if m.text == "She")
        person = next(m for m in mentions if m.text.endswith("Vennet"))
        assert (she.antecedent == person.key) is fits, first  # a Harold is no "she"


def test_real_model_the_company_is_never_a_militia_and_looks_further_back(nlp) -> None:
    doc = nlp("Halvern Mining Ltd. said on Monday that it had closed its copper mine in Doss. "
              "The mine employs 900 people. Police said the road to the mine was blocked. "
              "Fighters of the Eastern Liberation Front set fire to two trucks. "
              "The Front said it would attack again. Nobody was hurt, officials said. "
              "The army sent two battalions to the province. "
              "Mayor Ines Vary said the company would pay the drivers.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "company") == "Halvern Mining Ltd."


def test_real_model_the_militia_finds_the_front_beyond_the_window(nlp) -> None:
    doc = nlp("Fighters of the Eastern Liberation Front attacked a copper mine in Doss on Monday. "
              "Halvern Mining Ltd. said it had closed the mine. "
              "Police said the road was blocked. Two drivers were wounded. "
              "The army sent two battalions to the province. Prices of copper rose. "
              "The militia claimed the attack in a message to a radio station.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "militia") in ("Eastern Liberation Front", "the Eastern Liberation Front")


def test_real_model_a_name_after_the_town_of_is_a_place(nlp) -> None:
    from newsgraph.extract.mentions import retype_places

    doc = nlp("Fighting spread to the province of Orlen and the city of Basra on Friday.")
    retype_places(doc)
    assert {e.text: e.label_ for e in doc.ents}.get("Orlen") == "GPE"
    doc = nlp("The Bank of England raised rates.")
    retype_places(doc)
    assert [e.label_ for e in doc.ents] == ["ORG"]


def test_real_model_a_possessive_takes_its_own_clauses_subject(nlp) -> None:
    doc = nlp("The Eastern Liberation Front burned two trucks near Doss on Monday. "
              "The United States said it would back talks if the militia first stopped its attacks.")
    mentions = collect_mentions(doc, "d1", [])
    its = next(m for m in mentions if m.text == "its")
    ante = next(m for m in mentions if (m.start_char, m.end_char) == its.antecedent)
    assert ante.text == "militia" or "Front" in ante.text  # not the United States


def test_real_model_what_only_a_country_owns_goes_to_a_country(nlp) -> None:
    doc = nlp("The Eastern Liberation Front attacked a convoy on Monday. The Front said it would "
              "attack again. Dario Vukan has led the militia since 2019. Kestria denied sheltering "
              "the group. Its foreign ministry said the border was closed.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "Its") == "Kestria"


def test_real_model_an_unnamed_persons_own_possessive_stays_unresolved(nlp) -> None:
    doc = nlp("Interior Minister Oskar Wen said the offer was final. A spokesman for the Front, "
              "who gave his name as Teodor Brask, said the group would never surrender.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "his") is None  # not Oskar Wen


def test_real_model_a_title_goes_to_the_person_named_with_it(nlp) -> None:
    doc = nlp("Prime Minister Ana Rell met the envoy on Monday. Opposition leader Vera Kost "
              "accused Rell of weakness. Kost said talks would reward violence and urged the prime "
              "minister to reject them.")
    assert "Ana Rell" in (_antecedent_text(doc, collect_mentions(doc, "d1", []), "prime minister") or "")


def test_real_model_a_description_with_a_name_in_apposition_is_that_name(nlp) -> None:
    doc = nlp("Police arrested a rebel leader near Doss on Friday. The commander, Ilja Marek, "
              "was flown to the capital.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "commander") == "Ilja Marek"


def test_a_title_that_says_the_sex_keeps_the_other_pronouns_off(nlp) -> None:
    for pronoun, fits in (("She", False), ("He", True)):
        doc = nlp("Prince Aldo Vennet visited the clinic in Brezna on Monday. "
                  f"{pronoun} thanked the nurses for their work.")
        mentions = collect_mentions(doc, "d1", [])
        anaphor = next(m for m in mentions if m.text == pronoun)
        prince = next(m for m in mentions if m.text.endswith("Aldo Vennet"))
        assert (anaphor.antecedent == prince.key) is fits, pronoun  # a prince is no "she"


def test_the_foundation_and_the_government_find_their_name(nlp) -> None:
    doc = nlp("Ana Vell set up the Vell Family Foundation in 2001. The foundation funds three schools. "
              "Peru suspended payments on its debt. The government said talks would resume.")
    mentions = collect_mentions(doc, "d1", [])
    foundation = next(m for m in mentions if m.text == "foundation" or m.text.lower() == "the foundation")
    government = next(m for m in mentions if m.text.lower() in ("government", "the government"))
    names = {m.key: m.text for m in mentions}
    assert "Foundation" in names.get(foundation.antecedent, "")
    assert names.get(government.antecedent) == "Peru"


def test_real_model_a_described_institutions_field_must_be_in_its_name(nlp) -> None:
    """ "the agriculture committee" is not the Senate Budget Committee named before it; a bare
    "the committee" still is."""
    doc = nlp("Tom Kerr chairs the Senate Budget Committee. On Monday the agriculture committee "
              "approved the farm bill. The committee rejected the plan.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "agriculture committee") is None
    bare = next(m for m in mentions if m.text.lower() in ("committee", "the committee") and m.sent_index == 2)
    assert bare.antecedent is not None


@pytest.mark.parametrize("text", [
    "Tom Kerr is being investigated by a grand jury in Newark. The government may seize his assets.",
    "Hanna Berg moved to Kestford last year. The government said talks would resume.",
])
def test_real_model_the_government_is_no_city(nlp, text) -> None:
    """ "the government" is a country's: after only a city named, it has no antecedent (a
    federal seizure put on Newark)."""
    doc = nlp(text)
    government = next(m for m in collect_mentions(doc, "d1", []) if m.text.lower().endswith("government"))
    assert government.antecedent is None, doc.char_span(*government.antecedent)


def _description_target(nlp, text: str, head: str) -> str | None:
    """What the description with ``head`` refers to, as the pipeline sees it (its entity
    repairs run first)."""
    from newsgraph.extract.mentions import fix_entities

    doc = nlp(text)
    fix_entities(doc)
    mentions = collect_mentions(doc, "d1", [])
    description = next(m for m in mentions if m.kind == "description" and m.head.lower() == head)
    return doc.char_span(*description.antecedent).text if description.antecedent else None


def test_real_model_that_country_is_the_place_just_named(nlp) -> None:
    """ "that mountainous country" points back to the place just named (here by its demonym),
    not to the country the article names most."""
    text = ("The United States sent troops. The United States paid for the war. America spends a lot. "
            "Troops flew into the Malian desert to fight in Mali in 2001. Nine years later, "
            "soldiers still patrol that mountainous country.")
    assert _description_target(nlp, text, "country") == "Mali"


def test_real_model_the_country_is_the_one_the_article_is_about_not_the_nearest(nlp) -> None:
    text = ("U.S. voters go to the polls on Tuesday. Diplomats in Brazil and Chile are watching the race. "
            "Most Americans say jobs matter most. Lena Hart, the country's first female president, wants a "
            "second term. The United States rarely re-elects a president in a bad economy.")
    assert _description_target(nlp, text, "country") in ("U.S.", "United States")
    text = ("Sweden mourned on Sunday. Swedish police said the attack was over. Thousands of Swedish mourners "
            "gathered in Stockholm. King Harald, who returned to Stockholm after cutting short a visit to "
            "Brazil, addressed the nation on Sunday.")
    assert _description_target(nlp, text, "nation") == "Sweden"  # not Brazil, in his relative clause
    text = ("Andino Cementos, a Peruvian company, said on Monday that its sales rose. Peru's economy grew "
            "4 percent last year. Peruvian exporters welcomed the figures. Andino Cementos signed a supply "
            "deal with a firm in Mexico. The government said it would cut taxes.")
    assert _description_target(nlp, text, "government") == "Peru"


def test_real_model_the_country_of_a_person_is_the_one_his_title_states(nlp) -> None:
    text = ("U.S. President Lena Hart met Chilean leaders in Santiago. Chile wants a trade deal. "
            "Hart, the country's first female president, said talks would go on.")
    assert _description_target(nlp, text, "country") == "U.S."


def test_real_model_the_country_stays_unresolved_when_two_compete(nlp) -> None:
    text = "Peru and Chile signed a trade pact on Monday. The country's mining exports rose."
    assert _description_target(nlp, text, "country") is None
    text = ("Voters in the United States back the pact. The Israeli cabinet and Palestinian leaders met "
            "on Tuesday, while the Jewish state's premier cheered the move. Israel denied it.")
    assert _description_target(nlp, text, "state") is None  # not the United States named before


def test_an_object_it_is_a_thing_not_an_actor(nlp) -> None:
    doc = nlp("Brezna Steel sold its Valdor unit on Monday. Analysts praised it.")
    mentions = collect_mentions(doc, "d1", [])
    its = next(m for m in mentions if m.text == "its")
    it = next(m for m in mentions if m.text == "it")
    assert its.antecedent is not None  # "its Valdor unit": the company's
    assert it.antecedent is None  # "praised it": the sale, never the company


def test_the_party_is_a_name_that_says_party(nlp) -> None:
    doc = nlp("The Blue Hawks Caucus met the Tessaly Labour Party on Monday. The party said talks would resume.")
    mentions = collect_mentions(doc, "d1", [])
    party = next(m for m in mentions if m.text.lower() in ("party", "the party"))
    names = {m.key: m.text for m in mentions}
    assert "Caucus" not in names.get(party.antecedent, "")  # a caucus is no party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill or a plan nearer than the company: "it" may mean the thing, so no guess
        ("Marlow Bank lobbied hard against the housing bill. It passed the senate on Friday by three votes.", None),
        ("Trenholm Energy unveiled a plan to close two plants. It would cut 400 jobs by 2027.", None),
        # what only an actor does, or owns, keeps the company
        ("Marlow Bank lobbied hard against the housing bill. It said the vote was a mistake.", "Marlow Bank"),
        ("Trenholm Energy unveiled a plan to close two plants. Its chief executive defended the decision.",
         "Trenholm Energy"),
        ("Corvane Resources reported higher profit. It expects sales to grow next year.", "Corvane Resources"),
    ],
)
def test_real_model_it_after_a_bill_or_a_plan_is_not_put_on_the_company(nlp, text: str, expected) -> None:
    doc = nlp(text)
    mentions = collect_mentions(doc, "d1", [])
    pronoun = next(m for m in mentions if m.kind == "pronoun")
    assert _antecedent_text(doc, mentions, pronoun.text) == expected


def test_when_it_comes_to_is_an_idiom_not_a_reference(nlp) -> None:
    doc = nlp("Vell Records signed the band. When it comes to money, the singer is careful. "
              "It boils down to trust.")
    mentions = collect_mentions(doc, "d1", [])
    assert not [m for m in mentions if m.kind == "pronoun" and m.antecedent is not None]


def test_the_prime_minister_is_the_one_the_article_follows_not_one_titled_later(nlp) -> None:
    doc = nlp("Israeli Prime Minister Benjamin Vesko won the election on Tuesday. In 1991, when Prime "
              "Minister David Levin opposed the talks, President George Hart held back loans. Levin gave "
              "in. But this time, Vesko was not hurt by the conflict. It did not hurt the way it did with "
              "Levin. Vesko warned against a bad deal. If a deal is reached, Vesko is likely to work with "
              "Republicans. The prime minister has made clear that he will fight the deal, an analyst said.")
    mentions = collect_mentions(doc, "d1", [])
    assert "Vesko" in (_antecedent_text(doc, mentions, "prime minister") or "")


def test_a_pronoun_in_a_fronted_phrase_points_ahead_to_the_subject(nlp) -> None:
    doc = nlp("Ana Vell arrived in Brezna. Before his address on Saturday, Tom Okafor met the cabinet.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "his") == "Tom Okafor"
    doc = nlp("Ana Vell arrived in Brezna. After meeting him, Tom Okafor left.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "him") != "Tom Okafor"


def test_who_said_he_is_the_name_the_relative_clause_describes(nlp) -> None:
    doc = nlp("President Ilan Vesko apologized on Saturday. Vesko said he would not resign. Vesko bowed "
              "deeply. Before his address, Vesko had made no appearances. Since then, he has accepted the "
              "resignation of his defense minister Tom Okafor, who said he took full responsibility.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "he", nth=2) == "Tom Okafor"


def test_a_bare_surname_is_the_person_the_article_names_most_not_the_last_named(nlp) -> None:
    doc = nlp("Rep. Tom Okafor will retire. Okafor has served since 2013. Okafor won four terms. "
              "His wife, Ana Okafor, runs a bakery. In announcing his retirement, Okafor said he was tired.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "he") == "Okafor"


def test_a_speakers_he_is_not_a_name_inside_what_he_reports(nlp) -> None:
    doc = nlp("President Joe Biden condemned the visit. Biden called it a stunt. Biden said the jail was a "
              "disgrace. \"It is as good as a jail can be,\" said Rep. Ana Vell, a former public defender. "
              "Rep. Tom Okafor of Tessaly noted the way the visitors treated the defendants as celebrities. "
              "As they left, the defendants chanted a phrase against Biden, he said in a tweet.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "he") == "Tom Okafor"
    doc = nlp("Committee Chairman Tom Okafor, asked by reporters if a ban was inevitable, responded "
              "\"yes;\" he also said that the assurances of the company were weak.")
    assert "Tom Okafor" in (_antecedent_text(doc, collect_mentions(doc, "d1", []), "he") or "")


def _sex_of(words: list[str], heads: list[int], deps: list[str], name_at: int) -> str:
    """The sex the nouns around the name whose head token is ``name_at`` give, on a hand parse."""
    from newsgraph.extract.coref import _noun_sex, coref_tables

    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if w in ",." else "AUX" if w == "is" else "NOUN"
           for w in words]
    doc = hand_doc(words, heads, deps, pos=pos, lemmas=["be" if w == "is" else w.lower() for w in words])
    return _noun_sex(doc[name_at], coref_tables().sex_nouns)


def test_nouns_written_with_a_name_give_the_persons_sex() -> None:
    # "his wife , Ebele Sefa": the name is in apposition to "wife"
    assert _sex_of(["his", "wife", ",", "Ebele", "Sefa", "left"], [1, 5, 1, 4, 1, 5],
                   ["poss", "nsubj", "punct", "compound", "appos", "ROOT"], 4) == "female"
    # "Tavi Oru , her husband , left": a noun in apposition to the name
    assert _sex_of(["Tavi", "Oru", ",", "her", "husband", ",", "left"], [1, 6, 1, 4, 1, 1, 6],
                   ["compound", "nsubj", "punct", "poss", "appos", "punct", "ROOT"], 1) == "male"
    # "Actress Ebele Sefa left": a title noun before the name
    assert _sex_of(["Actress", "Ebele", "Sefa", "left"], [2, 2, 3, 3],
                   ["compound", "compound", "nsubj", "ROOT"], 2) == "female"
    # "Ebele Sefa is the mother": a predicate noun
    assert _sex_of(["Ebele", "Sefa", "is", "the", "mother"], [1, 2, 2, 4, 2],
                   ["compound", "nsubj", "ROOT", "det", "attr"], 1) == "female"
    # "the wife of Tavi Oru left": the wife is someone else; "Tavi Oru 's wife": so is she
    assert _sex_of(["the", "wife", "of", "Tavi", "Oru", "left"], [1, 5, 1, 4, 2, 5],
                   ["det", "nsubj", "prep", "compound", "pobj", "ROOT"], 4) == ""
    assert _sex_of(["Tavi", "Oru", "'s", "wife", "left"], [1, 3, 1, 4, 4],
                   ["compound", "poss", "case", "nsubj", "ROOT"], 1) == ""
    # "Actress Tavi Oru , a husband , left": nouns of both sexes (a misparse) give none
    assert _sex_of(["Actress", "Tavi", "Oru", ",", "husband", ",", "left"], [2, 2, 6, 2, 2, 2, 6],
                   ["compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT"], 2) == ""


def test_real_model_she_goes_to_the_wife_named_in_apposition_not_her_husband(nlp) -> None:
    doc = nlp("Tavi Brannoc and his wife, Ebele Sefa, a couple from Lanford, split their vote. "
              "He went for Kessa Oru. She backed the other candidate.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "He") == "Tavi Brannoc"
    assert _antecedent_text(doc, mentions, "She") == "Ebele Sefa"  # no first name says so


def test_real_model_a_title_or_predicate_noun_keeps_the_other_pronoun_off(nlp) -> None:
    for text in ("Actress Ebele Sefa met Kessa Oru at the festival. He said the film would open in May.",
                 "Ebele Sefa, the company's spokeswoman, met Kessa Oru at the office. He said the deal was off."):
        doc = nlp(text)
        assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "He") == "Kessa Oru", text
    doc = nlp("Ebele Sefa is the mother of Kessa Oru. On Monday the police questioned Oru. "
              "She said he was at home.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "She") == "Ebele Sefa"


def test_real_model_a_person_referred_to_as_he_is_not_a_later_she(nlp) -> None:
    doc = nlp("Kessa Oru visited a school on Monday and thanked the workers who met him. His speech was "
              "short, and his aides left early. Ebele Sefa arrived later. Oru waited. She said nothing.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "She") == "Ebele Sefa"


def test_real_model_a_name_in_a_quote_is_not_its_speaker(nlp) -> None:
    """'"Tavi Brannoc ... must go," he shouted': the man quoted is not the one shouting."""
    doc = nlp('Kessa Oru spoke to the crowd on Monday. "Tavi Brannoc is a liar and must go," he shouted.')
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "he") == "Kessa Oru"


def test_real_model_he_after_two_men_who_fit_as_well_is_no_guess(nlp) -> None:
    """A fact on the wrong person costs more than a fact missed: "He" after a sentence that
    names two men, each as likely, is left unresolved; after one man, it is his."""
    doc = nlp("Tavi Brannoc told reporters that Kessa Oru had signed the deal. He will travel to Lanford.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "He") is None
    doc = nlp("Tavi Brannoc told reporters on Monday that the deal was signed. He will travel to Lanford.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "He") == "Tavi Brannoc"


def test_real_model_a_known_sex_does_not_beat_a_much_more_salient_speaker(nlp) -> None:
    doc = nlp("Noor Quill, who represents Tavi Oru, said his client had refused a plea deal. Quill said Oru "
              "is a father of three. \"We hoped for more,\" Quill said. Some guards break the rules, he said.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "he") == "Quill"  # not Oru, the father


def test_real_model_a_predicate_noun_is_no_description_to_resolve(nlp) -> None:
    """ "If Tom Wen remains the president": what he is, not a president named before."""
    doc = nlp("Ana Ruiz, the president, spoke first. If Tom Wen remains the president, the session will go on.")
    mentions = collect_mentions(doc, "d1", [])
    later = [m for m in mentions if m.text.lower().endswith("president") and m.sent_index == 1]
    assert all(not m.antecedent for m in later), later


def test_real_model_the_country_is_the_one_its_sentence_names_not_its_clause_subject(nlp) -> None:
    doc = nlp("Roughly 9,000 Russian troops remain in Georgia, 15 years after Moscow invaded the country.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "country") == "Georgia"


def test_real_model_i_in_a_quotation_is_its_speaker_and_nobody_else(nlp) -> None:
    doc = nlp('"I will sue Acme," said Tom Wen, the founder of Globex.')
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "I") == "Tom Wen"
    doc = nlp("I think the market will fall, the analyst wrote.")  # no quotation: nobody
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "I") is None


def test_real_model_it_after_a_speaker_typed_a_person_is_nobody_nearer(nlp) -> None:
    """ "Vance Siegler said it plans ...": the company the model typed a person, or nobody;
    never the unit named before it."""
    doc = nlp("Vance Siegler Holding Corp plans to divest its Aerospace Group. "
              "Vance Siegler said it plans to retain Kelso Services Corp.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "it") in (None, "Vance Siegler")


def test_real_model_one_person_is_not_she_and_his_in_one_sentence(nlp) -> None:
    """A first name some locale gives either sex ("Joan"): once "she" is Joan Vell, the "his"
    of the same sentence is the son named before, not her."""
    doc = nlp("Police arrested Nicolai Vell, 40, on Monday. His lawyer declined to comment. "
              "\"My God,\" Joan Vell said when she learned of his arrest.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "she") == "Joan Vell"
    assert _antecedent_text(doc, mentions, "his") == "Nicolai Vell"


def _halvard_doc() -> Doc:
    # Halvard fired Ono . Halvard employees waited . Halvard Trust paid . the halvard rose .
    rows = [("Halvard", 1, "nsubj", "PROPN", "B-ORG"), ("fired", 1, "ROOT", "VERB", "O"),
            ("Ono", 1, "dobj", "PROPN", "B-PERSON"), (".", 1, "punct", "PUNCT", "O"),
            ("Halvard", 5, "compound", "PROPN", "O"), ("employees", 6, "nsubj", "NOUN", "O"),
            ("waited", 6, "ROOT", "VERB", "O"), (".", 6, "punct", "PUNCT", "O"),
            ("Halvard", 9, "compound", "PROPN", "O"), ("Trust", 10, "nsubj", "PROPN", "O"),
            ("paid", 10, "ROOT", "VERB", "O"), (".", 10, "punct", "PUNCT", "O"),
            ("Ono", 13, "nsubj", "PROPN", "O"), ("rose", 13, "ROOT", "VERB", "O"),
            (".", 13, "punct", "PUNCT", "O")]
    return _rows_doc(rows, (0, 4, 8, 12))


def _rows_doc(rows: list[tuple[str, int, str, str, str]], starts: tuple[int, ...]) -> Doc:
    """A hand parse from (word, head, dep, POS, entity IOB) rows and the sentence starts."""
    words, heads, deps, pos, ents = zip(*rows, strict=True)
    return hand_doc(words, heads, deps, pos=pos, ents=ents, sent_starts=[i in starts for i in range(len(words))])


def test_a_name_tagged_once_is_tagged_where_the_article_writes_it_again() -> None:
    """ "Halvard employees waited": the company the article named, not a bare word; "Halvard
    Trust" is another name and stays untouched."""
    from newsgraph.extract.mentions import tag_repeated_names

    doc = _halvard_doc()
    tag_repeated_names(doc)
    assert [(e.start, e.text, e.label_) for e in doc.ents] == [
        (0, "Halvard", "ORG"), (2, "Ono", "PERSON"), (4, "Halvard", "ORG"), (12, "Ono", "PERSON")]


def test_two_repeated_names_that_overlap_tag_the_first_and_the_article_still_parses() -> None:
    """ "the Lisk - Vell probe": "Lisk - Vell" and "Vell" were both tagged before; the model
    raised on two overlapping entities and the whole article was lost."""
    from newsgraph.extract.mentions import tag_repeated_names

    rows = [("Lisk", 2, "compound", "PROPN", "B-PERSON"), ("-", 2, "punct", "PUNCT", "I-PERSON"),
            ("Vell", 3, "nsubj", "PROPN", "I-PERSON"), ("met", 3, "ROOT", "VERB", "O"),
            ("Vell", 3, "dobj", "PROPN", "B-PERSON"), (".", 3, "punct", "PUNCT", "O"),
            ("The", 10, "det", "DET", "O"), ("Lisk", 9, "compound", "PROPN", "O"),
            ("-", 9, "punct", "PUNCT", "O"), ("Vell", 10, "compound", "PROPN", "O"),
            ("probe", 11, "nsubj", "NOUN", "O"), ("ended", 11, "ROOT", "VERB", "O"),
            (".", 11, "punct", "PUNCT", "O")]
    doc = _rows_doc(rows, (0, 6))
    tag_repeated_names(doc)
    assert [(e.start, e.text) for e in doc.ents] == [(0, "Lisk - Vell"), (4, "Vell"), (7, "Lisk - Vell")]


def test_real_model_he_after_an_unnamed_person_is_left_unresolved(nlp) -> None:
    """ "the suicide bomber ... He appeared to be a foreigner": he may be the bomber, not the
    leader who spoke; "her son ... He met": not his mother. An object noun does not hold a
    subject "she" back ("met the judge. She praised Varo" is Ana Bel)."""
    doc = nlp("Ali Karimi, the leader of the Tarsi, said the suicide bomber had stood at the front of the hall. "
              "He appeared to be a foreigner, Karimi added. "
              "Joan Vell said her son worked at Varo Corp. He met Tom Rye in Paris. "
              "President Ana Bel met the judge. She praised Varo.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "He") is None
    assert _antecedent_text(doc, mentions, "He", 1) is None
    assert _antecedent_text(doc, mentions, "She") == "Ana Bel"


def test_real_model_it_after_an_unnamed_carrier_is_not_the_bank_named_before(nlp) -> None:
    """ "Tess Bank ... cautioned the carrier that it will not fly": it is the carrier; with a
    body the article does not name nearer than the bank (``unnamed_orgs``), no guess."""
    doc = nlp("Tess Bank, the lead bank to ailing Vell Airlines, on Tuesday cautioned the carrier that it "
              "will not fly if it fails to bring in fresh capital.")
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "it") != "Tess Bank"
    assert _antecedent_text(doc, mentions, "it", 1) != "Tess Bank"


def _doc_rows(tmp_path, text: str) -> list[dict]:
    """The records of `newsgraph extract` on ``text`` as one article."""
    return extract_rows(tmp_path, text, sentences=False)


def test_real_model_a_pronoun_after_when_is_the_one_person_of_its_main_clause(tmp_path):
    """ "The Hawks lost winger Dan Keller, Moss's linemate, for six weeks when he dislocated his
    shoulder": Keller, not the goalie quoted before, however often the article names him."""
    rows = _doc_rows(tmp_path, "Goalie Rick Dalton made 30 saves. Dalton praised the defence. "
                               "Dalton said the team played well. "
                               '"They got a clean hit, and it charges your bench," Dalton said.\n\n'
                               "The Hawks lost all-star winger Dan Keller, Moss's linemate, for six weeks "
                               "on Saturday when he dislocated his right shoulder.\n")
    hurt = [r for r in rows if r["predicate"] == "dislocate"]
    assert hurt and all(r["subject"] == "Dan Keller" for r in hurt), hurt


def test_real_model_it_after_when_is_the_named_subject_of_its_main_clause(tmp_path):
    """ "..., while Chile raised its output when it returned to the Andean Pact": Chile
    returned, not the country of the clause before."""
    rows = _doc_rows(tmp_path, "Norway, a large exporter, signed the accord in 2019 and plans to sell more gas next "
                               "year, while Chile raised its copper output sharply when it returned to the Andean Pact "
                               "in March.\n")
    back = [r for r in rows if r["predicate"].startswith("return")]
    assert back and all(r["subject"] == "Chile" for r in back), back


def test_real_model_a_description_of_another_country_is_not_the_titled_person(tmp_path):
    """ "the Qatari minister" is not "Kuwaiti oil minister Ali Hamad"."""
    rows = _doc_rows(tmp_path, "According to Kuwaiti oil minister Sheikh Ali Hamad, output will rise. "
                               "Omani oil minister Said Nasser met the Qatari minister on Monday.\n")
    assert not any(r["object"] == "Ali Hamad" and r["subject"] == "Said Nasser" for r in rows), rows


def test_real_model_a_first_name_sharing_a_surname_is_not_another_person_of_that_first_name(tmp_path):
    """ "Daniel and Henrik Sedin" names Daniel Sedin: its "Daniel" never joins Daniel Alfredsson."""
    names = built_names(tmp_path, "Daniel Alfredsson scored twice for Ottawa on Tuesday night. In Vancouver, Daniel "
                              "and Henrik Sedin each had two assists, and Daniel Alfredsson praised them.\n")
    assert "Daniel" not in names.get("Daniel Alfredsson", set()), names


def test_real_model_a_team_run_into_a_name_is_not_part_of_the_person(tmp_path):
    """A headline glued to the lead ("... double up Hawks Rick Nolan registered ...") runs the
    team into the player's name: the player is Rick Nolan, and "the Hawks" stay the team."""
    rows = _doc_rows(tmp_path, "Nolan a smash as Jackets double up Hawks Rick Nolan registered his second "
                               "hat trick to help the Jackets double up the struggling Hawks, 4-2.\n\n"
                               "Tom Vell drew the Hawks even in the second period. Nolan gave the Jackets "
                               "a 2-1 lead.\n")
    assert not any("Hawks Rick" in (r["subject"] + r["object"]) for r in rows), rows
    assert any(r["subject"] == "Rick Nolan" for r in rows), rows


def test_real_model_a_first_name_counts_as_the_full_name_of_its_article(tmp_path):
    """ "Similarly, with Laura, she ..." after "Laura Marwick" and a much-named "Princess
    Irene": the first name is Laura Marwick's, so "she" is no longer put on Irene."""
    rows = _doc_rows(tmp_path, "Does Laura Marwick have a contract with the studio?\n\n"
                               "Dorn: There is a parallel between her story and that of Princess Irene. "
                               "Irene was enamored with Prince Aldo when she was a schoolgirl, she had "
                               "his picture on the wall and was telling her friends that one day she "
                               "would marry him. Similarly, with Laura, she used to tell her sisters "
                               "that one day she would marry Tom Rusk.\n")
    assert not any(r["subject"] == "Irene" and r["object"] == "Tom Rusk" for r in rows), rows


def test_real_model_what_a_subject_controls_is_not_the_subject(tmp_path):
    """ "Orvane Telecom is to invest $5 billion into this new network, which will ...": the
    network is no name of the company investing in it; "Starmer asked Biden to help him":
    Biden helps, so "him" is not Biden."""
    rows = _doc_rows(tmp_path, "Orvane Telecom and Kestria Mobile compete for subscribers. Orvane Telecom is "
                               "to invest a total of $5 billion into this new nationwide network, which will "
                               "deliver services such as mobile television.\n")
    assert not any(r["predicate"] == "deliver" and r["subject_type"] == "ORG" for r in rows), rows
    rows = _doc_rows(tmp_path, "Keir Tallis met Joe Marsh on Monday. Tallis asked Marsh to help him.\n")
    assert not any(r["subject"] == r["object"] == "Joe Marsh" for r in rows), rows


def test_real_model_its_after_a_product_is_not_the_maker(tmp_path):
    """ "Kestria Motors has taken the wraps off its new sedan, the Valen, scheduled for its
    official introduction": the car's introduction, not the maker's."""
    rows = _doc_rows(tmp_path, "Kestria Motors has taken the wraps off their new high-end luxury sedan, the "
                               "Valen, scheduled for its official introduction at the upcoming Tarrow auto "
                               "show.\n")
    assert not any("Kestria Motors's" in r["object"] for r in rows), rows


def test_real_model_their_of_a_country_subject_is_its_side(tmp_path):
    """ "Egypt complete their programme against Angola": Egypt's own, not the team named
    in the sentence before."""
    rows = _doc_rows(tmp_path, "The Orvane Hawks beat the Tarrow Kings 4-2 on Saturday. "
                               "Egypt complete their programme Sunday against Angola.\n")
    own = [r for r in rows if r["object_text"] == "their programme"]
    assert own and all(r["object"] == "Egypt's programme" for r in own), rows


def test_real_model_a_purpose_clause_is_the_subjects_and_its_object_pronoun_the_object(tmp_path):
    """ "The Pentagon chief telephoned Defence Minister Tom Vell to assure him": the caller
    assures Vell; Vell assures nobody, least of all himself."""
    rows = _doc_rows(tmp_path, "The Pentagon chief telephoned Defence Minister Tom Vell to assure him that the "
                               "comments were no reflection on the troops.\n")
    assert not any(r["subject"] == "Tom Vell" and "assure" in r["predicate"] for r in rows), rows


def test_real_model_a_bare_company_word_counts_as_the_company(tmp_path):
    """ "Orvane said", untagged by the model after "Orvane's stake": its "its" and "it" are the
    company's, not the country named more often nearby."""
    rows = _doc_rows(tmp_path, "Orvane's 22 pct stake in Kestria's Dallow Holdings will be sold. "
                               "Orvane said the offer will not be available in Kestria. "
                               "Orvane changed its domicile to the Isle of Man from Kestria last year because "
                               "changes in Kestrian tax laws would affect its tax position, even though it has "
                               "no activities in Kestria.\n")
    taxes = [r["object"] for r in rows if r["object_text"] == "its tax position"]
    assert taxes == ["Orvane's tax position"], rows


def test_real_model_an_age_after_a_name_makes_it_a_person_whatever_the_model_typed(nlp):
    """ "Vask, 71, was chairman": a small model may tag the name a place or a company; the age
    says person, so "He" is Vask and "the company" is not."""
    from spacy.tokens import Span

    from newsgraph.extract.aliases import find_type_evidence

    text = ("Oren Vask, a professor at Tallo University, died on Monday. Vask, 71, was chairman of "
            "the physics department. He also advised Brell Labs. Ada Kerr said the company would "
            "name a prize after him.")
    doc = nlp(text)
    ents = [e for e in doc.ents if "Vask" not in e.text]
    for i, t in enumerate(doc):
        if t.text == "Vask":
            start = i - 1 if doc[i - 1].text == "Oren" else i
            ents.append(Span(doc, start, i + 1, "GPE"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    assert any(p.rule == "type:PERSON:age" and p.name == "Vask" for p in find_type_evidence(doc, "d1"))
    mentions = collect_mentions(doc, "d1", [])
    he = next(m for m in mentions if m.text == "He")
    assert he.antecedent is not None and "Vask" in text[he.antecedent[0]:he.antecedent[1]]
    company = [m for m in mentions if m.text.lower().endswith("company") and m.antecedent]
    assert all("Vask" not in text[m.antecedent[0]:m.antecedent[1]] for m in company)


def test_real_model_he_in_a_quotation_is_not_its_speaker(tmp_path):
    """ 'Mr Lisk said: "I offered that to Secretary Vos and he agreed"': whoever says "I" is
    not "he"."""
    rows = _doc_rows(tmp_path, 'Defence Minister Aron Lisk met his counterpart in Tarrow. Mr Lisk said: "I '
                               'offered that to Defence Secretary Vos and he agreed without hesitation."\n')
    agreed = [r for r in rows if r["predicate"].startswith("agree")]
    assert agreed and all(r["subject"] != "Aron Lisk" for r in agreed), rows


def test_real_model_an_unnamed_sex_subject_before_he_is_a_rival(tmp_path):
    """The subject of the sentence before, whose sex no word gives, competes with a man named
    more often: '"...," he said' after "Robin Oostrom ... welcomed Mr Vell's announcement" is
    not put on Vell."""
    rows = _doc_rows(tmp_path, "President Nicolas Vell announced the plan on Monday. Mr Vell said the plan "
                               "would make the alliance stronger. Robin Oostrom, the alliance's secretary "
                               "general, warmly welcomed Mr Vell's announcement. \"It will strengthen the "
                               "alliance further,\" he said.\n")
    assert not any(r["subject"] == "Nicolas Vell" and r["object"].startswith("It will") for r in rows), rows


def test_real_model_it_after_an_unknown_proper_noun_subject_is_no_guess(tmp_path):
    """ "TRRW continues to charge higher. It broke the $300 level": a ticker the model types
    nothing is what "it" means, not the company or place named before."""
    rows = _doc_rows(tmp_path, "Kestria Motors sells cars in Tarrow. TRRW continues to charge higher. "
                               "It broke the $300 level for the first time on Tuesday.\n")
    assert not any(r["predicate"] == "break" and r["subject_type"] in ("ORG", "GPE") for r in rows), rows


def test_real_model_it_has_been_a_week_since_refers_to_nothing(nlp):
    text = ("Kestria Exchange broke the 600 barrier first. Now the same can be said for the other exchanges. "
            "It has only been a week since the price of the coin soared past 500 dollars.")
    assert not any(m.text == "It" and m.antecedent for m in collect_mentions(nlp(text), "d1", []))


def _typed_doc(nlp, text: str, types: dict[tuple[str, int], str]) -> Doc:
    """``text`` parsed by the real model, with the entities a small model gives such text
    forced: (name, nth occurrence) -> type."""
    doc = nlp(text)
    spans = []
    for (name, nth), label in types.items():
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        spans.append(doc.char_span(start, start + len(name), label=label))
    taken = {t.i for s in spans for t in s}
    ents = [e for e in doc.ents if not any(t.i in taken for t in e)] + spans
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def test_real_model_it_is_never_a_name_that_took_he(nlp):
    """A foreign name the model types a place in most mentions: once "he" has found it (where
    the model typed it a person), "it" no longer does ("he's upended and it all goes to hell")."""
    text = ("The film follows Delvaux, a teacher. Delvaux writes on the board and a student makes him stop. "
            "Delvaux keeps his calm. He is upended and it all goes to hell.")
    doc = _typed_doc(nlp, text, {("Delvaux", 0): "GPE", ("Delvaux", 1): "PERSON", ("Delvaux", 2): "GPE"})
    mentions = collect_mentions(doc, "d1", [])
    it = next(m for m in mentions if m.text == "it")
    assert it.antecedent is None


def test_real_model_a_name_typed_against_its_others_takes_their_type(nlp):
    """ "Orvane" a company twice and a place once: "the company" in the sentence after the
    place-typed mention is Orvane, though its company mentions are out of the window."""
    text = ("Orvane makes electric cars. Orvane sold more cars than ever. Demand rose in spring. Prices fell "
            "in summer. Rivals cut jobs. Buyers waited for the new model. Orvane managed to print record "
            "highs. The company said it delivered 25,000 cars in the quarter.")
    doc = _typed_doc(nlp, text, {("Orvane", 0): "ORG", ("Orvane", 1): "ORG", ("Orvane", 2): "GPE"})
    mentions = collect_mentions(doc, "d1", [])
    company = next(m for m in mentions if m.text.lower().endswith("company"))
    assert company.antecedent is not None and text[company.antecedent[0]:company.antecedent[1]] == "Orvane"


def test_real_model_a_role_finds_only_a_person_named_with_it(nlp):
    """ "John Vask said the president held the gun": no one is named president, so "the
    president" is nobody we can name, least of all Vask."""
    text = "John Vask said the president held the gun like a rifle."
    president = next(m for m in collect_mentions(nlp(text), "d1", []) if m.text.endswith("president"))
    assert president.antecedent is None


def test_real_model_a_spokesman_is_not_the_governor_he_speaks_for(nlp):
    """ "Aaron Vell, the governor's spokesman" holds no "governor": "The governor" and his
    "He" are Gov. Tom Ardley, named before, never his spokesman."""
    text = ("Gov. Tom Ardley has warned lawmakers for weeks. Aaron Vell, the governor's spokesman, said the "
            "plan cost the state valuable time. The governor advanced two new proposals Wednesday. He would "
            "instead save $1 billion.")
    assert _description_target(nlp, text, "governor") == "Tom Ardley"
    doc = nlp(text)
    mentions = collect_mentions(doc, "d1", [])
    he = next(m for m in mentions if m.text == "He")
    assert he.antecedent is None or doc.char_span(*he.antecedent).text != "Aaron Vell"


def test_real_model_a_local_government_is_not_the_country_of_the_article(nlp) -> None:
    """ "the local government" (provincial, municipal, ...) is a body below the country the
    article is about: no antecedent, so no fact lands on the country."""
    doc = nlp("Peru has closed its borders. Peru says the unrest in the south is over. "
              "In 1961 the army dissolved the local government and jailed its members.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "local government") is None


def test_real_model_a_government_in_a_named_place_is_that_place(nlp) -> None:
    """ "the existing local government in Tacna" is Tacna's, not the country the article
    names most."""
    doc = nlp("Peru has closed its borders. Peru says the unrest in the south is over. "
              "In 1961 the army dissolved the existing local government in Tacna and jailed its members.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "existing local government") == "Tacna"


def test_real_model_a_description_the_verb_names_has_no_earlier_antecedent(nlp) -> None:
    """ "That company was called Vell Depot": the name that follows, not the company before."""
    doc = nlp("Tom Larrow invested in Orsa Systems. Later he backed a new hardware chain. "
              "That company was called Vell Depot, and it grew fast.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "company") is None
    doc = nlp("Orsa Systems bought a chip maker in 1990. The company was called a bully by its rivals.")
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "company") == "Orsa Systems"


def test_a_name_behind_the_subjects_phrase_is_the_subject_and_no_antecedent_of_its_object(tmp_path):
    """ "Her pick for farm minister, Ada Lisk, had warned her": Ada Lisk warned the
    president; "her" is not Ada Lisk, who is the subject."""
    rows = extract_rows(tmp_path, "President Dora Vell raised farm tariffs on Monday. Vell said her pick "
                        "for farm minister, Ada Lisk, had warned her about rising prices.", sentences=False)
    warned = [(r["subject"], r["object"]) for r in rows if r["predicate"].startswith("warn")]
    assert ("Ada Lisk", "Dora Vell") in warned, warned


def test_a_list_tagged_as_one_name_is_split_into_its_items() -> None:
    """ "apps like Vellup, Kestra, Orvane Duo and Pell": the model's one entity "Vellup,
    Kestra, Orvane Duo" is three names; a town, its state and country stay one."""
    from newsgraph.extract.mentions import split_listed_names

    rows = [("apps", 0, "ROOT", "NOUN", "O"), ("like", 0, "prep", "ADP", "O"),
            ("Vellup", 1, "pobj", "PROPN", "B-ORG"), (",", 2, "punct", "PUNCT", "I-ORG"),
            ("Kestra", 2, "conj", "PROPN", "I-ORG"), (",", 2, "punct", "PUNCT", "I-ORG"),
            ("Orvane", 7, "compound", "PROPN", "I-ORG"), ("Duo", 2, "conj", "PROPN", "I-ORG"),
            ("in", 0, "prep", "ADP", "O"), ("Fresno", 8, "pobj", "PROPN", "B-GPE"),
            (",", 9, "punct", "PUNCT", "I-GPE"), ("California", 9, "appos", "PROPN", "I-GPE"),
            (",", 9, "punct", "PUNCT", "I-GPE"), ("USA", 9, "appos", "PROPN", "I-GPE")]
    doc = _rows_doc(rows, (0,))
    split_listed_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Vellup", "ORG"), ("Kestra", "ORG"), ("Orvane Duo", "ORG"), ("Fresno , California , USA", "GPE")]


def test_aluminum_corp_of_a_country_is_one_company_and_takes_its_stated_short_form(tmp_path) -> None:
    """ "Aluminum Corp. of Vellia, known as Vellalco": the model ends the name at "of"; the
    short form is the company's, never the country's."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Copper deal\n\nBeijing-based Aluminum Corp. of Vellia, known as Vellalco, "
                                  "bought the mineral rights in 2007.\n")
    assert "Vellalco" in names.get("Aluminum Corp. of Vellia", set()), names


def test_a_quotation_that_goes_on_in_the_next_sentence_keeps_its_speaker(tmp_path):
    """ '"We are ready," said Ben Vell. "I have met Ana Orr twice."': the second sentence is
    still Ben Vell's words; a quotation after a sentence of the writer's has no speaker."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Vote\n\n\"We are ready,\" said Ben Vell, the Green Party leader. \"I have met "
                                  "Ana Orr twice and I trust her.\" Tom Lisk disagreed.\n\n\"I have never met "
                                  "Ana Orr.\"\n", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ben Vell", "meet", "Ana Orr") in facts, facts
    assert not any(s in ("Ben Vell", "Tom Lisk") and "never" in r["sentence"] for r in rows for s in [r["subject"]])


def test_a_government_named_by_a_peoples_word_is_that_countrys(tmp_path) -> None:
    """ "sent its formal protest to the Indian government": the government is India's, and the
    fact keeps its partner (an unresolved description would drop it)."""
    rows = extract_rows(tmp_path, "Tessaly sent its formal protest to the Indian government on "
                                  "Monday.", sentences=False)
    assert any(r["predicate"] == "send_protest_to" and r["object_text"] == "Indian government"
               and r["object_type"] == "NORP" for r in rows), rows


def test_real_model_a_place_cut_at_of_or_a_hyphen_is_one_place(nlp) -> None:
    """The small model cuts "Port of Spain" into "Port" and "Spain"; the city is no mention of
    Spain, so "this country" in an article set there is not Spain."""
    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Talks between Mali and Guinea-Bissau ended in Port of Spain on Friday.")
    fix_entities(doc)
    places = [e.text for e in doc.ents if e.label_ == "GPE"]
    assert "Guinea-Bissau" in places and "Port of Spain" in places
    assert "Spain" not in places and "Guinea" not in places
    doc = nlp("Leaders of the Federated States of Micronesia met in Palau.")
    fix_entities(doc)
    assert [e.text for e in doc.ents][0] == "the Federated States of Micronesia"
    text = ("A fire in Port of Spain destroyed two shops on Monday. Firefighters from Port of Spain "
            "and San Fernando came. The owners met at the town hall in Port of Spain. Forty migrants "
            "who crossed into this country without papers were taken to a detention centre.")
    doc = nlp(text)
    fix_entities(doc)
    description = next(m for m in collect_mentions(doc, "d1", []) if m.head.lower() == "country")
    assert description.antecedent is None or doc.char_span(*description.antecedent).text != "Spain"


def test_a_person_name_run_over_a_capitalised_the_is_the_name_after_it(nlp) -> None:
    """A byline before the first sentence, "Dr Ana Vell The Tom Orrick government", can
    come out of the model as one person; no person is named with "The" inside."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import cut_at_inner_article

    doc = nlp("Dr Ana Vell The Tom Orrick government cut fuel taxes.")
    doc.ents = [Span(doc, 1, 6, label="PERSON")]
    cut_at_inner_article(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Tom Orrick", "PERSON")]
    doc = nlp("Rage Against The Machine played Tom Orrick's song.")
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    cut_at_inner_article(doc)
    assert [e.text for e in doc.ents] == ["Rage Against The Machine"]  # only a person's name


def test_real_model_the_government_is_the_one_a_place_just_qualified(nlp) -> None:
    """ "the safety code written by the Vanuatu Government ... the government caps" is Vanuatu's
    government, though the article names Tuvalu most."""
    text = ("Tuvalu wants its people home. Tuvalu has paid for flights. Tuvalu thanked donors. "
            "Vanuatu closed its border in March. Under the safety code written by the Vanuatu "
            "Government, the government caps each ferry at 80 passengers.")
    assert _description_target(nlp, text, "government") == "Vanuatu"



def test_two_companies_the_model_ran_into_one_name_are_two(nlp) -> None:
    """ "Orvane Life Assurance Company and Kestford Brokers Limited", one organisation to the
    model, is two companies (each name ends in a legal form), so a short "Orvane Life" joins
    only the first; "Marks and Spencer plc" stays one."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import split_listed_names

    doc = nlp("A deal between Orvane Life Assurance Company and Kestford Brokers Limited was signed.")
    doc.ents = [Span(doc, 3, 11, label="ORG")]
    split_listed_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Orvane Life Assurance Company", "ORG"),
                                                      ("Kestford Brokers Limited", "ORG")]
    doc = nlp("Marks and Spencer plc raised its dividend.")
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    split_listed_names(doc)
    assert [e.text for e in doc.ents] == ["Marks and Spencer plc"]


def test_real_model_the_federal_government_is_only_a_federations(nlp) -> None:
    """ "The federal government has picked Tom Orr" in a story that names Indonesia most: a
    unitary country has no federal government; with Canada its only federation, Canada's."""
    text = ("Indonesia wants a new port deal. Jakarta said Indonesia would wait. Indonesian officials met in "
            "Indonesia on Monday. Australia was not at the table.\n\nThe federal government has picked Tom Orr "
            "to lead the talks with Indonesia.")
    assert _description_target(nlp, text, "government") != "Indonesia"
    text = ("Canada wants a new port deal. Ottawa said Canada would wait. Canadian officials met in Canada on "
            "Monday. Fiji was not at the table.\n\nThe federal government has picked Tom Orr to lead the talks.")
    assert _description_target(nlp, text, "government") == "Canada"


def test_real_model_an_agency_is_no_office_named_before_an_acronym_beside_it(nlp) -> None:
    """ "Tarr's bill would tighten the KRS rules on refunds, let the agency demand ...": the
    agency may be the KRS, whose words cannot be read; never the office of two sentences back."""
    text = ("The Vellia Audit Office found that fraud cost $5 billion last year. It urged change.\n\n"
            "Tarr's bill would tighten KRS rules on refunds, allow the agency to demand new forms from "
            "every filer and raise fines.")
    assert _description_target(nlp, text, "agency") is None
    text = ("The Vellia Audit Office found that fraud cost $5 billion last year. It urged change.\n\n"
            "Tarr said the agency would publish its report in May.")
    assert _description_target(nlp, text, "agency") == "Vellia Audit Office"


def test_real_model_a_nations_central_bank_is_no_bank_named_without_that_nation(nlp) -> None:
    """ "the Russian central bank" after "Orvane Bank": Russia's own institution, not the bank
    the article named; "the German bank" may be Orvane Bank (a company described by its
    nation), and "the Russian central bank" after "the Central Bank of Russia" is that bank."""
    text = ("Orvane Bank is under pressure over its trades. Kestford radio said on Monday that the Russian "
            "central bank had opened an inquiry of its own.")
    assert _description_target(nlp, text, "bank") is None
    text = "Orvane Bank is under pressure over its trades. The German bank said it would help the inquiry."
    assert _description_target(nlp, text, "bank") == "Orvane Bank"
    text = ("The Central Bank of Russia met on Monday. Orvane Bank is under pressure. The Russian central "
            "bank said it would act.")
    assert _description_target(nlp, text, "bank") == "Central Bank of Russia"


def test_the_minister_is_never_the_ministry_of_one_letter_more(tmp_path) -> None:
    """In one article, "the Minister of Finance" (typed ORG by the model) is no spelling of
    "the Ministry of Finance": what the minister will host is not the ministry's."""
    rows = extract_rows(tmp_path, "Farmers in Orlen still wait for their money from the Ministry of Finance.\n\n"
                        "Asked about the delay at the Ministry of Finance, the spokeswoman for the fund, Ana Vell, "
                        "stated that every complaint will be answered at a public meeting that the Minister of "
                        "Finance will be hosting next month.", sentences=False)
    hosts = [r for r in rows if r["predicate"] == "host"]
    assert hosts and all(r["subject"] == "Minister of Finance" for r in hosts)


def _subjects(rows: list[dict], predicate: str) -> list[str]:
    """The subjects of the records of one predicate."""
    return [r["subject"] for r in rows if r["predicate"] == predicate]


def _article_subjects(tmp_path, text: str, predicate: str) -> list[str]:
    """The subjects of one predicate in ``text`` extracted as one article."""
    return _subjects(extract_rows(tmp_path, text, sentences=False), predicate)


def test_the_minister_of_finance_is_the_finance_minister_named_before(tmp_path) -> None:
    """ "Finance Minister Bo Tarr ... the Minister of Finance gave": the one person the article
    gives that role and portfolio, in either order of the words."""
    finance = "Finance Minister Bo Tarr said the budget was fair. Later the Minister of Finance announced cuts."
    assert _article_subjects(tmp_path, finance, "announce") == ["Bo Tarr"]
    health = "Health Minister Tom Orr opened a clinic in Vellia. The Minister of Health promised more beds."
    assert _article_subjects(tmp_path, health, "promise") == ["Tom Orr"]


def test_the_minister_for_foreign_affairs_is_the_one_named_with_that_portfolio(tmp_path) -> None:
    """ "Minister for Foreign Affairs Tom Orr" and "Tom Orr, the Minister for Foreign Affairs":
    a later "the Minister for Foreign Affairs said" is Tom Orr; an organisation never."""
    for first in ("Minister for Foreign Affairs Tom Orr met envoys in Orlen.",
                  "Tom Orr, the Minister for Foreign Affairs, met envoys in Orlen."):
        rows = extract_rows(tmp_path, f"{first} On Monday the Minister for Foreign Affairs said talks "
                            "would resume.", sentences=False)
        # the model may keep "Foreign Affairs" in the name: the same person as who met the envoys
        assert _subjects(rows, "say") == _subjects(rows, "meet"), first
        assert _subjects(rows, "say")[0].endswith("Tom Orr"), first
    rows = extract_rows(tmp_path, "Finance Minister Bo Tarr said the budget was fair. The chairman of the "
                        "company met the Minister of Finance on Monday.", sentences=False)
    assert [r["object"] for r in rows if r["predicate"] == "meet"] == ["Bo Tarr"]


def test_the_minister_of_finance_is_no_minister_of_another_portfolio_nor_one_of_two(tmp_path) -> None:
    """ "Health Minister Tom Orr" is not "the Minister of Finance"; with two ministers of
    finance in one article the phrase stays what it was, a concept of its own."""
    later = "Later the Minister of Finance announced cuts."
    health = "Health Minister Tom Orr opened a clinic in Vellia."
    finance = "Finance Minister Bo Tarr said the budget was fair."
    assert _article_subjects(tmp_path, f"{health} {later}", "announce") == ["Minister of Finance"]
    assert _article_subjects(tmp_path, f"{finance} Health Minister Tom Orr opened a clinic. {later}",
                             "announce") == ["Bo Tarr"]
    second = "Minister of Finance Tom Orr disagreed."
    assert _article_subjects(tmp_path, f"{finance} {second} {later}", "announce") == ["Minister of Finance"]


def test_the_minister_is_never_a_person_the_article_gives_another_role(tmp_path) -> None:
    """ "Immigration Officer Tom Orr ... The minister told Fiji to pay": an officer is no
    minister, so the minister's demand is no one's named; "Finance Minister Tom Orr" is."""
    officer = extract_rows(tmp_path, "Immigration Officer Tom Orr said the crew will fly home next week. "
                           "The minister told Fiji to pay.", sentences=False)
    assert not any(r["subject"] == "Tom Orr" and r["object"] == "Fiji" for r in officer)
    minister = extract_rows(tmp_path, "Finance Minister Tom Orr said taxes would fall. "
                            "The minister told Fiji to pay.", sentences=False)
    assert any(r["subject"] == "Tom Orr" and r["object"] == "Fiji" for r in minister)


def test_real_model_the_pronoun_of_a_question_put_to_someone_is_the_person_asked(nlp) -> None:
    """ "Kerr asked Tarrow whether she would ...": Tarrow, not Kerr who asks; asked through a
    description ("the prime minister"), never the one asking."""
    doc = nlp("Prime Minister Ana Tarrow visited Orlen on Monday. Reporter Mia Kerr asked Tarrow whether "
              "she would meet the Kestrian president.")
    assert (_antecedent_text(doc, collect_mentions(doc, "d1", []), "she") or "").endswith("Tarrow")
    doc = nlp("Prime Minister Ana Tarrow visited Orlen on Monday. Reporter Mia Kerr asked the prime minister "
              "if she had changed her mind.")
    assert "Kerr" not in (_antecedent_text(doc, collect_mentions(doc, "d1", []), "she") or "")


def test_real_model_the_capital_is_the_capital_of_the_country_the_article_is_about(nlp) -> None:
    """ "the capital" in an article about Fiji is Suva (GeoNames' capital of the article's
    country), not Beijing, the last city named; when the article never names Suva, nobody."""
    about_fiji = ("Fiji has asked its neighbours for help. Fiji says the unrest is over. Beijing said it was "
                  "watching events in Fiji closely. Fiji will vote in May. New Zealand troops returned to the "
                  "capital on Friday.")
    doc = nlp("Protests broke out in Suva on Monday. " + about_fiji)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "capital") == "Suva"
    doc = nlp("Protests broke out on Monday. " + about_fiji)
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "capital") is None
    doc = nlp("Protests broke out in Orlen on Monday. Beijing said it was watching events closely. "
              "Kestrian troops returned to the capital on Friday.")  # no known country: never China's
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "capital") != "Beijing"


def test_a_country_s_president_is_never_an_untitled_person_named_before(tmp_path):
    """ "the Ukrainian president" after a billionaire the article names without a title: not
    him; the fact waits unresolved. A bare "the president" may still be the one named."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "T\n\nBillionaire Tom Kerrow criticised the peace plan on Monday and called "
                                  "for new elections.\n\nIt comes after the Ukrainian president exchanged "
                                  "insults with Dan Orrin.\n", sentences=False)
    assert not any(r["subject"] == "Tom Kerrow" and r["object"] == "Dan Orrin" for r in rows), rows


def test_a_provinces_government_is_not_the_countrys(tmp_path):
    """ "the Punjab government", the province's name typed a people by the model, is Punjab's
    government, never the Pakistan the article named before."""
    rows = extract_rows(tmp_path, "Ban\n\nPakistan banned plastic bags in May. Earlier, the Punjab government "
                                  "directed the district administration to implement the ban.\n", sentences=False)
    directed = [r for r in rows if r["predicate"].startswith("direct")]
    assert directed and all(r["subject"] != "Pakistan" for r in directed), rows


def test_real_model_the_province_is_the_province_the_article_names(tmp_path):
    """ "the province" is the first-level division the article names (ISO 3166-2 through
    pycountry), never the city or the country named nearer: a blind judge found "the
    province's national assembly" left unresolved."""
    rows = extract_rows(tmp_path, "Floods\n\nFloods hit Sindh on Monday, officials said. The province's chief "
                                  "minister Tom Orr visited the camps. Dan Kerr said the province needed more aid "
                                  "from Islamabad.", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Orr", "chief_minister_of", "Sindh") in facts, facts
    assert ("Sindh", "need_aid_from", "Islamabad") in facts, facts
    # a city is no province: nothing named but Karachi, "the province" stays as written
    rows = extract_rows(tmp_path, "Floods\n\nFloods hit Karachi on Monday, officials said. Dan Kerr said the "
                                  "province needed more aid.", sentences=False)
    assert not any(r["subject"] == "Karachi" and r["predicate"] == "need" for r in rows), rows


def test_real_model_the_company_is_no_trade_union(tmp_path):
    """ "the truck wheel-making company" after "UAW Region 3" is not the union (a blind judge:
    wrong resolution); a union or its local is no company (``labour`` of ``org_kinds``)."""
    rows = extract_rows(tmp_path, "Strike\n\nDan Kerr, the director of UAW Region 3, said workers were ready. "
                                  "Kerr instructed Local 2036 to strike the truck wheel-making company in "
                                  "February.", sentences=False)
    assert not any(r["predicate"] == "strike" and r["object"] == "UAW Region 3" for r in rows), rows
    assert any(r["predicate"] == "director_of" and r["object"] == "UAW Region 3" for r in rows), rows


def test_the_organisation_never_takes_a_womans_name_the_model_typed_an_organisation() -> None:
    """ "Oksana Vell" typed ORG by the model opens with a woman's first name: a person, as
    resolution will vote her, so "the organisation" is the organisation named before, not her
    (a blind judge: "wrong resolution: 'organisation' is not Pokalchuk")."""
    doc = _doc(_name_said("Kestford", "Watch", "ORG"), _name_said("Jeanine", "Vell", "ORG"),
               _the_noun_said("organisation"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "organisation") == "Kestford Watch"
    # a web address is no name of a woman, whatever its first letters spell ("Dawn.com")
    site = [("Dawn.com", 1, "nsubj", "PROPN", "NNP", "Dawn.com", "B-ORG"),
            ("said", 1, "ROOT", "VERB", "VBD", "say", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(site, _pronoun_left("She"))
    assert _antecedent_text(doc, collect_mentions(doc, "d1", []), "She") is None


def test_a_one_word_person_only_ever_told_is_the_outlet_not_she() -> None:
    """ "Officials told Dawn": the model types the newspaper Dawn a woman; a one-word name the
    text writes only as told, never within a longer person's name, is the outlet reporting, so
    "She" is the woman named before (a blind judge: "wrong resolution: 'She' is a female
    pilgrim, not Dawn")."""
    told = [("Officials", 1, "nsubj", "NOUN", "NNS", "official", "O"), ("told", 1, "ROOT", "VERB", "VBD", "tell", "O"),
            ("Dawn", 1, "dobj", "PROPN", "NNP", "Dawn", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    doc = _doc(_name_said("Sara", "Vellmar", "PERSON"), told, told, told, _pronoun_left("She"))
    mentions = collect_mentions(doc, "d1", [])
    assert _antecedent_text(doc, mentions, "She") != "Dawn"


def test_real_model_an_alliance_is_none_of_its_members(nlp) -> None:
    """ "In addition to Microsoft, the alliance includes ...": the alliance is named for
    what it is (``contains`` of "alliance" in coref.yaml), never its member named before it;
    a name that says alliance is still its antecedent."""
    text = ("Microsoft joined an alliance of plasma makers on Friday. In addition to Microsoft, the "
            "alliance includes Orlen Bio and Tarrow Pharma.")
    assert _description_target(nlp, text, "alliance") is None
    named = "The Kestria Alliance met on Monday. The alliance said it would grow."
    assert _description_target(nlp, named, "alliance") == "Kestria Alliance"


def test_real_model_the_state_is_a_first_level_division_not_the_country(nlp) -> None:
    """ "Schools in California will stay closed ... The United States has recorded ... The
    state will spend": the state is California (a first-level division, ``place: region``),
    never the United States."""
    text = ("Schools in California will stay closed, the governor said on Monday. The United States has "
            "recorded more cases than any other country. The state will spend $2 billion on testing.")
    assert _description_target(nlp, text, "state") == "California"


def test_real_model_a_party_is_no_movement_group_or_company(nlp) -> None:
    """ "The People's Party won five seats ... The urban movement ... won the mayor's seat":
    a party is "the party" (``party`` of ``org_kinds``), never the movement named after it."""
    text = ("The People's Party won five seats in the vote on Sunday. The urban movement, which ran for "
            "the first time, won the mayor's seat in Kestford.")
    assert _description_target(nlp, text, "movement") is None


def test_real_model_a_subject_of_unknown_sex_takes_no_his_beside_a_named_man(nlp) -> None:
    """"Robin Vell forced Tom Orr onto the defensive over his temper": Robin is a name of
    either sex, Tom a man's; the subject's own-clause bonus no longer hands "his" to Vell
    (who would then count as a man and take no "she" later: "Vell, who has seen her lead
    fade, ... she showed")."""
    from newsgraph.extract.mentions import fix_entities

    text = ("Robin Vell forced Tom Orr onto the defensive over his temper and his refusal to release his "
            "taxes during a fiery debate on Monday. Vell, who has seen her lead fade in recent weeks, "
            "delivered a strong performance in which she showed a command of policy.")
    doc = nlp(text)
    fix_entities(doc)
    mentions = collect_mentions(doc, "d1", [])
    got = {(m.text, doc.char_span(*m.antecedent).text) for m in mentions if m.kind == "pronoun" and m.antecedent}
    assert ("her", "Vell") in got and ("she", "Vell") in got, got
    assert not any(p == "his" and a.endswith("Vell") for p, a in got), got


def test_a_possessive_in_what_the_subject_is_is_someone_elses(tmp_path):
    """ "Dan Kerr will serve as his adviser": he is Tom Orr, whose adviser Kerr will be, not
    Kerr."""
    rows = _doc_rows(tmp_path, "Tom Orr announced on Monday that investor Dan Kerr will serve as his "
                               "deregulation adviser.\n")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dan Kerr", "deregulation_adviser_of", "Tom Orr") in facts, facts
    assert not any(o.startswith("Dan Kerr's") for _, _, o in facts), facts


def test_a_countrys_ministry_named_by_its_people_is_never_another_countrys(tmp_path):
    """ "Chinese Foreign Ministry spokesperson X", the model tagging "Chinese" apart, named a
    bare "Foreign Ministry" that joined "North Korea's Foreign Ministry" of the same article."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Drills\n\nChina, North Korea's main ally, expressed concern over the drills, saying "
                                  "they could worsen tensions with the North. Chinese Foreign Ministry spokesperson "
                                  "Tom Orr didn't offer a specific answer when asked whether Beijing believes the "
                                  "drills were directed at China. Later, North Korea's Foreign Ministry said the "
                                  "drills were a rehearsal for invasion.\n")
    assert "Chinese Foreign Ministry" in names, names
    assert not any("Chinese" in a for a in names.get("North Korea's Foreign Ministry", {"Chinese"})), names


def test_a_party_or_department_written_by_its_first_word_is_one_body(tmp_path):
    """ "Labour" after "the Labour Party", "the Treasury" after "the Treasury Department" were
    two nodes each; a person named like the party stays the person."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Vote\n\nThe Labour Party won the seat on Monday. Labour said the result was clear. "
                                  "The Treasury Department fined Vellco. The Treasury said the bank broke the rules. "
                                  "The Green Party backed Dan Green. Green said he was pleased.\n")
    assert "Labour" in names.get("Labour Party", set()), names
    assert "Treasury" in names.get("Treasury Department", set()), names
    assert "Green" in names.get("Dan Green", set()), names


def test_a_company_an_article_names_an_executives_employer_is_no_surname(tmp_path):
    """ "the chief executive of Vellco" says Vellco is a company, as "Vellco's chief executive"
    does; a man once called "Tom Vellco" in the article did not take the company's mentions."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Trade\n\nTom Orr is the chief executive of Vellco. Dan Kerr once called him "
                                  "Tom Vellco at a meeting. Vellco makes phones in China, and Vellco said sales "
                                  "rose.\n")
    assert "Vellco" in names and "Vellco" not in names.get("Tom Vellco", set()), names


def test_a_name_holding_a_countrys_initials_is_no_persons_full_name(tmp_path):
    """ "Vellco U.S. Twitter", an account the model typed a person, took every "Twitter" of the
    corpus as its surname; no person's name holds a country's initials ("George H.W. Bush"
    holds his own)."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Crypto\n\nThe Vellco U.S. Twitter account posted the news on Monday, and Vellco "
                                  "U.S. Twitter said it would pause trading. Tom Orr left Twitter in May, and Twitter "
                                  "said he broke its rules.\n")
    assert "Twitter" not in names.get("Vellco U.S. Twitter", set()), names


def test_the_president_is_nobody_named_only_as_someones_relative(tmp_path):
    """ "Linda Carter, Emily's sister, said ... She said the president had assured ...": no
    one is titled president, and Emily, named only as whose sister Carter is, does nothing
    in the story: the fact waits unresolved. A person who acted, even as a passive's agent
    ("let down by Marcos"), may still be the president."""
    from tests.extracted import extract_rows

    assured = "She said the president had assured the family the guard would remain in prison.\n"
    rows = extract_rows(tmp_path, "Title\n\nLinda Carter, Emily's sister, said she was upset by the decision. "
                        + assured, sentences=False)
    assert not any(r["subject"] == "Emily" and r["predicate"].startswith("assure") for r in rows), rows
    rows = extract_rows(tmp_path, "Title\n\nLinda Carter, Emily's sister, said she was let down by Marcos. "
                        + assured, sentences=False)
    assert any(r["subject"] == "Marcos" and r["predicate"].startswith("assure") for r in rows), rows


def test_he_after_a_person_noun_subject_is_not_a_name_inside_its_clause(tmp_path):
    """ "A farmer ... was sure Dunhallow would survive the sale. He said ...": the farmer, the
    main clause's subject, is the more salient person; the estate the model typed a person,
    named only inside his clause, is not "he", nor a sentence later."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Farm\n\nThe farm was sold on Friday.\n\nA farmer who had worked the land for "
                                  "decades was sure Dunhallow would survive the sale.\n\nHe said the new owners had "
                                  "promised to keep the staff.\n\nThe estate was a landmark of the valley and he "
                                  "thought it would need years of repair.\n", sentences=False)
    assert not any(r["subject"] == "Dunhallow" and r["predicate"] in ("say", "think") for r in rows), rows


def test_he_is_never_a_town_named_after_in(tmp_path):
    """ "The mill was a famous landmark in Hamilton and he reckoned ...": a known town after
    "in", whatever the model typed it, is no man; the "he" waits unresolved."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Mill\n\nThe mill was sold on Friday.\n\nA local builder said it could be saved."
                                  "\n\nThe mill was a famous landmark in Hamilton and he reckoned it would cost a "
                                  "fortune to repair. \"It matters to Hamilton,\" he said.\n", sentences=False)
    assert not any(r["subject"] == "Hamilton" for r in rows), rows


def test_real_model_a_description_finds_the_name_set_beside_that_noun(tmp_path):
    """ "Orvane Capital, the merchant bank, ... the bank": the bank named as one, not the
    central bank named before."""
    rows = _doc_rows(tmp_path, "Markets fell after the central bank of Vellia raised rates. Orvane Capital, the "
                              "merchant bank, said it would close two offices. Most of the cuts will fall in "
                              "Kestford, where the bank has 900 staff.\n")
    has = [r["subject"] for r in rows if r["predicate"] == "have"]
    assert has == ["Orvane Capital"], rows


def test_real_model_a_description_finds_a_name_ending_in_its_noun_as_a_modifier(tmp_path):
    """ "the Kestrian Trade Organization summit ... the organization": the name is only a
    modifier there, yet it ends in the description's noun; not the group named before."""
    rows = _doc_rows(tmp_path, "Kestria will fight the Vell Front. Officials said talks on the Vell Front were "
                              "slow. Last year the Kestrian Trade Organization summit was held in Orlen. Before "
                              "that, Tom Orr described the organization as weak.\n")
    described = [r["subject"] for r in rows if r["predicate"].startswith("is_described")]
    assert described == ["Kestrian Trade Organization"], rows


def test_a_name_a_where_clause_describes_is_no_she_of_that_clause() -> None:
    """ "from her shop in Orvik, where she sells rye bread": Orvik is a place whatever the
    model typed it (here a person), so "she" is not Orvik."""
    rows = [("Ana", 1, "compound", "PROPN", "NNP", "Ana", "B-ORG"),
            ("Lisk", 2, "nsubj", "PROPN", "NNP", "Lisk", "I-ORG"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak", "O"),
            ("from", 2, "prep", "ADP", "IN", "from", "O"),
            ("her", 5, "poss", "PRON", "PRP$", "her", "O"),
            ("shop", 3, "pobj", "NOUN", "NN", "shop", "O"),
            ("in", 5, "prep", "ADP", "IN", "in", "O"),
            ("Orvik", 6, "pobj", "PROPN", "NNP", "Orvik", "B-PERSON"),
            (",", 7, "punct", "PUNCT", ",", ",", "O"),
            ("where", 11, "advmod", "ADV", "WRB", "where", "O"),
            ("she", 11, "nsubj", "PRON", "PRP", "she", "O"),
            ("sells", 7, "relcl", "VERB", "VBZ", "sell", "O"),
            ("bread", 11, "dobj", "NOUN", "NN", "bread", "O"),
            (".", 2, "punct", "PUNCT", ".", ".", "O")]
    words, heads, deps, pos, tags, lemmas, ents = zip(*rows, strict=True)
    doc = hand_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)
    mentions = collect_mentions(doc, "d1", [], coref=True)
    orvik = by_text(mentions, "Orvik")
    assert by_text(mentions, "she").antecedent != orvik.key
