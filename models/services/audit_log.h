#pragma once
// The hash-chained audit log. Each entry's hash is
//   SHA-256(previous hash || canonical text of the entry),
// so altering, deleting or reordering any entry breaks every later link;
// meta.audit_head pins the last link so the tail cannot be cut silently.

#include <QJsonObject>
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

struct AuditEntry
{
    qint64 at = 0; // UTC seconds
    qint64 staffId = 0;
    QString username;
    QString action;   // "staff.add", "customer.reveal_phone", ...
    QString entity;   // main table affected, or "" for store-wide actions
    qint64 entityId = 0;
    QJsonObject detail; // never raw personal data: masked or omitted
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;
};

namespace audit {
// Appends inside the caller's transaction; returns the new entry's seq.
qint64 append(store::Database &db, const AuditEntry &entry);
AuditVerification verify(store::Database &db);
QString genesisHash();
} // namespace audit

} // namespace doorstep::services
