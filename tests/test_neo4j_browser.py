"""The Neo4j browser kit: the GraSS style file and the analyst queries as snippets."""

from __future__ import annotations

import re

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.cypher import names
from newsgraph.cypher.query import query_defaults, shipped_queries
from newsgraph.cypher.snippets import snippet_queries, snippets

RULE = re.compile(r"^(node|relationship)(?:\.(\w+))? \{\n((?:  [a-z-]+: [^;\n]+;\n)+)\}$", re.M)


def rules(text: str) -> dict[str, dict[str, str]]:
    """{selector: {property: value}}; every block of the file must parse."""
    found = {}
    for kind, name, body in RULE.findall(text):
        found[f"{kind}.{name}" if name else kind] = dict(
            line.strip().rstrip(";").split(": ", 1) for line in body.splitlines())
    assert text.count("{\n") == len(found), "a block of the style file does not parse"
    return found


def test_style_has_a_colour_and_a_name_caption_for_every_label(tmp_path):
    out = tmp_path / "newsgraph.grass"
    result = CliRunner().invoke(cli, ["neo4j", "style", "-o", str(out)])
    assert result.exit_code == 0, result.output
    style = rules(out.read_text(encoding="utf-8"))
    labels = {*names.NODE_LABELS.values(), names.ENTITY_LABEL, names.DOCUMENT_LABEL}
    assert {f"node.{label}" for label in labels} <= set(style)
    for label in labels - {names.DOCUMENT_LABEL}:
        assert style[f"node.{label}"]["caption"] == '"{name}"'
    assert style["node.Document"]["caption"] == '"{title}"'
    second = [style[f"node.{label}"]["color"] for label in set(names.NODE_LABELS.values())]
    assert len(set(second)) == len(second), "one colour per label"
    assert style["relationship"]["caption"] == '"<type>"'
    # Entity's rule comes before the second labels', so theirs win in the browser
    text = out.read_text(encoding="utf-8")
    assert text.index("node.Entity {") < min(text.index(f"node.{label} {{") for label in names.NODE_LABELS.values())


def test_snippets_set_parameters_then_run_each_shipped_query():
    text = snippets()
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(shipped_queries())
    for block, (name, query) in zip(blocks, sorted(shipped_queries().items()), strict=True):
        assert block.startswith(f"// {name}\n")
        params = set(re.findall(r"\$([A-Za-z_]\w*)", query))
        assert {line.split()[1] for line in block.splitlines() if line.startswith(":param ")} == params, name
        assert all(line.endswith(";") for line in block.splitlines() if line.startswith(":param "))
        assert block.endswith(";")
    assert ":param actor => 'Northern Liberation Front';" in text
    assert all(":param" not in q for q in snippet_queries())


def test_defaults_of_a_query_file_and_params_override_them():
    assert query_defaults(shipped_queries()["paths_between"]) == {
        "from": "Dario Vukan", "to": "Northern Liberation Front", "limit": 25}
    assert query_defaults("// :param since => null\n// :param q => 'it\\'s'\nRETURN 1") == {"since": None, "q": "it's"}
    assert query_defaults("RETURN 1") == {}


def test_snippets_to_a_file(tmp_path):
    out = tmp_path / "snippets.cypher"
    result = CliRunner().invoke(cli, ["neo4j", "snippets", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == snippets()
