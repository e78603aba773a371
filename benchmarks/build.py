"""Benchmark: end-to-end build throughput, parallel speed-up, memory and start-up.

Generates a corpus of N MB of news text by recombining the sample articles'
sentences with fresh names (people and places change in every generated
article, so resolution does real work), then times, each in its own process:

- ``fedgraph`` building it with 1 and with 2 worker processes (characters/s,
  documents/s, peak memory), simplified and traditional;
- the same text through ``spacy.blank("zh")`` alone and ``jieba.posseg`` alone
  (on a 1 MB slice, scaled), printed as ratios, since absolute times drift on
  shared machines;
- start-up: importing fedgraph and loading the pipeline.

    python benchmarks/build.py [--mb 10] [--traditional]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "建国红杰铁智海涛明华伟芳强军平东丽静敏磊洋勇艳杰娟涛超秀霞刚桂英玉兰春梅志宏"


def generate(folder: Path, mb: float, traditional: bool, seed: int = 7) -> tuple[int, int]:
    """Write about ``mb`` MB of articles into ``folder``; returns (documents, characters)."""
    from fedgraph import build_graph
    from fedgraph.ingest.read import read_document
    from fedgraph.resolve.divisions import divisions
    from rdflib import RDF, RDFS
    from fedgraph.namespaces import FG

    rnd = random.Random(seed)
    graph, _ = build_graph([ROOT / "samples" / "corpus"])
    people = sorted({str(l) for p in graph.subjects(RDF.type, FG.Person) for l in graph.objects(p, RDFS.label)
                     if getattr(l, "language", "") == "zh"}, key=len, reverse=True)
    divs = [d for d in divisions() if d.level in ("prefecture", "county")]
    sentences = []
    for f in sorted((ROOT / "samples" / "corpus").glob("*.txt")):
        text = read_document(f).text
        sentences += [s for s in re.split(r"(?<=[。!?！？])", text) if len(s.strip()) > 8]
    convert = None
    if traditional:
        import opencc

        convert = opencc.OpenCC("s2t").convert
    docs = chars = 0
    target = mb * 1_000_000
    while chars < target:
        body = "".join(rnd.choice(sentences) for _ in range(rnd.randint(12, 30)))
        for name in people:
            body = body.replace(name, rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN))
        for old in ("锦州", "永川", "重庆"):
            body = body.replace(old, rnd.choice(divs).short)
        if convert:
            body = convert(body)
        (folder / f"g{docs:06d}.txt").write_text(body, encoding="utf-8")
        docs += 1
        chars += len(body)
    return docs, chars


def _child(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    wrapped = ("import json, resource, sys, time\nsys.path.insert(0, %r)\n" % str(ROOT / "src")) + code + (
        "\nout['rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024"
        "\nout['rss_children_mb'] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024"
        "\nprint(json.dumps(out))")
    proc = subprocess.run([sys.executable, "-c", wrapped], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--traditional", action="store_true", help="generate traditional-character text")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs, chars = generate(folder, args.mb, args.traditional)
        print(f"corpus: {docs:,} documents, {chars:,} characters ({'traditional' if args.traditional else 'simplified'})")
        start = _child("t = time.perf_counter()\nimport fedgraph\nfrom fedgraph.extract import load_pipeline\n"
                       "load_pipeline()('锦州市工商联主席杨红杰介绍。')\nout = {'s': time.perf_counter() - t}")
        print(f"start-up (import and pipeline load):   {start['s']:.2f} s")
        runs = {}
        for jobs in (1, 2):
            r = _child(f"from fedgraph import build_graph\nt = time.perf_counter()\n"
                       f"build_graph([{str(folder)!r}], jobs={jobs})\nout = {{'s': time.perf_counter() - t}}")
            runs[jobs] = r
            print(f"fedgraph build, {jobs} process(es):       {r['s']:8.1f} s  {chars / r['s']:>10,.0f} chars/s  "
                  f"{docs / r['s']:>7,.1f} docs/s  peak {max(r['rss_mb'], r['rss_children_mb']):,.0f} MB")
        print(f"speed-up with 2 processes:             {runs[1]['s'] / runs[2]['s']:.2f}x")
        blank = _child(f"import spacy, pathlib\nnlp = spacy.blank('zh')\n"
                       f"texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))]\n"
                       f"t = time.perf_counter()\nfor d in nlp.pipe(texts): pass\nout = {{'s': time.perf_counter() - t}}")
        posseg = _child(f"import jieba, jieba.posseg, logging, pathlib\njieba.setLogLevel(logging.WARNING)\njieba.initialize()\n"
                        f"texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))]\n"
                        f"sample, n = [], 0\nfor x in texts:\n    sample.append(x); n += len(x)\n    if n > 1_000_000: break\n"
                        f"t = time.perf_counter()\nfor x in sample: list(jieba.posseg.cut(x))\n"
                        f"out = {{'s': (time.perf_counter() - t) * {chars} / n}}")
        print(f"spacy.blank('zh') alone:               {blank['s']:8.1f} s  {chars / blank['s']:>10,.0f} chars/s")
        print(f"jieba.posseg alone (scaled from 1 MB): {posseg['s']:8.1f} s  {chars / posseg['s']:>10,.0f} chars/s")
        print(f"fedgraph / spacy.blank time:           {runs[1]['s'] / blank['s']:.1f}x")
        print(f"jieba.posseg / fedgraph time:          {posseg['s'] / runs[1]['s']:.2f}x")


if __name__ == "__main__":
    main()
