"""Person names with no Han surname: the dotted form of Uyghur and foreign names (艾力·买买提), and
Tibetan and Mongolian names made of the words of ``data/tibetan_names.txt`` and
``data/mongolian_names.txt`` (扎西才让, 孟和巴雅尔), read where a title or a cue marks them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.cues import BOUNDARY_AFTER, BOUNDARY_BEFORE, cue_re, role_end_re
from fedgraph.extract.layouts import appointing

_DOTTED = re.compile(r"[\u3400-\u9fff]{1,12}(?:[·•・][\u3400-\u9fff]{1,8})+")


def dotted_names(text: str):
    """Spans of names in the dotted form of Uyghur, Tibetan and foreign names, where a role or cue marks them.

    The run before the first dot may hold a title (部长|哈丹·卡宴), and the run after
    the last one a cue (…卡宴|出席).

    >>> t = "部长哈丹·卡宴出席。孙红梅、艾力·买买提当选副主席。长城网·冀云客户端讯"
    >>> [t[s:e] for s, e in dotted_names(t)]
    ['哈丹·卡宴', '艾力·买买提']
    """
    if "·" not in text and "•" not in text and "・" not in text:
        return  # most articles name no one this way
    for m in _DOTTED.finditer(text):
        if text[m.start() - 1:m.start()] in ("“", "‘", "「"):
            continue  # “政企恳谈·有话直说”: a quoted title's two halves, no name
        first = len(re.match(r"[\u3400-\u9fff]+", m.group()).group())
        start = next((m.start() + k for k in range(max(1, first - 7), first)  # a first part of at most seven
                      if role_end_re().search(text, max(0, m.start() + k - 12), m.start() + k)), None)
        # 选举|阿不都拉·买买提、王新华等…为副会长: an appointment verb before the name, in the run or before it
        verb_end = next((m.start() + k for k in range(0, first) if first - k <= 7
                         and text.endswith(appointing(), max(0, m.start() - 4), m.start() + k)), None)
        appointed = start is None and verb_end is not None
        if appointed:
            start = verb_end
        if start is None and first <= 5 and (m.start() == 0 or text[m.start() - 1] in BOUNDARY_BEFORE):
            start = m.start()
        tail = max(m.group().rfind(c) for c in "·•・") + 1 + m.start()
        end = next((j for j in range(tail + 1, min(m.end(), tail + 8) + 1)
                    if BOUNDARY_AFTER.match(text, j) or cue_re().match(text, j)), None)
        if end is not None and not BOUNDARY_AFTER.match(text, end) and cue_re().match(text, end + 1) \
                and text[end] != "率":
            end += 1  # 艾买提|出席, not 艾买|提出: the cue that starts a character later (but 扎默|率|代表团)
        if start is not None and end is not None and (start > m.start() or cue_re().match(text, end) or appointed):
            yield (start, end)


@lru_cache(maxsize=1)
def _surnameless_words() -> lexicon.Gazetteer:
    return lexicon.Gazetteer(lexicon.words("tibetan_names.txt") | lexicon.words("mongolian_names.txt"))


def surnameless_runs(text: str):
    """Runs of one or two words of ``data/tibetan_names.txt`` and ``data/mongolian_names.txt``,
    with the Amdo ending 太/加 if written."""
    hits = list(_surnameless_words().finditer(text))
    i = 0
    while i < len(hits):
        s, e, _ = hits[i]
        i += 1
        if i < len(hits) and hits[i][0] == e:
            e = hits[i][1]
            i += 1
        yield s, e + (text[e:e + 1] in ("太", "加"))


def surnameless_names(text: str):
    """Spans of Tibetan and Mongolian names (made of the words of their data files) that a role or cue marks.

    >>> t = "市政协主席才让太出席。扎西才让当选为主席。格桑花开。市工商联主席孟和巴雅尔陪同。副主席乌兰率团。"
    >>> [t[s:e] for s, e in surnameless_names(t)]
    ['才让太', '扎西才让', '孟和巴雅尔', '乌兰']
    """
    for s, e in surnameless_runs(text):
        if e - s < 2 or not (BOUNDARY_AFTER.match(text, e) or cue_re().match(text, e)):
            continue
        role_before = bool(role_end_re().search(text, max(0, s - 12), s))
        if e - s == 2 and not (role_before and text[max(0, s - 12):s].endswith(tuple(lexicon.roles()))):
            continue  # a name of one word (常务副主席|乌兰|率…) only right after a role
        boundary_before = s == 0 or text[s - 1] in BOUNDARY_BEFORE
        if role_before or (boundary_before and cue_re().match(text, e)):
            yield (s, e)
