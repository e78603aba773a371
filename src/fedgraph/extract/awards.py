"""``fedgraph_awards``: honours, rankings and designations, found by their verbs.

An award is the object of an award verb (荣获, 入围, 被认定为, 成功创建 …, in
``data/award_triggers.txt``) up to the end of the clause, split at 、 into one
award per item.  Items of the form ``X为Y`` after the first (仙龙镇被认定为A、
狮子村为B) name their own recipient.  An object counts only when it holds an
award word (``data/award_heads.txt``: 奖, 强, 先进, 示范 …).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.extensions import AwardHit, Candidate, ensure
from fedgraph.extract.names import SCOPES

#: When, written between a recipient and its award verb: 该商会|继2021年|获评, 该公司|连续三年|入选.
#: what may open a sentence before its subject: a time (近年来, 2023年, 二十年来) or a source (据了解)
OPENING = (r"\s*(?:(?:据了解|据悉|据介绍|据统计|近年来|近年|多年来|今年以来|去年以来|成立以来"
           r"|(?:成立)?[0-9一二三四五六七八九十]+多?年(?:来|以来)|自?[0-9]{4}年(?:[0-9]{1,2}月)?(?:以来)?)[,，]?)+")
WHEN = r"(?:(?:继|于|在|曾于)?[0-9]{4}年度?(?:[0-9]{1,2}月)?|曾|先后|连续[0-9一二三四五六七八九十]+年)"
_CLAUSE_END = re.compile(r"[,，。;；!?！？\n:：]")
_PAREN = re.compile(r"\([^()]{0,20}\)")
_TRAILING = re.compile(r"(?:第?[0-9一二三四五六七八九十]+[个项家款名位次批]|荣誉称号|称号|表彰|殊荣|荣誉|榜单|牌匾|奖牌|证书|等)$")
_LEADING = re.compile(r"^(?:了|为|的)")
_GROUP_BELOW = re.compile(r"(?:以下|下列)(?:[0-9一二三四五六七八九十百]+[个家名位所])?"
                          r"(?:商会|协会|企业|单位|同志|个人|集体|组织)?")
_SAID_OF = re.compile(r"”(?:荣誉称号|称号)?的")  # what is said of a quoted award, or who holds it, after 的
_NEW = re.compile(r"^(?:新|正式|首批)")  # 新|会员单位
_SHARED_SCOPE = re.compile(r"(?:[0-9]{4}年度?)?(?:全[国省市区县镇]|[省市县区]级)?(?:[\u3400-\u9fff]*?系统)?")
_COUNT_OPENS = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十百千]+)[个家款名位所项份]")
_COUNTED = re.compile(r"[\u3400-\u9fff]{1,4}(?:[0-9]+|[一二三四五六七八九十百千]+)余?[个家款名位所]")  # 入围|企业106家: how many, not what
# where the clause goes on past the award's name: …“四好”商会|后获得的又一荣誉, 入选企业|要发挥…
_GOES_ON = re.compile(r"(?:之后|以后|以来|后(?!备)|(?<![重主需纲])要|将|应当|必须|并)")
_QUANTITY = r"(?:以下|下列)?(?:[0-9一二三四五六七八九十百]+[个名家位项批]|一大?批|一些|部分|多家|多名)?"  # (表彰了|一批|…)
_PRAISED = re.compile(r"表彰了?" + _QUANTITY +
                      rf"((?:[\u3400-\u9fff]{{1,8}}?[省市县区州](?=[0-9]))?(?:[0-9]{{4}}年度?)?"
                      rf"(?:{'|'.join(SCOPES)}|[\u3400-\u9fff]{{1,8}}?[省市县区州])?“[^”]{{2,30}}”"
                      rf"(?:(?![和与及的])[\u3400-\u9fff]){{0,16}})")  # (2024年度|鹿城区|“十佳民营企业”)
# honours praised without quotes, the second sharing the first's opening words:
# 表彰了2023年度全区工商联系统先进集体和先进个人
#: a selection's count of the best that opens an honour's name (十大|典型案例, 十佳|民营企业家)
BEST_OF = re.compile(r"十大|十佳|百佳|百强|[0-9]+强")
HONOUR_WORDS = r"(?:先进|优秀|突出贡献|杰出|十佳)(?:民营|非公有制经济|中国特色社会主义事业)?(?:会员企业|会员单位|集体|个人|单位|工作者|企业家|企业|会员|商会|建设者)"
_HONOUR = re.compile(HONOUR_WORDS + "$")
_HONOURS = (r"(((?:[0-9]{4}年度?)?(?:[^,，。;；!?！？\n“”、和与及的等0-9]|“[^“”]{1,12}”){0,20}?" + HONOUR_WORDS + r")"
            r"(?:[、和与及](" + HONOUR_WORDS + r"))?)")
# (关于表彰…先进集体和先进个人|的决定: a notice's title)
_PRAISED_PLAIN = re.compile(r"表彰了?" + _QUANTITY + _HONOURS + r"(?=[,，。;；!?！？\n]|$|的(?:决定|通报|通知))")
# 对2024年度全县工商联系统先进商会、优秀会员企业进行了表彰: the honours before the verb
# a part of a notice of honours headed by one of them (一、先进集体(5个)), its holders on the lines below
_HONOUR_HEADING = re.compile(r"(?:^|(?<=\n))[ \u3000]*[一二三四五六七八九十]{1,3}、(" + HONOUR_WORDS + r")"
                             r"(?:\([0-9一二三四五六七八九十百]+[个名家位]\))?[ \u3000]*(?=\n)")
_PRAISED_BEFORE = re.compile(r"对" + _QUANTITY + _HONOURS + r"(?:进行了?|予以|给予)表彰")
# 对沙钢集团、永钢集团等2023年度“纳税十强企业”和…等“创新示范企业”进行了表彰: each quoted honour after
# 等, its recipients before it
# (表彰了芜湖市安徽商会、…等20个“四好”商会和30名优秀会员企业家: so after 表彰了)
# (对10名“优秀民营企业家”和20名“…”进行通报表扬: each quoted honour after its count, its holders unnamed)
_PRAISED_GROUPS = re.compile(r"对([^。;；!?！？\n]{4,200}?)(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬|嘉奖)"
                             r"|表彰了?([^。;；!?！？\n,，]{4,200})")
_GROUP_COUNT = r"[0-9一二三四五六七八九十百]+[个家名位所]"
# (对2024年度“…企业”“…企业家”进行了表彰: quoted honours one after another, right after 对)
_GROUP_HONOUR = re.compile(r"(?:等(?:" + _GROUP_COUNT + r")?|(?:(?<=对)|(?<=[和与及、]))(?:" + _GROUP_COUNT + r")?|(?<=”))"
                           r"((?:[0-9]{4}年度?)?(?:" + "|".join(SCOPES) + r"|[\u3400-\u9fff]{1,8}?[省市县区州])?“[^“”]{2,30}”"
                           r"[\u3400-\u9fff]{0,8}?)(?=[和与及、“]|$)")  # (2023年度|蓬江区|“纳税十强”民营企业)
# 为10名“金华市杰出企业家”和20名“金华市优秀企业家”颁奖, 为2024年度“…”“…”颁发证书 (授牌): the honours handed
# out (their holders unnamed here)
# (为2024年度全省“五好”县级工商联授牌: one honour, named with its scope and kind around the quote)
_HANDED = re.compile(r"为(?:[0-9]{4}年度?)?" + _QUANTITY + r"(“[^“”]{2,30}”(?:[和与及、]?" + _QUANTITY + r"“[^“”]{2,30}”)*"
                     r"|(?:" + "|".join(SCOPES) + r")?“[^“”]{2,20}”[\u3400-\u9fff]{0,8}?)"
                     r"(?:获得者|获奖者|代表)?(?:颁(?:奖|发)|授牌)")
_PRAISED_MORE = re.compile(r"[、和与及](?:[0-9一二三四五六七八九十百]+[个名家位项批])?"
                           r"(“[^”]{2,30}”(?:(?![和与及的])[\u3400-\u9fff]){0,16})")
# a ranking named by itself: 2017中国民营企业500强(榜单), “中国民营企业服务业100强”
# (it begins a clause or with its year: 该公司连续三年跻身|… is a sentence, not the ranking's name)
_RANKING = re.compile(r"(?:[0-9]{4}(?:年度?)?|(?<![\u3400-\u9fff]))[\u3400-\u9fff]{2,20}?(?<!前)(?:[0-9]+|[十百千]|五百)强(?:榜单)?"
                      r"(?!发布|活动|峰会|论坛|大会|会|企业)")
_PUBLISHING = re.compile(r"(?:发布|公布|推出|揭晓|出炉)了?")
_RANKED = re.compile(r"位居|位列|分列|名列|排名|跻身|荣登|入围|入选|进入")
# a list published (…公布了第五批专精特新“小巨人”企业名单): the designation it lists; who is on it is read
# from what follows (A、B等3家企业成功入选), so it is no award hit with a recipient before it
_PUBLISHED = re.compile(r"(?:公布|发布|公示|印发|下发|通报)了?((?:[0-9]{4}年度?)?[^,，。;；!?！？\n、“]{0,20}"
                        r"(?:“[^“”]{2,20}”[^,，。;；!?！？\n、“]{0,16})?)[名榜]单")
# a list's title on a line of its own, the list below it (附件:2024年度全市“四好”商会名单\n1.…, or 王振华 …)
_LIST_TITLE = re.compile(r"(?:^|(?<=\n))[ \u3000]*(?:附件[0-9一二三四五六七八九十]*[:：][ \u3000]*)?"
                         r"(?:附?表[0-9一二三四五六七八九十]{1,2}[:：]?[ \u3000]*)?"  # (表1  …名单: a table's)
                         r"((?:[0-9]{4}年度?)?[^\n:：,，。;；]{2,40}?)名单[ \u3000]*\n\s*"
                         r"(?:[0-9]{1,3}[.、．]|[\u3400-\u9fff][^\n:：,，。;；]{1,40}(?:\n|$))")
_SELECTED = re.compile(r"((?:[0-9]{4}年度?)?“[^“”]{2,30}”)(?=评选|评比)")  # 2024年度“十佳民营企业家”|评选结果揭晓
_BRACKETS = re.compile(r"\([^()]*\)")
_QUOTED = re.compile(r"“[^“”]{2,30}”")
_ITEMS = re.compile(r"(、)(?![^()]*\))")  # 、 between items, not inside brackets (先进县(市、区))
_LISTING = ("上榜", "入选", "入围", "获奖", "获评")
_LISTED_NOUNS = ("企业", "单位", "商会", "项目", "名单")
_QUOTED_RUN = re.compile(r"“[^“”]{2,30}”(?:[和与及]?“[^“”]{2,30}”)*等?")  # (“纳税大户”和“突出贡献企业”)
_KIND_AFTER = re.compile(r"[和与及](" + HONOUR_WORDS + r")$")  # (…优秀会员企业|和|优秀企业家)
_JOINT = re.compile(r"(?<=”)[^“”]{0,12}?(和)(?=[^”]*“)")  # the 和 between two quoted awards (…商会|和|全省“五好”…)
_AS_GROUP = re.compile(r"(?:等[0-9一二三四五六七八九十百]+[家个名所]|(?:以下|下列)(?:[0-9一二三四五六七八九十百]+[家个名所])?)"
                       r"[\u3400-\u9fff]{0,6}?为")


@lru_cache(maxsize=1)
def trigger_re() -> re.Pattern:
    alts = lexicon.alternation(lexicon.words("award_triggers.txt"))
    # (为…获得者|颁奖: those who won, a noun, not a verb)
    return re.compile(rf"被[\u3400-\u9fff“”、]{{2,30}}?(?:评为|授予|认定为|命名为|确定为|表彰为)|(?!获得者|获奖者){alts}(?!者)")


def _shared_name(first: str, second: str) -> str:
    """The full name of an honour named after another with only its kind (…系统先进集体和|先进个人): the
    first's opening words, or only its year and scope where the kinds differ (…纳税突出贡献企业和|优秀民营企业家:
    not 纳税)."""
    shared = first[:len(first) - len(_HONOUR.search(first).group())]
    if first[len(shared):len(shared) + 2] != second[:2]:
        shared = _SHARED_SCOPE.match(shared).group()
    return shared + second


def _is_award(item: str) -> bool:
    heads = lexicon.words("award_heads.txt")
    if _ends_with_role(item):
        return False  # 当选为温州市总商会会长: a post, not an award
    if "的" in _QUOTED.sub("", item):
        return False  # 入围企业的营业收入总额…: the clause goes on about something else
    grade = _NEW.sub("", item)
    own = next((w for w in lexicon.references() if grade.startswith(w) and grade[len(w):]), "")
    if grade in lexicon.words("member_grades.txt") or grade[len(own):] in lexicon.words("member_grades.txt"):
        return False  # 吸纳…为新会员单位, 吸收…为协会会员单位: a grade of membership, not an award
    if item.startswith((*lexicon.words("determiners.txt"), "又一", "这一", "该", "此", "榜单")):
        return False  # 又一荣誉, 榜单前十: a reference to an award, not its name
    return 3 <= len(item) <= 40 and any(h in item for h in heads)


def _ends_with_role(item: str) -> bool:
    # (区工商联(总商会)主席(会长): the federation's two names and the role's two)
    return lexicon.role_endings().longest(_BRACKETS.sub("", item), min_rest=1) is not None


class AwardRecogniser:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        text = doc._.fg_text
        hits: list[AwardHit] = []
        for m in trigger_re().finditer(text):
            if text[m.end():m.end() + 1] == "奖" and m.group().endswith("获"):
                continue  # 为获奖企业颁奖: 获奖 describes, it names no award
            hits.extend(self._object(text, m.start(), m.end(), doc._.fg_full_names))
        for m in _AS_GROUP.finditer(text):
            hits.extend(self._object(text, m.start(), m.end(), doc._.fg_full_names))
        # honours praised: who praises stands before the verb, not who receives (温州市召开大会,表彰了…),
        # so the hit's "verb" is the honour itself
        for m in _PRAISED.finditer(text):
            hits.append(AwardHit(m.start(1), m.end(1), m.start(1)))
            pos = m.end()
            while (more := _PRAISED_MORE.match(text, pos)):
                hits.append(AwardHit(more.start(1), more.end(1), more.start(1)))
                pos = more.end()
        fuller: dict[str, str] = {}  # an honour's kind (先进个人) -> its full name in the notice
        for m in [*_PRAISED_PLAIN.finditer(text), *_PRAISED_BEFORE.finditer(text)]:
            # 表彰了2023年度全区工商联系统先进集体和先进个人
            hits.append(AwardHit(m.start(2), m.end(2), m.start(2)))
            fuller.setdefault(_HONOUR.search(m.group(2)).group(), m.group(2))
            if m.group(3):
                hits.append(AwardHit(m.start(3), m.end(3), m.start(3)))
                doc._.fg_full_names[m.span(3)] = _shared_name(m.group(2), m.group(3))  # 先进个人: 2023年度…系统先进个人
                fuller.setdefault(m.group(3), _shared_name(m.group(2), m.group(3)))
        for m in _HONOUR_HEADING.finditer(text):  # (fedgraph_relations reads the holders below it)
            hits.append(AwardHit(m.start(1), m.end(1), m.start(1)))
            if fuller.get(m.group(1), m.group(1)) != m.group(1):
                doc._.fg_full_names[m.span(1)] = fuller[m.group(1)]  # 一、先进集体: the notice's 2023年度…先进集体
        for m in _HANDED.finditer(text):
            quoted = list(_QUOTED.finditer(text, m.start(1), m.end(1)))
            if len(quoted) == 1 and _is_award(m.group(1)):
                hits.append(AwardHit(m.start(1), m.end(1), m.start(1)))  # (全省“五好”县级工商联)
                continue
            for q in quoted:
                if _is_award(q.group()):
                    hits.append(AwardHit(q.start(), q.end(), q.start()))
        for m in _PRAISED_GROUPS.finditer(text):
            group = 1 if m.group(1) is not None else 2
            for g in _GROUP_HONOUR.finditer(text, m.start(group), m.end(group)):
                if g.start() < g.start(1) or _is_award(g.group(1)):  # (counted or after 等; else an honour's words)
                    hits.append(AwardHit(g.start(1), g.end(1), g.start()))
        for m in _RANKING.finditer(text):
            if _RANKED.search(m.group()):
                continue  # …有限公司位居民营企业100强|前三位: a place in a ranking named before
            start = max((p.end() for p in _PUBLISHING.finditer(text, m.start(), m.end())), default=m.start())
            # (此次还同步发布了|民营企业制造业100强: the ranking is what was published)
            if not any(h.start < m.end() and start < h.end for h in hits):  # (the ranking, not its 榜单)
                hits.append(AwardHit(start, m.end() - 2 * m.group().endswith("榜单"), start))
        seen = set()
        award_hits, candidates = doc._.fg_award_hits, doc._.fg_candidates
        for m in _PUBLISHED.finditer(text):
            if _is_award(m.group(1)) and not m.group(1).startswith("拟"):  # (拟推荐…: not yet given)
                # (“2024中国民营企业500强”榜单: what the quotes hold; 《2024长沙民营企业100强榜单》: what the title names;
                # …五一劳动奖和全国工人先锋号表彰名单: each honour the list is of)
                quoted = _QUOTED.fullmatch(m.group(1)) is not None
                start, end = m.start(1) + (quoted or m.group(1).startswith("《")), m.end(1) - quoted
                end -= 2 * text.endswith("表彰", start, end)
                parts = [(start, end)]
                if (joint := text.find("和", start, end)) > 0 and \
                        _is_award(text[start:joint]) and _is_award(text[joint + 1:end]):
                    parts = [(start, joint), (joint + 1, end)]
                    if _HONOUR.search(text[start:joint]) and _HONOUR.fullmatch(text[joint + 1:end]):
                        # (…行动先进民营企业和先进个人名单: the second named with the first's opening words)
                        doc._.fg_full_names[(joint + 1, end)] = _shared_name(text[start:joint], text[joint + 1:end])
                candidates.extend(Candidate(s, e, "Award", 0, "award") for s, e in parts)
        for m in _SELECTED.finditer(text):  # the honour chosen; its holders, if listed, read by fedgraph_relations
            if _is_award(m.group(1)):
                hits.append(AwardHit(m.start(1), m.end(1), m.start(1)))
        for m in _LIST_TITLE.finditer(text):
            if _is_award(m.group(1)):  # the recipients are the list's items (fedgraph_relations reads them)
                hits.append(AwardHit(m.start(1), m.end(1), m.start(1)))
        for hit in hits:
            if (hit.start, hit.end) in seen:
                continue
            seen.add((hit.start, hit.end))
            award_hits.append(hit)
            candidates.append(Candidate(hit.start, hit.end, "Award", 0, "award"))
        return doc

    def _object(self, text: str, trigger: int, start: int, full_names: dict):
        """The awards named after the award verb ending at ``start`` (from ``trigger``); the full names of
        those named with the opening words of another go to ``full_names``."""
        end_m = _CLAUSE_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        if text.startswith(_LISTED_NOUNS, start) and text[trigger:start] in _LISTING:
            return  # 上榜企业|发挥示范引领作用: those listed, named by the verb, not an award
        pos = start
        first = True
        for raw in _ITEMS.split(text[start:end]):
            if raw == "、":
                pos += 1
                continue
            item_start, item = pos, raw
            pos += len(raw)
            recipient_end = None
            if not first and "为" in item[1:]:
                cut = item.index("为", 1)
                recipient_end = item_start + cut
                item_start, item = item_start + cut + 1, item[cut + 1:]
            elif not first and not _is_award(item):
                break
            first = False
            # trim what belongs to the sentence, not the name
            lead = _LEADING.match(item)
            if lead:
                item_start, item = item_start + lead.end(), item[lead.end():]
            below = _GROUP_BELOW.match(item)
            if below and len(item) - below.end() >= 3:
                # 授予|以下15家商会|2024年度全市“五好”商会称号:\n1.…: who is listed below, then the award
                item_start, item = item_start + below.end(), item[below.end():]
            goes_on = _GOES_ON.search(item, 1)
            if goes_on:
                item = item[:goes_on.start()]
            holders_follow = False
            if (said := _SAID_OF.search(item)) and said.start() > 0:
                # 获评“杭州市优秀异地商会”|的情况: what is said of it, no part of its name; 为获得“…”称号的|A、B授牌:
                # its holders, named after it
                item, holders_follow = item[:said.start() + 1], said.group() != "”的"
            if _ends_with_role(item):
                continue  # 为市工商联(总商会)第十四届执委会执委: a post, whatever the brackets hold
            paren = _PAREN.search(item)
            if paren:
                item = item[:paren.start()]
            if _COUNTED.fullmatch(item) or _COUNT_OPENS.match(item):
                break  # (入围|两个榜单: how many lists, not which)
            titled = item.endswith("称号")  # 获“纳税大户”称号: a title, whatever words it has
            while (t := _TRAILING.search(item)) and len(item) - len(t.group()) >= 3:
                item = item[:t.start()]
            item = item.rstrip()
            quote = item.find("“")
            if recipient_end is None and quote > 1 and item.endswith("”") and text[trigger:start] == "授予" and "“" not in item[:quote]:
                # 授予瑞安市汽摩配行业协会“四好商会”称号: the recipient, then the award
                recipient_end, item_start, item = item_start + quote, item_start + quote, item[quote:]
            quotes = list(_QUOTED.finditer(item))
            joint = _JOINT.search(item)
            if len(quotes) > 1 and _QUOTED_RUN.fullmatch(item):  # “全国优秀企业家”“山东省劳动模范”等: each
                for q in quotes:
                    if _is_award(q.group()):
                        yield AwardHit(item_start + q.start(), item_start + q.end(), trigger, recipient_end)
            elif joint and _is_award(item[:joint.start(1)]) and _is_award(item[joint.end(1):]):
                # 全省“四好”商会|和|全省“五好”县级工商联: two awards
                yield AwardHit(item_start, item_start + joint.start(1), trigger, recipient_end)
                yield AwardHit(item_start + joint.end(1), item_start + len(item), trigger, recipient_end)
            elif (kinds := _KIND_AFTER.search(item)) and _HONOUR.search(item[:kinds.start()]) \
                    and _is_award(item[:kinds.start()]):
                # 为2024年度优秀会员企业|和|优秀企业家: the second named with the first's opening words
                second = (item_start + kinds.start(1), item_start + len(item))
                yield AwardHit(item_start, item_start + kinds.start(), trigger, recipient_end)
                yield AwardHit(*second, trigger, recipient_end)
                full_names[second] = _shared_name(item[:kinds.start()], kinds.group(1))
            elif _is_award(item) or titled and _QUOTED.fullmatch(item):
                yield AwardHit(item_start, item_start + len(item), trigger, recipient_end)
            if holders_follow:
                break  # (the items after it are its holders, not more awards)


@Language.factory("fedgraph_awards", requires=["token.is_sent_start"])
def make_awards(nlp: Language, name: str) -> AwardRecogniser:
    """Find awards as the objects of award verbs."""
    return AwardRecogniser()
