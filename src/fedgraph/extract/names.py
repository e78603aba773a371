"""Where a name begins: walking left from a suffix over jieba tokens.

Chinese names carry no capitals; the end of an organisation's name is its
suffix (商会, 有限公司 …) and its start is where the words before stop being
part of it.  :func:`left_edge` segments a short window with jieba and walks
left until a function word, a governing verb, a number or punctuation.
jieba runs only over these windows, never over whole documents.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.tagger import tagger

#: jieba parts of speech that never belong inside a name.
_MEASURE_WORDS = set("个家项名批次位场所条件")  # measure words jieba tags as numerals after a count
_TIME_ENDS = set("年月日天期时后前来初底末间季周")  # how a time word that dates something ends
STOP_FLAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "rr", "rz", "d", "ad",
              "m", "mq", "q", "y", "e", "o", "x", "t", "tg", "zg", "dg", "i", "l"}
#: The Party units of an organisation (…股份有限公司党委, 晋江市鞋业商会党委): its own, not bodies of the state.
PARTY_UNITS = ("党委", "党工委", "党总支", "党支部", "支部", "纪委")
#: A Party committee's departments, named bare after the committee (株洲市委常委、组织部部长).
PARTY_DEPARTMENTS = ("统战部", "组织部", "宣传部", "政法委")
#: Democratic parties, whose provincial and city committees (民建湖南省委会) are organisations.
PARTIES = ("民建", "民盟", "民进", "民革", "农工党", "致公党", "九三学社", "台盟")
_TOWN = re.compile(r"^[\u3400-\u9fff]{1,4}?(?:镇|乡|街道)")
_VILLAGE = re.compile(r"^[\u3400-\u9fff]{2,4}?(?<![乡农])(?:村|社区)(?=[\u3400-\u9fff])")  # 十八洞村|党支部 (not 新农村)
#: a zone, perhaps before a body of its own (两江新区|管委会, 横琴粤澳深度合作区|执行委员会)
ZONE = re.compile(r"[\u3400-\u9fff]{2,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|合作区"
                  r"|试验区|示范区)")
ORDINAL = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十百]+[届次期]|[0-9一二三四五六七八九十百]+周年|周年|成立"
                     r"|第[0-9一二三四五六七八九十百]+[届次期]|首届|首期|[0-9]{4}年?度?|[0-9]{4}—[0-9]{4}年度?"
                     r"|第[一二三四]季度|[上下]半年)$")  # (2024年|第二季度|…签约仪式: a quarter's round)
#: a trade name in Latin letters (TCL, vivo, LYC)
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&]{1,11}")
#: Where something runs rather than what it is called (全市|“万企兴万村”行动).
SCOPES = ("全国", "全省", "全市", "全区", "全县", "全镇")
_CUT_ORDINAL = re.compile(r"^第[0-9一二三四五六七八九十百]+$")  # 第五十三|期亲, 第六|十五届: jieba cut the ordinal apart
_NUMBER = re.compile(r"[0-9一二三四五六七八九十百]+")
YEAR = re.compile(r"[0-9]{4}年?度?")
_ORDINAL_REST = re.compile(r"[0-9一二三四五六七八九十百]*(?:[届次期]|周年)")
PUNCT = re.compile(r"[\s,.;:!?，。；：！？、“”‘’\"'()（）《》<>\[\]【】·\-—/|]")
CJK = re.compile(r"^[\u3400-\u9fff]+$")
NUMERALS = re.compile(r"[一二三四五六七八九十百千万]{1,2}")
_ORDINAL_NAME = re.compile(r"第[一二三四五六七八九十]{1,3}")  # 第一中学, 第二人民医院: the ordinal is the name's
_COUNTED_NAME = re.compile(r"[一二三四五六七八九十百千万]{1,2}[只个颗棵朵匹头]")  # 芜湖|三只|松鼠
ADMIN_ABBR = set("省市县区镇乡州") | {"自治区", "自治州"}  # (自治区|工商联: the region's, as 省|工商联)
#: One-character function words: what may stand right before a name (与|三一集团, 经|市工商联…会议).
FUNCTION_CHARS = set("与和及同跟在向对为由把被给将是的了从到赴至即经")
#: words of a company's legal form, not of its trade (industry_words.txt lists them among the trades)
LEGAL_WORDS = {"集团", "股份", "有限", "责任", "企业"}
NATIONAL_PREFIXES = ("国家", "中央", "全国", "中国", "中华", "国务院")


def tokens(text: str, offset: int = 0) -> list[tuple[int, int, str, str]]:
    """jieba POS tokens of ``text`` as ``(start, end, word, flag)``, shifted by ``offset``."""
    out, pos = [], offset
    for word, flag in _cut(text):
        out.append((pos, pos + len(word), word, flag))
        pos += len(word)
    return out


@lru_cache(maxsize=65536)
def _cut(text: str) -> tuple[tuple[str, str], ...]:
    # windows repeat: every suffix in a clause looks at the same words
    return tuple(tagger().cut(text))


@lru_cache(maxsize=4096)
def is_place_word(word: str) -> bool:
    """A division name (full or short) or an abbreviation such as 省/市."""
    from fedgraph.resolve.divisions import divisions

    return bool(divisions().by_name(word)) and word not in lexicon.words("place_stops.txt")


def _division_word(word: str) -> bool:
    """Whether ``word`` is a division's name, even one that is a common word too (大同/d|煤矿集团)."""
    from fedgraph.resolve.divisions import divisions

    return bool(divisions().by_name(word))


def _opens_with_place(word: str) -> bool:
    """Whether ``word`` is a place's name or opens with one (香港|中华总商会, read as one word)."""
    return any(is_place_word(word[:k]) for k in range(min(len(word), 4), 1, -1))


def no_trade_name(words: str, vocabulary: str = "industry_words.txt") -> bool:
    """True when ``words`` is nothing but words of ``vocabulary`` (科技, 投资发展): no trade name in it.

    >>> no_trade_name("投资发展"), no_trade_name("永信科技"), no_trade_name("先进", "chamber_qualifiers.txt")
    (True, False, True)
    """
    known = lexicon.words(vocabulary)
    ends = {0}  # where a run of known words from the start can end
    for i in range(1, len(words) + 1):
        if any(j in ends and words[j:i] in known for j in range(max(0, i - 4), i)):
            ends.add(i)
    return len(words) in ends


_CLAUSE_BREAK = re.compile(r"[\n。!?;,，、:：“”(（)）]")


def clause_start(text: str, pos: int, width: int = 40, breaks: re.Pattern = _CLAUSE_BREAK) -> int:
    """Where the clause (at most ``width`` characters) that ``pos`` is in begins: a name never starts before it."""
    floor = max(0, pos - width)
    m = None
    for m in breaks.finditer(text, floor, pos):
        pass
    return m.end() if m else floor


#: An organisation's other name, in brackets inside an event's name: 海东市工商联(总商会)第二次会员代表大会,
#: 夹江县2019年行业协会(商会)工作布置会.
OTHER_NAMES = ("(总商会)", "(商会)")
_BRACKETED_PLACE = re.compile(r"\(([\u3400-\u9fff]{2,4})\)$")


def other_name_before(text: str, pos: int) -> str:
    """The bracketed other name of :data:`OTHER_NAMES`, or place (中国|(广州)|国际家具博览会, 中国银行|(巴西)|有限公司),
    that ends at ``pos``."""
    found = next((n for n in OTHER_NAMES if text.endswith(n, 0, pos)), "")
    place = not found and _BRACKETED_PLACE.search(text, max(0, pos - 6), pos)
    named = place and (is_place_word(place.group(1)) or place.group(1) in lexicon.words("regions.txt")
                       or place.group(1) in lexicon.words("countries.txt"))
    return place.group() if named else found


_SCHOOLS = ("学院", "研究院", "研究所", "研究中心")  # a university's own units, named for their subjects


def _university_before(toks: list, i: int) -> bool:
    """Whether a university (…大学, …科学院) stands up to three nouns before the conjunction at ``i``."""
    for j in range(i - 2, max(-1, i - 5), -1):
        if toks[j][2].endswith(("大学", "科学院")):
            return all(t[3] in ("n", "vn", "nz") for t in toks[j + 1:i])
    return False


#: how a company's name ends (not 分公司, a branch of one)
COMPANY_ENDINGS = ("有限公司", "股份有限公司", "有限责任公司", "公司")


def left_edge(text: str, start: int, end: int, floor: int, kind: str = "org", width: int = 24) -> int:
    """Where the name whose suffix is ``text[start:end]`` begins (never before ``floor``).

    ``kind`` "event" also lets ordinals (第十届, 首届, 2019年) into the name; "body" (a
    government body) also lets in the 和 of its standard names (市经济和信息化局).
    """
    win = max(floor, start - width)
    toks = tokens(text[win:end], win)
    idx = next((i for i, t in enumerate(toks) if t[1] > start), len(toks))
    edge = toks[idx][0] if idx < len(toks) else start
    boundary, name_words = lexicon.words("boundary_words.txt"), lexicon.words("name_words.txt")
    industry = lexicon.words("industry_words.txt")
    straddling = toks[idx] if idx < len(toks) else None
    if edge < start and straddling and straddling[3].startswith("v") and \
            any(text[edge:start].endswith(w) for w in boundary):
        return start  # 召开|大会: jieba joined a verb to the suffix
    legal = text.endswith(COMPANY_ENDINGS, start, end) and not text.endswith(("分公司", "子公司"), start, end)
    seen_place = False
    prev_admin = edge < start and text[edge:start] in ADMIN_ABBR
    i = idx - 1
    while i >= 0:
        st, en, word, flag = toks[i]
        ending = _boundary_endings().longest(text[max(win, edge - 6):edge])
        # (2024年度|会员企业|新春团拜会: whom a meeting is for is in its name, not who is taken to one)
        cut_apart = ending and not (kind == "event" and ending in lexicon.words("meeting_audiences.txt")) \
            and not _boundary_endings().longest(word) and text[edge - len(ending):edge + 1] not in name_words  # (对|俄)
        aside = kind == "event" and word == ")" and other_name_before(text, en)
        if aside:
            j = next((k for k in range(i - 1, -1, -1) if toks[k][0] == en - len(aside)), None)
            if j is not None:  # 海东市工商联|(总商会)|第二次会员代表大会: the federation's two names
                edge, i = toks[j][0], j - 1
                continue
        if kind == "org" and LATIN.fullmatch(word) and edge < start:
            edge = st  # 、TCL|科技集团股份有限公司: a trade name in Latin letters opens the name
            if i > 0 and (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2])):
                i -= 1  # 洛阳|LYC|轴承有限公司: or follows its place
                continue
            if i > 1 and toks[i - 1][3] in ("nr", "nz", "n") and len(toks[i - 1][2]) == 2 \
                    and (toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2])):
                edge = toks[i - 2][0]  # 江西|赛维|LDK|太阳能…: or the Chinese trade name before it, after its place
            break
        if word in ("—", "-", "·") and kind == "event" and i > 0 and edge == en and \
                (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2])):
            edge, i = toks[i - 1][0], i - 2  # 中国|—|东盟博览会, 中国|·|青海…洽谈会: two places a dash or dot joins
            continue
        if PUNCT.search(word) or cut_apart:
            break  # 做精|“政企会客厅”: a governing word jieba cut apart ends the name too
        if kind in ("org", "body") and word in lexicon.roles() and not (
                word[0] in ADMIN_ABBR and i > 0 and is_place_word(toks[i - 1][2] + word[0])):
            break  # …有限公司董事长|张新为|自治区工商联: a post ends the name before it (not 深圳|市长|盈精密)
        if word in COMPANY_ENDINGS and legal:
            break  # 天马微电子有限公司|和宸|鸿科技有限公司: one company's end is no part of the next one's name
        if word == "记" and text[st - 1:st] in ("—", "-"):
            break  # ——记|赣州市青年企业家商会会长刘海涛: a profile's subtitle
        if kind in ("org", "body") and flag.startswith("v") and len(word) > 1 and edge == en < start and \
                _opens_with_place(toks[i + 1][2]) and not is_place_word(word):  # (贵州|遵义/v|汇川区: a place too)
            # 重点抓好|浦江县水晶行业协会: a verb before the known place a name opens with governs the name
            # (a single character is too often a name's own that jieba cut from an unknown place: 临|渭市)
            break
        ordinal = (kind == "event" and (ORDINAL.match(word) or (_CUT_ORDINAL.match(word) or _NUMBER.fullmatch(word))
                                        and _ORDINAL_REST.match(text, en)
                                        or _ordinal_tail(toks, i) or _ordinal_head(toks, i))) \
            or (kind == "programme" and flag == "m" and (CJK.match(word) or YEAR.fullmatch(word))
                and word not in _MEASURE_WORDS)  # (42|个|“苏商回归”项目: how many, no part of the name)
        if kind == "programme" and not ordinal and flag not in ("n", "nz", "j", "ns", "nr", "nt", "b", "vn", "an"):
            break
        if kind == "programme" and word in SCOPES:
            break  # 全市|“万企兴万村”行动: where it runs, not its name
        stop = (flag in STOP_FLAGS or (flag == "f" and len(word) == 1)) and word not in ADMIN_ABBR \
            and word not in name_words and text[st:st + 2] not in name_words and word not in industry \
            and not (flag in ("i", "t", "d") and _division_word(word)) \
            and not (flag in ("i", "l") and kind == "org" and no_trade_name(word))
        # (攀枝花/i: a place; 零部件/mq: a trade; 能源开发/i: trades jieba read as one phrase)
        if stop and kind == "org" and len(word) == 1 and edge == en and i > 0 and is_place_word(word + text[en:en + 1]) \
                and (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2])):
            stop = False  # 浙江|新|市|米业: a place's name jieba cut in two, after its province
        if kind == "body" and word == "和" and _body_conjunction(toks, i):
            edge, prev_admin = st, False  # 市|自然资源|和|规划局: one body, not two
            i -= 1
            continue
        if stop and kind == "org" and flag in ("zg", "ng") and len(word) == 1 and edge < start and word not in boundary and (
                i == 0 or PUNCT.search(toks[i - 1][2])):
            edge = st  # 、农|商行松江支行: a character jieba could not place, opening the name
            break
        if stop and kind == "org" and len(word) == 1 and edge < start and (j := _loose_run(toks, i, idx)) is not None:
            edge, i = toks[j][0], j - 1  # 广东|万|和|新|电气: single characters after a place are its trade name
            continue
        if stop and kind == "org" and flag == "q" and len(word) == 1 and i > 0 and toks[i - 1][2].isdigit() \
                and (i == 1 or PUNCT.search(toks[i - 2][2])) and edge < start:
            edge = toks[i - 1][0]  # 、361|度|国际有限公司: a number and its measure, opening the clause, are a trade name
            break
        if stop and kind in ("org", "body") and flag in ("q", "zg", "ng", "tg") and i > 0 and \
                (len(word) == 1 or flag == "q" and len(word) == 2):
            # 宜宾|天|原集团, 温州|瓯江|口|新区, 温州|湾|新区: a character jieba left alone after a place
            # (宁夏|天元/q|锰业: or a pair it read as a measure)
            stop = not (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2]))
        elif stop and kind in ("org", "body") and flag in ("m", "l") and (edge < start or _ORDINAL_NAME.fullmatch(word)):
            # 桂林|三|金药业: a numeral between a place and the rest of a name belongs to the trade name;
            # a fixed phrase starts no company's name, but may be inside one (怡合达|自动化|股份有限公司)
            # (so is a trade name of numerals alone at the start of a clause, 三|一|集团)
            # (and a village's: 双龙镇|十八|洞村)
            # (and an ordinal after a place: 昭通市|第一|中学, 第一|人民医院)
            stop = flag == "m" and not ((NUMERALS.fullmatch(word) or _COUNTED_NAME.fullmatch(word)
                                         or _ORDINAL_NAME.fullmatch(word)) and (
                _numeral_name(toks, i) or i > 0 and (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2])
                                                     or text[start:end] == "村" and toks[i - 1][2][-1] in "镇乡")))
        elif stop and kind == "event" and flag == "l" and (edge < start or i > 0 and (
                toks[i - 1][2] == ")" or toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2]))):
            # 海南|自由贸易|港政策宣讲会: a fixed phrase inside an event's name (中国(东阳)|红木家具|博览会: or
            # what it is of, after its place)
            stop = False
        elif stop and kind == "org" and (flag in ("l", "i") or flag == "t" and word[-1] not in _TIME_ENDS) and i > 0 \
                and (toks[i - 1][3] == "ns" or is_place_word(toks[i - 1][2])
                     or flag in ("t", "i") and i > 1 and toks[i - 1][3] in ("n", "nz") and (edge < start or flag == "i")
                     and (toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2]))):
            # 中国|工艺美术|协会: a fixed phrase after a place names the trade; 江苏|今世|缘酒业: a word jieba
            # reads as a time, no date (今年, 上月), after a place opens the trade name (广西|农垦|明阳|生化集团:
            # or after a place and a word of its own; 香港|中华|出入口|商会: an idiom too)
            stop = False
        if kind == "org" and word in boundary and _adjective_name(toks, i):
            edge = toks[i - 1][0]  # 新|希望|集团: an adjective and a verb make a trade name at the clause start
            if i >= 2 and (toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2])):
                i -= 2  # 四川|新|希望|房地产开发有限公司: or after its place
                continue
            break
        if kind == "org" and word in boundary and _trade_then_word(toks, i, industry):
            edge = st  # 东莞市|大疆|创新|科技有限公司: a word between a trade name and the trade is in the name
            i -= 1
            continue
        if kind == "org" and word in ("和", "与") and edge == en < start and i >= 2 and toks[i - 1][2] in industry \
                and toks[i - 1][2] not in LEGAL_WORDS \
                and (toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2])):
            edge = st  # 深圳市|物流|与|供应链管理协会: the two trades of a place's association
            i -= 1
            continue
        if kind == "org" and word == "和" and edge == en < start and i >= 2 and toks[i - 1][3] in ("nr", "nz", "ng") \
                and len(toks[i - 1][2]) <= 2 and (toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2])):
            edge = toks[i - 1][0]  # 湖州|老恒|和|酿造有限公司: 和 ends a trade name after its place (恒和, 万和)
            i -= 2
            continue
        if kind == "org" and word in ("和", "与") and edge == en < start and text[start:end] in _SCHOOLS \
                and _university_before(toks, i):
            edge = st  # 湖南大学|经济|与|贸易学院, 中国人民大学|国家|发展|与|战略研究院: a university's school of two subjects
            i -= 1
            continue
        if kind == "event" and word in ("和", "与", "及") and _subjects_joined(toks, i):
            edge = st  # 非公有制经济组织|和|社会组织党建工作推进会, 合作|与|投资贸易洽谈会: two nouns it is about
            i -= 1
            continue
        if kind == "event" and word in lexicon.words("topic_words.txt") and i > 0 and edge == en < start \
                and toks[i - 1][3] in ("n", "nt", "nz", "ns", "j") and not PUNCT.search(toks[i - 1][2]):
            edge = st  # 渝商|创新|发展论坛: what the meeting is about, after whom it is for
            i -= 1
            continue
        if kind == "event" and word == "代表" and toks[i + 1][2] == "人士":
            edge = st  # 民营经济|代表|人士理想信念教育培训班: the noun (representatives), not the verb
            i -= 1
            continue
        if word == "组织" and i > 0 and toks[i - 1][2].endswith(_ORGANISED) and kind != "org":
            edge = st  # 全省商会组织|负责人培训班, 社会组织: 组织 the noun (organisations), not the verb
            i -= 1
            continue
        if kind in ("org", "body") and (word in boundary or stop) and edge == en and \
                any(text.startswith(z, st) and st + len(z) > en for z in lexicon.zone_kinds()):
            edge = st  # 经|开区|工商联: jieba read a zone's short form as a preposition and a place
            i -= 1
            continue
        if len(word) == 2 and word[0] == "任" and word[1] in ADMIN_ABBR and i > 0 and \
                (toks[i - 1][2] == "同志" or toks[i - 1][3] == "nr"):
            edge = en - 1  # 刘德华同志|任市|工商联: the verb of an appointment (not 任县, a county, after a noun)
            break
        if not ordinal and (word in boundary and text[st:st + 2] not in name_words or stop or not CJK.match(word)) \
                and not _campaign_verb(toks, i, idx, kind):
            # 永川区推动…大会: an event named after its place and what it does (not 广西|召开…大会)
            if kind == "event" and flag.startswith("v") and word not in lexicon.words("convening_verbs.txt"):
                j = i - 1
                while j >= 0 and (toks[j][3] == "ns" or is_place_word(toks[j][2]) or toks[j][2] in ADMIN_ABBR):
                    j -= 1
                if j < i - 1 and (j < 0 or PUNCT.search(toks[j][2])):
                    edge = toks[j + 1][0]
            break
        if len(word) == 2 and (word[1] in ADMIN_ABBR or flag == "ns") and word[0] in FUNCTION_CHARS \
                and not is_place_word(word):
            edge = en - 1  # 经市|工商联, 与洲|泉镇: jieba joined a function word to the name's first character
            break
        place = flag == "ns" or is_place_word(word) or len(word) == 1 and is_place_word(word + text[en:en + 1])
        if prev_admin and not place and not (toks[i + 1][2] == "镇" and toks[i + 1][1] == start and len(word) > 1
                                             and flag in ("n", "nr", "nz", "nt")):
            break  # 锚定|省工商联: a bare 省/市 abbreviation starts the name (a town's is its name: 黄土|镇|商会)
        seen_place = seen_place or place
        prev_admin = word in ADMIN_ABBR
        edge = st
        i -= 1
    return edge


def _loose_run(toks: list[tuple[int, int, str, str]], i: int, suffix: int) -> int | None:
    """Where a run of two or three single characters through ``toks[i]`` begins, if a place stands before it.

    jieba leaves a trade name it does not know in single characters, some of
    them function words (广东|万|和|新|电气股份有限公司, 宁波|均|胜|电子); the run
    ends before ``toks[suffix]``.
    """
    def single(k: int) -> bool:
        return len(toks[k][2]) == 1 and bool(CJK.match(toks[k][2]))

    j, last = i, i
    while j >= 0 and single(j):
        j -= 1
    while last + 1 < suffix and single(last + 1):
        last += 1
    singles = last - j
    if j > 0 and toks[j][3] in ("nr", "n", "nz") and len(toks[j][2]) == 2 and is_place_word(toks[j - 1][2]):
        j -= 1  # 北京|金诚/nr|同|达|律师事务所, 浙江|物产|中|大|集团: a word of the trade name opens the run
    run = {t[2] for t in toks[j + 1:last + 1]}
    if not 2 <= singles <= 3 or j < 0 or not is_place_word(toks[j][2]) or "等" in run \
            or run & lexicon.words("determiners.txt") or toks[last][2] in ADMIN_ABBR:
        # (a known place: jieba takes unknown names for places too, 罗东|宏|等|向; 沧州市|各|商|协会;
        # 郑|建平|与|市|工商联: 市 before the suffix is the name's own abbreviation)
        return None
    return j + 1


def _ordinal_tail(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether ``toks[i]`` ends an ordinal or a year jieba cut apart (第七十七|届, 2019|年, 十五|周年)."""
    if i < 1:
        return False
    word, before = toks[i][2], toks[i - 1][2]
    return (word in ("届", "次", "期", "周年") and bool(_CUT_ORDINAL.match(before) or _NUMBER.fullmatch(before))) or \
        (word in ("年", "年度") and len(before) == 4 and before.isdigit())


def _ordinal_head(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether ``toks[i]`` is a 第 jieba cut from its number (第|53|届)."""
    return toks[i][2] == "第" and i + 2 < len(toks) and bool(_NUMBER.fullmatch(toks[i + 1][2])) \
        and toks[i + 2][2][:1] in "届次期"


def _body_conjunction(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether the 和 at ``toks[i]`` joins two words of one body's name (市|经济|和|信息化局).

    A place or 省/市 stands at most two words before it, no name ends between them
    (市工商联|和|区委统战部) and none begins after it.
    """
    after = toks[i + 1][2] if i + 1 < len(toks) else ""
    if not after or after[0] in ADMIN_ABBR or is_place_word(after[:2]) or is_place_word(after):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        word, flag = toks[j][2], toks[j][3]
        if word in ADMIN_ABBR or flag == "ns" or is_place_word(word):
            return j < i - 1
        if not CJK.match(word) or flag in ("p", "c", "r", "d", "v", "u", "uj") or word[-1] in _NAME_ENDS \
                or word in lexicon.words("boundary_words.txt"):
            return False
    return False


_ORGANISED = ("商会", "协会", "工商联", "党", "经济", "社会")  # what 组织 after them makes a noun of


def _campaign_verb(toks: list[tuple[int, int, str, str]], i: int, idx: int, kind: str) -> bool:
    """Whether the verb at ``toks[i]`` sits between a topic and a verbal noun inside an event's name
    (党史|学习|教育动员会: the campaign the meeting is for; 商事纠纷|诉调|对接|工作推进会: two verbs),
    not after whoever holds it (商会|组织|教育培训班)."""
    if kind != "event" or not 0 < i < idx - 1 or toks[i][3] != "v":
        return False
    first, last = i, i
    while first > 0 and i - first < 2 and toks[first - 1][3] == "v":
        first -= 1
    while last < idx - 2 and last - i < 2 and toks[last + 1][3] == "v":
        last += 1
    if first == 0 or toks[last + 1][3] != "vn":
        return False
    before = toks[first - 1]
    return before[3] in ("n", "nz") and before[2][-1] not in _NAME_ENDS and not any(
        t[2] == "组织" or t[2] in lexicon.words("convening_verbs.txt") for t in toks[first:last + 1])


def _subjects_joined(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether the 和/与/及 at ``toks[i]`` joins two nouns a meeting is about, not two bodies (市工商联|和|市税务局)."""
    if not 0 < i < len(toks) - 1:
        return False
    before, after = toks[i - 1], toks[i + 1]
    return all(t[3] in ("n", "vn", "nz", "j") or t[2] == "组织" for t in (before, after)) \
        and before[2][-1] not in _NAME_ENDS and after[2] not in ADMIN_ABBR and not is_place_word(after[2])


_NAME_ENDS = set("联会委局部厅院府协司办")  # the last character of most bodies' and organisations' names


def _adjective_name(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether the verb at ``toks[i]`` and a one-character adjective before it open a name (、新|希望|控股集团)."""
    if i < 1 or toks[i][3] != "v" or toks[i][2] in _NEWLY or toks[i][2] in _TAKING_POST \
            or len(toks[i - 1][2]) != 1 or toks[i - 1][3] != "a":  # (徐国|良|担任|商会…: a name, then its post)
        return False
    return i == 1 or bool(PUNCT.search(toks[i - 2][2])) or toks[i - 2][3] in ("r", "ns") or is_place_word(toks[i - 2][2])


def _trade_then_word(toks: list[tuple[int, int, str, str]], i: int, industry) -> bool:
    """Whether the word at ``toks[i]`` stands between a trade name and the trade (东莞市|大疆|创新|科技).

    The trade name opens the clause or follows a place; the trade is a word of ``industry``.
    """
    if not 0 < i < len(toks) - 1 or toks[i + 1][2] not in industry:
        return False
    trade = toks[i - 1]
    if trade[3] not in ("ns", "nz", "nr", "nrt", "j") or is_place_word(trade[2]) or len(trade[2]) < 2:
        return False
    return i == 1 or bool(PUNCT.search(toks[i - 2][2])) or toks[i - 2][3] == "ns" or is_place_word(toks[i - 2][2])


_NEWLY = {"成立", "组建", "筹建", "建立", "建成", "注册", "引进", "增加", "开设"}  # 新|成立|公司: newly, not a name
_TAKING_POST = {"担任", "出任", "兼任", "接任", "连任", "当选", "就任", "任职"}


_MEASURE_CHARS = set("家个名位所种批项届次期场")


def _numeral_name(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """Whether ``toks[i]`` is in a run of two or more numeral characters that opens a clause (三|一|集团),
    or follows a verb that governs a name."""
    j = i
    while j > 0 and toks[j - 1][3] == "m" and NUMERALS.fullmatch(toks[j - 1][2]):
        j -= 1
    k = i
    while k + 1 < len(toks) and toks[k + 1][3] == "m" and NUMERALS.fullmatch(toks[k + 1][2]):
        k += 1
    opens = j == 0 or PUNCT.search(toks[j - 1][2]) is not None \
        or toks[j - 1][2] in lexicon.words("boundary_words.txt")  # (选举|三一集团有限公司董事…)
    # (、三|全|食品股份有限公司: or one numeral and a character jieba left alone, no measure word)
    alone = k + 1 < len(toks) and len(toks[k + 1][2]) == 1 and toks[k + 1][3] in ("n", "ng", "zg", "nz", "a", "ag") \
        and toks[k + 1][2] not in _MEASURE_CHARS
    return opens and (toks[k][1] - toks[j][0] >= 2 or alone)


@lru_cache(maxsize=1)
def _boundary_endings() -> lexicon.Endings:
    return lexicon.Endings(w for w in lexicon.words("boundary_words.txt") if len(w) >= 2)


def starts_with_place(name: str) -> bool:
    """True for names that begin with a place, an abbreviation or a national prefix."""
    if name[:1] in ADMIN_ABBR or name.startswith(NATIONAL_PREFIXES) or name.startswith(("我县", "我市", "我区", "中共", "自治区")):
        return True
    if _TOWN.match(name) or _VILLAGE.match(name) or ZONE.match(name):
        return True
    if any(name.startswith(short) and len(name) > len(short) for short in lexicon.zone_kinds()):
        return True  # 园区|工商联, 高新区|党工委: a zone's own, by the short form of its kind
    for n in range(min(len(name) - 1, 12), 1, -1):
        if is_place_word(name[:n]):
            return True
    return False
