#include "itemmodels/complaints_model.h"

#include "domain/complaint_states.h"
#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/sql_filter.h"
#include "services/stored_state.h"

#include <QBrush>
#include <QGuiApplication>

#include <algorithm>

namespace doorstep::itemmodels {
namespace {
// Raw row layout.
enum Raw { RId, RKey, RNextDue, RNextWarn, RStatus, RCategory, RSeverity, ROrderNo, RCustomer, RPhone, RProvider, RAssignee, ROpened, ROrderId };
// The queue's sort key, spelled exactly as the complaints_queue index (schema v8).
constexpr const char *kKey = "coalesce(c.next_due_at, 9223372036854775807)";
} // namespace

QString formatTimeLeft(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 days = s / 86400, hours = s % 86400 / 3600, minutes = (s % 3600 + 59) / 60;
    QString amount;
    if (days > 0)
        amount = ComplaintsModel::tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        amount = ComplaintsModel::tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        amount = ComplaintsModel::tr("%1 min").arg(minutes);
    return seconds < 0 ? ComplaintsModel::tr("overdue %1").arg(amount) : amount;
}

ComplaintsModel::ComplaintsModel(store::Database &db, const services::Session &session, const services::Clock &clock, QObject *parent)
    : PagedTableModel(db, parent)
    , m_session(session)
    , m_clock(clock)
    , m_unmasked(session.can(services::Permission::CustomerRevealPersonal))
{
    if (!session.can(services::Permission::ComplaintView))
        setPageSize(0);
}

QStringList ComplaintsModel::openStates()
{
    using S = domain::ComplaintStatus;
    return {domain::stateKey(S::Open), domain::stateKey(S::Investigating), domain::stateKey(S::WaitingCustomer)};
}

void ComplaintsModel::setMine(bool mine) { m_mine = mine; reload(); }
void ComplaintsModel::setUnassigned(bool unassigned) { m_unassigned = unassigned; reload(); }
void ComplaintsModel::setCategory(const QString &key) { m_category = key; reload(); }
void ComplaintsModel::setSeverity(const QString &key) { m_severity = key; reload(); }
void ComplaintsModel::setStates(const QStringList &states) { m_states = states; reload(); }
void ComplaintsModel::setBreachedOnly(bool breached) { m_breached = breached; reload(); }
void ComplaintsModel::setEscalatedOnly(bool escalated) { m_escalated = escalated; reload(); }
void ComplaintsModel::setOrderScope(const std::optional<ComplaintOrderScope> &scope) { m_scope = scope; reload(); }

SqlFilter ComplaintsModel::filter() const
{
    SqlFilter f;
    if (!m_states.isEmpty()) {
        QByteArray marks;
        QVariantList values;
        for (const QString &s : m_states) {
            marks += marks.isEmpty() ? "?" : ", ?";
            values.append(s);
        }
        // Only running states: the queue index (complaints_queue) read in order
        // is the plan, stopping at the page's end; the unary + keeps SQLite from
        // reading every such row through complaints_status and sorting them
        // (1 s with 10,000 open complaints on the 1,000,000-order store).
        const QStringList open = openStates();
        const bool running = std::all_of(m_states.begin(), m_states.end(), [&](const QString &s) { return open.contains(s); });
        f.add(QByteArray(running ? "+c.status" : "c.status") + " IN (" + marks + ')', values);
    }
    if (m_mine)
        f.add("c.assigned_staff_id = ?", {m_session.staffId});
    if (m_unassigned)
        f.add("c.assigned_staff_id IS NULL");
    if (!m_category.isEmpty())
        f.add("c.category = ?", {m_category});
    if (!m_severity.isEmpty())
        f.add("c.severity = ?", {m_severity});
    if (m_breached)
        f.add(QByteArray(kKey) + " <= ?", {m_clock.now()}); // an index range: running deadlines only
    if (m_escalated)
        f.add("c.escalated_at IS NOT NULL");
    if (m_scope) {
        // The period's orders through orders_window, as stats_order_facts counts their complaints.
        QByteArray orders = "SELECT o.id FROM orders o WHERE o.window_start >= ? AND o.window_start < ?";
        QVariantList values{m_scope->windowFrom, m_scope->windowTo};
        if (m_scope->districtId) {
            orders += " AND o.district_id = ?";
            values << m_scope->districtId;
        }
        if (m_scope->categoryId) {
            orders += " AND o.category_id = ?";
            values << m_scope->categoryId;
        }
        f.add("c.order_id IN (" + orders + ')', values);
        if (m_scope->upheldOnly)
            f.add("c.upheld = 1");
    }
    return f;
}

PagedTableModel::Query ComplaintsModel::query() const
{
    Query q;
    const SqlFilter base = filter();
    q.rows = [base](store::Database &db, const Row *last, int limit) { return fetchPage(db, base, last, limit); };
    q.count = [base, allowed = m_session.can(services::Permission::ComplaintView)](store::Database &db) {
        if (!allowed)
            return qint64(0);
        auto st = db.prepare("SELECT count(*) FROM complaints c WHERE " + base.sql);
        base.bind(st);
        return st.next() ? st.int64(0) : qint64(0);
    };
    return q;
}

QList<PagedTableModel::Row> ComplaintsModel::fetchPage(store::Database &db, const SqlFilter &base, const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    SqlFilter f = base;
    if (last)
        f.add(QByteArray(kKey) + " > ? OR (" + kKey + " = ? AND c.id > ?)", {last->at(RKey), last->at(RKey), last->at(RId)});
    auto st = db.prepare(QByteArray("SELECT c.id, ") + kKey + ", c.next_due_at, c.next_warn_at, c.status, c.category, c.severity,"
                           " o.order_no, cu.name, cu.phone, p.name, s.display_name, c.opened_at, c.order_id"
                           " FROM complaints c"
                           " JOIN orders o ON o.id = c.order_id JOIN customers cu ON cu.id = c.customer_id"
                           " LEFT JOIN providers p ON p.id = c.provider_id LEFT JOIN staff s ON s.id = c.assigned_staff_id"
                           " WHERE " + f.sql + " ORDER BY " + kKey + ", c.id LIMIT ?");
    f.bind(st, {limit});
    while (st.next()) {
        // Unknown keys: the page fails, naming the row.
        services::storedState<domain::ComplaintStatus>(st.text(RStatus), st.int64(RId));
        services::storedState<domain::ComplaintCategory>(st.text(RCategory), st.int64(RId));
        services::storedState<domain::ComplaintSeverity>(st.text(RSeverity), st.int64(RId));
        Row row;
        for (int c = 0; c < st.columnCount(); ++c)
            row.append(st.value(c));
        rows.append(row);
    }
    return rows;
}

qint64 ComplaintsModel::breachedCount()
{
    if (!m_session.can(services::Permission::ComplaintView))
        return 0;
    // next_due_at is NULL for paused and closed complaints: the index range is the open, running ones.
    return db().scalar("SELECT count(*) FROM complaints c WHERE coalesce(c.next_due_at, 9223372036854775807) <= ?", m_clock.now()).toLongLong();
}

qint64 ComplaintsModel::escalatedCount()
{
    if (!m_session.can(services::Permission::ComplaintView))
        return 0;
    // The partial index complaints_escalated (schema v11) holds only the flagged ones.
    return db().scalar("SELECT count(*) FROM complaints c WHERE c.escalated_at IS NOT NULL"
                       " AND c.status IN ('open','investigating','waiting_customer')").toLongLong();
}

ComplaintsModel::Urgency ComplaintsModel::urgency(const Row &row) const
{
    if (row.at(RNextDue).isNull())
        return Urgency::None;
    const qint64 now = m_clock.now();
    if (now >= row.at(RNextDue).toLongLong())
        return Urgency::Breached;
    if (!row.at(RNextWarn).isNull() && now >= row.at(RNextWarn).toLongLong())
        return Urgency::Warning;
    return Urgency::Running;
}

QVariant ComplaintsModel::data(const QModelIndex &index, int role) const
{
    if (role == UrgencyRole || role == StateKeyRole || role == OrderIdRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = rowAt(index.row());
        if (role == UrgencyRole)
            return int(urgency(row));
        return row.at(role == StateKeyRole ? RStatus : ROrderId);
    }
    return PagedTableModel::data(index, role);
}

QString ComplaintsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TimeLeft: return tr("Time left");
    case State: return tr("State");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case OrderNo: return tr("Order");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Provider: return tr("Provider");
    case Assignee: return tr("Handled by");
    case Opened: return tr("Opened");
    case ColumnCount: break;
    }
    return {};
}

QVariant ComplaintsModel::display(const Row &row, int column, int role) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const QString phone = m_unmasked ? row.at(RPhone).toString() : domain::maskPhone(row.at(RPhone).toString());
    const auto status = *domain::stateFromKey<domain::ComplaintStatus>(row.at(RStatus).toString());
    switch (role) {
    case SortRole:
        switch (Column(column)) {
        case TimeLeft: return row.at(RKey); // the deadline: sorting by it is sorting by time left
        case State: return row.at(RStatus);
        case Category: return row.at(RCategory);
        case Severity: return row.at(RSeverity);
        case OrderNo: return row.at(ROrderNo);
        case Customer: return row.at(RCustomer);
        case Phone: return phone;
        case Provider: return row.at(RProvider);
        case Assignee: return row.at(RAssignee);
        case Opened: return row.at(ROpened);
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case TimeLeft:
            if (status == domain::ComplaintStatus::WaitingCustomer)
                return tr("paused");
            if (row.at(RNextDue).isNull())
                return QStringLiteral("—");
            return formatTimeLeft(row.at(RNextDue).toLongLong() - m_clock.now());
        case State: return domain::stateDisplayName(status);
        case Category:
            return domain::stateDisplayName(*domain::stateFromKey<domain::ComplaintCategory>(row.at(RCategory).toString()));
        case Severity:
            return domain::stateDisplayName(*domain::stateFromKey<domain::ComplaintSeverity>(row.at(RSeverity).toString()));
        case OrderNo: return row.at(ROrderNo).toString();
        case Customer: return row.at(RCustomer).toString();
        case Phone: return phone;
        case Provider: return row.at(RProvider).toString();
        case Assignee: return row.at(RAssignee).isNull() ? tr("nobody") : row.at(RAssignee).toString();
        case Opened: return formatDateTime(row.at(ROpened).toLongLong());
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (column != TimeLeft)
            return {};
        switch (urgency(row)) {
        case Urgency::Breached: return QBrush(toneText(Tone::Late, QGuiApplication::palette()));
        case Urgency::Warning: return QBrush(toneText(Tone::Warning, QGuiApplication::palette()));
        case Urgency::None: return QBrush(toneText(Tone::Quiet, QGuiApplication::palette()));
        case Urgency::Running: break;
        }
        return {};
    case Qt::BackgroundRole:
        if (column != TimeLeft)
            return {};
        switch (urgency(row)) {
        case Urgency::Breached: return QBrush(toneFill(Tone::Late, QGuiApplication::palette()));
        case Urgency::Warning: return QBrush(toneFill(Tone::Warning, QGuiApplication::palette()));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return column == TimeLeft ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace doorstep::itemmodels
