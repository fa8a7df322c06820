#pragma once
// A report is a source of typed rows; the writers (XLSX, CSV, PDF in models/reports) know
// nothing about orders, and the sources know nothing about file formats. The same source fed to
// the three writers yields the same rows and totals. Sources stream: readRows() hands over one
// row at a time so a 1,000,000-row detail export runs in bounded memory.
//
// Header-only on purpose: models/stats implements its summary sources against this interface
// without linking the writers.
#include "stats/stats_filter.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::reports {

enum class ColumnType {
    Text,     // QString; neutralised against formula injection by the CSV/XLSX writers
    Integer,  // qint64
    MoneyFen, // qint64 fen; written as a number in yuan with a ¥ format, never as text
    Date,     // QDate (office day)
    DateTime, // qint64 UTC seconds; shown in Asia/Shanghai
    Percent,  // double, 0..1
    Decimal,  // double (e.g. minutes, a rating)
};

struct Column
{
    QString key;   // stable, untranslated (CSV/XLSX tests find columns by it)
    QString title; // translated header
    ColumnType type = ColumnType::Text;
    // Masked unless Params::unmasked. The one rule for every report, window and
    // CLI alike: a file leaves the console, so a masked export masks every
    // person it names, customers and providers (domain::maskName), and every
    // phone (maskPhone); ID numbers are never exported. On screen names stay
    // readable (staff work with them) and phones follow CustomerRevealPersonal.
    bool personal = false;
};

struct Params
{
    stats::Filter filter;
    bool unmasked = false; // the role may see personal data and chose to
};

// A small in-memory table shown first: the XLSX summary sheet, the PDF's first page.
struct Summary
{
    QList<Column> columns;
    QList<QVariantList> rows;
    QList<QVariantList> totals; // e.g. one "合计" row; same columns
    struct Chart
    {
        enum Kind { Bar, StackedBar, Line, Pie };
        Kind kind = Bar;
        QString title;
        int categoryColumn = 0;  // x axis / slice labels
        QList<int> valueColumns; // one series each
        // >= 0: pivot instead: one label per distinct categoryColumn value, one
        // series per distinct value of this column, valueColumns.first() summed
        // (chart_table.h). The revenue report stacks categories per district.
        int seriesColumn = -1;
    };
    std::optional<Chart> chart;
};

using RowSink = std::function<bool(const QVariantList &row)>; // false: cancelled, stop reading

class ReportSource
{
public:
    virtual ~ReportSource() = default;
    virtual QString kind() const = 0;  // orders, daily, providers, dispatch, revenue, complaints
    virtual QString title() const = 0; // translated
    virtual QList<Column> columns() const = 0;
    // For progress; the same rows readRows() will deliver.
    virtual qint64 rowCount(store::Database &db, const Params &p) const = 0;
    // Delivers rows in report order; returns false if the sink cancelled.
    virtual bool readRows(store::Database &db, const Params &p, const RowSink &sink) const = 0;
    virtual Summary summary(store::Database &db, const Params &p) const = 0;
};

} // namespace doorstep::reports
