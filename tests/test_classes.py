"""Relation classes (newsgraph.extract.classes): the packaged table and user extensions."""

from __future__ import annotations

import pytest

from newsgraph.extract.classes import (
    CLASSES,
    RelationClassError,
    load_classes,
    normalise_predicate,
    relation_class,
)


@pytest.mark.parametrize(
    "predicate,expected",
    [
        ("strike", "ATTACK"),
        ("fire_at", "ATTACK"),
        ("bomb", "ATTACK"),
        ("kill", "KILL"),
        ("detain", "ARREST"),
        ("fund", "SUPPORT"),
        ("part_of", "MEMBER_OF"),
        ("member_of", "MEMBER_OF"),
        ("commander_of", "LEADS"),
        ("prime_minister_of", "LEADS"),  # the whole role beats its head noun
        ("defense_secretary_of", "REPRESENTS"),  # falls back to the head noun "secretary"
        ("spokesperson_of", "REPRESENTS"),
        ("say", "STATEMENT"),
        ("accuse_of", "ACCUSE"),
        ("vow_to_force", "THREATEN"),  # the governing verb: a vow, not a forcing
        ("operate_in", "LOCATED_IN"),
        ("strike_at", "ATTACK"),  # first word when the whole predicate is unknown
        ("continue_to_attack", "ATTACK"),  # "continue" is transparent
        ("be_kill_in", "KILL"),  # a passive as the clause extractor writes it
        ("is_a", "IS_A"),
    ],
)
def test_packaged_classes(predicate, expected):
    assert relation_class(predicate) == expected


def test_matching_ignores_case_spaces_and_hyphens():
    assert normalise_predicate(" Fire  At ") == "fire_at"
    assert relation_class("Fire At") == "ATTACK"
    assert relation_class("Secretary-General_of") == "LEADS"


def test_unknown_predicates_have_no_class():
    assert relation_class("carry_out") is None
    assert relation_class("") is None
    assert relation_class("try_to_kill") is None  # an attempt is not a killing


def test_class_listing():
    for name in ("ATTACK", "KILL", "ARREST", "SUPPORT", "MEMBER_OF", "LEADS", "STATEMENT",
                 "MEET", "NEGOTIATE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST",
                 "COOPERATE", "IS_A"):
        assert name in CLASSES
    assert list(CLASSES) == sorted(CLASSES)


def test_user_file_adds_classes_and_moves_predicates(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "classes:\n"
        "  CYBER:\n"
        "    description: attacks on computer systems\n"
        "    predicates: [hack, ddos, Breach]\n"
        "  ATTACK: [carry_out]\n"
        "  KILL: [eliminate]\n",
        encoding="utf-8",
    )
    classes = load_classes(extra)
    assert classes.classify("hack") == "CYBER"
    assert classes.classify("breach_into") == "CYBER"
    assert classes.classify("carry_out") == "ATTACK"
    assert classes.classify("eliminate") == "KILL"
    assert classes.classify("strike") == "ATTACK"  # the packaged table is still there
    assert "CYBER" in classes.classes
    assert classes.descriptions["CYBER"] == "attacks on computer systems"
    assert relation_class("hack") is None  # the default table is not changed


def test_user_file_moves_a_packaged_predicate(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("classes:\n  ATTACK: [seize]\n", encoding="utf-8")
    assert relation_class("seize") == "ARREST"
    assert load_classes(extra).classify("seize") == "ATTACK"


def test_user_transparent_verbs(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("transparent: [try]\n", encoding="utf-8")
    assert load_classes(extra).classify("try_to_kill") == "KILL"


def test_invalid_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  ATTACK: [strike\n  KILL: kill\n", encoding="utf-8")
    with pytest.raises(RelationClassError, match=r"bad\.yaml, line \d+, column \d+: not valid YAML"):
        load_classes(bad)


def test_predicate_in_two_classes_of_one_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  A: [hack]\n  B: [hack]\n", encoding="utf-8")
    with pytest.raises(RelationClassError, match="'hack' is in both A and B"):
        load_classes(bad)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RelationClassError, match="nope.yaml: cannot read"):
        load_classes(tmp_path / "nope.yaml")


def test_wrong_shape_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes: [strike, kill]\n", encoding="utf-8")
    with pytest.raises(RelationClassError, match="'classes' must map class names"):
        load_classes(bad)


def test_a_user_classes_file_reaches_extraction_through_the_run_lexicon(tmp_path):
    """--relation-classes: the run's Lexicon carries the user's table; the shipped one is unchanged."""
    from click.testing import CliRunner

    from newsgraph.cli import cli
    from newsgraph.lexicon import Lexicon

    extra = tmp_path / "mine.yaml"
    extra.write_text("classes:\n  CYBER: [hack]\n", encoding="utf-8")
    assert Lexicon.load(relation_classes=extra).classes.classify("hack") == "CYBER"
    assert Lexicon.load().classes.classify("hack") is None and relation_class("hack") is None
    text = "The Northern Front hacked the ministry of finance on Monday.\n"
    result = CliRunner().invoke(cli, ["extract", "--relation-classes", str(extra), "--format", "csv", "-"],
                                input=text)
    assert result.exit_code == 0, result.output
    assert ",hack," in result.output and "CYBER" in result.output


def test_cli_refuses_a_bad_classes_file_before_reading_sources(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    monkeypatch.delenv("NEWSGRAPH_RELATION_CLASSES", raising=False)  # restored after the test
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  A: [hack]\n  B: [hack]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--relation-classes", str(bad), "-"], input="")
    assert result.exit_code == 2
    assert f"Invalid value for '--relation-classes': {bad}: predicate 'hack' is in both A and B" \
        in result.output


@pytest.mark.parametrize(
    "predicate,object_head,expected",
    [
        ("carry_out", "raid", "ATTACK"),
        ("conduct", "strikes", "ATTACK"),  # plural object
        ("carry_out", "arrests", "ARREST"),
        ("impose", "sanctions", "SANCTION"),
        ("hold", "talks", "NEGOTIATE"),
        ("carry_out", None, None),  # without its object a light verb says nothing
        ("launch", "campaign", None),
        ("say", "strikes", "STATEMENT"),  # a verb with its own class keeps it
        ("order", "strike", None),  # ordering is not a light verb
    ],
)
def test_light_verbs_take_their_object_class(predicate, object_head, expected):
    assert relation_class(predicate, object_head) == expected
