"""``fedgraph_references``: 我会, 本会, 该公司, bare 商会/工商联 and 他/她 standing for a name.

An article often names its organisation once and then says 我会 (the
publishing chamber) or just 商会 (the chamber it named before).  Where a role
follows such a word (我会执行会长邬焕荣, 洞泾镇党委委员、商会秘书长杜俊剑) it
is the organisation of a post; where an award verb follows (该商会荣获…) it is
the recipient.  Either way it becomes a low-priority candidate (any
real name around it wins) and is noted in ``doc._.fg_references``;
:func:`fedgraph.resolve.document.resolve_document` finds what it stands for
and links the post there.  The words are in ``data/references.tsv``.

>>> from fedgraph.extract import load_pipeline
>>> doc = load_pipeline()("东源县黄村商会召开会议。我会秘书长李洪才出席。")
>>> doc._.fg_references
{(12, 14): 'self'}
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract import lexicon
from fedgraph.extract.awards import OPENING, WHEN, trigger_re
from fedgraph.extract.extensions import Candidate, ensure


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern:
    refs = lexicon.references()
    marked = [w for w, r in refs.items() if r.refers_to == "self" or w.startswith("该")]  # 我会, 该商会
    own = lexicon.alternation(marked)
    bare = lexicon.alternation(w for w in refs if w not in marked)
    roles = lexicon.alternation(lexicon.roles())
    awarded = trigger_re().pattern  # 荣获, and 被…授予 with who gives it
    adverbs = lexicon.alternation(lexicon.words("person_cue_adverbs.txt"))  # 同时, 再次, 先后 …
    # a bare suffix right after Chinese text (or a bracket) is the end of a name, not a reference to one,
    # unless that text is an election verb (当选为|总商会会长, 增补…为|商会副会长), 由 (会议由|商会执行会长…主持),
    # 据 (据|公司总经理…介绍), 了 (通报了|商会获评…)
    # or a verb of leading it (带领|商会先后获评…);
    # before a role it holds a post
    # (我会执行会长…), before an award verb it receives (该商会|继2021年|获评…)
    # (and 他/她 opening a sentence, whatever follows: 他带领企业…,荣获…, the subject of its clauses)
    return re.compile(rf"(?:{own}|(?:(?<=为)|(?<=由)|(?<=当选)|(?<=担任)|(?<=兼任)|(?<=\(兼)|(?<=出任)|(?<=据)|(?<=了)|(?<=带领)|(?<=引领)|(?<=与)|(?<![\u3400-\u9fff)）])){bare})"
                      rf"(?=(?:首任|新任|现任|第[一二三四五六七八九十百0-9]+届)?(?:常务|第一|执行|名誉)?副?(?:{roles})|"
                      rf"{WHEN}?(?:{adverbs})?(?:{awarded}))|(?:^|(?<=[。\n!?]))[他她](?![们人])", re.M)


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern:
    """A bare word opening a sentence (after a time) whose later clause receives an award:
    。二十年来,|协会|带领会员企业抱团发展,先后荣获…: the subject of its clauses."""
    bare = lexicon.alternation(w for w, r in lexicon.references().items() if r.refers_to == "previous"
                               and not w.startswith("该") and r.types[0] != "Person")
    return re.compile(rf"(?:^|(?<=[。\n!?！？]))(?:{OPENING})?({bare})(?=[\u3400-\u9fff][^。\n]*?[,，]"
                      rf"(?:{WHEN})?(?:{trigger_re().pattern}))", re.M)


@lru_cache(maxsize=1)
def _opening_re() -> re.Pattern:
    """我会 opening a sentence or a dated clause before a verb of holding an event or where it is held
    (7月12日,|我会|召开…, 我会|在会议室…): the publisher acts (not 我会继续努力, I will go on)."""
    own = lexicon.alternation(w for w, r in lexicon.references().items() if r.refers_to == "self")
    acts = lexicon.alternation(lexicon.words("convening_verbs.txt") | {"在", "于", "联合", "携手", "与"})
    return re.compile(rf"(?:^|(?<=[。\n!?！？])|(?<=日[,，]))({own})(?={acts})", re.M)


class ReferenceRecogniser:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        refs = lexicon.references()
        found = [(m.start(), m.end(), m.group()) for m in _reference_re().finditer(doc._.fg_text)]
        found += [(m.start(1), m.end(1), m.group(1)) for m in _subject_re().finditer(doc._.fg_text)]
        found += [(m.start(1), m.end(1), m.group(1)) for m in _opening_re().finditer(doc._.fg_text)]
        for start, end, word in sorted(set(found)):
            ref = refs[word]
            doc._.fg_candidates.append(Candidate(start, end, ref.types[0], 50, "reference"))
            doc._.fg_references[(start, end)] = ref.refers_to
        return doc


@Language.factory("fedgraph_references", requires=["token.is_sent_start"])
def make_references(nlp: Language, name: str) -> ReferenceRecogniser:
    """Find 我会/本会 and bare 商会/工商联 before a role, to be resolved to the organisation they stand for."""
    return ReferenceRecogniser()
