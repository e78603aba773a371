"""What every query backend returns: a :class:`QueryResult` of rdflib terms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from fedgraph.errors import FedgraphError


@dataclass
class QueryResult:
    """The answer to a query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def error_line(exc: BaseException) -> str:
    """The first line of a parser's or store's error message (its type where it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Source:
    """A place SPARQL queries run against."""

    def query(self, text: str, bindings: dict[str, Node] | None = None) -> QueryResult:  # pragma: no cover
        raise NotImplementedError


def parse_binding(value: str) -> Node:
    """A ``--param`` value as an RDF term: ``<iri>`` or an http(s) IRI, else a plain literal.

    >>> parse_binding("<https://example.org/a>")
    rdflib.term.URIRef('https://example.org/a')
    >>> parse_binding("杨红杰")
    rdflib.term.Literal('杨红杰')
    """
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://")):
        return URIRef(value)
    return Literal(value)


def _values_clause(bindings: dict[str, Node]) -> str:
    """A VALUES block binding each parameter to its RDF term (terms are serialised, not pasted)."""
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(v.n3() for v in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def parameter_languages(query: str) -> dict[str, str]:
    """Parameters the query's header declares with a language (``# Parameters: name@zh (…)``).

    >>> parameter_languages("# Parameters: name@zh (a name), year (a year)\\nSELECT * {}")
    {'name': 'zh'}
    """
    out: dict[str, str] = {}
    for line in re.findall(r"^#\s*Parameters:(.*)$", query, re.M):
        out.update(re.findall(r"(\w+)@([A-Za-z][\w-]*)", line))
    return out


def with_languages(query: str, bindings: dict[str, Node]) -> dict[str, Node]:
    """``bindings`` with each plain literal given the language its parameter declares."""
    langs = parameter_languages(query)
    return {k: Literal(str(v), lang=langs[k])
            if k in langs and isinstance(v, Literal) and not v.language and v.datatype is None else v
            for k, v in bindings.items()}


def bind_values(query: str, bindings: dict[str, Node] | None) -> str:
    """Add a VALUES block for ``bindings`` at the start of the query's outer WHERE group.

    A plain literal bound to a parameter declared with a language gets that
    language, so the query can match labels directly (through the store's
    index) instead of comparing every label's string.
    """
    if not bindings:
        return query
    bindings = with_languages(query, bindings)
    m = re.search(r"\bWHERE\s*\{", query, re.I)
    if not m:
        raise FedgraphError("parameters need a query with a WHERE clause")
    return query[:m.end()] + " " + _values_clause(bindings) + " " + query[m.end():]
