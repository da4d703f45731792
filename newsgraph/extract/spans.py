"""Turning parse spans into argument mentions: shared by every extractor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.model import Mention

__all__ = ["DETERMINERS", "trim_span", "span_label", "make_mention"]

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_EDGE_PUNCT = frozenset({"punct"})


def trim_span(span: Span) -> Span:
    """Drop leading determiners and punctuation at either edge of a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].dep_ in _EDGE_PUNCT):
        start += 1
    while end > start and doc[end - 1].dep_ in _EDGE_PUNCT:
        end -= 1
    return doc[start:end] if end > start else span


def span_label(span: Span, head: Token) -> str:
    """Entity label of a mention: its head's named-entity type, PRON, or CONCEPT."""
    if head.pos_ == "PRON":
        return "PRON"
    if head.ent_type_:
        return head.ent_type_
    return "CONCEPT"


def make_mention(span: Span, doc_id: str, sent_index: int, kind: str | None = None) -> Mention:
    """A Mention for an argument span (document character offsets, determiner stripped)."""
    span = trim_span(span)
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
