"""Aliases the text states ("X (Y)", "X, or Y", "X, also known as Y"), on the real model."""

from __future__ import annotations

import pytest

from newsgraph.extract.aliases import find_stated_aliases
from newsgraph.names import initials, is_acronym


def pairs(nlp, text: str) -> set[tuple[str, str, str]]:
    """The stated aliases (evidence for a type, ``type:`` rules, is no alias)."""
    return {(a.name, a.alias, a.rule) for a in find_stated_aliases(nlp(text), "d1") if not a.rule.startswith("type:")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters of the Popular Mobilization Forces (PMF) left the city.",
         ("Popular Mobilization Forces", "PMF", "acronym:paren")),
        ("The Kurdistan Regional Government (KRG) closed the border on Monday.",
         ("Kurdistan Regional Government", "KRG", "acronym:paren")),
        ("Iraq's Popular Mobilisation Forces (PMF) denied the report.",
         ("Popular Mobilisation Forces", "PMF", "acronym:paren")),
        ("The Islamic State, also known as Daesh, claimed the bombing.",
         ("Islamic State", "Daesh", "stated_alias:aka")),
        ("Units from the Badr Organization, or Badr Brigade, moved north.",
         ("Badr Organization", "Badr Brigade", "stated_alias:or")),
        ("Asaib Ahl al-Haq (League of the Righteous) fired rockets at the airport.",
         ("Asaib Ahl al-Haq", "League of the Righteous", "stated_alias:paren")),
        # a stock ticker: after an exchange, or letters of the name in order
        ("Shares of Orvane Therapeutics (NASDAQ: ORVT) rose on Monday.",
         ("Orvane Therapeutics", "ORVT", "ticker:paren")),
        ("Shares of Vellflix Inc (VFLX) fell 3 percent on Monday.",
         ("Vellflix Inc", "VFLX", "ticker:paren")),
        # three words in brackets that are no ticker stay a stated alias
        ("Fighters of Hashd al-Shaabi (Popular Mobilization Forces) left the city.",
         ("Hashd al-Shaabi", "Popular Mobilization Forces", "stated_alias:paren")),
    ],
)
def test_stated_aliases_are_found(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck targets in Iraq, or Syria, every week last year.",  # a list, not an alias
        "No one at the VPA, or KSB, would comment on the leak.",  # two agencies
        "Shares of Vell Motors, Tarn Steel, or Orlen Foods fell on Monday.",  # the end of a list
        # a list written with "or" each time
        "Analysts often name Vell Mart, or Kestford Motors, or Orlen Oil as the likely buyers.",
        "The strike hit a car in Mashtal (Baghdad) late on Wednesday.",  # where, not who
        # a party in brackets: every Democrat named so shares it (two senators stay two people)
        "Senate Majority Leader Tom Orr (Democrat) of Kestria said he was heartened. Senator Ben Tarr "
        "(Democrat) of Orlen said the administration would remain under a cloud.",
        "Ana Vell (Labour) spoke first.",
        "The analyst Sara Rahimi (@srahimi) wrote that the talks had failed.",  # a handle
        "The Northern Defence Front (KRG) said nothing.",  # letters do not match
        "Officials said the raid was planned (in secret) for weeks.",
        # a character and the actor who plays her
        "The show stars Storm Reid. In episode seven, Ellie's best friend Riley (Reid) returns.",
        "They need a third accomplice and turn to Jackie (Kay Holm), a bank clerk.",  # the same
        # a cast list: each bracket holds the player of the role before it
        "The film follows Dan Revel (Oscar Tamm), a singer. His friends Jim Berkey (Justin Varo)"
        " and Jean Berkey (Carla Moss) let him sleep on their couch.",
        # one bracket on a page about a film: the part and the actor, two people
        "The film is about Pedro Vell Jr. (Dan Orlen) and the strike he led in 1950.",
    ],
)
def test_non_aliases_are_ignored(nlp, text: str) -> None:
    assert pairs(nlp, text) == set()


def test_one_stage_name_in_brackets_stays_an_alias(nlp) -> None:
    """One person's other name in brackets is an alias; two or more such brackets (above) are a
    cast, and so is one with two full names on a page about a film. A one-word stage name stays
    an alias there too, and two full names stay an alias on a page about anything else."""
    assert pairs(nlp, "The singer Sting (Gordon Sumner) played in Vell on Sunday.") == {
        ("Sting", "Gordon Sumner", "stated_alias:paren")}
    assert pairs(nlp, "The film stars Sting (Gordon Sumner) as a sailor.") == {
        ("Sting", "Gordon Sumner", "stated_alias:paren")}
    assert pairs(nlp, "The rebel leader Omar Vell (Jamal Orlen) was seen in Brezna on Sunday.") == {
        ("Omar Vell", "Jamal Orlen", "stated_alias:paren")}


def test_acronym_helpers() -> None:
    assert initials("islamic revolutionary guard corps") == "irgc"
    assert initials("department of the interior") == "di"
    assert is_acronym("U.S.") and is_acronym("IRGC") and not is_acronym("Iraq")


def test_initials_made_plural_name_a_kind_not_the_body_before_them(tmp_path):
    """ "Members of Parliament (MPs)" states no alias of Parliament, and "The MPs met Tom
    Orr" is no act of it, nor of an actor "MPs"; "Several NGOs" are no actor either.
    Parliament's own acts stay."""
    from tests.extracted import extract_rows

    rows = extract_rows(tmp_path, "Newly elected Members of Parliament (MPs) will be entitled to medical care, "
                                  "the Parliament said. The MPs met Tom Orr. Several NGOs criticised Kestria. "
                                  "Parliament passed the bill.\n", sentences=True)
    met = [r for r in rows if r["predicate"] == "meet"]
    assert met and all(r["subject_type"] == "CONCEPT" and r["subject"] == "MPs" for r in met), met
    assert not any(r["subject"] == "Parliament" and r["subject_text"] != "Parliament" for r in rows), rows
    assert all(r["subject_type"] == "CONCEPT" for r in rows if r["predicate"] == "criticise"), rows
    assert any(r["subject"] == "Parliament" and r["predicate"] == "pass" for r in rows), rows
