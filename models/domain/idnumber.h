#pragma once
// PRC resident identity numbers (GB 11643-1999): 6-digit region code,
// 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check.
#include "domain/regions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace doorstep::domain {

struct IdNumberCheck
{
    // Hard problems: any of them makes the number unusable for onboarding.
    // An unlisted county is not one (see regions.h): see countyKnown.
    enum class Problem { Malformed, BadCheckDigit, UnknownRegion, BadBirthDate, FutureBirthDate };

    bool wellFormed = false;    // 18 characters: 17 ASCII digits, then a digit or X
    bool checkDigitOk = false;
    bool regionKnown = false;   // the first two digits are a real province
    bool countyKnown = false;   // all six are in knownCounties()
    bool birthDateOk = false;   // a real date, 1900 or later, not after `today`
    QDate birthDate;            // set when the eight digits form a real date
    int age = -1;               // whole years at `today`; -1 when unknown
    bool male = false;          // 17th digit odd (only meaningful when wellFormed)
    QString regionName;         // regionName() of the first six digits
    QList<Problem> problems;

    bool valid() const { return problems.isEmpty(); }
    QStringList messages() const; // translated, one per problem
};

// Translated text of one problem (context "IdNumber").
QString idProblemText(IdNumberCheck::Problem problem);

// `today` is the office's calendar day; if it is invalid the future and age
// checks are skipped (age stays -1) rather than guessed.
IdNumberCheck checkIdNumber(QStringView id, QDate today);

// '0'-'9' or 'X' for 17 ASCII digits; QChar() for anything else.
QChar idCheckDigit(QStringView first17);

// A valid number, for the demo and tests. The sequence is clamped to 0..999
// and moved by one where needed so its parity matches `male`. Returns an empty
// string when region6 is not 6 ASCII digits or birth is not a date in 1900..9999.
QString makeIdNumber(QStringView region6, QDate birth, int sequence3, bool male);

// What people type or paste: strips spaces (also U+3000), turns full-width
// digits and Ｘ into ASCII and x into X. Anything else is left for
// checkIdNumber to refuse.
QString normalizeIdNumber(QStringView input);

} // namespace doorstep::domain
