#pragma once
// PRC resident identity numbers (GB 11643-1999): 6-digit region code,
// 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check.
#include <QDate>
#include <QList>
#include <QString>

namespace doorstep::domain {

struct IdNumberCheck
{
    enum class Problem { Malformed, BadCheckDigit, UnknownRegion, BadBirthDate, FutureBirthDate };
    bool wellFormed = false;
    bool checkDigitOk = false;
    bool regionKnown = false;   // a real province code
    bool birthDateOk = false;
    QDate birthDate;
    int age = -1;               // whole years at `today`
    bool male = false;
    QList<Problem> problems;

    bool valid() const { return problems.isEmpty(); }
    QStringList messages() const; // translated, one per problem
};

IdNumberCheck checkIdNumber(QStringView id, QDate today);
QChar idCheckDigit(QStringView first17);           // '0'-'9' or 'X'; QChar() if not 17 digits
QString makeIdNumber(QStringView region6, QDate birth, int sequence3, bool male);
bool isKnownProvinceCode(int twoDigits);

} // namespace doorstep::domain
