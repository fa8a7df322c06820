#include "sync/enrollment.h"

#include "sync/https_client.h"
#include "sync/pki.h"

#include <QJsonArray>

namespace doorstep::sync {

EnrollOutcome Enrollment::enroll(const EnrollRequest &request)
{
    const QByteArray pin = parseFingerprint(request.fingerprint);
    if (pin.isEmpty())
        throw SyncError(SyncError::Kind::Refused,
                        tr("The CA fingerprint must be 64 hexadecimal digits (SHA-256), with or without colons."));
    const QUrl base(request.serverUrl);
    if (!base.isValid() || base.scheme() != u"https" || base.host().isEmpty())
        throw SyncError(SyncError::Kind::Refused, tr("The server address must be an https:// URL."));
    if (request.code.trimmed().isEmpty())
        throw SyncError(SyncError::Kind::Refused, tr("The enrollment code is empty."));
    QString storeUid;
    m_onStore([&](StoreLedger &l) {
        l.services().require(services::Permission::SyncAdmin); // before any network work
        storeUid = QString::fromLatin1(l.services().store().storeUid().toHex());
    });

    if (progress)
        progress(QStringLiteral("enroll"), 0);
    const KeyAndRequest key = makeKeyAndRequest(storeUid);
    // Server-only TLS: no CA is trusted by Qt; the chain check accepts the
    // server only when its chain ends in the pinned CA.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({});
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    HttpsClient client(tls, m_cancel);
    client.setChainCheck([&](const QList<QSslCertificate> &chain, const QString &host) {
        return chainEndsInPinnedCa(chain, pin, host);
    });
    QUrl url = base;
    url.setPath(QStringLiteral("/v2/enroll"));
    const EnrollReply reply = parseEnrollReply(client.post(url, {{QStringLiteral("code"), request.code.trimmed()},
                                                                 {QStringLiteral("csr"), QString::fromLatin1(key.csrPem)},
                                                                 {QStringLiteral("store_uid"), storeUid}}));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(reply.caPem, QSsl::Pem);
    if (ca.isEmpty() || fingerprintOf(ca.first()) != pin)
        throw SyncError(SyncError::Kind::Tls, tr("The server sent a CA other than the one whose fingerprint was given."));
    if (!certificateMatchesKey(reply.certificatePem, key.keyPem))
        throw SyncError(SyncError::Kind::Protocol, tr("The server's certificate is not for this console's key."));

    SyncIdentity id;
    id.serverUrl = reply.syncUrl;
    id.officeCode = reply.officeCode;
    id.officeName = reply.officeName;
    id.certificatePem = reply.certificatePem;
    id.keyPem = key.keyPem;
    id.caPem = reply.caPem;
    m_onStore([&](StoreLedger &l) {
        l.storeEnrollment(id, reply.office);
        id = l.requireIdentity(); // store uid and epoch as stored
    });

    EnrollOutcome out;
    out.officeCode = reply.officeCode;
    out.officeName = reply.officeName;
    out.syncUrl = reply.syncUrl;
    out.node = reply.node;
    HttpsClient sync(pinnedConfiguration(id.caPem, id.certificatePem, id.keyPem), m_cancel);
    if (progress)
        progress(QStringLiteral("snapshot"), 0);
    std::tie(out.snapshotRows, out.snapshotPages) = uploadSnapshot(m_onStore, sync, id, m_cancel);
    return out;
}

std::pair<int, int> uploadSnapshot(const OnStore &onStore, HttpsClient &client, const SyncIdentity &id,
                                   const std::atomic<bool> *cancel)
{
    constexpr int kPageRows = 2000;
    SnapshotCursor cursor;
    qint64 outboxUpto = 0;
    onStore([&](StoreLedger &l) {
        cursor = l.snapshotStart();
        outboxUpto = cursor.outboxUpto;
    });
    QUrl url(id.serverUrl);
    url.setPath(QStringLiteral("/v2/snapshot"));
    int rows = 0;
    int page = 0;
    QJsonArray idMap; // applied after the last page: the pages are read by local id
    QJsonArray refused; // listed as conflicts: nothing the server refuses is silent
    QHash<QString, QHash<qint64, qint64>> renumbered; // meanwhile references are sent renumbered
    for (;;) {
        if (cancel && cancel->load())
            throw SyncError(SyncError::Kind::Cancelled, SyncRound::tr("Cancelled."));
        QJsonArray pageRows;
        onStore([&](StoreLedger &l) { pageRows = l.snapshotPage(cursor, kPageRows, renumbered); });
        const bool final = cursor.done();
        const QJsonObject reply = client.post(url, {{QStringLiteral("store_uid"), id.storeUid},
                          {QStringLiteral("epoch"), id.epoch},
                          {QStringLiteral("page"), page},
                          {QStringLiteral("rows"), pageRows},
                          {QStringLiteral("final"), final}});
        for (const QJsonValue &v : reply.value(QStringLiteral("id_map")).toArray()) {
            const QJsonObject m = v.toObject();
            renumbered[m.value(QStringLiteral("entity")).toString()].insert(m.value(QStringLiteral("local")).toInteger(),
                                                                            m.value(QStringLiteral("platform")).toInteger());
            idMap.append(m);
        }
        for (const QJsonValue &r : reply.value(QStringLiteral("refused")).toArray())
            refused.append(r);
        rows += int(pageRows.size());
        ++page;
        if (final)
            break;
    }
    onStore([&](StoreLedger &l) {
        l.snapshotSent(outboxUpto, rows, refused);
        l.applyIdMap(idMap);
    });
    return {rows, page};
}

} // namespace doorstep::sync
