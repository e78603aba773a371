"""``fedgraph_orgs``: federations, chambers, companies, bodies, events, places, programmes.

Four recognisers add :class:`Candidate` spans; ``fedgraph_settle`` later keeps
the best non-overlapping ones:

- suffix names: a suffix from ``data/org_suffixes.tsv`` plus the words before it
  (:func:`fedgraph.extract.names.left_edge`);
- gazetteers: national bodies (``data/national_bodies.tsv``) and China's
  administrative divisions (short county names only where the article names
  their city, so 黑山 counts in an article about 锦州);
- quoted titles (:mod:`fedgraph.extract.titles`): “…” followed by a programme or event
  word (“龙头引领”行动, “1+N”服务平台), or ending in one (“政企会客厅”);
- campaigns named unquoted by a slogan of two counts (万企兴万村行动, 百会助百镇).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.extensions import Candidate, ensure
from fedgraph.extract.names import (CJK, COMPANY_ENDINGS, FUNCTION_CHARS, LEGAL_WORDS, PARTIES, PARTY_DEPARTMENTS,
                                    PARTY_UNITS, PUNCT, SCOPES, YEAR, clause_start, is_place_word, left_edge, no_trade_name,
                                    other_name_before, starts_with_place, tokens)
from fedgraph.extract.persons import surnames
from fedgraph.extract.tagger import tagger
from fedgraph.extract.titles import DOCUMENTS, joined_events, quoted_titles
from fedgraph.resolve.divisions import divisions, resident_place

_COUNTY_ENDS = ("县", "区", "市", "旗")
_TOWN_BEFORE = re.compile(r"[镇乡][\u3400-\u9fff]{2,3}$")  # a village after its town: 严塘镇|白水洞|村
_AFTER_PLACE = re.compile(r"$|[^\u3400-\u9fff]|[被为和与的在是等]|[\u3400-\u9fff]{1,3}[村镇乡]")


@lru_cache(maxsize=1)
def _appointee_re() -> re.Pattern:
    """An appointment verb, the appointee's name and 为 (选举|张华|为)."""
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('appointment_verbs.txt'))})([\u3400-\u9fff]{{2,3}}?)为")


_AFTER_FEDERATION = {"会议", "会员", "会长", "会同", "会上", "会商", "会展", "会签"}  # (市工商联|会同…)
_UNION = lexicon.Suffix("工商联会", "Chamber", "place")
_DATED = re.compile(r"(?:[0-9]{4}年度?|第[0-9一二三四五六七八九十百]+[届期次]|首届)[\u3400-\u9fff“]")
_SCOPED_OR_DATED = re.compile(f"(?:{'|'.join(SCOPES)}|[0-9]{{4}}年)")
_NOT_NAME_END = {"会议", "会长", "部门", "会员", "会所", "会场", "会计", "会谈", "会见", "会同", "盟员", "局长", "厅长", "部长",
                 "行长", "社会", "社区", "部分"}


def _after_places(name: str) -> str:
    """``name`` without the places and scopes written first (宜昌市|行业协会商会, 全市|行业协会商会)."""
    while True:
        first = divisions().first_name(name) or next((s for s in _HOME_SCOPES if name.startswith(s)), "")
        if not first or first == name:
            return name
        name = name[len(first):]


_HOME_SCOPES = (*SCOPES, "我市", "我省", "我县", "我区")


@lru_cache(maxsize=1)
def _abroad_re() -> re.Pattern:
    """A country other than China and the name of its city before a place's name (越南海防市|安阳)."""
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('countries.txt'))})(?:[\u3400-\u9fff]{{1,6}}[市州省])?$")


def _after_division(text: str, s: int, suffix: str) -> int | None:
    """Where a town's name begins that a county's full name stands right before (兴义市|则戎|镇), or a
    village's after its town (万峰湖镇|坝盘|村): one to four characters of its own; None if neither."""
    for k in range(2, 5) if suffix == "村" else range(1, 5):
        at = s - k
        if at <= 0 or not CJK.match(text[at]) or any(c in "镇乡县市区、,，。" for c in text[at:s]) \
                or suffix == "村" and "村" in text[at:s]:
            break  # (a town's own name may hold 村: 海宁市|许村|镇)
        if suffix == "村" and text[at - 1] in "镇乡" and _after_division(text, at - 1, text[at - 1]) is not None:
            return at
        if suffix != "村" and any(d.level == "county" and d.name == text[max(0, at - n):at]
                                  for n in range(3, 8) for d in divisions().by_name(text[max(0, at - n):at])):
            return at
    return None


def _determiner_opens(name: str, determiners: tuple[str, ...]) -> bool:
    """Whether ``name`` opens with a determiner (各县区, 县市) that jieba does not cut in two: in
    县|市场监管局 the 市 of 县市 begins the next word, and the name is the county's."""
    det = max((d for d in determiners if name.startswith(d)), key=len, default="")
    return bool(det) and not any(0 < s < len(det) < e for s, e, _, _ in tokens(name))


def _word_across(text: str, start: int) -> bool:
    """Whether the dictionary holds a word that runs across ``start`` (重大 before 理): the cheap test
    before :func:`_inside_word` segments the text around it."""
    freq = tagger().freq
    return any(freq.get(text[s:e]) for s in range(max(0, start - 3), start) for e in (start + 1, start + 2))


def _inside_word(text: str, start: int) -> bool:
    """Whether jieba reads the character at ``start`` as the end of a word that began before it (最佳|县),
    other than a place's name (辽宁沈阳)."""
    win = max(0, start - 4)
    return any(s < start < e and not (flag == "ns" and is_place_word(text[s:start]))
               for s, e, _, flag in tokens(text[win:start + 2], win))


_FAIR = re.compile(r"国际[\u3400-\u9fff]{1,6}?(展)")  # 杜塞尔多夫国际|鞋展, 法兰克福国际|汽车零配件|展


def _fair_ends(text: str, at: int) -> bool:
    """Whether the 展 at ``at`` ends an international fair's name: jieba reads it as a word's end,
    and the word is no verb (发展, 拓展)."""
    win = max(0, at - 4)
    return any(s <= at < e and e == at + 1 and flag in ("n", "j", "vn", "v", "vg", "nz")
               and word not in lexicon.words("fair_lookalikes.txt") for s, e, word, flag in tokens(text[win:at + 2], win))


@lru_cache(maxsize=1)
def _body_lookalikes() -> tuple[str, ...]:
    """``data/body_lookalikes.txt``: words that end like a body's but name none (会客厅, 布局, 党群服务中心)."""
    return tuple(sorted(lexicon.words("body_lookalikes.txt")))


def _word_starts(text: str, start: int, end: int, type_: str) -> bool:
    """Whether a one-character suffix at ``start`` stands as a word of its own.

    jieba must not read it as part of a common word (全局, 故乡, 部长); a name it
    does not know (龙镇/ns, 何埂镇/nr) is fine, and so is a body's own word of three
    or more characters ending with it (监管局, 统战部).
    """
    win = max(0, start - 6)
    words = tokens(text[win:end + 2], win)
    if type_ == "Place" and not _AFTER_PLACE.match(text[end:end + 4]) and not any(
            (e == start and flag in ("ns", "nz") and 2 <= e - s <= 3 or e == end and flag == "ns" and 3 <= e - s <= 4)
            and text[s - 1:s] in _COUNTY_ENDS for s, e, _, flag in words) \
            and not _TOWN_BEFORE.search(text, max(0, start - 4), start):
        # (城镇|建设), but 雷山县|西江|镇|建设, 花垣县|双龙/nz|镇, 威宁…自治县|石门乡/ns|建设: a town after its county;
        # 严塘镇|白水洞|村|结对
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
                    and not word.endswith(_body_lookalikes())  # (not 政企|会客厅, 产业布局)
            numbered = flag == "n" and len(word) == 2 and any(e2 == s and f2 == "m" for _, e2, _, f2 in words)
            return (flag in ("ns", "nr", "nz") or numbered) and type_ == "Place"  # (十八|洞村: a village's name)
    return True


_CLASSIFIERS = set("家个名位所")
_COUNT_END = re.compile(r"[0-9一二三四五六七八九十百千余多]$")
_COMPANY_INSIDE = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团)[\u3400-\u9fff]{1,8}$")
_DEPARTMENT_OF = re.compile(f"(?:工商联|总商会|商会|协会|公司|集团)[^\\W{''.join(sorted(FUNCTION_CHARS))}]{{1,4}}$")
#: a ministry's or commission's own department after its name (人力资源社会保障部|就业促进司|司长)
_MINISTRY_UNIT = re.compile(r"(?!各)[\u3400-\u9fff]{2,8}?[司局](?=副?[\u3400-\u9fff]?[司局]长|巡视员)")
_PARTY_COMMITTEE = re.compile(r"中共[\u3400-\u9fff]{2,20}委员会")  # 中共温州市总商会委员会: the chamber's Party committee
_MEMBERS_INSIDE = re.compile(r"(?:工商联|工商业联合会|总商会|商会|协会|促进会)[\u3400-\u9fff]{0,6}$")
_TRADE_ONLY = re.compile(r"[0-9A-Za-z\u3400-\u9fff]+")  # 特步, 361度: a trade name before (中国)
#: a zone's, a village's, a prefecture's (地区) government, a town's congress, a Party committee's discipline
#: commission: named bare after their Party body
_OWN_COMMITTEES = ("管委会", "村委会", "居委会", "行署", "人大", "纪委")
_AFTER_PARTY_BODY = re.compile(r"(?:党工委|党支部|党总支|党委|地委)(?:常委|委员|副书记|书记)?[、,，]$")
# 万企|兴|万村(行动): a count, who, a verb, the same count, whom; never inside quotes (read as quoted titles)
_SLOGAN = re.compile(r"(?<![“‘])([百千万])[\u3400-\u9fff]{2}\1[\u3400-\u9fff](?:行动|工程|活动)?(?![”’])")
_COUNTED_SLOGAN = re.compile(r"[百千万][\u3400-\u9fff]{1,3}[百千万](?:村|镇|乡)$")  # 万企兴|万村, 百会助|百镇
_BARE_SESSION = re.compile(r"第[0-9一二三四五六七八九十百]+次(?:全体)?(?:\(扩大\))?会议")
def _division_through(text: str, floor: int, s: int) -> int:
    """Where a division written in full that ends with the level character at ``s`` begins (正安|县, in
    正安县委), or ``s``: the suffix's first character is the division's last."""
    for x in range(max(floor, s - 8), s):
        if any(d.name == text[x:s + 1] for d in divisions().by_name(text[x:s + 1])):
            return x
    return s


_ZONES = ("新区", "合作区", "试验区", "示范区", "开发区")  # a zone a body of its own serves
_TOWN_THEN_PLACE = re.compile(r"[\u3400-\u9fff]{2,4}?(?:镇|乡|街道)(?=[\u3400-\u9fff]{4})")


_BRANCHES = ("分行", "支行")


def _bank_before(text: str, floor: int, b: int) -> str:
    """The short name of a national bank right before ``b`` (建行 in 建行|绍兴分行), or ''."""
    return next((text[k:b] for k in range(max(floor, b - 4), b - 1) if text[k:b] in lexicon.bank_names()), "")


# 这, 那 point at something only with a measure word after them (那家商会); 那楼镇, 那坡县 are names
_DEMONSTRATIVES, _MEASURES = ("这", "那"), set("个些家种位次批里样一")
_COUNT_OPENING = re.compile(r"[0-9一二三四五六七八九十百两]+(?:场|个|项|家|批|所|次)")
_TRAVELLERS = ("团", "组", "一行", "代表")  # 考察团|锦州行: a delegation's trip, no campaign
_COUNTED = re.compile(_COUNT_OPENING.pattern + "$")  # 两家|商会调解委员会: a count before a kind
_WITHIN = re.compile(r"[省市县区镇境国]内")  # 省内|异地商会: of a kind, within a place
_GATHERING_OR_BODY = ("联谊会",)  # 新春联谊会 is a gathering, 港区省级政协委员联谊会 a body: a role after it tells
# …联谊会|第三届会员大会: a body that holds congresses, not a gathering
_CONGRESS = re.compile(r"(?:第[0-9一二三四五六七八九十]+届|首届|[0-9一二三四五六七八九十]+届)?[0-9一二三四五六七八九十]*次?"
                       r"(?:会员大会|会员代表大会|代表大会|理事会|常务理事会|换届)")
_FOUNDED = ("成立", "组建", "筹建")
_FOUNDING = re.compile(r"(?:成立了?|组建了?)([\u3400-\u9fff]{0,6}?商会)(?![\u3400-\u9fff])")  # 义县|成立|企业家商会
_BUSINESS_WORDS = ("企业", "商")
_LONE_WORDS = set("原前现新老该本其各每全")  # characters alone before a name that say which (原|…公司)
_BARE_OWNERS = ("商会", "协会", "工商联", "总商会")  # a name opening so is a unit of one named before
_CHAMBER_INSIDE = re.compile(r"商会|行业协会|企业家协会")
_COMMITTEES = ("省委", "市委", "县委", "区委", "州委")  # a place's committee: of the Party, or of a democratic party
_ASIDES = re.compile(r"\([\u3400-\u9fff]{2,4}\)")  # brackets a name may hold: (集团), (总商会), (广州), (扩大)
_NAME_BRACKET = re.compile(r"\((?:集团|中国|控股|股份|扩大)\)")  # brackets a name holds (…执委(扩大)会议)


def _member_suffix(name: str) -> bool:
    """Whether ``name`` ends as a company, chamber, bureau or other organisation does (its Party unit is its own).

    Not a place: a town's or a zone's Party committee (洞泾镇党委) is the body that governs it.
    """
    found = _suffix_endings().longest(name)
    return found is not None and _suffix_re()[1][found].type in ("Company", "Chamber", "Organization", "GovernmentBody")


@lru_cache(maxsize=1)
def _suffix_endings() -> lexicon.Endings:
    return lexicon.Endings(_suffix_re()[1])


_NO_FEDERATION = ("71", "81", "82")  # Taiwan, Hong Kong, Macau: divisions with no federation of industry and commerce


def _outside_mainland(name: str) -> bool:
    """Whether ``name`` begins with a division that has no federation (香港|中华总商会)."""
    found = divisions().by_name(divisions().first_name(name))
    return bool(found) and all(d.code[:2] in _NO_FEDERATION for d in found)


@lru_cache(maxsize=1)
def _suffix_re() -> tuple[re.Pattern, dict]:
    table = {s.text: s for s in lexicon.org_suffixes()}
    alts = lexicon.alternation(table)
    return re.compile(f"(?=({alts}))"), table


def has_suffix(name: str) -> bool:
    """Whether an organisation suffix of ``data/org_suffixes.tsv`` occurs in ``name``."""
    return _suffix_re()[0].search(name) is not None


@lru_cache(maxsize=1)
def _place_names() -> lexicon.Gazetteer:
    stops = lexicon.words("place_stops.txt")
    names = set()
    for d in divisions():
        if d.name not in stops:
            names.add(d.name)
        if len(d.short) >= 2 and d.short not in stops:
            names.add(d.short)
        if d.common:
            names.add(d.common)
    return lexicon.Gazetteer(names)


#: the Youth League's committee of a place: 团|市委 (the article's place), 共青团|温州市委
_LEAGUE_COMMITTEE = re.compile(r"(?<![\u3400-\u9fff])团([省市县区])委|共青团([\u3400-\u9fff]{2,10}?[省市县区州旗])委")
_LOCAL_COMMITTEES = ("中国人民政治协商会议", "中国共产党")  # national names a place's committee is named after
_LOCAL_COMMITTEE = re.compile(r"[\u3400-\u9fff]{2,12}?委员会")


@lru_cache(maxsize=1)
def _national_re() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.national_bodies()))


def _events_over_names(cands: list[Candidate]) -> list[Candidate]:
    """An event whose name began inside an organisation's, made to begin where that name does
    (遂昌县新的|社会阶层人士联谊会第二次会员大会: 的 stopped the event's name, not the body's)."""
    bodies = [c for c in cands if c.type in ("Organization", "Chamber", "Federation")]
    return [Candidate(b.start, e.end, "Event", e.priority, e.source) for e in cands if e.type == "Event"
            for b in bodies if b.start < e.start < b.end < e.end]


class OrgRecogniser:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        text = doc._.fg_text
        cands = doc._.fg_candidates
        cands.extend(self.national(text))
        cands.extend(self.league_committees(text))
        cands.extend(self.places(doc))
        cands.extend(self.tours(text, doc._.fg_places))
        cands.extend(self.suffixed(text))
        cands.extend(self.founded(text, doc._.fg_full_names))
        cands.extend(self.fairs(text))
        cands.extend(self.trade_names(text, cands))
        cands.extend(quoted_titles(text))
        cands.extend(self.counted_slogans(text))
        cands.extend(joined_events(text, cands))
        cands.extend(_events_over_names(cands))
        return doc

    @staticmethod
    def founded(text: str, full_names: dict) -> Iterator[Candidate]:
        """A chamber of a kind a place founds (支持义县成立|企业家商会): the place's, named with it
        (its whole name in ``full_names``)."""
        for m in _FOUNDING.finditer(text):
            kind = m.group(1)
            if kind != "商会" and kind not in lexicon.words("generic_names.txt") and not kind.endswith("企业家商会"):
                continue  # (成立|温州商会: a chamber with a name of its own, read as any)
            if place := divisions().name_ending(text, m.start()):
                full_names[m.span(1)] = place + kind
                yield Candidate(m.start(1), m.end(1), "Chamber", 25, "founded")

    def counted_slogans(self, text: str):
        """Campaigns named unquoted by a slogan of two counts (万企兴万村行动, 百会助百镇): who acts, how
        many, on whom, how many; the programme word after it belongs to the name."""
        for m in _SLOGAN.finditer(text):
            yield Candidate(m.start(), m.end(), "Programme", 55, "slogan")

    # -- gazetteers ---------------------------------------------------------
    def national(self, text: str):
        bodies = lexicon.national_bodies()
        for m in _national_re().finditer(text):
            if text[m.end():m.end() + 1] == "门":
                continue  # 民政|部门, 交通运输|部门: the departments of that kind, not the ministry
            if _DEPARTMENT_OF.search(text, max(0, m.start() - 10), m.start()):
                continue  # 市工商联宣传|教育部: a department of an organisation, not the ministry
            if m.group() in _LOCAL_COMMITTEES and (local := _LOCAL_COMMITTEE.match(text, m.end())) and \
                    divisions().first_name(local.group()) == local.group()[:-3]:
                # 中国人民政治协商会议|武义县委员会: a place's committee, in full (武义县政协)
                yield Candidate(m.start(), local.end(), "GovernmentBody", 10, "national")
                continue
            yield Candidate(m.start(), m.end(), bodies[m.group()][0], 10, "national")
            if bodies[m.group()][0] == "GovernmentBody" and (unit := _MINISTRY_UNIT.match(text, m.end())):
                yield Candidate(m.start(), unit.end(), "GovernmentBody", 10, "national")

    @staticmethod
    def league_committees(text: str):
        """The Communist Youth League's committee of a place, written in full (共青团温州市委) or short for the
        article's place (团市委, 团省委): an organisation, not the Party's committee its name ends with."""
        for m in _LEAGUE_COMMITTEE.finditer(text):
            if m.group(1) or divisions().first_name(m.group(2) + "委") == m.group(2):
                yield Candidate(m.start(), m.end(), "Organization", 10, "league")

    def places(self, doc: Doc):
        text, divs, found_places = doc._.fg_text, divisions(), doc._.fg_places
        hits = []
        for start, end, name in _place_names().finditer(text):
            found = divs.by_name(name)
            if end - start == 2 and found and (name[1] in "县区市旗" or not any(d.name == name for d in found)
                                               and _word_across(text, start)) and _inside_word(text, start):
                continue  # 最|佳县, 重|大理|论: a two-character name inside words
            if end - start == 2 and found and tagger().tags.get(text[start:start + 4]) in ("i", "l") \
                    and not any(d.name == name for d in found):
                continue  # 长治|久安: a short name opening an idiom
            if found and name not in {d.name for d in found} \
                    and lexicon.role_endings().longest(text[max(0, start - 5):start + 1]):
                continue  # 统战部部|长沙|马拉且: the role's last character opens a short name
            if found and _abroad_re().search(text[max(0, start - 12):start]):
                continue  # 越南海防市|安阳|工业区: a place of another country that shares a Chinese name
            if found:
                hits.append((start, end, name, found))
        full = {d.code for _, _, name, found in hits for d in found if name == d.name}
        mentioned = {d.code for _, _, name, found in hits for d in found}
        for start, end, name, found in hits:
            keep = []
            for d in found:
                if name == d.name or d.level == "province":
                    keep.append(d)
                elif d.level == "prefecture":
                    keep.append(d)
                elif d.code in full or d.parent_code in mentioned:
                    keep.append(d)  # a short county name, with its city in the article
            if keep:
                found_places[(start, end)] = [d.code for d in keep]
                yield Candidate(start, end, "Place", 40, "gazetteer")

    def tours(self, text: str, places: dict):
        """Campaigns named as a tour of a place by whom or what it brings (光彩事业|凉山|行, 百家商会|锦州|行):
        a place, 行 standing alone after it, and nouns before it; 活动 after it is in the name."""
        for start, end in sorted(places):
            if text[end:end + 1] != "行":
                continue
            win = max(0, start - 16)
            toks = tokens(text[win:end + 3], win)
            if not any(s == end and e == end + 1 for s, e, _, _ in toks):
                continue  # 锦州|行政, 银行: 行 begins or ends another word
            b = left_edge(text, start, end + 1, clause_start(text, start), "programme")
            before = [t for t in toks if b <= t[0] < start]
            if not before or before[-1][2].endswith(_TRAVELLERS) or not any(t[3] in ("n", "nz", "j") for t in before):
                continue  # 代表团|锦州行, 赴|锦州行: who travels, or no one, names no campaign
            if (year := YEAR.match(text, b)) and year.end() < start:
                b = year.end()  # 2024年|光彩事业凉山行: this year's round of the campaign
            stop = end + 3 if text.startswith("活动", end + 1) else end + 1
            yield Candidate(b, stop, "Programme", 30, "tour")

    def fairs(self, text: str):
        """International trade fairs, which news names by the goods and 展 alone (2024杜塞尔多夫国际鞋展)."""
        for m in _FAIR.finditer(text):
            at = m.start(1)
            if _fair_ends(text, at):
                b = left_edge(text, m.start(), at + 1, clause_start(text, m.start()), "event")
                yield Candidate(b, at + 1, "Event", 29, "suffix")

    # -- suffix names -------------------------------------------------------
    def suffixed(self, text: str):
        pattern, table = _suffix_re()
        generic, determiners = lexicon.words("generic_names.txt"), tuple(lexicon.words("determiners.txt"))
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
            after = _after_division(text, s, suffix.text) if suffix.text in ("镇", "乡", "村") else None
            if suffix.type in ("GovernmentBody", "Chamber") and text[s - 1:s] in ("镇", "乡"):
                # 路桥区|金清镇|党委 (金|清镇: jieba), 海宁市|许村镇|商会 (许/m|村镇)
                after = _after_division(text, s - 1, text[s - 1])
            if len(suffix.text) == 1 and not _word_starts(text, s, e, suffix.type) and after is None:
                continue  # 乡村, 故乡, 全局, 部长: a one-character suffix inside a longer word (not 万峰湖镇|坝盘村)
            kind = {"Event": "event", "GovernmentBody": "body"}.get(suffix.type, "org")
            gathering = suffix.text in _GATHERING_OR_BODY
            body = gathering and (lexicon.role_re().match(text, e) or text.startswith(_FOUNDED, e) or _CONGRESS.match(text, e)
                                  or text.endswith(tuple(lexicon.words("club_members.txt")), 0, s))
            if body:
                kind = "org"  # …联谊会|会长, …联谊会|成立: a body with officers, not a gathering
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
                    (bracket := _NAME_BRACKET.search(text, max(0, b - 4), b)) and bracket.end() == b:
                floor = clause_start(text, bracket.start())  # 仁和|(集团)|发展有限公司: the bracket inside the name
                b = left_edge(text, bracket.start(), e, floor, kind)
            bare = inner < s and b == inner or suffix.type == "Company" and inner == s and b < s \
                and no_trade_name(text[b:s]) and not YEAR.match(text, floor, b)  # (not 2024|跨国公司)
            if bare and 2 <= b - floor <= 6 and _TRADE_ONLY.fullmatch(text, floor, b) \
                    and not any(t[3][0] in "pcu" or t[3][0] == "r" and t[0] == floor for t in tokens(text[floor:b])):
                # 、特步|(中国)|有限公司, 、特步/d|集团有限公司, 、人|本/r|集团有限公司: the whole clause before is the
                # trade name (but not 本|公司, this company)
                b = floor
            if b - floor == 1 and kind == "org" and CJK.match(text[floor]) and text[floor] not in FUNCTION_CHARS \
                    and not text.startswith(determiners, floor) and text[floor] not in _LONE_WORDS \
                    and tokens(text[floor:s])[0][3] in ("m", "ng", "n", "nz", "j"):
                b = floor  # 、亿|纬锂能股份有限公司: a character jieba left alone at the clause's start opens the name
            if kind == "event" and b == s - 24 > floor:  # the window's edge: event names run long
                b = left_edge(text, s, e, floor, kind, 36)  # (第十届全国非公有制经济人士…表彰大会)
            if gathering and not body:  # 鹿城区成立|新生代企业家联谊会: a body founded (not 庆祝商会成立|十周年联谊会)
                founded = max((at + len(w) for w in _FOUNDED if (at := text.rfind(w, b, s)) >= 0), default=0)
                if founded and "周年" not in text[founded:s]:
                    b, body = founded, True
            if suffix.type == "GovernmentBody" and suffix.text[0] in "省市县区州" and b > floor:
                b = min(b, _division_through(text, floor, s))  # 正|安|县委 (jieba): 正安县|委, the county's
            if suffix.type == "GovernmentBody" and text[b:b + 1] == "区" and \
                    (zone := next((z for z in _ZONES if text.endswith(z, floor, b + 1)), None)):
                b = min(b, left_edge(text, b + 1 - len(zone), b + 1, floor))  # 横琴粤澳深度合作|区|执行委员会
            elif suffix.type == "GovernmentBody" and b >= s - 1 and text[s - 1:s] == "村" and not suffix.text[0] == "村":
                b = min(b, left_edge(text, s - 1, s, floor))  # 白|水洞|村|党支部: the village's own, as its name reads
            if suffix.text in ("村", "社区") and text[b:b + 1] in ("乡", "镇") and s - b > 2:
                b += 1  # 花石乡|大湾村: the town ends before the village (no town is written 乡 alone)
            if after is not None and suffix.type in ("GovernmentBody", "Chamber"):
                b = min(b, left_edge(text, after, s, floor, kind))  # 路桥区金清镇|党委: the town's, and its county
            elif after is not None and suffix.text != "村":
                b = min(b, after)  # 兴义市|则|戎镇: all after a county is the town's, whatever jieba reads
            elif after is not None:
                town = _after_division(text, after - 1, text[after - 1])
                b = after if town < b else b  # 兴义市|则|戎镇冷|洞村: no village's name opens inside its town's
            if suffix.type == "Company" and (town := _TOWN_THEN_PLACE.search(text, b, s)) and \
                    divisions().first_name(text[town.end():s], lexicon.words("place_stops.txt")):
                b = town.end()  # 莆田市涵江区三江口镇|福建福海粮油工业有限公司: where it is, then its own name
            if suffix.text in _BRANCHES and (bank := _bank_before(text, floor, b)):
                b -= len(bank)  # 建行|绍兴分行: jieba reads the bank's short name as a verb
            if text[b:b + 1] in _CLASSIFIERS and _COUNT_END.search(text, max(0, b - 4), b):
                b += 1  # 30|家商|协会: jieba joined the classifier to the name
            if suffix.type == "Chamber" and b > 0 and resident_place(text[b - 1:e]):
                b -= 1  # 在粤|湖南商会: the chamber of people from 湖南 in 广东, named with where it is
            if text.find("为", b, s) >= 0 and (named := _appointee_re().search(text, max(floor, b - 6), s)) \
                    and named.end() > b and text[named.start(1)] in surnames():
                b = named.end()  # 选举张|华为|镇江市温州商会: the appointee's name and 为, which jieba joined to a word
            if suffix.type == "Company" and text[b:b + 1] in "省市县区" and divisions().first_name(text[b + 1:e]) \
                    and not divisions().first_name(text[b:e]):
                b += 1  # 我县|江西赣锋锂业集团股份有限公司: a company is named by its own place, not 县 before it
            if text.startswith("中共", b) and suffix.type in ("Chamber", "Federation", "Company"):
                b += 2  # 中共|杭州市青年企业家商会|委员会: the chamber whose Party committee is named
            if suffix.type == "Company" and text[b:b + 1] in "和与及" and text.endswith(COMPANY_ENDINGS, 0, b):
                b += 1  # …有限公司|和宸|鸿科技有限公司: the 和 joining two companies
            name = text[b:e]
            if suffix.type in ("GovernmentBody", "Organization") and name.endswith(_body_lookalikes()):
                continue  # 龙泉镇党群服务中心: a hall
            if name[:1] == "(" or _COUNT_OPENING.match(name):
                continue  # (集团)有限公司 with no trade name before it; 6场平行论坛: a count of a kind
            if _COUNTED.search(text, max(0, b - 4), b) and not starts_with_place(name):
                continue  # 两家|商会调解委员会: things of a kind counted, none named
            bare_body = (suffix.type == "GovernmentBody" and name[:1] in "省市县区州" and len(name) == 2) \
                or name in PARTY_DEPARTMENTS or name in _OWN_COMMITTEES  # 市委; 统战部, 管委会 after their committee
            if name in _OWN_COMMITTEES and not _AFTER_PARTY_BODY.search(text, max(0, b - 12), b):
                continue  # 村委会换届: a kind of committee; 党支部书记、|村委会|主任: the village's own
            if name in generic and not bare_body or name.startswith(SCOPES) and name[2:] in generic and suffix.type == "Chamber" \
                    or (name == suffix.text and not bare_body) or len(name) < 2 \
                    or _BARE_SESSION.fullmatch(name):
                continue  # (第一次会议: a session of something not named; 全县|乡镇商会: all of a kind)
            if suffix.type == "Chamber" and (head := divisions().first_name(name)) and \
                    name[len(head):] in lexicon.words("chamber_kinds.txt") and \
                    any(d.name == head for d in divisions().by_name(head)):
                continue  # 盐城市|异地商会: a kind of chamber the place has many of (not 玉林|街道商会, a street's)
            if suffix.type == "Chamber" and _WITHIN.match(name) and name[2:] in lexicon.words("chamber_kinds.txt"):
                continue  # 省内|异地商会: those within a place, of a kind
            if suffix.type == "Chamber" and not starts_with_place(name) and \
                    (kind_word := next((k for k in lexicon.words("chamber_kinds.txt") if name.endswith(k)), "")) and \
                    any(t[3].startswith("v") for t in tokens(name[:-len(kind_word)])):
                continue  # 如何看待|异地商会: the kind after a verb, no chamber's name
            if len(name) - len(suffix.text) == 1 and name[0] in "省市县区州" and b > 0 and text[b - 1] in "省市县区州":
                continue  # 各市|州工商联: levels of place listed, no one place
            if (_determiner_opens(name, determiners) or text.endswith(determiners, 0, b)) \
                    and not divisions().first_name(name) \
                    and not (name[0] in _DEMONSTRATIVES and name[1:2] not in _MEASURES):
                continue  # 各乡镇商会, 各地|市工商联: every chamber of a kind, not one (but 诸暨市, 那曲市, 那楼镇)
            rest = name[:-len(suffix.text)]  # what comes before the suffix
            if suffix.type == "Place" and all(c in "省市县区镇乡村州" for c in rest):
                continue  # 县镇村: levels, not a place
            if suffix.type == "Place" and text[e:e + 1] == "”" and text.rfind("“", 0, b + 1) > text.rfind("”", 0, b):
                continue  # “百企联百村”, “百会帮|百村”: a slogan, quoted; places are not
            if suffix.type == "Place" and _COUNTED_SLOGAN.search(name):
                continue  # 万企兴万村 | …: the slogan unquoted, counts of firms and villages
            if suffix.type in ("Company", "Chamber", "Organization") and len(rest) < 2 \
                    and not (name[:1] in "省市县区" and (suffix.type == "Organization" or suffix.prefix == "place")):
                continue  # 跑银行: a one-character "name" is a word, not a name (but 省|社科院, 省|光彩会 are the province's)
            if suffix.type in ("Chamber", "Organization") and len(rest) == 2 and not is_place_word(rest) and \
                    (flags := [t[3] for t in tokens(rest)]) in (["v"], ["vn"]) and \
                    (flags == ["v"] or suffix.type == "Chamber" and rest not in lexicon.words("industry_words.txt")):
                # 援建|学校, 看待|商会, 关于调整|商会: what is done to a school or a chamber, not its name
                # (but 安定|中学, 旅游|协会)
                continue
            if suffix.type in ("Chamber", "Organization") and 3 <= len(rest) <= 4 and \
                    (flags := [t[3] for t in tokens(rest)])[0] == "v" and len(flags) > 1 and set(flags) <= {"v", "vn"}:
                continue  # 请|谈谈|商会: verbs said of the chamber, no name
            if name.startswith(_BARE_OWNERS) and suffix.type in ("Chamber", "Organization"):
                continue  # 设立了|商会调解委员会、商会青年企业家分会: the units of a chamber named before, no names
            if suffix.type == "Chamber" and rest.endswith("工商联"):
                continue  # 全国工商联|商会工作: the federation's work with chambers, no chamber
            if suffix.type == "Company" and no_trade_name(rest):
                continue  # 科技公司, 投资集团: a kind of company, not a company
            own = _after_places(name)[:-len(suffix.text)]
            if suffix.type == "Chamber" and (no_trade_name(rest, "chamber_qualifiers.txt")
                                             or own and no_trade_name(own, "chamber_qualifiers.txt")
                                             or rest[:1] in "省市县区州" and rest[1:]
                                             and no_trade_name(rest[1:], "chamber_qualifiers.txt")):
                continue  # 先进商会, 红色商会, 市直属商会: a kind of chamber, not a chamber
            plain = _ASIDES.sub("", name)
            if kind == "event":
                plain = plain.replace("—", "").replace("·", "")  # 中国—东盟博览会, 中国·青海…: two places joined
            if PUNCT.search(plain):
                continue
            unit = name.endswith(PARTY_UNITS) and next(u for u in PARTY_UNITS if name.endswith(u))
            if unit and _member_suffix(name[:-len(unit)]):
                continue  # 养元饮品股份有限公司|党委书记: the company's post, not a body of the state
            if suffix.type == "GovernmentBody" and (_COMPANY_INSIDE.search(rest) or (
                    _MEMBERS_INSIDE.search(rest) and not name.endswith(PARTY_UNITS) and not _PARTY_COMMITTEE.fullmatch(name))):
                # 云南白药集团股份有限公司|知识产权部, 市工商联|办公室: its department, not a body of the state
                # (a federation's Party branch, 区工商联机关党支部, is an organ of the Party)
                continue
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
                yield Candidate(b, e, "Organization", 30 - len(suffix.text), "suffix")
                continue  # 民建山东省委: a democratic party's provincial committee, no organ of the state
            if suffix.prefix == "place" and not starts_with_place(name) and not bare_body and \
                    not (type_ == "Event" and _SCOPED_OR_DATED.match(name)):  # 全省|商会工作会议, 2024年|…
                if type_ == "Federation":
                    type_ = "Chamber" if name.endswith("总商会") else None
                else:
                    type_ = None
            elif suffix.prefix == "national" and not starts_with_place(name):
                type_ = None
            elif suffix.prefix == "party" and not name.startswith(PARTIES):
                type_ = None
            elif suffix.prefix == "dated" and not (_DATED.match(name) and len(name) - len(suffix.text) >= 8
                                                   and text[b - 1:b] not in ("是", "为")):
                # 2024年|全省…理想信念教育实践|活动: a round of an activity, named with its year (not 大会是|2024年
                # 四川省首场重大投资促进活动, which says what another was)
                type_ = None
            if type_ is None:
                continue
            if type_ == "Federation" and name.endswith("总商会") and (not starts_with_place(name[:-3] or "x")
                                                                   or _outside_mainland(name)):
                type_ = "Chamber"  # 新加坡中华总商会, 香港中华总商会: a chamber; federations are the mainland's
            full = next((f + name[len(short):] for short, f in lexicon.bank_names().items() if name.startswith(short)), name)
            if type_ == "Company" and (body := _national_re().match(full)) and \
                    lexicon.national_bodies()[body.group()][0] == "GovernmentBody":
                type_ = "GovernmentBody"  # 中国人民银行绍兴市分行, 人行南昌中心支行: a branch of an organ of the state
            if type_ in ("Chamber", "Organization") and text[b - 1:b] == "的" and not starts_with_place(name):
                continue  # 跟党走的红色商会: a description of a chamber, not its name
            yield Candidate(b, e, type_, 30 - len(suffix.text), "suffix")

    # -- a company named again by its trade name ----------------------------
    def trade_names(self, text: str, cands: list[Candidate]):
        """``晋韵农业`` after ``山西晋韵农业开发有限公司``: its trade name and the trade words after it.

        A trade name alone (晋韵, 海尔) is too often a word, so the trade must follow.
        """
        industry, suffixes = lexicon.words("industry_words.txt"), _suffix_re()[1]
        trades = set()
        for c in cands:
            if c.type == "Company" and c.source == "suffix":
                trade = ""
                own = _after_places(text[c.start:c.end])
                for s, _, word, _ in tokens(own):
                    if word in industry or has_suffix(word) or own[s:] in suffixes:
                        break  # (湖南金州|律师事务所: the suffix's own first word is no trade name)
                    trade += word
                if 2 <= len(trade) <= 4 and not PUNCT.search(trade):
                    trades.add(trade)
        trade_words = industry - LEGAL_WORDS
        for trade in sorted(trades):
            for m in re.finditer(re.escape(trade), text):
                end = m.end()
                while (n := next((n for n in (3, 2) if text[end:end + n] in trade_words), 0)):
                    end += n
                if end > m.end() and not has_suffix(text[end:end + 2]):  # (三一|集团有限公司: the name goes on)
                    yield Candidate(m.start(), end, "Company", 35, "trade")


@Language.factory("fedgraph_orgs", requires=["token.is_sent_start"])
def make_orgs(nlp: Language, name: str) -> OrgRecogniser:
    """Find organisations, bodies, events, places and programmes by suffix, gazetteer and quotes."""
    return OrgRecogniser()
