#include "itemmodels/orders_model.h"

#include "domain/masking.h"
#include "domain/phone_search.h"
#include "itemmodels/display_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/sql_filter.h"
#include "services/office_settings.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>

namespace doorstep::itemmodels {
namespace {
enum Raw {
    RId, ROrderNo, RStatus, RService, RCustomer, RPhone, RDistrict, RWindowStart, RWindowEnd, RProvider, RPrice,
    RPlannedStart, RCategory, RProviderId, RDuration, RCount,
    // Worked out once per row when it is loaded (the paint path only compares
    // with the clock): when the order becomes late, why, and the dispatch
    // lead (minutes) the first page of its load read.
    RLateAfter = RCount, RLateKind, RLeadMinutes, RRowSize
};
enum class Late { Never, NotDispatched, NotStarted };

// How a provider-name filter finds its orders. A common prefix (one
// character matches ~5 % of 20,000 providers, ~50,000 of 1,000,000 orders)
// is found fastest by walking the orders in the order shown and keeping those
// of a matching provider: a page of 200 is complete after ~4,000 orders.
// Gathering all of their orders through orders_provider_window instead and
// sorting them took 170 ms for the first page (and a board column each time).
// A rare prefix is the other way round: its few orders come straight from
// the index, where walking would read most of the table.
enum class ProviderWalk { ThroughProviderIndex, InDisplayOrder };

// At least 1 % of the rows of `table` (providers, customers) have a name
// starting with `prefix`: walking finds a page of 200 orders within ~20,000,
// while the index would gather 10,000 or more to sort.
bool commonNamePrefix(store::Database &db, const char *table, const QString &prefix)
{
    if (prefix.isEmpty())
        return false;
    const QByteArray from = QByteArray(" FROM ") + table;
    const qint64 matching = db.scalar("SELECT count(*)" + from + " WHERE name >= ? AND name < ?", prefix,
                                      QString(prefix + QChar(0xffff))).toLongLong();
    if (matching == 0)
        return false;
    // Counts at most 100 × matching rows, so a rare prefix costs next to nothing.
    const qint64 limit = matching * 100;
    const qint64 seen = db.scalar("SELECT count(*) FROM (SELECT 1" + from + " LIMIT ?)", limit).toLongLong();
    return seen < limit;
}

ProviderWalk providerWalk(store::Database &db, const QString &name)
{
    return commonNamePrefix(db, "providers", name.trimmed()) ? ProviderWalk::InDisplayOrder : ProviderWalk::ThroughProviderIndex;
}

// The search box narrows to a few customers' orders or one order (an order
// number, phone digits, a rare surname): those rows come from the search's
// own index (orders_customer, the order number), so the status term must not
// let SQLite walk every order of that status instead, as it prefers to when
// the status index also gives the order shown (seconds for the nine board
// columns). A common surname walks the orders, as a common provider prefix does.
enum class SearchWalk { None, Narrow, InDisplayOrder };

// An order number or its beginning: the office's DS… numbers, and APP
// followed by digits for the orders customers placed in the app
// (server/api/customer_api.cpp), which a customer reads out on the phone.
bool isOrderNumberSearch(const QString &search)
{
    if (search.startsWith(u"DS", Qt::CaseInsensitive))
        return true;
    return search.size() > 3 && search.startsWith(u"APP", Qt::CaseInsensitive) && search.at(3).isDigit();
}

SearchWalk searchWalk(store::Database &db, const OrderFilter &f, bool unmasked)
{
    const QString search = f.search.trimmed();
    if (search.isEmpty())
        return SearchWalk::None;
    if (isOrderNumberSearch(search) || domain::phoneSearchKind(search, unmasked) != domain::PhoneSearch::NotDigits)
        return SearchWalk::Narrow;
    return commonNamePrefix(db, "customers", search) ? SearchWalk::InDisplayOrder : SearchWalk::Narrow;
}

// The status term: not through an index when the search narrows (see SearchWalk).
QByteArray statusTerm(SearchWalk searchBy)
{
    return searchBy == SearchWalk::Narrow ? " AND +o.status = ?" : " AND o.status = ?";
}

// The WHERE clause of a filter (without status), shared by the pages and the counts.
// `newestFirst`: the page is read newest first by id (no status, no dates).
// A district or service then matches one order in 16 or 8: walking the orders
// by id finds a page within a few thousand, while their indexes would gather
// all 60,000-125,000 of them at random and sort them (12-19 s at 1,000,000
// orders, measured by bench_gui_stall), so those terms stay off the index.
void appendFilter(const OrderFilter &f, bool unmasked, QByteArray &sql, QVariantList &binds,
                  ProviderWalk walk = ProviderWalk::ThroughProviderIndex, SearchWalk searchBy = SearchWalk::None,
                  bool newestFirst = false)
{
    if (f.windowFrom) {
        sql += " AND o.window_start >= ?";
        binds << f.windowFrom;
    }
    if (f.windowTo) {
        sql += " AND o.window_start < ?";
        binds << f.windowTo;
    }
    if (f.districtId) {
        sql += newestFirst ? " AND +o.district_id = ?" : " AND o.district_id = ?";
        binds << f.districtId;
    }
    if (f.categoryId) {
        // orders.category_id (v4) is the service item's category, kept on the
        // order so that orders(category_id, status, window_start) serves the
        // board's service filter at 1,000,000 orders.
        sql += newestFirst ? " AND +o.category_id = ?" : " AND o.category_id = ?";
        binds << f.categoryId;
    }
    if (f.providerId) {
        sql += " AND o.provider_id = ?";
        binds << f.providerId;
    }
    if (f.reachedStage > 0) {
        // One primary-key probe per order the other terms let through.
        sql += " AND EXISTS (SELECT 1 FROM stats_order_facts sf WHERE sf.order_id = o.id AND sf.stage >= ?)";
        binds << f.reachedStage;
    }
    if (f.paidRefund)
        sql += " AND EXISTS (SELECT 1 FROM stats_order_facts sf WHERE sf.order_id = o.id AND sf.refunds > 0)";
    if (const QString name = f.providerName.trimmed(); !name.isEmpty()) {
        // The unary + keeps SQLite from answering this term through
        // orders_provider_window (see ProviderWalk).
        sql += walk == ProviderWalk::InDisplayOrder ? " AND +o.provider_id IN (SELECT id FROM providers WHERE name >= ? AND name < ?)"
                                                    : " AND o.provider_id IN (SELECT id FROM providers WHERE name >= ? AND name < ?)";
        binds << name << QString(name + QChar(0xffff));
    }
    const QString search = f.search.trimmed();
    if (search.isEmpty())
        return;
    if (isOrderNumberSearch(search)) {
        sql += " AND o.order_no >= ? AND o.order_no < ?";
        binds << search.toUpper() << QString(search.toUpper() + QChar(0xffff));
    } else if (const domain::PhoneSearch kind = domain::phoneSearchKind(search, unmasked); kind != domain::PhoneSearch::NotDigits) {
        // The customer's phone, by the same rule as the customers list.
        SqlFilter phone;
        addPhoneSearch(phone, kind, search, "phone");
        sql += " AND o.customer_id IN (SELECT id FROM customers WHERE " + phone.sql + ')';
        binds << phone.params;
    } else {
        sql += searchBy == SearchWalk::InDisplayOrder ? " AND +o.customer_id IN (SELECT id FROM customers WHERE name >= ? AND name < ?)"
                                                      : " AND o.customer_id IN (SELECT id FROM customers WHERE name >= ? AND name < ?)";
        binds << search << QString(search + QChar(0xffff));
    }
}

void bindAll(store::Statement &st, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
}

} // namespace

OrdersModel::OrdersModel(store::Database &db, const services::Session &session, const services::Clock &clock, QObject *parent)
    : PagedTableModel(db, parent)
    , m_clock(clock)
    , m_allowed(session.can(services::Permission::OrderView))
    , m_unmasked(session.can(services::Permission::CustomerRevealPersonal))
{
}

QString OrdersModel::searchHint() const
{
    const QString search = m_filter.search.trimmed();
    return isOrderNumberSearch(search) ? QString() : domain::phoneSearchHint(search, m_unmasked);
}

void OrdersModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrdersModel::setStatusFilter(std::optional<domain::OrderStatus> status)
{
    m_filter.status = status;
    reload();
}

void OrdersModel::setSearch(const QString &text)
{
    m_filter.search = text.trimmed();
    reload();
}

PagedTableModel::Query OrdersModel::query() const
{
    // What the first page decides for the pages after it.
    auto plan = std::make_shared<Plan>();
    Query q;
    q.rows = [filter = m_filter, unmasked = m_unmasked, allowed = m_allowed, plan](store::Database &db, const Row *last, int limit) {
        return allowed ? fetchPage(db, filter, unmasked, *plan, last, limit) : QList<Row>();
    };
    return q; // counted per status by StatusCounts, not here
}

QList<PagedTableModel::Row> OrdersModel::fetchPage(store::Database &db, const OrderFilter &filter, bool unmasked, Plan &plan,
                                                   const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    // Read with every first page, so a changed setting shows at the next
    // reload; a stored value that is wrong fails the load (loadFailed) with
    // a message naming it.
    if (!last) {
        plan.dispatchLeadMinutes = services::OfficeSettings(db).whole(services::settings::DispatchLeadMinutes);
        plan.walkInDisplayOrder = providerWalk(db, filter.providerName) == ProviderWalk::InDisplayOrder;
    }
    // Decided without a query except for a surname (an index range count).
    const SearchWalk searchBy = searchWalk(db, filter, unmasked);
    QByteArray sql = "SELECT o.id, o.order_no, o.status, si.name, c.name, c.phone, d.name, o.window_start, o.window_end, p.name, o.price_fen,"
                     " o.planned_start, si.category_id, o.provider_id, o.duration_min"
                     " FROM orders o JOIN service_items si ON si.id = o.service_item_id JOIN customers c ON c.id = o.customer_id"
                     " LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN providers p ON p.id = o.provider_id WHERE 1";
    QVariantList binds;
    if (filter.status) {
        sql += statusTerm(searchBy);
        binds << domain::orderStatusKey(*filter.status);
    }
    const bool newestFirst = !(filter.status || filter.windowFrom || filter.windowTo);
    appendFilter(filter, unmasked, sql, binds,
                 plan.walkInDisplayOrder ? ProviderWalk::InDisplayOrder : ProviderWalk::ThroughProviderIndex, searchBy,
                 newestFirst && searchBy != SearchWalk::Narrow);
    // By window when the user narrowed by status or dates (the board and the
    // day's work), else newest first.
    if (filter.status || filter.windowFrom || filter.windowTo) {
        const bool up = filter.earliestFirst;
        if (last) {
            sql += up ? " AND (o.window_start > ? OR (o.window_start = ? AND o.id > ?))"
                      : " AND (o.window_start < ? OR (o.window_start = ? AND o.id < ?))";
            binds << last->at(RWindowStart) << last->at(RWindowStart) << last->at(RId);
        }
        sql += up ? " ORDER BY o.window_start, o.id LIMIT ?" : " ORDER BY o.window_start DESC, o.id DESC LIMIT ?";
    } else {
        if (last) {
            sql += " AND o.id < ?";
            binds << last->at(RId);
        }
        sql += " ORDER BY o.id DESC LIMIT ?";
    }
    binds << limit;
    auto st = db.prepare(sql);
    bindAll(st, binds);
    while (st.next()) {
        services::storedOrderStatus(st.text(RStatus), st.int64(RId)); // an unknown status fails the page, with the row named
        Row r;
        r.reserve(RRowSize);
        for (int c = 0; c < RCount; ++c)
            r.append(st.value(c));
        appendLateness(r, plan.dispatchLeadMinutes);
        rows.append(r);
    }
    return rows;
}

std::map<domain::OrderStatus, qint64> OrdersModel::countsByStatus()
{
    if (!m_allowed)
        return {};
    return countOrdersByStatus(db(), m_filter, m_unmasked);
}

std::map<domain::OrderStatus, qint64> countOrdersByStatus(store::Database &db, const OrderFilter &filter, bool unmasked)
{
    std::map<domain::OrderStatus, qint64> counts;
    // One indexed count per status: each is a range of orders(status,
    // window_start, id) instead of one scan of the whole table.
    const SearchWalk searchBy = searchWalk(db, filter, unmasked) == SearchWalk::Narrow ? SearchWalk::Narrow : SearchWalk::None;
    for (domain::OrderStatus s : domain::allOrderStatuses()) {
        QByteArray sql = "SELECT count(*) FROM orders o WHERE 1" + statusTerm(searchBy);
        QVariantList binds{domain::orderStatusKey(s)};
        appendFilter(filter, unmasked, sql, binds, ProviderWalk::ThroughProviderIndex, searchBy);
        auto st = db.prepare(sql);
        bindAll(st, binds);
        if (st.next() && st.int64(0) > 0)
            counts[s] = st.int64(0);
    }
    return counts;
}

void OrdersModel::appendLateness(Row &row, int dispatchLeadMinutes)
{
    using S = domain::OrderStatus;
    const auto status = domain::orderStatusFromKey(row.at(RStatus).toString());
    const qint64 windowStart = row.at(RWindowStart).toLongLong();
    Late kind = Late::Never;
    qint64 after = 0;
    if (status == S::Created || status == S::AwaitingDispatch) {
        kind = Late::NotDispatched;
        after = windowStart - qint64(dispatchLeadMinutes) * 60;
    } else if (status == S::Assigned || status == S::Accepted || status == S::OnTheWay) {
        kind = Late::NotStarted;
        after = row.at(RPlannedStart).isNull() ? windowStart : row.at(RPlannedStart).toLongLong();
    }
    row.append(after);
    row.append(int(kind));
    row.append(dispatchLeadMinutes);
}

bool OrdersModel::isLate(const Row &row) const
{
    return Late(row.at(RLateKind).toInt()) != Late::Never && m_clock.now() > row.at(RLateAfter).toLongLong();
}

QString OrdersModel::overdueReason(const Row &row) const
{
    if (!isLate(row))
        return {};
    if (Late(row.at(RLateKind).toInt()) == Late::NotDispatched)
        return tr("Not dispatched %n minute(s) before the window", nullptr, row.at(RLeadMinutes).toInt());
    return tr("Not started on time (planned %1)").arg(formatDateTime(row.at(RLateAfter).toLongLong()).right(5));
}

QString OrdersModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case OrderNo: return tr("Order");
    case Status: return tr("Status");
    case Service: return tr("Service");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case District: return tr("District");
    case Window: return tr("Time window");
    case Provider: return tr("Provider");
    case Price: return tr("Price");
    case ColumnCount: break;
    }
    return {};
}

QVariant OrdersModel::display(const Row &row, int column, int role) const
{
    // fetchRows refused unknown keys: every loaded row's status is known.
    const domain::OrderStatus status = *domain::orderStatusFromKey(row.at(RStatus).toString());
    switch (role) {
    case OverdueRole: return overdueReason(row);
    case StatusKeyRole: return row.at(RStatus);
    case WindowStartRole: return row.at(RWindowStart);
    case CategoryRole: return row.at(RCategory);
    case Qt::ToolTipRole: return overdueReason(row);
    case Qt::BackgroundRole:
        // Late work stands out in every column, like a red row in a spreadsheet.
        return isLate(row) ? QVariant(QBrush(toneFill(Tone::Late, QGuiApplication::palette()))) : QVariant();
    case Qt::ForegroundRole:
        if (column != Status)
            return {};
        if (status == domain::OrderStatus::AwaitingDispatch)
            return QBrush(toneText(Tone::Late, QGuiApplication::palette()));
        if (domain::isFinal(status))
            return QBrush(toneText(Tone::Quiet, QGuiApplication::palette()));
        return {};
    case Qt::TextAlignmentRole:
        return column == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case OrderNo: return row.at(ROrderNo);
    case Status: return role == SortRole ? row.at(RStatus) : QVariant(domain::orderStatusDisplayName(status));
    case Service: return row.at(RService);
    case Customer: return row.at(RCustomer);
    case Phone: return m_unmasked ? row.at(RPhone).toString() : domain::maskPhone(row.at(RPhone).toString());
    case District: return row.at(RDistrict);
    case Window:
        if (role == SortRole)
            return row.at(RWindowStart);
        return QString(formatDateTime(row.at(RWindowStart).toLongLong()) + u'–'
                       + formatDateTime(row.at(RWindowEnd).toLongLong()).right(5));
    case Provider: return row.at(RProvider);
    case Price: return role == SortRole ? row.at(RPrice) : QVariant(formatFen(row.at(RPrice).toLongLong()));
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = PagedTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    else if (m_acceptsJobs)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList OrdersModel::mimeTypes() const
{
    return {QString::fromUtf16(kOrderMimeType)};
}

QMimeData *OrdersModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const Row &row = rowAt(indexes.first().row());
    OrderDrag drag;
    drag.orderId = row.at(RId).toLongLong();
    drag.fromProviderId = row.at(RProviderId).toLongLong();
    drag.fromStart = row.at(RPlannedStart).toLongLong();
    drag.durationMin = row.at(RDuration).toInt();
    return encodeOrderDrag(drag);
}

bool OrdersModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    // Only a job taken off a provider's row comes back to the pending list.
    const auto drag = decodeOrderDrag(data);
    return m_acceptsJobs && action == Qt::MoveAction && drag && drag->fromProviderId != 0;
}

bool OrdersModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT unassignRequested(*decodeOrderDrag(data));
    return true;
}

QList<TimelineEntry> orderTimeline(store::Database &db, qint64 orderId)
{
    QList<TimelineEntry> out;
    auto st = db.prepare("SELECT e.at, e.actor_kind, s.display_name, e.from_status, e.to_status, e.note, e.event FROM order_events e"
                         " LEFT JOIN staff s ON s.id = e.staff_id WHERE e.order_id = ? ORDER BY e.at, e.id");
    st.bind(1, orderId);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return out;
}

QString timelineHeadline(const TimelineEntry &e)
{
    if (e.eventKey == u"move")
        return QCoreApplication::translate("OrderEvent", "Moved to another time");
    if (const auto event = domain::orderEventFromKey(e.eventKey))
        return domain::orderEventDisplayName(*event);
    // Rows from before schema v5 name no event: the status reached says enough.
    if (e.fromStatus.isEmpty())
        return QCoreApplication::translate("OrderEvent", "Order created");
    const auto to = domain::orderStatusFromKey(e.toStatus);
    return to ? domain::orderStatusDisplayName(*to) : e.toStatus;
}

QString timelineActor(const TimelineEntry &e)
{
    // Staff record what customers and providers tell them on the phone: say both.
    const bool byStaff = e.actorKind == u"staff";
    QString who;
    if (e.actorKind == u"customer")
        who = QCoreApplication::translate("OrderEvent", "customer");
    else if (e.actorKind == u"provider")
        who = QCoreApplication::translate("OrderEvent", "provider");
    else if (e.actorKind == u"system")
        who = QCoreApplication::translate("OrderEvent", "system");
    if (e.staffName.isEmpty())
        return who;
    if (byStaff || who.isEmpty())
        return e.staffName;
    return QCoreApplication::translate("OrderEvent", "%1, recorded by %2").arg(who, e.staffName);
}

} // namespace doorstep::itemmodels
