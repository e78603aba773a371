"""The streaming build: corpora of any size, in worker processes or on a Dask cluster.

The corpus is split into partitions (runs of files, about ``partition_mb`` of
text each), which go through three phases:

1. **extract** (parallel): each partition's documents are read, extracted and
   resolved; the results are written to a shard file and summed up for the
   index (:mod:`fedgraph.resolve.index`);
2. **resolve** (one process): the summaries, gathered in input order, decide
   who is one person, which label each entity keeps and the hierarchy;
3. **emit** (parallel): each shard is written as N-Triples with those
   decisions applied: each document's own sentences and mentions as they
   come, the lines other documents may repeat (entities, posts, relations)
   as a sorted run; the file is the documents' lines in input order, then
   the runs and the corpus triples merged (:mod:`fedgraph.outputs.ntriples`).

Only one partition's text and graph are in a worker's memory at a time, and
the main process holds just the index.  The file is the same, byte for byte,
with any number of workers, and holds the graph :func:`fedgraph.build_graph`
builds.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "fedgraph.nt"
>>> report = stream_build(["samples/corpus"], out)
>>> report.documents, out.read_text(encoding="utf-8").count("\\n") > 1000
(2, True)
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import RDFS, URIRef
from rdflib.namespace import ORG

from fedgraph.build import BuildReport, extract_safely
from fedgraph.errors import FedgraphError, IngestError, NoInputError
from fedgraph.graph.build import RELATION_PREDICATES, document_iri, document_triples, entity_iri
from fedgraph.ingest import find_inputs, read_all
from fedgraph.namespaces import ENTITY_TYPES, FG
from fedgraph.outputs.ntriples import NT_TERMS, atomic_lines, iri_nt, literal_nt, merge_runs, write_run
from fedgraph.resolve.document import DocResult
from fedgraph.resolve.index import CorpusIndex, DocSummary, summarize
from fedgraph.resolve.pinyin import person_pinyin


@dataclass
class PartitionResult:
    """What phase 1 returns for one partition (the results themselves are in its shard)."""

    shard: str
    summaries: list[DocSummary] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def partition(paths: Iterable[Path], partition_mb: float) -> list[list[str]]:
    """Runs of consecutive files holding about ``partition_mb`` MB each."""
    parts: list[list[str]] = [[]]
    size, limit = 0, partition_mb * 1_000_000
    for path in paths:
        if str(path) == "-":
            raise FedgraphError("a streaming build reads files and folders, not standard input")
        if parts[-1] and size >= limit:
            parts.append([])
            size = 0
        parts[-1].append(str(path))
        try:
            size += os.path.getsize(path)
        except OSError:
            pass  # phase 1 reports it
    return [p for p in parts if p]


def extract_partition(paths: list[str], shard: str) -> PartitionResult:
    """Phase 1 for one partition: read, extract and resolve each document; results go to ``shard``."""
    out = PartitionResult(shard)
    seen: set[str] = set()
    with open(shard, "wb") as f:
        for document in read_all(paths):
            if isinstance(document, IngestError):
                out.errors.append(str(document))
                continue
            out.warnings.extend(f"{document.path}: {note}" for note in document.notes)
            if document.digest in seen:
                out.warnings.append(f"{document.path}: same text as an earlier input, read once")
                continue
            seen.add(document.digest)
            result = extract_safely(document)
            if isinstance(result, FedgraphError):
                out.errors.append(f"{document.path}: {result}")
                continue
            result.document = document.without_text()  # the rest needs no text: smaller shards
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
            out.summaries.append(summarize(result))
    return out


def _results(shard: str) -> Iterator[DocResult]:
    with open(shard, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def emit_partition(shard: str, run: str, local: str, skip: frozenset[str], relabel: dict[URIRef, str],
                   renamed: dict[str, URIRef]) -> int:
    """Phase 3 for one partition: its shard as N-Triples; returns the number of lines written.

    Lines about a document's own nodes (the document, its sentences and
    mentions) go to ``local`` in input order: no other document writes
    them, so they need neither sorting nor merging.  Lines about entities,
    posts and relations, which other documents may write too, go to ``run``,
    sorted and distinct, for :func:`~fedgraph.outputs.ntriples.merge_runs`.
    """
    label = iri_nt(str(RDFS.label))
    shared: set[str] = set()
    written = 0
    with atomic_lines(local) as f:
        for result in _results(shard):
            if result.document.digest in skip:
                continue
            own = iri_nt(document_iri(result.document.digest))[:-1]  # "<…/doc/…": its nodes' IRIs start so
            lines = {}  # insertion-ordered: a line said twice is written once
            for s, p, o in document_triples(result, relabel, renamed, NT_TERMS):
                line = f"{s} {p} {o} .\n"
                if s.startswith(own):
                    lines[line] = None
                else:
                    shared.add(line)
            for key, ent in result.entities.items():
                if ent.type == "Person":  # the reading of the label the node keeps
                    node = renamed.get(key) or entity_iri(key, ent.type)
                    pinyin = person_pinyin(relabel.get(node, ent.label))
                    shared.add(f"{iri_nt(node)} {label} {literal_nt(pinyin, 'zh-Latn-pinyin')} .\n")
            f.writelines(lines)
            written += len(lines)
    return written + write_run(shared, run, terms="lines")


def _star(fn: Callable, args: tuple):
    return fn(*args, **_SHARED)


_SHARED: dict = {}  # in a pool worker: the values every call of the current phase shares


def _share(shared: dict) -> None:
    _SHARED.clear()
    _SHARED.update(shared)


class _Runner:
    """Maps a function over argument tuples, in order: here, in a process pool or on a Dask cluster."""

    def __init__(self, jobs: int = 1, scheduler: str | None = None) -> None:
        self.pool = self.client = None
        if scheduler:
            try:
                from distributed import Client
            except ImportError:
                raise FedgraphError("--dask needs the distributed package: pip install 'fedgraph[dask]'") from None
            try:
                self.client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise FedgraphError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        elif jobs > 1:
            import multiprocessing as mp

            self.jobs = jobs
            self.context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
            self.pool = self.context.Pool(jobs)

    def map(self, fn: Callable, calls: list[tuple], shared: dict | None = None) -> Iterator:
        """Start every call now (so the caller can work meanwhile); iterate for the results in order."""
        shared = shared or {}
        if self.client is not None:
            # each shared value goes to every worker once; wrapped in a list, as a dict would be read as named data
            scattered = {k: self.client.scatter([v], broadcast=True)[0] for k, v in shared.items()}
            futures = [self.client.submit(fn, *args, **scattered, pure=False) for args in calls]
            return (future.result() for future in futures)
        if self.pool is not None:
            if shared:  # a fresh pool, given the shared values once per worker rather than with every call
                self.pool.close()
                self.pool.join()
                self.pool = self.context.Pool(self.jobs, initializer=_share, initargs=(shared,))
            return self.pool.imap(partial(_star, fn), calls)
        return (fn(*args, **shared) for args in calls)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
        if self.client is not None:
            self.client.close()


def stream_build(inputs: Iterable[str | Path], out: str | Path, jobs: int = 1, scheduler: str | None = None,
                 work_dir: str | Path | None = None, partition_mb: float = 0.5, strict: bool = False,
                 progress: Callable[[str, int, int], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` into the N-Triples file ``out``, streaming.

    ``jobs`` worker processes, or the Dask cluster whose scheduler is at
    ``scheduler``, do the extraction and writing.  Shards and runs go to
    ``work_dir`` (which cluster workers must all reach; by default a folder
    beside ``out``, removed afterwards).  ``progress(phase, done, total)`` is
    called as partitions finish.  With ``strict``, nothing is written if any
    input could not be read (``report.errors`` says which).
    """
    inputs = list(inputs)
    out = Path(out)
    report = BuildReport()
    paths = find_inputs(inputs)
    if jobs > 1 or scheduler:  # enough partitions that no worker waits long for the last one
        total = sum(os.path.getsize(p) for p in paths if str(p) != "-" and os.path.isfile(p)) / 1_000_000
        partition_mb = max(0.02, min(partition_mb, total / (32 * max(jobs, 2))))
    parts = partition(paths, partition_mb)
    out.parent.mkdir(parents=True, exist_ok=True)
    own_work = work_dir is None
    work = Path(tempfile.mkdtemp(prefix=".fedgraph-work-", dir=out.parent) if own_work else work_dir)
    work.mkdir(parents=True, exist_ok=True)
    runner = _Runner(jobs, scheduler)
    try:
        index = CorpusIndex()
        shards, skips = [], []
        calls = [(files, str(work / f"shard-{i:06d}.pickle")) for i, files in enumerate(parts)]
        for i, part in enumerate(runner.map(extract_partition, calls), 1):
            shards.append(part.shard)
            report.errors.extend(part.errors)
            report.warnings.extend(part.warnings)
            skips.append(frozenset())
            for summary in part.summaries:
                if not index.add(summary):  # the same text in an earlier partition: written from there
                    report.warnings.append(f"{summary.path}: same text as an earlier input, read once")
                    skips[-1] |= {summary.digest}
            if progress:
                progress("extract", i, len(parts))
        if index.documents == 0:
            raise NoInputError("no readable document in " + ", ".join(str(i) for i in inputs)
                               + (f" ({len(report.errors)} skipped)" if report.errors else ""))
        report.documents = index.documents
        if strict and report.errors:
            return report
        merged = index.merged_people()
        shared = {"relabel": {URIRef(k): v for k, v in index.relabel.items()},
                  "renamed": index.renamed_keys(merged)}
        runs = [str(work / f"run-{i:06d}.nt") for i in range(len(shards))]
        locals_ = [str(work / f"run-{i:06d}-local.nt") for i in range(len(shards))]
        calls = list(zip(shards, runs, locals_, skips))
        results = runner.map(emit_partition, calls, shared)
        corpus_run = str(work / "run-corpus.nt")  # written here while the workers write theirs
        write_run(index.corpus_triples(merged), corpus_run)
        for i, _ in enumerate(results, 1):
            if progress:
                progress("write", i, len(runs))
        counts = merge_runs([*runs, corpus_run], out, count=RELATION_PREDICATES.values(), head=locals_)
    finally:
        runner.close()
        if own_work:
            shutil.rmtree(work, ignore_errors=True)
        else:  # a shared folder: take away only what this build put there
            for leftover in [*work.glob("shard-*.pickle"), *work.glob("run-*.nt")]:
                leftover.unlink(missing_ok=True)
    report.entities = {t: counts["type", str(FG[t])] for t in ENTITY_TYPES}
    relations = {"post": counts["type", str(ORG.Membership)]}
    relations.update({name: counts[str(pred)] for name, pred in RELATION_PREDICATES.items()})
    report.relations = {k: v for k, v in relations.items() if v}
    return report
