"""rdflib's in-memory graph as a query backend (fine up to a few hundred thousand triples)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Variable
from rdflib.term import Node

from fedgraph.errors import FedgraphError
from fedgraph.stores.base import QueryResult, Source, error_line, with_languages

FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}
FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "json-ld": "JSON-LD",
          "xml": "RDF/XML"}


def read_graph(path: str | Path, fmt: str | None = None) -> Graph:
    """Parse an RDF file (format from its suffix unless given) into one graph; a bad file is a one-line error."""
    path = Path(path)
    fmt = fmt or FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise FedgraphError(f"{path}: unknown RDF format (use one of {', '.join(sorted(FORMATS))})")
    if not path.exists():
        raise FedgraphError(f"{path}: no such file")
    try:
        if fmt in ("nquads", "trig"):
            ds = Dataset()
            ds.parse(str(path), format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
        else:
            g = Graph().parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser types
        raise FedgraphError(f"{path}: not valid {FORMAT_NAMES.get(fmt, fmt)} ({error_line(exc)})") from None
    return g


class RdflibSource(Source):
    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    @classmethod
    def from_file(cls, path: str | Path) -> "RdflibSource":
        return cls(read_graph(path))

    def query(self, text: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        try:
            bound = with_languages(text, bindings or {})
            res = self.graph.query(text, initBindings={Variable(k): v for k, v in bound.items()})
        except Exception as exc:
            raise FedgraphError(f"query failed: {error_line(exc)}") from None
        if res.type == "SELECT":
            variables = [str(v) for v in res.vars]
            return QueryResult("select", variables, [tuple(row) for row in res])
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        g = Graph()
        for t in res:
            g.add(t)
        return QueryResult("graph", graph=g)
