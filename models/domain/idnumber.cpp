#include "domain/idnumber.h"

#include <QCoreApplication>

namespace doorstep::domain {

bool isKnownProvinceCode(int p)
{
    static constexpr int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44,
                                    45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int c : codes)
        if (c == p)
            return true;
    return false;
}

QChar idCheckDigit(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t map[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (!c.isDigit() || c.unicode() > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QChar(map[sum % 11]);
}

QString makeIdNumber(QStringView region6, QDate birth, int sequence3, bool male)
{
    int seq = qBound(0, sequence3, 999);
    if ((seq % 2 == 1) != male)
        seq = seq == 999 ? 998 : seq + 1; // 17th digit: odd for men, even for women
    const QString first17 = region6.toString() + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seq, 3, 10, QChar(u'0'));
    return first17 + idCheckDigit(first17);
}

IdNumberCheck checkIdNumber(QStringView id, QDate today)
{
    IdNumberCheck r;
    using P = IdNumberCheck::Problem;
    bool shape = id.size() == 18;
    for (int i = 0; shape && i < 17; ++i)
        shape = id[i].unicode() >= u'0' && id[i].unicode() <= u'9';
    if (shape)
        shape = (id[17].unicode() >= u'0' && id[17].unicode() <= u'9') || id[17] == u'X' || id[17] == u'x';
    if (!shape) {
        r.problems.append(P::Malformed);
        return r;
    }
    r.wellFormed = true;
    r.checkDigitOk = idCheckDigit(id.first(17)) == id[17].toUpper();
    if (!r.checkDigitOk)
        r.problems.append(P::BadCheckDigit);
    r.regionKnown = isKnownProvinceCode(id.first(2).toInt());
    if (!r.regionKnown)
        r.problems.append(P::UnknownRegion);
    r.birthDate = QDate::fromString(id.mid(6, 8).toString(), QStringLiteral("yyyyMMdd"));
    if (!r.birthDate.isValid() || r.birthDate.year() < 1900) {
        r.problems.append(P::BadBirthDate);
    } else if (r.birthDate > today) {
        r.problems.append(P::FutureBirthDate);
    } else {
        r.birthDateOk = true;
        r.age = today.year() - r.birthDate.year()
            - ((today.month() < r.birthDate.month() || (today.month() == r.birthDate.month() && today.day() < r.birthDate.day())) ? 1 : 0);
    }
    r.male = (id[16].unicode() - u'0') % 2 == 1;
    return r;
}

QStringList IdNumberCheck::messages() const
{
    QStringList out;
    for (Problem p : problems) {
        switch (p) {
        case Problem::Malformed:
            out.append(QCoreApplication::translate("IdNumber", "An ID number has 17 digits and a final digit or X."));
            break;
        case Problem::BadCheckDigit:
            out.append(QCoreApplication::translate("IdNumber", "The check digit is wrong: the number was mistyped or invented."));
            break;
        case Problem::UnknownRegion:
            out.append(QCoreApplication::translate("IdNumber", "The region code is not a real province."));
            break;
        case Problem::BadBirthDate:
            out.append(QCoreApplication::translate("IdNumber", "The birth date in the number does not exist."));
            break;
        case Problem::FutureBirthDate:
            out.append(QCoreApplication::translate("IdNumber", "The birth date in the number is in the future."));
            break;
        }
    }
    return out;
}

} // namespace doorstep::domain
