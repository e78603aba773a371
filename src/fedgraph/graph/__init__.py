"""Graph: resolved documents -> an rdflib Graph in the fedgraph ontology."""
from fedgraph.graph.build import add_document, new_graph

__all__ = ["add_document", "new_graph"]
