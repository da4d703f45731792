"""Throughput of newsgraph extraction against raw ``nlp.pipe`` (issue 2).

    python benchmarks/throughput.py                 # ~1 MB, 1 and 2 workers
    python benchmarks/throughput.py --mb 0.2 --workers 1

One process, one loaded model, the same texts for every mode:

- ``nlp.pipe``      raw spaCy: parse only, results thrown away;
- ``run_pipeline``  newsgraph's parse + extract_doc (triples, mentions, aliases);
- ``extract``       the whole ``newsgraph extract`` path without writing output
                    (``extract_records``: parse, extract, per-document store + resolution).

Words are whitespace-separated words of the input, the same count for every mode.
Targets: run_pipeline and extract at least 0.9x raw; 2 workers at least 1.6x one worker.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from _common import machine, texts, words

from newsgraph.build import BuildOptions, extract_records
from newsgraph.extract.pipeline import load_model, run_pipeline
from newsgraph.model import Document, content_id


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    count = run()
    return time.perf_counter() - started, count


def measure(items: list[str], nlp: object, workers: int, batch_size: int) -> dict[str, float]:
    """Seconds of each mode over ``items`` with ``workers`` processes."""
    documents = [Document(id=content_id(t), text=t, source=f"bench:{n}") for n, t in enumerate(items)]
    modes: dict[str, Callable[[], int]] = {
        "nlp.pipe": lambda: sum(1 for _ in nlp.pipe(items, batch_size=batch_size, n_process=workers)),
        "run_pipeline": lambda: sum(
            1 for _ in run_pipeline(documents, nlp, batch_size=batch_size, n_process=workers)
        ),
        "extract": lambda: sum(
            1 for _ in extract_records(documents, BuildOptions(workers=workers, batch_size=batch_size), nlp=nlp)
        ),
    }
    seconds = {}
    for name, run in modes.items():
        seconds[name], _ = _timed(run)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text (default 1)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    items = texts(args.mb)
    total_words = words(items)
    print(f"# {len(items)} documents, {sum(len(t.encode()) for t in items) / 1e6:.2f} MB, {total_words:,} words")
    print(f"# {machine()}")
    nlp = load_model(args.model)
    for _ in nlp.pipe(items[:8]):  # warm up: lazy initialisation is not what we measure
        pass
    results = {w: measure(items, nlp, w, args.batch_size) for w in args.workers}

    print(f"\n{'mode':<14}{'workers':>8}{'seconds':>10}{'words/s':>10}{'vs nlp.pipe':>13}")
    for w, seconds in results.items():
        for mode, s in seconds.items():
            print(f"{mode:<14}{w:>8}{s:>10.1f}{total_words / s:>10,.0f}{seconds['nlp.pipe'] / s:>13.2f}")
    if 1 in results and len(results) > 1:
        print(f"\n{'scaling vs 1 worker':<22}" + "".join(f"{m:>14}" for m in results[1]))
        for w, seconds in results.items():
            if w != 1:
                print(f"{w} workers{'':<13}" + "".join(f"{results[1][m] / s:>13.2f}x" for m, s in seconds.items()))
    print(f"# after: {machine()}")


if __name__ == "__main__":
    main()
