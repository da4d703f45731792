"""Score entity resolution on a blind alias-groups file: B-cubed precision and recall over names.

The groups file lists articles (paths relative to the YAML's folder) and, per article, the
gold groups of written names (a group of one is a name that must stay apart)::

    articles:
      - file: blind/NAME.txt
        groups:
          - ["Tony Blair", "Mr Blair", "Blair"]
          - ["Oil and Natural Gas Corporation", "ONGC"]
          - ["Ian Blair"]

The listed files are built into a store with newsgraph (the real model, extraction and
resolution). Each gold name is looked up among the named mentions of its article: the
written text exactly, else the text without determiner and possessive, else without the
person's titles; the name goes to the entity most of those mentions resolved to. B-cubed is
computed per article (a name's cluster is the gold names of its article in the same entity)
and averaged over all names, so n is the number of names found. Printed: precision,
recall, n, the wrong merges (two gold groups of one article in one entity), the misses (a
gold group split over entities), names never found as a mention, and, not scored, gold
groups of different articles that share an entity without sharing a written name.

    python benchmarks/alias_blind.py /path/to/aliases.yaml
    python benchmarks/alias_blind.py /path/to/aliases.yaml --store /tmp/blind.db   # reuse a store
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.build import build  # noqa: E402
from newsgraph.names import display_form, strip_titles  # noqa: E402


def load_groups(path: Path) -> list[tuple[Path, list[list[str]]]]:
    """(article path, gold groups) per listed article."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for item in spec.get("articles") or []:
        groups = [[str(n) for n in g] for g in item.get("groups") or [] if g]
        out.append(((path.parent / item["file"]).resolve(), groups))
    return out


def _forms(text: str) -> tuple[str, str, str]:
    shown = display_form(text)
    return text, shown, strip_titles(shown)


def article_names(db: sqlite3.Connection) -> dict[str, dict[str, Counter]]:
    """source path -> written form -> Counter of entity ids, for each named mention."""
    by_source: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    rows = db.execute("SELECT d.source, m.text, m.entity FROM mentions m JOIN documents d ON d.id = m.doc "
                      "WHERE m.kind = 'entity' AND m.entity IS NOT NULL")
    for source, text, entity in rows:
        path = source.split("#", 1)[0] if ".jsonl#" in source else source  # a JSONL line: "file#id"
        for level, form in enumerate(_forms(text)):
            by_source[str(Path(path).resolve())][f"{level}\x00{form}"][entity] += 1
    return by_source


def lookup(names: dict[str, Counter], name: str) -> str | None:
    """The entity of a gold name: exact text first, then looser written forms."""
    for level in range(3):
        for form in dict.fromkeys(_forms(name)):
            hit = names.get(f"{level}\x00{form}")
            if hit:
                return hit.most_common(1)[0][0]
    return None


def bcubed(items: list[tuple[int, str, str]]) -> tuple[float, float]:
    """B-cubed over (article, gold group, predicted entity) items, clusters within an article."""
    gold: dict[tuple[int, str], list[int]] = defaultdict(list)
    pred: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, (art, g, p) in enumerate(items):
        gold[(art, g)].append(i)
        pred[(art, p)].append(i)
    p_sum = r_sum = 0.0
    for art, g, p in items:
        g_set, p_set = set(gold[(art, g)]), set(pred[(art, p)])
        same = len(g_set & p_set)
        p_sum += same / len(p_set)
        r_sum += same / len(g_set)
    n = len(items) or 1
    return p_sum / n, r_sum / n


def score(path: Path, store: Path) -> dict:
    articles = load_groups(path)
    missing_files = [str(a) for a, _ in articles if not a.is_file()]
    summary = build([str(a) for a, _ in articles if a.is_file()], store)
    db = sqlite3.connect(store)
    names_of = article_names(db)
    entity_name = dict(db.execute("SELECT id, name FROM entities"))
    items: list[tuple[int, str, str]] = []
    labels: list[tuple[int, str, str]] = []  # (article, group label, name)
    not_found: list[str] = []
    for art, (file, groups) in enumerate(articles):
        names = names_of.get(str(file), {})
        for g, group in enumerate(groups):
            for name in group:
                entity = lookup(names, name)
                if entity is None:
                    not_found.append(f"{file.name}: {name}")
                    continue
                items.append((art, f"{art}:{g}", entity))
                labels.append((art, f"{art}:{g}", name))
    precision, recall = bcubed(items)
    wrong, misses, cross = [], [], []
    in_entity: dict[tuple[int, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    entities_of: dict[str, dict[str, str]] = defaultdict(dict)
    for (art, g, entity), (_, _, name) in zip(items, labels, strict=True):
        in_entity[(art, entity)][g].append(name)
        entities_of[g][name] = entity
    for (art, entity), groups in sorted(in_entity.items()):
        if len(groups) > 1:
            wrong.append(f"{articles[art][0].name}: {entity_name.get(entity, entity)!r} holds "
                         + " + ".join(str(sorted(names)) for names in groups.values()))
    for g, got in sorted(entities_of.items()):
        if len(set(got.values())) > 1:
            art = int(g.split(":")[0])
            parts = defaultdict(list)
            for name, entity in got.items():
                parts[entity].append(name)
            misses.append(f"{articles[art][0].name}: split " + " | ".join(
                f"{entity_name.get(e, e)!r} <- {sorted(n)}" for e, n in parts.items()))
    by_entity: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for (_art, g, entity), (_, _, name) in zip(items, labels, strict=True):
        by_entity[entity].setdefault(g, set()).add(name)
    for entity, groups in sorted(by_entity.items()):
        arts = {g.split(":")[0] for g in groups}
        if len(arts) > 1:
            written = list(groups.values())
            if not set.intersection(*written):
                cross.append(f"{entity_name.get(entity, entity)!r}: " + " + ".join(
                    f"{articles[int(g.split(':')[0])][0].name} {sorted(n)}" for g, n in groups.items()))
    return {"precision": precision, "recall": recall, "n": len(items), "wrong": wrong,
            "misses": misses, "not_found": not_found, "cross": cross,
            "missing_files": missing_files, "failed": summary.failed, "articles": len(articles)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("groups", type=Path, help="the alias-groups YAML file")
    ap.add_argument("--store", type=Path, help="store to build into (default: a temporary file); "
                                                "an existing store is reused and resolved again")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = score(args.groups, args.store or Path(tmp) / "blind.db")
    print(f"{args.groups.name}: {result['articles']} articles, n = {result['n']} names scored")
    print(f"B-cubed precision {result['precision']:.3f}  recall {result['recall']:.3f}")
    for title, key in (("wrong merges", "wrong"), ("misses", "misses"), ("names not found", "not_found"),
                       ("cross-article joins without a shared name (not scored)", "cross"),
                       ("files missing", "missing_files"), ("failed", "failed")):
        if result[key]:
            print(f"{title} ({len(result[key])}):")
            for line in result[key]:
                print(f"  {line}")


if __name__ == "__main__":
    main()
