"""Fact recall on a gold file of facts a careful reader wrote down, and actor edges per article.

    python benchmarks/fact_recall.py GOLD.yaml [--store kg.db] [--misses] [--json]

GOLD.yaml names articles (paths relative to the YAML's folder) and, for each, the facts
a reader keeps::

    articles:
      - file: news/one.txt
        facts:
          - {sentence_start: "first ~8 words of the sentence", subject: "...",
             relation: "short verb phrase", object: "...", negated: false}

The articles are built with newsgraph (reader, cleaner, parse, resolution) into a fresh
store (or ``--store``, reused when it exists). A gold fact is found when one triple of the
same sentence matches it: subject and object by head word (the last word before any
"of"/clause, either way round) or by the resolved entity name, relation by a shared
content lemma (``is_a`` and roles count as "be"), and the same negation when the gold
says; a wire dateline at the gold sentence's start is ignored. Reported: recall with n,
per article; triples per article and per type; and actor edges (edges of the default
graph between two named actors, counted once per article that states them) per article.
Not a test: a measure to steer by.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402

from newsgraph.build import build  # noqa: E402
from newsgraph.graph.build import build_graph  # noqa: E402
from newsgraph.graph.errors import EmptyGraph  # noqa: E402
from newsgraph.labels import NAMED_TYPES  # noqa: E402
from newsgraph.model import Triple  # noqa: E402
from newsgraph.store import Store  # noqa: E402

_STOP = frozenset("a an the of to in on at for with by from and or as that who which be is was were "
                  "are been has have had do does did will would could should may might can its his "
                  "her their our 's".split())
_LINKS = frozenset("of who which that in on at for with by from , ( -".split())
_BE = frozenset({"be", "is", "are", "was", "were", "is_a"})


@dataclass(frozen=True)
class GoldFact:
    """One fact of the gold file."""

    file: str
    sentence_start: str
    subject: str
    relation: str
    object: str
    negated: bool | None


def fold(text: str) -> str:
    """Lower case, quotes and dashes unified, spaces collapsed: for comparing sentences."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[\"'`]", "", text).split())


def words(text: str) -> list[str]:
    """Content words of a phrase, folded, possessive ends dropped."""
    out = []
    for w in re.findall(r"[\w][\w.-]*", fold(text)):
        w = re.sub(r"(^\W+|\W+$)", "", w)
        if w and w not in _STOP:
            out.append(w)
    return out


def head(text: str) -> str | None:
    """The head word of a phrase: its last content word before "of", a clause or a comma."""
    kept: list[str] = []
    for w in re.findall(r"[\w][\w.'’-]*|[,(-]", fold(text)):
        if w in _LINKS and kept:
            break
        w = re.sub(r"'s$", "", w)
        if w not in _STOP:
            kept.append(w)
    return kept[-1] if kept else None


def _stem(word: str) -> str:
    for end in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


def argument_matches(gold: str, written: str, resolved: str) -> bool:
    """Gold and extracted argument name the same participant (head word or resolved name)."""
    g_head, t_head = head(gold), head(written)
    g_words = {_stem(w) for w in words(gold)}
    t_words = {_stem(w) for w in words(written)} | {_stem(w) for w in words(resolved)}
    if g_head and _stem(g_head) in t_words:
        return True
    if t_head and _stem(t_head) in g_words:
        return True
    name = {_stem(w) for w in words(resolved)}
    return bool(name) and name <= g_words


def relation_matches(gold: str, t: Triple, lemmas: dict[str, set[str]]) -> bool:
    """A content lemma of the gold relation is one of the triple's predicate lemmas."""
    g = lemmas.get(gold, set())
    parts = set(t.predicate.split("_")) | {_stem(w) for w in words(t.predicate_text)}
    if t.predicate.startswith("is_") or t.predicate.endswith("_of"):
        parts |= {"be"}
    return bool(g & parts) or bool({_stem(w) for w in g} & {_stem(w) for w in parts})


def load_gold(path: Path) -> list[GoldFact]:
    """The gold facts of a YAML file, each with its article's path resolved."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    facts: list[GoldFact] = []
    for article in data.get("articles") or []:
        file = str((path.parent / article["file"]).resolve())
        for f in article.get("facts") or []:
            facts.append(GoldFact(file, str(f["sentence_start"]), str(f["subject"]), str(f["relation"]),
                                  str(f["object"]), f.get("negated")))
    return facts


def gold_lemmas(facts: list[GoldFact]) -> dict[str, set[str]]:
    """Content lemmas of every gold relation (spaCy's lemmatiser, the build's own model)."""
    from newsgraph.extract.pipeline import load_model

    nlp = load_model(gazetteer=False)
    out: dict[str, set[str]] = {}
    for rel in {f.relation for f in facts}:
        lem = {t.lemma_.casefold() for t in nlp(rel) if not t.is_punct}
        content = {w for w in lem if w not in _STOP} or lem
        out[rel] = content | ({"be"} if lem & _BE else set())
    return out


def _starts(sentence_start: str) -> list[str]:
    """The gold sentence start, and the same without a wire dateline ("ROME, Feb 27 - "),
    which the cleaner cuts from the text."""
    start = fold(sentence_start)
    out = [start]
    parts = re.split(r" [-–—]{1,2} ", start, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 7 and parts[1]:
        out.append(parts[1])
    return out


def found(fact: GoldFact, candidates: list[Triple], lemmas: dict[str, set[str]]) -> Triple | None:
    """The first triple of the fact's sentence that matches it, or None."""
    starts = _starts(fact.sentence_start)
    for t in candidates:
        sentence = fold(t.sentence)
        if not any(start in sentence for start in starts):
            continue
        if fact.negated is not None and bool(t.negated) != bool(fact.negated):
            continue
        if (argument_matches(fact.subject, t.subject_text, t.subject)
                and argument_matches(fact.object, t.object_text, t.object)
                and relation_matches(fact.relation, t, lemmas)):
            return t
    return None


def measure(gold_path: Path, store_path: Path, misses: bool) -> dict:
    facts = load_gold(gold_path)
    files = sorted({f.file for f in facts})
    if not store_path.exists():
        build(files, store_path)
    with Store(store_path, create=False) as store:
        source_of = {d["id"]: str(Path(d["source"]).resolve()) for d in store.iter_documents()}
        triples = list(store.iter_triples())
        try:
            graph = build_graph(store)
        except EmptyGraph:
            graph = None
    by_file: dict[str, list[Triple]] = {}
    for t in triples:
        by_file.setdefault(source_of.get(t.doc, t.doc), []).append(t)
    lemmas = gold_lemmas(facts)
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    missed: list[dict] = []
    for fact in facts:
        totals[fact.file] += 1
        if found(fact, by_file.get(fact.file, []), lemmas):
            hits[fact.file] += 1
        elif misses:
            missed.append({"file": Path(fact.file).name, "sentence": fact.sentence_start,
                           "fact": f"{fact.subject} | {fact.relation} | {fact.object}"})
    actor_edges = [d for u, v, d in (graph.edges(data=True) if graph is not None else [])
                   if graph.nodes[u].get("type") in NAMED_TYPES and graph.nodes[v].get("type") in NAMED_TYPES]
    edge_docs = sum(len(d.get("documents", [])) for d in actor_edges)
    n_docs = max(1, len(source_of))
    types = Counter(t.object_type for t in triples)
    n = sum(totals.values())
    return {
        "gold": str(gold_path), "articles": len(files), "facts": n, "found": sum(hits.values()),
        "recall": round(sum(hits.values()) / n, 3) if n else None,
        "per_article": {Path(f).name: f"{hits[f]}/{totals[f]}" for f in files},
        "triples_per_article": round(len(triples) / n_docs, 1),
        "object_types_per_article": {k: round(v / n_docs, 1) for k, v in types.most_common()},
        "actor_edges": len(actor_edges),
        "actor_edges_per_article": round(edge_docs / n_docs, 2),
        "missed": missed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold facts YAML")
    parser.add_argument("--store", type=Path, help="store to build into (reused when it exists)")
    parser.add_argument("--misses", action="store_true", help="list the gold facts not found")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(args.gold, args.store or Path(tmp) / "kg.db", args.misses)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"fact recall {result['found']}/{result['facts']} = {result['recall']} "
          f"over {result['articles']} articles ({args.gold})")
    print(f"actor edges per article {result['actor_edges_per_article']} "
          f"({result['actor_edges']} edges); triples per article {result['triples_per_article']}")
    print("object types per article: " + ", ".join(f"{k} {v}" for k, v in result["object_types_per_article"].items()))
    for name, score in result["per_article"].items():
        print(f"  {score:>6}  {name}")
    for miss in result["missed"]:
        print(f"  missed  {miss['file']}: {miss['fact']}   <- {miss['sentence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
