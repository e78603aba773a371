"""``fedgraph_orgs``: federations, chambers, companies, bodies, events, places, programmes.

Four recognisers add :class:`Candidate` spans; ``fedgraph_settle`` later keeps
the best non-overlapping ones:

- suffix names (:mod:`fedgraph.extract.suffixes`): a suffix from ``data/org_suffixes.tsv``
  plus the words before it (:mod:`fedgraph.extract.edges`);
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
from fedgraph.extract.names import (FUNCTION_CHARS, LEGAL_WORDS, PUNCT, YEAR, clause_start, is_place_word, left_edge,
                                    tokens)
from fedgraph.extract.suffixes import after_places, has_suffix, suffix_table, suffixed
from fedgraph.extract.tagger import tagger
from fedgraph.extract.titles import joined_events, quoted_titles
from fedgraph.resolve.divisions import divisions

_FAIR = re.compile(r"国际[\u3400-\u9fff]{1,6}?(展)")  # 杜塞尔多夫国际|鞋展, 法兰克福国际|汽车零配件|展
_DEPARTMENT_OF = re.compile(f"(?:工商联|总商会|商会|协会|公司|集团)[^\\W{''.join(sorted(FUNCTION_CHARS))}]{{1,4}}$")
#: a ministry's or commission's own department after its name (人力资源社会保障部|就业促进司|司长)
_MINISTRY_UNIT = re.compile(r"(?!各)[\u3400-\u9fff]{2,8}?[司局](?=副?[\u3400-\u9fff]?[司局]长|巡视员)")
# 万企|兴|万村(行动): a count, who, a verb, the same count, whom; never inside quotes (read as quoted titles)
_SLOGAN = re.compile(r"(?<![“‘])([百千万])[\u3400-\u9fff]{2}\1[\u3400-\u9fff](?:行动|工程|活动)?(?![”’])")
_FOUNDING = re.compile(r"(?:成立了?|组建了?)([\u3400-\u9fff]{0,6}?商会)(?![\u3400-\u9fff])")  # 义县|成立|企业家商会
_TRAVELLERS = ("团", "组", "一行", "代表")  # 考察团|锦州行: a delegation's trip, no campaign
#: the Youth League's committee of a place: 团|市委 (the article's place), 共青团|温州市委
_LEAGUE_COMMITTEE = re.compile(r"(?<![\u3400-\u9fff])团([省市县区])委|共青团([\u3400-\u9fff]{2,10}?[省市县区州旗])委")
_LOCAL_COMMITTEES = ("中国人民政治协商会议", "中国共产党")  # national names a place's committee is named after
_LOCAL_COMMITTEE = re.compile(r"[\u3400-\u9fff]{2,12}?委员会")


@lru_cache(maxsize=1)
def _abroad_re() -> re.Pattern:
    """A country other than China and the name of its city before a place's name (越南海防市|安阳)."""
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('countries.txt'))})(?:[\u3400-\u9fff]{{1,6}}[市州省])?$")


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


def _fair_ends(text: str, at: int) -> bool:
    """Whether the 展 at ``at`` ends an international fair's name: jieba reads it as a word's end,
    and the word is no verb (发展, 拓展)."""
    win = max(0, at - 4)
    return any(s <= at < e and e == at + 1 and flag in ("n", "j", "vn", "v", "vg", "nz")
               and word not in lexicon.words("fair_lookalikes.txt") for s, e, word, flag in tokens(text[win:at + 2], win))


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
        cands.extend(suffixed(text))
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
        for m in lexicon.national_re().finditer(text):
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

    # -- a company named again by its trade name ----------------------------
    def trade_names(self, text: str, cands: list[Candidate]):
        """``晋韵农业`` after ``山西晋韵农业开发有限公司``: its trade name and the trade words after it.

        A trade name alone (晋韵, 海尔) is too often a word, so the trade must follow.
        """
        industry, suffixes = lexicon.words("industry_words.txt"), suffix_table()
        trades = set()
        for c in cands:
            if c.type == "Company" and c.source == "suffix":
                trade = ""
                own = after_places(text[c.start:c.end])
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
