"""The streaming build: the same graph as the in-memory build, in any number of pieces."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Graph

from conftest import ROOT, SAMPLES
from fedgraph import build_graph
from fedgraph.errors import FedgraphError, NoInputError
from fedgraph.outputs.ntriples import merge_runs, write_run
from fedgraph.stream import partition, stream_build

ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The sample corpus and the test articles in one folder (people shared across articles)."""
    folder = tmp_path_factory.mktemp("corpus")
    for f in [*SAMPLES.glob("*.txt"), *ARTICLES.glob("*.txt")]:
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "fedgraph.nt"
    report = stream_build([corpus], out, partition_mb=0.004)  # a few articles per partition
    return out, report


def test_stream_build_gives_the_graph_build_graph_gives(corpus, one_process):
    out, report = one_process
    expected, expected_report = build_graph([corpus])
    streamed = Graph().parse(out, format="nt")
    assert len(partition(sorted(corpus.glob("*.txt")), 0.004)) > 2
    assert set(streamed) == set(expected)
    assert report.entities == expected_report.entities
    assert report.relations == expected_report.relations
    assert report.documents == expected_report.documents == 6


def test_stream_output_is_distinct_documents_first_then_sorted(one_process):
    lines = one_process[0].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))
    own = [i for i, line in enumerate(lines) if line.startswith("<https://w3id.org/fedgraph/id/doc/")]
    assert own == list(range(len(own))), "each document's own lines come first"
    documents = [line.split("/doc/")[1][:16] for line in lines[:len(own)]]
    assert documents == sorted(documents, key=documents.index), "one document's lines stay together"
    shared = lines[len(own):]
    assert shared and shared == sorted(shared)


def test_two_workers_write_the_same_bytes(corpus, one_process, tmp_path):
    out = tmp_path / "fedgraph.nt"
    stream_build([corpus], out, jobs=2, partition_mb=0.004)
    assert out.read_bytes() == one_process[0].read_bytes()
    assert list(tmp_path.iterdir()) == [out], "shards and runs are removed"


def test_partitioning_does_not_change_the_output(corpus, one_process, tmp_path):
    out = tmp_path / "fedgraph.nt"
    stream_build([corpus], out, partition_mb=100)
    assert out.read_bytes() == one_process[0].read_bytes()


def test_a_text_repeated_in_another_partition_is_read_once(corpus, one_process, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], folder / "zz_copy.txt")  # sorts last: a later partition
    out = tmp_path / "fedgraph.nt"
    report = stream_build([folder], out, partition_mb=0.004)
    assert report.documents == 6
    assert any("zz_copy.txt: same text as an earlier input" in w for w in report.warnings)
    assert out.read_bytes() == one_process[0].read_bytes()  # zz_copy.txt is not even a source file


def test_bad_files_are_reported_and_the_rest_built(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLES, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 100)
    out = tmp_path / "fedgraph.nt"
    report = stream_build([folder], out, partition_mb=0.001)
    assert report.documents == 2
    assert sorted(e.split(": ", 1)[1] for e in report.errors) == ["binary file (contains NUL bytes), not text",
                                                                   "empty file"]
    strict = tmp_path / "strict.nt"
    report = stream_build([folder], strict, strict=True)
    assert report.errors and not strict.exists()


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(NoInputError):
        stream_build([tmp_path], tmp_path / "out.nt")
    assert not (tmp_path / "out.nt").exists()


def test_standard_input_is_refused(tmp_path):
    with pytest.raises(FedgraphError, match="not standard input"):
        stream_build(["-"], tmp_path / "out.nt")


def test_merge_leaves_no_half_written_file(tmp_path):
    from rdflib import Literal, URIRef

    good = tmp_path / "a.nt"
    write_run([(URIRef("urn:b"), URIRef("urn:p"), Literal("2")), (URIRef("urn:a"), URIRef("urn:p"), Literal("1"))],
              good)
    assert good.read_text().splitlines() == ['<urn:a> <urn:p> "1" .', '<urn:b> <urn:p> "2" .']
    with pytest.raises(FedgraphError, match="not a valid IRI"):
        write_run([(URIRef("urn:x y"), URIRef("urn:p"), Literal("3"))], tmp_path / "bad.nt")
    missing, out = tmp_path / "missing.nt", tmp_path / "out.nt"
    with pytest.raises(OSError):
        merge_runs([good, missing], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.nt"], "no half-written run or output"


def test_hostile_text_survives_the_round_trip(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text('锦州市工商联主席"杨红杰"\\n介绍<script>。\r\n锦州市工商联召开会议。', encoding="utf-8")
    out = tmp_path / "fedgraph.nt"
    stream_build([folder], out)
    expected, _ = build_graph([folder])
    assert set(Graph().parse(out, format="nt")) == set(expected)


def test_cli_stream_build_loads_the_store_and_answers_queries(tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    run = [sys.executable, "-m", "fedgraph.cli"]
    proc = subprocess.run([*run, "build", SAMPLES, "--out", out, "--stream", "--jobs", "2", "--store", store],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "documents: 2" in proc.stdout and f"wrote {out / 'fedgraph.nt'} and {out / 'graph.html'}" in proc.stdout
    # the page read from the store is the page the in-memory build writes
    assert (out / "graph.html").read_bytes() == (ROOT / "output" / "graph.html").read_bytes()
    proc = subprocess.run([*run, "query", store, "--name", "leaders", "--format", "tsv"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "锦州市工商联" in proc.stdout
    proc = subprocess.run([*run, "build", SAMPLES, "--out", out, "--stream", "--update"], capture_output=True, text=True)
    assert proc.returncode == 1 and "--update works on fedgraph.ttl" in proc.stderr


def test_cli_explore_a_store_shows_the_entities_named_in_most_documents(corpus, tmp_path):
    from fedgraph.stores.oxigraph import OxigraphStore

    store = tmp_path / "store"
    OxigraphStore(store).load(build_graph([corpus])[0])
    page = tmp_path / "top.html"
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "explore", store, "--out", page, "--max-nodes", "3"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Warning:" in proc.stderr and "shows the 3 named in most documents" in proc.stderr
    assert f"wrote {page} (3 entities" in proc.stdout
    assert "全国工商联" in page.read_text(encoding="utf-8")  # named in every article
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "explore", tmp_path, "--out", page],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.strip().splitlines() == [proc.stderr.strip()]


def test_dask_cluster_builds_the_same_file(corpus, one_process, tmp_path):
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "fedgraph.nt"
        report = stream_build([corpus], out, scheduler=cluster.scheduler_address, work_dir=tmp_path / "work",
                              partition_mb=0.004)
        workers = len(cluster.scheduler_info["workers"])
    assert workers == 2
    assert report.documents == 6
    assert out.read_bytes() == one_process[0].read_bytes()
    assert list((tmp_path / "work").iterdir()) == [], "the shared folder is left as it was"


def test_a_document_that_breaks_extraction_costs_only_itself(tmp_path, monkeypatch):
    import fedgraph.build

    real = fedgraph.build.extract_document

    def fragile(document):
        if "b_yongchuan" in document.path:
            raise RecursionError("deep")
        return real(document)

    monkeypatch.setattr(fedgraph.build, "extract_document", fragile)
    report = stream_build([ARTICLES], tmp_path / "out.nt")
    assert report.documents == 3
    assert report.errors == [f"{ARTICLES / 'b_yongchuan.txt'}: extraction failed (RecursionError: deep)"]


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    with pytest.raises(FedgraphError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        stream_build([SAMPLES], tmp_path / "out.nt", scheduler="tcp://127.0.0.1:9")
