#include "ui/worker_task.h"

#include <QApplication>
#include <QProgressBar>
#include <QWidget>

#include <stdexcept>

namespace doorstep::ui {

WorkerTask::WorkerTask(QWidget *dialog, const QString &busyText, QList<QWidget *> inputs)
    : QObject(dialog)
    , m_bar(new QProgressBar(dialog))
    , m_inputs(std::move(inputs))
{
    m_bar->setRange(0, 0); // indeterminate: Argon2 reports no progress
    m_bar->setFormat(busyText);
    m_bar->setTextVisible(true);
    m_bar->hide();
}

WorkerTask::~WorkerTask()
{
    if (m_running) {
        // Closed while working (e.g. the application quits): wait rather than
        // leave a detached thread using what its owner is about to destroy.
        // The result (say, an opened workspace) is destroyed with the watcher.
        m_running->waitForFinished();
        QApplication::restoreOverrideCursor();
    }
}

void WorkerTask::setBusy(bool busy)
{
    m_bar->setVisible(busy);
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

QString exceptionText(const std::exception_ptr &error)
{
    if (!error)
        return {};
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return QStringLiteral("?");
    }
}

} // namespace doorstep::ui
