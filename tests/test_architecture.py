"""The tree tells the story: each room imports only rooms before it, and nothing imports in a circle.

documents -> extract (and runners) -> store -> resolve -> graph -> cypher, with a few
foundation modules (records, label groups, name folding, errors) below them all and the
composition layers (lexicon, build, cli) above. Imports made only for type checking
(``if TYPE_CHECKING:``) do not count: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsgraph"

#: Rank of each room: a module may import modules of its own rank or lower, never higher.
RANKS = [
    (0, ("newsgraph", "newsgraph.errors", "newsgraph.labels", "newsgraph.model", "newsgraph.datafiles",
         "newsgraph.output")),
    (1, ("newsgraph.names",)),
    (2, ("newsgraph.documents",)),
    (3, ("newsgraph.extract",)),
    (4, ("newsgraph.runners", "newsgraph.distributed")),
    (5, ("newsgraph.store",)),
    (6, ("newsgraph.resolve",)),
    (7, ("newsgraph.lexicon",)),
    (8, ("newsgraph.graph",)),
    (9, ("newsgraph.cypher",)),
    (10, ("newsgraph.build",)),
    (11, ("newsgraph.cli", "newsgraph.__main__")),
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _rank(module: str) -> int:
    best = None
    for rank, prefixes in RANKS:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (
                    best is None or len(prefix) > best[1]):
                best = (rank, len(prefix))
    assert best is not None, f"{module} has no room in RANKS"
    return best[0]


def _runtime_imports(tree: ast.AST, modules: set[str]) -> set[str]:
    """newsgraph modules imported anywhere in the file except under ``if TYPE_CHECKING:``
    (``from newsgraph.graph import analyse`` imports the module ``analyse``)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsgraph"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsgraph"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imports = _runtime_imports(ast.parse(path.read_text(encoding="utf-8")), set(modules))
        graph[name] = {m for m in imports if m in modules and m != name}
    return graph


GRAPH = _graph()


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_room_imports_only_rooms_before_it(module):
    later = sorted(m for m in GRAPH[module] if _rank(m) > _rank(module))
    assert not later, f"{module} imports later rooms: {later}"


def test_no_import_cycles():
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
