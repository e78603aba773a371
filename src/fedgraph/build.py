"""The main job: files -> documents -> extraction -> resolution -> one graph.

>>> from fedgraph import build_graph
>>> graph, report = build_graph(["samples/corpus"])  # doctest: +SKIP
>>> report.documents  # doctest: +SKIP
2
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import RDF, Graph
from rdflib.namespace import ORG

from fedgraph.errors import FedgraphError, IngestError, NoInputError
from fedgraph.extract import load_pipeline
from fedgraph.graph import add_document, new_graph
from fedgraph.graph.build import RELATION_PREDICATES, document_iri
from fedgraph.resolve.corpus import finalize
from fedgraph.ingest import Document, clean_text, find_inputs, read_all
from fedgraph.namespaces import ENTITY_TYPES, FG
from fedgraph.resolve.document import DocResult, resolve_document



@dataclass
class BuildReport:
    """What a build read, found and skipped."""

    documents: int = 0
    errors: list[str] = field(default_factory=list)  # inputs that were skipped, one line each
    warnings: list[str] = field(default_factory=list)  # repairs and notes; the input was read
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"documents: {self.documents}"]
        lines.append("entities: " + ", ".join(f"{t} {n}" for t, n in self.entities.items()))
        lines.append("relations: " + (", ".join(f"{k} {n}" for k, n in self.relations.items()) or "none"))
        lines.append(f"skipped: {len(self.errors)}")
        lines.append(f"warnings: {len(self.warnings)}")
        return "\n".join(lines)


def extract_document(document: Document) -> DocResult:
    """Run cleaning, the spaCy pipeline and resolution on one document."""
    clean = clean_text(document.text, document.skip)
    nlp = load_pipeline()
    doc = nlp.make_doc(clean.text)
    for _, step in nlp.pipeline:
        doc = step(doc)
    return resolve_document(document, clean, doc)


def build_graph(inputs: Iterable[str | Path], progress: Callable[[int, int, str], None] | None = None,
                base: Graph | None = None, jobs: int = 1) -> tuple[Graph, BuildReport]:
    """Build the knowledge graph of every document under ``inputs`` (files, folders, ``-`` for stdin).

    With ``base`` (a graph built before), documents already in it are not
    processed again and new ones are merged into its nodes: the result is the
    graph a full rebuild of all the documents gives.

    With ``jobs`` > 1, extraction runs in that many worker processes; results
    are added in input order, so the graph is the same as with one.

    An input that cannot be read is reported in ``report.errors`` and skipped;
    the others still build.  Raises :class:`NoInputError` when nothing was read.
    """
    report = BuildReport()
    inputs = list(inputs)
    paths = find_inputs(inputs)
    graph = new_graph()
    if base is not None:
        for triple in base:
            graph.add(triple)
    known = {str(d) for d in graph.subjects(RDF.type, FG.Document)}
    report.documents = len(known)
    seen: set[str] = set()
    todo: list[Document] = []
    for document in read_all(paths, progress):
        if isinstance(document, IngestError):
            report.errors.append(str(document))
        elif _is_new(document, report, seen, known):
            todo.append(document)
    for document, result in _extract_all(todo, jobs):
        if isinstance(result, FedgraphError):
            report.errors.append(f"{document.path}: {result}")
            continue
        add_document(graph, result)
        report.documents += 1
    if report.documents == 0:
        raise NoInputError("no readable document in " + ", ".join(str(i) for i in inputs)
                           + (f" ({len(report.errors)} skipped)" if report.errors else ""))
    finalize(graph)
    report.entities = {t: len(set(graph.subjects(RDF.type, FG[t]))) for t in ENTITY_TYPES}
    rels = Counter()
    rels["post"] = len(set(graph.subjects(RDF.type, ORG.Membership)))
    for name, pred in RELATION_PREDICATES.items():
        rels[name] = len(set(graph.subject_objects(pred)))
    report.relations = {k: v for k, v in rels.items() if v}
    return graph, report


def _is_new(document: Document, report: BuildReport, seen: set[str], known: set[str]) -> bool:
    """Whether ``document`` still needs extracting, recording notes in ``report``."""
    for note in document.notes:
        report.warnings.append(f"{document.path}: {note}")
    if document.digest in seen:
        report.warnings.append(f"{document.path}: same text as an earlier input, read once")
        return False
    seen.add(document.digest)
    return str(document_iri(document.digest)) not in known  # built before: its facts are in already


def extract_safely(document: Document) -> DocResult | FedgraphError:
    """:func:`extract_document`, with any failure returned as a one-line error instead of raised."""
    try:
        return extract_document(document)
    except FedgraphError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001  one document's failure must not cost the others
        return FedgraphError(f"extraction failed ({type(exc).__name__}: {exc})")


def _extract_all(documents: list[Document], jobs: int):
    """``(document, result)`` pairs in input order, extracted in ``jobs`` processes."""
    if jobs <= 1 or len(documents) < 2:
        for d in documents:
            yield d, extract_safely(d)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        chunk = max(1, min(64, len(documents) // (jobs * 8)))
        yield from zip(documents, pool.imap(extract_safely, documents, chunksize=chunk))
