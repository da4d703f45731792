"""names.py: the only text that reaches a query unparameterised is built from [A-Z0-9_]."""

from __future__ import annotations

import re

import pytest

from newsgraph.cypher.names import is_safe_identifier, node_label, relationship_type

HOSTILE = [
    "x`]->() DETACH DELETE n //", "}]->() MATCH (n) DETACH DELETE n", "a'b\"c\\d",
    "tab\tnew\nline\x00\x07", "🔥🚀", "", "   ", "``", "$rows", "1st_strike", "mentions",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_relationship_types_use_only_safe_characters(text):
    name = relationship_type(text)
    assert re.fullmatch(r"[A-Z_][A-Z0-9_]*", name)
    assert is_safe_identifier(name)


def test_readable_names_for_ordinary_predicates():
    assert relationship_type("strike") == "STRIKE"
    assert relationship_type("part_of") == "PART_OF"
    assert relationship_type("not_strike") == "NOT_STRIKE"
    assert relationship_type("négocier avec") == "NEGOCIER_AVEC"
    assert relationship_type("1st_strike") == "R_1ST_STRIKE"
    assert relationship_type("") == relationship_type(None) == "RELATED_TO"


def test_mentions_stays_reserved_for_documents():
    assert relationship_type("mentions") == "MENTIONS_REL"


def test_node_labels_come_from_a_fixed_list():
    assert [node_label(t) for t in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "CONCEPT")] == [
        "Person", "Organization", "Place", "Place", "Place", "Group", "Concept"]
    assert node_label("Person") == "Person"
    assert node_label("x`) DETACH DELETE n") == "Concept"
    assert node_label(None) == "Concept"
