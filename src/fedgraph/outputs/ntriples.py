"""N-Triples, written in runs and merged: the output of a streaming build.

A streaming build writes each part of the corpus as a *run*: the triples
that several parts may share (entities, posts, relations) as N-Triples
lines, sorted and without repeats.  :func:`merge_runs` merges the runs into
one sorted stream, dropping lines that several runs share — an entity named
in many documents is written once — after copying the lines that belong to
one document alone (its sentences and mentions), which need no merging.
The file is the same, byte for byte, however the corpus was split.

>>> from rdflib import URIRef, Literal
>>> triple_line((URIRef("urn:a"), URIRef("urn:p"), Literal('say "hi"\\n', lang="zh")))
'<urn:a> <urn:p> "say \\\\"hi\\\\"\\\\n"@zh .\\n'
"""
from __future__ import annotations

import heapq
import os
import re
import shutil
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from fedgraph.errors import FedgraphError
from fedgraph.graph.build import Terms

_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri_nt(value: str) -> str:
    """An IRI made by fedgraph (from hashes and offsets: nothing to check) in N-Triples syntax."""
    return f"<{value}>"


def _escape(text: str) -> str:
    # translate looks every character up in a dict; most strings have nothing to escape
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        return text.translate(_ESCAPES)
    return text


def literal_nt(text: str, lang: str | None = None) -> str:
    """A plain or language-tagged literal in N-Triples syntax."""
    return f'"{_escape(text)}"@{lang}' if lang else f'"{_escape(text)}"'


def typed_nt(text: str, datatype: str) -> str:
    """A typed literal in N-Triples syntax."""
    return f'"{_escape(text)}"^^<{datatype}>'


#: makes :func:`fedgraph.graph.build.document_triples` write N-Triples text
NT_TERMS = Terms(iri_nt, literal_nt, typed_nt)


def term_nt(term: Node) -> str:
    """One rdflib term in N-Triples syntax."""
    if isinstance(term, URIRef):
        if _UNSAFE_IRI.search(term):
            raise FedgraphError(f"not a valid IRI: {term!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.datatype and not term.language:
            return typed_nt(str(term), term.datatype)
        return literal_nt(str(term), term.language)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise FedgraphError(f"cannot write {term!r} as N-Triples")


def triple_line(triple: tuple[Node, Node, Node]) -> str:
    s, p, o = triple
    return f"{term_nt(s)} {term_nt(p)} {term_nt(o)} .\n"


def write_run(triples: Iterable, path: str | Path, terms: str = "rdflib") -> int:
    """Write ``triples`` to ``path`` as sorted, distinct N-Triples lines; returns the line count.

    ``terms`` says what ``triples`` holds: triples of rdflib terms, or whole
    N-Triples lines (``"lines"``).
    """
    lines = sorted(set(triples) if terms == "lines" else {triple_line(t) for t in triples})
    with atomic_lines(path) as f:
        f.writelines(lines)
    return len(lines)


@contextmanager
def atomic_lines(path: str | Path) -> Iterator[TextIO]:
    """A text file to write N-Triples lines into, in place at ``path`` only once all went well."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_run(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8", newline="\n") as f:
        yield from f


def merge_runs(runs: Iterable[str | Path], out: str | Path, count: Iterable[str] = (),
               head: Iterable[str | Path] = ()) -> Counter:
    """Merge sorted runs into ``out`` (written whole or not at all), after the files in ``head``.

    ``head`` holds lines no run repeats, copied first as they are.  Returns
    how many distinct run lines have each predicate IRI in ``count``, and,
    under ``("type", IRI)``, how many subjects have each ``rdf:type``.
    """
    sources = [_read_run(Path(r)) for r in runs]
    watched = {f"<{p}>" for p in count}
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    counts: Counter = Counter()
    with atomic_lines(out) as f:
        for part in head:
            f.flush()
            with open(part, "rb") as src:  # UTF-8 already: copied as bytes
                shutil.copyfileobj(src, f.buffer, 1 << 20)
        last = None
        for line in heapq.merge(*sources):
            if line == last:
                continue
            last = line
            f.write(line)
            s, p, rest = line.split(" ", 2)
            if p == rdf_type:
                counts["type", rest[1:rest.index(">")]] += 1
            elif p in watched:
                counts[p[1:-1]] += 1
    return counts
