#include "sync/sync_client.h"

#include "sync/worker_ledger.h"

#include <QMetaObject>
#include <QRandomGenerator>

#include <exception>
#include <utility>

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
    connect(&m_notify, &NotifyChannel::pullNeeded, this, &SyncClient::pullNeeded);
    connect(&m_notify, &NotifyChannel::liveChanged, this, &SyncClient::stateChanged);
}

SyncClient::~SyncClient()
{
    // The round stops at its next statement (rolled back) or network wait;
    // its connection closes as it unwinds on the worker. Nothing of it waits
    // for this thread, so waiting here cannot deadlock; its queued results
    // are dropped with this object.
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncClient::setInterval(int ms)
{
    m_intervalMs = ms;
    scheduleNext();
}

void SyncClient::setLive(bool on)
{
    m_live = on;
    updateChannel();
}

void SyncClient::updateChannel()
{
    // Read here, at known moments (turned on, unlocked, enrolled), never from
    // the channel's own timers: it may outlive the store's session.
    std::optional<SyncIdentity> id;
    if (m_live && !m_paused) {
        try {
            id = m_ledger.identity();
        } catch (const std::exception &) {
        }
    }
    if (!id) { // off, locked or not enrolled: nothing to listen to
        m_notify.setEnabled(false);
        return;
    }
    m_notify.setEnabled(true, {id->serverUrl, id->caPem, id->certificatePem, id->keyPem});
}

void SyncClient::pullNeeded()
{
    if (m_paused)
        return;
    if (m_busy) {
        // The running round may have pulled before this change committed.
        m_pullAgain = true;
        return;
    }
    syncNow();
}

void SyncClient::pushSoon()
{
    if (!m_live || !m_ledger.identity())
        return;
    pullNeeded();
}

void SyncClient::cancel()
{
    if (m_busy)
        m_cancel = true;
}

void SyncClient::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    updateChannel(); // a locked console does not listen; unlocking says "ready" again, which pulls
    if (paused) {
        m_timer.stop();
        // A round cut short by the lock runs again soon after unlocking.
        m_resumeRound = m_busy;
        cancel();
    } else if (m_resumeRound && !m_busy) {
        m_resumeRound = false;
        m_timer.start(0);
    } else {
        scheduleNext();
    }
}

void SyncClient::syncNow()
{
    if (m_busy || m_paused)
        return;
    if (!m_ledger.identity()) {
        emit roundFinished(false, StoreLedger::tr("This console is not enrolled with a sync server yet."));
        return;
    }
    const int pullLimit = m_pullLimit;
    start([this, pullLimit](const OnStore &onStore) {
        SyncRound round(onStore, &m_cancel);
        round.progress = [this](const QString &stage, int done) { emit progress(stage, done); };
        round.pullLimit = pullLimit;
        const RoundOutcome o = round.run();
        // Shown in the status bar ("Synced: …"), so in words and translated;
        // the CLI prints its own machine-readable line.
        return tr("sent %1, applied %2, refused %3, received %4").arg(o.pushed).arg(o.applied).arg(o.rejected).arg(o.pulled);
    }, false);
}

void SyncClient::enroll(const EnrollRequest &request)
{
    if (m_busy || m_paused)
        return;
    start([this, request](const OnStore &onStore) {
        Enrollment e(onStore, &m_cancel);
        e.progress = [this](const QString &stage, int done) { emit progress(stage, done); };
        const EnrollOutcome o = e.enroll(request);
        return tr("Enrolled as %1 (%2); %n row(s) sent as the first snapshot.", nullptr, o.snapshotRows).arg(o.officeName, o.officeCode);
    }, true);
}

void SyncClient::start(std::function<QString(const OnStore &)> work, bool enrollment)
{
    m_busy = true;
    m_cancel = false;
    m_timer.stop();
    emit stateChanged();
    // What the worker's own connection and services need, taken here on the
    // GUI thread: the key (a copy), who is acting and the console's clock.
    services::ServiceLayer &services = m_ledger.services();
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), enrollment, open = services.store().writerOpener(),
                                         session = services.session(), clock = services.clock()] {
        bool ok = false;
        QString message;
        try {
            WorkerLedger store(open, session, clock, &m_cancel);
            const OnStore onStore = [this, &store](const std::function<void(StoreLedger &)> &call) {
                if (store.run(call))
                    QMetaObject::invokeMethod(this, [this] { emit storeChanged(); }, Qt::QueuedConnection);
            };
            message = work(onStore);
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
    // A cancelled round (by the user, the lock or closing) says nothing
    // about the server: it is neither a failure to back off from nor online.
    if (!cancelled || ok) {
        m_online = ok;
        m_failures = ok ? 0 : m_failures + 1;
    }
    m_lastError = ok ? QString() : message;
    if (enrollment && ok && m_live) { // the channel can subscribe now, not at its next retry
        m_notify.setEnabled(false);
        updateChannel();
    }
    if (enrollment)
        emit enrollFinished(ok, message);
    else
        emit roundFinished(ok, message);
    emit stateChanged();
    if (m_paused)
        return;
    if (m_resumeRound) { // unlocked before the cancelled round had ended
        m_resumeRound = false;
        m_timer.start(0);
    } else if (!cancelled && std::exchange(m_pullAgain, false)) {
        m_timer.start(0);
    } else if (!cancelled) {
        scheduleNext();
    }
}

void SyncClient::scheduleNext()
{
    m_timer.stop();
    if (m_busy || m_paused || !m_ledger.identity())
        return;
    if (m_failures > 0)
        m_timer.start(int(m_backoff.delayMs(m_failures, QRandomGenerator::global()->generateDouble())));
    else if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
}

} // namespace doorstep::sync
