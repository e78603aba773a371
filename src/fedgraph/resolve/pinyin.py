"""Pinyin readings of names, for readers who do not read Chinese.

People are written surname first, given name joined (``杨红杰`` -> ``Yáng Hóngjié``),
with the surname's own reading where it differs (``曾`` -> ``Zēng``, ``单`` ->
``Shàn``, from ``data/surname_readings.tsv``).  Places keep the division suffix
apart (``永川区`` -> ``Yǒngchuān Qū``).

>>> person_pinyin("曾智明")
'Zēng Zhìmíng'
>>> place_pinyin("永川区")
'Yǒngchuān Qū'
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fedgraph.extract import lexicon

_PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "新区", "开发区", "省", "市", "区", "县", "镇", "乡", "村", "旗", "盟", "州")


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    text = resources.files("fedgraph.resolve").joinpath("data", "surname_readings.tsv").read_text(encoding="utf-8")
    return dict(ln.split("\t")[:2] for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _syllables(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.TONE, errors="default"))


def person_pinyin(name: str) -> str:
    """The pinyin of a person's name: ``Surname Givenname``."""
    names = lexicon.words("surnames.txt")
    sl = 2 if name[:2] in names or name[:2] in _readings() else 1
    surname, given = name[:sl], name[sl:]
    head = _readings().get(surname) or _syllables(surname).capitalize()
    return f"{head} {_syllables(given).capitalize()}".strip()


def place_pinyin(name: str) -> str:
    """The pinyin of a place name, the division suffix kept apart."""
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{_syllables(name[:-len(suffix)]).capitalize()} {_syllables(suffix).capitalize()}"
    return _syllables(name).capitalize()
