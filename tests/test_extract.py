from __future__ import annotations

import pytest
import spacy

from fedgraph.ingest.clean import fold


def ents(nlp, text):
    doc = nlp(fold(text))
    return {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("text, expected", [
    ("锦州市工商联主席杨红杰介绍。", {("锦州市工商联", "Federation"), ("杨红杰", "Person")}),
    ("湖北省工商聯主席、總商會會長劉順妮陪同調研。", {("湖北省工商联", "Federation"), ("刘顺妮", "Person")}),
    ("接待陕西省铜川市工商联、营口市吉林商会考察团。", {("陕西省铜川市工商联", "Federation"), ("营口市吉林商会", "Chamber")}),
    ("市工商联走进锦州东鹏汽车减震系统有限公司开展调研。", {("锦州东鹏汽车减震系统有限公司", "Company")}),
    ("新泰机械公司被重庆市慈善总会授予慈善捐赠贡献奖。", {("新泰机械公司", "Company"), ("重庆市慈善总会", "Organization")}),
    ("组织民营经济人士赴暨南大学、北京大学开展培训。", {("暨南大学", "Organization"), ("北京大学", "Organization")}),
    ("在区委区政府的坚强领导下,区工商联开展工作。", {("区委", "GovernmentBody"), ("区政府", "GovernmentBody")}),
    ("仙龙镇被认定为全市第一批“万企兴万村”行动典型乡镇。", {("仙龙镇", "Place")}),
    ("区工商联开展“龙头引领”行动,引导民营企业创新。", {("“龙头引领”行动", "Programme")}),
    ("锦州市工商联创新构建市、县、乡三级“政企会客厅”。", {("“政企会客厅”", "Programme")}),
    # a governing verb ends the name, even where jieba cuts it apart (做|精) or takes it for a noun (投身)
    ("我们将持续深化思想政治引领,做精“政企会客厅”品牌。", {("“政企会客厅”", "Programme")}),
    ("东源县黄村商会积极投身“百会助百镇万企兴万村”行动。", {("“百会助百镇万企兴万村”行动", "Programme")}),
    ("组织企业参加首届成渝地区双城经济圈民营经济高质量发展合作峰会。",
     {("首届成渝地区双城经济圈民营经济高质量发展合作峰会", "Event")}),
    ("2023年8月22日,永川区推动民营经济高质量发展大会召开。", {("永川区推动民营经济高质量发展大会", "Event")}),
    ("温州市工商联召开第十二次会员代表大会", {("第十二次会员代表大会", "Event")}),
    ("会议表彰了“两个健康”先行区建设先进商会。", {("“两个健康”先行区建设先进商会", "Award")}),
    ("中央统战部副部长、全国工商联党组书记徐乐江发布榜单。",
     {("中央统战部", "GovernmentBody"), ("全国工商联", "Federation"), ("徐乐江", "Person")}),
    # a body's own word ends with a one-character suffix (监管|局)
    ("邀请区发改局、区市场监管局等部门负责人交流。", {("区市场监管局", "GovernmentBody")}),
    # a numeral between a place and a trade name is part of the name
    ("桂林三金药业股份有限公司负责人发言。", {("桂林三金药业股份有限公司", "Company")}),
    # brackets inside a company's name
    ("西安比亚迪汽车有限公司、陕西延长石油(集团)有限责任公司等15家企业参加。",
     {("陕西延长石油(集团)有限责任公司", "Company")}),
    # long event names are read whole
    ("在第十届全国非公有制经济人士优秀中国特色社会主义事业建设者表彰大会上,他发言。",
     {("第十届全国非公有制经济人士优秀中国特色社会主义事业建设者表彰大会", "Event")}),
    # an event is not named after the place that convenes it
    ("广西召开“万企兴万村”行动推进会", {("“万企兴万村”行动推进会", "Event")}),
    # an appointment names a person
    ("会议增补李明华为市工商联副主席。", {("李明华", "Person")}),
    # so does an enumeration that ends with a name
    ("林国栋当选为会长,郑海燕、吴建军当选为副会长。", {("郑海燕", "Person"), ("吴建军", "Person")}),
    ("圣农集团董事长傅光明表示,企业将助力乡村振兴。", {("傅光明", "Person")}),
    ("李强总理在国务院常务会议上强调。", {("李强", "Person")}),
    # the standard names of government departments hold 和; 发展改革委 and its like are bodies
    ("宜宾市发展改革委、市经济和信息化局、市自然资源和规划局等部门负责人参加。",
     {("宜宾市发展改革委", "GovernmentBody"), ("市经济和信息化局", "GovernmentBody"), ("市自然资源和规划局", "GovernmentBody")}),
    # a classifier jieba reads between a place and a trade name (宜宾|天|原)
    ("四川时代新能源科技有限公司、宜宾天原集团股份有限公司等12家企业参加。", {("宜宾天原集团股份有限公司", "Company")}),
    # an adjective and a verb opening a trade name (新|希望)
    ("我市通威集团有限公司、新希望控股集团有限公司3家企业上榜。", {("新希望控股集团有限公司", "Company")}),
    # corner quotes are quotes
    ("推動「萬企興萬村」行動在廣西走深走實。", {("“万企兴万村”行动", "Programme")}),
    # 自治区 abbreviates the region an article is about
    ("自治區政協副主席、區工商聯主席陳柏宏陪同調研。", {("自治区政协", "GovernmentBody"), ("陈柏宏", "Person")}),
    # a festival in quotes is an event, 活动 only says so
    ("天津市河西区工商联举办第三届“河西区民营企业家节”活动。", {("第三届“河西区民营企业家节”", "Event")}),
    # the quote names the programme in full; 品牌 and 第六期活动 describe it
    ("宜宾市工商联举办“政企会客厅”第六期活动。", {("“政企会客厅”", "Programme")}),
    # a round of a series whatever its name ends in
    ("市工商联主办的“亲清沙龙”第十二期活动在高新区举行。", {("“亲清沙龙”", "Programme")}),
    # names in the dotted form of Uyghur, Kazakh and Tibetan names
    ("自治区党委常委、统战部部长哈丹·卡宴出席。孙红梅、艾力·买买提当选副主席。",
     {("哈丹·卡宴", "Person"), ("艾力·买买提", "Person"), ("孙红梅", "Person")}),
    ("市人民检察院检察长刘晓燕、碧桂园控股有限公司董事局副主席杨惠妍出席。", {("刘晓燕", "Person"), ("杨惠妍", "Person")}),
    # Tibetan names have no surname: known words, a role before or a cue after
    ("市政协主席才让太出席。扎西才让当选为主席。", {("才让太", "Person"), ("扎西才让", "Person")}),
    # an event named after the federation's two names; ordinals jieba cut apart; fixed phrases inside
    ("9月26日,青海省海东市工商联(总商会)第二次会员代表大会在平安区召开。",
     {("青海省海东市工商联(总商会)第二次会员代表大会", "Event")}),
    ("澳門中華總商會第六十五屆理監事會就職典禮昨日舉行。", {("澳门中华总商会第六十五届理监事会就职典礼", "Event")}),
    ("在海口举办海南自由贸易港政策宣讲会。", {("海南自由贸易港政策宣讲会", "Event")}),
    ("全国工商联十三届四次执委会议在北京召开。", {("全国工商联十三届四次执委会议", "Event")}),
    # a name beginning with a determiner's character may be a place (诸暨, 那曲)
    ("诸暨市工商联召开会议,那曲市工商联参加。", {("诸暨市工商联", "Federation"), ("那曲市工商联", "Federation")}),
    ("经浙江省工商联、省经信厅、省人力社保厅等部门推荐。",
     {("浙江省工商联", "Federation"), ("省经信厅", "GovernmentBody"), ("省人力社保厅", "GovernmentBody")}),
    ("由河南省工商联主办的全省商会组织负责人培训班开班。", {("全省商会组织负责人培训班", "Event")}),
    ("黔江区委书记余长明致欢迎辞。", {("余长明", "Person")}),
    ("苏州工业园区商会联合中国国际贸易促进委员会苏州市分会举办沙龙。", {("中国国际贸易促进委员会苏州市分会", "Organization")}),
    ("香港福建社團聯會昨晚舉行慶祝活動。", {("香港福建社团联会", "Organization")}),
    # the first of some people counted (等5名); a character jieba could not place opening a name
    ("促成谢应朝等5名行业顶尖人才受聘。", {("谢应朝", "Person")}),
    ("建设银行松江支行、农商行松江支行三家参会。", {("农商行松江支行", "Company")}),
    ("第十二期“武侯民营企业家大讲堂”在武侯区政务服务中心举行。", {("“武侯民营企业家大讲堂”", "Programme")}),
    # quotes listed before 等 and a programme word are each a programme
    ("打造“浙里办”“企呼我应”等服务品牌。", {("“浙里办”", "Programme"), ("“企呼我应”", "Programme")}),
    ("调研组来到奇瑞汽车股份有限公司、芜湖三只松鼠股份有限公司。", {("芜湖三只松鼠股份有限公司", "Company")}),
    ("福建七匹狼实业股份有限公司、特步(中国)有限公司等", {("特步(中国)有限公司", "Company")}),
    ("市委统战部干部科科长刘芳列席会议。", {("刘芳", "Person")}),
    ("仙游县被中国工艺美术协会授予称号。", {("中国工艺美术协会", "Chamber")}),  # 中国|工艺美术/l|协会
    # a programme's name leaves out where it runs
    ("会议通报了2023年全市“万企兴万村”行动开展情况。", {("“万企兴万村”行动", "Programme")}),
    # the words after a quoted programme may finish its name
    ("区工商联深入开展“驻企服务”专项行动。", {("“驻企服务”专项行动", "Programme")}),
    # ministries of the State Council, and Beijing's offices, by their fixed names
    ("他被全国工商联、农业农村部授予称号。", {("农业农村部", "GovernmentBody")}),
    ("香港中联办副主任罗永纲出席。", {("香港中联办", "GovernmentBody"), ("罗永纲", "Person")}),
    # a Party committee's department named bare after the committee
    ("市委常委、组织部部长刘志刚出席。", {("组织部", "GovernmentBody"), ("刘志刚", "Person")}),
    # two meetings held as one; two subjects of one meeting joined by 和
    ("南通市家纺行业协会第四届会员大会暨换届选举大会在海门区召开。",
     {("南通市家纺行业协会第四届会员大会暨换届选举大会", "Event")}),
    ("株洲市非公有制经济组织和社会组织党建工作推进会召开。", {("株洲市非公有制经济组织和社会组织党建工作推进会", "Event")}),
    ("河北冀联律师事务所主任律师周文博带队。", {("河北冀联律师事务所", "Company"), ("周文博", "Person")}),
    # an award verb after a name is a cue, with who gives it between (被…授予)
    ("2022年,王立群被全国工商联授予“先进个人”称号。", {("王立群", "Person")}),
    ("王立群荣获“优秀民营企业家”称号。", {("王立群", "Person")}),
    # a company named again by its trade name and trade
    ("山西晋韵农业开发有限公司成立于2004年。2023年,晋韵农业入选龙头企业名单。", {("晋韵农业", "Company")}),
    # a word between a trade name and the trade; a trade name in Latin letters after its place
    ("华为技术有限公司、东莞市大疆创新科技有限公司的专家授课。", {("东莞市大疆创新科技有限公司", "Company")}),
    ("同时,洛阳LYC轴承有限公司入选名单。", {("洛阳LYC轴承有限公司", "Company")}),
    ("会议表彰了2023年度全省“四好”商会。", {("2023年度全省“四好”商会", "Award")}),
    # ordinals and years jieba cut apart; an association's other name in brackets inside an event's name
    ("澳门中华总商会昨日举行第七十七届会员大会。", {("第七十七届会员大会", "Event")}),
    ("近日,乐山市夹江县2019年行业协会(商会)工作布置会在县工商联召开。",
     {("乐山市夹江县2019年行业协会(商会)工作布置会", "Event")}),
    ("河源市“百会助百镇 万企兴万村”助力“百千万工程”行动推进会在紫金县召开。",
     {("河源市“百会助百镇 万企兴万村”助力“百千万工程”行动推进会", "Event")}),
    ("惠州市人民政府与惠州市工商联第十次联席会议召开。", {("惠州市工商联第十次联席会议", "Event")}),
    ("根据《泉州市工商联关于开展2024年度“五好”商会评选活动的通知》", {("2024年度“五好”商会评选活动", "Programme")}),
    ("拟确定以下10家商会为2024年度全市“五好”商会:", {("2024年度全市“五好”商会", "Award")}),
    ("安溪县工商联商会人民调解委员会成功调解一起纠纷。", {("安溪县工商联商会人民调解委员会", "Organization")}),
    ("澳门特区政府经济财政司司长李伟农应邀出席。", {("李伟农", "Person")}),
    ("助力横琴粤澳深度合作区建设。", {("横琴粤澳深度合作区", "Place")}),
    # single characters jieba left between a place and the trade
    ("新任会长、广东万和新电气股份有限公司董事长表示。", {("广东万和新电气股份有限公司", "Company")}),
    ("佛山市顺德区家电商会成立十周年庆典暨第四届理事会就职典礼在顺德举行。",
     {("佛山市顺德区家电商会成立十周年庆典暨第四届理事会就职典礼", "Event")}),
    ("特步(中国)有限公司、361度(中国)有限公司等上市企业18家。", {("361度(中国)有限公司", "Company")}),
    ("省委宣讲团党的二十届三中全会精神宣讲会走进企业。", {("二十届三中全会精神宣讲会", "Event")}),
    # an organisation of the province named with its level alone; 作 after a name
    ("省委宣讲团成员、省社科院院长王立新作宣讲报告。", {("省社科院", "Organization"), ("王立新", "Person")}),
    ("考察团先后参观了温州瓯江口新区、温州湾新区。", {("温州瓯江口新区", "Place"), ("温州湾新区", "Place")}),
    ("香港特区行政长官李家超出席活动并致辞。", {("李家超", "Person")}),  # 家 in a given name
    ("呼伦贝尔市工商联主席孟和巴雅尔陪同调研。", {("孟和巴雅尔", "Person")}),  # a Mongolian name: no surname
    ("曹德旺获得“最具爱心捐赠个人”称号。", {("“最具爱心捐赠个人”", "Award")}),  # 最具… names an award
    # a place in brackets and an ordinal jieba cut apart inside an event's name
    ("组织32家会员企业参加第53届中国(广州)国际家具博览会。", {("第53届中国(广州)国际家具博览会", "Event")}),
    ("我会会员企业合肥科晶材料技术有限公司成功入选。", {("合肥科晶材料技术有限公司", "Company")}),
    ("自治区工商联党组书记、副主席白玉刚率调研组赴呼伦贝尔市调研。", {("白玉刚", "Person")}),
    # a session of a named body's committee
    ("福清市工商联第十二届执委会第三次会议在市民营经济服务中心召开。", {("福清市工商联第十二届执委会第三次会议", "Event")}),
    ("福清市工商联第十二届执委会第三次(扩大)会议召开。", {("福清市工商联第十二届执委会第三次(扩大)会议", "Event")}),
    # a trade name jieba left in single characters on both sides of a function word (宁波|均|胜|电子)
    ("会上,宁波均胜电子股份有限公司总裁王剑峰发言。", {("宁波均胜电子股份有限公司", "Company")}),
    # Yi names: a family name of two characters, and 日 in the given name
    ("州委副书记、州长苏嘎尔布出席,州委常委、统战部部长吉克曲日致辞,阿苦日哈当选为州工商联主席。",
     {("苏嘎尔布", "Person"), ("吉克曲日", "Person"), ("阿苦日哈", "Person")}),
    # a democratic party's provincial committee is an organisation; 洪 is a surname
    ("民建中央副主席、民建山东省委主委王随莲一行到访。泉州市工商联副主席洪少辉介绍。",
     {("民建山东省委", "Organization"), ("王随莲", "Person"), ("洪少辉", "Person")}),
    # a branch of the central bank is an organ of the state, not a bank that is a company
    ("中国人民银行绍兴市分行、人民银行柯桥支行参加。", {("中国人民银行绍兴市分行", "GovernmentBody"),
                                            ("人民银行柯桥支行", "GovernmentBody")}),
    # an event of two places a dash joins; an association founded
    ("组织企业参加在南宁举办的第二十届中国—东盟博览会。许昌市民营企业家联谊会成立。",
     {("第二十届中国—东盟博览会", "Event"), ("许昌市民营企业家联谊会", "Chamber")}),
    # a consulate, named where it is posted, and its consul general
    ("中国驻迪拜总领事馆总领事李旭航出席并致辞。", {("中国驻迪拜总领事馆", "GovernmentBody"), ("李旭航", "Person")}),
    # a charity, a testing station; a factory's group named with its bracketed (集团) and legal form
    ("商会向东莞市慈善会捐赠,联合浙江省林产品质量检测站起草。", {("东莞市慈善会", "Organization"),
                                               ("浙江省林产品质量检测站", "Organization")}),
    ("大会还聘请贵州茅台酒厂(集团)有限责任公司原董事长丁雄军为名誉会长。",
     {("贵州茅台酒厂(集团)有限责任公司", "Company"), ("丁雄军", "Person")}),
    # an adjective and a verb make a trade name after its place too; people named before 等 and a cue
    ("商会会长、四川新希望房地产开发有限公司总经理胡建国表示。", {("四川新希望房地产开发有限公司", "Company")}),
    ("大会选举产生了执行委员会,吴金兴、沈国荣、钱永明等当选副主席。",
     {("吴金兴", "Person"), ("沈国荣", "Person"), ("钱永明", "Person")}),
    # an association of two trades; a meeting on work of a kind, held for a whole province
    ("深圳市物流与供应链管理协会等20余家商协会参加。", {("深圳市物流与供应链管理协会", "Chamber")}),
    ("全省商会工作会议在济南召开。", {("全省商会工作会议", "Event")}),
    # a Mongolian name of one word, right after a role; a place named inside its province's name
    ("内蒙古自治区工商联党组书记、常务副主席乌兰率调研组赴鄂尔多斯市调研。", {("乌兰", "Person")}),
    ("2024中国民营企业500强峰会在辽宁沈阳举行。", {("沈阳", "Place")}),
    # a post ends the name before it; 自治区 before a federation is the region's, as 省 is
    ("会议增补新疆特变电工股份有限公司董事长张新为自治区工商联副主席。",
     {("新疆特变电工股份有限公司", "Company"), ("张新", "Person")}),
    ("深圳市长盈精密技术股份有限公司副总经理李慧发言。", {("深圳市长盈精密技术股份有限公司", "Company")}),
    # who speaks in an interview; 刀 is a surname
    ("记者:您如何看待商会的作用?\n杨光明:商会要把服务放在第一位。", {("杨光明", "Person")}),
    ("市工商联党组书记、常务副主席刀红梅带队参加活动。", {("刀红梅", "Person")}),
    # jieba joined a function word to a town (与洲|泉镇); a place jieba tags as an idiom (攀枝花/i); 任 after a name
    ("浙江新凤鸣集团股份有限公司与洲泉镇湘溪村结对后,投资3000万元。",
     {("浙江新凤鸣集团股份有限公司", "Company"), ("洲泉镇湘溪村", "Place")}),  # (the village with its town)
    ("攀枝花钢城集团有限公司副总经理何涛等3人被增补为执委。", {("攀枝花钢城集团有限公司", "Company")}),
    ("堰口镇党委副书记李娜任商会党支部书记。", {("李娜", "Person")}),
    # a trade name jieba reads as an adverb, alone before the legal form (、特步/d|集团有限公司)
    ("晋江市工商联副主席、特步集团有限公司总裁丁水波表示。", {("特步集团有限公司", "Company"), ("丁水波", "Person")}),
    # the honours a published list of 表彰 names, each
    ("全国总工会发布2024年全国五一劳动奖和全国先进集体表彰名单。", {("2024年全国五一劳动奖", "Award"), ("全国先进集体", "Award")}),
    # a trade word jieba reads as a numeral and measure (零部件/mq) stays in the name
    ("长春一汽富维汽车零部件股份有限公司总经理张丕杰发言。", {("长春一汽富维汽车零部件股份有限公司", "Company")}),
])
def test_extract_finds_entities(nlp, text, expected):
    assert expected <= ents(nlp, text)


@pytest.mark.parametrize("text, names", [
    ("区工商联副主席邓儒方、汪礼碧、孟瑞章等向永川中学捐赠空调。", {"邓儒方", "汪礼碧", "孟瑞章"}),
    ("省委副书记、省长毛伟明出席并讲话,省政协主席李微微出席。", {"毛伟明", "李微微"}),
    ("本版图版由渝西都市报记者 陈仕川 袁卿予 刘 灿 提供", {"陈仕川", "袁卿予", "刘 灿"}),
    ("会议选举产生了新一届领导班子。(王睿瑞)", {"王睿瑞"}),
])
def test_extract_finds_person_names_from_context(nlp, text, names):
    found = {e.text for e in nlp(fold(text)).ents if e.label_ == "Person"}
    assert names <= found


@pytest.mark.parametrize("text", ["民营经济高质量发展取得成效。", "企业家精神得到弘扬。"])
def test_extract_finds_no_person_without_context(nlp, text):
    assert not [e for e in nlp(fold(text)).ents if e.label_ == "Person"]


def test_extract_award_after_award_verb(nlp):
    doc = nlp("区工商联荣获2022—2023年度全国“五好”县级工商联(连续12年获此殊荣)。")
    assert ("2022—2023年度全国“五好”县级工商联", "Award") in {(e.text, e.label_) for e in doc.ents}


def test_extract_components_are_spacy_factories():
    nlp = spacy.blank("zh")
    for name in ("fedgraph_sentences", "fedgraph_awards", "fedgraph_orgs", "fedgraph_persons",
                 "fedgraph_references", "fedgraph_unmarked", "fedgraph_settle", "fedgraph_relations"):
        nlp.add_pipe(name)
    doc = nlp("全国工商联副主席、党组成员鲁勇率调研组赴鄂。")
    assert ("鲁勇", "Person") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize("text, name", [
    ("副省长甘霖推介了四川经济社会发展新情况。", "甘霖"),
    ("市政协副主席、市工商联主席徐年春参会。", "徐年春"),
    ("作者: 【记者高春颀北京报道】", "高春颀"),
    ("長城網·冀雲客戶端訊(孫興興)3月上旬,沧州市突发疫情。", "孙兴兴"),
    ("貫徹落實習近平總書記的重要講話精神。", "习近平"),
    ("中央纪委驻部纪检组原组长金书波分别致辞。", "金书波"),  # an adverb before the cue
    ("吉利控股集团董事长李书福表示。", "李书福"),
    ("市工商联副主席和平表示支持。", "和平"),  # a function-word surname, with a cue after it
    ("新希望集团董事长刘永好介绍了集团的布局。", "刘永好"),  # 好 is rarely a given name; jieba knows this one
])
def test_extract_person_name_length_from_context(nlp, text, name):
    assert name in {e.text for e in nlp(fold(text)).ents if e.label_ == "Person"}


@pytest.mark.parametrize("text, word", [("以前跑银行总碰壁。", "银行"), ("执委会党组书记讲话。", "党组"),
                                        ("会上,王书记表示要做好工作。", "王书"),
                                        ("受表彰的先进集体代表和先进工作者参加会议。", "和先"),
                                        ("欢迎香港企业家来深投资。", "来深")])
def test_extract_common_words_are_not_people(nlp, text, word):
    people = {e.text for e in nlp(fold(text)).ents if e.label_ == "Person"}
    assert not any(p.startswith(word) for p in people)


def test_tokenizer_keeps_every_character_and_the_text():
    from fedgraph.extract import load_pipeline

    text = "锦州 市\u3000工商联\n主席 A1"
    doc = load_pipeline().make_doc(text)
    assert doc.text == text == doc._.fg_text
    assert [t.idx for t in doc] == list(range(len(text)))


@pytest.mark.parametrize("text, kept, dropped", [
    # a chamber described, not named: 的 before it and no place in it
    ("把商会建成听党话、跟党走的红色商会,建成遵纪守法的法治商会。上海市许昌商会成立。",
     {"上海市许昌商会"}, {"红色商会", "法治商会"}),
    # a kind of company (industry words and a suffix only), not a company
    ("这家科技公司和投资发展集团,以及重庆永信科技公司入围。", {"重庆永信科技公司"}, {"科技公司", "投资发展集团"}),
    # praise, not a name; a governing verb before a suffix
    ("会议表彰了夹江县陶瓷行业协会等5家先进商会,签订《关于建立商会调解工作机制的合作协议》。",
     {"夹江县陶瓷行业协会"}, {"先进商会", "建立商会"}),
    # a visit between two bodies, and a chamber of "both places", are not names
    ("深圳市潮汕商会到访惠州市工商联,双方就深化两地商会合作座谈。", {"深圳市潮汕商会", "惠州市工商联"},
     {"深圳市潮汕商会到访惠州市工商联", "深化两地商会", "两地商会"}),
    # a quoted slogan before a word that merely ends like a programme word (先行|区)
    ("积极投身“两个健康”先行区建设。", set(), {"“两个健康”先行"}),
    # every chamber of a kind is not one chamber, though jieba reads 各乡镇 as a place
    ("李志刚要求,各乡镇商会要积极引导会员企业。平江县商会参加。", {"平江县商会"}, {"各乡镇商会", "各乡"}),
    # a ranking named by itself begins a clause or with its year, not inside a sentence
    ("该公司连续三年跻身中国民营企业500强。", {"中国民营企业500强"}, {"该公司连续三年跻身中国民营企业500强"}),
    # a bare kind of meeting is not an event's name
    ("王敏也出席了表彰大会。", set(), {"表彰大会"}),
    # the chambers of the whole city, not one chamber
    ("成都市工商联主席谢晓东汇报了全市商会组织建设情况,成都市温州商会参加。", {"成都市温州商会"}, {"全市商会"}),
    # a verb before the place a name opens with governs the name; every chamber of a city is none
    ("我们重点抓好浦江县水晶行业协会建设。沧州市各商协会积极捐款。", {"浦江县水晶行业协会"},
     {"重点抓好浦江县水晶行业协会", "抓好浦江县水晶行业协会", "沧州市各商协会"}),
    # what a centre does is no part of a chamber's name (jieba tags 充分发挥 a noun)
    ("泉州市工商联(总商会)商事调解中心充分发挥商会调解优势。", set(), {"商事调解中心充分发挥商会", "充分发挥商会"}),
    # what is set up somewhere is no part of that place's name
    ("双方将在市工商联设立商会调解工作站。", {"市工商联"}, {"市工商联设立商会", "设立商会"}),
    # what is done to a school or a chamber is no part of its name; a trade name's end is no person
    ("在贵州等地援建学校12所。您如何看待商会的作用?湘村高科董事长王建军表示。", set(), {"援建学校", "看待商会", "高科"}),
    # a get-together is an event
    ("县工商联举办新春联谊会。", {"新春联谊会"}, set()),
    # what Party building leads is no part of a chamber's name
    ("福州市平潭商会党委坚持以党建引领商会发展。", {"福州市平潭商会"}, {"党建引领商会"}),
    # a profile's subtitle: ——记 begins no name
    ("——记赣州市青年企业家商会会长刘海涛", {"赣州市青年企业家商会"}, {"记赣州市青年企业家商会"}),
])
def test_extract_descriptions_are_not_names(nlp, text, kept, dropped):
    names = {e.text for e in nlp(text).ents}
    assert kept <= names
    assert not dropped & names


@pytest.mark.parametrize("text, expected", [
    ("会上,闽安石业、吉安市佳兴装饰材料、江西省江鹏文化等7家企业负责人先后发言。",
     {"闽安石业", "吉安市佳兴装饰材料", "江西省江鹏文化"}),
    ("永信科技公司、四国创新科技公司等23家企业入选。", {"四国创新科技公司"}),  # the list says where the name begins
    ("代表团参观了闽安石业、江鹏文化和佳兴装饰等3家企业。", {"闽安石业", "江鹏文化", "佳兴装饰"}),
    # jieba reads 和华峰 as a person: the list says 和 parts two names
    ("正泰集团、人本集团和华峰集团等5家企业负责人先后发言。", {"正泰集团", "人本集团", "华峰集团"}),
    ("煌上煌董事长褚浚当选全国工商联常委。", {"煌上煌"}),
    ("全国政协委员、TCL创始人、董事长李东生参加会议。", {"TCL"}),  # more roles of the same person after it
])
def test_extract_companies_named_without_a_suffix(nlp, text, expected):
    assert expected <= {e.text for e in nlp(text).ents if e.label_ == "Company"}


@pytest.mark.parametrize("text", [
    "会议组织30家企业参加。",
    "科技公司、投资公司等5家企业参加。",  # kinds of company, no trade names
    "他担任董事长以来,企业发展很快。",  # no name before the role, no person after it
    "该公司董事长王明表示。",
    "前任董事长王明表示。",  # a word before the role, not a name
])
def test_extract_no_unmarked_company_without_a_name(nlp, text):
    doc = nlp(text)
    references = doc._.fg_references  # 该公司 stands for a company named elsewhere, if any
    assert not [e for e in doc.ents if e.label_ == "Company" and (e.start_char, e.end_char) not in references]


@pytest.mark.parametrize("text, wrong", [
    ("市工商联和区委统战部联合举办活动。", "市工商联和区委统战部"),  # 和 joins two bodies here
    ("天祝县副县长马永福陪同。", "祝县"),  # a level ends no person's name
    ("长城网·冀云客户端讯 记者报道。", "长城网·冀云客户端"),  # a dotted outlet is no person
    ("济南市工商联及部分商会负责人参加。", "部分商会"),  # some chambers, not one
    ("四川省川商总会等30家商协会签订协议。", "家商协会"),
    ("会议增补浙江钱江摩托股份有限公司为副会长单位。", "增补浙江钱江摩托股份有限公司"),
    ("开展“春风行动”,送政策进商会、进企业。", "送政策进商会"),
    ("德清县获评“2023年度浙江省营商环境最佳县”。", "佳县"),  # 最|佳县: a county's name inside a word
    ("打造“浙里办”“企呼我应”等服务品牌。", "“企呼我应”等服务品牌"),
    ("通报了全市行业协会商会年检情况。", "全市行业协会商会"),  # a place and kinds, no name
    ("张伟同志原任漯河市委统战部副部长。", "原任"),  # 原 (former) begins no name here
    ("关于表彰2023年度优秀商会的决定", "年度优秀商会"),
    ("延吉市工商联、珲春市工商联等县市工商联代表参加会议。", "县市工商联"),  # counties and cities, not one
    ("云南白药集团股份有限公司知识产权部部长赵磊分享经验。", "云南白药集团股份有限公司知识产权部"),  # a company's department
    ("2024跨国公司领导人青岛峰会在青岛举行。", "跨国公司"),  # a kind of company
    ("张昌荣指出,要用好安徽省民营经济发展“双月座谈会”机制。", "要用好安徽省民营经济发展“双月座谈会”"),
    ("宜昌市商协会、宜昌市行业协会商会参加。", "宜昌市行业协会商会"),  # 30|家商|协会: a count, not a name
    ("首席荣誉会长陈伟南,荣誉会长马介璋出席。", "席荣誉"),  # a name never starts inside a title
    ("首席荣誉会长陈伟南,荣誉会长马介璋出席。", "荣誉"),
    ("来自河南省各地市工商联、省级商会的负责人参加。", "市工商联"),
    ("来自河南省各地市工商联、省级商会的负责人参加。", "省级商会"),  # a level, not a name
    ("应越南温州商会邀请,考察团出访。", "应越南温州商会"),  # 应…邀请: at the invitation of
    ("他回到家乡平遥县岳壁乡,创办了公司。", "家乡平遥县岳壁乡"),
    ("顾建国表示,新一届协会将围绕目标开展工作。", "新一届协会"),
    ("各级民政部门和宣传部门要配合。", "民政部"),  # the departments of a kind, not the ministry
    ("各级民政部门和宣传部门要配合。", "宣传部"),
    ("律师事务所要发挥作用。", "律师事务所"),
    ("市工商联和市税务局座谈会召开。", "和市税务局座谈会"),  # 和 joins two bodies, not two subjects
    ("会议通过了吸纳上海华鑫置业有限公司为新会员的决议。", "吸纳上海华鑫置业有限公司"),
    ("商会将把“助学圆梦”打造成长期品牌。", "“助学圆梦”打造成长期品牌"),  # the clause goes on
    ("经县级工商联推荐、市工商联审核。", "县级工商联"),  # a level of federation, not one
    ("专访|从小作坊到行业龙头——访浙江五芳斋实业股份有限公司董事长厉建平", "访浙江五芳斋实业股份有限公司"),
    ("顺利完成执委会、组织建设工作会议等重要议程。", "建设工作会议"),
    ("首场招聘会在湖州市人力资源市场举行。", "首场招聘会"),  # the first of some, not a name
    ("与温州市投资促进中心举行项目对接会。", "项目对接会"),  # a kind of meeting
    ("理事会召开了第一次会议。", "第一次会议"),  # a session of something not named
    ("市工商联办公室主任张建国出席。", "市工商联办公室"),  # a federation's department is no body of the state
    ("副主席白玉刚率调研组赴呼伦贝尔市调研。", "副主席白玉刚率调研组"),  # a group sent, not an organisation
    # jieba takes an unknown name for a place (罗东|宏): the characters after it are no trade name
    ("志丹河南商会和区工商联副主席吕超军、罗东宏等向志丹中学捐赠空调。", "罗东宏等向志丹中学"),
])
def test_extract_reads_no_name_across_words(nlp, text, wrong):
    assert wrong not in {e.text for e in nlp(fold(text)).ents}


@pytest.mark.parametrize("text", [
    "六盘水市副市长刘云为获奖企业和个人颁奖。",  # 获奖 describes the companies
    "据悉,入选企业要发挥示范引领作用。",  # the clause goes on past the object
    "华为投资控股有限公司连续第二年入围榜单前十。",  # the ranking named before, not a new one
    "从地区分布看,浙江省入围企业106家,连续26年居全国首位。",  # how many, not what
    "同意吸纳安徽江淮汽车集团股份有限公司等15家企业为新会员单位。",  # members admitted, not honoured
])
def test_extract_no_award_without_an_award_name(nlp, text):
    assert not [e for e in nlp(fold(text)).ents if e.label_ == "Award"]


def test_extract_a_place_abroad_that_shares_a_chinese_name_is_no_place(nlp):
    assert not [e for e in nlp(fold("代表团参观了越南海防市安阳工业区。")).ents if e.label_ == "Place"]
    assert ("安阳市", "Place") in ents(nlp, "赴越南考察后,代表团回到安阳市。")


@pytest.mark.parametrize("text, wrong", [
    ("围绕民营经济发展中的重大理论和实践问题开展研究。", "大理"),  # 重大|理论: no place across two words
    ("审议通过了《关于调整商会部分理事的议案》。", "调整商会"),  # what is done to a chamber
    ("会议传达学习了全国工商联商会工作会议精神。", "全国工商联商会"),  # the federation's work with chambers
    ("要做好商会工作会议的筹备。", "要做好商会工作会议"),  # the verbs before a meeting's name
    ("组织专场招聘会,帮助企业招聘员工50余名。", "专场招聘会"),  # a kind of meeting, not one named
    ("作为商会的会长,您认为商会应如何服务会员企业?", "您认为商会"),  # a pronoun opens no name
    ("各县(市、区)工商联,市直属商会:", "市直属商会"),  # the chambers under the city, not one
    ("泰州市高港区政企会客厅第十期举行。", "泰州市高港区政企会客厅"),  # a room, no organ of the state
    ("高质量:发展的首要任务", "高质量"),  # a headline's subject before a colon is no name
    ("10月13日至15日,2024跨国公司领导人青岛峰会在青岛举行。", "2024跨国公司"),  # a year is no trade name
    ("各市州工商联:", "州工商联"),  # levels of place listed, no one place
    ("今年入围企业的营业收入总额达2.1万亿元。", "企业的营业收入总额达2.1万亿元"),  # the clause goes on
    ("光彩事业是民营企业家回报社会的重要平台。", "民营企业家回报社"),  # 社会, no 报社
    ("依法保护民营企业产权和企业家权益。", "权益"),  # a title word before a common word names no one
    ("表彰了第七届市工商联优秀执委和先进会员企业。", "和先进"),  # 和 joins two words after a role
    ("为推动西藏长治久安作出新贡献。", "长治"),  # a short place name opening an idiom
    ("据了解,本次会议期间,委员共提交提案86件。", "本次会议"),  # this meeting, no name
    ("论坛设置了主论坛和3个平行论坛。", "主论坛"),
    ("区工商联召开执常委会议", "执常委会议"),  # a kind of meeting
    ("还举办了民营企业国际化发展论坛等6场平行论坛。", "6场平行论坛"),  # a count of a kind
    ("衢州市税务局与衢州市工商联联合启动2025年“春雨润苗”专项行动。", "启动2025年“春雨润苗”专项行动"),
    ("在江苏南京举办的启动仪式现场招聘会上,企业提供岗位。", "仪式现场招聘会"),
    ("村集体经济变成了年收入200多万元的富裕村。", "富裕村"),  # a kind of village
    ("区工商联举办第十二期民营企业家沙龙。民营企业家沙龙已成为品牌。", "沙龙"),  # a word jieba reads as a name
    ("希望上榜企业发挥示范引领作用。", "企业发挥示范引领作用"),  # those listed, no award
    ("九江市政协组织部分政协委员走进企业。", "九江市政协组织部"),  # 组织|部分: organised some, no department
    ("西店镇商会是全县乡镇商会建设的一个缩影。", "全县乡镇商会"),  # all of a kind in the county
    ("会议审议通过了《关于增补执委、常委的决定》。", "于增补"),  # an appointment's verb is no given name
    ("会议还表彰了先进商会和优秀执委。", "和优秀"),  # 和 joins two honours before a role
    ("“百会帮百村”助力乡村振兴", "百村"),  # inside a quoted slogan
    ("会议发布了《温州市新时代“两个健康”先行区创建三年行动方案》。", "时代“两个健康”先行区创建三年行动"),  # a document
    ("企业建有省级工程技术研究中心和国家重点实验室。", "企业建有省级工程技术研究中心"),
    ("武侯区已在13个街道全部成立街道商会。", "街道商会"),  # a kind of chamber
    ("大会选举三一集团有限公司董事向文波为新一届会长。", "大会选举三一集团有限公司"),  # a verb before a numeral name
    ("江津区工商联将评选一批“五星级商会党组织”。", "五星级商会"),  # a grade of chamber
    ("南宁市已建成镇(街道)商会86家,实现乡镇商会全覆盖。", "实现乡镇商会"),
    ("南宁市已建成镇(街道)商会86家,实现乡镇商会全覆盖。", "建成镇"),
    ("每月举办一次“企业家沙龙”。", "沙龙"),  # a quoted title's last word after a title word, no person
    ("民营企业家“家门口”的服务站", "民营企业家“家门口”的服务"),  # a quoted word's description, past 的
    ("盐城市异地商会会长座谈会召开", "盐城市异地商会"),  # a kind of chamber the city has many of
    ("这是个人行为。", "人行"),  # the central bank's short name only opens a branch's name
    ("周晓峰表示,“政企会客厅”是武进区优化营商环境的重要平台。", "“政企会客厅”是武进区优化营商环境的重要平台"),
    ("为学习借鉴先进地区商会工作经验,考察团赴福建。", "先进地区商会"),  # regions of a kind, no chamber
    ("为学习借鉴先进地区商会工作经验,考察团赴福建。", "借鉴先进地区商会"),
    ("会议对2024年度全县工商联系统先进商会进行了表彰。", "年度全县工商联系统先进商会"),  # an honour
    ("从地区分布看,入围100强的企业中,烟台市13家。", "入围100强"),  # entering a ranking named before
    ("新任商会会长谈发展", "新任商会"),  # who is new in the post, no chamber's name
    ("新任商会会长谈发展", "谈发展"),  # 谈 opens a verb phrase far more often than a name
    ("您如何看待异地商会的作用?", "看待异地商会"),  # a kind of chamber after a verb
    ("兰州新区经济发展局局长何伟介绍了新区产业布局情况。", "新区产业布局"),  # 布局 (layout) is no bureau
    ("村委会换届选举工作顺利完成。", "村委会"),  # a kind of committee, no one named
])
def test_extract_no_entity_made_of_other_words(nlp, text, wrong):
    assert wrong not in {e.text for e in nlp(fold(text)).ents}


@pytest.mark.parametrize("text, expected", [
    # the first of a list after a preposition (对|彭小平、罗建军等)
    ("会议对彭小平、罗建军等10名企业家授予“邵阳市优秀民营企业家”称号。", {("彭小平", "Person"), ("罗建军", "Person")}),
    # a Uyghur given name of six characters, and the cue that starts a character later (艾买提|出席, not 艾买|提出)
    ("自治区工商联党组书记阿不都热依木·艾买提出席会议并讲话。", {("阿不都热依木·艾买提", "Person")}),
    # a Zhuang surname; a town whose name opens with 那 (no demonstrative here); a company's site
    ("自治区工商联主席磨长英出席。", {("磨长英", "Person")}),
    ("那楼镇那蒙村股份经济合作社负责人发言。", {("那楼镇那蒙村股份经济合作社", "Company")}),
    ("富士康科技集团昆山园区总经理林国雄发言。", {("富士康科技集团昆山园区", "Company")}),
    # 代表人士 inside an event's name is a noun
    ("2025年全省民营经济代表人士理想信念教育培训班开班。", {("2025年全省民营经济代表人士理想信念教育培训班", "Event")}),
    # research bodies; a campaign quoted before the event it is joined to
    ("中国民营经济研究会会长谢伯阳主持。之江实验室副主任朱世强授课。",
     {("中国民营经济研究会", "Organization"), ("之江实验室", "Organization")}),
    ("中国社会科学院民营经济研究中心发布报告。", {("中国社会科学院民营经济研究中心", "Organization")}),
    ("“民企进边疆”暨2025新疆招商引资推介会在乌鲁木齐举行。",
     {("“民企进边疆”", "Programme"), ("2025新疆招商引资推介会", "Event")}),
    # a name read as a place by jieba before 与 and an abbreviated federation (郑|建平|与|市工商联)
    ("副局长郑建平与市工商联党组成员、副主席徐晓燕共同揭牌。", {("郑建平", "Person"), ("市工商联", "Federation")}),
    # a village whose name opens with a numeral
    ("走进花垣县十八洞村,一片片猕猴桃园郁郁葱葱。", {("花垣县十八洞村", "Place")}),
    # a company named after the town it is in: where it is, then its own name
    ("考察团参观了莆田市涵江区三江口镇福建福海粮油工业有限公司。",
     {("莆田市涵江区三江口镇", "Place"), ("福建福海粮油工业有限公司", "Company")}),
    # what a meeting is about, after whom it is for
    ("还举办了渝商创新发展论坛等活动。", {("渝商创新发展论坛", "Event")}),
    # a village after its town: the town ends before it
    ("调研组来到金寨县花石乡大湾村,实地察看。", {("金寨县花石乡", "Place"), ("大湾村", "Place")}),
    # a ministry's department before its head's title; a zone's own committee (合作|区|执行|委员会)
    ("人力资源社会保障部就业促进司司长王振麒出席。", {("人力资源社会保障部就业促进司", "GovernmentBody"), ("王振麒", "Person")}),
    ("横琴粤澳深度合作区执行委员会副主任李伟农会见客人。",
     {("横琴粤澳深度合作区执行委员会", "GovernmentBody"), ("李伟农", "Person")}),
    ("两江新区管委会副主任出席。", {("两江新区管委会", "GovernmentBody")}),
    # a town after its county before a verb, jieba reading its name as a place or a name (石门乡/ns, 双龙/nz|镇)
    ("公司在威宁县石门乡建设基地,在花垣县双龙镇建设工厂。",
     {("威宁县石门乡", "Place"), ("花垣县双龙镇", "Place")}),
    # a national regulator's local office (…分局), before a verb as before a title
    ("联合国家金融监督管理总局丽水监管分局举办对接会。", {("国家金融监督管理总局丽水监管分局", "GovernmentBody")}),
    # the central bank's branch by its short name; a trade name of a numeral and a character; a bracket inside a name
    ("省商务厅、人行南昌中心支行等部门负责同志回应。", {("人行南昌中心支行", "GovernmentBody")}),
    ("宇通客车股份有限公司、三全食品股份有限公司等参加。", {("三全食品股份有限公司", "Company")}),
    ("仁和(集团)发展有限公司董事长杨文龙发言。", {("仁和(集团)发展有限公司", "Company"), ("杨文龙", "Person")}),
    # how many were praised is not the honour's name
    ("会议表彰了一批优秀会员企业。", {("优秀会员企业", "Award")}),
    # a given name with a character rarely in one, between a title and a cue or a list's comma
    ("会长郑才多表示,首席执行官马和平、董事长王汉林当选。",
     {("郑才多", "Person"), ("马和平", "Person"), ("王汉林", "Person")}),
    # an international trade fair named by its goods and 展 (not 国际贸易|发展)
    ("组织企业参加2024杜塞尔多夫国际鞋展,推动国际贸易发展。", {("2024杜塞尔多夫国际鞋展", "Event")}),
    # a university's school of two subjects (湖南大学|经济|与|贸易学院)
    ("湖南大学经济与贸易学院与长沙市工商联签订协议。",
     {("湖南大学经济与贸易学院", "Organization"), ("长沙市工商联", "Federation")}),
    # and a village whose name opens with a numeral after its town (双龙|镇|十八|洞村)
    ("企业家来到花垣县双龙镇十八洞村考察学习。", {("花垣县双龙镇", "Place"), ("十八洞村", "Place")}),
    # a region in brackets inside an event's name; an anniversary's years cut apart by jieba (十五|周年|庆典暨)
    ("第二十届中国(东北)民营经济发展论坛在长春举行。", {("第二十届中国(东北)民营经济发展论坛", "Event")}),
    ("社团总会举办成立十五周年庆典暨第八届会董就职典礼。", {("成立十五周年庆典暨第八届会董就职典礼", "Event")}),
    # a given name ending with a character rarely in one, before an award verb (徐镜人|获…)
    ("公司董事长徐镜人获“中华慈善奖”慈善楷模称号。", {("徐镜人", "Person"), ("“中华慈善奖”慈善楷模", "Award")}),
    # a person removed from a post in a notice
    ("免去黄建军同志的市工商联秘书长职务。", {("黄建军", "Person"), ("市工商联", "Federation")}),
    # a title word that is no post (专员) before a name
    ("驻企服务专员王磊主动对接区科技局。", {("王磊", "Person"), ("区科技局", "GovernmentBody")}),
    # an entrepreneurs' club founded is a chamber, a gathering an event
    ("温州市鹿城区成立新生代企业家联谊会", {("新生代企业家联谊会", "Chamber")}),
    ("商会成立以来每年举办新春联谊会。", {("新春联谊会", "Event")}),
    ("庆祝商会成立十周年联谊会举行。", {("庆祝商会成立十周年联谊会", "Event")}),
    # 及 joining two things a fair is about
    ("组织会员参加中国国际纺织面料及辅料博览会。", {("中国国际纺织面料及辅料博览会", "Event")}),
    # a town after its county, with a verb after it
    ("公司在雷山县西江镇建设茶叶基地。", {("雷山县西江镇", "Place")}),
    # a verb between a topic and a verbal noun inside a meeting's name
    ("3月20日,莆田市湖北商会党委召开党史学习教育动员会。", {("党史学习教育动员会", "Event")}),
    # a company's name holding the place of its seat in brackets
    ("TCL科技集团股份有限公司、格力电器(珠海)有限公司等58家企业入选。", {("格力电器(珠海)有限公司", "Company")}),
    # the Party's working committee for the new economic and social organisations
    ("莆田市委两新工委副书记刘振宇出席会议。", {("莆田市委两新工委", "GovernmentBody"), ("刘振宇", "Person")}),
    # a bureau's name and the role after it, read by jieba as one word (服务|局局长)
    ("深圳市中小企业服务局局长王忠明一行走访商会。", {("深圳市中小企业服务局", "GovernmentBody"), ("王忠明", "Person")}),
    # a company's legal form before 与 joins no trades: two names
    ("青岛海尔集团与青岛市工商联签署战略合作协议", {("青岛海尔集团", "Company"), ("青岛市工商联", "Federation")}),
    # an article's editor and reviewer
    ("编辑:王丽\n审核:陈刚", {("王丽", "Person"), ("陈刚", "Person")}),
    # a ceremony is an event, the programme it opens or signs for inside it
    ("7月12日,东营市民营企业“法治体检”活动启动仪式在市民营经济服务中心举行。",
     {("东营市民营企业“法治体检”活动启动仪式", "Event")}),
    ("4月12日,山西省“晋商回乡”重点项目集中签约仪式在太原举行。", {("山西省“晋商回乡”重点项目集中签约仪式", "Event")}),
    # an adverb between a name and its cue (亦有|出席)
    ("经济财政司司长戴建业亦有出席。", {("戴建业", "Person")}),
    # a given name with characters rarely in one, between a title and a cue (会长|王子联|出席)
    ("商会会长王子联出席会议。", {("王子联", "Person")}),
    ("自治区工商联党组书记、常务副主席乌兰率团赴京。", {("乌兰", "Person")}),
    # a village after its town, its suffix joined by jieba to the last character of its name (寺村)
    ("迎驾集团与霍山县佛子岭镇黄巢寺村签订结对帮扶协议。", {("黄巢寺村", "Place")}),
    # a trade name jieba reads as a time (今世), after the place
    ("江苏今世缘酒业股份有限公司负责人发言。", {("江苏今世缘酒业股份有限公司", "Company")}),
    # a trade name jieba reads as a measure (天元), after the place
    ("宁夏宝丰能源集团股份有限公司、宁夏天元锰业集团有限公司入围。", {("宁夏天元锰业集团有限公司", "Company")}),
    # a province's council for the promotion of international trade, by its short name
    ("福建省贸促会副会长黄一舟介绍了要点。", {("福建省贸促会", "Organization"), ("黄一舟", "Person")}),
    # a town whose name is a common word, in its chamber's name
    ("新成立甘江镇商会、黄土镇商会2家乡镇商会。", {("甘江镇商会", "Chamber"), ("黄土镇商会", "Chamber")}),
    # trades jieba reads as one phrase before the legal form (能源开发/i)
    ("浙江正泰电器股份有限公司、正泰新能源开发有限公司获评“年度卓越贡献奖”。", {("正泰新能源开发有限公司", "Company")}),
    # a trade name ending in 和 after its place (老恒和)
    ("同意吸收湖州老恒和酿造有限公司为会员单位。", {("湖州老恒和酿造有限公司", "Company")}),
    # an ordinal after a place opens the name of a school or hospital
    ("昭通市第一中学、昭通市第一人民医院有关负责人参加。",
     {("昭通市第一中学", "Organization"), ("昭通市第一人民医院", "Organization")}),
    # a campaign named unquoted by its slogan of two counts
    ("县工商联深入开展万企兴万村行动。", {("万企兴万村行动", "Programme")}),
    ("我县开展百会助百镇活动。", {("百会助百镇活动", "Programme")}),
    # who resigns is named before 辞去
    ("会议同意王海辞去市工商联副主席职务。", {("王海", "Person")}),
])
def test_extract_finds_entities_in_lists_clubs_fairs_and_towns(nlp, text, expected):
    assert expected <= ents(nlp, text)


@pytest.mark.parametrize("text", [
    "镇党委、镇政府将全力支持商会开展工作。",  # support given to chambers, no chamber's name
    "积极支持商会建设。",
    "6月6日,吉安市“百企联百村”结对帮扶签约仪式在永新县举行。",  # a quoted slogan ending with 村 is no village
    "会上举行了项目签约仪式。",  # a ceremony of a kind, no named one
    "万企兴万村 | 民营企业结对帮扶 助力乡村全面振兴",  # the slogan unquoted in a headline is no village
    "古井镇新农村建设稳步推进。",  # 新农村 is a kind of village
])
def test_extract_no_name_from_support_slogans_or_kinds_of_ceremony(nlp, text):
    found = ents(nlp, text)
    assert not {e for e in found if e[1] == "Chamber" or e[0] in ("百企联百村", "项目签约仪式", "新农村")
                or e == ("万企兴万村", "Place")}


def test_extract_the_programme_inside_a_ceremony_s_name(nlp):
    doc = nlp("4月12日,山西省“晋商回乡”重点项目集中签约仪式在太原举行。")
    assert [doc._.fg_text[s:e] for s, e, t in doc._.fg_inner if t == "Programme"] == ["“晋商回乡”重点项目"]


def test_extract_chambers_elsewhere_are_a_kind_not_a_chamber(nlp):
    assert not {e for e in ents(nlp, "全市新成立异地丽水商会4家。") if e[1] == "Chamber"}
    assert not {e for e in ents(nlp, "荷塘区工商联引导辖区商会与村结对。") if e[1] == "Chamber"}
    assert ("丽水市异地商会联合会", "Chamber") in ents(nlp, "丽水市异地商会联合会成立。")


def test_extract_a_department_named_like_a_ministry_is_no_ministry(nlp):
    assert not {e for e in ents(nlp, "如有异议,请与广州市工商联宣传教育部联系。") if e[1] == "GovernmentBody"}
    assert ("教育部", "GovernmentBody") in ents(nlp, "市工商联向教育部报告。")


def test_extract_an_autonomous_prefecture_by_its_everyday_name(nlp):
    assert ("黔东南州工商联", "Federation") in ents(nlp, "黔东南州工商联深入推进“万企兴万村”行动。")
    from fedgraph.resolve.divisions import divisions
    assert [d.name for d in divisions().by_name("黔东南州")] == ["黔东南苗族侗族自治州"]
    assert [d.name for d in divisions().by_name("西双版纳")] == ["西双版纳傣族自治州"]
    assert not divisions().by_name("张家")  # 张家川回族自治县 is 张家川, and 张家 a family's name


@pytest.mark.parametrize("text, expected", [
    # a role's last character that opens a place's short name (部长|沙马拉且, not 部|长沙)
    ("凉山州委常委、统战部部长沙马拉且介绍了投资环境。", {("沙马拉且", "Person")}),
    # 县市 opens 县|市场监管局, no determiner of counties and cities
    ("会上,县市场监管局局长钟卫东讲话。", {("县市场监管局", "GovernmentBody")}),
    # two verbs a meeting is about (诉调|对接)
    ("市工商联与市中级人民法院联合召开民营企业商事纠纷诉调对接工作推进会。",
     {("民营企业商事纠纷诉调对接工作推进会", "Event")}),
    # a fair's 展 that jieba tags as a bound verb
    ("协会组织企业参加中国国际皮革展、米兰国际皮革展等展会。", {("米兰国际皮革展", "Event")}),
    # a campaign named as a tour of a place; this year's round is the campaign
    ("由省工商联主办的2024年光彩事业凉山行活动在西昌市启动。", {("光彩事业凉山行活动", "Programme")}),
    ("锦州市工商联引导企业参加百家商会锦州行、百名锦商回故乡。", {("百家商会锦州行", "Programme")}),
    # a brand of meetings is a programme, not one meeting
    ("要持续深化“亲清直通车·政企恳谈会”品牌。", {("“亲清直通车·政企恳谈会”", "Programme")}),
])
def test_extract_tours_fairs_brands_and_bodies_after_roles(nlp, text, expected):
    assert expected <= ents(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("考察团一行赴锦州考察,代表团锦州行期间参观了企业。", "Programme"),  # a delegation's trip
    ("据悉,两家商会调解委员会成立以来,共受理纠纷127件。", "Organization"),  # counted, none named
    ("凉山州委常委、统战部部长沙马拉且讲话。", "Place"),  # (凉山州 is; 长沙 is not)
])
def test_extract_no_tour_of_a_delegation_no_counted_name_no_place_inside_a_role(nlp, text, absent):
    found = {e for e in ents(nlp, text) if e[1] == absent}
    assert found <= {("凉山州", "Place")}


def test_extract_a_company_is_named_by_its_own_place_not_the_county_s_word_before_it(nlp):
    found = ents(nlp, "名单公布,我县江西赣锋锂业集团股份有限公司上榜。")
    assert ("江西赣锋锂业集团股份有限公司", "Company") in found


@pytest.mark.parametrize("text, expected", [
    # a word jieba reads as a time, after a place and a word of the company's own
    ("近年来,广西农垦明阳生化集团股份有限公司在武鸣区建设基地。", {("广西农垦明阳生化集团股份有限公司", "Company")}),
    # what a training is about, before its kind
    ("6月20日至22日,全省工商联系统宣传信息工作培训班在长沙举办。", {("全省工商联系统宣传信息工作培训班", "Event")}),
    # a round of an activity, named with its year
    ("由陕西省工商联主办的2024年全省非公有制经济人士理想信念教育实践活动在延安举办。",
     {("2024年全省非公有制经济人士理想信念教育实践活动", "Event")}),
    # the meeting that launches a programme
    ("黔南州工商联召开2024年“民营企业服务月”活动启动会。", {("2024年“民营企业服务月”活动启动会", "Event")}),
])
def test_extract_trade_names_topics_dated_activities_and_launches(nlp, text, expected):
    assert expected <= ents(nlp, text)


def test_extract_an_activity_is_an_event_only_by_its_year_and_not_as_what_another_is(nlp):
    assert ("“百企帮百企”活动", "Programme") in ents(nlp, "龙头企业开展“百企帮百企”活动。")
    assert not {e for e in ents(nlp, "此次大会是2016年四川省首场重大投资促进活动。") if e[1] == "Event"}


@pytest.mark.parametrize("text, expected, absent", [
    # a place jieba tags as an adverb opens a company's name
    ("我市恒力集团有限公司、大连万达集团股份有限公司入选。", ("大连万达集团股份有限公司", "Company"), ("万达集团股份有限公司", "Company")),
    # a quoted way of working together is no federation
    ("“检察院+工商联”护航民营企业发展", None, ("检察院+工商联", "Federation")),
    # 亮相 is a verb before the event, not its name
    ("OPPO、vivo等企业亮相东莞民营企业家大会", ("东莞民营企业家大会", "Event"), ("企业亮相东莞民营企业家大会", "Event")),
])
def test_extract_places_read_as_adverbs_quoted_models_and_appearances(nlp, text, expected, absent):
    found = ents(nlp, text)
    assert expected is None or expected in found
    assert absent not in found


def test_extract_companies_by_trade_name_in_a_list_with_one_named_in_full(nlp):
    found = ents(nlp, "恒瑞医药、盛虹集团、天合光能等企业负责人参加签约。")
    assert {("恒瑞医药", "Company"), ("盛虹集团", "Company"), ("天合光能", "Company")} <= found
    assert not {e for e in ents(nlp, "全市餐饮、住宿、零售等企业复工。") if e[1] == "Company"}  # trades


def test_extract_a_count_s_measure_word_opens_no_programme(nlp):
    found = ents(nlp, "共有42个“苏商回归”项目集中签约。")
    assert ("“苏商回归”项目", "Programme") in found
    assert not any(name.startswith("个") for name, _ in found)


def test_extract_an_enlarged_meeting_and_no_chamber_named_by_verbs(nlp):
    found = ents(nlp, "1月25日,新疆维吾尔自治区工商联十三届五次执委(扩大)会议在乌鲁木齐召开。")
    assert ("新疆维吾尔自治区工商联十三届五次执委(扩大)会议", "Event") in found
    assert not {e for e in ents(nlp, "问:请谈谈商会在服务会员方面的做法。") if e[1] == "Chamber"}


@pytest.mark.parametrize("text, expected, absent", [
    # what follows 等 is the kind of everything listed, no part of the last name
    ("市工商联举办了“企业家日”主题论坛、“致敬企业家”颁奖典礼等系列活动。",
     ("“致敬企业家”颁奖典礼", "Event"), ("“致敬企业家”颁奖典礼等系列活动", "Programme")),
    # one round of a programme: the programme is the series
    ("4月9日,市工商联开展第十二期“企业家接待日”活动。", ("“企业家接待日”活动", "Programme"),
     ("第十二期“企业家接待日”活动", "Programme")),
    # honours handed out, their holders counted
    ("金华市工商联为10名“金华市杰出企业家”和20名“金华市优秀企业家”颁奖。", ("“金华市优秀企业家”", "Award"), None),
])
def test_extract_lists_of_kinds_rounds_of_programmes_and_honours_handed_out(nlp, text, expected, absent):
    found = ents(nlp, text)
    assert expected in found
    assert absent not in found


def test_extract_a_club_named_for_its_members_is_a_body(nlp):
    found = ents(nlp, "访问团将与中华全国台湾同胞联谊会座谈。单位举办新春联谊会。")
    assert ("中华全国台湾同胞联谊会", "Organization") in found
    assert not {e for e in found if e[0].endswith("新春联谊会") and e[1] != "Event"}


def test_extract_a_quoted_slogan_of_counts_is_a_programme_whatever_follows(nlp):
    assert ("“百会助百镇 万企兴万村”", "Programme") in ents(nlp, "前往石湾镇开展“百会助百镇 万企兴万村”结对帮扶工作。")


def test_extract_a_town_after_its_county_and_a_village_after_its_town_whatever_jieba_reads(nlp):
    found = ents(nlp, "调研组先后来到兴义市则戎镇冷洞村、安龙县万峰湖镇坝盘村,实地察看。")
    assert {("则戎镇", "Place"), ("冷洞村", "Place"), ("万峰湖镇", "Place"), ("坝盘村", "Place")} <= found
    assert not {("戎镇", "Place"), ("湖镇", "Place")} & found


@pytest.mark.parametrize("text, expected, absent", [
    # two companies joined by 和, which jieba reads into a name (和宸)
    ("代表团参访了厦门天马微电子有限公司和宸鸿科技(厦门)有限公司。", ("宸鸿科技(厦门)有限公司", "Company"),
     ("厦门天马微电子有限公司和宸鸿科技(厦门)有限公司", "Company")),
    # the organisation that runs a programme is no part of its name
    ("8月20日,博罗县石湾镇商会“金秋助学”活动在镇政府举行。", ("“金秋助学”活动", "Programme"),
     ("博罗县石湾镇商会“金秋助学”活动", "Programme")),
    # a prefecture's chambers under it are a kind, as a city's are
    ("各县(市)工商联主席、州直属商会会长参加会议。", None, ("州直属商会", "Chamber")),
    # a word jieba tags as an adverb inside a company's name
    ("哈尔滨东大高新材料股份有限公司负责人表示。", ("哈尔滨东大高新材料股份有限公司", "Company"), None),
    # an event named for two places a dot joins
    ("第二十四届中国·青海绿色发展投资贸易洽谈会在西宁举办。", ("第二十四届中国·青海绿色发展投资贸易洽谈会", "Event"), None),
    # a quoted title with a dot is no person's name; its round in digits is the series
    ("由市委统战部主办的“政企恳谈·有话直说”第18期活动举行。", ("“政企恳谈·有话直说”", "Programme"),
     ("政企恳谈·有话直", "Person")),
    # a meeting's theme is no programme; a quoted meeting keeps its year
    ("以“共创共享 向新而行”为主题的2024年度“余商大会”举行。", ("2024年度“余商大会”", "Event"),
     ("“共创共享 向新而行”", "Programme")),
    # honours handed out, quoted one after another
    ("大会为2024年度“余杭区杰出企业家”“余杭区优秀青年企业家”颁发证书。", ("“余杭区优秀青年企业家”", "Award"), None),
    # a rare surname (寿), not a place's character
    ("上海市工商联主席寿子琪出席论坛。", ("寿子琪", "Person"), None),
    # a quoted campaign's special credit agreement is no programme
    ("市工商联与南安农商银行签订“两个健康”专项授信协议。", None, ("“两个健康”专项", "Programme")),
    # a designation named after a campaign is no programme of its own
    ("会上还为首批20家“万企兴万村”行动市级示范企业授牌。", ("“万企兴万村”行动", "Programme"),
     ("“万企兴万村”行动市级示范", "Programme")),
    # a camp is an event
    ("双方将共同举办「闽港青年企业家交流营」。", ("“闽港青年企业家交流营”", "Event"), None),
    # a trade name with a character jieba reads as a pronoun (人|本), opening its clause
    ("南存辉、人本集团有限公司董事长张童生出席。", ("人本集团有限公司", "Company"), None),
    # a place's name jieba cut in two (新|市), after its province
    ("商会会长、浙江新市米业有限公司董事长沈国平介绍。", ("浙江新市米业有限公司", "Company"), ("市米业有限公司", "Company")),
    # a chamber's own units, named with the bare word for it
    ("商会设立了商会党支部、商会调解委员会和商会青年企业家分会。", None, ("商会调解委员会", "Organization")),
    # a character jieba leaves alone at the start of a listed name opens it (not 我县 before a company)
    ("李永辉与TCL科技集团股份有限公司、亿纬锂能股份有限公司等企业负责人座谈。", ("亿纬锂能股份有限公司", "Company"),
     ("纬锂能股份有限公司", "Company")),
    ("我县江西赣锋锂业集团股份有限公司获评。", ("江西赣锋锂业集团股份有限公司", "Company"),
     ("我县江西赣锋锂业集团股份有限公司", "Company")),
    # a fair named for its place in brackets and what it shows, a phrase jieba reads as fixed
    ("首届中国(东阳)红木家具博览会在东阳开幕。", ("首届中国(东阳)红木家具博览会", "Event"), None),
    # the outlet of a dateline with its place and date
    ("新华社北京3月6日电 全国工商联副主席刘永好表示。", ("新华社", "Organization"), None),
    # a service centre is an organisation with officers, a village's or town's hall is none
    ("宜昌市民营企业法律服务中心主任赵明介绍。", ("宜昌市民营企业法律服务中心", "Organization"), None),
    ("活动在夷陵区龙泉镇党群服务中心举行。", None, ("夷陵区龙泉镇党群服务中心", "Organization")),
    ("大会在东莞市民服务中心举行。", None, ("东莞市民服务中心", "Organization")),
    # a company bought: the buyer's verb is no part of its name
    ("2010年,吉利收购沃尔沃轿车公司全部股权。", ("沃尔沃轿车公司", "Company"), ("吉利收购沃尔沃轿车公司", "Company")),
    # a quoted salon is a series; a board's session by its term and round, joined to what it meets with
    ("由南京市工商联主办的“金陵企业家沙龙”第三期在江宁举行。", ("“金陵企业家沙龙”", "Programme"), None),
    ("大连市浙江商会五届三次理事会暨新春联谊会在大连召开。", ("大连市浙江商会五届三次理事会暨新春联谊会", "Event"),
     ("新春联谊会", "Event")),
    # a quoted service team is a programme; 宣布 opens no meeting's name
    ("区工商联组织“同心·亲清”服务队走进开发区。", ("“同心·亲清”服务队", "Programme"), None),
    ("省委书记沈晓明出席开幕式并宣布大会开幕。", None, ("宣布大会", "Event")),
    # those an award went to, named by the award's verb, and a count of lists are no awards
    ("武进区工商联向获评企业表示热烈祝贺!", None, ("企业表示热烈祝贺", "Award")),
    ("人福医药集团股份公司入围两个榜单。", None, ("两个榜单", "Award")),
    # a quarter's round of a dated event, after its place; a county's media centre
    ("6月28日,宁都县2024年第二季度招商引资项目集中签约仪式举行。", ("宁都县2024年第二季度招商引资项目集中签约仪式", "Event"), None),
    ("(余杭区融媒体中心 记者 陈浩)", ("余杭区融媒体中心", "Organization"), None),
    # who leaves a post is named before 不再担任
    ("会议同意沈建华不再担任区工商联副主席。", ("沈建华", "Person"), None),
    # a profession before its suffix is no trade name; chambers of a kind within a place are none
    ("湖南金州律师事务所主任张斌带队。岳阳市律师协会组建律师服务团。", None, ("律师服务", "Company")),
    ("陈少波一行到省内异地商会调研。", None, ("省内异地商会", "Chamber")),
    # a Japanese or Korean company's legal form, and a chamber of commerce and industry there
    ("代表团拜访了韩国大韩商工会议所,考察了三星电子株式会社。", ("三星电子株式会社", "Company"), None),
    ("代表团拜访了韩国大韩商工会议所。", ("韩国大韩商工会议所", "Chamber"), None),
    # a meeting named after a body whose name holds 的
    ("12月10日,遂昌县新的社会阶层人士联谊会第二次会员大会召开。", ("遂昌县新的社会阶层人士联谊会第二次会员大会", "Event"),
     ("社会阶层人士联谊会第二次会员大会", "Event")),
    # a federation's chairs' session by term and round; a mediator named after the role
    ("7月3日,浙江省工商联召开十二届二十次主席会议。", ("十二届二十次主席会议", "Event"), None),
    ("调解委员会接到申请后,指派调解员张建平介入调解。", ("张建平", "Person"), None),
    # a new year's gathering named for the members it is for; an honour handed out by 授牌
    ("2月18日,漳州市工商联(总商会)2024年度会员企业新春团拜会举行。",
     ("漳州市工商联(总商会)2024年度会员企业新春团拜会", "Event"), ("新春团拜会", "Event")),
    ("团拜会上,市工商联为2023年度“漳州市优秀会员企业”授牌。", ("“漳州市优秀会员企业”", "Award"), None),
    # no title begins inside a zone's name (横琴新|区长)
    ("代表团参观了珠海横琴新区长隆国际海洋度假区。", None, ("隆国际", "Person")),
    # an honour handed out, named with its scope and kind around the quote
    ("会议还为2024年度全省“五好”县级工商联授牌。", ("全省“五好”县级工商联", "Award"), None),
    # a town's chamber after its county, the town's name holding 村 (许/m|村镇)
    ("海宁市许村镇商会会长沈国华说。", ("海宁市许村镇商会", "Chamber"), ("村镇商会", "Chamber")),
    # a trade name opening with a character jieba reads as a time morpheme (今/tg), after its place;
    # a lecturer named after the role
    ("江门市新会区今古洲实业有限公司等30余家企业参加。", ("江门市新会区今古洲实业有限公司", "Company"), None),
    ("县委党校讲师刘慧作专题讲解。", ("刘慧", "Person"), None),
    # a given name ending in 任 before a cue that is no post (张天任|回顾)
    ("商会会长、浙江天能控股集团有限公司董事长张天任回顾了商会十年发展历程。", ("张天任", "Person"), ("张天", "Person")),
    # a trade that is a word of its own (电商) is no company named again (卧龙, a county's short name, opened it)
    ("浙江卧龙电商有限公司总经理金永强当选为会长。金永强表示,将抢抓直播电商发展机遇。",
     ("浙江卧龙电商有限公司", "Company"), ("电商发展", "Company")),
    # a bank's branch named with the places it is in, which jieba reads as words of their own
    ("中国农业银行丽水莲都支行为企业发放贷款1.2亿元。", ("中国农业银行丽水莲都支行", "Company"), ("中国农业银行", "Company")),
    # a person named after a word for kin (儿子), and before 毕业于
    ("董事长陈永福今年将总经理一职交给儿子陈浩。陈浩毕业于英国曼彻斯特大学。", ("陈浩", "Person"), None),
    # a verb of asking others (协调) ends a name: the federation asked to act on banks is no bank's name
    ("公司财务总监李明表示,希望工商联协调银行加大信贷支持。", ("李明", "Person"), ("工商联协调银行", "Company")),
    # a character jieba leaves alone after the place that opens a company's name (惠州|亿/m|纬锂能)
    ("副主席:李明辉(惠州亿纬锂能股份有限公司董事长)", ("惠州亿纬锂能股份有限公司", "Company"),
     ("纬锂能股份有限公司", "Company")),
    # a village named with a number after its county, before a verb (十八/m|洞村|建设)
    ("湖南湘西老爹农业科技开发股份有限公司在花垣县十八洞村建设猕猴桃基地。", ("花垣县十八洞村", "Place"), None),
    # villages of a kind (嘎查村), no village named 查村
    ("全区民营企业结对帮扶嘎查村2500余个。", None, ("查村", "Place")),
    # a number word opening a trade name after its place (贵州|百里/m|杜鹃)
    ("贵州百里杜鹃旅游开发有限公司在大坪村投资建设民宿。", ("贵州百里杜鹃旅游开发有限公司", "Company"), None),
    # a trade name jieba cuts at a measure word (立方/q), after its place
    ("市新联会会长、河南大河财立方传媒有限公司总经理赵勇作了发言。", ("河南大河财立方传媒有限公司", "Company"), None),
    # a count of the quoted before their kind: no one of them is named with it
    ("论坛期间,举办了“数字经济与民营企业转型”“东北亚经贸合作”两场分论坛。", None,
     ("“东北亚经贸合作”两场分论坛", "Event")),
    # a campaign's quoted slogan of two counts inside an event's name (“百企进百村”|结对帮扶签约仪式)
    ("鲅鱼圈区工商联组织开展“百企进百村”结对帮扶签约仪式。", ("“百企进百村”结对帮扶签约仪式", "Event"), None),
    # a foreign state's consulate; a role opening its suffix (领事|馆) ends no name (南宁总)
    ("越南驻南宁总领事馆总领事介绍了越南投资环境。", ("越南驻南宁总领事馆", "GovernmentBody"), None),
    ("邀请东盟国家驻南宁总领事馆代表和商协会代表参加。", None, ("南宁总", "Person")),
    # who a programme is held for (驻青部队) and a verb of judging (评价) end names
    ("组织企业参加驻青部队“民营企业产品进军营”活动。", ("“民营企业产品进军营”活动", "Programme"), None),
    ("工商联党组书记文静评价商会“有作为、有担当”。", None, ("文静评价商会", "Chamber")),
    # a season inside a fair's name
    ("组织会员企业参加德国法兰克福国际春季消费品博览会。", ("德国法兰克福国际春季消费品博览会", "Event"), None),
    # a province's office for Taiwan, Hong Kong and Macau; industrial parks of a kind, no park's name
    ("福建省台港澳办主任宋文博会见了参访团。", ("福建省台港澳办", "GovernmentBody"), None),
    ("参访团将考察台资企业和产业园区。", None, ("产业园区", "Place")),
    # a round of a programme after its place (思明区第十三个|“…”活动): the programme is the series
    ("11月20日,思明区第十三个“民营企业家服务日”活动举行。", ("“民营企业家服务日”活动", "Programme"), None),
    ("金华市婺城区第八期“政企直通车”活动走进金西经济开发区。", ("“政企直通车”活动", "Programme"), None),
    # a county-level city's name that jieba reads across (盘/q|州市): the federation is the whole city's
    ("带动农户1200余户。盘州市工商联组织23家商会会员企业与23个村开展结对。", ("盘州市工商联", "Federation"),
     ("州市工商联", "Federation")),
    # a role that opens an organisation's suffix is no cue for the name before it (以来|调解委员会)
    ("今年以来调解委员会已受理纠纷46件。", None, ("来调解", "Person")),
    # an adverb of one character between a name and its cue (袁武|亦表示) ends the name
    ("香港中华总商会副会长袁武亦表示赞同。", ("袁武", "Person"), ("袁武亦", "Person")),
    # a verb before a name that jieba reads as one word opening with a place (专访|香港中华总商会)
    ("专访香港中华总商会会长蔡冠深\n", ("香港中华总商会", "Chamber"), ("专访香港中华总商会", "Chamber")),
    # events counted, not named (不少于四期|专题培训班)
    ("每年举办不少于四期专题培训班。", None, ("四期专题培训班", "Event")),
    # schools named by where they are, no name of their own
    ("女企业家商会向山区学校捐赠图书。", None, ("山区学校", "Organization")),
    # 非公 (jieba: an adverb) opens an event's name
    ("非公企业党建工作推进会在温州召开。", ("非公企业党建工作推进会", "Event"), None),
    # a ranking published: what was published, not the verb before it
    ("此次还同步发布了民营企业制造业100强榜单。", ("民营企业制造业100强", "Award"), None),
    # who unveils a plaque for others, after a title, whatever the given name holds (施能坑|为党支部揭牌)
    ("商会会长施能坑为党支部揭牌。", ("施能坑", "Person"), None),
    # a company's country in brackets inside its name
    ("中国银行(巴西)有限公司行长杜军表示欢迎。", ("中国银行(巴西)有限公司", "Company"), ("中国银行", "Company")),
    # a company's place in brackets after its trade name, before words of trade alone
    ("安徽江淮汽车集团股份有限公司副总经理陈元胜,联宝(合肥)电子科技有限公司总裁柳晓东等参加。",
     ("联宝(合肥)电子科技有限公司", "Company"), None),
    # a trade name jieba reads as a person's name and single characters (北京|金诚/nr|同|达|律师事务所)
    ("朝阳区工商联副主席、北京金诚同达律师事务所高级合伙人李刚主持讲座。", ("北京金诚同达律师事务所", "Company"), None),
    # who hands a plaque over for a chamber is no part of its name (陆勇|为|商会授牌)
    ("南宁市工商联副主席陆勇为商会授牌。", ("陆勇", "Person"), ("陆勇为商会", "Chamber")),
    # 为 and 任 end a given name before a cue that is no post (郭大为|出席, 张天任|汇报), not before a ceremony's
    ("陕西省工商联党组书记、常务副主席郭大为出席并讲话。", ("郭大为", "Person"), ("郭大", "Person")),
    ("天能控股集团有限公司董事长张天任汇报了企业技术创新情况。", ("张天任", "Person"), ("张天", "Person")),
    ("县工商联主席王勇为出席活动的嘉宾颁奖。", ("王勇", "Person"), ("王勇为", "Person")),
    # a university's president: 大学 and 校长, no school named 大学校
    ("华侨大学校长徐西鹏会见来访客人。", ("华侨大学", "Organization"), ("华侨大学校", "Organization")),
    # the best chosen of a quoted campaign is an honour
    ("会议发布了2024年度海曙区“两个健康”十大典型案例。", ("2024年度海曙区“两个健康”十大典型案例", "Award"), None),
    # an association named 协进会 (Taiwan's business associations)
    ("台灣工商協進會理事長林伯豐率領訪問團抵達廈門。", ("台湾工商协进会", "Chamber"), None),
    # a designated zone is no programme (“…”示范|区创建工作)
    ("重点抓好“民营经济健康发展”示范区创建工作。", None, ("“民营经济健康发展”示范", "Programme")),
    # a trade word between a place and characters jieba left alone (浙江|物产|中|大|集团)
    ("浙江省工商联副主席、浙江物产中大集团股份有限公司董事长陈新表示。", ("浙江物产中大集团股份有限公司", "Company"), None),
    # a club of returned overseas Chinese is a body, and no 侨联 inside its name
    ("泉州市菲律宾归侨联谊会成为服务站承建单位。", ("泉州市菲律宾归侨联谊会", "Organization"),
     ("泉州市菲律宾归侨联", "Organization")),
    # what is said of students before 大学 names no university
    ("为帮助困难学子圆梦大学,商会向50名困难大学新生发放助学金。", None, ("困难大学", "Organization")),
    ("为帮助困难学子圆梦大学,商会发放助学金。", None, ("困难学子圆梦大学", "Organization")),
    # a consultation meeting (协商会) is no chamber
    ("在12月3日召开的市政协专题协商会上,市政协委员张兴海建议。", ("市政协专题协商会", "Event"), ("市政协专题协商会", "Chamber")),
    # a division's name that jieba reads as a common word opens a company's name (大同/d|煤矿集团)
    ("山西大同大学教授张华、大同煤矿集团有限责任公司副总经理赵勇等发言。", ("大同煤矿集团有限责任公司", "Company"), None),
    # a guild hall of people from one place
    ("泰国潮州会馆主席陈汉士致辞。", ("泰国潮州会馆", "Organization"), None),
    # what a person does to a body ends before its name (高峰宣读|协会成立批复); chambers of a kind, resident
    ("垦利区工商联主席高峰宣读协会成立批复。", ("高峰", "Person"), ("高峰宣读协会", "Chamber")),
    ("山东省工商联召开驻鲁外省商会会长座谈会。", None, ("驻鲁外省商会", "Chamber")),
    # trade with a country opens an event's name (对俄|经贸合作对接会)
    ("12月3日,黑龙江省工商联举办对俄经贸合作对接会。", ("对俄经贸合作对接会", "Event"), ("俄经贸合作对接会", "Event")),
    # no person of the words between two names
    ("邀请王明、市领导、李华出席。", None, ("市领导", "Person")),
    # a festival of entrepreneurs
    ("11月1日,叙州区首届民营企业家节开幕。", ("叙州区首届民营企业家节", "Event"), None),
    # what a chamber's Party committee sets up is no part of a name (…商会党委|下设|党支部)
    ("长乐区商会党委下设党支部12个。", None, ("长乐区商会党委下设党支部", "GovernmentBody")),
    # chambers of a place's people counted, none named
    ("来自北京、上海、深圳等地的15家广安商会负责人参会。", None, ("广安商会", "Chamber")),
    # 全州 in an article about an autonomous prefecture is all of it, no county's chamber
    ("伊犁哈萨克自治州工商联召开全州商会工作会议。", None, ("全州商会", "Chamber")),
    # a Chinese trade name before one in Latin letters, after its place (江西|赛维|LDK|太阳能…)
    ("大会选举江西赛维LDK太阳能高科技有限公司副总裁佟兴雪为会长。", ("江西赛维LDK太阳能高科技有限公司", "Company"), None),
    # a branch named after its company, whose place the company's name holds in brackets
    ("网易(杭州)网络有限公司广州分公司总经理李芳发言。", ("网易(杭州)网络有限公司广州分公司", "Company"),
     ("广州分公司", "Company")),
    # 丘, a Hakka surname
    ("香港嘉应商会会长丘锦荣致辞。", ("丘锦荣", "Person"), None),
    # the chambers of a place's people elsewhere (在外|海门商会) are a kind
    ("南通市海门区召开在外海门商会联谊会。", None, ("海门商会", "Chamber")),
    # a number word opening a trade name after several places (云南曲靖麒麟区|众一/m|食品有限公司)
    ("云南曲靖麒麟区众一食品有限公司总经理李海表示。", ("云南曲靖麒麟区众一食品有限公司", "Company"), None),
    # who gives a lecture (主讲), after a title, whatever the given name holds
    ("广东四通集团股份有限公司董事长蔡镇城主讲“家族企业传承”。", ("蔡镇城", "Person"), None),
    # 木, a Naxi surname
    ("古城区委常委、统战部部长木丽华出席年会。", ("木丽华", "Person"), None),
    # a quoted event with its year after its kind
    ("由深圳市潮汕商会主办的“潮商论坛2024”在深圳举行。", ("“潮商论坛2024”", "Event"), ("潮商论坛", "Event")),
    # a leadership's dated meeting; the kind of all quoted after 等 is no part of the last one's name
    ("温州市鞋革行业协会召开2024年第一次会长办公会议。", ("2024年第一次会长办公会议", "Event"), None),
    ("会议研究了“顺商大讲堂”“企业家沙龙”等重点活动安排。", ("“企业家沙龙”", "Programme"),
     ("“企业家沙龙”等重点活动", "Programme")),
    # honours praised after their counts (10名“…”和20名“…”), holders unnamed
    ("市委、市政府对10名“优秀民营企业家”和20名“突出贡献人物”进行通报表扬。", ("“突出贡献人物”", "Award"), None),
])
def test_extract_companies_joined_by_和_programmes_after_their_owner_and_datelines(nlp, text, expected, absent):
    found = ents(nlp, text)
    assert expected is None or expected in found
    assert absent not in found
