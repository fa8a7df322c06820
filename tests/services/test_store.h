#pragma once
// A fresh store with an administrator, for service tests (cheap KDF).
#include "services/workspace.h"

#include <QTemporaryDir>

namespace doorstep::tests {

inline std::unique_ptr<services::Workspace> makeWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("t.doorstep"))
{
    services::NewStoreSpec spec;
    spec.officeName = QStringLiteral("徐汇旗舰店");
    spec.adminUsername = QStringLiteral("admin");
    spec.adminDisplayName = QStringLiteral("管理员");
    spec.adminPassword = QStringLiteral("admin-pass");
    spec.kdf = store::KdfParams::fastForTests();
    return services::Workspace::create(dir.filePath(name), spec);
}

inline qint64 count(services::Workspace &ws, QByteArrayView table)
{
    return ws.store().db().scalar(QByteArray("SELECT count(*) FROM ") + table.toByteArray()).toLongLong();
}

} // namespace doorstep::tests
