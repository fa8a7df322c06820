#include "domain/idnumber.h"

#include <QCoreApplication>

namespace doorstep::domain {
namespace {
bool isAsciiDigit(QChar c)
{
    // Not QChar::isDigit(): that accepts Arabic-Indic, Devanagari, ... digits.
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitsValue(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

int wholeYears(QDate birth, QDate today)
{
    int years = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
        --years;
    return years;
}
} // namespace

QChar idCheckDigit(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t map[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - u'0') * weights[i];
    }
    return QChar(map[sum % 11]);
}

QString makeIdNumber(QStringView region6, QDate birth, int sequence3, bool male)
{
    if (region6.size() != 6 || !birth.isValid() || birth.year() < 1900 || birth.year() > 9999)
        return QString();
    for (QChar c : region6)
        if (!isAsciiDigit(c))
            return QString();
    int seq = qBound(0, sequence3, 999);
    if ((seq % 2 == 1) != male)
        seq = seq == 999 ? 998 : seq + 1; // 17th digit: odd for men, even for women
    const QString first17 = region6.toString() + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seq, 3, 10, QChar(u'0'));
    return first17 + idCheckDigit(first17);
}

QString normalizeIdNumber(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == 0x00A0 || u == 0x3000)
            continue;
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits from a Chinese IME
            out.append(QChar(char16_t(u'0' + (u - 0xFF10))));
        else if (u == u'x' || u == 0xFF38 || u == 0xFF58) // x, Ｘ, ｘ
            out.append(QChar(u'X'));
        else
            out.append(c);
    }
    return out;
}

IdNumberCheck checkIdNumber(QStringView id, QDate today)
{
    IdNumberCheck r;
    using P = IdNumberCheck::Problem;
    bool shape = id.size() == 18;
    for (int i = 0; shape && i < 17; ++i)
        shape = isAsciiDigit(id[i]);
    if (shape)
        shape = isAsciiDigit(id[17]) || id[17] == u'X' || id[17] == u'x';
    if (!shape) {
        r.problems.append(P::Malformed);
        return r;
    }
    r.wellFormed = true;

    r.checkDigitOk = idCheckDigit(id.first(17)) == id[17].toUpper();
    if (!r.checkDigitOk)
        r.problems.append(P::BadCheckDigit);

    const QStringView region = id.first(6);
    r.regionKnown = isKnownProvinceCode(digitsValue(region.first(2)));
    r.countyKnown = findCounty(region) != nullptr;
    r.regionName = regionName(region);
    if (!r.regionKnown)
        r.problems.append(P::UnknownRegion);

    // QDate(y, m, d) is invalid for 0230, 1331, 0229 of a common year, ...
    const QDate birth(digitsValue(id.mid(6, 4)), digitsValue(id.mid(10, 2)), digitsValue(id.mid(12, 2)));
    if (birth.isValid())
        r.birthDate = birth;
    if (!birth.isValid() || birth.year() < 1900) {
        r.problems.append(P::BadBirthDate);
    } else if (today.isValid() && birth > today) {
        r.problems.append(P::FutureBirthDate);
    } else {
        r.birthDateOk = true;
        if (today.isValid())
            r.age = wholeYears(birth, today);
    }
    r.male = (id[16].unicode() - u'0') % 2 == 1;
    return r;
}

QString idProblemText(IdNumberCheck::Problem problem)
{
    // The English text is the translation key: keep it stable (translations/*.ts).
    switch (problem) {
    case IdNumberCheck::Problem::Malformed:
        return QCoreApplication::translate("IdNumber", "An ID number has 17 digits and a final digit or X.");
    case IdNumberCheck::Problem::BadCheckDigit:
        return QCoreApplication::translate("IdNumber", "The check digit is wrong: the number was mistyped or invented.");
    case IdNumberCheck::Problem::UnknownRegion:
        return QCoreApplication::translate("IdNumber", "The region code is not a real province.");
    case IdNumberCheck::Problem::BadBirthDate:
        return QCoreApplication::translate("IdNumber", "The birth date in the number does not exist.");
    case IdNumberCheck::Problem::FutureBirthDate:
        return QCoreApplication::translate("IdNumber", "The birth date in the number is in the future.");
    }
    return QString();
}

QStringList IdNumberCheck::messages() const
{
    QStringList out;
    out.reserve(problems.size());
    for (Problem p : problems)
        out.append(idProblemText(p));
    return out;
}

} // namespace doorstep::domain
