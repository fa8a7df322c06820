#include "itemmodels/applications_model.h"

#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/sql_filter.h"
#include "services/stored_state.h"

namespace doorstep::itemmodels {
namespace {
// Raw row layout.
enum Raw { RId, RProvider, RName, RPhone, RSkills, RDistrict, RState, RSubmitted };
constexpr qint64 kDay = 86400;
} // namespace

ApplicationsModel::ApplicationsModel(store::Database &db, const services::Session &session, const services::Clock &clock,
                                     QObject *parent)
    : PagedTableModel(db, parent)
    , m_clock(clock)
{
    if (!session.can(services::Permission::ProviderView))
        setPageSize(0);
}

void ApplicationsModel::setStates(const QStringList &states) { m_states = states; reload(); }
void ApplicationsModel::setSkill(qint64 categoryId) { m_skill = categoryId; reload(); }
void ApplicationsModel::setDistrict(qint64 districtId) { m_district = districtId; reload(); }
void ApplicationsModel::setWaitingLongerThanDays(int days) { m_waitingDays = std::max(0, days); reload(); }
void ApplicationsModel::setSearch(const QString &text) { m_search = text.trimmed(); reload(); }

QString ApplicationsModel::searchHint() const
{
    return domain::phoneSearchHint(m_search, false);
}

SqlFilter ApplicationsModel::filter(bool withStates) const
{
    SqlFilter f;
    if (withStates && !m_states.isEmpty()) {
        QByteArray marks;
        QVariantList values;
        for (const QString &s : m_states) {
            marks += marks.isEmpty() ? "?" : ", ?";
            values.append(s);
        }
        f.add("a.state IN (" + marks + ')', values);
    }
    if (m_skill)
        f.add("EXISTS (SELECT 1 FROM provider_skills ps WHERE ps.provider_id = a.provider_id AND ps.category_id = ?)", {m_skill});
    if (m_district)
        f.add("EXISTS (SELECT 1 FROM provider_districts pd WHERE pd.provider_id = a.provider_id AND pd.district_id = ?)", {m_district});
    if (m_waitingDays > 0)
        f.add("a.submitted_at <= ?", {m_clock.now() - m_waitingDays * kDay});
    // The provider lists mask phone numbers for every role.
    addNameOrPhoneSearch(f, m_search, "p.name", "p.phone", /*unmasked=*/false);
    return f;
}

PagedTableModel::Query ApplicationsModel::query() const
{
    Query q;
    q.rows = [base = filter(false), states = m_states](store::Database &db, const Row *last, int limit) {
        return fetchPage(db, base, states, last, limit);
    };
    q.count = [all = filter()](store::Database &db) {
        auto st = db.prepare("SELECT count(*) FROM provider_applications a JOIN providers p ON p.id = a.provider_id WHERE " + all.sql);
        all.bind(st);
        return st.next() ? st.int64(0) : qint64(0);
    };
    return q;
}

QList<PagedTableModel::Row> ApplicationsModel::fetchPage(store::Database &db, const SqlFilter &base, const QStringList &states,
                                                          const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    SqlFilter f = base;
    if (last)
        f.add("a.submitted_at > ? OR (a.submitted_at = ? AND a.id > ?)", {last->at(RSubmitted), last->at(RSubmitted), last->at(RId)});
    // The queue walks provider_applications(state, submitted_at) once per
    // state and merges the pages: "state IN (...) ORDER BY submitted_at"
    // would instead walk every application ever made (20,000 at a large
    // franchise, nearly all approved long ago) to find the few waiting ones.
    QByteArray from = "provider_applications a";
    QVariantList params;
    if (!states.isEmpty()) {
        QByteArray parts;
        for (const QString &state : states) {
            if (!parts.isEmpty())
                parts += " UNION ALL ";
            parts += "SELECT * FROM (SELECT a.id AS aid FROM provider_applications a JOIN providers p ON p.id = a.provider_id"
                     " WHERE a.state = ? AND " + f.sql + " ORDER BY a.submitted_at, a.id LIMIT ?)";
            params << state;
            params += f.params;
            params << limit;
        }
        from = "(" + parts + ") u JOIN provider_applications a ON a.id = u.aid";
    }
    auto st = db.prepare(
        "SELECT a.id, p.id, p.name, p.phone,"
        " (SELECT group_concat(sc.name, '、') FROM provider_skills ps JOIN service_categories sc ON sc.id = ps.category_id"
        "  WHERE ps.provider_id = p.id),"
        " d.name, a.state, a.submitted_at"
        " FROM " + from + " JOIN providers p ON p.id = a.provider_id LEFT JOIN districts d ON d.id = p.home_district_id"
        " WHERE " + (states.isEmpty() ? f.sql : QByteArray("1")) + " ORDER BY a.submitted_at, a.id LIMIT ?");
    if (states.isEmpty())
        f.bind(st, {limit});
    else {
        int pos = 0;
        for (const QVariant &v : std::as_const(params))
            st.bind(++pos, v);
        st.bind(++pos, limit);
    }
    while (st.next()) {
        services::storedState<domain::ApplicationState>(st.text(RState), st.int64(RId)); // unknown: the page fails, naming the row
        rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6), st.value(7)});
    }
    return rows;
}

qint64 ApplicationsModel::providerIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).at(RProvider).toLongLong() : 0;
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (role == ProviderIdRole || role == StateKeyRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return rowAt(index.row()).at(role == ProviderIdRole ? RProvider : RState);
    }
    return PagedTableModel::data(index, role);
}

QString ApplicationsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Skills: return tr("Skills");
    case District: return tr("District");
    case State: return tr("State");
    case Submitted: return tr("Submitted");
    case Waiting: return tr("Waiting (days)");
    case ColumnCount: break;
    }
    return {};
}

QVariant ApplicationsModel::display(const Row &row, int column, int role) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const qint64 submitted = row.at(RSubmitted).toLongLong();
    const qint64 waitedSecs = std::max<qint64>(0, m_clock.now() - submitted);
    switch (role) {
    case SortRole:
        switch (Column(column)) {
        case Name: return row.at(RName);
        case Phone: return domain::maskPhone(row.at(RPhone).toString());
        case Skills: return row.at(RSkills);
        case District: return row.at(RDistrict);
        case State: return row.at(RState);
        case Submitted: return submitted;
        case Waiting: return waitedSecs;
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name: return row.at(RName);
        case Phone: return domain::maskPhone(row.at(RPhone).toString());
        case Skills: return row.at(RSkills).toString();
        case District: return row.at(RDistrict).toString();
        case State: return ProviderText::applicationState(row.at(RState).toString());
        case Submitted: return formatDateTime(submitted);
        case Waiting: return waitedSecs / kDay;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Waiting ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace doorstep::itemmodels
