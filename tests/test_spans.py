"""Argument spans keep a bracket or quote only with its partner."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.spans import trim_span
from tests.handparse import hand_doc


def parsed(words: list[str], deps: list[str], root: int) -> Doc:
    return hand_doc(words, [root] * len(words), deps)


@pytest.mark.parametrize(
    ("words", "deps", "root", "end", "expected"),
    [
        (["a", "\u2018", "one-way", "drone", "\u2019", "used"],
         ["det", "punct", "amod", "ROOT", "punct", "acl"], 3, 5, "\u2018 one-way drone \u2019"),
        (["a", "\u2018", "one-way", "drone", "\u2019", "used"],
         ["det", "punct", "amod", "ROOT", "punct", "acl"], 3, 4, "one-way drone"),
        (["the", '"', "Resistance", '"'], ["det", "punct", "ROOT", "punct"], 2, 4, '" Resistance "'),
        (["the", '"', "Resistance", '"'], ["det", "punct", "ROOT", "punct"], 2, 3, "Resistance"),
        (["(", "US", ")", "forces"], ["punct", "compound", "punct", "ROOT"], 3, 4, "( US ) forces"),
    ],
)
def test_an_edge_quote_or_bracket_stays_only_with_its_partner(words, deps, root, end, expected):
    assert trim_span(parsed(words, deps, root)[0:end]).text == expected


def test_a_graph_mention_ends_before_a_relative_clause_inside_it():
    from newsgraph.extract.spans import arg_bounds

    words = ["arrests", "of", "two", "men", "who", "ran", "a", "station"]
    heads = [0, 0, 3, 1, 5, 3, 7, 5]
    deps = ["ROOT", "prep", "nummod", "pobj", "nsubj", "relcl", "det", "dobj"]
    doc = hand_doc(words, heads, deps)
    assert arg_bounds(doc[0], mention=True) == (0, 4)  # "arrests of two men"
    assert arg_bounds(doc[0]) == (0, 8)  # the OpenIE argument keeps the clause


def test_a_coordination_inside_one_name_is_no_pair_of_conjuncts() -> None:
    """ "Walker and Worts Ltd" tagged as one organisation: "Worts" is no second company."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from newsgraph.extract.spans import same_entity

    doc = Doc(Vocab(), words=["Acme", "bought", "Walker", "and", "Worts", "Ltd", "and", "Vell", "Inc"])
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 6, "ORG"), Span(doc, 7, 9, "ORG")]
    assert same_entity(doc[2], doc[4])
    assert not same_entity(doc[2], doc[7])
    assert not same_entity(doc[0], doc[2])
