from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT, SAMPLES

EXE = [sys.executable, "-m", "fedgraph.cli"]


def run(*args, cwd=None):
    return subprocess.run([*EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_cli_build_sample_corpus(tmp_path):
    out = tmp_path / "out"
    proc = run("build", SAMPLES, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "documents: 2" in proc.stdout and "Federation" in proc.stdout and "skipped: 0" in proc.stdout
    assert (out / "fedgraph.ttl").stat().st_size > 10000
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert json.dumps("锦州市工商联")[1:-1] in page  # node data is JSON inside the page
    assert not re.search(r"(?:src|href)=\"(?:https?:|\.\./)", page), "the page must not load anything remote"


def test_cli_build_skips_bad_files_and_keeps_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    proc = run("build", corpus, "--out", tmp_path / "out")
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    assert f"Error: {corpus / 'binary.txt'}: binary file (contains NUL bytes), not text" in lines
    assert f"Error: {corpus / 'empty.txt'}: empty file" in lines
    assert "documents: 2" in proc.stdout


def test_cli_build_fails_cleanly_with_nothing_to_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run("build", tmp_path, "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("Error: no readable document in")
    assert not (tmp_path / "out" / "fedgraph.ttl").exists()


def test_cli_build_missing_input_is_an_error(tmp_path):
    proc = run("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: {tmp_path / 'nope'}: no such file or folder"


def test_cli_usage_error_and_help():
    assert run().returncode == 2
    proc = run("build", "--help")
    assert proc.returncode == 0 and "Example:" in proc.stdout


def test_cli_committed_output_is_up_to_date(tmp_path):
    proc = run("build", "samples/corpus", "--out", tmp_path, "-q", cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    for name in ("fedgraph.ttl", "graph.html"):
        assert (ROOT / "output" / name).read_bytes() == (tmp_path / name).read_bytes(), \
            f"output/{name} is stale: run `fedgraph build samples/corpus --out output`"


def test_cli_update_adds_articles_to_an_existing_build(tmp_path):
    articles = ROOT / "tests" / "data" / "articles"
    out, full = tmp_path / "out", tmp_path / "full"
    assert run("build", articles / "a_jinzhou.txt", "--out", out, "-q").returncode == 0
    proc = run("build", articles, "--out", out, "--update", "-q")
    assert proc.returncode == 0, proc.stderr
    assert run("build", articles, "--out", full, "-q").returncode == 0
    assert (out / "fedgraph.ttl").read_bytes() == (full / "fedgraph.ttl").read_bytes()


def test_cli_stats_lists_counts_centrality_and_shared_names(tmp_path):
    articles = ROOT / "tests" / "data" / "articles"
    assert run("build", articles, "--out", tmp_path, "-q").returncode == 0
    proc = run("stats", tmp_path / "fedgraph.ttl", "--shared")
    assert proc.returncode == 0, proc.stderr
    assert "documents: 4" in proc.stdout
    assert re.search(r"^  Federation\s+\d+$", proc.stdout, re.M)
    assert "most central (PageRank):" in proc.stdout
    assert re.search(r"^  全国工商联\t3\t1$", proc.stdout, re.M)


def test_cli_stats_malformed_graph_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    proc = run("stats", bad)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: not valid Turtle")


def test_cli_build_is_byte_identical_across_processes(tmp_path):
    import os

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        proc = subprocess.run([*EXE, "build", str(SAMPLES), "--out", str(out), "-q"], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    for name in ("fedgraph.ttl", "graph.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_cli_query_select_ask_construct_and_errors(tmp_path):
    graph = ROOT / "output" / "fedgraph.ttl"
    proc = run("query", graph, "ASK { ?p a <https://w3id.org/fedgraph/ontology#Person> }")
    assert proc.returncode == 0 and proc.stdout.strip() == "true"
    proc = run("query", graph, "CONSTRUCT { ?f <urn:x:name> ?n } WHERE { ?f a <https://w3id.org/fedgraph/ontology#Federation> ; "
               "<http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    assert proc.returncode == 0 and "urn:x:" in proc.stdout and "锦州市工商联" in proc.stdout
    proc = run("query", graph, "--name", "leaders")
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["federation", "person", "role"]
    # Chinese counts two columns: every row's second column starts at the same display column
    import unicodedata

    def col(line, field):
        prefix = line[:line.index(field)]
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in prefix)

    rows = [ln for ln in lines[2:] if ln and not ln.startswith("(")]
    assert len({col(r, r.split()[1]) for r in rows}) == 1
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?n WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n } LIMIT 2", encoding="utf-8")
    proc = run("query", graph, "-f", q, "--format", "json")
    assert json.loads(proc.stdout)["head"]["vars"] == ["n"]
    proc = run("query", graph, "SELECT nonsense")
    assert proc.returncode == 1 and proc.stderr.startswith("Error: query failed")
    proc = run("query", graph, "--name", "nope")
    assert proc.returncode == 1 and "known queries: awards" in proc.stderr
    proc = run("query", graph, "--name", "person_posts", "--param", "bad")
    assert proc.returncode == 1 and "--param 'bad': write it as name=value" in proc.stderr


@pytest.mark.parametrize("name, content, error", [
    ("bad.nt", '<urn:a> <urn:b> "x" .\n<urn:a> <urn:b>\n', "not valid N-Triples"),
    ("bad.ttl", "<a> <b> .", "not valid Turtle"),
    ("bin.trig", "\ufffe\x00garbage", "not valid TriG"),
    ("missing.nq", None, "no such file"),
])
def test_cli_query_on_a_bad_file_is_one_line_error(tmp_path, name, content, error):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = run("query", path, "SELECT * WHERE { ?s ?p ?o }")
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and len(lines) == 1 and lines[0].startswith(f"Error: {path}: {error}")


def test_cli_query_on_a_file_matches_the_rdflib_answer(tmp_path, sample_graph):
    from rdflib import Literal

    from fedgraph.outputs.rdf import generate_rdf
    from fedgraph.queries import get_query
    from fedgraph.stores import open_source
    from fedgraph.stores.memory import RdflibSource

    quads = tmp_path / "g.nq"  # one named graph per document: the query sees them all
    quads.write_text(generate_rdf(sample_graph, "nquads"), encoding="utf-8")
    source = open_source(str(quads))
    assert type(source).__name__ == "OxigraphStore"
    text = get_query("person_posts").text
    params = {"name": Literal("杨红杰")}
    assert source.query(text, params).rows == RdflibSource(sample_graph).query(text, params).rows
    proc = run("query", quads, "--name", "person_posts", "--param", "name=杨红杰")
    assert proc.returncode == 0 and "锦州市工商联" in proc.stdout


def test_cli_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("build", "stats", "query", "validate", "export", "push", "explore"):
        proc = run(command, "--help")
        assert proc.returncode == 0 and "Example:" in proc.stdout, command
        assert f"fedgraph {command}" in readme, command


def test_cli_output_cut_short_by_the_reader_is_not_an_error(tmp_path):
    out = tmp_path / "out"
    assert run("build", SAMPLES, "--out", out, "-q").returncode == 0
    every = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # far more than a pipe holds
    proc = subprocess.run(f"{sys.executable} -m fedgraph.cli query {out / 'fedgraph.ttl'} '{every}' | head -1",
                          shell=True, capture_output=True, text=True)
    assert proc.stdout.split() == ["s", "p", "o"]
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_every_data_file_ships_with_the_package():
    # a wheel (not an editable install) holds only the files package-data names
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["fedgraph"]
    package = ROOT / "src" / "fedgraph"
    folders = {str(p.parent.relative_to(package)) for p in package.rglob("data/*")}
    assert {f + "/*" for f in folders} <= set(shipped)
