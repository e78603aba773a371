"""``fedgraph_sentences``: sentence boundaries for Chinese news text.

Sentences end at 。！？ (and their half-width forms), at semicolons only when a
line ends there, and at every line break: headings and bylines stand alone.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract.extensions import ensure

# a sentence ends after 。!? (and the quotes or brackets that close with it) or at a line break
_BREAK = re.compile(r"[。!?！？][”’」』)）]*|\n+")


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        if not len(doc):
            return doc
        text = doc._.fg_text
        starts = {0}
        for m in _BREAK.finditer(text):
            starts.add(m.end())
        starts = sorted(s for s in starts if s < len(text))
        # one array for the whole doc: setting tokens one by one makes spaCy rescan the doc each time
        flags = numpy.full((len(doc), 1), numpy.iinfo(numpy.uint64).max, dtype="uint64")  # -1: not a start
        per_char = len(doc) == len(text)  # fedgraph's tokenizer: token i is character i
        if per_char:
            flags[starts, 0] = 1
        else:
            for char in starts:
                span = doc.char_span(char, char + 1, alignment_mode="expand")
                if span is not None:
                    flags[span.start, 0] = 1
        flags[0, 0] = 1
        doc.from_array([SENT_START], flags)
        # read once, used by every step
        doc._.fg_sentences = (list(zip(starts, starts[1:] + [len(text)])) if per_char
                              else [(s.start_char, s.end_char) for s in doc.sents])
        return doc


@Language.factory("fedgraph_sentences", assigns=["token.is_sent_start", "doc._.fg_sentences"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Split sentences on Chinese sentence-final punctuation and line breaks."""
    return SentenceSplitter()
