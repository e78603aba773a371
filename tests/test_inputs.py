"""Real inputs: web pages, PDFs, JSON Lines, standard input, web-page dumps, and hostile files."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from fedgraph import build_graph, extract_document
from fedgraph.errors import IngestError
from fedgraph.ingest import read_document, read_documents
from fedgraph.namespaces import FG

from conftest import SAMPLES

ARTICLE = ("2025年3月,锦州市工商联在市委统战部指导下召开执委会议。市工商联主席王建国出席并讲话。"
           "黑山县工商联、义县工商联负责同志参加会议。会议强调,要持续优化营商环境,推动民营经济高质量发展。")
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦州市工商联召开执委会议</title>
<meta property="og:url" content="https://example.org/news/1.html"><meta name="publishdate" content="2025-12-11">
<meta property="og:site_name" content="中华工商时报"></head><body>
<nav><a href="/">首页</a> &gt; <a href="/local">地方工作</a></nav><div class="share">分享到 微信 微博</div>
<article><h1>锦州市工商联召开执委会议</h1><p>{ARTICLE}</p><p>会议传达了中华全国工商业联合会有关精神,部署了全年工作。</p></article>
<footer>地址:北京西城区德胜门西大街70号 ICP备案编号:京ICP备18056091号</footer></body></html>"""


def fedgraph(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "fedgraph.cli", *map(str, args)], capture_output=True, text=True,
                          input=stdin)


def test_inputs_html_page_gives_article_and_metadata(tmp_path):
    path = tmp_path / "新闻 页面.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert ARTICLE in doc.text
    assert "ICP" not in doc.text and "首页" not in doc.text and "分享到" not in doc.text
    assert (doc.title, doc.date, doc.publisher, doc.url) == (
        "锦州市工商联召开执委会议", "2025-12-11", "中华工商时报", "https://example.org/news/1.html")


def _pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 18
    c.save()


def test_inputs_pdf_text_layer_with_repairs(tmp_path):
    path = tmp_path / "版面.pdf"
    # a newspaper column: short hard-wrapped lines, a name split across two of them
    text = ("2023年,永川区工商联在区委区政府的坚强领导下开展工作。区工商联副主席邓儒方、汪礼碧、孟瑞章"
            "等向永川中学捐赠空调。永联园区商会成功创建国家级“四好商会”。区工商联推动民营经济高质量发展,"
            "组织企业参加培训,累计参训3000多人次。")
    _pdf(path, [text[i:i + 14] for i in range(0, len(text), 14)])
    doc = read_document(path)
    result = extract_document(doc)
    labels = {e.label for e in result.entities.values()}
    assert {"永川区工商联", "邓儒方", "孟瑞章", "永联园区商会"} <= labels
    for m in result.mentions:
        assert doc.text[m.start:m.end] == m.exact


def test_inputs_scanned_pdf_is_an_error_not_an_empty_success(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 200, 200, fill=1)  # an image-only page: no text layer
    c.save()
    with pytest.raises(IngestError, match="no text layer"):
        read_document(path)


def test_inputs_web_dump_furniture_is_left_out_and_metadata_read():
    doc = read_document(SAMPLES / "002_6202637b3967c53f.txt")
    assert (doc.date, doc.publisher) == ("2025-12-11", "中华工商时报")
    skipped = [doc.text[s:e] for s, e in doc.skip]
    assert any("ICP备案编号" in s for s in skipped) and any(s.startswith("首页>") for s in skipped)
    result = extract_document(doc)
    labels = {e.label for e in result.entities.values()}
    assert "中华工商时报" in labels  # the source stays readable inside its furniture line
    assert not any("北京西城区" in m.exact for m in result.mentions)


def test_inputs_links_to_other_articles_and_page_fields_are_no_part_of_the_article(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("当前位置:首页>>商会动态\n莆田市仙游商会年会召开\n作者:林小燕   时间:2024-01-20\n"
                    "1月19日,莆田市仙游商会年会召开。会长陈国栋作报告。\n"
                    "上一篇:南平市工商联开展“三进三帮”活动\n下一篇:市工商联举办民营企业家培训班\n相关新闻\n",
                    encoding="utf-8")
    result = extract_document(read_document(path))
    labels = {e.label for e in result.entities.values()}
    assert {"林小燕", "陈国栋", "莆田市仙游商会"} <= labels
    assert not labels & {"时间", "“三进三帮”活动", "民营企业家培训班", "南平市工商联"}


def test_inputs_site_furniture_in_traditional_characters_is_left_out_too(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("南平市工商聯召開會議\n發佈時間：2024-03-15  來源：南平市工商聯\n"
                    "3月14日，南平市工商聯召開會議。\n上一篇：市工商聯舉辦民營企業家培訓班\n"
                    "版權所有：南平市工商業聯合會  地址：南平市延平區濱江中路\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.date) == ("南平市工商聯召開會議", "2024-03-15")
    labels = {e.label for e in extract_document(doc).entities.values()}
    assert not labels & {"延平区", "延平區", "民营企业家培训班", "民營企業家培訓班"}


def test_inputs_a_page_title_s_site_name_is_no_part_of_the_article(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("德阳市工商联召开执委会议_德阳市人民政府网\n来源:德阳日报\n"
                    "5月9日,德阳市工商联召开十一届四次执委会议。市工商联主席李强主持。\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "德阳市工商联召开执委会议"
    labels = {e.label for e in extract_document(doc).entities.values()}
    assert "德阳市工商联" in labels and "德阳市人民政府" not in labels


def test_inputs_document_metadata_and_dated_facts_in_the_graph():
    g, _ = build_graph([SAMPLES / "002_6202637b3967c53f.txt"])
    doc = next(g.subjects(FG.sourceFile, Literal("002_6202637b3967c53f.txt")))
    assert g.value(doc, DCTERMS.date) == Literal("2025-12-11", datatype=XSD.date)
    assert str(g.value(doc, DCTERMS.publisher)) == "中华工商时报"
    dates = set(g.objects(None, FG.asOf))
    assert dates == {Literal("2025-12-11", datatype=XSD.date)}


def test_inputs_award_statements_carry_the_award_year():
    from rdflib import RDF

    g, _ = build_graph([SAMPLES / "000_70ed43056c2d3a40.txt"])
    stmts = [s for s in g.subjects(RDF.predicate, FG.receivedAward)]
    years = {str(g.value(s, DCTERMS.date)) for s in stmts}
    assert "2022" in years or "2023" in years


def test_inputs_jsonl_and_stdin(tmp_path):
    path = tmp_path / "articles.jsonl"
    records = [{"id": "a1", "title": "锦州", "date": "2025-03-01", "url": "https://example.org/a1", "text": ARTICLE},
               "not json", {"id": "a3", "text": ""}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r for r in records),
                    encoding="utf-8")
    items = list(read_documents(path))
    assert items[0].source_file == "articles.jsonl#a1" and items[0].date == "2025-03-01"
    assert isinstance(items[1], IngestError) and str(items[1]).startswith(f"{path}:2: not a JSON object")
    assert isinstance(items[2], IngestError) and "empty" in str(items[2])
    out = tmp_path / "out"
    proc = fedgraph("build", "-", "--out", out, "-q", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert '"stdin"' in (out / "fedgraph.ttl").read_text(encoding="utf-8")


def _hostile(folder: Path) -> dict[str, str]:
    """Broken inputs and the one-line problem each must get."""
    (folder / "zero.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "fake.pdf").write_bytes(b"this is not a PDF at all")
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 200_000 + "锦州" + "</div>" * 200_000 + "</body></html>")
    (folder / "huge.txt").write_bytes(b"a" * 200_000_000)
    return {"zero.txt": "empty file", "binary.txt": "binary file", "fake.pdf": "not a PDF",
            "nested.html": "", "huge.txt": "too large"}


def test_inputs_hostile_files_each_get_one_line_and_the_batch_completes(tmp_path):
    corpus = tmp_path / "语料 corpus"
    corpus.mkdir()
    expected = _hostile(corpus)
    (corpus / "好 文章.txt").write_text(ARTICLE, encoding="utf-8")
    broken = bytearray(("锦州市工商联召开会议。" * 50).encode("utf-8"))
    broken[100] = 0xFF  # one invalid byte in the middle of UTF-8 text
    (corpus / "broken utf8.txt").write_bytes(bytes(broken))
    out = tmp_path / "out"
    proc = fedgraph("build", corpus, "--out", out, "-q")
    assert proc.returncode == 3, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("Error: ")]
    for name, problem in expected.items():
        line = next((ln for ln in errors if ln.startswith(f"Error: {corpus / name}: ")), None)
        assert line is not None, (name, proc.stderr)
        assert problem in line
    assert any(ln.startswith(f"Warning: {corpus / 'broken utf8.txt'}: ") and "invalid UTF-8" in ln for ln in proc.stderr.splitlines())
    ttl = (out / "fedgraph.ttl").read_text(encoding="utf-8")
    assert "好 文章.txt" in ttl and "broken utf8.txt" in ttl


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_inputs_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(IngestError, match="cannot read"):
        read_document(path)


def test_inputs_strict_writes_nothing(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SAMPLES, corpus)
    (corpus / "zero.txt").write_bytes(b"")
    proc = fedgraph("build", corpus, "--out", tmp_path / "out", "--strict")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == "Error: 1 input(s) could not be read; nothing written (--strict)"
    assert not (tmp_path / "out").exists()


def test_inputs_a_crash_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    from fedgraph import cli
    import fedgraph.outputs.html as html

    out = tmp_path / "out"
    assert cli.main(["build", str(SAMPLES), "--out", str(out), "-q"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(html, "render", boom)
    with pytest.raises(RuntimeError):
        cli.main(["build", str(SAMPLES / "000_70ed43056c2d3a40.txt"), "--out", str(out), "-q"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
