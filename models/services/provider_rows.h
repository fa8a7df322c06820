#pragma once
// Loading the one row a provider-area action is about (an application, a
// credential, a flag, the provider), refusing with ServiceError::notFound
// when there is no such row. Shared by the review and discipline services.
#include "store/sqlite.h"

#include <QString>

namespace doorstep::services {

// Runs `sql` (one `?`: the id) and returns the statement on its first row;
// ServiceError::notFound(notFoundMessage) when there is none.
store::Statement requireRow(store::Database &db, const QByteArray &sql, qint64 id, const QString &notFoundMessage);
// ServiceError::notFound ("No such provider.") unless the provider exists.
void requireProvider(store::Database &db, qint64 providerId);

} // namespace doorstep::services
