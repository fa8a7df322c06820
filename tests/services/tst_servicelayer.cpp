// The spine: permission, write, audit entry and sync change in one
// transaction, and nothing at all when any part fails.
#include "services/service_layer.h"
#include "test_store.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

// The spine's tests write catalogue rows (the catalogue has no editor yet)
// under DemoSeed, an administrator-only permission, as the demo seed does.
class TestServiceLayer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void anActionWritesRowAuditAndOutboxTogether()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("a.doorstep"));
        const qint64 audits = tests::count(*ws, "audit_log");
        const qint64 queued = tests::count(*ws, "sync_outbox");
        ws->services().setClock([] { return qint64(1764000000); });
        const qint64 id = ws->services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_category"), [](ActionContext &ctx) {
            const qint64 id = ctx.newId();
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'cleaning', '日常保洁', 'Cleaning')", id);
            ctx.changed(QStringLiteral("service_categories"), id);
            ctx.describe(QStringLiteral("service_categories"), id);
            return id;
        });
        QCOMPARE(tests::count(*ws, "audit_log"), audits + 1);
        QCOMPARE(tests::count(*ws, "sync_outbox"), queued + 1);
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("catalog.add_category"));
        QCOMPARE(db.scalar("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1").toLongLong(), qint64(1764000000));
        const auto payload = QJsonDocument::fromJson(db.scalar("SELECT payload FROM sync_outbox ORDER BY seq DESC LIMIT 1").toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("日常保洁"));
        QCOMPARE(payload.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(db.scalar("SELECT audit_seq FROM sync_outbox ORDER BY seq DESC LIMIT 1").toLongLong(),
                 db.scalar("SELECT max(seq) FROM audit_log").toLongLong());
    }

    void aFailingBodyLeavesNoTrace()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("b.doorstep"));
        const qint64 audits = tests::count(*ws, "audit_log");
        const qint64 queued = tests::count(*ws, "sync_outbox");
        QVERIFY_THROWS_EXCEPTION(ServiceError, ws->services().perform(Permission::DemoSeed, QStringLiteral("x"), [](ActionContext &ctx) {
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (1, 'a', 'A', 'A')");
            ctx.changed(QStringLiteral("service_categories"), 1);
            throw ServiceError::invalid(QStringLiteral("late validation failure"));
        }));
        QCOMPARE(tests::count(*ws, "service_categories"), 0);
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        QCOMPARE(tests::count(*ws, "sync_outbox"), queued);
    }

    void aConstraintViolationIsAConflictAndRollsBack()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c.doorstep"));
        const qint64 audits = tests::count(*ws, "audit_log");
        try {
            ws->services().perform(Permission::DemoSeed, QStringLiteral("x"), [](ActionContext &ctx) {
                ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (1, 'a', 'A', 'A')");
                ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (2, 'a', 'B', 'B')");
            });
            QFAIL("no error");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
        }
        QCOMPARE(tests::count(*ws, "service_categories"), 0);
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
    }

    void failureInTheAuditStepRollsBackTheWrite()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("d.doorstep"));
        // Sabotage the outbox so the spine's last step fails.
        ws->store().db().exec("CREATE TRIGGER no_outbox BEFORE INSERT ON sync_outbox BEGIN SELECT RAISE(ABORT, 'outbox offline'); END");
        const qint64 audits = tests::count(*ws, "audit_log");
        QVERIFY_THROWS_EXCEPTION(ServiceError, ws->services().perform(Permission::DemoSeed, QStringLiteral("x"), [](ActionContext &ctx) {
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (1, 'a', 'A', 'A')");
            ctx.changed(QStringLiteral("service_categories"), 1);
        }));
        QCOMPARE(tests::count(*ws, "service_categories"), 0);
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
    }

    void permissionIsCheckedBeforeAnythingRuns()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("e.doorstep"));
        Session manager = ws->session();
        manager.role = Role::Manager;
        ServiceLayer asManager(ws->store(), manager);
        bool ran = false;
        try {
            asManager.perform(Permission::DemoSeed, QStringLiteral("x"), [&](ActionContext &) { ran = true; });
            QFAIL("no error");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
            QVERIFY(e.message().contains(roleDisplayName(Role::Manager)));
        }
        QVERIFY(!ran);
    }

    void twoConsolesOnOneStoreNeverHandOutTheSameId()
    {
        // Two sessions on the same file (two consoles, or a console and the
        // CLI) share the store's node: interleaved in the same milliseconds,
        // each action still continues after the other's last id.
        auto first = tests::makeWorkspace(m_dir, QStringLiteral("ids.doorstep"));
        auto second = services::Workspace::login(m_dir.filePath(QStringLiteral("ids.doorstep")), QStringLiteral("admin"),
                                                 QStringLiteral("admin-pass"));
        QVERIFY(second);
        QSet<qint64> ids;
        for (int i = 0; i < 400; ++i) {
            services::Workspace &ws = i % 2 ? *second : *first;
            const qint64 id = ws.services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_category"), [i](ActionContext &ctx) {
                const qint64 id = ctx.newId();
                ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, ?, 'x', 'x')", id,
                             QStringLiteral("c%1").arg(i));
                ctx.changed(QStringLiteral("service_categories"), id);
                return id;
            });
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
        QCOMPARE(first->store().db().scalar("SELECT count(*) FROM service_categories WHERE code LIKE 'c%'").toInt(), 400);
    }

    void aBusyStoreGivesAPlainMessage()
    {
        // Another console holds the write lock past the busy timeout: the
        // user reads a plain "busy, try again" (a ServiceError of kind Busy,
        // titled by errorCategory), never SQLite's "database is locked".
        // BEGIN IMMEDIATE is where the wait happens, so this also checks that
        // store::Transaction's failure goes through the spine's translation.
        const int saved = store::Store::busyTimeout();
        store::Store::setBusyTimeout(20); // the test waits 20 ms, not 5 s
        auto holder = tests::makeWorkspace(m_dir, QStringLiteral("busy.doorstep"));
        auto other = services::Workspace::login(m_dir.filePath(QStringLiteral("busy.doorstep")), QStringLiteral("admin"),
                                                QStringLiteral("admin-pass"));
        holder->store().db().exec("BEGIN IMMEDIATE");
        bool ran = false;
        try {
            other->services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_category"), [&](ActionContext &) {
                ran = true;
            });
            QFAIL("an action ran while another connection held the write lock");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Busy);
            QCOMPARE(e.message(), ServiceLayer::busyMessage());
            QVERIFY(!e.message().contains(QStringLiteral("locked")));
            QCOMPARE(errorCategory(e), ErrorCategory::Busy);
        }
        QVERIFY(!ran);
        holder->store().db().exec("ROLLBACK");
        // Once the other console is done, the same action goes through.
        other->services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_category"), [&](ActionContext &) {
            ran = true;
        });
        QVERIFY(ran);
        store::Store::setBusyTimeout(saved);
    }
};

QTEST_GUILESS_MAIN(TestServiceLayer)
#include "tst_servicelayer.moc"
