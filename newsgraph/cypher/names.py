"""The one place where text becomes a Cypher identifier.

Relationship types and labels cannot travel as query parameters, so they have to be
spliced into the query text. Anything spliced is built here, and only from the
characters ``[A-Z0-9_]`` (for types) or from a fixed list (for labels), so a predicate
such as ``"x`]->() DETACH DELETE n //"`` can never change what a query does.

>>> relationship_type("part_of")
'PART_OF'
>>> relationship_type("x`}]->() DETACH DELETE n")
'X_DETACH_DELETE_N'
>>> node_label("ORG")
'Organization'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ENTITY_LABEL",
    "DOCUMENT_LABEL",
    "MENTIONS_TYPE",
    "NODE_LABELS",
    "FALLBACK_TYPE",
    "relationship_type",
    "node_label",
    "is_safe_identifier",
]

ENTITY_LABEL = "Entity"
DOCUMENT_LABEL = "Document"
MENTIONS_TYPE = "MENTIONS"
FALLBACK_TYPE = "RELATED_TO"

#: Second label of an entity node, from its (spaCy) type; anything else is a Concept.
NODE_LABELS: dict[str, str] = {
    "PERSON": "Person",
    "PER": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "Group",
    "CONCEPT": "Concept",
}
_ALLOWED_LABELS = frozenset(NODE_LABELS.values())

_SAFE = re.compile(r"[A-Z0-9_]+")
_UNSAFE_RUN = re.compile(r"[^A-Z0-9]+")
_MAX_LEN = 64
# Types the loader itself uses for other meanings: a predicate must not reuse them.
_RESERVED = frozenset({MENTIONS_TYPE})


def _ascii_fold(text: str) -> str:
    """Drop accents ("Bogotá" -> "Bogota") so common names stay readable."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def relationship_type(predicate: str | None) -> str:
    """A Neo4j relationship type for a normalised predicate, built only from ``[A-Z0-9_]``.

    Letters are upper-cased, every other run of characters becomes one ``_``, a type
    that would start with a digit gets an ``R_`` prefix, and an empty result becomes
    ``RELATED_TO``. ``MENTIONS`` is kept for Document->Entity links, so a predicate
    that maps to it becomes ``MENTIONS_REL``.
    """
    if isinstance(predicate, str):
        return _relationship_type(predicate)  # a corpus has few predicates: once each
    return _relationship_type.__wrapped__(predicate or "")


@lru_cache(maxsize=65_536)
def _relationship_type(predicate: str) -> str:
    folded = _ascii_fold(predicate).upper()
    name = _UNSAFE_RUN.sub("_", folded).strip("_")[:_MAX_LEN].rstrip("_")
    if not name:
        return FALLBACK_TYPE
    if name[0].isdigit():
        name = "R_" + name
    if name in _RESERVED:
        name += "_REL"
    return name


def node_label(entity_type: str | None) -> str:
    """The second label of an entity node: Person, Organization, Place, Group or Concept.

    Accepts spaCy entity labels (``ORG``, ``PERSON``, ``GPE``, ...) and the label names
    themselves (``"Person"``); anything unknown is a ``Concept``.
    """
    key = (entity_type or "").strip()
    if key in _ALLOWED_LABELS:
        return key
    return NODE_LABELS.get(key.upper(), "Concept")


def is_safe_identifier(name: str) -> bool:
    """True when ``name`` may be spliced into a query: only ``[A-Z0-9_]``, or a known label."""
    return bool(_SAFE.fullmatch(name)) or name in _ALLOWED_LABELS or name in (
        ENTITY_LABEL,
        DOCUMENT_LABEL,
    )
