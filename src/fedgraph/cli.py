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
    """
    from fedgraph import build_graph
    from fedgraph.outputs.html import write_html
    from fedgraph.outputs.turtle import write_turtle

    graph, report = build_graph(args.inputs, progress=None if args.quiet else _progress)
    out = Path(args.out)
    ttl = write_turtle(graph, out / "fedgraph.ttl")
    page = write_html(graph, out / "graph.html")
    for w in report.warnings:
        print(f"Warning: {w}", file=sys.stderr)
    if not args.quiet:
        print(report.summary())
        print(f"wrote {ttl} and {page}")
    return EXIT_PARTIAL if report.warnings else EXIT_OK


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
    build.add_argument("-q", "--quiet", action="store_true", help="print warnings only")
    build.set_defaults(func=cmd_build)
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
