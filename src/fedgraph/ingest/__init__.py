"""Ingest: files -> :class:`Document` objects with clean text for extraction.

``read.py`` finds and decodes files (text, JSON Lines, standard input),
``html.py`` and ``pdf.py`` read web pages and PDFs, ``webtext.py`` recognises
site furniture and metadata, and ``clean.py`` repairs PDF artefacts and folds
characters while keeping a map back to the original offsets.
"""
from fedgraph.ingest.clean import CleanText, clean_text
from fedgraph.ingest.read import Document, find_inputs, read_all, read_document, read_documents

__all__ = ["CleanText", "Document", "clean_text", "find_inputs", "read_all", "read_document", "read_documents"]
