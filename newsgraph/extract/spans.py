"""Turning parse spans into argument mentions: shared by every extractor.

An argument is the subtree of its head token, cut where the parser attached material
that is not part of the mention itself (relative clauses, appositions, coordinated
conjuncts that are extracted on their own), with edge punctuation trimmed. The
``mention`` flavour also drops participle clauses and prepositional phrases other than
"of" ("bases in Iraq" -> "bases", "the leader of the group" stays whole), which is what a
graph node should be named after; the ``full`` flavour keeps them, which is what an
OpenIE argument should be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.labels import SUM_TYPES
from newsgraph.model import Mention
from newsgraph.names import MARK_PAIRS, NICKNAME, acronym_key, is_acronym, is_title_word, tables

__all__ = [
    "Columns",
    "initials_expansion",
    "name_word",
    "spelled_by_acronym",
    "spelled_title",
    "names_a_title",
    "age_after",
    "nicknamed",
    "person_evidence",
    "columns",
    "in_quote",
    "of_objects",
    "token_indices",
    "trim_span",
    "span_label",
    "make_mention",
    "arg_bounds",
    "on_screen",
    "speaks_of",
    "reaches",
    "UNMARKED_APPOSITIONS",
]

UNMARKED_APPOSITIONS = "newsgraph_unmarked_appositions"
"""``doc.user_data`` key: the tokens the parse fixes made appositions though no comma sets
them off ("Governor of Texas Greg Abbott"), which the role extractors read as set off."""


def on_screen(doc: Doc) -> bool:
    """Whether the document speaks of films, series or plays (``screen_words`` of
    data/names.yaml, one word or two): there a person's full name in brackets after a part
    ("his wife (Robin Orlen)", "Pedro Vell Jr. (Dan Orlen)") names the player, not the part."""
    return speaks_of(doc, tables().screen_words, "newsgraph_on_screen")


def speaks_of(doc: Doc, words: frozenset[str], key: str) -> bool:
    """Whether the document writes one of ``words`` (lower case, one word or two), read once
    per document and ``key`` (kept in ``doc.user_data``): a page about films (:func:`on_screen`),
    sports copy (coreference's ``team_cues``)."""
    if key not in doc.user_data:
        lowers = [t.lower_ for t in doc]
        doc.user_data[key] = any(w in words for w in lowers) or any(
            f"{a} {b}" in words for a, b in zip(lowers, lowers[1:], strict=False))
    return doc.user_data[key]


def token_indices(doc: Doc, attr: int, *values: int) -> list[int]:
    """Indices, in document order, of the tokens whose ``attr`` (LOWER, POS, ORTH ...) is one
    of ``values``, read from the document's attribute array rather than by making a Token
    object of every word."""
    if not len(doc):
        return []
    column = doc.to_array(attr)
    hits = column == values[0]
    for value in values[1:]:
        hits |= column == value
    return [int(i) for i in hits.nonzero()[0]]


class Columns(NamedTuple):
    """Integer ids of every token's POS, DEP, LOWER and ORTH, and the index of its head, as
    plain lists by token index."""

    pos: list[int]
    dep: list[int]
    lower: list[int]
    orth: list[int]
    head: list[int]


_COLUMNS = "newsgraph_columns"


def columns(doc: Doc) -> Columns:
    """The :class:`Columns` of ``doc``, read from its attribute array once and kept with it.

    Rules that look at every token of a sentence test these integers first and make a
    Token object only of the few that pass (``doc[i]`` costs more than the rule's test).
    Only attributes extraction never changes are here (not lemmas, not entity types).
    """
    cached = doc.user_data.get(_COLUMNS)
    if cached is None or len(cached.pos) != len(doc):
        if len(doc):
            array = doc.to_array([POS, DEP, LOWER, ORTH, HEAD])
            offsets = array[:, 4].view("int64")  # HEAD is the head's offset, stored unsigned
            heads = (offsets + numpy.arange(len(doc), dtype="int64")).tolist()
            cached = Columns(*(array[:, k].tolist() for k in range(4)), heads)
        else:
            cached = Columns([], [], [], [], [])
        doc.user_data[_COLUMNS] = cached
    return cached



_STRAIGHT_QUOTE_ID = get_string_id('"')
_OPEN_QUOTE_IDS = frozenset({get_string_id("\u201c")})
_CLOSE_QUOTE_IDS = frozenset({get_string_id("\u201d")})
_QUOTE_FLAGS = "newsgraph_in_quote"


def in_quote(token: Token) -> bool:
    """Whether a token stands inside quotation marks opened earlier in its sentence (curly
    or straight double quotes; flags for the whole document computed once and kept with it)."""
    flags = token.doc.user_data.get(_QUOTE_FLAGS)
    if flags is None:
        flags = token.doc.user_data[_QUOTE_FLAGS] = _quote_flags(token.doc)
    return flags[token.i]


def _quote_flags(doc: Doc) -> list[bool]:
    """For every token, whether quotation marks opened earlier in its sentence are still open
    (one pass over the document, instead of one scan of the sentence per question)."""
    flags = [False] * len(doc)
    orth = columns(doc).orth  # the texts' ids: no Token object per word
    for sent in doc.sents:
        straight = opened = 0
        for i in range(sent.start, sent.end):
            flags[i] = straight % 2 == 1 or opened > 0
            if orth[i] == _STRAIGHT_QUOTE_ID:
                straight += 1
            elif orth[i] in _OPEN_QUOTE_IDS:
                opened += 1
            elif orth[i] in _CLOSE_QUOTE_IDS:
                opened -= 1
    return flags

_EDGE_PUNCT = frozenset({"punct"})
# Children that never belong to an argument's own words.
_CUT_ALWAYS = frozenset({"relcl", "appos", "parataxis", "advcl"})
_CUT_CONJ = frozenset({"cc", "conj", "preconj"})
# Children dropped from graph mentions only.
_CUT_MENTION = frozenset({"acl", "prep"})
_KEEP_PREP = frozenset({"of"})
_NESTED_CUT = frozenset({"relcl"})
_NESTED_CUT_MENTION = frozenset({"relcl", "appos"})
_BRACKETS = {**MARK_PAIRS, **{close: opening for opening, close in MARK_PAIRS.items()}}
_STRAIGHT_QUOTES = frozenset({'"'})
_EDGE_TRIM = _EDGE_PUNCT | frozenset({"cc", "preconj"})


def arg_bounds(
    tok: Token,
    *,
    split_conj: bool = True,
    mention: bool = False,
    exclude: int = -1,
) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the argument headed by ``tok``.

    ``split_conj`` cuts coordinated conjuncts (each is extracted on its own);
    ``mention`` also cuts participle clauses and non-"of" prepositional phrases;
    ``exclude`` is a child index to cut as well (the clause being extracted, when the
    argument is the antecedent of its own relative or participle clause).
    """
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    for child in tok.children:
        dep = child.dep_
        if not (
            dep in _CUT_ALWAYS
            or child.i == exclude
            or (dep == "advmod" and child.i < tok.i and tok.pos_ == "PROPN")  # "At least Harper", "Even Lisk"
            or (dep == "advmod" and child.i < tok.i and _before_determiner(child))  # "Even the label"
            or (split_conj and dep in _CUT_CONJ)
            or (mention and dep in _CUT_MENTION and child.lower_ not in _KEEP_PREP and not _complement_of(tok, child))
            or (mention and _affiliation_of(tok, child))
        ):
            continue
        if child.i > tok.i:
            end = min(end, child.left_edge.i)
        else:
            start = max(start, child.right_edge.i + 1)
    doc = tok.doc
    end = _cut_nested_clause(doc, tok.i, start, end, _NESTED_CUT_MENTION if mention else _NESTED_CUT)
    if mention:
        end = _cut_relative(doc, tok.i, start, end)
        end = _cut_of_adjuncts(tok, end)
    while end > start + 1 and _trim_edge(doc[end - 1], doc, start, end):
        end -= 1
    while start < end - 1 and _trim_edge(doc[start], doc, start, end):
        start += 1
    return start, end


def reaches(tok: Token, verb: Token, passes: Callable[[Token], bool]) -> bool:
    """Whether ``tok`` hangs on ``verb`` through tokens that all ``passes`` (a phrase of the
    verb's own clause, not of a clause inside it)."""
    up = tok.head
    while up.i != verb.i and passes(up) and up.head.i != up.i:
        up = up.head
    return up.i == verb.i


_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})


def _complement_of(noun: Token, prep: Token) -> bool:
    """Whether a short prepositional phrase completes a common noun ("risk factors for
    stroke include ...", "saved from a brutal battle with depression"), not a place or time
    it happened. A subject keeps the phrases of ``complement_prepositions``; an object only
    those of ``object_complement_prepositions`` and never a named one: "paid Rs. 40 lakh to
    Tarrow Ltd" is the verb's phrase as often, and "a ban on Tarrow" gives an edge to Tarrow."""
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    kept = tables().complement_prepositions if subject else tables().object_complement_prepositions
    amount = noun.ent_type_ in SUM_TYPES and noun.dep_ == "dobj"  # "$4 million in taxes": parse_fixes
    if (noun.pos_ != "NOUN" or noun.ent_type_) and not amount or not (subject or noun.dep_ in _OBJECT_DEPS) \
            or prep.dep_ != "prep" or prep.i < noun.i or prep.lower_ not in kept:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in _PLACE_OR_TIME or pobj.right_edge.i - prep.i > 4:
        return False
    if not subject and (pobj.ent_type_ or pobj.pos_ in ("PRON", "PROPN", "NUM")
                        or pobj.lemma_.lower() in tables().place_of_nouns):
        return False  # "the highest rate in the country": where, not what
    return not any(t.ent_type_ in _PLACE_OR_TIME or t.dep_ in ("relcl", "acl", "prep")
                   or (not subject and t.ent_type_)
                   for t in pobj.subtree if t.i != pobj.i)


def _before_determiner(adverb: Token) -> bool:
    """Whether an adverb stands before the determiner of its noun: "Even the label", "Only
    the council" say how the sentence weighs the thing, no word of its name."""
    nxt = adverb.nbor(1) if adverb.i + 1 < len(adverb.doc) else None
    return nxt is not None and nxt.dep_ in ("det", "poss") and nxt.head.i == adverb.head.i


def _affiliation_of(tok: Token, child: Token) -> bool:
    """ "Pamela Vance of Orvane Media", "David Kingston, of advisers Rothschild": the body
    after a person's name is no part of the name (the nominal extractor states it as a fact).
    A place stays ("Globex Holdings of Ohio", a company the model may have called a person)."""
    return (tok.ent_type_ == "PERSON" and child.dep_ == "prep" and child.lower_ == "of"
            and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in child.children))


def _cut_of_adjuncts(tok: Token, end: int) -> int:
    """A graph mention keeps its "of" phrase but not what hangs after the "of" object:
    "a poll of 1,500 voters for Newsweek" -> "a poll of 1,500 voters", "the leader of the
    militia in Basra" -> "the leader of the militia"."""
    for of in tok.rights:
        if of.dep_ != "prep" or of.lower_ not in _KEEP_PREP:
            continue
        for pobj in of.children:
            if pobj.dep_ != "pobj":
                continue
            for child in pobj.rights:
                if child.dep_ in _CUT_MENTION and child.lower_ not in _KEEP_PREP:
                    end = min(end, child.left_edge.i)
    return end


def _trim_edge(tok: Token, doc: Doc, start: int, end: int) -> bool:
    """Whitespace, conjunctions and punctuation at an argument's edge go, except a
    bracket or quote whose partner is inside the argument ("(US) forces", 'the group's
    "headquarters"'): trimming it would leave its partner alone in the name."""
    if tok.is_space:
        return True
    if tok.dep_ not in _EDGE_TRIM:
        return False
    if tok.text in _STRAIGHT_QUOTES:
        return sum(doc[i].text == tok.text for i in range(start, end)) % 2 == 1
    partner = _BRACKETS.get(tok.text)
    if partner is None:
        return True
    return not any(doc[i].text == partner for i in range(start, end))


def _cut_nested_clause(doc: Doc, head: int, start: int, end: int, deps: frozenset[str]) -> int:
    """End the argument before a comma-led relative clause (or, for graph mentions, an
    apposition: "the leader of X, an armed group") deeper inside it."""
    for i in range(head + 1, end):
        t = doc[i]
        if t.dep_ in deps and t.left_edge.i > start and doc[t.left_edge.i - 1].dep_ == "punct":
            return t.left_edge.i - 1
    return end


def _cut_relative(doc: Doc, head: int, start: int, end: int) -> int:
    """A graph mention ends before a relative clause anywhere inside it, comma or not:
    "arrests of two men who ran a station" names the arrests of two men."""
    for i in range(head + 1, end):
        t = doc[i]
        if t.dep_ == "relcl" and t.left_edge.i > start:
            return t.left_edge.i
    return end


def trim_span(span: Span) -> Span:
    """Drop leading determiners and punctuation at either edge of a span."""
    start, end = span.start, span.end
    doc: Doc = span.doc
    while start < end and (
        doc[start].lower_ in tables().argument_determiners and not _dates_possessor(doc[start], end)
        or _trim_edge(doc[start], doc, start, end)
    ):
        start += 1
    while end > start and _trim_edge(doc[end - 1], doc, start, end):
        end -= 1
    if start > 0 and end > start:
        partner = _BRACKETS.get(doc[start - 1].text)
        if partner in (")", "]") and any(doc[i].text == partner for i in range(start, end)):
            start -= 1  # "[US] forces": keep the bracket whose partner is inside
    return doc[start:end] if end > start else span


def _dates_possessor(det: Token, end: int) -> bool:
    """Whether a determiner belongs to a time written as an owner inside the span ("this
    year's contestants", "last week's vote"): without it "year's contestants" says no year."""
    owner = det.head
    return (owner.i > det.i and owner.ent_type_ == "DATE" and owner.i + 1 < end
            and owner.doc[owner.i + 1].tag_ == "POS")


def span_label(span: Span, head: Token) -> str:
    """Entity label of a mention: its head's named-entity type, PRON, or CONCEPT."""
    if head.pos_ == "PRON":
        return "PRON"
    if head.ent_type_ and _currency_of_amount(head):
        return "MONEY"
    if head.ent_type_:
        return head.ent_type_
    return "CONCEPT"


def _currency_of_amount(head: Token) -> bool:
    """Whether a place name is the currency of an amount written before it ("earned $410,000
    U.S.", "C$ 5 million Canadian"): the sum, not the country."""
    return head.ent_type_ in ("GPE", "NORP") and any(
        c.i < head.i and (c.ent_type_ == "MONEY" or c.tag_ == "$") for c in head.children)


def make_mention(
    span: Span,
    doc_id: str,
    sent_index: int,
    kind: str | None = None,
    head: Token | None = None,
) -> Mention:
    """A Mention for an argument span (document character offsets, determiner stripped).

    ``head`` is the span's head token when the caller knows it (saves ``span.root``).
    """
    span = trim_span(span)
    if head is None or not (span.start <= head.i < span.end):
        head = span.root
    label = span_label(span, head)
    if kind is None:
        kind = "pronoun" if label == "PRON" else ("entity" if head.ent_type_ else "chunk")
    return Mention(
        doc=doc_id,
        sent_index=sent_index,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        label=label,
        kind=kind,
        head=head.text,
    )


def leading_preposition(token: Token, end: int) -> bool:
    """Whether ``token`` is a preposition opening a name that ends at token ``end`` and that
    it governs ("Inside Orlen" of "Inside Orlen camp", "Across Tarrowapu": the model took a
    capitalised preposition for the name's first word)."""
    return token.dep_ == "prep" and token.i < token.right_edge.i and token.right_edge.i >= end - 1


def of_objects(noun: Token) -> list[Token]:
    """The objects of the "of" phrases written after ``noun`` ("the town of Beit Orla",
    "leaders of Hamas")."""
    return [g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def same_entity(a: Token, b: Token) -> bool:
    """Whether two tokens lie inside one named-entity span ("Hiram Walker-Gooderham and Worts
    Ltd": "Worts" is no conjunct of its own)."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    return bool(doc[lo].ent_type_) and all(doc[i].ent_iob_ == "I" for i in range(lo + 1, hi + 1))


def age_after(ent: Span) -> str:
    """The age news writes between commas after a person's name ("Narayan, 71, was ..."), or "":
    evidence of a person whatever type the model gave the name."""
    doc, i = ent.doc, ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return ""
    age = doc[i + 1].text
    return age if age.isdigit() and 0 < int(age) < 120 else ""


def nicknamed(ent: Span) -> bool:
    """A quoted word between the words of a name (``NICKNAME``): 'Opendra "Bill" Narayan' is a person."""
    return bool(NICKNAME.search(ent.text)) and all(t.is_title for t in ent if t.is_alpha)


def person_evidence(ent: Span) -> tuple[str, str] | None:
    """What shows a name the model did not type PERSON is a person's: ("age", "71") for
    "Narayan, 71, was ...", ("nickname", "nickname") for 'Opendra "Bill" Narayan'; else None."""
    if ent.label_ == "PERSON":
        return None
    if age := age_after(ent):
        return "age", age
    return ("nickname", "nickname") if nicknamed(ent) else None


def name_word(token: Token) -> bool:
    """A word that can be part of a proper name as written."""
    return token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start and token.is_alpha) \
        or token.is_upper and token.is_alpha and len(token) > 1


def initials_expansion(doc: Doc, end: int, letters: str) -> Span | None:
    """The words before token ``end`` whose initials spell ``letters`` ("PMF")."""
    skip = tables().acronym_skip
    for start in range(end - 1, max(-1, end - 3 * len(letters) - 1), -1):
        words = [t for t in doc[start:end] if not (t.is_punct or t.lower_ in skip or t.tag_ == "POS")]
        if not words or not name_word(doc[start]) or doc[start].lower_ in skip:
            continue
        got = "".join(t.lower_[0] for t in words)
        if got == letters:
            return doc[start:end]
        if len(got) > len(letters):
            return None
    return None


def spelled_by_acronym(doc: Doc, i: int) -> Span | None:
    """The words before the bracket at token ``i`` whose initials the acronym in it spells:
    "Maritime and Coastguard Agency" of "the Maritime and Coastguard Agency (MCA)", skipping
    "of/and/the" words and a possessive ("Pakistan People's Party (PPP)")."""
    if i == 0 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    if not is_acronym(doc[i + 1].text):
        return None
    return initials_expansion(doc, i, acronym_key(doc[i + 1].text))


def spelled_title(doc: Doc, i: int) -> Span | None:
    """The title a bracketed acronym at token ``i`` spells, or None: "General Manager (GM)",
    "Chief Executive Officer (CEO)" name a person's post, no organisation, and the acronym is
    no second name of the person after it. The words end in a title word and hold no "of" and
    no body's word ("Office of the Auditor-General (OAG)", "Public Service Commission (PSC)"
    are bodies)."""
    span = spelled_by_acronym(doc, i)
    return span if span is not None and names_a_title(span) else None


def names_a_title(span: Span) -> bool:
    """Whether the words an acronym spells are a person's post (:func:`spelled_title`)."""
    if not is_title_word(span[-1].text) or span[-1].lower_ in tables().qualifier_titles:
        return False  # "Kuwait Finance House (KFH)": "House" only qualifies an office
    return not any(t.lower_ == "of" or t.lower_ in tables().body_words for t in span)
