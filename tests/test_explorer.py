"""The explorer page: the networkx projection, the reduction, and the page in a real browser."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV

from fedgraph.namespaces import FG
from fedgraph.outputs.html import build_view, generate_html
from fedgraph.outputs.network import to_networkx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = '<img src=x onerror="window.__xss=1">"\'</script><script>window.__xss=2</script>'


def test_explorer_projection_has_entities_posts_and_sources(sample_graph):
    G = to_networkx(sample_graph)
    yang = next(n for n, d in G.nodes(data=True) if d["label"] == "杨红杰")
    assert G.nodes[yang]["type"] == "Person"
    assert any("杨红杰" in s for _, s in G.nodes[yang]["sources"])
    posts = [(G.nodes[v]["label"], d["relation"]) for _, v, d in G.out_edges(yang, data=True) if d["kind"] == "post"]
    assert ("锦州市工商联", "主席") in posts
    assert all(d["sources"] for _, _, d in G.edges(data=True) if d["kind"] == "post")


def test_explorer_reduction_keeps_the_most_central():
    G = nx.MultiDiGraph()
    for i in range(100):
        G.add_node(f"n{i}", type="Person", label=f"n{i}")
    for i in range(1, 30):
        G.add_edge("n0", f"n{i}", kind="post")
    view = build_view(G, max_nodes=20)
    assert view.reduced and view.total_nodes == 100 and len(view.graph) == 20
    assert "n0" in view.graph
    assert not build_view(G, max_nodes=100).reduced


def test_explorer_type_filter(sample_graph):
    view = build_view(to_networkx(sample_graph), types={"Person"})
    assert {d["type"] for _, d in view.graph.nodes(data=True)} == {"Person"}


def test_explorer_page_is_self_contained(sample_graph):
    page = generate_html(sample_graph)
    assert not re.search(r"(?:src|href)=[\"'](?:https?:|//|\.\./)", page)
    assert "cdn." not in page.lower()


def _hostile_graph() -> Graph:
    g = Graph()
    doc, sent = URIRef("https://w3id.org/fedgraph/id/doc/x"), URIRef("https://w3id.org/fedgraph/id/doc/x/sentence/0-9")
    g.add((doc, RDF.type, FG.Document))
    g.add((doc, FG.sourceFile, Literal("evil <b>file</b>.txt")))
    g.add((sent, RDF.type, FG.Sentence))
    g.add((sent, FG.inDocument, doc))
    g.add((sent, FG.text, Literal(HOSTILE)))
    person, org_ = URIRef("urn:x:p"), URIRef("urn:x:o")
    g.add((person, RDF.type, FG.Person))
    g.add((person, RDFS.label, Literal(HOSTILE, lang="zh")))
    g.add((org_, RDF.type, FG.Federation))
    g.add((org_, RDFS.label, Literal("锦州市工商联", lang="zh")))
    m, role = URIRef("urn:x:m"), URIRef("urn:x:r")
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, person))
    g.add((m, ORG.organization, org_))
    g.add((m, ORG.role, role))
    g.add((role, RDFS.label, Literal("主席")))
    g.add((m, PROV.wasDerivedFrom, sent))
    return g


def test_explorer_hostile_names_do_not_break_out_of_scripts():
    page = generate_html(_hostile_graph())
    body = page[page.index("<body>"):]
    assert "<img src=x" not in body and "</script><script>window.__xss" not in body
    data = page[page.index('id="fg-data">') + len('id="fg-data">'):]
    data = data[:data.index("</script>")]
    assert json.loads(data)["nodes"]["urn:x:p"]["label"] == HOSTILE  # the name itself, intact


browser = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium: apt-get install chromium")


@pytest.fixture(scope="module")
def chromium():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()


def _open(chromium, path: Path):
    page = chromium.new_page(viewport={"width": 1300, "height": 800})
    remote, errors, dialogs = [], [], []
    page.on("request", lambda r: r.url.startswith("file:") or remote.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("window.fgReady === true", timeout=20000)
    return page, remote, errors, dialogs


def _click_node(page, node_id: str) -> None:
    box = page.locator("#mynetwork canvas").bounding_box()
    x, y = page.evaluate("(id) => { const p = network.getPositions([id])[id]; const d = network.canvasToDOM(p); return [d.x, d.y]; }", node_id)
    page.mouse.click(box["x"] + x, box["y"] + y)


@browser
def test_explorer_in_browser_search_click_and_sources(chromium, sample_graph, tmp_path):
    path = tmp_path / "graph.html"
    path.write_text(generate_html(sample_graph), encoding="utf-8")
    page, remote, errors, _ = _open(chromium, path)
    assert remote == [] and errors == []
    legend = page.inner_text("#fg-legend")
    for gloss in ("工商联 federation", "人物 person", "地点 place"):
        assert gloss in legend
    # search a traditional-character form and a pinyin form of simplified names
    for query, label in (("錦州市工商聯", "锦州市工商联"), ("yanghongjie", "杨红杰")):
        page.fill("#fg-search", query)
        page.keyboard.press("Enter")
        selected = page.evaluate("network.getSelectedNodes()")
        assert len(selected) == 1
        assert page.evaluate("(id) => nodes.get(id).label", selected[0]) == label
    # clicking the node shows a source sentence and its document
    yang = page.evaluate("network.getSelectedNodes()[0]")
    page.evaluate("network.unselectAll()")
    _click_node(page, yang)
    panel = page.inner_text("#fg-panel")
    assert "锦州市工商联主席杨红杰介绍" in panel and "002_6202637b3967c53f.txt" in panel
    # hide a type; show a depth-1 neighbourhood
    page.uncheck("#fg-legend input[value=Place]")
    assert page.evaluate("nodes.get({filter: n => n.group === 'Place' && !n.hidden}).length") == 0
    page.check("#fg-legend input[value=Place]")
    page.select_option("#fg-depth", "1")
    visible = page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => n.label)")
    assert "杨红杰" in visible and "锦州市工商联" in visible and "永川区工商联" not in visible


@browser
def test_explorer_in_browser_hostile_label_is_text(chromium, tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(generate_html(_hostile_graph()), encoding="utf-8")
    page, remote, errors, dialogs = _open(chromium, path)
    person = "urn:x:p"
    page.evaluate("(id) => fgSelect(id)", person)
    _click_node(page, person)
    panel = page.inner_text("#fg-panel")
    assert HOSTILE in panel  # shown as the text it is
    assert page.evaluate("window.__xss === undefined")
    assert dialogs == [] and remote == []
    assert page.locator("#fg-panel img").count() == 0
