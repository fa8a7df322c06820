#pragma once
// What a search box's digits may ask of a phone number. The mask shows a
// number's first three and last four digits (domain/masking.h); a search by
// any other run of digits would probe the hidden middle one guess at a time.
// So roles that see masked numbers may search by the last four digits or the
// whole number only; roles that see whole numbers keep searching by any part.
#include <QString>

namespace doorstep::domain {

enum class PhoneSearch {
    NotDigits, // not a phone search (a name, an order number, empty)
    Last4,     // exactly four digits: the end of the number
    Whole,     // all 11 digits: one number (an audited look-up)
    Contains,  // 3-10 digits anywhere in the number: whole-number roles only
    Refused,   // digits this role may not search by: matches nothing
};

// `text` as typed (trimmed here). `unmasked`: the role sees whole numbers.
PhoneSearch phoneSearchKind(QStringView text, bool unmasked);
// Says what a refused search may be instead (translated), for the hint under
// the search field; empty when `text` is not refused.
QString phoneSearchHint(QStringView text, bool unmasked);

} // namespace doorstep::domain
