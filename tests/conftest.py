from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"
GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from fedgraph.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_graph():
    from fedgraph import build_graph

    graph, report = build_graph([SAMPLES])
    return graph
