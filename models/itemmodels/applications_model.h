#pragma once
#include "itemmodels/paged_table_model.h"
#include "services/clock.h"
#include "services/session.h"

#include <QStringList>


namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {
struct SqlFilter;

// The onboarding review queue: applications with their applicant, longest
// waiting first (submitted_at, id keyset on provider_applications' indexes).
// Filters: application states (default: the open ones, "new" and
// "info_requested"), a skill applied for, a district served, waiting longer
// than N days, and a search by name prefix or phone digits. Phone numbers are
// always masked, whatever the role: a full number is only ever shown through
// the audited reveal on the review page (ProviderReviewService::revealPhone).
// Empty for a session without ProviderView.
//
// IdRole is the application id; ProviderIdRole the provider's.
class ApplicationsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, Skills, District, State, Submitted, Waiting, ColumnCount };
    enum Roles { ProviderIdRole = IdRole + 1, StateKeyRole };

    // Waiting times are measured against `clock`.
    ApplicationsModel(store::Database &db, const services::Session &session, const services::Clock &clock, QObject *parent = nullptr);

    // Each setter reloads.
    void setStates(const QStringList &states);   // empty: every state
    void setSkill(qint64 categoryId);            // 0: any
    void setDistrict(qint64 districtId);         // 0: any
    void setWaitingLongerThanDays(int days);     // 0: any
    void setSearch(const QString &text);
    // What the search may be instead when its digits are refused (the list
    // is masked: the last 4 digits or the whole number); empty otherwise.
    QString searchHint() const;

    qint64 providerIdAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    SqlFilter filter(bool withStates = true) const;
    static QList<Row> fetchPage(store::Database &db, const SqlFilter &base, const QStringList &states, const Row *last, int limit);

    QStringList m_states{QStringLiteral("new"), QStringLiteral("info_requested")};
    qint64 m_skill = 0;
    qint64 m_district = 0;
    int m_waitingDays = 0;
    QString m_search;
    const services::Clock &m_clock;
};

} // namespace doorstep::itemmodels
