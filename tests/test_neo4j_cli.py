"""`newsgraph neo4j load`, `newsgraph neo4j query` and `newsgraph query` through click's
CliRunner, on a store written by hand and the real Bolt test server."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.graph.build import build_graph
from newsgraph.model import DocExtraction, Document, Entity, Mention, RawTriple, Resolution
from newsgraph.store import Store
from tests.bolt_server import free_port

TYPES = {"Northern Brigade": "ORG", "Port Sela": "GPE", "Mara Quell": "PERSON",
         "Coastal Guard": "ORG", "the ferry": "CONCEPT"}
STORY = {
    "d1": ("2024-02-11", [("Mara Quell", "lead", None, "Northern Brigade")]),
    "d2": ("2024-03-01", [("Northern Brigade", "strike", "ATTACK", "Port Sela"),
                          ("Coastal Guard", "patrol", None, "Port Sela")]),
}
LATER = {"d3": ("2024-03-09", [("Coastal Guard", "shell", "ATTACK", "Northern Brigade"),
                               ("Northern Brigade", "seize", "ATTACK", "the ferry")])}


def extraction(doc_id: str, date: str, facts) -> DocExtraction:
    text, mentions, triples = "", [], []
    for i, (subj, pred, cls, obj) in enumerate(facts):
        start = len(text)
        sentence = f"{subj} {pred}s {obj}."
        s = Mention(doc_id, i, start, start + len(subj), subj, TYPES[subj], "entity", subj)
        o_start = start + len(subj) + len(pred) + 3
        o = Mention(doc_id, i, o_start, o_start + len(obj), obj, TYPES[obj], "entity", obj)
        mentions += [s, o]
        triples.append(RawTriple(s, pred, pred + "s", o, i, sentence, start, start + len(sentence),
                                 0.8, "test", relation_class=cls))
        text += sentence + " "
    doc = Document(doc_id, text, f"{doc_id}.txt", title=f"Report {doc_id}", date=date)
    return DocExtraction(doc, len(facts), mentions, triples)


def resolve_by_text(store: Store, merged: dict[str, str] | None = None) -> None:
    """A stand-in resolution: one entity per distinct mention text (``merged`` maps a
    text to the one it joins, as a later resolution may)."""
    ids: dict[str, str] = {}
    assignment = {}
    for row_id, m in store.iter_mentions():
        text = (merged or {}).get(m.text, m.text)
        assignment[row_id] = ids.setdefault(text, f"e{len(ids) + 1}")
    entities = [Entity(eid, text, TYPES[text]) for text, eid in ids.items()]
    store.save_resolution(Resolution(entities, assignment))


def write_store(path, stories) -> None:
    with Store(path) as store:
        for story in stories:
            for doc_id, (date, facts) in story.items():
                store.add_extraction(extraction(doc_id, date, facts), "test")
        resolve_by_text(store)


@pytest.fixture()
def env(bolt_server, neo4j_conn):
    return {"NEO4J_URI": bolt_server.uri, "NEO4J_USERNAME": bolt_server.user,
            "NEO4J_PASSWORD": bolt_server.password, "NEO4J_DATABASE": bolt_server.database}


def counts(conn) -> dict[str, int]:
    def one(q):
        return conn.read(lambda tx: tx.run(q).single()[0])

    return {
        "entities": one("MATCH (n:Entity) RETURN count(n)"),
        "documents": one("MATCH (n:Document) RETURN count(n)"),
        "relations": one("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"),
        "mentions": one("MATCH (:Document)-[r:MENTIONS]->(:Entity) RETURN count(r)"),
    }


def store_counts(path) -> dict[str, int]:
    with Store(path) as store:
        return {
            "entities": store.counts()["entities"],
            "documents": store.counts()["documents"],
            "relations": build_graph(store, isolates=True, concepts=True).number_of_edges(),
            "mentions": len(list(store.document_entities())),
        }


@pytest.mark.neo4j
def test_load_twice_then_load_what_is_new(tmp_path, env, neo4j_conn):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    runner = CliRunner()
    first = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q", "--concepts"], env=env)
    assert first.exit_code == 0, first.output
    assert counts(neo4j_conn) == store_counts(db) == {
        "entities": 4, "documents": 2, "relations": 3, "mentions": 5}
    again = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q", "--concepts"], env=env)
    assert again.exit_code == 0
    assert "0 nodes and 0 relationships created" in again.output
    write_store(db, [LATER])
    more = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q", "--batch-size", "2", "--concepts"],
                         env=env)
    assert more.exit_code == 0, more.output
    assert "2 nodes and 5 relationships created" in more.output  # d3, the ferry; 2 rels, 3 mentions
    assert counts(neo4j_conn) == store_counts(db)
    assert env["NEO4J_PASSWORD"] not in first.output + again.output + more.output


@pytest.mark.neo4j
@pytest.mark.parametrize("prune", [True, False], ids=["pruned", "no-prune"])
def test_a_reload_after_entities_merged_leaves_no_stale_node(tmp_path, env, neo4j_conn, prune):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    runner = CliRunner()
    assert runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q"], env=env).exit_code == 0
    with Store(db) as store:  # a rebuild decides the Coastal Guard is the Northern Brigade
        resolve_by_text(store, {"Coastal Guard": "Northern Brigade"})
    args = ["neo4j", "load", "--store", str(db), "-q"] + ([] if prune else ["--no-prune"])
    result = runner.invoke(cli, args, env=env)
    assert result.exit_code == 0, result.output
    names = neo4j_conn.read(lambda tx: tx.run("MATCH (n:Entity) RETURN n.name ORDER BY n.name").value())
    if prune:
        assert names == ["Mara Quell", "Northern Brigade", "Port Sela"]
        assert counts(neo4j_conn) == store_counts(db) == {
            "entities": 3, "documents": 2, "relations": 3, "mentions": 4}
        assert "removed 1 entities (2 links with them), 0 relations, 0 mentions no longer in the store" in result.output
    else:
        assert "Coastal Guard" in names and "removed" not in result.output


@pytest.mark.neo4j
def test_wipe_asks_first(tmp_path, env, neo4j_conn):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    runner = CliRunner()
    runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q"], env=env)
    refused = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q", "--wipe"], env=env,
                            input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.output
    wiped = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q", "--wipe", "--yes"],
                          env=env)
    assert wiped.exit_code == 0
    assert "4 nodes and" not in wiped.output and "6 nodes and 8 relationships created" in wiped.output


@pytest.mark.neo4j
def test_neo4j_query_with_params_and_formats(tmp_path, env):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    runner = CliRunner()
    runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q"], env=env)
    result = runner.invoke(cli, ["neo4j", "query", "--file", "who_attacked_whom.cypher",
                                 "--param", "since=null", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    assert [(r["attacker"], r["action"], r["target"]) for r in json.loads(result.output)] == [
        ("Northern Brigade", "STRIKE", "Port Sela")]
    csv_out = runner.invoke(cli, ["neo4j", "query", "MATCH (n:Person) RETURN n.name AS name",
                                  "--format", "csv"], env=env)
    assert csv_out.output == "name\nMara Quell\n"


@pytest.mark.neo4j
def test_neo4j_query_refuses_writes_without_write(env):
    result = CliRunner().invoke(cli, ["neo4j", "query", "MATCH (n) DETACH DELETE n"], env=env)
    assert result.exit_code == 1
    assert result.output == "error: the query writes (DETACH); add --write to run it\n"


@pytest.mark.neo4j
def test_wrong_password_one_line(env):
    result = CliRunner().invoke(
        cli, ["neo4j", "query", "RETURN 1", "--password", "wrong-pw-123"], env=env)
    assert result.exit_code == 1
    assert result.output == (f"error: Neo4j at {env['NEO4J_URI']} refused the credentials of "
                             "user 'root': check the password (--password or NEO4J_PASSWORD)\n")


@pytest.mark.neo4j
def test_unknown_database_one_line(tmp_path, env):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    result = CliRunner().invoke(cli, ["neo4j", "load", "--store", str(db), "--database", "nosuch"],
                                env=env)
    assert result.exit_code == 1
    assert result.output == (f"error: Neo4j at {env['NEO4J_URI']} has no database 'nosuch' "
                             "(--database or NEO4J_DATABASE)\n")


def test_server_down_one_line():
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, ["neo4j", "query", "RETURN 1", "--uri", uri],
                                env={"NEO4J_PASSWORD": "pw-secret-7"})
    assert result.exit_code == 1
    assert result.output == (f"error: cannot reach Neo4j at {uri}: is the server running? "
                             "(--uri or NEO4J_URI)\n")


def test_local_query_on_the_store(tmp_path):
    """`newsgraph query`: full Cypher (here an undirected pattern, which the old home-made
    interpreter refused) on the store's graph, no server."""
    db = tmp_path / "kg.db"
    write_store(db, [STORY, LATER])
    result = CliRunner().invoke(cli, [
        "query", "MATCH (a:Entity {name: 'Northern Brigade'})-[r]-(b) WHERE r.relation_class = 'ATTACK' "
                 "RETURN b.name AS other, type(r) AS rel ORDER BY other, rel",
        "--store", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "other,rel\nCoastal Guard,SHELL\nPort Sela,STRIKE\n"  # actors only
    with_concepts = CliRunner().invoke(cli, [  # the default is the actor graph; --concepts adds the rest
        "query", "MATCH (a)-[r]->(b) WHERE r.relation_class = 'ATTACK' "
                 "RETURN a.name AS attacker, b.name AS target ORDER BY attacker, target",
        "--store", str(db), "--format", "csv", "--concepts"])
    assert with_concepts.exit_code == 0, with_concepts.output
    assert with_concepts.output == ("attacker,target\nCoastal Guard,Northern Brigade\n"
                                    "Northern Brigade,Port Sela\nNorthern Brigade,the ferry\n")


def test_query_needs_text_or_file(tmp_path):
    result = CliRunner().invoke(cli, ["query", "--store", str(tmp_path / "kg.db")])
    assert result.exit_code == 2
    assert "give a QUERY or --file FILE" in result.output


@pytest.mark.neo4j
def test_prune_never_deletes_what_newsgraph_did_not_create(tmp_path, env, neo4j_conn):
    db = tmp_path / "kg.db"
    write_store(db, [STORY])
    runner = CliRunner()
    assert runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q"], env=env).exit_code == 0
    neo4j_conn.write(lambda tx: tx.run(  # an analyst's own links, one to the entity about to go stale
        "MATCH (a:Entity {name: 'Mara Quell'}), (b:Entity {name: 'Port Sela'}), (c:Entity {name: 'Coastal Guard'}) "
        "CREATE (a)-[:ANALYST_NOTE {text: 'check'}]->(b), (a)-[:ANALYST_NOTE {text: 'same as?'}]->(c)").consume())
    with Store(db) as store:
        resolve_by_text(store, {"Coastal Guard": "Northern Brigade"})
    result = runner.invoke(cli, ["neo4j", "load", "--store", str(db), "-q"], env=env)
    assert result.exit_code == 0, result.output
    notes = neo4j_conn.read(lambda tx: tx.run(
        "MATCH (a)-[r:ANALYST_NOTE]->(b) RETURN a.name AS a, r.text AS text, b.name AS b ORDER BY text").data())
    assert notes == [{"a": "Mara Quell", "text": "check", "b": "Port Sela"},
                     {"a": "Mara Quell", "text": "same as?", "b": "Coastal Guard"}]
    assert "removed 0 entities (2 links with them), 0 relations, 0 mentions no longer in the store" in result.output
    assert ("kept 1 entities no longer in the store: relationships newsgraph did not create still touch them"
            in result.output)
