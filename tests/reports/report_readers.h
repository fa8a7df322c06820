#pragma once
// The real readers the report tests read files back with, shared by
// tst_reports and tst_summary_reports: openpyxl (read_xlsx.py) for XLSX,
// poppler's pdftotext/pdffonts/pdftocairo for PDF, and an RFC 4180 parser for
// CSV (the BOM is the caller's to check and strip).
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace doorstep::tests {

inline QString python()
{
    // Debian's interpreter, where python3-openpyxl installs (not a pyenv shim first on PATH).
    const QString system = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

inline QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning().noquote() << program << args << QString::fromUtf8(p.readAllStandardError());
    return p.readAllStandardOutput();
}

// Per sheet: name, max_row, freeze, autofilter, charts, widths, head (typed
// cells of the first rows), values, types (read_xlsx.py says what each holds).
inline QJsonArray readXlsx(const QString &path, bool light = false)
{
    QStringList args{QStringLiteral(DOORSTEP_SOURCE_DIR "/tests/reports/read_xlsx.py"), path};
    if (light)
        args << QStringLiteral("--light");
    return QJsonDocument::fromJson(runTool(python(), args)).array();
}

inline QString pdfText(const QString &path)
{
    // NFKC: Qt 6.4's ToUnicode map names the lowest code point of a glyph, so 日
    // (shared with the Kangxi radical U+2F47) copies out as the radical (README).
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}))
        .normalized(QString::NormalizationForm_KC);
}

// RFC 4180: fields separated by commas, CRLF rows, quoted fields with doubled quotes.
inline QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace doorstep::tests
