"""HTML: the graph explorer, a pyvis network with search, filters and a source panel.

The page works from disk with no network: vis-network is inlined by pyvis
and the CDN links pyvis adds are removed.  Positions are computed once in
Python (networkx) and physics is off, so the page draws at once and nothing
drifts.  Node size follows PageRank.  Above ``max_nodes`` entities the page
shows a reduced view: the most central entities (PageRank) and their
neighbours, and says so.

Names come from untrusted text: the page's own script puts them in the DOM
with ``textContent`` only, and the JSON it reads is escaped for a ``<script>``
block, so no name can run code.
"""
from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from fedgraph.outputs.files import write_atomic
from fedgraph.outputs.network import ENTITY_TYPES, to_networkx

DEFAULT_MAX_NODES = 5000
COLOURS = {
    "Federation": "#d62728", "Chamber": "#ff7f0e", "Company": "#1f77b4", "Person": "#2ca02c",
    "Programme": "#9467bd", "Event": "#8c564b", "GovernmentBody": "#e377c2", "Place": "#7f7f7f",
    "Award": "#bcbd22", "Organization": "#17becf",
}
SHAPES = {
    "Federation": ("star", "★"), "Chamber": ("diamond", "◆"), "Company": ("square", "■"), "Person": ("dot", "●"),
    "Programme": ("triangle", "▲"), "Event": ("triangleDown", "▼"), "GovernmentBody": ("hexagon", "⬢"),
    "Place": ("dot", "○"), "Award": ("star", "☆"), "Organization": ("square", "□"),
}
GLOSS = {
    "Federation": "工商联 federation", "Chamber": "商会/协会 chamber", "Company": "企业 company",
    "Person": "人物 person", "Programme": "项目/行动 programme", "Event": "活动/会议 event",
    "GovernmentBody": "党政机关 government body", "Place": "地点 place", "Award": "荣誉 award",
    "Organization": "其他组织 organisation",
}
RELATION_GLOSS = {
    "post": "职务 post", "award": "获奖 award", "guidedBy": "指导 guided by", "organizedBy": "主办 organised by",
    "participatedIn": "参与 took part in", "locatedIn": "位于 located in", "subOrganizationOf": "上级 part of",
    "containedInPlace": "属于 within",
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"(?:https?:|\.\./)[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)
OPTIONS = {
    "physics": {"enabled": False},
    "edges": {"smooth": {"enabled": False}, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 10, "align": "middle"}, "color": {"inherit": False, "color": "#bbbbbb"}},
    "nodes": {"font": {"size": 14}},
    "interaction": {"hover": True, "hideEdgesOnDrag": True, "tooltipDelay": 300},
}


@dataclass
class View:
    """The part of the graph the page shows."""

    graph: nx.MultiDiGraph
    total_nodes: int
    reduced: bool


def build_view(G: nx.MultiDiGraph, types: set[str] | None = None, max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """Keep the entity ``types`` asked for and, above ``max_nodes``, the most central part.

    >>> G = nx.MultiDiGraph()
    >>> for i in range(10): G.add_node(str(i), type="Person", label=str(i))
    >>> G.add_edges_from([("0", "1"), ("0", "2")], kind="post")
    [0, 0]
    >>> v = build_view(G, max_nodes=3)
    >>> v.reduced, sorted(v.graph.nodes)
    (True, ['0', '1', '2'])
    """
    if types:
        G = G.subgraph([n for n, d in G.nodes(data=True) if d["type"] in types]).copy()
    total = G.number_of_nodes()
    if total <= max_nodes:
        return View(G, total, False)
    rank = _rank(G)
    order = sorted(G.nodes, key=lambda n: (-rank[n], n))
    keep: set[str] = set()
    simple = nx.Graph(G)
    for n in order:  # central entities with their neighbours, until the budget is spent
        if len(keep) >= max_nodes:
            break
        keep.add(n)
        for m in sorted(simple.neighbors(n), key=lambda m: (-rank[m], m)):
            if len(keep) >= max_nodes:
                break
            keep.add(m)
    return View(G.subgraph(keep).copy(), total, True)


def _rank(G: nx.MultiDiGraph) -> dict[str, float]:
    simple = nx.Graph(G)
    if simple.number_of_edges() == 0:
        return {n: 1.0 / max(len(simple), 1) for n in simple}
    return nx.pagerank(simple)


def _layout(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions: each connected component laid out on its own, components packed in rows.

    Spring layout costs grow with the square of a component's size, so large
    components get fewer iterations; small ones (most of a news graph) are cheap.
    """
    simple = nx.Graph(G)
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    row_width = 300 * math.sqrt(max(len(simple), 1))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp in comps:
        n = len(comp)
        radius = 90 * math.sqrt(n) + 30
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        if n == 1:
            local = {comp[0]: (0.0, 0.0)}
        else:
            iterations = 50 if n <= 500 else max(5, 25_000 // n)
            # a fresh graph in sorted order: a subgraph view iterates a set, whose order varies by run
            sub = nx.Graph()
            sub.add_nodes_from(comp)
            sub.add_edges_from(sorted(tuple(sorted(e)) for e in simple.subgraph(comp).edges))
            local = nx.spring_layout(sub, seed=7, iterations=iterations)
        cx, cy = x + radius, y + radius
        for node, (lx, ly) in local.items():
            pos[node] = (cx + float(lx) * radius, cy + float(ly) * radius)
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return pos


def _search_keys(label: str, names: list[str]) -> list[str]:
    from fedgraph.ingest.clean import fold

    keys = set()
    for name in [label, *names]:
        for variant in (name, fold(name), _to_traditional(name)):
            keys.add(re.sub(r"[\s“”\"'‘’]", "", _strip_tones(variant)).lower())
    return sorted(k for k in keys if k)


def _strip_tones(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _to_traditional(text: str) -> str:
    return _s2t().convert(text)


def _script_json(data: object) -> str:
    """JSON safe inside a <script> block: no "</", no "<!--", no line separators."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(view: View, title: str = "fedgraph") -> str:
    """The explorer page of ``view`` as one self-contained HTML string."""
    from pyvis.network import Network

    G = view.graph
    rank = _rank(G) if len(G) else {}
    top = max(rank.values(), default=1.0) or 1.0
    pos = _layout(G)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    info, edge_info, adjacent, incident = {}, {}, {}, {}
    for n, d in sorted(G.nodes(data=True)):
        x, y = pos.get(n, (0.0, 0.0))
        shape = SHAPES[d["type"]][0]
        net.nodes.append({"id": n, "label": d["label"], "color": COLOURS[d["type"]], "shape": shape,
                          "x": round(x, 1), "y": round(y, 1), "size": round(8 + 22 * math.sqrt(rank.get(n, 0) / top), 1),
                          "group": d["type"]})
        net.node_ids.append(n)
        net.node_map[n] = net.nodes[-1]
        names = d.get("names", [])
        info[n] = {"label": d["label"], "type": d["type"], "names": names,
                   "keys": _search_keys(d["label"], names), "sources": d.get("sources", [])}
    for i, (u, v, d) in enumerate(sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", "")))):
        eid = f"e{i}"
        net.edges.append({"id": eid, "from": u, "to": v, "label": d.get("relation", ""), "kind": d.get("kind", "")})
        edge_info[eid] = {"from": u, "to": v, "relation": d.get("relation", ""), "kind": d.get("kind", ""),
                          "sources": d.get("sources", [])}
        adjacent.setdefault(u, []).append(v)
        adjacent.setdefault(v, []).append(u)
        incident.setdefault(u, []).append(eid)
        incident.setdefault(v, []).append(eid)
    net.set_options(json.dumps(OPTIONS))
    page = _REMOTE.sub("", net.generate_html())
    data = {"nodes": info, "edges": edge_info, "adjacent": adjacent, "incident": incident,
            "gloss": GLOSS}
    present_types = [t for t in ENTITY_TYPES if any(d["type"] == t for _, d in G.nodes(data=True))]
    present_kinds = sorted({d.get("kind", "") for _, _, d in G.edges(data=True)} - {""})
    legend = "".join(
        f'<label><input type="checkbox" value="{t}" checked> <span class="fg-swatch" style="color:{COLOURS[t]}">'
        f'{SHAPES[t][1]}</span> {html.escape(GLOSS[t])}</label>' for t in present_types)
    relations = "".join(
        f'<label><input type="checkbox" value="{k}" checked> {html.escape(RELATION_GLOSS.get(k, k))}</label>'
        for k in present_kinds)
    note = ""
    if view.reduced:
        note = (f'<span id="fg-note">reduced view: the {len(G):,} most central of {view.total_nodes:,} entities '
                f'(build a view of fewer types with fedgraph explore --types)</span>')
    bar = f"""<div id="fg-bar">
<h1>{html.escape(title)}</h1>
<span>{len(G):,} entities · {G.number_of_edges():,} relations</span>
<div id="fg-search-box"><input id="fg-search" type="search" placeholder="搜索 search: 名称 / 拼音 / 繁體" autocomplete="off"><ul id="fg-results"></ul></div>
<label>neighbourhood 邻域 <select id="fg-depth"><option value="0">all</option><option value="1">1</option><option value="2">2</option></select></label>
{note}
</div>
<div id="fg-bar2" style="padding:.3em .8em;border-bottom:1px solid #eee"><span id="fg-legend">{legend}</span><span id="fg-relations">{relations}</span></div>
<div id="fg-main">"""
    css = resources.files("fedgraph.outputs").joinpath("data", "explorer.css").read_text(encoding="utf-8")
    js = resources.files("fedgraph.outputs").joinpath("data", "explorer.js").read_text(encoding="utf-8")
    page = page.replace("</head>", f"<style>{css}</style>\n</head>", 1)
    page = re.sub(r'<div class="card" style="width: 100%">\s*<div id="mynetwork" class="card-body"></div>\s*</div>',
                  lambda _: '<div id="mynetwork"></div>\n<div id="fg-panel"><p>Search or click an entity to see its names, '
                            'facts and source sentences. 搜索或点击实体查看出处。</p></div>\n</div>', page, count=1)
    page = page.replace("<body>", "<body>\n" + bar, 1)
    script = (f'<script type="application/json" id="fg-data">{_script_json(data)}</script>\n'
              f"<script>{js}</script>\n")
    return page.replace("</body>", script + "</body>", 1)


def generate_html(g: Graph, title: str = "fedgraph", types: set[str] | None = None,
                  max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The explorer page for ``g`` as one self-contained HTML string."""
    return render(build_view(to_networkx(g), types, max_nodes), title)


def write_html(g: Graph, path: str | Path, title: str = "fedgraph", types: set[str] | None = None,
               max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """Write the explorer page for ``g`` to ``path`` atomically; returns the view it shows."""
    view = build_view(to_networkx(g), types, max_nodes)
    write_atomic(path, render(view, title))
    return view
