// The four summary reports (daily, providers, dispatch, revenue; models/stats
// summary_reports.cpp, read from the statistics rollups) exported in XLSX,
// CSV and PDF on a demo store and read back by real readers (openpyxl,
// pdftotext, an RFC 4180 parser). Every row and the total row are compared
// with figures worked out here from the raw tables (orders, refunds,
// complaints, ratings, order_events, dispatch_records: never the rollups),
// for a period alone and with a district and a service category.
#include "demo/demo_generator.h"
#include "domain/masking.h"
#include "domain/money.h"
#include "domain/office_time.h"
#include "report_readers.h"
#include "reports/catalogue.h"
#include "reports/chart_table.h"
#include "reports/report_export.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace doorstep;
using namespace doorstep::reports;
using namespace doorstep::tests;

namespace {
const QString kPassword = QStringLiteral("doorstep-demo");

// One order as the raw tables tell it.
struct Fact
{
    qint64 id = 0;
    QDate day;
    qint64 windowStart = 0, windowEnd = 0, createdAt = 0;
    QString status;
    qint64 priceFen = 0;
    QString districtCode, districtName, categoryCode, categoryName;
    int categorySort = 0;
    qint64 categoryId = 0;
    qint64 providerId = 0; // 0: none
    QString providerName;
    qint64 refundPaidFen = 0, complaints = 0, upheld = 0, rated = 0, stars = 0;
    std::optional<qint64> startedAt; // first in_service
    bool accepted = false;
    qint64 timeouts = 0;
    QString dispatchMode;              // of the first dispatch record; empty: never dispatched
    std::optional<qint64> assignedAt;  // first assignment on the timeline

    bool completed() const { return status == u"completed" || status == u"rated"; }
    bool onTime() const { return startedAt && *startedAt >= windowStart && *startedAt <= windowEnd; }
};

QList<Fact> readFacts(store::Database &db)
{
    auto st = db.prepare(
        "SELECT o.id, o.window_start, o.window_end, o.created_at, o.status, o.price_fen, d.adcode, d.name, sc.code, sc.name, sc.sort, sc.id,"
        " o.provider_id, pr.name,"
        " (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.order_id = o.id AND r.status = 'paid'),"
        " (SELECT count(*) FROM complaints k WHERE k.order_id = o.id),"
        " (SELECT count(*) FROM complaints k WHERE k.order_id = o.id AND k.upheld = 1),"
        " (SELECT count(*) FROM ratings g WHERE g.order_id = o.id),"
        " (SELECT coalesce(sum(g.stars), 0) FROM ratings g WHERE g.order_id = o.id),"
        " (SELECT min(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'in_service'),"
        " (SELECT count(*) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'accepted'),"
        " (SELECT count(*) FROM order_events e WHERE e.order_id = o.id AND e.event = 'timeout'),"
        " (SELECT x.mode FROM dispatch_records x WHERE x.order_id = o.id ORDER BY x.at, x.id LIMIT 1),"
        " (SELECT min(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'assigned')"
        " FROM orders o LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN service_categories sc ON sc.id = o.category_id"
        " LEFT JOIN providers pr ON pr.id = o.provider_id ORDER BY o.id");
    QList<Fact> facts;
    while (st.next()) {
        Fact f;
        f.id = st.int64(0);
        f.windowStart = st.int64(1);
        f.day = domain::officeDay(f.windowStart);
        f.windowEnd = st.int64(2);
        f.createdAt = st.int64(3);
        f.status = st.text(4);
        f.priceFen = st.int64(5);
        f.districtCode = st.text(6);
        f.districtName = st.text(7);
        f.categoryCode = st.text(8);
        f.categoryName = st.text(9);
        f.categorySort = int(st.int64(10));
        f.categoryId = st.int64(11);
        f.providerId = st.isNull(12) ? 0 : st.int64(12);
        f.providerName = st.text(13);
        f.refundPaidFen = st.int64(14);
        f.complaints = st.int64(15);
        f.upheld = st.int64(16);
        f.rated = st.int64(17);
        f.stars = st.int64(18);
        if (!st.isNull(19))
            f.startedAt = st.int64(19);
        f.accepted = st.int64(20) > 0;
        f.timeouts = st.int64(21);
        f.dispatchMode = st.text(22);
        if (!st.isNull(23))
            f.assignedAt = st.int64(23);
        facts << f;
    }
    return facts;
}

QVariant ratio(qint64 num, qint64 den, double scale = 1.0)
{
    return den ? QVariant(scale * double(num) / double(den)) : QVariant();
}

// Nearest rank over whole minutes (7 days and more count as 10080).
QVariant nearestRank(QList<qint64> minutes, double p)
{
    if (minutes.isEmpty())
        return {};
    std::sort(minutes.begin(), minutes.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(minutes.size()))));
    return minutes[rank - 1];
}

struct Expected
{
    QList<QVariantList> rows;
    QVariantList total;
};

QVariantList dailyRow(const QVariant &first, const QList<Fact> &facts)
{
    qint64 completed = 0, cancelled = 0, revenue = 0, refunds = 0, complaints = 0, started = 0, onTime = 0;
    for (const Fact &f : facts) {
        completed += f.completed();
        cancelled += f.status == u"cancelled";
        revenue += f.completed() ? f.priceFen : 0;
        refunds += f.refundPaidFen;
        complaints += f.complaints;
        started += f.startedAt.has_value();
        onTime += f.onTime();
    }
    return {first, qint64(facts.size()), completed, cancelled, revenue, refunds, complaints, ratio(onTime, started)};
}

QVariantList dispatchRow(const QVariant &first, const QList<Fact> &facts)
{
    qint64 dispatched = 0, automatic = 0, accepted = 0, timeouts = 0, started = 0, onTime = 0;
    QList<qint64> waits;
    for (const Fact &f : facts) {
        if (!f.dispatchMode.isEmpty()) {
            ++dispatched;
            automatic += f.dispatchMode == u"auto";
            if (f.assignedAt)
                waits << std::min<qint64>(std::max<qint64>(*f.assignedAt - f.createdAt, 0) / 60, 10080);
        }
        accepted += f.accepted;
        timeouts += f.timeouts;
        started += f.startedAt.has_value();
        onTime += f.onTime();
    }
    return {first, dispatched, ratio(automatic, dispatched), nearestRank(waits, 0.5), nearestRank(waits, 0.9), ratio(accepted, dispatched),
            timeouts, ratio(onTime, started)};
}

Expected expectedFor(const QString &kind, const QList<Fact> &facts, const stats::Period &period, bool masked)
{
    Expected e;
    if (kind == u"daily" || kind == u"dispatch") {
        auto row = kind == u"daily" ? dailyRow : dispatchRow;
        for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
            QList<Fact> ofDay;
            for (const Fact &f : facts)
                if (f.day == d)
                    ofDay << f;
            e.rows << row(d, ofDay);
        }
        e.total = row(QStringLiteral("Total"), facts);
    } else if (kind == u"providers") {
        std::map<qint64, QList<Fact>> byProvider;
        for (const Fact &f : facts)
            if (f.providerId)
                byProvider[f.providerId] << f;
        auto row = [](const QString &name, const QList<Fact> &of) {
            qint64 completed = 0, rated = 0, stars = 0, complaints = 0, upheld = 0;
            for (const Fact &f : of) {
                completed += f.completed();
                rated += f.rated;
                stars += f.stars;
                complaints += f.complaints;
                upheld += f.upheld;
            }
            return QVariantList{name, qint64(of.size()), completed, ratio(stars, rated), complaints, upheld, ratio(upheld, of.size(), 100.0)};
        };
        QList<std::pair<qint64, qint64>> order; // (orders, id): most orders first, then by id
        QList<Fact> all;
        for (const auto &[id, of] : byProvider) {
            order << std::pair{qint64(of.size()), id};
            all << of;
        }
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        for (const auto &[n, id] : order) {
            const QString name = byProvider[id].first().providerName;
            e.rows << row(masked ? domain::maskName(name) : name, byProvider[id]);
        }
        e.total = row(QStringLiteral("Total"), all);
    } else if (kind == u"revenue") {
        // District by code, then category by catalogue order; orders without a district last.
        std::map<std::tuple<bool, QString, int, qint64>, QList<Fact>> cells;
        for (const Fact &f : facts)
            cells[{f.districtCode.isEmpty(), f.districtCode, f.categorySort, f.categoryId}] << f;
        qint64 orders = 0, completed = 0, revenue = 0, refunds = 0;
        for (const auto &[key, of] : cells) {
            qint64 c = 0, r = 0, rf = 0;
            for (const Fact &f : of) {
                c += f.completed();
                r += f.completed() ? f.priceFen : 0;
                rf += f.refundPaidFen;
            }
            const QString district = of.first().districtCode.isEmpty() ? QStringLiteral("No district") : of.first().districtName;
            e.rows << QVariantList{district, of.first().categoryName, qint64(of.size()), c, r, rf, r - rf};
            orders += of.size();
            completed += c;
            revenue += r;
            refunds += rf;
        }
        e.total = {QStringLiteral("Total"), QVariant(), orders, completed, revenue, refunds, revenue - refunds};
    }
    return e;
}

QString describe(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("null") : v.toString();
}

// An XLSX cell (JSON from openpyxl) against the expected typed value.
bool sameXlsx(const QJsonValue &cell, const QVariant &want, ColumnType type)
{
    if (want.isNull())
        return cell.isNull();
    if (want.typeId() == QMetaType::QString) // text, or a total's label under a typed column
        return cell.toString() == want.toString();
    switch (type) {
    case ColumnType::Text: return cell.toString() == want.toString();
    case ColumnType::Integer: return cell.isDouble() && cell.toInteger() == want.toLongLong();
    case ColumnType::MoneyFen: return cell.isDouble() && qRound64(cell.toDouble() * 100) == want.toLongLong();
    case ColumnType::Date: return cell.toString() == want.toDate().toString(Qt::ISODate) + QStringLiteral(" 00:00:00");
    case ColumnType::DateTime: return false; // no summary has one
    case ColumnType::Percent:
    case ColumnType::Decimal: return cell.isDouble() && std::abs(cell.toDouble() - want.toDouble()) < 1e-9;
    }
    return false;
}

// A CSV field against the expected typed value: numbers as plain numbers.
bool sameCsv(const QString &field, const QVariant &want, ColumnType type)
{
    if (want.isNull())
        return field.isEmpty();
    bool ok = false;
    switch (type) {
    case ColumnType::Text: return field == want.toString();
    case ColumnType::Integer: return field.toLongLong(&ok) == want.toLongLong() && ok;
    case ColumnType::MoneyFen: return qRound64(field.toDouble(&ok) * 100) == want.toLongLong() && ok;
    case ColumnType::Date: return field == want.toDate().toString(Qt::ISODate);
    case ColumnType::DateTime: return false;
    case ColumnType::Percent: return std::abs(field.toDouble(&ok) - want.toDouble()) <= 0.00005 + 1e-12 && ok;
    case ColumnType::Decimal: return std::abs(field.toDouble(&ok) - want.toDouble()) <= 0.005 + 1e-12 && ok;
    }
    return false;
}
} // namespace

class TestSummaryReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::Workspace> m_admin;
    QList<Fact> m_facts;
    stats::Period m_period;
    QString m_district, m_category; // the busiest pair of the period
    int m_files = 0;

    QList<Fact> factsFor(const stats::Filter &f) const
    {
        QList<Fact> out;
        for (const Fact &fact : m_facts)
            if (fact.day >= f.period.from && fact.day <= f.period.to && (f.districtCode.isEmpty() || fact.districtCode == f.districtCode)
                && (f.categoryCode.isEmpty() || fact.categoryCode == f.categoryCode))
                out << fact;
        return out;
    }
    ExportRequest request(const QString &kind, Format format, const stats::Filter &filter, bool unmasked = false)
    {
        ExportRequest r;
        r.kind = kind;
        r.format = format;
        r.path = m_dir.filePath(kind + QString::number(++m_files) + formatSuffix(format));
        r.params.filter = filter;
        r.params.unmasked = unmasked;
        return r;
    }
    stats::Filter filterFromData() const
    {
        QFETCH(bool, narrowed);
        stats::Filter f;
        f.period = m_period;
        if (narrowed) {
            f.districtCode = m_district;
            f.categoryCode = m_category;
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!python().isEmpty(), "python3 with python3-openpyxl (packaging/dev.sh installs it)");
        const QString store = m_dir.filePath(QStringLiteral("demo.doorstep"));
        demo::DemoOptions o;
        o.orders = 1500;
        o.providers = 60;
        o.referenceSecs = 1'781'481'600; // 2026-06-15
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(store, o);
        m_admin = services::Workspace::login(store, QStringLiteral("admin"), kPassword);
        // Two months before the reference day: orders in every status, complaints, refunds.
        m_period = {QDate(2026, 4, 1), QDate(2026, 5, 31)};
        // An order may have no district (its customer has a position but none):
        // the reports still count it. Made here, outside the spine, as a fixture.
        m_admin->store().db().run("UPDATE orders SET district_id = NULL WHERE id = (SELECT id FROM orders WHERE window_start >= ?"
                                  " AND status = 'completed' ORDER BY window_start LIMIT 1)",
                                  domain::officeDayStart(domain::officeNoon(m_period.from.addDays(10))));
        m_facts = readFacts(m_admin->store().db());
        QVERIFY(std::any_of(m_facts.cbegin(), m_facts.cend(), [](const Fact &f) { return f.districtCode.isEmpty(); }));
        std::map<std::pair<QString, QString>, int> pairs;
        for (const Fact &f : factsFor({m_period, {}, {}}))
            ++pairs[{f.districtCode, f.categoryCode}];
        const auto busiest = std::max_element(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        m_district = busiest->first.first;
        m_category = busiest->first.second;
        QVERIFY2(busiest->second >= 5, "the demo's busiest district and category have orders in the period");
        // The figures the tests compare are not all zero (else equality proves little).
        qint64 refunds = 0, complaints = 0, dispatched = 0, started = 0;
        for (const Fact &f : factsFor({m_period, {}, {}})) {
            refunds += f.refundPaidFen;
            complaints += f.complaints;
            dispatched += !f.dispatchMode.isEmpty();
            started += f.startedAt.has_value();
        }
        QVERIFY(refunds > 0 && complaints > 0 && dispatched > 0 && started > 0);
    }

    // The timeline's first assignment and the first dispatch record agree, so
    // "minutes to assignment" means the same whichever one counts it.
    void dispatchRecordsMatchTheTimeline()
    {
        for (const Fact &f : std::as_const(m_facts))
            QVERIFY2(f.dispatchMode.isEmpty() != f.assignedAt.has_value(),
                     qPrintable(QStringLiteral("order %1 (%2, %3): dispatch '%4', assigned %5").arg(f.id).arg(f.status, f.day.toString(Qt::ISODate), f.dispatchMode, f.assignedAt ? QString::number(*f.assignedAt) : QStringLiteral("never"))));
    }

    void sameFiguresAsRawSqlInEveryFormat_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("narrowed");
        for (const char *kind : {"daily", "providers", "dispatch", "revenue"}) {
            QTest::addRow("%s, period", kind) << QString::fromLatin1(kind) << false;
            QTest::addRow("%s, district and category", kind) << QString::fromLatin1(kind) << true;
        }
    }
    void sameFiguresAsRawSqlInEveryFormat()
    {
        QFETCH(QString, kind);
        const stats::Filter filter = filterFromData();
        const ReportSource &source = *findSource(kind);
        const QList<Column> columns = source.columns();
        const Expected want = expectedFor(kind, factsFor(filter), filter.period, true);
        QVERIFY(!want.rows.isEmpty());
        ReportExport exporter(m_admin->services());

        // XLSX: the rows sheet and the summary's total row.
        const ExportRequest x = request(kind, Format::Xlsx, filter);
        QCOMPARE(exporter.run(x, {}).rows, want.rows.size());
        const QJsonArray sheets = readXlsx(x.path);
        QCOMPARE(sheets.size(), 2);
        const QJsonArray xrows = sheets[1].toObject()[u"values"].toArray();
        QCOMPARE(xrows.size(), want.rows.size() + 1);
        for (int c = 0; c < columns.size(); ++c)
            QCOMPARE(xrows[0].toArray()[c].toString(), columns[c].title);
        for (int r = 0; r < want.rows.size(); ++r)
            for (int c = 0; c < columns.size(); ++c)
                QVERIFY2(sameXlsx(xrows[r + 1].toArray()[c], want.rows[r][c], columns[c].type),
                         qPrintable(QStringLiteral("row %1 %2: xlsx %3, sql %4").arg(r).arg(columns[c].key,
                                    xrows[r + 1].toArray()[c].toVariant().toString(), describe(want.rows[r][c]))));
        const QJsonArray summary = sheets[0].toObject()[u"values"].toArray();
        QJsonArray xtotal; // the total row (a chart's own table may follow it)
        for (const QJsonValue &row : summary)
            if (row.toArray().first().toString() == want.total[0].toString())
                xtotal = row.toArray();
        for (int c = 0; c < columns.size(); ++c)
            QVERIFY2(sameXlsx(xtotal[c], want.total[c], columns[c].type),
                     qPrintable(QStringLiteral("total %1: xlsx %2, sql %3").arg(columns[c].key, xtotal[c].toVariant().toString(), describe(want.total[c]))));

        // CSV: the same rows, field by field.
        const ExportRequest c = request(kind, Format::Csv, filter);
        QCOMPARE(exporter.run(c, {}).rows, want.rows.size());
        QFile f(c.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> csv = parseCsv(bytes.mid(3));
        QCOMPARE(csv.size(), want.rows.size() + 1);
        for (int r = 0; r < want.rows.size(); ++r) {
            QCOMPARE(csv[r + 1].size(), columns.size());
            for (int col = 0; col < columns.size(); ++col)
                QVERIFY2(sameCsv(csv[r + 1][col], want.rows[r][col], columns[col].type),
                         qPrintable(QStringLiteral("row %1 %2: csv %3, sql %4").arg(r).arg(columns[col].key, csv[r + 1][col], describe(want.rows[r][col]))));
        }

        // PDF: the row count and every money total, as people read them, and the total row's label.
        const ExportRequest p = request(kind, Format::Pdf, filter);
        QCOMPARE(exporter.run(p, {}).rows, want.rows.size());
        const QString text = pdfText(p.path);
        QVERIFY2(text.contains(QStringLiteral("Total: %1 row(s)").arg(want.rows.size())), qPrintable(text.right(600)));
        for (int col = 0; col < columns.size(); ++col)
            if (columns[col].type == ColumnType::MoneyFen)
                QVERIFY2(text.contains(domain::Money::fromFen(want.total[col].toLongLong()).toDisplayString()),
                         qPrintable(columns[col].key + u' ' + domain::Money::fromFen(want.total[col].toLongLong()).toDisplayString()));
        QVERIFY(text.contains(source.title()));
    }

    // Typed cells a spreadsheet computes with: days are dates, money numbers with a ¥ format, rates percentages.
    void xlsxCellsAreTyped_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("isDate");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("charts");
        QTest::newRow("daily day") << QStringLiteral("daily") << QStringLiteral("day") << true << QStringLiteral("yyyy-mm-dd") << 1;
        QTest::newRow("daily revenue") << QStringLiteral("daily") << QStringLiteral("revenue") << false << QStringLiteral("¥") << 1;
        QTest::newRow("daily on time") << QStringLiteral("daily") << QStringLiteral("on_time") << false << QStringLiteral("0.0%") << 1;
        QTest::newRow("dispatch day") << QStringLiteral("dispatch") << QStringLiteral("day") << true << QStringLiteral("yyyy-mm-dd") << 1;
        QTest::newRow("revenue net") << QStringLiteral("revenue") << QStringLiteral("net") << false << QStringLiteral("¥") << 1;
        QTest::newRow("providers rating") << QStringLiteral("providers") << QStringLiteral("rating") << false << QStringLiteral("0.00") << 0;
    }
    void xlsxCellsAreTyped()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(bool, isDate);
        QFETCH(QString, format);
        QFETCH(int, charts);
        const ReportSource &source = *findSource(kind);
        int col = -1;
        for (int i = 0; i < source.columns().size(); ++i)
            if (source.columns()[i].key == key)
                col = i;
        QVERIFY(col >= 0);
        const ExportRequest x = request(kind, Format::Xlsx, {m_period, {}, {}});
        ReportExport(m_admin->services()).run(x, {});
        const QJsonArray sheets = readXlsx(x.path);
        // A native chart on the summary where one helps (the providers' table has none).
        QCOMPARE(sheets[0].toObject()[u"charts"].toInt(), charts);
        const QJsonObject rows = sheets[1].toObject();
        QCOMPARE(rows[u"freeze"].toString(), QStringLiteral("A2"));
        QVERIFY(!rows[u"autofilter"].toString().isEmpty());
        const QJsonArray head = rows[u"head"].toArray();
        QVERIFY(head[0].toArray()[col].toObject()[u"bold"].toBool());
        // The first row with a value in that column.
        QJsonObject cell;
        for (int r = 1; r < head.size() && cell.isEmpty(); ++r)
            if (!head[r].toArray()[col].toObject()[u"value"].isNull())
                cell = head[r].toArray()[col].toObject();
        QVERIFY2(!cell.isEmpty(), "a value in the first rows");
        QCOMPARE(cell[u"type"].toString(), isDate ? QStringLiteral("d") : QStringLiteral("n")); // openpyxl: a number cell with a date format is "d"
        QCOMPARE(cell[u"is_date"].toBool(), isDate);
        QVERIFY2(cell[u"format"].toString().contains(format), qPrintable(cell[u"format"].toString()));
    }

    // The revenue chart names each district once (its rows are district ×
    // category; a bar per row repeated the district), stacks the categories,
    // and the stacks add up to the districts' revenue: in the PDF's chart
    // table (chartTable) and in the XLSX's native chart, read back by openpyxl.
    void revenueChartLabelsEachDistrictOnce()
    {
        const stats::Filter filter{m_period, {}, {}};
        const Expected want = expectedFor(QStringLiteral("revenue"), factsFor(filter), m_period, true);
        QStringList districts;
        std::map<QString, qint64> revenueOf;
        QSet<QString> categories;
        for (const QVariantList &row : want.rows) {
            if (!districts.contains(row[0].toString()))
                districts << row[0].toString();
            revenueOf[row[0].toString()] += row[4].toLongLong();
            categories.insert(row[1].toString());
        }
        QVERIFY(districts.size() > 2 && districts.size() < want.rows.size()); // else nothing repeated

        const ReportSource &source = *findSource(u"revenue");
        const Summary s = source.summary(m_admin->store().db(), Params{filter, false});
        const ChartTable t = chartTable(s);
        QCOMPARE(t.labels, districts);
        QCOMPARE(QSet<QString>(t.series.cbegin(), t.series.cend()), categories);
        for (int i = 0; i < t.labels.size(); ++i) {
            double sum = 0;
            for (const QList<double> &v : t.values)
                sum += v[i];
            QCOMPARE(qRound64(sum * 100), revenueOf[t.labels[i]]);
        }

        const ExportRequest x = request(QStringLiteral("revenue"), Format::Xlsx, filter);
        ReportExport(m_admin->services()).run(x, {});
        const QJsonObject sheet = readXlsx(x.path)[0].toObject();
        const QJsonArray series = sheet[u"chart_series"].toArray().first().toArray();
        QCOMPARE(series.size(), t.series.size());
        // 'Summary'!$A$12:$A$20 → the labels in those cells.
        const QRegularExpression cells(QStringLiteral("\\$([A-Z]+)\\$(\\d+):\\$[A-Z]+\\$(\\d+)$"));
        const QRegularExpressionMatch m = cells.match(series.first().toObject()[u"cat"].toString());
        QVERIFY2(m.hasMatch(), qPrintable(series.first().toObject()[u"cat"].toString()));
        QCOMPARE(m.captured(1), QStringLiteral("A"));
        const QJsonArray values = sheet[u"values"].toArray();
        QStringList xlsxLabels;
        for (int r = m.captured(2).toInt(); r <= m.captured(3).toInt(); ++r)
            xlsxLabels << values[r - 1].toArray()[0].toString();
        QCOMPARE(xlsxLabels, districts);
    }

    // Provider names are personal data: masked unless an administrator asks.
    void providerNamesMaskedUnlessChosen()
    {
        const stats::Filter filter{m_period, {}, {}};
        const Expected full = expectedFor(QStringLiteral("providers"), factsFor(filter), m_period, false);
        const QString name = full.rows.first().first().toString();
        ReportExport exporter(m_admin->services());
        for (bool unmasked : {false, true}) {
            const ExportRequest c = request(QStringLiteral("providers"), Format::Csv, filter, unmasked);
            exporter.run(c, {});
            QFile f(c.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<QStringList> csv = parseCsv(f.readAll().mid(3));
            QCOMPARE(csv[1][0], unmasked ? name : domain::maskName(name));
        }
    }
};

QTEST_MAIN(TestSummaryReports)
#include "tst_summary_reports.moc"
