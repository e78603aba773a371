"""Saved web pages: the main article text and its metadata, through trafilatura.

trafilatura drops navigation, footers, ICP numbers and share buttons and
reads the title, date, site name, author and URL from the page.
"""
from __future__ import annotations

from pathlib import Path

from fedgraph.errors import IngestError
from fedgraph.ingest.read import Document, _check_text


def read_html(data: bytes, path: str | Path) -> Document:
    """The article in an HTML page as a :class:`Document`."""
    import trafilatura

    if not data.strip():
        raise IngestError(path, "empty file")
    try:
        result = trafilatura.bare_extraction(data, with_metadata=True, favor_recall=True, include_comments=False)
    except (RecursionError, MemoryError):
        raise IngestError(path, "HTML too deeply nested to read") from None
    except Exception as exc:  # lxml and trafilatura raise many types on broken pages
        raise IngestError(path, f"not readable as HTML ({type(exc).__name__})") from None
    meta = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise IngestError(path, "no article text found in the page")
    title = (meta.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n{text}"  # the headline is part of what the article says
    _check_text(text, path)
    from fedgraph.ingest.webtext import read_web_text

    web = read_web_text(text)
    return Document(path=str(path), source_file=Path(path).name, text=text, encoding="html",
                    title=title or web.title, date=(meta.get("date") or web.date or "")[:10],
                    publisher=meta.get("sitename") or web.publisher or "", author=meta.get("author") or web.author or "",
                    url=meta.get("url") or "", skip=web.chrome)
