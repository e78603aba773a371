"""Push to a real triple store: an Oxigraph server the tests start on 127.0.0.1."""
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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the oxigraph server did not start")
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
