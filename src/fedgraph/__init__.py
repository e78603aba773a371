"""fedgraph: a knowledge graph of China's federations of industry and commerce,
chambers, companies, people and programmes, built from Chinese news text.

The stages, one package each: ``ingest`` (files -> clean text), ``extract``
(the spaCy pipeline), ``resolve`` (names -> entities), ``graph`` (RDF) and
``outputs`` (Turtle, the HTML explorer).
"""
from fedgraph.build import BuildReport, build_graph, extract_document

__version__ = "0.1.0"
__all__ = ["BuildReport", "build_graph", "extract_document", "__version__"]
