#pragma once
// The window's export (ui/reports/export_dialog): the permission and filter
// checks on the GUI thread, the rows read and written on a worker thread over
// its own read-only connection (Store::readerOpener) with progress and cancel,
// then the audit entry back on the GUI thread, whose connection the services
// own (reports/report_export.h says why the entry comes after the file).
#include "reports/report_export.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace doorstep::services {
class Workspace;
}

namespace doorstep::reports {

class ExportRun final : public QObject
{
    Q_OBJECT
public:
    explicit ExportRun(services::Workspace &workspace, QObject *parent = nullptr);
    // Cancels a running export and waits for its worker.
    ~ExportRun() override;

    // Throws ServiceError at once for what check() refuses; otherwise the
    // export runs and ends with exactly one of finished, cancelled, failed.
    void start(const ExportRequest &request);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // from the worker; queued to receivers
    void finished(qint64 rows);               // recorded and written at request.path
    void cancelled();                         // no file, no entry
    void failed(const QString &message);      // no file

private:
    void workerDone();

    services::Workspace &m_workspace;
    ExportRequest m_request;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    WriteResult m_result;
    QString m_error;
};

// The choices the dialog offers for the filters: (code, name), in catalogue order.
struct FilterChoices
{
    QList<std::pair<QString, QString>> districts;
    QList<std::pair<QString, QString>> categories;
};
FilterChoices filterChoices(services::Workspace &workspace);

} // namespace doorstep::reports
