"""The triples of resolved documents, for an rdflib :class:`~rdflib.Graph` or an N-Triples file.

:func:`document_triples` says what a document contributes, once; a
:class:`Terms` maker turns it into rdflib terms (:func:`add_document`, the
in-memory build) or N-Triples text (the streaming build).

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
from types import SimpleNamespace
from typing import Callable, Iterator, Mapping

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


def statement_triples(st: URIRef, s: URIRef, p: URIRef, o: URIRef, source: URIRef,
                      terms: Terms | None = None) -> Iterator[Triple]:
    """``s p o`` and the ``rdf:Statement`` ``st`` that cites its ``source`` (terms made by ``terms``)."""
    t = (terms or RDF_TERMS).vocabulary
    yield s, p, o
    yield st, t.type, t.Statement
    yield st, t.subject, s
    yield st, t.predicate, p
    yield st, t.object, o
    yield st, t.wasDerivedFrom, source


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
                     renamed: Mapping[str, URIRef] | None = None, terms: Terms | None = None) -> Iterator[tuple]:
    """The triples of one resolved document (some may repeat).

    ``labels`` gives the label an entity already has (its own label is used
    otherwise); ``renamed`` maps resolution keys to the IRI of the node they
    were joined into (see :mod:`fedgraph.resolve.index`).  ``terms`` makes
    the terms: rdflib's (the default) or N-Triples text
    (:data:`fedgraph.outputs.ntriples.NT_TERMS`).
    """
    labels = labels or {}
    renamed = renamed or {}
    terms = terms or RDF_TERMS
    t = terms.vocabulary
    iri, lit, typed = terms.iri, terms.lit, terms.typed
    doc = result.document
    raw_d = document_iri(doc.digest)
    d = iri(raw_d)
    yield d, t.type, t.Document
    yield d, t.sourceFile, lit(doc.source_file)
    yield d, t.encoding, lit(doc.encoding)
    yield d, t.title, lit(doc.heading, "zh")
    date = doc.date if doc.date and _ISO_DATE.fullmatch(doc.date) else None
    if date is not None:
        yield d, t.date, typed(date, XSD.date)
    if doc.publisher:
        yield d, t.publisher, lit(doc.publisher, "zh")
    if doc.author:
        yield d, t.creator, lit(doc.author, "zh")
    if doc.url:
        yield d, t.url, typed(doc.url, XSD.anyURI)

    # the loops below run for every sentence and mention: nothing in them is looked up twice
    integer, non_negative = XSD.integer, XSD.nonNegativeInteger
    sentences = []
    for s in result.sentences:
        si = iri(f"{raw_d}/sentence/{s.start}-{s.end}")
        sentences.append(si)
        yield si, t.type, t.Sentence
        yield si, t.inDocument, d
        yield si, t.text, lit(s.text, "zh")
        yield si, t.startOffset, typed(str(s.start), integer)
        yield si, t.endOffset, typed(str(s.end), integer)

    raw, iris, canonical = {}, {}, {}
    for key, ent in result.entities.items():
        raw[key] = node = renamed.get(key) or entity_iri(key, ent.type)
        iris[key] = e = iri(node)
        canonical[key] = label = labels.get(node, ent.label)
        yield e, t.type, iri(FG[ent.type])
        yield e, t.resolutionKey, lit(key)
        yield e, t.mentionedIn, d
        yield e, t.label, lit(label, "zh")
        for n in sorted(ent.names | {ent.label}):
            if n != label:
                yield e, t.altLabel, lit(n, "zh")
        if ent.division and ent.type == "Place" and key == f"place/{ent.division}":
            yield e, t.divisionCode, lit(ent.division)

    for m in result.mentions:
        written = "".join(m.exact.split())
        if written and written != canonical[m.key]:
            yield iris[m.key], t.altLabel, lit(written, "zh")  # as written (traditional too)
        mi = f"{raw_d}/mention/{m.start}-{m.end}"
        node, target = iri(mi), iri(f"{mi}/target")
        pos, quote = iri(f"{mi}/position"), iri(f"{mi}/quote")
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
        yield pos, t.start, typed(str(m.start), non_negative)
        yield pos, t.end, typed(str(m.end), non_negative)
        yield quote, t.type, t.TextQuoteSelector
        yield quote, t.exact, lit(m.exact)

    for f in result.facts:
        if f.subject not in iris or f.object not in iris:
            continue
        s, o = iris[f.subject], iris[f.object]
        src = sentences[f.sentence] if sentences else d
        if f.kind == "post":
            role = iri(ID[f"role/{_h(f.role)}"])
            yield role, t.type, t.Role
            yield role, t.label, lit(f.role, "zh")
            m = iri(membership_iri(raw[f.subject], raw[f.object], f.role))
            yield m, t.type, t.Membership
            yield m, t.member, s
            yield m, t.organization, o
            yield m, t.role, role
            yield m, t.mentionedIn, d
            yield m, t.wasDerivedFrom, src
            if date is not None:
                yield m, t.asOf, typed(date, XSD.date)  # the post held as of the article's date
            continue
        predicate = RELATION_PREDICATES[f.kind]
        st = iri(statement_iri(raw[f.subject], predicate, raw[f.object]))
        yield from statement_triples(st, s, iri(predicate), o, src, terms)
        yield st, t.mentionedIn, d
        if f.kind == "award":
            year = _YEAR.search(result.entities[f.object].label)
            if year:  # an award names its year ("2023年度"); otherwise the article dates it
                yield st, t.date, typed(year.group(1), XSD.gYear)
            elif date is not None:
                yield st, t.date, typed(date, XSD.date)


#: every property and class :func:`document_triples` writes, by the name it uses
_VOCABULARY = {
    "type": RDF.type, "label": RDFS.label, "altLabel": SKOS.altLabel,
    "Document": FG.Document, "sourceFile": FG.sourceFile, "encoding": FG.encoding,
    "title": DCTERMS.title, "date": DCTERMS.date, "publisher": DCTERMS.publisher,
    "creator": DCTERMS.creator, "url": SCHEMA.url,
    "Sentence": FG.Sentence, "inDocument": FG.inDocument, "text": FG.text,
    "startOffset": FG.startOffset, "endOffset": FG.endOffset,
    "resolutionKey": FG.resolutionKey, "mentionedIn": FG.mentionedIn, "divisionCode": FG.divisionCode,
    "Mention": FG.Mention, "inSentence": FG.inSentence,
    "hasBody": OA.hasBody, "hasTarget": OA.hasTarget, "hasSource": OA.hasSource, "hasSelector": OA.hasSelector,
    "SpecificResource": OA.SpecificResource, "TextPositionSelector": OA.TextPositionSelector,
    "TextQuoteSelector": OA.TextQuoteSelector, "start": OA.start, "end": OA.end, "exact": OA.exact,
    "Role": ORG.Role, "Membership": ORG.Membership, "member": ORG.member, "organization": ORG.organization,
    "role": ORG.role, "wasDerivedFrom": PROV.wasDerivedFrom, "asOf": FG.asOf,
    "Statement": RDF.Statement, "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
}


class Terms:
    """Makes the terms of triples: IRIs, plain and language-tagged literals, typed literals.

    Two makers share :func:`document_triples`: :data:`RDF_TERMS` (rdflib
    terms, for an in-memory graph) and
    :data:`fedgraph.outputs.ntriples.NT_TERMS` (N-Triples text, for files
    written line by line, where building rdflib terms costs more than
    writing them).
    """

    def __init__(self, iri: Callable[[str], object], lit: Callable[..., object],
                 typed: Callable[[str, str], object]) -> None:
        self.iri, self.lit, self.typed = iri, lit, typed
        self.vocabulary = SimpleNamespace(**{name: iri(term) for name, term in _VOCABULARY.items()})


RDF_TERMS = Terms(URIRef, lambda text, lang=None: Literal(text, lang=lang),
                  lambda text, datatype: Literal(text, datatype=datatype))


_YEAR = re.compile(r"((?:19|20)\d{2})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
