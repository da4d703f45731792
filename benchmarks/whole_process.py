"""Whole processes, as a user runs them: ``newsgraph extract`` (or ``build``) against raw ``nlp.pipe``.

    python benchmarks/whole_process.py DIR [--pairs 3] [--command extract|build] [--workers N]

Runs the newsgraph command and ``benchmarks/raw_pipe.py`` (the same model over the same
files, what a user would write without newsgraph) in turn, A B A B ..., each as a fresh
process, and prints for each pair the wall and CPU seconds (the process and its children)
and the speed ratio raw/newsgraph; then the median ratio of the pairs. Pairs, not totals:
the machine's speed drifts, a pair run back to back shares the drift. The load average is
printed with the figures: on a shared machine wall time is not to be trusted, CPU time more.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the children) of one command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--command", choices=("extract", "build"), default="extract")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.command == "extract":
            ours = [sys.executable, "-m", "newsgraph", "extract", args.folder, "--format", "jsonl",
                    "-o", str(Path(tmp) / "out.jsonl"), "--workers", str(args.workers)]
        else:
            ours = [sys.executable, "-m", "newsgraph", "build", args.folder, "--quiet",
                    "--store", str(Path(tmp) / "kg.db"), "--workers", str(args.workers)]
        raw = [sys.executable, str(HERE / "raw_pipe.py"), args.folder, "--n-process", str(args.workers)]
        wall_ratios, cpu_ratios = [], []
        print(f"# {args.command} --workers {args.workers} vs raw nlp.pipe n_process={args.workers} on {args.folder}")
        print("pair  newsgraph wall/cpu s   raw wall/cpu s   speed wall  speed cpu  load")
        for n in range(args.pairs):
            for f in Path(tmp).glob("kg.db*"):
                f.unlink()  # every build starts from an empty store
            a = _run(ours)
            b = _run(raw)
            wall_ratios.append(b[0] / a[0])
            cpu_ratios.append(b[1] / a[1])
            print(f"{n + 1:>4}  {a[0]:8.1f} / {a[1]:6.1f}   {b[0]:6.1f} / {b[1]:6.1f}   {wall_ratios[-1]:9.2f}"
                  f"  {cpu_ratios[-1]:9.2f}  {os.getloadavg()[0]:.1f}")
        print(f"median speed (raw time / newsgraph time): wall {statistics.median(wall_ratios):.2f}, "
              f"CPU {statistics.median(cpu_ratios):.2f}")


if __name__ == "__main__":
    main()
