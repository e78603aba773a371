"""``fedgraph_settle``: keep the best non-overlapping candidates as ``doc.ents``.

Longer spans win; among equal lengths the lower priority number wins (awards,
then persons and gazetteer bodies, then quoted titles, suffix names, places).
The objects of award verbs are never cut by a name inside them (全国“五好”县级工商联);
a quoted prize inside an event's name (“中华慈善奖” in its 表彰大会) is.
An organisation's chosen name is a mention wherever else it is written and
no other name is (…吴桂英与|三一集团有限公司, where jieba read 与三一 apart).

Names of organisations, programmes and awards inside a chosen event's name
(湖南省工商联 in 湖南省工商联第十三次代表大会, “青蓝计划” in “青蓝计划”研修班,
“中华慈善奖” in its 表彰大会), and the body or federation an award's name
opens with (市政协 in 市政协年度好提案), are kept apart, in ``doc._.fg_inner``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from fedgraph.extract.extensions import ensure
from fedgraph.extract.names import FUNCTION_CHARS, PARTY_UNITS


class Settler:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        chosen: list[tuple[int, int, str]] = []
        occupied = [False] * (len(doc._.fg_text) + 1)
        order = sorted(set(doc._.fg_candidates),
                       key=lambda c: (c.source != "award", -(c.end - c.start), c.priority, c.start, c.type))
        for c in order:
            if c.end <= c.start or any(occupied[c.start:c.end]):
                continue
            for k in range(c.start, c.end):
                occupied[k] = True
            chosen.append((c.start, c.end, c.type))
        chosen.extend(_written_again(doc._.fg_text, chosen, occupied))
        doc._.fg_inner = _inner(order, chosen, doc._.fg_text)
        spans = []
        for start, end, type_ in sorted(chosen):
            span = doc.char_span(start, end, label=type_, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = _non_overlapping(spans)
        return doc


_AGAIN = {"Federation", "Chamber", "Company", "GovernmentBody", "Organization"}
_HAN = re.compile(r"[\u3400-\u9fff]")


def _written_again(text: str, chosen: list[tuple[int, int, str]], occupied: list[bool]) -> list[tuple[int, int, str]]:
    """Other places an organisation's chosen name is written, where no other name is (与|三一集团有限公司)."""
    found = []
    for name, type_ in sorted({(text[s:e], t) for s, e, t in chosen if t in _AGAIN and e - s >= 4}):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = text[at - 1:at]
            # a function word may stand before a name written again (与|三一集团有限公司);
            # another character may make a longer word of it (毗邻地|区工商联)
            if (not _HAN.match(before) or before in FUNCTION_CHARS) and not any(occupied[at:end]):
                occupied[at:end] = [True] * len(name)
                found.append((at, end, type_))
            at = text.find(name, end)
    return found


_HOSTS = {"Event"}  # awards name kinds of organisation (全国“五好”县级工商联), not organisations
_INNER = {"Programme", "Federation", "Chamber", "Company", "Organization", "Award"}  # (第十二届“中华慈善奖”表彰大会)
_OWNERS = {"Federation", "Chamber", "Company"}  # whose Party unit a body is (市工商联|机关党支部)
_GIVERS = {"GovernmentBody", "Federation"}  # an award's name may open with who gives it (市政协|年度好提案)


def _inner(order: list, chosen: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The best non-overlapping names of ``_INNER`` types strictly inside a chosen event's name, and the
    organisation whose Party unit a chosen body is (兰山区工商联|机关党支部)."""
    hosts = [(s, e) for s, e, t in chosen if t in _HOSTS]
    awards = {s: e for s, e, t in chosen if t == "Award"}
    units = {s: e for s, e, t in chosen if t == "GovernmentBody" and text.endswith(PARTY_UNITS, s, e)}
    if not hosts and not awards and not units:
        return []
    kept = set(chosen)
    found: list[tuple[int, int, str]] = []
    for c in order:
        if (c.start, c.end, c.type) in kept or any(a < c.end and c.start < b for a, b, _ in found) \
                or c.source == "reference":
            continue  # (商会|秘书长培训班: a word that may stand for a name is none by itself)
        inside_event = c.type in _INNER and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                                                for s, e in hosts)
        giver = c.type in _GIVERS and c.end < awards.get(c.start, 0)
        owner = c.type in _OWNERS and c.end < units.get(c.start, 0)
        if inside_event or giver or owner:
            found.append((c.start, c.end, c.type))
    return sorted(found)


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out, last = [], -1
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= last:
            out.append(s)
            last = s.end
    return out


@Language.factory("fedgraph_settle", requires=["doc._.fg_candidates"], assigns=["doc.ents"])
def make_settle(nlp: Language, name: str) -> Settler:
    """Choose the entity spans of the document from all candidates."""
    return Settler()
