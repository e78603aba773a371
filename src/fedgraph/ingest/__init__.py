"""Ingest: files -> :class:`Document` objects with clean text for extraction.

``read.py`` finds and decodes files; ``clean.py`` repairs PDF artefacts and
folds characters while keeping a map back to the original offsets.
"""
from fedgraph.ingest.clean import CleanText, clean_text
from fedgraph.ingest.read import Document, find_inputs, read_document

__all__ = ["CleanText", "Document", "clean_text", "find_inputs", "read_document"]
