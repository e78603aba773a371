"""Property-based tests: random text through ingest and extraction never crashes, and every
offset in the result points at the text it claims."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fedgraph import extract_document
from fedgraph.ingest import Document, clean_text
from fedgraph.ingest.clean import fold

PIECES = ["锦州市工商联", "区工商联", "主席", "副主席", "杨红杰", "、", "，", "。", "\n", "\n\n", " ", "“", "”",
          "荣获", "商会", "有限公司", "永川区", "召开", "大会", "記者", "钟 梅", "2023年", "(", ")", "工商聯"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=6)), max_size=60).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_properties_clean_offsets_map_back(text):
    clean = clean_text(text)
    assert len(clean.offsets) == len(clean.text)
    assert list(clean.offsets) == sorted(clean.offsets)
    for i, ch in enumerate(clean.text):
        if ch not in "\n ":
            assert fold(text[clean.offsets[i]]) == ch


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts.filter(lambda t: t.strip()))
def test_properties_extraction_never_crashes_and_offsets_hold(text):
    result = extract_document(Document(path="p.txt", source_file="p.txt", text=text, encoding="utf-8"))
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.exact
        assert m.key in result.entities
    for s in result.sentences:
        assert text[s.start:s.end] == s.text
    for f in result.facts:
        assert f.subject in result.entities and f.object in result.entities
        assert 0 <= f.sentence < max(len(result.sentences), 1)


# -- the fast paths give what the plain ones give ---------------------------------------------

han_runs = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.one_of(han_runs, st.text(alphabet="杨红杰锦州市工商联主席的了和省会长被认定东鹏永信", min_size=1, max_size=10)))
def test_properties_tagger_viterbi_matches_jiebas(run):
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi as jiebas

    from fedgraph.extract.tagger import viterbi

    model = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    assert viterbi(run, *model) == jiebas(run, *model)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20), texts, st.text(alphabet="杨红杰锦州市工商联主席的了和 2023年ab.C\n\r\t", max_size=24)))
def test_properties_tagger_cuts_as_jieba_posseg(text):
    import jieba.posseg as posseg

    from fedgraph.extract.tagger import tagger

    assert tagger().cut(text) == [(p.word, p.flag) for p in posseg.cut(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="锦州市黑山县区工商联", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text(alphabet="锦州市黑山县区工商联,。 ", max_size=40))
def test_properties_gazetteer_matches_the_regex_alternation(words, text):
    import re

    from fedgraph.extract.lexicon import Gazetteer, alternation

    expected = [(m.start(), m.end(), m.group()) for m in re.finditer(alternation(words), text)]
    assert list(Gazetteer(words).finditer(text)) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="大会论坛商会", min_size=1, max_size=3), max_size=8),
       st.text(alphabet="民营大会论坛商会", max_size=10), st.integers(0, 3))
def test_properties_endings_match_endswith(words, text, rest):
    from fedgraph.extract.lexicon import Endings

    fits = [w for w in words if w and text.endswith(w) and len(text) - len(w) >= rest]
    found = Endings(words).longest(text, min_rest=rest)
    assert found == (max(fits, key=len) if fits else None)
