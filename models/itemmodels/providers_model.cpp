#include "itemmodels/providers_model.h"

#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/sql_filter.h"
#include "services/stored_state.h"

#include <QBrush>
#include <QGuiApplication>

namespace doorstep::itemmodels {
namespace {
// Raw row layout.
enum Raw { RId, RName, RPhone, RIdNumber, RStatus, RSkills, RDistrict, RRating, RRatings, RPoints, RJoined, RReason, ROpenFlags };
} // namespace

ProvidersModel::ProvidersModel(store::Database &db, const services::Session &session, QObject *parent)
    : PagedTableModel(db, parent)
{
    if (!session.can(services::Permission::ProviderView))
        setPageSize(0);
}

void ProvidersModel::setStatus(const QString &status) { m_status = status; reload(); }
void ProvidersModel::setSkill(qint64 categoryId) { m_skill = categoryId; reload(); }
void ProvidersModel::setDistrict(qint64 districtId) { m_district = districtId; reload(); }
void ProvidersModel::setMinRatingX100(int x100) { m_minRating = std::max(0, x100); reload(); }
void ProvidersModel::setMinPoints(std::optional<int> points) { m_minPoints = points; reload(); }
void ProvidersModel::setSearch(const QString &text) { m_search = text.trimmed(); reload(); }
void ProvidersModel::setOrder(Order order) { m_order = order; reload(); }
void ProvidersModel::setOpenFlagsOnly(bool only) { m_openFlagsOnly = only; reload(); }
void ProvidersModel::setOnlyProviders(const std::optional<QList<qint64>> &ids) { m_only = ids; reload(); }

QString ProvidersModel::searchHint() const
{
    return domain::phoneSearchHint(m_search, false);
}

SqlFilter ProvidersModel::filter() const
{
    SqlFilter f;
    if (!m_status.isEmpty())
        f.add("p.status = ?", {m_status});
    if (m_skill)
        f.add("EXISTS (SELECT 1 FROM provider_skills ps WHERE ps.provider_id = p.id AND ps.category_id = ?)", {m_skill});
    if (m_district)
        f.add("EXISTS (SELECT 1 FROM provider_districts pd WHERE pd.provider_id = p.id AND pd.district_id = ?)", {m_district});
    if (m_minRating > 0)
        f.add("p.rating_avg_x100 >= ?", {m_minRating});
    if (m_minPoints)
        f.add("p.points >= ?", {*m_minPoints});
    if (m_openFlagsOnly)
        f.add("EXISTS (SELECT 1 FROM provider_flags fl WHERE fl.provider_id = p.id AND fl.state = 'open')", {});
    if (m_only) {
        QByteArray ids;
        for (qint64 id : *m_only)
            ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(id);
        f.add("p.id IN (" + ids + ')'); // IN () is valid SQLite: no provider
    }
    // The provider lists mask phone numbers for every role.
    addNameOrPhoneSearch(f, m_search, "p.name", "p.phone", /*unmasked=*/false);
    return f;
}

PagedTableModel::Query ProvidersModel::query() const
{
    const SqlFilter base = filter();
    Query q;
    q.rows = [base, order = m_order](store::Database &db, const Row *last, int limit) { return fetchPage(db, base, order, last, limit); };
    q.count = [base](store::Database &db) {
        auto st = db.prepare("SELECT count(*) FROM providers p WHERE " + base.sql);
        base.bind(st);
        return st.next() ? st.int64(0) : qint64(0);
    };
    return q;
}

QList<PagedTableModel::Row> ProvidersModel::fetchPage(store::Database &db, const SqlFilter &base, Order by, const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    SqlFilter f = base;
    QByteArray order;
    switch (by) {
    case Order::ByName:
        if (last)
            f.add("p.name > ? OR (p.name = ? AND p.id > ?)", {last->at(RName), last->at(RName), last->at(RId)});
        order = "p.name, p.id";
        break;
    case Order::ByRating:
        if (last)
            f.add("p.rating_avg_x100 < ? OR (p.rating_avg_x100 = ? AND p.id < ?)", {last->at(RRating), last->at(RRating), last->at(RId)});
        order = "p.rating_avg_x100 DESC, p.id DESC";
        break;
    case Order::ByPoints:
        if (last)
            f.add("p.points < ? OR (p.points = ? AND p.id < ?)", {last->at(RPoints), last->at(RPoints), last->at(RId)});
        order = "p.points DESC, p.id DESC";
        break;
    }
    auto st = db.prepare(
        "SELECT p.id, p.name, p.phone, p.id_number, p.status,"
        " (SELECT group_concat(sc.name, '、') FROM provider_skills ps JOIN service_categories sc ON sc.id = ps.category_id"
        "  WHERE ps.provider_id = p.id),"
        " d.name, p.rating_avg_x100, p.rating_count, p.points, p.joined_at, p.status_reason,"
        " (SELECT count(*) FROM provider_flags fl WHERE fl.provider_id = p.id AND fl.state = 'open')"
        " FROM providers p LEFT JOIN districts d ON d.id = p.home_district_id WHERE " + f.sql + " ORDER BY " + order + " LIMIT ?");
    f.bind(st, {limit});
    while (st.next()) {
        services::storedState<domain::ProviderStatus>(st.text(RStatus), st.int64(RId)); // unknown: the page fails, naming the row
        Row row;
        for (int c = 0; c <= ROpenFlags; ++c)
            row.append(st.value(c));
        rows.append(row);
    }
    return rows;
}

qint64 ProvidersModel::openFlagsCount()
{
    return db().scalar("SELECT count(DISTINCT provider_id) FROM provider_flags WHERE state = 'open'").toLongLong();
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (role == StatusKeyRole || role == StatusReasonRole || role == OpenFlagsRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return rowAt(index.row()).at(role == StatusKeyRole ? RStatus : role == StatusReasonRole ? RReason : ROpenFlags);
    }
    return PagedTableModel::data(index, role);
}

QString ProvidersModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case IdNumber: return tr("ID number");
    case Status: return tr("Status");
    case Skills: return tr("Skills");
    case District: return tr("District");
    case Rating: return tr("Rating");
    case Ratings: return tr("Ratings");
    case Points: return tr("Points");
    case Joined: return tr("Joined");
    case ColumnCount: break;
    }
    return {};
}

QVariant ProvidersModel::display(const Row &row, int column, int role) const
{
    static constexpr int rawOf[] = {RName, RPhone, RIdNumber, RStatus, RSkills, RDistrict, RRating, RRatings, RPoints, RJoined};
    if (column < 0 || column >= ColumnCount)
        return {};
    const QVariant &raw = row.at(rawOf[column]);
    // Personal data never leaves the model unmasked, not even as a sort key:
    // unmasked views are audited, and a list is not one.
    const auto shown = [&]() -> QVariant {
        if (column == Phone)
            return domain::maskPhone(raw.toString());
        if (column == IdNumber)
            return domain::maskIdNumber(raw.toString());
        return raw;
    };
    switch (role) {
    case SortRole:
        return shown();
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Status: return ProviderText::providerStatus(raw.toString());
        case Rating: return row.at(RRatings).toInt() > 0 ? QVariant(QString::number(raw.toInt() / 100.0, 'f', 2)) : QVariant(QString());
        case Joined: return formatDate(raw.toLongLong());
        case Skills:
        case District: return raw.toString();
        default: return shown();
        }
    case Qt::ToolTipRole:
        if (column == Status && row.at(ROpenFlags).toInt() > 0) {
            const QString flags = tr("%n open deactivation flag(s) awaiting a decision", nullptr, row.at(ROpenFlags).toInt());
            return row.at(RReason).toString().isEmpty() ? flags : row.at(RReason).toString() + u'\n' + flags;
        }
        return column == Status ? row.at(RReason) : QVariant();
    case Qt::ForegroundRole:
        // A flag awaiting a decision shows in the list, not only in the detail.
        return column == Status && row.at(ROpenFlags).toInt() > 0 ? QVariant(QBrush(toneText(Tone::Late, QGuiApplication::palette()))) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Rating || column == Ratings || column == Points ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace doorstep::itemmodels
