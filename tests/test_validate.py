from __future__ import annotations

import subprocess
import sys

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import ORG

from fedgraph.graph.validate import validate
from fedgraph.namespaces import FG


def test_validate_sample_graph_conforms(sample_graph):
    report = validate(sample_graph)
    assert report.conforms, [str(v) for v in report.violations[:5]]


def test_validate_finds_broken_facts():
    g = Graph()
    person, post = URIRef("urn:x:person"), URIRef("urn:x:post")
    g.add((person, RDF.type, FG.Person))  # no label, no source
    g.add((post, RDF.type, ORG.Membership))
    g.add((post, ORG.member, person))  # no organisation, no role, no source
    report = validate(g)
    assert not report.conforms
    messages = {v.message for v in report.violations}
    assert "an entity needs a label" in messages
    assert "a post needs a role" in messages
    assert "a post needs the sentence it was read from" in messages


def test_validate_cli_exit_codes(tmp_path, sample_graph):
    good = tmp_path / "good.ttl"
    sample_graph.serialize(good, format="turtle")
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "validate", str(good)], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"{good}: conforms"
    bad = tmp_path / "bad.ttl"
    g = Graph()
    g.add((URIRef("urn:x:e"), RDF.type, FG.Company))
    g.add((URIRef("urn:x:e"), RDFS.label, Literal("某公司")))
    g.serialize(bad, format="turtle")
    proc = subprocess.run([sys.executable, "-m", "fedgraph.cli", "validate", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0] == f"{bad}: 1 violation(s)"
    assert "an entity needs a source" in proc.stdout
