"""Non-verbal facts: copulas, appositions and role titles inside noun phrases.

News states many facts without a full verb: "Kataib Hezbollah, an Iran-backed group, ...",
"Kataib Hezbollah commander Abu Baqir al-Saadi", "X is part of Y". This module turns them
into ``RawTriple`` records (see ``newsgraph.model``):

=================  ===================================================  ==========================
rule (extractor)   example                                              triple
=================  ===================================================  ==========================
copula             "X is part of Y" / "X became president of Y"         X part_of Y / president_of
copula             "X is an Iraqi militia group"                        X is_a Iraqi militia group
copula_adj         "X is close to Iran"                                 X close_to Iran
apposition         "X, an Iran-backed group, ..."                       X is_a Iran-backed group
role_appos         "X, the commander of Y, ..."                         X commander_of Y
role_np            "Kataib Hezbollah commander Abu Baqir al-Saadi"      person commander_of KH
role_np            "US Defense Secretary Lloyd Austin"                  defense_secretary_of US
role_title         "President Donald Trump"                             Donald Trump is_a President
possessive_role    "the group's military spokesperson X"                X spokesperson_of group
name_type          "the Kataib Hezbollah militia group"                 KH is_a militia group
participle         "Kataib Hezbollah, an Iran-backed group"             Iran back KH
affiliation        "Mark Vell of Orvane Capital"                        Mark Vell affiliated_with Orvane Capital
open_role          "X, a primatologist at the Orvane Institute"         X primatologist_of Orvane
=================  ===================================================  ==========================

A role with a known organisation gives only the role relation (``commander_of``), not an
extra ``is_a commander``: the role predicate already says it, and an ``is_a`` edge to a
generic "commander" node would join every commander in the graph. A role with no
organisation ("President Donald Trump") gives ``is_a`` with the written title.

The small English model mis-parses titles often ("the group's spokesperson X" comes out as
two subjects; "Kataib Hezbollah" is tagged PERSON), so role titles are read from the token
sequence next to the person's name, and the tree is only used as supporting evidence that
raises the confidence. Word lists are in ``newsgraph/data/roles.yaml``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.datafiles import read_mapping
from newsgraph.errors import NewsgraphError
from newsgraph.extract.classes import RelationClasses, shipped_classes
from newsgraph.extract.clauses import (
    ClauseRules,
    mood,
    noun_mood,
    relative_antecedent,
    said_before,
    scalar_not,
    singled_out,
    to_marked,
    with_roles,
)
from newsgraph.extract.clauses import load_rules as load_clause_rules
from newsgraph.extract.coref import coref_tables
from newsgraph.extract.lemmas import split_prefixed
from newsgraph.extract.spans import (
    UNMARKED_APPOSITIONS,
    columns,
    make_mention,
    of_objects,
    on_screen,
    reaches,
    same_entity,
    spelled_title,
)
from newsgraph.labels import ACTOR_TYPES, AMOUNT_TYPES, AREA_TYPES, BODY_OWNER_TYPES, NAMED_TYPES, VALUE_TYPES
from newsgraph.model import Mention, RawTriple
from newsgraph.names import (
    canonical_key,
    demonym_country,
    is_acronym,
    is_first_name,
    is_known_place,
    is_title_word,
    title_sex,
    us_state,
)
from newsgraph.names import tables as name_tables

__all__ = [
    "DEFAULT_ROLES_PATH",
    "RoleLexicon",
    "RoleLexiconError",
    "load_roles",
    "load_demonyms",
    "shipped_regions",
    "DEMONYMS_PATH",
    "extract_nominal_triples",
    "shipped_clause_rules",
]

DEFAULT_ROLES_PATH = Path(__file__).resolve().parent.parent / "data" / "roles.yaml"
DEMONYMS_PATH = Path(__file__).resolve().parent.parent / "data" / "demonyms.yaml"

# Entity types that never stand as an actor argument.
_NON_ACTOR_ENTS = VALUE_TYPES
# Entity types that name an actor or place (an organisation argument may be any of these).
_NAME_ENTS = NAMED_TYPES
_COPULAS = frozenset({"be", "become", "remain", "stay"})
_AS_VERBS = frozenset({"serve", "act", "work"})
_NAMING_VERBS = frozenset({"appoint", "name", "elect", "make", "choose", "install"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_PLACE_LABELS = AREA_TYPES | {"NORP"}  # a place or a nationality
_NP_LEFT_DEPS = frozenset(
    {"det", "predet", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "npadvmod"}
)
_ROLE_PREPS = frozenset({"of", "for", "from", "with", "at"})
_OPEN_ROLE_PREPS = _ROLE_PREPS - {"from"}  # "an expert from San Diego" comes from there
_FORMER_ADVERBS = frozenset({"formerly", "previously"})  # "was formerly head of"
_PLACE_ENTS = AREA_TYPES
_NAME_TYPE_ENTS = frozenset({"ORG", "PERSON", "FAC"}) | _PLACE_ENTS
_VAGUE_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "there", "what", "which",
                             "you", "i", "some", "many", "others"})


class RoleLexiconError(NewsgraphError):
    """A roles file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class RoleLexicon:
    """Word lists for role titles and relation nouns (see ``roles.yaml``).

    ``roles`` and ``titles`` hold word tuples (lower case, hyphens dropped): a title may
    contain "of" ("secretary of state"), a role may not.
    """

    roles: frozenset[tuple[str, ...]]
    titles: frozenset[tuple[str, ...]]
    qualifiers: frozenset[str]
    descriptors: frozenset[str]
    relations: frozenset[str]
    group_nouns: frozenset[str]
    not_types: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    ranks: frozenset[tuple[str, ...]] = frozenset()
    honorifics: frozenset[tuple[str, ...]] = frozenset()
    relation_adjectives: frozenset[str] = frozenset()
    reporting_words: frozenset[str] = frozenset()
    modal_words: frozenset[str] = frozenset()
    event_moods: frozenset[str] = frozenset()  # "expected visit", "failed bid": not (yet) done
    portfolio_heads: frozenset[str] = frozenset()  # "External Affairs": any capitalised word before
    state_offices: frozenset[str] = frozenset()  # "Progressive Conservative Prime Minister": no party's office
    owned_nouns: frozenset[str] = frozenset()
    person_bodies: frozenset[str] = frozenset()
    person_groups: frozenset[str] = frozenset()  # "Vell's lawyers": not Vell
    envoy_roles: frozenset[str] = frozenset()  # "Kestria's UN Ambassador X": the sender's
    identity_predicates: frozenset[str] = frozenset()
    whereabouts_predicates: frozenset[str] = frozenset()  # "based in": no owner for the subject
    itself_predicates: frozenset[str] = frozenset()  # "led the Vellian delegation": not Vellia
    naming_predicates: frozenset[str] = frozenset()  # "is known as 'Lisk'": a name, no edge to a Lisk
    ranking_words: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()  # "what", "said": an owner after one is the clause's
    object_event_nouns: frozenset[str] = frozenset()
    destination_nouns: frozenset[str] = frozenset()  # "a Russian trip": where to, not who
    event_prepositions: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    reciprocal_verbs: frozenset[str] = frozenset()
    reciprocal_objects: frozenset[str] = frozenset()
    between_nouns: frozenset[str] = frozenset()
    relation_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)
    located_relations: frozenset[str] = frozenset()
    org_units: frozenset[str] = frozenset()
    field_roles: frozenset[str] = frozenset()
    work_roles: frozenset[str] = frozenset()  # "author of X": a work, shared with no other title
    scope_nouns: frozenset[str] = frozenset()  # "the world's biggest X": a ranking's scope, no owner
    unit_heads: frozenset[str] = frozenset()  # "X's Enforcement Bureau": a unit of X
    academic_fields: frozenset[str] = frozenset()  # "professor of Economics at X": a field, not X
    nationality_roles: frozenset[str] = frozenset()  # "Brazilian striker X": where from, not the team
    office_roles: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()
    party_member_nouns: frozenset[str] = frozenset()  # "a liberal Democrat": one person
    chamber_roles: frozenset[str] = frozenset()  # "U.S. Representative X": the level, not the country's
    floor_offices: frozenset[str] = frozenset()  # "Speaker X of California": her state, not her office's
    kept_descriptors: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    death_words: frozenset[str] = frozenset()  # "late": past for an office, not for a family tie
    family_roles: frozenset[str] = frozenset()
    joint_nouns: frozenset[str] = frozenset()  # "the Vellia and Kestria side": one team of both
    agent_participles: dict[str, str] = field(default_factory=dict)
    group_participles: dict[str, str] = field(default_factory=dict)
    party_labels: dict[str, str] = field(default_factory=dict)  # "R" of "(R-Texas)" -> Republican Party

    def ends(self, word: str, role: str) -> bool:
        """Whether ``word`` before the role noun ``role`` puts the role in the past: "former
        president", "the late president", but not "her late mother" (a death ends no family tie)."""
        return word in self.former_words and not (word in self.death_words and role in self.family_roles)

    @cached_property
    def units(self) -> frozenset[tuple[str, ...]]:
        """Every role, title, rank and honorific as a word tuple."""
        return self.roles | self.titles | self.ranks | self.honorifics

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every word that may stand in a title (role words, qualifiers, descriptors)."""
        words = frozenset(w for unit in self.units for w in unit if w != "of")
        return words | self.qualifiers | self.descriptors | self.kept_descriptors

    @cached_property
    def compound_blockers(self) -> frozenset[str]:
        """Nouns that, compounded onto a title, are no part of it (:func:`_title_compound`)."""
        return (self.group_nouns | self.place_nouns | self.owned_nouns | self.person_bodies
                | self.person_groups | self.title_words | self.family_roles | self.relations)

    @cached_property
    def participle_ids(self) -> frozenset[int]:
        """String ids of the participle words, to test a token's LOWER id before its text."""
        return frozenset(get_string_id(w) for w in (*self.agent_participles, *self.group_participles))

    @cached_property
    def event_preposition_ids(self) -> frozenset[int]:
        """String ids of the event prepositions, to test a token's LOWER id first."""
        return frozenset(get_string_id(w) for w in (*self.event_prepositions, "of"))

    @cached_property
    def max_unit(self) -> int:
        """Length in words of the longest role or title."""
        return max((len(u) for u in self.units), default=1)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().replace("-", " ").split())


def _string_list(data: dict, key: str, path: Path) -> list[str]:
    value = data.get(key, []) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RoleLexiconError(f"{path}: '{key}' must be a list of strings")
    return value


def _string_map(data: dict, key: str, path: Path) -> dict[str, str]:
    value = data.get(key, {}) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise RoleLexiconError(f"{path}: '{key}' must map words to predicates")
    return {k.lower(): v.lower() for k, v in value.items()}


def _preposition_map(data: dict, path: Path) -> dict[str, set[str]]:
    """``relation_prepositions``: preposition -> relation nouns, read as noun -> prepositions."""
    value = data.get("relation_prepositions", {}) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
        for k, v in value.items()
    ):
        raise RoleLexiconError(f"{path}: 'relation_prepositions' must map prepositions to lists of nouns")
    out: dict[str, set[str]] = defaultdict(set)
    for prep, nouns in value.items():
        for noun in nouns:
            out[" ".join(_words(noun))].add(prep.lower())
    return out


def _read_roles(path: Path) -> dict:
    return read_mapping(path, "roles", RoleLexiconError)


def load_roles(extra: str | Path | None = None) -> RoleLexicon:
    """Load ``roles.yaml``, adding the lists of ``extra`` (a user file of the same shape)."""
    paths = [DEFAULT_ROLES_PATH] + ([Path(extra)] if extra is not None else [])
    lists: dict[str, set[str]] = {}
    maps: dict[str, dict[str, str]] = {"agent_participles": {}, "group_participles": {}, "party_labels": {}}
    preps: dict[str, set[str]] = defaultdict(set)
    keys = ("roles", "multiword_titles", "qualifiers", "descriptors", "relations", "group_nouns",
            "not_types", "place_nouns", "ranks", "honorifics", "relation_adjectives", "reporting_words",
            "modal_words", "event_moods", "owned_nouns", "person_bodies", "person_groups", "event_prepositions",
            "event_nouns", "reciprocal_verbs", "academic_fields",
            "reciprocal_objects", "between_nouns", "located_relations", "field_roles", "player_roles",
            "nationality_roles", "office_roles", "party_words", "party_member_nouns", "chamber_roles", "floor_offices",
            "kept_descriptors", "former_words", "death_words", "family_roles", "joint_nouns", "org_units",
            "identity_predicates", "whereabouts_predicates", "itself_predicates", "naming_predicates",
            "ranking_words", "clause_words",
            "object_event_nouns", "destination_nouns", "envoy_roles", "site_nouns", "work_roles", "scope_nouns",
            "unit_heads", "portfolio_heads", "state_offices")
    for path in paths:
        data = _read_roles(path)
        for key in keys:
            lists.setdefault(key, set()).update(_string_list(data, key, path))
        for key, mapping in maps.items():
            mapping.update(_string_map(data, key, path))
        for noun, words in _preposition_map(data, path).items():
            preps[noun] |= words
    return RoleLexicon(
        roles=frozenset(_words(r) for r in lists["roles"] | lists["player_roles"] if _words(r)),
        titles=frozenset(_words(t) for t in lists["multiword_titles"] if _words(t)),
        qualifiers=frozenset(w.lower() for w in lists["qualifiers"]) | name_tables().title_gerunds,
        descriptors=frozenset(w.lower() for w in lists["descriptors"]),
        relations=frozenset(" ".join(_words(w)) for w in lists["relations"] | lists["family_roles"] if _words(w)),
        group_nouns=frozenset(w.lower() for w in lists["group_nouns"]),
        not_types=frozenset(w.lower() for w in lists["not_types"]),
        place_nouns=frozenset(w.lower() for w in lists["place_nouns"]),
        reporting_words=frozenset(w.lower() for w in lists["reporting_words"]),
        modal_words=frozenset(w.lower() for w in lists["modal_words"]),
        event_moods=frozenset(w.lower() for w in lists["event_moods"]),
        portfolio_heads=frozenset(w.lower() for w in lists["portfolio_heads"]),
        state_offices=frozenset(w.lower() for w in lists["state_offices"]),
        owned_nouns=frozenset(w.lower() for w in lists["owned_nouns"]),
        person_bodies=frozenset(w.lower() for w in lists["person_bodies"]),
        person_groups=frozenset(w.lower() for w in lists["person_groups"]),
        envoy_roles=frozenset(w.lower() for w in lists["envoy_roles"]),
        identity_predicates=frozenset(w.lower() for w in lists["identity_predicates"]),
        whereabouts_predicates=frozenset(w.lower() for w in lists["whereabouts_predicates"]),
        itself_predicates=frozenset(w.lower() for w in lists["itself_predicates"]),
        naming_predicates=frozenset(w.lower() for w in lists["naming_predicates"]),
        ranking_words=frozenset(w.lower() for w in lists["ranking_words"]),
        clause_words=frozenset(w.lower() for w in lists["clause_words"]),
        object_event_nouns=frozenset(w.lower() for w in lists["object_event_nouns"]),
        destination_nouns=frozenset(w.lower() for w in lists["destination_nouns"]),
        event_prepositions=frozenset(w.lower() for w in lists["event_prepositions"]),
        event_nouns=frozenset(w.lower() for w in lists["event_nouns"]),
        site_nouns=frozenset(w.lower() for w in lists["site_nouns"]),
        reciprocal_verbs=frozenset(w.lower() for w in lists["reciprocal_verbs"]),
        reciprocal_objects=frozenset(w.lower() for w in lists["reciprocal_objects"]),
        between_nouns=frozenset(w.lower() for w in lists["between_nouns"]),
        relation_prepositions={noun: frozenset(words) for noun, words in preps.items()},
        located_relations=frozenset(" ".join(_words(w)) for w in lists["located_relations"] if _words(w)),
        field_roles=frozenset(w.lower() for w in lists["field_roles"]),
        work_roles=frozenset(w.lower() for w in lists["work_roles"]),
        scope_nouns=frozenset(w.lower() for w in lists["scope_nouns"]),
        unit_heads=frozenset(w.lower() for w in lists["unit_heads"]),
        academic_fields=frozenset(" ".join(_words(w)) for w in lists["academic_fields"] if _words(w)),
        nationality_roles=frozenset(w.lower() for w in lists["nationality_roles"] | lists["player_roles"]),
        office_roles=frozenset(w.lower() for w in lists["office_roles"]),
        party_words=frozenset(w.lower() for w in lists["party_words"]),
        party_member_nouns=frozenset(w.lower() for w in lists["party_member_nouns"]),
        chamber_roles=frozenset(w.lower() for w in lists["chamber_roles"]),
        floor_offices=frozenset(" ".join(_words(w)) for w in lists["floor_offices"] if _words(w)),
        kept_descriptors=frozenset(w.lower() for w in lists["kept_descriptors"]),
        former_words=frozenset(w.lower() for w in lists["former_words"]),
        death_words=frozenset(w.lower() for w in lists["death_words"]),
        family_roles=frozenset(w.lower().replace("-", "") for w in lists["family_roles"]),
        joint_nouns=frozenset(w.lower() for w in lists["joint_nouns"]),
        org_units=frozenset(w.lower() for w in lists["org_units"]),
        ranks=frozenset(_words(r) for r in lists["ranks"] if _words(r)),
        honorifics=frozenset(_words(h) for h in lists["honorifics"] if _words(h)),
        relation_adjectives=frozenset(_words(a)[0] for a in lists["relation_adjectives"]
                                      if _words(a)),
        agent_participles=maps["agent_participles"],
        group_participles=maps["group_participles"],
        party_labels=maps["party_labels"],
    )


@lru_cache(maxsize=1)
def shipped_roles() -> RoleLexicon:
    """The packaged role lists (a run's own, with the user's, come in its ``Lexicon``)."""
    return load_roles()


@lru_cache(maxsize=1)
def shipped_clause_rules() -> ClauseRules:
    """The packaged clause rules with the packaged roles' ``owned_nouns`` and
    ``object_event_nouns`` joined in."""
    return with_roles(load_clause_rules(), shipped_roles().owned_nouns, shipped_roles().object_event_nouns,
                      shipped_roles().event_moods)


# ---------------------------------------------------------------------------------------
# Token and span helpers (local: spans.py belongs to the clause extractor)


def _word(tok: Token) -> str:
    """A token's matching form: its lower-case lemma for nouns, else its lower text; a
    title's short form is its long one ("Gov." -> governor, "Sen" -> senator; names.yaml
    ``title_forms``)."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"):
        return _unprefixed(tok.lemma_.lower())
    return _long_title(tok) or _unprefixed(tok.lower_)


def _joined_prefix(word: str) -> str:
    """The prefix of a word the tokenizer keeps whole ("co" of "co-founder"; see
    ``hyphen_prefixes``), or ""."""
    parts = split_prefixed(word, load_clause_rules().hyphen_prefixes)
    return parts[0] if parts else ""


def _unprefixed(word: str) -> str:
    """A role written with a prefix kept whole ("co-founder") as its role word ("founder");
    :func:`_hyphen_prefix` and :func:`_walk_title` keep the "co"."""
    prefix = _joined_prefix(word)
    return word[len(prefix) + 1 :] if prefix else word


def _long_title(tok: Token) -> str:
    """The long form of a capitalised title's short one ("Gov." -> governor, "Sen" ->
    senator; names.yaml ``title_forms``), or ""."""
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return name_tables().title_forms.get(tok.lower_.rstrip("."), "")
    return ""


def _is_hyphen(tok: Token) -> bool:
    return tok.text in ("-", "–", "—") and tok.whitespace_ == ""


def _ent_span(tok: Token, ents: dict[int, Span]) -> Span | None:
    """The named entity holding ``tok``, when it is an actor-like entity."""
    ent = ents.get(tok.i)
    if ent is None or ent.label_ in _NON_ACTOR_ENTS:
        return None
    return ent


def _is_name(tok: Token, ents: dict[int, Span]) -> bool:
    """True for a token inside an actor entity, or a capitalised proper noun."""
    if tok.i in ents:
        return ents[tok.i].label_ in _NAME_ENTS
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start


def _np(tok: Token, ents: dict[int, Span], *, with_of: bool = True) -> Span:
    """The noun phrase headed by ``tok``: its entity, or left modifiers + head (+ "of" PP).

    Relative clauses, participles and other prepositional phrases are left out, so
    "a wider network called X" gives "a wider network".
    """
    doc = tok.doc
    ent = _ent_span(tok, ents)
    if ent is not None:
        return _grow_name(ent, ents)
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = _first(child, ("pobj",))
            if pobj is not None and (with_of or _name_with_of(tok, pobj)):
                end = max(end, _np(pobj, ents).end)
            break
    return doc[start:end]


def _name_with_of(head: Token, pobj: Token) -> bool:
    """A capitalised head and "of" object written as one name ("Gang of Eight", "Council
    of Europe"), which a phrase without its "of" part would cut in two."""
    return (head.text[:1].isupper() and head.pos_ == "PROPN" and pobj.text[:1].isupper()
            and pobj.i == head.i + 2)


def _grow_name(ent: Span, ents: dict[int, Span]) -> Span:
    """An entity plus untagged proper nouns compounded onto it from the left.

    A gazetteer that knows "Hezbollah" but not the misspelt "Kaitab Hezbollah" leaves
    "Kaitab" outside the entity (or tags it NORP on its own); the parse still hangs it on
    the name as a compound.
    """
    doc = ent.doc
    start, end = _glued(ent, ents)
    ent = doc[start:end]
    while start > 0:
        prev = doc[start - 1]
        other = ents.get(prev.i)
        if (other is not None and (other.label_ != "NORP" or len(other) != 1)) or (
                prev.pos_ != "PROPN" or prev.dep_ != "compound"
                or not ent.start <= prev.head.i < ent.end or not prev.text[:1].isupper()):
            break
        start -= 1
    return doc[start : ent.end] if start != ent.start else ent


def _glued(ent: Span, ents: dict[int, Span]) -> tuple[int, int]:
    """Bounds of an entity joined with name pieces glued by a hyphen ("Harakat al-" + "Nujaba").

    Only untagged pieces, or an entity that itself ends in the hyphen, are joined: two full
    names around a hyphen ("Jordan-Syria") stay apart, and "Iran-backed" is no name.
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    while end < len(doc) and not doc[end - 1].whitespace_:
        nxt = doc[end]
        if (_is_hyphen(nxt) and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"
                and end + 1 not in ents and end not in ents):
            end += 2
        elif _is_hyphen(doc[end - 1]) and nxt.pos_ == "PROPN":
            end = ents[end].end if end in ents else end + 1
        else:
            break
    while start > 1 and not doc[start - 1].whitespace_ and _is_hyphen(doc[start - 1]):
        if doc[start - 2].pos_ != "PROPN" or doc[start - 2].whitespace_:
            break
        if start - 1 in ents:
            start = ents[start - 1].start
        elif start - 2 not in ents:
            start -= 2
        else:
            break
    return start, end


def _first(tok: Token, deps: Sequence[str]) -> Token | None:
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("X and Y" -> [X, Y])."""
    out = [tok]
    for conj in tok.conjuncts:
        if conj.i != tok.i and conj not in out and not same_entity(tok, conj):
            out.append(conj)
    return sorted(out, key=lambda t: t.i)


def _entity_index(doc: Doc) -> dict[int, Span]:
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def _negated(verb: Token) -> bool:
    """A negation on the verb or on an adverb of it ("is not", "is no longer", "never"); not
    one that only scales ("is not just a target")."""
    for child in verb.children:
        if (child.dep_ == "neg" or child.lower_ in ("never", "neither")) and not scalar_not(
                child, verb, load_clause_rules()):
            return True
        if child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children):
            return True
    return False


def _modality(verb: Token, modals: frozenset[str]) -> str | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in modals:
            return child.norm_.lower() if child.tag_ == "MD" else child.lower_  # "wo" of "won't": will
    return None


# ---------------------------------------------------------------------------------------
# Role titles


@dataclass(frozen=True)
class _Title:
    """A role title found in the text: its tokens, predicate stem and organisation."""

    span: Span  # the written title ("Defense Secretary", "military spokesperson")
    stem: str  # predicate stem ("defense_secretary")
    org: Span | None  # organisation / country / possessor, when written
    org_rule: str  # how the organisation was found: entity, propn, noun, poss, prep, listed, ""
    former: bool
    portfolio: bool = False  # "Minister for Health": a full title even with no organisation


def _unit_ending_at(
    doc: Doc, i: int, lo: int, lex: RoleLexicon, units: frozenset | None = None
) -> tuple[int, tuple] | None:
    """The longest role/title (or one of ``units``) whose last word is token ``i``."""
    units = lex.units if units is None else units
    words: list[str] = []
    starts: list[int] = []
    j = i
    while j >= lo and len(words) < lex.max_unit:
        tok = doc[j]
        if _is_hyphen(tok):
            j -= 1
            continue
        words.insert(0, _word(tok))
        starts.insert(0, j)
        j -= 1
    for k in range(len(words)):
        cand = tuple(words[k:])
        if cand in units:
            return starts[k], cand
    return None


def _ends_a_name(tok: Token) -> bool:
    """Whether ``tok`` is the last word of a place's name of two words or more that the model
    found ("Michigan State", the university's team, typed GPE). An organisation's is not:
    the model also runs a portfolio into the organisation ("Thai Industry Minister")."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.ent_iob_ == "I" and tok.ent_type_ == "GPE" and (nxt is None or nxt.ent_iob_ != "I")


def _org_name_tail(doc: Doc, j: int, last: int, lo: int) -> bool:
    """Whether token ``j``, capitalised before a role in lower case, ends an organisation's
    name the model cut short: "Orvane Digital business development director" is the director
    of Orvane Digital, not a "digital" director of Orvane."""
    tok = doc[j]
    return (tok.text[:1].isupper() and not tok.is_sent_start and doc[last].text.islower()
            and j - 1 >= lo and doc[j - 1].ent_type_ == "ORG")


def _walk_title(doc: Doc, last: int, lo: int, lex: RoleLexicon) -> tuple[int, str, bool] | None:
    """Read a title leftwards from token ``last``: (start, predicate stem, former).

    The title must end in a role ("commander", "prime minister"); qualifiers written just
    before the role stay in the stem ("Defense Secretary" -> "defense_secretary");
    descriptors ("senior", "top") may precede and are dropped; those that change the
    office ("acting", "spiritual") stay in the stem, and "former", "then-", "ousted" make
    the title a past one.
    """
    unit = _unit_ending_at(doc, last, lo, lex)
    if unit is None:
        return None
    start, words = unit
    stem = list(words)
    prefix = _joined_prefix(doc[start].lower_)
    if prefix:
        stem.insert(0, prefix)  # "co-founder", one token: co_founder
    former = False
    qualifying = not _body_before(doc, start - 1, lo, lex)  # "Department of X Affairs Director"
    j = start - 1
    while j >= lo:
        tok = doc[j]
        word = _word(tok)
        if _is_hyphen(tok):
            j -= 1
            continue
        if _department_word(doc, j, lex):
            break  # "Homeland Security Secretary": the department's word, not "security" of a title
        if qualifying and (word in lex.portfolio_heads or _portfolio_word(doc, j, stem[0], lex)):
            stem.insert(0, word)  # "External Affairs Minister", "Religious and Cultural Affairs", a name or not
            start = j
            j -= 1
            continue
        if _ends_a_name(tok) or _org_name_tail(doc, j, last, lo):
            break  # "Michigan State quarterback": the last word of a name, not "state" of a title
        if qualifying and (word in lex.qualifiers or tok.lower_ in lex.qualifiers or (
                word in ("and", "&") and j - 1 >= lo and _word(doc[j - 1]) in lex.qualifiers
                and stem[0] in lex.qualifiers)):
            # "Mining and Energy Minister", not "X and Defense Secretary"
            stem.insert(0, word if word in lex.qualifiers else tok.lower_)
            if j - 2 >= lo and _is_hyphen(doc[j - 1]) and not doc[j - 2].whitespace_ and doc[j - 2].is_alpha:
                j -= 2  # "climate-policy researcher": the whole compound, never "policy researcher"
                stem.insert(0, _word(doc[j]))
        elif qualifying and _title_compound(tok, last, lex):
            stem.insert(0, tok.lower_)  # "portfolio manager", "communications director"
        elif word in lex.kept_descriptors:
            qualifying = False
            stem.insert(0, word)  # "acting head", "spiritual leader"
        elif word in lex.descriptors or word in lex.former_words:
            qualifying = False
            former = former or lex.ends(word, "".join(words[-1:]))
        else:
            break
        start = j
        j -= 1
    if start < unit[0] and j >= lo and _inside_name(doc, j) and all(_word(doc[k]) in lex.qualifiers
                                                                     for k in range(start, unit[0])):
        start, stem = unit[0], stem[unit[0] - start:]  # "Department of Public Health Commissioner"
    return start, "_".join(stem).replace("'", "").replace(".", ""), former


def _body_before(doc: Doc, j: int, lo: int, lex: RoleLexicon) -> bool:
    """Whether token ``j`` ends the name of a body whose last word is a portfolio's
    ("Department of Vell Religious and Cultural Affairs Director X"): capitalised words and
    "and" back to an "of" inside a name. The words are the body's, the title its director."""
    if j < lo or _word(doc[j]) not in lex.portfolio_heads:
        return False
    k = j
    while k > lo and (doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&")):
        k -= 1
    return _inside_name(doc, k)


def _portfolio_word(doc: Doc, j: int, first: str, lex: RoleLexicon) -> bool:
    """Whether token ``j`` is a word of a portfolio whose head needs one before it (``first``,
    the title's word after it, is one of ``portfolio_heads``: "External Affairs", "Cultural
    Affairs", "Kashmir Affairs"): a capitalised word, or "and" between two ("Religious and
    Cultural Affairs"). Else the word would be the title's owner ("minister of External")."""
    tok = doc[j]
    if first in lex.portfolio_heads or first in ("and", "&"):
        return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start
    return (tok.lower_ in ("and", "&") and j >= 1 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper()
            and j + 2 < len(doc) and _word(doc[j + 2]) in lex.portfolio_heads)


def _title_compound(tok: Token, last: int, lex: RoleLexicon) -> bool:
    """Whether a common noun in lower case compounded onto a title is part of it: "portfolio
    manager", "communications director", "research analyst" (a judge reads "manager of Kestford"
    for "a portfolio manager at Kestford" as a title cut short). A group noun is the title's
    organisation ("militia commander"), an owned noun or a person's body the owner's ("police
    chief", "the Vell family leader"), a kind of place none ("city councillor"); a relative
    ("ex-boyfriend Rep. X") or another title no part."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.text.islower() and tok.is_alpha
            and not tok.ent_type_ and tok.i < tok.head.i <= last and not _after_hyphen(tok)
            and tok.lemma_.lower() not in lex.compound_blockers)


def _after_hyphen(tok: Token) -> bool:
    """Whether ``tok`` ends a hyphenated word the tokenizer split ("ex - boyfriend")."""
    return tok.i >= 2 and _is_hyphen(tok.nbor(-1)) and not tok.nbor(-1).whitespace_


def _scope_noun(tok: Token, lex: RoleLexicon) -> bool:
    """Whether a possessor is the scope of a ranking, no owner ("the world's biggest wealth
    manager", "the industry's largest lender": ``scope_nouns``)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.scope_nouns


def _department_word(doc: Doc, j: int, lex: RoleLexicon) -> bool:
    """Whether token ``j`` ends an organisation's name of two words the model tagged, the first
    a word of no title and no place: "Security" of "Homeland Security", "Affairs" of "Veterans
    Affairs" (not "Programme" of a "Global Programme" the model tagged: "global" qualifies
    titles; not "Police" of "Vellia Police Dy.": a place's police and a rank; not after an
    owner's "'s" or a people's word: "Vellia's External Affairs Minister" holds Vellia's portfolio;
    not a word that describes titles: "Regional" of "AFNQL Regional Chief X" is his title's)."""
    tok = doc[j]
    if tok.ent_iob_ != "I" or tok.ent_type_ != "ORG" or j < 1 or doc[j - 1].ent_iob_ != "B" \
            or _word(tok) in lex.descriptors \
            or (j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I"):
        return False
    first = doc[j - 1]
    if j >= 2 and (doc[j - 2].tag_ == "POS" or demonym_country(doc[j - 2].text)):
        return False  # "Vellia's External Affairs Minister", "Indian Home Affairs Minister": the owner's portfolio
    return _word(first) not in lex.qualifiers and _word(first) not in lex.descriptors \
        and not is_known_place(first.text)


def _inside_name(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is the "of" or "for" inside a name written in capitals ("Department
    of Public Health Commissioner X": "Public Health" is the department's, not the title's)."""
    return doc[j].lower_ in ("of", "for") and j >= 1 and doc[j - 1].text[:1].isupper() \
        and doc[j + 1].text[:1].isupper()


def _org_left_of(
    doc: Doc, j: int, lo: int, ents: dict[int, Span], lex: RoleLexicon
) -> tuple[Span, str] | None:
    """The organisation written just before a title ending at token ``j``.

    A possessor ("the group's"), a named entity, an untagged proper-noun run, or a group
    noun ("militia commander"); other common nouns ("transport minister") are no
    organisation.
    """
    if j < lo:
        return None
    tok = doc[j]
    if tok.text == ")" and j - 3 >= lo and doc[j - 2].text == "(" and is_acronym(doc[j - 1].text):
        return _org_left_of(doc, j - 3, lo, ents, lex)  # "Pakistan People's Party (PPP) chairperson"
    if tok.tag_ == "POS" or tok.lower_ in ("'s", "’s", "'", "’"):
        owner = doc[j - 1] if j - 1 >= lo else None
        if owner is None or _scope_noun(owner, lex):
            return None  # "the world's wealth manager": of no one
        span = _np(owner, ents, with_of=False)
        return doc[span.start : min(span.end, j)], "poss"
    if tok.tag_ == "PRP$" and tok.lower_ in _OWNER_PRONOUNS:
        return doc[j : j + 1], "poss"  # "its chief executive X": the owner the pronoun stands for
    ent = _ent_span(tok, ents)
    if ent is not None and ent.label_ in _NAME_ENTS:
        start = ent.start
        while start - 1 >= lo and (before := ents.get(start - 1)) is not None \
                and before.label_ == ent.label_ and before.end == start:
            start = before.start  # "Saudi" + "Arabian", tagged as two entities: one demonym
        branch = _branch_owner(doc, start, lo, ents)
        if branch is not None:
            return branch, "entity"
        return doc[_name_start(doc, max(start, lo), lo, ents, lex) : j + 1], "entity"
    if _is_name(tok, ents):
        start = j
        while start - 1 >= lo and _is_name(doc[start - 1], ents) and doc[start - 1].i not in ents:
            start -= 1
        return doc[_name_start(doc, start, lo, ents, lex) : j + 1], "propn"
    if tok.pos_ == "NOUN" and _word(tok) in lex.group_nouns:
        start = j
        while start - 1 >= lo and doc[start - 1].dep_ in ("compound", "amod") and doc[
            start - 1
        ].pos_ in ("NOUN", "ADJ"):
            start -= 1
        return doc[start : j + 1], "noun"
    return None


def _branch_owner(doc: Doc, start: int, lo: int, ents: dict[int, Span]) -> Span | None:
    """The organisation whose branch a place before a title names: "Orlen Bank in Vellia
    Managing Partner X" is the bank's partner in Vellia, not Vellia's. None unless the place
    at token ``start`` follows "in" after an organisation's name."""
    place = ents.get(start)
    if start - 2 < lo or doc[start - 1].lower_ != "in" or place is None or place.label_ not in _PLACE_LABELS:
        return None
    org = ents.get(start - 2)
    return org if org is not None and org.label_ == "ORG" and org.start >= lo else None


def _name_start(doc: Doc, start: int, lo: int, ents: dict[int, Span], lex: RoleLexicon) -> int:
    """Where a name begins when the tagger cut its first words off: "Liberal" of "Liberal
    Democrats leader X" (an untagged capitalised word that is no title, rank or "former")."""
    while start - 1 >= lo:
        tok = doc[start - 1]
        if tok.lower_ == "of" and start - 2 >= lo and doc[start - 2].pos_ == "PROPN" \
                and doc[start - 2].text[:1].isupper():
            # "Constitutional Democratic Party of Japan leader X": the party, not Japan
            before = _ent_span(doc[start - 2], ents)
            start = before.start if before is not None and before.start >= lo else start - 2
            continue
        if (tok.i in ents or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "ADJ")
                or _word(tok) in lex.former_words or _word(tok) in lex.title_words):
            break
        start -= 1
    return start


def _skip_ranks(doc: Doc, last: int, lo: int, lex: RoleLexicon) -> int:
    """Index of the last token before the ranks and honorifics ending at ``last``."""
    j = last
    while j >= lo:
        if _is_hyphen(doc[j]):
            j -= 1
            continue
        unit = _unit_ending_at(doc, j, lo, lex)  # longest unit: "Secretary-General" is no rank
        if unit is None or (unit[1] not in lex.ranks and unit[1] not in lex.honorifics):
            break
        j = unit[0] - 1
    return j


def _names_country(span: Span) -> bool:
    """Whether a span names a country ("U.S.", "Britain"), not a state or a town."""
    key, tables = canonical_key(span.text, "GPE"), coref_tables()
    return key in tables.countries or bool(tables.place_aliases.get(key))


def _former_before_name(doc: Doc, start: int, lo: int, lex: RoleLexicon) -> bool:
    """Whether "former" stands before the nouns and names that open the title: "Former Vell
    campaign finance adviser X" was his adviser (the walk stopped at "campaign")."""
    j = start - 1
    while j >= lo and start - j <= 4 and (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].ent_type_ == "NORP") \
            and doc[j].dep_ != "poss":
        j -= 1  # not past a possessor: "former Vellia's leader X" is the leader of the former Vellia
    if lo < j < start - 1 and _is_hyphen(doc[j]) and not doc[j - 1].whitespace_:
        j -= 1  # "then-French President X": the hyphen joins "then" to the people's word
    return lo <= j < start - 1 and _word(doc[j]) in lex.former_words


def _former_conjunct(doc: Doc, start: int, lo: int, lex: RoleLexicon) -> bool:
    """Whether the title starting at ``start`` follows "and" after a past title, whose "former"
    both share: "former senator and Justice Secretary X" was both."""
    if start - 2 < lo or doc[start - 1].lower_ not in ("and", "&"):
        return False
    walked = _walk_title(doc, start - 2, lo, lex)
    return walked is not None and walked[2]


def _title_before(doc: Doc, last: int, lo: int, ents, lex: RoleLexicon) -> _Title | None:
    """A title whose role word is token ``last``, with the organisation to its left.

    Ranks and honorifics next to a name give way to a position written before them:
    "Iran's Supreme Leader Ayatollah X" -> supreme_leader_of Iran.
    """
    inner = _skip_ranks(doc, last, lo, lex)
    walked = None
    if lo <= inner < last:
        walked = _walk_title(doc, inner, lo, lex)
    walked = walked or _walk_title(doc, last, lo, lex)
    if walked is None:
        return None
    start, stem, former = walked
    kept = [w for w in stem.split("_") if (w,) not in lex.honorifics]  # "Principal Mr. X": principal
    if not kept:
        return None  # "Mr. X", "Sheikh X": no title
    stem = "_".join(kept)
    found = _org_left_of(doc, _after_party(doc, start - 1, lo, stem, lex), lo, ents, lex)
    org, how = found if found is not None else (None, "")
    if org is not None and org.start < start < org.end:
        org = doc[org.start:start]  # "Vellian External Affairs" tagged one name: the portfolio is the title's
    if org is not None and how == "entity" and org.start - 2 >= lo and doc[org.start - 1].tag_ == "POS" \
            and _names_place(org, ents) and (owner := _ent_span(doc[org.start - 2], ents)) is not None \
            and (owner.label_ == "ORG" or owner.label_ == "GPE" and stem.split("_")[-1] in lex.envoy_roles):
        # "Vellco's U.S. Chief Marketing Officer": the firm's, in its U.S. arm; "Kestria's U.S.
        # Ambassador": Kestria's envoy, sent to the United States
        org, how = owner, "poss"
    if org is not None and how == "entity" and stem.split("_")[-1] in lex.field_roles:
        employer = _owner_before_field(doc, org, lo, ents)
        if employer is not None:  # "Vellco Bank's chief Asia FX strategist X": "Asia FX" is the field
            stem = "_".join([*(_word(t) for t in org if t.is_alpha), stem])
            org, how = employer, "poss"
    if org is not None and how in ("entity", "propn") and len(org) == 1 and (
            org[0].lower_ in name_tables().generic_org_words):
        org, how = None, ""  # "Group Product Director": a word of the title ("company spokesman" stays)
    if org is not None and how in ("entity", "propn") and start - 2 >= lo and doc[start - 1].lower_ in ("and", "&") \
            and (_word(doc[start - 2]),) in lex.roles:
        org, how = None, ""  # "Cabinet Spokesman and Health Minister X": two titles of X, not one's owner
    if org is not None and _stance_word(org):
        org, how = None, ""  # "the pro-Kremlin president X": a stance, no owner
    if org is not None and how == "entity" and stem.split("_")[-1] in lex.envoy_roles:
        sender = _sending_country(doc, org, lo, ents)  # "Kestria's UN Ambassador X": Kestria's envoy
        if sender is not None:
            org, how = sender, "poss"
    if org is not None and org.start > lo and _word(doc[org.start - 1]) in lex.former_words:
        former = True
    if org is not None and org.end <= start and org.start > lo and _word(doc[org.start - 1]) in lex.kept_descriptors:
        stem = f"{_word(doc[org.start - 1])}_{stem}"  # "the acting Kestford leader": acting_leader_of
    former = former or _former_before_name(doc, start, lo, lex) or _former_conjunct(doc, start, lo, lex)
    if org is not None and _word(doc[last]) in lex.field_roles and _names_place(org, ents) \
            and not _office_title(doc, start, last, stem):
        org, how = None, ""  # "a China scholar with the AEI", "White House Russia adviser X": the field
    if org is not None and _word(doc[last]) in lex.nationality_roles and _names_people(org, ents):
        org, how = None, ""  # "Brazilian striker X": his nationality, not his team
    if org is not None and _word(doc[last]) in lex.office_roles and org.text.lower().rstrip(".") not in \
            lex.party_words and _names_people(org, ents) and not demonym_country(org.text):
        # "Sinhalese MP X": a people of no country holds no seat ("Vellian MP X" is Vellia's; a team
        # may be named by a people: "Pacific Islanders coach X"); the people's name stays in the title
        start, org, how = min(start, org.start), None, ""
    if org is not None and stem in lex.chamber_roles and _names_country(org):
        start, org, how = org.start, None, ""  # "U.S. Representative X": a member of its parliament
        # ("the U.S. special representative", "U.S. Trade Representative" are its envoys)
    if org is not None and org.start > 0 and doc[org.start - 1].tag_ in ("PRP$", "POS") and _names_people(org, ents):
        org, how = None, ""  # "his Argentine secretary", "Tarn's Russian lawyer": the owner's, of that nationality
    if _served_title(doc, min(start, org.start) if org is not None else start, lex):
        return None  # "Adviser to the Vellian President X": X advises the president, is not one
    return _Title(doc[start : _before_honorifics(doc, last, start, lex) + 1], stem, org, how, former)


def _office_title(doc: Doc, start: int, last: int, stem: str) -> bool:
    """Whether a title of several words, each capitalised, names an office ("Manhattan
    District Attorney X": the district attorney of Manhattan), not a trade whose place is
    where one practises it ("a Manhattan attorney")."""
    return "_" in stem and all(t.text[:1].isupper() for t in doc[start : last + 1])


def _stance_word(org: Span) -> bool:
    """Whether an owner's words say for or against whom one stands ("pro-Kremlin",
    "anti-Vellian"; ``stance_prefixes`` of data/clauses.yaml): no owner of the title after it."""
    head, _, rest = org.text.partition("-")
    return bool(rest) and head.lower() in load_clause_rules().stance_prefixes


def _sending_country(doc: Doc, org: Span, lo: int, ents) -> Span | None:
    """The country whose possessive, name or people's word stands before an international body
    an envoy is sent to ("Kestria's UN Ambassador X", "Kestrian UN Ambassador X": the body is
    where, the country whose envoy he is; the body's kinds are coreference's ``international``
    organisations)."""
    if org.start - 1 < lo or not _international(org):
        return None
    if doc[org.start - 1].tag_ != "POS":  # "Kestrian UN Ambassador X", "the U.S. UN envoy"
        ent = _ent_span(doc[org.start - 1], ents)
        return ent if ent is not None and ent.label_ in ("GPE", "NORP") and ent.end == org.start else None
    ent = _ent_span(doc[org.start - 2], ents) if org.start - 2 >= lo else None
    if ent is None or ent.label_ != "GPE":
        return None
    return _without_possessive(ent)


def _before_honorifics(doc: Doc, last: int, start: int, lex: RoleLexicon) -> int:
    """The title's last word before the honorifics written between it and the name: "Finance
    Minister Mr. X" is a "Finance Minister", "School Principal Mr. X" a principal."""
    j = last
    while j > start:
        unit = _unit_ending_at(doc, j, start, lex)
        if unit is None or unit[1] not in lex.honorifics:
            break
        j = unit[0] - 1
    return j


def _served_title(doc: Doc, left: int, lex: RoleLexicon) -> bool:
    """Whether the title opening at token ``left`` is another person's, served by the one
    named: "Adviser to the US President X", "Envoy for the Prime Minister X" (a role word,
    "to" or "for", and "the" before it)."""
    j = left - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("to", "for") or doc[j].is_sent_start or doc[j + 1].is_sent_start:
        return False
    return _word(doc[j - 1]) in lex.title_words


def _after_party(doc: Doc, j: int, lo: int, stem: str, lex: RoleLexicon) -> int:
    """Where to look for an office's organisation left of token ``j``: past a party written
    before the office ("Kentucky GOP Gov. X", "Ohio Republican Sen. X": governor and senator of
    the state, not of the party; ``office_roles``, ``party_words``). A party's own role ("GOP
    leader X") keeps the party."""
    if stem.split("_")[-1] not in lex.office_roles:
        return j
    k = j
    while k >= lo and doc[k].lower_.rstrip(".") in lex.party_words:
        k -= 1
    if k == j:
        return j
    return k if k >= lo and doc[k].ent_type_ in _PLACE_LABELS else lo - 1


def _title_with_of(head: Token, title: _Title, lex: RoleLexicon) -> tuple[Token, _Title]:
    """Extend "chief" to "chief of staff" when the text goes on so; the tail becomes the head.

    Returns the token whose "of" object is the organisation, and the title.
    """
    for words in lex.titles:
        if len(words) != 3 or words[1] != "of" or words[0] != title.stem.split("_")[-1]:
            continue
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        tail = _first(prep, ("pobj",)) if prep is not None else None
        if tail is not None and _word(tail) == words[2] and tail.i == head.i + 2:
            stem = "_".join([*title.stem.split("_")[:-1], *words])
            span = head.doc[title.span.start : tail.i + 1]
            return tail, _Title(span, stem, title.org, title.org_rule, title.former)
    return head, title


def _title_of_head(head: Token, ents, lex: RoleLexicon) -> _Title | None:
    """A title headed by ``head`` in the tree ("the commander of Y", "Y's leader")."""
    doc = head.doc
    np = _np(head, ents, with_of=False)
    lo = np.start
    if lo == head.i and head.i >= 2 and _is_hyphen(doc[head.i - 1]) and not doc[head.i - 2].whitespace_:
        lo = head.i - 2  # "vice-president" parsed as three siblings: the prefix is the title's
    title = _title_before(doc, head.i, lo, ents, lex)
    if title is None:
        return None
    head, title = _title_with_of(head, title, lex)
    portfolio = _portfolio(head, ents, lex)
    if portfolio is not None:  # "Vellia's Minister for Health": minister_for_health of Vellia
        stem = "_".join([title.stem, "for", *(_word(t) for t in portfolio if t.is_alpha and t.lower_ != "and")])
        title = _Title(doc[title.span.start : portfolio.end], stem, title.org, title.org_rule, title.former, True)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if title.org is None and owner is not None:
            return replace(title, org=_without_possessive(_np(owner, ents, with_of=False)), org_rule="poss")
        return title
    if title.org is not None and title.org_rule == "propn" and title.org.start not in ents:
        named = _named_role_object(head, ents, lex)
        if named is not None:  # "Branch Manager of Vell Freight": the word before is the title's
            span = doc[min(title.org.start, title.span.start):title.span.end]
            return _Title(span, _span_stem(span), named, "prep", title.former)
    if title.org is not None and title.org_rule in ("entity", "propn") and title.org.end <= title.span.start \
            and title.stem.split("_")[-1] in lex.field_roles:
        employer = _field_employer(head, ents, lex)
        if employer is not None:  # "Vellco Bank's chief Asia FX strategist X": "Asia FX" is the field
            span = doc[title.org.start:title.span.end]
            return _Title(span, _span_stem(span), employer, "poss", title.former)
    if title.org is not None and title.org_rule == "poss":
        return _with_field(title, head, ents, lex)  # "Earthsight's head of deforestation research"
    if title.org is not None and title.stem.split("_")[-1] in lex.office_roles:
        place = _office_place(head, ents)  # "the PP mayor of Madrid": Madrid's mayor, of the PP
        return replace(title, org=place, org_rule="prep") if place is not None else title
    if title.org is not None:
        return title
    for child in head.children:
        if child.dep_ == "poss" and not _scope_noun(child, lex):
            owner = _without_possessive(_np(child, ents, with_of=False))
            return _with_field(replace(title, org=owner, org_rule="poss"), head, ents, lex)
    pobj, area = _role_object(head, ents, lex)
    if pobj is not None and pobj.head.lower_ == "from" and (
            _word(head) in lex.field_roles or _names_town(pobj, ents)) or _from_place_of(pobj):
        return title  # "an expert from San Diego", "a teacher from Oslo": where they come from
    if pobj is not None and _unnamed_place_of_people(pobj, ents, lex):
        # "mayor of the Portuguese capital", "governor of the Kenyan province": an office of a
        # place the sentence does not name, no office of the people's country
        return replace(title, span=head.doc[title.span.start:pobj.right_edge.i + 1], org=None, org_rule="")
    if pobj is not None and _bare_field(pobj, area, ents):
        # "Ana Vell, minister of mental health and addictions": a portfolio, no owner
        return _Title(doc[title.span.start:_past_conjuncts(pobj)], title.stem, None, "", title.former)
    if pobj is not None:  # "head of financial reporting at the ICAEW": head_of_financial_reporting
        org = _owning_np(pobj, ents, lex.owned_nouns)
        named = _name_in_unit(pobj, ents) if not area and org.end <= pobj.i else None
        if named is not None:  # "expert at London's Royal United Services Institute think tank"
            return _Title(title.span, title.stem, named, "prep", title.former) if len(named) else title
        if not area and org.end <= pobj.i and _modified_unit(pobj, ents):
            area = _field_words(pobj, lex)  # "head of Vellia's presidential office": of the office
        owned = _named_unit_owner(pobj, org, ents, lex) if not area else None
        if owned is not None:  # "chief of the Orvane Commission's Enforcement Bureau"
            org, area = owned[0], "_".join(t.lower_ for t in owned[1] if t.is_alpha)
        listed = _org_after_title(head, ents) if not area and org.root.i not in ents else None
        if listed is not None:  # "Dan Orr, Head of Islamic Finance, Kestford Bank": the bank's unit
            org, area = listed, "_".join(t.lower_ for t in org if t.is_alpha and t.lower_ != "the")
        stem = f"{title.stem}_of_{area}" if area else title.stem
        return _Title(title.span, stem, org, "listed" if listed is not None else "prep", title.former)
    shared = _shared_org(head, ents, lex)
    if shared is not None:  # "co-founder and chief executive of X": both roles are X's
        return _Title(title.span, title.stem, shared, "prep", title.former)
    listed = _org_after_title(head, ents)
    if listed is not None:  # "said Tom Orr, Marketing Manager, Orvane Foods."
        return _Title(title.span, title.stem, listed, "listed", title.former)
    return title


def _unnamed_place_of_people(pobj: Token, ents: dict[int, Span], lex: RoleLexicon) -> bool:
    """Whether a role's object is a kind of place (``place_nouns``) that only a people's word
    qualifies ("the Portuguese capital", "the Kenyan province"): a place the sentence does
    not name, and no name of it follows ("the Kenyan province of Orlen" names Orlen)."""
    if pobj.lemma_.lower() not in lex.place_nouns or any(c.dep_ == "prep" for c in pobj.children):
        return False
    mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "nmod")]
    return bool(mods) and all((ent := ents.get(c.i)) is not None and ent.label_ == "NORP" for c in mods)


def _org_after_title(head: Token, ents: dict[int, Span]) -> Span | None:
    """The organisation a press release's list names after a person's title and a comma:
    "Tom Orr, Marketing Manager, Orvane Foods" (the parser hangs it on the title or the name as
    a second apposition). An organisation's entity or a run of capitalised words no person's
    or place's entity holds, ending the clause (a comma, a full stop or the sentence's end)."""
    doc = head.doc
    end = max([head.i, *(c.right_edge.i for c in head.children if c.dep_ not in ("appos", "punct"))]) + 1
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].is_sent_start:
        return None
    start = end + 1
    stop = start
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
        stop += 1
    if stop - start < 1 or stop < len(doc) and doc[stop].text not in (",", ".", ";") and not doc[stop].is_sent_start:
        return None
    span = doc[start:stop]
    labels = {ents[t.i].label_ for t in span if t.i in ents}
    if labels - {"ORG"} or not labels and len(span) < 2 or is_first_name(span[0].text) and span.start not in ents:
        return None  # "Tom Orr, Manager, Ana Vell, Director": the next person, not an employer
    return span


def _portfolio(head: Token, ents: dict[int, Span], lex: RoleLexicon) -> Span | None:
    """The portfolio a role's "for" phrase names, part of the title: "Minister for Health",
    "Parliamentary Secretary for Fisheries" (capitalised words ending in a
    portfolio word of ``qualifiers`` or in "Affairs"; no place, person or people). The
    minister is no minister OF Health, an organisation."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for" and c.i == head.i + 1), None)
    pobj = _first(prep, ("pobj",)) if prep is not None else None
    if pobj is None or pobj.ent_type_ in ("GPE", "LOC", "NORP", "PERSON", "FAC"):
        return None
    span = head.doc[prep.i + 1 : _past_conjuncts(pobj)]  # "for Trade and Industry"
    words = [t for t in span if t.lower_ not in ("and", "&", ",")]
    if not words or len(words) > 5 or not all(t.is_title and t.is_alpha for t in words):
        return None
    return span if _portfolio_noun(pobj, lex) else None


def _portfolio_noun(tok: Token, lex: RoleLexicon) -> bool:
    """Whether a noun heads a portfolio: a word of ``qualifiers`` ("Health", "Defence") or
    "Affairs" ("Foreign Affairs")."""
    return _word(tok) in lex.qualifiers or tok.lower_ == "affairs"


def _past_conjuncts(tok: Token) -> int:
    """The index just past ``tok`` and its last conjunct ("Trade and Industry", "mental health
    and addictions")."""
    return max([tok.i, *(c.i for c in tok.conjuncts)]) + 1


def _span_stem(span: Span) -> str:
    """A title written out as a predicate stem, its words only ("Branch Manager" ->
    branch_manager, "Asia FX strategist" -> asia_fx_strategist)."""
    return "_".join(_word(t) for t in span if t.is_alpha)


def _international(org: Span) -> bool:
    """Whether a body is an international one an envoy is sent to (the UN, the EU: coreference's
    ``international`` organisations)."""
    return "international" in coref_tables().kinds_of(canonical_key(org.text))


def _owner_before_field(doc: Doc, field: Span, lo: int, ents) -> Span | None:
    """The organisation whose "'s" stands before a field role's field, past the small words of
    the title ("Vellco Bank's chief Asia FX strategist": Vellco Bank), or None."""
    j = field.start - 1
    while j > lo and doc[j].is_lower and doc[j].is_alpha:
        j -= 1
    if j - 1 < lo or doc[j].tag_ != "POS":
        return None
    owner = _ent_span(doc[j - 1], ents)
    return _without_possessive(owner) if owner is not None and owner.label_ == "ORG" else None


def _field_employer(head: Token, ents: dict[int, Span], lex: RoleLexicon) -> Span | None:
    """The employer a field role names besides the words before it: its owner's "'s" ("Vellco
    Bank's chief Asia FX strategist") or an organisation after "at"/"of"/"for" ("chief Asia FX
    strategist at Vellco Bank"); None when it names none."""
    owner = next((c for c in head.children if c.dep_ == "poss" and not _scope_noun(c, lex)), None)
    if owner is not None:
        return _without_possessive(_np(owner, ents, with_of=False))
    return _named_role_object(head, ents, lex)


def _named_role_object(head: Token, ents: dict[int, Span], lex: RoleLexicon) -> Span | None:
    """The organisation a role's "of"/"at"/"for" phrase names by an ORG entity, or None."""
    pobj, area = _role_object(head, ents, lex)
    ent = _ent_span(pobj, ents) if pobj is not None and not area else None
    return _owning_np(pobj, ents) if ent is not None and ent.label_ == "ORG" else None


def _names_place(span: Span, ents: dict[int, Span]) -> bool:
    """Whether a place or nationality name stands in ``span`` (a field role's "China", "San
    Diego": its subject or its seat, not its employer; ``field_roles``)."""
    return any((ent := ents.get(t.i)) is not None and ent.label_ in _PLACE_LABELS for t in span)


def _from_place_of(tok: Token | None) -> bool:
    """Whether ``tok`` is the place of "from the city of X" (or "from the province"): where
    one comes from, whatever the model typed X."""
    if tok is None:
        return False
    places = name_tables().place_of_nouns
    if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in places:
        tok = tok.head.head
    return tok.head.lower_ == "from" and tok.lemma_.lower() in places


def _names_town(tok: Token, ents: dict[int, Span]) -> bool:
    """Whether ``tok`` names a place that is no country ("Oslo"): one comes from it, it
    employs no one ("a music teacher from Oslo"; a country's officials may be its own)."""
    ent = ents.get(tok.i)
    return ent is not None and ent.label_ in _PLACE_LABELS and canonical_key(ent.text) not in coref_tables().countries


def _names_people(span: Span, ents: dict[int, Span]) -> bool:
    """Whether ``span`` is a nationality ("Brazilian", typed NORP), not a place or a team."""
    return all((ent := ents.get(t.i)) is not None and ent.label_ == "NORP" for t in span)


def _role_object(head: Token, ents: dict[int, Span], lex: RoleLexicon) -> tuple[Token | None, str]:
    """The object of a role's "of"/"at"/"for" phrase, a named one first, and the field of
    the role when the name comes one level down: "head of financial reporting at the ICAEW"
    -> (ICAEW, "financial_reporting"), not "head of financial reporting". A kind of place is
    no field: "mayor of the northern port city of Orlen" is mayor of Orlen (``place_nouns``)."""
    objs = [pobj for child in head.rights if child.dep_ == "prep" and child.lower_ in _ROLE_PREPS
            if (pobj := _first(child, ("pobj",))) is not None and not _place_served(pobj, ents)]
    named = [o for o in objs if (ent := _ent_span(o, ents)) is not None and not _is_field(ent, lex)]
    if named:  # "head of financial reporting at the ICAEW", both phrases on "head"
        area = next((o for o in objs if o.i < named[0].i and o not in named and o.head.lower_ == "of"), None)
        return named[0], _field_words(area, lex) if area is not None else ""
    if not objs:
        return None, ""
    for area in objs:
        for t in area.subtree:
            if t.dep_ == "prep" and t.lower_ in _ROLE_PREPS and t.head.i != head.i:
                g = _first(t, ("pobj",))
                if g is not None and _ent_span(g, ents) is not None:
                    return g, _field_words(area, lex)
    return objs[0], ""


def _bare_field(pobj: Token, area: str, ents: dict[int, Span]) -> bool:
    """Whether a role's "of" object is a portfolio or a field written bare, in small letters, no
    name ("minister of mental health", "chief of staff"): part of the title, no organisation (a
    noun with a determiner or an owner may be a body the article names: "head of the agency")."""
    return (not area and pobj.head.lower_ == "of" and pobj.pos_ == "NOUN" and pobj.is_lower
            and not any(c.dep_ in ("det", "poss") for c in pobj.children)
            and not any(t.i in ents for t in pobj.subtree))


def _is_field(ent: Span, lex: RoleLexicon) -> bool:
    """Whether a name the model tagged is a field of study ("Economics", "Public Health";
    ``academic_fields``): after a role's "of" it says what the role covers, not who employs it."""
    return " ".join(t.lower_ for t in ent) in lex.academic_fields


def _place_served(pobj: Token, ents: dict[int, Span]) -> bool:
    """Whether a role's "for" phrase names the place it deals with, not its employer: "the
    U.S. special representative for Vellia", "the envoy of the President for the Middle
    East" work for the United States and the President, not for Vellia or the region."""
    ent = _ent_span(pobj, ents) if pobj.head.lower_ == "for" else None
    return ent is not None and ent.label_ in _PLACE_LABELS


def _office_place(head: Token, ents: dict[int, Span]) -> Span | None:
    """The place an office's "of" phrase names ("mayor of Madrid"): the office is the place's
    whatever party or body is written before it (a "for" phrase is the place an envoy deals
    with: "the U.S. special representative for Vellia")."""
    for prep in head.rights:
        pobj = _first(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        ent = _ent_span(pobj, ents) if pobj is not None else None
        if ent is not None and ent.label_ in AREA_TYPES:
            return _grow_name(ent, ents)
    return None


def _with_field(title: _Title, head: Token, ents: dict[int, Span], lex: RoleLexicon) -> _Title:
    """A title whose owner is written before it, with the field its "of" phrase names:
    "Earthsight's head of deforestation research" heads the research, not Earthsight
    (a name there is the role's own owner, :func:`_role_object`; no field: the title as is).
    A name further down is no owner either: "Vellco's director of sales for North America" is
    Vellco's director of sales; nor is a portfolio the model tagged as a name: "Kestria's
    Minister of Health" (a portfolio word of ``qualifiers``, or "Affairs")."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = _first(prep, ("pobj",)) if prep is not None else None
    portfolio = pobj is not None and pobj.is_title and _portfolio_noun(pobj, lex)
    if pobj is None or pobj.pos_ != "NOUN" and not portfolio \
            or not portfolio and any(t.i in ents for t in (pobj, *pobj.lefts)):
        return title
    field = _field_words(pobj, lex)
    return replace(title, stem=f"{title.stem}_of_{field}") if field else title


def _name_in_unit(pobj: Token, ents: dict[int, Span]) -> Span | None:
    """The name written inside an owned unit ("London's Royal United Services Institute think
    tank"): the body is the one so named, not its owner, and the unit no field; an empty span
    when the model tagged no name there (the body is unknown); None when the unit has no name."""
    word = next((c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if word is None:
        return None
    ent = _ent_span(word, ents)
    return _grow_name(ent, ents) if ent is not None and ent.label_ in ("ORG", "FAC") else pobj.doc[word.i:word.i]


def _modified_unit(pobj: Token, ents: dict[int, Span]) -> bool:
    """Whether an owned unit is one of several its owner has, told by its modifiers:
    "Vellia's presidential office", "the ministry's budget division", "Vellco's German
    operations" (no name among them but a people's word); "Vellia's government" is the
    owner's only one, and so is its "Kestria-installed government" (a participle says how it
    came to be, not which one)."""
    return pobj.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and (c.i not in ents or ents[c.i].label_ == "NORP") and c.i < pobj.i
        and c.tag_ not in ("VBN", "VBD") and not any(g.dep_ == "punct" for g in c.children) for c in pobj.children)


def _field_words(area: Token, lex: RoleLexicon) -> str:
    """A role's field as predicate words, as written, with the modifiers of its modifiers:
    "financial reporting" -> financial_reporting, "foreign affairs" -> foreign_affairs (not
    the lemma "affair"), "infectious diseases department" -> infectious_diseases_department."""
    if area.lemma_.lower() in lex.place_nouns:
        return ""
    return "_".join([*(w.lower_ for w in _modifiers(area)), area.lower_])


def _modifiers(tok: Token) -> list[Token]:
    """The adjectives and nouns written before ``tok`` that modify it, each with its own."""
    out: list[Token] = []
    for w in tok.lefts:
        if w.dep_ in ("amod", "compound"):
            out += [*_modifiers(w), w]
    return out


_NAMED_OWNER_TYPES = _PLACE_LABELS | {"ORG", "FAC"}  # a name that can own a title


def _shared_org(head: Token, ents: dict[int, Span], lex: RoleLexicon) -> Span | None:
    """The organisation a coordinated role names for both: the "of"/"at" object of the
    role noun this one is coordinated with. Two roles only: in a list ("economist, professor
    and former chair of the Council") the first items describe the person, not the body's
    posts. An author's "of" is a work, no one's employer (``work_roles``), and a noun that is no
    title says nothing of the other's body ("an industry analyst and close follower of Vellco"
    follows Vellco, and is no analyst of it), nor does a relation beside a trade ("a lawyer and
    member of the Vell Party" is no lawyer of the party; "the founder and owner of Vellco" is
    both)."""
    others = [c for c in head.conjuncts if c.i != head.i]
    if len(others) > 1:
        return None
    doc = head.doc
    if any((t.ent_type_ in _NAMED_OWNER_TYPES or t.text[:1].isupper() and not is_title_word(t.text))
           and "-" not in t.text and not _is_hyphen(doc[t.i + 1])
           for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")):
        return None  # "prime minister of Kestria and ex-NATO chief": his own; not "Bangkok-based founder"
    for other in others:
        if other.pos_ != "NOUN" or _word(other) in lex.work_roles \
                or _word(other) in lex.relations and _word(head) in lex.field_roles \
                or _walk_title(doc, other.i, other.left_edge.i, lex) is None:
            continue
        for child in other.rights:
            if child.dep_ == "prep" and child.lower_ in _ROLE_PREPS:
                pobj = _first(child, ("pobj",))
                if pobj is not None and _ent_span(pobj, ents) is not None:
                    return _owning_np(pobj, ents)
    return None


def _owning_np(pobj: Token, ents: dict[int, Span], owned: frozenset[str] = frozenset()) -> Span:
    """The organisation of a role's "of" phrase: the named owner of a unit that is not a
    name itself ("chief of the Finance Ministry's budget division" -> Finance Ministry), or
    the name in apposition to it ("chief executive of Vell's largest bank, Orlen Bank" ->
    Orlen Bank). A country owns only the units of ``owned`` (the role lexicon's
    ``owned_nouns``): the head of "Vellia's government" is Vellia's, the leader of "Kestria's
    biggest trades union body" is not Kestria's."""
    if _ent_span(pobj, ents) is None:
        named = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i), None)
        ent = _ent_span(named, ents) if named is not None else None
        if ent is not None and ent.label_ == "ORG":
            return _grow_name(ent, ents)
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        ent = _ent_span(owner, ents) if owner is not None and owner.pos_ == "PROPN" else None
        if ent is not None and ent.label_ in BODY_OWNER_TYPES and (
                ent.label_ == "ORG" or pobj.lemma_.lower() in owned or pobj.lower_ in owned):
            name = _without_possessive(ent)
            if len(name):
                return name
    return _with_field_conjuncts(_np(pobj, ents), pobj, ents)


def _named_unit_owner(pobj: Token, unit: Span, ents: dict[int, Span], lex: RoleLexicon) -> tuple[Span, Span] | None:
    """The organisation that owns a named unit a role's "of" names, and the unit's own words
    ("chief of the Orvane Commission's Enforcement Bureau", "Vice President for the Kestford
    Bank's Africa Region", one name or two to the model): the unit's name ends in a word of
    ``unit_heads`` and an organisation is written before it with "'s". The role is the
    owner's, with the unit in the relation, as for "the Asia division of X" (a judge reads
    "chief of Enforcement Bureau" as cut short)."""
    ent = _ent_span(pobj, ents)
    if ent is None or ent.label_ != "ORG" or unit.start > ent.start or unit[-1].lower_ not in lex.unit_heads:
        return None
    mark = next((t.i for t in ent if t.tag_ == "POS"), None)
    if mark is not None:  # "Kestford Bank's Africa Region", one name
        owner, words = ent.doc[ent.start:mark], ent.doc[mark + 1:ent.end]
        owner = owner[1:] if len(owner) and owner[0].lower_ == "the" else owner
        return (owner, words) if len(owner) and len(words) else None
    poss = next((c for c in pobj.children if c.dep_ == "poss"), None) or next(
        (c for t in ent for c in t.children if c.dep_ == "poss" and c.i < ent.start), None)
    named = _ent_span(poss, ents) if poss is not None else None
    if named is None or named.label_ != "ORG" or named.start == ent.start:
        return None
    name = _without_possessive(named)
    return (name, ent) if len(name) else None


def _with_field_conjuncts(span: Span, pobj: Token, ents: dict[int, Span]) -> Span:
    """An office's field written in capitals goes on over its conjuncts: "Minister of Health
    and Social Welfare" is the minister of "Health and Social Welfare", "of Trade,
    Tourism and Industry" of all three (unnamed capitalised words only: "of Vell Corp and
    Orlen Bank" names two bodies)."""
    if pobj.pos_ != "PROPN" or pobj.i in ents or not pobj.is_title:
        return span
    conjuncts = [t for t in pobj.conjuncts if t.i > pobj.i]
    if not conjuncts or any(t.pos_ != "PROPN" or not t.is_title or any(w.i in ents for w in t.subtree)
                            for t in conjuncts):
        return span
    return span.doc[span.start : max(t.right_edge.i for t in conjuncts) + 1]


def _without_possessive(span: Span) -> Span:
    """``span`` without a trailing possessive ("Russia's" -> Russia); may be empty."""
    return span.doc[span.start : span.end - (1 if span[-1].tag_ == "POS" else 0)]


# ---------------------------------------------------------------------------------------
# Reported speech

_REPORTING_CLASSES = frozenset({"STATEMENT", "ACCUSE", "THREATEN"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})


def _is_reporting(verb: Token, ctx: _Ctx) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in ctx.lex.reporting_words or ctx.classes.classify(lemma) in _REPORTING_CLASSES


def _qualified(modality: str | None, evidence: Sequence[Span | Token], anchor: Token,
               ctx: _Ctx) -> str | None:
    """The modality with what the sentence adds around the fact: "former" ("a former member
    of", "was formerly head of"), a condition ("If X becomes president ..." -> "if") and a
    question ("Is Orlen a member of the alliance?" -> "?")."""
    words = [] if modality is None else modality.split()
    heads = [e if isinstance(e, Token) else e.root for e in evidence]
    if "former" not in words and any(
            c.dep_ in ("amod", "advmod") and (c.lower_ in _FORMER_ADVERBS or ctx.lex.ends(c.lower_, h.lemma_.lower()))
            for h in heads for c in h.children):
        words.append("former")
    hedge = _hedge(heads)
    if hedge is not None and hedge not in words:
        words.append(hedge)  # "Tom Orr, allegedly a member of the Front", "is reportedly an ally of"
    for tok in (anchor, *anchor.ancestors):  # up to the clause that says "if"
        mark = next((c.lower_ for c in tok.children if c.dep_ == "mark" and c.lower_ in ctx.conditions), None)
        if mark is not None:
            if not any(w in ctx.conditions for w in words):
                words.append(mark)
            break
        if tok.dep_ not in _CLIMB_DEPS and tok.pos_ not in _CLIMB_POS or _named_argument(tok):
            break
    if "?" not in words and "?" in (mood(anchor) or "").split():
        words.append("?")  # "Which countries are these workers from?": a question states no type
    return " ".join(words) or None


def _hedge(heads: list[Token]) -> str | None:
    """A hedging adverb on the noun that states the fact, or on its copula: "allegedly a
    member of the Front", "is reportedly an ally of Dan Kerr" (``hedge_adverbs``)."""
    hedges = shipped_clause_rules().hedge_adverbs
    for head in heads:
        holders = [head, head.head] if head.dep_ == "attr" and head.head.lemma_ == "be" else [head]
        word = next((c.lower_ for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in hedges), None)
        if word is not None:
            return word
    return None


def _named_argument(tok: Token) -> bool:
    """Whether ``tok`` is a name standing as an argument of its clause ("If Rep. Ana Kerr
    (D-Calif.) wins"): what its title, label or apposition says of the person the writer
    states, whatever the clause's condition."""
    return tok.pos_ == "PROPN" and tok.dep_ in _ARGUMENT_DEPS


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "agent", "poss"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "attr", "acomp", "appos", "ROOT"})
_CLIMB_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def _attribution(anchor: Token, ctx: _Ctx) -> str | None:
    """Who said the clause holding ``anchor`` ("X is Y, officials said" -> "officials")."""
    tok = anchor
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "advcl":
            break  # "..., while Biden hinted": an adverbial clause is the writer's own
        if tok.dep_ in _CLAUSE_DEPS and head.pos_ in ("VERB", "AUX") and _is_reporting(head, ctx):
            subj = _first(head, ("nsubj",))
            if subj is not None:
                return _np(subj, ctx.ents).text
            # "a statement posted online that ...": keep climbing to whoever said it
        tok = head
    for tok in anchor.sent:
        if tok.lower_ == "according" and not tok.i <= anchor.i <= tok.right_edge.i:
            prep = _first(tok, ("prep",))
            pobj = _first(prep, ("pobj",)) if prep is not None else None
            if pobj is not None:
                return _np(pobj, ctx.ents).text
    return None


# ---------------------------------------------------------------------------------------
# Emitting triples


_VERB_IDS = frozenset(get_string_id(p) for p in ("AUX", "VERB"))
_PROPN_ID = get_string_id("PROPN")
_APPOS_ID = get_string_id("appos")


@dataclass
class _Ctx:
    doc: Doc
    doc_id: str
    sents: list[Span]
    sent_of: dict[int, int]
    ents: dict[int, Span]
    lex: RoleLexicon
    sent_ents: dict[int, list[Span]]
    classes: RelationClasses
    demonyms: Mapping[str, str]
    conditions: frozenset[str] = frozenset({"if", "unless"})

    @cached_property
    def place_names(self) -> frozenset[str]:
        """The names the document tags a place or a people, as written (read once per document)."""
        return frozenset(e.text for e in self.doc.ents if e.label_ in ("GPE", "LOC", "NORP"))


def _body_noun(head: Token) -> bool:
    """Whether a noun names a kind of organisation, never what a person is ("a think tank",
    "a company", "the movement": ``body_kind_nouns`` of data/names.yaml)."""
    return head.lemma_.lower() in name_tables().body_kind_nouns


def _triple(
    ctx: _Ctx,
    subj: Span,
    predicate: str,
    predicate_text: str,
    obj: Span,
    evidence: Sequence[Span | Token],
    confidence: float,
    extractor: str,
    *,
    negated: bool = False,
    modality: str | None = None,
) -> RawTriple | None:
    """Build one RawTriple; None when an argument is empty or both are the same words, or
    for an ``is_a`` with a count at either end ("Kerney (62 tackles, 14.5 sacks)": a
    statistic, no class)."""
    if len(subj) == 0 or len(obj) == 0:
        return None
    if predicate == "is_a" and (subj[0].like_num or obj[0].like_num):
        return None
    if predicate == "is_a" and subj.root.ent_type_ == "PERSON" and _body_noun(obj.root):
        return None  # "Tarrow, fellow at the Vell Center, a think tank": the think tank is the Center
    if subj.root.ent_type_ == "PERSON":
        subj = _strip_title(subj, ctx.lex)  # "General X, the commander of Y" -> X
    sent_index = ctx.sent_of[subj.start]
    sent = ctx.sents[sent_index]
    s_mention = _actor_label(make_mention(subj, ctx.doc_id, sent_index))
    o_mention = _actor_label(make_mention(obj, ctx.doc_id, sent_index))
    if predicate.split("_")[0] in ctx.lex.party_words and demonym_country(o_mention.text):
        return None  # "Scottish Labour leader X" leads Scottish Labour, a party, not Scotland
    if predicate != "is_a":
        written = (s_mention.text, o_mention.text)
        s_mention, o_mention = _as_place(s_mention, ctx.demonyms), _as_place(o_mention, ctx.demonyms)
        if o_mention.text != written[1] and not predicate_text.lower().startswith(written[1].lower()):
            predicate_text = f"{written[1]} {predicate_text}"  # "Iraqi Prime Minister"
    if s_mention.key == o_mention.key or s_mention.text.lower() == o_mention.text.lower():
        return None
    starts = [s_mention.start_char, o_mention.start_char]
    ends = [s_mention.end_char, o_mention.end_char]
    for part in evidence:
        starts.append(part.idx if isinstance(part, Token) else part.start_char)
        ends.append(part.idx + len(part) if isinstance(part, Token) else part.end_char)
    start_char, end_char = max(min(starts), sent.start_char), min(max(ends), sent.end_char)
    anchor = evidence[0] if evidence else subj.root
    anchor = anchor if isinstance(anchor, Token) else anchor.root
    attribution = _attribution(anchor, ctx)
    modality = _qualified(modality, evidence, anchor, ctx)
    return RawTriple(
        subject=s_mention,
        predicate=predicate,
        predicate_text=predicate_text,
        object=o_mention,
        sent_index=sent_index,
        sentence=sent.text,
        start_char=start_char,
        end_char=end_char,
        confidence=round(min(0.98, max(0.05, confidence)), 3),
        extractor=extractor,
        relation_class=ctx.classes.classify(predicate),
        attribution=attribution,
        negated=negated,
        modality=modality,
    )


def load_demonyms(extra: str | Path | None = None) -> dict[str, str]:
    """Demonym -> country display name (``demonyms.yaml``, plus a user file of the same shape)."""
    out: dict[str, str] = {}
    for path in [DEMONYMS_PATH] + ([Path(extra)] if extra else []):
        data = _read_roles(path)
        table = data.get("demonyms", {}) or {}
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise RoleLexiconError(f"{path}: 'demonyms' must map words to place names")
        out.update({k.lower(): v for k, v in table.items()})
    return out


@lru_cache(maxsize=1)
def shipped_regions() -> frozenset[str]:
    """Regions of many countries (``regions`` in ``demonyms.yaml``, lower case): no one
    actor owns what a region's name qualifies ("Pacific leaders")."""
    regions = _read_roles(DEMONYMS_PATH).get("regions", []) or []
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        raise RoleLexiconError(f"{DEMONYMS_PATH}: 'regions' must be a list of names")
    return frozenset(r.casefold() for r in regions)


@lru_cache(maxsize=1)
def shipped_peoples() -> frozenset[str]:
    """Peoples a demonym stands for where no country does (``peoples`` in ``demonyms.yaml``,
    lower case): "Kurdish" is the Kurds, typed NORP, not a place."""
    peoples = _read_roles(DEMONYMS_PATH).get("peoples", []) or []
    if not isinstance(peoples, list) or not all(isinstance(r, str) for r in peoples):
        raise RoleLexiconError(f"{DEMONYMS_PATH}: 'peoples' must be a list of names")
    return frozenset(r.casefold() for r in peoples)


@lru_cache(maxsize=1)
def shipped_demonyms() -> dict[str, str]:
    """The packaged demonyms (a run's own, with the user's, come in its ``Lexicon``)."""
    return load_demonyms()


def _as_place(mention: Mention, demonyms: Mapping[str, str]) -> Mention:
    """A demonym argument of a role or backing as its country: "Iraqi" -> "Iraq" (GPE).

    "Iraqi Prime Minister X" means X is prime minister of Iraq; the node is the country,
    and the written demonym stays in the triple's predicate text. A demonym the model typed
    GPE ("Kuwaiti oil minister"), PERSON or ORG ("Sri Lankan President X") is the country too.
    """
    if mention.label not in ("NORP", "GPE", "PERSON", "ORG"):
        return mention
    place = demonyms.get(mention.text.lower())
    if place is None and mention.label == "PERSON" and mention.text.lower() in _country_names(demonyms):
        place = mention.text  # "Mali President X": the model typed the country a person
    if place is None:
        return mention
    label = "NORP" if place.casefold() in shipped_peoples() else "GPE"
    return replace(mention, text=place, label=label, kind="entity", head=place.split()[-1])


def _country_names(demonyms: Mapping[str, str]) -> frozenset[str]:
    """The places the demonyms name, folded ("mali")."""
    return frozenset(p.lower() for p in demonyms.values())


def _actor_label(mention: Mention) -> Mention:
    """"One of the leaders" is a CONCEPT, not a CARDINAL: numbers and dates name no actor."""
    if mention.label in _NON_ACTOR_ENTS:
        return replace(mention, label="CONCEPT", kind="chunk")
    return mention


def _arg_bonus(span: Span, ctx: _Ctx) -> float:
    """Confidence adjustment from an argument's kind: names help, pronouns hurt."""
    root = span.root
    if root.pos_ == "PRON":
        return -0.2
    if any(t.i in ctx.ents and ctx.ents[t.i].label_ in _NAME_ENTS for t in span):
        return 0.05
    if len(span) > 6:
        return -0.1
    return 0.0


def _whole_title(title: _Title, ctx: _Ctx) -> _Title:
    """A title whose "organisation" is a title of its own, or the rest of one
    (``multiword_titles``): "Chief of Defence Staff (CDS) General X", "the Chief of Army Staff,
    General X" hold that office, of no body called "Chief of Defence Staff" or "Army Staff"."""
    org = title.org
    if org is None or len(org) == 0:
        return title
    words = _words(org.text.removeprefix("the ").removeprefix("The "))
    if words in ctx.lex.titles:
        span = org
    elif (*_words(title.span.text), "of", *words) in ctx.lex.titles:
        span = ctx.doc[min(title.span.start, org.start):max(title.span.end, org.end)]
    else:
        return title
    return replace(title, span=span, stem="_".join(_words(span.text)), org=None, org_rule="")


def _role_triples(
    ctx: _Ctx, person: Span, title: _Title, base: float, rule: str, evidence: list[Span | Token]
) -> Iterator[RawTriple | None]:
    """The triples one role title gives: role_of the organisation, or is_a the title; an
    envoy's title also where he is sent (:func:`_posted_to`)."""
    title = _whole_title(title, ctx)
    modality = "former" if title.former else None
    region = _region_posted(title, ctx)  # "US Middle East envoy X": sent to the region
    posted = title.org if region else _posted_to(title, ctx)
    if posted is not None:
        yield _holder_typed(_triple(ctx, person, f"{title.stem}_to", title.span.text, posted, evidence,
                                    base + _arg_bonus(posted, ctx), rule, modality=modality), person)
    if region:  # ... by the country written before the region
        sender = ctx.ents.get(title.org.start - 1)
        if sender is not None and sender.label_ == "GPE":
            yield _holder_typed(_triple(ctx, person, f"{title.stem}_of", title.span.text, sender, evidence,
                                        base + _arg_bonus(sender, ctx), rule, modality=modality), person)
        return
    if title.org is not None and (title.org.root.ent_type_ in VALUE_TYPES or not _has_letters(title.org)):
        title = replace(title, org=None, org_rule="")  # "Ambassador ... from 2004": a date owns no office
    if _title_word_org(title, ctx):
        title = replace(title, span=ctx.doc[min(title.org.start, title.span.start):max(title.org.end, title.span.end)],
                        org=None, org_rule="")
    if title.org is not None and len(title.org) > 0 and not _party_word(title.org, ctx) \
            and not _party_before_state_office(title, ctx):
        conf = base + _arg_bonus(title.org, ctx) + _arg_bonus(person, ctx)
        if title.org_rule == "noun":
            conf -= 0.15
        elif title.org_rule == "propn":
            conf -= 0.05
        if title.org_rule == "poss" and rule == "role_np":
            rule = "possessive_role"
        predicate = f"{title.stem}_of"
        fact = _holder_typed(_triple(ctx, person, predicate, title.span.text, title.org, evidence, conf, rule,
                                     modality=modality), person)
        if fact is not None and title.org_rule == "listed" and fact.object.label == "CONCEPT":
            fact = replace(fact, object=replace(fact.object, label="ORG"))  # a title's employer
        yield fact
    elif not _kin_in_name(title, ctx):
        conf = base - 0.05 + _arg_bonus(person, ctx)
        name = "role_title" if rule == "role_np" else rule
        span = _with_noun_modifiers(title.span, ctx)
        if title.org is not None and len(title.org) > 0:  # a party word: "Senate Democratic Leader"
            span = ctx.doc[_chamber_start(title.org, ctx):span.end]
            if _party_initials(title.org) and modality is None:  # "PPP minister X": a member of the PPP
                yield _holder_typed(_triple(ctx, person, "member_of", title.org.text, title.org, evidence,
                                            0.6 + _arg_bonus(person, ctx), "party_word"), person)
            if len(title.org) == 1 and _party_token(title.org[0], ctx) and modality is None:
                # "the Democratic leader", "Republican Sen. X": a member of the party (not a
                # former title's party: "the former Democratic representative" may have left it)
                yield _party_member(ctx, person, title.org[0], evidence)
        fact = _triple(ctx, person, "is_a", span.text, span, evidence, conf, name, modality=modality)
        # a title is a type, never an actor, also when the model ran it into the name ("Winger
        # Dan Kerr" tagged one PERSON)
        yield fact if fact is None else _holder_typed(replace(fact, object=replace(
            fact.object, text=_spelled_out(span), label="CONCEPT", kind="chunk")), person)


def _region_posted(title: _Title, ctx: _Ctx) -> bool:
    """Whether an envoy's "organisation" is a region of many countries written before the
    title ("US Middle East envoy X", "the EU's Pacific envoy"; ``envoy_roles``, ``regions``
    of demonyms.yaml), or an international body before "ambassador" ("UN Ambassador X"):
    where the envoy is sent, no employer."""
    org = title.org
    if org is None or title.span[-1].lower_ not in ctx.lex.envoy_roles or org.end > title.span.start:
        return False
    if title.span[-1].lower_ == "ambassador" and _international(org):
        return True  # "UN Ambassador X" is sent to the UN ("UN envoy X" is the UN's)
    return org.text.casefold().removeprefix("the ") in shipped_regions()


def _posted_to(title: _Title, ctx: _Ctx) -> Span | None:
    """The place or body an envoy is sent to, named by "to" after the title ("the Kestrian
    ambassador to Vellia", "Vellia's envoy to the UN": ``envoy_roles``), or None."""
    role = title.span[-1]
    if role.lower_ not in ctx.lex.envoy_roles:
        return None
    prep = next((c for c in role.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    ent = ctx.ents.get(pobj.i) if pobj is not None else None
    if ent is None or ent.label_ not in ("GPE", "ORG", "NORP"):
        return None
    return _grow_name(ent, ctx.ents)


def _has_letters(span: Span) -> bool:
    """Whether a span has a letter: "2004" owns no office, "U.S." (no word of letters only) does."""
    return any(ch.isalpha() for ch in span.text)


def _kin_in_name(title: _Title, ctx: _Ctx) -> bool:
    """Whether a kin word with no owner is written as part of a name ("Mother Earth", "Brother
    Grimm", "Sister Ana"): no relative of anyone ("his wife Ana Vell" still says a wife)."""
    first = title.span[0]
    return title.stem.replace("_", "") in ctx.lex.family_roles and first.is_title and not first.is_sent_start


def _holder_typed(fact: RawTriple | None, person: Span) -> RawTriple | None:
    """A title's holder is a person: a name the model left untagged ("Governor Ana Vell of
    Kestford") is typed PERSON by its title, as "Mr Vell" is."""
    if fact is None or fact.subject.label != "CONCEPT" or not _looks_like_name(person):
        return fact
    return replace(fact, subject=replace(fact.subject, label="PERSON"))


def _title_word_org(title: _Title, ctx: _Ctx) -> bool:
    """Whether the "organisation" of a title is one word of titles itself, next to the title
    ("Joint Secretary General X", "Additional Secretary Y", "Global Programme Leader Z", the
    model having named the first word an organisation): that word is part of the title."""
    org = title.org
    return (org is not None and len(org) == 1 and org[0].lower_ in ctx.lex.title_words
            and (org.end == title.span.start or title.span.end == org.start))


def _chamber_start(party: Span, ctx: _Ctx) -> int:
    """Where a title with a party word begins: at the party, or at the body named right
    before it ("Senate Democratic Leader X", "Republican leader Y"), which the title keeps."""
    before = ctx.ents.get(party.start - 1)
    if before is not None and before.label_ == "ORG" and before.end == party.start:
        return before.start
    return party.start


def _spelled_out(title: Span) -> str:
    """A title with its short forms written out ("Sen." -> "senator", "Lt. Gov." ->
    "lieutenant governor"; ``title_forms`` of data/names.yaml): what a reader calls the role."""
    words = [_long_title(t) or t.text for t in title if t.text != "."]  # "Maj. Gen." may be "Maj", ".", "Gen."
    if words == [t.text for t in title]:
        return title.text
    # "ex-boyfriend" stays one word; the space after a skipped "." is kept ("Lt. Gov.")
    return "".join(("" if t.text == "." else _long_title(t) or t.text) + (t.whitespace_ and " ")
                   for t in title).strip()


def _party_word(org: Span, ctx: _Ctx) -> bool:
    """A group adjective that is no country ("Democratic Sen. X", "Republican Rep. Y"): the
    person's party or camp, not the body the role belongs to."""
    return org.root.ent_type_ == "NORP" and len(org) == 1 and org.text.lower() not in ctx.demonyms


def _party_before_state_office(title: _Title, ctx: _Ctx) -> bool:
    """Whether a party's name of two or three capitalised words ending in a party's word stands
    before an office of state ("Progressive Conservative Prime Minister X": ``state_offices``):
    the holder's party, no body whose prime minister he was ("Liberal Democrats leader Y" leads
    the party)."""
    org = title.org
    if org is None or title.stem.split("_")[-1] not in ctx.lex.state_offices:
        return False
    return (len(org) in (2, 3) and org[-1].lower_ in ctx.lex.party_words
            and all(t.is_title and t.ent_type_ != "GPE" for t in org)) or _party_initials(org)


def _party_initials(org: Span) -> bool:
    """Whether an organisation before an office of state is written in initials ("PPP minister
    X", "ANC MP Y"): a party's, the holder's, where a government body before the office is
    written in words ("Treasury minister") and a country is a place ("US senator")."""
    return len(org) == 1 and 2 <= len(org.text) <= 5 and org.text.isalpha() and org.text.isupper() \
        and org[0].ent_type_ == "ORG"


def _with_noun_modifiers(title: Span, ctx: _Ctx) -> Span:
    """A title with the common nouns written before it ("Opposition leader", "transport minister");
    not a relative's noun, another description ("her ex-boyfriend Rep. X": a representative)."""
    doc, start = ctx.doc, title.start
    lo = ctx.sents[ctx.sent_of[title.start]].start
    family = name_tables().family_nouns
    while (start - 1 >= lo and doc[start - 1].pos_ in ("NOUN", "PROPN")
           and doc[start - 1].dep_ in ("compound", "nmod") and start - 1 not in ctx.ents
           and doc[start - 1].lower_.split("-")[-1] not in family):
        start -= 1
    return doc[start : title.end]


# ---- role titles before a name: "Kataib Hezbollah commander Abu Baqir al-Saadi"


def _person_spans(ctx: _Ctx, sent: Span) -> Iterator[Span]:
    """PERSON entities of a sentence, plus capitalised name runs the tagger left untagged
    (not ending in a title word)."""
    doc = ctx.doc
    pos_ids = columns(doc).pos
    i = sent.start
    while i < sent.end:
        ent = ctx.ents.get(i)
        if ent is not None:
            if ent.label_ == "PERSON":
                ent = _grow_name(ent, ctx.ents)
                yield ent
            i = ent.end
            continue
        if pos_ids[i] != _PROPN_ID:
            i += 1  # the integer test first: no Token for a word that is not a proper noun
            continue
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and i > sent.start:
            end = i
            while end < sent.end and doc[end].pos_ == "PROPN" and end not in ctx.ents:
                end += 1
            run = _strip_title(doc[i:end], ctx.lex)
            # a bare single capitalised word is too often not a person, and a run that ends in
            # a title is a title ("Vell Air's Group Head of Operations")
            if len(run) >= 2 and _word(run[-1]) not in ctx.lex.title_words:
                yield run
            i = max(end, i + 1)
            continue
        i += 1


def _strip_title(person: Span, lex: RoleLexicon) -> Span:
    """A PERSON entity without the title words the tagger put in it ("General Ahmed Hassan")."""
    words = lex.title_words
    start = person.start
    while start < person.end - 1 and (_word(person.doc[start]) in words or _is_hyphen(person.doc[start])
                                      or not any(ch.isalnum() for ch in person.doc[start].text)):
        start += 1  # "Lt. Gov.": the title and the dot the tagger called a proper noun
    if person.end - start == 1 and start > person.start and title_sex(person.doc[start - 1:person.end].text):
        start -= 1  # "Mrs. Vellmont": a bare surname keeps the title of her sex, else it is her husband's
    return person.doc[start : person.end]




def _looks_like_name(span: Span) -> bool:
    """Proper nouns, hyphens and name particles only ("Abu Ali al-Askari"), and any word a
    hyphen joins to the name ("Moon Jae-in", whose "in" the tagger reads as a preposition).
    One letter alone is no name: "Gen X", "Gen Z" are generations, not a general X."""
    if len(span) == 1 and len(span[0].text.rstrip(".")) == 1:
        return False
    return all(t.pos_ == "PROPN" or _is_hyphen(t) or t.lower_ in name_tables().name_particles
               or t.i > span.start and _is_hyphen(t.doc[t.i - 1]) and not t.doc[t.i - 1].whitespace_
               for t in span)


_HEADLINE_WORDS = frozenset({"to", "in", "of", "for", "on", "at", "with", "by", "after", "over",
                             "as", "and", "the", "from", "into", "against"})


def _title_case(sent: Span) -> bool:
    """A headline in Title Case ("... Vows To Disarm Militia"): capitalised small words."""
    return any(t.lower_ in _HEADLINE_WORDS and t.text[0].isupper() and t.i > sent.start
               and t.ent_iob_ == "O" and not t.doc[t.i - 1].is_punct for t in sent)


def _attached(title: Span, person: Span) -> bool:
    """Does the parse hang the title's role word inside the person's noun phrase?"""
    tok = title[-1]
    for _ in range(4):
        if person.start <= tok.head.i < person.end:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _role_np(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    for person in _person_spans(ctx, sent):
        person = _strip_title(person, ctx.lex)
        if _word(person[0]) in ctx.lex.title_words:
            continue  # "Brig" alone, tagged PERSON: a rank cut off by the tokenizer
        j = person.start - 1
        if j - 2 > sent.start and ctx.doc[j].text == ")" and spelled_title(ctx.doc, j - 2) is not None:
            j -= 3  # "General Manager (GM) Tom Orr": the title's acronym between it and the name
        if j < sent.start:
            continue
        title = _title_before(ctx.doc, j, sent.start, ctx.ents, ctx.lex) or _title_with_field(ctx, j, sent.start) \
            or _title_before_comma(ctx, person, j, sent.start) or _title_before_place(ctx, j, sent.start)
        if title is None:
            continue
        if not _looks_like_name(person):
            continue  # "Defense Minister Vows To Disarm Militia": a headline, not a name
        if title.org is None:
            title = _deputy_of_named(ctx, title, sent.start) or title
        untagged = person.start not in ctx.ents
        if title.org is None:
            # "Senator Tom Harkin of Iowa": senator_of Iowa; a place only after a title in
            # capitals, an office ("sole leader Arik Braun of Germany" leads a tournament)
            formal = title.span[-1].text[:1].isupper() and " ".join(
                _words(title.span.text)) not in ctx.lex.floor_offices  # "Speaker X of California": her state
            body = _body_after(person, ctx, _AFFILIATION_LABELS | (_OFFICE_PLACES if formal else frozenset()))
            if body is None and _word(title.span[-1]) in ctx.lex.field_roles:
                body = _body_after(person, ctx, _AFFILIATION_LABELS, ("at",))  # "economist Ada Lisk at Moody's"
            if body is not None:
                title = replace(title, org=body, org_rule="prep")
        base = 0.8 if _attached(title.span, person) else 0.65
        if untagged:
            base -= 0.1
        if _title_case(sent):
            base -= 0.25
        yield from _role_triples(ctx, person, title, base, "role_np", [title.span])


def _deputy_of_named(ctx: _Ctx, title: _Title, lo: int) -> _Title | None:
    """A deputy's title after "and" and a name whose title has its organisation: "Orvane Bank
    President Tom Orr and Vice President Dan Kerr" -> Kerr is vice president of Orvane Bank too
    (the second title ends with the first's role: "Vice President", "Deputy Chairman"); None
    otherwise ("... and former President Dan Kerr" of no named body)."""
    doc = ctx.doc
    j = title.span.start - 1
    if j - 1 < lo or doc[j].lower_ not in ("and", "&") or doc[j - 1].ent_type_ != "PERSON":
        return None
    first = ctx.ents.get(j - 1)
    if first is None or first.start - 1 < lo:
        return None
    before = _title_before(doc, first.start - 1, lo, ctx.ents, ctx.lex)
    if before is None or before.org is None or not title.stem.endswith(f"_{before.stem}"):
        return None
    return replace(title, org=before.org, org_rule=before.org_rule)


def _title_before_place(ctx: _Ctx, j: int, lo: int) -> _Title | None:
    """A title with its place written between it and the name, without "of": "former governor
    Tessaly Dan Vellek" (governor of Tessaly; the place cut from the name before)."""
    doc = ctx.doc
    place = doc[j]
    if j - 1 < lo or (j in ctx.ents and ctx.ents[j].label_ != "GPE") or place.pos_ != "PROPN" \
            or not place.text[:1].isupper() or is_first_name(place.text) or not is_known_place(place.text,
                                                                                              ctx.place_names):
        return None
    title = _title_before(doc, j - 1, lo, ctx.ents, ctx.lex)
    if title is None or title.org is not None:
        return None
    return replace(title, org=doc[j : j + 1], org_rule="propn")


def _title_before_comma(ctx: _Ctx, person: Span, j: int, lo: int) -> _Title | None:
    """A title set off from the name after it by a comma, the name its apposition: "called
    the office of VNP acting chairman, Ben Tarrow" (chairman of VNP)."""
    doc = ctx.doc
    if doc[j].text != "," or j - 1 < lo or person.root.dep_ != "appos" or person.root.head.i != j - 1:
        return None
    listed = _org_after_title(doc[j - 1], ctx.ents) if person.root.ent_type_ != "PERSON" else None
    if listed is not None and listed.start == person.start:
        return None  # "Tom Orr, Marketing Manager, Orvane Foods": the title's employer, no one it names
    return _title_before(doc, j - 1, lo, ctx.ents, ctx.lex)


def _title_with_field(ctx: _Ctx, j: int, lo: int) -> _Title | None:
    """A title whose role has a field after "of", ending at token ``j``: "Vell University
    assistant professor of history Ada Orr" -> assistant_professor_of_history of Vell
    University (as "a professor of history at Vell University" reads)."""
    doc, k = ctx.doc, j
    while k > lo and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    if k == j or k - 1 < lo or doc[k].lower_ != "of":
        return None
    title = _title_before(doc, k - 1, lo, ctx.ents, ctx.lex)
    if title is None:
        return None
    field = "_".join(_word(t) for t in doc[k + 1 : j + 1])
    return replace(title, span=doc[title.span.start : j + 1], stem=f"{title.stem}_of_{field}")


_AFFILIATION_LABELS = frozenset({"ORG"})
_OFFICE_PLACES = frozenset({"GPE"})


def _body_after(person: Span, ctx: _Ctx, labels: frozenset[str],
                preps: tuple[str, ...] = ("of", "from")) -> Span | None:
    """The named body written right after a person's name with "of" ("Mark Zandi of Moody's",
    "Tom Harkin of Iowa", "David Kingston, of advisers Rothschild Ltd") or, an organisation
    only, "from" ("Lucie Cave from Heat"; "from Iowa" is where one comes from), when the parse
    hangs the preposition on the name; else None. ``preps``: the prepositions looked for ("at"
    after a scholar's or analyst's title: "economist Ada Lisk at Moody's")."""
    doc = ctx.doc
    i = person.end + 1 if person.end < len(doc) and doc[person.end].text == "," else person.end
    if i + 1 >= len(doc) or doc[i].lower_ not in preps or not person.start <= doc[i].head.i < person.end:
        return None
    pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
    ent = ctx.ents.get(pobj.i) if pobj is not None else None
    if ent is None and pobj is not None and pobj.pos_ == "NOUN" and (
            pobj.lemma_.lower() in ctx.lex.org_units or pobj.lower_ in ctx.lex.org_units):
        ent = _unit_owner(pobj, ctx)  # "Matt Orr from Orvane corporate communications": of Orvane
    if ent is None or ent.label_ not in labels or ent.start - i > 3:
        return None
    if doc[i].lower_ != "of" and ent.label_ != "ORG":
        return None
    if any(t.pos_ not in ("DET", "NOUN", "ADJ") and not _owner_word(t) for t in doc[i + 1:ent.start]):
        return None  # "of advisers Rothschild Ltd", "of the Federal Reserve": words of the body's kind
    owner = next((t.i for t in doc[i + 1:ent.start] if _owner_word(t) and t.tag_ != "POS"), None)
    if owner is not None:  # "of Mitchell's Funeral Home": the body's name holds its owner's
        return Span(doc, owner, ent.end, label=ent.label_)
    return ent


def _unit_owner(unit: Token, ctx: _Ctx) -> Span | None:
    """The organisation named as a modifier of a unit of it ("Orvane Foods corporate
    communications", "the Orvane press office"; ``org_units``), or None."""
    for child in unit.lefts:
        ent = ctx.ents.get(child.i)
        if child.dep_ in ("compound", "nmod", "poss") and ent is not None and ent.label_ == "ORG":
            return ent
    return None


def _owner_word(tok: Token) -> bool:
    """A possessive owner's name before a body ("of NASA's Jet Propulsion Laboratory")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "POS" or (tok.pos_ == "PROPN" and nxt is not None and nxt.tag_ == "POS")


def _affiliation(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """ "Pamela Vance of Orvane Media": the organisation a person is written with. A title
    before the name makes it the title's relation instead (``_role_np``); a place after a
    name with no title ("Jim Lee of Denver") is where the person lives, not a body, also when
    the model typed the town an organisation: "Nora Vell of Dunedin" is `from` Dunedin."""
    for person in _person_spans(ctx, sent):
        person = _strip_title(person, ctx.lex)
        if person.start - 1 >= sent.start and _title_before(
                ctx.doc, person.start - 1, sent.start, ctx.ents, ctx.lex) is not None:
            continue
        body = _body_after(person, ctx, _AFFILIATION_LABELS)
        if body is None or not _looks_like_name(person):
            continue
        town = len(body) <= 3 and is_known_place(body.text)
        yield _triple(ctx, person, "from" if town else "affiliated_with", "of", body, [body],
                      0.6 + _arg_bonus(body, ctx) + _arg_bonus(person, ctx), "affiliation")


# A party and state label after a name: "Rep. Tom Orr (R-Texas)", "Sen. Ana Vell, D-Calif.,",
# "Tom Orr, Republican of South Carolina".
_PARTY_LABEL = re.compile(r"\s*\(\s*(?P<p1>[A-Z][a-z]*)(?:\s*-\s*(?P<s1>[A-Z][A-Za-z. ]{0,16}?))?\s*\)"
                          r"|,\s*(?P<p2>[A-Z])\s*-\s*(?P<s2>[A-Z][A-Za-z. ]{0,16}?)\s*(?=[,;])"
                          r"|,\s*(?P<p3>[A-Z][a-z]+) of (?P<s3>[A-Z][A-Za-z. ]{0,20}?)\s*(?=[,;]| and )")


def _party_label(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """A party and state label after a person's name, as US news writes its lawmakers:
    "Rep. Tom Orr (R-Texas)" is a member of the Republican Party who represents Texas;
    "Tom Orr, Republican of South Carolina" the same as "(R-S.C.)". A letter without a state
    ("(R)") gives nothing: captions write it for a photo's right. The party's letter or word
    is ``party_labels`` in roles.yaml, the state a US state by name or AP abbreviation
    ("Calif."); another label ("(AP)", "(Reuters)") gives nothing."""
    doc = ctx.doc
    for person in _person_spans(ctx, sent):
        if person.end >= sent.end or not _looks_like_name(person):
            continue
        after = doc.text[person.end_char:min(person.end_char + 40, sent.end_char)]
        m = _PARTY_LABEL.match(after)
        if m is None:
            continue
        letter = m.group("p1") or m.group("p2") or m.group("p3")
        written_state = (m.group("s1") or m.group("s2") or m.group("s3") or "").strip()
        state = us_state(written_state) if written_state else ""
        if letter.lower() not in ctx.lex.party_labels or not state:
            # a state is needed: a letter alone is also where a photo shows a person
            # ("Tom Orr (R) meets Ana Vell (L)": right and left)
            continue
        label = doc.char_span(person.end_char, person.end_char + m.end(), alignment_mode="expand")
        party_tok = next((t for t in label if t.text == letter), None)
        if party_tok is not None:
            yield _party_member(ctx, person, party_tok, [label], "party_label")
        group = "s1" if m.group("s1") else "s2" if m.group("s2") else "s3"
        state_span = doc.char_span(person.end_char + m.start(group), person.end_char + m.end(group),
                                   alignment_mode="expand")
        if state_span is not None:
            yield _named(_triple(ctx, person, "represent", written_state, state_span, [label],
                                 0.6 + _arg_bonus(person, ctx), "party_label"), state, "GPE")


def _party_token(tok: Token, ctx: _Ctx) -> bool:
    """A party's word of ``party_labels`` written alone, in capitals ("a Republican", "the
    Democratic leader"), not inside a longer name ("Christian Democratic", "Liberal Democrat",
    "Democrat Party")."""
    doc = tok.doc
    alone = not (tok.i > 0 and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start
                 and doc[tok.i - 1].pos_ in ("PROPN", "ADJ")) and not (  # "Liberal Democrat": no Democrat
        tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN")
    return tok.is_title and len(tok.text) > 1 and tok.lower_ in ctx.lex.party_labels and alone


def _party_member(ctx: _Ctx, person: Span, word: Token, evidence: Sequence[Span | Token],
                  extractor: str = "party_word") -> RawTriple | None:
    """``person`` member_of the party ``word`` names ("Republican", the "R" of "(R-Texas)" ->
    Republican Party)."""
    party = ctx.lex.party_labels[word.lower_].title()
    return _named(_triple(ctx, person, "member_of", word.text, ctx.doc[word.i:word.i + 1], evidence,
                          0.6 + _arg_bonus(person, ctx), extractor), party, "ORG")


def _named(fact: RawTriple | None, name: str, label: str) -> RawTriple | None:
    """A fact whose object is written short ("R", "Calif.") with the object's full name."""
    if fact is None:
        return None
    obj = replace(fact.object, text=name, label=label, kind="entity", head=name.split()[-1])
    return replace(fact, object=obj)


# ---- copulas: "X is part of Y", "X is the leader of Y", "X is an Iraqi militia group"


def _copula_subjects(verb: Token, ctx: _Ctx) -> list[tuple[Span, float]]:
    """The verb's subjects (coordination expanded), with a confidence adjustment each."""
    subj = _first(verb, ("nsubj", "nsubjpass"))
    if subj is None:
        return []
    adjust, last = 0.0, len(verb.doc)
    if subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        ante = relative_antecedent(subj, verb)
        if ante is None:
            return []
        subj, last = ante, subj.i  # "Ada Lisk, a retired engineer who was head of X": Lisk was
        adjust = -0.05
    # a relative clause speaks of the names before it: "X, a physicist who led Y, and Z" not of Z;
    # one on a description in apposition speaks of that name alone ("He and Mrs. Vell, a model who
    # became the first lady": not he)
    alone = verb.dep_ == "relcl" and verb.head.dep_ == "appos" and verb.head.head.i == subj.i
    out = []
    for i, tok in enumerate(t for t in ([subj] if alone else _conjuncts(subj)) if t.i < last):
        out.append((_np(tok, ctx.ents), adjust - (0.05 if i else 0.0)))
    return out


def _complements(verb: Token) -> list[tuple[Token, str]]:
    """Noun complements of a copular verb, with the words written before them."""
    lemma = verb.lemma_.lower()
    comps: list[tuple[Token, str]] = []
    passive = _passive(verb)
    naming = lemma in _NAMING_VERBS
    # an active verb of naming gives its object's post: "named Ben Orr chairman", "appointed Ana
    # Vell as its chief executive" (not "make": "made a living as a construction worker")
    active_as = naming and not passive and lemma != "make"
    for child in verb.children:
        if child.dep_ in ("attr", "oprd") and (lemma in _COPULAS or naming and (passive or child.dep_ == "oprd")):
            comps.append((child, verb.text))
        elif child.dep_ == "acomp" and lemma in _COPULAS and child.pos_ == "NOUN":
            comps.append((child, verb.text))
        elif child.dep_ == "prep" and child.lower_ == "as" and (lemma in _AS_VERBS or active_as):
            pobj = _first(child, ("pobj",))
            if pobj is not None:
                comps.append((pobj, f"{verb.text} as"))
    out = []
    for comp, text in comps:
        out.extend((c, text) for c in _conjuncts(comp) if c.dep_ in (comp.dep_, "conj"))
    return out


def _relation_noun(comp: Token, ctx: _Ctx) -> str | None:
    """The relation noun ``comp`` heads, with a compound word before it when the two are one
    ("holding company", "parent company"), else None."""
    word = _word(comp)
    before = comp.nbor(-1) if comp.i > 0 else None  # its head being comp keeps it in the sentence
    if before is not None and before.dep_ in ("compound", "amod") and before.head.i == comp.i:
        pair = f"{before.lower_} {word}"
        if pair in ctx.lex.relations:
            return pair
    return word if word in ctx.lex.relations else None


def _relation_object(comp: Token, ctx: _Ctx) -> tuple[str, Span, Token] | None:
    """"part of Y" -> ("part_of", Y, of); "the largest shareholder in Y", "its parent, X" ->
    shareholder_of, parent_of (``relation_prepositions``, a possessive); None when comp is
    not a relation noun with its other end."""
    noun = _relation_noun(comp, ctx)
    if noun is None:
        return None
    stem = _hyphen_prefix(comp, ctx) + noun.replace(" ", "_")
    preps = ctx.lex.relation_prepositions.get(noun, frozenset()) | {"of"}
    for child in comp.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = _first(child, ("pobj",))
            if pobj is not None:
                return f"{stem}_of", _named_np(pobj, ctx), child
    located = noun in ctx.lex.located_relations
    for child in comp.lefts:  # "Iraq's main ally" -> ally_of Iraq; "its parent" -> parent_of it
        if child.dep_ == "poss" and (child.pos_ in ("PROPN", "NOUN") or (
                child.pos_ == "PRON" and child.lower_ in _OWNER_PRONOUNS)):
            if located and _names_place(ctx.doc[child.i:child.i + 1], ctx.ents) or _scope_noun(child, ctx.lex):
                return None  # "Japan's biggest lender": a lender in Japan; "the industry's largest"
            return f"{stem}_of", _without_possessive(_np(child, ctx.ents, with_of=False)), child
    for child in comp.lefts:  # "a key US ally" -> ally_of US
        ent = _ent_span(child, ctx.ents)
        if child.dep_ in ("compound", "amod", "nmod") and ent is not None and (
                ent.label_ in ("GPE", "ORG", "NORP") and ent.end <= comp.i):
            if located and ent.label_ != "ORG":
                return None  # "a U.S. bank holding company": where it is, not whose
            return f"{stem}_of", _grow_name(ent, ctx.ents), child
    return None




def _hyphen_prefix(noun: Token, ctx: _Ctx) -> str:
    """A qualifier joined to a role noun by a hyphen, as a predicate prefix: "vice" of
    "vice-president" -> "vice_", "co" of "co-founder" -> "co_" (the hyphen's own token)."""
    doc = noun.doc
    prefix = _joined_prefix(noun.lower_)
    if prefix:
        return f"{prefix}_"  # "co-founder", one token
    if noun.i >= 2 and _is_hyphen(doc[noun.i - 1]) and not doc[noun.i - 2].whitespace_:
        word = _word(doc[noun.i - 2])
        if word in ctx.lex.qualifiers or word in ("co", "ex"):
            return f"{word}_"
    return ""


def _named_np(tok: Token, ctx: _Ctx) -> Span:
    """Noun phrase of ``tok``; "a network called the PMU" gives the name it is called."""
    for child in tok.rights:
        if child.dep_ == "acl" and child.lemma_.lower() in ("call", "name", "know"):
            named = _first(child, ("oprd", "attr", "dobj"))
            if named is None:
                prep = _first(child, ("prep",))
                named = _first(prep, ("pobj",)) if prep is not None else None
            if named is not None and _ent_span(named, ctx.ents) is not None:
                return _np(named, ctx.ents)
    return _np(tok, ctx.ents)


def _singled_to(comp: Token, obj: Span) -> Span | None:
    """``obj`` up to the end of the "to" clause of a type that "first", "only", "last" or a
    superlative singles out, when the clause is short (eight words or fewer); else None."""
    if not singled_out(comp, load_clause_rules()):
        return None
    clause = next((c for c in comp.rights if c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and to_marked(c)), None)
    if clause is None or clause.left_edge.i != obj.end or clause.right_edge.i - obj.end >= 8:
        return None
    return obj.doc[obj.start : clause.right_edge.i + 1]


def _is_a_object(comp: Token, ctx: _Ctx) -> Span | None:
    """The type noun phrase of an is_a fact, or None when the complement names no type."""
    if comp.pos_ in ("PRON", "NUM", "DET") or comp.lower_ == "one":
        if comp.lower_ == "one":
            prep = _first(comp, ("prep",))
            pobj = _first(prep, ("pobj",)) if prep is not None and prep.lower_ == "of" else None
            return _np(pobj, ctx.ents) if pobj is not None and pobj.pos_ == "NOUN" else None
        return None
    if _word(comp) in ctx.lex.not_types:
        return None  # "It was the first time", "That is a question"
    if comp.ent_type_ in AMOUNT_TYPES:
        return None  # "Ontario is 162 billion dollars in debt": an amount is no type
    if comp.pos_ == "ADJ" and any(c.lower_ in ("a", "an") for c in comp.children):
        return _np(comp, ctx.ents)  # "an Iranian national": a noun tagged ADJ
    if comp.pos_ != "NOUN":
        return None  # a name as complement is an identity ("the commander was X"), not a type
    obj = _with_type_complement(_np(comp, ctx.ents), comp, ctx)
    hedges = shipped_clause_rules().hedge_adverbs
    if len(obj) > 2 and obj[0].lower_ in hedges:  # "reportedly a businesswoman": the hedge is the
        obj = obj[2:] if obj[1].pos_ == "DET" else obj[1:]  # fact's modality (_hedge)
    return obj


def _with_type_complement(obj: Span, comp: Token, ctx: _Ctx) -> Span:
    """A type with the phrase that completes it (``type_complement_preps``): "the main
    lender within the valley", not "main lender", which says another thing. Only a first
    phrase of a few words that names no date or amount; a longer one is a fact of its own.
    A type singled out keeps its short "to" clause: "the only country to grant birthright
    citizenship", not "only country"."""
    singled = _singled_to(comp, obj)
    if singled is not None:
        return singled
    prep = next((c for c in comp.rights if c.dep_ == "prep" and c.i >= obj.end), None)
    if prep is None or prep.i != obj.end or prep.lower_ not in load_clause_rules().type_complement_preps:
        return obj
    pobj = _first(prep, ("pobj",))
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME", *AMOUNT_TYPES):
        return obj
    end = _np(pobj, ctx.ents).end
    return obj if end - prep.i > 5 else obj.doc[obj.start : end]


def _copula(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    pos_ids = columns(ctx.doc).pos
    for i in range(sent.start, sent.end):
        if pos_ids[i] not in _VERB_IDS:
            continue
        verb = ctx.doc[i]
        lemma = verb.lemma_.lower()
        if lemma not in _COPULAS and lemma not in _AS_VERBS and lemma not in _NAMING_VERBS:
            continue
        appointed = _appointed(verb, ctx)
        if lemma in _NAMING_VERBS and not appointed and not _passive(verb):
            continue  # an active verb of naming gives a post to its named object only
        subjects = appointed or _copula_subjects(verb, ctx)
        if not subjects:
            continue
        # what the sentence says of the copula's clause, as for a verb's: "argued that the deal
        # had been a cardinal error", "denied that Orlen was a shell company", "if it is a crime"
        negated = _negated(verb)
        modality = " ".join(filter(None, (_modality(verb, ctx.lex.modal_words), mood(verb)))) or None
        if modality is None and _ended(verb):
            modality = "former"  # "was chair of Orlen Bank until 2019": no longer
        # "Orr was the CEO of Kestford Bank": a person's post in the simple past is held no
        # longer (not "has been", "is", nor "became", a post taken; "was chair in 2019" says
        # when it was held, not that it ended)
        past = modality is None and verb.tag_ == "VBD" and verb.lemma_.lower() == "be" and not _dated(verb)
        for comp, verb_text in _complements(verb):
            if len(subjects) > 1 and _collective(comp):
                continue  # "Orvane and Vellco are the two largest banks": together, not each
            negated_here = negated or any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no"
                                          for c in comp.children)  # "is no fan of X": not a fan
            for subj, adjust in subjects:
                yield from _copula_one(ctx, verb, verb_text, subj, comp, adjust,
                                       negated_here, modality, past=past and _names_person(subj))
        if lemma in _COPULAS:
            yield from _copula_adj(ctx, verb, subjects, negated, modality)


def _collective(noun: Token) -> bool:
    """Whether a plural complement describes its coordinated subjects together: counted ("the
    two biggest buyers") or ranked ("the phones with the longest battery life"), so no one of
    them is of that kind alone."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or c.tag_ == "JJS" or c.dep_ == "prep" and any(t.tag_ in ("JJS", "RBS") for t in c.subtree)
        for c in noun.children)


def _singled(noun: Token) -> bool:
    """Whether a post is written as one of a kind ("the first US president to visit Qatar",
    "the only woman", "the youngest minister"), or doing something then ("Orr was the manager
    shouting at his players"): a distinction or a scene, said in the past of a post still held."""
    return any(c.dep_ == "amod" and (c.lower_ in ("first", "last", "only") or c.tag_ == "JJS")
               or c.dep_ in ("acl", "relcl") and to_marked(c) or c.dep_ == "acl" and c.tag_ == "VBG"
               for c in noun.children)


def _dated(verb: Token) -> bool:
    """Whether a verb's own phrases name a date or a time ("in 2019", "last year")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _names_person(span: Span) -> bool:
    """Whether a subject names a person: a name the model typed PERSON, or "he", "she"."""
    return span.root.ent_type_ == "PERSON" or span.root.lower_ in ("he", "she")


def _appointed(verb: Token, ctx: _Ctx) -> list[tuple[Span, float]]:
    """The person an active verb of naming gives a post ("Orr named Dan Kerr as caretaker
    minister", "the board named Ben Orr chairman"): its object, a name or a pronoun, which the
    post (:func:`_complements`) is of; [] when the verb is passive or names no one."""
    if verb.lemma_.lower() not in _NAMING_VERBS or _passive(verb):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "PRON") or not _complements(verb):
        return []  # "named the stadium after Tom Kerr": no one is given a post
    return [(_np(obj, ctx.ents), -0.05)]


def _passive(verb: Token) -> bool:
    """Whether a verb is in the passive ("was named chairman")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _ended(verb: Token) -> bool:
    """Whether a past copula states when the state ended: "was chair until 2019", "served as
    mayor from 2001 to 2009" (a phrase of "until"/"till", or "from" with "to" after it), says
    it with "once" or "previously" (``former_adverbs``), or is a post held in the simple past:
    "Vallas served as schools CEO under Mayor Daley" (not
    "has served as", a post still held)."""
    if verb.tag_ != "VBD":
        return False
    if said_before(verb, load_clause_rules()):
        return True  # "Kestria was once Vellia's main ally": no longer
    if verb.lemma_.lower() in _AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if preps & {"until", "till"}:
        return True
    return "from" in preps and ("to" in preps or any(
        g.lower_ == "to" for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree))


def _copula_one(
    ctx: _Ctx, verb: Token, verb_text: str, subj: Span, comp: Token, adjust: float,
    negated: bool, modality: str | None, *, past: bool = False,
) -> Iterator[RawTriple | None]:
    """Triples for one subject and one noun complement of a copula (none for a complement of
    no letter or digit: a lone "-" is no type). ``past``: a person's post in the simple past,
    held no longer ("former") when the complement is a post, a role title or a tie."""
    if not any(ch.isalnum() for ch in comp.text):
        return
    if subj.root.pos_ in ("NOUN",) and _ent_span(comp, ctx.ents) is not None:
        # "The group's leader is X": the name is the complement; read the role backwards
        title = _title_of_head(subj.root, ctx.ents, ctx.lex)
        if title is not None and title.org is not None and ctx.ents[comp.i].label_ == "PERSON":
            person = _np(comp, ctx.ents)
            for t in _role_triples(ctx, person, title, 0.7 + adjust, "copula", [verb]):
                yield t if t is None else _with(t, negated, modality)
        return
    rel = _relation_object(comp, ctx)
    conf = 0.8 + adjust + _arg_bonus(subj, ctx)
    if rel is not None:
        predicate, obj, of = rel
        for i, obj_tok in enumerate(_conjuncts(obj.root)):
            obj_span = obj if i == 0 else _np(obj_tok, ctx.ents)
            yield _triple(ctx, subj, predicate, f"{verb_text} {comp.text}", obj_span,
                          [verb, comp], conf + _arg_bonus(obj_span, ctx) - 0.05 * bool(i),
                          "copula", negated=negated,
                          modality=modality or ("former" if past and predicate == "member_of" else None))
        return
    title = _title_of_head(comp, ctx.ents, ctx.lex)
    held = modality or ("former" if past and title is not None and not _singled(comp) else None)
    if title is not None and title.org is not None:
        for t in _role_triples(ctx, subj, title, 0.8 + adjust, "copula", [verb]):
            yield t if t is None else _with(t, negated, held)
        return
    obj = _is_a_object(comp, ctx)
    if obj is None or subj.root.lower_ in _VAGUE_SUBJECTS:
        return  # "It is a statement": too often a clause or an event, not an actor
    while len(obj) > 1 and obj[0].lower_ in load_clause_rules().scalar_adverbs:
        obj = obj[1:]  # "is not just an actor": an actor, and more
    conf = 0.65 + adjust + _arg_bonus(subj, ctx) - (0.1 if len(obj) > 6 else 0.0)
    if not any(t.i in ctx.ents for t in subj) and subj.root.pos_ != "PRON":
        conf -= 0.1  # "the only way is negotiation": a description typed by a description
    predicate = "include" if _lists_members(verb, subj, comp) else "is_a"
    yield _triple(ctx, subj, predicate, verb_text, obj, [verb], conf, "copula",
                  negated=negated, modality=held)


def _lists_members(verb: Token, subj: Span, comp: Token) -> bool:
    """Whether a plural subject's complement lists its members ("The main causes were:
    poverty, war and drought"): each is one of them, not what they are. A list is three
    items or more after "be", or anything after a colon; two nouns after "become" are what the
    subject became ("Ideas have become assets and drivers of growth")."""
    if subj.root.tag_ not in ("NNS", "NNPS"):
        return False
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return True
    first = comp
    while first.dep_ == "conj":
        first = first.head
    return verb.lemma_ == "be" and len(_conjuncts(first)) >= 3


def _copula_adj(
    ctx: _Ctx, verb: Token, subjects: list[tuple[Span, float]], negated: bool,
    modality: str | None,
) -> Iterator[RawTriple | None]:
    """'X is close to Iran' -> close_to: an adjective complement with a prepositional object."""
    for comp in verb.children:
        if comp.dep_ != "acomp" or comp.lower_ not in ctx.lex.relation_adjectives:
            continue
        for prep in comp.rights:
            if prep.dep_ != "prep":
                continue
            pobj = _first(prep, ("pobj",))
            if pobj is None or pobj.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            predicate = f"{comp.lemma_.lower()}_{prep.lower_}"
            obj = _np(pobj, ctx.ents)
            for subj, adjust in subjects:
                conf = 0.6 + adjust + _arg_bonus(subj, ctx) + _arg_bonus(obj, ctx)
                yield _triple(ctx, subj, predicate, f"{verb.text} {comp.text} {prep.text}", obj,
                              [verb, comp], conf, "copula_adj", negated=negated,
                              modality=modality)


def _with(t: RawTriple, negated: bool, modality: str | None) -> RawTriple:
    """``t`` with the copula's negation and modality added."""
    return replace(t, negated=t.negated or negated, modality=modality or t.modality)


# ---- apposition: "X, an Iran-backed group," / "X, the commander of Y," / "the leader of Y, X,"


def _apposition(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    dep_ids = columns(ctx.doc).dep
    for i in range(sent.start, sent.end):
        if dep_ids[i] != _APPOS_ID:
            continue
        tok = ctx.doc[i]
        member = _one_of(tok)
        if member is not None:  # "X, one of the founders of Y": a founder of Y
            if _is_name(tok.head, ctx.ents) and _appos_separated(tok):
                yield from _one_of_triples(ctx, _np(tok.head, ctx.ents, with_of=False), member)
            continue
        anchor = _appos_anchor(tok, ctx)  # "his wife and infant child, Rina": the child
        anchor = _person_from_place(anchor, tok, ctx) or anchor
        if _is_name(anchor, ctx.ents) and _party_token(tok, ctx) and _appos_separated(tok):
            yield _party_member(ctx, _np(anchor, ctx.ents, with_of=False), tok, [tok])  # "Orr, a Republican,"
            continue
        if any(t.i in ctx.ents and ctx.ents[t.i].label_ in _NON_ACTOR_ENTS for t in (tok, anchor)):
            continue
        if (tok.tag_ in ("NNS", "NNPS") or _dash_before(tok)) and anchor.conjuncts and _is_name(anchor, ctx.ents):
            continue  # "Tom Orr and Dan Kerr, the two leaders,", "X, Y and Z – a steady decline": no kind of one
        if _is_name(anchor, ctx.ents) and (tok.pos_ == "NOUN" or _capital_role(tok, ctx)):
            name_tok, desc = _holder_after_place(anchor, tok, ctx) or anchor, tok  # "X, the U.S. Treasury Secretary,"
        elif _is_name(tok, ctx.ents) and (anchor.pos_ == "NOUN" or _capital_role(anchor, ctx)):
            name_tok, desc = tok, anchor  # "the Speaker of the Assembly, Mara Tolen,"
        elif (tok.ent_type_ == "PERSON" and anchor.ent_type_ != "PERSON"
              and _role_above(anchor, ctx) is not None):
            # "the commander of US Central Command, General X": the parser hangs the
            # person on the organisation; the apposition belongs to the role noun
            name_tok, desc = tok, _role_above(anchor, ctx)
        else:
            continue  # two names are an alias (entities helper); two descriptions say little
        name = _np(name_tok, ctx.ents, with_of=False)
        if name.root.pos_ == "PRON" or not _appos_separated(tok) or not _unprefixed(desc.lower_).isalpha():
            continue
        if _player_in_brackets(name, ctx):
            continue  # "his wife (Robin Orlen)" in a film review: the actress, not his wife
        if _beyond_anchor(anchor, tok):
            continue  # "said Vell, including one with a bakery, the town's largest": the bakery's
        if _listed(tok) or _comma_listed(tok):
            continue  # "hit the Orvane Tower, the city hall and the old bridge": three targets
        if _source_after(tok):
            continue  # "turned against Dan Kerr, a poll by The Hill found": the poll found it
        if desc.lemma_.lower() in name_tables().place_of_nouns and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in desc.children):
            continue  # "a raid in Kolvaro (Nitra region)": where Kolvaro lies, no kind of thing it is
        if not desc.whitespace_ and desc.i + 1 < len(desc.doc) and _is_hyphen(desc.doc[desc.i + 1]):
            continue  # "vice" of "vice-president": the word after the hyphen is the description
        if any(c.dep_ == "nummod" and c.i > desc.i for c in desc.children):
            continue  # "Orvik, population 3,100": a figure of the name, no kind of thing it is
        yield from _appos_one(ctx, name, desc)
        for other in desc.conjuncts:  # "X, founder and chief executive of Y": each role
            if other.i > desc.i and (other.pos_ == "NOUN" or is_title_word(other.text)) \
                    and _unprefixed(other.lower_).isalpha():
                title = _title_of_head(other, ctx.ents, ctx.lex)
                if title is not None and title.org is not None:
                    yield from _role_triples(ctx, name, title, 0.75, "role_appos", [other])
                elif title is None and _and_joined(other) and _relates_named(other, ctx):
                    yield from _appos_one(ctx, name, other)  # "a lawyer and longtime friend of Ana Vell"


def _relates_named(noun: Token, ctx: _Ctx) -> bool:
    """Whether a description ties its holder to a named actor, after "of" ("longtime friend of
    Ana Vell") or as its owner ("Orvane's main rival")."""
    related = _role_object(noun, ctx.ents, ctx.lex)[0]
    return related is not None and _ent_span(related, ctx.ents) is not None or any(
        c.dep_ == "poss" and _ent_span(c, ctx.ents) is not None for c in noun.children)


def _and_joined(conj: Token) -> bool:
    """Whether a conjunct is joined to the one before it by "and" ("a lawyer and friend of
    X"), not listed after a comma ("a spokeswoman for Vellco, a supplier of ...": the
    supplier is Vellco)."""
    return conj.left_edge.i > 0 and conj.doc[conj.left_edge.i - 1].lower_ in ("and", "&")


def _source_after(appos: Token) -> bool:
    """Whether an apposition is the source of the sentence, written after it: "Gen X has turned
    against Dan Kerr, a poll by The Hill found." (the parser hangs "found" on the poll). Its
    verb reports or finds (``reporting_verbs``, ``finding_verbs``), takes no object and ends the
    sentence: no description of the name before it."""
    rules = load_clause_rules()
    for verb in appos.children:
        lemma = verb.lemma_.lower()
        if verb.dep_ != "acl" or lemma not in rules.reporting_verbs and lemma not in rules.finding_verbs:
            continue
        rest = verb.doc[verb.i + 1:verb.sent.end]
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and all(t.is_punct for t in rest):
            return True
    return False


def _holder_after_place(anchor: Token, desc: Token, ctx: _Ctx) -> Token | None:
    """The person named right after a description the parser hung on a place: "last week in
    Sydney, the president of the growers' union, Reverend Tom Vell, met ..." -> Tom Vell, not
    Sydney (the name after the comma, past its titles, wherever the parser hung it); so too on
    a body named in a fronted phrase, when commas close the name: "Amid Vellia's war with the
    Orvane Front, a top Kestria official, Tom Orr, told ..." -> Tom Orr ("..., a Kestria
    lender, Tom Orr said" stays the body's)."""
    ent = ctx.ents.get(anchor.i)
    if ent is None or ent.label_ == "PERSON" or (ent.label_ not in _PLACE_ENTS and anchor.dep_ != "pobj"):
        return None
    doc = anchor.doc
    k = desc.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    while k < len(doc) and doc[k].ent_type_ != "PERSON" and is_title_word(doc[k].text):
        k += 1
    if not (k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"):
        return None
    if ent.label_ not in _PLACE_ENTS:
        end = ctx.ents[k].end if k in ctx.ents else k + 1
        if end >= len(doc) or doc[end].text != ",":
            return None
    return doc[k]


def _one_of(appos: Token) -> Token | None:
    """The plural noun of an apposition "one of the founders", or None."""
    if appos.lower_ != "one":
        return None
    of = next((c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = _first(of, ("pobj",)) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


def _one_of_triples(ctx: _Ctx, name: Span, member: Token) -> Iterator[RawTriple | None]:
    """"X, one of the founders of Orlen Bank": X / founder_of / Orlen Bank (a listed role);
    "X, one of the doves in the Vell Party": X / member_of / Vell Party (any other noun, with
    an organisation after "of", "in", "at" or "within")."""
    if name.root.pos_ == "PRON":
        return
    title = _title_of_head(member, ctx.ents, ctx.lex)
    if title is not None and title.org is not None:
        yield from _role_triples(ctx, name, title, 0.75, "role_appos", [member])
        return
    prep = next(member.rights, None)  # the first phrase after the noun only
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "at", "within"):
        return
    pobj = _first(prep, ("pobj",))
    org = _ent_span(pobj, ctx.ents) if pobj is not None else None
    if org is not None and org.label_ == "ORG":
        yield _triple(ctx, name, "member_of", member.text, _grow_name(org, ctx.ents), [member], 0.7, "apposition")


def _beyond_anchor(anchor: Token, appos: Token) -> bool:
    """Whether the apposition describes more than its anchor: a verb phrase of the anchor
    stands between them ("said Vell, including one with X, ..."), or a person follows the
    last noun of another noun's phrase ("her pick for farm minister, Ada Lisk": the pick,
    not the minister)."""
    if any(anchor.i < c.i < appos.i and (c.pos_ in ("VERB", "AUX") or c.dep_ in ("relcl", "acl"))
           for c in anchor.children):
        return True
    return (appos.ent_type_ == "PERSON" and anchor.dep_ == "pobj" and anchor.pos_ == "NOUN"
            and anchor.head.head.pos_ == "NOUN")


def _listed(appos: Token) -> bool:
    """Whether an apposition is the second item of a list: it goes on with "and" (no comma
    before) to a third item with a determiner or a name of its own ("the Orvane Tower, the
    city hall and the old bridge"); "a striker, and Dan Vell, ..." and "the group's founder
    and chief executive" describe one item, and so do descriptions closed by a comma before the
    subject's verb ("Vellco, the biggest carmaker and Orvane's main rival, posted")."""
    doc = appos.doc
    anchor, end = appos.head, appos.right_edge.i + 1
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.i > end and doc[end].text == ",":
        return False
    for conj in (c for c in appos.rights if c.dep_ == "conj"):
        cc = next((c for c in appos.rights if c.dep_ == "cc" and c.i < conj.i), None)
        if cc is None or doc[cc.i - 1].text == ",":
            continue
        named = conj.pos_ == "PROPN" and not is_title_word(conj.text)  # "president and CEO": one person's
        if named or any(c.dep_ in ("det", "poss") for c in conj.children):
            return True
    return False


def _comma_listed(appos: Token) -> bool:
    """Whether a name in apposition goes on, after a comma, to another name outside its own
    ("there used to be a tea stall, Kestford Bookshop, Orvane Provision Merchants and ...":
    shops of a list, none the stall). A firm's name with its partners ("its adviser, Morvan,
    Read and Co": one name the model tagged whole), nouns in a row ("Tom Orr, economist,
    professor and former chair": his titles) and a name after a description ("Tom Orr, the
    mayor, Dan Kerr, the governor") are no such list."""
    doc = appos.doc
    if appos.pos_ != "PROPN":
        return False
    nxt = [c for c in appos.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and c.left_edge.i > 0
           and doc[c.left_edge.i - 1].text == ","]
    k = appos.right_edge.i + 1 if not nxt else nxt[0].left_edge.i - 1
    if not nxt:  # the parser may hang the next item elsewhere: read the words
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        t = next((t for t in doc[k + 1:k + 6] if t.pos_ in ("NOUN", "PROPN")), None)
        if t is None or any(w.pos_ not in ("DET", "ADJ", "NUM") for w in doc[k + 1:t.i]):
            return False
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head  # "Tarrow Naidu Provision Merchants": its last word
        if t.pos_ != "PROPN" or t.dep_ in ("nsubj", "nsubjpass", "appos"):  # "a think tank": its own
            return False
    return doc[k + 1].ent_iob_ != "I"  # "Morvan, Read and Co": the comma is inside the name


def _player_in_brackets(name: Span, ctx: _Ctx) -> bool:
    """Whether a person's full name stands in brackets on a page about films or plays
    (``screen_words``): the actor who plays the part before it, not that part."""
    doc = ctx.doc
    return (name.start > 0 and doc[name.start - 1].text == "(" and name.end < len(doc)
            and doc[name.end].text == ")" and len(name) > 1 and name.root.ent_type_ == "PERSON"
            and on_screen(doc))


def _appos_anchor(appos: Token, ctx: _Ctx) -> Token:
    """What an apposition describes. After coordinated names the parser hangs it on the
    first, though a description of one names the last ("pressed by Tom Orr and Dan Kerr of
    Vellmont, the incoming leader": Kerr); after coordinated nouns, when the first is a
    relation noun (``relations`` in data/roles.yaml: "wife", "son", "ally"), the coordination
    names several people or things and the apposition names the last ("his wife and infant
    child, Rina": Rina is the child). Roles of one person stay together ("Varo's founder and
    former CEO, Ada Lisk": both hers)."""
    head = appos.head
    if _party_tag(head, ctx):
        head = head.head  # "Sen. Tom Orr, R-S.C., chairman of X": Orr's, not the tag's
    if appos.ent_type_ != "PERSON" and head.dep_ == "appos" and head.head.i < head.i \
            and head.head.ent_type_ == "PERSON" and head.i not in ctx.ents and is_title_word(_unprefixed(head.lower_)):
        head = head.head  # "Tom Orr, Co-founder, President and CEO of X": each title is Orr's
    between = [c for c in head.conjuncts if head.i < c.i < appos.i]
    names = [c for c in between if c.ent_type_ == head.ent_type_]  # not "(I-Vt.)" after "Sen. Tom Orr"
    if names and head.pos_ == "PROPN" and head.ent_type_ and appos.tag_ not in ("NNS", "NNPS"):
        return max(names, key=lambda c: c.i)  # "Tom Orr and Dan Kerr of Vellmont, the leader": Kerr
    if head.lemma_.lower() not in ctx.lex.relations and head.lower_ not in ctx.lex.relations:
        return head
    return max(between, key=lambda c: c.i) if between else head


def _person_from_place(anchor: Token, appos: Token, ctx: _Ctx) -> Token | None:
    """The person a description hung on their place describes: "Mayor Ana Vell of Kestford,
    Ohio, a Democrat," is Vell, a Democrat; a town is no party member and holds no office. The
    place is the object of "of" or "from" after the person's name; None otherwise, and for a
    description that names a place ("Kestford, the state capital")."""
    if anchor.i in ctx.ents and anchor.dep_ == "appos" and anchor.head.i in ctx.ents:
        anchor = anchor.head  # "of Dayton, Ohio, a Republican": the state is the town's
    ent = ctx.ents.get(anchor.i)
    if ent is None or ent.label_ not in _PLACE_ENTS or anchor.dep_ != "pobj" \
            or anchor.head.lower_ not in ("of", "from"):
        return None
    person = anchor.head.head
    if person.ent_type_ != "PERSON" or person.pos_ != "PROPN":
        return None
    if not (_party_token(appos, ctx) or is_title_word(appos.text)
            or appos.lemma_.lower() in load_clause_rules().person_nouns):
        return None
    return person


def _party_tag(tok: Token, ctx: _Ctx) -> bool:
    """Whether ``tok`` ends a party and state tag set after a name ("R-S.C.", "D-Calif."):
    an apposition whose first word is a party's letter (``party_labels``) and a hyphen."""
    if tok.dep_ != "appos" or tok.left_edge.i + 1 >= tok.i:
        return False
    letter, hyphen = tok.doc[tok.left_edge.i], tok.doc[tok.left_edge.i + 1]
    return len(letter.text) == 1 and letter.lower_ in ctx.lex.party_labels and _is_hyphen(hyphen)


def _capital_role(tok: Token, ctx: _Ctx) -> bool:
    """A role written in capitals outside any name ("Secretary" of "the U.S. Treasury
    Secretary"), which the tagger calls a proper noun."""
    return (tok.pos_ == "PROPN" and tok.i not in ctx.ents
            and _unit_ending_at(tok.doc, tok.i, tok.i, ctx.lex) is not None)


def _role_above(anchor: Token, ctx: _Ctx) -> Token | None:
    """The role noun whose "of" object ``anchor`` is ("commander" for "commander of Y")."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in _ROLE_PREPS:
        return None
    role = anchor.head.head
    if role.pos_ != "NOUN" or _unit_ending_at(role.doc, role.i, role.i, ctx.lex) is None:
        return None
    return role


def _appos_separated(appos: Token) -> bool:
    """A true apposition is set off by a comma, dash or bracket ("photo credit: X" is not), or
    is one the parse fixes found without them ("Governor of Texas Greg Abbott")."""
    left = appos.left_edge.i - 1
    return left >= 0 and appos.doc[left].text in (",", "(", "—", "–", "-") \
        or appos.i in appos.doc.user_data.get(UNMARKED_APPOSITIONS, ())


def _appos_one(ctx: _Ctx, name: Span, desc: Token) -> Iterator[RawTriple | None]:
    if _listed_item(name, desc, ctx):
        return  # "the elections of the Vell Assembly, the President of the Republic, the Orlen Council and ..."
    if desc.left_edge.tag_ in ("WP$", "WP", "WDT"):
        return  # "Kishida, whose handling of the economy ...": a relative clause the parser took for a noun
    if desc.left_edge.lower_ in load_clause_rules().share_adverbs:
        return  # "loans to Kestria, mostly farm credit": what the loans are
    if desc.tag_ == "NNS" and name.root.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in name.root.children):
        return  # "... blaming Tom Orr, the president's advisers were ...": many, so no one person's description
    named = _named_right_after(desc, ctx)
    if named is not None:  # "met Tom Orr, Secretary of the Vellmar Council Ali Vell and ...": Vell's title
        title = _title_of_head(desc, ctx.ents, ctx.lex)
        if title is not None and (title.org is not None or title.portfolio):
            yield from _role_triples(ctx, _grow_name(named, ctx.ents), title, 0.8, "role_appos", [desc])
        return
    rel = _relation_object(desc, ctx)
    after = next((c for c in desc.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > desc.i), None)
    if after is not None and name.start <= after.i < name.end and rel is not None and rel[2].i < name.start:
        # "Vell's ally, Ada Lisk": she stands in the relation, whose other end comes before her
        # ("its owner, Ada Lisk, of Orvane" names where she lives)
        after = None
    if after is None and _names_the_next(desc):
        title = _title_of_head(desc, ctx.ents, ctx.lex)
        if title is not None and title.org_rule == "listed":
            yield from _role_triples(ctx, name, title, 0.75, "role_appos", [desc])  # "X, Manager, Orvane Foods"
        return  # "Orlen Radio, the weekly paper Le Tarn and ...": the paper is Le Tarn, a list's item
    if after is not None:  # "Brady, Emery's chairman, John C. Emery": the role is the name after it
        own, title = _ent_span(after, ctx.ents), _title_of_head(desc, ctx.ents, ctx.lex)
        if own is not None and title is not None and (title.org is not None or title.portfolio):
            yield from _role_triples(ctx, _grow_name(own, ctx.ents), title, 0.8, "role_appos", [desc])
        return
    if rel is not None:
        predicate, obj, _ = rel
        conf = 0.75 + _arg_bonus(name, ctx) + _arg_bonus(obj, ctx)
        yield _triple(ctx, name, predicate, desc.text, obj, [desc], conf, "apposition")
        return
    title = _title_of_head(desc, ctx.ents, ctx.lex)
    if title is not None and (title.org is not None or title.portfolio):
        yield from _role_triples(ctx, name, title, 0.8, "role_appos", [desc])
        return
    title = _open_role(desc, name, ctx)
    if title is not None:
        yield from _role_triples(ctx, name, title, 0.7, "open_role", [desc])
        return
    obj = _is_a_object(desc, ctx) if not (_no_kind(name, desc) or _bracketed_portfolio(desc)) else None
    if obj is None:
        return
    conf = 0.7 + _arg_bonus(name, ctx) - (0.1 if len(obj) > 6 else 0.0)
    yield _triple(ctx, name, "is_a", ",", obj, [desc], conf, "apposition")


_DASHES = frozenset({"—", "–", "-", "--"})


def _dash_before(appos: Token) -> bool:
    """Whether an apposition is set off by a dash ("Tom Orr and Dan Kerr of Vellmont — home to
    the mills —"): after coordinated names it says something of the sentence or of a place,
    not what the last name is."""
    left = appos.left_edge.i - 1
    return left >= 0 and appos.doc[left].text in _DASHES


def _bracketed_portfolio(desc: Token) -> bool:
    """A bare singular noun in brackets after a name is the field she answers for, no kind of
    thing she is: "Tom Orr (transport and infrastructure), Ana Vell (agriculture)"."""
    doc = desc.doc
    return (desc.left_edge.i > 0 and doc[desc.left_edge.i - 1].text == "(" and desc.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in desc.children))


def _no_kind(name: Span, desc: Token) -> bool:
    """Whether an apposition says no kind of thing the name is: an acronym in brackets
    ("polymerase chain reaction (PCR)", "a health advisory about a syndrome (MIS-C)": a short
    form, of the phrase or of a word inside it), or a counted plural before one name ("The
    three key features, LDH, lymphocytes and ...": the head of a list, no kind of LDH)."""
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].text == "(" and is_acronym(name.text):
        return True
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in desc.children)
    return desc.tag_ in ("NNS", "NNPS") and counted and not any(t.dep_ == "conj" for t in name)


def _listed_item(name: Span, desc: Token, ctx: _Ctx) -> bool:
    """Whether a description after a name that is no person's is an item of a list of names
    the parser hung on it: it has a named organisation or place coordinated with it ("the Vell
    Assembly, the President of the Republic, the Orlen Council, and ..." lists three bodies; the
    assembly is no president)."""
    if name.root.ent_type_ in ("", "PERSON"):
        return False
    return any(c.dep_ == "conj" and c.ent_type_ in _NAME_ENTS and c.ent_type_ != "PERSON" for c in desc.children)


def _named_right_after(desc: Token, ctx: _Ctx) -> Span | None:
    """The person whose name follows a description with nothing between, which the parser
    hung on the name before the comma: in a list of titled names ("President Tom Orr,
    Secretary of the Vellmar Council Ali Vell and ...") the title is the next name's, also
    after a dash ("the Acting Director of the Orlen Office — Mrs. Ana Vell"). None when a comma
    or a word comes first."""
    end = max([desc.i, *(t.i for c in desc.rights if c.dep_ not in ("conj", "cc", "punct", "appos")
                         for t in c.subtree)])
    doc, j = desc.doc, end + 1
    if j < len(doc) and doc[j].text in _DASHES:  # "the Acting Director of X — Mrs. Ana Vell"
        j += 1
        while j < len(doc) - 1 and is_title_word(doc[j].text) and j not in ctx.ents:
            j += 1
    ent = ctx.ents.get(j)
    return ent if ent is not None and ent.label_ == "PERSON" and ent.start == j else None


def _names_the_next(desc: Token) -> bool:
    """Whether a description is followed right away by the name it describes, which the
    parser hung on it ("the weekly paper Le Tarn"): it describes that name, not the one
    before the comma."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in ("", "PERSON")
               and c.left_edge.i == desc.i + 1 for c in desc.children)


def _open_role(desc: Token, name: Span, ctx: _Ctx) -> _Title | None:
    """A person's occupation at a named organisation, when the noun is no listed role:
    "Ann Vell, a primatologist at the Orvane Institute" -> primatologist_of it. Only a
    person, one singular noun and an organisation name after "at", "with", "for" or "of":
    "a resident of Kestria" names a place, "a trip to Orvane" no occupation."""
    if name.root.ent_type_ != "PERSON" or desc.tag_ != "NN":
        return None
    org = None
    for child in desc.rights:
        pobj = _first(child, ("pobj",)) if child.dep_ == "prep" and child.lower_ in _OPEN_ROLE_PREPS else None
        ent = _ent_span(pobj, ctx.ents) if pobj is not None else None
        if ent is not None and ent.label_ == "ORG":
            org = _grow_name(ent, ctx.ents)
        break  # the first phrase after the noun only: "a trip to Orvane with Kestria Ltd"
    if org is None:
        return None
    words = [t for t in desc.lefts if t.dep_ in ("compound", "amod") and t.is_alpha]
    former = any(t.lower_ in ctx.lex.former_words for t in words)
    kept = [t.lower_ for t in words if t.dep_ == "compound" or t.lower_ in ctx.lex.qualifiers
            or t.lower_ in ctx.lex.kept_descriptors]
    start = min([t.i for t in words if t.lower_ not in ctx.lex.former_words] or [desc.i])
    stem = "_".join([*kept, desc.lemma_.lower()])
    return _Title(desc.doc[start : desc.i + 1], stem, org, "prep", former)


# ---- name + type noun: "the Kataib Hezbollah militia group", "the Iran-backed group X"


def _of_a_name(noun: Token) -> bool:
    """Whether a type noun is followed by "of" and a name: "the Gaza town of Beit Orla" is the
    town Beit Orla, so Gaza is no town."""
    return any(o.pos_ == "PROPN" for o in of_objects(noun))


def _name_type(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    doc, lex = ctx.doc, ctx.lex
    for ent in ctx.sent_ents.get(ctx.sent_of[sent.start], ()):
        if ent.label_ not in _NAME_TYPE_ENTS:
            continue
        if ent.start > sent.start and not doc[ent.start - 1].whitespace_:
            continue  # "anti-ISIS coalition": the name is part of a modifier
        types = lex.place_nouns if ent.label_ in _PLACE_ENTS else lex.group_nouns
        name = doc[ent.start : ent.end]
        # trailing type nouns swallowed by the entity or following it
        end = ent.end
        while name and _word(name[-1]) in types and name[-1].pos_ == "NOUN":
            name = doc[name.start : name.end - 1]
        k = name.end
        while k < sent.end and doc[k].pos_ == "NOUN" and doc[k].dep_ in ("compound", "nsubj",
                                                                         "dobj", "pobj", "ROOT",
                                                                         "appos", "conj"):
            k += 1
            if doc[k - 1].dep_ != "compound":
                break
        if (k > name.end and _word(doc[k - 1]) in types and len(name) and doc[k - 1].tag_ != "NNS"
                and doc[k - 1].dep_ != "compound" and (k - name.end == 1 or types is not lex.place_nouns)
                and not _of_a_name(doc[k - 1])):
            # not "the Caribbean countries" (a plural names members), "the Fulton County district
            # attorney" (the type noun modifies another), "a Florida school district" (a place
            # before a longer kind is where it is, not its name)
            yield _triple(ctx, name, "is_a", doc[name.end : k].text, doc[name.end : k],
                          [name], 0.7 + 0.05 * (end == name.end), "name_type")
            continue
        # "the Iran-backed group Kataib Hezbollah", "of Iraqi capital Baghdad": type first
        j = name.start - 1
        if j >= sent.start and doc[j].pos_ == "NOUN" and _word(doc[j]) in types:
            start = j
            for child in doc[j].lefts:
                if child.dep_ in ("amod", "compound", "npadvmod", "nmod"):
                    start = min(start, child.left_edge.i)
            before = doc[start - 1] if start > sent.start else None
            if before is not None and (before.lower_ in ("the", "a", "an") or before.pos_ == "ADP"):
                yield _triple(ctx, name, "is_a", doc[start : j + 1].text, doc[start : j + 1],
                              [name], 0.65, "name_type")


# ---- hyphenated participles: "an Iran-backed group", "the Baghdad-based militia"


def _participle(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    doc, lex = ctx.doc, ctx.lex
    lower_ids, wanted = columns(doc).lower, lex.participle_ids
    for i in range(sent.start, sent.end):
        if lower_ids[i] not in wanted:
            continue
        tok = doc[i]
        word = tok.lower_
        if word not in lex.agent_participles and word not in lex.group_participles:
            continue
        if tok.i - 2 < sent.start or not _is_hyphen(doc[tok.i - 1]) or doc[tok.i - 2].whitespace_:
            continue
        modifier = _ent_span(doc[tok.i - 2], ctx.ents)
        if modifier is None or modifier.label_ not in _NAME_ENTS:
            continue
        modifier = _grow_name(modifier, ctx.ents)
        described = _described_name(tok, ctx, sent)
        if described is None or described.start <= tok.i < described.end:
            continue
        conf = 0.75 + _arg_bonus(modifier, ctx) - 0.05
        if word in lex.agent_participles:
            yield _triple(ctx, modifier, lex.agent_participles[word], doc[tok.i - 2 : tok.i + 1].text,
                          described, [tok], conf, "participle")
        else:
            yield _triple(ctx, described, lex.group_participles[word],
                          doc[tok.i - 2 : tok.i + 1].text, modifier, [tok], conf, "participle")


def _described_name(part: Token, ctx: _Ctx, sent: Span) -> Span | None:
    """The named actor an "X-backed ..." phrase describes, or None for a generic phrase."""
    doc = ctx.doc
    head = part.head if part.dep_ in ("amod", "compound", "nmod") and part.head.i > part.i else None
    if head is None:
        nouns = [t for t in doc[part.i + 1 : min(part.i + 5, sent.end)] if t.pos_ in ("NOUN", "PROPN")]
        head = nouns[-1] if nouns and all(t.dep_ == "compound" for t in nouns[:-1]) else None
        head = head or (nouns[0] if nouns else None)
    if head is None:
        return None
    for k in range(part.i + 1, head.i + 1):  # "the Iran-backed Kataib Hezbollah militia group"
        ent = _ent_span(doc[k], ctx.ents)
        if ent is not None and ent.label_ in _PLACE_LABELS and ent.end <= head.i:
            continue  # "the Vellia-based Kestrian rower Tom Orr": the rower's country, not who is based
        if ent is not None and ent.label_ in _NAME_TYPE_ENTS:
            return _grow_name(ent, ctx.ents)
    after = doc[head.i + 1] if head.i + 1 < sent.end else None
    if after is not None and _word(head) in ctx.lex.group_nouns:
        ent = _ent_span(after, ctx.ents)
        if ent is not None and ent.label_ in ("ORG", "PERSON", "FAC"):
            return _grow_name(ent, ctx.ents)  # "the Iranian-backed group Kataib Hezbollah"
    if head.dep_ == "appos" and _is_name(head.head, ctx.ents):
        return _np(head.head, ctx.ents, with_of=False)  # "X, an Iran-backed group,"
    if head.dep_ == "attr" and head.head.lemma_ in _COPULAS:
        subj = _first(head.head, ("nsubj",))
        if subj is not None and _is_name(subj, ctx.ents):
            return _np(subj, ctx.ents, with_of=False)  # "X is an Iran-backed group"
    return None


def _owned_event(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """An actor's act on another written as a noun: "Russia's attack on Ukraine", "the
    Russian attack on Ukraine", "US sanctions against Iran", "Pesch's offer for American
    Medical", "a bid by Acme for Fitbit" -> Russia / attack_on / Ukraine, ...
    (``event_prepositions``).

    The owner is a possessive name, a demonym, a name compounded onto the noun or its "by"
    phrase; the other actor is the named object of the noun's preposition, each conjunct an
    edge. A role noun ("Hamas's leader in Gaza") is the role rules' fact, not an event; an
    event under a negated verb ("did not show support by X for Y") is no fact.
    """
    cols, wanted = columns(ctx.doc), ctx.lex.event_preposition_ids
    done: set[int] = set()
    for i in range(sent.start, sent.end):
        if cols.lower[i] not in wanted or cols.dep[i] != _PREP_ID or cols.head[i] in done:
            continue
        noun = ctx.doc[cols.head[i]]
        if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a bid by Acme for Fitbit", "for" hung on the agent
        if noun.pos_ != "NOUN" or noun.i in ctx.ents or noun.i in done or _no_event(noun, ctx):
            continue
        if cols.lower[i] == _OF_ID and noun.lemma_.lower() not in ctx.lex.object_event_nouns:
            continue  # "Vellia's share of the market": "of" names the act's object only after these
        done.add(noun.i)  # the first event preposition only: "attack on X in Y"
        owner = _event_owner(noun, ctx)
        if owner is None or _unit_ending_at(ctx.doc, noun.i, noun.i, ctx.lex) is not None \
                or _negated_governor(noun) or _place_modifier(owner, noun) \
                or _destination_modifier(owner, noun, ctx.lex.destination_nouns):
            continue
        prep = ctx.doc[i]
        pobj = _first(prep, ("pobj",))
        for other in _conjuncts(pobj) if pobj is not None else ():
            ent = _ent_span(other, ctx.ents)
            if ent is None or ent.label_ not in ACTOR_TYPES or other.pos_ != "PROPN" \
                    or any(c.tag_ == "POS" for c in other.children):
                continue  # "likened Orr's arrest to Kerr's": Kerr's own, no act on Kerr
            predicate = f"{noun.lemma_.lower()}_{prep.lower_}"
            conf = 0.6 + _arg_bonus(owner, ctx) + _arg_bonus(ent, ctx)
            yield _triple(ctx, owner, predicate, f"{noun.text} {prep.text}",
                          _grow_name(ent, ctx.ents), [noun, prep], conf, "owned_event",
                          modality=noun_mood(noun, ctx.lex.event_moods))


_PREP_ID = get_string_id("prep")
_OF_ID = get_string_id("of")


def _no_event(noun: Token, ctx: _Ctx) -> bool:
    """A noun that names no act of its owner: the sentence's root, a verb the tagger read as
    a noun ("Chelsea's Vell clashes with Orr"), or any noun not of ``event_nouns``: a thing
    or a game ("Kestford's game in hand over Newport"), a person ("the party's candidate for
    X"), a polity ("a Palestinian state for ...")."""
    lemma = noun.lemma_.lower()
    return noun.dep_ == "ROOT" or (lemma not in ctx.lex.event_nouns and lemma not in ctx.lex.object_event_nouns)


def _place_modifier(owner: Span, noun: Token) -> bool:
    """A town or city compounded onto the noun says where, not who: "the Reykjavik match for
    the AP" (a country does act: "US sanctions against Iran")."""
    return owner.root.ent_type_ == "GPE" and owner.root.dep_ == "compound" and owner.root.head == noun and (
        canonical_key(owner.text) not in coref_tables().countries)


def _destination_modifier(owner: Span, noun: Token, destinations: frozenset[str]) -> bool:
    """A place or a people's word before a noun of travel says where to, not who: "any Russian
    trip for Tom Orr", "his Orlen visit" (``destination_nouns``); "Vellia's visit to Orlen"
    (a possessive) is Vellia's."""
    return (noun.lemma_.lower() in destinations and owner.root.ent_type_ in ("GPE", "NORP", "LOC")
            and owner.root.dep_ in ("amod", "compound") and owner.root.head == noun)


def _event_owner(noun: Token, ctx: _Ctx) -> Span | None:
    """The named actor before an event noun: its possessor ("Russia's"), demonym
    ("Russian") or compounded name ("US sanctions")."""
    for child in noun.lefts:
        if child.dep_ not in ("poss", "amod", "compound") or child.pos_ not in ("PROPN", "ADJ"):
            continue
        ent = _ent_span(child, ctx.ents)
        if ent is None or ent.label_ not in ACTOR_TYPES or ent.end > noun.i:
            continue
        if child.dep_ == "amod" and ent.label_ != "NORP":
            continue
        if ent.label_ == "GPE" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ == "PROPN":
            return None  # "Dime Savings Bank of New York's acquisition": the place ends the bank's name
        name = _without_possessive(ent)
        return name if len(name) else None
    return _event_agent(noun, ctx)


def _event_agent(noun: Token, ctx: _Ctx) -> Span | None:
    """The named actor of an event noun's "by" phrase: "a bid by Acme for Fitbit", "the
    attack by Russia on Ukraine"."""
    by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = _first(by, ("pobj",)) if by is not None else None
    if agent is None or agent.pos_ != "PROPN":
        return None
    ent = _ent_span(agent, ctx.ents)
    if ent is None or ent.label_ not in ACTOR_TYPES:
        return None
    name = _without_possessive(ent)
    return name if len(name) else None


def _negated_governor(noun: Token) -> bool:
    """Whether the verb a noun phrase hangs from is negated ("did not show support") or only
    aimed at, failed or refused, itself or through the verbs whose infinitive it is ("failed
    to secure a UN condemnation of X", "sought an alliance with Y": ``irrealis_verbs`` and
    ``failure_verbs`` of data/clauses.yaml)."""
    rules = load_clause_rules()
    t, verb = noun, False
    for _ in range(6):
        if t.head.i == t.i or verb and t.dep_ != "xcomp":
            return False
        under, t = t, t.head
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" for c in t.children):
                return True
            lemma = t.lemma_.lower()
            if under.dep_ not in ("nsubj", "nsubjpass") and (
                    lemma in rules.irrealis_verbs or lemma in rules.failure_verbs):
                return True  # not "A bid by X for Y failed": the act was made
            verb = True
    return False


_TOGETHER = frozenset({"together", "jointly"})  # "Orlen and Vell worked together": with each other


def _reciprocal(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """Actors that act together as one subject: "Iran and Iraq signed a deal", "Vell and
    Okafor met" -> Iran / sign_deal_with / Iraq, Vell / meet_with / Okafor: a verb of
    ``reciprocal_verbs``, or a verb whose object is one of ``reciprocal_objects``, or one done
    "together" or "jointly" ("Orlen and Vell worked together": `work_together_with`); each pair
    of named conjuncts once, in the order written. Not under negation ("did not meet")."""
    lex = ctx.lex
    for verb in sent:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        obj = _first(verb, ("dobj",))
        noun = obj.lemma_.lower() if obj is not None and obj.lemma_.lower() in lex.reciprocal_objects else ""
        together = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _TOGETHER), None)
        if not noun and verb.lemma_.lower() not in lex.reciprocal_verbs and together is None:
            continue
        if _with_another(verb):
            continue  # "Orr and Kerr met in a schoolroom with Ana Vell": both met her, not each other
        if obj is not None and not noun and (obj.ent_type_ in ACTOR_TYPES or obj.pos_ == "PRON"):
            continue  # "Orr and Kerr met Ana Vell", "... met him": both met her, not each other
        pairs = _partner_pairs(_first(verb, ("nsubj",)), ctx)
        lemma = f"{verb.lemma_.lower()}_{together.lower_}" if together is not None and not noun else verb.lemma_.lower()
        predicate = f"{lemma}_{noun}_with" if noun else f"{lemma}_with"
        text = f"{verb.text} {obj.text} with" if noun else f"{verb.text} {together.text} with" \
            if together is not None else f"{verb.text} with"
        evidence = [verb, obj] if noun else [verb] if together is None else [verb, together]
        modality = " ".join(filter(None, (_modality(verb, lex.modal_words), mood(verb)))) or None
        for a, b in pairs:
            yield _triple(ctx, a, predicate, text, b, evidence,
                          0.6 + _arg_bonus(a, ctx) + _arg_bonus(b, ctx), "reciprocal", modality=modality)
    yield from _between(ctx, sent)


def _with_another(verb: Token) -> bool:
    """Whether a verb's "with" phrase names whom its subjects act with ("met with Ana Vell",
    "met in a schoolroom with Ana Vell"): a "with" reached from the verb through prepositions
    and their objects only."""
    return any(tok.lower_ == "with" and tok.dep_ == "prep" and reaches(tok, verb, lambda t: t.dep_ in ("prep", "pobj"))
               for tok in verb.subtree)


def _between(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """A mutual act or state named by a noun "between" two actors: "talks between Russia and
    Ukraine", "the war between Israel and Hamas" -> Russia / talk_with / Ukraine (nouns of
    ``reciprocal_objects`` and ``between_nouns``); not under a negated verb."""
    for prep in sent:
        if prep.lower_ != "between" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            continue
        noun = prep.head
        lemma = noun.lemma_.lower()
        if lemma not in ctx.lex.reciprocal_objects and lemma not in ctx.lex.between_nouns or _negated_governor(noun):
            continue
        for a, b in _partner_pairs(_first(prep, ("pobj",)), ctx):
            yield _triple(ctx, a, f"{noun.lemma_.lower()}_with", f"{noun.text} between", b, [noun, prep],
                          0.55 + _arg_bonus(a, ctx) + _arg_bonus(b, ctx), "reciprocal")


def _partner_pairs(head: Token | None, ctx: _Ctx) -> Iterator[tuple[Span, Span]]:
    """The pairs of named actors coordinated at ``head`` that act with each other: every pair
    of "Iran, Iraq and Syria"; but when a plural noun lists its members after a dash or colon
    ("Iran and six powers - Britain, China and France", as conjuncts or as the noun's
    apposition), the members are one side and the names before the noun the other, so only
    pairs across the two (the six powers made no deal with each other)."""
    names = _named_conjuncts(head, ctx)
    group = next((t for t in _conjuncts(head) if _opens_member_list(t)), None) if head is not None else None
    if group is None:
        yield from combinations(names, 2)
        return
    members = [n for n in names if n.start > group.i] + _named_conjuncts(_first(group, ("appos",)), ctx)
    yield from ((a, b) for a in names if a.end <= group.i for b in members)


def _opens_member_list(noun: Token) -> bool:
    """Whether a plural common noun is followed by a dash or colon that opens the list of its
    members ("six powers - Britain, China ...", "three parties: X, Y and Z")."""
    after = max((c.right_edge.i for c in noun.rights if c.dep_ != "punct"), default=noun.i) + 1
    return noun.tag_ == "NNS" and after < len(noun.doc) and noun.doc[after].text in ("-", "–", "—", ":")


def _named_conjuncts(head: Token | None, ctx: _Ctx) -> list[Span]:
    """The named actors coordinated at ``head`` ("Iran and Iraq"), each once, as names."""
    names: list[Span] = []
    for t in _conjuncts(head) if head is not None else ():
        ent = _ent_span(t, ctx.ents)
        if ent is not None and ent.label_ in ACTOR_TYPES and t.pos_ == "PROPN" \
                and all(n.start != ent.start for n in names):
            names.append(_grow_name(_without_possessive(ent), ctx.ents))
    return names


def _possessive_person(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """A person named with an organisation's possessive and no role: "American Airlines'
    Kent Powell", "ONGC's Mr Raha" -> Kent Powell / affiliated_with / American Airlines (a role between
    them is the role rules' fact). A place's possessive is left out: what the small model
    calls a person there is often a place ("New York's JFK", "Berlin's Petersallee"); so is
    a one-word owner on a page of films ("Fox's Marty McFly": the actor's part)."""
    for person in _person_spans(ctx, sent):
        owner = next((c for c in person.root.children if c.dep_ == "poss" and c.i < person.start), None)
        ent = _ent_span(owner, ctx.ents) if owner is not None and owner.pos_ == "PROPN" else None
        if ent is None or ent.label_ != "ORG" or ent.end > person.start:
            continue
        if len(_without_possessive(ent)) == 1 and on_screen(ctx.doc):
            continue  # "Fox's Marty McFly" on a page of films: the part the actor Fox plays
        between = ctx.doc[ent.end:person.start]
        if any(t.pos_ not in ("PART", "PUNCT") for t in between):
            continue  # "Acme's chief executive Ana Vell": a role
        org = _without_possessive(ent)
        yield _triple(ctx, person, "affiliated_with", "'s", org, [between[0]] if len(between) else [person.root],
                      0.55 + _arg_bonus(org, ctx) + _arg_bonus(person, ctx), "possessive_person")


def _relation_before_name(ctx: _Ctx, sent: Span) -> Iterator[RawTriple | None]:
    """A relation noun written between two names, as a title is: "NATO member Turkey",
    "Kremlin critic Ana Vell", "longtime Orr ally Dan Kerr", "met U.S. ally Israel" -> Turkey
    / member_of / NATO, Ana Vell / critic_of / Kremlin (``relations`` in data/roles.yaml);
    "former" before the owner carries over ("former Orr ally Dan Kerr")."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i - 1 < sent.start or noun.i + 1 >= sent.end:
            continue
        word = _relation_noun(noun, ctx)
        if word is None:
            continue
        first = noun.i - len(word.split()) + 1
        owner = _ent_span(noun.doc[first - 1], ctx.ents) if first - 1 >= sent.start else None
        named = _ent_span(noun.doc[noun.i + 1], ctx.ents)
        if owner is None or named is None or owner.end != first or named.start != noun.i + 1 \
                or owner.label_ not in ACTOR_TYPES or named.label_ not in ACTOR_TYPES:
            continue
        if not (noun.dep_ == "compound" and noun.head.i in range(named.start, named.end)
                or named.root.dep_ == "appos" and named.root.head.i == noun.i):
            continue  # "the NATO member states": no name the noun describes
        former = _former_before_name(noun.doc, first, sent.start, ctx.lex)
        obj = _without_possessive(owner)
        yield _triple(ctx, named, f"{word.replace(' ', '_')}_of", noun.text, obj, [noun],
                      0.6 + _arg_bonus(named, ctx) + _arg_bonus(obj, ctx), "relation_before_name",
                      modality="former" if former else None)


# ---------------------------------------------------------------------------------------

_RULES = (_copula, _apposition, _role_np, _name_type, _participle, _owned_event, _reciprocal,
          _possessive_person, _affiliation, _party_label, _relation_before_name)


def extract_nominal_triples(
    doc: Doc,
    doc_id: str,
    *,
    lexicon: RoleLexicon | None = None,
    classes: RelationClasses | None = None,
    demonyms: Mapping[str, str] | None = None,
    conditions: frozenset[str] = frozenset({"if", "unless"}),
) -> Iterator[RawTriple]:
    """Yield the non-verbal facts of ``doc``: copulas, appositions and role titles.

    ``lexicon`` (role nouns), ``classes`` and ``demonyms`` default to the shipped data; a
    run passes its own from :class:`newsgraph.lexicon.Lexicon`, and the clause rules'
    ``condition_words`` as ``conditions`` (a fact under "if" carries it as its modality).

    Each triple carries the rule that produced it in ``extractor`` and a confidence from
    the evidence (rule, parse agreement, argument kinds). The same fact found by two rules
    is given once, by the rule with the higher confidence.
    """
    sents = list(doc.sents)
    sent_of = {i: n for n, sent in enumerate(sents) for i in range(sent.start, sent.end)}
    sent_ents: dict[int, list[Span]] = {}
    for ent in doc.ents:
        sent_ents.setdefault(sent_of[ent.start], []).append(ent)
    ctx = _Ctx(doc, doc_id, sents, sent_of, _entity_index(doc), lexicon or shipped_roles(),
               sent_ents, classes or shipped_classes(), shipped_demonyms() if demonyms is None else demonyms,
               frozenset(conditions))
    best: dict[tuple, RawTriple] = {}
    order: list[tuple] = []
    for sent in sents:
        for rule in _RULES:
            for triple in rule(ctx, sent):
                if triple is None:
                    continue
                key = (triple.subject.key, triple.predicate, triple.object.key)
                if key not in best:
                    order.append(key)
                    best[key] = triple
                elif triple.confidence > best[key].confidence:
                    best[key] = triple
    titled = {(t.sent_index, t.subject.key, t.predicate[:-3].rsplit("_", 1)[-1])
              for t in best.values() if t.predicate.endswith("_of")}
    for key in order:
        if not _said_better(best[key], titled):
            yield best[key]


def _said_better(triple: RawTriple, titled: set[tuple]) -> bool:
    """Whether an ``is_a`` fact only names a title that the same sentence gives with whose it
    is ("its chairman, Ben Tarrow": chairman_of Orlen Bank says all that is_a chairman says)."""
    words = triple.object.text.split()
    return triple.predicate == "is_a" and bool(words) and (
        triple.sent_index, triple.subject.key, words[-1].lower()) in titled
