#pragma once
// The onboarding checklist of a provider applicant: pure rules over facts
// gathered from the store (services/provider_facts.h does the gathering), so
// the reviewer's screen, the approval guard and the tests all ask the same
// function. A hard check that has not passed makes approval impossible; a
// soft one is shown for the reviewer's judgement.
#include "domain/provider_states.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace doorstep::domain {

enum class CheckState { Passed, Failed, Missing }; // Missing: nothing to check yet (no document, no result)
enum class CheckSeverity { Hard, Soft };

struct ProviderCheck
{
    // Stable keys: "id.check_digit", "id.birth_date", "id.region", "id.birth_date_matches",
    // "age", "health_certificate", "qualification.<code>", "background_check".
    QString key;
    CheckState state = CheckState::Missing;
    CheckSeverity severity = CheckSeverity::Hard;
    QString message; // translated, for the reviewer: what was found, or what is missing

    bool passed() const { return state == CheckState::Passed; }
    bool blocksApproval() const { return severity == CheckSeverity::Hard && state != CheckState::Passed; }
};

struct CredentialFacts
{
    using Type = CredentialType;
    using Review = CredentialReview;
    Type type = Type::Other;
    QString qualificationCode; // Qualification only
    QDate validFrom;           // invalid: no start given
    QDate validTo;             // invalid: no end given (never expires)
    Review review = Review::Pending;

    // Usable on `day`: not rejected, started, not ended (validTo is inclusive).
    bool validOn(QDate day) const;
};

struct Qualification
{
    QString code; // qualification_types.code
    QString name; // shown to people ("低压电工作业证")
};

struct SkillFacts
{
    QString categoryName;                // "电路维修"
    QList<Qualification> required;       // what the catalogue requires for this category
};

struct ApplicantFacts
{
    QString idNumber;
    QDate declaredBirthDate;             // what the form says; invalid: not given (check omitted)
    QList<CredentialFacts> credentials;
    QList<SkillFacts> skills;            // the skills applied for
    std::optional<BackgroundCheckResult> backgroundCheck; // the latest result; nullopt: none recorded
};

// Office policy, from settings (services/provider_settings.h) with these defaults.
struct CheckLimits
{
    int minAge = 18;         // never below 18 whatever the settings say: providers are adults
    int maxAge = 60;         // inclusive
    int healthMinDays = 30;  // the health certificate must still be valid this many days after today
};

// All checks in display order. `today` is the office's calendar day.
QList<ProviderCheck> runProviderChecks(const ApplicantFacts &facts, QDate today, const CheckLimits &limits = {});
bool approvalBlocked(const QList<ProviderCheck> &checks);
// The messages of the checks that block approval, one per line (for refusals).
QStringList blockingMessages(const QList<ProviderCheck> &checks);

} // namespace doorstep::domain
