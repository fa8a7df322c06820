// PDF on A4 through QPdfWriter and QPainter (QtGui only: runs in the CLI and
// on the export worker). Every page has the office, title and period at the
// top and the print time and page number at the bottom; the first page holds
// the summary and its chart (vector paths), then the rows follow as a table
// whose header is repeated on every page. The rows stream: the first 200 are
// kept to size the columns, the rest are drawn as they come. Text is drawn in
// a CJK font found through QFontDatabase; Qt embeds the glyphs it used, so the
// file reads (and Chinese copies out) on a machine without the font.
#include "reports/cell_text.h"
#include "reports/pdf_chart.h"
#include "reports/report_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <climits>
#include <memory>
#include <vector>

namespace doorstep::reports {
namespace {
// The context lupdate files these strings under is the macro's literal,
// the one the program asks for (a free tr() wrapper would be filed under
// the namespace's name and never found: tst_translation_contexts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString cjkFamily()
{
    for (const QString &f : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                             QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("SimSun")})
        if (QFontDatabase::hasFamily(f))
            return f;
    return QFontDatabase::families(QFontDatabase::SimplifiedChinese).value(0);
}

class PdfDocument
{
public:
    PdfDocument(const QString &path, const ReportHeader &header, bool landscape)
        : m_path(path), m_header(header), m_writer(path)
    {
        m_writer.setResolution(72); // one unit = one point
        m_writer.setTitle(header.title);
        m_writer.setCreator(QStringLiteral("Doorstep"));
        m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                           QMarginsF(28, 28, 28, 28), QPageLayout::Point));
        if (!m_painter.begin(&m_writer))
            throw WriteError(Text::tr("Cannot write %1").arg(path).toStdString());
        const QString family = cjkFamily();
        font = QFont(family, 8);
        // Without shaping for scripts that need none: HarfBuzz picks Noto CJK's
        // alternate digit glyphs inside Latin runs ("DS2026…"), which have no
        // code point of their own, so their text would not copy out of the PDF.
        font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        bold = font;
        bold.setBold(true);
        big = bold;
        big.setPointSizeF(13);
        const QRectF page = m_writer.pageLayout().paintRect(QPageLayout::Point);
        m_page = QRectF(0, 0, page.width(), page.height());
        const QFontMetricsF fm(font, &m_writer);
        body = m_page.adjusted(0, fm.height() * 2.2, 0, -fm.height() * 2.2);
        decorate();
    }
    ~PdfDocument()
    {
        if (m_painter.isActive()) { // an exception or a cancel
            m_painter.end();
            QFile::remove(m_path);
        }
    }
    QPainter &painter() { return m_painter; }
    QPaintDevice *device() { return &m_writer; }
    void newPage()
    {
        if (!m_writer.newPage())
            throw WriteError(Text::tr("Cannot write %1").arg(m_path).toStdString());
        ++m_pageNo;
        decorate();
    }
    void finish()
    {
        if (!m_painter.end())
            throw WriteError(Text::tr("Cannot write %1").arg(m_path).toStdString());
        if (!QFile::exists(m_path))
            throw WriteError(Text::tr("Cannot write %1").arg(m_path).toStdString());
    }

    QFont font, bold, big;
    QRectF body;

private:
    // The running head and foot of every page.
    void decorate()
    {
        QPainter &p = m_painter;
        p.setPen(Qt::black);
        p.setFont(bold);
        const QFontMetricsF fm(bold, &m_writer);
        p.drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), fm.height()), Qt::AlignLeft, m_header.officeName);
        p.drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), fm.height()), Qt::AlignHCenter, m_header.title);
        p.setFont(font);
        p.drawText(QRectF(m_page.left(), m_page.top(), m_page.width(), fm.height()), Qt::AlignRight, periodText(m_header.period));
        p.setPen(QPen(Qt::gray, 0.5));
        p.drawLine(QPointF(m_page.left(), m_page.top() + fm.height() * 1.4), QPointF(m_page.right(), m_page.top() + fm.height() * 1.4));
        const double footY = m_page.bottom() - fm.height();
        p.drawLine(QPointF(m_page.left(), footY - 3), QPointF(m_page.right(), footY - 3));
        p.setPen(Qt::black);
        const QString left = Text::tr("Printed %1").arg(cellDisplayText(m_header.printedAt, ColumnType::DateTime)) + QStringLiteral(" · ")
                             + (m_header.masked ? Text::tr("personal data masked") : Text::tr("personal data NOT masked"));
        p.drawText(QRectF(m_page.left(), footY, m_page.width(), fm.height()), Qt::AlignLeft, left);
        p.drawText(QRectF(m_page.left(), footY, m_page.width(), fm.height()), Qt::AlignRight, Text::tr("Page %1").arg(m_pageNo));
    }

    QString m_path;
    ReportHeader m_header;
    QPdfWriter m_writer;
    QPainter m_painter;
    QRectF m_page;
    int m_pageNo = 1;
};

// A table that continues on the next page, its header drawn again there.
class PdfTable
{
public:
    PdfTable(PdfDocument &doc, const QList<Column> &columns, double top, const QList<QVariantList> &sample)
        : m_doc(doc), m_columns(columns), m_y(top)
    {
        const QFontMetricsF fm(doc.font, doc.device());
        const QFontMetricsF bfm(doc.bold, doc.device());
        m_rowH = fm.height() * 1.45;
        std::vector<double> want(size_t(columns.size()));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            double w = bfm.horizontalAdvance(columns[c].title);
            for (const QVariantList &row : sample)
                w = std::max(w, bfm.horizontalAdvance(cellDisplayText(row.value(c), columns[c].type)));
            want[size_t(c)] = std::min(w, fm.averageCharWidth() * 40) + 8;
        }
        double sum = 0;
        for (double w : want)
            sum += w;
        const double scale = sum > doc.body.width() ? doc.body.width() / sum : 1.0;
        double x = doc.body.left();
        for (double w : want) {
            m_x.push_back(x);
            m_w.push_back(w * scale);
            x += w * scale;
        }
        m_right = x;
        drawHeader();
    }
    double bottom() const { return m_y; }
    void add(const QVariantList &row, bool bold = false)
    {
        if (m_y + m_rowH > m_doc.body.bottom()) {
            m_doc.newPage();
            m_y = m_doc.body.top();
            drawHeader();
        }
        QPainter &p = m_doc.painter();
        p.setFont(bold ? m_doc.bold : m_doc.font);
        const QFontMetricsF fm(bold ? m_doc.bold : m_doc.font, m_doc.device());
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString text = cellDisplayText(row.value(c), m_columns[c].type);
            if (text.isEmpty())
                continue;
            const ColumnType type = m_columns[c].type;
            const bool right = isNumeric(type) && type != ColumnType::Date && type != ColumnType::DateTime && !isLabel(row.value(c), type);
            QRectF cell(m_x[size_t(c)] + 3, m_y, m_w[size_t(c)] - 6, m_rowH);
            if (bold && right) { // a total is never cut: it may reach into the empty cells on its left
                cell.setLeft(m_doc.body.left());
                p.drawText(cell, int(Qt::AlignRight | Qt::AlignVCenter), text);
                continue;
            }
            if (bold) { // a total's label ("Total: 31 rows" under a narrow Day) runs on over the empty cells after it
                qsizetype last = c;
                while (last + 1 < m_columns.size() && cellDisplayText(row.value(last + 1), m_columns[last + 1].type).isEmpty())
                    ++last;
                cell.setRight(m_x[size_t(last)] + m_w[size_t(last)] - 3);
            }
            const Qt::Alignment align = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(cell, int(align), fm.elidedText(text, Qt::ElideRight, cell.width()));
        }
        m_y += m_rowH;
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.4));
        p.drawLine(QPointF(m_doc.body.left(), m_y), QPointF(m_right, m_y));
        p.setPen(Qt::black);
    }

private:
    void drawHeader()
    {
        QPainter &p = m_doc.painter();
        p.fillRect(QRectF(m_doc.body.left(), m_y, m_right - m_doc.body.left(), m_rowH), QColor(0xe8, 0xee, 0xf4));
        p.setFont(m_doc.bold);
        p.setPen(Qt::black);
        const QFontMetricsF fm(m_doc.bold, m_doc.device());
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(m_x[size_t(c)] + 3, m_y, m_w[size_t(c)] - 6, m_rowH);
            p.drawText(cell, int(Qt::AlignLeft | Qt::AlignVCenter), fm.elidedText(m_columns[c].title, Qt::ElideRight, cell.width()));
        }
        m_y += m_rowH;
    }

    PdfDocument &m_doc;
    QList<Column> m_columns;
    std::vector<double> m_x, m_w;
    double m_right = 0;
    double m_y;
    double m_rowH = 10;
};

// The rows' total line: the count and the sum of every money column.
QVariantList totalsRow(const QList<Column> &columns, qint64 rows, const std::vector<qint64> &sums)
{
    QVariantList row;
    for (qsizetype c = 0; c < columns.size(); ++c)
        row << (columns[c].type == ColumnType::MoneyFen ? QVariant(sums[size_t(c)]) : QVariant());
    // The count is worked out first: lupdate 6.4 never returns from a template argument list inside translate()'s arguments.
    const int shown = int(std::min<qint64>(rows, INT_MAX));
    row[0] = QCoreApplication::translate("Reports", "Total: %n row(s)", nullptr, shown);
    return row;
}
} // namespace

WriteResult writePdf(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &header,
                     const QString &path, const Progress &progress)
{
    const QList<Column> columns = source.columns();
    const qint64 total = source.rowCount(db, params);
    const Summary summary = source.summary(db, params);
    PdfDocument doc(path, header, columns.size() > 7 || summary.columns.size() > 7);
    QPainter &p = doc.painter();

    // First page: what this is, the summary and its chart.
    double y = doc.body.top();
    p.setFont(doc.big);
    const QFontMetricsF bigFm(doc.big, doc.device());
    p.drawText(QPointF(doc.body.left(), y + bigFm.ascent()), header.title);
    y += bigFm.height() * 1.3;
    p.setFont(doc.font);
    const QFontMetricsF fm(doc.font, doc.device());
    for (const QString &line : {Text::tr("Period: %1").arg(periodText(header.period)), header.filtersText}) {
        if (line.isEmpty())
            continue;
        p.drawText(QPointF(doc.body.left(), y + fm.ascent()), line);
        y += fm.height() * 1.2;
    }
    y += fm.height();
    if (!summary.columns.isEmpty()) {
        PdfTable table(doc, summary.columns, y, summary.rows);
        for (const QVariantList &row : summary.rows)
            table.add(row);
        for (const QVariantList &row : summary.totals)
            table.add(row, true);
        y = table.bottom() + fm.height();
    }
    if (summary.chart && !summary.rows.isEmpty()) {
        const double h = std::min(doc.body.height() * 0.45, 260.0);
        if (y + h > doc.body.bottom()) {
            doc.newPage();
            y = doc.body.top();
        }
        drawChart(p, QRectF(doc.body.left(), y, doc.body.width(), h), summary, doc.font);
    }

    // The rows, from a new page.
    doc.newPage();
    WriteResult result;
    std::vector<qint64> sums(size_t(columns.size()), 0);
    QList<QVariantList> sample;
    std::unique_ptr<PdfTable> table;
    auto add = [&](const QVariantList &row) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (columns[c].type == ColumnType::MoneyFen)
                sums[size_t(c)] += row.value(c).toLongLong();
        table->add(row);
    };
    const bool complete = source.readRows(db, params, [&](const QVariantList &row) {
        if (!table) {
            sample << row;
            if (sample.size() == 200) {
                table = std::make_unique<PdfTable>(doc, columns, doc.body.top(), sample);
                for (const QVariantList &r : std::as_const(sample))
                    add(r);
            }
        } else {
            add(row);
        }
        ++result.rows;
        return result.rows % 200 != 0 || !progress || progress(result.rows, total);
    });
    if (!complete) {
        result.cancelled = true;
        return result; // ~PdfDocument drops the file
    }
    if (!table) {
        table = std::make_unique<PdfTable>(doc, columns, doc.body.top(), sample);
        for (const QVariantList &r : std::as_const(sample))
            add(r);
    }
    table->add(totalsRow(columns, result.rows, sums), true);
    doc.finish();
    if (progress)
        progress(result.rows, total);
    return result;
}

} // namespace doorstep::reports
