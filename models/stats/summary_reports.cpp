#include "stats/summary_reports.h"

#include "domain/masking.h"
#include "domain/office_time.h"
#include "stats/dashboard.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <map>
#include <stdexcept>

namespace doorstep::stats {
namespace {
using reports::Column;
using reports::ColumnType;
using reports::Params;
using reports::RowSink;
using reports::Summary;

// The context lupdate files these strings under is the macro's literal,
// the one the program asks for (a free tr() wrapper would be filed under
// the namespace's name and never found: tst_translation_contexts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatsReports)
};

// A source whose rows are small enough to build at once (one per day, per
// district × category, per provider): rowCount, readRows and summary all
// come from table(). Each source makes its own total row, because a total is
// not always a sum: the period's median wait is not the sum of the days'
// medians, nor its on-time rate the sum of theirs.
class TableSource : public reports::ReportSource
{
public:
    qint64 rowCount(store::Database &db, const Params &p) const override { return table(db, p).rows.size(); }
    bool readRows(store::Database &db, const Params &p, const RowSink &sink) const override
    {
        for (const QVariantList &row : table(db, p).rows)
            if (!sink(row))
                return false;
        return true;
    }
    Summary summary(store::Database &db, const Params &p) const override
    {
        Table t = table(db, p);
        Summary s;
        s.columns = columns();
        s.rows = std::move(t.rows);
        s.totals = {std::move(t.total)};
        s.chart = chart();
        return s;
    }

protected:
    struct Table
    {
        QList<QVariantList> rows;
        QVariantList total; // its first cell says "Total"
    };
    virtual Table table(store::Database &db, const Params &p) const = 0;
    virtual std::optional<Summary::Chart> chart() const = 0;
};

QVariant percent(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant minutes(std::optional<int> m)
{
    return m ? QVariant(qint64(*m)) : QVariant();
}

Filter oneDay(const Filter &f, QDate day)
{
    Filter d = f;
    d.period = {day, day};
    return d;
}

class DailySource final : public TableSource
{
public:
    QString kind() const override { return QStringLiteral("daily"); }
    QString title() const override { return Text::tr("Daily operations"); }
    QList<Column> columns() const override
    {
        return {{QStringLiteral("day"), Text::tr("Day"), ColumnType::Date},
                {QStringLiteral("orders"), Text::tr("Orders"), ColumnType::Integer},
                {QStringLiteral("completed"), Text::tr("Completed"), ColumnType::Integer},
                {QStringLiteral("cancelled"), Text::tr("Cancelled"), ColumnType::Integer},
                {QStringLiteral("revenue"), Text::tr("Revenue"), ColumnType::MoneyFen},
                {QStringLiteral("refunds"), Text::tr("Refunds paid"), ColumnType::MoneyFen},
                {QStringLiteral("complaints"), Text::tr("Complaints"), ColumnType::Integer},
                {QStringLiteral("on_time"), Text::tr("On-time arrival"), ColumnType::Percent}};
    }

protected:
    Table table(store::Database &db, const Params &p) const override
    {
        Table out;
        for (QDate day = p.filter.period.from; p.filter.period.isValid() && day <= p.filter.period.to; day = day.addDays(1))
            out.rows.append(row(day, totalsFor(db, oneDay(p.filter, day))));
        out.total = row(Text::tr("Total"), totalsFor(db, p.filter));
        return out;
    }
    std::optional<Summary::Chart> chart() const override { return Summary::Chart{Summary::Chart::Line, Text::tr("Orders per day"), 0, {1, 2}}; }

private:
    static QVariantList row(const QVariant &first, const Totals &t)
    {
        return {first, t.orders, t.completed, t.cancelled, t.revenueFen, t.refundFen, t.complaints, percent(t.onTimeRate())};
    }
};

class DispatchSource final : public TableSource
{
public:
    QString kind() const override { return QStringLiteral("dispatch"); }
    QString title() const override { return Text::tr("Dispatch performance"); }
    QList<Column> columns() const override
    {
        return {{QStringLiteral("day"), Text::tr("Day"), ColumnType::Date},
                {QStringLiteral("dispatched"), Text::tr("Dispatched"), ColumnType::Integer},
                {QStringLiteral("auto_share"), Text::tr("Auto share"), ColumnType::Percent},
                {QStringLiteral("median_min"), Text::tr("Median minutes to assignment"), ColumnType::Integer},
                {QStringLiteral("p90_min"), Text::tr("90th percentile minutes"), ColumnType::Integer},
                {QStringLiteral("acceptance"), Text::tr("Acceptance rate"), ColumnType::Percent},
                {QStringLiteral("timeouts"), Text::tr("Accept timeouts"), ColumnType::Integer},
                {QStringLiteral("on_time"), Text::tr("On-time arrival"), ColumnType::Percent}};
    }

protected:
    Table table(store::Database &db, const Params &p) const override
    {
        Table out;
        for (QDate day = p.filter.period.from; p.filter.period.isValid() && day <= p.filter.period.to; day = day.addDays(1)) {
            const Filter f = oneDay(p.filter, day);
            out.rows.append(row(day, totalsFor(db, f), dispatchTimesFor(db, f)));
        }
        // The period's median and 90th percentile over all its waits.
        out.total = row(Text::tr("Total"), totalsFor(db, p.filter), dispatchTimesFor(db, p.filter));
        return out;
    }
    std::optional<Summary::Chart> chart() const override
    {
        return Summary::Chart{Summary::Chart::Line, Text::tr("Minutes from creation to assignment"), 0, {3, 4}};
    }

private:
    static QVariantList row(const QVariant &first, const Totals &t, const DispatchTimes &d)
    {
        return {first, t.dispatched, percent(t.autoShare()), minutes(d.medianMinutes), minutes(d.p90Minutes), percent(t.acceptanceRate()),
                t.timeouts, percent(t.onTimeRate())};
    }
};

class RevenueSource final : public TableSource
{
public:
    QString kind() const override { return QStringLiteral("revenue"); }
    QString title() const override { return Text::tr("Revenue by district and category"); }
    QList<Column> columns() const override
    {
        return {{QStringLiteral("district"), Text::tr("District"), ColumnType::Text},
                {QStringLiteral("category"), Text::tr("Service category"), ColumnType::Text},
                {QStringLiteral("orders"), Text::tr("Orders"), ColumnType::Integer},
                {QStringLiteral("completed"), Text::tr("Completed"), ColumnType::Integer},
                {QStringLiteral("revenue"), Text::tr("Revenue"), ColumnType::MoneyFen},
                {QStringLiteral("refunds"), Text::tr("Refunds paid"), ColumnType::MoneyFen},
                {QStringLiteral("net"), Text::tr("Net revenue"), ColumnType::MoneyFen}};
    }

protected:
    // One grouped read of the period's rollup cells. Orders without a district
    // or category (their cells hold id 0) get a row of their own, last, so the
    // total is every order of the period, as the order detail counts them.
    Table table(store::Database &db, const Params &p) const override
    {
        Table out;
        if (!p.filter.period.isValid())
            return out;
        const QList<Named> districts = districtsOf(db), categories = categoriesOf(db);
        std::map<qint64, std::pair<int, QString>> district{{0, {int(districts.size()), Text::tr("No district")}}};
        std::map<qint64, std::pair<int, QString>> category{{0, {int(categories.size()), Text::tr("No category")}}};
        for (int i = 0; i < districts.size(); ++i)
            district[districts[i].id] = {i, districts[i].name};
        for (int i = 0; i < categories.size(); ++i)
            category[categories[i].id] = {i, categories[i].name};
        const auto codeId = [](const QList<Named> &list, const QString &code) -> qint64 {
            for (const Named &n : list)
                if (n.code == code)
                    return n.id;
            return -1; // matches no cell
        };
        const qint64 onlyDistrict = p.filter.districtCode.isEmpty() ? 0 : codeId(districts, p.filter.districtCode);
        const qint64 onlyCategory = p.filter.categoryCode.isEmpty() ? 0 : codeId(categories, p.filter.categoryCode);
        auto st = db.prepare("SELECT district_id, category_id, sum(orders), sum(CASE WHEN status IN ('completed','rated') THEN orders ELSE 0 END),"
                             " sum(CASE WHEN status IN ('completed','rated') THEN price_fen ELSE 0 END), sum(refund_fen)"
                             " FROM stats_daily WHERE day BETWEEN ? AND ? GROUP BY district_id, category_id");
        st.bind(1, dayNumber(p.filter.period.from));
        st.bind(2, dayNumber(p.filter.period.to));
        std::map<std::pair<int, int>, QVariantList> rows; // (district's place, category's place)
        Totals all;
        while (st.next()) {
            const qint64 d = st.int64(0), c = st.int64(1);
            if ((onlyDistrict && d != onlyDistrict) || (onlyCategory && c != onlyCategory) || st.int64(2) == 0)
                continue;
            const auto di = district.find(d), ci = category.find(c);
            if (di == district.end() || ci == category.end())
                throw std::runtime_error("stats_daily names a district or category the catalogue does not have");
            Totals t;
            t.orders = st.int64(2);
            t.completed = st.int64(3);
            t.revenueFen = st.int64(4);
            t.refundFen = st.int64(5);
            all += t;
            rows[{di->second.first, ci->second.first}] = {di->second.second, ci->second.second, t.orders, t.completed, t.revenueFen,
                                                          t.refundFen, t.revenueFen - t.refundFen};
        }
        for (auto &[place, row] : rows)
            out.rows.append(std::move(row));
        out.total = {Text::tr("Total"), QVariant(), all.orders, all.completed, all.revenueFen, all.refundFen, all.revenueFen - all.refundFen};
        return out;
    }
    // One bar per district, its categories stacked: rows are district ×
    // category, so labelling a bar per row repeated each district's name.
    std::optional<Summary::Chart> chart() const override
    {
        return Summary::Chart{Summary::Chart::StackedBar, Text::tr("Revenue by district, stacked by service category"), 0, {4}, 1};
    }
};

class ProvidersSource final : public TableSource
{
public:
    QString kind() const override { return QStringLiteral("providers"); }
    QString title() const override { return Text::tr("Provider performance"); }
    QList<Column> columns() const override
    {
        return {{QStringLiteral("provider"), Text::tr("Provider"), ColumnType::Text, true},
                {QStringLiteral("orders"), Text::tr("Orders"), ColumnType::Integer},
                {QStringLiteral("completed"), Text::tr("Completed"), ColumnType::Integer},
                {QStringLiteral("rating"), Text::tr("Average rating"), ColumnType::Decimal},
                {QStringLiteral("complaints"), Text::tr("Complaints"), ColumnType::Integer},
                {QStringLiteral("upheld"), Text::tr("Upheld complaints"), ColumnType::Integer},
                {QStringLiteral("upheld_per_100"), Text::tr("Upheld per 100 orders"), ColumnType::Decimal}};
    }

protected:
    // The period's orders grouped by provider: a scan of the period's orders
    // (a report, not the dashboard's budget).
    Table table(store::Database &db, const Params &p) const override
    {
        Table out;
        if (!p.filter.period.isValid())
            return out;
        QByteArray sql = "SELECT pr.name, count(*), sum(f.status IN ('completed','rated')), sum(f.stars), sum(f.rated), sum(f.complaints),"
                         " sum(f.upheld) FROM orders o JOIN stats_order_facts f ON f.order_id = o.id JOIN providers pr ON pr.id = o.provider_id"
                         " WHERE o.window_start >= ? AND o.window_start < ?";
        QVariantList binds{domain::officeDayStart(domain::officeNoon(p.filter.period.from)),
                           domain::officeDayStart(domain::officeNoon(p.filter.period.to.addDays(1)))};
        if (!p.filter.districtCode.isEmpty()) {
            sql += " AND o.district_id = (SELECT id FROM districts WHERE adcode = ?)";
            binds << p.filter.districtCode;
        }
        if (!p.filter.categoryCode.isEmpty()) {
            sql += " AND o.category_id = (SELECT id FROM service_categories WHERE code = ?)";
            binds << p.filter.categoryCode;
        }
        sql += " GROUP BY o.provider_id ORDER BY count(*) DESC, o.provider_id";
        auto st = db.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds.at(i));
        Sums all;
        while (st.next()) {
            const Sums one{st.int64(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5), st.int64(6)};
            out.rows.append(row(p.unmasked ? st.text(0) : domain::maskName(st.text(0)), one));
            all += one;
        }
        // Every rating of the period's orders, not the mean of the providers' averages.
        out.total = row(Text::tr("Total"), all);
        return out;
    }
    std::optional<Summary::Chart> chart() const override { return std::nullopt; }

private:
    struct Sums
    {
        qint64 orders = 0, completed = 0, stars = 0, rated = 0, complaints = 0, upheld = 0;
        Sums &operator+=(const Sums &o)
        {
            orders += o.orders;
            completed += o.completed;
            stars += o.stars;
            rated += o.rated;
            complaints += o.complaints;
            upheld += o.upheld;
            return *this;
        }
    };
    static QVariantList row(const QString &provider, const Sums &s)
    {
        return {provider, s.orders, s.completed, s.rated ? QVariant(double(s.stars) / double(s.rated)) : QVariant(), s.complaints, s.upheld,
                s.orders ? QVariant(100.0 * double(s.upheld) / double(s.orders)) : QVariant()};
    }
};
} // namespace

std::vector<std::unique_ptr<reports::ReportSource>> summaryReportSources()
{
    std::vector<std::unique_ptr<reports::ReportSource>> list;
    list.push_back(std::make_unique<DailySource>());
    list.push_back(std::make_unique<ProvidersSource>());
    list.push_back(std::make_unique<DispatchSource>());
    list.push_back(std::make_unique<RevenueSource>());
    return list;
}

} // namespace doorstep::stats
