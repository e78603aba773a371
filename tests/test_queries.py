"""The named queries on the sample graph, through rdflib and through the embedded store."""
from __future__ import annotations

import pytest
from rdflib import Literal

from fedgraph.queries import get_query, list_queries
from fedgraph.stores.memory import RdflibSource
from fedgraph.stores.oxigraph import OxigraphStore


@pytest.fixture(scope="module")
def sources(sample_graph, tmp_path_factory):
    store = OxigraphStore(tmp_path_factory.mktemp("store"))
    store.load(sample_graph)
    return {"rdflib": RdflibSource(sample_graph), "oxigraph": store}


def rows(result):
    return {tuple("" if t is None else str(t) for t in row) for row in result.rows}


EXPECTED = {
    "leaders": ({}, {("锦州市工商联", "杨红杰", "主席"), ("锦州市工商联", "卫铁智", "党组书记"),
                     ("永川区工商联", "邓儒方", "副主席"), ("永川区工商联", "汪礼碧", "副主席"),
                     ("永川区工商联", "孟瑞章", "副主席")}),
    "person_posts": ({"name": Literal("卫铁智")}, {("卫铁智", "锦州市委统战部", "副部长"), ("卫铁智", "锦州市工商联", "党组书记")}),
    "awards": ({}, {("永川区工商联", "2022—2023年度全国“五好”县级工商联", "2022"),
                    ("临江商会", "行动典型商会", "")}),
    "organisations_in_place": ({"place": Literal("重庆市")}, {("永川区工商联", "Federation", "永川区"),
                                                           ("重庆市工商联", "Federation", "重庆市")}),
    "programmes": ({}, {("锦州市工商联", "“政企会客厅”", "")}),
    "federation_hierarchy": ({}, {("永川区工商联", "countyLevel", "重庆市工商联"),
                                  ("重庆市工商联", "provincialLevel", "全国工商联"),
                                  ("锦州市工商联", "cityLevel", "辽宁省工商联")}),
    "sources": ({"name": Literal("杨红杰")}, {("主席 @ 锦州市工商联", "002_6202637b3967c53f.txt")}),
}


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_named_query_gives_expected_rows(sources, backend, name):
    params, expected = EXPECTED[name]
    found = rows(sources[backend].query(get_query(name).text, params))
    if name == "sources":
        found = {r[:2] for r in found}
    assert expected <= found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_embedded_store_agrees_with_rdflib(sources, name):
    params, _ = EXPECTED[name]
    text = get_query(name).text
    assert rows(sources["rdflib"].query(text, params)) == rows(sources["oxigraph"].query(text, params))


def test_queries_every_named_query_is_documented_and_tested():
    queries = list_queries()
    assert {q.name for q in queries} == set(EXPECTED)
    for q in queries:
        assert q.description, q.name
        for p in q.parameters:
            assert f"?{p}" in q.text


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_queries_parameters_are_terms_not_query_text(sources, backend):
    hostile = Literal('卫铁智") } } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER("1')
    assert sources[backend].query(get_query("person_posts").text, {"name": hostile}).rows == []
