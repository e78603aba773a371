"""Posts: who holds which role in which organisation, read for ``fedgraph_relations``.

A chain of ``[organisation] role`` segments joined by 、 right before
a person (锦州市委统战部副部长、市工商联党组书记卫铁智 gives two posts); a
segment without an organisation takes the one the role implies (省长 ->
the province's government; 记者 -> the outlet of the dateline, 【香港商报网讯】记者罗梦亚,
also for the one who signs it, 长城网·冀云客户端讯(孙兴兴))
or the one before it (全国工商联副主席、党组成员鲁勇).
Names enumerated after the person share the chain (副主席邓儒方、汪礼碧、孟瑞章).
``organisation person role`` (通威集团董事局刘汉元主席) and ``person (organisation role)``
(王建军(成都市工商联副主席)) are read too, and a profile's ``person …现任 organisation role、…``
(张雪峰,男,…,现任山东鲁花集团有限公司总经理).  Elections, appointments and notices' lists of
appointees are read by :mod:`fedgraph.extract.elections`.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from fedgraph.extract import lexicon
from fedgraph.extract.elections import (CHAMBER_ROLE, CHAMBER_TOO, COMMITTEE, NOTE, ElectionReader,
                                        role_after_re)
from fedgraph.extract.extensions import ORG_TYPES, Relation, span_of
from fedgraph.extract.layouts import current_posts, line_post, paren_role_re, role_colon
from fedgraph.extract.names import PARTY_UNITS

_NAMED = (*sorted(ORG_TYPES), "Person", "Place", "Event", "Programme", "Award")
_PARTY_ROLES = {"书记", "副书记", "常务副书记", "专职副书记", "委员", "成员", "组织委员", "宣传委员", "纪检委员"}
_CLAUSE_OPENERS = ("", ",", "，", "。", ";", "；", "\n", ":", "：")  # where a clause of posts alone may begin
_ROLE_LINE = re.compile(r"[^:：\n]{1,16}[:：]")  # a line of a list: a role, a colon
_IN_COMPANY = re.compile(r"\s*在")  # 在|人民电器集团,…: a sentence that opens in a company
_CHAMBER_HEADING = re.compile(r"(?<!总)商会|协会")  # a list's heading that speaks of a chamber
# a role that opens its sentence or clause: 。新一届会长马有礼, 。新当选的会长、…董事长高云峰
# (and the board: 。新当选的第十届理事会|会长、…)
_OPENS_CLAUSE = re.compile(r"(?:^|[\n。;；!?！？:：])(?:新一届|新任|首任|本届|新当选的|新当选)?"
                           r"(?:第[一二三四五六七八九十百0-9]+届)?(?:理事会)?$")
# (李政|担任|研究院院长 too, but not a post held before or left: 曾担任, 不再担任)
_CURRENT = re.compile(r"现任|现为|现担任|同时担任|还担任|兼任|同时兼任|(?<![曾原再])(?:担任|出任)")
# 林兴华是温州市人大代表,也是成都市温州商会会长; 王海峰同时也是…
_IS = re.compile(r"[是系]")
_IS_ADVERB = re.compile(r"(?:同时|也|还|亦)+$")
_DATELINE = re.compile(r"[讯电]")
_RANKS = ("巡视员", "调研员")  # a civil servant's rank, held in the body they serve
_TERM_BEFORE = re.compile(r"第[一二三四五六七八九十百0-9]+届$")
_POST_ENDS = ("、", ",", "，", "。", ";", "；", "\n", "")  # what ends a post listed after a comma
_DEPARTMENT = re.compile(r"[\u3400-\u9fff]{0,5}(?:办公室|部|处|科|室)")  # of a federation: 会员部, 经济服务部
_UNKNOWN_BODY = re.compile(r"(?<=、)[\u3400-\u9fff]{1,5}(?:委会|委员会|办公室|办|局|处|中心)$")
_OUTLET_TAIL = re.compile(r"(?:网|客户端|新闻网)?(?:·[\u3400-\u9fff]{1,10})?")  # 香港商报|网, 长城网|·冀云客户端
_SIGNED = re.compile(r"[讯电][(（]$")  # 长城网讯(孙兴兴): the reporter signs the report


@lru_cache(maxsize=1)
def _role_chain_re() -> re.Pattern:
    alts = lexicon.alternation(lexicon.roles())
    # (主席(兼), 副主席(兼职): a post held beside another, marked after the role)
    # (协会|首任|会长: which holder the role's is, no part of it)
    # (主席|(总商会会长)|朱晓红: the federation's role as its chamber of commerce too, group 2)
    return re.compile(rf"(?:原)?(?:首任|新任|现任)?((?:{alts})(?:兼(?:{alts}))*)"
                      rf"(?:\((?:兼|兼职)\)|{CHAMBER_TOO.pattern})?[ \u3000]*$")




_RANK = re.compile(r"^(?:常务|第一|执行|名誉|专职|兼职|荣誉|首席荣誉|永远名誉|创会|首席|轮值)?副?")


def _shared_roles(chain: list) -> list:
    """``chain`` without the roles one person holds at a time (``data/sole_roles.txt``), and the segments left empty."""
    sole = lexicon.words("sole_roles.txt")
    kept = [(org, [r for r in roles if r not in sole]) for org, roles in chain]
    return [(org, roles) for org, roles in kept if roles]


def _org_of_kind(role: str, chain: list) -> Span | None:
    """The organisation of a role in ``chain`` of the kind of ``role`` (会长 for 副会长, not 董事长)."""
    kind = _RANK.sub("", role)
    same = next((org for org, roles in chain if org is not None and any(_RANK.sub("", r) == kind for r in roles)), None)
    if same is None and kind == "秘书长":  # 副主席…,秘书长陈龙: the secretary-general of the federation or chamber before
        same = next((org for org, _ in chain if org is not None and org.label_ in ("Federation", "Chamber")), None)
    if same is None and role.endswith(_RANKS):  # 常务副主席梁艺光,一级巡视员黄卫平: a rank in the body before
        same = next((org for org, _ in chain if org is not None and org.label_ in ("Federation", "GovernmentBody")), None)
    company_roles = lexicon.words("company_roles.txt")
    if same is None and role in company_roles:  # 集团董事长南存辉…,总裁陈国良: an officer of the company before
        same = next((org for org, roles in chain if org is not None and org.label_ == "Company"
                     and any(r in company_roles for r in roles)), None)
    return same


def _list_heading(text: str, pos: int) -> str:
    """The line above a list of roles and names (会长:谢永红\n常务副会长:…) that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not _ROLE_LINE.match(text, prev, start - 1):
            return text[prev:start - 1]
        start = prev
    return ""


class PostReader(ElectionReader):
    """The posts half of :class:`fedgraph.extract.relations.RelationExtractor`.

    Reads the attributes the extractor sets for each document: ``text``,
    ``ents``, ``by_end``, ``by_start``, ``sents`` and ``sent_starts``.
    """

    def _sent(self, doc: Doc, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, char) - 1
        return self.sents[max(i, 0)]

    def _place_before_role(self, role: str, person: int) -> Span | None:
        """The place named right before ``role``, in the chain that ends at ``person`` (从化区|副区长|刘晓明)."""
        at = self.text.rfind(role, max(0, person - 30), person)
        if self.text.endswith("特区", 0, at):
            at -= 2  # 香港|特区|行政长官: the region named short, with the word for its kind
        ent = self.by_end.get(at) if at > 0 else None
        return ent if ent is not None and ent.label_ == "Place" else None

    def _org_ending_at(self, pos: int) -> Span | None:
        ent = self.by_end.get(pos)
        return ent if ent is not None and ent.label_ in ORG_TYPES else None

    def _department_before(self, pos: int) -> tuple[Span, str] | None:
        """An organisation's department ending at ``pos``, and its name (市工商联|办公室|主任, 湖南日报社|经济部|
        主任, 比亚迪股份有限公司|品牌及公关处|总经理), or a government office's division (省统计局|综合处|处长,
        深圳海关|综合业务处|处长; a Party committee's offices are bodies of their own)."""
        for k in range(2, 9):
            org = self.by_end.get(pos - k)
            if org is not None and _DEPARTMENT.fullmatch(self.text, pos - k, pos) and (
                    org.label_ in ("Federation", "Chamber", "Company", "Organization")
                    or org.label_ == "GovernmentBody" and self.text[pos - 1] in "处科"
                    and org.text.endswith(("局", "厅", "海关", "委", "署"))):
                return org, self.text[pos - k:pos]
        return None

    def _chain(self, start: int) -> tuple[list[tuple[Span | None, list[str]]], int]:
        """The ``[organisation] role`` segments that end at ``start``, and where they begin."""
        segments: list[tuple[Span | None, list[str]]] = []
        pos = start
        while pos > 0:
            m = _role_chain_re().search(self.text[max(0, pos - 24):pos])
            if not m:
                break
            role_start = pos - len(m.group(0))
            # …有限责任公司|原董事长丁雄军: a post held before, which the chain spans but no post is read from
            roles = [] if m.group(0).startswith("原") else m.group(1).split("兼") + ([m.group(2)] if m.group(2) else [])
            org = self._org_ending_at(role_start)
            if org is None and self.text[role_start - 1:role_start] == "的":
                org = self._org_ending_at(role_start - 1)  # 贵州宏远建设集团有限公司|的|董事长
            if org is None and (department := self._department_before(role_start)):
                org, name = department  # 市工商联|办公室主任: a post in the federation, named with its department
                roles, role_start = [name + r for r in roles], org.end_char
            committee = COMMITTEE.search(self.text, max(0, role_start - 12), role_start) if org is None else None
            if committee is not None:  # 成都市温州商会|第三届理事会|会长: the post is in the chamber
                org = self._org_ending_at(committee.start())
            # 中共中央政治局|常委 rather than 中共中央|政治局常委: the longest organisation wins
            first = roles[0] if roles else ""
            for k in range(1, len(first)):
                longer = self._org_ending_at(role_start + k)
                if first[k:] in lexicon.roles() and longer is not None and (org is None or longer.start_char <= org.start_char):
                    org, roles, role_start = longer, [first[k:], *roles[1:]], role_start + k
                    break
            segments.insert(0, (org, roles))
            pos = org.start_char if org is not None else role_start
            if self.text[pos - 1:pos] != "、":
                unknown = _UNKNOWN_BODY.search(self.text, max(0, pos - 8), pos) if org is None else None
                if unknown is None:
                    break
                # 党工委委员、管委会副主任: a body not recognised cuts no chain, its roles go nowhere
                segments[0] = (None, [])
                pos = unknown.start()
            pos -= 1
        return segments, pos

    def _chain_through(self, span: tuple[int, int]) -> tuple[list[tuple[Span | None, list[str]]], int]:
        """The chains of the posts in ``span``, one after another past commas (王建华,…有限公司董事长,|
        慈溪市工商联副主席。: each post), and where they begin."""
        return self._past_commas(*self._chain(span[1]), floor=span[0])

    def _past_commas(self, chain: list, begin: int, floor: int = 0, clause: bool = False) -> tuple[list, int]:
        """``chain`` (beginning at ``begin``) with the chains before it past commas, down to ``floor``;
        ``clause``: only where such a chain opens its clause (市委副书记、市长,|市工商联名誉主席张国华)."""
        while chain:
            term = _TERM_BEFORE.search(self.text, max(floor, begin - 8), begin)
            at = term.start() if term else begin  # …董事长,|第十三届|全国政协委员: the term the post is in
            if not (at - 1 > floor and self.text[at - 1] in ",，"):
                break
            more, before = self._chain(at - 1)
            if not more or clause and self.text[before - 1:before] not in _CLAUSE_OPENERS:
                break
            chain, begin = more + chain, before
        return chain, begin

    def posts(self, doc: Doc):
        """Who holds which role where; a role no Party unit has is in the organisation whose unit it is."""
        for rel in self._posts(doc):
            org = self.by_start.get(rel.object[0]) if rel.object else None
            if org is not None and org.end_char == rel.object[1]:
                rel.object = span_of(self._unit_owner(org, rel.role))
            yield rel

    def _posts(self, doc: Doc):
        persons = [e for e in self.ents if e.label_ == "Person"]
        chains: dict[int, list] = {}
        last_orgs: dict[int, Span] = {}
        for p in persons:
            chain, begin = self._chain(p.start_char)
            if not chain and self.text[p.start_char - 1:p.start_char] in ("的", " ", "\u3000", "/"):
                # 当选贵州省浙江商会会长|的|徐振宇; (…眼镜商会会长| |陈海燕, 记者|/|陈晓): a space or slash set between
                chain, begin = self._chain(p.start_char - 1)
            chain, begin = self._past_commas(chain, begin, clause=True)  # 市委副书记、市长,|市工商联名誉主席张国华
            if chain and chain[0][0] is None and self.text[begin - 1:begin] in (" ", "\u3000") and \
                    (spaced := self._org_ending_at(begin - 1)) is not None:
                chain = [(spaced, chain[0][1]), *chain[1:]]  # (余杭区融媒体中心| |记者 陈浩): a byline's spaced parts
            bracket = paren_role_re().match(self.text, p.end_char)
            bracketed = not chain and bracket is not None  # the person's only posts are in brackets after
            shared = None  # how many of the chain's segments the people enumerated after share (None: all)
            if bracketed:  # 王建军(成都市工商联副主席): the chain inside the brackets
                chain, begin = self._chain(bracket.end(1))
                shared = 0  # (王宏伟(…总经理)、宋敏(女)、赵海波: the brackets' posts are his alone)
                if len(chain) == 1 and chain[0][0] is None and chain[0][1] and \
                        all(CHAMBER_ROLE.fullmatch(r) for r in chain[0][1]):
                    # 领导班子:陈国平(会长)、林晓东(执行会长): the chamber the sentence names before
                    chamber = self._last_before(p.start_char, ("Chamber",), inner=True)
                    if chamber is not None and chamber.start_char >= self._sent(doc, p.start_char)[0]:
                        chain = [(chamber, chain[0][1])]
            elif chain and bracket:  # 电子商务协会会长周杰|(成都聚美优选科技有限公司总经理): a post of each
                shared = len(chain)
                chain = chain + [seg for seg in self._chain(bracket.end(1))[0] if seg[0] is not None]
            if line := line_post(self.text, p.start_char, p.end_char):
                chain, begin = self._chain_through(line)  # a list's line, 王振华 常州天合光能有限公司董事长: the rest
                shared = None
            elif current := current_posts(self.text, p.end_char):
                shared = len(chain) if shared is None else shared
                chain = chain + self._chain_through(current)[0]  # 创始人夏志生,现任|公司董事长、…副主席。
            own = chain if bracketed else []  # (会长:欧阳建国|(广东美的集团股份有限公司副总裁))
            if (not chain or own) and (listed := role_colon(self.text, p.start_char)):
                org = self._last_before(listed[1], ("Federation", "Chamber"), inner=True)  # 副主席:王建华, under the heading
                if all(CHAMBER_ROLE.fullmatch(r) for r in listed[0]) and \
                        _CHAMBER_HEADING.search(_list_heading(self.text, listed[1])):
                    org = self._last_before(listed[1], ("Chamber",), inner=True) or org  # 新一届商会领导班子名单如下:
                chain, begin = ([(org, listed[0])] + own, listed[1]) if org is not None else (chain, begin)
                shared = 1 if org is not None else shared
            enumerated = None  # 副会长林海、黄晓东: the person whose chain this one shares
            if not chain:
                prev = self.by_end.get(p.start_char - 1) or self._prev_spaced(p.start_char) \
                    or self._prev_aside(p.start_char)
                if prev is not None and prev.label_ == "Person" and self.text[p.start_char - 1] in "、 \u3000":
                    # (会长李明、王红当选副主席: no second holder of a role one person holds)
                    chain, enumerated = _shared_roles(chains.get(prev.start_char, [])), prev
            if not chain and _SIGNED.search(self.text, max(0, p.start_char - 2), p.start_char):
                outlet = self._dateline_org(p.start_char)
                if outlet is not None:
                    chain = [(outlet, ["记者"])]  # the one who signs a dateline's report is its reporter
            sent = self._sent(doc, p.start_char)
            last_org = None
            # 县工商联主席张健、副主席汪学科: a chain with no organisation of its own takes
            # the one of the person enumerated just before it
            before = self.by_end.get(begin) if self.text[begin:begin + 1] == "、" else None
            if chain and chain[0][0] is not None:
                before = None
            if before is not None and before.label_ == "Person":
                last_org = last_orgs.get(before.start_char)
            elif enumerated is not None and chain and chain[0][0] is None:
                last_org = last_orgs.get(enumerated.start_char)
            elif (self.text[begin - 1:begin] == "," or begin == sent[0] > 0) and chain and chain[0][0] is None \
                    and chain[0][1]:
                # 会长陈志强,副会长林海: after a comma, the organisation of a role of the same kind
                # that the person named last in the sentence holds (…主席赵明主持会议,副主席钱红…), or in the
                # sentence before, for a sentence opening with the role (…常务副主席韩冬梅主持。|党组成员、副主席郑国庆…)
                prev = self._last_before(begin, ("Person",))
                if prev is not None and prev.start_char >= (sent[0] if begin > sent[0] else self._sent(doc, begin - 1)[0]):
                    roles = [r for org, rs in chain if org is None for r in rs]
                    before = chains.get(prev.start_char, [])
                    last_org = next((o for r in roles if (o := _org_of_kind(r, before))), None)
                    if last_org is None and roles and all(CHAMBER_ROLE.fullmatch(r) for r in roles):
                        # 执行会长…李荣杰,监事长王敏: another officer of the chamber the one before serves
                        last_org = next((o for o, rs in before if o is not None and o.label_ == "Chamber"
                                         and any(CHAMBER_ROLE.fullmatch(r) for r in rs)), None)
                    if last_org is None and roles and all(CHAMBER_ROLE.fullmatch(r) for r in roles) and \
                            "总商会" in self.text and ((chamber := self._last_before(begin, ("Chamber",))) is None
                                                       or chamber.start_char < sent[0]):
                        # …工商联(总商会)…常务副主席何建坤,副会长黄海: the federation is the chamber of commerce too
                        last_org = next((o for o, rs in before if o is not None and o.label_ == "Federation"), None)
            if last_org is None and chain and chain[0][0] is None and chain[0][1] and \
                    all(r in lexicon.words("company_roles.txt") for r in chain[0][1]):
                # 在人民电器集团,董事局主席郑元豹介绍: the company the sentence opens in
                opening = _IN_COMPANY.match(self.text, sent[0])
                company = self.by_start.get(opening.end()) if opening else None
                if company is not None and company.label_ == "Company" and \
                        self.text[company.end_char:company.end_char + 1] in ",，" and company.end_char + 1 == begin:
                    last_org = company
            if last_org is None and chain and chain[0][0] is None and all(CHAMBER_ROLE.fullmatch(r) for r in chain[0][1]):
                # 。新一届会长马有礼: the chamber named before; …商会召开会议,会长叶建荣主持: the one the sentence names
                opens = _OPENS_CLAUSE.search(self.text, max(0, begin - 16), begin)
                if opens or self.text[begin - 1:begin] == ",":
                    last_org = self._last_before(begin, ("Chamber",), inner=True)
                    if not opens and last_org is not None and last_org.start_char < sent[0]:
                        last_org = None
            effective = []  # the chain with the organisation each role is in: for the people named after
            for org, roles in chain:
                effective.append((org if org is not None or any(lexicon.roles().get(r) for r in roles) else last_org, roles))
                for role in roles:
                    implied = lexicon.roles().get(role, "")
                    if org is None and implied == "{dateline}":
                        org, implied = self._dateline_org(p.start_char), ""
                    if org is not None:
                        yield Relation("post", span_of(p), span_of(org), sent, role=role)
                    elif implied:
                        # 从化区|副区长: that place's body; 永安市委副书记、|市长: the place of the body before
                        place = self._place_before_role(role, p.start_char) or (
                            last_org if last_org is not None and last_org.label_ == "GovernmentBody" else None)
                        yield Relation("post", span_of(p), None, sent, role=role, implied_org=implied,
                                       extra={"place": span_of(place)} if place is not None else {})
                    elif last_org is not None:
                        yield Relation("post", span_of(p), span_of(last_org), sent, role=role)
                if org is not None:
                    last_org = org
            chains[p.start_char] = effective if shared is None else effective[:shared]
            if last_org is not None:
                last_orgs[p.start_char] = last_org
            yield from self._elected(p, sent)
            yield from self._taken_by(p, sent, begin)
            # organisation, person, role: 通威集团董事局刘汉元主席
            after = role_after_re().match(self.text[p.end_char:p.end_char + 12])
            if after and not chain:
                for gap in range(0, 5):
                    org = self._org_ending_at(p.start_char - gap)
                    if org is not None:
                        between = self.text[p.start_char - gap:p.start_char]
                        if re.fullmatch(r"[\u3400-\u9fff]*", between):
                            for role in after.group(1).split("兼"):
                                yield Relation("post", span_of(p), span_of(org), sent, role=between + role if between and role == "主席" else role)
                            # 全国政协常委、民建中央常委、通威集团董事局刘汉元主席: the chain before
                            if self.text[org.start_char - 1:org.start_char] == "、":
                                earlier, _ = self._chain(org.start_char - 1)
                                for seg_org, roles in earlier:
                                    for role in roles:
                                        if seg_org is not None:
                                            yield Relation("post", span_of(p), span_of(seg_org), sent, role=role)
                        break
                else:
                    yield from self._titled_after(p, after.group(1), sent)
        yield from self._elected_later(doc)

    def _titled_after(self, p: Span, role: str, sent: tuple[int, int]):
        """A chamber's role written after the name that opens a sentence or clause, no organisation
        named with it (。王建国会长在致辞中表示): the chamber named last before."""
        if not CHAMBER_ROLE.fullmatch(role) or self.text.startswith("单位", p.end_char + len(role)):
            return  # (王建国会长单位: a grade of member)
        if not _OPENS_CLAUSE.search(self.text, max(0, p.start_char - 16), p.start_char) \
                and self.text[p.start_char - 1:p.start_char] not in (",", "，"):
            return
        org = self._last_before(p.start_char, ("Chamber",), inner=True)
        if org is not None:
            yield Relation("post", span_of(p), span_of(org), sent, role=role)

    def current_posts(self, doc: Doc):
        """``person …现任 organisation role、organisation role``: a profile's posts, for the person it is about.

        张雪峰,男,1972年生,现任山东鲁花集团有限公司总经理、山东省工商联常委; the posts may
        be separated by commas too (…董事长,湖北省工商联常委,仙桃市工商联副主席), each naming its
        organisation and ending its clause.  ``person 是 organisation role`` (林兴华是…,也是成都市温州商会会长、
        四川兴华置业有限公司董事长) right after the name, or after a comma in a sentence the person opens.
        """
        cues = [(m.start(), m.end(), "") for m in _CURRENT.finditer(self.text)]
        for m in _IS.finditer(self.text):  # (是 is everywhere: read only right after a name, or 也是 after a comma)
            adverb = _IS_ADVERB.search(self.text, max(0, m.start() - 4), m.start())
            start = adverb.start() if adverb else m.start()
            if start in self.by_end or self.text[start - 1:start] in (",", "，"):
                cues.append((start, m.end(), self.text[start:m.end()]))  # 是, or 也是 with its adverb
        for p in self.ents:  # (韦国强,广西玉林商会会长、…董事长): a note in brackets on who spoke
            if p.label_ == "Person" and self.text[p.start_char - 1:p.start_char] in ("(", "（") \
                    and self.text[p.end_char:p.end_char + 1] in (",", "，"):
                cues.append((p.end_char + 1, p.end_char + 1, ","))
        for start, end, told in cues:
            sent = self._sent(doc, start)
            person = self._last_before(start, ("Person",))
            if person is not None and person.start_char < sent[0]:
                person = None
            if told and (person is None or not (person.end_char == start or self.text[start - 1] in ",，" and (
                    person is self._opening(sent) and len(told) > 1
                    or self._last_before(start, _NAMED) is person and start - person.end_char <= 16))):
                # 林兴华是…: right after the name; …,也是… in a sentence the person opens;
                # 董事长徐立民今年58岁,|是…: after a comma, with nothing named since the person
                continue
            if person is None and sent[0] > 0 and not self.text[sent[0]:start].strip():
                # 刘海涛,1978年出生,江西于都人。|现任…: the person the sentence before opens with
                person = self._opening(self._sent(doc, sent[0] - 1))
                person = person if person is not None and person.label_ == "Person" else None
            if person is None:
                continue
            pos, org, after_comma = end, None, False
            while True:
                ent = self.by_start.get(pos)
                if ent is not None and ent.label_ in ORG_TYPES:
                    org, pos = ent, ent.end_char
                    if self.text[pos:pos + 1] == "的" and role_after_re().match(self.text[pos + 1:pos + 13]):
                        pos += 1  # 是贵州宏远建设集团有限公司|的|董事长
                elif after_comma:
                    break  # after a comma, each post names its organisation
                role = role_after_re().match(self.text[pos:pos + 12])
                if org is None or not role:
                    break
                pos += len(role.group(1))
                if after_comma and self.text[pos:pos + 1] not in _POST_ENDS:
                    break  # ,乙公司总经理张三出席: the next clause's subject, not another post
                for r in role.group(1).split("兼"):
                    yield Relation("post", span_of(person), span_of(org), sent, role=r)
                after_comma = self.text[pos:pos + 1] in ",，"
                if self.text[pos:pos + 1] not in "、,，":
                    break
                pos += 1

    def _opening(self, sent: tuple[int, int]) -> Span | None:
        """The entity ``sent`` opens with, after any spaces."""
        text = self.text[sent[0]:sent[1]]
        return self.by_start.get(sent[0] + len(text) - len(text.lstrip()))

    def _unit_owner(self, org: Span, role: str) -> Span:
        """The organisation whose Party unit ``org`` is, for a role no Party unit has (区工商联机关党支部书记、
        |副主席李艳: the federation's vice-chair); else ``org``."""
        if role in _PARTY_ROLES or not org.text.endswith(PARTY_UNITS):
            return org
        return next((e for e in self.inner if e.start_char == org.start_char and e.end_char < org.end_char), org)

    def _last_before(self, pos: int, types: tuple[str, ...], inner: bool = False) -> Span | None:
        """The entity of one of ``types`` named last before ``pos`` (``inner``: or inside an event's name)."""
        found = None
        for ent in self.ents:
            if ent.end_char > pos:
                break
            if ent.label_ in types:
                found = ent
        for ent in self.inner if inner else ():
            if ent.end_char <= pos and ent.label_ in types and (found is None or ent.end_char > found.end_char):
                found = ent
        return found

    def _dateline_org(self, pos: int) -> Span | None:
        """The news outlet of a dateline shortly before ``pos`` (【香港商报网讯】记者…, 长城网·冀云客户端讯(…)."""
        found = None
        for m in _DATELINE.finditer(self.text, max(0, pos - 40), pos):
            for ent in self.ents:  # the first outlet the dateline names
                if ent.label_ in ORG_TYPES and m.start() - 20 <= ent.end_char <= m.start() and \
                        _OUTLET_TAIL.fullmatch(self.text, ent.end_char, m.start()):
                    found = ent
                    break
        return found

    def _prev_aside(self, pos: int) -> Span | None:
        """The name before ``(…)、`` (or spaces) and ``pos``: 王建华(兼职)、|刘晓梅, 李红梅(女)　|赵宏伟,
        谭丽娟(…有限公司总经理)、|吴秀英."""
        i = pos - 1 if self.text[pos - 1:pos] == "、" else pos
        while i > 0 and self.text[i - 1] in " \u3000" and i > pos - 4:
            i -= 1
        if i == pos or self.text[i - 1:i] != ")":
            return None
        opening = self.text.rfind("(", max(0, i - 42), i - 1)
        return self.by_end.get(opening) if opening >= 0 and NOTE.fullmatch(self.text, opening, i) else None

    def _prev_spaced(self, pos: int) -> Span | None:
        i = pos
        while i > 0 and self.text[i - 1] in " \u3000":
            i -= 1
        return self.by_end.get(i) if i < pos else None
