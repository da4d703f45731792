"""Read-only Cypher on the local NetworkX graph, no server: a small, honest subset.

Why not grand-cypher: on the graph newsgraph builds, grand-cypher 1.2 rejects
single-quoted strings (``WHERE a.name = 'X'`` is a parse error), has no aggregation
syntax with ``AS``, returns ``[]`` for undirected patterns, for ``OR`` across two
variables, and for typed relationships unless edges carry its private ``__labels__``
attribute. A wrong empty answer is worse than none, so this module parses a small
subset itself and refuses everything else with :class:`UnsupportedQuery`.

The graph is seen exactly as :func:`newsgraph.cypher.load.load` puts it in Neo4j:
``(:Entity:<Label> {id, name, type, aliases})`` nodes and relationships typed by
``names.relationship_type(key)`` with the loader's properties, so the same query gives
the same answer here and on the server (a differential test checks it).

Supported::

    MATCH <chain> [, <chain>]...  [WHERE <expr>]
    RETURN [DISTINCT] <expr> [AS name], ...  [ORDER BY <expr> [ASC|DESC], ...]
    [SKIP n] [LIMIT n]

A chain is ``(a:Label {prop: value})-[r:TYPE|OTHER {prop: value}]->(b)`` (``<-[...]-``
too, any length). Expressions: literals, ``$params``, ``a.prop``, lists, ``+ - * / %``,
``= <> < <= > >=``, ``IS [NOT] NULL``, ``STARTS WITH``, ``ENDS WITH``, ``CONTAINS``,
``IN``, ``AND OR XOR NOT``, and the functions listed in ``FUNCTIONS`` and
``AGGREGATES``. Not supported (refused): undirected or variable-length relationships,
OPTIONAL MATCH, WITH, UNWIND, CALL, UNION, CASE, subqueries, path variables, Document
nodes and MENTIONS links (the local graph holds entities and relations only), writes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.cypher import names
from newsgraph.cypher.connection import CypherError
from newsgraph.cypher.load import edge_row, entity_row
from newsgraph.cypher.query import QueryResult

__all__ = ["UnsupportedQuery", "LocalQueryError", "run_local", "FUNCTIONS", "AGGREGATES"]

_HINT = "; load the graph into Neo4j (newsgraph neo4j load) for full Cypher"


class UnsupportedQuery(CypherError):
    """The query uses Cypher the local engine cannot answer correctly."""


class LocalQueryError(CypherError):
    """The query is malformed or refers to something missing (a parameter, a variable)."""


# ----------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""(?P<ws>\s+|//[^\n]*|/\*.*?\*/)
      |(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      |(?P<name>`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_]*)
      |(?P<num>\d+\.\d*(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?|\.\d+)
      |(?P<param>\$[A-Za-z_][A-Za-z0-9_]*)
      |(?P<op><>|<=|>=|->|<-|=~|\.\.|[()\[\]{}:,.\-+*/%=<>|;^!])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "\\": "\\", "'": "'", '"': '"'}


@dataclass(frozen=True)
class Tok:
    kind: str  # str, name, num, param, op, end
    text: str
    pos: int

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "name" else self.text


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", lambda m: (
        chr(int(m.group(1)[1:], 16)) if m.group(1).startswith("u") and len(m.group(1)) == 5
        else _ESCAPES.get(m.group(1), m.group(1))), body)


def _tokens(query: str) -> list[Tok]:
    out: list[Tok] = []
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m:
            raise LocalQueryError(f"unexpected character {query[pos]!r} at {_where(query, pos)}")
        kind = m.lastgroup or ""
        if kind != "ws":
            out.append(Tok(kind, m.group(), pos))
        pos = m.end()
    out.append(Tok("end", "", len(query)))
    return out


def _where(query: str, pos: int) -> str:
    line = query.count("\n", 0, pos) + 1
    col = pos - (query.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


# ----------------------------------------------------------------------------- AST

@dataclass
class NodePat:
    var: str | None
    labels: list[str]
    props: list[tuple[str, Any]]


@dataclass
class RelPat:
    var: str | None
    types: list[str]
    props: list[tuple[str, Any]]
    forward: bool  # (left)-[]->(right) when True, (left)<-[]-(right) when False


@dataclass
class Item:
    expr: Any
    name: str


@dataclass
class Query:
    chains: list[tuple[list[NodePat], list[RelPat]]]
    where: Any
    items: list[Item]
    distinct: bool
    order: list[tuple[Any, bool]] = field(default_factory=list)  # (expr, descending)
    skip: Any = None
    limit: Any = None


# Expression nodes are tuples: ("lit", v) ("param", name) ("var", name) ("prop", e, key)
# ("list", [e]) ("index", e, i) ("bin", op, a, b) ("not", e) ("neg", e) ("isnull", e, neg)
# ("call", name, [args], distinct) ("count*",)

_REFUSED_CLAUSES = {
    "OPTIONAL": "OPTIONAL MATCH", "WITH": "WITH", "UNWIND": "UNWIND", "CALL": "CALL",
    "UNION": "UNION", "CASE": "CASE", "EXISTS": "EXISTS", "CREATE": "writing (CREATE)",
    "MERGE": "writing (MERGE)", "DELETE": "writing (DELETE)", "DETACH": "writing (DETACH)",
    "SET": "writing (SET)", "REMOVE": "writing (REMOVE)", "FOREACH": "FOREACH",
    "LOAD": "LOAD CSV", "SHORTESTPATH": "shortestPath", "ALLSHORTESTPATHS": "allShortestPaths",
    "ALL": "list predicates", "ANY": "list predicates", "NONE": "list predicates",
    "SINGLE": "list predicates", "REDUCE": "reduce",
}


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _tokens(query)
        self.i = 0

    # -- helpers
    @property
    def tok(self) -> Tok:
        return self.toks[self.i]

    def peek(self, ahead: int = 1) -> Tok:
        return self.toks[min(self.i + ahead, len(self.toks) - 1)]

    def at(self, *words: str) -> bool:
        return self.tok.upper in words and self.tok.kind in ("name", "op")

    def take(self) -> Tok:
        tok = self.tok
        self.i += 1
        return tok

    def accept(self, *words: str) -> bool:
        if self.at(*words):
            self.i += 1
            return True
        return False

    def expect(self, word: str) -> Tok:
        if not self.at(word):
            self.fail(f"expected {word!r}")
        return self.take()

    def fail(self, what: str) -> None:
        found = self.tok.text or "the end of the query"
        raise LocalQueryError(f"{what} but found {found!r} at {_where(self.query, self.tok.pos)}")

    def refuse(self, what: str, tok: Tok | None = None) -> None:
        tok = tok or self.tok
        raise UnsupportedQuery(
            f"the local query engine does not support {what} "
            f"({_where(self.query, tok.pos)}){_HINT}")

    def refuse_clause(self) -> None:
        if self.tok.kind == "name" and self.tok.upper in _REFUSED_CLAUSES:
            self.refuse(_REFUSED_CLAUSES[self.tok.upper])

    def ident(self) -> str:
        tok = self.tok
        if tok.kind != "name":
            self.fail("expected a name")
        self.i += 1
        return tok.text[1:-1].replace("``", "`") if tok.text.startswith("`") else tok.text

    # -- clauses
    def parse(self) -> Query:
        self.refuse_clause()
        self.expect("MATCH")
        chains = [self.chain()]
        while self.accept(","):
            chains.append(self.chain())
        self.refuse_clause()
        where = self.expr() if self.accept("WHERE") else None
        self.refuse_clause()
        if self.at("MATCH"):
            self.refuse("a second MATCH clause (write one MATCH with comma-separated patterns)")
        self.expect("RETURN")
        distinct = self.accept("DISTINCT")
        items = [self.item()]
        while self.accept(","):
            items.append(self.item())
        q = Query(chains, where, items, distinct)
        if self.accept("ORDER"):
            self.expect("BY")
            q.order.append(self.sort_item())
            while self.accept(","):
                q.order.append(self.sort_item())
        if self.accept("SKIP"):
            q.skip = self.expr()
        if self.accept("LIMIT"):
            q.limit = self.expr()
        self.accept(";")
        self.refuse_clause()
        if self.tok.kind != "end":
            self.fail("expected the end of the query")
        return q

    def item(self) -> Item:
        start = self.tok.pos
        if self.at("*"):
            self.refuse("RETURN *")
        expr = self.expr()
        text = self.query[start:self.tok.pos].strip()
        name = self.ident() if self.accept("AS") else text
        return Item(expr, name)

    def sort_item(self) -> tuple[Any, bool]:
        expr = self.expr()
        if self.accept("DESC", "DESCENDING"):
            return expr, True
        self.accept("ASC", "ASCENDING")
        return expr, False

    # -- patterns
    def chain(self) -> tuple[list[NodePat], list[RelPat]]:
        if self.tok.kind == "name" and self.peek().text == "=":
            self.refuse("a path variable")
        if self.tok.kind == "name" and self.tok.upper in _REFUSED_CLAUSES:
            self.refuse_clause()
        nodes, rels = [self.node()], []
        while self.at("-", "<-"):
            rels.append(self.rel())
            nodes.append(self.node())
        return nodes, rels

    def node(self) -> NodePat:
        self.expect("(")
        var = self.ident() if self.tok.kind == "name" else None
        labels = []
        while self.accept(":"):
            labels.append(self.ident())
        if self.at("|", "&", "!", "%"):
            self.refuse("label expressions")
        props = self.props() if self.at("{") else []
        if self.at("WHERE"):
            self.refuse("WHERE inside a pattern")
        self.expect(")")
        return NodePat(var, labels, props)

    def rel(self) -> RelPat:
        start = self.tok
        backward = self.take().text == "<-"
        var, types, props = None, [], []
        if self.accept("["):
            var = self.ident() if self.tok.kind == "name" else None
            if self.accept(":"):
                types.append(self.ident())
                while self.accept("|"):
                    self.accept(":")
                    types.append(self.ident())
            if self.at("*"):
                self.refuse("a variable-length relationship")
            props = self.props() if self.at("{") else []
            if self.at("WHERE"):
                self.refuse("WHERE inside a pattern")
            self.expect("]")
        if backward:
            self.expect("-")
            if self.at(">", "->"):
                self.refuse("a relationship pointing both ways", start)
            return RelPat(var, types, props, forward=False)
        if self.accept("->"):
            return RelPat(var, types, props, forward=True)
        if self.at("-") and self.peek().text == ">":
            self.i += 2
            return RelPat(var, types, props, forward=True)
        self.refuse("an undirected relationship (write -[...]-> or <-[...]-)", start)
        raise AssertionError  # unreachable

    def props(self) -> list[tuple[str, Any]]:
        self.expect("{")
        out = []
        if not self.at("}"):
            while True:
                key = self.ident()
                self.expect(":")
                out.append((key, self.expr()))
                if not self.accept(","):
                    break
        self.expect("}")
        return out

    # -- expressions (precedence climbing)
    def expr(self) -> Any:
        left = self.xor()
        while self.accept("OR"):
            left = ("bin", "OR", left, self.xor())
        return left

    def xor(self) -> Any:
        left = self.and_()
        while self.accept("XOR"):
            left = ("bin", "XOR", left, self.and_())
        return left

    def and_(self) -> Any:
        left = self.not_()
        while self.accept("AND"):
            left = ("bin", "AND", left, self.not_())
        return left

    def not_(self) -> Any:
        if self.accept("NOT"):
            return ("not", self.not_())
        return self.comparison()

    def comparison(self) -> Any:
        left = self.additive()
        while True:
            if self.at("=", "<>", "<", "<=", ">", ">="):
                op = self.take().text
                left = ("bin", op, left, self.additive())
            elif self.at("<-"):  # a.x<-1 is a.x < -1
                self.take()
                left = ("bin", "<", left, ("neg", self.additive()))
            elif self.at("=~"):
                self.refuse("regular expressions (=~)")
            elif self.at("IS"):
                self.take()
                negate = self.accept("NOT")
                self.expect("NULL")
                left = ("isnull", left, negate)
            elif self.at("STARTS", "ENDS"):
                op = self.take().upper
                self.expect("WITH")
                left = ("bin", op, left, self.additive())
            elif self.at("CONTAINS", "IN"):
                op = self.take().upper
                left = ("bin", op, left, self.additive())
            else:
                return left

    def additive(self) -> Any:
        left = self.multiplicative()
        while self.at("+", "-"):
            op = self.take().text
            left = ("bin", op, left, self.multiplicative())
        return left

    def multiplicative(self) -> Any:
        left = self.unary()
        while self.at("*", "/", "%"):
            op = self.take().text
            left = ("bin", op, left, self.unary())
        if self.at("^"):
            self.refuse("the ^ operator")
        return left

    def unary(self) -> Any:
        if self.accept("-"):
            return ("neg", self.unary())
        if self.accept("+"):
            return self.unary()
        return self.postfix(self.atom())

    def postfix(self, expr: Any) -> Any:
        while True:
            if self.accept("."):
                expr = ("prop", expr, self.ident())
            elif self.at("["):
                self.take()
                if self.at(".."):
                    self.refuse("list slices")
                index = self.expr()
                if self.at(".."):
                    self.refuse("list slices")
                self.expect("]")
                expr = ("index", expr, index)
            elif self.at("{"):
                self.refuse("map projections")
            else:
                return expr

    def atom(self) -> Any:
        tok = self.tok
        if tok.kind == "str":
            self.i += 1
            return ("lit", _unquote(tok.text))
        if tok.kind == "num":
            self.i += 1
            is_float = any(c in tok.text for c in ".eE")
            return ("lit", float(tok.text) if is_float else int(tok.text))
        if tok.kind == "param":
            self.i += 1
            return ("param", tok.text[1:])
        if self.accept("("):
            if self.at("(") or (self.tok.kind == "name" and self.peek().text in (":", ")")):
                self.refuse("pattern expressions", tok)
            inner = self.expr()
            if self.at("-", "<-") and inner[0] == "var":
                self.refuse("pattern expressions", tok)
            self.expect(")")
            return inner
        if self.at("["):
            return self.list_literal()
        if self.at("{"):
            self.refuse("map literals")
        if tok.kind != "name":
            self.fail("expected an expression")
        word = tok.upper
        if word in ("TRUE", "FALSE"):
            self.i += 1
            return ("lit", word == "TRUE")
        if word == "NULL":
            self.i += 1
            return ("lit", None)
        if word in _REFUSED_CLAUSES and not (word == "ALL" and self.peek().text != "("):
            if self.peek().text in ("(", "{") or word in ("CASE", "EXISTS"):
                self.refuse(_REFUSED_CLAUSES[word])
        if self.peek().text == "{" and word == "COUNT":
            self.refuse("COUNT subqueries")
        if self.peek().text == "(":
            return self.call()
        if self.peek().text == "." and self.peek(2).kind == "name" and self.peek(3).text == "(":
            self.refuse("namespaced functions and procedures")
        return ("var", self.ident())

    def list_literal(self) -> Any:
        self.expect("[")
        items = []
        if not self.at("]"):
            first = self.expr()
            if self.at("IN", "|", "WHERE") or (first[0] == "var" and self.at("IN")):
                self.refuse("list comprehensions")
            items.append(first)
            while self.accept(","):
                items.append(self.expr())
        self.expect("]")
        return ("list", items)

    def call(self) -> Any:
        name_tok = self.tok
        name = self.ident().lower()
        self.expect("(")
        if name not in FUNCTIONS and name not in AGGREGATES:
            self.refuse(f"the function {name_tok.text}()", name_tok)
        if name == "count" and self.accept("*"):
            self.expect(")")
            return ("count*",)
        distinct = self.accept("DISTINCT")
        args = []
        if not self.at(")"):
            args.append(self.expr())
            while self.accept(","):
                args.append(self.expr())
        self.expect(")")
        if distinct and name not in AGGREGATES:
            self.fail(f"DISTINCT is only allowed in aggregates, not {name_tok.text}()")
        return ("call", name, args, distinct)


# ----------------------------------------------------------------------------- values

@dataclass(frozen=True)
class NodeRef:
    """An entity node of the local graph, seen as its Neo4j properties."""

    id: str
    props: tuple[tuple[str, Any], ...]
    labels: tuple[str, ...]

    def get(self, key: str) -> Any:
        return dict(self.props).get(key)

    def plain(self) -> dict:
        return {"_labels": sorted(self.labels), **dict(self.props)}


@dataclass(frozen=True)
class RelRef:
    """One relationship of the local graph, seen as the loader writes it."""

    source: str
    target: str
    key: Any
    type: str
    props: tuple[tuple[str, Any], ...]

    def get(self, key: str) -> Any:
        return dict(self.props).get(key)

    def plain(self) -> dict:
        return {"_type": self.type, **dict(self.props)}


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


class _GraphView:
    """The local MultiDiGraph with every node and edge turned into Neo4j-shaped values."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        self.nodes: dict[Any, NodeRef] = {}
        for n, attrs in graph.nodes(data=True):
            row = entity_row({"id": n, **attrs})
            props = tuple((k, _freeze(v)) for k, v in row.items() if v is not None)
            label = names.node_label(row["type"])
            self.nodes[n] = NodeRef(row["id"], props, (names.ENTITY_LABEL, label))
        self.rels: dict[tuple, RelRef] = {}
        for s, t, key, attrs in graph.edges(keys=True, data=True):
            row = edge_row({**attrs, "source": s, "target": t,
                             "predicate": key if isinstance(key, str) else attrs.get("relation")})
            props = tuple((k, _freeze(v)) for k, v in row["props"].items())
            rtype = names.relationship_type(row["props"].get("predicate"))
            self.rels[(s, t, key)] = RelRef(str(s), str(t), key, rtype, props)
        self.key_of = {ref: n for n, ref in self.nodes.items()}
        self.by_id = {ref.id: n for n, ref in self.nodes.items()}

    def out(self, node: Any) -> Iterator[tuple[RelRef, Any]]:
        for _, t, key in self.graph.out_edges(node, keys=True):
            yield self.rels[(node, t, key)], t

    def into(self, node: Any) -> Iterator[tuple[RelRef, Any]]:
        for s, _, key in self.graph.in_edges(node, keys=True):
            yield self.rels[(s, node, key)], s


# ----------------------------------------------------------------------------- evaluation

_TYPE_RANK = {dict: 0, NodeRef: 1, RelRef: 2, list: 3, tuple: 3, str: 6, bool: 7, int: 8,
              float: 8}


def _sort_key(value: Any) -> tuple:
    """Neo4j's ORDER BY order: maps, nodes, rels, lists, strings, booleans, numbers, null."""
    if value is None:
        return (99, 0)
    rank = _TYPE_RANK.get(type(value), 50)
    if isinstance(value, float) and math.isnan(value):
        return (rank, math.inf)
    if isinstance(value, list | tuple):
        return (rank, tuple(_sort_key(v) for v in value))
    if isinstance(value, NodeRef | RelRef):
        return (rank, str(value.plain()))
    if isinstance(value, dict):
        return (rank, str(value))
    return (rank, value)


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _comparable(a: Any, b: Any) -> bool:
    return (_number(a) and _number(b)) or (type(a) is type(b) and isinstance(a, str | bool))


def _equal(a: Any, b: Any) -> bool | None:
    if a is None or b is None:
        return None
    if _number(a) and _number(b):
        return a == b
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        if len(a) != len(b):
            return False
        results = [_equal(x, y) for x, y in zip(a, b, strict=True)]
        if False in results:
            return False
        return None if None in results else True
    if type(a) is not type(b) and not (isinstance(a, NodeRef | RelRef) and type(a) is type(b)):
        return False
    return a == b


def _compare(op: str, a: Any, b: Any) -> bool | None:
    if op == "=":
        return _equal(a, b)
    if op == "<>":
        eq = _equal(a, b)
        return None if eq is None else not eq
    if a is None or b is None or not _comparable(a, b):
        return None
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _logic(op: str, a: Any, b: Any) -> bool | None:
    for v in (a, b):
        if v is not None and not isinstance(v, bool):
            raise LocalQueryError(f"{op} needs booleans, got {v!r}")
    if op == "AND":
        if a is False or b is False:
            return False
        return None if a is None or b is None else True
    if op == "OR":
        if a is True or b is True:
            return True
        return None if a is None or b is None else False
    return None if a is None or b is None else a != b  # XOR


def _arith(op: str, a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    if op == "+":
        if isinstance(a, list | tuple) or isinstance(b, list | tuple):
            return [*(a if isinstance(a, list | tuple) else [a]),
                    *(b if isinstance(b, list | tuple) else [b])]
        if isinstance(a, str) or isinstance(b, str):
            if isinstance(a, str | int | float) and isinstance(b, str | int | float):
                return f"{_cypher_str(a)}{_cypher_str(b)}"
    if not (_number(a) and _number(b)):
        raise LocalQueryError(f"cannot apply {op} to {a!r} and {b!r}")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if isinstance(a, int) and isinstance(b, int):
        if b == 0:
            raise LocalQueryError("/ by zero")
        quotient = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
        return quotient if op == "/" else a - b * quotient
    if b == 0:
        return math.nan if a == 0 or op == "%" else math.copysign(math.inf, a)
    return a / b if op == "/" else math.fmod(a, b)


def _cypher_str(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _string_op(op: str, a: Any, b: Any) -> bool | None:
    if not (isinstance(a, str) and isinstance(b, str)):
        return None
    if op == "STARTS":
        return a.startswith(b)
    if op == "ENDS":
        return a.endswith(b)
    return b in a


def _in(a: Any, seq: Any) -> bool | None:
    if seq is None:
        return None
    if not isinstance(seq, list | tuple):
        raise LocalQueryError(f"IN needs a list, got {seq!r}")
    unknown = False
    for item in seq:
        eq = _equal(a, item)
        if eq:
            return True
        unknown = unknown or eq is None
    return None if unknown else False


def _fn_size(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str | list | tuple):
        return len(v)
    raise LocalQueryError(f"size() needs a string or a list, got {v!r}")


def _to_int(v: Any) -> Any:
    if v is None or isinstance(v, bool):
        return None if v is None else int(v)
    try:
        return int(float(v)) if isinstance(v, str) else int(v)
    except ValueError:
        return None


def _to_float(v: Any) -> Any:
    try:
        return None if v is None or isinstance(v, bool) else float(v)
    except ValueError:
        return None


def _on_str(fn: Callable[[str], Any]) -> Callable[[Any], Any]:
    return lambda v: None if v is None else fn(v if isinstance(v, str) else _cypher_str(v))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "type": lambda r: None if r is None else r.type,
    "labels": lambda n: None if n is None else sorted(n.labels),
    "tolower": _on_str(str.lower),
    "toupper": _on_str(str.upper),
    "trim": _on_str(str.strip),
    "tostring": _on_str(str),
    "size": _fn_size,
    "coalesce": lambda *vs: next((v for v in vs if v is not None), None),
    "tointeger": _to_int,
    "tofloat": _to_float,
    "abs": lambda v: None if v is None else abs(v),
    "startnode": lambda r: r,  # replaced in _Evaluator (needs the graph)
    "endnode": lambda r: r,
}


def _collect(values: list) -> list:
    return [v for v in values if v is not None]


def _avg(values: list) -> Any:
    vals = _collect(values)
    return sum(vals) / len(vals) if vals else None


AGGREGATES: dict[str, Callable[[list], Any]] = {
    "count": lambda vs: len(_collect(vs)),
    "sum": lambda vs: sum(_collect(vs)) if _collect(vs) else 0,
    "avg": _avg,
    "min": lambda vs: min(_collect(vs), key=_sort_key) if _collect(vs) else None,
    "max": lambda vs: max(_collect(vs), key=_sort_key) if _collect(vs) else None,
    "collect": _collect,
}


def _has_aggregate(expr: Any) -> bool:
    if not isinstance(expr, tuple):
        return False
    if expr[0] == "count*" or (expr[0] == "call" and expr[1] in AGGREGATES):
        return True
    return any(_has_aggregate(part) for part in expr[1:] if isinstance(part, tuple)) or any(
        _has_aggregate(x) for part in expr[1:] if isinstance(part, list) for x in part)


class _Evaluator:
    def __init__(self, view: _GraphView, params: dict[str, Any]):
        self.view = view
        self.params = params

    def value(self, expr: Any, env: dict[str, Any]) -> Any:
        kind = expr[0]
        if kind == "lit":
            return expr[1]
        if kind == "param":
            if expr[1] not in self.params:
                raise LocalQueryError(f"missing parameter ${expr[1]} (use --param {expr[1]}=...)")
            return self.params[expr[1]]
        if kind == "var":
            if expr[1] not in env:
                raise LocalQueryError(f"variable {expr[1]!r} is not defined")
            return env[expr[1]]
        if kind == "prop":
            base = self.value(expr[1], env)
            if base is None:
                return None
            if isinstance(base, NodeRef | RelRef):
                return _freeze_out(base.get(expr[2]))
            if isinstance(base, dict):
                return base.get(expr[2])
            raise LocalQueryError(f"cannot read property {expr[2]!r} of {base!r}")
        if kind == "list":
            return [self.value(e, env) for e in expr[1]]
        if kind == "index":
            seq, i = self.value(expr[1], env), self.value(expr[2], env)
            if seq is None or i is None:
                return None
            if not isinstance(i, int) or not isinstance(seq, list | tuple):
                raise LocalQueryError("list index needs a list and an integer")
            return seq[i] if -len(seq) <= i < len(seq) else None
        if kind == "not":
            v = self.value(expr[1], env)
            return None if v is None else not _bool(v)
        if kind == "neg":
            v = self.value(expr[1], env)
            return None if v is None else -v
        if kind == "isnull":
            v = self.value(expr[1], env)
            return (v is not None) if expr[2] else (v is None)
        if kind == "bin":
            return self.binary(expr, env)
        if kind == "call":
            if expr[1] in AGGREGATES:
                raise LocalQueryError(f"{expr[1]}() is only allowed in RETURN")
            args = [self.value(a, env) for a in expr[2]]
            if expr[1] in ("startnode", "endnode"):
                rel = args[0]
                if rel is None:
                    return None
                end = rel.source if expr[1] == "startnode" else rel.target
                return self.view.nodes[self.view.by_id[end]]
            try:
                return FUNCTIONS[expr[1]](*args)
            except TypeError as exc:
                raise LocalQueryError(f"{expr[1]}(): {exc}") from exc
        raise LocalQueryError("count(*) is only allowed in RETURN")

    def binary(self, expr: Any, env: dict[str, Any]) -> Any:
        op = expr[1]
        a = self.value(expr[2], env)
        if op in ("AND", "OR", "XOR"):
            return _logic(op, _bool_or_none(a), _bool_or_none(self.value(expr[3], env)))
        b = self.value(expr[3], env)
        if op in ("=", "<>", "<", "<=", ">", ">="):
            return _compare(op, a, b)
        if op in ("STARTS", "ENDS", "CONTAINS"):
            return _string_op(op, a, b)
        if op == "IN":
            return _in(a, b)
        return _arith(op, a, b)


def _freeze_out(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise LocalQueryError(f"expected a boolean, got {v!r}")
    return v


def _bool_or_none(v: Any) -> bool | None:
    return None if v is None else _bool(v)


# ----------------------------------------------------------------------------- matching

def _check_pattern(q: Query) -> None:
    for nodes, rels in q.chains:
        for node in nodes:
            if names.DOCUMENT_LABEL in node.labels:
                raise UnsupportedQuery(
                    "Document nodes are not in the local graph (it holds entities and their "
                    f"relations){_HINT}")
        for rel in rels:
            if names.MENTIONS_TYPE in rel.types:
                raise UnsupportedQuery(
                    f"MENTIONS links are not in the local graph (it holds entities and their "
                    f"relations){_HINT}")


def _node_ok(ev: _Evaluator, pat: NodePat, ref: NodeRef, env: dict) -> bool:
    if any(label not in ref.labels for label in pat.labels):
        return False
    return all(_equal(_freeze_out(ref.get(k)), ev.value(v, env)) is True for k, v in pat.props)


def _rel_ok(ev: _Evaluator, pat: RelPat, ref: RelRef, env: dict) -> bool:
    if pat.types and ref.type not in pat.types:
        return False
    return all(_equal(_freeze_out(ref.get(k)), ev.value(v, env)) is True for k, v in pat.props)


def _bind(env: dict, var: str | None, value: Any) -> dict | None:
    if var is None:
        return env
    if var in env:
        return env if env[var] == value else None
    return {**env, var: value}


def _match_chain(ev: _Evaluator, nodes: list[NodePat], rels: list[RelPat], env: dict,
                 used: frozenset) -> Iterator[tuple[dict, frozenset]]:
    view = ev.view
    first = nodes[0]
    if first.var and first.var in env:
        bound_ref = env[first.var]
        starts = [view.key_of[bound_ref]] if isinstance(bound_ref, NodeRef) else []
    else:
        starts = list(view.nodes)
    for key in starts:
        ref = view.nodes[key]
        bound = _bind(env, first.var, ref)
        if bound is not None and _node_ok(ev, first, ref, bound):
            yield from _extend(ev, nodes, rels, 0, key, bound, used)


def _extend(ev: _Evaluator, nodes: list[NodePat], rels: list[RelPat], i: int, at: Any,
            env: dict, used: frozenset) -> Iterator[tuple[dict, frozenset]]:
    if i == len(rels):
        yield env, used
        return
    pat, nxt = rels[i], nodes[i + 1]
    steps = ev.view.out(at) if pat.forward else ev.view.into(at)
    for rel, other in steps:
        rid = (rel.source, rel.target, rel.key)
        if rid in used:
            continue  # Cypher: a relationship is used once per MATCH
        env1 = _bind(env, pat.var, rel)
        if env1 is None or not _rel_ok(ev, pat, rel, env1):
            continue
        ref = ev.view.nodes[other]
        env2 = _bind(env1, nxt.var, ref)
        if env2 is None or not _node_ok(ev, nxt, ref, env2):
            continue
        yield from _extend(ev, nodes, rels, i + 1, other, env2, used | {rid})


def _matches(ev: _Evaluator, q: Query) -> Iterator[dict]:
    def step(k: int, env: dict, used: frozenset) -> Iterator[dict]:
        if k == len(q.chains):
            yield env
            return
        nodes, rels = q.chains[k]
        for env1, used1 in _match_chain(ev, nodes, rels, env, used):
            yield from step(k + 1, env1, used1)

    for env in step(0, {}, frozenset()):
        if q.where is None or ev.value(q.where, env) is True:
            yield env


# ----------------------------------------------------------------------------- projection

def _aggregate_value(ev: _Evaluator, expr: Any, group: list[dict]) -> Any:
    if expr[0] == "count*":
        return len(group)
    if expr[0] == "call" and expr[1] in AGGREGATES:
        if len(expr[2]) != 1:
            raise LocalQueryError(f"{expr[1]}() takes one argument")
        values = [ev.value(expr[2][0], env) for env in group]
        if expr[3]:
            seen, distinct = set(), []
            for v in values:
                k = _hashable(v)
                if k not in seen:
                    seen.add(k)
                    distinct.append(v)
            values = distinct
        return AGGREGATES[expr[1]](values)
    if _has_aggregate(expr):
        raise UnsupportedQuery(f"an expression around an aggregate{_HINT}")
    return ev.value(expr, group[0]) if group else None


def _hashable(v: Any) -> Any:
    if isinstance(v, list | tuple):
        return ("__list__", tuple(_hashable(x) for x in v))
    if isinstance(v, dict):
        return ("__map__", tuple(sorted((k, _hashable(x)) for k, x in v.items())))
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _project(ev: _Evaluator, q: Query, envs: list[dict]) -> tuple[list[list], list[dict]]:
    """Rows of RETURN values, and for each row the environment ORDER BY sees."""
    aggregated = any(_has_aggregate(item.expr) for item in q.items)
    rows, scopes = [], []
    if not aggregated:
        for env in envs:
            row = [ev.value(item.expr, env) for item in q.items]
            rows.append(row)
            scopes.append({**env, **{it.name: v for it, v in zip(q.items, row, strict=True)}})
        return rows, scopes
    keys = [item for item in q.items if not _has_aggregate(item.expr)]
    groups: dict[Any, list[dict]] = {}
    for env in envs:
        k = tuple(_hashable(ev.value(item.expr, env)) for item in keys)
        groups.setdefault(k, []).append(env)
    if not keys and not groups:
        groups[()] = []
    for group in groups.values():
        row = [_aggregate_value(ev, item.expr, group) for item in q.items]
        rows.append(row)
        # After an aggregation ORDER BY sees only what RETURN projects (as in Neo4j).
        scopes.append({it.name: v for it, v in zip(q.items, row, strict=True)})
    return rows, scopes


def _order_value(ev: _Evaluator, q: Query, expr: Any, scope: dict) -> Any:
    for item in q.items:  # ORDER BY may repeat a RETURN expression verbatim
        if item.expr == expr:
            return scope[item.name]
    if _has_aggregate(expr):
        raise UnsupportedQuery(f"an aggregate in ORDER BY that is not in RETURN{_HINT}")
    return ev.value(expr, scope)


def _count(ev: _Evaluator, expr: Any, what: str) -> int:
    v = ev.value(expr, {})
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise LocalQueryError(f"{what} needs a non-negative integer, got {v!r}")
    return v


def _plain(v: Any) -> Any:
    if isinstance(v, NodeRef | RelRef):
        return {k: _freeze_out(x) for k, x in v.plain().items()}
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    return v


def run_local(graph: nx.MultiDiGraph, query: str, params: dict[str, Any] | None = None
              ) -> QueryResult:
    """Answer a read-only Cypher query on newsgraph's MultiDiGraph, or refuse it.

    Raises :class:`UnsupportedQuery` when the query uses Cypher outside the subset
    documented in this module, :class:`LocalQueryError` when it is malformed.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("e1", name="Northern Brigade", type="ORG", aliases=[])
    >>> G.add_node("e2", name="Port Sela", type="GPE", aliases=[])
    >>> _ = G.add_edge("e1", "e2", key="strike", relation_class="ATTACK", count=2)
    >>> run_local(G, "MATCH (a)-[r:STRIKE]->(b:Place) RETURN a.name, r.count").rows
    [['Northern Brigade', 2]]
    """
    q = _Parser(query).parse()
    _check_pattern(q)
    ev = _Evaluator(_GraphView(graph), dict(params or {}))
    rows, scopes = _project(ev, q, list(_matches(ev, q)))
    if q.distinct:  # ORDER BY then sees only what RETURN projects (as in Neo4j)
        seen, unique_rows = set(), []
        for row in rows:
            k = tuple(_hashable(_plain(v)) for v in row)
            if k not in seen:
                seen.add(k)
                unique_rows.append(row)
        rows = unique_rows
        scopes = [{it.name: v for it, v in zip(q.items, row, strict=True)} for row in rows]
    if q.order:
        order = list(range(len(rows)))
        for expr, descending in reversed(q.order):
            order.sort(key=lambda i, e=expr: _sort_key(_order_value(ev, q, e, scopes[i])),
                       reverse=descending)
        rows = [rows[i] for i in order]
    start = _count(ev, q.skip, "SKIP") if q.skip is not None else 0
    rows = rows[start:]
    if q.limit is not None:
        rows = rows[:_count(ev, q.limit, "LIMIT")]
    return QueryResult([item.name for item in q.items], [[_plain(v) for v in row] for row in rows])
