"""Phrasings of outlets nothing was tuned on, read with the real model (sentences of our own,
invented names): a type with the phrase that completes it, a portfolio in a title, a firm's
branch before a title, a person's age and home town, a title the tagger read as a verb, a
firm's trade words, a name with a preposition inside, "the government" between two countries,
and a link's label left in wire copy."""

from __future__ import annotations

from tests.extracted import extract_rows


def _rows(tmp_path, text: str, *, sentences: bool = True) -> list[dict]:
    return extract_rows(tmp_path, text, sentences=sentences)


def _facts(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in rows}


def test_a_type_keeps_the_phrase_that_completes_it(tmp_path):
    """ "the main lender within the valley" is not "main lender", nor "remains" a second fact
    of the same words; a longer phrase, a date or a place one comes from stays out."""
    rows = _rows(tmp_path, "Orlen Bank remains the main lender within the valley.\n"
                           "The Orlen Union is a leading voice within the alliance.\n"
                           "Tom Vell, a salesman from Tarrow, spoke.\n")
    facts = _facts(rows)
    assert ("Orlen Bank", "is_a", "main lender within the valley") in facts, facts
    assert not any(p == "remain" for _, p, _ in facts), facts  # the same words, read shorter
    assert ("Orlen Union", "is_a", "leading voice within the alliance") in facts, facts
    assert ("Tom Vell", "is_a", "salesman") in facts, facts


def test_this_years_keeps_its_year(tmp_path):
    rows = _rows(tmp_path, "Tom Vell and Ana Orr are this year's contestants.\n")
    assert ("Tom Vell", "is_a", "this year's contestants") in _facts(rows), rows


def test_a_portfolio_after_for_stays_in_the_title(tmp_path):
    """ "Secretary for Trade" is no secretary OF an organisation called Trade; the country
    that owns the office is its organisation, and with none the whole title is the type."""
    rows = _rows(tmp_path, "Mia Kerr, Vellia's Secretary for Trade, left.\n"
                           "Vellia's Parliamentary Secretary for Fisheries, Tom Orr, spoke.\n"
                           "The Minister for Health, Dan Vell, left.\n")
    facts = _facts(rows)
    assert ("Mia Kerr", "secretary_for_trade_of", "Vellia") in facts, facts
    assert ("Tom Orr", "parliamentary_secretary_for_fisheries_of", "Vellia") in facts, facts
    assert ("Dan Vell", "is_a", "Minister for Health") in facts, facts
    assert not any(o in ("Trade", "Health") for _, _, o in facts), facts


def test_a_firms_branch_before_a_title_owns_no_title(tmp_path):
    """ "Orlen Bank in Vellia Managing Partner Bo Tarr said": the partner is the bank's and
    the words are his, not the bank's."""
    rows = _rows(tmp_path, "The Orlen Bank in Vellia Managing Partner Bo Tarr said profits rose.\n")
    facts = _facts(rows)
    assert ("Bo Tarr", "managing_partner_of", "Orlen Bank") in facts, facts
    assert not any(o == "Vellia" for _, _, o in facts), facts
    said = [r for r in rows if r["predicate"] == "say"]
    assert said and said[0]["subject"] == "Bo Tarr", rows


def test_a_home_town_after_an_age_is_the_persons(tmp_path):
    """ "chef Dan Kerr, 35, from Lautoka, Fiji will cook": Fiji does not cook, and
    "meeting lawyer Tom Vell, 27, from Orlen" is no meeting from Orlen."""
    rows = _rows(tmp_path, "Bo Tarr, 41, from Suva, Fiji and chef Dan Kerr, 35, from Lautoka, Fiji "
                           "will cook for the guests.\n"
                           "Ana will also be meeting lawyer Tom Vell, 27, from Nadi.\n")
    facts = _facts(rows)
    assert not any(s == "Fiji" for s, _, _ in facts), facts
    assert any(s == "Dan Kerr" and p == "cook_for" for s, p, _ in facts), facts
    assert not any(p.endswith("_from") for _, p, _ in facts), facts


def _misread_agent(loose: bool):
    """ "Orlen Tiles was set up by tiler Ana Orr ." as the small tagger sometimes reads such a
    sentence: "tiler" a verb joined to "set up" with the name its object, or a modifier of the
    name, the name a loose noun of the clause; "by" left without an object either way."""
    from tests.handparse import hand_doc

    words = ["Orlen", "Tiles", "was", "set", "up", "by", "tiler", "Ana", "Orr", "."]
    heads = [1, 3, 3, 3, 3, 3, 8, 8, 3, 3] if loose else [1, 3, 3, 3, 3, 3, 3, 8, 6, 3]
    deps = (["compound", "nsubjpass", "auxpass", "ROOT", "prt", "agent", "compound", "compound", "npadvmod",
             "punct"] if loose else
            ["compound", "nsubjpass", "auxpass", "ROOT", "prt", "agent", "conj", "compound", "dobj", "punct"])
    return hand_doc(words, heads, deps,
                    pos=["PROPN", "PROPN", "AUX", "VERB", "ADP", "ADP", "VERB", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "NNPS", "VBD", "VBN", "RP", "IN", "VB", "NNP", "NNP", "."],
                    lemmas=["Orlen", "Tiles", "be", "set", "up", "by", "tiler", "Ana", "Orr", "."],
                    ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
                    spaces=[True, True, True, True, True, True, True, True, False, False])


def test_a_title_the_tagger_read_as_a_verb_leaves_the_doer():
    """The passive's empty "by" gets the name after it, whichever way the title was misread:
    Ana Orr set up the firm; the firm set up no one."""
    from newsgraph.extract.clauses import extract_triples
    from newsgraph.extract.parse_fixes import fix_parse

    for loose in (False, True):
        doc = _misread_agent(loose)
        fix_parse(doc)
        assert doc[8].head.i == 5 and doc[8].dep_ == "pobj", [(t.text, t.dep_, t.head.i) for t in doc]
        facts = {(t.subject.text, t.predicate, t.object.text) for t in extract_triples(doc, "d1")}
        assert any(s.endswith("Ana Orr") and p == "set_up" and o == "Orlen Tiles" for s, p, o in facts), facts
        assert not any(o.endswith("Ana Orr") for _, _, o in facts), facts


def test_a_firms_trade_words_are_its_name(tmp_path):
    """ "Orlen Foods and Beverages" is one firm, not a firm and another called Beverages."""
    rows = _rows(tmp_path, "Orlen Foods and Beverages opened a plant in Suva.\n"
                           "Kestrel Oil & Gas signed a deal with Vellia.\n")
    subjects = {r["subject"] for r in rows}
    assert "Orlen Foods and Beverages" in subjects and "Beverages" not in subjects, subjects
    assert "Kestrel Oil & Gas" in subjects, subjects


def test_a_preposition_inside_a_name_is_no_verbs(tmp_path):
    rows = _rows(tmp_path, "Vell Books released its Book of the Month for the Winter.\n")
    assert not any(r["predicate"].endswith("_for") for r in rows), rows


def test_the_government_between_two_countries_named_as_often_is_nobody(tmp_path):
    """An editorial names its own country by its towns and a foreign one as often: "the
    government" is no guess at the last country named (towns count for their country,
    GeoNames; a capital does not)."""
    text = ("Editorial\n\nJapanese nationals ran the call centres in Lautoka, Nadi and Labasa. "
            "Japan said its citizens were victims. A Japanese court is studying the case. "
            "The government must close the centres now.\n")
    rows = _rows(tmp_path, text, sentences=False)
    assert not any(r["subject"] == "Japan" and r["predicate"] == "close" for r in rows), rows
    from newsgraph.names import city_country

    assert city_country("lautoka") == "fiji" and city_country("suva") == "fiji"


def test_a_links_label_left_in_wire_copy_goes(tmp_path):
    rows = _rows(tmp_path, "Budget\n\nAna Orr praised the budget plan, opens new tab of the Orlen Party.\n",
                 sentences=False)
    assert not any("tab" in r["object"] or r["predicate"].startswith("open") for r in rows), rows


def test_a_name_after_a_place_noun_names_that_place(tmp_path):
    """ "Floods in the Vellian capital, Orlen, closed three schools": the floods closed them,
    not a city the model took for a person."""
    rows = _rows(tmp_path, "Floods in the Vellian capital, Orlen, closed three schools.\n")
    assert not any(r["subject"] == "Orlen" for r in rows), rows
    assert any(r["subject"] == "Floods" and r["predicate"] == "close" for r in rows), rows


def test_a_photos_position_note_is_no_part_of_a_name(tmp_path):
    rows = _rows(tmp_path, "Replacements\n\nTom Vell (left) and Ana Orr (pictured together) replaced Dan Kerr.\n",
                 sentences=False)
    assert {r["subject"] for r in rows if r["predicate"] == "replace"} == {"Tom Vell", "Ana Orr"}, rows
    assert not any("(" in r["subject_text"] + r["object_text"] or "pictured" in r["sentence"] for r in rows), rows


def test_who_after_a_name_and_its_title_is_the_person(tmp_path):
    """ "Ana Vell, the MP for Orlen North, who is ...": she is, not the seat named in her
    title, whatever type the model gave the names; "Tom Kerr, the mayor of Tarrow, who
    opposed the plan": the opposer is Tom Kerr, not "mayor of Tarrow"."""
    rows = _rows(tmp_path, "Ana Vell, the MP for Orlen North, who is the only doctor in the chamber, spoke.\n"
                           "Tom Kerr, the mayor of Tarrow, who opposed the plan, resigned.\n")
    facts = _facts(rows)
    assert ("Ana Vell", "is_a", "only doctor in the chamber") in facts, facts
    assert ("Ana Vell", "mp_of", "Orlen North") in facts, facts
    assert ("Tom Kerr", "oppose", "plan") in facts, facts
    assert ("Tom Kerr", "is_a", "Tom Kerr") not in facts, facts  # his title's type refers to no one


def test_prodded_to_act_the_one_prodded_acts(tmp_path):
    rows = _rows(tmp_path, "The regulator must prod Orlen Bank to cut its fees.\n")
    assert any(r["subject"] == "Orlen Bank" and r["predicate"] == "cut" for r in rows), rows
    assert not any(r["subject"] == "regulator" and r["predicate"] == "cut" for r in rows), rows


def test_a_people_before_an_office_holds_no_seat(tmp_path):
    """ "Sinhalese MP Bo Tarr": his people, not a constituency called Sinhalese; a seat the
    model typed a person keeps its edge ("Orlen MP Ana Orr" `mp_of` Orlen)."""
    rows = _rows(tmp_path, "Sinhalese MP Bo Tarr left.\nMaori MP Dan Orr spoke.\n")
    facts = _facts(rows)
    assert not any(p == "mp_of" for _, p, _ in facts), facts
    assert ("Bo Tarr", "is_a", "Sinhalese MP") in facts and ("Dan Orr", "is_a", "Maori MP") in facts, facts


def test_a_title_set_before_a_name_is_that_person(tmp_path):
    """ "met the Minister of Health, Ana Orr": Ana Orr was met, whether or not the model
    tagged her name, and the title (tagged an organisation) is no actor of the edge."""
    rows = _rows(tmp_path, "Tom Vell met the Minister of Health, Ana Orr.\n"
                           "The Minister of Trade, Bo Tarr, said the talks failed.\n")
    facts = _facts(rows)
    assert ("Tom Vell", "meet", "Ana Orr") in facts, facts
    assert any(s == "Bo Tarr" and p == "say" for s, p, _ in facts), facts
    assert not any(o.startswith("Minister") and p == "meet" for _, p, o in facts), facts


def test_a_past_office_with_its_end_is_former(tmp_path):
    """ "was chair of Orlen Bank until 2019" holds no longer; "was chair in 2019" says nothing
    of the end and stays as it is."""
    rows = _rows(tmp_path, "Ana Orr was chair of Orlen Bank until 2019.\n"
                           "Dan Kerr was the mayor of Suva from 2001 to 2009.\n"
                           "Bo Tarr was chair of Vell Bank in 2019.\n")
    modality = {(r["subject"], r["predicate"]): r["modality"] for r in rows}
    assert modality.get(("Ana Orr", "chair_of")) == "former", rows
    assert modality.get(("Dan Kerr", "mayor_of")) == "former", rows
    assert modality.get(("Bo Tarr", "chair_of"), "missing") is None, rows


def test_a_persons_post_in_the_simple_past_is_former(tmp_path):
    """ "Before joining Orvane, Ana Orr was the chief executive of Orlen Bank" is a post she
    holds no longer; "has been", "is" and "became" hold still, and a thing's past state
    ("The Vell Party was part of the government") is no post."""
    rows = _rows(tmp_path, "Before joining Orvane, Ana Orr was the chief executive of Orlen Bank.\n"
                           "Dan Kerr has been the chief executive of Vell Bank since 2019.\n"
                           "Bo Tarr is the chief executive of Kestford Bank.\n")
    modality = {(r["subject"], r["object"]): r["modality"] for r in rows if r["predicate"] == "chief_executive_of"}
    assert modality.get(("Ana Orr", "Orlen Bank")) == "former", rows
    assert modality.get(("Dan Kerr", "Vell Bank"), "missing") is None, rows
    assert modality.get(("Bo Tarr", "Kestford Bank"), "missing") is None, rows
    past = _rows(tmp_path, "Dan Kerr was a fundamental driver of the decision.\n"
                           "Tom Orr was the first Kestrian president to visit Orlen.\n"
                           "Ana Vell was part of the bench that delivered the verdict.\n"
                           "By half-time, Ben Tarr was the coach shouting at his defenders.\n")
    assert not any(r["modality"] for r in past), past  # a description, a distinction, a scene: no past post


def test_a_surname_never_joins_the_elder_namesake(tmp_path):
    """ "then President Tomas Vellan Sr." marks the elder of two namesakes: "President Vellan"
    and "Vellan" of the same article are not him (``elder_suffixes`` in names.yaml)."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The fund was set up in 1984 by then President Tomas Vellan Sr. to control prices. "
                                  "President Vellan said on Monday that the new plan would work. "
                                  "Vellan added that prices would fall.\n")
    elder = next(aliases for name, aliases in names.items() if name.startswith("Tomas Vellan"))
    assert not any(a in ("Vellan", "President Vellan") for a in elder), names
    assert "Vellan" in names, names


def _actor_facts(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """The actor graph's facts of ``text`` built as one article (`newsgraph triples --actors`)."""
    from newsgraph.build import build
    from newsgraph.graph.build import actor_triples
    from newsgraph.store import Store

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "kg.db"
    build([str(article)], db)
    with Store(str(db)) as store:
        rows = actor_triples(store.iter_entities(), store.iter_triples(), local=store.doc_names)
        return {(t.subject, t.predicate, t.object) for t in rows}


def test_a_peoples_word_before_a_thing_is_its_country_in_the_actor_graph(tmp_path):
    """ "North Korean drones" are North Korea's, and "a South African delegation" South
    Africa's, where the article names the country: no node "North Korean" beside it. A
    demonym of two words the model reads as one people ("Costa Rican") is its country too."""
    facts = _actor_facts(tmp_path, "North Korea fired two missiles on Monday. South Africa sent envoys to Orlen. "
                                   "Kestria shot down the North Korean drones, Tom Orr said. "
                                   "Ana Vell met a South African delegation on Tuesday. "
                                   "Costa Rican President Ben Tarr visited Kestria.\n")
    assert ("Kestria", "shoot_down", "North Korea") in facts, facts
    assert ("Ana Vell", "meet", "South Africa") in facts, facts
    assert ("Ben Tarr", "president_of", "Costa Rica") in facts, facts
    assert not any("Korean" in s + o or "African" in s + o for s, _, o in facts), facts


def test_a_possessive_of_the_owners_own_kind_is_the_owner(tmp_path):
    """ "Republicans worry that their party has turned against X": their party is the
    Republican Party, no "Republican Party's party"."""
    facts = _actor_facts(tmp_path, "The Republican Party won the vote in Kestria. Republicans worry that their "
                                   "party has turned against the Kestria Act.\n")
    assert any(s == "Republican Party" and o == "Kestria Act" for s, _, o in facts), facts


def test_a_body_within_an_organisation_is_not_the_organisation(tmp_path):
    """ "Ana Lisk, a Kestrian lawmaker who chairs the Senate budget committee": she chairs the
    committee, not the Senate."""
    rows = _rows(tmp_path, "Ana Lisk, a Kestrian lawmaker who chairs the Senate budget committee, spoke "
                           "on Monday about the cuts.\n", sentences=False)
    chaired = {r["object"] for r in rows if r["subject"] == "Ana Lisk" and r["predicate"] == "chair"}
    assert chaired and "Senate" not in chaired, rows


def test_a_dateline_with_a_papers_name_goes(tmp_path):
    """ "Kestford, Feb. 6 (Vellia Times) - ": a place, a date and a paper of two words."""
    rows = _rows(tmp_path, "Rugby\n\nKestford, Feb. 6 (Vellia Times) - Kestford Sports Club has written to "
                           "Vellia Rugby, requesting Orlen Park as its venue.\n", sentences=False)
    assert rows and not any("Feb" in r["subject_text"] or "Times" in r["subject_text"] for r in rows), rows


def test_a_hyphenated_office_is_whole(tmp_path):
    """ "Governor-General" is no governor, nor "Lieutenant Governor" a rank."""
    facts = _facts(_rows(tmp_path, "Fiji's Governor-General Bo Tarr visited Samoa.\n"
                                   "The Attorney-General of Fiji, Ana Vell, resigned.\n"))
    assert ("Bo Tarr", "governor_general_of", "Fiji") in facts, facts
    assert not any(p == "governor_of" for _, p, _ in facts), facts
    assert ("Ana Vell", "attorney_general_of", "Fiji") in facts, facts


def test_a_late_relative_is_still_family(tmp_path):
    """ "her late mother" died and is her mother still; "the late president" was president."""
    rows = _rows(tmp_path, "Mia Kerr mourned her late mother, Beryl Kerr.\n"
                           "The late president Tom Orr of Vellia was buried on Monday.\n")
    modality = {(r["subject"], r["predicate"]): r["modality"] for r in rows}
    assert ("Beryl Kerr", "mother_of") in modality and modality["Beryl Kerr", "mother_of"] is None, rows
    assert any(r["subject"] == "Tom Orr" and r["modality"] == "former" for r in rows), rows


def test_two_titles_joined_by_and_are_both_the_persons(tmp_path):
    """ "Cabinet Spokesman and Health Minister Dr. Tom Orr": the spokesman owns no ministry;
    "former senator and Justice Secretary" says "former" of both titles."""
    rows = _rows(tmp_path, "\"The wards are full,\" Cabinet Spokesman and Health Minister Dr. Tom Orr said.\n"
                           "In a statement, former senator and Justice secretary Ana Vell thanked the court.\n")
    facts = _facts(rows)
    assert not any(o == "Cabinet Spokesman" for _, _, o in facts), facts
    assert ("Tom Orr", "is_a", "Health Minister") in facts, facts
    modality = {(r["subject"], r["object"]): r["modality"] for r in rows if r["predicate"] == "is_a"}
    assert modality.get(("Ana Vell", "Justice secretary")) == "former", rows


def test_a_players_position_before_the_name_is_a_type(tmp_path):
    """ "Striker Vell scored": Vell scored, and "Striker" is his type, no person of the graph."""
    rows = _rows(tmp_path, "Striker Vell scored twice against Orlen.\nWinger Dan Kerr scored twice.\n")
    assert any(r["subject"] == "Vell" and r["predicate"] == "score_against" for r in rows), rows
    types = {(r["subject"], r["object"]): r["object_type"] for r in rows if r["predicate"] == "is_a"}
    assert types == {("Vell", "Striker"): "CONCEPT", ("Dan Kerr", "Winger"): "CONCEPT"}, rows


def test_a_title_makes_an_untagged_name_a_person(tmp_path):
    rows = _rows(tmp_path, "Governor Ana Vell of Kestford spoke.\n")
    holder = [r for r in rows if r["predicate"] == "governor_of"]
    assert holder and holder[0]["subject"] == "Ana Vell" and holder[0]["subject_type"] == "PERSON", rows


def test_a_country_run_into_a_name_after_its_title_goes(tmp_path):
    """ "Prime Minister of Fiji Tevita Orrevu (left)" tagged as one name: the article writes
    "Tevita Orrevu" alone, so the country is no part of his name, and "Mr Orrevu" is him."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The prime minister of Fiji, Tevita Orrevu has flown to Samoa for talks.\n\n"
                                  "The forum chair and Prime Minister of Fiji Tevita Orrevu (left) greeted guests.\n\n"
                                  "Mr Orrevu said the talks went well.\n")
    assert not any(name.startswith("Fiji ") for name in names), names
    assert "Orrevu" in names.get("Tevita Orrevu", set()), names  # "Mr Orrevu", shown without his title


def test_a_combined_side_of_two_countries_is_neither(tmp_path):
    """ "The combined Fiji and Samoa side" is one team of both (``joint_nouns``): no edge of
    Fiji's or Samoa's; "British and Canadian troops" stay each country's."""
    facts = _actor_facts(tmp_path, "Rugby\n\nThe Fiji and Samoa team beat Tonga on Sunday.\n"
                                   "British and Canadian troops entered Tonga.\n")
    assert not any(o == "Tonga" and p == "beat" for _, p, o in facts), facts
    assert len({s for s, p, _ in facts if p == "enter"}) == 2, facts  # the two peoples (or countries)


def test_what_an_object_is_made_to_do_is_folded(tmp_path):
    """ "requires private companies to secure a permit": the requirement is to secure it."""
    facts = _facts(_rows(tmp_path, "The order requires private companies to secure a permit.\n"))
    assert ("order", "require_to_secure_permit", "private companies") in facts, facts
    assert ("private companies", "secure", "permit") in facts, facts


def test_two_full_names_after_or_are_two_people(tmp_path):
    """ "It might be Tom Vellan, or Dan Orrick, or goalie Bo Tarrow": a list, no stated alias."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The best pick might be Jarrett Vellan, or Travis Orrick, or goalie Craig Tarrow, "
                                  "but the club signed none of them.\n")
    assert "Jarrett Vellan" in names and "Travis Orrick" in names, names


def test_a_states_formal_name_is_the_country(tmp_path):
    """ "the State of Israel" and "the Republic of Fiji" are the countries, "the State of
    Michigan" the US state; "the State of Emergency" keeps its words."""
    from newsgraph.names import canonical_key

    assert canonical_key("the State of Israel", "GPE") == canonical_key("Israel", "GPE")
    assert canonical_key("Republic of Fiji", "GPE") == "fiji"
    assert canonical_key("State of Michigan", "GPE") == canonical_key("Michigan", "GPE")
    assert canonical_key("State of Emergency", "ORG") == "state of emergency"


def test_the_republic_of_china_is_taiwan_never_china(tmp_path):
    """ "ruled by the Republic of China government in Taipei": a fact of Taiwan's, not of the
    People's Republic the short name would join."""
    from tests.extracted import built_names

    names = built_names(tmp_path, "The Republic of China held talks with Kestria on Monday. China said so.\n")
    assert "Republic of China" in names.get("Taiwan", set()), names
    assert "Republic of China" not in names.get("China", set()), names


def test_a_south_asian_honorific_is_a_title(tmp_path):
    from tests.extracted import built_names

    names = built_names(tmp_path, "Chief priest Acharya Satyendra Kerr said the temple would open. "
                                  "Acharya Kerr added that pilgrims were welcome.\n")
    assert "Kerr" in names.get("Satyendra Kerr", set()), names


def test_a_kin_word_in_a_name_is_no_kin(tmp_path):
    """ "Mother Earth" is a name, not a mother (nor "Sister Ana" a sister of anyone)."""
    rows = _rows(tmp_path, "The oil sands monster is despoiling Mother Earth.\n")
    assert not any(r["predicate"] == "is_a" for r in rows), rows


def test_an_honorific_makes_a_person_of_any_tagged_name():
    """ "Acharya Kerr" or "Smt Ana Kerr" is a person whatever type the model gave the name
    (a quote's speaker is at times tagged a work of art)."""
    from newsgraph.names import titled_person

    assert titled_person("Acharya Kerr") and titled_person("Smt Ana Kerr") and titled_person("Shri Dev Orr")
    assert not titled_person("Sri Lanka")


def test_a_public_bodys_name_that_pairs_two_fields_is_one_actor(tmp_path):
    """ "the Vellia Peace and Relief Fund" is one fund, not a "Vellia Peace" and a "Relief
    Fund"; the model's name cut at "and" grows back, and two bodies named in turn stay two."""
    rows = _rows(tmp_path, "The Vellia Peace and Relief Fund paid Orlen Holdings.\n"
                           "Tom Orr works with the Kestria Weather and Geo-hazards Department.\n"
                           "The Lands and LLG Affairs Department fined Orlen Holdings.\n"
                           "The Tarrow Council and Vellia Police Department met Ana Vell.\n"
                           "Vellco had rejected the Integrated Payroll and Personnel Information System (IPPIS).\n")
    facts = _facts(rows)
    assert ("Vellia Peace and Relief Fund", "pay", "Orlen Holdings") in facts, facts
    assert ("Vellco", "reject", "Integrated Payroll and Personnel Information System") in facts, facts
    assert ("Tom Orr", "work_with", "Kestria Weather and Geo-hazards Department") in facts, facts
    assert ("Lands and LLG Affairs Department", "fine", "Orlen Holdings") in facts, facts
    assert {("Tarrow Council", "meet", "Ana Vell"), ("Vellia Police Department", "meet", "Ana Vell")} <= facts, facts
    assert not any(s in ("Vellia Peace", "Relief Fund", "Geo-hazards Department") for s, _, _ in facts), facts


def test_a_name_after_a_titles_portfolio_is_the_titled_one(tmp_path):
    """ "The Minister for Lands and Mines, Dan Orr, met X": the parser took the name for a
    second portfolio and the meeting lost its subject; "met the Minister for Lands, Dan Orr"
    met the minister, not "Lands"."""
    rows = _rows(tmp_path, "The Minister for Lands and Physical Planning, Dan Kerr, met Tom Orr.\n"
                           "The Vellia Council met the Minister for Lands, Dan Kerr. Tom Orr works with Ana Vell.\n")
    facts = _facts(rows)
    assert ("Dan Kerr", "meet", "Tom Orr") in facts, facts
    assert ("Vellia Council", "meet", "Dan Kerr") in facts, facts
    rows = _rows(tmp_path, "The panelists were Tom Orr, the Globe CEO for Orvane PNG, Dan Kerr, the General "
                           "Counsel for Kestford PNG, and Ana Vell, the CEO for Vellco.\n")
    assert not any(r["subject"] == "Dan Kerr" and r["predicate"].startswith("ceo") for r in rows), rows


def test_a_titles_bracketed_acronym_is_no_name(tmp_path):
    """ "Orlen's General Manager (GM) Tom Orr said ...": Tom Orr said it and is the general
    manager, not a "GM" nor a body called "Chief Executive Officer"; a body's acronym still
    names the body."""
    rows = _rows(tmp_path, "Orlen's General Manager (GM) Tom Orr said the bill provides guidelines.\n"
                           "The Chief Executive Officer (CEO) of Orvane Holdings, Dan Kerr, met Ben Tarr.\n"
                           "The Public Service Commission (PSC) fined Orvane Holdings.\n")
    facts = _facts(rows)
    said = [r for r in rows if r["predicate"] == "say"]
    assert said and said[0]["subject"] == "Tom Orr", said
    assert ("Tom Orr", "general_manager_of", "Orlen") in facts, facts
    assert ("Dan Kerr", "meet", "Ben Tarr") in facts, facts
    assert ("Dan Kerr", "chief_executive_officer_of", "Orvane Holdings") in facts, facts
    assert ("Public Service Commission", "fine", "Orvane Holdings") in facts, facts
    assert not any("GM" in (s, o) or s == "Chief Executive Officer" for s, _, o in facts), facts
    rows = _rows(tmp_path, "Kestria Finance House (KFH), the biggest Islamic lender, reported a jump in profit.\n")
    assert ("Kestria Finance House", "report", "jump in profit") in _facts(rows), rows  # "House" is no title


def test_a_sub_heading_glued_to_a_name_is_no_part_of_it(tmp_path):
    """A scraper ran a sub-heading into the next paragraph: "Big purchaseOrvane Pacific serves
    Fiji" is Orvane Pacific serving Fiji, not a company called "Pacific"; the sub-heading is a
    sentence of its own, and a brand's glued small letters ("eBay") stay one word."""
    rows = _rows(tmp_path, "Big purchaseOrvane Pacific serves Fiji and Tonga.\n"
                           "Tom Orr said eBay sold the unit.\n")
    facts = _facts(rows)
    assert ("Orvane Pacific", "serve", "Fiji") in facts, facts
    assert not any(s == "Pacific" for s, _, _ in facts), facts
    assert any(s == "eBay" for s, _, _ in facts), facts
    served = [r for r in rows if r["predicate"] == "serve"]
    assert served and all(r["sentence"].startswith("Orvane Pacific serves") for r in served), rows


def test_a_short_unit_of_money_is_no_relation_word(tmp_path):
    """ "raised $35m from Tom Orr" is raise_from, as "$35 million" is; no raise_m_from."""
    rows = _rows(tmp_path, "Orvane Music has raised $35m from Tom Orr.\n"
                           "Kestford Mining raised $400k from Dan Kerr.\n")
    facts = _facts(rows)
    assert ("Orvane Music", "raise_from", "Tom Orr") in facts, facts
    assert ("Kestford Mining", "raise_from", "Dan Kerr") in facts, facts


def test_a_portfolio_run_into_a_places_name_is_the_titles(tmp_path):
    """ "Vermont Labor Commissioner Tom Orr": Vermont's labor commissioner, no body called
    "Vermont Labor"; a company's name before a title keeps its words."""
    rows = _rows(tmp_path, "Vermont Labor Commissioner Tom Orr met Dan Kerr.\n"
                           "Kestford Insurance chief executive Ben Tarr met Dan Kerr.\n"
                           "Fiji Technical Advisor Ben Tarr said the plan was sound.\n")
    facts = _facts(rows)
    assert ("Ben Tarr", "technical_advisor_of", "Fiji") in facts, facts
    assert ("Tom Orr", "labor_commissioner_of", "Vermont") in facts, facts
    assert ("Ben Tarr", "chief_executive_of", "Kestford Insurance") in facts, facts


def test_a_press_releases_title_then_employer_after_a_comma(tmp_path):
    """ "said Tom Orr, Marketing Manager, Orvane Further Processing": the manager of that
    firm, which is no person the title names; "Dan Kerr, Head of Islamic Finance, Kestford
    Bank" heads the bank's unit, not a body called "Islamic Finance"."""
    rows = _rows(tmp_path, "\"Sales rose,\" said Tom Orr, Marketing Manager, Orvane Further Processing.\n"
                           "Dan Kerr, Acting Head of Islamic Finance, Kestford Reuters, said the market grew.\n")
    facts = _facts(rows)
    assert ("Tom Orr", "marketing_manager_of", "Orvane Further Processing") in facts, facts
    assert ("Dan Kerr", "acting_head_of_islamic_finance_of", "Kestford Reuters") in facts, facts
    assert not any(s == "Orvane Further Processing" or o == "Islamic Finance" for s, _, o in facts), facts


def test_an_inverted_finding_is_the_studys_not_the_subjects(tmp_path):
    """ "Households in Tarrow pay the most, found the analysis": no households finding an
    analysis; a finding in plain order keeps its finder ("Police found the car")."""
    rows = _rows(tmp_path, "Households in Tarrow pay the most for home insurance in Vellia, found the analysis.\n"
                           "Police found the car near Orlen.\n")
    facts = _facts(rows)
    assert not any(s.startswith("Households") and p == "find" for s, p, _ in facts), facts
    assert ("Police", "find", "car") in facts, facts


def test_a_person_who_is_president_and_ceo_of_a_firm_holds_both(tmp_path):
    """ "Tom Orr, president and CEO of Orvane Services, said ...": both titles are his, of the
    firm ("CEO", a proper noun to the tagger, made the two a list of items before)."""
    rows = _rows(tmp_path, "Tom Orr, president and CEO of Orvane Services, said the line was raised.\n")
    facts = _facts(rows)
    assert {("Tom Orr", "president_of", "Orvane Services"), ("Tom Orr", "ceo_of", "Orvane Services")} <= facts, facts


def test_a_passive_agents_name_in_apposition_is_the_doer(tmp_path):
    """ "The plan was approved by the Finance Minister, Ben Tarr": Ben Tarr approved it, not a
    "Finance Minister" the resolver would then give to whoever held the post elsewhere."""
    rows = _rows(tmp_path, "The plan was approved by the Finance Minister, Ben Tarr.\n"
                           "The port was built by the firm, Orvane Holdings.\n")
    facts = _facts(rows)
    assert ("Ben Tarr", "approve", "plan") in facts, facts
    assert ("Orvane Holdings", "build", "port") in facts, facts
    rows = _rows(tmp_path, "The lesson is underscored by another bank records case, Kestria v. Orvane Bank.\n")
    assert not any(r["subject"] == "Kestria" for r in rows), rows  # a case's name, no party's act


def test_a_country_run_into_the_name_after_its_office_is_the_office_holders_country(tmp_path):
    """ "the Prime Minister of Solomon Islands Manoa Tarrevu, who ...": the model tags the country
    and the name as one organisation; they are the country and the person, whatever the first
    name, and the person lashed out."""
    rows = _rows(tmp_path, "Tensions rose between Australia and the Prime Minister of Solomon Islands Manoa "
                           "Tarrevu, who last week lashed out at Canberra.\n")
    facts = _facts(rows)
    assert ("Manoa Tarrevu", "lash_out_at", "Canberra") in facts, facts
    assert not any("Solomon Islands Manoa" in s for s, _, _ in facts), facts


def test_a_post_held_before_is_a_former_one(tmp_path):
    """ "previously ran Orvane Homes", "once led the Vellia Party": `former`, as "a former head"
    is; "previously reported a loss" was an act and stays as it is."""
    rows = _rows(tmp_path, "Tom Orr previously ran Orvane Homes.\n"
                           "Ana Vell, who once led the Vellia Party, spoke.\n"
                           "Vellco previously reported a loss to Orlen Bank.\n")
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality.get(("Tom Orr", "run", "Orvane Homes")) == "former", modality
    assert modality.get(("Ana Vell", "lead", "Vellia Party")) == "former", modality
    assert modality.get(("Vellco", "report_loss_to", "Orlen Bank")) is None, modality


def test_an_employer_before_a_title_in_a_list_is_no_member_of_the_list(tmp_path):
    """ "Tom Orr, Dan Kerr and Bank of Vellia Governor Ben Tarr held a meeting": the governor
    met the others; the bank is his employer, not a fourth party at the table."""
    rows = _rows(tmp_path, "Prime Minister Tom Orr, Finance Minister Dan Kerr and Bank of Vellia Governor "
                           "Ben Tarr have already held an emergency meeting.\n")
    facts = _facts(rows)
    assert ("Ben Tarr", "governor_of", "Bank of Vellia") in facts, facts
    assert ("Tom Orr", "hold_meeting_with", "Ben Tarr") in facts, facts
    assert not any("Bank of Vellia" in (s, o) and p != "governor_of" for s, p, o in facts), facts


def test_a_firm_named_with_a_country_is_no_country(tmp_path):
    """ "Sands China is the most attractive stock": the model types "Sands" and "China" two
    places; the subject is the company, never China."""
    rows = _rows(tmp_path, "Sands China is the most attractive stock among Macau casino operators.\n")
    subjects = {r["subject"] for r in rows}
    assert "Sands China" in subjects and "China" not in subjects, _facts(rows)


def test_a_title_keeps_its_portfolio_its_field_and_its_acting(tmp_path):
    """Judges read "minister of Kestria" for "Kestria's Minister of Health", "director of
    Vellco" for its director of sales, and "leader of Kestford" for its acting leader as titles
    cut short. A regional chief is the body's regional chief, not the chief of "KFNQL Regional"."""
    rows = _rows(tmp_path, "Ana Vell has served as Kestria's Minister of Health since 2021.\n"
                           "Tom Orr, Vellco's director of sales for North America, spoke on Monday.\n"
                           "Dan Kerr, the 37-year-old acting Kestford leader who is expected to win, told a crowd.\n"
                           "\"We will not go,\" said KFNQL Regional Chief Ben Tarr.\n")
    facts = _facts(rows)
    assert ("Ana Vell", "minister_of_health_of", "Kestria") in facts, facts
    assert ("Tom Orr", "director_of_sales_of", "Vellco") in facts, facts
    assert ("Dan Kerr", "acting_leader_of", "Kestford") in facts, facts
    assert ("Ben Tarr", "regional_chief_of", "KFNQL") in facts, facts


def test_a_verb_listed_after_a_verbs_objects_is_its_own_act(tmp_path):
    """The parser hangs "hide" on the list of things concealed: "conceal hide hostages"."""
    rows = _rows(tmp_path, "The Kestria Front, it said, uses medical facilities to conceal operatives, store weapons, "
                           "conduct attacks and hide hostages.\n")
    facts = _facts(rows)
    assert ("Kestria Front", "hide", "hostages") in facts, facts
    assert ("Kestria Front", "conceal", "operatives") in facts, facts
    assert not any(o.startswith("hide") for _, _, o in facts), facts


def test_a_fronted_participle_that_asks_is_no_act_of_the_one_asked(tmp_path):
    """ "Asked to explain the feud with Ana Vell, Tom Orr said ..." read "Tom Orr ask_to_explain";
    he was asked, as in "Tom Orr was asked to explain": the explaining, as asked."""
    rows = _rows(tmp_path, "Asked to explain the feud with Ana Vell, Tom Orr said the party must change.\n")
    assert not any(r["predicate"].startswith("ask") for r in rows), _facts(rows)
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality.get(("Tom Orr", "explain_feud_with", "Ana Vell")) == "asked", modality


def test_a_finite_verb_after_an_infinitive_is_the_subjects_act(tmp_path):
    """ "called on Western countries to reinforce sanctions ... and urged fellow members to stop
    ...": the parser joined "urged" to "reinforce", and the Western countries did the urging."""
    rows = _rows(tmp_path, "The Kestria Parliament also called on Western countries to reinforce sanctions on Vellia "
                           "and urged fellow members of the Union to stop issuing tourist visas.\n")
    urged = {r["subject"] for r in rows if r["predicate"].startswith("urge")}
    assert urged == {"Kestria Parliament"}, _facts(rows)


def test_a_portfolio_written_bare_after_of_is_part_of_the_title(tmp_path):
    """ "Ana Vell, minister of mental health and addictions": minister of no body called
    "mental health"; the title is hers."""
    rows = _rows(tmp_path, "Ana Vell, minister of mental health and addictions, spoke on Monday.\n")
    facts = _facts(rows)
    assert not any(p == "minister_of" for _, p, _ in facts), facts
    assert any(s == "Ana Vell" and p == "is_a" and o.startswith("minister of mental health")
               for s, p, o in facts), facts


def test_a_participle_marked_as_after_an_object_is_the_objects(tmp_path):
    """ "has classified Tom Orr's case as wrongfully detained in Vellia": the government was not
    detained; "described the deal as rushed by Vellco": Vellco did not rush Tom Orr."""
    rows = _rows(tmp_path, "The Kestria government has classified Tom Orr's case as \"wrongfully detained\" "
                           "in Vellia.\n"
                           "Tom Orr described the deal as rushed by Vellco.\n")
    facts = _facts(rows)
    assert not any(p.startswith("be_detain") and s != "Tom Orr" for s, p, _ in facts), facts
    assert ("Vellco", "rush", "Tom Orr") not in facts, facts


def test_a_hypothetical_matchup_is_no_defeat(tmp_path):
    """A poll's "Tom Orr loses by a dozen points to Ana Vell in a hypothetical matchup": every
    fact of the clause carries "hypothetical"; "a charge of suspected fraud" stays a charge made."""
    rows = _rows(tmp_path, "Tom Orr loses by a dozen points to Ana Vell in a hypothetical matchup.\n"
                           "Vellco charged Dan Kerr with suspected fraud.\n")
    modality = {(r["subject"], r["predicate"], r["object"]): r["modality"] for r in rows}
    assert modality.get(("Tom Orr", "lose_to", "Ana Vell")) == "hypothetical", modality
    assert modality.get(("Vellco", "charge", "Dan Kerr")) is None, modality


def test_a_horizontal_bar_written_as_a_dash_sets_off_a_clause(tmp_path):
    """ "President Tom Orr ― who appeared ... ― clashed with Dan Kerr": the parser read the bar
    (U+2015) as a noun, the clause's subject, and the clash was lost."""
    rows = _rows(tmp_path, "President Tom Orr \u2015 who appeared to be a target of many of the eulogies \u2015 "
                           "clashed with Dan Kerr during his presidency.\n", sentences=False)
    assert ("Tom Orr", "clash_with", "Dan Kerr") in _facts(rows), _facts(rows)


def test_the_doer_of_a_bare_infinitive_is_the_one_helped(tmp_path):
    """ "Kestria should help Vellia get access to the weapons": the parser made "Vellia get
    access ..." a clause, and Kestria helped a clause; Vellia is helped, as with "to"."""
    rows = _rows(tmp_path, "Kestria should help Vellia get access to the weapons.\n"
                           "Tom Orr made Vellco pay the fine.\n")
    facts = _facts(rows)
    assert ("Kestria", "help_get_access", "Vellia") in facts, facts
    assert ("Tom Orr", "make_pay_fine", "Vellco") in facts, facts
    assert ("Vellia", "get", "access") in facts, facts


def test_an_appointee_is_of_the_one_who_appointed(tmp_path):
    """ "Ana Vell, a Tom Orr appointee" was a type only ("Tom Orr appointee"); she is his
    appointee, as "a Vellco ally" is Vellco's ally."""
    rows = _rows(tmp_path, "Ana Vell, a Kerr appointee, tried to limit the program.\n"
                           "Ben Tarr, a protege of Tom Orr, spoke.\n")
    facts = _facts(rows)
    assert ("Ana Vell", "appointee_of", "Kerr") in facts, facts
    assert ("Ben Tarr", "protege_of", "Tom Orr") in facts, facts


def test_a_meeting_the_clause_happened_in_is_an_act_between_its_partners(tmp_path):
    """ "In a meeting with Dan Kerr, Tom Orr delivered a warning": Tom Orr met Dan Kerr (the
    edge was lost to the warning); a call is speaking with; a meeting with reporters no edge."""
    rows = _rows(tmp_path, "In a meeting with Dan Kerr, Tom Orr delivered a stern warning.\n"
                           "During a phone call with Tom Orr, Ana Vell raised the issue of tariffs.\n"
                           "Ben Tarr did not mention the deal in his meeting with Ana Vell.\n"
                           "Dan Kerr accused Vellia of sabotaging peace talks during a call with Ben Tarr.\n")
    facts = _facts(rows)
    assert ("Tom Orr", "meet", "Dan Kerr") in facts, facts
    assert not any(s == "Vellia" and o == "Ben Tarr" for s, _, o in facts), facts  # the call hung on "sabotaging"
    assert ("Ana Vell", "speak_with", "Tom Orr") in facts, facts
    negated = {(r["subject"], r["predicate"], r["object"]): r["negated"] for r in rows}
    assert negated.get(("Ben Tarr", "meet", "Ana Vell")) is False, negated
