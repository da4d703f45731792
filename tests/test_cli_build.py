"""The spine through the command line: build, rebuild, resume, extract, triples."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.build import BuildOptions, Progress, build
from newsgraph.cli import cli
from newsgraph.model import TRIPLE_FIELDS
from newsgraph.store import Store

ARTICLES = {
    "raid.txt": "date 2024-05-02\n\nThe Northern Guard attacked a fuel depot near Basra. "
                "Police arrested two commanders of the Northern Guard.\n",
    "talks.txt": "date 2024-05-09\n\nPrime Minister Omar Haddad met the Northern Guard leaders in Baghdad. "
                 "Haddad condemned the attack on the depot.\n",
    "deal.txt": "date 2024-06-01\n\nThe United States signed a security agreement with Iraq. "
                "Washington will train the Iraqi army.\n",
}


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(runner, *args):
    return runner.invoke(cli, ["build", *args], catch_exceptions=False)


def test_build_then_rebuild_parses_nothing_new(corpus, tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "kg.db")
    first = _build(runner, str(corpus), "--store", store)
    assert first.exit_code == 0, first.output
    assert "3 new, 0 updated, 0 unchanged, 0 failed" in first.output
    again = _build(runner, str(corpus), "--store", store)
    assert again.exit_code == 0
    assert "0 new, 0 updated, 3 unchanged" in again.output


def test_adding_one_file_parses_only_that_file(corpus, tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "kg.db")
    _build(runner, str(corpus), "--store", store, "--quiet")
    (corpus / "more.txt").write_text("The Northern Guard fired rockets at the airport.\n", encoding="utf-8")
    result = _build(runner, str(corpus), "--store", store)
    assert "1 new, 0 updated, 3 unchanged" in result.output


def test_store_holds_triples_entities_and_provenance(corpus, tmp_path):
    store_path = tmp_path / "kg.db"
    _build(CliRunner(), str(corpus), "--store", str(store_path), "--quiet")
    with Store(store_path) as store:
        triples = list(store.iter_triples())
        entities = {e.name: e for e in store.iter_entities()}
        docs = list(store.iter_documents())
    assert len(docs) == 3 and all(d["model"] for d in docs)
    assert "Northern Guard" in entities
    attack = [t for t in triples if t.predicate == "attack"]
    assert attack and attack[0].subject == "Northern Guard"
    assert attack[0].date == "2024-05-02"
    assert attack[0].sentence.startswith("The Northern Guard attacked")


def test_interrupted_build_keeps_finished_documents_and_resumes(corpus, tmp_path):
    class StopAfterOne(Progress):
        def document(self, ex):
            raise KeyboardInterrupt

    store_path = tmp_path / "kg.db"
    summary = build([str(corpus)], store_path, BuildOptions(), progress=StopAfterOne())
    assert summary.interrupted and summary.new == 1
    with Store(store_path) as store:
        assert store.counts()["documents"] == 1
    resumed = build([str(corpus)], store_path)
    assert (resumed.new, resumed.unchanged) == (2, 1)


def test_bad_sources_are_listed_and_exit_1_while_good_ones_are_stored(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    jsonl = '{"text": "Police arrested a smuggler in Mosul."}\nnot json\n'
    (corpus / "lines.jsonl").write_text(jsonl, encoding="utf-8")
    store = str(tmp_path / "kg.db")
    result = _build(CliRunner(), str(corpus), str(tmp_path / "nowhere.txt"), "--store", store)
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "nowhere.txt" in result.output
    assert "line 2" in result.output
    with Store(store) as s:
        assert s.counts()["documents"] == 4


def test_bad_invocation_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--store", str(tmp_path / "kg.db")])
    assert result.exit_code == 2
    assert CliRunner().invoke(cli, ["extract", "x.txt", "--format", "xml"]).exit_code == 2


def test_extract_streams_jsonl_records_with_every_field(corpus):
    result = CliRunner().invoke(cli, ["extract", str(corpus / "raid.txt")], catch_exceptions=False)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert records
    assert all(list(r) == list(TRIPLE_FIELDS) for r in records)
    assert any(r["predicate"] == "attack" and r["subject"] == "Northern Guard" for r in records)


def test_extract_reads_stdin(corpus):
    text = (corpus / "raid.txt").read_text()
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "tsv"], input=text)
    assert result.exit_code == 0
    header = result.output.splitlines()[0].split("\t")
    assert header == list(TRIPLE_FIELDS)


def test_triples_command_writes_csv(corpus, tmp_path):
    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(corpus), "--store", store, "--quiet")
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(cli, ["triples", "--store", store, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0
    lines = out.read_text().splitlines()
    assert lines[0].split(",")[:3] == ["subject", "subject_id", "subject_type"]
    assert len(lines) > 3


def test_min_confidence_keeps_only_facts_at_or_above_it(corpus, tmp_path):
    import json

    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(corpus), "--store", store, "--quiet")
    every = CliRunner().invoke(cli, ["triples", "--store", store])
    some = CliRunner().invoke(cli, ["triples", "--store", store, "--min-confidence", "0.25"])
    assert every.exit_code == 0 and some.exit_code == 0
    all_rows = [json.loads(line) for line in every.output.splitlines()]
    kept = [json.loads(line) for line in some.output.splitlines()]
    assert 0 < len(kept) < len(all_rows)
    assert all(r["confidence"] >= 0.25 for r in kept)
    report = CliRunner().invoke(cli, ["report", "--store", store, "--format", "json", "--concepts",
                                      "--min-confidence", "0.25"])
    assert report.exit_code == 0, report.output
    assert json.loads(report.output)["filters"]["min_confidence"] == 0.25


def test_triples_on_a_missing_store_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(cli, ["triples", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "newsgraph", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "newsgraph" in done.stdout


def test_triples_actors_are_the_actor_graphs_facts(corpus, tmp_path):
    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(corpus), "--store", store, "--quiet")
    every = [json.loads(line) for line in CliRunner().invoke(cli, ["triples", "--store", store]).output.splitlines()]
    result = CliRunner().invoke(cli, ["triples", "--store", store, "--actors"])
    assert result.exit_code == 0, result.output
    actors = [json.loads(line) for line in result.output.splitlines()]
    assert 0 < len(actors) < len(every)
    not_actors = {"CONCEPT", "CLAIM"}
    assert all(r["subject_type"] not in not_actors and r["object_type"] not in not_actors for r in actors)
    report = json.loads(CliRunner().invoke(cli, ["report", "--store", store, "--format", "json"]).output)
    assert report["triples"] == len(actors)  # the rows are the evidence of the report's edges


def test_triples_concepts_are_the_concepts_graphs_facts(corpus, tmp_path):
    """`triples --concepts` lists the evidence of the concepts graph's edges (export
    --concepts, Neo4j --concepts), one row per fact; with --actors too it says to pick one."""
    from newsgraph.graph import build_graph
    from newsgraph.store import Store

    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(corpus), "--store", store, "--quiet")
    result = CliRunner().invoke(cli, ["triples", "--store", store, "--concepts"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    with Store(store) as opened:
        graph = build_graph(opened, concepts=True)
    assert len(rows) == sum(e["count"] for _, _, e in graph.edges(data=True)) > 0
    assert not any("CLAIM" in (r["subject_type"], r["object_type"]) for r in rows)
    both = CliRunner().invoke(cli, ["triples", "--store", store, "--concepts", "--actors"])
    assert both.exit_code == 2 and "give one of them" in both.output


def test_an_owner_written_by_a_short_form_is_the_actor_of_its_own_article(tmp_path):
    """ "under Paul's leadership" in the article of Paul Stanek is his, in the actor view and
    in the graph, though the corpus names Senator Dan Paul "Paul" more often."""
    from newsgraph.graph import build_graph

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Senator Visits\n\nSenator Dan Paul visited Kestford on Monday. Paul said the "
                                  "plan was weak. Paul met Vellco executives. Paul spoke with Tom Orr.\n")
    (folder / "b.txt").write_text("Vellco names chief\n\nVellco named Paul Stanek its chief executive on Monday. "
                                  "Stanek, 50, joined Vellco in 2018. Vellco will grow under Paul's leadership, Dan "
                                  "Kerr said.\n")
    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(folder), "--store", store, "--quiet")
    rows = [json.loads(line) for line in
            CliRunner().invoke(cli, ["triples", "--store", store, "--actors"]).output.splitlines()]
    led = [r["object"] for r in rows if r["predicate"] == "grow_under"]
    assert led == ["Paul Stanek"], rows
    with Store(store) as opened:
        graph = build_graph(opened)
    assert {graph.nodes[o]["name"] for _, o, k in graph.edges(keys=True) if k == "grow_under"} == {"Paul Stanek"}


def _article_triples(tmp_path, text: str) -> list[dict]:
    """The triples `newsgraph triples` prints after building ``text`` as one article."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    store = str(tmp_path / "kg.db")
    _build(CliRunner(), str(article), "--store", store, "--quiet")
    return [json.loads(line) for line in CliRunner().invoke(cli, ["triples", "--store", store]).output.splitlines()]


def test_a_bare_description_is_no_fuller_phrase_named_before_another_of_its_kind(tmp_path):
    """ "The Orvane Pictures film ... Vellco Gate Studios Corp.'s film “Tarnio” ... The film,
    starring Ana Vell": another film was named between, so the film is not Orvane's."""
    rows = _article_triples(tmp_path, "Cinema\n\nThe Orvane Pictures film, starring Tom Orr, sold $9 million of "
                            "tickets on its first weekend and has made $30 million so far. Vellco Gate Studios "
                            "Corp.’s film “Tarnio”, a story of smugglers on the Kestria coast, opened in third place "
                            "with strong reviews from critics after a wider release. The film, starring Ana Vell, "
                            "made $4 million on Sunday.\n")
    starred = [r for r in rows if r["object"] == "Ana Vell" and r["predicate"] == "star"]
    assert starred and all("Orvane" not in r["subject"] for r in starred), starred


def test_a_bare_description_repeats_the_fuller_phrase_before_it(tmp_path):
    rows = _article_triples(tmp_path, "Law\n\ndate 2024-05-02\n\nAlabama passed a strict new immigration law in "
                            "June. The law targets employers who hire undocumented workers.\n"
                            "The Arab world watched the talks. The world waited for the result.\n")
    targets = [r for r in rows if r["predicate"] == "target"]
    assert targets and targets[0]["subject"] == "strict new immigration law", targets
    assert targets[0]["subject_text"] == "law"  # as written
    waited = [r for r in rows if r["predicate"].startswith("wait")]
    assert all(r["subject"] != "Arab world" for r in waited), waited  # a generic head stays itself
