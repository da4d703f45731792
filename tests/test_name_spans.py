"""Names as a reader writes them down, on outlets' styles no rule was written from: a name cut
at "for", a firm named twice about "and", a title or a date run into a name, a parent and its
unit in one article, the fullest name of an organisation, glued initials and surname particles.

Every text is written for these tests; the end-to-end ones run the real model.
"""

from __future__ import annotations

from newsgraph.documents import clean_text
from newsgraph.names import legal_form, person_parts, strip_titles
from newsgraph.resolve import resolve
from tests.extracted import built_names, extract_rows
from tests.test_resolve import Mentions, entity_of


def _facts(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in rows}


# -- entity spans, through the real model ----------------------------------------------------

def test_a_centre_named_for_its_topics_is_one_name(tmp_path) -> None:
    rows = extract_rows(tmp_path, "The Zorvan Centre for Maritime Studies and Research hosted the "
                                  "meeting with Pell.", sentences=True)
    subjects = {r["subject"] for r in rows}
    assert subjects == {"Zorvan Centre for Maritime Studies and Research"}


def test_a_body_named_after_its_organisation_is_the_body(tmp_path) -> None:
    """The model tags "UN" alone: the council's president was the United Nations'."""
    rows = extract_rows(tmp_path, "The letter went to Ben Kerr, President of the UN Security Council, and "
                                  "Csaba Vell, President of the UN General Assembly.\n"
                                  "Orlen wrote to the UN Security Council on Friday.\n", sentences=True)
    facts = _facts(rows)
    assert ("Ben Kerr", "president_of", "UN Security Council") in facts, facts
    assert ("Csaba Vell", "president_of", "UN General Assembly") in facts, facts
    assert not any(o == "UN" for _, _, o in facts), facts


def test_a_name_the_model_cut_at_a_hyphen_is_whole(tmp_path) -> None:
    """The model reads the "in" of "Su-in" as a word of its own and tags "Pak Su-"."""
    rows = extract_rows(tmp_path, "Vellian President Pak Su-in met Tom Orr in Kestford.\n"
                                  "Tom Orr praised Pak Su-in on Friday.\n", sentences=True)
    facts = _facts(rows)
    assert ("Pak Su-in", "meet", "Tom Orr") in facts, facts
    assert ("Tom Orr", "praise", "Pak Su-in") in facts, facts


def test_a_hyphenated_name_before_its_native_spelling_is_whole(tmp_path) -> None:
    """The parser reads the "an" of "Wan-an" as an article when the name's own script follows
    in brackets; the name kept "Lim Wan"."""
    rows = extract_rows(tmp_path, "Mayor Lim Wan-an (林萬安) met Tom Orr in Vellia on Monday.\n", sentences=True)
    assert ("Lim Wan-an", "meet", "Tom Orr") in _facts(rows), _facts(rows)


def test_a_word_that_makes_an_adjective_of_a_name_stays_apart(tmp_path) -> None:
    """Guard: "Dan Kerr-era rules" are rules of his time, no person "Dan Kerr-era"."""
    rows = extract_rows(tmp_path, "Tom Orr scrapped the Dan Kerr-era rules on Monday.\n", sentences=True)
    assert not any("Kerr-era" in r["subject"] or r["object"] == "Dan Kerr-era" for r in rows), rows


def test_a_firm_named_twice_about_and_is_one_company(tmp_path) -> None:
    rows = extract_rows(tmp_path, "Advanced Voice signed an agreement with Reynolds and Reynolds Co "
                                  "on Monday.", sentences=True)
    assert ("Advanced Voice", "sign_agreement_with", "Reynolds and Reynolds Co") in _facts(rows)
    assert not any(r["object"] == "Reynolds Co" for r in rows)


def test_two_teams_that_share_a_word_stay_two(tmp_path) -> None:
    rows = extract_rows(tmp_path, "The Sun Devils defeated Oregon and Oregon State last week.",
                        sentences=True)
    objects = {r["object"] for r in rows if r["predicate"] == "defeat"}
    assert objects == {"Oregon", "Oregon State"}


def test_a_title_run_into_a_team_stays_with_the_person(tmp_path) -> None:
    rows = extract_rows(tmp_path, "Walker met with Huskies Coach Tyrone Willingham this week.",
                        sentences=True)
    assert ("Tyrone Willingham", "coach_of", "Huskies") in _facts(rows)
    assert not any("Coach" in r["object"] for r in rows)


def test_a_date_run_into_a_name_is_not_the_name(tmp_path) -> None:
    rows = extract_rows(tmp_path, "Last Friday Reagan, answering questions after a speech, said "
                                  "Nakasone had endangered his standing.", sentences=True)
    assert {r["subject"] for r in rows if r["predicate"] in ("say", "answer")} == {"Reagan"}


def test_a_level_of_office_is_part_of_the_title(tmp_path) -> None:
    rows = extract_rows(tmp_path, "State secretary Ramu Nair presented the report.\n"
                                  "The RSP state secretary, Ramu Nair, met Vell.", sentences=True)
    facts = _facts(rows)
    assert ("Ramu Nair", "state_secretary_of", "RSP") in facts
    assert not any(r["object"] == "State" for r in rows)


# -- resolution -----------------------------------------------------------------------------

def test_the_fullest_name_of_an_organisation_names_it() -> None:
    m = Mentions()
    full = m.add("d1", "European Commission", "ORG")
    short = [m.add("d1", "Commission", "ORG") for _ in range(5)]
    res = resolve(m.rows, [])
    assert entity_of(res, short[0]).name == "European Commission"
    assert entity_of(res, full).id == entity_of(res, short[-1]).id


def test_a_longer_name_written_later_does_not_rename_the_organisation() -> None:
    m = Mentions()
    short = [m.add("d1", "Zentrova", "ORG") for _ in range(4)]
    later = m.add("d1", "Zentrova TV", "ORG")
    res = resolve(m.rows, [])
    assert entity_of(res, short[0]).name == "Zentrova"
    assert entity_of(res, later).name in ("Zentrova", "Zentrova TV")


def test_a_parent_and_its_unit_with_another_legal_form_stay_apart() -> None:
    m = Mentions()
    unit = m.add("d1", "Halvora-Brenz Corp", "ORG")
    parent = m.add("d1", "Halvora-Brenz AG", "ORG")
    again = m.add("d1", "Halvora-Brenz Corporation", "ORG")
    elsewhere = [m.add("d2", "Halvora-Brenz AG", "ORG"), m.add("d2", "Halvora-Brenz", "ORG")]
    res = resolve(m.rows, [])
    assert entity_of(res, unit).id != entity_of(res, parent).id
    assert entity_of(res, unit).id == entity_of(res, again).id  # "Corp" and "Corporation": one form
    assert entity_of(res, elsewhere[0]).id == entity_of(res, elsewhere[1]).id  # one form, one company


def test_legal_forms_are_spelt_one_way() -> None:
    assert legal_form("Vell Corporation") == legal_form("Vell Corp.") == "corp"
    assert legal_form("Vell AG") == "ag"
    assert legal_form("Vell") == ""


def test_glued_initials_and_surname_particles_keep_the_surname() -> None:
    assert person_parts("K.Pankanath").last == "pankanath"
    assert person_parts("K.Pankanath").first == "k"
    assert person_parts("de Vaersmaeker").last == "de vaersmaeker"
    assert strip_titles("de facto leader Ali Omar") == "Ali Omar"


def test_a_surname_with_its_particle_or_initial_joins_the_full_name() -> None:
    m = Mentions()
    paul = m.add("d1", "Paul de Vaersmaeker", "PERSON")
    short = m.add("d1", "de Vaersmaeker", "PERSON")
    glued = m.add("d2", "K.Pankanath", "PERSON")
    bare = m.add("d2", "Pankanath", "PERSON")
    res = resolve(m.rows, [])
    assert entity_of(res, short).id == entity_of(res, paul).id
    assert entity_of(res, bare).id == entity_of(res, glued).id
    assert entity_of(res, bare).name == "K.Pankanath"


# -- boilerplate ----------------------------------------------------------------------------

def test_a_press_release_trademark_notice_is_not_news() -> None:
    text = ("Halvard Co said it would buy Vell Inc for $2 billion on Monday.\n\n"
            "Halvard, the Halvard logo, and other Halvard marks are registered in the United States "
            "and other countries.\n\n"
            "Zeno is a registered trademark of Zeno Inc. All other trademarks are the property of "
            "their respective owners.\n\n"
            "The trademark dispute between Vell and Halvard went to court.")
    cleaned = clean_text(text)
    assert "marks are registered" not in cleaned and "Zeno" not in cleaned
    assert "Halvard Co said it would buy Vell Inc" in cleaned
    assert "The trademark dispute between Vell and Halvard went to court." in cleaned


def test_a_page_on_one_line_loses_only_its_notice() -> None:
    """A page laid out in a table comes out as one line: a notice in it goes, the article stays."""
    story = ("Halvard Co showed the Zed One remote at the fair on Monday. "
             "\"It is the best we have made,\" said Ana Bel, its chief executive. ") * 10
    line = story + "Halvard and the Halvard logo are registered trademarks of Halvard Co. " + story
    cleaned = clean_text(line)
    assert "registered trademarks" not in cleaned
    assert cleaned.count("Halvard Co showed the Zed One remote") == 20
    assert cleaned.count("said Ana Bel") == 20


def test_colon_and_press_wire_datelines_are_cut() -> None:
    """A dateline before a colon or a press wire's name would be the subject of the lead."""
    for lead, kept in [
        ("STORRS, Conn.: Ana Bel scored 25 points as Halvard beat Vell.", "Ana Bel scored 25 points"),
        ("NEW DELHI: The ministry raised fuel prices on Monday.", "The ministry raised fuel prices"),
        ("AP: Is it true that you will sign with Vell next year?", "Is it true that you will sign"),
        ("LAS VEGAS--(BUSINESS WIRE)--Halvard showed a remote.", "Halvard showed a remote."),
        ("NEW YORK, Jan. 5 /PRNewswire/ -- Halvard Inc said it would buy Vell.", "Halvard Inc said it"),
    ]:
        assert clean_text(lead).startswith(kept), lead
    for line in ("Note: The figures were revised on Monday by the office.",
                 "Halvard said in a statement sent by Business Wire that it would buy Vell."):
        assert clean_text(line) == line


def test_a_wire_dateline_with_a_hyphen_is_not_the_subject(tmp_path) -> None:
    body = "\n\nSecond paragraph of the story, long enough to be a paragraph of news."
    for lead, kept in [
        ("ORVILLE CITY, Orville Strip, (AP) - Zarvan tanks raided the strip on Tuesday.",
         "Zarvan tanks raided the strip on Tuesday."),
        ("BRENTWOOD - Aspen trees are dying fast, foresters said Monday.",
         "Aspen trees are dying fast, foresters said Monday."),
        ("NATO - The alliance - met on Monday.", "NATO - The alliance - met on Monday."),
    ]:
        assert clean_text("Headline of the story\n\n" + lead + body).split("\n\n")[1] == kept
    rows = extract_rows(tmp_path, "BRENTWOOD - Halvard Corp sued Vell Inc on Monday.", sentences=False)
    assert {r["subject"] for r in rows} == {"Halvard Corp"}


# -- a name its acronym spells; an institution is no person (all through the real model) -----

def test_a_name_its_bracketed_acronym_spells_is_one_actor(tmp_path) -> None:
    """The small model tags "Harbour Agency" alone in "the Coastal and Harbour Agency (CHA)":
    the acronym says where the name begins and ends, and names the same actor after."""
    rows = extract_rows(tmp_path, "Ivo Dancek, a spokesman for the Coastal and Harbour Agency (CHA), "
                                  "said the climbers were safe. The CHA sent two teams.", sentences=False)
    assert {("Ivo Dancek", "spokesman_of", "Coastal and Harbour Agency"),
            ("Coastal and Harbour Agency", "send", "two teams")} <= _facts(rows)


def test_a_possessive_name_its_acronym_spells_keeps_its_possessor(tmp_path) -> None:
    rows = extract_rows(tmp_path, "A service for former Ostland People's Party (OPP) chairperson "
                                  "Mira Keshet was held on Sunday.", sentences=True)
    assert ("Mira Keshet", "chairperson_of", "Ostland People's Party") in _facts(rows)


def test_an_institution_is_not_a_person_by_its_first_word(tmp_path) -> None:
    """Faker's English first names hold "Major", "Press", "French", "Golden": a league, an
    agency and a tournament keep their type and their whole name."""
    rows = extract_rows(tmp_path, "Lena Vasko worked for Major League Baseball for ten years. The "
                                  "Press Association reported that Vasko had never won the French "
                                  "Open.", sentences=False)
    types = {r[side]: r[f"{side}_type"] for r in rows for side in ("subject", "object")}
    assert types["Major League Baseball"] == "ORG" and types["Press Association"] == "ORG"
    assert "League Baseball" not in types and "Open" not in types
    assert ("Lena Vasko", "win", "French Open") in _facts(rows)


# -- company names a possessive, a list of partners or a verb's number tells (issue 13) ------

def test_a_company_whose_name_ends_in_s_keeps_it(tmp_path) -> None:
    rows = extract_rows(tmp_path, "Domino's CEO Ada Vell said the chain needed more drivers.", sentences=True)
    assert ("Ada Vell", "ceo_of", "Domino's") in _facts(rows)
    assert all(r["object"] != "Domino" for r in rows)


def test_partners_listed_before_and_co_are_one_firm(tmp_path) -> None:
    rows = extract_rows(tmp_path, "Halden had been in talks with its adviser, Morvan, Read and Co since "
                                  "late December.", sentences=True)
    assert "Morvan, Read and Co" in {r["subject"] for r in rows} | {r["object"] for r in rows}
    assert all("Morvan" != r["subject"] and "Morvan" != r["object"] for r in rows)


def test_two_names_with_a_verb_in_the_singular_are_one_firm_and_in_the_plural_two(tmp_path) -> None:
    one = extract_rows(tmp_path, "Harlow and Crane has cut prices at its stores.", sentences=True)
    two = extract_rows(tmp_path, "Harlow and Crane have cut prices at their stores.", sentences=True)
    assert {r["subject"] for r in one} == {"Harlow and Crane"}
    assert "Crane" in {r["subject"] for r in two}


def test_a_people_run_into_a_persons_name_is_cut_off(tmp_path) -> None:
    rows = extract_rows(tmp_path, "The rebels threatened Canadians Ada Vell, 41, and Tom Pell, 32. Vell "
                                  "had worked among farmers in Kestria.", sentences=False)
    names = {r["subject"] for r in rows} | {r["object"] for r in rows}
    assert "Ada Vell" in names and not any("Canadians" in n for n in names)


def test_a_social_media_handle_does_not_name_the_actor() -> None:
    m = Mentions()
    m.add("d1", "@NVC", "ORG")
    m.add("d1", "NVC", "ORG")
    rid = m.add("d1", "NVC", "ORG")
    assert entity_of(resolve(m.rows, []), rid).name == "NVC"


def test_a_phrase_ending_in_such_a_company_keeps_its_s() -> None:
    from newsgraph.names import display_form
    assert display_form("the pizza chain Domino's") == "pizza chain Domino's"
    assert display_form("Kestria's") == "Kestria"


def test_an_affiliate_named_after_its_parent_and_a_place_is_its_own_actor(tmp_path) -> None:
    """ "Al-Qaida in Iraq claimed the attack": the affiliate, not al-Qaeda (and not Iraq)."""
    rows = extract_rows(tmp_path, "Al-Qaida in Iraq claimed the attack on Monday.\n", sentences=True)
    assert {r["subject"] for r in rows if r["predicate"] == "claim"} == {"al-Qaeda in Iraq"}, rows


def test_a_bare_first_word_beside_a_glued_name_is_no_units_short_form(tmp_path) -> None:
    """ "Orvane" beside "OrvaneTek" and its unit "Orvane Petroleum" may be either company: it
    joins neither (the parent's acts are no unit's)."""
    names = built_names(tmp_path, "OrvaneTek is drilling in the Orlen Sea with Kestgas, and its Russian unit "
                                  "Orvane Petroleum runs the Tarrow field.\n\nOrvane said on Monday that it "
                                  "would halt the drilling. Orvane shares fell 2 percent, and Orvane said it "
                                  "expected no loss from the halt.\n")
    assert "Orvane" not in names.get("Orvane Petroleum", set()), names
    assert "Orvane Petroleum" in names, names


def test_a_figure_before_a_one_word_name_is_part_of_it(tmp_path) -> None:
    """ "the editor of 19 Vellmont": the blog, not the town "Vellmont"; "3 Vellco guards"
    stays counted guards."""
    rows = extract_rows(tmp_path, "Ana Vell, the editor of 19 Vellmont, a blog, said the vote failed.\n",
                        sentences=True)
    assert ("Ana Vell", "editor_of", "19 Vellmont") in _facts(rows), rows


def test_a_persons_name_cut_before_its_last_word_is_whole(tmp_path) -> None:
    """ "Mali President Amadou Toumani Toure opened": the model tags "Amadou Toumani" (and
    "Mali" as a person); the subject is the whole name and the office is Mali's."""
    rows = extract_rows(tmp_path, "Mali President Amadou Toumani Toure opened the summit on Saturday.\n"
                                  "President Laurent Gbagbo met the rebels.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Amadou Toumani Toure", "open", "summit") in facts, facts
    assert ("Amadou Toumani Toure", "president_of", "Mali") in facts, facts
    assert not [f for f in facts if "Mali President" in f], facts  # a title ends no name


def test_a_cricket_role_before_a_name_is_no_part_of_it(tmp_path) -> None:
    """ "Allrounder Andrew Flintoff hit seven boundaries": the role is no part of his name."""
    rows = extract_rows(tmp_path, "Allrounder Andrew Flintoff hit seven boundaries.\n", sentences=True)
    assert {r["subject"] for r in rows if r["predicate"] == "hit"} == {"Andrew Flintoff"}, rows


def test_an_adverb_the_model_ran_into_a_persons_name_is_no_part_of_it(nlp) -> None:
    """ "voted for Tarn more in Vell": were "Tarn more" tagged a person, the name is "Tarn"."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import clean_entity

    doc = nlp("Latino voters voted for Tarn more in Vell than in other states.")
    start = next(t.i for t in doc if t.text == "Tarn")
    assert clean_entity(Span(doc, start, start + 2, label="PERSON")).text == "Tarn"
    assert clean_entity(Span(doc, start, start + 1, label="PERSON")).text == "Tarn"


def test_a_plural_common_noun_typed_a_person_names_no_one(nlp) -> None:
    """ "Photographs taken that day showed ...": were "Photographs" typed a person, it is none."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Photographs taken that day showed the mayor with Ada Lisk in Vell.")
    assert doc[0].tag_ == "NNS"
    doc.ents = [Span(doc, 0, 1, label="PERSON"), *[e for e in doc.ents if e.start > 0]]
    fix_entities(doc)
    assert "Photographs" not in {e.text for e in doc.ents}
    assert "Ada Lisk" in {e.text for e in doc.ents}


def test_a_plural_common_noun_opening_a_sentence_is_no_organisation(nlp) -> None:
    """ "Attendees included Orvane Super members": were "Attendees" typed ORG, it names no
    organisation; "Orvane Super" still does, and so does a plural name within the sentence."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Attendees included Orvane Super members from the Vell Rangers.")
    assert doc[0].tag_ == "NNS"
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="ORG"), Span(doc, 7, 9, label="ORG")]
    fix_entities(doc)
    names = {e.text for e in doc.ents}
    assert "Attendees" not in names and {"Orvane Super", "Vell Rangers"} <= names, names


def test_a_sentences_first_word_run_into_a_name_written_elsewhere_is_cut(nlp) -> None:
    """ "Will Brett Tarrow be confirmed ..." without its question mark: were "Will Brett Tarrow"
    tagged one person, the article writing "Brett Tarrow" elsewhere makes him Brett Tarrow."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Will Brett Tarrow be confirmed by the Senate this week. Senators questioned Brett Tarrow.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), *[e for e in doc.ents if e.start > 2]]
    fix_entities(doc)
    assert "Brett Tarrow" in {e.text for e in doc.ents if e.start < 3}
    alone = nlp("Will Brett Tarrow be confirmed by the Senate this week.")
    alone.ents = [Span(alone, 0, 3, label="PERSON")]
    fix_entities(alone)
    assert "Will Brett Tarrow" in {e.text for e in alone.ents}  # nothing says "Will" is not his
    full = nlp("Patrick J. Tarrow wrote the book. Critics praised Patrick J. Tarrow.")
    full.ents = [Span(full, 0, 3, label="PERSON")]
    fix_entities(full)
    assert "Patrick J. Tarrow" in {e.text for e in full.ents}  # "J. Tarrow" only inside his full name


def test_an_adverb_run_into_a_two_word_name_is_cut(nlp) -> None:
    """ "First Tarrow opened the bridge" (no comma after "First"): the person is Tarrow;
    a first name that opens a two-word name stays ("Brett Tarrow")."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("First Tarrow opened the bridge. Critics mocked Tarrow.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), *[e for e in doc.ents if e.start > 1]]
    fix_entities(doc)
    assert "Tarrow" in {e.text for e in doc.ents if e.start < 2}
    named = nlp("Brett Tarrow opened the bridge. Critics mocked Tarrow.")
    named.ents = [Span(named, 0, 2, label="PERSON"), *[e for e in named.ents if e.start > 1]]
    fix_entities(named)
    assert "Brett Tarrow" in {e.text for e in named.ents}


def test_a_name_after_a_hyphenated_prefix_is_another_thing(nlp) -> None:
    """ "many ex-Muslims left": were "Muslims" tagged alone, the group is the ex-Muslims; in "a
    pro-Tarn militia attacked" Tarn only qualifies the militia: no mention of Tarn."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Many ex-Muslims have left the Brezna Church, and a pro-Tarn militia attacked Orlen.")
    muslims = next(t.i for t in doc if t.text == "Muslims")
    tarn = next(t.i for t in doc if t.text == "Tarn")
    doc.ents = [Span(doc, muslims, muslims + 1, label="NORP"), Span(doc, tarn, tarn + 1, label="PERSON")]
    fix_entities(doc)
    names = {e.text for e in doc.ents}
    assert "ex-Muslims" in names and "Muslims" not in names and "Tarn" not in names, names


def test_will_opening_a_question_is_no_first_name_whatever_the_tagger_said(nlp) -> None:
    """ "Will Brett Tarrow be confirmed to the Court?": the tagger may call "Will" a proper noun."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Will Brett Tarrow be confirmed to the Court?")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    doc[0].pos_, doc[0].tag_ = "PROPN", "NNP"
    fix_entities(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Brett Tarrow"]


def test_a_body_named_for_its_purpose_is_one_name_and_no_other_foundation(tmp_path) -> None:
    """ "The Foundation for Brezna Veterans received money from the Tom Vell Foundation": the
    model's "Foundation", cut before "for", is the veterans' foundation, never the Tom Vell
    Foundation the article also names."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Veterans group\n\nThe Foundation for Brezna Veterans received $10,000 from "
                                  "the Tom Vell Foundation in 2016. The Foundation said the money went to "
                                  "veterans in Vell.\n")
    assert "Foundation for Brezna Veterans" in names, names
    assert "Foundation" not in names.get("Tom Vell Foundation", set()), names


def test_one_unnamed_member_of_a_party_or_people_is_no_actor(tmp_path) -> None:
    """"filled by a Democrat", "An American was hurt": a person, not the Democrats or a
    country; "Democrats attacked the plan" stays the group."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "A new seat\n\nThe seat will be filled by a Democrat chosen by the council. "
                        "Democrats attacked the plan on Monday. An American was hurt in Kestford.\n",
                        sentences=False)
    types = {(r["subject_text"], r["predicate"]): r["subject_type"] for r in rows}
    assert types.get(("Democrat", "fill")) == "CONCEPT", types
    assert types.get(("American", "be_hurt_in")) == "CONCEPT", types
    assert types.get(("Democrats", "attack")) == "NORP", types  # the group stays


def test_common_words_the_model_ran_into_a_persons_name_are_cut(nlp) -> None:
    """ "Left-arm spinner Dawar Kell took three wickets": were the whole run tagged a person,
    the person is Dawar Kell; a particle ("Abu Bakr al-Tarrow") stays in a name."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import fix_entities

    doc = nlp("Left-arm spinner Dawar Kell took three wickets and police inspector Tarn met Abu Bakr al-Tarrow.")
    start = [t.text for t in doc].index("Abu")
    doc.ents = [Span(doc, 0, 6, label="PERSON"), Span(doc, 10, 13, label="PERSON"),
                Span(doc, start, len(doc) - 1, label="PERSON")]
    fix_entities(doc)
    names = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert names == {"Dawar Kell", "Tarn", "Abu Bakr al-Tarrow"}, names
    body = nlp("The rebel group Vell Front claimed the attack.")
    body.ents = [Span(body, 1, 5, label="ORG")]
    fix_entities(body)
    assert [(e.text, e.label_) for e in body.ents] == [("Vell Front", "ORG")]


def test_the_head_word_of_a_body_named_in_full_is_that_body(tmp_path) -> None:
    """ "The Vellian Observatory for Human Rights ... the Orlen-based Observatory said ... the
    Observatory": one organisation, named in full; the place it is based in is no word of it."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The Vellian Observatory for Human Rights said 12 civilians died in "
                                  "Tessaly on Monday. The Orlen-based Observatory said warplanes struck "
                                  "the town. Rami Tarrow, director of the Observatory, said the toll "
                                  "would rise.")
    assert "Observatory" in names.get("Vellian Observatory for Human Rights", set()), names
    assert not any("based" in n for n in names), names


def test_a_small_country_the_model_types_a_person_is_a_country_apart_from_its_companies(tmp_path) -> None:
    """ "Tuvalu" is a country (``countries`` of data/coref.yaml) whatever the model types it,
    and no company named after it ("Kestrel Mobile Tuvalu") takes its facts."""
    from newsgraph.build import build
    from newsgraph.store import Store

    article = tmp_path / "article.txt"
    article.write_text("Netball\n\nTuvalu is hosting the netball games against Malta this week. The "
                       "Marshall Islands opened an office in Fiji. Kestrel Mobile Tuvalu sold new phones.",
                       encoding="utf-8")
    build([str(article)], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        types = {e.name: e.type for e in store.iter_entities()}
    assert types.get("Tuvalu") == "GPE", types
    assert types.get("Marshall Islands") == "GPE", types


def test_an_acronym_the_article_states_for_another_body_is_that_body_there(tmp_path) -> None:
    """ "Ardenian Federal Police (AFP)": in that article "AFP" is the police force, not the news
    agency the alias tables know by those letters; Agence France-Presse stays itself."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The Ardenian Federal Police (AFP) trained 40 officers of the Orlen "
                                  "police. The AFP later trained recruits in Kestford, AFP "
                                  "commander Dan Tarrow said. Agence France-Presse reported the training.")
    assert "AFP" in names.get("Ardenian Federal Police", set()), names
    assert "AFP" not in names.get("Agence France-Presse", set()), names


def test_an_acronym_of_the_tables_is_the_name_an_article_writes_instead(tmp_path) -> None:
    """An article that writes "Ardenian Federal Police" and then "the AFP" means the police by
    it, though the alias tables know "AFP" as Agence France-Presse, which another article names."""
    from newsgraph.build import build
    from newsgraph.store import Store

    (tmp_path / "police.txt").write_text("Police\n\nThe Ardenian Federal Police trained 40 officers of the Orlen "
                                         "police. The AFP later trained recruits in Kestford.\n",
                                         encoding="utf-8")
    (tmp_path / "wire.txt").write_text("Vote\n\nAgence France-Presse reported the vote. AFP said turnout was "
                                       "high.\n", encoding="utf-8")
    build([str(tmp_path / "police.txt"), str(tmp_path / "wire.txt")], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        names = {e.name: (set(e.aliases), e.documents) for e in store.iter_entities()}
    assert "AFP" in names["Ardenian Federal Police"][0], names
    assert names["Agence France-Presse"][1] == 1, names


def test_an_acronym_stated_for_another_body_holds_where_no_article_spells_the_tables_name(tmp_path) -> None:
    """The alias tables spell "AFP" out as Agence France-Presse, and no article writes that
    name: the police force an article states it for ("Ardenian Federal Police (AFP)") keeps its
    own name there, and a bare "AFP" elsewhere stays the agency."""
    from newsgraph.build import build
    from newsgraph.store import Store

    (tmp_path / "police.txt").write_text("Police\n\nThe Ardenian Federal Police (AFP) has trained officers "
                                         "for years. The AFP's move to donate 60 rifles drew criticism.\n",
                                         encoding="utf-8")
    (tmp_path / "wire.txt").write_text("Vote\n\nReporters of AFP said turnout was high in Kestford.\n",
                                       encoding="utf-8")
    build([str(tmp_path / "police.txt"), str(tmp_path / "wire.txt")], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        names = {e.name: (set(e.aliases), e.documents) for e in store.iter_entities()}
    assert "AFP" in names["Ardenian Federal Police"][0], names
    assert names["Ardenian Federal Police"][1] == 1, names
    assert "Ardenian Federal Police" not in names.get("Agence France-Presse", (set(), 0))[0], names


def test_a_secretary_generals_short_title_is_a_title(tmp_path) -> None:
    from tests.extracted import built_names

    names = built_names(tmp_path, "Secretary General Dan Orrin opened the branch. SG Orrin said the "
                                  "branch would open soon. DPM Ana Vell said loans would rise.")
    assert "Orrin" in names.get("Dan Orrin", set()) and "SG Orrin" not in names, names
    assert "DPM Ana Vell" not in names and "Ana Vell" in names, names


def test_a_name_with_a_word_glued_on_never_names_the_person(tmp_path) -> None:
    """ "... the agreement with ChinaDario Vell said no": the glued form is no full name of
    his, however it resolves; the person is named as the article writes him elsewhere."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "Orlen pressed the prime minister to ditch the agreement with "
                                  "ChinaDario Vell said no. Mr Vell spoke to reporters on Monday. "
                                  "Mr Vell later met the envoy of Orlen.")
    assert "ChinaDario Vell" not in names, names
    assert "ChinaDario Vell" in names.get("Vell", set()), names


def test_a_place_phrase_the_model_ran_into_a_ships_name_is_no_part_of_it(nlp) -> None:
    """ "KNS Orlen to" + "Tuvalu" (the model's two entities) is no body "KNS Orlen to
    Tuvalu": the ship is "KNS Orlen", the country another name."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import clean_entity, fix_entities

    doc = nlp("Ardenia has sent the supply ship KNS Orlen to Tuvalu after the storm.")
    words = [t.text for t in doc]
    ship, place = words.index("KNS"), words.index("Tuvalu")
    doc.ents = [Span(doc, ship, place, label="ORG"), Span(doc, place, place + 1, label="PERSON")]
    fix_entities(doc)
    ents = {(clean_entity(e).text, e.label_) for e in doc.ents}
    assert {("KNS Orlen", "ORG"), ("Tuvalu", "GPE")} <= ents, ents


def _tagged_then(nlp, step, text: str, first: str, words: int, label: str) -> list[str]:
    """The entities of ``text`` after ``step``, when the model tagged ``words`` words from the
    word ``first`` as one ``label`` name."""
    from spacy.tokens import Span

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    doc.ents = [Span(doc, start, start + words, label=label)]
    step(doc)
    return [e.text for e in doc.ents]


def test_a_persons_name_run_into_its_clause_ends_before_the_verb(nlp):
    """The model once tagged "Professor Ferguson stepped down from his role on Sage" one
    person, and resolution then named the advisory body after that clause. Guard: a name
    with a capitalised verb-like word stays whole."""
    from newsgraph.extract.mentions import cut_at_verbs

    text = "Professor Tom Orr stepped down from his role on the board."
    assert _tagged_then(nlp, cut_at_verbs, text, "Professor", 11, "PERSON") == ["Professor Tom Orr"]
    band = "The Rolling Stones played in Kestford."
    assert _tagged_then(nlp, cut_at_verbs, band, "Rolling", 2, "PERSON") == ["Rolling Stones"]


def test_a_clause_tagged_as_a_title_is_no_name(nlp):
    """The model tagged "Kerrmo implored Vell party" a work's title: the speaker became an
    entity of that name, the party leader its leader. A title of a work with no subject of
    its own verb stays ("The Man Who Knew" is capitalised)."""
    from newsgraph.extract.mentions import cut_at_verbs

    text = "In a separate story, Kerrmo implored Vell party leader Tom Orr to drop his bid."
    assert _tagged_then(nlp, cut_at_verbs, text, "Kerrmo", 4, "WORK_OF_ART") == []


def test_a_name_run_into_the_small_word_after_it_ends_before_it(nlp):
    """"a professor of Economics at Kestford University": the model tags "Economics at"; no
    name ends in a preposition, a conjunction or an article in small letters; a name with
    "of" inside stays whole."""
    from newsgraph.extract.mentions import cut_trailing_function_words

    text = "She is a professor of Economics at Kestford University."
    assert _tagged_then(nlp, cut_trailing_function_words, text, "Economics", 2, "ORG") == ["Economics"]
    whole = "Orr works for Bank of Tarrow now."
    assert _tagged_then(nlp, cut_trailing_function_words, whole, "Bank", 3, "ORG") == ["Bank of Tarrow"]


def test_a_place_before_a_currency_is_no_actor(tmp_path) -> None:
    """"its 239 mln Canadian dlr acquisition of Kestria Financial Corp": no acquisition by
    Canada; "the Kestrian dollar rose" is no act of Kestria (``amount_words`` after the name)."""
    rows = extract_rows(tmp_path, "Last year, Orlen Trust moved into Asia with its 239 mln Canadian dlr acquisition "
                                  "of Kestria Chemical Co's Kestria Financial Services Corp, which included "
                                  "asset management and private banking companies.\n"
                                  "The U.S. dollar rose against the Japanese yen on Monday.\n", sentences=True)
    facts = _facts(rows)
    assert not any(s in ("Canada", "Canadian", "United States", "Japan") for s, _, _ in facts), facts
    assert not any(o in ("Canada", "United States", "Japan") for _, _, o in facts), facts


def test_an_acronym_written_as_a_common_noun_is_no_organisation(tmp_path) -> None:
    """"started his own super PAC", "did not invest in the super PAC": no organisation "PAC"
    (``generic_acronyms``), which joined every super PAC of a corpus into one node."""
    rows = extract_rows(tmp_path, "Andy Orr started his own super PAC in 2016.\n"
                                  "Ben Tarr did not invest in the super PAC.\n", sentences=True)
    assert rows and not any("PAC" in (r["subject"], r["object"]) for r in rows), rows
    assert not any(r["object_type"] == "ORG" and "PAC" in r["object"] for r in rows), rows


def test_a_paragraph_glued_to_the_next_starts_a_new_sentence(nlp) -> None:
    """ "... were differentOrvane's chief said ...": the scraper ran two paragraphs together;
    the second starts a sentence of its own, the text as written, and "eBay" stays one word."""
    doc = nlp("The results were differentOrvane's chief executive, Tom Orr, said. Then eBay rose.")
    assert [s.text for s in doc.sents] == [
        "The results were different", "Orvane's chief executive, Tom Orr, said.", "Then eBay rose."]
    assert doc.text == "The results were differentOrvane's chief executive, Tom Orr, said. Then eBay rose."


def test_a_name_after_an_offices_of_phrase_is_the_persons_alone() -> None:
    """ "Governor of the Bank of Vellia Tom Orr" is Tom Orr, "President of Kestria Ana Vell" Ana
    Vell; an office with no name after it keeps its words ("Prince of Wales")."""
    assert strip_titles("Governor of the Bank of Vellia Tom Orr") == "Tom Orr"
    assert strip_titles("President of Kestria Ana Vell") == "Ana Vell"
    assert strip_titles("Chief Commissioner of Customs Dan Kerr") == "Dan Kerr"
    assert strip_titles("Prince of Wales") == "Prince of Wales"


def test_a_persons_name_that_opens_with_a_first_name_takes_no_word_before_it(nlp) -> None:
    """ "Chief Commissioner of Customs Dan Kerr said": the person is Dan Kerr, not "Customs Dan
    Kerr" (whose "Customs" then made the customs office one of his names)."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import clean_entity

    doc = nlp("Chief Commissioner of Customs Dan Kerr said the funds were ready.")
    start = next(t.i for t in doc if t.text == "Dan")
    doc.ents = [Span(doc, start - 1, start, label="ORG"), Span(doc, start, start + 2, label="PERSON")]
    assert clean_entity(doc.ents[1]).text == "Dan Kerr"
    doc = nlp("The lawyer Mohd Akmal Ana Mohd said the case was closed.")
    start = next(t.i for t in doc if t.text == "Ana")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    assert clean_entity(doc.ents[0]).text == "Mohd Akmal Ana Mohd"  # the name words the model cut off


def test_a_verb_opening_a_quotation_is_no_first_name(tmp_path) -> None:
    """ 'Voters scream, "Make Vellano just go away"': no person "Make Vellano" takes the bare
    "Vellano" of the article and the "he" after it."""
    from tests.extracted import built_names

    names = built_names(tmp_path, 'Impeachment clock\n\nVellano met Dan Kerr on Monday. Voters scream, "Make '
                                  'Vellano just go away," the poll found. Vellano said he would stay.\n')
    assert "Vellano" in names and "Make Vellano" not in names, names


def test_a_long_name_the_model_cut_before_its_last_words_is_whole(tmp_path):
    """ "Press Secretary Mohammad Abul Hasan Orvan Majid": the model tags "Mohammad Abul", and
    the words up to the head of the name are its own, so the person is named in full (a
    name of five words, as South Asian outlets write them)."""
    rows = extract_rows(tmp_path, "Press Secretary Mohammad Abul Hasan Orvan Majid was present.\n", sentences=True)
    assert {r["subject"] for r in rows} == {"Mohammad Abul Hasan Orvan Majid"}, rows


def test_a_source_after_according_to_ends_at_its_comma(tmp_path):
    """ "According to Kestria Wire, Immigration director-general Tom Orr said": the model's
    one organisation "Kestria Wire, Immigration" is the source and the department; Tom Orr
    directs no "Kestria Wire, Immigration"."""
    rows = extract_rows(tmp_path, "According to Kestria Wire, Immigration director-general Tom Orr said that to "
                                  "date, there were 14,496 undocumented migrants at the depots.\n", sentences=True)
    assert rows and not any("," in r["object"] and r["object_type"] != "CLAIM" for r in rows), rows


def test_a_body_named_after_a_country_is_no_country_and_person(tmp_path):
    """ "managing director of Kestria News International", "of the Fiji Publishing Company
    Limited": a body's name that opens with a country, not the country and a person "News
    International"; "the Prime Minister of Fiji Manoa Tarrevu" is still split."""
    rows = extract_rows(tmp_path, "Tin Tin Nyo, managing director of Kestria News International, said the law "
                                  "was harsh.\n"
                                  "Former Chief Executive Officer of the Fiji Publishing Company Limited, Dan Kerr, "
                                  "has rejected comments.\n"
                                  "The Prime Minister of Fiji Manoa Tarrevu met Tom Orr.\n", sentences=True)
    objects = {(r["predicate"], r["object"]) for r in rows}
    assert ("managing_director_of", "Kestria News International") in objects, objects
    assert ("chief_executive_officer_of", "Fiji Publishing Company Limited") in objects, objects
    assert ("prime_minister_of", "Fiji") in objects, objects


def test_a_name_cut_in_two_people_is_joined_but_a_body_before_a_name_is_not():
    """The model cuts "Mufti Abdul Karim Orvani" into two people ("Mufti Abdul" + "Karim
    Orvani") whose words all hang on the last: one person. "Shri Vell Kestra Teerth Kshetra"
    + "Dan Rai", a body's five words the model typed a person before a name, stays apart (it
    made a person "Janmabhoomi Teerth Kshetra Champat Rai" in a blind audit)."""
    from newsgraph.extract.mentions import join_name_heads
    from tests.handparse import hand_doc

    cut = hand_doc(["Mufti", "Abdul", "Karim", "Orvani", "spoke"], [3, 3, 3, 4, 4],
                   ["compound", "compound", "compound", "nsubj", "ROOT"],
                   pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
                   ents=["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O"])
    join_name_heads(cut)
    assert [(e.text, e.label_) for e in cut.ents] == [("Mufti Abdul Karim Orvani", "PERSON")]
    body = hand_doc(["Shri", "Vell", "Kestra", "Teerth", "Kshetra", "Dan", "Rai", "spoke"],
                    [6, 6, 6, 6, 6, 6, 7, 7],
                    ["compound"] * 6 + ["nsubj", "ROOT"], pos=["PROPN"] * 7 + ["VERB"],
                    ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O"])
    join_name_heads(body)
    assert [e.text for e in body.ents] == ["Shri Vell Kestra Teerth Kshetra", "Dan Rai"]


def test_a_place_with_a_year_after_it_is_an_event(tmp_path):
    """ "defended his title from Tokyo 2020": the games, not the city, whose node it joined."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Tom Orr successfully defended his title from Tokyo 2020 on Monday. He had "
                                  "lived in Tokyo for years.\n", sentences=False)
    games = [r for r in rows if r["object_text"] == "Tokyo 2020"]
    assert games and all(r["object"] == "Tokyo 2020" and r["object_type"] == "EVENT" for r in games), rows
