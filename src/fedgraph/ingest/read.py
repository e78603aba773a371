"""Find input files and decode them into :class:`Document` objects.

Encodings are detected, not guessed: UTF-8 (with or without BOM) and UTF-16
with a BOM are recognised exactly; otherwise the bytes must decode cleanly as
GB18030 or Big5 and charset-normalizer chooses between the two.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from fedgraph.errors import IngestError

#: Suffixes of files that ``find_inputs`` collects from folders.
TEXT_SUFFIXES = (".txt",)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


@dataclass(frozen=True)
class Document:
    """A source document: its original text and where it came from."""

    path: str
    source_file: str
    text: str
    encoding: str

    @property
    def digest(self) -> str:
        """SHA-1 of the text: the document's identity, independent of its path."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def find_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively, ``*.txt``) into a sorted file list.

    >>> find_inputs([])
    []
    """
    found: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.exists():
            found.add(path)
        else:
            raise IngestError(path, "no such file or folder")
    return sorted(found, key=lambda p: (p.name, str(p)))


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``; raise IngestError if impossible."""
    if not data.strip():
        raise IngestError(path, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
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
    return text, enc


def read_document(path: str | Path) -> Document:
    """Read one file as a :class:`Document`; raise :class:`IngestError` with a one-line reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read ({exc.strerror or exc})") from None
    text, encoding = decode(data, path)
    if not text.strip():
        raise IngestError(path, "empty file")
    controls = sum(1 for ch in text[:4096] if ord(ch) in _CONTROL)
    if controls > 0.05 * min(len(text), 4096):
        raise IngestError(path, "binary file (control characters), not text")
    return Document(path=str(path), source_file=path.name, text=text, encoding=encoding)
