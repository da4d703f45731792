"""A trade written before a name is a title ("Prosecutor Ana Vell said"): no part of the
name, so her first name gives her sex, and no "he" of the article refers to her. Our own
article, invented names."""

from __future__ import annotations

from newsgraph.names import canonical_key, person_parts
from tests.extracted import extract_rows

_ARTICLE = (
    "Coach jailed\n\n"
    "Tom Orrin, 38, was jailed on Friday.\n\n"
    "The court heard the coach was engaged to another woman when he began the affair.\n\n"
    "'The school responded immediately,' Prosecutor Sandra Vellis said.\n\n"
    "But when the coach was contacted he told police the relationship was platonic.\n\n"
    "He then flew over to the United States to be with his fiancee.\n"
)


def test_a_trade_before_a_name_is_a_title():
    assert canonical_key("Prosecutor Sandra Vellis", "PERSON") == "sandra vellis"
    assert person_parts("Journalist Ana Vell").sex == "female"


def test_no_he_refers_to_a_woman_named_after_her_trade(tmp_path):
    rows = extract_rows(tmp_path, _ARTICLE, sentences=False)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Orrin", "fly_over_to", "United States") in facts, facts
    # her own words and her title only: no act of "he" is hers
    assert not any(s.startswith(("Prosecutor", "Sandra")) and p not in ("say", "is_a") for s, p, _ in facts), facts


def test_the_speaker_after_a_quote_is_not_the_name_inside_it(tmp_path):
    """ "'Chris sounds so formal,' she exclaimed": the parser hangs "exclaimed" on the quote,
    whose subject is Chris; she is the woman of the story, who speaks of him."""
    from newsgraph.build import build
    from newsgraph.store import Store

    article = tmp_path / "article.txt"
    article.write_text("Date night\n\nBec Tarran met her date, Christopher Vell, at the beach. "
                       "'Chris sounds so formal,' she exclaimed.\n", encoding="utf-8")
    build([str(article)], tmp_path / "kg.db")
    with Store(str(tmp_path / "kg.db")) as store:
        said = {e.name: {text for text, _ in store.entity_explanations(e.id)} for e in store.iter_entities()}
    assert "she" in said["Bec Tarran"], said
    assert "she" not in said.get("Chris", set()), said


def test_a_description_inside_a_name_is_no_part_of_it():
    """ "TOWIE star Mia", "Vell United boss Tom Orr": the words up to the lower-case noun say
    what the person is; a particle ("da", "dos"), an article and a conjunction are the name's."""
    assert canonical_key("Love Island star Georgia Vell", "PERSON") == "georgia vell"
    assert canonical_key("Vell United boss Tom Orr", "PERSON") == "tom orr"
    for name in ("Leonardo da Vinci", "Ana dos Santos", "Jack the Ripper", "Mia and Dan Kerr", "von der Vell"):
        assert canonical_key(name, "PERSON") == name.lower(), name
    assert canonical_key("Attorney's Office for Kestria", "PERSON") != "kestria"  # a preposition describes no one


def test_a_star_named_by_her_show_and_first_name_is_the_full_name(tmp_path):
    rows = extract_rows(tmp_path, "Francesca Vell enjoys yacht trip\n\n"
                                  "Francesca Vell was seen with the hunk who was previously linked to "
                                  "TOWIE's Mia Kerrow.\n\n"
                                  "Last year, Edward Orr was seen enjoying a jaunt on a yacht in Ibiza with "
                                  "TOWIE star Mia, 27, who is currently dating Dan Edgar.\n", sentences=False)
    facts = {(r["subject"], r["object"]) for r in rows}
    assert ("Mia Kerrow", "Dan Edgar") in facts, facts


def test_a_portfolio_of_affairs_keeps_every_word_before_it(tmp_path):
    """ "Religious and Cultural Affairs Deputy Minister Dan Kerr", "Vellia's External Affairs
    Minister Ben Tarr": the portfolio is the title's, whatever its first word (`portfolio_heads`);
    before, Kerr was `affairs_deputy_minister_of` a body "Cultural" and Tarr `minister_of`
    "External Affairs". A body named for the portfolio keeps it ("Department of ... Affairs
    Director")."""
    rows = extract_rows(tmp_path, "Religious and Cultural Affairs Deputy Minister Dan Kerr met Ana Vell.\n"
                                  "Vellia's External Affairs Minister Ben Tarr visited Kestria.\n"
                                  "Women and Child Affairs Minister Ana Orr spoke.\n"
                                  "Indian External Affairs Minister Tom Orr met Dan Kerr.\n"
                                  "Department of Vell Religious and Cultural Affairs Director Ben Orr left.\n",
                        sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dan Kerr", "is_a", "Religious and Cultural Affairs Deputy Minister") in facts, facts
    assert ("Ben Tarr", "external_affairs_minister_of", "Vellia") in facts, facts
    assert ("Ana Orr", "is_a", "Women and Child Affairs Minister") in facts, facts
    assert ("Tom Orr", "external_affairs_minister_of", "India") in facts, facts
    assert ("Ben Orr", "director_of", "Department of Vell Religious and Cultural Affairs") in facts, facts
    assert not any(o in ("Cultural", "External Affairs", "Women", "Indian External") for _, _, o in facts), facts


def test_a_forces_chief_is_a_title_not_a_body(tmp_path):
    """ "Chief of Defence Staff (CDS) General Ana Orr", "The Chief of Army Staff, General Tom Orr":
    they hold that office (`multiword_titles`), of no body called "Chief of Defence Staff" or
    "Army Staff"."""
    rows = extract_rows(tmp_path, "Chief of Defence Staff (CDS) General Ana Orr issued a plea.\n"
                                  "The Chief of Army Staff, General Tom Orr, met Dan Kerr.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ana Orr", "is_a", "Chief of Defence Staff") in facts, facts
    assert ("Tom Orr", "is_a", "Chief of Army Staff") in facts, facts
    assert not any(p in ("general_of", "chief_of") for _, p, _ in facts), facts


def test_an_envoy_is_also_where_he_is_sent(tmp_path):
    """ "Ana Vell, the Kestrian ambassador to Vellia", "Tom Orr, Vellia's envoy to Kestria": the
    envoy is sent to Vellia and Kestria (`ambassador_to`, `envoy_to`), beside whose envoy he is;
    a "to" after another title names no post."""
    rows = extract_rows(tmp_path, "Ana Vell, the Kestrian ambassador to Vellia, told reporters the deal was near.\n"
                                  "Tom Orr, Vellia's envoy to Kestria, met Dan Kerr.\n"
                                  "Ben Tarr, the Vellian minister, went to Kestria.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Ana Vell", "ambassador_to", "Vellia") in facts, facts
    assert {("Tom Orr", "envoy_to", "Kestria"), ("Tom Orr", "envoy_of", "Vellia")} <= facts, facts
    assert not any(p.endswith("minister_to") for _, p, _ in facts), facts


def test_a_deputy_after_and_shares_the_named_bodys_title(tmp_path):
    """ "Orvane Bank President Tom Orr and Vice President Dan Kerr": Kerr is vice president of
    Orvane Bank too (his title ends with the first one's role); "Vellco CEO Dan Orr and former
    President Ana Kerr" gives Kerr no post at Vellco."""
    rows = extract_rows(tmp_path, "The invitees included Orvane Bank President Tom Orr and Vice President Dan Kerr.\n"
                                  "Vellco CEO Dan Orr and former President Ana Kerr spoke.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dan Kerr", "vice_president_of", "Orvane Bank") in facts, facts
    assert not any(s == "Ana Kerr" and o == "Vellco" for s, _, o in facts), facts


def test_an_office_of_a_place_only_a_peoples_word_qualifies_is_no_office_of_the_country(tmp_path):
    """ "Ana Vell, mayor of the Portuguese capital": the mayor of a city the sentence does not
    name, not of "Portuguese" (Portugal); "Dan Kerr, mayor of Kestford" keeps Kestford."""
    rows = extract_rows(tmp_path, "It is a tragic incident, Ana Vell, mayor of the Portuguese capital, told "
                                  "reporters.\nDan Kerr, mayor of Kestford, left.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(s == "Ana Vell" and p == "mayor_of" for s, p, _ in facts), facts
    assert ("Ana Vell", "is_a", "mayor of the Portuguese capital") in facts, facts
    assert ("Dan Kerr", "mayor_of", "Kestford") in facts, facts


def test_a_country_after_a_firms_possessive_is_the_firms_arm(tmp_path):
    """ "Vellco's U.S. chief executive Tom Orr": the firm's officer in its U.S. arm, no officer
    of the United States; "Japan's U.S. Ambassador Dan Kerr" is Japan's envoy."""
    rows = extract_rows(tmp_path, "Vellco's U.S. chief executive Tom Orr resigned.\n"
                                  "Japan's U.S. Ambassador Dan Kerr spoke on Monday.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Tom Orr", "chief_executive_of", "Vellco") in facts, facts
    assert ("Dan Kerr", "ambassador_of", "Japan") in facts, facts
    assert not any(o == "United States" for _, p, o in facts if p.endswith("_of")), facts


def test_a_first_lady_is_no_office_of_a_body_called_lady(tmp_path):
    """ "First Lady Professor Ana Vell": no `professor_of` "Lady"; "Vellia's First Lady Ana Kerr"
    is `first_lady_of` Vellia."""
    rows = extract_rows(tmp_path, "Dan Kerr and First Lady Professor Ana Vell joined the volunteers.\n"
                                  "Vellia's First Lady Ana Kerr met Tom Orr.\n", sentences=True)
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert not any(o == "Lady" for _, _, o in facts), facts
    assert ("Ana Kerr", "first_lady_of", "Vellia") in facts, facts
