"""Peak memory of ``build`` on 10 MB of text against 1 MB (issue 2: at most 1.3x).

    python benchmarks/memory.py                  # 1 MB and 10 MB (the 10 MB build takes minutes)
    python benchmarks/memory.py --mb 0.5 2

Each build runs in a fresh Python process on its own corpus folder and store; the peak
RSS (ru_maxrss) is taken once extraction ends (before entity resolution) and at the end,
so the table shows whether resolving all stored mentions at the end is what grows.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import machine, run_child_build, write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0], help="corpus sizes (default 1 10)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    print(f"# {machine()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-mem-") as tmp:
        for mb in args.mb:
            folder = write_corpus(Path(tmp) / f"corpus-{mb:g}", mb)
            result = run_child_build(folder, Path(tmp) / f"kg-{mb:g}.db", workers=args.workers)
            rows.append((mb, result))
            print(f"# {mb:g} MB done in {result['total']:.0f} s", flush=True)

    print(f"\n{'MB':>6}{'docs':>7}{'words':>10}{'extract s':>11}{'resolve s':>11}"
          f"{'peak RSS extract':>18}{'peak RSS total':>16}{'entities':>10}")
    for mb, r in rows:
        resolve_s = r["total"] - r.get("resolving", r["total"])
        print(f"{mb:>6g}{r['new']:>7}{r['words']:>10,}{r.get('resolving', 0):>11.1f}{resolve_s:>11.1f}"
              f"{r.get('rss_before_resolve_mb', 0):>15.0f} MB{r['peak_rss_mb']:>13.0f} MB{r['entities']:>10,}")
    base = rows[0][1]
    for mb, r in rows[1:]:
        print(f"peak RSS {mb:g} MB / {rows[0][0]:g} MB: {r['peak_rss_mb'] / base['peak_rss_mb']:.2f}x "
              f"(extraction alone {r['rss_before_resolve_mb'] / base['rss_before_resolve_mb']:.2f}x)")
    print(f"# after: {machine()}")


if __name__ == "__main__":
    main()
