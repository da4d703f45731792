"""Fit the news confidence of graph facts on blind-judged audit samples (issue 12).

Each judged sample is the ``.rows.jsonl`` that ``../shared/audit/sample.py`` writes beside
its TSV and the judge's ``verdicts.tsv`` (index, C|P|W, reason). The model is a logistic
regression on ``newsgraph.extract.confidence.news_features`` with the reader's strict verdict
(C) as the target. Reported: leave-one-sample-out AUC of the old confidence and of the
fitted score, precision and kept share at thresholds, then the weights as YAML for
``confidence.news`` in ``newsgraph/data/clauses.yaml``.

    python benchmarks/news_confidence.py ROWS.jsonl:VERDICTS.tsv [ROWS:VERDICTS ...]
    python benchmarks/news_confidence.py --by-extractor ROWS.jsonl:VERDICTS.tsv [...]   # C/P/W per rule
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from newsgraph.extract.clauses import load_rules
from newsgraph.extract.confidence import news_features

PRONOUN_WORDS = load_rules().reference_words
HYPOTHETICAL_MARKS = load_rules().hypothetical_marks


def load(pair: str) -> list[tuple[dict[str, float], int, float]]:
    rows_path, verdicts_path = pair.split(":")
    rows = [json.loads(line) for line in open(rows_path, encoding="utf-8")]
    verdicts = {}
    for line in open(verdicts_path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and parts[0].strip().isdigit():
            verdicts[int(parts[0])] = parts[1].strip().upper()[:1]
    out = []
    for i, r in enumerate(rows):
        if i not in verdicts:
            continue
        f = news_features(
            extractor=r.get("extractor") or "", predicate=r["predicate"],
            subject_text=r.get("subject_text") or r["subject"], subject_label=r["subject_type"],
            object_text=r.get("object_text") or r["object"], object_label=r["object_type"],
            modality=r.get("modality"), negated=bool(r.get("negated")),
            attribution=r.get("attribution"), sentence=r["sentence"],
            confidence=float(r.get("confidence") or 0.5), pronouns=PRONOUN_WORDS,
            hypothetical_marks=HYPOTHETICAL_MARKS)
        out.append((f, int(verdicts[i] == "C"), float(r.get("confidence") or 0.5)))
    return out


def by_extractor(pairs: list[str]) -> None:
    """Print the verdict shares (C, P, W) of each extraction rule, for all judged facts and
    for those with a named actor at both ends (one judgement per distinct fact)."""
    from collections import Counter, defaultdict

    not_actors = {"CONCEPT", "CLAIM", None, ""}
    every: dict[str, Counter] = defaultdict(Counter)
    actors: dict[str, Counter] = defaultdict(Counter)
    seen = set()
    for pair in pairs:
        rows_path, verdicts_path = pair.split(":")
        rows = [json.loads(line) for line in open(rows_path, encoding="utf-8")]
        for line in open(verdicts_path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].strip().isdigit() or int(parts[0]) >= len(rows):
                continue
            r = rows[int(parts[0])]
            key = (r.get("subject_text"), r["predicate"], r.get("object_text"), r["sentence"])
            if key in seen:
                continue
            seen.add(key)
            verdict = parts[1].strip().upper()[:1]
            every[r.get("extractor") or "?"][verdict] += 1
            if r.get("subject_type") not in not_actors and r.get("object_type") not in not_actors:
                actors[r.get("extractor") or "?"][verdict] += 1
    for title, table in (("all judged facts", every), ("actor edges", actors)):
        print(f"{title}: rule, n, C, P, W")
        for rule, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            n = sum(c.values())
            print(f"  {rule:16s} {n:5d}  {c['C'] / n:.2f}  {c['P'] / n:.2f}  {c['W'] / n:.2f}")


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (intercept last, not penalised)."""
    X1 = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(X1.shape[1])
    reg = np.full(X1.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X1 @ w))
        grad = X1.T @ (p - y) + reg * w
        hess = (X1.T * (p * (1 - p))) @ X1 + np.diag(reg) + 1e-6 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def auc(score: np.ndarray, y: np.ndarray) -> float:
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", nargs="+", help="ROWS.jsonl:VERDICTS.tsv of one judged sample")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--by-extractor", action="store_true", help="only the verdict shares of each rule")
    a = ap.parse_args()
    if a.by_extractor:
        by_extractor(a.pairs)
        return
    groups = [load(p) for p in a.pairs]
    names = sorted(groups[0][0][0])
    to_x = lambda g: np.array([[f[n] for n in names] for f, _, _ in g])  # noqa: E731
    held_old, held_new, ys = [], [], []
    for k, g in enumerate(groups):
        train = [x for j, other in enumerate(groups) if j != k for x in other]
        w = fit(to_x(train), np.array([y for _, y, _ in train]), a.l2)
        z = np.hstack([to_x(g), np.ones((len(g), 1))]) @ w
        held_new += list(1 / (1 + np.exp(-z)))
        held_old += [c for _, _, c in g]
        ys += [y for _, y, _ in g]
    y = np.array(ys)
    new, old = np.array(held_new), np.array(held_old)
    print(f"{len(groups)} judged samples, n={len(y)}, strict C share {y.mean():.3f}")
    print(f"leave-one-sample-out AUC: old confidence {auc(old, y):.3f}, news score {auc(new, y):.3f}")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6):
        kept = new >= t
        if kept.any():
            print(f"  news score >= {t:.1f}: keeps {kept.mean():.2f} of facts, strict precision {y[kept].mean():.3f}")
    everything = [x for g in groups for x in g]
    w = fit(to_x(everything), np.array([y for _, y, _ in everything]), a.l2)
    print(f"news:\n  intercept: {w[-1]:.3f}\n  weights:")
    for n, v in zip(names, w[:-1], strict=True):
        print(f"    {n}: {v:.3f}")


if __name__ == "__main__":
    main()
