#include "domain/phone_search.h"

#include <QCoreApplication>

#include <algorithm>

namespace doorstep::domain {

PhoneSearch phoneSearchKind(QStringView text, bool unmasked)
{
    const QStringView t = text.trimmed();
    const bool digits = !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
    if (!digits)
        return PhoneSearch::NotDigits;
    if (t.size() == 11)
        return PhoneSearch::Whole;
    if (t.size() > 11)
        return PhoneSearch::Refused;
    if (!unmasked)
        return t.size() == 4 ? PhoneSearch::Last4 : PhoneSearch::Refused;
    // One or two digits would match nearly every number: not a search.
    return t.size() >= 3 ? PhoneSearch::Contains : PhoneSearch::Refused;
}

QString phoneSearchHint(QStringView text, bool unmasked)
{
    if (phoneSearchKind(text, unmasked) != PhoneSearch::Refused)
        return {};
    return unmasked ? QCoreApplication::translate("PhoneSearch", "Search a phone number by 3 to 11 of its digits.")
                    : QCoreApplication::translate("PhoneSearch", "Search a phone number by its last 4 digits or the whole 11-digit number.");
}

} // namespace doorstep::domain
