"""``fedgraph_sentences``: sentence boundaries for Chinese news text.

Sentences end at 。！？ (and their half-width forms), at semicolons only when a
line ends there, and at every line break: headings and bylines stand alone.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from fedgraph.extract.extensions import ensure

_ENDERS = set("。!?！？")
_CLOSERS = set("”’」』)）")


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        ensure(doc)
        start_next = True
        for tok in doc:
            tok.is_sent_start = start_next
            text = tok.text
            start_next = text in _ENDERS or "\n" in text
            if start_next and tok.i + 1 < len(doc) and doc[tok.i + 1].text in _CLOSERS:
                start_next = False
            if tok.i > 0 and doc[tok.i - 1].text in _ENDERS and text in _CLOSERS:
                start_next = True
        return doc


@Language.factory("fedgraph_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Split sentences on Chinese sentence-final punctuation and line breaks."""
    return SentenceSplitter()
