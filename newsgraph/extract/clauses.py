"""Clause-level extraction: the facts a careful reader writes down from a sentence.

One pass over each sentence's verbs builds :class:`Clause` records (an n-ary OpenIE
tuple: subject, relation words, objects and adjuncts, with negation, modality,
attribution and confidence). :func:`extract_triples` turns them into binary
:class:`~newsgraph.model.RawTriple` records for the graph; :mod:`newsgraph.extract.openie`
writes them in the OpenIE/CaRB format.

Constructions: active and passive clauses (the agent of a passive becomes the graph
subject), prepositional objects folded into the relation ("operate_in"), phrasal verbs
("carry_out"), subject-control chains with modality ("vow_to_force"), object control
("force the US to leave" -> US / leave), modal auxiliaries, negation, coordination of
subjects, objects and verbs, relative clauses and participles (relative pronouns replaced
by their antecedent), adverbial clauses that share the main subject, reported speech
("X said ..." -> X / say / claim, and the claim's triples carry ``attribution``), and
"according to X". Copular clauses and appositions are produced for OpenIE output only;
the graph gets those from :mod:`newsgraph.extract.nominal`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import product
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.datafiles import read_mapping
from newsgraph.errors import NewsgraphError
from newsgraph.extract.confidence import news_features, news_score, score_clause
from newsgraph.extract.spans import (
    arg_bounds,
    columns,
    in_quote,
    leading_preposition,
    make_mention,
    of_objects,
    reaches,
    same_entity,
    trim_span,
)
from newsgraph.labels import ACTOR_TYPES, AMOUNT_TYPES, GROUP_TYPES, NUMERIC_TYPES, PLACE_TYPES, TIME_TYPES, VALUE_TYPES
from newsgraph.model import Mention, RawTriple
from newsgraph.names import is_first_name, is_title_word
from newsgraph.names import tables as name_tables

__all__ = [
    "Arg",
    "CLAIM_LABEL",
    "Clause",
    "ClauseRules",
    "ClauseRulesError",
    "load_rules",
    "mood",
    "names_people",
    "noun_mood",
    "object_controls",
    "said_before",
    "sentence_clauses",
    "extract_triples",
    "with_roles",
]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "clauses.yaml"

_VERBISH = frozenset({"VERB", "AUX"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_CORE_DEPS = frozenset({"dobj", "attr", "oprd", "acomp"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_NOT_CLAUSE = frozenset({"aux", "auxpass", "amod", "compound", "nmod", "case", "det"})
_REL_PRON = frozenset({"which", "who", "whom", "that"})
_REL_TAGS = frozenset({"WDT", "WP"})
_TIME_ENTS = TIME_TYPES
_NOUNISH = frozenset({"NOUN", "PROPN"})
_OBJECT_DEPS = ("dobj", "dative")
_NOT_ARG_POS = frozenset({"PUNCT", "SPACE", "SYM", "X"})
_WH_TAGS = frozenset({"WP", "WDT", "WRB"})
_LOCATIVE = frozenset({"in", "at"})
_PLACE_ENTS = PLACE_TYPES
_VERB_IDS = frozenset(get_string_id(x) for x in _VERBISH)
_NOT_CLAUSE_IDS = frozenset(get_string_id(x) for x in _NOT_CLAUSE)
_APPOS_ID = get_string_id("appos")
_PREP_ID = get_string_id("prep")
_SKIP_ARG_DEPS = frozenset({"punct", "cc", "conj", "aux", "auxpass", "neg", "prt", "mark"})
_OPEN_QUOTES = frozenset({"“", "``", "‘"})
_CLOSE_QUOTES = frozenset({"”", "''", "’"})
# Prepositions whose gerund shares the clause's subject: "responded by launching missiles".
_GERUND_PREPS = frozenset({"by", "after", "before", "while", "since", "through", "upon"})
# Labels of arguments that name a quantity or a time, never an actor (mentions get CONCEPT).
_NUMERIC_ENTS = NUMERIC_TYPES
# A clause's claim object: the say-triple keeps it, but as its own kind of argument.
CLAIM_LABEL = "CLAIM"


class ClauseRulesError(NewsgraphError):
    """The clause word-list file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class ClauseRules:
    """Word lists and confidence weights that steer the clause extractor."""

    reporting_verbs: frozenset[str]
    according_words: frozenset[str]
    modal_words: frozenset[str]
    modality_verbs: frozenset[str]
    negation_words: frozenset[str]
    copular_lemmas: frozenset[str]
    particles: frozenset[str]
    stop_predicates: frozenset[str]
    circumstance_types: frozenset[str]
    circumstance_nouns: frozenset[str]
    confidence: dict
    vague_arguments: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    person_participles: frozenset[str] = frozenset()
    of_object_verbs: frozenset[str] = frozenset()
    idle_prepositions: frozenset[str] = frozenset()
    object_lemmas: dict[str, str] = field(default_factory=dict)
    as_verbs: dict[str, str] = field(default_factory=dict)
    speech_act_verbs: frozenset[str] = frozenset()
    light_verbs: dict[str, dict[str, str]] = field(default_factory=dict)
    noun_lemmas: dict[str, str] = field(default_factory=dict)  # "taxes": tax, not "taxis"
    encounter_nouns: dict[str, str] = field(default_factory=dict)  # "in a meeting with X": meet X
    condition_words: frozenset[str] = frozenset()
    past_fact_marks: frozenset[str] = frozenset()  # "until Vellco entered the market": it did
    source_prepositions: frozenset[str] = frozenset()
    idiom_verbs: frozenset[str] = frozenset()
    future_clause_marks: frozenset[str] = frozenset()
    hypothetical_marks: frozenset[str] = frozenset()
    unrealised_marks: frozenset[str] = frozenset()
    knowing_verbs: frozenset[str] = frozenset()  # "would have known Vell lied": the lie is no less done
    finding_verbs: frozenset[str] = frozenset()  # "..., found the analysis": the analysis found it
    former_adverbs: frozenset[str] = frozenset()  # "previously ran X": a past post
    scant_words: frozenset[str] = frozenset()  # "had little sympathy for X": next to none
    fear_adjectives: frozenset[str] = frozenset()  # "not afraid to sue": the denial is the fear's
    held_verbs: frozenset[str] = frozenset()  # "ran", "headed": a post or tie held for a time
    member_prepositions: frozenset[str] = frozenset()  # "leaders including Tom Orr": he is one
    reported_future_marks: frozenset[str] = frozenset()
    denial_marks: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    complement_prepositions: frozenset[str] = frozenset()
    placing_verbs: frozenset[str] = frozenset()
    with_object_verbs: frozenset[str] = frozenset()  # "charged Orr with fraud": charge_with_fraud
    placing_prepositions: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    control_prepositions: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()
    irrealis_verbs: frozenset[str] = frozenset()
    irrealis_adjectives: frozenset[str] = frozenset()
    certainty_adjectives: frozenset[str] = frozenset()  # "is not sure that X will": a doubt
    irrealis_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    belief_nouns: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()  # "no evidence that X did Y": no deed stated
    deadline_nouns: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    negation_phrases: frozenset[str] = frozenset()
    scalar_adverbs: frozenset[str] = frozenset()
    reason_marks: frozenset[str] = frozenset()  # "not because X did Y": X did, or may have
    told_verbs: frozenset[str] = frozenset()
    reference_words: frozenset[str] = frozenset()
    vague_openers: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    hedge_adverbs: frozenset[str] = frozenset()
    near_miss_verbs: frozenset[str] = frozenset()  # "came close through X": a near miss, "close"
    near_miss_adverbs: frozenset[str] = frozenset()
    hedge_adjectives: frozenset[str] = frozenset()
    scene_hedges: frozenset[str] = frozenset()  # "in a hypothetical matchup": the whole clause
    verdict_nouns: frozenset[str] = frozenset()  # "..., which is good news": the clause is
    bare_infinitive_verbs: frozenset[str] = frozenset()  # "help Vellia get access": Vellia is helped
    encounter_prepositions: frozenset[str] = frozenset()  # "in/during a meeting with X"
    owner_prepositions: frozenset[str] = frozenset()
    unowned_participles: frozenset[str] = frozenset()
    experience_verbs: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    preposition_participles: frozenset[str] = frozenset()
    amount_words: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    report_prepositions: frozenset[str] = frozenset()
    noun_partner_hosts: frozenset[str] = frozenset()
    noun_partner_prepositions: frozenset[str] = frozenset()
    under_nouns: frozenset[str] = frozenset()  # "came under attack by X": come_under_attack_by
    under_prepositions: frozenset[str] = frozenset()
    organisation_prepositions: frozenset[str] = frozenset()
    unowned_nouns: frozenset[str] = frozenset()
    distributive_words: frozenset[str] = frozenset()
    hyphen_prefixes: frozenset[str] = frozenset()
    number_abbreviations: frozenset[str] = frozenset()
    holiday_words: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()  # "after the strikes": a time, no participant
    intransitive_verbs: frozenset[str] = frozenset()
    particle_adverbs: frozenset[str] = frozenset()
    manner_prepositions: frozenset[str] = frozenset()  # "operate independently of X"
    verb_adjectives: frozenset[str] = frozenset()
    failure_verbs: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()  # "stopped X from buying": no purchase
    actor_object_prepositions: frozenset[str] = frozenset()
    negative_arguments: frozenset[str] = frozenset()
    singling_words: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()  # "ambassador to Kestria": the "to" is the noun's
    multiplier_words: frozenset[str] = frozenset()  # "half the rate of X": X is compared, owns nothing
    addressed_verbs: frozenset[str] = frozenset()  # "warned Kestria that ...": Kestria takes part
    uttering_participles: frozenset[str] = frozenset()
    subordinating_prepositions: frozenset[str] = frozenset()  # "read as Vell began a trip"
    amount_prepositions: frozenset[str] = frozenset()  # "paid $4 million in taxes": what the money is
    share_adverbs: frozenset[str] = frozenset()  # "loans to Kestria, mostly farm credit"
    partner_object_verbs: frozenset[str] = frozenset()  # "has ties with Kestria": no bare "have ties"
    asserting_marks: frozenset[str] = frozenset()
    type_complement_preps: frozenset[str] = frozenset()  # "the main lender within the valley"
    results_list_scores: int = 0
    glued_word_letters: int = 0  # "purchaseOrvane": a word in small letters glued to a name
    comment_nouns: frozenset[str] = frozenset()  # "contacted X for comment": the newsroom's work
    medium_phrases: frozenset[str] = frozenset()  # "took to Instagram to announce": the act is "announce"
    empty_verbs: frozenset[str] = frozenset()  # "made a startling revelation": no fact with a thing alone
    act_frames: frozenset[str] = frozenset()  # "make point": "made a point of praising X" is praise X
    denying_frames: frozenset[str] = frozenset()  # "stop short": "stopped short of blaming X" denies it
    doer_gerund_verbs: frozenset[str] = frozenset()  # "charged with murdering X": the charged murdered
    doer_gerund_prepositions: frozenset[str] = frozenset()
    outlet_verbs: frozenset[str] = frozenset()  # "speaking on JoyNews": how the story was reported
    news_outlets: frozenset[str] = frozenset()
    news_outlet_words: frozenset[str] = frozenset()
    newsroom_verbs: frozenset[str] = frozenset()  # "CNN has reached out to X": the newsroom's work
    patient_possessor_nouns: frozenset[str] = frozenset()  # "Jadhav's arrest": done to him
    stance_prefixes: frozenset[str] = frozenset()  # "pro-Kremlin", "anti-Vellian": no owner
    setting_prepositions: frozenset[str] = frozenset()  # "in", "at", "during" a setting
    setting_nouns: frozenset[str] = frozenset()  # "in a telephone interview": where, not what
    comparison_adjectives: frozenset[str] = frozenset()  # "similar points to X": like X's
    means_verbs: frozenset[str] = frozenset()  # "used the speech to attack X": the attack is done
    document_nouns: frozenset[str] = frozenset()  # "a report on X funded by Y": Y funded the report
    authoring_verbs: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()  # "climbed to top of the table": a place in a table
    # the nouns a people's name makes its country's ("the Indian government"): ``owned_nouns``
    # of the run's role lexicon, joined in by :func:`with_roles`, not read from clauses.yaml
    owned_nouns: frozenset[str] = frozenset()
    # nouns of acts whose "of" names what was done to ("the invasion of Kestria"):
    # ``object_event_nouns`` of the run's role lexicon, joined in by :func:`with_roles`
    object_event_nouns: frozenset[str] = frozenset()
    # words before an act's noun that say it is not (or not yet) whole ("tentative deal",
    # "in-principle approval"): ``event_moods`` of the run's role lexicon, joined by :func:`with_roles`
    event_moods: frozenset[str] = frozenset()


_ROLE_LISTS = ("owned_nouns", "object_event_nouns", "event_moods")
"""The word lists a run's role lexicon lends the clause rules (:func:`with_roles`)."""
_WORD_LISTS = tuple(f.name for f in fields(ClauseRules) if f.type == "frozenset[str]" and f.name not in _ROLE_LISTS)
"""The word-list fields of :class:`ClauseRules`, each read from the data file's key of that name."""


def with_roles(rules: ClauseRules, owned_nouns: frozenset[str],
               object_event_nouns: frozenset[str] = frozenset(),
               event_moods: frozenset[str] = frozenset()) -> ClauseRules:
    """``rules`` with the role lexicon's ``owned_nouns``, ``object_event_nouns`` and
    ``event_moods`` (the run's, the user's file merged in)."""
    return replace(rules, owned_nouns=frozenset(owned_nouns), object_event_nouns=frozenset(object_event_nouns),
                   event_moods=frozenset(event_moods))


def load_rules(path: str | Path | None = None) -> ClauseRules:
    """Read the clause word lists (default: ``newsgraph/data/clauses.yaml``)."""
    if path is None:
        return _default_rules()
    return _read_rules(Path(path))


@lru_cache(maxsize=1)
def _default_rules() -> ClauseRules:
    return _read_rules(DATA_FILE)


def _read_rules(path: Path) -> ClauseRules:
    data = read_mapping(path, "clause rules", ClauseRulesError)
    lists = {}
    for name in _WORD_LISTS:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ClauseRulesError(
                f"{path}: '{name}' must be a list of words (quote yes/no/on/off)"
            )
        lists[name] = frozenset(v if name == "circumstance_types" else v.lower() for v in value)
    lists["hypothetical_marks"] |= lists["future_clause_marks"]  # "once" under a future states nothing yet
    conf = data.get("confidence")
    if not isinstance(conf, dict) or not isinstance(conf.get("base"), dict):
        raise ClauseRulesError(f"{path}: 'confidence' must hold a 'base' mapping")
    scores, glued = data.get("results_list_scores", 0), data.get("glued_word_letters", 0)
    for name, value in (("results_list_scores", scores), ("glued_word_letters", glued)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ClauseRulesError(f"{path}: '{name}' must be a whole number (0: off)")
    return ClauseRules(confidence=conf,
                       object_lemmas=_word_map(data, "object_lemmas", path, "a lemma to a lemma (lie: lay)"),
                       as_verbs=_word_map(data, "as_verbs", path, "a verb to its participle (see: seen)"),
                       noun_lemmas=_word_map(data, "noun_lemmas", path, "a plural noun to its lemma (taxes: tax)"),
                       encounter_nouns=_word_map(data, "encounter_nouns", path, "a noun to a predicate"),
                       light_verbs=_light_verbs(data.get("light_verbs") or {}, path),
                       results_list_scores=scores, glued_word_letters=glued, **lists)


def _word_map(data: dict, key: str, path: Path, what: str) -> dict[str, str]:
    """The data file's mapping ``key`` of word to word, lower case."""
    value = data.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ClauseRulesError(f"{path}: '{key}' must map {what}")
    return {k.lower(): v.lower() for k, v in value.items()}


def _light_verbs(light: object, path: Path) -> dict[str, dict[str, str]]:
    """``light_verbs``: 'verb noun' -> {preposition: predicate}; a plain predicate holds for
    every preposition a light verb's participant may take."""
    def valid(v: object) -> bool:
        return isinstance(v, str) or (isinstance(v, dict) and all(
            isinstance(a, str) and isinstance(b, str) for a, b in v.items()))
    if not isinstance(light, dict) or not all(
            isinstance(k, str) and len(k.split()) == 2 and valid(v) for k, v in light.items()):
        raise ClauseRulesError(f"{path}: 'light_verbs' must map 'verb noun' to a predicate "
                               "(make visit: visit) or to prepositions and predicates (make call: {to: call})")
    return {k.lower(): ({p: v.lower() for p in _LIGHT_PREPS} if isinstance(v, str)
                        else {a.lower(): b.lower() for a, b in v.items()}) for k, v in light.items()}


@dataclass(slots=True)
class Arg:
    """One argument: token bounds ``[start, end)``, its head, and an introducing preposition.

    ``role`` is subj, dobj, attr, claim, dative, agent, prep, time or xcomp.
    """

    start: int
    end: int
    head: int
    role: str
    prep: int = -1
    group: int = -1


@dataclass(slots=True)
class Clause:
    """An n-ary fact as written: subject, relation words, arguments, and evidence."""

    rule: str
    subj: Arg
    rel: list[int]
    lemmas: list[str]
    args: list[Arg]
    verb: int
    passive: bool = False
    copular: bool = False
    negated: bool = False
    modality: str | None = None
    attribution: tuple[int, int] | None = None
    inherited: bool = False
    confidence: float = 0.5
    implicit: str = ""

    def main(self) -> Arg | None:
        """The argument that becomes the OpenIE arg2 / graph object (None if only adjuncts)."""
        for role in ("dobj", "attr", "claim", "agent", "dative"):
            for arg in self.args:
                if arg.role == role:
                    return arg
        return None


# ---------------------------------------------------------------- sentence pass


def _fix_object_lemma(verb: Token, fixes: dict[str, str]) -> None:
    """A verb with a direct object is never the intransitive one the lemmatizer chose:
    "groups that lay down their weapons" is "lay", not "lie" (``object_lemmas``)."""
    if verb.lemma_ in fixes and any(c.dep_ == "dobj" for c in verb.children):
        verb.lemma_ = fixes[verb.lemma_]


def sentence_clauses(
    sent: Span,
    rules: ClauseRules | None = None,
    *,
    split_conj: bool = True,
    ablate: frozenset[str] = frozenset(),
) -> list[Clause]:
    """All clauses of one sentence, in order of their verbs, with confidence set.

    One pass over the tokens with integer label tests (extraction must stay cheap next
    to parsing); the verbs found then get their clauses built. ``ablate`` names rules to
    leave out (benchmarks measure each construction's effect).
    """
    rules = rules or _default_rules()
    verbs: list[Token] = []
    speech: list[tuple[int, int, int, tuple[int, int]]] = []
    out: list[Clause] = []
    doc = sent.doc
    cols = columns(doc)
    pos_ids, dep_ids = cols.pos, cols.dep
    for i in range(sent.start, sent.end):
        dep = dep_ids[i]
        if dep != _PREP_ID and dep != _APPOS_ID and pos_ids[i] not in _VERB_IDS:
            continue  # integer tests on the columns: most tokens never become a Token
        tok = doc[i]
        if dep == _PREP_ID and tok.lower_ in rules.according_words:
            _according(tok, speech)
        elif tok.pos in _VERB_IDS:
            if rules.object_lemmas:
                _fix_object_lemma(tok, rules.object_lemmas)
            if dep not in _NOT_CLAUSE_IDS and not _is_folded(tok) and not _in_idiom(tok, rules):
                verbs.append(tok)
            if tok.lemma_.lower() in rules.reporting_verbs:
                _reported(tok, speech, rules)
        elif dep == _APPOS_ID:
            if _good_appos(tok, rules):
                out.extend(_appos_clauses(tok))
        elif dep == _PREP_ID and tok.lower_ in _LOCATIVE and tok.head.ent_type:
            out.extend(_located_clauses(tok))
    for verb in verbs:
        attribution = _attribution(verb, speech) if speech else None
        for clause in _verb_clauses(verb, rules, split_conj):
            clause.attribution = attribution
            out.append(clause)
    if ablate:
        out = [c for c in out if c.rule not in ablate]
    n_tokens = len(sent)
    for clause in out:
        clause.confidence = score_clause(clause, doc, n_tokens, rules.confidence)
    return out


def _is_folded(tok: Token) -> bool:
    """An infinitive complement folded into its governor's relation ("vowed to force")."""
    return tok.dep_ == "xcomp" and tok.head.pos_ in _VERBISH and not _has_object(tok.head) \
        and _purpose(tok.head) is None


def _has_object(verb: Token) -> bool:
    """An object of its own, or a preposition's that controls its infinitive ("called on
    Israel to halt"): the infinitive is then the object's clause, not folded into the verb."""
    return any(c.dep_ in _OBJECT_DEPS or c.dep_ == "xcomp" and _prep_controller(verb, c)
               for c in verb.children)


def _chain(verb: Token) -> list[Token]:
    """The verb and the infinitive complements folded into it: vowed -> force. Not into a verb
    that only names where the act was done ("took to Kestria Radio to reassure voters":
    ``medium_phrases``), whose infinitive is a clause of its own."""
    chain = [verb]
    while True:
        last = chain[-1]
        if _has_object(last) or _purpose(last) is not None:
            return chain
        nxt = next(
            (c for c in last.children if c.dep_ == "xcomp" and c.pos_ in _VERBISH), None
        )
        if nxt is None or _in_idiom(nxt, _default_rules()):
            return chain  # "will grow, not to mention X": no growing to mention
        chain.append(nxt)


def _yet_to(chain: list[Token]) -> bool:
    """Whether a chain opens with "has yet to" or "is yet to" ("Orlen has yet to pay Orr", "Orr
    is yet to name his cabinet"): what follows has not happened."""
    return len(chain) > 1 and chain[0].lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in chain[0].children)


def _purpose(verb: Token) -> Token | None:
    """The infinitive that says what was done where a verb of ``medium_phrases`` names only the
    medium ("took to Instagram to announce his engagement": announce), else None."""
    phrases = _default_rules().medium_phrases
    lemma = verb.lemma_.lower()
    if not phrases or not any(f"{lemma} {c.lower_}" in phrases for c in verb.children if c.dep_ == "prep"):
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                 and to_marked(c)), None)


def _verb_clauses(verb: Token, rules: ClauseRules, split_conj: bool) -> Iterator[Clause]:
    chain = _chain(verb)
    yet = _yet_to(chain)
    if yet:
        chain = chain[1:]  # "has yet to pay Orr": no paying yet, and no "have to" (an obligation)
        # nor "be to" (an arrangement)
    last = chain[-1]
    if _frames_an_act(verb):
        return
    subjects, how = _subjects(verb)
    if not subjects or verb.dep_ == "advcl":
        # "accused Tom Orr of both breaking X": Orr, not the accuser the parse would give
        doers, doing = _gerund_doers(verb, rules)
        if doers:
            subjects, how = doers, doing
    if not subjects:
        return
    rel, lemmas, negated, modality = _relation(chain, rules)
    if yet:
        negated, modality = True, " ".join(filter(None, ("yet", modality)))
    inherited = how in ("conj", "control", "adverbial", "intent", "act")
    if how == "conj" and not any(c.dep_ in _AUX_DEPS for c in verb.children) and not _own_finite(verb):
        head_rel, _, head_neg, head_mod = _relation([verb.head], rules)
        rel = [i for i in head_rel if verb.doc[i].dep_ in _AUX_DEPS or i in _negs(verb.head)]
        rel += _relation(chain, rules)[0]
        adjective = _controlling_adjective(verb.head)  # "was willing to work with X and expand ..."
        if adjective is not None:
            negated = negated or bool(_negs(adjective.head))
        negated = negated or head_neg
        modality = modality or head_mod or _list_modality(verb, rules) or getattr(adjective, "lower_", None)
    if how == "conj" and len(chain) == 1 and _adjective_conjunct(verb):
        # "conducted necessary and proportionate strikes": the objects are the head verb's
        rel, lemmas, negated, modality = _relation([verb.head], rules)
    passive = len(chain) == 1 and _is_passive(verb, how, subjects, rules)
    # raising into a passive: "appears to have been ordered by X" -> X / order, modality;
    # a passive that asks: "Participants were asked to move the clock" -> they move it, as asked
    raised = len(chain) > 1 and any(c.dep_ == "auxpass" for c in last.children)
    asked = len(chain) > 1 and (any(c.dep_ == "auxpass" for c in chain[0].children)
                                or how == "adverbial" and chain[0].tag_ == "VBN")  # "Asked to explain X, Orr said"
    if raised or asked:
        governors = " ".join(v.lower_ for v in chain[:-1])
        passive, modality = (True, modality or governors) if raised else (passive, governors)
        lemmas = [last.lemma_.lower(), *(c.lower_ for c in last.children if c.dep_ == "prt")]
    copular = len(chain) == 1 and not yet and _is_copula(verb, rules)
    args = _arguments(chain, rules, split_conj)
    if passive and not any(a.role == "agent" for a in args):
        args.extend(_stray_agent(verb))
    _replace_relative(args, verb)
    doc = verb.doc
    if how == "acl" and _under_no(verb.head, rules):
        negated = True  # "no indications of casualties resulting from the strike"
    if _object_gap(verb, how, args) and verb.lemma_.lower() not in rules.reporting_verbs:
        # ("a move Washington stated was a response": the gap is the claim's subject)
        ante = verb.head
        start, end = arg_bounds(ante, exclude=verb.i)
        args.insert(0, Arg(start, end, ante.i, "dobj"))
    if how == "intent":  # "Vellia's decision to leave": decision_to_leave, as decided
        noun = first_conjunct(verb).head
        modality = _noun_in_mood(noun, rules)
        # "has no plans to leave", "did not launch an offensive to retake": not intended
        negated = negated or _has_no(noun, rules) or noun.dep_ == "dobj" and bool(_negs(noun.head))
        lemmas = [noun.lemma_.lower(), "to", *lemmas]
        rel = [*rel, noun.i]
    elif how == "act":  # "made a point of praising X": praise X; "stopped short of": not
        frame = _act_frame(verb)
        word = verb.head.head
        negated = negated or bool(_negs(frame)) or f"{frame.lemma_.lower()} {word.lemma_.lower()}" \
            in rules.denying_frames
        modality = modality or _relation(_chain(frame), rules)[3]
    elif how == "charged":  # "was charged with murdering X": murder X, as charged
        governor = verb.head.head
        plea = governor.head if governor.pos_ == "ADJ" else None  # "pleaded guilty to killing X"
        modality = f"{plea.lower_} {governor.lower_}" if plea is not None else governor.lower_
        negated = negated or bool(_negs(governor)) or plea is not None and bool(_negs(plea))
    elif how == "control" and verb.head.pos_ == "ADJ":
        degree = [c.lower_ for c in verb.head.lefts if c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS]
        denied = any(c.dep_ == "neg" for c in verb.head.head.children)  # "is not anxious to": no plan
        if denied and verb.head.lemma_.lower() in rules.fear_adjectives:
            degree, denied = ["not", *degree], False  # "won't be afraid to sue X": willing, no denial
        modality = " ".join([*degree, verb.head.lower_])  # "was eager to buy": eager; "less likely"
        negated = negated or denied
    elif how == "control" and verb.dep_ == "advcl" and _passive_infinitive(verb):
        modality = "to be"  # "the conference to be held at the UN": scheduled, no one's plan
    elif how == "control" and verb.head.lemma_.lower() in rules.means_verbs:
        modality = modality or _relation(_chain(verb.head), rules)[3]  # "used the speech to attack X": done
    elif how == "control" and getattr(_purpose(verb.head), "i", -1) != verb.i:
        modality = _governor_modality(verb, rules) or modality  # not "took to X to reassure": done
    elif how == "adverbial" and not modality and verb.tag_ == "VBG":
        # "will finance the purchase by placing shares with X": the placing is as planned
        # (not "Built by X, the satellite will be operated ...": that is done)
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        modality = _relation(_chain(governor), rules)[3]
        aim = governor.head
        if modality is None and governor.dep_ == "xcomp" and (
                aim.pos_ == "ADJ" or aim.lemma_.lower() in rules.irrealis_verbs):
            # "was due to meet bankers before travelling to Washington": due, as the meeting;
            # not "failed to stop X before returning to Y" (he returned)
            modality = aim.lower_
    modality = _with_mood(verb, modality, rules)
    rule = _rule_name(verb, how, passive, copular, args)
    for subj, variant in product(subjects, _variants(args)):
        yield Clause(
            rule=rule,
            subj=subj,
            rel=sorted(set(rel)),
            lemmas=lemmas,
            args=variant,
            verb=last.i,
            passive=passive,
            copular=copular,
            negated=negated or _denied_noun(doc[subj.head], rules) or _denied_object(doc, variant, rules),
            modality=modality,
            inherited=inherited,
        )


def _split_gerund_prep(verb: Token, rules: ClauseRules) -> tuple[Token, Token] | None:
    """The preposition and verb of "accused Tom Orr of both circumventing X and ...", where the
    parser made "both" the preposition's object and hung the gerund on the verb: (of, accused),
    or None."""
    head = verb.head
    for prep in (*head.children, *(g for c in head.children if c.dep_ == "dobj" for g in c.children)):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ in rules.doer_gerund_prepositions and pobj is not None \
                and pobj.lower_ in ("both", "either") and pobj.i + 1 == verb.i:
            return prep, head
    return None


def _controlling_adjective(verb: Token) -> Token | None:
    """The adjective whose infinitive a verb is ("was willing to work": willing), which a verb
    coordinated with it shares ("willing to work with X and expand ties with Y": both
    willing, neither done); None for any other verb."""
    first = first_conjunct(verb)
    return first.head if first.dep_ == "xcomp" and first.head.pos_ == "ADJ" and first.head.i != first.i else None


def _gerund_doers(verb: Token, rules: ClauseRules) -> tuple[list[Arg], str]:
    """Who does a gerund after a verb of ``doer_gerund_verbs``: the verb's object ("accused
    Vellia of breaking the truce"), or its subject when passive ("Tom Orr was charged with
    murdering Ana Vell"), or the subject of a plea ("Tom Orr pleaded guilty to bribing X":
    modality "pleaded guilty"), also where the parser took a "both" for the preposition's object
    and hung the gerund on the verb (:func:`_split_gerund_prep`); none otherwise."""
    prep = verb.head
    governor = prep.head
    if verb.dep_ == "advcl":  # "accused X of both breaking Y and hiding Z": the parser hung "both"
        split = _split_gerund_prep(verb, rules) if verb.tag_ == "VBG" else None
        if split is None:
            return [], ""
        prep, governor = split
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and _verb_adjective(governor, governor.head, rules):
        subjects, _ = _subjects(governor.head)  # "pleaded guilty to bribing X": bribe X, as pleaded
        return subjects, "charged"
    if verb.dep_ not in ("pcomp", "advcl") or verb.tag_ != "VBG" or prep.dep_ != "prep" \
            or prep.lower_ not in rules.doer_gerund_prepositions or governor.pos_ not in _VERBISH \
            or governor.lemma_.lower() not in rules.doer_gerund_verbs or governor.ent_type_:
        return [], ""  # "Coleen accused Rebekah" the model took for a title: no clause to read
    obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return [Arg(*arg_bounds(t), t.i, "subj") for t in _conjuncts(obj)], "charged"
    if governor.tag_ != "VBN":
        return [], ""  # "Orlen thanked for helping": no one named who helped
    subjects, _ = _subjects(governor)
    return subjects, "charged"


def _variants(args: list[Arg], limit: int = 8) -> list[list[Arg]]:
    """One argument list per choice of conjunct: "struck X and Y" -> [X], [Y]."""
    groups: dict[int, list[Arg]] = {}
    for arg in args:
        if arg.group >= 0:
            groups.setdefault(arg.group, []).append(arg)
    multi = [g for g in groups.values() if len(g) > 1]
    if not multi:
        return [args]
    out = []
    for choice in product(*multi):
        chosen = {id(a) for a in choice}
        drop = {id(a) for g in multi for a in g} - chosen
        out.append([a for a in args if id(a) not in drop])
        if len(out) >= limit:
            break
    return out


def _with_mood(verb: Token, modality: str | None, rules: ClauseRules) -> str | None:
    """Modality with "if" for a condition or the clause it conditions, "?" for a question.

    "If Brazil pays no interest, the banks will lose money": both clauses are
    hypothetical ("if"; "will if"). "Will the truce hold?" and "wondered how the
    appointment would affect the war" state nothing ("?").
    """
    marks: list[str] = []
    own = _condition_mark(verb, rules)
    aim = verb.dep_ in ("advcl", "xcomp") and to_marked(verb)
    if own is None and (verb.dep_ == "conj" or aim):
        # a conjunct's condition is its own, and so is an aim's: "If Kestria configures systems
        # to protect its allies, ..."
        own = _condition_mark(verb.head, rules)
    reporting = verb.lemma_.lower() in rules.reporting_verbs and any(c.dep_ == "ccomp" for c in verb.children)
    if own is None and verb.lemma_.lower() not in rules.question_verbs and not reporting:  # "asked X if ...": whether
        own = _condition_of(verb, rules)
    if own is None:
        own = _reported_condition(verb, rules)
    if own is None:
        own = _future_clause(verb, rules)
    if own:
        marks.append(own)
    reason = _denied_reason(verb, rules)
    if reason:
        marks.append(reason)
    unasserted = (_unasserted(verb, rules) or _irrealis(verb, rules) or _passed_over(verb)
                  or _prevented(verb, rules) or _modal_governor(verb, rules))
    if unasserted:
        marks.append(unasserted)
    if verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in rules.held_verbs and said_before(verb, rules):
        marks.append("former")  # "previously ran Orvane Homes": no longer runs it
    sent = verb.sent
    if (_ends_in_question(sent) and not _quoted_question_around(sent, verb)) or _indirect_question(verb, rules):
        marks.append("?")
    marks = [m for m in marks if not modality or f" {m} " not in f" {modality} "]  # no "would use would use"
    if not marks:
        return modality
    return " ".join([modality, *marks] if modality else marks)


def said_before(verb: Token, rules: ClauseRules) -> bool:
    """Whether a verb has an adverb of a time before now (``former_adverbs``: "previously ran
    X", "was once Vellia's ally"), not one of a phrase ("at once")."""
    return any(c.dep_ == "advmod" and c.lower_ in rules.former_adverbs and not c.n_lefts for c in verb.children)


def _condition_of(verb: Token, rules: ClauseRules) -> str | None:
    """The mark of a condition set on ``verb`` ("if", "unless"), or None."""
    return next((mark for c in verb.children if c.dep_ == "advcl" and (mark := _condition_mark(c, rules))), None)


def _condition_mark(verb: Token, rules: ClauseRules) -> str | None:
    """The mark of ``condition_words`` the clause of ``verb`` opens with, or None; not a mark
    of ``past_fact_marks`` on a clause in the simple past, which tells what happened ("were
    stable until Vellco entered the market": it entered it)."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in rules.condition_words), None)
    if mark in rules.past_fact_marks and verb.tag_ == "VBD":
        return None
    return mark


def _reported_condition(verb: Token, rules: ClauseRules) -> str | None:
    """The condition a reporting verb carries for what it reports: "If funding is not
    secured, Vell said he is prepared to shut down the government" is said as it stands; the
    shutdown is what "if" conditions."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or tok.head.i == tok.i:
            return None
        head = tok.head
        if tok.dep_ == "ccomp" and head.lemma_.lower() in rules.reporting_verbs:
            return _condition_of(head, rules)
        tok = head
    return None


def _denied_reason(verb: Token, rules: ClauseRules) -> str | None:
    """"not because" for a clause given as what is not the reason ("the rally is not because
    Wall Street adores Ana Vell"): "not" right before its mark of ``reason_marks``."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in rules.reason_marks), None)
    if mark is None or mark.i == 0 or verb.doc[mark.i - 1].lower_ not in ("not", "n't"):
        return None
    return f"not {mark.lower_}"


def _future_clause(verb: Token, rules: ClauseRules) -> str | None:
    """The mark of a time clause in the present that a clause in the future governs: "When
    Kerr arrives in Tarrow, he will meet Vell" and "Once the Senate has passed the bill,
    Orr will sign it" tell of what has not happened yet (``future_clause_marks``); the
    clause in the past ("When Kerr arrived") is a fact."""
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in rules.future_clause_marks), None)
    if mark is None or verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return None
    head = verb.head
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in head.children)
    return mark if future else None


def mood(verb: Token, rules: ClauseRules | None = None) -> str | None:
    """What the sentence around a verb says of its clause, as a modality: "if", "?", "denied",
    "alleged", or the word of a wish or a plan ("trying to help X reach a deal": trying)."""
    return _with_mood(verb, None, rules or _default_rules())


def first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination ``verb`` is in ("said X and added Y" -> said)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _unasserted(verb: Token, rules: ClauseRules) -> str | None:
    """"denied" for a clause a verb denies ("denied that Russia had attacked Poland", "rejected
    claims that it had armed the group"), "alleged" for the clause of a claim noun ("claims that
    Iran armed the group"), the noun as written for the clause of a belief noun ("the
    impression that Kestria was arming the rebels": impression; ``belief_nouns``), the verb as
    written for the clause of a verb of contested claims ("argued that Vell armed the group":
    argued; ``claim_verbs``); None for a clause the text asserts or reports."""
    own, verb = verb, first_conjunct(verb)
    if verb.dep_ not in ("ccomp", "acl") and not _content_relcl(verb):
        return None
    gov = verb.head
    if gov.pos_ in ("NOUN", "PROPN"):
        if _has_no(gov, rules) and gov.lemma_.lower() in rules.evidence_nouns and any(
                c.dep_ == "mark" and c.lower_ == "that" or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "has no evidence that Orvane bribed Vell", "there was no sign Vellco would rehire
            # them": no bribe, no rehiring ("no doubt that": one)
            return "denied"
        return _noun_clause_mood(verb, gov, rules)
    if verb.dep_ != "ccomp":
        return None
    if gov.lemma_.lower() == "be" and _negs(gov) and not any(c.dep_ in ("acomp", "attr") for c in gov.children) \
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in gov.children):
        return "denied"  # "It is not that Vellia needs Kestria" ("It is not possible that ...": below)
    noun = _copula_noun(gov)
    if noun is not None:  # "my guess is that Orr disclosed ...", "the claim is that ..."
        if own is not verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
            return None  # "The expectation is that X would rise, but surveys show ...": stated
        return _noun_clause_mood(verb, noun, rules)
    if _denies(gov, rules):
        return "denied"
    if gov.lemma_.lower() in rules.reporting_verbs and gov.lemma_.lower() not in rules.denial_verbs and _negs(gov):
        # "did not state that Orr pressured him", "never said Vellia bombed Kestria": what no one
        # said is no report of a deed; the relation's words say so ("did not state"); "did not
        # deny" denies nothing
        return _relation_words(verb.doc, _relation(_chain(gov), rules)[0]) or f"not {gov.lower_}"
    if gov.dep_ in ("xcomp", "advcl") and gov.head.lemma_.lower() in rules.claim_verbs and gov.head.i < gov.i \
            and to_marked(gov):
        return gov.head.lower_  # "a video claimed to show soldiers looting X", "purporting to show"
    if gov.lemma_.lower() not in rules.claim_verbs or not _finite_claim(gov):
        return None
    if any(c.dep_ == "neg" for c in gov.children):  # "doesn't believe Vell will win": as written
        return _relation_words(verb.doc, _relation(_chain(gov), rules)[0]) or f"not {gov.lower_}"
    return gov.lower_  # "argued that ...": argued


def _copula_noun(gov: Token) -> Token | None:
    """The noun subject of a copula whose clause says what the noun holds: "my guess is that
    ...", "the fear is that ..." (the noun's clause, as in "the fear that ..."); None for any
    other verb."""
    if gov.lemma_.lower() != "be":
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _content_relcl(verb: Token) -> bool:
    """A clause the parser hung on a noun as a relative clause though "that" opens it as a
    conjunction: "the allegation that Orlen bribed the mayor" (a relative "that" is the
    clause's subject or object, never its marker)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _noun_clause_mood(verb: Token, noun: Token, rules: ClauseRules) -> str | None:
    """The modality of the clause of a noun: "alleged" ("denied" when the noun is denied) for
    a claim noun, the noun as written for a belief noun, None for any other noun."""
    lemma = noun.lemma_.lower()
    claim = lemma in rules.claim_nouns or noun.lower_ in rules.claim_nouns
    belief = lemma in rules.belief_nouns or noun.lower_ in rules.belief_nouns
    if not (claim or belief):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "a report released by X", "allegations involving Y": no claim's content
    if belief and not claim:
        return noun.lower_
    owner = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return "denied" if owner is not None and _denies(owner, rules) else "alleged"


def _finite_claim(verb: Token) -> bool:
    """Whether a claim verb is one a speaker says: a past participle only with its auxiliary
    ("has predicted", "is estimated"), not one the parser took for the verb of a list
    ("factors such as predicted depreciation, safety ... went into")."""
    return verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _passed_over(verb: Token) -> str | None:
    """"instead" for what a clause says was not done in place of another: "chose to
    negotiate rather than attack Vellia", "instead of suing Orvane" (the attack, the suit)."""
    if verb.dep_ == "conj":  # "negotiate rather than attack": the "than" between the two verbs
        joins = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
        return "instead" if any(c.lower_ == "than" and _after_rather(c) for c in joins) else None
    if verb.dep_ != "pcomp":
        return None
    prep = verb.head  # "rather than attacking", "instead of suing"
    rather = prep.i > 0 and prep.doc[prep.i - 1].lower_ == "rather"
    if prep.lower_ == "than" and rather or prep.lower_ == "instead" or (
            prep.lower_ == "of" and prep.head.lower_ == "instead"):
        return "instead"
    return None


def _prevented(verb: Token, rules: ClauseRules) -> str | None:
    """The verb that keeps a clause's act from happening, as written: "stopped Orlen from
    buying the port" (stopped), "to stop the ships reaching Vellia" (stop); ``prevention_verbs``.
    Not an infinitive or a gerund the verb takes itself ("kept buying oil" was done)."""
    verb = first_conjunct(verb)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        gov = verb.head.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        gov = verb.head.head
    else:
        return None
    return gov.lower_ if gov.lemma_.lower() in rules.prevention_verbs else None


def _after_rather(than: Token) -> bool:
    """Whether "than" is that of "rather than": "rather" right before it or hung on it."""
    return any(c.lower_ == "rather" for c in than.children) or (than.i > 0 and than.doc[than.i - 1].lower_ == "rather")


def _irrealis(verb: Token, rules: ClauseRules) -> str | None:
    """The word that makes a clause a wish, a plan or a possibility, not a fact: "hopes that
    Congress passes the bill" (hopes), "wants Congress to pass it" (wants), "urged Yoon to
    step down" (urged), "It is possible that Russia attacked" (possible), "It seems as though
    Disney decided ..." (seems), "is not sure that Vellia will attack" (not sure);
    ``irrealis_verbs``, ``irrealis_adjectives`` and, denied, ``certainty_adjectives``."""
    verb = first_conjunct(verb)
    noun = _irrealis_noun(verb, rules)
    if noun is not None:
        return noun
    gov = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "advcl"):
        return None
    if any(c.dep_ == "mark" and c.lower_ in rules.asserting_marks for c in verb.children):
        return None  # "since X already owns 4.3 pct, it may be trying to ...": the owning is a fact
    lemma = gov.lemma_.lower()
    if verb.dep_ == "advcl":  # "seems as though", "looks as if"
        as_if = any(c.dep_ == "mark" and c.lower_ in ("as", "though", "if", "like") for c in verb.children)
        if _for_to(verb):
            return gov.lower_  # "the plan calls for Seneca to buy", "provides for X to supply": not done
        return gov.lower_ if as_if and lemma in rules.irrealis_verbs else None
    if lemma in rules.irrealis_verbs:  # an object's infinitive reads the negation with the verb's
        # words ("didn't urge Lisk to buy"); a clause of its own does not ("does not want Kestria to join")
        return _denied(gov, gov.lower_) if verb.dep_ == "ccomp" else gov.lower_
    if lemma in rules.irrealis_adjectives or lemma in rules.certainty_adjectives:
        return _adjective_mood(gov, gov, rules)
    if lemma == "be":  # "It is possible that ...", "is not certain that ...": the copula's adjective
        moods = (_adjective_mood(c, gov, rules) for c in gov.children if c.dep_ == "acomp")
        return next((m for m in moods if m), None)
    for _ in range(2):  # "is trying to help Israelis and Palestinians reach a deal": an aim
        if gov.dep_ != "xcomp" or gov.head.i == gov.i:
            return None
        gov = gov.head
        if gov.lemma_.lower() in rules.irrealis_verbs:
            return gov.lower_
    return None


def _modal_governor(verb: Token, rules: ClauseRules) -> str | None:
    """The modal and the verb that govern a clause from above, when the clause has no modal of
    its own: "a plan that could help Vellian forces take Orlen" (could help), "would not allow
    Vell to leave" (would not allow), "could send troops to help X take Y" (could send). A
    clause a verb governs through its complement or its aim is no more done than that verb
    when the verb's modal leaves it undone (a modal of ``unrealised_marks``); what is said,
    believed or known ("might think that Orr met Vell", "would have known Vell lied":
    ``reporting_verbs``, ``claim_verbs``, ``knowing_verbs``) is its own, and so is a reason or a
    time clause ("could attack because X armed them") and a clause the parser hung on a verb
    written after it."""
    if _modal_aux(first_conjunct(verb), rules) is not None:
        return None
    speech = rules.reporting_verbs | rules.claim_verbs | rules.knowing_verbs
    for _ in range(3):
        aim = verb.dep_ == "advcl" and to_marked(verb)
        gov = verb.head
        if not (verb.dep_ in ("ccomp", "xcomp") or aim) or gov.i >= verb.i or gov.pos_ not in _VERBISH:
            return None
        if verb.dep_ == "ccomp" and verb.left_edge.i - gov.i > 3 and not any(
                c.dep_ == "mark" for c in verb.children):
            return None  # "SMS can help in collecting tax debt Mr Vell also responded": a glued headline
        if verb.dep_ == "ccomp" and gov.lemma_.lower() in speech:
            return None
        if any(t.text == ":" or t.text in _OPEN_QUOTES or t.tag_ == "``"
               for t in verb.doc[gov.i + 1:verb.left_edge.i + 1]):
            return None  # 'I would like to rephrase: "have a man drink ..."': a quotation is its own
        holder = gov if gov.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children) \
            else first_conjunct(gov)  # "would contribute ... and beneficiaries could use": its own
        modal = _modal_aux(holder, rules)
        if modal is not None:
            if modal not in rules.unrealised_marks:
                return None  # "will nominate X to take over": a plan stays an edge
            return f"{modal} not {gov.lower_}" if _negs(gov) or _negs(holder) else f"{modal} {gov.lower_}"
        verb = gov
    return None


def _modal_aux(verb: Token, rules: ClauseRules) -> str | None:
    """The modal auxiliary written on ``verb`` ("could" of "could help"; ``modal_words``), or None."""
    return next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in rules.modal_words), None)


def _adjective_mood(adj: Token, negated: Token, rules: ClauseRules) -> str | None:
    """The mood an adjective gives the clause it governs, with the negation ``negated`` carries
    (the adjective, or the copula it completes): "possible", "not possible" (``irrealis_adjectives``);
    "not sure", "not certain" (``certainty_adjectives``: a doubt only when denied, "is sure that
    ..." states it); None for any other adjective."""
    lemma = adj.lemma_.lower()
    if lemma in rules.irrealis_adjectives:
        return _denied(negated, adj.lower_)
    if lemma in rules.certainty_adjectives and (doubt := _denied(negated, adj.lower_)) != adj.lower_:
        return doubt  # "she is not sure she will send them": a doubt, no plan stated
    return None


def _denied(gov: Token, word: str) -> str:
    """The irrealis word with the negation its verb carries: "it is not possible that a single
    faction runs Vellia" is "not possible", never "possible"."""
    holders = [gov, gov.head] if gov.dep_ == "acomp" else [gov]  # "is not likely that ...": on the copula
    return f"not {word}" if any(c.dep_ == "neg" for h in holders for c in h.children) else word


def _for_to(verb: Token) -> bool:
    """A "for X to do" clause: a requirement or a purpose, never a report of the deed."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and to_marked(verb)


def _irrealis_noun(verb: Token, rules: ClauseRules) -> str | None:
    """The noun whose infinitive the clause is, when that noun makes it an aim, not a fact:
    "the mayor's effort to get Vell to investigate Ada Lisk", "a request by Iran to buy jets",
    "his call for Germany to expel diplomats" (``irrealis_nouns``), through at most two
    verbs of control ("get Vell to investigate")."""
    for _ in range(3):
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ in ("acl", "advcl") and head.pos_ == "NOUN":
            infinitive = to_marked(verb)
            return head.lower_ if infinitive and head.lemma_.lower() in rules.irrealis_nouns else None
        if verb.dep_ not in ("xcomp", "ccomp") or head.pos_ not in ("VERB", "AUX"):
            return None
        verb = head
    return None


def _denies(verb: Token, rules: ClauseRules) -> bool:
    """A denial verb that is not itself negated ("denied", not "did not deny")."""
    return verb.lemma_.lower() in rules.denial_verbs and not any(
        c.dep_ == "neg" or c.lower_ in rules.negation_words for c in verb.children)


def _ends_in_question(sent: Span) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in _CLOSE_QUOTES
                 and t.text not in ('"', "'")), None)
    return last is not None and last.text == "?"


def _quoted_question_around(sent: Span, verb: Token) -> bool:
    """Whether the sentence's question is a quotation and ``verb`` stands outside it:
    '"But," Alito continued, as he addressed Prelogar, "is it not the case ...?"' asks
    nothing of the narrative around the quote."""
    last = max((t.i for t in sent if t.text == "?"), default=-1)
    return last >= 0 and in_quote(sent.doc[last]) and not in_quote(verb)


def _indirect_question(verb: Token, rules: ClauseRules) -> bool:
    """A clause under "wonder"/"ask" (or the noun "question") opened by a question word
    or "whether"/"if"; and any clause opened by "whether", which states no answer ("did not
    say whether he will return to Seoul"), nor does what a verb after "whether to" would
    bring about ("weighed whether to order Kestria to pay Orlen": no paying)."""
    head = first_conjunct(verb)
    step = head
    while step.dep_ != "ROOT":
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in step.children):
            return True
        if step.dep_ != "xcomp":
            break
        step = step.head
    governor = head.head
    if head.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head  # "questions over how Sinwar will manage the talks"
    elif head.dep_ not in ("ccomp", "acl", "advcl"):  # "asked X if she had ...", parsed a condition
        return False
    if governor.lemma_.lower() not in rules.question_verbs:
        return False
    return any(c.tag_ in _WH_TAGS or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
               for c in head.subtree if c.i < head.i)


def _governor_modality(verb: Token, rules: ClauseRules) -> str | None:
    """Object control ("vowed to force the US to leave"): the governor's words as modality."""
    gov = verb.head
    while _is_folded(gov):
        gov = gov.head
    return _relation_words(verb.doc, _relation(_chain(gov), rules)[0])


def _relation_words(doc: Doc, rel: Iterable[int]) -> str | None:
    """The words of a relation's tokens, in order, as a modality ("vowed", "called"); a
    contraction written as in the text ("didn't try", not "did n't try")."""
    out, prev = "", -2
    for i in sorted(rel):
        glued = prev == i - 1 and not doc[prev].whitespace_
        out += ("" if glued or not out else " ") + doc[i].lower_
        prev = i
    return out or None


def _is_copula(verb: Token, rules: ClauseRules) -> bool:
    """A "be" clause, also when the lemmatiser missed a contraction ("It’s unclear")."""
    if verb.lemma_.lower() in rules.copular_lemmas:
        return True
    return verb.pos_ == "AUX" and any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _rule_name(verb: Token, how: str, passive: bool, copular: bool, args: list[Arg]) -> str:
    if how in ("relcl", "acl"):
        return how
    if how == "conj":
        return "conj_verb"
    if how in ("control", "intent"):
        return "xcomp_object"
    if how == "adverbial":
        return "adverbial"
    if copular:
        return "copula"
    if passive:
        return "passive_agent" if any(a.role == "agent" for a in args) else "passive"
    if any(a.role == "claim" for a in args):
        return "reported"
    if any(a.role in ("dobj", "attr", "dative") for a in args):
        return "svo"
    return "svo_prep"


# ---------------------------------------------------------------- subjects


def _has_no(head: Token, rules: ClauseRules) -> bool:
    """An argument under "no" denies the fact: "No group claimed it", "struck no targets"."""
    return any(_denying_det(c, rules) for c in head.children)


def _denying_det(det: Token, rules: ClauseRules) -> bool:
    """A determiner that denies its noun ("no", "neither"); "No" before a number is the
    number sign ("the No 3 seed", "No. 10 said"): a rank, not a denial; a quoted "no" is a
    word named ("a 'no' vote of 54 percent")."""
    if det.lower_ not in rules.negation_words or det.dep_ != "det" and not (
            det.dep_ == "preconj" and det.lower_ == "neither"):
        return False  # of the preconjuncts only "neither" denies: "not only X but also Y" is both
    if det.i > 0 and det.doc[det.i - 1].is_quote:
        return False
    after = det.nbor(1) if det.i + 1 < len(det.doc) else None
    return after is None or not (after.like_num or after.text == "." or after.is_quote)


def _denied_object(doc: Doc, args: list[Arg], rules: ClauseRules) -> bool:
    """The direct object of this variant is under "no": "struck no targets or buildings"
    denies both, "had three schools and no universities" denies only the universities;
    "mentioned neither his rivals nor the crises" denies both."""
    return any(a.role == "dobj" and _denied_noun(doc[a.head], rules) for a in args)


def _scant_words(clause: Clause, doc: Doc, rules: ClauseRules) -> list[Token]:
    """The words of next to none (``scant_words``) on the clause's direct objects that have no
    determiner: "had little sympathy for Kestria" (not "a little time")."""
    return [c for a in clause.args if a.role == "dobj" and a.end > a.start
            for c in doc[a.head].children if c.dep_ == "amod" and c.lower_ in rules.scant_words
            and not any(d.dep_ == "det" for d in doc[a.head].children)]


def _denied_noun(tok: Token, rules: ClauseRules) -> bool:
    """Whether a noun is under "no" or "neither", its own or its first conjunct's ("no
    targets or buildings", "neither Kestria nor Vellia"); a conjunct with a determiner of its
    own is not ("three schools and no universities"), unless the first is under "neither"."""
    while True:
        if _has_no(tok, rules):
            return True
        if tok.dep_ != "conj":
            return False
        if any(c.lower_ == "neither" and _denying_det(c, rules) for c in tok.head.children):
            return True  # "nor the crises": under the first conjunct's "neither"
        if any(c.dep_ == "det" for c in tok.children):
            return False
        tok = tok.head


def _subjects(verb: Token) -> tuple[list[Arg], str]:
    """The clause's subject arguments and how they were found (own, conj, relcl, ...)."""
    own = _own_subjects(verb)
    if own:
        out = []
        for s in own:
            for t in _conjuncts(s):
                if t.pos_ not in _NOT_ARG_POS and not t.is_punct and _has_word(t):
                    arg = _subject_arg(t, verb)
                    if arg is not None:
                        out.append(arg)
                        out += [Arg(*arg_bounds(m), m.i, "subj") for m in named_members(t, _default_rules())]
        return out, "own"
    dep = verb.dep_
    head = verb.head
    if dep == "conj" and head.pos_ in _VERBISH and head.i != verb.i:
        if _quoted_head(head, verb):
            # 'chanted "America is the enemy" and drove away reporters': the conjunct
            # outside the quotation belongs to the quoting verb, not to the quote
            subs, _ = _subjects(head.head)
            return subs, "conj"
        if _passive_report(head, verb):
            # 'said the aid would be used against them and called on voters to ...': an
            # active conjunct of a passive reported clause belongs to the reporting verb
            subs, _ = _subjects(head.head)
            return subs, "conj"
        if _speech_tag(verb, head):
            return [], ""  # "Kane stood silent, reported Ada Lisk of Vell Radio": Lisk reported
        if _unjoined_finite(head, verb):
            return [], ""  # "Orr spoke out after Vellia's envoy, Tarr, was kidnapped by X": not Orr
        subs, head_how = _subjects(head)
        return subs, "intent" if head_how == "intent" else "conj"  # "decision to leave X and join Y"
    if (dep == "pcomp" and verb.tag_ == "VBG" and head.lower_ in _GERUND_PREPS
            and head.head.pos_ in _VERBISH):
        subs, _ = _subjects(head.head)  # "Iran responded by launching missiles"
        return subs, "adverbial"
    if dep == "pcomp" and verb.tag_ == "VBG" and (frame := _act_frame(verb)) is not None:
        subs, _ = _subjects(frame)  # "Ryan made a point of praising Romney": Ryan praised him
        return subs, "act"
    if dep == "acl" and (owner := _intending_owner(verb, head)) is not None:
        # "Vellia's decision to leave the Forum", "the bid by Orvane to buy X": Vellia leaves
        bounds = (owner.i, owner.i + 1) if owner.dep_ == "poss" else arg_bounds(owner)
        return [Arg(*_with_entity(owner, *bounds), owner.i, "subj")], "intent"
    if dep in ("relcl", "acl") and _infinitive_of_thing(verb, head):
        return [], ""  # "went to great lengths to co-operate with X": the lengths do nothing
    if dep == "relcl" and (name := _singled_complement_subject(verb, head)) is not None:
        # "Ana Vell became the first woman to lead the bank": she led it, not "first woman"
        return [Arg(*_with_entity(name, name.i, name.i + 1), name.i, "subj")], "relcl"
    if dep == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        start, end = arg_bounds(head, exclude=verb.i)
        return [Arg(start, end, head.i, "subj")], "relcl"
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON") and verb.tag_ in ("VBN", "VBG"):
        noun = head
        if noun.dep_ == "appos" and noun.head.ent_type_ in _ACTOR_ENTS and noun.head.pos_ == "PROPN" \
                and not (noun.pos_ == "PROPN" and noun.ent_type_ in _ACTOR_ENTS):
            # "Sherine Abed, a doctor working at Al Aqsa Hospital": Abed works there; a name
            # listed after another ("Tom Orr, ..., MPs Ana Vell and Ben Tarr representing X") is
            # the one that represents X, whatever name the parser hung it on
            name = noun.head
            return [Arg(*_with_entity(name, name.i, name.i + 1), name.i, "subj")], "acl"
        name = _copula_subject_name(noun)
        if name is not None:  # "Woodbridge is a holding company owned by the Thomson family"
            return [Arg(*_with_entity(name, name.i, name.i + 1), name.i, "subj")], "acl"
        head = _person_governor(noun, verb)
        start, end = arg_bounds(head, exclude=verb.i)
        if head.i != noun.i:
            end = min(end, verb.left_edge.i)  # "senior commander of the militia"
        return [Arg(start, end, head.i, "subj")], "acl"
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in _VERBISH:
        if not _own_subjects(head.head):
            return [], ""  # "thought to be eager to sell": whose eagerness the parse does not say
        subs, _ = _subjects(head.head)  # "Google was eager to buy Fitbit": Google would buy
        return subs, "control"
    if dep == "xcomp" and head.pos_ in _VERBISH:
        if any(c.dep_ in _OBJECT_DEPS for c in head.children):
            # "urged Yoon to step down": Yoon; "telephoned Marsh to assure him": the subject's aim
            objs = [c for c in head.children if c.dep_ in _OBJECT_DEPS] if object_controls(head) else []
        else:
            objs = _prep_controller(head, verb)  # "called on Israel to halt": Israel
        if objs:
            start, end = arg_bounds(objs[0])
            return [Arg(start, end, objs[0].i, "subj")], "control"
        subs, _ = _subjects(head)
        return subs, "control"
    if dep == "advcl" and head.pos_ in _VERBISH and _passive_infinitive(verb) \
            and (obj := next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)) is not None:
        # "plans to attend the conference to be held at the UN": the conference is held there
        start, end = arg_bounds(obj)
        return [Arg(start, end, obj.i, "subj")], "control"
    if dep == "advcl" and head.pos_ in _VERBISH and getattr(_purpose(head), "i", -1) == verb.i:
        subs, _ = _subjects(head)  # "Vell took to Instagram to announce ...": Vell announced
        return subs, "adverbial"
    if dep == "advcl" and head.pos_ in _VERBISH and verb.tag_ in ("VBG", "VBN") \
            and verb.lemma_.lower() not in _default_rules().unowned_participles \
            and verb.lower_ not in _default_rules().preposition_participles:
        if verb.tag_ == "VBN" and (_after_object(verb, head) or _after_noun(verb, head)):
            return [], ""  # "Israel seized the territories, seen as ...": the territories are seen
        if verb.lemma_.lower() not in _default_rules().reporting_verbs and _clause_before(verb, head):
            return [], ""  # "avoided outbreaks until April, when the virus struck, infecting ...": whose act?
        undergone = _undergone(head)
        if undergone is not None:
            return [undergone], "adverbial"
        subs, _ = _subjects(head)
        return subs, "adverbial"
    return [], ""


def _act_frame(gerund: Token) -> Token | None:
    """The verb whose noun or adverb only frames the act ``gerund`` names ("made a point of
    praising X", "went as far as accusing X": ``act_frames``), or None."""
    prep = gerund.head
    word = prep.head if prep.lower_ in ("of", "as") else None
    if word is None or word.dep_ not in ("dobj", "advmod") or word.head.pos_ not in _VERBISH:
        return None
    frame = word.head
    return frame if f"{frame.lemma_.lower()} {word.lemma_.lower()}" in _default_rules().act_frames else None


def _frames_an_act(verb: Token) -> bool:
    """Whether a verb only frames an act written after its noun or adverb ("took the step of
    suing X"): its own fact ("took step") is none."""
    return any(getattr(_act_frame(g), "i", -1) == verb.i for w in verb.children if w.dep_ in ("dobj", "advmod")
               for p in w.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp")


def _clause_before(participle: Token, head: Token) -> bool:
    """Whether a clause with a subject of its own ends just before a trailing participle that
    the parser hung on ``head``: "Kestria avoided outbreaks until April, when the virus ripped
    through the islands, infecting 5,000 people", "skips the buildings that do the opposite,
    oppressing ...". The participle may be that clause's as well as the main one's."""
    for tok in head.subtree:
        if not head.i < tok.i < participle.i or tok.dep_ not in ("relcl", "ccomp", "advcl") \
                or tok.pos_ not in _VERBISH or tok.right_edge.i < participle.i - 2:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


def _undergone(verb: Token) -> Arg | None:
    """The object of a verb of undergoing (``experience_verbs``: "Vellia suffered its worst
    floods in a decade, killing 40 people"): what the participle after it says is that object's
    doing (the floods killed them), not the subject's; None for any other verb."""
    if verb.lemma_.lower() not in _default_rules().experience_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    start, end = arg_bounds(obj)
    return Arg(start, end, obj.i, "subj")


def object_controls(verb: Token) -> bool:
    """Whether the object of ``verb`` does what its "to" clause says: an object-control verb
    (``object_control_verbs``: "urged Yoon to step down") with an object. After any other verb
    the subject does it ("telephoned Marsh to assure him"). Coreference reads it too."""
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return bool(objs) and _controls(verb, objs[0], _default_rules())


def _controls(verb: Token, obj: Token, rules: ClauseRules) -> bool:
    """Whether ``obj`` of ``verb`` does what the verb's "to" clause says (``object_control_verbs``);
    not the named body or place a verb of leaving leaves (``departure_verbs``: "left Orvane
    Games to join Kestrel Media": he joins it)."""
    lemma = verb.lemma_.lower()
    if lemma not in rules.object_control_verbs:
        return False
    named = obj.pos_ == "PROPN" or obj.ent_type_ in _ACTOR_ENTS | _PLACE_ENTS
    return not (lemma in rules.departure_verbs and named and obj.ent_type_ != "PERSON")


def _list_modality(verb: Token, rules: ClauseRules) -> str | None:
    """The governor's words for a later infinitive of a list: "called on Israel to halt X and
    dismantle Y", "vowed to expand X, punish Y and end Z" (called for, vowed as much as the
    first); "plans to cut taxes, reduce the deficit and reform ..." where the parser hung the
    later infinitives on "plans" (planned, not done)."""
    item = verb
    while item.head.dep_ == "conj" and item.head.tag_ == "VB" and item.head.i != item.i:
        item = item.head
    if item.head.dep_ == "xcomp" and item.head.head.pos_ in _VERBISH:
        governor = item.head.head
    elif _stray_infinitive(item):
        governor = item.head
    else:
        return None
    return _relation_words(verb.doc, _relation([governor], rules)[0])


def _stray_infinitive(verb: Token) -> bool:
    """A bare infinitive conjoined to a finite verb that has an infinitive of its own: one more
    item of that infinitive's list, not a second finite verb."""
    head = verb.head
    return (verb.tag_ == "VB" and head.tag_ in ("VBZ", "VBD", "VBP")
            and not any(c.dep_ in _AUX_DEPS or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "xcomp" and c.i < verb.i for c in head.children))


def _prep_controller(head: Token, xcomp: Token) -> list[Token]:
    """The object of a preposition that controls an infinitive ("called on Israel to halt
    the building": Israel is to halt it; ``control_prepositions`` in data/clauses.yaml), or
    none."""
    pairs = _default_rules().control_prepositions
    for prep in head.children:
        if prep.dep_ == "prep" and prep.i < xcomp.i and f"{head.lemma_.lower()} {prep.lower_}" in pairs:
            return [c for c in prep.children if c.dep_ == "pobj"][:1]
    return []


def _described_name(noun: Token) -> bool:
    """Whether ``noun`` is an indefinite description set after a name ("Nova, an Alberta
    corporation", "Vell, a unit of Orlen", "Orr, another Republican"): what it says is the name's."""
    name = noun.head
    return (name.pos_ == "PROPN" and name.ent_type_ in _ACTOR_ENTS and name.i < noun.i
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children))


def _speech_tag(verb: Token, head: Token) -> bool:
    """A reporting verb after a comma whose object is a name and which no "and" joins to the
    clause before it: the speaker comes after the verb ("..., reported Ada Lisk")."""
    if verb.lemma_.lower() not in _default_rules().reporting_verbs:
        return False
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False
    return _after_comma(verb) and any(c.dep_ in ("dobj", "nsubj") and c.pos_ == "PROPN" for c in verb.children)


def to_marked(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to leave", "to be held")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _passive_infinitive(verb: Token) -> bool:
    """ "to be held", "to be built": a "to" clause in the passive."""
    return to_marked(verb) and any(c.dep_ == "auxpass" for c in verb.children)


def _after_object(verb: Token, head: Token) -> bool:
    """A participle set off by a comma after its governor's object, which it describes, or
    marked "as" after it ("classified Orr's case as wrongfully detained in Vellia": the case
    is, not the one who classified it)."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return (_after_comma(verb) or marked) and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)


def _after_noun(verb: Token, head: Token) -> bool:
    """A past participle its governor's clause writes straight after a noun, which it
    describes (a shortened relative clause the parser hung on the verb): with no comma
    ("received a check in the mail made out to her stepfather": the check is made out), or
    after a comma and the object of a preposition that names no person, day or time ("was in
    the midst of a turnaround plan, spearheaded by X": the plan is). Not after a person or
    a title ("resigned as chairman, forced out by the board": he was). An adverb of the
    participle may come between ("a summit on fishing rights, jointly run by X")."""
    doc = verb.doc
    first = verb
    while first.i > 0 and doc[first.i - 1].dep_ == "advmod" and doc[first.i - 1].head == verb:
        first = doc[first.i - 1]
    comma = _after_comma(first)
    noun = doc[first.i - 2] if comma else doc[first.i - 1]
    if verb.i < head.i or noun.i <= head.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not comma:
        return True
    return (noun.dep_ == "pobj" and noun.ent_type_ not in ("PERSON", "DATE", "TIME")
            and not is_title_word(noun.text) and not names_people(noun, _default_rules()))


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes just before ``tok``."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _has_word(tok: Token) -> bool:
    """A token with a letter or digit in it (a lone "-" the tagger called PROPN is none)."""
    return any(ch.isalnum() for ch in tok.text)


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's subject children, one per named entity, titles before a name dropped.

    The small model splits "group member Abu Ali al-Askari said" into several subjects
    (the title noun and pieces of the name): the name stands for all of them.
    """
    own = [c for c in verb.children if c.dep_ in _SUBJ_DEPS and _has_word(c)]
    if len(own) < 2:
        return own
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is not None and any(c.i > mark.i for c in own):
        # "Orr, of Vellia, called for Kerr to use it" parsed with two subjects of "use": the
        # one after "for" is the infinitive's; the other is the caller's
        own = [c for c in own if c.i > mark.i]
    named = [c for c in own if c.ent_type_ and c.ent_type_ not in _NUMERIC_ENTS]
    if not named:
        return own
    last_of: dict[int, Token] = {}
    out: list[Token] = []
    for c in own:
        if c.ent_type_:
            last_of[_entity_start(c)] = c  # the last piece of a name is its head
        elif not any(0 < _entity_start(n) - c.i <= 3 for n in named):
            out.append(c)  # not a title written just before the name
    return sorted([*out, *last_of.values()], key=lambda t: t.i)


def _with_entity(head: Token, start: int, end: int) -> tuple[int, int]:
    """Bounds grown to hold the whole named entity of ``head`` (the parse may cut a name)."""
    if head.ent_iob_ not in ("B", "I") or head.ent_type_ in _NUMERIC_ENTS:
        return start, end
    doc = head.doc
    ent_end = head.i + 1
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    return min(start, _entity_start(head)), max(end, ent_end)


def _without_leading_body(head: Token, start: int) -> int:
    """Where a person's argument starts when a team, a people or a place the parse hung on
    the name stands before it ("Canadians Stephen Ames"): at the name. Titles stay
    ("President Vell", "Mr Blair"). An entity the model ran on from such a word ("Oilers Rick
    Nash") is cut before this, by ``mentions.cut_leading_bodies``."""
    if head.ent_type_ != "PERSON":
        return start
    name = _entity_start(head)
    names = name_tables()
    before = [t for t in head.doc[start:name] if t.lower_ not in names.determiners]
    if before and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_.rstrip(".") not in names.titles
                      for t in before) and (before[0].tag_ == "NNPS" or before[0].ent_type_ in ("ORG", "GPE", "NORP")):
        return name
    return start


def _without_leading_participle(head: Token, start: int) -> int:
    """Where a name's argument starts after a hyphenated participle ("the Orlen-based
    Observatory", "the Vell-backed Front"): at the name. The participle is a fact of its own
    (``base_in``, ``back``: nominal), no word of the actor's name. A proper noun the model
    left untagged is a name too after a place's participle ("Kestford, Oregon-based
    Backtrails"), though not after any other ("CRISPR-derived RNA" keeps its words)."""
    if not head.ent_type_ and head.pos_ != "PROPN" or head.ent_type_ in VALUE_TYPES:
        return start
    name, doc = (_entity_start(head) if head.ent_type_ else head.i), head.doc
    hyphen = next((i for i in range(name - 1, start, -1) if doc[i].text in ("-", "‐")), None)
    if hyphen is None or hyphen + 1 != name - 1 or doc[name - 1].tag_ != "VBN" or not doc[name - 1].is_lower:
        return start
    return name if head.ent_type_ or doc[hyphen - 1].ent_type_ in ("GPE", "LOC") else start


def _without_leading_date(head: Token, start: int) -> int:
    """Where a name's argument starts when the date before it is run into it ("Last Friday
    Reagan, answering questions, said ...": the parse makes the date a compound of the
    name): at the name. The date is the fact's ``date_text``, not a word of the actor."""
    if not head.ent_type_ or head.ent_type_ in VALUE_TYPES:
        return start
    doc = head.doc
    while start < head.i and doc[start].ent_type_ in TIME_TYPES:
        start += 1
    return start


def _entity_start(tok: Token) -> int:
    """Where the named entity of ``tok`` starts, after a preposition the model ran into it
    ("Across Tarrowapu", tagged a person: the preposition governs the name)."""
    i = tok.i
    doc = tok.doc
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i < tok.i and leading_preposition(doc[i], tok.i + 1):
        i += 1
    return i


def _unjoined_finite(head: Token, conj: Token) -> bool:
    """Whether a conjunct verb with a tense of its own ("was killed") hangs on its head with no
    "and", "or" or "but" between them nor in their list: the parser joined a clause whose subject it hung
    elsewhere ("spoke out after Vellia's envoy, Tarr, was kidnapped": "after" read as a
    preposition), and the head's subject is not the conjunct's."""
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in conj.children):
        return False
    if any(t.dep_ in ("cc", "preconj") for t in conj.doc[head.i + 1:conj.i]):
        return False
    listed = (head, *head.conjuncts)  # "has resigned, has left X and is now ...": a list with its "and"
    return not any(c.dep_ == "cc" for v in listed for c in v.children)


def _passive_report(head: Token, conj: Token) -> bool:
    """``head`` is a clause reported by a verb and ``conj`` an active verb with an object of
    its own that is passive-reported ('said the aid would be used ... and called on voters
    to ...') or itself a speech act ('said talks would reward violence and urged the prime
    minister to ...'): the parser has hung ``conj`` on the wrong verb."""
    if not (head.dep_ == "ccomp" and head.head.pos_ in _VERBISH and conj.tag_ != "VBN"
            and head.head.lemma_.lower() in _default_rules().reporting_verbs
            and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in conj.children)):
        return False
    return (any(c.dep_ == "nsubjpass" for c in head.children)
            or conj.lemma_.lower() in _default_rules().speech_act_verbs)


def _quoted_head(head: Token, conj: Token) -> bool:
    """``head`` heads a quotation that closes before its conjunct ``conj`` starts."""
    if head.dep_ != "ccomp" or head.head.pos_ not in _VERBISH:
        return False
    doc = head.doc
    for k in range(head.i + 1, conj.i):
        if doc[k].text in _OPEN_QUOTES or doc[k].tag_ == "``":
            return False  # a quotation inside the clause ("target “enemy bases” ... and")
        if doc[k].text in _CLOSE_QUOTES or doc[k].tag_ == "''":
            return True
    return False


def _person_governor(noun: Token, verb: Token) -> Token:
    """ "the commander of the militia killed in the strike": who was killed is the commander.

    A participle the parser hung on an "of" object names something done to people
    (``person_participles``); when the "of" phrase belongs to a person noun, that noun
    is the participle's subject.
    """
    rules = _default_rules()
    if verb.lemma_.lower() not in rules.person_participles:
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_person(noun.head.head, rules):
        return noun.head.head
    return noun


def _is_person(tok: Token, rules: ClauseRules) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in rules.person_nouns


def _antecedent(rc: Token) -> Token:
    """What a relative pronoun stands for: the noun the clause hangs on, or the named
    subject of a copula whose complement that noun is ("X is a group which seeks ..."), or
    the name an indefinite description follows ("Nova, an Alberta corporation, which owns
    ...": Nova)."""
    ante = rc.head
    if ante.dep_ == "attr" and ante.head.lemma_ == "be":
        subj = next((c for c in ante.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.ent_type_ and subj.ent_type_ not in _NUMERIC_ENTS:
            return subj
    if ante.dep_ == "appos" and _described_name(ante):
        return ante.head
    return ante


_PERSON_RELATIVES = frozenset({"who", "whom"})


def _person_between(ante: Token, relative: Token) -> Token | None:
    """The person named last before "who" when the parser hung the clause on something
    else: "Vell Records, Ada Lisk, 38 - who manages X" (on the label, or on the dash) means
    her. The first name met going back decides (an untagged proper noun counts as a
    person's); an age or a date is passed over."""
    floor = relative.sent.start - 1 if ante.is_punct else ante.i
    for i in range(relative.i - 1, floor, -1):
        tok = relative.doc[i]
        if tok.ent_type_ in _ACTOR_ENTS:
            return tok if tok.ent_type_ == "PERSON" else None
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title:
            return tok  # "Vell Records, Lisk, 38 - who": a surname the model left untagged
    return None


def _copula_subject_name(noun: Token, linking: tuple[str, ...] = ("be",)) -> Token | None:
    """The named subject of a copula (or another ``linking`` verb) whose complement is
    ``noun`` ("Woodbridge is a holding company owned by ...": Woodbridge), or None."""
    if noun.dep_ != "attr" or noun.head.lemma_ not in linking:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in _ACTOR_ENTS else None


def _titled_name(tok: Token, rules: ClauseRules) -> Token | None:
    """The name "who" means when a person's title is set after it: "Ana Vell, the MP for
    Orlen North, who ..." (the clause hung on the name or on the title) is Ana Vell, whatever
    type the model gave the name; not the place in her title. None without such a title."""
    if tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.i > tok.i and _title_noun(c, rules) for c in tok.children):
        return tok
    if tok.dep_ == "appos" and _title_noun(tok, rules) and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        return tok.head
    return None


def _title_noun(tok: Token, rules: ClauseRules) -> bool:
    """Whether an untagged noun is a person's title ("the MP", "the mayor", "a spokesman")."""
    return tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and (
        is_title_word(tok.text) or tok.lower_ in name_tables().office_words or _is_person(tok, rules))


_QUANTIFIERS = frozenset({"all", "both", "most", "many", "each", "some", "several"})
_DEGREE_WORDS = frozenset({"less", "least", "more", "most"})  # "less likely to spread": not "likely"


def relative_antecedent(pronoun: Token, rc: Token) -> Token | None:
    """What the relative pronoun ``pronoun`` of the clause headed by ``rc`` stands for.

    "who" after something that is no person means the person named just before it, or the
    person whose phrase holds it ("Ada Lisk at the Vell Institute in Kestford, who ran ...":
    Lisk ran it); with neither, the noun itself (a city may be its team: "Kestford, who won").
    "which" after a person is a parse error (None), and so is one whose clause judges the clause
    before ("..., which is good news": None). After a quantified apposition it means
    the noun the apposition describes ("13 senators, all Democrats, who wrote ...").
    """
    rules = _default_rules()
    if pronoun.lower_ == "which" and _verdict_on_clause(rc, rules):
        return None  # "moving to Kestford, which is good news for the club": the moving is
    ante = _antecedent(rc)
    if ante.dep_ == "appos" and ante.head.i < ante.i and any(
            c.dep_ in ("det", "predet") and c.lower_ in _QUANTIFIERS for c in ante.lefts):
        ante = ante.head  # "13 senators, all Democrats, who wrote ...": the senators wrote
    listed = _listed_before(ante, pronoun) if pronoun.lower_ in _PERSON_RELATIVES else None
    if listed is not None:
        return listed  # "the adviser, Tom Orr, Dan Kerr, who advises Ana Vell": Kerr advises her
    name = _titled_name(ante, rules) if pronoun.lower_ in _PERSON_RELATIVES else None
    if name is not None:
        return name
    if pronoun.lower_ in _PERSON_RELATIVES and ante.dep_ == "appos" and ante.head.i < ante.i \
            and ante.head.ent_type_ == "PERSON" and ante.ent_type_ != "PERSON":
        return ante.head  # "Sen. Tom Vell, the Kestria Republican who fought Orr": Vell fought him
    if pronoun.lower_ in _PERSON_RELATIVES and _called_place(ante):
        # "a migrant living in the city of Orlen, who ...": the migrant; never the town
        return _person_holding(ante, rules) or _place_holder(ante)
    if pronoun.lower_ in _PERSON_RELATIVES and not _is_person(ante, rules) and not (
            ante.pos_ == "NOUN" and names_people(ante, rules)):  # "people outside Orlen who need ...": the people
        ante = _person_between(ante, pronoun) or _person_holding(ante, rules) or ante
    if pronoun.lower_ == "which" and _is_person(ante, rules):
        return _thing_by(ante, rules)
    return ante


def _verdict_on_clause(rc: Token, rules: ClauseRules) -> bool:
    """Whether a relative clause is a copula whose complement judges what was said before
    (``verdict_nouns``: "which is good news", "which was a setback for the coach"): it stands for
    the clause, no noun before it."""
    return rc.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in rules.verdict_nouns for c in rc.children)


def _listed_before(ante: Token, pronoun: Token) -> Token | None:
    """The last of the people listed with commas after the name a "who" clause was hung on
    ("Tom Orr, Dan Kerr, who ..."): Kerr; None when "and" or "or" joins them ("Tom Orr and Dan
    Kerr, who met in 2010": both) or none is listed."""
    if ante.ent_type_ != "PERSON":
        return None
    listed = [c for c in ante.conjuncts if ante.i < c.i < pronoun.i and c.ent_type_ == "PERSON"]
    if not listed or any(t.lower_ in ("and", "or", "&") for t in ante.doc[ante.i:pronoun.i]):
        return None
    return max(listed, key=lambda c: c.i)


def _called_place(tok: Token) -> bool:
    """Whether ``tok`` names a place by its kind of place: "the city of Orlen", "the province
    of Kestria" (``place_of_nouns``), whatever type the model gave the name."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in name_tables().place_of_nouns)


def _place_holder(place: Token) -> Token | None:
    """The first noun whose phrases hold a place, past the place's own kind of place and
    through a participle: "a migrant living in the port city of Orlen" -> the migrant; None
    when the chain of phrases reaches a verb."""
    return next((tok for tok in _holders(place) if tok.pos_ in ("NOUN", "PROPN")
                 and tok.lemma_.lower() not in name_tables().place_of_nouns and tok.ent_type_ not in PLACE_TYPES),
                None)


def _holders(noun: Token) -> Iterator[Token]:
    """The words whose prepositional phrases hold ``noun``, nearest first, through a
    participle to the noun it describes ("a man born in Kestria", "a man living in Orlen": the
    man)."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.i:
        tok = tok.head.head
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.head.i < tok.i:
            tok = tok.head
        yield tok


def _thing_by(person: Token, rules: ClauseRules) -> Token | None:
    """The thing a person's "by"/"of" phrase describes, which a "which" after the person means
    ("a film by Ada Lisk in which he stars": the film), else None."""
    prep = person.head
    if person.dep_ == "pobj" and prep.lower_ in ("by", "of") and prep.head.pos_ == "NOUN" and not _is_person(
            prep.head, rules):
        return prep.head
    return None


def _person_holding(noun: Token, rules: ClauseRules) -> Token | None:
    """The person whose prepositional phrases hold ``noun`` ("Ada Lisk at the institute in
    Kestford": Lisk holds Kestford; "passengers aboard the Orlen Star": the passengers; "a man
    born in Kestria": through the participle, the man), or
    whose title set after the name does ("Dan Kerr, the
    envoy for Vellia"), None when the chain of phrases reaches no person."""
    for tok in _holders(noun):  # "a man born in Algeria, who had lived ...": the man
        if _is_person(tok, rules):
            return tok  # "700 passengers aboard the cruise ship who tested positive": the passengers
        named = _titled_name(tok, rules)
        if named is not None:
            return named  # "Dan Kerr, the U.S. envoy for Vellia, who said ...": Kerr, whose title holds Vellia
        if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.head.i < tok.i:
            return tok.head  # "Ana Vell, an expert on trade affairs who served as ...": Vell
    return None


def named_members(noun: Token, rules: ClauseRules) -> list[Token]:
    """The named actors a plural subject says are among it: "top Senate leaders including Tom
    Orr", "several countries, including Kestria and Vellmont", "groups such as the Kestford
    Union" (``member_prepositions``): each did what the noun did, as a subject of its own (an
    object's members are read where its nouns are: "led acquisitions, including Marvel")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for prep in noun.children:
        word = f"such {prep.lower_}" if any(c.lower_ == "such" for c in prep.children) else prep.lower_
        if prep.dep_ != "prep" or word not in rules.member_prepositions:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            out += [m for m in (pobj, *pobj.conjuncts) if m.ent_type_ in _ACTOR_ENTS and m.pos_ == "PROPN"]
    return out


def _subject_arg(tok: Token, verb: Token) -> Arg | None:
    """The subject argument headed by ``tok``; a relative pronoun gives its antecedent.

    None when the relative pronoun cannot be resolved right: "which" after a person
    ("killed a commander in Baghdad which aggravated ...": the parser's antecedent is
    wrong) or "many of which" (only some of the antecedent).
    """
    rc = _relcl_of(verb)
    of_relative = any(_is_rel_pronoun(t) for t in tok.subtree if t.dep_ == "pobj")
    if rc is not None and (_is_rel_pronoun(tok) or of_relative):
        rules = _default_rules()
        ante = relative_antecedent(tok, rc)
        if ante is None or _restricted_plural(ante, tok):
            return None
        if of_relative and tok.lower_ in rules.vague_arguments:
            return None
        start, end = arg_bounds(ante, exclude=rc.i if ante.i == rc.head.i else -1)
        return Arg(start, end, ante.i, "subj")
    start, end = arg_bounds(tok)
    if tok.doc[start].tag_ == "WP$" and any(t.pos_ == "PROPN" and t.ent_type_ in _ACTOR_ENTS
                                            for t in tok.doc[start + 1:tok.i + 1]):
        start += 1  # "Orr, whose Vell Party merged with X", "whose Vellco fund acquired X": named
    return Arg(start, end, tok.i, "subj")


def _restricted_plural(ante: Token, pronoun: Token) -> bool:
    """Whether a relative clause only picks out some of a bare plural: "a levy on drivers who
    do not register their cars" says nothing of drivers (no comma before "who", no
    determiner, number or owner on the plural)."""
    return (ante.tag_ in ("NNS", "NNPS") and pronoun.i == ante.i + 1
            and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in ante.children))


def _intending_owner(verb: Token, noun: Token) -> Token | None:
    """The owner of an intention noun that a "to" clause on it makes the doer: "Vellia's
    decision to leave", "its bid to buy X", "the move by Orvane to expel Y" (``intention_nouns``:
    the one who decides is the one who acts, not so for a call, an order or a demand); or the
    subject of a verb that carries the intention out ("the army launched an offensive to retake
    Orlen"; ``intention_verbs``: not "rejected the plan to ...").
    None for any other noun, a passive "to" clause, or no named or pronoun owner."""
    rules = _default_rules()
    if noun.lemma_.lower() not in rules.intention_nouns or noun.pos_ != "NOUN" \
            or any(c.dep_ == "auxpass" for c in verb.children) \
            or not to_marked(verb):
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules.intention_verbs:
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and not _is_rel_pronoun(c)), None)
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.tag_ == "PRP$"):
            return c
        if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                return pobj
    return None


def _noun_in_mood(noun: Token, rules: ClauseRules) -> str:
    """An intention noun as the modality of its "to" clause, with the mood of the clause the
    noun is in: "if Kestria made a commitment to cut emissions" gives "commitment if"."""
    gov = noun.head
    while gov.pos_ not in _VERBISH and gov.head.i != gov.i:
        gov = gov.head
    outer = mood(gov, rules) if gov.pos_ in _VERBISH else None
    return f"{noun.lower_} {outer}" if outer else noun.lower_


def _infinitive_of_thing(verb: Token, noun: Token) -> bool:
    """A "to" clause on a noun that cannot be its doer: "lengths to co-operate", "efforts to
    end the war", "plans to buy X". A person or a name does it ("the first woman to win",
    "Orvane is the only company to bid"), and so does the noun of "the first", "the last",
    "the only" or a superlative."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or not to_marked(verb):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the destruction to be brought about by the typhoon": the thing undergoes it
    rules = _default_rules()
    if names_people(noun, rules):
        return False
    return not singled_out(noun, rules)


def singled_out(noun: Token, rules: ClauseRules) -> bool:
    """Whether "the first", "the only", "the last" or a superlative singles ``noun`` out."""
    return any(c.tag_ == "JJS" or c.lower_ in rules.singling_words for c in noun.lefts)


def _singled_complement_subject(verb: Token, noun: Token) -> Token | None:
    """The named subject of "X is (became) the first/only ... to <verb> <object>", who did
    it: "Vellia is the only country to grant citizenship" grants it. The "to" clause needs
    an object of its own ("the only man to beat" is the one others beat), and a negated
    copula still says it ("is not the only country to grant" grants it too)."""
    if noun.pos_ != "NOUN" or not to_marked(verb) \
            or not any(c.dep_ in ("dobj", "prep") for c in verb.children) or not singled_out(noun, _default_rules()):
        return None
    return _copula_subject_name(noun, ("be", "become", "remain"))


def names_people(noun: Token, rules: ClauseRules) -> bool:
    """Whether a common noun names people ("spokesman", "members"; ``person_nouns``,
    ``member_nouns``): they can do what a clause says and be whom a meeting is of."""
    lemma = noun.lemma_.lower()
    return lemma in rules.person_nouns or lemma in rules.member_nouns


def _relcl_of(verb: Token) -> Token | None:
    """The relative clause verb this verb heads or is coordinated into, if any."""
    verb = first_conjunct(verb)
    return verb if verb.dep_ == "relcl" else None


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and its later conjuncts, but none inside the same name ("X and Y Ltd"), none
    the sentence denies ("invited Tarrow but not Lisk": Lisk was not invited) and none left
    of a clause whose verb the writer did not repeat ("Vellia recorded 40 strikes and Kestria
    12": Kestria recorded, and was not recorded)."""
    return [tok, *(c for c in tok.conjuncts if c.i > tok.i and not same_entity(tok, c)
                   and not any(g.dep_ == "neg" for g in c.children) and not _gapped(tok, c))]


def _gapped(first: Token, conj: Token) -> bool:
    """Whether ``conj`` is the subject left of a gapped clause parallel to a counted
    ``first``: a name with a number of its own after it ("40 new strikes and Kestria 12"), the
    number no part of the name ("Apollo 11")."""
    return conj.pos_ == "PROPN" and first.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in first.children) \
        and any(c.dep_ == "nummod" and c.i > conj.i and not same_entity(conj, c) for c in conj.children)


def _is_rel_pronoun(tok: Token) -> bool:
    return tok.tag_ in _REL_TAGS and tok.lower_ in _REL_PRON


def _is_passive(verb: Token, how: str, subjects: list[Arg], rules: ClauseRules) -> bool:
    if any(c.dep_ in _PASSIVE_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return True
    if how == "acl" or how == "adverbial":  # "Having signed the deal, Vellco left": active
        return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    if how == "conj" and verb.lemma_.lower() in rules.intransitive_verbs:
        return False  # "was arrested and fled to X": no one is fled
    if how == "conj" and verb.tag_ == "VBN":
        if any(c.dep_ == "aux" for c in verb.children):
            return False  # "is linked to X ... and has operated in Syria": active
        return _is_passive(verb.head, "", subjects, rules)
    if how == "conj" and verb.tag_ == "VBD" and _passive_marked(verb):
        return _is_passive(verb.head, "", subjects, rules)  # "was founded by X and named 'Y' by Z"
    return False


def _passive_marked(verb: Token) -> bool:
    """Whether a verb the tagger read as a past tense shows it is a participle: an agent
    ("by the governor") or a complement without an object ("named 'El Pueblo'")."""
    deps = {c.dep_ for c in verb.children}
    return "agent" in deps or "oprd" in deps and "dobj" not in deps


def _under_no(noun: Token, rules: ClauseRules) -> bool:
    """The noun is determined by "no" ("no soldiers fighting there"), or it is the "of"
    object of a noun of evidence under "no" ("no indications of casualties resulting from
    the strike"; ``evidence_nouns``). Under another denied noun a participle's deed stands:
    "gave no details about the workers employed by Vellco" denies no employing."""
    if any(_denying_det(c, rules) for c in noun.children):
        return True
    for _ in range(2):
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head
        if noun.lemma_.lower() in rules.evidence_nouns and any(_denying_det(c, rules) for c in noun.children):
            return True
    return False


def _object_gap(verb: Token, how: str, args: list[Arg]) -> bool:
    """A relative clause whose object is its antecedent: "the base (that) the militia used"."""
    if how != "own" or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(a.role in ("dobj", "attr", "claim") or a.head == verb.head.i for a in args):
        return False
    if any(_is_rel_pronoun(p) for c in verb.children if c.dep_ == "prep" for p in c.children):
        return False  # "the film in which he stars": the antecedent is the phrase's, no object
    if any(t.tag_ == "WP$" for t in verb.doc[verb.left_edge.i:verb.i]):
        return False  # "Orr, whose party merged with X": the antecedent owns an argument
    for c in verb.children:
        if c.dep_ in _PASSIVE_SUBJ or c.tag_ == "WRB":
            return False
        if c.dep_ in _SUBJ_DEPS and _is_rel_pronoun(c):
            return False
    return not _after_comma_unmarked(verb)


def _after_comma_unmarked(verb: Token) -> bool:
    """A clause with no relative word that opens after a comma: no relative clause. One with
    none follows its noun directly ("the meeting Vell attended"); "In addition to Orr, Vell and
    Tarr attended" is a clause of its own that the parser hung on "Orr"."""
    left = verb.left_edge.i
    if left == 0 or verb.doc[left - 1].lower_ != ",":
        return False
    return not any(t.tag_ in _REL_TAGS or t.tag_ == "WP$" or t.lower_ == "that" for t in verb.doc[left:verb.i])


# ---------------------------------------------------------------- relation


def _negs(verb: Token) -> list[int]:
    return [c.i for c in verb.children if c.dep_ == "neg"]


def scalar_not(neg: Token, verb: Token, rules: ClauseRules) -> bool:
    """Whether "not" only scales what follows ("did not just oversee it", "is not only a
    target": ``scalar_adverbs``): the verb holds, and more. Under a modal it still denies
    ("you cannot just walk away")."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    if nxt is not None and nxt.lower_ in rules.reason_marks:
        return True  # "not because Kestria sanctioned him": the reason is denied (``_denied_reason``)
    if nxt is not None and nxt.lower_ in rules.scalar_adverbs and (nxt.lower_ == "only" or any(
            t.lower_ == "but" for t in neg.doc[nxt.i + 1 : nxt.sent.end])):
        return True  # "will not only benefit Vellia, it will ...", "not just X but Y": under a modal too
    return (nxt is not None and nxt.lower_ in rules.scalar_adverbs
            and _modal_aux(verb, rules) is None
            and not (neg.i > 0 and neg.doc[neg.i - 1].lower_ in rules.modal_words))


def _relation(chain: list[Token], rules: ClauseRules) -> tuple[list[int], list[str], bool, str | None]:
    """Relation token indices, predicate lemmas, negation and modality of a verb chain."""
    rel: list[int] = []
    lemmas: list[str] = []
    negated = False
    modal: list[str] = []
    for k, verb in enumerate(chain):
        for c in verb.children:
            dep = c.dep_
            if dep in _AUX_DEPS:
                rel.append(c.i)
                low = c.lower_
                if low in rules.modal_words:
                    modal.append(c.norm_.lower() if c.tag_ == "MD" else low)  # "wo" of "won't": will
                if k > 0 and low == "to":
                    lemmas.append("to")
            elif (dep == "neg" or dep == "advmod" and c.lower_ in rules.negation_words
                  or dep == "preconj" and c.lower_ == "neither") and not scalar_not(c, verb, rules):
                rel.append(c.i)
                negated = True
            elif dep == "advmod" and any(
                    f"{g.lower_} {c.lower_}" in rules.negation_phrases for g in c.children if g.i == c.i - 1):
                rel.extend((c.i - 1, c.i))  # "could no longer be assigned"
                negated = True
            elif dep == "advmod" and c.lower_ in rules.hedge_adverbs:
                rel.append(c.i)  # "potentially saved", "reportedly asked": not stated as fact
                modal.append(c.lower_)
            elif dep in ("advmod", "acomp") and c.lower_ in rules.near_miss_adverbs \
                    and verb.lemma_.lower() in rules.near_miss_verbs:
                rel.append(c.i)  # "came close through Tom Orr": he nearly scored, no more
                modal.append(c.lower_)
        rel.append(verb.i)
        first = _hyphen_first_word(verb)
        if first is not None:  # "test-fired a missile": test_fire, never a plain "fire"
            rel.extend((first.i, first.i + 1))
            lemmas.append(f"{first.lower_}_{verb.lemma_.lower()}")
        else:
            lemmas.append(verb.lemma_.lower())
        for c in verb.children:
            if c.dep_ == "prt" or (
                c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in rules.particles
            ):
                rel.append(c.i)
                lemmas.append(c.lower_)
            elif _verb_adjective(c, verb, rules):
                rel.append(c.i)  # "tested positive for X", "pleaded guilty to X"
                lemmas.append(c.lower_)
                negated = negated or any(n.dep_ == "neg" for n in c.children)
        if k < len(chain) - 1 and verb.lemma_.lower() in rules.modality_verbs:
            modal.append(verb.lower_)
        if k == len(chain) - 1 and _has_object(verb):
            for c in _object_complements(verb):  # "left her intrigued": leave_intrigued
                rel.append(c.i)
                lemmas.append(c.lower_)
    return rel, lemmas, negated, (" ".join(modal) or None)


def _hyphen_first_word(verb: Token) -> Token | None:
    """The first word of a verb written with a hyphen that the tokenizer split off ("test" of
    "test-fired", "second" of "second-guess"): a word of letters glued to the hyphen before the
    verb and hung on it; None for a verb written alone."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 1].whitespace_ or doc[verb.i - 2].whitespace_:
        return None
    first = doc[verb.i - 2]
    return first if first.is_alpha and first.head.i == verb.i else None


def _object_complements(verb: Token) -> list[Token]:
    """What a verb says its object becomes or stays, one word after the object: "left her
    intrigued", "kept Orlen waiting", "found them guilty" - the relation, with the verb."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    return [c for c in verb.children
            if c.dep_ in ("xcomp", "oprd") and c.tag_ in ("JJ", "VBN", "VBG") and c.i > obj.i
            and not any(g.dep_ in ("dobj", "nsubj", "aux") for g in c.children)]


# ---------------------------------------------------------------- arguments


def _arguments(chain: list[Token], rules: ClauseRules, split_conj: bool) -> list[Arg]:
    """Objects and adjuncts of a verb chain, in sentence order."""
    args: list[Arg] = []
    last = chain[-1]
    for verb in chain:
        for c in verb.children:
            dep = c.dep_
            if dep in _SKIP_ARG_DEPS or dep in _SUBJ_DEPS:
                continue
            if verb is last and _verb_adjective(c, verb, rules):
                for p in c.children:  # "pleaded guilty to fraud": the phrase is the verb's
                    if p.dep_ == "prep":
                        args.extend(_prep_args(p, "prep", False))
            elif verb is last and dep in _CORE_DEPS:
                role = "attr" if dep in ("attr", "acomp", "oprd") else "dobj"
                for t in _conjuncts(c) if split_conj else [c]:
                    start, end = arg_bounds(t, split_conj=split_conj)
                    args.append(Arg(start, end, t.i, role, group=c.i))
            elif verb is last and dep == "dative" and c.pos_ == "ADP":
                args.extend(_prep_args(c, "prep", True))  # "awarded orders to X, Y and Z": each
            elif verb is last and dep == "dative":
                args.append(_plain(c, "dative"))
            elif verb is last and dep == "ccomp" and _own_clause(verb, c):
                args.append(_claim(c))
            elif dep == "agent" and _deadline(c, rules):
                args.extend(_prep_args(c, "prep", False))  # "by the end of the year": when
            elif dep == "agent":
                args.extend(_prep_args(c, "agent", split_conj))
            elif dep == "prep" and (_setting_phrase(c, rules) or _fronted_setting(c, verb, rules)
                                    or _absolute_with(c, verb)):
                continue  # "went further in a telephone interview": where, not what
            elif dep == "prep" and c.lemma_.lower() not in rules.according_words:
                args.extend(_prep_args(c, "prep", False))
                args.extend(_after_amount(c, rules))
            elif dep == "npadvmod" and c.ent_type_ in _TIME_ENTS:
                args.append(_plain(c, "time"))
            elif verb is last and dep == "xcomp":
                args.append(_plain(c, "xcomp"))
    doc = last.doc
    args = [a for a in args if not _inside_name(doc, a)]
    args.sort(key=lambda a: a.prep if a.prep >= 0 else a.start)
    return args


def _absolute_with(prep: Token, verb: Token) -> bool:
    """Whether a "with" phrase after the verb is a clause of its own, not a partner: set off
    by a comma ("worked together on Friday, with Tom Orr also training the day before";
    "sales dropped by a fifth, with fuel down 52 per cent"), or its noun doing what a
    participle says ("with Tom Orr putting ..."). Partners stay: "met with Tom Orr"."""
    if prep.lower_ != "with" or prep.i < verb.i:
        return False
    doc = prep.doc
    if prep.i > 0 and doc[prep.i - 1].text == ",":
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and any(c.dep_ in ("acl", "amod") and c.tag_ in ("VBG", "VBN") and c.i > pobj.i
                                    for c in pobj.children)


def _fronted_setting(prep: Token, verb: Token, rules: ClauseRules) -> bool:
    """Whether a verb's phrase is the setting written at the front of its sentence, set off
    by a comma before the subject: "At Kestford Hospital, Tom Orr headed home" says where,
    not that he headed to or at the hospital (``setting_prepositions``)."""
    if prep.lower_ not in rules.setting_prepositions or prep.i >= verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS), None)
    after = prep.right_edge.i + 1
    return subject is not None and prep.i < subject.i and after < len(prep.doc) and prep.doc[after].text == ","


def _verb_adjective(tok: Token, verb: Token, rules: ClauseRules) -> bool:
    """Whether an adjective right after a verb completes it (``verb_adjectives``: "tested
    positive for X" is `test_positive_for`, "pleaded not guilty to X" `plead_guilty_to`,
    negated): never the verb's object, its phrase the verb's."""
    after = verb.i + 1 + (verb.doc[verb.i + 1].dep_ == "neg" if verb.i + 1 < len(verb.doc) else 0)
    return tok.pos_ == "ADJ" and tok.i == after and tok.lower_ in rules.verb_adjectives \
        and tok.dep_ in ("acomp", "dobj", "oprd", "advmod", "attr")


def _setting_phrase(prep: Token, rules: ClauseRules) -> bool:
    """Whether a verb's phrase names the setting of what was said or done, not a participant:
    "in a telephone interview", "at a news conference", "in a statement" (``setting_nouns``
    after ``setting_prepositions``); no object of a fact, and none of the words of its
    relation ("Orr went further in a telephone interview from Orlen" states no act on Orlen)."""
    pobj = _prep_object(prep) if prep.lower_ in rules.setting_prepositions else None
    if pobj is None or pobj.pos_ != "NOUN":
        return False
    compound = " ".join([*(c.lower_ for c in pobj.lefts if c.dep_ == "compound"), pobj.lemma_.lower()])
    return pobj.lemma_.lower() in rules.setting_nouns or compound in rules.setting_nouns


def _inside_name(doc: Doc, arg: Arg) -> bool:
    """Whether the preposition of a phrase hung on the verb lies inside a name that opened
    before it: "released its Book of the Month for the Winter" (a title the parser split) is no
    release "for" the winter."""
    return arg.prep >= 0 and doc[arg.prep].ent_iob_ == "I"


def _deadline(by: Token, rules: ClauseRules) -> bool:
    """Whether a passive's "by" phrase is a time ("by the end of the year", "by Monday"),
    not the doer (``deadline_nouns``, or a date or time the model tags)."""
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.ent_type_ in _TIME_ENTS or pobj.lemma_.lower() in rules.deadline_nouns)


def _stray_agent(verb: Token) -> list[Arg]:
    """A passive's "by" agent that the parser hung on a gerund inside it ("has been blamed
    for attacking US troops by the Defence Department" -> Department / blame / group) or on
    its object ("was fined 1.2 billion euros by the European Union")."""
    hosts = [c for c in verb.children if c.dep_ == "dobj"]
    hosts += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    for host in hosts:
        for by in host.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                out = _prep_args(by, "agent", True)
                if out and all(verb.doc[a.head].ent_type_ in _ACTOR_ENTS for a in out):
                    return out
    return []


def _plain(tok: Token, role: str) -> Arg:
    start, end = arg_bounds(tok, split_conj=False)
    return Arg(start, end, tok.i, role)


def _claim(tok: Token) -> Arg:
    """A clausal complement as an argument, without its "that"."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    while start < end - 1 and (
        doc[start].dep_ == "mark" or (doc[start].dep_ == "punct" and doc[start].text not in "([")
    ):
        start += 1
    if start > 0 and (doc[start - 1].text in _OPEN_QUOTES or doc[start - 1].tag_ == "``"):
        # a quotation ends at its closing mark, whatever the parser hung after it
        close = next((k for k in range(start, end) if doc[k].text in _CLOSE_QUOTES
                      or doc[k].tag_ == "''"), end)
        end = max(close, start + 1)
    while end > start + 1 and doc[end - 1].dep_ == "punct":
        end -= 1
    return Arg(start, end, tok.i, "claim")


def _own_clause(verb: Token, comp: Token) -> bool:
    """A clausal complement is the verb's own unless a semicolon or dash parts them.

    "A mob chanted ...; one man shouted: ..." -- the parser may hang the first clause on
    the second verb; what one man shouted is only what follows him.
    """
    if comp.i > verb.i:
        return True
    doc = verb.doc
    return not any(doc[k].text in (";", "—") for k in range(comp.right_edge.i + 1, verb.i))


#: Prepositions of a participant the parser hangs on a price before it: "bought its stake
#: for 505 mln dlrs from Wattie Ltd" (from Wattie, not dollars from Wattie).
_PARTICIPANT_PREPS = frozenset({"from", "to", "with"})


def _after_amount(prep: Token, rules: ClauseRules) -> list[Arg]:
    """The verb's participants hung on the amount of its preposition (see ``_PARTICIPANT_PREPS``)."""
    amount = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if amount is None or not _amount(amount, rules):
        return []
    return [arg for g in amount.children if g.dep_ == "prep" and g.lower_ in _PARTICIPANT_PREPS
            for arg in _prep_args(g, "prep", False)]


def _inner_prep(prep: Token) -> Token | None:
    """The second word of a preposition of two (``source_prepositions``: "out of") that the
    parser hung one on the other: "of" of "pulled Kestria out of the accord"."""
    words = _default_rules().source_prepositions
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or prep.i and prep.doc[prep.i - 1].like_num:
        return None  # "tackled 34 out of 41 disasters": a share, no source
    return next((c for c in prep.children if c.dep_ == "prep" and f"{prep.lower_} {c.lower_}" in words
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)


def _prep_words(prep: Token) -> list[str]:
    """A preposition's words in a predicate: "out_of" for "out of", else the word."""
    inner = _inner_prep(prep)
    return [prep.lower_, inner.lower_] if inner is not None else [prep.lower_]


def _moved_out(doc: Doc, arg: Arg, direct: Arg | None) -> bool:
    """Whether a preposition of two words says where a named object was taken from ("took
    Washington out of the nuclear deal"), not why ("bought shares out of necessity")."""
    return direct is not None and doc[direct.head].pos_ in ("PROPN", "PRON") and _inner_prep(doc[arg.prep]) is not None


def _prep_args(prep: Token, role: str, split_conj: bool) -> list[Arg]:
    head = _inner_prep(prep) or prep  # "out of the accord": the accord is the object of both words
    obj = next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return []
    out = []
    for t in _conjuncts(obj) if split_conj else [obj]:
        start, end = arg_bounds(t, split_conj=split_conj)
        out.append(Arg(start, end, t.i, role, prep=prep.i, group=obj.i))
    return out


def _replace_relative(args: list[Arg], verb: Token) -> None:
    """Put a relative clause's antecedent where its relative pronoun stood."""
    doc = verb.doc
    rc = _relcl_of(verb)
    if rc is None:
        return
    for arg in list(args):
        if _is_rel_pronoun(doc[arg.head]):
            ante = relative_antecedent(doc[arg.head], rc)
            if ante is None:
                args.remove(arg)  # "which" after a person: the parser's antecedent is wrong
                continue
            arg.start, arg.end = arg_bounds(ante, exclude=rc.i if ante.i == rc.head.i else -1)
            if arg.start < rc.left_edge.i < arg.end:  # "a film by Ada Lisk [in which he stars]"
                arg.end = rc.left_edge.i
            arg.head = ante.i


# ---------------------------------------------------------------- speech


def _reported(verb: Token, speech: list[tuple[int, int, int, tuple[int, int]]], rules: ClauseRules) -> None:
    """Record the stretch a reporting verb attributes to its speaker: "X said (that) ..."."""
    own = [c for c in _own_subjects(verb) if c.dep_ == "nsubj"]
    speaker = own[-1] if own else next((c for c in verb.children if c.dep_ == "agent"), None)
    if speaker is None and verb.lemma_.lower() in rules.told_verbs:
        # "..., the Daily Tarn has been told": the outlet told is the source the reader has
        speaker = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if speaker is not None and speaker.dep_ == "agent":
        speaker = next((c for c in speaker.children if c.dep_ == "pobj"), None)
    if speaker is not None and _is_rel_pronoun(speaker) and (rc := _relcl_of(verb)) is not None:
        speaker = relative_antecedent(speaker, rc)  # "Tarrow, who said he would ...": Tarrow
    if speaker is None or speaker.pos_ in _NOT_ARG_POS:
        return
    bounds = _with_entity(speaker, *arg_bounds(speaker, mention=True))
    for c in verb.children:
        if c.dep_ == "ccomp" and _own_clause(verb, c):
            last = max(_claim(c).end - 1, c.i)  # a quotation ends at its closing mark
            speech.append((c.left_edge.i, last, verb.i, bounds))
    if verb.dep_ == "parataxis":
        head = verb.head
        speech.append((head.left_edge.i, head.right_edge.i, verb.i, bounds))


def _in_idiom(verb: Token, rules: ClauseRules) -> bool:
    """Whether a verb is the last word of a linking idiom (``idiom_verbs``: "not to mention",
    "let alone"): "Somalias and Libyas emerge, not to mention Vietnams" lists, no one mentions."""
    doc = verb.doc
    for words in _idioms_ending(rules.idiom_verbs).get(verb.lower_, ()):
        start = verb.i - len(words) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start: verb.i + 1]) == words:
            return True
    return False


@lru_cache(maxsize=8)
def _idioms_ending(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The idioms' words, by their last word (split once, not for every verb)."""
    split = [tuple(phrase.split()) for phrase in phrases]
    return {last: tuple(w for w in split if w[-1] == last) for last in {w[-1] for w in split}}


def _according(prep: Token, speech: list[tuple[int, int, int, tuple[int, int]]]) -> None:
    """Attribute the clause an "according to X" phrase attaches to, to X."""
    pobj = next((g for p in prep.children for g in p.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return
    head = prep.head
    speech.append((head.left_edge.i, head.right_edge.i, prep.i, arg_bounds(pobj, mention=True)))


def _inside_speaker(reporter: Token, i: int) -> bool:
    """Token ``i`` sits in the reporting phrase itself ("sources speaking on condition ...")."""
    return any(
        c.left_edge.i <= i <= c.right_edge.i for c in reporter.children if c.dep_ != "ccomp"
    )


def _attribution(
    verb: Token, speech: list[tuple[int, int, int, tuple[int, int]]]
) -> tuple[int, int] | None:
    best = None
    width = 1 << 30
    doc = verb.doc
    for first, last, reporter, speaker in speech:
        if reporter == verb.i or _inside_speaker(doc[reporter], verb.i):
            continue
        if first <= verb.i <= last and last - first < width:
            best, width = speaker, last - first
    return best


# ---------------------------------------------------------------- appositions


def _good_appos(tok: Token, rules: ClauseRules) -> bool:
    """An apposition that names what its head is: no numbers, dates, lists or pronouns."""
    head = tok.head
    if tok.pos_ not in _NOUNISH or head.pos_ not in _NOUNISH:
        return False
    if tok.ent_type_ in rules.circumstance_types or head.ent_type_ in rules.circumstance_types:
        return False
    if tok.ent_type_ == "MONEY" or (tok.ent_type_ == "PERSON" and head.ent_type_ == "PERSON"):
        return False
    return tok.right_edge.i - tok.left_edge.i < 12 and not any(
        c.dep_ == "conj" for c in tok.children
    )


def _appos_clauses(tok: Token) -> Iterator[Clause]:
    """Apposition: "X, an Iraqi militia, ..." -> X / is / an Iraqi militia (OpenIE only)."""
    head = tok.head
    start, end = arg_bounds(head)
    a_start, a_end = arg_bounds(tok, split_conj=False)
    yield Clause(
        rule="appos",
        subj=Arg(start, end, head.i, "subj"),
        rel=[],
        lemmas=["be"],
        args=[Arg(a_start, a_end, tok.i, "attr")],
        verb=tok.i,
        copular=True,
        implicit="is",
    )


def _located_clauses(prep: Token) -> Iterator[Clause]:
    """Location in a name: "the museum in Basra" -> museum / is in / Basra (OpenIE only)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = prep.head
    if obj is None or obj.ent_type_ not in _PLACE_ENTS or head.pos_ not in _NOUNISH:
        return
    start, end = arg_bounds(head, exclude=prep.i)
    o_start, o_end = arg_bounds(obj)
    yield Clause(
        rule="located",
        subj=Arg(start, end, head.i, "subj"),
        rel=[prep.i],
        lemmas=["be", prep.lower_],
        args=[Arg(o_start, o_end, obj.i, "attr")],
        verb=prep.i,
        copular=True,
        implicit="is",
    )


# ---------------------------------------------------------------- graph triples


def extract_triples(doc: Doc, doc_id: str, rules: ClauseRules | None = None) -> Iterator[RawTriple]:
    """Binary subject-predicate-object triples of every sentence of ``doc``.

    Copular clauses and appositions are left to the nominal extractor; everything else
    with a subject and an object (direct, clausal, or prepositional) gives a triple.
    ``rules`` defaults to the shipped word lists. Relation classes are left to the caller
    (the pipeline classes every triple with the run's table).
    """
    rules = rules or _default_rules()
    doc_text = doc.text  # joined once: a sentence's text is a slice of it, not a join of its tokens
    for sent_index, sent in enumerate(doc.sents):
        text = doc_text[sent.start_char : sent.end_char]
        if _headline_case(text):
            continue  # "Allergy Season Is Getting Worse And Lasting Longer": the parse is garbage
        every = sentence_clauses(sent, rules)
        clauses = [c for c in every if not c.copular]
        copulas = [c for c in every if c.copular]
        if not clauses and not copulas:
            continue
        seen: set[tuple[int, str, int, str | None]] = set()
        for clause in [*clauses, *copulas]:
            found = (clause_triples(clause, doc, doc_id, sent_index, text, rules) if not clause.copular
                     else _copula_partners(clause, doc, doc_id, sent_index, text, rules))
            for t in found:
                if (t.subject.start_char, t.subject.end_char) == (t.object.start_char, t.object.end_char):
                    continue  # one span at both ends: a clause the model took for a name
                if _told_the_press(t, rules):
                    continue
                key = (t.subject.start_char, t.predicate, t.object.start_char, t.modality)
                if key not in seen:  # "Co-founder and CEO of X, Jane Doe": one subject, once
                    seen.add(key)
                    yield t


def _told_the_press(t: RawTriple, rules: ClauseRules) -> bool:
    """Whether a fact is how the story was reported, no fact of it: a speaker telling a news
    outlet ("Tom Orr told Xinhua", "speaking on JoyNews", "in an interview with CNN"; the
    claim told stays), or the outlet reaching out to someone (`newsroom_verbs`: "CNN has
    reached out to the police department")."""
    words = t.predicate.split("_")
    if words[0] in rules.newsroom_verbs and t.subject.kind == "entity" and _names_outlet(t.subject, rules):
        return True
    return t.object.kind == "entity" and (words[0] in rules.reporting_verbs or words[0] in rules.outlet_verbs
                                          or "interview" in words) and _names_outlet(t.object, rules)


def _names_outlet(mention: Mention, rules: ClauseRules) -> bool:
    """Whether a name is a news outlet's: one of ``news_outlets``, or with a word of
    ``news_outlet_words`` ("Vellia Times", "CNN's Wolf Blitzer"), or one word ending in one
    ("JoyNews")."""
    name = mention.text.lower()
    name = name[4:] if name.startswith("the ") else name
    words = name.replace("'s", "").split()
    return name in rules.news_outlets or any(w in rules.news_outlet_words for w in words) \
        or len(words) == 1 and any(name.endswith(w) for w in rules.news_outlet_words if len(w) >= 2)


_SMALL_WORDS = frozenset({"is", "are", "was", "were", "be", "and", "or", "to", "of", "the", "a", "an",
                          "for", "with", "in", "on", "at", "by", "from", "as", "will", "has", "have"})


def _headline_case(text: str) -> bool:
    """A line in Title Case or capitals (a headline): four words or more, most long words
    capitalised and a small word ("Is", "And", "OF") capitalised after the first word. The
    tagger reads such lines as names, so their clauses are not facts; a sentence of names
    ("Kamala Harris, Joe Biden and Barack Obama attended") keeps its lower-case small words."""
    words = [w for w in (part.strip(_EDGE_PUNCT) for part in text.split()) if w.isalpha()]
    if len(words) < 4:  # the sentence's text, not its tokens: no Token object per word
        return False
    long = [w for w in words if len(w) >= 4]
    if not long or sum(w[0].isupper() for w in long) < 0.8 * len(long):
        return False
    return any(w.lower() in _SMALL_WORDS and w[0].isupper() for w in words[1:])


_EDGE_PUNCT = ".,;:!?\"'()[]“”‘’«»—–-"


def clause_triples(
    clause: Clause,
    doc: Doc,
    doc_id: str,
    sent_index: int,
    sent_text: str,
    rules: ClauseRules,
) -> Iterator[RawTriple]:
    """Graph triples of one clause (see ``_clause_triples``), each with the clause's place
    and time phrases as written: "arrested two men in Basra on Sunday" -> place "Basra",
    date_text "Sunday". A triple whose object is the place itself has no place."""
    place, when = _setting(clause, doc, rules)
    date_text = doc[when.start : when.end].text if when is not None else None
    hedges = _hedged_arguments(clause, doc, rules)
    scant = _scant_words(clause, doc, rules)
    for t in _clause_triples(clause, doc, doc_id, sent_index, sent_text, rules):
        if any(not _written_in(w, t) for w in scant):
            t = replace(t, negated=True)  # "had little sympathy for X": have_sympathy_for, next to none
        where = None
        if place is not None and not _inside(doc[place.head], t.object):
            where = doc[place.start : place.end].text
        hedge = next((adj.lower_ for adj, arg in hedges if _hedges_fact(adj, arg, t, doc, rules)), None)
        if hedge and hedge not in (t.modality or "").split():
            t = replace(t, modality=f"{t.modality} {hedge}" if t.modality else hedge)
        yield replace(t, place=where, date_text=date_text) if where or date_text else t


def _hedged_arguments(clause: Clause, doc: Doc, rules: ClauseRules) -> list[tuple[Token, Arg]]:
    """The hedges written on the arguments of the clause, each with its argument ("made an
    alleged payment to X", "the suspected attackers fled"): a fact with such an argument is
    not stated as done (``hedge_adjectives``)."""
    out = []
    for arg in (clause.subj, *clause.args):
        if arg.role == "claim" or arg.end <= arg.start:
            continue
        adj = next((c for c in doc[arg.head].children
                    if c.dep_ == "amod" and (c.lower_ in rules.hedge_adjectives or c.lower_ in rules.scene_hedges)),
                   None)
        if adj is not None:
            out.append((adj, arg))
    return out


def _hedges_fact(adj: Token, arg: Arg, t: RawTriple, doc: Doc, rules: ClauseRules) -> bool:
    """Whether the hedge ``adj`` on the clause's argument ``arg`` hedges the fact ``t``: a scene
    made unreal hedges every fact; an argument that keeps its hedge hedges only itself
    ("detectives closed in on the alleged leader" did so); a hedged phrase after a preposition
    hedges only the fact it is the object of ("charged three men with suspected espionage" is a
    charge made)."""
    if adj.lower_ in rules.scene_hedges:
        return True
    if _written_in(adj, t):
        return False
    return arg.role != "prep" or _inside(doc[arg.head], t.object)


def _written_in(token: Token, t: RawTriple) -> bool:
    """Whether a token is written inside the subject or the object of a triple."""
    return _inside(token, t.subject) or _inside(token, t.object)


def _inside(token: Token, mention: Mention) -> bool:
    """Whether a token is written inside an argument's characters."""
    return mention.start_char <= token.idx < mention.end_char


def _setting(clause: Clause, doc: Doc, rules: ClauseRules) -> tuple[Arg | None, Arg | None]:
    """(place, time) adjuncts of a clause, the first of each: a place preposition
    (``place_prepositions``) whose object is a place entity ("in Basra"), and a
    prepositional or noun-phrase adjunct headed by a date or time ("on Sunday", "last week")."""
    place = when = None
    for arg in clause.args:
        head = doc[arg.head]
        if arg.role not in ("prep", "time") or arg.end <= arg.start:
            continue
        if when is None and head.ent_type_ in _TIME_ENTS:
            when = arg
        elif (place is None and arg.role == "prep" and head.ent_type_ in _PLACE_ENTS
              and doc[arg.prep].lower_ in rules.place_prepositions):
            place = arg
    return place, when


_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis"})


def _asks_for_comment(verb: Token, rules: ClauseRules) -> bool:
    """Whether a clause is the newsroom asking for comment ("has contacted Vell for comment",
    "did not respond to requests for comment", "could not be reached for comment"): a "for"
    phrase of ``comment_nouns`` in the verb's own clause, no fact of the story."""
    return any(tok.lemma_.lower() in rules.comment_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "for"
               and reaches(tok, verb, lambda t: t.dep_ not in _CLAUSE_DEPS) for tok in verb.subtree)


def _clause_triples(
    clause: Clause,
    doc: Doc,
    doc_id: str,
    sent_index: int,
    sent_text: str,
    rules: ClauseRules,
) -> Iterator[RawTriple]:
    """Graph triples of one clause: the main object, then prepositional objects.

    A passive's agent becomes the subject ("the raid was ordered by X" -> X / order /
    raid); a passive's other objects hang off the patient with a ``be_`` predicate
    ("leaders were detained in Basra" -> leaders / be_detain_in / Basra).
    """
    pred = clause.lemmas
    subj = _named_subject(doc, clause.subj)
    if "_".join(pred) in rules.stop_predicates and not _lets_do(doc[clause.verb], rules) or _is_wh(doc, subj):
        return
    if _junk_arg(doc, subj, rules) or doc[subj.head].ent_type_ in _TIME_ENTS:
        return  # "This comes in ...", "Recent months have seen ...", a lone "-"
    if _expletive(clause, doc, rules):
        return  # "It later emerged that ...": the claim's own triples carry the fact
    if _asks_for_comment(doc[clause.verb], rules):
        return  # "The Daily X has contacted Vell for comment": how the story was written
    if _purpose(doc[clause.verb]) is not None:
        return  # "took to Instagram to announce ...": the announcement is the fact
    if clause.passive and clause.rule == "acl" and pred[0] in rules.naming_verbs:
        return  # "a network called the PMU": a name (aliases, nominal is_a), not an event
    agent = None
    if clause.passive:
        agent = next((a for a in clause.args if a.role == "agent"), None)
        if agent is not None and not _junk_arg(doc, agent, rules):
            state, tokens = _placed_state(doc[clause.verb], rules)  # "put on hold by X": put_on_hold
            yield _triple(clause, doc, doc_id, sent_index, sent_text, _named_object(doc, agent), [*pred, *state],
                          subj, 0.0, extra_words=tokens)  # "by the Finance Minister, Ben Tarr": Ben Tarr
        pred = ["be", *pred]
    main = clause.main()
    had_object = main is not None and main.role != "agent"
    # the direct object, or the complement of "become", "remain" ("became a partner at Orlen
    # Bank": become_partner_at, not become_at), whose words a later preposition carries
    direct = main if main is not None and main.role in ("dobj", "attr") and not _junk_arg(doc, main, rules) \
        and doc[main.head].ent_type_ not in _TIME_ENTS else None
    if main is not None and (main.role == "agent" or _is_wh(doc, main) or _junk_arg(doc, main, rules)):
        main = None
    reporting = doc[clause.verb].lemma_.lower() in rules.reporting_verbs
    if main is not None and main.role in ("dobj", "dative") and reporting:
        # "told Reuters that the plant will close": what was said is the fact, not whom to
        claim = next((a for a in clause.args if a.role == "claim"), None)
        if claim is not None and _named_addressee(doc, main, doc[clause.verb], rules):
            # "warned Kestria that sanctions would follow": the warning is an act between two
            # actors too (the graph leaves out what is told to an outlet: a source, no act)
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, pred, main, 0.0)
        main = claim or main
    if main is not None and main.role in ("dobj", "attr") and doc[main.head].ent_type_ in _TIME_ENTS:
        main, had_object = None, False  # "served over 20 years in jail": a duration, not a participant
    used_prep = -1
    if main is not None and not clause.passive:
        light = _light_verb(clause, doc, main, rules)
        if light is not None:
            lemmas, noun, obj = light
            mood = noun_mood(doc[noun], rules.event_moods)  # "reached a tentative deal with X"
            # one edge each, and one for each named member ("granted approval to 11 firms
            # including Orvane Steel and Kestford Mining": approve / Orvane Steel)
            for each in [*_conjunct_args(doc[obj.head], obj.role, obj.prep),
                         *_member_args(doc[obj.head], obj.role, obj.prep, rules)]:
                t = _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, each, 0.0,
                            extra_words=(noun,))
                yield replace(t, modality=t.modality or mood) if mood else t
            main, used_prep = None, obj.prep
        else:
            named = _naming(clause, doc, main, rules)
            if named is not None:
                # "called Camp Delta a scandal" -> Camp Delta / is_called / scandal, "saw Kestria
                # as a homeland" -> Kestria / is_seen_as / homeland: said by the caller
                label, words = named
                if not _given_post(doc[clause.verb], doc[label.head]):  # "named Orr head of X": no name
                    t = _triple(clause, doc, doc_id, sent_index, sent_text, main, ["is", *words], label, 0.0)
                    yield replace(t, attribution=t.attribution or _mention(doc, subj, doc_id, sent_index).text)
                if doc[subj.head].ent_type_ in _ACTOR_ENTS and doc[main.head].ent_type_ in _ACTOR_ENTS:
                    # "Valdoria characterized Kerrin as the mastermind": the act, between two actors
                    # "called Tom Orr a 'family man'": call_family_man, not call_man
                    said = _label_words(doc[label.head])
                    lemmas = [*pred, *words[1:], *(doc[i].lemma_.lower() for i in said)]
                    yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, main, 0.05,
                                  extra_words=said)
                main, used_prep = None, (label.prep if label.prep >= 0 else -2)
    if main is not None:
        of_prep = _of_object(clause, doc, main, rules)
        said = reporting and any(a.role == "claim" for a in clause.args)
        words, tokens = _complement(clause, doc, main, of_prep, rules) if not said else ((), ())
        recipient = None if reporting else _recipient(clause, doc, main, rules)
        given = _object_words(doc, main, rules) if recipient is not None and doc[main.head].pos_ == "NOUN" else ()
        empty = pred == [doc[clause.verb].lemma_.lower()] and pred[0] in rules.empty_verbs and not words \
            and doc[main.head].ent_type_ not in _ACTOR_ENTS  # "made his money": says nothing alone
        empty = empty or _partnered_object(clause, doc, main, rules)
        if not (given and doc[recipient.head].ent_type_ in _ACTOR_ENTS) and not empty:
            # "gave Kestria a 6-0 lead": give_lead_to Kestria below says it all, with whom
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, [*pred, *words], _named_object(doc, main),
                          0.0, obj_exclude=of_prep.i if of_prep is not None else -1, extra_words=tokens)
        if of_prep is not None:
            # "accused the militia of rocket attacks" -> US / accuse_of / rocket attacks
            pobj = next(c for c in of_prep.children if c.dep_ == "pobj")
            start, end = arg_bounds(pobj)
            of_arg = Arg(start, end, pobj.i, "prep", prep=of_prep.i)
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, [*pred, "of"],
                          of_arg, 0.05)
        for extra, prep, carried in _object_extras(doc, main, rules, owners=not reporting):
            lemmas = pred if prep is None else [*pred, *(doc[i].lemma_.lower() for i in carried), prep]
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, extra, 0.08,
                          extra_words=carried)
        if recipient is not None:
            # "paid Globex $5 million", "gave Ukraine tanks" -> pay_to / Globex, give_tank_to / Ukraine
            lemmas = [*pred, *(doc[i].lemma_.lower() for i in given), "to"]
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, recipient, 0.08,
                          extra_words=given)
    if main is None and not clause.passive:
        under = _under_state(clause, doc, rules)
        if under is not None:
            # "came under fire from the Orlen Party (for the plan)": come_under_fire_from /
            # Orlen Party (come_under_fire_for / plan), not come_under / fire and come_from: the
            # state's words join the relation of each participant after it
            under_arg, partners = under
            pred = [*pred, "under", doc[under_arg.head].lemma_.lower()]
            for partner in partners:  # "by Kestria", hung off the noun
                yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, [*pred, doc[partner.prep].lower_],
                              partner, 0.0, extra_words=(under_arg.prep, under_arg.head))
            clause = replace(clause, args=[a for a in clause.args if a is not under_arg])
    for partner, predicate in _encounters(clause, doc, rules):
        # "In a meeting with Erdogan, Khamenei delivered a warning": Khamenei met Erdogan, whatever
        # the clause denies of the warning
        t = _triple(clause, doc, doc_id, sent_index, sent_text, subj, predicate.split("_"), partner, 0.05)
        yield replace(t, negated=False)
    # a junk object still was an object: the PPs stay adjuncts ("At X's direction,
    # forces conducted necessary ... strikes" gives no conduct_at)
    has_object = had_object or agent is not None
    rank = _rank_reached(doc[clause.verb], rules)  # "moved to third on the league": move_to_third_on
    for arg in clause.args:
        if arg.role != "prep" or doc[arg.prep].lower_ in rules.idle_prepositions or arg.prep == used_prep:
            continue
        if reporting and doc[arg.prep].lower_ not in rules.report_prepositions:
            continue  # "said in Kuwait", "said on CNBC's Trading Nation": where, not to whom
        head = doc[arg.head]
        if head.pos_ in _VERBISH or head.pos_ in _NOT_ARG_POS or _is_wh(doc, arg):
            continue
        if _junk_arg(doc, arg, rules):
            continue  # "simmered since then"
        if head.ent_type_ in rules.circumstance_types or head.lemma_ in rules.circumstance_nouns \
                or head.lower_ in rules.holiday_words:
            continue
        if doc[arg.prep].lower_ in rules.time_prepositions and head.pos_ == "NOUN" and not head.ent_type_:
            continue  # "spoke after the Indian strikes", "resigned before the vote": when, not with whom
        members = _member_args(head, "prep", arg.prep, rules) if arg.prep > clause.verb else []
        only_members = False
        if has_object and (arg.prep < clause.verb or not (_is_node(head, rules) or _moved_out(doc, arg, direct))):
            if not members:
                continue  # "At Biden's direction, forces conducted strikes": a circumstance
            only_members = True  # "raised money from leagues including Orlen Bank": from Orlen Bank
        if arg.prep < clause.subj.start and not _is_node(head, rules):
            continue  # "In an update, the company explained ...": a frame, not a participant
        carried: tuple[int, ...] = ()
        if direct is not None and used_prep == -1 and arg.prep > direct.head:
            target = (doc[direct.head].lemma_.lower() in rules.target_nouns
                      and doc[arg.prep].lower_ in ("on", "against", "at"))  # "airstrikes on Gaza"
            if doc[arg.prep].lower_ in rules.place_prepositions and head.ent_type_ in _PLACE_ENTS and not target:
                continue  # "arrested two men in Basra": where it happened (the fact's place)
            if _amount(doc[direct.head], rules):
                pass  # "invested $5 million in Vellco": the money went there, no place of a second participant
            elif _is_node(doc[direct.head], rules) or doc[direct.head].pos_ in ("PROPN", "PRON"):
                if doc[arg.prep].lower_ in rules.place_prepositions:
                    continue  # "told Reuters in La Paz": where it happened, not a second participant
            else:
                # "used a testing site at Cape Canaveral" -> use_testing_site_at: the object stays
                carried = _object_words(doc, direct, rules)
        penalty = 0.1 if has_object else 0.0
        carried = (*rank, *carried)
        lemmas = [*pred, *(doc[i].lemma_.lower() for i in carried), *_prep_words(doc[arg.prep])]
        if "_".join(lemmas) in rules.stop_predicates:
            continue  # "said of Lisk, '...'": the quotation is the fact
        aim, aim_tokens = _called_to(doc[clause.verb], head, rules)  # "called on the FDA to streamline"
        if lemmas[-1:] == ["to"] and aim[:1] == ("to",):
            aim = aim[1:]  # "appealed to Ana Vell to team up": appeal_to_team_up, one "to"
        if not only_members:
            for each in _prep_conjuncts(doc, arg):  # "met with Tom Orr and Ana Vell": each
                yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, [*lemmas, *aim],
                              _named_object(doc, each), penalty, extra_words=(*carried, *aim_tokens))
        for member in members:  # "from leagues including X": from X
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, [*lemmas, *aim], member,
                          penalty + 0.08, extra_words=(*carried, *aim_tokens))
        has_object = True
        if direct is None:
            for partner, words in _partners_of_noun(doc, arg, rules):
                lemmas = [*pred, *(doc[i].lemma_.lower() for i in words)]
                yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, partner, 0.08,
                              extra_words=words[1:-1])


def _prep_conjuncts(doc: Doc, arg: Arg) -> list[Arg]:
    """A prepositional object and each of its conjuncts as arguments of their own ("met with
    Tom Orr and Ana Vell": Orr, Vell), the way a direct object's are; a word the parser made a
    conjunct before the next one is that one's modifier ("between Kestria and neighboring
    Vellia": no "neighboring")."""
    heads = _conjuncts(doc[arg.head])
    if len(heads) == 1:
        return [arg]
    ids = {t.i for t in heads}
    return [Arg(*arg_bounds(t), t.i, arg.role, prep=arg.prep, group=arg.group)
            for t in heads if t.i + 1 not in ids and not (t.i != arg.head and (_next_subject(t) or _excepted(t)))]


def _excepted(conj: Token) -> bool:
    """Whether a conjunct follows "but" or "except": "warned against all but urgent trips"
    excepts the urgent trips, it warns against none of them."""
    left = conj.left_edge.i
    return left > 0 and conj.doc[left - 1].lower_ in ("but", "except")


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _next_subject(conj: Token) -> bool:
    """Whether a conjunct is really the subject of the next clause, which the parser joined to
    the object before it: "was shown on local news and neighbours of the family quickly
    assembled", "rose by 5 per cent and sales in shops fell" (the next finite verb has no
    subject and no "and" of its own), "has joined the programme and managing director Ana Vell
    said" (a named subject follows the conjunct)."""
    doc = conj.doc
    after = conj.right_edge.i + 1
    if after < len(doc) and doc[after].pos_ == "PROPN" and (
            doc[after].dep_ == "nsubj" or doc[after].head.dep_ == "nsubj" and doc[after].head.i > after):
        return True
    for tok in doc[after:min(after + 8, conj.sent.end)]:
        if tok.tag_ not in _FINITE_TAGS and not (  # "relatives already gathered", tagged a participle
                tok.tag_ == "VBN" and tok.dep_ in ("advcl", "conj", "ccomp")
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
            continue
        before = next((t for t in reversed(doc[conj.i:tok.i]) if t.pos_ not in ("ADV", "AUX", "PART")), None)
        return not any(c.dep_ in _SUBJ_DEPS for c in tok.children) and before is not None \
            and before.lower_ not in ("and", "or", "but", ",")
    return False


def _copula_partners(clause: Clause, doc: Doc, doc_id: str, sent_index: int, sent_text: str,
                     rules: ClauseRules) -> Iterator[RawTriple]:
    """The one fact of a "be" clause the clause extractor states (the nominal extractor reads
    the rest): a partner reached through a prepositional noun, "Varo is in talks with Ulm
    Bank" -> be_in_talk_with / Ulm Bank."""
    subj = _named_subject(doc, clause.subj)
    if _junk_arg(doc, subj, rules) or _is_wh(doc, subj):
        return
    for arg in clause.args:
        if arg.role != "prep":
            continue
        for partner, words in _partners_of_noun(doc, arg, rules):
            lemmas = [*clause.lemmas, *(doc[i].lemma_.lower() for i in words)]
            yield _triple(clause, doc, doc_id, sent_index, sent_text, subj, lemmas, partner, 0.08,
                          extra_words=words[1:-1])


def _partners_of_noun(doc: Doc, arg: Arg, rules: ClauseRules) -> Iterator[tuple[Arg, tuple[int, ...]]]:
    """The actors a verb's prepositional noun reaches: "entered into an agreement with Genoa
    Systems" -> (Genoa Systems, into agreement with): the noun and both prepositions are
    relation words, each named conjunct an argument (``noun_partner_hosts`` and
    ``noun_partner_prepositions`` of data/clauses.yaml)."""
    noun = doc[arg.head]
    if noun.pos_ != "NOUN" or noun.ent_type_ or _is_node(noun, rules) or (
            doc[arg.prep].lower_ not in rules.noun_partner_hosts):
        return
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in rules.noun_partner_prepositions:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        for each in _conjunct_args(pobj, "prep", c.i):
            if _is_node(doc[each.head], rules):
                yield each, (arg.prep, *_object_words(doc, arg, rules), c.i)


def _encounters(clause: Clause, doc: Doc, rules: ClauseRules) -> list[tuple[Arg, str]]:
    """The named partners of a meeting the clause happened in, each with the meeting's predicate:
    "In a meeting with Erdogan, Khamenei ...", "during a phone call with Tom Orr", "in talks with
    Vellco" (a phrase of ``encounter_prepositions`` on the verb whose noun is one of
    ``encounter_nouns``, its "with" naming an actor) -> (Erdogan, "meet"), (Tom Orr, "speak_with").
    Only on a verb with a subject of its own: "accused Ukraine of sabotaging the talks during a
    call with Tom Orr" hangs the call on "sabotaging", whose doer is no caller."""
    found = []
    verb = doc[clause.verb]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return found
    for where in verb.children:  # a phrase before the subject too: "In a meeting with X, Y ..."
        noun = _prep_object(where)
        if noun is None or where.lower_ not in rules.encounter_prepositions:
            continue
        predicate = rules.encounter_nouns.get(noun.lower_) or rules.encounter_nouns.get(noun.lemma_.lower())
        if predicate is None:
            continue
        for prep in noun.children:
            pobj = _prep_object(prep)
            if prep.lower_ == "with" and pobj is not None and pobj.ent_type_ in _ACTOR_ENTS:
                found += [(a, predicate) for a in _conjunct_args(pobj, "prep", prep.i)
                          if doc[a.head].ent_type_ in _ACTOR_ENTS]
    return found


def _under_state(clause: Clause, doc: Doc, rules: ClauseRules) -> tuple[Arg, list[Arg]] | None:
    """A state the verb puts its subject under when someone puts it there: "came under attack
    by Kestria", "was under pressure from Vellia and Orlen", "fell under the control of rebels"
    (``under_nouns``, ``under_prepositions``) -> the "under" argument and the partners hung off
    its noun (a partner's preposition on the verb is the clause's own argument). None without a
    named partner: "came under pressure" stays as written."""
    verb = doc[clause.verb]
    for arg in clause.args:
        noun = doc[arg.head]
        if arg.role != "prep" or doc[arg.prep].lower_ != "under" or noun.lemma_.lower() not in rules.under_nouns:
            continue
        own = [c for c in noun.children if c.dep_ in ("prep", "agent")]
        later = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.i > noun.i]
        partners, named = [], False
        for prep in [*own, *later]:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.lower_ in rules.under_prepositions and pobj is not None and _is_node(pobj, rules):
                named = True
                if prep in own:
                    partners += [a for a in _conjunct_args(pobj, "prep", prep.i) if _is_node(doc[a.head], rules)]
        return (arg, partners) if named else None
    return None


def _recipient(clause: Clause, doc: Doc, main: Arg, rules: ClauseRules) -> Arg | None:
    """The named indirect object of a clause whose main object is its direct object: the
    recipient in "paid Globex $5 million", which the main triple (pay / $5 million) loses."""
    if main.role != "dobj":
        return None
    dative = next((a for a in clause.args if a.role == "dative"), None)
    if dative is None or doc[dative.head].pos_ not in ("PROPN", "NOUN") or _junk_arg(doc, dative, rules):
        return None
    return dative if _is_node(doc[dative.head], rules) else None


def _object_words(doc: Doc, obj: Arg, rules: ClauseRules) -> tuple[int, ...]:
    """The head of a direct object with at most two nouns compounded onto it: what a
    relation keeps of its object when a prepositional participant follows. Amounts are no
    relation words ("a 2.5 mln dlr advance to X" -> advance; "six pct of Y to X" -> none),
    nor is a measure ("a 48-hour dispersal order for X" -> dispersal order, not "hour")."""
    head = doc[obj.head]
    words = [c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
             and not any(g.dep_ == "nummod" for g in c.children)]
    return tuple(i for i in (*words[-2:], head.i) if not _amount(doc[i], rules))


def _amount(token: Token, rules: ClauseRules) -> bool:
    """A unit or a part of an amount ("dlr", "pct", "worth", a MONEY entity; ``amount_words``)."""
    return token.ent_type_ in AMOUNT_TYPES or token.lower_ in rules.amount_words


_LIGHT_PREPS = ("to", "on", "against", "with", "at", "for", "of", "into")


def _light_verb(clause: Clause, doc: Doc, main: Arg, rules: ClauseRules) -> tuple[list[str], int, Arg] | None:
    """A light verb and its object noun read as the noun's relation (``light_verbs``).

    "made a surprise visit to Iraq" -> (["visit"], the noun, Iraq): the participant is
    the noun's prepositional object, or the verb's when the parser hung the preposition
    there ("paid tribute to the victims"). None when the pair is not listed or no
    participant follows.
    """
    if main.role != "dobj" or not rules.light_verbs:
        return None
    noun = doc[main.head]
    predicates = rules.light_verbs.get(f"{'_'.join(clause.lemmas)} {noun.lemma_.lower()}")
    if predicates is None:
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in predicates]
    preps += [c for c in doc[clause.verb].children
              if c.dep_ in ("prep", "dative") and c.i > noun.i and c.lower_ in predicates]
    for prep in preps:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is not None and not _junk_arg(doc, Arg(pobj.i, pobj.i + 1, pobj.i, "prep"), rules):
            start, end = arg_bounds(pobj)
            return predicates[prep.lower_].split("_"), noun.i, Arg(start, end, pobj.i, "prep", prep=prep.i)
    return None


def noun_mood(noun: Token, moods: frozenset[str]) -> str | None:
    """The word before an act's noun that says it is not (or not yet) done or whole, as written
    ("expected" visit, "failed" bid, "tentative" deal, "in-principle" approval: ``event_moods``),
    or None. For a light verb's noun (:func:`_light_verb`) and an act written as a noun."""
    doc = noun.doc
    for c in noun.lefts:
        if c.dep_ not in ("amod", "compound", "advmod", "nmod"):
            continue
        if c.lower_ in moods:
            return c.lower_
        words = doc[c.left_edge.i:c.right_edge.i + 1].text.lower()  # "in-principle", three tokens
        if words in moods:
            return words
    return None


def _member_args(head: Token, role: str, prep: int, rules: ClauseRules) -> list[Arg]:
    """An argument for each named member of a plural noun of ``member_nouns`` that names its
    members ("11 firms including Orvane Steel and Kestford Mining", "leaders such as Tom
    Orr": :func:`named_members`): each is one of the noun's, and takes its part in the fact."""
    if head.lemma_.lower() not in rules.member_nouns:
        return []
    return [Arg(*arg_bounds(m), m.i, role, prep=prep) for m in named_members(head, rules)]


def _conjunct_args(head: Token, role: str, prep: int = -1) -> list[Arg]:
    """The argument headed by ``head`` and one for each of its conjuncts ("a deal with X
    and Y": X, Y)."""
    return [Arg(*arg_bounds(t), t.i, role, prep=prep) for t in _conjuncts(head)]


def _naming(clause: Clause, doc: Doc, main: Arg, rules: ClauseRules) -> tuple[Arg, list[str]] | None:
    """The name or label of "called X a scandal", "branded rioters an embarrassment" (the
    object predicate, ``oprd``, of a naming verb) or of "saw X as a homeland", "described
    the deal as a betrayal" (the "as" phrase of an ``as_verbs`` verb), with the predicate
    words that say it of the direct object: ("called",), ("seen", "as")."""
    verb = doc[clause.verb]
    lemma = verb.lemma_.lower()
    if main.role != "dobj":
        return None
    if lemma in rules.naming_verbs or lemma in rules.as_verbs:
        label = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in _NOUNISH), None)
        if label is not None:  # "called X a scandal", "considers X a province" (no "as")
            return Arg(*arg_bounds(label), label.i, "attr"), [rules.as_verbs.get(lemma, "called")]
    if lemma in rules.as_verbs:
        for arg in clause.args:
            if (arg.role == "prep" and doc[arg.prep].lower_ == "as" and arg.prep > main.head
                    and doc[arg.head].pos_ in _NOUNISH):
                return replace(arg, role="attr"), [rules.as_verbs[lemma], "as"]
        for prep in verb.children:  # "see the wall as ineffective and costly": an adjective
            adj = next((c for c in prep.children if c.pos_ == "ADJ" and c.dep_ in ("amod", "acomp", "pobj")), None)
            if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > main.head and adj is not None:
                return Arg(adj.left_edge.i, adj.right_edge.i + 1, adj.i, "attr"), [rules.as_verbs[lemma], "as"]
    return None


def _given_post(verb: Token, label: Token) -> bool:
    """Whether "named X <label>" gives X a post, not a name: "named Ana Lisk head of Vellco",
    "named Orr its chief executive" (a title's word)."""
    return verb.lemma_.lower() == "name" and is_title_word(label.text)


def _post_title(prep: Token, head: Token) -> bool:
    """Whether the head after "as" is a post the tagger took for a name: "as Minister of
    Justice" (no entity, a title's word)."""
    return prep.lower_ == "as" and head.pos_ == "PROPN" and is_title_word(head.text)


def _post_portfolio(head: Token) -> list[Token]:
    """The one-word portfolio after a post: "minister of justice" -> of, justice; none when
    it names an actor (that is an edge of its own) or says more."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.ent_type_ or obj.pos_ not in ("NOUN", "PROPN") or len(list(obj.subtree)) != 1:
        return []
    return [of, obj]


def _label_words(head: Token) -> tuple[int, ...]:
    """A label's head with the words that make it what was said, at most two before it
    ("family man", "corrupt politician"), no article, quote or number."""
    words = [c.i for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]
    return (*words[-2:], head.i)


def _named_subject(doc: Doc, subj: Arg) -> Arg:
    """The name in apposition to a descriptive subject: "Co-founder and CEO of OpenAI, Sam
    Altman, has taken to ..." -> Sam Altman (also from a conjunct of the description); so too
    a party member named by her party: "The state's top Democrat, Ana Lisk, said" -> Ana Lisk."""
    head = doc[subj.head]
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
    member = head.ent_type_ == "NORP" and named
    # "the Takoradi Sector Commander, Walter Blankson, ordered": an office the model tagged a
    # name is still the person's named after it
    office = named and head.ent_type_ not in ("PERSON", "GPE") and is_title_word(head.text)
    titled = _titled_holder(head)
    if titled is not None and subj.role == "subj":
        return Arg(*arg_bounds(titled, mention=True), titled.i, "subj")
    if (head.ent_type_ and not member and not office) or subj.role != "subj":
        return subj
    # "Kestria's army chief and de facto head of state, Tom Orr, has ...": the name after the
    # second description names the first too (not "the president and his aide, Tom Orr": a
    # determiner or an owner opens another person)
    holders = [head, head.head] if head.dep_ == "conj" else [head, *(
        c for c in head.children if c.dep_ == "conj" and not any(g.dep_ in ("det", "poss") for g in c.children))]
    if head.dep_ in _SUBJ_DEPS and head.i + 1 < len(doc) and doc[head.i + 1].text == "-" \
            and not head.whitespace_:
        holders.append(doc[head.i + 2]) if head.i + 2 < len(doc) else None  # "Co" of "Co-founder"
    for holder in holders:
        name = next((c for c in holder.children if _appos_name(c)), None)
        if name is None:
            name = _person_after_phrase(holder)
        if name is not None:
            start, end = arg_bounds(name)
            return Arg(start, end, name.i, "subj")
    return subj


def _prep_object(prep: Token) -> Token | None:
    """The object of a prepositional phrase ("for" -> "Orlen" of "for Orlen"), or None when
    ``prep`` heads none."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None


def _titled_holder(head: Token) -> Token | None:
    """The person a body's name and her title run into: "Kestford Department of Public Health
    Commissioner Ana Vell told ..." parses as the department telling, with her name under its
    "of"; the body's name reaching into that phrase shows the misparse ("the office of
    President Tom Orr" is the office's)."""
    if head.ent_type_ != "ORG":
        return None
    _, end = _with_entity(head, head.i, head.i + 1)  # the body's name ends before ``end``
    for prep in head.rights:
        pobj = _prep_object(prep)
        if pobj is None or pobj.ent_type_ != "PERSON" or prep.lower_ not in ("of", "for") or end <= prep.i + 1:
            continue
        before = pobj.doc[end] if end < len(pobj.doc) else None
        if before is not None and before.ent_type_ != "PERSON" and is_title_word(before.text):
            return pobj
    return None


def _appos_name(tok: Token) -> bool:
    """Whether an apposition is a name: an actor's entity, or a proper noun that opens with a
    first name the model left untagged ("the Minister of Trade, Bo Tarr"); not one counted
    out by a quantifier ("13 senators, all Democrats,": what the senators are)."""
    if any(c.dep_ in ("det", "predet") and c.lower_ in _QUANTIFIERS for c in tok.lefts):
        return False
    return tok.dep_ == "appos" and (tok.ent_type_ in _ACTOR_ENTS or (
        tok.pos_ == "PROPN" and not tok.ent_type_ and tok.left_edge.i < tok.i and tok.left_edge.pos_ == "PROPN"
        and tok.left_edge.is_title and is_first_name(tok.left_edge.text)))


_CASE_MARKS = frozenset({"v.", "v", "vs.", "vs"})  # "Kestria v. Orr": a court case's name


def _named_object(doc: Doc, obj: Arg) -> Arg:
    """The name in apposition to a descriptive object or passive agent: "met with Orlen's founder,
    Ada Lisk" -> meet_with Ada Lisk, "approved by the Finance Minister, Ben Tarr" -> Ben Tarr,
    "shelled the capital, Brezna" -> Brezna, "beat the league
    champion Brenham Hawks" -> Brenham Hawks (the description is the name's own fact, from the
    nominal extractor)."""
    head = doc[obj.head]
    titled = head.pos_ == "PROPN" and is_title_word(head.text)  # "the Minister of Health, Ana Orr"
    if (head.ent_type_ or head.pos_ != "NOUN") and not titled or obj.role not in ("dobj", "prep", "agent") \
            or head.head.lemma_ == "have":
        return obj  # "has a co-founder, Ada Lisk": the co-founder is the fact
    name = next((c for c in head.rights if _appos_name(c)
                 and (doc[c.left_edge.i - 1].text == "," or c.left_edge.i == head.i + 1)), None)
    if name is None or any(t.lower_ in _CASE_MARKS for t in name.subtree):
        return obj  # "another case, United States v. Orr": a case's name, no party to it
    start, end = arg_bounds(name)
    return Arg(start, end, name.i, obj.role, prep=obj.prep, group=obj.group)


def _person_after_phrase(holder: Token) -> Token | None:
    """A person's name the parser hung on the last noun of the subject's own phrase: "Her
    pick for farm minister, Ada Lisk, had warned her" -> Ada Lisk (the minister's
    apposition in the tree). Only a person, and only after a phrase that names none, nor a
    kind of place ("riots in the capital, Orlen," name the capital: ``place_of_nouns``)."""
    doc = holder.doc
    for prep in holder.rights:
        pobj = _prep_object(prep)
        # "The Member of Parliament for Orlen, Tom Orr": a seat, then its member's name
        seat = pobj is not None and prep.lower_ == "for" and pobj.ent_type_ == "GPE"
        if pobj is None or pobj.ent_type_ in ("PERSON", "GPE", "LOC", "FAC") and not seat \
                or pobj.lemma_.lower() in name_tables().place_of_nouns:
            continue  # "the paper in Brenham, Texas": a town and its state
        name = next((c for c in pobj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None and all(t.is_punct for t in doc[name.right_edge.i + 1 : holder.right_edge.i + 1]):
            return name
    return None


def _own_finite(verb: Token) -> bool:
    """Whether a conjunct verb is finite where the verb it is joined to stands bare after
    "do" or a modal: "did not close the border and opened talks" — "opened" is not under
    "did not", so it keeps neither the negation nor the auxiliary."""
    head = verb.head
    return (verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB"
            and any(c.dep_ == "aux" and (c.lemma_.lower() == "do" or c.tag_ == "MD") for c in head.children))


def _adjective_conjunct(verb: Token) -> bool:
    """A present-tense "verb" coordinated into a past-tense one with no subject or auxiliary
    of its own: an adjective the tagger missed ("conducted necessary and proportionate
    strikes")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or verb.head.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in _SUBJ_DEPS or c.dep_ in _AUX_DEPS for c in verb.children)


def _object_extras(doc: Doc, main: Arg, rules: ClauseRules, *,
                   owners: bool = True) -> Iterator[tuple[Arg, str | None, tuple[int, ...]]]:
    """More objects hanging on the direct object: (argument, preposition, object words the
    relation carries).

    "killed three people, including the leader of X" -> kill / leader of X (same
    predicate, the object a kind of actor: ``member_nouns``; "led acquisitions, including
    Marvel" -> lead_acquisition_of / Marvel); "received funding from Iran" -> receive_funding_from / Iran (a source or
    recipient that is an actor, which the parser hung on the object noun; "has business
    ties to X" is have_business_tie_to, not have_to); "signed a deal
    with Valdor", "imposed sanctions on Tessaly", "brokered a peace between X and Y" ->
    sign_deal_with / Valdor, impose_sanction_on / Tessaly, broker_peace_between / X and Y
    (``object_prepositions``: the object noun stays in the relation, each conjunct an edge);
    with ``owners``, the named owner of the object noun ("led the takeover of Varo Mining",
    "rejected Halden Steel's offer"; not after a reporting verb, whose object is what was said,
    nor when the noun's apposition names the one it means: "slammed Vellia's envoy, Dan Orr").
    A noun a named other owns keeps its participants: "welcomed Lisk's deal with Orlen Bank"
    gives no welcome_deal_with edge (the deal is Lisk's).
    """
    if main.role != "dobj":
        return
    owned = _named_owner(doc[main.head])
    owners = owners and not _named_apposition(doc[main.head])
    for c in doc[main.head].children:
        if c.dep_ != "prep":
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None or _junk_arg(doc, Arg(pobj.i, pobj.i + 1, pobj.i, "prep"), rules):
            continue
        word = c.lower_
        if any(g.lower_ == "such" for g in c.children):
            word = f"such {word}"
        if owned and word not in rules.member_prepositions:
            continue  # "welcomed Lisk's deal with Orlen Bank": the deal is Lisk's, not the subject's
        if word == "including" or word in rules.member_prepositions and doc[main.head].tag_ in ("NNS", "NNPS") \
                and doc[main.head].lemma_.lower() in rules.member_nouns:  # "met leaders such as Tom Orr"
            kind = doc[main.head].lemma_.lower() in rules.member_nouns or doc[main.head].pos_ != "NOUN"
            for each in _conjunct_args(pobj, "dobj"):
                if kind or doc[each.head].ent_type_ not in _ACTOR_ENTS:
                    yield each, None, ()  # "killed three people, including X"; "measures, including a ban"
                else:
                    yield each, "of", (main.head,)  # "led acquisitions, including Marvel": of Marvel
        elif word == "to" and doc[main.head].lemma_.lower() in rules.envoy_nouns:
            continue  # "attacked the High Commissioner to Kestria": where the envoy is sent
        elif word in ("from", "to") and (_is_node(pobj, rules) or (members := _member_args(pobj, "prep", c.i, rules))):
            if _after_age(doc[main.head], c):
                continue  # "met Tom Vell, 27, from Orlen": where he is from
            carried = _owned_words(doc, main, rules) if doc[main.head].pos_ == "NOUN" else ()
            # the participant, or each named member ("raised money from leagues including Orlen Bank")
            for each in [Arg(*arg_bounds(pobj), pobj.i, "prep", prep=c.i)] if _is_node(pobj, rules) else members:
                yield each, word, carried
        elif word in rules.object_prepositions and doc[main.head].pos_ == "NOUN":
            carried = _object_words(doc, main, rules)
            for each in _conjunct_args(pobj, "prep", c.i):
                if _is_node(doc[each.head], rules) or (doc[each.head].pos_ == "PROPN" and
                                                       doc[each.head].ent_type_ not in rules.circumstance_types):
                    yield each, word, carried  # not "sent a letter on Monday": a date
        elif word in rules.actor_object_prepositions and doc[main.head].pos_ == "NOUN" \
                and pobj.pos_ == "PROPN" and pobj.ent_type_ in _ACTOR_ENTS:
            carried = _object_words(doc, main, rules)  # "voiced support for Kestria": not a price
            for each in _conjunct_args(pobj, "prep", c.i):
                if doc[each.head].ent_type_ in _ACTOR_ENTS:
                    yield each, word, carried
        elif owners and _owns(doc[main.head], pobj, word, rules) \
                and doc[main.head].lemma_.lower() not in rules.owned_nouns and not _multiplied(doc[main.head], rules):
            # not "urged the management of Orvane Bank to cut rates": the actor graph reads a
            # noun an owner stands in for as its owner (urge_to_cut_rate / Orvane Bank), where
            # urge_management_of would say it again, garbled
            carried = _owned_words(doc, main, rules)
            for each in _conjunct_args(pobj, "prep", c.i):
                if doc[each.head].ent_type_ in _ACTOR_ENTS:
                    yield each, word, carried
    if owners:
        yield from _possessor(doc, main, rules)


def _multiplied(noun: Token, rules: ClauseRules) -> bool:
    """Whether an object is a multiple of another's ("half the cars of X", "twice the revenue
    of Y", "three times the budget of Z": ``multiplier_words``): the "of" names what it is
    compared with, no owner of the subject's."""
    return any(t.lower_ in rules.multiplier_words for t in noun.doc[noun.left_edge.i:noun.i])


def _after_age(noun: Token, prep: Token) -> bool:
    """Whether a phrase on a noun follows the person's age written between commas ("Tom
    Vell, 27, from Orlen"): it describes the person, not the verb's action."""
    return any(c.dep_ == "appos" and c.like_num and noun.i < c.i < prep.i for c in noun.children)


def _named_addressee(doc: Doc, arg: Arg, verb: Token, rules: ClauseRules) -> bool:
    """Whether the one a statement is made to is a named participant: an actor's name after a
    verb of addressing someone (``addressed_verbs``: "warned Kestria", "assured the mission"),
    not a pronoun or a common noun ("told reporters"). After "tell" or "inform"
    (``told_verbs``) an organisation is most often the outlet the words were given to ("told
    the Orlen Star"): only a person or a place counts there."""
    head = doc[arg.head]
    lemma = verb.lemma_.lower()
    if head.pos_ != "PROPN" or head.ent_type_ not in _ACTOR_ENTS or lemma not in rules.addressed_verbs:
        return False
    return lemma not in rules.told_verbs or head.ent_type_ != "ORG"


def _named_apposition(noun: Token) -> bool:
    """Whether a common noun is followed by the name of the one it means ("slammed the mayor
    of Brezna, Dan Orr"): the fact is about Dan Orr, and Brezna owns no part of it (his
    title gives Dan Orr / mayor_of / Brezna)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in _ACTOR_ENTS for c in noun.children)


def _named_owner(noun: Token) -> bool:
    """Whether a noun is a named other's ("Lisk's deal"): its participants are the
    owner's, not those of the verb's subject (a possessive pronoun may be the subject's)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _owns(noun: Token, pobj: Token, prep: str, rules: ClauseRules) -> bool:
    """Whether the named actor after ``prep`` owns the object ``noun``: "the takeover of
    Varo Mining" (``owner_prepositions``, any actor), "a stake in Varo Mining"
    (``organisation_prepositions``, an organisation or person: a place there is where the
    fact happened); not "the rest of", "the city of" (``unowned_nouns``)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in rules.unowned_nouns or pobj.pos_ != "PROPN":
        return False
    if prep in rules.owner_prepositions:
        return pobj.ent_type_ in _ACTOR_ENTS
    return prep in rules.organisation_prepositions and pobj.ent_type_ in _GROUP_ENTS


def _possessor(doc: Doc, main: Arg, rules: ClauseRules) -> Iterator[tuple[Arg, str | None, tuple[int, ...]]]:
    """The named owner of a possessed object: "rejected Halden Steel's offer" -> (Halden
    Steel, "of", offer): reject_offer_of / Halden Steel. The owner of an act whose "of"
    names what was done to (``object_event_nouns``) is who did it: "condemned Vellia's
    invasion of Kestria" -> condemn_invasion_by / Vellia ("invasion_of Vellia" would be
    Vellia invaded). Pronouns ("his offer") are left to the object as written."""
    noun = doc[main.head]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in rules.unowned_nouns \
            or "of" not in rules.owner_prepositions:
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in _ACTOR_ENTS:
        return
    start, end = arg_bounds(owner)
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if end > start:
        yield Arg(start, end, owner.i, "prep"), _owner_preposition(noun, rules), _owned_words(doc, main, rules)


def _owner_preposition(noun: Token, rules: ClauseRules) -> str:
    """How a relation names a noun's possessor: "by" for who did an act whose "of" names what
    was done to (``object_event_nouns``: "Vellia's invasion of Kestria", "Washington's
    occupation"), "of" for any other owner and for who suffered an act written without its
    "of" (``patient_possessor_nouns``: "Jadhav's arrest" is his arrest, "Orr's removal of the
    judge" Orr's act)."""
    lemma = noun.lemma_.lower()
    if lemma not in rules.object_event_nouns:
        return "of"
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights)
    return "by" if has_of or lemma not in rules.patient_possessor_nouns else "of"


def _owned_words(doc: Doc, obj: Arg, rules: ClauseRules) -> tuple[int, ...]:
    """The object words a relation keeps before the owner, amounts left out ("a 20
    percent stake in X" -> stake)."""
    return tuple(i for i in _object_words(doc, obj, rules)
                 if i == obj.head or doc[i].lemma_.lower() not in rules.unowned_nouns)


def _called_to(verb: Token, pobj: Token, rules: ClauseRules) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """What a named actor the verb's preposition controls is called on to do, folded into its
    edge (lemmas, token indices): "called on the FDA to streamline its process" ->
    call_on_to_streamline / FDA, as "urged Yoon to step down" is urge_to_step_down."""
    if pobj.ent_type_ not in _ACTOR_ENTS:
        return (), ()
    for xc in verb.children:
        if (xc.dep_ == "xcomp" and xc.pos_ in ("VERB", "AUX") and xc.i > pobj.i
                and to_marked(xc)
                and any(t.i == pobj.i for t in _prep_controller(verb, xc))):
            return _aim(xc, rules)
    return (), ()


def _partnered_object(clause: Clause, doc: Doc, main: Arg, rules: ClauseRules) -> bool:
    """Whether the object of a verb of ``partner_object_verbs`` is completed by an actor after
    it ("has warm trade links with Kestria"): the edge with the partner carries the object's
    words (have_trade_link_with), and "have warm trade links" alone says half of it."""
    obj = doc[main.head]
    if clause.lemmas != [doc[clause.verb].lemma_.lower()] or clause.lemmas[0] not in rules.partner_object_verbs \
            or obj.ent_type_ in _ACTOR_ENTS:
        return False
    preps = [*(doc[a.prep] for a in clause.args if a.role == "prep" and a.prep > obj.i),
             *(c for c in obj.children if c.dep_ == "prep")]  # the verb's or the noun's
    return any(g.dep_ == "pobj" and g.ent_type_ in _ACTOR_ENTS and (
        p.lower_ not in rules.place_prepositions or _owns(obj, g, p.lower_, rules)) for p in preps for g in p.children)


def _lets_do(verb: Token, rules: ClauseRules) -> bool:
    """Whether a light verb of ``stop_predicates`` has an object that does what a bare
    infinitive says ("let Vellco buy the port": let_buy_port Vellco, ``bare_infinitive_verbs``)."""
    return verb.lemma_.lower() in rules.bare_infinitive_verbs and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def _aim(infinitive: Token, rules: ClauseRules, *, marked: bool = True) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A "to" infinitive as the words folded into an actor's edge (lemmas, token indices):
    ("to", "step", "down"), or ("not", "to", "interfere") when it is negated, with its plain
    object ("asked Congress to extend martial law" -> ask_to_extend_martial_law: "ask to
    extend" Congress read as extending Congress). ``marked``: False for a bare infinitive,
    written without "to" ("made Orlen pay the fine": make_pay_fine)."""
    chain = _chain(infinitive)  # "asked X to help arrange the murder": help_arrange_murder
    rel, lemmas, negated, _ = _relation(chain, rules)
    own = [t for t in _gerund_object(chain[-1]) if t.i not in rel]
    words = _fold_words(own)
    return (*(("not",) if negated else ()), *(("to",) if marked else ()), *lemmas, *words), (*rel, *(t.i for t in own))


def _complement(clause: Clause, doc: Doc, main: Arg, of_prep: Token | None,
                rules: ClauseRules) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """What is done to an actor object, folded into the relation (lemmas, token indices):
    "urged Yoon to step down" -> urge_to_step_down, "accused Israel of war crimes" ->
    accuse_of_war_crime, "fined Google for abuse" -> fine_for_abuse. Without it the edge
    says only that one actor urged, accused or fined another. What an object is made to do
    is folded for any object ("required private companies to secure a permit" ->
    require_to_secure); the other complements only for an actor object."""
    obj = doc[main.head]
    if main.role != "dobj":
        return (), ()
    verb = doc[clause.verb]
    control = _controls(verb, obj, rules)  # "swept X to become": T1's aim, not X's
    for c in verb.children:
        if control and c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > obj.i \
                and obj.ent_type_ not in _TIME_ENTS:
            if to_marked(c):
                return _aim(c, rules)  # "warned the US not to interfere"
            if verb.lemma_.lower() in rules.bare_infinitive_verbs:  # "made Orlen pay the fine": make_pay_fine
                return _aim(c, rules, marked=False)
    named = obj.ent_type_ in _ACTOR_ENTS or obj.pos_ == "PROPN" and obj.ent_type_ not in _TIME_ENTS \
        or _of_an_actor(obj)  # "urged the coal province of Shanxi to turn to ..."
    if not (named or obj.tag_ == "PRP" and obj.lower_ != "it"):
        return (), ()
    of_verb = verb.lemma_.lower() in rules.of_object_verbs
    preps = [of_prep] if of_prep is not None else []
    placing = verb.lemma_.lower() in rules.placing_verbs  # "put Vellia in the lead": put_in_lead
    with_verb = verb.lemma_.lower() in rules.with_object_verbs  # "charged Orr with fraud"
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i and (
        c.lower_ in rules.complement_prepositions or of_verb and c.lower_ == "of" or with_verb and c.lower_ == "with"
        or placing and c.lower_ in rules.placing_prepositions or _in_doing(c))]
    for prep in preps:
        head = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if head is None or head.ent_type_ or head.pos_ not in ("NOUN", "VERB") and not _post_title(prep, head) \
                or head.lemma_.lower() in rules.circumstance_nouns:
            continue  # "blasted Orr over the course of the campaign": when, not what was done to Orr
        if any(t.dep_ == "nummod" or t.ent_type_ in AMOUNT_TYPES for t in head.children):
            continue  # "acquire X for 40 mln dlrs": a price, not what is done to X
        mods = [t for t in head.children if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < head.i]
        post: list[Token] = []
        if prep.lower_ == "as":  # "appointed Ana Vell as its chief executive": the post's words
            mods = [head.doc[i] for i in _label_words(head)[:-1]]
            post = _post_portfolio(head)  # "chose Orr as minister of justice"
        doing = [doc[prep.i + 1]] if _in_doing(prep) and head.i != prep.i + 1 else []  # "in suspending trading"
        # "praised Vellmont for not sending troops": praise_for_not_send_troop, never its opposite
        negs = [t for t in head.children if t.dep_ == "neg" and t.i < head.i] if head.pos_ == "VERB" else []
        tokens = [prep, *doing, *negs, *mods, head, *post, *_gerund_object(head)]
        words = _fold_words(tokens, {d.i for d in doing})
        return words, tuple(t.i for t in tokens)
    return (), ()


def _placed_state(verb: Token, rules: ClauseRules) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The state a passive verb of ``placing_verbs`` puts its patient in, as folded words and
    their tokens: "has been put on hold by X" -> ("on", "hold"), "was placed under arrest by
    police" -> ("under", "arrest"); () for any other verb or a named place ("put in Orlen")."""
    if verb.lemma_.lower() not in rules.placing_verbs:
        return (), ()
    for prep in verb.children:
        pobj = _prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in rules.placing_prepositions else None
        if pobj is not None and pobj.pos_ == "NOUN" and not pobj.ent_type_ and pobj.i == prep.i + 1:
            return (prep.lower_, pobj.lemma_.lower()), (prep.i, pobj.i)
    return (), ()


def _rank_reached(verb: Token, rules: ClauseRules) -> tuple[int, ...]:
    """The place in a table a verb's "to" phrase reaches ("moved to third on the league",
    "climbed to top of the table": an ordinal or one of ``rank_words``), as token indices
    folded into the verb's other prepositional facts; () when there is none."""
    for prep in verb.children:
        pobj = _prep_object(prep)
        if pobj is not None and prep.lower_ in ("to", "into") and (
                pobj.ent_type_ == "ORDINAL" or pobj.lower_ in rules.rank_words) and pobj.i == prep.i + 1:
            return prep.i, pobj.i
    return ()


def _fold_words(tokens: Sequence[Token], lemmatised: AbstractSet[int] = frozenset()) -> tuple[str, ...]:
    """The words of tokens folded into a relation: an adjective as written ("leading", not
    "lead"), any other word (and the adjectives of ``lemmatised``) as its lemma."""
    return tuple(t.lower_ if t.dep_ == "amod" and t.i not in lemmatised else t.lemma_.lower() for t in tokens)


def _in_doing(prep: Token) -> bool:
    """ "in" or "by" before a gerund: what was done together, or how, never a place ("joined
    PaineWebber in suspending trading" -> join_in_suspend_trading; "will not follow Brazil by
    suspending repayments" -> follow_by_suspend_repayment; the parser may read the gerund as
    the object's modifier)."""
    return prep.lower_ in ("in", "by") and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].tag_ == "VBG"


def _of_an_actor(noun: Token) -> bool:
    """A common noun whose "of" phrase names an actor ("the province of Shanxi", "leaders of
    Hamas"): an object that stands for that actor, so what it is urged to do is folded too."""
    return noun.pos_ == "NOUN" and any(g.ent_type_ in _ACTOR_ENTS for g in of_objects(noun))


def _gerund_object(verb: Token) -> list[Token]:
    """The particle and the plain noun object of a folded gerund, which the relation needs
    ("praised Egypt for taking a leading role" -> praise_for_take_leading_role, not
    praise_for_take); the noun a folded "be" names ("asked Jesus Christ to be his savior" ->
    ask_to_be_savior, never "ask to be" Jesus Christ); none for a named object or one of many
    words."""
    copula = verb.lemma_.lower() == "be"
    if verb.pos_ != "VERB" and not copula:
        return []
    out = [c for c in verb.children if c.dep_ == "prt"]
    obj = next((c for c in verb.children if c.dep_ == ("attr" if copula else "dobj")), None)
    aim = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    to = next((a for a in aim.children if a.dep_ == "aux" and a.lower_ == "to"), None) if aim is not None else None
    if obj is None and to is not None and aim.i > verb.i:
        # "accused Vellia of trying to derail the talks": accuse_of_try_to_derail_talk, not a
        # bare "accuse_of_try"
        return [*out, to, aim, *_gerund_object(aim)]
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return out
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i and not c.ent_type_]
    return out if len(mods) > 2 else [*out, *mods, obj]


def _of_object(clause: Clause, doc: Doc, main: Arg, rules: ClauseRules) -> Token | None:
    """The "of" phrase of a direct object that is really the verb's second object."""
    lemma = doc[clause.verb].lemma_.lower()
    if main.role != "dobj" or lemma not in rules.of_object_verbs:
        return None
    head = doc[main.head]
    if lemma in rules.reporting_verbs and head.pos_ == "NOUN" and not head.ent_type_ and not names_people(head, rules):
        return None  # "told a meeting of Swiss industrialists": whom the meeting was of
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children):
            return c
    return None


def _junk_arg(doc: Doc, arg: Arg, rules: ClauseRules) -> bool:
    """An argument no reader would write down as a participant.

    Adverbs ("then", "there", "now"), an adjective where a noun should be ("conducted
    necessary and proportionate strikes" misparsed), a word fragment ("-", "al-"), and a
    demonstrative or quantifier standing alone ("This comes in the context of ...", "seen
    by some as ...").
    """
    if doc[arg.start].tag_ in _WH_TAGS and doc[arg.start].lower_ in ("what", "which"):
        return True  # "signalling what it described as ...": a free relative, no claim
    if arg.role == "claim":
        return False
    head = doc[arg.head]
    if head.pos_ in ("ADV", "ADJ", "SCONJ", "CCONJ", "PART", "INTJ") and not head.ent_type_:
        return True
    if arg.start != arg.head and doc[arg.start].tag_ in _WH_TAGS:
        return True  # "signalling what it described as ...": a clause, not a participant
    if doc[arg.start].tag_ == "WP$":
        return True  # "a coach whose only agenda is ...": the relative's owner, not named here
    words = {head.lower_, *(f"{c.lower_} {head.lower_}" for c in head.children if c.dep_ == "det")}
    if words & rules.negative_arguments:
        return True  # "Nobody claimed it", "no one else will buy": no participant to name
    text = head.text
    if not _has_word(head) or text.endswith("-") or text.startswith("-"):
        return True
    if not head.whitespace_ and not head.ent_type_ and head.i + 1 < len(doc) and doc[head.i + 1].text == "-":
        return True  # "co" of "co-founder": the first half of a hyphenated word
    if head.lower_ in rules.vague_arguments:
        words = [t for t in doc[arg.start : arg.end] if not t.is_punct and t.dep_ != "det"]
        return len(words) <= 1
    return False


def _expletive(clause: Clause, doc: Doc, rules: ClauseRules) -> bool:
    """ "It emerged that X ...": a pronoun "it" standing for the clause, not for an actor."""
    head = doc[clause.subj.head]
    if head.lower_ != "it" or clause.subj.end - clause.subj.start != 1:
        return False
    if doc[clause.verb].lemma_.lower() in rules.reporting_verbs:
        return False  # "It (the statement) added that ..."
    if any(a.role in ("dobj", "prep") and doc[a.head].ent_type_ in _ACTOR_ENTS for a in clause.args):
        return False  # "It asked the Kestria Front to disarm", "It urged Vellia to leave": an actor's act
    return any(a.role in ("claim", "xcomp") for a in clause.args)


def _is_wh(doc: Doc, arg: Arg) -> bool:
    """An argument that is only a question word ("what it described as ...")."""
    return doc[arg.head].tag_ in _WH_TAGS and arg.end - arg.start == 1


_ACTOR_ENTS = ACTOR_TYPES
_GROUP_ENTS = GROUP_TYPES


def _is_node(tok: Token, rules: ClauseRules) -> bool:
    """An actor-like object: a named entity, or a noun an actor's name modifies.

    "turned three leaders to the US military" -> forces / turn_to / US military beside
    forces / turn / leaders: who received them is what a reader writes down; so too a
    country's organ named by its people ("sent its protest to the Indian government").
    """
    if tok.ent_type_:
        return tok.ent_type_ not in rules.circumstance_types
    return tok.pos_ == "NOUN" and any(
        (c.dep_ in ("compound", "poss") and c.ent_type_ in _ACTOR_ENTS)
        or (c.dep_ == "amod" and c.ent_type_ in ("ORG", "GPE"))
        or (c.dep_ == "amod" and c.ent_type_ == "NORP" and tok.lower_ in rules.owned_nouns)
        for c in tok.children
    )


def _triple(
    clause: Clause,
    doc: Doc,
    doc_id: str,
    sent_index: int,
    sent_text: str,
    subj: Arg,
    lemmas: list[str],
    obj: Arg,
    penalty: float,
    *,
    obj_exclude: int = -1,
    extra_words: tuple[int, ...] = (),
) -> RawTriple:
    s_m = _mention(doc, subj, doc_id, sent_index)
    o_m = _mention(doc, obj, doc_id, sent_index, exclude=obj_exclude)
    words = [*clause.rel, *extra_words]
    if obj.prep >= 0 and obj.role == "prep":
        words.append(obj.prep)
    if subj.role == "agent" and subj.prep >= 0:
        words.append(subj.prep)
    words.sort()
    idx = [*words, subj.start, subj.end - 1, obj.start, obj.end - 1]
    first, last = doc[min(idx)], doc[max(idx)]
    attribution = None
    if clause.attribution is not None:
        attribution = trim_span(doc[clause.attribution[0] : clause.attribution[1]]).text
    predicate = "_".join(lemmas)
    return RawTriple(
        subject=s_m,
        predicate=predicate,
        predicate_text=" ".join(doc[i].text for i in words),
        object=o_m,
        sent_index=sent_index,
        sentence=sent_text,
        start_char=first.idx,
        end_char=last.idx + len(last.text),
        confidence=round(max(0.02, clause.confidence - penalty), 3),
        extractor=clause.rule,
        attribution=attribution,
        negated=clause.negated,
        modality=clause.modality,
    )


def news_scored(t: RawTriple, rules: ClauseRules | None = None) -> RawTriple:
    """``t`` with its news confidence (``confidence.news``): the probability that a reader
    keeps the fact as it stands, from a model fitted on blind-judged real news
    (``benchmarks/news_confidence.py``). Without those weights the clause score stays."""
    rules = rules or _default_rules()
    weights = rules.confidence.get("news")
    if not weights:
        return t
    features = news_features(
        extractor=t.extractor, predicate=t.predicate,
        subject_text=t.subject.text, subject_label=t.subject.label,
        object_text=t.object.text, object_label=t.object.label,
        modality=t.modality, negated=t.negated, attribution=t.attribution,
        sentence=t.sentence, confidence=t.confidence, pronouns=rules.reference_words,
        hypothetical_marks=rules.hypothetical_marks)
    return replace(t, confidence=news_score(features, weights))


def _mention(doc: Doc, arg: Arg, doc_id: str, sent_index: int, *, exclude: int = -1) -> Mention:
    """The graph mention of an argument.

    A claim (what a speaker said) is labelled ``CLAIM`` with kind ``claim``: it is the
    object of the say-triple, not an actor, so resolution and the graph can keep it
    apart. A quantity head ("dozens", "one of the sources") gives a CONCEPT, and a
    named entity cut by the parse ("Askari" of "Abu Ali al-Askari") is made whole.
    """
    if arg.role == "claim":
        m = make_mention(doc[arg.start : arg.end], doc_id, sent_index, kind="claim")
        return replace(m, label=CLAIM_LABEL)
    head = doc[arg.head]
    start, end = arg_bounds(head, mention=True, exclude=exclude)
    start, end = max(start, arg.start), min(end, arg.end)  # never past the argument itself
    if not (start <= arg.head < end):
        start, end = arg.start, arg.end
    start, end = _with_entity(head, start, end)
    start = _without_leading_date(head, _without_leading_body(head, _without_leading_participle(head, start)))
    m = make_mention(doc[start:end], doc_id, sent_index, head=head)
    if m.label in _NUMERIC_ENTS:
        m = replace(m, label="CONCEPT", kind="chunk")
    return m


def iter_sentence_clauses(
    sents: Iterable[Span], split_conj: bool = True, ablate: frozenset[str] = frozenset()
) -> Iterator[Clause]:
    """Clauses of many sentences (used by the OpenIE writer and benchmarks)."""
    rules = _default_rules()
    for sent in sents:
        yield from sentence_clauses(sent, rules, split_conj=split_conj, ablate=ablate)
