"""GraphML and GEXF (Gephi, Cytoscape, yEd) through networkx.

Attributes must be scalars there: names are joined with "; " and the source
sentences are counted.  The GEXF file leaves out networkx's
``lastmodifieddate`` (today's date), so one graph always gives the same bytes.

>>> from fedgraph.graph import new_graph
>>> "graphml" in generate_graphml(new_graph())
True
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
from rdflib import Graph

from fedgraph.outputs.files import write_atomic
from fedgraph.outputs.network import to_networkx


def to_simple_attributes(g: Graph) -> nx.MultiDiGraph:
    """The entity network with attributes every GraphML/GEXF reader takes."""
    G = to_networkx(g)
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, label=d["label"], type=d["type"], names="; ".join(d["names"]), sources=len(d["sources"]))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, label=d["relation"], kind=d["kind"], sources=len(d.get("sources", [])))
    return H


def generate_graphml(g: Graph) -> str:
    return "\n".join(nx.generate_graphml(to_simple_attributes(g)))


def write_graphml(g: Graph, path: str | Path) -> Path:
    return write_atomic(path, generate_graphml(g) + "\n")


_MODIFIED = re.compile(r'(<meta\b[^>]*?) lastmodifieddate="[^"]*"')


def generate_gexf(g: Graph) -> str:
    text = "\n".join(nx.generate_gexf(to_simple_attributes(g)))
    return _MODIFIED.sub(r"\1", text, count=1)


def write_gexf(g: Graph, path: str | Path) -> Path:
    return write_atomic(path, generate_gexf(g) + "\n")
