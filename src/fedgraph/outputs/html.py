"""HTML: an interactive network of the graph (pyvis), readable offline.

Positions are computed once in Python (networkx spring layout, fixed seed) and
physics is off, so the page draws at once and nothing drifts.  pyvis inlines
vis-network; the Bootstrap links it adds from a CDN are removed, so the page
needs no network at all.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from rdflib import Graph

from fedgraph.outputs.files import write_atomic
from fedgraph.outputs.network import to_networkx

COLOURS = {
    "Federation": "#d62728", "Chamber": "#ff7f0e", "Company": "#1f77b4", "Person": "#2ca02c",
    "Programme": "#9467bd", "Event": "#8c564b", "GovernmentBody": "#e377c2", "Place": "#7f7f7f",
    "Award": "#bcbd22", "Organization": "#17becf",
}
GLOSS = {
    "Federation": "工商联 federation", "Chamber": "商会/协会 chamber", "Company": "企业 company",
    "Person": "人物 person", "Programme": "项目/行动 programme", "Event": "活动/会议 event",
    "GovernmentBody": "党政机关 government body", "Place": "地点 place", "Award": "荣誉 award",
    "Organization": "其他组织 organisation",
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*(?:href|src)=\"(?:https?:|\.\./)[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def generate_html(g: Graph, title: str = "fedgraph") -> str:
    """The explorer page for ``g`` as one self-contained HTML string."""
    from pyvis.network import Network

    G = to_networkx(g)
    simple = nx.Graph(G)
    pos = nx.spring_layout(simple, seed=7, k=None) if len(simple) else {}
    degree = dict(simple.degree())
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for n, data in sorted(G.nodes(data=True)):
        x, y = pos.get(n, (0.0, 0.0))
        lines = [f"{data['label']} ({GLOSS[data['type']]})"]
        if data["names"]:
            lines.append("names: " + ", ".join(data["names"]))
        lines += [f"[{f}] {s}" for f, s in data["sources"]]
        net.nodes.append({
            "id": n, "label": data["label"], "title": "\n".join(lines), "group": data["type"],
            "color": COLOURS[data["type"]], "x": round(float(x) * 1000, 2), "y": round(float(y) * 1000, 2),
            "size": 8 + 3 * min(degree.get(n, 0), 10), "shape": "dot", "physics": False,
        })
        net.node_ids.append(n)
        net.node_map[n] = net.nodes[-1]
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        net.edges.append({"from": u, "to": v, "label": data["relation"], "arrows": "to", "physics": False})
    net.toggle_physics(False)
    net.set_edge_smooth("false")
    page = _REMOTE.sub("", net.generate_html())
    legend = "".join(
        f'<span style="margin-right:1em"><span style="display:inline-block;width:.9em;height:.9em;'
        f'border-radius:50%;background:{c}"></span> {html.escape(GLOSS[t])}</span>'
        for t, c in COLOURS.items() if any(d["type"] == t for _, d in G.nodes(data=True)))
    header = (f'<div id="fg-legend" style="font-family:sans-serif;padding:.5em">'
              f'<strong>{html.escape(title)}</strong> · {len(G)} entities · {G.number_of_edges()} relations<br>{legend}</div>')
    return page.replace("<body>", "<body>\n" + header, 1)


def write_html(g: Graph, path: str | Path, title: str = "fedgraph") -> Path:
    """Write the explorer page for ``g`` to ``path``, atomically."""
    return write_atomic(path, generate_html(g, title))
