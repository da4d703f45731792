"""Every mention of one document: named entities, triple arguments, pronouns, descriptions.

``collect_mentions`` is what the pipeline stores per document and what entity resolution
later groups into actors. Named entities come from spaCy (types already corrected by the
gazetteer ruler), cleaned of a leading "the", a trailing possessive and a possessor
("Iraq's Popular Mobilisation Forces" -> "Popular Mobilisation Forces"). Triple arguments
are kept exactly as the extractor made them (their position is the store's join key).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import ENT_IOB, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.clauses import load_rules as load_clause_rules
from newsgraph.extract.coref import coref_tables, find_descriptions, find_pronouns, resolve_coreference
from newsgraph.extract.nominal import shipped_roles
from newsgraph.extract.spans import leading_preposition, names_a_title, spelled_by_acronym, token_indices
from newsgraph.labels import ACTOR_TYPES, NAMED_TYPES, PLACE_TYPES, VALUE_TYPES
from newsgraph.model import Mention, RawTriple
from newsgraph.names import (
    canonical_key,
    demonym_country,
    has_org_suffix,
    is_first_name,
    is_known_place,
    is_legal_form,
    is_plural_initials,
    is_possessive_name,
    is_title_word,
    legal_form,
    plain_org_words,
    tables,
    titled_person,
)

__all__ = [
    "collect_mentions",
    "clean_entity",
    "join_legal_forms",
    "join_maker_products",
    "join_acronym_heads",
    "join_trade_words",
    "join_coordinated_bodies",
    "join_stated_acronyms",
    "join_singular_pairs",
    "cut_leading_demonyms",
    "retype_places",
    "retype_quoted_works",
    "tag_repeated_names",
    "join_of_names",
    "join_place_names",
    "join_topic_names",
    "join_repeated_names",
    "cut_trailing_titles",
    "cut_title_fields",
    "trim_question_auxiliaries",
    "trim_sentence_openers",
    "join_purpose_names",
    "join_prefixed_names",
    "untag_plural_nouns",
    "untag_level_bodies",
    "untag_lowercase_peoples",
    "join_particle_names",
    "split_person_of_country",
    "cut_open_brackets",
    "cut_scores",
    "retype_figures",
    "is_score",
    "tag_demonyms",
    "untag_shared_surname_firsts",
    "cut_leading_bodies",
    "cut_constituencies",
    "fix_entities",
]

# Labels the small model gives a titled name ("Mr Blair" ORG, "Mr Straw" PRODUCT, "Mr Begg"
# nothing useful): a title is evidence of a person, so these become PERSON.
_TITLED_AS = frozenset({"ORG", "PRODUCT", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW"})

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_AND, _AMPERSAND = get_string_id("and"), get_string_id("&")

# Numeric and time entities are not actors: they become mentions only as triple arguments.


_NOT_NAME_POS = frozenset({"ADV", "ADJ", "VERB", "AUX", "ADP", "CCONJ", "PART", "PRON", "SCONJ"})  # never ends a name
_NOT_BODY_END_POS = frozenset({"ADP", "CCONJ"})  # never ends another name ("KNS Orlen to")
_RETYPED = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")  # labels a place's name may wrongly have
_COMMON_POS = frozenset({"NOUN", "ADJ", "VERB"})  # a lower-case word of these is no part of a name


def clean_entity(ent: Span) -> Span | None:
    """An entity span without leading determiner, possessor or trailing possessive; None if unusable."""
    doc = ent.doc
    start, end = ent.start, ent.end
    dets = tables().determiners
    while start < end and (doc[start].lower_ in dets or doc[start].is_punct or leading_preposition(doc[start], end)):
        start += 1
    never_last = _NOT_NAME_POS if ent.label_ == "PERSON" else _NOT_BODY_END_POS
    while end > start + 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in never_last:
        end -= 1  # "voted for Tarn more in Vell", "sent KNS Orlen to Vell": the model ran a word into the name
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("'s", "\u2019s")):
        if is_possessive_name(doc[start:end].text):  # "Wendy's": the "'s" is the name's own
            break
        end -= 1
    spelled = end < len(doc) and spelled_by_acronym(doc, end)
    for i in range(end - 2, start - 1, -1):  # "Iraq's Popular Mobilisation Forces"
        if spelled and spelled.start <= start or ent.label_ == "EVENT":
            break  # "Pakistan People's Party (PPP)": the acronym spells the possessor too; "New Year's Eve"
        if doc[i].tag_ == "POS" and i > start and doc[i - 1].pos_ == "PROPN":
            if doc[i - 1].lower_ in tables().name_possessors:
                if all(t.is_title and t.tag_ != "POS" for t in doc[start : i - 1]):
                    break  # "People's Bank of China", "Kestford Women's Action League": the name's own
                continue  # "Kestria's National Farmers' Union": the owner is further left
            if ent.label_ == "ORG" and i - 1 == start and end - i <= 3 and is_first_name(doc[start].text) \
                    and not is_known_place(doc[start].text):
                break  # "Sam's Club", "Dave's Hot Chicken": a first name alone owns no firm, it names it
            start = i + 1
            break
    first = ent.label_ == "PERSON" and start < end and is_first_name(doc[start].text)
    while start > 0 and _name_word(doc[start - 1]) and not (first and doc[start - 1].ent_type_ == "ORG"):
        start -= 1  # "Kaitab Hezbollah": a typo the ruler split; "Chancellor Ana Vell" keeps her title,
        # but the office "Customs" of "Commissioner of Customs Dan Kerr" is no name of his
    if end <= start:
        return None
    span = doc[start:end]
    if "\n" in span.text:
        return None
    return span


# Entities a coordinated legal form may belong to ("Morgan Stanley" is sometimes a PERSON).
_JOINABLE = frozenset({"ORG", "PERSON"})


def _retype(doc: Doc, label: str, wanted: Callable[[Span], bool]) -> None:
    """Give ``label`` to every entity of ``doc`` that ``wanted`` picks, its span unchanged."""
    ents = list(doc.ents)
    picked = [i for i, ent in enumerate(ents) if wanted(ent)]
    for i in picked:
        ents[i] = Span(doc, ents[i].start, ents[i].end, label=label)
    if picked:
        doc.ents = ents


def retype_places(doc: Doc) -> None:
    """Type GPE a name the model typed otherwise after "the town of", "the province of"
    (``place_of_nouns`` in data/names.yaml): "near the town of Brezna" names a town; and a
    country's name (``countries`` of data/coref.yaml), which the small model often types a
    person or an organisation ("Tuvalu", "Nauru"), unless it is also a first name and typed a
    person ("Chad", "Georgia")."""
    nouns = tables().place_of_nouns
    countries = coref_tables().countries

    def names_place(ent: Span) -> bool:
        if ent.label_ not in _RETYPED:
            return False
        if canonical_key(ent.text) in countries:
            return not (ent.label_ == "PERSON" and is_first_name(ent.text))
        root = ent.root  # "the town of Brezna"
        return (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in nouns
                and root.head.head.i == root.head.i - 1)

    _retype(doc, "GPE", names_place)


# A price: a currency's letters and sign before digits ("Tw$143.0", "NZ$2.98", "US$5", "$40");
# a figure: digits alone ("3,994.81").
_PRICE = re.compile(r"^[A-Za-z]{0,3}[$\u20ac\u00a3\u00a5]\s?\d")
_FIGURE = re.compile(r"^\d[\d,.]*$")


def retype_figures(doc: Doc) -> None:
    """Type MONEY a price and CARDINAL a figure the model typed a name ("sank 2 percent to
    Tw$143.0", "ended higher at 3,994.81" typed ORG or GPE): a figure is no actor."""
    def priced(ent: Span) -> bool:
        return ent.label_ in NAMED_TYPES and bool(_PRICE.match(ent.text))

    def counted(ent: Span) -> bool:
        return ent.label_ in NAMED_TYPES and bool(_FIGURE.match(ent.text))

    _retype(doc, "MONEY", priced)
    _retype(doc, "CARDINAL", counted)


def retype_quoted_works(doc: Doc) -> None:
    """Type WORK_OF_ART a name in quotation marks right after a kind of work ('the book "Orla,"
    which went on sale', "the film 'Kestria'": ``work_nouns`` of data/names.yaml): a title, no
    person or place, whatever the model typed it."""
    works = tables().work_nouns

    def titled(ent: Span) -> bool:
        i = ent.start - 1
        while i >= 0 and doc[i].is_quote:
            i -= 1
        return (ent.label_ in ACTOR_TYPES and i < ent.start - 1 and i >= 0
                and doc[i].lemma_.lower() in works)

    _retype(doc, "WORK_OF_ART", titled)


def retype_languages(doc: Doc) -> None:
    """Type LANGUAGE a demonym that names a language: the object of a verb of speaking or
    writing ("she speaks Indonesian", ``language_verbs`` in data/names.yaml), or alone after
    "in" or "into" ("a letter in Indonesian", "translated into Swahili"). The model types it
    NORP, and a NORP becomes its country: "Indonesia" would be what she speaks."""
    verbs = tables().language_verbs

    def spoken(ent: Span) -> bool:
        if ent.label_ not in ("NORP", "GPE") or len(ent) != 1 or not demonym_country(ent.text):
            return False
        root = ent.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "speaks Dutch and Indonesian"
        return (root.dep_ == "pobj" and root.head.lower_ in ("in", "into")) or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in verbs)

    _retype(doc, "LANGUAGE", spoken)


def join_legal_forms(doc: Doc) -> None:
    """A legal form coordinated after a name belongs to it: "Morgan Stanley and Co Inc",
    "Bear, Stearns and Co", "Vell Bureau Co., LTD" are one organisation, never also a company named "Co Inc"
    (``org_suffixes`` in data/names.yaml). The name's entity grows over "and"/"&" and the
    legal form, typed ORG, and the legal form's own entity goes."""
    ents = list(doc.ents)
    ending = {ent.end: ent for ent in ents if ent.label_ in _JOINABLE}
    joined = []
    for ent_end, ent in ending.items():
        ent_end = _past_partners(doc, ent_end)
        # "Sinohydro Bureau 10 Co., LTD": a second legal form after a comma
        comma = is_legal_form(doc[ent_end - 1].text) and ent_end < len(doc) and doc[ent_end].text == ","
        if ent_end >= len(doc) or doc[ent_end].lower_ not in ("and", "&") and not comma:
            continue
        end = ent_end + 1
        while end < len(doc) and is_legal_form(doc[end].text):
            end += 1
        if end > ent_end + 1 and not (end < len(doc) and doc[end].pos_ == "PROPN"):
            joined.append(Span(doc, ent.start, end, label="ORG"))
    _set_joined(doc, ents, joined)


def join_acronym_heads(doc: Doc) -> None:
    """An initialism in capitals the model left out before an organisation's name is its first
    word: "ICICI Prudential Life", "HDFC Orvane Life" (the model tags "Prudential Life", which
    another article's Prudential Life would take). Not a place's ("US", "NSW") nor a people's
    initials, nor a title's ("CEO"); a token of two to six capitals, untagged."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        i = ent.start - 1
        if ent.label_ != "ORG" or i < 0:
            continue
        tok = doc[i]
        if (tok.ent_type_ or not tok.is_alpha or not tok.is_upper or not 2 <= len(tok) <= 6
                or not tok.whitespace_ or is_known_place(tok.text) or demonym_country(tok.text)
                or is_title_word(tok.text) or tok.lower_ in _FUNCTION_CAPITALS or ent.text.isupper()
                or i > 0 and doc[i - 1].is_alpha and doc[i - 1].is_upper):
            continue  # "ORVANE BUYS VELLCO": a line in capitals, no name
        joined.append(Span(doc, i, ent.end, label="ORG"))
    _set_joined(doc, ents, joined)


_FUNCTION_CAPITALS = frozenset({"the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "by", "with", "as"})


def join_maker_products(doc: Doc) -> None:
    """A maker's name with its product's model written right after it is the product: "a
    Boeing 737 crashed", "an Airbus A320 landed", "Boeing 787 Dreamliners were grounded" (the
    model tags the maker ORG and the model PRODUCT). The two become one PRODUCT entity: the
    plane crashed, not the firm that made it."""
    ents = list(doc.ents)
    starts = {ent.start: ent for ent in ents if ent.label_ == "PRODUCT"}
    joined = [Span(doc, ent.start, product.end, label="PRODUCT") for ent in ents
              if ent.label_ == "ORG" and (product := starts.get(ent.end)) is not None
              and doc[ent.end - 1].whitespace_ and not doc[ent.end - 1].is_punct]
    _set_joined(doc, ents, joined)


def _past_partners(doc: Doc, i: int) -> int:
    """The index after the partners' names listed with commas after a firm's first name:
    "Dillon, Read and Co" (the model tags "Dillon" alone), "Skadden, Arps, Slate and Co"."""
    j = i
    while (j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"
           and not doc[j + 1].ent_type_):
        j += 2
    return j if j < len(doc) and doc[j].lower_ in ("and", "&") else i


def join_singular_pairs(doc: Doc) -> None:
    """Two one-word names joined by "and" that take a verb in the singular are one firm:
    "Bell and Howell is marketing ...", "Vell and Tarn has cut prices" (the model tags two
    organisations). The pair becomes one ORG entity; with a plural verb it stays two."""
    ents = list(doc.ents)
    starts = {ent.start: ent for ent in ents}
    joined = []
    for ent in ents:
        other = starts.get(ent.end + 1)
        if other is None and ent.end + 1 < len(doc) and _bare_name(doc[ent.end + 1]):
            other = doc[ent.end + 1:ent.end + 2]  # "Harlow and Crane has": "Harlow" untagged
        if ent.start >= 2 and _bare_name(doc[ent.start - 2]) and doc[ent.start - 1].lower_ in ("and", "&"):
            ent, other = doc[ent.start - 2:ent.start - 1], ent
        if (other is None or len(ent) != 1 or len(other) != 1 or doc[ent.end].lower_ not in ("and", "&")
                or "ORG" not in (ent.label_, other.label_)
                or not {ent.label_, other.label_} <= _JOINABLE | {""}
                or not _singular_subject(ent.root, other.root)
                or any(j.start < other.end and ent.start < j.end for j in joined)):
            continue
        joined.append(Span(doc, ent.start, other.end, label="ORG"))
    _set_joined(doc, ents, joined)


def join_trade_words(doc: Doc) -> None:
    """A trade word coordinated after a firm's name is the name's last word: "Orlen Foods
    and Beverages", "Vell Oil & Gas" (``trade_words`` in data/names.yaml) are one organisation,
    where the model tags the last word apart, often a person, and the firm becomes two
    actors. The name (an entity or a run of capitalised proper nouns, two words or more)
    grows over "and"/"&" and the word, typed ORG."""
    ents = list(doc.ents)
    trades = tables().trade_words
    joined = []
    for tok in doc[1:-1]:
        word, last = doc[tok.i + 1], doc[tok.i - 1]
        if tok.lower_ not in ("and", "&") or not (word.is_title and word.lower_ in trades and last.is_title):
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 2].is_title and doc[tok.i + 2].pos_ == "PROPN":
            continue  # "Vell Foods and Beverages Group": the model's own name runs on
        start = _name_run_start(last)
        if start is not None and tok.i - start >= 2:
            joined.append(Span(doc, start, tok.i + 2, label="ORG"))
    _set_joined(doc, ents, joined)


def join_coordinated_bodies(doc: Doc) -> None:
    """A public body's name that pairs two fields with "and" is one organisation: the model
    tags "Humanitarian Fund" alone in "the Vellia Peace and Humanitarian Fund" (or nothing
    in "the Law and Justice Reform Commission"), and the clause gave the fund's act to a
    "Vellia Peace" as well. After "the" or "'s", a run of capitalised proper nouns, "and" or
    "&", and capitalised proper nouns ending in a head of ``coordinated_body_heads``
    (``names.yaml``) become one ORG entity. Not when the first run holds a person or ends in
    a body's word or a legal form ("the Vell Council and Tarn Police Department" are two)."""
    heads, bodies = tables().coordinated_body_heads, tables().body_words
    joined: list[Span] = []
    for i in token_indices(doc, LOWER, _AND, _AMPERSAND):
        tok = doc[i]
        if not 2 <= i < len(doc) - 2 or any(j.start <= i < j.end for j in joined):
            continue
        start, end = _capitalised_run(doc, tok.i, -1), _capitalised_run(doc, tok.i, 1)
        first, last = doc[start:tok.i], doc[tok.i + 1:end]
        if (not first or len(last) < 2 or doc[end - 1].lower_ not in heads
                or doc[start - 1].lower_ not in ("the", "'s") or start < 1
                or doc[tok.i - 1].lower_ in bodies or is_legal_form(doc[tok.i - 1].text)
                or any(t.ent_type_ == "PERSON" for t in first)
                or len(first) == 1 and first[0].ent_type_ == "ORG"):
            continue
        joined.append(Span(doc, start, end, label="ORG"))
    _set_joined(doc, list(doc.ents), joined)


def _capitalised_run(doc: Doc, i: int, step: int) -> int:
    """The far edge of the capitalised proper nouns (and hyphens inside them) next to ``i``:
    the first index of the run before it (``step`` -1) or the index after the run after it."""
    j = i + step
    while 0 <= j < len(doc) and _run_word(doc[j]):
        j += step
    return j + 1 if step < 0 else j


def _run_word(tok: Token) -> bool:
    """A word of a capitalised name: a capitalised or upper-case proper noun, a hyphen with
    no space either side, or the proper noun right after such a hyphen ("Geo-hazards")."""
    glued = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    return (tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper or glued)
            or tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)


def _name_run_start(last: Token) -> int | None:
    """Where the name ending at ``last`` begins: its organisation's entity, or the run of
    capitalised proper nouns before it; None for another kind of entity."""
    doc = last.doc
    if last.ent_type_:
        ent = next(e for e in doc.ents if e.start <= last.i < e.end)
        return ent.start if ent.label_ in ("ORG", "PERSON") and ent.end == last.i + 1 else None
    start = last.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    return start if last.pos_ == "PROPN" else None


def _bare_name(token: Token) -> bool:
    """A capitalised proper noun the model left untagged."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def _singular_subject(first: Token, second: Token) -> bool:
    """Whether two conjuncts are the subject of a verb in the singular ("is", "has", "was")."""
    if first.dep_ != "nsubj" or second.head != first or second.dep_ != "conj":
        return False
    verb = first.head
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    return finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"


def join_stated_acronyms(doc: Doc) -> None:
    """A name whose acronym follows it in brackets is one entity, the words the acronym spells:
    the model tags "Maritime" alone in "the Maritime and Coastguard Agency (MCA)" and "Party"
    in "Pakistan People's Party (PPP)". The entity keeps the type of the longest entity inside
    it (ORG when that is a person, a people or none); one that runs past either end stays. A
    title's acronym ("General Manager (GM)": :func:`names_a_title`) makes no entity, and the
    model's entity of the acronym or of the title goes."""
    ents = list(doc.ents)
    joined = []
    titles = False
    for i in token_indices(doc, ORTH, _OPENING_BRACKET):
        span = spelled_by_acronym(doc, i)
        if span is not None and names_a_title(span):
            ents = [e for e in ents if not (e.start == i + 1 or (e.start, e.end) == (span.start, span.end))]
            titles = True  # "General Manager (GM)": a post, neither it nor "GM" a name
            continue
        if span is None or len(span) < 2 or any(
                e.start < span.start < e.end or e.start < span.end < e.end or (e.start, e.end) == (
                    span.start, span.end) for e in ents):
            continue
        inner = max((e for e in ents if span.start <= e.start and e.end <= span.end),
                    key=len, default=None)
        label = inner.label_ if inner is not None and inner.label_ not in _NOT_NAME_TYPES else "ORG"
        joined.append(Span(doc, span.start, span.end, label=label))
    if titles:
        doc.ents = ents
    _set_joined(doc, ents, joined)


def join_national_branches(doc: Doc) -> None:
    """An organisation's name with a country written right after it is one organisation, its
    branch there: the model tags "UK" apart in "chief executive of Amnesty International UK",
    so the facts say he runs the United Kingdom. Not when a name goes on after the country.
    So for a first name the model typed a place the gazetteer does not know ("Sands China":
    "Sands" and "China" two places, the company's stock read as China's).
    A "person" the model found before the country is the organisation when it has an acronym
    or opens with no first name: "Kestford Infrastructure Australia's director" directs no
    country."""
    ents = list(doc.ents)
    countries = coref_tables().countries
    starts = {e.start: e for e in ents}
    joined = []
    for org in ents:
        after = _after_acronym(doc, org.end)  # "Kestford Motors (KM) Vanuatu": past its acronym
        place = starts.get(after)
        acronym = after > org.end  # a person's name has no acronym of its own
        branch = acronym or _no_person(org)
        unknown = org.label_ == "GPE" and _unknown_place(org)  # "Sands" of "Sands China": no place
        if (place is None or org.label_ != "ORG" and not (org.label_ == "PERSON" and branch) and not unknown
                or place.label_ not in ("GPE", "PERSON")
                or doc[org.end - 1].is_lower  # "KNS Orlen to" + "Tuvalu": a place phrase
                or canonical_key(place.text) not in countries
                or place.label_ == "PERSON" and not branch  # the model's person, not a branch
                or place.end < len(doc) and doc[place.end].pos_ == "PROPN"):
            continue
        joined.append(Span(doc, org.start, place.end, label="ORG"))
    _set_joined(doc, ents, joined)


def _unknown_place(ent: Span) -> bool:
    """Whether a name the model typed a place is none the gazetteer or the country table
    knows, in capitals like a name ("Sands" of "Sands China", typed two places): before a
    country's name it names a firm's branch there, not a place."""
    return (ent.text[:1].isupper() and not is_known_place(ent.text)
            and canonical_key(ent.text) not in coref_tables().countries)


def _no_person(ent: Span) -> bool:
    """Whether a name the model typed a person opens with a word that is no first name
    ("Kestford Infrastructure", "Vell-X"): an organisation's, when a country follows it."""
    return not is_first_name(ent.text.split()[0])


def join_body_names(doc: Doc) -> None:
    """An organisation's name with the capitalised name of one of its bodies right after it
    is that body: the model tags "UN" alone in "wrote to the UN Security Council", so the
    letter went to the United Nations and its council's president presided over the UN. Up to
    three untagged capitalised words ending in a body word (``body_words`` of ``names.yaml``:
    "Security Council", "General Assembly", "Navy"); not when a name goes on after them."""
    ents = list(doc.ents)
    body = tables().body_words
    joined = []
    for org in ents:
        if org.label_ != "ORG" or not doc[org.end - 1].whitespace_:
            continue
        end = org.end
        while end < len(doc) and end - org.end < 3 and _untagged_name_word(doc[end]):
            end += 1
        last = next((i for i in range(end - 1, org.end - 1, -1) if doc[i].lower_ in body), None)
        if last is None or last + 1 < len(doc) and _untagged_name_word(doc[last + 1]):
            continue
        joined.append(Span(doc, org.start, last + 1, label="ORG"))
    _set_joined(doc, ents, joined)


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised proper noun no entity holds, inside the sentence."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not tok.is_sent_start


def _after_acronym(doc: Doc, end: int) -> int:
    """Where a name's words go on after the bracketed acronym that may follow it ("Kestford
    Motors (KM) Vanuatu": at "Vanuatu"), else ``end``."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        return end + 3
    return end


def join_name_heads(doc: Doc) -> None:
    """A person's name the model cut before its last word is whole again: in "Mali President
    Amadou Toumani Toure opened the summit" it tags "Amadou Toumani", and the facts name a
    person of two words. The capitalised proper nouns right after a person's name, up to the
    word the parse makes the head of that name, end it, untagged ("Mohammad Abul" + "Kalam Azad
    Majumder") or a person's name the model cut from it ("Mufti Abdur" + "Rahim Qasemi"); a
    title never does ("Mali President")."""
    ents = list(doc.ents)
    people = {e.start: e for e in ents if e.label_ == "PERSON"}
    joined: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc) or joined and ent.start < joined[-1].end:
            continue  # a person's name a join already took in
        last = ent[-1]
        head = last.head
        if not last.whitespace_ or last.dep_ not in ("compound", "flat") or not 0 <= head.i - ent.end < 3:
            continue
        rest = doc[ent.end : head.i + 1]
        # "Mufti Abdur" + "Rahim Qasemi": one name the model cut (not a body's words the model
        # typed a person before a name: "Shri Ram Janmabhoomi Teerth Kshetra" + "Champat Rai")
        after = people.get(ent.end) if len(ent) <= 2 else None
        if all(_rest_of_name(t, head, after) for t in rest):
            joined.append(Span(doc, ent.start, max(head.i + 1, after.end if after is not None else 0), label="PERSON"))
    _set_joined(doc, ents, joined)


def _rest_of_name(token: Token, head: Token, person: Span | None) -> bool:
    """Whether a word after a person's name the model cut is the rest of that name: a
    capitalised proper noun, no title, untagged or in the person's name right after it, that
    is the name's head or a part of it."""
    tagged = person is not None and person.start <= token.i < person.end
    return (token.pos_ == "PROPN" and token.is_title and not is_title_word(token.text)
            and (tagged or not token.ent_type_)
            and (token.i == head.i or token.head.i == head.i and token.dep_ in ("compound", "flat")))


def join_hyphenated_names(doc: Doc) -> None:
    """A person's name the model cut at a hyphen is whole again: it tags "Moon Jae" in "Moon
    Jae-in met ..." and "Morteza Rahmani" in "Morteza Rahmani-Movahhed". The word a hyphen
    joins to the name with no space is the name's when it is capitalised or short (four
    letters at most) and no word that makes an adjective of a name ("Trump-era", "Saudi-led":
    ``hyphen_suffix_words`` of ``names.yaml``)."""
    ents = list(doc.ents)
    suffixes = tables().hyphen_suffix_words
    joined = []
    for ent in ents:
        end = ent.end - 1 if len(ent) > 1 and ent[-1].text == "-" else ent.end  # "Pak Su-" + "in"
        if ent.label_ != "PERSON" or end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].whitespace_ \
                or doc[end].text != "-":
            continue
        word = doc[end + 1]
        rest = word.is_alpha and not word.ent_type_ and (
            word.is_title or word.is_lower and len(word) <= 4 and word.lower_ not in suffixes)
        if rest and not (end + 2 < len(doc) and not word.whitespace_ and doc[end + 2].text == "-"):
            joined.append(Span(doc, ent.start, end + 2, label="PERSON"))
    _set_joined(doc, ents, joined)


def join_particle_names(doc: Doc) -> None:
    """A person's name the model cut after a particle is whole again: "Ursula von der" tagged
    PERSON and "Leyen" GPE are Ursula von der Leyen. A PERSON entity that ends in a name's
    particle (``name_particles``: "von der", "bin", "de") runs on through the capitalised
    word after it, and the entity that word opens, if any."""
    particles = tables().name_particles
    ents = list(doc.ents)
    starts = {e.start: e for e in ents}
    joined = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc) or ent[-1].lower_ not in particles or len(ent) < 2:
            continue
        nxt = doc[ent.end]
        if nxt.is_title and nxt.is_alpha and ent[-1].whitespace_ and (not nxt.ent_type_ or nxt.i in starts):
            end = starts[nxt.i].end if nxt.i in starts else nxt.i + 1
            joined.append(Span(doc, ent.start, end, label="PERSON"))
    _set_joined(doc, ents, joined)


def split_listed_names(doc: Doc) -> None:
    """A list the model tagged as one name is its items: "applications like Zoom, Hangouts,
    Google Duo and Houseparty" gives the entity "Zoom, Hangouts, Google Duo", which names no
    one. An entity (not a place: "Fresno, California, USA") with two commas or more between
    capitalised words is split at them; each item keeps the type. So is one with one comma
    between two people the article names elsewhere ("Once he saw Campo, Vance fired": the
    model's "Campo, Vance" is Campo and Vance; a firm "Arps, Slate" whose words name no
    person of the article stays whole), and one with "and" between two names that each end in
    a legal form ("Orvane Life Company and Kestford Brokers Limited"), and one after "according
    to" at its comma ("According to Kestria Wire, Immigration director-general X said")."""
    ents = list(doc.ents)
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and "," not in e.text}
    kept: list[Span] = []
    changed = False
    for ent in ents:
        commas = [t.i for t in ent if t.text == "," and ent.start < t.i < ent.end - 1
                  and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()]
        label = ent.label_
        if len(commas) == 1 and doc[commas[0] - 1].lower_ in surnames and ent[-1].lower_ in surnames:
            label = "PERSON"  # two people of the article run together
        elif len(commas) == 1 and ent.label_ not in PLACE_TYPES and _after_according(ent):
            pass  # "According to Kestria Wire, Immigration director-general X said": the source ends at the comma
        elif ent.label_ in PLACE_TYPES or len(commas) < 2:
            joint = _legal_forms_joined(ent)
            if joint is None:
                kept.append(ent)
                continue
            commas = [joint]  # "Orvane Life Company and Kestford Brokers Limited": two companies
        changed = True
        bounds = [ent.start, *(i for c in commas for i in (c, c + 1)), ent.end]
        kept.extend(Span(doc, a, b, label=label) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if b > a)
    if changed:
        doc.ents = kept


def _after_according(ent: Span) -> bool:
    """Whether a name follows "according to", which the comma after the source ends."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 2].lower_ == "according" and doc[ent.start - 1].lower_ == "to"


def _legal_forms_joined(ent: Span) -> int | None:
    """The "and" between two companies' names the model ran into one organisation, each of
    two words or more ending in a legal form ("Orvane Life Assurance Company and Kestford
    Brokers Limited"; :func:`legal_form`), or None ("Marks and Spencer plc" is one)."""
    if ent.label_ != "ORG":
        return None
    ands = [t.i for t in ent if t.lower_ in ("and", "&") and ent.start + 2 <= t.i <= ent.end - 3]
    if len(ands) != 1:
        return None
    doc, i = ent.doc, ands[0]
    return i if legal_form(doc[ent.start:i].text) and legal_form(doc[i + 1:ent.end].text) else None


# An entity of these types inside a name spelled by its acronym does not type it.
_NOT_NAME_TYPES = VALUE_TYPES | {"PERSON", "NORP"}
_OPENING_BRACKET = get_string_id("(")


def _set_joined(doc: Doc, ents: list[Span], joined: list[Span]) -> None:
    """The document's entities with ``joined`` in place of the entities they overlap."""
    if joined:
        kept = [e for e in ents if not any(e.start < j.end and j.start < e.end for j in joined)]
        doc.ents = sorted([*kept, *joined], key=lambda e: e.start)


# Types a name keeps wherever its article writes it again (not NORP: "Chinese" is an adjective
# as often as a people).
_REPEATED = ACTOR_TYPES - {"NORP"}


def tag_repeated_names(doc: Doc) -> None:
    """A name the model tagged somewhere in the article is tagged where the article writes it
    again untagged, with the type it was given most: the small model tags "Halvard" in one
    sentence and leaves the same word a bare proper noun in "Halvard employees waited" three
    sentences later, and that sentence then names no actor. Only the same words, written the
    same way, each a proper noun (or capitalised, for a name of several words), outside any
    entity and not running into another capitalised word ("Halvard Trust" is another name).
    So is a person's surname written alone (:func:`_surnames_alone`)."""
    ents = list(doc.ents)
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for ent in ents:
        span = clean_entity(ent) if ent.label_ in _REPEATED else None
        if span is not None and span.text[:1].isupper() and len(span) <= 6:
            votes[tuple(t.text for t in span)][ent.label_] += 1
    names = {}
    for words, counts in votes.items():
        (label, n), *rest = counts.most_common(2)
        if not rest or n > rest[0][1]:
            names[words] = label
    names.update(_surnames_alone(ents, names))
    if not names:
        return
    by_first: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        by_first[doc.vocab.strings.add(words[0])].append(words)
    tagged = doc.to_array(ENT_IOB)  # 1 inside, 3 beginning an entity
    added: list[Span] = []
    for i in token_indices(doc, ORTH, *by_first):
        if added and i < added[-1].end:
            continue  # inside the name just added ("Lisk-Vell" after "Lisk")
        for words in sorted(by_first[doc[i].orth], key=len, reverse=True):
            end = i + len(words)
            if end <= len(doc) and _untagged_name(doc, i, end, words, tagged):
                added.append(Span(doc, i, end, label=names[words]))
                break
    if added:
        doc.set_ents(added, default="unmodified")


def tag_first_and_surname(doc: Doc) -> None:
    """A first name and a surname the article gives a person elsewhere, written untagged,
    are that person's full name: the small model may leave "when Emil Varga dived left" untagged
    where "the veteran Varga" is tagged a person. The two words are capitalised
    proper nouns outside any entity, the first a first name (:func:`is_first_name`), the
    second a person's surname or one-word name in the article, with no capitalised word on
    either side ("Tom Varga Stadium" is another name: :func:`_untagged_name`, as for a repeated
    name)."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].text[:1].isupper()
                and e[-1].text.isalpha()}
    if not surnames:
        return
    tagged = doc.to_array(ENT_IOB)
    added: list[Span] = []
    for i in token_indices(doc, ORTH, *(doc.vocab.strings.add(s) for s in surnames)):
        first = doc[i - 1] if i else None
        if first is None or first.pos_ != "PROPN" or not first.is_title or not is_first_name(first.text) \
                or (added and added[-1].end > i - 1):
            continue
        if _untagged_name(doc, i - 1, i + 1, (first.text, doc[i].text), tagged):
            added.append(Span(doc, i - 1, i + 1, label="PERSON"))
    if added:
        doc.set_ents(added, default="unmodified")


def untag_determined_names(doc: Doc) -> None:
    """One word right after "the", "this" or "a" names no person, nor does a first name alone
    with such a word opening its phrase: "settled in this Bill", "a new Bill would force ...",
    "the Scottish Bill" are the bill before parliament, never the Bill Tarrant of the article,
    whatever the model typed them (``determiners`` of names.yaml, not "both" or "either"; not the
    "that" of "so late that Orr left"). A surname keeps its describing words: "the excellent
    Vellar" is a person."""
    dets = tables().determiners - {"both", "neither", "either"}

    def determined(e: Span) -> bool:
        det = next((c for c in e[0].children if c.dep_ == "det" and c.tag_ == "DT" and c.lower_ in dets), None)
        return det is not None and (det.i == e.start - 1 or is_first_name(e.text))

    # a plural stays: "the Tarrows" is a team or a family, which its full name resolves
    _untag(doc, lambda e: e.label_ == "PERSON" and len(e) == 1 and e[0].tag_ != "NNPS" and determined(e))


def _surnames_alone(ents: list[Span], names: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """The last words of the article's full names of people, to tag PERSON where written
    alone untagged ("Orr of Skift says ..." after "Tom Orr"): not a word that opens or ends a
    name of another type ("Abbott" beside "Abbott Laboratories"), nor one tagged otherwise."""
    other = {w for e in ents if e.label_ != "PERSON" for w in (e[0].text, e[-1].text)}
    out = {}
    for e in ents:
        last = e[-1].text
        if e.label_ == "PERSON" and len(e) >= 2 and last[:1].isupper() and last.isalpha() \
                and last not in other and (last,) not in names:
            out[(last,)] = "PERSON"
    return out


def _untagged_name(doc: Doc, start: int, end: int, words: tuple[str, ...], tagged) -> bool:
    """Whether ``doc[start:end]`` writes ``words`` as a name no entity covers (see
    :func:`tag_repeated_names`)."""
    span = doc[start:end]
    if tuple(t.text for t in span) != words or any(tagged[i] in (1, 3) for i in range(start, end)):
        return False
    if len(words) == 1 and span[0].pos_ != "PROPN":
        return False
    if start and doc[start - 1].like_num:
        return False  # "3.7 GW": a unit the model once took for a company
    outside = [doc[start - 1]] if start else []
    outside += [doc[end]] if end < len(doc) else []
    return not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in outside)


_TOPIC_PREPOSITIONS = frozenset({"for", "on"})
_CONJUNCTIONS = frozenset({"and", "&"})
#: Words inside an organisation's name after which the model may cut it ("Vell Savings of",
#: "the Halden Centre for").
_NAME_PREPOSITIONS = _TOPIC_PREPOSITIONS | {"of"}


def join_of_names(doc: Doc) -> None:
    """An organisation's entity the model ended at "of", "for" or "on" takes the name right
    after it: "Vell Savings of" + "Oakland" is "Vell Savings of Oakland", "the Halden Centre
    for" + "Maritime Studies and Research" one centre, never a company "Vell Savings of" (the
    small model cuts names of this shape before a place or a topic)."""
    ents = list(doc.ents)
    joined = [Span(doc, a.start, b.end, label="ORG") for a, b in zip(ents, ents[1:], strict=False)
              if a.label_ == "ORG" and doc[a.end - 1].lower_ in _NAME_PREPOSITIONS and b.start == a.end
              and b.label_ in ("GPE", "LOC", "ORG")]
    starts = {e.start: e for e in ents}
    joined += [span for ent in ents if (span := _body_of_place(doc, ent, starts)) is not None]
    _set_joined(doc, ents, joined)


def join_place_names(doc: Doc) -> None:
    """A place the model cut in two at "of" or a hyphen is one place when the whole is a
    known place (a GeoNames city or a country): "Port" + "of" + "Spain" is the city Port of
    Spain, not Spain; "Guinea" + "-Bissau" the country Guinea-Bissau, not Guinea; "the
    Federated States" + "of Micronesia" the country. After the retyping of countries, so a
    country the model typed otherwise counts."""
    ents = list(doc.ents)
    starts = {e.start: e for e in ents}
    joined = []
    for ent in ents:
        end = _place_name_end(doc, ent, starts)
        if end > ent.end:
            joined.append(Span(doc, ent.start, end, label="GPE"))
    _set_joined(doc, ents, [j for j in joined if not any(j is not k and k.start <= j.start and j.end <= k.end
                                                             for k in joined)])


def _place_name_end(doc: Doc, ent: Span, starts: dict[int, Span]) -> int:
    """Where the known place that begins with the place ``ent`` ends: after "of" and the
    place entity right after it, or after words joined to it by hyphens with no space; else
    the entity's own end."""
    if ent.label_ not in PLACE_TYPES:
        return ent.end
    end = ent.end
    tail = starts.get(end + 1)
    if end < len(doc) and doc[end].lower_ == "of" and tail is not None and tail.label_ in PLACE_TYPES:
        end = tail.end
    else:
        while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
               and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
            end += 2
    words = doc[ent.start:end]
    text = words[1:].text if words[0].lower_ == "the" else words.text
    known = is_known_place(text) or canonical_key(text) in coref_tables().countries
    return end if end > ent.end and known else ent.end


def _body_of_place(doc: Doc, ent: Span, starts: dict[int, Span]) -> Span | None:
    """"Islamic State" + "of Iraq", "Central Bank" + "of Nigeria", "Aluminum Corp." + "of China":
    an organisation whose name ends in a capitalised body word (``body_words`` of
    data/names.yaml) or a legal form and goes on with "of"
    and a place or a name is named by the whole phrase; None for other names. ``starts``: the
    document's entities by first token."""
    last, end = doc[ent.end - 1], ent.end
    body = last.lower_ in tables().body_words or is_legal_form(last.text)  # "Aluminum Corp. of China"
    if (ent.label_ != "ORG" or not last.text[:1].isupper() or not body
            or end + 1 >= len(doc) or doc[end].lower_ != "of"):
        return None
    k = end + 1
    tail = starts.get(k)
    if tail is not None:
        return Span(doc, ent.start, tail.end, label="ORG") if tail.label_ in ("GPE", "LOC") else None
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].ent_type_:
        k += 1
    return Span(doc, ent.start, k, label="ORG") if k > end + 1 else None


def join_repeated_names(doc: Doc) -> None:
    """A name written twice about "and" or "&" is one firm's name: "Reynolds and Reynolds Co"
    is a company, never "Reynolds" and a "Reynolds Co" (the model splits it at "and"). The
    second half is the same words, with legal forms after them or not ("Oregon and Oregon
    State" stays two)."""
    ents = list(doc.ents)
    starts = {e.start: e for e in ents}
    joined = []
    for a in ents:
        k = a.end
        words = [t.text for t in a]
        if (a.label_ not in ("ORG", "PERSON", "NORP", "GPE") or not words[0][:1].isupper()
                or k + len(words) >= len(doc) or doc[k].lower_ not in _CONJUNCTIONS):
            continue
        if [t.text for t in doc[k + 1:k + 1 + len(words)]] != words:
            continue
        b = starts.get(k + 1)
        if b is not None and not all(is_legal_form(t.text) for t in b[len(words):]):
            continue  # "Oregon and Oregon State": two teams
        end = b.end if b is not None else k + 1 + len(words)
        if b is None and end < len(doc) and is_legal_form(doc[end].text):
            end += 1
        if a.label_ == "PERSON" and not is_legal_form(doc[end - 1].text):
            continue  # "Smith and Smith scored": two players
        joined.append(Span(doc, a.start, end, label="ORG"))
    _set_joined(doc, ents, joined)


def _untag(doc: Doc, unwanted: Callable[[Span], bool]) -> None:
    """Drop every entity of ``doc`` that ``unwanted`` picks (its words stay, untagged)."""
    ents = list(doc.ents)
    kept = [e for e in ents if not unwanted(e)]
    if len(kept) < len(ents):
        doc.ents = kept


def join_place_years(doc: Doc) -> None:
    """A place with a year written after it as its number is a games or a fair named for both
    ("defended his title from Tokyo 2020", "Paris 2024", "Expo 2020"): one EVENT, no act of the
    city. The model tags the place and the year apart."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "ORG") or ent.end >= len(doc):
            continue
        year = doc[ent.end]
        if year.dep_ == "nummod" and year.head.i == ent.end - 1 and len(year.text) == 4 and year.text.isdigit() \
                and 1890 <= int(year.text) <= 2100:
            joined.append(Span(doc, ent.start, ent.end + 1, label="EVENT"))
    _set_joined(doc, ents, joined)


def join_numbered_names(doc: Doc) -> None:
    """A figure written before a one-noun name as its number is part of the name ("the
    editor of 19 Vellmont", "lives at 10 Downing Street"): the model tags the figure
    apart, and "Vellmont" alone was a town. Not before a plural ("3 Republicans": counted)."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC", "ORG", "FAC") or ent.start == 0 or ent.root.tag_ != "NNP":
            continue
        number = doc[ent.start - 1]
        if number.ent_type_ == "CARDINAL" and number.text.isdigit() and number.dep_ == "nummod" \
                and ent.start <= number.head.i < ent.end:
            joined.append(Span(doc, ent.start - 1, ent.end, label=ent.label_))
    _set_joined(doc, ents, joined)


def untag_diseases(doc: Doc) -> None:
    """An illness is no actor: "COVID-19" (tagged an organisation) or "Covid" (a person) of
    ``disease_names`` in data/names.yaml is left untagged, a concept."""
    names = _disease_keys()
    _untag(doc, lambda e: canonical_key(e.text) in names)  # "COVID-19.\n\n", "Covid's" as written


@lru_cache(maxsize=1)
def _disease_keys() -> frozenset[str]:
    """The keys of ``disease_names`` ("covid 19" for "covid-19"), read once."""
    return frozenset(canonical_key(w) for w in tables().disease_names)


def untag_plural_nouns(doc: Doc) -> None:
    """A person's name is never one plural common noun: "Photographs taken that day showed
    ...", the model typing the capitalised first word a PERSON, names no one; nor is an
    organisation's at the start of a sentence ("Attendees included ...", typed ORG); nor are
    initials made plural ("MPs", "NGOs", "IDPs"): a kind of people or things, no one actor."""
    _untag(doc, lambda e: len(e) == 1 and (e[0].tag_ == "NNS" and (
        e.label_ == "PERSON" or e.label_ == "ORG" and e[0].is_sent_start) or is_plural_initials(e.text)))


_INDEFINITE = frozenset({"a", "an", "another", "one", "each", "every", "any", "no"})


def cut_at_inner_article(doc: Doc) -> None:
    """A person's name the model ran over a capitalised "The" ("Ana Vell The Tom Orr
    government", a byline before the first sentence) is only the name after it: no person is
    named with "The" inside."""
    ents = list(doc.ents)
    cut = []
    for ent in ents:
        inner = [t.i for t in ent[1:] if t.text == "The"] if ent.label_ == "PERSON" else []
        if inner and inner[-1] + 1 < ent.end:
            cut.append(Span(doc, inner[-1] + 1, ent.end, label="PERSON"))
    _set_joined(doc, ents, cut)


def untag_unnamed_members(doc: Doc) -> None:
    """One member of a people or party, unnamed, is no actor: "filled by a Democrat", "an
    American was hurt", "served as senior Democrat on the board" name a person, not the party or
    the country. A singular NORP noun with an indefinite determiner or an adjective goes
    untagged; "Democrat Ana Vell" (before a name) and "Democrats" stay."""
    _untag(doc, lambda e: e.label_ == "NORP" and len(e) == 1 and _unnamed_member(e[0]))


def untag_generic_acronyms(doc: Doc) -> None:
    """An acronym news writes as a common noun is no organisation after a word in small letters
    or a determiner: "his own super PAC", "an NGO" (``generic_acronyms`` of names.yaml); every
    super PAC of a corpus had become one node "PAC"."""
    generic = tables().generic_acronyms
    _untag(doc, lambda e: len(e) == 1 and e.text in generic and e.start > 0
           and (doc[e.start - 1].is_lower or doc[e.start - 1].dep_ in ("det", "poss")))


def untag_currency_places(doc: Doc) -> None:
    """A country or a people written before a currency names the currency, not an actor:
    "a 239 mln Canadian dlr acquisition" is no acquisition by Canada, "the U.S. dollar rose"
    no act of the United States (``amount_words`` of clauses.yaml after the name)."""
    amounts = load_clause_rules().amount_words
    _untag(doc, lambda e: e.label_ in ("NORP", "GPE") and e.end < len(doc) and doc[e.end].lower_ in amounts
           and not doc[e.end].is_title)


def untag_lowercase_peoples(doc: Doc) -> None:
    """A people or party written in small letters is a word, not a name: "democratic
    legitimation", "the islamist fighters" name no party or people the model's NORP could join
    ("Democratic Party" by the alias tables)."""
    _untag(doc, lambda e: e.label_ == "NORP" and all(t.is_lower for t in e if t.is_alpha))


def untag_level_bodies(doc: Doc) -> None:
    """A body named after a word of a lower level of government in small letters is no
    nation's body: "the state Supreme Court" is one state's court, not the US Supreme Court
    that "Supreme Court" is elsewhere (``level_words``, ``level_bodies``). The entity goes;
    the phrase stays a description of its own."""
    t = tables()
    _untag(doc, lambda e: e.label_ in ("ORG", "GPE", "NORP", "FAC") and e.start > 0
           and doc[e.start - 1].text in t.level_words
           and any(w.lower_ in t.level_bodies for w in e))


def _unnamed_member(tok: Token) -> bool:
    if tok.tag_ not in ("NNP", "NN") or tok.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE or c.dep_ == "amod" for c in tok.children)


def join_prefixed_names(doc: Doc) -> None:
    """A name the model tagged after a hyphenated prefix (``name_prefixes``) is no mention of
    that name: "many ex-Muslims left" names the ex-Muslims (the whole word), "a pro-Tarn
    militia attacked" names no one (Tarn only qualifies the militia)."""
    prefixes = tables().name_prefixes
    ents = list(doc.ents)
    prefixed = [e for e in ents if e.start >= 2 and doc[e.start - 1].text in ("-", "‐")
                and not doc[e.start - 1].whitespace_ and not doc[e.start - 2].whitespace_
                and doc[e.start - 2].lower_ in prefixes]
    if not prefixed:
        return
    rest = [e for e in ents if e not in prefixed]
    doc.ents = rest
    _set_joined(doc, rest, [Span(doc, e.start - 2, e.end, label=e.label_) for e in prefixed
                            if e.root.dep_ not in ("compound", "amod", "nmod", "npadvmod")])


def trim_sentence_openers(doc: Doc) -> None:
    """A sentence's first word the model ran into a person's name loses it when the article
    writes the name without it: "Will Brett Tarrow be confirmed" (a question without its
    mark), "Enter Ana Lisk, the new envoy" beside "Brett Tarrow", "Ana Lisk"; a two-word name
    only when the word is an adverb (``opening_adverbs``: "First Tarrow opened the bridge") or
    a verb in its plain form ('"Make Tarrow go away"'). A quotation opens a sentence too."""
    ents, adverbs = list(doc.ents), tables().opening_adverbs
    trimmed = [Span(doc, e.start + 1, e.end, label=e.label_) for e in ents
               if e.label_ == "PERSON" and (len(e) >= 3 or len(e) == 2 and _opener(e[0], adverbs))
               and (e[0].is_sent_start or e.start > 0 and doc[e.start - 1].tag_ == "``") and _written_elsewhere(e[1:])]
    _set_joined(doc, ents, trimmed)


def _opener(word: Token, adverbs: frozenset[str]) -> bool:
    """Whether a word that opens a sentence is no first name of the two-word name it opens:
    an adverb ("First Tarrow opened ...") or a verb in its plain form ('"Make Trump go away"')."""
    return word.lower_ in adverbs or word.tag_ == "VB"


def _surname_tagged(name: Span) -> bool:
    """Whether the model tags the last word of ``name`` alone as a person elsewhere in the
    document ("Zelensky said" for "Volodymyr Zelensky", whose first name no table holds)."""
    last = name[-1].text
    return any(e.label_ == "PERSON" and len(e) == 1 and e.text == last for e in name.doc.ents
               if e.start != name.end - 1)


def _written_elsewhere(name: Span) -> bool:
    """Whether the document writes ``name`` (as a whole word run) outside the sentence it is in,
    as a name of its own: not the end of a longer one ("J. Tarrow" of "Patrick J. Tarrow"),
    a title before it allowed ("President Brett Tarrow")."""
    text, sent = name.doc.text, name.sent
    titles = tables().titles
    for found in re.finditer(rf"(?<!\w){re.escape(name.text)}(?!\w)", text):
        if sent.start_char <= found.start() < sent.end_char:
            continue
        before = text[max(0, found.start() - 40):found.start()].split()
        word = before[-1] if before else ""
        if word[:1].isupper() and word[-1:].isalpha() and word.lower() not in titles:
            continue  # part of a longer name (not after "Fiji," or "Mr.")
        return True
    return False


def trim_question_auxiliaries(doc: Doc) -> None:
    """A name the model began with the auxiliary of a question loses it: "Will Trump work
    with Democrats?" names Trump, not a "Will Trump"."""
    ents = list(doc.ents)
    auxiliaries = tables().question_auxiliaries
    trimmed = [Span(doc, e.start + 1, e.end, label=e.label_) for e in ents
               if len(e) > 1 and e[0].is_sent_start and (e[0].pos_ == "AUX" or e[0].tag_ == "MD"
                                                        or e[0].lower_ in auxiliaries)
               and e.sent[-1].text == "?"]
    _set_joined(doc, ents, trimmed)


def cut_open_brackets(doc: Doc) -> None:
    """A name the model ran into an opening bracket ends before it: "the Presidential
    Commission on Good Government (PCGG" is the commission; its acronym in brackets is an
    alias the aliases step reads, not a word of its name."""
    ents = list(doc.ents)
    cut = []
    for e in ents:
        opening = next((t.i for t in e if t.text == "("), None)
        if opening is not None and opening > e.start and not any(t.text == ")" for t in doc[opening:e.end]):
            cut.append(Span(doc, e.start, opening, label=e.label_))
    _set_joined(doc, ents, cut)


_TRAILING_WORDS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})


def cut_trailing_function_words(doc: Doc) -> None:
    """A name the model ran into the small word after it ends before that word: "a professor
    of Economics at Boston University" tags "Economics at"; no name ends in a preposition,
    a conjunction or an article written in small letters. A word a hyphen joins to the name
    is no such word: "an" of "Chiang Wan-an" stays."""
    ents = list(doc.ents)
    cut = []
    for e in ents:
        end = e.end
        while end - 1 > e.start and doc[end - 1].is_lower and doc[end - 1].pos_ in _TRAILING_WORDS \
                and doc[end - 2].whitespace_:
            end -= 1
        if end < e.end:
            cut.append(Span(doc, e.start, end, label=e.label_))
    _set_joined(doc, ents, cut)


def cut_at_verbs(doc: Doc) -> None:
    """A person's name the model ran into the clause after it ends before its verb:
    "Professor Tom Orr stepped down from his role on the board" is Professor Tom Orr. No
    name holds a verb written in small letters (a band's "Rolling" is capitalised)."""
    ents = list(doc.ents)
    cut, clauses = [], []
    for e in ents:
        verb = next((t.i for t in e[1:] if t.pos_ in ("VERB", "AUX") and t.is_lower and t.is_alpha), None)
        if e.label_ == "PERSON" and verb is not None:
            cut.append(Span(doc, e.start, verb, label=e.label_))
        elif verb is not None and _clause_verb(doc[verb], e):
            clauses.append(e)  # "Mundalo implored Roots party": a clause, no work's title
    if clauses:
        ents = doc.ents = [e for e in ents if e not in clauses]
    _set_joined(doc, list(ents), cut)


def _clause_verb(verb: Token, ent: Span) -> bool:
    """Whether ``verb`` is the verb of a clause whose subject the name holds too."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and ent.start <= c.i < ent.end for c in verb.children)


def join_topic_names(doc: Doc) -> None:
    """An organisation named for its topics that the model ended before "and" takes the
    capitalised words after it: "Ghantoot Centre for Consulting" + "and Training" is one
    name. Only when the entity already holds "for" or "on" and the words after "and" are no
    organisation or place of their own ("the Centre for Trade and Ulm Bank" stays two)."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        end = _topic_tail(doc, ent)
        if end > ent.end:
            joined.append(Span(doc, ent.start, end, label="ORG"))
    _set_joined(doc, ents, joined)


def join_purpose_names(doc: Doc) -> None:
    """An organisation named for its purpose that the model ended before "for" takes the
    capitalised words after it: "Foundation" + "for Brezna Veterans" is one name, never the
    "Foundation" of another foundation the article names ("Tom Vell Foundation"). Only after
    a word that names a kind of body (``generic_org_words``: foundation, institute, council
    ...)."""
    generic = tables().generic_org_words
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        if ent.label_ != "ORG" or ent[-1].lower_ not in generic or ent.end + 1 >= len(doc) \
                or doc[ent.end].lower_ != "for":
            continue
        end = ent.end + 1
        while end < len(doc) and not doc[end].is_sent_start and (
                doc[end].is_title or doc[end].lower_ in ("and", "of", "the") and end + 1 < len(doc)
                and doc[end + 1].is_title):
            end += 1
        if end > ent.end + 1 and doc[end - 1].is_title:
            joined.append(Span(doc, ent.start, end, label="ORG"))
    _set_joined(doc, ents, joined)


def _topic_tail(doc: Doc, ent: Span) -> int:
    """Where ``ent`` ends with its untagged "and Training" tail, or its own end."""
    if ent.label_ != "ORG" or not any(t.lower_ in _TOPIC_PREPOSITIONS for t in ent[1:-1]):
        return ent.end
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in _CONJUNCTIONS:
        return ent.end
    end = ent.end + 1
    while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start and _untagged_word(doc, end):
        end += 1
    return end if end > ent.end + 1 else ent.end


def _untagged_word(doc: Doc, i: int) -> bool:
    """No entity of its own: untagged, or a lone word the model took for a name or a people
    ("and Training" tagged PERSON), never an organisation or a place."""
    tok = doc[i]
    if tok.ent_iob_ == "O":
        return True
    alone = tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
    return alone and tok.ent_type_ not in ("ORG", "GPE", "LOC", "FAC")


def is_score(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a score between two names ("Flyers 6 Capitals 4", "Oilers 2
    Flames 1"): a short number after a capitalised word and before one."""
    tok = doc[i]
    return (0 < i < len(doc) - 1 and tok.is_digit and len(tok) <= 3
            and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
            and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper())


def cut_scores(doc: Doc) -> None:
    """End a name at a score inside it or after it: the model reads a results line "Oilers 2
    Flames 1" as one team, and "beat the Western League 7-2" as a league called "Western
    League 7-2"; the name is the words before the score."""
    ents = list(doc.ents)
    cut = [Span(doc, e.start, i, label=e.label_) for e in ents
           if (i := next((i for i in range(e.start + 1, e.end - 1) if is_score(doc, i)), None)
               or _trailing_score(doc, e)) is not None]
    _set_joined(doc, ents, cut)


def _trailing_score(doc: Doc, ent: Span) -> int | None:
    """Where a final score ("5-3", "35-10") starts inside a name, after a word of it; or None."""
    end = ent.end
    if end - ent.start >= 2 and re.fullmatch(r"\d{1,3}[-–]\d{1,3}", doc[end - 1].text):
        return end - 1
    if end - ent.start >= 4 and doc[end - 1].is_digit and doc[end - 2].text in ("-", "–") \
            and doc[end - 3].is_digit and len(doc[end - 1]) <= 3 and len(doc[end - 3]) <= 3:
        return end - 3
    if (end - ent.start >= 2 and doc[end - 1].is_digit and len(doc[end - 1]) <= 3 and end + 1 < len(doc)
            and doc[end].text in ("-", "–", "—") and doc[end + 1].is_digit):
        return end - 1  # "putting Sweden 1 – 0 up": the score runs on past the name
    return None


def untag_shared_surname_firsts(doc: Doc) -> None:
    """Untag a lone first name that shares the surname after it: "Daniel" of "Daniel and
    Henrik Sedin" is Daniel Sedin, never the article's Daniel Alfredsson by his first name
    (the model tags "Daniel" alone, and a name of one word joins the person it begins). Only a
    word that begins another person's name and ends none: "Price" of "Price and James
    Coppinger" after "Lee Price" is Lee Price."""
    ents = list(doc.ents)
    if not ents:
        return  # a text that names no one: nothing to untag (and no pairs to zip)
    people = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    firsts = {e[0].lower_ for e in people}
    lasts = {e[-1].lower_ for e in people}
    kept = [e for e, after in zip(ents, [*ents[1:], None], strict=True) if not (
        after is not None and len(e) == 1 and e.label_ in ("PERSON", "ORG") and is_first_name(e.text)
        and e.end + 1 == after.start and doc[e.end].lower_ in ("and", "&") and after.label_ == "PERSON"
        and len(after) >= 2 and is_first_name(after[0].text)
        and e[0].lower_ in firsts - lasts)]  # "Price and James Coppinger" after "Lee Price": a surname
    if len(kept) < len(ents):
        doc.ents = kept


def cut_leading_bodies(doc: Doc) -> None:
    """A person's name the model ran on from an organisation before it loses it: "Oilers Rick
    Nash" (a headline glued to the lead, "double up Oilers" + "Rick Nash scored") is Rick
    Nash (a PERSON, whatever type the model gave the run) when "Oilers" is an organisation or a
    place elsewhere in the article and "Rick" a first name; so too a place after a title
    ("governor Tessaly Dan Vellek" is Dan Vellek)."""
    ents = list(doc.ents)
    bodies = {e.text for e in ents if len(e) == 1 and e.label_ in ("ORG", "GPE", "NORP")}
    places = {e.text for e in ents if len(e) == 1 and e.label_ in ("GPE", "LOC", "NORP")}
    cut, titled = [], []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "FAC", "GPE") or len(e) < 3 or is_first_name(e[0].text) \
                or not is_first_name(e[1].text) or not all(t.text[:1].isupper() for t in e[1:]):
            continue
        if _place_of_title(e, places):
            titled.append(Span(doc, e.start, e.start + 1, label="GPE"))
        elif e[0].text not in bodies:
            continue
        cut.append(Span(doc, e.start + 1, e.end, label="PERSON"))
    _set_joined(doc, ents, cut + titled)


def cut_constituencies(doc: Doc) -> None:
    """A seat's constituency the model ran into its chamber's name: "Member of Parliament for
    Kestford South" tags "Parliament for Kestford South" one organisation, so the article's
    "Parliament" joined a body named after a constituency. The chamber (``constituency_chambers``
    of names.yaml) and the place are two names."""
    chambers = tables().constituency_chambers
    ents, cut = list(doc.ents), []
    for e in ents:
        k = next((i for i in range(1, len(e) - 1) if e[i].lower_ == "for" and e[i - 1].lower_ in chambers), None)
        if e.label_ != "ORG" or k is None or not all(t.text[:1].isupper() for t in e[k + 1:]):
            continue
        cut += [Span(doc, e.start, e.start + k, label="ORG"), Span(doc, e.start + k + 1, e.end, label="GPE")]
    _set_joined(doc, ents, cut)


def _place_of_title(ent: Span, places: set[str]) -> bool:
    """Whether a person's name opens with the place of the title written before it: "former
    governor Tessaly Dan Vellek", "High Commissioner to Malaysia Ana Vell" (the place of the
    office, no part of the name; a place the article tags elsewhere, a country or a city)."""
    word, doc = ent[0].text, ent.doc
    before = ent.start - 1
    if before > 0 and doc[before].lower_ == "to":  # "High Commissioner to Malaysia Ana Vell"
        before -= 1
    return ent.label_ in ("PERSON", "ORG") and before >= 0 and is_title_word(doc[before].text) \
        and not is_title_word(word) and is_known_place(word, places)


def cut_trailing_titles(doc: Doc) -> None:
    """An organisation's name the model ran on into the title of the person named right after
    it loses the title: "Huskies Coach" + "Tyrone Willingham" names the Huskies, whose coach he
    is; no actor is called "Huskies Coach". Only capitalised title words (``titles`` of
    data/names.yaml) and only when a word that is no title is left ("Senate Majority Leader"
    stays)."""
    ents = list(doc.ents)
    titles = tables().titles
    cut = []
    for a, b in zip(ents, ents[1:], strict=False):
        if a.label_ == "PERSON" or b.label_ != "PERSON" or b.start != a.end:
            continue
        end = a.end
        while end > a.start and doc[end - 1].is_title and doc[end - 1].lower_ in titles:
            end -= 1
        if a.start < end < a.end and doc[end - 1].lower_ not in titles:
            cut.append(Span(doc, a.start, end, label=a.label_))
    _set_joined(doc, ents, cut)


def cut_title_fields(doc: Doc) -> None:
    """A place's name the model ran on into the field of the title after it loses the field:
    "Vermont Insurance" + "Commissioner Ana Vell" is Vermont's insurance commissioner, no
    company called "Vermont Insurance". An organisation's entity of a known place and a
    capitalised field word (``qualifiers`` of roles.yaml: "Labor", "Health"; or a portfolio's
    words: "External Affairs"), right before a title word, becomes the place, typed GPE (a
    people's word alone, NORP: "Vellian External Affairs Minister X"); not before an adviser's or an expert's title
    (``field_roles``), where a place is the field ("Vellia Technical Advisor X")."""
    ents = list(doc.ents)
    roles = shipped_roles()
    cut = []
    for ent in ents:
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].is_title and (
                doc[end - 1].lower_ in roles.qualifiers
                or end < ent.end and doc[end].lower_ in roles.portfolio_heads):  # "External" of "External Affairs"
            end -= 1
        title = doc[ent.end] if ent.end < len(doc) else None
        if not (ent.label_ == "ORG" and end < ent.end and title is not None and is_title_word(title.text)
                and title.is_title and title.lower_ not in roles.field_roles):
            continue
        if is_known_place(doc[ent.start:end].text):
            cut.append(Span(doc, ent.start, end, label="GPE"))
        elif end == ent.start + 1 and demonym_country(doc[ent.start].text):
            cut.append(Span(doc, ent.start, end, label="NORP"))  # "Vellian External Affairs Minister X"
    _set_joined(doc, ents, cut)


def cut_possessed_titles(doc: Doc) -> None:
    """A title the model tagged as an organisation after an owner's "'s" ("Vell Air's Group
    Head of Operations", "Orlen Bank's Chief Executive", in one entity or two) names no
    organisation: it is a person's title, whose name the sentence gives. The owner keeps its
    name. The title's head noun (before its "of", else its last word) is a person's
    description of coref.yaml or a person noun of clauses.yaml."""
    heads = _title_heads()
    ents = list(doc.ents)
    found = {(e.start, e.end): owned for e in ents if (owned := _possessed_title(e, heads)) is not None}
    if not found:
        return
    _set_joined(doc, ents, [Span(doc, e.start, found[e.start, e.end], label=e.label_) for e in ents
                            if found.get((e.start, e.end), e.start) > e.start])
    _untag(doc, lambda e: found.get((e.start, e.end)) == e.start)


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The nouns that head a person's title: the person descriptions of coref.yaml and the
    person nouns of clauses.yaml, joined once."""
    return coref_tables().person_nouns | load_clause_rules().person_nouns


def _possessed_title(ent: Span, people: frozenset[str]) -> int | None:
    """Where the owner's "'s" before a person's title is in or before ``ent`` (its index; the
    entity's start when the "'s" ends the word before it), or None: no title after an "'s"."""
    doc = ent.doc
    if ent.label_ == "PERSON":
        return None
    owned = next((t.i for t in ent[:-1] if t.tag_ == "POS"), None)
    if owned is None and (ent.start == 0 or doc[ent.start - 1].tag_ != "POS"):
        return None
    title = doc[ent.start if owned is None else owned + 1:ent.end]
    of = next((t.i for t in title if t.lower_ == "of"), ent.end)
    if of == title.start or doc[of - 1].lower_ not in people:
        return None
    return ent.start if owned is None else owned


def cut_leading_nouns(doc: Doc) -> None:
    """A person's or organisation's name the model ran on from the common words before it loses
    them: "Left-arm spinner Dawar Kell", "Orlen police inspector Tarn", "the London-based
    Observatory" name Dawar Kell, Tarn and the Observatory. Such a name has no lower-case noun,
    adjective or verb of three letters or more before its last capitalised words (a particle as
    "bin", "al" or the "e" of "Jamaat-e-Vell" is no such word)."""
    ents = list(doc.ents)
    particles = tables().name_particles | tables().articles
    cut = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG") or len(e) < 2:
            continue
        last = max((t.i for t in e[:-1] if t.is_lower and t.is_alpha and len(t) > 2 and t.pos_ in _COMMON_POS
                    and t.lower_ not in particles), default=None)
        if last is not None and all(t.text[:1].isupper() or t.lower_ in particles or t.is_punct
                                    for t in doc[last + 1:e.end]) and doc[last + 1].text[:1].isupper():
            cut.append(Span(doc, last + 1, e.end, label=e.label_))
    _set_joined(doc, ents, cut)


def tag_demonyms(doc: Doc) -> None:
    """Type NORP a capitalised demonym the model left untagged before a common noun or a
    title ("Omani oil minister Said Nasser", "a Qatari official"; the demonyms of
    data/demonyms.yaml): the role is the country's, as "Kuwaiti oil minister" is when tagged.
    A demonym before another capitalised word ("Omani Airlines") may start a name: left."""
    added = [Span(doc, i, i + 1, label="NORP") for i in token_indices(doc, LOWER, *_demonym_ids())
             if doc[i].ent_iob_ == "O" and doc[i].text[:1].isupper() and doc[i].pos_ in ("ADJ", "PROPN")
             and i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].is_alpha]
    _set_joined(doc, list(doc.ents), added)


def join_national_institutions(doc: Doc) -> None:
    """A people's word the model tagged apart before its country's institution is the
    institution's name: "Chinese" + "Foreign Ministry" is the Chinese Foreign Ministry (the key
    of "China's Foreign Ministry"), never the bare "Foreign Ministry" every country has, which
    joined another country's ministry named in the article. The body is one of
    ``national_institutions`` of coref.yaml, or of more words ending in one of
    ``national_body_heads`` ("Vellian Tourism Department")."""
    tables_ = coref_tables()
    ents = list(doc.ents)
    starts = {e.start: e for e in ents}
    joined = []
    for people in ents:
        body = starts.get(people.end)
        if people.label_ != "NORP" or len(people) != 1 or body is None or body.label_ != "ORG" \
                or not people[0].whitespace_ or not demonym_country(people.text):
            continue
        if tables_.national_body(canonical_key(body.text)):
            joined.append(Span(doc, people.start, body.end, label="ORG"))
    _set_joined(doc, ents, joined)


def tag_countries(doc: Doc) -> None:
    """Type GPE a country's name the model left untagged ("Tuvalu is hosting the games";
    ``countries`` of data/coref.yaml), written with capitals ("US", not "us"), when it is no
    word of a longer name ("Tuvalu Netball", "Orlen Bank of Tuvalu")."""
    by_first, ids = _country_words()
    added = []
    for i in token_indices(doc, LOWER, *ids):
        for words in by_first[doc[i].lower_]:
            end = i + len(words)
            if end <= len(doc) and _untagged_country(doc, i, end, words):
                added.append(Span(doc, i, end, label="GPE"))
                break
    _set_joined(doc, list(doc.ents), added)


def _untagged_country(doc: Doc, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``doc[start:end]`` writes the country of ``words`` alone, untagged."""
    span = doc[start:end]
    if tuple(t.lower_ for t in span) != words or any(t.ent_iob_ != "O" for t in span):
        return False
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the") for t in span):
        return False
    if len(span) == 1 and len(span.text) <= 3 and not span.text.isupper():
        return False  # "us"
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False  # "Tuvalu Netball"
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].text[:1].isupper():
        return False  # "Orlen Bank of Tuvalu"
    return not (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                and not before.is_sent_start)


@lru_cache(maxsize=1)
def _country_words() -> tuple[dict[str, list[tuple[str, ...]]], tuple[int, ...]]:
    """The countries by first word, longest first, and the string ids of those first words."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for country in coref_tables().countries:
        words = tuple(country.split())
        by_first[words[0]].append(words)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    return dict(by_first), tuple(get_string_id(w) for w in by_first)


def cut_leading_demonyms(doc: Doc) -> None:
    """A people's name the model ran into a person's name goes out of it: "Canadians Ada Vell,
    41," is the person "Ada Vell" (typed ORG by the model when a known first name follows the
    demonym), the demonym a NORP of its own. "American Airlines" stays whole."""
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        if len(ent) < 3 or not ent[1].is_title or not demonym_country(ent[0].text):
            continue
        if ent.label_ == "PERSON" or ent.label_ == "ORG" and is_first_name(ent[1].text):
            ents[i] = Span(doc, ent.start + 1, ent.end, label="PERSON")
            ents.append(Span(doc, ent.start, ent.start + 1, label="NORP"))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


@lru_cache(maxsize=1)
def _demonym_ids() -> tuple[int, ...]:
    """The string ids of the demonyms (data/demonyms.yaml), to find them in a LOWER column."""
    return tuple(get_string_id(w) for w in tables().demonyms)


def split_person_of_country(doc: Doc) -> None:
    """Split a person's name and the country the model ran into one entity.

    "Dan Orr beat Jon Tarrick of England": the model types "Jon Tarrick of England" one
    name, at times an ORG (sports and wire copy name players and envoys so). A name that opens
    with a first name, then "of" and a country, is the person (PERSON) from that country (GPE);
    so with a known city or state: "readers like Tom Orr of Ocala, Fla." (a reader's home town).
    """
    countries = coref_tables().countries
    split = []
    for ent in doc.ents:
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if ent.label_ not in ("ORG", "PERSON", "FAC") or of is None or not 2 <= of - ent.start <= 3:
            continue
        person, country = doc[ent.start : of], doc[of + 1 : ent.end]
        if ((country.text.lower() in countries or is_known_place(country.text))
                and is_first_name(person[0].text)
                and all(t.is_title and not is_title_word(t.text) for t in person)):
            split += [Span(doc, person.start, person.end, label="PERSON"),
                      Span(doc, country.start, country.end, label="GPE")]
    _set_joined(doc, list(doc.ents), split)


def split_country_before_person(doc: Doc) -> None:
    """Split a country's name and the person's name the model ran into one name after "of"
    or a title: "President of Kestria Ana Vell Orr" is the country (GPE) and the person
    (PERSON), never an organisation "Kestria Ana Vell Orr". The person's part opens with a
    first name, or the article writes it alone elsewhere (or its last word as a person), and has
    two to four capitalised words
    ("Jose Vell-Orr": a hyphen joins two). An untagged name after such a title's place or
    portfolio is tagged a person (:func:`_untagged_titled_names`)."""
    countries = coref_tables().countries
    split = []
    for ent in doc.ents:
        cut = _country_prefix_end(doc, ent, countries)
        if cut is not None:
            split += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
    _set_joined(doc, list(doc.ents), split)
    _set_joined(doc, list(doc.ents), _untagged_titled_names(doc))


_OF = get_string_id("of")


def _untagged_titled_names(doc: Doc) -> list[Span]:
    """The untagged names after a title's place or portfolio ("Prime Minister of Kestria Ana
    Vell", "Secretary of State Ana Vell"): after a capitalised title and "of", capitalised
    words (no person's) and then two to four untagged capitalised proper nouns opening with
    a first name, up to the first word that is no such noun."""
    found = []
    for i in token_indices(doc, LOWER, _OF):
        if i == 0 or not (doc[i - 1].is_title and is_title_word(doc[i - 1].text)):
            continue
        start = next((j for j in range(i + 2, min(i + 6, len(doc)))
                      if doc[j].ent_iob_ == "O" and is_first_name(doc[j].text)
                      or not doc[j].is_title or doc[j].ent_type_ == "PERSON"), None)
        if start is None or doc[start].ent_iob_ != "O" or not is_first_name(doc[start].text):
            continue
        end = start
        while end < len(doc) and end - start < 4 and doc[end].ent_iob_ == "O" \
                and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end - start >= 2 and (end == len(doc) or not doc[end].is_title):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _country_prefix_end(doc: Doc, ent: Span, countries: frozenset[str]) -> int | None:
    """Where the country that opens ``ent`` ends, when a person's name follows it in the same
    entity and "of" or a title stands before it; else None."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP") or before is None or not (
            before.lower_ == "of" or is_title_word(before.text)):
        return None
    titled = before.lower_ == "of" and ent.start >= 2 and is_title_word(doc[ent.start - 2].text)
    for cut in range(ent.end - 2, ent.start, -1):
        person = doc[cut:ent.end]
        words = [t for t in person if t.text != "-"]  # "Ramos-Horta" is one word of the name
        if (canonical_key(doc[ent.start:cut].text) in countries and 2 <= len(words) <= 4
                and (is_first_name(person[0].text) or _written_elsewhere(person) or _surname_tagged(person)
                     or titled and len(words) <= 3)  # "the Prime Minister of Kestria Manoa Tarrevu"
                and all(t.text[:1].isupper() for t in words) and not _body_words(words)):
            return cut
    return None


def _body_words(words: list[Token]) -> bool:
    """Whether words name a body, no person: a word of an institution or a company ("News
    International", "Publishing Company Limited": ``person_blockers``, ``plain_org_words``)."""
    blockers = tables().person_blockers
    return any(t.lower_ in blockers or t.lower_ in plain_org_words() for t in words) \
        or has_org_suffix(" ".join(t.text for t in words))


def fix_entities(doc: Doc) -> None:
    """The model's entities mended before extraction, in order: a plural common noun typed a
    person untagged, a name after a hyphenated prefix ("ex-Muslims", "pro-Tarn") made the
    whole word or untagged, a question's auxiliary or a sentence's first word run into a name the
    article writes without it cut
    off, a person's name cut after a capitalised "The" inside it and before a verb run into
    it ("Professor Tom Orr stepped down ..."), a name cut at an opening
    bracket or a score, a place cut at "of" or a hyphen
    ("Port" + "of Spain") joined, places after "the town of", legal forms, a public body's name
    that pairs two fields with "and" ("the Vellia Peace and Relief Fund"),
    two one-word names with a verb in the singular, a name written twice about "and", names
    cut at "of" or before "and Training", a name its bracketed acronym spells, an
    organisation's national branch ("Amnesty International UK", "Kestford Motors (KM)
    Vanuatu") or body ("UN Security Council"), a person's name cut before its last word
    ("Amadou Toumani Toure") or at a hyphen ("Moon Jae-in"), a list tagged as one name
    ("Zoom, Hangouts, Google Duo") split into its items, names tagged
    once tagged where written again, a body's name cut before "for Brezna Veterans" joined,
    untagged demonyms and countries, a demonym cut from the person's name
    after it, one unnamed member of a people or party ("a Democrat") untagged, a
    body after a lower level's word ("the state Supreme Court") and a people in small letters
    untagged, a first name
    that shares the surname after it untagged, a person's name cut
    from the organisation run into it, the common words before a person's name ("police
    inspector Tarn") cut off, a title cut off the organisation before a person's
    name or after its "'s" ("Vell Air's Chief Executive"), then a country run into a person's
    name ("Jon Tarrick of England", "President of Kestria Ana Vell"), a place's name run into the
    portfolio of a title after it ("Vermont Labor" + "Commissioner"), a place before a currency
    untagged ("Canadian dlr"), an acronym used as a common noun untagged ("his own super PAC"), a
    name run into the small
    word after it cut before it ("Economics at"), a place with a year after it joined into one
    event ("Tokyo 2020"), and last an illness's
    name untagged ("COVID-19", whatever step cut it from a longer name). A demonym used as a
    language is typed LANGUAGE."""
    for step in (untag_plural_nouns, join_prefixed_names, trim_question_auxiliaries,
                 trim_sentence_openers, cut_at_inner_article, cut_open_brackets, cut_at_verbs,
                 cut_scores, join_maker_products, join_acronym_heads, retype_figures, retype_places,
                 join_place_names, retype_languages, retype_quoted_works,
                 join_legal_forms, join_trade_words, join_coordinated_bodies, join_singular_pairs,
                 join_repeated_names, join_of_names,
                 join_topic_names,
                 join_stated_acronyms, join_national_branches, join_body_names, join_name_heads,
                 join_hyphenated_names, join_particle_names,
                 split_listed_names,
                 tag_repeated_names, tag_first_and_surname, untag_determined_names, join_purpose_names,
                 tag_demonyms, tag_countries, join_national_institutions, cut_leading_demonyms,
                 untag_unnamed_members, untag_level_bodies,
                 untag_currency_places, untag_generic_acronyms,
                 untag_lowercase_peoples, untag_shared_surname_firsts,
                 cut_leading_bodies, cut_leading_nouns, cut_trailing_titles, cut_title_fields, cut_possessed_titles,
                 cut_constituencies, cut_trailing_function_words,
                 split_person_of_country,
                 split_country_before_person, join_place_years, join_numbered_names, untag_diseases):
        step(doc)


def _name_word(token) -> bool:
    """A capitalised proper-noun word, alone or in a one-word entity: part of the next name
    (not a people's name: "Canadians James Loney" is the person James Loney)."""
    return (token.pos_ == "PROPN" and token.is_title and not token.is_sent_start and token.dep_ != "prep"
            and token.ent_type_ not in PLACE_TYPES and token.ent_type_ != "DATE" and token.ent_iob_ != "I"
            and not demonym_country(token.text))


def _shared_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A first name written alone before "and" and another person's full name shares that
    surname: "Bruce and Irene Tarrant" names Bruce Tarrant, as "Bill and Ana Vell" names
    Bill Vell. The mention keeps its place; its name is the full one."""
    people = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    out = []
    for m in mentions:
        full = _surname_after(doc, people, m) if m.label == "PERSON" and " " not in m.text else None
        out.append(replace(m, text=full) if full else m)
    return out


def _surname_after(doc: Doc, people: dict[int, Span], m: Mention) -> str | None:
    """The full name "Bruce Tarrant" of the mention "Bruce" in "Bruce and Irene Tarrant"."""
    first = doc.char_span(m.start_char, m.end_char)
    if first is None or len(first) != 1 or not is_first_name(first.text) or first.end + 2 >= len(doc):
        return None
    if doc[first.end].lower_ != "and":
        return None
    other = people.get(first.end + 1)
    if other is None or len(other) < 2 or not is_first_name(other[0].text) or not other[-1].text[:1].isupper():
        return None
    return f"{first.text} {other[1:].text}"


def _titled(m: Mention) -> Mention:
    """A name after a title ("Mr Blair", "Lord Butler") typed PERSON whatever the model said."""
    if (m.label in _TITLED_AS or m.kind == "chunk" and m.label == "CONCEPT") and titled_person(m.text):
        return replace(m, label="PERSON")
    return m


def _sent_index(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _add(found: dict[tuple[int, int], Mention], m: Mention) -> None:
    found.setdefault(m.key, m)


def collect_mentions(doc: Doc, doc_id: str, triples: Iterable[RawTriple], *,
                     coref: bool = True, title: str | None = None) -> list[Mention]:
    """All mentions of ``doc``, one per (start_char, end_char), in document order.

    Triple arguments come first and are kept as they are (except that an argument which is a
    definite description such as "the group" gets kind ``description``, unless it is the type
    of an ``is_a``, which refers to no one); then named entities,
    third-person pronouns and definite descriptions. With ``coref`` pronouns and descriptions
    get the position of a compatible earlier named mention as ``antecedent``. ``title`` is the
    document's headline when it is not part of ``doc`` (its names are the most salient).
    """
    sent_of = _sent_index(doc)
    found: dict[tuple[int, int], Mention] = {}
    types: set[tuple[int, int]] = set()  # "is_a mayor": a type, never the mayor someone is
    for t in triples:
        _add(found, t.subject)
        _add(found, t.object)
        if t.predicate == "is_a":
            types.add((t.object.start_char, t.object.end_char))
    spans = [(ent, clean_entity(ent)) for ent in doc.ents if ent.label_ not in VALUE_TYPES]
    spans = [(ent, span) for ent, span in spans if span is not None]
    bounds = [(span.start, span.end) for _, span in spans]
    for ent, span in spans:
        start, end = span.start, span.end
        if any(o_start <= start and end <= o_end and o_end - o_start > end - start
               for o_start, o_end in bounds):
            continue  # swallowed by a neighbour ("Kaitab" of "Kaitab Hezbollah")
        _add(found, Mention(doc_id, sent_of[span.start], span.start_char, span.end_char, span.text,
                            ent.label_, "entity", span.root.text))
    for tok in find_pronouns(doc):
        _add(found, Mention(doc_id, sent_of[tok.i], tok.idx, tok.idx + len(tok.text), tok.text,
                            "PRON", "pronoun", tok.text))
    for span, _types, inner in find_descriptions(doc):
        key = (span.start_char, span.end_char)
        if key in types:
            continue  # "Tom Kerr, the mayor of Tarrow": is_a "mayor" is no reference to Tom Kerr
        ante = None
        if inner is not None and coref:
            inner_span = clean_entity(inner)
            ante = (inner_span.start_char, inner_span.end_char) if inner_span is not None else None
        old = found.get(key)
        if old is None:
            found[key] = Mention(doc_id, sent_of[span.start], key[0], key[1], span.text, "CONCEPT",
                                 "description", span.root.text, ante)
        elif old.kind == "chunk":
            found[key] = replace(old, kind="description", antecedent=ante)
    mentions = sorted((_titled(m) for m in found.values()), key=lambda m: (m.start_char, m.end_char))
    mentions = _shared_surnames(doc, mentions)
    if coref:
        mentions = _repeated_descriptions(doc, resolve_coreference(doc, mentions, title=title))
    return mentions


#: Sentences back that a bare description ("the law") looks for the fuller phrase it repeats.
_REPEAT_WINDOW = 6


def _repeated_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bare definite description that repeats an earlier, fuller phrase of the same head
    refers to it: "Alabama's strict new immigration law ... The law targets employers" ->
    the law's antecedent is the earlier phrase (one concept, named by its fuller form).
    Only a lone noun after "the"/"this"/"that"/"these"/"those", not a name, a pronoun or a
    description of an actor ("the group" goes to coreference); generic heads
    (``unrepeated_heads`` in data/coref.yaml: "the world", "the year") never, nor after a
    name written with that word ("the Orvane film ... Vellco's film “Tarn” ... The film").
    """
    generic = coref_tables().unrepeated_heads
    latest: dict[str, Mention] = {}  # head -> the latest fuller phrase with it
    out = []
    for m in mentions:
        head = m.head.lower()
        bare = fuller = False
        if m.kind == "chunk" and m.label == "CONCEPT" and m.antecedent is None:
            bare = " " not in m.text.strip() and head not in generic and _after_definite(doc, m)
            fuller = not bare and len(m.text.split()) > 1 and m.text.split()[-1].lower() == head
        if bare:
            ante = latest.get(head)
            if ante is not None and m.sent_index - ante.sent_index <= _REPEAT_WINDOW:
                m = replace(m, antecedent=ante.key)
        elif fuller:
            latest[head] = m
        elif m.kind == "entity":  # a named one of that kind ("Vellco's film “Tarnio”"): maybe it
            for word in {w.lower() for w in m.text.split()} & latest.keys():
                del latest[word]
        out.append(m)
    return out


def _after_definite(doc: Doc, m: Mention) -> bool:
    """Whether the word before the mention is a definite determiner ("the law")."""
    span = doc.char_span(m.start_char, m.end_char)
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _DEFINITE
