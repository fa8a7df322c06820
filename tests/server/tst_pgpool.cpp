// The PostgreSQL backend's connection pool (server/storage/pg_connection.h):
// it never opens more than its maximum, a caller waits for a connection to
// come back and is told clearly when none does, a broken or failed
// connection frees its place, and a server that does not answer fails the
// connection after connect_timeout instead of hanging the caller.

#include "pg_cluster.h"
#include "pg_connection.h"
#include "pg_storage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <thread>

using namespace doorstep::server;
using doorstep::tests::PgCluster;

class TstPgPool : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;
    QString m_conninfo;

    // A TCP port that accepts connections (the kernel completes the
    // handshake) and then never says a word: a hung or firewalled-at-the-
    // application server. No event loop runs while libpq waits, so nothing
    // is ever read or answered.
    static QString silentServer(QTcpServer &server)
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=doorstep user=doorstep sslmode=disable")
            .arg(server.serverPort());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_conninfo = m_cluster.createDatabase(QStringLiteral("pool"));
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(m_cluster.error()));
    }

    void neverMoreThanTheMaximum()
    {
        PgPool pool(m_conninfo, {.maxConnections = 2, .maxIdle = 2, .acquireTimeoutMs = 60000});
        std::optional<PgPool::Lease> a(pool.acquire());
        std::optional<PgPool::Lease> b(pool.acquire());
        const int pidA = (*a)->backendPid();
        QVERIFY(pidA != (*b)->backendPid());
        QCOMPARE(pool.openConnections(), 2);

        // A third caller gets a's connection once a is done with it, whether
        // it asked before (and waited) or after: never a third connection.
        int pidC = 0;
        QString failure;
        std::jthread c([&] {
            try {
                PgPool::Lease lease = pool.acquire();
                pidC = lease->backendPid();
            } catch (const std::exception &e) {
                failure = QString::fromUtf8(e.what());
            }
        });
        a.reset();
        c.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(pidC, pidA);
        QCOMPARE(pool.openConnections(), 2);
    }

    void busyPoolSaysSo()
    {
        PgPool pool(m_conninfo, {.maxConnections = 1, .maxIdle = 1, .acquireTimeoutMs = 200});
        PgPool::Lease held = pool.acquire();
        try {
            pool.acquire();
            QFAIL("a second connection beyond the maximum of one");
        } catch (const PgError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(u"all 1 connections to PostgreSQL stayed busy"), e.what());
        }
        QCOMPARE(pool.openConnections(), 1);
    }

    void brokenConnectionFreesItsPlace()
    {
        PgPool pool(m_conninfo, {.maxConnections = 1, .maxIdle = 1, .acquireTimeoutMs = 5000});
        int pid = 0;
        {
            PgPool::Lease lease = pool.acquire();
            pid = lease->backendPid();
            PgConnection admin(m_conninfo);
            QVERIFY(admin.exec("SELECT pg_terminate_backend($1)", {qint64(pid)}).boolean(0, 0));
            QVERIFY_THROWS_EXCEPTION(PgError, lease->exec("SELECT 1"));
        }
        // The dead connection was not pooled; its place went to a new one.
        PgPool::Lease again = pool.acquire();
        QVERIFY(again->backendPid() != pid);
        QCOMPARE(again->exec("SELECT 41 + 1").int64(0, 0), 42);
    }

    void failedConnectFreesItsPlace()
    {
        // A port nothing listens on: refused at once. Were the failed
        // attempt still counted, the second would report a busy pool.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        PgPool pool(QStringLiteral("host=127.0.0.1 port=%1 dbname=doorstep sslmode=disable").arg(port),
                    {.maxConnections = 1, .maxIdle = 1, .acquireTimeoutMs = 200});
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                pool.acquire();
                QFAIL("connected to a closed port");
            } catch (const PgError &e) {
                QVERIFY2(QString::fromUtf8(e.what()).startsWith(u"cannot connect to PostgreSQL"), e.what());
            }
        }
        QCOMPARE(pool.openConnections(), 0);
    }

    // Without connect_timeout libpq waits on a silent server as long as TCP
    // does (minutes, or for ever once connected). The bound here is generous
    // against a 2 s timeout: what matters is that the call returns, with an
    // error that says what happened.
    void silentServerTimesOut()
    {
        QTcpServer silent;
        const QString conninfo = silentServer(silent);
        QVERIFY(!conninfo.isEmpty());
        QElapsedTimer clock;
        clock.start();
        try {
            PgStorage storage(conninfo, {.connectTimeoutSeconds = 2});
            QFAIL("a server that never answers was accepted");
        } catch (const PgError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(u"cannot connect to PostgreSQL") && message.contains(u"timeout"), e.what());
        }
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QStringLiteral("gave up after %1 ms").arg(clock.elapsed())));
    }

    void conninfoMayNameItsOwnTimeout()
    {
        // The pool's default (here: wait for ever) yields to the operator's
        // connect_timeout in the connection string.
        QTcpServer silent;
        const QString conninfo = silentServer(silent) + QStringLiteral(" connect_timeout=2");
        PgPool pool(conninfo, {.maxConnections = 1, .acquireTimeoutMs = 1000, .connectTimeoutSeconds = 0});
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(PgError, pool.acquire());
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QStringLiteral("gave up after %1 ms").arg(clock.elapsed())));
    }

    void committedTransactionGivesItsConnectionBack()
    {
        // A push commits, then records the office's audit head through the
        // storage while the transaction object still exists: with one
        // connection that second call must not wait for the first.
        PgStorage storage(m_conninfo, {.maxConnections = 1, .maxIdle = 1, .acquireTimeoutMs = 2000});
        storage.addOffice({QStringLiteral("A"), QStringLiteral("Office A"), {}, 1}, {}, 0);
        auto tx = storage.begin();
        tx->lockMutations({QStringLiteral("A"), QByteArray(16, 'a'), 1});
        tx->recordMutation({QStringLiteral("A"), QByteArray(16, 'a'), 1}, 7, true, {}, 100);
        tx->commit();
        storage.recordAuditHead(QStringLiteral("A"), 7, QStringLiteral("h7"), 100);
        QCOMPARE(storage.status().at(0).auditSeq, 7);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, tx->row(QStringLiteral("customers"), 1));
    }
};

QTEST_GUILESS_MAIN(TstPgPool)
#include "tst_pgpool.moc"
