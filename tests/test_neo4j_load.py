"""Loading into a real Bolt server (ArcadeDB from tests/bolt_server.py): counts,
idempotence, incremental loads, hostile text, and one-line connection errors."""

from __future__ import annotations

import networkx as nx
import pytest

from newsgraph.cypher import names
from newsgraph.cypher.connection import (
    Neo4jAuthError,
    Neo4jDatabaseNotFound,
    Neo4jUnavailable,
    connect,
)
from newsgraph.cypher.load import load, load_rows, relationship_query, wipe_graph
from tests.bolt_server import free_port

pytestmark = pytest.mark.neo4j

ENTITIES = [
    {"id": "e1", "name": "Northern Brigade", "type": "ORG", "aliases": ["the Brigade"]},
    {"id": "e2", "name": "Port Sela", "type": "GPE", "aliases": []},
    {"id": "e3", "name": "Mara Quell", "type": "PERSON", "aliases": ["Quell"]},
    {"id": "e4", "name": "river patrols", "type": "CONCEPT", "aliases": []},
]
EDGES = [
    {"source": "e1", "target": "e2", "predicate": "strike", "count": 3, "confidence": 0.9,
     "first_seen": "2024-03-01", "last_seen": "2024-03-09", "relation_class": "ATTACK",
     "evidence": ["The Northern Brigade struck Port Sela on Friday."]},
    {"source": "e3", "target": "e1", "predicate": "lead", "count": 1, "confidence": 0.7,
     "first_seen": "2024-02-11", "last_seen": "2024-02-11", "relation_class": "LEADS",
     "evidence": [{"sentence": "Mara Quell leads the Brigade.", "doc": "d1"}]},
    {"source": "e1", "target": "e4", "predicate": "suspend", "count": 1},
]
DOCUMENTS = [
    {"id": "d1", "date": "2024-02-11", "title": "Brigade names leader", "url": "http://x.test/1"},
    {"id": "d2", "date": "2024-03-01", "title": "Strike on Port Sela", "url": None},
]
MENTIONS = [("d1", "e1"), ("d1", "e3"), ("d2", "e1"), ("d2", "e2")]


def scalar(conn, query: str, **params):
    return conn.read(lambda tx: tx.run(query, params).single()[0])


def counts(conn) -> dict[str, int]:
    return {
        "entities": scalar(conn, "MATCH (n:Entity) RETURN count(n)"),
        "documents": scalar(conn, "MATCH (n:Document) RETURN count(n)"),
        "relations": scalar(conn, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"),
        "mentions": scalar(conn, "MATCH (:Document)-[r:MENTIONS]->(:Entity) RETURN count(r)"),
    }


def test_load_creates_the_design_model(neo4j_conn):
    stats = load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS, batch_size=2)
    assert counts(neo4j_conn) == {"entities": 4, "documents": 2, "relations": 3, "mentions": 4}
    assert stats.nodes_created == 6 and stats.relationships_created == 7
    row = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (a:Entity {id: 'e1'})-[r:STRIKE]->(b:Entity) "
        "RETURN labels(a) AS labels, b.name AS target, r.count AS count, "
        "r.relation_class AS cls, r.first_seen AS first, r.evidence AS evidence").single().data())
    assert sorted(row["labels"]) == ["Entity", "Organization"]
    assert row["target"] == "Port Sela" and row["count"] == 3 and row["cls"] == "ATTACK"
    assert row["first"] == "2024-03-01"
    assert row["evidence"] == ["The Northern Brigade struck Port Sela on Friday."]
    person = scalar(neo4j_conn, "MATCH (n:Person) RETURN n.name")
    assert person == "Mara Quell"
    evidence = scalar(neo4j_conn, "MATCH ()-[r:LEAD]->() RETURN r.evidence")
    assert evidence == ['{"sentence": "Mara Quell leads the Brigade.", "doc": "d1"}']


def test_loading_twice_creates_nothing_new(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS)
    before = counts(neo4j_conn)
    again = load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS)
    assert again.nodes_created == 0 and again.relationships_created == 0
    assert counts(neo4j_conn) == before


def test_loading_more_adds_only_what_is_new_and_updates_properties(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES[:2], EDGES[:1], DOCUMENTS[1:], [("d2", "e1")])
    grown = [dict(EDGES[0], count=5, last_seen="2024-04-02"), *EDGES[1:]]
    stats = load_rows(neo4j_conn, ENTITIES, grown, DOCUMENTS, MENTIONS)
    assert stats.nodes_created == 3  # e3, e4, d1
    assert stats.relationships_created == 2 + 3  # two relations, three new mentions
    assert counts(neo4j_conn) == {"entities": 4, "documents": 2, "relations": 3, "mentions": 4}
    assert scalar(neo4j_conn, "MATCH ()-[r:STRIKE]->() RETURN r.count") == 5


def test_a_changed_type_moves_the_entity_to_its_new_label(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, [])
    load_rows(neo4j_conn, [dict(ENTITIES[1], type="ORG")], [])
    labels = scalar(neo4j_conn, "MATCH (n:Entity {id: 'e2'}) RETURN labels(n)")
    assert sorted(labels) == ["Entity", "Organization"]


def test_a_relabelled_entity_keeps_its_relationships_and_gets_new_ones(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES)  # ArcadeDB moves a relabelled node elsewhere
    more = [*EDGES, {"source": "e2", "target": "e3", "predicate": "host", "count": 1}]
    load_rows(neo4j_conn, [dict(ENTITIES[1], type="ORG"), *ENTITIES[:1], *ENTITIES[2:]], more)
    rows = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b "
        "ORDER BY a, t").data())
    assert rows == [{"a": "e1", "t": "STRIKE", "b": "e2"}, {"a": "e1", "t": "SUSPEND", "b": "e4"},
                    {"a": "e2", "t": "HOST", "b": "e3"}, {"a": "e3", "t": "LEAD", "b": "e1"}]


@pytest.mark.parametrize("fresh", [True, False], ids=["create", "merge"])
def test_stale_element_ids_are_caught_and_the_batch_goes_through_the_id_index(neo4j_conn, fresh):
    from newsgraph.cypher.load import _Loader, edge_row, entity_row

    loader = _Loader(neo4j_conn, 1000, None)
    loader.entities(entity_row(e) for e in ENTITIES)
    if not fresh:
        loader.created.clear()  # as if the entities had been loaded before: MERGE path
    ids = loader.element_ids  # swap two nodes' element ids, as if they had moved
    ids["e1"], ids["e2"] = ids["e2"], ids["e1"]
    loader.relationships(edge_row(e) for e in EDGES)
    rows = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, "
        "r.count AS n ORDER BY a, t").data())
    assert rows == [{"a": "e1", "t": "STRIKE", "b": "e2", "n": 3},
                    {"a": "e1", "t": "SUSPEND", "b": "e4", "n": 1},
                    {"a": "e3", "t": "LEAD", "b": "e1", "n": 1}]
    assert loader.stats.relationships_created == 3 and "relationships.fallback" in loader.stats.phase_seconds


def test_mentions_with_stale_element_ids_still_link_the_right_nodes(neo4j_conn):
    from newsgraph.cypher.load import _Loader, document_row, entity_row

    loader = _Loader(neo4j_conn, 1000, None)
    loader.entities(entity_row(e) for e in ENTITIES)
    loader.documents(document_row(d) for d in DOCUMENTS)
    ids = loader.element_ids
    ids["e1"], ids["e3"] = ids["e3"], ids["e1"]
    loader.mentions([*MENTIONS, ("d2", "e9")])  # e9 is no entity: matches nothing
    pairs = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (d:Document)-[:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e ORDER BY d, e"
    ).values())
    assert pairs == [list(pair) for pair in sorted(MENTIONS)]
    assert "mentions.fallback" in loader.stats.phase_seconds


HOSTILE = [
    "x`]->() DETACH DELETE n //",
    "}]->() MATCH (n) DETACH DELETE n",
    "O'Brien \"quoted\" \\ backslash",
    "tab\tnewline\nnull\x00bell\x07",
    "emoji 🔥🚀 and Ünïcödé",
    "$rows {id: 1}",
]


def test_hostile_text_loads_as_data_and_harms_nothing(neo4j_conn):
    entities = [{"id": f"h{i}`'", "name": text, "type": text, "aliases": [text]}
                for i, text in enumerate(HOSTILE)]
    edges = [{"source": f"h{i}`'", "target": f"h{(i + 1) % len(HOSTILE)}`'", "predicate": text,
              "relation_class": text, "evidence": [text], "first_seen": text}
             for i, text in enumerate(HOSTILE)]
    docs = [{"id": text, "title": text, "url": text, "date": text} for text in HOSTILE]
    load_rows(neo4j_conn, entities, edges, docs, [(HOSTILE[0], "h0`'")])
    assert counts(neo4j_conn) == {
        "entities": len(HOSTILE), "documents": len(HOSTILE),
        "relations": len(HOSTILE), "mentions": 1,
    }
    stored = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases").data())
    assert sorted(r["name"] for r in stored) == sorted(HOSTILE)
    assert all(r["aliases"] == [r["name"]] for r in stored)
    types = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS t, r.evidence AS ev").data())
    assert sorted(r["t"] for r in types) == sorted(names.relationship_type(t) for t in HOSTILE)
    assert sorted(r["ev"][0] for r in types) == sorted(HOSTILE)


def test_relationship_query_refuses_an_unsafe_type():
    with pytest.raises(ValueError):
        relationship_query("X`]->() DETACH DELETE n")
    assert "`STRIKE`" in relationship_query("STRIKE")


def test_wipe_deletes_only_newsgraph_nodes(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS)
    neo4j_conn.write(lambda tx: tx.run("CREATE (:Keep {id: 'mine'})").consume())
    assert wipe_graph(neo4j_conn, batch_size=2) == 6
    assert counts(neo4j_conn) == {"entities": 0, "documents": 0, "relations": 0, "mentions": 0}
    assert scalar(neo4j_conn, "MATCH (n:Keep) RETURN count(n)") == 1


def test_load_from_a_graph_keys_edges_by_predicate_and_keeps_negation_apart(neo4j_conn):
    G = nx.MultiDiGraph()
    G.add_node("e1", name="Northern Brigade", type="ORG", aliases=[], mentions=3, documents=2)
    G.add_node("e2", name="Port Sela", type="GPE", aliases=[], mentions=1, documents=1)
    G.add_edge("e1", "e2", key="strike", relation="strike", count=2, confidence=0.8,
               relation_class="ATTACK", negated=False, first_seen="2024-01-02",
               last_seen="2024-01-03", documents=["d1"], evidence=[{"sentence": "s", "doc": "d1"}])
    G.add_edge("e1", "e2", key="not_strike", relation="strike", count=1, confidence=0.5,
               relation_class="ATTACK", negated=True, documents=["d2"], evidence=[])
    stats = load(G, neo4j_conn.driver, database=neo4j_conn.database)
    assert stats.entities == 2 and stats.relationships == 2
    types = neo4j_conn.read(lambda tx: tx.run(
        "MATCH ()-[r]->() RETURN type(r) AS t, r.negated AS neg ORDER BY t").data())
    assert types == [{"t": "NOT_STRIKE", "neg": True}, {"t": "STRIKE", "neg": False}]


def test_prune_deletes_only_what_was_not_loaded_and_only_newsgraph_nodes(neo4j_conn):
    from newsgraph.cypher.prune import prune

    load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS)
    neo4j_conn.write(lambda tx: tx.run("CREATE (:Other {id: 'e2'})").consume())
    keys = {("STRIKE", "e1", "e2"), ("LEAD", "e3", "e1")}  # SUSPEND e1->e4 is gone
    kept = {"e1", "e2", "e3"}  # e4 too
    removed = prune(neo4j_conn, kept, keys, set(MENTIONS[1:]))
    assert (removed.entities, removed.relationships, removed.mentions) == (1, 0, 1)
    assert counts(neo4j_conn) == {"entities": 3, "documents": 2, "relations": 2, "mentions": 3}
    assert scalar(neo4j_conn, "MATCH (n:Other) RETURN count(n)") == 1
    again = prune(neo4j_conn, kept, keys, set(MENTIONS[1:]))  # nothing stale: counts only
    assert (again.entities, again.relationships, again.mentions) == (0, 0, 0)


def test_prune_removes_a_relationship_whose_fact_is_gone_between_kept_entities(neo4j_conn):
    from newsgraph.cypher.prune import prune

    load_rows(neo4j_conn, ENTITIES, EDGES)
    removed = prune(neo4j_conn, {e["id"] for e in ENTITIES}, {("STRIKE", "e1", "e2"),
                                                              ("LEAD", "e3", "e1")})
    assert removed.relationships == 1 and removed.mentions == 0
    types = neo4j_conn.read(lambda tx: tx.run("MATCH ()-[r]->() RETURN type(r) ORDER BY type(r)").value())
    assert types == ["LEAD", "STRIKE"]


def test_wrong_password_is_one_clear_line(bolt_server):
    with pytest.raises(Neo4jAuthError) as err:
        connect(bolt_server.uri, bolt_server.user, "not-the-password-42", bolt_server.database)
    message = str(err.value)
    assert "\n" not in message and "not-the-password-42" not in message
    assert message == (f"Neo4j at {bolt_server.uri} refused the credentials of user 'root': "
                       "check the password (--password or NEO4J_PASSWORD)")


def test_server_down_is_one_clear_line():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(Neo4jUnavailable) as err:
        connect(uri, "neo4j", "secret-pw-99", None)
    assert str(err.value) == (
        f"cannot reach Neo4j at {uri}: is the server running? (--uri or NEO4J_URI)")


def test_unknown_database_is_one_clear_line(bolt_server):
    with pytest.raises(Neo4jDatabaseNotFound) as err:
        connect(bolt_server.uri, bolt_server.user, bolt_server.password, "nosuchdb")
    assert str(err.value) == (f"Neo4j at {bolt_server.uri} has no database 'nosuchdb' "
                              "(--database or NEO4J_DATABASE)")


def test_the_uniqueness_constraint_guards_entity_ids(neo4j_conn):
    from newsgraph.cypher.connection import QueryFailed

    load_rows(neo4j_conn, ENTITIES + ENTITIES[:1], [])  # a repeated row is loaded once
    assert counts(neo4j_conn)["entities"] == 4
    with pytest.raises(QueryFailed):
        neo4j_conn.write(lambda tx: tx.run("CREATE (n:Entity:Person {id: 'e1'})").consume())
    assert counts(neo4j_conn)["entities"] == 4


def test_new_relationships_store_only_the_properties_they_have(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES)
    keys = scalar(neo4j_conn, "MATCH ()-[r:SUSPEND]->() RETURN keys(r)")
    assert sorted(keys) == ["count", "evidence", "negated", "predicate"]  # no nulls
    assert scalar(neo4j_conn, "MATCH ()-[r:STRIKE]->() RETURN r.confidence") == 0.9


def test_a_repeated_edge_row_makes_one_relationship_and_the_last_row_wins(neo4j_conn):
    again = dict(EDGES[0], count=7, predicate="Strike")  # same type, same ends
    stats = load_rows(neo4j_conn, ENTITIES, [EDGES[0], EDGES[1], again], batch_size=2)
    assert stats.relationships_created == 2
    assert counts(neo4j_conn)["relations"] == 2
    assert scalar(neo4j_conn, "MATCH ()-[r:STRIKE]->() RETURN r.count") == 7


def test_an_edge_between_entities_loaded_earlier_is_merged_not_duplicated(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES)
    stats = load_rows(neo4j_conn, ENTITIES[:2], [dict(EDGES[0], count=4)])
    assert stats.nodes_created == 0 and stats.relationships_created == 0
    assert counts(neo4j_conn)["relations"] == 3
    assert scalar(neo4j_conn, "MATCH ()-[r:STRIKE]->() RETURN r.count") == 4


def test_a_reload_reports_every_entity_and_where_the_time_went(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES)
    seen = []
    stats = load_rows(neo4j_conn, ENTITIES, EDGES, progress=lambda kind, n: seen.append((kind, n)))
    assert stats.entities == 4 and sum(n for kind, n in seen if kind == "entities") == 4
    assert "entities.lookup" in stats.phase_seconds and "relationships.merge" in stats.phase_seconds
    assert "phase_seconds" not in stats.as_dict()


def test_each_new_relationship_keeps_its_own_values_and_the_shared_ones(neo4j_conn):
    edges = [dict(EDGES[0], target=f"e{i}", count=i, first_seen=f"2024-05-0{i}") for i in (2, 3, 4)]
    load_rows(neo4j_conn, ENTITIES, edges)
    rows = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (:Entity)-[r:STRIKE]->(b:Entity) RETURN b.id AS b, r.count AS count, "
        "r.first_seen AS first, r.predicate AS p, r.relation_class AS cls ORDER BY b").data())
    assert rows == [{"b": f"e{i}", "count": i, "first": f"2024-05-0{i}", "p": "strike",
                     "cls": "ATTACK"} for i in (2, 3, 4)]
