#include "itemmodels/expiring_credentials_model.h"

#include "domain/masking.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/sql_filter.h"
#include "services/stored_state.h"

namespace doorstep::itemmodels {
namespace {
// Raw row layout.
enum Raw { RId, RProvider, RName, RType, RQualification, RNumber, RValidTo, RStatus, RQualificationCode };
} // namespace

ExpiringCredentialsModel::ExpiringCredentialsModel(store::Database &db, const services::Session &session, const services::Clock &clock,
                                                   QObject *parent)
    : PagedTableModel(db, parent)
    , m_clock(clock)
{
    if (!session.can(services::Permission::ProviderView))
        setPageSize(0);
}

void ExpiringCredentialsModel::setWithinDays(int days) { m_days = std::max(0, days); reload(); }
void ExpiringCredentialsModel::setIncludeExpired(bool include) { m_includeExpired = include; reload(); }
void ExpiringCredentialsModel::setType(const QString &type) { m_type = type; reload(); }

SqlFilter ExpiringCredentialsModel::filter() const
{
    const QDate today = m_clock.officeToday();
    SqlFilter f;
    f.add("c.review_status = 'approved' AND c.valid_to IS NOT NULL AND c.valid_to <= ?", {today.addDays(m_days).toString(Qt::ISODate)});
    if (!m_includeExpired)
        f.add("c.valid_to >= ?", {today.toString(Qt::ISODate)});
    if (!m_type.isEmpty())
        f.add("c.type = ?", {m_type});
    f.add("p.status IN ('active','suspended')");
    f.add("NOT EXISTS (SELECT 1 FROM credentials v WHERE v.provider_id = c.provider_id AND v.type = c.type AND v.id <> c.id"
          " AND (v.type <> 'qualification' OR v.qualification_code = c.qualification_code) AND v.review_status = 'approved'"
          " AND (v.valid_to IS NULL OR v.valid_to > c.valid_to))");
    return f;
}

PagedTableModel::Query ExpiringCredentialsModel::query() const
{
    Query q;
    const SqlFilter base = filter();
    q.rows = [base](store::Database &db, const Row *last, int limit) { return fetchPage(db, base, last, limit); };
    q.count = [base](store::Database &db) {
        auto st = db.prepare("SELECT count(*) FROM credentials c JOIN providers p ON p.id = c.provider_id WHERE " + base.sql);
        base.bind(st);
        return st.next() ? st.int64(0) : qint64(0);
    };
    return q;
}

QList<PagedTableModel::Row> ExpiringCredentialsModel::fetchPage(store::Database &db, const SqlFilter &base, const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    SqlFilter f = base;
    if (last)
        f.add("c.valid_to > ? OR (c.valid_to = ? AND c.id > ?)", {last->at(RValidTo), last->at(RValidTo), last->at(RId)});
    auto st = db.prepare("SELECT c.id, p.id, p.name, c.type, q.name, c.number, c.valid_to, p.status, c.qualification_code"
                           " FROM credentials c JOIN providers p ON p.id = c.provider_id"
                           " LEFT JOIN qualification_types q ON q.code = c.qualification_code"
                           " WHERE " + f.sql + " ORDER BY c.valid_to, c.id LIMIT ?");
    f.bind(st, {limit});
    while (st.next()) {
        // Unknown keys fail the page, naming the row.
        services::storedState<domain::ProviderStatus>(st.text(RStatus), st.int64(RProvider));
        services::storedState<domain::CredentialType>(st.text(RType), st.int64(RId));
        rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6), st.value(7), st.value(8)});
    }
    return rows;
}

QVariant ExpiringCredentialsModel::data(const QModelIndex &index, int role) const
{
    if (role == ProviderIdRole || role == TypeKeyRole || role == QualificationCodeRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return rowAt(index.row()).at(role == ProviderIdRole ? RProvider : role == TypeKeyRole ? RType : RQualificationCode);
    }
    return PagedTableModel::data(index, role);
}

QString ExpiringCredentialsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Provider: return tr("Provider");
    case Credential: return tr("Credential");
    case Number: return tr("Number");
    case ValidTo: return tr("Valid to");
    case DaysLeft: return tr("Expiry");
    case ProviderStatus: return tr("Provider status");
    case ColumnCount: break;
    }
    return {};
}

QVariant ExpiringCredentialsModel::display(const Row &row, int column, int role) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const QString type = row.at(RType).toString();
    const qint64 days = m_clock.officeToday().daysTo(QDate::fromString(row.at(RValidTo).toString(), Qt::ISODate));
    // An ID card's number is the holder's ID number: personal data.
    const bool idCard = domain::stateFromKey<domain::CredentialType>(type) == domain::CredentialType::IdCard;
    const QString number = idCard ? domain::maskIdNumber(row.at(RNumber).toString()) : row.at(RNumber).toString();
    switch (role) {
    case SortRole:
        switch (Column(column)) {
        case Provider: return row.at(RName);
        case Credential: return type;
        case Number: return number;
        case ValidTo: return row.at(RValidTo);
        case DaysLeft: return days;
        case ProviderStatus: return row.at(RStatus);
        case ColumnCount: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Provider: return row.at(RName).toString();
        case Credential: return ProviderText::credentialType(type, row.at(RQualification).toString());
        case Number: return number;
        case ValidTo: return row.at(RValidTo).toString();
        case DaysLeft: return ProviderText::daysLeft(days);
        case ProviderStatus: return ProviderText::providerStatus(row.at(RStatus).toString());
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

} // namespace doorstep::itemmodels
