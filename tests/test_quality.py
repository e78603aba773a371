"""Quality regression on the sample articles against their gold annotations.

The matching follows the evaluation guidelines: names compared after folding
traditional characters and dropping spaces, quotes and brackets; programme,
event and award names also match when one holds the other and is at least 60%
of its length.
"""
from __future__ import annotations

import json
import re

import pytest

from fedgraph import extract_document
from fedgraph.ingest import read_document
from fedgraph.ingest.clean import fold

from conftest import GOLD, SAMPLES

DROP = re.compile(r"[\s“”‘’\"'「」『』《》〈〉()（）\[\]【】·・,，、:：;；.。!！?？-]+")
FUZZY = {"Programme", "Event", "Award"}


def norm(name):
    return DROP.sub("", fold(name)).lower()


def match(a, b, fuzzy):
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return fuzzy and short and short in long_ and len(short) >= 0.6 * len(long_)


def score(path):
    gold = json.loads((GOLD / path.with_suffix(".json").name).read_text(encoding="utf-8"))
    result = extract_document(read_document(path))
    preds = [(e.type, {norm(n) for n in e.names}) for e in result.entities.values()]
    found = 0
    required = [g for g in gold["entities"] if not g.get("optional")]
    ids = {}
    for g in required:
        names = {norm(n) for n in g["names"]}
        hit = [k for k, e in result.entities.items()
               if e.type == g["type"] and any(match(a, b, g["type"] in FUZZY) for a in names for b in map(norm, e.names))]
        found += bool(hit)
        ids[g["id"]] = set(hit)
    posts = [p for p in gold["posts"] if not p.get("optional")]
    got = {(f.subject, norm(f.role), f.object) for f in result.facts if f.kind == "post"}
    post_hits = sum(any((s, norm(r), o) in got for s in ids.get(p["person"], ()) for o in ids.get(p["org"], ())
                        for r in p["role"]) for p in posts)
    typed = [t for t, _ in preds if t]
    return found / len(required), post_hits / max(1, len(posts)), len(typed), len(required)


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_quality_seed_recall(name):
    entity_recall, post_recall, predicted, required = score(SAMPLES / name)
    assert entity_recall >= 0.80
    assert post_recall >= 0.60
    # precision guard: not wildly more entities than the gold lists
    assert predicted <= 1.6 * required
