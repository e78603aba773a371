"""Quoted titles: programmes, events and awards named in quotes (“龙头引领”行动, “政企会客厅”,
第三届“河西区民营企业家节”, “中华慈善奖”), and two events named as one meeting (…大会|暨|…大会).

A quote names a programme or an event by the word after it (行动, 推进会: ``data/programme_suffixes.txt``
and the event suffixes of ``data/org_suffixes.tsv``) or by how it ends; the words before it that
belong to the name are read as :func:`fedgraph.extract.names.left_edge` reads any name's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.awards import BEST_OF
from fedgraph.extract.extensions import Candidate
from fedgraph.extract.names import clause_start, left_edge
from fedgraph.resolve.divisions import divisions

_QUOTE = re.compile(r"[“‘\"]([^“”‘’\"\n]{2,40})[”’\"]")
_HAN_RUN = re.compile(r"(?:第[0-9]+[期场次届]|[\u3400-\u9fff·])*")  # (“…”第18期活动: a round in digits too)
_DESCRIBED = re.compile(r"(?:第[0-9一二三四五六七八九十百]+[期场次届])?(?:品牌|活动|系列活动|主题活动)")
_TAIL_END = re.compile(r"[在于是的]|举行|举办|召开|开幕|开班|启动|打造|建成|成为|作为|列为|纳入|写入|推广|$")
_ORDINAL_BEFORE = re.compile(r"(?:第[0-9一二三四五六七八九十百]+[届次期]|首届|[0-9]{4}年?度?)$")
_SELECTION = ("评选", "评比")  # “十佳民营企业家”|评选: the honour chosen
_PRIZE = ("奖", "大奖", "奖章")  # a quoted title that ends so is an award, wherever it stands
_LINKED = re.compile(r"”(?:助力|助推|推动|赋能|携手|联动|服务)$")
_FESTIVAL = re.compile(r"[\u3400-\u9fff]{3,}节$")  # “河西区民营企业家节”: a festival is an event
# a campaign's slogan of counts, quoted, in one or two halves (“百会助百镇 万企兴万村”)
_QUOTED_SLOGAN = re.compile(r"(?:[百千万][\u3400-\u9fff]{1,3}[百千万][\u3400-\u9fff][ \u3000·]?){1,2}")
_DESIGNATED = ("企业", "单位", "基地", "商会", "村", "区")  # what a designation is given to
_CLAUSES = re.compile(r"[,，、;；]")  # a quote of clauses is a theme or slogan, no programme's name
_THEME = ("为主题", "为题", "的主题")
_ROUND = re.compile(r"第[0-9一二三四五六七八九十百]+[期场次个]")
_OWNER_END = re.compile(r".*(?:商会|工商联|协会|促进会|联合会|公司|集团|统战部)")  # the last organisation's end
_YEAR_AFTER = re.compile(r"(?<=[\u3400-\u9fff])[·・ ]?[0-9]{4}年?$")  # “潮商论坛2024”, “…峰会·2024”
_AGREEMENTS = ("协议", "合同", "备忘录", "协议书")  # “两个健康”专项授信协议: what is signed, no programme
DOCUMENTS = ("方案", "意见", "办法", "细则", "纲要", "规划")  # …三年行动|方案: a document's title, no programme


_TWO_COUNTS = re.compile(r"([百千万])[\u3400-\u9fff]{1,2}\1[\u3400-\u9fff]{1,2}")  # 百企进百村, 万企兴万村
_COUNTED_KIND = re.compile(r"(?<!第)[两0-9一二三四五六七八九十]+[场个项]")


def quoted_titles(text: str) -> Iterator[Candidate]:
    """Candidates for quoted titles: “…” followed by a programme's or an event's word (“龙头引领”行动,
    “1+N”服务平台), or ending in one (“政企会客厅”), or an award (“中华慈善奖”)."""
    events, programmes, orgs, types = _title_endings()
    quotes = list(_QUOTE.finditer(text))
    for i, q in enumerate(quotes):
        content = q.group(1)
        if text.startswith(_THEME, q.end()):
            continue  # 以“共创共享 向新而行”为主题: what a meeting is about, no name
        if content.endswith(_PRIZE) and len(content) > 2 or text.startswith(_SELECTION, q.end()) \
                and any(h in content for h in lexicon.words("award_heads.txt")):
            # “中华慈善奖”, also inside its 表彰大会; “十佳民营企业家”|评选: what is chosen
            yield Candidate(q.start(), q.end(), "Award", 20, "quoted")
        # a run of quotes sharing one suffix: “百会万企”“万企兴万村”“民企进边疆”行动
        last = q
        j = i
        while j + 1 < len(quotes) and quotes[j + 1].start() == last.end():
            j += 1
            last = quotes[j]
        tail = _HAN_RUN.match(text, last.end(), last.end() + 20).group()
        tail = tail[:_title_tail_end(tail, events)]
        if (etc := tail.find("等", 1)) > 0:
            tail = tail[:etc]  # “致敬企业家”颁奖典礼|等系列活动: what follows 等 is the kind of all listed
        if counted := _COUNTED_KIND.search(tail):
            tail = tail[:counted.start()]  # “…”“东北亚经贸合作”|两场分论坛: a count of those quoted, no one's name
        if j == i and text[q.end():q.end() + 1] == "暨" and not events.longest(content, min_rest=1):
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")  # “民企进边疆”|暨…推介会: a campaign
            continue
        if tail.startswith("等") and any(programmes.longest(tail[1:n]) for n in range(2, len(tail) + 1)):
            # “浙里办”“企呼我应”等服务品牌, “企业家沙龙”等重点活动|安排: each
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")
            continue
        found = None
        for n in range(len(tail), 0, -1):
            if events.longest(tail[:n]):
                found = ("Event", n)
                break
            ending = programmes.longest(tail[:n])
            if ending and (len(ending) > 1 or n == 1) and not tail.startswith(_DESIGNATED, n):
                # (“…”行, but not “两个健康”先行|区; “万企兴万村”行动市级示范|企业: a designation, its programme
                # the shorter name)
                found = ("Programme", n)
                break
        if found and found[0] == "Programme" and (text.startswith(DOCUMENTS, last.end() + found[1])
                                                  or tail.endswith(_AGREEMENTS, found[1])):
            found = None  # 《…“两个健康”先行区创建三年行动|方案》: a document's title; …专项|授信协议: an agreement
        if found and found[0] == "Programme" and BEST_OF.match(tail):
            found = ("Award", found[1])  # “两个健康”|十大典型案例: the best chosen, an honour
        names_event = events.longest(content, min_rest=1) or _FESTIVAL.search(content)
        brand = found is not None and tail[:found[1]] == "品牌"  # “亲清直通车·政企恳谈会”品牌: a series, no one event
        if found and found[0] == "Programme" and j == i and names_event and not brand:
            # 第三届“河西区民营企业家节”活动: the quote names the event, 活动 says what it is
            ordinal = _ORDINAL_BEFORE.search(text, max(0, q.start() - 8), q.start())
            yield Candidate(ordinal.start() if ordinal else q.start(), q.end(), "Event", 20, "quoted")
            continue
        rounds = found is not None and _ROUND.match(tail)  # “亲清沙龙”第十二期活动: a round of a series
        if found and found[0] == "Programme" and j == i and (programmes.longest(content, min_rest=1) or brand
                                                            or rounds) and _DESCRIBED.fullmatch(tail[:found[1]]):
            # “政企会客厅”品牌, “政企会客厅”第六期活动: the quote names the programme in full
            # (not “驻企服务”专项行动, where the words after it finish the name)
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")
            continue
        if found and j == i:
            type_, n = found
            kind = "event" if type_ == "Event" else "programme"
            b = left_edge(text, q.start(), q.start(), clause_start(text, q.start()), kind, 16)
            while type_ == "Event" and b == q.start() and (link := _LINKED.search(text, max(0, b - 4), b)):
                # 河源市“百会助百镇 万企兴万村”|助力|“百千万工程”行动推进会: one title serving another
                opening = text.rfind("“", 0, link.start())
                if opening < 0 or not _QUOTE.fullmatch(text, opening, link.start() + 1):
                    break
                b = left_edge(text, opening, opening, clause_start(text, opening), kind, 16)
            if type_ == "Programme" and (owner := _OWNER_END.search(text[b:q.start()])):
                b += owner.end()  # 石湾镇商会|“金秋助学”活动: who runs it, no part of its name
            if type_ == "Programme" and (round_ := _ROUND.search(text, b, q.start())) \
                    and divisions().names_only(text[b:round_.start()]):
                # 第十二期|“企业家接待日”活动, 思明区第十三个|“民营企业家服务日”活动: one round of the programme,
                # which is the series
                b = round_.end()
            yield Candidate(b, last.end() + n, type_, 20, "quoted")
            if type_ == "Event":  # the programme inside: “万企兴万村”行动|推进会, “青蓝计划”|研修班
                rest = tail[:n][:-len(events.longest(tail[:n]))]
                named = _programme_words(rest, programmes)
                if named:
                    yield Candidate(q.start(), q.end() + named, "Programme", 20, "quoted")
                elif programmes.longest(content, min_rest=1) and (not rest or not _CLAUSES.search(content)) \
                        or _TWO_COUNTS.fullmatch(content):
                    # (“春风行动”|民营企业专场招聘会: whatever between; not “加强银企对接,促进金融服务”…活动, a theme;
                    # “百企进百村”|结对帮扶签约仪式: a campaign's slogan of two counts)
                    yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")
            continue
        if found and found[0] == "Programme":
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")
            continue
        if events.longest(content) or events.longest(_YEAR_AFTER.sub("", content)):
            # (2024年度“余商大会”: this year's, as the text names it; “潮商论坛2024”: the year after its kind)
            ordinal = _ORDINAL_BEFORE.search(text, max(0, q.start() - 8), q.start())
            yield Candidate(ordinal.start() if ordinal else q.start(), q.end(), "Event", 20, "quoted")
        elif programmes.longest(content, min_rest=1):
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")
        elif _QUOTED_SLOGAN.fullmatch(content):
            yield Candidate(q.start(), q.end(), "Programme", 20, "quoted")  # “百会助百镇 万企兴万村”结对帮扶工作
        elif "+" not in content:  # (“检察院+工商联”: a way of working together, no organisation)
            suffix = orgs.longest(content, min_rest=2)
            if suffix:
                yield Candidate(q.start() + 1, q.end() - 1, types[suffix], 20, "quoted")


def _title_tail_end(tail: str, events: lexicon.Endings) -> int:
    """Where the words after a quoted title stop being its name: at a verb or 在 (“…大讲堂”|在武侯区…),
    but not at one that opens an event's word (…活动|启动仪式)."""
    for m in _TAIL_END.finditer(tail):
        if m.start() == len(tail) or not any(len(events.longest(tail[:m.start() + k]) or "") == k for k in range(2, 6)):
            return m.start()
    return len(tail)


def _programme_words(rest: str, programmes: lexicon.Endings) -> int:
    """How many of the words between a quoted title and an event's word name the programme the event is for:
    行动 in “万企兴万村”行动|推进会, 重点项目 in “晋商回乡”重点项目|集中签约仪式 (a few words at most may follow)."""
    if rest in programmes.words:
        return len(rest)
    if "暨" in rest:
        return 0  # …行动推进会|暨|…推介会: two events joined, not one programme's
    for k in range(len(rest), max(1, len(rest) - 4), -1):
        ending = programmes.longest(rest[:k])
        if ending in programmes.words and len(ending) > 1:
            return k
    return 0


def joined_events(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One event for two named as one meeting (…第四届会员大会|暨|换届选举大会): the first's start to the second's end."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for c in cands:
        if c.type == "Event":
            starts[c.end] = min(starts.get(c.end, c.start), c.start)
            ends[c.start] = max(ends.get(c.start, c.end), c.end)
    return [Candidate(starts[i], ends[i + 1], "Event", 20, "joined")
            for i in sorted(starts) if text[i:i + 1] == "暨" and i + 1 in ends]


@lru_cache(maxsize=1)
def _title_endings() -> tuple[lexicon.Endings, lexicon.Endings, lexicon.Endings, dict[str, str]]:
    """What a quoted title may end with: events, programmes, organisations (and their types)."""
    table = {s.text: s for s in lexicon.org_suffixes()}
    # (活动 after a quoted title names a programme; only an activity's dated round is an event)
    events = lexicon.Endings(s for s, v in table.items() if v.type == "Event" and v.prefix != "dated")
    orgs = {s: v.type for s, v in table.items() if v.type not in ("Event", "Place", "GovernmentBody")}
    return events, lexicon.Endings(lexicon.words("programme_suffixes.txt")), lexicon.Endings(orgs), orgs
