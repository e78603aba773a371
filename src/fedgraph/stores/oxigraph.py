"""An on-disk Oxigraph store (pyoxigraph): for graphs too large for rdflib's memory.

Loading goes through N-Triples and Oxigraph's bulk loader; queries return
rdflib terms, so results compare one for one with :mod:`fedgraph.stores.memory`.

>>> import tempfile
>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph().add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
>>> store = OxigraphStore(tempfile.mkdtemp())
>>> store.load(g)
1
>>> store.query("SELECT ?o WHERE { ?s ?p ?o }").rows
[(rdflib.term.Literal('x'),)]
"""
from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from fedgraph.errors import FedgraphError
from fedgraph.stores.base import QueryResult, Source, bind_values, error_line
from fedgraph.stores.memory import FORMAT_NAMES, FORMATS

_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term) -> Node | None:
    """A pyoxigraph term as the equal rdflib term."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt in (_STRING, _LANG_STRING) else Literal(term.value, datatype=URIRef(dt))
    raise FedgraphError(f"unsupported term in result: {term!r}")


def to_oxigraph(term: Node):
    """An rdflib term as the equal pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise FedgraphError(f"unsupported term: {term!r}")


#: RDF file suffixes Oxigraph reads: the format's name there, and whether it holds named graphs
FILE_FORMATS = {".ttl": ("TURTLE", False), ".nt": ("N_TRIPLES", False), ".nq": ("N_QUADS", True),
                ".trig": ("TRIG", True), ".rdf": ("RDF_XML", False), ".owl": ("RDF_XML", False)}


class OxigraphStore(Source):
    """A pyoxigraph store in the folder ``path``, or in memory when ``path`` is None."""

    def __init__(self, path: str | Path | None, create: bool = True) -> None:
        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        self.union = False  # whether queries see every named graph as the default graph
        if self.path is None:
            self.store = ox.Store()
            return
        if not create and not (self.path / "CURRENT").is_file():  # the mark of the store's database
            what = "empty folder" if not any(self.path.iterdir()) else "folder"
            raise FedgraphError(f"{self.path}: {what}, not a store (build one with fedgraph build --store)")
        try:
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise FedgraphError(f"{self.path}: cannot open the store ({exc})") from None

    @classmethod
    def from_file(cls, path: str | Path) -> "OxigraphStore":
        """An in-memory store holding the RDF file ``path`` (every named graph of it as one graph).

        Parsing and querying a large file this way is many times faster than
        through rdflib; a bad file is a one-line error naming it.
        """
        import pyoxigraph as ox

        path = Path(path)
        if path.suffix.lower() not in FILE_FORMATS:
            raise FedgraphError(f"{path}: not a format the store reads (use one of {', '.join(FILE_FORMATS)})")
        if not path.is_file():
            raise FedgraphError(f"{path}: no such file")
        name, quads = FILE_FORMATS[path.suffix.lower()]
        store = cls(None)
        store.union = quads
        try:
            store.store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, name))
        except (SyntaxError, OSError, ValueError) as exc:
            title = FORMAT_NAMES[FORMATS[path.suffix.lower()]]
            raise FedgraphError(f"{path}: not valid {title} ({error_line(exc)})") from None
        return store

    def load(self, graph: Graph, replace: bool = True) -> int:
        """Load ``graph`` into the default graph (replacing what was there); returns the triple count."""
        import pyoxigraph as ox

        if replace:
            self.store.clear()
        data = graph.serialize(format="nt", encoding="utf-8")
        self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        self.store.flush()
        return len(self.store)

    def load_file(self, path: str | Path, replace: bool = True) -> int:
        """Bulk-load an N-Triples or Turtle file (never held in memory); returns the triple count."""
        import pyoxigraph as ox

        if replace:
            self.store.clear()
        fmt = ox.RdfFormat.N_TRIPLES if str(path).endswith(".nt") else ox.RdfFormat.TURTLE
        try:
            self.store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, OSError, ValueError) as exc:
            raise FedgraphError(f"{path}: cannot load into the store ({error_line(exc)})") from None
        self.store.flush()
        return len(self.store)

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        import pyoxigraph as ox

        try:
            res = self.store.query(bind_values(text, bindings), use_default_graph_as_union=self.union)
        except (SyntaxError, OSError, ValueError) as exc:
            raise FedgraphError(f"query failed: {error_line(exc)}") from None
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            seen: dict = {}  # rows repeat their values (one federation, many posts): convert each once
            rows = [tuple(seen[t] if t in seen else seen.setdefault(t, to_rdflib(t)) for t in sol) for sol in res]
            return QueryResult("select", variables, rows)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        g = Graph()
        for t in res:
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return QueryResult("graph", graph=g)
