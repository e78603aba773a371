"""The explorer of a graph too large for memory, read from an Oxigraph store.

A streaming build of years of news makes a graph of hundreds of millions of
triples; rdflib cannot hold it, but the explorer shows a few thousand
entities anyway.  :func:`store_subgraph` asks the store for the entities
named in most documents (``data/explorer_entities.rq``), then for just what
the page needs about them: names, the first sentences that mention them,
their posts and relations with the sentences those came from.  The result is
a small rdflib graph for :func:`fedgraph.outputs.html.write_html`; where the
store holds no more entities than asked for, the page is the one the whole
graph gives.

>>> import tempfile
>>> from fedgraph import build_graph
>>> from fedgraph.stores.oxigraph import OxigraphStore
>>> store = OxigraphStore(tempfile.mkdtemp())
>>> _ = store.load(build_graph(["samples/corpus"])[0])
>>> len(store_subgraph(store, 100)) > 100
True
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rdflib import Graph, URIRef

from fedgraph.namespaces import FG, OA
from fedgraph.stores.oxigraph import OxigraphStore

_CHUNK = 1000  # entities per query: a VALUES block of this size stays quick to parse


@lru_cache(maxsize=None)
def _query(name: str) -> str:
    return resources.files("fedgraph.outputs").joinpath("data", f"explorer_{name}.rq").read_text(encoding="utf-8")


def _for_entities(query: str, entities: list[URIRef]) -> str:
    """``query`` with ``?e`` bound to each of ``entities`` (a VALUES block at the start of its WHERE)."""
    m = re.search(r"\bWHERE\s*\{", query)
    values = "VALUES ?e { " + " ".join(e.n3() for e in entities) + " } "
    return query[:m.end()] + " " + values + query[m.end():]


def store_subgraph(store: OxigraphStore, max_entities: int, max_sources: int = 5) -> Graph:
    """What the explorer needs about the ``max_entities`` entities named in most documents."""
    top = store.query(_query("entities") + f"\nLIMIT {int(max_entities)}")
    entities = [row[0] for row in top.rows]
    g = Graph()
    for i in range(0, len(entities), _CHUNK):
        chunk = entities[i:i + _CHUNK]
        for name in ("names", "posts", "relations"):
            for triple in store.query(_for_entities(_query(name), chunk)).graph:
                g.add(triple)
        _add_mentions(g, store.query(_for_entities(_query("mentions"), chunk)).rows, max_sources)
    return g


def count_entities(store: OxigraphStore) -> int:
    """How many entities ``store`` holds."""
    return int(store.query(_query("count")).rows[0][0])


def _add_mentions(g: Graph, rows, max_sources: int) -> None:
    """The mentions that give each entity its first ``max_sources`` distinct sentences, as the explorer reads them."""
    seen: dict = {}
    for e, m, s, text, d, file in rows:  # ordered by entity, then mention
        pairs = seen.setdefault(e, set())
        if len(pairs) >= max_sources:
            continue
        pairs.add((str(file), str(text)))
        g.add((m, OA.hasBody, e))
        g.add((m, FG.inSentence, s))
        g.add((s, FG.text, text))
        g.add((s, FG.inDocument, d))
        g.add((d, FG.sourceFile, file))
