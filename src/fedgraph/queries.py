"""The library of named SPARQL queries in ``ontology/queries/*.rq``.

Each file starts with comment lines: the first says what the query answers,
a ``# Parameters:`` line names the variables a caller binds (``name@zh``: a
plain string bound to it is read as a Chinese label).

>>> "leaders" in {q.name for q in list_queries()}
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from fedgraph.errors import FedgraphError
from fedgraph.resources import ontology_dir


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    parameters: tuple[str, ...]


def _parse(name: str, text: str) -> NamedQuery:
    comments = [ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")]
    description = comments[0] if comments else ""
    params: tuple[str, ...] = ()
    for c in comments:
        m = re.match(r"Parameters:\s*(.*)", c)
        if m:
            params = tuple(re.findall(r"(\w+)(?:@[\w-]+)?\s*\(", m.group(1)) or re.findall(r"\w+", m.group(1)))
    return NamedQuery(name, text, description, params)


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    folder = ontology_dir() / "queries"
    return [_parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))]


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; an unknown name lists the known ones."""
    for q in list_queries():
        if q.name == name:
            return q
    known = ", ".join(q.name for q in list_queries())
    raise FedgraphError(f"no query named {name!r}; known queries: {known}")
