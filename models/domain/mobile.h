#pragma once
// Mainland China mobile numbers: 11 digits starting with an allocated segment.
#include <QString>

namespace doorstep::domain {

QString normalizeMobile(QStringView input); // strips +86/0086, spaces and dashes
bool isValidMobile(QStringView input);      // after normalising
// A valid number from any 64-bit value (the demo generator's PRNG output).
QString mobileFromIndex(quint64 value);

} // namespace doorstep::domain
