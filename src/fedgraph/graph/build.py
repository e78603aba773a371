"""Write resolved documents into an rdflib :class:`~rdflib.Graph`.

Every IRI is derived from content: a document's from the SHA-1 of its text,
an entity's from its resolution key, a mention's and a sentence's from the
document and their offsets.  Nothing depends on input order, so the same
corpus always gives the same graph.

Shapes written (see ``ontology/fedgraph.ttl``):

- ``fg:Document`` with ``fg:sourceFile``; ``fg:Sentence`` with its text and offsets;
- each entity typed ``fg:<Type>`` with ``rdfs:label``, ``skos:altLabel`` and
  ``fg:mentionedIn`` its documents;
- each mention an ``fg:Mention`` (a Web Annotation) whose target selects the
  text by position and quote, linked to its sentence;
- posts as ``org:Membership``; other relations as direct triples plus an
  ``rdf:Statement`` that carries the source sentence.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterator, Mapping

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from fedgraph.namespaces import DCTERMS, FG, ID, OA, ORG, SCHEMA
from fedgraph.resolve.document import DocResult

Triple = tuple[URIRef, URIRef, URIRef | Literal]

RELATION_PREDICATES = {
    "award": FG.receivedAward,
    "guidedBy": FG.guidedBy,
    "organizedBy": FG.organizedBy,
    "participatedIn": FG.participatedIn,
    "locatedIn": FG.locatedIn,
}


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str, type_: str) -> URIRef:
    """The stable IRI of the entity with resolution key ``key``."""
    return ID[f"{type_.lower()}/{_h(key)}"]


def membership_iri(person: URIRef, org: URIRef, role: str) -> URIRef:
    return ID[f"post/{_h(str(person), str(org), role)}"]


def statement_iri(s: URIRef, p: URIRef, o: URIRef) -> URIRef:
    return ID[f"statement/{_h(str(s), str(p), str(o))}"]


def statement_triples(st: URIRef, s: URIRef, p: URIRef, o: URIRef, source: URIRef) -> Iterator[Triple]:
    """``s p o`` and the ``rdf:Statement`` ``st`` that cites its ``source``."""
    yield s, p, o
    yield st, RDF.type, RDF.Statement
    yield st, RDF.subject, s
    yield st, RDF.predicate, p
    yield st, RDF.object, o
    yield st, PROV.wasDerivedFrom, source


def add_statement(g: Graph, s: URIRef, p: URIRef, o: URIRef, source: URIRef) -> URIRef:
    """Add ``s p o`` and the ``rdf:Statement`` that cites its ``source``; returns the statement."""
    st = statement_iri(s, p, o)
    for triple in statement_triples(st, s, p, o, source):
        g.add(triple)
    return st


def document_iri(digest: str) -> URIRef:
    return ID[f"doc/{digest[:16]}"]


def new_graph() -> Graph:
    """An empty graph with fedgraph's prefixes bound."""
    g = Graph()
    for prefix, ns in (("fg", FG._NS), ("fgid", ID), ("org", ORG), ("oa", OA), ("prov", PROV),
                       ("skos", SKOS), ("dcterms", DCTERMS)):
        g.bind(prefix, ns)
    return g


def add_document(g: Graph, result: DocResult) -> None:
    """Add one resolved document, its entities, mentions and facts to ``g``.

    An entity already in ``g`` keeps its label (the first document's choice).
    """
    labels = {}
    for key, ent in result.entities.items():
        e = entity_iri(key, ent.type)
        existing = min((x for x in g.objects(e, RDFS.label) if x.language == "zh"), default=None)
        if existing is not None:
            labels[e] = str(existing)
    for triple in document_triples(result, labels):
        g.add(triple)


def document_triples(result: DocResult, labels: Mapping[URIRef, str] | None = None,
                     renamed: Mapping[str, URIRef] | None = None) -> Iterator[Triple]:
    """The triples of one resolved document (some may repeat).

    ``labels`` gives the label an entity already has (its own label is used
    otherwise); ``renamed`` maps resolution keys to the IRI of the node they
    were joined into (see :mod:`fedgraph.resolve.index`).
    """
    labels = labels or {}
    renamed = renamed or {}
    doc = result.document
    d = document_iri(doc.digest)
    yield d, RDF.type, FG.Document
    yield d, FG.sourceFile, Literal(doc.source_file)
    yield d, FG.encoding, Literal(doc.encoding)
    title = doc.title or (doc.text.strip().splitlines()[0].strip()[:120] if doc.text.strip() else doc.source_file)
    yield d, DCTERMS.title, Literal(title, lang="zh")
    date = _date(doc.date)
    if date is not None:
        yield d, DCTERMS.date, date
    if doc.publisher:
        yield d, DCTERMS.publisher, Literal(doc.publisher, lang="zh")
    if doc.author:
        yield d, DCTERMS.creator, Literal(doc.author, lang="zh")
    if doc.url:
        yield d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)

    t = _TERMS  # the loops below run for every sentence and mention: terms looked up once
    sentences = []
    for s in result.sentences:
        si = URIRef(f"{d}/sentence/{s.start}-{s.end}")
        sentences.append(si)
        yield si, t.type, t.Sentence
        yield si, t.inDocument, d
        yield si, t.text, Literal(s.text, lang="zh")
        yield si, t.startOffset, Literal(str(s.start), datatype=t.integer)
        yield si, t.endOffset, Literal(str(s.end), datatype=t.integer)

    iris, canonical = {}, {}
    for key, ent in result.entities.items():
        e = renamed.get(key) or entity_iri(key, ent.type)
        iris[key] = e
        canonical[key] = label = labels.get(e, ent.label)
        yield e, RDF.type, FG[ent.type]
        yield e, FG.resolutionKey, Literal(key)
        yield e, FG.mentionedIn, d
        yield e, RDFS.label, Literal(label, lang="zh")
        for n in sorted(ent.names | {ent.label}):
            if n != label:
                yield e, SKOS.altLabel, Literal(n, lang="zh")
        if ent.division and ent.type == "Place" and key == f"place/{ent.division}":
            yield e, FG.divisionCode, Literal(ent.division)

    for m in result.mentions:
        written = "".join(m.exact.split())
        if written and written != canonical[m.key]:
            yield iris[m.key], t.altLabel, Literal(written, lang="zh")  # as written (traditional too)
        mi = f"{d}/mention/{m.start}-{m.end}"
        node, target = URIRef(mi), URIRef(f"{mi}/target")
        pos, quote = URIRef(f"{mi}/position"), URIRef(f"{mi}/quote")
        yield node, t.type, t.Mention
        yield node, t.hasBody, iris[m.key]
        yield node, t.hasTarget, target
        if sentences:
            yield node, t.inSentence, sentences[m.sentence]
        yield target, t.type, t.SpecificResource
        yield target, t.hasSource, d
        yield target, t.hasSelector, pos
        yield target, t.hasSelector, quote
        yield pos, t.type, t.TextPositionSelector
        yield pos, t.start, Literal(str(m.start), datatype=t.nonNegativeInteger)
        yield pos, t.end, Literal(str(m.end), datatype=t.nonNegativeInteger)
        yield quote, t.type, t.TextQuoteSelector
        yield quote, t.exact, Literal(m.exact)

    for f in result.facts:
        if f.subject not in iris or f.object not in iris:
            continue
        s, o = iris[f.subject], iris[f.object]
        src = sentences[f.sentence] if sentences else d
        if f.kind == "post":
            role = ID[f"role/{_h(f.role)}"]
            yield role, RDF.type, ORG.Role
            yield role, RDFS.label, Literal(f.role, lang="zh")
            m = membership_iri(s, o, f.role)
            yield m, RDF.type, ORG.Membership
            yield m, ORG.member, s
            yield m, ORG.organization, o
            yield m, ORG.role, role
            yield m, FG.mentionedIn, d
            yield m, PROV.wasDerivedFrom, src
            if date is not None:
                yield m, FG.asOf, date  # the post held as of the article's date
            continue
        st = statement_iri(s, RELATION_PREDICATES[f.kind], o)
        yield from statement_triples(st, s, RELATION_PREDICATES[f.kind], o, src)
        yield st, FG.mentionedIn, d
        if f.kind == "award":
            year = _YEAR.search(result.entities[f.object].label)
            if year:  # an award names its year ("2023年度"); otherwise the article dates it
                yield st, DCTERMS.date, Literal(year.group(1), datatype=XSD.gYear)
            elif date is not None:
                yield st, DCTERMS.date, date


class _TERMS:
    """The terms written for every sentence and mention (namespace attribute lookups are slow)."""

    type, integer, nonNegativeInteger = RDF.type, XSD.integer, XSD.nonNegativeInteger
    Sentence, inDocument, text, startOffset, endOffset = (FG.Sentence, FG.inDocument, FG.text,
                                                          FG.startOffset, FG.endOffset)
    Mention, inSentence, altLabel = FG.Mention, FG.inSentence, SKOS.altLabel
    hasBody, hasTarget, hasSource, hasSelector = OA.hasBody, OA.hasTarget, OA.hasSource, OA.hasSelector
    SpecificResource, TextPositionSelector, TextQuoteSelector = (OA.SpecificResource, OA.TextPositionSelector,
                                                                 OA.TextQuoteSelector)
    start, end, exact = OA.start, OA.end, OA.exact


_YEAR = re.compile(r"((?:19|20)\d{2})")


def _date(text: str) -> Literal | None:
    """An ISO date (``2025-12-11``) as an ``xsd:date`` literal, or None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return Literal(text, datatype=XSD.date)
    return None
