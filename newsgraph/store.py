"""The SQLite store: the single source of truth for documents, mentions, triples, entities.

One file in WAL mode. A document is keyed by a hash of its cleaned text and written in
one transaction with everything extracted from it, so an interrupted build keeps every
document it committed and the next build resumes where it stopped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsgraph import __version__
from newsgraph.errors import NewsgraphError
from newsgraph.model import (
    AliasPair,
    DocExtraction,
    Entity,
    Mention,
    Resolution,
    Triple,
)

__all__ = ["Store", "StoreError", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT, title TEXT, date TEXT, url TEXT,
    model TEXT, version TEXT, sentences INTEGER, words INTEGER, added TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, start_char INTEGER, end_char INTEGER,
    text TEXT, label TEXT, kind TEXT, head TEXT,
    ante_start INTEGER, ante_end INTEGER, entity TEXT,
    UNIQUE (doc, start_char, end_char)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE TABLE IF NOT EXISTS triples (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sent_index INTEGER, sentence TEXT, start_char INTEGER, end_char INTEGER,
    subj_start INTEGER, subj_end INTEGER, obj_start INTEGER, obj_end INTEGER,
    subject_text TEXT, object_text TEXT, predicate TEXT, predicate_text TEXT,
    relation_class TEXT, attribution TEXT, negated INTEGER, modality TEXT,
    confidence REAL, extractor TEXT
);
CREATE INDEX IF NOT EXISTS triples_doc ON triples(doc);
CREATE TABLE IF NOT EXISTS aliases (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT, alias TEXT, rule TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT, type TEXT, aliases TEXT,
    mentions INTEGER, documents INTEGER
);
CREATE TABLE IF NOT EXISTS explanations (entity TEXT, text TEXT, rule TEXT);
CREATE INDEX IF NOT EXISTS explanations_entity ON explanations(entity);
"""

_TRIPLES_SQL = """
SELECT es.name AS subject, es.id AS subject_id, es.type AS subject_type, t.subject_text,
       t.predicate, t.predicate_text, t.relation_class,
       eo.name AS object, eo.id AS object_id, eo.type AS object_type, t.object_text,
       t.attribution, t.negated, t.modality,
       t.doc, t.sentence, t.sent_index, t.start_char, t.end_char,
       d.date, t.confidence, t.extractor
FROM triples t
JOIN documents d ON d.id = t.doc
JOIN mentions ms ON ms.doc = t.doc AND ms.start_char = t.subj_start AND ms.end_char = t.subj_end
JOIN mentions mo ON mo.doc = t.doc AND mo.start_char = t.obj_start AND mo.end_char = t.obj_end
JOIN entities es ON es.id = ms.entity
JOIN entities eo ON eo.id = mo.entity
WHERE (:since IS NULL OR d.date >= :since) AND (:until IS NULL OR d.date <= :until)
ORDER BY d.date IS NULL, d.date, t.doc, t.id
"""


class StoreError(NewsgraphError):
    """The store file cannot be opened or is not a newsgraph store."""


class Store:
    """A newsgraph store in one SQLite file.

    >>> with Store(":memory:") as store:
    ...     store.counts()["documents"]
    0
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: run `newsgraph build SOURCES --store {self.path}` first")
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.executescript(_SCHEMA)
            self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a newsgraph store: {exc}") from exc

    def _check_schema(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            with self.db:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema {row[0]}; this newsgraph reads {SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (committed work is already on disk)."""
        self.db.close()

    # -- documents -------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this content hash is already stored."""
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_extraction(self, ex: DocExtraction, model: str) -> None:
        """Store one document and all that was extracted from it, in one transaction."""
        d = ex.document
        added = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (d.id, d.source, d.title, d.date, d.url, model, __version__, ex.sentences, ex.words, added),
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO mentions "
                "(doc, sent_index, start_char, end_char, text, label, kind, head, ante_start, ante_end) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                [_mention_row(d.id, m) for m in ex.mentions],
            )
            self.db.executemany(
                "INSERT INTO triples (doc, sent_index, sentence, start_char, end_char, subj_start, subj_end, "
                "obj_start, obj_end, subject_text, object_text, predicate, predicate_text, relation_class, "
                "attribution, negated, modality, confidence, extractor) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (d.id, t.sent_index, t.sentence, t.start_char, t.end_char,
                     t.subject.start_char, t.subject.end_char, t.object.start_char, t.object.end_char,
                     t.subject.text, t.object.text, t.predicate, t.predicate_text, t.relation_class,
                     t.attribution, int(t.negated), t.modality, t.confidence, t.extractor)
                    for t in ex.triples
                ],
            )
            self.db.executemany(
                "INSERT INTO aliases VALUES (?,?,?,?)",
                [(d.id, a.name, a.alias, a.rule) for a in ex.aliases],
            )

    def iter_documents(self) -> Iterator[dict]:
        """Stored documents as dicts, in the order they were added."""
        cur = self.db.execute(
            "SELECT id, source, title, date, url, model, version, sentences, words, added "
            "FROM documents ORDER BY rowid"
        )
        names = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    # -- mentions and resolution -----------------------------------------------------

    def iter_mentions(self) -> Iterator[tuple[int, Mention]]:
        """Every stored mention with its row id, ordered by document and position."""
        cur = self.db.execute(
            "SELECT id, doc, sent_index, start_char, end_char, text, label, kind, head, "
            "ante_start, ante_end FROM mentions ORDER BY doc, start_char, end_char"
        )
        for row in cur:
            ante = (row[9], row[10]) if row[9] is not None else None
            yield row[0], Mention(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] or "", ante)

    def iter_alias_pairs(self) -> Iterator[AliasPair]:
        """Aliases the text itself stated ("X (Y)", "X, also known as Y")."""
        for doc, name, alias, rule in self.db.execute("SELECT doc, name, alias, rule FROM aliases"):
            yield AliasPair(name=name, alias=alias, rule=rule, doc=doc)

    def save_resolution(self, res: Resolution) -> None:
        """Replace the entity table and every mention's entity with a new resolution."""
        with self.db:
            self.db.execute("DELETE FROM entities")
            self.db.execute("DELETE FROM explanations")
            self.db.execute("UPDATE mentions SET entity = NULL")
            self.db.executemany(
                "INSERT INTO entities VALUES (?,?,?,?,?,?)",
                [
                    (e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False),
                     e.mentions, e.documents)
                    for e in res.entities
                ],
            )
            self.db.executemany(
                "UPDATE mentions SET entity = ? WHERE id = ?",
                [(ent, mid) for mid, ent in res.assignment.items()],
            )
            self.db.executemany("INSERT INTO explanations VALUES (?,?,?)", res.explanations)

    def iter_entities(self) -> Iterator[Entity]:
        """Resolved entities, most mentioned first."""
        cur = self.db.execute(
            "SELECT id, name, type, aliases, mentions, documents FROM entities "
            "ORDER BY mentions DESC, name"
        )
        for eid, name, etype, aliases, mentions, documents in cur:
            yield Entity(eid, name, etype, tuple(json.loads(aliases or "[]")), mentions, documents)

    def entity_explanations(self, entity_id: str) -> list[tuple[str, str]]:
        """(mention text, rule) pairs saying why names were merged into this entity."""
        return [
            (text, rule)
            for text, rule in self.db.execute(
                "SELECT text, rule FROM explanations WHERE entity = ? ORDER BY rule, text", (entity_id,)
            )
        ]

    def document_entities(self) -> Iterator[tuple[str, str]]:
        """Distinct (document id, entity id) pairs: which document mentions which actor."""
        yield from self.db.execute(
            "SELECT DISTINCT doc, entity FROM mentions WHERE entity IS NOT NULL ORDER BY doc, entity"
        )

    # -- triples ---------------------------------------------------------------------

    def iter_triples(self, *, since: str | None = None, until: str | None = None) -> Iterator[Triple]:
        """Resolved triples in date order; both arguments must have a resolved entity."""
        cur = self.db.execute(_TRIPLES_SQL, {"since": since, "until": until})
        names = [column[0] for column in cur.description]  # the SELECT names every Triple field
        for row in cur:
            record = dict(zip(names, row, strict=True))
            record["negated"] = bool(record["negated"])
            yield Triple(**record)

    def counts(self) -> dict[str, int]:
        """How many documents, sentences, mentions, triples and entities the store holds."""
        one = self.db.execute
        return {
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "sentences": one("SELECT COALESCE(SUM(sentences), 0) FROM documents").fetchone()[0],
            "mentions": one("SELECT COUNT(*) FROM mentions").fetchone()[0],
            "triples": one("SELECT COUNT(*) FROM triples").fetchone()[0],
            "entities": one("SELECT COUNT(*) FROM entities").fetchone()[0],
        }


def _mention_row(doc_id: str, m: Mention) -> tuple:
    ante = m.antecedent or (None, None)
    return (doc_id, m.sent_index, m.start_char, m.end_char, m.text, m.label, m.kind, m.head, *ante)

