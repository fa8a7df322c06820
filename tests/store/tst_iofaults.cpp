// I/O faults under the store, in the spirit of SQLite's own I/O-error tests:
// for a real service action, fail its 1st, 2nd, ... Nth read, write or sync
// (also short writes and a full disk, once or for good) until the action
// runs past the last call, and after each fault check that
//   - the caller got a ServiceError or StoreError with a plain message,
//   - with the fault gone the same console works again,
//   - the store opens, passes the integrity check and its audit chain holds,
//   - every action that returned is there, and the failed one is all there
//     or not at all (for a staff account: its row and its key slot together).
// The fault VFS (fault_vfs.h) sits under the header VFS, so header writes
// (key slots) fail and tear like any other write.
#include "fault_vfs.h"

#include "../services/test_store.h"
#include "services/audit_log.h"
#include "services/customer_service.h"
#include "services/staff_service.h"
#include "store/header_vfs.h"
#include "store/key_slots.h"
#include "store/store.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace doorstep;
using namespace doorstep::services;
using doorstep::tests::fault::Kind;

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kAdminPass = QStringLiteral("admin-pass");
const QString kClerkPass = QStringLiteral("clerk-pass-1");

struct Variant
{
    const char *name;
    Kind kind;
    bool persistent;
};
const Variant kVariants[] = {
    {"read error once", Kind::ReadError, false},
    {"read error for good", Kind::ReadError, true},
    {"write error once", Kind::WriteError, false},
    {"write error for good", Kind::WriteError, true},
    {"short write", Kind::ShortWrite, false},
    {"disk full", Kind::DiskFull, true},
    {"sync error once", Kind::SyncError, false},
    {"sync error for good", Kind::SyncError, true},
};

// What the person at the console would read: never SQL, never SQLite's own
// words, and not a verdict of damage when the disk failed.
bool soundsPlain(const QString &message)
{
    static const char *const kRaw[] = {"SELECT", "INSERT", "UPDATE ", "DELETE", "PRAGMA", "BEGIN", "COMMIT",
                                       "ROLLBACK", "sqlite", "disk I/O error", "database or disk is full"};
    if (message.trimmed().isEmpty())
        return false;
    // A failing disk is not a damaged store: "restore it from a backup"
    // would have the person throw away good data.
    using store::StoreError;
    for (StoreError::Kind wrong : {StoreError::Kind::Damaged, StoreError::Kind::Truncated, StoreError::Kind::HeaderDamaged})
        if (message.startsWith(StoreError::describe(wrong)))
            return false;
    for (const char *raw : kRaw)
        if (message.contains(QLatin1String(raw)))
            return false;
    return true;
}

CustomerInput customer(const QString &name, int n)
{
    return {name, QStringLiteral("1391234%1").arg(n, 4, 10, QChar(u'0')), {}, 0, {}, 0, 0, {}};
}

QByteArray headerBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(store::kHeaderSize) : QByteArray();
}

qint64 customersNamed(store::Store &s, const QString &name)
{
    return s.db().scalar("SELECT count(*) FROM customers WHERE name = ?", name).toLongLong();
}
} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_work;
    int m_points = 0;      // fault injections exercised (all tests)
    int m_failures = 0;    // of which the action reported an error
    int m_orphanSlots = 0; // staff-account faults that left a key slot without a staff row
    QStringList m_messages;

    // The action under test, given a logged-in console; returns normally or throws.
    using Action = std::function<void(Workspace &)>;
    // Checks the reopened store: `succeeded` says whether the action returned.
    using Check = std::function<void(store::Store &, bool succeeded)>;

    void freshCopy()
    {
        store::removeStoreFiles(m_work);
        QVERIFY(QFile::copy(m_template, m_work));
        QVERIFY(QFile::setPermissions(m_work, QFile::ReadOwner | QFile::WriteOwner));
    }

    // When the fault is armed: while logging in (the opening itself is under
    // test), during the action, or while the console closes after it.
    enum class Phase { Login, Action, Close };

    // Runs the action once per fault point of every variant.
    void sweep(Phase phase, const Action &action, const Check &check)
    {
        for (const Variant &v : kVariants) {
            int points = 0;
            for (int n = 1;; ++n) {
                QVERIFY2(n < 2000, "the action never runs past its last I/O call");
                freshCopy();
                tests::fault::reset();
                std::unique_ptr<Workspace> ws;
                bool succeeded = true;
                QString message;
                try {
                    if (phase == Phase::Login)
                        tests::fault::arm(v.kind, n, v.persistent);
                    ws = Workspace::login(m_work, kAdmin, kAdminPass);
                    if (phase == Phase::Action)
                        tests::fault::arm(v.kind, n, v.persistent);
                    action(*ws);
                } catch (const ServiceError &e) {
                    succeeded = false;
                    message = e.message();
                } catch (const store::StoreError &e) {
                    succeeded = false;
                    message = e.message();
                } catch (const std::exception &e) {
                    tests::fault::disarm();
                    QFAIL(qPrintable(QStringLiteral("%1, call %2: unexpected %3").arg(QLatin1String(v.name)).arg(n)
                                         .arg(QString::fromUtf8(e.what()))));
                }
                if (phase != Phase::Close) {
                    tests::fault::disarm();
                    // With the fault gone, the same console carries on.
                    if (ws) {
                        try {
                            CustomerService(ws->services()).add(customer(QStringLiteral("之后"), 9999));
                        } catch (const std::exception &e) {
                            QFAIL(qPrintable(QStringLiteral("%1, call %2: afterwards: %3").arg(QLatin1String(v.name))
                                                 .arg(n).arg(QString::fromUtf8(e.what()))));
                        }
                    }
                    ws.reset();
                } else {
                    QVERIFY(succeeded);
                    CustomerService(ws->services()).add(customer(QStringLiteral("之后"), 9999));
                    tests::fault::arm(v.kind, n, v.persistent);
                    ws.reset(); // closing reports nothing: the checkpoint is retried by the next session
                    tests::fault::disarm();
                }
                const bool fired = tests::fault::fired();
                const QString where = QStringLiteral("%1, call %2: %3").arg(QLatin1String(v.name)).arg(n).arg(message);
                if (qEnvironmentVariableIsSet("IOFAULTS_TRACE"))
                    qInfo("%s", qPrintable(where));
                if (!succeeded) {
                    QVERIFY2(fired, qPrintable(where));
                    ++m_failures;
                    QVERIFY2(soundsPlain(message), qPrintable(where));
                    if (!m_messages.contains(message))
                        m_messages.append(message);
                }
                std::unique_ptr<store::Store> reopened;
                try {
                    reopened = store::Store::open(m_work, kAdmin, kAdminPass);
                } catch (const std::exception &e) {
                    QFAIL(qPrintable(where + QStringLiteral(" / reopening: ") + QString::fromUtf8(e.what())));
                }
                QVERIFY2(reopened->integrityProblems().isEmpty(),
                         qPrintable(where + u' ' + reopened->integrityProblems().join(u'\n')));
                const AuditVerification chain = audit::verify(reopened->db());
                QVERIFY2(chain.ok, qPrintable(where + u' ' + chain.reason));
                QCOMPARE(customersNamed(*reopened, QStringLiteral("老顾客")), qint64(1));
                const bool loggedIn = phase != Phase::Login || succeeded;
                QCOMPARE(customersNamed(*reopened, QStringLiteral("之后")), qint64(loggedIn ? 1 : 0));
                check(*reopened, succeeded);
                if (QTest::currentTestFailed()) {
                    qWarning("%s", qPrintable(where));
                    return;
                }
                if (!fired)
                    break; // past the last call of this kind: every point was tried
                ++points;
            }
            m_points += points;
            qInfo("%s: %d fault points", v.name, points);
        }
    }

private slots:
    void initTestCase()
    {
        // Under the header VFS, which registers with the first store below.
        tests::fault::install();
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.doorstep"));
        m_work = m_dir.filePath(QStringLiteral("work.doorstep"));
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("template.doorstep"));
        CustomerService(ws->services()).add(customer(QStringLiteral("老顾客"), 1));
    }

    void addingACustomer()
    {
        sweep(Phase::Action, [](Workspace &ws) { CustomerService(ws.services()).add(customer(QStringLiteral("新顾客"), 2)); },
              [](store::Store &s, bool succeeded) {
                  const qint64 n = customersNamed(s, QStringLiteral("新顾客"));
                  QVERIFY(succeeded ? n == 1 : n <= 1);
                  // All of it or nothing: the consent and the audit entry come with the row.
                  QCOMPARE(s.db().scalar("SELECT count(*) FROM customer_consents c JOIN customers k ON k.id = c.customer_id"
                                         " WHERE k.name = ?", QStringLiteral("新顾客")).toLongLong(), n);
                  QCOMPARE(s.db().scalar("SELECT count(*) FROM sync_outbox o JOIN customers k ON k.id = o.entity_id"
                                         " WHERE o.entity = 'customers' AND k.name = ?", QStringLiteral("新顾客")).toLongLong(), n);
              });
    }

    void addingAStaffAccountWritesTheHeader()
    {
        sweep(Phase::Action, [](Workspace &ws) {
                  StaffService staff(ws.services());
                  staff.setKdf(store::KdfParams::fastForTests());
                  staff.add({QStringLiteral("clerk"), QStringLiteral("店员"), Role::Dispatcher, {}, kClerkPass});
              },
              [this](store::Store &s, bool succeeded) {
                  const bool row = s.db().scalar("SELECT count(*) FROM staff WHERE username = 'clerk'").toInt() == 1;
                  const bool slot = s.hasSlot(QStringLiteral("clerk"));
                  QVERIFY2(!succeeded || (row && slot), "a successful add is missing its row or slot");
                  if (slot && !row)
                      ++m_orphanSlots; // see below
                  else
                      QVERIFY2(row == slot, "a staff row without a key slot");
                  if (slot)
                      QVERIFY(store::Store::open(m_work, QStringLiteral("clerk"), kClerkPass) != nullptr);
              });
    }

    void aFailedStaffAddLeavesNoKeySlot()
    {
        // A slot written before a COMMIT that then fails must not stay
        // behind (issue #10, "slot and database change together").
        QCOMPARE(m_orphanSlots, 0);
    }

    void aTornHeaderWriteKeepsTheOtherArea()
    {
        // The first write of a staff add is its key-slot area (the row waits
        // in the page cache for COMMIT); tear it.
        freshCopy();
        const QByteArray before = headerBytes(m_work);
        auto ws = Workspace::login(m_work, kAdmin, kAdminPass);
        StaffService staff(ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        tests::fault::arm(Kind::ShortWrite, 1, false);
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 staff.add({QStringLiteral("clerk"), QStringLiteral("店员"), Role::Dispatcher, {}, kClerkPass}));
        tests::fault::disarm();
        ws.reset();
        const QByteArray after = headerBytes(m_work);
        QVERIFY(after != before); // the start of an area was written
        const store::HeaderParse parsed = store::parseHeader(after);
        QCOMPARE(parsed.problem, store::HeaderProblem::None);
        QVERIFY(!parsed.header.slotFor(QStringLiteral("clerk")));
        QVERIFY(store::Store::open(m_work, kAdmin, kAdminPass) != nullptr);
    }

    void closingTheConsoleCheckpoints()
    {
        // The fault hits the checkpoint that closing runs (WAL into the store
        // file through the header VFS); nobody sees an error, nothing is lost.
        sweep(Phase::Close, [](Workspace &ws) {
                  CustomerService(ws.services()).add(customer(QStringLiteral("新顾客"), 2));
              },
              [](store::Store &s, bool) { QCOMPARE(customersNamed(s, QStringLiteral("新顾客")), qint64(1)); });
    }

    void loggingIn()
    {
        sweep(Phase::Login, [](Workspace &) {}, [](store::Store &, bool) {});
    }

    void cleanupTestCase()
    {
        qInfo("%d fault points, %d reported errors; messages:\n%s", m_points, m_failures,
              qPrintable(m_messages.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"
