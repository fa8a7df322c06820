#pragma once
// Inside PrivacyService's actions: the rewriting of one person's rows, shared
// by a deletion request and the retention sweep. Each function runs in the
// caller's action (its transaction, audit entry and outbox).
#include "services/privacy_service.h"

namespace doorstep::services::privacy {

// Refuses (ServiceError) a customer who does not exist, is anonymised already
// or has an open order.
ErasureResult eraseCustomer(ActionContext &ctx, qint64 customerId);
// Refuses a provider who does not exist, is anonymised already, is not
// deactivated or rejected, or still holds a job.
ErasureResult eraseProvider(ActionContext &ctx, qint64 providerId);

// Keeps a customer's request in data_subject_requests, handled at once by the
// acting staff member. `kind`: access, deletion, withdraw_consent.
void recordRequest(ActionContext &ctx, qint64 customerId, const QString &kind);

} // namespace doorstep::services::privacy
