"""``fedgraph.CharTokenizer.v1``: one token per character, the text kept as given.

The recognisers read the text itself and mark entities by character offsets,
so a token per character is all the segmentation the pipeline needs (jieba
runs only on short windows, in :mod:`fedgraph.extract.names`).  spaCy's own
``zh`` character segmenter does the same but first reworks white space in
Python, three times slower than building the :class:`~spacy.tokens.Doc` at
once.  White space stays as tokens of its own, so ``doc.text`` is the input
exactly and character offsets never shift.

>>> from fedgraph.extract import load_pipeline
>>> doc = load_pipeline().make_doc("商会 主席")
>>> [t.text for t in doc], doc._.fg_text
(['商', '会', ' ', '主', '席'], '商会 主席')
"""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from fedgraph.extract import extensions  # noqa: F401  (registers doc._.fg_text)


class CharTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        doc._.fg_text = text  # Doc.text rebuilds the string from every token; read it from here
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


@registry.tokenizers("fedgraph.CharTokenizer.v1")
def create_tokenizer():
    def make(nlp) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make
