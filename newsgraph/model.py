"""The records that flow between newsgraph's stages.

``Document`` leaves :mod:`newsgraph.documents`; ``Mention``, ``RawTriple`` and
``AliasPair`` leave :mod:`newsgraph.extract`; ``Triple`` and ``Entity`` are what the
store gives back after entity resolution (the DESIGN.md contracts).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

__all__ = [
    "Document",
    "Mention",
    "RawTriple",
    "AliasPair",
    "DocExtraction",
    "Failure",
    "Triple",
    "Entity",
    "Resolution",
    "TRIPLE_FIELDS",
    "content_id",
    "source_id",
    "entity_id",
]


def content_id(text: str) -> str:
    """A hash of a document's cleaned text: it tells an edited (or re-cleaned) source from an unchanged one."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def source_id(key: str) -> str:
    """Stable document id from its identity key (absolute path, ``path#id``, ``path:line``).

    A document is its source: an edited article keeps its id and replaces its old version.
    """
    return hashlib.sha256(("source\0" + key).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entity_id(key: str) -> str:
    """Stable entity id from a canonical (folded) name key."""
    return "e" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass(frozen=True)
class Document:
    """One cleaned article, ready for the NLP pipeline.

    ``source`` is shown to people (the path as given, ``file.jsonl#7``, ``<stdin>``);
    ``key`` is the identity the store keys it by (the absolute path, ``path#id``,
    ``path:line``; empty: the source); ``origin`` is the absolute path of the file it was
    read from (None for standard input), so a store can tell when it is gone.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    key: str = ""
    origin: str | None = None
    notes: tuple[str, ...] = ()  # what reading it had to guess or change ("decoded as cp1252")

    @property
    def identity(self) -> str:
        """What the store keys this document by: ``key``, else ``source``."""
        return self.key or self.source

    @property
    def hash(self) -> str:
        """A hash of the cleaned text (detects an edited or re-cleaned source)."""
        return content_id(self.text)


@dataclass(frozen=True)
class Mention:
    """A span of one sentence that names or refers to an actor or thing.

    ``kind`` is ``entity`` (a named entity), ``chunk`` (a noun phrase used as an
    argument), ``pronoun`` or ``description`` ("the group"). ``antecedent`` is the
    ``key`` of the mention a pronoun or description refers to, set by coreference.
    """

    doc: str
    sent_index: int
    start_char: int
    end_char: int
    text: str
    label: str
    kind: str = "chunk"
    head: str = ""
    antecedent: tuple[int, int] | None = None

    @property
    def key(self) -> tuple[int, int]:
        """Position of the mention in its document: unique within a document."""
        return (self.start_char, self.end_char)


@dataclass(frozen=True)
class RawTriple:
    """A subject-relation-object fact found in one sentence, before entity resolution."""

    subject: Mention
    predicate: str
    predicate_text: str
    object: Mention
    sent_index: int
    sentence: str
    start_char: int
    end_char: int
    confidence: float
    extractor: str
    relation_class: str | None = None
    attribution: str | None = None
    negated: bool = False
    modality: str | None = None
    place: str | None = None  # where it happened, as written ("Basra" of "in Basra")
    date_text: str | None = None  # when it happened, as written ("Sunday" of "on Sunday")


@dataclass(frozen=True)
class AliasPair:
    """Two names the text itself says are the same actor ("X (Y)", "X, also known as Y")."""

    name: str
    alias: str
    rule: str
    doc: str = ""


@dataclass
class DocExtraction:
    """Everything extraction learnt from one document."""

    document: Document
    sentences: int
    mentions: list[Mention] = field(default_factory=list)
    triples: list[RawTriple] = field(default_factory=list)
    aliases: list[AliasPair] = field(default_factory=list)
    words: int = 0


@dataclass(frozen=True)
class Failure:
    """A source or document that could not be processed, and why (shown to the user, not stored)."""

    source: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Triple:
    """A resolved triple: the record of ``newsgraph extract`` and ``newsgraph triples``.

    Built by keyword only: 27 fields in a row are too easy to shift by one. ``place`` and
    ``date_text`` are the clause's place and time phrases as written, without their
    preposition ("Basra", "Sunday"): properties of the fact, not objects.
    """

    subject: str
    subject_id: str
    subject_type: str
    subject_text: str
    predicate: str
    predicate_text: str
    relation_class: str | None
    object: str
    object_id: str
    object_type: str
    object_text: str
    attribution: str | None
    negated: bool
    modality: str | None
    place: str | None = None
    date_text: str | None = None
    doc: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    sentence: str
    sent_index: int
    start_char: int
    end_char: int
    date: str | None
    confidence: float
    extractor: str

    def to_dict(self) -> dict:
        """The record as a plain dict, in contract field order."""
        return asdict(self)

    def is_tautology(self) -> bool:
        """A fact resolution made empty: both ends one entity ("ICI is a ICI"), or an
        ``is_a`` whose description was resolved to a named node ("Amazonas is a Brazil",
        written "the largest state"): a class is not a reference."""
        if self.subject_id == self.object_id or self.subject.casefold() == self.object.casefold():
            return True
        if self.predicate == "is_a" and self.object_type != "CONCEPT":
            words = [w for w in (self.object_text or "").split() if w.casefold() not in ("the", "a", "an")]
            return bool(words) and words[0][:1].islower()
        return False


TRIPLE_FIELDS: tuple[str, ...] = tuple(Triple.__dataclass_fields__)


@dataclass(frozen=True)
class Entity:
    """One resolved actor: a node of the graph."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: int = 0


@dataclass
class Resolution:
    """The outcome of entity resolution over a set of stored mentions.

    ``assignment`` maps a stored mention's row id to its entity id; ``explanations``
    holds one ``(entity_id, mention_text, rule)`` row per merged name, so that
    ``newsgraph entities --explain`` can say why two names became one node.
    """

    entities: list[Entity] = field(default_factory=list)
    assignment: dict[int, str] = field(default_factory=dict)
    explanations: list[tuple[str, str, str]] = field(default_factory=list)
