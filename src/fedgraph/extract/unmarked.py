"""``fedgraph_unmarked``: names with no suffix, known by what surrounds them.

Many companies are written by trade name alone (煌上煌, 闽安石业).  Two
contexts say such a name is a company (or a chamber) all the same:

- an enumeration that ends in 等N家 and a group noun (``data/group_nouns.tsv``):
  闽安石业、吉安市佳兴装饰材料、江西省江鹏文化等7家企业; or in 等 and the noun alone
  where one of its items is a company named in full (恒瑞医药、盛虹集团、天合光能等企业);
- a role held only in a company (``data/company_roles.txt``) right after it,
  with a person next: 煌上煌董事长褚浚.

Places listed before one federation's suffix (兰州市、天水市、酒泉市工商联) each
name a federation: the places are its candidates, their whole names in
``doc._.fg_full_names``.

News outlets are known the same way: the name before 讯 or 电 (or a byline's 记者) at the start of
a line or bracket, ending as outlets do (``data/outlet_endings.txt``:
长城网·冀云客户端讯 names 长城网), is an organisation.

Each item's start is found as for suffix names (jieba words up to a verb,
function word or punctuation).  The candidates rank below every other kind, so
a name any other recogniser found keeps its own span and type.

>>> from fedgraph.extract import load_pipeline
>>> doc = load_pipeline()("会上,闽安石业、江鹏文化等7家企业负责人发言。")
>>> [(e.text, e.label_) for e in doc.ents]
[('闽安石业', 'Company'), ('江鹏文化', 'Company')]
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.extensions import Candidate, ensure
from fedgraph.extract.names import LATIN, clause_start, left_edge, no_trade_name, tokens
from fedgraph.extract.suffixes import has_suffix
from fedgraph.resolve.divisions import divisions

_NUMBER = "[0-9一二三四五六七八九十百千余多]+"
_LATIN_END = re.compile(rf"(?<![A-Za-z0-9&]){LATIN.pattern}$")
_ITEM = re.compile(rf"[\u3400-\u9fff]{{2,20}}$|{LATIN.pattern}$")  # (vivo, TCL: a trade name in letters)
_PROPER = {"nr", "nrt", "nrfg", "nz", "ns", "nt", "j"}  # jieba's tags for names
_AND = re.compile("以及|和|及|与")
_LISTED = re.compile(r"([\u3400-\u9fff]{2,8})[、和及与]$")  # an item before the last of a list
_LIST_BREAK = re.compile(r"[\n。!?;,，:：“”(（)）]")  # a clause break, but not 、: it joins the list


def _is_name(item: str) -> bool:
    """An enumerated or role-bearing name: Chinese, not generic, and a trade name before any suffix."""
    if not _ITEM.match(item) or item in lexicon.words("generic_names.txt"):
        return False
    suffix = _org_endings().longest(item)
    if suffix is None:
        return True
    rest = item[:-len(suffix)]
    return len(rest) >= 2 and not no_trade_name(rest)


def _common_word(name: str) -> bool:
    """A single dictionary word that is not a proper noun (前任, 现任): a word before a role, not a name."""
    toks = tokens(name)
    return len(toks) == 1 and toks[0][3] not in _PROPER and toks[0][3] != "eng"


@lru_cache(maxsize=1)
def _org_endings() -> lexicon.Endings:
    return lexicon.Endings(s.text for s in lexicon.org_suffixes())


@lru_cache(maxsize=1)
def _group_re() -> tuple[re.Pattern, dict[str, str]]:
    nouns = dict(lexicon.rows("group_nouns.tsv"))
    return re.compile(f"等({_NUMBER}家)?({lexicon.alternation(nouns)})"), nouns


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern:
    ends = lexicon.alternation(lexicon.words("outlet_endings.txt"))
    return re.compile(rf"(?:^|(?<=[【\[(（\n\u3000 ]))([\u3400-\u9fff]{{2,8}}?(?:{ends}))"
                      rf"(?=(?:·[\u3400-\u9fff]{{2,8}}?(?:{ends}))?(?:[讯电]|记者[ \u3000:：]"
                      rf"|[\u3400-\u9fff]{{2,4}}[0-9]{{1,2}}月[0-9]{{1,2}}日[讯电]))")  # (a byline's; 新华社北京3月6日电)


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern:
    return re.compile(f"(?:{lexicon.alternation(lexicon.words('company_roles.txt'))})")


class UnmarkedRecogniser:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        text = doc._.fg_text
        cands = doc._.fg_candidates
        joins: list[tuple[int, int]] = []  # where 和 joins two items of a list
        companies = {(c.start, c.end) for c in cands if c.type == "Company"}
        found = list(self.enumerated(text, joins, companies))
        # a name read across such a 和 (人本集团|和华峰|集团: jieba took 和华峰 for a person) is two names
        cands[:] = [c for c in cands if c.type == "Place" or not any(c.start < a and b < c.end for a, b in joins)]
        taken = [(c.start, c.end) for c in cands if c.type != "Place"]  # a name may begin with a place
        found += self.before_roles(text, taken)
        found += [(m.start(1), m.end(1), "Organization") for m in _outlet_re().finditer(text)]
        for start, end, full in self.sharing_a_suffix(text, cands):
            cands.append(Candidate(start, end, "Federation", 5, "listed"))  # (above the place it is written as)
            doc._.fg_full_names[(start, end)] = full
        for start, end, type_ in found:
            if not any(a < end and start < b for a, b in taken):
                cands.append(Candidate(start, end, type_, 60, "unmarked"))
                taken.append((start, end))
        return doc

    @staticmethod
    def sharing_a_suffix(text: str, cands: list[Candidate]) -> Iterator[tuple[int, int, str]]:
        """Places listed before a federation's name, each with its suffix: 兰州市、|天水市、|酒泉市工商联."""
        for c in [c for c in cands if c.type == "Federation"]:
            head = divisions().first_name(text[c.start:c.end])
            suffix = text[c.start + len(head):c.end]
            at = c.start
            while head and suffix.startswith("工商") and (listed := _LISTED.search(text, max(0, at - 9), at)):
                item = divisions().name_ending(text, listed.end(1))
                if not item or len(item) > len(listed.group(1)):
                    break
                at = listed.end(1) - len(item)
                yield at, listed.end(1), item + suffix

    def enumerated(self, text: str, joins: list[tuple[int, int]],
                   companies: set[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
        pattern, nouns = _group_re()
        for m in pattern.finditer(text):
            type_, end = nouns[m.group(2)], m.start()
            floor = clause_start(text, end, 120, _LIST_BREAK)  # the clause holding the list
            if m.group(1) is None and not any(floor <= a and b <= end for a, b in companies):
                continue  # (the cheap test before the list is read: no company named in full in its clause)
            items, pairs, last = [], [], True
            while True:
                sep = text.rfind("、", floor, end)
                # items after a 、 are whole; the first begins where its words do
                start = sep + 1 if sep >= 0 else left_edge(text, end, end, floor)
                pair = _AND.search(text, start + 2, end - 2) if last else None
                if pair and _is_name(text[start:pair.start()]) and _is_name(text[pair.end():end]):
                    pairs.append(pair.span())  # 腾讯和阿里巴巴: the last two items joined by 和
                    items += [(start, pair.start()), (pair.end(), end)]
                else:
                    items.append((start, end))
                if sep < 0:
                    break
                end, last = sep, False
            if m.group(1) is None and not companies.intersection(items):
                continue  # 餐饮、住宿等企业: with no count, only a list holding a company named in full is of firms
            joins += pairs
            yield from ((s, e, type_) for s, e in items if _is_name(text[s:e]))

    def before_roles(self, text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
        for m in _role_re().finditer(text):
            end = m.start()
            after = _more_roles_re().match(text, m.end()).end()  # TCL创始人|、董事长|李东生
            if any(a < end <= b for a, b in taken) or not any(a == after for a, _ in taken):
                continue  # inside a name, or no person after the role
            floor = clause_start(text, end)
            start = left_edge(text, end, end, floor)
            if start == end and (latin := _LATIN_END.search(text, floor, end)):
                start = latin.start()  # vivo|副总裁: a trade name in letters, which jieba's words leave out
            name = text[start:end]
            if "兼" in name or has_suffix(name):
                continue  # 三一集团有限公司董事长兼|总裁: a role chain, or a suffixed name the other recogniser judged
            if len(name) <= 10 and _is_name(name) and not _common_word(name):
                yield start, end, "Company"


@lru_cache(maxsize=1)
def _more_roles_re() -> re.Pattern:
    """Further roles of the same person, joined by 、 (创始人|、董事长)."""
    return re.compile(f"(?:、(?:{lexicon.alternation(lexicon.roles())}))*")


@Language.factory("fedgraph_unmarked", requires=["token.is_sent_start"])
def make_unmarked(nlp: Language, name: str) -> UnmarkedRecogniser:
    """Find companies named without a suffix, from enumerations (等N家企业) and company roles."""
    return UnmarkedRecogniser()
