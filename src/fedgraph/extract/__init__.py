"""Extract: the spaCy pipeline that finds entities and relations in clean text.

Each step is a registered ``fedgraph_*`` component with its language data in
``data/``.  :func:`load_pipeline` assembles them on a blank ``zh`` pipeline
whose tokenizer makes one token per character
(:mod:`fedgraph.extract.tokenizer`): no trained model is needed or downloaded.

>>> nlp = load_pipeline()
>>> doc = nlp("锦州市工商联主席杨红杰介绍。")
>>> [(e.text, e.label_) for e in doc.ents]
[('锦州市工商联', 'Federation'), ('杨红杰', 'Person')]
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from fedgraph.extract import (  # noqa: F401  (registers factories)
    awards, orgs, persons, references, relations, sentences, settle, tokenizer, unmarked)

PIPELINE = ("fedgraph_sentences", "fedgraph_awards", "fedgraph_orgs", "fedgraph_persons",
            "fedgraph_references", "fedgraph_unmarked", "fedgraph_settle", "fedgraph_relations")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """A blank Chinese spaCy pipeline with every fedgraph component, built once."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "fedgraph.CharTokenizer.v1"}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp
