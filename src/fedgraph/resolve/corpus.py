"""Resolution across documents, run on the whole graph after every build.

- **People**: a person is keyed per document by name and the first
  organisation they hold a post in.  Nodes with one name that hold posts in
  the same organisation are joined here (the node with the smallest IRI
  stays), and the joined node records the rule in ``fg:mergeRule``.  People
  with one name and no shared organisation stay apart.
- **Places**: each division is linked to the one above it
  (``schema:containedInPlace``) up to the province, adding the divisions the
  text did not name, with their code, full name and pinyin.
- **Federations**: each federation of a division gets its level, its place and
  the federation one level up (``org:subOrganizationOf``); these links are
  inferred from the division table, not read, and say so: their
  ``rdf:Statement`` has ``fg:inferred true`` and cites the table.

Every step only adds what follows from the graph, so running it on a graph
that already had it, plus new documents, gives what a full rebuild gives.
"""
from __future__ import annotations

from typing import TypeVar

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from fedgraph.graph.build import add_statement, entity_iri, membership_iri, statement_iri
from fedgraph.namespaces import FG, ID, ORG, SCHEMA
from fedgraph.resolve.divisions import Division, divisions
from fedgraph.resolve.pinyin import person_pinyin, place_pinyin

DIVISIONS_SOURCE = ID["source/divisions"]
LEVELS = {"province": FG.provincialLevel, "prefecture": FG.cityLevel, "county": FG.countyLevel}
SAME_ORG_RULE = "same name and a post in the same organisation"
SAME_TITLE_RULE = "same full name and the same title, with no post named"
N = TypeVar("N", bound=str)  # a node: an IRI, as a URIRef or a plain string


def finalize(g: Graph) -> Graph:
    """Run every corpus-wide step on ``g`` (in place) and return it."""
    merge_people(g)
    explain_merges(g)
    place_hierarchy(g)
    federation_hierarchy(g)
    pinyin_labels(g)
    return g


# -- people -----------------------------------------------------------------
def merge_people(g: Graph) -> None:
    by_name: dict[str, list[URIRef]] = {}
    for p in g.subjects(RDF.type, FG.Person):
        for label in g.objects(p, RDFS.label):
            if label.language == "zh":
                by_name.setdefault(str(label), []).append(p)
    posts = {n: set(_post_orgs(g, n)) for nodes in by_name.values() if len(nodes) > 1 for n in nodes}
    joined = join_people(by_name, posts)
    for n in sorted(joined):
        _rewrite(g, n, joined[n])
        g.add((joined[n], FG.mergeRule, Literal(SAME_ORG_RULE)))


def join_people(by_name: dict[str, list[N]], posts: dict[N, set]) -> dict[N, N]:
    """Node -> the node it joins, for people of one name with a post in one organisation.

    The nodes so linked form groups; each group's smallest node stays.

    >>> join_people({"王强": ["a", "b", "c"]}, {"a": {"x"}, "b": {"y"}, "c": {"x", "y"}})
    {'b': 'a', 'c': 'a'}
    """
    joined: dict[N, N] = {}
    for _, nodes in sorted(by_name.items()):
        if len(nodes) < 2:
            continue
        parent = {n: n for n in nodes}

        def find(n):
            while parent[n] != n:
                n = parent[n]
            return n

        by_org: dict = {}
        for n in sorted(nodes):
            for org in posts.get(n, ()):
                by_org.setdefault(org, []).append(n)
        for members in by_org.values():
            for other in members[1:]:
                ra, rb = find(members[0]), find(other)
                parent[max(ra, rb)] = min(ra, rb)
        for n in nodes:
            if find(n) != n:
                joined[n] = find(n)
    return joined


def _post_orgs(g: Graph, person: URIRef):
    for m in g.subjects(ORG.member, person):
        yield from g.objects(m, ORG.organization)


def _rewrite(g: Graph, old: URIRef, new: URIRef) -> None:
    """Move every triple of ``old`` to ``new``, then rename posts and statements that changed."""
    for s, p, o in list(g.triples((old, None, None))):
        g.remove((s, p, o))
        g.add((new, p, o))
    for s, p, o in list(g.triples((None, None, old))):
        g.remove((s, p, o))
        g.add((s, p, new))
    for m in list(g.subjects(ORG.member, new)):
        org_ = g.value(m, ORG.organization)
        role = g.value(g.value(m, ORG.role), RDFS.label)
        _rename(g, m, membership_iri(new, org_, str(role)))
    for st in list(g.subjects(RDF.type, RDF.Statement)):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if new in (s, o):
            _rename(g, st, statement_iri(s, p, o))


def _rename(g: Graph, old: URIRef, new: URIRef) -> None:
    if old == new:
        return
    for s, p, o in list(g.triples((old, None, None))):
        g.remove((s, p, o))
        g.add((new, p, o))


RULES = (
    ("national/", "a national body known by several names (national_bodies.tsv)"),
    ("federation/", "the same administrative division (federation of that place)"),
    ("body/", "the same administrative division (Party or state body of that place)"),
    ("place/", "the same administrative division code"),
    ("person/", SAME_ORG_RULE),
)


def explain_merges(g: Graph) -> None:
    """Record on every entity named in several documents the rule that made it one node."""
    for e in set(g.subjects(FG.mentionedIn, None)):
        if len(set(g.objects(e, FG.mentionedIn))) < 2 or (e, RDF.type, ORG.Membership) in g:
            continue
        rule = merge_rule(min((str(k) for k in g.objects(e, FG.resolutionKey)), default=""))
        if rule:
            g.add((e, FG.mergeRule, Literal(rule)))


def merge_rule(key: str) -> str | None:
    """The rule that makes one node of an entity with resolution key ``key`` named in several documents."""
    if not key or (key.startswith("person/") and "@doc:" in key):
        return None  # no key, or a person tied to one document
    if key.startswith("person/") and "@title:" in key:
        return SAME_TITLE_RULE
    return next((r for prefix, r in RULES if key.startswith(prefix)), "the same full name after resolving abbreviations")


# -- places -----------------------------------------------------------------
def _place_node(g: Graph, d: Division) -> URIRef:
    node = entity_iri(f"place/{d.code}", "Place")
    if (node, RDF.type, FG.Place) not in g:
        g.add((node, RDF.type, FG.Place))
        g.add((node, RDFS.label, Literal(d.name, lang="zh")))
        g.add((node, FG.resolutionKey, Literal(f"place/{d.code}")))
    g.add((node, PROV.wasDerivedFrom, DIVISIONS_SOURCE))  # name, code and parent come from the table
    g.add((node, FG.divisionCode, Literal(d.code)))
    g.add((node, FG.level, LEVELS[d.level]))
    return node


def place_hierarchy(g: Graph) -> None:
    divs = divisions()
    _describe_source(g)
    for code in sorted({str(c) for c in g.objects(None, FG.divisionCode)}):
        d = divs.get(code)
        if d is None:
            continue
        node = _place_node(g, d)
        for parent in divs.chain(d)[1:]:
            up = _place_node(g, parent)
            g.add((node, SCHEMA.containedInPlace, up))
            node = up


def _describe_source(g: Graph) -> None:
    g.add((DIVISIONS_SOURCE, RDF.type, PROV.Entity))
    g.add((DIVISIONS_SOURCE, RDFS.label, Literal("China's administrative divisions (county level and above), "
                                                   "as they stand now, with their former names, from the tables shipped by the jionlp package", lang="en")))


# -- federations ------------------------------------------------------------
def _federation_node(g: Graph, d: Division | None) -> URIRef:
    if d is None:
        key, label = "national/全国工商联", "全国工商联"
    else:
        key, label = f"federation/{d.code}", d.name + "工商联"
    node = entity_iri(key, "Federation")
    if (node, RDF.type, FG.Federation) not in g:
        g.add((node, RDF.type, FG.Federation))
        g.add((node, RDFS.label, Literal(label, lang="zh")))
        g.add((node, FG.resolutionKey, Literal(key)))
    g.add((node, PROV.wasDerivedFrom, DIVISIONS_SOURCE))  # its place in the hierarchy comes from the table
    return node


def _inferred(g: Graph, s: URIRef, p: URIRef, o: URIRef) -> None:
    st = add_statement(g, s, p, o, DIVISIONS_SOURCE)
    g.add((st, FG.inferred, Literal(True, datatype=XSD.boolean)))


def federation_hierarchy(g: Graph) -> None:
    divs = divisions()
    keys = sorted({str(k) for k in g.objects(None, FG.resolutionKey) if str(k).startswith("federation/")})
    done: set[str] = set()
    while keys:
        key = keys.pop()
        if key in done:
            continue
        done.add(key)
        d = divs.get(key.split("/", 1)[1])
        if d is None:
            continue
        node = _federation_node(g, d)
        g.add((node, FG.level, LEVELS[d.level]))
        _inferred(g, node, FG.locatedIn, _place_node(g, d))
        parent = divs.parent(d)
        _inferred(g, node, ORG.subOrganizationOf, _federation_node(g, parent))
        if parent is not None:
            keys.append(f"federation/{parent.code}")
    if done:
        g.add((_federation_node(g, None), FG.level, FG.nationalLevel))


# -- readable labels ----------------------------------------------------------
def pinyin_labels(g: Graph) -> None:
    for cls, reading in ((FG.Person, person_pinyin), (FG.Place, place_pinyin)):
        for node in set(g.subjects(RDF.type, cls)):
            for label in list(g.objects(node, RDFS.label)):
                if label.language == "zh":
                    g.add((node, RDFS.label, Literal(reading(str(label)), lang="zh-Latn-pinyin")))
