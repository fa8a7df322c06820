// Each migration is tested on its own: a store made at version N-1 and
// holding data is migrated one step, to N. Every step must keep every row it
// found, with the values of the columns that were there (it may add rows and
// columns), and add what its case in kSteps asserts. A new migration is one
// new case there; a migration without one fails everyMigrationHasACase.
#include "store/migrations.h"
#include "store/stats_rollups.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <map>

using namespace doorstep::store;

namespace {

QStringList column(Database &db, const QByteArray &sql)
{
    QStringList values;
    auto st = db.prepare(sql);
    while (st.next())
        values.append(st.text(0));
    return values;
}

QStringList indexes(Database &db)
{
    return column(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList names;
    auto st = db.prepare("PRAGMA table_info(" + table.toUtf8() + ')');
    while (st.next())
        names.append(st.text(1));
    return names;
}

QString queryPlan(Database &db, const QByteArray &sql)
{
    QString detail;
    auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    while (st.next())
        detail += st.text(3) + u'\n';
    return detail;
}

// Every table's rows, each as its values (typed) in the table's columns at the
// time of the snapshot, sorted: what a migration must keep.
using Snapshot = std::map<QString, std::pair<QStringList, QStringList>>; // table -> (columns, rows)

QStringList rowsOf(Database &db, const QString &table, const QStringList &columns)
{
    QStringList rows;
    // Quoted: some stored names are SQL keywords (ledger_rules.trigger).
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(QString(u'"' + c + u'"'));
    auto st = db.prepare("SELECT " + quoted.join(u',').toUtf8() + " FROM \"" + table.toUtf8() + '"');
    while (st.next()) {
        QStringList values;
        for (int c = 0; c < st.columnCount(); ++c)
            values.append(st.isNull(c) ? QStringLiteral("NULL") : QString::fromLatin1(st.value(c).metaType().name()) + u':' + st.text(c));
        rows.append(values.join(u'|'));
    }
    rows.sort();
    return rows;
}

Snapshot snapshot(Database &db)
{
    Snapshot s;
    for (const QString &table : column(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        const QStringList columns = columnsOf(db, table);
        s[table] = {columns, rowsOf(db, table, columns)};
    }
    return s;
}

// What a v1 store holds, touching the tables later migrations change: an
// office and its district, a category with an item, a customer, a provider
// with a credential and an application, an order with one timeline event,
// a setting. Written at v1, so every later step migrates it.
void addVersion1Data(Database &db)
{
    db.exec("INSERT INTO offices(id, code, name, city, created_at, updated_at) VALUES (1, 'SH01', '徐汇店', '上海', 0, 0);"
            "INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (2, 1, '310104', '徐汇区', 31.18, 121.43);"
            "INSERT INTO service_categories(id, code, name, name_en) VALUES (3, 'cleaning', '保洁', 'Cleaning');"
            "INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
            " VALUES (4, 3, 'clean_2h', '日常保洁 2 小时', 'Cleaning, 2 h', 12000, 120);"
            "INSERT INTO customers(id, office_id, name, phone, district_id, created_at, updated_at)"
            " VALUES (7, 1, '李娜', '13800138000', 2, 5, 5);"
            "INSERT INTO providers(id, office_id, name, phone, id_number, status, rating_avg_x100, points, created_at, updated_at)"
            " VALUES (8, 1, '王芳', '13900139000', '110101199003074514', 'active', 480, 12, 5, 5);"
            "INSERT INTO credentials(id, provider_id, type, number, valid_from, valid_to, review_status, created_at)"
            " VALUES (9, 8, 'health_certificate', 'HC-1', '2026-01-01', '2027-01-01', 'approved', 5);"
            "INSERT INTO provider_applications(id, provider_id, state, submitted_at) VALUES (10, 8, 'approved', 5);"
            "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
            " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, planned_start, created_at, updated_at)"
            " VALUES (11, 'DS260101-0-0001', 1, 7, 4, 2, '漕溪北路 1 号', 31.18, 121.43, 1000, 8200, 120, 12000, 'unpaid', 'assigned', 8, 1000, 5, 5);"
            "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status) VALUES (12, 11, 6, 'system', 'awaiting_dispatch', 'assigned');"
            "INSERT INTO settings(key, value, updated_at) VALUES ('office_timezone', 'Asia/Shanghai', 5);");
}

struct Step
{
    int version;
    const char *adds; // what the step adds, the test row's name
    // Optional: data written at version - 1 beyond the v1 data, for the step to carry over.
    void (*before)(Database &db);
    // What the migrated store must have now (uses QCOMPARE/QVERIFY).
    void (*after)(Database &db);
};

const Step kSteps[] = {
    {2, "board indexes, auto-lock setting", nullptr,
     [](Database &db) {
         const QStringList names = indexes(db);
         for (const auto *index : {"orders_status_window", "orders_district_status", "orders_provider_window", "orders_created",
                                   "credentials_type_expiry"})
             QVERIFY2(names.contains(QString::fromLatin1(index)), index);
         QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'auto_lock_minutes'").toString(), QStringLiteral("10"));
         // The board query uses its index, not a table scan.
         const QString plan = queryPlan(db, "SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY window_start, id LIMIT 50");
         QVERIFY2(plan.contains(QStringLiteral("orders_status_window")), qPrintable(plan));
     }},
    {3, "provider management: suspensions, flags, policy, ledger rules", nullptr,
     [](Database &db) {
         QCOMPARE(db.scalar("SELECT count(*) FROM provider_suspensions").toInt(), 0);
         QCOMPARE(db.scalar("SELECT count(*) FROM provider_flags").toInt(), 0);
         QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'provider_min_age'").toString(), QStringLiteral("18"));
         QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'provider_max_age'").toString(), QStringLiteral("60"));
         QCOMPARE(db.scalar("SELECT value FROM settings WHERE key = 'provider_health_min_days'").toString(), QStringLiteral("30"));
         QCOMPARE(db.scalar("SELECT count(*) FROM ledger_rules").toInt(), 4);
         QCOMPARE(db.scalar("SELECT points FROM ledger_rules WHERE code = 'one_star'").toInt(), -5);
         const QStringList names = indexes(db);
         for (const auto *index : {"providers_rating", "providers_points", "provider_applications_waiting", "provider_flags_state"})
             QVERIFY2(names.contains(QString::fromLatin1(index)), index);
         // The new tables take rows referring to what the store already held.
         db.run("INSERT INTO provider_suspensions(id, provider_id, credential_id, reason, started_at) VALUES (20, 8, 9, 'expired', 7)");
         QCOMPARE(db.scalar("SELECT count(*) FROM provider_suspensions WHERE provider_id = 8").toInt(), 1);
     }},
    {4, "orders carry their service category; date and category indexes", nullptr,
     [](Database &db) {
         QVERIFY(columnsOf(db, QStringLiteral("orders")).contains(QStringLiteral("category_id")));
         // Existing orders get the category of their service item.
         QCOMPARE(db.scalar("SELECT category_id FROM orders WHERE id = 11").toLongLong(), 3);
         QVERIFY(indexes(db).contains(QStringLiteral("orders_category_status")));
         // The table filtered by dates only pages through orders(window_start, id).
         const QString plan = queryPlan(db, "SELECT id FROM orders o WHERE o.window_start >= 1 AND o.window_start < 2"
                                            " ORDER BY o.window_start DESC, o.id DESC LIMIT 200");
         QVERIFY2(plan.contains(QStringLiteral("orders_window")) && !plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
     }},
    {5, "the order timeline names its event",
     [](Database &db) {
         // A second order of another category, made at v4 with its category.
         db.exec("INSERT INTO service_categories(id, code, name, name_en) VALUES (13, 'repair', '维修', 'Repair');"
                 "INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                 " VALUES (14, 13, 'tap', '换水龙头', 'Tap', 8000, 60);"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, category_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, created_at, updated_at)"
                 " VALUES (15, 'DS260101-0-0002', 1, 7, 14, 13, '漕溪北路 1 号', 31.18, 121.43, 2000, 9200, 60, 8000, 'unpaid', 'awaiting_dispatch', 6, 6);"
                 "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status) VALUES (16, 15, 6, 'staff', 'created', 'awaiting_dispatch');");
     },
     [](Database &db) {
         QVERIFY(columnsOf(db, QStringLiteral("order_events")).contains(QStringLiteral("event")));
         // Rows from before keep NULL: the console shows their status change.
         QCOMPARE(db.scalar("SELECT count(*) FROM order_events WHERE event IS NULL").toInt(), 2);
     }},
    {6, "last-four-digit phone indexes (masked phone search)", nullptr,
     [](Database &db) {
         const QStringList names = indexes(db);
         QVERIFY(names.contains(QStringLiteral("customers_phone_last4")));
         QVERIFY(names.contains(QStringLiteral("providers_phone_last4")));
         // The searches the lists make seek on them (the expression exactly as written there).
         QString plan = queryPlan(db, "SELECT c.id FROM customers c WHERE 1 AND (c.erased_at IS NULL) AND (substr(c.phone, -4) = '8000')");
         QVERIFY2(plan.contains(QStringLiteral("customers_phone_last4")), qPrintable(plan));
         plan = queryPlan(db, "SELECT p.id FROM providers p WHERE 1 AND (substr(p.phone, -4) = '9000')");
         QVERIFY2(plan.contains(QStringLiteral("providers_phone_last4")), qPrintable(plan));
         QCOMPARE(db.scalar("SELECT id FROM customers c WHERE substr(c.phone, -4) = '8000'").toLongLong(), 7);
     }},
    {7, "personal data rights: providers' erasure time, retention and outbox indexes", nullptr,
     [](Database &db) {
         QVERIFY(columnsOf(db, QStringLiteral("providers")).contains(QStringLiteral("erased_at")));
         // Providers from before were never anonymised.
         QCOMPARE(db.scalar("SELECT count(*) FROM providers WHERE erased_at IS NOT NULL").toInt(), 0);
         const QStringList names = indexes(db);
         QVERIFY(names.contains(QStringLiteral("customers_retention")));
         QVERIFY(names.contains(QStringLiteral("sync_outbox_entity")));
         // The retention sweep and the outbox purge use them, not a table scan.
         QString plan = queryPlan(db, "SELECT id FROM customers WHERE erased_at IS NULL AND updated_at < 5 ORDER BY updated_at, id LIMIT 100");
         QVERIFY2(plan.contains(QStringLiteral("customers_retention")), qPrintable(plan));
         plan = queryPlan(db, "DELETE FROM sync_outbox WHERE entity = 'customers' AND entity_id = 7");
         QVERIFY2(plan.contains(QStringLiteral("sync_outbox_entity")), qPrintable(plan));
     }},
    {8, "complaints rebuilt with the workbench states; timeline, SLA policies, holiday calendar",
     [](Database &db) {
         // A complaint from before (its category already a key) with a refund
         // pointing at it: the rebuild drops and re-creates the table the refund
         // refers to, inside the migration's transaction, with foreign keys on.
         db.exec("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, assigned_staff_id, opened_at,"
                 " first_response_due_at, resolution_due_at, first_response_at) VALUES (30, 11, 7, 8, 'quality', '没擦干净', 'investigating', NULL,"
                 " 1000, 8200, 173800, 1600);"
                 "INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at) VALUES (31, 11, 30, 3000, '部分退款', 'requested', 1700);");
     },
     [](Database &db) {
         for (const auto *c : {"severity", "customer_ask", "first_response_clock", "first_response_warn_at", "resolution_warn_at",
                               "paused_at", "next_due_at", "next_warn_at", "reopen_count"})
             QVERIFY2(columnsOf(db, QStringLiteral("complaints")).contains(QString::fromLatin1(c)), c);
         // The complaint from before: 24×7 deadlines, its 75 % marks, the next
         // deadline its queue sorts by (first response given: the resolution's).
         QCOMPARE(db.scalar("SELECT severity FROM complaints WHERE id = 30").toString(), QStringLiteral("medium"));
         QCOMPARE(db.scalar("SELECT resolution_warn_at FROM complaints WHERE id = 30").toLongLong(), 1000 + (173800 - 1000) * 3 / 4);
         QCOMPARE(db.scalar("SELECT next_due_at FROM complaints WHERE id = 30").toLongLong(), 173800);
         // The refund still refers to it, by the table's name, and nothing dangles.
         QCOMPARE(db.scalar("SELECT complaint_id FROM refunds WHERE id = 31").toLongLong(), 30);
         QVERIFY(db.scalar("SELECT sql FROM sqlite_master WHERE name = 'refunds'").toString().contains(QStringLiteral("REFERENCES complaints(id)")));
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
         // The new state is accepted, an unknown one refused by the new CHECK.
         db.run("UPDATE complaints SET status = 'waiting_customer' WHERE id = 30");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("UPDATE complaints SET status = 'lost' WHERE id = 30"));
         // Policies for every category and severity; the 2026 calendar as shipped.
         QCOMPARE(db.scalar("SELECT count(*) FROM sla_policies").toInt(), 7 * 3);
         QCOMPARE(db.scalar("SELECT first_response_unit || ':' || first_response_amount FROM sla_policies"
                            " WHERE category = 'safety' AND severity = 'medium'").toString(), QStringLiteral("minutes:30"));
         QFile shipped(QStringLiteral(DOORSTEP_SOURCE_DIR "/resources/calendars/cn-statutory-2026.txt"));
         QVERIFY(shipped.open(QIODevice::ReadOnly));
         QCOMPARE(db.scalar("SELECT source FROM holiday_calendars WHERE year = 2026").toString(), QString::fromUtf8(shipped.readAll()));
         // The queue pages on its index.
         const QString plan = queryPlan(db, "SELECT id FROM complaints c WHERE (coalesce(c.next_due_at, 9223372036854775807), c.id) > (5, 0)"
                                            " ORDER BY coalesce(c.next_due_at, 9223372036854775807), c.id LIMIT 200");
         QVERIFY2(plan.contains(QStringLiteral("complaints_queue")) && !plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
     }},
    {9, "after-sales: refund decisions, return visits, satisfaction, escalation",
     [](Database &db) {
         // A complaint and a refund from before, which the new columns must keep.
         db.exec("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, description, status, opened_at,"
                 " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at, updated_at)"
                 " VALUES (40, 11, 7, 8, 'quality', 'medium', '没擦干净', 'resolved', 1000, 8200, 6400, 173800, 130600, 1000);"
                 "INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at, decided_at)"
                 " VALUES (41, 11, 40, 3000, '部分退款', 'rejected', 1700, 1800);"
                 "INSERT INTO provider_flags(id, provider_id, kind, detail, raised_at) VALUES (43, 8, 'low_rating', '平均 3.1 星', 1900);");
     },
     [](Database &db) {
         for (const auto *c : {"rejected_by", "reject_reason", "paid_by", "paid_at"})
             QVERIFY2(columnsOf(db, QStringLiteral("refunds")).contains(QString::fromLatin1(c)), c);
         for (const auto *c : {"reservice_of", "reservice_complaint_id", "reservice_provider"})
             QVERIFY2(columnsOf(db, QStringLiteral("orders")).contains(QString::fromLatin1(c)), c);
         for (const auto *c : {"satisfaction", "escalated_at"})
             QVERIFY2(columnsOf(db, QStringLiteral("complaints")).contains(QString::fromLatin1(c)), c);
         // The rows from before: kept, the new columns empty.
         QCOMPARE(db.scalar("SELECT amount_fen FROM refunds WHERE id = 41").toLongLong(), 3000);
         QVERIFY(db.scalar("SELECT reject_reason FROM refunds WHERE id = 41").isNull());
         QVERIFY(db.scalar("SELECT satisfaction FROM complaints WHERE id = 40").isNull());
         QVERIFY(db.scalar("SELECT reservice_of FROM orders WHERE id = 11").isNull());
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
         // The new CHECKs hold; a return visit refers to its order and complaint.
         db.run("UPDATE complaints SET satisfaction = 4 WHERE id = 40");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("UPDATE complaints SET satisfaction = 6 WHERE id = 40"));
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("UPDATE orders SET reservice_provider = 'anyone' WHERE id = 11"));
         db.exec("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start,"
                 " window_end, duration_min, price_fen, payment_status, status, created_at, updated_at, reservice_of, reservice_complaint_id,"
                 " reservice_provider) VALUES (42, 'DS260101-0-0042', 1, 7, 4, 2, '漕溪北路 1 号', 31.18, 121.43, 9000, 16200, 120, 0, 'paid',"
                 " 'awaiting_dispatch', 9, 9, 11, 40, 'another')");
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
         const QString plan = queryPlan(db, "SELECT id FROM orders WHERE reservice_complaint_id = 40");
         QVERIFY2(plan.contains(QStringLiteral("orders_reservice")), qPrintable(plan));
         QVERIFY(indexes(db).contains(QStringLiteral("refunds_complaint")));
         // provider_flags rebuilt for the new kind: the flag from before kept, its indexes back.
         QCOMPARE(db.scalar("SELECT kind || '/' || state || '/' || detail FROM provider_flags WHERE id = 43").toString(),
                  QStringLiteral("low_rating/open/平均 3.1 星"));
         db.run("INSERT INTO provider_flags(id, provider_id, kind, detail, raised_at) VALUES (44, 8, 'upheld_complaints', '3 次投诉属实', 2000)");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("UPDATE provider_flags SET kind = 'whim' WHERE id = 44"));
         for (const auto *index : {"provider_flags_state", "provider_flags_provider"})
             QVERIFY2(indexes(db).contains(QString::fromLatin1(index)), index);
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
     }},
    {10, "sync: conflicts, round history, the sync epoch", nullptr,
     [](Database &db) {
         // Stores from before have pushed nothing: epoch 1, no conflicts, no rounds.
         QCOMPARE(db.scalar("SELECT value FROM meta WHERE key = 'sync_epoch'").toString(), QStringLiteral("1"));
         QCOMPARE(db.scalar("SELECT count(*) FROM sync_conflicts").toInt(), 0);
         QCOMPARE(db.scalar("SELECT count(*) FROM sync_rounds").toInt(), 0);
         db.run("INSERT INTO sync_conflicts(id, mutation_id, epoch, action, entity, entity_id, status, reason, message, conflict, at)"
                " VALUES (40, 5, 1, 'dispatch.assign', 'orders', 11, 'rejected', 'provider_busy', 'busy', '{}', 9)");
         // One conflict per mutation and epoch; an unknown status is refused.
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO sync_conflicts(id, mutation_id, epoch, action, entity, status, reason,"
                                                   " message, conflict, at) VALUES (41, 5, 1, 'x', 'orders', 'rejected', 'r', 'm', '{}', 9)"));
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO sync_conflicts(id, mutation_id, epoch, action, entity, status, reason,"
                                                   " message, conflict, at) VALUES (42, 6, 1, 'x', 'orders', 'lost', 'r', 'm', '{}', 9)"));
     }},
    {11, "sync: the server's version of shared rows", nullptr,
     [](Database &db) {
         // Empty: the next pull or the snapshot fills it.
         QCOMPARE(db.scalar("SELECT count(*) FROM sync_shadow").toInt(), 0);
         db.run("INSERT INTO sync_shadow(entity, id, row) VALUES ('customers', 7, '{}')");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO sync_shadow(entity, id, row) VALUES ('customers', 7, '{}')"));
     }},
    {12, "complaint suspensions, refunds and return visits on the complaint's timeline",
     [](Database &db) {
         // A sweep suspension (lifted), a complaint with a timeline, from before.
         db.exec("INSERT INTO provider_suspensions(id, provider_id, credential_id, reason, started_at, lifted_at, lifted_by_credential_id)"
                 " VALUES (50, 8, 9, '健康证过期', 7, 8, 9);"
                 "INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, description, status, opened_at,"
                 " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at, updated_at)"
                 " VALUES (51, 11, 7, 8, 'safety', 'high', '师傅态度威胁', 'open', 1000, 1900, 1675, 44200, 33400, 1000);"
                 "INSERT INTO complaint_events(id, complaint_id, at, kind, to_status, note) VALUES (52, 51, 1000, 'opened', 'open', NULL);"
                 "INSERT INTO complaint_events(id, complaint_id, at, kind, note) VALUES (53, 51, 1100, 'call', '已致电客户');"
                 "INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at)"
                 " VALUES (54, 11, 51, 2000, '部分退款', 'requested', 1200);");
     },
     [](Database &db) {
         // The rows from before, kept with their columns; the new ones empty.
         QCOMPARE(db.scalar("SELECT reason || '/' || credential_id || '/' || lifted_by_credential_id FROM provider_suspensions WHERE id = 50")
                      .toString(), QStringLiteral("健康证过期/9/9"));
         QVERIFY(db.scalar("SELECT complaint_id FROM provider_suspensions WHERE id = 50").isNull());
         QCOMPARE(db.scalar("SELECT group_concat(kind, ',') FROM (SELECT kind FROM complaint_events WHERE complaint_id = 51 ORDER BY at)")
                      .toString(), QStringLiteral("opened,call"));
         QCOMPARE(db.scalar("SELECT note FROM complaint_events WHERE id = 53").toString(), QStringLiteral("已致电客户"));
         for (const auto *index : {"provider_suspensions_provider", "provider_suspensions_complaint", "complaint_events_complaint", "complaints_escalated"})
             QVERIFY2(indexes(db).contains(QString::fromLatin1(index)), index);
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
         // A suspension caused by a complaint, without a credential; one with neither cause is refused.
         db.run("INSERT INTO provider_suspensions(id, provider_id, complaint_id, reason, started_at) VALUES (55, 8, 51, '调查中', 1300)");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO provider_suspensions(id, provider_id, reason, started_at) VALUES (56, 8, 'x', 1)"));
         // The new timeline kinds, naming their refund or order; an unknown kind is still refused.
         db.run("INSERT INTO complaint_events(id, complaint_id, at, kind, refund_id) VALUES (57, 51, 1200, 'refund_requested', 54)");
         db.run("INSERT INTO complaint_events(id, complaint_id, at, kind, order_id) VALUES (58, 51, 1250, 'return_visit_dispatched', 11)");
         db.run("INSERT INTO complaint_events(id, complaint_id, at, kind, note) VALUES (59, 51, 1300, 'provider_suspended', '调查中')");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO complaint_events(id, complaint_id, at, kind) VALUES (60, 51, 1, 'whim')"));
         // Photos of a complaint, in the formats scans allow.
         db.run("INSERT INTO complaint_attachments(id, complaint_id, file_name, mime, bytes, sha256, created_at)"
                " VALUES (63, 51, 'a.jpg', 'image/jpeg', x'FFD8FF00', 'x', 1300)");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO complaint_attachments(id, complaint_id, file_name, mime, bytes, sha256, created_at)"
                                                   " VALUES (64, 51, 'a.exe', 'application/x-msdownload', x'4D5A', 'x', 1300)"));
         QCOMPARE(column(db, "PRAGMA foreign_key_check"), QStringList());
         // Foreign keys still hold on the rebuilt tables (complaints, refunds, orders are their parents).
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO complaint_events(id, complaint_id, at, kind) VALUES (61, 999, 1, 'note')"));
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO provider_suspensions(id, provider_id, complaint_id, reason, started_at)"
                                                   " VALUES (62, 8, 999, 'x', 1)"));
     }},
    {13, "statistics rollups, backfilled and kept by triggers",
     [](Database &db) {
         // Order 11 (window at 1000 s, created at 5 s) gets a first assignment 10 minutes in, an acceptance, a start
         // inside its window, a paid refund, a rating and an upheld complaint; a second order stays bare.
         db.exec("INSERT INTO dispatch_records(id, order_id, provider_id, mode, at) VALUES (50, 11, 8, 'auto', 605);"
                 "INSERT INTO dispatch_records(id, order_id, provider_id, mode, at) VALUES (51, 11, 8, 'manual', 900);"
                 "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status, event) VALUES (52, 11, 700, 'provider', 'assigned', 'accepted', 'accept');"
                 "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status, event) VALUES (53, 11, 1200, 'provider', 'on_the_way', 'in_service', 'start');"
                 "UPDATE orders SET status = 'rated', payment_status = 'partially_refunded' WHERE id = 11;"
                 "INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, at) VALUES (54, 11, 8, 7, 4, 9000);"
                 "INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, upheld, opened_at,"
                 " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at) VALUES (55, 11, 7, 8, 'quality', '不干净', 'resolved', 1, 9100, 9200, 9150, 9900, 9800);"
                 "INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at) VALUES (56, 11, 55, 3000, '部分退款', 'paid', 9300);"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, NULL, '漕溪北路 2 号', 31.18, 121.43, 86400, 93600, 120, 9000, 'unpaid', 'awaiting_dispatch', 80000, 80000, 3);");
     },
     [](Database &db) {
         for (const auto *name : {"stats_order_facts", "stats_daily", "stats_dispatch_minutes"})
             QVERIFY2(column(db, "SELECT name FROM sqlite_master WHERE type = 'table'").contains(QLatin1StringView(name)), name);
         // Backfilled: order 11 on office day 0 (1000 s + 8 h), district 2, category 3 (copied at v4), rated.
         QCOMPARE(column(db, "SELECT day || '|' || district_id || '|' || category_id || '|' || status || '|' || price_fen || '|' || refund_fen"
                             " || '|' || rated || '|' || stars || '|' || complaints || '|' || upheld || '|' || accepted || '|' || started"
                             " || '|' || on_time || '|' || dispatch_mode || '|' || dispatch_s FROM stats_order_facts WHERE order_id = 11"),
                  QStringList{QStringLiteral("0|2|3|rated|12000|3000|1|4|1|1|1|1|1|auto|600")});
         QCOMPARE(column(db, "SELECT day || '|' || district_id || '|' || status || '|' || orders || '|' || dispatched FROM stats_daily ORDER BY day"),
                  (QStringList{QStringLiteral("0|2|rated|1|1"), QStringLiteral("1|0|awaiting_dispatch|1|0")}));
         QCOMPARE(column(db, "SELECT day || '|' || minute || '|' || n FROM stats_dispatch_minutes"), QStringList{QStringLiteral("0|10|1")});
         // (rollupProblems and rebuildRollups know the latest schema's rollups: the v19 case runs them.)
         // From now on the triggers keep them: the bare order is assigned 3 minutes after its creation, then cancelled.
         db.exec("INSERT INTO dispatch_records(id, order_id, provider_id, mode, at) VALUES (58, 57, 8, 'manual', 80180);"
                 "UPDATE orders SET status = 'cancelled' WHERE id = 57;");
         QCOMPARE(column(db, "SELECT day || '|' || status || '|' || orders || '|' || dispatched FROM stats_daily WHERE day = 1"),
                  QStringList{QStringLiteral("1|cancelled|1|1")});
         QCOMPARE(column(db, "SELECT day || '|' || minute || '|' || n FROM stats_dispatch_minutes ORDER BY day"),
                  (QStringList{QStringLiteral("0|10|1"), QStringLiteral("1|3|1")}));
     }},
    {14, "the sync outbox indexed by audit entry",
     [](Database &) {},
     [](Database &db) {
         QVERIFY(indexes(db).contains(QStringLiteral("sync_outbox_audit")));
         // Marking a mutation's rows sent finds them through it, not by walking the unsent ones.
         auto plan = db.prepare("EXPLAIN QUERY PLAN UPDATE sync_outbox SET sent_at = 1 WHERE audit_seq = ? AND sent_at IS NULL");
         plan.bind(1, qint64(1));
         QString details;
         while (plan.next())
             details += plan.text(3);
         QVERIFY2(details.contains(QStringLiteral("sync_outbox_audit")), qPrintable(details));
     }},
    {15, "the funnel by stages reached, providers per day",
     [](Database &db) {
         // Order 11 (provider 8, office day 0, 120 min) is rated 5 stars with an upheld complaint; order 57 (office
         // day 1) was dispatched and accepted, then cancelled and its provider taken off.
         db.exec("UPDATE orders SET status = 'rated' WHERE id = 11;"
                 "INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, at) VALUES (54, 11, 8, 7, 5, 9000);"
                 "INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, upheld, opened_at,"
                 " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at) VALUES (55, 11, 7, 8, 'quality', '不干净', 'resolved', 1, 9100, 9200, 9150, 9900, 9800);"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 86400, 93600, 120, 9000, 'unpaid', 'accepted', 8, 80000, 80000, 3);"
                 "INSERT INTO dispatch_records(id, order_id, provider_id, mode, at) VALUES (58, 57, 8, 'manual', 80180);"
                 "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status, event) VALUES (59, 57, 80300, 'provider', 'assigned', 'accepted', 'accept');"
                 "UPDATE orders SET status = 'cancelled', provider_id = NULL WHERE id = 57;");
     },
     [](Database &db) {
         QCOMPARE(column(db, "SELECT order_id || '|' || stage || '|' || provider_id || '|' || served_min FROM stats_order_facts ORDER BY order_id"),
                  (QStringList{QStringLiteral("11|5|8|120"), QStringLiteral("57|3|0|0")}));
         QCOMPARE(column(db, "SELECT day || '|' || status || '|' || reached_dispatch || '|' || reached_accept || '|' || reached_complete"
                             " || '|' || reached_rated || '|' || served_min FROM stats_daily ORDER BY day"),
                  (QStringList{QStringLiteral("0|rated|1|1|1|1|120"), QStringLiteral("1|cancelled|1|1|0|0|0")}));
         QCOMPARE(column(db, "SELECT day || '|' || provider_id || '|' || orders || '|' || served_min || '|' || upheld || '|' || rated || '|' || stars"
                             " FROM stats_provider_days"),
                  QStringList{QStringLiteral("0|8|1|120|1|1|5")});
         QCOMPARE(column(db, "SELECT day || '|' || providers || '|' || served_min FROM stats_provider_active"), QStringList{QStringLiteral("0|1|120")});
         // The triggers keep them: a longer visit, a second order of the same provider that day, one of another day.
         db.exec("UPDATE orders SET duration_min = 180 WHERE id = 11;"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (60, 'DS260101-0-0003', 1, 7, 4, 2, '漕溪北路 3 号', 31.18, 121.43, 2000, 9200, 60, 9000, 'unpaid', 'assigned', 8, 100, 100, 3);"
                 "INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status) VALUES (61, 60, 150, 'system', 'awaiting_dispatch', 'assigned');"
                 "UPDATE orders SET provider_id = 8 WHERE id = 57;");
         // (57 is cancelled: it counts among the provider's orders, not as served.)
         QCOMPARE(column(db, "SELECT day || '|' || provider_id || '|' || orders || '|' || served || '|' || served_min FROM stats_provider_days ORDER BY day"),
                  (QStringList{QStringLiteral("0|8|2|2|240"), QStringLiteral("1|8|1|0|0")}));
         QCOMPARE(column(db, "SELECT day || '|' || providers || '|' || served_min FROM stats_provider_active"), QStringList{QStringLiteral("0|1|240")});
         QCOMPARE(db.scalar("SELECT reached_dispatch FROM stats_daily WHERE day = 0 AND status = 'assigned'").toInt(), 1);
         // (rollupProblems and rebuildRollups: the v19 case.)
     }},
    {16, "other offices' bookings of shared providers",
     [](Database &) {},
     [](Database &db) {
         QVERIFY(indexes(db).contains(QStringLiteral("sync_bookings_provider")));
         // A booking of a provider this store does not know is kept (no foreign key).
         db.exec("INSERT INTO sync_bookings(order_id, provider_id, start_at, end_at) VALUES (900, 901, 1000, 4600)");
         QCOMPARE(db.scalar("SELECT end_at - start_at FROM sync_bookings WHERE order_id = 900").toLongLong(), 3600);
     }},
    {17, "refunded orders per cell (the refunds bar counts orders)",
     [](Database &db) {
         // Order 11 (office day 0) has two paid refunds and a requested one; order 57 (office day 1) none.
         db.exec("INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (56, 11, 3000, '部分退款', 'paid', 9300);"
                 "INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (62, 11, 1000, '再次退款', 'paid', 9400);"
                 "INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (63, 11, 500, '申请中', 'requested', 9500);"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 86400, 93600, 120, 9000, 'paid', 'completed', 80000, 80000, 3);");
     },
     [](Database &db) {
         const auto cells = [&db] {
             return column(db, "SELECT day || '|' || refunds || '|' || refunded || '|' || refund_fen FROM stats_daily ORDER BY day");
         };
         // Backfilled: day 0 has two paid refunds of one order.
         QCOMPARE(cells(), (QStringList{QStringLiteral("0|2|1|4000"), QStringLiteral("1|0|0|0")}));
         // The triggers keep it: order 57 refunded; one of order 11's refunds rejected (still refunded), then the other.
         db.exec("INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (64, 57, 2000, '退款', 'paid', 90000)");
         db.exec("UPDATE refunds SET status = 'rejected' WHERE id = 56");
         QCOMPARE(cells(), (QStringList{QStringLiteral("0|1|1|1000"), QStringLiteral("1|1|1|2000")}));
         db.exec("UPDATE refunds SET status = 'rejected' WHERE id = 62");
         QCOMPARE(cells(), (QStringList{QStringLiteral("0|0|0|0"), QStringLiteral("1|1|1|2000")}));
         // Moved to another day, the refunded order takes its flag along.
         db.exec("UPDATE orders SET window_start = window_start - 86400, window_end = window_end - 86400 WHERE id = 57");
         QCOMPARE(db.scalar("SELECT sum(refunded) || '|' || sum(refund_fen) FROM stats_daily WHERE day = 0").toString(), QStringLiteral("1|2000"));
         QCOMPARE(db.scalar("SELECT count(*) FROM stats_daily WHERE day = 1").toInt(), 0);
         // (rollupProblems and rebuildRollups: the v19 case.)
     }},
    {18, "providers per month, working hours per weekday",
     [](Database &db) {
         // Provider 8 (active) works Mondays 9–17 and Wednesdays 9–12; provider 13 (suspended) Mondays 8–9.
         // Order 11 (provider 8) is on office day 0 (January 1970), order 57 on day 40 (February).
         db.exec("INSERT INTO providers(id, office_id, name, phone, id_number, status, rating_avg_x100, points, created_at, updated_at)"
                 " VALUES (13, 1, '张敏', '13900139001', '110101199003071234', 'suspended', 450, 0, 5, 5);"
                 "INSERT INTO provider_hours(provider_id, weekday, start_min, end_min) VALUES (8, 1, 540, 1020), (8, 3, 540, 720), (13, 1, 480, 540);"
                 "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 3456000, 3463200, 120, 9000, 'paid', 'completed', 8,"
                 " 3400000, 3400000, 3);");
     },
     [](Database &db) {
         const auto months = [&db] {
             return column(db, "SELECT month || '|' || provider_id || '|' || orders || '|' || served_min FROM stats_provider_months ORDER BY month");
         };
         const auto hours = [&db] { return column(db, "SELECT weekday || '|' || minutes FROM stats_weekly_hours ORDER BY weekday"); };
         // Backfilled: January is day 0, February day 31.
         QCOMPARE(months(), (QStringList{QStringLiteral("0|8|1|120"), QStringLiteral("31|8|1|120")}));
         QCOMPARE(hours(), (QStringList{QStringLiteral("1|480"), QStringLiteral("2|0"), QStringLiteral("3|180"), QStringLiteral("4|0"),
                                        QStringLiteral("5|0"), QStringLiteral("6|0"), QStringLiteral("7|0")}));
         // The triggers keep them: order 57 moved into January, a slot gone, provider 13 active again, a slot longer.
         db.exec("UPDATE orders SET window_start = 432000, window_end = 439200 WHERE id = 57;"
                 "DELETE FROM provider_hours WHERE provider_id = 8 AND weekday = 3;"
                 "UPDATE providers SET status = 'active' WHERE id = 13;"
                 "UPDATE provider_hours SET end_min = 600 WHERE provider_id = 13;");
         QCOMPARE(months(), QStringList{QStringLiteral("0|8|2|240")});
         QCOMPARE(hours().mid(0, 3), (QStringList{QStringLiteral("1|600"), QStringLiteral("2|0"), QStringLiteral("3|0")}));
         // Suspended, provider 8's hours stop counting.
         db.exec("UPDATE providers SET status = 'suspended' WHERE id = 8");
         QCOMPARE(hours().first(), QStringLiteral("1|120"));
         // (rollupProblems and rebuildRollups: the v19 case.)
     }},
    {19, "the daily cells per month",
     [](Database &db) {
         // Order 11 on office day 0 (January 1970), order 57 on day 40 (February), both in district 2, category 3.
         db.exec("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 3456000, 3463200, 120, 9000, 'paid', 'completed', 8,"
                 " 3400000, 3400000, 3);");
     },
     [](Database &db) {
         const auto months = [&db] {
             return column(db, "SELECT month || '|' || district_id || '|' || status || '|' || orders || '|' || price_fen FROM stats_monthly"
                               " ORDER BY month, status");
         };
         QCOMPARE(months(), (QStringList{QStringLiteral("0|2|assigned|1|12000"), QStringLiteral("31|2|completed|1|9000")}));
         QCOMPARE(rollupProblems(db), QStringList());
         // The triggers keep them: order 57 moved into January and completed there with order 11; a refund paid.
         db.exec("UPDATE orders SET window_start = 432000, window_end = 439200 WHERE id = 57;"
                 "UPDATE orders SET status = 'completed' WHERE id = 11;"
                 "INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (64, 57, 2000, '退款', 'paid', 440000);");
         QCOMPARE(months(), QStringList{QStringLiteral("0|2|completed|2|21000")});
         QCOMPARE(db.scalar("SELECT refunded || '|' || refund_fen FROM stats_monthly").toString(), QStringLiteral("1|2000"));
         QCOMPARE(rollupProblems(db), QStringList());
         db.exec("DELETE FROM refunds WHERE id = 64; DELETE FROM orders WHERE id = 57");
         QCOMPARE(months(), QStringList{QStringLiteral("0|2|completed|1|12000")});
         QCOMPARE(rollupProblems(db), QStringList());
         // Damaged rollups (of v15, v17, v18, v19) are found, and the rebuild mends them.
         db.exec("INSERT INTO provider_hours(provider_id, weekday, start_min, end_min) VALUES (8, 1, 540, 1020);"
                 "UPDATE stats_monthly SET orders = 3; UPDATE stats_provider_months SET stars = 9;"
                 "UPDATE stats_weekly_hours SET minutes = 5 WHERE weekday = 7; UPDATE stats_daily SET refunded = 1;"
                 "UPDATE stats_provider_days SET stars = 1");
         QCOMPARE(rollupProblems(db).size(), 5);
         rebuildRollups(db);
         QCOMPARE(rollupProblems(db), QStringList());
         QCOMPARE(column(db, "SELECT weekday || '|' || minutes FROM stats_weekly_hours WHERE minutes <> 0"), QStringList{QStringLiteral("1|480")});
         QCOMPARE(db.scalar("SELECT count(*) FROM stats_weekly_hours").toInt(), 7);
     }},
    {20, "a provider's days off",
     [](Database &) {},
     [](Database &db) {
         // Provider 8 of the v1 data; one row per day, a date and nothing else.
         db.exec("INSERT INTO provider_days_off(provider_id, day) VALUES (8, '2026-12-05')");
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO provider_days_off(provider_id, day) VALUES (8, '2026-12-05')"));
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("INSERT INTO provider_days_off(provider_id, day) VALUES (8, 'Friday')"));
         QCOMPARE(db.scalar("SELECT count(*) FROM provider_days_off").toInt(), 1);
     }},
    {21, "providers' last reported positions",
     [](Database &) {},
     [](Database &db) {
         // One row per provider; a position may come before the provider's row.
         db.exec("INSERT INTO sync_positions(provider_id, lat, lng, at) VALUES (901, 31.2, 121.4, 1000)");
         QCOMPARE(db.scalar("SELECT lat FROM sync_positions WHERE provider_id = 901").toDouble(), 31.2);
     }},
    {22, "orders paid through the platform",
     [](Database &) {},
     [](Database &db) {
         // Order 11 of the v1 data: paid the office's way until the server says otherwise.
         QVERIFY(db.scalar("SELECT paid_through FROM orders WHERE id = 11").isNull());
         db.exec("UPDATE orders SET paid_through = 'platform' WHERE id = 11");
         QCOMPARE(db.scalar("SELECT paid_through FROM orders WHERE id = 11").toString(), QStringLiteral("platform"));
         QVERIFY_THROWS_EXCEPTION(SqlError, db.run("UPDATE orders SET paid_through = 'cash' WHERE id = 11"));
     }},
    {23, "providers per week and per year",
     [](Database &db) {
         // Order 11 (provider 8) is on office day 0, Thursday 1 January 1970 (its week's Monday is day -3);
         // order 57 on day 40, Tuesday 10 February (Monday day 39); order 58 on day 400, 5 February 1971.
         db.exec("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 3456000, 3463200, 120, 9000, 'paid', 'completed', 8,"
                 " 3400000, 3400000, 3),"
                 " (58, 'DS260101-0-0003', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 34560000, 34567200, 60, 9000, 'paid', 'completed', 8,"
                 " 3400000, 3400000, 3);");
     },
     [](Database &db) {
         const auto weeks = [&db] {
             return column(db, "SELECT week || '|' || provider_id || '|' || orders || '|' || served_min FROM stats_provider_weeks ORDER BY week");
         };
         const auto years = [&db] {
             return column(db, "SELECT year || '|' || provider_id || '|' || orders || '|' || served_min FROM stats_provider_years ORDER BY year");
         };
         // Backfilled from the days.
         QCOMPARE(weeks(), (QStringList{QStringLiteral("-3|8|1|120"), QStringLiteral("39|8|1|120"), QStringLiteral("396|8|1|60")}));
         QCOMPARE(years(), (QStringList{QStringLiteral("0|8|2|240"), QStringLiteral("365|8|1|60")}));
         QCOMPARE(rollupProblems(db), QStringList());
         // The triggers keep them: order 57 moved into order 11's week, order 11 completed, order 58 gone.
         db.exec("UPDATE orders SET window_start = 86400, window_end = 93600 WHERE id = 57;"
                 "UPDATE orders SET status = 'completed' WHERE id = 11; DELETE FROM orders WHERE id = 58");
         QCOMPARE(weeks(), QStringList{QStringLiteral("-3|8|2|240")});
         QCOMPARE(years(), QStringList{QStringLiteral("0|8|2|240")});
         QCOMPARE(rollupProblems(db), QStringList());
         // Damaged, they are found; the rebuild mends them.
         db.exec("UPDATE stats_provider_weeks SET stars = 9; DELETE FROM stats_provider_years");
         QCOMPARE(rollupProblems(db).size(), 2);
         rebuildRollups(db);
         QCOMPARE(rollupProblems(db), QStringList());
         QCOMPARE(years(), QStringList{QStringLiteral("0|8|2|240")});
     }},
    {24, "providers per quarter",
     [](Database &db) {
         // Order 11 (provider 8) is on office day 0 (1 January 1970: the first quarter, day 0);
         // order 57 on day 100, 11 April (the second quarter begins on day 90).
         db.exec("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng,"
                 " window_start, window_end, duration_min, price_fen, payment_status, status, provider_id, created_at, updated_at, category_id)"
                 " VALUES (57, 'DS260101-0-0002', 1, 7, 4, 2, '漕溪北路 2 号', 31.18, 121.43, 8640000, 8647200, 60, 9000, 'paid', 'completed', 8,"
                 " 3400000, 3400000, 3);");
     },
     [](Database &db) {
         const auto quarters = [&db] {
             return column(db, "SELECT quarter || '|' || provider_id || '|' || orders || '|' || served_min FROM stats_provider_quarters ORDER BY quarter");
         };
         QCOMPARE(quarters(), (QStringList{QStringLiteral("0|8|1|120"), QStringLiteral("90|8|1|60")}));
         QCOMPARE(rollupProblems(db), QStringList());
         // Order 57 moved to 31 March (day 89): the first quarter.
         db.exec("UPDATE orders SET window_start = 7689600, window_end = 7696800 WHERE id = 57");
         QCOMPARE(quarters(), QStringList{QStringLiteral("0|8|2|180")});
         db.exec("UPDATE stats_provider_quarters SET orders = 7");
         QCOMPARE(rollupProblems(db).size(), 1);
         rebuildRollups(db);
         QCOMPARE(rollupProblems(db), QStringList());
         QCOMPARE(quarters(), QStringList{QStringLiteral("0|8|2|180")});
     }},
};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A store file at `version` holding the v1 data: made at the latest
    // version, emptied (keeping its meta rows: uid, node), rebuilt by the
    // migrations up to 1, filled, then migrated up to `version`.
    QString storeAt(const QString &name, int version)
    {
        const QString file = m_dir.filePath(name);
        auto created = Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests());
        auto &db = created->db();
        QList<std::pair<QString, QString>> meta;
        {
            auto st = db.prepare("SELECT key, value FROM meta");
            while (st.next())
                meta.append({st.text(0), st.text(1)});
        }
        db.exec("PRAGMA foreign_keys = OFF");
        for (const QString &view : column(db, "SELECT name FROM sqlite_master WHERE type = 'view'"))
            db.exec("DROP VIEW " + view.toUtf8());
        for (const QString &table : column(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            db.exec("DROP TABLE " + table.toUtf8());
        db.exec("PRAGMA user_version = 0");
        migrate(db, 1);
        db.exec("PRAGMA foreign_keys = ON");
        for (const auto &[key, value] : meta)
            db.run("INSERT INTO meta(key, value) VALUES (?, ?)", key, value);
        addVersion1Data(db);
        migrate(db, version);
        return file;
    }

    std::unique_ptr<Store> openAsIs(const QString &file)
    {
        return Store::openWithoutMigrating(file, QStringLiteral("admin"), QStringLiteral("pw"));
    }

private slots:
    void latestIsTwentyFour()
    {
        QCOMPARE(latestSchemaVersion(), 24);
    }

    // The cases below are the migrations, one each, in order.
    void everyMigrationHasACase()
    {
        int expected = 2;
        for (const Step &step : kSteps)
            QCOMPARE(step.version, expected++);
        QCOMPARE(expected - 1, latestSchemaVersion());
    }

    void eachStepKeepsTheDataAndAddsItsPart_data()
    {
        QTest::addColumn<int>("step");
        for (int i = 0; i < int(std::size(kSteps)); ++i)
            QTest::addRow("v%d: %s", kSteps[i].version, kSteps[i].adds) << i;
    }

    void eachStepKeepsTheDataAndAddsItsPart()
    {
        QFETCH(int, step);
        const Step &s = kSteps[step];
        const QString file = storeAt(QStringLiteral("step%1.doorstep").arg(s.version), s.version - 1);
        Snapshot before;
        {
            auto old = openAsIs(file);
            QCOMPARE(old->schemaVersion(), s.version - 1);
            if (s.before) {
                s.before(old->db());
                if (QTest::currentTestFailed())
                    return;
            }
            before = snapshot(old->db());
        }
        auto store = openAsIs(file);
        migrate(store->db(), s.version);
        QCOMPARE(store->schemaVersion(), s.version);
        // Nothing the store held is lost or changed.
        for (const auto &[table, content] : before) {
            const auto &[columns, rows] = content;
            const QStringList now = columnsOf(store->db(), table);
            for (const QString &c : columns)
                QVERIFY2(now.contains(c), qPrintable(table + u'.' + c + u" is gone"));
            const QStringList after = rowsOf(store->db(), table, columns);
            QVERIFY2(std::includes(after.begin(), after.end(), rows.begin(), rows.end()),
                     qPrintable(table + u": rows lost or changed"));
        }
        QVERIFY(before.at(QStringLiteral("orders")).second.size() >= 1); // the check above had rows to keep
        s.after(store->db());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(store->integrityProblems(), QStringList());
    }

    // The demo wrote complaint categories as Chinese words before v8; they become
    // keys, and refunds pointing at any of them survive the rebuild.
    void version8MapsOldCategoriesAndKeepsRefunds()
    {
        const QString file = storeAt(QStringLiteral("v7-complaints.doorstep"), 7);
        {
            auto old = openAsIs(file);
            int id = 40;
            for (const char *category : {"迟到", "服务质量差", "损坏物品", "态度恶劣", "乱收费", "未上门", "别的"}) {
                old->db().run("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, upheld, opened_at,"
                              " first_response_due_at, resolution_due_at, resolved_at) VALUES (?, 11, 7, 8, ?, '客户反映', 'resolved', 1, 100, 200, 300, 250)",
                              id, QString::fromUtf8(category));
                old->db().run("INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at) VALUES (?, 11, ?, 100, '退款', 'paid', 120)",
                              id + 100, id);
                ++id;
            }
        }
        auto store = openAsIs(file);
        migrate(store->db(), 8);
        QCOMPARE(column(store->db(), "SELECT category FROM complaints WHERE id BETWEEN 40 AND 46 ORDER BY id"),
                 (QStringList{QStringLiteral("no_show"), QStringLiteral("quality"), QStringLiteral("damage"), QStringLiteral("attitude"),
                              QStringLiteral("overcharge"), QStringLiteral("no_show"), QStringLiteral("other")}));
        QCOMPARE(store->db().scalar("SELECT count(*) FROM refunds r JOIN complaints c ON c.id = r.complaint_id").toInt(), 7);
        QCOMPARE(store->db().scalar("SELECT count(*) FROM complaints WHERE next_due_at IS NOT NULL").toInt(), 0); // closed: off the clock
        QCOMPARE(column(store->db(), "PRAGMA foreign_key_check"), QStringList());
        QCOMPARE(store->integrityProblems(), QStringList());
    }

    // Opening an old store migrates it all the way, in place.
    void openingAVersion1StoreMigratesItToTheLatest()
    {
        const QString file = storeAt(QStringLiteral("v1.doorstep"), 1);
        QCOMPARE(openAsIs(file)->schemaVersion(), 1);
        auto migrated = Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
        QCOMPARE(migrated->schemaVersion(), latestSchemaVersion());
        QCOMPARE(migrated->db().scalar("SELECT name FROM customers WHERE id = 7").toString(), QStringLiteral("李娜"));
        QCOMPARE(migrated->integrityProblems(), QStringList());
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
