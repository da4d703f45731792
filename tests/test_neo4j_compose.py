"""docker-compose.yml and .env.example are right for users (Docker does not run here,
so the file is checked as data), and the README walks through them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_neo4j_5_community_pinned_with_both_ports():
    service = compose()["services"]["neo4j"]
    assert re.fullmatch(r"neo4j:5\.\d+\.\d+-community", service["image"])
    assert sorted(service["ports"]) == ["7474:7474", "7687:7687"]


def test_password_comes_from_env_file_and_is_required():
    auth = compose()["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?")
    example = dict(
        line.split("=", 1) for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#"))
    assert set(example) == {"NEO4J_PASSWORD", "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_DATABASE"}
    assert len(example["NEO4J_PASSWORD"]) >= 8  # Neo4j 5 refuses shorter passwords
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT, check=False)
    assert ignored.returncode == 0, ".env must be git-ignored"


def test_named_volume_and_healthcheck():
    data = compose()
    service = data["services"]["neo4j"]
    assert "neo4j-data:/data" in service["volumes"]
    assert "neo4j-data" in data["volumes"]
    health = service["healthcheck"]
    assert health["test"][0] == "CMD-SHELL" and "RETURN 1" in health["test"][1]
    assert health["retries"] >= 10


def test_readme_walks_from_compose_to_a_query():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for step in ("docker compose up -d", "newsgraph neo4j load --store kg.db",
                 "http://localhost:7474", "newsgraph neo4j query", "newsgraph query"):
        assert step in readme, step
