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
