"""`newsgraph query` engine: read-only Cypher on the local NetworkX graph.

The differential test loads the same graph into the Bolt test server and checks that
every supported query gives the same answer in both places; unsupported Cypher is
refused with a clear message instead of a wrong answer.
"""

from __future__ import annotations

import pytest

from newsgraph.cypher.load import load
from newsgraph.cypher.local import LocalQueryError, UnsupportedQuery, run_local
from newsgraph.cypher.query import run_query
from newsgraph.graph.build import graph_from_triples
from newsgraph.model import Entity, Triple

ENTITIES = [
    Entity("e1", "Northern Brigade", "ORG", ("the Brigade",)),
    Entity("e2", "Port Sela", "GPE"),
    Entity("e3", "Mara Quell", "PERSON", ("Quell",)),
    Entity("e4", "Coastal Guard", "ORG"),
    Entity("e5", "Harbor Council", "ORG"),
    Entity("e6", "river patrols", "CONCEPT"),
]
BY_ID = {e.id: e for e in ENTITIES}


def triple(s, predicate, o, cls, date, *, negated=False, conf=0.7, doc="d1"):
    a, b = BY_ID[s], BY_ID[o]
    sentence = f"{a.name} {predicate} {b.name} on {date}."
    return Triple(subject=a.name, subject_id=a.id, subject_type=a.type, subject_text=a.name,
                  predicate=predicate, predicate_text=predicate, relation_class=cls, object=b.name,
                  object_id=b.id, object_type=b.type, object_text=b.name, attribution=None, negated=negated,
                  modality=None, doc=doc, sentence=sentence, sent_index=0, start_char=0,
                  end_char=len(sentence), date=date, confidence=conf, extractor="svo")


TRIPLES = [
    triple("e1", "strike", "e2", "ATTACK", "2024-03-01"),
    triple("e1", "strike", "e2", "ATTACK", "2024-03-09", doc="d2"),
    triple("e1", "strike", "e4", "ATTACK", "2024-03-05", negated=True),
    triple("e4", "shell", "e1", "ATTACK", "2024-02-20", conf=0.9),
    triple("e3", "lead", "e1", "LEADS", "2024-02-11"),
    triple("e5", "condemn", "e1", "STATEMENT", "2024-03-10"),
    triple("e5", "condemn", "e4", "STATEMENT", "2024-03-11"),
    triple("e1", "suspend", "e6", None, "2024-03-12"),
    triple("e4", "patrol", "e2", None, "2024-01-15"),
]

# (query, params, ordered): ordered answers are compared row by row, the others as sets.
DIFFERENTIAL = [
    ("MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name", {}, False),
    ("MATCH (a)-[r]->(b) WHERE r.relation_class = 'ATTACK' AND NOT r.negated "
     "RETURN a.name AS attacker, b.name AS target, r.count AS n ORDER BY attacker", {}, True),
    ("MATCH (a)-[r]->(b) WHERE a.name = 'Harbor Council' OR b.name = 'Port Sela' "
     "RETURN a.name, type(r), b.name ORDER BY a.name, b.name, type(r)", {}, True),
    ("MATCH (a:Person)-[r:LEAD]->(b:Organization) RETURN a.name, b.name, r.first_seen", {}, False),
    ("MATCH (a)-[r:STRIKE|SHELL]->(b) RETURN a.name, type(r), b.name", {}, False),
    ("MATCH (b)<-[r]-(a {name: $name}) RETURN b.name, type(r) ORDER BY b.name, type(r)",
     {"name": "Northern Brigade"}, True),
    ("MATCH (a)-[r1]->(b)-[r2]->(c) RETURN a.name, type(r1), b.name, type(r2), c.name", {}, False),
    ("MATCH (a)-[r]->(b) RETURN a.name AS actor, count(*) AS out_degree, "
     "count(DISTINCT b.name) AS targets ORDER BY out_degree DESC, actor", {}, True),
    ("MATCH (a)-[r]->(b) RETURN b.type AS type, count(r) AS n, sum(r.count) AS mentions, "
     "min(r.first_seen) AS first, max(r.last_seen) AS last ORDER BY type", {}, True),
    ("MATCH (a)-[r]->(b) WHERE r.relation_class IS NULL RETURN a.name, b.name", {}, False),
    ("MATCH (a)-[r]->(b) WHERE a.name STARTS WITH 'Coast' OR b.name CONTAINS 'patrol' "
     "OR a.name IN ['Mara Quell'] RETURN DISTINCT a.name ORDER BY a.name", {}, True),
    ("MATCH (n) WHERE 'Quell' IN n.aliases RETURN n.id, n.name, labels(n) AS labels", {}, True),
    ("MATCH (n:Entity) RETURN n.name ORDER BY n.name DESC SKIP 1 LIMIT $k", {"k": 3}, True),
    ("MATCH (a)-[r]->(b) WHERE r.confidence > 0.8 RETURN a.name, b.name, r.confidence", {}, False),
    ("MATCH (a:Concept)<-[r]-(b) RETURN a, b.name", {}, True),
    ("MATCH (a)-[r]->(b), (c)-[s]->(b) WHERE a.name < c.name "
     "RETURN a.name, c.name, b.name ORDER BY a.name, c.name, b.name", {}, True),
    ("MATCH (a)-[r]->(b) RETURN toUpper(a.name) + ' -> ' + toLower(b.name) AS line, "
     "size(r.evidence) AS ev, coalesce(r.relation_class, 'NONE') AS cls "
     "ORDER BY line, cls", {}, True),
    ("MATCH (a)-[r]->(b) WHERE a.name = 'Nobody' RETURN count(*) AS n", {}, True),
]

REFUSED = [
    ("MATCH (a)-[r]-(b) RETURN a.name", "an undirected relationship"),
    ("MATCH (a)-[*1..3]->(b) RETURN a.name", "a variable-length relationship"),
    ("OPTIONAL MATCH (a) RETURN a", "OPTIONAL MATCH"),
    ("MATCH (a) WITH a RETURN a.name", "WITH"),
    ("MATCH (d:Document) RETURN d.title", "Document nodes are not in the local graph"),
    ("MATCH (d)-[:MENTIONS]->(e) RETURN e.name", "MENTIONS links are not in the local graph"),
    ("MATCH p = (a)-->(b) RETURN p", "a path variable"),
    ("MATCH (a) DETACH DELETE a", "writing (DETACH)"),
    ("MATCH (a) RETURN id(a)", "the function id()"),
    ("MATCH (a) WHERE a.name =~ 'N.*' RETURN a", "regular expressions"),
    ("MATCH (a) RETURN [x IN a.aliases | x]", "list comprehensions"),
    ("MATCH (a) RETURN CASE WHEN a.name = 'x' THEN 1 END", "CASE"),
    ("MATCH (a) WHERE exists { (a)-->() } RETURN a", "EXISTS"),
    ("MATCH (a) RETURN a UNION MATCH (b) RETURN b", "UNION"),
]


@pytest.fixture(scope="module")
def graph():
    return graph_from_triples(ENTITIES, TRIPLES, isolates=True, concepts=True)


def normalise(rows, ordered):
    return rows if ordered else sorted(rows, key=repr)


@pytest.mark.neo4j
def test_local_answers_equal_the_bolt_server(graph, neo4j_conn):
    load(graph, neo4j_conn)
    for query, params, ordered in DIFFERENTIAL:
        local = run_local(graph, query, params)
        remote = run_query(neo4j_conn, query, params)
        assert local.columns == remote.columns, query
        assert normalise(local.rows, ordered) == normalise(remote.rows, ordered), query
    assert run_local(graph, DIFFERENTIAL[0][0]).rows, "the differential test needs rows"


@pytest.mark.parametrize(("query", "reason"), REFUSED)
def test_unsupported_cypher_is_refused_not_answered_wrongly(graph, query, reason):
    with pytest.raises(UnsupportedQuery) as err:
        run_local(graph, query)
    assert reason in str(err.value)
    assert "newsgraph neo4j load" in str(err.value)


def test_or_across_two_variables_is_answered(graph):
    rows = run_local(graph, "MATCH (a)-[r]->(b) WHERE a.name = 'Mara Quell' OR "
                            "b.name = 'river patrols' RETURN a.name, b.name ORDER BY a.name").rows
    assert rows == [["Mara Quell", "Northern Brigade"], ["Northern Brigade", "river patrols"]]


def test_negated_edges_keep_their_own_type(graph):
    rows = run_local(graph, "MATCH (a)-[r:NOT_STRIKE]->(b) RETURN a.name, b.name, r.negated").rows
    assert rows == [["Northern Brigade", "Coastal Guard", True]]


def test_malformed_queries_say_where(graph):
    with pytest.raises(LocalQueryError) as err:
        run_local(graph, "MATCH (a)-[r]->(b)\nRETURN a.name,")
    assert "line 2" in str(err.value)
    with pytest.raises(LocalQueryError, match=r"missing parameter \$who"):
        run_local(graph, "MATCH (a {name: $who}) RETURN a.name")
