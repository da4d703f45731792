"""The global merge: every stored mention becomes one node per actor, across documents.

Names are grouped by their folded key (:func:`canonical_key`: case, diacritics, hyphens,
"al-", British spellings, dots in acronyms, determiners and possessives), then keys are
joined by rules, each recorded as the explanation of the merge:

1. ``user_alias`` — the user's aliases file (``merge``; ``split`` pairs are never joined);
2. ``alias_table`` — ``data/aliases.yaml`` and gazetteer entries sharing an ``id``;
3. ``stated_alias:*`` / ``acronym:paren`` — aliases the text states ("PMF" after its expansion);
4. ``acronym`` — an acronym and the only name in the corpus (else in its document) with those
   initials;
5. ``surname`` — a one-word PERSON name and the only full PERSON name ending with it in the
   corpus (else in its document; a lone surname the model typed ORG/NORP/GPE, or spelt
   differently — ``surname:fuzzy`` — same document only);
   ``short_form`` — a one-word ORG and the only ORG name in its document starting with it;
   ``prefix_form`` — a longer ORG short form ("Vell Gas"), written after the only ORG
   name of its document it opens ("Vell Gas and Electric Co");
   ``owned_body`` — a body's name ("Security Council"), written after the only ORG name of
   its document that adds an organisation's name in front ("UN Security Council");
   ``middle_name`` — "Mazloum Abdi" and the only longer PERSON name with the same first and
   last words ("Mazloum Kobani Abdi");
6. ``fuzzy:NN`` — spelling variants (rapidfuzz ratio >= 90 on keys), compared only inside
   blocks of keys with the same number of words and the same initials, every word alike
   (so "Hezbollah" never meets "Kataib Hezbollah"), types agreeing.

Mentions that are not names follow: a longer argument ("Iraqi Prime Minister Mustafa
al-Kadhimi") joins the name inside it (``head_entity``), a pronoun or description joins its
antecedent (``coref:pronoun``), other phrases become CONCEPT entities keyed by their folded
text. An unresolved pronoun or description ("it", "we", "the group" with no antecedent)
becomes no entity and gets no assignment: the store keeps its triples, but they stay out of
the graph rather than joining a junk "It" node. Types are voted over the evidence of all
mentions (``type_votes`` in data/names.yaml: gazetteer, labels, titles, legal forms, stated
roles and place-of). Ids are ``model.entity_id`` of the canonical name's key: the same mentions
give the same ids in any order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from newsgraph.extract.coref import coref_tables, title_against_word
from newsgraph.extract.gazetteer import gazetteer_types
from newsgraph.extract.nominal import load_demonyms
from newsgraph.labels import (
    ACTOR_TYPES,
    AREA_TYPES,
    BODY_OWNER_TYPES,
    GROUP_TYPES,
    NAMED_TYPES,
    PLACE_TYPES,
    TYPE_ORDER,
)
from newsgraph.model import AliasPair, Entity, Mention, Resolution, entity_id
from newsgraph.names import (
    MARK_PAIRS,
    NICKNAME,
    PersonName,
    acronym_key,
    canonical_key,
    concept_key,
    country_keys,
    display_form,
    drop_possessor,
    first_named,
    fold,
    has_org_suffix,
    initials,
    is_acronym,
    is_calendar_day,
    is_capital,
    is_first_name,
    is_pageant,
    is_region,
    is_world_place,
    legal_form,
    person_parts,
    plain_org_words,
    role_titled_person,
    same_first_name,
    shown_person_name,
    spaced_initials,
    state_of_abbreviation,
    strip_titles,
    tables,
    title_sex,
    titled_person,
)
from newsgraph.resolve.tables import UserAliases, builtin_aliases

__all__ = ["FUZZY_THRESHOLD", "NearMiss", "near_misses", "resolve"]

ENTITY_FIELDS = ("id", "name", "type", "aliases", "mentions", "documents")

FUZZY_THRESHOLD = 90
# A PERSON-typed and an ORG-typed spelling variant merge only above this (the small model
# tags militias as PERSON: "Kaitab Hezbollah" PERSON is "Kataib Hezbollah" ORG).
CROSS_TYPE_THRESHOLD = 93
_TOKEN_THRESHOLD = 75
_MARKS = "".join(MARK_PAIRS) + "".join(MARK_PAIRS.values()) + "\"'"
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_WORDS = re.compile(r"[\s\-]+")
_ALNUM = re.compile(r"\w")
_NON_ALNUM = re.compile(r"[^\w\s]+")
_INITIALLED = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z]")  # "Ivan F. Boesky": a person's middle initial
_CUT = re.compile(r"[,;:()\"]")  # a mention that runs past a name into its description
# A word that names a model or an edition, not a body: "II", "737", "A320", "4x4".
_MODEL = re.compile(r"(?=.)x{0,3}(?:ix|iv|v?i{0,3})|\w*\d\w*")



class _Clusters:
    """Union-find over name nodes that refuses merges forbidden by ``split`` pairs."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.sides: dict[str, dict[int, int]] = {}
        self.edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.type_memo: dict[str, str] = {}

    def add(self, node: str) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.members[node] = [node]
            self.sides[node] = {}

    def find(self, node: str) -> str:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def forbid(self, a: str, b: str, tag: int) -> None:
        self.sides[self.find(a)][tag] = 0
        self.sides[self.find(b)][tag] = 1

    def union(self, a: str, b: str, rule: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        sa, sb = self.sides[ra], self.sides[rb]
        if any(sb.get(tag, side) != side for tag, side in sa.items()):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb, sa, sb = rb, ra, sb, sa
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        sa.update(self.sides.pop(rb))
        self.type_memo.pop(ra, None)
        self.type_memo.pop(rb, None)
        self.edges[a].append((b, rule))
        self.edges[b].append((a, rule))
        return True


# -- the resolver ----------------------------------------------------------------------------

def _named_after(key: str) -> bool:
    """Whether a name is of a thing named after an actor, not the actor: its last word is one
    of ``named_after_words`` ("Vell Transition Authorization Act", "Orlen Fool Stock Advisor")."""
    return key.rsplit(" ", 1)[-1] in tables().named_after_words


def _adds_body_or_office(words: Sequence[str], *, institutions: bool = False) -> bool:
    """Whether the words a longer name adds to a shorter one make it a body of it ("Orlen
    Defence Council", "Vell Fund Regional Authorities": ``body_words``, in the plural too) or
    an office in it ("Vell Mission Special Coordinator": ``office_words``), not its full name.
    ``institutions``: the words of an institution known by its first word (``institution_words``:
    "DePaul" is "DePaul University") are no body."""
    t = tables()
    bodies = t.body_words - t.institution_words if institutions else t.body_words
    return bool(words) and (words[-1] in t.office_words or any(
        w in bodies or _singular_word(w) in bodies for w in words))


def _only_institution(words: Sequence[str]) -> bool:
    """Whether the words a longer name adds are only an institution's words and places
    ("University", "College London"): "Vitalant Research Institute" adds a research arm, no
    full name of "Vitalant"."""
    t = tables()
    return bool(words) and all(w in t.institution_words or _world_place(w) for w in words)


def _adds_branch(words: Sequence[str]) -> bool:
    """Whether the words a longer name adds end in "of" and a place: "Federal Reserve Bank of
    St. Louis" is a regional branch of the "Federal Reserve", not its full name."""
    if "of" not in words:
        return False
    place = " ".join(words[len(words) - words[::-1].index("of"):])  # the words after the last "of"
    return bool(place) and _world_place(place)


# Types of a title the model gives words that quote a slogan or name a work, a law or an event
# ("Make Trump just go away"): no person's full name, whatever surname ends it.
_TITLE_TYPES = frozenset({"WORK_OF_ART", "LAW", "EVENT"})


def _nations_own(key: str, added: Sequence[str]) -> bool:
    """Whether a name is an institution every nation has and the longer name adds only "of"
    and its country: "Reserve Bank" is the "Reserve Bank of Vellia" its article named, no
    branch of it (``national_institutions`` of coref.yaml)."""
    return (key in coref_tables().national_institutions and len(added) > 1 and added[0] == "of"
            and bool(_country_of(" ".join(added[1:]))))


def _district(key: str) -> bool:
    """Whether a name is a part of a city or a country ("west suva": ``compass_words`` and a
    GeoNames place), which the model may tag a person: no full name of anyone."""
    first, _, rest = key.partition(" ")
    return first in tables().compass_words and bool(rest) and _world_place(rest)


def _world_place(key: str) -> bool:
    """Whether a name key is a GeoNames city or US state, or a country of ``demonyms.yaml``."""
    return is_world_place(key) or key in country_keys()


def _company_form(words: Sequence[str]) -> bool:
    """Whether the words after a name's opening are only a company's form ("Group PLC",
    "Holdings": ``org_suffixes`` and ``joined_name_tails``): "EMI Group PLC" is EMI, while
    "ABC Rural" or "VAMSI Police Force" is a unit of the acronym's body, not its full name."""
    t = tables()
    return bool(words) and all(w in t.org_suffixes or w in t.joined_name_tails for w in words)


def _singular_word(word: str) -> str:
    """ "authorities" -> "authority", "offices" -> "office", "churches" -> "church"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _doc_node(doc: str, key: str) -> str:
    return f"{doc}\x00{key}"


def _two_letters(letters: str) -> bool:
    """Whether an acronym's letters are two or fewer ("AI", "PR", "IS"): such an acronym means
    many things, so it joins a name only in a document that writes that name."""
    return len(letters) < 3


def _two_letter_pair(pair: AliasPair) -> bool:
    """Whether a stated pair's alias is an acronym of two letters (:func:`_two_letters`)."""
    alias = pair.alias if is_acronym(pair.alias) else pair.name if is_acronym(pair.name) else ""
    return bool(alias) and _two_letters(acronym_key(alias))


def _stated_keys(pair: AliasPair) -> tuple[str, str]:
    """The keys of a stated pair, name first, with an acronym always on the alias side: "ICC
    (International Cricket Council)" states the same pair as "International Cricket Council
    (ICC)". Two articles that spell one acronym out two ways then share it per document, not
    as one name joined through the acronym."""
    name, alias = pair.name, pair.alias
    if is_acronym(name) and not is_acronym(alias):
        name, alias = alias, name
    return canonical_key(name), canonical_key(alias)


def _names_its_kind(rest: str, members: AbstractSet[str]) -> bool:
    """Whether a possessive's one noun is the last word of one of its owner's names ("their
    party" of the Republican Party): the phrase names the owner, not a thing of it."""
    word = rest.strip().casefold()
    return bool(word) and " " not in word and any(" " in m and m.rsplit(" ", 1)[-1] == word for m in members)


def _feature_named(key: str) -> bool:
    """Whether a name opens with a kind of place before its own word ("cape orvik", "mount
    kestra"; ``feature_words`` of names.yaml, not a storm's: "Hurricane Rita" is no place)."""
    first, _, rest = key.partition(" ")
    t = tables()
    return bool(rest) and first in t.feature_words and first not in t.storm_words


def _node_key(node: str) -> str:
    return node.split("\x00", 1)[-1]


@dataclass(slots=True)
class _Row:
    """One stored mention and what resolution decided for it."""

    rid: int
    m: Mention
    key: str = ""
    node: str = ""
    rule: str = ""
    form: str | None = None
    inner: _Row | None = None
    suffixed: bool = False  # written with a company's legal form ("Vell Co"), no title


class _Resolver:
    """One run of resolution; see the module docstring for the order of the rules."""

    def __init__(self, rows: list[_Row], stated: list[AliasPair], user: UserAliases | None) -> None:
        self.rows = rows
        self.stated = stated
        self.user = user or UserAliases()
        self.builtin = builtin_aliases()
        self.gaz = _known_types()
        self.owned_institutions: set[int] = set()  # rows of "Japan's Foreign Ministry": the nation's own
        self.c = _Clusters()
        self.labels: dict[str, dict[str, int]] = defaultdict(dict)
        self.forms: dict[str, set[str]] = defaultdict(set)  # key -> written forms, once classified
        self._first_names_written: dict[tuple[str, str], set[str]] | None = None
        self.docs_of: dict[str, set[str]] = defaultdict(set)
        self.doc_nodes: dict[tuple[str, str], str] = {}
        self.by_pos: dict[tuple[str, int, int], _Row] = {}
        self._tables: list[dict[str, tuple[str, str]]] | None = None
        self._types: dict[str, str] | None = None
        self._groups: list[list[tuple[str, ...]]] | None = None
        self._tabled_names: set[str] | None = None  # acronyms the alias tables spell out
        self._by_doc_country: dict[str, Counter] | None = None  # doc -> country key -> mentions
        # concept node -> (possessor's node, the words after the pronoun): "its leader"
        self.possessed: dict[str, tuple[str, str]] = {}
        self._parts: dict[str, PersonName] = {}
        self._sexes: dict[str, set[str]] = {}  # key -> sex its titles or first name give
        self._titled_sexes: dict[str, set[str]] = {}  # key -> sex its titles give
        self.doc_sex: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, key) -> titles' sex
        self.titled: Counter = Counter()  # key -> mentions written with a person's title
        self.given: dict[str, set[str]] = defaultdict(set)  # key -> docs writing it after "King", "Prince"
        self.peers: set[str] = set()  # keys written after a peer's title ("Lord Green")
        self.suffixed: Counter = Counter()  # key -> mentions written with a company's legal form
        self.evidence: dict[str, Counter] = defaultdict(Counter)  # key -> type -> votes the text states
        self.kin: set[tuple[str, str]] = set()  # (doc, key) of a name written as a relative: "his son James"
        self.doc_count: Counter = Counter()  # (doc, key) -> named mentions
        self.where: dict[tuple[str, str], list[int]] = defaultdict(list)  # (doc, key) -> mention offsets
        self._org_heads: set[tuple[str, str]] | None = None  # (doc, first word of an ORG name)
        self.suffixed_in: set[tuple[str, str]] = set()  # (doc, key) written with a legal form
        self._orgs_in: dict[str, list[str]] | None = None  # doc -> ORG names of two words or more
        self._by_last_word: dict[str, list[str]] | None = None  # last word -> names of two words or more
        self._multiword_in: dict[str, list[str]] | None = None  # doc -> names of two words or more
        self.pron_sex: dict[str, Counter] = defaultdict(Counter)  # key -> "male"/"female" pronouns
        self.doc_pron_sex: dict[tuple[str, str], Counter] = defaultdict(Counter)  # the same, per document
        self.doc_offices: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, titled surname) -> offices
        self.doc_office_count: Counter = Counter()  # (doc, titled surname) -> mentions written with an office
        self.office_full: dict[tuple[str, str], set[str]] = defaultdict(set)  # (surname, office) -> full names
        self.office_docs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (full name, office) -> docs
        self.sexed: dict[str, list[str]] = defaultdict(list)  # surname -> keys of titled surnames kept apart
        # (doc, key) of a titled surname kept apart in that article: "Mullah Dadullah", his
        # brother's; "Mrs. Vellar" beside the one Vellar named there, a man
        self.apart: dict[str, set[str]] = defaultdict(set)  # key -> documents
        self.keys_final = False  # the rules over keys began (not while tables and stated aliases join)
        # near misses: (key, key, rule that was tried, why it was refused)
        self.near: list[tuple[str, str, str, str]] = []

    # keys and nodes
    def classify(self) -> None:
        """Give every name mention its key and node; containers, anaphors and concepts wait."""
        by_pos = self.by_pos
        by_doc: dict[str, list[_Row]] = defaultdict(list)
        suffixed = self._suffixed_keys()
        for r in self.rows:
            m = r.m
            by_pos[(m.doc, m.start_char, m.end_char)] = r
            by_doc[m.doc].append(r)
            if m.kind == "chunk" and m.label == "CONCEPT" and titled_person(m.text):
                r.m = m = replace(m, label="PERSON")  # "Lord Trevane", not tagged by the model
            if m.label in NAMED_TYPES or (m.label not in ("CONCEPT", "PRON") and m.kind == "entity"):
                if m.kind in ("pronoun", "description") or not _ALNUM.search(m.text):
                    continue
                titled = titled_person(m.text) or role_titled_person(m.text)
                if m.label == "PERSON" and (has_org_suffix(m.text) or is_pageant(m.text)):
                    r.m = m = replace(m, label="ORG")  # "General Electric Co", "Miss Louisiana": no person
                if (titled or m.label == "PERSON" and not _INITIALLED.search(m.text)) and (
                        canonical_key(m.text) in suffixed):
                    r.m = m = replace(m, label="ORG")  # "General Electric" beside "General Electric Co"
                    titled = False
                elif titled or _nicknamed(m.text):
                    # "Mr Blair" typed ORG: a title says person; so does a quoted nickname
                    # between two names ('William "Mo" Cowan' typed WORK_OF_ART)
                    r.m = m = replace(m, label="PERSON")
                if m.label == "PERSON" and _only_titles(m.text):
                    continue  # "Gen" cut off its name: no name at all
                owned = _owned_institution_key(m.text) if m.label == "ORG" else ""
                if owned:
                    self.owned_institutions.add(r.rid)  # "Japan's Foreign Ministry": no container of its bare name
                r.key = owned or canonical_key(m.text, m.label)
                if titled:
                    self.titled[r.key] += 1
                    title = set(person_parts(m.text).title) if m.label == "PERSON" else set()
                    if title & tables().given_name_titles:
                        self.given[r.key].add(m.doc)  # "King Hussein": a given name, no surname
                    if title & tables().peer_titles:
                        self.peers.add(r.key)  # "Lord Green": his own article's Green only
                else:
                    r.suffixed = has_org_suffix(m.text)
                sex = title_sex(m.text) if m.label == "PERSON" else ""
                if sex:
                    self.doc_sex[(m.doc, r.key)].add(sex)
        self._kin_names()
        for rows in by_doc.values():
            _split_legal_forms(rows)
            self._founders_firms(rows)
            self._titled_surnames(rows)
            self._kin_surnames(rows)
            self._shared_surnames(rows)
            self._containers(rows)
        self.suffixed.update(r.key for r in self.rows if r.suffixed)
        self.suffixed_in.update((r.m.doc, r.key) for r in self.rows if r.key and r.suffixed)
        labels, docs_of, add, doc_count = self.labels, self.docs_of, self.c.add, self.doc_count
        for r in self.rows:
            if r.key and r.inner is None:
                key = r.key
                add(key)
                counts = labels[key]
                counts[r.m.label] = counts.get(r.m.label, 0) + 1
                docs_of[key].add(r.m.doc)
                self.forms[key].add(r.m.text)
                doc_count[(r.m.doc, key)] += 1
                self.where[(r.m.doc, key)].append(r.m.start_char)
        self._pronoun_sexes(by_doc)
        for rows in by_doc.values():
            self._surnames_alone(rows)
        self._stated_evidence()

    def _pronoun_sexes(self, by_doc: dict[str, list[_Row]]) -> None:
        """'he' / 'she' resolved to a name, counted per key (and per document and key): evidence
        of the person's sex."""
        for doc, rows in by_doc.items():
            for key, genders in self._pronoun_genders(rows).items():
                self.doc_pron_sex[(doc, key)].update(genders)
                self.pron_sex[key].update(genders)

    def _pronoun_genders(self, rows: Iterable[_Row], *, untitled: bool = False) -> dict[str, Counter]:
        """Per key, the genders of the "he"s and "she"s among ``rows`` resolved to its mentions
        (``untitled``: only to mentions written without a title of a sex, not "Mrs. Vellar")."""
        pronouns = coref_tables().pronouns
        counts: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            if r.m.kind != "pronoun" or r.m.antecedent is None:
                continue
            gender = (pronouns.get(r.m.text.lower()) or {}).get("gender")
            ante = self.by_pos.get((r.m.doc, *r.m.antecedent)) if gender else None
            if ante is not None and ante.key and not (untitled and title_sex(ante.m.text)):
                counts[ante.key][gender] += 1
        return counts

    def sex_of(self, key: str, *, first_name: bool = True, pronouns: int = 1) -> str:
        """The sex titles or the first name give a person ("Mrs", "Sir", "Jeanne"), else the
        one nearly all the pronouns resolved to the name give (at least ``pronouns`` of them),
        else "". Without ``first_name`` a first name alone says nothing (a pronoun's evidence
        weighs more than a first name some locale gives the other sex: "Storm Reid")."""
        titled = self._sexes.get(key, set()) if first_name else self._titled_sexes.get(key, set())
        if len(titled) == 1:
            return next(iter(titled))
        return "" if titled else self._pronoun_sex(key, pronouns)

    def _doc_pronoun_sex(self, doc: str, key: str) -> str:
        """The sex nearly all the "he"s and "she"s ``doc`` resolves to ``key`` give, or ""."""
        return _nearly_all(self.doc_pron_sex.get((doc, key)), coref_tables().sex_from_pronouns)

    def _said_of(self, doc: str, key: str) -> bool:
        """Whether ``doc`` resolves a "he" or a "she" to ``key``: the text calls it a person."""
        return bool(self.doc_pron_sex.get((doc, key)))

    def _pronoun_sex(self, key: str, pronouns: int = 1) -> str:
        """The sex nearly all the pronouns resolved to a name give (at least ``pronouns``), or ""."""
        return _nearly_all(self.pron_sex.get(key), pronouns)

    def _suffixed_keys(self) -> set[str]:
        """Keys of names written somewhere with a company's legal form ("General Electric Co"):
        the same name written without it ("General Electric") is that company, not a General."""
        out = set()
        for r in self.rows:
            m = r.m
            if m.kind not in ("pronoun", "description") and m.label not in ("CONCEPT", "PRON", "CLAIM") and (
                    has_org_suffix(m.text)):
                out.add(canonical_key(m.text))
        return out

    def _stated_evidence(self) -> None:
        """Votes for a type the text states ("X, the company's founder": PERSON; "the province
        of X": GPE), found in extraction and stored with the stated aliases (``type:`` rules)."""
        weights = tables().type_votes
        for p in self.stated:
            if not p.rule.startswith("type:"):
                continue
            _, typ, kind = (p.rule.split(":") + ["", ""])[:3]
            for key in {canonical_key(p.name), canonical_key(p.name, "PERSON")}:
                if typ == "PERSON" and _institution(key):
                    continue  # "China's official Xinhua News Agency": an agency, whatever the title
                if key in self.labels:
                    self.evidence[key][typ] += weights.get(kind, 0.0)

    def _founders_firms(self, rows: list[_Row]) -> None:
        """'Ivan F. Boesky and Co LP' beside 'Ivan F. Boesky': a firm named after a person
        its article names with a middle initial (a person's name, never a company's) is not
        that person, though the legal form folds away; it gets a key of its own."""
        people = {r.key for r in rows if r.key and r.m.label == "PERSON" and _INITIALLED.search(r.m.text)}
        for r in rows:
            if r.key in people and r.m.label == "ORG" and r.suffixed:
                r.key = f"{r.key} firm"

    def _titled_surnames(self, rows: list[_Row]) -> None:
        """'Gen Montoya' is the 'Gen Rafael Montoya' of its article and 'Sen Montoya' the
        'Senator Ana Montoya': a surname after a rank or office goes to the only full name of
        the article written with that title (``title_forms`` equates "Sen" and "Senator")."""
        t = tables()
        plain = {w for w, sex in t.honorifics.items() if sex != "any"}  # Mr, Mrs, Sir: no office
        full: dict[tuple[str, str], set[str]] = defaultdict(set)
        bare: list[tuple[_Row, list[str]]] = []
        for r in rows:
            if not r.key or r.m.label != "PERSON" or not r.m.text[:1].isupper():
                continue
            p = person_parts(r.m.text)
            offices = [t.title_forms.get(w, w) for w in p.title if w not in plain]
            if p.full and p.suffix in t.elder_suffixes:
                continue  # "President Vellan" is not "President Tomas Vellan Sr.": the elder is marked
            if p.full:
                for w in offices:
                    full[(p.last, w)].add(r.key)
            elif p.last and offices and titled_person(r.m.text):
                bare.append((r, offices))
        for r, offices in bare:
            keys = set().union(*(full.get((person_parts(r.m.text).last, w), set()) for w in offices))
            if len(keys) == 1:
                r.key = keys.pop()
            elif offices:
                self.doc_offices[(r.m.doc, r.key)].add(offices[-1])
                self.doc_office_count[(r.m.doc, r.key)] += 1
        for (last, office), keys in full.items():
            for key in keys:
                self.office_full[(last, office)].add(key)
                self.office_docs[(key, office)].add(rows[0].m.doc)

    def _kin_names(self) -> None:
        """The names the text writes as someone's relative ("his son James", "his brother,
        Mullah Dadullah"), by document: a role of ``family_nouns`` stated beside them."""
        family = tables().family_nouns
        for p in self.stated:
            if p.rule == "type:PERSON:role" and p.alias.lower() in family:
                self.kin.add((p.doc, canonical_key(p.name, "PERSON")))

    def _kin_surnames(self, rows: list[_Row]) -> None:
        """'Mansoor Dadullah ... his brother, Mullah Dadullah': a surname written with a title,
        that the article writes as someone's relative beside a full name of that surname (the
        family), is another person than the full name. It keeps a key of its own (title and
        surname, in ``apart``), so no surname rule joins it; the bare surname still goes to
        the article's dominant person."""
        kin = [r for r in rows if r.key and r.m.label == "PERSON" and (r.m.doc, r.key) in self.kin]
        if not kin:
            return
        families = {p.last for r in rows if r.key and r.m.label == "PERSON" and (p := person_parts(r.m.text)).full}
        for r in kin:
            p = person_parts(r.m.text)
            if r.key not in families or p.full or not p.title:
                continue  # the bare "Dadullah" is the article's to give
            r.key = f"{' '.join(p.title)} {p.last}"
            r.form = drop_possessor(display_form(r.m.text))
            self.apart[r.key].add(r.m.doc)

    def _surnames_alone(self, rows: list[_Row]) -> None:
        """'Ewan McGregor' the model typed ORG beside 'McGregor' typed PERSON in its article: a
        first name and a surname the article writes alone as a person vote for a person
        (``surname_alone`` of ``type_votes``); a place first ("Washington Redskins") does not.
        A surname that took "he" or "she" is a person whatever its type, and makes a person
        of a name it ends even when the first name is in no list ("Syukuro Manabe" ORG,
        "Manabe" GPE, then "he")."""
        lone = [r for r in rows if r.key and r.m.label == "PERSON" and " " not in r.m.text.strip()]
        alone = {r.key for r in lone}
        firsts = {(r.m.doc, r.key) for r in lone if is_first_name(r.m.text.strip())}
        spoken = {r.key for r in rows if r.key and " " not in r.key and self._pronoun_sex(r.key)}
        weight = tables().type_votes.get("surname_alone", 0.0)
        for r in rows:
            if r.key and r.m.label != "PERSON" and r.m.label in NAMED_TYPES and (
                    self._ends_in_surname(r, alone, spoken) or self._opens_with_first_name(r, firsts)):
                self.evidence[r.key]["PERSON"] += weight

    def _opens_with_first_name(self, r: _Row, firsts: set[tuple[str, str]]) -> bool:
        """'Jose Vellano' the model typed FAC and ORG beside 'Jose' typed PERSON in its article:
        a known first name the article writes alone as a person opens the person's full name
        (two words in capitals, no legal form, no body's word, no gazetteer entry)."""
        words = r.m.text.split()
        if len(words) != 2 or not all(w[:1].isupper() for w in words) or r.key in self.gaz:
            return False
        return ((r.m.doc, canonical_key(words[0])) in firsts and not has_org_suffix(r.m.text)
                and not plain_org_words() & set(r.key.split()) and not self._is_place(canonical_key(words[-1])))

    def _ends_in_surname(self, r: _Row, alone: set[str], spoken: set[str]) -> bool:
        """Whether a name of two or three words in capitals ends in a person's surname: one the
        article writes alone as a person after a known first name, or one that took "he" or
        "she" (then any first word, but no body's word: "Manabe Council" is no person)."""
        words = r.m.text.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        last = canonical_key(words[-1])
        if not (last in alone and is_first_name(words[0])
                or last in spoken and r.key not in self.gaz and not plain_org_words() & set(r.key.split())
                and r.m.label not in _TITLE_TYPES):  # '"Make Trump just go away"' is a slogan's title
            return False
        return not self._is_place(canonical_key(words[0])) and not has_org_suffix(r.m.text)

    def _shared_surnames(self, rows: list[_Row]) -> None:
        """'Lady Starmer' beside 'Sir Keir Starmer': when an article has two people of one
        surname (two full names, or titles of both sexes), a surname written with a title
        that gives a sex ("Mrs", "Lady", "Mr", "Sir") is kept apart from the bare surname,
        under its own key, so the bare one can go to the article's dominant person
        (``apply_surnames``) and the titled one only to a person of its sex. A full name's sex
        is its first name's, else that of the pronouns resolved to it or, when it is the only
        full name of its surname, to its bare surname ("Ashton Vellar ... Vellar ... he"); a
        titled surname whose article names no one of its sex in full ("Mrs. Vellar") joins no
        one, nor does a woman called by a man's full name ("Mrs. Tom Orrin")."""
        people: dict[str, set[str]] = defaultdict(set)
        sexes: dict[str, set[str]] = defaultdict(set)
        sexed: list[tuple[_Row, str]] = []
        full_sex: dict[str, str] = {}  # key of a full name written without a title -> its sex
        titled: list[tuple[_Row, str]] = []  # full names written with a title of a sex
        spoken = self._spoken_sexes(rows)
        plain = {w for w, s in tables().honorifics.items() if s != "any"} - tables().given_name_titles
        for r in rows:
            if not r.key or r.m.label != "PERSON" or not r.m.text[:1].isupper():
                continue
            p = person_parts(r.m.text)
            said = title_sex(r.m.text) if p.full else ""
            if said:
                people[p.last].add(r.key)
                titled.append((r, said))
            elif p.full:
                people[p.last].add(r.key)
                full_sex[r.key] = full_sex.get(r.key) or p.sex or spoken.get(r.key, "")
            elif p.last and p.sex and r.key == p.last:
                sexed.append((r, p.sex))
            if p.last and p.sex:
                sexes[p.last].add(p.sex)
        for last, keys in people.items():
            if len(keys) == 1 and spoken.get(last):  # "Ashton Vellar ... Vellar ... he": a man
                key = next(iter(keys))
                full_sex[key] = full_sex.get(key) or spoken[last]
            sexes[last].update(full_sex[k] for k in keys if full_sex.get(k))
        for r, sex in titled:  # "Mrs. Bobby Vellar" beside Bobby Vellar, a man: his wife
            if full_sex.get(r.key) and full_sex[r.key] != sex:
                r.key = f"{'mrs' if sex == 'female' else 'mr'} {r.key}"
                r.form = drop_possessor(display_form(r.m.text))
                self.apart[r.key].add(r.m.doc)
        for r, sex in sexed:
            last = r.key
            if set(person_parts(r.m.text).title) <= plain and (own := self._titled_one(people[last], full_sex, sex)) \
                    and not (self.doc_offices.get((r.m.doc, last)) and _son_name(own)):
                # "Mrs. Vellar" where Sara Vellar is the one woman of the name named; not "Mr.
                # Vellmont" beside "President Vellmont" and his son Tom Vellmont Jr.: the father
                r.key = own
                self.doc_sex[(r.m.doc, last)].discard(sex)  # the title is hers, not the bare surname's
                continue
            if len(people[last]) < 2 and len(sexes[last]) < 2:
                continue
            if people[last] and all(full_sex.get(k) and full_sex[k] != sex for k in people[last]):
                # "Mrs. Vellar" where the one Vellar named in full is a man: his wife, no surname of his
                self.apart[f"{'mrs' if sex == 'female' else 'mr'} {last}"].add(r.m.doc)
            r.key = f"{'mrs' if sex == 'female' else 'mr'} {last}"
            r.form = drop_possessor(display_form(r.m.text))  # shown with its title: "Lady Starmer"
            self.doc_sex[(r.m.doc, last)].discard(sex)
            self.doc_sex[(r.m.doc, r.key)].add(sex)
            if r.key not in self.sexed[last]:
                self.sexed[last].append(r.key)

    @staticmethod
    def _titled_one(keys: set[str], full_sex: dict[str, str], sex: str) -> str:
        """The full name of ``keys`` (an article's people of one surname) when it is the only
        one and of ``sex``, or "". Its article's "Mrs. Vellar" is hers before any rule looks
        across articles: a title in the article that names her says nothing of the bare
        "Vellar" of another (President Tom Vellar there). With two people of the surname the
        title tells them apart in the article (kept apart below)."""
        if len(keys) != 1:
            return ""
        (key,) = keys
        return key if full_sex.get(key) == sex else ""

    def _spoken_sexes(self, rows: list[_Row]) -> dict[str, str]:
        """Per key of an article's names, the sex of the pronouns resolved to its mentions written
        without a title of a sex, when they are at least ``sex_from_pronouns`` and all of one
        gender ("Ashton Vellar ... he ... him")."""
        least = coref_tables().sex_from_pronouns
        return {key: next(iter(c)) for key, c in self._pronoun_genders(rows, untitled=True).items()
                if len(c) == 1 and sum(c.values()) >= least}

    def apply_tables(self) -> None:
        """Splits first (they constrain everything), then user and built-in merges."""
        for tag, (a, b) in enumerate(self.user.split):
            ka, kb = canonical_key(a), canonical_key(b)
            for k in (ka, kb):
                self.c.add(k)
            self.c.forbid(ka, kb, tag)
        for groups, rule in zip(self._key_groups(), ("user_alias", "alias_table"), strict=True):
            for keys in groups:
                present = [k for k in keys if k in self.c.parent]
                for k in present[1:]:
                    self.c.union(present[0], k, rule)

    def _key_groups(self) -> list[list[tuple[str, ...]]]:
        """Per alias table (the user's, then the built-in), the keys of each of its groups
        (a merge list, or a variant with its canonical name), in the order written."""
        if self._groups is None:
            self._groups = [[tuple(dict.fromkeys(canonical_key(n) for n in group))
                             for group in (*table.merge, *table.canonical.items())]
                            for table in (self.user, self.builtin)]
        return self._groups

    def _table_groups(self) -> dict[str, int]:
        """The alias-table group (user's or built-in) of every key a table names."""
        out: dict[str, int] = {}
        for groups in self._key_groups():
            for keys in groups:
                gid = next((out[k] for k in keys if k in out), len(out))
                for k in keys:
                    out.setdefault(k, gid)
        return out

    def apply_stated(self) -> None:
        """Stated aliases; an acronym stated for two different names, of two letters ("Army
        of Islam (AI)": elsewhere "AI" is artificial intelligence), or one the alias tables give
        another name ("AFP", Agence France-Presse, stated for a police force), is joined per
        document. A pair of two names the alias tables know as two actors is a misreading ("the
        CIA, or FBI"), never joined."""
        by_alias: dict[str, set[str]] = defaultdict(set)
        pairs = []
        groups = self._table_groups()
        for p in self.stated:
            if p.rule.startswith("type:"):
                continue  # evidence for a type, not an alias
            kn, ka = _stated_keys(p)
            if kn in groups and ka in groups and groups[kn] != groups[ka]:
                continue
            if kn in self.c.parent and ka in self.c.parent:
                pairs.append((p, kn, ka))
                by_alias[ka].add(kn)
        for p, kn, ka in pairs:
            roots = {self.c.find(k) for k in by_alias[ka]}
            # "Ardenian Federal Police (AFP)": the tables give "AFP" another actor, so the
            # stated pair holds in this article only
            tabled = ka in groups and kn not in groups
            if len(roots) <= 1 and not _two_letter_pair(p) and not tabled:
                self.c.union(kn, ka, p.rule)
            else:
                self.c.union(kn, self._scoped(p.doc, ka), p.rule)

    def _scoped(self, doc: str, key: str) -> str:
        node = _doc_node(doc, key)
        if node not in self.c.parent:
            self.c.add(node)
            self.doc_nodes[(doc, key)] = node
        return node

    # types
    def cluster_type(self, node: str) -> str:
        root = self.c.find(node)
        if root.startswith("claim:"):
            return "CLAIM"
        memo = self.c.type_memo.get(root)
        if memo is None:
            memo = self._vote(self.c.members[root])
            self.c.type_memo[root] = memo
        return memo

    def _vote(self, nodes: Iterable[str]) -> str:
        """The type of a cluster: the user's type if given, else the most votes over the
        evidence of all its mentions, with the weights of ``type_votes`` (data/names.yaml):
        the gazetteer, the model's label of each mention, titles ("Mr", "Gen": PERSON), legal
        forms ("Co", "Inc": ORG; a cluster with one gives titles no vote: "General Electric
        Co"), the pronouns "he" and "she" resolved to it (PERSON), and what the text states (a
        role in apposition: PERSON; "the province of": GPE).
        A name that is a country's state or province (:func:`is_region`) votes GPE once per mention,
        and a day of the calendar (:func:`is_calendar_day`) is a DATE.
        A mention of an institution's word (``person_blockers``: "the Observatory") moves
        votes from a person to an organisation, however often the model took it for one."""
        nodes = list(nodes)
        keys = [_node_key(n) for n in nodes]
        typed = self._table_types()
        for k in keys:
            if k in typed:
                return typed[k]
        w = tables().type_votes
        votes: Counter = Counter()
        if all(is_calendar_day(k) for k in keys):  # "welcomed the New Year": a time, typed EVENT
            votes["DATE"] += w.get("calendar", 100.0)
        for k in keys:
            if k in self.gaz:
                votes[self.gaz[k]] += w.get("gazetteer", 100.0)
            for t, n in self.evidence.get(k, {}).items():
                votes[t] += n
        # A lone surname joined a full name because it is that person's: the model's type for
        # it ("Brandt" as ORG) does not outvote the name's own.
        voters = [n for n in nodes if not self._joined_as_surname(n)] or nodes
        if all(is_region(k) for k in keys):  # "Tamil Nadu", typed PERSON or FAC by the model
            votes["GPE"] += w.get("region", 1.0) * sum(sum(self.labels.get(k, {}).values()) for k in keys)
        for k in (_node_key(n) for n in voters):
            for t, n in self.labels.get(k, {}).items():
                if t not in ("CONCEPT", "PRON"):
                    votes[t] += n * w.get("label", 1.0)
        featured = sum(sum(self.labels.get(k, {}).values()) for k in keys if _feature_named(k))
        if featured:  # "Cape Orvik", typed PERSON by the model: a place, whose last word no surname
            votes["LOC"] += w.get("feature", 3.0) * featured
        if not votes.keys() & (ACTOR_TYPES | AREA_TYPES):  # "Harrison Goldin" tagged WORK_OF_ART: a person
            votes["PERSON"] += w.get("first_name", 2.0) * sum(1 for k in keys if first_named(k))
        elif not votes.keys() - {"ORG"}:  # "Jeanine Tesori" tagged ORG once: a first name of one sex
            votes["PERSON"] += w.get("first_name", 2.0) * sum(
                1 for k in keys if first_named(k, sexed=True) and not self._is_place(k.split()[0])
                and self._capitalised(k) and not self._org_word_alone(k))
        suffixed = sum(self.suffixed.get(_node_key(n), 0) for n in voters)  # not another article's "Brandt & Co."
        if suffixed:
            votes["ORG"] += w.get("org_suffix", 5.0) * suffixed
        else:
            titled = sum(self.titled.get(k, 0) for k in keys)
            if titled:  # "Mr Penhallow", "Lord Trevane": a title is evidence of a person
                votes["PERSON"] += w.get("title", 3.0) * titled
            # "he" and "she" resolved to the name ("Dr. Neelan ... he"): a person, however often
            # the model typed the name ORG; not a known place ("the Duchess of Cornwall ... she")
            if not any(is_region(k) or k in country_keys() or self.gaz.get(k) in AREA_TYPES for k in keys):
                votes["PERSON"] += w.get("pronoun", 0.0) * sum(sum(self.pron_sex.get(k, {}).values()) for k in keys)
        institutional = sum(sum(self.labels.get(k, {}).values()) for k in keys if _institution(k))
        if institutional and votes["PERSON"]:  # "Vellian Observatory for Human Rights", "the Observatory"
            moved = min(votes["PERSON"], w.get("institution", 3.0) * institutional)
            votes["PERSON"] -= moved
            votes["ORG"] += moved
        votes = Counter({t: v for t, v in votes.items() if v > 0})
        if not votes:
            return "CONCEPT"
        return min(votes, key=lambda t: (-votes[t], TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, t))

    def _joined_as_surname(self, node: str) -> bool:
        """A one-word name that joined its cluster only as a part or an acronym of a longer
        name (surname, first name, initials): its own type ("Brandt" ORG, "JMSA" ORG, "Ukip"
        GPE) does not outvote the name's."""
        edges = self.c.edges.get(node)
        return bool(edges) and " " not in _node_key(node) and all(
            rule.startswith(("surname", "first_name", "acronym")) for _, rule in edges)

    # rules over keys
    def _join_unique(self, key: str, candidates: list[str], rule: str, *, doc_only: bool = False,
                     fits: Callable[[str, str], bool] | None = None, dominant: bool = False,
                     prefer: Callable[[str], bool] | None = None) -> None:
        """Join ``key`` to its only candidate cluster; else per document where one is present
        (and ``fits(document, candidate)``); with ``dominant``, where several are present, to
        the one the document names far more often than any other (``surname_dominance``),
        if ``prefer`` takes it (a person of the same sex).
        Candidates left ambiguous are near misses."""
        own = self.c.find(key)
        roots = sorted({self.c.find(k) for k in candidates} - {own})
        if not roots or any(self.c.find(k) == own for k in candidates):
            return
        if len(roots) == 1 and not doc_only:
            self._union(key, min(k for k in candidates if self.c.find(k) == roots[0]), rule)
            return
        joined = False
        for doc in sorted(self.docs_of[key] - self._apart_docs(key)):
            present = [k for k in candidates if doc in self.docs_of[k] and (fits is None or fits(doc, k))]
            # each candidate as it stands in this document: "Donald Vell" joined "Donald J.
            # Vell" there, though not in the corpus, is one person there
            node = {k: self.doc_nodes.get((doc, k), k) for k in present}
            here = sorted({self.c.find(node[k]) for k in present})
            if len(here) == 1:
                target = min(node[k] for k in present if self.c.find(node[k]) == here[0])
                joined = self._union(self._scoped(doc, key), target, rule) or joined
            elif len(here) > 1 and dominant and (top := self._dominant(doc, here, key)) and (
                    prefer is None or any(prefer(k) for k in present if self.c.find(node[k]) == top)):
                target = min(node[k] for k in present if self.c.find(node[k]) == top)
                joined = self._union(self._scoped(doc, key), target, f"{rule}:dominant") or joined
            elif len(here) > 1:
                self._ambiguous(key, present, rule, "in one document")
        if not joined and len(roots) > 1 and not doc_only:
            self._ambiguous(key, candidates, rule, "in the corpus")

    def _dominant(self, doc: str, roots: list[str], key: str = "") -> str:
        """The cluster among ``roots`` that ``doc`` names at least ``surname_dominance`` times
        as often as any other, or "". The mentions of ``key`` (a bare surname) written after
        the first of these people is named and before the second is count for the first:
        then it can only mean the one already named ("Tanner Fischer ... Fischer ...
        Fischer's mother, Adrianne Fischer"). One written before any of them names no one yet.
        When every mention of ``key`` there lies between, it is the first one's alone."""
        counts = {root: self._doc_mentions(doc, root) for root in roots}
        if key:
            firsts = sorted((min((p for k in self._doc_keys(doc, root) if k != key
                                  for p in self.where.get((doc, k), ())), default=1 << 60), root) for root in roots)
            mine = self.where.get((doc, key), ())
            between = sum(1 for p in mine if firsts[0][0] < p < firsts[1][0])
            if mine and between == len(mine):
                return firsts[0][1]
            counts[firsts[0][1]] += between
        return _far_ahead(counts)

    def _named_before(self, doc: str, full: str, short: str) -> bool:
        """Whether ``doc`` names ``full`` before it first writes ``short`` (a person is
        introduced by the full name, then called by a part of it)."""
        a, b = self.where.get((doc, full)), self.where.get((doc, short))
        return bool(a) and bool(b) and min(a) < min(b)

    def _union(self, a: str, b: str, rule: str) -> bool:
        """Join two clusters unless that would put two different people in one: two full
        names whose first or last names disagree ("Abu Amer" may join "Sadeq Abu Amer" or
        "Abu Hassan Amer", never both)."""
        if self.cluster_type(a) == "PERSON" and self.cluster_type(b) == "PERSON":
            clash = self._people_clash(a, b)
            if clash:
                self.near.append((_node_key(a), _node_key(b), rule, clash))
                return False
        return self.c.union(a, b, rule)

    def _people_clash(self, a: str, b: str) -> str:
        """Why the clusters of ``a`` and ``b`` hold different people, or ""."""
        ra, rb = self.c.find(a), self.c.find(b)
        if ra == rb or not self.keys_final:
            return ""
        full_a = [k for k in self.c.members[ra] if "\x00" not in k and self.parts(k, self.forms).full]
        full_b = [k for k in self.c.members[rb] if "\x00" not in k and self.parts(k, self.forms).full]
        for x in full_a[:20]:
            for y in full_b[:20]:
                if self._generations_differ(x, y):
                    return f"{x} / {y}: different generations"
                if _subsequence(x, y) or _subsequence(y, x):
                    continue  # "Salcedo Arriaga" is "Jose Maria Salcedo Arriaga" written shorter
                why = self._people_apart(x, y, self.forms)
                if why:
                    return f"{x} / {y}: {why}"
        return ""

    def _generations_differ(self, a: str, b: str) -> bool:
        """ "Tom Vellmont Jr." is not Tom Vellmont: a generation suffix (``generation_suffixes``)
        written on one full name and not the same on the other marks father and son."""
        gens = tables().generation_suffixes
        sa, sb = self.parts(a, self.forms).suffix, self.parts(b, self.forms).suffix
        return sa != sb and (sa in gens or sb in gens)

    def _ambiguous(self, key: str, candidates: list[str], rule: str, where: str) -> None:
        """Record a rule that found several candidates for ``key`` (a near miss for each)."""
        heads = sorted({min(k for k in candidates if self.c.find(k) == root)
                        for root in {self.c.find(k) for k in candidates}})
        for k in heads[:6]:
            others = ", ".join(h for h in heads if h != k)
            self.near.append((key, k, rule, f"{len(heads)} candidates {where} (also {others})"))

    def apply_acronyms(self, forms: dict[str, set[str]]) -> None:
        """An acronym joins the only name with its initials (one of two letters, "AI" or "PR",
        only in a document that writes that name: elsewhere it means something else; one
        already joined to another name it spells, in a document that writes only a second
        one: ``_acronym_where_written``); a
        person's initialism ("MRT" for Mark Ridley-Thomas, three letters or more) only in its
        document and when no organisation has those initials."""
        index: dict[str, list[str]] = defaultdict(list)
        suffixes = tables().org_suffixes  # "Imperial Chemical Industries PLC": a legal form
        for key in self.labels:
            if " " in key and not any(is_acronym(w) and w.strip(".").lower() not in suffixes
                                      for f in forms[key] for w in f.split()):
                for ini in dict.fromkeys(initials(k) for k in self._expansions(key)):
                    if len(ini) >= 2:  # not "AP Photographer": an acronym inside is no expansion
                        index[ini].append(key)
        for r in self.rows:  # "CDPJ": the written "Constitutional Democratic Party of Japan",
            if r.inner is not None and r.inner.key and " " in r.key and r.m.label == r.inner.m.label:
                ini = initials(r.key)  # which resolved to the name inside it
                if len(ini) >= 3 and r.inner.key not in index[ini]:
                    index[ini].append(r.inner.key)
        for key in sorted(self.labels):
            if " " in key or not any(is_acronym(f) for f in forms[key]):
                continue
            letters = acronym_key(key)
            person = self.cluster_type(key) == "PERSON"
            cands = index.get(letters, ())
            own_type = self.cluster_type(key)
            # "NPR" (an organisation) never stands for the town "New Port Richey" it spells
            others = [k for k in cands if self.cluster_type(k) != "PERSON"
                      and (own_type in PLACE_TYPES or self.cluster_type(k) not in PLACE_TYPES)]
            if others and self._tabled_country(key):
                continue  # "U.S." is the United States, never a column called "Usual Suspects"
            if others and not person and (self._spelt_out(key) or self._tabled_name(key)):
                self._acronym_where_written(key, others)
            elif others and not person:  # two letters ("AI", "PR") only where the name is written
                self._join_unique(key, others, "acronym", doc_only=_two_letters(letters))
            elif not cands and not person and len(letters) >= 3:
                self._prefix_acronym(key, letters, forms)
            elif not others and len(letters) >= 3:
                people = [k for k in cands if self.cluster_type(k) == "PERSON"]
                self._join_unique(key, people, "acronym:person", doc_only=True)

    def _acronym_where_written(self, key: str, names: list[str]) -> None:
        """'AFP' in an article that writes 'Ardenian Federal Police' and not 'Agence
        France-Presse' (whose letters the alias tables give it) is the police there."""
        own = self.c.find(key)
        for doc in sorted(self.docs_of[key]):
            here = {self.c.find(k) for k in names if doc in self.docs_of[k]}
            if len(here) == 1 and own not in here:
                target = min(k for k in names if doc in self.docs_of[k])
                self.c.union(self._scoped(doc, key), target, "acronym")

    def apply_acronym_heads(self, forms: dict[str, set[str]]) -> None:
        """'UN Security Council' and 'United Nations Security Council', 'FINRA Investor
        Education Foundation' and 'Financial Industry Regulatory Authority Investor Education
        Foundation': in one document, an organisation's name that opens with an acronym is the
        name that spells the acronym out before the same words."""
        skip = tables().acronym_skip
        for key in sorted(self.labels):
            words = key.split()
            if len(words) < 2 or self.cluster_type(key) != "ORG" or not any(
                    is_acronym(display_form(f).split(" ", 1)[0]) for f in forms[key]):
                continue
            letters, tail = words[0], " " + " ".join(words[1:])
            cands = sorted({k for doc in self.docs_of[key] for k in self._doc_orgs().get(doc, ())
                            if k != key and k.endswith(tail) and k[0] == letters[0]
                            and _spells(letters, k[: -len(tail)].split(), skip)})
            if cands:
                self._join_unique(key, cands, "acronym:head", doc_only=True)

    def _expansions(self, key: str) -> list[str]:
        """A name and, when it opens with a place or people that qualifies it, the rest:
        "SEC" is the "US Securities and Exchange Commission", "PDMC" the "Gauteng Provincial
        Disaster Management Centre"."""
        out = [key]
        words = key.split()
        for n in (1, 2, 3):
            head = " ".join(words[:n])
            if len(words) - n >= 2 and self._is_place(head):
                out.append(" ".join(words[n:]))
        return out

    def _prefix_acronym(self, key: str, letters: str, forms: dict[str, set[str]]) -> None:
        """'NYMEX' for the New York Mercantile Exchange, 'NASCOM' for the National Aerospace
        Services Company: an acronym spelt by the first letters of the words of one
        organisation's name as written in its document, some words giving more than one letter."""
        skip = tables().acronym_skip

        def spelt(k: str) -> bool:
            for f in forms.get(k, ()):
                if any(len(w) >= 2 and w.isupper() and "." not in w for w in f.split()):
                    continue  # "CNET News" holds an acronym of its own: "CNN" is no prefix spelling
                    # ("U.S. Geological Survey" does not: "USGS" spells it)
                words = _WORDS.split(_NON_ALNUM.sub(" ", fold(display_form(f)).replace("&", " and ")).strip())
                if len(letters) >= len([w for w in words if w not in skip]) >= 2 and _spells(letters, words, skip):
                    return True
            return False

        cands = sorted({k for doc in self.docs_of[key] for k in self._doc_orgs().get(doc, ())
                        if k[0] == letters[0] and spelt(k)})
        if cands:
            self._join_unique(key, cands, "acronym:prefix", doc_only=True)

    def _doc_orgs(self) -> dict[str, list[str]]:
        """Names of two words or more typed ORG, by document (computed once)."""
        if self._orgs_in is None:
            self._orgs_in = {doc: [k for k in keys if self.cluster_type(k) == "ORG"]
                             for doc, keys in self._multiword().items()}
        return self._orgs_in

    # persons
    def parts(self, key: str, forms: dict[str, set[str]]) -> PersonName:
        """The name parts of a PERSON key, from its fullest written form."""
        got = self._parts.get(key)
        if got is None:
            parsed = [person_parts(f) for f in sorted(forms.get(key, ()))] or [person_parts(key)]
            got = max(parsed, key=lambda p: (p.full, bool(p.last), len(p.middle)))
            self._parts[key] = got
            self._sexes[key] = {p.sex for p in parsed} - {""}
            self._titled_sexes[key] = {p.title_sex for p in parsed} - {""}
        return got

    def _family_first(self, key: str, forms: dict[str, set[str]]) -> bool:
        """Whether a name is written family name first ("yoon suk yeol": its surname leads)."""
        return " " in key and key.split(" ", 1)[0] == self.parts(key, forms).last

    def _people(self, forms: dict[str, set[str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Full PERSON names (first and last written, as a name: not "Al-Riyami, tall and
        intense", a name cut with its description; not a district: :func:`_district`; not one
        holding a country's initials: :func:`_country_initials`) by last
        name and by document. A name
        written family name first is filed under its last word too: outlets differ ("Mr Pin"
        for Kang Shao Pin)."""
        by_last: dict[str, list[str]] = defaultdict(list)
        people_in: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            # one word is no full name, whatever article it was written with ("Al Tarkeeb")
            if " " in key and self.cluster_type(key) == "PERSON" and self.parts(key, forms).full and any(
                    not _CUT.search(NICKNAME.sub(" ", f)) for f in forms.get(key, ())) and not _district(key) \
                    and not all(_country_initials(f) for f in forms.get(key, ())):
                by_last[self.parts(key, forms).last].append(key)
                if self._family_first(key, forms):
                    by_last[key.rsplit(" ", 1)[1]].append(key)
                for doc in self.docs_of[key]:
                    people_in[doc].append(key)
        return by_last, people_in

    def _org_word_alone(self, key: str) -> bool:
        """Whether the last word of a name is a nickname that organisations share: written
        alone and never tagged a person, and ending another name never tagged a person
        ("Sox" of "White Sox" beside "Red Sox": "Red" is no first name there)."""
        first, _, last = key.rpartition(" ")
        labels = self.labels.get(last, {})
        if not first or "ORG" not in labels or "PERSON" in labels:
            return False
        return any(k != key and "PERSON" not in self.labels.get(k, {}) for k in self._ending_in().get(last, ()))

    def _ending_in(self) -> dict[str, list[str]]:
        """The names of two words or more by their last word (built once the keys are final)."""
        if self._by_last_word is not None:
            return self._by_last_word
        found: dict[str, list[str]] = defaultdict(list)
        for k in self.labels:
            if " " in k:
                found[k.rsplit(" ", 1)[1]].append(k)
        if self.keys_final:
            self._by_last_word = found
        return found

    def _never_capitalised(self, keys: list[str]) -> bool:
        """Whether every written form of every key is one common word in lower case ("gulf",
        "coma", "boycotts"): no name, whatever the model's label; not a gazetteer's name, a web
        address ("khamenei.ir"), a script without capitals, nor a phrase: a body some outlets
        write in lower case stays one ("the ministry of defence in Moscow")."""
        forms = [f for k in keys for f in self.forms.get(k, ())]
        return bool(forms) and not any(k in self.gaz for k in keys) and all(
            f == f.lower() and f != f.upper() and f.removeprefix("the ").isalpha() for f in forms)

    def _capitalised(self, key: str) -> bool:
        """Whether every written form of a key begins with a capital: "Jeanine Tesori", not
        "urban administration bureau" (whose first word is also a first name)."""
        forms = self.forms.get(key, ())
        return bool(forms) and all(f[:1].isupper() for f in forms)

    def _surname_of(self, key: str, forms: dict[str, set[str]]) -> str:
        """The surname a name without a first name stands for ("Mr Blair", "Ridley-Thomas",
        a lone "Brandt" typed ORG), or "" for a full name."""
        if self.cluster_type(key) == "PERSON":
            p = self.parts(key, forms)
            return "" if p.first and " " in key else p.last  # "Al Tarkeeb" (key "tarkeeb"): a surname
        return key if _one_word(key, forms) else ""

    def _named_unknown_first(self, doc: str, surname: str, people: list[str], forms: dict[str, set[str]]) -> bool:
        """Whether ``doc`` names none of the corpus's ``people`` of ``surname`` but writes the
        surname after a first name none of them has, in any phrase or heading ("TOMMY
        THOMPSON" over a story whose "Thompson" the corpus knows only as another article's
        Terry Thompson): its bare surname is that other person, never one of them ("Nancy
        Reagan's sense of style" names a Reagan the corpus knows: no one new)."""
        if self._first_names_written is None:
            self._first_names_written = self._written_first_names()
        written = self._first_names_written.get((doc, surname), set())
        if not written or "" in written or any(doc in self.docs_of[k] for k in people):
            return False  # "" marks a person's name the model tagged there: the article's own rules decide
        firsts = [f for k in people if (f := self.parts(k, forms).first)]
        return bool(firsts) and any(not any(same_first_name(f, w) for f in firsts) for w in written)

    def _written_first_names(self) -> dict[tuple[str, str], set[str]]:
        """(document, surname key) -> the first names written right before the surname in the
        document's short mentions the model tagged no person (phrases, headings, other names),
        in any case; "" among them when a person's name of two words or more holds the surname
        there ("Ali Bagheri Kani": the article names its own Bagheri)."""
        out: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in self.rows:
            words = r.m.text.split()
            if r.m.kind == "claim" or len(words) > 6:
                continue
            if r.m.label == "PERSON":
                for w in words[1:]:
                    out[(r.m.doc, canonical_key(w))].add("")
                continue
            for a, b in zip(words, words[1:], strict=False):
                if a[:1].isupper() and is_first_name(a.title()):
                    out[(r.m.doc, canonical_key(b.title().removesuffix("'S").removesuffix("'s")))].add(a.lower())
        return out

    def _doc_sex_fits(self, doc: str, key: str, full: str) -> bool:
        """In one document, "Mrs Blair" is not the "Sir Ian Blair" of the corpus."""
        mine, theirs = self.doc_sex.get((doc, key), set()), self._sexes.get(full, set())
        return not (len(mine) == 1 and len(theirs) == 1 and mine != theirs)

    def _called_by_title(self, doc: str, surname: str, full: str, cands: list[str]) -> bool:
        """Whether ``doc`` writes ``surname`` with a title of the sex of the person ``full``
        ("Lady Starmer" for a woman) and names in full another person of the surname (of
        ``cands``) known to be of the other sex (Sir Keir Starmer): that person is then not
        its bare surname there. Not when the bare surname's own pronouns there are of that sex
        ("Mr Vellan" and "Vellan ... he" beside a Nazhat Vellan: the title is the outlet's
        style for him), nor when no one else present is known to be of the other sex ("Mr
        Vellor" beside a Mira Vellor of no known sex: the title tells nothing apart)."""
        sex = self.sex_of(full)
        if not sex or self._doc_pronoun_sex(doc, surname) == sex:
            return False
        others = {self.sex_of(k) for k in cands if doc in self.docs_of[k] and self.c.find(k) != self.c.find(full)}
        if not others - {"", sex}:
            return False
        return any(sex in self.doc_sex.get((doc, k), ()) for k in self.sexed.get(surname, ()))

    def _doc_keys(self, doc: str, root: str) -> list[str]:
        """The keys of a cluster's members in ``doc``: corpus-wide ones and those scoped to it."""
        return [_node_key(k) for k in self.c.members[root] if "\x00" not in k or k.startswith(doc + "\x00")]

    def _doc_mentions(self, doc: str, root: str) -> int:
        """How often ``doc`` names the cluster ``root``, in all its forms."""
        return sum(self.doc_count.get((doc, k), 0) for k in self._doc_keys(doc, root))

    def _most_named(self, doc: str, full: str, candidates: list[str]) -> bool:
        """Whether ``doc`` names ``full`` (in all its forms: "Mr. Tarn" too) more often than
        any other of ``candidates`` it names. A title is then the outlet's style for its main
        person ("Mr. Tarn" and "Tarn" both him), not a way to tell a second one apart."""
        mine = self.c.find(full)
        others = {self.c.find(k) for k in candidates if doc in self.docs_of[k]} - {mine}
        return all(self._doc_mentions(doc, mine) > self._doc_mentions(doc, root) for root in others)

    def _same_sex(self, key: str, full: str) -> bool:
        """A "Mrs Blair" is not a "Sir Ian Blair": titles of opposite sex never join."""
        mine, theirs = self._sexes.get(key, set()), self._sexes.get(full, set())
        return not (len(mine) == 1 and len(theirs) == 1 and mine != theirs)

    def apply_surnames(self, forms: dict[str, set[str]]) -> None:
        """A surname ("Blair", "Mr Blair", "Lord Butler") joins the only full name with that
        last name in the corpus, else in each of its documents where only one is in play; one
        written after a peer's title (``peer_titles``) only in its documents."""
        places, demonyms = country_keys(), tables().demonyms
        by_last, people_in = self._people(forms)
        mistyped = self._mistyped_people(forms)
        first_names = self._first_names_by_doc(people_in, forms)
        sons = {last for last, keys in by_last.items() if any(_son_name(k) for k in keys)}  # "Tom Vell Jr."
        for key in sorted(self.labels):
            if key in demonyms:
                continue  # "Iraqi" is a people, not the surname of "Abu Maysara al-Iraqi"
            apart = self._apart_docs(key)
            for doc in apart:  # "Mrs. Vellar" beside her husband Bobby Vellar: no one's surname there
                self._scoped(doc, key)
            if apart >= self.docs_of[key]:
                continue
            surname = self._surname_of(key, forms)
            if len(surname) < 3 and surname not in tables().surname_first:  # "Xi", "Wu", "Li" are surnames
                continue
            if surname in sons and self._beside_junior(key, surname, by_last[surname], forms):
                apart = self._apart_docs(key)
                if apart >= self.docs_of[key]:
                    continue
            if surname not in by_last:
                if self.titled.get(key) and self.cluster_type(key) == "PERSON":
                    self._join_unique(key, mistyped.get(surname, []), "surname:titled", doc_only=True)
                self._fuzzy_surname(key, people_in)
                continue
            # a sex that rules people out takes two pronouns: one "his" wrongly put on a bare
            # "Rice" does not keep her from Condoleezza Rice
            mine = self.sex_of(key, pronouns=coref_tables().sex_from_pronouns)
            titled = self._titled_sexes.get(key) if self.cluster_type(key) == "PERSON" else None
            elder = tables().elder_suffixes
            cands = [k for k in by_last[surname] if self._same_sex(key, k)
                     and (not mine or self.sex_of(k, first_name=bool(titled)) in ("", mine))
                     and self.parts(k, forms).suffix not in elder]  # "Vellan" is no "Vellan Sr."
            # a bare "Clinton" that takes "she" in one article is no "Bill Clinton" there, though
            # his first name alone does not rule him out in the corpus: each article decides
            split = bool(mine) and any(self.sex_of(k) not in ("", mine) for k in cands)
            # "Donal" in an article of Donal Tarrow is his first name there, never the
            # surname of another article's Ruth Donal
            firsts = {doc for doc in self.docs_of[key] if key in first_names.get(doc, ())}
            if self.cluster_type(key) == "PERSON":
                every = [k for k in by_last[surname] if self.parts(k, forms).suffix not in elder]
                kept = sorted(self.docs_of[key] - apart)  # the articles where the surname is not kept apart
                self._office_holder(key, surname, every, kept)
                self._own_namesakes(key, surname, every, cands, kept)
                self._sexed_here(key, every, cands, kept)
                # a bare surname to the article's dominant person, never to one the article
                # calls by a title of her sex ("Lady Starmer" beside "Sir Keir Starmer": the bare
                # "Starmer" is him) unless the article names her most (a title as house style:
                # "Mr. Tarrow" and "Tarrow" both him); "Mrs Blair" only to one known to be a woman
                # (by a title or the pronouns resolved to her)
                bare = not titled and key == surname
                royal = self.given.get(key, set())  # "King Hussein" beside "Saddam Hussein": apart there
                for doc in self.docs_of[key] - apart:  # "TOMMY THOMPSON" heads the story: his, no one else's
                    if self._named_unknown_first(doc, surname, every, forms):
                        self._scoped(doc, key)
                self._join_unique(key, cands, "surname", dominant=True, doc_only=bool(royal or firsts)
                                  or key in self.peers or split,
                                  prefer=(lambda k, mine=mine: self.sex_of(k) == mine) if titled else None,
                                  fits=lambda doc, k, key=key, bare=bare, royal=royal, firsts=firsts, cands=cands:
                                  doc not in royal and doc not in firsts
                                  and self._doc_sex_fits(doc, key, k)
                                  and not (bare and self._called_by_title(doc, key, k, cands)
                                           and not self._most_named(doc, k, cands)))
            elif self._mistyped_part(key, forms, places):
                # the small model often tags a lone surname ORG, NORP, GPE or PRODUCT: same
                # document only, and never a word the text shows is a company or a place
                # ("Pellmont" beside "Pellmont Foods" or written as a place is not Arno
                # Pellmont, its founder)
                if self.cluster_type(key) in AREA_TYPES and is_world_place(key):
                    # a place's name is a surname only after a first name: "Washington" is Harold
                    # Washington's, "Chicago" no surname of the group "Arise Chicago"
                    cands = [k for k in cands if is_first_name(k.split()[0])]
                self._join_unique(key, cands, "surname", doc_only=True, dominant=True,
                                  fits=lambda doc, k, key=key, firsts=firsts: doc not in firsts
                                  and not self._named_body(doc, key))

    def _beside_junior(self, key: str, surname: str, people: list[str], forms: dict[str, set[str]]) -> bool:
        """Keep a surname apart (``apart``) in each article that writes it with an office
        ("President Vellmont") and names in full only a son of the surname ("Tom Vellmont Jr.",
        a generation suffix of ``generation_suffixes``, never written with that office there)
        whose father the corpus names with that office ("President Tom Vellmont", the son's
        name without the suffix): the office is the father's, and so are the surname's other
        mentions there ("Mr. Vellmont's two sons ... Tom Vellmont Jr."), which join him. A son
        who holds the office himself ("Justice Alito" beside Samuel A. Alito Jr., no Justice
        Samuel Alito named) keeps it. True when it kept one apart."""
        kept = False
        if self.cluster_type(key) != "PERSON":
            return kept
        for doc in sorted(self.docs_of[key] - self._apart_docs(key)):
            offices = self.doc_offices.get((doc, key)) or self.doc_offices.get((doc, surname))  # "Mr." too
            here = [k for k in people if doc in self.docs_of[k]]
            if not offices or not here or not all(_son_name(k) for k in here):
                continue  # (a son written with the office there took the titled surname's key already)
            fathers = {self._father(k, forms) for k in here}
            father = fathers.pop() if len(fathers) == 1 else ""
            if father and any(father in self.office_full.get((surname, o), ()) for o in offices):
                self.apart[key].add(doc)
                self._union(self._scoped(doc, key), father, "surname:father")
                kept = True
        return kept

    def _father(self, son: str, forms: dict[str, set[str]]) -> str:
        """The key of a son's name without its generation suffix, when the corpus writes it
        ("tom vellmont" for "tom vellmont jr"), else ""."""
        p = self.parts(son, forms)
        father = " ".join(w for w in (p.first, p.middle, p.last) if w)
        return father if father != son and father in self.docs_of else ""

    def _apart_docs(self, key: str) -> set[str]:
        """The documents where ``key`` is kept apart (``apart``)."""
        return self.apart.get(key, set()) & self.docs_of.get(key, set())

    def _office_holder(self, key: str, surname: str, every: list[str], kept: list[str]) -> None:
        """'President Vellmont' in an article that names no Vellmont with that office (his
        daughter Sara Vellmont, or no Vellmont in full) is the one person of the surname the
        corpus writes with that office in at least ``office_documents`` articles ("President
        Tom Vellmont"): the office tells which namesake is meant. The surname's mentions in
        that article (scoped) join him unless its titles there give the other sex (an office
        outweighs the pronouns coreference put on the surname), or the bare surname is the one
        the article names in full (:meth:`_bare_is_named`)."""
        least = tables().office_documents
        for doc in kept:
            offices = self.doc_offices.get((doc, key))
            if not offices:
                continue
            holders = [k for o in sorted(offices) for k in self.office_full.get((surname, o), ())
                       if len(self.office_docs[(k, o)]) >= least and k in every]
            here = [k for k in every if doc in self.docs_of[k]]
            if self._bare_is_named(doc, key, here, holders):
                continue  # "Hillary Clinton ... Clinton ... she ... President Clinton": hers
            if (len({self.c.find(k) for k in holders}) == 1 and not set(here) & set(holders)
                    and self._doc_sex_fits(doc, key, holders[0])):
                self._union(self._scoped(doc, key), min(holders), "surname:office")

    def _bare_is_named(self, doc: str, key: str, here: list[str], holders: list[str]) -> bool:
        """Whether a bare surname in ``doc`` is the person of the surname the article names in
        full (``here``), not an office's holder: written more often bare than with the office,
        and its pronouns there of her sex, not of the holder's ("Hillary Clinton ... Clinton ...
        she ... President Clinton"; beside "Michelle Obama", "President Obama ... Obama ... he" is
        still the president)."""
        titled = self.doc_office_count[(doc, key)]
        if not here or not holders or self.doc_count[(doc, key)] - titled <= titled:
            return False
        sex = self._doc_pronoun_sex(doc, key)
        return bool(sex) and all(self.sex_of(k) == sex for k in here) and self.sex_of(holders[0]) not in ("", sex)

    def _own_namesakes(self, key: str, surname: str, every: list[str], cands: list[str],
                       kept: list[str]) -> None:
        """A surname's sex is read in its own article: "Ms. Vellmont" in one article does not
        keep the bare "Vellmont" of another from the Senator Tom Vellmont that article names.
        In each document naming in full someone of the surname whom the name's titles or
        pronouns elsewhere ruled out (in ``every``, not in ``cands``), the surname is that
        document's own (scoped): it joins the one person of the surname there whose sex its
        own titles and pronouns allow and, for a bare surname, the article writes the surname
        with no title of the other sex ("Mr. Obama" beside Malia Obama: the bare "Obama" may be
        him); else the one the article names far more often than the others; else it stays apart."""
        dropped = set(every) - set(cands)
        if not dropped:
            return
        for doc in kept:
            if not any(doc in self.docs_of[k] for k in dropped):
                continue
            present = [k for k in every if doc in self.docs_of[k] and self._sex_here_fits(doc, key, k)]
            titled = bool(self.doc_sex.get((doc, key)))
            unnamed = set() if titled else self._titles_of_no_one_named(doc, surname, every)
            clear = [k for k in present if not self._called_by_other_sex(k, unnamed)]
            node = self._scoped(doc, key)
            roots = sorted({self.c.find(k) for k in present})
            if len({self.c.find(k) for k in clear}) == 1:
                self._union(node, min(clear), "surname")
            elif len(roots) > 1 and (top := self._dominant_titled(doc, surname, present)):
                self._union(node, min(k for k in present if self.c.find(k) == top), "surname:dominant")

    def _sexed_here(self, key: str, every: list[str], cands: list[str], kept: list[str]) -> None:
        """A surname whose titles and pronouns in one article rule out some of the people the
        corpus would give it is that article's own (scoped) and joins the one left whose sex is
        known to fit: "President Reagan ... he" is not the Nancy Reagan other articles name in
        full but the "Ronald Reagan" they name. Where the article names people of the surname
        in full, only they are weighed, and when the titles and pronouns rule them all out, the
        corpus's people of the surname are: "President Reagan ... he" beside a "first lady
        Nancy Reagan" is not her. With no such person it is left as it was: a "he" resolved by
        mistake is no reason to split a name."""
        for doc in kept:
            if not cands or not (self.doc_sex.get((doc, key)) or self._doc_pronoun_sex(doc, key)):
                continue
            pool = [k for k in cands if doc in self.docs_of[k]] or cands
            fits = [k for k in pool if self._sex_here_fits(doc, key, k)]
            if len(fits) == len(pool):
                continue  # nothing ruled out
            if not fits:
                fits = [k for k in every if self._sex_here_fits(doc, key, k)]
            fitting = [k for k in fits if self.sex_of(k)]
            if len({self.c.find(k) for k in fitting}) == 1:
                self._union(self._scoped(doc, key), min(fitting), "surname:sex")

    def _dominant_titled(self, doc: str, surname: str, present: list[str]) -> str:
        """The cluster among those of ``present`` (full names of one surname in ``doc``) that the
        article names at least ``surname_dominance`` times as often as any other (and at least
        ``surname_dominance_min`` times), counting for a person the surname written with a
        title of her sex when no one else present has it ("Mrs. Clinton" for Hillary Clinton
        beside Bill Clinton); or ""."""
        counts: Counter = Counter()
        sexes = {k: self.sex_of(k) for k in present}
        for k in present:
            counts[self.c.find(k)] = self._doc_mentions(doc, self.c.find(k))
        for k in present:
            sex = sexes[k]
            if sex and sum(1 for s in sexes.values() if s == sex) == 1:
                counts[self.c.find(k)] += sum(self.doc_count.get((doc, t), 0) for t in self.sexed.get(surname, ())
                                              if sex in self.doc_sex.get((doc, t), set()))
        return _far_ahead(counts)

    def _titles_of_no_one_named(self, doc: str, surname: str, every: list[str]) -> set[str]:
        """The sexes of the titles ``doc`` writes ``surname`` with that no one of the surname it
        names in full (of ``every``) has: "Mr. Obama" beside Malia Obama is someone else;
        "Mrs. Trump" beside Melania Trump is her."""
        titled = set().union(*(self.doc_sex.get((doc, k), set()) for k in self.sexed.get(surname, ())))
        return titled - {self.sex_of(k) for k in every if doc in self.docs_of[k]}

    def _called_by_other_sex(self, full: str, unnamed: set[str]) -> bool:
        """Whether a title of ``unnamed`` (:meth:`_titles_of_no_one_named`) is of another sex than
        ``full``'s (when known): the bare surname may be that other person."""
        sex = self.sex_of(full) or self._cluster_sex(full)
        return bool(sex) and bool(unnamed - {sex})

    def _cluster_sex(self, key: str) -> str:
        """The one sex the full names of ``key``'s cluster give ("Meet Mary Vellmar", a title the
        model ran into her name, is hers), or ""."""
        sexes = {self.sex_of(k) for k in self.c.members[self.c.find(key)] if "\x00" not in k} - {""}
        return next(iter(sexes)) if len(sexes) == 1 else ""

    def _sex_here_fits(self, doc: str, key: str, full: str) -> bool:
        """Whether the titles and pronouns ``key`` takes in ``doc`` allow the person ``full``."""
        mine = self.doc_sex.get((doc, key), set())
        if not mine:
            sex = self._doc_pronoun_sex(doc, key)
            mine = {sex} if sex else set()
        theirs = self.sex_of(full) or self._cluster_sex(full)
        return not (len(mine) == 1 and theirs and theirs not in mine)

    def _first_names_by_doc(self, people_in: dict[str, list[str]],
                            forms: dict[str, set[str]]) -> dict[str, set[str]]:
        """Per document, the first words of the first names of the persons it names in full (a
        clean name: not "McCarrow one of his agents", a clause the model typed a person) that
        are the surname of none of them."""
        out: dict[str, set[str]] = {}
        for doc, keys in people_in.items():
            parts = [self.parts(k, forms) for k in keys if any(_clean_full_name(f) for f in forms.get(k, ()))]
            lasts = {p.last for p in parts}
            out[doc] = {w for p in parts for w in p.first.split()[:1]} - lasts
        return out

    def _mistyped_part(self, key: str, forms: dict[str, set[str]], places: AbstractSet[str]) -> bool:
        """Whether a one-word name the model did not type PERSON may still be part of a
        person's name (a surname, a first name): a capitalised word (the last word of each form:
        "far more clever Brandt" the model ran into a phrase), not a gazetteer entry, a
        demonym's place, a country or an acronym ("NATO"; "BRANDT" beside "Brandt" is no acronym)."""
        written = forms.get(key, ())
        return (_one_word(key, forms) and self.cluster_type(key) in NAMED_TYPES - {"PERSON"}
                and key not in self.gaz and key not in places and key not in coref_tables().countries
                and all(_capital_after_article(f.split()[-1]) for f in written if f.split())
                and not _acronym_only(written))

    def _named_body(self, doc: str, key: str) -> bool:
        """Whether a one-word name is a place or a company by the text's own evidence: written
        as a place ("the town of Dunmarra"), written with a legal form or as a company's owner
        ("Emery's chairman"), or the first word of an organisation's name in ``doc``
        ("Pellmont" beside "Pellmont Foods"). Not a name the text calls a person more than
        a body ("the president", "he"): "Trump", once "a property developer", beside the
        "Trump Organization" and "the Trump administration", is the president his article names."""
        evidence = self.evidence.get(key, {})
        if evidence.get("GPE", 0) + evidence.get("ORG", 0) > evidence.get("PERSON", 0):
            return True
        if (doc, key) in self.suffixed_in:  # "Brandt & Co." in one article is no company in the others
            return True
        if self._said_of(doc, key) or evidence.get("PERSON"):
            return False
        if self._org_heads is None:
            heads: set[tuple[str, str]] = set()
            for k in self.labels:
                if " " in k and self.cluster_type(k) == "ORG":
                    heads.update((d, k.split(" ", 1)[0]) for d in self.docs_of[k])
            self._org_heads = heads
        return (doc, key) in self._org_heads

    def _mistyped_people(self, forms: dict[str, set[str]]) -> dict[str, list[str]]:
        """Two- or three-word names the model typed ORG, NORP or GPE that read as a person's
        ("Aldous Penhallow" ORG), by last word: a titled "Mr Penhallow" of the same document
        joins one (``surname:titled``) and its title makes the whole a person."""
        plain = plain_org_words()
        out: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            if (2 <= len(words) <= 3 and self.cluster_type(key) in GROUP_TYPES | AREA_TYPES
                    and self.cluster_type(key) != "PERSON" and key not in self.gaz
                    and not plain & set(words)
                    and any(len(f.split()) > 1 and all(w[:1].isupper() for w in f.split())
                            for f in forms.get(key, ()))):  # not "GL-Neelan", one written word
                out[words[-1]].append(key)
        return out

    def apply_first_names(self, forms: dict[str, set[str]]) -> None:
        """'Boris' or 'Sir Ian' joins the only full name with that first name in its document
        (or the one the document names far more often than the others, ``surname_dominance``),
        when no person of the document has it as a surname; never across documents. A first
        name the model typed otherwise ("Aisha" GPE, "Jacob" ORG) joins only a full name
        written before it, and never when the text shows the word is a place or a company; no
        name of an institution ("Kestford Hotel", ``person_blockers``) has a first name, nor
        does a GeoNames place the model also typed a place ("Tabriz"), unless a first name too,
        nor a word the corpus writes as a person's surname that is no first name of the tables
        ("Trump" of "Donald Trump" is no first name of "Trump Shuttle", typed a person)."""
        _by_last, people_in = self._people(forms)
        places = country_keys()
        blockers = tables().person_blockers  # "Kestford Hotel", typed a person: no first name "Kestford"
        for key in sorted(self.labels):
            if " " in key or len(key) < 3:
                continue
            mistyped = self.cluster_type(key) != "PERSON"
            if mistyped and not self._mistyped_part(key, forms, places):
                continue
            if any(self.c.find(k) == self.c.find(key) for k in _by_last.get(key, ())):
                continue
            if _by_last.get(key) and not is_first_name(key):
                continue  # "Trump", the surname of "Donald Trump", is no first name of "Trump Shuttle"
            if is_world_place(key) and "GPE" in self.labels[key] and not is_first_name(key):
                continue  # "Tabriz", typed a person and a place, is no first name of "Tabriz Historic"
            for doc in sorted(self.docs_of[key]):
                here = people_in.get(doc, ())
                if any(self.parts(k, forms).last == key for k in here):
                    continue
                if mistyped and self._named_body(doc, key):
                    continue
                firsts = [k for k in here if self.parts(k, forms).first.split()[:1] == [key]
                          and k.rsplit(" ", 1)[-1] not in blockers and self._same_sex(key, k)
                          and (not mistyped or self._named_before(doc, k, key))
                          and not any(k.startswith(o + " ") for o in here)  # "The Jamie Foxx Show": his
                          and any(_clean_full_name(f) for f in forms.get(k, ()))]
                if (doc, key) in self.kin:  # "his son James": only a James of a family the article names
                    firsts = [k for k in firsts if self._family_named(doc, k, here, forms)]
                roots = {self.c.find(k) for k in firsts}
                if self.c.find(key) in roots:
                    continue
                rule = "first_name"
                if len(roots) > 1 and (top := self._dominant(doc, sorted(roots), key)):
                    # "Neelan" where "Neelan Tiruchelvam" is named twenty times and a garbled
                    # "Neelan Thiruchelvathin" once: the person the article is about
                    roots, firsts, rule = {top}, [k for k in firsts if self.c.find(k) == top], "first_name:dominant"
                if len(roots) == 1:
                    node = self.doc_nodes.get((doc, key)) or self._scoped(doc, key)
                    self.c.union(node, min(firsts), rule)

    def apply_initial_names(self, forms: dict[str, set[str]]) -> None:
        """'RK' after 'RK Varma': initials a person goes by, written alone in capitals, join
        the one person's name of its document that opens with them and is written first (a
        person: typed so, or taking "he" or "she"). Never an organisation's opening ("UN" of
        "UN Security Council")."""
        for key in sorted(self.labels):
            written = forms.get(key, ())
            if " " in key or not 2 <= len(key) <= 3 or not written or not all(
                    f.isalpha() and f.isupper() for f in written):
                continue
            for doc in sorted(self.docs_of[key]):
                fulls = [k for k in self._multiword().get(doc, ()) if k.split()[0] == key and 2 <= len(k.split()) <= 3
                         and (self.cluster_type(k) == "PERSON" or self._pronoun_sex(k) or self._pronoun_sex(key))
                         and self._named_before(doc, k, key) and not plain_org_words() & set(k.split())
                         and any(f.split()[0] == key.upper() and all(w[:1].isupper() for w in f.split())
                                 for f in forms.get(k, ()))]
                roots = {self.c.find(k) for k in fulls}
                if len(roots) == 1 and self.c.find(key) not in roots:
                    node = self.doc_nodes.get((doc, key)) or self._scoped(doc, key)
                    self.c.union(node, min(fulls), "first_name:initials")

    def _multiword(self) -> dict[str, list[str]]:
        """The keys of names of two words or more, by document (computed once)."""
        if self._multiword_in is None:
            out: dict[str, list[str]] = defaultdict(list)
            for k in self.labels:
                if " " in k:
                    for d in self.docs_of[k]:
                        out[d].append(k)
            self._multiword_in = out
        return self._multiword_in

    def _family_named(self, doc: str, full: str, here: Sequence[str], forms: dict[str, set[str]]) -> bool:
        """Whether another person of ``doc`` has the surname of ``full`` (a full name, or the
        surname written alone): "Tom Wen ... his son Rob" may be Rob Wen, not Rob Hale."""
        last = self.parts(full, forms).last
        return any(k != full and self.parts(k, forms).last == last for k in here) or (
            self.doc_count.get((doc, last), 0) > 0 and self.c.find(last) != self.c.find(full))

    def _fuzzy_surname(self, key: str, people_in: dict[str, list[str]]) -> None:
        """'Zelensky' after 'Volodymyr Zelenskyy': a spelling variant of a surname, same document only."""
        if len(key) < 5 or " " in key or self.cluster_type(key) != "PERSON":
            return
        cands = sorted({k for doc in self.docs_of[key] for k in people_in.get(doc, ())
                        if " " in k and k.rsplit(" ", 1)[1][0] == key[0] and _variant(k.rsplit(" ", 1)[1], key)
                        and fuzz.ratio(k.rsplit(" ", 1)[1], key) >= FUZZY_THRESHOLD})
        # a misspelling is the rarer form: "Reagan" written seven times is not "Donald Regan"
        count = self.doc_count
        cands = [k for k in cands if any(count[(d, k)] >= count[(d, key)] for d in self.docs_of[key] & self.docs_of[k])]
        if cands:
            self._join_unique(key, cands, "surname:fuzzy", doc_only=True)

    def apply_middle_names(self) -> None:
        """'Mazloum Abdi' and 'Mazloum Kobani Abdi' (same first and last word, extra middle
        words), 'Rodriguez Zapatero' or 'McMorris Rodgers' (the last words of a longer name:
        two surnames, a compound name): the short name joins the only longer one it fits;
        "Abu Amer" beside "Sadeq Abu Amer" and "Abu Hassan Amer" joins neither, nor does
        "Hamid Tarek" join his son "Hamid Ibn Tarek" (``patronymic_words``). A name written
        family name first ("Yoon Suk" of "Yoon Suk Yeol") joins the only longer one it begins."""
        sons = tables().patronymic_words
        by_end: dict[str, list[str]] = defaultdict(list)
        by_family: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            if " " in key and self.cluster_type(key) == "PERSON":
                by_end[key.rsplit(" ", 1)[1]].append(key)
                if self._family_first(key, self.forms):
                    by_family[key.split(" ", 1)[0]].append(key)
        for keys in by_family.values():
            for short in keys:
                longer = [k for k in keys if k.startswith(short + " ")]
                if longer:
                    self._join_unique(short, longer, "middle_name")
        for keys in by_end.values():
            if len(keys) < 2:
                continue
            for short in sorted(keys, key=lambda k: (len(k.split()), k)):
                n = len(short.split())
                middle = [k for k in keys if len(k.split()) > n and k.split()[0] == short.split()[0]
                          and _subsequence(short, k) and not sons & (set(k.split()) - set(short.split()))
                          and self._written_with(short, k)]
                # "Sahabas of Prophet Vellan" are his companions, not the prophet
                tail = [k for k in keys if k.endswith(" " + short) and k not in middle and not self._apart_docs(k)
                        and k[:-len(short)].split()[-1] != "of"]
                if middle or tail:
                    self._join_unique(short, middle + tail, "middle_name" if middle else "tail_name")

    def _written_with(self, short: str, longer: str) -> bool:
        """Whether a longer name may stand for ``short`` across the corpus. A middle initial
        tells namesakes apart, so a name that adds only initials must be written in one of
        the short name's articles, or in several: "Dan V. Kerr", a deputy named once in an
        article of his own, is not the "Dan Kerr" of three others. A middle name written out
        ("Rafael Mariano Grossi") is the short name's person written in full."""
        added = set(longer.split()) - set(short.split())
        if not all(len(w.rstrip(".")) == 1 for w in added):
            return True
        return bool(self.docs_of[short] & self.docs_of[longer]) or len(self.docs_of[longer]) > 1

    # organisations
    def apply_qualifiers(self) -> None:
        """'Securities and Exchange Commission' joins 'US Securities and Exchange Commission':
        a name that is another ORG name after a country or demonym, when only one such
        qualified name is in play (else per document); 'Bureau of Prisons' joins 'Federal Bureau
        of Prisons' in the article that writes both (``level_qualifiers``). An organ every state has ("Foreign
        Ministry": ``state_organs``) joins only in the document that writes both."""
        qualifiers, levels = _qualifiers(), tables().level_qualifiers
        by_rest: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            for n in (1, 2, 3):
                if len(words) - n >= 2 and (" ".join(words[:n]) in qualifiers or n == 1 and (
                        words[0] in levels or _capital_possessive(words[0], self.forms.get(key, ())))):
                    rest = " ".join(words[n:])
                    if rest in self.labels and self.cluster_type(rest) == "ORG" == self.cluster_type(key):
                        by_rest[rest].append(key)
        organs = tables().state_organs
        for rest, keys in sorted(by_rest.items()):
            organ = rest.rsplit(" ", 1)[-1].casefold() in organs
            leveled = any(k.split(" ", 1)[0] in levels for k in keys)  # "Federal Bureau of Prisons": per article
            self._join_unique(rest, keys, "qualifier", doc_only=organ or leveled)
            if organ:
                self._join_article_country(rest, keys)

    def _join_article_country(self, rest: str, keys: list[str]) -> None:
        """A bare organ every state has ("Foreign Ministry") in an article that names no
        qualified one joins the organ of the country the article is about by a clear margin
        ("Foreign Ministry spokesman X" in a story on China is the Chinese Foreign Ministry,
        when some article names that one)."""
        for doc in sorted(self.docs_of[rest]):
            if any(doc in self.docs_of[k] for k in keys):
                continue  # the article names a qualified one: joined per document, or ambiguous
            country = self._article_country(doc)
            fits = [k for k in keys if country and _country_of(k.split()[0]) == country]
            if len({self.c.find(k) for k in fits}) == 1:
                self._union(self._scoped(doc, rest), min(fits), "qualifier:article")

    def _article_country(self, doc: str) -> str:
        """The country an article is about: the one its named mentions (a demonym counting for
        its country) name at least twice and twice as often as any other; else ""."""
        if self._by_doc_country is None:
            self._by_doc_country = defaultdict(Counter)
            for (d, key), n in self.doc_count.items():
                country = _country_of(key)
                if country:
                    self._by_doc_country[d][country] += n
        top = self._by_doc_country.get(doc, Counter()).most_common(2)
        if not top or top[0][1] < 2 or len(top) > 1 and top[0][1] < 2 * top[1][1]:
            return ""
        return top[0][0]

    def apply_place_prefixes(self, forms: dict[str, set[str]]) -> None:
        """'Dodgers' after 'Los Angeles Dodgers', 'Red Sox' after 'Boston Red Sox': in one
        document, a name that is an organisation's name without the place it opens with
        joins it, when only one such name of the document fits (whatever type the model gave
        the short form, unless it is a place, a person's name or an acronym) and no other
        name of the document ends in it ("Scouts" beside "Texas Scouts" and "Boy Scouts"). An
        international body (``international`` of coref.yaml's ``org_kinds``) is not its
        national branch: the "Red Cross" is not the "Vellian Red Cross"."""
        by_rest, other_ends = self._org_ends()
        if not by_rest:
            return

        _by_last, people_in = self._people(forms)
        for rest, keys in sorted(by_rest.items()):
            if (self.cluster_type(rest) not in ("ORG", "NORP", "PERSON", "PRODUCT") or rest in self.gaz
                    or set(self.labels[rest]) & AREA_TYPES or any(is_acronym(f) for f in forms[rest])
                    or not all(f[:1].isupper() for f in forms[rest])):
                continue
            if "international" in coref_tables().kinds_of(rest):
                continue  # "Vellian Red Cross" is the Red Cross's national society, not the movement
            if any(rest == self.parts(k, forms).last for doc in self.docs_of[rest] for k in people_in.get(doc, ())):
                continue  # "Washington" beside "Kenny Washington": a person's surname (not the
                # team in "Canucks D Mattias Ohlund", a name the model wrote with its team)
            self._join_unique(rest, keys, "place_prefix", doc_only=True,
                              fits=lambda doc, full, short=rest: self._ends_alone(doc, full, other_ends.get(short, [])))

    def _org_ends(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The organisation names that end in another name, by that shorter name: those whose
        other words are a place ("Texas Scouts" for "scouts") and the rest ("Boy Scouts")."""
        after_place: dict[str, list[str]] = defaultdict(list)
        after_other: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            if len(words) < 2 or self.cluster_type(key) != "ORG":
                continue
            for n in (1, 2):
                rest = " ".join(words[n:])
                if len(words) > n and rest in self.labels:
                    # "White" of "White House", typed a place by one slip, is none
                    placed = self._is_place(" ".join(words[:n]), by_vote=True)
                    (after_place if placed else after_other)[rest].append(key)
        return after_place, after_other

    def _ends_alone(self, doc: str, full: str, others: list[str]) -> bool:
        """Whether ``full`` is the only name of ``doc`` a short name may stand for among the
        ``others`` that end in it ("Scouts" beside "Texas Scouts" and "Boy Scouts")."""
        return not any(doc in self.docs_of[o] and self.c.find(o) != self.c.find(full) for o in others)

    def _is_place(self, key: str, *, by_vote: bool = False) -> bool:
        """A country, people, or a name typed GPE or LOC (by the gazetteer, else by the model):
        "Denver" of "Denver Nuggets" is the city, no first name. ``by_vote``: typed a place by
        the vote of its mentions, not by one of them ("White", a man's name typed GPE once)."""
        if key in _qualifiers():
            return True
        if key in self.gaz:
            return self.gaz[key] in AREA_TYPES
        typed = bool(set(self.labels.get(key, ())) & AREA_TYPES)
        return typed and (not by_vote or self.cluster_type(key) in AREA_TYPES)

    def apply_short_forms(self, forms: dict[str, set[str]]) -> None:
        """'Northgate' after 'Northgate Logistics', 'the Front' after 'Northern Liberation Front':
        a one-word ORG that starts (or, for generic words, ends or heads before "of" or "for") one
        ORG name in its document.
        Never a word also written as a place, nor a person's name or one written with a
        person's title ("Mr. Orvell" beside the "Orvell Digest"), nor a name that adds a
        body to the word (``body_words``: "Orlen" the town is not "Orlen Defence Council"),
        nor a word written with a legal form of its own (a parent is not its unit)."""
        generic = tables().generic_org_words
        places = coref_tables().countries | country_keys()
        by_first: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            typ = self.cluster_type(key) if len(words) > 1 else ""
            if typ == "ORG" and self._opened_by_short_form(key, forms, places):
                by_first[words[0]].append(key)
            if typ in ("ORG", "NORP"):  # "the party" after "Republican Party", a people's party to the model
                for head in {words[-1], _head_before_of(words)}:
                    if head in generic and head != words[0]:
                        by_first[head].append(key)
        people_in = self._people_in()
        named = self._person_words(people_in)
        glued = self._glued_openings(forms)
        for key in sorted(self.labels):
            typ = self.cluster_type(key)
            if (" " in key or key not in by_first or key in self.gaz or typ not in ("ORG", "PERSON")
                    or self._placed(key) or (typ == "PERSON" and (key in named or self.titled.get(key)))):
                continue  # "Mr. Orvell" is a person, no short form of the "Orvell Financial Digest"
            longer = by_first[key]
            if len(key) < 4 or any(is_acronym(f) for f in forms[key]):
                longer = [k for k in longer if _company_form(k.split()[1:])]
                if not (self._written_opening(key, longer, forms) and not self._spelt_out(key)):
                    continue  # a short acronym is spelt out, unless it opens its company's name ("EMI")
            if self.suffixed.get(key):
                continue  # "BankAmerica Corp": the parent, never its "BankAmerica Overseas Finance Corp"
            if any(key in names for names in self._table_names()):
                continue  # "ROK" is South Korea (aliases), not the "ROK Chess Federation"
            units = {k for k in longer if self._actor_of_its_own(key, k)}  # once, not per article
            self._join_unique(key, longer, "short_form", doc_only=True,
                              fits=lambda doc, k, key=key, units=units: k not in units
                              and not self._person_here(doc, key, people_in)
                              and not any(doc in self.docs_of[g] for g in glued.get(key, ())))
        self._apply_team_words(places)

    def _glued_openings(self, forms: dict[str, set[str]]) -> dict[str, set[str]]:
        """The one-word organisation names that open with another name glued on in capitals,
        by that name: "OrvaneTek" for "orvane". Beside one, a bare "Orvane" may be that company
        as well as the "Orvane Petroleum" unit, so it is no unit's short form there."""
        glued: dict[str, set[str]] = defaultdict(set)
        for key in self.labels:
            if " " in key or self.cluster_type(key) != "ORG":
                continue
            for form in forms.get(key, ()):
                for i in range(4, len(form) - 2):
                    if form[i].isupper() and form[i - 1].islower() and form[:i].casefold() in self.labels:
                        glued[form[:i].casefold()].add(key)
        return glued

    def _placed(self, key: str) -> bool:
        """Whether a one-word name is a place by its mentions: at least half of them typed GPE
        or LOC ("Loyola", two of five, is not; a town the model calls a place half the time is)."""
        counts = self.labels[key]
        return 2 * sum(n for label, n in counts.items() if label in AREA_TYPES) >= sum(counts.values())

    def _actor_of_its_own(self, short: str, longer: str) -> bool:
        """Whether the corpus writes ``short`` alone, in articles that never write ``longer``,
        at least ``own_name_documents`` times and at least twice as often as it writes
        ``longer``: "Google" of fifty articles is a company of its own, not the short form of
        the "Google Ventures" one of them names (a parent is not its unit, "Tesla" not its
        "Tesla Roadster")."""
        alone = len(self.docs_of[short] - self.docs_of[longer])
        return alone >= tables().own_name_documents and alone >= 2 * len(self.docs_of[longer])

    def _person_here(self, doc: str, key: str, people_in: dict[str, set[str]]) -> bool:
        """Whether a one-word name is, in ``doc``, a person the article names in full: a word of
        a person's name there that "he" or "she" stands for. "Trump" beside "Donald Trump" and
        "the Trump Organization" is the man; "Ford" beside "Henry Ford" and "Ford Motor",
        with no "he" of its own, stays the company's short form."""
        return key in people_in.get(doc, ()) and self._said_of(doc, key)

    def _apply_team_words(self, places: AbstractSet[str]) -> None:
        """'Bulldogs' after 'Western Bulldogs', 'City' after 'Kestford City': a team's last word
        written alone (``club_words`` or a plural) joins the one name of its document that ends
        in it, whatever types the model gave the two (it types teams ORG, NORP, LOC or GPE at
        random); not when another name ends in it there ("Kenny Ravens" beside "Halden
        Ravens"), nor a person's name, a city of GeoNames or a gazetteer entry, nor a people
        ("Americans" of "African Americans": ``demonyms``) or a place ("Illinois" of "PolitiFact
        Illinois", a plural by its "s"). (A plural after
        a place's name, "Islanders" of "New York Islanders", is :meth:`apply_team_names`'s.)"""
        ending = {word: names for word, names in self._ending_in().items() if _team_word(word)}
        demonyms = tables().demonyms
        for key, names in sorted(ending.items()):
            if key not in self.labels or key in self.gaz or key in places \
                    or any(is_acronym(f) for f in self.forms.get(key, ())) \
                    or key in demonyms or _singular_word(key) in demonyms or is_world_place(key):
                continue  # "Americans" are no team of "African Americans", "Illinois" of "PolitiFact Illinois"
            self._join_unique(key, names, "short_form", doc_only=True,
                              fits=lambda doc, full, names=names: self._team_name(full, places)
                              and self._ends_alone(doc, full, names))

    def _team_name(self, key: str, places: AbstractSet[str]) -> bool:
        """Whether a name can be a team's: no person's (by type or by a first name opening it:
        "Venus Williams" typed ORG), no city of GeoNames, no gazetteer entry or country."""
        return (self.cluster_type(key) in NAMED_TYPES - {"PERSON"} and not is_first_name(key.split()[0])
                and key not in self.gaz and key not in places and not is_world_place(key))

    def _qualified_in(self, doc: str, key: str) -> bool:
        """Whether a name is, in one document, already one with a longer name that ends in it
        ("Communists" with "East German Communists"): there it names that group."""
        node = self.doc_nodes.get((doc, key), key)
        return any(_node_key(k) != key and _node_key(k).endswith(" " + key) for k in self.c.members[self.c.find(node)])

    def _person_words(self, people_in: dict[str, set[str]] | None = None) -> set[str]:
        """The words of the names of two words or more typed PERSON (of ``people_in``, once
        computed): a one-word name among them may be that person's, not an organisation's
        short form."""
        return set().union(*(self._people_in() if people_in is None else people_in).values())

    def _spelt_out(self, key: str) -> bool:
        """Whether an acronym already joined the name it spells ("MLS", Major League Soccer):
        then a longer name opening with it ("MLS Player Combine") is another body."""
        return any(" " in _node_key(m) for m in self.c.members[self.c.find(key)])

    def _tabled_country(self, key: str) -> bool:
        """Whether the alias tables give an acronym a country's name ("US", "UAE"): a country's
        letters name it even in an article that writes another name they spell."""
        return any(key in names and canonical_key(names[key][0]) in country_keys()
                   for names in self._table_names())

    def _tabled_name(self, key: str) -> bool:
        """Whether the alias tables give an acronym a name it spells ("AFP", Agence
        France-Presse, from the gazetteer) even where no article writes that name: another
        name with those initials ("Ardenian Federal Police") then holds only where written."""
        if self._tabled_names is None:
            self._tabled_names = {k for groups in self._key_groups() for keys in groups
                                  if any(" " in n for n in keys) for k in keys if " " not in k}
        return key in self._tabled_names

    @staticmethod
    def _written_opening(key: str, longer: list[str], forms: dict[str, set[str]]) -> bool:
        """Whether a short form in capitals is written as the first word of a longer name
        ("EMI" of "EMI Group PLC"): the name's own word, not an acronym to be spelt out."""
        written = {f for f in forms.get(key, ()) if is_acronym(f)}
        return bool(written) and any(display_form(f).split(" ", 1)[0] in written
                                     for k in longer for f in forms.get(k, ()))

    def apply_team_names(self, forms: dict[str, set[str]]) -> None:
        """'Islanders' after 'New York Islanders', 'Roughriders' after 'Saskatchewan
        Roughriders': in one document, a plural name in capitals that ends exactly one name
        whose other words are a place (a team is its place and its nickname; the place typed so
        in the corpus or a city of GeoNames: "San Diego Padres") joins it. The place alone
        stays apart ("Vancouver" the city), and so does a people ("Americans")."""
        teams: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            if len(words) < 2 or words[-1] not in self.labels:
                continue  # no nickname written alone: no need to ask GeoNames (~60 MB once loaded)
            place = " ".join(words[:-1])
            if (self._is_place(place) or is_world_place(place)) and not self._is_place(key):
                teams[words[-1]].append(key)
        named = self._person_words()  # "Ravens" of "Kenny Ravens" may be him
        other_ends = self._org_ends()[1]
        for key in sorted(teams):
            written = forms.get(key, ())
            if key not in self.labels or key in named or key in _qualifiers() or key in self.gaz or not any(
                    f[:1].isupper() and f.endswith("s") and " " not in f for f in written):
                continue
            self._join_unique(key, teams[key], "team_name", doc_only=True,
                              fits=lambda doc, full, short=key: self._named_before(doc, full, short)
                              and self._ends_alone(doc, full, other_ends.get(short, [])))

    def apply_party_members(self, forms: dict[str, set[str]]) -> None:
        """'Conservatives' after 'Conservative Party', 'New Democrats' after 'New Democratic
        Party', 'BC Liberals' after 'BC Liberal Party' ('Liberals' too, a place before the
        party's name being the party's place): in one document, a plural name in
        capitals that is a party's name with its last word made the members' plural (and
        "Party" dropped) joins that party. A plural written only in small letters is a
        people's leaning, not the party ("conservatives"), and one already joined to a longer
        name ("East German Communists") is that group, not the article's party."""
        parties: dict[str, list[str]] = defaultdict(list)  # "bc conservative" -> "bc conservative party"
        for key in self.labels:
            words = key.split()
            if len(words) >= 2 and words[-1] == "party":
                parties[" ".join(words[:-1])].append(key)
                prefix = " ".join(words[:-2])
                if prefix and (self._is_place(prefix) or prefix in country_keys()):
                    parties[words[-2]].append(key)  # "Conservatives" of the "Kestria Conservative Party"
        for key in sorted(self.labels):
            words = key.split()
            if not words or not words[-1].endswith("s") or not any(
                    f[:1].isupper() and f.endswith("s") for f in forms.get(key, ())):
                continue
            stem = " ".join([*words[:-1], _singular_word(words[-1])])  # "democrats" -> "democrat(ic)"
            found = parties.get(stem, []) + parties.get(stem + "ic", [])
            if found:
                self._join_unique(key, found, "party_members", doc_only=True,
                                  fits=lambda doc, _party, key=key: not self._qualified_in(doc, key))

    def apply_nicknames(self, forms: dict[str, set[str]]) -> None:
        """'Dave Letterman' and 'David Letterman' in one article: two full names of one surname
        whose first names are one name or its nickname (``nicknames``) are one person."""
        by_last: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key in self.labels:
            if self.cluster_type(key) == "PERSON" and (p := self.parts(key, forms)).full:
                for doc in self.docs_of[key]:
                    by_last[(doc, p.last)].append(key)
        for keys in by_last.values():
            keys.sort()
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    pa, pb = self.parts(a, forms), self.parts(b, forms)
                    if pa.first != pb.first and same_first_name(pa.first, pb.first) and (
                            not pa.middle or not pb.middle or pa.middle == pb.middle):
                        self._union(a, b, "nickname")

    def apply_state_abbreviations(self, forms: dict[str, set[str]]) -> None:
        """'Va.' is Virginia: a name written only as a US state's AP abbreviation joins the
        state, when the corpus names it ("VA", which may be Veterans Affairs, does not); so
        does one written also as the abbreviation's letters without dots ("N.J." and "NJ"),
        unless those letters are another common name's ("La." and "LA": Los Angeles;
        ``shared_state_abbreviations`` of names.yaml)."""
        shared = tables().shared_state_abbreviations
        for key in sorted(self.labels):
            written = forms.get(key, set())
            dotted = {f for f in written if state_of_abbreviation(f) and f not in shared}
            letters = {f.replace(".", "") for f in dotted}
            states = {state_of_abbreviation(f) for f in written if f not in letters or not dotted}
            if len(states) == 1 and (state := canonical_key(states.pop())) and state in self.labels:
                self.c.union(key, state, "state_abbreviation")

    def apply_compass_countries(self) -> None:
        """'the North' in a story of North Korea: a compass word written alone joins its
        country (``compass_countries`` of names.yaml) in a document that names that country
        and the others listed with it; not a person's name."""
        for word, countries in sorted(tables().compass_countries.items()):
            if word not in self.labels or not countries or self.cluster_type(word) == "PERSON":
                continue
            keys = [canonical_key(c) for c in countries]
            if not all(k in self.labels for k in keys):
                continue
            self._join_unique(word, [keys[0]], "compass_country", doc_only=True,
                              fits=lambda doc, k, keys=keys: all(doc in self.docs_of[o] for o in keys))

    def apply_feature_names(self, forms: dict[str, set[str]]) -> None:
        """'Golan' after 'Golan Heights', 'Everest' after 'Mount Everest', 'Rita' after
        'Hurricane Rita': in one document, a one-word name that is a longer name without its
        kind of place or storm (``feature_words``), first written after it, joins it. A
        person's name only for a storm, and never a first name of a person of the document."""
        t = tables()
        longer: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            words = key.split()
            if len(words) == 2 and self.cluster_type(key) != "PERSON":
                for kind, name in ((words[0], words[1]), (words[1], words[0])):
                    if kind in t.feature_words and name not in t.feature_words:
                        longer[name].append(key)
        people = self._people_in()
        for key, keys in sorted(longer.items()):
            if key not in self.labels or key in self.gaz:
                continue
            person = self.cluster_type(key) == "PERSON"

            def fits(doc: str, full: str, short: str = key, person: bool = person) -> bool:
                return self._named_before(doc, full, short) and not (person and (
                    full.split()[0] not in t.storm_words or short in people.get(doc, ())))

            self._join_unique(key, keys, "feature_name", doc_only=True, fits=fits)

    def _people_in(self) -> dict[str, set[str]]:
        """The words of the full names of people, by document: "Harvey" of "Harvey Weinstein"."""
        out: dict[str, set[str]] = defaultdict(set)
        for key in self.labels:
            if " " in key and self.cluster_type(key) == "PERSON":
                for doc in self.docs_of[key]:
                    out[doc].update(key.split())
        return out

    @staticmethod
    def _opened_by_short_form(key: str, forms: dict[str, set[str]], places: AbstractSet[str]) -> bool:
        """Whether an organisation's first word, written alone, may be its short form: not when
        the rest is a body or an office ("Orlen Defence Council", "Vell Mission Special
        Coordinator": :func:`_adds_body_or_office`), a thing named after it
        ("Vell Transition Authorization Act": ``named_after_words``), a model ("Macintosh II"), a
        country without a legal form ("Vell India": the company's unit there; "Vell Australia
        Ltd" may be the company), nor when the word is no name's opening ("Congress-free
        India": a compound)."""
        words = key.split()
        rest = words[1:]
        institution = not _world_place(words[0]) and words[0] not in places and _only_institution(rest)
        if _adds_body_or_office(rest, institutions=institution) or _named_after(key) \
                or all(_MODEL.fullmatch(w) for w in rest):
            return False
        if " ".join(rest) in places and not any(has_org_suffix(f) for f in forms.get(key, ())):
            return False
        return any(canonical_key(display_form(f).split(" ", 1)[0]) == words[0] for f in forms.get(key, ()))

    def apply_prefix_forms(self, forms: dict[str, set[str]]) -> None:
        """'Vell Gas' after 'Vell Gas and Electric Co', 'Orlen Mills' after 'Orlen Mills and
        Chemical Corp': in one document, a name of two or more words
        that opens exactly one longer organisation name, and is first written after it (the
        article introduces the full name, then shortens it), joins it. Never when the longer
        name adds a body ("Senate Judiciary Committee"), an office in it or a branch of a place ("Federal
        Reserve Bank of St. Louis"), or names a thing after it ("Orlen Fool
        Stock Advisor": ``named_after_words``), nor for a name with a legal form of its
        own ("Varo Foods Co." beside "Varo Foods Enterprises Inc"), nor a name written first
        ("Gulf and Western" before "its Gulf and Western Manufacturing unit")."""
        longer: dict[str, list[str]] = defaultdict(list)
        orgs = [k for k in self.labels if " " in k and self.cluster_type(k) == "ORG"]
        by_first: dict[str, list[str]] = defaultdict(list)
        for key in orgs:
            by_first[key.split(" ", 1)[0]].append(key)
        # a short form the model typed a facility ("Terra Firma" after "Terra Firma Capital Partners")
        shorts = orgs + [k for k in self.labels if " " in k and self.cluster_type(k) == "FAC"]
        for key in shorts:
            for other in by_first[key.split(" ", 1)[0]]:
                added = other[len(key):].split()
                institution = key in self.labels and not self._placed(key) and not _world_place(key) \
                    and _only_institution(added)
                if (other.startswith(key + " ") and not _adds_body_or_office(added, institutions=institution)
                        and not (_adds_branch(added) and not _nations_own(key, added)) and not _named_after(other)):
                    longer[key].append(other)
        for key, keys in sorted(longer.items()):
            if any(has_org_suffix(f) for f in forms.get(key, ())):
                continue  # "Varo Foods Co.": a company's full name, not a cut "Varo Foods Enterprises Inc"
            self._join_unique(key, keys, "prefix_form", doc_only=True,
                              fits=lambda doc, full, short=key: self._named_before(doc, full, short))

    def apply_owned_bodies(self) -> None:
        """'Security Council' after 'UN Security Council': in one document, a body's name of
        two words or more joins the one longer organisation name that adds its owner's name
        in front (one word in capitals, "UN", or one the corpus writes as an organisation),
        when written after it."""
        longer: dict[str, list[str]] = defaultdict(list)
        for key in self.labels:
            owner, _, body = key.partition(" ")
            if " " in body and body in self.labels and self.cluster_type(key) == "ORG" \
                    and self.cluster_type(body) == "ORG" and self._owner_word(key, owner):
                longer[body].append(key)
        for body, keys in sorted(longer.items()):
            self._join_unique(body, keys, "owned_body", doc_only=True,
                              fits=lambda doc, full, short=body: self._named_before(doc, full, short))

    def _owner_word(self, key: str, owner: str) -> bool:
        """Whether the first word of a name names an organisation: initials ("UN" of "UN
        Security Council") or a word the corpus writes alone as one."""
        return "ORG" in self.labels.get(owner, {}) or any(
            is_acronym(f.split()[0]) for f in self.forms.get(key, ()) if f.split())

    def apply_fuzzy(self, forms: dict[str, set[str]]) -> None:
        blocks: dict[tuple, list[str]] = defaultdict(list)
        demonyms = tables().demonyms
        for key in self.labels:
            if len(key) < 5 or any(is_acronym(f) for f in forms[key]):
                continue
            if not set(self.labels[key]) & NAMED_TYPES:
                continue
            words = key.split()
            blocks[(len(words), "".join(w[0] for w in words))].append(key)
        for block in blocks.values():
            if len(block) < 2:
                continue
            block.sort(key=lambda k: (len(k), k))
            for i, a in enumerate(block):
                hi = i + 1
                while hi < len(block) and len(block[hi]) * 0.82 <= len(a):
                    hi += 1
                if hi == i + 1:
                    continue
                for b, score, _ in process.extract(a, block[i + 1: hi], scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_THRESHOLD, limit=None):
                    why = self._fuzzy_against(a, b, score, demonyms, forms)
                    if not why:
                        self.c.union(a, b, f"fuzzy:{int(score)}")
                    elif not why.startswith(_NOT_NEAR):
                        self.near.append((a, b, f"fuzzy:{int(score)}", why))

    def _fuzzy_against(self, a: str, b: str, score: float, demonyms: dict[str, str],
                       forms: dict[str, set[str]]) -> str:
        """Why two spelling variants must stay apart, or "" when they may merge."""
        if demonyms.get(a) == b or demonyms.get(b) == a:
            return "a demonym and its place"
        if _people_word(a.split()[-1], b.split()[-1]):
            return "a demonym and its place (not in the table)"  # "Latin American" / "Latin America"
        for wa, wb in zip(a.split(), b.split(), strict=True):
            if wa != wb and (any(ch.isdigit() for ch in wa + wb) or _ROMAN.fullmatch(wa) and _ROMAN.fullmatch(wb)
                             or fuzz.ratio(wa, wb) < _TOKEN_THRESHOLD
                             or _extended(wa, wb) or title_against_word(wa, wb)):
                return f"words differ ({wa} / {wb})"
        ta, tb = self.cluster_type(a), self.cluster_type(b)
        if ta == tb == "PERSON" or "PERSON" in (ta, tb) and " " not in a:
            return self._people_apart(a, b, forms)
        if {ta, tb} & AREA_TYPES and not self.docs_of[a] & self.docs_of[b]:
            return "places never written in one document"  # "Atalanta" (a club) is no "Atlanta"
        if ta == tb:
            return ""
        if {ta, tb} <= GROUP_TYPES and "PERSON" in (ta, tb):
            return "" if score >= CROSS_TYPE_THRESHOLD and " " in a else f"types differ ({ta} / {tb})"
        if {ta, tb} == {"ORG", "NORP"} and score >= CROSS_TYPE_THRESHOLD:
            return ""
        return f"types differ ({ta} / {tb})"

    def _people_apart(self, a: str, b: str, forms: dict[str, set[str]]) -> str:
        """Spelling never merges two persons with different surnames or first names: only a
        full name with a variant spelling of both ("Volodymyr Zelenskyy" / "Volodymyr
        Zelensky"), never "Abbasi" / "Abbas", never two lone surnames."""
        pa, pb = self.parts(a, forms), self.parts(b, forms)
        if not (pa.full and pb.full):
            return "a lone surname or first name"
        if not _variant(pa.last, pb.last):
            return f"different surnames ({pa.last} / {pb.last})"
        first_a, first_b = pa.first, pb.first
        initial = min(len(first_a), len(first_b)) == 1 and first_a[0] == first_b[0]
        if first_a != first_b and not (_variant(first_a, first_b) or same_first_name(first_a, first_b) or initial):
            return f"different first names ({pa.first} / {pb.first})"
        return ""

    # mentions that are not names
    def assign(self) -> None:
        """Node of every mention: names by key, then containers, concepts, anaphors."""
        named_keys = set(self.labels)
        for r in self.rows:
            if r.key and r.inner is None and r.m.antecedent is None:  # a city for its team: its antecedent's
                r.node = self.doc_nodes.get((r.m.doc, r.key), r.key)
        for r in self.rows:
            inner, depth = r.inner, 0
            while inner is not None and inner.inner is not None and depth < 8:
                inner, depth = inner.inner, depth + 1
            if inner is not None:
                r.node, r.rule = inner.node, "head_entity"
        surnames = self._surnames_by_doc()
        for r in self.rows:
            if r.node or r.m.antecedent is not None or _anaphoric(r.m):
                continue
            self._concept(r, named_keys, surnames)
        for r in self.rows:
            if not r.node and (r.m.antecedent is not None or not _anaphoric(r.m)):
                self._anaphor(r, named_keys, 0)

    def _containers(self, rows: list[_Row]) -> None:
        """'Iraqi Prime Minister Mustafa al-Kadhimi' joins the name 'Mustafa al-Kadhimi' inside it."""
        rows = sorted(rows, key=lambda r: (r.m.start_char, -r.m.end_char))
        for i, r in enumerate(rows):
            if r.m.kind in ("pronoun", "description") or r.m.label not in NAMED_TYPES or r.key in self.gaz:
                continue
            best = None
            for o in rows[i + 1:]:
                if o.m.start_char >= r.m.end_char:
                    break
                if (o.m.end_char <= r.m.end_char and o.key and o.m.label == r.m.label
                        and o.m.text[:1].isupper()
                        and (o.m.start_char, o.m.end_char) != (r.m.start_char, r.m.end_char)
                        and r.m.head and r.m.head in _WORDS.split(o.m.text)
                        and (best is None or len(o.m.text) > len(best.m.text))):
                    best = o
            if best is not None and " " not in best.key and (
                    r.m.label == "PERSON" or all(w[:1].isupper() for w in display_form(r.m.text).split())):
                continue  # "Abu ali al-Askari" is not moved into "Askari": the surname rule decides
            if best is not None and best.key != r.key and not self._named_of_another(r, best) \
                    and r.rid not in self.owned_institutions:
                r.inner = best

    def _named_of_another(self, outer: _Row, inner: _Row) -> bool:
        """Whether a body's name adds "of" and a name that is no place to the name inside it:
        "the United Nations of Football" is not the United Nations ("the Ministry of Defence of
        Kestria" is still its ministry)."""
        if outer.m.label != "ORG":
            return False
        after = inner.m.end_char - outer.m.start_char
        rest = outer.m.text[after:].split()
        if len(rest) < 2 or rest[0].lower() != "of" or not rest[-1][:1].isupper():
            return False
        name = " ".join(rest[1:])
        start = outer.m.start_char + outer.m.text.find(name, after)
        named = self.by_pos.get((outer.m.doc, start, start + len(name)))
        if named is not None and named.m.label in AREA_TYPES | {"PERSON"}:
            return False  # "Blue Cross of Orlen", "Ana Vell of Dharma Kot" (a village the model typed a person)
        key = canonical_key(name)
        return key not in _qualifiers() and self.gaz.get(key) not in AREA_TYPES

    def _surnames_by_doc(self) -> dict[tuple[str, str], set[str]]:
        """(document, last word) -> nodes of the PERSON names in that document ending with it."""
        out: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in self.rows:
            if r.node and r.key and " " in r.key and self.cluster_type(r.node) == "PERSON" and (
                    r.m.text.split()[-1][:1].isupper()):  # not "Jan Vell of the Brezna police"
                out[(r.m.doc, r.key.rsplit(" ", 1)[1])].add(self.c.find(r.node))
        return out

    def _concept(self, r: _Row, named_keys: set[str],
                 surnames: dict[tuple[str, str], set[str]] | None = None) -> None:
        if r.m.label == "CLAIM":  # reported speech: one node per claim, never merged
            r.node = f"claim:{r.m.doc}:{r.m.start_char}:{r.m.end_char}"
            self.c.add(r.node)
            return
        if _anaphoric(r.m):
            return  # an unresolved pronoun or description: no entity (left out of the graph)
        key = canonical_key(r.m.text)
        if key in named_keys and not r.m.text.islower() and not self._unnamed_member(r.m, key):
            # "the law" is no "Justice Law"
            r.node = self.doc_nodes.get((r.m.doc, key), key)
            r.rule = "exact"
            return
        people = (surnames or {}).get((r.m.doc, key), ())
        if len(people) == 1 and r.m.text[:1].isupper() and " " not in key:
            r.node, r.rule = next(iter(people)), "surname"  # "Raisi" the model did not tag
            return
        node = self._possessed_node(r, named_keys) or (
            "concept:" + (self._force_key(r.m.text) or concept_key(r.m.text) or key))
        self.c.add(node)
        r.node = node

    def _unnamed_member(self, m: Mention, key: str) -> bool:
        """Whether a one-word phrase left untagged is one member of a people or party ("a
        Democrat", "senior Democrat" untagged before extraction), not the group ("Democrats")."""
        text = m.text.strip()
        return " " not in text and not text.endswith("s") and self.cluster_type(key) == "NORP"

    def _possessed_node(self, r: _Row, named_keys: set[str]) -> str:
        """The node of a phrase that opens with a possessive pronoun ("its leader"): keyed
        by the pronoun's antecedent, so "its leader" in an article about the Front and in
        one about a ministry are two things; by document when the pronoun is unresolved."""
        pronoun, _, rest = r.m.text.partition(" ")
        if pronoun.lower() not in _POSSESSIVES or not rest.strip():
            return ""
        row = self.by_pos.get((r.m.doc, r.m.start_char, r.m.start_char + len(pronoun)))
        owner = self._anaphor(row, named_keys, 0) if row is not None else ""
        if not owner or owner.startswith("concept:"):
            return f"concept:{r.m.doc}\x01{concept_key(r.m.text)}"
        # one key whichever of its names the pronoun went to, whatever the order of merging
        members = self.c.members[self.c.find(owner)]
        if _names_its_kind(rest, members):
            return owner  # "Republicans ... their party": the Republican Party itself
        owner = min(members)
        node = f"concept:{owner}\x01{concept_key(rest)}"
        self.possessed[node] = (owner, display_form(rest))
        return node

    def _anaphor(self, r: _Row, named_keys: set[str], depth: int) -> str:
        if r.node:
            return r.node
        ante = self.by_pos.get((r.m.doc, *r.m.antecedent)) if r.m.antecedent else None
        if ante is not None and ante is not r and depth < 8:
            node = self._anaphor(ante, named_keys, depth + 1)
            repeat = node.startswith("concept:") and r.m.kind == "chunk" and ante.m.kind == "chunk"
            if node and (not node.startswith("concept:") or repeat):
                # a phrase goes to a name; "the law" to the fuller "immigration law" it repeats
                r.node = node
                r.rule = "coref:" + (r.m.kind if r.m.kind in ("pronoun", "description")
                                     else "repeat" if repeat else "apposition")
                return node
        self._concept(r, named_keys)
        return r.node

    # entities
    def entities(self) -> Resolution:
        clusters: dict[str, list[_Row]] = defaultdict(list)
        for r in self.rows:
            if r.node:  # an unresolved pronoun or description has none
                clusters[self.c.find(r.node)].append(r)
        built = sorted((self._entity(root, rows) for root, rows in clusters.items()), key=lambda b: b[1])
        renamed = self._possessed_names({b[6]: b[2] for b in built})
        res = Resolution()
        used: Counter = Counter()
        for ent_key, _sort, name, typ, aliases, rows, root, named_by in built:
            if root in renamed:  # the written "its leader" stays as an alias
                name, aliases = renamed[root], [name, *aliases][:50]
            used[ent_key] += 1
            eid = entity_id(ent_key if used[ent_key] == 1 else f"{ent_key}#{used[ent_key]}")
            docs = {r.m.doc for r in rows}
            res.entities.append(Entity(eid, name, typ, tuple(aliases), len(rows), len(docs)))
            for r in rows:
                res.assignment[r.rid] = eid
            res.explanations.extend((eid, text, rule) for text, rule in self._explain(root, rows, name, named_by))
        return res

    def _possessed_names(self, name_of: dict[str, str]) -> dict[str, str]:
        """Names of possessive phrases by cluster root, given every cluster's name: 'its
        leader' after the Front is "Northern Liberation Front's leader"."""
        out = {}
        for node, (owner, rest) in self.possessed.items():
            owner_name = name_of.get(self.c.find(owner))
            if owner_name:
                out[self.c.find(node)] = f"{owner_name}'s {rest}"
        return out

    def _entity(self, root: str, rows: list[_Row]) -> tuple:
        typ = self.cluster_type(root)
        if self._never_capitalised([_node_key(n) for n in self.c.members[root]]):
            typ = "CONCEPT"  # "the gulf", "boycotts" the model typed LOC, GPE: no name, no actor
        named = [r for r in rows if r.key and not r.rule]
        forms = Counter(self._person_form(r) if typ == "PERSON" else self._form(r)
                        for r in (named or [r for r in rows if not r.rule]) if self._form(r))
        name, named_by = self._name(root, forms, rows, typ)
        if typ == "PERSON" and not named_by and " " not in name:
            name = _styled(name, named)
        if typ == "CONCEPT" and root.startswith("concept:") and self._names_a_body(name):
            typ = "ORG"  # "US forces": an actor, though the model tagged only "US"
        if root.startswith("claim:") or (root.startswith("concept:") and not named):
            ent_key = root
        else:
            ent_key = canonical_key(name)
        aliases = [f for f, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])) if f != name][:50]
        sort = (ent_key, tuple(sorted(self.c.members[root])))
        return ent_key, sort, name, typ, aliases, rows, root, named_by

    def _force_key(self, text: str) -> str:
        """One key for a named owner's armed forces however written: "US forces", "US
        troops", "the US military", "US military forces" (not "US soldiers", a few of them;
        not "Iraqi security forces", another body)."""
        words = [w for w in (w.strip(_MARKS) for w in display_form(text).split()) if w]
        lower = [w.lower() for w in words]
        if lower[-2:] in (["military", "forces"], ["armed", "forces"]):
            owner = words[:-2]
        elif lower[-1:] and lower[-1] in tables().force_words:
            owner = words[:-1]
        else:
            return ""
        if not owner or not all(w[:1].isupper() for w in owner) or not self._owner_known(owner):
            return ""
        return canonical_key(" ".join(owner)) + " forces"

    def _owner_known(self, owner: list[str]) -> bool:
        """Whether these words are a name typed GPE, NORP or ORG, or a demonym."""
        text = " ".join(owner)
        if text.lower() in tables().demonyms:
            return True
        key = canonical_key(text)
        labels = set(self.labels.get(key, ())) | ({self.gaz[key]} if key in self.gaz else set())
        return bool(labels & BODY_OWNER_TYPES)

    def _names_a_body(self, name: str) -> bool:
        """Whether a phrase names an armed or official body of a named place, people or
        organisation: a ``group_heads`` word after a name the model typed GPE, NORP or
        ORG, or a demonym ("US forces", "Iraqi security forces", "Kataib Hezbollah
        fighters"; not "security forces" or "Iran's missiles")."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in tables().group_heads:
            return False
        owner = words[:-1]
        while owner and owner[-1][:1].islower():  # "Iraqi security forces": the modifier goes
            owner.pop()
        return bool(owner) and owner[0][:1].isupper() and self._owner_known(owner)

    def _person_form(self, r: _Row) -> str:
        """A person's written form without titles, whatever type the model gave this mention
        ("Prime Minister Modi" typed ORG shows as "Modi"); a surname kept apart by its title
        ("Lady Starmer", see ``_shared_surnames``) keeps it."""
        form = self._form(r)
        return form if r.m.label == "PERSON" else strip_titles(form)

    @staticmethod
    def _form(r: _Row) -> str:
        if r.form is None:
            text = shown_person_name(r.m.text) if r.m.label == "PERSON" else display_form(r.m.text)
            r.form = text if len(text) <= 80 else ""
        return r.form

    def _table_types(self) -> dict[str, str]:
        """key -> type of the aliases files' ``types``, the user's first, for the name and the
        names of its merge group ("DPRK", written alone, is North Korea's GPE)."""
        if self._types is None:
            self._types = {}
            for table, groups in zip((self.user, self.builtin), self._key_groups(), strict=True):
                for name, typ in table.types.items():
                    key = canonical_key(name)
                    for group in [g for g in groups if key in g] or [{key}]:
                        for k in group:
                            self._types.setdefault(k, typ)
        return self._types

    def _table_names(self) -> list[dict[str, tuple[str, str]]]:
        """key -> (canonical name, rule): user canonical names, built-in ones, built-in groups."""
        if self._tables is None:
            out: list[dict[str, tuple[str, str]]] = []
            for table, rule in ((self.user, "user_alias"), (self.builtin, "alias_table")):
                names: dict[str, tuple[str, str]] = {}
                for variant, name in table.canonical.items():
                    names.setdefault(canonical_key(variant), (name, rule))
                    names.setdefault(canonical_key(name), (name, rule))
                out.append(names)
            groups: dict[str, tuple[str, str]] = {}
            for group in self.builtin.merge:  # the first name of a built-in group is its canonical name
                for n in group:
                    groups.setdefault(canonical_key(n), (group[0], "alias_table"))
            out.append(groups)
            self._tables = out
        return self._tables

    def _name(self, root: str, forms: Counter, rows: list[_Row], typ: str = "") -> tuple[str, str]:
        """The canonical name, and the table rule when a table chose it: else the most
        complete form written (a person's full name, "Charles Kennedy" not "Kennedy", however
        often the surname alone is written), else the most frequent of the longest forms. A
        social-media handle ("@NASA") names the actor only when nothing else does."""
        keys = sorted(n for n in self.c.members[root] if "\x00" not in n)
        for table in self._table_names():
            hit = next((table[k] for k in keys if k in table), None)
            if hit is not None:
                return hit
        if not forms:
            return rows[0].m.text, ""
        named = {f: n for f, n in forms.items() if not f.startswith("@")} or dict(forms)  # "@NASA"
        proper = {f: n for f, n in named.items() if not is_acronym(f)} or named
        proper = {f: n for f, n in proper.items() if not _GLUED.search(f)} or proper  # "ChinaDario Vell"
        if typ == "PERSON":
            full = {f: n for f, n in proper.items() if _clean_full_name(f)}
            # not a word run into the front of a full name also written ("In stark Contrast
            # Ranil Vell's ..."), unless that word is a first name ("John Paul Orr")
            full = {f: n for f, n in full.items() if not _run_into(f, full)} or full
            if full:  # a form without the quoted nickname first: "Francis Escudero", not 'Francis "Chiz" Escudero'
                return min(full, key=lambda f: (bool(NICKNAME.search(f)), -len(NICKNAME.sub(" ", f).split()),
                                                 -full[f], -len(f), f)), ""
        top = max(proper.values())
        frequent = [f for f, n in proper.items() if n >= 0.5 * top]
        # the company's full name with its legal form, however rarely written: "Purolator
        # Courier Corp" for "Purolator", "Moruo Mining and Construction Company" for "Moruo"
        frequent += [f for f in proper if f not in frequent and has_org_suffix(f) and any(
            _subsequence(canonical_key(g), canonical_key(f)) and canonical_key(f).startswith(canonical_key(g))
            for g in frequent)]
        # a party's own name, however rarely written, over its members' plural ("New Democratic
        # Party" for "New Democrats": apply_party_members)
        frequent += [f for f in proper if f not in frequent and f.endswith(" Party")
                     and any(g.endswith("s") and not g.endswith(" Party") for g in frequent)]
        if typ == "ORG":  # "European Commission" for "the Commission", written ten times to its two
            firsts = self._first_forms(rows)
            frequent += [f for f in proper if f not in frequent and f in firsts and _widens(f, frequent)]
        return min(frequent, key=lambda f: (-len(f.split()), -proper[f], f[:1].islower(), -len(f), f)), ""

    def _first_forms(self, rows: list[_Row]) -> set[str]:
        """The form each article writes first among ``rows``: an article introduces an
        organisation by its full name and shortens it after ("The European Commission has
        begun ... the Commission said"); a longer form written later names something of its
        own ("Apple TV" after "Apple")."""
        first: dict[str, _Row] = {}
        for r in rows:
            if r.key and not r.rule and self._form(r):
                seen = first.get(r.m.doc)
                if seen is None or r.m.start_char < seen.m.start_char:
                    first[r.m.doc] = r
        return {self._form(r) for r in first.values()}

    def _explain(self, root: str, rows: list[_Row], name: str, named_by: str) -> list[tuple[str, str]]:
        """One (written name, rule) row per distinct name that was merged into the entity."""
        start = canonical_key(name)
        members = self.c.members[root]
        first = ""
        if start not in members:
            start = min(members, key=lambda n: (-sum(self.labels.get(_node_key(n), {}).values()), n))
            first = named_by
        why = {start: first}
        queue = [start]
        while queue:
            node = queue.pop(0)
            for other, rule in sorted(self.c.edges.get(node, ())):
                if other not in why and self.c.find(other) == root:
                    why[other] = rule
                    queue.append(other)
        out: dict[str, str] = {}
        for r in rows:
            text = r.m.text if r.rule.startswith("coref") else self._form(r)
            if not text or text in out:
                continue
            if r.rule:
                out[text] = r.rule
            else:
                rule = why.get(r.node, "")
                out[text] = rule or ("exact" if text == name else "fold")
        return sorted(out.items())


def _split_legal_forms(rows: list[_Row]) -> None:
    """One name written in one article with two legal forms names two companies: "Ciba-Geigy
    AG", the Swiss parent, and "Ciba-Geigy Corp", its American unit. Each such form gets a key
    of its own (the name and its form); the name written bare stays apart from both, since the
    article does not say which it means."""
    forms: dict[str, dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r.key and r.suffixed:
            forms[r.key][legal_form(r.m.text)].append(r)
    for key, by_form in forms.items():
        if len(by_form) > 1:
            for form, written in by_form.items():
                for r in written:
                    r.key = f"{key} {form}"


@lru_cache(maxsize=1)
def _known_types() -> dict[str, str]:
    """Folded key -> type of every name whose type outvotes the model's: the shipped
    gazetteer's, and every country of data/coref.yaml as a GPE ("Tuvalu", which the small model
    types a person or a company), but a country that is also a first name ("Chad", "Georgia"),
    which the article's own evidence types. Read-only: shared by every resolution."""
    countries = {c: "GPE" for c in coref_tables().countries if not is_first_name(c)}
    return {**countries, **gazetteer_types()}


def _team_word(word: str) -> bool:
    """Whether an organisation's last word is the word sports copy writes alone for the team:
    one of ``club_words`` ("City", "United") or a plural ("Bulldogs", "Rovers")."""
    return word in tables().club_words or len(word) >= 5 and word.endswith("s") and not word.endswith("ss")


def _head_before_of(words: list[str]) -> str:
    """The head word of a name before its first "of" or "for" ("observatory" of "vellian
    observatory for human rights"), or "" when the name has none after its second word."""
    at = next((i for i, w in enumerate(words) if w in ("of", "for") and i >= 2), 0)
    return words[at - 1] if at else ""


def _acronym_only(forms: Iterable[str]) -> bool:
    """Whether a word is written as an acronym ("NATO"), not as a name also written in
    capitals for emphasis ("Brandt" and "BRANDT")."""
    forms = list(forms)
    return any(is_acronym(f) for f in forms) and not any(f[1:2].islower() for f in forms)


def _capital_after_article(word: str) -> bool:
    """Whether a word is capitalised, after an article in small letters joined by a hyphen
    ("al-Assad", ``articles`` of names.yaml): a name the article only opens."""
    head, dash, rest = word.partition("-")
    if dash and rest and head.casefold() in tables().articles:
        word = rest
    return word[:1].isupper()


def _one_word(key: str, forms: dict[str, set[str]]) -> bool:
    """Whether a name is written as one word: "Brandt", or a hyphenated surname
    ("Lindsay-Abaire", whose key has two words)."""
    return " " not in key or bool(forms.get(key)) and all(" " not in f.strip() for f in forms[key])


def _run_into(form: str, forms: Iterable[str]) -> bool:
    """Whether ``form`` is another of ``forms`` with one word before it that is no first name
    and no initial: a word the model ran into the name ("Contrast Ranil Vell" beside "Ranil
    Vell")."""
    first, _, rest = form.partition(" ")
    initials = len(first.rstrip(".")) <= 3 and first.rstrip(".").isupper()  # "N Rasika Vell" keeps its initial
    return bool(rest) and rest in forms and " " in rest and not is_first_name(first) and not initials


def _institution(key: str) -> bool:
    """A key with a word of an institution (``person_blockers``) and no first name before it,
    or of three words or more ending with one: "xinhua news agency", "terra firma capital
    partners", not "richie hall"."""
    words, blockers = key.split(), tables().person_blockers
    return bool(words) and any(w in blockers for w in words) and (
        not is_first_name(words[0]) or len(words) > 2 and words[-1] in blockers)


def _anaphoric(m: Mention) -> bool:
    """A pronoun ("it", "they", "we", "this") or a coreferable description ("the group")."""
    return m.kind in ("pronoun", "description") or m.label == "PRON"


# Refusals too plain to show as near misses: "India" / "Indian".
_NOT_NEAR = ("a demonym", "types differ (GPE / NORP)", "types differ (NORP / GPE)",
             "types differ (LOC / NORP)", "types differ (NORP / LOC)")


_GLUED = re.compile(r"[a-z]{3}[A-Z]")  # three lower-case letters, then a capital: "ChinaDario", not "McDonald"


def _nearly_all(counts: Counter | None, least: int) -> str:
    """The sex nearly all (80%) of the pronouns counted give, when at least ``least``, or ""."""
    if counts:
        sex, n = counts.most_common(1)[0]
        if n >= max(least, 0.8 * sum(counts.values())):
            return sex
    return ""


def _styled(name: str, rows: list[_Row]) -> str:
    """A one-word person's name with the title the articles style him by ("Lord Alton", "Sir
    Ed": ``styled_titles``), the one written most; the name itself when none is written."""
    styles = tables().styled_titles
    written = Counter(words[0].rstrip(".") for words in (r.m.text.split() for r in rows)
                      if len(words) == 2 and words[0].rstrip(".").casefold() in styles
                      and words[1].casefold() == name.casefold())
    return f"{written.most_common(1)[0][0]} {name}" if written else name


def _son_name(key: str) -> bool:
    """Whether a person's name ends in a son's generation suffix ("Tom Vellmont Jr.", "III";
    ``generation_suffixes`` that are not ``elder_suffixes``)."""
    t, suffix = tables(), person_parts(key).suffix
    return suffix in t.generation_suffixes and suffix not in t.elder_suffixes


def _far_ahead(counts: dict[str, int]) -> str:
    """The key counted at least ``surname_dominance`` times as often as any other (and at least
    ``surname_dominance_min`` times), or ""."""
    ranked = sorted(((n, key) for key, n in counts.items()), reverse=True)
    if not ranked:
        return ""
    ratio, least = tables().surname_dominance, tables().surname_dominance_min
    second = ranked[1][0] if len(ranked) > 1 else 0
    return ranked[0][1] if ranked[0][0] >= max(ratio * max(second, 1), least) else ""


def _nicknamed(text: str) -> bool:
    """A name of capitalised words with a quoted nickname between them ('William "Mo" Cowan')."""
    return bool(NICKNAME.search(text)) and all(w[:1].isupper() for w in NICKNAME.sub(" ", text).split())


def _clean_full_name(form: str) -> bool:
    """A written person's name with a first and a last name, two to five capitalised words
    (particles allowed), no stray punctuation and no word glued onto another: the canonical
    name of a person."""
    form = NICKNAME.sub(" ", form)  # 'William "Mo" Cowan'
    words = spaced_initials(form).split()
    t = tables()
    if _GLUED.search(form):
        return False  # "ChinaDario Vell": a word run into the name where a period was lost
    return (2 <= len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or fold(w).rstrip("-") in t.articles or fold(w) in t.name_particles
                    for w in words) and not any(ch in form for ch in ",;:()\"") and person_parts(form).full)


@lru_cache(maxsize=100_000)
def _only_titles(text: str) -> bool:
    """A PERSON mention that is titles only ("Gen", "Mr", "Prime Minister")."""
    t = tables()
    words = [w.lower().replace(".", "") for w in display_form(text).split()]
    return bool(words) and all(w in t.titles or w in t.honorifics for w in words)


def _variant(a: str, b: str) -> bool:
    """Whether two name words may be spellings of one name: not one word extended by a
    syllable ("Abbas" / "Abbasi", "Hassan" / "Hassani"), nor a word of three letters two
    letters apart ("Ali" / "Amoli"); a doubled last letter is a spelling ("Zelensky" /
    "Zelenskyy")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        extra = long[len(short):]
        return set(extra) <= {short[-1:]}
    if len(short) <= 3 and Levenshtein.distance(a, b) > 1:
        return False  # "Ali" / "Amoli": two letters more are another name, not a spelling of three
    return fuzz.ratio(a, b) >= _TOKEN_THRESHOLD


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _country_initials(form: str) -> bool:
    """Whether a written name holds a country's dotted initials before its last word ("Binance
    U.S. Twitter", a company's account the model typed a person): no person's name does, while
    a person's own initials are no country ("George H.W. Bush", "J.K. Rowling"). A name is
    no person's only when every form of it does ("U.S. President Joe Biden" is one form of Joe
    Biden's)."""
    return any(_DOTTED_INITIALS.fullmatch(w) and _country_of(w) for w in form.split()[:-1])


@lru_cache(maxsize=4096)
def _country_of(word: str) -> str:
    """The country key a country's name or demonym names ("chinese", "china" -> "china"), or ""."""
    key = canonical_key(word)
    demonyms, aliases = tables().demonyms, coref_tables().place_aliases
    if key in demonyms:
        key = canonical_key(demonyms[key])
    key = aliases.get(key, key)  # "us" -> "united states"
    return key if key in country_keys() or key in coref_tables().countries else ""


_OWNED = re.compile(r"^(?:the\s+)?(.+?)['\u2019]s\s+(.+)$", re.IGNORECASE)


def _owned_institution_key(text: str) -> str:
    """The key of a nation's own institution written after its country's "'s", as its
    people's word writes it: "Japan's Foreign Ministry" -> "japanese foreign ministry", the
    key of "the Japanese Foreign Ministry", never the bare "foreign ministry" every country
    has (``national_institutions`` of coref.yaml; and a government's body of more than one
    word named by its kind, ``national_body_heads``: "Nepal's Tourism Department"); "" for any
    other name ("Vellia's Orlen Bank" is a firm)."""
    match = _OWNED.match(text)
    institution = canonical_key(match.group(2)) if match is not None else ""
    if not coref_tables().national_body(institution):
        return ""  # "Nepal's Tourism Department" is Nepal's, as "Japan's Foreign Ministry" is Japan's
    people = _demonyms_by_country().get(_country_of(match.group(1)), "")
    return f"{people} {institution}" if people else ""


@lru_cache(maxsize=1)
def _demonyms_by_country() -> dict[str, str]:
    """Country key -> the first of its demonyms in data/demonyms.yaml ("japan" -> "japanese")."""
    out: dict[str, str] = {}
    for word in tables().demonyms:
        out.setdefault(_country_of(word), canonical_key(word))
    out.pop("", None)
    return out


def _capital_possessive(word: str, forms: Iterable[str]) -> bool:
    """Whether a name opens with a capital city's possessive ("Seoul's Foreign Ministry",
    keyed "seouls ..."): the capital stands for its country's state, which qualifies the organ
    as a country's name does."""
    return word.endswith("s") and is_capital(word[:-1]) and any(
        f.split(" ", 1)[0].endswith(("'s", "\u2019s")) for f in forms)


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """Keys of countries and demonyms that may stand before an organisation's name ("US",
    "British", "Japanese"): the demonyms of data/demonyms.yaml (also in the name tables), and the
    countries of data/coref.yaml."""
    t = tables()
    words = (set(coref_tables().countries) | set(t.demonyms) | set(t.demonyms.values())
             | set(load_demonyms()))
    return frozenset(canonical_key(w) for w in words)


def _spells(letters: str, words: list[str], skip: frozenset[str]) -> bool:
    """Whether ``letters`` are the words' opening letters in order, each word giving one or
    more (a word of ``skip`` may give none): "nymex" = "new york mercantile exchange"."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in skip and _spells(letters, rest, skip):
        return True
    n = 0
    while n < min(len(word), len(letters)) and letters[n] == word[n]:
        n += 1
        if _spells(letters[n:], rest, skip):
            return True
    return False


def _extended(a: str, b: str) -> bool:
    """Whether one word is the other with an ending of two letters or more: another word,
    not a spelling ("commission" / "commissioner", "Vell" / "Vellers"), while "Zelensky" /
    "Zelenskyy" is one name."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) >= 2


_ROMAN = re.compile(r"[ivxlc]+")  # "World War II" / "World War III", "Elizabeth I" / "Elizabeth II": two


def _people_word(a: str, b: str) -> bool:
    """Whether one word is the other's people ("american" / "america", "asian" / "asia"): a
    place's name in "-a" with an "n" added, the demonym of a region the table may not list."""
    short, long = sorted((a, b), key=len)
    return short.endswith("a") and long == short + "n"


def _widens(form: str, shorter: list[str]) -> bool:
    """Whether ``form`` is one of ``shorter`` with words before or after it ("European
    Commission" of "Commission", "Northgate Logistics" of "Northgate", "Vellian Observatory for
    Human Rights" of "Observatory"): the fuller name of an
    organisation, which names it however rarely it is written."""
    key = canonical_key(form)
    return any(key.startswith(k + " ") or key.endswith(" " + k) or _head_before_of(key.split()) == k
               for k in map(canonical_key, shorter) if k)


def _subsequence(short: str, long: str) -> bool:
    """True when the words of ``short`` appear in order in ``long``."""
    words = iter(long.split())
    return all(w in words for w in short.split())


def _run(mentions: Iterable[tuple[int, Mention]], stated: Iterable[AliasPair],
         user_aliases: UserAliases | None) -> _Resolver:
    """Every rule, in order, over all mentions; the resolver keeps its clusters and near misses."""
    rows = [_Row(rid, m) for rid, m in mentions]
    resolver = _Resolver(rows, list(stated), user_aliases)
    resolver.classify()
    resolver.apply_tables()
    resolver.apply_stated()
    resolver.keys_final = True
    forms = resolver.forms
    resolver.apply_acronyms(forms)
    resolver.apply_acronym_heads(forms)
    resolver.apply_fuzzy(forms)
    resolver.apply_middle_names()
    resolver.apply_qualifiers()
    resolver.apply_place_prefixes(forms)
    resolver.apply_nicknames(forms)  # before surnames: "Jeff Vell" and "Jeffrey Vell" are one holder of "Vell"
    resolver.apply_surnames(forms)
    resolver.apply_first_names(forms)
    resolver.apply_initial_names(forms)
    resolver.apply_short_forms(forms)
    resolver.apply_prefix_forms(forms)
    resolver.apply_owned_bodies()
    resolver.apply_team_names(forms)
    resolver.apply_party_members(forms)
    resolver.apply_state_abbreviations(forms)
    resolver.apply_compass_countries()
    resolver.apply_feature_names(forms)
    resolver.assign()
    return resolver


def resolve(
    mentions: Iterable[tuple[int, Mention]],
    stated: Iterable[AliasPair],
    user_aliases: UserAliases | None = None,
) -> Resolution:
    """Group all mentions (row id, mention) into entities; see the module docstring."""
    return _run(mentions, stated, user_aliases).entities()


@dataclass(frozen=True)
class NearMiss:
    """Two names a rule considered and did not merge: ``rule`` was tried, ``evidence_for``
    says what they share, ``evidence_against`` why they stayed apart."""

    a: str
    b: str
    a_entity: str
    b_entity: str
    rule: str
    evidence_for: str
    evidence_against: str


_EVIDENCE_FOR = {"surname": "same surname", "first_name": "same first name", "acronym": "same initials",
                 "acronym:person": "same initials", "short_form": "first word of the longer name",
                 "prefix_form": "first words of the longer name",
                 "owned_body": "the body's name without its organisation's",
                 "qualifier": "same name after a country", "tail_name": "same last words",
                 "middle_name": "same first and last words", "surname:fuzzy": "similar surname"}


def near_misses(
    mentions: Iterable[tuple[int, Mention]],
    stated: Iterable[AliasPair],
    user_aliases: UserAliases | None = None,
) -> list[NearMiss]:
    """Pairs of names that a rule considered but did not merge, with the evidence for and
    against, for a reviewer to settle in the aliases file (``merge`` or ``split``)."""
    resolver = _run(mentions, stated, user_aliases)
    res = resolver.entities()
    entity_of: dict[str, str] = {}
    written: dict[str, Counter] = defaultdict(Counter)
    for r in resolver.rows:
        if r.key and r.rid in res.assignment:
            entity_of.setdefault(r.key, res.assignment[r.rid])
            written[r.key][resolver._form(r) or r.m.text] += 1
    out, seen = [], set()
    for a, b, rule, against in resolver.near:
        if a not in entity_of or b not in entity_of or entity_of[a] == entity_of[b]:
            continue
        pair = tuple(sorted((a, b)))
        if pair in seen:
            continue
        seen.add(pair)
        name_a, name_b = _alias_name(a, written[a]), _alias_name(b, written[b])
        why = _EVIDENCE_FOR.get(rule) or (f"spelling ratio {rule.split(':', 1)[1]}" if rule.startswith("fuzzy:")
                                          else rule)
        out.append(NearMiss(name_a, name_b, entity_of[a], entity_of[b], rule, why, against))
    return sorted(out, key=lambda n: (n.rule, n.a.lower(), n.b.lower()))


def _alias_name(key: str, forms: Counter) -> str:
    """A written form of a key that folds back to the same key in an aliases file."""
    fits = [f for f, _ in forms.most_common() if canonical_key(f) == key]
    return fits[0] if fits else (forms.most_common(1)[0][0] if forms else key)
