#include "reports/report_export.h"

#include "reports/catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace doorstep::reports {
namespace {
// One read transaction: the count, the summary and the rows see the same store.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(store::Database &db) : m_db(db) { m_db.exec("BEGIN"); }
    ~ReadSnapshot()
    {
        try {
            m_db.exec("COMMIT");
        } catch (...) { // a read transaction has nothing to lose
        }
    }

private:
    store::Database &m_db;
};

QString nameOf(store::Database &db, const QByteArray &sql, const QString &code)
{
    return db.scalar(sql, code).toString();
}

services::Permission permissionFor(const ExportRequest &request)
{
    return request.params.unmasked ? services::Permission::ReportExportUnmasked : services::Permission::ReportExport;
}
} // namespace

const ReportSource &ReportExport::check(store::Database &db, const ExportRequest &request) const
{
    m_services.require(services::Permission::ReportExport);
    if (request.params.unmasked)
        m_services.require(services::Permission::ReportExportUnmasked);
    const ReportSource *source = findSource(request.kind);
    if (!source)
        throw services::ServiceError::invalid(tr("There is no report called '%1'.").arg(request.kind));
    const stats::Filter &f = request.params.filter;
    if (!f.period.isValid())
        throw services::ServiceError::invalid(tr("The period must have a first and a last day, the first not after the last."));
    if (!f.districtCode.isEmpty() && nameOf(db, "SELECT name FROM districts WHERE adcode = ?", f.districtCode).isEmpty())
        throw services::ServiceError::invalid(tr("There is no district with the code '%1'.").arg(f.districtCode));
    if (!f.categoryCode.isEmpty() && nameOf(db, "SELECT name FROM service_categories WHERE code = ?", f.categoryCode).isEmpty())
        throw services::ServiceError::invalid(tr("There is no service category with the code '%1'.").arg(f.categoryCode));
    if (request.path.isEmpty())
        throw services::ServiceError::invalid(tr("Say where the report is to be written."));
    return *source;
}

ReportHeader ReportExport::header(store::Database &db, const ExportRequest &request) const
{
    const ReportSource &source = check(db, request);
    const stats::Filter &f = request.params.filter;
    QStringList filters;
    if (!f.districtCode.isEmpty())
        filters << tr("District: %1").arg(nameOf(db, "SELECT name FROM districts WHERE adcode = ?", f.districtCode));
    if (!f.categoryCode.isEmpty())
        filters << tr("Service: %1").arg(nameOf(db, "SELECT name FROM service_categories WHERE code = ?", f.categoryCode));
    ReportHeader h;
    h.officeName = m_services.session().officeName;
    h.title = source.title();
    h.period = f.period;
    h.filtersText = filters.join(QStringLiteral(" · "));
    h.printedAt = m_services.now();
    h.masked = !request.params.unmasked;
    return h;
}

WriteResult ReportExport::write(store::Database &readDb, const ReportSource &source, const ExportRequest &request,
                                const ReportHeader &header, const Progress &progress)
{
    const QString part = partPath(request.path);
    try {
        ReadSnapshot snapshot(readDb);
        return writeReport(request.format, source, readDb, request.params, header, part, progress);
    } catch (...) {
        QFile::remove(part);
        throw;
    }
}

void ReportExport::record(const ExportRequest &request, qint64 rows)
{
    const QString part = partPath(request.path);
    try {
        const stats::Filter &f = request.params.filter;
        m_services.perform(permissionFor(request), QStringLiteral("report.export"), [&](services::ActionContext &ctx) {
            ctx.describe(QStringLiteral("report"), 0,
                         {{QStringLiteral("report"), request.kind},
                          {QStringLiteral("from"), f.period.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), f.period.to.toString(Qt::ISODate)},
                          {QStringLiteral("district"), f.districtCode},
                          {QStringLiteral("category"), f.categoryCode},
                          {QStringLiteral("format"), formatKey(request.format)},
                          {QStringLiteral("rows"), rows},
                          {QStringLiteral("masked"), !request.params.unmasked},
                          {QStringLiteral("file"), QFileInfo(request.path).fileName()}});
        });
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (QFile::exists(request.path) && !QFile::remove(request.path)) {
        QFile::remove(part);
        throw services::ServiceError::invalid(tr("Cannot replace %1: is it open in another program?").arg(request.path));
    }
    if (!QFile::rename(part, request.path)) {
        QFile::remove(part);
        throw services::ServiceError::invalid(tr("Cannot write %1.").arg(request.path));
    }
}

void ReportExport::discard(const ExportRequest &request)
{
    QFile::remove(partPath(request.path));
}

ExportResult ReportExport::run(const ExportRequest &request, const Progress &progress)
{
    const ReportHeader h = header(m_services.db(), request);
    const WriteResult written = write(m_services.db(), check(m_services.db(), request), request, h, progress);
    if (written.cancelled) {
        discard(request);
        return {written.rows, true};
    }
    record(request, written.rows);
    return {written.rows, false};
}

} // namespace doorstep::reports
