// CSV for Excel on a Chinese Windows and for scripts: UTF-8 with a BOM (without
// it Excel reads the file as GBK), RFC 4180 (CRLF, fields with a comma, quote
// or line break quoted, quotes doubled), one header row of titles, then the
// rows. Typed cells are written as plain numbers (money in yuan, "-12.50"
// stays a number); only text is neutralised against formula injection.
#include "reports/cell_text.h"
#include "reports/report_writer.h"

#include <QCoreApplication>
#include <QFile>

namespace doorstep::reports {
namespace {
void appendField(QByteArray &line, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        line += '"';
        for (char c : utf8) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    } else {
        line += utf8;
    }
}

class CsvFile
{
public:
    explicit CsvFile(const QString &path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail();
        m_buffer.reserve(1 << 20);
    }
    void add(const QByteArray &line)
    {
        m_buffer += line;
        if (m_buffer.size() >= (1 << 20))
            flush();
    }
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            fail();
        m_buffer.clear();
    }
    void close()
    {
        flush();
        if (!m_file.flush())
            fail();
        m_file.close();
    }
    void remove()
    {
        m_file.close();
        m_file.remove();
    }

private:
    [[noreturn]] void fail()
    {
        throw WriteError(QCoreApplication::translate("Reports", "Cannot write %1: %2")
                             .arg(m_file.fileName(), m_file.errorString()).toStdString());
    }
    QFile m_file;
    QByteArray m_buffer;
};
} // namespace

WriteResult writeCsv(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &,
                     const QString &path, const Progress &progress)
{
    const QList<Column> columns = source.columns();
    const qint64 total = source.rowCount(db, params);
    CsvFile file(path);
    QByteArray line = "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            line += ',';
        appendField(line, neutralised(columns[i].title));
    }
    line += "\r\n";
    file.add(line);

    WriteResult result;
    const bool complete = source.readRows(db, params, [&](const QVariantList &row) {
        line.clear();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                line += ',';
            const QVariant &v = row.at(i);
            if (columns[i].type == ColumnType::Text)
                appendField(line, neutralised(v.toString()));
            else
                line += cellFileText(v, columns[i].type).toLatin1();
        }
        line += "\r\n";
        file.add(line);
        ++result.rows;
        return result.rows % 500 != 0 || !progress || progress(result.rows, total);
    });
    if (!complete) {
        file.remove();
        result.cancelled = true;
        return result;
    }
    file.close();
    if (progress)
        progress(result.rows, total);
    return result;
}

} // namespace doorstep::reports
