"""Where a name that ends in an organisation suffix begins.

:func:`fedgraph.extract.names.left_edge` walks left from the suffix over jieba's
words; the rules here correct it where jieba reads Chinese names wrongly or a
name's parts are written in a way of their own: brackets inside a name
(延长石油(集团)有限责任公司), a town after its county (兴义市则戎镇), a village after
its town, a bank's short name (建行绍兴分行), an appointee's name before a chamber's
(选举张华为镇江市温州商会) and a classifier after a count (30家商协会).
:func:`word_starts` says whether a one-character suffix (镇, 村, 局) stands as a word at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.names import (CJK, COMPANY_ENDINGS, FUNCTION_CHARS, YEAR, clause_start, left_edge, no_trade_name,
                                    other_name_before, tokens)
from fedgraph.extract.cues import FOR_CEREMONY
from fedgraph.extract.persons import surnames
from fedgraph.resolve.divisions import divisions, resident_place

_COUNTY_ENDS = ("县", "区", "市", "旗")
_TOWN_BEFORE = re.compile(r"[镇乡][\u3400-\u9fff]{2,3}$")  # a village after its town: 严塘镇|白水洞|村
_AFTER_PLACE = re.compile(r"$|[^\u3400-\u9fff]|[被为和与的在是等]|[\u3400-\u9fff]{1,3}[村镇乡]")
_TRADE_ONLY = re.compile(r"[0-9A-Za-z\u3400-\u9fff]+")  # 特步, 361度: a trade name before (中国)
_LONE_WORDS = set("原前现新老该本其各每全")  # characters alone before a name that say which (原|…公司)
_NAME_BRACKET = re.compile(r"\((?:集团|中国|控股|股份|扩大)\)")  # brackets a name holds (…执委(扩大)会议)
FOUNDED = ("成立", "组建", "筹建")
#: words before a name that say whose post follows, not which organisation (现任|瑞立集团有限公司董事局主席)
TENURES = ("现任", "新任", "前任", "首任", "兼任", "兼")
_ZONES = ("新区", "合作区", "试验区", "示范区", "开发区")  # a zone a body of its own serves
_TOWN_THEN_PLACE = re.compile(r"[\u3400-\u9fff]{2,4}?(?:镇|乡|街道)(?=[\u3400-\u9fff]{4})")
_BRANCHES = ("分行", "支行")
_CLASSIFIERS = set("家个名位所")
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
_COUNT_END = re.compile(r"[0-9一二三四五六七八九十百千余多]$")


@lru_cache(maxsize=1)
def _appointee_re() -> re.Pattern:
    """An appointment verb, the appointee's name and 为 (选举|张华|为)."""
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('appointment_verbs.txt'))})([\u3400-\u9fff]{{2,3}}?)为")


def after_division(text: str, s: int, suffix: str) -> int | None:
    """Where a town's name begins that a county's full name stands right before (兴义市|则戎|镇), or a
    village's after its town (万峰湖镇|坝盘|村): one to four characters of its own; None if neither."""
    for k in range(2, 5) if suffix == "村" else range(1, 5):
        at = s - k
        if at <= 0 or not CJK.match(text[at]) or any(c in "镇乡县市区、,，。" for c in text[at:s]) \
                or suffix == "村" and "村" in text[at:s]:
            break  # (a town's own name may hold 村: 海宁市|许村|镇)
        if suffix == "村" and text[at - 1] in "镇乡" and after_division(text, at - 1, text[at - 1]) is not None:
            return at
        if suffix != "村" and any(d.level == "county" and d.name == text[max(0, at - n):at]
                                  for n in range(3, 8) for d in divisions().by_name(text[max(0, at - n):at])):
            return at
    return None


@lru_cache(maxsize=1)
def determiners() -> tuple[str, ...]:
    """``data/determiners.txt``: words before a kind that say which or how many of it (各, 全体), not a name."""
    return tuple(sorted(lexicon.words("determiners.txt")))


@lru_cache(maxsize=1)
def body_lookalikes() -> tuple[str, ...]:
    """``data/body_lookalikes.txt``: words that end like a body's but name none (会客厅, 布局, 党群服务中心)."""
    return tuple(sorted(lexicon.words("body_lookalikes.txt")))


def word_starts(text: str, start: int, end: int, type_: str) -> bool:
    """Whether a one-character suffix at ``start`` stands as a word of its own.

    jieba must not read it as part of a common word (全局, 故乡, 部长); a name it
    does not know (龙镇/ns, 何埂镇/nr) is fine, and so is a body's own word of three
    or more characters ending with it (监管局, 统战部).
    """
    win = max(0, start - 6)
    words = tokens(text[win:end + 2], win)
    if type_ == "Place" and not _AFTER_PLACE.match(text[end:end + 4]) and not _after_county(text, words, start, end) \
            and not _TOWN_BEFORE.search(text, max(0, start - 4), start):
        # (城镇|建设), but 雷山县|西江|镇|建设, 花垣县|双龙/nz|镇, 威宁…自治县|石门乡/ns|建设: a town after its county;
        # 严塘镇|白水洞|村|结对; 花垣县|十八|洞村|建设
        return False
    for s, e, word, flag in words:
        if s == start and word[end - start:] in lexicon.roles():
            continue  # 服务|局局长: the suffix and the role after it, read as one word
        if s < start < e or s <= start < e - 1:
            if type_ == "Place" and e == end and e - s == 2 and word[0] not in "乡农" and \
                    (town := _TOWN_BEFORE.search(text, max(0, start - 4), start)) and \
                    not any(c in FUNCTION_CHARS for c in text[town.start() + 1:start]):
                return True  # 佛子岭镇|黄巢|寺村: a village after its town, whatever jieba joined its suffix to
            if type_ == "GovernmentBody":  # 市场|监管局, 统战部: a body's word that ends with the suffix
                return e == end and len(word) >= 3 and flag in ("n", "nt", "nz", "j", "vn", "l") \
                    and not word.endswith(body_lookalikes())  # (not 政企|会客厅, 产业布局)
            numbered = flag == "n" and len(word) == 2 and _numbered(words, s)
            return (flag in ("ns", "nr", "nz") or numbered) and type_ == "Place"  # (十八|洞村: a village's name)
    return True


def _after_county(text: str, words: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    """Whether a town's or village's own name stands right after its county's, as jieba reads it: 雷山县|西江|镇,
    花垣县|双龙/nz|镇, 威宁…自治县|石门乡/ns, 花垣县|十八|洞村."""
    for s, e, _, flag in words:
        if e == end and flag == "n" and e - s == 2 and _numbered(words, s):
            s = next(s2 for s2, e2, _, _ in words if e2 == s)  # (the numeral opens the name)
        elif not (e == start and flag in ("ns", "nz") and 2 <= e - s <= 3 or e == end and flag == "ns" and 3 <= e - s <= 4):
            continue
        if text[s - 1:s] in _COUNTY_ENDS:
            return True
    return False


def _division_cut(text: str, floor: int, b: int, s: int) -> int | None:
    """Where a division's full name begins that the name's start ``b`` cuts in two (盘|州市 in 盘州市工商联),
    or None."""
    for x in range(max(floor, b - 4), b):
        for y in range(b + 1, min(s, x + 8) + 1):
            if any(d.name == text[x:y] for d in divisions().by_name(text[x:y])):
                return x
    return None


def _numbered(words: list[tuple[int, int, str, str]], s: int) -> bool:
    """Whether a numeral stands right before the word at ``s`` (十八|洞村: a village named with a number)."""
    return any(e == s and flag == "m" for _, e, _, flag in words)


def _division_through(text: str, floor: int, s: int) -> int:
    """Where a division written in full that ends with the level character at ``s`` begins (正安|县, in
    正安县委), or ``s``: the suffix's first character is the division's last."""
    for x in range(max(floor, s - 8), s):
        if any(d.name == text[x:s + 1] for d in divisions().by_name(text[x:s + 1])):
            return x
    return s


def _places_back(text: str, floor: int, b: int) -> int:
    """Where the division names written right before ``b`` begin (丽水莲都 in 中国农业银行|丽水莲都|支行), or ``b``."""
    while (at := next((k for k in range(max(floor, b - 6), b - 1) if divisions().by_name(text[k:b])), None)) is not None:
        b = at
    return b


def _bank_before(text: str, floor: int, b: int) -> str:
    """The short name of a national bank right before ``b`` (建行 in 建行|绍兴分行), or ''."""
    return next((text[k:b] for k in range(max(floor, b - 4), b - 1) if text[k:b] in lexicon.bank_names()), "")


def name_start(text: str, s: int, e: int, suffix: lexicon.Suffix, kind: str, after: int | None, gathering: bool,
               body: bool) -> tuple[int, bool]:
    """Where the name whose suffix is ``text[s:e]`` begins, and whether a gathering's name (…联谊会) is a
    body's after all, one founded (鹿城区成立|新生代企业家联谊会).

    ``kind`` tells :func:`fedgraph.extract.names.left_edge` what it walks over ("event", "body" or "org");
    ``after`` is where a town's or village's own name begins after its county or town
    (:func:`after_division`), or None.
    """
    b, floor = _first_reading(text, s, e, suffix, kind)
    if gathering and not body:  # 鹿城区成立|新生代企业家联谊会: a body founded (not 庆祝商会成立|十周年联谊会)
        founded = max((at + len(w) for w in FOUNDED if (at := text.rfind(w, b, s)) >= 0), default=0)
        if founded and "周年" not in text[founded:s]:
            b, body = founded, True
    b = _place_edges(text, b, floor, s, suffix, kind, after)
    return _corrections(text, b, floor, s, e, suffix), body


def _first_reading(text: str, s: int, e: int, suffix: lexicon.Suffix, kind: str) -> tuple[int, int]:
    """jieba's reading of where the name begins, and the start of its clause, which it never crosses."""
    inner = s  # where the name before a bracket it holds ends: 延长石油|(集团)|有限责任公司, 格力电器|(珠海)|有限公司
    if text[s - 1:s] == ")" and (bracket := _NAME_BRACKET.search(text, max(0, s - 4), s)):
        inner = bracket.start()
    elif text[s - 1:s] == ")" and suffix.type == "Company" and (place := other_name_before(text, s)):
        inner = s - len(place)
    floor = clause_start(text, inner)
    if kind == "event" and (aside := other_name_before(text, floor)):
        floor = clause_start(text, floor - len(aside))  # …工商联(总商会)|第二次会员代表大会: one event name
    b = left_edge(text, inner, e, floor, kind)
    if b == floor and text[b - 1:b] == ")" and suffix.type == "Company" and \
            (opening := _bracket_inside(text, b, s)) is not None:
        floor = clause_start(text, opening)  # 仁和|(集团)|发展有限公司: the bracket inside the name
        b = left_edge(text, opening, e, floor, kind)
    bare = inner < s and b == inner or suffix.type == "Company" and inner == s and b < s \
        and no_trade_name(text[b:s]) and not YEAR.match(text, floor, b)  # (not 2024|跨国公司)
    lead = _place_end(text, floor, b)
    if bare and 2 <= b - lead <= 6 and _TRADE_ONLY.fullmatch(text, floor, b) \
            and not any(t[3][0] in "pcu" or t[3][0] == "r" and t[0] == floor for t in tokens(text[floor:b])) \
            and (lead == floor or b - floor <= 6 or not any(t[3][0] in "vr" for t in tokens(text[lead:b]))):
        # 、特步|(中国)|有限公司, 、特步/d|集团有限公司, 、人|本/r|集团有限公司, 、河南|大河财立方/q|传媒有限公司: the
        # whole clause before is the trade name, after its place (but not 本|公司, this company)
        b = floor
    lead = _place_end(text, floor, b)  # (惠州|亿|纬锂能)
    if b - lead == 1 and kind == "org" and CJK.match(text[lead]) and text[lead] not in FUNCTION_CHARS \
            and not text.startswith(determiners(), lead) and text[lead] not in _LONE_WORDS \
            and tokens(text[lead:s])[0][3] in ("m", "ng", "n", "nz", "j"):
        # 、亿|纬锂能股份有限公司, (惠州亿|纬锂能…: a character jieba left alone at the clause's start, or after
        # the place there, opens the name
        b = floor
    elif suffix.type == "Company" and lead > floor and 2 <= b - lead <= 3 \
            and tokens(text[lead:s], lead)[0][1:4:2] == (b, "m"):
        b = floor  # 贵州|百里/m|杜鹃旅游开发有限公司: a number word opens a trade name after its place
    if kind == "event" and b == s - 24 > floor:  # the window's edge: event names run long
        b = left_edge(text, s, e, floor, kind, 36)  # (第十届全国非公有制经济人士…表彰大会)
    return b, floor


def _said_inside(text: str, b: int, s: int) -> int:
    """Where a verb that follows a person's name (``data/person_cues.txt``: 宣读, 介绍) ends inside ``text[b:s]``,
    or 0: the words before it are who acts, not the name."""
    if not _cue_words_re().search(text, b, s):
        return 0  # (most names hold none: no need to read their words)
    cues = lexicon.words("person_cues.txt")
    return max((e for _, e, word, flag in tokens(text[b:s], b) if flag.startswith("v") and len(word) > 1
                and word in cues), default=0)


@lru_cache(maxsize=1)
def _cue_words_re() -> re.Pattern:
    """Any cue of two characters or more (``data/person_cues.txt``)."""
    return re.compile(lexicon.alternation(w for w in lexicon.words("person_cues.txt") if len(w) > 1))


def _bracket_inside(text: str, b: int, s: int) -> int | None:
    """Where a bracket that a company's name holds opens, closing at ``b``: one of its own words (仁和|(集团)|
    发展有限公司) or, before words of trade alone, its place (联宝|(合肥)|电子科技有限公司, and a branch of such
    a company: 网易|(杭州)|网络有限公司广州分公司); None if neither."""
    if (bracket := _NAME_BRACKET.search(text, max(0, b - 4), b)) and bracket.end() == b:
        return bracket.start()
    own = _LEGAL_FORM.split(text[b:s])[0]  # (网易|(杭州)|网络|有限公司广州|分公司: a branch, after its company)
    place = other_name_before(text, b) if no_trade_name(own) else ""
    return b - len(place) if place else None


def _place_end(text: str, floor: int, b: int) -> int:
    """Where the division names that open ``text[floor:b]`` end (河南|大河财立方, 云南曲靖麒麟区|众一食品), or ``floor``."""
    while head := divisions().first_name(text[floor:b]):
        floor += len(head)
    return floor


def _place_edges(text: str, b: int, floor: int, s: int, suffix: lexicon.Suffix, kind: str, after: int | None) -> int:
    """The start ``b`` moved to where a division's name written before the suffix begins."""
    if suffix.type == "GovernmentBody" and suffix.text[0] in "省市县区州" and b > floor:
        b = min(b, _division_through(text, floor, s))  # 正|安|县委 (jieba): 正安县|委, the county's
    if suffix.type in ("GovernmentBody", "Federation", "Chamber") and text[b:b + 1] == "区" and \
            (zone := next((z for z in _ZONES if text.endswith(z, floor, b + 1)), None)):
        b = min(b, left_edge(text, b + 1 - len(zone), b + 1, floor))  # 横琴粤澳深度合作|区|执行委员会, …|区|工商联
    elif suffix.type == "GovernmentBody" and b >= s - 1 and text[s - 1:s] == "村" and not suffix.text[0] == "村":
        b = min(b, left_edge(text, s - 1, s, floor))  # 白|水洞|村|党支部: the village's own, as its name reads
    if suffix.text in ("村", "社区") and text[b:b + 1] in ("乡", "镇") and s - b > 2:
        b += 1  # 花石乡|大湾村: the town ends before the village (no town is written 乡 alone)
    if after is not None and suffix.type in ("GovernmentBody", "Chamber"):
        b = min(b, left_edge(text, after, s, floor, kind))  # 路桥区金清镇|党委: the town's, and its county
    elif after is not None and suffix.text != "村":
        b = min(b, after)  # 兴义市|则|戎镇: all after a county is the town's, whatever jieba reads
    elif after is not None:
        town = after_division(text, after - 1, text[after - 1])
        b = after if town < b else b  # 兴义市|则|戎镇冷|洞村: no village's name opens inside its town's
    if (cut := _division_cut(text, floor, b, s)) is not None:
        b = cut  # 。盘/q|州市|工商联: a division's name that jieba read across, whole
    if suffix.type == "Company" and (town := _TOWN_THEN_PLACE.search(text, b, s)) and \
            divisions().first_name(text[town.end():s], lexicon.words("place_stops.txt")):
        b = town.end()  # 莆田市涵江区三江口镇|福建福海粮油工业有限公司: where it is, then its own name
    return b


def _corrections(text: str, b: int, floor: int, s: int, e: int, suffix: lexicon.Suffix) -> int:
    """The start ``b`` moved past words jieba joined to the name or back over ones it cut from it."""
    if suffix.text in _BRANCHES and (bank := _bank_before(text, floor, b)):
        b -= len(bank)  # 建行|绍兴分行: jieba reads the bank's short name as a verb
    elif suffix.text in _BRANCHES and (bank_end := _places_back(text, floor, b)) < b and \
            text.endswith("银行", floor, bank_end):
        b = left_edge(text, bank_end - 2, bank_end, floor)  # 中国农业银行|丽水莲都|支行: the bank, then where
    if (tenure := next((t for t in TENURES if text.startswith(t, b)), "")) and s - b >= len(tenure):
        b += len(tenure)  # 新任|嘉兴市工商联主席, (兼|总商会会长): jieba joined the tenure to the name
    if suffix.type in ("Chamber", "Organization") and (said := _said_inside(text, b, s)):
        b = said  # 高峰宣读|协会成立批复: what someone does to the body, before its name
    if text[b - 1:b + 1] == "在外":
        b += 1  # 在|外海|门商会: 在外 (elsewhere) says which chambers, jieba read 外海 as one word
    if text[b:b + 1] in _CLASSIFIERS and _COUNT_END.search(text, max(0, b - 4), b):
        b += 1  # 30|家商|协会: jieba joined the classifier to the name
    if suffix.type == "Chamber" and b > 0 and resident_place(text[b - 1:e]):
        b -= 1  # 在粤|湖南商会: the chamber of people from 湖南 in 广东, named with where it is
    if text.find("为", b, s) >= 0 and (named := _appointee_re().search(text, max(floor, b - 6), s)) \
            and named.end() > b and text[named.start(1)] in surnames():
        b = named.end()  # 选举张|华为|镇江市温州商会: the appointee's name and 为, which jieba joined to a word
    elif (at := text.find("为", b, s)) > b and text[b] in surnames() and FOR_CEREMONY.match(text, at):
        b = at + 1  # 陆勇|为|商会授牌: who hands something over, and 为, before the name
    if suffix.type == "Company" and text[b:b + 1] in "省市县区" and divisions().first_name(text[b + 1:e]) \
            and not divisions().first_name(text[b:e]):
        b += 1  # 我县|江西赣锋锂业集团股份有限公司: a company is named by its own place, not 县 before it
    if text.startswith("中共", b) and suffix.type in ("Chamber", "Federation", "Company"):
        b += 2  # 中共|杭州市青年企业家商会|委员会: the chamber whose Party committee is named
    if suffix.type == "Company" and text[b:b + 1] in "和与及" and text.endswith(COMPANY_ENDINGS, 0, b):
        b += 1  # …有限公司|和宸|鸿科技有限公司: the 和 joining two companies
    return b
