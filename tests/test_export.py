"""Every RDF file fedgraph writes parses back, with rdflib and with an independent parser."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from fedgraph.outputs.rdf import CORPUS_GRAPH, ONTOLOGY_GRAPH, generate_rdf, to_dataset
from fedgraph.namespaces import FG
from fedgraph.resources import ontology_dir

RAPPER = {"turtle": "turtle", "nt": "ntriples", "nquads": "nquads", "trig": "trig"}
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ontology_dir() / "fedgraph.ttl")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_export_triple_formats_round_trip(sample_graph, fmt, tmp_path):
    text = generate_rdf(sample_graph, fmt)
    back = Graph().parse(data=text, format={"nt": "nt", "turtle": "turtle", "jsonld": "json-ld"}[fmt])
    assert isomorphic(back, sample_graph)


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_export_quads_have_a_graph_per_document(sample_graph, ontology, fmt):
    ds = Dataset()
    ds.parse(data=generate_rdf(sample_graph, fmt, ontology), format=fmt)
    names = {str(g.identifier) for g in ds.graphs()}
    docs = list(sample_graph.subjects(None, FG.Document))
    assert {str(d).replace("/id/doc/", "/id/graph/doc/") for d in docs} <= names
    assert {str(CORPUS_GRAPH), str(ONTOLOGY_GRAPH)} <= names
    union = Graph()
    for s, p, o, c in ds.quads((None, None, None, None)):
        if str(c) != str(ONTOLOGY_GRAPH):
            union.add((s, p, o))
    assert isomorphic(union, sample_graph)


def test_export_dropping_a_document_graph_removes_its_sentences(sample_graph):
    ds = to_dataset(sample_graph)
    doc = sorted(sample_graph.subjects(None, FG.Document))[0]
    doc_graph = ds.graph(doc.replace("/id/doc/", "/id/graph/doc/"))
    assert (doc, None, None) in doc_graph
    assert any(True for _ in doc_graph.subjects(FG.inDocument, doc))


def test_export_is_deterministic(sample_graph, ontology):
    for fmt in ("nt", "nquads"):
        assert generate_rdf(sample_graph, fmt, ontology) == generate_rdf(sample_graph, fmt, ontology)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="needs rapper: apt-get install raptor2-utils")
@pytest.mark.parametrize("fmt", sorted(RAPPER))
def test_export_parses_with_rapper(sample_graph, ontology, fmt, tmp_path):
    path = tmp_path / f"g{SUFFIX[fmt]}"
    path.write_text(generate_rdf(sample_graph, fmt, ontology), encoding="utf-8")
    proc = subprocess.run(["rapper", "-q", "-i", RAPPER[fmt], "-c", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.skipif(shutil.which("rapper") is None, reason="needs rapper: apt-get install raptor2-utils")
def test_export_committed_output_parses_with_rapper():
    from conftest import ROOT

    proc = subprocess.run(["rapper", "-q", "-i", "turtle", "-c", str(ROOT / "output" / "fedgraph.ttl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_export_cli_writes_the_file(tmp_path):
    from conftest import ROOT

    out = tmp_path / "g.trig"
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "export", str(ROOT / "output" / "fedgraph.ttl"),
                           "--format", "trig", "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wrote {out}"
    Dataset().parse(out, format="trig")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats_read_back_as_the_entity_network(sample_graph, fmt, tmp_path):
    import networkx as nx

    from fedgraph.outputs.network import to_networkx

    out = tmp_path / f"g.{fmt}"
    (tmp_path / "g.ttl").write_text(sample_graph.serialize(format="turtle"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "export", str(tmp_path / "g.ttl"), "--format", fmt,
                           "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    network = to_networkx(sample_graph)
    assert set(back.nodes) == set(map(str, network.nodes))
    assert back.number_of_edges() == network.number_of_edges()
    node = next(n for n, d in network.nodes(data=True) if d["type"] == "Federation")
    assert back.nodes[str(node)]["type"] == "Federation"
    assert back.nodes[str(node)]["label"] == network.nodes[node]["label"]


def test_export_gexf_is_the_same_on_another_day(sample_graph, monkeypatch):
    import time

    from fedgraph.outputs.gephi import generate_gexf

    today = generate_gexf(sample_graph)
    monkeypatch.setattr(time, "strftime", lambda fmt, *a: "2031-01-02")
    assert generate_gexf(sample_graph) == today
    assert "lastmodifieddate" not in today
