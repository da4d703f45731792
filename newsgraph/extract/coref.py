"""Coreference without a model: pronouns and definite descriptions to an earlier named mention.

No coreference model can be downloaded here, so this is the classic rule-based recipe:
candidates are the named mentions of the same document in the last few sentences; a
pronoun or description ("it", "he", "the group", "the commander") takes the compatible
candidate with the best score. Compatible means type, number and kind all fit
(``data/coref.yaml``): "the group" never takes a ministry, an agency or a news outlet,
"the country" only a country and "the city" never one, "it" never a city named in a place
phrase ("in Baghdad"), "they" only a plural name ("Popular Mobilization Forces"). The score
is salience first (subject of a main clause, mentions so far in the document, a subject
of the headline), halved or so per sentence of distance. An "it" that refers to nothing
("it emerged that", "it was reported that", "do it", "it is the latest statement") is
left alone, and so is any anaphor without a compatible candidate: a wrong merge costs
more than a missing one. The anaphor keeps its written text; only ``antecedent`` is set,
to the position of the *named* mention the chain starts from.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import islice, takewhile

from rapidfuzz import fuzz
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.datafiles import load_yaml, shipped_text
from newsgraph.extract.clauses import object_controls
from newsgraph.extract.gazetteer import gazetteer_groups, gazetteer_types
from newsgraph.extract.spans import in_quote, person_evidence, speaks_of, token_indices
from newsgraph.labels import NAMED_TYPES, PLACE_TYPES, THING_TYPES
from newsgraph.model import Mention
from newsgraph.names import (
    canonical_key,
    capital_country,
    capital_of,
    city_country,
    demonym_country,
    first_named,
    is_acronym,
    is_capital,
    is_first_name,
    is_known_place,
    is_region,
    is_world_place,
    person_parts,
    title_sex,
)
from newsgraph.names import tables as names_tables

__all__ = ["CorefTables", "coref_tables", "find_pronouns", "find_descriptions", "resolve_coreference"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod"})
_DEFINITE = frozenset({"the", "this", "that"})
_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "xcomp"})
_PREDICATE_DEPS = frozenset({"attr", "oprd"})  # the noun after "is", "remains", "became"
_IT = get_string_id("it")  # token.lower of "it": an integer test in the whole-document scans


@dataclass(frozen=True)
class CorefTables:
    """The tables of ``data/coref.yaml``."""

    pronouns: dict[str, dict]
    descriptions: dict[str, frozenset[str]]
    pleonastic_verbs: frozenset[str]
    window_pronoun: int
    window_description: int
    window_it: int
    description_words: dict[str, frozenset[str]] = field(default_factory=dict)
    description_prefer: dict[str, frozenset[str]] = field(default_factory=dict)
    description_avoid: dict[str, frozenset[str]] = field(default_factory=dict)
    description_place: dict[str, str] = field(default_factory=dict)
    event_object_verbs: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    org_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    addressee_verbs: frozenset[str] = frozenset()
    quoting_verbs: frozenset[str] = frozenset()  # "IRNA quoted X": an organisation quoting is an outlet
    question_marks: frozenset[str] = frozenset()  # "asked Vell whether she ...": she is Vell
    plural_heads: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    team_place_preps: frozenset[str] = frozenset()  # "won a Cup in Anaheim": the city, not its team
    place_plurals: frozenset[str] = frozenset()  # "the Florida Keys": a place, no team "Keys"
    team_cues: frozenset[str] = frozenset()  # words of sports copy, where a city may be its team
    capital_place_verbs: frozenset[str] = frozenset()  # "Suva hosted the games": the city, no government
    capital_actor_preps: frozenset[str] = frozenset()  # "talks with Honiara": the government
    capital_noun_preps: frozenset[str] = frozenset()  # "backing for Taipei", not "left for Taipei"
    capital_object_verbs: frozenset[str] = frozenset()  # "warned Moscow", not "visited Moscow"
    capitals_not_governments: frozenset[str] = frozenset()
    pleonastic_idioms: dict[str, frozenset[str]] = field(default_factory=dict)  # "when it comes to"
    pleonastic_marks: frozenset[str] = frozenset()  # "it has been a week since ..."
    binding_preps: frozenset[str] = frozenset()  # "at her": the pronoun is the verb's argument
    state_possessions: frozenset[str] = frozenset()
    weights: dict[str, float] = field(default_factory=dict)  # salience, see ``weights`` in coref.yaml
    non_actor_nouns: frozenset[str] = frozenset()  # "the bill", "the plan": what "it" often means
    actor_verbs: frozenset[str] = frozenset()  # "it said": only an actor does it
    unrepeated_heads: frozenset[str] = frozenset()  # "the world": never a repeat (mentions.py)
    part_nouns: frozenset[str] = frozenset()  # "the Senate budget committee": a body of its own
    place_scope: frozenset[str] = frozenset()  # "the country", "the government": read the article
    place_aliases: dict[str, str] = field(default_factory=dict)  # "us" -> "united states"
    sex_nouns: dict[str, str] = field(default_factory=dict)  # "wife" -> "female", "widower" -> "male"
    sex_from_pronouns: int = 0  # pronouns of one gender that give a person of unknown sex that sex
    unnamed_people: frozenset[str] = frozenset()  # "the bomber", "her son": a person not named
    unnamed_orgs: frozenset[str] = frozenset()  # "a purchaser", "the buyer": a body not named
    new_thing_words: frozenset[str] = frozenset()  # "this new network": a new thing, not a repeat
    kind_modifiers: frozenset[str] = frozenset()  # "the working group": a kind of gathering, no name's repeat
    lesser_place_words: frozenset[str] = frozenset()  # "the local government": not the country
    lesser_title_words: frozenset[str] = frozenset()  # "Vice President X" is not "the president"
    held_offices: frozenset[str] = frozenset()  # "Speaker X" holds an office: not "the president"
    distal_determiners: frozenset[str] = frozenset()  # "that country": a place just named
    federal_words: frozenset[str] = frozenset()  # "the federal government": a federation's
    federal_countries: frozenset[str] = frozenset()
    national_institutions: frozenset[str] = frozenset()  # "the Russian central bank": Russia's
    national_body_heads: frozenset[str] = frozenset()  # "Nepal's Tourism Department": Nepal's
    leader_participles: frozenset[str] = frozenset()  # "the U.S.-led coalition": a referent of its own
    unknown_sex_rivals: frozenset[str] = frozenset()  # "male": a person of unknown sex competes for "he"
    naming_verbs: frozenset[str] = frozenset()  # "that company was called X": X, no earlier name
    title_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # "premier" -> prime minister
    portfolio_preps: frozenset[str] = frozenset()  # "the Minister of Finance": a role with its portfolio
    # kinds_of answers by name: the same names recur in every article (bounded, see kinds_of)
    _kinds_seen: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def thing_nouns(self) -> frozenset[str]:
        """What an "it" may mean instead of a name: a thing or a body the article does not
        name (``non_actor_nouns`` and ``unnamed_orgs``)."""
        return self.non_actor_nouns | self.unnamed_orgs

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """What a "he" or "she" may mean instead of a name: ``unnamed_people``, the sex nouns
        and the person descriptions."""
        return self.unnamed_people | self.sex_nouns.keys() | {
            k for k, v in self.descriptions.items() if "PERSON" in v}

    def national_body(self, key: str) -> bool:
        """Whether a folded name is a kind of body every country has: one of
        ``national_institutions`` ("foreign ministry"), or of two words or more ending in one of
        ``national_body_heads`` ("tourism department")."""
        return key in self.national_institutions or " " in key and key.rsplit(" ", 1)[-1] in self.national_body_heads

    def kinds_of(self, key: str) -> frozenset[str]:
        """Kinds of organisation ("state", "media", ...) a folded name belongs to, by its words."""
        kinds = self._kinds_seen.get(key)
        if kinds is None:
            padded = f" {key} "
            kinds = frozenset(kind for kind, words in self.org_kinds.items()
                              if any(f" {w} " in padded for w in words))
            if len(self._kinds_seen) >= 50_000:
                self._kinds_seen.clear()
            self._kinds_seen[key] = kinds
        return kinds


def _entry(value: dict | list, name: str) -> list[str]:
    return list(value.get(name) or ()) if isinstance(value, dict) else []


@lru_cache(maxsize=1)
def coref_tables() -> CorefTables:
    """The coreference tables shipped in ``newsgraph/data/coref.yaml`` (loaded once)."""
    text = shipped_text("coref.yaml")
    data = load_yaml(text) or {}
    window = data.get("window") or {}
    described = {k.lower(): v for k, v in (data.get("descriptions") or {}).items()}
    return CorefTables(
        pronouns={k.lower(): v for k, v in (data.get("pronouns") or {}).items()},
        descriptions={k: frozenset(v["types"] if isinstance(v, dict) else v) for k, v in described.items()},
        description_words={k: frozenset(canonical_key(w) for w in _entry(v, "contains"))
                           for k, v in described.items() if _entry(v, "contains")},
        description_prefer={k: frozenset(canonical_key(w) for w in _entry(v, "prefer"))
                            for k, v in described.items() if _entry(v, "prefer")},
        description_avoid={k: frozenset(_entry(v, "avoid")) for k, v in described.items() if _entry(v, "avoid")},
        description_place={k: v["place"] for k, v in described.items() if isinstance(v, dict) and v.get("place")},
        place_scope=frozenset(k for k, v in described.items() if isinstance(v, dict) and v.get("scope") == "article"),
        place_aliases=_place_aliases(),
        pleonastic_verbs=frozenset(data.get("pleonastic_verbs") or ()),
        pleonastic_marks=frozenset(str(w).lower() for w in data.get("pleonastic_marks") or ()),
        event_object_verbs=frozenset(data.get("event_object_verbs") or ()),
        event_nouns=frozenset(data.get("event_nouns") or ()),
        org_kinds={k: tuple(canonical_key(w) for w in v) for k, v in (data.get("org_kinds") or {}).items()},
        addressee_verbs=frozenset(str(w).lower() for w in data.get("addressee_verbs") or ()),
        quoting_verbs=frozenset(str(w).lower() for w in data.get("quoting_verbs") or ()),
        question_marks=frozenset(str(w).lower() for w in data.get("question_marks") or ()),
        plural_heads=frozenset(canonical_key(w) for w in data.get("plural_heads") or ()),
        countries=frozenset(canonical_key(w) for w in data.get("countries") or ()),
        locative_preps=frozenset(w.lower() for w in data.get("locative_preps") or ()),
        team_place_preps=frozenset(w.lower() for w in data.get("team_place_preps") or ()),
        place_plurals=frozenset(w.lower() for w in data.get("place_plurals") or ()),
        team_cues=frozenset(w.lower() for w in data.get("team_cues") or ()),
        capital_place_verbs=frozenset(w.lower() for w in data.get("capital_place_verbs") or ()),
        capital_actor_preps=frozenset(w.lower() for w in data.get("capital_actor_preps") or ()),
        capital_noun_preps=frozenset(w.lower() for w in data.get("capital_noun_preps") or ()),
        capital_object_verbs=frozenset(w.lower() for w in data.get("capital_object_verbs") or ()),
        capitals_not_governments=frozenset(w.lower() for w in data.get("capitals_not_governments") or ()),
        binding_preps=frozenset(str(w).lower() for w in data.get("binding_preps") or ()),
        pleonastic_idioms={str(k).lower(): frozenset(str(w).lower() for w in v)
                           for k, v in (data.get("pleonastic_idioms") or {}).items()},
        weights={k: float(v) for k, v in (data.get("weights") or {}).items()},
        state_possessions=frozenset(w.lower() for w in data.get("state_possessions") or ()),
        window_pronoun=int(window.get("pronoun", 2)),
        window_description=int(window.get("description", 3)),
        window_it=int(window.get("it", 1)),
        unrepeated_heads=frozenset(w.lower() for w in data.get("unrepeated_heads") or ()),
        part_nouns=frozenset(w.lower() for w in data.get("part_nouns") or ()),
        non_actor_nouns=frozenset(w.lower() for w in data.get("non_actor_nouns") or ()),
        actor_verbs=_actor_verbs(),
        sex_nouns={str(w).lower(): sex for sex in ("female", "male")
                   for w in (data.get("sex_nouns") or {}).get(sex) or ()},
        sex_from_pronouns=int(data.get("sex_from_pronouns") or 0),
        unnamed_people=frozenset(w.lower() for w in data.get("unnamed_people") or ()),
        unnamed_orgs=frozenset(w.lower() for w in data.get("unnamed_orgs") or ()),
        new_thing_words=frozenset(w.lower() for w in data.get("new_thing_words") or ()),
        kind_modifiers=frozenset(w.lower() for w in data.get("kind_modifiers") or ()),
        lesser_place_words=frozenset(w.lower() for w in data.get("lesser_place_words") or ()),
        lesser_title_words=frozenset(w.lower() for w in data.get("lesser_title_words") or ()),
        held_offices=frozenset(w.lower() for w in data.get("held_offices") or ()),
        distal_determiners=frozenset(w.lower() for w in data.get("distal_determiners") or ()),
        federal_words=frozenset(w.lower() for w in data.get("federal_words") or ()),
        federal_countries=frozenset(w.lower() for w in data.get("federal_countries") or ()),
        national_institutions=frozenset(w.lower() for w in data.get("national_institutions") or ()),
        national_body_heads=frozenset(w.lower() for w in data.get("national_body_heads") or ()),
        leader_participles=frozenset(w.lower() for w in data.get("leader_participles") or ()),
        unknown_sex_rivals=frozenset(w.lower() for w in data.get("unknown_sex_rivals") or ()),
        naming_verbs=frozenset(w.lower() for w in data.get("naming_verbs") or ()),
        title_synonyms={str(k).lower(): frozenset(str(v).lower().split())
                        for k, v in (data.get("title_synonyms") or {}).items()},
        portfolio_preps=frozenset(str(w).lower() for w in data.get("portfolio_preps") or ()),
    )


def _place_aliases() -> dict[str, str]:
    """Folded place name -> the folded first name of its group in data/aliases.yaml ("us" ->
    "united states"): one list for coreference and entity resolution."""
    groups = (load_yaml(shipped_text("aliases.yaml")) or {}).get("merge") or ()
    return {canonical_key(str(n), "GPE"): canonical_key(str(g[0]), "GPE") for g in groups for n in g}


def _actor_verbs() -> frozenset[str]:
    """Verbs whose subject is an actor: the reporting and speech-act verbs of data/clauses.yaml
    (one list for both stages)."""
    clauses = load_yaml(shipped_text("clauses.yaml")) or {}
    return frozenset(str(w).lower() for name in ("reporting_verbs", "speech_act_verbs")
                     for w in clauses.get(name) or ())


def _is_pleonastic(token: Token, tables: CorefTables) -> bool:
    """An 'it' that refers to nothing: 'it emerged that ...', 'it is inconceivable that ...',
    'it was reported that ...', 'do it', 'it is the latest statement ...'."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in tables.event_object_verbs:
        return True  # "uses groups like Kataib Hezbollah to do it": an action
    if token.dep_ == "nsubjpass" and any(c.dep_ in _CLAUSE_DEPS and c.i > token.i for c in head.children):
        return True  # "it was reported that ...", "it is hoped that ..."
    if token.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in tables.event_nouns and not c.ent_type_
            for c in head.children):
        return True  # "It is the most recent threatening statement": the event just told
    idiom = tables.pleonastic_idioms.get(head.lemma_.lower())
    if token.dep_ == "nsubj" and idiom and any(c.lower_ in idiom and c.i > token.i for c in head.children):
        return True  # "when it comes to pricing"
    if head.lemma_ not in tables.pleonastic_verbs and head.lower_ not in ("'s", "\u2019s"):
        return False
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > token.i:
            return True
        if child.dep_ == "advcl" and child.i > token.i and any(
                m.dep_ == "mark" and m.lower_ in tables.pleonastic_marks for m in child.children):
            return True  # "it has been a week since the price rose"
        if child.dep_ == "acomp" and any(c.dep_ in _CLAUSE_DEPS for c in child.children):
            return True
    return False


def find_pronouns(doc: Doc) -> list[Token]:
    """Pronouns of the table that may refer to something (pleonastic 'it' left out; "I" only
    resolves inside a quotation, to its speaker)."""
    tables = coref_tables()
    pronouns = (doc[i] for i in token_indices(doc, POS, PRON))
    return [t for t in pronouns if t.lower_ in tables.pronouns and not _is_pleonastic(t, tables)]


def find_descriptions(doc: Doc) -> list[tuple[Span, frozenset[str], Span | None]]:
    """Definite descriptions: ("the militia" span minus determiner, compatible types, inner name).

    A description that embeds a named entity of a compatible type ("the Kataib Hezbollah
    militia") comes with that entity as its third item: it refers to it; so does a country's
    description with a people's word ("the Indian government": the country of "Indian").
    """
    tables = coref_tables()
    out = []
    for token in doc:
        if token.pos != NOUN and (token.pos != PROPN or not _capitalised_role(token)):  # integer tests first
            continue
        types = tables.descriptions.get(token.lower_)
        if types is None or token.tag_ in ("NNS", "NNPS") or token.ent_type_:
            continue  # "the Houthi movement" as a named entity is a name, not a description
        det = [c for c in token.children if c.dep_ == "det" and c.i < token.i]
        if not det or det[0].lower_ not in _DEFINITE:
            continue
        start = det[0].i + 1
        span = doc[start: token.i + 1]
        inner = None
        bad = False
        for t in span[:-1]:
            if t.ent_type_ and (t.ent_type_ in types or (
                    t.ent_type_ == "NORP" and "GPE" in types and demonym_country(t.text))):
                # "the Indian government": a country's people's word names the country whose
                # it is (not "the Jewish state": no country's demonym)
                inner = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            elif t.ent_type_ and (t.ent_type_ != "NORP" or _place_word(t.text)):
                bad = True  # "the Punjab government" (Punjab typed NORP): the place's own, no anaphor
            elif not t.ent_type_ and t.is_title and t.pos_ == "PROPN" and (
                    token.pos_ != "PROPN" or is_first_name(t.text)):
                bad = True  # "the Vell government": a name's; "the Prime Minister": a title's words
            if t.is_punct and t.text not in ("-",):
                bad = True
            if _names_its_leader(t, tables):
                bad = True  # "the U.S.-led coalition": a referent of its own, not the group named before
        if inner is not None and inner.start > 0 and doc[inner.start - 1].text == "-":
            continue  # "the anti-ISIS coalition" is neither ISIS nor an anaphor
        if inner is not None and token.lower_ in tables.part_nouns:
            continue  # "the Senate budget committee": a body of the Senate, not the Senate
        named = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ in types), None)
        if not bad and inner is None and named is not None:  # "the commander, Ilja Marek, ..."
            out.append((span, types, next((e for e in doc.ents if e.start <= named.i < e.end), None)))
            continue
        if bad or (token.dep_ != "appos" and _restricted(token)) or token.dep_ in _PREDICATE_DEPS:
            continue  # "if Lisk remains the president": what he is, not someone named before
        if inner is None and token.dep_ == "appos" and token.head.ent_type_ in types:
            inner = next((e for e in doc.ents if e.start <= token.head.i < e.end), None)
        out.append((span, types, inner))
    return out


def _place_word(word: str) -> bool:
    """Whether a word the model typed a people (NORP) is a place's name: a city, state, province
    or country ("Punjab", "Texas"), not a people's adjective ("Sunni", "Houthi")."""
    key = canonical_key(word)
    return is_world_place(key) or is_region(key)


def _capitalised_role(token: Token) -> bool:
    """Whether a word tagged a proper noun is a role written with a capital and ends its
    phrase: "the Prime Minister said", "the President" (a description as "the president" is),
    not "the President Hotel" nor a named entity's word."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and token.dep_ != "compound"


def _names_its_leader(token: Token, tables: CorefTables) -> bool:
    """Whether a modifier names who leads what the description names: "U.S.-led", "Saudi
    -led" (``leader_participles`` after a hyphen and a capitalised word, one token or three)."""
    text = token.lower_
    if "-" in text:
        first, last = token.text.split("-", 1)[0], text.rsplit("-", 1)[-1]
        return last in tables.leader_participles and first[:1].isupper()
    doc = token.doc
    return (text in tables.leader_participles and token.i >= 2 and doc[token.i - 1].text == "-"
            and doc[token.i - 2].text[:1].isupper())


def _restricted(token: Token) -> bool:
    """'the leader of a militia', 'the commander killed in the strike': a new referent, not an anaphor.

    A relative clause set off by a comma ("The militia, which is backed by Iran, ...") adds
    to a known referent and does not restrict it.
    """
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return True
        if c.dep_ in ("acl", "relcl"):
            first = c.left_edge
            if not (c.dep_ == "relcl" and first.i > 0 and first.doc[first.i - 1].text == ","):
                return True
    return False


def _reported_span(speaker: Token) -> tuple[int, int]:
    """Token bounds of what a speaker's verb reports, in the speaker's own sentence: its
    clausal complement after it, or, before it, the clause from its verb on (that clause's
    subject may be the speaker: "Turner responded 'yes'; he also said ..."), the whole of it
    when it is a quotation ('"Brannoc must go," he shouted': not Brannoc; also where the parser
    hung the speaker's verb on the quotation)."""
    verb = speaker.head
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        content = verb.head
        return content.i, min(content.right_edge.i + 1, verb.left_edge.i)
    if verb.dep_ == "ccomp" and verb.head.i < speaker.i and _after_quote(verb.left_edge):
        return verb.head.left_edge.i, verb.left_edge.i  # "'Vell sounds so formal,' she exclaimed": hung on the quote
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None:
        return 0, 0
    if said.i < speaker.i:  # '"...," he said': the quote; a clause the parser hung there: from its verb on
        start = said.left_edge.i if in_quote(said) else said.i
        return start, min(said.right_edge.i + 1, speaker.i)
    return said.left_edge.i, said.right_edge.i + 1


_CLOSING_QUOTES = frozenset({"'", '"', "\u2019", "\u201d", "''"})


def _after_quote(tok: Token) -> bool:
    """Whether a closing quotation mark stands right before ``tok`` (straight single quotes
    too, which :func:`in_quote` cannot tell from apostrophes)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text in _CLOSING_QUOTES


def _is_speaker(root: Token, tables: CorefTables) -> bool:
    """Whether a mention is the subject of a reporting verb ("Sterling said", "he added")."""
    return root.dep_ in _SUBJECT_DEPS and root.head.lemma_.lower() in tables.actor_verbs


def _subject_weight(root: Token) -> float:
    """1 for the subject of a main clause, 0.5 for a subject of a subordinate clause, else 0."""
    if root.dep_ not in _SUBJECT_DEPS:
        return 0.0
    return 1.0 if root.head.dep_ in ("ROOT", "conj", "parataxis") and root.head.head.dep_ != "relcl" else 0.5


def _plural_subject(anaphor: Token) -> bool:
    """'US forces ... consolidating their positions': the clause's subject is a plural noun."""
    head = anaphor.head
    for _ in range(4):
        subj = [c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.i < anaphor.i]
        if subj:
            return subj[0].tag_ == "NNS" and not subj[0].ent_type_
        if head.head.i == head.i:
            return False
        head = head.head
    return False


@dataclass
class _Candidate:
    """A possible antecedent: where it was seen and which named mention it stands for.

    ``country``: a GPE in the country table; ``locative``: the object of a place
    preposition ("in Baghdad"); ``kinds``: kinds of organisation ("state", "media");
    ``plural``: a name with a plural head ("Popular Mobilization Forces"); ``title``: in
    the headline line.
    """

    start: int
    end: int
    sent: int
    target: tuple[int, int]
    type: str
    key: str
    subject: float
    head_i: int
    embedded: bool = False
    country: bool = False
    locative: bool = False
    kinds: frozenset[str] = frozenset()
    plural: bool = False
    title: bool = False
    usable: bool = True  # False for a modifier ("Kataib Hezbollah fighters"): salience only
    written: str = ""
    roles: frozenset[str] = frozenset()  # title words around a person's name ("prime minister")
    described: frozenset[str] = frozenset()  # an organisation's apposition nouns ("X, the merchant bank")
    quoted: bool = False  # inside a quotation
    sex: str = ""  # "female"/"male": a title, a noun, a first name or the person's pronouns say so
    speaker: bool = False  # the subject of a reporting verb ("X said")


def _root(doc: Doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _compatible(info: dict | frozenset[str], c: _Candidate, tables: CorefTables,
                head: str = "") -> bool:
    """Type, number and kind agreement of an anaphor's table entry and a candidate."""
    if isinstance(info, frozenset):  # a description: types, kinds to avoid, country or city
        if c.type not in info or tables.description_avoid.get(head, frozenset()) & c.kinds:
            return False
        place = tables.description_place.get(head)
        return not (place == "country" and not c.country or place in ("city", "capital") and c.country
                    or place == "region" and not is_region(c.key))
    if c.type.startswith("CONCEPT"):  # common-noun subjects compete with names for it/they
        if "PERSON" in info.get("types", ()):
            return False
        return c.type == ("CONCEPT_PL" if info.get("number") == "plural" else "CONCEPT_SG")
    if c.type not in info.get("types", ()):
        return False
    if c.sex and info.get("gender") and info["gender"] != c.sex:
        return False  # "Prince Harry ... she": a title says which pronouns fit
    if info.get("gender") and c.locative and not c.sex and is_known_place(c.key):
        return False  # "the mill was a landmark in Timaru and he said ...": the town the model typed a person
    if info.get("plural_names") and c.type == "ORG" and not c.plural:
        return False
    if info.get("locative") is False and c.locative and c.type in PLACE_TYPES and not c.country:
        return False  # "a strike in eastern Baghdad ... its forces": not Baghdad
    return True


def _score(c: _Candidate, anaphor_sent: int, anaphor_start: int, counts: Counter, w: dict[str, float], *,
           anaphor_subject: bool, description: bool, anaphor_speaker: bool = False) -> float:
    """Salience, decayed per sentence of distance (after Lappin and Leass, much simplified).

    Salience counts more than recency: a name that is the subject of a main clause, was
    mentioned often in the document so far or is the subject of the headline beats a
    nearer name in a relative clause or a place phrase.
    """
    if c.key:
        score = w["base"] + c.subject + w["per_mention"] * min(counts[c.key], w["max_mentions"])
    else:
        score = w["base"] + c.subject + w["unnamed"]
    if c.title:
        score += w["title_subject"] if c.subject else w["title"]
    if anaphor_subject and c.subject >= 1.0:
        score += w["parallel_subject"]
    if anaphor_speaker and c.speaker:
        score += w.get("speaker", 0.0)
    if c.embedded and not description:
        score += w["embedded"]
    decay = w["decay_description"] if description else w["decay_pronoun"]
    return score * decay ** (anaphor_sent - c.sent) - w["per_char"] * (anaphor_start - c.end)


def _known_city(key: str) -> bool:
    """Whether a name is a city of GeoNames (15,000 people or more), or one ending in "city"
    ("Quezon City")."""
    return bool(city_country(key)) or is_capital(key) or key.endswith(" city")


def _embedded(root: Token) -> bool:
    """True when a token sits inside a relative or adverbial clause."""
    t = root
    for _ in range(6):
        if t.dep_ in ("relcl", "acl", "advcl"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _blockers(doc: Doc, skip_ends: set[int], named_heads: set[int]) -> list[_Candidate]:
    """Common-noun subjects of main clauses ("The statement added ..."), and proper nouns
    there that name nothing the model knows ("TRRW rose 4%", a ticker): an 'it' or 'they'
    that prefers one of these refers to no name, so it is left unresolved. Descriptions
    ("the militia", ending at ``skip_ends``) are anaphors themselves, and the heads of named
    candidates (``named_heads``: "Emperor said", after "Emperor's stake") names, not blockers."""
    out = []
    for i in token_indices(doc, POS, NOUN, PROPN):
        t = doc[i]
        if (t.dep_ in _SUBJECT_DEPS and not t.ent_type_ and i not in named_heads
                and t.head.dep_ in ("ROOT", "conj")
                and t.idx + len(t.text) not in skip_ends
                and not any(c.ent_type_ for c in t.children if c.dep_ in ("compound", "amod"))):
            plural = t.tag_ in ("NNS", "NNPS") and t.text.endswith("s") and not t.text.isupper()
            kind = "CONCEPT_PL" if plural else "CONCEPT_SG"  # "TSLA", tagged plural, is one ticker
            sent = t.sent
            start = sent.start_char
            out.append(_Candidate(t.idx, t.idx + len(t.text), 0, (start, start), kind, "", 1.0, t.i))
    return out


def _sent_of_offset(mentions: list[Mention], offset: int) -> int:
    """Sentence number of a document offset, from the (position-ordered) mentions' numbering."""
    best = 0
    for m in mentions:
        if m.start_char > offset:
            break
        best = m.sent_index
    return best


def _title_end(doc: Doc) -> int:
    """End offset of a headline line (a first line without final punctuation), else 0."""
    text = doc[:201].text_with_ws  # a prefix of at least 201 characters: all this reads
    line_end = text.find("\n")
    if line_end <= 0 or line_end > 200:
        return 0
    line = text[:line_end].rstrip()
    return line_end if line and line[-1] not in ".!?\"\u201d:" else 0


def _org_word(key: str, tables: CorefTables) -> bool:
    """A name whose last word says it is an organisation ("Halvorsen Capital", "... Forces")."""
    last = key.rsplit(" ", 1)[-1]
    return last in names_tables().generic_org_words or last in tables.plural_heads or any(
        last in words for words in tables.org_kinds.values())


@lru_cache(maxsize=1)
def _gazetteer_heads() -> dict[str, str]:
    """Folded gazetteer name -> folded first name of its group ("kh" -> "kataib hezbollah")."""
    return {canonical_key(n): canonical_key(g[0]) for g in gazetteer_groups() for n in g}


def _salience_key(key: str) -> str:
    """The key salience is counted under: one per gazetteer actor, else the folded name."""
    return _gazetteer_heads().get(key, key)


def _named_candidates(doc: Doc, mentions: list[Mention]) -> list[_Candidate]:
    """Named mentions that can be antecedents; modifiers ("US" in "US forces") only add salience.

    Types are corrected on the way: a gazetteer name takes the gazetteer's type, a PERSON
    named like an organisation ("Halvorsen Capital") is an ORG, and a surname of a person
    named in the document is a PERSON whatever the model said (or if it said nothing).
    """
    tables = coref_tables()
    gaz = gazetteer_types()
    title_end = _title_end(doc)
    by_head: dict[int, _Candidate] = {}
    surnames = {s for m in mentions if m.label == "PERSON" and " " in canonical_key(m.text, "PERSON")
                for s in _surnames(m.text)}
    people = _people_by_evidence(doc)
    full_name: dict[str, tuple[tuple[int, int], str]] = {}  # surname -> its person so far (position, key)
    given: dict[str, set[str]] = {}  # first name -> the full names written with it so far
    bodies: dict[str, tuple[int, int]] = {}  # one-word organisation name -> its first mention
    named_times: Counter = Counter()  # full name -> mentions so far
    shared: set[str] = set()  # surnames of two people named equally often
    for m in sorted(mentions, key=lambda m: m.start_char):
        if m.kind in ("pronoun", "description"):
            continue
        key = canonical_key(m.text, m.label)
        label = m.label
        target = m.key
        if label == "PERSON" and " " in key:
            named_times[key] += 1
            given.setdefault(person_parts(m.text).first, set()).add(key)
            for surname in _surnames(m.text):
                held = full_name.get(surname)
                if held is None or held[1] == key or named_times[key] > named_times[held[1]]:
                    full_name[surname] = (m.key, key)  # the most named ("Mark Meadows", not his wife)
                    shared.discard(surname)
                elif named_times[key] == named_times[held[1]]:
                    shared.add(surname)  # two people of that name as often: a bare one is either
        if label == "ORG" and " " not in key:
            bodies.setdefault(key, m.key)
        if label not in NAMED_TYPES:
            bare = m.text[:1].isupper() and " " not in m.text
            if bare and canonical_key(m.text) in full_name:
                # "Benning said she ...", the model tagging no entity: the chain starts from the full name
                label, target = "PERSON", full_name[canonical_key(m.text)][0]
            elif bare and canonical_key(m.text) in bodies:
                label, target = "ORG", bodies[canonical_key(m.text)]  # "Emperor said", after "Emperor's stake"
            else:
                continue
        if label != "PERSON" and (canonical_key(m.text) in surnames or canonical_key(m.text, "PERSON") in people):
            label = "PERSON"  # "Khazali" after "Qais al-Khazali", typed ORG by the model; "Narayan, 71,"
        elif key in gaz:
            label = gaz[key]
        elif is_region(key):
            label = "GPE"  # "visit to Tamil Nadu", typed PERSON: no "he"'s antecedent
        elif label == "PERSON" and " " in key and _org_word(key, tables):
            label = "ORG"
        root = _root(doc, m)
        if root is None or label == "PERSON" and root.ent_type_ in ("GPE", "LOC") and (
                " of " in m.text[: max(0, root.idx - m.start_char)]):
            continue  # "King Sam Ruiz of Jordan" headed by "Jordan": the person's own mention counts
        key = _salience_key(canonical_key(m.text, label))
        if label == "PERSON" and key in full_name and key not in shared:
            key = full_name[key][1]  # "Starmer" counts and binds as "Keir Starmer"
            named_times[key] += 1
        elif label == "PERSON" and " " not in key and key not in surnames and len(given.get(key, ())) == 1:
            key = next(iter(given[key]))  # "Kay" after "Kay Holm", no other Kay: her
            named_times[key] += 1
        c = _Candidate(m.start_char, m.end_char, m.sent_index, target, label, key,
                       _subject_weight(root), root.i, _embedded(root),
                       locative=root.dep_ == "pobj" and root.head.lower_ in tables.locative_preps,
                       plural=key.rsplit(" ", 1)[-1] in tables.plural_heads or root.tag_ == "NNPS",
                       title=m.start_char < title_end, usable=root.dep_ not in _MODIFIER_DEPS,
                       written=m.text, quoted=in_quote(root), speaker=_is_speaker(root, tables))
        old = by_head.get(root.i)
        if old is None or (c.end - c.start) < (old.end - old.start):
            by_head[root.i] = c
    cands = _voted_types(sorted(by_head.values(), key=lambda c: (c.start, c.end)))
    outlets = _addressees(doc, tables)
    cands = _outlets_not_people(cands, outlets)
    typed = [_typed(doc, c, tables, outlets) for c in cands]
    return _with_sexes(doc, _shared(_shared(typed, "PERSON", "roles"), "ORG", "described"))


def _outlets_not_people(cands: list[_Candidate], outlets: frozenset[str]) -> list[_Candidate]:
    """A one-word "person" the text writes only as told or quoting ("a resident told Dawn",
    "according to Dawn"), never within a longer person's name, is the outlet reporting
    (the model types the newspaper Dawn a woman): an organisation, never "she" or "the chief
    minister"."""
    people = {w for c in cands if c.type == "PERSON" and " " in c.key for w in c.key.split()}
    return [replace(c, type="ORG") if c.type == "PERSON" and c.key in outlets and " " not in c.key
            and c.key not in people else c for c in cands]


def _voted_types(cands: list[_Candidate]) -> list[_Candidate]:
    """One type per name in the document, as entity resolution will give it: a mention the
    model typed against the others of its name takes theirs ("Orvane" a place once among
    organisation mentions is the company that "the company" and "it" may mean). Only a type
    given at least twice, and more often than the mention's own, outvotes it. A person stays
    a person: the model types a person's bare surname an organisation more often than not
    ("Trump" 16 times of 22 in one story), and a foreign name a place; a name written as a
    person's, opening with a first name of one sex, that the model typed an organisation
    (:func:`first_named`) is no antecedent at all: never "the organisation", and no person the
    model's types kept out of reach before."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cands:
        if c.key:
            votes[c.key][c.type] += 1
    out = []
    for c in cands:
        if c.type == "ORG" and _written_as_person(c) and first_named(c.key, sexed=True):
            out.append(replace(c, usable=False))  # "Oksana Pokalchuk" typed ORG: a person, as resolution
            continue  # votes, never "the organisation" (nor a nearer "the president" than the one named so)
        top, n = votes[c.key].most_common(1)[0] if c.key else (c.type, 0)
        kept = c.type == "PERSON" or top == c.type or n < 2 or n <= votes[c.key][c.type]
        out.append(c if kept else replace(c, type=top))
    return out


def _written_as_person(c: _Candidate) -> bool:
    """Whether a name is written as a person's is: two to four capitalised words of letters
    ("Jeanine Vell"; not "Dawn.com", a web address whose key reads "dawn com")."""
    words = c.written.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                        for w in words)


def _typed(doc: Doc, c: _Candidate, tables: CorefTables, outlets: frozenset[str]) -> _Candidate:
    """A candidate with the fields its type decides: a country, kinds of organisation (an
    outlet of ``outlets`` is media), a person's title words."""
    kinds: frozenset[str] = frozenset()
    if c.type == "ORG":
        kinds = tables.kinds_of(c.key) | ({"media"} if c.key in outlets else frozenset())
    if c.type == "PERSON" and c.head_i >= 0 and _where_antecedent(doc[c.head_i]):
        c = replace(c, type="GPE")  # "her shop in Orvik, where she sells rye bread": a place
    return replace(c, country=c.type == "GPE" and c.key in tables.countries, kinds=kinds,
                   roles=_roles(doc, doc[c.head_i], tables) if c.type == "PERSON" else frozenset(),
                   described=_described_as(doc[c.head_i]) if c.type == "ORG" and c.head_i >= 0 else frozenset())


def _where_antecedent(root: Token) -> bool:
    """Whether a name is what a "where" clause after it describes: a place, whatever the
    model typed it, and no "she" of that clause."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "where" and w.dep_ == "advmod" for w in c.children)
               for c in root.children)


def _described_as(root: Token) -> frozenset[str]:
    """The nouns an organisation's name is set beside as what it is: "Orvane Capital, the
    merchant bank," -> {bank}; "the bank" may be it, as "the bank" may be "Orvane Bank"."""
    return frozenset(c.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")


def _addressees(doc: Doc, tables: CorefTables) -> frozenset[str]:
    """Keys of the names ``doc`` writes as told or quoting ("told Vell News", "said in a
    statement to Vell News", "according to Vell News"): the outlet reporting, a kind of
    organisation "the company" is not (media)."""
    keys = set()
    for ent in doc.ents:
        root = ent.root
        head = root.head
        if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in tables.addressee_verbs or (
                root.dep_ == "pobj" and head.lower_ == "to" and (
                    head.head.lemma_.lower() in tables.addressee_verbs or head.head.lower_ == "according")):
            keys.add(canonical_key(ent.text))
    return frozenset(keys)


def _people_by_evidence(doc: Doc) -> set[str]:
    """Keys of names the text shows are people whatever the model typed them: an age after
    the name ("Narayan, 71, was ...") or a quoted nickname inside it."""
    return {canonical_key(e.text, "PERSON") for e in doc.ents if person_evidence(e)}


def _surnames(name: str) -> set[str]:
    """The words a person's name may be cut to: its last word, and its family name when that
    is written first ("Yoon" of "Yoon Suk Yeol")."""
    key = canonical_key(name, "PERSON")
    return {key.rsplit(" ", 1)[-1], person_parts(name).last} - {""}


def _shared(cands: list[_Candidate], kind: str, attr: str) -> list[_Candidate]:
    """Every mention of a name of type ``kind`` carries the words ``attr`` of all its mentions:
    "the prime minister" finds "Netanyahu" written bare after "Prime Minister Benjamin
    Netanyahu" (``roles``), not a "Prime Minister Yitzhak Shamir" of 1991 named with his title
    more recently; "the bank" finds "Orvane Capital" written bare after "Orvane Capital, the
    merchant bank" (``described``)."""
    words: dict[str, set[str]] = {}
    for c in cands:
        if c.type == kind and c.key and getattr(c, attr):
            words.setdefault(c.key, set()).update(getattr(c, attr))
    if not words:
        return cands
    return [replace(c, **{attr: frozenset(words[c.key])}) if c.type == kind and c.key in words else c
            for c in cands]


def _with_sexes(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """Persons whose sex a mention somewhere in the document gives: by a title ("Mrs Ndali",
    "Prince Harry"), else by a noun written with the name (``sex_nouns``: "his wife, Ann
    Marie", "Congresswoman Ilhan Omar", "Dara Fenn is the mother of ..."), else by the first
    name ("Jeanne Okafor"). Every candidate of that person carries it; a person of both (two
    people of one name) carries none."""
    sex_nouns = coref_tables().sex_nouns
    sexes: dict[str, set[str]] = {}
    for c in cands:
        if c.type != "PERSON":
            continue
        before = doc.char_span(c.start, c.end, alignment_mode="expand")
        words = c.written if before is None or before.start == 0 else f"{doc[before.start - 1].text} {c.written}"
        sex = (title_sex(c.written) or title_sex(words)
               or (_noun_sex(doc[c.head_i], sex_nouns) if c.head_i >= 0 else "")
               or person_parts(c.written).sex)
        if sex:
            sexes.setdefault(c.key, set()).add(sex)
    if not sexes:
        return cands
    return [replace(c, sex=next(iter(sexes[c.key]))) if len(sexes.get(c.key, ())) == 1 else c
            for c in cands]


_SEX_NOUN_DEPS = frozenset({"compound", "amod", "nmod"})


def _noun_sex(root: Token, sex_nouns: dict[str, str]) -> str:
    """The sex nouns written with a person's name give (``sex_nouns`` of data/coref.yaml):
    a title before it ("Congresswoman Ilhan Omar", "actress Kerry Lute"), an apposition
    ("his wife, Ebele Sefa", "Dara Fenn, the company's spokeswoman") or a predicate noun
    ("Dara Fenn is the mother of two"); "" when they give none or both."""
    words = [t for t in root.children if t.i < root.i and t.dep_ in _SEX_NOUN_DEPS and t.ent_iob_ != "I"]
    words += [t for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("be", "become"):
        words += [t for t in root.head.children if t.dep_ == "attr"]
    sexes = {sex_nouns.get(t.lower_) for t in words} - {None}
    return sexes.pop() if len(sexes) == 1 else ""


def _title_candidates(title: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Names of a headline that is not part of the text ("Kataib Hezbollah in Iraq vows ..."):
    each named candidate whose written name occurs in the title, once per name, placed before
    the first sentence and pointing at the name's first mention in the text."""
    out, seen = [], set()
    for c in cands:
        if not c.usable or not c.key or c.key in seen or c.type.startswith("CONCEPT"):
            continue
        name = c.written
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
            seen.add(c.key)
            out.append(replace(c, start=-1, end=0, sent=-1, subject=0.0, head_i=-1, embedded=False,
                               locative=False, title=True))
    return out


def resolve_coreference(doc: Doc, mentions: list[Mention], *, title: str | None = None) -> list[Mention]:
    """Set ``antecedent`` on pronoun and description mentions; other mentions are unchanged.

    Mentions must be of this ``doc`` (document character offsets). Returned in the same order.
    ``title``: a headline that is not part of ``doc``; names in it are salient candidates.
    An anaphor without a compatible candidate keeps ``antecedent=None``: entity resolution
    then leaves it out of the graph rather than guessing.
    """
    tables = coref_tables()
    ordered = sorted(mentions, key=lambda m: m.start_char)
    candidates = _named_candidates(doc, mentions)
    blockers = _blockers(doc, {m.end_char for m in mentions if m.kind == "description"},
                         {c.head_i for c in candidates})
    for b in blockers:
        b.sent = _sent_of_offset(ordered, b.start)
    if title:
        candidates += _title_candidates(title, candidates)
    named = sorted(candidates + blockers, key=lambda c: (c.start, c.end))
    _join_spelling_variants(named)
    held = _held_roles(named, tables)
    places = _document_places(named, tables)
    pleonastic = {doc[i].idx for i in token_indices(doc, LOWER, _IT) if _is_pleonastic(doc[i], tables)}
    things = _non_actor_nouns(doc, tables)
    people = _unnamed_people(doc, tables, {m.end_char for m in mentions if m.kind == "description"})
    roles = {m.key: role for m in mentions if (role := _role_phrase(doc, m, tables)) is not None}
    anaphors = sorted((m for m in mentions if m.kind in ("pronoun", "description") or m.key in roles),
                      key=lambda m: m.start_char)
    described: set[tuple[int, int]] = set()  # role phrases resolved: descriptions from now on
    resolved: dict[tuple[int, int], tuple[int, int]] = {}
    pool: list[_Candidate] = []
    counts: Counter = Counter()
    genders: dict[str, Counter] = {}  # key of a person of unknown sex -> genders of the pronouns it took
    took: dict[int, dict[str, str]] = defaultdict(dict)  # sentence -> person's key -> gender it took there
    personal: set[str] = set()  # keys of names that took "he" or "she": persons, whatever their type
    by_target = {c.target: c for c in named}
    ni = 0
    for a in anaphors:
        while ni < len(named) and named[ni].end <= a.start_char:
            c = named[ni]
            ni += 1
            if c.target in described:
                continue  # "the Minister of Finance" typed ORG, now the person it means
            pool.append(c)
            if c.key and (c.usable or c.type in ("ORG", "PERSON")):
                counts[c.key] += 1 if c.usable else 0.5  # "US forces": no salience for "US"
        gender = (tables.pronouns.get(a.text.lower()) or {}).get("gender") if a.kind == "pronoun" else None
        if a.antecedent is not None:  # set by the description finder (embedded name)
            resolved[a.key] = a.antecedent
            found = by_target.get(a.antecedent)
        elif a.key in roles:  # "the Minister of Finance": the one person given that portfolio, or as it was
            found = _portfolio_holder(doc, a, *roles[a.key], named, pool, tables)
            if found is None:
                continue
            resolved[a.key] = found.target
            described.add(a.key)
            people = [p for p in people if p[0] != roles[a.key][0].idx]  # no unnamed person any more
        else:
            if a.kind == "pronoun" and a.start_char in pleonastic:
                continue
            later = list(takewhile(lambda c, s=a.sent_index: c.sent <= s, islice(named, ni, None)))
            found = _choose(doc, a, pool, counts, tables, held, later, places,
                            _other_sex(gender, took.get(a.sent_index, {})), personal)
            if found is None or found.type.startswith("CONCEPT"):
                continue  # no compatible name, or a common noun is the likelier antecedent
            if a.kind == "pronoun" and _thing_nearer(doc, a, found, things, tables):
                continue  # "the bill ... it": no guess at the bank named before
            if a.kind == "pronoun" and gender and not a.text.lower().endswith("self") and _person_nearer(
                    doc, a, found, gender, people):
                continue  # "her son ... He": no guess at the mother named before
            resolved[a.key] = found.target
        if found is None:
            continue
        counts[found.key] += 1
        if gender and found.type == "PERSON" and found.key:
            personal.add(found.key)
            took[a.sent_index].setdefault(found.key, gender)
            if not found.sex:
                _count_gender(gender, found.key, genders, (named, pool), tables)
        root = _root(doc, a)
        pool.append(replace(found, start=a.start_char, end=a.end_char, sent=a.sent_index,
                            subject=_subject_weight(root) if root is not None else 0.0,
                            head_i=root.i if root is not None else -1,
                            embedded=_embedded(root) if root is not None else False,
                            locative=False, title=False, usable=True,
                            quoted=in_quote(root) if root is not None else False,
                            speaker=root is not None and _is_speaker(root, tables)))
        pool.sort(key=lambda c: (c.end, c.start))
    resolved.update(_city_teams(doc, mentions, tables))
    resolved.update(_capital_governments(doc, mentions, tables))
    return [_resolved(m, resolved, described) for m in mentions]


def _capital_governments(doc: Doc, mentions: list[Mention],
                         tables: CorefTables) -> dict[tuple[int, int], tuple[int, int]]:
    """Capitals that stand for their country's government: mention key -> the country's first
    mention. "Beijing will cooperate with Honiara" in an article that names China and Solomon
    Islands is China cooperating with Solomon Islands, where the capitals made two actors of
    their own. Only where the capital acts (:func:`_capital_acts`) and the article names the
    country itself (GeoNames' capitals; ``capitals_not_governments`` never, nor a capital's name
    that is a person's surname in the article: "London" of Ana London)."""
    countries: dict[str, tuple[int, int]] = {}
    capitals = []
    surnames = {canonical_key(m.text).split()[-1] for m in mentions if m.kind == "entity" and " " in m.text.strip()
                and (m.label == "PERSON" or is_first_name(m.text.split()[0]))}
    for m in sorted(mentions, key=lambda m: m.start_char):
        if m.kind != "entity":
            continue
        key = canonical_key(m.text, "GPE")
        if m.label == "GPE":
            countries.setdefault(_place_key(key, tables), m.key)
        if is_capital(key) and key not in tables.capitals_not_governments:
            capitals.append((m, key))  # whatever the model typed it ("Honiara" PERSON)
            if _after_first_name(doc, m):
                surnames.add(key)  # "Ana London", the model tagging "London" alone
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for m, key in capitals:
        if key in surnames:
            continue  # "London" of an article about Tiffany London: her surname
        country = countries.get(capital_country(key))
        root = _root(doc, m)
        if country is not None and root is not None and _capital_acts(root, tables):
            out[m.key] = country
    return out


def _after_first_name(doc: Doc, m: Mention) -> bool:
    """Whether a mention is written right after a capitalised first name ("Ana London")."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    prev = doc[span.start - 1] if span is not None and span.start > 0 else None
    return prev is not None and prev.is_title and is_first_name(prev.text)


def _capital_acts(root: Token, tables: CorefTables) -> bool:
    """Whether a capital's name acts as its government does: the subject of an active verb that
    says more than what the city is or sees (``capital_place_verbs``), the object of a
    preposition of dealings ("ties with Taipei": ``capital_actor_preps``; "backing for Taipei",
    after a noun: ``capital_noun_preps``) or of a verb addressed to a government ("warned
    Moscow": ``capital_object_verbs``); a conjunct as the name it is joined to ("Beijing and
    Washington")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in tables.capital_place_verbs
    if root.dep_ == "pobj":
        return head.lower_ in tables.capital_actor_preps or (
            head.lower_ in tables.capital_noun_preps and head.head.pos_ in ("NOUN", "PROPN"))
    return root.dep_ == "dobj" and head.lemma_.lower() in tables.capital_object_verbs


def _city_teams(doc: Doc, mentions: list[Mention], tables: CorefTables) -> dict[tuple[int, int], tuple[int, int]]:
    """Bare city names that stand for the city's team: mention key -> the team's first mention.

    "Chicago landing a goalie", "Columbus forward Sami Pahlsson", "the attraction for San
    Jose": in an article that names a team as its place and its nickname ("Chicago
    Blackhawks") and writes the nickname alone too ("the Blackhawks"), the place written alone
    is the team, unless it is the object of a place preposition ("won a Cup in Anaheim":
    ``team_place_preps``; "lost to Calgary" is the team). A nickname that is a body's word
    ("Times", "Police": ``org_kinds``, ``generic_org_words``) makes no team, and a place with
    two teams there names neither; nor does an article without a word of sports copy
    (``team_cues``: "Kenya Customs", written "Customs", is no team of Kenya)."""
    if not speaks_of(doc, tables.team_cues, "newsgraph_sports_copy"):
        return {}
    teams: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    places: dict[tuple[str, str], tuple[str, ...]] = {}  # a name written many times is read once
    for m in sorted(mentions, key=lambda m: m.start_char):
        if m.kind != "entity":
            continue
        if (m.text, m.label) not in places:
            places[m.text, m.label] = _team_places(m, doc.text, tables)
        for place in places[m.text, m.label]:
            teams[place].setdefault(canonical_key(m.text), m.key)
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for m in mentions:
        team = teams.get(canonical_key(m.text)) if m.kind == "entity" and m.text[:1].isupper() else None
        if not team or len(team) != 1:
            continue
        root = _root(doc, m)
        if root is not None and not (root.dep_ == "pobj" and root.head.lower_ in tables.team_place_preps):
            out[m.key] = next(iter(team.values()))
    return out


def _team_places(m: Mention, text: str, tables: CorefTables) -> tuple[str, ...]:
    """The place keys a mention names a team of: "Tampa Bay Rays" -> ("tampa bay", "tampa").
    A team is a place (a GeoNames city) and a capitalised nickname ending in "s" that the
    article also writes alone, not a party's or a people's word nor initials ("Hawaii EAS",
    an alert system), nor a plural word of the land ("Florida Keys": ``place_plurals``); else ()."""
    words = m.text.split()
    if m.label not in ("ORG", "NORP", "GPE", "PERSON") or len(words) < 2:
        return ()
    t = names_tables()
    for n in range(1, min(3, len(words) - 1) + 1):
        place, rest = " ".join(words[:n]), words[n:]
        last = rest[-1].lower()
        if not all(w[:1].isupper() for w in rest) or not last.endswith("s") or last in t.generic_org_words \
                or rest[-1].isupper() or last in tables.place_plurals \
                or tables.kinds_of(last) or last.removesuffix("s") in t.opening_words \
                or demonym_country(" ".join(rest)) or not is_world_place(canonical_key(place)):
            continue  # "Ontario Liberals", "Mumbai Indians": a party's or a people's word
        alone = len(re.findall(rf"\b{re.escape(' '.join(rest))}\b", text))
        if alone > len(re.findall(rf"\b{re.escape(m.text)}\b", text)):
            key = canonical_key(place)
            head = key.split()[0]
            return (key, head) if " " in key and is_world_place(head) else (key,)
    return ()


def _resolved(m: Mention, resolved: dict[tuple[int, int], tuple[int, int]],
              described: AbstractSet[tuple[int, int]]) -> Mention:
    """A mention with the antecedent coreference found for it; a role phrase resolved to a
    person ("the Minister of Finance", an argument or a name typed ORG) becomes a description
    of that person, as "the finance minister" is."""
    if m.key not in resolved:
        return m
    if m.key in described:
        return replace(m, kind="description", label="CONCEPT", antecedent=resolved[m.key])
    return replace(m, antecedent=resolved[m.key])


def _other_sex(gender: str | None, took: dict[str, str]) -> frozenset[str]:
    """Persons who took a pronoun of the other gender (than the anaphor's ``gender``) earlier
    in the anaphor's sentence: one person is not "she" and "his" in one sentence ("Joan Vell
    said when she learned of his arrest": "his" is not Joan Vell, whatever sex her first name
    has in some locale)."""
    if not gender or not took:
        return frozenset()
    return frozenset(k for k, g in took.items() if g != gender)


def _count_gender(gender: str, key: str, genders: dict[str, Counter],
                  cands: tuple[list[_Candidate], ...], tables: CorefTables) -> None:
    """Count the ``gender`` of a pronoun a person of unknown sex took; after
    ``sex_from_pronouns`` of one gender and none of the other, every candidate of that person
    has that sex ("him", "his", "he" for Tom Wen: a later "she" is not Tom Wen)."""
    if not tables.sex_from_pronouns:
        return
    seen = genders.setdefault(key, Counter())
    seen[gender] += 1
    if len(seen) == 1 and seen[gender] >= tables.sex_from_pronouns:
        for c in (c for group in cands for c in group):
            if c.key == key and c.type == "PERSON":
                c.sex = gender


def _non_actor_nouns(doc: Doc, tables: CorefTables) -> list[int]:
    """Offsets of singular common nouns that name no actor ("the bill", "a plan", "the
    deal"; ``non_actor_nouns`` in data/coref.yaml) or an actor the article does not name ("a
    purchaser"; ``unnamed_orgs``), not a modifier of another noun; and of the names the model
    gives a thing's type (a product, a work, a law, an event)."""
    words = tables.thing_nouns
    if not words:
        return []
    out = []
    for i in token_indices(doc, POS, NOUN):
        t = doc[i]
        if t.tag_ == "NN" and not t.ent_type_ and t.dep_ != "compound" and t.lemma_.lower() in words:
            out.append(t.idx)
    out += [e.root.idx for e in doc.ents if e.label_ in THING_TYPES]  # "the iPhone", "Roe v. Wade"
    return sorted(out)


def _thing_nearer(doc: Doc, a: Mention, found: _Candidate, things: list[int], tables: CorefTables) -> bool:
    """Whether a singular "it"/"its" has a non-actor noun ("the bill", "the plan") nearer
    than the name chosen for it, in its sentence or the one before: it may well mean that
    thing, so it is left unresolved (a missed fact costs less than a fact on the wrong
    actor). Not when the "it" does what only an actor does ("it said", "it warned"), nor
    for a person's pronoun."""
    info = tables.pronouns.get(a.text.lower()) or {}
    if info.get("number") != "singular" or "PERSON" in info.get("types", ()) or not things:
        return False
    root = _root(doc, a)
    if root is None:
        return False
    if root.dep_ in _SUBJECT_DEPS and root.head.lemma_.lower() in tables.actor_verbs:
        return False
    if root.dep_ == "poss" and ("PERSON" in tables.descriptions.get(root.head.lower_, ())
                                or root.head.lower_ in tables.state_possessions):
        return False  # "its chief executive", "its government": an actor's
    lo = _window_start(doc, root, found)
    return any(lo <= t < a.start_char for t in things)


def _window_start(doc: Doc, root: Token, found: _Candidate) -> int:
    """Where a nearer rival of the name chosen for an anaphor may start: after that name, and
    no earlier than the sentence before the anaphor's."""
    sent = root.sent
    floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return max(found.end, floor)


def _unnamed_people(doc: Doc, tables: CorefTables, skip_ends: set[int]) -> list[tuple[int, str, bool, str]]:
    """The singular nouns of a person the article does not name there ("the suicide bomber",
    "her son"; ``unnamed_people``, the sex nouns and the person descriptions of
    data/coref.yaml): offset, sex, whether a subject, the gender of its possessive pronoun.
    Not a noun written with a name (an apposition, a predicate, a title before it, a noun
    with a name in apposition) nor a description, which is resolved itself."""
    words = tables.person_nouns
    out = []
    for i in token_indices(doc, POS, NOUN):
        t = doc[i]
        if (t.tag_ == "NN" and not t.ent_type_ and t.lower_ in words and t.dep_ not in ("compound", "appos", "attr")
                and t.idx + len(t.text) not in skip_ends
                and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in t.children)):
            owner = next((c.lower_ for c in t.children if c.dep_ == "poss"), "")
            owner_gender = (tables.pronouns.get(owner) or {}).get("gender", "")
            out.append((t.idx, tables.sex_nouns.get(t.lower_, ""), t.dep_ in _SUBJECT_DEPS, owner_gender))
    return out


def _person_nearer(doc: Doc, a: Mention, found: _Candidate, gender: str,
                   people: list[tuple[int, str, bool, str]]) -> bool:
    """Whether a "he"/"she" has a person's noun of a fitting sex ("the bomber", "her son")
    nearer than the name chosen for it, in its sentence or the one before (see
    :func:`_unnamed_people`). A subject "he" is only held back by a noun that is a subject
    too: "Ana Bel met the judge. She praised Varo" is Ana Bel; nor by a noun owned by a
    pronoun of its own gender ("his lawyer declined ... his arrest": the one man so far)."""
    root = _root(doc, a)
    if root is None or found.type != "PERSON":
        return False
    lo = _window_start(doc, root, found)
    subject = root.dep_ in _SUBJECT_DEPS
    if any(lo <= offset < a.start_char and sex in ("", gender) and (subj or not subject)
           and owner != gender for offset, sex, subj, owner in people):
        return True
    if not subject or found.subject >= 1.0 or found.head_i < 0:
        return False
    # "A farmer was sure Ardcarron would survive. He said ...": the subject noun before a
    # name that is no main clause's subject is the more salient person
    opening = doc[found.head_i].sent.start_char
    return any(opening <= offset < found.start and subj and sex in ("", gender) and owner != gender
               for offset, sex, subj, owner in people)


def _join_spelling_variants(cands: list[_Candidate]) -> None:
    """Count "Kaitab Hezbollah" (a typo) under "Kataib Hezbollah": same word count and
    initials, fuzzy ratio >= 90 (the resolver's guard, in one document)."""
    seen: dict[tuple[int, str], list[str]] = {}
    mapped: dict[str, str] = {}
    for c in cands:
        if not c.key or c.key in mapped:
            c.key = mapped.get(c.key, c.key)
            continue
        words = c.key.split()
        block = seen.setdefault((len(words), "".join(w[0] for w in words)), [])
        match = next((k for k in block if len(c.key) >= 6 and fuzz.ratio(k, c.key) >= 90
                      and not any(title_against_word(a, b) for a, b in zip(k.split(), words, strict=True))), None)
        mapped[c.key] = match or c.key
        if match is None:
            block.append(c.key)
        c.key = mapped[c.key]


def title_against_word(a: str, b: str) -> bool:
    """Whether one of two words is a person's title and the other is not ("minister" /
    "ministry", "secretary" / "secretariat"): a person and an office, never one name spelt
    two ways, however close the letters."""
    nouns = coref_tables().person_nouns
    return a != b and (a in nouns) != (b in nouns)


def _field_words(root: Token) -> frozenset[str]:
    """The common nouns a description of an institution writes before its head ("the
    agriculture committee", "the finance ministry"), as keys: the name it stands for must hold
    one of them."""
    return frozenset(canonical_key(c.text) for c in root.lefts
                     if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_)


def _choose(doc: Doc, a: Mention, pool: list[_Candidate], counts: Counter,
            tables: CorefTables, held: dict[str, frozenset[str]] | None = None,
            later: Sequence[_Candidate] = (), places: _Places | None = None,
            other_sex: frozenset[str] = frozenset(), persons: AbstractSet[str] = frozenset()) -> _Candidate | None:
    """The best compatible candidate for one anaphor, or None. ``later``: names after it,
    whose co-arguments it cannot be ("She told Harris": not Harris); ``places``: the
    document's places, read by "the country" and the like (``scope: article``);
    ``other_sex``: persons who took a pronoun of the other gender in this sentence;
    ``persons``: names that took "he" or "she" before, persons whatever the model typed
    them ("Vell", tagged a place where "he" found it tagged a person): never an "it"."""
    words: frozenset[str] = frozenset()
    prefer: frozenset[str] = frozenset()
    head = ""
    if a.kind == "pronoun":
        info = tables.pronouns.get(a.text.lower())
        window = tables.window_pronoun
        plural = bool(info) and info.get("number") == "plural"
    else:
        head = (a.head or a.text.split()[-1]).lower()
        info = tables.descriptions.get(head)
        words = tables.description_words.get(head, frozenset())
        prefer = tables.description_prefer.get(head, frozenset())
        window = tables.window_description
        plural = False
    if not info:
        return None
    root = _root(doc, a)
    fields = _field_words(root) if words and root is not None else frozenset()
    nation = _institution_nation(root, tables) if head and root is not None and "GPE" not in info else ""
    if head and root is not None and any(c.dep_ == "amod" and c.lower_ in tables.new_thing_words
                                         for c in root.children):
        return None  # "this new nationwide network": one the article brings in, no name's repeat
    if head and root is not None and _modified_by(root, tables.kind_modifiers):
        return None  # "the working group": a kind of gathering, no organisation named before
    if head and root is not None and root.dep_ == "nsubjpass" and root.head.lemma_.lower() in tables.naming_verbs \
            and any(c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ == "PROPN" for c in root.head.children):
        return None  # "That company was called Vell Depot": named by the verb, not before
    if tables.description_place.get(head) == "capital" and places is not None and root is not None:
        capital = _capital_key(root, pool, places, tables)
        if capital:  # the capital the article's country has: that city or nobody
            return next((c for c in reversed(pool) if c.key == capital and c.usable and c.end <= a.start_char), None)
        # else the nearest city, but never another country's capital ("Beijing" in an
        # article that names China but is about no country clearly)
        pool = [c for c in pool if not is_capital(c.key)]
    if tables.description_place.get(head) == "city" and places is not None \
            and any(_known_city(c.key) for c in places.cands):
        # an article that names a city of GeoNames means one by "the city", never a
        # neighbourhood it names ("the residents of Little Village ... the city": Chicago)
        pool = [c for c in pool if _known_city(c.key)]
    if head in tables.place_scope and places is not None and root is not None:
        return _place_for(a, root, pool, places, info, tables, head)
    if plural and root is not None and _plural_subject(root):
        return None
    if root is not None and root.lower == _IT and root.dep_ not in _SUBJECT_DEPS:
        return None  # "calling it a violation", "priced it at 99": an object "it" is a thing
    if a.kind == "pronoun" and info.get("first_person"):
        return _quote_speaker(root, [*pool, *later], tables) if root is not None else None
    floor = _last_plural_noun(doc, root) if plural and root is not None else -1
    if a.kind == "pronoun" and root is not None and root.lower_.endswith(("self", "selves")):
        return _own_subject(root, pool, info, tables)
    asked = _questioned(root, tables) if a.kind == "pronoun" and root is not None else None
    if asked is not None:  # "Kerr asked Tarrow whether she ...": Tarrow, never Kerr
        fit = [c for c in pool if c.head_i == asked.i and c.usable and _compatible(info, c, tables, head)]
        if fit:
            return fit[-1]
    ahead = _fronted_subject(root, later, info, tables) if a.kind == "pronoun" and root is not None else None
    if ahead is not None:
        return ahead  # "Before his address on Saturday, Yoon ...": the subject it introduces
    main = _main_clause_antecedent(root, pool, info, tables) if a.kind == "pronoun" and root is not None \
        and asked is None else None
    if main is not None:
        return main  # "The team lost Heatley for six weeks when he dislocated ...": Heatley
    decided, first = _first_conjunct_subject(root, pool, info, tables) if a.kind == "pronoun" and \
        root is not None else (False, None)
    if decided:
        return first  # "The monarch met Orr, but he said ...": the monarch, not Orr
    speaker = _speaker(root, tables) if a.kind == "pronoun" and root is not None and asked is None else None
    if speaker is not None:  # "Equinor said it ...": the speaker, or nobody we can name
        own = [c for c in pool if c.head_i == speaker.i and c.usable]
        fit = [c for c in own if _compatible(info, c, tables, head)]
        if fit:
            return fit[-1]
        if root.dep_ == "poss":
            if not own and speaker.tag_ == "NN":
                return None  # "The army said its commander ...": the army's, which has no name
        elif own or speaker.pos_ in ("PROPN", "PRON") or speaker.tag_ == "NN":
            return None  # "Lear Siegler said it ..." with the speaker typed a person: not a nearer
            # unit; "he told reporters he ..." with the first "he" left unresolved: nor the second
    bound, co_heads = _co_arguments(doc, root, [*pool, *later], tables) if root is not None else (set(), set())
    if asked is not None:  # "Kerr asked the minister whether she ...": whoever the minister is, not Kerr
        bound = bound | {c.key for c in pool if c.key and c.head_i in _asker_heads(asked)}
    if a.kind == "pronoun" and root is not None and isinstance(info, dict) and info.get("gender"):
        voice = _quote_speaker(root, [*pool, *later], tables)
        if voice is not None and voice.key:
            bound = bound | {voice.key}  # '"I asked Vos and he agreed," Lisk said': not Lisk, who says "I"
    possessive = root is not None and root.dep_ == "poss"
    state_owned = possessive and root.lower_ in ("its", "their") and (
        root.head.lemma_.lower() in tables.state_possessions)
    own_subject = _clause_subject(root) if possessive else -1
    described_one = _described_by(root.head, own_subject) if possessive and a.kind == "pronoun" else -1
    person = bool(head) and "PERSON" in info
    roles = _title_words(frozenset(a.text.lower().split()) - names_tables().determiners, tables) \
        if person else frozenset()
    capitalised = bool(roles) and a.text.split()[-1][:1].isupper()  # "the Premier": a title's holder only
    quoted = in_quote(root) if root is not None else False
    if own_subject >= 0 and root.lower_ in ("his", "her") and _unnamed_person(doc[own_subject], tables) and (
            not any(c.head_i == own_subject for c in pool)):
        return None  # "a spokesman, who gave his name as ...": his own, and he has no name yet
    team = _country_team(doc, root, own_subject, pool) if possessive and plural else None
    if team is not None:
        return team  # "Egypt complete their programme against Angola": the country's side
    partner = _conjunct_owner(root, pool, info, tables, head) if possessive and a.kind == "pronoun" else None
    if partner is not None:
        return partner  # "thanked Dan Orr and his wife": Orr's wife, not the subject's
    speaking = not head and root is not None and _is_speaker(root, tables)  # '"...," he said': a speaker
    info_gender = info.get("gender") if isinstance(info, dict) else None  # "she": a woman named so
    said = _reported_span(root) if speaking else (0, 0)
    described = _describing_opening(root, tables) if a.kind == "pronoun" and root is not None else (0, 0)
    sexed_here = bool(info_gender) and any(c.sex == info_gender and c.sent == a.sent_index and c.usable
                                           and c.end <= a.start_char for c in pool)
    best, best_score = None, float("-inf")
    scored: list[tuple[float, _Candidate]] = []
    preferred = prefer | {head} if head else prefer  # "the bank": a name ending in "Bank" or one described so
    for c in reversed(pool):
        if said[0] <= c.head_i < said[1]:
            continue  # "the defendants chanted a phrase against Biden, he said": not Biden
        if described[0] <= c.head_i < described[1]:
            continue  # "One of five lenders demanding that Chile cut spending, it ...": it is described
        if a.sent_index - c.sent > window and not (c.title and head):
            continue
        if c.key in persons and c.type != "PERSON":
            c = replace(c, type="PERSON")
        if not (c.usable or _named_by_head(c, head)) or c.end > a.start_char or c.end <= floor \
                or not _compatible(info, c, tables, head):
            continue  # a modifier only when its name ends in the description's noun ("the Vell Bank
            # branch ... the bank")
        if c.key and (c.key in bound or c.key in other_sex):
            continue  # "Starmer told him": never Starmer, by any of his names
        if roles and _other_role(roles, (held or {}).get(c.key, frozenset())):
            continue  # "the prime minister" is not "Sir Ian Brack, the police commissioner"
        if roles and capitalised and not roles & (held or {}).get(c.key, frozenset()):
            continue  # "the Premier" is the one the article titles so, or nobody
        if roles and _lesser_title(doc, c, roles, (held or {}).get(c.key, frozenset()), tables):
            continue  # "the president" is not "Vice President Tom Orr"
        if roles and _other_place(roles, c.roles, tables):
            continue  # "the Qatari minister" is not "Kuwaiti oil minister Ali Hamad"
        named_as = {*c.key.split(), *c.described}  # "X, the merchant bank": a bank
        if words and not words & named_as:
            continue
        if nation and not _of_nation(c, nation, tables):
            continue  # "the Russian central bank" is no bank the article names without Russia
        if words and fields and not fields & set(c.key.split()):
            continue  # "the agriculture committee" is not the Budget Committee
        if state_owned and c.type != "GPE":
            continue  # "its foreign ministry": a country's
        if c.head_i in co_heads:
            continue
        if c.head_i >= 0 and c.head_i == described_one:
            continue  # "Kerr will serve as his adviser", "Tarr, then his deputy,": someone else's
        w = tables.weights
        s = _score(c, a.sent_index, a.start_char, counts, w,
                   anaphor_subject=root is not None and root.dep_ in _SUBJECT_DEPS, description=bool(head),
                   anaphor_speaker=speaking)
        if preferred & named_as:
            s += w["preferred"]
        if c.head_i >= 0 and c.head_i == own_subject and not (info_gender and not c.sex and sexed_here):
            s += w["own_subject"]  # not a subject of unknown sex over a named man: "Vell forced Tom Orr
            # onto defence over his temper" is no sign that Vell is a man
        if roles and roles <= c.roles:
            s += w["same_title"]
        if c.quoted and not quoted:
            s += w["quoted"]
        if c.sex and c.sex == info_gender:
            s += w.get("same_sex", 0.0)
        if info_gender or roles:
            scored.append((s, c))  # for the rival of a "he" or "she", or of an untitled holder
        if s > best_score:
            best, best_score = c, s
    if info_gender and best is not None and (
            best_score - _rival_score(best, scored, info_gender, a.sent_index, tables)
            < tables.weights.get("rival_margin", 0.0)):
        return None  # two people fit about as well ("he" after two men): no guess
    if best is not None and root is not None and root.lower == _IT and _loose_it(a, best, quoted, tables):
        return None  # "It makes more sense": a thing or nothing, no actor named before
    if roles and not (best is not None and roles <= best.roles):  # the titled person, further back
        # an untitled person of an earlier sentence, not of this one ("Vask said the president held
        # the gun" is not Vask, who would have said "he"); never for "the Ukrainian president"; one who
        # has acted ("Ana Vell's sister said the president had assured ..." is not Vell) and whom no
        # other untitled person fits about as well
        untitled = best if best is not None and best.sent < a.sent_index and not _title_places(roles, tables) \
            and _acted(doc, best, pool, a) and best_score - _rival_score(best, scored, "", a.sent_index, tables) \
            >= tables.weights.get("rival_margin", 0.0) else None
        best = _latest(a, pool, lambda c: roles <= c.roles and not _lesser_title(doc, c, roles, c.roles, tables),
                       info, tables, head, bound) or untitled
    if best is None and prefer:  # nothing in the window: the latest preferred name before it
        best = _latest(a, pool, lambda c: bool(c.key and prefer & set(c.key.split())), info, tables,
                       head, bound)
    if words and best is not None and _unread_acronym(a, best, pool, info, tables, head):
        return None  # "the KRS ... the agency": not the audit office named before, maybe the KRS
    return best


def _acted(doc: Doc, c: _Candidate, pool: Sequence[_Candidate], a: Mention) -> bool:
    """Whether the person ``c`` names was the subject or the passive agent of a clause
    before ``a`` ("betrayed by Orlo"): someone who acts in the story, not one named only as
    an owner or object ("Ana Vell's sister")."""
    return any(o.key == c.key and o.end <= a.start_char and (o.subject > 0 or _agent(doc, o.head_i))
               for o in pool)


def _agent(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the object of a passive's "by"."""
    return i >= 0 and doc[i].dep_ == "pobj" and doc[i].head.dep_ == "agent"


def _described_by(noun: Token, own_subject: int) -> int:
    """The token a possessive's noun describes as what it is, which the possessive cannot
    be: the clause's subject for a noun after "as" or a copula ("Dan Kerr will serve as his
    adviser", "Kerr became his successor": his is another's), or the verb's object when it
    has one ("Orlen Bank appointed Ana Vell as its chief": its is the bank's, not Vell's); the
    name an apposition describes ("Ben Tarr, then his deputy,"); -1 for any other noun."""
    if noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.dep_ == "prep":
        verb = noun.head if noun.dep_ in ("attr", "oprd") else noun.head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj.i if obj is not None else own_subject  # "appointed Ana Vell as its chief": Vell's
    if noun.dep_ == "appos":
        return noun.head.i
    return -1


def _modified_by(root: Token, words: AbstractSet[str]) -> bool:
    """Whether a description's head has a modifier of ``words`` ("the local government", "the
    federal government", "the working group")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in root.children)


def _unread_acronym(a: Mention, best: _Candidate, pool: list[_Candidate], info: dict | frozenset[str],
                    tables: CorefTables, head: str) -> bool:
    """Whether an organisation's acronym (:func:`is_acronym`) stands in the description's own sentence before it,
    nearer than the name chosen, whose words cannot be read ("the KRS" for "the agency", which
    must name an agency, office or service: ``contains``): it may be the one meant, so the
    name chosen is no safe guess."""
    return best.sent < a.sent_index and any(
        c.sent == a.sent_index and c.end <= a.start_char and c.key != best.key  # a modifier too ("KRS rules")
        and is_acronym(c.written) and _compatible(info, c, tables, head)
        for c in pool)


def _describing_opening(anaphor: Token, tables: CorefTables) -> tuple[int, int]:
    """The token range of a phrase opening the sentence that describes its subject pronoun,
    or (0, 0): "One of five lenders demanding that Chile cut spending, it has criticised
    ...", "A close ally of Vell, he said ...". Such a phrase names the pronoun's referent by a
    description ("one of", a person noun, a description of ``descriptions``), so the names
    inside it are what the referent acts on, not the referent; so does a participle's subject
    ("One of five lenders demanding ..."). A finite clause ("After Chile cut spending, it
    ...", "As the company grew, it ...") and a time ("A couple of years into Vell's career,
    he ...") are no description."""
    root = anaphor.head
    if anaphor.dep_ not in _SUBJECT_DEPS or root.dep_ != "ROOT":
        return (0, 0)
    for t in root.children:
        if t.i > anaphor.i or t.right_edge.i >= anaphor.i or t.dep_ not in ("advcl", "npadvmod", "dep"):
            continue
        subject = next((c for c in t.children if c.dep_ in _SUBJECT_DEPS), t)
        if subject is not t and (t.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("mark", "aux") for c in t.children)):
            continue  # a finite clause of its own: "As the company grew, it ..."
        word = subject.lemma_.lower()
        if subject.ent_type_ not in NAMED_TYPES and (subject.lower_ == "one" or (subject.pos_ == "NOUN" and (
                word in tables.person_nouns or word in tables.descriptions))):
            return (t.left_edge.i, t.right_edge.i + 1)
    return (0, 0)


def _conjunct_owner(root: Token, pool: list[_Candidate], info: object, tables: CorefTables,
                    head: str) -> _Candidate | None:
    """The name a possessive's noun is coordinated after ("Dan Orr and his wife", "Vell Corp
    and its staff"): whose the noun is, when that name fits the pronoun; else None."""
    noun = root.head
    if noun.dep_ != "conj" or noun.head.i == noun.i:
        return None
    first = noun.head
    named = {first.i} | {c.i for c in first.children if c.dep_ == "appos"}  # "the martyr, Tom Orr, and his wife"
    fit = [c for c in pool if c.head_i in named and c.usable and _compatible(info, c, tables, head)]
    return fit[-1] if fit else None


def _loose_it(a: Mention, best: _Candidate, quoted: bool, tables: CorefTables) -> bool:
    """Whether a subject "it" that no speaker or main clause settled is too loose to resolve:
    inside a quotation ("I don't think it fits"), or its best candidate is no subject of its
    own or the previous sentence (``window: it`` in coref.yaml)."""
    return quoted or best.subject == 0 or a.sent_index - best.sent > tables.window_it


def _rival_score(best: _Candidate, scored: Sequence[tuple[float, _Candidate]], gender: str,
                 sent: int, tables: CorefTables) -> float:
    """The best score of a person other than ``best`` for a "he" or "she" in sentence
    ``sent``. A person whose sex is unknown is no rival of one the article gives the
    pronoun's sex ("his wife, Ebele Sefa ... She"), unless a main clause of this sentence or
    the one before has that person as its subject ("Secretary General Jaap Vos welcomed
    Mr Vell's plan. '...,' he said": Vos as well as the man named more often), or the
    pronoun's sex is one of ``unknown_sex_rivals`` (most people news names without a known
    first name are men: "Tom Vell came on. Orlen sent up Taro Sekine. Dan Osk struck him
    out" may be either man)."""
    stated = best.sex == gender and gender not in tables.unknown_sex_rivals
    return max((s for s, c in scored if not _same_actor(best, c) and (
        c.sex or not stated or (c.subject >= 1.0 and sent - c.sent <= 1))), default=float("-inf"))


def _same_actor(a: _Candidate, b: _Candidate) -> bool:
    """Whether two candidates stand for one actor: the same name key, or the same mention."""
    return a.key == b.key if a.key and b.key else a.target == b.target


@dataclass(frozen=True)
class _Places:
    """The places of one document, for "the country" and the like: named mentions per
    folded place (a country's demonyms counted for it: "Americans", "Swedish"), and the
    place candidates in document order."""

    counts: Counter
    cands: tuple[_Candidate, ...]


def _place_key(key: str, tables: CorefTables) -> str:
    """One key per place: "us", "usa" and "america" are "united states" (data/aliases.yaml)."""
    return tables.place_aliases.get(key, key)


def _demonym_place(word: str, tables: CorefTables) -> str:
    """The folded country of a demonym ("Americans" -> "united states", data/demonyms.yaml), or ""."""
    country = demonym_country(word)
    return _place_key(canonical_key(country, "GPE"), tables) if country else ""


def _place_of(c: _Candidate, tables: CorefTables) -> str:
    """The folded place a candidate names: a GPE by its written name (not its salience key,
    which a spelling variant may have joined to a demonym), a NORP by its country; else ""."""
    if c.type == "GPE":
        return _place_key(canonical_key(c.written, "GPE"), tables)
    if c.type == "NORP" and c.written:
        return _demonym_place(c.written.split()[-1], tables)
    return ""


def _document_places(named: Sequence[_Candidate], tables: CorefTables) -> _Places:
    """Mentions per place in the whole document and its place candidates (headline copies left
    out). A city's mention counts for its country too ("Lautoka" for Fiji, GeoNames):
    the article set in a country's cities is about that country. A capital does not: news
    writes "Washington" or "Beijing" for a government far from where the story is."""
    counts = Counter(_place_of(c, tables) for c in named if c.start >= 0)
    counts.pop("", None)
    cities = [_place_of(c, tables) for c in named if c.start >= 0 and c.type == "GPE"]
    counts.update(_place_key(country, tables) for city in cities if not is_capital(city)
                  for country in (city_country(city),) if country)
    return _Places(counts, tuple(c for c in named if c.start >= 0 and _place_of(c, tables)))


def _place_for(a: Mention, root: Token, pool: list[_Candidate], places: _Places,
               info: frozenset[str], tables: CorefTables, head: str) -> _Candidate | None:
    """The antecedent of "the country", "the nation", "the government", "the state": the
    place the sentence states (a demonym in the description, the stated country of the
    person it describes); for a description that points away ("that country",
    ``distal_determiners``) the place named last in the window, a demonym's included ("the
    Malian desert ... that country"); else the place the article is about by a clear margin of
    mentions, unless its own sentence names another outside a relative or adverbial clause;
    else the only place named in the window (a demonym of a place the article names counts
    as naming it; a modifier only in the description's own sentence). None when places
    compete: a wrong place puts a fact on the wrong actor. "The federal government" is only a
    federation's (``federal_countries``)."""
    fits = [c for c in places.cands if _compatible(info, c, tables, head)]
    if _modified_by(root, tables.federal_words):
        fits = [c for c in fits if _place_of(c, tables) in tables.federal_countries]  # a federation's
    keys = {_place_of(c, tables) for c in fits}
    said = fits + [c for c in places.cands if c.type == "NORP" and _place_of(c, tables) in keys]  # "Israeli"
    stated = _stated_place(root, pool, tables)
    lesser = _modified_by(root, tables.lesser_place_words)
    if stated:  # a body below the country may be a city's: "the local government in Tacna"
        return _named_place(stated, a, places.cands if lesser else fits, tables)
    if lesser:
        return None  # "the existing local government": a body below the country, not the country
    named = _place_of_same_noun(a, root, pool, tables)  # the pool holds every name before it
    if named:
        return _named_place(named, a, fits, tables)
    own = _sentence_place(a, root, said, places.cands, tables)
    if own:
        return _named_place(own, a, fits, tables)
    if any(c.dep_ == "det" and c.lower_ in tables.distal_determiners for c in root.children):
        last = max((c for c in said if c.end <= a.start_char and a.sent_index - c.sent <= tables.window_description),
                   key=lambda c: c.end, default=None)  # "the Malian desert ... that country"
        return _named_place(_place_of(last, tables), a, fits, tables) if last is not None else None
    main = _main_place(places.counts, keys, tables)
    if main:
        rivals = {_place_of(c, tables) for c in said if c.sent == a.sent_index
                  and c.end <= a.start_char and not c.embedded} - {main}
        return None if rivals else _named_place(main, a, fits, tables)
    near = {_place_of(c, tables) for c in said if c.end <= a.start_char  # a modifier ("Ukrainian
            and (c.usable or c.sent == a.sent_index)  # President X") only in the sentence itself
            and a.sent_index - c.sent <= tables.window_description}
    if len(near) != 1 or _outnumbered(next(iter(near)), places.counts, tables):
        return None
    return _named_place(near.pop(), a, fits, tables)


def _outnumbered(key: str, counts: Counter, tables: CorefTables) -> bool:
    """Whether another country has as many mentions in the article as the country ``key``
    (its cities counted), and often enough to be what the article is about
    (``article_place_min``): the last country named is then no safer a guess than the other,
    as in an editorial on a foreign syndicate in the writer's own cities."""
    least = tables.weights["article_place_min"]
    return key in tables.countries and _rival(key, counts, tables) >= max(counts[key], least)


def _rival(key: str, counts: Counter, tables: CorefTables, keys: AbstractSet[str] = frozenset()) -> int:
    """The most mentions of any other country than ``key`` (or of another of ``keys``)."""
    return max((n for k, n in counts.items() if k != key and (k in keys or k in tables.countries)), default=0)


def _capital_key(root: Token, pool: list[_Candidate], places: _Places, tables: CorefTables) -> str:
    """The key of the city "the capital" means: the capital (GeoNames) of the country the
    description states ("the Chinese capital") or, else, of the country the article is about
    by a clear margin; "" when neither is known (then the nearest city that is no country's
    capital, as for "the city").
    Not the latest city named: "Beijing" stands for China in an article about Suva's streets."""
    country = _stated_place(root, pool, tables) or _main_place(
        places.counts, {k for k in places.counts if k in tables.countries}, tables)
    return capital_of(country) if country else ""


def _place_of_same_noun(a: Mention, root: Token, cands: Sequence[_Candidate], tables: CorefTables) -> str:
    """The one place that qualifies the same noun in the description's sentence or the one
    before: "the safety code written by the Vanuatu Government ... the government caps" (a place
    before the noun, or a country's name ending in it) and "the Government of Tonga ... the
    government" name whose government it is, whatever place the article names most; else ""."""
    doc, lemma = root.doc, root.lemma_.lower()
    keys = set()
    for c in cands:
        if c.start < 0 or c.end > a.start_char or a.sent_index - c.sent > 1:
            continue
        words = c.written.split()
        if c.type == "ORG" and len(words) > 1 and words[-1].lower() == lemma:  # "the Vanuatu Government"
            place = _place_key(canonical_key(" ".join(words[:-1]), "GPE"), tables)
            if place in tables.countries:
                keys.add(place)
            continue
        if c.type != "GPE":
            continue
        tok = doc[c.head_i]
        if tok.dep_ in ("compound", "amod", "nmod"):
            noun = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
        else:
            continue
        if noun.i != root.i and noun.lemma_.lower() == lemma:
            keys.add(_place_of(c, tables))
    return keys.pop() if len(keys) == 1 else ""


def _sentence_place(a: Mention, root: Token, said: Sequence[_Candidate], cands: Sequence[_Candidate],
                    tables: CorefTables) -> str:
    """The one place the description's own sentence names before it, not counting its own
    clause's subject: "Russian troops remain in Georgia, years after Moscow invaded the
    country" is Georgia (Moscow, the invader, is not the country); else ""."""
    subject = _clause_subject(root)
    bound = {_place_of(c, tables) for c in cands if c.head_i == subject} if subject >= 0 else set()
    own = {_place_of(c, tables) for c in said if c.sent == a.sent_index and c.end <= a.start_char
           and c.usable} - bound  # a modifier ("US troops") is no candidate of its own here
    return own.pop() if len(own) == 1 and bound else ""


def _main_place(counts: Counter, keys: set[str], tables: CorefTables) -> str:
    """The place among ``keys`` the article names most, by a clear margin (``article_place``
    weights of data/coref.yaml) over the next of them and over any other country the article
    names, by a demonym or its cities too ("Fijian", "Lautoka"), or ""."""
    ranked = sorted(((counts[k], k) for k in keys), reverse=True)
    if not ranked:
        return ""
    w = tables.weights
    top, key = ranked[0]
    second = _rival(key, counts, tables, keys)
    return key if top >= w["article_place_min"] and top >= w["article_place_ratio"] * second else ""


def _institution_nation(root: Token, tables: CorefTables) -> str:
    """The country a description of a nation's own institution states by a people's word
    ("the Russian central bank", "the Kestrian foreign ministry": ``national_institutions``)
    -> its folded name, else "". A company described by its nation ("the German bank") is no
    such institution: it may be any bank the article named."""
    place, words = "", []
    for t in root.lefts:
        found = _demonym_place(t.text, tables) if t.dep_ in ("amod", "compound") or t.ent_type_ == "NORP" else ""
        if found:
            place = found
        elif t.dep_ in ("amod", "compound"):
            words.append(t.lower_)
    return place if " ".join([*words, root.lemma_.lower()]) in tables.national_institutions else ""


def _of_nation(c: _Candidate, nation: str, tables: CorefTables) -> bool:
    """Whether a candidate's name says it is of the country ``nation`` ("Bank of Russia",
    "Russian Central Bank")."""
    return nation in c.key or any(_demonym_place(w, tables) == nation for w in c.key.split())


def _stated_place(root: Token, pool: list[_Candidate], tables: CorefTables) -> str:
    """The place a description states itself: a demonym in it ("the Israeli government"),
    or, as the possessor of a role in apposition to a person ("Vance, the country's
    president"), the country that person's titles name ("U.S. President"); else ""."""
    for t in root.subtree:
        if t.ent_type_ == "NORP" and t.i < root.i:
            place = _demonym_place(t.text, tables)
            if place:
                return place
    own = _place_phrase(root, tables)
    if own:
        return own
    if root.dep_ != "poss":
        return ""
    role = root.head
    person = role.head if role.dep_ == "appos" else next((c for c in role.children if c.dep_ == "appos"), None)
    if person is None:
        return ""
    name = canonical_key(person.text, "PERSON")
    roles = next((c.roles for c in reversed(pool) if c.type == "PERSON" and (
        c.head_i == person.i or name in c.key.split())), frozenset())  # "Hart" of "Lena Hart"
    stated = _title_places(roles, tables)
    return stated.pop() if len(stated) == 1 else ""


def _place_phrase(root: Token, tables: CorefTables) -> str:
    """The place a description's own "in"/"of"/"for" phrase names: "the local government in
    Tibet" is Tibet's, not the country the article is about; else ""."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "GPE":
                words = [t.text for t in obj.subtree if t.ent_type_ == "GPE"]
                return _place_key(canonical_key(" ".join(words), "GPE"), tables)
    return ""


def _title_places(words: frozenset[str], tables: CorefTables) -> set[str]:
    """The folded countries the words of a title name, a demonym as its country ("U.S.
    President", "Kuwaiti oil minister" -> united states, kuwait)."""
    places = {_demonym_place(w, tables) or _place_key(canonical_key(w, "GPE"), tables) for w in words}
    return {p for p in places if p in tables.countries or p in tables.place_aliases.values()}


def _named_place(place: str, a: Mention, fits: Sequence[_Candidate], tables: CorefTables) -> _Candidate | None:
    """The latest named mention of a place before the anaphor, else its first one after it."""
    named = [c for c in fits if _place_of(c, tables) == place]
    before = [c for c in named if c.end <= a.start_char]
    return before[-1] if before else (named[0] if named else None)


def _own_subject(root: Token, pool: list[_Candidate], info: dict | frozenset[str],
                 tables: CorefTables) -> _Candidate | None:
    """A reflexive pronoun ("itself", "himself") is its own clause's subject: "Taiwan would
    defend itself against the United States" is Taiwan; with no named subject, nobody."""
    head, subject = root.head, -1
    for _ in range(4):  # "Taiwan must be able to defend itself": up the infinitives to "be"
        subject = next((c.i for c in head.children if c.dep_ in _SUBJECT_DEPS), -1)
        if subject >= 0 or head.dep_ not in ("xcomp", "acomp", "advcl") or head.head.i == head.i:
            break
        head = head.head
    if subject < 0:
        return None
    fit = [c for c in pool if c.usable and c.start >= 0 and root.doc[c.head_i:c.head_i + 1]
           and _within(root.doc[subject], c.head_i) and _compatible(info, c, tables)]
    return fit[-1] if fit else None


def _within(subject: Token, i: int) -> bool:
    """Whether token ``i`` is the subject or inside it ("Taiwan's government", "the US")."""
    return subject.left_edge.i <= i <= subject.right_edge.i


def _held_roles(cands: list[_Candidate], tables: CorefTables) -> dict[str, frozenset[str]]:
    """Role nouns the document gives each person (a PERSON description head or person noun of
    coref.yaml in a title or an apposition: "Sir Ian Brack, the police commissioner",
    "Immigration Officer Tom Orr"), by key; a one-word
    key ("Ian", "Brack") shares the roles of the only full name it is the first or last word of."""
    held: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "PERSON" and c.key:
            held.setdefault(c.key, set()).update(w for w in c.roles if w in tables.person_nouns
                                                 or w in tables.lesser_title_words  # "deputy": a lesser office
                                                 or w in tables.held_offices)  # "Speaker": another office
    for key in [k for k in held if " " not in k]:
        owners = _full_names_with(key, held)
        if len(owners) == 1:
            held[key] |= held[owners[0]]
    return {k: frozenset(v) for k, v in held.items() if v}


def _full_names_with(word: str, keys: Iterable[str]) -> list[str]:
    """The keys of more than one word whose first or last word is ``word`` ("bo tarr" for
    "tarr"): the full names a one-word key may stand for."""
    return [k for k in keys if " " in k and word in (k.split()[0], k.split()[-1])]


def _lesser_title(doc: Doc, c: _Candidate, roles: frozenset[str], held: frozenset[str],
                  tables: CorefTables) -> bool:
    """Whether a person's title is a lesser office than the description's role: "Vice
    President Tom Orr" is not "the president" (``lesser_title_words``, in the roles the article
    gives the person or written right before the name)."""
    return bool(((held | c.roles | _written_title(doc, c, tables)) & tables.lesser_title_words) - roles)


def _other_role(roles: frozenset[str], held: frozenset[str]) -> bool:
    """Whether the article gives a person another role than the description names: "the
    prime minister" is not "Sir Ian Brack, the police commissioner"."""
    return bool(held) and not held & roles


def _other_place(roles: frozenset[str], held: frozenset[str], tables: CorefTables) -> bool:
    """Whether a description names one country and the person's title another: "the Qatari
    minister" is not "Kuwaiti oil minister Ali Hamad". A title without a country says nothing."""
    mine = _title_places(roles, tables)
    theirs = _title_places(held, tables) if mine else set()
    return bool(theirs) and not mine & theirs


def _named_by_head(c: _Candidate, head: str) -> bool:
    """Whether a name ends in a description's noun: "Kestrian Trade Organization" for "the
    organization"."""
    return bool(head) and c.key.rsplit(" ", 1)[-1] == head


def _latest(a: Mention, pool: list[_Candidate], fits: Callable[[_Candidate], bool],
            info: dict | frozenset[str], tables: CorefTables, head: str,
            bound: set[str]) -> _Candidate | None:
    """The latest usable, compatible candidate before the anaphor that ``fits``, at any
    distance: the fallback when the window holds no such name."""
    return next((c for c in reversed(pool) if c.usable and c.end <= a.start_char and fits(c)
                 and c.key not in bound and _compatible(info, c, tables, head)), None)


def _roles(doc: Doc, root: Token, tables: CorefTables) -> frozenset[str]:
    """Words of the title before a person's name and of an apposition after it: "Prime
    Minister Elena Strand", "Dario Vukan, the leader of the NLF". A person whose role the
    apposition gives is not its principal: "Aaron Vell, the governor's spokesman" or "the
    spokesman for the governor" holds no "governor"."""
    words = [t.lower_ for t in doc[min(root.left_edge.i, root.i):root.i + 1]]  # the NER span may hold a title
    for child in root.children:
        if child.dep_ == "appos":
            principal = {t.i for d in child.subtree if _principal(d, tables) for t in d.subtree}
            words += [t.lower_ for t in child.subtree if t.i not in principal]
    return _title_words(frozenset(words), tables)


def _title_words(words: frozenset[str], tables: CorefTables) -> frozenset[str]:
    """Title words with one word for each title however written: "premier" is "prime
    minister" (``title_synonyms``), so "the Vellian premier" finds "Vellian Prime Minister X"."""
    out = set(words)
    for word in words & tables.title_synonyms.keys():
        out.discard(word)
        out |= tables.title_synonyms[word]
    return frozenset(out)


_PORTFOLIO_WORDS = frozenset({"NOUN", "PROPN", "ADJ"})  # "Finance", "Foreign Affairs", "health"
_PORTFOLIO_GLUE = frozenset({"and", "&", ",", "-"})  # "Foreign Affairs and Trade"
_NAMED_PORTFOLIO = frozenset({"GPE", "ORG", "PERSON"})  # "the president of Vellia": a place's, no portfolio


def _portfolio(root: Token, tables: CorefTables) -> frozenset[str]:
    """The portfolio a person role names after "of" or "for" (``portfolio_preps``), as
    lower-case words: "the Minister of Finance" -> {finance}, "the Minister for Foreign
    Affairs" -> {foreign, affairs}. Empty when the phrase names none: a role that is no
    person description head, a named place, body or person after it ("the president of
    Vellia"), a lower-case noun after a determiner ("the chairman of the company"), or any
    other word (a pronoun, a number, a second preposition)."""
    if "PERSON" not in tables.descriptions.get(root.lower_, ()) or root.tag_ in ("NNS", "NNPS"):
        return frozenset()
    preps = [c for c in root.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ not in tables.portfolio_preps:
        return frozenset()
    objects = [c for c in preps[0].children]
    if len(objects) != 1 or objects[0].dep_ != "pobj":
        return frozenset()
    tokens = list(objects[0].subtree)
    content = [t for t in tokens if t.pos_ in _PORTFOLIO_WORDS]
    capitalised = all(t.is_title for t in content)
    for t in tokens:
        if t.pos_ in _PORTFOLIO_WORDS:
            if not t.is_alpha or _named_after(t, root):
                return frozenset()
        elif not (t.lower_ in _PORTFOLIO_GLUE or t.lower_ == "the" and capitalised):
            return frozenset()  # "of the company", "for his party", "of 2010"
    return frozenset(t.lower_ for t in content)


def _named_after(token: Token, root: Token) -> bool:
    """Whether a word is part of a place, body or person named after a role noun ("Vellia" of
    "the president of Vellia"), not of a name the role noun opens ("the Minister of Finance"
    typed ORG whole)."""
    if token.ent_type_ not in _NAMED_PORTFOLIO:
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start > root.i


def _role_phrase(doc: Doc, m: Mention, tables: CorefTables) -> tuple[Token, frozenset[str]] | None:
    """The head and the portfolio of a mention that is a definite person role with its
    portfolio and nothing else ("the Minister of Finance", an argument or a name the model
    typed ORG; or only its role noun, as an argument may be cut before "for Foreign
    Affairs"), or None.
    Not a role written with a name ("Bo Tarr, the Minister of Finance", "Minister of Finance
    Bo Tarr", "The Minister of Finance, Bo Tarr,") or as what someone is ("Tarr is the Minister
    of Finance"), nor one with more words ("the former Minister of Finance", "the Minister of
    Finance who resigned"): those name their referent, or a new one."""
    if m.kind not in ("chunk", "entity") or m.label not in ("CONCEPT", "ORG"):
        return None
    root = _root(doc, m)
    if root is None or root.dep_ in ("appos", "compound", "nmod", *_PREDICATE_DEPS):
        return None
    if sorted(c.dep_ for c in root.children) != ["det", "prep"] or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in root.children):
        return None
    end = root.right_edge
    if m.start_char != root.idx or m.end_char not in (root.idx + len(root.text), end.idx + len(end.text)):
        return None  # the phrase, or its role noun alone (an argument cut before "for Foreign Affairs")
    portfolio = _portfolio(root, tables)
    return (root, portfolio) if portfolio else None


def _distinct_people(keys: AbstractSet[str]) -> set[str]:
    """Keys of distinct people: a one-word key that is the first or last word of a fuller key
    among them ("tarr" beside "bo tarr") is that person."""
    return {k for k in keys if " " in k or not _full_names_with(k, keys)}


def _portfolio_holder(doc: Doc, a: Mention, root: Token, portfolio: frozenset[str],
                      named: Sequence[_Candidate], pool: list[_Candidate], tables: CorefTables) -> _Candidate | None:
    """The person a role phrase with a portfolio means ("the Minister of Finance"): the one
    person the article gives that role with every word of that portfolio, in a title or an
    apposition ("Finance Minister Bo Tarr", "Minister of Finance Bo Tarr", "Bo Tarr, the
    Minister of Finance"), named before it; None when no person or two hold it ("Health
    Minister Tom Orr" is not "the Minister of Finance"), or when that person is its
    co-argument ("Bo Tarr thanked the Minister of Finance"): a missed fact costs less than a
    fact on the wrong person. Never an organisation ("the Ministry of Finance")."""
    wanted = _title_words(frozenset({root.lower_}), tables) | portfolio
    holders = {c.key for c in named if c.type == "PERSON" and c.key
               and wanted <= c.roles | _written_title(doc, c, tables)}
    if len(_distinct_people(holders)) != 1:
        return None
    bound, _ = _co_arguments(doc, root, pool, tables)
    return _latest(a, pool, lambda c: c.type == "PERSON" and c.key in holders,
                   tables.descriptions[root.lower_], tables, root.lower_, bound)


def _written_title(doc: Doc, c: _Candidate, tables: CorefTables) -> frozenset[str]:
    """The title words written right before a name, whatever the parse made of them: the
    capitalised words and the portfolio prepositions up to the name ("Finance Minister" of
    "Finance Minister Bo Tarr" when the parser cut "Finance" off as a sentence of its own).
    Read as well as the title the parse gives, so a second holder of a portfolio is not
    missed and neither is the one."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand") if c.start >= 0 else None
    if span is None:
        return frozenset()
    words: set[str] = set()
    for t in reversed(doc[max(0, span.start - 8):span.start]):
        if not (t.is_title and t.is_alpha or t.lower_ in tables.portfolio_preps and words):
            break
        words.add(t.lower_)
    return _title_words(frozenset(words), tables)


def _principal(token: Token, tables: CorefTables) -> bool:
    """Whether a noun names the person another serves: a person noun as a possessor ("the
    governor's spokesman") or after "for" / "to" ("adviser to the president")."""
    served = token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ in ("for", "to")
    return served and "PERSON" in tables.descriptions.get(token.lemma_.lower(), ())


def _unnamed_person(subject: Token, tables: CorefTables) -> bool:
    """A clause subject that is a person noun with no name ("a spokesman"), directly or
    through a relative pronoun ("a spokesman ..., who"; the parser often hangs the clause
    on the last noun: "a spokesman for the Front, who")."""
    if subject.tag_ == "WP" and subject.head.dep_ == "relcl":
        subject = subject.head.head
        if subject.dep_ == "pobj" and subject.head.dep_ == "prep":  # "a spokesman for the Front, who"
            subject = subject.head.head
    return (subject.tag_ == "NN" and not subject.ent_type_
            and "PERSON" in tables.descriptions.get(subject.lemma_.lower(), ()))


def _country_team(doc: Doc, root: Token, own_subject: int, pool: Sequence[_Candidate]) -> _Candidate | None:
    """The country a plural possessive's own clause has as its one subject: a national side
    ("Egypt complete their programme"), or its people. None when the subject is a list
    ("Iraq and Iran said their ...") or no named country."""
    if own_subject < 0 or any(c.dep_ == "conj" for c in doc[own_subject].children):
        return None
    return next((c for c in pool if c.head_i == own_subject and c.usable and c.type == "GPE" and c.country),
                None)


def _clause_subject(token: Token) -> int:
    """Index of the subject of the clause a token is in (its nearest verb's), or -1. An
    infinitive without a subject takes its controller's: the object of an object-control verb
    it completes (:func:`object_controls`: "Tom Kerr urged Ana Vell to drop her plan"), else its
    subject ("Vell wants
    to sell its stake"), or the owner of the noun it qualifies ("Orlen's application to buy,
    through its unit, ...": Orlen)."""
    head = token.head
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            subject = next((c.i for c in head.children if c.dep_ in _SUBJECT_DEPS), -1)
            if subject >= 0 or head.dep_ not in ("xcomp", "acl") or head.head.i == head.i:
                return subject
            if head.dep_ == "acl":
                return next((c.i for c in head.head.children if c.dep_ == "poss"), -1)
            if object_controls(head.head):  # "Toia urged Pritzker to relax his plan": Pritzker relaxes, his plan
                return next(c.i for c in head.head.children if c.dep_ in ("dobj", "dative"))
        elif head.head.i == head.i:
            return -1
        head = head.head
    return -1


def _fronted_subject(anaphor: Token, later: Sequence[_Candidate], info: dict | frozenset[str],
                     tables: CorefTables) -> _Candidate | None:
    """The named subject that a pronoun in a phrase or clause opening the sentence points
    ahead to: "Before his address on Saturday, Yoon ...", "When she arrived, Harris ...". Not
    the object of a clause without its own subject ("After meeting him, Biden ...": Biden
    met someone else), and not when the opening clause has a subject of its own before the
    pronoun ("As Sullivan wrote in his profile, Obama ...": Sullivan's)."""
    root = anaphor.sent.root
    subj = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or subj.i < anaphor.i:
        return None
    t = anaphor
    while t.head.i != root.i and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("prep", "advcl", "npadvmod") or t.i > subj.i or t.right_edge.i >= subj.left_edge.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS and c.i < anaphor.i for c in t.children):
        return None  # the opening clause's own subject comes first
    if anaphor.dep_ not in ("poss", *_SUBJECT_DEPS) and not any(
            c.dep_ in _SUBJECT_DEPS for c in (anaphor.head, *anaphor.head.children)):
        return None
    fit = [c for c in later if c.usable and c.head_i == subj.i and _compatible(info, c, tables)]
    return fit[0] if fit else None


def _main_clause_antecedent(anaphor: Token, pool: Sequence[_Candidate], info: dict | frozenset[str],
                            tables: CorefTables) -> _Candidate | None:
    """The one compatible name of the main clause that the adverbial clause of a subject "he"
    or "she" follows: "The Senators lost Dany Heatley for six weeks when he dislocated his shoulder"
    (Heatley, not the goalie quoted a sentence before, however salient). An "it" may as well
    be a thing of the clause, so it takes only the main clause's named subject ("while Chile
    raised its output when it returned to the pact": Chile, not the country of the clause before).
    None when the pronoun is no subject of such a clause, or when the main clause names no
    compatible person or more than one ("Vell fired Orlen after he ...": salience decides)."""
    if anaphor.dep_ not in _SUBJECT_DEPS or not isinstance(info, dict):
        return None
    gendered = bool(info.get("gender"))
    if not gendered and anaphor.lower_ != "it":
        return None
    clause = anaphor.head
    if clause.dep_ != "advcl" or clause.head.i >= clause.i or not any(
            (c.dep_ == "mark" or c.tag_ == "WRB") and c.i < anaphor.i for c in clause.children):
        return None
    main = clause.head
    lo, hi = main.left_edge.i, clause.left_edge.i
    subject = next((c.i for c in main.children if c.dep_ in _SUBJECT_DEPS), -1)
    fit = [c for c in pool if c.usable and lo <= c.head_i < hi and (not c.embedded or c.head_i == subject)
           and _governed_by(anaphor.doc[c.head_i], main) and _compatible(info, c, tables)
           and (gendered or c.head_i == subject)]
    keys = {c.key or c.head_i for c in fit}
    return fit[-1] if len(keys) == 1 else None


def _first_conjunct_subject(anaphor: Token, pool: Sequence[_Candidate], info: dict | frozenset[str],
                            tables: CorefTables) -> tuple[bool, _Candidate | None]:
    """The subject of the first of two coordinated clauses, for a "he" or "she" subject of the
    second: "The Kestrian monarch met Orr, but he told reporters ..." is the monarch. Returns
    (True, its name), (True, None) when that subject is a person named by a noun only (no
    guess, rather than the nearer "Orr"), or (False, None) when the rule does not apply."""
    if anaphor.dep_ != "nsubj" or not isinstance(info, dict) or not info.get("gender"):
        return False, None
    verb = anaphor.head
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False, None
    first = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if first is None or first.i > anaphor.i or first.pos_ == "PRON" and first.lower_ != anaphor.lower_:
        return False, None  # "I offered it to Vos and he agreed": whoever "I" is, not "he"
    own = [c for c in pool if c.usable and c.head_i == first.i and _compatible(info, c, tables)]
    if own:
        return True, own[-1]
    lemma = first.lemma_.lower()
    person = "PERSON" in tables.descriptions.get(lemma, ()) or lemma in tables.unnamed_people
    return (True, None) if first.pos_ == "NOUN" and person else (False, None)


def _governed_by(token: Token, verb: Token) -> bool:
    """Whether ``verb`` is the nearest verb above ``token`` (the clause it is an argument
    of), not through an owner or an apposition ("Spezza" of "Heatley, Spezza's linemate")."""
    t = token
    for _ in range(8):
        if t.head.i == t.i or t.dep_ in ("poss", "appos"):
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.i == verb.i
    return False


def _quote_speaker(root: Token, cands: Sequence[_Candidate], tables: CorefTables) -> _Candidate | None:
    """The named person who speaks the quotation a first-person pronoun stands in: the
    subject of the sentence's reporting verb outside the quotes ('"I was not there," Lisk
    said', 'Lisk said: "I was not there"'); in a sentence all in quotes, the speaker of the
    quotation just before it, up to three sentences back ('"We are ready," said Lisk. "I met
    Orr twice."': Lisk); None without a quotation or a named speaker."""
    if not in_quote(root):
        return None
    sent = root.sent
    for _ in range(3):
        if not _all_quoted(sent) or sent.start == 0:
            break
        sent = root.doc[sent.start - 1].sent
        inside = next((t for t in sent if in_quote(t) and not t.is_punct), None)
        if inside is None:
            return None
        if not _all_quoted(sent):
            return _own_quote_speaker(inside, cands, tables)
    return _own_quote_speaker(root, cands, tables)


def _all_quoted(sent: Span) -> bool:
    """Whether every word of a sentence is inside quotation marks (a quotation going on)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and all(in_quote(t) for t in words)


def _own_quote_speaker(root: Token, cands: Sequence[_Candidate], tables: CorefTables) -> _Candidate | None:
    """The speaker of the quotation ``root`` is in, named in its own sentence."""
    verb = root
    while in_quote(verb) and verb.head.i != verb.i:
        verb = verb.head  # up to the verb that introduces the quotation
    if verb.i != _nearest_report(root, tables):  # an actor verb outside the quotation, the nearest
        return None  # 'he said he lost it after she said "... I love him"': her words, not his
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not in_quote(c)), None)
    if subj is None:
        return None
    found = [c for c in cands if c.head_i == subj.i and c.type == "PERSON" and c.usable]
    return found[-1] if found else None


def _nearest_report(root: Token, tables: CorefTables) -> int:
    """The index of the reporting verb outside quotation marks nearest to the quotation
    ``root`` is in, or -1."""
    sent, doc = root.sent, root.doc
    lo = hi = root.i
    while lo > sent.start and in_quote(doc[lo - 1]):
        lo -= 1
    while hi + 1 < sent.end and in_quote(doc[hi + 1]):
        hi += 1
    verbs = [t.i for t in sent if t.pos_ == "VERB" and not in_quote(t) and t.lemma_.lower() in tables.actor_verbs]
    return min(verbs, key=lambda i: lo - i if i < lo else i - hi, default=-1)


def _speaker(anaphor: Token, tables: CorefTables) -> Token | None:
    """The subject of the verb whose clausal complement the pronoun is the subject of
    ("Equinor said it was not involved" -> Equinor), when it comes before the pronoun; for a
    relative "who", the name it stands for. Not the subject of a quotation the parser hung the
    speaker's verb on."""
    kind = tables.pronouns.get(anaphor.lower_)  # "he" and "his" are one kind of pronoun
    if anaphor.dep_ == "poss" and anaphor.head.dep_ in _SUBJECT_DEPS:
        anaphor = anaphor.head  # "The army said its commander was killed": the subject's owner
    if anaphor.dep_ not in _SUBJECT_DEPS or anaphor.head.dep_ != "ccomp":
        return None
    matrix = anaphor.head.head
    if matrix.i < anaphor.i and _after_quote(anaphor.head.left_edge):
        return None  # "'Vell sounds so formal,' she exclaimed": the parser hung the speaker on the quote
    subj = next((c for c in matrix.children if c.dep_ in _SUBJECT_DEPS and c.i < anaphor.i), None)
    if subj is not None and subj.tag_ == "WP" and matrix.dep_ == "relcl" and (
            matrix.head.pos_ == "PROPN" or matrix.head.tag_ == "NN"):
        subj = matrix.head  # "Kim Yong-hyun, who said he ...": Kim; "a source who says he ...": the source
    if subj is None or subj.pos_ == "PRON" and tables.pronouns.get(subj.lower_) != kind \
            or subj.tag_ in ("NNS", "NNPS"):
        return None  # "They said it ...", "Officials said it ...": no evidence either way
    return subj  # "he told reporters he ...": the same "he", whoever that is


def _questioned(anaphor: Token, tables: CorefTables) -> Token | None:
    """The person asked, when the pronoun is the subject of the question put to them ("Kerr
    asked Tarrow whether she would resign", "asked the minister if he had met ..."): the
    object of the verb whose "if" or "whether" clause (``question_marks``) the pronoun opens."""
    clause = anaphor.head
    if anaphor.dep_ not in _SUBJECT_DEPS or clause.dep_ not in ("ccomp", "advcl") or not any(
            c.dep_ == "mark" and c.lower_ in tables.question_marks for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < anaphor.i
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _asker_heads(asked: Token) -> set[int]:
    """Tokens of the subject of the verb that asks ``asked`` a question (with its compounds)."""
    return {t.i for c in asked.head.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}


def _co_arguments(doc: Doc, anaphor: Token, cands: Sequence[_Candidate],
                  tables: CorefTables) -> tuple[set[str], set[int]]:
    """Keys and head tokens of the candidates that are co-arguments of a plain pronoun
    ("Starmer told him", "she told Harris", "Trump lashed out at her"): never its antecedent,
    by any of their names. A possessive's own noun has its co-argument too: the "of" object
    ("his profile of Obama", "its purchase of Kestria": not Obama's, not Kestria's)."""
    if anaphor.dep_ == "poss":
        objects = _of_objects(anaphor.head)
        co = [c for c in cands if c.head_i in objects]
        return {c.key for c in co if c.key}, {c.head_i for c in co}
    if anaphor.lower_.endswith(("self", "selves")):
        return set(), set()
    lo, hi = anaphor.sent.start, anaphor.sent.end
    co = [c for c in cands if lo <= c.head_i < hi and _same_clause_argument(anaphor, doc[c.head_i], tables)]
    return {c.key for c in co if c.key}, {c.head_i for c in co}


def _of_objects(noun: Token) -> set[int]:
    """The tokens of the "of" objects of ``noun`` ("profile of Barack Obama": Barack, Obama)."""
    return {t.i for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"
            for t in pobj.subtree if t.dep_ in ("compound", "flat", "pobj") or t.i == pobj.i}


def _last_plural_noun(doc: Doc, anaphor: Token) -> int:
    """End offset of the last plural common noun before a plural pronoun ("tensions ... them").

    A plural pronoun more often refers to such a noun than to a name, so names before it
    are not candidates.
    """
    first = doc[anaphor.sent.start - 1].sent.start if anaphor.sent.start > 0 else 0
    for t in reversed(doc[first: anaphor.i]):
        if t.tag_ == "NNS" and not t.ent_type_:
            return t.idx + len(t.text)
    return -1


def _same_clause_argument(anaphor: Token, cand: Token | None, tables: CorefTables) -> bool:
    """'Kataib Hezbollah attacked it': a plain pronoun is never a co-argument of its antecedent."""
    if cand is None or anaphor.dep_ in ("poss",) or anaphor.lower_.endswith("self") or \
            anaphor.lower_.endswith("selves"):
        return False
    if cand.sent.start != anaphor.sent.start:
        return False
    verb = anaphor.doc[_governor(anaphor, tables)]
    return _governor(cand, tables) == verb.i or _controller(verb, cand) or _named_subject_of(verb, cand)


def _named_subject_of(verb: Token, cand: Token) -> bool:
    """Whether ``cand`` is the name in apposition inside the verb's subject ("Her pick for
    farm minister, Ada Lisk, had warned her"): the subject itself, so no antecedent of
    the verb's plain pronouns."""
    return cand.dep_ == "appos" and any(
        c.dep_ in _SUBJECT_DEPS and c.left_edge.i <= cand.i <= c.right_edge.i for c in verb.children)


def _controller(verb: Token, cand: Token) -> bool:
    """Whether ``cand`` is the understood subject of the "to" clause ``verb`` (or of a clause
    it completes): the subject of a verb its subject controls ("wants to meet him", "is to
    invest into it", "telephoned Marsh to assure him": not the caller), the object of an
    object-control verb ("asked Biden to help him": not Biden)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        up = verb.head
        if object_controls(up):
            return cand.head.i == up.i and cand.dep_ in ("dobj", "dative")
        if cand.head.i == up.i and cand.dep_ in _SUBJECT_DEPS:
            return True
        verb = up
    return False


def _governor(t: Token, tables: CorefTables) -> int:
    """The verb a clause argument belongs to: its head, or for the object of a preposition
    that binds ("lashed out at her"; ``binding_preps`` in coref.yaml) the preposition's head."""
    head = t.head
    if t.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative") and head.lower_ in tables.binding_preps:
        return head.head.i
    return head.i
