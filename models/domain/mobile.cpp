#include "domain/mobile.h"

#include <array>

namespace doorstep::domain {
namespace {
// Three-digit segments allocated to mobile operators (MIIT numbering plan).
constexpr std::array<int, 44> kSegments{130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152,
                                        153, 155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175,
                                        176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 199};
constexpr std::array<int, 4> kMoreSegments{191, 193, 195, 198};

bool segmentAllocated(int s)
{
    for (int v : kSegments)
        if (v == s)
            return true;
    for (int v : kMoreSegments)
        if (v == s)
            return true;
    return s == 174 || s == 196 || s == 197;
}
} // namespace

QString normalizeMobile(QStringView input)
{
    QString digits;
    for (QChar c : input)
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return input.toString(); // not a phone number; leave it for validation to refuse
    if (digits.startsWith(QStringLiteral("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QStringLiteral("86")))
        digits.remove(0, 2);
    return digits;
}

bool isValidMobile(QStringView input)
{
    const QString n = normalizeMobile(input);
    if (n.size() != 11)
        return false;
    for (QChar c : n)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return segmentAllocated(n.left(3).toInt());
}

QString mobileFromIndex(quint64 value)
{
    const int segment = kSegments[value % kSegments.size()];
    const quint64 rest = (value / kSegments.size()) % 100000000ULL;
    return QString::number(segment) + QStringLiteral("%1").arg(rest, 8, 10, QChar(u'0'));
}

} // namespace doorstep::domain
