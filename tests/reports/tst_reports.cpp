// The reports read back by real readers: XLSX by openpyxl (read_xlsx.py), PDF by
// poppler's pdftotext and pdffonts, CSV parsed here with its BOM. The same
// report in the three formats carries the same rows and totals; formula
// injection, masking, permissions, the audit entry and cancelling are checked
// as a user (or an auditor) would see them.
#include "demo/demo_generator.h"
#include "domain/masking.h"
#include "domain/money.h"
#include "domain/office_time.h"
#include "reports/catalogue.h"
#include "reports/cell_text.h"
#include "reports/chart_palette.h"
#include "reports/report_export.h"
#include "services/workspace.h"
#include "report_readers.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::reports;
using namespace doorstep::tests;

namespace {
const QString kPassword = QStringLiteral("doorstep-demo");

int columnOf(const ReportSource &s, const QString &key)
{
    const QList<Column> cols = s.columns();
    for (int i = 0; i < cols.size(); ++i)
        if (cols[i].key == key)
            return i;
    return -1;
}

// A source of given rows, for the writers' own cases (injection, sheet split).
class FakeSource final : public ReportSource
{
public:
    QList<Column> cols;
    QList<QVariantList> rows;
    qint64 generated = 0; // > 0: that many rows of one integer column instead of `rows`
    QString kind() const override { return QStringLiteral("fake"); }
    QString title() const override { return QStringLiteral("Fake"); }
    QList<Column> columns() const override { return cols; }
    qint64 rowCount(store::Database &, const Params &) const override { return generated ? generated : rows.size(); }
    bool readRows(store::Database &, const Params &, const RowSink &sink) const override
    {
        if (generated) {
            QVariantList row{qint64(0)};
            for (qint64 i = 1; i <= generated; ++i) {
                row[0] = i;
                if (!sink(row))
                    return false;
            }
            return true;
        }
        for (const QVariantList &r : rows)
            if (!sink(r))
                return false;
        return true;
    }
    Summary summary(store::Database &, const Params &) const override { return {}; }
};
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<services::Workspace> m_admin;
    stats::Filter m_all;

    ExportRequest request(const QString &kind, Format format, const QString &file, bool unmasked = false) const
    {
        ExportRequest r;
        r.kind = kind;
        r.format = format;
        r.path = m_dir.filePath(file);
        r.params.filter = m_all;
        r.params.unmasked = unmasked;
        return r;
    }
    qint64 sql(const QByteArray &query, const stats::Filter &f)
    {
        auto st = m_admin->store().db().prepare(query);
        const auto [from, to] = std::pair{domain::officeDayStart(domain::officeNoon(f.period.from)),
                                          domain::officeDayStart(domain::officeNoon(f.period.to.addDays(1)))};
        st.bindAll(from, to);
        return st.next() ? st.int64(0) : -1;
    }
    qint64 orderCount() { return sql("SELECT count(*) FROM orders WHERE window_start >= ? AND window_start < ?", m_all); }
    qint64 priceSum() { return sql("SELECT sum(price_fen) FROM orders WHERE window_start >= ? AND window_start < ?", m_all); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!python().isEmpty(), "python3 with python3-openpyxl (packaging/dev.sh installs it)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils");
        m_store = m_dir.filePath(QStringLiteral("demo.doorstep"));
        demo::DemoOptions o;
        o.orders = 1500;
        o.providers = 60;
        o.referenceSecs = 1'781'481'600; // 2026-06-15
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_store, o);
        m_admin = services::Workspace::login(m_store, QStringLiteral("admin"), kPassword);
        auto &db = m_admin->store().db();
        m_all.period = {domain::officeDay(db.scalar("SELECT min(window_start) FROM orders").toLongLong()),
                        domain::officeDay(db.scalar("SELECT max(window_start) FROM orders").toLongLong())};
        // Shorten it by a day at each end so the period's bounds are exercised.
        m_all.period = {m_all.period.from.addDays(1), m_all.period.to.addDays(-1)};
    }

    void catalogueListsTheSources()
    {
        QVERIFY(findSource(u"orders"));
        QVERIFY(findSource(u"complaints"));
        QVERIFY(!findSource(u"nonsense"));
    }

    void xlsxIsTypedAndCountsLikeSql()
    {
        const ExportRequest r = request(QStringLiteral("orders"), Format::Xlsx, QStringLiteral("orders.xlsx"));
        const ExportResult result = ReportExport(m_admin->services()).run(r, {});
        QCOMPARE(result.rows, orderCount());
        QVERIFY(!QFile::exists(ReportExport::partPath(r.path)));
        const QJsonArray sheets = readXlsx(r.path);
        QCOMPARE(sheets.size(), 2);
        const QJsonObject summary = sheets[0].toObject(), detail = sheets[1].toObject();
        QCOMPARE(summary[u"name"].toString(), QStringLiteral("Summary"));
        QCOMPARE(summary[u"charts"].toInt(), 1);
        QCOMPARE(detail[u"max_row"].toInt(), orderCount() + 1);
        QCOMPARE(detail[u"freeze"].toString(), QStringLiteral("A2"));
        for (const QJsonValue &title : detail[u"head"].toArray()[0].toArray())
            QVERIFY(title.toObject()[u"bold"].toBool());
        QVERIFY(detail[u"autofilter"].toString().startsWith(QStringLiteral("A1:N")));
        const ReportSource &src = *findSource(u"orders");
        const QJsonArray first = detail[u"head"].toArray()[1].toArray();
        const QJsonObject day = first[columnOf(src, QStringLiteral("office_day"))].toObject();
        QVERIFY(day[u"is_date"].toBool());
        QCOMPARE(day[u"format"].toString(), QStringLiteral("yyyy-mm-dd"));
        const QJsonObject price = first[columnOf(src, QStringLiteral("price"))].toObject();
        QCOMPARE(price[u"type"].toString(), QStringLiteral("n"));
        QVERIFY(price[u"format"].toString().contains(QStringLiteral("¥")));
        QVERIFY(first[columnOf(src, QStringLiteral("created_at"))].toObject()[u"is_date"].toBool());
        QCOMPARE(first[columnOf(src, QStringLiteral("phone"))].toObject()[u"type"].toString(), QStringLiteral("s"));
        // Widths were computed from the text: the order number's column is wider than the minimum.
        QVERIFY(detail[u"widths"].toObject()[u"A"].toDouble() > 10);
        // The money column sums to the SQL sum, and to the summary's total.
        const QJsonArray values = detail[u"values"].toArray();
        double sum = 0;
        for (int i = 1; i < values.size(); ++i)
            sum += values[i].toArray()[columnOf(src, QStringLiteral("price"))].toDouble();
        QCOMPARE(qRound64(sum * 100), priceSum());
        const QJsonArray sv = summary[u"values"].toArray();
        const QJsonArray total = sv.last().toArray();
        QCOMPARE(total[0].toString(), QStringLiteral("Total"));
        QCOMPARE(total[1].toInteger(), orderCount());
        QCOMPARE(qRound64(total[3].toDouble() * 100), priceSum());
    }

    void sameRowsAndTotalsInEveryFormat()
    {
        ReportExport ex(m_admin->services());
        const ExportRequest x = request(QStringLiteral("orders"), Format::Xlsx, QStringLiteral("same.xlsx"));
        const ExportRequest c = request(QStringLiteral("orders"), Format::Csv, QStringLiteral("same.csv"));
        const ExportRequest p = request(QStringLiteral("orders"), Format::Pdf, QStringLiteral("same.pdf"));
        QCOMPARE(ex.run(x, {}).rows, orderCount());
        QCOMPARE(ex.run(c, {}).rows, orderCount());
        QCOMPARE(ex.run(p, {}).rows, orderCount());
        const ReportSource &src = *findSource(u"orders");
        const int priceCol = columnOf(src, QStringLiteral("price")), refundCol = columnOf(src, QStringLiteral("refunds"));

        QFile f(c.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> csv = parseCsv(bytes.mid(3));
        QCOMPARE(csv.size(), orderCount() + 1);
        QCOMPARE(csv[0].value(0), src.columns()[0].title);
        const QJsonArray xv = readXlsx(x.path)[1].toObject()[u"values"].toArray();
        qint64 csvPrice = 0, csvRefunds = 0;
        for (int i = 1; i < csv.size(); ++i) {
            QCOMPARE(csv[i].size(), src.columns().size());
            QCOMPARE(csv[i][0], xv[i].toArray()[0].toString()); // the same order in the same place
            csvPrice += qRound64(csv[i][priceCol].toDouble() * 100);
            csvRefunds += qRound64(csv[i][refundCol].toDouble() * 100);
        }
        QCOMPARE(csvPrice, priceSum());

        // The PDF's last line: the row count and the money totals, as people read them.
        const QString text = pdfText(p.path);
        QVERIFY(text.contains(QStringLiteral("Total: %1 row(s)").arg(orderCount())));
        QVERIFY2(text.contains(domain::Money::fromFen(csvPrice).toDisplayString()), qPrintable(text.right(400)));
        QVERIFY(text.contains(domain::Money::fromFen(csvRefunds).toDisplayString()));
    }

    void pdfEmbedsTheChineseFont()
    {
        const ExportRequest p = request(QStringLiteral("complaints"), Format::Pdf, QStringLiteral("complaints.pdf"));
        ReportExport(m_admin->services()).run(p, {});
        const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {p.path}));
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        for (const QString &line : fonts.split(u'\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)"))), qPrintable(line)); // emb = yes
        const QString text = pdfText(p.path);
        QVERIFY(text.contains(m_admin->session().officeName)); // Chinese, in every page's head
        QVERIFY(text.contains(QStringLiteral("Complaints and refunds")));
        QVERIFY(text.contains(QStringLiteral("Page 2")));
        QVERIFY(text.contains(m_all.period.from.toString(Qt::ISODate)) && text.contains(m_all.period.to.toString(Qt::ISODate)));
        // A district's Chinese name copies out of the rows.
        const QString district = m_admin->store().db().scalar(
            "SELECT d.name FROM complaints k JOIN orders o ON o.id = k.order_id JOIN districts d ON d.id = o.district_id"
            " WHERE o.window_start >= ? LIMIT 1", domain::officeDayStart(domain::officeNoon(m_all.period.from))).toString();
        QVERIFY(!district.isEmpty());
        QVERIFY2(text.contains(district.normalized(QString::NormalizationForm_KC)), qPrintable(district));
    }

    // Every page carries the office, the report, the period, the print time and
    // its number; the table's header comes again on every page of rows.
    void pdfPagesHaveHeadsFootsAndTheTableHeader()
    {
        const ExportRequest p = request(QStringLiteral("orders"), Format::Pdf, QStringLiteral("pages.pdf"));
        ReportExport(m_admin->services()).run(p, {});
        QStringList pages = pdfText(p.path).split(u'\f');
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() > 5, qPrintable(QString::number(pages.size())));
        const QRegularExpression printed(QStringLiteral("Printed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        const ReportSource &src = *findSource(u"orders");
        for (int i = 0; i < pages.size(); ++i) {
            const QString &page = pages[i];
            QVERIFY2(page.contains(m_admin->session().officeName.normalized(QString::NormalizationForm_KC)), qPrintable(page.left(300)));
            QVERIFY(page.contains(QStringLiteral("Order detail")));
            // (the dash between the days copies out as U+2012, the glyph's lowest code point)
            QVERIFY(page.contains(m_all.period.from.toString(Qt::ISODate)) && page.contains(m_all.period.to.toString(Qt::ISODate)));
            QVERIFY2(printed.match(page).hasMatch(), qPrintable(page.right(300)));
            QVERIFY2(page.contains(QStringLiteral("Page %1").arg(i + 1)), qPrintable(page.right(200)));
            if (i == 0)
                continue; // the summary page
            for (const QString &key : {QStringLiteral("order_no"), QStringLiteral("status"), QStringLiteral("price")})
                QVERIFY2(page.contains(src.columns()[columnOf(src, key)].title), qPrintable(key + u'\n' + page.left(600)));
        }
    }

    // The summary's chart is vector paths (no picture) in the palette the
    // dashboard uses (reports/chart_palette.h; tst_export_ui holds the
    // dashboard's chart to the same colours).
    void pdfChartIsVectorInThePaletteColours()
    {
        const ExportRequest p = request(QStringLiteral("orders"), Format::Pdf, QStringLiteral("chart.pdf"));
        ReportExport(m_admin->services()).run(p, {});
        const QString svgPath = m_dir.filePath(QStringLiteral("chart-page1.svg"));
        runTool(QStringLiteral("pdftocairo"), {QStringLiteral("-svg"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                QStringLiteral("1"), p.path, svgPath});
        QFile f(svgPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(!svg.contains(QStringLiteral("<image")));
        // cairo writes a fill as style="fill:rgb(r%,g%,b%)"; the orders chart has two series.
        QList<QColor> fills;
        const QRegularExpression rgb(QStringLiteral("fill:rgb\\(([\\d.]+)%, ?([\\d.]+)%, ?([\\d.]+)%\\)"));
        for (auto it = rgb.globalMatch(svg); it.hasNext();) {
            const auto m = it.next();
            fills << QColor::fromRgbF(float(m.captured(1).toDouble() / 100), float(m.captured(2).toDouble() / 100),
                                      float(m.captured(3).toDouble() / 100));
        }
        for (int series = 0; series < 2; ++series) {
            const QColor want = chartSeriesColor(series);
            const bool found = std::any_of(fills.cbegin(), fills.cend(), [&](const QColor &c) {
                return std::abs(c.red() - want.red()) <= 1 && std::abs(c.green() - want.green()) <= 1 && std::abs(c.blue() - want.blue()) <= 1;
            });
            QVERIFY2(found, qPrintable(want.name() + u' ' + svg.left(2000)));
        }
    }

    void complaintsCountLikeSql()
    {
        const ExportRequest r = request(QStringLiteral("complaints"), Format::Csv, QStringLiteral("complaints.csv"));
        const qint64 expected =
            sql("SELECT (SELECT count(*) FROM complaints k JOIN orders o ON o.id = k.order_id WHERE o.window_start >= ?1 AND o.window_start < ?2)"
                " + (SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.complaint_id IS NULL AND o.window_start >= ?1 AND o.window_start < ?2)",
                m_all);
        QVERIFY(expected > 0);
        QCOMPARE(ReportExport(m_admin->services()).run(r, {}).rows, expected);
    }

    void formulaInjectionIsNeutralisedNumbersStayNumbers()
    {
        FakeSource s;
        s.cols = {{QStringLiteral("text"), QStringLiteral("Text"), ColumnType::Text},
                  {QStringLiteral("money"), QStringLiteral("Money"), ColumnType::MoneyFen},
                  {QStringLiteral("n"), QStringLiteral("N"), ColumnType::Integer}};
        const QStringList evil{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd"), QStringLiteral("\rcmd"), QStringLiteral("a,\"b\"\nc"),
                               QStringLiteral("plain 文本")};
        for (int i = 0; i < evil.size(); ++i)
            s.rows.append({evil[i], qint64(-350 - i), qint64(-i)});
        ReportHeader h;
        h.title = QStringLiteral("Fake");
        h.period = m_all.period;
        const QString csvPath = m_dir.filePath(QStringLiteral("evil.csv")), xlsxPath = m_dir.filePath(QStringLiteral("evil.xlsx"));
        QCOMPARE(writeCsv(s, m_admin->store().db(), {}, h, csvPath, {}).rows, evil.size());
        QCOMPARE(writeXlsx(s, m_admin->store().db(), {}, h, xlsxPath, {}).rows, evil.size());
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = parseCsv(f.readAll().mid(3));
        QCOMPARE(csv.size(), evil.size() + 1);
        for (int i = 0; i < evil.size(); ++i) {
            const QString expected = i < 6 ? u'\'' + evil[i] : evil[i];
            QCOMPARE(csv[i + 1][0], expected);
            QCOMPARE(csv[i + 1][1], domain::Money::fromFen(-350 - i).toString()); // "-3.50": a number, not quoted, not neutralised
            QCOMPARE(csv[i + 1][2], QString::number(-i));
        }
        // XLSX: string cells hold the text as it is (a string cell is never a formula), money a negative number.
        const QJsonArray sheet = readXlsx(xlsxPath)[1].toObject()[u"values"].toArray();
        const QJsonArray types = readXlsx(xlsxPath)[1].toObject()[u"types"].toArray();
        // Negative amounts and their total agree across the two formats (numbers, not text).
        qint64 csvTotal = 0, xlsxTotal = 0, expectedTotal = 0;
        for (int i = 0; i < evil.size(); ++i) {
            csvTotal += qRound64(csv[i + 1][1].toDouble() * 100);
            xlsxTotal += qRound64(sheet[i + 1].toArray()[1].toDouble() * 100);
            expectedTotal += -350 - i;
        }
        QCOMPARE(csvTotal, expectedTotal);
        QCOMPARE(xlsxTotal, expectedTotal);
        for (int i = 0; i < evil.size(); ++i) {
            QCOMPARE(types[i + 1].toArray()[0].toString(), QStringLiteral("s"));
            // OOXML escapes a CR as _x000D_ (Excel shows the CR; openpyxl 3.0 leaves the escape).
            QCOMPARE(sheet[i + 1].toArray()[0].toString().replace(QStringLiteral("_x000D_"), QStringLiteral("\r")), evil[i]);
            QCOMPARE(types[i + 1].toArray()[1].toString(), QStringLiteral("n"));
            QCOMPARE(sheet[i + 1].toArray()[1].toDouble(), (-350 - i) / 100.0);
        }
        QVERIFY(needsNeutralising(u"=1") && !needsNeutralising(u"1=") && !needsNeutralising(u""));
    }

    // Past the row limit the rows go on in a new sheet with its own bold,
    // frozen, filtered header. The limit is passed in small, so the case
    // writes 25 rows, not a million (1,048,576 is the default).
    void aSheetPastTheRowLimitContinuesOnTheNext()
    {
        QCOMPARE(kXlsxRowsPerSheet, 1'048'576); // Excel's rows per sheet, header included
        FakeSource s;
        s.cols = {{QStringLiteral("n"), QStringLiteral("N"), ColumnType::Integer}};
        s.generated = 25;
        ReportHeader h;
        h.title = QStringLiteral("Fake");
        h.period = m_all.period;
        const QString path = m_dir.filePath(QStringLiteral("split.xlsx"));
        QCOMPARE(writeXlsx(s, m_admin->store().db(), {}, h, path, {}, 11).rows, 25);
        const QJsonArray sheets = readXlsx(path);
        QCOMPARE(sheets.size(), 4); // Summary, then 10 + 10 + 5 rows under their headers
        const QStringList names{QStringLiteral("Fake"), QStringLiteral("Fake (2)"), QStringLiteral("Fake (3)")};
        const QList<int> rows{11, 11, 6};
        qint64 next = 1;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject sheet = sheets[i + 1].toObject();
            QCOMPARE(sheet[u"name"].toString(), names[i]);
            QCOMPARE(sheet[u"max_row"].toInt(), rows[i]);
            QCOMPARE(sheet[u"freeze"].toString(), QStringLiteral("A2"));
            QCOMPARE(sheet[u"autofilter"].toString(), QStringLiteral("A1:A%1").arg(rows[i]));
            const QJsonArray values = sheet[u"values"].toArray();
            QCOMPARE(values[0].toArray()[0].toString(), QStringLiteral("N"));
            QVERIFY(sheet[u"head"].toArray()[0].toArray()[0].toObject()[u"bold"].toBool());
            for (int r = 1; r < values.size(); ++r) // no row lost or repeated at a boundary
                QCOMPARE(values[r].toArray()[0].toInteger(), next++);
        }
        QCOMPARE(next, 26);
    }

    void maskedByDefaultUnmaskedOnlyForAdministrators()
    {
        const QString phone = m_admin->store().db().scalar(
            "SELECT c.phone FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.window_start >= ? ORDER BY o.window_start, o.id LIMIT 1",
            domain::officeDayStart(domain::officeNoon(m_all.period.from))).toString();
        ReportExport admin(m_admin->services());
        const ExportRequest masked = request(QStringLiteral("orders"), Format::Csv, QStringLiteral("masked.csv"));
        admin.run(masked, {});
        QFile m(masked.path);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QByteArray maskedBytes = m.readAll();
        QVERIFY(!maskedBytes.contains(phone.toUtf8()));
        QVERIFY(maskedBytes.contains(domain::maskPhone(phone).toUtf8()));
        QVERIFY(!QRegularExpression(QStringLiteral("1\\d{10}")).match(QString::fromUtf8(maskedBytes)).hasMatch());

        const ExportRequest full = request(QStringLiteral("orders"), Format::Csv, QStringLiteral("full.csv"), true);
        admin.run(full, {});
        QFile u(full.path);
        QVERIFY(u.open(QIODevice::ReadOnly));
        QVERIFY(u.readAll().contains(phone.toUtf8()));

        // A manager exports, masked only; a dispatcher does not export.
        auto manager = services::Workspace::login(m_store, QStringLiteral("manager"), kPassword);
        ReportExport asManager(manager->services());
        QCOMPARE(asManager.run(request(QStringLiteral("orders"), Format::Csv, QStringLiteral("mgr.csv")), {}).rows, orderCount());
        const ExportRequest refused = request(QStringLiteral("orders"), Format::Csv, QStringLiteral("mgr-full.csv"), true);
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, asManager.run(refused, {}));
        QVERIFY(!QFile::exists(refused.path));
        QVERIFY(!QFile::exists(ReportExport::partPath(refused.path)));
        manager.reset();
        auto dispatcher = services::Workspace::login(m_store, QStringLiteral("dispatcher"), kPassword);
        const ExportRequest none = request(QStringLiteral("orders"), Format::Xlsx, QStringLiteral("disp.xlsx"));
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, ReportExport(dispatcher->services()).run(none, {}));
        QVERIFY(!QFile::exists(none.path));
    }

    // One rule for every report (report_source.h, Column::personal): a column
    // naming a person or a phone is personal; masked, every such cell is masked
    // for every role; unmasked only for the administrator who chose it. The CLI
    // and the window both go through ReportExport, so this is both paths.
    void everyReportMasksEveryPersonItNames_data()
    {
        QTest::addColumn<QString>("kind");
        for (const ReportSource *s : catalogue())
            QTest::newRow(qPrintable(s->kind())) << s->kind();
    }
    void everyReportMasksEveryPersonItNames()
    {
        QFETCH(QString, kind);
        const ReportSource &src = *findSource(kind);
        QList<int> personal;
        const QList<Column> columns = src.columns(); // by value: keep it while reading its elements
        for (int c = 0; c < columns.size(); ++c) {
            const Column &col = columns[c];
            if (col.key == u"customer" || col.key == u"provider" || col.key == u"phone")
                QVERIFY2(col.personal, qPrintable(col.key + QStringLiteral(" is not marked personal")));
            if (col.personal)
                personal << c;
        }
        const QRegularExpression maskedName(QStringLiteral("^\\S\\*+$|^\\*$"));
        const QRegularExpression maskedPhone(QStringLiteral("^\\d{3}\\*{4}\\d{4}$"));
        const QString total = QCoreApplication::translate("StatsReports", "Total");
        auto cellsOf = [&](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return QList<QStringList>();
            QList<QStringList> rows = parseCsv(f.readAll().mid(3));
            rows.removeFirst(); // the header
            return rows;
        };
        auto login = [this](const char *user) { return services::Workspace::login(m_store, QLatin1StringView(user), kPassword); };
        for (const char *user : {"admin", "manager"}) {
            auto ws = login(user);
            const ExportRequest masked = request(kind, Format::Csv, QStringLiteral("mask-%1-%2.csv").arg(kind, QLatin1StringView(user)));
            ReportExport(ws->services()).run(masked, {});
            int seen = 0;
            for (const QStringList &row : cellsOf(masked.path))
                for (int c : personal) {
                    const QString v = row.value(c);
                    if (v.isEmpty() || v == total)
                        continue;
                    ++seen;
                    const bool phone = columns[c].key == u"phone";
                    QVERIFY2((phone ? maskedPhone : maskedName).match(v).hasMatch(), qPrintable(QLatin1StringView(user) + QStringLiteral(": ") + v));
                }
            QCOMPARE(seen > 0, !personal.isEmpty()); // the demo has people in every report that names them
        }
        // Unmasked: the administrator only, and then the names read in full.
        auto manager = login("manager");
        const ExportRequest refused = request(kind, Format::Csv, QStringLiteral("mask-%1-mgr-full.csv").arg(kind), true);
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, ReportExport(manager->services()).run(refused, {}));
        QVERIFY(!QFile::exists(refused.path));
        if (personal.isEmpty())
            return;
        const ExportRequest full = request(kind, Format::Csv, QStringLiteral("mask-%1-full.csv").arg(kind), true);
        ReportExport(m_admin->services()).run(full, {});
        int plain = 0;
        for (const QStringList &row : cellsOf(full.path))
            for (int c : personal)
                plain += !row.value(c).isEmpty() && !row.value(c).contains(u'*');
        QVERIFY(plain > 0);
    }

    void everyExportIsAudited()
    {
        ExportRequest r = request(QStringLiteral("orders"), Format::Xlsx, QStringLiteral("audited.xlsx"));
        r.params.filter.districtCode = m_admin->store().db().scalar("SELECT adcode FROM districts ORDER BY adcode LIMIT 1").toString();
        const qint64 rows = ReportExport(m_admin->services()).run(r, {}).rows;
        auto st = m_admin->store().db().prepare("SELECT username, action, detail FROM audit_log ORDER BY seq DESC LIMIT 1");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("admin"));
        QCOMPARE(st.text(1), QStringLiteral("report.export"));
        const QJsonObject d = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        QCOMPARE(d[u"report"].toString(), QStringLiteral("orders"));
        QCOMPARE(d[u"from"].toString(), m_all.period.from.toString(Qt::ISODate));
        QCOMPARE(d[u"to"].toString(), m_all.period.to.toString(Qt::ISODate));
        QCOMPARE(d[u"district"].toString(), r.params.filter.districtCode);
        QCOMPARE(d[u"format"].toString(), QStringLiteral("xlsx"));
        QCOMPARE(d[u"rows"].toInteger(), rows);
        QVERIFY(d[u"masked"].toBool());
        QVERIFY(rows > 0 && rows < orderCount()); // the district narrowed it
    }

    void cancellingLeavesNoFileAndNoEntry()
    {
        const qint64 entries = m_admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        for (Format f : {Format::Xlsx, Format::Csv, Format::Pdf}) {
            const ExportRequest r = request(QStringLiteral("orders"), f, QStringLiteral("cancelled") + formatSuffix(f));
            const ExportResult result = ReportExport(m_admin->services()).run(r, [](qint64 done, qint64) { return done < 500; });
            QVERIFY(result.cancelled);
            QVERIFY(!QFile::exists(r.path));
            QVERIFY(!QFile::exists(ReportExport::partPath(r.path)));
        }
        QCOMPARE(m_admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), entries);
    }

    void badRequestsAreRefusedBeforeWriting()
    {
        ReportExport ex(m_admin->services());
        ExportRequest r = request(QStringLiteral("orders"), Format::Csv, QStringLiteral("bad.csv"));
        r.params.filter.period = {m_all.period.to, m_all.period.from};
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, ex.run(r, {}));
        r.params.filter.period = m_all.period;
        r.params.filter.categoryCode = QStringLiteral("no-such-category");
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, ex.run(r, {}));
        r.params.filter.categoryCode.clear();
        r.kind = QStringLiteral("nonsense");
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, ex.run(r, {}));
        QVERIFY(!QFile::exists(r.path));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
