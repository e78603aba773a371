"""Benchmark: the explorer page at 500, 5,000 and 50,000 entities (4 relations each) in headless Chromium.

For each size it prints the time to build the page in Python, its file size,
the time from navigation until the network is drawn and interactive, and the
time a search and a click take.  Above the page's limit (5,000 entities) the
build writes the reduced view, as ``fedgraph build`` does.

    python benchmarks/explorer.py [--sizes 500,5000,50000] [--chromium /usr/bin/chromium]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fedgraph.outputs.html import DEFAULT_MAX_NODES, build_view, render  # noqa: E402
from fedgraph.outputs.network import ENTITY_TYPES  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国红杰铁智海涛明华伟芳强军平东"


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n):
        t = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        label = (rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)) if t == "Person" else f"实体{i}{t[:3]}"
        G.add_node(f"n{i}", label=label, type=t, names=[f"别名{i}"], sources=[("doc.txt", f"{label}出席会议。")])
    for i in range(4 * n):
        u, v = f"n{rnd.randrange(n)}", f"n{rnd.randrange(n)}"
        G.add_edge(u, v, relation="主席", kind="post", sources=[("doc.txt", "句子。")])
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="500,5000,50000")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'entities':>9} {'shown':>7} {'build s':>8} {'size MB':>8} {'load s':>7} {'search s':>9} {'click s':>8}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=args.chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        for n in (int(s) for s in args.sizes.split(",")):
            G = synthetic(n)
            t = time.perf_counter()
            view = build_view(G, max_nodes=DEFAULT_MAX_NODES)
            page_html = render(view, f"benchmark {n}")
            build_s = time.perf_counter() - t
            path = Path(tmp) / f"g{n}.html"
            path.write_text(page_html, encoding="utf-8")
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.fgReady === true", timeout=120_000)
            load_s = time.perf_counter() - t
            target = next(iter(view.graph.nodes))
            label = view.graph.nodes[target]["label"]
            t = time.perf_counter()
            page.fill("#fg-search", label)
            page.keyboard.press("Enter")
            page.wait_for_function("network.getSelectedNodes().length === 1")
            search_s = time.perf_counter() - t
            t = time.perf_counter()
            page.evaluate("(id) => fgSelect(id)", target)
            page.wait_for_function("document.querySelector('#fg-panel h2') !== null")
            click_s = time.perf_counter() - t
            page.close()
            print(f"{n:>9,} {len(view.graph):>7,} {build_s:>8.2f} {path.stat().st_size / 1e6:>8.2f} "
                  f"{load_s:>7.2f} {search_s:>9.3f} {click_s:>8.3f}")
        browser.close()


if __name__ == "__main__":
    main()
