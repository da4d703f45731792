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
from pathlib import Path

from _common import machine, run_child_build, texts, write_corpus

CONFIGS = {
    "one process": {"workers": 1},
    "--workers 2": {"workers": 2},
    "--dask local:2": {"dask": "local:2"},
}


def transfer_sizes(sample: int = 40) -> tuple[float, float]:
    """Mean pickled bytes per document sent to a worker, and per result sent back."""
    from newsgraph.extract.pipeline import load_model, run_pipeline
    from newsgraph.model import Document, content_id

    documents = [Document(id=content_id(t), text=t, source=f"bench:{n}") for n, t in enumerate(texts(0.1)[:sample])]
    results = list(run_pipeline(documents, load_model()))
    return len(pickle.dumps(documents)) / len(documents), len(pickle.dumps(results)) / len(results)


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
    sent, back = transfer_sizes()
    print(f"pickled per document: {sent / 1024:.1f} KiB to the worker, {back / 1024:.1f} KiB back")
    print(f"# after: {machine()}")


if __name__ == "__main__":
    main()
