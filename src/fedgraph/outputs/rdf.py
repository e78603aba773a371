"""Export the graph in the RDF formats triple stores load.

Triple formats (Turtle, N-Triples, JSON-LD) hold the graph as it is.  Quad
formats (TriG, N-Quads) split it into named graphs a store can drop or
replace one by one: one per source document (its sentences, mentions and the
facts read from it, and the entities it names), one for what the corpus adds
(resolution across documents, the place and federation hierarchy), and the
ontology in its own graph.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import ORG, RDFS, SKOS

from fedgraph.errors import FedgraphError
from fedgraph.namespaces import FG, ID, OA
from fedgraph.outputs.files import write_atomic

FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
CORPUS_GRAPH = ID["graph/corpus"]
ONTOLOGY_GRAPH = URIRef("https://w3id.org/fedgraph/ontology")
ENTITY_FACTS = (RDF.type, RDFS.label, SKOS.altLabel, FG.resolutionKey)


def document_graph(doc: URIRef) -> URIRef:
    """The named graph that holds one document's facts."""
    return URIRef(str(doc).replace("/id/doc/", "/id/graph/doc/"))


def to_dataset(g: Graph, ontology: Graph | None = None) -> Dataset:
    """Split ``g`` into named graphs: one per document, one for the corpus, one for the ontology."""
    ds = Dataset()
    placed: set = set()
    for doc in sorted(g.subjects(RDF.type, FG.Document)):
        target = ds.graph(document_graph(doc))
        owned = {doc} | set(g.subjects(FG.inDocument, doc))
        for t in g.subjects(OA.hasSource, doc):
            owned.add(t)
            owned.update(g.objects(t, OA.hasSelector))
            owned.update(g.subjects(OA.hasTarget, t))
        for node in g.subjects(FG.mentionedIn, doc):
            if (node, RDF.type, ORG.Membership) in g or (node, RDF.type, RDF.Statement) in g:
                owned.add(node)
                owned.update(g.objects(node, ORG.role))
            else:
                target.add((node, FG.mentionedIn, doc))
                placed.add((node, FG.mentionedIn, doc))
                for p in ENTITY_FACTS:
                    for o in g.objects(node, p):
                        target.add((node, p, o))
                        placed.add((node, p, o))
        for node in owned:
            for s, p, o in g.triples((node, None, None)):
                target.add((s, p, o))
                placed.add((s, p, o))
        for st in [n for n in owned if (n, RDF.type, RDF.Statement) in g]:
            s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
            target.add((s, p, o))
            placed.add((s, p, o))
    corpus = ds.graph(CORPUS_GRAPH)
    for t in g:
        if t not in placed:
            corpus.add(t)
    if ontology is not None:
        onto = ds.graph(ONTOLOGY_GRAPH)
        for t in ontology:
            onto.add(t)
    for prefix, ns in g.namespaces():
        ds.bind(prefix, ns)
    return ds


def generate_rdf(g: Graph, fmt: str, ontology: Graph | None = None) -> str:
    """The graph as text in ``fmt`` (turtle, nt, nquads, trig, jsonld)."""
    if fmt not in FORMATS:
        raise FedgraphError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in ("nquads", "trig"):
        text = to_dataset(g, ontology).serialize(format=FORMATS[fmt])
    else:
        text = g.serialize(format=FORMATS[fmt])
    if fmt in ("nt", "nquads"):  # sort lines: the same graph, the same bytes
        text = "\n".join(sorted(ln for ln in text.splitlines() if ln.strip())) + "\n"
    return text


def write_rdf(g: Graph, path: str | Path, fmt: str, ontology: Graph | None = None) -> Path:
    """Write the graph to ``path`` in ``fmt``, atomically."""
    return write_atomic(path, generate_rdf(g, fmt, ontology))
