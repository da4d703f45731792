"""Confidence of an extracted clause, from the evidence that produced it.

The score starts from the rule that fired (a plain active clause with its own subject is
more often right than a participle whose subject is guessed) and moves with the parse's
shape and the arguments: pronoun or named-entity arguments, long arguments, long
sentences, a predicate head the tagger did not call a verb, an inverted subject, a subject
borrowed from another clause, many adjuncts, the parser's catch-all ``dep`` label. The
weights are data (``confidence`` in ``newsgraph/data/clauses.yaml``), so that cutting at a
threshold trades recall for precision in a way a user can retune.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from newsgraph.extract.clauses import Clause

__all__ = ["score_clause"]

_VERBISH = frozenset({"VERB", "AUX"})
_SUBJ_AFTER_OK = frozenset({"relcl", "acl", "appos"})


def score_clause(clause: Clause, doc: Doc, n_tokens: int, weights: dict) -> float:
    """A 0..1 confidence for ``clause`` in a sentence of ``n_tokens`` tokens."""
    adj = weights.get("adjust", {})
    score = float(weights["base"].get(clause.rule, 0.5))
    subj = clause.subj
    subj_head = doc[subj.head]
    main = clause.main()
    if subj_head.pos_ == "PRON":
        score += adj.get("pronoun_subject", 0.0)
    heads = [subj_head] if main is None else [subj_head, doc[main.head]]
    if any(h.ent_type_ for h in heads):
        score += adj.get("entity_argument", 0.0)
    longest = max(subj.end - subj.start, 0 if main is None else main.end - main.start)
    if longest > weights.get("very_long_argument_tokens", 20):
        score += adj.get("very_long_argument", 0.0)
    elif longest > weights.get("long_argument_tokens", 10):
        score += adj.get("long_argument", 0.0)
    if n_tokens > weights.get("long_sentence_tokens", 40):
        score += adj.get("long_sentence", 0.0)
    verb = doc[clause.verb]
    if clause.rule != "appos" and verb.pos_ not in _VERBISH:
        score += adj.get("verb_not_verb", 0.0)
    if clause.rule not in _SUBJ_AFTER_OK and subj.start > verb.i:
        score += adj.get("subject_after_verb", 0.0)
    if clause.inherited:
        score += adj.get("inherited_subject", 0.0)
    score += adj.get("extra_argument", 0.0) * max(0, len(clause.args) - 1)
    if main is None and not clause.args:
        score += adj.get("no_object", 0.0)
    if subj_head.dep_ == "dep" or (main is not None and doc[main.head].dep_ == "dep"):
        score += adj.get("dep_label", 0.0)
    return round(min(0.99, max(0.02, score)), 3)
