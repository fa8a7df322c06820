#pragma once
// A customer's consents as the data-request dialog shows them: what for, how
// given, when, and when withdrawn (PIPL: a withdrawal is kept, with its time).
#include <QList>
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct ConsentRecord
{
    QString purpose; // stored key: service, marketing, location, sensitive_data, cross_border
    QString channel; // phone, app, paper, …
    QString version;
    qint64 grantedAt = 0;   // UTC seconds
    qint64 withdrawnAt = 0; // 0: in force
};

QList<ConsentRecord> loadCustomerConsents(store::Database &db, qint64 customerId);
// The purpose people read (translated); the key itself for one the code does not know.
QString consentPurposeName(const QString &purpose);

} // namespace doorstep::itemmodels
