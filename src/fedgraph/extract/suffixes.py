"""Names that end in an organisation suffix (晋江市鞋业商会, 苏州市市场监督管理局, 第十届…表彰大会).

The suffix (``data/org_suffixes.tsv``) gives the name's type and what must
open it (a place, a national prefix, a date); :mod:`fedgraph.extract.edges`
finds where the name begins, and the filters here drop what ends like a
name but names none: a kind of body (先进商会, 科技公司), a count of them
(两家商会调解委员会), every one of a kind (各乡镇商会), a slogan (万企兴万村).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.edges import (FOUNDED, TENURES, after_division, body_lookalikes, determiners, name_start,
                                    word_starts)
from fedgraph.extract.extensions import Candidate
from fedgraph.extract.names import (FUNCTION_CHARS, PARTIES, PARTY_DEPARTMENTS, PARTY_UNITS, PUNCT, SCOPES, is_place_word,
                                    no_trade_name, starts_with_place, tokens)
from fedgraph.extract.titles import DOCUMENTS
from fedgraph.resolve.divisions import NO_FEDERATION, divisions

_AFTER_FEDERATION = {"会议", "会员", "会长", "会同", "会上", "会商", "会展", "会签"}  # (市工商联|会同…)
_UNION = lexicon.Suffix("工商联会", "Chamber", "place")
_DATED = re.compile(r"(?:[0-9]{4}年度?|第[0-9一二三四五六七八九十百]+[届期次]|首届)[\u3400-\u9fff“]")
_SCOPED_OR_DATED = re.compile(f"(?:{'|'.join(SCOPES)}|[0-9]{{4}}年)")
_NOT_NAME_END = {"会议", "会长", "部门", "会员", "会所", "会场", "会计", "会谈", "会见", "会同", "盟员", "局长", "厅长", "部长",
                 "行长", "社会", "社区", "部分", "校长", "联谊"}  # (华侨大|学校|长: 大学 and 校长; 归|侨联|谊会)
_HOME_SCOPES = (*SCOPES, "我市", "我省", "我县", "我区")
_COMPANY_INSIDE = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团)[\u3400-\u9fff]{1,8}$")
_MEDIA_OR_SCHOOL_INSIDE = re.compile(r"(?:报社|电视台|大学|学院)[\u3400-\u9fff]{1,8}$")  # 湖南日报社|经济部
_PARTY_COMMITTEE = re.compile(r"中共[\u3400-\u9fff]{2,20}委员会")  # 中共温州市总商会委员会: the chamber's Party committee
_MEMBERS_INSIDE = re.compile(r"(?:工商联|工商业联合会|总商会|商会|协会|促进会)[\u3400-\u9fff]{0,6}$")
#: a zone's, a village's, a prefecture's (地区) government, a town's congress, a Party committee's discipline
#: commission: named bare after their Party body
_OWN_COMMITTEES = ("管委会", "村委会", "居委会", "行署", "人大", "纪委")
_AFTER_PARTY_BODY = re.compile(r"(?:党工委|党支部|党总支|党委|地委)(?:常委|委员|副书记|书记)?[、,，]$")
_COUNTED_SLOGAN = re.compile(r"[百千万][\u3400-\u9fff]{1,3}[百千万](?:村|镇|乡)$")  # 万企兴|万村, 百会助|百镇
_BARE_SESSION = re.compile(r"第[0-9一二三四五六七八九十百]+次(?:全体)?(?:\(扩大\))?会议")
# 这, 那 point at something only with a measure word after them (那家商会); 那楼镇, 那坡县 are names
_DEMONSTRATIVES, _MEASURES = ("这", "那"), set("个些家种位次批里样一")
_COUNT_OPENING = re.compile(r"[0-9一二三四五六七八九十百两]+(?:场|个|项|家|批|所|次|期)")
_COUNTED = re.compile(_COUNT_OPENING.pattern + "$")  # 两家|商会调解委员会: a count before a kind
_PREFECTURE = re.compile(r"自治州|州委|州工商联|州人民政府")  # an article about a prefecture, where 全州 is a scope
_WITHIN = re.compile(r"[省市县区镇境国]内|驻[\u3400-\u9fff]")  # 省内|异地商会, 驻鲁|外省商会: of a kind, within a place
_GATHERING_OR_BODY = ("联谊会",)  # 新春联谊会 is a gathering, 港区省级政协委员联谊会 a body: a role after it tells
# …联谊会|第三届会员大会: a body that holds congresses, not a gathering
_CONGRESS = re.compile(r"(?:第[0-9一二三四五六七八九十]+届|首届|[0-9一二三四五六七八九十]+届)?[0-9一二三四五六七八九十]*次?"
                       r"(?:会员大会|会员代表大会|代表大会|理事会|常务理事会|换届)")
_BUSINESS_WORDS = ("企业", "商")
_BARE_OWNERS = ("商会", "协会", "工商联", "总商会")  # a name opening so is a unit of one named before
_CHAMBER_INSIDE = re.compile(r"商会|行业协会|企业家协会")
_COMMITTEES = ("省委", "市委", "县委", "区委", "州委")  # a place's committee: of the Party, or of a democratic party
_ASIDES = re.compile(r"\([\u3400-\u9fff]{2,4}\)")  # brackets a name may hold: (集团), (总商会), (广州), (扩大)


def after_places(name: str) -> str:
    """``name`` without the places and scopes written first (宜昌市|行业协会商会, 全市|行业协会商会)."""
    while True:
        first = divisions().first_name(name) or next((s for s in _HOME_SCOPES if name.startswith(s)), "")
        if not first or first == name:
            return name
        name = name[len(first):]


def _determiner_opens(name: str) -> bool:
    """Whether ``name`` opens with a determiner (各县区, 县市) that jieba does not cut in two: in
    县|市场监管局 the 市 of 县市 begins the next word, and the name is the county's."""
    det = max((d for d in determiners() if name.startswith(d)), key=len, default="")
    return bool(det) and not any(0 < s < len(det) < e for s, e, _, _ in tokens(name))


def _member_suffix(name: str) -> bool:
    """Whether ``name`` ends as a company, chamber, bureau or other organisation does (its Party unit is its own).

    Not a place: a town's or a zone's Party committee (洞泾镇党委) is the body that governs it.
    """
    found = _suffix_endings().longest(name)
    return found is not None and suffix_table()[found].type in ("Company", "Chamber", "Organization", "GovernmentBody")


@lru_cache(maxsize=1)
def _suffix_endings() -> lexicon.Endings:
    return lexicon.Endings(suffix_table())


def _outside_mainland(name: str) -> bool:
    """Whether ``name`` begins with a division that has no federation (香港|中华总商会)."""
    found = divisions().by_name(divisions().first_name(name))
    return bool(found) and all(d.code[:2] in NO_FEDERATION for d in found)


@lru_cache(maxsize=1)
def _suffix_re() -> tuple[re.Pattern, dict]:
    return lexicon.org_suffix_re(), {s.text: s for s in lexicon.org_suffixes()}


def suffix_table() -> dict[str, lexicon.Suffix]:
    """``data/org_suffixes.tsv`` by suffix."""
    return _suffix_re()[1]


def has_suffix(name: str) -> bool:
    """Whether an organisation suffix of ``data/org_suffixes.tsv`` occurs in ``name``."""
    return _suffix_re()[0].search(name) is not None

def suffixed(text: str) -> Iterator[Candidate]:
    """Candidates for every name in ``text`` that ends in a suffix of ``data/org_suffixes.tsv``."""
    pattern, table = _suffix_re()
    for m in pattern.finditer(text):
        s, e = m.start(), m.start() + len(m.group(1))
        suffix = table[m.group(1)]
        if text[e - 1:e + 1] in _NOT_NAME_END:
            continue  # 协商会议, 广大会员: the suffix is the start of another word
        if suffix.text == "工商联" and text[e:e + 1] == "会" and text[e:e + 2] not in _AFTER_FEDERATION:
            e, suffix = e + 1, _UNION  # 澳门工商联会|会长: an association of its own, no federation
        if suffix.type == "Programme" and text.startswith(DOCUMENTS, e):
            continue  # …三年行动|方案: a document's title, not the programme
        # where a town's name begins after its county, or a village's after such a town (read once)
        after = after_division(text, s, suffix.text) if suffix.text in ("镇", "乡", "村") else None
        if suffix.type in ("GovernmentBody", "Chamber") and text[s - 1:s] in ("镇", "乡"):
            # 路桥区|金清镇|党委 (金|清镇: jieba), 海宁市|许村镇|商会 (许/m|村镇)
            after = after_division(text, s - 1, text[s - 1])
        if len(suffix.text) == 1 and not word_starts(text, s, e, suffix.type) and after is None:
            continue  # 乡村, 故乡, 全局, 部长: a one-character suffix inside a longer word (not 万峰湖镇|坝盘村)
        kind = {"Event": "event", "GovernmentBody": "body"}.get(suffix.type, "org")
        gathering = suffix.text in _GATHERING_OR_BODY
        body = gathering and bool(lexicon.role_re().match(text, e) or text.startswith(FOUNDED, e) or _CONGRESS.match(text, e)
                                  or text.endswith(tuple(lexicon.words("club_members.txt")), 0, s))
        if body:
            kind = "org"  # …联谊会|会长, …联谊会|成立: a body with officers, not a gathering
        b, body = name_start(text, s, e, suffix, kind, after, gathering, body)
        if _no_name(text, b, e, suffix, kind):
            continue
        if (type_ := _type_of(text, b, e, suffix, body)) is not None:
            yield Candidate(b, e, type_, 30 - len(suffix.text), "suffix")


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a Chinese character that may stand inside a word: no function word (在, 和) and no
    level of a division (县, 镇) that ends the name before."""
    return bool(ch) and "\u3400" <= ch <= "\u9fff" and ch not in FUNCTION_CHARS and ch not in "省市县区镇乡州旗"


def _bare_body(name: str, suffix: lexicon.Suffix) -> bool:
    """Whether ``name`` is a body named bare after the one it belongs to: 市委; 统战部, 管委会 after their committee."""
    return (suffix.type == "GovernmentBody" and name[:1] in "省市县区州" and len(name) == 2) \
        or name in PARTY_DEPARTMENTS or name in _OWN_COMMITTEES


def _no_name(text: str, b: int, e: int, suffix: lexicon.Suffix, kind: str) -> bool:
    """Whether ``text[b:e]`` ends like a name but names none: a kind, a count, a verb's object, a slogan."""
    name = text[b:e]
    generic = lexicon.words("generic_names.txt")
    if suffix.type in ("GovernmentBody", "Organization") and name.endswith(body_lookalikes()):
        return True  # 龙泉镇党群服务中心: a hall
    if name[:1] == "(" or _COUNT_OPENING.match(name):
        return True  # (集团)有限公司 with no trade name before it; 6场平行论坛: a count of a kind
    if _COUNTED.search(text, max(0, b - 4), b) and (not starts_with_place(name) or after_places(name) == suffix.text):
        return True  # 两家|商会调解委员会, 15家|广安商会: things of a kind counted, none named
    bare_body = _bare_body(name, suffix)
    if name in _OWN_COMMITTEES and not _AFTER_PARTY_BODY.search(text, max(0, b - 12), b):
        return True  # 村委会换届: a kind of committee; 党支部书记、|村委会|主任: the village's own
    if name in generic and not bare_body or name.startswith(SCOPES) and name[2:] in generic and suffix.type == "Chamber" \
            or (name == suffix.text and not bare_body) or len(name) < 2 \
            or _BARE_SESSION.fullmatch(name):
        return True  # (第一次会议: a session of something not named; 全县|乡镇商会: all of a kind)
    if suffix.type == "Chamber" and (head := divisions().first_name(name)) and \
            name[len(head):] in lexicon.words("chamber_kinds.txt") and \
            any(d.name == head for d in divisions().by_name(head)):
        return True  # 盐城市|异地商会: a kind of chamber the place has many of (not 玉林|街道商会, a street's)
    if suffix.type == "Chamber" and text.endswith("在外", 0, b):
        return True  # 在外|海门商会: the chambers of a place's people elsewhere, a kind
    if suffix.type == "Chamber" and name.startswith("全州") and _PREFECTURE.search(text):
        return True  # 全州|商会 in an article about an autonomous prefecture: all its chambers (not 全州县's)
    if suffix.type == "Chamber" and _WITHIN.match(name) and name[2:] in lexicon.words("chamber_kinds.txt"):
        return True  # 省内|异地商会: those within a place, of a kind
    if suffix.type == "Chamber" and not starts_with_place(name) and \
            (kind_word := next((k for k in lexicon.words("chamber_kinds.txt") if name.endswith(k)), "")) and \
            any(t[3].startswith("v") for t in tokens(name[:-len(kind_word)])):
        return True  # 如何看待|异地商会: the kind after a verb, no chamber's name
    if len(name) - len(suffix.text) == 1 and name[0] in "省市县区州" and b > 0 and text[b - 1] in "省市县区州":
        return True  # 各市|州工商联: levels of place listed, no one place
    if (_determiner_opens(name) or text.endswith(determiners(), 0, b) and not text.endswith(TENURES, 0, b)) \
            and not divisions().first_name(name) \
            and not (name[0] in _DEMONSTRATIVES and name[1:2] not in _MEASURES):
        return True  # 各乡镇商会, 各地|市工商联: every chamber of a kind, not one (but 诸暨市, 那曲市, 那楼镇)
    rest = name[:-len(suffix.text)]  # what comes before the suffix
    if suffix.type == "Place" and all(c in "省市县区镇乡村州" for c in rest):
        return True  # 县镇村: levels, not a place
    if suffix.text == "村" and len(rest) == 1 and _word_char(text[b - 1:b]):
        return True  # 嘎|查村: a village's one character after others its name does not hold (but 在|张村, 县|张村)
    if suffix.type == "Place" and text[e:e + 1] == "”" and text.rfind("“", 0, b + 1) > text.rfind("”", 0, b):
        return True  # “百企联百村”, “百会帮|百村”: a slogan, quoted; places are not
    if suffix.type == "Place" and _COUNTED_SLOGAN.search(name):
        return True  # 万企兴万村 | …: the slogan unquoted, counts of firms and villages
    if suffix.type in ("Company", "Chamber", "Organization") and len(rest) < 2 \
            and not (name[:1] in "省市县区" and (suffix.type == "Organization" or suffix.prefix == "place")):
        return True  # 跑银行: a one-character "name" is a word, not a name (but 省|社科院, 省|光彩会 are the province's)
    if suffix.type in ("Chamber", "Organization") and len(rest) == 2 and not is_place_word(rest) and \
            (flags := [t[3] for t in tokens(rest)]) in (["v"], ["vn"]) and \
            (flags == ["v"] or suffix.type == "Chamber" and rest not in lexicon.words("industry_words.txt")):
        # 援建|学校, 看待|商会, 关于调整|商会: what is done to a school or a chamber, not its name
        # (but 安定|中学, 旅游|协会)
        return True
    if suffix.type in ("Chamber", "Organization") and 3 <= len(rest) <= 4 and \
            (flags := [t[3] for t in tokens(rest)])[0] == "v" and len(flags) > 1 and set(flags) <= {"v", "vn"}:
        return True  # 请|谈谈|商会: verbs said of the chamber, no name
    if name.startswith(_BARE_OWNERS) and suffix.type in ("Chamber", "Organization"):
        return True  # 设立了|商会调解委员会、商会青年企业家分会: the units of a chamber named before, no names
    if suffix.type == "Chamber" and rest.endswith("工商联"):
        return True  # 全国工商联|商会工作: the federation's work with chambers, no chamber
    if suffix.type == "Company" and no_trade_name(rest):
        return True  # 科技公司, 投资集团: a kind of company, not a company
    own = after_places(name)[:-len(suffix.text)]
    if suffix.type == "Chamber" and (no_trade_name(rest, "chamber_qualifiers.txt")
                                     or own and no_trade_name(own, "chamber_qualifiers.txt")
                                     or rest[:1] in "省市县区州" and rest[1:]
                                     and no_trade_name(rest[1:], "chamber_qualifiers.txt")):
        return True  # 先进商会, 红色商会, 市直属商会: a kind of chamber, not a chamber
    plain = _ASIDES.sub("", name)
    if kind == "event":
        plain = plain.replace("—", "").replace("·", "")  # 中国—东盟博览会, 中国·青海…: two places joined
    if PUNCT.search(plain):
        return True
    unit = name.endswith(PARTY_UNITS) and next(u for u in PARTY_UNITS if name.endswith(u))
    if unit and _member_suffix(name[:-len(unit)]):
        return True  # 养元饮品股份有限公司|党委书记: the company's post, not a body of the state
    if suffix.type == "GovernmentBody" and (_COMPANY_INSIDE.search(rest) or _MEDIA_OR_SCHOOL_INSIDE.search(rest) or (
            _MEMBERS_INSIDE.search(rest) and not name.endswith(PARTY_UNITS) and not _PARTY_COMMITTEE.fullmatch(name))):
        # 云南白药集团股份有限公司|知识产权部, 市工商联|办公室: its department, not a body of the state
        # (a federation's Party branch, 区工商联机关党支部, is an organ of the Party)
        return True
    if suffix.text in ("大学", "学校") and (words := tokens(rest)) and \
            (words[-1][3] == "v" or words[0][3] in ("a", "an")):
        return True  # 困难学子圆梦|大学, 困难|大学新生: what is said of students, no school's name
    return False


def _type_of(text: str, b: int, e: int, suffix: lexicon.Suffix, body: bool) -> str | None:
    """The type of the name ``text[b:e]``: the suffix's, unless what the name holds or where it is tells
    another (a chamber's branch, a company's site, a bank of the state); None where its prefix is missing
    (a federation's suffix after no place)."""
    name, rest = text[b:e], text[b:e - len(suffix.text)]
    type_ = suffix.type
    if suffix.text == "园区" and _COMPANY_INSIDE.search(rest):
        type_ = "Company"  # 富士康科技集团|昆山园区: a company's site, not a zone
    if body:  # an entrepreneurs' club is a business association (新生代企业家联谊会)
        type_ = "Chamber" if any(w in rest for w in _BUSINESS_WORDS) else "Organization"
    if suffix.text == "分会" and _CHAMBER_INSIDE.search(rest):
        type_ = "Chamber"  # 中国欧盟商会|华南分会: a chamber's branch is a chamber
    party = next((p for p in PARTIES if name.startswith(p)), "")
    if party and suffix.type == "GovernmentBody" and name.endswith(_COMMITTEES) \
            and starts_with_place(name[len(party):]):
        return "Organization"  # 民建山东省委: a democratic party's provincial committee, no organ of the state
    if suffix.prefix == "place" and not starts_with_place(name) and not _bare_body(name, suffix) and \
            not (type_ == "Event" and _SCOPED_OR_DATED.match(name)):  # 全省|商会工作会议, 2024年|…
        if type_ == "Federation":
            type_ = "Chamber" if name.endswith("总商会") else None
        else:
            type_ = None
    elif suffix.prefix == "national" and not starts_with_place(name) \
            and not name.startswith(tuple(lexicon.words("countries.txt"))):  # (越南驻南宁总领事馆: a state's, not China's)
        type_ = None
    elif suffix.prefix == "party" and not name.startswith(PARTIES):
        type_ = None
    elif suffix.prefix == "dated" and not (_DATED.match(name) and len(name) - len(suffix.text) >= 8
                                           and text[b - 1:b] not in ("是", "为")):
        # 2024年|全省…理想信念教育实践|活动: a round of an activity, named with its year (not 大会是|2024年
        # 四川省首场重大投资促进活动, which says what another was)
        type_ = None
    if type_ is None:
        return None
    if type_ == "Federation" and name.endswith("总商会") and (not starts_with_place(name[:-3] or "x")
                                                           or _outside_mainland(name)):
        type_ = "Chamber"  # 新加坡中华总商会, 香港中华总商会: a chamber; federations are the mainland's
    full = next((f + name[len(short):] for short, f in lexicon.bank_names().items() if name.startswith(short)), name)
    if type_ == "Company" and (organ := lexicon.national_re().match(full)) and \
            lexicon.national_bodies()[organ.group()][0] == "GovernmentBody":
        type_ = "GovernmentBody"  # 中国人民银行绍兴市分行, 人行南昌中心支行: a branch of an organ of the state
    if type_ in ("Chamber", "Organization") and text[b - 1:b] == "的" and not starts_with_place(name):
        return None  # 跟党走的红色商会: a description of a chamber, not its name
    return type_
