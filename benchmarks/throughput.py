"""Throughput of newsgraph extraction against raw ``nlp.pipe`` (issue 2).

    python benchmarks/throughput.py                 # ~1 MB, 1 and 2 workers, 2 rounds
    python benchmarks/throughput.py --mb 0.2 --workers 1 --rounds 1

One process, one loaded model, the same texts for every mode:

- ``nlp.pipe``      raw spaCy: parse only, results thrown away;
- ``run_pipeline``  newsgraph's parse + extract_doc (triples, mentions, aliases);
- ``extract``       the whole ``newsgraph extract`` path without writing output
                    (``extract_records``: parse, extract, per-document store + resolution).

Words are whitespace-separated words of the input, the same count for every mode.
Each mode runs ``--rounds`` times (in alternating order) and keeps its best wall time:
the machine is shared, and the minimum is the run least disturbed by others. CPU
seconds (this process + its worker processes) are the cost of the work itself.
Targets: run_pipeline and extract at least 0.9x raw; 2 workers at least 1.6x one worker.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from _common import CpuMeter, machine, texts, words

from newsgraph.build import BuildOptions, extract_records
from newsgraph.extract.pipeline import PipelineOptions, load_model
from newsgraph.model import Document, content_id
from newsgraph.runners import make_runner

MODES = ("nlp.pipe", "run_pipeline", "extract")


def breakdown(items: list[str], nlp: object) -> dict[str, float]:
    """CPU seconds of parsing, of ``extract_doc``, and of each extraction stage, document by document.

    Parse and extraction of one document run back to back, so other people's load on the
    shared machine weighs on both alike: the ratio is the steadiest figure here. The
    stages are timed again separately, to say where extraction spends its time.
    """
    from newsgraph.extract.aliases import find_stated_aliases
    from newsgraph.extract.clauses import extract_triples
    from newsgraph.extract.mentions import collect_mentions
    from newsgraph.extract.nominal import extract_nominal_triples
    from newsgraph.extract.pipeline import extract_doc

    def clock(stage: str, func: Callable, *args: object, **kwargs: object) -> object:
        started = time.process_time()
        result = func(*args, **kwargs)
        cpu[stage] += time.process_time() - started
        return result

    cpu = dict.fromkeys(("parse", "extract_doc", "clauses", "nominal", "mentions", "aliases"), 0.0)
    for n, text in enumerate(items):
        document = Document(id=content_id(text), text=text, source=f"bench:{n}")
        doc = clock("parse", nlp, text)
        clock("extract_doc", extract_doc, doc, document)
        triples = clock("clauses", lambda d, i: list(extract_triples(d, i)), doc, document.id)
        triples += clock("nominal", lambda d, i: list(extract_nominal_triples(d, i)), doc, document.id)
        clock("mentions", collect_mentions, doc, document.id, triples, coref=True)
        clock("aliases", find_stated_aliases, doc, document.id)
    return cpu


def _run_all(documents: list[Document], nlp: object, workers: int, batch_size: int) -> int:
    """Parse and extract every document with the runner ``--workers`` picks (no store)."""
    with make_runner(PipelineOptions(batch_size=batch_size), workers=workers, nlp=nlp) as runner:
        return sum(1 for _ in runner.run(documents))


def runners(items: list[str], nlp: object, workers: int, batch_size: int) -> dict[str, Callable[[], int]]:
    """One callable per mode, each consuming its whole stream."""
    documents = [Document(id=content_id(t), text=t, source=f"bench:{n}") for n, t in enumerate(items)]
    options = BuildOptions(workers=workers, batch_size=batch_size)
    return {
        "nlp.pipe": lambda: sum(1 for _ in nlp.pipe(items, batch_size=batch_size, n_process=workers)),
        "run_pipeline": lambda: _run_all(documents, nlp, workers, batch_size),
        "extract": lambda: sum(1 for _ in extract_records(documents, options, nlp=nlp)),
    }


def measure(items: list[str], nlp: object, workers: list[int], batch_size: int, rounds: int) -> dict:
    """Best (wall, cpu, main cpu) seconds per (mode, workers) over ``rounds`` alternating rounds."""
    best: dict[tuple[str, int], tuple[float, float, float]] = {}
    for r in range(rounds):
        for w in workers:
            run = runners(items, nlp, w, batch_size)
            for mode in (MODES if r % 2 == 0 else MODES[::-1]):
                with CpuMeter() as meter:
                    run[mode]()
                print(f"#   round {r + 1} {mode} x{w}: {meter.wall:.1f} s wall, {meter.cpu:.1f} s CPU", flush=True)
                if (mode, w) not in best or meter.wall < best[mode, w][0]:
                    best[mode, w] = (meter.wall, meter.cpu, meter.main_cpu)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text (default 1)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each mode; the best is kept (default 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None)
    parser.add_argument("--breakdown-mb", type=float, default=0.2,
                        help="MB timed stage by stage (0 to skip; default 0.2)")
    args = parser.parse_args()

    items = texts(args.mb)
    total = words(items)
    print(f"# {len(items)} documents, {sum(len(t.encode()) for t in items) / 1e6:.2f} MB, {total:,} words")
    print(f"# before: {machine()}")
    nlp = load_model(args.model)
    for _ in nlp.pipe(items[:8]):  # warm up: lazy initialisation is not what we measure
        pass
    best = measure(items, nlp, args.workers, args.batch_size, args.rounds)

    print(f"\n{'mode':<14}{'workers':>8}{'wall s':>8}{'words/s':>9}{'vs pipe':>9}"
          f"{'CPU s':>8}{'main CPU s':>12}{'CPU vs pipe':>13}")
    for w in args.workers:
        raw_wall, raw_cpu, _ = best["nlp.pipe", w]
        for mode in MODES:
            wall, cpu, main_cpu = best[mode, w]
            print(f"{mode:<14}{w:>8}{wall:>8.1f}{total / wall:>9,.0f}{raw_wall / wall:>9.2f}"
                  f"{cpu:>8.1f}{main_cpu:>12.1f}{raw_cpu / cpu:>13.2f}")
    if 1 in args.workers:
        for w in args.workers:
            if w != 1:
                print(f"\nwall speed-up, {w} workers vs 1: " + ", ".join(
                    f"{m} {best[m, 1][0] / best[m, w][0]:.2f}x" for m in MODES))
                print(f"CPU cost, {w} workers vs 1:     " + ", ".join(
                    f"{m} {best[m, w][1] / best[m, 1][1]:.2f}x" for m in MODES))
    if args.breakdown_mb:
        cpu = breakdown(texts(args.breakdown_mb), nlp)
        parse, extract = cpu.pop("parse"), cpu.pop("extract_doc")
        print(f"\nCPU, document by document ({args.breakdown_mb:g} MB): parse {parse:.1f} s, extract_doc "
              f"{extract:.2f} s = {extract / parse:.1%} of parsing -> words/s ratio {parse / (parse + extract):.2f}")
        print("  stages: " + ", ".join(f"{k} {v:.2f} s ({v / parse:.1%})" for k, v in cpu.items()))
    print(f"# after: {machine()}")


if __name__ == "__main__":
    main()
