"""How the graph side scales: build, every analysis step, the report, every export.

Synthetic graphs of 10k, 100k and 1M edges (1k, 10k and 100k entities) are made from
:func:`newsgraph.graph.synthetic.random_corpus` (scale-free-ish subjects, ten predicates,
dates over two years). Each size runs in its own process so its peak RSS is its own.

    python benchmarks/graph_scale.py                      # all three sizes
    python benchmarks/graph_scale.py --sizes 10k,100k     # a subset
    python benchmarks/graph_scale.py --no-exports         # analysis and report only

The report runs on a graph built in memory; each export runs from a store filled with the
same triples (``export_store``, streaming), in a process of its own so that its peak RSS is
its own. Prints seconds per step and a summary; ``--json FILE`` saves the figures. Goals
(issue 15): the report at 1M edges in 30 s or less; exports with memory flat in the number
of edges (at most 1 GB at 1M edges).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"10k": (10_000, 1_000), "100k": (100_000, 10_000), "1M": (1_000_000, 100_000)}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


CPU: dict = {}


def _timed(results: dict, name: str, func, *args, **kwargs):
    """Run one step; record wall seconds (and CPU seconds: the machine is shared)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func(*args, **kwargs)
    results[name] = round(time.perf_counter() - start, 2)
    CPU[name] = round(time.process_time() - cpu, 2)
    print(f"  {name:<22} {results[name]:>8.2f} s wall {CPU[name]:>8.2f} s cpu"
          f"   peak {_peak_mb():>7.0f} MB", flush=True)
    return value


def run_report(label: str) -> dict:
    """Build one synthetic graph in memory, then time every analysis step, the report and the page."""
    from newsgraph.graph import analyse as A
    from newsgraph.graph.build import graph_from_triples
    from newsgraph.graph.html import render_html
    from newsgraph.graph.report import report
    from newsgraph.graph.synthetic import random_corpus

    n_edges, n_nodes = SIZES[label]
    print(f"{label}: {n_edges} edges wanted, {n_nodes} entities", flush=True)
    t: dict = {}
    entities, triples = random_corpus(int(n_edges * 1.02), n_nodes, seed=7)
    G = _timed(t, "build", graph_from_triples, entities, triples)
    actors = A.actor_graph(G)
    P = _timed(t, "projection", A.project, actors)
    _timed(t, "pagerank (undirected)", A.pagerank_undirected, P)
    _timed(t, "betweenness", A.betweenness, actors, projection=P)
    parts, method = _timed(t, "communities", A.communities, actors, projection=P)
    _timed(t, "tallies (1 edge pass)", A.tallies, G)
    _timed(t, "document counts", A.document_counts, G)
    r = _timed(t, "report (all above)", report, G, 20)
    _timed(t, "html", render_html, G, r)
    return {"size": label, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "betweenness": r.betweenness_method, "communities": f"{method}, {len(parts)} found",
            "seconds": t, "cpu_seconds": CPU, "peak_rss_mb": round(_peak_mb())}


def run_prepare(label: str, store_path: str) -> dict:
    """Write the synthetic triples of one size into a store (not timed as a result)."""
    from newsgraph.graph.synthetic import random_corpus, store_triples
    from newsgraph.store import Store

    n_edges, n_nodes = SIZES[label]
    entities, triples = random_corpus(int(n_edges * 1.02), n_nodes, seed=7)
    t: dict = {}
    with Store(store_path) as store:
        _timed(t, "fill the store", store_triples, store, triples, entities)
    return {"seconds": t}


def run_export(label: str, store_path: str, fmt: str) -> dict:
    """Export the store in one format (streaming); seconds, peak RSS and file size."""
    from newsgraph.graph.export import export_store
    from newsgraph.store import Store

    t: dict = {}
    with tempfile.TemporaryDirectory() as tmp, Store(store_path, create=False) as store:
        path = Path(tmp) / f"kg.{fmt}"
        nodes, edges, out = _timed(t, f"export {fmt}", export_store, store, fmt, path)
        files = [out] if out.is_file() else list(out.iterdir())
        size = round(sum(f.stat().st_size for f in files) / 1e6, 1)
    return {"seconds": t[f"export {fmt}"], "peak_rss_mb": round(_peak_mb()), "mb": size,
            "nodes": nodes, "edges": edges}


def _child(*args: str) -> dict | None:
    """Run one step in its own process (so its peak RSS is its own); its RESULT line."""
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    sys.stdout.write("".join(line + "\n" for line in proc.stdout.splitlines() if not line.startswith("RESULT ")))
    if proc.returncode:
        sys.stdout.write(proc.stderr)
        return None
    return json.loads([x for x in proc.stdout.splitlines() if x.startswith("RESULT ")][-1][7:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: 10k,100k,1M")
    parser.add_argument("--no-exports", action="store_true", help="skip the export timings")
    parser.add_argument("--formats", default="graphml,gexf,json,csv", help="export formats timed")
    parser.add_argument("--json", help="save the figures to this file")
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step, label, *rest = args.step
        runner = {"report": run_report, "prepare": run_prepare, "export": run_export}[step]
        print("RESULT " + json.dumps(runner(label, *rest)), flush=True)
        return
    results = []
    for label in args.sizes.split(","):
        result = _child("--step", "report", label)
        if result is None:
            continue
        result["exports"] = {}
        if not args.no_exports:
            with tempfile.TemporaryDirectory() as tmp:
                db = str(Path(tmp) / "kg.db")
                _child("--step", "prepare", label, db)
                for fmt in args.formats.split(","):
                    result["exports"][fmt] = _child("--step", "export", label, db, fmt)
        results.append(result)
    print("\nsize  nodes    edges     build  report (cpu)     html   peak MB   exports: s / peak MB")
    for r in results:
        s, c = r["seconds"], r["cpu_seconds"]
        exports = "  ".join(f"{fmt} {e['seconds']} / {e['peak_rss_mb']}" for fmt, e in r["exports"].items() if e)
        print(f"{r['size']:<5} {r['nodes']:<8} {r['edges']:<9} {s['build']:<6} "
              f"{s['report (all above)']:<6} ({c['report (all above)']:<6}) {s['html']:<6} "
              f"{r['peak_rss_mb']:<9} {exports}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
