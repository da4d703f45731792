"""Repairs of the small parser's plainest mistakes, made once on the parsed document so that
every extractor (clauses, nominal facts, coreference) reads the same corrected tree."""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["fix_parse"]

_SUBJECTS = ("nsubj", "nsubjpass")
_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def fix_parse(doc: Doc) -> None:
    """Relabel a fronted word the parser took for a second subject.

    "Offstage, though, Ada Lisk is a scold": the model gives "is" two subjects, "Offstage"
    and "Lisk". A subject set off by a comma with another subject after it, before the verb,
    is an adverbial (``npadvmod``): the clause's subject is the one next to its verb. A name
    stays a subject ("Vell, for example, a recent graduate, sent a note"): the parser more often
    took its apposition for a second subject.
    """
    for tok in doc:
        if tok.dep_ in _SUBJECTS and not _named(tok) and _set_off(tok) and any(
                o.dep_ in _SUBJECTS and tok.i < o.i < tok.head.i for o in tok.head.children if o is not tok):
            tok.dep_ = "npadvmod"


def _set_off(tok: Token) -> bool:
    """Whether a comma follows the word's phrase directly."""
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].text == ","


def _named(tok: Token) -> bool:
    """Whether a word is a proper noun or part of an actor's name."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _ACTOR_TYPES
