#pragma once
// Mainland China mobile numbers: 11 digits, "1" then an allocated three-digit
// segment (MIIT numbering plan), then an 8-digit subscriber number.
#include <QString>

#include <span>

namespace doorstep::domain {

// What people type or paste: drops +86 / 0086 / 86 in front of an 11-digit
// number, spaces (also U+3000 and NBSP), dashes, dots and parentheses, and
// turns full-width digits into ASCII. Input with any other character is
// returned unchanged, so that validation refuses it rather than guessing.
QString normalizeMobile(QStringView input);

bool isValidMobile(QStringView input); // after normalising
bool isAllocatedMobileSegment(int threeDigits);
std::span<const int> mobileSegments(); // ascending

// A valid number from any 64-bit value (an index or the demo's PRNG output).
// Values below mobileSegments().size() * 10^8 give pairwise distinct numbers,
// and consecutive indexes do not give consecutive-looking numbers.
QString mobileFromIndex(quint64 value);

} // namespace doorstep::domain
