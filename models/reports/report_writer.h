#pragma once
// The three file formats a report is written in. A writer takes a source,
// its parameters and the header every page or sheet shows, streams the rows
// once, and reports progress; it knows nothing about orders.
#include "reports/report_source.h"

#include <QString>

#include <functional>
#include <optional>
#include <stdexcept>

namespace doorstep::reports {

enum class Format { Xlsx, Csv, Pdf };

QString formatKey(Format format);                        // "xlsx", "csv", "pdf"
std::optional<Format> formatFromKey(QStringView key);
QString formatSuffix(Format format);                     // ".xlsx"

// What heads every sheet and page: who printed what, for which orders.
struct ReportHeader
{
    QString officeName;
    QString title;       // the source's title
    stats::Period period;
    QString filtersText; // "District: 徐汇区 · Service: 保洁", or empty for all
    qint64 printedAt = 0; // UTC seconds (the service layer's clock); shown in office time
    bool masked = true;
};
QString periodText(const stats::Period &period); // "2026-01-01 – 2026-01-31"

// Asked every few hundred rows with the rows written so far and the total
// (rowCount); false stops the export.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct WriteResult
{
    qint64 rows = 0;
    bool cancelled = false;
};

// A file that could not be written (disk full, no such folder); what() is for people.
class WriteError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Each writes `path` (replacing it) with the summary first and then every row,
// in one read of the source. On cancel the partial file is removed.
// Excel's rows per sheet, the header row included: past it the rows go on in
// a sheet "Title (2)" with its own header. Tests pass a small limit.
inline constexpr qint64 kXlsxRowsPerSheet = 1'048'576;
WriteResult writeXlsx(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &header,
                      const QString &path, const Progress &progress, qint64 rowsPerSheet = kXlsxRowsPerSheet);
WriteResult writeCsv(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &header,
                     const QString &path, const Progress &progress);
WriteResult writePdf(const ReportSource &source, store::Database &db, const Params &params, const ReportHeader &header,
                     const QString &path, const Progress &progress);
WriteResult writeReport(Format format, const ReportSource &source, store::Database &db, const Params &params,
                        const ReportHeader &header, const QString &path, const Progress &progress);

} // namespace doorstep::reports
