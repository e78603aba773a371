"""Resolution across documents, places, federation hierarchy, stable IRIs and updates.

The articles in tests/data/articles were written for these tests: they name
the same entities in different ways, and different entities with the same
names (王建国 heads two federations; 李红梅 is vice-chair of two; 朝阳区 is
in Beijing in one article and in no stated city in another).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import ORG

from fedgraph import build_graph
from fedgraph.namespaces import FG, SCHEMA
from fedgraph.outputs.turtle import generate_turtle

ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def graph():
    return build_graph([ARTICLES])[0]


def nodes(g, type_, label):
    return {n for n in g.subjects(RDFS.label, Literal(label, lang="zh")) if (n, RDF.type, FG[type_]) in g}


def test_corpus_national_aliases_are_one_node(graph):
    (acfic,) = nodes(graph, "Federation", "全国工商联")
    names = {str(n) for n in graph.objects(acfic, RDFS.label)} | {str(n) for n in graph.objects(acfic, None) if isinstance(n, Literal)}
    assert {"中华全国工商业联合会", "中国民间商会"} <= names
    assert len(set(graph.objects(acfic, FG.mentionedIn))) == 3


def test_corpus_same_company_in_two_articles_is_one_node(graph):
    (company,) = nodes(graph, "Company", "长城汽车重庆分公司")
    assert len(set(graph.objects(company, FG.mentionedIn))) == 2


def test_corpus_city_federation_depends_on_the_article(graph):
    assert nodes(graph, "Federation", "锦州市工商联") and nodes(graph, "Federation", "重庆市工商联")


def test_corpus_same_name_and_organisation_is_one_person(graph):
    jinzhou = nodes(graph, "Person", "王建国")
    assert len(jinzhou) == 2  # 锦州市工商联's chair (two articles) and 永川区工商联's chair
    merged = [n for n in jinzhou if len(set(graph.objects(n, FG.mentionedIn))) == 2]
    assert len(merged) == 1
    assert graph.value(merged[0], FG.mergeRule) is not None


def test_corpus_same_name_different_organisations_stay_apart(graph):
    assert len(nodes(graph, "Person", "李红梅")) == 2


def test_corpus_same_full_name_and_title_without_posts_is_one_person(tmp_path):
    texts = {"a.txt": "锦州市工商联召开会议,学习习近平总书记重要讲话精神。",
             "b.txt": "永川区工商联召开会议,传达习近平总书记的重要指示。",
             "c.txt": "锦州市工商联召开会议,王明书记讲话。",  # a two-character name: too common to join
             "d.txt": "永川区工商联召开会议,王明书记讲话。",
             "e.txt": "永川区工商联召开会议,张建华局长讲话。",  # the same name with another title
             "f.txt": "锦州市工商联召开会议,张建华书记讲话。"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    g = build_graph([tmp_path])[0]
    (xi,) = nodes(g, "Person", "习近平")
    assert len(set(g.objects(xi, FG.mentionedIn))) == 2
    assert str(g.value(xi, FG.mergeRule)).startswith("same full name and the same title")
    assert len(nodes(g, "Person", "王明")) == 2
    assert len(nodes(g, "Person", "张建华")) == 2


def test_corpus_places_link_to_their_division(graph):
    (heishan,) = nodes(graph, "Place", "黑山县")
    assert str(graph.value(heishan, FG.divisionCode)) == "210726"
    chain = []
    node = heishan
    while (up := graph.value(node, SCHEMA.containedInPlace)) is not None:
        chain.append(str(graph.value(up, RDFS.label)))
        node = up
    assert chain == ["锦州市", "辽宁省"]


def test_corpus_ambiguous_place_read_from_context(graph):
    chaoyang = [n for n in nodes(graph, "Place", "朝阳区")]
    codes = {str(graph.value(n, FG.divisionCode)) for n in chaoyang}
    assert "110105" in codes  # Beijing's, in the Beijing article


def test_corpus_federation_hierarchy_is_inferred(graph):
    (yc,) = nodes(graph, "Federation", "永川区工商联")
    (cq,) = nodes(graph, "Federation", "重庆市工商联")
    (acfic,) = nodes(graph, "Federation", "全国工商联")
    assert (yc, ORG.subOrganizationOf, cq) in graph
    assert (cq, ORG.subOrganizationOf, acfic) in graph
    assert (yc, FG.level, FG.countyLevel) in graph
    st = next(s for s in graph.subjects(RDF.subject, yc) if graph.value(s, RDF.predicate) == ORG.subOrganizationOf)
    assert graph.value(st, FG.inferred).toPython() is True


def test_corpus_pinyin_labels():
    from fedgraph.resolve.pinyin import person_pinyin, place_pinyin

    assert person_pinyin("单雄信") == "Shàn Xióngxìn"
    assert place_pinyin("黑山县") == "Hēishān Xiàn"


def articles(*names: str) -> list[Path]:
    return [ARTICLES / n for n in names]


def test_corpus_adding_an_article_keeps_existing_iris():
    first = articles("a_jinzhou.txt", "b_yongchuan.txt")
    before = build_graph(first)[0]
    after = build_graph(first + articles("c_beijing.txt"))[0]
    kept = {s for s in before.subjects(RDF.type, None)}
    assert kept <= {s for s in after.subjects(RDF.type, None)}


def test_corpus_update_equals_full_rebuild():
    first = articles("a_jinzhou.txt", "c_beijing.txt")
    everything = first + articles("b_yongchuan.txt", "d_jinzhou_again.txt")
    base = build_graph(first)[0]
    updated, report = build_graph(everything, base=base)
    full = build_graph(everything)[0]
    assert generate_turtle(updated) == generate_turtle(full)
    assert report.documents == 4
