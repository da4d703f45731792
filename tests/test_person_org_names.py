"""One node per actor on any outlet's style: titles, name parts, company forms, near misses.

Rule tests on hand-built mentions (the ``Mentions`` builder of test_resolve), plus a few
end-to-end tests through the real model on sentences written for these tests.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.model import AliasPair
from newsgraph.names import (
    canonical_key,
    display_form,
    person_parts,
    role_titled_person,
    strip_titles,
    titled_person,
)
from newsgraph.resolve import candidates_yaml, near_misses, resolve
from newsgraph.resolve.tables import parse_aliases
from tests.extracted import extract_rows
from tests.test_resolve import Mentions, entity_of, resolved_ids

# -- name parts -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "title", "first", "last", "sex"),
    [
        ("Mr Blair", ("mr",), "", "blair", "male"),
        ("Mr. Blair", ("mr",), "", "blair", "male"),
        ("Mrs Blair", ("mrs",), "", "blair", "female"),
        ("Sir Ian", ("sir",), "ian", "", "male"),
        ("Lt. Gen. Ahmed Sharif", ("lt", "gen"), "ahmed", "sharif", ""),
        ("Prime Minister Sir Keir Starmer", ("prime", "minister", "sir"), "keir", "starmer", "male"),
        ("Sen Lindsey Graham", ("sen",), "lindsey", "graham", ""),
        ("Dame Louise Casey", ("dame",), "louise", "casey", "female"),
        ("Tony Blair", (), "tony", "blair", "male"),  # the first name says it (Faker's lists)
        ("Jeanne Okafor", (), "jeanne", "okafor", "female"),
        ("Andrea Rossi", (), "andrea", "rossi", ""),  # a man's name in Italy, a woman's elsewhere
        ("Kim Jong Un", (), "jong", "kim", ""),  # a family name written first
        ("Harlan Voss's Mr Quint", ("mr",), "", "quint", "male"),
        ("Associate Professor Varda", ("associate", "professor"), "", "varda", ""),  # no first name "Associate"
        ("Publisher Aaron Vosk", ("publisher",), "aaron", "vosk", "male"),
    ],
)
def test_person_names_parse_into_title_first_and_last(text, title, first, last, sex) -> None:
    p = person_parts(text)
    assert (p.title, p.first, p.last, p.sex) == (title, first, last, sex)


def test_suffix_and_particles_are_parts_not_surnames() -> None:
    p = person_parts("Frank Pallone Jr.")
    assert (p.first, p.last, p.suffix) == ("frank", "pallone", "jr")
    assert person_parts("Sheikh Mohammed bin Rashid Al Maktoum").last == "maktoum"


@pytest.mark.parametrize("text", ["Mr Blair", "Lord Butler", "Gen Nadeem", "Sen. Lindsey Graham", "Mrs Okafor"])
def test_a_title_makes_a_person(text: str) -> None:
    assert titled_person(text)


@pytest.mark.parametrize("text", ["Lady Pohamba Private Hospital", "Gen", "King Edward Hospital", "Tony Blair",
                                  "General Motors", "General Technology Division", "General Partners"])
def test_an_institution_or_a_bare_title_is_not_a_titled_person(text: str) -> None:
    assert not titled_person(text)


def test_titles_inside_a_name_are_dropped() -> None:
    assert strip_titles("Health Commissioner Dr. Rana Ostrova") == "Rana Ostrova"
    assert strip_titles("Kim Jong Un") == "Kim Jong Un"  # a title word at the end is a name
    # a job written as a title before the name is no part of it
    assert strip_titles("Plant Manager Tan Kim Seng") == "Tan Kim Seng"
    assert strip_titles("Chief Economist Ana Lopez") == "Ana Lopez"


@pytest.mark.parametrize(("text", "name"), [("AG Jeff Tarn", "Jeff Tarn"), ("DA Ada Orr", "Ada Orr"),
                                            ("Det. Sgt. Ana Orr", "Ana Orr"), ("Fr. Tom Lisk", "Tom Lisk"),
                                            ("Sheriff Dan Orr", "Dan Orr"), ("CFO Ada Vell", "Ada Vell"),
                                            ("Ex-President Tom Vell", "Tom Vell")])
def test_american_newsroom_titles_are_no_part_of_the_name(text: str, name: str) -> None:
    """ "AG Jeff Tarn" (attorney general) is Jeff Tarn, not a person called "AG Jeff Tarn"."""
    assert strip_titles(text) == name
    assert canonical_key(text, "PERSON") == canonical_key(name)


def test_indian_district_and_state_titles_make_a_person() -> None:
    """ "District Collector P. Rahul V. Kestan" is the person Kestan, not an organisation."""
    assert strip_titles("District Collector P. Rahul V. Kestan") == "P. Rahul V. Kestan"
    assert strip_titles("MLA Dev Kerr") == "Dev Kerr"
    assert role_titled_person("District Collector P. Rahul V. Kestan")  # a person, initials aside
    assert canonical_key("District Collector P. Rahul V. Kestan", "PERSON") == canonical_key(
        "P. Rahul V. Kestan", "PERSON")


def test_a_priests_or_a_detectives_title_makes_a_person() -> None:
    assert titled_person("Fr. Tom Lisk") and titled_person("Det. Ana Orr") and titled_person("Sheriff Dan Orr")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oil & Natural Gas Corp", "Oil and Natural Gas Corporation"),
        ("Oil & Natural Gas Corporation", "Oil and Natural Gas Corp."),
        ("Tarvik Steel Pvt Ltd", "Tarvik Steel"),
        ("Brenmoor Holdings plc", "Brenmoor Holdings"),
    ],
)
def test_company_forms_share_a_key(a: str, b: str) -> None:
    assert canonical_key(a) == canonical_key(b)


# -- persons ----------------------------------------------------------------------------------

def test_mr_and_a_bare_surname_join_the_full_name_of_their_article() -> None:
    ms = Mentions()
    full = ms.add("d1", "Tony Blair", "PERSON")
    mr = ms.add("d1", "Mr Blair", "ORG")  # the small model's type for a British title
    bare = ms.add("d1", "Blair", "PERSON")
    res = resolve(ms.rows, [])
    tony = entity_of(res, full)
    assert res.assignment[mr] == res.assignment[bare] == tony.id
    assert (tony.name, tony.type) == ("Tony Blair", "PERSON")


def test_a_surname_shared_by_several_people_joins_only_where_one_is_in_play() -> None:
    ms = Mentions()
    tony = ms.add("d1", "Tony Blair", "PERSON")
    mr1 = ms.add("d1", "Mr Blair", "PERSON")
    ian = ms.add("d2", "Sir Ian Blair", "PERSON")
    cherie = ms.add("d2", "Cherie Blair", "PERSON")
    mrs = ms.add("d2", "Mrs Blair", "PERSON")
    lone = ms.add("d3", "Blair", "PERSON")  # no full name in its article: stays apart
    res = resolve(ms.rows, [])
    assert res.assignment[mr1] == res.assignment[tony]
    assert res.assignment[mrs] == res.assignment[cherie]  # a woman's title: not Sir Ian
    assert len({res.assignment[r] for r in (tony, ian, cherie, lone)}) == 4


def test_a_first_name_or_sir_and_first_name_joins_inside_its_article_only() -> None:
    ms = Mentions()
    ian = ms.add("d1", "Ian Blair", "PERSON")
    sir = ms.add("d1", "Sir Ian", "PERSON")
    boris = ms.add("d2", "Boris Johnson", "PERSON")
    first = ms.add("d2", "Boris", "PERSON")
    other = ms.add("d3", "Boris", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[sir] == res.assignment[ian]
    assert res.assignment[first] == res.assignment[boris]
    assert res.assignment[other] != res.assignment[boris]


def test_a_first_name_never_merges_two_people_whose_surnames_differ() -> None:
    ms = Mentions()
    a = ms.add("d1", "Lindsey Dotson", "PERSON")
    b = ms.add("d1", "Lindsey Graham", "PERSON")
    c = ms.add("d1", "Lindsey", "PERSON")  # two Lindseys here: no guess
    res = resolve(ms.rows, [])
    assert len({res.assignment[a], res.assignment[b], res.assignment[c]}) == 3


def test_a_company_named_general_stays_a_company() -> None:
    ms = Mentions()
    gm = ms.add("d1", "General Motors", "ORG")
    ms.add("d1", "General Ray Abel", "PERSON")
    res = resolve(ms.rows, [])
    assert (entity_of(res, gm).name, entity_of(res, gm).type) == ("General Motors", "ORG")


def test_a_first_name_written_as_a_relative_joins_only_a_person_of_the_family() -> None:
    """ "Tom Wen ... his son Rob": not the Rob Hale the article names, but Rob Wen."""
    ms = Mentions()
    ms.add("d1", "Tom Wen", "PERSON")
    hale = ms.add("d1", "Rob Hale", "PERSON")
    son = ms.add("d1", "Rob", "PERSON")
    ms.add("d2", "Tom Wen", "PERSON")
    rob_wen = ms.add("d2", "Rob Wen", "PERSON")
    son2 = ms.add("d2", "Rob", "PERSON")
    stated = [AliasPair("Rob", "son", "type:PERSON:role", "d1"), AliasPair("Rob", "son", "type:PERSON:role", "d2")]
    res = resolve(ms.rows, stated)
    assert res.assignment[son] != res.assignment[hale]
    assert res.assignment[son2] == res.assignment[rob_wen]
    plain = resolve(ms.rows, [])  # written without "his son": the article's only Rob
    assert plain.assignment[son] == plain.assignment[hale]


def test_a_relatives_titled_surname_is_not_the_full_name_of_that_surname() -> None:
    """ "Rahim Zorlan ... after his brother, Mullah Zorlan, was killed": two people; the bare
    "Zorlan" is the article's Rahim Zorlan, and without "his brother" the title joins him."""
    ms = Mentions()
    rahim = ms.add("d1", "Rahim Zorlan", "PERSON")
    bare = ms.add("d1", "Zorlan", "PERSON")
    brother = ms.add("d1", "Mullah Zorlan", "PERSON")
    again = ms.add("d1", "Mullah Zorlan", "PERSON")
    res = resolve(ms.rows, [AliasPair("Zorlan", "brother", "type:PERSON:role", "d1")])
    assert res.assignment[bare] == res.assignment[rahim]
    assert res.assignment[brother] == res.assignment[again] != res.assignment[rahim]
    assert entity_of(res, brother).name == "Mullah Zorlan"
    plain = resolve(ms.rows, [])
    assert plain.assignment[brother] == plain.assignment[rahim]


def test_a_quoted_nickname_inside_a_full_name_is_still_a_full_name() -> None:
    """ 'C.J. "Pete" Varno ... Varno said': the quotes are a nickname, not a name cut short."""
    ms = Mentions()
    full = ms.add("d1", 'C.J. "Pete" Varno', "PERSON")
    bare = ms.add("d1", "Varno", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[bare] == res.assignment[full]
    assert entity_of(res, bare).name == 'C.J. "Pete" Varno'


def test_spelling_never_merges_persons_with_different_surnames() -> None:
    ms = Mentions()
    feroz = ms.add("d1", "Feroz Abbasi", "PERSON")
    mr = ms.add("d1", "Mr Abbasi", "PERSON")
    abbas = ms.add("d2", "Mahmoud Abbas", "PERSON")
    mr2 = ms.add("d2", "Mr Abbas", "PERSON")
    regan = ms.add("d3", "Regan", "PERSON")
    reagan = ms.add("d4", "Reagan", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[mr] == res.assignment[feroz]
    assert res.assignment[mr2] == res.assignment[abbas]
    assert res.assignment[feroz] != res.assignment[abbas]
    assert res.assignment[regan] != res.assignment[reagan]


def test_a_place_spelt_alike_in_another_article_is_another_name() -> None:
    """ "Atalanta" (an Italian club the model typed a place) in one article is not the
    "Atlanta" of others; a misspelt "Atlantta" beside "Atlanta" in its article still is."""
    ms = Mentions()
    atlanta = ms.add("d1", "Atlanta", "GPE")
    ms.add("d1", "Atlanta", "GPE")
    club = ms.add("d2", "Atalanta", "GPE")
    ms.add("d3", "Atlanta", "GPE")
    typo = ms.add("d3", "Atlantta", "GPE")
    res = resolve(ms.rows, [])
    assert res.assignment[club] != res.assignment[atlanta]
    assert res.assignment[typo] == res.assignment[atlanta]


def test_a_doubled_letter_is_still_one_surname() -> None:
    ms = Mentions()
    a = ms.add("d1", "Volodymyr Zelenskyy", "PERSON")
    b = ms.add("d1", "Zelensky", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[a] == res.assignment[b]


def test_two_surname_short_form_and_initialism_join_the_full_name() -> None:
    ms = Mentions()
    full = ms.add("d1", "Jose Maria Salcedo Arriaga", "PERSON")
    tail = ms.add("d1", "Salcedo Arriaga", "PERSON")
    mr = ms.add("d1", "Mr Arriaga", "PERSON")
    ini = ms.add("d1", "JMSA", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[tail] == res.assignment[mr] == res.assignment[ini] == res.assignment[full]
    assert entity_of(res, full).name == "Jose Maria Salcedo Arriaga"


def test_the_canonical_name_is_the_fullest_written_form() -> None:
    ms = Mentions()
    rows = [ms.add("d1", "Kennedy", "PERSON") for _ in range(5)]
    full = ms.add("d1", "Charles Kennedy", "PERSON")
    res = resolve(ms.rows, [])
    assert entity_of(res, rows[0]).name == "Charles Kennedy"
    assert res.assignment[full] == res.assignment[rows[0]]


def test_a_title_alone_is_no_entity_of_its_own_name() -> None:
    ms = Mentions()
    gen = ms.add("d1", "Gen", "PERSON")
    res = resolve(ms.rows, [])
    assert entity_of(res, gen).type == "CONCEPT"


# -- organisations ----------------------------------------------------------------------------

def test_company_forms_and_their_stated_acronym_are_one_node() -> None:
    ms = Mentions()
    a = ms.add("d1", "Oil & Natural Gas Corp", "ORG")
    b = ms.add("d2", "Oil and Natural Gas Corporation", "ORG")
    c = ms.add("d3", "Oil & Natural Gas Corporation", "ORG")
    d = ms.add("d3", "ONGC", "ORG")
    stated = [AliasPair("Oil & Natural Gas Corporation", "ONGC", "acronym:paren", "d3")]
    res = resolve(ms.rows, stated)
    assert len({res.assignment[r] for r in (a, b, c, d)}) == 1


def test_an_initialism_names_the_company_whose_legal_form_is_an_acronym_too() -> None:
    ms = Mentions()
    full = ms.add("d1", "Corvane Heavy Industries PLC", "ORG")
    short = ms.add("d1", "CHI", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[full] == res.assignment[short]  # "PLC" is a legal form, no expansion


def test_a_country_before_an_agency_is_dropped_when_it_qualifies() -> None:
    ms = Mentions()
    us = ms.add("d1", "US Securities and Exchange Commission", "ORG")
    bare = ms.add("d2", "Securities and Exchange Commission", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[us] == res.assignment[bare]


def test_a_level_of_government_before_an_agency_is_dropped_in_the_article_that_writes_both() -> None:
    """ "the Bureau of Prisons" after "the Federal Bureau of Prisons" is that bureau; in an
    article that names no federal one it stays apart (a state has its own), and "Federal
    Reserve" is no "Reserve"."""
    ms = Mentions()
    federal = ms.add("d1", "Federal Bureau of Prisons", "ORG")
    bare = ms.add("d1", "Bureau of Prisons", "ORG")
    other = ms.add("d2", "Bureau of Prisons", "ORG")
    fed = ms.add("d3", "Federal Reserve", "ORG")
    reserve = ms.add("d3", "Reserve", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[federal] == res.assignment[bare]
    assert res.assignment[other] != res.assignment[federal]
    assert res.assignment[fed] != res.assignment[reserve]


def test_an_organ_every_state_has_joins_its_countrys_name_only_in_its_own_article() -> None:
    """ "Foreign Ministry spokesman X" in an article on Vellia is not the "Indian Foreign
    Ministry" of another article, even when that is the only one of the corpus; in the
    article that names the Indian one, the bare name is it."""
    ms = Mentions()
    indian = ms.add("d1", "Indian Foreign Ministry", "ORG")
    elsewhere = ms.add("d2", "Foreign Ministry", "ORG")
    ms.add("d3", "Indian Foreign Ministry", "ORG")
    here = ms.add("d3", "Foreign Ministry", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[elsewhere] != res.assignment[indian]
    assert res.assignment[here] == res.assignment[indian]
    ms = Mentions()  # "Foreign Affairs", "State Department": organs as well
    kiwi = ms.add("d1", "New Zealand Foreign Affairs", "ORG")
    other = ms.add("d2", "Foreign Affairs", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[other] != res.assignment[kiwi]


def test_a_bare_organ_is_the_organ_of_the_country_its_article_is_about() -> None:
    """ "Foreign Ministry spokesman X" in a story on India (named three times) is the Indian
    Foreign Ministry another article names; in a story on Kenya it stays bare."""
    ms = Mentions()
    indian = ms.add("d1", "Indian Foreign Ministry", "ORG")
    for _ in range(3):
        ms.add("d2", "India", "GPE")
    on_india = ms.add("d2", "Foreign Ministry", "ORG")
    for _ in range(3):
        ms.add("d3", "Kenya", "GPE")
    on_kenya = ms.add("d3", "Foreign Ministry", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[on_india] == res.assignment[indian]
    assert res.assignment[on_kenya] != res.assignment[indian]


def test_two_countries_agencies_keep_the_bare_name_apart_across_articles() -> None:
    ms = Mentions()
    a = ms.add("d1", "Kestrian Central Bank Authority", "ORG")
    b = ms.add("d2", "Indian Central Bank Authority", "ORG")
    c = ms.add("d3", "US Central Bank Authority", "ORG")
    bare = ms.add("d4", "Central Bank Authority", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[b] != res.assignment[c]
    assert res.assignment[bare] not in (res.assignment[b], res.assignment[c])
    assert res.assignment[a] != res.assignment[bare]


def test_a_short_form_joins_its_company_but_never_a_town_or_a_body_named_after_it() -> None:
    ms = Mentions()
    holdings = ms.add("d1", "Hathaway Holdings", "ORG")
    short = ms.add("d1", "Hathaway", "ORG")
    town = ms.add("d2", "Orlen", "GPE")
    council = ms.add("d2", "Orlen Defence Council", "ORG")
    orlen_org = ms.add("d2", "Orlen", "ORG")
    house = ms.add("d3", "House", "ORG")
    committee = ms.add("d3", "House Select Committee", "ORG")
    senate = ms.add("d4", "Senate", "ORG")
    caucus = ms.add("d4", "Senate Reform Caucus", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[short] == res.assignment[holdings]
    assert res.assignment[council] not in (res.assignment[town], res.assignment[orlen_org])
    assert res.assignment[house] != res.assignment[committee]
    assert res.assignment[senate] != res.assignment[caucus]


def test_a_two_letter_family_name_joins_its_full_name() -> None:
    """ "Xi" is the "Xi Jinping" of its article."""
    ms = Mentions()
    full = ms.add("d1", "Xi Jinping", "PERSON")
    short = ms.add("d1", "Xi", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[full] == res.assignment[short]


def test_an_acronym_spells_a_name_that_opens_with_a_dotted_abbreviation() -> None:
    """ "USGS" is the "U.S. Geological Survey" its article names."""
    ms = Mentions()
    full = ms.add("d1", "U.S. Geological Survey", "ORG")
    short = ms.add("d1", "USGS", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[full] == res.assignment[short]


def test_a_companys_country_unit_channel_or_plus_service_is_not_the_company() -> None:
    """ "Vellum" is neither "Vellum India", nor the "Vellum Channel", nor "Vellum+"; a
    commission is not its commissioner, though spelling is close."""
    ms = Mentions()
    rows = [ms.add("d1", t, "ORG") for t in ("Vellum", "Vellum India", "Vellum Channel", "Vellum+",
                                              "Securities Commission", "Securities Commissioner")]
    res = resolve(ms.rows, [])
    assert len({res.assignment[r] for r in rows}) == len(rows)
    ms = Mentions()  # a registered name with the country is the company itself
    full, short = ms.add("d2", "Ariel Australia Ltd", "ORG"), ms.add("d2", "Ariel", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[full] == res.assignment[short]


def test_a_longer_short_form_written_after_its_company_joins_it_but_never_a_parent() -> None:
    ms = Mentions()
    full = ms.add("d1", "Vell Gas and Electric Co", "ORG")
    short = ms.add("d1", "Vell Gas", "ORG")
    parent = ms.add("d2", "Vell and Orlen", "ORG")  # the parent, written first ...
    unit = ms.add("d2", "Vell and Orlen Manufacturing", "ORG")  # ... then its unit
    company = ms.add("d3", "Varo Foods Enterprises Inc", "ORG")
    owner = ms.add("d3", "Varo Foods Co.", "ORG")  # a full name of its own, the owner
    res = resolve(ms.rows, [])
    assert res.assignment[short] == res.assignment[full]
    assert res.assignment[parent] != res.assignment[unit]
    assert res.assignment[owner] != res.assignment[company]


def test_a_short_name_never_joins_an_office_in_it_nor_its_bodies_in_the_plural() -> None:
    """ "VAMSI" is the mission, not its "VAMSI Special Coordinator" (a role); the "Kestria
    Climate Fund" is not its "Regional Authorities" (a body, written plural)."""
    mission, short, fund, short_fund, offices, orlen = resolved_ids(
        ("d1", "VAMSI Special Coordinator", "ORG"), ("d1", "VAMSI", "ORG"),
        ("d2", "Kestria Climate Fund Regional Authorities", "ORG"), ("d2", "Kestria Climate Fund", "ORG"),
        ("d3", "Orlen Tourism Offices", "ORG"), ("d3", "Orlen Tourism", "ORG"))
    assert short != mission
    assert short_fund != fund
    assert orlen != offices


def test_a_body_is_neither_its_national_branch_nor_a_unit_named_after_its_acronym() -> None:
    """The "Red Cross" is not the "Kestrian Red Cross"; the broadcaster "VBN" is not its
    programme "VBN Rural", while "EMI" is "EMI Group PLC" (a company's form)."""
    movement, society, broadcaster, programme, group, emi = resolved_ids(
        ("d1", "Red Cross", "ORG"), ("d1", "Kestrian Red Cross", "ORG"),
        ("d2", "VBN", "ORG"), ("d2", "VBN Rural", "ORG"),
        ("d3", "EMI Group PLC", "ORG"), ("d3", "EMI", "ORG"))
    assert movement != society
    assert broadcaster != programme
    assert emi == group


def test_a_city_the_model_typed_a_person_is_no_surname_of_its_district() -> None:
    """ "Suva" (tagged a person) is not the surname of "West Suva", a part of the city the
    model also took for a person; "West" still ends a person's name ("Dan West")."""
    city, district, full, short = resolved_ids(("d1", "Suva", "PERSON"), ("d1", "West Suva", "PERSON"),
                                               ("d2", "Dan West", "PERSON"), ("d2", "West", "PERSON"))
    assert city != district
    assert short == full


# -- near misses ------------------------------------------------------------------------------

def test_near_misses_give_evidence_and_a_merge_line_the_aliases_file_takes_back() -> None:
    ms = Mentions()
    ms.add("d1", "Ahmed Sharif", "PERSON")
    ms.add("d1", "Shehbaz Sharif", "PERSON")
    lone = ms.add("d1", "Sharif", "PERSON")
    near = near_misses(ms.rows, [])
    pairs = {(n.a, n.b): n for n in near}
    assert ("Sharif", "Shehbaz Sharif") in pairs
    assert pairs[("Sharif", "Shehbaz Sharif")].evidence_for == "same surname"
    assert "2 candidates" in pairs[("Sharif", "Shehbaz Sharif")].evidence_against
    text = candidates_yaml(near)
    line = next(x for x in text.splitlines() if "Shehbaz Sharif" in x and "# -" in x)
    edited = text.replace(line, line.replace("# - ", "- ", 1), 1)
    user = parse_aliases(edited, "candidates.yaml")
    assert user.merge == (("Sharif", "Shehbaz Sharif"),)
    res = resolve(ms.rows, [], user)
    assert entity_of(res, lone).name == "Shehbaz Sharif"


# -- end to end through the real model --------------------------------------------------------

ARTICLE = (
    "Harbour deal under fire\ndate 2005-03-01\n\n"
    "Aldous Penhallow has defended the harbour deal. Mr Penhallow told MPs on Tuesday that the "
    "figures were sound. Penhallow said he would not resign.\n\n"
    "Lord Trevane, who led the review, said the evidence had been thin. Lord Trevane said the "
    "cabinet had not been told.\n\n"
    "Tarvik Oil & Gas Corp said profits rose. Tarvik Oil and Gas Corporation said it would hire "
    "more engineers.\n\n"
    "The Kestrel Independence Party (Kesip) said it would stand in every seat. Kesip said the vote "
    "was close.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    store = folder / "kg.db"
    result = CliRunner().invoke(cli, ["build", str(folder / "harbour.txt"), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(cli, ["entities", "--store", str(store), "--format", "jsonl"])
    return store, [json.loads(x) for x in out.output.splitlines()]


def _entity_with(records: list[dict], written: str) -> dict:
    return next(r for r in records if written == r["name"] or written in r["aliases"])


def test_real_model_mr_and_surname_are_the_full_name(built) -> None:
    _store, records = built
    person = _entity_with(records, "Aldous Penhallow")
    assert person["type"] == "PERSON"
    assert {"Mr Penhallow", "Penhallow"} & set(person["aliases"])
    assert not any(r["name"] in ("Penhallow", "Mr Penhallow") for r in records if r is not person)


def test_real_model_a_lord_is_a_person(built) -> None:
    _store, records = built
    lord = _entity_with(records, "Trevane")
    assert lord["type"] == "PERSON"


def test_real_model_company_forms_are_one_node(built) -> None:
    _store, records = built
    names = [r for r in records if "Tarvik" in r["name"] or any("Tarvik" in a for a in r["aliases"])]
    assert len(names) == 1


def test_candidates_command_prints_an_aliases_file(built, tmp_path) -> None:
    store, _records = built
    out = CliRunner().invoke(cli, ["entities", "--store", str(store), "--candidates"])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[3] == "merge:"
    assert parse_aliases(out.output, "candidates.yaml").merge == ()  # every pair is commented out
    jsonl = CliRunner().invoke(cli, ["entities", "--store", str(store), "--candidates", "--format", "jsonl"])
    assert jsonl.exit_code == 0
    for line in jsonl.output.splitlines():
        assert set(json.loads(line)) == {"a", "b", "a_entity", "b_entity", "rule", "evidence_for",
                                         "evidence_against"}


# -- roles as coreference (real model) --------------------------------------------------------

def test_real_model_a_role_never_goes_to_a_person_the_article_gives_another_role(nlp) -> None:
    from newsgraph.extract.mentions import collect_mentions

    doc = nlp("Tony Marsh returned from the summit on Sunday. Sir Ian Brack, the police commissioner, "
              "defended the raid on Monday. Sir Ian said officers had acted in good faith. "
              "The prime minister said he regretted the death.")
    mentions = collect_mentions(doc, "d1", [])
    pm = next(m for m in mentions if m.text.lower() == "prime minister")
    assert pm.antecedent is not None
    assert doc.char_span(*pm.antecedent).text == "Tony Marsh"


def test_real_model_a_role_never_goes_to_a_person_titled_with_another_office(nlp) -> None:
    """ "the president" is not "Speaker Ana Vell": a speaker's office is no description of its
    own, but it is another office than the president's."""
    from newsgraph.extract.mentions import collect_mentions

    doc = nlp("Speaker Ana Vell met reporters on Monday. The president's advisers were searching for a "
              "strategy, and the president said he would veto the bill.")
    mentions = collect_mentions(doc, "d1", [])
    described = [m for m in mentions if m.text.lower() == "president"]
    assert described and all(m.antecedent is None or "Vell" not in doc.char_span(*m.antecedent).text
                             for m in described)


def test_real_model_a_stated_acronym_written_as_a_word_is_one_node(built) -> None:
    _store, records = built
    party = _entity_with(records, "Kesip")
    assert party["name"] == "Kestrel Independence Party"
    assert party["type"] == "ORG"


@pytest.mark.parametrize(("letters", "words", "spelt"), [
    ("ukip", ["uk", "independence", "party"], True),
    ("ofcom", ["office", "communications"], True),
    ("nato", ["north", "atlantic", "treaty", "organisation"], True),
    ("ukip", ["united", "kingdom", "labour"], False),
])
def test_a_word_acronym_is_spelt_by_leading_letters(letters, words, spelt) -> None:
    from newsgraph.extract.aliases import _spells

    assert _spells(letters, words) is spelt


def test_real_model_itself_is_its_own_clause_subject(nlp) -> None:
    from newsgraph.extract.mentions import collect_mentions

    doc = nlp("Washington sold weapons to Taiwan. The United States said Taiwan must be able to defend itself.")
    mentions = collect_mentions(doc, "d1", [])
    itself = next(m for m in mentions if m.text == "itself")
    assert itself.antecedent is not None and doc.char_span(*itself.antecedent).text == "Taiwan"
    doc = nlp("Kestria said the army had armed itself.")
    itself = next(m for m in collect_mentions(doc, "d1", []) if m.text == "itself")
    assert itself.antecedent is None  # the army: no name to give


def test_a_titled_surname_goes_to_the_full_name_written_with_that_title() -> None:
    ms = Mentions()
    rafael = ms.add("d1", "Gen Rafael Quintero", "PERSON")
    ana = ms.add("d1", "Senator Ana Quintero", "PERSON")
    gen = ms.add("d1", "Gen Quintero", "PERSON")
    sen = ms.add("d1", "Sen. Quintero", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[gen] == res.assignment[rafael]
    assert res.assignment[sen] == res.assignment[ana]
    assert res.assignment[rafael] != res.assignment[ana]


def test_a_short_name_never_chains_two_different_people() -> None:
    ms = Mentions()
    sadeq = ms.add("d1", "Sadeq Abu Amer", "PERSON")
    hassan = ms.add("d1", "Abu Hassan Amer", "PERSON")
    short = ms.add("d1", "Abu Amer", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[sadeq] != res.assignment[hassan]
    assert res.assignment[short] not in (res.assignment[sadeq], res.assignment[hassan])  # either


# -- parts of a name the model typed otherwise, acronyms spelt out, places before a name ----------

def test_a_first_name_the_model_typed_a_place_joins_the_full_name_written_before_it() -> None:
    ms = Mentions()
    full = ms.add("d1", "Zawadi Mwakyusa", "PERSON")
    first = ms.add("d1", "Zawadi", "GPE")
    early = ms.add("d2", "Halima", "ORG")  # written before the full name: no guess
    later = ms.add("d2", "Halima Njoroge", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[first] == res.assignment[full]
    assert res.assignment[early] != res.assignment[later]


def test_a_first_name_typed_a_place_never_joins_two_people() -> None:
    ms = Mentions()
    a = ms.add("d1", "Zawadi Mwakyusa", "PERSON")
    b = ms.add("d1", "Zawadi Okello", "PERSON")
    first = ms.add("d1", "Zawadi", "GPE")
    res = resolve(ms.rows, [])
    assert len({res.assignment[a], res.assignment[b], res.assignment[first]}) == 3


def test_a_bare_surname_before_a_relative_is_named_belongs_to_the_first_person() -> None:
    ms = Mentions()
    driver = ms.add("d1", "Colm Hartigan", "PERSON")
    bare = [ms.add("d1", "Hartigan", "ORG") for _ in range(4)]
    mother = ms.add("d1", "Brid Hartigan", "PERSON")  # his mother, named once, late
    ms.add("d1", "Hartigan", "ORG")
    res = resolve(ms.rows, [])
    assert {res.assignment[r] for r in bare} == {res.assignment[driver]}
    assert res.assignment[mother] != res.assignment[driver]


def test_a_surname_typed_a_product_joins_its_person() -> None:
    ms = Mentions()
    full = ms.add("d1", "Petra Lindqvist", "PERSON")
    bare = ms.add("d1", "Lindqvist", "PRODUCT")
    res = resolve(ms.rows, [])
    assert res.assignment[bare] == res.assignment[full]
    assert entity_of(res, bare).type == "PERSON"


@pytest.mark.parametrize("title", ["MEC", "Datuk"])
def test_regional_titles_make_a_surname_a_person(title: str) -> None:
    ms = Mentions()
    full = ms.add("d1", "Sipho Ndlela", "PERSON")
    titled = ms.add("d1", f"{title} Ndlela", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[titled] == res.assignment[full]


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("GLMEX", "Great Lakes Metals Exchange"),  # some words give two letters
        ("NAVCOM", "Northern Avionics Company"),  # the legal form spelt in
        ("RDMC", "Tarlo Regional Disaster Management Centre"),  # a province before the name
    ],
)
def test_an_acronym_spelt_by_more_than_initials_joins_its_organisation(acronym: str, name: str) -> None:
    ms = Mentions()
    ms.add("d1", "Tarlo", "GPE")
    full = ms.add("d1", name, "ORG")
    short = ms.add("d1", acronym, "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[short] == res.assignment[full]


def test_a_name_holding_an_acronym_of_its_own_is_no_prefix_spelling() -> None:
    ms = Mentions()
    full = ms.add("d1", "VNET News", "ORG")
    short = ms.add("d1", "VNN", "ORG")  # another outlet, not "VN(ET) N(ews)"
    res = resolve(ms.rows, [])
    assert res.assignment[short] != res.assignment[full]


def test_an_acronym_at_the_head_of_a_name_is_the_name_spelt_out() -> None:
    ms = Mentions()
    full = ms.add("d1", "Baltic Energy Regulators Council Training Institute", "ORG")
    short = ms.add("d1", "BERC Training Institute", "ORG")
    other = ms.add("d1", "BERC Press Office", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[short] == res.assignment[full]
    assert res.assignment[other] != res.assignment[full]


def test_a_team_without_its_city_is_the_team() -> None:
    ms = Mentions()
    ms.add("d1", "Halden", "GPE")
    full = ms.add("d1", "Halden Ravens", "ORG")
    short = ms.add("d1", "Ravens", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[short] == res.assignment[full]


def test_a_team_written_into_a_players_name_is_still_the_team() -> None:
    """"Ravens D Tomas Kerrin" (the model kept the team and the position in the player's
    name) does not make "Ravens" a person's name: only a surname ("Kenny Ravens") would."""
    for person, joined in (("Ravens D Tomas Kerrin", True), ("Kenny Ravens", False)):
        ms = Mentions()
        ms.add("d1", "Halden", "GPE")
        full = ms.add("d1", "Halden Ravens", "ORG")
        ms.add("d1", person, "PERSON")
        short = ms.add("d1", "Ravens", "ORG")
        res = resolve(ms.rows, [])
        assert (res.assignment[short] == res.assignment[full]) is joined, person


def test_a_product_model_is_not_the_product_line() -> None:
    ms = Mentions()
    line = ms.add("d1", "Veltrax", "ORG")
    model = ms.add("d1", "Veltrax III", "ORG")
    res = resolve(ms.rows, [])
    assert res.assignment[line] != res.assignment[model]


def test_a_name_cut_with_its_description_is_not_a_second_person() -> None:
    ms = Mentions()
    full = ms.add("d1", "Idris Al-Harthy", "PERSON")
    cut = ms.add("d1", "Al-Harthy, calm and precise", "PERSON")  # the model ran past the name
    bare = ms.add("d1", "Al-Harthy", "PERSON")
    res = resolve(ms.rows, [])
    assert res.assignment[bare] == res.assignment[full]
    assert cut in res.assignment


def test_a_family_name_written_first_is_the_surname_an_article_repeats() -> None:
    ms = Mentions()
    yoon = ms.add("d1", "President Yoon Suk Yeol", "PERSON")
    bare = [ms.add("d1", "Yoon", "PERSON") for _ in range(3)]
    cut = ms.add("d1", "Yoon Suk", "PERSON")  # the model's span cut short
    lee = ms.add("d1", "Lee Jae-myung", "PERSON")
    lee_bare = ms.add("d1", "Lee", "PERSON")
    kim = ms.add("d1", "Kim Kardashian", "PERSON")
    kardashian = ms.add("d1", "Kardashian", "PERSON")
    res = resolve(ms.rows, [])
    assert {entity_of(res, r).id for r in (yoon, *bare, cut)} == {entity_of(res, yoon).id}
    assert entity_of(res, lee_bare).id == entity_of(res, lee).id != entity_of(res, yoon).id
    assert entity_of(res, kardashian).id == entity_of(res, kim).id  # a Western name stays Western
    ms = Mentions()
    kang = ms.add("d2", "Kang Shao Pin", "PERSON")
    mr = ms.add("d2", "Mr Pin", "PERSON")  # this outlet takes the last word for the surname
    res = resolve(ms.rows, [])
    assert entity_of(res, mr).id == entity_of(res, kang).id


def test_a_north_korean_family_name_written_first_is_the_surname() -> None:
    """ "Ri Jong-hyok ... Mr Ri": "Ri" (and "Pak", "Choe") is how North Korean names spell the
    family names; "Mr Ri" was a second person."""
    ms = Mentions()
    ri = ms.add("d1", "Ri Jong-hyok", "PERSON")
    mr = ms.add("d1", "Mr Ri", "PERSON")
    pak = ms.add("d1", "Pak Chol-ung", "PERSON")
    pak_bare = ms.add("d1", "Pak", "PERSON")
    res = resolve(ms.rows, [])
    assert entity_of(res, mr).id == entity_of(res, ri).id != entity_of(res, pak).id
    assert entity_of(res, pak_bare).id == entity_of(res, pak).id


def test_a_first_name_that_folds_away_like_an_article_still_resolves() -> None:
    ms = Mentions()
    al = ms.add("d1", "Al Pacino", "PERSON")  # "Al" folds like the article "al-": key "pacino"
    bare = ms.add("d1", "Pacino", "PERSON")
    res = resolve(ms.rows, [])
    assert entity_of(res, bare).id == entity_of(res, al).id


# -- names joined by "and" (sentences written for these tests) --------------------------------

def _extracted(tmp_path, *sentences: str) -> list[dict]:
    return extract_rows(tmp_path, "\n".join(sentences) + "\n", sentences=True)


def test_real_model_a_legal_form_after_and_belongs_to_the_name_before(tmp_path) -> None:
    records = _extracted(tmp_path, "Clevebaco bought shares from Bear, Stearns and Co Inc on March 9.",
                         "It said that Brenner Stahl and Co Inc and Halvard Brothers Inc, hired in 1983 to "
                         "advise Southern, appraised Southern.")
    names = {r[end] for r in records for end in ("subject", "object")}
    assert "Bear, Stearns and Co Inc" in names
    assert {"Brenner Stahl and Co Inc", "Halvard Brothers Inc"} <= {r["subject"] for r in records}
    assert not names & {"Co Inc", "Co", "Bear, Stearns", "Brenner Stahl"}  # never a company named "Co Inc"


def test_real_model_a_known_two_part_company_is_one_actor(tmp_path) -> None:
    records = _extracted(tmp_path, "Gulf and Western sold its valve unit to Crosby Valve in 1983.",
                         "Marks and Spencer opened a store in Lyon.",
                         "Britain and France signed the accord on Monday.")
    subjects = {(r["subject"], r["subject_type"]) for r in records if r["predicate"] in ("sell", "open", "sign")}
    assert {("Gulf and Western", "ORG"), ("Marks and Spencer", "ORG")} <= subjects
    assert not {s for s, _ in subjects} & {"Gulf", "Western", "Marks", "Spencer"}
    assert {"United Kingdom", "France"} <= {s for s, _ in subjects}  # two countries stay two


def test_a_partnership_tail_after_and_is_no_company_of_its_own(nlp) -> None:
    from newsgraph.extract.mentions import join_legal_forms

    doc = nlp("The issue is underwritten by J.B. Vell and Son.")
    join_legal_forms(doc)
    assert "J.B. Vell and Son" in [e.text for e in doc.ents]


def test_a_lower_case_company_word_is_a_description_not_a_legal_form():
    """ "the U.S. company" is not the United States ("company" is no legal form there), while
    "Shell plc", "Vell Co" and "Ford Motor Company" drop theirs."""
    assert canonical_key("the U.S. company") != canonical_key("U.S.")
    assert canonical_key("the Japanese corporation") != canonical_key("Japanese")
    assert canonical_key("Shell plc") == canonical_key("Shell")
    assert canonical_key("Vell Co") == canonical_key("Vell")
    assert canonical_key("Ford Motor Company") == canonical_key("Ford Motor")


def test_a_phrase_typed_person_is_not_cut_to_its_last_common_noun():
    """The model may stretch a person's name over a whole phrase ("Vell — deeply unpopular
    because of Orlen's sudden slide to the brink of ruin"): its key is no person "ruin"."""
    key = canonical_key("Vell — deeply unpopular because of Orlen's sudden slide to the brink of ruin", "PERSON")
    assert key != "ruin" and key.endswith("brink of ruin"), key
    assert canonical_key("President Ada Vell", "PERSON") == "ada vell"


@pytest.mark.parametrize(("written", "name"), [
    ("New Vellford Rovers", "New Vellford Rovers"), ("State Department", "State Department"),
    ("Former Senator Tom Vell", "Tom Vell"), ("New CEO Ada Lisk", "Ada Lisk"), ("Former Vell", "Vell"),
    ("Secretary of State Tom Vell", "Tom Vell"),
])
def test_a_qualifier_is_a_title_only_before_a_title(written, name):
    """ "New", "state", "US" qualify a title ("New CEO Ada Lisk"); before any other word they are
    part of a name the model may type as a person ("New Vellford Rovers"). "Former" opens no
    name: "Former Vell" is Vell."""
    assert strip_titles(written) == name


@pytest.mark.parametrize(("written", "name"), [
    ("Unseeded Patrick Vell", "Patrick Vell"),
    ("Top-seeded Ann Lisk", "Ann Lisk"),
    ("Teammate Dan Orr", "Dan Orr"),
    ("26-year-old Orr", "Orr"),
    ("Champion Tom", "Champion Tom"),  # a name of one word keeps what may be its first name
])
def test_a_word_describing_a_person_before_her_name_is_no_part_of_it(written, name) -> None:
    """Sentence-initial "Unseeded", "Teammate", "26-year-old" stayed in the name the model
    tagged, and in the node's name (``opening_words``, ``opening_suffixes``)."""
    assert strip_titles(written) == name


def test_both_at_a_sentences_start_is_no_part_of_a_name() -> None:
    """ "Both Lin and Zhou are on a visit": the model tags "Both Lin"; the name is Lin."""
    assert display_form("Both Lin") == "Lin" and canonical_key("Both Lin") == canonical_key("Lin")


@pytest.mark.parametrize(("text", "name"), [("State Hillary Vell", "Hillary Vell"), ("House Nancy Orr", "Nancy Orr"),
                                            ("New York Knicks", "New York Knicks"),
                                            ("State Department", "State Department"), ("Air Jordan", "Air Jordan")])
def test_an_office_cut_off_before_a_first_name_is_no_part_of_the_name(text: str, name: str) -> None:
    """ "Secretary of State Hillary Vell" cut by the model to "State Hillary Vell" is Hillary Vell;
    "New York", "State Department" and "Air Jordan" keep their first word."""
    assert strip_titles(text) == name


def test_a_makers_name_with_its_model_after_it_is_the_product(nlp) -> None:
    """ "a Vellco 737 crashed" (the model tags "Vellco" ORG and "737" PRODUCT): the plane
    crashed, not the firm, so the two are one PRODUCT; "Vellco's 737" stays two, and so does
    a name before a figure the model typed no product."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import join_maker_products

    doc = nlp("A Vellco 737 crashed near Kestria.")
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 2, 3, "PRODUCT"), Span(doc, 5, 6, "GPE")]
    join_maker_products(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Vellco 737", "PRODUCT"), ("Kestria", "GPE")]
    doc = nlp("Vellco's 737 crashed, and Vellco 300 fell.")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 3, "PRODUCT"), Span(doc, 6, 7, "ORG"), Span(doc, 7, 8, "CARDINAL")]
    join_maker_products(doc)
    assert ("Vellco 300", "PRODUCT") not in [(e.text, e.label_) for e in doc.ents]
    assert "Vellco's 737" not in [e.text for e in doc.ents]


def test_an_initialism_left_out_before_an_organisations_name_is_its_first_word(nlp) -> None:
    """ "the player VLCO Orvane Life" (the model tags "Orvane Life"): the initialism is the
    name's first word, so another article's Orvane Life does not take it; a place's initials
    ("US") and a capitals line stay as they were."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import join_acronym_heads

    doc = nlp("The player VLCO Orvane Life posted a loss, and US Orvane Steel grew.")
    doc.ents = [Span(doc, 3, 5, "ORG"), Span(doc, 11, 13, "ORG")]
    join_acronym_heads(doc)
    assert [e.text for e in doc.ents] == ["VLCO Orvane Life", "Orvane Steel"]
    doc = nlp("ORVANE BUYS VELLCO")
    doc.ents = [Span(doc, 2, 3, "ORG")]
    join_acronym_heads(doc)
    assert [e.text for e in doc.ents] == ["VELLCO"]


def test_a_name_in_quotes_after_a_kind_of_work_is_its_title(nlp) -> None:
    """ 'the book "Orla," which went on sale': a title, no person Orla (`work_nouns`); a name in
    quotes after another noun stays what the model typed it."""
    from spacy.tokens import Span

    from newsgraph.extract.mentions import retype_quoted_works

    doc = nlp('Excerpts of the book "Orla," which went on sale, cited the chief "Orla" Vell.')
    first = next(t.i for t in doc if t.text == "Orla")
    second = next(t.i for t in doc if t.text == "Orla" and t.i > first)
    doc.ents = [Span(doc, first, first + 1, "PERSON"), Span(doc, second, second + 1, "PERSON")]
    retype_quoted_works(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Orla", "WORK_OF_ART"), ("Orla", "PERSON")]
