"""Find input files and read them into :class:`Document` objects.

Formats, by suffix: ``.txt`` (a text dump; web-page furniture is recognised
and its metadata read), ``.html``/``.htm`` (the main article, through
trafilatura), ``.pdf`` (the text layer, through pdfminer.six), ``.jsonl``
(one ``{id, title, date, url, text}`` record per line) and ``-`` for standard
input.  Encodings of text are detected, not guessed: UTF-8 (with or without
BOM) and UTF-16 with a BOM exactly; otherwise the bytes must decode cleanly as
GB18030 or Big5, and charset-normalizer chooses between the two.

Every problem is an :class:`IngestError` whose message names the file and
the problem in one line.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator

from fedgraph.errors import IngestError

#: Suffixes that ``find_inputs`` collects from folders.
SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".jsonl")
#: Longer documents are refused: news articles are far shorter, and spaCy keeps a token per character.
MAX_CHARS = 2_000_000
STDIN = "-"
#: control characters no text holds (tab, newlines and form feed are text)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class Document:
    """A source document: its text (offsets in the graph point into it), origin and metadata."""

    path: str
    source_file: str
    text: str
    encoding: str
    title: str = ""
    date: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    skip: tuple[tuple[int, int], ...] = ()  # spans of site furniture, left out of extraction
    notes: tuple[str, ...] = field(default=(), compare=False)  # repairs made while reading

    @cached_property
    def digest(self) -> str:
        """SHA-1 of the text: the document's identity, independent of its path."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    @property
    def heading(self) -> str:
        """The title, else the text's first line (120 characters at most), else the file name."""
        if self.title:
            return self.title
        text = self.text.strip()
        return text.splitlines()[0].strip()[:120] if text else self.source_file

    def without_text(self) -> Document:
        """This document as its graph needs it once extracted: identity and metadata, not the text."""
        slim = replace(self, text="", title=self.heading)
        slim.__dict__["digest"] = self.digest  # the identity stays the text's (pickled with it)
        return slim


def find_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively, by suffix) into a sorted list; ``-`` is standard input.

    >>> find_inputs([])
    []
    """
    found: set[Path] = set()
    stdin = False
    for item in inputs:
        if str(item) == STDIN:
            stdin = True
            continue
        path = Path(item)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists() or path.is_symlink():
            found.add(path)
        else:
            raise IngestError(path, "no such file or folder")
    paths = sorted(found, key=lambda p: (p.name, str(p)))
    return ([Path(STDIN)] if stdin else []) + paths


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes to text: ``(text, encoding, notes)``; raise IngestError if impossible."""
    if not data.strip():
        raise IngestError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # UTF-8 with a few broken bytes in the middle: keep it, and say so
    repaired = data.decode("utf-8-sig", errors="replace")
    bad = repaired.count("\ufffd")
    if bad <= max(3, len(repaired) // 200) and _mostly_utf8(data):
        return repaired, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced, the first at byte {first_bad}",)
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((enc, data.decode(enc)))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise IngestError(path, "not text in UTF-8, GB18030/GBK or Big5")
    if len(candidates) > 1:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
        if best is not None:
            chosen = "big5" if "big5" in best.encoding else "gb18030"
            candidates = [c for c in candidates if c[0] == chosen]
    enc, text = candidates[0]
    return text, enc, ()


_ASCII = bytes(range(0x80))


def _mostly_utf8(data: bytes) -> bool:
    """True when multi-byte UTF-8 sequences make up most non-ASCII bytes."""
    text = data.decode("utf-8", errors="ignore")
    non_ascii = len(data.translate(None, _ASCII))
    utf8_multibyte = len(text.encode("utf-8")) - len(text.encode("ascii", errors="ignore"))
    return non_ascii == 0 or utf8_multibyte >= 0.95 * non_ascii


def _check_text(text: str, path: str | Path) -> None:
    if not text.strip():
        raise IngestError(path, "empty file")
    if len(text) > MAX_CHARS:
        raise IngestError(path, f"too large: {len(text):,} characters (limit {MAX_CHARS:,}); split it into articles")
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 0.05 * min(len(text), 4096):
        raise IngestError(path, "binary file (control characters), not text")


def text_document(path: str | Path, text: str, encoding: str, notes: tuple[str, ...] = (),
                  source_file: str | None = None) -> Document:
    """A document from plain text, with web-page furniture and metadata recognised."""
    from fedgraph.ingest.webtext import read_web_text

    _check_text(text, path)
    web = read_web_text(text)
    return Document(path=str(path), source_file=source_file or Path(path).name, text=text, encoding=encoding,
                    title=web.title, date=web.date, publisher=web.publisher, author=web.author,
                    skip=web.chrome, notes=notes)


def _read_bytes(path: Path) -> bytes:
    try:
        if str(path) == STDIN:
            return sys.stdin.buffer.read()
        return path.read_bytes()
    except IsADirectoryError:
        raise IngestError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None


def read_all(paths: Iterable[str | Path],
             progress: Callable[[int, int, str], None] | None = None) -> Iterator[Document | IngestError]:
    """The documents of every input in order; a file or record that cannot be read comes as its error.

    ``progress(i, n, path)`` is called as each input is opened.
    """
    paths = list(paths)
    for i, path in enumerate(paths, 1):
        if progress:
            progress(i, len(paths), str(path))
        try:
            items = list(read_documents(path))
        except IngestError as exc:
            yield exc
            continue
        yield from items


def read_documents(path: str | Path) -> Iterator[Document | IngestError]:
    """The documents in one input (JSON Lines files hold many); a bad record yields its error."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = _read_bytes(path)
    if suffix in (".html", ".htm"):
        from fedgraph.ingest.html import read_html

        yield read_html(data, path)
    elif suffix == ".pdf":
        from fedgraph.ingest.pdf import read_pdf

        yield read_pdf(data, path)
    elif suffix == ".jsonl":
        yield from read_jsonl(data, path)
    else:
        text, encoding, notes = decode(data, path)
        name = "stdin" if str(path) == STDIN else path.name
        yield text_document(path, text, encoding, notes, source_file=name)


def read_document(path: str | Path) -> Document:
    """Read a single-document file; raise :class:`IngestError` with a one-line reason."""
    for item in read_documents(path):
        if isinstance(item, IngestError):
            raise item
        return item
    raise IngestError(path, "no document in the file")


def read_jsonl(data: bytes, path: Path) -> Iterator[Document | IngestError]:
    """One document per line of ``{id, title, date, url, text}``."""
    text, encoding, _ = decode(data, path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield IngestError(where, f"not a JSON object ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield IngestError(where, 'a record needs a "text" string')
            continue
        rid = str(record.get("id") or n)
        try:
            doc = text_document(where, record["text"], encoding, source_file=f"{path.name}#{rid}")
        except IngestError as exc:
            yield exc
            continue
        yield replace(doc, title=str(record.get("title") or doc.title), date=str(record.get("date") or doc.date)[:10],
                      url=str(record.get("url") or ""))
