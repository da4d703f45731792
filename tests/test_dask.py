"""Scaling out (Dask cluster, worker processes): same store as one process, clear errors, nothing lost."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.build import BuildOptions, build
from newsgraph.cli import cli
from newsgraph.distributed import DaskError, DaskUnavailable, check_address, dask_batch
from newsgraph.extract.pipeline import PipelineOptions, run_pipeline
from newsgraph.model import DocExtraction, Document, Failure, content_id
from newsgraph.runners import DaskRunner
from newsgraph.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Used only while examples/ is still empty.
ARTICLES = {
    "port.txt": "date 2024-03-04\n\nThe Harbour Brigade seized the port of Umm Qasr on Monday. "
                "The brigade said it would hold the docks until the government paid its fighters.\n",
    "talks.txt": "date 2024-03-06\n\nPrime Minister Layla Nouri met Harbour Brigade commanders in Basra. "
                 "Nouri promised the fighters their salaries.\n",
    "strike.txt": "date 2024-03-09\n\nA drone struck a Harbour Brigade convoy near Zubair. "
                  "The Interior Ministry blamed the Southern Front for the attack.\n",
}


@pytest.fixture()
def sources(tmp_path):
    if EXAMPLES.is_dir() and any(EXAMPLES.iterdir()):
        return [str(EXAMPLES)]
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder)]


def _documents(*texts: str) -> list[Document]:
    return [Document(id=content_id(t), text=t, source=f"doc{n}.txt") for n, t in enumerate(texts)]


def test_extraction_results_survive_pickling(nlp):
    """What a worker sends back is plain data: equal after a round trip."""
    results = list(run_pipeline(_documents(ARTICLES["port.txt"], ARTICLES["strike.txt"]), nlp))
    assert all(isinstance(r, DocExtraction) for r in results)
    assert any(r.triples for r in results)
    assert pickle.loads(pickle.dumps(results)) == results


def test_bad_dask_address_is_refused():
    with pytest.raises(DaskError, match="expected 'local', 'local:N'"):
        check_address("scheduler:8786")
    assert check_address("local:3") == 3
    assert check_address("tcp://127.0.0.1:8786") is None


def test_dask_without_the_extra_says_how_to_install(monkeypatch, sources, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what a missing package looks like to import
    with pytest.raises(DaskUnavailable):
        check_address("local:2")
    result = CliRunner().invoke(cli, ["build", *sources, "--store", str(tmp_path / "kg.db"), "--dask", "local:2"])
    assert result.exit_code == 1
    assert "--dask needs the optional Dask extra: pip install 'newsgraph[dask]'" in result.output
    assert not (tmp_path / "kg.db").exists()


@pytest.mark.slow
def test_local_cluster_builds_the_same_store_as_one_process(sources, tmp_path):
    one = build(sources, tmp_path / "one.db", BuildOptions())
    two = build(sources, tmp_path / "dask.db", BuildOptions(dask="local:2", batch_size=2))
    assert not one.failed and not two.failed
    assert (two.new, two.triples, two.entities, two.model) == (one.new, one.triples, one.entities, one.model)
    with Store(tmp_path / "one.db") as a, Store(tmp_path / "dask.db") as b:
        assert list(b.iter_triples()) == list(a.iter_triples())
        assert sorted(b.iter_entities(), key=repr) == sorted(a.iter_entities(), key=repr)
        assert len(list(a.iter_triples())) > 0
    again = build(sources, tmp_path / "dask.db", BuildOptions(dask="local:2"))
    assert (again.new, again.unchanged) == (0, one.new)


@pytest.mark.slow
def test_two_worker_processes_build_the_same_store_as_one(sources, tmp_path):
    """--workers 2: workers parse and extract (newsgraph.runners.ProcessRunner), same store as one process."""
    one = build(sources, tmp_path / "one.db", BuildOptions())
    two = build(sources, tmp_path / "two.db", BuildOptions(workers=2, batch_size=2))
    assert not two.failed and (two.new, two.triples, two.entities) == (one.new, one.triples, one.entities)
    with Store(tmp_path / "one.db") as a, Store(tmp_path / "two.db") as b:
        assert list(b.iter_triples()) == list(a.iter_triples())
        assert sorted(b.iter_entities(), key=repr) == sorted(a.iter_entities(), key=repr)


@pytest.mark.slow
def test_a_batch_that_kills_its_worker_twice_is_reported_not_lost():
    def dies_on_poison(documents, options):
        import os

        if any("POISON" in d.text for d in documents):
            os._exit(1)  # the worker process dies mid-batch, as on an out-of-memory kill
        return dask_batch(documents, options)

    documents = _documents(ARTICLES["port.txt"], "POISON. The brigade fired a rocket.", ARTICLES["talks.txt"])
    with DaskRunner(PipelineOptions(batch_size=1), "local:2", task=dies_on_poison) as extractor:
        results = list(extractor.run(documents))
    assert sorted(r.document.source for r in results if isinstance(r, DocExtraction)) == ["doc0.txt", "doc2.txt"]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.source for f in failures] == ["doc1.txt"]
    assert "KilledWorker" in failures[0].reason and "run the build again" in failures[0].reason
