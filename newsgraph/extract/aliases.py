"""Aliases the text states itself: "Popular Mobilization Forces (PMF)", "X, also known as Y".

Five patterns, each giving an :class:`~newsgraph.model.AliasPair` (long name first):

- ``acronym:paren`` — "Islamic Revolutionary Guard Corps (IRGC)": the acronym's letters are
  the initials of the words before the bracket ("of/the/and" skipped);
- ``stated_alias:paren`` — "Hashd al-Shaabi (Popular Mobilization Forces)": two proper names;
- ``stated_alias:or`` — "the Popular Mobilization Units, or Hashd al-Shaabi," (only when the
  second is a proper name too, and not two places: "Iraq, or Syria" is a list; nor two
  acronyms, "the CIA, or FBI", nor the end of a longer list, "Vell, Tarn, or Orlen");
- ``stated_alias:aka`` — "X, also known as Y" (phrases in ``data/names.yaml``);
- ``ticker:paren`` — "Orvane Therapeutics (NASDAQ: ORVT)", "Netflix (NFLX)": a stock ticker.

The text also states what kind of actor a name is, and these statements are kept the same
way, as evidence for the entity's type (voted in resolution with the weights of
``type_votes`` in ``data/names.yaml``), never as a merge:

- ``type:PERSON:role`` — a role of ``data/roles.yaml`` in apposition or before the name ("X,
  the company's founder", "the chief executive X"), unless an organisation holds it too
  (``shared_roles``: "member", "leader");
- ``type:GPE:place_of`` — "the province of X", "the city of X" (``place_of_nouns``);
- ``type:ORG:firm_noun`` — "handset maker X", "X, the carmaker" (``firm_nouns``);
- ``type:PERSON:age`` — "X, 71, was ...": an age between commas after a name the model did
  not type PERSON; ``type:PERSON:nickname`` — 'Opendra "Bill" Narayan'.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.clauses import first_conjunct
from newsgraph.extract.nominal import shipped_roles
from newsgraph.extract.spans import initials_expansion, name_word, on_screen, person_evidence, token_indices
from newsgraph.labels import PLACE_TYPES, VALUE_TYPES
from newsgraph.model import AliasPair
from newsgraph.names import (
    acronym_key,
    canonical_key,
    display_form,
    is_acronym,
    is_first_name,
    is_plural_initials,
    strip_titles,
    tables,
)

__all__ = ["find_stated_aliases", "find_type_evidence", "name_before", "name_after"]

_MAX_NAME = 8


def _joiner(token: Token) -> bool:
    return token.lower_ in tables().acronym_skip or token.text in ("-", "'s", "\u2019s")


def name_before(doc: Doc, end: int) -> Span | None:
    """The proper name ending just before token ``end`` (an entity, else a run of name words)."""
    for ent in doc.ents:
        if ent.end == end and ent.label_ not in VALUE_TYPES:
            return ent
    start = end
    while start > 0 and end - start < _MAX_NAME and (name_word(doc[start - 1]) or
                                                     (_joiner(doc[start - 1]) and start - 1 > 0
                                                      and name_word(doc[start - 2]))):
        start -= 1
    return doc[start:end] if start < end and name_word(doc[start]) else None


def name_after(doc: Doc, start: int) -> Span | None:
    """The proper name starting at token ``start`` (after an optional "the")."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    for ent in doc.ents:
        if ent.start == start and ent.label_ not in VALUE_TYPES:
            return ent
    end = start
    while end < len(doc) and end - start < _MAX_NAME and (name_word(doc[end]) or (
            _joiner(doc[end]) and end + 1 < len(doc) and name_word(doc[end + 1]) and end > start)):
        end += 1
    return doc[start:end] if end > start else None


def _label(span: Span) -> str:
    return span.label_ if span.label_ else ""


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are leading letters of each word in turn ("ukip": UK, Independence,
    Party; "ofcom": Office, Communications)."""
    if not words:
        return not letters
    if not letters:
        return False
    word = words[0]
    return any(letters[:n] == word[:n] and _spells(letters[n:], words[1:])
               for n in range(1, min(len(word), len(letters)) + 1))


def _word_start_expansion(doc: Doc, end: int, letters: str) -> Span | None:
    """The words before token ``end`` whose leading letters spell ``letters`` (a name
    written as a word: "Ukip", "Ofcom", "Nato"); "of/the/and" may be skipped."""
    skip = tables().acronym_skip
    for start in range(end - 1, max(-1, end - len(letters) - 4), -1):
        if not name_word(doc[start]) or doc[start].lower_ in skip:
            continue
        words = [t.lower_ for t in doc[start:end] if not (t.is_punct or t.lower_ in skip or t.tag_ == "POS")]
        if len(words) >= 2 and _spells(letters, words):
            return doc[start:end]
    return None


def _pair(name: str, alias: str, rule: str, doc_id: str) -> AliasPair | None:
    name, alias = display_form(name), display_form(alias)
    if not name or not alias or canonical_key(name) == canonical_key(alias):
        return None
    return AliasPair(name=name, alias=alias, rule=rule, doc=doc_id)


def _paren(doc: Doc, i: int, doc_id: str) -> AliasPair | None:
    """'X (Y)' with the bracket at token ``i``."""
    close = next((j for j in range(i + 1, min(len(doc), i + _MAX_NAME + 2)) if doc[j].text == ")"), None)
    if close is None or close == i + 1 or i == 0:
        return None
    inside = doc[i + 1: close]
    if any(t.like_url or t.like_email or t.text.startswith("@") or t.like_num for t in inside):
        return None
    if len(inside) == 1 and is_plural_initials(inside.text):
        return None  # "Members of Parliament (MPs)", "(NGOs)": a kind of people or things, no one's name
    if len(inside) == 3 and (ticker := _ticker(doc, i, inside, doc_id)) is not None:
        return ticker  # "(NASDAQ: ORVT)"; three words of a name stay a stated alias
    if len(inside) == 1 and is_acronym(inside.text):
        letters = acronym_key(inside.text)
        exp = initials_expansion(doc, i, letters)
        return _pair(exp.text, inside.text, "acronym:paren", doc_id) if exp is not None \
            else _ticker(doc, i, inside, doc_id)
    if len(inside) == 1 and inside[0].is_alpha and inside.text[:1].isupper() and len(inside.text) >= 3:
        exp = _word_start_expansion(doc, i, inside.text.lower())
        if exp is not None:  # "UK Independence Party (Ukip)", "Office of Communications (Ofcom)"
            return _pair(exp.text, inside.text, "acronym:paren", doc_id)
    before = name_before(doc, i)
    if before is None or not all(name_word(t) or _joiner(t) for t in inside) or not name_word(inside[0]):
        return None
    labels = {_label(before), next((e.label_ for e in doc.ents if e.start == inside.start), "")}
    if labels & PLACE_TYPES or labels & VALUE_TYPES:
        return None  # "Mashtal (Baghdad)" says where, not who
    if _party_label(inside, labels):
        return None  # "Robert Vell (Democrat)": his party, which every Democrat named so shares
    if _someone_elses_surname(doc, before, inside) or _first_name_and_full_name(before, inside) \
            or _part_and_player(doc, before, inside):
        return None  # "Ellie's friend Riley (Reid)", "Jackie (Kay Holm)": the actor, not Riley
    return _pair(before.text, inside.text, "stated_alias:paren", doc_id)


def _party_label(inside: Span, labels: set[str]) -> bool:
    """Whether a bracket after a name holds a people or a party ("(Democrat)", "(Labour)",
    typed NORP or a word of ``party_words``/``party_member_nouns``): a label many people share,
    no second name of one."""
    roles = shipped_roles()
    words = [t.lower_ for t in inside if t.is_alpha]
    return "NORP" in labels and len(words) == 1 or bool(words) and all(
        w in roles.party_words or w in roles.party_member_nouns for w in words)


def _ticker(doc: Doc, i: int, inside: Span, doc_id: str) -> AliasPair | None:
    """'Orvane Therapeutics (NASDAQ: ORVT)' or 'Netflix (NFLX)': a company's stock ticker in
    brackets after its name (``ticker:paren``); without an exchange of ``stock_exchanges``
    only when the ticker's letters are the name's, in order ("NFLX" of Netflix)."""
    symbol = inside[-1]
    if not (symbol.is_upper and symbol.is_alpha and len(symbol) <= 5):
        return None
    listed = len(inside) == 3 and inside[0].lower_ in tables().stock_exchanges and inside[1].text == ":"
    if not listed and len(inside) != 1:
        return None  # "(born 1990)", "(Kestria Ltd)": no ticker
    before = name_before(doc, i - 1 if doc[i - 1].tag_ == "POS" else i)
    if before is None or _label(before) in ("PERSON", "NORP"):
        return None  # a company the model may type a place ("Netflix"), never a person
    if not listed and not _in_order(symbol.lower_, before.text.lower()):
        return None
    return _pair(before.text, symbol.text, "ticker:paren", doc_id)


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` are letters of ``text`` in order, the first its first ("nflx" of
    "netflix")."""
    if not letters or not text or letters[0] != text[0]:
        return False
    rest = iter(text)
    return all(ch in rest for ch in letters)


def _first_name_and_full_name(before: Span, inside: Span) -> bool:
    """Whether a lone first name has another person's full name in brackets: "turn to Jackie
    (Kay Holm)" is a character and the actor who plays it ("Sting (Gordon Sumner)" and "Cat
    Vell (Yusuf Islam)" stay aliases: no lone first name before the bracket)."""
    words = before.text.split()
    inner = [t.lower_ for t in inside if t.is_alpha]
    return (len(words) == 1 and is_first_name(words[0]) and len(inner) >= 2
            and words[0].lower() not in inner)


def _part_and_player(doc: Doc, before: Span, inside: Span) -> bool:
    """Whether two full names with no word in common stand on a page about films or plays
    (``screen_words``): "the film is about Pedro Vell Jr. (Dan Orlen)" is a part and the actor
    who plays it. A one-word name before the bracket ("Sting (Gordon Sumner)") stays."""
    outer = {w.lower() for w in before.text.replace(".", " ").split() if w.isalpha()}
    inner = {t.lower_ for t in inside if t.is_alpha}
    if len(outer) < 2 or len(inner) < 2 or outer & inner:
        return False
    return on_screen(doc)


def _someone_elses_surname(doc: Doc, before: Span, inside: Span) -> bool:
    """Whether the bracket holds one word that is the last word of another person's full
    name in the document: a character and the actor who plays it, not one person."""
    if len(inside) != 1:
        return False
    word = inside.text.lower()
    for e in doc.ents:
        words = [t.lower_ for t in e if t.tag_ != "POS" and t.lower_ not in ("'s", "\u2019s")]
        if e.label_ == "PERSON" and len(words) > 1 and words[-1] == word and before.text.lower() not in e.text.lower():
            return True
    return False


def _or(doc: Doc, i: int, doc_id: str) -> AliasPair | None:
    """'X, or Y,' with the comma at token ``i``."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "or":
        return None
    before, after = name_before(doc, i), name_after(doc, i + 2)
    if before is None or after is None:
        return None
    nxt = doc[after.end] if after.end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space):
        return None
    if _label(before) in PLACE_TYPES and _label(after) in PLACE_TYPES:
        return None
    if is_acronym(before.text) and is_acronym(after.text):
        return None  # "the NSA, CIA, or FBI": two agencies, the end of a list
    if _full_name(before) and _full_name(after):
        return None  # "It might be Tom Vell, or Dan Orr, or goalie Bo Tarr": two people
    if before.start > 0 and doc[before.start - 1].text == "," and name_before(doc, before.start - 1) is not None:
        return None  # "Vell, Tarn, or Orlen": a list of three
    if _listed_before(doc, before.start) or _listed_after(doc, after.end):
        return None  # "Vell Mart, or Tarn, or Orlen": a list written with "or" each time
    return _pair(before.text, after.text, "stated_alias:or", doc_id)


def _full_name(name: Span) -> bool:
    """Whether a name is a person's full name: a first name and at least one more word."""
    return len(name) >= 2 and is_first_name(name[0].text) and name[-1].ent_type_ == "PERSON"


def _listed_before(doc: Doc, start: int) -> bool:
    """Whether ", or" / ", and" and a name stand right before ``start``."""
    return (start >= 2 and doc[start - 1].lower_ in ("or", "and") and doc[start - 2].text == ","
            and name_before(doc, start - 2) is not None)


def _listed_after(doc: Doc, end: int) -> bool:
    """Whether ", or" / ", and" and a name follow ``end``."""
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("or", "and")
            and name_after(doc, end + 2) is not None)


def _aka(doc: Doc, i: int, doc_id: str, phrases: list[tuple[int, ...]], lowers: list[int]) -> AliasPair | None:
    """'X, also known as Y' with the comma (or bracket) at token ``i``."""
    for words in phrases:
        n = len(words)
        if tuple(lowers[i + 1: i + 1 + n]) == words:
            before, after = name_before(doc, i), name_after(doc, i + 1 + n)
            if before is not None and after is not None:
                return _pair(before.text, after.text, "stated_alias:aka", doc_id)
    return None


_OPEN_ID, _COMMA_ID = get_string_id("("), get_string_id(",")


def find_stated_aliases(doc: Doc, doc_id: str) -> list[AliasPair]:
    """Every alias the document states, in text order, without duplicates."""
    phrases = sorted((tuple(get_string_id(w) for w in p.split()) for p in tables().alias_phrases),
                     key=len, reverse=True)
    found: dict[tuple[str, str], AliasPair] = {}
    if not len(doc):
        return []
    # the lower-case forms and the marks as string ids, from the attribute arrays: no Token
    # object per word, only for the brackets and commas where a stated alias can start
    lowers = doc.to_array(LOWER).tolist()
    for pair in find_type_evidence(doc, doc_id):
        found.setdefault((canonical_key(pair.name), pair.rule), pair)
    cast: set[tuple[str, str]] = set()
    for i in token_indices(doc, ORTH, _OPEN_ID, _COMMA_ID):
        tok = doc[i]
        pair = None
        if tok.text == "(":
            pair = _paren(doc, tok.i, doc_id) or _aka(doc, tok.i, doc_id, phrases, lowers)
            if pair is not None and pair.rule == "stated_alias:paren" and _people_around(doc, tok.i):
                cast.add((canonical_key(pair.name), canonical_key(pair.alias)))
        elif tok.text == ",":
            pair = _or(doc, tok.i, doc_id) or _aka(doc, tok.i, doc_id, phrases, lowers)
        if pair is not None:
            found.setdefault((canonical_key(pair.name), canonical_key(pair.alias)), pair)
    if len(cast) > 1:  # a cast list: "Vell Dane (Ada Lisk), Tom Orlen (Sam Tarn)": roles and players
        found = {k: v for k, v in found.items() if k not in cast}
    return list(found.values())


def _people_around(doc: Doc, i: int) -> bool:
    """Whether the bracket at token ``i`` holds a person's full name and follows a person's
    name: "Vell Dane (Ada Lisk)". One such bracket may give a person's other name ("Sting
    (Gordon Sumner)"); two or more in a document are a cast list, a role and its player each."""
    inside = next((e for e in doc.ents if e.start == i + 1), None)
    before = next((e for e in doc.ents if e.end == i), None)

    def person(span: Span | None) -> bool:
        return span is not None and (span.label_ == "PERSON" or is_first_name(span[0].text))

    return inside is not None and len(inside) > 1 and person(inside) and person(before)


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[tuple[str, ...]]:
    """Role nouns of data/roles.yaml that only a person holds (``shared_roles`` left out)."""
    shared = tables().shared_roles
    return frozenset(r for r in shipped_roles().roles if " ".join(r) not in shared)


def _role_of(words: list[str]) -> str:
    """The person's role the words end with ("the company's chief executive" -> "chief executive")."""
    roles = _person_roles()
    words = [w.replace("-", "") for w in words]
    for n in (3, 2, 1):
        if len(words) >= n and tuple(words[-n:]) in roles:
            return " ".join(words[-n:])
    return ""


def _noun_role(token: Token) -> str:
    """The role a common noun names with its modifiers ("chief executive", "founder"), or ""."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return ""
    mods = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_]
    return _role_of([*mods, token.lemma_.lower()])


_VOTE_OF = {"PERSON": "role", "GPE": "place_of", "ORG": "org_owner"}  # type -> its type_votes weight


def _evidence(ent: Span, kind: str, word: str, doc_id: str, vote: str = "") -> AliasPair | None:
    name = strip_titles(display_form(ent.text)) if kind == "PERSON" else display_form(ent.text)
    rule = f"type:{kind}:{vote or _VOTE_OF[kind]}"
    return AliasPair(name=name, alias=word, rule=rule, doc=doc_id) if name and word else None


def _firm_noun(ent: Span, root: Token) -> str:
    """A noun that says a name is a company, written just before it or in apposition
    ("handset maker Xiaomi", "Xiaomi, the handset maker", "the carmaker, Vell";
    ``firm_nouns`` of data/names.yaml), or ""."""
    firms = tables().firm_nouns
    if ent.label_ == "PERSON" and len(ent) > 1 and is_first_name(ent[0].text):
        return ""  # "analyst Eliot Laurence of Vell Partners, a brokerage": the brokerage is Vell's
    if ent.start and not ent.doc[ent.start - 1].ent_type_ and ent.doc[ent.start - 1].lemma_.lower() in firms:
        return ent.doc[ent.start - 1].lemma_.lower()
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in firms:
        return root.head.lemma_.lower()
    return next((c.lemma_.lower() for c in root.children
                 if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in firms), "")


def _coordination_start(ent: Span) -> int:
    """Where the names coordinated with ``ent`` begin: the first conjunct's first token
    ("attorneys Maria Tarrow and Vivian Orrel": "Maria" for both), else ``ent``'s start."""
    first = first_conjunct(ent.root)
    if first.i == ent.root.i or not first.ent_type_ or ent.root.pos_ != "PROPN":
        return ent.start
    start = first.i
    while start > 0 and first.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _role_before(doc: Doc, start: int) -> str:
    """The person's role written right before token ``start`` ("chief executive X", "the
    company's founder X", "attorneys X": a plural role too), or ""."""
    if not start or doc[start - 1].is_punct:
        return ""
    before = [t for t in doc[max(0, start - 3): start] if not t.is_punct and not t.ent_type_]
    return _role_of([t.lower_ for t in before[:-1]] + [before[-1].lemma_.lower()]) if before else ""


def find_type_evidence(doc: Doc, doc_id: str) -> list[AliasPair]:
    """What the text says a name is (see the module docstring): a role only a person holds
    next to it, a place noun before "of" it, or what only a company has after its
    possessive or before its "of" ("Emery's chairman", "Acme's shareholders", "the chief
    executive of Apple": ``org_possessions``)."""
    place_nouns, org_possessions = tables().place_of_nouns, tables().org_possessions
    out: list[AliasPair] = []
    for ent in doc.ents:
        if ent.label_ in VALUE_TYPES:
            continue
        root, pair = ent.root, None
        if root.dep_ == "poss" and root.head.lemma_.lower() in org_possessions:
            pair = _evidence(ent, "ORG", root.head.lemma_.lower(), doc_id)  # "Emery's chairman"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == ent.start - 1 \
                and root.head.head.lemma_.lower() in org_possessions and ent.label_ not in ("GPE", "LOC"):
            pair = _evidence(ent, "ORG", root.head.head.lemma_.lower(), doc_id)  # "the chief executive of Apple"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == ent.start - 1 and (
                root.head.head.i == ent.start - 2 and root.head.head.lemma_.lower() in place_nouns):
            pair = _evidence(ent, "GPE", root.head.head.lemma_.lower(), doc_id)  # "the province of Orlen"
        elif firm := _firm_noun(ent, root):
            pair = _evidence(ent, "ORG", firm, doc_id, "firm_noun")  # "handset maker Xiaomi"
        elif person := person_evidence(ent):  # "Narayan, 71, was chairman", 'Opendra "Bill" Narayan'
            pair = _evidence(ent, "PERSON", person[1], doc_id, person[0])
        else:
            role = _role_before(doc, _coordination_start(ent)) or next(
                (r for r in (_noun_role(c) for c in root.children if c.dep_ == "appos") if r), "")
            if not role and root.dep_ == "appos":  # "the company's founder, Aldo Ferri"
                role = _noun_role(root.head)
            pair = _evidence(ent, "PERSON", role, doc_id) if role else None
        if pair is not None:
            out.append(pair)
    return out
