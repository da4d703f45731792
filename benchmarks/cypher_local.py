"""`newsgraph query` on the embedded engine against the old home-made interpreter.

Writes a synthetic store (``--edges`` distinct relations among a fifth as many entities,
with skewed degrees, 30 predicates, 50 facts per document), then measures:

* the engine (``newsgraph.cypher.mirror.LocalGraph``): the first start with its full load
  from the store, a start on an unchanged store, a start after one new document
  (incremental), and each query (best of ``--repeats``, after one warm-up run);
* the old interpreter (``newsgraph/cypher/local.py`` as of ``--old-rev``, read with
  ``git show``), on the graph it used to build for each query: the graph build, then each
  query, best of ``--repeats``.

Queries: a full scan of the relations, two hops from one name, the top 10 by degree,
and a variable-length path (1 to 3 relations; the old interpreter refused it).

    python benchmarks/cypher_local.py --edges 10000 100000
    python benchmarks/cypher_local.py --edges 10000 --repeats 2

Results go to stdout and to benchmarks/results/cypher_local.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._common import machine  # noqa: E402
from newsgraph.cypher.mirror import LocalGraph  # noqa: E402
from newsgraph.graph.build import build_graph  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from tests.cypher_story import extraction, resolve_by_name  # noqa: E402

HUB = "Actor 00000"
QUERIES = {
    "full scan": ("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name, type(r), b.name", {}),
    "two hops from a name": ("MATCH (a:Entity {name: $name})-[r1]->(b:Entity)-[r2]->(c:Entity) "
                             "RETURN a.name, type(r1), b.name, type(r2), c.name", {"name": HUB}),
    "top 10 by degree": ("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name AS actor, count(*) AS degree "
                         "ORDER BY degree DESC, actor LIMIT 10", {}),
    "variable-length path": ("MATCH p = (a:Entity {name: $name})-[*1..3]->(b:Entity) "
                             "RETURN count(p) AS paths", {"name": HUB}),
}


def write_store(path: Path, edges: int, seed: int = 7) -> None:
    """A store of ``edges`` distinct relations among edges/5 entities (preferential ends)."""
    rng = random.Random(seed)
    n = max(10, edges // 5)
    names = [f"Actor {i:05d}" for i in range(n)]
    types = {name: ("PERSON", "ORG", "GPE")[i % 3] for i, name in enumerate(names)}
    predicates = [f"act{i:02d}" for i in range(30)]
    seen: set[tuple[str, str, str]] = set()
    facts = []
    while len(facts) < edges:
        a = names[min(int(rng.paretovariate(1.2)) - 1, n - 1)] if rng.random() < 0.3 else rng.choice(names)
        b = rng.choice(names)
        p = rng.choice(predicates)
        if a != b and (a, p, b) not in seen:
            seen.add((a, p, b))
            facts.append((a, p, None, b, False))
    with Store(path) as store:
        for start in range(0, len(facts), 50):
            doc = f"doc{start // 50:05d}"
            store.add_extraction(extraction(doc, "2024-05-01", facts[start:start + 50], types), "bench")
        resolve_by_name(store, types, {})


def old_interpreter(rev: str):
    """The home-made interpreter as it was at ``rev`` (before the engine replaced it)."""
    text = subprocess.run(["git", "show", f"{rev}:newsgraph/cypher/local.py"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "old_local.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_local", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_local"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def best(fn, repeats: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def measure(edges: int, repeats: int, old) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="cypher-bench-"))
    store = folder / "kg.db"
    start = time.perf_counter()
    write_store(store, edges)
    result: dict = {"edges": edges, "write_store_s": time.perf_counter() - start}
    with LocalGraph(store) as graph:
        result["engine_first_start_and_load_s"] = time.perf_counter() - start - result["write_store_s"]
        result["engine_load_s"] = graph.sync_stats.seconds
        queries = {}
        for name, (query, params) in QUERIES.items():
            graph.query(query, params, timeout=600, max_rows=None)  # warm-up
            seconds, answer = best(lambda q=query, p=params: graph.query(q, p, timeout=600, max_rows=None), repeats)
            queries[name] = {"seconds": seconds, "rows": len(answer.rows)}
        result["engine_queries"] = queries
        print(json.dumps(result), flush=True)
    with Store(store, create=False) as opened:
        seconds, G = best(lambda: build_graph(opened, isolates=True), 1)
    result["old_graph_build_s"] = seconds
    old_queries = {}
    for name, (query, params) in QUERIES.items():
        try:
            seconds, answer = best(lambda q=query, p=params: old.run_local(G, q, p), repeats)
            old_queries[name] = {"seconds": seconds, "rows": len(answer.rows)}
        except Exception as exc:  # the old interpreter refuses some Cypher
            old_queries[name] = {"refused": str(exc).split(";")[0]}
    result["old_queries"] = old_queries
    start = time.perf_counter()
    with LocalGraph(store) as graph:
        result["engine_start_unchanged_s"] = time.perf_counter() - start
    with Store(store) as opened:
        types = {e.name: e.type for e in opened.iter_entities()}
        late = [(HUB, "act00", None, "Actor 00001", False), ("Actor 00002", "act01", None, HUB, False)]
        opened.add_extraction(extraction("late", "2024-06-01", late, types), "bench")
        resolve_by_name(opened, types, {})
    start = time.perf_counter()
    with LocalGraph(store) as graph:
        result["engine_start_after_one_document_s"] = time.perf_counter() - start
        result["engine_incremental_sync_s"] = graph.sync_stats.seconds
        result["incremental_sent"] = {"relationships": graph.sync_stats.relationships,
                                      "documents": graph.sync_stats.documents}
    return result


def report(r: dict) -> None:
    print(f"\n# {r['edges']:,} relations (store written in {r['write_store_s']:.1f} s)")
    print(f"engine: first start + full load {r['engine_first_start_and_load_s']:.1f} s "
          f"(load {r['engine_load_s']:.1f} s); start, store unchanged {r['engine_start_unchanged_s']:.1f} s; "
          f"start after one new document {r['engine_start_after_one_document_s']:.1f} s "
          f"(sync {r['engine_incremental_sync_s']:.1f} s, sent {r['incremental_sent']})")
    print(f"old interpreter: graph build {r['old_graph_build_s']:.1f} s (before every query)")
    print(f"{'query':24} {'engine s':>9} {'rows':>8} {'old s':>9} {'rows':>8}")
    for name in QUERIES:
        e, o = r["engine_queries"][name], r["old_queries"][name]
        old = f"{o['seconds']:9.3f} {o['rows']:8,}" if "seconds" in o else f"  refused ({o['refused'][36:76]})"
        print(f"{name:24} {e['seconds']:9.3f} {e['rows']:8,} {old}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edges", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--old-rev", default="211ab2c", help="a commit that still has cypher/local.py")
    args = parser.parse_args()
    old = old_interpreter(args.old_rev)
    print(machine())
    results = []
    for edges in args.edges:
        results.append(measure(edges, args.repeats, old))
        report(results[-1])
    out = ROOT / "benchmarks" / "results" / "cypher_local.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
