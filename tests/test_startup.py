"""Start-up: --help, --version and a bad invocation answer without importing the heavy stack."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "networkx", "neo4j", "scipy", "rich", "trafilatura", "rapidfuzz")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["build", "--help"], ["query", "--help"],
                                  ["build"], ["no-such-command"]])
def test_help_version_and_usage_errors_import_nothing_heavy(args):
    probe = ("import sys\nfrom newsgraph.cli import cli\n"
             f"try:\n    cli.main({args!r}, prog_name='newsgraph')\nexcept SystemExit as exc:\n    code = exc.code\n"
             f"print('LOADED', sorted(m for m in {HEAVY!r} if m in sys.modules))\nprint('EXIT', code)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120).stdout
    assert "LOADED []" in out, out
    assert ("EXIT 0" in out) == (args[-1] in ("--help", "--version")), out


def test_query_formats_match_the_query_module():
    from newsgraph.cli import QUERY_FORMATS
    from newsgraph.cypher.query import OUTPUT_FORMATS

    assert QUERY_FORMATS == OUTPUT_FORMATS


def test_local_query_bounds_match_the_engine_defaults():
    from newsgraph.cli import LOCAL_MAX_ROWS, LOCAL_TIMEOUT
    from newsgraph.cypher.mirror import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT

    assert (LOCAL_TIMEOUT, LOCAL_MAX_ROWS) == (DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS)


def test_a_second_build_in_one_process_reuses_the_pipeline():
    """A notebook that builds again (or a test suite that builds hundreds of stores) gets the
    pipeline it loaded before: a pipeline loaded anew each time was frozen out of the garbage
    collector's sight and never freed, about 47 MB more per build."""
    from newsgraph.extract.pipeline import load_model

    assert load_model() is load_model()
    assert load_model(gazetteer=False) is not load_model()
