#include "domain/mobile.h"

#include <algorithm>
#include <array>

namespace doorstep::domain {
namespace {
// Voice segments in use (China Mobile, Unicom, Telecom, Broadnet and the
// virtual operators on 162/165/167/170/171). 190 and 192 are allocated too
// (Telecom 2019, Broadnet 2022): refusing them would refuse real customers.
// The data-only 14x segments other than 145/147 are left out.
constexpr std::array kSegments{130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153,
                               155, 156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 174, 175, 176,
                               177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193,
                               195, 196, 197, 198, 199};
static_assert(std::is_sorted(kSegments.begin(), kSegments.end()));

constexpr quint64 kSubscribers = 100000000ULL; // 8 digits
// Multiplying by a number coprime to 10^8 permutes the subscriber numbers,
// so neighbouring indexes do not give neighbouring numbers.
constexpr quint64 kScramble = 73939133ULL;
constexpr quint64 kOffset = 26514773ULL;

char16_t asciiDigitOf(char16_t u)
{
    if (u >= u'0' && u <= u'9')
        return u;
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits from a Chinese IME
        return char16_t(u'0' + (u - 0xFF10));
    return 0;
}

bool isSeparator(char16_t u)
{
    switch (u) {
    case u' ': case u'\t': case 0x00A0: case 0x3000: // spaces, NBSP, ideographic space
    case u'-': case 0x2010: case 0x2013: case 0x2014: case 0xFF0D: // hyphen, dashes, full-width minus
    case u'.': case u'(': case u')': case 0xFF08: case 0xFF09:
        return true;
    default:
        return false;
    }
}
} // namespace

QString normalizeMobile(QStringView input)
{
    QString digits;
    digits.reserve(input.size());
    bool seenDigit = false;
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (const char16_t d = asciiDigitOf(u)) {
            digits.append(QChar(d));
            seenDigit = true;
        } else if ((u == u'+' || u == 0xFF0B) && !seenDigit) {
            continue; // a leading + of +86
        } else if (!isSeparator(u)) {
            return input.toString(); // not a phone number: leave it for validation to refuse
        }
    }
    if (digits.size() == 15 && digits.startsWith(QStringLiteral("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QStringLiteral("86")))
        digits.remove(0, 2);
    return digits;
}

bool isAllocatedMobileSegment(int threeDigits)
{
    return std::binary_search(kSegments.begin(), kSegments.end(), threeDigits);
}

std::span<const int> mobileSegments()
{
    return kSegments;
}

bool isValidMobile(QStringView input)
{
    const QString n = normalizeMobile(input);
    if (n.size() != 11)
        return false;
    for (QChar c : n)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return isAllocatedMobileSegment(QStringView(n).first(3).toInt());
}

QString mobileFromIndex(quint64 value)
{
    const quint64 n = value % (kSegments.size() * kSubscribers);
    const int segment = kSegments[n % kSegments.size()];
    const quint64 subscriber = (n / kSegments.size() * kScramble + kOffset) % kSubscribers;
    return QString::number(segment) + QStringLiteral("%1").arg(subscriber, 8, 10, QChar(u'0'));
}

} // namespace doorstep::domain
