"""Stores: where a graph can be queried and loaded.

:func:`open_source` picks the backend from the target, so every command
takes a file, a store folder or an endpoint alike:

- a file (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.rdf``): loaded into an in-memory
  Oxigraph store (JSON-LD files are parsed with rdflib);
- a folder: an on-disk Oxigraph store (``fedgraph build --store DIR``);
- an ``http(s)://`` URL: a SPARQL endpoint.
"""
from __future__ import annotations

from pathlib import Path

from fedgraph.stores.base import QueryResult, Source


def open_source(target: str) -> Source:
    """The query backend for ``target`` (a file, a store folder or a SPARQL endpoint URL)."""
    if target.startswith(("http://", "https://")):
        from fedgraph.stores.remote import SparqlEndpoint

        return SparqlEndpoint(target)
    path = Path(target)
    if path.is_dir():
        from fedgraph.stores.oxigraph import OxigraphStore

        return OxigraphStore(path, create=False)
    from fedgraph.stores.oxigraph import FILE_FORMATS, OxigraphStore

    if path.suffix.lower() in FILE_FORMATS:
        return OxigraphStore.from_file(path)
    from fedgraph.stores.memory import RdflibSource

    return RdflibSource.from_file(path)


__all__ = ["QueryResult", "Source", "open_source"]
