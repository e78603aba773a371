from __future__ import annotations

import pytest

from fedgraph import extract_document
from fedgraph.ingest import Document
from fedgraph.resolve.divisions import divisions


def labels(text, type_):
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    return {e.label for e in result.entities.values() if e.type == type_}


YONGCHUAN = "永川区工商联召开会议。永川区经济发展。区工商联在市工商联的指导下开展工作。"
JINZHOU = "锦州市工商联召开会议。锦州经济发展。市工商联积极参加省联举办的培训班,省工商联予以指导。"


@pytest.mark.parametrize("text, expected, absent", [
    (YONGCHUAN, {"永川区工商联", "重庆市工商联"}, {"区工商联", "市工商联"}),
    (JINZHOU, {"锦州市工商联", "辽宁省工商联"}, {"市工商联", "省联", "省工商联"}),
])
def test_resolve_abbreviations_from_the_article_place(text, expected, absent):
    found = labels(text, "Federation")
    assert expected <= found
    assert not (absent & found)


def test_resolve_one_node_for_every_name():
    result = extract_document(Document("t.txt", "t.txt", YONGCHUAN, "utf-8"))
    fed = next(e for e in result.entities.values() if e.label == "永川区工商联")
    assert {"永川区工商联", "区工商联"} <= fed.names


def test_resolve_short_company_name_joins_full_name():
    text = "重庆新泰机械公司荣获表彰。新泰机械公司捐款助学。"
    assert labels(text, "Company") == {"重庆新泰机械公司"}


@pytest.mark.parametrize("text, label", [
    ("四川省委召开会议。四川省省委书记讲话。", "四川省委"),  # the level written twice
    ("锦州市政府召开会议。锦州市市政府发布通知。", "锦州市人民政府"),
])
def test_resolve_a_body_named_with_its_level_twice_is_one_entity(text, label):
    assert labels(text, "GovernmentBody") == {label}


def test_resolve_national_aliases_are_one_entity():
    text = "全国工商联召开会议。中华全国工商业联合会成立于1953年。"
    assert labels(text, "Federation") == {"全国工商联"}


def test_divisions_hierarchy():
    d = divisions()
    heishan = d.by_name("黑山县")[0]
    assert [x.name for x in d.chain(heishan)] == ["黑山县", "锦州市", "辽宁省"]
    assert len(d.by_name("朝阳区")) == 2


def test_resolve_a_village_named_with_its_town_gives_the_town_too():
    text = "仙龙镇、何埂镇狮子村为全市第一批典型乡镇和典型村。"
    assert {"何埂镇狮子村", "何埂镇"} <= labels(text, "Place")


def test_resolve_a_name_shared_by_two_divisions_is_read_in_the_article_place():
    # 江北区 is a district of 重庆 and of 宁波: named three times bare, once inside 重庆市, it is 重庆's
    result = extract_document(Document("t.txt", "t.txt", "重庆市江北区工商联推荐的江北区女企业家商会、江北区餐饮商会、"
                                       "江北区建筑商会榜上有名。", "utf-8"))
    places = {e.division for e in result.entities.values() if e.type == "Place" and e.label == "江北区"}
    assert places == {"500105"}


def test_resolve_a_general_chamber_outside_the_mainland_is_a_chamber():
    assert "香港中华总商会" in labels("香港中华总商会会长蔡冠深率团访问深圳。", "Chamber")
    assert "香港中华总商会" not in labels("香港中华总商会会长蔡冠深率团访问深圳。", "Federation")


def test_resolve_names_inside_an_event_name_are_entities_of_the_document():
    result = extract_document(Document("t.txt", "t.txt", "首期绵阳市年轻一代民营企业家“青蓝计划”研修班在北京开班。"
                                       "湖南省工商联第十三次代表大会开幕。", "utf-8"))
    found = {(e.type, e.label) for e in result.entities.values()}
    assert {("Programme", "“青蓝计划”"), ("Federation", "湖南省工商联"),
            ("Event", "湖南省工商联第十三次代表大会")} <= found
    assert not any(f.kind == "post" for f in result.facts)


def test_resolve_places_an_event_is_named_for_are_places_of_the_document():
    text = "2024年湖北省民营企业家大会召开。会上举行“荆楚优品”十堰市特色产品推介会和首届川商返乡发展大会。"
    assert {"湖北省", "十堰市"} <= labels(text, "Place")
    assert not any("返乡" in name for name in labels(text, "Place"))  # 乡 ends a word, not a town


def test_resolve_a_chamber_named_with_where_it_resides():
    text = "在沪温州商会召开年会\n上海市温州商会召开2024年会。在沪温州商会会长陈金海致辞。在新疆浙江商会会长王明出席。"
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    chambers = {e.label: e.names for e in result.entities.values() if e.type == "Chamber"}
    assert set(chambers) == {"上海市温州商会", "新疆浙江商会"}  # 在 stays out where the place is written in full
    assert "在沪温州商会" in chambers["上海市温州商会"]


def test_resolve_an_event_named_with_and_without_its_ordinal_is_one_event():
    text = "萧山区举办第二届“萧商大会”\n9月20日,第二届萧商大会在杭州市萧山区举行。"
    assert labels(text, "Event") == {"第二届“萧商大会”"}  # (named first in the headline)


def test_resolve_an_event_of_the_whole_province_is_the_province_s():
    text = "青海省民营经济发展大会召开\n10月29日,全省民营经济发展大会在西宁召开。"
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    events = [e for e in result.entities.values() if e.type == "Event"]
    assert [e.label for e in events] == ["青海省民营经济发展大会"]
    assert "全省民营经济发展大会" in events[0].names


@pytest.mark.parametrize("text, type_, expected", [
    # 全区 in an article about an autonomous region is the region
    ("内蒙古自治区召开全区工商联系统工作会议\n2月27日,内蒙古自治区工商联系统工作会议在呼和浩特召开。",
     "Event", {"内蒙古自治区工商联系统工作会议"}),
    # and in one about a district, the district
    ("江岸区召开全区民营经济发展大会\n3月1日,武汉市江岸区召开全区民营经济发展大会。", "Event", {"江岸区民营经济发展大会"}),
    # a programme named with and without the place it runs in
    ("东营市工商联开展民营企业“法治体检”活动\n7月12日起,东营市民营企业“法治体检”活动在全市展开。",
     "Programme", {"东营市民营企业“法治体检”活动"}),
    # a special administrative region's government, named short or by its head's role
    ("香港特区政府代表出席。香港特区行政长官李家超致辞。", "GovernmentBody", {"香港特别行政区政府"}),
    # a prefecture (地区)'s Party committee and its government, the latter named bare after the former
    ("喀什地委委员、行署副专员李明参加座谈。", "GovernmentBody", {"喀什地委", "喀什地区行政公署"}),
    # a bank's branch named with the region's full and short names
    ("中国银行股份有限公司宁夏回族自治区分行与区工商联签约。中国银行宁夏分行行长王伟出席。", "Company",
     {"中国银行股份有限公司宁夏回族自治区分行"}),
    # a chamber's branch is a chamber
    ("中国欧盟商会华南分会主席克劳斯·扎默出席。", "Chamber", {"中国欧盟商会华南分会"}),
    # a course named with 非公 in the headline and 非公有制 in the text
    ("嘉鱼县工商联举办非公经济人士理想信念教育培训班\n9月25日,嘉鱼县2024年非公有制经济人士理想信念教育培训班开班。",
     "Event", {"嘉鱼县2024年非公有制经济人士理想信念教育培训班"}),
    # a board's session named short in the headline, in full in the text
    ("廊坊市工商联第十二届执行委员会第二次全体会议召开\n2月5日,廊坊市工商联十二届二次执委会议召开。", "Event",
     {"廊坊市工商联第十二届执行委员会第二次全体会议"}),
    # a meeting a headline names by its kind is the one the text names in full
    ("经开区工商联召开会员大会\n12月5日,合肥经济技术开发区工商联第二次会员大会召开。", "Event",
     {"合肥经济技术开发区工商联第二次会员大会"}),
])
def test_resolve_one_entity_for_a_name_written_short_or_by_its_scope(text, type_, expected):
    assert labels(text, type_) == expected


def test_resolve_a_company_s_other_name_in_brackets_is_the_company():
    text = "维沃移动通信有限公司(vivo)与东莞市工商联联合举办培训。vivo副总裁胡柏山介绍了经验。"
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    companies = {e.label: e.names for e in result.entities.values() if e.type == "Company"}
    assert list(companies) == ["维沃移动通信有限公司"] and "vivo" in companies["维沃移动通信有限公司"]
    posts = {(result.entities[f.subject].label, f.role, result.entities[f.object].label)
             for f in result.facts if f.kind == "post"}
    assert ("胡柏山", "副总裁", "维沃移动通信有限公司") in posts


def test_resolve_visitors_from_taiwan_leave_the_article_where_it_is():
    text = ("市领导会见台湾商界人士\n4月18日,厦门市委书记崔永辉在厦门会见了台湾工业总会理事长苗丰强一行。"
            "市委常委、秘书长陈紫萱参加会见。台湾企业家表示愿推动两岸合作。")
    assert labels(text, "GovernmentBody") == {"厦门市委"}


def test_resolve_an_award_quoted_and_unquoted_is_one_award():
    text = "全国工商联发布2024中国民营企业500强榜单\n8月29日,全国工商联发布“2024中国民营企业500强”榜单。"
    assert len(labels(text, "Award")) == 1


def test_resolve_a_body_that_gives_an_award_is_named_inside_it():
    text = "锦州市工商联6份提案获评市政协年度好提案。"
    assert "锦州市政协" in labels(text, "GovernmentBody")
    assert "锦州市政协年度好提案" in labels(text, "Award")


def test_resolve_a_name_with_fewer_places_written_first_is_the_same_entity():
    result = extract_document(Document("t.txt", "t.txt", "合肥市蜀山区温州商会召开大会。安徽省合肥市蜀山区温州商会会长林国栋讲话。", "utf-8"))
    chambers = {e.label for e in result.entities.values() if e.type == "Chamber"}
    assert chambers == {"安徽省合肥市蜀山区温州商会"}


def test_resolve_a_former_division_name_is_the_division_now():
    older = extract_document(Document("a.txt", "a.txt", "长乐市工商联召开执委会议。", "utf-8"))
    newer = extract_document(Document("b.txt", "b.txt", "福州市长乐区工商联(总商会)召开执委会议,区工商联主席陈秀萍讲话。",
                                      "utf-8"))
    fed = {e.key: e.label for e in older.entities.values() if e.type == "Federation"}
    assert "长乐区工商联" in fed.values()
    assert {k for k, v in fed.items() if v == "长乐区工商联"} <= set(newer.entities)
    assert [e.label for e in newer.entities.values() if e.type == "Federation" and "长乐" in e.label] == ["长乐区工商联"]


def test_resolve_a_level_is_not_an_abbreviated_place():
    awards = labels("黑龙江省浙江商会召开大会。哈尔滨市温州商会被评为省级“四好”商会。", "Award")
    assert awards == {"省级“四好”商会"}


def test_resolve_a_town_or_village_after_its_county_is_named_alone():
    result = extract_document(Document("t.txt", "t.txt", "调研组来到金寨县花石乡大湾村。走进花垣县十八洞村。", "utf-8"))
    places = {e.label: e.names for e in result.entities.values() if e.type == "Place"}
    assert places["花石乡"] == {"花石乡", "金寨县花石乡"} and places["十八洞村"] == {"十八洞村", "花垣县十八洞村"}
    assert "大湾村" in places


def test_resolve_a_village_after_its_town_and_county_gives_the_town_too():
    places = labels("邵阳市新化商会与新邵县严塘镇白水洞村结对。", "Place")
    assert {"严塘镇", "严塘镇白水洞村"} <= places


def test_resolve_a_street_named_like_a_city_is_no_city():
    places = labels("武侯区玉林街道商会召开会议。玉林街道商会会长王勇介绍。", "Place")
    assert "玉林市" not in places and "玉林街道" in places


def test_resolve_a_level_before_a_word_opening_with_乡_is_no_town():
    places = labels("陕西省工商联联合省乡村振兴局开展工作。洞泾镇商会成立。", "Place")
    assert places == {"陕西省", "洞泾镇"}  # (省|乡村振兴局: no town 省乡)


@pytest.mark.parametrize("text, type_, label, other", [
    ("绍兴市工商联与中国建设银行股份有限公司绍兴分行签署协议。建行绍兴分行行长吴志刚致辞。",
     "Company", "中国建设银行股份有限公司绍兴分行", "建行绍兴分行"),  # a national bank by its short name
    ("昆山市台商协会会长宋耀明率团到访。希望台商协会与工商联加强交流。",
     "Chamber", "昆山市台湾同胞投资企业协会", "台商协会"),  # a kind's short name, written without its place
    ("中国光彩事业促进会组织“光彩行”活动。全国工商联副主席、中国光彩会副会长李兆前带队。",
     "Chamber", "中国光彩事业促进会", "中国光彩会"),  # a kind's short name, after the nation's prefix
    ("培训班在中共湖南省委党校开班。省委党校教授王敏授课。", "Organization", "湖南省委党校", "中共湖南省委党校"),
    ("江苏扬子江药业集团有限公司荣获奖项。扬子江药业集团累计捐赠10亿元。", "Company", "江苏扬子江药业集团有限公司",
     "扬子江药业集团"),  # without its place and its legal form
    ("麻城市白塔镇商会成立大会在镇政府召开。镇政府将全力支持商会。", "GovernmentBody", "白塔镇政府", "镇政府"),  # the one town
])
def test_resolve_a_short_name_in_the_same_article_is_the_one_entity(text, type_, label, other):
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    found = [e for e in result.entities.values() if e.type == type_]
    assert [e.label for e in found] == [label]
    assert other in found[0].names


def test_resolve_a_federation_s_congress_with_and_without_会员_is_one_event():
    events = labels("丽水市工商业联合会第八次代表大会胜利闭幕\n丽水市工商业联合会(总商会)第八次会员代表大会胜利闭幕。", "Event")
    assert events == {"丽水市工商业联合会(总商会)第八次会员代表大会"}


def test_resolve_names_written_another_way_are_one_entity_of_the_document():
    result = extract_document(Document("t.txt", "t.txt", "北京市东城区工商联第九次会员代表大会召开\n"
                                       "北京市东城区工商业联合会第九次会员代表大会暨东城区商会成立大会在京召开。"
                                       "中国华信能源有限公司入围2017中国民营企业500强榜单。该公司连续三年跻身中国民营企业500强。", "utf-8"))
    events = [e for e in result.entities.values() if e.type == "Event" and "第九次" in e.label]
    awards = [e for e in result.entities.values() if e.type == "Award" and "500强" in e.label]
    assert len(events) == 1 and "北京市东城区工商联第九次会员代表大会" in events[0].names
    assert len(awards) == 1 and {"2017中国民营企业500强", "中国民营企业500强"} <= awards[0].names  # (榜单: its list)


def test_resolve_titles_are_read_in_a_document_where_names_were_joined():
    plain = extract_document(Document("a.txt", "a.txt", "习近平总书记强调,要促进民营经济发展。", "utf-8"))
    joined = extract_document(Document("b.txt", "b.txt", "重庆新泰机械公司捐款。新泰机械公司表示感谢。"
                                       "习近平总书记强调,要促进民营经济发展。", "utf-8"))
    key = {k for k, e in plain.entities.items() if e.label == "习近平"}
    assert key and key == {k for k, e in joined.entities.items() if e.label == "习近平"}


def test_resolve_a_trade_name_and_company_joins_the_one_company_holding_it():
    text = "市工商联走访漳州片仔癀药业股份有限公司、福建圣王生物科技股份有限公司。在片仔癀公司,董事长林绍碧介绍了情况。"
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    companies = {e.label: e.names for e in result.entities.values() if e.type == "Company"}
    assert set(companies) == {"漳州片仔癀药业股份有限公司", "福建圣王生物科技股份有限公司"}
    assert "片仔癀公司" in companies["漳州片仔癀药业股份有限公司"]


def test_resolve_a_trade_name_and_trade_joins_the_company():
    text = "山西晋韵农业开发有限公司成立于2004年。2023年,晋韵农业入选龙头企业名单。"
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    companies = {e.label: e.names for e in result.entities.values() if e.type == "Company"}
    assert set(companies) == {"山西晋韵农业开发有限公司"}
    assert "晋韵农业" in companies["山西晋韵农业开发有限公司"]


def test_resolve_我市_where_only_companies_name_the_city():
    text = ("我市8家企业入选2024河南民营企业100强\n河南省工商联发布榜单,洛阳栾川钼业集团股份有限公司、"
            "洛阳国宏投资控股集团有限公司上榜。市工商联相关负责人表示祝贺。")
    found = labels(text, "Federation")
    assert "洛阳市工商联" in found and "市工商联" not in found


def test_resolve_市_before_a_word_a_district_shares_the_start_of():
    # 市中区 is a district, but 市中级人民法院 is the city's intermediate court
    text = "宁波市工商联与宁波市中级人民法院签署协议。市中级人民法院副院长王亚群主持签约仪式。"
    assert labels(text, "GovernmentBody") == {"宁波市中级人民法院"}


def test_resolve_a_zone_a_body_serves_is_a_place_of_the_document():
    found = labels("西安市工商联召开会议。西安高新区党工委书记、管委会主任张明出席。上海市浦东新区工商联参加。", "Place")
    assert "西安高新区" in found and "上海市浦东新区" not in found  # (浦东新区 is a district: its own node)


def test_resolve_a_quoted_prize_inside_its_ceremony_is_an_award_of_the_document():
    text = "第十二届“中华慈善奖”表彰大会在北京举行。"
    assert labels(text, "Award") == {"“中华慈善奖”"}
    assert labels(text, "Event") == {"第十二届“中华慈善奖”表彰大会"}


def test_resolve_a_kind_of_organisation_by_its_short_name():
    text = "浙江省光彩事业促进会第五届理事会第三次会议在杭州召开。省光彩会会长、省工商联主席蔡洪玮出席。"
    assert labels(text, "Chamber") == {"浙江省光彩事业促进会"}
    assert labels("昆山市台商协会举行新春联谊会。昆山市台湾同胞投资企业协会会长孙德聪致辞。", "Chamber") == \
        {"昆山市台湾同胞投资企业协会"}


def test_resolve_an_event_named_without_its_brand_is_the_one_event_that_ends_with_it():
    text = "顺德区工商联举办年轻一代民营企业家培训班\n\n由顺德区工商联主办的“薪火传承”年轻一代民营企业家培训班开班。"
    assert labels(text, "Event") == {"“薪火传承”年轻一代民营企业家培训班"}


def test_resolve_an_autonomous_county_by_its_everyday_name():
    assert [d.name for d in divisions().by_name("天祝县")] == ["天祝藏族自治县"]
    assert [d.name for d in divisions().by_name("凉山州")] == ["凉山彝族自治州"]
    assert "天祝藏族自治县工商联" in labels("天祝县工商联组织企业参展。", "Federation")


def test_resolve_区_in_an_article_about_an_autonomous_region():
    text = "广西壮族自治区工商联召开会议。自治区政协副主席、区工商联主席陈柏宏出席。"
    assert {"广西壮族自治区工商联"} == labels(text, "Federation") - {"全国工商联"}
    assert "广西壮族自治区政协" in labels(text, "GovernmentBody")


@pytest.mark.parametrize("text, type_, label", [
    # a bank branch with and without its legal form; a company without it
    ("山东省工商联与中国银行股份有限公司山东省分行签署协议。中国银行山东省分行行长杨军出席。", "Company", "中国银行股份有限公司山东省分行"),
    ("内蒙古自治区工商联与蒙商银行股份有限公司签署协议。蒙商银行党委书记、董事长马生明出席。", "Company", "蒙商银行股份有限公司"),
    # a body with and without its places; a department by its short and full names
    ("南京市江宁区工商联机关党支部组织党员参观。江宁区工商联机关党支部书记李娟讲党课。", "GovernmentBody", "南京市江宁区工商联机关党支部"),
    ("昆明市工商联联合昆明市市场监督管理局举办培训会。市市场监管局副局长杨丽出席。", "GovernmentBody", "昆明市市场监督管理局"),
    ("渝北区经济和信息化委员会参加活动。区经济信息委负责人发言。", "GovernmentBody", "渝北区经济和信息化委员会"),
    # a national body's local office named without it
    ("荆门市工商联与国家税务总局荆门市税务局开展行动。市税务局党委书记、局长刘晓军出席。", "GovernmentBody", "国家税务总局荆门市税务局"),
])
def test_resolve_an_organisation_written_two_ways_in_an_article_is_one_entity(text, type_, label):
    assert labels(text, type_) == {label}


def test_resolve_a_local_office_is_in_the_place_its_short_name_gives():
    text = "荆门市工商联与国家税务总局荆门市税务局开展行动。市税务局党委书记、局长刘晓军出席。"
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    body = next(e for e in result.entities.values() if e.label == "国家税务总局荆门市税务局")
    assert divisions().get(body.division).name == "荆门市"  # located in the place its short name gives


def test_resolve_a_federation_with_no_place_is_one_node_with_its_other_name():
    assert labels("我县工商联(总商会)召开大会。县工商联主席刘志刚讲话。", "Federation") == {"县工商联"}


def test_resolve_县委_in_an_article_that_names_one_county():
    text = "湛江市青年企业家商会组织会员企业走进遂溪县北坡镇。遂溪县委常委黄强代表县委、县政府表示感谢。"
    assert {"遂溪县委", "遂溪县人民政府"} <= labels(text, "GovernmentBody")
    assert not {"县委", "县政府"} & labels(text, "GovernmentBody")


def test_resolve_a_quoted_programme_and_its_activity_are_one_programme():
    text = "渝北区工商联开展“亲清政企·渝北行”活动\n\n渝北区工商联开展“亲清政企·渝北行”走访活动。"
    assert len(labels(text, "Programme")) == 1


def test_resolve_a_programme_named_after_a_place_does_not_move_the_home():
    text = ("泉州市工商联(总商会)十三届三次执委会议召开。市工商联主席许连捷作工作报告。"
            "全市工商联组织要深入实施“晋江经验”传承工程。")
    found = labels(text, "Federation")
    assert "泉州市工商联" in found and "晋江市工商联" not in found


def test_resolve_of_two_places_named_as_often_the_one_named_first_is_home():
    text = ("山西省“晋商回乡”重点项目集中签约仪式在太原举行。山西省委常委、统战部部长杨勤荣,"
            "省工商联党组书记张建勇出席。北京山西企业商会会长郑效东发言。")
    found = labels(text, "Federation")
    assert "山西省工商联" in found and "北京市工商联" not in found


def test_resolve_市_in_an_article_about_a_prefecture_is_the_prefecture_not_a_city_a_company_names():
    text = ("宁德市工商联组织企业家赴福鼎开展主题教育活动\n7月1日,宁德市工商联组织民营企业家赴福鼎市开展活动。"
            "市工商联副主席、福建福安闽东亚南电机有限公司董事长陈清华参加活动。")
    found = labels(text, "Federation")
    assert "宁德市工商联" in found and "福安市工商联" not in found


def test_resolve_an_article_about_a_trip_is_at_home_where_the_trip_starts():
    text = ("芜湖市总商会组织企业家赴杭州考察学习\n芜湖市工商联主席陈立新带领企业家赴杭州市考察。"
            "考察团走访了杭州市工商联,杭州市工商联主席王建平介绍了杭州经验。在杭州期间,"
            "市工商联副主席袁永彬参加座谈。")
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    wuhu = next(e for e in result.entities.values() if e.label == "芜湖市工商联")
    assert "市工商联" in wuhu.names
    held = {(result.entities[f.subject].label, result.entities[f.object].label)
            for f in result.facts if f.kind == "post"}
    assert ("袁永彬", "芜湖市工商联") in held and ("王建平", "杭州市工商联") in held


def test_resolve_an_event_in_a_headline_and_in_the_text_around_one_brand_is_one_event():
    text = ("女企业家协会举办“巾帼建新功”分享会\n广州市女企业家协会“巾帼建新功”企业家分享会在天河区举行。"
            "会上还举行了“巾帼建新功”颁奖仪式。")
    found = labels(text, "Event")
    assert "广州市女企业家协会“巾帼建新功”企业家分享会" in found and "“巾帼建新功”分享会" not in found
    assert "“巾帼建新功”颁奖仪式" in found  # another kind of event around the same brand stays apart


@pytest.mark.parametrize("text, label, other", [
    ("人民银行丽水市分行副行长吴卫东介绍。中国人民银行丽水市分行联合举办。", "中国人民银行丽水市分行", "人民银行丽水市分行"),
    ("中共温州市总商会委员会召开会议。市总商会党委书记李建平主持。", "温州市总商会党委", "中共温州市总商会委员会"),
])
def test_resolve_a_body_by_its_full_and_its_everyday_name_is_one_body(text, label, other):
    result = extract_document(Document("t.txt", "t.txt", text, "utf-8"))
    bodies = [e for e in result.entities.values() if e.type == "GovernmentBody"]
    assert len(bodies) == 1 and bodies[0].label == label and other in bodies[0].names


def test_resolve_a_town_after_its_county_gives_the_county_too():
    places = labels("贵州宏财投资集团在威宁彝族回族苗族自治县石门乡建设了基地。", "Place")
    assert {"石门乡", "威宁彝族回族苗族自治县"} <= places


def test_resolve_a_town_named_like_a_county_elsewhere_does_not_move_the_home():
    text = ("县工商联深入乡镇商会调研\n安溪县工商联主席陈清山带领调研组深入龙门镇商会、湖头镇商会调研。"
            "龙门镇商会会长林志强汇报。龙门镇党委书记王阳明陪同。")
    found = labels(text, "Federation")
    assert found == {"安溪县工商联"}  # (龙门镇 is no 龙门县 of another province)


def test_resolve_省_in_a_clause_a_place_opens_is_that_place_s():
    text = ("各地工商联积极开展“万企兴万村”行动。在浙江,省工商联推动实施专项行动;"
            "在四川,省工商联、省农业农村厅联合开展川商助力行动。浙江省工商联表示将继续推进。")
    assert labels(text, "Federation") == {"浙江省工商联", "四川省工商联"}
    assert labels(text, "GovernmentBody") == {"四川省农业农村厅"}


@pytest.mark.parametrize("text, type_, expected, absent", [
    ("成都高新区工商联召开会议。高新区工商联主席钱志强主持,高新区经济运行局局长李华介绍情况。",
     "Federation", {"成都高新区工商联"}, {"高新区工商联"}),
    ("成都高新区工商联召开会议。高新区工商联主席钱志强主持,高新区经济运行局局长李华介绍情况。",
     "GovernmentBody", {"成都高新区经济运行局"}, {"高新区经济运行局"}),
    ("苏州工业园区工商联召开会议。园区党工委委员、统战部部长张晓明出席,园区工商联主席钱志强主持。",
     "GovernmentBody", {"苏州工业园区党工委", "苏州工业园区党工委统战部"}, {"苏州市委统战部", "园区党工委"}),
])
def test_resolve_a_zone_s_bodies_by_the_short_form_of_its_kind(text, type_, expected, absent):
    found = labels(text, type_)
    assert expected <= found and not absent & found


def test_resolve_a_zone_kind_two_zones_share_is_left_as_written():
    text = "成都高新区工商联与西安高新区工商联签约。高新区工商联主席钱志强出席。"
    assert labels(text, "Federation") == {"成都高新区工商联", "西安高新区工商联", "高新区工商联"}


def test_resolve_a_town_after_its_county_in_a_chamber_s_name_is_a_place():
    text = "温岭市箬横镇商会成立。箬横镇党委书记林俊出席会议。"
    assert {"温岭市", "箬横镇"} <= labels(text, "Place")


def test_resolve_a_campaign_named_by_its_slogan_alone_quoted_or_not_is_one_programme():
    text = ("万企兴万村 | 民营企业结对帮扶 助力乡村振兴\n近日,安徽省工商联召开全省“万企兴万村”行动推进会。"
            "会议要求持续深化万企兴万村行动。")
    assert len(labels(text, "Programme")) == 1


def test_resolve_a_zone_s_short_form_jieba_cut_after_a_preposition_and_its_two_full_names():
    text = ("合肥经开区工商联召开会员大会\n12月5日,合肥经济技术开发区工商联第二次会员大会召开。"
            "经开区党工委委员、管委会副主任陈军出席。王德龙当选经开区工商联主席。")
    assert labels(text, "Federation") == {"合肥经济技术开发区工商联"}
    assert {"合肥经济技术开发区党工委", "合肥经济技术开发区管委会"} <= labels(text, "GovernmentBody")


@pytest.mark.parametrize("text, label", [
    ("江阴市工商联与江阴农村商业银行股份有限公司联合举办对接会。江阴农商银行行长朱斌介绍了产品。",
     "江阴农村商业银行股份有限公司"),
    ("海南海口农村商业银行股份有限公司与海口市工商联签约。海口农商银行行长王强表示支持。",
     "海南海口农村商业银行股份有限公司"),
])
def test_resolve_a_bank_named_by_the_short_word_for_its_kind_is_the_one_bank(text, label):
    assert labels(text, "Company") == {label}


def test_resolve_a_county_whose_name_jieba_reads_as_a_time_is_a_place_in_its_federation_s_name():
    text = "唐山市工商联、邯郸市永年区工商联作典型发言。"
    assert {"邯郸市", "永年区"} <= labels(text, "Place")
    assert "永年区工商联" in labels(text, "Federation")


def test_resolve_an_event_a_headline_names_with_fewer_words_is_the_one_event_of_the_text():
    text = ("武进区工商联举办民营企业家培训班\n10月20日,武进区工商联在浙江大学举办年轻一代民营企业家能力提升培训班。")
    assert labels(text, "Event") == {"年轻一代民营企业家能力提升培训班"}
    two = "民营企业家培训班开班。市工商联举办青年民营企业家素质提升培训班。区工商联举办女民营企业家能力提升培训班。"
    assert len(labels(two, "Event")) == 3  # (more than one fuller name: no merge)


def test_resolve_a_chamber_listed_after_another_shares_its_place():
    text = "3月12日,遂昌县个体劳动者协会、私营企业协会第五次会员代表大会召开。蓝伟明当选为私营企业协会会长。"
    assert {"遂昌县个体劳动者协会", "遂昌县私营企业协会"} <= labels(text, "Chamber")
    assert "私营企业协会" not in labels(text, "Chamber")


def test_resolve_the_city_s_chamber_of_people_from_elsewhere_does_not_make_that_place_home():
    text = "近日,市工商联为市温州商会、市福建商会授牌。市工商联主席陈素芬出席。"
    assert "温州市工商联" not in labels(text, "Federation")
    assert "温州市温州商会" not in labels(text, "Chamber")


def test_resolve_a_headline_s_ceremony_is_the_one_the_text_names_after_暨():
    text = ("龙泉市举行2024年度“十佳民营企业”颁奖典礼\n"
            "1月20日,龙泉市2024年度民营经济发展大会暨“十佳民营企业”颁奖典礼隆重举行。")
    assert labels(text, "Event") == {"龙泉市2024年度民营经济发展大会暨“十佳民营企业”颁奖典礼"}


def test_resolve_a_town_s_chamber_listed_after_another_of_the_county_is_the_county_s():
    text = "乐清市北白象镇商会、虹桥镇商会等兄弟商会发来贺信。"
    assert labels(text, "Chamber") == {"乐清市北白象镇商会", "乐清市虹桥镇商会"}  # (兄弟商会: a kind)


def test_resolve_a_name_shortened_twice_is_the_one_entity_of_its_fullest_name():
    text = ("丽水市缙云县新建镇商会开展结对活动\n"
            "近日,缙云县新建镇商会组织会员企业走进岩下村。据悉,新建镇商会成立于2008年。")
    assert labels(text, "Chamber") == {"丽水市缙云县新建镇商会"}


def test_resolve_a_town_whose_name_ends_in_镇_keeps_it():
    assert "古镇镇" in labels("中山市古镇镇商会召开会员大会。", "Place")


def test_resolve_a_meeting_named_by_its_kind_alone_is_no_event():
    assert labels("中山市古镇镇商会召开会员大会,选举产生新一届理事会。", "Event") == set()


def test_resolve_places_listed_before_one_federation_s_name_are_each_a_federation():
    text = "兰州市、天水市、酒泉市工商联负责同志参加。会议邀请了甘肃省工商联和兰州市工商联负责人。"
    assert labels(text, "Federation") == {"兰州市工商联", "天水市工商联", "酒泉市工商联", "甘肃省工商联"}


@pytest.mark.parametrize("text, expected", [
    # a quoted name in the headline, the programme that holds it in the text
    ("“百企帮百村”结硕果\n在“百企帮百村”精准扶贫行动中,川丰农业结对帮扶枣树村。", {"“百企帮百村”精准扶贫行动"}),
    # a named scheme, with and without the places that run it
    ("驻企服务暖人心——记哈尔滨市道里区“驻企服务专员”制度\n道里区工商联推出“驻企服务专员”制度。", {"哈尔滨市道里区“驻企服务专员”制度"}),
])
def test_resolve_a_programme_named_short_in_a_headline_is_the_one_the_text_names(text, expected):
    assert labels(text, "Programme") == expected


def test_resolve_a_body_s_meeting_named_by_its_session_is_named_after_the_body():
    text = "衡阳市湘南商会召开第二次会员代表大会,选举产生了第二届理事会。"
    assert labels(text, "Event") == {"衡阳市湘南商会第二次会员代表大会"}


def test_resolve_a_chamber_of_a_kind_a_place_founds_is_the_place_s():
    text = "支持义县成立企业家商会,助力2家行业协会换届。"
    assert labels(text, "Chamber") == {"义县企业家商会"}


def test_resolve_a_slogan_of_two_counts_shortened_to_each_half_s_opening_is_one_programme():
    text = "商会积极参与“千企帮千村 万商联万户”行动。全市将发动更多商会投入“千企万商行动”。"
    assert labels(text, "Programme") == {"“千企帮千村万商联万户”行动"}  # (spaces dropped, as in every label)


def test_resolve_a_campaign_quoted_in_an_event_s_name_with_words_between_is_a_programme():
    assert labels("市工商联举办“春风行动”民营企业专场招聘会。", "Programme") == {"“春风行动”"}


def test_resolve_the_youth_league_s_committee_short_and_in_full_is_one_organisation():
    text = "温州市青年企业家商会召开大会。共青团温州市委书记林晓、团市委副书记王芳出席。"
    assert labels(text, "Organization") == {"共青团温州市委"}
    assert "温州市委" not in labels(text, "GovernmentBody")


def test_resolve_县_names_no_district_named_only_in_a_company_s_name():
    text = "5月12日,县工商联组织企业家学习考察。考察团参观了湖州南浔善琏湖笔有限公司。县工商联主席林志强表示,收获很大。"
    assert labels(text, "Federation") == {"县工商联"}


def test_resolve_a_headline_s_会员大会_is_the_text_s_会员代表大会():
    text = ("市工商联召开会员大会暨换届选举大会\n12月26日,三亚市工商联(总商会)第六次会员代表大会暨换届选举大会召开。")
    assert labels(text, "Event") == {"三亚市工商联(总商会)第六次会员代表大会暨换届选举大会"}


def test_resolve_实验区_is_the_article_s_comprehensive_experimental_zone():
    text = "平潭综合实验区工商联召开座谈会。实验区工商联主席陈建国,实验区经济发展局局长郑晓东参加座谈。"
    assert labels(text, "Federation") == {"平潭综合实验区工商联"}
    assert "平潭综合实验区经济发展局" in labels(text, "GovernmentBody")


def test_resolve_a_body_named_without_the_organisation_that_runs_it_is_the_one_named_with_it():
    text = "浙江大学与省工商联共建民营经济研究院\n11月8日,浙江大学与浙江省工商联共建的浙江大学民营经济研究院揭牌成立。"
    assert labels(text, "Organization") == {"浙江大学", "浙江大学民营经济研究院"}


@pytest.mark.parametrize("text, expected", [
    ("江苏省工商联与江苏省人民检察院联合印发通知。省检察院副检察长李小平出席。", {"江苏省人民检察院"}),
    ("宜昌市工商联与宜昌市中级人民法院签约。市中院副院长王刚出席。", {"宜昌市中级人民法院"}),
])
def test_resolve_a_court_or_procuratorate_by_its_short_name_is_one_body(text, expected):
    assert labels(text, "GovernmentBody") == expected


def test_resolve_a_chamber_named_without_the_national_body_it_belongs_to():
    text = "欧美同学会企业家联谊会走进苏州活动举行。欧美同学会副会长、企业家联谊会会长王辉耀出席。"
    assert labels(text, "Chamber") == {"欧美同学会企业家联谊会"}
    assert labels(text, "Organization") == {"欧美同学会"}


@pytest.mark.parametrize("text, expected", [
    ("3月2日,温州市鞋革行业协会召开2024年第一次会长办公会议。", "温州市鞋革行业协会2024年第一次会长办公会议"),
    ("5月18日,宁波市福建商会召开第三届二次理事会。", "宁波市福建商会第三届二次理事会"),
    ("7月3日,浙江省工商联召开十二届二十次主席会议。", "浙江省工商联十二届二十次主席会议"),
    ("12月4日,厦门市工商联(总商会)召开2024年第四次会长办公会。", "厦门市工商联2024年第四次会长办公会"),
])
def test_resolve_a_leadership_s_or_board_s_session_is_named_after_the_body_that_holds_it(text, expected):
    assert labels(text, "Event") == {expected}


def test_resolve_a_zones_federation_under_its_names_is_one_node():
    # a zone that no division code names: the province before it and 工商业联合会 set aside
    text = ("河北雄安新区工商业联合会(总商会)第一次会员代表大会召开,标志着雄安新区工商联正式成立。"
            "中国雄安集团有限公司董事长于文明当选为河北雄安新区工商联主席。")
    assert labels(text, "Federation") == {"雄安新区工商联"}


def test_resolve_a_headlines_quoted_programme_joins_the_texts_fuller_name():
    text = ("泰州市工商联“法律服务团”走进会员企业\n12月2日,泰州市工商联组织“民营企业法律服务团”走进江苏扬子江药业集团有限公司。")
    assert labels(text, "Programme") == {"“民营企业法律服务团”"}


def test_resolve_a_decisions_honours_by_their_title_and_in_its_text_are_one_each():
    text = ("关于表彰2024年度全县“两个健康”工作先进单位和先进个人的决定\n县委、县政府决定,对县工商联等10个单位授予"
            "“两个健康”工作先进单位称号,对张晓明等20名同志授予“两个健康”工作先进个人称号。")
    assert labels(text, "Award") == {"2024年度全县“两个健康”工作先进单位", "2024年度全县“两个健康”工作先进个人"}


def test_resolve_a_campaigns_slogan_inside_an_events_name_is_a_programme():
    assert labels("鲅鱼圈区工商联组织开展“百企进百村”结对帮扶签约仪式。", "Programme") == {"“百企进百村”"}


def test_resolve_a_programme_named_with_and_without_its_theme_word_is_one():
    text = "台江区工商联举办“家族企业传承”沙龙\n11月29日,台江区工商联举办“家族企业传承”主题沙龙。"
    assert len(labels(text, "Programme")) == 1


def test_resolve_a_zones_federation_named_with_the_whole_zone():
    text = "横琴粤澳深度合作区工商联(总商会)成立大会召开。横琴金融投资集团有限公司董事长胡建新当选为主席。"
    assert labels(text, "Federation") == {"横琴粤澳深度合作区工商联"}


def test_resolve_the_one_city_an_article_names_in_its_province_is_the_one_its_abbreviations_mean():
    # 广东 is named more often (a company's name, a guest's federation) than 湛江市: 市工商联 is still 湛江's
    text = ("湛江市工商联(总商会)第十届会员代表大会召开。选举广东恒兴集团有限公司董事长陈丹为市工商联主席。"
            "市委副书记、市长曹志辉到会讲话。广东省工商联副主席郭海发来贺信。")
    assert labels(text, "Federation") == {"湛江市工商联", "广东省工商联"}
    assert labels(text, "GovernmentBody") >= {"湛江市委", "湛江市人民政府"}


def test_resolve_a_ranking_named_with_its_province_in_full_and_short_is_one():
    text = "湖北省民营企业100强榜单发布\n12月6日,湖北省工商联发布2024湖北民营企业100强榜单。"
    assert labels(text, "Award") == {"2024湖北民营企业100强"}


def test_resolve_a_word_that_may_stand_for_a_chamber_inside_an_events_name_is_none():
    text = "商会秘书长培训班开班\n12月2日,2024年度全市商会秘书长培训班在南通市委党校开班。"
    assert labels(text, "Chamber") == set()


def test_resolve_a_company_by_the_first_characters_of_its_place_and_trade():
    text = "市工商联活动走进广州汽车集团股份有限公司。广汽集团总经理冯兴亚介绍了企业情况。"
    assert labels(text, "Company") == {"广州汽车集团股份有限公司"}


def test_resolve_chambers_of_a_citys_counties_by_their_short_names_say_the_city_is_home():
    # 泉州市石狮商会: the chamber in 泉州 of people from 石狮; 市工商联 is 泉州's
    text = ("全市新成立商会8家,泉州市石狮商会、泉州市晋江商会获评全国“四好”商会。"
            "市工商联主席黄少华表示,将重点抓好“万企兴万村”行动。")
    assert labels(text, "Federation") == {"泉州市工商联"}


def test_resolve_a_hong_kong_association_visiting_leaves_the_city_the_home_of_its_abbreviations():
    text = ("市委书记会见香港浙江省同乡会联合会访问团\n12月3日,湖州市委书记陈浩会见了香港浙江省同乡会联合会访问团一行。"
            "香港浙江省同乡会联合会会长施子清表示,将组织更多香港企业家到湖州投资。湖州市工商联主席闵建国陪同会见。")
    assert labels(text, "GovernmentBody") == {"湖州市委"}
    assert "同乡" not in labels(text, "Place")


def test_resolve_a_club_of_new_social_strata_by_its_shorter_name():
    text = ("建德市工商联成立新阶层人士联谊会\n12月2日,建德市新的社会阶层人士联谊会成立大会召开。"
            "大会选举建德市建筑设计院院长王芳为会长。")
    assert labels(text, "Organization") == {"建德市新的社会阶层人士联谊会", "建德市建筑设计院"}


def test_resolve_a_headlines_meeting_named_with_fewer_words_of_its_own():
    text = "市工商联召开2024年度机关述职大会\n12月6日,株洲市工商联召开2024年度机关干部述职大会。"
    assert labels(text, "Event") == {"2024年度机关干部述职大会"}


def test_resolve_an_event_named_with_a_words_short_form_in_the_headline():
    text = "海口市工商联召开自贸港政策宣讲会\n12月2日,海口市工商联召开海南自由贸易港政策宣讲会。"
    assert labels(text, "Event") == {"海南自由贸易港政策宣讲会"}


def test_resolve_a_programme_named_with_and_without_whom_it_serves_is_one():
    text = "东胜区工商联开展民营企业“体检”服务\n东胜区工商联为10家民营企业开展“体检”服务。"
    assert labels(text, "Programme") == {"民营企业“体检”服务"}


def test_resolve_a_headlines_branded_forum_joins_the_texts_fuller_one():
    text = "北海市工商联召开“向海经济”论坛\n12月5日,北海市工商联举办2024“向海经济”民营企业发展论坛。"
    assert labels(text, "Event") == {"2024“向海经济”民营企业发展论坛"}
