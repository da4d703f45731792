"""Helpers shared by the benchmarks: a corpus of a given size, and a build run in a child process.

The corpus is the ``../shared/corpus`` articles (next to the repository; another folder
with NEWSGRAPH_BENCH_CORPUS) repeated until the wanted size. Each copy ends with a
short line of its own, so every copy is a distinct document (documents are keyed by a
hash of their text) and a build parses every one.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = Path(os.environ.get("NEWSGRAPH_BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))

__all__ = ["ROOT", "CORPUS", "articles", "texts", "write_corpus", "words", "run_child_build", "machine", "CpuMeter"]


def articles() -> list[str]:
    """The source articles, in file-name order."""
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"})
    if not paths:
        raise SystemExit(f"no .txt articles in {CORPUS} (set NEWSGRAPH_BENCH_CORPUS)")
    return [p.read_text(encoding="utf-8") for p in paths]


def texts(megabytes: float) -> list[str]:
    """Distinct article texts, about ``megabytes`` MB of UTF-8 in all."""
    base = articles()
    wanted = megabytes * 1_000_000
    out: list[str] = []
    size = 0
    while size < wanted:
        text = f"{base[len(out) % len(base)].rstrip()}\n\nBenchmark copy {len(out)}.\n"
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def write_corpus(folder: Path, megabytes: float) -> Path:
    """Write the corpus as .txt files under ``folder`` (a build reads them as any user's files)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts(megabytes)):
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def words(items: list[str]) -> int:
    """Whitespace-separated words: the same count for every mode compared."""
    return sum(len(t.split()) for t in items)


def machine() -> str:
    """One line on the machine and how busy it is (these boxes are shared)."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} CPUs, load average {load}, Python {sys.version.split()[0]}"


_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from newsgraph.build import BuildOptions, Progress, build

marks = {{}}
started = time.perf_counter()

class Marks(Progress):
    def document(self, ex):
        marks.setdefault("first_document", time.perf_counter() - started)
    def resolving(self):
        marks["resolving"] = time.perf_counter() - started
        marks["rss_before_resolve_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

options = BuildOptions(**json.loads({options!r}))
summary = build([{source!r}], {store!r}, options, progress=Marks())
marks["total"] = time.perf_counter() - started
marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
marks["children_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
marks.update(new=summary.new, failed=len(summary.failed), words=summary.words, sentences=summary.sentences,
             triples=summary.triples, entities=summary.entities, model=summary.model)
print("RESULT " + json.dumps(marks))
"""


def run_child_build(source: Path, store: Path, **options: object) -> dict:
    """Run ``build`` in a fresh Python process; return its timings, peak RSS and summary.

    ``resolving`` is the second at which extraction ended and entity resolution began;
    ``rss_before_resolve_mb`` the peak RSS up to then (ru_maxrss, Linux KiB -> MiB).
    """
    code = _CHILD.format(root=str(ROOT), options=json.dumps(options), source=str(source), store=str(store))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"child build failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
    result["wall"] = wall
    return result


def peak_rss_mb() -> float:
    """Peak RSS of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class CpuMeter:
    """Wall seconds and CPU seconds of this process and its children (spaCy's n_process workers).

    The machine is shared, so wall time alone mixes our work with other people's: CPU
    seconds say what the work itself cost. Children are polled with psutil every
    ``interval`` seconds (their last reading before they exit is kept).
    """

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self.me = psutil.Process()
        self.interval = interval
        self.children: dict[int, float] = {}
        self._before: dict[int, float] = {}
        self.wall = self.cpu = self.main_cpu = 0.0
        self._stop = threading.Event()

    def _poll(self) -> None:
        while not self._stop.wait(self.interval):
            for child in self.me.children(recursive=True):
                try:
                    times = child.cpu_times()
                except Exception:  # noqa: BLE001 - a child that just exited keeps its last reading
                    continue
                self.children[child.pid] = times.user + times.system - self._before.get(child.pid, 0.0)

    def __enter__(self) -> CpuMeter:
        times = self.me.cpu_times()
        self._cpu0 = times.user + times.system
        for child in self.me.children(recursive=True):  # already running: count only from now on
            ctimes = child.cpu_times()
            self._before[child.pid] = ctimes.user + ctimes.system
        self._wall0 = time.perf_counter()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall0
        self._stop.set()
        self._thread.join()
        times = self.me.cpu_times()
        self.main_cpu = times.user + times.system - self._cpu0
        self.cpu = self.main_cpu + sum(self.children.values())
