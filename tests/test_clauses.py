"""Clause extraction: rule tests on hand-built parses, plus a few on the real model.

The hand-built parses fix words, lemmas, tags, labels and heads, so a model update
cannot silently change what these tests mean (spaCy's own matcher tests do the same).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.clauses import ClauseRulesError, extract_triples, load_rules
from newsgraph.extract.openie import doc_tuples, openie_lines
from newsgraph.extract.parse_fixes import fix_parse
from tests.handparse import hand_doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower-case forms), no model


def parse(table: str) -> Doc:
    """A Doc from one token a line: word lemma POS TAG dep head [entity-IOB]."""
    rows = [line.split() for line in table.strip().splitlines()]
    return hand_doc([r[0] for r in rows], [int(r[5]) for r in rows], [r[4] for r in rows],
                    lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
                    ents=[r[6] if len(r) > 6 else "O" for r in rows])


def triples(doc: Doc) -> list:
    return list(extract_triples(doc, "d1"))


def spo(doc: Doc) -> set[tuple[str, str, str]]:
    return {(t.subject.text, t.predicate, t.object.text) for t in triples(doc)}


RAID = parse("""
The       the       DET   DT  det       1
raid      raid      NOUN  NN  nsubjpass 3
was       be        AUX   VBD auxpass   3
ordered   order     VERB  VBN ROOT      3
by        by        ADP   IN  agent     3
the       the       DET   DT  det       6
minister  minister  NOUN  NN  pobj      4
.         .         PUNCT .   punct     3
""")

DETAINED = parse("""
Three     three     NUM   CD  nummod    1
leaders   leader    NOUN  NNS nsubjpass 3
were      be        AUX   VBD auxpass   3
detained  detain    VERB  VBN ROOT      3
in        in        ADP   IN  prep      3
Basra     Basra     PROPN NNP pobj      4 B-GPE
.         .         PUNCT .   punct     3
""")

OPERATED = parse("""
The       the       DET   DT  det       1
militia   militia   NOUN  NN  nsubj     3
has       have      AUX   VBZ aux       3
operated  operate   VERB  VBN ROOT      3
in        in        ADP   IN  prep      3
Syria     Syria     PROPN NNP pobj      4 B-GPE
.         .         PUNCT .   punct     3
""")

CARRIED_OUT = parse("""
Soldiers  soldier   NOUN  NNS nsubj     1
carried   carry     VERB  VBD ROOT      1
out       out       ADP   RP  prt       1
a         a         DET   DT  det       4
raid      raid      NOUN  NN  dobj      1
and       and       CCONJ CC  cc        1
drove     drive     VERB  VBD conj      1
away      away      ADV   RB  advmod    6
reporters reporter  NOUN  NNS dobj      6
.         .         PUNCT .   punct     1
""")

USED_BY = parse("""
Jets       jet       NOUN  NNS nsubj    1
struck     strike    VERB  VBD ROOT     1
facilities facility  NOUN  NNS dobj     1
used       use       VERB  VBN acl      2
by         by        ADP   IN  agent    3
the        the       DET   DT  det      6
militia    militia   NOUN  NN  pobj     4
.          .         PUNCT .   punct    1
""")

RELATIVE = parse("""
They      they      PRON  PRP nsubj     1
back      back      VERB  VBP ROOT      1
a         a         DET   DT  det       3
militia   militia   NOUN  NN  dobj      1
which     which     PRON  WDT nsubj     5
seeks     seek      VERB  VBZ relcl     3
to        to        PART  TO  aux       7
establish establish VERB  VB  xcomp     5
a         a         DET   DT  det       9
state     state     NOUN  NN  dobj      7
.         .         PUNCT .   punct     1
""")

VOWED = parse("""
The       the       DET   DT  det       1
group     group     NOUN  NN  nsubj     2
vowed     vow       VERB  VBD ROOT      2
to        to        PART  TO  aux       4
force     force     VERB  VB  xcomp     2
the       the       DET   DT  det       6
US        US        PROPN NNP dobj      4 B-GPE
to        to        PART  TO  aux       8
leave     leave     VERB  VB  xcomp     4
Iraq      Iraq      PROPN NNP dobj      8 B-GPE
.         .         PUNCT .   punct     2
""")

APPEARS = parse("""
The       the       DET   DT  det       1
raid      raid      NOUN  NN  nsubj     2
appears   appear    VERB  VBZ ROOT      2
to        to        PART  TO  aux       6
have      have      AUX   VB  aux       6
been      be        AUX   VBN auxpass   6
ordered   order     VERB  VBN xcomp     2
by        by        ADP   IN  agent     6
the       the       DET   DT  det       9
minister  minister  NOUN  NN  pobj      7
.         .         PUNCT .   punct     2
""")

MAY_NOT = parse("""
The       the       DET   DT  det       1
army      army      NOUN  NN  nsubj     4
may       may       AUX   MD  aux       4
not       not       PART  RB  neg       4
strike    strike    VERB  VB  ROOT      4
the       the       DET   DT  det       6
city      city      NOUN  NN  dobj      4
.         .         PUNCT .   punct     4
""")

COORDINATED = parse("""
Britain   Britain   PROPN NNP nsubj     4 B-GPE
and       and       CCONJ CC  cc        0
the       the       DET   DT  det       3
US        US        PROPN NNP conj      0 B-GPE
struck    strike    VERB  VBD ROOT      4
bases     base      NOUN  NNS dobj      4
and       and       CCONJ CC  cc        5
depots    depot     NOUN  NNS conj      5
.         .         PUNCT .   punct     4
""")

SEIZED = parse("""
Rebels    rebel     NOUN  NNS nsubj     1
seized    seize     VERB  VBD ROOT      1
the       the       DET   DT  det       3
town      town      NOUN  NN  dobj      1
and       and       CCONJ CC  cc        1
burned    burn      VERB  VBD conj      1
the       the       DET   DT  det       7
mosque    mosque    NOUN  NN  dobj      5
.         .         PUNCT .   punct     1
""")

SAID = parse("""
Officials official  NOUN  NNS nsubj     1
said      say       VERB  VBD ROOT      1
the       the       DET   DT  det       3
militia   militia   NOUN  NN  nsubj     4
attacked  attack    VERB  VBD ccomp     1
the       the       DET   DT  det       6
base      base      NOUN  NN  dobj      4
.         .         PUNCT .   punct     1
""")

ACCORDING = parse("""
The       the       DET   DT  det       1
militia   militia   NOUN  NN  nsubj     2
attacked  attack    VERB  VBD ROOT      2
the       the       DET   DT  det       4
base      base      NOUN  NN  dobj      2
,         ,         PUNCT ,   punct     2
according accord    VERB  VBG prep      2
to        to        ADP   IN  prep      6
officials official  NOUN  NNS pobj      7
.         .         PUNCT .   punct     2
""")

APPOSITION = parse("""
Saadi     Saadi     PROPN NNP nsubj     5 B-PERSON
,         ,         PUNCT ,   punct     0
the       the       DET   DT  det       3
commander commander NOUN  NN  appos     0
,         ,         PUNCT ,   punct     0
attacked  attack    VERB  VBD ROOT      5
the       the       DET   DT  det       7
base      base      NOUN  NN  dobj      5
.         .         PUNCT .   punct     5
""")

COPULA = parse("""
Kataib    Kataib    PROPN NNP compound  1 B-ORG
Hezbollah Hezbollah PROPN NNP nsubj     2 I-ORG
is        be        AUX   VBZ ROOT      2
a         a         DET   DT  det       4
militia   militia   NOUN  NN  attr      2
.         .         PUNCT .   punct     2
""")

TWO_SENTENCES = parse("""
Iran      Iran      PROPN NNP nsubj     1 B-GPE
denied    deny      VERB  VBD ROOT      1
it        it        PRON  PRP dobj      1
.         .         PUNCT .   punct     1
It        it        PRON  PRP nsubj     5
struck    strike    VERB  VBD ROOT      5
the       the       DET   DT  det       7
base      base      NOUN  NN  dobj      5
.         .         PUNCT .   punct     5
""")


def test_active_clause_gives_subject_verb_object():
    (t,) = triples(MAY_NOT)
    assert (t.subject.text, t.predicate, t.object.text) == ("army", "strike", "city")
    assert t.extractor == "svo"


def test_passive_agent_becomes_the_subject():
    (t,) = triples(RAID)
    assert (t.subject.text, t.predicate, t.object.text) == ("minister", "order", "raid")
    assert t.predicate_text == "was ordered by"


def test_raising_into_a_passive_keeps_the_agent_as_subject():
    (t,) = triples(APPEARS)
    assert (t.subject.text, t.predicate, t.object.text) == ("minister", "order", "raid")
    assert t.modality == "appears"
    assert t.predicate_text == "appears to have been ordered by"


def test_passive_without_agent_keeps_its_prepositional_object():
    (t,) = triples(DETAINED)
    assert (t.subject.text, t.predicate, t.object.text) == ("Three leaders", "be_detain_in", "Basra")
    assert t.object.label == "GPE"


def test_prepositional_object_folded_into_relation():
    (t,) = triples(OPERATED)
    assert (t.predicate, t.predicate_text, t.object.text) == ("operate_in", "has operated in", "Syria")


def test_phrasal_verbs_keep_their_particle():
    assert spo(CARRIED_OUT) == {
        ("Soldiers", "carry_out", "raid"),
        ("Soldiers", "drive_away", "reporters"),
    }


def test_participle_agent_is_subject_of_the_participle():
    assert spo(USED_BY) == {("Jets", "strike", "facilities"), ("militia", "use", "facilities")}


def test_relative_pronoun_replaced_by_antecedent():
    found = {(t.subject.text, t.predicate, t.object.text): t for t in triples(RELATIVE)}
    assert ("militia", "seek_to_establish", "state") in found
    assert found[("militia", "seek_to_establish", "state")].modality == "seeks"
    assert ("They", "back", "militia") in found  # the relative clause is not in the mention


def test_control_verbs_fold_with_modality_and_object_control_splits():
    found = {(t.subject.text, t.predicate, t.object.text): t for t in triples(VOWED)}
    assert set(found) == {("group", "vow_to_force_to_leave", "US"), ("US", "leave", "Iraq")}  # forced to do what
    assert found[("group", "vow_to_force_to_leave", "US")].modality == "vowed"
    assert found[("US", "leave", "Iraq")].modality == "vowed to force"


def test_modal_and_negation_are_flagged_not_dropped():
    (t,) = triples(MAY_NOT)
    assert t.negated is True
    assert t.modality == "may"
    assert t.predicate_text == "may not strike"


def test_coordinated_subjects_and_objects_give_every_pair():
    assert spo(COORDINATED) == {
        ("Britain", "strike", "bases"),
        ("Britain", "strike", "depots"),
        ("US", "strike", "bases"),
        ("US", "strike", "depots"),
    }


def test_coordinated_verb_shares_the_subject():
    assert ("Rebels", "burn", "mosque") in spo(SEIZED)


def test_reported_speech_keeps_the_speaker():
    found = {t.predicate: t for t in triples(SAID)}
    assert found["say"].subject.text == "Officials"
    assert found["say"].object.text == "militia attacked the base"
    # the claim is no actor: it is labelled apart so resolution and the graph can tell
    assert (found["say"].object.label, found["say"].object.kind) == ("CLAIM", "claim")
    assert found["say"].attribution is None
    assert found["attack"].attribution == "Officials"


def test_according_to_sets_attribution():
    (t,) = triples(ACCORDING)
    assert (t.subject.text, t.predicate, t.object.text) == ("militia", "attack", "base")
    assert t.attribution == "officials"


def test_apposition_is_not_part_of_the_subject():
    (t,) = triples(APPOSITION)
    assert t.subject.text == "Saadi"
    assert t.subject.label == "PERSON"


def test_copula_is_left_to_the_nominal_extractor_but_kept_for_openie():
    assert triples(COPULA) == []
    assert [(rel, args) for _, rel, args in doc_tuples(COPULA)] == [
        ("is", ["Kataib Hezbollah", "a militia"])
    ]


def test_mentions_carry_document_offsets_and_sentence_index():
    ts = triples(TWO_SENTENCES)
    text = TWO_SENTENCES.text
    assert [t.sent_index for t in ts] == [0, 1]
    for t in ts:
        for m in (t.subject, t.object):
            assert text[m.start_char : m.end_char] == m.text
        assert t.sentence in text
        assert text[t.start_char : t.end_char].startswith(t.subject.text)
    assert ts[1].subject.label == "PRON"


def test_confidence_is_lower_for_pronoun_subject_and_borrowed_subject():
    iran, it = triples(TWO_SENTENCES)
    assert 0 < it.confidence < iran.confidence <= 1
    seized = {t.predicate: t.confidence for t in triples(SEIZED)}
    assert seized["burn"] < seized["seize"]


def test_openie_tuple_as_written_with_auxiliaries_and_folded_preposition():
    assert [(rel, args) for _, rel, args in doc_tuples(RAID)] == [
        ("was ordered by", ["The raid", "the minister"])
    ]
    assert [(rel, args) for _, rel, args in doc_tuples(OPERATED)] == [
        ("has operated in", ["The militia", "Syria"])
    ]


def test_bad_rules_file_names_the_file(tmp_path):
    bad = tmp_path / "clauses.yaml"
    bad.write_text("reporting_verbs: 5\n", encoding="utf-8")
    with pytest.raises(ClauseRulesError, match="clauses.yaml: 'reporting_verbs'"):
        load_rules(bad)


def test_default_rules_load():
    rules = load_rules()
    assert "say" in rules.reporting_verbs
    assert "vow" in rules.modality_verbs


# ---------------------------------------------------------------- real model


def test_end_to_end_passive_and_coordination(nlp):
    doc = nlp("The raid was ordered by the prime minister. Britain and the US struck radar sites.")
    found = spo(doc)
    assert ("prime minister", "order", "raid") in found
    assert {("Britain", "strike", "radar sites"), ("US", "strike", "radar sites")} <= found


def test_end_to_end_a_verb_with_an_object_is_not_the_intransitive_lemma(nlp):
    # "the groups": a clause on a bare plural ("groups that ...") is no fact of it
    doc = nlp("The state will talk only with the groups that lay down their weapons. The cat lay on the mat.")
    found = spo(doc)
    assert ("groups", "lay_down", "their weapons") in found
    assert ("cat", "lie_on", "mat") in found


def test_end_to_end_an_active_conjunct_of_a_passive_report_is_the_speakers(nlp):
    doc = nlp("The rebels said the aid would be used against the people and called on voters "
              "to boycott US companies.")
    found = spo(doc)
    assert ("rebels", "call_on", "voters") in found  # and the voters are to boycott them
    assert ("voters", "boycott", "US companies") in found
    assert not any(s == "aid" and p.startswith("call") for s, p, _ in found)


def test_end_to_end_a_speech_act_after_a_reported_clause_is_the_speakers(nlp):
    doc = nlp("Vera Konstantin said talks would reward violence and urged the prime minister "
              "to reject them.")
    found = spo(doc)
    assert ("Vera Konstantin", "urge_to_reject", "prime minister") in found  # what she urged, folded
    assert not any(s == "talks" and p.startswith("urge") for s, p, _ in found)


def test_end_to_end_reported_speech(nlp):
    doc = nlp("The militia shelled the town on Sunday, a military spokesman said.")
    found = {t.predicate: t for t in extract_triples(doc, "d")}
    assert found["shell"].attribution == "military spokesman"
    assert found["say"].subject.text == "military spokesman"


def test_end_to_end_offsets_always_match_text(nlp):
    text = (
        "Rebels who seized the port on Monday vowed to hold it. "
        "The convoy, which carried food, was stopped by soldiers near the border. "
        "Officials did not confirm the report."
    )
    doc = nlp(text)
    ts = list(extract_triples(doc, "d"))
    assert len(ts) >= 3
    for t in ts:
        for m in (t.subject, t.object):
            assert text[m.start_char : m.end_char] == m.text
        assert 0.0 < t.confidence <= 1.0
    assert any(t.negated and t.predicate == "confirm" for t in ts)


def test_openie_lines_repeat_the_input_line(nlp):
    lines = ["The army seized the airport on Tuesday .", "", "Police arrested two men ."]
    out = list(openie_lines(nlp, lines))
    assert out
    for row in out:
        cols = row.split("\t")
        assert cols[0] in lines
        assert 0.0 < float(cols[1]) <= 1.0
        assert len(cols) >= 5
    assert any(row.split("\t")[2:5] == ["arrested", "Police", "two men"] for row in out)


# ---------------------------------------------------------------- argument quality (hand-built)

EMERGED = parse("""
It        it        PRON  PRP nsubj     2
later     later     ADV   RB  advmod    2
emerged   emerge    VERB  VBD ROOT      2
that      that      SCONJ IN  mark      5
Baghdad   Baghdad   PROPN NNP nsubj     5 B-GPE
received  receive   VERB  VBD ccomp     2
a         a         DET   DT  det       7
warning   warning   NOUN  NN  dobj      5
.         .         PUNCT .   punct     2
""")


def test_expletive_it_gives_no_triple_but_the_claim_does():
    found = spo(EMERGED)
    assert found == {("Baghdad", "receive", "warning")}


STATEMENT_ADDED = parse("""
It        it        PRON  PRP nsubj     1
added     add       VERB  VBD ROOT      1
that      that      SCONJ IN  mark      4
troops    troop     NOUN  NNS nsubj     4
withdrew  withdraw  VERB  VBD ccomp     1
.         .         PUNCT .   punct     1
""")


def test_it_as_a_speaker_is_kept():
    # "It (the statement) added that ...": a reporting verb, so "It" is a real speaker
    assert ("It", "add", "troops withdrew") in spo(STATEMENT_ADDED)


THIS_COMES = parse("""
This      this      PRON  DT  nsubj     1
comes     come      VERB  VBZ ROOT      1
in        in        ADP   IN  prep      1
the       the       DET   DT  det       4
context   context   NOUN  NN  pobj      2
of        of        ADP   IN  prep      4
sanctions sanction  NOUN  NNS pobj      5
.         .         PUNCT .   punct     1
""")

SINCE_THEN = parse("""
Tensions  tension   NOUN  NNS nsubj     2
have      have      AUX   VBP aux       2
simmered  simmer    VERB  VBN ROOT      2
since     since     ADP   IN  prep      2
then      then      ADV   RB  pobj      3
.         .         PUNCT .   punct     2
""")

RECENT_MONTHS = parse("""
Recent    recent    ADJ   JJ  amod      1 B-DATE
months    month     NOUN  NNS nsubj     3 I-DATE
have      have      AUX   VBP aux       3
seen      see       VERB  VBN ROOT      3
an        an        DET   DT  det       5
uptick    uptick    NOUN  NN  dobj      3
.         .         PUNCT .   punct     3
""")

SEEN_BY_SOME = parse("""
The       the       DET   DT  det       1
clash     clash     NOUN  NN  nsubjpass 3
was       be        AUX   VBD auxpass   3
seen      see       VERB  VBN ROOT      3
by        by        ADP   IN  agent     3
some      some      PRON  DT  pobj      4
as        as        ADP   IN  prep      3
a         a         DET   DT  det       8
spillover spillover NOUN  NN  pobj      6
.         .         PUNCT .   punct     3
""")


@pytest.mark.parametrize("doc", [THIS_COMES, SINCE_THEN, RECENT_MONTHS, SEEN_BY_SOME],
                         ids=["demonstrative", "adverb-object", "date-subject", "quantifier-agent"])
def test_empty_arguments_give_no_triple(doc):
    assert not any(t.subject.text.lower() in ("this", "recent months", "some")
                   or t.object.text.lower() in ("then", "some") for t in triples(doc))


def test_a_quantity_head_is_a_concept_not_a_cardinal():
    doc = parse("""
The       the       DET   DT  det       1
blast     blast     NOUN  NN  nsubj     2
injured   injure    VERB  VBD ROOT      2
dozens    dozen     NOUN  NNS dobj      2 B-CARDINAL
.         .         PUNCT .   punct     2
""")
    (t,) = triples(doc)
    assert (t.object.text, t.object.label) == ("dozens", "CONCEPT")


TITLE_AND_NAME = parse("""
group     group     NOUN  NN  compound  1
member    member    NOUN  NN  nsubj     6
Ali       Ali       PROPN NNP compound  3 B-PERSON
al        al        PROPN NNP npadvmod  6 I-PERSON
-         -         PROPN NNP nsubj     6 I-PERSON
Askari    Askari    PROPN NNP nsubj     6 I-PERSON
said      say       VERB  VBD ROOT      6
that      that      SCONJ IN  mark      11
the       the       DET   DT  det       9
base      base      NOUN  NN  nsubjpass 11
was       be        AUX   VBD auxpass   11
hit       hit       VERB  VBN ccomp     6
.         .         PUNCT .   punct     6
""")


def test_title_and_name_pieces_are_one_speaker():
    says = [t for t in triples(TITLE_AND_NAME) if t.predicate == "say"]
    # one say-triple, by the whole name (not "group member", not the lone "-")
    assert [t.subject.text for t in says] == ["Ali al - Askari"]
    assert says[0].subject.label == "PERSON"


CHANTED = parse("""
A         a         DET   DT  det       1
mob       mob       NOUN  NN  nsubj     2
chanted   chant     VERB  VBD ccomp     17
“         “         PUNCT ``  punct     2
America   America   PROPN NNP nsubj     5 B-GPE
is        be        AUX   VBZ ccomp     2
the       the       DET   DT  det       7
enemy     enemy     NOUN  NN  attr      5
”         ”         PUNCT ''  punct     5
and       and       CCONJ CC  cc        5
drove     drive     VERB  VBD conj      5
away      away      ADV   RB  advmod    10
reporters reporter  NOUN  NNS dobj      10
;         ;         PUNCT :   punct     17
one       one       NUM   CD  nummod    15
man       man       NOUN  NN  nsubj     17
loudly    loudly    ADV   RB  advmod    17
shouted   shout     VERB  VBD ROOT      17
:         :         PUNCT :   punct     17
“         “         PUNCT ``  punct     17
Leave     leave     VERB  VB  ccomp     17
”         ”         PUNCT ''  punct     20
.         .         PUNCT .   punct     17
""")


def test_quotation_ends_at_its_closing_mark():
    by_pred = {t.predicate: t for t in triples(CHANTED)}
    assert by_pred["chant"].object.text == "America is the enemy"
    # the verb after the quotation belongs to the mob, not to "America"
    assert (by_pred["drive_away"].subject.text, by_pred["drive_away"].object.text) == (
        "mob", "reporters")


def test_semicolon_parts_a_clause_from_the_next_speaker():
    shout = [t for t in triples(CHANTED) if t.predicate == "shout"]
    assert [t.object.text for t in shout] == ["Leave"]


RESPONDED = parse("""
Iran      Iran      PROPN NNP nsubj     1 B-GPE
responded respond   VERB  VBD ROOT      1
by        by        ADP   IN  prep      1
launching launch    VERB  VBG pcomp     2
missiles  missile   NOUN  NNS dobj      3
at        at        ADP   IN  prep      3
US        US        PROPN NNP compound  7 B-GPE
bases     base      NOUN  NNS pobj      5
.         .         PUNCT .   punct     1
""")


def test_gerund_after_by_shares_the_subject():
    found = spo(RESPONDED)
    assert ("Iran", "launch", "missiles") in found
    # a PP object an actor's name modifies stays, beside the direct object
    assert ("Iran", "launch_missile_at", "US bases") in found  # the object stays in the relation


TURNED = parse("""
Police    police    NOUN  NNS nsubj     1
turned    turn      VERB  VBD ROOT      1
three     three     NUM   CD  nummod    3 B-CARDINAL
suspects  suspect   NOUN  NNS dobj      1
to        to        ADP   IN  prep      1
the       the       DET   DT  det       7
UN        UN        PROPN NNP compound  7 B-ORG
mission   mission   NOUN  NN  pobj      4
in        in        ADP   IN  prep      1
the       the       DET   DT  det       10
morning   morning   NOUN  NN  pobj      8
.         .         PUNCT .   punct     1
""")


def test_recipient_of_a_transfer_is_kept():
    found = spo(TURNED)
    assert ("Police", "turn", "three suspects") in found
    assert ("Police", "turn_suspect_to", "UN mission") in found  # the object stays in the relation
    assert not any(p == "turn_in" for _, p, _ in found)  # "in the morning": no actor


NO_CASUALTIES = parse("""
There     there     PRON  EX  expl      1
were      be        VERB  VBD ROOT      1
no        no        DET   DT  det       3
signs     sign      NOUN  NNS attr      1
of        of        ADP   IN  prep      3
casualties casualty NOUN  NNS pobj      4
resulting result    VERB  VBG acl       5
from      from      ADP   IN  prep      6
the       the       DET   DT  det       9
strike    strike    NOUN  NN  pobj      7
.         .         PUNCT .   punct     1
""")


def test_participle_under_no_is_negated():
    (t,) = [t for t in triples(NO_CASUALTIES) if t.predicate == "result_from"]
    assert t.negated


def test_reporting_relative_clause_has_no_object_gap():
    doc = parse("""
a         a         DET   DT  det       1
move      move      NOUN  NN  nsubj     4
Moscow    Moscow    PROPN NNP nsubj     3 B-GPE
stated    state     VERB  VBD relcl     1
was       be        AUX   VBD ROOT      4
unlawful  unlawful  ADJ   JJ  acomp     4
.         .         PUNCT .   punct     4
""")
    assert ("Moscow", "state", "move") not in spo(doc)


def test_claim_mentions_never_look_like_actors(nlp):
    doc = nlp("Officials in Basra said that gunmen had attacked a checkpoint overnight.")
    says = [t for t in extract_triples(doc, "d") if t.predicate == "say"]
    assert says and all(t.object.label == "CLAIM" for t in says)
    assert all(t.subject.label != "CLAIM" for t in extract_triples(doc, "d"))


# ---------------------------------------------------------------- argument quality (real model)


def test_end_to_end_expletive_and_demonstrative(nlp):
    doc = nlp("It later emerged that the ministry had received a warning. "
              "This comes in the context of new sanctions on Tehran.")
    found = spo(doc)
    assert ("ministry", "receive", "warning") in found
    assert not any(s.lower() in ("it", "this") for s, _, _ in found)


def test_end_to_end_gerund_and_transfer(nlp):
    doc = nlp("Syria responded by launching rockets against several Turkish outposts. "
              "Police turned two suspects over to the UN mission.")
    found = spo(doc)
    assert ("Syria", "launch", "rockets") in found
    assert any(s == "Police" and o == "UN mission" for s, _, o in found)


def test_end_to_end_quotation_then_second_verb(nlp):
    doc = nlp("A crowd near the wreck chanted “Down with the occupiers” and chased away "
              "a team of journalists.")
    found = spo(doc)
    assert any(s == "crowd" and p == "chase_away" for s, p, _ in found)


WHICH_AFTER_PERSON = parse("""
The       the       DET   DT  det       1
raid      raid      NOUN  NN  nsubj     2
killed    kill      VERB  VBD ROOT      2
a         a         DET   DT  det       4
commander commander NOUN  NN  dobj      2
in        in        ADP   IN  prep      4
Basra     Basra     PROPN NNP pobj      5 B-GPE
which     which     PRON  WDT nsubj     8
angered   anger     VERB  VBD relcl     4
the       the       DET   DT  det       10
tribes    tribe     NOUN  NNS dobj      8
.         .         PUNCT .   punct     2
""")


def test_which_after_a_person_is_not_that_person():
    found = spo(WHICH_AFTER_PERSON)
    assert ("raid", "kill", "commander") in found
    assert not any(p == "anger" for _, p, _ in found)


def test_relative_on_a_copula_complement_means_the_named_subject():
    doc = parse("""
Harakat   Harakat   PROPN NNP nsubj     1 B-ORG
is        be        AUX   VBZ ROOT      1
a         a         DET   DT  det       4
armed     armed     ADJ   JJ  amod      4
group     group     NOUN  NN  attr      1
which     which     PRON  WDT nsubj     6
opposes   oppose    VERB  VBZ relcl     4
the       the       DET   DT  det       8
treaty    treaty    NOUN  NN  dobj      6
.         .         PUNCT .   punct     1
""")
    assert ("Harakat", "oppose", "treaty") in spo(doc)


def test_many_of_which_is_not_the_whole_antecedent():
    doc = parse("""
a         a         DET   DT  det       1
coalition coalition NOUN  NN  ROOT      1
of        of        ADP   IN  prep      1
groups    group     NOUN  NNS pobj      2
,         ,         PUNCT ,   punct     1
many      many      ADJ   JJ  nsubj     8
of        of        ADP   IN  prep      5
which     which     PRON  WDT pobj      6
have      have      VERB  VBP relcl     3
ties      tie       NOUN  NNS dobj      8
.         .         PUNCT .   punct     1
""")
    assert not any(p == "have" for _, p, _ in spo(doc))


def test_accuse_of_gives_the_charge_its_own_triple():
    doc = parse("""
Washington Washington PROPN NNP nsubj   1 B-GPE
accused   accuse    VERB  VBD ROOT      1
the       the       DET   DT  det       3
militia   militia   NOUN  NN  dobj      1
of        of        ADP   IN  prep      3
rocket    rocket    NOUN  NN  compound  6
attacks   attack    NOUN  NNS pobj      4
.         .         PUNCT .   punct     1
""")
    found = spo(doc)
    assert ("Washington", "accuse", "militia") in found
    assert ("Washington", "accuse_of", "rocket attacks") in found


def test_participle_on_an_of_object_belongs_to_the_person():
    doc = parse("""
The       the       DET   DT  det       1
commander commander NOUN  NN  nsubj     9
of        of        ADP   IN  prep      1
the       the       DET   DT  det       4
brigade   brigade   NOUN  NN  pobj      2
killed    kill      VERB  VBN acl       4
in        in        ADP   IN  prep      5
the       the       DET   DT  det       8
strike    strike    NOUN  NN  pobj      6
was       be        AUX   VBD ROOT      9
Iraqi     Iraqi     ADJ   JJ  acomp     9 B-NORP
.         .         PUNCT .   punct     9
""")
    found = spo(doc)
    assert ("commander of the brigade", "be_kill_in", "strike") in found
    assert not any(s == "brigade" for s, _, _ in found)


def test_comparison_and_free_relative_are_no_participants():
    doc = parse("""
Deeds     deed      NOUN  NNS nsubj     1
speak     speak     VERB  VBP ROOT      1
louder    loud      ADV   RBR advmod    1
than      than      ADP   IN  prep      1
words     word      NOUN  NNS pobj      3
.         .         PUNCT .   punct     1
""")
    assert spo(doc) == set()
    doc = parse("""
Ankara    Ankara    PROPN NNP nsubj     1 B-GPE
signalled signal    VERB  VBD ROOT      1
what      what      PRON  WP  dobj      4
it        it        PRON  PRP nsubj     4
called    call      VERB  VBD ccomp     1
a         a         DET   DT  det       6
warning   warning   NOUN  NN  oprd      4
.         .         PUNCT .   punct     1
""")
    assert not any(s == "Ankara" and p == "signal" for s, p, _ in spo(doc))


def test_bracketed_word_keeps_both_brackets():
    doc = parse("""
[         [         PUNCT -LRB- punct   1
US        US        PROPN NNP nmod      3 B-GPE
]         ]         PUNCT -RRB- punct   1
forces    force     NOUN  NNS nsubj     4
struck    strike    VERB  VBD ROOT      4
a         a         DET   DT  det       6
depot     depot     NOUN  NN  dobj      4
.         .         PUNCT .   punct     4
""")
    (t,) = triples(doc)
    assert t.subject.text == "[ US ] forces"


def test_naming_participle_is_no_event():
    doc = parse("""
Harakat   Harakat   PROPN NNP nsubj     1 B-ORG
joined    join      VERB  VBD ROOT      1
a         a         DET   DT  det       4
wider     wide      ADJ   JJR amod      4
network   network   NOUN  NN  dobj      1
called    call      VERB  VBN acl       4
the       the       DET   DT  det       7
Front     Front     PROPN NNP oprd      5 B-ORG
.         .         PUNCT .   punct     1
""")
    found = spo(doc)
    assert ("Harakat", "join", "wider network") in found
    assert not any(p.endswith("call") for _, p, _ in found)


def test_adjective_tagged_as_a_coordinated_verb():
    doc = parse("""
Jets      jet       NOUN  NNS nsubj     1
conducted conduct   VERB  VBD ROOT      1
heavy     heavy     ADJ   JJ  oprd      1
and       and       CCONJ CC  cc        1
precise   precise   VERB  VB  conj      1
strikes   strike    NOUN  NNS dobj      4
.         .         PUNCT .   punct     1
""")
    assert spo(doc) == {("Jets", "conduct", "strikes")}


def test_attribution_names_the_speaker_not_the_title():
    doc = parse("""
The       the       DET   DT  det       1
base      base      NOUN  NN  nsubj     2
burned    burn      VERB  VBD ccomp     9
the       the       DET   DT  det       4
depot     depot     NOUN  NN  dobj      2
,         ,         PUNCT ,   punct     9
spokesman spokesman NOUN  NN  nsubj     9
Ali       Ali       PROPN NNP compound  8 B-PERSON
Hassan    Hassan    PROPN NNP nsubj     9 I-PERSON
said      say       VERB  VBD ROOT      9
.         .         PUNCT .   punct     9
""")
    (t,) = [t for t in triples(doc) if t.predicate == "burn"]
    assert t.attribution == "Ali Hassan"


def test_including_and_source_of_the_object_are_objects_too():
    doc = parse("""
The       the       DET   DT  det       1
blast     blast     NOUN  NN  nsubj     2
killed    kill      VERB  VBD ROOT      2
four      four      NUM   CD  nummod    4 B-CARDINAL
guards    guard     NOUN  NNS dobj      2
,         ,         PUNCT ,   punct     4
including include   VERB  VBG prep      4
the       the       DET   DT  det       8
chief     chief     NOUN  NN  pobj      6
of        of        ADP   IN  prep      8
Harakat   Harakat   PROPN NNP pobj      9 B-ORG
,         ,         PUNCT ,   punct     10
an        an        DET   DT  det       14
armed     armed     ADJ   JJ  amod      14
group     group     NOUN  NN  appos     10
.         .         PUNCT .   punct     2
""")
    found = spo(doc)
    assert ("blast", "kill", "four guards") in found
    # the apposition inside the "of" phrase is no part of the graph mention
    assert ("blast", "kill", "chief of Harakat") in found
    doc = parse("""
The       the       DET   DT  det       1
militia   militia   NOUN  NN  nsubj     2
received  receive   VERB  VBD ROOT      2
drones    drone     NOUN  NNS dobj      2
from      from      ADP   IN  prep      3
Iran      Iran      PROPN NNP pobj      4 B-GPE
.         .         PUNCT .   punct     2
""")
    assert {("militia", "receive", "drones"), ("militia", "receive_drone_from", "Iran")} <= spo(doc)


def test_passive_agent_hung_on_a_gerund():
    doc = parse("""
The       the       DET   DT  det       1
group     group     NOUN  NN  nsubjpass 4
has       have      AUX   VBZ aux       4
been      be        AUX   VBN auxpass   4
blamed    blame     VERB  VBN ROOT      4
for       for       ADP   IN  prep      4
shelling  shell     VERB  VBG pcomp     5
the       the       DET   DT  det       8
port      port      NOUN  NN  dobj      6
by        by        ADP   IN  prep      6
NATO      NATO      PROPN NNP pobj      9 B-ORG
.         .         PUNCT .   punct     4
""")
    assert ("NATO", "blame", "group") in spo(doc)


def test_active_conjunct_after_a_passive_stays_active():
    doc = parse("""
It        it        PRON  PRP nsubjpass 2
is        be        AUX   VBZ auxpass   2
linked    link      VERB  VBN ROOT      2
to        to        ADP   IN  prep      2
Hezbollah Hezbollah PROPN NNP pobj      3 B-ORG
and       and       CCONJ CC  cc        2
has       have      AUX   VBZ aux       7
operated  operate   VERB  VBN conj      2
in        in        ADP   IN  prep      7
Syria     Syria     PROPN NNP pobj      8 B-GPE
.         .         PUNCT .   punct     2
""")
    found = spo(doc)
    assert ("It", "be_link_to", "Hezbollah") in found
    assert ("It", "operate_in", "Syria") in found


NO_GROUP = parse("""
No        no        DET   DT  det       1
group     group     NOUN  NN  nsubj     2
claimed   claim     VERB  VBD ROOT      2
the       the       DET   DT  det       4
attack    attack    NOUN  NN  dobj      2
.         .         PUNCT .   punct     2
""")


def test_a_subject_under_no_denies_the_fact():
    (t,) = triples(NO_GROUP)
    assert (t.subject.text, t.predicate, t.object.text) == ("group", "claim", "attack")
    assert t.negated is True


# ---------------------------------------------------------------- compact facts (issue 12)

LIGHT_VISIT = parse("""
The       the       DET   DT  det       1
governor  governor  NOUN  NN  nsubj     2
made      make      VERB  VBD ROOT      2
a         a         DET   DT  det       5
surprise  surprise  NOUN  NN  compound  5
visit     visit     NOUN  NN  dobj      2
to        to        ADP   IN  prep      5
Brezna    Brezna    PROPN NNP pobj      6 B-GPE
on        on        ADP   IN  prep      2
Monday    Monday    PROPN NNP pobj      8 B-DATE
.         .         PUNCT .   punct     2
""")

LIGHT_TRIBUTE = parse("""
Lenk      Lenk      PROPN NNP nsubj     1 B-PERSON
paid      pay       VERB  VBD ROOT      1
tribute   tribute   NOUN  NN  dobj      1
to        to        ADP   IN  dative    1
the       the       DET   DT  det       5
rescuers  rescuer   NOUN  NNS pobj      3
.         .         PUNCT .   punct     1
""")

CALLED = parse("""
The       the       DET   DT  det       1
union     union     NOUN  NN  nsubj     2
called    call      VERB  VBD ROOT      2
the       the       DET   DT  det       4
plan      plan      NOUN  NN  dobj      2
a         a         DET   DT  det       7
grave     grave     ADJ   JJ  amod      7
mistake   mistake   NOUN  NN  oprd      2
.         .         PUNCT .   punct     2
""")

CONDITION = parse("""
If        if        SCONJ IN  mark      2
Valdor    Valdor    PROPN NNP nsubj     2 B-GPE
closes    close     VERB  VBZ advcl     9
the       the       DET   DT  det       4
border    border    NOUN  NN  dobj      2
,         ,         PUNCT ,   punct     9
the       the       DET   DT  det       7
traders   trader    NOUN  NNS nsubj     9
will      will      AUX   MD  aux       9
lose      lose      VERB  VB  ROOT      9
money     money     NOUN  NN  dobj      9
.         .         PUNCT .   punct     9
""")

WONDERED = parse("""
Residents resident  NOUN  NNS nsubj     1
wondered  wonder    VERB  VBD ROOT      1
how       how       SCONJ WRB advmod    6
the       the       DET   DT  det       4
decision  decision  NOUN  NN  nsubj     6
would     would     AUX   MD  aux       6
affect    affect    VERB  VB  ccomp     1
the       the       DET   DT  det       8
talks     talk      NOUN  NNS dobj      6
.         .         PUNCT .   punct     1
""")

DURATION = parse("""
Lenk      Lenk      PROPN NNP nsubj     1 B-PERSON
served    serve     VERB  VBD ROOT      1
ten       ten       NUM   CD  nummod    3 B-DATE
years     year      NOUN  NNS dobj      1 I-DATE
in        in        ADP   IN  prep      1
Brezna    Brezna    PROPN NNP compound  6 B-GPE
prison    prison    NOUN  NN  pobj      4
.         .         PUNCT .   punct     1
""")

NAMED_APPOS = parse("""
The       the       DET   DT  det       1
founder   founder   NOUN  NN  nsubj     7
of        of        ADP   IN  prep      1
Valcor    Valcor    PROPN NNP pobj      2 B-ORG
,         ,         PUNCT ,   punct     1
Ada       Ada       PROPN NNP compound  6 B-PERSON
Lisk      Lisk      PROPN NNP appos     1 I-PERSON
sold      sell      VERB  VBD ROOT      7
the       the       DET   DT  det       9
firm      firm      NOUN  NN  dobj      7
.         .         PUNCT .   punct     7
""")


def test_a_light_verb_reads_as_its_nouns_relation():
    assert spo(LIGHT_VISIT) == {("governor", "visit", "Brezna")}  # no make_to, no date object
    (t,) = triples(LIGHT_VISIT)
    assert t.predicate_text == "made visit to"


def test_a_light_verb_whose_preposition_hangs_on_the_verb():
    assert spo(LIGHT_TRIBUTE) == {("Lenk", "pay_tribute_to", "rescuers")}


def test_called_x_a_y_is_x_is_called_y_said_by_the_caller():
    (t,) = triples(CALLED)
    assert (t.subject.text, t.predicate, t.object.text) == ("plan", "is_called", "grave mistake")
    assert t.attribution == "union"


CALLED_DATIVE = parse("""
Amnesty   Amnesty   PROPN NNP nsubj     1 B-ORG
called    call      VERB  VBD ROOT      1
Camp      Camp      PROPN NNP compound  3 B-FAC
Orvane    Orvane    PROPN NNP dative    1 I-FAC
a         a         DET   DT  det       5
scandal   scandal   NOUN  NN  oprd      1
.         .         PUNCT .   punct     1
""")


def test_called_x_a_y_when_the_parser_takes_x_for_an_indirect_object():
    """The parser at times reads "Camp Orvane" of "called Camp Orvane a scandal" as a
    ``dative``: the parse mend makes it the object, so the fact keeps it."""
    assert ("Amnesty", "call", "scandal") in spo(CALLED_DATIVE)  # what the parse alone gives
    fix_parse(CALLED_DATIVE)
    assert spo(CALLED_DATIVE) == {("Camp Orvane", "is_called", "scandal")}


CONSIDERS = parse("""
Vellia    Vellia    PROPN NNP nsubj     1 B-GPE
considers consider  VERB  VBZ ROOT      1
Kestria   Kestria   PROPN NNP nsubj     5 B-GPE
a         a         DET   DT  det       5
breakaway breakaway NOUN  NN  compound  5
region    region    NOUN  NN  ccomp     1
.         .         PUNCT .   punct     1
""")


def test_a_small_clause_under_a_judging_verb_is_its_object_and_label():
    """ "Vellia considers Kestria a breakaway region": the parser reads "Kestria a breakaway
    region" as a clause without a verb; mended, Kestria is what is considered a region, by
    Vellia, and Vellia's act on Kestria is an edge."""
    fix_parse(CONSIDERS)
    got = {(t.subject.text, t.predicate, t.object.text, t.attribution) for t in triples(CONSIDERS)}
    assert ("Kestria", "is_considered", "breakaway region", "Vellia") in got, got
    assert ("Vellia", "consider_breakaway_region", "Kestria", None) in got, got


REJECTED_AND_CALLED = parse("""
Orlen     Orlen     PROPN NNP nsubj     2 B-ORG
has       have      AUX   VBZ aux       2
rejected  reject    VERB  VBN ROOT      2
the       the       DET   DT  det       4
offer     offer     NOUN  NN  dobj      2
and       and       CCONJ CC  cc        4
Tarrow    Tarrow    PROPN NNP conj      4 B-PERSON
has       have      AUX   VBZ aux       8
called    call      VERB  VBN conj      2
the       the       DET   DT  det       10
bid       bid       NOUN  NN  dobj      8
an        an        DET   DT  det       12
insult    insult    NOUN  NN  oprd      8
.         .         PUNCT .   punct     2
""")


def test_the_subject_of_a_second_clause_is_no_conjunct_of_the_first_object():
    """ "Orlen has rejected the offer and Tarrow has called the bid an insult": the parser may
    join Tarrow to "offer"; mended, Orlen rejected no Tarrow."""
    assert ("Orlen", "reject", "Tarrow") in spo(REJECTED_AND_CALLED)  # what the parse alone gives
    fix_parse(REJECTED_AND_CALLED)
    got = spo(REJECTED_AND_CALLED)
    assert ("Orlen", "reject", "Tarrow") not in got and ("Orlen", "reject", "offer") in got, got


def test_a_condition_and_its_consequence_carry_if():
    got = {(t.subject.text, t.predicate, t.modality) for t in triples(CONDITION)}
    assert got == {("Valdor", "close", "if"), ("traders", "lose", "will if")}


def test_an_indirect_question_is_not_stated_as_fact():
    (t,) = [t for t in triples(WONDERED) if t.predicate == "affect"]
    assert t.modality == "would ?"


def test_a_duration_is_not_the_object_the_place_is():
    assert spo(DURATION) == {("Lenk", "serve_in", "Brezna prison")}


def test_a_name_in_apposition_is_the_subject():
    assert spo(NAMED_APPOS) == {("Ada Lisk", "sell", "firm")}


def test_light_verbs_in_a_user_file_must_name_verb_and_noun(tmp_path):
    from newsgraph.extract.clauses import DATA_FILE
    text = DATA_FILE.read_text(encoding="utf-8").replace("  make visit: {to: visit}", "  makevisit: visit")
    path = tmp_path / "clauses.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ClauseRulesError, match="light_verbs"):
        load_rules(path)


def test_a_light_verb_reads_its_relation_only_through_its_own_preposition(nlp):
    """ "made a call to X" is calling X, "made a call for X" calling for X."""
    def spo_of(text: str) -> set[tuple[str, str, str]]:
        return {(t.subject.text, t.predicate, t.object.text) for t in extract_triples(nlp(text), "d1")}
    assert ("Ana Ruiz", "call", "Tom Wen") in spo_of("Ana Ruiz made a phone call to Tom Wen on Friday.")
    assert ("Ana Ruiz", "call_for", "calm") in spo_of("Ana Ruiz made a call for calm on Friday.")


TOLD = parse("""
Lenk      Lenk      PROPN NNP nsubj     1 B-PERSON
told      tell      VERB  VBD ROOT      1
reporters reporter  NOUN  NNS dobj      1
that      that      SCONJ IN  mark      6
the       the       DET   DT  det       5
border    border    NOUN  NN  nsubj     6
closed    close     VERB  VBD ccomp     1
.         .         PUNCT .   punct     1
""")


def test_what_was_told_is_the_fact_not_whom_it_was_told_to():
    got = {(t.subject.text, t.predicate, t.object.text, t.object.label) for t in triples(TOLD)}
    assert ("Lenk", "tell", "the border closed", "CLAIM") in got or (
        "Lenk", "tell", "border closed", "CLAIM") in got
    assert not any(o == "reporters" for _, _, o, _ in got)


SOLD_FIRM = parse("""
Lenk      Lenk      PROPN NNP nsubj     1 B-PERSON
sold      sell      VERB  VBD ROOT      1
the       the       DET   DT  det       3
firm      firm      NOUN  NN  dobj      1
.         .         PUNCT .   punct     1
""")

SOLD_NAMED = parse("""
Lenk      Lenk      PROPN NNP nsubj     1 B-PERSON
sold      sell      VERB  VBD ROOT      1
the       the       DET   DT  det       3
Valcor    Valcor    PROPN NNP dobj      1 B-ORG
.         .         PUNCT .   punct     1
""")


def test_a_one_word_common_noun_end_lowers_a_graph_facts_confidence():
    from newsgraph.extract.clauses import news_scored
    (vague,) = triples(SOLD_FIRM)
    (named,) = triples(SOLD_NAMED)
    assert news_scored(vague).confidence < news_scored(named).confidence - 0.05


def test_a_hypothetical_fact_ranks_below_the_same_fact_stated():
    from dataclasses import replace

    from newsgraph.extract.clauses import news_scored
    (cond,) = [t for t in triples(CONDITION) if t.predicate == "close"]
    assert cond.modality and "if" in cond.modality
    stated = replace(cond, modality=None)
    assert news_scored(cond).confidence < news_scored(stated).confidence


QUESTIONS_OVER = parse("""
Questions question  NOUN  NNS nsubj     1
remain    remain    VERB  VBP ROOT      1
over      over      ADP   IN  prep      0
how       how       SCONJ WRB advmod    6
the       the       DET   DT  det       5
army      army      NOUN  NN  nsubj     6
manages   manage    VERB  VBZ pcomp     2
the       the       DET   DT  det       8
talks     talk      NOUN  NNS dobj      6
.         .         PUNCT .   punct     1
""")


def test_a_question_under_a_noun_is_not_stated_as_fact():
    (t,) = [t for t in triples(QUESTIONS_OVER) if t.predicate == "manage"]
    assert t.modality == "?"


FRAMED = parse("""
In        in        ADP   IN  prep      6
an        an        DET   DT  det       2
update    update    NOUN  NN  pobj      0
,         ,         PUNCT ,   punct     6
the       the       DET   DT  det       5
operator  operator  NOUN  NN  nsubj     6
explained explain   VERB  VBD ROOT      6
.         .         PUNCT .   punct     6
""")


def test_a_fronted_frame_is_not_a_participant():
    assert spo(FRAMED) == set()


def test_a_means_or_result_clause_takes_the_modality_of_its_verb():
    """ "Vell will fund the deal by placing shares": the placing is planned, not done."""
    doc = parse("""
Vell      Vell      PROPN NNP nsubj  2 B-ORG
will      will      AUX   MD  aux    2
fund      fund      VERB  VB  ROOT   2
the       the       DET   DT  det    4
deal      deal      NOUN  NN  dobj   2
by        by        ADP   IN  prep   2
placing   place     VERB  VBG pcomp  5
shares    share     NOUN  NNS dobj   6
.         .         PUNCT .   punct  2
""")
    found = {(t.subject.text, t.predicate, t.object.text): t for t in triples(doc)}
    assert found[("Vell", "fund", "deal")].modality == "will"
    assert found[("Vell", "place", "shares")].modality == "will"


def test_a_fronted_past_participle_keeps_no_modality_of_the_main_verb():
    """ "Built by Orlen, the probe will fly": the building is done."""
    doc = parse("""
Built     build     VERB  VBN advcl    7
by        by        ADP   IN  agent    0
Orlen     Orlen     PROPN NNP pobj     1 B-ORG
,         ,         PUNCT ,   punct    7
the       the       DET   DT  det      5
probe     probe     NOUN  NN  nsubj    7
will      will      AUX   MD  aux      7
fly       fly       VERB  VB  ROOT     7
.         .         PUNCT .   punct    7
""")
    found = {(t.subject.text, t.predicate, t.object.text): t for t in triples(doc)}
    assert ("Orlen", "build", "probe") in found and found[("Orlen", "build", "probe")].modality is None


def test_which_after_an_indefinite_description_of_a_name_is_the_name():
    """ "Nova, an Alberta firm, which owns Husky": Nova owns Husky, not "an Alberta firm"."""
    doc = parse("""
Nova      Nova      PROPN NNP ROOT   0 B-ORG
,         ,         PUNCT ,   punct  0
an        an        DET   DT  det    4
Alberta   Alberta   PROPN NNP compound 4 B-GPE
firm      firm      NOUN  NN  appos  0
,         ,         PUNCT ,   punct  4
which     which     PRON  WDT nsubj  7
owns      own       VERB  VBZ relcl  4
Husky     Husky     PROPN NNP dobj   7 B-ORG
.         .         PUNCT .   punct  0
""")
    assert ("Nova", "own", "Husky") in spo(doc)


def test_what_the_object_is_left_as_is_part_of_the_relation():
    """ "Wen left her intrigued": no plain "leave" (he did not leave her)."""
    doc = parse("""
Wen        Wen        PROPN NNP nsubj  1 B-PERSON
left       leave      VERB  VBD ROOT   1
her        she        PRON  PRP dobj   1
intrigued  intrigue   ADJ   JJ  xcomp  1
.          .          PUNCT .   punct  1
""")
    assert {(s, p) for s, p, _ in spo(doc)} == {("Wen", "leave_intrigued")}


@pytest.mark.parametrize("sentence", [
    "The No 14 seed Tam Orr won a 6-3, 6-1 match on Thursday.",
    "Tam Orr beat No. 3 seed Ivo Marsh in the final.",
    "The 2021 deal drew a “no” vote of 61 percent.",
])
def test_real_model_no_before_a_number_or_in_quotes_is_no_denial(nlp, sentence):
    ts = [t for t in triples(nlp(sentence)) if t.predicate in ("win", "beat", "draw")]
    assert ts and not any(t.negated for t in ts), [(t.predicate, t.negated) for t in ts]


def test_real_model_a_holiday_is_a_time_not_a_participant(nlp):
    """ "headed to Lebanon for New Year's Eve", "return to Kestford before Easter": no fact
    whose object is the holiday (``holiday_words``)."""
    doc = nlp("The minister headed to south Lebanon for New Year's Eve. "
              "Tom Kerr will return to Kestford before Easter.")
    found = spo(doc)
    assert not {f for f in found if f[2] in ("New Year's Eve", "Easter")}, found
    assert ("Tom Kerr", "return_to", "Kestford") in found, found


def test_real_model_a_rank_before_the_subject_keeps_the_subject_whole(nlp):
    """ "The No. 1 auto maker wrote ...": the tokenizer cut "No." in two and the subject was
    ". 1 Kestrel auto maker"."""
    doc = nlp("The No. 1 Kestrel auto maker then wrote to Vell Motors about its stake.")
    subjects = {t.subject.text for t in triples(doc)}
    assert subjects == {"No. 1 Kestrel auto maker"}, subjects
    assert [s.text for s in doc.sents] == [doc.text]


def test_real_model_a_sum_in_rupees_does_not_end_the_sentence(nlp):
    """ "Rs. 2 lakh": the tokenizer cut "Rs." in two, and the receiver was lost with the
    amount."""
    doc = nlp("Ms. Lina Orr sent Rs. 2 lakh to Mr. Dev Kerr after the fire.")
    assert [s.text for s in doc.sents] == [doc.text]
    fix_parse(doc)
    assert ("Ms. Lina Orr", "send_to", "Mr. Dev Kerr") in spo(doc)
    # the unit before the figure is part of the amount, never the whole object
    doc = nlp("Vell Corp paid Rs. 40 lakh to Tarrow Ltd on Monday.")
    fix_parse(doc)
    assert ("Vell Corp", "pay", "Rs. 40 lakh") in spo(doc)


@pytest.mark.parametrize("sentence,expected", [
    ("Ada Lisk met with Orlen's founder, Dan Vell, on Monday.", ("Ada Lisk", "meet_with", "Dan Vell")),
    ("Ada Lisk praised her successor, Tom Wen, and left the room.", ("Ada Lisk", "praise", "Tom Wen")),
    ("The Orlen Rovers defeated the league champion Brenham Hawks on Sunday.",
     ("Orlen Rovers", "defeat", "Brenham Hawks")),
])
def test_real_model_a_name_in_apposition_to_the_object_is_the_object(nlp, sentence, expected):
    """ "met with Orlen's founder, Dan Vell": the fact is about Dan Vell; "founder" is his own
    fact (the nominal extractor's founder_of)."""
    assert expected in spo(nlp(sentence)), spo(nlp(sentence))


@pytest.mark.parametrize("sentence,expected", [
    ("Valdoria has characterized Tomas Kerrin as the mastermind of the raid.",
     ("Valdoria", "characterize_as_mastermind", "Tomas Kerrin")),
    ("Amnesty International called Tomas Kerrin a liar on Monday.",
     ("Amnesty International", "call_liar", "Tomas Kerrin")),
])
def test_real_model_naming_one_actor_by_another_is_an_act_between_them(nlp, sentence, expected):
    """ "X characterized Y as the mastermind": Y is_characterized_as mastermind (said by X),
    and X's act on Y, which the actor graph shows."""
    found = spo(nlp(sentence))
    assert expected in found, found
    assert any(p.startswith("is_") and s == expected[2] for s, p, _ in found), found


def test_real_model_said_of_is_no_fact_the_quotation_is(nlp):
    """ "Dana Orr said of Tam Wells, '...'": the quoted words are the claim; "said of" alone
    tells nothing."""
    found = spo(nlp("Dana Orr said of Tam Wells, \u201cHe planted the seeds in me, and I shared them.\u201d"))
    assert not [f for f in found if f[1] == "say_of"], found
    assert any(p == "say" for _, p, _ in found), found


def test_real_model_a_participle_after_a_verb_of_undergoing_is_its_objects_doing(nlp):
    """ "Valdoria suffered its worst floods in a decade, killing 40 people": the floods killed
    them, not Valdoria; "Valdoria struck Tessaly, killing 20 people" stays Valdoria's."""
    found = spo(nlp("Valdoria suffered its worst floods in a decade in March, killing 40 people."))
    killers = [s for s, p, _ in found if p == "kill"]
    assert killers and not any("Valdoria" in s for s in killers), found
    assert ("Valdoria", "kill", "20 people") in spo(nlp("Valdoria struck Tessaly, killing 20 people."))



GLUED_NAME = parse("""
The       the       DET   DT  det       2
league    league    NOUN  NN  compound  2
champion  champion  NOUN  NN  nsubj     5
Kestford  Kestford  PROPN NNP compound  4 B-PRODUCT
City      City      PROPN NNP appos     2 I-PRODUCT
defeated  defeat    VERB  VBD ROOT      5
Vell      Vell      PROPN NNP compound  7 B-ORG
Rovers    Rovers    PROPN NNPS dobj     5 I-ORG
.         .         PUNCT .   punct     5
""")


def test_a_name_the_parser_hung_on_the_noun_before_it_heads_the_subject():
    """The model's parse of "The league champion Kestford City defeated Vell Rovers", the name
    typed as a product: "champion" as the subject and the name its apposition. Mended, the
    subject is the phrase the name heads."""
    from newsgraph.extract.parse_fixes import fix_parse

    assert ("league champion", "defeat", "Vell Rovers") in spo(GLUED_NAME)
    fix_parse(GLUED_NAME)
    assert {s for s, p, _ in spo(GLUED_NAME) if p == "defeat"} == {"league champion Kestford City"}, spo(GLUED_NAME)


TITLED_AFTER_NOUN = parse("""
the       the       DET   DT  det       2
reform    reform    NOUN  NN  compound  2
bill      bill      NOUN  NN  nsubj     6
President President PROPN NNP compound  5 O
Vell      Vell      PROPN NNP appos     2 B-PERSON
signed    sign      VERB  VBD relcl     2
failed    fail      VERB  VBD ROOT      6
.         .         PUNCT .   punct     6
""")


def test_a_titled_name_after_a_noun_is_not_glued_to_it():
    """ "the reform bill President Vell signed failed": Vell is no part of the bill's phrase."""
    from newsgraph.extract.parse_fixes import fix_parse

    fix_parse(TITLED_AFTER_NOUN)
    assert TITLED_AFTER_NOUN[2].dep_ == "nsubj" and TITLED_AFTER_NOUN[4].dep_ == "appos"


FRONTED_UNDER_ROOT = parse("""
Officials officials NOUN  NNS ROOT      0
from      from      ADP   IN  prep      0
Vell      Vell      PROPN NNP pobj      1 B-GPE
,         ,         PUNCT ,   punct     2
Ada       Ada       PROPN NNP compound  5 B-PERSON
Lisk      Lisk      PROPN NNP appos     2 I-PERSON
,         ,         PUNCT ,   punct     5
spoke     speak     VERB  VBD parataxis 0
.         .         PUNCT .   punct     0
""")


def test_a_fronted_phrase_under_another_root_is_left_and_the_parse_ends():
    """An apposition whose phrase hangs on a root other than the verb after it: no subject of
    that verb, and the mend stops at the root (it once walked up the tree for ever)."""
    from newsgraph.extract.parse_fixes import fix_parse

    fix_parse(FRONTED_UNDER_ROOT)
    assert FRONTED_UNDER_ROOT[5].dep_ == "appos"


def test_real_model_a_name_joined_with_and_is_one_argument(tmp_path):
    """ "Sao Tome and Principe's Parliament voted": not Sao Tome and "Principe's Parliament"
    as two subjects; "Procter and Gamble said" is one company (names of the gazetteer)."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Sao Tome and Principe's Parliament on Thursday voted against a referendum.\n"
                        "Procter and Gamble said it would cut jobs.", sentences=True)
    subjects = {(r["subject_text"], r["predicate"]) for r in rows}
    assert ("Sao Tome and Principe's Parliament", "vote_against") in subjects, subjects
    assert not {s for s, p in subjects if p == "vote_against" and s != "Sao Tome and Principe's Parliament"}
    assert ("Procter and Gamble", "say") in subjects, subjects


def test_real_model_counted_people_are_no_owner_of_the_object(nlp):
    """ "still holds thousands of Americans": the Americans are counted, not the owner of
    "thousands" (no hold_of edge to them); ``unowned_nouns`` names the lemma ("thousand")."""
    found = spo(nlp("Vellia still holds thousands of Americans under its control."))
    assert not {f for f in found if f[1].endswith("_of")}, found


def test_real_model_the_object_hung_on_a_particle_is_the_verbs(tmp_path):
    """ "Israel sealed off the West Bank": the parser gives "off" the object, and the fact
    was lost."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Vellia sealed off the West Bank on Monday.\n", sentences=True)
    assert ("Vellia", "seal_off", "West Bank") in {(r["subject"], r["predicate"], r["object"]) for r in rows}, rows


def test_real_model_a_participle_on_a_named_subjects_complement_is_about_the_name(tmp_path):
    """ "Kestrel Brigade is a militia backed by Vellia": Vellia backs the Brigade, not "militia"."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Kestrel Brigade is a militia backed by Vellia.\n", sentences=True)
    assert ("Vellia", "back", "Kestrel Brigade") in {(r["subject"], r["predicate"], r["object"]) for r in rows}, rows


def test_a_named_others_noun_keeps_its_participants(tmp_path):
    """"welcomed Lisk's deal with Orlen Bank": the deal is Lisk's, so the subject gets no
    welcome_deal_with edge; the owner's own edges stay."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Vell Holdings welcomed Lisk's deal with Orlen Bank on Monday.\n"
                        "Vell rejected Halden Steel's offer.\n", sentences=True)
    found = {(r["subject_text"], r["predicate"], r["object_text"]) for r in rows}
    assert not any(p == "welcome_deal_with" for _, p, _ in found), found
    assert ("Lisk", "deal_with", "Orlen Bank") in found, found
    assert any(p == "reject_offer_of" for _, p, _ in found), found


def test_a_relative_clause_that_picks_out_some_of_a_plural_says_nothing_of_all(tmp_path):
    """"a levy on drivers who do not register their cars" is no fact that drivers do not; with
    a comma the clause says it of them all."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "The mayor criticised a levy on drivers who do not register their cars.\n"
                        "Kurds, who fled the fighting, entered Vellia.\n", sentences=True)
    found = {(r["subject_text"], r["predicate"], r["object_text"]) for r in rows}
    assert not any(s == "drivers" and p == "register" for s, p, _ in found), found
    assert ("Kurds", "flee", "fighting") in found, found


def test_a_speaker_written_as_who_is_the_name_before_it(tmp_path):
    """ "Ben Orr, who said the council would fund the road, left": the council's funding is
    attributed to Ben Orr, not to "who"."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Ben Orr, who said the Kestford council would fund the road, left.\n",
                        sentences=True)
    funds = [r.get("attribution") for r in rows if r["predicate"] == "fund"]
    assert funds == ["Ben Orr"], rows


def test_a_conjunct_the_sentence_denies_is_no_argument(nlp):
    """ "Kestford invited Ben Tarrow but not Ana Lisk": Lisk was not invited."""
    found = spo(nlp("Kestford invited Ben Tarrow but not Ana Lisk to the summit."))
    assert ("Kestford", "invite", "Ben Tarrow") in found, found
    assert not any("Lisk" in o for _, _, o in found), found


def test_a_denied_belief_keeps_its_denial_in_the_claims_modality(tmp_path):
    """ "Ana Lisk doesn't believe Vell will win the vote": the win is no belief of hers; its
    modality says so ("doesn't believe"), not "believe"."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Ana Lisk doesn't believe Vell will win the vote.\n", sentences=True)
    wins = [r.get("modality") or "" for r in rows if r["predicate"] == "win"]
    assert wins and all("n't" in m or "not" in m for m in wins), rows


# "Lisk slammed the mayor of Brezna, Dan Orr." (the parser hangs the name on Brezna)
MAYOR_OF_NAMED = parse("""
Lisk      Lisk      PROPN NNP nsubj     1 B-PERSON
slammed   slam      VERB  VBD ROOT      1
the       the       DET   DT  det       3
mayor     mayor     NOUN  NN  dobj      1
of        of        ADP   IN  prep      3
Brezna    Brezna    PROPN NNP pobj      4 B-GPE
,         ,         PUNCT ,   punct     5
Dan       Dan       PROPN NNP compound  8 B-PERSON
Orr       Orr       PROPN NNP appos     5 I-PERSON
.         .         PUNCT .   punct     1
""")

# "Lisk slammed Vellia's envoy, Dan Orr."
ENVOY_NAMED = parse("""
Lisk      Lisk      PROPN NNP nsubj     1 B-PERSON
slammed   slam      VERB  VBD ROOT      1
Vellia    Vellia    PROPN NNP poss      4 B-GPE
's        's        PART  POS case      2
envoy     envoy     NOUN  NN  dobj      1
,         ,         PUNCT ,   punct     4
Dan       Dan       PROPN NNP compound  7 B-PERSON
Orr       Orr       PROPN NNP appos     4 I-PERSON
.         .         PUNCT .   punct     1
""")


def test_the_one_a_title_names_is_the_object_not_the_place_of_the_title():
    """ "slammed the mayor of Brezna, Dan Orr": Lisk slammed Dan Orr, not Brezna; the place
    stays on the mayor's title."""
    fix_parse(MAYOR_OF_NAMED)
    got = spo(MAYOR_OF_NAMED)
    assert ("Lisk", "slam", "Dan Orr") in got, got
    assert not any(o == "Brezna" for _, _, o in got), got
    got = spo(ENVOY_NAMED)
    assert ("Lisk", "slam", "Dan Orr") in got, got
    assert not any(o == "Vellia" for _, _, o in got), got


# "Lisk met Tom Orr, the CEO for Orvane, Dan Kerr, the counsel." (a list of titled people: the
# parser hangs the second name on the first one's organisation)
LISTED_TITLES = parse("""
Lisk      Lisk      PROPN NNP nsubj     1 B-PERSON
met       meet      VERB  VBD ROOT      1
Tom       Tom       PROPN NNP compound  3 B-PERSON
Orr       Orr       PROPN NNP dobj      1 I-PERSON
,         ,         PUNCT ,   punct     3
the       the       DET   DT  det       6
CEO       CEO       PROPN NNP appos     3
for       for       ADP   IN  prep      6
Orvane    Orvane    PROPN NNP pobj      7 B-ORG
,         ,         PUNCT ,   punct     8
Dan       Dan       PROPN NNP compound  11 B-PERSON
Kerr      Kerr      PROPN NNP appos     8 I-PERSON
,         ,         PUNCT ,   punct     11
the       the       DET   DT  det       14
counsel   counsel   NOUN  NN  appos     11
.         .         PUNCT .   punct     1
""")


def test_the_next_name_in_a_list_of_titled_people_is_no_earlier_title_holder():
    """ "Tom Orr, the CEO for Orvane, Dan Kerr, the counsel": Dan Kerr is the list's next
    person, not the CEO the parse fix hangs a name after "the mayor of Brezna," on."""
    fix_parse(LISTED_TITLES)
    assert LISTED_TITLES[11].head.i != 6, [(t.text, t.head.text) for t in LISTED_TITLES]


# "Grain will be shipped to Orlen by the end of the year."
BY_THE_END = parse("""
Grain     grain     NOUN  NN  nsubjpass 3
will      will      AUX   MD  aux       3
be        be        AUX   VB  auxpass   3
shipped   ship      VERB  VBN ROOT      3
to        to        ADP   IN  prep      3
Orlen     Orlen     PROPN NNP pobj      4 B-GPE
by        by        ADP   IN  agent     3
the       the       DET   DT  det       8 B-DATE
end       end       NOUN  NN  pobj      6 I-DATE
of        of        ADP   IN  prep      8 I-DATE
the       the       DET   DT  det       11 I-DATE
year      year      NOUN  NN  pobj      9 I-DATE
.         .         PUNCT .   punct     3
""")


def test_a_time_after_a_passives_by_is_no_doer():
    got = spo(BY_THE_END)
    assert not any("end" in s for s, _, _ in got), got
    assert any(p.startswith("be_ship") and o == "Orlen" for _, p, o in got), got


# "Lisk laid flowers for her uncle slain Governor Dan Vell." (the parser joins "slain" to
# "laid" as a second verb)
SLAIN_GOVERNOR = parse("""
Lisk       Lisk      PROPN NNP nsubj     1 B-PERSON
laid       lay       VERB  VBD ROOT      1
flowers    flower    NOUN  NNS dobj      1
for        for       ADP   IN  prep      1
her        her       PRON  PRP$ poss     5
uncle      uncle     NOUN  NN  pobj      3
slain      slay      VERB  VBN conj      1
Governor   Governor  PROPN NNP compound  9
Dan        Dan       PROPN NNP compound  9 B-PERSON
Vell       Vell      PROPN NNP dobj      6 I-PERSON
.          .         PUNCT .   punct     1
""")


def test_a_participle_before_a_name_is_no_second_verb_of_the_subject():
    assert any(p == "slay" for _, p, _ in spo(SLAIN_GOVERNOR))  # what the parse alone gives
    fix_parse(SLAIN_GOVERNOR)
    got = spo(SLAIN_GOVERNOR)
    assert not any(p == "slay" for _, p, _ in got), got
    assert ("Lisk", "lay", "flowers") in got, got


def test_mending_a_hyphenated_word_hung_on_its_own_hyphen_leaves_a_tree():
    """ "The semi-final will see Vell": were both halves hung on the hyphen, making the hyphen
    hang on a half would close a loop, and reading the sentence would fail (a real article was
    lost so). The parse stays a tree."""
    from newsgraph.extract.parse_fixes import fix_parse
    from tests.handparse import hand_doc

    words = ["The", "semi", "-", "final", "will", "see", "Vell", "."]
    doc = hand_doc(words, [2, 2, 5, 2, 5, 5, 5, 5], ["det", "amod", "nsubj", "amod", "aux", "ROOT", "dobj", "punct"],
                   pos=["DET", "ADJ", "NOUN", "ADJ", "AUX", "VERB", "PROPN", "PUNCT"],
                   spaces=[True, False, False, True, True, True, False, False])
    fix_parse(doc)
    for tok in doc:
        seen, head = set(), tok
        while head.head.i != head.i:
            assert head.i not in seen, f"a loop through {head.text!r}"
            seen.add(head.i)
            head = head.head
    assert [s.root.text for s in doc.sents] == ["see"]


def test_real_model_the_owner_of_an_intention_does_what_it_intends(nlp):
    """ "Vellia's decision to leave the Forum and join the Orlen Pact": Vellia leaves and
    joins, as decided; before, the "to" clause on a noun had no doer. A call is met by others."""
    doc = nlp("The talks ended after Vellia's decision to leave the Pacific Forum and join the Orlen Pact.")
    found = {t for t in triples(doc) if t.subject.text == "Vellia"}
    assert {(t.predicate, t.object.text, t.modality) for t in found} >= {
        ("decision_to_leave", "Pacific Forum", "decision"),
        ("decision_to_join", "Orlen Pact", "decision")}, found
    doc = nlp("The bid by Orvane to buy Tarrow Bank failed.")
    assert ("Orvane", "bid_to_buy", "Tarrow Bank") in spo(doc)
    doc = nlp("Vellia's call to end the war with Kestria was ignored.")
    assert not {f for f in spo(doc) if f[0] == "Vellia"}, spo(doc)
    # the subject of a verb that carries the intention out, not of one that rejects it
    doc = nlp("The Vellian army launched an offensive to retake Kestford from the rebels.")
    assert ("Vellian army", "offensive_to_retake", "Kestford") in spo(doc), spo(doc)
    doc = nlp("Kestria rejected the plan to buy Orlen Bank.")
    assert not {f for f in spo(doc) if "buy" in f[1]}, spo(doc)
    doc = nlp("Kestria has no plans to leave the Pacific Forum.")
    (left,) = [t for t in triples(doc) if t.predicate == "plan_to_leave"]
    assert left.negated and left.subject.text == "Kestria"
    # the mood of the clause the noun is in: a denied decision is no decision
    doc = nlp("Vellia denied that it had made a decision to leave the Forum.")
    (left,) = [t for t in triples(doc) if t.predicate == "decision_to_leave"]
    assert "denied" in left.modality.split(), left.modality


UNDER_FIRE = parse("""
Dan       Dan       PROPN NNP compound  1 B-PERSON
Kerr      Kerr      PROPN NNP nsubj     2 I-PERSON
came      come      VERB  VBD ROOT      2
under     under     ADP   IN  prep      2
fire      fire      NOUN  NN  pobj      3
from      from      ADP   IN  prep      2
the       the       DET   DT  det       8 B-ORG
Orlen     Orlen     PROPN NNP compound  8 I-ORG
Party     Party     PROPN NNP pobj      5 I-ORG
.         .         PUNCT .   punct     2
""")

UNDER_ATTACK = parse("""
Vellian   Vellian   ADJ   JJ  amod      1 B-NORP
troops    troop     NOUN  NNS nsubj     2
came      come      VERB  VBD ROOT      2
under     under     ADP   IN  prep      2
attack    attack    NOUN  NN  pobj      3
by        by        ADP   IN  prep      4
Kestria   Kestria   PROPN NNP pobj      5 B-GPE
.         .         PUNCT .   punct     2
""")

UNDER_PRESSURE = parse("""
The       the       DET   DT  det       1
bank      bank      NOUN  NN  nsubj     2
came      come      VERB  VBD ROOT      2
under     under     ADP   IN  prep      2
pressure  pressure  NOUN  NN  pobj      3
.         .         PUNCT .   punct     2
""")


def test_a_state_someone_puts_the_subject_under_is_one_relation_with_them():
    """ "came under fire from the Orlen Party", "came under attack by Kestria": the state and who
    puts the subject in it are one relation (it was come_under / fire and come_from / Orlen
    Party), with the partner's preposition on the verb or on the noun; without a partner the
    clause stays as written."""
    assert spo(UNDER_FIRE) == {("Dan Kerr", "come_under_fire_from", "Orlen Party")}
    assert spo(UNDER_ATTACK) == {("Vellian troops", "come_under_attack_by", "Kestria")}
    assert spo(UNDER_PRESSURE) == {("bank", "come_under", "pressure")}


LISTED_REPRESENTING = parse("""
attended  attend    VERB  VBN ROOT      0
by        by        ADP   IN  agent     0
Tom       Tom       PROPN NNP compound  3 B-PERSON
Orr       Orr       PROPN NNP pobj      1 I-PERSON
,         ,         PUNCT ,   punct     3
Ana       Ana       PROPN NNP compound  6 B-PERSON
Vell      Vell      PROPN NNP appos     3 I-PERSON
representing represent VERB VBG acl    6
the       the       DET   DT  det       10 B-ORG
Vell      Vell      PROPN NNP compound  10 I-ORG
Party     Party     PROPN NNP dobj      7 I-ORG
.         .         PUNCT .   punct     0
""")


def test_a_participle_after_a_listed_name_is_that_names():
    """ "attended by Tom Orr, Ana Vell representing the Vell Party": the parser hangs Ana Vell on
    Tom Orr as an apposition, but she represents the party, not he (a description in apposition,
    "Tom Orr, a doctor working at X", still gives the work to Tom Orr)."""
    got = spo(LISTED_REPRESENTING)
    assert ("Ana Vell", "represent", "Vell Party") in got, got
    assert not any(s == "Tom Orr" and p == "represent" for s, p, _ in got), got


BESIDES_ORR = parse("""
In        in        ADP   IN  ROOT      0
addition  addition  NOUN  NN  pobj      0
to        to        ADP   IN  prep      1
Orr       Orr       PROPN NNP pobj      2 B-PERSON
,         ,         PUNCT ,   punct     3
Vellco    Vellco    PROPN NNP poss      8 B-ORG
's        's        PART  POS case      5
Ana       Ana       PROPN NNP compound  8 B-PERSON
Vell      Vell      PROPN NNP nsubj     12 I-PERSON
and       and       CCONJ CC  cc        8
Ben       Ben       PROPN NNP compound  11 B-PERSON
Tarr      Tarr      PROPN NNP conj      8 I-PERSON
attended  attend    VERB  VBD relcl     3
.         .         PUNCT .   punct     0
""")


def test_a_clause_after_a_comma_without_a_relative_word_has_no_object_gap():
    """The model's parse of "In addition to Orr, Vellco's Ana Vell and Ben Tarr attended": the
    clause hangs on "Orr" as a relative clause with no relative word. A relative clause with
    none ("the meeting Vell attended") follows its noun directly, never after a comma, so the
    reporters attended nothing: Orr was not what they attended."""
    assert not any(o == "Orr" for _, _, o in spo(BESIDES_ORR)), spo(BESIDES_ORR)
