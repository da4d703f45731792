"""One process vs ``--workers 2`` vs a Dask LocalCluster of 2 workers (issue 7).

    python benchmarks/dask_scaling.py             # ~5 MB of text, takes several minutes
    python benchmarks/dask_scaling.py --mb 1

Each configuration builds its own store from the same corpus folder in a fresh Python
process. ``start`` is the time to the first stored document (imports, model load,
worker start); ``docs/s`` counts every new document over the extraction time (start
included), ``steady docs/s`` only after the first document; resolution is left out of
both (it is the same client-side step in every configuration). Last, the pickled size
of what travels to and from a Dask worker per document.
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
import time
from pathlib import Path

from _common import machine, run_child_build, texts, write_corpus

CONFIGS = {
    "one process": {"workers": 1},
    "--workers 2": {"workers": 2},
    "--dask local:2": {"dask": "local:2"},
}


def client_costs(sample: int = 40) -> dict[str, float]:
    """Per document: pickled bytes to a worker and back, worker CPU, and the client's share.

    The client's share (unpickling a result and committing it to SQLite) is the serial
    part of a Dask build: it bounds throughput however many workers there are.
    """
    from newsgraph.extract.pipeline import load_model, run_pipeline
    from newsgraph.model import Document, content_id
    from newsgraph.store import Store

    documents = [Document(id=content_id(t), text=t, source=f"bench:{n}") for n, t in enumerate(texts(0.2)[:sample])]
    nlp = load_model()
    list(nlp.pipe(t.text for t in documents[:4]))
    started = time.process_time()
    results = list(run_pipeline(documents, nlp))
    worker_cpu = time.process_time() - started
    blobs = [pickle.dumps(r) for r in results]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "kg.db") as store:
        started = time.perf_counter()
        for blob in blobs:
            store.add_extraction(pickle.loads(blob), "bench")
        client = time.perf_counter() - started
    return {
        "sent_kib": len(pickle.dumps(documents)) / len(documents) / 1024,
        "back_kib": sum(map(len, blobs)) / len(blobs) / 1024,
        "worker_ms": 1000 * worker_cpu / len(documents),
        "client_ms": 1000 * client / len(documents),
    }


def same_store(a: Path, b: Path) -> bool:
    """Whether two stores hold the same resolved triples and entities (ids included)."""
    from newsgraph.store import Store

    with Store(a, create=False) as one, Store(b, create=False) as other:
        return list(one.iter_triples()) == list(other.iter_triples()) and sorted(
            one.iter_entities(), key=repr) == sorted(other.iter_entities(), key=repr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="MB of text (default 5)")
    parser.add_argument("--configs", nargs="+", choices=list(CONFIGS), default=list(CONFIGS))
    args = parser.parse_args()

    print(f"# {machine()} (shared with other engineers: figures are indicative)")
    rows = {}
    with tempfile.TemporaryDirectory(prefix="newsgraph-dask-") as tmp:
        folder = write_corpus(Path(tmp) / "corpus", args.mb)
        print(f"# {sum(1 for _ in folder.iterdir())} documents, {args.mb:g} MB", flush=True)
        for name in args.configs:
            store = Path(tmp) / f"kg-{len(rows)}.db"
            rows[name] = run_child_build(folder, store, **CONFIGS[name])
            rows[name]["store"] = store
            print(f"# {name}: {rows[name]['total']:.0f} s", flush=True)
        first = next(iter(rows.values()))["store"]
        identical = {name: same_store(first, r["store"]) for name, r in rows.items()}

    print(f"\n{'configuration':<16}{'docs':>6}{'start s':>9}{'extract s':>11}{'docs/s':>8}{'steady docs/s':>15}"
          f"{'ms/doc':>8}{'resolve s':>11}{'same store':>12}")
    for name, r in rows.items():
        extract = r["resolving"]
        steady = (r["new"] - 1) / max(extract - r["first_document"], 1e-9)
        print(f"{name:<16}{r['new']:>6}{r['first_document']:>9.1f}{extract:>11.1f}{r['new'] / extract:>8.2f}"
              f"{steady:>15.2f}{1000 * extract / r['new']:>8.0f}{r['total'] - extract:>11.1f}"
              f"{'yes' if identical[name] else 'NO':>12}")
    base = rows.get("one process")
    if base:
        for name, r in rows.items():
            if r is not base:
                print(f"{name} vs one process: {base['resolving'] / r['resolving']:.2f}x")
    if "--dask local:2" in rows and "--workers 2" in rows:
        d, w = rows["--dask local:2"], rows["--workers 2"]
        print(f"Dask overhead vs --workers 2: {d['resolving'] - w['resolving']:+.1f} s "
              f"({100 * (d['resolving'] / w['resolving'] - 1):+.0f}%), start {d['first_document']:.1f} s "
              f"vs {w['first_document']:.1f} s")
    cost = client_costs()
    print(f"per document: {cost['sent_kib']:.1f} KiB pickled to a worker, {cost['back_kib']:.1f} KiB back; "
          f"{cost['worker_ms']:.0f} ms worker CPU (parse + extract), {cost['client_ms']:.1f} ms on the client "
          f"(unpickle + SQLite commit) -> the client alone could take {1000 / cost['client_ms']:.0f} docs/s")
    print(f"# after: {machine()}")


if __name__ == "__main__":
    main()
