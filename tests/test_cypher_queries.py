"""The shipped analyst queries (newsgraph/cypher/queries/*.cypher) and `run_query`,
run against the real Bolt test server over a small hand-written story."""

from __future__ import annotations

import json

import pytest

from newsgraph.cypher.load import load_rows
from newsgraph.cypher.query import (
    BadParameter,
    WriteRefused,
    format_result,
    parse_params,
    read_query_file,
    run_query,
    shipped_queries,
    writes,
)

ENTITIES = [
    {"id": "e1", "name": "Northern Brigade", "type": "ORG", "aliases": ["the Brigade"]},
    {"id": "e2", "name": "Port Sela", "type": "GPE", "aliases": []},
    {"id": "e3", "name": "Mara Quell", "type": "PERSON", "aliases": ["Quell"]},
    {"id": "e4", "name": "Coastal Guard", "type": "ORG", "aliases": []},
    {"id": "e5", "name": "Harbor Council", "type": "ORG", "aliases": []},
    {"id": "e6", "name": "Lina Ostrova", "type": "PERSON", "aliases": []},
]


def edge(s, o, predicate, cls, first, last=None, count=1, negated=False):
    return {"source": s, "target": o, "predicate": predicate, "relation_class": cls,
            "first_seen": first, "last_seen": last or first, "count": count,
            "negated": negated, "confidence": 0.8, "evidence": [f"{s} {predicate} {o}"]}


EDGES = [
    edge("e1", "e2", "strike", "ATTACK", "2024-03-01", "2024-03-09", count=3),
    edge("e1", "e4", "not_strike", "ATTACK", "2024-03-05", negated=True),
    edge("e4", "e1", "shell", "ATTACK", "2024-02-20"),
    edge("e3", "e1", "lead", "LEADS", "2024-02-11"),
    edge("e5", "e1", "condemn", "STATEMENT", "2024-03-10"),
]
DOCUMENTS = [{"id": "d1", "date": "2024-02-11", "title": "Profile", "url": None}]
# Mara Quell, Harbor Council and Lina Ostrova share a document: no query may treat
# that as a relation between them.
MENTIONS = [("d1", "e3"), ("d1", "e5"), ("d1", "e6")]


@pytest.fixture()
def story(neo4j_conn):
    load_rows(neo4j_conn, ENTITIES, EDGES, DOCUMENTS, MENTIONS)
    return neo4j_conn


def run_shipped(conn, name: str, **params):
    return run_query(conn, shipped_queries()[name], params).rows


def test_the_six_analyst_queries_ship():
    assert sorted(shipped_queries()) == [
        "actor_community", "actor_network", "actor_timeline", "most_connected", "paths_between",
        "who_attacked_whom",
    ]


@pytest.mark.neo4j
def test_most_connected_actors(story):
    assert run_shipped(story, "most_connected", limit=2) == [
        ["Northern Brigade", "ORG", 5], ["Coastal Guard", "ORG", 2]]


@pytest.mark.neo4j
def test_most_connected_ranks_actors_not_concepts(story):
    concept = {"id": "c1", "name": "the strikes", "type": "CONCEPT", "aliases": []}
    load_rows(story, [concept], [edge(e, "c1", "condemn", "STATEMENT", "2024-03-11")
                                 for e in ("e1", "e2", "e3", "e4", "e5", "e6")])
    top = run_shipped(story, "most_connected", limit=3)
    assert [row[0] for row in top] == ["Northern Brigade", "Coastal Guard", "Harbor Council"]
    assert top[0][2] == 6  # its link to the concept still counts


@pytest.mark.neo4j
def test_who_attacked_whom_leaves_out_negated_attacks(story):
    assert run_shipped(story, "who_attacked_whom", since=None) == [
        ["Coastal Guard", "SHELL", "Northern Brigade", "2024-02-20", "2024-02-20", 1],
        ["Northern Brigade", "STRIKE", "Port Sela", "2024-03-01", "2024-03-09", 3],
    ]
    since = run_shipped(story, "who_attacked_whom", since="2024-03-01")
    assert [row[1] for row in since] == ["STRIKE"]


@pytest.mark.neo4j
def test_paths_between_two_actors_go_through_entities_only(story):
    assert run_shipped(story, "paths_between", **{"from": "Quell", "to": "Harbor Council",
                                                  "limit": 10}) == [
        [["Mara Quell", "Northern Brigade", "Harbor Council"], ["LEAD", "CONDEMN"], 2]]


@pytest.mark.neo4j
def test_actor_timeline_by_alias(story):
    rows = run_shipped(story, "actor_timeline", actor="the Brigade")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("2024-02-11", "Mara Quell", "LEAD", "Northern Brigade"),
        ("2024-02-20", "Coastal Guard", "SHELL", "Northern Brigade"),
        ("2024-03-01", "Northern Brigade", "STRIKE", "Port Sela"),
        ("2024-03-05", "Northern Brigade", "NOT_STRIKE", "Coastal Guard"),
        ("2024-03-10", "Harbor Council", "CONDEMN", "Northern Brigade"),
    ]


@pytest.mark.neo4j
def test_actor_community_within_two_relations(story):
    assert run_shipped(story, "actor_community", actor="Mara Quell") == [
        ["Northern Brigade", "ORG", 1],
        ["Coastal Guard", "ORG", 2],
        ["Harbor Council", "ORG", 2],
        ["Port Sela", "GPE", 2],
    ]


@pytest.mark.neo4j
def test_a_writing_query_needs_write(story):
    with pytest.raises(WriteRefused) as err:
        run_query(story, "MATCH (n:Entity) DETACH DELETE n")
    assert str(err.value) == "the query writes (DETACH); add --write to run it"
    result = run_query(story, "MATCH (n:Entity {id: $id}) SET n.checked = true RETURN n.id AS id",
                       {"id": "e2"}, write=True)
    assert result.rows == [["e2"]]


@pytest.mark.neo4j
def test_nodes_come_back_as_property_dicts(story):
    result = run_query(story, "MATCH (n:Person {id: 'e3'}) RETURN n")
    node = result.rows[0][0]
    assert node["name"] == "Mara Quell" and node["_labels"] == ["Entity", "Person"]


def test_writes_ignores_keywords_inside_strings_and_comments():
    assert writes("MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // DELETE") is None
    assert writes("MATCH (n:`MERGE`) RETURN n") is None
    assert writes("MATCH (n) WITH n merge (m {id: 1})") == "MERGE"
    assert writes("LOAD CSV FROM 'x' AS row RETURN row") == "LOAD CSV"


def test_params_are_typed_when_they_read_as_json():
    assert parse_params(["limit=5", "name=Port Sela", "$flag=true", "ids=[\"a\"]"]) == {
        "limit": 5, "name": "Port Sela", "flag": True, "ids": ["a"]}
    with pytest.raises(BadParameter):
        parse_params(["no-equals-sign"])


def test_formats():
    from newsgraph.cypher.query import QueryResult

    result = QueryResult(["actor", "n"], [["Port, Sela", 2], [None, {"a": [1]}]])
    assert json.loads(format_result(result, "json")) == [
        {"actor": "Port, Sela", "n": 2}, {"actor": None, "n": {"a": [1]}}]
    assert format_result(result, "csv") == 'actor,n\n"Port, Sela",2\n,"{""a"": [1]}"'
    assert format_result(result, "table").splitlines() == [
        "actor       n", "----------  ----------", "Port, Sela  2", "            {\"a\": [1]}",
        "(2 rows)"]


def test_a_shipped_query_can_be_named_by_file_name():
    assert "relation_class = 'ATTACK'" in read_query_file("who_attacked_whom.cypher")
