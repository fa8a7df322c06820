#pragma once
// Gathers what the onboarding checklist (domain/provider_checks.h) needs
// about one provider from the store: ID number, credentials, the skills
// applied for with the qualifications the catalogue requires for them, and
// the latest background check.
#include "domain/provider_checks.h"

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

// Throws ServiceError::notFound when there is no such provider.
domain::ApplicantFacts loadApplicantFacts(store::Database &db, qint64 providerId);

// The catalogue's requirements of one service category: every distinct
// qualification an active service item in it requires.
QList<domain::Qualification> requiredQualifications(store::Database &db, qint64 categoryId);

} // namespace doorstep::services
