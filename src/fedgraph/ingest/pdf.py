"""PDF pages: the text layer, through pdfminer.six.

pdfminer reads CID-keyed Chinese fonts with the character maps it ships.
The extracted text goes through the same repairs as text dumps (lines broken
inside words, doubled bold characters) in :mod:`fedgraph.ingest.clean`.  A
PDF with no text layer (a scan) is an error, not an empty success.
"""
from __future__ import annotations

import io
import logging
from pathlib import Path

from fedgraph.errors import IngestError
from fedgraph.ingest.read import Document, text_document


def read_pdf(data: bytes, path: str | Path) -> Document:
    """The text of a PDF as a :class:`Document`."""
    if not data.startswith(b"%PDF"):
        raise IngestError(path, "not a PDF (no %PDF header)")
    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        text = extract_text(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise IngestError(path, f"damaged PDF ({type(exc).__name__})") from None
    text = text.replace("\x0c", "\n")
    if len(text.strip()) < 5:
        raise IngestError(path, "no text layer (a scanned PDF?): run OCR on it first")
    return text_document(path, text, "pdf")
