#pragma once
// Inside PrivacyService's export actions: what is held about one person, read
// in the caller's transaction, and its two forms (JSON for portability, HTML
// to read and hand over).
#include "services/privacy_service.h"

namespace doorstep::services::privacy {

SubjectExport customerExport(ActionContext &ctx, qint64 customerId);
SubjectExport providerExport(ActionContext &ctx, qint64 providerId);

// Writes PATH.json and PATH.html (a .json/.html suffix on `path` is dropped
// first), each completely or not at all; fills export.files. Throws
// ServiceError::Invalid naming the file when it cannot be written.
void writeExport(SubjectExport &exported, const QString &path);

} // namespace doorstep::services::privacy
