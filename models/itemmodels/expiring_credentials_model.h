#pragma once
#include "itemmodels/paged_table_model.h"
#include "services/clock.h"
#include "services/session.h"

#include <QDate>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {
struct SqlFilter;

// Approved credentials of active and suspended providers that expire within
// the next N days (default 30) or have already expired, soonest (most
// overdue) first, keyset on credentials(valid_to). A credential superseded by
// a later-expiring approved one of the same kind (a renewal) is left out: it
// needs no action. ID-card numbers are always masked (the audited reveal is
// on the review page). Empty for a session without ProviderView.
//
// IdRole is the credential id; ProviderIdRole the provider's; TypeKeyRole and
// QualificationCodeRole its kind (what a renewal form starts from).
class ExpiringCredentialsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Provider, Credential, Number, ValidTo, DaysLeft, ProviderStatus, ColumnCount };
    enum Roles { ProviderIdRole = IdRole + 1, TypeKeyRole, QualificationCodeRole };

    // The window starts from the office's day of `clock`.
    ExpiringCredentialsModel(store::Database &db, const services::Session &session, const services::Clock &clock,
                             QObject *parent = nullptr);

    // Each setter reloads.
    void setWithinDays(int days);           // default 30
    void setIncludeExpired(bool include);   // default true
    void setType(const QString &type);      // "health_certificate", ...; empty: any


    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    SqlFilter filter() const;
    static QList<Row> fetchPage(store::Database &db, const SqlFilter &base, const Row *last, int limit);

    const services::Clock &m_clock;
    int m_days = 30;
    bool m_includeExpired = true;
    QString m_type;
};

} // namespace doorstep::itemmodels
