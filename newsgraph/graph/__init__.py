"""The graph side of newsgraph: build a NetworkX MultiDiGraph from the store, analyse it,
report on it and export it.

>>> from newsgraph.graph import build_graph, report, export     # doctest: +SKIP
>>> with Store("kg.db") as store:                                # doctest: +SKIP
...     G = build_graph(store, min_count=2)
>>> r = report(G, top=20)                                        # doctest: +SKIP
>>> export(G, "graphml", "kg.graphml")                           # doctest: +SKIP
"""

from newsgraph.graph.analyse import (
    RANKINGS,
    active_pairs,
    actor_graph,
    betweenness,
    communities,
    eigenvector,
    in_degree,
    out_degree,
    pagerank,
    pagerank_undirected,
    relations_per_month,
    top_relation_classes,
    top_relations,
    weighted_degree,
)
from newsgraph.graph.build import GraphFilter, build_graph, graph_from_triples
from newsgraph.graph.changes import Changes, compare
from newsgraph.graph.errors import EmptyGraph, EntityNotFound, GraphError, NoPath, UnknownFormat
from newsgraph.graph.export import EXPORT_FORMATS, decode_graph, export, export_store, read_gexf, read_graphml
from newsgraph.graph.profile import find_entity, profile, shortest_chains
from newsgraph.graph.render import REPORT_FORMATS, render
from newsgraph.graph.report import Report, report

__all__ = [
    "GraphFilter", "build_graph", "graph_from_triples",
    "RANKINGS", "actor_graph", "pagerank_undirected", "Changes", "compare", "export_store",
    "in_degree", "out_degree", "weighted_degree", "pagerank", "betweenness", "eigenvector",
    "communities", "top_relations", "top_relation_classes", "active_pairs", "relations_per_month",
    "Report", "report", "render", "REPORT_FORMATS",
    "export", "EXPORT_FORMATS", "read_graphml", "read_gexf", "decode_graph",
    "find_entity", "profile", "shortest_chains",
    "GraphError", "EmptyGraph", "EntityNotFound", "NoPath", "UnknownFormat",
]
