#include "reports/report_writer.h"

namespace doorstep::reports {

QString formatKey(Format format)
{
    switch (format) {
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    Q_UNREACHABLE();
}

std::optional<Format> formatFromKey(QStringView key)
{
    for (Format f : {Format::Xlsx, Format::Csv, Format::Pdf})
        if (key.compare(formatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString formatSuffix(Format format)
{
    return u'.' + formatKey(format);
}

QString periodText(const stats::Period &period)
{
    return period.from.toString(Qt::ISODate) + QStringLiteral(" – ") + period.to.toString(Qt::ISODate);
}

WriteResult writeReport(Format format, const ReportSource &source, store::Database &db, const Params &params,
                        const ReportHeader &header, const QString &path, const Progress &progress)
{
    switch (format) {
    case Format::Xlsx: return writeXlsx(source, db, params, header, path, progress);
    case Format::Csv: return writeCsv(source, db, params, header, path, progress);
    case Format::Pdf: return writePdf(source, db, params, header, path, progress);
    }
    Q_UNREACHABLE();
}

} // namespace doorstep::reports
