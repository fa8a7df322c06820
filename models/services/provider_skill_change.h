#pragma once
// provider_skills has no id column (its key is provider + category), so its
// sync change carries the row explicitly instead of a snapshot by id.
#include "services/sync_outbox.h"
#include "store/sqlite.h"

namespace doorstep::services {

inline Change providerSkillChange(store::Database &db, qint64 providerId, qint64 categoryId)
{
    QJsonObject row{{QStringLiteral("provider_id"), providerId}, {QStringLiteral("category_id"), categoryId}};
    auto st = db.prepare("SELECT status, suspended_reason FROM provider_skills WHERE provider_id = ? AND category_id = ?");
    st.bindAll(providerId, categoryId);
    if (st.next()) {
        row.insert(QStringLiteral("status"), st.text(0));
        row.insert(QStringLiteral("suspended_reason"), st.isNull(1) ? QJsonValue() : QJsonValue(st.text(1)));
    }
    return {QStringLiteral("provider_skills"), providerId, Change::Op::Upsert, row};
}

} // namespace doorstep::services
