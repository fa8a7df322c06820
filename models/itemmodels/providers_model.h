#pragma once
#include "itemmodels/paged_table_model.h"
#include "services/session.h"

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {
struct SqlFilter;

// The provider directory, a page at a time: by name (providers(name, id)),
// or highest rating / most points first (providers(rating_avg_x100, id),
// providers(points, id)), so 20,000 providers scroll without loading the
// table. Filters: status, a skill, a district served, a minimum rating, a
// minimum points balance, open deactivation flags awaiting a decision, and a
// search by name prefix or phone digits.
// Phone and ID numbers are always masked, whatever the role: the full values
// are only shown through the audited reveal (ProviderReviewService). Empty
// for a session without ProviderView.
class ProvidersModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, IdNumber, Status, Skills, District, Rating, Ratings, Points, Joined, ColumnCount };
    enum class Order { ByName, ByRating, ByPoints };
    enum Roles { StatusKeyRole = IdRole + 1, StatusReasonRole, OpenFlagsRole };

    ProvidersModel(store::Database &db, const services::Session &session, QObject *parent = nullptr);

    // Each setter reloads.
    void setStatus(const QString &status);        // "active", ...; empty: any
    void setSkill(qint64 categoryId);             // 0: any
    void setDistrict(qint64 districtId);          // 0: any
    void setMinRatingX100(int x100);              // 0: any; 450 = at least 4.5 stars
    void setMinPoints(std::optional<int> points); // nullopt: any
    void setSearch(const QString &text);
    // What the search may be instead when its digits are refused (the list
    // is masked: the last 4 digits or the whole number); empty otherwise.
    QString searchHint() const;
    void setOrder(Order order);
    void setOpenFlagsOnly(bool only);             // only providers with an open deactivation flag
    // Only these providers (a statistics drill-down: a rating band, the active
    // ones of a day); nullopt: any. Written into the SQL as integers, not bound,
    // so a band of thousands stays under SQLite's 999 parameters.
    void setOnlyProviders(const std::optional<QList<qint64>> &ids);

    // Providers with at least one open flag, whatever the other filters say.
    qint64 openFlagsCount();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    SqlFilter filter() const;
    static QList<Row> fetchPage(store::Database &db, const SqlFilter &base, Order by, const Row *last, int limit);

    QString m_status;
    qint64 m_skill = 0;
    qint64 m_district = 0;
    int m_minRating = 0;
    std::optional<int> m_minPoints;
    QString m_search;
    Order m_order = Order::ByName;
    bool m_openFlagsOnly = false;
    std::optional<QList<qint64>> m_only;
};

} // namespace doorstep::itemmodels
