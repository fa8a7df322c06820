#include "sync/sync_client.h"

#include <QMetaObject>
#include <QRandomGenerator>

#include <condition_variable>
#include <exception>
#include <mutex>

namespace doorstep::sync {

SyncClient::SyncClient(services::ServiceLayer &services, QObject *parent)
    : QObject(parent)
    , m_ledger(services)
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("doorstep-sync"));
    m_thread.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncClient::syncNow);
}

SyncClient::~SyncClient()
{
    // The worker may be waiting for a store call queued to this thread: the
    // flag lets it give up, so waiting for it here cannot deadlock.
    m_closing = true;
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncClient::setInterval(int ms)
{
    m_intervalMs = ms;
    scheduleNext();
}

void SyncClient::cancel()
{
    if (m_busy)
        m_cancel = true;
}

void SyncClient::onGuiThread(const std::function<void(StoreLedger &)> &call)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        std::exception_ptr error;
    };
    auto shared = std::make_shared<Shared>();
    // Dropped by Qt if this object is gone before it runs; `shared` keeps
    // the rendezvous alive either way.
    QMetaObject::invokeMethod(this, [this, shared, call] {
        try {
            call(m_ledger);
        } catch (...) {
            shared->error = std::current_exception();
        }
        std::lock_guard lock(shared->mutex);
        shared->finished = true;
        shared->done.notify_one();
    }, Qt::QueuedConnection);
    std::unique_lock lock(shared->mutex);
    // Calls are short (a batch, a page): wait for them, unless this client
    // is being destroyed, when the GUI thread waits for us instead and the
    // queued call is dropped with this object.
    while (!shared->done.wait_for(lock, std::chrono::milliseconds(50), [&] { return shared->finished; }))
        if (m_closing.load())
            break;
    if (!shared->finished)
        throw SyncError(SyncError::Kind::Cancelled, SyncRound::tr("Cancelled."));
    if (shared->error)
        std::rethrow_exception(shared->error);
}

void SyncClient::syncNow()
{
    if (m_busy)
        return;
    if (!m_ledger.identity()) {
        emit roundFinished(false, StoreLedger::tr("This console is not enrolled with a sync server yet."));
        return;
    }
    start([this] {
        SyncRound round([this](const std::function<void(StoreLedger &)> &call) { onGuiThread(call); }, &m_cancel);
        round.progress = [this](const QString &stage, int done) { emit progress(stage, done); };
        const RoundOutcome o = round.run();
        return QStringLiteral("pushed=%1 applied=%2 rejected=%3 pulled=%4").arg(o.pushed).arg(o.applied).arg(o.rejected).arg(o.pulled);
    }, false);
}

void SyncClient::enroll(const EnrollRequest &request)
{
    if (m_busy)
        return;
    start([this, request] {
        Enrollment e([this](const std::function<void(StoreLedger &)> &call) { onGuiThread(call); }, &m_cancel);
        e.progress = [this](const QString &stage, int done) { emit progress(stage, done); };
        const EnrollOutcome o = e.enroll(request);
        return tr("Enrolled as %1 (%2); %n row(s) sent as the first snapshot.", nullptr, o.snapshotRows).arg(o.officeName, o.officeCode);
    }, true);
}

void SyncClient::start(std::function<QString()> work, bool enrollment)
{
    m_busy = true;
    m_cancel = false;
    m_timer.stop();
    emit stateChanged();
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), enrollment] {
        bool ok = false;
        QString message;
        try {
            message = work();
            ok = true;
        } catch (const SyncError &e) {
            message = e.message();
        } catch (const services::ServiceError &e) {
            message = e.message();
        } catch (const std::exception &e) {
            message = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, enrollment, ok, message] { finished(enrollment, ok, message); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncClient::finished(bool enrollment, bool ok, const QString &message)
{
    m_busy = false;
    const bool cancelled = m_cancel.exchange(false);
    m_online = ok;
    m_lastError = ok ? QString() : message;
    m_failures = ok ? 0 : m_failures + 1;
    if (enrollment)
        emit enrollFinished(ok, message);
    else
        emit roundFinished(ok, message);
    emit stateChanged();
    if (!cancelled)
        scheduleNext();
}

void SyncClient::scheduleNext()
{
    m_timer.stop();
    if (m_busy || !m_ledger.identity())
        return;
    if (m_failures > 0)
        m_timer.start(int(m_backoff.delayMs(m_failures, QRandomGenerator::global()->generateDouble())));
    else if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
}

} // namespace doorstep::sync
