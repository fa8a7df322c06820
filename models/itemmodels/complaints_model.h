#pragma once
// The complaints workbench queue: complaints with their order, customer,
// provider and who has them, the one whose deadline comes first on top
// (keyset on the complaints_queue index: coalesce(next_due_at, max), id), so
// paused (waiting for the customer) and closed ones come last. The deadline
// and its 75 % mark are stored by services/complaint_service when the
// complaint opens or changes state; the model only compares them with the
// clock: amber (Tone::Warning) once the mark is passed, red (Tone::Late) at
// breach, on the time-left column and in UrgencyRole.
//
// Filters: mine (assigned to the session's staff member), unassigned, a
// category, a severity, states (default: the open ones), breached only,
// escalated only (flagged to the office manager: a breach, or a safety or
// privacy incident at once).
// Customer phone numbers are masked for roles without CustomerRevealPersonal.
// Empty for a session without ComplaintView.
#include "itemmodels/paged_table_model.h"
#include "services/clock.h"
#include "services/session.h"

#include <QStringList>

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {
struct SqlFilter;

// The complaints behind a statistics figure: those about the orders whose
// window starts in [windowFrom, windowTo) (UTC seconds), as the dashboard's
// complaints per 100 orders counts them; 0: any district or category.
struct ComplaintOrderScope
{
    qint64 windowFrom = 0;
    qint64 windowTo = 0;
    qint64 districtId = 0;
    qint64 categoryId = 0;
    bool upheldOnly = false;
};

class ComplaintsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TimeLeft, State, Category, Severity, OrderNo, Customer, Phone, Provider, Assignee, Opened, ColumnCount };
    enum Roles { UrgencyRole = IdRole + 1, StateKeyRole, OrderIdRole };
    enum class Urgency { None, Running, Warning, Breached }; // None: paused or closed

    ComplaintsModel(store::Database &db, const services::Session &session, const services::Clock &clock, QObject *parent = nullptr);

    // Each setter reloads.
    void setMine(bool mine);
    void setUnassigned(bool unassigned);
    void setCategory(const QString &key);       // empty: any
    void setSeverity(const QString &key);       // empty: any
    void setStates(const QStringList &states);  // empty: every state
    void setBreachedOnly(bool breached);
    void setEscalatedOnly(bool escalated);
    void setOrderScope(const std::optional<ComplaintOrderScope> &scope); // nullopt: any order

    static QStringList openStates();            // open, investigating, waiting_customer
    // Open complaints past their deadline (the status bar's count).
    qint64 breachedCount();
    // Open complaints flagged to the office manager (the managers' notice in the status bar).
    qint64 escalatedCount();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    SqlFilter filter() const;
    static QList<Row> fetchPage(store::Database &db, const SqlFilter &base, const Row *last, int limit);
    Urgency urgency(const Row &row) const;

    const services::Session &m_session;
    const services::Clock &m_clock;
    std::optional<ComplaintOrderScope> m_scope;
    bool m_unmasked = false;
    bool m_mine = false;
    bool m_unassigned = false;
    QString m_category;
    QString m_severity;
    QStringList m_states = openStates();
    bool m_breached = false;
    bool m_escalated = false;
};

// "2 h 15 min", "3 d 4 h", "overdue 40 min": what is left of `seconds` (negative: past).
QString formatTimeLeft(qint64 seconds);

} // namespace doorstep::itemmodels
