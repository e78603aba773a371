"""Turn one extracted document into resolved entities, mentions and relations.

Offsets here are offsets into the *original* text: the clean text's map is
applied as spans leave the spaCy ``Doc``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.names import PARTY_DEPARTMENTS, ZONE, starts_with_place
from fedgraph.ingest import CleanText, Document
from fedgraph.resolve.divisions import MUNICIPALITIES, Division, divisions
from fedgraph.resolve.entities import ABBR_LEVEL, Entity, Resolver, surface
from fedgraph.resolve.merge import merge_short_forms, merge_variants

ORG_TYPES = ("Federation", "Chamber", "Company", "GovernmentBody", "Organization")
#: a village or community named with its town: the town is a place of its own
# a village named with its town, perhaps after its county (新邵县|严塘镇|白水洞村)
_TOWN_VILLAGE = re.compile(r"(?:[\u3400-\u9fff]{2,8}?[县区市旗](?=[\u3400-\u9fff]{3}))?"
                           r"([\u3400-\u9fff]{1,4}?(?:镇|乡|街道))[\u3400-\u9fff]{1,6}(?:村|社区)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    key: str
    start: int
    end: int
    exact: str
    sentence: int  # index into DocResult.sentences


@dataclass(frozen=True)
class Fact:
    kind: str  # post, award, guidedBy, organizedBy, participatedIn, locatedIn
    subject: str
    object: str
    sentence: int
    role: str = ""


@dataclass
class DocResult:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def _anchor_people(result: DocResult, titles: dict[str, set[str]]) -> None:
    """Key each person by name and evidence: the first organisation they hold a post in.

    Two people with one name are one node only where the evidence says so
    (the same organisation); otherwise the key is tied to this document.
    Across documents, ``fedgraph.resolve.corpus`` joins keys that share an
    organisation.  A full name (three characters or more) with no post but a
    title written beside it (习近平总书记) is keyed by that title, so the same
    name with the same title is one person in every document.
    """
    rekey = {}
    for key, ent in result.entities.items():
        if ent.type != "Person":
            continue
        orgs = sorted(f.object for f in result.facts if f.kind == "post" and f.subject == key)
        if orgs:
            anchor = orgs[0]
        elif len(ent.label) >= 3 and titles.get(key):
            anchor = "title:" + min(titles[key])
        else:
            anchor = "doc:" + result.document.digest[:16]
        rekey[key] = f"{key}@{anchor}"
    _rekey(result, rekey)


def _own_meetings(result: DocResult) -> None:
    """Name a body's own meeting that the text names by its session alone (第二次会员代表大会,
    第三届理事会第五次会议) after the one organisation that holds it, and key it so: the same words
    in another article are another body's meeting.  With no one holder, the key is this document's."""
    rekey = {}
    for key, ent in result.entities.items():
        if ent.type != "Event" or not _OWN_MEETING.fullmatch(ent.label):
            continue
        holders = {f.object for f in result.facts if f.kind == "organizedBy" and f.subject == key}
        if len(holders) == 1 and (holder := result.entities.get(holders.pop())) is not None:
            ent.label = holder.label + ent.label
            ent.names.add(ent.label)
            rekey[key] = f"event/{ent.label}"
        else:
            rekey[key] = f"{key}@doc:{result.document.digest[:16]}"
    _rekey(result, rekey)


def _rekey(result: DocResult, rekey: dict[str, str]) -> None:
    if not rekey:
        return
    for old, new in rekey.items():
        result.entities[new] = result.entities.pop(old)
        result.entities[new].key = new
    result.mentions = [Mention(rekey.get(m.key, m.key), m.start, m.end, m.exact, m.sentence) for m in result.mentions]
    result.facts = [Fact(f.kind, rekey.get(f.subject, f.subject), rekey.get(f.object, f.object), f.sentence, f.role)
                    for f in result.facts]


@lru_cache(maxsize=1)
def _bare_titles() -> lexicon.Endings:
    """Roles that imply no organisation of their own (总书记, 董事长)."""
    return lexicon.Endings(r for r, implied in lexicon.roles().items() if not implied)


def _titles(text: str, mentions: list[tuple[str, int, int]], result: DocResult, final) -> dict[str, set[str]]:
    """The titles written right before or after the mentions of each person with no post
    (习近平|总书记, 总书记|习近平) that imply no organisation of their own."""
    bare = _bare_titles()
    posted = {f.subject for f in result.facts if f.kind == "post"}  # keyed by their organisation instead
    out: dict[str, set[str]] = {}
    for key, start, end in mentions:
        key = final(key)
        ent = result.entities.get(key)
        if ent is None or ent.type != "Person" or key in posted:
            continue
        after = next((text[end:end + n] for n in range(6, 1, -1) if text[end:end + n] in bare.words), None)
        for title in (bare.longest(text[max(0, start - 6):start]), after):
            if title and len(title) >= 2:
                out.setdefault(key, set()).add(title)
    return out


def _signature(text: str) -> tuple[int, int]:
    """The span of the name a notice is signed with: among its last three lines, the first of two or
    more CJK characters alone above a date (重庆市渝北区浙江商会\n2024年7月15日), or the last line, where
    an office of the organisation signs (杭州市温岭商会|秘书处); (0, 0) if none."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()][-3:]
    for (s, e), (ds, de) in zip(lines, lines[1:]):
        name = text[s:e].strip()
        if _SIGNED.fullmatch(name) and _SIGNED_ON.fullmatch(text[ds:de].strip()):
            return s + text[s:e].index(name), s + text[s:e].index(name) + len(name)
    if lines and (office := _SIGNING_OFFICE.fullmatch(text[lines[-1][0]:lines[-1][1]].strip())):
        at = text.index(office.group(), lines[-1][0])
        return at, at + len(office.group(1))
    return 0, 0


def _fits(ref: lexicon.Reference, ent: Entity | None) -> bool:
    return ent is not None and ent.type in ref.types and ent.label.endswith(ref.ending)


def _referent(ref: lexicon.Reference, at: int, sentence: int, headline: tuple[int, int], lead: tuple[int, int],
              signature: tuple[int, int], mentions: list[tuple[str, int, int]], entities: dict[str, Entity], final,
              bare: bool) -> str | None:
    """The key of the organisation a reference word at ``at`` stands for, if the article names it.

    "self" (我会) is the first chamber or federation of the headline or, where
    the headline names none, the first chamber of the lead, the sentence after
    it (a federation there is more often a chamber's host than its publisher),
    else the name a notice is signed with (``signature``, a line of its own near the end);
    "previous" (商会) the nearest one named before, whose name ends as the
    word says; a ``bare`` word (商会, not 该商会) the one chamber or federation
    the headline names, unless the word's own sentence names one before it.
    """
    if ref.refers_to == "self":
        searches = [([(s, k) for k, s, _ in mentions if headline[0] <= s < headline[1]], ref.types),
                    ([(s, k) for k, s, _ in mentions if lead[0] <= s < lead[1]], ("Chamber",)),
                    ([(s, k) for k, s, e in mentions if (s, e) == signature], ref.types)]
    else:
        searches = [([(-s, k) for k, s, _ in mentions if s < at], ref.types)]
        own = [k for k, s, _ in mentions if headline[0] <= s < headline[1] and _fits(ref, entities.get(final(k)))]
        here = [k for k, s, _ in mentions if sentence <= s < at and _fits(ref, entities.get(final(k)))]
        if bare and ref.types[0] in ("Chamber", "Federation") and len({final(k) for k in own}) == 1 and not here:
            # 南宁市广东商会…会议。…自治区广东商会常务副会长梁国安到会祝贺。|商会会长陈卓林…: the chamber the
            # headline is about, not a guest named in the sentences before (the nearest where the sentence names it)
            return final(own[0])
    for found, types in searches:
        for _, key in sorted(found):
            ent = entities.get(final(key))
            if ent is not None and ent.type in types and ent.type in ref.types and ent.label.endswith(ref.ending):
                return ent.key
    return None


def _company_written_last(text: str, at: int, entities: dict[str, Entity],
                          mentions: list[tuple[str, int, int]], final) -> str | None:
    """The company the text named last before ``at``, by a mention or by its trade name (在海康威视,公司副总裁…).

    A reference such as 公司 stands for the company the article was last about,
    which it may have named by its trade name alone (the first four characters
    of its name after the places, or fewer before its legal form: 海康威视 for
    杭州海康威视数字技术股份有限公司, 五粮液 for 五粮液集团有限公司).
    """
    last = {}
    for key, start, _ in mentions:
        if start < at:
            last[final(key)] = max(last.get(final(key), -1), start)
    best, best_at = None, -1
    for key, ent in sorted(entities.items()):
        if ent.type != "Company":
            continue
        name = ent.label
        while (place := divisions().first_name(name)) and len(name) - len(place) >= 4:
            name = name[len(place):]
        trade = _LEGAL_FORM.split(name)[0][:4]  # 五粮液|集团有限公司: the trade name ends where the legal form begins
        where = max(text.rfind(trade, 0, at) if len(trade) >= 3 else -1, last.get(key, -1))
        if where > best_at:
            best, best_at = key, where
    return best


_LEGAL_FORM = re.compile(r"集团|股份|有限|控股|公司")
_ZONE = re.compile(ZONE.pattern + "(?=.)")
#: what an event's name may open with before the place it is held for (2024年|湖北省…大会, “荆楚优品”|十堰市…推介会)
_EVENT_OPENING = re.compile(r"(?:[0-9]{4}年度?|第[0-9一二三四五六七八九十百]+届|首届|“[^”]{1,20}”)*")
# (…协会|会长孙德聪一行12人|来我会: the visitor, named with its head)
_VISITING = re.compile(r"[^,，。;；!?\n]{0,14}?(?:一行|代表团|考察团)?(?:[0-9一二三四五六七八九十]+人)?"
                       r"(?:来|到|莅临|走访|访问|考察|拜访)(?:我会|本会)")
_QUOTED = re.compile(r"[“‘][^“”‘’]*[”’]")
_SESSION = "第?[0-9一二三四五六七八九十百]+[届次]"
#: a body's meeting named by its session alone: 第二次会员代表大会, 第三届理事会第五次会议, 十二届二次执委会议
_OWN_MEETING = re.compile(rf"(?:[0-9]{{4}}年度?)?(?:{_SESSION})*(?:(?:会员代表大会|会员大会|代表大会)(?:(?:{_SESSION})+(?:全体)?会议)?"
                          rf"|(?:理事会|理监事会|监事会|执委会|执行委员会|执委|常委会)(?:{_SESSION})*(?:全体)?(?:\(扩大\))?会议"
                          rf"|(?:理事|常务理事|常委|主席|会长|会长办公|主席办公)(?:\(扩大\))?会议|(?:会长|主席)办公会)"
                          rf"|(?:{_SESSION})+(?:理事会|常务理事会|理监事会)")  # (…, 第二次会长办公会议, 三届五次理事会)
_SIGNED = re.compile(r"[\u3400-\u9fff()]{2,40}")  # who signs a notice
_SIGNING_OFFICE = re.compile(r"([\u3400-\u9fff()]{2,40}?)(?:秘书处|办公室)")  # 杭州市温岭商会|秘书处
_SIGNED_ON = re.compile(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日")  # and when
_PARTY_OPENING = re.compile(r"(?:中国人民政治协商会议|中国共产党|中共)?")  # before a place's committee
_COMMITTEE = re.compile(r"/(?:[省市县区州]?委|[\u3400-\u9fff]*党工委)$")  # the key of a Party committee
_BRANCH = re.compile(r"党(?:支部|总支)$")
# a committee named bare after the Party body of the place it governs: that body's name ending
_PARTY_BODY_OF = {"管委会": re.compile(r"党工委$"), "村委会": _BRANCH, "居委会": _BRANCH, "行署": re.compile(r"地委$"),
                  "人大": re.compile(r"(?<=[镇乡])党委$"), "纪委": re.compile(r"党委$")}
_OPENING_TOWN = re.compile(r"[\u3400-\u9fff]{1,4}?(?:镇|乡|街道)(?=[\u3400-\u9fff]{2})")
_ROLE_GRADES = ("", "副", "常务副", "常务", "执行", "名誉", "第一")  # (副|主席)
_CHAINED = re.compile(r"([\u3400-\u9fff]{1,8})、")  # a role and the 、 before the next post's body
_LISTED = ("、", "和", "与", "及")  # what joins two names in a list
_SAME_COMMITTEE = re.compile(r"(?:常委|委员|副书记|书记)?[、,，]?")


_BRACKETED = re.compile(r"\((?:以下简称|简称)?[“\"]?([^()“”\"]{2,12})[”\"]?\)")


def _bracketed_names(text: str, mentions: list[tuple[str, int, int]], entities: dict[str, Entity]) -> dict[str, str]:
    """A company's other name in brackets right after it (维沃移动通信有限公司(vivo)), written alone
    elsewhere (vivo副总裁…): the key of the other name's entity mapped to the company's."""
    companies = [(key, s, e) for key, s, e in mentions if entities[key].type == "Company"]
    by_name = {text[s:e]: key for key, s, e in companies}
    out = {}
    for key, _, e in companies:
        other = (m := _BRACKETED.match(text, e)) and by_name.get(m.group(1))
        if other and other != key:
            out[other] = key
    return out


_SCOPE_ENDS = re.compile(r"[。；;\n]")


def _listed_after(text: str, name: str, start: int, before: Entity, before_end: int, resolver: Resolver) -> str:
    """``name`` with the place of the chamber listed just before it, where it names none of its own
    (遂昌县个体劳动者协会、|私营企业协会: the place named once serves both; 乐清市北白象镇商会、|虹桥镇商会:
    the county of both towns)."""
    if before.type != "Chamber" or text[before_end:start] not in _LISTED:
        return name
    place, rest = resolver.leading_place(before.label)
    if place is None or starts_with_place(name) and not (_OPENING_TOWN.match(name) and _OPENING_TOWN.match(rest)
                                                         and place.level == "county"):
        return name
    return place.name + name


def _chained_place(text: str, head: str, start: int, before: Entity, before_end: int,
                   resolver: Resolver) -> Division | None:
    """The place of the body named just before in a person's chain of posts, for a name that opens with
    its level (重庆市政协副主席、|市工商联主席: 重庆市's); None where no chain joins them."""
    between = _CHAINED.fullmatch(text, before_end, start)
    role = lexicon.role_endings().longest(between.group(1)) if between else None
    if role is None or between.group(1)[:-len(role)] not in _ROLE_GRADES:
        return None
    d, _ = resolver.leading_place(before.label)
    if d is None or not (d.level == ABBR_LEVEL[head] or head == "市" and d.code in MUNICIPALITIES):
        return None
    return d


def _scopes(text: str, places: dict) -> list[tuple[int, int, str]]:
    """(start, end, division code) of the clauses a place opens (。在四川,|省工商联…;): in a round-up of
    several places, 省/市 there abbreviate that place, not the article's."""
    out = []
    for (start, end), codes in places.items():
        if len(codes) == 1 and text[start - 1:start] == "在" and text[end:end + 1] in (",", "，") \
                and (start == 1 or text[start - 2] in "。；;\n"):
            stop = _SCOPE_ENDS.search(text, end)
            out.append((end, stop.start() if stop else len(text), codes[0]))
    return out


def _trips(text: str, sentences: list[tuple[int, int]], places: dict) -> list[tuple[int, int, str]]:
    """(sentence start, verb start, division code) for each place named right after a departure verb."""
    verbs = lexicon.words("departure_verbs.txt")
    trips = []
    for (start, end), codes in places.items():
        if len(codes) != 1:
            continue
        verb = next((v for v in verbs if text.startswith(v, start - len(v))), None)
        if verb is None:
            continue
        sentence = next((s for s, e in sentences if s <= start < e), 0)
        trips.append((sentence, start - len(verb), codes[0]))
    return sorted(trips)


def resolve_document(document: Document, clean: CleanText, doc: Doc) -> DocResult:
    """Resolve the entities and relations spaCy found in ``doc`` (the clean text of ``document``)."""
    result = DocResult(document)
    original = document.text
    sent_index: dict[tuple[int, int], int] = {}
    full = doc._.fg_text
    for start, end in doc._.fg_sentences:
        raw = full[start:end]
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        s, e = clean.original_span(start + lead, start + lead + len(text))
        sent_index[(start, end)] = len(result.sentences)
        result.sentences.append(Sentence(s, e, original[s:e]))

    starts = sorted(sent_index)

    def sentence_start(char: int) -> int:
        i = bisect.bisect_right(starts, (char, float("inf"))) - 1
        return starts[i][0] if i >= 0 else 0

    def sentence_of(char: int) -> int:
        i = bisect.bisect_right(starts, (char, float("inf"))) - 1
        if i >= 0 and starts[i][0] <= char < starts[i][1]:
            return sent_index[starts[i]]
        return 0

    ents = [(e.start_char, e.end_char, full[e.start_char:e.end_char], e.label_) for e in doc.ents]
    # a programme named after a place (“晋江经验”传承工程) says nothing about where the article is
    # (but 山西省“晋商回乡”重点项目 does: the place outside the quotes)
    quoted = [(s + q.start(), s + q.end()) for s, _, text, label in ents if label == "Programme"
              for q in _QUOTED.finditer(text)]
    places = doc._.fg_places
    telling = {span: codes for span, codes in places.items()
               if not any(s <= span[0] and span[1] <= e for s, e in quoted)}
    resolver = Resolver(telling, [(start, text, label) for start, _, text, label in ents],
                        trips=_trips(full, doc._.fg_sentences, telling))
    span_key: dict[tuple[int, int], str] = {}
    raw_mentions = []

    def add(ent_obj: Entity, start: int, end: int) -> None:
        if ent_obj.key in result.entities:
            result.entities[ent_obj.key].names |= ent_obj.names
        else:
            result.entities[ent_obj.key] = ent_obj
        span_key[(start, end)] = ent_obj.key
        raw_mentions.append((ent_obj.key, start, end))

    references = doc._.fg_references or {}
    scopes = _scopes(full, places)
    pending = []  # 我会, 商会: resolved once every named entity is
    previous: tuple[Entity, int] | None = None
    for ent_start, ent_end, ent_text, label in ents:
        if (ent_start, ent_end) in references:
            pending.append((ent_start, ent_text))
            continue
        codes = places.get((ent_start, ent_end))
        name = (doc._.fg_full_names or {}).get((ent_start, ent_end), ent_text)  # (…先进集体和|先进个人)
        if name in PARTY_DEPARTMENTS and previous and _COMMITTEE.search(previous[0].key) and \
                _SAME_COMMITTEE.fullmatch(full, previous[1], ent_start):
            # 株洲市委常委、统战部部长: that committee's department (a zone's too; 市委 where no city is named)
            name = previous[0].label + name
        elif (party := _PARTY_BODY_OF.get(name)) and previous and (body := party.search(previous[0].label)) and \
                _SAME_COMMITTEE.fullmatch(full, previous[1], ent_start):
            # 西安高新区党工委书记、管委会主任, 山下阳村党支部书记、村委会主任: the zone's or village's committee
            name = previous[0].label[:body.start()] + name
        elif label == "Chamber" and previous:
            name = _listed_after(full, name, ent_start, *previous, resolver)
        local = next((resolver.divs.get(code) for s, e, code in scopes if s <= ent_start < e), None)
        if local is None and name[:1] in ABBR_LEVEL and previous:
            local = _chained_place(full, name[0], ent_start, *previous, resolver)
        scoped = name[:1] in ABBR_LEVEL and local is not None and (
            local.level == ABBR_LEVEL[name[0]] or name[0] == "市" and local.code in MUNICIPALITIES)
        ent_obj = resolver.resolve(local.name + name[1:] if scoped else name, label, codes)  # 在四川,|省工商联
        if scoped:
            ent_obj.names.add(surface(ent_text))  # (and the name as written)
        add(ent_obj, ent_start, ent_end)
        previous = (ent_obj, ent_end)
        if label in ORG_TYPES and label != "Organization" or label == "Event":
            skip = _EVENT_OPENING.match(ent_text).end() if label == "Event" else \
                len(_PARTY_OPENING.match(ent_text).group())  # (中国人民政治协商会议|武义县委员会)
            for start, end, code in resolver.places_within(ent_text[skip:]):
                if label == "Event" and not code:
                    continue  # a town only by its suffix: in an event's name too often a word (川商返|乡)
                add(resolver.resolve(ent_text[skip + start:skip + end], "Place", [code] if code else None),
                    ent_start + skip + start, ent_start + skip + end)
            zone = _ZONE.match(ent_text)  # 西安高新区|党工委: the zone it serves (浦东新区 is a division, found above)
            if zone and label != "Event" and starts_with_place(zone.group()) and \
                    not any(end == zone.end() for _, end, _ in resolver.places_within(ent_text)):
                add(resolver.resolve(zone.group(), "Place"), ent_start, ent_start + zone.end())
        elif label == "Place":
            if town := _TOWN_VILLAGE.match(ent_text):  # 何埂镇|狮子村
                add(resolver.resolve(town.group(1), "Place"), ent_start + town.start(1), ent_start + town.end(1))
            for start, end, code in resolver.places_within(ent_text):
                if code and len(ent_text) - end >= 2 and resolver.divs.get(code).name == ent_text[start:end]:
                    # 花垣县|双龙镇: the county, written in full, a town is named after
                    add(resolver.resolve(ent_text[start:end], "Place", [code]), ent_start + start, ent_start + end)
    ends = {end: result.entities[key] for key, _, end in raw_mentions}
    for start, end, label in doc._.fg_inner or ():  # 湖南省工商联|第十三次代表大会
        name = full[start:end]
        if label == "Chamber" and (before := ends.get(start - 1)):
            name = _listed_after(full, name, start, before, start - 1, resolver)
        add(resolver.resolve(name, label, None), start, end)

    merged = merge_short_forms(result.entities, resolver)
    merged.update(merge_variants(result.entities))
    for other, key in _bracketed_names(full, raw_mentions, result.entities).items():
        if other not in merged and merged.get(key, key) != other:
            merged[other] = merged.get(key, key)
    for short, longer in merged.items():
        gone = result.entities.pop(short)
        result.entities[longer].names |= gone.names
        result.entities[longer].division = result.entities[longer].division or gone.division  # 国家税务总局|陕西省…

    unnamed = lexicon.words("unnamed_events.txt")
    for key in [k for k, ent in result.entities.items() if ent.type == "Event" and ent.label in unnamed]:
        del result.entities[key]  # 召开会员大会, with no fuller name in the text to join: a kind, no name

    def final(key: str) -> str:
        return merged.get(key, key)

    headline, lead = ([(a, b) for a, b in doc._.fg_sentences if full[a:b].strip()] + [(0, 0), (0, 0)])[:2]
    signature = _signature(full)
    inner = {(start, end) for start, end, _ in doc._.fg_inner or ()}
    # an event's guest is not the publisher, nor is a visitor (昆山市台商协会一行来我会考察)
    named = [m for m in raw_mentions if m[1:] not in inner and not _VISITING.match(full, m[2])]
    for start, word in pending:
        ref = lexicon.references()[word]
        # (the previous organisation may be named inside an event's name: 黑龙江省工商联(总商会)第二次…大会)
        key = _referent(ref, start, sentence_start(start), headline, lead, signature,
                        named if ref.refers_to == "self" else raw_mentions, result.entities, final,
                        bare=not word.startswith("该"))
        if key is not None and ref.types == ("Company",):
            key = _company_written_last(full, start, result.entities, named, final) or key
        if key is not None:
            span_key[(start, start + len(word))] = key

    for key, start, end in raw_mentions:
        if final(key) not in result.entities:
            continue
        s, e = clean.original_span(start, end)
        result.mentions.append(Mention(final(key), s, e, original[s:e], sentence_of(start)))

    for rel in doc._.fg_relations:
        subj = span_key.get(rel.subject)
        sent = sentence_of(rel.sentence[0])
        if subj is None:
            continue
        if rel.object is not None:
            obj = span_key.get(rel.object)
        else:
            place = result.entities.get(span_key.get(rel.extra.get("place"), ""))
            body = resolver.implied(rel.implied_org, place.division if place is not None else "",
                                    place.label if place is not None else "")
            obj = None
            if body is not None:
                obj = body.key
                # named by the role alone (省长): an entity of the document without a mention
                result.entities.setdefault(obj, body)
        if obj is None or final(subj) == final(obj) or final(subj) not in result.entities \
                or final(obj) not in result.entities:
            continue
        result.facts.append(Fact(rel.kind, final(subj), final(obj), sent, rel.role))

    _anchor_people(result, _titles(full, raw_mentions, result, final))
    _own_meetings(result)
    # located in: a body named after a place it is in
    for key, ent in sorted(result.entities.items()):
        if ent.type in ORG_TYPES and ent.division and f"place/{ent.division}" in result.entities:
            first = next((m for m in result.mentions if m.key == key), None)
            if first is not None:
                result.facts.append(Fact("locatedIn", key, f"place/{ent.division}", first.sentence))
    result.facts = sorted(set(result.facts), key=lambda f: (f.kind, f.subject, f.object, f.role, f.sentence))
    return result
