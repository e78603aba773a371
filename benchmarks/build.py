"""Benchmark: end-to-end build throughput, parallel speed-up, memory, baselines and start-up.

Generates a corpus of N MB of news text by recombining the sample articles'
sentences with fresh names (people and places change in every generated
article, so resolution does real work), then times, each in its own process:

- ``fedgraph build --stream`` with 1 and 2 worker processes: characters/s,
  documents/s, and the peak memory of the whole process tree (sampled);
- the same text through ``spacy.blank("zh")`` alone and ``jieba.posseg`` alone
  (on a slice, scaled), printed as ratios, since absolute times drift on
  shared machines;
- start-up: importing fedgraph and loading the pipeline;
- with ``--profile``: the top entries of a cProfile of one process on 1 MB.

    python benchmarks/build.py [--mb 10 100] [--jobs 1 2] [--traditional] [--profile]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
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
    wrapped = ("import json, sys, time\nsys.path.insert(0, %r)\n" % str(ROOT / "src")) + code + "\nprint(json.dumps(out))"
    proc = subprocess.run([sys.executable, "-c", wrapped], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree) / 1e6


def timed_build(folder: Path, jobs: int) -> dict:
    """``fedgraph build --stream`` in a child process: seconds and peak memory of its process tree."""
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "fedgraph.cli", "build", str(folder), "--out", out, "--stream",
               "--jobs", str(jobs), "-q"]
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak = [0.0]

        def sample() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
                time.sleep(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        seconds = time.perf_counter() - start
        sampler.join()
        if proc.returncode not in (0, 3):
            raise SystemExit(f"build failed: {err.strip().splitlines()[-1:]}")
        size = os.path.getsize(Path(out) / "fedgraph.nt")
    return {"s": seconds, "peak_mb": peak[0], "nt_mb": size / 1e6}


def baselines(folder: Path, chars: int, traditional: bool) -> tuple[float, float]:
    """Seconds for spacy.blank("zh") on all the text and for jieba.posseg (scaled from a slice)."""
    blank = _child(f"import spacy, pathlib\nnlp = spacy.blank('zh')\n"
                   f"texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))]\n"
                   f"t = time.perf_counter()\nfor d in nlp.pipe(texts): pass\nout = {{'s': time.perf_counter() - t}}")
    slice_chars = 200_000 if traditional else 1_000_000  # posseg is ~10x slower on traditional text
    posseg = _child(f"import jieba, jieba.posseg, logging, pathlib\njieba.setLogLevel(logging.WARNING)\njieba.initialize()\n"
                    f"texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))]\n"
                    f"sample, n = [], 0\nfor x in texts:\n    sample.append(x); n += len(x)\n    if n > {slice_chars}: break\n"
                    f"t = time.perf_counter()\nfor x in sample: list(jieba.posseg.cut(x))\n"
                    f"out = {{'s': (time.perf_counter() - t) * {chars} / n}}")
    return blank["s"], posseg["s"]


def profile(folder: Path, top: int = 12) -> None:
    """cProfile of the single-process streaming build on about 1 MB of the corpus."""
    import cProfile
    import pstats

    from fedgraph.stream import stream_build

    files, n = [], 0
    for f in sorted(folder.glob("*.txt")):
        files.append(f)
        n += f.stat().st_size
        if n > 3_000_000:  # about 1 M characters of UTF-8 Chinese
            break
    with tempfile.TemporaryDirectory() as out:
        prof = cProfile.Profile()
        prof.runcall(stream_build, files, Path(out) / "fedgraph.nt")
    print(f"profile of one process on {len(files)} articles (top {top} by own time):")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 100], help="corpus sizes (default 10 100)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker processes to try (default 1 2)")
    ap.add_argument("--traditional", action="store_true", help="generate traditional-character text")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of one process on 1 MB")
    args = ap.parse_args()
    start = _child("t = time.perf_counter()\nimport fedgraph\nfrom fedgraph.extract import load_pipeline\n"
                   "load_pipeline()('锦州市工商联主席杨红杰介绍。')\nout = {'s': time.perf_counter() - t}")
    print(f"start-up (import and pipeline load): {start['s']:.2f} s")
    for mb in args.mb:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            docs, chars = generate(folder, mb, args.traditional)
            script = "traditional" if args.traditional else "simplified"
            print(f"\ncorpus: {docs:,} documents, {chars:,} characters ({script}, {mb:g} MB)")
            runs = {}
            for jobs in args.jobs:
                r = runs[jobs] = timed_build(folder, jobs)
                print(f"  build --stream --jobs {jobs}: {r['s']:8.1f} s {chars / r['s']:>10,.0f} chars/s "
                      f"{docs / r['s']:>7,.1f} docs/s  peak {r['peak_mb']:,.0f} MB  ({r['nt_mb']:,.0f} MB of N-Triples)")
            if 1 in runs and 2 in runs:
                print(f"  speed-up with 2 processes: {runs[1]['s'] / runs[2]['s']:.2f}x")
            blank, posseg = baselines(folder, chars, args.traditional)
            ref = runs[min(runs)]["s"]
            print(f"  spacy.blank('zh') alone:  {blank:8.1f} s {chars / blank:>10,.0f} chars/s"
                  f"   fedgraph ({min(runs)} process) takes {ref / blank:.1f}x its time")
            print(f"  jieba.posseg alone:       {posseg:8.1f} s {chars / posseg:>10,.0f} chars/s"
                  f"   it takes {posseg / ref:.2f}x fedgraph's time")
            if args.profile:
                profile(folder)


if __name__ == "__main__":
    main()
