"""Text dumps of web pages: site furniture to leave out, and the metadata in the page head.

A dump holds breadcrumbs (``首页>地方工作>…``), slogans, ``English|长者模式``,
``邮编``/``地址``/``ICP备案编号`` lines, a site name after the title
(``…_德阳市人民政府网``) and so on (patterns in ``data/site_chrome.txt``).
:func:`read_web_text` finds those lines, so extraction can skip them, and
reads the title, publication date (``发布时间:2025-12-11``), source
(``信息来源:中华工商时报``) and byline (``记者 钟梅``) as document metadata.

>>> info = read_web_text("首页>地方工作\\n锦州市工商联召开会议\\n发布时间:2025-12-11 信息来源:中华工商时报\\n正文。")
>>> info.title, info.date, info.publisher
('锦州市工商联召开会议', '2025-12-11', '中华工商时报')
>>> info.chrome
((0, 7),)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from fedgraph.ingest.clean import fold

_DATE = re.compile(r"(?:发布时间|发布日期|时间|日期)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SOURCE = re.compile(r"(?:信息来源|文章来源|来源)\s*[:：]\s*([^\s|｜:：,，。]{2,30}?)(?=\s|字号|作者|$|[|｜])")
_SITE_TAIL = re.compile(r"\s*[_|]\s*[^_|]{2,24}?(?:网|网站|官网|门户)\s*$")  # a page title's site name
_BYLINE = re.compile(r"(?:记者|作者|文)\s*[:：/]?\s*((?:[\u4e00-\u9fff][ \u3000]?){2,4})(?=[ \u3000]*(?:\n|$|[|｜)）】]|报道|摄))")


@lru_cache(maxsize=1)
def _chrome() -> re.Pattern:
    """Every pattern of ``data/site_chrome.txt`` in one regex: a line is tested once, not once per pattern."""
    text = resources.files("fedgraph.ingest").joinpath("data", "site_chrome.txt").read_text(encoding="utf-8")
    return re.compile("|".join(f"(?:{ln})" for ln in text.splitlines() if ln.strip() and not ln.startswith("#")))


def _cut(start: int, end: int, hole_start: int, hole_end: int) -> list[tuple[int, int]]:
    if hole_end <= start or hole_start >= end:
        return [(start, end)]
    return [span for span in ((start, hole_start), (hole_end, end)) if span[1] > span[0]]


@dataclass(frozen=True)
class WebText:
    chrome: tuple[tuple[int, int], ...]
    title: str = ""
    date: str = ""
    publisher: str = ""
    author: str = ""


def read_web_text(text: str) -> WebText:
    """Site furniture spans and the metadata found in ``text`` (in traditional characters too: the
    patterns are read on the text folded to simplified, which keeps every offset; values are as written)."""
    original, text = text, fold(text)
    chrome, title = [], ""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and _chrome().search(body):
            chrome.append((pos, pos + len(body)))
        elif not title and body.strip() and not _DATE.search(body) and len(body.strip()) <= 80 \
                and not re.search(r"[。!?！？;；,，]", body):
            if site := _SITE_TAIL.search(body):  # …召开执委会议_德阳市人民政府网: the site, not the article
                chrome.append((pos + site.start(), pos + len(body)))
                body = body[:site.start()]
            title = original[pos:pos + len(body)].strip()
        pos += len(line)
    date = ""
    head = text[:3000]
    if (m := _DATE.search(head)):
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    publisher = ""
    if (m := _SOURCE.search(head)):
        publisher = original[m.start(1):m.end(1)]
        # the publisher's name stays readable for extraction inside a furniture line
        chrome = [part for s, e in chrome for part in _cut(s, e, m.start(1), m.end(1))]
    author = re.sub(r"[ \u3000]", "", original[m.start(1):m.end(1)]) if (m := _BYLINE.search(text)) else ""
    return WebText(tuple(chrome), title, date, publisher, author)
