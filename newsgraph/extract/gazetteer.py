"""The gazetteer: actor names the small English model mistypes, as entity-ruler patterns.

``en_core_web_sm`` tags militia names as PERSON about half the time ("Kataib Hezbollah").
An ``entity_ruler`` placed *before* ``ner`` fixes their span and type; the statistical
recogniser then keeps those entities and fills in the rest around them (measured on the
sample corpus: "Kataib Hezbollah militia" PERSON becomes "Kataib Hezbollah" ORG).

Patterns live in ``data/gazetteer.jsonl``, one JSON object a line::

    {"label": "ORG", "pattern": "Kataib Hezbollah", "id": "Kataib Hezbollah"}

``pattern`` is a phrase (matched case-insensitively unless ``"case": "exact"``) or a spaCy
token-pattern list. ``id`` names the canonical actor: entries sharing an ``id`` are merged
by entity resolution, and the gazetteer type wins the type vote.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from newsgraph.datafiles import shipped_text
from newsgraph.errors import NewsgraphError
from newsgraph.names import canonical_key, tables

__all__ = ["GazetteerError", "RULER_NAME", "load_entries", "add_gazetteer", "gazetteer_types", "joined_name_patterns",
           "gazetteer_groups"]

RULER_NAME = "newsgraph_gazetteer"


class GazetteerError(NewsgraphError):
    """A gazetteer file cannot be read (the message names the file and line)."""


def _read_lines(text: str, source: str) -> Iterator[dict]:
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{source}, line {lineno}: not JSON ({exc.msg})") from None
        if not isinstance(entry, dict) or "label" not in entry or "pattern" not in entry:
            raise GazetteerError(f"{source}, line {lineno}: needs \"label\" and \"pattern\"")
        yield entry


def load_entries(extra: str | Path | None = None) -> list[dict]:
    """The shipped gazetteer entries, plus those of ``extra`` (a JSONL file) when given."""
    text = shipped_text("gazetteer.jsonl")
    entries = list(_read_lines(text, "newsgraph/data/gazetteer.jsonl"))
    if extra is not None:
        try:
            extra_text = Path(extra).read_text(encoding="utf-8")
        except OSError as exc:
            raise GazetteerError(f"cannot read gazetteer {extra}: {exc.strerror}") from None
        entries.extend(_read_lines(extra_text, str(extra)))
    return entries


def _ruler_pattern(nlp: Language, entry: dict) -> dict:
    """A phrase stays a phrase, matched on LOWER (case-insensitive) by the ruler's phrase
    matcher; a phrase with ``"case": "exact"`` becomes an ORTH token pattern. The phrase
    matcher looks a token up in one table whatever the number of names, where the token
    matcher tries every pattern at every token (a fifth of the gazetteer's time)."""
    pattern = entry["pattern"]
    out = {"label": entry["label"]}
    if "id" in entry:
        out["id"] = entry["id"]
    if isinstance(pattern, str) and entry.get("case") == "exact":
        out["pattern"] = [{"ORTH": t.text} for t in nlp.make_doc(pattern)]
    else:
        out["pattern"] = pattern
    return out


def add_gazetteer(nlp: Language, extra: str | Path | None = None) -> Language:
    """Add the gazetteer as an ``entity_ruler`` before ``ner`` (or last if there is no ner)."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    config = {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=config, **where)
    ruler.add_patterns([*(_ruler_pattern(nlp, e) for e in load_entries(extra)), *joined_name_patterns()])
    return nlp


def joined_name_patterns() -> list[dict]:
    """ORG token patterns for the company names of two parts joined by "and" or "&"
    (``joined_names`` in data/names.yaml), with the company words that follow ("Gulf and
    Western Industries Inc"): one entity, so neither the model nor a conjunction cuts it. So
    too a company name with its own "'s" (``possessive_names``): "Domino's" is an ORG with its
    "'s", where the model reads a person "Domino" and its possessive."""
    t = tables()
    tails = sorted(t.joined_name_tails | t.org_suffixes)
    out = []
    for parts in t.joined_names:
        words = [[{"LOWER": w} for w in part.split()] for part in parts]
        words[0][0] = {**words[0][0], "IS_TITLE": True}
        pattern = [*words[0]]
        for part in words[1:]:
            pattern += [{"LOWER": {"IN": ["and", "&"]}}, *part]
        pattern.append({"LOWER": {"IN": tails}, "OP": "*"})
        out.append({"label": "ORG", "pattern": pattern, "id": " and ".join(parts)})
    for name in sorted(t.possessive_names):  # "Domino's CEO": the company, not a person
        words: list[dict] = [{"LOWER": w} for w in name.split()]
        words[0] = {**words[0], "IS_TITLE": True}
        out.append({"label": "ORG", "pattern": [*words, {"LOWER": {"IN": ["'s", "\u2019s"]}}], "id": name})
    return out


@lru_cache(maxsize=1)
def gazetteer_types() -> dict[str, str]:
    """Folded key -> type for every shipped gazetteer name (the type that wins the vote)."""
    types = {canonical_key(e["pattern"]): e["label"] for e in load_entries() if isinstance(e["pattern"], str)}
    return {**{" and ".join(parts): "ORG" for parts in tables().joined_names}, **types}


@lru_cache(maxsize=1)
def gazetteer_groups() -> tuple[tuple[str, ...], ...]:
    """Names that share an ``id`` in the shipped gazetteer: each group is one actor."""
    groups: dict[str, list[str]] = {}
    for e in load_entries():
        if isinstance(e["pattern"], str) and e.get("id"):
            groups.setdefault(e["id"], [e["id"]]).append(e["pattern"])
    return tuple(tuple(dict.fromkeys(g)) for g in groups.values() if len(set(g)) > 1)
