from __future__ import annotations

import pytest

from fedgraph.errors import IngestError
from fedgraph.ingest import clean_text, find_inputs, read_document
from fedgraph.ingest.clean import fold, undouble

TEXT = "锦州市工商联主席杨红杰介绍,市工商联实施“六有”现代锦商培育计划。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_ingest_reads_simplified_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = read_document(path)
    assert doc.text == TEXT
    assert doc.source_file == "a.txt"


def test_ingest_reads_big5(tmp_path):
    text = "湖北省工商聯主席、總商會會長劉順妮陪同調研。全國工商聯副主席魯勇率調研組赴鄂。"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding == "big5"


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x00\x01\x02binary\x00" * 20, "binary file"),
    (bytes(range(0x80, 0x100)) * 4, "not text"),
])
def test_ingest_rejects_bad_files_with_one_line(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError) as err:
        read_document(path)
    message = str(err.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_ingest_finds_txt_files_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.md").write_text("x", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == ["a.txt", "z.txt"]
    with pytest.raises(IngestError, match="no such file"):
        find_inputs([tmp_path / "missing"])


def test_clean_joins_lines_broken_inside_words():
    text = ("在思想引领上，区工\n\n商联组织民营经济\n\n人士学习，赴暨南大学\n\n开展培训，累计参训\n\n"
            "3000多人次。区工商联推送稳企惠企\n\n政策400多条，实现惠企减负超20亿\n\n元。扎实推进干部驻企服务活\n\n动。")
    clean = clean_text(text)
    assert "区工商联组织民营经济人士学习" in clean.text
    start = clean.text.index("区工商联")
    s, e = clean.original_span(start, start + 4)
    assert text[s:e] == "区工\n\n商联"


def test_clean_joins_a_wrap_before_a_quote_but_never_the_headline_to_the_body():
    text = ("宁波市鄞州区工商联2024年工作总结\n2024年,区工商联在区委、区政府的领导下,扎实推进各项工\n"
            "作。一是加强思想政治引领,组织开展“青蓝接力”传承行动,举办培训班3期。二是优化\n"
            "营商环境,联合区法院成立维权服务中心,全年受理投诉42件。三是推进商会改革。全区\n"
            "新成立2家商会,鄞州区五金机电商会获评2024年度宁波市\n“四好”商会。\n")
    lines = clean_text(text).text.splitlines()
    assert lines[0] == "宁波市鄞州区工商联2024年工作总结"
    assert len(lines) == 2 and "获评2024年度宁波市“四好”商会。" in lines[1]


def test_clean_never_joins_a_notice_title_to_its_salutation():
    text = ("关于表彰2024年度全市“五好”商会的决定\n各县(市、区)工商联,市直属商会:\n"
            "为树立典型,决定授予以下商会“五好”商会称号:\n1.常州市浙江商会\n2.常州市钢铁贸易商会\n"
            "3.常州市福建商会\n4.常州市温州商会\n5.常州市安徽商会\n希望受表彰的商会珍惜荣誉。\n")
    lines = clean_text(text).text.splitlines()
    assert lines[:2] == ["关于表彰2024年度全市“五好”商会的决定", "各县(市、区)工商联,市直属商会:"]


def test_clean_keeps_numbered_items_and_the_signature_on_their_own_lines():
    text = ("关于公布优秀案例的通知\n各市州工商联:\n经评审,确定以下案例为优秀案例,现予公布。\n"
            "1.三一集团有限公司:科技赋能乡村振兴\n2.湖南华菱钢铁集团有限责任公司:绿色低碳发展实践\n"
            "3.长沙银行股份有限公司:金融助力中小微企业\n湖南省工商业联合会\n2024年11月15日\n")
    lines = clean_text(text).text.splitlines()
    assert lines[-5:] == ["1.三一集团有限公司:科技赋能乡村振兴", "2.湖南华菱钢铁集团有限责任公司:绿色低碳发展实践",
                          "3.长沙银行股份有限公司:金融助力中小微企业", "湖南省工商业联合会", "2024年11月15日"]


def test_clean_keeps_associations_listed_one_a_line():
    text = ("决定命名以下商会为2024年度全市“四好”商会:\n台州市路桥区商会\n温岭市泵业协会\n玉环市汽摩配行业协会\n"
            "台州市温州商会\n希望受到命名的商会珍惜荣誉。\n")
    assert clean_text(text).text.splitlines()[1:5] == ["台州市路桥区商会", "温岭市泵业协会", "玉环市汽摩配行业协会",
                                                       "台州市温州商会"]


def test_clean_keeps_paragraph_breaks_in_unwrapped_text():
    text = "锦州市工商联召开会议。\n杨红杰出席。\n"
    assert clean_text(text).text.splitlines()[:2] == ["锦州市工商联召开会议。", "杨红杰出席。"]


def test_clean_keeps_a_list_of_names_one_a_line():
    text = ("经研究,决定对以下单位予以表彰:\n一、优秀商会(3个)\n泉州市石狮商会\n泉州市惠安商会\n泉州市南安商会\n"
            "二、优秀会员企业(2家)\n福建七匹狼实业股份有限公司\n特步(中国)有限公司\n泉州市工商联(总商会)\n2024年1月10日\n")
    lines = clean_text(text).text.splitlines()
    assert lines[2:8] == ["泉州市石狮商会", "泉州市惠安商会", "泉州市南安商会", "二、优秀会员企业(2家)",
                          "福建七匹狼实业股份有限公司", "特步(中国)有限公司"]


def test_clean_keeps_fields_of_a_list_one_a_line():
    text = "平湖商会领导班子名单\n会  长:沈建林\n常务副会长:陆国强、徐红卫\n副会长:张立新、金晓明\n秘书长:顾海英\n监事长:钱卫平\n"
    assert clean_text(text).text.splitlines()[2:] == ["常务副会长:陆国强、徐红卫", "副会长:张立新、金晓明",
                                                      "秘书长:顾海英", "监事长:钱卫平"]


def test_clean_keeps_a_list_of_names_in_traditional_characters_one_a_line():
    text = ("關於2024年度全市「五好」商會評選結果的公示\n擬確定以下10家商會爲2024年度全市「五好」商會：\n"
            "泉州市服裝服飾行業協會\n泉州市石材商會\n晉江市陶瓷商會\n南安市水暖衛浴商會\n現予以公示，公示期爲12月10日至16日。\n"
            "泉州市工商聯\n2024年12月9日\n")
    lines = clean_text(text).text.splitlines()
    assert lines[0] == "关于2024年度全市“五好”商会评选结果的公示"  # the title, apart from the line under it
    assert lines[2:6] == ["泉州市服装服饰行业协会", "泉州市石材商会", "晋江市陶瓷商会", "南安市水暖卫浴商会"]
    assert lines[-2:] == ["泉州市工商联", "2024年12月9日"]  # a signature and its date


def test_clean_joins_a_stray_break_inside_an_organisation_word_only():
    text = "佛山市南海区狮山镇商会\n第三届会员大会召开\n广东顺威精密塑料股份有\n限公司董事长麦仁钊当选会长。"
    lines = clean_text(text).text.splitlines()
    assert lines == ["佛山市南海区狮山镇商会", "第三届会员大会召开", "广东顺威精密塑料股份有限公司董事长麦仁钊当选会长。"]


@pytest.mark.parametrize("line, fixed", [
    ("20232023年年11月月66日日，，永川区召开永川区召开", "2023年1月6日，永川区召开"),
    ("““万企兴万村万企兴万村””行动推进会行动推进会。。", "“万企兴万村”行动推进会。"),
])
def test_clean_repairs_doubled_bold_text(line, fixed):
    assert undouble(line)[0] == fixed


@pytest.mark.parametrize("line", ["谢谢大家的支持与帮助", "常常想起那些年", "2023年年底"])
def test_clean_leaves_ordinary_repeats_alone(line):
    assert undouble(line) is None


def test_clean_folds_traditional_and_full_width_one_for_one():
    text = "全國工商聯（總商會）副主席魯勇，"
    clean = clean_text(text)
    assert clean.text == "全国工商联(总商会)副主席鲁勇,"
    assert len(clean.offsets) == len(clean.text)
    assert fold("ＡＢＣ１２３") == "ABC123"


def test_clean_offsets_point_into_original_text():
    text = "20232023年年11月月66日日，，永川区召开永川区召开大会。\n\n区工\n\n商联荣获表彰，区工\n\n商联召开会议"
    clean = clean_text(text)
    for i, ch in enumerate(clean.text):
        if ch != "\n":
            assert fold(text[clean.offsets[i]]) == ch
