"""Entity lookup, profiles and shortest chains."""

from __future__ import annotations

import pytest

from newsgraph.graph.build import graph_from_triples
from newsgraph.graph.errors import EntityNotFound, NoPath
from newsgraph.graph.profile import (
    find_entity,
    profile,
    render_chains,
    render_profile,
    shortest_chains,
)
from newsgraph.graph.synthetic import triple
from newsgraph.model import Entity


@pytest.fixture(scope="module")
def G():
    entities = [Entity("kh", "Kataib Hezbollah", "ORG", ("KH", "Hezbollah Brigades"), 9, 4),
                Entity("us", "United States", "GPE", ("US", "Washington"), 6, 3),
                Entity("iran", "Iran", "GPE", (), 5, 3),
                Entity("pm", "Prime Minister", "PERSON", (), 1, 1),
                Entity("cab", "Cabinet", "ORG", (), 1, 1)]
    triples = [
        triple("KH", "strike", "US", subject_id="kh", object_id="us", doc="d2", date="2024-02-03",
               sentence="Kataib Hezbollah struck a US base in February."),
        triple("KH", "strike", "US", subject_id="kh", object_id="us", doc="d1", date="2024-01-10",
               sentence="Kataib Hezbollah struck US troops in January."),
        triple("Iran", "fund", "KH", subject_id="iran", object_id="kh", doc="d1", date="2024-01-10",
               sentence="Iran funds Kataib Hezbollah."),
        triple("US", "sanction", "Iran", subject_id="us", object_id="iran", doc="d3",
               date="2024-03-01", sentence="Washington sanctioned Iran."),
        triple("PM", "chair", "Cabinet", subject_id="pm", object_id="cab", doc="d4",
               sentence="The prime minister chaired the cabinet."),
    ]
    return graph_from_triples(entities, triples)


@pytest.mark.parametrize("query", ["kh", "Kataib Hezbollah", "kataib  HEZBOLLAH", "hezbollah brigades"])
def test_find_by_id_name_or_alias(G, query):
    assert find_entity(G, query) == "kh"


def test_unknown_entity_suggests_close_names(G):
    with pytest.raises(EntityNotFound) as info:
        find_entity(G, "Kataib Hizbollah")
    assert info.value.suggestions[0] == "Kataib Hezbollah"
    assert "did you mean: 'Kataib Hezbollah'" in str(info.value)


def test_profile_groups_relations_with_dated_evidence(G):
    p = profile(G, "KH")
    assert (p.name, p.type, p.aliases) == ("Kataib Hezbollah", "ORG", ["KH", "Hezbollah Brigades"])
    assert list(p.groups) == ["strike ->", "<- fund"]
    strike = p.groups["strike ->"][0]
    assert (strike.other_name, strike.count, strike.first_seen) == ("United States", 2, "2024-01-10")
    assert [e["date"] for e in strike.evidence] == ["2024-01-10", "2024-02-03"]
    text = render_profile(p)
    assert text.index("in January") < text.index("in February")
    assert "<- fund" in text and "Iran" in text


def test_shortest_chains_show_the_stated_direction(G):
    chains = shortest_chains(G, "Iran", "US")
    assert [[(h.source, h.target) for h in c] for c in chains] == [[("iran", "us")]]
    assert chains[0][0].relations[0]["direction"] == "<-"  # the US sanctioned Iran
    two = shortest_chains(G, "Iran", "US", limit=5)
    assert len(two) == 1
    text = render_chains(shortest_chains(G, "Prime Minister", "Cabinet"))
    assert "Prime Minister -[chair x1]-> Cabinet" in text


def test_no_path_between_separate_parts(G):
    with pytest.raises(NoPath, match="no chain of relations between actors links 'Iran' and 'Cabinet'"):
        shortest_chains(G, "Iran", "Cabinet")
