"""Check a graph against ``ontology/shapes.ttl`` with pySHACL.

>>> from fedgraph.graph import new_graph
>>> validate(new_graph()).conforms
True
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Namespace

from fedgraph.resources import ontology_dir

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def _short(g: Graph, term) -> str:
    if term is None:
        return "-"
    try:
        return g.namespace_manager.normalizeUri(term) if not hasattr(term, "n3") else term.n3(g.namespace_manager)
    except Exception:
        return str(term)


def validate(graph: Graph) -> ValidationReport:
    """Run the shapes over ``graph`` (with the ontology, for class hierarchy)."""
    import pyshacl

    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    ontology = Graph().parse(ontology_dir() / "fedgraph.ttl")
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                           allow_warnings=True)
    violations = []
    for result in sorted(report.subjects(SH.resultSeverity, None)):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        violations.append(Violation(_short(graph, focus), _short(graph, path) if path is not None else "-",
                                    str(message) if message else "violates a shape"))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations)
