// Each migration is tested by migrating a store made at the previous version.
#include "store/migrations.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep::store;

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static QStringList indexes(Database &db)
    {
        QStringList names;
        auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (st.next())
            names.append(st.text(0));
        return names;
    }

private slots:
    void latestIsFive()
    {
        QCOMPARE(latestSchemaVersion(), 5);
    }

    void version1StoreWithDataMigratesToVersion2()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1.doorstep"));
        auto created = Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests());
        // Rebuild it as a version-1 store: drop everything, run migration 1 only.
        {
            auto &db = created->db();
            db.exec("PRAGMA foreign_keys = OFF");
            QStringList tables;
            auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            while (st.next())
                tables.append(st.text(0));
            for (const QString &t : tables)
                db.exec("DROP TABLE " + t.toUtf8());
            db.exec("PRAGMA user_version = 0");
            migrate(db, 1);
            db.exec("PRAGMA foreign_keys = ON");
            QCOMPARE(schemaVersion(db), 1);
            db.run("INSERT INTO offices(id, code, name, city, created_at, updated_at) VALUES (1, 'SH01', '徐汇店', '上海', 0, 0)");
            db.run("INSERT INTO customers(id, office_id, name, phone, created_at, updated_at) VALUES (7, 1, '李娜', '13800138000', 5, 5)");
            QVERIFY(!indexes(db).contains(QStringLiteral("orders_status_window")));
        }
        created.reset();
        {
            auto v1 = Store::openWithoutMigrating(file, QStringLiteral("admin"), QStringLiteral("pw"));
            QCOMPARE(v1->schemaVersion(), 1);
        }
        auto migrated = Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
        QCOMPARE(migrated->schemaVersion(), 5);
        auto &db = migrated->db();
        // v3: provider management tables, policy settings and the default ledger rules.
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_suspensions").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_flags").toInt(), 0);
        QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'provider_max_age'").toString(), QStringLiteral("60"));
        QCOMPARE(db.scalar("SELECT points FROM ledger_rules WHERE code = 'one_star'").toInt(), -5);
        QVERIFY(indexes(db).contains(QStringLiteral("providers_rating")));
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = 7").toString(), QStringLiteral("李娜"));
        QVERIFY(indexes(db).contains(QStringLiteral("orders_status_window")));
        QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'auto_lock_minutes'").toString(), QStringLiteral("10"));
        QVERIFY(migrated->integrityProblems().isEmpty());
        // The board query uses its index, not a table scan.
        const QString plan = db.scalar("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY window_start, id LIMIT 50").toString();
        Q_UNUSED(plan);
        auto st = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY window_start, id LIMIT 50");
        QString detail;
        while (st.next())
            detail += st.text(3);
        QVERIFY2(detail.contains(QStringLiteral("orders_status_window")), qPrintable(detail));
        // v4: orders carry their service category, with the board index for it.
        QVERIFY(indexes(db).contains(QStringLiteral("orders_category_status")));
        // v4: the table filtered by dates only pages through orders(window_start, id).
        auto byDate = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM orders o WHERE o.window_start >= 1 AND o.window_start < 2"
                                 " ORDER BY o.window_start DESC, o.id DESC LIMIT 200");
        QString dateDetail;
        while (byDate.next())
            dateDetail += byDate.text(3);
        QVERIFY2(dateDetail.contains(QStringLiteral("orders_window")) && !dateDetail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(dateDetail));
        // v5: the timeline names its event; rows from before keep NULL.
        QStringList eventColumns;
        auto info = db.prepare("PRAGMA table_info(order_events)");
        while (info.next())
            eventColumns.append(info.text(1));
        QVERIFY2(eventColumns.contains(QStringLiteral("event")), qPrintable(eventColumns.join(u',')));
    }

    void newerStoreIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("future.doorstep"));
        Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests())
            ->db().exec("PRAGMA user_version = 99");
        try {
            Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
            QFAIL("opened a store from the future");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
