#include "services/provider_rows.h"

#include "services/service_error.h"

#include <QCoreApplication>

namespace doorstep::services {

store::Statement requireRow(store::Database &db, const QByteArray &sql, qint64 id, const QString &notFoundMessage)
{
    auto st = db.prepare(sql);
    st.bind(1, id);
    if (!st.next())
        throw ServiceError::notFound(notFoundMessage);
    return st;
}

void requireProvider(store::Database &db, qint64 providerId)
{
    if (!db.scalar("SELECT 1 FROM providers WHERE id = ?", providerId).isValid())
        throw ServiceError::notFound(QCoreApplication::translate("ProviderRows", "No such provider."));
}

} // namespace doorstep::services
