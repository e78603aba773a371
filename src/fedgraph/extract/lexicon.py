"""Load the language data beside this module (``data/``): lexicons with no logic.

Each loader reads one file once and caches it.  Lines starting with ``#`` are
comments; word lists may hold several words per line, separated by spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("fedgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of a table file such as ``relation_verbs.tsv``."""
    return tuple(tuple(cell.strip() for cell in ln.split("\t")) for ln in _lines(name))


@dataclass(frozen=True)
class Reference:
    word: str
    refers_to: str  # "self" or "previous"
    types: tuple[str, ...]
    ending: str  # how the referent's name ends ("" for any)


@lru_cache(maxsize=1)
def references() -> dict[str, Reference]:
    """``data/references.tsv``: words that stand for an organisation named elsewhere."""
    return {r[0]: Reference(r[0], r[1], tuple(r[2].split()), r[3].strip("-")) for r in rows("references.tsv")}


def alternation(words) -> str:
    """A regex alternation of ``words`` in which the longest match wins, built as a trie.

    Shared prefixes are factored out (``市委(?:统战部)?``), so the regex engine
    rules out most words at their first character: with thousands of place
    names that is many times faster than a flat list, and it matches the same.

    >>> alternation(["市委", "市委统战部", "委"])
    '(?:委|市委(?:统战部)?)'
    """
    trie: dict = {}
    for w in set(words) - {""}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


class Gazetteer:
    """Finds the words of a long list in text: leftmost, then longest, never overlapping.

    The same matches as ``re.finditer(alternation(words), text)``, from an
    Aho-Corasick automaton: with thousands of words sharing first characters
    (China's place names) the regex tries them at every position, the
    automaton reads each character once.

    >>> [m for m in Gazetteer(["锦州", "锦州市", "黑山县"]).finditer("锦州市黑山县")]
    [(0, 3, '锦州市'), (3, 6, '黑山县')]
    """

    def __init__(self, words) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for w in set(words) - {""}:
            self._automaton.add_word(w, w)
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()

    def finditer(self, text: str):
        """``(start, end, word)`` for each match."""
        if self._empty:
            return
        longest: dict[int, str] = {}  # start -> the longest word found there
        for last, word in self._automaton.iter(text):
            start = last + 1 - len(word)
            if len(word) > len(longest.get(start, "")):
                longest[start] = word
        end = 0
        for start in sorted(longest):
            if start >= end:
                end = start + len(longest[start])
                yield start, end, longest[start]


class Endings:
    """Which word of a list a text ends with, by looking up its last characters.

    >>> Endings(["大会", "论坛", "会"]).longest("民营经济大会")
    '大会'
    >>> Endings(["大会"]).longest("大会", min_rest=1) is None
    True
    """

    def __init__(self, words) -> None:
        self.words = frozenset(words) - {""}
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def longest(self, text: str, min_rest: int = 0) -> str | None:
        """The longest word ``text`` ends with that leaves ``min_rest`` characters before it."""
        for k in self.lengths:
            if len(text) - k >= min_rest and text[-k:] in self.words:
                return text[-k:]
        return None


def _trie_pattern(node: dict) -> str:
    branches, ends = [], "" in node
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if len(child) == 1 and "" in child:
            branches.append(re.escape(ch))
        else:
            branches.append(re.escape(ch) + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if ends:  # greedy: the longer word is tried first, the word ending here if that fails
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The set of words in a word-list file such as ``surnames.txt``."""
    return frozenset(w for ln in _lines(name) for w in ln.split())


@dataclass(frozen=True)
class Suffix:
    text: str
    type: str
    prefix: str  # "any", "place", "national", "party" or "dated"


@lru_cache(maxsize=None)
def org_suffixes() -> tuple[Suffix, ...]:
    """Name suffixes with the entity type they make, longest first."""
    table = [Suffix(*row[:3]) for row in rows("org_suffixes.tsv")]
    return tuple(sorted(table, key=lambda s: (-len(s.text), s.text)))


@lru_cache(maxsize=1)
def org_suffix_re() -> re.Pattern:
    """Any suffix of ``org_suffixes.tsv`` as a lookahead, the longest found at a position in its group 1."""
    return re.compile(f"(?=({alternation(s.text for s in org_suffixes())}))")


@lru_cache(maxsize=None)
def roles() -> dict[str, str]:
    """Role words mapped to the organisation pattern they imply ('' for none)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in rows("roles.tsv")}


@lru_cache(maxsize=1)
def role_re() -> re.Pattern:
    """A role with its grade before it (常务副会长, 名誉主席), to match where a role begins."""
    return re.compile(f"(?:常务|执行|名誉|荣誉|驻会)?副?(?:{alternation(roles())})")


@lru_cache(maxsize=1)
def role_endings() -> Endings:
    """The roles, looked up at the end of a text (副主席 in 市工商联副主席)."""
    return Endings(roles())


@lru_cache(maxsize=None)
def national_bodies() -> dict[str, tuple[str, str]]:
    """Every name of a national body mapped to ``(type, canonical name)``."""
    out = {}
    for type_, canonical, *rest in rows("national_bodies.tsv"):
        for name in [canonical, *(rest[0].split("|") if rest and rest[0] else [])]:
            out[name] = (type_, canonical)
    return out


@lru_cache(maxsize=1)
def national_re() -> re.Pattern:
    """Any name of ``data/national_bodies.tsv``, longest first."""
    return re.compile(alternation(national_bodies()))


@lru_cache(maxsize=1)
def national_short_names() -> dict[str, list[str]]:
    """Each national body's canonical name mapped to the other names it goes by (中国人民银行: 人民银行, 央行)."""
    out: dict[str, list[str]] = {}
    for name, (_, canonical) in national_bodies().items():
        if name != canonical:
            out.setdefault(canonical, []).append(name)
    return out


@lru_cache(maxsize=1)
def bank_names() -> dict[str, str]:
    """``data/bank_names.tsv``: every short name of a national bank mapped to its full name (建行: 中国建设银行)."""
    return {short: full for full, shorts in rows("bank_names.tsv") for short in shorts.split()}


@lru_cache(maxsize=1)
def zone_kinds() -> dict[str, tuple[str, ...]]:
    """``data/zone_kinds.tsv``: each short form of a kind of zone (园区) mapped to how full names of it end."""
    return {short: tuple(endings.split()) for short, endings in rows("zone_kinds.tsv")}


@lru_cache(maxsize=1)
def word_abbreviations() -> dict[str, tuple[str, ...]]:
    """``data/word_abbreviations.tsv``: words inside a name mapped to their short forms (农村商业银行: 农商银行)."""
    return {full: tuple(shorts.split()) for full, shorts in rows("word_abbreviations.tsv")}
