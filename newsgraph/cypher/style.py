"""The Neo4j browser's style sheet for newsgraph's graph, in GraSS.

GraSS (Graph Style Sheet) is the CSS-like format of the Neo4j browser: a rule per node
label (``node.Person { color: ...; caption: "{name}"; }``) and per relationship type.
Colours, sizes and captions come from ``newsgraph/data/neo4j_style.yaml``; the labels are
the loader's (:mod:`newsgraph.cypher.names`), so every label the loader can create has a
rule. Apply it in the browser with ``:style`` (drop the file on the style panel, or paste
``:style`` followed by its text), or for a whole team with ``browser.post_connect_cmd``.

>>> 'node.Person {' in grass()
True
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.cypher import names
from newsgraph.datafiles import parse_mapping, shipped_text

__all__ = ["STYLE_FILE", "grass", "write_grass"]

STYLE_FILE = "neo4j_style.yaml"


def _node_rule(label: str, spec: dict) -> str:
    return "\n".join([
        f"node.{label} {{",
        f"  color: {spec['color']};",
        f"  border-color: {spec['border']};",
        "  border-width: 2px;",
        f"  text-color-internal: {spec['text']};",
        f"  diameter: {spec['diameter']};",
        "  font-size: 10px;",
        f"  caption: \"{{{spec['caption']}}}\";",
        "}",
    ])


def _relationship_rule(selector: str, spec: dict) -> str:
    return "\n".join([
        f"{selector} {{",
        f"  color: {spec['color']};",
        f"  shaft-width: {spec['width']};",
        "  font-size: 8px;",
        "  padding: 3px;",
        "  text-color-external: #000000;",
        "  text-color-internal: #FFFFFF;",
        f"  caption: \"{spec['caption']}\";",
        "}",
    ])


def grass(style: dict | None = None) -> str:
    """The GraSS text: a generic ``node`` and ``relationship`` rule, then one rule per label
    (Entity first, so the second label's rule wins) and per styled relationship type."""
    style = style or parse_mapping(shipped_text(STYLE_FILE), STYLE_FILE, "a Neo4j style")
    nodes, rels = style["nodes"], style["relationships"]
    labels = [names.ENTITY_LABEL, *sorted(set(names.NODE_LABELS.values())), names.DOCUMENT_LABEL]
    missing = [label for label in labels if label not in nodes]
    if missing:
        raise ValueError(f"{STYLE_FILE} has no style for the labels {missing}")
    rules = [_node_rule("", nodes[names.ENTITY_LABEL]).replace("node. {", "node {", 1),
             _relationship_rule("relationship", rels["default"])]
    rules += [_node_rule(label, nodes[label]) for label in labels]
    rules += [_relationship_rule(f"relationship.{rel_type}", spec)
              for rel_type, spec in rels.items() if rel_type != "default" and names.is_safe_identifier(rel_type)]
    return "\n\n".join(rules) + "\n"


def write_grass(path: str | Path) -> Path:
    """Write :func:`grass` to ``path``; return the path."""
    out = Path(path)
    out.write_text(grass(), encoding="utf-8")
    return out
