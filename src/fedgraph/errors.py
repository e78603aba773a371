"""One exception hierarchy for fedgraph; the CLI turns each into a one-line error."""
from __future__ import annotations


class FedgraphError(Exception):
    """Base class of every error fedgraph raises on purpose."""


class IngestError(FedgraphError):
    """A source file could not be read as text (missing, empty, binary, undecodable).

    The message names the file and the problem in one line.
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NoInputError(FedgraphError):
    """The inputs named no readable document at all."""


class OutputError(FedgraphError):
    """An output file could not be written."""
