#include "reports/export_run.h"

#include "domain/office_time.h"
#include "reports/source_text.h"
#include "services/workspace.h"

namespace doorstep::reports {

ExportRun::ExportRun(services::Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace) {}

ExportRun::~ExportRun()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        ReportExport::discard(m_request);
    }
}

void ExportRun::start(const ExportRequest &request)
{
    if (m_thread)
        return;
    ReportExport exporter(m_workspace.services());
    const ReportSource &source = exporter.check(m_workspace.store().db(), request);
    const ReportHeader header = exporter.header(m_workspace.store().db(), request);
    m_request = request;
    m_cancel = false;
    m_result = {};
    m_error.clear();
    m_thread.reset(QThread::create([this, opener = m_workspace.store().readerOpener(), &source, header] {
        try {
            const std::unique_ptr<store::Database> db = opener();
            m_result = ReportExport::write(*db, source, m_request, header, [this](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                return !m_cancel;
            });
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    }));
    connect(m_thread.get(), &QThread::finished, this, &ExportRun::workerDone);
    m_thread->start();
}

void ExportRun::workerDone()
{
    m_thread->wait();
    m_thread.reset();
    if (!m_error.isEmpty()) {
        ReportExport::discard(m_request);
        Q_EMIT failed(m_error);
        return;
    }
    if (m_result.cancelled) {
        ReportExport::discard(m_request);
        Q_EMIT cancelled();
        return;
    }
    try {
        ReportExport(m_workspace.services()).record(m_request, m_result.rows);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return;
    }
    Q_EMIT finished(m_result.rows);
}

FilterChoices filterChoices(services::Workspace &workspace)
{
    store::Database &db = workspace.store().db();
    const bool english = englishNames();
    FilterChoices choices;
    auto d = db.prepare("SELECT adcode, name, name_en FROM districts ORDER BY adcode");
    while (d.next())
        choices.districts.append({d.text(0), localName(d, 1, 2, english)});
    auto c = db.prepare("SELECT code, name, name_en FROM service_categories ORDER BY sort, id");
    while (c.next())
        choices.categories.append({c.text(0), localName(c, 1, 2, english)});
    return choices;
}

} // namespace doorstep::reports
