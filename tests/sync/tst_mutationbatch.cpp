// From the outbox to the wire's mutations: one per audit entry, in order,
// whole; never-sent tables dropped; assignments carry provider_day; batches
// bounded; the sync epoch and the restore that advances it.
#include "services/provider_skill_change.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "services/store_maintenance.h"
#include "services/store_restore.h"
#include "services/sync_epoch.h"
#include "store/sqlite.h"
#include "sync/mutation_batch.h"
#include "sync/sync_wire.h"
#include "sync_fixture.h"

#include <QJsonArray>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestMutationBatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_item = 0;
    int m_n = 0;

    store::Database &db() { return m_ws->store().db(); }
    qint64 lastSeq() { return db().scalar("SELECT max(seq) FROM audit_log").toLongLong(); }
    void markAllSent() { db().exec("UPDATE sync_outbox SET sent_at = 1 WHERE sent_at IS NULL"); }

private slots:
    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.doorstep")));
        m_ws = tests::makeWorkspace(m_dir);
        m_item = tests::seedItem(m_ws->services());
        markAllSent();
    }

    void oneMutationPerActionWithItsAuditEntry()
    {
        const qint64 customer = tests::addCustomer(m_ws->services(), ++m_n);
        const qint64 customerSeq = lastSeq();
        const qint64 order = tests::addOrder(m_ws->services(), customer, m_item);
        const qint64 orderSeq = lastSeq();

        const sync::Batch batch = sync::nextBatch(db());
        QCOMPARE(batch.mutations.size(), 2);
        const sync::Mutation &first = batch.mutations.at(0);
        QCOMPARE(first.id, customerSeq);
        QCOMPARE(first.actor, QStringLiteral("admin"));
        QCOMPARE(first.action, QStringLiteral("customer.add"));
        QCOMPARE(first.at, db().scalar("SELECT at FROM audit_log WHERE seq = ?", customerSeq).toLongLong());
        QCOMPARE(first.changes.at(0).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("customers"));
        QCOMPARE(first.changes.at(0).toObject().value(QStringLiteral("row")).toObject().value(QStringLiteral("id")).toInteger(), customer);
        // A customer the server never had: sent as this console's own new one.
        QCOMPARE(first.toJson().value(QStringLiteral("condition")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("customer_new"));

        // Every row of the order's action travels together: the order and its timeline.
        const sync::Mutation &second = batch.mutations.at(1);
        QCOMPARE(second.id, orderSeq);
        QStringList entities;
        for (const QJsonValue &c : second.changes)
            entities.append(c.toObject().value(QStringLiteral("entity")).toString());
        QVERIFY2(entities.contains(QStringLiteral("orders")), qPrintable(entities.join(u',')));
        QCOMPARE(db().scalar("SELECT count(*) FROM sync_outbox WHERE audit_seq = ?", orderSeq).toInt(), int(second.changes.size()));
        QCOMPARE(second.entity, QStringLiteral("orders"));
        QCOMPARE(second.entityId, order);
        // The wire form has the fields PROTOCOL.md names, and no condition.
        const QJsonObject wire = second.toJson();
        for (const char *key : {"id", "at", "actor", "action", "changes"})
            QVERIFY2(wire.contains(QLatin1String(key)), key);
        QVERIFY(!wire.contains(QStringLiteral("condition")));
    }

    void staffSettingsAndKeysNeverLeave()
    {
        StaffService staff(m_ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Dispatcher, QString(), QStringLiteral("lina-password")});
        const qint64 staffSeq = lastSeq();
        SettingsService(m_ws->services()).setAutoLockMinutes(15);
        const qint64 settingsSeq = lastSeq();
        tests::addCustomer(m_ws->services(), ++m_n);
        // The outbox does hold the staff row (it is queued like any change)...
        QVERIFY(db().scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'staff' AND sent_at IS NULL").toInt() > 0);

        const sync::Batch batch = sync::nextBatch(db());
        // ...but no mutation carries it: only the customer goes.
        QCOMPARE(batch.mutations.size(), 1);
        QCOMPARE(batch.mutations.first().action, QStringLiteral("customer.add"));
        for (const sync::Mutation &m : batch.mutations)
            for (const QJsonValue &c : m.changes)
                QVERIFY(!sync::neverSent(c.toObject().value(QStringLiteral("entity")).toString()));
        // The emptied entries are listed to be marked sent with the batch.
        QVERIFY(batch.silent.contains(staffSeq));
        QVERIFY(batch.silent.contains(settingsSeq) || db().scalar("SELECT count(*) FROM sync_outbox WHERE audit_seq = ?", settingsSeq).toInt() == 0);
        for (const char *t : {"staff", "meta", "settings", "audit_log", "sync_outbox", "sync_conflicts", "sync_cursors"})
            QVERIFY2(sync::neverSent(QString::fromLatin1(t)), t);
        QVERIFY(!sync::neverSent(QStringLiteral("orders")));
    }

    void batchesAreBoundedAndNeverSplitAnAction()
    {
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i) {
            tests::addCustomer(m_ws->services(), ++m_n);
            seqs.append(lastSeq());
        }
        QList<int> sizes;
        QList<qint64> sent;
        for (;;) {
            const sync::Batch batch = sync::nextBatch(db(), 2);
            if (batch.isEmpty())
                break;
            sizes.append(int(batch.mutations.size()));
            for (const sync::Mutation &m : batch.mutations) {
                sent.append(m.id);
                db().run("UPDATE sync_outbox SET sent_at = 1 WHERE audit_seq = ?", m.id);
            }
        }
        QCOMPARE(sizes, (QList<int>{2, 2, 1}));
        QCOMPARE(sent, seqs); // in audit order, each once
        QCOMPARE(sync::kMaxMutationsPerBatch, 100); // short enough for a GUI save to wait behind (#10)
    }

    // Rows can be heavy (a credential scan travels in its row): past a byte
    // budget a batch ends at the next action, and never before its first.
    void batchesAreBoundedByBytes()
    {
        for (int i = 0; i < 3; ++i)
            tests::addCustomer(m_ws->services(), ++m_n);
        QList<int> sizes;
        for (;;) {
            const sync::Batch batch = sync::nextBatch(db(), 100, 1);
            if (batch.isEmpty())
                break;
            sizes.append(int(batch.mutations.size()));
            for (const sync::Mutation &m : batch.mutations)
                db().run("UPDATE sync_outbox SET sent_at = 1 WHERE audit_seq = ?", m.id);
        }
        QCOMPARE(sizes, (QList<int>{1, 1, 1}));
        tests::addCustomer(m_ws->services(), ++m_n);
        tests::addCustomer(m_ws->services(), ++m_n);
        QCOMPARE(sync::nextBatch(db()).mutations.size(), 2); // the default budget takes both
    }

    void assignmentsCarryTheProviderDay()
    {
        const qint64 customer = tests::addCustomer(m_ws->services(), ++m_n);
        const qint64 provider = tests::addProvider(m_ws->services());
        const qint64 order = tests::addOrder(m_ws->services(), customer, m_item);
        markAllSent();
        const qint64 start = 1795003600;
        tests::assign(m_ws->services(), order, provider, start);

        const sync::Batch batch = sync::nextBatch(db());
        QCOMPARE(batch.mutations.size(), 1);
        const QJsonObject wire = batch.mutations.first().toJson();
        QCOMPARE(wire.value(QStringLiteral("action")).toString(), QStringLiteral("dispatch.assign"));
        const QJsonObject condition = wire.value(QStringLiteral("condition")).toObject();
        QCOMPARE(condition.value(QStringLiteral("kind")).toString(), QStringLiteral("provider_day"));
        QCOMPARE(condition.value(QStringLiteral("provider_id")).toInteger(), provider);
        QCOMPARE(condition.value(QStringLiteral("order_id")).toInteger(), order);
        QCOMPARE(condition.value(QStringLiteral("start_at")).toInteger(), start);
        QCOMPARE(condition.value(QStringLiteral("end_at")).toInteger(), start + 120 * 60); // the item's two hours
        for (const char *a : {"dispatch.assign", "dispatch.move", "dispatch.auto_accept"})
            QVERIFY2(sync::isAssignmentAction(QString::fromLatin1(a)), a);
        QVERIFY(!sync::isAssignmentAction(QStringLiteral("dispatch.unassign")));
    }

    // provider_skills has no id (provider + category); the outbox keeps a
    // skill under its provider's id, but on the wire each skill has its own
    // key's id, so two skills of one provider are two rows on the server.
    void eachSkillTravelsUnderItsOwnKey()
    {
        const qint64 provider = tests::addProvider(m_ws->services());
        markAllSent();
        const auto [cleaning, repair] = m_ws->services().perform(Permission::DemoSeed, QStringLiteral("test.skills"), [&](ActionContext &ctx) {
            const qint64 repairId = ctx.newId();
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'repair', '家电维修', 'Repair')", repairId);
            const qint64 cleaningId = ctx.db().scalar("SELECT id FROM service_categories WHERE code = 'cleaning'").toLongLong();
            for (const qint64 category : {cleaningId, repairId}) {
                ctx.db().run("INSERT INTO provider_skills(provider_id, category_id, status) VALUES (?, ?, 'applied')", provider, category);
                ctx.changed(providerSkillChange(ctx.db(), provider, category));
            }
            return std::pair{cleaningId, repairId};
        });
        const sync::Batch batch = sync::nextBatch(db());
        QCOMPARE(batch.mutations.size(), 1);
        QList<qint64> skillIds;
        for (const QJsonValue &v : batch.mutations.first().changes)
            if (v[QStringLiteral("entity")].toString() == u"provider_skills")
                skillIds.append(v[QStringLiteral("id")].toInteger());
        QCOMPARE(skillIds, (QList<qint64>{sync::keyedId(QStringLiteral("provider_skills"), QStringLiteral("%1/%2").arg(provider).arg(cleaning)),
                                          sync::keyedId(QStringLiteral("provider_skills"), QStringLiteral("%1/%2").arg(provider).arg(repair))}));
        QVERIFY(skillIds.at(0) != skillIds.at(1));
        // The id PROTOCOL.md fixes (the server's tst_syncprotocol checks the same one).
        QCOMPARE(sync::keyedId(QStringLiteral("provider_skills"), QStringLiteral("1/2")), Q_INT64_C(1656607261285652495));
    }

    void restoreAdvancesTheEpoch()
    {
        QCOMPARE(syncEpoch(db()), 1);
        const QString backup = m_dir.filePath(QStringLiteral("backup.doorstep"));
        QFile::remove(backup);
        StoreMaintenance(m_ws->services()).backup(backup);
        const QString path = m_ws->path();
        const QByteArray uid = m_ws->store().storeUid();
        m_ws.reset();
        const RestoreOutcome out = restoreStore({backup, path, QStringLiteral("admin"), true}, QStringLiteral("admin-pass"));
        QVERIFY(out.restored);
        m_ws = Workspace::login(path, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        // Same store uid, so only the epoch keeps the repeated ids apart.
        QCOMPARE(m_ws->store().storeUid(), uid);
        const qint64 first = syncEpoch(db());
        QVERIFY(first > 1);
        // The same backup restored again must not get the same epoch back.
        m_ws.reset();
        QVERIFY(restoreStore({backup, path, QStringLiteral("admin"), true}, QStringLiteral("admin-pass")).restored);
        m_ws = Workspace::login(path, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        QVERIFY(syncEpoch(db()) > 1);
        QVERIFY(syncEpoch(db()) != first);
    }
};

QTEST_GUILESS_MAIN(TestMutationBatch)
#include "tst_mutationbatch.moc"
