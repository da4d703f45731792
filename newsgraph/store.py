"""The SQLite store: the single source of truth for documents, mentions, triples, entities.

One file in WAL mode. A document is keyed by its source (``key``: the absolute path,
``path#id`` or ``path:line``) and carries a hash of its cleaned text; it is written in one
transaction with everything extracted from it, and an edited source replaces its earlier
version (facts, mentions, aliases) in that same transaction. An interrupted build keeps
every document it committed and the next build resumes where it stopped. A store of
schema 1 (documents keyed by content) or 2 (facts without place and time) is migrated
when opened.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
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

__all__ = ["Store", "StoreError", "StoredDocument", "SCHEMA_VERSION", "store_error_message"]

SCHEMA_VERSION = "3"

# Seconds a writer waits for another one (a concurrent build) before giving up.
BUSY_TIMEOUT = 30.0

_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")  # "Paul's" is a mention of Paul

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT, title TEXT, date TEXT, url TEXT,
    model TEXT, version TEXT, sentences INTEGER, words INTEGER, added TEXT,
    key TEXT, origin TEXT, hash TEXT, data TEXT
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
    confidence REAL, extractor TEXT, place TEXT, date_text TEXT
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

_INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS documents_key ON documents(key);
CREATE INDEX IF NOT EXISTS documents_origin ON documents(origin);
"""

# Schema 1 keyed documents by a hash of their text: the id was that hash, and an edited
# article was a second document. The migration keeps every id, records the hash, derives
# the key from the source, and keeps the latest version of a source stored twice.
_MIGRATE_1_TO_2 = """
ALTER TABLE documents ADD COLUMN key TEXT;
ALTER TABLE documents ADD COLUMN origin TEXT;
ALTER TABLE documents ADD COLUMN hash TEXT;
ALTER TABLE documents ADD COLUMN data TEXT;
UPDATE documents SET hash = id;
"""

# Schema 2 had no place or time phrase on a fact: facts stored then keep none (NULL) until
# their documents are built again.
_MIGRATE_2_TO_3 = """
ALTER TABLE triples ADD COLUMN place TEXT;
ALTER TABLE triples ADD COLUMN date_text TEXT;
"""

_TRIPLES_SQL = """
SELECT es.name AS subject, es.id AS subject_id, es.type AS subject_type, t.subject_text,
       t.predicate, t.predicate_text, t.relation_class,
       eo.name AS object, eo.id AS object_id, eo.type AS object_type, t.object_text,
       t.attribution, t.negated, t.modality, t.place, t.date_text,
       t.doc, d.source, d.title, d.url, t.sentence, t.sent_index, t.start_char, t.end_char,
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
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._set_up()
        except sqlite3.OperationalError as exc:
            raise StoreError(store_error_message(self.path, exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a newsgraph store: {exc}") from exc
        self.db.isolation_level = ""  # back to Python's transactions: `with self.db:` commits

    def _set_up(self) -> None:
        """WAL, the tables and the schema version, created or migrated in one locked transaction.

        A store of this schema is only read here (so a reader never waits for a writer).
        Two processes creating the same new store at once queue on the lock: the second
        finds the tables made, never half of them.
        """
        self.db.execute("PRAGMA synchronous = NORMAL")
        if self._schema_state()[0] == SCHEMA_VERSION:
            return
        self._use_wal()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version, tables = self._schema_state()
            if version == "1":
                self._migrate_from_1()
            if version in ("1", "2"):
                for statement in _statements(_MIGRATE_2_TO_3):
                    self.db.execute(statement)
            elif version not in (None, SCHEMA_VERSION):
                raise StoreError(f"{self.path} has schema {version}; this newsgraph reads {SCHEMA_VERSION}")
            elif version is None and tables:
                raise StoreError(f"{self.path} is not a newsgraph store (it holds other tables)")
            for statement in _statements(_SCHEMA + _INDEXES):
                self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _use_wal(self) -> None:
        """Switch a new store to WAL. SQLite answers "database is locked" at once, without
        its busy handler, when another process switches the same new file at that moment:
        wait and try again, up to the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while self.db.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _schema_state(self) -> tuple[str | None, set[str]]:
        """(schema version or None, names of the tables) as the file holds them now."""
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in tables:
            return None, tables
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return (row[0] if row else None), tables

    def _migrate_from_1(self) -> None:
        """Schema 1 to 2 inside the open transaction (see ``_MIGRATE_1_TO_2``)."""
        for statement in _statements(_MIGRATE_1_TO_2):
            self.db.execute(statement)
        rows = self.db.execute("SELECT id, source FROM documents ORDER BY rowid").fetchall()
        self.db.executemany("UPDATE documents SET key = ?, origin = ? WHERE id = ?",
                            [(*_legacy_key(source), doc_id) for doc_id, source in rows])
        self.db.execute("DELETE FROM documents WHERE rowid NOT IN (SELECT MAX(rowid) FROM documents GROUP BY key)")
        self.db.execute("DELETE FROM meta WHERE key = 'relation_classes'")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (committed work is already on disk)."""
        self.db.close()

    # -- documents -------------------------------------------------------------------

    def document_state(self, key: str) -> StoredDocument | None:
        """What the store holds for the source with this identity key, or None."""
        row = self.db.execute(
            "SELECT id, source, hash, model, data FROM documents WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        return StoredDocument(row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None)

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_extraction(self, ex: DocExtraction, model: str, data: Mapping[str, object] | None = None) -> str:
        """Store one document and all that was extracted from it, in one transaction.

        A document of the same source already stored is replaced in that transaction (its
        facts, mentions and aliases go with it) and its id is kept. ``data`` records the
        data files that built it. Returns ``"new"`` or ``"updated"``.
        """
        d = ex.document
        added = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            old = self.db.execute("SELECT id FROM documents WHERE key = ?", (d.identity,)).fetchone()
            doc_id = old[0] if old else d.id
            if old:
                self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            self.db.execute(
                "INSERT OR REPLACE INTO documents "
                "(id, source, title, date, url, model, version, sentences, words, added, key, origin, hash, data) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, d.source, d.title, d.date, d.url, model, __version__, ex.sentences, ex.words, added,
                 d.identity, d.origin, d.hash, json.dumps(dict(data or {}), sort_keys=True)),
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO mentions "
                "(doc, sent_index, start_char, end_char, text, label, kind, head, ante_start, ante_end) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                [_mention_row(doc_id, m) for m in ex.mentions],
            )
            self.db.executemany(
                "INSERT INTO triples (doc, sent_index, sentence, start_char, end_char, subj_start, subj_end, "
                "obj_start, obj_end, subject_text, object_text, predicate, predicate_text, relation_class, "
                "attribution, negated, modality, confidence, extractor, place, date_text) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (doc_id, t.sent_index, t.sentence, t.start_char, t.end_char,
                     t.subject.start_char, t.subject.end_char, t.object.start_char, t.object.end_char,
                     t.subject.text, t.object.text, t.predicate, t.predicate_text, t.relation_class,
                     t.attribution, int(t.negated), t.modality, t.confidence, t.extractor, t.place, t.date_text)
                    for t in ex.triples
                ],
            )
            self.db.executemany(
                "INSERT INTO aliases VALUES (?,?,?,?)",
                [(doc_id, a.name, a.alias, a.rule) for a in ex.aliases],
            )
            self._set_resolved(False)
        return "updated" if old else "new"

    def _set_resolved(self, resolved: bool) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('resolved', ?)", ("1" if resolved else "0",))

    @property
    def unresolved(self) -> bool:
        """Whether documents were stored or removed since entities were last resolved (a build
        interrupted before resolution ended): facts of those documents are not in ``triples``."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'resolved'").fetchone()
        return row is not None and row[0] == "0"

    def remove_documents(self, doc_ids: Iterable[str]) -> int:
        """Delete documents with all that was extracted from them, in one transaction."""
        ids = list(doc_ids)
        with self.db:
            self.db.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in ids])
            if ids:
                self._set_resolved(False)
        return len(ids)

    def documents_from(self, origin: str) -> list[tuple[str, str]]:
        """(id, key) of every document read from the file ``origin`` (its parts, its JSONL lines)."""
        return self.db.execute("SELECT id, key FROM documents WHERE origin = ? ORDER BY rowid",
                               (origin,)).fetchall()

    def document_table(self) -> Iterator[dict]:
        """Stored documents with what each holds: id, source, title, date, url, key, origin,
        model, sentences, triples, mentions, added, in the order they were added."""
        cur = self.db.execute(
            "SELECT d.id, d.source, d.title, d.date, d.url, d.key, d.origin, d.model, d.sentences, "
            "(SELECT COUNT(*) FROM triples t WHERE t.doc = d.id) AS triples, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.doc = d.id) AS mentions, d.added "
            "FROM documents d ORDER BY d.rowid"
        )
        names = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    def document_data(self) -> list[tuple[str, str, dict | None]]:
        """(id, source, data) per document: the data files that built each one (None: not recorded)."""
        return [(doc_id, source, json.loads(data) if data else None)
                for doc_id, source, data in self.db.execute("SELECT id, source, data FROM documents ORDER BY rowid")]

    def rederive_classes(self, classify: Callable[[str, str | None], str | None],
                         fingerprint: str) -> tuple[int, int]:
        """Set every triple's relation class again from its predicate and object head.

        Only documents whose recorded ``relation_classes`` fingerprint differs from
        ``fingerprint`` are touched, in one transaction. Returns (documents, triples changed).
        """
        stale = [(doc_id, data or {}) for doc_id, _, data in self.document_data()
                 if (data or {}).get("relation_classes") != fingerprint]
        if not stale:
            return 0, 0
        changed = 0
        with self.db:
            for doc_id, data in stale:
                rows = self.db.execute(
                    "SELECT t.id, t.predicate, t.relation_class, m.head FROM triples t "
                    "LEFT JOIN mentions m ON m.doc = t.doc AND m.start_char = t.obj_start "
                    "AND m.end_char = t.obj_end WHERE t.doc = ?", (doc_id,)).fetchall()
                updates = [(new, tid) for tid, predicate, old, head in rows
                           if (new := classify(predicate, head or None)) != old]
                changed += len(updates)
                self.db.executemany("UPDATE triples SET relation_class = ? WHERE id = ?", updates)
                data["relation_classes"] = fingerprint
                self.db.execute("UPDATE documents SET data = ? WHERE id = ?",
                                (json.dumps(data, sort_keys=True), doc_id))
        return len(stale), changed

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
            self._set_resolved(True)

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

    def doc_names(self, doc: str) -> dict[str, str]:
        """The forms an article names its actors by, casefolded and without a possessive ->
        the entity most of its mentions of that form resolved to ("paul" -> its Paul Stanek,
        though the corpus's "Paul" is most often another man)."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for text, entity in self.db.execute(
                "SELECT text, entity FROM mentions WHERE doc = ? AND kind = 'entity' AND entity IS NOT NULL", (doc,)):
            counts[_POSSESSIVE_END.sub("", text.strip()).casefold()][entity] += 1
        return {form: by.most_common(1)[0][0] for form, by in counts.items()}

    def document_entities(self) -> Iterator[tuple[str, str]]:
        """Distinct (document id, entity id) pairs: which document mentions which actor."""
        yield from self.db.execute(
            "SELECT DISTINCT doc, entity FROM mentions WHERE entity IS NOT NULL ORDER BY doc, entity"
        )

    # -- triples ---------------------------------------------------------------------

    def iter_triples(self, *, since: str | None = None, until: str | None = None) -> Iterator[Triple]:
        """Resolved triples in date order; both arguments must have a resolved entity
        (tautologies of resolution included: see :meth:`Triple.is_tautology`)."""
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

    def fact_counts(self) -> dict[str, int]:
        """What the counts of the other commands count: ``facts`` stored, ``resolved`` (both
        ends an entity, two different ones: what ``triples`` lists), ``entities`` and, among them, ``claims``
        (reported statements, listed by ``entities --claims``, kept out of the graph)."""
        one = self.db.execute
        resolved = one(
            "SELECT COUNT(*) FROM triples t "
            "JOIN mentions ms ON ms.doc = t.doc AND ms.start_char = t.subj_start AND ms.end_char = t.subj_end "
            "JOIN mentions mo ON mo.doc = t.doc AND mo.start_char = t.obj_start AND mo.end_char = t.obj_end "
            "WHERE ms.entity IS NOT NULL AND mo.entity IS NOT NULL AND ms.entity != mo.entity").fetchone()[0]
        return {
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "facts": one("SELECT COUNT(*) FROM triples").fetchone()[0],
            "resolved": resolved,
            "entities": one("SELECT COUNT(*) FROM entities").fetchone()[0],
            "claims": one("SELECT COUNT(*) FROM entities WHERE type = 'CLAIM'").fetchone()[0],
        }


@dataclass(frozen=True)
class StoredDocument:
    """What the store holds of one source: its id, the source as last given, the hash of its
    cleaned text, the model that parsed it and the data files that built it (None: unknown)."""

    id: str
    source: str
    hash: str
    model: str | None
    data: dict | None


def _statements(script: str) -> list[str]:
    """The statements of a script of DDL (no semicolon inside a statement)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def _legacy_key(source: str) -> tuple[str, str | None]:
    """(key, origin) of a schema-1 document from its source as then given: paths become absolute
    (against the current directory), standard input stays as it was."""
    if source.startswith("<stdin>"):
        return source, None
    match = re.match(r"^(.*?\.jsonl)((?:#|:\d+$).*)$", source, re.I)
    path, rest = (match.group(1), match.group(2)) if match else (source, "")
    origin = os.path.abspath(path)
    return origin + rest, origin


def store_error_message(path: str, exc: sqlite3.OperationalError) -> str:
    """The one line shown for an SQLite operational error: a lock held by another writer, a
    read-only file, a full disk."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return (f"{path} is locked by another process writing to it (a build?); waited "
                f"{BUSY_TIMEOUT:.0f} s: try again when it has finished")
    return f"{path}: {text}"


def _mention_row(doc_id: str, m: Mention) -> tuple:
    ante = m.antecedent or (None, None)
    return (doc_id, m.sent_index, m.start_char, m.end_char, m.text, m.label, m.kind, m.head, *ante)

