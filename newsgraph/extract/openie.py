"""OpenIE output: one n-ary tuple a line, the format CaRB's scorer reads.

``sentence \\t confidence \\t relation \\t arg1 \\t arg2 [\\t arg3 ...]``: the relation and
arguments are the words as written (auxiliaries, negation and a folded preposition
included in the relation: "has been accused of"); arguments after the second are the
clause's adjuncts (prepositional phrases, times) with their prepositions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.tokens import Doc

from newsgraph.extract.clauses import Arg, Clause, iter_sentence_clauses

__all__ = ["clause_tuple", "doc_tuples", "openie_lines", "sentence_docs"]

_FOLDABLE = frozenset({"agent", "prep"})


def _text(doc: Doc, arg: Arg, with_prep: bool = True) -> str:
    words = doc[arg.start : arg.end].text
    if with_prep and arg.prep >= 0:
        return f"{doc[arg.prep].text} {words}"
    return words


def clause_tuple(
    clause: Clause, doc: Doc, ablate: frozenset[str] = frozenset()
) -> tuple[str, list[str]] | None:
    """(relation, [arg1, arg2, ...]) of a clause as written, or None without an arg2."""
    rel = list(clause.rel)
    main = clause.main()
    rest = [a for a in clause.args if a is not main]
    if main is None:
        folds = [a for a in clause.args if a.role in _FOLDABLE]
        main = next((a for a in folds if a.prep > clause.verb), folds[0] if folds else None)
        if main is None and clause.args:
            main = clause.args[0]
        if main is None or "prep_fold" in ablate:
            return None
        rest = [a for a in clause.args if a is not main]
    if main.role in _FOLDABLE and main.prep >= 0:
        rel.append(main.prep)
    if main.role == "claim":
        rel.extend(c.i for c in doc[main.head].children if c.dep_ == "mark" and c.i < main.start)
    rel_text = " ".join(doc[i].text for i in sorted(rel))
    if clause.implicit:
        rel_text = f"{clause.implicit} {rel_text}".strip()
    args = [_text(doc, clause.subj), _text(doc, main, with_prep=main.role not in _FOLDABLE)]
    if "nary" not in ablate:
        args.extend(_text(doc, a) for a in rest)
    return rel_text, args


def doc_tuples(
    doc: Doc, split_conj: bool = True, ablate: frozenset[str] = frozenset()
) -> Iterator[tuple[float, str, list[str]]]:
    """(confidence, relation, args) for every clause of a parsed document.

    ``ablate`` leaves out rules or features by name (for benchmarks): rule names, plus
    ``nary`` (no arguments after arg2) and ``prep_fold`` (no tuple whose arg2 is a
    prepositional object folded into the relation).
    """
    seen = set()
    for clause in iter_sentence_clauses(doc.sents, split_conj=split_conj, ablate=ablate):
        tup = clause_tuple(clause, doc, ablate)
        if tup is None:
            continue
        key = (tup[0], tuple(tup[1]))
        if key in seen:
            continue
        seen.add(key)
        yield clause.confidence, tup[0], tup[1]


def sentence_docs(
    nlp: spacy.Language, lines: Iterable[str], *, pretokenized: bool = False, batch_size: int = 64
) -> Iterator[tuple[str, Doc]]:
    """Parse one sentence a line; ``pretokenized`` keeps the line's whitespace tokens.

    The default runs spaCy's tokenizer on each line, which suits any text; already
    tokenized benchmark lines (CaRB's) score the same either way.
    """

    def inputs() -> Iterator[tuple[str | Doc, str]]:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if pretokenized:
                yield Doc(nlp.vocab, words=line.split()), line
            else:
                yield line, line

    for doc, line in nlp.pipe(inputs(), as_tuples=True, batch_size=batch_size):
        yield line, doc


def openie_lines(
    nlp: spacy.Language,
    lines: Iterable[str],
    *,
    pretokenized: bool = False,
    split_conj: bool = True,
    ablate: frozenset[str] = frozenset(),
) -> Iterator[str]:
    """OpenIE lines (no trailing newline) for sentences given one a line.

    Every line is one sentence: no cleaning and no merging across lines; the sentence
    column repeats the input line exactly.
    """
    for line, doc in sentence_docs(nlp, lines, pretokenized=pretokenized):
        for conf, rel, args in doc_tuples(doc, split_conj=split_conj, ablate=ablate):
            clean = [a.replace("\t", " ") for a in args]
            yield "\t".join([line, f"{conf:.3f}", rel, *clean])
