from __future__ import annotations

import pytest

from fedgraph import extract_document
from fedgraph.ingest import Document


def facts(text, kind):
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    label = {k: e.label for k, e in result.entities.items()}
    return {(label[f.subject], f.role, label[f.object]) for f in result.facts if f.kind == kind}


@pytest.mark.parametrize("text, expected", [
    ("锦州市工商联召开会议。锦州市委统战部副部长、市工商联党组书记卫铁智表示。",
     {("卫铁智", "副部长", "锦州市委统战部"), ("卫铁智", "党组书记", "锦州市工商联")}),
    ("永川区工商联召开会议。永川河南商会和区工商联副主席邓儒方、汪礼碧、孟瑞章等向永川中学捐赠空调。",
     {("邓儒方", "副主席", "永川区工商联"), ("汪礼碧", "副主席", "永川区工商联"), ("孟瑞章", "副主席", "永川区工商联")}),
    ("全國工商聯副主席、黨組成員魯勇率調研組赴鄂。",
     {("鲁勇", "副主席", "全国工商联"), ("鲁勇", "党组成员", "全国工商联")}),
    ("湖南省工商联召开大会,省委副书记、省长毛伟明出席并讲话。",
     {("毛伟明", "副书记", "湖南省委"), ("毛伟明", "省长", "湖南省人民政府")}),
    ("渝西都市报记者 钟 梅", {("钟梅", "记者", "渝西都市报")}),
])
def test_relations_posts(text, expected):
    assert expected <= facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    ("永联园区商会、何埂商会成功创建2023—2024年度国家级“四好商会”。",
     {("永联园区商会", "", "2023—2024年度国家级“四好商会”"), ("何埂商会", "", "2023—2024年度国家级“四好商会”")}),
    ("长城汽车重庆分公司、重庆新泰机械公司等4家民营企业荣获2023年重庆市优秀民营企业表彰。",
     {("长城汽车重庆分公司", "", "2023年重庆市优秀民营企业"), ("重庆新泰机械公司", "", "2023年重庆市优秀民营企业")}),
    ("新泰机械公司被重庆市慈善总会授予2023年度慈善捐赠贡献奖。",
     {("新泰机械公司", "", "2023年度慈善捐赠贡献奖")}),
])
def test_relations_awards(text, expected):
    assert expected <= facts(text, "award")


def test_relations_guided_by():
    found = facts("2023年,永川区工商联在区委区政府的坚强领导下开展工作。", "guidedBy")
    assert ("永川区工商联", "", "永川区委") in found
    assert ("永川区工商联", "", "永川区人民政府") in found
