"""Loading speed into a real Bolt server: batched UNWIND/MERGE vs one query per triple.

Starts ArcadeDB (the test suite's Bolt server, tests/bolt_server.py) on free local
ports, generates synthetic triples (distinct subject-predicate-object edges among
entities of several types), and measures in the same run:

* the naive loader: one auto-commit ``MERGE`` query per triple (its subject, object and
  relationship), on the first ``--naive`` triples, its rate extrapolated to all; and the
  same query in one managed transaction (``execute_write``) per triple, on half as many;
* ``newsgraph.cypher.load.load_rows`` at several batch sizes, each on an empty database;
* a second load of the same rows at the default batch size (idempotent: nothing created).

By default all of it twice, on two fresh servers: one committing as ArcadeDB does by
default (the write-ahead log is not flushed at commit), one flushing it at every commit,
as Neo4j does with its transaction log (``--commits unflushed|flushed|both``): a loader
with one transaction per triple pays for that flush once per triple.

Both paths are warmed up first on other data (the server's JIT), then each loader runs
``--repeats`` times on an empty database: the speed-up is best against best, and median
against median (this machine is shared: single runs swing by 20% either way).

    python benchmarks/neo4j_load.py                    # 100,000 triples, naive on 5,000
    python benchmarks/neo4j_load.py --triples 20000 --batch-sizes 100,1000
    python benchmarks/neo4j_load.py --triples 30000 --batch-sizes 1000 --naive 1000 --phases

``--phases`` adds where each batched load spent its wall time (LoadStats.phase_seconds:
constraints, entities.lookup/create/update, relationships.create/merge; each includes the
client packing its parameters) and the client time to build the rows alone.

Results go to stdout and to benchmarks/results/neo4j_load.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.cypher import names  # noqa: E402
from newsgraph.cypher.connection import Connection, connect  # noqa: E402
from newsgraph.cypher.load import (  # noqa: E402
    edge_row,
    ensure_constraints,
    entity_row,
    load_rows,
    wipe_graph,
)
from tests.bolt_server import start_arcadedb, stop_arcadedb  # noqa: E402

try:
    import psutil
except ImportError:  # CPU figures are then left out
    psutil = None


class CpuClock:
    """CPU seconds used by the server process and by this client: on a shared machine
    wall-clock rates move with other people's jobs, CPU per triple much less."""

    def __init__(self, pid: int):
        self.server = psutil.Process(pid) if psutil else None

    def now(self) -> tuple[float, float]:
        client = sum(os.times()[:2])
        if self.server is None:
            return (float("nan"), client)
        t = self.server.cpu_times()
        return (t.user + t.system + t.children_user + t.children_system, client)

    @staticmethod
    def since(start: tuple[float, float], end: tuple[float, float]) -> dict:
        return {"server_cpu_s": round(end[0] - start[0], 2),
                "client_cpu_s": round(end[1] - start[1], 2)}

TYPES = ["ORG", "PERSON", "GPE", "NORP", "CONCEPT"]
PREDICATES = ["strike", "attack", "meet", "condemn", "support", "lead", "accuse", "arrest",
              "kill", "threaten", "negotiate_with", "sanction", "part_of", "operate_in",
              "say", "deny", "warn", "join", "fund", "target"]
CLASSES = {"strike": "ATTACK", "attack": "ATTACK", "target": "ATTACK", "kill": "KILL",
           "lead": "LEADS", "part_of": "MEMBER_OF", "say": "STATEMENT"}

# How the server commits. ArcadeDB does not flush its write-ahead log at commit unless told
# (txWalFlush=0); Neo4j forces its transaction log to disk at every commit, which is what a
# loader with one transaction per triple pays for on the server our users run.
COMMITS: dict[str, tuple[dict[str, str], str]] = {
    "unflushed": ({}, "commits not flushed to disk (ArcadeDB's default)"),
    "flushed": ({"txWalFlush": "1"}, "write-ahead log flushed at every commit (as Neo4j does)"),
}

NAIVE_QUERY = (
    "MERGE (a:Entity {id: $source}) SET a.name = $source_name, a.type = $source_type "
    "MERGE (b:Entity {id: $target}) SET b.name = $target_name, b.type = $target_type "
    "MERGE (a)-[r:`%s`]->(b) "
    "SET r.count = $count, r.confidence = $confidence, r.first_seen = $first_seen, "
    "r.last_seen = $last_seen, r.relation_class = $relation_class, r.evidence = $evidence"
)


def synthetic(n_triples: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """Entities (one per 10 triples) and ``n_triples`` distinct edges between them."""
    rng = random.Random(seed)
    n_entities = max(10, n_triples // 10)
    entities = [{"id": f"e{i}", "name": f"Actor {i}", "type": rng.choice(TYPES),
                 "aliases": [f"A{i}"]} for i in range(n_entities)]
    seen: set[tuple[int, str, int]] = set()
    edges = []
    while len(edges) < n_triples:
        s, o, p = rng.randrange(n_entities), rng.randrange(n_entities), rng.choice(PREDICATES)
        if s == o or (s, p, o) in seen:
            continue
        seen.add((s, p, o))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        edges.append({"source": f"e{s}", "target": f"e{o}", "predicate": p,
                      "count": rng.randint(1, 5), "confidence": round(rng.random(), 3),
                      "first_seen": day, "last_seen": day, "relation_class": CLASSES.get(p),
                      "evidence": [f"Actor {s} {p} Actor {o} on {day}."]})
    return entities, edges


def naive_load(conn: Connection, entities: list[dict], edges: list[dict]) -> float:
    """One auto-commit query per triple; returns seconds."""
    by_id = {e["id"]: e for e in entities}
    start = time.perf_counter()
    with conn.session() as session:
        for e in edges:
            s, o = by_id[e["source"]], by_id[e["target"]]
            query = NAIVE_QUERY % names.relationship_type(e["predicate"])
            session.run(query, source=s["id"], source_name=s["name"], source_type=s["type"],
                        target=o["id"], target_name=o["name"], target_type=o["type"],
                        count=e["count"], confidence=e["confidence"],
                        first_seen=e["first_seen"], last_seen=e["last_seen"],
                        relation_class=e["relation_class"], evidence=e["evidence"]).consume()
    return time.perf_counter() - start


def naive_managed_load(conn: Connection, entities: list[dict], edges: list[dict]) -> float:
    """One managed write transaction (``execute_write``) per triple; returns seconds."""
    by_id = {e["id"]: e for e in entities}
    start = time.perf_counter()
    for e in edges:
        s, o = by_id[e["source"]], by_id[e["target"]]
        query = NAIVE_QUERY % names.relationship_type(e["predicate"])
        params = dict(source=s["id"], source_name=s["name"], source_type=s["type"],
                      target=o["id"], target_name=o["name"], target_type=o["type"],
                      count=e["count"], confidence=e["confidence"], first_seen=e["first_seen"],
                      last_seen=e["last_seen"], relation_class=e["relation_class"],
                      evidence=e["evidence"])
        conn.write(lambda tx, q=query, p=params: tx.run(q, p).consume())
    return time.perf_counter() - start


def batched_load(conn: Connection, entities: list[dict], edges: list[dict], size: int
                 ) -> tuple[float, dict]:
    start = time.perf_counter()
    stats = load_rows(conn, entities, edges, batch_size=size)
    return time.perf_counter() - start, {**stats.as_dict(), "phase_seconds": {
        k: round(v, 2) for k, v in stats.phase_seconds.items()}}


def row_building_seconds(entities: list[dict], edges: list[dict]) -> float:
    """Client time to turn the input into the loader's rows (no server involved)."""
    start = time.perf_counter()
    [entity_row(e) for e in entities], [edge_row(e) for e in edges]
    return time.perf_counter() - start


def driver_packer() -> str:
    """``rust`` when the neo4j-rust-ext package packs the parameters, else ``python``: the
    pure-Python packer costs ~3 us per value and is most of the batched loader's client CPU."""
    try:
        from neo4j._codec.packstream.v1 import _rust_pack
    except ImportError:
        return "python"
    return "rust" if _rust_pack else "python"


def _phases(seconds: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in seconds.items())


def count_rels(conn: Connection) -> int:
    return conn.read(lambda tx: tx.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)").single()[0])


def measure(args: argparse.Namespace, entities: list[dict], edges: list[dict], sizes: list[int],
            commits: str) -> dict:
    """Naive and batched loads on one fresh server whose commits are ``commits``."""
    settings = COMMITS[commits][0]
    results: dict = {"server": None, "settings": settings, "naive": {}, "naive_managed": {},
                     "batched": {}}
    with tempfile.TemporaryDirectory(prefix="ng-bench-") as tmp:
        server = start_arcadedb(Path(tmp), heap=args.heap, settings=settings)
        try:
            conn = connect(server.uri, server.user, server.password, server.database)
            results["server"] = conn.driver.get_server_info().agent
            print(f"server {results['server']}, {COMMITS[commits][1]}", flush=True)
            ensure_constraints(conn)

            # Warm the server's JIT on both paths first, so neither measure pays for it.
            warm_entities, warm_edges = synthetic(10_000, seed=99)
            load_rows(conn, warm_entities, warm_edges)
            wipe_graph(conn)
            naive_load(conn, warm_entities, warm_edges[:500])
            wipe_graph(conn)

            clock = CpuClock(server.process.pid)
            subset = edges[: args.naive]
            used = {e["source"] for e in subset} | {e["target"] for e in subset}
            runs = []
            for _ in range(args.repeats):
                cpu0 = clock.now()
                seconds = naive_load(conn, [e for e in entities if e["id"] in used], subset)
                runs.append((seconds, clock.since(cpu0, clock.now())))
                wipe_graph(conn)
            seconds, cpu = min(runs, key=lambda run: run[0])
            rate = len(subset) / seconds
            median_rate = len(subset) / statistics.median(run[0] for run in runs)
            naive_cpu_per_triple = (cpu["server_cpu_s"] + cpu["client_cpu_s"]) / len(subset)
            results["naive"] = {"triples": len(subset), "seconds": round(seconds, 2),
                                "runs_s": [round(run[0], 2) for run in runs],
                                "triples_per_s": round(rate), "median_triples_per_s": round(median_rate),
                                "extrapolated_s_for_all": round(len(edges) / rate, 1), **cpu,
                                "cpu_ms_per_triple": round(1000 * naive_cpu_per_triple, 3)}
            print(f"naive, one query per triple: {len(subset)} triples, best of {args.repeats} "
                  f"{seconds:.1f} s = {rate:,.0f} triples/s (median {median_rate:,.0f}; all "
                  f"{len(edges):,}: ~{len(edges) / rate:,.0f} s, extrapolated); "
                  f"{results['naive']['cpu_ms_per_triple']} ms CPU/triple (server + client)",
                  flush=True)

            managed = edges[: max(1, args.naive // 2)]
            used = {e["source"] for e in managed} | {e["target"] for e in managed}
            seconds = naive_managed_load(conn, [e for e in entities if e["id"] in used], managed)
            managed_rate = len(managed) / seconds
            results["naive_managed"] = {"triples": len(managed), "seconds": round(seconds, 2),
                                        "triples_per_s": round(managed_rate)}
            print(f"naive, one managed transaction per triple: {len(managed)} triples in "
                  f"{seconds:.1f} s = {managed_rate:,.0f} triples/s", flush=True)
            wipe_graph(conn)

            for size in sizes:
                runs = []
                for _ in range(args.repeats):
                    cpu0 = clock.now()
                    seconds, stats = batched_load(conn, entities, edges, size)
                    runs.append((seconds, clock.since(cpu0, clock.now()), stats))
                    assert count_rels(conn) == len(edges), "batched load lost relationships"
                    wipe_graph(conn)
                seconds, cpu, stats = min(runs, key=lambda run: run[0])
                median_s = statistics.median(run[0] for run in runs)
                entry = {"seconds": round(seconds, 2), "runs_s": [round(run[0], 2) for run in runs],
                         "triples_per_s": round(len(edges) / seconds),
                         "speedup_vs_naive": round(len(edges) / seconds / rate, 1),
                         "median_speedup_vs_naive": round(len(edges) / median_s / median_rate, 1),
                         "speedup_vs_naive_managed": round(len(edges) / seconds / managed_rate, 1),
                         "batches": stats["batches"], **cpu,
                         "phase_seconds": stats["phase_seconds"]}
                cpu_per_triple = (cpu["server_cpu_s"] + cpu["client_cpu_s"]) / len(edges)
                entry["cpu_ms_per_triple"] = round(1000 * cpu_per_triple, 3)
                entry["cpu_ratio_vs_naive"] = round(naive_cpu_per_triple / cpu_per_triple, 1)
                if size == 1000:
                    load_rows(conn, entities, edges, batch_size=size)
                    start = time.perf_counter()
                    again = load_rows(conn, entities, edges, batch_size=size)
                    entry["reload_seconds"] = round(time.perf_counter() - start, 2)
                    entry["reload_created"] = again.nodes_created + again.relationships_created
                    wipe_graph(conn)
                results["batched"][str(size)] = entry
                print(f"batched, batch size {size:>5}: {len(edges):,} triples, best of {args.repeats} "
                      f"{seconds:.1f} s = {entry['triples_per_s']:,} triples/s, "
                      f"{entry['speedup_vs_naive']}x naive (median/median "
                      f"{entry['median_speedup_vs_naive']}x; {entry['speedup_vs_naive_managed']}x "
                      f"naive managed); {entry['cpu_ms_per_triple']} ms CPU/triple, "
                      f"{entry['cpu_ratio_vs_naive']}x less CPU than naive"
                      + (f"; reload {entry['reload_seconds']} s, created "
                         f"{entry['reload_created']}" if "reload_seconds" in entry else ""),
                      flush=True)
                if args.phases:
                    rows_s = row_building_seconds(entities, edges)
                    print(f"    phases (s): {_phases(entry['phase_seconds'])}; "
                          f"building the rows alone {rows_s:.2f}", flush=True)
                    if "reload_seconds" in entry:
                        print(f"    reload phases (s): {_phases(again.phase_seconds)}", flush=True)
            conn.close()
        finally:
            stop_arcadedb(server)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--naive", type=int, default=5_000, help="triples for the naive loader")
    ap.add_argument("--batch-sizes", default="100,1000,5000")
    ap.add_argument("--heap", default="1g", help="ArcadeDB's Java heap (-Xmx)")
    ap.add_argument("--phases", action="store_true", help="print wall seconds per load phase")
    ap.add_argument("--repeats", type=int, default=2,
                    help="runs of each loader; the best and the median are reported")
    ap.add_argument("--commits", choices=[*COMMITS, "both"], default="both",
                    help="how the server commits: ArcadeDB's default (no flush), flushed to\n"
                         "disk at every commit as Neo4j does, or both (one server each)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    entities, edges = synthetic(args.triples)
    results: dict = {"triples": len(edges), "entities": len(entities), "heap": args.heap,
                     "driver_packer": driver_packer(), "commits": {}}
    print(f"driver packer: {results['driver_packer']}", flush=True)
    for commits in (COMMITS if args.commits == "both" else [args.commits]):
        results["commits"][commits] = measure(args, entities, edges, sizes, commits)
    results["load_average_1m_at_end"] = os.getloadavg()[0]
    out = ROOT / "benchmarks" / "results" / "neo4j_load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"-> {out}")


if __name__ == "__main__":
    main()
