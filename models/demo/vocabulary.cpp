#include "demo/vocabulary.h"

namespace doorstep::demo {
namespace {
QString pick(const QStringList &list, std::mt19937_64 &rng)
{
    return list.at(int(rng() % quint64(list.size())));
}
} // namespace

const QList<DistrictInfo> &shanghaiDistricts()
{
    static const QList<DistrictInfo> d{
        {u"310101", u"黄浦区", u"Huangpu", 31.2317, 121.4846, 2.5, true, {QStringLiteral("南京东路"), QStringLiteral("淮海中路"), QStringLiteral("西藏南路"), QStringLiteral("复兴东路"), QStringLiteral("河南南路"), QStringLiteral("中山南路"), QStringLiteral("建国东路"), QStringLiteral("瑞金二路")}},
        {u"310104", u"徐汇区", u"Xuhui", 31.1885, 121.4365, 4.0, true, {QStringLiteral("漕溪北路"), QStringLiteral("肇嘉浜路"), QStringLiteral("天钥桥路"), QStringLiteral("宜山路"), QStringLiteral("龙华中路"), QStringLiteral("田林路"), QStringLiteral("虹梅路"), QStringLiteral("斜土路"), QStringLiteral("衡山路"), QStringLiteral("钦州路")}},
        {u"310105", u"长宁区", u"Changning", 31.2204, 121.4241, 3.5, true, {QStringLiteral("仙霞路"), QStringLiteral("天山路"), QStringLiteral("娄山关路"), QStringLiteral("延安西路"), QStringLiteral("虹桥路"), QStringLiteral("古北路"), QStringLiteral("北新泾路"), QStringLiteral("金钟路")}},
        {u"310106", u"静安区", u"Jing'an", 31.2290, 121.4480, 3.5, true, {QStringLiteral("南京西路"), QStringLiteral("延平路"), QStringLiteral("共和新路"), QStringLiteral("大宁路"), QStringLiteral("彭江路"), QStringLiteral("万荣路"), QStringLiteral("芷江西路"), QStringLiteral("西康路")}},
        {u"310107", u"普陀区", u"Putuo", 31.2495, 121.3972, 4.0, true, {QStringLiteral("真北路"), QStringLiteral("曹杨路"), QStringLiteral("武宁路"), QStringLiteral("金沙江路"), QStringLiteral("铜川路"), QStringLiteral("长寿路"), QStringLiteral("中山北路"), QStringLiteral("桃浦路")}},
        {u"310109", u"虹口区", u"Hongkou", 31.2646, 121.5052, 3.0, true, {QStringLiteral("四川北路"), QStringLiteral("曲阳路"), QStringLiteral("临平路"), QStringLiteral("大连西路"), QStringLiteral("水电路"), QStringLiteral("欧阳路"), QStringLiteral("广中路"), QStringLiteral("东江湾路")}},
        {u"310110", u"杨浦区", u"Yangpu", 31.2595, 121.5260, 4.0, true, {QStringLiteral("国权路"), QStringLiteral("五角场"), QStringLiteral("控江路"), QStringLiteral("长阳路"), QStringLiteral("平凉路"), QStringLiteral("黄兴路"), QStringLiteral("殷行路"), QStringLiteral("政立路")}},
        {u"310112", u"闵行区", u"Minhang", 31.1128, 121.3817, 7.0, true, {QStringLiteral("七莘路"), QStringLiteral("虹井路"), QStringLiteral("古美路"), QStringLiteral("莘庄路"), QStringLiteral("都市路"), QStringLiteral("沪闵路"), QStringLiteral("浦锦路"), QStringLiteral("春申路"), QStringLiteral("顾戴路")}},
        {u"310113", u"宝山区", u"Baoshan", 31.4045, 121.4894, 7.0, false, {QStringLiteral("友谊路"), QStringLiteral("牡丹江路"), QStringLiteral("共康路"), QStringLiteral("淞宝路"), QStringLiteral("呼兰路"), QStringLiteral("殷高西路")}},
        {u"310114", u"嘉定区", u"Jiading", 31.3747, 121.2655, 8.0, false, {QStringLiteral("博乐路"), QStringLiteral("城中路"), QStringLiteral("沪宜公路"), QStringLiteral("曹安公路"), QStringLiteral("墨玉路"), QStringLiteral("胜辛路")}},
        {u"310115", u"浦东新区", u"Pudong", 31.2215, 121.5447, 9.0, true, {QStringLiteral("世纪大道"), QStringLiteral("张杨路"), QStringLiteral("浦东南路"), QStringLiteral("锦绣路"), QStringLiteral("东方路"), QStringLiteral("杨高中路"), QStringLiteral("金桥路"), QStringLiteral("川沙路"), QStringLiteral("芳甸路"), QStringLiteral("高科西路"), QStringLiteral("杨思路")}},
        {u"310116", u"金山区", u"Jinshan", 30.7417, 121.3421, 9.0, false, {QStringLiteral("卫清西路"), QStringLiteral("龙航路"), QStringLiteral("石化大道"), QStringLiteral("蒙山路")}},
        {u"310117", u"松江区", u"Songjiang", 31.0322, 121.2277, 8.0, false, {QStringLiteral("人民北路"), QStringLiteral("荣乐东路"), QStringLiteral("文诚路"), QStringLiteral("九亭大街"), QStringLiteral("新松江路")}},
        {u"310118", u"青浦区", u"Qingpu", 31.1505, 121.1242, 9.0, false, {QStringLiteral("公园路"), QStringLiteral("城中东路"), QStringLiteral("华新镇华志路"), QStringLiteral("徐泾镇诸光路")}},
        {u"310120", u"奉贤区", u"Fengxian", 30.9179, 121.4741, 9.0, false, {QStringLiteral("南桥路"), QStringLiteral("解放东路"), QStringLiteral("环城东路"), QStringLiteral("金海公路")}},
        {u"310151", u"崇明区", u"Chongming", 31.6228, 121.3973, 12.0, false, {QStringLiteral("城桥镇八一路"), QStringLiteral("人民路"), QStringLiteral("翠竹路")}},
    };
    return d;
}

const QList<RegionInfo> &birthplaces()
{
    static const QList<RegionInfo> r{
        {u"340104", u"安徽省合肥市蜀山区", 6}, {u"341204", u"安徽省阜阳市颍泉区", 8}, {u"341321", u"安徽省宿州市砀山县", 6},
        {u"340822", u"安徽省安庆市怀宁县", 5}, {u"411323", u"河南省南阳市淅川县", 6}, {u"411502", u"河南省信阳市浉河区", 6},
        {u"411623", u"河南省周口市商水县", 7}, {u"410527", u"河南省安阳市内黄县", 3}, {u"320382", u"江苏省徐州市邳州市", 5},
        {u"320923", u"江苏省盐城市阜宁县", 4}, {u"321323", u"江苏省宿迁市泗阳县", 4}, {u"510722", u"四川省绵阳市三台县", 5},
        {u"511322", u"四川省南充市营山县", 5}, {u"513901", u"四川省资阳市雁江区", 2}, {u"420117", u"湖北省武汉市新洲区", 3},
        {u"421127", u"湖北省黄冈市黄梅县", 4}, {u"430524", u"湖南省邵阳市隆回县", 3}, {u"431102", u"湖南省永州市零陵区", 2},
        {u"360425", u"江西省九江市永修县", 3}, {u"362426", u"江西省吉安市泰和县", 3}, {u"370883", u"山东省济宁市邹城市", 3},
        {u"371321", u"山东省临沂市沂南县", 3}, {u"330621", u"浙江省绍兴市柯桥区", 1}, {u"621124", u"甘肃省定西市临洮县", 2},
        {u"500235", u"重庆市云阳县", 4}, {u"500101", u"重庆市万州区", 4}, {u"522401", u"贵州省毕节市七星关区", 2},
        {u"310104", u"上海市徐汇区", 3}, {u"310115", u"上海市浦东新区", 3}, {u"310110", u"上海市杨浦区", 2},
    };
    return r;
}

const QList<QualificationInfo> &qualificationTypes()
{
    static const QList<QualificationInfo> q{
        {u"electrician", u"低压电工作业证", u"Low-voltage electrician licence"},
        {u"locksmith", u"开锁从业备案证明", u"Locksmith public-security filing"},
        {u"appliance", u"家用电子产品维修工证", u"Appliance repair technician certificate"},
        {u"plumber", u"管工职业技能证书", u"Plumber skills certificate"},
        {u"childcare", u"育婴员证", u"Infant-care worker certificate"},
        {u"eldercare", u"养老护理员证", u"Elderly-care worker certificate"},
        {u"beautician", u"美容师证", u"Beautician certificate"},
    };
    return q;
}

const QList<CategoryInfo> &serviceCatalogue()
{
    static const QList<CategoryInfo> c{
        {u"cleaning", u"日常保洁", u"Home cleaning", 40, {
             {u"clean_basic_2h", u"日常保洁 2小时", u"Cleaning, 2 hours", 11800, 120, u""},
             {u"clean_basic_3h", u"日常保洁 3小时", u"Cleaning, 3 hours", 16800, 180, u""},
             {u"clean_deep", u"深度保洁", u"Deep cleaning", 39800, 240, u""},
             {u"clean_kitchen", u"厨房油烟机清洗", u"Range hood cleaning", 15800, 90, u""},
             {u"clean_move_in", u"新居开荒保洁", u"Move-in cleaning", 69800, 360, u""},
             {u"clean_glass", u"擦玻璃", u"Window cleaning", 12800, 120, u""}}},
        {u"appliance", u"家电维修", u"Appliance repair", 14, {
             {u"ac_repair", u"空调维修", u"Air-conditioner repair", 8000, 90, u"appliance"},
             {u"ac_clean", u"空调清洗", u"Air-conditioner cleaning", 9900, 60, u""},
             {u"washer_repair", u"洗衣机维修", u"Washing-machine repair", 7000, 90, u"appliance"},
             {u"fridge_repair", u"冰箱维修", u"Refrigerator repair", 8000, 90, u"appliance"},
             {u"heater_repair", u"热水器维修", u"Water-heater repair", 7000, 60, u"appliance"}}},
        {u"plumbing", u"管道疏通", u"Plumbing", 10, {
             {u"drain_unclog", u"下水道疏通", u"Drain unclogging", 12000, 60, u""},
             {u"toilet_unclog", u"马桶疏通", u"Toilet unclogging", 10000, 60, u""},
             {u"pipe_leak", u"水管漏水维修", u"Leaking pipe repair", 15000, 90, u"plumber"},
             {u"faucet_replace", u"水龙头更换", u"Faucet replacement", 6000, 45, u""}}},
        {u"electrical", u"电路维修", u"Electrical", 7, {
             {u"circuit_fix", u"电路故障检修", u"Circuit fault repair", 12000, 90, u"electrician"},
             {u"socket_install", u"插座开关安装", u"Socket and switch fitting", 5000, 45, u"electrician"},
             {u"lamp_install", u"灯具安装", u"Light fitting", 8000, 60, u"electrician"}}},
        {u"unlocking", u"开锁换锁", u"Locks", 5, {
             {u"door_unlock", u"开门锁", u"Door unlocking", 10000, 30, u"locksmith"},
             {u"lock_replace", u"换锁芯", u"Lock cylinder replacement", 18000, 45, u"locksmith"},
             {u"smart_lock", u"智能锁安装", u"Smart lock installation", 20000, 90, u"locksmith"}}},
        {u"nanny", u"保姆月嫂", u"Nanny and childcare", 8, {
             {u"nanny_day", u"住家保姆 (天)", u"Live-in nanny, per day", 30000, 600, u""},
             {u"childcare_4h", u"育儿嫂 4小时", u"Childcare, 4 hours", 22000, 240, u"childcare"},
             {u"maternity_day", u"月嫂 (天)", u"Maternity nurse, per day", 58000, 600, u"childcare"}}},
        {u"eldercare", u"养老护理", u"Elderly care", 8, {
             {u"elder_4h", u"居家陪护 4小时", u"Home companion, 4 hours", 20000, 240, u"eldercare"},
             {u"elder_bath", u"助浴服务", u"Bathing assistance", 16000, 90, u"eldercare"},
             {u"elder_visit", u"上门探访", u"Wellbeing visit", 9000, 60, u""}}},
        {u"beauty", u"上门美容美甲", u"Beauty at home", 8, {
             {u"manicure", u"美甲", u"Manicure", 16800, 90, u"beautician"},
             {u"facial", u"面部护理", u"Facial care", 29800, 90, u"beautician"},
             {u"massage", u"肩颈推拿", u"Shoulder and neck massage", 19800, 60, u"beautician"}}},
    };
    return c;
}

const QList<CourseInfo> &courses()
{
    static const QList<CourseInfo> c{
        {u"onboarding", u"入职培训", u"Onboarding", true},
        {u"safety", u"安全操作规范", u"Safety procedures", true},
        {u"etiquette", u"服务礼仪", u"Service etiquette", true},
        {u"privacy", u"客户隐私保护", u"Customer privacy", true},
        {u"skills", u"专业技能提升", u"Professional skills", false},
    };
    return c;
}

const QList<AssessmentInfo> &assessments()
{
    static const QList<AssessmentInfo> a{
        {u"service_quality", u"服务质量考核", u"Service quality assessment", 70},
        {u"safety_exam", u"安全知识考试", u"Safety exam", 80},
        {u"skills_test", u"专业技能考核", u"Skills test", 75},
    };
    return a;
}

QString chineseName(std::mt19937_64 &rng, bool male)
{
    // Surnames repeated by rough frequency; given-name characters by typical use.
    static const QString surnames = QStringLiteral(
        "王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴吴周周徐徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
    static const QString maleChars = QStringLiteral("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆亮成建文志国兴德海东林峰博");
    static const QString femaleChars = QStringLiteral("芳娜敏静丽艳娟霞秀英梅琳玉萍红燕婷雪慧莉兰凤洁琴云颖倩佳欣怡晶桂珍春");
    const QString &given = male ? maleChars : femaleChars;
    QString name = surnames.at(int(rng() % quint64(surnames.size())));
    name += given.at(int(rng() % quint64(given.size())));
    if (rng() % 3 != 0)
        name += given.at(int(rng() % quint64(given.size())));
    return name;
}

QString residentialAddress(const DistrictInfo &d, std::mt19937_64 &rng)
{
    static const QStringList compounds{QStringLiteral("花园"), QStringLiteral("新村"), QStringLiteral("公寓"), QStringLiteral("小区"), QStringLiteral("苑")};
    static const QStringList prefixes{QStringLiteral("康乐"), QStringLiteral("金都"), QStringLiteral("明珠"), QStringLiteral("锦绣"), QStringLiteral("阳光"),
                                      QStringLiteral("绿洲"), QStringLiteral("华庭"), QStringLiteral("东方"), QStringLiteral("世纪"), QStringLiteral("枫林")};
    const QString street = pick(d.streets, rng);
    return QString::fromUtf16(d.name) + street + QString::number(1 + rng() % 1200) + QStringLiteral("弄")
        + pick(prefixes, rng) + pick(compounds, rng) + QString::number(1 + rng() % 30) + QStringLiteral("号")
        + QString::number(1 + rng() % 28) + QStringLiteral("%1室").arg(1 + rng() % 4, 2, 10, QChar(u'0'));
}

const QStringList &ratingComments(int stars)
{
    static const QStringList good{QStringLiteral("师傅很准时，干活仔细，非常满意！"), QStringLiteral("服务态度好，打扫得很干净"), QStringLiteral("专业高效，下次还找他"),
                                  QStringLiteral("阿姨很细心，厨房油污都清理了"), QStringLiteral("提前打电话确认，很贴心"), QStringLiteral("修得很快，收费透明"),
                                  QStringLiteral("穿鞋套进门，工具齐全，好评"), QStringLiteral("老人很喜欢这位护理员")};
    static const QStringList middling{QStringLiteral("还可以，就是来得有点晚"), QStringLiteral("一般，有些角落没打扫到"), QStringLiteral("服务正常，价格稍贵"),
                                      QStringLiteral("沟通还行，效果一般")};
    static const QStringList bad{QStringLiteral("迟到一个多小时，也没提前说"), QStringLiteral("没修好又要再约一次"), QStringLiteral("态度差，不推荐"),
                                 QStringLiteral("弄坏了东西还不承认"), QStringLiteral("临时加价，很不满意")};
    return stars >= 4 ? good : stars == 3 ? middling : bad;
}

const QList<ComplaintStory> &complaintStories()
{
    using C = domain::ComplaintCategory;
    static const QList<ComplaintStory> c{
        {C::NoShow, QStringLiteral("迟到")},         {C::Quality, QStringLiteral("服务质量差")},
        {C::Damage, QStringLiteral("损坏物品")},     {C::Attitude, QStringLiteral("态度恶劣")},
        {C::Overcharge, QStringLiteral("乱收费")},   {C::NoShow, QStringLiteral("未上门")},
        {C::Safety, QStringLiteral("服务人员未经同意拍摄室内")}, {C::Other, QStringLiteral("预约电话打不通")}};
    return c;
}

const QStringList &cancellationReasons()
{
    static const QStringList c{QStringLiteral("客户行程有变"), QStringLiteral("客户重复下单"), QStringLiteral("无可用服务人员"),
                               QStringLiteral("客户联系不上"), QStringLiteral("价格异议")};
    return c;
}

const QStringList &backgroundCheckAgencies()
{
    static const QStringList c{QStringLiteral("上海市公安局无犯罪记录证明"), QStringLiteral("诚信背景调查中心"), QStringLiteral("安心背调")};
    return c;
}

} // namespace doorstep::demo
