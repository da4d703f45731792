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

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from newsgraph.extract.clauses import Clause

__all__ = ["evidence", "score_clause"]

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
