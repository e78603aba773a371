"""``fedgraph_persons``: person names from surnames plus context.

A surname (``data/surnames.txt``) followed by one or two given-name characters
is a name when the context says so:

- a role stands right before it (主席杨红杰, 省长毛伟明), or before a colon in a
  list (副主席:王建华), or a title word (``data/person_prefixes.txt``: 省领导李殿勋);
- a cue follows it (``data/person_cues.txt``: 杨红杰表示, 毛伟明出席; perhaps after
  an adverb, ``data/person_cue_adverbs.txt``: 金书波分别致辞), or an award verb
  does (王立群荣获…, 王立群被…授予…), and a clause boundary or a role precedes it;
- it continues an enumeration of names (邓儒方、汪礼碧、孟瑞章等), or begins one that
  ends with an accepted name (郑海燕、吴建军当选);
- a post in brackets follows it (王建军(成都市工商联副主席)) after a clause boundary;
- an appointment names it (``data/appointment_verbs.txt``: 增补李明华为…副主席,
  选举王芳、张伟为…);
- it is a byline (记者 钟 梅, 记者陈仕川 袁卿予) or a signature in brackets at
  the end of a paragraph ((王睿瑞)).

Surnames that are mostly function words (``data/function_surnames.txt``: 和, 于)
begin a name after another word only when a cue follows.  Every other
occurrence of an accepted name in the document is a mention too.  Titles and cues
are :mod:`fedgraph.extract.cues`; names with no Han surname (艾力·买买提, 扎西才让)
are read by :mod:`fedgraph.extract.unsurnamed`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.awards import trigger_re
from fedgraph.extract.cues import (BOUNDARY_BEFORE, FOR_CEREMONY, awarded, cue_re, ends_well, lone_adverbs,
                                   opening_cue, role_end_re, title_re)
from fedgraph.extract.extensions import Candidate, ensure
from fedgraph.extract.layouts import (ASIDE, LIST_ITEM, NOTES, appointee_headings, appointing, follows_appointment,
                                      line_post, paren_role_re, role_colon)
from fedgraph.extract.names import ADMIN_ABBR, FUNCTION_CHARS, clause_start, is_place_word, tokens
from fedgraph.extract.tagger import tagger
from fedgraph.extract.unsurnamed import dotted_names, surnameless_names, surnameless_runs

_HAN = re.compile(r"[\u3400-\u9fff]")
_ELIDED = re.compile(r"[,，;；]((?:(?!当选)[\u3400-\u9fff]){2,4}?)(?:同志)?为")  # (not 陈东|当选为: its own verb)
_ELIDED_LAST = re.compile(r"、((?:(?!当选)[\u3400-\u9fff]){2,4}?)(?:同志)?为")
_COMMA_OUTSIDE_BRACKETS = re.compile(r"[,，;；](?![^()（）]*[)）])")  # (not 蓝春华(女,畲族)'s)
#: 谢应朝等5名: a person named first among some counted
COUNTED = re.compile(r"等[0-9一二三四五六七八九十百余多]+(?:名|位|人)")
_LEVELS = ADMIN_ABBR | {"村"}  # 天|祝县|副县长: a place's level ends no name
_AGENT_BEFORE = set("由经请")
_REMOVING = ("免去", "免除")  # a notice's removal from a post, before the name
_BYLINE = re.compile(r"(?:记者|通讯员|摄影|责任编辑|编辑|审核|校对|作者|文/|图/|文:|图:)[:：/]?[ \u3000]*"
                     r"([\u3400-\u9fff][\u3400-\u9fff \u3000]{1,30})")
# what a list's line gives after a role and a colon, or a line of names under such a line
_LISTED_NAMES = re.compile(r"^(?:[^:：\n]{1,16}[:：])?[ \u3000]*([\u3400-\u9fff][^\n]*)$", re.M)
_SIGNATURE = re.compile(r"(?:[讯电]|报道)[(（]([\u3400-\u9fff]{2,3})[)）]|[(（]([\u3400-\u9fff]{2,3})[)）][ \u3000]*(?:\n|$)")


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("person_lookalikes.txt")))


@lru_cache(maxsize=1)
def _naming_verbs() -> tuple[str, ...]:
    """Verbs a list of people may follow: appointments and awards (授予|陈立新、王海涛等10名同志…)."""
    return tuple(sorted(lexicon.words("appointment_verbs.txt") | lexicon.words("award_triggers.txt")))


_SPACES = re.compile(r"[ \u3000]+")
_NEWLINE = re.compile(r"\n")
_LAST_WORD = re.compile(r"[\u3400-\u9fff]+$")
_AFTER_COLON = re.compile(r"[:：][ \u3000]*")


def _field_next(text: str, start: int, end: int) -> int | None:
    """Where the next name starts after spaces in a list's line (副会长:王利民　|张建军　李红梅), or None."""
    gap = _SPACES.match(text, end)
    if gap is None or gap.end() >= len(text) or text[gap.end()] == "\n":
        return None
    line = text.rfind("\n", 0, start) + 1
    colon = max(text.rfind(":", line, start), text.rfind("：", line, start))
    return gap.end() if colon >= 0 and role_colon(text, colon + 1) is not None else None


@lru_cache(maxsize=1)
def _appointed_re() -> re.Pattern:
    verbs = lexicon.alternation(lexicon.words("appointment_verbs.txt"))
    # the shortest name the verb's 为 (or an enumeration's 、) closes: 增补|李明华|为, 选举|王建华|(兼职)、
    return re.compile(f"(?:{verbs})([\u3400-\u9fff]{{2,4}}?)(?:同志)?(?:{ASIDE.pattern})?[为、]")


# who speaks: a name opening a line (or after a headline's |) before a colon (杨光明:…)
_SPEAKER = re.compile(r"(?:^|(?<=[\n|丨]))[ \u3000]*([\u3400-\u9fff]{2,4})[:：]")
# a profile's first words (perhaps after its label: 人物名片:): its subject, then sex, nation, party, year of birth
# or home town
# (or where they are from, after 是: 王建国是温州市龙湾区永兴街道人,现任…)
#: what a profile says right after its subject's name (,男, ,1968年出生, 是温州市龙湾区永兴街道人,现任)
PROFILE_FACTS = (r"(?:,(?:男|女|[\u3400-\u9fff]{1,3}族,|中共党员|[0-9]{4}年|[\u3400-\u9fff]{2,8}人[,。])"
                 r"|是[\u3400-\u9fff]{2,12}人,(?:现任|曾任|历任))")
_PROFILE = re.compile(r"(?:^|(?<=[\n。])|(?<=名片:)|(?<=简介:)|(?<=简历:))[ \u3000]*([\u3400-\u9fff]{2,4})" + PROFILE_FACTS,
                      re.M)
_LINE_NAMES = re.compile(r"[^、 \u3000(（]+")


def _appointee_names(text: str):
    """``(start, end, name)`` of the names listed one a line, or several, under :func:`appointee_headings`."""
    for heading in appointee_headings(text):
        pos = heading.end()
        while pos < len(text):
            pos = LIST_ITEM.match(text, pos).end()  # 1.|张伟(…副总裁)
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].split("(")[0].split("（")[0]
            names = [(pos + m.start(), pos + m.end(), m.group()) for m in _LINE_NAMES.finditer(line)]
            if not names or not all(2 <= len(n) <= 4 and 0 < _surname_at(n, 0) < len(n)
                                    and _given_ok(n[_surname_at(n, 0):]) for _, _, n in names):
                break  # 特此通知。: the list has ended
            yield from names
            pos = end + 1


_YI_GIVEN = set("日子且")  # 吉克|曲日, 阿苦|日哈, 沙马|拉且: function words in Han given names, common in Yi ones


def _given_ok(given: str, surname: str = "") -> bool:
    stops = lexicon.words("person_stops.txt")
    if surname in lexicon.words("yi_surnames.txt"):
        stops = stops - _YI_GIVEN
    if given in lexicon.words("person_cues.txt") or given in lexicon.words("appointment_verbs.txt"):
        return False  # 张|明当选|秘书长, 关于|增补…: what follows a name, or an appointment's verb, is no given name
    return all(_HAN.match(c) and c not in stops for c in given)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Han surnames (``data/surnames.txt``) and Yi family names (``data/yi_surnames.txt``)."""
    return lexicon.words("surnames.txt") | lexicon.words("yi_surnames.txt")


def _surname_at(text: str, i: int) -> int:
    """Length of the surname starting at ``i`` (0 if none); compound surnames first."""
    names = surnames()
    if text[i:i + 2] in names:
        return 2
    return 1 if text[i:i + 1] in names else 0


def name_at(text: str, i: int) -> int:
    """Length of a person name starting at ``i`` (0 if none).

    The given name has one or two characters.  The length chosen is the one
    followed by a boundary or a cue (张健|出席, 杨红杰|介绍); where that does not
    decide, jieba's reading of the words after the surname does (甘霖|推介,
    徐年春|参会, 徐|耀目|提及).
    """
    sl = _surname_at(text, i)
    if not sl or text.startswith("书记", i + sl):
        return 0  # 李书记: a title after a surname, not a name
    if text.startswith(_lookalikes(), i):
        return 0  # 企业家|沙龙: a word jieba reads as a name
    lengths = [sl + gl for gl in (1, 2)
               if len(text[i + sl:i + sl + gl]) == gl and _given_ok(text[i + sl:i + sl + gl], text[i:i + sl])]
    if lengths == [sl + 1] and text[i + sl + 1:i + sl + 2] in ("任", "为") and \
            (cue := cue_re().match(text, i + sl + 2)) and len(cue.group()) > 1 and cue.group() not in lexicon.roles():
        lengths.append(sl + 2)  # 郭大为|出席: 为 (a stop) ends a given name before a cue that is no post
    good = [n for n in lengths if ends_well(text, i + n)]
    if len(good) == 2 and text[i + sl + 1] in "任为" and lexicon.role_re().match(text, i + sl + 2):
        good = good[:1]  # 王勇|任会长, 张华|为秘书长: the verb of the post, no given name's end
    elif len(good) == 2 and FOR_CEREMONY.match(text, i + sl + 1):
        good = good[:1]  # 王勇|为出席活动的嘉宾颁奖: who hands over for others
    elif len(good) == 2 and text[i + sl + 1] in "任为" and (cue := cue_re().match(text, i + sl + 2)) \
            and len(cue.group()) > 1:
        good = good[1:]  # 张天任|回顾, 李有为|表示: a cue, no post, follows; the character ends the given name
    elif len(good) == 2 and text[i + sl + 1] in lone_adverbs() and cue_re().match(text, i + sl + 2):
        good = good[:1]  # 袁武|亦表示: an adverb of one character before a cue, no given name's end
    choice = good[0] if len(good) == 1 else 0
    if not choice and len(lengths) == 2:
        # 高春颀|北京: a whole word after three characters, a lone one after two
        after2, after3 = tokens(text[i + sl + 1:i + sl + 7]), tokens(text[i + sl + 2:i + sl + 8])
        if after2 and after3 and len(after2[0][2]) == 1 and len(after3[0][2]) >= 2 and _HAN.match(after3[0][2]):
            choice = lengths[1]
    if not choice and lengths:
        toks = tokens(text[i:i + 8])
        first = toks[0] if toks else None
        if first and first[3].startswith("nr") and first[1] in lengths:
            choice = first[1]
        elif first and first[1] == sl and len(toks) > 1 and sl + len(toks[1][2]) in lengths and toks[1][3] not in ("v", "p", "c", "u", "uj", "x", "m", "d"):
            choice = sl + len(toks[1][2])
        elif good:
            choice = good[-1]
    if not choice:  # 刘永好: a given name with a character that is rarely one, but jieba knows the name
        toks = tokens(text[i:i + 8])
        if toks and toks[0][3] in ("nr", "nrfg", "nrt") and toks[0][1] in (sl + 1, sl + 2) \
                and _HAN.match(toks[0][2][-1]) and toks[0][2][-1] not in _LEVELS | FUNCTION_CHARS \
                and ends_well(text, i + toks[0][1]):  # (季伟|林为|副主席: 为 is the verb's)
            choice = toks[0][1]
    if choice and is_place_word(text[i:i + choice]):
        return 0
    return choice


_LIST_BREAKS = ("、", ",", "，")


def _odd_name(word: str) -> bool:
    """Whether three characters may be a name whose surname no list holds (字建国): no function word, word,
    place or role in them."""
    return len(word) == 3 and _given_ok(word) and not any(c in FUNCTION_CHARS for c in word) \
        and not _is_common_word(word) and not is_place_word(word[:2]) and lexicon.role_endings().longest(word) is None


def _after_name(text: str, i: int) -> bool:
    """Whether such a name (:func:`_odd_name`) at ``i`` follows a name and 、 (段丽萍、|字建国|、杨永红)."""
    return text[i - 1:i] == "、" and _odd_name(text[i:i + 3]) \
        and any(i - 1 - k >= 0 and name_at(text, i - 1 - k) == k for k in (3, 2))


def _between_names(text: str, i: int) -> int:
    """Length of such a name (:func:`_odd_name`) at ``i``, the next item of an enumeration after a name, before
    another (段丽萍、|字建国|、杨永红); 0 if not."""
    return 3 if text[i + 3:i + 4] == "、" and _odd_name(text[i:i + 3]) and name_at(text, i + 4) else 0


def _titled_name(text: str, i: int) -> int:
    """Length of a name of three characters right after a title and right before a cue that is no role
    or a list's comma, whatever its given name holds (会长|王子联|出席; 主委|李和平|出席, where 和平 is one
    word; 会长|郑才多|表示; 首席执行官|马和平|、): the words around it leave no other reading."""
    sl = _surname_at(text, i)
    given = text[i + sl:i + sl + 2]
    etc = text[i + sl + 2:i + sl + 3] == "等"  # 会长黄家和|等|出席: the first of some, named before the cue
    cue = cue_re().match(text, i + sl + 2 + etc)
    listed = text[i + sl + 2:i + sl + 3] in _LIST_BREAKS  # 首席执行官马和平|、…: the next item of a list
    listed = listed or FOR_CEREMONY.match(text, i + sl + 2) is not None  # 会长|施能坑|为党支部揭牌
    # (a function character ends the given name only before 等 and a cue: 黄家和|等出席, not 王明和|李强)
    if sl != 1 or len(given) != 2 or not all(_HAN.match(c) for c in given) or given[1] in FUNCTION_CHARS and not etc \
            or given[0] in FUNCTION_CHARS and len(tokens(given)) != 1 \
            or not listed and (cue is None or len(cue.group()) < 2 or cue.group() in lexicon.roles()) \
            or given in lexicon.words("person_cues.txt") or lexicon.role_endings().longest(given) is not None \
            or cue_re().match(text, i + sl + 1) and not etc:  # (乌兰|率团: the name ends before a cue)
        return 0
    return 0 if _is_common_word(text[i:i + 3]) or is_place_word(text[i:i + 3]) else 3


def _placelike_name(text: str, i: int) -> int:
    """Length of a name of two characters that is also a place's short name, right after a title and
    before a cue of two characters or more (副主席|向阳|表示, 会长|黄山|出席) or a list's comma (市委书记|
    宁波|,市长…): there it can only be a name."""
    if _surname_at(text, i) != 1 or not is_place_word(text[i:i + 2]):
        return 0
    cue = cue_re().match(text, i + 2)
    listed = text[i + 2:i + 3] in _LIST_BREAKS
    return 2 if listed or cue and len(cue.group()) >= 2 and cue.group() not in lexicon.roles() else 0


def _common_given(given: str) -> bool:
    """Whether a given name of two characters is a common word other than a name or place (先进, 发展)."""
    word = tagger().freq.get(given, 0) >= 1000 and tagger().tags.get(given)
    return len(given) == 2 and word in ("a", "ad", "an", "d", "n", "v", "vn")


def _after_role(text: str, i: int) -> bool:
    """Whether a post (not a title word such as 企业家) ends right before ``i``, or a list's role and colon."""
    return lexicon.role_endings().longest(text[max(0, i - 12):i]) is not None or role_colon(text, i) is not None


def _ends_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` ends a quotation that opens a few characters before it (“企业家|沙龙”)."""
    if text[end:end + 1] not in ("”", "」"):
        return False
    opening = max(text.rfind("“", max(0, start - 12), start), text.rfind("「", max(0, start - 12), start))
    return opening >= 0 and opening < start - 1


def _is_common_word(name: str) -> bool:
    toks = tokens(name)
    return len(toks) == 1 and not toks[0][3].startswith("nr")


class PersonRecogniser:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        text = doc._.fg_text
        taken = [(c.start, c.end) for c in doc._.fg_candidates if c.type != "Place"]
        places = [(c.start, c.end) for c in doc._.fg_candidates if c.type == "Place"]
        # (no title begins inside a place's name, 珠海横琴新|区长|隆国际…, but on a level it shares: 许昌|市长)
        titles = [m.span() for m in title_re().finditer(text)
                  if not any(a < m.start() < b and not (m.start() == b - 1 and is_place_word(text[a:b - 1]))
                             for a, b in places)]
        titled = {i for s, e in titles if e - s > 2 for i in range(s + 1, e)}
        found: dict[tuple[int, int], str] = {}

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        title_ends = {e for _, e in titles}
        for i in self._positions(text, titles):
            n = name_at(text, i)
            if i in title_ends and (by_title := _titled_name(text, i)) > n:
                n = by_title  # 会长|郑才多|表示: a given name with a character rarely in one (多), between title and cue
            elif i in title_ends and not n:
                n = _placelike_name(text, i)
            if not n or not free(i, i + n) or i in titled:
                continue  # (首|席荣誉|会长: a name never starts inside a title)
            before = text[max(0, i - 12):i].rstrip(" \u3000")  # (会长 陈海燕: a space set between)
            after = text[i + n:i + n + 6]
            role_before = bool(role_end_re().search(before)) or role_colon(text, i) is not None
            cue = opening_cue(after)
            cue_after = bool(cue) and len(cue.group()) > 1 or awarded(text, i + n)
            if after[:1] == "等" and (etc := cue_re().match(after, 1)) and len(etc.group()) > 1:
                cue_after = True  # 吴金兴、沈国荣、钱永明|等|当选副主席: the last named of some
            if not cue_after and (aside := ASIDE.match(text, i + n)) and \
                    (late := cue_re().match(text, aside.end())) and len(late.group()) > 1:
                cue_after = True  # 李强(常务)|当选为副主席: the cue after a note in brackets
            role_after = bool(cue) and cue.group() in lexicon.roles() and len(cue.group()) > 1
            # (由|王建国同志担任…: a preposition that introduces who acts opens a name as a boundary does)
            boundary_before = text[i - 1:i] in BOUNDARY_BEFORE or text[i - 1:i] in _AGENT_BEFORE \
                or text.endswith(_REMOVING, 0, i) or text.endswith(appointing(), 0, i) if i else True
            # (免去|黄建军同志的…职务, 推选|徐国良担任…)
            if role_after and not boundary_before and name_at(text, i + n + len(cue.group())):
                role_after = False  # 湘村|高科|董事长王建军: the role is the next name's, 高科 the end of a trade name
            if _is_common_word(text[i:i + n]) and not (role_before and (cue_after or _after_role(text, i))) \
                    or _ends_quoted_title(text, i, i + n):
                # 银行, 高峰: a word, unless a role names it as a person (企业家|权益: a title word alone does not);
                # “企业家沙龙”: a quoted title's end
                continue
            function_surname = text[i] in lexicon.words("function_surnames.txt")
            if function_surname and not boundary_before and role_after and _common_given(text[i + 1:i + n]):
                continue  # 先进商会|和优秀|执委: 和 joins two honours, the role is the second's
            if not boundary_before and not cue_after and function_surname \
                    and (lexicon.role_endings().longest(before) is None or _common_given(text[i + 1:i + n])):
                # 代表和先进工作者, 执委和先进会员企业: 和 joins two words here, it begins no name
                # (总裁向文波 does: 文波 is no common word)
                continue
            post_after = boundary_before and paren_role_re().match(text, i + n)
            counted = COUNTED.match(text, i + n)  # 谢应朝等5名行业顶尖人才: the first of some people
            if role_before or role_after or (cue_after and boundary_before) or post_after or counted:
                found[(i, i + n)] = text[i:i + n]
        # names written with a dot (哈丹·卡宴, 艾力·买买提): the same context, no surname
        # and Tibetan and Mongolian names, made of known words (扎西才让, 才让太, 孟和巴雅尔)
        for span in [*dotted_names(text), *surnameless_names(text)]:
            if free(*span):
                found[span] = text[span[0]:span[1]]
        # appointments: 增补李明华为市工商联副主席
        # and the clauses that go on without the verb: 选举张伟祥为会长,|王文斌|为秘书长
        elided = [m for m in _ELIDED.finditer(text) if follows_appointment(text, m.start(1))]
        # (…主席,叶建新、蓝春华(女,畲族)、季伟林|为副主席: the last of some, named before 为)
        elided += [m for m in _ELIDED_LAST.finditer(text)
                   if follows_appointment(text, clause_start(text, m.start(), breaks=_COMMA_OUTSIDE_BRACKETS))]
        for m in [*_appointed_re().finditer(text), *elided]:
            s, name = m.start(1), m.group(1)
            sl = _surname_at(name, 0)
            if sl and len(name) > sl and _given_ok(name[sl:]) and free(s, m.end(1)) and not is_place_word(name):
                found.setdefault((s, m.end(1)), name)
        # 陈建国,四川成都人,中共党员,现任…: a profile opens with its subject; 杨光明:商会要把服务放在第一位,
        # 专访|杨光明:…: who speaks, in an interview or a headline that quotes them
        for m in [*_PROFILE.finditer(text), *_SPEAKER.finditer(text)]:
            if name_at(text, m.start(1)) == len(m.group(1)) and free(*m.span(1)) and not _is_common_word(m.group(1)):
                found.setdefault(m.span(1), m.group(1))
        for s, e, name in _appointee_names(text):
            if free(s, e):
                found.setdefault((s, e), name)
        for line in (0, *(m.end() for m in _NEWLINE.finditer(text))):  # a list's line: 王振华 …董事长
            s = LIST_ITEM.match(text, line).end()
            n = name_at(text, s)
            if n and free(s, s + n) and line_post(text, s, s + n):
                found.setdefault((s, s + n), text[s:s + n])
        # enumerations: 邓儒方、汪礼碧、孟瑞章等
        changed = True
        while changed:
            changed = False
            for (s, e) in sorted(found):
                aside = ASIDE.match(text, e)  # 王建华(兼职)|、刘晓梅
                e = aside.end() if aside else e
                nxt = e + 1 if text[e:e + 1] in ("、", "和") else _field_next(text, s, e)
                if nxt is not None:
                    n = name_at(text, nxt) or _between_names(text, nxt)
                    if n and free(nxt, nxt + n) and (nxt, nxt + n) not in found:
                        found[(nxt, nxt + n)] = text[nxt:nxt + n]
                        changed = True
        # and names enumerated before an accepted one: 郑海燕、吴建军当选为副会长
        for (s, e) in sorted(found, reverse=True):
            end = s - 1
            while text[end:end + 1] == "、":
                aside = text.rfind("(", max(0, end - 10), end)  # 蓝春华(女,畲族)|、周永康
                if text[end - 1:end] == ")" and ASIDE.fullmatch(text, aside, end):
                    end = aside
                for n in (3, 2, 4):
                    i = end - n
                    if i >= 0 and (name_at(text, i) == n or n == 3 and _after_name(text, i)) and free(i, end) and (
                            i == 0 or text[i - 1] in BOUNDARY_BEFORE or text[i - 1] in FUNCTION_CHARS
                            or text.endswith(_naming_verbs(), 0, i)):  # (对|彭小平、罗建军等)
                        found.setdefault((i, end), text[i:end])
                        end = i - 1
                        break
                else:
                    break
        # and names without a surname enumerated before an accepted one: 其木格、乌兰巴特尔当选为副主席
        starts = {s for s, _ in found}
        for s, e in reversed(list(surnameless_runs(text))):
            if e - s >= 3 and text[e:e + 1] == "、" and e + 1 in starts and free(s, e):
                found.setdefault((s, e), text[s:e])
                starts.add(s)
        # bylines and signatures
        for m in _BYLINE.finditer(text):
            chunk = m.group(1)
            if text[m.end(1):m.end(1) + 1] in (":", "："):
                chunk = _LAST_WORD.sub("", chunk)  # 作者:林小燕   时间|:2024…: the next field's label, no name
            for part in self._byline_names(chunk, m.start(1)):
                found.setdefault(part[:2], part[2])
        # a list's lines of names after a role and a colon, or under it, their two characters spaced apart
        # to line up with three (会　　长:陈　磊(…总裁), 副 会 长:张　伟　李晓峰)
        for m in _LISTED_NAMES.finditer(text):
            if role_colon(text, m.start(1)) is None:
                continue
            chunk = NOTES.sub(lambda note: " " * len(note.group()), m.group(1))  # (notes are no names)
            for part in self._byline_names(chunk, m.start(1)):
                found.setdefault(part[:2], part[2])
        for m in _SIGNATURE.finditer(text):
            g = 1 if m.group(1) else 2
            name = m.group(g)
            if _surname_at(name, 0) and _given_ok(name[_surname_at(name, 0):]) and not is_place_word(name):
                found.setdefault((m.start(g), m.end(g)), name)
        # every other occurrence of an accepted name
        names = {v.replace(" ", "").replace("\u3000", "") for v in found.values()}
        for name in names:
            for m in re.finditer(re.escape(name), text):
                if free(m.start(), m.end()) and not any(a <= m.start() < b for a, b in found):
                    found[(m.start(), m.end())] = name
        candidates = doc._.fg_candidates
        for (s, e) in sorted(found):
            candidates.append(Candidate(s, e, "Person", 10, "person"))
        return doc

    @staticmethod
    def _positions(text: str, titles: list[tuple[int, int]]) -> list[int]:
        """Where a name could start: right after a title (``titles``), or a few characters before a cue."""
        known = surnames()
        out = {e for _, e in titles}
        out.update(e + len(sp.group()) for _, e in titles if (sp := _SPACES.match(text, e)))  # 会长| |陈海燕
        for m in cue_re().finditer(text):
            out.update(m.start() - k for k in (2, 3, 4))
        for m in paren_role_re().finditer(text):
            out.update(m.start() - k for k in (2, 3, 4))
        for m in COUNTED.finditer(text):
            out.update(m.start() - k for k in (2, 3, 4))
        out.update(m.end() for m in _AFTER_COLON.finditer(text))  # 副主席:|王建华
        for m in ASIDE.finditer(text):  # 李强|(常务)当选: a cue after a note in brackets
            if cue_re().match(text, m.end()):
                out.update(m.start() - k for k in (2, 3, 4))
        for m in trigger_re().finditer(text):
            if len(m.group()) > 1:  # (as awarded reads them: 获 alone follows too many words)
                out.update(m.start() - k for k in (2, 3, 4))
        return sorted(i for i in out if 0 <= i < len(text) and (text[i] in known or text[i:i + 2] in known))

    @staticmethod
    def _byline_names(chunk: str, offset: int):
        """Split ``陈仕川 袁卿予 刘 灿`` into names, joining a surname to a lone given name."""
        parts = [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"[\u3400-\u9fff]+", chunk)]
        i = 0
        while i < len(parts):
            s, e, w = parts[i]
            if len(w) == 1 and i + 1 < len(parts) and len(parts[i + 1][2]) <= 2 and _surname_at(w, 0):
                nxt = parts[i + 1]
                yield (s, nxt[1], w + nxt[2])
                i += 2
                continue
            if 2 <= len(w) <= 3 and _surname_at(w, 0) and _given_ok(w[_surname_at(w, 0):]):
                yield (s, e, w)
            elif len(w) > 3:
                n = name_at(w + "\n", 0)  # 罗梦亚报道: the name, then the rest of the line
                if n:
                    yield (s, s + n, w[:n])
                break
            i += 1


@Language.factory("fedgraph_persons", requires=["token.is_sent_start"])
def make_persons(nlp: Language, name: str) -> PersonRecogniser:
    """Find person names from surnames and the words around them."""
    return PersonRecogniser()
