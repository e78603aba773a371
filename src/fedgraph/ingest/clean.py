"""Clean text for extraction while remembering where every character came from.

PDF and web dumps break lines inside words (``区工\\n\\n商联``) and print bold
text twice (``永川区召开永川区召开``).  :func:`clean_text` repairs both and folds
traditional characters to simplified and full-width forms to half-width, so
that one set of patterns matches every variant.  Each character of the clean
text keeps the offset of the original character it stands for, so spans found
in the clean text map back exactly into the original.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Characters after which a line break is a real break, not a hard wrap.
_FINAL = set("。！？!?；;：:”’」』）)…")
_DOUBLED_MIN = 6
#: Opening quotes and brackets: a wrapped line may start with one (宁波市|“四好”商会).
_OPENING = set("“‘「『(（《")


class OffsetMap(Sequence[int]):
    """Original offsets of the clean text's characters, kept as runs.

    Clean text is mostly the original copied in long stretches, so the map
    holds where each stretch starts (in the clean text and in the original)
    instead of one integer per character.

    >>> m = OffsetMap()
    >>> m.add(0, 3); m.add(5, 2)
    >>> list(m), len(m), m[3]
    ([0, 1, 2, 5, 6], 5, 5)
    """

    __slots__ = ("_starts", "_origins", "_length")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._length = 0

    def add(self, origin: int, n: int) -> None:
        """Append ``n`` characters that stand for ``origin``, ``origin + 1`` … of the original."""
        if n <= 0:
            return
        if not self._starts or self._origins[-1] + self._length - self._starts[-1] != origin:
            self._starts.append(self._length)
            self._origins.append(origin)
        self._length += n

    def extend(self, other: OffsetMap, start: int, end: int) -> None:
        """Append ``other[start:end]``."""
        k = bisect.bisect_right(other._starts, start) - 1
        while start < end:
            stop = other._starts[k + 1] if k + 1 < len(other._starts) else other._length
            n = min(stop, end) - start
            self.add(other._origins[k] + start - other._starts[k], n)
            start += n
            k += 1

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        k = bisect.bisect_right(self._starts, i) - 1
        return self._origins[k] + i - self._starts[k]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._starts[1:], self._length]
        for start, end, origin in zip(self._starts, ends, self._origins):
            yield from range(origin, origin + end - start)


@dataclass(frozen=True)
class CleanText:
    """Text ready for extraction, with ``offsets[i]`` the original index of ``text[i]``."""

    text: str
    offsets: OffsetMap
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the clean text back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def undouble(line: str) -> tuple[str, list[int]] | None:
    """Undo PDF bold doubling, or return None when the line is not doubled.

    A doubled line is read as units that each appear twice in a row
    (``2023`` ``2023`` ``年`` ``年`` …).  Returns the repaired line and, for each
    kept character, its index in ``line``.

    >>> undouble("永川区召开永川区召开““万企兴万村万企兴万村””")[0]
    '永川区召开“万企兴万村”'
    >>> undouble("谢谢大家的支持") is None
    True
    """
    if len(line) < _DOUBLED_MIN:
        return None
    # pairs cover 90% of a doubled line, so it has at most len - 0.45 * stripped length distinct characters
    if len(set(line)) > len(line) - 0.45 * len(line.strip()):
        return None
    # doubled units pair up every character they cover, so a doubled line has few odd counts
    odd = sum(c & 1 for c in Counter(line).values())
    if odd > len(line) - 0.9 * len(line.strip()):
        return None
    kept: list[int] = []
    i, covered, n = 0, 0, len(line)
    while i < n:
        for k in range(1, 9):
            if i + 2 * k <= n and line[i:i + k] == line[i + k:i + 2 * k] and not line[i:i + k].isspace():
                kept.extend(range(i, i + k))
                covered += 2 * k
                i += 2 * k
                break
        else:
            kept.append(i)
            i += 1
    if covered < 0.9 * len(line.strip()):
        return None
    return "".join(line[j] for j in kept), kept


def _wrap_separator(text: str) -> str | None:
    """The separator that hard-wraps this text, or None when lines are paragraphs.

    A text is hard-wrapped when most line breaks fall between two CJK
    characters (or before an opening quote) with no sentence-final punctuation before them.
    """
    inside, total = {}, 0
    for m in re.finditer(r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+", text):
        if m.start() == 0 or m.end() >= len(text):
            continue
        total += 1
        before, after = text[m.start() - 1], text[m.end()]
        if _is_cjk(before) and (_is_cjk(after) or after.isalnum() or after in _OPENING):
            sep = re.sub(r"[ \t\u3000]", "", m.group())
            inside[sep] = inside.get(sep, 0) + 1
    if sum(inside.values()) < max(5, 0.5 * total):
        return None
    return max(sorted(inside), key=inside.get)


# how an article's body opens after its headline (a headline is never wrapped into it)
_BODY_OPENING = re.compile(r"[0-9]{1,4}[年月]|近日|日前|近期|今年|去年|本报讯|【")
_SPACED = re.compile(r"[\u3400-\u9fff][ \t\u3000]+[\u3400-\u9fff]")


def _signature(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` signs the text: a date follows it alone on its line."""
    end = text.find("\n", pos)
    if end < 0:
        return False
    after = text.find("\n", end + 1)
    return _DATE_LINE.fullmatch(text[end + 1:after if after >= 0 else len(text)].strip()) is not None


def _opens_body(text: str, pos: int) -> bool:
    """Whether the line at ``pos``, after the headline, opens the body: with a date or a dateline,
    or as a notice's salutation (关于表彰…的决定|各县(市、区)工商联,市直属商会:)."""
    end = text.find("\n", pos)
    return bool(_BODY_OPENING.match(text, pos)) or text[pos:end if end >= 0 else len(text)].rstrip().endswith((":", "："))


def _stands_alone(text: str, brk_start: int, brk_end: int) -> bool:
    """True when the line before or after a break is a heading or byline.

    Short lines with spaces between Chinese characters (``凝心聚力谋发展 合力奋进谱新篇``,
    ``记者 钟 梅``) are set apart on the page, not wrapped.
    """
    line_before = text[text.rfind("\n", 0, brk_start) + 1:brk_start]
    nxt = text.find("\n", brk_end)
    line_after = text[brk_end:nxt if nxt >= 0 else len(text)]
    return any(len(line.strip()) <= 30 and _SPACED.search(line) for line in (line_before, line_after))


_DATE_LINE = re.compile(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日")
_NAME_LINE = re.compile(r"[^,，。;；:：!?！？、\s]{4,30}")
_BRACKETED_END = re.compile(r"[(（][^()（）]{1,6}[)）]$")  # 工商联(总商会)
# how an item of a numbered list opens (1. 二、 (3)), not a decimal (3.5亿元)
# a short heading of a part, numbered (一、杭州市): a line of its own, whatever follows it
_PART_HEADING = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^\n]{1,12}$")
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]{1,3}、|[0-9]{1,3}[.、．](?![0-9])|[(（][一二三四五六七八九十0-9]{1,3}[)）]")


# a line of fields (副会长:张立新、金晓明, 秘书长:顾海英): a label, a colon, then what it labels
_FIELD = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,9}[:：][ \u3000]*[\u3400-\u9fff]")


def _fields(text: str, brk_start: int, brk_end: int) -> bool:
    """True when the lines on both sides of a break are fields of a list (常务副会长:陆国强|副会长:张立新)."""
    start = text.rfind("\n", 0, brk_start) + 1
    return _FIELD.match(text, brk_end) is not None and _FIELD.match(text, start) is not None


def _listed(text: str, brk_start: int, brk_end: int) -> bool:
    """True when the break ends an item of a list of names (泉州市石狮商会|泉州市惠安商会|二、…).

    The line before ends with a whole organisation word, and the line after
    does too, or opens with an enumerator: a list is one name a line, not a
    paragraph wrapped at the page's edge.
    """
    nxt = text.find("\n", brk_end)
    line_after = _BRACKETED_END.sub("", text[brk_end:nxt if nxt >= 0 else len(text)].rstrip())
    before = _BRACKETED_END.sub("", text[max(0, brk_start - 40):brk_start])
    words = _broken_words()
    if not before.endswith(words):
        return False
    if line_after.endswith(words) or _ENUMERATOR.match(line_after) or _DATE_LINE.fullmatch(line_after):
        return True  # (a signature is followed by its date: 泉州市工商联|2024年12月9日)
    # the last item of a list: this line and the one before it are names, whole (…\n晋江市陶瓷商会\n南安市水暖卫浴商会|现予以公示)
    start = text.rfind("\n", 0, brk_start) + 1
    previous = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].strip() if start else ""
    return _NAME_LINE.fullmatch(text[start:brk_start].strip()) is not None and \
        _NAME_LINE.fullmatch(previous) is not None and previous.endswith(words)


@lru_cache(maxsize=1)
def _broken_words() -> tuple[str, ...]:
    """The words of ``data/broken_words.txt``: organisation words a break may fall inside or end a line with."""
    text = resources.files("fedgraph.ingest").joinpath("data", "broken_words.txt").read_text(encoding="utf-8")
    return tuple(sorted({w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()}))


@lru_cache(maxsize=1)
def _word_splits() -> dict[str, tuple[str, ...]]:
    """Each way to split a broken word in two: head -> the tails it may have."""
    splits: dict[str, set[str]] = {}
    for w in _broken_words():
        for n in range(1, len(w)):
            splits.setdefault(w[:n], set()).add(w[n:])
    return {head: tuple(sorted(tails)) for head, tails in splits.items()}


def _breaks_word(text: str, brk_start: int, brk_end: int) -> bool:
    """Whether a line break falls inside a word of ``data/broken_words.txt`` (股份有|限公司).

    >>> _breaks_word("股份有\\n限公司", 3, 4), _breaks_word("商会\\n第三届", 2, 3)
    (True, False)
    """
    splits = _word_splits()
    for n in range(1, min(6, brk_start) + 1):
        tails = splits.get(text[brk_start - n:brk_start])
        if tails and any(text.startswith(t, brk_end) for t in tails):
            return True
    return False


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


#: full-width ASCII forms (！ to ～) and the ideographic space, to their half-width forms
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "} | {
    ord(corner): curly for corner, curly in zip("「」『』", "“”‘’")}  # the quotes of Hong Kong and Taiwan


def fold(text: str) -> str:
    """Fold traditional to simplified, full-width to half-width and corner quotes to curly, character for character.

    >>> fold("全國工商聯（總商會）「萬企興萬村」")
    '全国工商联(总商会)“万企兴万村”'
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):  # a phrase rule changed the length: fold one by one
        converted = "".join(c if len(c) == 1 else o for o, c in ((o, _t2s().convert(o)) for o in text))
    return converted.translate(_HALF_WIDTH)


def clean_text(text: str, skip: tuple[tuple[int, int], ...] = ()) -> CleanText:
    """Repair and fold ``text`` for extraction, keeping offsets into ``text``.

    >>> c = clean_text("永川区召开永川区召开““大会大会””\\n區工商聯")
    >>> c.text
    '永川区召开“大会”\\n区工商联'
    >>> c.original_span(10, 14)
    (19, 23)
    """
    chars: list[str] = []  # pieces of text
    offsets = OffsetMap()
    if skip:  # site furniture: blanked, so nothing is read from it, and offsets stay put
        blank = list(text)
        for s, e in skip:
            blank[s:e] = " " * (e - s)
        text = "".join(blank)
    # 0. fold characters one for one, first: the repairs read organisation words in simplified characters
    text = fold(text)
    # 1. repair doubled lines, line by line (most texts have none: their characters are taken as they are)
    pos = 0
    lines = text.splitlines(keepends=True)
    fixes = [undouble(line.rstrip("\r\n")) for line in lines]
    if not any(fixes):
        lines, chars = [], [text]
        offsets.add(0, len(text))
    for line, fixed in zip(lines, fixes):
        body = line.rstrip("\r\n")
        if fixed is None:
            chars.append(line)
            offsets.add(pos, len(line))
        else:
            repaired, kept = fixed
            chars.append(repaired)
            for j in kept:
                offsets.add(pos + j, 1)
            chars.append(line[len(body):])
            offsets.add(pos + len(body), len(line) - len(body))
        pos += len(line)
    stage = "".join(chars)
    # 2. join hard wraps inside Chinese text; other breaks become one newline
    sep = _wrap_separator(stage)
    headline_end = stage.find("\n", len(stage) - len(stage.lstrip()))  # where the first line ends
    out_chars: list[str] = []
    out_offsets = OffsetMap()
    last = 0
    for m in re.finditer(r"[ \t\u3000\r]*(?:\n[ \t\u3000\r]*)+", stage):
        out_chars.append(stage[last:m.start()])
        out_offsets.extend(offsets, last, m.start())
        before = stage[m.start() - 1] if m.start() else ""
        after = stage[m.end()] if m.end() < len(stage) else ""
        wrapped = (sep is not None and re.sub(r"[ \t\u3000\r]", "", m.group()) == sep and before and after
                   and (_is_cjk(before) or before.isdigit() or before in "、,，") and before not in _FINAL
                   and (_is_cjk(after) or after.isalnum() or after in _OPENING)
                   and not _stands_alone(stage, m.start(), m.end())
                   and not (m.start() <= headline_end and _opens_body(stage, m.end()))
                   and not _ENUMERATOR.match(stage, m.end()) and not _signature(stage, m.end())
                   and not _PART_HEADING.match(stage, stage.rfind("\n", 0, m.start()) + 1, m.start())
                   and not _listed(stage, m.start(), m.end()) and not _fields(stage, m.start(), m.end())) \
            or _breaks_word(stage, m.start(), m.end())
        if not wrapped:
            out_chars.append("\n")
            out_offsets.add(offsets[m.start() + m.group().index("\n")], 1)
        last = m.end()
    out_chars.append(stage[last:])
    out_offsets.extend(offsets, last, len(stage))
    return CleanText(text="".join(out_chars), offsets=out_offsets, original_length=len(text))
