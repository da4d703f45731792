"""What changed between two periods (``newsgraph changes``): actors and relations that are
new, grown or gone, each with the sentences that show it.

Both periods are graphs built with the same filters (:func:`~newsgraph.graph.build.build_graph`
with ``since``/``until``). An actor is compared by its facts (triples it takes part in), a
relation by its triples. *New*: none before, some now. *Gone*: some before, none now.
*Grown*: at least ``growth`` times as many as before and at least ``min_gain`` more.
Evidence comes from the period that shows the change: the later one for new and grown, the
earlier one for gone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.graph import analyse as A
from newsgraph.graph.errors import GraphError

__all__ = ["Period", "Changes", "compare", "parse_period", "previous_period", "render_changes"]

EVIDENCE_SHOWN = 2


class BadPeriod(GraphError):
    """A period that is no date range."""


@dataclass(frozen=True)
class Period:
    """A date range, inclusive, as ISO strings (``2024-03`` means all of March)."""

    since: str
    until: str

    def __str__(self) -> str:
        return self.since if self.since == self.until else f"{self.since}..{self.until}"


def _first_day(text: str) -> dt.date:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _last_day(text: str) -> dt.date:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def parse_period(text: str) -> Period:
    """``"2024-02"``, ``"2024"`` or ``"2024-01-15..2024-02-10"`` as a :class:`Period`.

    Examples
    --------
    >>> str(parse_period("2024-01-15..2024-02")), str(parse_period("2024-02"))
    ('2024-01-15..2024-02', '2024-02')
    """
    since, _, until = text.partition("..")
    since, until = since.strip(), (until or since).strip()
    try:
        if _first_day(since) > _last_day(until):
            raise BadPeriod(f"period {text!r} ends before it starts")
    except (ValueError, IndexError):
        raise BadPeriod(f"{text!r} is no period: use 2024-02, 2024 or 2024-01-15..2024-02-10") from None
    return Period(since, until)


def previous_period(p: Period) -> Period:
    """The period of the same number of days just before ``p``.

    Examples
    --------
    >>> str(previous_period(Period("2024-03-11", "2024-03-20")))
    '2024-03-01..2024-03-10'
    """
    start, end = _first_day(p.since), _last_day(p.until)
    days = (end - start).days + 1
    return Period((start - dt.timedelta(days=days)).isoformat(), (start - dt.timedelta(days=1)).isoformat())


@dataclass
class Changes:
    """Actors and relations that are new, grown or gone from ``before`` to ``after``."""

    before: Period
    after: Period
    actors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    relations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able: the periods and every list."""
        return {"before": str(self.before), "after": str(self.after), "actors": self.actors,
                "relations": self.relations}


def _kind(before: int, after: int, growth: float, min_gain: int) -> str | None:
    if before == 0 and after > 0:
        return "new"
    if before > 0 and after == 0:
        return "gone"
    if before > 0 and after >= growth * before and after - before >= min_gain:
        return "grown"
    return None


def _actor_facts(G: nx.MultiDiGraph | None) -> dict:
    if G is None:
        return {}
    facts = A.tallies(G).weighted_degree
    return {n: facts.get(n, 0) for n in G if A.is_actor(G, n)}


def _edges(G: nx.MultiDiGraph | None) -> dict:
    if G is None:
        return {}
    return {(u, k, v): d for u, v, k, d in G.edges(keys=True, data=True)}


def _evidence(data: dict | None) -> list[dict]:
    evs = (data or {}).get("evidence") or []
    return [{"sentence": e.get("sentence", ""), "date": e.get("date"), "doc": e.get("doc")}
            for e in evs[-EVIDENCE_SHOWN:]]


def _distinct(evs: list[dict]) -> list[dict]:
    """Up to :data:`EVIDENCE_SHOWN` sentences, each once."""
    seen: dict[str, dict] = {}
    for e in evs:
        seen.setdefault(e["sentence"], e)
    return list(seen.values())[:EVIDENCE_SHOWN]


def _name(Gs: tuple, node: Any) -> str:
    for G in Gs:
        if G is not None and node in G:
            return str(G.nodes[node].get("name", node))
    return str(node)


def compare(before: nx.MultiDiGraph | None, after: nx.MultiDiGraph | None, before_period: Period,
            after_period: Period, *, growth: float = 2.0, min_gain: int = 2, top: int = 20) -> Changes:
    """Compare two period graphs (``None`` = nothing in that period); ``top`` rows per list.

    Examples
    --------
    >>> from newsgraph.graph.synthetic import triple
    >>> from newsgraph.graph.build import graph_from_triples
    >>> old = graph_from_triples([], [triple("Ann", "meet", "Bo")])
    >>> new = graph_from_triples([], [triple("Ann", "fund", "Cy")])
    >>> c = compare(old, new, Period("2024-01", "2024-01"), Period("2024-02", "2024-02"))
    >>> [r["relation"] for r in c.relations["new"]], [a["name"] for a in c.actors["gone"]]
    (['fund'], ['Bo'])
    """
    Gs = (after, before)
    out = Changes(before_period, after_period, {k: [] for k in ("new", "grown", "gone")},
                  {k: [] for k in ("new", "grown", "gone")})
    old_facts, new_facts = _actor_facts(before), _actor_facts(after)
    old_edges, new_edges = _edges(before), _edges(after)
    for node in old_facts.keys() | new_facts.keys():
        b, a = old_facts.get(node, 0), new_facts.get(node, 0)
        kind = _kind(b, a, growth, min_gain)
        if kind:
            source, G = (old_edges, before) if kind == "gone" else (new_edges, after)
            mine = sorted(((d.get("count", 1), key) for key, d in source.items() if node in (key[0], key[2])),
                          key=lambda x: (-x[0], str(x[1])))
            out.actors[kind].append({
                "id": node, "name": _name(Gs, node), "type": G.nodes[node].get("type"),
                "facts_before": b, "facts_after": a,
                "evidence": _distinct([e for _, key in mine[:EVIDENCE_SHOWN] for e in _evidence(source[key])]),
            })
    for key in old_edges.keys() | new_edges.keys():
        b = old_edges.get(key, {}).get("count", 0)
        a = new_edges.get(key, {}).get("count", 0)
        kind = _kind(b, a, growth, min_gain)
        if kind:
            data = old_edges.get(key) if kind == "gone" else new_edges.get(key)
            u, k, v = key
            out.relations[kind].append({
                "source": u, "source_name": _name(Gs, u), "relation": data.get("relation", k),
                "negated": bool(data.get("negated")), "target": v, "target_name": _name(Gs, v),
                "triples_before": b, "triples_after": a, "evidence": _evidence(data),
            })
    for kind in out.actors:
        out.actors[kind].sort(key=lambda r: (-max(r["facts_after"], r["facts_before"]), r["name"]))
        del out.actors[kind][top:]
        out.relations[kind].sort(key=lambda r: (-max(r["triples_after"], r["triples_before"]),
                                                r["source_name"], r["target_name"]))
        del out.relations[kind][top:]
    return out


def _evidence_lines(evs: list[dict]) -> list[str]:
    return [f'      {e.get("date") or "undated"}  doc {e.get("doc", "?")}: '
            f'"{" ".join(str(e.get("sentence", "")).split())}"' for e in evs]


def render_changes(c: Changes) -> str:
    """Plain text (no markup): each list with its figures and evidence sentences."""
    lines = [f"Changes from {c.before} to {c.after}", ""]
    for kind in ("new", "grown", "gone"):
        rows = c.actors[kind]
        lines.append(f"Actors {kind} ({len(rows)}):")
        for r in rows:
            lines.append(f"  {r['name']} ({r['type']}): facts {r['facts_before']} -> {r['facts_after']}")
            lines += _evidence_lines(r["evidence"])
        lines.append("")
    for kind in ("new", "grown", "gone"):
        rows = c.relations[kind]
        lines.append(f"Relations {kind} ({len(rows)}):")
        for r in rows:
            rel = ("not " if r["negated"] else "") + str(r["relation"])
            lines.append(f"  {r['source_name']} -{rel}-> {r['target_name']}: "
                         f"triples {r['triples_before']} -> {r['triples_after']}")
            lines += _evidence_lines(r["evidence"])
        lines.append("")
    return "\n".join(lines)
