#pragma once
// GB/T 2260 administrative region codes, as they appear in the first six
// digits of a resident ID number. The province list is complete; the county
// list is not (China has ~2,900 county-level codes, plus the ones abolished
// since the 1980s that older ID numbers still carry), so a county missing from
// it is no reason to refuse a number: it only means we cannot name the place.
//
// Province membership for ID numbers is decided here, not by
// idnumber.h's isKnownProvinceCode(), because this table also knows region 83
// (Taiwan residents' residence permits), which carries real GB 11643 numbers.
#include <QString>

#include <span>

namespace doorstep::domain {

struct CountyCode
{
    const char16_t *code; // 6 digits
    const char16_t *name; // full name: "安徽省阜阳市临泉县", "上海市徐汇区"
    bool current;         // false: abolished or merged, still printed on older ID numbers
};

// Every county-level code this program knows: all of Shanghai (current and
// the merged districts and former counties), the birthplaces the demo draws
// from, and the residence-permit pseudo-regions of Hong Kong, Macao and Taiwan.
// Sorted by code.
std::span<const CountyCode> knownCounties();
const CountyCode *findCounty(QStringView code6); // nullptr when not listed

// 11 北京 .. 65 新疆, 71 台湾, 81 香港, 82 澳门, and 83 (Taiwan residents'
// residence permits, numbered under GB 11643 with region 830000).
// Empty when the two digits are no province.
QString provinceName(int twoDigits);
QString provinceNameOf(QStringView code6); // from the first two digits; empty when unknown

// The best name for a 6-digit code: the county's full name when listed, else
// the province's name, else empty.
QString regionName(QStringView code6);

} // namespace doorstep::domain
