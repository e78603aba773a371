"""Query results as text: an aligned table (Chinese counts two columns), CSV, TSV or JSON.

>>> from rdflib import Literal
>>> from fedgraph.stores.base import QueryResult
>>> print(generate_results(QueryResult("select", ["name"], [(Literal("杨红杰"),)]), "table"))
name
------
杨红杰
(1 row)
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import Literal, URIRef
from rdflib.term import Node

from fedgraph.stores.base import QueryResult

FORMATS = ("table", "csv", "tsv", "json")


def _text(term: Node | None) -> str:
    if term is None:
        return ""
    return str(term)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "bnode", "value": str(term)}


def generate_results(result: QueryResult, fmt: str = "table") -> str:
    """``result`` as text in ``fmt``; ASK gives true/false and CONSTRUCT/DESCRIBE Turtle."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower()
    if result.kind == "graph":
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_text(t) for t in row])
        return buf.getvalue().rstrip("\n")
    cells = [[_text(t) for t in row] for row in result.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(result.variables, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
