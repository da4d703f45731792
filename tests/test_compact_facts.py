"""Compact facts on news (issue 12): what a relation keeps of its object, where a fact
happened, denials, hyphen halves and role titles. Hand-built parses of our own sentences."""

from __future__ import annotations

import pytest

from newsgraph.extract.clauses import extract_triples
from newsgraph.extract.nominal import extract_nominal_triples
from tests.extracted import extract_rows
from tests.handparse import hand_doc
from tests.test_clauses import parse
from tests.test_nominal import hand


def spo(doc) -> set[tuple[str, str, str, bool]]:
    return {(t.subject.text, t.predicate, t.object.text, t.negated) for t in extract_triples(doc, "d1")}


def roles(doc) -> set[tuple[str, str, str]]:
    return {(t.subject.text, t.predicate, t.object.text) for t in extract_nominal_triples(doc, "d1")}


# "Ortega told Tessaly Radio in Brezna that exports would rise."
TOLD_IN = parse("""
Ortega    Ortega    PROPN NNP nsubj  1 B-PERSON
told      tell      VERB  VBD ROOT   1
Tessaly   Tessaly   PROPN NNP compound 3 B-ORG
Radio     Radio     PROPN NNP dobj   1 I-ORG
in        in        ADP   IN  prep   1
Brezna    Brezna    PROPN NNP pobj   4 B-GPE
that      that      SCONJ IN  mark   9
exports   export    NOUN  NNS nsubj  9
would     would     AUX   MD  aux    9
rise      rise      VERB  VB  ccomp  1
.         .         PUNCT .   punct  1
""")


def test_a_place_after_an_actor_object_is_no_second_participant():
    found = {(s, p, o) for s, p, o, _ in spo(TOLD_IN)}
    assert not any(p.startswith("tell_in") for _, p, _ in found), found


# "The agency launched a test rocket from Port Vell."
USED_AT = parse("""
The      the      DET   DT  det      1
agency   agency   NOUN  NN  nsubj    2
launched launch   VERB  VBD ROOT     2
a        a        DET   DT  det      5
test     test     NOUN  NN  compound 5
rocket   rocket   NOUN  NN  dobj     2
from     from     ADP   IN  prep     2
Port     Port     PROPN NNP compound 8 B-GPE
Vell     Vell     PROPN NNP pobj     6 I-GPE
.        .        PUNCT .   punct    2
""")


def test_a_prepositional_participant_keeps_the_object_in_the_relation():
    found = {(s, p, o) for s, p, o, _ in spo(USED_AT)}
    assert ("agency", "launch_test_rocket_from", "Port Vell") in found
    assert ("agency", "launch_from", "Port Vell") not in found  # "launched from Port Vell" is not what it says


# "Brezna had two clinics and no hospitals."
NO_HOSPITALS = parse("""
Brezna     Brezna    PROPN NNP nsubj 1 B-GPE
had        have      VERB  VBD ROOT  1
two        two       NUM   CD  nummod 3
clinics    clinic    NOUN  NNS dobj  1
and        and       CCONJ CC  cc    3
no         no        DET   DT  det   6
hospitals  hospital  NOUN  NNS conj  3
.          .         PUNCT .   punct 1
""")


def test_no_on_one_conjunct_denies_only_that_conjunct():
    found = spo(NO_HOSPITALS)
    assert ("Brezna", "have", "two clinics", False) in found
    assert ("Brezna", "have", "hospitals", True) in found


# "Desks could no longer be booked by staff."
NO_LONGER = parse("""
Desks   desk    NOUN  NNS nsubjpass 5
could   could   AUX   MD  aux       5
no      no      DET   DT  neg       3
longer  long    ADV   RBR advmod    5
be      be      AUX   VB  auxpass   5
booked  book    VERB  VBN ROOT      5
by      by      ADP   IN  agent     5
staff   staff   NOUN  NN  pobj      6
.       .       PUNCT .   punct     5
""")


def test_no_longer_denies_the_fact():
    found = spo(NO_LONGER)
    assert found and all(neg for *_, neg in found), found


# "Mira and co-founder Jon Vale launched Orbex." ("co" and "-" written without spaces)
CO_FOUNDER = hand_doc(
    ["Mira", "and", "co", "-", "founder", "Jon", "Vale", "launched", "Orbex", "."],
    [7, 0, 0, 4, 6, 6, 0, 7, 7, 7],
    ["nsubj", "cc", "conj", "punct", "compound", "compound", "conj", "ROOT", "dobj", "punct"],
    pos=["PROPN", "CCONJ", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
    tags=["NNP", "CC", "NN", "HYPH", "NN", "NNP", "NNP", "VBD", "NNP", "."],
    lemmas=["Mira", "and", "co", "-", "founder", "Jon", "Vale", "launch", "Orbex", "."],
    ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O"],
    spaces=[True, True, False, False, True, True, True, True, False, False],
)


def test_the_first_half_of_a_hyphenated_word_is_no_argument():
    subjects = {s for s, p, _, _ in spo(CO_FOUNDER) if p == "launch"}
    assert "co" not in subjects
    assert "Mira" in subjects


def test_a_portfolio_is_part_of_the_title_and_the_country_its_organisation():
    doc = hand("""
    Tessaly 2 poss PROPN B-GPE
    's 0 case PART
    Mining 5 compound PROPN
    and 2 cc CCONJ
    Energy 2 conj PROPN
    Minister 7 compound PROPN
    Ivo 7 compound PROPN B-PERSON
    Dran 8 nsubj PROPN I-PERSON
    resigned 8 ROOT VERB
    """)
    assert ("Ivo Dran", "mining_and_energy_minister_of", "Tessaly") in roles(doc)


def test_an_organisation_named_with_of_is_not_cut_at_the_place():
    doc = hand("""
    Democratic 1 compound PROPN B-ORG
    Party 5 nmod PROPN I-ORG
    of 1 prep ADP
    Brezna 2 pobj PROPN
    leader 5 compound NOUN
    Ana 6 compound PROPN B-PERSON
    Kell 7 nsubj PROPN I-PERSON
    spoke 7 ROOT VERB
    """)
    found = roles(doc)
    assert ("Ana Kell", "leader_of", "Democratic Party of Brezna") in found, found


# "Orbex focused on launches like Duqm."
LIKE = parse("""
Orbex    Orbex    PROPN NNP nsubj 1 B-ORG
focused  focus    VERB  VBD ROOT  1
on       on       ADP   IN  prep  1
launches launch   NOUN  NNS pobj  2
like     like     ADP   IN  prep  1
Duqm     Duqm     PROPN NNP pobj  4 B-PRODUCT
.        .        PUNCT .   punct 1
""")


def test_an_example_after_like_is_no_participant():
    found = {(s, p, o) for s, p, o, _ in spo(LIKE)}
    assert ("Orbex", "focus_on", "launches") in found
    assert not any(p.endswith("_like") for _, p, _ in found), found


# "Vale won every district, except Tarrow."
EXCEPT = parse("""
Vale      Vale      PROPN NNP nsubj 1 B-PERSON
won       win       VERB  VBD ROOT  1
every     every     DET   DT  det   3
district  district  NOUN  NN  dobj  1
,         ,         PUNCT ,   punct 1
except    except    SCONJ IN  prep  1
Tarrow    Tarrow    PROPN NNP pobj  5 B-GPE
.         .         PUNCT .   punct 1
""")


def test_the_one_a_fact_leaves_out_is_no_participant():
    """"won every district, except Tarrow": Vale did not win Tarrow (``idle_prepositions``
    now hold except, excluding, besides and barring); no win_except edge."""
    found = {(s, p, o) for s, p, o, _ in spo(EXCEPT)}
    assert not any("except" in p for _, p, _ in found), found


# "Vale conducted a poll of voters for Newsweek."
POLL = parse("""
Vale      Vale      PROPN NNP nsubj 1 B-PERSON
conducted conduct   VERB  VBD ROOT  1
a         a         DET   DT  det   3
poll      poll      NOUN  NN  dobj  1
of        of        ADP   IN  prep  3
voters    voter     NOUN  NNS pobj  4
for       for       ADP   IN  prep  5
Newsweek  Newsweek  PROPN NNP pobj  6 B-ORG
.         .         PUNCT .   punct 1
""")


def test_a_graph_argument_keeps_its_of_phrase_but_not_what_hangs_after_it():
    objects = {o for s, p, o, _ in spo(POLL) if p == "conduct"}
    assert objects == {"poll of voters"}, objects


# "Valdor signed a deal with Tessaly and Brezna."
DEAL = parse("""
Valdor   Valdor   PROPN NNP nsubj 1 B-GPE
signed   sign     VERB  VBD ROOT  1
a        a        DET   DT  det   3
deal     deal     NOUN  NN  dobj  1
with     with     ADP   IN  prep  3
Tessaly  Tessaly  PROPN NNP pobj  4 B-GPE
and      and      CCONJ CC  cc    5
Brezna   Brezna   PROPN NNP conj  5 B-GPE
.        .        PUNCT .   punct 1
""")


def test_an_actor_hung_on_the_object_noun_is_a_second_participant():
    found = {(s, p, o) for s, p, o, _ in spo(DEAL)}
    assert ("Valdor", "sign_deal_with", "Tessaly") in found
    assert ("Valdor", "sign_deal_with", "Brezna") in found


def test_a_name_written_with_of_is_not_cut():
    doc = hand("""
    Vale 9 nsubj PROPN B-PERSON
    , 0 punct PUNCT
    a 3 det DET
    member 0 appos NOUN
    of 3 prep ADP
    the 6 det DET
    Gang 4 pobj PROPN
    of 6 prep ADP
    Eight 7 pobj PROPN
    spoke 9 ROOT VERB
    """)
    assert ("Vale", "member_of", "Gang of Eight") in roles(doc), roles(doc)


def test_former_and_a_condition_stay_on_a_role():
    former = hand("""
    Vale 7 nsubj PROPN B-PERSON
    , 0 punct PUNCT
    a 4 det DET
    former 4 amod ADJ
    member 0 appos NOUN
    of 4 prep ADP
    Orbex 5 pobj PROPN B-ORG
    spoke 7 ROOT VERB
    """)
    (t,) = [t for t in extract_nominal_triples(former, "d1") if t.predicate == "member_of"]
    assert t.modality == "former"
    becomes = hand("""
    If 2 mark SCONJ
    Vale 2 nsubj PROPN B-PERSON
    becomes/become 8 advcl VERB
    president 2 attr NOUN
    of 3 prep ADP
    Brezna 4 pobj PROPN B-GPE
    , 8 punct PUNCT
    taxes 8 nsubj NOUN
    rise 8 ROOT VERB
    """)
    found = [t for t in extract_nominal_triples(becomes, "d1") if t.predicate == "president_of"]
    assert found and all(t.modality and "if" in t.modality.split() for t in found)


# "Vale reportedly paid Orbex."
HEDGED_TEXT = """
Vale        Vale        PROPN NNP nsubj  2 B-PERSON
reportedly  reportedly  ADV   RB  advmod 2
paid        pay         VERB  VBD ROOT   2
Orbex       Orbex       PROPN NNP dobj   2 B-ORG
.           .           PUNCT .   punct  2
"""
HEDGED = parse(HEDGED_TEXT)


def test_a_hedging_adverb_is_the_facts_modality():
    (t,) = [t for t in extract_triples(HEDGED, "d1") if t.predicate == "pay"]
    assert t.modality == "reportedly"
    nearly = parse(HEDGED_TEXT.replace("reportedly", "nearly"))
    (t,) = [t for t in extract_triples(nearly, "d1") if t.predicate == "pay"]
    assert t.modality == "nearly"  # "nearly paid": it did not happen


def test_a_two_word_demonym_tagged_as_two_entities_names_its_country():
    doc = hand("""
    South 2 amod ADJ B-NORP
    African 2 amod ADJ B-NORP
    Minister 4 compound PROPN
    Ivo 4 compound PROPN B-PERSON
    Dran 5 nsubj PROPN I-PERSON
    resigned 5 ROOT VERB
    """)
    assert ("Ivo Dran", "minister_of", "South Africa") in roles(doc), roles(doc)


def test_a_conjunction_joins_portfolios_but_not_two_people():
    doc = hand("""
    Envoy 1 compound PROPN
    Ana 2 compound PROPN B-PERSON
    Kell 8 nsubj PROPN I-PERSON
    and 2 cc CCONJ
    Defense 5 compound PROPN
    Secretary 7 compound PROPN
    Ivo 7 compound PROPN B-PERSON
    Dran 2 conj PROPN I-PERSON
    met 8 ROOT VERB
    """)
    assert not any(p.startswith("and_") for _, p, _ in roles(doc)), roles(doc)
    assert ("Ivo Dran", "is_a", "Defense Secretary") in roles(doc)


# "Rents Are Rising And Hurting Families" (a headline in Title Case)
HEADLINE = parse("""
Rents     rent      NOUN  NNS nsubj  2
Are       be        AUX   VBP aux    2
Rising    rise      VERB  VBG ROOT   2
And       and       CCONJ CC  cc     2
Hurting   hurt      VERB  VBG conj   2
Families  family    NOUN  NNS dobj   4
""")

# "Rents are rising and hurting families."
SENTENCE = parse("""
Rents     rent      NOUN  NNS nsubj  2
are       be        AUX   VBP aux    2
rising    rise      VERB  VBG ROOT   2
and       and       CCONJ CC  cc     2
hurting   hurt      VERB  VBG conj   2
families  family    NOUN  NNS dobj   4
.         .         PUNCT .   punct  2
""")


def test_a_headline_in_title_case_gives_no_clause_facts():
    assert not spo(HEADLINE)
    assert ("Rents", "hurt", "families", False) in spo(SENTENCE)


# "Vale made an alleged payment to Orbex."
ALLEGED = parse("""
Vale     Vale     PROPN NNP nsubj  1 B-PERSON
made     make     VERB  VBD ROOT   1
an       an       DET   DT  det    4
alleged  alleged  ADJ   JJ  amod   4
payment  payment  NOUN  NN  dobj   1
to       to       ADP   IN  prep   4
Orbex    Orbex    PROPN NNP pobj   5 B-ORG
.        .        PUNCT .   punct  1
""")


def test_a_hedged_argument_hedges_the_fact_and_a_light_verb_reads_as_its_noun():
    found = [t for t in extract_triples(ALLEGED, "d1") if t.object.text == "Orbex"]
    assert [(t.predicate, t.modality) for t in found] == [("pay", "alleged")]


def test_a_hyphenated_title_keeps_its_prefix():
    # "Jon Vale, a co-founder of Orbex, spoke."
    doc = hand_doc(
        ["Jon", "Vale", ",", "a", "co", "-", "founder", "of", "Orbex", ",", "spoke", "."],
        [1, 10, 1, 4, 1, 1, 1, 6, 7, 1, 10, 10],
        ["compound", "nsubj", "punct", "det", "appos", "appos", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["NNP", "NNP", ",", "DT", "NN", "NN", "NN", "IN", "NNP", ",", "VBD", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"],
        spaces=[True, False, True, True, False, False, True, True, False, True, False, False],
    )
    found = roles(doc)
    assert ("Jon Vale", "co_founder_of", "Orbex") in found, found
    assert not any(o == "co" for _, _, o in found)


# "Valdor bought a stake in Orvik Mining and rejected Brezna's offer."
OWNED = parse("""
Valdor  Valdor  PROPN NNP nsubj    1 B-ORG
bought  buy     VERB  VBD ROOT     1
a       a       DET   DT  det      3
stake   stake   NOUN  NN  dobj     1
in      in      ADP   IN  prep     3
Orvik   Orvik   PROPN NNP compound 6 B-ORG
Mining  Mining  PROPN NNP pobj     4 I-ORG
and     and     CCONJ CC  cc       1
rejected reject VERB  VBD conj     1
Brezna  Brezna  PROPN NNP poss     11 B-ORG
's      's      PART  POS case     9
offer   offer   NOUN  NN  dobj     8
.       .       PUNCT .   punct    1
""")


def test_the_named_owner_of_the_object_is_a_participant():
    found = {(s, p, o) for s, p, o, _ in spo(OWNED)}
    assert ("Valdor", "buy_stake_in", "Orvik Mining") in found, found
    assert ("Valdor", "reject_offer_of", "Brezna") in found, found
    assert ("Valdor", "buy", "a stake") in found or ("Valdor", "buy", "stake") in found, found


# "Ortega said Brezna's deficit grew." misparsed with "deficit" as the object of "said"
SAID_OWNED = parse("""
Ortega  Ortega  PROPN NNP nsubj 1 B-PERSON
said    say     VERB  VBD ROOT  1
Brezna  Brezna  PROPN NNP poss  4 B-GPE
's      's      PART  POS case  2
deficit deficit NOUN  NN  dobj  1
grew    grow    VERB  VBD conj  1
.       .       PUNCT .   punct 1
""")


def test_a_reporting_verb_gives_no_owner_edge():
    found = {p for _, p, _, _ in spo(SAID_OWNED)}
    assert not any(p.startswith("say_") for p in found), found


# "Valdor's attack on Tessaly and Brezna failed."
ATTACK = parse("""
Valdor  Valdor  PROPN NNP poss  2 B-GPE
's      's      PART  POS case  0
attack  attack  NOUN  NN  nsubj 7
on      on      ADP   IN  prep  2
Tessaly Tessaly PROPN NNP pobj  3 B-GPE
and     and     CCONJ CC  cc    4
Brezna  Brezna  PROPN NNP conj  4 B-GPE
failed  fail    VERB  VBD ROOT  7
.       .       PUNCT .   punct 7
""")


def test_an_actors_act_written_as_a_noun_is_an_edge():
    found = roles(ATTACK)
    assert ("Valdor", "attack_on", "Tessaly") in found, found
    assert ("Valdor", "attack_on", "Brezna") in found, found


# "A bid by Orvik for Tessaly Steel failed." ("for" hung on the agent, as the parser often does)
BID_BY = parse("""
A       a       DET   DT  det   1
bid     bid     NOUN  NN  nsubj 7
by      by      ADP   IN  prep  1
Orvik   Orvik   PROPN NNP pobj  2 B-ORG
for     for     ADP   IN  prep  3
Tessaly Tessaly PROPN NNP compound 6 B-ORG
Steel   Steel   PROPN NNP pobj  4 I-ORG
failed  fail    VERB  VBD ROOT  7
.       .       PUNCT .   punct 7
""")

# "The video did not show support by Orvik for Tessaly."
NO_SUPPORT = parse("""
The     the     DET   DT  det   1
video   video   NOUN  NN  nsubj 4
did     do      AUX   VBD aux   4
not     not     PART  RB  neg   4
show    show    VERB  VB  ROOT  4
support support NOUN  NN  dobj  4
by      by      ADP   IN  prep  5
Orvik   Orvik   PROPN NNP pobj  6 B-ORG
for     for     ADP   IN  prep  5
Tessaly Tessaly PROPN NNP pobj  8 B-GPE
.       .       PUNCT .   punct 4
""")


def test_the_by_phrase_of_an_event_noun_is_its_actor_unless_negated():
    assert ("Orvik", "bid_for", "Tessaly Steel") in roles(BID_BY)
    assert not any(p.startswith("support") for _, p, _ in roles(NO_SUPPORT))


@pytest.mark.parametrize("sentence,expected", [
    ("Orvik Corp.'s takeover of Tessaly Steel PLC closed in 1988.",
     ("Orvik Corp.", "takeover_of", "Tessaly Steel PLC")),
    ("The invasion of Kestria by Vellia began in May.", ("Vellia", "invasion_of", "Kestria")),
    ("Ana Vell is alarmed by Tom Orr's nomination of Ben Tarr.", ("Tom Orr", "nomination_of", "Ben Tarr")),
    ("Vellia's release of Tom Orr surprised Kestria.", ("Vellia", "release_of", "Tom Orr")),
])
def test_real_model_an_act_on_its_object_written_as_a_noun_of(nlp, sentence, expected):
    """ "X's takeover of Y" is X's act on Y (``object_event_nouns``)."""
    found = {(t.subject.text, t.predicate, t.object.text)
             for t in extract_nominal_triples(nlp(sentence), "d1")}
    assert expected in found, found


def test_real_model_an_act_written_as_a_noun_under_failure_is_no_fact(nlp):
    """ "failed to secure a UN condemnation of Kestria" is no condemnation (``failure_verbs``)."""
    found = extract_nominal_triples(nlp("Vellia failed to secure a UN condemnation of Kestria."), "d1")
    assert not [t for t in found if t.predicate == "condemnation_of"], [t.predicate for t in found]
    made = extract_nominal_triples(nlp("Vellia secured a UN condemnation of Kestria."), "d1")
    assert [t for t in made if t.predicate == "condemnation_of"], [t.predicate for t in made]


def test_real_model_a_place_ending_a_name_owns_no_act(nlp):
    """ "Dime Savings Bank of New York's acquisition of Starpointe": not New York's act."""
    found = extract_nominal_triples(nlp("Orvik Savings Bank of New York's acquisition of Tessaly Steel closed."), "d1")
    assert not [t for t in found if t.subject.text == "New York"], [(t.subject.text, t.predicate) for t in found]


def test_real_model_of_after_another_noun_is_no_act(nlp):
    """ "Vellia's share of the Kestria market": a part, not an act on Kestria."""
    found = extract_nominal_triples(nlp("Vellia's share of Kestria's market grew last year."), "d1")
    assert not [t for t in found if t.predicate.endswith("_of") and t.subject.text == "Vellia"]


# "Ana Ruiz, chief economist at Orvik Bank, and Tom Vale, chief of the Orvik Ministry's
# budget division, resigned."
AT_ROLES = parse("""
Ana      Ana      PROPN NNP compound 1 B-PERSON
Ruiz     Ruiz     PROPN NNP nsubj    21 I-PERSON
,        ,        PUNCT ,   punct    1
chief    chief    ADJ   JJ  amod     4
economist economist NOUN NN appos    1
at       at       ADP   IN  prep     4
Orvik    Orvik    PROPN NNP compound 7 B-ORG
Bank     Bank     PROPN NNP pobj     5 I-ORG
,        ,        PUNCT ,   punct    1
and      and      CCONJ CC  cc       1
Tom      Tom      PROPN NNP compound 11 B-PERSON
Vale     Vale     PROPN NNP conj     1 I-PERSON
,        ,        PUNCT ,   punct    11
chief    chief    NOUN  NN  appos    11
of       of       ADP   IN  prep     13
the      the      DET   DT  det      17
Orvik    Orvik    PROPN NNP compound 17 B-ORG
Ministry Ministry PROPN NNP poss     20 I-ORG
's       's       PART  POS case     17
budget   budget   NOUN  NN  compound 20
division division NOUN  NN  pobj     14
resigned resign   VERB  VBD ROOT     21
.        .        PUNCT .   punct    21
""")


def test_a_role_at_an_organisation_and_the_owner_of_a_unit():
    found = roles(AT_ROLES)
    assert ("Ana Ruiz", "chief_economist_of", "Orvik Bank") in found, found
    # the chief of a unit the ministry owns heads the unit, not the ministry
    assert ("Tom Vale", "chief_of_budget_division_of", "Orvik Ministry") in found, found


# "Mark Reed, founder and chief executive of Tamar Labs, declined."
TWO_ROLES = parse("""
Mark      Mark      PROPN NNP compound 1 B-PERSON
Reed      Reed      PROPN NNP nsubj    11 I-PERSON
,         ,         PUNCT ,   punct    1
founder   founder   NOUN  NN  appos    1
and       and       CCONJ CC  cc       3
chief     chief     ADJ   JJ  amod     6
executive executive NOUN  NN  conj     3
of        of        ADP   IN  prep     3
Tamar     Tamar     PROPN NNP compound 9 B-ORG
Labs      Labs      PROPN NNP pobj     7 I-ORG
,         ,         PUNCT ,   punct    1
declined  decline   VERB  VBD ROOT     11
.         .         PUNCT .   punct    11
""")


def test_coordinated_roles_share_their_organisation():
    found = roles(TWO_ROLES)
    assert ("Mark Reed", "founder_of", "Tamar Labs") in found, found
    assert ("Mark Reed", "chief_executive_of", "Tamar Labs") in found, found


def _titled(place: str, label: str):
    return parse(f"""
{place}   {place}   PROPN NNP compound 3 B-{label}
Sen.      Sen.      PROPN NNP compound 3
Ana       Ana       PROPN NNP compound 3 B-PERSON
Ruiz      Ruiz      PROPN NNP nsubj    4 I-PERSON
voted     vote      VERB  VBD ROOT     4
.         .         PUNCT .   punct    4
""")


def test_an_abbreviated_title_reads_as_the_role_and_a_party_is_no_organisation():
    assert ("Ana Ruiz", "senator_of", "Tessaly") in roles(_titled("Tessaly", "GPE"))
    assert not any(p == "senator_of" for _, p, _ in roles(_titled("Democratic", "NORP")))


# "Valdor attacked Tessaly, leading to riots."
LEADING = parse("""
Valdor   Valdor   PROPN NNP nsubj 1 B-GPE
attacked attack   VERB  VBD ROOT  1
Tessaly  Tessaly  PROPN NNP dobj  1 B-GPE
,        ,        PUNCT ,   punct 1
leading  lead     VERB  VBG advcl 1
to       to       ADP   IN  prep  4
riots    riot     NOUN  NNS pobj  5
.        .        PUNCT .   punct 1
""")


def test_a_result_participle_does_not_inherit_the_subject():
    found = {(s, p, o) for s, p, o, _ in spo(LEADING)}
    assert ("Valdor", "attack", "Tessaly") in found
    assert not any(p.startswith("lead") for _, p, _ in found), found


# '“But,” Ruiz continued, as she addressed Vale, “is it true?”'
QUOTED_QUESTION = parse("""
“         “         PUNCT ``  punct  5
But       but       CCONJ CC  cc     5
,         ,         PUNCT ,   punct  5
”         ”         PUNCT ''  punct  5
Ruiz      Ruiz      PROPN NNP nsubj  5 B-PERSON
continued continue  VERB  VBD ROOT   5
,         ,         PUNCT ,   punct  5
as        as        SCONJ IN  mark   9
she       she       PRON  PRP nsubj  9
addressed address   VERB  VBD advcl  5
Vale      Vale      PROPN NNP dobj   9 B-PERSON
,         ,         PUNCT ,   punct  5
“         “         PUNCT ``  punct  13
is        be        AUX   VBZ ccomp  5
it        it        PRON  PRP nsubj  13
true      true      ADJ   JJ  acomp  13
?         ?         PUNCT .   punct  5
”         ”         PUNCT ''  punct  5
""")


def test_a_quoted_question_asks_nothing_of_the_narrative_around_it():
    (t,) = [t for t in extract_triples(QUOTED_QUESTION, "d1") if t.predicate == "address"]
    assert t.modality is None


# "Ana Ruiz, the Tessaly Treasury Secretary, arrived."
CAPITAL_ROLE = parse("""
Ana       Ana       PROPN NNP compound 1 B-PERSON
Ruiz      Ruiz      PROPN NNP nsubj    8 I-PERSON
,         ,         PUNCT ,   punct    1
the       the       DET   DT  det      6
Tessaly   Tessaly   PROPN NNP compound 6 B-GPE
Treasury  Treasury  PROPN NNP compound 6
Secretary Secretary PROPN NNP appos    1
,         ,         PUNCT ,   punct    1
arrived   arrive    VERB  VBD ROOT     8
.         .         PUNCT .   punct    8
""")


def test_a_role_in_capitals_in_apposition():
    assert ("Ana Ruiz", "treasury_secretary_of", "Tessaly") in roles(CAPITAL_ROLE)


def test_real_model_a_role_in_capitals_before_the_name_in_apposition(tmp_path):
    """ "The Speaker of the Assembly, Mara Tolen, spoke": the capitalised title is the
    person's role, as a lower-case one is."""
    facts = _cli_facts(tmp_path, "The Speaker of the Assembly, Mara Tolen, spoke on Monday.\n"
                                 "The Director General of the Ardenian Red Cross, Tom Orr, resigned.\n")
    assert ("Mara Tolen", "speaker_of", "Assembly") in facts
    assert ("Tom Orr", "director_general_of", "Ardenian Red Cross") in facts
    facts = _cli_facts(tmp_path, "The Minister of Health and Social Welfare, Tomas Vell, spoke.\n")
    assert ("Tomas Vell", "minister_of", "Health and Social Welfare") in facts  # the whole field
    # a capitalised word before the title is the title's when an organisation follows "of"
    facts = _cli_facts(tmp_path, "The Branch Manager of Vell Freight, Dana Orr, spoke on Monday.\n")
    assert ("Dana Orr", "branch_manager_of", "Vell Freight") in facts


# "A Tessaly school district removed books, and the Brezna district flooded."
SCHOOL_DISTRICT = parse("""
A        a        DET   DT  det      3
Tessaly  Tessaly  PROPN NNP compound 3 B-GPE
school   school   NOUN  NN  compound 3
district district NOUN  NN  nsubj    4
removed  remove   VERB  VBD ROOT     4
books    book     NOUN  NNS dobj     4
,        ,        PUNCT ,   punct    4
and      and      CCONJ CC  cc       4
the      the      DET   DT  det      10
Brezna   Brezna   PROPN NNP compound 10 B-GPE
district district NOUN  NN  nsubj    11
flooded  flood    VERB  VBD conj     4
.        .        PUNCT .   punct    4
""")


def test_a_place_before_a_longer_kind_is_where_it_is_not_its_name():
    found = roles(SCHOOL_DISTRICT)
    assert ("Tessaly", "is_a", "school district") not in found, found
    assert ("Brezna", "is_a", "district") in found, found


# "The ministry denied that Kestria had attacked Brezna."
DENIED = parse("""
The       the       DET   DT  det    1
ministry  ministry  NOUN  NN  nsubj  2
denied    deny      VERB  VBD ROOT   2
that      that      SCONJ IN  mark   6
Kestria   Kestria   PROPN NNP nsubj  6 B-GPE
had       have      AUX   VBD aux    6
attacked  attack    VERB  VBN ccomp  2
Brezna    Brezna    PROPN NNP dobj   6 B-GPE
.         .         PUNCT .   punct  2
""")

# "The ministry did not deny that Kestria had attacked Brezna."
NOT_DENIED = parse("""
The       the       DET   DT  det    1
ministry  ministry  NOUN  NN  nsubj  4
did       do        AUX   VBD aux    4
not       not       PART  RB  neg    4
deny      deny      VERB  VB  ROOT   4
that      that      SCONJ IN  mark   8
Kestria   Kestria   PROPN NNP nsubj  8 B-GPE
had       have      AUX   VBD aux    8
attacked  attack    VERB  VBN ccomp  4
Brezna    Brezna    PROPN NNP dobj   8 B-GPE
.         .         PUNCT .   punct  4
""")

# "Tessaly rejected claims that Kestria had armed the rebels."
REJECTED_CLAIMS = parse("""
Tessaly   Tessaly   PROPN NNP nsubj  1 B-GPE
rejected  reject    VERB  VBD ROOT   1
claims    claim     NOUN  NNS dobj   1
that      that      SCONJ IN  mark   6
Kestria   Kestria   PROPN NNP nsubj  6 B-GPE
had       have      AUX   VBD aux    6
armed     arm       VERB  VBN acl    2
the       the       DET   DT  det    8
rebels    rebel     NOUN  NNS dobj   6
.         .         PUNCT .   punct  1
""")


def _modality(doc, predicate: str) -> str | None:
    (t,) = [t for t in extract_triples(doc, "d1") if t.predicate == predicate]
    return t.modality


def test_a_denied_or_claimed_clause_is_not_stated_as_fact():
    assert _modality(DENIED, "attack") == "denied"
    assert _modality(NOT_DENIED, "attack") is None  # "did not deny": nothing denied
    assert _modality(REJECTED_CLAIMS, "arm") == "denied"


# "The envoy gave the impression that Kestria was arming the rebels."
IMPRESSION = parse("""
The         the         DET   DT  det    1
envoy       envoy       NOUN  NN  nsubj  2
gave        give        VERB  VBD ROOT   2
the         the         DET   DT  det    4
impression  impression  NOUN  NN  dobj   2
that        that        SCONJ IN  mark   8
Kestria     Kestria     PROPN NNP nsubj  8 B-GPE
was         be          AUX   VBD aux    8
arming      arm         VERB  VBG acl    4
the         the         DET   DT  det    10
rebels      rebel       NOUN  NNS dobj   8
.           .           PUNCT .   punct  2
""")

# "The allegation that Orvik bribed Tessaly angered the council." (the parser hangs the
# clause on the noun as a relative clause, "that" as its marker)
ALLEGATION_AS_RELCL = parse("""
The         the         DET   DT  det    1
allegation  allegation  NOUN  NN  nsubj  6
that        that        SCONJ IN  mark   4
Orvik       Orvik       PROPN NNP nsubj  4 B-GPE
bribed      bribe       VERB  VBD relcl  1
Tessaly     Tessaly     PROPN NNP dobj   4 B-GPE
angered     anger       VERB  VBD ROOT   6
the         the         DET   DT  det    8
council     council     NOUN  NN  dobj   6
.           .           PUNCT .   punct  6
""")

# "The envoy that Orvik sent bribed Tessaly." (a relative "that": its clause is asserted)
RELATIVE_THAT = parse("""
The     the     DET   DT  det    1
envoy   envoy   NOUN  NN  nsubj  5
that    that    PRON  WDT dobj   4
Orvik   Orvik   PROPN NNP nsubj  4 B-GPE
sent    send    VERB  VBD relcl  1
bribed  bribe   VERB  VBD ROOT   5
Tessaly Tessaly PROPN NNP dobj   5 B-GPE
.       .       PUNCT .   punct  5
""")


def test_the_clause_of_a_belief_or_a_claim_noun_is_not_stated_as_fact():
    assert _modality(IMPRESSION, "arm") == "impression"
    assert _modality(ALLEGATION_AS_RELCL, "bribe") == "alleged"
    assert _modality(RELATIVE_THAT, "send") is None


# "Tessaly and Orvik signed a deal."
SIGNED_TOGETHER = parse("""
Tessaly Tessaly PROPN NNP nsubj 3 B-GPE
and     and     CCONJ CC  cc    0
Orvik   Orvik   PROPN NNP conj  0 B-GPE
signed  sign    VERB  VBD ROOT  3
a       a       DET   DT  det   5
deal    deal    NOUN  NN  dobj  3
.       .       PUNCT .   punct 3
""")

# "Tessaly and Orvik did not meet."
NOT_MET = parse("""
Tessaly Tessaly PROPN NNP nsubj 5 B-GPE
and     and     CCONJ CC  cc    0
Orvik   Orvik   PROPN NNP conj  0 B-GPE
did     do      AUX   VBD aux   5
not     not     PART  RB  neg   5
meet    meet    VERB  VB  ROOT  5
.       .       PUNCT .   punct 5
""")


def test_actors_that_act_together_give_one_edge_between_them():
    assert ("Tessaly", "sign_deal_with", "Orvik") in roles(SIGNED_TOGETHER)
    assert not any(p.startswith("meet") for _, p, _ in roles(NOT_MET))


# "Orvik's Ana Vell resigned."
OWNERS_PERSON = parse("""
Orvik   Orvik   PROPN NNP poss     3 B-ORG
's      's      PART  POS case     0
Ana     Ana     PROPN NNP compound 3 B-PERSON
Vell    Vell    PROPN NNP nsubj    4 I-PERSON
resigned resign VERB  VBD ROOT     4
.       .       PUNCT .   punct    4
""")


def test_a_person_named_with_an_organisations_possessive_belongs_to_it():
    assert ("Ana Vell", "affiliated_with", "Orvik") in roles(OWNERS_PERSON)


# "Ana Vell of Denver and Tom Orr of Orvik Foods spoke." (the model typed Denver an organisation)
TOWN_OR_BODY = parse("""
Ana     Ana     PROPN NNP compound 1 B-PERSON
Vell    Vell    PROPN NNP nsubj    9 I-PERSON
of      of      ADP   IN  prep     1
Denver  Denver  PROPN NNP pobj     2 B-ORG
and     and     CCONJ CC  cc       1
Tom     Tom     PROPN NNP compound 6 B-PERSON
Orr     Orr     PROPN NNP conj     1 I-PERSON
of      of      ADP   IN  prep     6
Orvik   Orvik   PROPN NNP pobj     7 B-ORG
spoke   speak   VERB  VBD ROOT     9
.       .       PUNCT .   punct    9
""")


def test_a_town_after_a_persons_of_is_where_she_is_from_whatever_its_type():
    """ "Ana Vell of Denver" lives there; the model's ORG makes no body of the town."""
    found = roles(TOWN_OR_BODY)
    assert ("Ana Vell", "from", "Denver") in found and ("Tom Orr", "affiliated_with", "Orvik") in found, found


# "Orvik urged Tessaly to step down."
URGED = parse("""
Orvik   Orvik   PROPN NNP nsubj 1 B-ORG
urged   urge    VERB  VBD ROOT  1
Tessaly Tessaly PROPN NNP dobj  1 B-GPE
to      to      PART  TO  aux   4
step    step    VERB  VB  xcomp 1
down    down    ADP   RP  prt   4
.       .       PUNCT .   punct 1
""")

# "Orvik accused Tessaly of war crimes."
ACCUSED = parse("""
Orvik   Orvik   PROPN NNP nsubj    1 B-ORG
accused accuse  VERB  VBD ROOT     1
Tessaly Tessaly PROPN NNP dobj     1 B-GPE
of      of      ADP   IN  prep     1
war     war     NOUN  NN  compound 5
crimes  crime   NOUN  NNS pobj     3
.       .       PUNCT .   punct    1
""")

# "Orvik fined Tessaly Steel for dumping."
FINED = parse("""
Orvik   Orvik   PROPN NNP nsubj    1 B-ORG
fined   fine    VERB  VBD ROOT     1
Tessaly Tessaly PROPN NNP compound 3 B-ORG
Steel   Steel   PROPN NNP dobj     1 I-ORG
for     for     ADP   IN  prep     1
dumping dump    VERB  VBG pcomp    4
.       .       PUNCT .   punct    1
""")


def test_what_is_done_to_an_actor_stays_in_the_edge():
    assert ("Orvik", "urge_to_step_down", "Tessaly", False) in spo(URGED)
    assert ("Orvik", "accuse_of_war_crime", "Tessaly", False) in spo(ACCUSED)
    assert ("Orvik", "fine_for_dump", "Tessaly Steel", False) in spo(FINED)


# "Orvik hopes that Tessaly passes the bill."
HOPES = parse("""
Orvik   Orvik   PROPN NNP nsubj  1 B-ORG
hopes   hope    VERB  VBZ ROOT   1
that    that    SCONJ IN  mark   4
Tessaly Tessaly PROPN NNP nsubj  4 B-GPE
passes  pass    VERB  VBZ ccomp  1
the     the     DET   DT  det    6
bill    bill    NOUN  NN  dobj   4
.       .       PUNCT .   punct  1
""")

# "It is possible that Tessaly attacked Orvik."
POSSIBLE = parse("""
It       it       PRON  PRP nsubj  1
is       be       AUX   VBZ ROOT   1
possible possible ADJ   JJ  acomp  1
that     that     SCONJ IN  mark   5
Tessaly  Tessaly  PROPN NNP nsubj  5 B-GPE
attacked attack   VERB  VBD ccomp  1
Orvik    Orvik    PROPN NNP dobj   5 B-ORG
.        .        PUNCT .   punct  1
""")


# "It is not possible that Tessaly attacked Orvik."
NOT_POSSIBLE = parse("""
It       it       PRON  PRP nsubj  1
is       be       AUX   VBZ ROOT   1
not      not      PART  RB  neg    1
possible possible ADJ   JJ  acomp  1
that     that     SCONJ IN  mark   6
Tessaly  Tessaly  PROPN NNP nsubj  6 B-GPE
attacked attack   VERB  VBD ccomp  1
Orvik    Orvik    PROPN NNP dobj   6 B-ORG
.        .        PUNCT .   punct  1
""")

# "It is not likely that Tessaly attacked Orvik." (the clause hung on the adjective)
NOT_LIKELY = parse("""
It       it       PRON  PRP nsubj  1
is       be       AUX   VBZ ROOT   1
not      not      PART  RB  neg    1
likely   likely   ADJ   JJ  acomp  1
that     that     SCONJ IN  mark   6
Tessaly  Tessaly  PROPN NNP nsubj  6 B-GPE
attacked attack   VERB  VBD ccomp  3
Orvik    Orvik    PROPN NNP dobj   6 B-ORG
.        .        PUNCT .   punct  1
""")


def test_a_wish_or_a_possibility_is_not_stated_as_fact():
    assert _modality(HOPES, "pass") == "hopes"
    assert _modality(POSSIBLE, "attack") == "possible"


def test_a_denied_wish_keeps_its_not(tmp_path):
    """ "Vellia does not want Kestria to join": the joining is not wanted ([want] had said the
    opposite); "didn't urge Lisk to buy" keeps its words once."""
    rows = extract_rows(tmp_path, "Vellia does not want Kestria to join the Orvane Group.\n"
                                  "Ada Orr didn't urge Tom Lisk to buy Vell Motors.\n", sentences=True)
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality[("Kestria", "join", "Orvane Group")] == "not want", modality
    assert modality[("Tom Lisk", "buy", "Vell Motors")] == "didn't urge", modality


def test_a_denied_possibility_keeps_its_not():
    """ "it is not possible that ..." had given [possible], the opposite of what was said."""
    assert _modality(NOT_POSSIBLE, "attack") == "not possible"
    assert _modality(NOT_LIKELY, "attack") == "not likely"


# "Orvik warned Tessaly not to interfere."
WARNED_NOT = parse("""
Orvik     Orvik     PROPN NNP nsubj 1 B-GPE
warned    warn      VERB  VBD ROOT  1
Tessaly   Tessaly   PROPN NNP dobj  1 B-GPE
not       not       PART  RB  neg   5
to        to        PART  TO  aux   5
interfere interfere VERB  VB  xcomp 1
.         .         PUNCT .   punct 1
""")


def test_a_negated_complement_keeps_its_not():
    assert ("Orvik", "warn_not_to_interfere", "Tessaly", False) in spo(WARNED_NOT)


# "Orvik launched airstrikes on Tessaly."
AIRSTRIKES_ON = parse("""
Orvik      Orvik     PROPN NNP nsubj 1 B-GPE
launched   launch    VERB  VBD ROOT  1
airstrikes airstrike NOUN  NNS dobj  1
on         on        ADP   IN  prep  1
Tessaly    Tessaly   PROPN NNP pobj  3 B-GPE
.          .         PUNCT .   punct 1
""")


def test_strikes_on_a_place_name_their_target_not_where_they_happened():
    assert ("Orvik", "launch_airstrike_on", "Tessaly", False) in spo(AIRSTRIKES_ON)


# "Tessaly and Orvik restored diplomatic ties."
RESTORED_TIES = parse("""
Tessaly    Tessaly    PROPN NNP nsubj 3 B-GPE
and        and        CCONJ CC  cc    0
Orvik      Orvik      PROPN NNP conj  0 B-GPE
restored   restore    VERB  VBD ROOT  3
diplomatic diplomatic ADJ   JJ  amod  5
ties       tie        NOUN  NNS dobj  3
.          .          PUNCT .   punct 3
""")


def test_restored_ties_is_an_edge_between_the_two():
    assert ("Tessaly", "restore_tie_with", "Orvik") in roles(RESTORED_TIES)


# "Vell Corp was fined 5 million euros by Orvik." ("by" hung on the object, as the parser does)
FINED_BY = parse("""
Vell    Vell    PROPN NNP compound  1 B-ORG
Corp    Corp    PROPN NNP nsubjpass 3 I-ORG
was     be      AUX   VBD auxpass   3
fined   fine    VERB  VBN ROOT      3
5       5       NUM   CD  compound  5 B-MONEY
million million NUM   CD  nummod    6 I-MONEY
euros   euro    NOUN  NNS dobj      3 I-MONEY
by      by      ADP   IN  prep      6
Orvik   Orvik   PROPN NNP pobj      7 B-ORG
.       .       PUNCT .   punct     3
""")


def test_a_passive_agent_hung_on_the_object_is_still_the_agent():
    assert ("Orvik", "fine", "Vell Corp", False) in spo(FINED_BY)


# "Ana Vell, a doctor working at Orvik Hospital, spoke."
DOCTOR_WORKING = parse("""
Ana     Ana     PROPN NNP compound 1 B-PERSON
Vell    Vell    PROPN NNP nsubj    10 I-PERSON
,       ,       PUNCT ,   punct    1
a       a       DET   DT  det      4
doctor  doctor  NOUN  NN  appos    1
working work    VERB  VBG acl      4
at      at      ADP   IN  prep     5
Orvik   Orvik   PROPN NNP compound 8 B-ORG
Hospital Hospital PROPN NNP pobj   6 I-ORG
,       ,       PUNCT ,   punct    1
spoke   speak   VERB  VBD ROOT     10
.       .       PUNCT .   punct    10
""")

# "Tom Vell, senior vice president of fleet at Orvik Air, said no."
VP_OF_FLEET_AT = parse("""
Tom       Tom       PROPN NNP compound 1 B-PERSON
Vell      Vell      PROPN NNP nsubj    12 I-PERSON
,         ,         PUNCT ,   punct    1
senior    senior    ADJ   JJ  amod     5
vice      vice      NOUN  NN  compound 5
president president NOUN  NN  appos    1
of        of        ADP   IN  prep     5
fleet     fleet     NOUN  NN  pobj     6
at        at        ADP   IN  prep     7
Orvik     Orvik     PROPN NNP compound 10 B-ORG
Air       Air       PROPN NNP pobj     8 I-ORG
,         ,         PUNCT ,   punct    1
said      say       VERB  VBD ROOT     12
no        no        INTJ  UH  dobj     12
.         .         PUNCT .   punct    12
""")

# "Ana Vell, Tom Vell's daughter, spoke."
DAUGHTER = parse("""
Ana      Ana      PROPN NNP compound 1 B-PERSON
Vell     Vell     PROPN NNP nsubj    8 I-PERSON
,        ,        PUNCT ,   punct    1
Tom      Tom      PROPN NNP compound 4 B-PERSON
Vell     Vell     PROPN NNP poss     6 I-PERSON
's       's       PART  POS case     4
daughter daughter NOUN  NN  appos    1
,        ,        PUNCT ,   punct    1
spoke    speak    VERB  VBD ROOT     8
.        .        PUNCT .   punct    8
""")


def test_what_an_apposition_says_of_a_named_person_is_theirs():
    assert ("Ana Vell", "work_at", "Orvik Hospital", False) in spo(DOCTOR_WORKING)
    assert ("Tom Vell", "senior_vice_president_of_fleet_of", "Orvik Air") in roles(VP_OF_FLEET_AT)
    assert ("Ana Vell", "daughter_of", "Tom Vell") in roles(DAUGHTER)


# "The war between Tessaly and Orvik continued."
WAR_BETWEEN = parse("""
The       the       DET   DT  det   1
war       war       NOUN  NN  nsubj 6
between   between   ADP   IN  prep  1
Tessaly   Tessaly   PROPN NNP pobj  2 B-GPE
and       and       CCONJ CC  cc    3
Orvik     Orvik     PROPN NNP conj  3 B-GPE
continued continue  VERB  VBD ROOT  6
.         .         PUNCT .   punct 6
""")


def test_a_war_between_two_actors_is_an_edge_between_them():
    assert ("Tessaly", "war_with", "Orvik") in roles(WAR_BETWEEN)


# "Orvik's wife Ana Vell spoke." (a family role before the name)
WIFE_BEFORE = parse("""
Tom     Tom     PROPN NNP compound 1 B-PERSON
Orvik   Orvik   PROPN NNP poss     4 I-PERSON
's      's      PART  POS case     1
wife    wife    NOUN  NN  compound 5
Ana     Ana     PROPN NNP compound 5 B-PERSON
Vell    Vell    PROPN NNP nsubj    6 I-PERSON
spoke   speak   VERB  VBD ROOT     6
.       .       PUNCT .   punct    6
""")


def test_a_family_role_before_a_name_is_an_edge_to_the_owner():
    assert ("Ana Vell", "wife_of", "Tom Orvik") in roles(WIFE_BEFORE)


# "Officials were asked to leave Tessaly."
ASKED_TO_LEAVE = parse("""
Officials officials NOUN  NNS nsubjpass 2
were      be        AUX   VBD auxpass   2
asked     ask       VERB  VBN ROOT      2
to        to        PART  TO  aux       4
leave     leave     VERB  VB  xcomp     2
Tessaly   Tessaly   PROPN NNP dobj      4 B-GPE
.         .         PUNCT .   punct     2
""")


def test_asked_to_do_is_the_doing_as_asked_not_the_asking():
    (t,) = [t for t in extract_triples(ASKED_TO_LEAVE, "d1")]
    assert (t.subject.text, t.predicate, t.object.text, t.modality) == ("Officials", "leave", "Tessaly", "asked")


# "Orvik was eager to buy Tessaly Steel."
EAGER = parse("""
Orvik   Orvik   PROPN NNP nsubj    1 B-ORG
was     be      AUX   VBD ROOT     1
eager   eager   ADJ   JJ  acomp    1
to      to      PART  TO  aux      4
buy     buy     VERB  VB  xcomp    2
Tessaly Tessaly PROPN NNP compound 6 B-ORG
Steel   Steel   PROPN NNP dobj     4 I-ORG
.       .       PUNCT .   punct    1
""")


def test_eager_to_buy_is_a_buying_not_yet_done():
    (t,) = [t for t in extract_triples(EAGER, "d1")]
    assert (t.subject.text, t.predicate, t.object.text, t.modality) == ("Orvik", "buy", "Tessaly Steel", "eager")


# "Orvik swept Tessaly to become champion." (the sweeper becomes it: no urge-like fold)
SWEPT_TO_BECOME = parse("""
Orvik    Orvik    PROPN NNP nsubj 1 B-ORG
swept    sweep    VERB  VBD ROOT  1
Tessaly  Tessaly  PROPN NNP dobj  1 B-ORG
to       to       PART  TO  aux   4
become   become   VERB  VB  xcomp 1
champion champion NOUN  NN  attr  4
.        .        PUNCT .   punct 1
""")

# "Tessaly is not anxious to push Orvik."
NOT_ANXIOUS = parse("""
Tessaly Tessaly PROPN NNP nsubj 1 B-GPE
is      be      AUX   VBZ ROOT  1
not     not     PART  RB  neg   1
anxious anxious ADJ   JJ  acomp 1
to      to      PART  TO  aux   5
push    push    VERB  VB  xcomp 3
Orvik   Orvik   PROPN NNP dobj  5 B-GPE
.       .       PUNCT .   punct 1
""")


def test_only_urge_like_verbs_fold_their_to_clause_and_not_keeps_the_adjective_negated():
    assert ("Orvik", "sweep", "Tessaly", False) in spo(SWEPT_TO_BECOME)
    assert ("Tessaly", "push", "Orvik", True) in spo(NOT_ANXIOUS)


# "Tom Okafor, Orvik's chairman, Ana Vell, spoke." (the parser hangs the role on the first name)
ROLE_OF_THE_NEXT = parse("""
Tom      Tom      PROPN NNP compound 1 B-PERSON
Okafor   Okafor   PROPN NNP nsubj    11 I-PERSON
,        ,        PUNCT ,   punct    1
Orvik    Orvik    PROPN NNP poss     5 B-ORG
's       's       PART  POS case     3
chairman chairman NOUN  NN  appos    1
,        ,        PUNCT ,   punct    5
Ana      Ana      PROPN NNP compound 8 B-PERSON
Vell     Vell     PROPN NNP appos    5 I-PERSON
,        ,        PUNCT ,   punct    8
and      and      CCONJ CC  cc       1
spoke    speak    VERB  VBD ROOT     11
.        .        PUNCT .   punct    11
""")


def test_a_role_followed_by_its_own_name_is_not_the_first_names():
    assert roles(ROLE_OF_THE_NEXT) == {("Ana Vell", "chairman_of", "Orvik")}


def test_the_recipient_of_a_double_object_verb_is_an_edge_and_a_day_is_no_object(nlp):
    """ "sent Tom Brady a letter": the main triple keeps the letter; who received it is the
    actor edge a reader writes down; "on Monday" is when, not a participant."""
    doc = nlp("Senator Ray Cole sent Tom Brady a letter on Monday.")
    found = {(t.subject.text, t.predicate, t.object.text) for t in extract_triples(doc, "d1")}
    assert ("Ray Cole", "send_letter_to", "Tom Brady") in {(s.replace("Senator ", ""), p, o)
                                                          for s, p, o in found}, found
    assert not any(o == "Monday" for _, _, o in found), found


def test_an_infinitive_under_an_aim_noun_is_no_fact(nlp):
    """ "the mayor's effort to get Vell to investigate Ada Lisk" is no fact that Vell
    investigated; "the plea deal offered by prosecutors" (a participle) stays a fact."""
    doc = nlp("The inquiry focuses on the mayor's effort to get Vell to investigate Ada Lisk.")
    found = {(t.subject.text, t.predicate, t.object.text): t.modality for t in extract_triples(doc, "d1")}
    assert found.get(("Vell", "investigate", "Ada Lisk")) == "effort", found
    doc = nlp("Senator Cole renewed his call for Germany to expel Russian diplomats.")
    found = {(t.subject.text, t.predicate): t.modality for t in extract_triples(doc, "d1")}
    assert found.get(("Germany", "expel")) == "call", found


def test_a_price_is_no_part_of_the_relation(nlp):
    """ "agreed to acquire X for 40 mln dlrs": the price is no complement of what is done to X."""
    doc = nlp("Zemco Inc agreed to acquire Globex Holdings of Ohio for 40 mln dlrs.")
    found = {(t.subject.text, t.predicate, t.object.text) for t in extract_triples(doc, "d1")}
    assert ("Zemco Inc", "agree_to_acquire", "Globex Holdings of Ohio") in found, found


def test_a_speech_tag_after_a_clause_is_no_act_of_its_subject(nlp):
    """ "Kane stood emotionless, reported Mary Olson": Olson reported; Kane reported nobody."""
    doc = nlp("As the verdict was read, Kane stood emotionless, reported Mary Olson of Ohio Public Radio.")
    found = {(t.subject.text, t.predicate, t.object.text) for t in extract_triples(doc, "d1")}
    assert not any(s == "Kane" and p == "report" for s, p, _ in found), found


def test_real_model_two_lists_paired_by_respectively_give_no_crossed_fact(tmp_path):
    """ "Tom Wen and Ada Lisk, the bank's chairman and its auditor, respectively, met ...":
    the meetings hold for each, but no fact pairs one list's member with the other's."""
    facts = _cli_facts(tmp_path, "Tom Wen and Ada Lisk, the bank's chairman and its auditor, respectively, "
                                 "met Orlen executives on Monday.\n")
    assert {("Tom Wen", "meet", "Orlen executives"), ("Ada Lisk", "meet", "Orlen executives")} <= facts
    assert not any({s, o} == {"Tom Wen", "Ada Lisk"} for s, _, o in facts)


def test_real_model_its_under_a_possessed_infinitive_is_the_owner_and_a_name_cut_at_of_is_whole(tmp_path):
    """ "The board approved Vellcorp's application to purchase through its subsidiary, Vell
    Savings of Oakland, ...": the subsidiary is Vellcorp's, not the board's, and its name is
    not cut at "of"."""
    facts = _cli_facts(tmp_path, "The Federal Reserve Board said it approved Vellcorp's application to "
                                 "purchase through its subsidiary, Vell Savings of Oakland, some assets of "
                                 "Brezna Savings Bank.\n")
    assert ("Vell Savings of Oakland", "subsidiary_of", "Vellcorp") in facts
    assert not any(s == "Vell Savings of" or o == "Federal Reserve Board" for s, _, o in facts)


def test_real_model_an_office_after_a_party_is_the_places_not_the_partys(tmp_path):
    """ "Kentucky GOP Gov. Matt Bevin": governor of Kentucky, a Republican; no governor of the GOP."""
    facts = _cli_facts(tmp_path, "Kentucky GOP Gov. Matt Bevin signed the bill on Monday.\n"
                                 "Ohio Republican Sen. Rob Portman met Vell executives.\n"
                                 "Sen. Ana Ruiz met Vell executives.\n"
                                 "Maj. Gen. Tom Wen said the road was closed.\n")
    assert {("Matt Bevin", "governor_of", "Kentucky"), ("Rob Portman", "senator_of", "Ohio")} <= facts
    assert not any(o in ("GOP", "Republican") for _, _, o in facts)
    assert ("Ana Ruiz", "is_a", "senator") in facts  # the title written out, not "Sen."
    assert ("Tom Wen", "is_a", "major general") in facts


def _cli_rows(tmp_path, text: str) -> list[dict]:
    """The records of `newsgraph extract --sentences` on ``text`` (one sentence a line)."""
    return extract_rows(tmp_path, text, sentences=True)


def _cli_facts(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of `newsgraph extract --sentences` on ``text``."""
    return {(r["subject"], r["predicate"], r["object"]) for r in _cli_rows(tmp_path, text)}


def test_real_model_a_title_keeps_acting_spiritual_and_its_past(tmp_path):
    """ "acting head", "spiritual head" are other offices than "head"; "then-secretary" and an
    "ousted CEO" held them once (a judge reads the bare title as a dropped qualifier)."""
    rows = _cli_rows(tmp_path, "Jane Obi, the acting head of the Varo Prosecuting Authority, declined.\n"
                               "Abdul Karim, the spiritual head of the Tarsi, spoke on Friday.\n"
                               "Ted Moss, then-secretary of the Alabama Road Agency, resigned.\n"
                               "Ousted Varo CEO Adam Lisk can still name directors.\n")
    facts = {(r["subject"], r["predicate"], r["object"], r["modality"]) for r in rows}
    assert {("Jane Obi", "acting_head_of", "Varo Prosecuting Authority", None),
            ("Abdul Karim", "spiritual_head_of", "Tarsi", None),
            ("Ted Moss", "secretary_of", "Alabama Road Agency", "former"),
            ("Adam Lisk", "ceo_of", "Varo", "former")} <= facts


def test_real_model_a_caretaker_or_outgoing_title_is_an_office_of_its_country(tmp_path):
    """A caretaker or outgoing prime minister is the country's prime minister for now: the
    title with its word is a fact, where the bare qualifier had left none."""
    facts = _cli_facts(tmp_path, "Kestria's caretaker prime minister Dan Lisk said the election would be held in May.\n"
                                 "Fiji's outgoing prime minister Bo Tarr spoke on Monday.\n")
    assert {("Dan Lisk", "caretaker_prime_minister_of", "Kestria"),
            ("Bo Tarr", "outgoing_prime_minister_of", "Fiji")} <= facts


def test_real_model_made_by_describes_what_was_made_not_its_topic(tmp_path):
    """ "the complaints about Kestria made by Vell traders": the traders made the
    complaints; Kestria was never made (the parser may hang "made" on the topic)."""
    facts = _cli_facts(tmp_path, "Orlen dismissed the complaints about Kestria made by Vell traders in March.\n"
                                 "Tarrow Bank denied reports on the merger published by Orvane News.\n")
    assert ("Vell traders", "make", "complaints") in facts
    assert ("Orvane News", "publish", "reports on the merger") in facts
    assert not any(p in ("make", "publish") and o in ("Kestria", "merger") for _, p, o in facts)


def test_real_model_a_title_after_adviser_to_is_the_principals_not_the_named_aide(tmp_path):
    """ "Senior Adviser to the US President Bo Tarr": Tarr advises the president and is not
    one; "wrote to Fiji Prime Minister Bo Kerr" still names the prime minister."""
    facts = _cli_facts(tmp_path, "Senior Adviser to the US President Bo Tarr spoke on Monday.\n"
                                 "Special Envoy to the Orlen Prime Minister Tom Orr met the rebels.\n"
                                 "Ana Vell wrote to Fiji Prime Minister Bo Kerr.\n")
    assert not any(s in ("Bo Tarr", "Tom Orr") and p in ("president_of", "prime_minister_of") for s, p, _ in facts)
    assert ("Bo Kerr", "prime_minister_of", "Fiji") in facts


def test_real_model_an_honorific_between_a_title_and_the_name_is_no_part_of_the_title(tmp_path):
    """ "Finance Minister Mr. Bo Tarr" is a finance minister, not a "Finance Minister Mr.";
    "the Principal Mr. Nicholas Kerr of Kestford High School" is its principal (`principal_of`)."""
    rows = _cli_rows(tmp_path, "The prizes were given to the Principal Mr. Nicholas Kerr of Kestford High School. "
                               "School Principal Mr. Tom Kerr said the pupils cheered. "
                               "Finance Minister Mr. Bo Tarr spoke.\n")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Bo Tarr", "is_a", "Finance Minister") in facts
    assert ("Tom Kerr", "is_a", "School Principal") in facts
    assert ("Nicholas Kerr", "principal_of", "Kestford High School") in facts


def test_real_model_a_shadow_minister_and_a_magistrate_keep_their_offices(tmp_path):
    """ "Shadow Foreign Minister X" holds no office of a place called "Shadow"; "Chief
    Magistrate X" is a chief magistrate, not a "chief" (``kept_descriptors``, ``roles``)."""
    rows = extract_rows(tmp_path, "On Friday, Shadow Foreign Minister Ana Vell called the new treaty with Orlen "
                        "the worst mistake the government had made in a decade. "
                        "Chief Magistrate Emmanuel Kerr in a written decision told Mr Tarr that the auditor "
                        "had asked for the accounts.", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(o == "Shadow" for _, _, o in facts), facts
    assert ("Ana Vell", "is_a", "Shadow Foreign Minister") in facts
    assert any(s.endswith("Emmanuel Kerr") and p == "is_a" and o == "Chief Magistrate" for s, p, o in facts), facts
    assert not any(o == "Chief" for _, _, o in facts), facts


def test_real_model_names_and_relations_of_the_wire(tmp_path):
    """A centre named for two topics is one name; "Will" opening a question is no first name;
    an amount is no relation word, nor the host of the seller after it; "Concerning X" is no
    verb; "who" after a label and a person means the person."""
    facts = _cli_facts(
        tmp_path,
        "Tariq Alam, executive director of the Abu Dhabi Ghantoot Centre for Consulting and Training, agreed.\n"
        "Will Trump work with Democrats on trade?\n"
        "Ramon Diaz, secretary of the Presidential Commission on Good Government (PCGG), left.\n"
        "Seneca Corp sold six pct of Ulm SA to Aga AB.\n"
        "Rada Corp bought its stake for 505.5 mln dlrs from Wattie Industries Ltd last year.\n"
        "Concerning Bart Oil's 42 pct stake in Fenwick Energy Corp, Vesey said the stake was strategic.\n"
        "The feud between Lena Moss and her former label, Vell Records, Dan Arlo, 38 - who manages "
        "Tom Rye - has tried to call Moss.\n")
    assert ("Tariq Alam", "executive_director_of", "Abu Dhabi Ghantoot Centre for Consulting and Training") in facts
    assert not any("Will" in s for s, _, _ in facts)
    assert ("Ramon Diaz", "secretary_of", "Presidential Commission on Good Government") in facts  # no "(PCGG"
    assert ("Seneca Corp", "sell_to", "Aga AB") in facts
    assert ("Rada Corp", "buy_stake_from", "Wattie Industries Ltd") in facts  # not dollars from Wattie
    assert not any(p.startswith("concern") for _, p, _ in facts)
    assert ("Dan Arlo", "manage", "Tom Rye") in facts
    assert not any(s == "Vell Records" and p.startswith("manage") for s, p, _ in facts)


def test_real_model_what_a_plan_calls_for_is_not_done(tmp_path):
    """ "The plan calls for Seneca to buy a stake": a requirement, stated with its verb."""
    rows = _cli_rows(tmp_path, "The plan calls for Seneca Corp to buy a stake in Argo Corp.\n"
                               "The agreement provides for Varo Corp to supply gas to Ulm Corp.\n")
    found = {(r["subject"], r["predicate"], r["modality"]) for r in rows}
    assert {("Seneca Corp", "buy", "calls"), ("Varo Corp", "supply_gas_to", "provides")} <= found
    assert not any(r["modality"] is None for r in rows if r["subject"] in ("Seneca Corp", "Varo Corp"))


def test_real_model_partners_behind_a_noun_and_a_dative_list(tmp_path):
    """ "entered into an agreement with X": an edge to X through the noun; "awarded orders to
    X, Y and Z": one edge to each; "routes between X and Y" are no partners."""
    facts = _cli_facts(tmp_path, "Quadram Corp has entered into a joint development agreement with Genoa Systems Corp "
                                 "on Monday.\n"
                                 "In May, Varo awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond.\n"
                                 "The jets will be used on routes between Brazil and Chile, Varo said.\n"
                                 "Varo Corp is in talks with Ulm Bank about a merger.\n")
    assert ("Quadram Corp", "enter_into_development_agreement_with", "Genoa Systems Corp") in facts
    assert {("Varo", "award_task_order_to", o) for o in ("Astrobotic", "Intuitive Machines", "OrbitBeyond")} <= facts
    assert not any(p.endswith("between") for _, p, _ in facts)
    assert ("Varo Corp", "be_in_talk_with", "Ulm Bank") in facts  # a "be" clause says it too


def test_real_model_a_group_that_lists_its_members_is_one_side_of_a_between(tmp_path):
    """ "a deal between Canada and three partners - Mexico, Chile and Peru": Canada made the
    deal with each of them, and they made none with each other."""
    facts = _cli_facts(tmp_path, "The council endorsed the trade deal between Canada and three partners - Mexico, "
                                 "Chile and Peru - that cut tariffs on copper.\n"
                                 "The treaty ended the war between Spain and two powers - France, Austria and the "
                                 "Netherlands - that had lasted a decade.\n")
    assert {("Canada", "deal_with", p) for p in ("Mexico", "Chile", "Peru")} <= facts
    assert not {(a, "deal_with", b) for a in ("Mexico", "Chile") for b in ("Chile", "Peru")} & facts
    pairs = {(s, o) for s, p, o in facts if p == "war_with"}
    assert pairs and all(s == "Spain" for s, _ in pairs)


def test_real_model_the_subject_left_of_a_gapped_clause_is_no_object(tmp_path):
    """ "Vellia recorded 40 new strikes and Kestria 12": Kestria recorded 12 strikes; nobody
    recorded Kestria. A model number in a name is still an object ("Airbus A320 aircraft")."""
    facts = _cli_facts(tmp_path, "Vellia recorded 40 new strikes and Kestria 12 on Tuesday.\n"
                                 "Orvane bought 20 jets and Airbus A320 aircraft.\n")
    assert ("Vellia", "record", "40 new strikes") in facts
    assert not any(o.startswith("Kestria") for _, _, o in facts)
    assert ("Orvane", "buy", "Airbus A320 aircraft") in facts


def test_real_model_a_relation_after_a_title_is_no_post_of_its_body(tmp_path):
    """ "a lawyer and member of the Kestria Party": a member of the party, no lawyer of it
    (the parser may hang "of" on "lawyer"); "president and CEO of Vellco" and "the founder and
    owner of" a bakery are both its; "a spokeswoman for Vellco, an Ohio-based supplier of ..."
    names what Vellco supplies, not her."""
    facts = _cli_facts(tmp_path, "Ben Tarr, the co-founder and chief executive of Orvane, resigned. Kim Vell, a "
                                 "lawyer and member of the Kestria Party, spoke.\n"
                                 "Ana Vell, president and CEO of Vellco, spoke.\n"
                                 "Tom Orr, the founder and owner of The Vell Baking Co., spoke.\n"
                                 "Cleaning matters, said Ana Kerr, a spokeswoman for Vellco, an Ohio-based supplier of "
                                 "restroom services.\n")
    assert ("Kim Vell", "member_of", "Kestria Party") in facts, facts
    assert ("Kim Vell", "lawyer_of", "Kestria Party") not in facts, facts
    assert {("Ana Vell", "president_of", "Vellco"), ("Ana Vell", "ceo_of", "Vellco")} <= facts, facts
    assert {("Tom Orr", "founder_of", "Vell Baking Co."), ("Tom Orr", "owner_of", "Vell Baking Co.")} <= facts, facts
    assert not any(s == "Ana Kerr" and p.startswith("supplier") for s, p, _ in facts), facts


def test_real_model_including_names_what_the_object_noun_is_about(tmp_path):
    """ "led key acquisitions, including Marvel": Rye led the acquisition of Marvel, not
    Marvel; "killed three people, including Ana Bel": she was killed."""
    facts = _cli_facts(tmp_path, "Tom Rye led key acquisitions, including Marvel Entertainment and Lucasfilm.\n"
                                 "Gunmen killed three people, including Ana Bel.\n")
    assert {("Tom Rye", "lead_acquisition_of", "Marvel Entertainment"),
            ("Tom Rye", "lead_acquisition_of", "Lucasfilm")} <= facts
    assert ("Tom Rye", "lead", "Marvel Entertainment") not in facts
    assert ("Gunmen", "kill", "Ana Bel") in facts


def test_real_model_what_a_sentence_says_is_not_so_is_denied(tmp_path):
    """ "It is not that Vellia needs Kestria", "has no evidence that Orvane bribed Ana Vell":
    no need and no bribe stated; "has evidence that ..." and "no question that ..." state it."""
    rows = _cli_rows(tmp_path, "It is not that Vellia needs Kestria, Tom Orr said.\n"
                               "Dan Kerr has no evidence that Orvane bribed Ana Vell.\n"
                               "Dan Kerr has evidence that Orvane bribed Ben Tarr.\n"
                               "There is no question that Orvane can find a buyer like Tom Orr.\n")
    mood = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mood.get(("Vellia", "need", "Kestria")) == "denied", mood
    assert mood.get(("Orvane", "bribe", "Ana Vell")) == "denied", mood
    assert ("Orvane", "bribe", "Ben Tarr") in mood and mood[("Orvane", "bribe", "Ben Tarr")] is None, mood
    found = [m for (s, p, _), m in mood.items() if s == "Orvane" and p.startswith("find")]
    assert found and not any(m and "denied" in m for m in found), mood  # "no question that": affirmed


def test_real_model_no_sign_without_that_denies_its_clause(tmp_path):
    """ "there was no sign Vellco would rehire the workers": no "that", and still no rehiring."""
    rows = _cli_rows(tmp_path, "Dan Kerr said there was no sign Vellco would rehire the workers.\n")
    mood = {(r["subject"], r["predicate"]): r["modality"] for r in rows}
    assert "denied" in (mood.get(("Vellco", "rehire")) or ""), mood


def test_real_model_a_participle_under_a_denied_noun_that_is_no_evidence_stands(tmp_path):
    """ "gave no details about the workers employed by Vellco": Vellco still employs them;
    "no evidence of soldiers fighting in Orlen" still denies the fighting."""
    rows = _cli_rows(tmp_path, "Tom Orr gave no details about the workers employed by Vellco.\n"
                               "The report found no evidence of soldiers fighting in Orlen.\n")
    denied = {(r["subject"], r["predicate"], r["object"]): r["negated"] for r in rows}
    assert denied.get(("Vellco", "employ", "workers")) is False, denied
    assert denied.get(("soldiers", "fight_in", "Orlen")) is True, denied


def test_real_model_a_clause_someone_is_not_sure_of_carries_the_doubt(tmp_path):
    """ "is not certain that Vellia will attack Kestria": a doubt, "not certain"; "is sure
    that ..." states it."""
    rows = _cli_rows(tmp_path, "Dan Kerr is not certain that Vellia will attack Kestria.\n"
                               "Ben Tarr is sure that Orvane will buy Vellco.\n")
    mood = {(r["subject"], r["predicate"]): r["modality"] or "" for r in rows}
    assert "not certain" in mood.get(("Vellia", "attack"), ""), mood
    assert "not" not in mood.get(("Orvane", "buy"), "not"), mood


def test_real_model_an_act_not_yet_done_keeps_its_word(tmp_path):
    """ "Tom Orr's expected visit to Kestria", "Vellia's planned takeover of Orvane Steel": the
    visit and the takeover carry "expected" and "planned", not stated as done."""
    rows = _cli_rows(tmp_path, "The talks come ahead of Tom Orr's expected visit to Kestria next month.\n"
                               "Vellia's planned takeover of Orvane Steel collapsed.\n")
    got = {(r["subject"], r["predicate"], r["object"], r["modality"]) for r in rows}
    assert ("Tom Orr", "visit_to", "Kestria", "expected") in got, got
    assert ("Vellia", "takeover_of", "Orvane Steel", "planned") in got, got


def test_real_model_a_light_verbs_act_agreed_in_part_keeps_its_word(tmp_path):
    """ "signed a preliminary agreement with Orvane Bank", "granted in-principle approval to
    Orvane Bank": the light verb's act carries "preliminary" and "in-principle" (it was stated as
    a plain agreement and approval); "signed an agreement" stays plain."""
    rows = _cli_rows(tmp_path, "Vellco signed a preliminary agreement with Orvane Bank.\n"
                               "The Kestria central bank granted in-principle approval to Orvane Bank.\n"
                               "Tarrow Steel signed an agreement with Orvane Bank.\n")
    got = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert got.get(("Vellco", "sign_agreement_with", "Orvane Bank")) == "preliminary", got
    assert [m for (_, p, o), m in got.items() if p == "approve" and o == "Orvane Bank"] == ["in-principle"], got
    assert got.get(("Tarrow Steel", "sign_agreement_with", "Orvane Bank"), "absent") is None, got


def test_real_model_appreciation_of_a_government_is_on_its_behalf(tmp_path):
    """ "expressed the appreciation of the Government of Vellia for the arrangements": the
    minister appreciates the arrangements on Vellia's behalf, no `express_appreciation_of` edge
    to Vellia; "expressed appreciation to Kestria" thanks Kestria."""
    facts = _cli_facts(tmp_path, "Deputy Minister Dan Kerr expressed the appreciation of the Government of Vellia "
                                 "for the arrangements made by Kestria.\n"
                                 "Tom Orr expressed appreciation to Kestria for its help.\n")
    assert ("Dan Kerr", "appreciate", "arrangements") in facts, facts
    assert ("Tom Orr", "thank", "Kestria") in facts, facts
    assert not any(s == "Dan Kerr" and "Vellia" in o for s, _, o in facts), facts


def test_real_model_an_event_after_a_preposition_of_time_is_no_participant(tmp_path):
    """ "Dan Orr spoke after the Indian strikes": when he spoke, no act of his on India (the actor
    graph read the strikes as India's, `time_prepositions`); "Ana Vell came after Kestria" keeps
    Kestria."""
    facts = _cli_facts(tmp_path, "Dan Orr spoke after the Indian strikes.\nAna Vell came after Kestria.\n")
    assert not any(s == "Dan Orr" and p.endswith("after") for s, p, _ in facts), facts
    assert ("Ana Vell", "come_after", "Kestria") in facts, facts


def test_real_model_a_label_keeps_its_words_in_the_act(tmp_path):
    """ "called Tom Orr a 'family man'": the act is call_family_man, not call_man, beside
    Tom Orr is_called family man."""
    facts = _cli_facts(tmp_path, 'Kestria host Ben Tarr called Tom Orr a "family man" on Monday.\n')
    assert ("Ben Tarr", "call_family_man", "Tom Orr") in facts, facts
    assert ("Tom Orr", "is_called", "family man") in facts, facts


def test_real_model_the_one_promoted_to_a_post_takes_it(tmp_path):
    """ "promoted Dan Kerr to become president of Orvane News": Kerr becomes president, not
    Tom Orr, who promoted him."""
    facts = _cli_facts(tmp_path, "Tom Orr promoted Dan Kerr to become president of Orvane News.\n")
    assert any(s == "Dan Kerr" and p == "become" for s, p, _ in facts), facts
    assert not any(s == "Tom Orr" and p == "become" for s, p, _ in facts), facts


def test_real_model_a_measure_before_the_object_is_no_relation_word(tmp_path):
    """ "brought in a 48-hour dispersal order for Kestford": the order is the relation's word,
    the number of hours neither its word nor cut to "hour"."""
    facts = _cli_facts(tmp_path, "Orlen Police brought in a 48-hour dispersal order for Kestford.\n")
    assert any(p == "bring_in_dispersal_order_for" and o == "Kestford" for _, p, o in facts), facts
    assert not any("hour" in p for _, p, _ in facts), facts


def test_real_model_the_named_members_of_an_object_take_its_part(tmp_path):
    """ "met leaders such as X", "granted approval to 11 firms including X", "raised money from
    leagues including X": each named member of a kind of actor is met, approved, a source;
    "sells steel on markets including Kestria" names no partner (markets are no actors)."""
    facts = _cli_facts(tmp_path, "Ana Bel has met leaders such as Dan Kerr and Ben Tarr.\n"
                                 "The Bank of Vellia granted approval to 11 firms including Orvane Steel.\n"
                                 "Kestria raised money from leagues including Orlen Bank.\n"
                                 "Vellia sells steel on markets including Kestria.\n")
    assert {("Ana Bel", "meet", "Dan Kerr"), ("Ana Bel", "meet", "Ben Tarr")} <= facts, facts
    assert ("Bank of Vellia", "approve", "Orvane Steel") in facts, facts
    assert ("Kestria", "raise_money_from", "Orlen Bank") in facts, facts
    assert not any(o == "Kestria" for s, _, o in facts if s == "Vellia"), facts


def test_real_model_where_a_speaker_spoke_is_no_partner(tmp_path):
    """ "said in Kuwait", "said on Vell TV's Morning Hour": where or how it was said; "said to
    Tom Rye" names whom it was said to."""
    facts = _cli_facts(tmp_path, "Ana Bel said in Kuwait that the law was a step forward.\n"
                                 "Tom Rye said on Vell TV's Morning Hour that the stock fell.\n"
                                 "Ana Bel said to Tom Rye that she was leaving.\n")
    assert not any(p in ("say_in", "say_on") for _, p, _ in facts)
    assert ("Ana Bel", "say_to", "Tom Rye") in facts


def test_real_model_whether_an_amount_and_at_least_are_not_facts_or_names(tmp_path):
    """ "did not say whether he will return to Seoul": no answer, so "?"; "Ontario is 162
    billion dollars in debt": no type; "At least Harper met ...": Harper; "until Damascus
    shows ..." is a condition."""
    rows = _cli_rows(tmp_path, "Tom Rye did not say whether he will return to Seoul or travel to Beijing.\n"
                               "Ontario is 162 billion dollars in debt.\n"
                               "At least Harper met with the premiers on Friday.\n"
                               "France will have no contact with Syria until Damascus shows its willingness.\n")
    modality = {(r["predicate"], r["object"]): r["modality"] or "" for r in rows}
    assert "?" in modality[("return_to", "Seoul")].split() and "?" in modality[("travel_to", "Beijing")].split()
    assert not any(r["predicate"] == "is_a" and r["subject"] == "Ontario" for r in rows)
    assert any(r["subject_text"] == "Harper" and r["predicate"] == "meet_with" for r in rows)
    assert "until" in modality[("have_contact_with", "Syria")].split()  # holds only until then


def test_real_model_asking_if_is_a_question_not_a_condition_of_the_asking(tmp_path):
    """ "Mia Kerr asked Ana Vell if she had left Orlen": the asking happened (no "if"), what is
    asked is not stated ("?"), and "she" is Ana Vell; a real condition still holds ("resign if
    Kerr asked him")."""
    rows = _cli_rows(tmp_path, "Mia Kerr asked Ana Vell if she had left Orlen.\n"
                               "Tom Orr said he would resign if Kerr asked him.\n")
    modality = {(r["subject_text"], r["predicate"], r["object"]): r["modality"] or "" for r in rows}
    assert "if" not in modality[("Mia Kerr", "ask", "Ana Vell")].split()
    assert "?" in modality[("she", "leave", "Orlen")].split()
    assert next(r["subject"] for r in rows if r["predicate"] == "leave") == "Ana Vell"
    assert "if" in modality[("Kerr", "ask", "Tom Orr")].split()


def test_real_model_a_role_between_a_place_and_a_person_is_the_persons(tmp_path):
    """ "Last week in Sydney, the president of the Kestrian Growers Union, Reverend Tom Vell,
    met the buyers": Tom Vell holds the office, not Sydney."""
    rows = _cli_rows(tmp_path, "Last week in Sydney, the president of the Kestrian Growers Union, "
                               "Reverend Tom Vell, met the buyers.\n")
    assert any(r["subject_text"].endswith("Tom Vell") and r["predicate"] == "president_of" for r in rows)
    assert not any(r["subject"] == "Sydney" for r in rows)


def test_real_model_an_owner_written_without_its_s_is_no_second_subject(tmp_path):
    """ "Vellia next repatriation flight is set to depart from Orlen": the flight departs from
    Orlen, not Vellia."""
    rows = _cli_rows(tmp_path, "Vellia next repatriation flight is set to depart from Orlen on Friday.\n")
    assert not any(r["subject_text"] == "Vellia" for r in rows)
    assert any(r["subject_text"].endswith("flight") and r["object"] == "Orlen" for r in rows)


def test_real_model_a_participle_after_a_verb_describes_its_object(tmp_path):
    """ "Dan Kerr, of the law firm that represented executed smugglers Ana Vell and Bo Tarr,
    says ...": the firm represented them; Dan Kerr executed nobody, and he is the one who says."""
    rows = _cli_rows(tmp_path, "Dan Kerr, of the Orlen law firm that represented executed Kestrian smugglers "
                               "Ana Vell and Bo Tarr, says an appeal is unlikely.\n")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(p == "execute" for _, p, _ in facts)
    assert ("Orlen law firm", "represent", "Ana Vell") in facts
    assert any(r["subject_text"].startswith("Dan Kerr") and r["predicate"] == "say" for r in rows)


def test_real_model_the_actor_supported_to_do_something_does_it(tmp_path):
    """ "The Orlen Trust supported Vell Bank to open branches in Kestria": the bank opens them,
    the trust supported that."""
    facts = _cli_facts(tmp_path, "The Orlen Trust supported Vell Bank to open branches in Kestria.\n")
    assert ("Orlen Trust", "support_to_open_branch", "Vell Bank") in facts
    assert not any(s == "Orlen Trust" and p == "open" for s, p, _ in facts)
    assert ("Vell Bank", "open", "branches") in facts


def test_real_model_who_after_people_is_the_people_not_a_place_after_them(tmp_path):
    """ "5,000 people outside of Orlen who still need tents": the people need them, not Orlen
    (which the small model types a person)."""
    rows = _cli_rows(tmp_path, "Aid agencies say there are 5,000 people outside of Orlen who still need tents.\n")
    need = [r for r in rows if r["predicate"] == "need"]
    assert need and all(r["subject_text"].endswith("people outside of Orlen") for r in need)


def test_real_model_an_envoys_to_is_where_the_envoy_is_sent_not_the_verbs(tmp_path):
    """ "Bo Tarr has attacked Vellia's High Commissioner to Kestria": he attacked the envoy,
    nothing "to" Kestria; "sent an envoy to Kestria" still sends to Kestria."""
    facts = _cli_facts(tmp_path, "Bo Tarr has attacked Vellia's High Commissioner to Kestria, saying he had "
                                 "ignored the farmers.\nTom Orr sent an envoy to Kestria.\n")
    assert ("Bo Tarr", "attack", "Vellia's High Commissioner") in facts
    assert not any(p == "attack_to" for _, p, _ in facts)
    assert ("Tom Orr", "send_envoy_to", "Kestria") in facts


def test_real_model_a_sentence_without_a_verb_ends(tmp_path):
    """ "Orlen's plan to build a new port in Kestria." (a headline's shape, no verb): the
    extractor climbing from "plan" for the verb it hangs on stops at the sentence's root; it
    ran forever before. Run as a separate process, so a regression fails instead of hanging."""
    import subprocess
    import sys

    path = tmp_path / "s.txt"
    path.write_text("Orlen's plan to build a new port in Kestria.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsgraph", "extract", "--sentences", str(path),
                           "--format", "jsonl"], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert '"plan_to_build"' in done.stdout


def test_real_model_a_question_states_no_type_nor_role(tmp_path):
    """ "Is Orlen Bank a member of the Vell alliance?" asks; the same words as a statement say it."""
    rows = _cli_rows(tmp_path, "Is Orlen Bank a member of the Vell alliance?\n"
                               "Orlen Bank is a member of the Vell alliance.\n")
    member = [r for r in rows if r["predicate"] == "member_of"]
    assert len(member) == 2
    assert sorted("?" in (r["modality"] or "").split() for r in member) == [False, True]


def test_real_model_a_named_actor_told_or_warned_is_a_participant_too(tmp_path):
    """ "Vellia warned Kestria that sanctions would follow": the claim, and the warning to
    Kestria; "told reporters" names no one."""
    facts = _cli_facts(tmp_path, "Vellia warned Kestria that sanctions would follow.\n"
                                 "Tom Orr told reporters the talks had failed.\n")
    assert ("Vellia", "warn", "Kestria") in facts
    assert any(s == "Vellia" and p == "warn" and o.startswith("sanctions") for s, p, o in facts)
    assert not any(p == "tell" and o == "reporters" for _, p, o in facts)


def test_real_model_a_results_list_and_a_currency_are_no_actors(tmp_path):
    """A line of results ("Hawks 6 Lynx 4, Owls 2 Bears 1") states no relation between the
    names, and no team is called "Owls 2 Bears 1"; "$410,000 U.S." is a sum, not the country;
    "the U.S. company" is a description, not the United States."""
    rows = _cli_rows(tmp_path, "Elsewhere in the league, it was: Hawks 6 Lynx 4, Owls 2 Bears 1 and Rams 3 Colts 2.\n"
                               "Tom Rye earned $410,000 U.S. for his third-place finish.\n"
                               "The U.S. company has sold 13,218 cars so far this year.\n")
    assert not any("league" in r["sentence"] for r in rows), rows
    assert not any(r["object"] == "United States" for r in rows if r["subject"] == "Tom Rye")
    sold = [r for r in rows if r["predicate"] == "sell"]
    assert sold and all(r["subject"] != "United States" for r in sold), sold


def test_real_model_a_name_keeps_its_place_and_a_demonym_its_country(tmp_path):
    """ "the Islamic Front of Varo" is one name, not "Islamic Front"; "Kuwaiti oil minister"
    and an untagged "Omani oil minister" hold their office in the country; a "special counsel"
    is one of the company's."""
    facts = _cli_facts(tmp_path, "Ali Rasa, the leader of the Islamic Front of Varo, spoke on Friday.\n"
                                 "According to Kuwaiti oil minister Sheikh Ali Hamad, output will rise.\n"
                                 "Omani oil minister Said Nasser met the press.\n"
                                 "CME special counsel Leo Marr spoke at a news conference.\n")
    assert ("Ali Rasa", "leader_of", "Islamic Front of Varo") in facts, facts
    assert ("Ali Hamad", "oil_minister_of", "Kuwait") in facts, facts
    assert ("Said Nasser", "oil_minister_of", "Oman") in facts, facts
    assert ("Leo Marr", "special_counsel_of", "CME") in facts, facts  # an office of its own


def test_a_person_noun_is_no_act_of_its_organisation(tmp_path):
    """ "The Orvik Party candidate for Tessaly" names a person, not the party's act on Tessaly;
    "French pressure on Nigeria" is France's act (through the real model)."""
    rows = extract_rows(tmp_path, "The Orvik Party candidate for Tessaly, Ana Ruiz, spoke at the rally.\n"
                                  "Despite mounting French pressure on Nigeria, the talks failed.\n",
                        sentences=True)
    events = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["extractor"] == "owned_event"}
    assert events == {("France", "pressure_on", "Nigeria")}


# "Orvane called on Kestria to free the prisoners and close the camp."
CALLED_ON = parse("""
Orvane    Orvane    PROPN NNP nsubj  1 B-PERSON
called    call      VERB  VBD ROOT   1
on        on        ADP   IN  prep   1
Kestria   Kestria   PROPN NNP pobj   2 B-GPE
to        to        PART  TO  aux    5
free      free      VERB  VB  xcomp  1
the       the       DET   DT  det    7
prisoners prisoner  NOUN  NNS dobj   5
and       and       CCONJ CC  cc     5
close     close     VERB  VB  conj   5
the       the       DET   DT  det    11
camp      camp      NOUN  NN  dobj   9
.         .         PUNCT .   punct  1
""")


def test_the_one_called_on_is_to_do_what_the_infinitives_say():
    """Kestria is to free the prisoners and close the camp, as Orvane called for: neither
    act is Orvane's, and neither is stated as done; Orvane's edge says what it called for."""
    found = {(t.subject.text, t.predicate, t.object.text, t.modality) for t in extract_triples(CALLED_ON, "d1")}
    assert ("Orvane", "call_on_to_free_prisoner", "Kestria", None) in found, found
    assert ("Kestria", "free", "prisoners", "called") in found, found
    assert ("Kestria", "close", "camp", "called") in found, found
    assert not any(s == "Orvane" and p != "call_on_to_free_prisoner" for s, p, _, _ in found), found


# "Tarrow plans to cut taxes, reduce the deficit and sell the mine." The parser hangs the
# later infinitives on "plans", as the small model does.
PLANS_LIST = parse("""
Tarrow    Tarrow    PROPN NNP nsubj  1 B-PERSON
plans     plan      VERB  VBZ ROOT   1
to        to        PART  TO  aux    3
cut       cut       VERB  VB  xcomp  1
taxes     tax       NOUN  NNS dobj   3
,         ,         PUNCT ,   punct  1
reduce    reduce    VERB  VB  conj   1
the       the       DET   DT  det    8
deficit   deficit   NOUN  NN  dobj   6
and       and       CCONJ CC  cc     6
sell      sell      VERB  VB  conj   6
the       the       DET   DT  det    12
mine      mine      NOUN  NN  dobj   10
.         .         PUNCT .   punct  1
""")


def test_every_infinitive_of_a_plan_is_planned_not_done():
    found = {(t.subject.text, t.object.text): t.modality for t in extract_triples(PLANS_LIST, "d1")}
    assert found.get(("Tarrow", "deficit")) == "plans", found
    assert found.get(("Tarrow", "mine")) == "plans", found


def test_a_pronoun_object_is_a_participant_not_part_of_the_relation(tmp_path):
    """ "Kestria Bank sold it to Orvane Holdings", "turned him over to the Tarrow police": the
    relation is sell_to / turn_over_to, never sell_it_to or turn_over_he_to."""
    rows = _cli_rows(tmp_path, "Kestria Bank sold it to Orvane Holdings in 2004.\n"
                               "The Kestria intelligence service turned him over to Orvane Holdings.\n")
    predicates = {r["predicate"] for r in rows if r["object"] == "Orvane Holdings"}
    assert predicates == {"sell_to", "turn_over_to"}, rows


def test_the_body_after_a_persons_name_is_no_part_of_the_name(tmp_path):
    """ "David Kessel, of advisers Orvane Capital Ltd, told the paper ...": the speaker is the
    person David Kessel, and the body is a fact of its own (of), not one node of both."""
    rows = _cli_rows(tmp_path, "David Kessel, of advisers Orvane Capital Ltd, told the paper the deal was off.\n")
    told = [r for r in rows if r["predicate"] == "tell"]
    assert told and told[0]["subject_text"] == "David Kessel" and told[0]["subject_type"] == "PERSON", rows


def test_a_fronted_word_set_off_by_commas_is_no_subject(tmp_path) -> None:
    """ "Offstage, though, Ada Lisk is a scold who ...": the parser gives the verb two subjects;
    the one next to the verb is the clause's, so the scold who unloads on Tom Vell is Lisk."""
    facts = _cli_facts(tmp_path, "Offstage, though, Ada Lisk is a relentless scold who unloads "
                                 "mercilessly on Tom Vell.\n")
    assert ("Ada Lisk", "unload_on", "Tom Vell") in facts
    assert not any(s == "Offstage" for s, _, _ in facts)


def test_a_town_and_its_state_before_a_noun_are_no_object(tmp_path) -> None:
    """ "shifted trucks to his Fresno, California, hauling company": the trucks went to the
    company, not to the town (the parser made the town the object, the company its apposition).
    A description with its own article ("Brezna, New Mexico, a town of artists") stays as it is."""
    rows = _cli_rows(tmp_path, "Tom Orr has shifted 12 trucks to his Fresno, California, hauling company.\n"
                               "Rep. Ada Vell, D-Ohio, author of the bill, said no.\n")
    shifted = [r for r in rows if r["predicate"] == "shift_truck_to"]
    assert shifted and shifted[0]["object_type"] == "CONCEPT" and "company" in shifted[0]["object_text"], rows
    assert not any(r["object"] == "Fresno" for r in rows), rows
    # a person, her party and state: "author" describes the representative, as before
    assert any(r["subject"] == "Ada Vell" and "author" in r["object"] for r in rows), rows


def test_a_demonym_spoken_or_written_in_is_a_language_not_the_country(tmp_path) -> None:
    """ "speaks Indonesian", "translated into Indonesian": a language, no actor; "Indonesian
    troops" stay the country's."""
    rows = _cli_rows(tmp_path, "Ada Vell moved to Indonesia in 2001. She speaks Indonesian at home.\n"
                               "Her book was translated into Indonesian.\nIndonesian troops entered Brezna.\n")
    types = {r["object_text"]: r["object_type"] for r in rows if r["object_text"] == "Indonesian"}
    assert types == {"Indonesian": "LANGUAGE"}, rows
    assert not any(r["object"] == "Indonesia" and r["predicate"] != "move_to" for r in rows), rows


def test_at_after_an_analysts_title_names_the_employer(tmp_path) -> None:
    """ "Analyst Jim Wen at Orvane Capital said ...": the analyst's employer, as "of" would say.
    After an office ("President Tom Orlen at the Brezna Forum") "at" says where he was."""
    facts = _cli_facts(tmp_path, "Analyst Jim Wen at Orvane Capital said the bank would grow.\n"
                                 "President Tom Orlen at the Brezna Forum said no.\n")
    assert ("Jim Wen", "analyst_of", "Orvane Capital") in facts, facts
    assert not any(s == "Tom Orlen" and o == "Brezna Forum" for s, _, o in facts), facts


def test_a_line_of_work_in_a_title_is_no_organisation(tmp_path) -> None:
    """ "Deputy Project Director Dan Revel of Orvane Foods", "Senior Product Manager Ada Lisk
    of Orlen Corp", "Lena Hart, Group Product Director of Orvane Media": the capitalised words
    are part of the title, never a body called "Project", "Product" or "Group". A company's
    cut-off word stays its own: "Orvane Digital business development director Tom Orr" directs
    business development at Orvane Digital."""
    facts = _cli_facts(tmp_path, "Deputy Project Director Dan Revel of Orvane Foods said the launch slipped.\n"
                                 "Senior Product Manager Ada Lisk of Orlen Corp spoke on Monday.\n"
                                 "Lena Hart, Group Product Director of Orvane Media, said no.\n"
                                 "Orvane Digital business development director Tom Orr spoke on Monday.\n")
    objects = {o for _, _, o in facts}
    assert not objects & {"Project", "Product", "Group", "Group Product"}, facts
    assert ("Dan Revel", "deputy_project_director_of", "Orvane Foods") in facts, facts
    assert ("Ada Lisk", "senior_product_manager_of", "Orlen Corp") in facts, facts
    assert ("Lena Hart", "product_director_of", "Orvane Media") in facts, facts
    assert ("Tom Orr", "business_development_director_of", "Orvane Digital") in facts, facts


def test_a_players_name_in_brackets_on_a_film_page_is_no_apposition(tmp_path) -> None:
    """In a film review "his wife (Robin Orlen)" names the actress who plays the wife: no
    wife_of. On any other page the bracket is the wife's name."""
    film = _cli_facts(tmp_path, "The film follows an old captain. In it, Ethan Vell sails to Brezna with his "
                                "wife (Robin Orlen). The movie opens Friday.\n")
    assert not any(p == "wife_of" for _, p, _ in film), film
    news = _cli_facts(tmp_path, "Ethan Vell came to Brezna with his wife (Robin Orlen) on Friday.\n")
    assert ("Robin Orlen", "wife_of", "Ethan Vell") in news, news


def test_a_noun_of_no_act_gives_no_owners_edge(tmp_path):
    """ "Kestford's game in hand over Newport" is no act of Kestford on Newport; "Valdor's
    attack on Tessaly" is (``event_nouns``)."""
    rows = extract_rows(tmp_path, "Kestford's game in hand over Newport could decide the title.\n"
                                  "Valdor's attack on Tessaly failed on Monday.\n", sentences=True)
    events = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["extractor"] == "owned_event"}
    assert not any(p.startswith("game") for _, p, _ in events), events
    assert any(p == "attack_on" for _, p, _ in events), events


def test_not_before_just_or_only_scales_the_verb_and_denies_nothing(tmp_path):
    """ "Tom Wen did not just attend the meeting, he chaired it": he attended. Under a modal
    "not just" still denies ("cannot just leave"), and a plain "not" always does."""
    rows = extract_rows(tmp_path, "Tom Wen did not just attend the meeting, he chaired it.\n"
                                  "Ben Orr cannot just leave the Green Party.\n"
                                  "Ada Vell did not attend the meeting.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]): r["negated"] for r in rows}
    assert facts[("Tom Wen", "attend", "meeting")] is False, facts
    assert facts[("Ben Orr", "leave", "Green Party")] is True, facts
    assert facts[("Ada Vell", "attend", "meeting")] is True, facts


def test_a_hyphenated_word_split_by_the_tokenizer_is_one_complement(tmp_path):
    """ "Ana Orr is an ex-model": one type, "ex-model", never "is_a -" or "is_a ex"."""
    rows = extract_rows(tmp_path, "Ana Orr is an ex-model who grew up in Brezna.\n", sentences=True)
    objects = {r["object"] for r in rows if r["predicate"] == "is_a"}
    assert objects == {"ex-model"}, rows


def test_a_party_member_named_by_her_party_is_the_subject_by_her_name(tmp_path):
    """ "The state's top Democrat, Ana Lisk, praised Tarn": Ana Lisk praised Tarn, not the
    Democrats; "Democrats praised Tarn" stays theirs."""
    rows = extract_rows(tmp_path, "The state's top Democrat, Ana Lisk, praised Tarn.\n"
                                  "Democrats praised Tarn.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ana Lisk", "praise", "Tarn") in facts, facts
    assert ("Democratic Party", "praise", "Tarn") in facts, facts
    party = [r["sentence"] for r in rows if r["subject"] == "Democratic Party" and r["object"] == "Tarn"]
    assert party == ["Democrats praised Tarn."], rows


def test_two_people_the_model_ran_together_over_a_comma_are_two(tmp_path):
    """ "When he spotted Campos, Hadley opened fire": the model's one name "Campos, Hadley" is
    the two men the article names; Hadley hit Campos."""
    rows = extract_rows(tmp_path, "Shooting\n\nGuard Luis Campos walked toward the suite of Tom Hadley. When "
                                  "he spotted Campos, Hadley opened fire through the door, hitting Campos in "
                                  "the arm.\n", sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Hadley", "hit", "Luis Campos") in facts, facts
    assert not any("," in s or "," in o for s, _, o in facts), facts


def test_a_preposition_after_the_complement_of_become_carries_it(tmp_path):
    """ "Ada Lisk became a partner at Orlen Bank": become_partner_at Orlen Bank, never the
    garbled become_at."""
    rows = extract_rows(tmp_path, "Ada Lisk became a partner at Orlen Bank in 2010.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ada Lisk", "become_partner_at", "Orlen Bank") in facts, facts
    assert not any(p == "become_at" for _, p, _ in facts), facts


def test_a_nationality_after_a_possessive_is_no_organisation_of_the_role(tmp_path):
    """ "The Pope met his Argentine secretary Tomas Lisk": Lisk is an Argentine, the Pope's
    secretary, never the secretary of Argentina; "Argentine President Tomas Lisk" still is."""
    rows = extract_rows(tmp_path, "The Pope met his Argentine secretary Tomas Lisk.\n"
                                  "Argentine President Tomas Lisk met Ada Orr.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tomas Lisk", "secretary_of", "Argentina") not in facts, facts
    assert ("Tomas Lisk", "president_of", "Argentina") in facts, facts


def test_not_just_before_a_type_keeps_the_type_without_just(tmp_path):
    """ "Tom Vell is not just an actor": he is an actor (and more), not "just an actor"."""
    rows = extract_rows(tmp_path, "Tom Vell is not just an actor, he is an activist.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"], r["negated"]) for r in rows}
    assert ("Tom Vell", "is_a", "actor", False) in facts, facts


def test_a_title_is_written_as_a_reader_writes_it(tmp_path):
    """ "her ex-boyfriend Rep. Tom Vell" is a representative (the relative's noun is another
    description), written "ex-boyfriend" never "ex - boyfriend"; "Lt. Gov." gives no person
    ". Gov."."""
    rows = extract_rows(tmp_path, "Ana Orr accused her ex-boyfriend Rep. Tom Vell of abuse.\n"
                                  "Ana Orr met Lt. Gov. Ben Lisk.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Vell", "is_a", "representative") in facts, facts
    assert ("Ben Lisk", "is_a", "lieutenant governor") in facts, facts
    assert not any(s.startswith(".") or " - " in o for s, _, o in facts), facts


def test_a_title_keeps_the_common_noun_compounded_onto_it(tmp_path):
    """ "a portfolio manager at Kestford Capital", "the company's communications director": the
    whole title, never "manager of" or "director of" alone; a group noun before a title is its
    organisation ("militia commander"), a relative no part of it ("ex-boyfriend Rep. X")."""
    rows = extract_rows(tmp_path, '"Rates stay flat," predicts Dan Kerr, a portfolio manager at Kestford Capital.\n'
                                  "Orvane Markets said so, according to Tom Orr, the company's communications "
                                  "director.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dan Kerr", "portfolio_manager_of", "Kestford Capital") in facts, facts
    assert ("Tom Orr", "communications_director_of", "Orvane Markets") in facts, facts


def test_an_authors_work_is_no_organisation_of_the_title_beside_it(tmp_path):
    """ "Tom Orr, etiquette expert and author of Kestford Manners": the book is his work
    (`author_of`), not his employer; "co-founder and chief executive of Orlen Labs" are both
    the company's."""
    rows = extract_rows(tmp_path, "Punctuality still matters, says Tom Orr, etiquette expert and author of "
                                  "Kestford Manners.\nBen Tarr, co-founder and chief executive of Orlen Labs, "
                                  "agreed.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(s == "Tom Orr" and o == "Kestford Manners" and p != "author_of" for s, p, o in facts), facts
    assert {("Ben Tarr", "co_founder_of", "Orlen Labs"), ("Ben Tarr", "chief_executive_of", "Orlen Labs")} <= facts


def test_an_exchange_between_two_people_written_as_a_noun_is_an_edge(tmp_path):
    """ "Dan Kerr's text exchanges with Ana Vell grew angry": the two exchanged messages, an
    edge between them; "Kestria's conversations with Vellia stalled" too."""
    rows = extract_rows(tmp_path, "Dan Kerr's text exchanges with Ana Vell grew angry over the summer.\n"
                                  "Kestria's conversations with Vellia stalled.\n", sentences=True)
    events = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["extractor"] == "owned_event"}
    assert {("Dan Kerr", "exchange_with", "Ana Vell"), ("Kestria", "conversation_with", "Vellia")} <= events, events


def test_a_names_label_inside_a_condition_is_stated_as_fact(tmp_path):
    """ "If Rep. Ana Kerr (D-Calif.) wins, ...": she is a Democrat whatever the election; what a
    condition says of a person ("If Ben Orr becomes president") stays conditional."""
    rows = extract_rows(tmp_path, "If Rep. Ana Kerr (D-Calif.) wins, Ben Tarr may leave.\n"
                                  "Tom Vell will not act until Speaker Dan Orr (R-Ohio) brings the bill to a vote.\n"
                                  "If Ben Orr becomes president, Vellia will leave the union.\n", sentences=True)
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality[("Ana Kerr", "member_of", "Democratic Party")] is None, modality
    assert modality[("Dan Orr", "represent", "Ohio")] is None, modality
    assert "if" in (modality[("Ben Orr", "is_a", "president")] or "").split(), modality


def test_a_rankings_scope_owns_no_title_or_relation(tmp_path):
    """ "Vellco, the industry's largest lender", "Tom Orr, the world's best-paid wealth manager":
    no industry borrows from Vellco, no one called "world" employs Orr; "the company's chief
    executive" keeps its owner."""
    rows = extract_rows(tmp_path, "Vellco, the industry's largest lender, agreed.\n"
                                  "Tom Orr, the world's best-paid wealth manager, left.\n"
                                  "Ana Vell, Orvane's chief executive, spoke.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(o in ("industry", "world") for _, _, o in facts), facts
    assert ("Ana Vell", "chief_executive_of", "Orvane") in facts, facts


def test_a_role_in_an_organisations_named_unit_is_the_organisations(tmp_path):
    """ "chief of the Orvane Commission's Enforcement Bureau": a judge reads "chief of
    Enforcement Bureau" as cut short; the role is the commission's, the unit in the relation."""
    rows = extract_rows(tmp_path, '"We will act," said Ana Vell, chief of the Orvane Commission\'s '
                                  "Enforcement Bureau.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ana Vell", "chief_of_enforcement_bureau_of", "Orvane Commission") in facts, facts


def test_a_title_before_a_dash_and_a_name_in_a_list_is_that_names(tmp_path):
    """ "Speakers were the Minister of Fisheries Tom Orr, the Acting Director of the Orlen Port
    Office — Mrs. Ana Vell, and two students": the director is Vell, not Orr before the comma."""
    rows = extract_rows(tmp_path, "Speakers were the Minister of Fisheries Tom Orr, the Acting Director of the "
                                  "Orlen Port Office — Mrs. Ana Vell, and two students.\n", sentences=True)
    directors = {r["subject"] for r in rows if r["predicate"] == "acting_director_of"}
    assert directors == {"Ana Vell"}, rows


def test_a_country_after_a_based_participle_is_no_one_based_there(tmp_path):
    """ "Fiji-based Tonga rower Tom Orr": the rower is based there, not Tonga."""
    rows = extract_rows(tmp_path, "Fiji-based Tonga rower Tom Orr won the second heat on Sunday.\n", sentences=True)
    assert not any(r["subject"] == "Tonga" and r["predicate"] == "base_in" for r in rows), rows


def test_a_title_with_its_field_before_a_name_gives_the_role(tmp_path):
    """ "Vell University professor of political science Tom Lisk spoke": his role at the
    university, read as "a professor of political science at Vell University" reads."""
    rows = extract_rows(tmp_path, "Vell University professor of political science Tom Lisk spoke.\n",
                        sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Lisk", "professor_of_political_science_of", "Vell University") in facts, facts


def test_a_contraction_in_a_modality_is_written_as_in_the_text(tmp_path):
    """ "Ada Orr didn't urge Tom Lisk to buy Vell Motors": the buying is "didn't urge", never
    "did n't urge"."""
    rows = extract_rows(tmp_path, "Ada Orr didn't urge Tom Lisk to buy Vell Motors.\n", sentences=True)
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality[("Tom Lisk", "buy", "Vell Motors")] == "didn't urge", modality


def test_what_an_outlet_has_been_told_is_attributed_to_the_outlet(tmp_path):
    """ "Paul Vell held secret talks with Ada Lisk, the Daily Tarn has been told": the talks are
    the Daily Tarn's report, not the writer's own assertion."""
    rows = extract_rows(tmp_path, "Paul Vell held secret talks with Ada Lisk in Brezna, the Daily Tarn has "
                                  "been told.\n", sentences=True)
    talks = [r for r in rows if r["predicate"] == "hold_talks_with"]
    assert talks and all(r["attribution"] == "Daily Tarn" for r in talks), rows


def test_real_model_a_finite_verb_joined_to_a_negated_one_is_not_negated(tmp_path):
    """ "did not close X and opened talks with Y": "opened" is not under "did not"; a bare verb
    joined under the same "will not" stays negated."""
    rows = _cli_rows(tmp_path, "Vellia did not close the border and opened new talks with Kestria.\n"
                               "The Vellian Army will not attack Doss or shell the villages.\n")
    facts = {(r["subject"], r["predicate"], r["object"], r["negated"]) for r in rows}
    assert ("Vellia", "open_talk_with", "Kestria", False) in facts
    assert ("Vellia", "open_talk_with", "Kestria", True) not in facts
    assert ("Vellian Army", "shell", "villages", True) in facts


def test_real_model_no_fact_has_an_argument_of_only_function_words(tmp_path):
    """A name the model misread ("the Chair of the Vell Donors Roundtable meeting" as a title)
    may leave an argument of only "the": that is no participant, and no fact."""
    rows = _cli_rows(tmp_path, "Ana Orr, who also serves as the Chair of the Vell Donors Roundtable meeting, "
                               "praised the plan.\n")
    assert not [r for r in rows if r["object"].lower() in ("the", "of", "a") or r["subject"].lower() == "the"]


def test_real_model_a_description_before_its_own_name_in_a_list_says_nothing_of_the_item_before(tmp_path):
    """ "sold Orlen Radio, the weekly paper Le Tarn and postcards": the paper is Le Tarn,
    the list's next item; Orlen Radio is no paper."""
    facts = _cli_facts(tmp_path, "The stalls sold Orlen Radio, the weekly paper Le Tarn and postcards.\n"
                                 "Vell Corp, the parent of Tarn Mobile, grew.\n")
    assert not any(s == "Orlen Radio" and p == "is_a" for s, p, _ in facts), facts
    assert ("Vell Corp", "parent_of", "Tarn Mobile") in facts


def test_real_model_a_date_owns_no_office(tmp_path):
    """ "worked as Ambassador to Kestria from 2004 to 2008": the office is no 2004's."""
    facts = _cli_facts(tmp_path, "Ms Orrin, a lawyer since 1990, has worked in Geneva and as Ambassador to Kestria "
                                 "from 2004 to 2008.\n")
    assert not any(p.endswith("_of") and o[:1].isdigit() for _, p, o in facts), facts


def test_real_model_a_description_that_names_its_leader_is_its_own_referent(tmp_path):
    """ "the U.S.-led coalition" is led by the United States: never the militia named before."""
    facts = _cli_facts(tmp_path, "The Vell Front attacked Doss on Monday. The Vell Front lost 40 men. "
                                 "The U.S.-led coalition struck Doss again on Tuesday.\n")
    assert ("Vell Front", "strike", "Doss") not in facts, facts
    assert any(p == "strike" and "coalition" in s for s, p, _ in facts), facts


def test_real_model_a_description_its_backer_names_is_not_the_backer(tmp_path):
    """ "the US-backed Kestrian government" is Kestria's, which the United States backs: the
    rebels attacked no United States."""
    facts = _cli_facts(tmp_path, "Rebels attacked the US-backed Kestrian government.\n")
    assert not any(o == "United States" for _, _, o in facts), facts
    assert any(p == "attack" and "government" in o for _, p, o in facts), facts


def test_real_model_a_short_title_with_its_full_stop_keeps_the_role(tmp_path):
    """ "Maj. Gen.", "Dy. Superintendent": the tokenizer cut "Maj." into a word and a full
    stop, and the role of a spokesman named after his rank was lost; a police rank written
    short is the rank written in full."""
    facts = _cli_facts(tmp_path, "Ten fighters were killed, according to Kestrel Defence Ministry "
                                 "spokesman Maj. Gen. Ivo Tarrant.\n"
                                 "Vellia Police Dy. Superintendent Tom Orr spoke on Monday.\n")
    assert ("Ivo Tarrant", "spokesman_of", "Kestrel Defence Ministry") in facts
    assert ("Tom Orr", "police_deputy_superintendent_of", "Vellia") in facts


def test_real_model_a_capitalised_title_after_an_owners_s_is_the_named_persons(tmp_path):
    """ "Vell Air's Group Head of Operations, Tom Orr, commended the team": the model tagged
    the title an organisation, which then commended the team; it is Tom Orr's title."""
    facts = _cli_facts(tmp_path, "Vell Air's Group Head of Operations, Tom Orr, commended the team.\n")
    assert ("Tom Orr", "commend", "team") in facts, facts
    assert ("Tom Orr", "head_of_operations_of", "Vell Air") in facts, facts  # the field kept, as "Minister of Health"
    assert not {f for f in facts if "Group Head" in f[0]}, facts


def test_real_model_the_owner_of_an_act_done_to_another_is_who_did_it(tmp_path):
    """ "criticised Dan Kerr's takeover of Orvane Mining": Dan Kerr took over, so the edge to him
    reads criticise_takeover_by; "criticise_takeover_of / Dan Kerr" said he was taken over.
    An owner of another act keeps "of" ("rejected Halden Steel's offer"), and so does the owner of
    an arrest or a detention written without its "of" (``patient_possessor_nouns``)."""
    found = _cli_facts(tmp_path, "Tom Orr criticised Dan Kerr's takeover of Orvane Mining.\n"
                                 "Tom Orr rejected Halden Steel's offer.\n"
                                 "Kestria condemned Tom Orr's detention.")
    assert ("Tom Orr", "criticise_takeover_by", "Dan Kerr") in found, found
    assert ("Tom Orr", "criticise_takeover_of", "Dan Kerr") not in found, found
    assert ("Dan Kerr", "takeover_of", "Orvane Mining") in found, found
    assert ("Tom Orr", "reject_offer_of", "Halden Steel") in found, found
    # an arrest or a detention written without its "of" was done to its owner
    assert ("Kestria", "condemn_detention_of", "Tom Orr") in found, found


def test_real_model_the_head_of_an_owned_unit_heads_the_unit(tmp_path):
    """ "head of Vellia's presidential office" heads the office (a blind judge: "head of Vellia"
    is a relation not stated), and "Earthwatch's head of deforestation research" the research,
    the field as written ("foreign affairs", no lemma "affair"); "head of Vellia's government"
    (the owner's only one, however it came to be) stays Vellia's."""
    found = _cli_facts(tmp_path, "Andriy Orr, head of Vellia's presidential office, said the talks failed.\n"
                                 "Dan Kerr, Earthwatch's head of deforestation research, said the data was clear.\n"
                                 "Tom Orr, head of Vellia's government, spoke.\n"
                                 "Ana Vell, Vellia's minister of foreign affairs, spoke.\n"
                                 "Dan Orr, president of Kestria's Vellia-installed government, spoke.\n"
                                 "Dan Kerr, head of Vellia's Budget Office unit, resigned.")
    assert ("Ana Vell", "minister_of_foreign_affairs_of", "Vellia") in found, found
    # a name inside the unit is the body ("London's Royal United Services Institute think tank")
    assert ("Dan Kerr", "head_of", "Budget Office") in found, found
    assert ("Dan Orr", "president_of", "Kestria") in found, found
    assert ("Andriy Orr", "head_of_presidential_office_of", "Vellia") in found, found
    assert ("Andriy Orr", "head_of", "Vellia") not in found, found
    assert ("Dan Kerr", "head_of_deforestation_research_of", "Earthwatch") in found, found
    assert ("Tom Orr", "head_of", "Vellia") in found, found


def test_real_model_a_verb_joined_to_a_willing_one_is_as_willing(tmp_path):
    """ "was willing to work with Kestria and expand cooperation with Vellia": the expanding is
    as willed as the working, not done (a blind judge: "willingness stated as fact"); "met
    Kestria and signed a deal with Orlen" stays done."""
    rows = _cli_rows(tmp_path, "Xi said China was willing to work with Kestria and expand cooperation with Vellia.\n"
                               "Vellia met Kestria and signed a deal with Orlen.")
    mods = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mods.get(("China", "expand_cooperation_with", "Vellia")) == "willing", mods
    assert mods.get(("China", "work_with", "Kestria")) == "willing", mods
    assert ("Vellia", "sign_deal_with", "Orlen") in mods and mods[("Vellia", "sign_deal_with", "Orlen")] is None, mods


def test_real_model_what_a_charge_says_is_charged(tmp_path):
    """ "Prosecutors charged that Tom Orr bribed Dan Kerr": the bribe is charged, not
    established (``claim_verbs``); "charged the phone" is a plain act."""
    rows = _cli_rows(tmp_path, "Prosecutors charged that Tom Orr bribed Dan Kerr.\nTom Orr charged the phone.")
    mods = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mods.get(("Tom Orr", "bribe", "Dan Kerr")) == "charged", mods
    assert mods.get(("Tom Orr", "charge", "phone"), "absent") is None, mods


def test_real_model_a_guess_stated_with_is_that_stays_a_guess(tmp_path):
    """ "my guess is that Tom Orr has disclosed secrets to Vellia" is a guess (a blind judge:
    "speculation stated as fact"), as "the guess that ..." is; "the problem is that Vellia
    sold arms" states the selling."""
    rows = _cli_rows(tmp_path, "But my guess is that Tom Orr has disclosed secrets to Vellia.\n"
                               "The claim is that Kestria armed the rebels.\n"
                               "The problem is that Vellia sold arms to Kestria.\n"
                               "The expectation is that prices would rise, but Vellia sold arms to Orlen.")
    mods = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert mods.get(("Tom Orr", "disclose_secret_to", "Vellia")) == "guess", mods
    assert mods.get(("Kestria", "arm", "rebels")) == "alleged", mods
    assert ("Vellia", "sell_arm_to", "Kestria") in mods and mods[("Vellia", "sell_arm_to", "Kestria")] is None, mods
    # a clause of its own after "but" is stated (a blind judge: "spurious qualifier")
    assert ("Vellia", "sell_arm_to", "Orlen") in mods and mods[("Vellia", "sell_arm_to", "Orlen")] is None, mods


def test_real_model_the_setting_of_a_statement_is_no_object(tmp_path):
    """ "went further in a telephone interview from Orlen" states no act on an interview or on
    Orlen (a blind judge: "go in telephone interview" is parse garbage); "responded in a
    statement", "spoke at a news conference" have no object either (``setting_nouns``); the
    act beside the setting stays ("criticized Vellia in an interview")."""
    found = _cli_facts(tmp_path, "Tom Orr went further in a telephone interview from Orlen.\n"
                                 "Kestria responded in a statement.\n"
                                 "Dan Kerr spoke at a news conference in Tampere.\n"
                                 "Tom Orr criticized Vellia in an interview.")
    assert not any(p.startswith(("go_in", "respond_in", "speak_at")) for _, p, _ in found), found
    assert ("Tom Orr", "criticize", "Vellia") in found, found


def test_real_model_an_office_of_a_place_is_the_places_whatever_party_precedes_it(tmp_path):
    """ "The PP mayor of Madrid, Tom Orr": the mayor of Madrid, not of the PP (a blind judge:
    "he is mayor of Madrid, not of the PP")."""
    found = _cli_facts(tmp_path, "The PP mayor of Madrid, Tom Orr, said he had found no evidence.")
    assert ("Tom Orr", "mayor_of", "Madrid") in found, found
    assert ("Tom Orr", "mayor_of", "PP") not in found, found


def test_real_model_a_countrys_envoy_to_a_world_body_is_the_countrys(tmp_path):
    """ "Kestria's UN Ambassador Tom Orr" is Kestria's ambassador (to the UN), not the UN's (a
    blind judge: "he is Niger's ambassador to the UN, not an ambassador of the UN";
    ``envoy_roles``); "Vellia's Finance Minister Dan Kerr" keeps his country."""
    found = _cli_facts(tmp_path, "Kestria's UN Ambassador Tom Orr said the vote failed.\n"
                                 "Vellia's Finance Minister Dan Kerr spoke.")
    assert ("Tom Orr", "ambassador_of", "Kestria") in found, found
    assert ("Tom Orr", "ambassador_of", "United Nations") not in found, found
    assert ("Dan Kerr", "finance_minister_of", "Vellia") in found, found


def test_real_model_called_someone_a_name_is_a_label_not_a_call(tmp_path):
    """ "Tom Orr called Dan Kerr a tyrant": the parser hangs "a tyrant" on Kerr as an
    apposition, and the fact was "Tom Orr call Dan Kerr" (a blind judge: "called Trump a
    'tyrant', not a call to Trump"); the label is the verb's (``naming_verbs``). "called Kerr,
    a lawyer, on Monday" keeps its apposition."""
    found = _cli_facts(tmp_path, "Tom Orr called Dan Kerr a tyrant on Monday.\n"
                                 "Orr called Kerr, a lawyer, on Monday to discuss the deal.")
    assert ("Dan Kerr", "is_called", "tyrant") in found, found
    assert ("Tom Orr", "call", "Dan Kerr") not in found, found
    assert ("Kerr", "is_a", "lawyer") in found or ("Dan Kerr", "is_a", "lawyer") in found, found


def test_real_model_a_stance_before_a_title_owns_nothing(tmp_path):
    """ "the pro-Kremlin president Viktor Orr" is no president of a "pro-Kremlin" (a blind
    judge: "'pro-Kremlin' is an adjective, not a country"; ``stance_prefixes``)."""
    found = _cli_facts(tmp_path, "Protesters toppled the pro-Kremlin president Viktor Orr in 2014.\n"
                                 "The anti-Vellian leader Dan Kerr spoke.")
    assert not any(p in ("president_of", "leader_of") for _, p, _ in found), found


def test_real_model_a_relative_clause_on_one_name_of_a_list_is_that_ones(tmp_path):
    """ "Tom Orr, a nuclear physicist who was the leader of Vellia, and Dan Kerr, the president
    of Kestria": only Orr led Vellia (a blind judge: "Yeltsin leader_of Belarus" from such a
    list); "Tom Orr and Dan Kerr, who were both ministers of Kestria" speaks of both."""
    found = _cli_facts(tmp_path, "Ana Vell joined Tom Orr, a nuclear physicist who was the leader of Vellia, "
                                 "and Dan Kerr, the president of Kestria, in signing a declaration.\n"
                                 "Tom Orr and Dan Kerr, who were both ministers of Kestria, resigned.")
    assert ("Tom Orr", "leader_of", "Vellia") in found, found
    assert ("Dan Kerr", "leader_of", "Vellia") not in found, found
    assert {("Tom Orr", "minister_of", "Kestria"), ("Dan Kerr", "minister_of", "Kestria")} <= found, found
