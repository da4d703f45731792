"""Non-verbal facts (newsgraph.extract.nominal): copulas, appositions, role titles.

Rule tests run on hand-built parses, so a model update cannot change what they mean; the
parses copy what en_core_web_sm really produces for these sentences, mistakes included
(militia names tagged PERSON, "Defense" tagged ORG, a possessive title parsed as a second
subject). A few end-to-end tests run the real model on sentences written for this file.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.nominal import (
    RoleLexiconError,
    extract_nominal_triples,
    load_roles,
)
from newsgraph.extract.parse_fixes import fix_parse
from tests.handparse import TAGS, hand_doc

_NO_SPACE_BEFORE = {",", ".", "'s", "-", ":"}


def hand(spec: str) -> Doc:
    """A parsed Doc from lines ``word[/lemma[/TAG]] head dep POS [ENT-IOB]``."""
    words, lemmas, tags, heads, deps, pos, ents = [], [], [], [], [], [], []
    for line in spec.strip().splitlines():
        cols = line.split()
        word, *rest = cols[0].split("/")
        words.append(word)
        lemmas.append(rest[0] if rest else word.lower())
        tags.append(rest[1] if len(rest) > 1 else TAGS[cols[3]])
        heads.append(int(cols[1]))
        deps.append(cols[2])
        pos.append(cols[3])
        ents.append(cols[4] if len(cols) > 4 else "O")
    spaces = [
        not (w == "-" or (i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE))
        for i, w in enumerate(words)
    ]
    spaces[-1] = False
    return hand_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents, spaces=spaces)


def facts(doc: Doc) -> set[tuple[str, str, str]]:
    return {(t.subject.text, t.predicate, t.object.text)
            for t in extract_nominal_triples(doc, "d1")}


def only(doc: Doc, predicate: str):
    found = [t for t in extract_nominal_triples(doc, "d1") if t.predicate == predicate]
    assert len(found) == 1, [(t.subject.text, t.predicate, t.object.text) for t in found]
    return found[0]


# --- copula ---------------------------------------------------------------------------

PART_OF = """
The 2 det DET B-ORG
Badr 2 compound PROPN I-ORG
Organization 3 nsubj PROPN I-ORG
is/be 3 ROOT AUX
part 3 attr NOUN
of 4 prep ADP
the 9 det DET B-ORG
Popular 8 compound PROPN I-ORG
Mobilization 9 compound PROPN I-ORG
Forces/Forces/NNPS 5 pobj PROPN I-ORG
. 3 punct PUNCT
"""


def test_copula_part_of_gives_membership_with_provenance():
    doc = hand(PART_OF)
    t = only(doc, "part_of")
    assert (t.subject.text, t.object.text) == ("Badr Organization", "Popular Mobilization Forces")
    assert t.extractor == "copula"
    assert t.relation_class == "MEMBER_OF"
    assert t.subject.label == "ORG" and t.object.label == "ORG"
    assert t.sent_index == 0 and t.sentence == doc.text
    assert doc.text[t.start_char:t.end_char].startswith("Badr Organization is part of")
    assert not t.negated and t.modality is None
    assert 0.8 <= t.confidence <= 1.0


NEGATED = """
The 2 det DET B-ORG
Badr 2 compound PROPN I-ORG
Organization 3 nsubj PROPN I-ORG
is/be 3 ROOT AUX
no 6 neg PRON
longer/long/RB 3 advmod ADV
part 3 attr NOUN
of 6 prep ADP
the 9 det DET
government 7 pobj NOUN
. 3 punct PUNCT
"""


def test_copula_negation_is_flagged_not_dropped():
    t = only(hand(NEGATED), "part_of")
    assert t.negated
    assert t.object.text == "government" and t.object.label == "CONCEPT"


IS_A = """
Kataib 1 compound PROPN B-PERSON
Hezbollah 2 nsubj PROPN I-PERSON
is/be 2 ROOT AUX
an 6 det DET
Iraqi 6 amod ADJ B-NORP
militia 6 compound NOUN
group 2 attr NOUN
which 8 nsubj PRON
seeks/seek/VBZ 6 relcl VERB
power 8 dobj NOUN
. 2 punct PUNCT
"""


def test_copula_is_a_object_is_the_noun_phrase_without_relative_clause():
    t = only(hand(IS_A), "is_a")
    assert (t.subject.text, t.object.text) == ("Kataib Hezbollah", "Iraqi militia group")
    assert t.relation_class == "IS_A"


LEADER_OF = """
Qais 3 compound PROPN B-PERSON
al 3 compound PROPN I-PERSON
- 3 compound PROPN I-PERSON
Khazali 4 nsubj PROPN I-PERSON
is/be 4 ROOT AUX
the 6 det DET
leader 4 attr NOUN
of 6 prep ADP
Asaib 9 compound PROPN B-PERSON
Ahl 12 compound PROPN I-PERSON
al 12 compound PROPN I-PERSON
- 12 punct PUNCT I-PERSON
Haq 7 pobj PROPN I-PERSON
. 4 punct PUNCT
"""


def test_copula_role_noun_gives_role_relation_not_is_a():
    doc = hand(LEADER_OF)
    assert facts(doc) == {("Qais al-Khazali", "leader_of", "Asaib Ahl al-Haq")}
    assert only(doc, "leader_of").relation_class == "LEADS"


BECAME = """
Sudani 1 nsubj PROPN B-PERSON
became/become 1 ROOT VERB
president 1 attr NOUN
of 2 prep ADP
the 5 det DET
council 3 pobj NOUN
. 1 punct PUNCT
"""


def test_became_president_of():
    assert facts(hand(BECAME)) == {("Sudani", "president_of", "council")}


MAY_BECOME = """
The 1 det DET
group 3 nsubj NOUN
may/may/MD 3 aux AUX
become/become/VB 3 ROOT VERB
part 3 attr NOUN
of 4 prep ADP
the 7 det DET
government 5 pobj NOUN
. 3 punct PUNCT
"""


def test_modal_copula_carries_modality():
    assert only(hand(MAY_BECOME), "part_of").modality == "may"


RELATIVE_COORD = """
Asaib 1 compound PROPN B-ORG
Ahl 12 nsubj PROPN I-ORG
and 1 cc CCONJ
Nujaba 1 conj PROPN B-ORG
, 1 punct PUNCT
which 6 nsubj PRON
are/be/VBP 1 relcl AUX
members/member/NNS 6 attr NOUN
of 7 prep ADP
the 10 det DET B-ORG
Axis 8 pobj PROPN I-ORG
, 1 punct PUNCT
fired 12 ROOT VERB
rockets/rocket/NNS 12 dobj NOUN
. 12 punct PUNCT
"""


def test_relative_pronoun_replaced_and_coordinated_subjects_expanded():
    assert facts(hand(RELATIVE_COORD)) == {
        ("Asaib Ahl", "member_of", "Axis"),
        ("Nujaba", "member_of", "Axis"),
    }


REPORTED = """
Badr 1 nsubj PROPN B-ORG
is/be 7 ccomp AUX
part 1 attr NOUN
of 2 prep ADP
Hashd 3 pobj PROPN B-ORG
, 7 punct PUNCT
officials/official/NNS 7 nsubj NOUN
said/say 7 ROOT VERB
. 7 punct PUNCT
"""


def test_reported_copula_keeps_who_said_it():
    assert only(hand(REPORTED), "part_of").attribution == "officials"


PRONOUN_SUBJ = """
It 1 nsubj PRON
is/be 1 ROOT AUX
part 1 attr NOUN
of 2 prep ADP
Hashd 3 pobj PROPN B-ORG
. 1 punct PUNCT
"""


def test_pronoun_subject_lowers_confidence():
    named = only(hand(REPORTED), "part_of").confidence
    pronoun = only(hand(PRONOUN_SUBJ), "part_of")
    assert pronoun.subject.label == "PRON"
    assert pronoun.confidence < named


IDENTITY = """
The 1 det DET
commander 2 nsubj NOUN
was/be/VBD 2 ROOT AUX
Abu 4 compound PROPN B-PERSON
Saadi 2 attr PROPN I-PERSON
. 2 punct PUNCT
"""


def test_name_as_complement_is_identity_not_is_a():
    assert facts(hand(IDENTITY)) == set()


FIRST_TIME = """
It 1 nsubj PRON
was/be/VBD 1 ROOT AUX
the 4 det DET
first 4 amod ADJ
time 1 attr NOUN
. 1 punct PUNCT
"""


def test_no_is_a_for_it_or_vague_complements():
    assert facts(hand(FIRST_TIME)) == set()
    assert facts(hand(FIRST_TIME.replace("time 1 attr", "statement 1 attr"))) == set()


# --- apposition -----------------------------------------------------------------------

APPOS_IS_A = """
Asaib 2 compound PROPN B-PERSON
Ahl 2 compound PROPN I-PERSON
Haq 10 nsubj PROPN I-PERSON
, 2 punct PUNCT
an 8 det DET
Iran 7 npadvmod PROPN B-GPE
-/-/HYPH 7 punct PUNCT
backed/back/VBN 8 amod VERB
group 2 appos NOUN
, 2 punct PUNCT
claimed/claim 10 ROOT VERB
it 10 dobj PRON
. 10 punct PUNCT
"""


def test_apposition_gives_is_a():
    t = only(hand(APPOS_IS_A), "is_a")
    assert (t.subject.text, t.object.text) == ("Asaib Ahl Haq", "Iran-backed group")
    assert t.extractor == "apposition"


# "Ali Haddad supports his wife and infant child, Rina." as the model parses it: the
# apposition hung on the first conjunct
APPOS_AFTER_CONJUNCTS = """
Ali 1 compound PROPN B-PERSON
Haddad 2 nsubj PROPN I-PERSON
supports/support/VBZ 2 ROOT VERB
his/his/PRP$ 4 poss PRON
wife 2 dobj NOUN
and 4 cc CCONJ
infant 7 compound NOUN
child 4 conj NOUN
, 4 punct PUNCT
Rina 4 appos PROPN B-PERSON
. 2 punct PUNCT
"""


def test_an_apposition_after_coordinated_nouns_belongs_to_the_last():
    found = facts(hand(APPOS_AFTER_CONJUNCTS))
    assert not any(s == "Rina" and p == "wife_of" for s, p, _ in found)  # Rina is the child
    assert ("Rina", "is_a", "infant child") in found


def test_real_model_an_apposition_after_coordinated_nouns_belongs_to_the_last(nlp):
    doc = nlp("Ali Haddad earns 300 dinars a month, money that helps him support his wife and infant "
              "child, Rina, famed for being the first baby born in the camp.")
    assert not any(s == "Rina" and p == "wife_of" for s, p, _ in facts(doc))
    doc = nlp("Regulators asked whether Brixa's founder and former chief executive, Tom Vale, enriched himself.")
    assert ("Tom Vale", "founder_of", "Brixa") in facts(doc)  # two roles of one person stay his


def test_hyphenated_participle_names_the_backer():
    t = only(hand(APPOS_IS_A), "back")
    assert (t.subject.text, t.object.text) == ("Iran", "Asaib Ahl Haq")
    assert (t.extractor, t.relation_class, t.predicate_text) == ("participle", "SUPPORT",
                                                                 "Iran-backed")


def test_group_participle_points_from_the_group():
    doc = hand(APPOS_IS_A.replace("backed/back/VBN", "based/base/VBN"))
    t = only(doc, "base_in")
    assert (t.subject.text, t.object.text, t.relation_class) == ("Asaib Ahl Haq", "Iran",
                                                                 "LOCATED_IN")


GENERIC_PARTICIPLE = """
strikes/strike/NNS 1 nsubj NOUN
hit 1 ROOT VERB
Iran 4 npadvmod PROPN B-GPE
-/-/HYPH 4 punct PUNCT
backed/back/VBN 5 amod VERB
groups/group/NNS 1 dobj NOUN
. 1 punct PUNCT
"""


def test_participle_on_a_generic_phrase_gives_nothing():
    assert facts(hand(GENERIC_PARTICIPLE)) == set()


APPOS_ROLE = """
Abu 2 compound PROPN B-PERSON
Fadak 2 compound PROPN I-PERSON
Mohammedawi 11 nsubj PROPN I-PERSON
, 2 punct PUNCT
the 5 det DET
commander 2 appos NOUN
of 5 prep ADP
the 9 det DET B-ORG
Mobilization 9 compound PROPN I-ORG
Forces/Forces/NNPS 6 pobj PROPN I-ORG
, 2 punct PUNCT
met/meet 11 ROOT VERB
him 11 dobj PRON
. 11 punct PUNCT
"""


def test_role_apposition_gives_only_the_role_relation():
    doc = hand(APPOS_ROLE)
    assert facts(doc) == {("Abu Fadak Mohammedawi", "commander_of", "Mobilization Forces")}
    assert only(doc, "commander_of").extractor == "role_appos"


APPOS_NAME_SECOND = """
The 1 det DET
leader 8 nsubj NOUN
of 1 prep ADP
the 4 det DET
militia 2 pobj NOUN
, 1 punct PUNCT
Askari 1 appos PROPN B-PERSON
, 1 punct PUNCT
denied/deny 8 ROOT VERB
. 8 punct PUNCT
"""


def test_role_apposition_with_the_name_second():
    assert facts(hand(APPOS_NAME_SECOND)) == {("Askari", "leader_of", "militia")}


APPOS_ON_POBJ = """
The 1 det DET
commander 11 nsubj NOUN
of 1 prep ADP
US 5 compound PROPN B-ORG
Central 5 compound PROPN I-ORG
Command 2 pobj PROPN I-ORG
, 5 punct PUNCT
General 9 compound PROPN
Michael 9 compound PROPN B-PERSON
Kurilla 5 appos PROPN I-PERSON
, 5 punct PUNCT
visited/visit 11 ROOT VERB
. 11 punct PUNCT
"""


def test_person_hung_on_the_organisation_is_read_as_the_role_apposition():
    assert facts(hand(APPOS_ON_POBJ)) == {
        ("Michael Kurilla", "commander_of", "US Central Command"),
        ("Michael Kurilla", "is_a", "General"),
    }


PARENTHESIS_ALIAS = """
a 2 det DET
senior 2 amod ADJ
commander 2 ROOT NOUN
of 2 prep ADP
the 6 det DET B-ORG
Liberation 6 compound PROPN I-ORG
Front 3 pobj PROPN I-ORG
( 8 punct PUNCT
NLF 6 appos PROPN B-ORG
) 8 punct PUNCT
"""


def test_acronym_of_the_role_object_is_no_role_holder():
    assert facts(hand(PARENTHESIS_ALIAS)) == set()


PHOTO_CREDIT = """
photo 1 compound NOUN
credit 1 ROOT NOUN
: 1 punct PUNCT
REUTERS 1 appos PROPN B-ORG
"""

LIST_MISPARSE = """
Iraq 5 nsubj PROPN B-GPE
, 0 punct PUNCT
Syria 0 appos PROPN B-GPE
and 2 cc CCONJ
Lebanon 2 conj PROPN B-GPE
protested/protest 5 ROOT VERB
. 5 punct PUNCT
"""


@pytest.mark.parametrize("spec", [PHOTO_CREDIT, LIST_MISPARSE], ids=["colon", "list"])
def test_no_apposition_fact_without_a_real_apposition(spec):
    assert facts(hand(spec)) == set()


# --- role titles in noun phrases ------------------------------------------------------

KH_COMMANDER = """
Kataib 1 compound PROPN B-PERSON
Hezbollah 2 compound PROPN I-PERSON
commander 7 compound NOUN
Abu 4 compound PROPN B-PERSON
Baqir 7 compound PROPN I-PERSON
al 7 compound PROPN I-PERSON
- 7 punct PROPN I-PERSON
Saadi 9 nsubjpass PROPN I-PERSON
was/be/VBD 9 auxpass AUX
killed/kill/VBN 9 ROOT VERB
. 9 punct PUNCT
"""


def test_org_compound_role_person():
    t = only(hand(KH_COMMANDER), "commander_of")
    assert (t.subject.text, t.object.text) == ("Abu Baqir al-Saadi", "Kataib Hezbollah")
    assert t.extractor == "role_np" and t.relation_class == "LEADS"
    assert t.predicate_text == "commander"


US_DEFENSE = """
US 2 compound PROPN B-GPE
Defense 2 compound PROPN B-ORG
Secretary 4 compound PROPN
Lloyd 4 compound PROPN B-PERSON
Austin 5 nsubj PROPN I-PERSON
ordered/order 5 ROOT VERB
strikes/strike/NNS 5 dobj NOUN
. 5 punct PUNCT
"""


def test_country_defense_secretary_keeps_the_portfolio_in_the_predicate():
    assert facts(hand(US_DEFENSE)) == {("Lloyd Austin", "defense_secretary_of", "US")}


DEFENSE_ONLY = """
Defense 1 compound PROPN B-ORG
Secretary 3 compound PROPN
Lloyd 3 compound PROPN B-PERSON
Austin 4 nsubj PROPN I-PERSON
spoke/speak 4 ROOT VERB
. 4 punct PUNCT
"""


def test_title_without_organisation_gives_is_a_title():
    doc = hand(DEFENSE_ONLY)
    assert doc.text.startswith("Defense Secretary Lloyd Austin")
    t = only(doc, "is_a")
    assert (t.subject.text, t.object.text) == ("Lloyd Austin", "Defense Secretary")
    assert t.extractor == "role_title"


SPOKESPERSON = """
The 1 det DET
group 4 poss NOUN
's/'s/POS 1 case PART
military 4 amod ADJ
spokesperson 9 nsubj NOUN
Jaafar 6 compound PROPN B-PERSON
al 9 npadvmod PROPN I-PERSON
- 9 punct PROPN I-PERSON
Husseini 9 nsubj PROPN I-PERSON
denied/deny 9 ROOT VERB
it 9 dobj PRON
. 9 punct PUNCT
"""


def test_possessive_role_survives_the_two_subjects_misparse():
    t = only(hand(SPOKESPERSON), "spokesperson_of")
    assert (t.subject.text, t.object.text) == ("Jaafar al-Husseini", "group")
    assert t.extractor == "possessive_role"
    assert t.predicate_text == "military spokesperson"
    attached = only(hand(KH_COMMANDER), "commander_of").confidence
    assert t.confidence < attached  # the parse did not confirm the title


PRIME_MINISTER = """
Iraqi 2 amod ADJ B-NORP
Prime 2 compound PROPN
Minister 4 compound PROPN
Mustafa 4 compound PROPN B-PERSON
Kadhimi 5 nsubj PROPN I-PERSON
visited/visit 5 ROOT VERB
Tehran 5 dobj PROPN B-GPE
. 5 punct PUNCT
"""


def test_demonym_object_of_a_role_is_its_country():
    t = only(hand(PRIME_MINISTER), "prime_minister_of")
    assert (t.subject.text, t.object.text, t.object.label) == ("Mustafa Kadhimi", "Iraq", "GPE")
    assert t.predicate_text == "Iraqi Prime Minister"  # the written words are kept
    assert (t.object.start_char, t.object.end_char) == (0, len("Iraqi"))


BACKED_BY_DEMONYM = """
The 5 det DET
Iranian 3 npadvmod ADJ B-NORP
- 3 punct PUNCT
backed/back/VBN 5 amod VERB
Kataib 5 compound PROPN B-ORG
Hezbollah 6 nsubj PROPN I-ORG
struck/strike 6 ROOT VERB
. 6 punct PUNCT
"""


def test_demonym_that_backs_a_group_is_its_country():
    t = only(hand(BACKED_BY_DEMONYM), "back")
    assert (t.subject.text, t.subject.label, t.object.text) == ("Iran", "GPE", "Kataib Hezbollah")


def test_user_demonyms_file(tmp_path):
    from newsgraph.extract.nominal import load_demonyms

    extra = tmp_path / "demonyms.yaml"
    extra.write_text("demonyms:\n  iraqi: Republic of Iraq\n", encoding="utf-8")
    found = extract_nominal_triples(hand(PRIME_MINISTER), "d1", demonyms=load_demonyms(extra))
    assert [t.object.text for t in found if t.predicate == "prime_minister_of"] == ["Republic of Iraq"]
    assert only(hand(PRIME_MINISTER), "prime_minister_of").object.text == "Iraq"  # shipped table unchanged


def test_bad_demonyms_file_names_the_file(tmp_path):
    from newsgraph.extract.nominal import RoleLexiconError, load_demonyms

    bad = tmp_path / "bad.yaml"
    bad.write_text("demonyms: [iraqi]\n", encoding="utf-8")
    with pytest.raises(RoleLexiconError, match="bad.yaml"):
        load_demonyms(bad)


PRESIDENT = """
President 2 compound PROPN
Donald 2 compound PROPN B-PERSON
Trump 3 nsubj PROPN I-PERSON
ordered/order 3 ROOT VERB
it 3 dobj PRON
. 3 punct PUNCT
"""


def test_bare_title_is_a():
    assert facts(hand(PRESIDENT)) == {("Donald Trump", "is_a", "President")}


FORMER = """
Former/former 2 amod ADJ
US 2 compound PROPN B-GPE
President 4 compound PROPN
Donald 4 compound PROPN B-PERSON
Trump 5 nsubj PROPN I-PERSON
spoke/speak 5 ROOT VERB
. 5 punct PUNCT
"""


def test_former_title_is_marked_in_modality():
    t = only(hand(FORMER), "president_of")
    assert t.object.text == "US" and t.modality == "former"


SECRETARY_GENERAL = """
Hezbollah 3 compound PROPN B-ORG
Secretary 3 compound PROPN
-/-/HYPH 3 punct PUNCT
General 5 compound PROPN
Ahmed 5 compound PROPN B-PERSON
Hamidawi 6 nsubj PROPN I-PERSON
spoke/speak 6 ROOT VERB
. 6 punct PUNCT
"""


def test_hyphenated_multiword_role():
    assert facts(hand(SECRETARY_GENERAL)) == {
        ("Ahmed Hamidawi", "secretary_general_of", "Hezbollah")
    }


OPPOSITION = """
Opposition 1 compound NOUN
leader 3 compound NOUN
Vera 3 compound PROPN B-PERSON
Konstantin 4 nsubj PROPN I-PERSON
spoke/speak 4 ROOT VERB
. 4 punct PUNCT
"""


def test_title_without_organisation_keeps_its_noun_modifiers():
    assert facts(hand(OPPOSITION)) == {("Vera Konstantin", "is_a", "Opposition leader")}


TRANSPORT = """
Amiri 1 nsubj PROPN B-PERSON
served/serve 1 ROOT VERB
as 1 prep ADP
transport 4 compound NOUN
minister 2 pobj NOUN
. 1 punct PUNCT
"""


def test_common_noun_before_a_role_is_no_organisation():
    assert facts(hand(TRANSPORT)) == {("Amiri", "is_a", "transport minister")}


NAME_TYPE = """
The 4 det DET
Kataib 2 compound PROPN B-ORG
Hezbollah 4 compound PROPN I-ORG
militia 4 compound NOUN
group 5 nsubj NOUN
claimed/claim 5 ROOT VERB
it 5 dobj PRON
. 5 punct PUNCT
"""


def test_name_followed_by_group_noun_is_a():
    t = only(hand(NAME_TYPE), "is_a")
    assert (t.subject.text, t.object.text, t.extractor) == (
        "Kataib Hezbollah", "militia group", "name_type")


ALLY_POSS = """
Washington 7 nsubj PROPN B-GPE
, 0 punct PUNCT
Iraq 5 poss PROPN B-GPE
's/'s/POS 2 case PART
main 5 amod ADJ
ally 0 appos NOUN
, 0 punct PUNCT
condemned/condemn 7 ROOT VERB
it 7 dobj PRON
. 7 punct PUNCT
"""


def test_relation_noun_with_possessor():
    t = only(hand(ALLY_POSS), "ally_of")
    assert (t.subject.text, t.object.text, t.relation_class) == ("Washington", "Iraq", "ALLY")


TITLE_IN_ENTITY = """
Brigadier 1 compound PROPN
General 3 compound PROPN B-PERSON
Ahmed 3 compound PROPN I-PERSON
Hassan 4 nsubj PROPN I-PERSON
commanded/command 4 ROOT VERB
it 4 dobj PRON
. 4 punct PUNCT
"""


def test_title_words_swallowed_by_the_person_entity_are_read_as_title():
    assert facts(hand(TITLE_IN_ENTITY)) == {("Ahmed Hassan", "is_a", "Brigadier General")}


GLUED_NAME = """
Houthi 1 compound PROPN B-ORG
leader 6 compound NOUN
Abdul 6 compound PROPN B-PERSON
Malik 6 compound PROPN I-PERSON
al 6 compound PROPN I-PERSON
-/-/NNP 6 punct PROPN I-PERSON
Houthi 7 nsubj PROPN B-ORG
vowed/vow 7 ROOT VERB
revenge 7 dobj NOUN
. 7 punct PUNCT
"""


def test_name_split_at_a_hyphen_by_the_gazetteer_is_joined():
    assert facts(hand(GLUED_NAME)) == {("Abdul Malik al-Houthi", "leader_of", "Houthi")}


CAPITAL = """
east 0 ROOT NOUN
of 0 prep ADP
Iraqi 3 amod ADJ B-NORP
capital 4 compound NOUN
Baghdad 1 pobj PROPN B-GPE
"""


def test_place_type_before_a_place_name():
    assert facts(hand(CAPITAL)) == {("Baghdad", "is_a", "Iraqi capital")}
    assert facts(hand(CAPITAL.replace("capital 4", "militia 4"))) == set()


def test_real_model_a_place_before_a_type_noun_of_another_name_is_not_that_type(nlp):
    """ "the northern Kestria town of Beit Orla": the town is Beit Orla, so Kestria is no town."""
    found = facts(nlp("Tessaly launched an offensive into the northern Kestria town of Beit Orla."))
    assert not {f for f in found if f[1] == "is_a" and f[2] == "town"}, found


def test_real_model_a_plural_subjects_listed_complements_are_its_members(nlp):
    """ "The main causes were poverty, war and drought": the causes include each, none of
    them is "main causes"; a single complement stays a type ("The rebels are a threat")."""
    found = facts(nlp("The main causes were poverty, war and drought. The rebels are a threat to peace. "
                      "The rebels are fighters and smugglers."))
    assert {("main causes", "include", w) for w in ("poverty", "war", "drought")} <= found, found
    assert ("rebels", "is_a", "threat to peace") in found and not any(
        f[0] == "main causes" and f[1] == "is_a" for f in found), found
    assert ("rebels", "is_a", "fighters") in found, found  # two nouns: what they are


SUPREME_LEADER = """
Iran 3 poss PROPN B-GPE
's/'s/POS 0 case PART
Supreme 3 compound PROPN
Leader 6 compound PROPN
Ayatollah 6 compound PROPN
Ali 6 compound PROPN B-PERSON
Khamenei 7 nsubj PROPN I-PERSON
warned/warn 7 ROOT VERB
. 7 punct PUNCT
"""


def test_a_position_before_a_rank_wins():
    assert facts(hand(SUPREME_LEADER)) == {("Ali Khamenei", "supreme_leader_of", "Iran")}


HONORIFIC = """
Mr./mr./NNP 2 compound PROPN
Ali 2 compound PROPN B-PERSON
Hassan 3 nsubj PROPN I-PERSON
spoke/speak 3 ROOT VERB
. 3 punct PUNCT
"""


def test_honorific_is_no_title():
    assert facts(hand(HONORIFIC)) == set()


US_ALLY = """
Jordan 6 nsubj PROPN B-GPE
, 0 punct PUNCT
a 5 det DET
key 5 amod ADJ
US 5 compound PROPN B-GPE
ally 0 appos NOUN
condemned/condemn 6 ROOT VERB
it 6 dobj PRON
. 6 punct PUNCT
"""


def test_relation_noun_with_a_name_modifier():
    assert facts(hand(US_ALLY)) == {("Jordan", "ally_of", "US")}


NOT_AVAILABLE = """
Mohi 1 nsubj PROPN B-PERSON
was/be/VBD 1 ROOT AUX
not 1 neg PART
available 1 acomp ADJ
for 3 prep ADP
comment 4 pobj NOUN
. 1 punct PUNCT
"""


def test_only_relation_adjectives_give_adjective_facts():
    assert facts(hand(NOT_AVAILABLE)) == set()
    t = only(hand(NOT_AVAILABLE.replace("available 1", "loyal 1").replace("for 3", "to 3")),
             "loyal_to")
    assert (t.subject.text, t.object.text, t.negated) == ("Mohi", "comment", True)


HEADLINE = """
Defense 1 compound PROPN
Minister 2 compound PROPN
Vows/Vows 2 ROOT PROPN B-PERSON
To/to/TO 4 aux PART I-PERSON
Disarm/Disarm 2 xcomp PROPN I-PERSON
Militia 4 dobj PROPN I-PERSON
"""


def test_headline_words_tagged_as_a_person_are_no_name():
    assert facts(hand(HEADLINE)) == set()


def test_user_roles_file_adds_a_role(tmp_path):
    extra = tmp_path / "roles.yaml"
    extra.write_text("roles: [quartermaster]\n", encoding="utf-8")
    doc = hand(KH_COMMANDER.replace("commander 7 compound NOUN", "quartermaster 7 compound NOUN"))
    assert facts(doc) == set()
    lex = load_roles(extra)
    found = {(t.subject.text, t.predicate, t.object.text)
             for t in extract_nominal_triples(doc, "d1", lexicon=lex)}
    assert found == {("Abu Baqir al-Saadi", "quartermaster_of", "Kataib Hezbollah")}


def test_roles_file_through_the_run_lexicon(tmp_path):
    from newsgraph.lexicon import Lexicon

    extra = tmp_path / "roles.yaml"
    extra.write_text("roles: [quartermaster]\n", encoding="utf-8")
    lexicon = Lexicon.load(roles=extra)
    doc = hand(KH_COMMANDER.replace("commander 7 compound NOUN", "quartermaster 7 compound NOUN"))
    found = {(t.subject.text, t.predicate, t.object.text)
             for t in extract_nominal_triples(doc, "d1", lexicon=lexicon.roles, classes=lexicon.classes)}
    assert found == {("Abu Baqir al-Saadi", "quartermaster_of", "Kataib Hezbollah")}
    assert facts(doc) == set()  # the shipped lists are unchanged


def test_bad_roles_file_names_the_file(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("roles: commander\n", encoding="utf-8")
    with pytest.raises(RoleLexiconError, match="roles.yaml: 'roles' must be a list"):
        load_roles(bad)


# --- end to end on the real model ----------------------------------------------------

E2E = [
    ("The Badr Organization is part of the Popular Mobilization Forces.",
     ("Badr Organization", "part_of", "Popular Mobilization Forces")),
    ("Kataib Sayyid al-Shuhada is an Iraqi militia group.",
     ("Kataib Sayyid al-Shuhada", "is_a", "Iraqi militia group")),
    ("Qais al-Khazali is the leader of Asaib Ahl al-Haq.",
     ("Qais al-Khazali", "leader_of", "Asaib Ahl al-Haq")),
    ("Asaib Ahl al-Haq, an Iran-backed group, claimed the attack on Monday.",
     ("Asaib Ahl al-Haq", "is_a", "Iran-backed group")),
    ("Hassan Nasrallah, the leader of Hezbollah, gave a speech.",
     ("Hassan Nasrallah", "leader_of", "Hezbollah")),
    ("Kataib Hezbollah commander Abu Baqir al-Saadi was killed in a drone strike.",
     ("Abu Baqir al-Saadi", "commander_of", "Kataib Hezbollah")),
    ("US Defense Secretary Lloyd Austin ordered the strikes.",
     ("Lloyd Austin", "defense_secretary_of", "US")),
    ("Defense Secretary Lloyd Austin said the strikes were justified.",
     ("Lloyd Austin", "is_a", "Defense Secretary")),
    ("The group's military spokesperson Jaafar al-Husseini denied the claim.",
     ("Jaafar al-Husseini", "spokesperson_of", "group")),
    ("Iraqi Prime Minister Mustafa Al-Kadhimi visited Washington.",
     ("Mustafa Al-Kadhimi", "prime_minister_of", "Iraq")),
    ("President Donald Trump ordered the strike on Thursday.",
     ("Donald Trump", "is_a", "President")),
    ("Iran's foreign minister, Hossein Amir-Abdollahian, arrived in Baghdad.",
     ("Hossein Amir-Abdollahian", "foreign_minister_of", "Iran")),
    ("Abu Ali al-Askari, a spokesman for Kataib Hezbollah, denied the report.",
     ("Abu Ali al-Askari", "spokesman_of", "Kataib Hezbollah")),
    ("Kataib Hezbollah is part of a wider coalition called the Popular Mobilization Forces.",
     ("Kataib Hezbollah", "part_of", "Popular Mobilization Forces")),
    ("Abu Fadak, the chief of staff of the Popular Mobilization Forces, was sanctioned.",
     ("Abu Fadak", "chief_of_staff_of", "Popular Mobilization Forces")),
    ("Harakat al-Nujaba is an Iran-backed militia.",
     ("Iran", "back", "Harakat al-Nujaba")),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei warned of a harsh response.",
     ("Ali Khamenei", "supreme_leader_of", "Iran")),
    ("Pentagon spokesman Pat Ryder said the strike was defensive.",
     ("Pat Ryder", "spokesman_of", "Pentagon")),
    ("Dana Orr, the Valdor Union's foreign policy chief, said talks would resume.",
     ("Dana Orr", "foreign_policy_chief_of", "Valdor Union")),
    ("Tam Wells, Vellia's top opposition leader, rejected the result.",
     ("Tam Wells", "opposition_leader_of", "Vellia")),
    ("Dana Orr, a climate-policy researcher at the Orvane Institute, said the plan fails.",
     ("Dana Orr", "climate_policy_researcher_of", "Orvane Institute")),
    # a player's position is his role in the team
    ("Ardmore Rovers striker Tomas Kerrin scored twice against Vellport.",
     ("Tomas Kerrin", "striker_of", "Ardmore Rovers")),
    ("Harlow Hawks goaltender Mika Lindqvist made 30 saves.",
     ("Mika Lindqvist", "goaltender_of", "Harlow Hawks")),
    # the team's name ends in a word that is also a title's ("state senator")
    ("Michigan State quarterback Tomas Kerrin threw for 200 yards.",
     ("Tomas Kerrin", "quarterback_of", "Michigan State")),
    # the body written after a person's name with "of"; a title before the name takes it
    ("Pamela Vance of Orvane Media Inc. serves as executive producer of the show.",
     ("Pamela Vance", "affiliated_with", "Orvane Media Inc.")),
    ("The talks were led by Jim Tarrow of the Federal Reserve.",
     ("Jim Tarrow", "affiliated_with", "Federal Reserve")),
    ("Senator Tom Arlow of Iowa said the bill would pass.",
     ("Tom Arlow", "senator_of", "Iowa")),
    ("David Kessel, of advisers Orvane Capital Ltd, told the paper the deal was off.",
     ("David Kessel", "affiliated_with", "Orvane Capital Ltd")),
    ("Vellia's main opposition leader Dan Orr spoke on Monday.",
     ("Dan Orr", "opposition_leader_of", "Vellia")),
    ("The Cypriot foreign minister Dan Orr met Ada Lisk on Monday.",
     ("Dan Orr", "foreign_minister_of", "Cyprus")),
    ("Sri Lankan President Dan Orr on Saturday named a new cabinet.",
     ("Dan Orr", "president_of", "Sri Lanka")),
]


@pytest.mark.parametrize("sentence,expected", E2E, ids=[e[1][1] + str(i) for i, e in
                                                        enumerate(E2E)])
def test_real_model(nlp, sentence, expected):
    assert expected in facts(nlp(sentence))


def test_real_model_negation_and_relative_clause(nlp):
    doc = nlp("Saraya Awliya al-Dam, which is no longer part of the alliance, fired rockets.")
    found = [t for t in extract_nominal_triples(doc, "d1") if t.predicate == "part_of"]
    assert [(t.subject.text, t.object.text, t.negated) for t in found] == [
        ("Saraya Awliya al-Dam", "alliance", True)
    ]


def test_real_model_every_triple_is_well_formed(nlp):
    text = ("Kataib Hezbollah, an Iran-backed group, is part of the Popular Mobilization Forces. "
            "Its leader, Abu Hussein al-Hamidawi, is a veteran commander. "
            "Iraqi Prime Minister Mustafa al-Kadhimi met US President Joe Biden.")
    doc = nlp(text)
    triples = list(extract_nominal_triples(doc, "d9"))
    assert len(triples) >= 4
    sents = list(doc.sents)
    for t in triples:
        assert t.subject.doc == "d9" and 0 <= t.confidence <= 1
        assert text[t.subject.start_char:t.subject.end_char] == t.subject.text
        written = text[t.object.start_char:t.object.end_char]
        # a demonym object of a role names its country: "Iraqi" -> "Iraq", at the same place
        assert written == t.object.text or (written, t.object.text) == ("Iraqi", "Iraq")
        assert sents[t.sent_index].text == t.sentence
        assert t.sentence in text and t.start_char < t.end_char


# --- full titles and names (issue 12) ---------------------------------------------------

PARTY_LEADER = """
Liberal 1 compound PROPN
Democrats 2 compound PROPN B-NORP
leader 4 compound NOUN
Ada 4 compound PROPN B-PERSON
Lisk 5 nsubj PROPN I-PERSON
spoke/speak 5 ROOT VERB
. 5 punct PUNCT
"""

CHIEF_EXECUTIVE = """
Valcor 3 compound PROPN B-ORG
chief 3 amod ADJ
executive 3 compound NOUN
officer 5 compound NOUN
Ada 5 compound PROPN B-PERSON
Lisk 6 nsubj PROPN I-PERSON
resigned/resign 6 ROOT VERB
. 6 punct PUNCT
"""


def test_a_party_name_the_tagger_cut_keeps_its_first_word():
    assert ("Ada Lisk", "leader_of", "Liberal Democrats") in facts(hand(PARTY_LEADER))


def test_a_multiword_title_is_kept_whole():
    assert ("Ada Lisk", "chief_executive_officer_of", "Valcor") in facts(hand(CHIEF_EXECUTIVE))


# --- business relations and field roles (real model, our own sentences) ---------------

RELATIONS = [
    ("Halden Financial, the parent of Varo Trust, reported higher profit.",
     ("Halden Financial", "parent_of", "Varo Trust")),
    ("Initech is the largest shareholder in Zemco Industries.",
     ("Initech", "shareholder_of", "Zemco Industries")),
    ("Orvanco, with assets of one billion dollars, is the holding company for the Cascade Bank.",
     ("Orvanco", "holding_company_of", "Cascade Bank")),
    ('"The deal is small," said Derek Stone, a China scholar with the American Enterprise Institute.',
     ("Derek Stone", "scholar_of", "American Enterprise Institute")),
]


@pytest.mark.parametrize("sentence,expected", RELATIONS, ids=[e[1][1] for e in RELATIONS])
def test_business_relation_nouns_relate_two_actors(nlp, sentence, expected):
    assert expected in facts(nlp(sentence))


def test_a_place_before_a_firm_noun_says_where_it_is_not_whose(nlp):
    found = facts(nlp("Security Atlantic is the sixth largest U.S. bank holding company."))
    assert not any(p == "holding_company_of" for _, p, _ in found), found


def test_a_place_before_a_field_role_is_its_subject_not_its_employer(nlp):
    found = facts(nlp('"The deal is small," said Derek Stone, a China scholar with the '
                      'American Enterprise Institute, and Ana Ruiz, an expert from San Diego.'))
    assert ("Derek Stone", "scholar_of", "China") not in found
    assert not any(o == "San Diego" for _, _, o in found), found
    found = facts(nlp("The testimony came from former White House Russia adviser Fiona Hall."))
    assert ("Fiona Hall", "adviser_of", "Russia") not in found, found


def test_a_place_before_a_capitalised_office_of_several_words_is_its_owner(nlp):
    """ "Brooklyn District Attorney Dan Kerr" is the district attorney of Brooklyn, where "a
    Brooklyn attorney" only works there."""
    found = facts(nlp("Brooklyn District Attorney Dan Kerr dropped the case. A Brooklyn attorney, Tom Orr, objected."))
    assert ("Dan Kerr", "district_attorney_of", "Brooklyn") in found, found
    assert not any(s == "Tom Orr" and o == "Brooklyn" for s, _, o in found), found


def test_a_relation_noun_between_two_names_is_an_edge_between_them(nlp):
    """ "NATO member Turkey", "Kremlin critic Dan Kerr", "met U.S. ally Israel": a relation
    noun written as a title is; "the NATO member states" names no one."""
    found = facts(nlp("NATO member Turkey hosted the summit. Kremlin critic Dan Kerr was jailed. Tom Orr met "
                      "U.S. ally Israel. The NATO member states met."))
    assert {("Turkey", "member_of"), ("Dan Kerr", "critic_of"), ("Israel", "ally_of")} <= {
        (s, p) for s, p, _ in found}, found
    assert not any(p == "member_of" and s != "Turkey" for s, p, _ in found), found


def test_a_noun_that_is_no_title_gives_its_own_of_to_no_role_before_it(nlp):
    """ "a veteran market analyst and close follower of Vellco": he follows Vellco and is no
    analyst of it; "a lawyer and longtime friend of Ana Vell" is her friend. Two titles share
    their body: "the co-founder and chief executive of Orvane"."""
    found = facts(nlp("Prices will fall, said Dan Kerr, a veteran market analyst and close follower of Vellco. "
                      "Tom Orr, a lawyer and longtime friend of Ana Vell, spoke. "
                      "Ben Tarr, the co-founder and chief executive of Orvane, resigned."))
    assert ("Dan Kerr", "follower_of", "Vellco") in found and ("Tom Orr", "friend_of", "Ana Vell") in found, found
    assert not any(o == "Vellco" and p != "follower_of" for _, p, o in found), found
    assert {("Ben Tarr", "co_founder_of", "Orvane"), ("Ben Tarr", "chief_executive_of", "Orvane")} <= found, found


def test_a_unit_keeps_its_peoples_word_and_its_modifiers_modifiers(nlp):
    """ "head of Vellco's German operations" heads a unit, not Vellco; "director of the infectious
    diseases department at Kestford General Hospital" keeps "infectious"."""
    found = facts(nlp("Dan Kerr, head of Vellco's German operations, said on Wednesday that sales fell. "
                      "Ana Vell, director of the infectious diseases department at Kestford General Hospital, "
                      "wrote on Monday."))
    assert ("Dan Kerr", "head_of_german_operations_of", "Vellco") in found, found
    assert ("Ana Vell", "director_of_infectious_diseases_department_of", "Kestford General Hospital") in found, found


def test_a_latin_rank_in_a_title_is_no_person(nlp):
    """ "Senate President Pro Tem Del Varsh": the rank belongs to the title, not to a person "Pro Tem"."""
    found = facts(nlp("Senate President Pro Tem Del Varsh said the vote would wait."))
    assert not any(s in ("Pro Tem", "Tem") for s, _, _ in found), found


def test_a_role_of_a_described_company_belongs_to_the_name_in_apposition(nlp):
    found = facts(nlp("In Frankfurt Tom Wen, joint chief executive of West Germany's largest bank, "
                      "Deutsche Bank, said that he believed the accord would hold."))
    # "joint" is a grade of the title (qualifiers), kept as "deputy" is
    assert ("Tom Wen", "joint_chief_executive_of", "Deutsche Bank") in found, found
    assert not any(o == "West Germany" for _, _, o in found), found


def test_real_model_a_place_after_a_name_without_title_is_no_affiliation(nlp):
    """ "Jim Lee of Denver won the race": where he lives, not a body he belongs to."""
    assert not [f for f in facts(nlp("Jim Lee of Denver won the race.")) if f[1] == "of"]
    # a title in lower case is no office of the place: he leads a tournament
    found = facts(nlp("Vell is a point behind sole leader Tomas Kerrin of Germany."))
    assert not [f for f in found if f[2] == "Germany"], found


def test_real_model_a_statistic_in_brackets_is_no_class(nlp):
    """ "linebacker Tom Verrill (74 tackles, 9.5 sacks, 2 INT)": no Verrill is_a 74 tackles."""
    found = facts(nlp("The Hawks face linebacker Tom Verrill (74 tackles, 9.5 sacks, 2 INT) on Sunday."))
    assert not [f for f in found if f[1] == "is_a" and (f[0][0].isdigit() or f[2][0].isdigit())], found


@pytest.mark.parametrize("sentence,expected", [
    ("House Minority Leader Dora Pell said the vote would wait.", ("Dora Pell", "minority_leader_of", "House")),
    ("Senate Majority Leader Ivo Marsh said the vote would wait.", ("Ivo Marsh", "majority_leader_of", "Senate")),
    ("Senate Democratic Leader Tam Wells said the vote would wait.",
     ("Tam Wells", "is_a", "Senate Democratic Leader")),
    ("Republican leader Rod Brant said the vote would wait.", ("Rod Brant", "is_a", "Republican leader")),
])
def test_real_model_a_chamber_office_keeps_its_party_and_majority_words(nlp, sentence, expected):
    """ "House Minority Leader X" leads no body called "Minority"; "Senate Democratic Leader
    Y" is no bare "Leader"."""
    found = facts(nlp(sentence))
    assert expected in found, found
    assert not any(o in ("Minority", "Majority", "Leader", "leader") for _, _, o in found), found


def test_real_model_a_kind_of_place_is_no_field_of_the_office(nlp):
    found = facts(nlp("Dana Kell, once mayor of the northern port city of Orlmouth, won the vote."))
    assert ("Dana Kell", "mayor_of", "Orlmouth") in found, found


def test_real_model_a_fronted_place_is_not_what_the_subject_is(nlp):
    """ "Beyond Kestford, the new board of the farmers' union took office": the board is the
    subject of "took", not a description of the town."""
    doc = nlp("Beyond Kestford, the new board of the farmers' union took office in May with the support "
              "of the growers, and has vowed to fight.")
    fix_parse(doc)
    found = facts(doc)
    assert not [f for f in found if f[1] == "is_a" and "board" in f[2]], found


def test_real_model_an_apposition_after_a_phrase_describes_the_nearer_noun(nlp):
    found = facts(nlp("Orvane Dairy has three more plants to sell this year, said Ivo Rusk, including "
                      "one with a cheese line, the firm's oldest site."))
    assert not [f for f in found if f[0] == "Ivo Rusk" and f[1] == "is_a"], found


def test_real_model_a_person_named_after_a_possessed_relation_noun_stands_in_it(nlp):
    """ "Vell's closest ally, Ada Lisk, resigned": Ada Lisk is Vell's ally, as "Orlen's rival,
    Vellco" is Orlen's rival."""
    assert ("Ada Lisk", "ally_of", "Tom Vell") in facts(nlp("Tom Vell's closest ally, Ada Lisk, resigned on Monday."))


@pytest.mark.parametrize("sentence", [
    "Rockets hit the Orvane Embassy, the Valdor bank and the mayor's office.",
    "Visitors saw the Orvane Tower, the city hall and the old bridge.",
])
def test_real_model_the_items_of_a_list_are_no_appositions(nlp, sentence):
    """ "the Orvane Embassy, the Valdor bank and ...": three targets, not an embassy that is
    a bank."""
    assert not [f for f in facts(nlp(sentence)) if f[1] == "is_a"], facts(nlp(sentence))


def test_real_model_an_apposition_before_a_comma_and_stays(nlp):
    found = facts(nlp("The squad includes Tom Wen, a striker, and Dan Vell, a goalkeeper."))
    assert ("Tom Wen", "is_a", "striker") in found and ("Dan Vell", "is_a", "goalkeeper") in found, found


@pytest.mark.parametrize("sentence,expected", [
    ("Soviet leader Ivan Orlov met the envoy.", ("Ivan Orlov", "leader_of", "Soviet Union")),
    ("Laotian Prime Minister Dana Orr met the envoy.", ("Dana Orr", "prime_minister_of", "Laos")),
])
def test_real_model_demonyms_of_more_countries_and_of_former_states(nlp, sentence, expected):
    assert expected in facts(nlp(sentence)), facts(nlp(sentence))


GLUED_APPOSITION = """
Tom 1 compound PROPN B-PERSON
Kerr 12 nsubj PROPN I-PERSON
, 1 punct PUNCT
leader 1 appos NOUN
of 3 prep ADP
the 7 det DET
main 7 amod ADJ
opposition 4 pobj NOUN
Vell 10 compound PROPN B-ORG
Gael 10 compound PROPN I-ORG
party 7 appos NOUN
, 1 punct PUNCT
spoke/speak 12 ROOT VERB
. 12 punct PUNCT
"""


def test_a_modifier_parsed_as_the_head_of_the_name_after_it_is_mended():
    """The model's parse of "leader of the main opposition Vell Gael party": "opposition" as
    the object and the party as its apposition. Mended, he leads Vell Gael, not "main
    opposition"."""
    doc = hand(GLUED_APPOSITION)
    assert ("Tom Kerr", "leader_of", "main opposition") in facts(doc)
    fix_parse(doc)
    found = facts(doc)
    assert [o for _, p, o in found if p == "leader_of"] == ["main opposition Vell Gael party"], found


FORMER_BEFORE_NAME = """
Former/former 6 amod ADJ
Vell 2 compound PROPN
campaign 4 compound NOUN
finance 4 compound NOUN
adviser 6 compound NOUN
Ana 6 compound PROPN B-PERSON
Tarrow 7 nsubj PROPN I-PERSON
testified/testify 7 ROOT VERB
. 7 punct PUNCT
"""


def test_former_before_a_name_that_opens_the_title_marks_it():
    """"Former Vell campaign finance adviser X": he no longer is; the name and the
    nouns before the title do not hide the "former" from it."""
    fact = only(hand(FORMER_BEFORE_NAME), "campaign_finance_adviser_of")
    assert fact.object.text == "Vell" and fact.modality == "former"
    fact = only(hand(FORMER_BEFORE_NAME.replace("Former/former 6 amod ADJ\n", "The/the 6 det DET\n")),
                "campaign_finance_adviser_of")
    assert fact.modality is None


def test_a_country_before_a_members_title_names_the_chamber_not_an_employer(nlp):
    """"U.S. Representative X" sits in the House: is_a "U.S. Representative", no
    representative_of the United States; a state before it is her constituency."""
    found = facts(nlp("On Friday, U.S. Representative Dana Orr told reporters that the bill would pass."))
    assert ("Dana Orr", "is_a", "U.S. Representative") in found, found
    assert not any(p == "representative_of" for _, p, _ in found), found
    found = facts(nlp("On Friday, Texas Representative Joe Vell told reporters that the bill would pass."))
    assert ("Joe Vell", "representative_of", "Texas") in found, found


def test_a_person_is_never_a_kind_of_organisation(nlp):
    """ "Mira Tarrow, senior fellow at the Orlen Policy Center, a nonpartisan think tank": the
    think tank is the Center, not Tarrow; her role there stays."""
    found = facts(nlp('"The levy is wrong," said Mira Tarrow, senior fellow at the Orlen Policy Center, '
                      'a nonpartisan think tank.'))
    assert not any(s == "Mira Tarrow" and p == "is_a" for s, p, _ in found), found
    assert ("Mira Tarrow", "senior_fellow_of", "Orlen Policy Center") in found, found


def test_no_before_a_complement_denies_it(nlp):
    """ "Ana Lisk is no fan of Ben Tarrow" says she is not one."""
    facts_ = [t for t in extract_nominal_triples(nlp("Ana Lisk is no fan of Ben Tarrow."), "d1")
              if t.predicate == "is_a"]
    assert facts_ and all(t.negated for t in facts_), [(t.object.text, t.negated) for t in facts_]
    facts_ = [t for t in extract_nominal_triples(nlp("Ana Lisk is a fan of Ben Tarrow."), "d1")
              if t.predicate == "is_a"]
    assert facts_ and not any(t.negated for t in facts_)


# "Reporters called the office of VNP acting chairman, Ben Tarrow."
TITLE_BEFORE_COMMA = """
Reporters/reporter 1 nsubj NOUN
called/call 1 ROOT VERB
the 3 det DET
office 1 dobj NOUN
of 3 prep ADP
VNP 7 nmod PROPN B-ORG
acting 7 amod NOUN
chairman 4 pobj NOUN
, 7 punct PUNCT
Ben 10 compound PROPN B-PERSON
Tarrow 7 appos PROPN I-PERSON
. 1 punct PUNCT
"""


def test_a_title_set_off_from_its_name_by_a_comma_is_the_names_role():
    assert ("Ben Tarrow", "acting_chairman_of", "VNP") in facts(hand(TITLE_BEFORE_COMMA))


def test_a_civil_service_grade_is_part_of_the_title(tmp_path):
    """ "Joint Secretary Ana Lisk of the Ministry of Trade": a joint secretary of the ministry,
    not the secretary of a body called "Joint" (``qualifiers`` in roles.yaml)."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Joint Secretary Ana Lisk of the Ministry of Trade opened the fair "
                                  "in Brezna on Monday.", sentences=True)
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ana Lisk", "joint_secretary_of", "Ministry of Trade") in got, got
    assert not any(o == "Joint" for _, _, o in got), got


TESSALY_GOVERNOR = ("Crowds in Brezna mourned former governor Tessaly Dan Vellek on Monday. Dan Vellek "
                    "had led Tessaly for ten years.")


def test_the_place_of_a_title_before_a_name_is_no_part_of_the_name(tmp_path):
    """ "former governor Tessaly Dan Vellek": the governor of Tessaly is Dan Vellek, and no
    actor is called "Tessaly Dan Vellek"."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, TESSALY_GOVERNOR, sentences=False)
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dan Vellek", "governor_of", "Tessaly") in got, got
    assert not any("Tessaly Dan" in s or "Tessaly Dan" in o for s, _, o in got), got


def test_one_of_a_group_in_apposition_is_a_member_of_it(nlp):
    """ "X, one of the founders of Y": a founder of Y; "X, one of the doves in the Y Party": a
    member of it; "one of the richest women in Brezna" makes her no member of a place."""
    found = facts(nlp("Dan Orr, one of the doves in the Vell Party, praised the truce. Ben Tarrow, "
                      "one of the founders of Brezna Bank, was arrested. Ana Vell, one of the richest "
                      "women in Brezna, spoke."))
    assert ("Dan Orr", "member_of", "Vell Party") in found, found
    assert ("Ben Tarrow", "founder_of", "Brezna Bank") in found, found
    assert not any(o == "Brezna" for _, _, o in found), found


def test_a_high_commissioner_is_no_commissioner_of_high(nlp):
    found = facts(nlp("Ana Lisk served as High Commissioner of Vellia to Orlen until May."))
    assert not any(o == "High" for _, _, o in found), found
    assert any(p == "high_commissioner_of" for _, p, _ in found), found


def test_a_title_given_with_its_owner_is_not_also_a_bare_is_a(tmp_path):
    """ "its chairman, Ben Tarrow": chairman_of the bank says all that is_a chairman would."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Orlen Bank said its chairman, Ben Tarrow, would resign.", sentences=False)
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ben Tarrow", "chairman_of", "Orlen Bank") in got, got
    assert ("Ben Tarrow", "is_a", "chairman") not in got, got


def test_a_portfolio_and_an_offices_place_are_no_organisation_and_no_name(tmp_path):
    """ "Roads and Industries Minister X" holds a portfolio, no body called "Industries" (which
    "the industry" would then take); "High Commissioner to Malaysia Mohammad Tarrow" is
    Mohammad Tarrow."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Ana Lisk met Brezna Roads and Industries Minister B.K. Dan Vell on Friday. "
                                  "The industry does not expect a rise. The President asked Vellia's High "
                                  "Commissioner to Malaysia Mohammad Ali Tarrow to promote trade.", sentences=False)
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(o == "Industries" for _, _, o in got), got
    assert not any(s.startswith("Malaysia ") or o.startswith("Malaysia ") for s, _, o in got), got


def test_a_word_of_the_title_the_model_calls_a_body_stays_in_the_title(tmp_path):
    """ "Ana Kerr, Global Programme Leader of Orlen State University": a global programme
    leader of the university, never the leader of a body called "Global" (the model tags the
    first word of the title an organisation)."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Ana Kerr, Global Programme Leader of Orlen State University, opened the "
                                  "seed fair in Velmar on Thursday.", sentences=False)
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(o == "Global" for _, _, o in got), got
    assert ("Ana Kerr", "global_programme_leader_of", "Orlen State University") in got, got


# "The council oversees the Vell Assembly, the President of Kestria, the Orlen Council and courts."
# as the model parses such lists: the title hung on the assembly, the next body on the title
LISTED_BODIES = """
The 1 det DET
council 2 nsubj NOUN
oversees/oversee 2 ROOT VERB
the 5 det DET B-ORG
Vell 5 compound PROPN I-ORG
Assembly 2 dobj PROPN I-ORG
, 5 punct PUNCT
the 8 det DET
President 5 appos PROPN
of 8 prep ADP
Kestria 9 pobj PROPN B-GPE
, 8 punct PUNCT
the 14 det DET B-ORG
Orlen 14 compound PROPN I-ORG
Council 8 conj PROPN I-ORG
and 14 cc CCONJ
courts/court 14 conj NOUN
. 2 punct PUNCT
"""


def test_a_title_in_a_list_of_bodies_is_no_role_of_the_body_before_it():
    """A third body coordinated with the title shows a list: the assembly is no president."""
    assert not any(s == "Vell Assembly" and p.startswith("president") for s, p, _ in facts(hand(LISTED_BODIES)))


POLL_FOUND = """
Gen 1 compound PROPN B-PERSON
X 3 nsubj PROPN I-PERSON
has/have 3 aux AUX
turned/turn 3 ROOT VERB
against 3 prep ADP
Dan 6 compound PROPN B-PERSON
Kerr 4 pobj PROPN I-PERSON
, 6 punct PUNCT
a 9 det DET
poll 6 appos NOUN
by 9 prep ADP
The 12 det DET B-ORG
Vell 10 pobj PROPN I-ORG
found/find 9 acl VERB
. 3 punct PUNCT
"""

LAWYER_FOUND = """
Tom 1 compound PROPN B-PERSON
Orr 2 nsubj PROPN I-PERSON
met/meet 2 ROOT VERB
Dan 4 compound PROPN B-PERSON
Kerr 2 dobj PROPN I-PERSON
, 4 punct PUNCT
a 7 det DET
lawyer 4 appos NOUN
who 9 nsubj PRON
found/find 7 relcl VERB
papers 9 dobj NOUN
. 2 punct PUNCT
"""


def test_the_source_written_after_a_sentence_is_no_apposition():
    """ "Gen X has turned against Dan Kerr, a poll by The Vell found.": the poll found it, Kerr is
    no poll; a description with a clause of its own is still one ("Dan Kerr, a lawyer who found
    the papers"), and "Gen X" is no general named X."""
    assert not any(p in ("is_a", "general_of") for _, p, _ in facts(hand(POLL_FOUND)))
    assert ("Dan Kerr", "is_a", "lawyer") in facts(hand(LAWYER_FOUND))


FRONTED_BODY = """
Amid 15 prep ADP
Vellia 3 poss PROPN B-GPE
's 1 case PART
war 0 pobj NOUN
with 3 prep ADP
Orvane 4 pobj PROPN B-ORG
, 5 punct PUNCT
a 10 det DET
top 10 amod ADJ
Kestria 10 compound PROPN B-ORG
official 5 appos NOUN
, 5 punct PUNCT
Tom 13 compound PROPN B-PERSON
Orr 15 nsubj PROPN I-PERSON
, 5 punct PUNCT
told/tell 15 ROOT VERB
reporters 15 dobj NOUN
. 15 punct PUNCT
"""


def test_a_description_before_a_name_in_commas_is_the_names_not_a_fronted_bodys():
    """ "Amid Vellia's war with Orvane, a top Kestria official, Tom Orr, told reporters": the
    parser hangs "official" on Orvane, but the official is Tom Orr, named between commas after
    it; Orvane is no official of Kestria."""
    got = facts(hand(FRONTED_BODY))
    assert ("Tom Orr", "official_of", "Kestria") in got, got
    assert not any(s == "Orvane" for s, _, _ in got), got
