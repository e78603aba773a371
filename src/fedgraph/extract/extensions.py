"""The ``Doc._.fg_*`` extension attributes, registered once, here.

- ``fg_candidates``: list of :class:`Candidate` found by the recognisers before
  overlaps are settled into ``doc.ents``.
- ``fg_places``: ``{(start_char, end_char): [division codes]}`` for place mentions.
- ``fg_award_hits``: :class:`AwardHit` list (award span, trigger, recipient hint).
- ``fg_relations``: :class:`Relation` list written by ``fedgraph_relations``.
- ``fg_text``: the document's text, kept once (``Doc.text`` rebuilds it from
  every token on each access, and with one token per character that is slow).
- ``fg_sentences``: ``[(start_char, end_char)]`` written by ``fedgraph_sentences``.
- ``fg_references``: ``{(start_char, end_char): "self" | "previous"}``: words such
  as 我会 that stand for an organisation named elsewhere (``fedgraph_references``).
- ``fg_inner``: ``[(start_char, end_char, type)]``: names inside an event's name
  (湖南省工商联 in 湖南省工商联第十三次代表大会) or opening an award's (市政协|年度好提案), written by ``fedgraph_settle``;
  they are entities too, but take part in no relation.
- ``fg_full_names``: ``{(start_char, end_char): name}``: the whole name of a span written
  in part, sharing the words of a name before it (…系统先进集体和|先进个人: …系统先进个人).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    priority: int = 5  # lower wins ties between spans of one length
    source: str = ""


@dataclass(frozen=True)
class AwardHit:
    start: int  # award span, characters
    end: int
    trigger: int  # where the award verb starts: the recipient stands before it
    recipient_end: int | None = None  # for "X为Y" items: the recipient ends here


@dataclass
class Relation:
    kind: str  # "post", "award", "guidedBy", "organizedBy", "participatedIn"
    subject: tuple[int, int]
    object: tuple[int, int] | None
    sentence: tuple[int, int]
    role: str = ""
    implied_org: str = ""  # for posts whose organisation is implied by the role
    extra: dict = field(default_factory=dict)


for _name in ("fg_candidates", "fg_places", "fg_award_hits", "fg_relations", "fg_text", "fg_sentences",
              "fg_references", "fg_inner", "fg_full_names"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


ORG_TYPES = {"Federation", "Chamber", "Company", "GovernmentBody", "Organization"}


def span_of(ent) -> tuple[int, int]:
    """The ``(start_char, end_char)`` of an entity span: how relations name their ends."""
    return ent.start_char, ent.end_char


def ensure(doc: Doc) -> Doc:
    """Give ``doc`` fresh containers for every fedgraph attribute it lacks."""
    if doc._.fg_candidates is None:
        doc._.fg_candidates = []
    if doc._.fg_places is None:
        doc._.fg_places = {}
    if doc._.fg_award_hits is None:
        doc._.fg_award_hits = []
    if doc._.fg_relations is None:
        doc._.fg_relations = []
    if doc._.fg_references is None:
        doc._.fg_references = {}
    if doc._.fg_inner is None:
        doc._.fg_inner = []
    if doc._.fg_full_names is None:
        doc._.fg_full_names = {}
    if doc._.fg_text is None:
        doc._.fg_text = doc.text
    if doc._.fg_sentences is None:
        doc._.fg_sentences = [(0, len(doc._.fg_text))] if len(doc) else []
    return doc
