#include "domain/regions.h"

#include <array>

namespace doorstep::domain {
namespace {
struct Province
{
    int code;
    const char16_t *name;
};

constexpr std::array kProvinces{
    Province{11, u"北京市"}, Province{12, u"天津市"}, Province{13, u"河北省"}, Province{14, u"山西省"},
    Province{15, u"内蒙古自治区"}, Province{21, u"辽宁省"}, Province{22, u"吉林省"}, Province{23, u"黑龙江省"},
    Province{31, u"上海市"}, Province{32, u"江苏省"}, Province{33, u"浙江省"}, Province{34, u"安徽省"},
    Province{35, u"福建省"}, Province{36, u"江西省"}, Province{37, u"山东省"}, Province{41, u"河南省"},
    Province{42, u"湖北省"}, Province{43, u"湖南省"}, Province{44, u"广东省"}, Province{45, u"广西壮族自治区"},
    Province{46, u"海南省"}, Province{50, u"重庆市"}, Province{51, u"四川省"}, Province{52, u"贵州省"},
    Province{53, u"云南省"}, Province{54, u"西藏自治区"}, Province{61, u"陕西省"}, Province{62, u"甘肃省"},
    Province{63, u"青海省"}, Province{64, u"宁夏回族自治区"}, Province{65, u"新疆维吾尔自治区"}, Province{71, u"台湾省"},
    Province{81, u"香港特别行政区"}, Province{82, u"澳门特别行政区"},
    // Not a GB/T 2260 province: the region of Taiwan residents' residence
    // permits (港澳台居民居住证, 2018), which carry GB 11643 numbers. Workers
    // holding one are rare but real, and must not be refused.
    Province{83, u"台湾地区（居住证）"},
};

// Current codes checked against the National Bureau of Statistics' county list;
// abolished ones are marked (older ID numbers still carry them). Sorted by
// code (tst_regions checks it).
constexpr std::array kCounties{
    CountyCode{u"310101", u"上海市黄浦区", true},
    CountyCode{u"310102", u"上海市南市区", false}, // merged into 黄浦 in 2000
    CountyCode{u"310103", u"上海市卢湾区", false}, // merged into 黄浦 in 2011
    CountyCode{u"310104", u"上海市徐汇区", true},
    CountyCode{u"310105", u"上海市长宁区", true},
    CountyCode{u"310106", u"上海市静安区", true},
    CountyCode{u"310107", u"上海市普陀区", true},
    CountyCode{u"310108", u"上海市闸北区", false}, // merged into 静安 in 2015
    CountyCode{u"310109", u"上海市虹口区", true},
    CountyCode{u"310110", u"上海市杨浦区", true},
    CountyCode{u"310112", u"上海市闵行区", true},
    CountyCode{u"310113", u"上海市宝山区", true},
    CountyCode{u"310114", u"上海市嘉定区", true},
    CountyCode{u"310115", u"上海市浦东新区", true},
    CountyCode{u"310116", u"上海市金山区", true},
    CountyCode{u"310117", u"上海市松江区", true},
    CountyCode{u"310118", u"上海市青浦区", true},
    CountyCode{u"310119", u"上海市南汇区", false}, // merged into 浦东 in 2009
    CountyCode{u"310120", u"上海市奉贤区", true},
    CountyCode{u"310151", u"上海市崇明区", true},
    CountyCode{u"310221", u"上海市上海县", false}, // became 闵行区 in 1992
    CountyCode{u"310222", u"上海市嘉定县", false}, // became 嘉定区 in 1992
    CountyCode{u"310223", u"上海市宝山县", false}, // merged into 宝山区 in 1988
    CountyCode{u"310224", u"上海市川沙县", false}, // merged into 浦东新区 in 1993
    CountyCode{u"310225", u"上海市南汇县", false}, // became 南汇区 in 2001
    CountyCode{u"310226", u"上海市奉贤县", false}, // became 奉贤区 in 2001
    CountyCode{u"310227", u"上海市松江县", false}, // became 松江区 in 1998
    CountyCode{u"310228", u"上海市金山县", false}, // became 金山区 in 1997
    CountyCode{u"310229", u"上海市青浦县", false}, // became 青浦区 in 1999
    CountyCode{u"310230", u"上海市崇明县", false}, // became 崇明区 (310151) in 2016
    CountyCode{u"320324", u"江苏省徐州市睢宁县", true},
    CountyCode{u"320382", u"江苏省徐州市邳州市", true},
    CountyCode{u"320722", u"江苏省连云港市东海县", true},
    CountyCode{u"320826", u"江苏省淮安市涟水县", true},
    CountyCode{u"320923", u"江苏省盐城市阜宁县", true},
    CountyCode{u"321322", u"江苏省宿迁市沭阳县", true},
    CountyCode{u"321323", u"江苏省宿迁市泗阳县", true},
    CountyCode{u"330424", u"浙江省嘉兴市海盐县", true},
    CountyCode{u"330603", u"浙江省绍兴市柯桥区", true},
    CountyCode{u"330621", u"浙江省绍兴市绍兴县", false}, // became 柯桥区 (330603) in 2013
    CountyCode{u"331121", u"浙江省丽水市青田县", true},
    CountyCode{u"340104", u"安徽省合肥市蜀山区", true},
    CountyCode{u"340122", u"安徽省合肥市肥东县", true},
    CountyCode{u"340421", u"安徽省淮南市凤台县", true},
    CountyCode{u"340822", u"安徽省安庆市怀宁县", true},
    CountyCode{u"340826", u"安徽省安庆市宿松县", true},
    CountyCode{u"340881", u"安徽省安庆市桐城市", true},
    CountyCode{u"341204", u"安徽省阜阳市颍泉区", true},
    CountyCode{u"341221", u"安徽省阜阳市临泉县", true},
    CountyCode{u"341222", u"安徽省阜阳市太和县", true},
    CountyCode{u"341226", u"安徽省阜阳市颍上县", true},
    CountyCode{u"341321", u"安徽省宿州市砀山县", true},
    CountyCode{u"341322", u"安徽省宿州市萧县", true},
    CountyCode{u"341522", u"安徽省六安市霍邱县", true},
    CountyCode{u"341524", u"安徽省六安市金寨县", true},
    CountyCode{u"341621", u"安徽省亳州市涡阳县", true},
    CountyCode{u"360424", u"江西省九江市修水县", true},
    CountyCode{u"360425", u"江西省九江市永修县", true},
    CountyCode{u"360732", u"江西省赣州市兴国县", true},
    CountyCode{u"360826", u"江西省吉安市泰和县", true},
    CountyCode{u"361128", u"江西省上饶市鄱阳县", true},
    CountyCode{u"362426", u"江西省吉安地区泰和县", false}, // 吉安地区 became a city in 2000 (360826)
    CountyCode{u"370883", u"山东省济宁市邹城市", true},
    CountyCode{u"371321", u"山东省临沂市沂南县", true},
    CountyCode{u"371721", u"山东省菏泽市曹县", true},
    CountyCode{u"371722", u"山东省菏泽市单县", true},
    CountyCode{u"410527", u"河南省安阳市内黄县", true},
    CountyCode{u"411323", u"河南省南阳市西峡县", true},
    CountyCode{u"411326", u"河南省南阳市淅川县", true},
    CountyCode{u"411381", u"河南省南阳市邓州市", true},
    CountyCode{u"411425", u"河南省商丘市虞城县", true},
    CountyCode{u"411502", u"河南省信阳市浉河区", true},
    CountyCode{u"411525", u"河南省信阳市固始县", true},
    CountyCode{u"411526", u"河南省信阳市潢川县", true},
    CountyCode{u"411623", u"河南省周口市商水县", true},
    CountyCode{u"411628", u"河南省周口市鹿邑县", true},
    CountyCode{u"411722", u"河南省驻马店市上蔡县", true},
    CountyCode{u"420117", u"湖北省武汉市新洲区", true},
    CountyCode{u"421125", u"湖北省黄冈市浠水县", true},
    CountyCode{u"421127", u"湖北省黄冈市黄梅县", true},
    CountyCode{u"421181", u"湖北省黄冈市麻城市", true},
    CountyCode{u"429004", u"湖北省仙桃市", true},
    CountyCode{u"430524", u"湖南省邵阳市隆回县", true},
    CountyCode{u"430626", u"湖南省岳阳市平江县", true},
    CountyCode{u"431102", u"湖南省永州市零陵区", true},
    CountyCode{u"431322", u"湖南省娄底市新化县", true},
    CountyCode{u"450881", u"广西壮族自治区贵港市桂平市", true},
    CountyCode{u"500101", u"重庆市万州区", true},
    CountyCode{u"500230", u"重庆市丰都县", true},
    CountyCode{u"500235", u"重庆市云阳县", true},
    CountyCode{u"500236", u"重庆市奉节县", true},
    CountyCode{u"510722", u"四川省绵阳市三台县", true},
    CountyCode{u"511322", u"四川省南充市营山县", true},
    CountyCode{u"511324", u"四川省南充市仪陇县", true},
    CountyCode{u"511621", u"四川省广安市岳池县", true},
    CountyCode{u"511725", u"四川省达州市渠县", true},
    CountyCode{u"511921", u"四川省巴中市通江县", true},
    CountyCode{u"512021", u"四川省资阳市安岳县", true},
    CountyCode{u"520502", u"贵州省毕节市七星关区", true},
    CountyCode{u"520526", u"贵州省毕节市威宁彝族回族苗族自治县", true},
    CountyCode{u"522401", u"贵州省毕节地区毕节市", false}, // became 七星关区 (520502) in 2011
    CountyCode{u"522601", u"贵州省黔东南苗族侗族自治州凯里市", true},
    CountyCode{u"610921", u"陕西省安康市汉阴县", true},
    CountyCode{u"620422", u"甘肃省白银市会宁县", true},
    CountyCode{u"621124", u"甘肃省定西市临洮县", true},
    CountyCode{u"621226", u"甘肃省陇南市礼县", true},
    CountyCode{u"810000", u"香港特别行政区", true},
    CountyCode{u"820000", u"澳门特别行政区", true},
    CountyCode{u"830000", u"台湾地区", true},
};
} // namespace

std::span<const CountyCode> knownCounties()
{
    return kCounties;
}

const CountyCode *findCounty(QStringView code6)
{
    if (code6.size() != 6)
        return nullptr;
    for (const CountyCode &c : kCounties)
        if (code6 == QStringView(c.code))
            return &c;
    return nullptr;
}

QString provinceName(int twoDigits)
{
    for (const Province &p : kProvinces)
        if (p.code == twoDigits)
            return QString::fromUtf16(p.name);
    return QString();
}

QString provinceNameOf(QStringView code6)
{
    if (code6.size() < 2 || code6[0] < u'0' || code6[0] > u'9' || code6[1] < u'0' || code6[1] > u'9')
        return QString();
    return provinceName((code6[0].unicode() - u'0') * 10 + (code6[1].unicode() - u'0'));
}

QString regionName(QStringView code6)
{
    if (const CountyCode *c = findCounty(code6))
        return QString::fromUtf16(c->name);
    return provinceNameOf(code6);
}

} // namespace doorstep::domain
