"""What marks a person's name in news text: a title before it, a cue after it.

A title is a role (``data/roles.tsv``) or a title word (``data/person_prefixes.txt``:
省领导); a cue is a verb that follows a name (``data/person_cues.txt``: 表示, 出席),
perhaps after an adverb (``data/person_cue_adverbs.txt``: 分别), or a role written after it,
or an award verb (荣获, 被…授予).  :mod:`fedgraph.extract.persons` and
:mod:`fedgraph.extract.unsurnamed` read names between them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fedgraph.extract import lexicon
from fedgraph.extract.awards import trigger_re

#: 施能坑|为党支部揭牌: who unveils or hands over something for others (the name ends before 为)
FOR_CEREMONY = re.compile(r"为[^。,，;；]{1,16}?(?:揭牌|授牌|颁奖|颁发|授旗|颁证|揭幕|题词)")
BOUNDARY_BEFORE = set(",，。;；:：!?、\n “”()（）") | {""}
BOUNDARY_AFTER = re.compile(r"$|[\s,，。;；:：!?、“”()（）]")


@lru_cache(maxsize=1)
def role_end_re() -> re.Pattern:
    """A title that ends the text it searches (主席|杨红杰, 当选…会长的|徐振宇)."""
    titles = set(lexicon.roles()) | lexicon.words("person_prefixes.txt")
    return re.compile(f"(?:{lexicon.alternation(titles)})的?$")  # (当选…会长的|徐振宇)


@lru_cache(maxsize=1)
def title_re() -> re.Pattern:
    """Any title: a role or a title word."""
    titles = set(lexicon.roles()) | lexicon.words("person_prefixes.txt")
    return re.compile(lexicon.alternation(titles))


@lru_cache(maxsize=1)
def cue_re() -> re.Pattern:
    """A cue, perhaps after an adverb (表示, 分别致辞, or a role: 杨红杰|副主席)."""
    cues = set(lexicon.words("person_cues.txt")) | set(lexicon.roles())
    adverbs = lexicon.alternation(lexicon.words("person_cue_adverbs.txt"))
    return re.compile(f"(?:{adverbs})?(?:{lexicon.alternation(cues)})")


@lru_cache(maxsize=1)
def lone_adverbs() -> frozenset[str]:
    """The adverbs of one character that may stand between a name and its cue (亦, 也, 还)."""
    return frozenset(w for w in lexicon.words("person_cue_adverbs.txt") if len(w) == 1)


def opening_cue(after: str) -> re.Match | None:
    """The cue that opens ``after``, unless it opens an organisation's suffix (南宁总|领事馆, 以来调解|委员会)."""
    cue = cue_re().match(after)
    if cue and (suffix := lexicon.org_suffix_re().match(after)) and len(suffix.group(1)) > max(cue.end(), 2):
        return None
    return cue


def ends_well(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: a boundary, a cue, an award verb or a ceremony for others follows."""
    after = text[end:end + 6]
    return bool(BOUNDARY_AFTER.match(after) or opening_cue(after) or trigger_re().match(after)
                or FOR_CEREMONY.match(text, end))


def awarded(text: str, pos: int) -> bool:
    """Whether an award verb follows at ``pos`` (王立群荣获…, 王立群被全国工商联授予…): a cue too."""
    m = trigger_re().match(text, pos)
    return m is not None and len(m.group()) > 1
