#pragma once
// The protocol above the storage interface, written once for both backends:
// enrollment, exactly-once push with ownership and conditions, the first
// snapshot, pull. Takes bodies as bytes and answers status + JSON, so it is
// tested without a network (tst_syncprotocol) and the HTTP layer only routes.

#include "pki/pki.h"
#include "storage/announcing_storage.h"
#include "storage/sync_storage.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace doorstep::server::sync {

// The newest protocol this server speaks (server/PROTOCOL.md); it still
// answers every older one.
inline constexpr int kProtocolVersion = 2;

struct Reply
{
    int status = 200;
    QJsonObject body;
};

// The error reply of PROTOCOL.md: {"error": code, "message": sentence}.
Reply errorReply(int status, const QString &code, const QString &message);

class SyncService
{
public:
    SyncService(SyncStorage &storage, pki::KeyAndCert ca, QString syncUrl);

    // Tests move the clock; the server uses the wall clock.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    // Where enrolled consoles sync (known once the sync listener is bound).
    void setSyncUrl(const QString &url) { m_syncUrl = url; }
    // Called after any transaction on storage() commits rows (a push, a
    // snapshot, an app's write through ApiService, the server's own accept
    // timeouts), with the offices whose change log got entries ("*" = all)
    // and the office that wrote them ("platform" for the server's own): the
    // live notices (http/notify_hub). On the thread that committed. Each sync
    // listener serving this service adds its own and removes it when it goes
    // (a second listener once silently replaced the first's, so its consoles
    // stopped hearing anything). With EveryProcess it also hears what other
    // server processes on the same PostgreSQL database committed (handed in
    // by heardFromOtherProcess). Thread-safe.
    using CommitListener = AnnouncingStorage::Listener;
    int addCommitListener(CommitListener listener, AnnouncingStorage::Hears hears = AnnouncingStorage::Hears::EveryProcess)
    {
        return m_storage.addListener(std::move(listener), hears);
    }
    void removeCommitListener(int id) { m_storage.removeListener(id); }
    void heardFromOtherProcess(const QStringList &audiences, const QString &origin)
    {
        m_storage.announceFromOtherProcess(audiences, origin);
    }
    // Likewise for the providers whose jobs a commit changed (the provider
    // apps' doorbell, http/provider_bell.h), in this process or, handed in
    // by heardJobsFromOtherProcess, another; removed by removeCommitListener.
    int addJobListener(AnnouncingStorage::JobListener listener) { return m_storage.addJobListener(std::move(listener)); }
    void heardJobsFromOtherProcess(const QList<qint64> &providers) { m_storage.announceJobsFromOtherProcess(providers); }
    // The storage every other writer of the platform's rows must use (the
    // apps' API): its commits ring the consoles as pushes do.
    SyncStorage &storage() { return m_storage; }

    Reply enroll(QByteArrayView body);
    // protocol: the version of the path asked (/v1/hello or /v2/hello); the
    // server answers both the same way (version 1 consoles ignore the node).
    Reply hello(const QString &office, const QUrlQuery &query, int protocol = kProtocolVersion);
    Reply push(const QString &office, QByteArrayView body);
    Reply snapshot(const QString &office, QByteArrayView body);
    Reply changes(const QString &office, const QUrlQuery &query);

    // The office a client certificate stands for, or empty when it is not
    // one this server issued and still honours (revoked, expired, unknown).
    QString officeForCertificate(const QByteArray &certPem);

private:
    std::optional<OfficeInfo> knownOffice(const QString &code, Reply &error);

    AnnouncingStorage m_storage; // over the backend given
    pki::KeyAndCert m_ca;
    QString m_syncUrl;
    std::function<qint64()> m_now;
};

} // namespace doorstep::server::sync
