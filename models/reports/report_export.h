#pragma once
// Exporting a report is an audited action of the spine: who exported which
// report, for which period and filters, in which format, how many rows, and
// whether personal data was masked (services::Permission::ReportExport; an
// unmasked export also needs ReportExportUnmasked).
//
// The rows are read and written outside the write transaction (a
// 1,000,000-row export takes a minute and must not hold the store's write
// lock), in one read transaction so counts, summary and rows agree, into
// PATH.part. Then ServiceLayer::perform records the entry (checking the
// account again) and only then the file takes its name; a refused or failed
// entry leaves no file. The window runs write() on a worker's own connection
// and record() on the GUI thread (reports/export_run.h); the CLI runs both.
#include "reports/report_writer.h"
#include "services/service_layer.h"

#include <QCoreApplication>

namespace doorstep::reports {

struct ExportRequest
{
    QString kind; // a catalogue kind
    Params params;
    Format format = Format::Xlsx;
    QString path;
};

struct ExportResult
{
    qint64 rows = 0;
    bool cancelled = false; // nothing written, nothing recorded
};

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    explicit ReportExport(services::ServiceLayer &services) : m_services(services) {}

    // Throws ServiceError: permission (ReportExport, and ReportExportUnmasked
    // for an unmasked export), an unknown report, a period that ends before it
    // starts, an unknown district or category code. `db` reads the names.
    const ReportSource &check(store::Database &db, const ExportRequest &request) const;
    // What heads the file: office, title, period, filters by name, print time.
    ReportHeader header(store::Database &db, const ExportRequest &request) const;

    // Any thread, any connection: writes partPath(request.path) inside one read transaction.
    static WriteResult write(store::Database &readDb, const ReportSource &source, const ExportRequest &request,
                             const ReportHeader &header, const Progress &progress);
    // On the services' thread after write(): the audit entry, then the file
    // takes its name (replacing an older one). Without an entry, no file.
    void record(const ExportRequest &request, qint64 rows);
    // Drops a written part (cancelled, or record() was not reached).
    static void discard(const ExportRequest &request);

    // check, header, write and record on this thread (the CLI).
    ExportResult run(const ExportRequest &request, const Progress &progress);

    static QString partPath(const QString &path) { return path + QStringLiteral(".part"); }

private:
    services::ServiceLayer &m_services;
};

} // namespace doorstep::reports
