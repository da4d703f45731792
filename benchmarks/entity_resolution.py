"""Entity-resolution benchmark: B-cubed quality on annotated alias groups, and speed at scale.

Quality: ``benchmarks/data/alias_groups.yaml`` holds short news-style texts written for this
project and the gold grouping of the names in them (variants and traps: "Hezbollah" vs
"Kataib Hezbollah", "Iraq" vs "Iraqi", two people sharing a surname, acronym collisions).
The texts go through the real pipeline (spaCy model + gazetteer + extractors + collect_mentions
+ find_stated_aliases) and ``resolve``; every gold name's mentions (found by exact text match
on named-entity mentions) are scored with B-cubed precision/recall over mentions.

Speed: ``resolve`` on synthetic mentions (default 100,000), seconds.

    python benchmarks/entity_resolution.py            # both
    python benchmarks/entity_resolution.py --quality  # B-cubed only (tuned set + fresh set)
    python benchmarks/entity_resolution.py --speed --mentions 100000
    python benchmarks/entity_resolution.py --corpus ../shared/corpus   # list merged entities
    python benchmarks/entity_resolution.py --coref-links ../shared/corpus   # every pronoun link
    python benchmarks/entity_resolution.py --quality --groups benchmarks/data/coref_blind.yaml
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.model import Document, Mention, content_id  # noqa: E402
from newsgraph.names import strip_titles  # noqa: E402
from newsgraph.resolve import resolve  # noqa: E402

DATA = Path(__file__).parent / "data" / "alias_groups.yaml"


# -- quality -----------------------------------------------------------------------------------

def _extract(texts: list[str], coref: bool = True):
    from newsgraph.extract.pipeline import PipelineOptions, load_model, run_pipeline

    nlp = load_model()
    docs = [Document(content_id(t), t, f"text{i}") for i, t in enumerate(texts)]
    mentions, stated = [], []
    for ex in run_pipeline(docs, nlp, PipelineOptions(coref=coref)):
        if not hasattr(ex, "mentions"):
            raise SystemExit(f"pipeline failed: {ex}")
        mentions.extend(ex.mentions)
        stated.extend(ex.aliases)
    return docs, mentions, stated


def bcubed(gold: dict[int, str], pred: dict[int, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a predicted clustering against gold, over shared items."""
    items = [i for i in gold if i in pred]
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_pred[pred[i]].add(i)
    p = r = 0.0
    for i in items:
        same = by_gold[gold[i]] & by_pred[pred[i]]
        p += len(same) / len(by_pred[pred[i]])
        r += len(same) / len(by_gold[gold[i]])
    n = len(items) or 1
    return p / n, r / n


def quality(verbose: bool, path: Path = DATA) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = spec["texts"]
    gold_names: dict[str, str] = {}  # "name" or "name@text-number" -> gold entity
    for group, names in spec["groups"].items():
        for name in names:
            gold_names[name] = group
    started = time.perf_counter()
    docs, mentions, stated = _extract(texts)
    res = resolve(enumerate(mentions), stated)
    seconds = time.perf_counter() - started
    names = {e.id: e.name for e in res.entities}
    number = {d.id: n for n, d in enumerate(docs)}
    gold, pred, text_of = {}, {}, {}
    for i, m in enumerate(mentions):
        if m.kind in ("pronoun", "description"):
            continue
        text = m.text.replace("\u2019s", "").replace("'s", "")
        for det in ("the ", "The "):
            text = text.removeprefix(det)
        if m.label == "PERSON":
            text = strip_titles(text)
        scoped = f"{text}@{number[m.doc]}"
        name = scoped if scoped in gold_names else text
        if name in gold_names:
            gold[i], pred[i], text_of[i] = gold_names[name], res.assignment[i], name
    p, r = bcubed(gold, pred)
    f = 2 * p * r / (p + r) if p + r else 0.0
    missing = sorted(set(gold_names) - set(text_of.values()))
    found = len(set(text_of.values()))
    print(f"{path.name}: {len(spec['groups'])} gold entities, {len(gold_names)} names "
          f"({found} found as mentions), {len(texts)} texts, {len(gold)} scored mentions "
          f"({seconds:.1f}s incl. parsing)")
    print(f"B-cubed precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    if missing:
        print(f"names never found as a mention ({len(missing)}): {', '.join(missing)}")
    _anaphors(spec.get("anaphors") or [], docs, mentions, res, gold, pred, verbose)
    if verbose:
        clusters = defaultdict(set)
        for i in gold:
            clusters[(gold[i], f"{names[pred[i]]} ({pred[i]})")].add(text_of[i])
        by_gold = defaultdict(list)
        for (g, n), t in sorted(clusters.items()):
            by_gold[g].append(f"{n} <- {sorted(t)}")
        for g, rows in sorted(by_gold.items()):
            flag = "  " if len(rows) == 1 else "!!"
            print(f"{flag} {g}: {' | '.join(rows)}")
        by_pred = defaultdict(set)
        for i in gold:
            by_pred[pred[i]].add(gold[i])
        for eid, gs in sorted(by_pred.items()):
            if len(gs) > 1:
                print(f"XX wrong merge: {names[eid]} ({eid}) holds {sorted(gs)}")


def _anaphors(spec: list, docs, mentions, res, gold: dict, pred: dict, verbose: bool) -> None:
    """Coreference accuracy: does each annotated pronoun/description land in its gold entity?"""
    if not spec:
        return
    gold_entity = {}
    for i, g in gold.items():  # the entity holding most of a gold group's names
        gold_entity.setdefault(g, defaultdict(int))[pred[i]] += 1
    home = {g: max(c, key=c.get) for g, c in gold_entity.items()}
    right, rows = 0, []
    names = {e.id: e.name for e in res.entities}
    homes = set(home.values())
    links = links_right = nulls = nulls_right = 0
    for item in spec:
        if isinstance(item, dict):  # {text, at, word, gold}: the anaphor found by position
            number, words, group = item["text"], item["word"], item["gold"]
            doc_id = docs[number].id
            at = docs[number].text.index(item["at"])
            offset = at + item["at"].index(words)
            found = [i for i, m in enumerate(mentions)
                     if m.doc == doc_id and m.kind in ("pronoun", "description")
                     and m.start_char <= offset < m.end_char]
            nth, label = 0, f"{item['at']!r}"
        else:
            number, words, nth, group = item
            doc_id = docs[number].id
            found = [i for i, m in enumerate(mentions)
                     if m.doc == doc_id and m.kind in ("pronoun", "description")
                     and words.lower() in (m.text.lower(), m.head.lower())]
            label = f"{words!r}#{nth}"
        got = res.assignment.get(found[nth]) if nth < len(found) else None
        linked = got in homes or (got is not None and not _unresolved(names.get(got), words))
        if group is None:  # refers to no name: right when left out of every named entity
            ok = not linked
            nulls += 1
            nulls_right += ok
        else:
            ok = got is not None and got == home.get(group)
        if linked:
            links += 1
            links_right += ok
        right += ok
        rows.append(f"{'  ' if ok else '!!'} text {number} {label}: gold {group}, "
                    f"got {names.get(got) if linked else None}")
    print(f"coreference: {right}/{len(spec)} annotated pronouns/descriptions right "
          f"(links made {links}, right {links_right}; gold-unresolved {nulls}, left unresolved {nulls_right})")
    if verbose:
        print("\n".join(rows))


def _unresolved(name: str | None, word: str) -> bool:
    """An entity made of the anaphor itself ("it" PRON, "group" CONCEPT): no link was made."""
    return name is None or name.lower() in (word.lower(), "the " + word.lower())


# -- speed -------------------------------------------------------------------------------------

_SYL = ["ka", "ta", "ib", "hez", "bol", "lah", "mu", "sta", "fa", "ka", "dhi", "mi", "ra", "qi",
        "sa", "adi", "ha", "shd", "ba", "dr", "nu", "ja", "ba", "as", "aib", "ahl", "haq", "zi",
        "ro", "vel", "mar", "ten", "lo", "pe", "qu", "ne", "do", "ri", "us", "an"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def _typo(rng: random.Random, name: str) -> str:
    i = rng.randrange(1, max(2, len(name) - 1))
    return name[:i] + name[i + 1] + name[i] + name[i + 2:] if i + 2 <= len(name) else name


def synthetic_mentions(n: int, seed: int = 7) -> list[tuple[int, Mention]]:
    """``n`` mentions of ~n/10 actors with case/article/typo/surname/acronym variants, concepts, pronouns."""
    rng = random.Random(seed)
    actors = []
    for _ in range(max(10, n // 10)):
        kind = rng.choice(["PERSON", "ORG", "ORG", "GPE", "NORP"])
        words = [_word(rng) for _ in range(1 if kind in ("GPE", "NORP") else rng.randint(2, 3))]
        if kind == "PERSON" and rng.random() < 0.4:
            words[-1] = "al-" + words[-1]
        actors.append((kind, " ".join(words)))
    out = []
    doc, pos = 0, 0
    for rid in range(n):
        if rid % 50 == 0:
            doc, pos = doc + 1, 0
        pos += 40
        roll = rng.random()
        if roll < 0.15:
            text, label, kind = rng.choice(["rockets", "the raid", "attacks", "forces", "a drone strike"]), \
                "CONCEPT", "chunk"
        elif roll < 0.22:
            text, label, kind = rng.choice(["it", "he", "they", "its"]), "PRON", "pronoun"
        else:
            label, text = rng.choice(actors)
            kind = "entity"
            v = rng.random()
            if v < 0.1:
                text = text.upper() if label != "PERSON" else text.split()[-1]
            elif v < 0.15:
                text = _typo(rng, text)
            elif v < 0.2 and " " in text and label == "ORG":
                text = "".join(w[0] for w in text.replace("al-", "").split()).upper()
            elif v < 0.25:
                text = "the " + text
        out.append((rid, Mention(f"d{doc}", pos // 400, pos, pos + len(text), text, label, kind,
                                 text.split()[-1])))
    return out


def speed(n: int) -> None:
    mentions = synthetic_mentions(n)
    started = time.perf_counter()
    res = resolve(mentions, [])
    seconds = time.perf_counter() - started
    print(f"resolve(): {n:,} synthetic mentions -> {len(res.entities):,} entities in {seconds:.2f} s")


# -- corpus listing ----------------------------------------------------------------------------

def corpus(path: str) -> None:
    files = sorted(p for p in Path(path).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    _docs, mentions, stated = _extract(texts)
    res = resolve(enumerate(mentions), stated)
    why = defaultdict(list)
    for eid, text, rule in res.explanations:
        why[eid].append(f"{text} [{rule}]")
    print(f"{len(files)} documents, {len(mentions)} mentions, {len(res.entities)} entities; merged:")
    for e in res.entities:
        if len(why[e.id]) > 1:
            print(f"- {e.name} ({e.type}, {e.mentions} mentions, {e.documents} docs): {'; '.join(why[e.id])}")


def coref_links(path: str) -> None:
    """Every pronoun/description of the articles under ``path`` with the entity it joined.

    One line per anaphor: document, the anaphor in its sentence context, the antecedent's
    written text and the resolved entity; unresolved ones are listed after the links.
    """
    from newsgraph.documents import read_sources
    from newsgraph.extract.pipeline import load_model, run_pipeline
    from newsgraph.model import Document as _Doc

    docs = [d for d in read_sources([path]) if isinstance(d, _Doc)]
    docs.sort(key=lambda d: d.source)
    mentions, stated, text_of = [], [], {}
    for ex in run_pipeline(docs, load_model()):
        mentions.extend(ex.mentions)
        stated.extend(ex.aliases)
        text_of[ex.document.id] = ex.document.text
    number = {d.id: n for n, d in enumerate(docs)}
    res = resolve(enumerate(mentions), stated)
    names = {e.id: e.name for e in res.entities}
    by_pos = {(m.doc, m.key): m for m in mentions}
    linked, unresolved = [], []
    for i, m in enumerate(mentions):
        if m.kind not in ("pronoun", "description"):
            continue
        text = text_of[m.doc]
        left = text[max(0, m.start_char - 50): m.start_char].replace("\n", " ")
        right = text[m.end_char: m.end_char + 30].replace("\n", " ")
        where = f"doc {number[m.doc]} @{m.start_char}: ...{left}[{m.text}]{right}..."
        ante = by_pos.get((m.doc, m.antecedent)) if m.antecedent else None
        if ante is not None and i in res.assignment:
            linked.append(f"{where}\n    -> {ante.text!r} = entity {names[res.assignment[i]]!r}")
        else:
            unresolved.append(where)
    print(f"{len(docs)} documents: {len(linked)} coreference links, {len(unresolved)} anaphors unresolved")
    print("\n".join(f"L{n + 1}. {row}" for n, row in enumerate(linked)))
    print("-- unresolved --")
    print("\n".join(f"U{n + 1}. {row}" for n, row in enumerate(unresolved)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quality", action="store_true", help="B-cubed on the annotated groups only")
    ap.add_argument("--speed", action="store_true", help="timing on synthetic mentions only")
    ap.add_argument("--mentions", type=int, default=100_000, help="synthetic mentions for --speed")
    ap.add_argument("--corpus", help="a folder of .txt articles: list every merged entity")
    ap.add_argument("--coref-links", metavar="DIR", help="a folder of articles: list every coreference link")
    ap.add_argument("--groups", type=Path, action="append",
                    help="annotated groups file(s) (default: alias_groups.yaml and alias_groups_fresh.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show each gold group's clusters")
    args = ap.parse_args()
    if args.corpus:
        corpus(args.corpus)
        return
    if args.coref_links:
        coref_links(args.coref_links)
        return
    both = not (args.quality or args.speed)
    if args.quality or both:
        for path in args.groups or [DATA, DATA.with_name("alias_groups_fresh.yaml")]:
            quality(args.verbose, path)
    if args.speed or both:
        speed(args.mentions)


if __name__ == "__main__":
    main()
