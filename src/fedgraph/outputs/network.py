"""Project the RDF graph onto a networkx graph of entities and their relations.

Nodes are entities (IRI strings) with ``label``, ``type``, ``names`` and
``sources`` (``(file, sentence)`` pairs); edges carry a ``relation`` label
(the role for posts) and a ``kind`` (post, award, guidedBy, organizedBy,
participatedIn, locatedIn, subOrganizationOf, containedInPlace).

>>> from fedgraph.graph import new_graph
>>> to_networkx(new_graph()).number_of_nodes()
0
"""
from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import PROV, SKOS

from fedgraph.namespaces import ENTITY_TYPES, FG, OA, ORG, SCHEMA

EDGE_PREDICATES = {FG.receivedAward: ("award", "获奖 received award"), FG.guidedBy: ("guidedBy", "指导 guided by"),
                   FG.organizedBy: ("organizedBy", "主办 organised by"),
                   FG.participatedIn: ("participatedIn", "参与 took part in"),
                   FG.locatedIn: ("locatedIn", "位于 located in"),
                   ORG.subOrganizationOf: ("subOrganizationOf", "上级 part of"),
                   SCHEMA.containedInPlace: ("containedInPlace", "属于 within")}


def to_networkx(g: Graph, max_sources: int = 5) -> nx.MultiDiGraph:
    """The entities of ``g`` and the relations between them."""
    G = nx.MultiDiGraph()
    files = {d: str(f) for d, f in g.subject_objects(FG.sourceFile)}
    for t in ENTITY_TYPES:
        for e in sorted(set(g.subjects(RDF.type, FG[t]))):
            labels = sorted(g.objects(e, RDFS.label))
            label = str(next((x for x in labels if x.language == "zh"), labels[0] if labels else e))
            names = sorted(({str(n) for n in g.objects(e, SKOS.altLabel)} | {str(x) for x in labels}) - {label})
            sources = []
            for m in sorted(g.subjects(OA.hasBody, e)):
                for s in g.objects(m, FG.inSentence):
                    doc = next(g.objects(s, FG.inDocument), None)
                    pair = (files.get(doc, ""), str(next(g.objects(s, FG.text), "")))
                    if pair not in sources:
                        sources.append(pair)
            G.add_node(str(e), label=label, type=t, names=names, sources=sources[:max_sources])
    def fact_sources(node) -> list[tuple[str, str]]:
        out = []
        for s in sorted(g.objects(node, PROV.wasDerivedFrom)):
            text = g.value(s, FG.text)
            if text is not None:
                out.append((files.get(g.value(s, FG.inDocument), ""), str(text)))
        return out[:max_sources]

    for m in sorted(g.subjects(RDF.type, ORG.Membership)):
        person, org_ = next(g.objects(m, ORG.member), None), next(g.objects(m, ORG.organization), None)
        for role in g.objects(m, ORG.role):
            name = str(next(g.objects(role, RDFS.label), ""))
            if str(person) in G and str(org_) in G:
                G.add_edge(str(person), str(org_), key=f"post:{name}", relation=name, kind="post",
                           sources=fact_sources(m))
    statements = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        statements[(g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))] = st
    for pred, (kind, label) in EDGE_PREDICATES.items():
        for s, o in sorted(g.subject_objects(pred)):
            if str(s) in G and str(o) in G:
                st = statements.get((s, pred, o))
                G.add_edge(str(s), str(o), key=str(pred), relation=label, kind=kind,
                           sources=fact_sources(st) if st is not None else [])
    return G
