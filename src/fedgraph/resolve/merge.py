"""One entity under several names within a document.

An article names an organisation in full once and shorter after (重庆新泰机械公司,
then 新泰机械公司; 漳州片仔癀药业股份有限公司, then 片仔癀公司), and an event,
award or programme in several ways (a headline's 会员大会 for the text's
会员代表大会, 先进集体 for the honour named in full).  :func:`merge_short_forms`
and :func:`merge_variants` map the shorter names' keys to the fuller one's.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.awards import BEST_OF, HONOUR_WORDS
from fedgraph.extract.names import SCOPES
from fedgraph.resolve.divisions import divisions
from fedgraph.resolve.entities import QUOTES, Entity, Resolver, full_names


def merge_short_forms(entities: dict[str, Entity], resolver: Resolver) -> dict[str, str]:
    """Map keys of short forms to the full entity they abbreviate within a document.

    新泰机械公司 joins 重庆新泰机械公司 and 纸业协会 joins 夹江县纸业协会 when
    the longer name is the shorter one with a place written before it, and
    合肥市蜀山区温州商会 joins 安徽省合肥市蜀山区温州商会; a trade name and 公司
    (片仔癀公司), or a trade name and its trade (晋韵农业), joins the one company whose
    name holds it; 荆门市税务局 joins
    国家税务总局荆门市税务局 (a national body's local office, named without it).
    """
    by_label: dict[tuple[str, str], list[str]] = {}
    owners = sorted({ent.label for ent in entities.values() if ent.type in ("Organization", "Company")})
    for key, ent in entities.items():
        if ent.type in ("Company", "Chamber", "Organization", "GovernmentBody"):
            shorter = {ent.label[start:] for start, _, _ in resolver.places_within(ent.label)[1:]}
            if ent.type in ("Organization", "Chamber"):  # 民营经济研究院 for 浙江大学|民营经济研究院, where 浙江大学 is named
                shorter |= {ent.label[len(o):] for o in owners if ent.label.startswith(o) and len(ent.label) - len(o) >= 4}
            d, rest = resolver.leading_place(ent.label)
            while d is not None and len(rest) > 2:
                shorter.add(rest)
                d, rest = resolver.leading_place(rest)
            head = resolver.divs.first_name(ent.label, lexicon.words("place_stops.txt"))
            if head and len(ent.label) - len(head) > 2:  # 江阴商会 for 无锡市|江阴商会 (无锡市江阴|商会 above)
                shorter.add(ent.label[len(head):])
            legal = next((f for f in _LEGAL_FORMS if ent.label.endswith(f) and len(ent.label) - len(f) >= 3), None)
            if ent.type == "Company" and legal:  # 蒙商银行 for 蒙商银行股份有限公司, 扬子江药业集团 for 江苏…有限公司
                shorter |= {name[:-len(legal)] for name in (*shorter, ent.label) if len(name) - len(legal) >= 3}
            if ent.type in ("Company", "Organization"):  # 江阴农商银行 for 江阴农村商业银行股份有限公司
                shorter |= {name.replace(full, short) for name in (*shorter, ent.label)
                            for full, shorts in lexicon.word_abbreviations().items() if full in name for short in shorts}
            if ent.type == "Company" and (initials := _initials(ent.label, resolver.divs)):
                shorter.add(initials)  # 广汽集团 for 广州汽车集团股份有限公司: the place's and the trade's first characters
            branch = _BRANCH.fullmatch(ent.label)
            if branch:  # 中国银行山东省分行 for 中国银行股份有限公司山东省分行
                shorter.add(branch.group(1) + branch.group(2))
            if ent.type == "Company" and ent.label.endswith(_BRANCH_ENDS):  # 中国银行宁夏分行: the region's short name
                shorter |= {short for name in (*shorter, ent.label) if (short := _place_shortened(name, resolver.divs))}
            if ent.type in ("Chamber", "Organization"):  # 台商协会 for 昆山市台湾同胞投资企业协会,
                # 中国光彩会 for 中国光彩事业促进会
                kinds = [(short, full) for short, full in full_names("organisation").items() if short != full]
                shorter |= {short for name in shorter for short, full in kinds if full == name}
                shorter |= {name[:-len(full)] + short for name in (*shorter, ent.label) for short, full in kinds
                            if name.endswith(full) and len(name) > len(full)}
            if ent.type in ("Company", "GovernmentBody"):  # 建行绍兴分行 for 中国建设银行绍兴分行 (人行: 中国人民银行)
                shorter |= {short + name[len(full):] for name in (*shorter, ent.label)
                            for short, full in lexicon.bank_names().items() if name.startswith(full)}
            if ent.type in ("GovernmentBody", "Company"):  # 人民银行丽水市分行 for 中国人民银行丽水市分行
                shorter |= {short + ent.label[len(full):] for full, shorts in lexicon.national_short_names().items()
                            if ent.label.startswith(full) and len(ent.label) > len(full) for short in shorts}
            national = _NATIONAL_PARENT.match(ent.label)
            if national and resolver.leading_place(ent.label[national.end():])[0] is not None:
                shorter.add(ent.label[national.end():])  # 荆门市税务局 for 国家税务总局荆门市税务局
            for name in shorter:  # 安徽省|合肥市|蜀山区温州商会: every place written first may be left out
                by_label.setdefault((ent.type, name), []).append(key)
    out: dict[str, str] = {}
    ambiguous: dict[str, list[str]] = {}
    for key, ent in entities.items():
        longer = sorted(set(by_label.get((ent.type, ent.label), [])) - {key})
        short = _SHORT_COMPANY.fullmatch(ent.label)
        if not longer and ent.type == "Company" and (short or not ent.label.endswith(_COMPANY_ENDS)):
            # 片仔癀公司 after 漳州片仔癀药业股份有限公司: the trade name, then 公司;
            # 晋韵农业 after 山西晋韵农业开发有限公司: the trade name and its trade
            needle = short.group(1) if short else ent.label
            longer = sorted(k for k, e in entities.items() if k != key and e.type == "Company"
                            and needle in e.label and len(e.label) > len(ent.label))
            trade = _without_trade_word(ent.label) if not short else ""
            if not longer and len(trade) >= 2:  # 以岭药业 after 河北以岭医药集团有限公司: the trade name alone
                longer = sorted(k for k, e in entities.items() if k != key and e.type == "Company"
                                and trade in e.label and len(e.label) > len(ent.label))
        if len(longer) == 1:
            out[key] = longer[0]
        elif longer:
            ambiguous[key] = longer
    for key, longer in ambiguous.items():
        finals = {_follow(out, k) for k in longer}  # 壶镇镇商会: 缙云县壶镇镇商会, itself 丽水市缙云县壶镇镇商会's
        if len(finals) == 1 and key not in finals:
            out[key] = finals.pop()
    return {key: _follow(out, longer) for key, longer in out.items()}


def _without_trade_word(name: str) -> str:
    """``name`` without the trade word it ends with (以岭|药业), or '' if it ends with none."""
    industry = lexicon.words("industry_words.txt")
    return next((name[:-n] for n in (3, 2) if name[-n:] in industry), "")


def _initials(name: str, divs) -> str:
    """The short name made of the first characters of a company's place and trade, then the rest of its name
    without its legal form (广州汽车集团股份有限公司: 广汽集团; 鞍山钢铁集团有限公司: 鞍钢集团), or ''."""
    head = divs.first_name(name, lexicon.words("place_stops.txt"))
    legal = next((f for f in _LEGAL_FORMS if name.endswith(f)), "")
    rest = name[len(head):len(name) - len(legal)]
    if not head or len(rest) < 4 or rest[:2] not in lexicon.words("industry_words.txt"):
        return ""
    return head[0] + rest[0] + rest[2:]


def _place_shortened(name: str, divs) -> str:
    """``name`` with the province or city written in full inside it under its short name ('' if none)."""
    for at in range(1, len(name) - 2):
        part = divs.first_name(name[at:])
        d = next((d for d in divs.by_name(part) if d.name == part and d.level != "county"), None) if part else None
        if d is not None and d.short and d.short != d.name:
            return name[:at] + d.short + name[at + len(part):]
    return ""


def _follow(merged: dict[str, str], key: str) -> str:
    while key in merged:
        key = merged[key]
    return key


_NATIONAL_PARENT = re.compile(r"(?:国家|中国)[\u3400-\u9fff]{1,8}?(?:总局|总署|部|委员会)")
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
_BRANCH_ENDS = ("分行", "支行", "分公司", "子公司", "分厂", "营业部")
_BRANCH = re.compile(rf"(.{{2,}}?)(?:{'|'.join(_LEGAL_FORMS)})(.{{2,}}(?:{'|'.join(_BRANCH_ENDS)}))")
_SHORT_COMPANY = re.compile(r"([\u3400-\u9fff]{2,4})(?:公司|集团)")
_COMPANY_ENDS = ("公司", "集团", "行", "厂", "所", "社", "店")  # a company's own word, not a trade's


_ASIDE = re.compile(r"(?:开幕式|闭幕式|开幕|闭幕|榜单|名单)$")  # an event's ceremony, a ranking's list
_CAMPAIGN_WORD = re.compile(r"(?<=[\u3400-\u9fff]{4})(?:行动|工程)$")
_QUOTED_ACTIVITY = re.compile(r"”[\u3400-\u9fff]{0,4}活动$")
_LEADING_DATE = re.compile(r"^(?:[0-9]{4}(?:年度|年)?|首届|第[一二三四五六七八九十百0-9]+届)")


_ORDINAL_NUMBER = "[0-9一二三四五六七八九十百]+"
_BOARD_SESSION = re.compile(rf"第?({_ORDINAL_NUMBER})届(?:执行委员会|执委会|执委)?第?({_ORDINAL_NUMBER})次"
                            r"(?:执行委员会|执委会|执委)?(?:全体|全委)?会议")
_TWO_HALVES = re.compile(r"([百千万][\u3400-\u9fff]{1,3}[百千万][\u3400-\u9fff])[ \u3000·]?"
                         r"([百千万][\u3400-\u9fff]{1,3}[百千万][\u3400-\u9fff])")  # a slogan of two counts
_QUOTED_ONLY = re.compile(r"“[^“”]+”")
_HONOUR = re.compile(HONOUR_WORDS)  # 获评先进集体: the honour the article named in full


@lru_cache(maxsize=65536)  # (asked of the same names again as each group looks for fuller ones)
def _variant(name: str) -> str:
    """What an event, award or programme name says once the ways of writing it are set aside."""
    name = name.replace("工商业联合会", "工商联").replace("(总商会)", "").split("暨")[0]
    # a federation's 第八次(会员)代表大会, written both ways; a headline's 会员大会 for the text's 会员代表大会
    name = name.replace("会员代表大会", "代表大会").replace("会员大会", "代表大会")
    name = name.replace("非公有制", "非公")  # 非公有制经济人士 and its short form 非公经济人士
    for full, shorts in lexicon.word_abbreviations().items():  # 自贸港 and 自由贸易港
        for short in shorts:
            name = name.replace(short, full)
    name = name.replace("(扩大)", "")  # 执委(扩大)会议: the meeting, whoever else was asked
    # 第十二届执行委员会第二次全体会议 is 十二届二次执委会议: a board's session, written in full or short
    name = _BOARD_SESSION.sub(r"\1届\2次执委会议", name)
    name = _QUOTED_ACTIVITY.sub("”", name)  # “亲清政企·渝北行”走访活动 is the programme “亲清政企·渝北行”
    name = name.replace("”主题", "”")  # “家族企业传承”主题沙龙 is “家族企业传承”沙龙, its theme said or not
    name = QUOTES.sub("", name)  # “全国四好商会” is 全国“四好”商会; “2024中国民营企业500强” its 榜单
    name = _CAMPAIGN_WORD.sub("", name)  # “万企兴万村”行动 is the campaign 万企兴万村 (a slogan named alone)
    return _short_place(_LEADING_DATE.sub("", _ASIDE.sub("", name)))


def _short_place(name: str) -> str:
    """``name`` with the province it opens with written short (湖北省民营企业100强 as 湖北民营企业100强).

    (Only a province: a city's name may follow it, and a name without the province still ends the same.)"""
    head = divisions().first_name(name)
    short = next((d.short for d in divisions().by_name(head) if d.name == head and d.short
                  and d.level == "province"), "")
    return short + name[len(head):] if short else name


def merge_variants(entities: dict[str, Entity]) -> dict[str, str]:
    """Map keys of events, awards and programmes to the one entity of the document they name another way.

    Within one article, 2017中国民营企业500强(榜单) and 中国民营企业500强 are one award;
    北京市东城区工商联第九次会员代表大会, …工商业联合会第九次会员代表大会暨东城区商会成立大会
    and its 开幕式 one event; so is a bare 第十三次代表大会, or an event named without
    its host or brand (年轻一代民营企业家培训班), a programme without the place
    it runs in, or an honour by its kind alone (先进集体), beside the one full
    name that ends with it; so is an event named with fewer words (民营企业家培训班)
    beside the one that holds them (年轻一代民营企业家能力提升培训班).  The longest
    name is the entity.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for key, ent in entities.items():
        if ent.type in ("Event", "Award", "Programme"):
            groups.setdefault((ent.type, _variant(ent.label)), []).append(key)
    out: dict[str, str] = {}
    for (type_, variant), keys in groups.items():
        # the one full name that ends with it (variants are read without quotes: “萧商大会” is 第二届萧商大会)
        fuller = [k for (t, v), ks in groups.items() if t == type_ and _fuller(type_, variant, v) for k in ks]
        if len({_variant(entities[k].label) for k in fuller}) == 1:
            keys = keys + fuller
        label = entities[keys[0]].label
        if type_ == "Programme" and (halves := _TWO_HALVES.fullmatch(variant)):
            # “百会万企行动” beside “百会助百镇 万企兴万村”行动: the slogan shortened to each half's opening words
            short = halves.group(1)[:2] + halves.group(2)[:2]
            keys = keys + [k for (t, v), ks in groups.items() if t == type_ and v == short for k in ks]
        if type_ == "Programme" and _QUOTED_ONLY.fullmatch(label):
            # “百企帮百村” in a headline, “百企帮百村”精准扶贫行动 in the text: the one programme that holds it
            # (“法律服务团” in a headline, “民营企业法律服务团” in the text: the quoted words inside the quotes)
            fuller = {k for k, ent in entities.items()
                      if ent.type == "Programme" and ent.label != label and label.strip("“”") in ent.label}
            if len({_variant(entities[k].label) for k in fuller}) == 1:
                keys = keys + sorted(fuller)
        if type_ == "Event" and len(keys) == 1 and (branded := _branded(entities[keys[0]].label)):
            # “巾帼建新功”分享会 in a headline, 广州市女企业家协会“巾帼建新功”企业家分享会 in the text
            fuller = {k for k, ent in entities.items() if k != keys[0] and ent.type == "Event"
                      and (other := _branded(ent.label)) and other != branded and other[1] == branded[1]
                      and branded[0] in other[0] and other[2].endswith(branded[2][-3:])}
            # (2024年度“十佳民营企业”颁奖典礼 in a headline: 龙泉市2024年度民营经济发展大会暨“十佳民营企业”颁奖典礼)
            if len({_variant(entities[k].label) for k in fuller}) == 1:
                keys = keys + sorted(fuller)
        elif type_ == "Event" and len(keys) == 1 and len(variant) >= 6:
            # 民营企业家培训班 in a headline, 年轻一代|民营企业家|能力提升|培训班 in the text: the one event
            # that holds the short name's words with more before them and one run inserted before its kind
            fuller = {k for (t, v), ks in groups.items() if t == "Event" and v != variant and _widens(variant, v)
                      for k in ks}
            if len({_variant(entities[k].label) for k in fuller}) == 1:
                keys = keys + sorted(fuller)
        if len(keys) > 1:
            top = max(sorted(keys), key=lambda k: len(entities[k].label))
            out.update({k: top for k in keys if k != top})
    return out


def _fuller(type_: str, variant: str, other: str) -> bool:
    """Whether ``other`` names more fully what ``variant`` names: an event named without its host or brand, an
    ordinal or an honour's kind alone (先进集体) with anything before it, a programme or an award without its place
    or scope (东营市|民营企业“法治体检”活动, 2023年度蓬江区|“纳税十强”民营企业)."""
    if other == variant or not other.endswith(variant):
        return False
    if type_ != "Programme" and (type_ == "Event" or variant.startswith("第") or _HONOUR.fullmatch(variant)
                                 or type_ == "Award" and BEST_OF.match(variant)):
        return True  # (入选|十大典型案例: the honour named in full before)
    prefix = other[:-len(variant)]
    # (民营企业|“法治体检”进企业活动: a programme named with whom it serves)
    return _places_only(prefix) or type_ == "Programme" and prefix in _group_nouns()


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """The nouns for kinds of member in ``data/group_nouns.tsv`` (企业, 民营企业, 会员企业)."""
    return frozenset(noun for noun, _ in lexicon.rows("group_nouns.tsv"))


def _places_only(text: str) -> bool:
    """Whether ``text`` is one or more division names or scopes and nothing else (哈尔滨市道里区, 全县)."""
    return divisions().names_only(text, SCOPES)


def _widens(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` with words before it and one run inserted before the end they share,
    at least the kind of event (民营企业家|培训班 in 年轻一代民营企业家能力提升培训班; 2024年度|“十佳民营企业”
    颁奖典礼 in 龙泉市2024年度民营经济发展大会暨“十佳民营企业”颁奖典礼)."""
    shared = len(os.path.commonprefix([short[::-1], name[::-1]]))
    head = short[:len(short) - shared]
    if shared < 3 or len(head) < (2 if shared >= 4 else 3) or len(name) <= len(short):
        return False  # (机关|述职大会 in 机关干部述职大会: a shorter head where more of the kind is shared)
    at = name.rfind(head, 0, len(name) - shared)
    return at >= 0 and at + len(head) < len(name) - shared


_BRANDED = re.compile(r"([^“”]*)“([^“”]{2,20})”([^“”]{2,})")


def _branded(name: str) -> tuple[str, str, str] | None:
    """An event's name around the one brand it quotes: (before, brand, after), the after ending with what
    kind of event it is (分享会, 推进会); None for a name without one brand."""
    m = _BRANDED.fullmatch(name)
    return m.groups() if m and len(m.group(3)) >= 2 else None  # (论坛, 大会: kinds of two characters too)
