"""`newsgraph query`'s engine: the store's graph in embedded ArcadeDB, beside the store.

The differential test loads the same store into the Bolt test server with
``newsgraph neo4j load``'s code and checks that every shipped query and the queries
below give the same rows in both places; each of them is also linted with Neo4j's
parser (tests/test_cypher_lint.py).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.cypher import engine as engines
from newsgraph.cypher.load import load
from newsgraph.cypher.mirror import LocalGraph, QueryTimeout, graph_dir, run_local
from newsgraph.cypher.query import QueryResult, WriteRefused, format_result, run_query, shipped_queries
from newsgraph.store import Store
from tests.cypher_story import extraction, resolve_by_name, write_story

pytestmark = pytest.mark.neo4j

SHIPPED_PARAMS = {
    "most_connected": [{"limit": 3}],
    "who_attacked_whom": [{"since": None}, {"since": "2024-03-01"}],
    "paths_between": [{"from": "Mara Quell", "to": "Port Sela", "limit": 10}],
    "actor_timeline": [{"actor": "the Brigade"}],
    "actor_community": [{"actor": "Quell"}],
    "actor_network": [{"actor": "NB", "limit": 1000}],
}

# (query, params): beyond the shipped ones; each must return rows somewhere in the list
# and runs on both engines. Rows are compared in order when the query has ORDER BY.
DIFFERENTIAL: list[tuple[str, dict]] = [
    ("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS a, type(r) AS rel, b.name AS b "
     "ORDER BY a, rel, b", {}),
    ("MATCH (a:Person)-[r:LEAD]->(b:Organization) RETURN a.name AS a, b.name AS b, r.first_seen AS since", {}),
    ("MATCH (a)-[r:STRIKE|SHELL]->(b) RETURN a.name AS a, type(r) AS t, b.name AS b, r.count AS n "
     "ORDER BY a, t, b", {}),
    ("MATCH (a:Entity)-[r]-(b:Entity {name: $name}) RETURN a.name AS other, type(r) AS t "
     "ORDER BY other, t", {"name": "Northern Brigade"}),
    ("MATCH (a:Entity {name: $name})-[*2]->(c:Entity) RETURN DISTINCT c.name AS two_hops ORDER BY two_hops",
     {"name": "Mara Quell"}),
    ("MATCH p = (a:Entity {name: 'Mara Quell'})-[*1..3]->(b:Entity) "
     "RETURN b.name AS reached, min(length(p)) AS hops ORDER BY hops, reached", {}),
    ("MATCH (n:Entity) WHERE NOT n:Concept OPTIONAL MATCH (n)-[r]->(:Entity) "
     "RETURN n.name AS actor, count(r) AS out ORDER BY out DESC, actor", {}),
    ("MATCH (n:Entity) WITH n, COUNT { (n)--(:Entity) } AS degree WHERE degree > 1 "
     "RETURN n.name AS name, degree ORDER BY degree DESC, name", {}),
    ("MATCH (d:Document)-[:MENTIONS]->(e:Entity {name: 'Harbor Council'}) "
     "RETURN d.id AS doc, d.date AS date, d.title AS title ORDER BY doc", {}),
    ("MATCH (d:Document)-[:MENTIONS]->(e:Entity) RETURN d.id AS doc, count(e) AS entities ORDER BY doc", {}),
    ("MATCH (a)-[r]->(b) WHERE r.relation_class = 'ATTACK' AND r.negated "
     "RETURN a.name AS a, type(r) AS t, b.name AS b", {}),
    ("MATCH (n:Entity) WHERE n.name =~ '(?i)n.*' RETURN n.name AS name ORDER BY name", {}),
    ("MATCH (n:Entity) WHERE 'Quell' IN n.aliases OR n.name STARTS WITH 'Lina' "
     "RETURN n.name AS name, n.id AS id ORDER BY name", {}),
    ("MATCH (n:Entity) RETURN n.name AS name, [x IN n.aliases WHERE size(x) > 2 | toUpper(x)] AS long_aliases "
     "ORDER BY name", {}),
    ("MATCH (n:Entity) RETURN n.type AS type, count(*) AS n, collect(n.name)[0..1] AS one "
     "ORDER BY type", {}),
    ("MATCH (n:Entity) RETURN CASE WHEN n:Person THEN 'person' WHEN n:Concept THEN 'concept' "
     "ELSE 'other' END AS kind, count(*) AS n ORDER BY kind", {}),
    ("MATCH (n:Entity) WHERE EXISTS { (n)-[:STRIKE]->() } RETURN n.name AS striker", {}),
    ("MATCH (a:Person) RETURN a.name AS name UNION MATCH (b:Group) RETURN b.name AS name", {}),
    ("MATCH (a)-[r]->(b) RETURN b.type AS type, count(r) AS n, sum(r.count) AS reports, "
     "min(r.first_seen) AS first, max(r.last_seen) AS last ORDER BY type", {}),
    ("MATCH (a)-[r]->(b) RETURN toUpper(a.name) + ' -> ' + toLower(b.name) AS line, "
     "size(r.evidence) AS evidence, coalesce(r.relation_class, 'NONE') AS cls ORDER BY line, cls", {}),
    ("MATCH (n:Entity) RETURN labels(n) AS labels, n.name AS name ORDER BY name SKIP 2 LIMIT $k", {"k": 3}),
    ("MATCH p = shortestPath((a:Entity {name: 'Lina Ostrova'})-[*..6]-(b:Entity {name: 'Port Sela'})) "
     "RETURN [n IN nodes(p) | n.name] AS chain", {}),
    ("MATCH (a:Entity)-[r]->(b:Entity) WITH a, count(DISTINCT b) AS targets ORDER BY targets DESC, a.name "
     "LIMIT 2 RETURN a.name AS actor, targets", {}),
    ("UNWIND ['Port Sela', 'Nowhere'] AS place OPTIONAL MATCH (n:Entity {name: place}) "
     "RETURN place, n.id AS id ORDER BY place", {}),
    ("MATCH (a)-[r]->(b) WHERE a.name = 'Nobody' RETURN count(*) AS n", {}),
    ("MATCH (a:Entity)-[r]->(b:Entity) RETURN startNode(r).name AS s, endNode(r).name AS e, "
     "r.confidence > 0.65 AS confident ORDER BY s, e, confident", {}),
]


def all_differential() -> list[tuple[str, str, dict]]:
    """(name, query, params): the shipped queries with their parameters, then DIFFERENTIAL."""
    shipped = shipped_queries()
    items = [(f"{name}:{i}", shipped[name], params)
             for name, cases in SHIPPED_PARAMS.items() for i, params in enumerate(cases)]
    return items + [(f"q{i}", query, params) for i, (query, params) in enumerate(DIFFERENTIAL)]


def comparable(query: str, result: QueryResult) -> list:
    """Rows in order when the query orders them, else sorted."""
    return result.rows if "ORDER BY" in query else sorted(result.rows, key=repr)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return write_story(tmp_path_factory.mktemp("story") / "kg.db")


@pytest.fixture(scope="module")
def local(store):
    with LocalGraph(store, concepts=True) as graph:  # the story's graph with its concept nodes
        yield graph


def test_every_shipped_query_has_parameters_here():
    assert sorted(SHIPPED_PARAMS) == sorted(shipped_queries())
    assert len(DIFFERENTIAL) >= 20


def test_local_answers_equal_the_bolt_server(store, local, neo4j_conn):
    with Store(store, create=False) as opened:
        load(opened, neo4j_conn, concepts=True)
    empty = []
    for name, query, params in all_differential():
        here = local.query(query, params)
        there = run_query(neo4j_conn, query, params)
        assert here.columns == there.columns, name
        assert comparable(query, here) == comparable(query, there), name
        if not here.rows:
            empty.append(name)
    assert empty == [], "every query must return rows"


def test_the_shipped_queries_answer_what_a_reader_of_the_story_expects(local):
    shipped = shipped_queries()
    assert local.query(shipped["most_connected"], {"limit": 2}).rows == [
        ["Northern Brigade", "ORG", 8], ["Coastal Guard", "ORG", 4]]
    attacks = local.query(shipped["who_attacked_whom"], {"since": "2024-03-01"}).rows
    assert [(r[0], r[1], r[2]) for r in attacks] == [("Northern Brigade", "STRIKE", "Port Sela"),
                                                     ("Northern Brigade", "SEIZE", "the ferry")]
    paths = local.query(shipped["paths_between"], {"from": "Quell", "to": "Port Sela", "limit": 1}).rows
    assert paths == [[["Mara Quell", "Northern Brigade", "Port Sela"], ["LEAD", "STRIKE"], 2]]


@pytest.mark.parametrize("query", [
    "MATCH (a:Entity) RETURN type(a)", "MATCH (a:Entity) RETURN sum(a.name)", "MATCH (a:Entity) RETURN -a.name",
    "MATCH ()-[r]->() RETURN labels(r)", "RETURN toInteger('1e400')", "MATCH (n RETURN n", "RETURN $missing",
])
def test_bad_or_odd_queries_give_an_answer_or_one_line_never_a_traceback(local, query):
    from newsgraph.cypher.connection import CypherError

    try:
        local.query(query)
    except CypherError as exc:
        assert "\n" not in str(exc) and str(exc)


def test_the_graph_has_documents_and_mentions_as_in_neo4j(local):
    rows = local.query("MATCH (d:Document)-[:MENTIONS]->(e:Entity {name: 'Lina Ostrova'}) "
                       "RETURN d.id, d.title, d.date").rows
    assert rows == [["d4", "Report d4", "2024-03-12"]]


def test_a_query_that_runs_too_long_is_stopped_with_a_clear_line(local):
    # 9 entities, 9^4 combinations each compared as text: slow enough for a 0.1 s bound
    # only if the engine checks the clock inside the loops; it does.
    query = ("MATCH (a), (b), (c), (d), (e) WHERE a.name + b.name + c.name + d.name + e.name = 'x' "
             "RETURN count(*) AS n")
    with pytest.raises(QueryTimeout) as err:
        local.query(query, timeout=0.1)
    assert str(err.value) == ("the query ran longer than 0.1 s and was stopped (--timeout): narrow it "
                              "with a WHERE, a label or a LIMIT, or allow more time")
    # the engine is still there for the next query
    assert local.query("MATCH (n:Entity) RETURN count(n) AS n").rows == [[9]]


def test_the_four_way_cartesian_product_is_bounded(tmp_path):
    """A generated store of 300 entities: 8.1e9 combinations. The count is answered
    (the engine counts without enumerating), the rows stop at --max-rows, a filter
    that must look at each combination stops at --timeout."""
    names = [f"Unit {i:03d}" for i in range(300)]
    types = {name: "ORG" for name in names}
    facts = [(names[i], "watch", None, names[(i + 1) % 300], False) for i in range(300)]
    db = tmp_path / "big.db"
    with Store(db) as opened:
        opened.add_extraction(extraction("g1", "2024-05-01", facts, types), "test")
        resolve_by_name(opened, types, {})
    with LocalGraph(db, concepts=True) as graph:
        total = graph.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
        assert total == 301  # and the document
        assert graph.query("MATCH (a), (b), (c), (d) RETURN count(*) AS n").rows == [[total ** 4]]
        with pytest.raises(QueryTimeout):
            graph.query("MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'x' "
                        "RETURN count(*) AS n", timeout=1.0)
        result = graph.query("MATCH (a), (b), (c), (d) RETURN a.name, b.name, c.name, d.name", max_rows=50)
    assert result.truncated and len(result.rows) == 50


def test_the_mirror_follows_the_store_incrementally(tmp_path):
    db = write_story(tmp_path / "kg.db")
    with LocalGraph(db, concepts=True) as graph:
        first = graph.sync_stats
        assert (first.entities, first.relationships, first.documents) == (9, 11, 4)
        assert graph.sync().unchanged
    assert (graph_dir(db) / "loaded.json").exists()
    # A new article, and a new resolution that merges "Tavin" into Northern Brigade.
    later = {"d5": ("2024-04-02", [("Harbor Council", "praise", "SUPPORT", "Coastal Guard", False)])}
    write_story(db, later, merged={"Tavin": "Northern Brigade"})
    with LocalGraph(db, concepts=True) as graph:
        stats = graph.sync_stats
        assert not stats.unchanged
        # only what changed is sent: the new relation, the new document and its mentions
        assert (stats.entities, stats.relationships, stats.documents, stats.mentions) == (0, 1, 1, 2)
        assert stats.removed == 1  # Tavin (its relation and mention go with it)
        praise = graph.query("MATCH (a)-[r:PRAISE]->(b) RETURN a.name, b.name, r.first_seen").rows
        names = graph.query("MATCH (n:Entity) RETURN n.name ORDER BY n.name").rows
    assert praise == [["Harbor Council", "Coastal Guard", "2024-04-02"]]
    assert ["Tavin"] not in names and ["Northern Brigade"] in names and len(names) == 8


def test_writing_is_refused_before_the_engine_starts(tmp_path):
    with pytest.raises(WriteRefused, match="the local graph is read-only"):
        run_local(tmp_path / "none.db", "MATCH (n) DETACH DELETE n")


def test_the_engine_missing_is_one_line(tmp_path, monkeypatch):
    db = write_story(tmp_path / "kg.db")
    monkeypatch.setattr(engines, "engine_home", lambda: None)
    result = CliRunner().invoke(cli, ["query", "RETURN 1", "--store", str(db)])
    assert result.exit_code == 1
    assert result.output == ("error: the local Cypher engine is not installed: pip install "
                             "'newsgraph[cypher]' (ArcadeDB with its own Java runtime), or load the "
                             "graph into Neo4j\n")


def test_json_output_has_no_infinity():
    result = QueryResult(["x", "y"], [[float("inf"), [float("nan"), 1.5]]])
    assert json.loads(format_result(result, "json")) == [{"x": "Infinity", "y": ["NaN", 1.5]}]


def test_query_cli_prints_rows_and_says_when_the_row_limit_is_hit(tmp_path):
    store = write_story(tmp_path / "kg.db")  # its own: the module's mirror is in use
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "--file", "who_attacked_whom.cypher", "--param", "since=null",
                                 "--store", str(store), "--format", "csv", "--max-rows", "2", "--concepts"])
    assert result.exit_code == 0, result.output
    assert result.output == ("attacker,action,target,first_seen,last_seen,reports\n"
                             "Coastal Guard,SHELL,Northern Brigade,2024-02-20,2024-02-20,1\n"
                             "Northern Brigade,STRIKE,Port Sela,2024-02-20,2024-03-05,2\n"
                             "stopped at 2 rows (--max-rows): add a LIMIT or an ORDER BY, or raise "
                             "--max-rows\n")


def test_the_query_time_limit_waits_for_the_engines_http_api(tmp_path):
    """The engine's Bolt port can answer before its HTTP API listens: setting the query time
    limit then waits for the API instead of failing the user's first query ("Connection
    refused"). Here the API starts 0.5 s late."""
    import subprocess
    import sys
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    got: list[bytes] = []

    class Api(BaseHTTPRequestHandler):
        def do_POST(self):
            got.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    port = engines.free_port()
    servers: list[HTTPServer] = []

    def serve_late():
        import time

        time.sleep(0.5)
        servers.append(HTTPServer(("127.0.0.1", port), Api))
        servers[0].handle_request()

    thread = threading.Thread(target=serve_late)
    thread.start()
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        engine = engines.Engine("bolt://127.0.0.1:1", "root", "pw", "kg", tmp_path, port, process,
                                tmp_path / "log")
        engines.set_command_timeout(engine, 5)
    finally:
        process.kill()
        thread.join(timeout=10)
        for server in servers:
            server.server_close()
    assert got and b"arcadedb.command.timeout" in got[0] and b"5000" in got[0]
