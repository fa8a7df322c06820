// kill -9 durability: a writer process (killnine_writer) does real service
// actions on a store and is killed with SIGKILL at random moments, again and
// again. After every kill the store must open, pass the checks of
// `doorstep-cli verify` (page authentication and structure, the audit hash
// chain) and hold every action whose commit returned before the kill (the
// writer logs those, fsync'd, only after the service call returned).
#include "../services/test_store.h"
#include "services/audit_log.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <random>

using namespace doorstep;
using namespace doorstep::services;

namespace {

// 200 kills in the ci preset (the issue asks for at least 200); the
// sanitizer build is several times slower, but keeps the same number.
// DOORSTEP_KILLNINE_KILLS overrides it for a longer run by hand.
int killCount()
{
    const int fromEnv = qEnvironmentVariableIntValue("DOORSTEP_KILLNINE_KILLS");
    return fromEnv > 0 ? fromEnv : 200;
}

// What the log promises, replayed line by line (see killnine_writer.cpp).
struct Expected
{
    QHash<qint64, QSet<QString>> customerNotes; // customer id -> notes it may hold (the last logged, or one in flight)
    QSet<qint64> orders;
    QHash<qint64, QString> staffNames;          // staff added by a logged action
    QHash<qint64, QSet<QString>> passwords;     // staff id -> passwords that may open its slot
    QSet<QPair<QString, qint64>> audited;       // (action, entity id) that must have an audit entry
    QSet<qint64> passwordsChanged;              // staff whose slot changed since the last check
    qint64 committed = 0;                       // "D" lines: actions whose commit returned
    qint64 rotations = 0;                       // "D store.rekey": rotations whose rename returned
    qint64 inFlight = 0;                        // kills that came between a "B" and its "D"

    void replay(const QByteArray &text)
    {
        bool open = false;
        for (const QByteArray &line : text.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4)
                continue;
            const bool done = f[0] == "D";
            const QString kind = QString::fromUtf8(f[1]);
            const qint64 id = f[2].toLongLong();
            const QString value = QString::fromUtf8(f[3]);
            open = !done;
            if (done) {
                ++committed;
                audited.insert({kind, id});
            }
            if (kind == QLatin1String("customer.add") && done) {
                customerNotes[id] = {value};
            } else if (kind == QLatin1String("customer.update")) {
                if (done)
                    customerNotes[id] = {value};
                else if (customerNotes.contains(id))
                    customerNotes[id].insert(value);
            } else if (kind == QLatin1String("store.rekey") && done) {
                ++rotations;
            } else if (kind == QLatin1String("order.create") && done) {
                orders.insert(id);
            } else if (kind == QLatin1String("staff.add") && done) {
                staffNames.insert(id, value);
                passwords[id] = {QStringLiteral("password-") + value};
                passwordsChanged.insert(id);
            } else if (kind == QLatin1String("staff.reset_password")) {
                const QString pw = QStringLiteral("password-") + value;
                if (done)
                    passwords[id] = {pw};
                else if (passwords.contains(id))
                    passwords[id].insert(pw);
                passwordsChanged.insert(id);
            }
        }
        if (open)
            ++inFlight;
    }
};

} // namespace

class TestKillNine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_log;

    // Every promise of the log checked against the store; returns the
    // number of logged actions not found (losses).
    static int losses(Workspace &ws, Expected &e)
    {
        auto &db = ws.store().db();
        int lost = 0;
        auto missing = [&lost](const QString &what) {
            ++lost;
            qWarning("lost: %s", qUtf8Printable(what));
        };
        QHash<qint64, QString> notes;
        for (auto st = db.prepare("SELECT id, note FROM customers"); st.next();)
            notes.insert(st.int64(0), st.text(1));
        for (auto it = e.customerNotes.cbegin(); it != e.customerNotes.cend(); ++it) {
            if (!notes.contains(it.key()))
                missing(QStringLiteral("customer %1").arg(it.key()));
            else if (!it.value().contains(notes.value(it.key())))
                missing(QStringLiteral("customer %1 holds note %2").arg(it.key()).arg(notes.value(it.key())));
        }
        QSet<qint64> orders;
        for (auto st = db.prepare("SELECT id FROM orders"); st.next();)
            orders.insert(st.int64(0));
        for (const qint64 id : std::as_const(e.orders))
            if (!orders.contains(id))
                missing(QStringLiteral("order %1").arg(id));
        QHash<qint64, QString> staff;
        for (auto st = db.prepare("SELECT id, username FROM staff WHERE removed_at IS NULL"); st.next();)
            staff.insert(st.int64(0), st.text(1));
        for (auto it = e.staffNames.cbegin(); it != e.staffNames.cend(); ++it)
            if (staff.value(it.key()) != it.value() || !ws.store().hasSlot(it.value()))
                missing(QStringLiteral("staff %1 (%2) or its key slot").arg(it.key()).arg(it.value()));
        // Argon2 runs per check (cheap parameters), so only slots that changed since the last kill.
        for (const qint64 id : std::as_const(e.passwordsChanged)) {
            if (!e.passwords.contains(id) || !staff.contains(id))
                continue;
            const QSet<QString> &accepted = e.passwords.value(id);
            if (std::none_of(accepted.cbegin(), accepted.cend(), [&](const QString &pw) { return ws.store().checkPassword(staff.value(id), pw); }))
                missing(QStringLiteral("the logged password of staff %1").arg(id));
        }
        e.passwordsChanged.clear();
        QSet<QPair<QString, qint64>> audited;
        for (auto st = db.prepare("SELECT action, entity_id FROM audit_log"); st.next();)
            audited.insert({st.text(0), st.int64(1)});
        for (const auto &a : std::as_const(e.audited))
            if (!audited.contains(a))
                missing(QStringLiteral("audit entry %1 for %2").arg(a.first).arg(a.second));
        return lost;
    }

    // Atomicity of the action in flight too: every customer, order and staff
    // row in the store was created by an action whose audit entry is there
    // (a half-applied action would leave a row without one).
    static qint64 rowsWithoutAudit(store::Database &db)
    {
        qint64 n = 0;
        for (const char *sql : {"SELECT count(*) FROM customers t WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                                " WHERE a.entity = 'customers' AND a.action = 'customer.add' AND a.entity_id = t.id)",
                                "SELECT count(*) FROM orders t WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                                " WHERE a.entity = 'orders' AND a.action = 'order.create' AND a.entity_id = t.id)",
                                "SELECT count(*) FROM staff t WHERE t.username <> 'admin' AND NOT EXISTS (SELECT 1 FROM audit_log a"
                                " WHERE a.entity = 'staff' AND a.action = 'staff.add' AND a.entity_id = t.id)"}) {
            const qint64 missing = db.scalar(sql).toLongLong();
            if (missing > 0)
                qWarning("%lld rows without their audit entry: %s", missing, sql);
            n += missing;
        }
        return n;
    }

    // Reads what the writer appended to `log` since the last call.
    static QByteArray newLogText(const QString &log, qint64 *read)
    {
        QFile file(log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        file.seek(*read);
        const QByteArray text = file.readAll();
        *read += text.size();
        return text;
    }

    // What `doorstep-cli verify` checks; false (with the reason) on a problem.
    static bool verifies(Workspace &ws, int kill)
    {
        const QStringList problems = ws.store().integrityProblems();
        const AuditVerification audit = audit::verify(ws.store().db());
        if (problems.isEmpty() && audit.ok)
            return true;
        qWarning("after kill %d: %s %s", kill, qUtf8Printable(problems.join(QStringLiteral("; "))), qUtf8Printable(audit.reason));
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("kill.doorstep"));
        m_log = m_dir.filePath(QStringLiteral("writer.log"));
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("kill.doorstep"));
        // A district and a service to order: the catalogue is not what is under test.
        auto &db = ws->store().db();
        db.run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (1, ?, '310104', '徐汇区', 31.188, 121.437)",
               ws->session().officeId);
        db.exec("INSERT INTO service_categories(id, code, name, name_en) VALUES (1, 'clean', '保洁', 'Cleaning');"
                "INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                " VALUES (1, 1, 'clean_2h', '日常保洁2小时', 'Cleaning 2 h', 12000, 120);");
    }

    void everyCommittedActionSurvivesKillNine()
    {
        const int kills = killCount();
        std::mt19937_64 rng(20261202);
        Expected expected;
        qint64 logRead = 0;
        int done = 0, lost = 0, unopenable = 0, failedVerify = 0, beforeReady = 0;
        qint64 orphanSlots = 0, partial = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess writer;
            writer.setProgram(QStringLiteral(KILLNINE_WRITER));
            writer.setArguments({m_store, m_log, QString::number(k), QString::number(rng())});
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // The moment of the kill: one kill in five at any time after the
            // process starts (often during the login, itself a write), the
            // rest at any time in the first 300 ms of actions.
            const bool whileStarting = rng() % 5 == 0;
            if (whileStarting || !writer.waitForReadyRead(60000))
                ++beforeReady;
            const int delayMs = int(rng() % (whileStarting ? 150 : 300));
            // A writer that ends by itself failed: it never should.
            QVERIFY2(!writer.waitForFinished(delayMs), writer.readAllStandardError().constData());
            writer.kill();
            QVERIFY(writer.waitForFinished(60000));
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError().constData());
            ++done;

            expected.replay(newLogText(m_log, &logRead));
            try {
                auto ws = Workspace::inspect(m_store, QStringLiteral("admin"), QStringLiteral("admin-pass"));
                failedVerify += verifies(*ws, k) ? 0 : 1;
                lost += losses(*ws, expected);
                partial += rowsWithoutAudit(ws->store().db());
                qint64 orphans = 0;
                auto st = ws->store().db().prepare("SELECT count(*) FROM staff WHERE username = ? AND removed_at IS NULL");
                for (const QString &user : ws->store().slotUsers()) {
                    st.reset();
                    st.bind(1, user);
                    st.next();
                    orphans += st.int64(0) == 0 ? 1 : 0;
                }
                orphanSlots = std::max(orphanSlots, orphans);
            } catch (const std::exception &e) {
                ++unopenable;
                qWarning("after kill %d the store does not open: %s", k, e.what());
                break; // nothing later can be checked on a store that does not open
            }
            if (lost > 0 || failedVerify > 0 || partial > 0)
                break;
        }
        qInfo("kill -9: %d kills (%d during start-up), %lld actions committed and logged, %lld kills mid-action, "
              "%d lost, %d unopenable, %d failed verification, %lld rows without their audit entry, "
              "at most %lld key slots without a staff account",
              done, beforeReady, expected.committed, expected.inFlight, lost, unopenable, failedVerify, partial, orphanSlots);
        QCOMPARE(done, kills);
        QCOMPARE(lost, 0);
        QCOMPARE(unopenable, 0);
        QCOMPARE(failedVerify, 0);
        QCOMPARE(partial, 0);
        // A slot and its staff row commit together (the header is repaired
        // from meta.key_slots at open): no usable slot without an account.
        QCOMPARE(orphanSlots, 0);
        QVERIFY(expected.committed > kills); // the writer really worked between kills
    }

    // Rotating the data key replaces the whole file: a kill at any moment of
    // it must leave the old store or the new one at the path, whole, with
    // every committed change, and never neither.
    void aKilledRotationLeavesTheOldStoreOrTheNew()
    {
        const int kills = std::max(25, killCount() / 8);
        std::mt19937_64 rng(20261203);
        Expected expected;
        const QString log = m_dir.filePath(QStringLiteral("rekey.log"));
        qint64 logRead = 0;
        int done = 0, lost = 0, unopenable = 0, failedVerify = 0, midRotation = 0;
        for (int k = 0; k < kills; ++k) {
            QProcess writer;
            writer.setProgram(QStringLiteral(KILLNINE_WRITER));
            writer.setArguments({m_store, log, QString::number(k), QString::number(rng()), QStringLiteral("rekey")});
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QVERIFY2(writer.waitForReadyRead(60000), writer.readAllStandardError().constData());
            // A rotation of this store (200 accounts' slots, its own login,
            // the copy) takes about a second on a loaded machine: kills land
            // before, inside and after rotations.
            QVERIFY2(!writer.waitForFinished(int(rng() % 2500)), writer.readAllStandardError().constData());
            writer.kill();
            QVERIFY(writer.waitForFinished(60000));
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError().constData());
            ++done;
            const QByteArray text = newLogText(log, &logRead);
            midRotation += text.trimmed().split('\n').last().startsWith("B store.rekey") ? 1 : 0;
            expected.replay(text);
            try {
                auto ws = Workspace::inspect(m_store, QStringLiteral("admin"), QStringLiteral("admin-pass"));
                failedVerify += verifies(*ws, k) ? 0 : 1;
                lost += losses(*ws, expected);
                const qint64 rotations = ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'store.rekey'").toLongLong();
                if (rotations < expected.rotations) {
                    ++lost;
                    qWarning("after kill %d: %lld rotations logged, %lld in the store", k, expected.rotations, rotations);
                }
            } catch (const std::exception &e) {
                ++unopenable;
                qWarning("after kill %d the store does not open: %s", k, e.what());
                break;
            }
            if (lost > 0 || failedVerify > 0)
                break;
        }
        qInfo("kill -9 during data-key rotation: %d kills (%d during a rotation), %lld rotations and %lld changes "
              "committed, %d lost, %d unopenable, %d failed verification",
              done, midRotation, expected.rotations, expected.committed - expected.rotations, lost, unopenable, failedVerify);
        QCOMPARE(done, kills);
        QCOMPARE(lost, 0);
        QCOMPARE(unopenable, 0);
        QCOMPARE(failedVerify, 0);
        QVERIFY(expected.rotations > 0);
        QVERIFY(midRotation > 0); // kills really landed inside rotations
    }
};

QTEST_GUILESS_MAIN(TestKillNine)
#include "tst_killnine.moc"
