"""Load the language data beside this module (``data/``): lexicons with no logic.

Each loader reads one file once and caches it.  Lines starting with ``#`` are
comments; word lists may hold several words per line, separated by spaces.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("fedgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The set of words in a word-list file such as ``surnames.txt``."""
    return frozenset(w for ln in _lines(name) for w in ln.split())


@lru_cache(maxsize=None)
def ordered_words(name: str) -> tuple[str, ...]:
    """The words of a list, longest first (for alternations where the longest must win)."""
    return tuple(sorted(words(name), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Suffix:
    text: str
    type: str
    prefix: str  # "any", "place" or "national"


@lru_cache(maxsize=None)
def org_suffixes() -> tuple[Suffix, ...]:
    """Name suffixes with the entity type they make, longest first."""
    rows = [Suffix(*ln.split("\t")[:3]) for ln in _lines("org_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda s: (-len(s.text), s.text)))


@lru_cache(maxsize=None)
def roles() -> dict[str, str]:
    """Role words mapped to the organisation pattern they imply ('' for none)."""
    out = {}
    for ln in _lines("roles.tsv"):
        parts = ln.split("\t")
        out[parts[0].strip()] = parts[1].strip() if len(parts) > 1 else ""
    return out


@lru_cache(maxsize=None)
def national_bodies() -> dict[str, tuple[str, str]]:
    """Every name of a national body mapped to ``(type, canonical name)``."""
    out = {}
    for ln in _lines("national_bodies.tsv"):
        type_, canonical, *rest = ln.split("\t")
        for name in [canonical, *(rest[0].split("|") if rest and rest[0] else [])]:
            out[name] = (type_, canonical)
    return out
