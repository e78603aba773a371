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
    # a byline naming an outlet without a suffix of a name, and two reporters
    ("四川在线记者 张文 刘洋\n11月30日,四川省工商联召开大会。", {("张文", "记者", "四川在线"), ("刘洋", "记者", "四川在线")}),
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
    # an adverb between the recipients and the verb
    ("广东长盈精密技术有限公司、东莞怡合达自动化股份有限公司分别获得“东莞市科技创新先进企业”称号。",
     {("广东长盈精密技术有限公司", "", "“东莞市科技创新先进企业”"),
      ("东莞怡合达自动化股份有限公司", "", "“东莞市科技创新先进企业”")}),
    # 授予 a recipient a title
    ("会议授予瑞安市汽摩配行业协会“四好商会”称号。", {("瑞安市汽摩配行业协会", "", "“四好商会”")}),
])
def test_relations_awards(text, expected):
    assert expected <= facts(text, "award")


def test_relations_guided_by():
    found = facts("2023年,永川区工商联在区委区政府的坚强领导下开展工作。", "guidedBy")
    assert ("永川区工商联", "", "永川区委") in found
    assert ("永川区工商联", "", "永川区人民政府") in found


@pytest.mark.parametrize("text, expected", [
    ("夹江县工商联召开会议。县工商联主席张健、副主席汪学科出席。", {("汪学科", "副主席", "夹江县工商联")}),
    ("东城区工商联召开大会。北京宏林科技有限公司董事长王曦当选第九届东城区工商联主席。",
     {("王曦", "主席", "东城区工商联"), ("王曦", "董事长", "北京宏林科技有限公司")}),
    ("中共中央政治局常委李强出席会议。", {("李强", "常委", "中共中央政治局")}),
    ("全国政协常委、民建中央常委、四川省川商总会副会长、通威集团董事局刘汉元主席出席大会。",
     {("刘汉元", "董事局主席", "通威集团"), ("刘汉元", "常委", "全国政协"), ("刘汉元", "副会长", "四川省川商总会")}),
    ("苏州市工商联召开执委会议。会议增补李明华为市工商联副主席。", {("李明华", "副主席", "苏州市工商联")}),
    ("会议选举王芳同志为苏州市服装行业协会会长。", {("王芳", "会长", "苏州市服装行业协会")}),
    # 我会 in an article whose headline names no chamber: the first chamber of the article
    ("我会组织会员企业赴云南考察\n5月10日,湖北省浙江商会组织会员企业赴昆明考察。我会执行会长周建新带队。",
     {("周建新", "执行会长", "湖北省浙江商会")}),
    # the chamber's committee between it and the role; a role of the same kind after a comma,
    # and the names enumerated after it; a Party branch of a chamber is the chamber's
    ("成都市温州商会第三届理事会会长陈志强,副会长林海、黄晓东出席。成都市温州商会党支部书记、常务副会长郑建华主持。",
     {("陈志强", "会长", "成都市温州商会"), ("林海", "副会长", "成都市温州商会"), ("黄晓东", "副会长", "成都市温州商会"),
      ("郑建华", "党支部书记", "成都市温州商会"), ("郑建华", "常务副会长", "成都市温州商会")}),
    # a bureau's Party committee is the bureau's; a bare 公司 is the company named before
    ("省税务局党委书记、局长张学军出席。陕西省税务局召开会议。", {("张学军", "党委书记", "陕西省税务局"),
                                                     ("张学军", "局长", "陕西省税务局")}),
    ("在片仔癀公司,黄文辉了解情况。公司党委书记、董事长林绍碧介绍。", {("林绍碧", "董事长", "片仔癀公司")}),
    # a post in brackets after the name
    ("会议召开。王建军(成都市工商联副主席)在讲话中肯定了商会工作。", {("王建军", "副主席", "成都市工商联")}),
    # a profile: the person, then 现任 and the posts
    ("张雪峰,男,1972年生,现任山东鲁花集团有限公司总经理、山东省工商联常委。",
     {("张雪峰", "总经理", "山东鲁花集团有限公司"), ("张雪峰", "常委", "山东省工商联")}),
    # a function-word surname after a role; a trade name of numerals; a board's posts; a bank's
    ("三一集团有限公司董事长兼总裁向文波、正泰集团股份有限公司监事会主席吴炳池参加座谈。人民银行副行长潘功胜出席。",
     {("向文波", "董事长", "三一集团有限公司"), ("向文波", "总裁", "三一集团有限公司"),
      ("吴炳池", "监事会主席", "正泰集团股份有限公司"), ("潘功胜", "副行长", "中国人民银行")}),
    # a role of a national body names it by itself
    ("会上,副总理何立峰讲话。", {("何立峰", "副总理", "国务院")}),
    # a company's Party committee is the company's: the post is there
    ("河北养元智汇饮品股份有限公司党委书记姚奎章发言。", {("姚奎章", "党委书记", "河北养元智汇饮品股份有限公司")}),
    # 该公司 stands for the company named before
    ("赵勇走访成都先导药物开发股份有限公司。该公司董事长李进介绍了情况。",
     {("李进", "董事长", "成都先导药物开发股份有限公司")}),
    # a body the chain does not know (管委会) does not cut it
    ("成都高新区党工委委员、管委会副主任陈放出席活动。", {("陈放", "委员", "成都高新区党工委")}),
    # elected to a post, not given an award
    ("正泰集团股份有限公司董事长南存辉当选为温州市总商会会长。", {("南存辉", "会长", "温州市工商联")}),
    # a chamber's role with no organisation named: the chamber named last, for everyone enumerated
    ("合肥市温州商会召开成立大会。林国栋当选为首任会长,郑海燕、吴建军当选为副会长。",
     {("林国栋", "会长", "合肥市温州商会"), ("郑海燕", "副会长", "合肥市温州商会"), ("吴建军", "副会长", "合肥市温州商会")}),
    # a village's Party branch and its secretary (白|水洞|村|党支部: a village jieba does not know)
    ("十八洞村党支部书记施金通介绍。白水洞村党支部书记刘建军说。",
     {("施金通", "书记", "十八洞村党支部"), ("刘建军", "书记", "白水洞村党支部")}),
    # 镇商会 stands for the town's chamber named before
    ("缙云县新建镇商会组织会员走进岩下村。新建镇党委书记杜建华、镇商会会长吕建平带队参加活动。",
     {("吕建平", "会长", "缙云县新建镇商会")}),
    # a town's congress and discipline commission named bare after its Party committee (金|清镇: jieba)
    ("路桥区金清镇党委委员、人大主席陈建华参加。路桥区金清镇党委委员、纪委书记王红出席。",
     {("陈建华", "主席", "路桥区金清镇人大"), ("陈建华", "委员", "路桥区金清镇党委"), ("王红", "书记", "路桥区金清镇纪委")}),
    # people elected with their companies' posts in brackets after each
    ("江门市女企业家商会召开会员大会。谭丽娟(江门市丽华服装有限公司总经理)、吴秀英(江门市秀英贸易有限公司董事长)当选为常务副会长。",
     {("谭丽娟", "常务副会长", "江门市女企业家商会"), ("吴秀英", "常务副会长", "江门市女企业家商会"),
      ("谭丽娟", "总经理", "江门市丽华服装有限公司")}),
    # a foreign chamber's branch and its head, named with a dot, who leads a delegation
    ("中国欧盟商会华南分会主席克劳斯·扎默率代表团访问广州市工商联。", {("克劳斯·扎默", "主席", "中国欧盟商会华南分会")}),
    # a place's Party committee and political consultative conference written in full
    ("中国人民政治协商会议武义县委员会主席王强出席。中国共产党武义县委员会书记陈荣高出席。",
     {("王强", "主席", "武义县政协"), ("陈荣高", "书记", "武义县委")}),
    # given names with 好; a board's full name before its role
    ("会议增补刘永好、南存辉为全国工商联第十三届执行委员会常务委员。",
     {("刘永好", "常务委员", "全国工商联"), ("南存辉", "常务委员", "全国工商联")}),
    # a national insurer's branch under its short name
    ("海南省工商联与中国出口信用保险公司海南分公司签署协议。中国信保海南分公司总经理王雪峰签约。",
     {("王雪峰", "总经理", "中国出口信用保险公司海南分公司")}),
    # a professor's titles
    ("中国人民大学商学院教授、博士生导师王强作报告。",
     {("王强", "教授", "中国人民大学商学院"), ("王强", "博士生导师", "中国人民大学商学院")}),
    # a town's head: the town's government, the town named with the Party committee before
    ("白塔镇党委副书记、镇长李明出席。", {("李明", "镇长", "白塔镇政府")}),
    # a prefecture's commissioner heads its government (行署)
    ("和田地区行署专员艾尔肯·吐尼亚孜出席。", {("艾尔肯·吐尼亚孜", "专员", "和田地区行政公署")}),
    # a ministry's department and its head
    ("国家发展改革委民营经济发展局局长魏东出席会议。", {("魏东", "局长", "国家发展改革委民营经济发展局")}),
])
def test_relations_posts_more_patterns(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_notice_lists_its_appointees_under_the_post():
    text = ("福州市工商联召开执委会议。\n经市工商联第八届执委会第三次会议审议,同意增补下列5名同志为市工商联第八届执行委员会常务委员:\n"
            "黄志明(福州三木集团股份有限公司董事长)\n王红、张宏伟\n李建国  赵小平\n特此通知。\n")
    posts = facts(text, "post")
    assert {(name, "常务委员", "福州市工商联") for name in ("黄志明", "王红", "张宏伟", "李建国", "赵小平")} <= posts
    assert ("黄志明", "董事长", "福州三木集团股份有限公司") in posts
    assert not any(person.startswith("特此") for person, _, _ in posts)
    events = {e.label for e in extract_document(Document("t.txt", "t.txt", text, "utf-8")).entities.values()
              if e.type == "Event"}
    assert events == {"福州市工商联第八届执委会第三次会议"}  # 经|市工商联: the name opens after the preposition


def test_relations_a_profile_names_its_subject_in_the_sentence_before_the_posts():
    text = ("他扎根家乡二十年\n——记赣州市青年企业家商会会长刘海涛\n刘海涛,1978年出生,江西于都人。"
            "现任江西绿源农业发展有限公司董事长、赣州市青年企业家商会会长。")
    assert {("刘海涛", "董事长", "江西绿源农业发展有限公司"), ("刘海涛", "会长", "赣州市青年企业家商会")} == facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # a democratic party's committee and a full-time deputy's post in it
    ("民建中央副主席、民建山东省委主委王随莲一行到访。民建山东省委专职副主委张荣安参加座谈。",
     {("王随莲", "副主席", "民建中央"), ("王随莲", "主委", "民建山东省委"), ("张荣安", "专职副主委", "民建山东省委")}),
    # a secretariat of Macau's or Hong Kong's government, in traditional characters too
    ("澳門特別行政區經濟財政司司長李偉農出席。香港特区政府财政司司长陈茂波致辞。",
     {("李伟农", "司长", "澳门特别行政区经济财政司"), ("陈茂波", "司长", "香港特区政府财政司")}),
    # a federation's role and its role as the chamber of commerce, in brackets
    ("石家庄市工商联召开大会。吴相君当选为市工商联主席(总商会会长),刘建华、赵树森当选为副主席(副会长)。",
     {("吴相君", "主席", "石家庄市工商联"), ("吴相君", "会长", "石家庄市工商联"),
      ("刘建华", "副主席", "石家庄市工商联"), ("刘建华", "副会长", "石家庄市工商联"), ("赵树森", "副会长", "石家庄市工商联")}),
    # Mongolian names enumerated, with no surname; an association of CPPCC members has officers
    ("内蒙古自治区工商联召开大会。其木格、乌兰巴特尔当选为副主席。港区省级政协委员联谊会会长林建岳率团访问。",
     {("其木格", "副主席", "内蒙古自治区工商联"), ("乌兰巴特尔", "副主席", "内蒙古自治区工商联"),
      ("林建岳", "会长", "港区省级政协委员联谊会")}),
    # people enumerated with their own posts share the one they are elected to; a cue is no given name
    ("南通市家纺行业协会第五届会员大会召开。江苏紫罗兰家用纺织品有限公司董事长陈建华、南通大东有限公司总经理杨卫东等9人当选副会长;"
     "张明当选秘书长。", {("陈建华", "副会长", "南通市家纺行业协会"), ("杨卫东", "副会长", "南通市家纺行业协会"),
                  ("张明", "秘书长", "南通市家纺行业协会")}),
    # a trade name of a number and its measure
    ("晋江市工商联(总商会)副会长、361度国际有限公司董事长丁建通说。",
     {("丁建通", "董事长", "361度国际有限公司"), ("丁建通", "副会长", "晋江市工商联")}),
    # an organisation and its role before a colon, the name after it
    ("宁波市鄞州区工商联2024年工作总结\n全年工作扎实推进。\n区工商联主席:李国华", {("李国华", "主席", "鄞州区工商联")}),
    # a profile that opens with its subject, with no cue after the name
    ("会员风采|陈建国:做有温度的企业\n陈建国,四川成都人,中共党员,现任成都金牛国投集团有限公司董事长、成都市金牛区工商联副主席。",
     {("陈建国", "董事长", "成都金牛国投集团有限公司"), ("陈建国", "副主席", "金牛区工商联")}),
    # a profile's 是 after a comma, with nothing named since the person; roles with a qualifier (行政总监)
    ("公司董事长徐立民今年58岁,是临安区工商联副主席、杭州市电线电缆行业协会会长。"
     "安徽科大国创软件股份有限公司行政总监刘佳说。",
     {("徐立民", "副主席", "临安区工商联"), ("徐立民", "会长", "杭州市电线电缆行业协会"),
      ("刘佳", "行政总监", "安徽科大国创软件股份有限公司")}),
    # the last of some named before 为 in a clause going on from an election, one with a note in brackets
    ("丽水市工商联召开大会。选举吴晓东为市工商联主席,叶建新、蓝春华(女,畲族)、季伟林为副主席(兼职)。",
     {("吴晓东", "主席", "丽水市工商联"), ("叶建新", "副主席", "丽水市工商联"), ("蓝春华", "副主席", "丽水市工商联"),
      ("季伟林", "副主席", "丽水市工商联")}),
    # a list of a chamber's officers under a heading that names the chamber, after a federation named
    ("东莞市湖南商会年会举行。市工商联主席卢建华致辞。\n新一届商会领导班子名单如下:\n会长:谢永红\n常务副会长:彭志军、李国平\n秘书长:邓丽",
     {("卢建华", "主席", "东莞市工商联"), ("谢永红", "会长", "东莞市湖南商会"), ("彭志军", "常务副会长", "东莞市湖南商会"),
      ("李国平", "常务副会长", "东莞市湖南商会"), ("邓丽", "秘书长", "东莞市湖南商会")}),
    # a chamber named with where it is and without; 担任, 出任 after a name; a note in brackets before 当选
    ("无锡市江阴商会举行仪式。江阴商会此前已推选徐国良担任商会名誉会长,由江苏海澜集团有限公司副总裁顾东升出任商会常务副会长。",
     {("徐国良", "名誉会长", "无锡市江阴商会"), ("顾东升", "常务副会长", "无锡市江阴商会"),
      ("顾东升", "副总裁", "江苏海澜集团有限公司")}),
    ("北京市朝阳区工商联召开大会。刘志刚当选为区工商联主席,王红、李强(常务)当选为副主席。",
     {("刘志刚", "主席", "朝阳区工商联"), ("王红", "副主席", "朝阳区工商联"), ("李强", "副主席", "朝阳区工商联")}),
    # a company whose place jieba reads as a verb (贵州|遵义/v|汇川区…); a county's committee jieba cut (正|安|县委)
    ("遵义市青年企业家商会走进正安县。商会会长、贵州遵义汇川区酒业有限公司总经理罗明带队,正安县委常委、统战部部长王丽娟陪同。",
     {("罗明", "会长", "遵义市青年企业家商会"), ("罗明", "总经理", "贵州遵义汇川区酒业有限公司"),
      ("王丽娟", "常委", "正安县委"), ("王丽娟", "部长", "正安县委统战部")}),
    # a dotted name after an appointment verb; a chamber's board named before the role
    ("甘肃省新疆商会第二届会员大会召开。大会选举马建国为第二届理事会会长,选举阿不都拉·买买提、王新华等12人为副会长。",
     {("马建国", "会长", "甘肃省新疆商会"), ("阿不都拉·买买提", "副会长", "甘肃省新疆商会"),
      ("王新华", "副会长", "甘肃省新疆商会")}),
    # a given name that opens with a function word but is one word (李|和平); a note in brackets on who spoke
    ("民建中央副主席、民建安徽省委会主委李和平出席会议。", {("李和平", "副主席", "民建中央"), ("李和平", "主委", "民建安徽省委会")}),
    ("韦国强:今年我们准备成立法律服务中心。\n(韦国强,广西玉林商会会长、玉林市玉柴物流有限公司董事长)",
     {("韦国强", "会长", "广西玉林商会"), ("韦国强", "董事长", "玉林市玉柴物流有限公司")}),
    # a company's role in a sentence that opens in the company
    ("市工商联走访企业。在人民电器集团,董事局主席郑元豹介绍了情况。", {("郑元豹", "董事局主席", "人民电器集团")}),
    # a role with a qualifier (财务负责人, 轮值董事长)
    ("华为技术有限公司副董事长、轮值董事长徐直军发言。",
     {("徐直军", "副董事长", "华为技术有限公司"), ("徐直军", "轮值董事长", "华为技术有限公司")}),
    ("浙江开山压缩机股份有限公司财务负责人陈芳说,很好。", {("陈芳", "财务负责人", "浙江开山压缩机股份有限公司")}),
    # a standing deputy secretary of a committee for the new kinds of organisation
    ("株洲市召开会议。市委两新工委常务副书记、市工商联党组书记刘文斌部署。",
     {("刘文斌", "常务副书记", "株洲市委两新工委"), ("刘文斌", "党组书记", "株洲市工商联")}),
    # a notice's appointments: 同志任 (jieba reads 任市 as a word)
    ("天门市委统战部通知。\n刘德华同志任市工商联党组成员、副主席;\n周小燕同志任市工商联秘书长;",
     {("刘德华", "党组成员", "天门市工商联"), ("刘德华", "副主席", "天门市工商联"), ("周小燕", "秘书长", "天门市工商联")}),
    # 集团公司 for the company named last, here by its trade name before the legal form
    ("调研组来到五粮液集团有限公司、宜宾天原集团股份有限公司。在五粮液,集团公司党委副书记、总经理邹涛介绍了情况。",
     {("邹涛", "总经理", "五粮液集团有限公司")}),
])
def test_relations_posts_in_parties_and_companies_named_again(text, expected):
    posts = facts(text, "post")
    assert expected <= posts
    assert not any(org == "宜宾天原集团股份有限公司" for _, _, org in posts)


def test_relations_a_published_list_is_the_award_of_those_listed_after_it():
    found = facts("近日,工业和信息化部公布了第五批专精特新“小巨人”企业名单。我市常州强力电子新材料股份有限公司、"
                  "江苏恒立液压股份有限公司2家企业成功入选。近日,省工信厅公布了2024年度省级专精特新中小企业名单,"
                  "我会会员企业合肥科晶材料技术有限公司成功入选。", "award")
    assert {("常州强力电子新材料股份有限公司", "", "第五批专精特新“小巨人”企业"),
            ("江苏恒立液压股份有限公司", "", "第五批专精特新“小巨人”企业"),
            ("合肥科晶材料技术有限公司", "", "2024年度省级专精特新中小企业")} == found  # not the ministry


@pytest.mark.parametrize("numbered", [True, False])
def test_relations_a_notice_lists_the_recipients_below_the_award(numbered):
    items = ["杭州市温州商会", "宁波市江北区商会", "温州市鞋革行业协会"]
    lines = [f"{k}.{name}" if numbered else name for k, name in enumerate(items, 1)]
    text = ("关于公布2024年度全省“四好”商会名单的通知\n各市工商联:\n经省工商联审核,认定以下商会为2024年度全省“四好”商会:\n"
            + "\n".join(lines) + "\n浙江省工商联\n2024年12月20日\n")
    found = facts(text, "award")
    assert found == {(name, "", "2024年度全省“四好”商会") for name in items}  # not who signs it


def test_relations_a_ranking_of_a_hundred_published_as_a_list():
    found = facts("9月12日,浙江省工商联发布“2024浙江省民营企业百强”榜单,阿里巴巴(中国)有限公司、荣盛控股集团有限公司、"
                  "恒逸集团有限公司分列前三位。浙江吉利控股集团有限公司位列第5位。", "award")
    assert {rec for rec, _, _ in found} == {"阿里巴巴(中国)有限公司", "荣盛控股集团有限公司", "恒逸集团有限公司",
                                             "浙江吉利控股集团有限公司"}
    assert {award for _, _, award in found} == {"2024浙江省民营企业百强"}


def test_relations_the_first_places_of_a_ranking():
    found = facts("8月29日,全国工商联发布“2024中国民营企业500强”榜单。京东集团、恒力集团有限公司位居前二。", "award")
    assert {rec for rec, _, _ in found} == {"京东集团", "恒力集团有限公司"}


def test_relations_places_in_a_ranking_two_sentences_after_it():
    found = facts("10月12日,全国工商联发布“2024中国民营企业500强”榜单。我省共有22家企业入围,数量居全国第五位。"
                  "其中,正威国际集团有限公司位列第18位,万华化学集团股份有限公司首次进入前50强。", "award")
    assert found == {("正威国际集团有限公司", "", "2024中国民营企业500强")}  # (前50强: a place, no ranking)


def test_relations_places_in_a_ranking_named_after_the_verb():
    text = ("山东省工商联发布2025山东民营企业100强、2025山东民营企业创新100强等榜单。榜单显示,"
            "魏桥创业集团有限公司以5221.6亿元的营业收入位居2025山东民营企业100强榜首,南山集团有限公司、"
            "山东东明石化集团有限公司分列第二、三位。潍柴动力股份有限公司位列2025山东民营企业创新100强第一名。")
    assert facts(text, "award") == {
        ("魏桥创业集团有限公司", "", "2025山东民营企业100强"), ("南山集团有限公司", "", "2025山东民营企业100强"),
        ("山东东明石化集团有限公司", "", "2025山东民营企业100强"),
        ("潍柴动力股份有限公司", "", "2025山东民营企业创新100强")}


def test_relations_first_places_of_a_ranking_named_after_分列():
    text = ("宁波市工商联发布2025年度“宁波市民营企业100强”榜单。宁波金田投资控股有限公司、宁波均胜电子股份有限公司、"
            "奥克斯集团有限公司分列民营企业100强前三位。")
    assert {rec for rec, _, _ in facts(text, "award")} == {
        "宁波金田投资控股有限公司", "宁波均胜电子股份有限公司", "奥克斯集团有限公司"}


def test_relations_a_place_on_a_ranking_is_on_the_first_of_the_lists_published():
    text = ("徐州市工商联发布了“2024徐州市民营企业100强”“2024徐州市制造业民营企业50强”两个榜单。"
            "徐工集团工程机械股份有限公司以营业收入938亿元位居榜首,江苏中能硅业科技发展有限公司、徐州东方物流集团有限公司"
            "分列第二、三位。")
    assert {award for _, _, award in facts(text, "award")} == {"2024徐州市民营企业100强"}


def test_relations_a_vice_head_of_the_one_district_named_in_an_article_about_its_city():
    # 嘉兴 is named twice (once in a company's name), 南湖区 once: the district is still the one 副区长 serves
    text = ("第十二期“政企会客厅”活动在嘉兴市南湖区举行。区委副书记、区长沈小峰,副区长赵敏出席活动。"
            "活动中,嘉兴斯达半导体股份有限公司人力资源总监吴婷提出问题。")
    assert ("赵敏", "副区长", "南湖区人民政府") in facts(text, "post")


def test_relations_an_appointee_named_after_the_post_held_before():
    text = "温州市鹿城区电子商务协会召开大会。金永强当选为会长。大会还聘请第一届会长陈国华为名誉会长。"
    assert ("陈国华", "名誉会长", "温州市鹿城区电子商务协会") in facts(text, "post")


def test_relations_honours_of_people_quoted_one_after_another():
    text = "湖南大三湘茶油股份有限公司董事长刘少华先后荣获“全国三八红旗手”“全国五一劳动奖章”等荣誉。"
    assert facts(text, "award") == {("刘少华", "", "“全国三八红旗手”"), ("刘少华", "", "“全国五一劳动奖章”")}


def test_relations_appointees_named_with_their_posts_a_comma_apart():
    text = ("青海省工商联召开会议。会议增补青海盐湖工业股份有限公司党委书记、董事长王吉岳,"
            "青海西部矿业集团有限公司董事长钱海为省工商联副主席(副会长)。")
    assert {("王吉岳", "副主席", "青海省工商联"), ("钱海", "副主席", "青海省工商联"),
            ("钱海", "董事长", "青海西部矿业集团有限公司")} <= facts(text, "post")


def test_relations_a_rural_bank_by_its_short_name_holds_its_party_committee():
    text = ("咸宁市工商联与湖北咸宁农村商业银行股份有限公司签订合作协议。咸宁农商行党委书记、董事长余华介绍。")
    assert {("余华", "党委书记", "湖北咸宁农村商业银行股份有限公司"),
            ("余华", "董事长", "湖北咸宁农村商业银行股份有限公司")} <= facts(text, "post")


def test_relations_a_chamber_named_bare_before_its_term_and_role():
    text = "广东省潮州商会举行典礼。商会第七届会长、广东宏远集团有限公司董事长陈伟鹏作就职讲话。"
    assert ("陈伟鹏", "会长", "广东省潮州商会") in facts(text, "post")


def test_relations_an_award_handed_to_its_winners_is_no_award_named_者颁奖():
    text = "典礼上还为“商会发展突出贡献奖”获得者颁奖,广东万事泰集团有限公司等10家会员企业获奖。"
    assert facts(text, "award") == {("广东万事泰集团有限公司", "", "“商会发展突出贡献奖”")}


def test_relations_a_democratic_partys_committee_of_the_articles_city():
    text = "扬州市委统战部召开座谈会。民革市委会主委孙明、市工商联主席徐海涛发言。"
    assert ("孙明", "主委", "民革扬州市委会") in facts(text, "post")


def test_relations_elected_to_the_new_term_of_the_association_named_bare():
    text = ("安溪县茶叶行业协会第五届会员大会召开。会议选举福建八马茶业有限公司董事长王文礼为新一届协会会长,"
            "选举林志强为秘书长。")
    assert {("王文礼", "会长", "安溪县茶叶行业协会"), ("林志强", "秘书长", "安溪县茶叶行业协会")} <= facts(text, "post")


def test_relations_a_division_of_a_customs_office():
    assert ("刘涛", "综合业务处处长", "深圳海关") in facts("深圳海关综合业务处处长刘涛作专题辅导。", "post")


def test_relations_the_chair_of_an_association_whose_congress_elects():
    text = "香港广东社团总会日前举行第九届会员大会,选出新一届领导架构。陈勇当选主席,蔡毅、林龙安等当选常务副主席。"
    assert {("陈勇", "主席", "香港广东社团总会"), ("蔡毅", "常务副主席", "香港广东社团总会")} <= facts(text, "post")


def test_relations_those_named_won_the_honour_praised_before():
    text = ("福建省委、省政府召开大会,对2024年度福建省优秀民营企业家进行表彰。宁德时代新能源科技股份有限公司董事长曾毓群、"
            "福耀玻璃工业集团股份有限公司董事长曹德旺等50人获此荣誉。")
    assert {rec for rec, _, _ in facts(text, "award")} == {"曾毓群", "曹德旺"}


def test_relations_a_table_of_honours_for_companies_and_for_people():
    text = ("拟评选以下企业和个人为2024年度优秀会员企业和优秀企业家,现予以公示:\n"
            "一、优秀会员企业(2家)\n序号\t企业名称\n1\t维沃移动通信有限公司\n2\t广东生益科技股份有限公司\n"
            "二、优秀企业家(2名)\n序号\t姓名\t职务\n1\t沈炜\t维沃移动通信有限公司总裁\n"
            "2\t刘述峰\t广东生益科技股份有限公司董事长\n")
    assert facts(text, "award") == {
        ("维沃移动通信有限公司", "", "2024年度优秀会员企业"), ("广东生益科技股份有限公司", "", "2024年度优秀会员企业"),
        ("沈炜", "", "2024年度优秀企业家"), ("刘述峰", "", "2024年度优秀企业家")}
    assert ("沈炜", "总裁", "维沃移动通信有限公司") in facts(text, "post")


def test_relations_a_lawyer_of_a_law_firm():
    assert ("孙伟", "律师", "江苏泰和律师事务所") in facts("服务团成员、江苏泰和律师事务所律师孙伟作了提示。", "post")


def test_relations_a_labelled_profiles_posts_and_honours():
    text = ("人物名片:陈加斌,1968年出生,瑞安人,现任瑞立集团有限公司董事局主席,瑞安市汽摩配行业协会会长,"
            "温州市工商联副主席。曾获“全国优秀民营企业家”“浙江省劳动模范”等荣誉。")
    assert {("陈加斌", "董事局主席", "瑞立集团有限公司"), ("陈加斌", "会长", "瑞安市汽摩配行业协会"),
            ("陈加斌", "副主席", "温州市工商联")} <= facts(text, "post")
    assert facts(text, "award") == {("陈加斌", "", "“全国优秀民营企业家”"), ("陈加斌", "", "“浙江省劳动模范”")}


def test_relations_a_party_committees_commission_named_bare_after_it():
    text = "余杭区工商联召开会议。区委副书记、政法委书记沈建军出席。"
    assert {("沈建军", "副书记", "余杭区委"), ("沈建军", "书记", "余杭区委政法委")} <= facts(text, "post")


def test_relations_quoted_honours_praised_after_their_place_and_won_again_by_their_short_names():
    text = ("江门市蓬江区召开民营经济发展大会 表彰一批优秀民营企业\n12月2日,江门市蓬江区召开民营经济发展大会,"
            "对2023年度蓬江区“纳税十强”民营企业、“科技创新十强”民营企业进行表彰。"
            "无限极(中国)有限公司等10家企业获评“纳税十强”民营企业;广东科恒实业股份有限公司等10家企业获评“科技创新十强”民营企业。")
    assert facts(text, "award") == {("无限极(中国)有限公司", "", "2023年度蓬江区“纳税十强”民营企业"),
                                     ("广东科恒实业股份有限公司", "", "“科技创新十强”民营企业")}


def test_relations_the_list_of_holders_published_in_the_next_sentence():
    text = ("经复核,确定安庆市宿松县湖北商会等3家商会为第二批市级“五好”商会。现将名单公布如下:\n"
            "1.安庆市宿松县湖北商会\n2.怀宁县温州商会\n3.望江县女企业家商会\n附件:名单\n")
    assert {rec for rec, _, _ in facts(text, "award")} == {"安庆市宿松县湖北商会", "怀宁县温州商会", "望江县女企业家商会"}


def test_relations_appointed_to_the_board_of_the_federation_whose_congress_meets():
    text = ("义乌市工商联(总商会)召开第十二次会员代表大会第三次会议。"
            "会议增补浙江华统肉制品股份有限公司董事长朱俭勇为第十二届执行委员会副主席。")
    assert ("朱俭勇", "副主席", "义乌市工商联") in facts(text, "post")


def test_relations_an_honour_of_ten_outstanding_handed_out_then_won_by_those_named():
    text = ("大会为“2024顺德十大杰出顺商”颁奖。美的集团股份有限公司董事长方洪波、碧桂园控股有限公司董事局主席杨惠妍"
            "等10人获此荣誉。")
    assert facts(text, "award") == {("方洪波", "", "“2024顺德十大杰出顺商”"), ("杨惠妍", "", "“2024顺德十大杰出顺商”")}


def test_relations_a_research_society_named_bare_before_its_roles():
    text = ("中国民营经济研究会第三届理事会第四次会议在北京召开。会议增补北京大学光华管理学院院长刘俏为研究会副会长。"
            "研究会会长谢伯阳主持会议。")
    assert {("刘俏", "副会长", "中国民营经济研究会"), ("谢伯阳", "会长", "中国民营经济研究会")} <= facts(text, "post")


def test_relations_the_bodies_that_sign_a_decision_receive_none_of_its_honours():
    text = ("市委、市政府决定,授予以下3名同志第二届“最美民营企业家”称号:\n王建林(浙江建林控股集团有限公司董事长)\n"
            "陈国平(浙江国平机械股份有限公司董事长)\n中共台州市委 台州市人民政府\n2024年12月6日\n")
    assert {rec for rec, _, _ in facts(text, "award")} == {"王建林", "陈国平"}


def test_relations_a_universitys_party_standing_committee_and_a_newspapers_department():
    text = "长沙市工商联与湖南大学签署协议。湖南大学党委常委、副校长邹华出席。湖南日报社经济部主任刘银艳作专题辅导。"
    assert {("邹华", "党委常委", "湖南大学"), ("邹华", "副校长", "湖南大学"),
            ("刘银艳", "经济部主任", "湖南日报社")} <= facts(text, "post")


def test_relations_posts_in_brackets_are_the_named_ones_alone():
    text = ("宝鸡市工商联第九届执委会组成人员名单\n主  席:郭建军\n"
            "副主席:王宏伟(陕西法士特汽车传动集团有限责任公司总经理)、宋敏(女)、赵海波\n")
    found = facts(text, "post")
    assert {("王宏伟", "副主席", "宝鸡市工商联"), ("宋敏", "副主席", "宝鸡市工商联"), ("赵海波", "副主席", "宝鸡市工商联"),
            ("王宏伟", "总经理", "陕西法士特汽车传动集团有限责任公司")} <= found
    assert not {post for post in found if post[0] in ("宋敏", "赵海波") and post[1] == "总经理"}


def test_relations_a_companys_union_chair_by_its_trade_name():
    text = "市工商联走访慰问了河北以岭医药集团有限公司的困难职工。以岭药业工会主席刘艳陪同慰问。"
    assert ("刘艳", "工会主席", "河北以岭医药集团有限公司") in facts(text, "post")


def test_relations_a_post_taken_with_danren_but_not_one_left():
    found = facts("共建吉林大学民营经济研究院。吉林大学经济学院教授李政担任研究院院长。", "post")
    assert ("李政", "院长", "吉林大学民营经济研究院") in found
    left = facts("同意沈建华不再担任区工商联副主席,增补周宏为区工商联副主席。", "post")
    assert not {post for post in left if post[0] == "沈建华"}


def test_relations_a_chambers_party_branch_secretary_elected():
    text = "泉州市晋江商会党支部成立大会召开。会议选举产生了党支部委员会,洪天峰当选党支部书记。"
    assert ("洪天峰", "党支部书记", "泉州市晋江商会") in facts(text, "post")


def test_relations_a_lists_role_before_a_note_on_its_order():
    text = ("宣城市工商联(总商会)第五届执行委员会组成人员名单\n\n主  席:徐华\n"
            "执行委员会常委(按姓氏笔画为序):\n马军  王立新  张建平  赵敏\n")
    found = facts(text, "post")
    assert {("马军", "常委", "宣城市工商联"), ("王立新", "常委", "宣城市工商联"), ("赵敏", "常委", "宣城市工商联")} <= found


def test_relations_a_federation_hosts_through_its_department():
    text = "第三届民营经济发展论坛在温州举行。论坛由温州市人民政府、中华全国工商业联合会经济部共同主办。"
    assert ("第三届民营经济发展论坛", "", "全国工商联") in facts(text, "organizedBy")


def test_relations_the_best_chosen_named_in_full_then_by_their_count():
    text = ("会议发布了2024年度海曙区“两个健康”十大典型案例。"
            "宁波华翔电子股份有限公司、宁波太平鸟时尚服饰股份有限公司入选十大典型案例。")
    assert ("宁波华翔电子股份有限公司", "", "2024年度海曙区“两个健康”十大典型案例") in facts(text, "award")


@pytest.mark.parametrize("text, post", [
    # a tenure word before the federation is no part of its name
    ("12月5日,新任嘉兴市工商联主席朱斌一行到桐乡市调研。", ("朱斌", "主席", "嘉兴市工商联")),
    # a branch's manager
    ("云南建投集团官渡分公司经理李强作为学员代表发言。", ("李强", "经理", "云南建投集团官渡分公司")),
])
def test_relations_posts_after_a_tenure_word_and_of_a_branch_manager(text, post):
    assert post in facts(text, "post")


def test_relations_a_quoted_honour_praised_after_its_year_and_place():
    text = ("会议表彰了2024年度鹿城区“十佳民营企业”,奥康集团有限公司、森马集团有限公司等10家企业获此殊荣。")
    assert ("奥康集团有限公司", "", "2024年度鹿城区“十佳民营企业”") in facts(text, "award")


def test_relations_places_on_the_ranking_named_sentences_before():
    text = ("12月5日,广东省工商联在广州发布2024广东省民营企业100强榜单。华为投资控股有限公司位列第一。"
            "广东省工商联主席苏华介绍,今年入围门槛为营业收入106.3亿元。"
            "比亚迪股份有限公司、美的集团股份有限公司分列第四、第五位。")
    found = facts(text, "award")
    assert {("比亚迪股份有限公司", "", "2024广东省民营企业100强"), ("美的集团股份有限公司", "", "2024广东省民营企业100强")} <= found


def test_relations_a_note_that_the_chair_leads_the_chamber_of_commerce_too():
    text = "佛山市顺德区工商联第十八届执委会成员名单\n\n主席:罗晓勤(兼总商会会长)\n副主席:何享健、张国华\n"
    found = facts(text, "post")
    assert {("罗晓勤", "会长", "顺德区工商联"), ("何享健", "副主席", "顺德区工商联")} <= found
    assert not {post for post in found if "兼" in post[2]}


def test_relations_a_chambers_legal_adviser_appointed():
    text = "经会长办公会议研究决定,聘任北京德恒(温州)律师事务所律师周志华为温州市女企业家商会常年法律顾问。"
    assert ("周志华", "常年法律顾问", "温州市女企业家商会") in facts(text, "post")


def test_relations_an_honour_praised_after_its_place_then_its_year():
    text = "会议表彰了淮北市2024年度“十佳民营企业”。安徽口子酒业股份有限公司获评“十佳民营企业”。"
    assert ("安徽口子酒业股份有限公司", "", "淮北市2024年度“十佳民营企业”") in facts(text, "award")


def test_relations_a_ranking_named_with_no_verb_goes_to_no_sentences_subject():
    text = ("上海市工商联发布2024上海民营企业100强榜单。复星国际有限公司位列前三。"
            "上海市工商联党组书记张伟介绍,上海民营企业100强入围门槛为30.03亿元。")
    assert not {f for f in facts(text, "award") if f[0] == "上海市工商联"}


def test_relations_a_supervisory_boards_chair_and_full_time_vice_presidents_elected():
    text = ("宁波市总商会第十三届会员代表大会选举产生新一届领导班子。"
            "毛剑宏当选会长,徐立新当选驻会副会长,陈红当选监事会主席。")
    found = facts(text, "post")
    assert {("徐立新", "驻会副会长", "宁波市工商联"), ("陈红", "监事会主席", "宁波市工商联")} <= found
    assert ("陈红", "主席", "宁波市工商联") not in found


def test_relations_a_federations_office_party_branch_secretary():
    text = "婺城区工商联党组书记、机关党支部书记方芳带领党员重温入党誓词。"
    assert ("方芳", "机关党支部书记", "婺城区工商联") in facts(text, "post")


def test_relations_a_name_whose_surname_no_list_holds_between_two_names():
    text = "会议选举杨德华为区工商联主席,段丽萍、字建国、杨永红为副主席。隆阳区工商联第四次会员代表大会召开。"
    found = facts(text, "post")
    assert {("段丽萍", "副主席", "隆阳区工商联"), ("字建国", "副主席", "隆阳区工商联"),
            ("杨永红", "副主席", "隆阳区工商联")} <= found


def test_relations_holders_listed_under_parts_headed_with_their_counts():
    text = ("2024年度全市“五好”商会名单\n\n一、市级商会(2家)\n孝感市湖南商会\n孝感市浙江商会\n\n"
            "二、县级商会(1家)\n汉川市服装商会\n")
    found = facts(text, "award")
    assert {("孝感市湖南商会", "", "2024年度全市“五好”商会"), ("汉川市服装商会", "", "2024年度全市“五好”商会")} <= found


def test_relations_an_honour_for_leading_the_way():
    text = "海宁市金永和家纺织造有限公司董事长沈国兴获评“亩均效益领跑者”。"
    assert ("沈国兴", "", "“亩均效益领跑者”") in facts(text, "award")


def test_relations_a_quoted_title_whatever_its_words():
    text = "湖北新洋丰肥业股份有限公司获“纳税大户”称号。"
    assert ("湖北新洋丰肥业股份有限公司", "", "“纳税大户”") in facts(text, "award")


def test_relations_those_named_before_the_verb_of_a_list_named_before_them():
    text = "会议表彰了2024年度陆丰市“突出贡献民营企业”,广东宝丽华新能源股份有限公司等10家企业获评。"
    assert ("广东宝丽华新能源股份有限公司", "", "2024年度陆丰市“突出贡献民营企业”") in facts(text, "award")


def test_relations_no_second_holder_of_a_role_one_person_holds():
    found = facts("鹤壁市淇滨区商会会长李明、王红当选副主席。淇滨区工商联第四次会员代表大会召开。", "post")
    assert ("李明", "会长", "鹤壁市淇滨区商会") in found
    assert ("王红", "会长", "鹤壁市淇滨区商会") not in found
    assert ("黄晓东", "副会长", "温州市鞋革行业协会") in facts("温州市鞋革行业协会副会长林海、黄晓东出席。", "post")


def test_relations_a_bare_chamber_after_with_holds_the_post_of_the_one_named_before():
    text = "临沂市兰山区商会举行揭牌仪式。兰山区委常委李娜与商会会长王志中共同揭牌。"
    assert ("王志中", "会长", "临沂市兰山区商会") in facts(text, "post")


def test_relations_honours_with_a_quote_inside_and_kinds_in_brackets():
    text = ("温州市召开大会,表彰了2024年度温州市“两个健康”先行区创建工作先进集体。"
            "鹿城区、瑞安市、乐清市获评“两个健康”创建工作先进县(市、区)。")
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    assert "2024年度温州市“两个健康”先行区创建工作先进集体" in {e.label for e in result.entities.values()}
    assert facts(text, "award") == {(place, "", "“两个健康”创建工作先进县") for place in ("鹿城区", "瑞安市", "乐清市")}


def test_relations_recipients_before_an_adverb_and_a_passive_award_verb():
    text = "目前,江津区双福商会、江津区广东商会已被评为重庆市“五星级商会党组织”。"
    assert facts(text, "award") == {("江津区双福商会", "", "重庆市“五星级商会党组织”"),
                                    ("江津区广东商会", "", "重庆市“五星级商会党组织”")}


def test_relations_a_list_titled_by_its_award_names_the_recipients_below():
    text = ("关于表彰2024年度全市“四好”商会的决定\n市工商联决定授予15家商会“全市‘四好’商会”称号。\n"
            "附件:2024年度全市“四好”商会名单\n1.赣州市南康区家具协会\n2.赣州市福建商会\n\n赣州市工商业联合会\n2025年1月15日")
    assert {rec for rec, _, _ in facts(text, "award")} == {"赣州市南康区家具协会", "赣州市福建商会"}


def test_relations_a_list_of_people_with_their_posts_on_their_lines():
    text = ("附件:2024年度全市优秀民营企业家名单\n\n王振华 常州天合光能有限公司董事长\n"
            "陈建强  江苏恒立液压股份有限公司总经理\n刘双华 常州市武进区工商联副主席\n\n常州市工商业联合会\n2024年12月10日")
    assert facts(text, "post") == {("王振华", "董事长", "常州天合光能有限公司"),
                                   ("陈建强", "总经理", "江苏恒立液压股份有限公司"), ("刘双华", "副主席", "武进区工商联")}
    assert {rec for rec, _, _ in facts(text, "award")} == {"王振华", "陈建强", "刘双华"}


def test_relations_a_headline_ending_in_名单_over_a_paragraph_is_no_list_title():
    text = "我市12家企业入选国家级专精特新“小巨人”企业名单\n\n日前,工业和信息化部公布了第六批名单。我市12家企业成功入选。"
    assert not facts(text, "award")


def test_relations_honours_praised_before_the_verb_and_given_after():
    text = ("泗阳县工商联召开执委会议。会议对2024年度全县工商联系统先进商会、优秀会员企业进行了表彰,"
            "泗阳县电动车商会、泗阳县家具行业协会被评为“先进商会”。")
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    awards = {e.label for e in result.entities.values() if e.type == "Award"}
    assert awards == {"2024年度全县工商联系统先进商会", "2024年度全县工商联系统优秀会员企业"}
    assert facts(text, "award") == {("泗阳县电动车商会", "", "2024年度全县工商联系统先进商会"),
                                    ("泗阳县家具行业协会", "", "2024年度全县工商联系统先进商会")}


def test_relations_honours_praised_without_quotes_share_their_opening_words():
    text = ("1月30日,广西壮族自治区工商联十二届二次执委会议在南宁召开。会议表彰了2023年度全区工商联系统先进集体和先进个人。"
            "柳州市工商联、桂林市工商联等15个单位获评先进集体。")
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    awards = {e.label for e in result.entities.values() if e.type == "Award"}
    assert awards == {"2023年度全区工商联系统先进集体", "2023年度全区工商联系统先进个人"}
    assert {("柳州市工商联", "", "2023年度全区工商联系统先进集体"),
            ("桂林市工商联", "", "2023年度全区工商联系统先进集体")} == facts(text, "award")
    # a count before the honour names no honour: those counted receive it
    assert not {a for a in facts("会议还表彰了海东市互助土族自治县商会等10家先进商会。", "award")
                if a[2].startswith("海东市")}


def test_relations_people_listed_after_an_award_verb_receive_it():
    found = facts("市委、市政府决定,授予陈立新、王海涛等10名同志“优秀民营企业家”称号。", "award")
    assert found == {("陈立新", "", "“优秀民营企业家”"), ("王海涛", "", "“优秀民营企业家”")}


def test_relations_he_opening_a_sentence_is_the_subject_of_its_award():
    text = "吴联模,男,1968年生,现任厦门象屿集团有限公司董事长。他带领企业连续三年入围“世界500强”,荣获“全国优秀企业家”称号。"
    assert ("吴联模", "", "“全国优秀企业家”") in facts(text, "award")


def test_relations_he_himself_receives_the_award():
    found = facts("陈建国,四川成都人,中共党员。他本人荣获“四川省优秀民营企业家”称号。", "award")
    assert found == {("陈建国", "", "“四川省优秀民营企业家”")}


def test_relations_events_organised_together():
    found = facts("7月15日,嘉兴市工商联联合市经济和信息化局在浙江大学举办全市民营企业“专精特新”发展专题培训班。",
                  "organizedBy") | facts("邢台市工商联联合市司法局、市律师协会开展“法治体检”进民企活动。", "organizedBy")
    assert {("嘉兴市民营企业“专精特新”发展专题培训班", "", "嘉兴市工商联"),  # 全市: the whole of 嘉兴市
            ("嘉兴市民营企业“专精特新”发展专题培训班", "", "嘉兴市经济和信息化局"),
            ("“法治体检”进民企活动", "", "邢台市工商联"), ("“法治体检”进民企活动", "", "邢台市司法局"),
            ("“法治体检”进民企活动", "", "邢台市律师协会")} <= found
    assert not any(org == "浙江大学" for _, _, org in found)  # the venue organises nothing
    found = facts("8月22日,宁波市委统战部、宁波市工商联联合召开民营企业家座谈会。", "organizedBy")
    assert {("民营企业家座谈会", "", "宁波市委统战部"), ("民营企业家座谈会", "", "宁波市工商联")} <= found


def test_relations_events_hosted_by_several():
    found = facts("由全国工商联和浙江省人民政府共同主办的第五届中国民营经济发展论坛在杭州开幕。"
                  "由绵阳市工商联组织的首期绵阳市年轻一代民营企业家“青蓝计划”研修班在北京开班。", "organizedBy")
    assert {("第五届中国民营经济发展论坛", "", "全国工商联"), ("第五届中国民营经济发展论坛", "", "浙江省人民政府"),
            ("首期绵阳市年轻一代民营企业家“青蓝计划”研修班", "", "绵阳市工商联")} <= found


def test_relations_event_organiser_and_participant():
    text = "锦州市工商联召开“促进年轻一代民营经济人士健康成长”座谈会。杨红杰出席“锦商回锦”招商推介会。"
    organised = facts(text, "organizedBy")
    assert ("“促进年轻一代民营经济人士健康成长”座谈会", "", "锦州市工商联") in organised
    assert ("杨红杰", "", "“锦商回锦”招商推介会") in facts(text, "participatedIn")


def test_relations_located_in_from_the_name():
    assert ("锦州市工商联", "", "锦州市") in facts("锦州市工商联召开会议。", "locatedIn")


@pytest.mark.parametrize("text, award", [
    ("表彰了25个“全省工商联系统先进集体”、25名“全省工商联系统先进工作者”。", "“全省工商联系统先进工作者”"),
    ("8月24日上午,2017中国民营企业500强榜单由全国工商联在山东济南权威发布!", "2017中国民营企业500强"),
])
def test_relations_awards_without_recipient_are_still_entities(text, award):
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    assert award in {e.label for e in result.entities.values() if e.type == "Award"}


@pytest.mark.parametrize("text, expected", [
    # 我会: the chamber the headline names
    ("东源县黄村商会积极投身万企兴万村行动\n2024年4月,我会受邀参加推进会。我会执行会长兼支部书记邬焕荣、秘书长李洪才参加了活动。",
     {("邬焕荣", "执行会长", "东源县黄村商会"), ("邬焕荣", "支部书记", "东源县黄村商会"),
      ("李洪才", "秘书长", "东源县黄村商会")}),
    # a bare 商会 in a chain: the chamber named before it
    ("松江区工商联在洞泾镇商会召开专场活动。洞泾镇党委委员、商会秘书长杜俊剑出席。",
     {("杜俊剑", "秘书长", "洞泾镇商会")}),
    # 总商会 after a federation's role: the federation itself
    ("湖北省工商联主席、总商会会长刘顺妮陪同调研。", {("刘顺妮", "会长", "湖北省工商联")}),
    # elected to a post in the organisation's committee: the post is in the organisation
    ("煌上煌董事长褚浚当选全国工商联第十三届执委会常委。", {("褚浚", "常委", "全国工商联")}),
    ("煌上煌董事长褚浚荣誉当选中华全国工商业联合会第十三届执行委员会常务委员。", {("褚浚", "常务委员", "全国工商联")}),
    ("王明当选全国政协委员。", {("王明", "委员", "全国政协")}),
    # a reporter: the outlet of the dateline
    ("【香港商報網訊】記者羅夢亞報道:上海市許昌商會正式掛牌成立。", {("罗梦亚", "记者", "香港商报")}),
    ("渝西都市报讯 记者钟梅报道 永川区工商联召开会议。", {("钟梅", "记者", "渝西都市报")}),
    # an outlet known by its dateline alone, and the reporter who signs it
    ("長城網·冀雲客戶端訊(孫興興)3月上旬,沧州市工商联发出倡议。", {("孙兴兴", "记者", "长城网")}),
])
def test_relations_posts_in_an_organisation_named_elsewhere(text, expected):
    assert expected <= facts(text, "post")


def test_relations_reporter_without_an_outlet_has_no_post():
    assert not facts("本报讯 记者王明报道 锦州市工商联召开会议。", "post")


@pytest.mark.parametrize("text, wrong", [
    # no chamber in the headline or the lead: 我会 stays unresolved
    ("会议在北京召开。各地代表参加。锦州市温州商会也参加了会议。我会执行会长邬焕荣出席。",
     ("邬焕荣", "执行会长", "锦州市温州商会")),
    # 新兴商会 is a name of its own (not recognised), not a reference to the chamber before
    ("锦州市温州商会召开会议。新兴商会秘书长杜俊剑出席。", ("杜俊剑", "秘书长", "锦州市温州商会")),
])
def test_relations_references_without_a_referent_make_no_post(text, wrong):
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    assert not {e.label for e in result.entities.values()} & {"我会", "商会"}
    assert wrong not in facts(text, "post")


def test_relations_we_will_is_not_a_reference(nlp):
    text = "东源县黄村商会召开会议。我会继续努力,我会秘书长李洪才表示。"
    at = text.index("我会秘书长")
    assert list(nlp(text)._.fg_references) == [(at, at + 2)]


def test_relations_a_post_one_is_elected_to_is_no_award():
    assert not facts("正泰集团股份有限公司董事长南存辉当选为温州市总商会会长。", "award")


def test_relations_a_comma_passes_on_only_a_role_of_the_same_kind():
    found = facts("金利来集团主席曾智明,名誉会长、广东东升控股集团有限公司总裁赖志光参加。", "post")
    assert ("赖志光", "总裁", "广东东升控股集团有限公司") in found
    assert not {f for f in found if f[0] == "赖志光" and f[2] == "金利来集团"}


def test_relations_quoted_awards_in_a_row_are_each_an_award():
    found = facts("张雪峰,男,1972年生。张雪峰先后荣获“全国优秀企业家”“山东省劳动模范”等称号。", "award")
    assert found == {("张雪峰", "", "“全国优秀企业家”"), ("张雪峰", "", "“山东省劳动模范”")}


@pytest.mark.parametrize("text, expected", [
    # a chamber's role with no organisation named goes to the chamber, not to a federation named last
    ("泉州市晋江商会召开会员大会,泉州市工商联副主席许国庆到会祝贺。恒安集团副总裁施文博当选会长,吴丽娜当选副会长。",
     {("施文博", "会长", "泉州市晋江商会"), ("吴丽娜", "副会长", "泉州市晋江商会")}),
    # 主席 with no organisation named: the federation named last
    ("新疆维吾尔自治区工商联召开大会。马晓东当选自治区工商联主席,孙红梅、艾力·买买提当选副主席。",
     {("马晓东", "主席", "新疆维吾尔自治区工商联"), ("孙红梅", "副主席", "新疆维吾尔自治区工商联"),
      ("艾力·买买提", "副主席", "新疆维吾尔自治区工商联")}),
    # an autonomous region's Party committee is its 党委
    ("新疆维吾尔自治区工商联召开大会。自治区党委常委、统战部部长哈丹·卡宴出席。",
     {("哈丹·卡宴", "常委", "新疆维吾尔自治区党委"), ("哈丹·卡宴", "部长", "新疆维吾尔自治区党委统战部")}),
    # a bare 统战部 after a committee is that committee's; a two-character county says its level twice
    ("株洲市攸县商会成立。株洲市委常委、统战部部长刘革安,攸县县委书记文小平出席。",
     {("刘革安", "部长", "株洲市委统战部"), ("文小平", "书记", "攸县县委")}),
    ("镇江市工商联与镇江市人民检察院签约。市人民检察院检察长刘晓燕出席。", {("刘晓燕", "检察长", "镇江市人民检察院")}),
    ("天祝县工商联组织企业参展。天祝县副县长马永福陪同。", {("马永福", "副县长", "天祝藏族自治县人民政府")}),
    # the place named before a role of its government, rather than the article's
    ("广州市工商联组织商会赴从化区开展活动。从化区副区长刘晓明陪同。", {("刘晓明", "副区长", "从化区人民政府")}),
    # re-elected; appointed together; a chamber role opening its sentence
    ("成都市温州商会召开会员大会。四川温州实业集团有限公司董事长黄建新连任会长。", {("黄建新", "会长", "成都市温州商会")}),
    ("全国工商联召开执委会议。会议增补王红、张宏伟为全国工商联常委。",
     {("王红", "常委", "全国工商联"), ("张宏伟", "常委", "全国工商联")}),
    ("澳門中華總商會舉行就職典禮。新一屆會長馬有禮致辭。副會長何敏嘉、高開賢等出席。",
     {("马有礼", "会长", "澳门中华总商会"), ("何敏嘉", "副会长", "澳门中华总商会"), ("高开贤", "副会长", "澳门中华总商会")}),
    ("海南大学经济学院教授李世杰解答问题。", {("李世杰", "教授", "海南大学经济学院")}),
    # elected without an organisation named: the chamber named before
    ("三明市永安商会召开会员大会。会议选举陈春生为会长,选举罗金华、邓志明为副会长。",
     {("陈春生", "会长", "三明市永安商会"), ("罗金华", "副会长", "三明市永安商会"), ("邓志明", "副会长", "三明市永安商会")}),
    # a role of a place's government after a body of that place (a county-level city's 市长)
    ("三明市永安商会召开会员大会。三明市副市长张元坤,永安市委副书记、市长郑仁榕出席。",
     {("郑仁榕", "市长", "永安市人民政府"), ("张元坤", "副市长", "三明市人民政府")}),
    # the article's place from the event it is about (温州市|鹿城区…代表大会): 区委 is that district's
    ("温州市鹿城区工商联(总商会)第十次会员代表大会召开\n\n区委书记王彩莲出席。林斌当选为区工商联主席。",
     {("王彩莲", "书记", "鹿城区委"), ("林斌", "主席", "鹿城区工商联")}),
    # honorary roles opening a sentence, and after a comma the same kind of role
    ("深圳市潮汕商会举行就职典礼。新当选的会长、深圳市大族激光科技产业集团股份有限公司董事长高云峰发言。"
     "创会会长、首席荣誉会长陈伟南,荣誉会长马介璋等出席。",
     {("高云峰", "会长", "深圳市潮汕商会"), ("陈伟南", "首席荣誉会长", "深圳市潮汕商会"),
      ("马介璋", "荣誉会长", "深圳市潮汕商会")}),
    # the board named with the role that opens the sentence
    ("泉州市晋江商会举行庆典。新当选的第十届理事会会长、恒安国际集团有限公司执行董事许清流致辞。",
     {("许清流", "会长", "泉州市晋江商会"), ("许清流", "执行董事", "恒安国际集团有限公司")}),
    # a post held beside another, marked (兼); 市 in an article about a county-level city is that city
    ("晋江市工商联组织捐赠。晋江市副市长、市工商联主席(兼)林志鹏出席。",
     {("林志鹏", "副市长", "晋江市人民政府"), ("林志鹏", "主席", "晋江市工商联")}),
    ("台州市温岭商会召开会议,会长叶建荣主持会议。台州市工商联副主席(兼职)、温岭市工商联主席陈国平到会。",
     {("叶建荣", "会长", "台州市温岭商会"), ("陈国平", "副主席", "台州市工商联"), ("陈国平", "主席", "温岭市工商联")}),
    # appointed across the person's own post; 执委 with no organisation named is the federation's
    ("绍兴市工商联召开执委会议。会议增补浙江古越龙山绍兴酒股份有限公司董事长孙爱保为市工商联副主席,增补吴宏伟、胡兴华为执委。",
     {("孙爱保", "副主席", "绍兴市工商联"), ("吴宏伟", "执委", "绍兴市工商联"), ("胡兴华", "执委", "绍兴市工商联")}),
    # every post one is elected to, listed with 、
    ("我县工商联(总商会)召开会员代表大会。刘志刚当选为县工商联主席、总商会会长,张丽、陈东当选为副主席、副会长。",
     {("刘志刚", "主席", "县工商联"), ("刘志刚", "会长", "县工商联"), ("张丽", "副会长", "县工商联"),
      ("陈东", "副主席", "县工商联"), ("陈东", "副会长", "县工商联")}),
    # 公司 is the company last named, if only by its trade name
    ("企业家参观了杭州海康威视数字技术股份有限公司、杭州宇树科技有限公司。在海康威视,公司副总裁李明介绍经验。",
     {("李明", "副总裁", "杭州海康威视数字技术股份有限公司")}),
    # 同志任…党组书记; after a comma, a role of the kind the person named last in the sentence holds
    ("日前,张伟同志任漯河市工商联党组书记。", {("张伟", "党组书记", "漯河市工商联")}),
    ("鹤壁市工商联召开会议。市工商联党组书记、主席赵明主持会议,党组成员、副主席钱红,党组成员、秘书长周强作检查。",
     {("钱红", "副主席", "鹤壁市工商联"), ("周强", "秘书长", "鹤壁市工商联"), ("周强", "党组成员", "鹤壁市工商联")}),
    # an appointment that goes on without its verb
    ("山西省晋商联合会成立。大会选举山西建龙实业有限公司董事长张伟祥为首任会长,王文斌为秘书长。",
     {("张伟祥", "会长", "山西省晋商联合会"), ("王文斌", "秘书长", "山西省晋商联合会")}),
    # an election told after what else the person did
    ("红狮控股集团有限公司董事长章小华作为代表出席大会,并当选为全国工商联第十三届执委会常委。",
     {("章小华", "常委", "全国工商联")}),
    # 青年 inside a chamber's name; 县委 where the article names one county
    ("湛江市青年企业家商会组织会员企业走进遂溪县北坡镇。商会会长林涛带队。遂溪县委常委黄强代表县委、县政府表示感谢。",
     {("林涛", "会长", "湛江市青年企业家商会"), ("黄强", "常委", "遂溪县委")}),
    # an autonomous prefecture's 州委 and 州长
    ("吉林省延边朝鲜族自治州工商联召开会员代表大会。州委书记胡玉亭、州长李龙熙出席会议。",
     {("胡玉亭", "书记", "延边朝鲜族自治州委"), ("李龙熙", "州长", "延边朝鲜族自治州人民政府")}),
    ("黑龙江省工商联召开推进会。省农业农村厅二级巡视员张海涛出席。", {("张海涛", "二级巡视员", "黑龙江省农业农村厅")}),
    # posts held as well, in a profile
    ("正泰集团董事长南存辉提交建议。南存辉同时担任中国民间商会副会长、浙江省工商联副主席。",
     {("南存辉", "副会长", "全国工商联"), ("南存辉", "副主席", "浙江省工商联")}),
    ("漳州市工商联召开学习会。市工商联党组成员、副主席林志强,二级调研员陈丽华参加。", {("林志强", "副主席", "漳州市工商联")}),
    # elected by the congress of a chamber named only inside the congress's name, one person counted with others
    ("南通市家纺行业协会第四届会员大会在海门区召开。大会选举产生了第四届理事会,江苏紫罗兰家用纺织品有限公司董事长"
     "顾建国当选会长,罗莱生活科技股份有限公司副总裁徐萍等9人当选副会长,沈晓东当选秘书长。",
     {("顾建国", "会长", "南通市家纺行业协会"), ("徐萍", "副会长", "南通市家纺行业协会"),
      ("沈晓东", "秘书长", "南通市家纺行业协会"), ("顾建国", "董事长", "江苏紫罗兰家用纺织品有限公司")}),
    ("株洲市工商联召开会议。市委常委、组织部部长刘志刚出席。", {("刘志刚", "部长", "株洲市委组织部")}),
    # a chamber's role, the chamber named inside the name of its meeting
    ("12月8日,上海市浙江商会第三届理事会第二次会议在浦东新区召开。会长张国华主持会议,常务副会长陈建明作报告。",
     {("张国华", "会长", "上海市浙江商会"), ("陈建明", "常务副会长", "上海市浙江商会")}),
    # a post in a federation's department, named with it; an appointment to one
    ("锦州市工商联召开会议。市工商联办公室主任张建国出席。", {("张建国", "办公室主任", "锦州市工商联")}),
    ("衢州市工商联党组研究决定:任命李秀英同志为市工商联会员部部长。", {("李秀英", "会员部部长", "衢州市工商联")}),
    # a chamber named with its level and short name (省光彩会)
    ("浙江省光彩事业促进会第五届理事会第三次会议在杭州召开。省光彩会会长、省工商联主席蔡洪玮出席。",
     {("蔡洪玮", "会长", "浙江省光彩事业促进会"), ("蔡洪玮", "主席", "浙江省工商联")}),
    # an organisation's name, written again where jieba reads it apart (与三一|集团)
    ("市委书记吴桂英与三一集团有限公司董事长梁稳根座谈。三一集团有限公司位居榜首。",
     {("梁稳根", "董事长", "三一集团有限公司")}),
    # a bare 村委会 after the village's Party branch
    ("山下阳村党支部书记、村委会主任叶晓东介绍。", {("叶晓东", "主任", "山下阳村村委会")}),
    # a bare 管委会 after the zone's Party working committee
    ("西安市工商联召开会议。西安高新区党工委书记、管委会主任张明出席。",
     {("张明", "书记", "西安高新区党工委"), ("张明", "主任", "西安高新区管委会")}),
    # elected to the federation by its other name
    ("黑龙江省工商联(总商会)第二次会员代表大会在哈尔滨召开。北大荒农垦集团有限公司董事长王守聪当选为总商会会长。",
     {("王守聪", "会长", "黑龙江省工商联")}),
    # a list of roles and names under the organisation's heading, notes after names
    ("湖南省工商联领导班子成员名单\n主  席:周乃翔\n党组书记、常务副主席:李红军\n副主席:王建华(兼职)、刘晓梅(兼职)\n",
     {("周乃翔", "主席", "湖南省工商联"), ("李红军", "党组书记", "湖南省工商联"), ("李红军", "常务副主席", "湖南省工商联"),
      ("王建华", "副主席", "湖南省工商联"), ("刘晓梅", "副主席", "湖南省工商联")}),
])
def test_relations_posts_from_elections_and_committees(text, expected):
    assert expected <= facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # a reference before the award verb, a time between them
    ("龙岩市永定区商会榜上有名。这是该商会继2021年获评福建省“四好”商会后获得的又一荣誉。",
     {("龙岩市永定区商会", "", "福建省“四好”商会")}),
    # listed in a ranking named before, in the same sentence
    ("全国工商联发布“2023中国民营企业500强”榜单,通威集团有限公司、新希望控股集团有限公司3家企业上榜。",
     {("通威集团有限公司", "", "2023中国民营企业500强"), ("新希望控股集团有限公司", "", "2023中国民营企业500强")}),
    # recipients counted (李书福等50人), and named with their posts in a list under a ranking named before
    ("经评审,决定授予李书福等50人“浙江省优秀民营企业家”称号。\n\n其中,浙江吉利控股集团有限公司董事长李书福、"
     "传化集团有限公司董事长徐冠巨等榜上有名。",
     {("李书福", "", "“浙江省优秀民营企业家”"), ("徐冠巨", "", "“浙江省优秀民营企业家”")}),
    ("发布“2024广东省民营企业100强”榜单。华为投资控股有限公司、美的集团股份有限公司位列前三。",
     {("华为投资控股有限公司", "", "2024广东省民营企业100强"), ("美的集团股份有限公司", "", "2024广东省民营企业100强")}),
    ("比亚迪股份有限公司、TCL科技集团股份有限公司入选“2024广东省民营企业创新型企业100强”。",
     {("TCL科技集团股份有限公司", "", "“2024广东省民营企业创新型企业100强”")}),
    ("仙游县被中国工艺美术协会授予“中国古典工艺家具之都”称号。", {("仙游县", "", "“中国古典工艺家具之都”")}),
    ("其中,九州通医药集团股份有限公司同时荣获“湖北省民营企业社会责任优秀企业”称号。",
     {("九州通医药集团股份有限公司", "", "“湖北省民营企业社会责任优秀企业”")}),
    # 他 for the person named before; who gives the award (被X、Y授予) receives nothing
    ("王立群现任晋中市工商联副主席。2022年,他被全国工商联、农业农村部授予“万企兴万村”行动先进个人称号。",
     {("王立群", "", "“万企兴万村”行动先进个人")}),
    # a company's trade name and trade stand for it
    ("山西晋韵农业开发有限公司成立于2004年。2023年,晋韵农业入选“山西省农业产业化龙头企业”。",
     {("山西晋韵农业开发有限公司", "", "“山西省农业产业化龙头企业”")}),
    # places in a ranking
    ("河南省工商联发布“2024河南民营企业100强”榜单,我市8家企业上榜。其中,洛阳栾川钼业集团股份有限公司位列第3位,"
     "中信重工机械股份有限公司、洛阳国宏投资控股集团有限公司分列第15位和第21位。",
     {("洛阳栾川钼业集团股份有限公司", "", "2024河南民营企业100强"), ("中信重工机械股份有限公司", "", "2024河南民营企业100强"),
      ("洛阳国宏投资控股集团有限公司", "", "2024河南民营企业100强")}),
    ("湛江市青年商会举行助学活动。据了解,该商会也因此获评“广东省青年商会公益先锋”。",
     {("湛江市青年商会", "", "“广东省青年商会公益先锋”")}),
    ("长沙市工商联发布了《2024长沙民营企业100强榜单》,三一集团有限公司位居榜首。",
     {("三一集团有限公司", "", "2024长沙民营企业100强")}),
    # the organisation a sentence opens with, for an award verb that opens a later clause
    ("晋江市鞋业商会召开年会。\n近年来,晋江市鞋业商会积极参与乡村振兴,先后获评“全国四好商会”“福建省优秀商会”。",
     {("晋江市鞋业商会", "", "“全国四好商会”"), ("晋江市鞋业商会", "", "“福建省优秀商会”")}),
    # an organisation's Party committee receives for it
    ("2023年,晋江市鞋业商会党委被中共福建省委授予“全省先进基层党组织”称号。",
     {("晋江市鞋业商会", "", "“全省先进基层党组织”")}),
])
def test_relations_awards_with_references_lists_and_adverbs(text, expected):
    assert expected <= facts(text, "award")


def test_relations_every_host_of_an_event_named_with_等():
    text = "由商务部、陕西省人民政府等共同主办的第五届丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会在西安开幕。"
    hosts = {o for _, _, o in facts(text, "organizedBy")}
    assert hosts == {"商务部", "陕西省人民政府"}


def test_relations_who_gives_an_award_does_not_receive_it():
    awards = facts("2022年,他被全国工商联、农业农村部授予“万企兴万村”行动先进个人称号。", "award")
    assert not {r for r, _, _ in awards} & {"全国工商联", "农业农村部"}


def test_relations_a_venue_hosts_nothing():
    found = facts("天水市工商联在清华大学举办民营企业家能力提升专题培训班。", "organizedBy")
    assert found == {("民营企业家能力提升专题培训班", "", "天水市工商联")}


def test_relations_a_profile_lists_posts_separated_by_commas():
    text = "陈光明,1968年生,湖北仙桃人,现任湖北光明生态农业集团有限公司董事长,湖北省工商联常委,仙桃市工商联副主席。"
    assert facts(text, "post") == {("陈光明", "董事长", "湖北光明生态农业集团有限公司"),
                                   ("陈光明", "常委", "湖北省工商联"), ("陈光明", "副主席", "仙桃市工商联")}
    # the next clause's subject is no post of the profile's person
    text = "陈光明,1968年生,现任湖北光明生态农业集团有限公司董事长,仙桃市工商联主席王强出席。"
    assert ("陈光明", "主席", "仙桃市工商联") not in facts(text, "post")


def test_relations_a_former_post_gives_none_but_the_appointment_after_it_counts():
    text = "贵州省青年企业家商会成立大会召开。大会还聘请贵州茅台酒厂(集团)有限责任公司原董事长丁雄军为名誉会长。"
    posts = facts(text, "post")
    assert ("丁雄军", "名誉会长", "贵州省青年企业家商会") in posts
    assert not {p for p in posts if p[2] == "贵州茅台酒厂(集团)有限责任公司"}


def test_relations_an_organiser_acts_with_others_after_an_adverb():
    text = "嘉兴市工商联还联合嘉兴市市场监督管理局举办“政策进企业”专场宣讲会。"
    assert {o for _, _, o in facts(text, "organizedBy")} == {"嘉兴市工商联", "嘉兴市市场监督管理局"}


def test_relations_a_notice_grants_an_award_to_the_chambers_listed_below():
    text = ("关于表彰2024年度全市“五好”商会的决定\n各县(市、区)工商联,市直属商会:\n"
            "经研究,决定授予以下12家商会“2024年度全市‘五好’商会”称号:\n"
            "1.常州市浙江商会\n2.常州市钢铁贸易商会\n希望受表彰的商会珍惜荣誉。\n常州市工商业联合会\n2024年12月30日\n")
    awards = facts(text, "award")
    assert {r for r, _, _ in awards} == {"常州市浙江商会", "常州市钢铁贸易商会"}
    assert len({a for _, _, a in awards}) == 1


def test_relations_hosts_named_after_the_programme():
    text = "高港区委书记陈胜出席。据悉,“政企会客厅”由区委统战部、区工商联联合主办,每月举办一期。"
    assert {o for _, _, o in facts(text, "organizedBy")} == {"高港区委统战部", "高港区工商联"}


def test_relations_hosts_of_an_event_referred_to_by_its_kind():
    text = ("5月18日,2024黄岩模具产业发展论坛在黄岩举行。论坛由台州市黄岩区人民政府主办,"
            "黄岩区模具行业协会、黄岩区经济和信息化局承办。")
    assert {o for _, _, o in facts(text, "organizedBy")} == {
        "黄岩区人民政府", "黄岩区模具行业协会", "黄岩区经济和信息化局"}


def test_relations_hosts_of_each_part_named_before_the_event():
    text = ("11月2日,由四川省工商联、重庆市工商联、陕西省工商联共同主办,成都市工商联承办的"
            "第六届西部民营企业家论坛在成都举行。")
    assert {o for _, _, o in facts(text, "organizedBy")} == {
        "四川省工商联", "重庆市工商联", "陕西省工商联", "成都市工商联"}


def test_relations_officers_of_a_club_founded():
    text = ("9月6日,温州市鹿城区新生代企业家联谊会成立大会召开。会议选举产生了第一届理事会,"
            "温州正泰电器有限公司副总经理南君侠当选会长,浙江森马服饰股份有限公司总裁助理邱坚强等5人当选副会长。")
    assert {("南君侠", "会长", "温州市鹿城区新生代企业家联谊会"), ("邱坚强", "副会长", "温州市鹿城区新生代企业家联谊会"),
            ("邱坚强", "总裁助理", "浙江森马服饰股份有限公司")} <= facts(text, "post")


def test_relations_a_place_in_one_of_several_rankings_named():
    text = ("四川省工商联在成都发布2024四川民营企业100强、制造业民营企业100强、服务业民营企业50强榜单。"
            "通威集团有限公司、新希望控股集团有限公司位居民营企业100强前三位。")
    awards = facts(text, "award")
    assert awards == {("通威集团有限公司", "", "2024四川民营企业100强"), ("新希望控股集团有限公司", "", "2024四川民营企业100强")}


def test_relations_a_notice_appoints_those_listed_below_with_their_own_posts():
    text = ("关于增补市工商联(总商会)第十四届执委会执委的通知\n各会员单位:\n宁波市工商联召开会议,"
            "决定增补以下2名同志为市工商联(总商会)第十四届执委会执委:\n"
            "1.张伟(宁波均胜电子股份有限公司副总裁)\n2.王丽(宁波舟山港集团有限公司副总经理)\n特此通知。\n")
    posts = facts(text, "post")
    assert {("张伟", "执委", "宁波市工商联"), ("王丽", "执委", "宁波市工商联"),
            ("张伟", "副总裁", "宁波均胜电子股份有限公司")} <= posts
    assert not facts(text, "award")


def test_relations_every_award_praised_joined_by_和():
    text = "武汉市女企业家商会召开大会。大会还表彰了10名“优秀女企业家”和5家“巾帼建功先进单位”。"
    result = extract_document(Document(path="t.txt", source_file="t.txt", text=text, encoding="utf-8"))
    assert {e.label for e in result.entities.values() if e.type == "Award"} == {"“优秀女企业家”", "“巾帼建功先进单位”"}


def test_relations_posts_told_with_是():
    text = "人大代表林兴华履职纪实\n林兴华是温州市人大代表,也是成都市温州商会会长、四川兴华置业有限公司董事长。"
    assert {("林兴华", "会长", "成都市温州商会"), ("林兴华", "董事长", "四川兴华置业有限公司")} <= facts(text, "post")
    # "this is" names no post of the one who speaks
    text = "杭州市工商联召开会议。王明表示,这是市工商联主席李强的建议。"
    assert ("王明", "主席", "杭州市工商联") not in facts(text, "post")


def test_relations_a_visitor_named_in_the_headline_is_not_the_publisher():
    text = ("昆山市台商协会一行来我会考察交流\n5月22日,昆山市台湾同胞投资企业协会会长孙德聪一行12人来我会考察交流。"
            "我会会长、厦门建发集团有限公司董事长郑永达热情接待。")
    posts = facts(text, "post")
    assert ("孙德聪", "会长", "昆山市台湾同胞投资企业协会") in posts
    assert not {p for p in posts if p[0] == "郑永达" and p[1] == "会长"}


def test_relations_recipients_each_named_before_what_it_counts():
    text = ("西安市工商联召开推进会。会议表彰了2023年度“两个健康”提升行动先进集体,"
            "西安市渭南商会等15个集体、宝鸡商会等20个集体受到表彰。")
    assert {r for r, _, _ in facts(text, "award")} == {"西安市渭南商会", "宝鸡商会"}


@pytest.mark.parametrize("text, expected", [
    # elected with 等, and to the Party group: the federation's
    ("余杭区工商联第六次会员代表大会召开。区委统战部副部长方向东当选党组书记,吴金兴、沈国荣等当选副主席。",
     {("方向东", "党组书记", "余杭区工商联"), ("吴金兴", "副主席", "余杭区工商联"), ("沈国荣", "副主席", "余杭区工商联")}),
    # the Chief Executive heads the region's government (no people's government), named short (香港特区)
    ("香港福建社团联会举行庆典。中联办副主任罗永纲、香港特区行政长官李家超担任主礼嘉宾。福建省工商联副主席陈式海出席。",
     {("李家超", "行政长官", "香港特别行政区政府"), ("陈式海", "副主席", "福建省工商联")}),
    # an appointee whose name and 为 jieba reads as a word (张|华为), and one introduced by 由
    ("大会选举张华为镇江市温州商会第四届理事会会长。经研究,由王建国同志担任镇江市工商联秘书长。",
     {("张华", "会长", "镇江市温州商会"), ("王建国", "秘书长", "镇江市工商联")}),
    # a member's grade before its name is not the name (会长单位|浙江正泰集团股份有限公司)
    ("会长单位浙江正泰集团股份有限公司董事长南存辉致辞。", {("南存辉", "董事长", "浙江正泰集团股份有限公司")}),
    # the head and acting head of an overseas chamber (总会长, 署理总会长)
    ("马来西亚中华总商会总会长吴添泉率代表团访问福建。马来西亚中华总商会署理总会长陈清凉参加会见。",
     {("吴添泉", "总会长", "马来西亚中华总商会"), ("陈清凉", "署理总会长", "马来西亚中华总商会")}),
    # re-elected (连任), with a given name holding 以
    ("石家庄市民营企业家协会第五次会员代表大会召开。大会选举产生了新一届理事会,河北以岭医药集团有限公司董事长吴以岭连任会长。",
     {("吴以岭", "会长", "石家庄市民营企业家协会"), ("吴以岭", "董事长", "河北以岭医药集团有限公司")}),
    # another officer of the chamber after a comma; a university's vice-president
    ("安徽省徽商商会第五届理事会第三次会议召开。会长、安徽古井集团有限责任公司董事长梁金辉主持会议,"
     "执行会长、安徽丰原集团有限公司董事长李荣杰,监事长王敏出席会议。厦门大学副校长江云宝出席。",
     {("王敏", "监事长", "安徽省徽商商会"), ("李荣杰", "执行会长", "安徽省徽商商会"), ("江云宝", "副校长", "厦门大学")}),
    # appointed, told in the passive
    ("攀枝花市东区工商联第八届执委会第四次会议召开。攀枝花钢城集团有限公司副总经理何涛等3人被增补为执委。",
     {("何涛", "执委", "东区工商联")}),
    # an alliance, a 联合会 and an association named again by their kind (首任: which holder)
    ("香港广东社团总会主席陈智思率团访问粤港澳大湾区企业家联盟,联盟主席、恒基兆业地产集团副主席李家诚接待。",
     {("李家诚", "主席", "粤港澳大湾区企业家联盟")}),
    ("郑州市工商联党组书记刘建军到郑州市豫商联合会调研。联合会会长、河南建业集团有限公司董事长胡葆森汇报了工作。",
     {("胡葆森", "会长", "郑州市豫商联合会")}),
    ("江门市新会区陈皮行业协会揭牌成立。\n协会首任会长、新会陈皮村市场有限公司董事长吴国荣表示,协会将推动产业标准化发展。",
     {("吴国荣", "会长", "江门市新会区陈皮行业协会"), ("吴国荣", "董事长", "新会陈皮村市场有限公司")}),
    # an overseas federation of associations and its 总主席
    ("印尼福建社团联合总会总主席黄锦福、菲律宾福建总商会会长陈永栽代表侨商发言。",
     {("黄锦福", "总主席", "印尼福建社团联合总会"), ("陈永栽", "会长", "菲律宾福建总商会")}),
    # the head of a research institute
    ("市工商联邀请中国社会科学院工业经济研究所所长史丹作专题辅导。", {("史丹", "所长", "中国社会科学院工业经济研究所")}),
    # posts after 同时也是
    ("浙江正泰电器股份有限公司总裁王海峰荣获“全国五一劳动奖章”。王海峰同时也是浙江省工商联副主席、温州市政协委员。",
     {("王海峰", "副主席", "浙江省工商联"), ("王海峰", "委员", "温州市政协")}),
    # a profile's home town after 是, then 现任
    ("王建国是温州市龙湾区永兴街道人,现任温州市工商联副会长。", {("王建国", "副会长", "温州市工商联")}),
    # 的 between a role and the person, and between the organisation and its role
    ("当选贵州省浙江商会会长的徐振宇表示。", {("徐振宇", "会长", "贵州省浙江商会")}),
    ("李明介绍,李明是贵州宏远建设集团有限公司的董事长。", {("李明", "董事长", "贵州宏远建设集团有限公司")}),
    ("贵州宏远建设集团有限公司的董事长李明介绍。", {("李明", "董事长", "贵州宏远建设集团有限公司")}),
])
def test_relations_posts_in_elections_references_and_profiles(text, expected):
    assert expected <= facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # the ranking two sentences before those listed, the sentence between speaking of the list
    ("全国工商联在北京发布“2024中国民营企业500强”榜单。全国工商联副主席邱小平出席发布会并发布榜单。"
     "京东集团、恒力集团有限公司位列前三位。",
     {("京东集团", "", "2024中国民营企业500强"), ("恒力集团有限公司", "", "2024中国民营企业500强")}),
    # the subject after 据了解 and a time receives
    ("据了解,自2021年以来,成都市温州商会累计捐赠资金超过800万元,先后被评为“全国‘四好’商会”。",
     {("成都市温州商会", "", "“全国‘四好’商会”")}),
    # those who 获奖 receive the award named before
    ("第五届顺商大会在顺德举行。大会颁发了“顺商杰出贡献奖”,美的集团股份有限公司董事长方洪波、"
     "碧桂园控股有限公司董事会主席杨惠妍等10人获奖。",
     {("方洪波", "", "“顺商杰出贡献奖”"), ("杨惠妍", "", "“顺商杰出贡献奖”")}),
    # two awards joined by 和 after two recipients: each the award for its kind
    ("青田县侨商会、缙云县工商联获评全省“四好”商会和全省“五好”县级工商联。",
     {("青田县侨商会", "", "全省“四好”商会"), ("缙云县工商联", "", "全省“五好”县级工商联")}),
    # quoted awards joined by 和, each
    ("大会授予华为技术有限公司“2023年度纳税先进企业”和“突出贡献企业”称号。",
     {("华为技术有限公司", "", "“2023年度纳税先进企业”"), ("华为技术有限公司", "", "“突出贡献企业”")}),
    # an honour praised without quotes, of private entrepreneurs, then those who received it
    ("四川省工商联召开大会。大会表彰了第九届四川省优秀民营企业家,通威集团有限公司董事局主席刘汉元、"
     "新希望集团有限公司董事长刘永好等30人获此殊荣。",
     {("刘汉元", "", "第九届四川省优秀民营企业家"), ("刘永好", "", "第九届四川省优秀民营企业家")}),
    # recipients named before 等 and the kind they are
    ("四川夹江天福陶瓷有限公司、四川米兰诺陶瓷有限公司等企业入选“2024四川民营企业100强”。",
     {("四川夹江天福陶瓷有限公司", "", "“2024四川民营企业100强”"), ("四川米兰诺陶瓷有限公司", "", "“2024四川民营企业100强”")}),
    # a bare 商会 after 了 receives; what is said of the honour after 的 is no part of it
    ("杭州市湖州商会召开理事会。会议还通报了商会获评“杭州市优秀异地商会”的情况。",
     {("杭州市湖州商会", "", "“杭州市优秀异地商会”")}),
    # the place in a ranking is no part of its name
    ("雅戈尔集团股份有限公司以1200亿元营业收入入选“2024中国民营企业500强”第56位。",
     {("雅戈尔集团股份有限公司", "", "“2024中国民营企业500强”")}),
    # those counted after the honour, 获表彰
    ("莆田市仙游商会召开年会。会议表彰了2023年度优秀会员企业,福建仙游县榜头红木家具有限公司等12家企业获表彰。",
     {("福建仙游县榜头红木家具有限公司", "", "2023年度优秀会员企业")}),
    # a bare 协会 opening a sentence after a time, the subject of a later clause that receives
    ("赣州市南康区家具协会召开大会。二十年来,协会带领会员企业抱团发展,产值突破2000亿元,"
     "先后荣获“全国先进社会组织”“江西省5A级社会组织”等称号。",
     {("赣州市南康区家具协会", "", "“全国先进社会组织”"), ("赣州市南康区家具协会", "", "“江西省5A级社会组织”")}),
])
def test_relations_awards_named_before_their_recipients(text, expected):
    assert expected <= facts(text, "award")


def test_relations_two_awards_for_two_kinds_go_each_to_its_kind():
    found = facts("青田县侨商会、缙云县工商联获评全省“四好”商会和全省“五好”县级工商联。", "award")
    assert ("青田县侨商会", "", "全省“五好”县级工商联") not in found
    assert ("缙云县工商联", "", "全省“四好”商会") not in found


def test_relations_a_list_s_line_of_names_set_apart_by_spaces():
    text = ("南京市江苏商会召开会员大会。\n新一届领导班子名单:\n会长:王立军\n"
            "副会长:王利民\u3000张建军\u3000李红梅(女)\u3000赵宏伟\n秘书长:刘晓燕")
    posts = facts(text, "post")
    assert {(n, "副会长", "南京市江苏商会") for n in ("王利民", "张建军", "李红梅", "赵宏伟")} <= posts
    assert ("刘晓燕", "秘书长", "南京市江苏商会") in posts


@pytest.mark.parametrize("text, expected", [
    # the role before 由, who takes it after
    ("南京市江苏商会召开会员大会。监事长由江苏德源科技有限公司总经理李国庆担任。",
     {("李国庆", "监事长", "南京市江苏商会"), ("李国庆", "总经理", "江苏德源科技有限公司")}),
    ("宁波市温州商会召开大会。商会秘书长一职由王晓东同志担任。", {("王晓东", "秘书长", "宁波市温州商会")}),
    # an honorary role after 当选
    ("南京市江苏商会召开会员大会。前任会长周文彬当选为商会荣誉会长。", {("周文彬", "荣誉会长", "南京市江苏商会")}),
    # a note in brackets after the first of those elected
    ("宁波市工商联召开大会。大会选举王建华(兼职)、刘晓梅为市工商联副主席。",
     {("王建华", "副主席", "宁波市工商联"), ("刘晓梅", "副主席", "宁波市工商联")}),
    # the federation's role as its chamber of commerce, in brackets between the role and the name
    ("嘉兴市工商联召开会议。市工商联党组书记、主席(总商会会长)朱晓红出席。",
     {("朱晓红", "党组书记", "嘉兴市工商联"), ("朱晓红", "主席", "嘉兴市工商联"), ("朱晓红", "会长", "嘉兴市工商联")}),
    # a zone's bureau, named with the zone
    ("横琴粤澳深度合作区经济发展局副局长梁伟明介绍了政策。", {("梁伟明", "副局长", "横琴粤澳深度合作区经济发展局")}),
])
def test_relations_posts_given_by_由_honours_and_zones(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_chamber_s_party_committee_founded_and_its_officers_elected():
    text = ("中共杭州市青年企业家商会委员会成立大会召开。会议选举产生了商会第一届党委班子,"
            "杭州顺丰速运有限公司总经理钱江当选党委书记,吴丽华当选党委副书记。商会会长任富佳表示。")
    posts = facts(text, "post")
    assert {("钱江", "党委书记", "杭州市青年企业家商会"), ("吴丽华", "党委副书记", "杭州市青年企业家商会"),
            ("任富佳", "会长", "杭州市青年企业家商会")} <= posts
    assert not any(org.startswith("中共") for _, _, org in posts)


def test_relations_a_department_of_a_committee_no_place_names():
    posts = facts("培训班开班。市委常委、统战部部长刘洪出席并讲话。", "post")
    assert {("刘洪", "常委", "市委"), ("刘洪", "部长", "市委统战部")} <= posts


def test_relations_a_chamber_s_officers_after_a_colon_and_a_board_s_chair_given_by_由():
    text = ("长沙市江西商会第四届会员大会召开。会议选举产生了新一届领导班子:会长黄建国;执行会长刘志明、邹小平;"
            "秘书长谢振宇。监事会主席由湖南赣湘建设工程有限公司董事长钟伟担任。")
    posts = facts(text, "post")
    assert {("黄建国", "会长", "长沙市江西商会"), ("刘志明", "执行会长", "长沙市江西商会"),
            ("邹小平", "执行会长", "长沙市江西商会"), ("谢振宇", "秘书长", "长沙市江西商会"),
            ("钟伟", "监事会主席", "长沙市江西商会"), ("钟伟", "董事长", "湖南赣湘建设工程有限公司")} <= posts


@pytest.mark.parametrize("text, expected", [
    # a university's institute named for two subjects
    ("中国人民大学国家发展与战略研究院院长刘元春作点评。", {("刘元春", "院长", "中国人民大学国家发展与战略研究院")}),
    # a name that is also a place's, between a role and a cue; 据 before a bare 公司 and its role
    ("温州金星鞋业有限公司召开会议。据公司总经理高峰介绍,订单增长。鹿城区工商联副主席向阳表示,将继续服务企业。",
     {("高峰", "总经理", "温州金星鞋业有限公司"), ("向阳", "副主席", "鹿城区工商联")}),
    # a secretary-general named after a comma, after the federation's vice-chairs
    ("江西省工商联召开主席会议。省工商联副主席汤建人、黄代放,秘书长陈龙参加会议。",
     {("黄代放", "副主席", "江西省工商联"), ("陈龙", "秘书长", "江西省工商联")}),
    # a city's liaison office in another
    ("湖州市驻杭州联络处主任徐建中到会指导。", {("徐建中", "主任", "湖州市驻杭州联络处")}),
    # a company's officer named after a comma, after its chairman
    ("正泰集团股份有限公司召开会议。正泰集团董事长南存辉作报告,总裁陈国良主持会议。",
     {("南存辉", "董事长", "正泰集团股份有限公司"), ("陈国良", "总裁", "正泰集团股份有限公司")}),
    # a customs district and its head
    ("株洲海关关长王立新表示,将进一步压缩通关时间。", {("王立新", "关长", "株洲海关")}),
    # a co-chief executive
    ("复星国际有限公司联席首席执行官陈启宇发言。", {("陈启宇", "联席首席执行官", "复星国际有限公司")}),
])
def test_relations_posts_in_institutes_and_shared_offices(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_notice_proposing_designations_lists_them_under_headings():
    text = ("关于2024年度全省“四好”商会认定结果的公示\n"
            "经评审,拟认定以下5家商会为2024年度全省“四好”商会,现予以公示:\n一、市级商会\n1. 合肥市温州商会\n"
            "2. 蚌埠市福建商会\n二、县级商会\n3. 肥西县工商联(总商会)金桥商会\n公示期为2024年12月10日至12月16日。\n"
            "安徽省工商联\n2024年12月9日")
    found = facts(text, "award")
    award = "2024年度全省“四好”商会"
    assert {("合肥市温州商会", "", award), ("蚌埠市福建商会", "", award), ("金桥商会", "", award)} <= found
    assert not any(rec in ("肥西县工商联", "安徽省工商联") for rec, _, _ in found)


def test_relations_a_chamber_s_role_written_after_the_name_that_opens_a_sentence():
    text = "成都市温州商会召开年会。王建国会长在致辞中表示,商会将继续服务会员。李明董事长说,企业发展离不开商会。"
    posts = facts(text, "post")
    assert ("王建国", "会长", "成都市温州商会") in posts
    assert not any(person == "李明" for person, _, _ in posts)  # a company's role, no company named


def test_relations_no_chamber_named_by_the_clause_a_verb_opens():
    result = extract_document(Document(path="t.txt", source_file="t.txt",
                                       text="成都市温州商会召开年会。企业发展离不开商会。", encoding="utf-8"))
    assert {e.label for e in result.entities.values() if e.type == "Chamber"} == {"成都市温州商会"}


def test_relations_a_chamber_s_roles_in_brackets_after_the_names_of_those_elected():
    text = ("宁德市福安商会召开第三届会员大会,选举产生了新一届领导班子:陈国平(会长)、林晓东(执行会长)、"
            "吴建新(秘书长)。")
    assert {("陈国平", "会长", "宁德市福安商会"), ("林晓东", "执行会长", "宁德市福安商会"),
            ("吴建新", "秘书长", "宁德市福安商会")} <= facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # the federation's two names and the role's two, in brackets: a post, no award
    ("南通市海门区工商联召开大会。江苏中南建设集团股份有限公司董事长陈锦石当选为区工商联(总商会)主席(会长)。",
     {("陈锦石", "主席", "海门区工商联"), ("陈锦石", "会长", "海门区工商联")}),
    # clauses that go on from an election, one after another
    ("宁波市青年企业家商会选举夏峰为会长,项子彬等12人为副会长,章晓东为秘书长。",
     {("夏峰", "会长", "宁波市青年企业家商会"), ("章晓东", "秘书长", "宁波市青年企业家商会")}),
    # the 市长 of a county-level city the article is about
    ("龙泉市民营经济发展大会召开。市委书记邵巍巍出席并讲话,市长赖宇主持。",
     {("邵巍巍", "书记", "龙泉市委"), ("赖宇", "市长", "龙泉市人民政府")}),
])
def test_relations_posts_after_bracketed_roles_chained_elections_and_in_county_level_cities(text, expected):
    assert expected <= facts(text, "post")
    assert not facts(text, "award")


@pytest.mark.parametrize("text, expected", [
    # a profile's line: the name, a comma, then each post
    ("王建华,浙江长华汽车零部件股份有限公司董事长,慈溪市工商联副主席。\n王建华说,企业要专注主业。",
     {("王建华", "董事长", "浙江长华汽车零部件股份有限公司"), ("王建华", "副主席", "慈溪市工商联")}),
    # a post before the name and another in brackets after it
    ("成都市武侯区电子商务协会会长周杰(成都聚美优选科技有限公司总经理)表示,协会将带动企业。",
     {("周杰", "会长", "成都市武侯区电子商务协会"), ("周杰", "总经理", "成都聚美优选科技有限公司")}),
    # a given name's last character before 到, a verb of going
    ("阜宁县工商联召开会议。4月3日,县委书记赵国强到县工商联调研。", {("赵国强", "书记", "阜宁县委")}),
    # the short name of the association of people of the new social strata
    ("区工商联指导成都市武侯区新的社会阶层人士联谊会开展活动。区新联会会长李明出席。",
     {("李明", "会长", "成都市武侯区新的社会阶层人士联谊会")}),
])
def test_relations_posts_in_profiles_brackets_after_going_and_of_the_new_social_strata(text, expected):
    assert expected <= facts(text, "post")


def test_relations_an_award_given_to_those_listed_below_it():
    text = ("市工商联决定授予以下3家商会2024年度全市“五好”商会称号:\n"
            "1. 鹰潭市浙江商会\n2. 余江区眼镜行业协会\n3. 贵溪市铜产业商会\n\n希望受表彰的商会珍惜荣誉。")
    award = "2024年度全市“五好”商会"
    assert facts(text, "award") == {("鹰潭市浙江商会", "", award), ("余江区眼镜行业协会", "", award),
                                    ("贵溪市铜产业商会", "", award)}


@pytest.mark.parametrize("text, expected", [
    # the appointment's verb after the names, each with a post of their own before
    ("上虞区工商联召开会议。浙江晶盛机电股份有限公司董事长曹建伟、卧龙控股集团有限公司总裁庞欣元增补为区工商联副主席。",
     {("曹建伟", "副主席", "上虞区工商联"), ("庞欣元", "副主席", "上虞区工商联"), ("曹建伟", "董事长", "浙江晶盛机电股份有限公司")}),
    ("温州市服装商会召开理事会。会议同意王建国增补为副会长。", {("王建国", "副会长", "温州市服装商会")}),
])
def test_relations_posts_given_by_增补为_after_the_names(text, expected):
    assert expected <= facts(text, "post")


def test_relations_honours_praised_after_等_go_to_those_named_before_each():
    text = ("会议对沙钢集团、永钢集团等2023年度“纳税十强企业”和江苏国泰国际集团股份有限公司等“创新示范企业”进行了表彰。")
    assert facts(text, "award") == {("沙钢集团", "", "2023年度“纳税十强企业”"), ("永钢集团", "", "2023年度“纳税十强企业”"),
                                    ("江苏国泰国际集团股份有限公司", "", "“创新示范企业”")}


def test_relations_a_table_s_rows_receive_the_award_its_title_names_first_column_only():
    text = ("表1  2024年度优秀会员企业名单\n序号\t企业名称\t所属商会\n"
            "1\t杭州中策橡胶有限公司\t杭州市橡胶行业协会\n2\t传化集团有限公司\t萧山区化工行业协会\n")
    assert facts(text, "award") == {("杭州中策橡胶有限公司", "", "2024年度优秀会员企业"),
                                    ("传化集团有限公司", "", "2024年度优秀会员企业")}


@pytest.mark.parametrize("text, expected, absent", [
    # a role no Party unit has is the organisation's whose unit it is
    ("临沂市兰山区工商联召开会议。区工商联机关党支部书记、副主席李艳一同参加慰问。",
     {("李艳", "书记", "兰山区工商联机关党支部"), ("李艳", "副主席", "兰山区工商联")},
     ("李艳", "副主席", "兰山区工商联机关党支部")),
    # 工商联会 is an association of its own
    ("澳門中華總商會舉辦酒會。澳門工商聯會會長劉雅煌出席。", {("刘雅煌", "会长", "澳门工商联会")}, None),
    # a district whose name several cities share, named alone: the article's
    ("江北区工商联召开座谈会。区委统战部副部长、区工商联党组书记谭晓东出席。江北区浙江商会会长陈海军发言。",
     {("谭晓东", "副部长", "江北区委统战部"), ("谭晓东", "党组书记", "江北区工商联")}, ("谭晓东", "党组书记", "区工商联")),
])
def test_relations_posts_of_party_units_owners_unions_and_districts_many_cities_have(text, expected, absent):
    found = facts(text, "post")
    assert expected <= found
    assert absent not in found


def test_relations_posts_a_clause_after_the_name_says_are_held_now():
    text = "浙江美大实业股份有限公司成立于2001年。公司创始人夏志生,现任公司董事长、海宁市工商联副主席。"
    assert {("夏志生", "董事长", "浙江美大实业股份有限公司"), ("夏志生", "副主席", "海宁市工商联")} <= facts(text, "post")


def test_relations_a_notice_s_part_headings_stay_lines_of_their_own():
    text = ("拟认定以下企业为2024年度“浙江省优秀民营企业”,现予以公示:\n一、杭州市\n浙江大华技术股份有限公司\n"
            "杭州老板电器股份有限公司\n二、宁波市\n宁波均胜电子股份有限公司\n\n浙江省工商业联合会\n2024年11月30日")
    award = "2024年度“浙江省优秀民营企业”"
    assert facts(text, "award") == {("浙江大华技术股份有限公司", "", award), ("杭州老板电器股份有限公司", "", award),
                                    ("宁波均胜电子股份有限公司", "", award)}


@pytest.mark.parametrize("text, expected", [
    # a role before a colon and a post in brackets after the name: both
    ("市总商会第八届理事会领导班子名单\n\n会长:欧阳建国(广东美的集团股份有限公司副总裁)\n秘书长:郑晓峰\n\n"
     "佛山市工商联(总商会)\n2024年12月25日",
     {("欧阳建国", "会长", "佛山市工商联"), ("欧阳建国", "副总裁", "广东美的集团股份有限公司"), ("郑晓峰", "秘书长", "佛山市工商联")}),
    # a space set between a role and the name, in an interview's answer
    ("问:下一步有什么打算?\n答(温州市瓯海区眼镜商会会长 陈海燕):我们将推动产业发展。",
     {("陈海燕", "会长", "温州市瓯海区眼镜商会")}),
])
def test_relations_posts_before_a_colon_with_brackets_and_after_a_space(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_company_department_s_head_and_no_person_named_by_the_department():
    text = "比亚迪股份有限公司品牌及公关处总经理 李云飞:\n希望政府继续支持新能源汽车产业发展。"
    assert facts(text, "post") == {("李云飞", "品牌及公关处总经理", "比亚迪股份有限公司")}


def test_relations_a_club_that_holds_congresses_is_a_body_with_officers():
    text = ("浙江省新生代企业家联谊会第三届会员大会召开\n7月15日,浙江省新生代企业家联谊会第三届会员大会在杭州召开。"
            "大会选举正泰集团股份有限公司总裁南尔当选为会长。")
    assert ("南尔", "会长", "浙江省新生代企业家联谊会") in facts(text, "post")


def test_relations_a_leader_named_like_a_place_between_titles_and_honours_praised_after_their_holders():
    text = ("芜湖市工商联召开大会。市委书记宁波,市委副书记、市长王翠凤出席开幕会。宁波在讲话中充分肯定了工作。"
            "大会还表彰了芜湖市安徽商会、芜湖市汽车零部件行业协会等20个“四好”商会和30名优秀会员企业家。")
    assert ("宁波", "书记", "芜湖市委") in facts(text, "post")
    assert facts(text, "award") == {("芜湖市安徽商会", "", "“四好”商会"), ("芜湖市汽车零部件行业协会", "", "“四好”商会")}


def test_relations_a_reporter_signed_after_a_slash():
    text = "南方日报讯 (记者/陈晓 通讯员/粤工商宣)6月13日,广东省工商联召开会议。"
    assert facts(text, "post") == {("陈晓", "记者", "南方日报")}


def test_relations_a_notice_s_parts_each_headed_by_an_honour_list_its_holders():
    text = ("关于表彰2023年度全县工商联工作先进集体和先进个人的决定\n\n各乡镇商会:\n"
            "县工商联决定对以下先进集体和先进个人予以表彰:\n\n一、先进集体(2个)\n城关镇商会、县餐饮协会\n\n"
            "二、先进个人(2名)\n王建设(城关镇商会会长)、李红霞(县工商联办公室主任)\n\n仁寿县工商业联合会\n2024年1月15日")
    group, person = "2023年度全县工商联工作先进集体", "2023年度全县工商联工作先进个人"
    assert facts(text, "award") == {("城关镇商会", "", group), ("仁寿县餐饮协会", "", group),
                                    ("王建设", "", person), ("李红霞", "", person)}


def test_relations_first_in_a_ranking_by_its_revenue():
    text = ("湖南省工商联发布“2024湖南民营企业100强”榜单。三一集团有限公司以营业收入1560亿元位居榜首,"
            "蓝思科技股份有限公司位列第三。")
    assert ("三一集团有限公司", "", "2024湖南民营企业100强") in facts(text, "award")


def test_relations_the_chamber_a_person_leads_receives():
    text = ("福州市莆田商会召开会议。2019年,林国良当选为会长后,带领商会先后获评全国“四好”商会、福建省“五好”商会等荣誉。")
    assert facts(text, "award") == {("福州市莆田商会", "", "全国“四好”商会"), ("福州市莆田商会", "", "福建省“五好”商会")}


@pytest.mark.parametrize("text, expected", [
    # a body named with its level in a chain after another's place: that place's
    ("四川省工商联与重庆市工商联签署协议。重庆市政协副主席、市工商联主席李殿勋出席。",
     {("李殿勋", "副主席", "重庆市政协"), ("李殿勋", "主席", "重庆市工商联")}),
    # a given name that ends with a function character, before 等 and a cue
    ("香港中华出入口商会会长黄家和等出席酒会。", {("黄家和", "会长", "香港中华出入口商会")}),
])
def test_relations_posts_in_a_chain_of_another_place_and_names_before_等(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_company_officer_s_latin_title_and_no_person_named_应邀():
    text = ("用友网络科技股份有限公司董事长兼CEO王文京当选为北京市工商联副主席。"
            "正邦集团总裁林峰作为企业家代表应邀出席并作交流发言。")
    found = facts(text, "post")
    assert {("王文京", "董事长", "用友网络科技股份有限公司"), ("王文京", "CEO", "用友网络科技股份有限公司"),
            ("林峰", "总裁", "正邦集团")} <= found
    assert not any(person == "应邀" for person, _, _ in found)


def test_relations_an_appointment_announced_with_同志任():
    text = "陕西省工商联召开会议。宣布决定:王军同志任省工商联党组书记,提名为省工商联常务副主席人选。"
    assert ("王军", "党组书记", "陕西省工商联") in facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # roles listed in the order of the people named before them
    ("嘉兴市女企业家商会召开会员大会。浙江闻达服饰有限公司董事长沈建英、嘉兴市天鹅家纺有限公司总经理朱丽华"
     "分别当选为会长、监事长。", {("沈建英", "会长", "嘉兴市女企业家商会"), ("朱丽华", "监事长", "嘉兴市女企业家商会")}),
    # 任 and the role after a name of two characters, no given name's end
    ("宿迁市泗洪县商会在南京成立。江苏双沟酒业股份有限公司董事长王勇任会长,南京泗洪建设集团有限公司总经理李华任秘书长。",
     {("王勇", "会长", "宿迁市泗洪县商会"), ("李华", "秘书长", "宿迁市泗洪县商会")}),
])
def test_relations_posts_taken_respectively_and_with_任(text, expected):
    assert expected <= facts(text, "post")


def test_relations_admitted_as_members_is_no_award():
    text = "温州市鞋革行业协会召开会议,同意吸收温州市意达鞋业有限公司等5家企业为协会会员单位。"
    assert not facts(text, "award")


def test_relations_posts_past_a_comma_in_a_clause_of_posts_alone():
    text = ("漳州市工商联开展调研。8月22日,市委副书记、市长,市工商联(总商会)名誉主席(名誉会长)张国华带队走访调研。"
            "会长陈志强,副会长林海出席。")
    found = facts(text, "post")
    assert {("张国华", "副书记", "漳州市委"), ("张国华", "市长", "漳州市人民政府"), ("张国华", "名誉主席", "漳州市工商联")} <= found
    assert not any(person == "林海" and role == "会长" for person, role, _ in found)


def test_relations_a_bare_商会_is_the_headline_s_chamber_not_a_guest_named_before():
    text = ("南宁市广东商会召开会员大会\n6月15日,南宁市广东商会第三届理事会第二次会员大会在南宁召开。"
            "自治区广东商会常务副会长梁国安到会祝贺。会议由商会执行会长郭志强主持。会议增补吴建新为商会副会长。")
    posts = facts(text, "post")
    assert {("郭志强", "执行会长", "南宁市广东商会"), ("吴建新", "副会长", "南宁市广东商会")} <= posts
    assert ("梁国安", "常务副会长", "南宁市广东商会") not in posts


def test_relations_an_honour_s_holders_named_after_it():
    text = "会议还为获得“全国‘五好’县级工商联”称号的成都市武侯区工商联、绵阳市涪城区工商联授牌。"
    assert facts(text, "award") == {("武侯区工商联", "", "“全国‘五好’县级工商联”"),
                                    ("涪城区工商联", "", "“全国‘五好’县级工商联”")}


def test_relations_a_notice_signed_by_a_chamber_is_that_chamber_s_and_its_officers_are():
    text = ("我会召开理事会会议\n7月12日,我会在会议室召开第三届理事会第五次会议。会长郭建军主持会议,"
            "常务副会长张平、刘晓东,副会长王梅等28名理事出席。\n重庆市渝北区浙江商会\n2024年7月15日")
    assert {("郭建军", "会长", "重庆市渝北区浙江商会"), ("张平", "常务副会长", "重庆市渝北区浙江商会"),
            ("王梅", "副会长", "重庆市渝北区浙江商会")} <= facts(text, "post")


def test_relations_an_officer_list_with_names_spaced_out_and_a_line_under_its_role():
    text = ("绍兴市上虞区青年企业家协会第三届理事会领导班子名单\n"
            "会　　长：陈　磊（浙江卧龙电气驱动集团股份有限公司总裁）\n"
            "常务副会长：王海燕（浙江闰土股份有限公司副总经理）\n"
            "　　　　　　徐建平（浙江晶盛机电股份有限公司副董事长）\n"
            "副 会 长：张　伟　李晓峰\n")
    chamber = "绍兴市上虞区青年企业家协会"
    assert {("陈磊", "会长", chamber), ("徐建平", "常务副会长", chamber), ("张伟", "副会长", chamber),
            ("李晓峰", "副会长", chamber), ("徐建平", "副董事长", "浙江晶盛机电股份有限公司")} <= facts(text, "post")


def test_relations_a_place_in_a_ranking_said_of_the_company_in_the_clause_before():
    text = ("“中国民营企业服务业100强”榜单中,浙江有15家企业入围。其中,杭州蓝天物流有限公司是浙江民营企业中排名最高的,"
            "位列第5,营业收入1200亿元。")
    assert ("杭州蓝天物流有限公司", "", "中国民营企业服务业100强") in facts(text, "award")


def test_relations_officers_elected_at_a_congress_are_its_body_s_not_a_guest_s():
    text = ("12月1日,晋江市总商会(工商联)第十三届会员代表大会举行。泉州市工商联主席黄清芳出席大会。"
            "大会选举产生了新一届领导班子,张立新当选为会长,吴志雄当选为党组书记。")
    posts = facts(text, "post")
    assert {("张立新", "会长", "晋江市工商联"), ("吴志雄", "党组书记", "晋江市工商联")} <= posts
    assert not {p for p in posts if p[0] in ("张立新", "吴志雄") and p[2] == "泉州市工商联"}


def test_relations_a_survey_team_and_a_government_office_s_division():
    text = "国家统计局湖南调查总队副总队长刘敏、湖南省统计局综合处处长彭辉应邀授课。"
    assert {("刘敏", "副总队长", "国家统计局湖南调查总队"),
            ("彭辉", "综合处处长", "湖南省统计局")} <= facts(text, "post")


def test_relations_a_clause_going_on_from_an_election_names_who_its_为_appoints():
    text = "锦州市温州商会成立。叶建华当选为会长,郑丽娟当选为监事长,周建为秘书长。"
    assert ("周建", "秘书长", "锦州市温州商会") in facts(text, "post")


@pytest.mark.parametrize("text, expected", [
    # a federation's Party committee of its offices, named as a role after the federation's others
    ("江西省工商联召开会议。省工商联党组成员、副主席、机关党委书记胡国华带队。",
     {("胡国华", "副主席", "江西省工商联"), ("胡国华", "机关党委书记", "江西省工商联")}),
    # a chamber's role after a comma, where the federation is the chamber of commerce too
    ("佛山市顺德区工商联(总商会)召开会议。区工商联党组书记、常务副主席何建坤,副会长李伟强、梁永坚等参加会议。",
     {("李伟强", "副会长", "顺德区工商联"), ("梁永坚", "副会长", "顺德区工商联")}),
])
def test_relations_posts_in_a_federation_s_offices_and_its_chamber(text, expected):
    assert expected <= facts(text, "post")


@pytest.mark.parametrize("text, organiser", [
    ("7月1日,江西省工商联机关党委组织全体党员赴井冈山干部学院开展“红色传承”主题党日活动。", "江西省工商联机关党委"),
    ("7月1日,丽水市工商联走进浙江纳爱斯化工股份有限公司开展“法治体检”活动。", "丽水市工商联"),
])
def test_relations_a_trip_s_destination_organises_nothing(text, organiser):
    assert {o for _, _, o in facts(text, "organizedBy")} == {organiser}


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with roles of the kind the one named in the sentence before holds
    ("市工商联召开学习会。市工商联党组书记、常务副主席韩冬梅主持会议。党组成员、副主席郑国庆、王晓峰分别作交流发言。",
     {("郑国庆", "副主席", "市工商联"), ("王晓峰", "党组成员", "市工商联")}),
    # a profile's posts past a term written before one of them
    ("李书福,1963年6月出生,浙江台州人,浙江吉利控股集团有限公司创始人、董事长,第十三届全国政协委员,全国工商联常委。",
     {("李书福", "董事长", "浙江吉利控股集团有限公司"), ("李书福", "委员", "全国政协"), ("李书福", "常委", "全国工商联")}),
    # a civil servant's rank after a comma, in the body the one named before serves
    ("自治区工商联党组书记、常务副主席梁艺光,一级巡视员黄卫平,二级巡视员韦庆出席会议。",
     {("黄卫平", "一级巡视员", "自治区工商联"), ("韦庆", "二级巡视员", "自治区工商联")}),
])
def test_relations_posts_told_on_from_the_sentence_or_clause_before(text, expected):
    assert expected <= facts(text, "post")


def test_relations_hosts_of_an_event_named_again_by_its_name_s_end():
    text = "10月26日,第四届湘商大会在长沙开幕。本届湘商大会由湖南省人民政府主办,湖南省工商联承办。"
    assert {o for _, _, o in facts(text, "organizedBy")} == {"湖南省人民政府", "湖南省工商联"}


@pytest.mark.parametrize("text, expected", [
    # an association founded at its own meeting elects its officers, not the federation in the headline
    ("周村区工商联成立区新联会\n9月28日,淄博市周村区新的社会阶层人士联合会成立大会召开。大会选举产生了第一届理事会,孙浩当选为会长。",
     {("孙浩", "会长", "淄博市周村区新的社会阶层人士联合会")}),
    # a federation's other name in brackets between it and the role
    ("大会选举阳光电源股份有限公司董事长曹仁贤为合肥高新区工商联(商会)主席(会长)。",
     {("曹仁贤", "主席", "合肥高新区工商联"), ("曹仁贤", "会长", "合肥高新区工商联")}),
])
def test_relations_elected_by_the_body_whose_meeting_elects(text, expected):
    assert expected <= facts(text, "post")


def test_relations_a_county_media_centre_s_byline_with_spaced_parts():
    text = "2月20日,我区召开大会。区委书记黄伟主持会议。\n(余杭区融媒体中心 记者 陈浩)"
    assert ("陈浩", "记者", "余杭区融媒体中心") in facts(text, "post")


def test_relations_honours_praised_together_share_their_year_but_not_each_other_s_words():
    text = ("会议表彰了2024年度纳税突出贡献企业和优秀民营企业家。浙江天正电气股份有限公司等20家企业获评“纳税突出贡献企业”,"
            "郑敏等10人获评“优秀民营企业家”。")
    awards = facts(text, "award")
    assert ("浙江天正电气股份有限公司", "", "2024年度纳税突出贡献企业") in awards
    assert ("郑敏", "", "2024年度优秀民营企业家") in awards


def test_relations_who_leaves_a_post_holds_it_no_more():
    assert not {p for p in facts("会议同意沈建华不再担任区工商联副主席。", "post") if p[0] == "沈建华"}


def test_relations_a_selection_s_results_listed_below_hold_its_honour():
    text = ("十佳民营企业家评选结果揭晓\n经过企业申报、专家评审等环节,2024年度“十佳民营企业家”评选结果日前揭晓。"
            "他们是(按姓氏笔画排序):\n王志刚 山东华鲁恒升化工股份有限公司董事长\n刘国华 德州晶华集团有限公司董事长\n\n"
            "德州市工商联\n2025年1月10日\n")
    assert facts(text, "award") == {("王志刚", "", "2024年度“十佳民营企业家”"), ("刘国华", "", "2024年度“十佳民营企业家”")}


def test_relations_a_notice_signed_by_a_chamber_s_office():
    text = ("本会召开第二届第三次理事会议\n6月20日,本会召开第二届第三次理事会议。会长郑永刚主持会议,监事长林芳、秘书长陈伟出席。\n\n"
            "杭州市温岭商会秘书处\n")
    assert {("郑永刚", "会长", "杭州市温岭商会"), ("林芳", "监事长", "杭州市温岭商会"),
            ("陈伟", "秘书长", "杭州市温岭商会")} <= facts(text, "post")


def test_relations_a_body_named_inside_its_meeting_s_name_elects():
    text = "12月10日,遂昌县新的社会阶层人士联谊会第二次会员大会召开。会议选举产生了新一届理事会,叶兰当选为会长。"
    assert ("叶兰", "会长", "遂昌县新的社会阶层人士联谊会") in facts(text, "post")


def test_relations_a_post_taken_on_in_a_body_named_by_its_kind():
    text = ("浙江大学与省工商联共建民营经济研究院\n11月8日,浙江大学与浙江省工商联共建的浙江大学民营经济研究院揭牌成立。"
            "浙江大学管理学院院长魏江兼任研究院院长。")
    assert ("魏江", "院长", "浙江大学民营经济研究院") in facts(text, "post")


def test_relations_honours_praised_one_after_another_go_to_recipients_of_their_kind():
    text = ("大会对2024年度“宜宾市民营经济发展突出贡献企业”“宜宾市优秀民营企业家”进行了表彰。"
            "四川时代新能源科技有限公司、五粮液集团有限公司等30家企业受到表彰。")
    award = "2024年度“宜宾市民营经济发展突出贡献企业”"
    assert facts(text, "award") == {("四川时代新能源科技有限公司", "", award), ("五粮液集团有限公司", "", award)}


def test_relations_an_honour_conferred_on_those_named_after_it_is_praised():
    text = ("大会表彰了第十届云南省非公有制经济人士优秀中国特色社会主义事业建设者,"
            "授予昆明滇池投资有限责任公司董事长李平等30人荣誉称号。")
    assert facts(text, "award") == {("李平", "", "第十届云南省非公有制经济人士优秀中国特色社会主义事业建设者")}


def test_relations_honours_on_a_list_made_known_the_second_named_with_the_first_s_opening_words():
    text = ("会议通报了2024年度曲靖市“万企兴万村”行动先进民营企业和先进个人名单。"
            "云南宣威火腿集团有限公司等10家企业获评先进民营企业,张明等5人获评先进个人。")
    assert facts(text, "award") == {
        ("云南宣威火腿集团有限公司", "", "2024年度曲靖市“万企兴万村”行动先进民营企业"),
        ("张明", "", "2024年度曲靖市“万企兴万村”行动先进个人")}
