#pragma once
// A test double of doorstep-server, only as much of server/PROTOCOL.md as the
// console's tests need: two TLS listeners on 127.0.0.1 (enrollment,
// server-only TLS; sync, mutual TLS with the test CA), HTTP/1.1 with one
// request per connection, and state in memory. Faults on request: drop the
// connection after a push was applied but before the reply; refuse an
// order's assignment as provider_busy.
#include "test_pki.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSslServer>

#include <memory>

namespace doorstep::tests {

class FakeSyncServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeSyncServer(QObject *parent = nullptr);

    TestCa ca;
    QString officeCode = QStringLiteral("SH-XH");
    int node = 7; // the office's node (protocol 2)
    QString enrollCode = QStringLiteral("ENROLL-1234");
    QString enrollmentUrl() const;
    QString syncUrl() const;

    // Faults and scenery.
    int dropPushReplies = 0;       // this many pushes are applied, then the connection closes unanswered
    QSet<qint64> busyOrders;       // assignments of these orders are refused (provider_busy)
    QJsonArray changes;            // what /v2/changes serves: {"entity","id","op","row","office"}
    QHash<QString, qint64> platformItems; // service_items the platform already has: code -> its id

    // What the server holds.
    QHash<QString, qint64> lastId;        // "uid/epoch" -> last decided
    QHash<qint64, int> appliedCount;      // mutation id -> times applied (exactly once: 1)
    int duplicatesAnswered = 0;
    int pushRequests = 0;
    QList<int> pushSizes;  // mutations in each push, in order
    QList<int> pullLimits; // the limit of each /v2/changes request, in order
    QJsonArray snapshotRows;
    bool snapshotFinal = false;
    QJsonObject lastAuditHead;

private:
    void serve(QSslServer &server, bool sync);
    void handle(QSslSocket *socket, bool sync);
    QJsonObject route(const QByteArray &method, const QString &path, const QHash<QString, QString> &query,
                      const QJsonObject &body, bool sync, int *status, bool *drop);

    QSslServer m_enroll;
    QSslServer m_sync;
    TestCert m_cert;
};

} // namespace doorstep::tests
