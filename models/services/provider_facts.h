#pragma once
// Gathers what the onboarding checklist (domain/provider_checks.h) needs
// about one provider from the store: ID number, credentials, the skills
// applied for with the qualifications the catalogue requires for them, and
// the latest background check.
#include "domain/provider_checks.h"

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

struct BackgroundCheckRecord
{
    qint64 id = 0;
    domain::BackgroundCheckResult result = domain::BackgroundCheckResult::Pending;
    QString agency;
    qint64 checkedAt = 0; // UTC seconds; 0 while pending
    QString note;
};

// The background check that speaks for a provider: the latest one recorded
// (ids are time-ordered), whatever date the agency gave. The checklist and
// every screen that shows "the" background check ask this one function.
std::optional<BackgroundCheckRecord> latestBackgroundCheck(store::Database &db, qint64 providerId);

// Throws ServiceError::notFound when there is no such provider, and
// ServiceError (Kind::Store) when a stored state is one this version does not know.
domain::ApplicantFacts loadApplicantFacts(store::Database &db, qint64 providerId);

// The catalogue's requirements of one service category: every distinct
// qualification an active service item in it requires.
QList<domain::Qualification> requiredQualifications(store::Database &db, qint64 categoryId);

} // namespace doorstep::services
