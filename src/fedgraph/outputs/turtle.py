"""Turtle: the graph as a deterministic, sorted Turtle document.

rdflib's serializer sorts subjects and predicates, and every node fedgraph
writes is an IRI (no blank nodes), so one graph always gives the same bytes.

>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph().add((URIRef("urn:a"), URIRef("urn:p"), Literal("永川区")))
>>> "永川区" in generate_turtle(g)
True
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from fedgraph.outputs.files import write_atomic


def generate_turtle(graph: Graph) -> str:
    """The graph as Turtle text."""
    return graph.serialize(format="turtle")


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Write the graph to ``path`` as Turtle, atomically."""
    return write_atomic(path, generate_turtle(graph))


def read_turtle(path: str | Path) -> Graph:
    """Parse a Turtle file; a malformed one raises a one-line :class:`FedgraphError`."""
    from fedgraph.stores.memory import read_graph

    return read_graph(path, "turtle")
