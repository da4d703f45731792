"""List the verbal-clause triples of each article, for reading and judging by hand.

    python benchmarks/corpus_triples.py [SOURCES ...]   # default: /work/shared/corpus

Articles go through newsgraph's reader and cleaner, then the full parse; each triple
is printed as ``sentence-number confidence subject [type] | predicate | object [type]``
with its negation, modality, attribution and relation class. Not a test: a listing to
judge as a reader would (which facts are right, which a reader sees that are missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.documents import SourceProblem, read_sources  # noqa: E402
from newsgraph.extract.clauses import extract_triples  # noqa: E402
from newsgraph.extract.nominal import shipped_clause_rules  # noqa: E402
from newsgraph.extract.pipeline import load_model  # noqa: E402


def main(argv: list[str]) -> int:
    sources = argv or ["/work/shared/corpus"]
    nlp = load_model()
    for item in read_sources(sources):
        if isinstance(item, SourceProblem):
            print(f"skipped {item.source}: {item.reason}")
            continue
        doc = nlp(item.text)
        triples = list(extract_triples(doc, item.id, shipped_clause_rules()))
        print(f"\n## {item.source} ({len(list(doc.sents))} sentences, {len(triples)} triples)")
        for t in triples:
            flags = " ".join(
                f
                for f in (
                    "NEG" if t.negated else "",
                    f"MOD={t.modality}" if t.modality else "",
                    f"ATTR={t.attribution}" if t.attribution else "",
                    t.relation_class or "",
                )
                if f
            )
            print(
                f"{t.sent_index:3d} {t.confidence:.2f} {t.subject.text} [{t.subject.label}]"
                f" | {t.predicate} | {t.object.text[:70]} [{t.object.label}] {flags}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
