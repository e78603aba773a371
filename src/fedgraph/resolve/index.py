"""Resolution across documents from a compact index, for builds that stream.

A streaming build never holds the whole graph.  Each document is summed up
in a :class:`DocSummary` (its entities' IRIs, types and labels, and the
organisations its people hold posts in); a :class:`CorpusIndex` gathers the
summaries in input order and decides what :mod:`fedgraph.resolve.corpus`
decides on a whole graph: which people are one person, which label each
entity keeps, which entities were joined from several documents, and the place
and federation hierarchy.  The result is the same graph.

Memory grows with the number of distinct entities (a few hundred bytes each),
not with the text.

>>> from fedgraph.build import extract_document
>>> from fedgraph.ingest.read import read_document
>>> index = CorpusIndex()
>>> index.add(summarize(extract_document(read_document(sorted(__import__("pathlib").Path("samples/corpus").glob("*.txt"))[0]))))
True
>>> sorted({e.type for e in index.entries.values()})[:3]
['Award', 'Chamber', 'Company']
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from fedgraph.graph.build import Triple, entity_iri
from fedgraph.namespaces import FG
from fedgraph.resolve.corpus import (SAME_ORG_RULE, federation_hierarchy, join_people, merge_rule, pinyin_labels,
                                     place_hierarchy)
from fedgraph.resolve.document import DocResult


@dataclass
class DocSummary:
    """What resolution across documents needs from one document."""

    digest: str
    path: str
    entities: list[tuple[str, str, str, str]]  # (IRI, type, label, key)
    posts: dict[str, set[str]]  # person IRI -> IRIs of the organisations they hold posts in


def summarize(result: DocResult) -> DocSummary:
    iris = {key: str(entity_iri(key, ent.type)) for key, ent in result.entities.items()}
    posts: dict[str, set[str]] = {}
    for key, ent in result.entities.items():
        if ent.type == "Person":
            posts[iris[key]] = set()
    for f in result.facts:
        if f.kind == "post" and f.subject in iris and f.object in iris and iris[f.subject] in posts:
            posts[iris[f.subject]].add(iris[f.object])
    entities = [(iris[k], e.type, e.label, k) for k, e in result.entities.items()]
    return DocSummary(result.document.digest, result.document.path, entities, posts)


@dataclass(slots=True)  # one per distinct entity: the index's size
class _Entry:
    type: str
    label: str  # the first document's label: the one the entity keeps
    key: str  # the smallest resolution key
    documents: int = 0


@dataclass
class CorpusIndex:
    """Summaries of every document, gathered in input order."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    relabel: dict[str, str] = field(default_factory=dict)  # IRI -> kept label, where a document used another
    posts: dict[str, set[str]] = field(default_factory=dict)
    digests: set[str] = field(default_factory=set)
    documents: int = 0

    def add(self, summary: DocSummary) -> bool:
        """Take in one document; False (and nothing taken) if its text was seen before."""
        if summary.digest in self.digests:
            return False
        self.digests.add(summary.digest)
        self.documents += 1
        for iri, type_, label, key in summary.entities:
            entry = self.entries.get(iri)
            if entry is None:
                self.entries[iri] = _Entry(type_, label, key, 1)
                continue
            entry.documents += 1
            entry.key = min(entry.key, key)
            if label != entry.label:
                self.relabel[iri] = entry.label
        for person, orgs in summary.posts.items():
            self.posts.setdefault(person, set()).update(orgs)
        return True

    # -- people ---------------------------------------------------------------
    def merged_people(self) -> dict[str, str]:
        """Person IRI -> the IRI of the node it joins (only for people joined into another).

        The rule of :func:`fedgraph.resolve.corpus.merge_people`: one name and a
        post in one organisation; the smallest IRI stays.
        """
        by_name: dict[str, list[str]] = {}
        for iri, entry in self.entries.items():
            if entry.type == "Person":
                by_name.setdefault(entry.label, []).append(iri)
        return join_people(by_name, self.posts)

    def renamed_keys(self, merged: dict[str, str]) -> dict[str, URIRef]:
        """Resolution key -> IRI of the joined node, for the emitters (see ``document_triples``)."""
        return {self.entries[iri].key: URIRef(target) for iri, target in merged.items()}

    # -- what the corpus adds -------------------------------------------------
    def corpus_triples(self, merged: dict[str, str]) -> Iterator[Triple]:
        """The triples resolution across documents adds: merge rules, the hierarchy, places' pinyin."""
        documents: Counter[str] = Counter()
        keys: dict[str, str] = {}
        for iri, entry in self.entries.items():
            node = merged.get(iri, iri)
            documents[node] += entry.documents
            keys[node] = min(keys.get(node, entry.key), entry.key)
        for target in sorted(set(merged.values())):
            yield URIRef(target), FG.mergeRule, Literal(SAME_ORG_RULE)
        for node, count in sorted(documents.items()):
            rule = merge_rule(keys[node]) if count > 1 else None
            if rule:
                yield URIRef(node), FG.mergeRule, Literal(rule)
        yield from self._hierarchy()  # places get their pinyin there, people where they are written

    def _hierarchy(self) -> Graph:
        """The place and federation hierarchy, built on a graph of just the places and federations."""
        g = Graph()
        for iri, entry in sorted(self.entries.items()):
            if entry.type in ("Place", "Federation") or entry.key.startswith("national/"):
                node = URIRef(iri)
                g.add((node, RDF.type, FG[entry.type]))
                g.add((node, RDFS.label, Literal(entry.label, lang="zh")))
                g.add((node, FG.resolutionKey, Literal(entry.key)))
                code = entry.key.split("/", 1)[1]
                if entry.type == "Place" and entry.key.startswith("place/") and code.isdigit():
                    g.add((node, FG.divisionCode, Literal(code)))  # a division, not a named area
        place_hierarchy(g)
        federation_hierarchy(g)
        pinyin_labels(g)
        return g
