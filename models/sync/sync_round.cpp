#include "sync/sync_round.h"

#include "sync/https_client.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrlQuery>

namespace doorstep::sync {

OnStore directStore(StoreLedger &ledger)
{
    return [&ledger](const std::function<void(StoreLedger &)> &call) { call(ledger); };
}

void SyncRound::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        throw SyncError(SyncError::Kind::Cancelled, tr("Cancelled."));
}

RoundOutcome SyncRound::run()
{
    qint64 started = 0;
    m_onStore([&](StoreLedger &l) { started = l.services().now(); });
    try {
        const RoundOutcome out = runSteps();
        m_onStore([&](StoreLedger &l) {
            l.recordRound({started, 0, out.pushed, out.applied, out.rejected, out.pulled, {}});
        });
        return out;
    } catch (const SyncError &e) {
        if (e.kind() != SyncError::Kind::Cancelled && e.kind() != SyncError::Kind::NotEnrolled) {
            const QString message = e.message();
            try {
                m_onStore([&](StoreLedger &l) { l.recordRound({started, 0, 0, 0, 0, 0, message}); });
            } catch (...) {
                // The history is a convenience; the round's own error is what to report.
            }
        }
        throw;
    }
}

RoundOutcome SyncRound::runSteps()
{
    SyncIdentity id;
    m_onStore([&](StoreLedger &l) { id = l.requireIdentity(); });
    HttpsClient client(pinnedConfiguration(id.caPem, id.certificatePem, id.keyPem), m_cancel);
    const QUrl base(id.serverUrl);
    auto endpoint = [&](const QString &path, const QUrlQuery &query = {}) {
        QUrl url = base;
        url.setPath(path);
        url.setQuery(query);
        return url;
    };

    QUrlQuery helloQuery;
    helloQuery.addQueryItem(QStringLiteral("store_uid"), id.storeUid);
    helloQuery.addQueryItem(QStringLiteral("epoch"), QString::number(id.epoch));
    // The office's accept timeout, so the server can own the timeouts
    // (services/order_timeout_service.h); a server that does says so.
    int acceptTimeout = 0;
    m_onStore([&](StoreLedger &l) { acceptTimeout = l.acceptTimeoutMinutes(); });
    helloQuery.addQueryItem(QStringLiteral("accept_timeout_minutes"), QString::number(acceptTimeout));
    const Hello hello = parseHello(client.get(endpoint(QStringLiteral("/v2/hello"), helloQuery)));
    if (hello.protocol != kProtocolVersion)
        throw SyncError(SyncError::Kind::Protocol, tr("The server speaks sync protocol %1; this console speaks %2.")
                                                       .arg(hello.protocol)
                                                       .arg(kProtocolVersion));
    // A console enrolled under protocol 1 minted ids on a random node: from
    // now on it mints them on the one the server gave its office.
    if (hello.node > 0)
        m_onStore([&](StoreLedger &l) { l.adoptNode(hello.node); });
    m_onStore([&](StoreLedger &l) { l.setServerOwnsTimeouts(hello.acceptTimeouts); });

    // Each push's record and each pulled page is one write transaction,
    // timed to size the next one.
    QElapsedTimer monotonic;
    monotonic.start();
    const std::function<double()> clock = clockMs ? clockMs : [&monotonic] { return double(monotonic.nsecsElapsed()) / 1e6; };
    auto timedWrite = [&](WriteBudget &budget, int items, const std::function<void(StoreLedger &)> &call) {
        m_onStore([&](StoreLedger &l) {
            const double start = clock();
            call(l);
            budget.took(items, clock() - start);
        });
    };
    // Never below 10 items. The first push is the whole batch (recording 100
    // answers took 2–15 ms at load 10: bench_sync_stall); the first page 40
    // rows (this office's own customers coming back cost 0.1–0.9 ms each).
    constexpr int kFewest = 10;
    WriteBudget pushBudget(kFewest, pushLimit, pushLimit, writeTargetMs);
    WriteBudget pullBudget(kFewest, pullLimit, 40, writeTargetMs);

    RoundOutcome out;
    // Push: oldest first, a batch at a time, each answered before the next.
    for (;;) {
        checkCancel();
        Batch batch;
        QJsonObject head;
        m_onStore([&](StoreLedger &l) {
            batch = l.nextBatch(pushBudget.next());
            head = l.auditHead();
        });
        if (batch.isEmpty())
            break;
        PushReply reply;
        if (!batch.mutations.isEmpty()) {
            QJsonArray mutations;
            for (const Mutation &m : batch.mutations)
                mutations.append(m.toJson());
            reply = parsePushReply(client.post(endpoint(QStringLiteral("/v2/push")),
                                               {{QStringLiteral("store_uid"), id.storeUid},
                                                {QStringLiteral("epoch"), id.epoch},
                                                {QStringLiteral("audit_head"), head},
                                                {QStringLiteral("mutations"), mutations}}));
            if (reply.results.isEmpty())
                throw SyncError(SyncError::Kind::Protocol, tr("The server answered a push without any result."));
        }
        PushCounts counts;
        // Silent entries cost a statement each too: counted into the mutations.
        timedWrite(pushBudget, int(batch.mutations.size()), [&](StoreLedger &l) { counts = l.recordPush(batch, reply); });
        out.pushed += int(reply.results.size());
        out.applied += counts.applied;
        out.merged += counts.merged;
        out.rejected += counts.rejected;
        out.duplicate += counts.duplicate;
        out.undone += counts.undone;
        if (progress)
            progress(QStringLiteral("push"), out.pushed);
    }

    // Pull: page after page from the stored cursor.
    for (;;) {
        checkCancel();
        QString cursor;
        m_onStore([&](StoreLedger &l) { cursor = l.pullCursor(); });
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        q.addQueryItem(QStringLiteral("limit"), QString::number(pullBudget.next()));
        const ChangesPage page = parseChangesPage(client.get(endpoint(QStringLiteral("/v2/changes"), q)));
        int applied = 0;
        timedWrite(pullBudget, int(page.changes.size()), [&](StoreLedger &l) { applied = l.applyPage(page, id.officeCode); });
        out.pulled += applied;
        if (progress)
            progress(QStringLiteral("pull"), out.pulled);
        if (!page.more)
            break;
        if (page.changes.isEmpty() && page.cursor == cursor)
            throw SyncError(SyncError::Kind::Protocol, tr("The server says there is more to pull but sends nothing new."));
    }
    return out;
}

} // namespace doorstep::sync
