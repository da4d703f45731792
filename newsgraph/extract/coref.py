"""Coreference without a model: pronouns and definite descriptions to an earlier named mention.

No coreference model can be downloaded here, so this is the classic rule-based recipe:
candidates are the named mentions of the same document in the last few sentences; a
pronoun or description ("it", "he", "the group", "the commander") takes the compatible
candidate (type/number agreement from ``data/coref.yaml``) with the best score, where
a subject scores higher, a name mentioned often scores higher and every sentence of
distance costs. The anaphor keeps its written text; only ``antecedent`` is set, to the
position of the *named* mention the chain starts from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.names import canonical_key
from newsgraph.model import Mention

__all__ = ["CorefTables", "coref_tables", "find_pronouns", "find_descriptions", "resolve_coreference",
           "NAMED_TYPES"]

NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW",
                         "WORK_OF_ART"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod"})
_DEFINITE = frozenset({"the", "this", "that"})
_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "xcomp"})


@dataclass(frozen=True)
class CorefTables:
    """The tables of ``data/coref.yaml``."""

    pronouns: dict[str, dict]
    descriptions: dict[str, frozenset[str]]
    pleonastic_verbs: frozenset[str]
    window_pronoun: int
    window_description: int
    description_words: dict[str, frozenset[str]] = field(default_factory=dict)
    description_prefer: dict[str, frozenset[str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def coref_tables() -> CorefTables:
    """The coreference tables shipped in ``newsgraph/data/coref.yaml`` (loaded once)."""
    text = resources.files("newsgraph").joinpath("data/coref.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    window = data.get("window") or {}
    return CorefTables(
        pronouns={k.lower(): v for k, v in (data.get("pronouns") or {}).items()},
        descriptions={k.lower(): frozenset(v["types"] if isinstance(v, dict) else v)
                      for k, v in (data.get("descriptions") or {}).items()},
        description_words={k.lower(): frozenset(w.lower() for w in v.get("contains", ()))
                           for k, v in (data.get("descriptions") or {}).items()
                           if isinstance(v, dict) and v.get("contains")},
        description_prefer={k.lower(): frozenset(w.lower() for w in v.get("prefer", ()))
                            for k, v in (data.get("descriptions") or {}).items()
                            if isinstance(v, dict) and v.get("prefer")},
        pleonastic_verbs=frozenset(data.get("pleonastic_verbs") or ()),
        window_pronoun=int(window.get("pronoun", 2)),
        window_description=int(window.get("description", 3)),
    )


def _is_pleonastic(token: Token, tables: CorefTables) -> bool:
    """'It emerged that ...', 'it is inconceivable that ...': an 'it' that refers to nothing."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if head.lemma_ not in tables.pleonastic_verbs and head.lower_ not in ("'s", "\u2019s"):
        return False
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > token.i:
            return True
        if child.dep_ == "acomp" and any(c.dep_ in _CLAUSE_DEPS for c in child.children):
            return True
    return False


def find_pronouns(doc: Doc) -> list[Token]:
    """Third-person pronouns of the table that may refer to something (pleonastic 'it' left out)."""
    tables = coref_tables()
    return [
        t for t in doc
        if t.lower_ in tables.pronouns and t.pos_ == "PRON" and not _is_pleonastic(t, tables)
    ]


def find_descriptions(doc: Doc) -> list[tuple[Span, frozenset[str], Span | None]]:
    """Definite descriptions: ("the militia" span minus determiner, compatible types, inner name).

    A description that embeds a named entity of a compatible type ("the Kataib Hezbollah
    militia") comes with that entity as its third item: it refers to it.
    """
    tables = coref_tables()
    out = []
    for token in doc:
        types = tables.descriptions.get(token.lower_)
        if types is None or token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS") or token.ent_type_:
            continue  # "the Houthi movement" as a named entity is a name, not a description
        det = [c for c in token.children if c.dep_ == "det" and c.i < token.i]
        if not det or det[0].lower_ not in _DEFINITE:
            continue
        start = det[0].i + 1
        span = doc[start: token.i + 1]
        inner = None
        bad = False
        for t in span[:-1]:
            if t.ent_type_ and t.ent_type_ in types:
                inner = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            elif t.ent_type_ and t.ent_type_ not in ("NORP",):
                bad = True
            elif not t.ent_type_ and t.is_title and t.pos_ == "PROPN":
                bad = True
            if t.is_punct and t.text not in ("-",):
                bad = True
        if inner is not None and inner.start > 0 and doc[inner.start - 1].text == "-":
            continue  # "the anti-ISIS coalition" is neither ISIS nor an anaphor
        if bad or (token.dep_ != "appos" and _restricted(token)):
            continue
        if inner is None and token.dep_ == "appos" and token.head.ent_type_ in types:
            inner = next((e for e in doc.ents if e.start <= token.head.i < e.end), None)
        out.append((span, types, inner))
    return out


def _restricted(token: Token) -> bool:
    """'the leader of a militia', 'the commander killed in the strike': a new referent, not an anaphor."""
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("acl", "relcl") for c in token.children)


def _subject_weight(root: Token) -> float:
    """1 for the subject of a main clause, 0.5 for a subject of a subordinate clause, else 0."""
    if root.dep_ not in _SUBJECT_DEPS:
        return 0.0
    return 1.0 if root.head.dep_ == "ROOT" else 0.5


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
    """A possible antecedent: where it was seen and which named mention it stands for."""

    start: int
    end: int
    sent: int
    target: tuple[int, int]
    type: str
    key: str
    subject: float
    head_i: int
    embedded: bool = False


def _root(doc: Doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _compatible(info: dict | frozenset[str], cand_type: str) -> bool:
    if isinstance(info, frozenset):
        return cand_type in info
    if cand_type.startswith("CONCEPT"):  # common-noun subjects compete with names for it/they
        if "PERSON" in info.get("types", ()):
            return False
        return cand_type == ("CONCEPT_PL" if info.get("number") == "plural" else "CONCEPT_SG")
    return cand_type in info.get("types", ())


def _score(c: _Candidate, anaphor_sent: int, anaphor_start: int, counts: Counter, plural: bool,
           anaphor_subject: bool) -> float:
    """Salience halved per sentence of distance (after Lappin and Leass, much simplified)."""
    score = 1.0 + c.subject + 0.1 * min(counts[c.key], 5)
    if anaphor_subject and c.subject >= 1.0:
        score += 0.5  # parallel roles: a subject pronoun prefers a subject antecedent
    if c.embedded:
        score -= 0.5  # inside a relative clause ("..., who the US viewed as ...")
    if plural and c.type == "GPE":
        score -= 0.5
    return score * 0.5 ** (anaphor_sent - c.sent) - 0.001 * (anaphor_start - c.end)


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


def _blockers(doc: Doc, skip_ends: set[int]) -> list[_Candidate]:
    """Common-noun subjects of main clauses ("The statement added ..."): an 'it' or 'they'
    that prefers one of these refers to no name, so it is left unresolved. Descriptions
    ("the militia", ending at ``skip_ends``) are anaphors themselves, not blockers."""
    out = []
    for t in doc:
        if (t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and not t.ent_type_ and t.head.dep_ == "ROOT"
                and t.idx + len(t.text) not in skip_ends
                and not any(c.ent_type_ for c in t.children if c.dep_ in ("compound", "amod"))):
            kind = "CONCEPT_PL" if t.tag_ == "NNS" else "CONCEPT_SG"
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


def _named_candidates(doc: Doc, mentions: list[Mention]) -> list[_Candidate]:
    """Named mentions that can be antecedents; modifiers ("US" in "US forces") are not."""
    by_head: dict[int, _Candidate] = {}
    surnames = {canonical_key(m.text, "PERSON").rsplit(" ", 1)[-1] for m in mentions
                if m.label == "PERSON" and " " in canonical_key(m.text, "PERSON")}
    for m in mentions:
        if m.label not in NAMED_TYPES or m.kind in ("pronoun", "description"):
            continue
        if m.label != "PERSON" and canonical_key(m.text) in surnames:
            m = replace(m, label="PERSON")  # "Khazali" after "Qais al-Khazali", typed ORG by the model
        root = _root(doc, m)
        if root is None or root.dep_ in _MODIFIER_DEPS:
            continue
        c = _Candidate(m.start_char, m.end_char, m.sent_index, m.key, m.label,
                       canonical_key(m.text, m.label), _subject_weight(root), root.i, _embedded(root))
        old = by_head.get(root.i)
        if old is None or (c.end - c.start) < (old.end - old.start):
            by_head[root.i] = c
    return sorted(by_head.values(), key=lambda c: (c.start, c.end))


def resolve_coreference(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Set ``antecedent`` on pronoun and description mentions; other mentions are unchanged.

    Mentions must be of this ``doc`` (document character offsets). Returned in the same order.
    """
    tables = coref_tables()
    ordered = sorted(mentions, key=lambda m: m.start_char)
    blockers = _blockers(doc, {m.end_char for m in mentions if m.kind == "description"})
    for b in blockers:
        b.sent = _sent_of_offset(ordered, b.start)
    named = sorted(_named_candidates(doc, mentions) + blockers, key=lambda c: (c.start, c.end))
    pleonastic = {t.idx for t in doc if _is_pleonastic(t, tables)}
    anaphors = sorted((m for m in mentions if m.kind in ("pronoun", "description")),
                      key=lambda m: m.start_char)
    resolved: dict[tuple[int, int], tuple[int, int]] = {}
    pool: list[_Candidate] = []
    counts: Counter = Counter()
    ni = 0
    for a in anaphors:
        while ni < len(named) and named[ni].end <= a.start_char:
            pool.append(named[ni])
            counts[named[ni].key] += 1
            ni += 1
        if a.antecedent is not None:  # set by the description finder (embedded name)
            resolved[a.key] = a.antecedent
            continue
        if a.kind == "pronoun" and a.start_char in pleonastic:
            continue
        found = _choose(doc, a, pool, counts, tables)
        if found is None or found.type.startswith("CONCEPT"):
            continue  # no compatible name, or a common noun is the likelier antecedent
        resolved[a.key] = found.target
        root = _root(doc, a)
        pool.append(_Candidate(a.start_char, a.end_char, a.sent_index, found.target, found.type,
                               found.key, _subject_weight(root) if root is not None else 0.0,
                               root.i if root is not None else -1))
        pool.sort(key=lambda c: (c.end, c.start))
    return [replace(m, antecedent=resolved[m.key]) if m.key in resolved else m for m in mentions]


def _choose(doc: Doc, a: Mention, pool: list[_Candidate], counts: Counter,
            tables: CorefTables) -> _Candidate | None:
    """The best compatible candidate for one anaphor, or None."""
    words: frozenset[str] = frozenset()
    prefer: frozenset[str] = frozenset()
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
    if plural and root is not None and _plural_subject(root):
        return None
    floor = _last_plural_noun(doc, root) if plural and root is not None else -1
    best, best_score = None, float("-inf")
    for c in reversed(pool):
        if a.sent_index - c.sent > window:
            break
        if c.end > a.start_char or c.end <= floor or not _compatible(info, c.type):
            continue
        if words and not words & set(c.key.split()):
            continue
        if root is not None and _same_clause_argument(root, doc[c.head_i] if c.head_i >= 0 else None):
            continue
        s = _score(c, a.sent_index, a.start_char, counts, plural,
                   root is not None and root.dep_ in _SUBJECT_DEPS)
        if prefer and prefer & set(c.key.split()):
            s += 1.5
        if s > best_score:
            best, best_score = c, s
    return best


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


def _same_clause_argument(anaphor: Token, cand: Token | None) -> bool:
    """'Kataib Hezbollah attacked it': a plain pronoun is never a co-argument of its antecedent."""
    if cand is None or anaphor.dep_ in ("poss",) or anaphor.lower_.endswith("self") or \
            anaphor.lower_.endswith("selves"):
        return False
    return cand.head.i == anaphor.head.i and cand.sent.start == anaphor.sent.start
