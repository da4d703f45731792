"""Remove from Neo4j what the store no longer has, so the database mirrors the store.

A rebuild can merge or rename entities (``Kataib`` joins ``Kataib Hezbollah``): the new
entity is loaded, but the old node and its relationships would stay beside it, a
duplicate in every query. After a load, :func:`prune` deletes newsgraph's Entity nodes,
relationships between entities and MENTIONS links that the loaded graph does not have.

It never deletes what newsgraph did not create: a relationship is newsgraph's when it
carries the properties every loaded fact has (``count``, ``negated`` and ``evidence``), or
is a MENTIONS from a Document; a relationship an analyst drew by hand (``ANALYST_NOTE``)
is left, and so is a stale entity it still touches (counted as kept). The usual case costs
three counts: the full lists are read only when a count is higher than what was loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsgraph.cypher.connection import Connection

__all__ = ["PruneStats", "prune", "COUNT_QUERIES", "STORED_QUERIES", "DELETE_QUERIES", "all_prune_queries"]

# What makes a relationship between entities newsgraph's (see the module docstring).
OURS = "r.count IS NOT NULL AND r.negated IS NOT NULL AND r.evidence IS NOT NULL"

COUNT_QUERIES: dict[str, str] = {
    "entities": "MATCH (n:Entity) RETURN count(n) AS n",
    "relationships": f"MATCH (:Entity)-[r]->(:Entity) WHERE {OURS} RETURN count(r) AS n",
    "mentions": "MATCH (:Document)-[r:MENTIONS]->(:Entity) RETURN count(r) AS n",
}

STORED_QUERIES: dict[str, str] = {
    "entities": "MATCH (n:Entity) RETURN n.id AS id",
    "relationships": f"MATCH (a:Entity)-[r]->(b:Entity) WHERE {OURS} RETURN type(r) AS type, a.id AS a, b.id AS b",
    "mentions": "MATCH (d:Document)-[:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e",
}

# Each node is found through its id index; a relationship through its start node's.
DELETE_QUERIES: dict[str, str] = {
    # a stale entity: first newsgraph's links, then the node if nothing else touches it
    "entity_links": (
        "UNWIND $rows AS id "
        "MATCH (n:Entity {id: id})-[r]-(m) "
        f"WHERE (type(r) = 'MENTIONS' AND m:Document) OR ({OURS}) "
        "DELETE r"
    ),
    "entities": (
        "UNWIND $rows AS id "
        "MATCH (n:Entity {id: id}) "
        "OPTIONAL MATCH (n)-[r]-() "
        "WITH n, count(r) AS links WHERE links = 0 "
        "DELETE n"
    ),
    "relationships": (
        "UNWIND $rows AS row "
        "MATCH (a:Entity {id: row.a})-[r]->(b:Entity {id: row.b}) "
        f"WHERE type(r) = row.type AND {OURS} "
        "DELETE r"
    ),
    "mentions": (
        "UNWIND $rows AS row "
        "MATCH (d:Document {id: row.d})-[r:MENTIONS]->(e:Entity {id: row.e}) "
        "DELETE r"
    ),
}


@dataclass
class PruneStats:
    """How many stale entities, relationships and MENTIONS links were deleted;
    ``links``: the relationships and MENTIONS deleted with the stale entities; ``kept``:
    stale entities left because relationships newsgraph did not create still touch them."""

    entities: int = 0
    relationships: int = 0
    mentions: int = 0
    links: int = 0
    kept: int = 0


def all_prune_queries() -> list[str]:
    """Every query text :func:`prune` can send (for the Cypher linter test)."""
    return [*COUNT_QUERIES.values(), *STORED_QUERIES.values(), *DELETE_QUERIES.values()]


def prune(
    conn: Connection,
    entity_ids: set[str],
    edge_keys: set[tuple[str, str, str]],
    mention_pairs: set[tuple[str, str]] | None = None,
    *,
    batch_size: int = 1000,
) -> PruneStats:
    """Delete Entity nodes not in ``entity_ids`` (with their links), relationships
    between entities whose ``(type, source id, target id)`` is not in ``edge_keys``, and,
    unless ``mention_pairs`` is None, MENTIONS links whose ``(document id, entity id)`` is
    not in it. Call it after loading exactly these."""
    stats = PruneStats()
    stats.entities, stats.links, stats.kept = _prune(conn, "entities", len(entity_ids),
                                                     lambda r: r["id"] not in entity_ids, lambda r: r["id"],
                                                     batch_size)
    stats.relationships, _, _ = _prune(
        conn, "relationships", len(edge_keys),
        lambda r: (r["type"], r["a"], r["b"]) not in edge_keys, dict, batch_size)
    if mention_pairs is not None:
        stats.mentions, _, _ = _prune(conn, "mentions", len(mention_pairs),
                                      lambda r: (r["d"], r["e"]) not in mention_pairs, dict, batch_size)
    return stats


def _prune(conn: Connection, kind: str, loaded: int, stale: Callable[[dict], bool],
           row: Callable[[dict], Any], batch_size: int) -> tuple[int, int, int]:
    """Delete the stale ``kind`` when the database holds more of them than were loaded;
    return how many, how many relationships went with them (entities) and how many were
    kept because relationships newsgraph did not create touch them (entities)."""
    if _count(conn, kind) <= loaded:
        return 0, 0, 0
    doomed = conn.read(lambda tx: [row(r) for r in (rec.data() for rec in tx.run(STORED_QUERIES[kind]))
                                   if stale(r)])
    if kind != "entities":
        for batch in _chunks(doomed, batch_size):
            conn.write(lambda tx, b=batch: tx.run(DELETE_QUERIES[kind], rows=b).consume())
        return len(doomed), 0, 0
    links = deleted = 0
    for batch in _chunks(doomed, batch_size):
        def delete(tx: Any, b: list = batch) -> tuple[int, int]:
            unlinked = tx.run(DELETE_QUERIES["entity_links"], rows=b).consume().counters.relationships_deleted
            return unlinked, tx.run(DELETE_QUERIES["entities"], rows=b).consume().counters.nodes_deleted
        unlinked, gone = conn.write(delete)
        links += unlinked
        deleted += gone
    return deleted, links, len(doomed) - deleted


def _chunks(rows: list, size: int) -> list[list]:
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def _count(conn: Connection, kind: str) -> int:
    return conn.read(lambda tx: tx.run(COUNT_QUERIES[kind]).single()["n"])
