"""Hostile text and bad input through the command line: one clear line, never a traceback, never harm.

Stores are built by hand (no model), so names can hold exactly the markup an attacker
would write: rich markup, HTML, terminal escapes in file names.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.model import DocExtraction, Document, Mention, RawTriple, source_id
from newsgraph.resolve import resolve_store
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SUBJECT = "[red]Iron Wolves[/red]"
OBJECT = "[link=https://evil.example]Camp <script>alert(1)</script> Harlan[/link] [/b]"


def hostile_store(path: Path) -> Path:
    """A store of one article whose two names are rich markup and HTML."""
    sentence = f"{SUBJECT} attacked {OBJECT}."
    doc = Document(id=source_id("/news/a.txt"), text=sentence, source="/news/a.txt", key="/news/a.txt",
                   origin="/news/a.txt", title="[bold]Raid[/bold] <b>now</b>", date="2024-04-01")
    start = len(SUBJECT) + len(" attacked ")
    subject = Mention(doc.id, 0, 0, len(SUBJECT), SUBJECT, "ORG", "entity", "Wolves")
    obj = Mention(doc.id, 0, start, start + len(OBJECT), OBJECT, "ORG", "entity", "Harlan")
    triple = RawTriple(subject, "attack", "attacked", obj, 0, sentence, 0, len(sentence), 0.9, "svo",
                       relation_class="ATTACK")
    with Store(path) as store:
        store.add_extraction(DocExtraction(doc, sentences=1, mentions=[subject, obj], triples=[triple], words=6),
                             "test")
        resolve_store(store)
    return path


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def test_report_entities_and_show_print_markup_from_articles_as_text(tmp_path):
    store = hostile_store(tmp_path / "kg.db")
    report = run("report", "--store", store)
    assert report.exit_code == 0, report.output
    assert SUBJECT in report.output and "[/b]" in report.output  # shown as written, never applied
    assert "\x1b]8;" not in report.output  # no terminal hyperlink
    entities = run("entities", "--store", store, "--search", "wolves")
    assert entities.exit_code == 0 and SUBJECT in entities.output
    explained = run("entities", "--store", store, "--explain", SUBJECT)
    assert explained.exit_code == 0 and SUBJECT in explained.output
    shown = run("show", SUBJECT, "--store", store)
    assert shown.exit_code == 0 and OBJECT in shown.output
    listed = run("documents", "--store", store)
    assert listed.exit_code == 0 and "[bold]Raid[/bold] <b>now</b>" in listed.output


def test_markdown_report_escapes_html_and_markdown_in_every_cell(tmp_path):
    store = hostile_store(tmp_path / "kg.db")
    result = run("report", "--store", store, "--format", "markdown")
    assert result.exit_code == 0
    assert "<script>" not in result.output and "&lt;script&gt;alert(1)&lt;/script&gt;" in result.output
    assert "\\[red\\]Iron Wolves\\[/red\\]" in result.output


def test_file_names_with_terminal_escapes_and_newlines_are_printed_escaped(tmp_path):
    bad = tmp_path / "evil\x1b[2Jname\nforged.txt"
    bad.write_bytes(b"")
    result = run("build", bad, "--store", tmp_path / "kg.db")
    assert result.exit_code == 1
    assert f"warning: {tmp_path}/evil\\x1b[2Jname\\nforged.txt: empty file" in result.output
    assert "\x1b" not in result.output


def test_a_locked_store_is_read_meanwhile_and_a_writer_gets_one_line(tmp_path, monkeypatch):
    store = hostile_store(tmp_path / "kg.db")
    monkeypatch.setattr("newsgraph.store.BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(store, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    holder.execute("UPDATE meta SET value = value WHERE key = 'schema'")
    try:
        listed = run("documents", "--store", store)  # readers are not blocked (WAL)
        pruned = run("documents", "--store", store, "--prune", "--yes")  # the source is gone: a write
    finally:
        holder.rollback()
        holder.close()
    assert listed.exit_code == 0 and "/news/a.txt" in listed.output
    assert pruned.exit_code == 1
    assert pruned.output == (f"error: {store} is locked by another process writing to it (a build?); "
                             "waited 0 s: try again when it has finished\n")
    with Store(store) as s:
        assert s.counts()["documents"] == 1


def test_a_file_that_is_not_a_store_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()
    result = run("triples", "--store", other)
    assert result.exit_code == 1
    assert result.output == f"error: {other} is not a newsgraph store (it holds other tables)\n"
    assert [r[0] for r in sqlite3.connect(other).execute("SELECT name FROM sqlite_master")] == ["notes"]


@pytest.mark.parametrize("command", [["triples"], ["entities", "--format", "jsonl"], ["documents"],
                                     ["report"]])
def test_a_closed_pipe_ends_quietly(tmp_path, command):
    store = hostile_store(tmp_path / "kg.db")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", *command, "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # the reader went away before the first line, as `| head -0` does
    stderr = proc.stderr.read().decode()
    assert proc.wait() in (0, 141) and stderr == ""


def _article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_catastrophic_user_rule_costs_one_document_named_not_the_build(tmp_path):
    rules = _article(tmp_path, "rules.yaml", 'drop_line:\n  - name: runaway\n    pattern: "(a|aa)+$"\n')
    slow = _article(tmp_path, "slow.txt", "The Northern Guard attacked a depot.\n\n" + "a" * 5000 + "!\n")
    good = _article(tmp_path, "good.txt", "The Northern Guard attacked a depot near Basra.\n")
    result = run("build", slow, good, "--store", tmp_path / "kg.db", "--rules", rules)
    assert result.exit_code == 1
    assert (f"failed: {slow}: rule 'runaway' of {rules} took over 0.25 s on one line (a pattern that "
            "backtracks without end, like (a+)+$?); fix or disable it") in result.output
    with Store(tmp_path / "kg.db") as s:
        assert [d["source"] for d in s.iter_documents()] == [str(good)]


@pytest.mark.parametrize("option", ["--rules", "--aliases", "--roles", "--relation-classes"])
def test_yaml_aliases_in_user_files_are_refused_before_any_parsing(tmp_path, option):
    bomb = _article(tmp_path, "bomb.yaml", 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n'
                                           "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n")
    result = run("build", _article(tmp_path, "a.txt", "Police arrested a man.\n"), "--store",
                 tmp_path / "kg.db", option, bomb)
    assert result.exit_code == 2
    assert f"{bomb}, line 2" in result.output
    assert ": not valid YAML (aliases (*name) are not allowed in newsgraph data files)" in result.output
    assert not (tmp_path / "kg.db").exists()


def test_disable_must_list_rule_names(tmp_path):
    rules = _article(tmp_path, "rules.yaml", "disable: [[byline]]\n")
    result = run("build", _article(tmp_path, "a.txt", "Police arrested a man.\n"), "--store",
                 tmp_path / "kg.db", "--rules", rules)
    assert result.exit_code == 2
    assert f"Invalid value for '--rules': {rules}: 'disable' must list rule names (strings), not ['byline']" in \
        result.output


def test_worker_processes_end_with_their_parent_even_after_sigkill(tmp_path):
    import signal

    psutil = pytest.importorskip("psutil")
    news = tmp_path / "news"
    news.mkdir()
    for n in range(30):
        _article(news, f"a{n}.txt", f"The Northern Guard attacked a depot near Basra on day {n}.\n")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "build", str(news), "--store",
                             str(tmp_path / "kg.db"), "--workers", "2", "--batch-size", "1", "-q"],
                            cwd=ROOT, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)

    for _ in range(600):  # until both workers are started (at most a minute)
        if _workers(parent.children(), psutil) == 2 or proc.poll() is not None:
            break
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            pass
    children = parent.children(recursive=True)
    assert _workers(children, psutil) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(children, timeout=60)
    assert alive == []
    with Store(tmp_path / "kg.db") as store:  # what was committed stays whole
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _start_with_two_workers(tmp_path, command, parallel=("--workers", "2")):
    """``newsgraph COMMAND`` on 30 small articles with --workers 2 (or ``parallel``), in a
    process group of its own, returned once both worker processes run (with psutil, the
    parent's psutil.Process)."""
    psutil = pytest.importorskip("psutil")
    news = tmp_path / "news"
    news.mkdir()
    for n in range(30):
        _article(news, f"a{n}.txt", f"The Northern Guard attacked a depot near Basra on day {n}.\n")
    target = ["--store", str(tmp_path / "kg.db"), "-q"] if command == "build" else ["-o", str(tmp_path / "t.jsonl")]
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", command, str(news), *target, *parallel,
                             "--batch-size", "1"], cwd=ROOT, stderr=subprocess.DEVNULL, start_new_session=True)
    parent = psutil.Process(proc.pid)
    seen: dict[int, object] = {}
    for _ in range(600):  # until both workers are started (at most a minute)
        try:
            for child in parent.children(recursive=True):
                seen.setdefault(child.pid, child)
        except psutil.NoSuchProcess:
            pass  # a process of the tree ended while it was read: the next snapshot counts
        # counted on what was seen, so a worker started after the snapshot waits for the next
        if _workers(seen.values(), psutil) == 2 or proc.poll() is not None:
            break
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            pass
    return proc, psutil, list(seen.values())


def _workers(processes, psutil) -> int:
    """How many of ``processes`` run multiprocessing's spawned worker entry point (one that
    has ended, or has not yet replaced its forked command line, does not count)."""
    count = 0
    for process in processes:
        try:
            count += "spawn_main" in " ".join(process.cmdline())
        except psutil.Error:
            continue
    return count


def _left_in_group(group: int, psutil) -> list[str]:
    """Processes still in the command's process group (zombies included: where nothing reaps
    orphans they stay), waited for up to ten seconds."""
    import os
    import time

    for _ in range(100):
        left = []
        for p in psutil.process_iter(["cmdline", "status"]):
            try:
                if os.getpgid(p.pid) == group:
                    left.append(f"{p.pid} {p.info['status']} {' '.join(p.info['cmdline'] or [])[:80]}")
            except (OSError, psutil.Error):
                continue
        if not left:
            return []
        time.sleep(0.1)
    return left


def _assert_ends_clean(proc, psutil, children) -> None:
    """Two worker processes ran (processes or the cluster's workers), the command ends well,
    and nothing is left: the workers are gone and multiprocessing's resource tracker is
    stopped and reaped by the command itself, not left running, nor as a zombie where
    nothing reaps orphans."""
    assert _workers(children, psutil) == 2
    trackers = [c.pid for c in children if "resource_tracker" in " ".join(c.cmdline())]
    assert proc.wait() == 0
    assert [pid for pid in trackers if psutil.pid_exists(pid)] == []
    _, alive = psutil.wait_procs(children, timeout=60)
    assert alive == []
    assert _left_in_group(proc.pid, psutil) == []


@pytest.mark.parametrize("command", ["build", "extract"])
def test_no_process_is_left_after_a_run_with_two_workers(tmp_path, command):
    _assert_ends_clean(*_start_with_two_workers(tmp_path, command))


def test_no_process_is_left_after_a_run_on_a_local_dask_cluster(tmp_path):
    pytest.importorskip("distributed")
    _assert_ends_clean(*_start_with_two_workers(tmp_path, "build", ("--dask", "local:2")))
    with Store(tmp_path / "kg.db") as store:
        assert store.db.execute("SELECT count(*) FROM documents").fetchone() == (30,)


@pytest.mark.parametrize("whom", ["the command", "its process group (Ctrl-C)"])
def test_no_process_is_left_after_sigint_with_two_workers(tmp_path, whom):
    import os
    import signal

    proc, psutil, children = _start_with_two_workers(tmp_path, "build")
    assert _workers(children, psutil) == 2
    if whom == "the command":
        proc.send_signal(signal.SIGINT)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=120)  # it ends (interrupted, or done if the signal came late)
    _, alive = psutil.wait_procs(children, timeout=60)
    assert alive == []
    assert _left_in_group(proc.pid, psutil) == []
    with Store(tmp_path / "kg.db") as store:  # what was committed stays whole
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_neo4j_uri_that_is_not_bolt_is_one_line(tmp_path):
    store = hostile_store(tmp_path / "kg.db")
    result = run("neo4j", "load", "--store", store, "--uri", "http://localhost:7474")
    assert result.exit_code == 1
    assert result.output == ("error: --uri http://localhost:7474: 'http' is not a Bolt address; use "
                             "bolt://HOST:7687 or neo4j://HOST:7687 (http://HOST:7474 is the browser, not Bolt)\n")


def test_a_password_in_the_neo4j_uri_is_never_shown(tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = hostile_store(tmp_path / "kg.db")
    result = run("neo4j", "load", "--store", store, "--uri", f"bolt://analyst:S3CRET-pw@127.0.0.1:{port}")
    assert result.exit_code == 1
    assert result.output == (f"error: cannot reach Neo4j at bolt://127.0.0.1:{port}: is the server running? "
                             "(--uri or NEO4J_URI)\n")
    refused = run("neo4j", "query", "RETURN 1", "--uri", "http://analyst:S3CRET-pw@127.0.0.1:7474")
    assert refused.exit_code == 1 and "S3CRET" not in refused.output and "analyst" not in refused.output


def test_html_report_evidence_names_the_source_and_title_and_runs_no_article_script(tmp_path):
    store = hostile_store(tmp_path / "kg.db")
    page = tmp_path / "report.html"
    result = run("report", "--store", store, "--format", "html", "-o", page)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert '"source": "/news/a.txt"' in text or '"source":"/news/a.txt"' in text
    assert "Raid" in text and "<script>alert(1)" not in text


def test_a_build_interrupted_anywhere_resumes_to_the_store_of_a_clean_build(tmp_path):
    """Interruption points are drawn at random (seeded): SIGINT or SIGKILL at some moment of a
    build, then the same build again; the store must answer as one clean build does."""
    import random
    import signal
    import time

    news = tmp_path / "news"
    news.mkdir()
    towns = ["Basra", "Mosul", "Kirkuk", "Erbil", "Najaf", "Tikrit"]
    for n, town in enumerate(towns):
        _article(news, f"a{n}.txt", f"date 2024-05-0{n + 1}\n\nThe Northern Guard attacked a depot near {town}. "
                                    f"Police in {town} arrested two commanders of the Northern Guard.\n")

    def build(store: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "newsgraph", "build", str(news), "--store", str(store),
                                 "--batch-size", "1", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def records(store: Path) -> list[str]:
        out = subprocess.run([sys.executable, "-m", "newsgraph", "triples", "--store", str(store)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        return out.splitlines()

    clean = tmp_path / "clean.db"
    assert build(clean).wait() == 0
    expected = records(clean)
    rng = random.Random(14)
    store = tmp_path / "kg.db"
    for _ in range(3):
        proc = build(store)
        time.sleep(rng.uniform(0.5, 6.0))  # a random moment: start-up, parsing, storing or resolving
        proc.send_signal(rng.choice([signal.SIGINT, signal.SIGKILL]))
        proc.wait()
    assert build(store).wait() == 0
    assert records(store) == expected
    with Store(store) as s:
        assert s.counts()["documents"] == len(towns) and not s.unresolved
