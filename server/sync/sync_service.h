#pragma once
// The protocol above the storage interface, written once for both backends:
// enrollment, exactly-once push with ownership and conditions, the first
// snapshot, pull. Takes bodies as bytes and answers status + JSON, so it is
// tested without a network (tst_syncprotocol) and the HTTP layer only routes.

#include "pki/pki.h"
#include "storage/sync_storage.h"

#include <QJsonObject>
#include <QMap>
#include <QMutex>
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
    // Called after a push or snapshot commits rows, with the offices whose
    // change log got entries ("*" = all) and the office that sent them: the
    // live notices (http/notify_hub). On the thread that served the request.
    // Each sync listener serving this service adds its own and removes it when
    // it goes (a second listener once silently replaced the first's, so its
    // consoles stopped hearing anything). Thread-safe: requests are served on
    // worker threads.
    using CommitListener = std::function<void(const QStringList &audiences, const QString &origin)>;
    int addCommitListener(CommitListener listener);
    void removeCommitListener(int id);

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
    void announce(QStringList audiences, const QString &origin) const;

    SyncStorage &m_storage;
    pki::KeyAndCert m_ca;
    QString m_syncUrl;
    std::function<qint64()> m_now;
    mutable QMutex m_listenersMutex;
    QMap<int, CommitListener> m_onCommit;
    int m_nextListener = 0;
};

} // namespace doorstep::server::sync
