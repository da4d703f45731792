"""Load newsgraph's graph into Neo4j: idempotent, batched, injection-safe.

The model (DESIGN.md)::

    (:Entity:<Person|Organization|Place|Group|Concept> {id, name, type, aliases})
    (:Entity)-[:<PREDICATE> {predicate, count, confidence, first_seen, last_seen,
                             relation_class, evidence}]->(:Entity)
    (:Document {id, source, date, title, url})-[:MENTIONS]->(:Entity)

Named uniqueness constraints come first; then every batch is one ``UNWIND`` query in a
managed write transaction (the driver retries transient errors). Every value is a
parameter; the only text spliced into a query is a relationship type or label built by
:mod:`newsgraph.cypher.names`, or property keys from a fixed list. Loading twice creates
nothing: documents are MERGEd on their id, an entity is created only when no ``Entity``
has its id (see the note on EXISTING_QUERY), and a relationship is CREATEd only when one
of its ends was created by this same load (so it cannot exist yet), else MERGEd on
``(a)-[:TYPE]->(b)`` (see the note on CREATE_RELATIONSHIPS_QUERY). The ends of relationships
and MENTIONS are found by element id, each checked against its own id (see the note on
RELATIONSHIP_PROPERTIES). After a load from a store, :mod:`newsgraph.cypher.prune` deletes
what the store no longer has.
"""

from __future__ import annotations

import gc
import json
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import islice
from operator import itemgetter
from typing import Any

from newsgraph.cypher import names
from newsgraph.cypher.connection import Connection, as_connection
from newsgraph.cypher.prune import prune as prune_graph

__all__ = [
    "LoadStats",
    "entity_row",
    "edge_row",
    "CONSTRAINTS",
    "EXISTING_QUERY",
    "ANY_ENTITY_QUERY",
    "CREATE_ENTITY_QUERY",
    "UPDATE_ENTITY_QUERY",
    "RELABEL_QUERY",
    "RELATIONSHIP_QUERY",
    "MERGE_RELATIONSHIPS_QUERY",
    "CREATE_RELATIONSHIPS_QUERY",
    "RELATIONSHIP_PROPERTIES",
    "DOCUMENT_QUERY",
    "MENTIONS_QUERY",
    "MENTIONS_BY_ELEMENT_ID_QUERY",
    "CREATE_MENTIONS_QUERY",
    "WIPE_QUERIES",
    "ensure_constraints",
    "load_rows",
    "load",
    "wipe_graph",
    "graph_rows",
    "StoreRows",
    "store_rows",
    "edge_keys",
    "document_row",
    "relationship_query",
    "merge_relationships_query",
    "create_relationships_query",
    "entity_query",
    "all_loader_queries",
]

Progress = Callable[[str, int], None]

CONSTRAINTS: tuple[str, ...] = (
    "CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS "
    "FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS "
    "FOR (n:Document) REQUIRE n.id IS UNIQUE",
    # Not a constraint (two entities may share a name): an index for MATCH (n:Entity {name: ...}).
    "CREATE INDEX newsgraph_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
)

# Entities are written in three steps, because on ArcadeDB (the test server) a pattern with
# two labels, MERGE (n:Entity:Person {id: ...}), does not use the Entity(id) index: measured
# 0.4-2 ms per row, growing with the graph, against 0.04-0.1 ms for MERGE/MATCH on
# (n:Entity {id}); and ArcadeDB cannot change a node's labels inside an explicit
# transaction. So: EXISTING_QUERY reads which ids exist (index lookup); new entities are
# created with both labels by CREATE_ENTITY_QUERY (the uniqueness constraint makes a
# concurrent duplicate fail, never exist); existing ones are updated by UPDATE_ENTITY_QUERY;
# the rare entity whose type changed gets its new label from RELABEL_QUERY, auto-commit.
# {label} is filled only from names.NODE_LABELS values (see entity_query).
EXISTING_QUERY = (
    "UNWIND $ids AS id "
    "MATCH (n:Entity {id: id}) "
    "RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.type AS type, "
    "n.aliases AS aliases, elementId(n) AS element_id"
)

# New entities are sent as one list per property and written by the CREATE itself (a null
# is not stored); one record comes back, each entity id with its node's element id.
# Measured on ArcadeDB, 10,000 entities at batch 1000: 0.23 s against 0.47 s for a list of
# maps, CREATE then SET, and one record per node.
ANY_ENTITY_QUERY = "MATCH (n:Entity) RETURN n.id AS id LIMIT 1"

CREATE_ENTITY_QUERY = (
    "UNWIND range(0, size($id) - 1) AS i "
    "CREATE (n:Entity:`{label}` {{id: $id[i], name: $name[i], type: $type[i], "
    "aliases: $aliases[i]}}) "
    "RETURN collect([$id[i], elementId(n)]) AS located"
)

UPDATE_ENTITY_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (n:Entity {id: row.id}) "
    "SET n.name = row.name, n.type = row.type, n.aliases = row.aliases"
)

RELABEL_QUERY = (
    "UNWIND $ids AS id "
    "MATCH (n:Entity {{id: id}}) "
    "REMOVE {others} "
    "SET n:`{label}`"
)

# Both ends of a relationship are found by element id, not by the Entity(id) index: the
# loader learns every entity's element id when it creates or looks the entity up, and a
# seek by element id costs a fraction of an index lookup. Measured on ArcadeDB, 100,000
# new relationships at batch 1000: 3.1-3.7 s against 5.2-6.1 s through the index, server
# CPU 2.9-3.7 s against 8-11.5 s. Element ids are only promised within one transaction, so
# each row also checks the node's own id, and each query returns how many rows it wrote:
# when a node was deleted, relabelled (ArcadeDB then moves it) or its element id reused,
# fewer rows are written, the transaction is rolled back and the batch is sent again
# through the id index (RELATIONSHIP_QUERY), as is every later batch of that load
# (tests/test_neo4j_load.py swaps two element ids to check it). {rel_type} is filled only with
# names.relationship_type(...), {props} only from RELATIONSHIP_PROPERTIES.
RELATIONSHIP_PROPERTIES: tuple[str, ...] = (
    "predicate", "count", "confidence", "first_seen", "last_seen", "relation_class",
    "negated", "evidence",
)

# A relationship one of whose ends this load has just created cannot exist yet: those
# (nearly all, on a first load) are CREATEd, never MERGEd, and sent as parallel lists, one
# per property ($source[i], $target[i], $count[i], ...), not as a list of maps: the
# driver's packer pays per value, and map keys are values too. The properties are written
# by the CREATE itself (a later ``SET r = ...`` costs ~40% more); a property that is null
# in some rows is left out of their query (one query per set of present keys, a few at
# most), so no null is ever stored.
CREATE_RELATIONSHIPS_QUERY = (
    "UNWIND range(0, size($source) - 1) AS i "
    "MATCH (a:Entity) WHERE elementId(a) = $a[i] AND a.id = $source[i] "
    "MATCH (b:Entity) WHERE elementId(b) = $b[i] AND b.id = $target[i] "
    "CREATE (a)-[:`{rel_type}` {{{props}}}]->(b) "
    "RETURN count(*) AS written"
)

# A relationship that may exist already (a reload, or new facts between old entities) is
# MERGEd; ``SET r = row.props`` replaces its properties with the graph's (nulls left out):
# one map assignment is ~1.5x faster on ArcadeDB than eight property SETs.
MERGE_RELATIONSHIPS_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (a:Entity) WHERE elementId(a) = row.a AND a.id = row.source "
    "MATCH (b:Entity) WHERE elementId(b) = row.b AND b.id = row.target "
    "MERGE (a)-[r:`{rel_type}`]->(b) "
    "SET r = row.props "
    "RETURN count(*) AS written"
)

# The same through the Entity(id) index: for ends this load did not see (an edge to an
# entity loaded earlier) and as the fallback described above.
RELATIONSHIP_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (a:Entity {{id: row.source}}) "
    "MATCH (b:Entity {{id: row.target}}) "
    "MERGE (a)-[r:`{rel_type}`]->(b) "
    "SET r = row.props"
)

DOCUMENT_QUERY = (
    "UNWIND $rows AS row "
    "MERGE (d:Document {id: row.id}) "
    "SET d.source = row.source, d.date = row.date, d.title = row.title, d.url = row.url "
    "RETURN collect([row.id, elementId(d)]) AS located"
)

MENTIONS_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (d:Document {id: row.doc}) "
    "MATCH (e:Entity {id: row.entity}) "
    "MERGE (d)-[:MENTIONS]->(e)"
)

# The same with both ends found by element id, checked and resent as for relationships.
MENTIONS_BY_ELEMENT_ID_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (d:Document) WHERE elementId(d) = row.d AND d.id = row.doc "
    "MATCH (e:Entity) WHERE elementId(e) = row.e AND e.id = row.entity "
    "MERGE (d)-[:MENTIONS]->(e) "
    "RETURN count(*) AS written"
)

# A MENTIONS link to an entity this load has just created cannot exist yet: CREATE, not
# MERGE (on ArcadeDB a MERGE reads every link of the document first). Measured on the
# local engine, 17,655 links of a first load: 21.6 s by MERGE.
CREATE_MENTIONS_QUERY = (
    "UNWIND $rows AS row "
    "MATCH (d:Document) WHERE elementId(d) = row.d AND d.id = row.doc "
    "MATCH (e:Entity) WHERE elementId(e) = row.e AND e.id = row.entity "
    "CREATE (d)-[:MENTIONS]->(e) "
    "RETURN count(*) AS written"
)

WIPE_QUERIES: tuple[str, ...] = (
    "MATCH (n:Entity) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted",
    "MATCH (n:Document) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted",
)

_LABELS = tuple(sorted(set(names.NODE_LABELS.values())))
_ENDS = itemgetter("source", "target")
_ENTITY_KEYS = ("id", "name", "type", "aliases")


@dataclass
class LoadStats:
    """What one load sent and what the server says it created."""

    entities: int = 0
    relationships: int = 0
    documents: int = 0
    mentions: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    skipped_edges: int = 0
    batches: int = 0
    #: Deleted afterwards because the store no longer has them (newsgraph.cypher.prune).
    entities_removed: int = 0
    links_removed: int = 0  # relationships and MENTIONS deleted with those entities
    relationships_removed: int = 0
    mentions_removed: int = 0
    entities_kept: int = 0  # stale, but relationships newsgraph did not create still touch them
    #: Wall seconds per phase (``entities.lookup``, ``relationships.create``, ...): where
    #: a load spends its time (benchmarks/neo4j_load.py --phases). Not in as_dict().
    phase_seconds: dict[str, float] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, int]:
        """The figures as a plain dict (for --format json and the CLI summary)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type in (int, "int")}


def entity_query(label: str, template: str = CREATE_ENTITY_QUERY) -> str:
    """An entity query for one second label (which must be a known label)."""
    if label not in _LABELS:
        raise ValueError(f"unknown entity label {label!r}")
    others = ", ".join(f"n:`{other}`" for other in _LABELS if other != label)
    return template.format(label=label, others=others)


def relationship_query(rel_type: str, template: str = RELATIONSHIP_QUERY) -> str:
    """A relationship query for one type; the type must be ``[A-Z0-9_]`` only."""
    if not names.is_safe_identifier(rel_type) or rel_type != names.relationship_type(rel_type):
        raise ValueError(f"unsafe relationship type {rel_type!r}")
    return template.format(rel_type=rel_type)


def merge_relationships_query(rel_type: str) -> str:
    """The MERGE by element id for one relationship type."""
    return relationship_query(rel_type, MERGE_RELATIONSHIPS_QUERY)


def create_relationships_query(rel_type: str,
                               keys: Iterable[str] = RELATIONSHIP_PROPERTIES) -> str:
    """The columnar CREATE for one relationship type and one set of property keys."""
    keys = tuple(keys)
    if not set(keys) <= set(RELATIONSHIP_PROPERTIES):
        raise ValueError(f"unknown relationship properties {sorted(set(keys))!r}")
    relationship_query(rel_type)  # validates the type
    props = ", ".join(f"{key}: ${key}[i]" for key in keys)
    return CREATE_RELATIONSHIPS_QUERY.format(rel_type=rel_type, props=props)


def all_loader_queries(labels: tuple[str, ...] = _LABELS) -> list[str]:
    """Every query text the loader can send (for the Cypher linter test).

    The entity queries differ only in the spliced label, so a linter may pass one label.
    """
    return [
        *CONSTRAINTS,
        EXISTING_QUERY,
        ANY_ENTITY_QUERY,
        UPDATE_ENTITY_QUERY,
        *(entity_query(label, t) for label in labels for t in (CREATE_ENTITY_QUERY, RELABEL_QUERY)),
        relationship_query("STRIKE"),
        merge_relationships_query("STRIKE"),
        create_relationships_query("STRIKE"),
        DOCUMENT_QUERY,
        MENTIONS_QUERY,
        MENTIONS_BY_ELEMENT_ID_QUERY,
        CREATE_MENTIONS_QUERY,
        *WIPE_QUERIES,
    ]


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _text_list(values: Any) -> list[str]:
    """A list property Neo4j can store: strings only (other items as JSON)."""
    if values is None:
        return []
    if isinstance(values, str):
        try:
            values = json.loads(values)
        except ValueError:
            return [values]
        if not isinstance(values, list):
            return [str(values)]
    values = list(values)
    try:  # all strings, the usual case: checked in C
        "".join(values)
        return values
    except TypeError:
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values]


def entity_row(e: dict) -> dict:
    """``{id, name, type, aliases}``: an entity node's properties as every Cypher back-end gets them."""
    return {
        "id": str(e["id"]),
        "name": e.get("name"),
        "type": e.get("type"),
        "aliases": _text_list(e.get("aliases")),
    }


def edge_row(e: dict) -> dict:
    """``{source, target, props}``: the relationship's properties, without nulls."""
    props = _edge_props(e)
    return {"source": str(e["source"]), "target": str(e["target"]), "props": props}


def _edge_props(e: dict) -> dict:
    """The relationship's properties, in RELATIONSHIP_PROPERTIES order, nulls left out."""
    get = e.get
    predicate, confidence = get("predicate"), get("confidence")
    props = {} if predicate is None else {"predicate": predicate}
    props["count"] = int(get("count") or 1)
    if confidence is not None:
        props["confidence"] = float(confidence)
    for key in ("first_seen", "last_seen", "relation_class"):
        if (value := get(key)) is not None:
            props[key] = value
    props["negated"] = bool(get("negated", False))
    props["evidence"] = _text_list(get("evidence"))
    return props


def document_row(d: dict) -> dict:
    """``{id, source, date, title, url}``: a Document node's properties."""
    return {"id": str(d["id"]), "source": d.get("source"), "date": d.get("date"), "title": d.get("title"),
            "url": d.get("url")}


def _run_batch(tx: Any, query: str, params: dict) -> tuple[int, int]:
    counters = tx.run(query, params).consume().counters
    return counters.nodes_created, counters.relationships_created


def _located(tx: Any, query: str, params: dict) -> tuple[int, int, dict[str, str]]:
    """Run a query returning ``located`` [id, element id] pairs (entity or document
    CREATE/MERGE); also return those pairs as a dict."""
    result = tx.run(query, params)
    located = dict(result.single()["located"])
    counters = result.consume().counters
    return counters.nodes_created, counters.relationships_created, located


class _StaleElementIds(Exception):
    """A relationship query by element id wrote fewer rows than it was sent."""


def _write_by_element_id(tx: Any, query: str, params: dict, n: int) -> tuple[int, int]:
    """Run a query by element id; roll back (raise) unless all ``n`` rows were written."""
    result = tx.run(query, params)
    record = result.single()
    if record is None or record["written"] != n:
        raise _StaleElementIds
    counters = result.consume().counters
    return counters.nodes_created, counters.relationships_created


class _Values(list):
    """A parameter list whose repr is short. The driver formats every query's parameters
    for its debug log even when the log is off: a repr of each whole batch, ~5% of a
    load's wall time. Packed exactly like a list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} values>"


@dataclass(frozen=True)
class _Job:
    """One query, ready to send, and the rows it came from. ``fallback``: for a query by
    element id, the same through the id index (run on ``rows`` if a node moved)."""

    kind: str
    phase: str
    query: str
    params: dict
    rows: list[dict]
    fallback: str | None = None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk load, then restore it.

    The loader allocates a few containers per row, all freed by reference counting, yet
    each allocation burst makes the collector walk objects again: measured as a third of
    the client's CPU and ~20% of the wall time of a 100,000-triple load. The few cycles
    the driver makes per transaction wait until the load ends. At the end, what survived
    is moved to the oldest generation without a scan (freeze, unfreeze), else the first
    allocation after the load pays a full collection (0.4 s after 100,000 triples);
    skipped when the caller has frozen objects of their own.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def ensure_constraints(conn: Connection) -> None:
    """Create the named uniqueness constraints (IF NOT EXISTS: safe to repeat)."""
    for statement in CONSTRAINTS:
        conn.write(lambda tx, q=statement: tx.run(q).consume())


def _same_entity(row: dict, stored: dict) -> bool:
    """Whether the stored node already has the row's name, type and aliases."""
    return all(row[key] == stored.get(key) for key in ("name", "type")) and (
        list(row["aliases"]) == list(stored.get("aliases") or []))


class _Loader:
    """Sends grouped batches and keeps the running :class:`LoadStats`."""

    def __init__(self, conn: Connection, batch_size: int, progress: Progress | None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.conn, self.size, self.progress = conn, batch_size, progress
        self.stats = LoadStats()
        self.created: set[str] = set()  # entity ids this load created
        self.element_ids: dict[str, str] = {}  # entity id -> element id, for this load's entities
        self.trust_element_ids = True  # until a query finds a node moved
        self.document_ids: dict[str, str] = {}  # document id -> element id
        self.seen_edges: set[tuple[str, str, str]] = set()

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            seconds = self.stats.phase_seconds
            seconds[phase] = seconds.get(phase, 0.0) + time.perf_counter() - start

    def send(self, kind: str, query: str, rows: Iterable[dict], phase: str | None = None) -> None:
        for batch in _batches(rows, self.size):
            with self.timed(phase or kind):
                self.run(kind, query, {"rows": batch}, len(batch))

    def run(self, kind: str, query: str, params: dict, n: int,
            work: Callable[..., tuple] = _run_batch, *args: Any) -> tuple:
        """One write transaction for ``n`` rows of ``kind``; returns what ``work`` returned."""
        params = {key: _Values(value) if type(value) is list else value
                  for key, value in params.items()}
        result = self.conn.write(work, query, params, *args)
        self.count(kind, n, *result[:2])
        return result

    def count(self, kind: str, n: int, nodes: int = 0, rels: int = 0) -> None:
        self.stats.nodes_created += nodes
        self.stats.relationships_created += rels
        self.stats.batches += 1
        setattr(self.stats, kind, getattr(self.stats, kind) + n)
        if self.progress:
            self.progress(kind, n)

    def entities(self, rows: Iterable[dict]) -> None:
        seen: set[str] = set()

        def unique(rows: Iterable[dict]) -> Iterator[dict]:
            for row in rows:  # one row per id, or CREATE would meet the constraint
                if row["id"] not in seen:
                    seen.add(row["id"])
                    yield row

        # Into a database without entities (a first load) nothing needs looking up. Should
        # another loader add the same entity meanwhile, the uniqueness constraint makes
        # this load fail, never duplicate it.
        with self.timed("entities.lookup"):
            first = not self.conn.read(lambda tx: tx.run(ANY_ENTITY_QUERY).single() is not None)

        def send(label: str, batch: list[dict]) -> None:
            existing: dict[str, dict] = {}
            if not first:
                with self.timed("entities.lookup"):
                    existing = self.conn.read(lambda tx: {
                        r["id"]: r.data()
                        for r in tx.run(EXISTING_QUERY, ids=[row["id"] for row in batch])})
            stale = [i for i, node in existing.items() if label not in node["labels"]]
            if stale:
                with self.timed("entities.relabel"):
                    self.conn.autocommit(entity_query(label, RELABEL_QUERY), ids=stale)
            self.element_ids.update(
                (i, node["element_id"]) for i, node in existing.items() if i not in stale)
            new = [row for row in batch if row["id"] not in existing]
            with self.timed("entities.create"):
                for part in _batches(new, self.size):
                    columns = {key: [row[key] for row in part] for key in _ENTITY_KEYS}
                    *_, element_ids = self.run("entities", entity_query(label), columns,
                                               len(part), _located)
                    self.element_ids.update(element_ids)
            self.created.update(row["id"] for row in new)
            # An unchanged entity is not written again (a reload sends no entity updates).
            changed = [row for row in batch if row["id"] in existing
                       and not _same_entity(row, existing[row["id"]])]
            self.send("entities", UPDATE_ENTITY_QUERY, changed, "entities.update")
            unchanged = len(batch) - len(new) - len(changed)
            self.stats.entities += unchanged
            if unchanged and self.progress:
                self.progress("entities", unchanged)

        for label, batch in self._grouped(unique(rows), lambda row: names.node_label(row["type"])):
            send(label, batch)

    def relationships(self, rows: Iterable[dict]) -> None:
        """Send the relationships, one query at a time, in order. (Preparing the next
        query in a helper thread while the server runs this one was measured: no gain,
        the thread's GIL hand-offs cost what the overlap saves.)"""
        for job in self.relationship_jobs(rows):
            self.do(job)

    def relationship_jobs(self, rows: Iterable[dict]) -> Iterator[_Job]:
        """The queries for these rows: per type and set of properties, CREATE the new,
        MERGE the rest."""
        def group(row: dict) -> tuple[str, tuple[str, ...]]:
            # the property keys come in RELATIONSHIP_PROPERTIES order
            return names.relationship_type(row["props"].get("predicate")), tuple(row["props"])

        for (rel_type, keys), batch in self._grouped(rows, group):
            yield from self.type_jobs(rel_type, keys, batch)

    def type_jobs(self, rel_type: str, keys: tuple[str, ...], batch: list[dict]) -> Iterator[_Job]:
        new, known, other = [], [], []
        ids, created, seen = self.element_ids, self.created, self.seen_edges
        batch.sort(key=_ENDS)  # neighbouring rows share a node
        for row in batch:
            source, target = row["source"], row["target"]
            key = (rel_type, source, target)
            if source not in ids or target not in ids:
                other.append(row)  # an end this load did not see: through the index
            elif key not in seen and (source in created or target in created):
                new.append(row)
            else:
                known.append(row)
            seen.add(key)
        if new:
            yield self.create_job(rel_type, keys, new)
        # MERGE after CREATE: a repeated row updates the one just created.
        query = merge_relationships_query(rel_type)
        for part in _batches(known, self.size):
            params = {"rows": [{**row, "a": ids[row["source"]], "b": ids[row["target"]]}
                               for row in part]}
            yield _Job("relationships", "relationships.merge", query, params, part,
                       relationship_query(rel_type))
        for part in _batches(other, self.size):
            yield _Job("relationships", "relationships.merge", relationship_query(rel_type),
                       {"rows": part}, part)

    def create_job(self, rel_type: str, keys: tuple[str, ...], rows: list[dict]) -> _Job:
        """CREATE for relationships known to be new, all with the same property keys:
        the values travel as one list per property."""
        ids = self.element_ids
        sources = [row["source"] for row in rows]
        targets = [row["target"] for row in rows]
        params = {"source": sources, "target": targets,
                  "a": [ids[s] for s in sources], "b": [ids[t] for t in targets]}
        columns = zip(*[tuple(row["props"].values()) for row in rows], strict=True)
        params.update((key, list(column)) for key, column in zip(keys, columns, strict=True))
        return _Job("relationships", "relationships.create",
                    create_relationships_query(rel_type, keys), params, rows,
                    relationship_query(rel_type))

    def do(self, job: _Job) -> None:
        """Run one query. A query by element id whose nodes moved since they were read is
        rolled back and resent through the id index, as is every later one."""
        n = len(job.rows)
        with self.timed(job.phase):
            if job.fallback is None:
                self.run(job.kind, job.query, job.params, n)
                return
            if self.trust_element_ids:
                try:
                    self.run(job.kind, job.query, job.params, n, _write_by_element_id, n)
                    return
                except _StaleElementIds:
                    self.trust_element_ids = False
        self.send(job.kind, job.fallback, job.rows, f"{job.kind}.fallback")

    def documents(self, rows: Iterable[dict]) -> None:
        """MERGE the documents, learning their element ids."""
        for batch in _batches(rows, self.size):
            with self.timed("documents"):
                *_, located = self.run("documents", DOCUMENT_QUERY, {"rows": batch}, len(batch),
                                       _located)
            self.document_ids.update(located)

    def mentions(self, pairs: Iterable[tuple[str, str]]) -> None:
        """(document)-[:MENTIONS]->(entity) by element id where both are known: CREATEd when
        this load created the entity (the link cannot exist), else MERGEd."""
        docs, ids, created = self.document_ids, self.element_ids, self.created
        seen: set[tuple[str, str]] = set()
        for batch in _batches(({"doc": str(d), "entity": str(e)} for d, e in pairs), self.size):
            new, located, other = [], [], []
            for row in batch:
                pair = (row["doc"], row["entity"])
                if row["doc"] not in docs or row["entity"] not in ids:
                    other.append(row)
                elif row["entity"] in created and pair not in seen:
                    new.append(row)
                else:
                    located.append(row)
                seen.add(pair)
            if other:  # an end this load did not see: through the index
                self.do(_Job("mentions", "mentions", MENTIONS_QUERY, {"rows": other}, other))
            for query, rows in ((CREATE_MENTIONS_QUERY, new), (MENTIONS_BY_ELEMENT_ID_QUERY, located)):
                if rows:
                    params = {"rows": [{**row, "d": docs[row["doc"]], "e": ids[row["entity"]]} for row in rows]}
                    self.do(_Job("mentions", "mentions", query, params, rows, MENTIONS_QUERY))

    def _grouped(self, rows: Iterable[dict], key: Callable[[dict], Hashable]
                 ) -> Iterator[tuple[Any, list[dict]]]:
        """Group rows by what their query splices in, yielding a group when it fills a batch."""
        groups: dict[Any, list[dict]] = defaultdict(list)
        for row in rows:
            name = key(row)
            groups[name].append(row)
            if len(groups[name]) >= self.size:
                yield name, groups.pop(name)
        yield from groups.items()


def load_rows(
    driver: Connection | Any,
    entities: Iterable[dict],
    edges: Iterable[dict],
    documents: Iterable[dict] = (),
    mentions: Iterable[tuple[str, str]] = (),
    *,
    database: str | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> LoadStats:
    """Load plain rows: the loader's core, independent of the store and the graph.

    ``entities``: dicts with ``id, name, type, aliases``. ``edges``: dicts with
    ``source, target, predicate`` and optionally ``count, confidence, first_seen,
    last_seen, relation_class, evidence``. ``documents``: ``id, source, date, title, url``.
    ``mentions``: ``(doc_id, entity_id)`` pairs. Edges whose ends are not loaded
    entities simply match nothing.
    """
    conn = as_connection(driver, database)
    loader = _Loader(conn, batch_size, progress)
    with loader.timed("constraints"):
        ensure_constraints(conn)
    with _collector_paused():
        loader.entities(entity_row(e) for e in entities)
        loader.relationships(edge_row(e) for e in edges)
        loader.documents(document_row(d) for d in documents)
        loader.mentions(mentions)
    return loader.stats


def graph_rows(graph: Any) -> tuple[list[dict], list[dict]]:
    """Entity and edge rows from newsgraph's NetworkX MultiDiGraph (DESIGN.md attributes).

    An edge's predicate is its key: the predicate, or ``not_<predicate>`` for a negated
    edge, so "did not strike" never merges into ``STRIKE``.
    """
    entities = [{"id": n, **attrs} for n, attrs in graph.nodes(data=True)]
    edges = []
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        row = {k: v for k, v in attrs.items() if k not in ("source", "target")}
        row["predicate"] = key if isinstance(key, str) else attrs.get("relation")
        row["source"], row["target"] = source, target
        edges.append(row)
    return entities, edges


@dataclass
class StoreRows:
    """What a store gives every Cypher back-end (Neo4j, the local engine): entity, edge and
    document rows for :func:`load_rows`, and ``(document id, entity id)`` MENTIONS pairs."""

    entities: list[dict]
    edges: list[dict]
    documents: list[dict]
    mentions: list[tuple[str, str]]


def store_rows(store: Any, concepts: bool = False) -> StoreRows:
    """The rows of a newsgraph ``Store``: its actor graph (``concepts``: concept nodes too; every
    resolved actor included), its documents, and which document mentions which loaded entity."""
    entities, edges = graph_rows(_store_graph(store, concepts))
    loaded = {str(e["id"]) for e in entities}
    mentions = [(str(d), str(e)) for d, e in store.document_entities() if str(e) in loaded]
    return StoreRows(entities, edges, [document_row(d) for d in store.iter_documents()], mentions)


def load(
    source: Any,
    driver: Connection | Any,
    *,
    database: str | None = None,
    batch_size: int = 1000,
    wipe: bool = False,
    prune: bool = True,
    progress: Progress | None = None,
    concepts: bool = False,
) -> LoadStats:
    """Load a newsgraph ``Store`` (or an already built graph) into Neo4j.

    A store gives its rows through :func:`store_rows` (its actor graph, with ``concepts``
    concept nodes too; documents and MENTIONS links); a bare graph loads entities and
    relationships only. With ``prune`` (the default) the database then mirrors what was
    loaded: entities, relationships and (from a store) MENTIONS links it no longer has,
    say after a rebuild merged two entities, are deleted.
    """
    conn = as_connection(driver, database)
    if hasattr(source, "iter_documents"):
        rows = store_rows(source, concepts)
        mentions: list[tuple[str, str]] | None = rows.mentions
    else:
        entities, edges = graph_rows(source)
        rows, mentions = StoreRows(entities, edges, [], []), None
    if wipe:
        wipe_graph(conn)
    stats = load_rows(conn, rows.entities, rows.edges, rows.documents, rows.mentions,
                      batch_size=batch_size, progress=progress)
    if prune:
        start = time.perf_counter()
        removed = prune_graph(conn, {str(e["id"]) for e in rows.entities}, edge_keys(rows.edges),
                              None if mentions is None else set(mentions), batch_size=batch_size)
        stats.phase_seconds["prune"] = time.perf_counter() - start
        stats.entities_removed, stats.links_removed = removed.entities, removed.links
        stats.relationships_removed = removed.relationships
        stats.mentions_removed = removed.mentions
        stats.entities_kept = removed.kept
    return stats


def edge_keys(edges: Iterable[dict]) -> set[tuple[str, str, str]]:
    """``(relationship type, source id, target id)`` of each edge, as loaded."""
    return {(names.relationship_type(e.get("predicate")), str(e["source"]), str(e["target"]))
            for e in edges}


def _store_graph(store: Any, concepts: bool = False) -> Any:
    """The store's graph with every resolved actor (and, with ``concepts``, every entity)."""
    import networkx as nx

    from newsgraph.graph.build import build_graph
    from newsgraph.graph.errors import EmptyGraph

    try:
        return build_graph(store, isolates=True, concepts=concepts)
    except EmptyGraph:
        return nx.MultiDiGraph()


def wipe_graph(conn: Connection, *, batch_size: int = 5000) -> int:
    """Delete newsgraph's own nodes (Entity, Document) and their links, in batches.

    Other data in the database is left alone. Returns the number of nodes deleted.
    """
    total = 0
    for query in WIPE_QUERIES:
        while True:
            deleted = conn.write(
                lambda tx, q=query: tx.run(q, limit=batch_size).single()["deleted"]
            )
            total += deleted
            if not deleted:
                break
    return total
