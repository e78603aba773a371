"""The ``fedgraph`` command: a thin layer over the library.

Each command parses its arguments, makes one library call and turns
fedgraph's own errors into ``Error: …`` and exit status 1.  Exit status 2 is
a usage error; 3 means the build finished but some inputs were skipped.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fedgraph.errors import FedgraphError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _progress(i: int, n: int, path: str) -> None:
    if n > 1:
        print(f"\r[{i}/{n}] {Path(path).name[:60]:<60}", end="" if i < n else "\n", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    """Build the knowledge graph of INPUT files and folders into OUT.

    Example:
        fedgraph build samples/corpus --out output
        fedgraph build more-articles/ --out output --update
    """
    from fedgraph import build_graph
    from fedgraph.outputs.html import write_html
    from fedgraph.outputs.turtle import write_turtle

    out = Path(args.out)
    base = None
    if args.update and (out / "fedgraph.ttl").exists():
        from fedgraph.outputs.turtle import read_turtle

        base = read_turtle(out / "fedgraph.ttl")
    graph, report = build_graph(args.inputs, progress=None if args.quiet else _progress, base=base)
    ttl = write_turtle(graph, out / "fedgraph.ttl")
    page = write_html(graph, out / "graph.html")
    for w in report.warnings:
        print(f"Warning: {w}", file=sys.stderr)
    if not args.quiet:
        print(report.summary())
        print(f"wrote {ttl} and {page}")
    return EXIT_PARTIAL if report.warnings else EXIT_OK


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


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fedgraph", description="Build a knowledge graph from Chinese news about "
                                     "federations of industry and commerce, chambers, companies and people.")
    from fedgraph import __version__

    parser.add_argument("--version", action="version", version=f"fedgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the graph and the explorer page",
                           description=cmd_build.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="text files or folders (searched for *.txt)")
    build.add_argument("--out", required=True, metavar="DIR", help="folder for fedgraph.ttl and graph.html")
    build.add_argument("--update", action="store_true",
                       help="add the inputs to the graph already in DIR; documents in it are not processed again")
    build.add_argument("-q", "--quiet", action="store_true", help="print warnings only")
    build.set_defaults(func=cmd_build)
    stats = sub.add_parser("stats", help="counts, central entities and components of a built graph",
                           description=cmd_stats.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    stats.add_argument("graph", metavar="GRAPH", help="a Turtle file built by fedgraph")
    stats.add_argument("--top", type=int, default=10, help="how many central entities to list (default 10)")
    stats.add_argument("--shared", action="store_true", help="also list names found in more than one document")
    stats.set_defaults(func=cmd_stats)
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


if __name__ == "__main__":
    sys.exit(main())
