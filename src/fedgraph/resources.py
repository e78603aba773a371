"""Where the project's data files are: the ontology, the shapes and the named queries."""
from __future__ import annotations

from pathlib import Path

from fedgraph.errors import FedgraphError


def ontology_dir() -> Path:
    """The ``ontology/`` folder of the project (next to ``src/``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "ontology" / "fedgraph.ttl"
        if candidate.exists():
            return candidate.parent
    raise FedgraphError("ontology/ not found: install fedgraph from its source folder (pip install -e .)")
