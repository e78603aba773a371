"""Benchmark: rdflib's memory graph against the embedded Oxigraph store on >= 1,000,000 triples.

Builds the sample corpus, then replicates its graph with fresh IRIs (every
copy a distinct set of entities, documents and facts) until it holds the
requested number of triples, and times loading, serialising and every named
query through both backends.  Prints one line per figure.

    python benchmarks/stores.py [--triples 1000000]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fedgraph import build_graph  # noqa: E402
from fedgraph.queries import list_queries  # noqa: E402
from fedgraph.stores.base import parse_binding  # noqa: E402
from fedgraph.stores.memory import RdflibSource  # noqa: E402
from fedgraph.stores.oxigraph import OxigraphStore  # noqa: E402

PARAMS = {"name": "杨红杰", "place": "重庆市"}


def replicate(seed: Graph, target: int) -> Graph:
    g = Graph()
    copy = 0
    while len(g) < target:
        def fresh(t):
            return URIRef(f"{t}-c{copy}") if isinstance(t, URIRef) and "/fedgraph/id/" in str(t) else t
        for s, p, o in seed:
            g.add((fresh(s), p, fresh(o)))
        copy += 1
    return g


def timed(label: str, fn, seconds: dict | None = None):
    t = time.perf_counter()
    out = fn()
    took = time.perf_counter() - t
    print(f"{label:<52}{took:9.3f} s")
    if seconds is not None:
        seconds[label] = took
    return out


def _count_rows(source, text, params, conn):
    conn.send(len(source.query(text, params).rows))


def _bounded(label, source, text, params, limit):
    """Time an rdflib query in a forked process, giving up after ``limit`` seconds."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    t = time.perf_counter()
    proc = ctx.Process(target=_count_rows, args=(source, text, params, child))
    proc.start()
    if parent.poll(limit):
        rows = parent.recv()
        proc.join()
        print(f"{label:<52}{time.perf_counter() - t:9.3f} s")
        return rows
    proc.kill()
    print(f"{label:<52}  > {limit} s (stopped)")
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rdflib-timeout", type=float, default=60, help="seconds an rdflib query may take")
    args = ap.parse_args()
    seed, _ = build_graph([ROOT / "samples" / "corpus"])
    g = timed(f"replicate the sample graph to {args.triples:,} triples", lambda: replicate(seed, args.triples))
    print(f"{'triples':<52}{len(g):>11,}")
    import pyoxigraph as ox

    took: dict[str, float] = {}
    nt = timed("rdflib: serialise N-Triples", lambda: g.serialize(format="nt", encoding="utf-8"), took)
    timed("rdflib: serialise Turtle", lambda: g.serialize(format="turtle"), took)
    timed("rdflib: parse N-Triples", lambda: Graph().parse(data=nt, format="nt"), took)
    with tempfile.TemporaryDirectory() as d:
        store = OxigraphStore(d)
        timed("oxigraph (on disk): bulk load N-Triples", lambda: store.load(g), took)
        timed("oxigraph: serialise N-Triples", lambda: store.store.dump(format=ox.RdfFormat.N_TRIPLES,
                                                                       from_graph=ox.DefaultGraph()), took)
        timed("oxigraph: serialise Turtle", lambda: store.store.dump(format=ox.RdfFormat.TURTLE,
                                                                   from_graph=ox.DefaultGraph()), took)
        with tempfile.TemporaryDirectory() as mem:
            timed("oxigraph: parse N-Triples (bulk load)", lambda: OxigraphStore(mem).store.bulk_load(
                nt, format=ox.RdfFormat.N_TRIPLES), took)
        for step in ("serialise N-Triples", "serialise Turtle", "parse N-Triples"):
            ox_label = "oxigraph: " + step + (" (bulk load)" if step.startswith("parse") else "")
            print(f"{'rdflib / oxigraph time, ' + step:<52}{took['rdflib: ' + step] / took[ox_label]:9.1f} x")
        memory = RdflibSource(g)
        for q in list_queries():
            params = {p: parse_binding(PARAMS[p]) for p in q.parameters}
            a = _bounded(f"rdflib:   query {q.name}", memory, q.text, params, args.rdflib_timeout)
            best = float("inf")
            for _ in range(3):  # the best of three: the first run also warms the store's pages
                t = time.perf_counter()
                b = store.query(q.text, params)
                best = min(best, time.perf_counter() - t)
            print(f"{'oxigraph: query ' + q.name:<52}{best * 1000:9.1f} ms ({len(b.rows):,} rows)")
            if a is not None:
                assert a == len(b.rows), q.name
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (MB)':<52}{peak:11.0f}")


if __name__ == "__main__":
    main()
