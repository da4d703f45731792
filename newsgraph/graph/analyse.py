"""Who matters and who is tied to whom: centralities, communities, relation counts.

Functions follow networkx: the graph first, a ``{node: score}`` dict back. Edge weight is
the edge's ``count`` (how many triples said it) wherever a weight is used.

Betweenness, eigenvector centrality and communities use the **undirected simple
projection** (parallel and opposite edges merged, counts summed): news text states
relations in whichever voice the writer chose ("X attacked Y" / "Y was attacked by X"), so
brokerage and closeness are about ties, not their direction.

**Who matters** is asked of the **actor graph** (:func:`actor_graph`): the named entities
(people, organisations, places, ...) and the relations between them; concepts ("the raid"),
reported claims, dates and amounts are no actors. Each ranking of :data:`RANKINGS` has a
one-line definition that every report prints next to it.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import Counter
from dataclasses import dataclass, field

import igraph
import networkx as nx
import numpy as np
import scipy.sparse as sp

from newsgraph.labels import NON_ACTOR_TYPES

__all__ = [
    "RANKINGS",
    "DEFAULT_RANKING",
    "is_actor",
    "actor_graph",
    "partners",
    "project_pairs",
    "document_counts",
    "pagerank_undirected",
    "EXACT_BETWEENNESS_LIMIT",
    "LOUVAIN_EDGE_LIMIT",
    "Projection",
    "project",
    "in_degree",
    "out_degree",
    "weighted_degree",
    "pagerank",
    "betweenness",
    "betweenness_sources",
    "eigenvector",
    "communities",
    "community_of",
    "top_relations",
    "top_relation_classes",
    "active_pairs",
    "relations_per_month",
    "Tallies",
    "tallies",
]

EXACT_BETWEENNESS_LIMIT = 5000
"""Up to this many nodes betweenness is exact; above, ``k`` sources are sampled."""

DEFAULT_SAMPLE = 64
"""Sources sampled for betweenness on graphs above the exact limit."""

LOUVAIN_EDGE_LIMIT = 20_000
"""Above this many projected edges, ``method="auto"`` uses igraph's Leiden (networkx's Louvain is too slow)."""

RANKINGS: dict[str, str] = {
    "facts": "triples the actor takes part in, as subject or object (weighted degree)",
    "partners": "distinct actors it has at least one stated relation with (degree on the actor graph)",
    "documents": "documents stating at least one of its relations",
    "pagerank": "PageRank on the undirected actor graph weighted by triples: tied often to actors "
                "that are themselves tied often",
    "betweenness": "share of shortest chains between two other actors that pass through it (a broker)",
}
"""Every ranking of actors, with the definition a report shows next to it."""

DEFAULT_RANKING = "facts"
"""The default ranking: facts stated about an actor, the figure a reader can check by counting."""


def is_actor(G: nx.Graph, node: object) -> bool:
    """Whether a node is an actor: any type but a concept, a claim, a date or an amount.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", type="ORG"); G.add_node("b", type="CONCEPT")
    >>> is_actor(G, "a"), is_actor(G, "b")
    (True, False)
    """
    return G.nodes[node].get("type") not in NON_ACTOR_TYPES


def actor_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The subgraph (a view) of the actors of ``G`` and the relations between them.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "raid")])
    >>> G.nodes["raid"]["type"] = "CONCEPT"
    >>> sorted(actor_graph(G))
    ['a', 'b']
    """
    return G.subgraph([n for n in G if is_actor(G, n)])


def partners(P: Projection) -> dict:
    """Distinct neighbours of every node of a projection (self excluded).

    Examples
    --------
    >>> partners(project(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "c")])))["a"]
    2
    """
    return dict(zip(P.nodes, np.diff(P.adjacency.indptr).tolist(), strict=True))


def document_counts(G: nx.MultiDiGraph) -> dict:
    """Documents stating at least one relation of each node (from the edges' ``documents``).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", documents=["d1", "d2"]); _ = G.add_edge("a", "c", documents=["d2"])
    >>> document_counts(G)["a"], document_counts(G)["c"]
    (2, 1)
    """
    docs: dict = {n: set() for n in G}
    for u, v, d in G.edges(data="documents"):
        for doc in d or ():
            docs[u].add(doc)
            docs[v].add(doc)
    return {n: len(s) for n, s in docs.items()}


def pagerank_undirected(P: Projection, alpha: float = 0.85, tol: float = 1e-10,
                        max_iter: int = 500) -> dict:
    """PageRank on the undirected weighted projection (power iteration on sparse matrices).

    Each tie carries its triples both ways, so being named as the object of a few facts
    earns nothing over stating them; isolated nodes spread their rank evenly. Equals
    ``nx.pagerank(P.to_networkx())``.

    Examples
    --------
    >>> P = project(nx.MultiDiGraph([("hub", x) for x in "abcd"]))
    >>> max(pagerank_undirected(P).items(), key=lambda kv: kv[1])[0]
    'hub'
    """
    n = len(P.nodes)
    if n == 0:
        return {}
    strength = np.asarray(P.weights.sum(axis=1)).ravel()
    dangling = strength == 0
    inv = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, strength))
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        nxt = alpha * (P.weights @ (x * inv)) + (alpha * x[dangling].sum() + 1.0 - alpha) / n
        done = np.abs(nxt - x).sum() < n * tol
        x = nxt
        if done:
            break
    return dict(zip(P.nodes, (x / x.sum()).tolist(), strict=True))


@dataclass(frozen=True)
class Projection:
    """The undirected simple projection of a graph as a symmetric sparse matrix.

    ``nodes[i]`` is the node of row/column ``i``; ``weights`` sums edge counts both ways;
    ``adjacency`` is the same pattern with ones (for shortest paths). Self-loops dropped.
    """

    nodes: list
    weights: sp.csr_array
    adjacency: sp.csr_array

    def to_networkx(self) -> nx.Graph:
        """The projection as an ``nx.Graph`` with a ``weight`` attribute."""
        H = nx.Graph()
        H.add_nodes_from(self.nodes)
        upper = sp.triu(self.weights, k=1).tocoo()
        names = self.nodes
        H.add_weighted_edges_from(
            (names[i], names[j], float(w)) for i, j, w in zip(upper.row, upper.col, upper.data, strict=True))
        return H


def _symmetric(nodes: list, rows: list[int], cols: list[int], data: list[float]) -> Projection:
    """The projection whose weights are the (row, col) pairs stored both ways, duplicates summed."""
    n = len(nodes)
    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    d = np.asarray(data, dtype=np.float64)
    W = sp.coo_array((np.concatenate([d, d]), (np.concatenate([r, c]), np.concatenate([c, r]))),
                     shape=(n, n)).tocsr()
    W.sum_duplicates()
    A = W.copy()
    A.data[:] = 1.0
    return Projection(nodes, W, A)


def project(G: nx.Graph, weight: str = "count") -> Projection:
    """Build the undirected simple projection of ``G`` (see :class:`Projection`).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> P = project(G)
    >>> P.adjacency.nnz  # a-b and b-c, each stored both ways
    4
    """
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    rows, cols, data = [], [], []
    for u, v, w in G.edges(data=weight, default=1):
        if u != v:
            rows.append(index[u])
            cols.append(index[v])
            data.append(1 if w is None else w)
    return _symmetric(nodes, rows, cols, data)


def project_pairs(pairs: Counter, nodes: list) -> Projection:
    """The projection on ``nodes`` from :attr:`Tallies.pairs` (no second pass over the edges).

    Pairs with an end outside ``nodes`` are left out.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> P = project_pairs(tallies(G).pairs, ["a", "b"])
    >>> P.nodes, P.weights.toarray().tolist()
    (['a', 'b'], [[0.0, 2.0], [2.0, 0.0]])
    """
    index = {n: i for i, n in enumerate(nodes)}
    rows, cols, data = [], [], []
    for (u, v), w in pairs.items():
        i, j = index.get(u), index.get(v)
        if i is not None and j is not None and i != j:
            rows.append(i)
            cols.append(j)
            data.append(w)
    return _symmetric(list(nodes), rows, cols, data)


def in_degree(G: nx.Graph, weight: str | None = None) -> dict:
    """In-degree of every node: edges (or, with ``weight="count"``, triples) pointing in.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> in_degree(G)["b"]
    2
    """
    return dict(G.in_degree(weight=weight))


def out_degree(G: nx.Graph, weight: str | None = None) -> dict:
    """Out-degree of every node: edges (or triples, with a weight) going out.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> out_degree(G)["a"]
    2
    """
    return dict(G.out_degree(weight=weight))


def weighted_degree(G: nx.Graph, weight: str = "count") -> dict:
    """Triples a node takes part in, either end: the sum of its edges' ``count``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="strike", count=3)
    'strike'
    >>> weighted_degree(G)["b"]
    3
    """
    return dict(G.degree(weight=weight))


def pagerank(G: nx.Graph, weight: str = "count", alpha: float = 0.85) -> dict:
    """PageRank on the directed graph, parallel edges' counts summed.

    A node ranks high when often-stated relations point at it from nodes that rank high:
    in news, the actors things are done to or said about.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "c"), ("b", "c")])
    >>> max(pagerank(G).items(), key=lambda kv: kv[1])[0]
    'c'
    """
    if G.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(G, alpha=alpha, weight=weight)
    except nx.PowerIterationFailedConvergence:
        return nx.pagerank(G, alpha=alpha, weight=weight, max_iter=1000, tol=1e-5)


def betweenness_sources(G: nx.Graph, k: int | None = None,
                        exact_limit: int = EXACT_BETWEENNESS_LIMIT) -> int | None:
    """How many sources :func:`betweenness` samples: ``None`` means exact (all nodes)."""
    n = G.number_of_nodes()
    if k is None:
        return None if n <= exact_limit else min(DEFAULT_SAMPLE, n)
    return None if k >= n else k


def betweenness(G: nx.Graph, k: int | None = None, *, seed: int = 0,
                exact_limit: int = EXACT_BETWEENNESS_LIMIT,
                projection: Projection | None = None, batch: int = 32) -> dict:
    """Normalized betweenness on the undirected simple projection (unweighted hops).

    Exact when the graph has at most ``exact_limit`` nodes and ``k`` is not given;
    otherwise Brandes' estimate from ``k`` sources drawn with ``random.Random(seed)``
    (the same draw as ``networkx.betweenness_centrality(G, k, seed=seed)``, and the same
    scaling, so both agree). Runs level-synchronous breadth-first searches for a batch of
    sources at once as sparse matrix products, which is what makes 1M edges feasible.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> betweenness(G)["b"]
    1.0
    """
    P = projection or project(G)
    n = len(P.nodes)
    sampled = betweenness_sources(G, k, exact_limit)
    if n < 3:
        return dict.fromkeys(P.nodes, 0.0)
    if sampled is None:
        sources = list(range(n))
    else:
        index = {node: i for i, node in enumerate(P.nodes)}
        sources = [index[s] for s in random.Random(seed).sample(list(G), sampled)]
    raw = np.zeros(n)
    for start in range(0, len(sources), batch):
        raw += _brandes_batch(P.adjacency, sources[start:start + batch])
    scaled = _rescale(raw, n, sources if sampled is not None else None)
    return dict(zip(P.nodes, scaled.tolist(), strict=True))


def _brandes_batch(A: sp.csr_array, sources: list[int]) -> np.ndarray:
    """Summed dependencies of every node on the shortest paths from a batch of sources."""
    n, b = A.shape[0], len(sources)
    cols = np.arange(b)
    dist = np.full((n, b), -1, dtype=np.int32)
    sigma = np.zeros((n, b))
    dist[sources, cols] = 0
    sigma[sources, cols] = 1.0
    frontier = sigma.copy()
    depth = 0
    while True:
        reached = A @ frontier
        new = (reached > 0) & (dist < 0)
        if not new.any():
            break
        depth += 1
        dist[new] = depth
        sigma[new] = reached[new]
        frontier = np.where(new, reached, 0.0)
    delta = np.zeros((n, b))
    for d in range(depth, 0, -1):
        level = dist == d
        coef = np.where(level, (1.0 + delta) / np.where(level, sigma, 1.0), 0.0)
        back = A @ coef
        parents = dist == d - 1
        delta += np.where(parents, sigma * back, 0.0)
    delta[sources, cols] = 0.0
    return delta.sum(axis=1)


def _rescale(raw: np.ndarray, n: int, sources: list[int] | None) -> np.ndarray:
    """networkx's normalisation of undirected betweenness, endpoints excluded."""
    if sources is None:
        return raw / ((n - 1) * (n - 2))
    k = len(sources)
    scale = np.full(n, 1.0 / (k * (n - 2)))
    scale[sources] = 1.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    return raw * scale


def eigenvector(G: nx.Graph, *, projection: Projection | None = None) -> dict:
    """Eigenvector centrality on the largest connected part of the undirected projection.

    It is only well defined on a connected graph, so nodes outside the largest connected
    component get no score (absent from the result). Returns ``{}`` when the computation
    does not converge or the component has fewer than 3 nodes.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("hub", x) for x in "abcd"])
    >>> max(eigenvector(G).items(), key=lambda kv: kv[1])[0]
    'hub'
    """
    P = projection or project(G)
    if len(P.nodes) < 3:
        return {}
    _, labels = sp.csgraph.connected_components(P.adjacency, directed=False)
    biggest = np.bincount(labels).argmax()
    keep = np.flatnonzero(labels == biggest)
    if len(keep) < 3:
        return {}
    W = P.weights[keep][:, keep]
    try:
        _, vecs = sp.linalg.eigsh(W.astype(float), k=1, which="LA", maxiter=max(1000, 10 * len(keep)),
                                  tol=1e-8)
    except (sp.linalg.ArpackNoConvergence, sp.linalg.ArpackError, ValueError):
        return {}
    vec = np.abs(vecs[:, 0])
    norm = np.linalg.norm(vec)
    if not np.isfinite(norm) or norm == 0:
        return {}
    return {P.nodes[i]: float(v / norm) for i, v in zip(keep, vec, strict=True)}


def communities(G: nx.Graph, *, seed: int = 0, projection: Projection | None = None,
                method: str = "auto") -> tuple[list[set], str]:
    """Communities of the undirected weighted projection, largest first, and the method used.

    ``method`` is ``"louvain"`` (``nx.community.louvain_communities`` with ``seed``),
    ``"leiden"`` (igraph's Leiden on modularity, in C), ``"label_propagation"``
    (``fast_label_propagation_communities``) or ``"auto"``: Louvain up to
    :data:`LOUVAIN_EDGE_LIMIT` projected edges, Leiden above.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"),
    ...                      ("z", "x"), ("a", "x")])
    >>> parts, used = communities(G)
    >>> sorted(map(sorted, parts)), used
    ([['a', 'b', 'c'], ['x', 'y', 'z']], 'louvain')
    """
    P = projection or project(G)
    if method == "auto":
        method = "louvain" if P.weights.nnz <= 2 * LOUVAIN_EDGE_LIMIT else "leiden"
    if method == "leiden" and not P.nodes:
        return [], method
    if method == "louvain":
        parts = nx.community.louvain_communities(P.to_networkx(), weight="weight", seed=seed)
    elif method == "label_propagation":
        parts = nx.community.fast_label_propagation_communities(P.to_networkx(), weight="weight", seed=seed)
    elif method == "leiden":
        parts = _igraph_leiden(P, seed)
    else:
        raise ValueError(f"unknown community method {method!r}")
    return sorted((set(p) for p in parts), key=lambda p: (-len(p), sorted(map(str, p))[:1])), method


def _igraph_leiden(P: Projection, seed: int) -> list[set]:
    """Leiden (modularity, two rounds) by igraph, seeded: seconds at 1M edges.

    Leiden refines Louvain (its communities are always connected) and, on large graphs,
    reaches as high a modularity in fewer passes; networkx's Louvain takes minutes there.
    """
    upper = sp.triu(P.weights, k=1).tocoo()
    g = igraph.Graph(n=len(P.nodes))
    g.add_edges(np.column_stack([upper.row, upper.col]))
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clusters = g.community_leiden(objective_function="modularity", weights=upper.data, n_iterations=2)
    finally:
        igraph.set_random_number_generator(random)
    parts: dict[int, set] = {}
    for i, c in enumerate(clusters.membership):
        parts.setdefault(c, set()).add(P.nodes[i])
    return list(parts.values())


def community_of(parts: list[set]) -> dict:
    """``{node: community index}`` from a list of communities (index 0 = largest).

    Examples
    --------
    >>> community_of([{"a", "b"}, {"c"}])["c"]
    1
    """
    return {node: i for i, part in enumerate(parts) for node in part}


@dataclass
class Tallies:
    """Counts over every edge, gathered in one pass (the relation tables of a report)."""

    triples: int
    relations: Counter  # key -> triples
    relation_edges: Counter  # key -> edges
    classes: Counter
    class_edges: Counter
    pairs: Counter  # (u, v) with str(u) <= str(v) -> triples, self-loops left out
    months: Counter
    in_degree: Counter  # node -> edges in (as networkx counts them)
    out_degree: Counter
    weighted_degree: Counter  # node -> triples at either end
    documents: dict = field(default_factory=dict)  # node -> set of documents stating its relations


def tallies(G: nx.Graph) -> Tallies:
    """Walk the edges once and count relations, classes, pairs and months.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="strike", relation_class="ATTACK", count=2)
    >>> t = tallies(G)
    >>> t.triples, t.relations["strike"], t.pairs[("a", "b")]
    (2, 2, 2)
    """
    t = Tallies(0, *(Counter() for _ in range(9)))
    docs = t.documents
    relations, relation_edges, classes, class_edges = t.relations, t.relation_edges, t.classes, t.class_edges
    months, pairs, wdeg = t.months, t.pairs, t.weighted_degree
    multi = G.is_multigraph()
    for u, nbrs in G.adj.items():
        su = str(u)
        out_edges = 0
        for v, keydict in nbrs.items():
            pair_total = 0
            for key, data in (keydict.items() if multi else [(None, keydict)]):
                edge_docs = data.get("documents")
                if edge_docs:
                    (docs.get(u) or docs.setdefault(u, set())).update(edge_docs)
                    (docs.get(v) or docs.setdefault(v, set())).update(edge_docs)
                count = data.get("count", 1)
                pair_total += count
                relations[key] += count
                relation_edges[key] += 1
                cls = data.get("relation_class") or "(none)"
                classes[cls] += count
                class_edges[cls] += 1
                edge_months = data.get("months")
                if edge_months:
                    for month, n in edge_months.items():
                        months[month] += n
            t.triples += pair_total
            n_edges = len(keydict) if multi else 1
            out_edges += n_edges
            t.in_degree[v] += n_edges
            wdeg[u] += pair_total
            wdeg[v] += pair_total
            if u != v:
                pairs[(u, v) if su <= str(v) else (v, u)] += pair_total
        if out_edges:
            t.out_degree[u] += out_edges
    return t


def _ranked(triples: Counter, edges: Counter, top: int) -> list[tuple[str, int, int]]:
    best = heapq.nsmallest(top, triples.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [(k, c, edges[k]) for k, c in best]


def top_relations(G: nx.Graph, top: int = 20, *, counts: Tallies | None = None) -> list[tuple[str, int, int]]:
    """Most stated relations: ``(relation, triples, edges)``, most triples first.

    Negated edges count under their key (``not_strike``). ``counts`` reuses a
    :func:`tallies` result.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="strike", relation="strike", count=2)
    >>> top_relations(G)
    [('strike', 2, 1)]
    """
    t = counts or tallies(G)
    return _ranked(t.relations, t.relation_edges, top)


def top_relation_classes(G: nx.Graph, top: int = 20, *,
                         counts: Tallies | None = None) -> list[tuple[str, int, int]]:
    """Relation classes (ATTACK, STATEMENT, ...) by triples: ``(class, triples, edges)``.

    Edges without a class are counted under ``"(none)"``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="strike", relation_class="ATTACK", count=2)
    >>> top_relation_classes(G)
    [('ATTACK', 2, 1)]
    """
    t = counts or tallies(G)
    return _ranked(t.classes, t.class_edges, top)


def active_pairs(G: nx.Graph, top: int = 20, *, counts: Tallies | None = None) -> list[tuple]:
    """Pairs of nodes with the most triples between them, either direction.

    Returns ``(u, v, triples, relations)`` with ``relations`` the sorted edge keys.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="strike", count=2)
    >>> _ = G.add_edge("b", "a", key="accuse", count=1)
    >>> active_pairs(G)
    [('a', 'b', 3, ['accuse', 'strike'])]
    """
    t = counts or tallies(G)
    ranked = heapq.nsmallest(top, t.pairs.items(), key=lambda kv: (-kv[1], str(kv[0])))
    out = []
    for (u, v), c in ranked:
        keys = set(G.get_edge_data(u, v, default={})) | set(G.get_edge_data(v, u, default={}))
        out.append((u, v, c, sorted(map(str, keys))))
    return out


def relations_per_month(G: nx.Graph, *, counts: Tallies | None = None) -> dict[str, int]:
    """Dated triples per month (``"2024-03": 12``), from the edges' ``months`` counts.

    Months between the first and the last with no relation are listed with 0, so the
    series is a true time axis.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", months={"2024-01": 2, "2024-03": 1})
    >>> relations_per_month(G)
    {'2024-01': 2, '2024-02': 0, '2024-03': 1}
    """
    months = (counts or tallies(G)).months
    valid = sorted(m for m in months if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit())
    if not valid:
        return {}
    year, month = int(valid[0][:4]), int(valid[0][5:])
    out: dict[str, int] = {}
    while f"{year:04d}-{month:02d}" <= valid[-1] and len(out) < 1200:
        key = f"{year:04d}-{month:02d}"
        out[key] = months.get(key, 0)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
