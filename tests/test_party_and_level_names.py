"""Names of one actor in government news: a US party by its members and its adjective, a
lower level's body that is not the nation's, a people's adjective that is not a region.
Our own sentences and invented names; the real model."""

from __future__ import annotations

from tests.extracted import built_names, extract_rows


def test_a_us_party_written_by_its_members_or_adjective_is_the_party(tmp_path):
    """ "Republicans blocked the bill", "the GOP", "Democratic senators": one node per party,
    named as the party, never a node called "Republican" or "Democrats"."""
    names = built_names(tmp_path, "Budget fight\n\nRepublicans blocked the spending bill on Tuesday. "
                                  "The GOP had warned Tom Orrick for weeks. Democratic senators criticised "
                                  "Tom Orrick, and Democrats vowed to fight on.\n")
    assert "Republican Party" in names and "Democratic Party" in names, names
    assert not {"Republican", "Republicans", "GOP", "Democratic", "Democrats"} & set(names), names


def test_a_state_court_is_not_the_nations_court(tmp_path):
    """ "the state Supreme Court" is one state's court: its act is not the U.S. Supreme
    Court's, which the same article names."""
    rows = extract_rows(tmp_path, "Appeals\n\nThe U.S. Supreme Court ruled against Dan Kerrow in May. In June "
                                  "the state Supreme Court rejected an appeal by Tom Orrick.\n", sentences=False)
    court = {(r["subject"], r["predicate"]) for r in rows if "Court" in r["subject"]}
    assert ("U.S. Supreme Court", "rule_against") in court, rows
    assert not any(s == "U.S. Supreme Court" and p == "reject" for s, p in court), rows


def test_a_peoples_adjective_is_the_people_not_a_region(tmp_path):
    """ "the Kurdish-led Northern Front": the Kurds lead it, not a place called Kurdistan;
    "the Iranian-backed Vellian Front" is still backed by Iran."""
    rows = extract_rows(tmp_path, "The Kurdish-led Northern Front seized the town of Orlen on Sunday.\n"
                                  "The Iranian-backed Vellian Front attacked Orlen.\n", sentences=True)
    facts = {(r["subject"], r["subject_type"], r["predicate"], r["object"]) for r in rows}
    assert ("Kurds", "NORP", "lead", "Northern Front") in facts, facts
    assert ("Iran", "GPE", "back", "Vellian Front") in facts, facts


def test_the_party_after_a_party_named_in_full_is_that_party():
    """Guard: "the party" after "the Republican party", in an article full of "Republicans"
    (a people to the model), is the Republican Party, not a node called "party"."""
    from newsgraph.resolve import resolve
    from tests.test_resolve import Mentions

    ms = Mentions()
    members = [ms.add("d1", "Republicans", "NORP") for _ in range(5)]
    full = ms.add("d1", "Republican party", "ORG")
    party = ms.add("d1", "party", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[party] == res.assignment[full] == res.assignment[members[0]]


def test_a_people_written_in_small_letters_is_no_name():
    """ "democratic legitimation": the model's NORP in small letters goes, so the alias tables
    cannot make it the Democratic Party; "Democrats" stays."""
    import spacy
    from spacy.tokens import Span

    from newsgraph.extract.mentions import untag_lowercase_peoples

    doc = spacy.blank("en")("They steer away from democratic legitimation and Democrats object.")
    doc.ents = [Span(doc, 4, 5, label="NORP"), Span(doc, 7, 8, label="NORP")]
    untag_lowercase_peoples(doc)
    assert [e.text for e in doc.ents] == ["Democrats"]


def test_one_member_of_a_party_and_a_partys_government_are_not_the_party():
    """ "a liberal Democrat controlled by Ana Vell" is one person, no edge to the Democratic
    Party; "a Republican administration" is a government, not the Republican Party;
    "Republican leaders" still stand for it."""
    from newsgraph.graph.build import graph_from_triples
    from newsgraph.graph.synthetic import triple
    from newsgraph.model import Entity

    actors = [Entity("dp", "Democratic Party", "NORP", ("Democrats", "Democrat")),
              Entity("rp", "Republican Party", "NORP", ("Republicans", "Republican")),
              Entity("av", "Ana Vell", "PERSON")]

    def fact(predicate, words):
        return triple("Ana Vell", predicate, words, subject_id="av", subject_type="PERSON",
                      object_id="c:" + words, object_type="CONCEPT")

    G = graph_from_triples(actors, [fact("control", "liberal Democrat"), fact("praise", "Republican administration"),
                                    fact("meet", "Republican leaders")])
    assert list(G.edges(keys=True)) == [("av", "rp", "meet")]


def test_a_nations_own_institution_keeps_its_country(tmp_path):
    """ "Japan's Foreign Ministry" is Japan's, not the Chinese one its article named first nor
    a "Foreign Ministry" of every country; "China's" and "the Chinese" one are one node across
    articles, and a firm after a country's "'s" stays the firm."""
    from newsgraph.build import build
    from newsgraph.store import Store

    texts = {"a.txt": "Envoys\n\nThe Chinese Foreign Ministry said it opposed the visit. Japan's Foreign "
                      "Ministry summoned the ambassador of Kestria. Vellia's Orlen Bank lent money to Kestria.\n",
             "b.txt": "Rivals\n\nChina's Foreign Ministry criticised Vellia on Monday.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    build([str(tmp_path / n) for n in texts], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        names = {e.name: set(e.aliases) for e in store.iter_entities()}
    japan = [n for n in names if n == "Japan's Foreign Ministry"]
    both = {"Chinese Foreign Ministry", "China's Foreign Ministry"}
    china = [n for n, aliases in names.items() if both <= aliases | {n}]
    assert japan and len(china) == 1, names
    assert "Japan's Foreign Ministry" not in names[china[0]], names
    assert "Orlen Bank" in names and "Vellia's Orlen Bank" not in names, names


def test_a_governments_body_after_its_countrys_possessive_is_that_countrys(tmp_path):
    """ "India's Tourism Department" and "Nepal's Tourism Department" in two articles are two
    bodies (`national_body_heads`), each joined by its article's "the Tourism Department"; before,
    the two countries' departments were one node."""
    from newsgraph.build import build
    from newsgraph.store import Store

    texts = {"a.txt": "Tourism\n\nIndia's Tourism Department praised Dan Kerr. The Tourism Department later "
                      "met Tom Orr.\n",
             "b.txt": "Treks\n\nNepal's Tourism Department fined Ana Vell. The Tourism Department said permits "
                      "rose.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    build([str(tmp_path / n) for n in texts], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        names = {e.name: set(e.aliases) for e in store.iter_entities()}
    assert {"India's Tourism Department", "Nepal's Tourism Department"} <= set(names), names
    assert "Tourism Department" not in names, names


def test_a_nations_party_leader_leads_the_party_not_the_nation(tmp_path):
    """ "Scottish Labour leader Dan Kerr" leads Scottish Labour, a party: no leader of Scotland;
    "Iraqi Prime Minister Tom Orr" is still Iraq's."""
    rows = extract_rows(tmp_path, "Scottish Labour leader Dan Kerr criticised the plan.\n"
                                  "Iraqi Prime Minister Tom Orr met Ben Tarr.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Orr", "prime_minister_of", "Iraq") in facts, facts
    assert not any(s == "Dan Kerr" and o == "Scotland" for s, _, o in facts), facts


def test_a_party_of_two_words_is_no_body_and_no_bare_democrat(tmp_path):
    """ "Former Progressive Conservative Prime Minister Tom Orr": a party's name, no body whose
    prime minister he was; "Liberal Democrat leader Dan Kerr" is no member of a Democratic Party;
    "The Democratic leader Ana Vell" still is."""
    rows = extract_rows(tmp_path, "Former Progressive Conservative Prime Minister Tom Orr testified on Monday.\n"
                                  "Former Vellian Liberal Democrat leader Dan Kerr spoke.\n"
                                  "The Democratic leader Ana Vell spoke.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(s == "Tom Orr" and p == "prime_minister_of" for s, p, _ in facts), facts
    assert not any(s == "Dan Kerr" and p == "member_of" for s, p, _ in facts), facts
    assert ("Ana Vell", "member_of", "Democratic Party") in facts, facts


def test_initials_before_an_office_of_state_are_the_holders_party(tmp_path):
    """ "KPP minister Tom Orr", "KPP senator Ana Vell": a party's initials, the holder's party
    (`member_of` KPP), no body whose minister or senator they are; "US senator Dan Kerr" is
    still a senator of the United States."""
    rows = extract_rows(tmp_path, "KPP minister Tom Orr took stern notice of the incident.\n"
                                  "KPP senator Ana Vell said the plan works.\n"
                                  "US senator Dan Kerr said the plan works.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Orr", "member_of", "KPP") in facts and ("Ana Vell", "member_of", "KPP") in facts, facts
    assert not any(p in ("minister_of", "senator_of") and o == "KPP" for _, p, o in facts), facts
    assert ("Dan Kerr", "senator_of", "United States") in facts, facts
