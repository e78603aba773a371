"""China's administrative divisions: names, codes, levels and parents.

The table (``data/divisions.tsv``) holds every division at county level and
above as it stands now, with the names it had before (长乐区 was 长乐市), built
from the data the jionlp package ships (see ``scripts/build_divisions.py``).
:class:`Divisions` answers the questions the extractor and resolver ask: which
division a name denotes, its parent chain, and the place of a given level
above a place.

>>> d = divisions()
>>> d.get("500118").name, d.parent(d.get("500118")).name
('永川区', '重庆市')
>>> [p.name for p in d.chain(d.by_name("黑山县")[0])]
['黑山县', '锦州市', '辽宁省']
>>> d.by_name("长乐市")[0].name
'长乐区'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LEVELS = ("province", "prefecture", "county")
#: Province-level cities: their "市" is also the city one level up from a district.
MUNICIPALITIES = ("110000", "120000", "310000", "500000")
#: Taiwan, Hong Kong, Macau (codes' first two digits): no federation of industry and commerce, no 市委
NO_FEDERATION = ("71", "81", "82")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    level: str
    parent_code: str
    former: str = ""  # names it had before, space-separated: an older article may use them

    @property
    def common(self) -> str:
        """The everyday name of an autonomous division: 天祝县 for 天祝藏族自治县, 凉山州; "" for others."""
        for kind in ("自治县", "自治州", "自治旗"):
            if self.name.endswith(kind) and self.short and self.short != self.name:
                return self.short + kind[-1]
        return ""


class Divisions:
    """Look-ups over the division table."""

    def __init__(self, rows: list[Division]) -> None:
        self._by_code = {d.code: d for d in rows}
        self._first: dict[tuple[str, frozenset[str]], str] = {}  # names recur across an article and a corpus
        self._by_name: dict[str, list[Division]] = {}
        self._parents = {d.parent_code for d in rows}
        for d in rows:
            for name in {d.name, d.short, *d.former.split()} | ({d.common} if d.common else set()):
                self._by_name.setdefault(name, []).append(d)

    def __iter__(self):
        return iter(self._by_code.values())

    def get(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def by_name(self, name: str) -> list[Division]:
        """Divisions whose full, short or former name is ``name`` (several for 朝阳区)."""
        return list(self._by_name.get(name, ()))

    def first_name(self, name: str, skip: frozenset[str] = frozenset()) -> str:
        """The longest division name (not in ``skip``) that ``name`` begins with and goes on after; "" if none.

        >>> divisions().first_name("锦州市工商联"), divisions().first_name("工商联")
        ('锦州市', '')
        """
        key = (name, skip)
        if key not in self._first:
            self._first[key] = next((name[:n] for n in range(min(len(name) - 1, 12), 1, -1)
                                     if name[:n] in self._by_name and name[:n] not in skip), "")
        return self._first[key]

    def names_only(self, text: str, words: tuple[str, ...] = ()) -> bool:
        """Whether ``text`` is one or more division names (or ``words``) and nothing else.

        >>> divisions().names_only("哈尔滨市道里区"), divisions().names_only("哈尔滨市民营企业")
        (True, False)
        """
        while text:
            head = next((text[:n] for n in range(len(text), 1, -1) if self.by_name(text[:n]) or text[:n] in words), "")
            if not head:
                return False
            text = text[len(head):]
        return True

    def name_ending(self, text: str, end: int) -> str:
        """The longest division name written in full that ends at ``end`` in ``text`` (义县 in 支持义县|成立…); "" if none.

        >>> divisions().name_ending("支持义县成立", 4)
        '义县'
        """
        for n in range(min(end, 8), 1, -1):
            part = text[end - n:end]
            if any(d.name == part for d in self._by_name.get(part, ())):
                return part
        return ""

    def has_parts(self, d: Division) -> bool:
        """Whether divisions of the table lie under ``d`` (not so for 中山市, whose towns are its parts)."""
        return d.code in self._parents

    def parent(self, d: Division) -> Division | None:
        code = d.parent_code
        while code:
            found = self._by_code.get(code)
            if found:
                return found
            code = code[:2] + "0000" if not code.endswith("0000") else ""
        return None

    def chain(self, d: Division) -> list[Division]:
        """``d`` and every division above it, nearest first."""
        out = [d]
        while (p := self.parent(out[-1])) is not None:
            out.append(p)
        return out

    def is_within(self, d: Division, ancestor: Division) -> bool:
        return any(x.code == ancestor.code for x in self.chain(d))


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    """The division table, loaded once."""
    text = resources.files("fedgraph.resolve").joinpath("data", "divisions.tsv").read_text(encoding="utf-8")
    rows = []
    for ln in text.splitlines()[2:]:
        if ln.strip():
            rows.append(Division(*ln.split("\t")))
    return Divisions(rows)


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, Division]:
    """The one-character abbreviations of the provincial divisions (``data/province_abbreviations.tsv``).

    >>> province_abbreviations()["粤"].name
    '广东省'
    """
    path = resources.files("fedgraph.resolve").joinpath("data", "province_abbreviations.tsv")
    text = path.read_text(encoding="utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {abbr: divisions().get(code) for abbr, code in rows}


def resident_place(name: str) -> Division | None:
    """The province a name opens with as 在 and its abbreviation, before another place (在粤|湖南商会).

    >>> resident_place("在沪温州商会").name, resident_place("在新疆浙江商会")
    ('上海市', None)
    """
    if name[:1] != "在" or divisions().first_name(name[1:]) or not divisions().first_name(name[2:]):
        return None
    return province_abbreviations().get(name[1:2])
