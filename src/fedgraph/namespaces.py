"""The vocabularies fedgraph writes, with its own terms checked against the ontology.

``FG`` is a closed namespace: a term not declared in ``ontology/fedgraph.ttl``
is an error when the code is written, and a test checks both directions.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

ID = Namespace("https://w3id.org/fedgraph/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")


#: The ten entity classes, in the order the evaluation reads them.
ENTITY_TYPES = ("Federation", "Chamber", "Company", "Person", "Programme", "Event",
                "GovernmentBody", "Place", "Award", "Organization")


class FG(DefinedNamespace):
    """fedgraph ontology terms."""

    _NS = Namespace("https://w3id.org/fedgraph/ontology#")
    _fail = True

    # classes
    Document: URIRef
    Sentence: URIRef
    Mention: URIRef
    Entity: URIRef
    Federation: URIRef
    Chamber: URIRef
    Company: URIRef
    Person: URIRef
    Programme: URIRef
    Event: URIRef
    GovernmentBody: URIRef
    Place: URIRef
    Award: URIRef
    Organization: URIRef
    # properties
    sourceFile: URIRef
    encoding: URIRef
    mentionedIn: URIRef
    inSentence: URIRef
    inDocument: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    receivedAward: URIRef
    guidedBy: URIRef
    organizedBy: URIRef
    participatedIn: URIRef
    locatedIn: URIRef
    divisionCode: URIRef
    resolutionKey: URIRef
    mergeRule: URIRef
    inferred: URIRef
    level: URIRef
    asOf: URIRef
    # individuals
    nationalLevel: URIRef
    provincialLevel: URIRef
    cityLevel: URIRef
    countyLevel: URIRef
