"""Confidence of an extracted clause, from the evidence that produced it.

A linear score: a base for the rule that fired (a coordinated verb or a passive with its
agent is more often right than a relative clause whose subject is guessed) plus weighted
evidence from the parse and the arguments: a pronoun subject, named-entity arguments,
argument and sentence lengths, a borrowed subject, extra adjuncts, reported speech,
negation and modality, whether the predicate heads the sentence, a predicate the tagger
did not call a verb, the parser's catch-all ``dep`` label. The weights are data
(``confidence`` in ``newsgraph/data/clauses.yaml``), so cutting at a threshold trades
recall for precision in a way a user can retune.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from newsgraph.extract.clauses import Clause

__all__ = ["evidence", "news_features", "news_score", "score_clause"]

_VERBISH = frozenset({"VERB", "AUX"})
_NO_VERB_RULES = frozenset({"appos", "located"})


def evidence(clause: Clause, doc: Doc, n_tokens: int) -> dict[str, float]:
    """The evidence values the weights multiply (names as in the data file)."""
    subj = clause.subj
    subj_head = doc[subj.head]
    main = clause.main()
    verb = doc[clause.verb]
    heads = [subj_head] if main is None else [subj_head, doc[main.head]]
    verbal = clause.rule not in _NO_VERB_RULES
    return {
        "pronoun_subject": float(subj_head.pos_ == "PRON"),
        "entity_argument": float(any(h.ent_type_ for h in heads)),
        "subject_tokens": float(min(subj.end - subj.start, 30)),
        "object_tokens": float(min(main.end - main.start, 30) if main is not None else 0),
        "sentence_tokens": float(min(n_tokens, 80)),
        "inherited_subject": float(clause.inherited),
        "extra_argument": float(min(max(len(clause.args) - 1, 0), 4)),
        "no_object": float(main is None),
        "attributed": float(clause.attribution is not None),
        "negated": float(clause.negated),
        "modality": float(clause.modality is not None),
        "main_clause": float(verbal and verb.dep_ == "ROOT"),
        "verb_not_verb": float(verbal and verb.pos_ not in _VERBISH),
        "dep_label": float(any(h.dep_ == "dep" for h in heads)),
    }


def score_clause(clause: Clause, doc: Doc, n_tokens: int, weights: dict) -> float:
    """A 0..1 confidence for ``clause`` in a sentence of ``n_tokens`` tokens."""
    score = float(weights["base"].get(clause.rule, 0.5))
    table = weights.get("weights", {})
    for name, value in evidence(clause, doc, n_tokens).items():
        if value:
            score += table.get(name, 0.0) * value
    return round(min(0.99, max(0.02, score)), 3)


# ---------------------------------------------------------------- news confidence

_NOMINAL_RULES = frozenset({"role_np", "role_appos", "role_title", "apposition", "copula", "name_type"})
_NOT_ACTORS = frozenset({"CONCEPT", "CLAIM"})
_RULE_FEATURES = ("svo_prep", "conj_verb", "adverbial", "acl", "relcl", "reported", "passive", "xcomp_object")


def news_features(
    *,
    extractor: str,
    predicate: str,
    subject_text: str,
    subject_label: str,
    object_text: str,
    object_label: str,
    modality: str | None,
    negated: bool,
    attribution: str | None,
    sentence: str,
    confidence: float,
    pronouns: frozenset[str],
    hypothetical_marks: frozenset[str],
) -> dict[str, float]:
    """What a reader's verdict on a graph fact depends on, from the fact's own fields.

    Plain values, so the same function reads a fact at extraction (its mentions' labels)
    and a judged fact of an audit (its entities' types) to fit the weights.
    """
    ends = ((subject_text or "", subject_label), (object_text or "", object_label))
    words = [text.split() for text, _ in ends]
    hypothetical = bool(modality) and not hypothetical_marks.isdisjoint(modality.split())
    sent_words = sentence.split()
    capitals = sum(1 for w in sent_words if w[:1].isupper())
    features = {
        "clause_score": confidence,
        "actor_ends": float(sum(1 for _, label in ends if label not in _NOT_ACTORS)),
        "claim_object": float(object_label == "CLAIM"),
        "bare_ends": float(sum(1 for (_, label), w in zip(ends, words, strict=True)
                               if label == "CONCEPT" and len(w) == 1)),
        "pronoun_ends": float(sum(1 for w in words if w and w[0].lower() in pronouns)),
        "subject_words": min(len(words[0]), 20) / 10,
        "object_words": min(len(words[1]), 20) / 10,
        "relation_words": float(min(predicate.count("_") + 1, 5)),
        "modality": float(bool(modality) and not hypothetical),
        "hypothetical": float(hypothetical),
        "negated": float(negated),
        "attributed": float(attribution is not None),
        "is_a": float(predicate == "is_a"),
        "nominal_rule": float(extractor in _NOMINAL_RULES),
        "sentence_words": min(len(sent_words), 80) / 40,
        "headline": float(len(sent_words) > 3 and capitals / len(sent_words) > 0.6),
    }
    for rule in _RULE_FEATURES:
        features[f"rule_{rule}"] = float(extractor == rule)
    return features


def news_score(features: dict[str, float], weights: dict) -> float:
    """The probability a reader keeps the fact as it stands: a logistic model whose
    ``intercept`` and ``weights`` were fitted on judged samples of real news."""
    z = float(weights.get("intercept", 0.0))
    table = weights.get("weights", {})
    for name, value in features.items():
        z += table.get(name, 0.0) * value
    return round(min(0.99, max(0.01, 1 / (1 + math.exp(-z)))), 3)
