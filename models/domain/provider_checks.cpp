#include "domain/provider_checks.h"

#include "domain/idnumber.h"
#include "domain/regions.h"

#include <QCoreApplication>

#include <algorithm>

namespace doorstep::domain {
namespace {
QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

ProviderCheck make(const QString &key, CheckState state, CheckSeverity severity, const QString &message)
{
    return {key, state, severity, message};
}

// The credential that speaks for a requirement, among those not rejected:
//   1. one valid today (a pending one counts: approving the application
//      approves it), the one valid longest (an open end counts as forever;
//      on a tie the approved one);
//   2. else the next one to become valid (a renewal that starts later);
//   3. else the one that expired last.
// So a renewal that starts next month never hides the certificate valid
// today, and a lapsed one is named by its latest end. nullptr: none.
const CredentialFacts *best(const QList<CredentialFacts> &all, QDate today, CredentialFacts::Type type, const QString &qualification = {})
{
    const auto endsLater = [](const CredentialFacts &a, const CredentialFacts &b) {
        if (a.validTo.isValid() != b.validTo.isValid())
            return !a.validTo.isValid();
        if (a.validTo != b.validTo)
            return a.validTo > b.validTo;
        return a.review == CredentialFacts::Review::Approved && b.review != CredentialFacts::Review::Approved;
    };
    const CredentialFacts *current = nullptr;
    const CredentialFacts *future = nullptr;
    const CredentialFacts *lapsed = nullptr;
    for (const CredentialFacts &c : all) {
        if (c.type != type || c.review == CredentialFacts::Review::Rejected)
            continue;
        if (type == CredentialFacts::Type::Qualification && c.qualificationCode != qualification)
            continue;
        if (c.validOn(today)) {
            if (!current || endsLater(c, *current))
                current = &c;
        } else if (c.validFrom.isValid() && c.validFrom > today) {
            if (!future || c.validFrom < future->validFrom || (c.validFrom == future->validFrom && endsLater(c, *future)))
                future = &c;
        } else if (!lapsed || endsLater(c, *lapsed)) {
            lapsed = &c;
        }
    }
    return current ? current : future ? future : lapsed;
}

bool anyRejected(const QList<CredentialFacts> &all, CredentialFacts::Type type, const QString &qualification = {})
{
    return std::any_of(all.begin(), all.end(), [&](const CredentialFacts &c) {
        return c.type == type && c.review == CredentialFacts::Review::Rejected
            && (type != CredentialFacts::Type::Qualification || c.qualificationCode == qualification);
    });
}

void idChecks(const ApplicantFacts &f, QDate today, const CheckLimits &limits, QList<ProviderCheck> &out)
{
    const IdNumberCheck id = checkIdNumber(f.idNumber.trimmed(), today);
    const QString idKey = QStringLiteral("id.check_digit");
    const QString birthKey = QStringLiteral("id.birth_date");
    const QString regionKey = QStringLiteral("id.region");
    const QString ageKey = QStringLiteral("age");
    if (!id.wellFormed) {
        const QString why = f.idNumber.trimmed().isEmpty() ? QCoreApplication::translate("ProviderChecks", "No ID number was given.")
                                                           : QCoreApplication::translate("ProviderChecks", "An ID number has 17 digits and a final digit or X.");
        out.append(make(idKey, f.idNumber.trimmed().isEmpty() ? CheckState::Missing : CheckState::Failed, CheckSeverity::Hard, why));
        out.append(make(birthKey, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "No birth date can be read from the ID number.")));
        out.append(make(regionKey, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "No region can be read from the ID number.")));
        out.append(make(ageKey, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The age is unknown without a valid birth date.")));
        return;
    }
    out.append(id.checkDigitOk
                   ? make(idKey, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The check digit is correct."))
                   : make(idKey, CheckState::Failed, CheckSeverity::Hard,
                          QCoreApplication::translate("ProviderChecks", "The check digit is wrong: the number was mistyped or invented (it should end in %1).")
                              .arg(idCheckDigit(QStringView(f.idNumber.trimmed()).first(17)))));

    // No message names the birth date: the screens show the ID number masked,
    // and the mask hides exactly those eight digits (the age says enough).
    if (id.problems.contains(IdNumberCheck::Problem::FutureBirthDate))
        out.append(make(birthKey, CheckState::Failed, CheckSeverity::Hard,
                        QCoreApplication::translate("ProviderChecks", "The birth date in the number is in the future.")));
    else if (!id.birthDateOk)
        out.append(make(birthKey, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The birth date in the number does not exist.")));
    else
        out.append(make(birthKey, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The birth date in the number is a real date.")));

    const QStringView region = QStringView(f.idNumber.trimmed()).first(6);
    if (provinceNameOf(region).isEmpty())
        out.append(make(regionKey, CheckState::Failed, CheckSeverity::Hard,
                        QCoreApplication::translate("ProviderChecks", "The region code %1 is not a real province.").arg(region.toString())));
    else
        out.append(make(regionKey, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "Registered in %1.").arg(regionName(region))));

    if (f.declaredBirthDate.isValid() && id.birthDateOk) {
        out.append(f.declaredBirthDate == id.birthDate
                       ? make(QStringLiteral("id.birth_date_matches"), CheckState::Passed, CheckSeverity::Soft,
                              QCoreApplication::translate("ProviderChecks", "The birth date on the form matches the ID number."))
                       : make(QStringLiteral("id.birth_date_matches"), CheckState::Failed, CheckSeverity::Soft,
                              QCoreApplication::translate("ProviderChecks", "The birth date on the form does not match the ID number.")));
    }

    const int minAge = std::max(18, limits.minAge);
    if (!id.birthDateOk)
        out.append(make(ageKey, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The age is unknown without a valid birth date.")));
    else if (id.age < minAge)
        out.append(make(ageKey, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "%1 years old: providers must be at least %2.").arg(id.age).arg(minAge)));
    else if (id.age > limits.maxAge)
        out.append(make(ageKey, CheckState::Failed, CheckSeverity::Hard,
                        QCoreApplication::translate("ProviderChecks", "%1 years old: the platform accepts providers up to %2.").arg(id.age).arg(limits.maxAge)));
    else
        out.append(make(ageKey, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "%1 years old.").arg(id.age)));
}

void healthCheck(const ApplicantFacts &f, QDate today, const CheckLimits &limits, QList<ProviderCheck> &out)
{
    const QString key = QStringLiteral("health_certificate");
    const CredentialFacts *c = best(f.credentials, today, CredentialFacts::Type::HealthCertificate);
    if (!c) {
        out.append(make(key, anyRejected(f.credentials, CredentialFacts::Type::HealthCertificate) ? CheckState::Failed : CheckState::Missing,
                        CheckSeverity::Hard,
                        anyRejected(f.credentials, CredentialFacts::Type::HealthCertificate)
                            ? QCoreApplication::translate("ProviderChecks", "The health certificate was rejected; a new one is needed.")
                            : QCoreApplication::translate("ProviderChecks", "No health certificate has been provided.")));
        return;
    }
    if (c->validFrom.isValid() && c->validFrom > today) {
        out.append(make(key, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The health certificate is not valid until %1.").arg(isoDate(c->validFrom))));
    } else if (!c->validTo.isValid()) {
        out.append(make(key, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The health certificate has no end date.")));
    } else if (c->validTo < today) {
        out.append(make(key, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The health certificate expired on %1.").arg(isoDate(c->validTo))));
    } else if (today.daysTo(c->validTo) < limits.healthMinDays) {
        out.append(make(key, CheckState::Failed, CheckSeverity::Hard,
                        QCoreApplication::translate("ProviderChecks", "The health certificate expires on %1, in %n day(s); it must be valid for at least %2 more days.",
                                                    nullptr, int(today.daysTo(c->validTo)))
                            .arg(isoDate(c->validTo))
                            .arg(limits.healthMinDays)));
    } else {
        out.append(make(key, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The health certificate is valid until %1.").arg(isoDate(c->validTo))));
    }
}

void qualificationChecks(const ApplicantFacts &f, QDate today, QList<ProviderCheck> &out)
{
    // One check per required qualification, naming every skill that needs it.
    QList<Qualification> needed;
    QHash<QString, QStringList> skillsNeeding;
    for (const SkillFacts &s : f.skills) {
        for (const Qualification &q : s.required) {
            if (!skillsNeeding.contains(q.code))
                needed.append(q);
            skillsNeeding[q.code].append(s.categoryName);
        }
    }
    for (const Qualification &q : needed) {
        const QString key = QStringLiteral("qualification.") + q.code;
        const QString skills = skillsNeeding.value(q.code).join(QStringLiteral(", "));
        const CredentialFacts *c = best(f.credentials, today, CredentialFacts::Type::Qualification, q.code);
        if (!c) {
            const bool rejected = anyRejected(f.credentials, CredentialFacts::Type::Qualification, q.code);
            out.append(make(key, rejected ? CheckState::Failed : CheckState::Missing, CheckSeverity::Hard,
                            rejected ? QCoreApplication::translate("ProviderChecks", "%1 (needed for %2) was rejected.").arg(q.name, skills)
                                     : QCoreApplication::translate("ProviderChecks", "%1 is missing: it is required for %2.").arg(q.name, skills)));
        } else if (c->validOn(today)) {
            out.append(make(key, CheckState::Passed, CheckSeverity::Hard,
                            c->validTo.isValid() ? QCoreApplication::translate("ProviderChecks", "%1 is valid until %2.").arg(q.name, isoDate(c->validTo)) : QCoreApplication::translate("ProviderChecks", "%1 is valid.").arg(q.name)));
        } else if (c->validFrom.isValid() && c->validFrom > today) {
            out.append(make(key, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "%1 is not valid until %2.").arg(q.name, isoDate(c->validFrom))));
        } else {
            out.append(make(key, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "%1 expired on %2.").arg(q.name, isoDate(c->validTo))));
        }
    }
}

void backgroundCheck(const ApplicantFacts &f, QList<ProviderCheck> &out)
{
    const QString key = QStringLiteral("background_check");
    if (!f.backgroundCheck)
        out.append(make(key, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "No background check has been recorded.")));
    else if (*f.backgroundCheck == BackgroundCheckResult::Clear)
        out.append(make(key, CheckState::Passed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The background check is clear.")));
    else if (*f.backgroundCheck == BackgroundCheckResult::Flagged)
        out.append(make(key, CheckState::Failed, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The background check found a record.")));
    else
        out.append(make(key, CheckState::Missing, CheckSeverity::Hard, QCoreApplication::translate("ProviderChecks", "The background check has been requested; no result yet.")));
}
} // namespace

bool CredentialFacts::validOn(QDate day) const
{
    return review != Review::Rejected && (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || validTo >= day);
}

QList<ProviderCheck> runProviderChecks(const ApplicantFacts &facts, QDate today, const CheckLimits &limits)
{
    QList<ProviderCheck> out;
    idChecks(facts, today, limits, out);
    healthCheck(facts, today, limits, out);
    qualificationChecks(facts, today, out);
    backgroundCheck(facts, out);
    return out;
}

bool approvalBlocked(const QList<ProviderCheck> &checks)
{
    return std::any_of(checks.begin(), checks.end(), [](const ProviderCheck &c) { return c.blocksApproval(); });
}

QStringList blockingMessages(const QList<ProviderCheck> &checks)
{
    QStringList out;
    for (const ProviderCheck &c : checks)
        if (c.blocksApproval())
            out.append(c.message);
    return out;
}

} // namespace doorstep::domain
