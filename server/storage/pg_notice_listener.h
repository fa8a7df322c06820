#pragma once
// Live notices across server processes that share one PostgreSQL database
// (README, "Running the server on PostgreSQL"). A process rings its own
// consoles after each commit (storage/announcing_storage.h); a console
// connected to another process would otherwise hear of those rows only at
// its next periodic round. So each committing transaction also sends
// NOTIFY doorstep_changes (PgStorage: transactional, delivered only if it
// commits) naming the offices' change logs it wrote, and every process
// LISTENs here and rings its own consoles in turn.
//
// The listener has its own connection (outside the pool: LISTEN needs one
// that stays) on its own thread, so connecting (up to connect_timeout) and
// reconnecting never block the server's event loop. A process hears its own
// notices too and skips them by the instance tag it sent. A doorbell only,
// like the consoles' /v2/notify: when the connection drops, notices sent
// meanwhile are lost, so after reconnecting it rings every office once ("*")
// and their consoles pull; a lost notice costs a pull, never a change.
//
// The provider apps' doorbells (http/provider_bell.h) cross processes the
// same way: a transaction that changed providers' job lists also sends a
// jobs notice naming them, and the listener hands those ids on; after a
// reconnect it rings every provider once (kEveryProvider), whose apps then
// read their jobs.

#include "sync_storage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>

namespace doorstep::server {

class PgNoticeListener final
{
public:
    static constexpr const char *Channel = "doorstep_changes";

    // Heard is called on the listener's thread with the audiences (office
    // codes, "*" = all) and the origin of another process's commit.
    using Heard = std::function<void(const QStringList &audiences, const QString &origin)>;
    // HeardJobs likewise with the providers whose jobs another process's
    // commit changed, or {kEveryProvider} after a reconnect.
    using HeardJobs = std::function<void(const QList<qint64> &providers)>;

    // The payload PgStorage sends and the parse of it; empty audiences when
    // the payload is not one of ours.
    static QByteArray payload(const QByteArray &instanceTag, const QString &origin, const QStringList &audiences);
    // The jobs notices for one transaction's providers: as many as it takes
    // to stay under NOTIFY's 8000 bytes (each names ~400 providers of 19-digit
    // ids, ~1,000 of 7-digit ones).
    static QList<QByteArray> jobsPayloads(const QByteArray &instanceTag, const QList<qint64> &providers);
    struct Parsed
    {
        QByteArray instanceTag;
        QString origin;
        QStringList audiences;   // an offices notice
        QList<qint64> providers; // a jobs notice (positive ids only)
    };
    static Parsed parse(const QByteArray &payload);

    PgNoticeListener(QString conninfo, QByteArray ownInstanceTag, Heard heard, HeardJobs heardJobs = {},
                     int retryMs = 5000);
    ~PgNoticeListener();
    PgNoticeListener(const PgNoticeListener &) = delete;
    PgNoticeListener &operator=(const PgNoticeListener &) = delete;

    // True while LISTEN is in force (for status output and tests).
    bool listening() const;
    // The database backend of the listening connection, 0 while none.
    int backendPid() const;

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace doorstep::server
