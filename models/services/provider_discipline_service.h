#pragma once
// Training, assessment and discipline of providers (Permission::ProviderDiscipline):
// course completions, assessment results (passed or not by the assessment's
// own pass mark), deactivation flags and the supervisor's decision on them,
// and manual reward/penalty entries in the ledger.
//
// Flags are raised by rules, never by hand: the same assessment failed twice
// (here, when the result is recorded) or a low average over the latest
// ratings (provider_ratings.h, when a rating is recorded). A flag proposes;
// confirmFlag() deactivates the provider, overrideFlag() keeps them with a
// reason. Failed assessments also feed the ledger rule "assessment_failed".
#include "services/ledger_rules.h"

#include <optional>

namespace doorstep::services {

struct AssessmentOutcome
{
    qint64 resultId = 0;
    bool passed = false;
    int passMark = 0;
    std::optional<qint64> flagId;      // a deactivation flag raised by this result
    QList<ledger::Entry> ledger;       // penalties the rules appended
};

class ProviderDisciplineService
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDisciplineService)
public:
    explicit ProviderDisciplineService(ServiceLayer &services) : m_services(services) {}

    // completedAt / takenAt: UTC seconds; 0 means now.
    qint64 recordCourseCompletion(qint64 providerId, qint64 courseId, qint64 completedAt = 0);
    AssessmentOutcome recordAssessment(qint64 providerId, qint64 assessmentId, int score, qint64 takenAt = 0);

    // Confirms an open flag: the provider is deactivated with the flag's
    // detail and the supervisor's reason (required) as the visible reason.
    // The provider's other open flags are settled with it (confirmed, their
    // reason saying so); returns how many.
    int confirmFlag(qint64 flagId, const QString &reason);
    // Overrides an open flag: the provider stays; the reason is required.
    void overrideFlag(qint64 flagId, const QString &reason);

    // A manual reward (positive) or penalty (negative); the reason is required.
    qint64 addLedgerEntry(qint64 providerId, int points, qint64 amountFen, const QString &reason);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
