"""The README stays true: its commands exist, have help, and run on the examples."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCES = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.S | re.M)
BLOCKS = [body for lang, body in FENCES if lang in ("", "bash", "sh", "console")]
# Lines that need a Neo4j server, a Dask cluster or a shell pipeline run in their own tests.
NOT_HERE = ("newsgraph neo4j", "tcp://", "|", "docker", "$(")


def _command_lines() -> list[str]:
    lines = []
    for block in BLOCKS:
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("printf ") or (
                line.startswith("newsgraph ") and not any(marker in line for marker in NOT_HERE)
            ):
                lines.append(line)
    return lines


def _all_commands(group=cli, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _all_commands(command, (*prefix, name))


def test_readme_starts_with_the_two_commands():
    assert BLOCKS[0].strip() == "pip install . && newsgraph build examples/ --store kg.db"
    assert BLOCKS[1].strip() == "pip install -e '.[test]' && python -m pytest -q"
    assert BLOCKS[1].strip() in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("path", [p for p, _ in _all_commands()], ids=" ".join)
def test_every_command_has_help_and_a_readme_line(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    command = dict(_all_commands())[path]
    assert command.help and len(command.help) > 20
    assert f"newsgraph {' '.join(path)}" in README, f"README never shows `newsgraph {' '.join(path)}`"


def test_readme_commands_run_on_the_examples(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for line in ["newsgraph build examples/ --store kg.db", *_command_lines()]:
        if line.startswith("printf "):  # a README line that writes an input file
            subprocess.run(line, shell=True, check=True, cwd=tmp_path)
            continue
        args = shlex.split(line)[1:]
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, f"`{line}` failed:\n{result.output}"


def test_readme_python_blocks_run(tmp_path, monkeypatch):
    """The README's Python snippets run as written (a user roles file beside them)."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "my_roles.yaml").write_text("roles: [quartermaster]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    blocks = [body for lang, body in FENCES if lang == "python"]
    assert blocks, "the README shows no Python"
    for body in blocks:
        exec(compile(body, "README.md", "exec"), {"__name__": "__main__"})  # noqa: S102
    assert (tmp_path / "kg.db").exists()
