"""The ``fedgraph`` command: a thin layer over the library.

Each command parses its arguments, makes one library call and turns
fedgraph's own errors into ``Error: …`` and exit status 1.  Exit status 2 is
a usage error; 3 means the build finished but some inputs were skipped.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from fedgraph.errors import FedgraphError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _progress(i: int, n: int, path: str) -> None:
    if n > 1:
        print(f"\r[{i}/{n}] {Path(path).name[:60]:<60}", end="" if i < n else "\n", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    """Build the knowledge graph of INPUT files and folders into OUT.

    Exit status 0: built; 3: built, but some inputs could not be read (each
    named on its own Error line); 1: nothing built.

    Example:
        fedgraph build samples/corpus --out output
        fedgraph build more-articles/ --out output --update
        fedgraph build ten-years/ --out big --stream --jobs 2 --store big/store
    """
    from fedgraph import build_graph
    from fedgraph.outputs.files import write_atomic
    from fedgraph.outputs.html import build_view, render
    from fedgraph.outputs.network import to_networkx
    from fedgraph.outputs.turtle import generate_turtle, read_turtle

    out = Path(args.out)
    if args.stream or args.dask:
        return _build_stream(args, out)
    base = read_turtle(out / "fedgraph.ttl") if args.update and (out / "fedgraph.ttl").exists() else None
    graph, report = build_graph(args.inputs, progress=None if args.quiet else _progress, base=base, jobs=args.jobs)
    if _stop_for_problems(report, args.strict):
        return EXIT_ERROR
    # both files are made before either is written, and each is written atomically
    view = build_view(to_networkx(graph))
    texts = {"fedgraph.ttl": generate_turtle(graph), "graph.html": render(view)}
    ttl, page = (write_atomic(out / name, text) for name, text in texts.items())
    if view.reduced:
        print(f"Warning: {view.total_nodes:,} entities are more than the page shows well; "
              f"{page} shows the {view.graph.number_of_nodes():,} most central (see fedgraph explore)", file=sys.stderr)
    if args.store:
        _load_store(args, lambda store: store.load(graph))
    if not args.quiet:
        print(report.summary())
        print(f"wrote {ttl} and {page}")
    return EXIT_PARTIAL if report.errors else EXIT_OK


def _stop_for_problems(report, strict: bool) -> bool:
    """Print a build's errors and warnings; True when ``--strict`` means nothing may be written."""
    for e in report.errors:
        print(f"Error: {e}", file=sys.stderr)
    for w in report.warnings:
        print(f"Warning: {w}", file=sys.stderr)
    if strict and report.errors:
        print(f"Error: {len(report.errors)} input(s) could not be read; nothing written (--strict)", file=sys.stderr)
        return True
    return False


def _load_store(args: argparse.Namespace, load):
    from fedgraph.stores.oxigraph import OxigraphStore

    store = OxigraphStore(args.store)
    count = load(store)
    if not args.quiet:
        print(f"loaded {count} triples into the store {args.store}")
    return store


def _write_store_page(store, path: Path, title: str = "fedgraph", types: set[str] | None = None,
                      max_nodes: int = 5000):
    """The explorer page of a store's most mentioned entities (the graph may not fit in memory)."""
    from fedgraph.outputs.html import write_html
    from fedgraph.outputs.storeview import count_entities, store_subgraph

    view = write_html(store_subgraph(store, max_nodes), path, title=title, types=types, max_nodes=max_nodes)
    total = count_entities(store)
    if total > max_nodes:
        print(f"Warning: {total:,} entities; {path} shows the {max_nodes:,} named in most documents", file=sys.stderr)
    return view


def _build_stream(args: argparse.Namespace, out: Path) -> int:
    """``build --stream``: the graph as sorted N-Triples, built partition by partition."""
    from fedgraph.stream import stream_build

    if args.update:
        raise FedgraphError("--update works on fedgraph.ttl; a streaming build writes all its inputs anew")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "fedgraph.nt"

    def progress(phase: str, i: int, n: int) -> None:
        print(f"\r{phase}: {i}/{n} partitions", end="" if i < n else "\n", file=sys.stderr, flush=True)

    report = stream_build(args.inputs, target, jobs=args.jobs, scheduler=args.dask, work_dir=args.work,
                          strict=args.strict, progress=None if args.quiet else progress)
    if _stop_for_problems(report, args.strict):
        return EXIT_ERROR
    written = [target]
    if args.store:  # the page comes from the store: the graph need not fit in memory
        store = _load_store(args, lambda store: store.load_file(target))
        written.append(out / "graph.html")
        _write_store_page(store, written[-1])
    if not args.quiet:
        print(report.summary())
        print(f"wrote {' and '.join(map(str, written))}")
    return EXIT_PARTIAL if report.errors else EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """Print counts per entity type and relation, the most central entities and the components of GRAPH.

    Example:
        fedgraph stats output/fedgraph.ttl
    """
    from fedgraph.analysis import graph_stats, shared_names
    from fedgraph.outputs.turtle import read_turtle

    g = read_turtle(args.graph)
    stats = graph_stats(g, top=args.top)
    print(f"documents: {stats['documents']}")
    print("entities:")
    for t, n in stats["entities"].items():
        print(f"  {t:<16}{n:>6}")
    print("relations:")
    for r, n in stats["relations"].items():
        print(f"  {r:<24}{n:>6}")
    print(f"components: {stats['components']['count']} (largest {stats['components']['largest']} entities)")
    print("most central (PageRank):")
    for label, type_, rank in stats["central"]:
        print(f"  {rank:.4f}  {label} ({type_})")
    if args.shared:
        print("names in more than one document (name, documents, nodes):")
        for name, docs, nodes in shared_names(g):
            print(f"  {name}\t{docs}\t{nodes}")
    return EXIT_OK


def _parse_params(pairs: list[str]) -> dict:
    from fedgraph.stores.base import parse_binding

    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise FedgraphError(f"--param {pair!r}: write it as name=value")
        out[key] = parse_binding(value)
    return out


def cmd_explore(args: argparse.Namespace) -> int:
    """Build the explorer page of an existing graph (a Turtle file edited elsewhere, say) or store.

    A store folder (fedgraph build --stream --store DIR) is read through
    queries: the page shows the entities named in most documents, however
    large the graph.

    Example:
        fedgraph explore output/fedgraph.ttl --out people.html --types Person,Federation,Chamber
        fedgraph explore big/store --out big/graph.html
    """
    from fedgraph.outputs.html import write_html
    from fedgraph.outputs.network import ENTITY_TYPES
    from fedgraph.stores.memory import read_graph

    types = None
    if args.types:
        types = {t.strip() for t in args.types.split(",") if t.strip()}
        unknown = types - set(ENTITY_TYPES)
        if unknown:
            raise FedgraphError(f"unknown type(s) {', '.join(sorted(unknown))}; use {', '.join(ENTITY_TYPES)}")
    if Path(args.graph).is_dir():  # a store: read just what the page shows
        from fedgraph.stores.oxigraph import OxigraphStore

        view = _write_store_page(OxigraphStore(args.graph, create=False), Path(args.out), args.title, types,
                                 args.max_nodes)
    else:
        view = write_html(read_graph(args.graph), args.out, title=args.title, types=types, max_nodes=args.max_nodes)
    if view.reduced:
        print(f"Warning: {view.total_nodes:,} entities; the page shows the {view.graph.number_of_nodes():,} most central",
              file=sys.stderr)
    print(f"wrote {args.out} ({view.graph.number_of_nodes():,} entities, {view.graph.number_of_edges():,} relations)")
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    """Run a SPARQL query on a graph file, a store folder or an endpoint.

    SELECT prints a table (or csv, tsv, json), ASK true/false, CONSTRUCT and
    DESCRIBE Turtle.  Parameters are bound as RDF terms, never pasted into
    the query.

    Example:
        fedgraph query output/fedgraph.ttl --name person_posts --param name=杨红杰
        fedgraph query output/fedgraph.ttl "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        fedgraph query --list
    """
    from fedgraph.outputs.results import generate_results
    from fedgraph.queries import get_query, list_queries
    from fedgraph.stores import open_source

    if args.list:
        for q in list_queries():
            params = f"  [params: {', '.join(q.parameters)}]" if q.parameters else ""
            print(f"{q.name:<24}{q.description}{params}")
        return EXIT_OK
    target = args.endpoint or args.target
    if not target:
        raise FedgraphError("name a graph file, a store folder or --endpoint URL")
    texts = [t for t in (args.query, args.file and _read_text(args.file), args.name and get_query(args.name).text) if t]
    if len(texts) != 1:
        raise FedgraphError("give exactly one of QUERY, -f FILE.rq or --name NAME")
    result = open_source(target).query(texts[0], _parse_params(args.param))
    print(generate_results(result, args.format))
    return EXIT_OK


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise FedgraphError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise FedgraphError(f"{path}: not UTF-8 text") from None


def cmd_validate(args: argparse.Namespace) -> int:
    """Check GRAPH against the SHACL shapes in ontology/shapes.ttl; exit 1 when it does not conform.

    Example:
        fedgraph validate output/fedgraph.ttl
    """
    from fedgraph.graph.validate import validate
    from fedgraph.stores.memory import read_graph

    report = validate(read_graph(args.graph))
    if report.conforms:
        print(f"{args.graph}: conforms")
        return EXIT_OK
    print(f"{args.graph}: {len(report.violations)} violation(s)")
    for v in report.violations:
        print(f"  {v}")
    return EXIT_ERROR


def cmd_export(args: argparse.Namespace) -> int:
    """Write GRAPH in another RDF format (TriG and N-Quads get one named graph per document), or as GraphML/GEXF.

    Example:
        fedgraph export output/fedgraph.ttl --format trig --out output/fedgraph.trig
    """
    from rdflib import Graph

    from fedgraph.outputs.rdf import write_rdf
    from fedgraph.resources import ontology_dir
    from fedgraph.stores.memory import read_graph

    graph = read_graph(args.graph)
    if args.format in ("graphml", "gexf"):
        from fedgraph.outputs import gephi

        path = getattr(gephi, f"write_{args.format}")(graph, args.out)
        print(f"wrote {path}")
        return EXIT_OK
    ontology = Graph().parse(ontology_dir() / "fedgraph.ttl")
    path = write_rdf(graph, args.out, args.format, ontology)
    print(f"wrote {path}")
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    """Upload GRAPH to a triple store through the SPARQL 1.1 Graph Store Protocol.

    Credentials come from FEDGRAPH_STORE_TOKEN, or FEDGRAPH_STORE_USER and
    FEDGRAPH_STORE_PASSWORD (HTTP Basic or Digest, as the server asks); they
    are never printed.  After the upload a count query checks that every
    triple arrived.

    Example:
        fedgraph push output/fedgraph.ttl --endpoint http://127.0.0.1:7878/store --replace
        fedgraph push output/fedgraph.ttl --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\
            --query-endpoint http://127.0.0.1:8890/sparql --graph https://example.org/fedgraph --replace
    """
    from fedgraph.stores.memory import read_graph
    from fedgraph.stores.remote import push

    graph = read_graph(args.graph)
    query_url = args.query_endpoint or re.sub(r"/store/?$", "/query", args.endpoint)
    count = push(graph, args.endpoint, query_url, args.graph_iri, args.replace, args.batch)
    print(f"pushed {len(graph)} triples to {args.endpoint}; the {'graph ' + args.graph_iri if args.graph_iri else 'default graph'} holds {count}")
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedgraph", description="Build a knowledge graph from Chinese news about "
                                     "federations of industry and commerce, chambers, companies and people.")
    from fedgraph import __version__

    parser.add_argument("--version", action="version", version=f"fedgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the graph and the explorer page",
                           description=cmd_build.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="files (.txt .html .htm .pdf .jsonl), folders (searched for them) or - for standard input")
    build.add_argument("--strict", action="store_true", help="fail, writing nothing, if any input cannot be read")
    build.add_argument("--jobs", type=int, default=1, metavar="N", help="extract in N worker processes (default 1)")
    build.add_argument("--out", required=True, metavar="DIR", help="folder for fedgraph.ttl and graph.html")
    build.add_argument("--store", metavar="STORE_DIR", help="also load the graph into an on-disk Oxigraph store")
    build.add_argument("--update", action="store_true",
                       help="add the inputs to the graph already in DIR; documents in it are not processed again")
    build.add_argument("--stream", action="store_true",
                       help="for large corpora: write DIR/fedgraph.nt partition by partition, in flat memory")
    build.add_argument("--dask", metavar="SCHEDULER", help="stream on the Dask cluster at SCHEDULER (tcp://host:8786)")
    build.add_argument("--work", metavar="WORK_DIR",
                       help="folder for the streaming build's shards (with --dask: one every worker can reach)")
    build.add_argument("-q", "--quiet", action="store_true", help="print warnings only")
    build.set_defaults(func=cmd_build)
    stats = sub.add_parser("stats", help="counts, central entities and components of a built graph",
                           description=cmd_stats.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    stats.add_argument("graph", metavar="GRAPH", help="a Turtle file built by fedgraph")
    stats.add_argument("--top", type=int, default=10, help="how many central entities to list (default 10)")
    stats.add_argument("--shared", action="store_true", help="also list names found in more than one document")
    stats.set_defaults(func=cmd_stats)

    exp_ = sub.add_parser("explore", help="build the HTML explorer of an existing graph",
                          description=cmd_explore.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    exp_.add_argument("graph", metavar="GRAPH", help="a graph file, or an Oxigraph store folder")
    exp_.add_argument("--out", required=True, metavar="FILE")
    exp_.add_argument("--types", metavar="T1,T2", help="entity types to show (default: all)")
    exp_.add_argument("--max-nodes", type=int, default=5000, metavar="N",
                      help="above N entities show the N most central with their neighbours (default 5000)")
    exp_.add_argument("--title", default="fedgraph", help="the page title")
    exp_.set_defaults(func=cmd_explore)

    query = sub.add_parser("query", help="run a SPARQL query (or a named one) on a graph, store or endpoint",
                           description=cmd_query.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    query.add_argument("target", nargs="?", metavar="GRAPH_OR_STORE", help="a graph file or a store folder")
    query.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text")
    query.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from a file")
    query.add_argument("--name", metavar="NAME", help="a named query from ontology/queries (see --list)")
    query.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                       help="bind a variable of the query (repeatable)")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    query.add_argument("--endpoint", metavar="URL", help="query a SPARQL endpoint instead of a file")
    query.add_argument("--list", action="store_true", help="list the named queries")
    query.set_defaults(func=cmd_query)

    val = sub.add_parser("validate", help="check a graph against the SHACL shapes",
                         description=cmd_validate.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    val.add_argument("graph", metavar="GRAPH")
    val.set_defaults(func=cmd_validate)

    exp = sub.add_parser("export", help="write a graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD",
                         description=cmd_export.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    exp.add_argument("graph", metavar="GRAPH")
    exp.add_argument("--format", required=True, choices=("turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf"))
    exp.add_argument("--out", required=True, metavar="FILE")
    exp.set_defaults(func=cmd_export)

    push = sub.add_parser("push", help="upload a graph to a triple store (Graph Store Protocol)",
                          description=cmd_push.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    push.add_argument("graph", metavar="GRAPH")
    push.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store Protocol endpoint")
    push.add_argument("--query-endpoint", metavar="URL",
                      help="the SPARQL endpoint for the check (default: the endpoint with /store replaced by /query)")
    push.add_argument("--graph", dest="graph_iri", metavar="IRI", help="a named graph (default: the default graph)")
    push.add_argument("--replace", action="store_true", help="replace the graph's contents instead of adding")
    push.add_argument("--batch", type=int, default=50_000, metavar="N", help="triples per request (default 50000)")
    push.set_defaults(func=cmd_push)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except FedgraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        sys.stderr.close()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
