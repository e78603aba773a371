"""``fedgraph_relations``: posts, awards and the links between bodies and events.

- **post**: read by :class:`fedgraph.extract.posts.PostReader` (role chains before a
  person, elections, appointments, brackets, profiles).
- **award**: each award span with the entities right before its verb, through
  enumerations and ``等N家企业``.
- **guidedBy**: 在X和Y的领导/指导下 beside a federation.
- **organizedBy / participatedIn**: subject, verb (``data/relation_verbs.tsv``)
  and an event or programme later in the same clause; and 由 hosts (共同) verb 的
  event (由全国工商联和浙江省人民政府共同主办的…论坛).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from fedgraph.extract import lexicon
from fedgraph.extract.awards import OPENING, WHEN
from fedgraph.extract.extensions import ORG_TYPES, Relation, ensure, span_of
from fedgraph.extract.names import PARTY_UNITS, YEAR, is_place_word
from fedgraph.extract.persons import PROFILE_FACTS
from fedgraph.extract.posts import PostReader


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern:
    """What counts the recipients named before it: 等15个集体, 等20名个人, 等, 等企业 (data/group_nouns.tsv)."""
    nouns = lexicon.alternation(noun for noun, _ in lexicon.rows("group_nouns.tsv"))
    return re.compile(rf"等?[0-9一二三四五六七八九十百余多]+[家个名所项位批款人][\u3400-\u9fff]{{0,8}}$|等(?:{nouns})?$")


_WHEN = re.compile(WHEN + "$")
# a verb of being listed that ends its clause: the list was named before (发布“…500强”榜单，A、B等3家企业上榜)
_LISTED = re.compile(r"(?:上榜|榜上有名|入围|入选|名列其中|获奖|获评|获此殊荣|获此荣誉|获此称号|受到表彰|获表彰|获得表彰"
                     r"|(?:位居|位列|分列|名列|排名|排在)(?P<which>[\u3400-\u9fff0-9]{2,24}?强)?"
                     r"(?:榜首|首位|前[0-9一二三四五六七八九十]+(?:名|位)?"
                     r"|第[0-9一二三四五六七八九十百]+(?:名|位)?(?:[和、]第?[0-9一二三四五六七八九十百]+(?:名|位)?)*))"
                     r"(?=[,，。;；!?！？\n]|$)")
_FORMERLY = re.compile(r"(?:曾|曾经|先后|还|多次)?")  # (。|曾|获…: a sentence opened by the award verb)
_PROFILE_AFTER = re.compile(PROFILE_FACTS)  # (陈加斌|,1968年出生)
_POSITION = re.compile(r"榜首|首位|第[0-9一二三四五六七八九十百]")  # (位居|榜首, 分列|第二、三位)
_RANKING_END = re.compile(r"强”?$")  # (…民营企业100强, “…500强”)
_HOSTED_BY = re.compile(r"由")
_UNIT = re.compile(r"[\u3400-\u9fff]{1,4}?(?:部|办公室|处)(?=[、和与及]|等?(?:共同|联合)?[\u3400-\u9fff]{2}(?![的\u3400-\u9fff]))")
# (…论坛在黄岩举行。|论坛|由…, 。本届|湘商大会|由…: the event named before, by its kind or its name's end)
_BACK_REFERENCE = re.compile(r"(?:^|[。\n])(?:本次|此次|本届|该)?([\u3400-\u9fff]{0,4}?(?:论坛|大会|峰会|博览会|研讨会|培训班|活动))$")
_HOSTED_AFTER = re.compile(r"等?(?:共同|联合)?([\u3400-\u9fff]{2})(?![的\u3400-\u9fff])")  # …由X、Y联合|主办。
_LIST_REFERENCE = re.compile(r"[榜名]单|入围|入选|上榜")  # a sentence that speaks of the list without naming it
_OPENING = re.compile(OPENING)  # a time or a source before a sentence's subject
_HOSTING = re.compile(r"等?(?:共同|联合)?([\u3400-\u9fff]{2})的")  # (商务部、陕西省人民政府|等共同|主办的)
# 授予…李平等30人荣誉称号: an honour conferred on those named, its name said before
_CONFERRED = re.compile(r"授予([^。;；\n“”]{2,80}?)(?=(?:等[0-9一二三四五六七八九十百]+[名人位个家])?(?:荣誉)?称号(?!的))")
_LEADS = re.compile(r"组织|带领|率领|率")  # who leads others on a trip (市工商联|组织|会员企业赴…)
# 市工商联|(还)联合|市经信局举办: both organise
_JOINED = re.compile(r"(?:(?:还|也|又|再次|首次)?(?:联合|会同|携手)|、|和|与|及)$")
_AWARDED_KINDS = (("工商联", "Federation"), ("商会", "Chamber"))  # an award named after the kind it is for
#: what a ranking went by, between its recipient and its verb (以5221.6亿元的营业收入|位居…)
_MEASURE = re.compile(r"以[^,，。;；、“”]{1,24}?(?:收入|营收|得分|成绩|规模|总额|总分|产值|业绩|税收)"
                      r"(?:[0-9.]+(?:万|亿|万亿)?元?)?$")  # (以营业收入|1560亿元|位居榜首)
_BELOW = re.compile(r"以下|下列")  # 认定以下商会为…: the recipients are listed below the award
# (…为第二批市级“五好”商会。|现将名单公布如下:: the list in the next sentence, its items below)
_LIST_NAMED_NEXT = re.compile(r"(?:称号)?。现将[^。\n:：]{0,10}?名单(?:予以)?(?:公布|公示|通报)如下[:：][ \u3000]*\n")
# (…为2024年度全省“四好”商会,现予以公示:, 称号:)
_LIST_OPENS = re.compile(r"(?:称号)?(?:[,，]现?予以(?:公示|公布|通报)|[,，]?现?(?:公示|公布|通报)如下)?[:：][ \u3000]*\n")
_PART = re.compile(r"(?:^|\n)[ \u3000]*[一二三四五六七八九十]{1,3}、$")  # a numbered part's heading opens
_PART_ENDS = re.compile(r"(?:\([0-9一二三四五六七八九十百]+[个名家位]\))?[ \u3000]*\n")
# …评选结果(日前)揭晓。他们是(按姓氏笔画排序):\n: the results of a selection, listed below
_RESULTS = re.compile(r"评[选比]结果[^。\n:：]{0,10}(?:揭晓|公布|出炉)[。,，]?(?:他们是|名单如下|获奖名单如下|如下)"
                      r"(?:\([^()\n]{0,12}\))?[:：][ \u3000]*\n")
_TITLE_ENDS = re.compile(r"名单[ \u3000]*\n")  # …名单, a list's title, ends its line
_HOLDERS_AFTER = re.compile(r"(?:荣誉称号|称号)的")  # 获得“…”称号的|A、B: who holds it, named after it
_TOGETHER = re.compile(r"(?:联合|共同)$")
_GUIDED = re.compile(r"在([^在,，。;；]{2,40}?)的[\u3400-\u9fff]{0,4}?(?:领导|指导)下")


def _names_more(prefix: str) -> bool:
    """Whether a ranking's name says more than its year and place before ``prefix`` ends (制造业 does)."""
    rest = YEAR.sub("", prefix)
    return bool(rest) and not is_place_word(rest)


@lru_cache(maxsize=1)
def _departures() -> tuple[str, ...]:
    """``data/departure_verbs.txt``: the verbs of a trip (赴, 走进), whose destination hosts nothing."""
    return tuple(lexicon.words("departure_verbs.txt"))


@lru_cache(maxsize=1)
def _adverb_before() -> re.Pattern:
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('person_cue_adverbs.txt'))})$")


@lru_cache(maxsize=1)
def _verbs() -> tuple[dict[str, str], re.Pattern]:
    verbs = {row[0]: row[1] for row in lexicon.rows("relation_verbs.tsv")}
    return verbs, re.compile(lexicon.alternation(verbs))


def _fits_kind(award: str, recipients: list[Span]) -> bool:
    """Whether an honour's name ends with the kind of all ``recipients`` (…突出贡献企业 for companies,
    …优秀民营企业家 for people)."""
    name, kinds = award.rstrip("”"), _honour_kinds()
    if all(r.label_ == "Person" for r in recipients):
        return name.endswith(kinds["person"])
    return all(r.label_ in ORG_TYPES for r in recipients) and name.endswith(kinds["organisation"])


@lru_cache(maxsize=1)
def _honour_kinds() -> dict[str, tuple[str, ...]]:
    """``data/honour_kinds.tsv``: how the names of honours for people and for organisations end."""
    return {whom: tuple(endings.split()) for whom, endings in lexicon.rows("honour_kinds.tsv")}


class RelationExtractor(PostReader):
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        self.text = doc._.fg_text
        self.ents = list(doc.ents)  # doc.ents walks every token: read it once
        self.by_end = {e.end_char: e for e in self.ents}
        self.by_start = {e.start_char: e for e in self.ents}
        inner = (doc.char_span(s, e, label=t) for s, e, t in doc._.fg_inner or ())
        self.inner = [span for span in inner if span is not None]  # 南通市家纺行业协会|第四届会员大会
        self.sents = doc._.fg_sentences or [(0, len(doc._.fg_text))]
        self.sent_starts = [s for s, _ in self.sents]
        rels = doc._.fg_relations
        rels.extend(self.posts(doc))
        rels.extend(self.current_posts(doc))
        rels.extend(self.listed_appointees(doc))
        rels.extend(self.awards(doc))
        rels.extend(self.listed(doc))
        rels.extend(self.conferred(doc))
        rels.extend(self.guided(doc))
        rels.extend(self.event_links(doc))
        return doc

    # -- awards -----------------------------------------------------------
    def awards(self, doc: Doc):
        shared = Counter(hit.trigger for hit in doc._.fg_award_hits)
        for hit in doc._.fg_award_hits:
            award = self.by_start.get(hit.start)
            if award is None or award.label_ != "Award" or award.end_char != hit.end:
                continue
            sent = self._sent(doc, hit.start)
            if _BELOW.search(self.text, hit.trigger, hit.start) and (colon := _LIST_OPENS.match(self.text, hit.end)) \
                    or (colon := _LIST_NAMED_NEXT.match(self.text, hit.end)):
                # 认定以下商会为…:, 授予以下12家商会“…”称号:, then 1.杭州市温州商会 a line
                for rec in self._listed_below(colon.end(), (*ORG_TYPES, "Person")):
                    yield Relation("award", span_of(rec), span_of(award), self._sent(doc, rec.start_char))
                continue
            if hit.trigger == hit.start and _PART.search(self.text, max(0, hit.start - 6), hit.start) and \
                    (heading := _PART_ENDS.match(self.text, hit.end)):
                # 一、先进集体(5个)\n城关镇商会、太平镇商会…: the honour of this part of the notice, its holders below
                for rec in self._listed_below(heading.end(), (*ORG_TYPES, "Person"), part=True):
                    yield Relation("award", span_of(rec), span_of(award), self._sent(doc, rec.start_char))
                continue
            if hit.trigger == hit.start and (results := _RESULTS.match(self.text, hit.end)):
                # “十佳民营企业家”评选结果揭晓。他们是(…):\n王志刚 …董事长: the honour's holders below
                for rec in self._listed_below(results.end(), ("Person", *ORG_TYPES)):
                    yield Relation("award", span_of(rec), span_of(award), self._sent(doc, rec.start_char))
                continue
            if hit.trigger == hit.start and (title := _TITLE_ENDS.match(self.text, hit.end)):
                # …“四好”商会名单\n1.赣州市南康区家具协会\n2.…: a list's title, its items below
                for rec in self._listed_below(title.end(), (*ORG_TYPES, "Person")):
                    yield Relation("award", span_of(rec), span_of(award), self._sent(doc, rec.start_char))
                continue
            if (holding := _HOLDERS_AFTER.match(self.text, hit.end)) and (holders := self._listed_from(holding.end())):
                # 为获得“全国‘五好’县级工商联”称号的|A、B、C授牌: the holders after the honour
                for rec in holders:
                    yield Relation("award", span_of(rec), span_of(award), sent)
                continue
            if hit.recipient_end is not None:
                rec = self.by_end.get(hit.recipient_end)
                if rec is not None and rec.label_ != "Award":
                    yield Relation("award", span_of(rec), span_of(award), sent)
                elif rec is None:  # 授予李书福等50人“…”称号
                    for rec in self._recipients(hit.recipient_end):
                        yield Relation("award", span_of(rec), span_of(award), sent)
                continue
            # (a ranking named with no verb, …介绍,|上海民营企业100强入围门槛为…, goes to no sentence's subject)
            recipients = self._recipients(hit.trigger) \
                or (self._subject(sent, hit.trigger) if hit.trigger != hit.start else []) \
                or self._profiled(doc, sent, hit.trigger)
            kind = next((t for end, t in _AWARDED_KINDS if award.text.endswith(end)), None)
            if shared[hit.trigger] > 1 and kind and any(r.label_ == kind for r in recipients):
                # A商会、B县工商联获评“四好”商会和“五好”县级工商联: each the award for its kind
                recipients = [r for r in recipients if r.label_ == kind]
            for rec in recipients:
                yield Relation("award", span_of(rec), span_of(award), sent)

    def listed(self, doc: Doc):
        """``A、B等3家企业上榜``: the recipients of the ranking named before them, in the sentence or the one before."""
        for m in _LISTED.finditer(self.text):
            sent = self._sent(doc, m.start())
            recipients = self._recipients(m.start()) or self._said_to_be(sent, m.start())
            if not recipients:
                continue
            earlier = self._sent_before(doc, sent)  # 其中,A、B榜上有名: the list named in the sentence before
            if _LIST_REFERENCE.search(self.text, earlier[0], earlier[1]) and not any(
                    e.label_ == "Award" and earlier[0] <= e.start_char < recipients[-1].start_char for e in self.ents):
                earlier = self._sent_before(doc, earlier)  # …出席发布会并发布榜单。: the one before names it
            named = [e for e in self.ents if e.label_ == "Award" and earlier[0] <= e.start_char and (
                e.end_char <= recipients[-1].start_char or m.group("which") and e.end_char <= m.end())]
            if m.group("which"):  # 位居民营企业100强前三位: of the rankings named, the one it names
                which = m.group("which")
                named = sorted((e for e in named if e.text.rstrip("”").endswith(which)),  # (“…100强”)
                               key=lambda e: not _names_more(e.text.rstrip("”")[:-len(which)]))
            if not named and _POSITION.search(m.group()):  # …分列第四、第五位: on the ranking the article named first
                named = [e for e in self.ents if e.label_ == "Award" and e.end_char <= recipients[0].start_char
                         and _RANKING_END.search(e.text)][:1]
            fitting = [e for e in named if _fits_kind(e.text, recipients)]
            # (…企业 for companies, …企业家 for people); a place on a ranking is on the first of those named,
            # the one the article is about (发布了“…100强”“…制造业50强”两个榜单。A位居榜首), a list joined on
            # the one named last
            nearest = 0 if _POSITION.search(m.group()) else -1
            award = (fitting or named)[nearest] if named else None
            for rec in recipients if award is not None else ():
                yield Relation("award", span_of(rec), span_of(award), sent)

    def conferred(self, doc: Doc):
        """``授予A、B等30人荣誉称号``: the honour named just before (表彰了…建设者,|授予…荣誉称号), unnamed here,
        goes to those named."""
        for m in _CONFERRED.finditer(self.text):
            sent = self._sent(doc, m.start())
            earlier = self._sent_before(doc, sent)
            award = next((e for e in reversed(self.ents) if e.label_ == "Award" and earlier[0] <= e.start_char
                          and e.end_char <= m.start()), None)
            if award is None:
                continue
            for rec in self._recipients(m.end(1)):
                yield Relation("award", span_of(rec), span_of(award), sent)

    def _said_to_be(self, sent: tuple[int, int], pos: int) -> list[Span]:
        """The organisation a clause right before ``pos`` says something of (…中国华信能源有限公司|是上海
        民营企业中排名最高的,|位列第7): who the verb that opens the next clause is about."""
        if self.text[pos - 1:pos] not in (",", "，"):
            return []
        opening = max(self.text.rfind(c, sent[0], pos - 1) for c in ",，;；")
        said = [e for e in self.ents if max(sent[0], opening) <= e.start_char and e.end_char < pos - 1
                and e.label_ in ORG_TYPES and self.text[e.end_char:e.end_char + 1] == "是"]
        return said[-1:]

    def _sent_before(self, doc: Doc, sent: tuple[int, int]) -> tuple[int, int]:
        """The sentence before ``sent`` with any text in it (``sent`` itself at the start)."""
        earlier = sent
        while earlier[0] > 0 and (earlier == sent or not self.text[earlier[0]:earlier[1]].strip()):
            earlier = self._sent(doc, earlier[0] - 1)
        return earlier

    def _subject(self, sent: tuple[int, int], pos: int) -> list[Span]:
        """The organisation a sentence is about, for an award verb that opens a later clause.

        近年来,晋江市鞋业商会积极参与乡村振兴,|先后获评“…”: the name that opens the
        sentence (after a time) receives.
        """
        at = self._before_verb(pos)
        if self.text[at - 1:at] not in (",", "，"):
            return []
        opening = _OPENING.match(self.text, sent[0])
        first = self.by_start.get(opening.end() if opening else sent[0])
        if first is None or first.label_ not in (*ORG_TYPES, "Person", "Place") or first.end_char >= at:
            return []
        return [first]

    def _profiled(self, doc: Doc, sent: tuple[int, int], pos: int) -> list[Span]:
        """The one a profile is about, for an award verb that opens the sentence after its first
        (人物名片:陈加斌,1968年出生,…。|曾获“…”等荣誉): the name the sentence before opens with."""
        at = self._before_verb(pos)
        if not _FORMERLY.fullmatch(self.text, sent[0], at):
            return []
        earlier = self._sent_before(doc, sent)
        if earlier == sent:
            return []
        first = next((e for e in self.ents if earlier[0] <= e.start_char < earlier[1]), None)
        if first is None or first.label_ != "Person" or first.start_char - earlier[0] > 6 \
                or not _PROFILE_AFTER.match(self.text, first.end_char):
            return []
        return [first]

    def _before_verb(self, pos: int) -> int:
        """Where what stands before an award verb at ``pos`` begins, past an adverb and a time
        (A、B|分别|获得, 该商会|继2021年|获评)."""
        adverb = _adverb_before().search(self.text, max(0, pos - 4), pos)
        pos = adverb.start() if adverb else pos
        when = _WHEN.search(self.text, max(0, pos - 12), pos)
        pos = when.start() if when else pos
        measure = _MEASURE.search(self.text, max(0, pos - 30), pos)  # …有限公司|以5221.6亿元的营业收入|位居…
        return measure.start() if measure else pos

    def _listed_from(self, pos: int) -> list[Span]:
        """The organisations and people named one after another from ``pos`` (A、B和C)."""
        out = []
        while (ent := self.by_start.get(pos)) is not None and ent.label_ in (*ORG_TYPES, "Person"):
            out.append(ent)
            pos = ent.end_char + (self.text[ent.end_char:ent.end_char + 1] in ("、", "和", "与", "及"))
        return out

    def _recipients(self, pos: int) -> list[Span]:
        pos = self._before_verb(pos)
        out = []
        while True:
            # …渭南商会等15个集体、张华等20名个人|受到表彰: each named before what it counts
            group = _group_re().search(self.text[max(0, pos - 30):pos])
            if group:
                pos -= len(group.group())
            while pos > 0 and self.text[pos - 1] in " \u3000":
                pos -= 1
            ent = self.by_end.get(pos)
            if ent is None:  # 晋江市鞋业商会|党委|被…授予: the chamber's Party committee receives for it
                unit = next((u for u in PARTY_UNITS if self.text.endswith(u, 0, pos)), "")
                ent = self._org_ending_at(pos - len(unit)) if unit else None
            if ent is None or ent.label_ in ("Award", "Event"):
                break
            out.append(ent)
            pos = ent.start_char
            if ent.label_ == "Person":  # 传化集团有限公司董事长|徐冠巨: the recipient, named with a post
                chain, begin = self._chain(pos)
                if chain and self.text[begin:begin + 1] == "、":
                    pos = begin  # the chain ran back to the 、 after the recipient before
                    continue
                pos = begin if chain else pos
            if self.text[pos - 1:pos] not in ("、", "和", "与", "及"):
                break
            pos -= 1
        return out

    # -- guidance and events ------------------------------------------------
    def guided(self, doc: Doc):
        for m in _GUIDED.finditer(self.text):
            bodies = [e for e in self.ents if m.start(1) <= e.start_char and e.end_char <= m.end(1)
                      and e.label_ in ("GovernmentBody", "Federation")]
            sent = self._sent(doc, m.start())
            subject = None
            for e in self.ents:
                if e.label_ == "Federation" and sent[0] <= e.start_char and e.end_char <= m.start() and m.start() - e.end_char <= 20:
                    subject = e
            if subject is None:
                continue
            for body in bodies:
                if body.start_char != subject.start_char:
                    yield Relation("guidedBy", span_of(subject), span_of(body), sent)

    def event_links(self, doc: Doc):
        yield from self._hosted(doc)
        verbs, pattern = _verbs()
        for m in pattern.finditer(self.text):
            together = _TOGETHER.search(self.text, max(0, m.start() - 2), m.start())  # 市委统战部、市工商联|联合|召开
            subject = self.by_end.get(together.start() if together else m.start())
            if subject is not None and self.text[subject.start_char - 1:subject.start_char] in ("在", "于"):
                subject = self.by_end.get(subject.start_char - 1)  # 天水市工商联在|清华大学|举办: a venue hosts nothing
            elif subject is not None and (verb := next((v for v in _departures()
                                                        if self.text.endswith(v, 0, subject.start_char)), None)):
                # 市工商联走进|…公司|开展, …机关党委组织党员赴|井冈山干部学院|开展: who goes there, or who sent them
                goes = self.by_end.get(subject.start_char - len(verb))
                subject = goes if goes is not None and goes.label_ in ORG_TYPES else self._leading(subject.start_char)
            if subject is None:
                continue
            kind = verbs[m.group()]
            if kind == "organizedBy" and subject.label_ not in ORG_TYPES:
                continue
            if kind == "participatedIn" and subject.label_ not in ORG_TYPES | {"Person"}:
                continue
            clause = re.search(r"[,，。;；!?\n]", self.text[m.end():])
            limit = m.end() + (clause.start() if clause else len(self.text))
            sent = self._sent(doc, m.start())
            event = next((e for e in self.ents if m.end() <= e.start_char and e.end_char <= limit
                          and e.label_ in ("Event", "Programme")), None)
            for who in self._joined_before(subject) if event is not None else ():
                if kind == "organizedBy":
                    yield Relation("organizedBy", span_of(event), span_of(who), sent)
                else:
                    yield Relation("participatedIn", span_of(who), span_of(event), sent)

    def _leading(self, pos: int) -> Span | None:
        """The organisation that leads people to where ``pos`` is, in the clause before it (市工商联|组织|会员…赴)."""
        clause = max(self.text.rfind(c, 0, pos) for c in "。,，;；!?\n") + 1
        for m in _LEADS.finditer(self.text, clause, pos):
            if (ent := self.by_end.get(m.start())) is not None and ent.label_ in ORG_TYPES:
                return ent
        return None

    def _joined_before(self, subject: Span) -> list[Span]:
        """``subject`` and those it acts together with, named before it (市工商联|联合|市经信局|举办…)."""
        out = [subject]
        while (joined := _JOINED.search(self.text, max(0, out[0].start_char - 4), out[0].start_char)) is not None:
            ent = self.by_end.get(joined.start())
            if ent is None or not (ent.label_ in ORG_TYPES if subject.label_ in ORG_TYPES else ent.label_ == "Person"):
                break
            out.insert(0, ent)
        return out


    def _hosted(self, doc: Doc):
        """由全国工商联和浙江省人民政府共同主办的第五届…论坛, and the event named before
        (“政企会客厅”由区委统战部、区工商联联合主办): each host organised the event."""
        verbs, _ = _verbs()
        for m in _HOSTED_BY.finditer(self.text):
            hosts, pos = self._hosts_at(m.end())
            tail = None
            while hosts:
                # 组织 counts here, not in the table: "X组织企业参加Y" is no organising of Y
                if (tail := _HOSTING.match(self.text, pos)) is not None:
                    if verbs.get(tail.group(1)) != "organizedBy" and tail.group(1) != "组织":
                        tail = None
                    break  # …由X主办的|论坛
                tail = _HOSTED_AFTER.match(self.text, pos)
                if tail is None or verbs.get(tail.group(1)) != "organizedBy":
                    tail = None
                    break
                pos = tail.end()
                more, after = self._hosts_at(pos + 1) if self.text[pos:pos + 1] in (",", "，") else ([], pos)
                if not more:
                    break  # “政企会客厅”由X主办。: the event named before
                hosts.extend(more)  # …由X主办,|Y、Z承办: the hosts of each part
                pos = after
            if tail is None:
                continue
            event = self._named_before(m.start()) if tail.re is _HOSTED_AFTER else self.by_start.get(tail.end())
            if event is not None and event.label_ in ("Event", "Programme"):
                for host in hosts:
                    yield Relation("organizedBy", span_of(event), span_of(host), self._sent(doc, m.start()))

    def _hosts_at(self, pos: int) -> tuple[list[Span], int]:
        """The organisations enumerated from ``pos`` (X、Y和Z), and where they end."""
        hosts = []
        while (ent := self.by_start.get(pos)) is not None and ent.label_ in ORG_TYPES:
            hosts.append(ent)
            pos = ent.end_char
            if ent.label_ in ("Federation", "Chamber") and (unit := _UNIT.match(self.text, pos)):
                pos = unit.end()  # 中华全国工商业联合会|经济部|共同主办: the federation hosts through its department
            if self.text[pos:pos + 1] not in ("、", "和", "与", "及"):
                break
            pos += 1
        return hosts, pos

    def _named_before(self, pos: int) -> Span | None:
        """The event or programme named right before ``pos``, or referred to there by its kind
        (…发展论坛在黄岩举行。|论坛|由…主办): the one of that kind named last."""
        named = self.by_end.get(pos)
        if named is not None:
            return named if named.label_ in ("Event", "Programme") else None
        ref = _BACK_REFERENCE.search(self.text, max(0, pos - 12), pos)
        if ref is None:
            return None
        return next((e for e in reversed(self.ents) if e.end_char <= ref.start(1) and e.label_ == "Event"
                     and e.text.endswith(ref.group(1))), None)


@Language.factory("fedgraph_relations", requires=["doc.ents"], assigns=["doc._.fg_relations"])
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """Read posts, awards, guidance and event links from the entities in context."""
    return RelationExtractor()
