"""Where a person's posts are written around the name, read by the person and post readers.

- a list's line: the roles before a colon (副主席:王建华, 区工商联主席:李国华), or the posts
  after the name and spaces or a comma (王振华 常州天合光能有限公司董事长);
- brackets after the name (王建军(成都市工商联副主席)), or a short note (王建华(兼职));
- a profile's clause of the posts held now (夏志生,现任…公司董事长、…副主席);
- a notice's heading over its appointees (增补以下同志为市工商联常委:), and a clause that goes
  on from an appointment (选举张伟祥为会长,|王文斌为秘书长).
"""
from __future__ import annotations

import re
from functools import lru_cache

from fedgraph.extract import lexicon

ASIDE = re.compile(r"\([^()]{1,8}\)")  # 王建华(兼职), 张国庆(专职): a note after a name
# a list's item, one a line: its numbering (1. 1、 (1) 一、)
LIST_ITEM = re.compile(r"\s*([0-9]{1,3}[.、．)]|[0-9]{1,3}(?=\t)|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[ \t\u3000]*")
_SPACES = re.compile(r"[ \u3000]+")
_ORDER_NOTE = re.compile(r"\((?:按|以)?(?:姓氏笔画|姓氏拼音|排名不分先后|不分先后)[^()\n]{0,6}\)$")
NOTES = re.compile(r"\([^()\n]*\)")  # a note in brackets, of any length
_SENTENCE_MARK = re.compile(r"[,，。;；:：!?！？]")
# 增补以下同志为市工商联常委:, then the appointees one a line (黄志明(…董事长)) or several (王红、张宏伟)
_APPOINTEE_HEADING = re.compile(r"(?:以下|下列)(?:[0-9一二三四五六七八九十]+[名位])?(?:同志|人员|人士)?"
                                r"为([^\n:：]{2,40})[:：][ \u3000]*\n")


@lru_cache(maxsize=1)
def _role_list_re() -> re.Pattern:
    alts = lexicon.alternation(lexicon.roles())
    return re.compile(rf"(?:{alts})(?:、(?:{alts}))*")


@lru_cache(maxsize=1)
def appointing() -> tuple[str, ...]:
    """The verbs of an appointment (``data/appointment_verbs.txt``: 增补, 选举 …)."""
    return tuple(sorted(lexicon.words("appointment_verbs.txt")))


@lru_cache(maxsize=1)
def _role_tail_re() -> re.Pattern:
    return re.compile(_role_list_re().pattern + "$")  # roles that end a line: 区工商联|主席


@lru_cache(maxsize=1)
def _org_endings() -> tuple[str, ...]:
    return tuple(sorted({s.text for s in lexicon.org_suffixes() if s.type not in ("Event", "Place")}))


def role_colon(text: str, pos: int) -> tuple[list[str], int] | None:
    """The roles a line of a list gives before a colon and ``pos``, and where the line begins.

    >>> role_colon("党组书记、常务副主席:李红军", 11), role_colon("主  席:周乃翔", 5)
    ((['党组书记', '常务副主席'], 0), (['主席'], 0))
    """
    k = pos
    while k > 0 and text[k - 1] in " \u3000":
        k -= 1
    if k > 0 and text[k - 1] == "\n":  # 常务副会长:王海燕(…)\n徐建平(…): a line of names under the role's
        end = text.find("\n", k)
        if _SENTENCE_MARK.search(NOTES.sub("", text[k:end if end >= 0 else len(text)])):
            return None  # (a paragraph that opens with a name is no line of a list)
        above = text.rfind("\n", 0, k - 1) + 1
        colon = next((i for i in range(above, k - 1) if text[i] in ":："), -1)
        return role_colon(text, colon + 1) if colon >= 0 else None
    if k == 0 or text[k - 1] not in ":：":
        return None
    if (note := _ORDER_NOTE.search(text, max(0, k - 24), k - 1)) is not None:
        k = note.start() + 1  # 常委(按姓氏笔画为序):: how the list is ordered, no part of the role
    start = text.rfind("\n", max(0, k - 24), k) + 1 or max(0, k - 24)
    line = _SPACES.sub("", text[start:k - 1])  # 主  席: a list lines its roles up with spaces
    if _role_list_re().fullmatch(line):
        return line.split("、"), start
    # 区工商联主席:李国华: an organisation, then its roles (where they begin is returned)
    tail = _role_tail_re().search(line)
    if tail is None or not tail.start() or not line[:tail.start()].endswith(_org_endings()) or " " in text[start:k]:
        return None
    return tail.group().split("、"), k - 1 - len(tail.group())


@lru_cache(maxsize=1)
def paren_role_re() -> re.Pattern:
    """A post in brackets right after a name: 王建军(成都市工商联副主席)."""
    return re.compile(rf"\(([^()]{{0,30}}?(?:{lexicon.alternation(lexicon.roles())}))\)")


@lru_cache(maxsize=1)
def _line_role_re() -> re.Pattern:
    roles = lexicon.alternation(lexicon.roles())
    # past spaces, one post to the line's end; past a comma, the posts to the sentence's end
    return re.compile(rf"[ \t\u3000]+([^\s()]{{0,30}}?(?:{roles}))[ \t\u3000]*(?=\n|$)"
                      rf"|[,，]([^\s()。:：]{{2,60}}?(?:{roles}))[ \u3000]*(?=[。\n]|$)")


@lru_cache(maxsize=1)
def _current_re() -> re.Pattern:
    roles = lexicon.alternation(lexicon.roles())
    return re.compile(rf"[,，](?:现任|现为|现担任)([^\s()。:：;；]{{2,60}}?(?:{roles}))(?=[。\n;；]|$)")


def current_posts(text: str, end: int) -> tuple[int, int] | None:
    """The posts a clause after a name says are held now, to the sentence's end (夏志生,现任|公司董事长、
    海宁市工商联副主席|。): their span, or None."""
    m = _current_re().match(text, end)
    return m.span(1) if m else None


def line_post(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the posts after a name that opens a line end, past spaces or a table's tab (王振华 常州天合光能有限公司董事长)
    or a comma (王建华,浙江长华汽车零部件股份有限公司董事长,慈溪市工商联副主席。): the span of the posts;
    None where the name does not open a line or no post ends what follows."""
    line = text.rfind("\n", 0, start) + 1
    if LIST_ITEM.match(text, line).end() != start:
        return None
    m = _line_role_re().match(text, end)
    return None if m is None else m.span(1) if m.group(1) else m.span(2)


@lru_cache(maxsize=1)
def _appointment_re() -> re.Pattern:
    """An appointment of someone to something within a clause: 选举…为…."""
    verbs = lexicon.alternation(lexicon.words('appointment_verbs.txt'))
    # (or an election told of the one elected: 郑丽娟当选为监事长,|周建为秘书长)
    return re.compile(f"(?:{verbs})[^,，;；。]{{2,30}}为|^[\u3400-\u9fff]{{2,4}}(?:同志)?当选")


def follows_appointment(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause that goes on from an appointment (选举张伟祥为会长,|王文斌为秘书长),
    perhaps after other such clauses (…为会长,项子彬等12人为副会长,|章晓东为秘书长)."""
    for _ in range(4):
        if text[pos - 1:pos] not in (",", "，", ";", "；"):
            return False
        start = max(text.rfind(c, max(0, pos - 41), pos - 1) for c in ",，;；。\n") + 1
        if _appointment_re().search(text[start:pos - 1]) is not None:
            return True
        if "为" not in text[start:pos - 1]:
            return False
        pos = start
    return False


def appointee_headings(text: str) -> list[re.Match]:
    """The headings of lists of appointees: an appointment verb, 以下同志为, the post, a colon, a line break."""
    return [m for m in _APPOINTEE_HEADING.finditer(text) if text.endswith(appointing(), 0, m.start())]
