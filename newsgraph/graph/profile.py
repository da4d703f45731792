"""One actor's profile (``newsgraph show``) and the chains linking two actors (``newsgraph path``).

Entities are looked up by id, name or alias, case-insensitively; when nothing matches,
:class:`~newsgraph.graph.errors.EntityNotFound` carries the closest names.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from newsgraph.graph.analyse import is_actor
from newsgraph.graph.errors import EntityNotFound, NoPath

__all__ = ["find_entity", "Neighbour", "Profile", "profile", "Hop", "shortest_chains",
           "render_profile", "render_chains"]


def _fold(text: str) -> str:
    return " ".join(str(text).casefold().split())


def find_entity(G: nx.Graph, query: str, *, suggestions: int = 5) -> Any:
    """The node whose id, name or alias equals ``query`` (case and spacing ignored).

    Several nodes with the same name: the one with the most mentions (then the highest
    degree) wins. No match: :class:`EntityNotFound` with up to ``suggestions`` close names.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("e1", name="Kataib Hezbollah", aliases=["KH"])
    >>> find_entity(G, "kh"), find_entity(G, "KATAIB  hezbollah")
    ('e1', 'e1')
    """
    if query in G:
        return query
    q = _fold(query)
    hits = []
    for node, data in G.nodes(data=True):
        names = [str(node), data.get("name", "")] + list(data.get("aliases") or [])
        if any(_fold(n) == q for n in names if n):
            hits.append(node)
    if hits:
        return max(hits, key=lambda n: (G.nodes[n].get("mentions", 0), G.degree(n), str(n)))
    raise EntityNotFound(query, _suggest(G, q, suggestions))


def _suggest(G: nx.Graph, q: str, limit: int) -> list[str]:
    choices: dict[str, str] = {}
    for _, data in G.nodes(data=True):
        for name in [data.get("name", "")] + list(data.get("aliases") or []):
            if name:
                choices.setdefault(_fold(name), str(data.get("name", name)))
    found = process.extract(q, list(choices), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=70)
    out: list[str] = []
    for key, _, _ in found:
        if choices[key] not in out:
            out.append(choices[key])
    return out[:limit]


@dataclass
class Neighbour:
    """One relation of the profiled entity with one other entity, and its evidence."""

    relation: str
    direction: str  # "out": entity -> other; "in": other -> entity
    other: Any
    other_name: str
    count: int
    negated: bool
    first_seen: str | None
    last_seen: str | None
    evidence: list[dict] = field(default_factory=list)


@dataclass
class Profile:
    """An entity: its attributes and its relations grouped by (direction, relation)."""

    id: Any
    name: str
    type: str
    aliases: list[str]
    mentions: int
    documents: int
    groups: dict[str, list[Neighbour]]

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-able data."""
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases,
                "mentions": self.mentions, "documents": self.documents,
                "relations": {k: [vars(n) for n in v] for k, v in self.groups.items()}}


def _evidence_order(ev: dict) -> tuple:
    return (ev.get("date") or "9999", str(ev.get("doc", "")), ev.get("start_char", 0))


def profile(G: nx.MultiDiGraph, query: str) -> Profile:
    """The profile of the entity ``query`` names (see :func:`find_entity`).

    Relations are grouped under ``"<relation> ->"`` (what the entity does) and
    ``"<- <relation>"`` (what is done to it); groups with the most triples come first,
    neighbours by count, and evidence sentences in date order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("e1", "e2", key="attack", relation="attack", count=2,
    ...                evidence=[{"sentence": "X attacked Y.", "doc": "d1", "date": "2024-01-02"}])
    >>> G.nodes["e1"]["name"], G.nodes["e2"]["name"] = "X", "Y"
    >>> p = profile(G, "x")
    >>> list(p.groups), p.groups["attack ->"][0].other_name
    (['attack ->'], 'Y')
    """
    node = find_entity(G, query)
    data = G.nodes[node]
    groups: dict[str, list[Neighbour]] = {}
    edges = itertools.chain(
        (("out", v, k, d) for _, v, k, d in G.out_edges(node, keys=True, data=True)),
        (("in", u, k, d) for u, _, k, d in G.in_edges(node, keys=True, data=True)))
    for direction, other, key, d in edges:
        rel = d.get("relation", key)
        label = ("not " if d.get("negated") else "") + str(rel)
        group = f"{label} ->" if direction == "out" else f"<- {label}"
        groups.setdefault(group, []).append(Neighbour(
            relation=str(rel), direction=direction, other=other,
            other_name=str(G.nodes[other].get("name", other)), count=d.get("count", 1),
            negated=bool(d.get("negated")), first_seen=d.get("first_seen"),
            last_seen=d.get("last_seen"),
            evidence=sorted(d.get("evidence") or [], key=_evidence_order)))
    for items in groups.values():
        items.sort(key=lambda n: (-n.count, n.other_name))
    ordered = dict(sorted(groups.items(), key=lambda kv: (-sum(n.count for n in kv[1]), kv[0])))
    return Profile(id=node, name=str(data.get("name", node)), type=str(data.get("type", "")),
                   aliases=list(data.get("aliases") or []), mentions=data.get("mentions", 0),
                   documents=data.get("documents", 0), groups=ordered)


@dataclass
class Hop:
    """One step of a chain: the relations between two consecutive entities, both ways."""

    source: Any
    source_name: str
    target: Any
    target_name: str
    relations: list[dict]  # {"relation", "direction" ("->" or "<-"), "count", "evidence"}


def shortest_chains(G: nx.MultiDiGraph, a: str, b: str, *, limit: int = 5,
                    evidence: int = 2) -> list[list[Hop]]:
    """Up to ``limit`` shortest chains of relations between the entities ``a`` and ``b``.

    Paths go through actors only (:func:`~newsgraph.graph.analyse.is_actor`): a concept
    node such as "attack" joins unrelated events of different articles, so it never links
    two actors here (``a`` or ``b`` may still be one). Paths are searched on the undirected
    view (a relation links two actors whichever way it was stated); each hop lists its
    relations with their direction and up to ``evidence`` sentences.

    Raises
    ------
    EntityNotFound
        When ``a`` or ``b`` names no entity.
    NoPath
        When no chain links them.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="fund", relation="fund", count=1)
    >>> _ = G.add_edge("c", "b", key="lead", relation="lead", count=1)
    >>> [[(h.source, h.target) for h in chain] for chain in shortest_chains(G, "a", "c")]
    [[('a', 'b'), ('b', 'c')]]
    """
    src, dst = find_entity(G, a), find_entity(G, b)
    if src == dst:
        raise NoPath(f"{a!r} and {b!r} are the same entity")
    U = G.subgraph([n for n in G if n in (src, dst) or is_actor(G, n)]).to_undirected(as_view=True)
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(U, src, dst), limit))
    except nx.NetworkXNoPath:
        raise NoPath(f"no chain of relations between actors links {_label(G, src)!r} and "
                     f"{_label(G, dst)!r}") from None
    return [[_hop(G, u, v, evidence) for u, v in itertools.pairwise(path)] for path in paths]


def _label(G: nx.Graph, node: Any) -> str:
    return str(G.nodes[node].get("name", node))


def _hop(G: nx.MultiDiGraph, u: Any, v: Any, evidence: int) -> Hop:
    relations = []
    for s, t, arrow in ((u, v, "->"), (v, u, "<-")):
        for key, d in (G.get_edge_data(s, t) or {}).items():
            relations.append({
                "relation": ("not " if d.get("negated") else "") + str(d.get("relation", key)),
                "direction": arrow, "count": d.get("count", 1),
                "evidence": sorted(d.get("evidence") or [], key=_evidence_order)[:evidence]})
    relations.sort(key=lambda r: -r["count"])
    return Hop(u, _label(G, u), v, _label(G, v), relations)


# --- plain-text rendering (the CLI prints these; rich markup is escaped by the caller) ---

def _evidence_lines(evs: list[dict], indent: str) -> list[str]:
    return [f'{indent}{ev.get("date") or "undated"}  doc {ev.get("doc", "?")}: '
            f'"{" ".join(str(ev.get("sentence", "")).split())}"' for ev in evs]


def render_profile(p: Profile, *, evidence: int = 3) -> str:
    """The profile as plain text: header, aliases, then each relation group with evidence."""
    lines = [f"{p.name}  ({p.type}, id {p.id})",
             f"mentions {p.mentions}, documents {p.documents}"]
    if p.aliases:
        lines.append("aliases: " + ", ".join(p.aliases))
    if not p.groups:
        lines.append("no relation in the graph")
    for group, neighbours in p.groups.items():
        lines.append("")
        lines.append(f"{group}  ({sum(n.count for n in neighbours)} triples)")
        for n in neighbours:
            span = n.first_seen or "undated"
            if n.last_seen and n.last_seen != n.first_seen:
                span += f" .. {n.last_seen}"
            lines.append(f"  {n.other_name}  x{n.count}  [{span}]")
            lines += _evidence_lines(n.evidence[:evidence], "      ")
            if n.count > min(len(n.evidence), evidence):
                lines.append(f"      ... {n.count - min(len(n.evidence), evidence)} more")
    return "\n".join(lines)


def render_chains(chains: list[list[Hop]]) -> str:
    """Chains as plain text: one block per chain, one line per relation of each hop."""
    lines: list[str] = []
    for i, chain in enumerate(chains, 1):
        names = [chain[0].source_name] + [h.target_name for h in chain]
        lines.append(f"chain {i} ({len(chain)} hop{'s' if len(chain) > 1 else ''}): " + " - ".join(names))
        for hop in chain:
            for rel in hop.relations:
                a, b = (hop.source_name, hop.target_name) if rel["direction"] == "->" else (
                    hop.target_name, hop.source_name)
                lines.append(f"  {a} -[{rel['relation']} x{rel['count']}]-> {b}")
                lines += _evidence_lines(rel["evidence"], "      ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
