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
import os
import pickle
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Iterator
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
    "export_store",
    "WRITERS",
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


def _scalar(value: Any, text: Any) -> Any:
    if isinstance(value, list | tuple | dict | set):
        if isinstance(value, set):
            value = sorted(value)
        # one pass over the JSON text: json escapes control characters itself, and both
        # cleaners replace lone surrogates, so cleaning after dumping equals cleaning before
        return text(utf8_text(json.dumps(value, ensure_ascii=False, default=str)))
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


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return utf8_text(json.dumps(value, ensure_ascii=False, default=str))
    return utf8_text(value) if isinstance(value, str) else value


# --- streaming writers ------------------------------------------------------------------
#
# Each writer takes edges one at a time and the nodes at the end (a node's attributes are
# known once every edge has been seen). Edges go straight to disk: GraphML, GEXF and JSON
# need the nodes first, so their edges are written to a temporary file and copied after
# the nodes. Nothing holds more than one element in memory.

_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                           "\t": "&#9;", "\r": "&#13;"})
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _attr(text: str) -> str:
    return _xml_text(text).translate(_XML_ATTR)


def _xml_value(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _xml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


class _Writer:
    """Base of the streaming writers: ``edge`` for each edge, then ``finish`` with the nodes."""

    def __init__(self, path: Path, graph: dict) -> None:
        self.path = path
        self.graph = graph
        self.edges = 0

    def edge(self, u: Any, v: Any, key: Any, data: dict) -> None:
        raise NotImplementedError

    def finish(self, nodes: Iterable[tuple[Any, dict]]) -> None:
        raise NotImplementedError


class _SpooledXml(_Writer):
    """An XML writer whose edges wait in a temporary file until the header and nodes are out."""

    def __init__(self, path: Path, graph: dict) -> None:
        super().__init__(path, graph)
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=path.parent)
        self.keys: dict[tuple[str, str], tuple[str, str]] = {}  # (for, name) -> (id, type)

    def key(self, where: str, name: str, value: Any) -> str:
        found = self.keys.get((where, name))
        if found is None:
            found = self.keys[(where, name)] = (self.key_id(len(self.keys)), _xml_type(value))
        return found[0]

    def key_id(self, n: int) -> str:
        return f"d{n}"

    def copy_spool(self, out: Any) -> None:
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, out, 1 << 20)
        self.spool.close()


class _GraphML(_SpooledXml):
    def edge(self, u: Any, v: Any, key: Any, data: dict) -> None:
        parts = [f'<edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(key))}">\n']
        for name, value in _scalars(data, _xml_text).items():
            parts.append(f'  <data key="{self.key("edge", name, value)}">'
                         f"{_xml_value(value).translate(_XML_TEXT)}</data>\n")
        parts.append("</edge>\n")
        self.spool.write("".join(parts))
        self.edges += 1

    def finish(self, nodes: Iterable[tuple[Any, dict]]) -> None:
        node_spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=self.path.parent)
        for node, data in nodes:
            parts = [f'<node id="{_attr(str(node))}">\n']
            for name, value in _scalars(data, _xml_text).items():
                parts.append(f'  <data key="{self.key("node", name, value)}">'
                             f"{_xml_value(value).translate(_XML_TEXT)}</data>\n")
            parts.append("</node>\n")
            node_spool.write("".join(parts))
        graph_data = [(self.key("graph", name, value), value)
                      for name, value in _scalars(self.graph, _xml_text).items()]
        with open(self.path, "w", encoding="utf-8") as out:
            out.write("<?xml version='1.0' encoding='utf-8'?>\n"
                      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
            for (where, name), (kid, ktype) in self.keys.items():
                out.write(f'<key id="{kid}" for="{where}" attr.name="{_attr(name)}" attr.type="{ktype}"/>\n')
            out.write('<graph edgedefault="directed">')
            for kid, value in graph_data:
                out.write(f'<data key="{kid}">{_xml_value(value).translate(_XML_TEXT)}</data>')
            out.write("\n")
            node_spool.seek(0)
            shutil.copyfileobj(node_spool, out, 1 << 20)
            node_spool.close()
            self.copy_spool(out)
            out.write("</graph></graphml>\n")


class _Gexf(_SpooledXml):
    """GEXF 1.2 as networkx writes it: ``label`` = name or relation, ``weight`` = count."""

    def key_id(self, n: int) -> str:
        return str(n)

    def _attvalues(self, where: str, data: dict) -> str:
        values = [f'<attvalue for="{self.key(where, name, value)}" value="{_attr(_gexf_value(value))}"/>'
                  for name, value in data.items()]
        return f"<attvalues>{''.join(values)}</attvalues>" if values else ""

    def edge(self, u: Any, v: Any, key: Any, data: dict) -> None:
        data = _scalars(data, _xml_text)
        data["networkx_key"] = _xml_text(str(key))
        label = data.get("relation", data["networkx_key"])
        self.spool.write(f'<edge source="{_attr(str(u))}" target="{_attr(str(v))}" '
                         f'id="{_attr(str(key))}" label="{_attr(str(label))}" '
                         f'weight="{_attr(_gexf_value(data.get("count", 1)))}">'
                         f"{self._attvalues('edge', data)}</edge>\n")
        self.edges += 1

    def finish(self, nodes: Iterable[tuple[Any, dict]]) -> None:
        node_spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=self.path.parent)
        for node, data in nodes:
            data = _scalars(data, _xml_text)
            label = data.get("name", str(node))
            node_spool.write(f'<node id="{_attr(str(node))}" label="{_attr(str(label))}">'
                             f"{self._attvalues('node', data)}</node>\n")
        with open(self.path, "w", encoding="utf-8") as out:
            out.write("<?xml version='1.0' encoding='utf-8'?>\n"
                      '<gexf xmlns="http://www.gexf.net/1.2draft" '
                      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
                      'version="1.2">\n<meta><creator>newsgraph</creator></meta>\n'
                      '<graph defaultedgetype="directed" mode="static">\n')
            for where in ("node", "edge"):
                out.write(f'<attributes mode="static" class="{where}">\n')
                for (w, name), (kid, ktype) in self.keys.items():
                    if w == where:
                        out.write(f'<attribute id="{kid}" title="{_attr(name)}" type="{ktype}"/>\n')
                out.write("</attributes>\n")
            out.write("<nodes>\n")
            node_spool.seek(0)
            shutil.copyfileobj(node_spool, out, 1 << 20)
            node_spool.close()
            out.write("</nodes>\n<edges>\n")
            self.copy_spool(out)
            out.write("</edges>\n</graph>\n</gexf>\n")


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _xml_value(value)


def _json_attrs(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


def _dumps(value: Any) -> str:
    """One JSON record, lone surrogates (which no UTF-8 file can hold) as U+FFFD."""
    return utf8_text(json.dumps(value, ensure_ascii=False, default=str))


class _Json(_Writer):
    """networkx node-link JSON (``nx.node_link_graph(data, edges="edges")`` reads it back)."""

    def __init__(self, path: Path, graph: dict) -> None:
        super().__init__(path, graph)
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=path.parent)

    def edge(self, u: Any, v: Any, key: Any, data: dict) -> None:
        record = {**_json_attrs(data), "source": u, "target": v, "key": key}
        self.spool.write(("," if self.edges else "") + _dumps(record) + "\n")
        self.edges += 1

    def finish(self, nodes: Iterable[tuple[Any, dict]]) -> None:
        with open(self.path, "w", encoding="utf-8") as out:
            out.write('{"directed": true, "multigraph": true, "graph": ' + _dumps(_json_attrs(self.graph))
                      + ', "nodes": [\n')
            for i, (node, data) in enumerate(nodes):
                out.write(("," if i else "") + _dumps({**_json_attrs(data), "id": node}) + "\n")
            out.write('], "edges": [\n')
            self.spool.seek(0)
            shutil.copyfileobj(self.spool, out, 1 << 20)
            self.spool.close()
            out.write("]}\n")


class _Csv(_Writer):
    """``nodes.csv`` and ``edges.csv`` in the directory ``path``; edges written as they come."""

    def __init__(self, path: Path, graph: dict) -> None:
        super().__init__(path, graph)
        path.mkdir(parents=True, exist_ok=True)
        self.fh = open(path / "edges.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115
        self.out = csv.writer(self.fh)
        self.out.writerow(EDGE_FIELDS)

    def edge(self, u: Any, v: Any, key: Any, data: dict) -> None:
        self.out.writerow([_cell(u), _cell(v), _cell(key)] + [_cell(data.get(f)) for f in EDGE_FIELDS[3:]])
        self.edges += 1

    def finish(self, nodes: Iterable[tuple[Any, dict]]) -> None:
        self.fh.close()
        with open(self.path / "nodes.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(NODE_FIELDS)
            for node, data in nodes:
                w.writerow([_cell(node)] + [_cell(data.get(f)) for f in NODE_FIELDS[1:]])


WRITERS: dict[str, type[_Writer]] = {"graphml": _GraphML, "gexf": _Gexf, "json": _Json, "csv": _Csv}


def _writer(fmt: str, path: str | Path, graph: dict) -> _Writer:
    if fmt not in WRITERS:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if fmt != "csv":
        path.parent.mkdir(parents=True, exist_ok=True)
    return WRITERS[fmt](path, graph)


def export(G: nx.MultiDiGraph, fmt: str, path: str | Path) -> Path:
    """Write ``G`` to ``path`` in ``fmt`` (one of :data:`EXPORT_FORMATS`); returns the path.

    ``csv`` writes ``nodes.csv`` and ``edges.csv`` into the directory ``path`` (created).
    The writers stream (see :func:`export_store` to export a store without holding its graph).

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
    if fmt not in WRITERS:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if G.number_of_nodes() == 0:
        raise EmptyGraph("the graph is empty: nothing to export")
    writer = _writer(fmt, path, G.graph)
    for u, v, k, data in G.edges(keys=True, data=True):
        writer.edge(u, v, k, data)
    writer.finish(G.nodes(data=True))
    return writer.path


# --- exporting a store without holding its graph ----------------------------------------

BUCKETS = 128
"""Triples are spread over this many temporary files by their (subject, object) pair."""
BATCH_TRIPLES = 100_000
"""Buckets are built into graphs a batch of about this many triples at a time."""


class _Batch:
    """A store-like source of one batch of triples (what ``build_graph`` reads)."""

    def __init__(self, entities: list, triples: Iterable) -> None:
        self.entities, self.triples = entities, triples

    def iter_entities(self) -> Iterable:
        return self.entities

    def iter_triples(self, *, since: str | None = None, until: str | None = None) -> Iterable:
        return self.triples


def _spread(triples: Iterable, folder: str) -> list[tuple[str, int]]:
    """Write triples to :data:`BUCKETS` pickle files by their (subject, object) pair."""
    paths = [os.path.join(folder, f"b{i}.pickle") for i in range(BUCKETS)]
    files = [open(p, "wb") for p in paths]  # noqa: SIM115
    counts = [0] * BUCKETS
    try:
        for t in triples:
            i = zlib.crc32(f"{t.subject_id}\x00{t.object_id}".encode("utf-8", "surrogatepass")) % BUCKETS
            pickle.dump(t, files[i], protocol=pickle.HIGHEST_PROTOCOL)
            counts[i] += 1
    finally:
        for fh in files:
            fh.close()
    return list(zip(paths, counts, strict=True))


def _read(paths: list[str]) -> Iterator:
    for path in paths:
        with open(path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)
                except EOFError:
                    break


def _batches(buckets: list[tuple[str, int]]) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for path, count in buckets:
        if count:
            batch.append(path)
            size += count
        if size >= BATCH_TRIPLES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def export_store(store: Any, fmt: str, path: str | Path, **filters: Any) -> tuple[int, int, Path]:
    """Export the graph of a store with memory flat in the number of edges.

    Every triple of one (subject, object) pair lands in the same of :data:`BUCKETS`
    temporary files; the files are then built into graphs a batch at a time with
    :func:`~newsgraph.graph.build.build_graph` and the same ``filters`` (so each edge has
    exactly the attributes ``build_graph`` gives the whole store) and streamed out. Held in
    memory: the entities, the attributes of the nodes written, one batch.

    Returns ``(nodes, edges, path)``.

    Raises
    ------
    EmptyGraph
        When no relation is left (the message says which filters emptied it).
    """
    from newsgraph.graph.build import GraphFilter, build_graph

    if fmt not in WRITERS:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    entities = list(store.iter_entities())
    flt = GraphFilter.make(**{k: v for k, v in filters.items() if k in GraphFilter.__dataclass_fields__})
    writer: _Writer | None = None
    nodes: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        for batch in _batches(_spread(store.iter_triples(), folder)):
            try:
                G = build_graph(_Batch(entities, _read(batch)), **filters)
            except EmptyGraph:
                continue
            writer = writer or _writer(fmt, path, {"filters": flt.as_dict()})
            for u, v, k, data in G.edges(keys=True, data=True):
                writer.edge(u, v, k, data)
            for node, data in G.nodes(data=True):
                nodes.setdefault(node, data)
            del G
    if writer is None:
        build_graph(_Batch(entities, ()), **filters)  # raises EmptyGraph with the filters' message
        raise EmptyGraph("nothing to export")
    writer.finish(nodes.items())
    return len(nodes), writer.edges, writer.path
