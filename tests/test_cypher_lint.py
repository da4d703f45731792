"""Every Cypher query newsgraph sends or ships, checked by Neo4j's own parser.

ArcadeDB (the test server) accepts some Cypher that Neo4j refuses and the other way
round, so each query is also linted offline with the npm package
``@neo4j-cypher/language-support`` (``lintCypherQuery``; severity 1 = an error as
Neo4j 5 sees it). Needs ``npm ci`` in the repository root.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.cypher.load import all_loader_queries
from newsgraph.cypher.prune import all_prune_queries
from newsgraph.cypher.query import shipped_queries
from newsgraph.cypher.snippets import snippet_queries
from tests.test_cypher_local import all_differential

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "lint_cypher.mjs"
PACKAGE = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not PACKAGE.exists(),
    reason="Cypher linter not installed: run `npm ci` in the repository root (needs node)",
)

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_SAMPLE = {"rows": [{"id": "x"}], "ids": ["x"], "limit": 10}


def lint(items: list[tuple[str, str]]) -> dict[str, list[dict]]:
    """{name: [errors]} for (name, query) pairs; parameters get sample values."""
    payload = [
        {"name": name, "query": query,
         "parameters": {p: _SAMPLE.get(p, "x") for p in _PARAM.findall(query)}}
        for name, query in items
    ]
    done = subprocess.run(["node", str(SCRIPT)], input=json.dumps(payload), capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=True)
    return {r["name"]: r["errors"] for r in json.loads(done.stdout)}


def hostile_export_statements() -> list[str]:
    """The graph helper's cypher-shell script for a graph full of hostile text."""
    try:
        from newsgraph.cypher.script import cypher_script
    except ImportError:
        return []
    hostile = "x`}]->() DETACH DELETE n // 'quote' \"dq\" \\ \t🔥"
    G = nx.MultiDiGraph()
    G.add_node("e1", name=hostile, type="ORG", aliases=[hostile], mentions=1, documents=1)
    G.add_node("e2", name="Port Sela", type="GPE", aliases=[], mentions=1, documents=1)
    G.add_edge("e1", "e2", key=hostile, relation=hostile, relation_class="ATTACK", count=1,
               confidence=0.5, first_seen="2024-01-01", last_seen="2024-01-02", negated=False,
               documents=["d1"], evidence=[{"sentence": hostile, "doc": "d1"}])
    return [s for s in cypher_script(G) if s.strip()]


@pytest.fixture(scope="module")
def linted() -> dict[str, list[dict]]:
    """One node run over every query (the parser is slow to start and to analyse)."""
    items = [("control:broken", "MATCH (n RETURN n"), ("control:fine", "MATCH (n) RETURN n.name"),
             ("connection:check", "RETURN 1 AS ok")]
    # Entity queries differ only in a label from a fixed list: one label stands for all.
    items += [(f"loader:{i}", q) for i, q in enumerate(all_loader_queries(("Organization",)))]
    items += [(f"prune:{i}", q) for i, q in enumerate(all_prune_queries())]
    items += [(f"shipped:{name}", q) for name, q in sorted(shipped_queries().items())]
    items += [(f"export:{i}", q) for i, q in enumerate(hostile_export_statements())]
    items += [(f"local:{name}", q) for name, q, _ in all_differential()]
    items += [(f"snippets:{i}", q) for i, q in enumerate(snippet_queries())]
    return lint(items)


def errors_of(linted: dict, prefix: str) -> dict:
    chosen = {name: errs for name, errs in linted.items() if name.startswith(prefix)}
    assert chosen, f"nothing linted for {prefix}"
    return {name: errs for name, errs in chosen.items() if errs}


def test_the_linter_catches_an_error(linted):
    assert linted["control:fine"] == []
    assert linted["control:broken"] and linted["control:broken"][0]["line"] == 1


def test_loader_and_connection_queries_are_valid_neo4j_cypher(linted):
    assert len([n for n in linted if n.startswith("loader:")]) == 17
    assert errors_of(linted, "loader:") == {}
    assert len([n for n in linted if n.startswith("prune:")]) == 10
    assert errors_of(linted, "prune:") == {}
    assert errors_of(linted, "connection:") == {}


def test_shipped_analyst_queries_are_valid_neo4j_cypher(linted):
    assert len([n for n in linted if n.startswith("shipped:")]) == 6
    assert errors_of(linted, "shipped:") == {}


def test_the_differential_queries_are_valid_neo4j_cypher(linted):
    """What the local engine and the Bolt server agree on must also be Neo4j's Cypher."""
    assert len([n for n in linted if n.startswith("local:")]) >= 25
    assert errors_of(linted, "local:") == {}


def test_the_browser_snippets_are_valid_neo4j_cypher(linted):
    assert errors_of(linted, "snippets:") == {}


def test_exported_cypher_script_is_valid_even_with_hostile_text(linted):
    if not any(n.startswith("export:") for n in linted):
        pytest.skip("newsgraph.cypher.script.cypher_script is not available")
    assert errors_of(linted, "export:") == {}
