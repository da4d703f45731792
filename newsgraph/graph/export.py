"""Write the graph for other tools: GraphML, GEXF, node-link JSON, CSV.

Attribute encoding at the file boundary (GraphML and GEXF hold only scalars):

* lists and dicts (``aliases``, ``documents``, ``months``, ``evidence``, the graph's
  ``filters``) become JSON strings; :func:`decode_graph` turns them back;
* ``None`` values are dropped (the attribute is simply absent);
* in the XML formats, characters XML 1.0 cannot carry (control characters other than tab
  and newline, lone surrogates) become U+FFFD and carriage returns become newlines, so the
  file always parses. JSON and CSV keep every character (escaped as each needs),
  except lone surrogates, which no UTF-8 file can hold.

The Cypher script (``--format cypher``) is written by :mod:`newsgraph.cypher.script`, in the
room that owns Cypher.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.graph.errors import EmptyGraph, UnknownFormat

__all__ = [
    "utf8_text",
    "EXPORT_FORMATS",
    "NODE_JSON_ATTRS",
    "EDGE_JSON_ATTRS",
    "export",
    "scalar_graph",
    "decode_graph",
    "read_graphml",
    "read_gexf",
    "NODE_FIELDS",
    "EDGE_FIELDS",
]

EXPORT_FORMATS = ("graphml", "gexf", "json", "csv")
NODE_JSON_ATTRS = frozenset({"aliases"})
EDGE_JSON_ATTRS = frozenset({"documents", "months", "evidence"})
GRAPH_JSON_ATTRS = frozenset({"filters"})
NODE_FIELDS = ("id", "name", "type", "aliases", "mentions", "documents")
EDGE_FIELDS = ("source", "target", "key", "relation", "relation_class", "negated", "count",
               "confidence", "first_seen", "last_seen", "documents", "months", "evidence")

_XML_BAD = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def utf8_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def _clean(value: Any, text: Any) -> Any:
    """Apply a text cleaner to every string inside a value (lists, dicts, nested)."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, list | tuple):
        return [_clean(v, text) for v in value]
    if isinstance(value, dict):
        return {text(str(k)): _clean(v, text) for k, v in value.items() if v is not None}
    return value


def _scalar(value: Any, text: Any) -> Any:
    if isinstance(value, list | tuple | dict | set):
        if isinstance(value, set):
            value = sorted(value)
        return text(json.dumps(_clean(value, utf8_text), ensure_ascii=False))
    if isinstance(value, str):
        return text(value)
    return value


def _scalars(data: dict, text: Any) -> dict:
    return {k: _scalar(v, text) for k, v in data.items() if v is not None}


def scalar_graph(G: nx.MultiDiGraph, *, xml: bool = True) -> nx.MultiDiGraph:
    """A copy of ``G`` with only scalar attributes (lists/dicts as JSON, no None).

    With ``xml=True`` strings are also made XML-safe (see the module docstring).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("e1", name="Hamas", aliases=["Harakat"], note=None)
    >>> scalar_graph(G).nodes["e1"]
    {'name': 'Hamas', 'aliases': '["Harakat"]'}
    """
    text = _xml_text if xml else utf8_text
    H = nx.MultiDiGraph(**_scalars(G.graph, text))
    for node, data in G.nodes(data=True):
        H.add_node(text(str(node)), **_scalars(data, text))
    for u, v, k, data in G.edges(keys=True, data=True):
        H.add_edge(text(str(u)), text(str(v)), key=text(str(k)), **_scalars(data, text))
    return H


def _decode(data: dict, names: frozenset) -> None:
    for name in names & data.keys():
        if isinstance(data[name], str):
            data[name] = json.loads(data[name])


def decode_graph(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Turn the JSON-string attributes of a read-back GraphML/GEXF graph into lists/dicts.

    Works in place and returns ``H``, so ``decode_graph(nx.read_graphml(path, ...))``
    gives back the graph that was exported.
    """
    _decode(H.graph, GRAPH_JSON_ATTRS)
    for _, data in H.nodes(data=True):
        _decode(data, NODE_JSON_ATTRS)
    for _, _, data in H.edges(data=True):
        _decode(data, EDGE_JSON_ATTRS)
    return H


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a newsgraph GraphML file back into the graph that was exported."""
    return decode_graph(nx.read_graphml(path, edge_key_type=str, force_multigraph=True))


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a newsgraph GEXF file back (``label``/``weight`` added for Gephi are removed)."""
    H = nx.read_gexf(path, node_type=str)
    G = nx.MultiDiGraph(**{k: v for k, v in H.graph.items() if k not in ("mode", "node_default",
                                                                         "edge_default")})
    for node, data in H.nodes(data=True):
        data = dict(data)
        data.pop("label", None)
        G.add_node(node, **data)
    for u, v, data in H.edges(data=True):
        data = dict(data)
        key = data.pop("id", None)
        data.pop("label", None)
        data.pop("weight", None)
        G.add_edge(u, v, key=key, **data)
    return decode_graph(G)


def export(G: nx.MultiDiGraph, fmt: str, path: str | Path) -> Path:
    """Write ``G`` to ``path`` in ``fmt`` (one of :data:`EXPORT_FORMATS`); returns the path.

    ``csv`` writes ``nodes.csv`` and ``edges.csv`` into the directory ``path`` (created).

    Raises
    ------
    EmptyGraph
        When ``G`` has no node.
    UnknownFormat
        When ``fmt`` is not a known format.

    Examples
    --------
    >>> import tempfile, os
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("e1", "e2", key="strike", relation="strike", count=1)
    >>> out = export(G, "graphml", os.path.join(tempfile.mkdtemp(), "kg.graphml"))
    >>> sorted(read_graphml(out).edges(keys=True))
    [('e1', 'e2', 'strike')]
    """
    writers = {"graphml": _write_graphml, "gexf": _write_gexf, "json": _write_json, "csv": _write_csv}
    if fmt not in writers:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if G.number_of_nodes() == 0:
        raise EmptyGraph("the graph is empty: nothing to export")
    path = Path(path)
    if fmt != "csv" and path.parent:
        path.parent.mkdir(parents=True, exist_ok=True)
    writers[fmt](G, path)
    return path


def _write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(scalar_graph(G), path, encoding="utf-8")


def _write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    H = scalar_graph(G)
    for _, data in H.nodes(data=True):
        if "name" in data:
            data["label"] = data["name"]
    for _, _, k, data in H.edges(keys=True, data=True):
        data["label"] = data.get("relation", k)
        data["weight"] = data.get("count", 1)
        data["id"] = k
    nx.write_gexf(H, path, encoding="utf-8")


def _write_json(G: nx.MultiDiGraph, path: Path) -> None:
    H = scalar_graph(G, xml=False)
    decode_graph(H)
    data = nx.node_link_data(H, edges="edges")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(_clean(value, utf8_text), ensure_ascii=False)
    return utf8_text(value) if isinstance(value, str) else value


def _write_csv(G: nx.MultiDiGraph, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with open(path / "nodes.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NODE_FIELDS)
        for node, data in G.nodes(data=True):
            w.writerow([_cell(node)] + [_cell(data.get(f)) for f in NODE_FIELDS[1:]])
    with open(path / "edges.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EDGE_FIELDS)
        for u, v, k, data in G.edges(keys=True, data=True):
            w.writerow([_cell(u), _cell(v), _cell(k)] + [_cell(data.get(f)) for f in EDGE_FIELDS[3:]])
