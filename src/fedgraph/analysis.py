"""Analysis of a built graph with networkx: counts, central entities, components, shared names.

>>> from fedgraph.graph import new_graph
>>> graph_stats(new_graph())["entities"]
{}
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
from rdflib import RDF, RDFS, Graph

from fedgraph.namespaces import FG
from fedgraph.outputs.network import to_networkx


def graph_stats(g: Graph, top: int = 10) -> dict:
    """Counts per type and relation, the most central entities (PageRank) and the components."""
    G = to_networkx(g)
    entities = Counter(d["type"] for _, d in G.nodes(data=True))
    relations = Counter(d["kind"] for _, _, d in G.edges(data=True))
    simple = nx.Graph(G)
    rank = nx.pagerank(simple) if len(simple) else {}
    central = sorted(rank, key=lambda n: (-rank[n], n))[:top]
    components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    return {
        "documents": len(set(g.subjects(RDF.type, FG.Document))),
        "entities": dict(sorted(entities.items())),
        "relations": dict(sorted(relations.items())),
        "central": [(G.nodes[n]["label"], G.nodes[n]["type"], round(rank[n], 4)) for n in central],
        "components": {"count": len(components), "largest": components[0] if components else 0},
    }


def shared_names(g: Graph) -> list[tuple[str, int, int]]:
    """Names that appear in more than one document: ``(name, documents, nodes carrying it)``."""
    docs: dict[str, set] = defaultdict(set)
    nodes: dict[str, set] = defaultdict(set)
    for e, label in g.subject_objects(RDFS.label):
        if getattr(label, "language", None) != "zh" or g.value(e, FG.mentionedIn) is None:
            continue
        if (e, RDF.type, FG.Document) in g or (e, RDF.type, FG.Sentence) in g:
            continue
        nodes[str(label)].add(e)
        docs[str(label)].update(g.objects(e, FG.mentionedIn))
    return sorted(((n, len(docs[n]), len(nodes[n])) for n in docs if len(docs[n]) > 1),
                  key=lambda r: (-r[1], r[0]))
