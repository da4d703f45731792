"""How the graph side scales: build, every analysis step, the report, every export.

Synthetic graphs of 10k, 100k and 1M edges (1k, 10k and 100k entities) are made from
:func:`newsgraph.graph.synthetic.random_corpus` (scale-free-ish subjects, ten predicates,
dates over two years). Each size runs in its own process so its peak RSS is its own.

    python benchmarks/graph_scale.py                      # all three sizes
    python benchmarks/graph_scale.py --sizes 10k,100k     # a subset
    python benchmarks/graph_scale.py --no-exports         # analysis and report only

Prints one table per size (seconds per step) and a summary line; ``--json FILE`` saves
the figures. The goal of issue 5: ``report`` on 1M edges within 60 s on 2 cores.
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


def run_one(label: str, exports: bool) -> dict:
    """Build, analyse, report and export one synthetic graph; seconds per step."""
    from newsgraph.graph import analyse as A
    from newsgraph.graph.build import graph_from_triples
    from newsgraph.graph.export import EXPORT_FORMATS, export
    from newsgraph.graph.html import render_html
    from newsgraph.graph.report import report
    from newsgraph.graph.synthetic import random_corpus

    n_edges, n_nodes = SIZES[label]
    print(f"{label}: {n_edges} edges wanted, {n_nodes} entities", flush=True)
    t: dict = {}
    entities, triples = random_corpus(int(n_edges * 1.02), n_nodes, seed=7)
    G = _timed(t, "build", graph_from_triples, entities, triples)
    P = _timed(t, "projection", A.project, G)
    _timed(t, "degrees (networkx)", lambda: (A.in_degree(G), A.out_degree(G), A.weighted_degree(G)))
    _timed(t, "pagerank", A.pagerank, G)
    _timed(t, "betweenness", A.betweenness, G, projection=P)
    _timed(t, "eigenvector", A.eigenvector, G, projection=P)
    parts, method = _timed(t, "communities", A.communities, G, projection=P)
    counts = _timed(t, "tallies (1 edge pass)", A.tallies, G)
    _timed(t, "relations+pairs", lambda: (A.top_relations(G, counts=counts),
                                          A.top_relation_classes(G, counts=counts),
                                          A.active_pairs(G, counts=counts),
                                          A.relations_per_month(G, counts=counts)))
    r = _timed(t, "report (all above)", report, G, 20)
    _timed(t, "html", render_html, G, r)
    out = {"size": label, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
           "betweenness": r.betweenness_method, "communities": f"{method}, {len(parts)} found",
           "seconds": t, "cpu_seconds": CPU}
    if exports:
        with tempfile.TemporaryDirectory() as tmp:
            sizes = {}
            for fmt in EXPORT_FORMATS:
                path = Path(tmp) / f"kg.{fmt}"
                _timed(t, f"export {fmt}", export, G, fmt, path)
                files = [path] if path.is_file() else list(path.iterdir())
                sizes[fmt] = round(sum(f.stat().st_size for f in files) / 1e6, 1)
                for f in files:
                    f.unlink()
            out["export_mb"] = sizes
    out["peak_rss_mb"] = round(_peak_mb())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated: 10k,100k,1M")
    parser.add_argument("--no-exports", action="store_true", help="skip the export timings")
    parser.add_argument("--json", help="save the figures to this file")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print("RESULT " + json.dumps(run_one(args.one, not args.no_exports)), flush=True)
        return
    results = []
    for label in args.sizes.split(","):
        cmd = [sys.executable, __file__, "--one", label] + (["--no-exports"] if args.no_exports else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        sys.stdout.write("".join(line + "\n" for line in proc.stdout.splitlines()
                                 if not line.startswith("RESULT ")))
        if proc.returncode:
            sys.stdout.write(proc.stderr)
            continue
        line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")][-1]
        results.append(json.loads(line[7:]))
    print("\nsize  nodes    edges     build  report (cpu)    html   graphml  peak MB")
    for r in results:
        s, c = r["seconds"], r["cpu_seconds"]
        print(f"{r['size']:<5} {r['nodes']:<8} {r['edges']:<9} {s['build']:<6} "
              f"{s['report (all above)']:<6} ({c['report (all above)']:<6}) {s['html']:<6} "
              f"{s.get('export graphml', '-'):<8} {r['peak_rss_mb']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
