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

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from fedgraph.namespaces import DCTERMS, FG, ID, OA, ORG, SCHEMA
from fedgraph.resolve.document import DocResult

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


def add_statement(g: Graph, s: URIRef, p: URIRef, o: URIRef, source: URIRef) -> URIRef:
    """Add ``s p o`` and the ``rdf:Statement`` that cites its ``source``; returns the statement."""
    g.add((s, p, o))
    st = statement_iri(s, p, o)
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    g.add((st, PROV.wasDerivedFrom, source))
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
    """Add one resolved document, its entities, mentions and facts to ``g``."""
    doc = result.document
    d = document_iri(doc.digest)
    g.add((d, RDF.type, FG.Document))
    g.add((d, FG.sourceFile, Literal(doc.source_file)))
    g.add((d, FG.encoding, Literal(doc.encoding)))
    title = doc.title or (doc.text.strip().splitlines()[0].strip()[:120] if doc.text.strip() else doc.source_file)
    g.add((d, DCTERMS.title, Literal(title, lang="zh")))
    date = _date(doc.date)
    if date is not None:
        g.add((d, DCTERMS.date, date))
    if doc.publisher:
        g.add((d, DCTERMS.publisher, Literal(doc.publisher, lang="zh")))
    if doc.author:
        g.add((d, DCTERMS.creator, Literal(doc.author, lang="zh")))
    if doc.url:
        g.add((d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))

    sentences = []
    for s in result.sentences:
        si = ID[f"doc/{doc.digest[:16]}/sentence/{s.start}-{s.end}"]
        sentences.append(si)
        g.add((si, RDF.type, FG.Sentence))
        g.add((si, FG.inDocument, d))
        g.add((si, FG.text, Literal(s.text, lang="zh")))
        g.add((si, FG.startOffset, Literal(s.start, datatype=XSD.integer)))
        g.add((si, FG.endOffset, Literal(s.end, datatype=XSD.integer)))

    iris = {}
    for key, ent in result.entities.items():
        e = entity_iri(key, ent.type)
        iris[key] = e
        g.add((e, RDF.type, FG[ent.type]))
        g.add((e, FG.resolutionKey, Literal(key)))
        g.add((e, FG.mentionedIn, d))
        _label(g, e, ent.label, ent.names)
        if ent.division and ent.type == "Place" and key == f"place/{ent.division}":
            g.add((e, FG.divisionCode, Literal(ent.division)))

    for m in result.mentions:
        written = "".join(m.exact.split())
        if written and Literal(written, lang="zh") not in set(g.objects(iris[m.key], RDFS.label)):
            g.add((iris[m.key], SKOS.altLabel, Literal(written, lang="zh")))  # as written (traditional too)
        mi = ID[f"doc/{doc.digest[:16]}/mention/{m.start}-{m.end}"]
        target = URIRef(f"{mi}/target")
        pos, quote = URIRef(f"{mi}/position"), URIRef(f"{mi}/quote")
        g.add((mi, RDF.type, FG.Mention))
        g.add((mi, OA.hasBody, iris[m.key]))
        g.add((mi, OA.hasTarget, target))
        if sentences:
            g.add((mi, FG.inSentence, sentences[m.sentence]))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, d))
        g.add((target, OA.hasSelector, pos))
        g.add((target, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(m.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(m.end, datatype=XSD.nonNegativeInteger)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(m.exact)))

    for f in result.facts:
        if f.subject not in iris or f.object not in iris:
            continue
        s, o = iris[f.subject], iris[f.object]
        src = sentences[f.sentence] if sentences else d
        if f.kind == "post":
            role = ID[f"role/{_h(f.role)}"]
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, Literal(f.role, lang="zh")))
            m = membership_iri(s, o, f.role)
            g.add((m, RDF.type, ORG.Membership))
            g.add((m, ORG.member, s))
            g.add((m, ORG.organization, o))
            g.add((m, ORG.role, role))
            g.add((m, FG.mentionedIn, d))
            g.add((m, PROV.wasDerivedFrom, src))
            if date is not None:
                g.add((m, FG.asOf, date))  # the post held as of the article's date
            continue
        st = add_statement(g, s, RELATION_PREDICATES[f.kind], o, src)
        g.add((st, FG.mentionedIn, d))
        if f.kind == "award":
            year = _YEAR.search(result.entities[f.object].label)
            if year:  # an award names its year ("2023年度"); otherwise the article dates it
                g.add((st, DCTERMS.date, Literal(year.group(1), datatype=XSD.gYear)))
            elif date is not None:
                g.add((st, DCTERMS.date, date))


_YEAR = re.compile(r"((?:19|20)\d{2})")


def _date(text: str) -> Literal | None:
    """An ISO date (``2025-12-11``) as an ``xsd:date`` literal, or None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return Literal(text, datatype=XSD.date)
    return None


def _label(g: Graph, e: URIRef, label: str, names: set[str]) -> None:
    """One rdfs:label per entity (the first document's choice is kept); the rest are altLabels."""
    existing = next(iter(sorted(x for x in g.objects(e, RDFS.label) if x.language == "zh")), None)
    if existing is None:
        g.add((e, RDFS.label, Literal(label, lang="zh")))
        existing = Literal(label, lang="zh")
    for n in sorted(names | {label}):
        lit = Literal(n, lang="zh")
        if lit != existing:
            g.add((e, SKOS.altLabel, lit))
