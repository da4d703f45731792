"""Slips of the small model a reader never makes, read with the real model on sentences of our
own (invented names, real regions): a place's name before a colon at a line's start, an owned
noun read as a verb, a coach's speciality read as a verb, a title read as a second object, a
state or province typed a person, and a role written with capitals ("the Prime Minister")."""

from __future__ import annotations

from newsgraph.names import is_region
from tests.extracted import built_names, extract_rows
from tests.test_resolve import resolved_ids


def _facts(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in rows}


def _written(store) -> set[tuple[str, str | None]]:
    """Each mention's written text with the name of the entity it resolved to."""
    with store:
        entity = {e.id: e.name for e in store.iter_entities()}
        return {(text, entity.get(e)) for text, e in store.db.execute("SELECT text, entity FROM mentions")}


def _store(tmp_path, text: str):
    from newsgraph.build import build
    from newsgraph.store import Store

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "kg.db"
    build([str(article)], db)
    return Store(str(db))


def test_a_title_case_dateline_before_a_colon_goes(tmp_path):
    """ "Mumbai: Over 40 flights were delayed ...": the city is where the story was filed, not
    what was delayed; an editor's "Note:" stays (test_name_spans)."""
    rows = extract_rows(tmp_path, "Fog\n\nMumbai: Over 40 flights were delayed at the airport on Monday "
                                  "due to fog.\n", sentences=False)
    assert rows and not any("Mumbai" in r["subject_text"] for r in rows), rows


def test_a_noun_after_an_owners_s_is_no_verb(tmp_path):
    """ "Vellan's remains" are his remains: he did not remain; where they went stays the act's."""
    facts = _facts(extract_rows(tmp_path, "In 1842, Tom Orr brought Vellan's remains back to Kestford.\n",
                                sentences=True))
    assert not any(p.startswith("remain") for _, p, _ in facts), facts
    assert ("Tom Orr", "bring_back_to", "Kestford") in facts, facts


def test_a_coachs_speciality_is_part_of_the_title(tmp_path):
    """ "pitching coach Bo Tarr" is a coach, not one pitched; "after meeting minister X" is an act."""
    facts = _facts(extract_rows(tmp_path, "Vell was joined by pitching coach Bo Tarr.\n"
                                          "The Kestford Jays fired hitting coach Tom Orr on Monday.\n",
                                sentences=True))
    assert ("Bo Tarr", "join", "Vell") in facts, facts
    assert ("Bo Tarr", "is_a", "pitching coach") in facts, facts
    assert not any(p in ("pitch", "hit") for _, p, _ in facts), facts
    assert any(s == "Kestford Jays" and p == "fire" and o == "Tom Orr" for s, p, o in facts), facts


def test_a_noun_before_a_persons_name_is_the_name_s_description(tmp_path):
    """ "told host Wolf Dane": the parser makes "host" and the name two objects; the one told
    is Wolf Dane."""
    facts = _facts(extract_rows(tmp_path, '"We will not wait," Ana Vell told host Wolf Dane.\n', sentences=True))
    assert ("Ana Vell", "tell", "Wolf Dane") in facts, facts
    assert not any(o == "host" for _, _, o in facts), facts


def test_a_state_or_province_is_a_place(tmp_path):
    """The model types "Tamil Nadu" a person in "a visit to Tamil Nadu"; a country's state or
    province (ISO 3166-2) is a place, and no "he" refers to it."""
    assert is_region("tamil nadu") and is_region("british columbia") and not is_region("victoria")
    with _store(tmp_path, "Vellan in the south\n\nPrime Minister Tom Vellan is on a two-day visit to "
                          "Tamil Nadu for a host of events. Vellan met farmers in Tamil Nadu on Monday. "
                          "Later, he flew to Kerala. Tamil Nadu welcomed him.\n") as store:
        types = {e.name: e.type for e in store.iter_entities()}
        flew = [t for t in store.iter_triples() if t.predicate == "fly_to"]
    assert types.get("Tamil Nadu") == "GPE", types
    assert flew and all(t.subject_type != "GPE" for t in flew), flew


def test_a_role_written_with_capitals_refers_to_its_holder(tmp_path):
    """ "the Prime Minister said" is the prime minister the article named, as "the prime
    minister" is, and only one the article titles so."""
    rows = extract_rows(tmp_path, "Visit\n\nPrime Minister Tom Vellan paid tribute to the actor Bo Tarr.\n\n"
                                  "\"He was a great man,\" the Prime Minister said in Kestford. The Prime "
                                  "Minister is on a visit to Kestria.\n", sentences=False)
    facts = _facts(rows)
    assert ("Tom Vellan", "say", "He was a great man") in facts, facts
    assert any(s == "Tom Vellan" and o == "Kestria" for s, _, o in facts), facts
    # "the Premier" of an article that titles no one premier is not the party leader named last
    rows = extract_rows(tmp_path, "Vote\n\nCall it the Vell paradox. Tom Vell may win again. The new party's "
                                  "leader, Ana Orr, intends to cut taxes. Ms. Orr wants a coalition. Now the "
                                  "Premier has finally set up an inquiry.\n", sentences=False)
    assert not any(r["subject"] == "Ana Orr" and r["predicate"] == "set_up" for r in rows), rows



def test_a_countrys_letters_never_spell_another_name():
    """ "U.S." is the United States even where an article writes a name of those initials
    (a column called "Upper Sands")."""
    sands, us, again = resolved_ids(("d1", "Upper Sands", "ORG"), ("d1", "U.S.", "GPE"), ("d1", "Upper Sands", "ORG"))
    assert sands == again and us != sands


def test_a_he_resolved_to_a_place_or_a_company_is_no_edge():
    """ "he" refers to a person only: resolved to a state or a company (the model typed its name
    a person), the fact stays a listed fact but gives no edge; "he" resolved to a person does."""
    from newsgraph.graph.build import graph_from_triples
    from newsgraph.graph.synthetic import triple
    from newsgraph.model import Entity

    actors = [Entity("vr", "Valdor Republic", "GPE"), Entity("nf", "Northern Front", "ORG"),
              Entity("ml", "Mira Lenk", "PERSON")]
    wrong = triple("Valdor Republic", "meet", "Mira Lenk", subject_id="vr", subject_type="GPE", subject_text="he",
                   object_id="ml", object_type="PERSON", sentence="He met Mira Lenk of the Valdor Republic.")
    right = triple("Mira Lenk", "meet", "Northern Front", subject_id="ml", subject_type="PERSON", subject_text="She",
                   object_id="nf", sentence="She met the Northern Front, Mira Lenk said.")
    G = graph_from_triples(actors, [wrong, right])
    assert list(G.edges(keys=True)) == [("ml", "nf", "meet")]


def test_a_partys_members_plural_is_the_party(tmp_path):
    """ "the Conservatives" after "the Ontario Conservative Party", "BC Liberals" after "BC
    Liberal Party", whose own name it keeps however often the plural is written."""
    names = built_names(tmp_path, "Vote\n\nThe Ontario Conservative Party won the vote in Ontario. The "
                                  "Conservatives took 40 seats. The BC Liberal Party lost. The BC Liberals "
                                  "said they would sit in opposition. The BC Liberals will regroup, and the "
                                  "BC Liberals will win, Tom Vell said.\n")
    assert "Conservatives" in names.get("Ontario Conservative Party", set()), names
    assert "BC Liberals" in names.get("BC Liberal Party", set()), names


def test_a_city_written_for_its_team_is_the_team(tmp_path):
    """In sports copy that names the "Calgary Stallions" and calls them "the Stallions", "Calgary
    has the greater need" and "lost to Calgary" are the team; "a Cup in Chicago" is the city,
    and "Ontario" of the "Ontario Liberals" (a party) stays the province."""
    text = ("Trade talk\n\nThe Chicago Tarrows and the Calgary Stallions met on Saturday. Calgary has the "
            "greater need on the blueline. Calgary forward Tom Vell scored twice, and the Tarrows lost to "
            "Calgary. The Stallions are strong, and the Tarrows are weak. Vell won a Cup in Chicago in 2010. "
            "The Ontario Liberals lost. Ontario will raise taxes, the Liberals said.\n")
    with _store(tmp_path, text) as store:
        entity = {e.id: e.name for e in store.iter_entities()}
        facts = {(t.subject, t.predicate, t.object) for t in store.iter_triples()}
        written = {(text, entity.get(e)) for text, e in store.db.execute("SELECT text, entity FROM mentions")}
    assert ("Chicago Tarrows", "lose_to", "Calgary Stallions") in facts, facts
    assert ("Tom Vell", "forward_of", "Calgary Stallions") in facts, facts
    assert ("Calgary", "Calgary Stallions") in written and ("Calgary", "Calgary") not in written, written
    assert {e for t, e in written if t in ("Chicago", "Ontario")} == {"Chicago", "Ontario"}, written


def test_the_city_is_no_neighbourhood_of_a_city_the_article_names(tmp_path):
    """ "the residents of Orlen Heights ... The city told Dan Orr ..." in an article about
    Chicago: the city is not the neighbourhood (here nobody, Chicago is named only later)."""
    text = ("Demolition\n\nThe residents of Orlen Heights were angry on Monday. The city told Dan Orr "
            "the project would go ahead. Chicago is large.\n")
    written = _written(_store(tmp_path, text))
    assert ("city", "Orlen Heights") not in written, written


def test_a_programme_is_no_movement(tmp_path):
    """ "the movement" after a programme the model typed an organisation is no programme."""
    facts = _facts(extract_rows(tmp_path, "The Orlen Rescue Program was launched on Monday. The movement "
                                          "called on Tom Orr to resign.\n", sentences=False))
    assert not any(s == "Orlen Rescue Program" for s, _, _ in facts), facts


def test_his_inside_an_infinitive_is_the_one_urged(tmp_path):
    """ "Tom Kerr urged Dan Vell to relax his plan": the plan is Vell's (he relaxes it), never
    Kerr's."""
    facts = _facts(extract_rows(tmp_path, "Last week, Orlen Union President Tom Kerr urged Gov. Dan Vell to "
                                          "relax his five-step plan to reopen Kestria.\n", sentences=True))
    assert not any(s == "Tom Kerr" and p.startswith("plan") for s, p, _ in facts), facts
    assert not any("Tom Kerr's" in o for _, _, o in facts), facts


def test_his_after_a_described_name_in_a_list_is_that_persons(tmp_path):
    """ "bless the dear martyr, Dan Orr, the devoted fighter, and his wife, Mrs. Ana Orr": his
    wife, not the wife of the one who blesses."""
    facts = _facts(extract_rows(tmp_path, "May God bless the dear martyr, Dan Orr, the devoted fighter, and his "
                                          "self-sacrificing, patient and wise wife, Mrs. Ana Orr, Ayatollah Tom "
                                          "Kerr wrote in the commendation for the memoirs.\n", sentences=True))
    assert ("Ana Orr", "wife_of", "Dan Orr") in facts, facts


def test_the_working_group_is_no_organisation_named_before(tmp_path):
    """ "will serve on the working group for Mental Health": a panel, not the alliance she directs."""
    facts = _facts(extract_rows(tmp_path, "Ana Vell, executive director of the Orlen Alliance on Mental Health, "
                                          "will serve on the working group for Mental and Emotional Health.\n",
                                sentences=True))
    assert not any(p.startswith("serve_on") and o == "Orlen Alliance on Mental Health" for _, p, o in facts), facts


def test_a_place_before_initials_is_no_team(tmp_path):
    """ "the Chicago EAS" (an alert system, written "the EAS" after) makes no team of Chicago:
    "Residents of Chicago" live in the city."""
    text = ("False alarm\n\nThe alert went out in Chicago on Saturday. An attacker could penetrate the "
            "Chicago EAS and issue a false alert. The EAS failed, and the EAS apologised. Residents of "
            "Chicago were calm, and the EAS will change.\n")
    written = _written(_store(tmp_path, text))
    assert {e for t, e in written if t == "Chicago"} == {"Chicago"}, written


def test_a_relative_clause_belongs_to_the_noun_its_verb_agrees_with(tmp_path):
    """ "groups in Kestria, which include the Vell Council": the groups include it, not Kestria
    ("include" is plural); "Kestria, which borders Vellia" stays Kestria's, and so do two names
    joined by "and" or a name in -s with a plural verb."""
    facts = _facts(extract_rows(tmp_path, "Several groups in Kestria, which include the Vell Council, have called "
                                      "a strike.\nTroops from Kestria, which borders Vellia, entered the town.\n"
                                      "Figures like Tom Vell and Ana Orr, who were nominated to the Kestria Senate, "
                                      "spoke.\nThere were attacks by the Vellia-backed Orlens, who support Kestria.\n",
                                sentences=True))
    assert not any(s == "Kestria" and p == "include" for s, p, _ in facts), facts
    assert any(p == "include" and o == "Vell Council" for _, p, o in facts), facts
    assert ("Kestria", "border", "Vellia") in facts, facts
    assert ("Tom Vell", "be_nominate_to", "Kestria Senate") in facts, facts  # "and": plural
    assert ("Orlens", "support", "Kestria") in facts, facts  # a name in -s may be plural


def test_tamil_honorifics_are_titles(tmp_path):
    """ "Tmt Ana Orr" is Ana Orr, a woman ("Thiru" is the man's)."""
    names = built_names(tmp_path, "Barbers\n\nDayan Vellan insulted barbers on Monday. Mr Vellan later "
                                  "apologised, and Tmt Ana Orr accepted it.\n")
    assert "Ana Orr" in names and "Tmt Ana Orr" not in names, names


def test_a_day_of_the_calendar_is_a_time_not_an_actor(tmp_path):
    """ "welcomed the New Year", "spent New Year's Eve": a time, typed DATE, no edge; the name
    keeps its own "'s" ("New Year's Eve", not "Eve")."""
    with _store(tmp_path, "Holidays\n\nActor Tina Vell welcomed the New Year with her husband Tom Orr. She "
                          "spent New Year's Eve in Kestford with Ana Kerr.\n") as store:
        types = {e.name: e.type for e in store.iter_entities()}
    assert types.get("New Year") == "DATE" and "Eve" not in types, types
    assert types.get("New Year's Eve") == "DATE", types


def test_a_head_coach_is_one_title(tmp_path):
    """ "rookie head coach Paul Vell of the Kestford Stallions" coaches the Stallions; no
    organisation called "head"."""
    facts = _facts(extract_rows(tmp_path, "Rookie head coach Paul Vell of the Kestford Stallions won.\n",
                                sentences=True))
    assert ("Paul Vell", "head_coach_of", "Kestford Stallions") in facts, facts
    assert not any(o in ("head", "rookie head") for _, _, o in facts), facts


def test_a_constable_is_a_post_of_the_force_before_it(tmp_path):
    """ "Kestria Rangers constable Tom Orr" serves in the Kestria Rangers, as an inspector of a
    police force does."""
    facts = _facts(extract_rows(tmp_path, "Kestria Rangers constable Tom Orr was killed in the attack.\n",
                                sentences=True))
    assert ("Tom Orr", "constable_of", "Kestria Rangers") in facts, facts



def test_an_actor_after_describing_words_is_that_actor(tmp_path):
    """ "defeated co-favourite Vellia", "criticism from senior Orlen Party leaders": the words
    in small letters only describe the actor; "vast areas of Kestria" are no actor."""
    from newsgraph.graph.build import actor_triples

    with _store(tmp_path, "Cup\n\nKestria defeated co-favourite Vellia 4-1 on Sunday. Tom Vell received "
                          "sharp criticism from senior Orlen Party leaders. Vellia shelled vast areas of "
                          "Kestria.\n") as store:
        edges = {(t.subject, t.predicate, t.object) for t in actor_triples(store.iter_entities(),
                                                                         store.iter_triples())}
    assert any(s == "Kestria" and o == "Vellia" for s, _, o in edges), edges
    assert any(s == "Tom Vell" and o == "Orlen Party" for s, _, o in edges), edges
    assert not any(s == "Vellia" and o == "Kestria" for s, _, o in edges), edges


def test_a_phrase_about_an_actor_is_no_act_on_that_actor(tmp_path):
    """ "Dan Vell welcomed the news about Orr": Vell welcomed news, not Tom Orr; the words
    before the name end in a preposition, so they do not describe him."""
    from newsgraph.graph.build import actor_triples

    with _store(tmp_path, "Vote\n\nTom Orr was named chief of Vellco on Monday. Dan Vell welcomed the news "
                          "about Orr. The announcement about Orr was praised by Ana Lisk.\n") as store:
        edges = {(t.subject, t.predicate, t.object) for t in actor_triples(store.iter_entities(),
                                                                         store.iter_triples())}
    assert ("Tom Orr", "chief_of", "Vellco") in edges, edges
    assert not any(o == "Tom Orr" for _, _, o in edges), edges


def test_an_office_of_an_unnamed_owner_is_no_office_of_its_city(tmp_path):
    """ "The group's Beijing office has spent a year surveying the Orlen Sea": the office is
    the group's, which the phrase does not name; Beijing surveyed nothing."""
    from newsgraph.graph.build import actor_triples

    with _store(tmp_path, "Study\n\nThe Vell Institute is a research group. The group's Beijing office has "
                          "spent a year surveying the Orlen Sea. Beijing hosted talks on the sea in May.\n") as store:
        edges = {(t.subject, t.predicate, t.object) for t in actor_triples(store.iter_entities(),
                                                                         store.iter_triples())}
    assert not any(s == "Beijing" and "survey" in p for s, p, _ in edges), edges


def test_a_syndication_notice_goes():
    """An outlet's note that it did not write or edit the story is no fact of the story; a
    sentence about editing stays."""
    from newsgraph.documents import clean_text

    lead = "Tom Vell met Ana Orr in Kestford on Monday."
    for notice in ("(Except for the headline, this story has not been edited by Vell TV staff and is published "
                   "from a syndicated feed.)", "(This news report is published from a syndicated feed.",
                   "Except for the headline, the content has not been written or edited by Kestria News staff)"):
        assert clean_text(f"Title\n\n{lead}\n\n{notice}").endswith(lead), notice
    kept = "The story has not been edited by anyone, Vell said."
    assert clean_text(f"Title\n\n{lead}\n\n{kept}").endswith(kept)


def test_a_lesser_office_is_not_the_office(tmp_path):
    """ "the minister" is not "Deputy Minister Tom Orr", nor "the President" a vice president."""
    rows = extract_rows(tmp_path, "Bills passed in Kestria\n\nOn Monday, Vice President Tom Orr met Ana Vell. "
                                  "The court said the President should decide.\n\nDeputy Minister Dan Kerr "
                                  "met Mia Vell. The minister said the bills would pass.\n", sentences=False)
    assert not any(r["subject"] in ("Tom Orr", "Dan Kerr") and r["predicate"] in ("decide", "say")
                   for r in rows), rows


def test_one_person_named_by_a_nationality_after_describing_words_is_no_country():
    """ "the tenacious Vellian" is one person, not Vellia; "Vellian troops" are Vellia's."""
    from newsgraph.graph.build import graph_from_triples
    from newsgraph.graph.synthetic import triple
    from newsgraph.model import Entity

    actors = [Entity("vr", "Vellia", "GPE"), Entity("ml", "Mira Lenk", "PERSON"), Entity("nf", "Northern Front", "ORG")]
    person = triple("Mira Lenk", "beat", "Vellian", subject_id="ml", subject_type="PERSON", object_id="vn",
                    object_type="NORP", object_text="the tenacious Vellian")
    troops = triple("Vellian", "attack", "Northern Front", subject_id="vn", subject_type="NORP",
                    subject_text="Vellian troops", object_id="nf")
    G = graph_from_triples(actors, [person, troops], demonyms={"vellian": "Vellia"})
    assert list(G.edges(keys=True)) == [("vr", "nf", "attack")]


def test_a_description_after_two_names_is_the_last_ones_or_both(tmp_path):
    """ "Pressed by Vice President Tom Orr and Representative Dan Kerr of Vellmont, the incoming
    minority leader": the parser hangs the description on the first name, but it is Kerr's;
    "Tom Orr and Dan Kerr, the two leaders," says what both are, no kind of either, nor is one
    set off by dashes ("— home to major steel producers —"). Two names each with its own
    description keep theirs."""
    rows = extract_rows(tmp_path, "Pressed by Vice President Tom Orr and Representative Dan Kerr of Vellmont, the "
                                  "incoming minority leader, the senators refused to budge.\n"
                                  "Tom Orr and Dan Kerr, the two leaders, met in Tarrow.\n"
                                  "Tom Orr, the mayor, and Dan Kerr, the governor, met in Tarrow.\n"
                                  "Kestford objected to both Tom Orr and Sen. Dan Kerr (I-Vt.), Ana Vell's primary "
                                  "challenger.\n"
                                  "Ana Vell (D) and Ben Tarr (R) of Vellmont — home to major steel producers — "
                                  "welcomed the plan.\n", sentences=True)
    facts = _facts(rows)
    assert ("Dan Kerr", "is_a", "incoming minority leader") in facts, facts
    assert not any(o in ("incoming minority leader", "two leaders") and s == "Tom Orr" for s, _, o in facts), facts
    assert not any(o == "two leaders" for _, _, o in facts), facts
    assert {("Tom Orr", "is_a", "mayor"), ("Dan Kerr", "is_a", "governor")} <= facts, facts
    assert ("Dan Kerr", "is_a", "Ana Vell's primary challenger") in facts, facts  # not "Vt", in brackets
    assert not any(o == "home to major steel producers" for _, _, o in facts), facts  # a dash: the state's


def test_a_name_that_goes_on_to_more_names_is_a_list_not_an_apposition(tmp_path):
    """ "there used to be an Orvane hotel, Kestford Brothers Bookshop, Tarrow Naidu Provision
    Merchants and ...": the bookshop is one shop of a list, not the hotel; a description after
    a name stays one ("Kestford Mills, a textile firm, said ...")."""
    rows = extract_rows(tmp_path, "Then there used to be an Orvane hotel, Kestford Brothers Bookshop, Tarrow Naidu "
                                  "Provision Merchants and Vellmont Chettiar Provisions store.\n"
                                  "On the street stood a tea stall, Kestford Brothers Bookshop, Orlen Provision "
                                  "Merchants and a bakery.\n"
                                  "Kestford Mills, a textile firm, said it would close.\n", sentences=True)
    facts = _facts(rows)
    assert not any(s == "Kestford Brothers Bookshop" and p == "is_a" for s, p, _ in facts), facts
    assert ("Kestford Mills", "is_a", "textile firm") in facts, facts


def test_a_bare_noun_in_brackets_after_a_name_is_a_field_not_a_kind(tmp_path):
    """ "The ministers are Ana Vell (land), Tom Orr (transport and infrastructure) and Ben Tarr
    (energy)": the field each answers for, no kind of thing each is."""
    rows = extract_rows(tmp_path, "The ministers who have been on suspension since March are Ana Vell (land), Tom Orr "
                                  "(transport and infrastructure), Dan Kerr (agriculture) and Ben Tarr (energy).\n",
                        sentences=True)
    assert not any(r["predicate"] == "is_a" for r in rows), _facts(rows)


def test_a_wife_called_mrs_keeps_her_title_and_no_he_is_her(tmp_path):
    """ "President Tom Vellmont ... He and Mrs. Vellmont, a former model who became the first
    foreign-born first lady": the model tags "Vellmont" alone, and the bare surname was the
    president's, so he became the first lady, by her name and by the "He" coordinated with
    her. Her title stays on the description's subject, and a relative clause on a description
    in apposition speaks of that name alone."""
    rows = extract_rows(tmp_path, "President Tom Vellmont attended church on Sunday. He and Mrs. Vellmont, a former "
                                  "model from Kestria who became the first foreign-born first lady since 1825, started "
                                  "the day with a service.\n", sentences=False)
    firsts = {(r["subject"], r["subject_text"]) for r in rows if r["object"] == "first foreign-born first lady"}
    assert firsts == {("Mrs. Vellmont", "Mrs. Vellmont")}, firsts


def test_a_capital_that_acts_is_its_countrys_government(tmp_path):
    """In an article that names Fiji and Canada, "Ottawa will work with Suva" is Canada working
    with Fiji, and "warned Ottawa" warns Canada; a capital where something happens, one flown
    to or one that hosts stays the city."""
    text = ("Talks\n\nCanada and Fiji signed a fisheries deal last year. Ottawa will now work with Suva on "
            "patrols, Tom Vell said. Fiji warned Ottawa over the delay. Suva hosted the Orlen Cup in May. "
            "Ana Kerr flew from Suva to Ottawa.\n")
    with _store(tmp_path, text) as store:
        entity = {e.id: e.name for e in store.iter_entities()}
        facts = {(t.subject, t.predicate, t.object) for t in store.iter_triples()}
    assert ("Canada", "work_with", "Fiji") in facts, facts
    assert ("Fiji", "warn_over_delay", "Canada") in facts, facts
    assert ("Suva", "host", "Orlen Cup") in facts, facts
    assert {("Ana Kerr", "fly_from", "Suva"), ("Ana Kerr", "fly_to", "Ottawa")} <= facts, facts
    assert {"Suva", "Ottawa"} <= set(entity.values()), entity
    text = ("Makers\n\nAna London grew up in Britain and runs a factory there. London said her ambition is to "
            "build cars, and the United Kingdom backs her.\n")
    with _store(tmp_path / "2", text) if (tmp_path / "2").mkdir() is None else None as store:
        said = [t for t in store.iter_triples() if t.predicate == "say"]
    assert said and not any(t.subject == "United Kingdom" for t in said), said  # her surname, no capital


def test_a_place_before_a_plural_word_of_the_land_is_no_team(tmp_path):
    """ "the Ohio Keys" (written "the Keys" after) and "the Maine Highlands" are places, no teams
    of Ohio and Maine: "Ohio asked Vellco for help" is the state's, and so is its emergency
    manager (``place_plurals``)."""
    for place, word in (("Ohio", "Keys"), ("Maine", "Highlands")):
        text = (f"Storm\n\nThe storm hit the {place} {word} on Monday. Tom Orr, {place}'s emergency manager, "
                f"said the {word} would reopen. {place} asked Vellco for help. Dan Kerr flew to the {place} {word}.\n")
        (tmp_path / word).mkdir()
        written = _written(_store(tmp_path / word, text))
        assert {e for t, e in written if t == place} == {place}, written


def test_a_place_is_its_team_only_in_sports_copy(tmp_path):
    """ "Ohio Customs", written "the Customs", in a trade story is no team of Ohio (`team_cues`):
    "Ohio is no longer the hub" is the state's; before, every "Ohio" of the article was Ohio
    Customs."""
    text = ("Hub\n\nOhio is no longer the hub for online parcels after clamping down on the trade by Customs "
            "officers, a legislator said. Ohio Customs seized 40 parcels last month. The Customs said the trade "
            "had moved to Vell.\n")
    written = _written(_store(tmp_path, text))
    assert {e for t, e in written if t == "Ohio"} == {"Ohio"}, written


def test_a_name_after_as_with_a_verb_after_it_is_that_verbs_subject(tmp_path):
    """ "The verdict on Orr was read as Vell, who chairs the panel, began a trip to Kestria":
    the model reads "as Vell" as a phrase of "read" and "began" as the verdict's second verb.
    Vell began the trip; nothing was "read as" Vell."""
    facts = _facts(extract_rows(tmp_path, "The verdict on Orr was read as Vell, who chairs the panel, "
                                          "began a trip to Kestria.\n", sentences=True))
    assert ("Vell", "begin_trip_to", "Kestria") in facts, facts
    assert not any(o == "Vell" for _, _, o in facts), facts


def test_a_person_named_to_a_post_is_the_object_and_the_post_no_name(tmp_path):
    """ "Tom Vell named Ana Lisk head of Vellco": the model reads her name as words of the
    post, so the fact was Vell `name` "Ana Lisk head of Vellco". She is the one named, the
    post is hers, and "head of Vellco" is no name she is called by."""
    facts = _facts(extract_rows(tmp_path, "Tom Vell named Ana Lisk head of Vellco.\n", sentences=True))
    assert ("Tom Vell", "name_head", "Ana Lisk") in facts, facts
    assert ("Ana Lisk", "head_of", "Vellco") in facts, facts
    assert not any(p == "is_called" for _, p, _ in facts), facts


def test_a_post_after_as_keeps_its_portfolio(tmp_path):
    """ "Dan Vell chose Tom Orr, a former judge, as minister of justice": the post stays in
    the edge with its one-word portfolio; before, the edge said only "choose_as_minister"."""
    facts = _facts(extract_rows(tmp_path, "Dan Vell chose Tom Orr, a former judge, as minister of "
                                          "justice.\n", sentences=True))
    assert ("Dan Vell", "choose_as_minister_of_justice", "Tom Orr") in facts, facts


def test_a_whose_clause_the_parser_gave_two_subjects_is_the_nouns(tmp_path):
    """ "The deal will close on Friday when Orr, whose Vellco investment fund acquired Orvane in
    2019, signs the papers": the model gives "acquired" two subjects, Orr and the fund, so the
    fact said Orr acquired Orvane. The clause is Orr's relative clause and the fund, named,
    acquired it."""
    facts = _facts(extract_rows(tmp_path, "The deal will close on Friday when Orr, whose Vellco investment "
                                          "fund acquired Orvane in 2019, signs the papers.\n",
                                sentences=True))
    assert ("Vellco investment fund", "acquire", "Orvane") in facts, facts
    assert not any(s == "Orr" and o == "Orvane" for s, _, o in facts), facts


def test_let_an_actor_do_something_is_an_edge_to_that_actor(tmp_path):
    """ "Kestria let Vellco buy the port": Kestria let Vellco do it (`let_buy_port`); before,
    the parser's clause "Vellco buy the port" was all, and "let" alone is too light for an
    edge. A denied "will not let" stays denied."""
    rows = extract_rows(tmp_path, "Kestria let Vellco buy the port. Vellia will not let Orvane join the bloc.\n",
                        sentences=True)
    assert ("Kestria", "let_buy_port", "Vellco") in _facts(rows), _facts(rows)
    denied = [r for r in rows if r["predicate"] == "let_join_bloc"]
    assert [(r["subject"], r["object"], r["negated"]) for r in denied] == [("Vellia", "Orvane", True)], denied


def test_a_phrase_after_a_name_that_opens_with_mostly_describes_the_noun_before(tmp_path):
    """ "Loans to Kestria, mostly farm credit, will stop": the phrase says what the loans are;
    Kestria is no farm credit. "Tom Orr, formerly a banker," is still a former banker."""
    facts = _facts(extract_rows(tmp_path, "Loans to Kestria, mostly farm credit, which reached 2 billion last "
                                          "year, will stop. Tom Orr, formerly a banker, "
                                          "joined Vellco.\n", sentences=True))
    assert not any(s == "Kestria" and p == "is_a" for s, p, _ in facts), facts
    assert any(s == "Tom Orr" and p == "is_a" for s, p, _ in facts), facts


def test_an_amount_keeps_what_it_is_and_where_it_went(tmp_path):
    """ "The Tarrants paid $7 million in property taxes": the object says what the money is,
    no bare figure; "invested $5 million in Vellco" is an edge to Vellco, where the "in" had
    been read as the place of a second participant; a time or a count's phrase stays the verb's."""
    rows = extract_rows(tmp_path, "The Tarrants paid $7 million in property taxes. Vellia invested $5 million "
                                  "in Vellco. Orvane lost $2 million in May. Vellco will hire hundreds of "
                                  "workers for the new plant.\n", sentences=True)
    objects = {(r["predicate"], r["object_text"]) for r in rows}
    assert ("pay", "$7 million in property taxes") in objects, objects
    assert ("lose", "$2 million") in objects, objects
    assert ("hire", "hundreds of workers") in objects, objects  # a count, no sum
    assert ("Vellia", "invest_in", "Vellco") in _facts(rows), _facts(rows)


def test_a_description_of_a_body_after_a_relative_clause_is_the_bodys(tmp_path):
    """ "Tom Orr, who has been jailed for his ties to the Vell Front in the south, a
    Kestria-based cell": the model hangs "cell" on the person, who was then based in
    Kestria. No person is a cell (``body_kind_nouns``): the Front is."""
    facts = _facts(extract_rows(tmp_path, "Police said the suspect is Tom Orr, who has been jailed for his ties "
                                          "to the Vell Front in the south, a Kestria-based cell known for robbing "
                                          "banks.\n", sentences=True))
    assert ("Vell Front", "base_in", "Kestria") in facts, facts
    assert not any(p == "base_in" and s != "Vell Front" for s, p, _ in facts), facts


def test_a_past_verb_the_model_hung_on_its_object_as_an_adjective_is_the_verb(tmp_path):
    """ "Over the weekend, Orr assailed Vell as one of the Old Guard": the model makes "Vell" the
    root, "assailed" its adjective and "Orr" a word of her name, so the mention was "Orr
    assailed Vell" and no fact said who assailed whom."""
    rows = extract_rows(tmp_path, "Over the weekend, Orr assailed Vell as one of the “Old Guard” who "
                                  "resist his reforms.\n", sentences=True)
    assert ("Orr", "assail", "Vell") in _facts(rows), _facts(rows)
    assert not any("assailed" in (r["subject_text"] + r["object_text"]) for r in rows), rows


def test_it_that_calls_on_an_actor_to_act_is_an_organisation_not_an_expletive(tmp_path):
    """ "The Vell Committee met on Monday. It asked the Kestria Front to disarm": an
    "it" with an infinitive was read as the "it" of "it remains to be seen", and the call gave
    no fact. With an actor as its object, "it" is the committee; "It remains to be seen
    whether Vellia will join" still gives none."""
    facts = _facts(extract_rows(tmp_path, "The Vell Committee met on Monday. It asked the Kestria Front to "
                                          "disarm. It remains to be seen whether Vellia will join.\n",
                                sentences=True))
    assert ("Vell Committee", "ask_to_disarm", "Kestria Front") in facts, facts
    assert not any(s.lower() == "it" for s, _, _ in facts), facts


def test_what_an_actor_is_turned_into_stays_in_the_edge(tmp_path):
    """ "The case turned Tom Orr into a hero": `turn_into_hero` Orr; "turn" Orr alone reads as
    turning him round."""
    facts = _facts(extract_rows(tmp_path, "The war pushed Kestria into recession, and the case turned Tom Orr "
                                          "into a hero.\n", sentences=True))
    assert ("Kestria", "Tom Orr") == tuple(o for _, p, o in sorted(facts, key=lambda f: f[1])
                                           if p in ("push_into_recession", "turn_into_hero")), facts


def test_has_ties_with_an_actor_gives_the_edge_and_no_bare_half(tmp_path):
    """ "Vellia has warm trade links with Kestria": `have_trade_link_with` Kestria, and no
    "Vellia have warm trade links" beside it, which says half of it; "has a large army"
    keeps its fact (``partner_object_verbs``)."""
    facts = _facts(extract_rows(tmp_path, "Vellia has warm trade links with Kestria. Vellia has a large "
                                          "army.\n", sentences=True))
    assert {(p, o) for s, p, o in facts if s == "Vellia"} == {("have_trade_link_with", "Kestria"),
                                                             ("have", "large army")}, facts


def test_an_event_compared_to_anothers_own_is_no_act_on_the_other(tmp_path):
    """ "Ana Vell likened Orr's arrest to Tom Kerr's": Kerr's is his own arrest, no arrest of
    Orr "to" Kerr; "Orr's visit to Kestria" is still a visit to Kestria."""
    facts = _facts(extract_rows(tmp_path, "Ana Vell likened Orr's arrest to Tom Kerr's in a "
                                          "speech. Vellia condemned Orr's visit to Kestria.\n", sentences=True))
    assert not any(p == "arrest_to" for _, p, _ in facts), facts
    assert ("Orr", "visit_to", "Kestria") in facts, facts


def test_an_owners_creation_of_a_thing_is_the_owners_act(tmp_path):
    """ "Vell praised the Kestria Government's creation of a water board": the government
    created it (`praise_creation_by`); `praise_creation_of` read as the government's being
    created (``object_event_nouns``). Without an "of", "Kestria's creation" is Kestria's being
    created (``patient_possessor_nouns``)."""
    facts = _facts(extract_rows(tmp_path, "Tom Vell praised the Kestria Government's creation of a new water "
                                          "board.\n", sentences=True))
    assert any(p == "praise_creation_by" for _, p, _ in facts), facts
    assert not any(p == "praise_creation_of" for _, p, _ in facts), facts
    facts = _facts(extract_rows(tmp_path, "Ana Lisk hailed Kestria's creation in 1920.\n", sentences=True))
    assert ("Ana Lisk", "hail_creation_of", "Kestria") in facts, facts  # no "of": Kestria was created
