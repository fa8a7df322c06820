// XLSX through libxlsxwriter in constant-memory mode: every sheet streams its
// rows to a temporary file in row order, so a 1,000,000-row export holds one
// row in memory. That order is why the Summary sheet is written whole first
// (it is also the first tab), then the rows. Cells are typed: money a number
// of yuan with a ¥ format, office days and times Excel dates; text cells are
// always string cells, never formulas, so "=..." in a name stays text.
// libxlsxwriter 1.1 has no autofit: each column's width is the widest text
// seen while writing, set before the workbook closes (column widths are kept
// apart from the streamed rows and written when the sheet is assembled).
#include "reports/cell_text.h"
#include "reports/chart_palette.h"
#include "reports/chart_table.h"
#include "reports/report_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace doorstep::reports {
namespace {
[[noreturn]] void fail(const QString &path, lxw_error error)
{
    throw WriteError(QCoreApplication::translate("Reports", "Cannot write %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(error))).toStdString());
}

// Display width in Excel's character units: CJK and full-width characters take two.
double textWidth(const QString &text)
{
    double w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2.0 : 1.0;
    return w;
}

class Workbook
{
public:
    Workbook(const QString &path, bool large) : m_path(path), m_tmpdir(QDir::tempPath().toLocal8Bit())
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = large ? LXW_TRUE : LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_book)
            fail(path, LXW_ERROR_CREATING_XLSX_FILE);
        bold = workbook_add_format(m_book);
        format_set_bold(bold);
        header = workbook_add_format(m_book);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xE8EEF4);
        money = numberFormat("\xC2\xA5#,##0.00;-\xC2\xA5#,##0.00");
        moneyBold = numberFormat("\xC2\xA5#,##0.00;-\xC2\xA5#,##0.00");
        format_set_bold(moneyBold);
        date = numberFormat("yyyy-mm-dd");
        dateTime = numberFormat("yyyy-mm-dd hh:mm");
        percent = numberFormat("0.0%");
        decimal = numberFormat("0.00");
        integer = numberFormat("0");
    }
    ~Workbook()
    {
        if (m_book) { // an exception or a cancel: close what was started, drop the file
            workbook_close(m_book);
            QFile::remove(m_path);
        }
    }
    lxw_worksheet *addSheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!sheet)
            fail(m_path, LXW_ERROR_SHEETNAME_ALREADY_USED);
        return sheet;
    }
    lxw_chart *addChart(uint8_t type) { return workbook_add_chart(m_book, type); }
    void close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR) {
            QFile::remove(m_path);
            fail(m_path, error);
        }
    }
    void check(lxw_error error) const
    {
        if (error != LXW_NO_ERROR && error != LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
            fail(m_path, error);
    }
    lxw_format *cellFormat(ColumnType type) const
    {
        switch (type) {
        case ColumnType::Text: return nullptr;
        case ColumnType::Integer: return integer;
        case ColumnType::MoneyFen: return money;
        case ColumnType::Date: return date;
        case ColumnType::DateTime: return dateTime;
        case ColumnType::Percent: return percent;
        case ColumnType::Decimal: return decimal;
        }
        return nullptr;
    }

    lxw_format *bold, *header, *money, *moneyBold, *date, *dateTime, *percent, *decimal, *integer;

private:
    lxw_format *numberFormat(const char *numFormat)
    {
        lxw_format *f = workbook_add_format(m_book);
        format_set_num_format(f, numFormat);
        return f;
    }
    QString m_path;
    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
};

// One typed cell; returns its display width for the column.
double writeCell(const Workbook &book, lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c, const QVariant &v, ColumnType type,
                 lxw_format *override = nullptr)
{
    if (v.isNull())
        return 0;
    if (isLabel(v, type)) { // a total row's label under a typed column
        const QString text = v.toString();
        book.check(worksheet_write_string(sheet, r, c, text.toUtf8().constData(), book.bold));
        return textWidth(text);
    }
    lxw_format *format = override ? override : book.cellFormat(type);
    switch (type) {
    case ColumnType::Text: {
        const QString text = v.toString();
        book.check(worksheet_write_string(sheet, r, c, text.toUtf8().constData(), format));
        return textWidth(text);
    }
    case ColumnType::Integer:
        book.check(worksheet_write_number(sheet, r, c, double(v.toLongLong()), format));
        return QString::number(v.toLongLong()).size();
    case ColumnType::MoneyFen:
        // fen / 100 is exact to the fen in a double for any amount below 2^53 fen.
        book.check(worksheet_write_number(sheet, r, c, double(v.toLongLong()) / 100.0, format));
        return cellDisplayText(v, type).size() + 1;
    case ColumnType::Date:
        book.check(worksheet_write_number(sheet, r, c, excelSerial(v.toDate()), format));
        return 10;
    case ColumnType::DateTime:
        book.check(worksheet_write_number(sheet, r, c, excelSerialOfUtc(v.toLongLong()), format));
        return 16;
    case ColumnType::Percent:
    case ColumnType::Decimal:
        book.check(worksheet_write_number(sheet, r, c, v.toDouble(), format));
        return cellDisplayText(v, type).size();
    }
    return 0;
}

void setWidths(lxw_worksheet *sheet, const std::vector<double> &widths)
{
    for (size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2.0, 8.0, 60.0), nullptr);
}

// Excel sheet names: at most 31 characters, none of []:*?/\ .
QString sheetName(const QString &title, int part)
{
    QString name = title;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    const QString suffix = part > 1 ? QStringLiteral(" (%1)").arg(part) : QString();
    return name.left(31 - suffix.size()) + suffix;
}

QString cellRef(lxw_row_t row, lxw_col_t col)
{
    char buf[16];
    lxw_rowcol_to_cell_abs(buf, row, col, LXW_TRUE, LXW_TRUE);
    return QString::fromLatin1(buf);
}

void writeSummarySheet(Workbook &book, const Summary &summary, const ReportHeader &header)
{
    const QString name = QCoreApplication::translate("Reports", "Summary");
    lxw_worksheet *sheet = book.addSheet(name);
    lxw_row_t r = 0;
    auto line = [&](const QString &text, lxw_format *format = nullptr) {
        book.check(worksheet_write_string(sheet, r++, 0, text.toUtf8().constData(), format));
    };
    line(header.officeName + QStringLiteral(" · ") + header.title, book.bold);
    line(QCoreApplication::translate("Reports", "Period: %1").arg(periodText(header.period)));
    if (!header.filtersText.isEmpty())
        line(header.filtersText);
    line(QCoreApplication::translate("Reports", "Printed: %1").arg(cellDisplayText(header.printedAt, ColumnType::DateTime)));
    line(header.masked ? QCoreApplication::translate("Reports", "Personal data masked")
                       : QCoreApplication::translate("Reports", "Personal data NOT masked: keep this file safe"));
    ++r;
    std::vector<double> widths(size_t(summary.columns.size()), 8.0);
    const lxw_row_t headerRow = r;
    for (qsizetype c = 0; c < summary.columns.size(); ++c) {
        book.check(worksheet_write_string(sheet, r, lxw_col_t(c), summary.columns[c].title.toUtf8().constData(), book.header));
        widths[size_t(c)] = std::max(widths[size_t(c)], textWidth(summary.columns[c].title));
    }
    ++r;
    const lxw_row_t firstDataRow = r;
    for (const QVariantList &row : summary.rows) {
        for (qsizetype c = 0; c < summary.columns.size() && c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], writeCell(book, sheet, r, lxw_col_t(c), row[c], summary.columns[c].type));
        ++r;
    }
    const lxw_row_t lastDataRow = r - 1;
    for (const QVariantList &row : summary.totals) {
        for (qsizetype c = 0; c < summary.columns.size() && c < row.size(); ++c) {
            const ColumnType type = summary.columns[c].type;
            lxw_format *f = type == ColumnType::Text ? book.bold : type == ColumnType::MoneyFen ? book.moneyBold : nullptr;
            widths[size_t(c)] = std::max(widths[size_t(c)], writeCell(book, sheet, r, lxw_col_t(c), row[c], type, f));
        }
        ++r;
    }
    if (!summary.chart || summary.rows.isEmpty()) {
        setWidths(sheet, widths);
        return;
    }
    const Summary::Chart &spec = *summary.chart;
    // The ranges the chart reads: the summary's own columns, or for a pivot
    // (seriesColumn) its table written below the totals, labels down column A
    // and one column per series, so Excel labels each district once.
    struct Range
    {
        lxw_row_t first, last;
        lxw_col_t labels;
        QList<lxw_col_t> values;
        lxw_row_t names; // the row holding the series' names
    } range{firstDataRow, lastDataRow, lxw_col_t(spec.categoryColumn), {}, headerRow};
    if (spec.seriesColumn < 0) {
        for (int valueColumn : spec.valueColumns)
            range.values << lxw_col_t(valueColumn);
    } else {
        const ChartTable t = chartTable(summary);
        ++r;
        range.names = r;
        range.labels = 0;
        book.check(worksheet_write_string(sheet, r, 0, spec.title.toUtf8().constData(), book.header));
        for (qsizetype k = 0; k < t.series.size(); ++k) {
            book.check(worksheet_write_string(sheet, r, lxw_col_t(k + 1), t.series[k].toUtf8().constData(), book.header));
            range.values << lxw_col_t(k + 1);
        }
        range.first = ++r;
        const ColumnType type = summary.columns.value(spec.valueColumns.first()).type;
        for (qsizetype i = 0; i < t.labels.size(); ++i, ++r) {
            book.check(worksheet_write_string(sheet, r, 0, t.labels[i].toUtf8().constData(), nullptr));
            widths[0] = std::max(widths[0], textWidth(t.labels[i]));
            for (qsizetype k = 0; k < t.series.size(); ++k)
                book.check(worksheet_write_number(sheet, r, lxw_col_t(k + 1), t.values[k][i],
                                                  type == ColumnType::MoneyFen ? book.money : nullptr));
        }
        range.last = r - 1;
    }
    setWidths(sheet, widths);
    uint8_t type = LXW_CHART_COLUMN;
    switch (spec.kind) {
    case Summary::Chart::Bar: type = LXW_CHART_COLUMN; break;
    case Summary::Chart::StackedBar: type = LXW_CHART_COLUMN_STACKED; break;
    case Summary::Chart::Line: type = LXW_CHART_LINE; break;
    case Summary::Chart::Pie: type = LXW_CHART_PIE; break;
    }
    lxw_chart *chart = book.addChart(type);
    const QByteArray quoted = (u'\'' + name + u'\'').toUtf8();
    const QString categories = QString::fromUtf8(quoted) + u'!' + cellRef(range.first, range.labels) + u':' + cellRef(range.last, range.labels);
    int seriesIndex = 0;
    for (lxw_col_t valueColumn : range.values) {
        const QString values = QString::fromUtf8(quoted) + u'!' + cellRef(range.first, valueColumn) + u':' + cellRef(range.last, valueColumn);
        lxw_chart_series *series = chart_add_series(chart, categories.toUtf8().constData(), values.toUtf8().constData());
        const QString seriesName = QString::fromUtf8(quoted) + u'!' + cellRef(range.names, valueColumn);
        chart_series_set_name(series, seriesName.toUtf8().constData());
        if (spec.kind != Summary::Chart::Pie) { // a pie colours its slices, not the series
            lxw_chart_fill fill{};
            fill.color = chartSeriesColor(seriesIndex).rgb() & 0xFFFFFF;
            chart_series_set_fill(series, &fill);
            lxw_chart_line line{};
            line.color = fill.color;
            chart_series_set_line(series, &line);
        }
        ++seriesIndex;
    }
    const QByteArray title = spec.title.toUtf8();
    chart_title_set_name(chart, title.constData());
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.4;
    worksheet_insert_chart_opt(sheet, headerRow, lxw_col_t(summary.columns.size() + 1), chart, &options);
}
} // namespace

WriteResult writeXlsx(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &header,
                      const QString &path, const Progress &progress, qint64 rowsPerSheet)
{
    const lxw_row_t maxRows = lxw_row_t(std::clamp<qint64>(rowsPerSheet, 2, kXlsxRowsPerSheet));
    const QList<Column> columns = source.columns();
    const qint64 total = source.rowCount(db, params);
    Workbook book(path, total > 200'000);
    writeSummarySheet(book, source.summary(db, params), header);

    WriteResult result;
    lxw_worksheet *sheet = nullptr;
    lxw_row_t r = 0;
    int part = 0;
    std::vector<double> widths;
    auto finishSheet = [&] {
        if (!sheet)
            return;
        setWidths(sheet, widths);
        worksheet_autofilter(sheet, 0, 0, r > 1 ? r - 1 : 1, lxw_col_t(columns.size() - 1));
    };
    auto startSheet = [&] {
        finishSheet();
        sheet = book.addSheet(sheetName(header.title, ++part));
        worksheet_freeze_panes(sheet, 1, 0);
        widths.assign(size_t(columns.size()), 0.0);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            book.check(worksheet_write_string(sheet, 0, lxw_col_t(c), columns[c].title.toUtf8().constData(), book.header));
            widths[size_t(c)] = textWidth(columns[c].title) + 2; // room for the filter button
        }
        r = 1;
    };
    startSheet();
    const bool complete = source.readRows(db, params, [&](const QVariantList &row) {
        if (r == maxRows)
            startSheet();
        for (qsizetype c = 0; c < columns.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], writeCell(book, sheet, r, lxw_col_t(c), row.at(c), columns[c].type));
        ++r;
        ++result.rows;
        return result.rows % 500 != 0 || !progress || progress(result.rows, total);
    });
    if (!complete) {
        result.cancelled = true;
        return result; // ~Workbook drops the file
    }
    finishSheet();
    book.close();
    if (progress)
        progress(result.rows, total);
    return result;
}

} // namespace doorstep::reports
