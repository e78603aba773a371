"""Push to real triple stores the tests start on 127.0.0.1: an Oxigraph server and a Virtuoso server."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

GRAPH = ROOT / "output" / "fedgraph.ttl"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_it_answers(proc: subprocess.Popen, url: str, seconds: float, what: str) -> None:
    """Poll ``url`` until the server started as ``proc`` answers; fail the test if it never does."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{what} did not start")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    _wait_until_it_answers(proc, f"{base}/query?query=ASK%7B%7D", 30, "the oxigraph server")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def fedgraph(*args, env=None):
    return subprocess.run([sys.executable, "-m", "fedgraph.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def test_push_then_query_the_store_gives_the_file_answers(server):
    proc = fedgraph("push", GRAPH, "--endpoint", f"{server}/store", "--replace", "--batch", "1000",
                    env={"FEDGRAPH_STORE_PASSWORD": "s3cret-value", "FEDGRAPH_STORE_USER": "me"})
    assert proc.returncode == 0, proc.stderr
    assert "s3cret-value" not in proc.stdout + proc.stderr
    for name in ("leaders", "federation_hierarchy"):
        remote = fedgraph("query", "--endpoint", f"{server}/query", "--name", name, "--format", "csv")
        local = fedgraph("query", GRAPH, "--name", name, "--format", "csv")
        assert remote.returncode == 0, remote.stderr
        assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    params = fedgraph("query", "--endpoint", f"{server}/query", "--name", "person_posts", "--param", "name=杨红杰")
    assert "锦州市工商联" in params.stdout


def test_push_replace_twice_keeps_one_copy_and_named_graphs(server):
    for _ in range(2):
        proc = fedgraph("push", GRAPH, "--endpoint", f"{server}/store", "--graph", "https://example.org/g", "--replace")
        assert proc.returncode == 0, proc.stderr
    n = int(proc.stdout.strip().rsplit(" ", 1)[-1])
    from fedgraph.stores.memory import read_graph

    assert n == len(read_graph(GRAPH))


def test_push_unreachable_store_is_a_one_line_error():
    port = _free_port()
    proc = fedgraph("push", GRAPH, "--endpoint", f"http://127.0.0.1:{port}/store")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach http://127.0.0.1:{port}/query")


def test_push_refused_request_is_a_one_line_error(server):
    proc = fedgraph("push", GRAPH, "--endpoint", f"{server}/nothing-here", "--query-endpoint", f"{server}/query")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused with HTTP 4" in lines[0]


VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A fresh Virtuoso database (user dba, password dba) serving SPARQL and the Graph Store Protocol."""
    folder = tmp_path_factory.mktemp("virtuoso")
    http = _free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=_free_port(), http=http))
    proc = subprocess.Popen([VIRTUOSO, "+configfile", str(folder / "virtuoso.ini"), "+foreground"], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    _wait_until_it_answers(proc, f"{base}/sparql?query=ASK%7B%7D", 60, f"the Virtuoso server (log: {folder / 'virtuoso.log'})")
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


needs_virtuoso = pytest.mark.skipif(VIRTUOSO is None, reason="needs Virtuoso: apt-get install virtuoso-opensource-7-bin")


@needs_virtuoso
def test_push_to_virtuoso_answers_digest_challenge_and_queries_match(virtuoso):
    login = {"FEDGRAPH_STORE_USER": "dba", "FEDGRAPH_STORE_PASSWORD": "dba"}
    for _ in range(2):  # --replace: a second push leaves one copy
        proc = fedgraph("push", GRAPH, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--query-endpoint",
                        f"{virtuoso}/sparql", "--graph", "https://example.org/fedgraph", "--replace",
                        "--batch", "2000", env=login)
        assert proc.returncode == 0, proc.stderr
    from fedgraph.stores.memory import read_graph

    assert int(proc.stdout.strip().rsplit(" ", 1)[-1]) == len(read_graph(GRAPH))
    for name in ("leaders", "awards", "sources"):
        remote = fedgraph("query", "--endpoint", f"{virtuoso}/sparql", "--name", name, "--format", "csv")
        local = fedgraph("query", GRAPH, "--name", name, "--format", "csv")
        assert remote.returncode == 0, remote.stderr
        assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


@needs_virtuoso
def test_push_to_virtuoso_with_a_wrong_password_is_a_one_line_error(virtuoso):
    proc = fedgraph("push", GRAPH, "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--query-endpoint",
                    f"{virtuoso}/sparql", "--graph", "https://example.org/other",
                    env={"FEDGRAPH_STORE_USER": "dba", "FEDGRAPH_STORE_PASSWORD": "not-the-password"})
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "HTTP 401; give a user allowed to write" in lines[0], proc.stderr
    assert "not-the-password" not in proc.stdout + proc.stderr
