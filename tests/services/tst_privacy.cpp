// The rights of the people in the store: export, anonymise, withdraw consent,
// providers who leave, and the retention sweep (issue #10, PIPL).
#include "provider_fixture.h"
#include "services/audit_log.h"
#include "services/customer_service.h"
#include "services/office_settings.h"
#include "services/order_service.h"
#include "services/privacy_service.h"
#include "services/provider_review_service.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "store/sqlite.h"
#include "test_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

namespace {

const QString kName = QStringLiteral("王秀英");
const QString kPhone = QStringLiteral("13912345678");
const QString kAddress = QStringLiteral("徐汇区漕溪北路88弄6号");
const QString kNote = QStringLiteral("门铃坏了请敲门");
const QString kOtherName = QStringLiteral("李娜");
const QString kOtherPhone = QStringLiteral("13800138000");
const QString kOtherAddress = QStringLiteral("长宁区长宁路1号");

// Every place `needle` is stored, as "table.column", in every table of the
// store: the outbox, the audit log and blobs included.
QStringList tracesOf(store::Database &db, const QString &needle)
{
    QStringList tables;
    {
        auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (st.next())
            tables.append(st.text(0));
    }
    QStringList found;
    for (const QString &table : tables) {
        auto st = db.prepare("SELECT * FROM \"" + table.toUtf8() + '"');
        while (st.next())
            for (int c = 0; c < st.columnCount(); ++c) {
                const QVariant v = st.value(c);
                const bool hit = v.typeId() == QMetaType::QByteArray ? v.toByteArray().contains(needle.toUtf8())
                                                                      : v.toString().contains(needle);
                if (hit && !found.contains(table + u'.' + st.columnName(c)))
                    found.append(table + u'.' + st.columnName(c));
            }
    }
    return found;
}

qint64 sumOf(store::Database &db, const QByteArray &sql)
{
    return db.scalar(sql).toLongLong();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Office
    {
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<tests::ProviderFixture> fx;
        qint64 item = 0;
        qint64 customer = 0, other = 0;
        QList<qint64> orders; // the customer's
        qint64 otherOrder = 0;
    };

    // Two customers with orders (done, paid), a rating, a complaint and a
    // refund for the first; the clock fixed at the fixture's today.
    Office office(const QString &file)
    {
        Office o;
        o.ws = tests::makeWorkspace(m_dir, file);
        o.fx = std::make_unique<tests::ProviderFixture>(*o.ws);
        auto &db = o.ws->store().db();
        o.item = db.scalar("SELECT id FROM service_items WHERE code = 'cleaning_1'").toLongLong();
        CustomerService customers(o.ws->services());
        o.customer = customers.add({kName, kPhone, QStringLiteral("f"), o.fx->district, kAddress, 0, 0, kNote});
        o.other = customers.add({kOtherName, kOtherPhone, {}, o.fx->district, kOtherAddress, 0, 0, {}});
        OrderService orders(o.ws->services());
        const qint64 day = tests::ProviderFixture::now() + 86400;
        o.orders.append(orders.create({o.customer, o.item, day, day + 7200, {}, kNote, true}));
        o.orders.append(orders.create({o.customer, o.item, day + 86400, day + 93600, QStringLiteral("漕溪北路88弄父母家"), {}, true}));
        o.otherOrder = orders.create({o.other, o.item, day, day + 7200, {}, {}, true});
        // Done and paid (how they got there is not what this test tests).
        db.run("UPDATE orders SET status = 'completed', payment_status = 'paid'");
        const qint64 provider = o.fx->provider(QStringLiteral("active"), QStringLiteral("张师傅"), tests::ProviderFixture::validId(), {o.fx->cleaning},
                                               QStringLiteral("13700137000"));
        db.run("UPDATE orders SET provider_id = ?", provider);
        db.run("INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, comment, at) VALUES (?, ?, ?, ?, 5, ?, ?)",
               o.fx->newId(), o.orders.first(), provider, o.customer, QStringLiteral("王秀英很满意"), tests::ProviderFixture::now());
        const qint64 complaint = o.fx->newId();
        db.run("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, opened_at,"
               " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at) VALUES (?, ?, ?, ?, 'quality', ?, 'resolved', 1, 2, 2, 3, 3)",
               complaint, o.orders.first(), o.customer, provider, QStringLiteral("客户13912345678说窗户没擦"));
        db.run("INSERT INTO complaint_events(id, complaint_id, at, kind, note) VALUES (?, ?, 1, 'call', ?)", o.fx->newId(), complaint,
               QStringLiteral("王秀英来电说窗户没擦"));
        db.run("INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_at) VALUES (?, ?, ?, 2000, ?, 'paid', 1)",
               o.fx->newId(), o.orders.first(), complaint, QStringLiteral("王女士要求退款"));
        db.run("INSERT INTO customer_consents(id, customer_id, purpose, version, channel, granted_at) VALUES (?, ?, 'marketing', '2026-01', 'app', 1)",
               o.fx->newId(), o.customer);
        return o;
    }

    std::unique_ptr<Workspace> loginAs(Office &o, Role role)
    {
        if (!o.ws->store().db().scalar("SELECT 1 FROM staff WHERE username = ?", roleKey(role)).isValid()) {
            StaffService staff(o.ws->services());
            staff.setKdf(store::KdfParams::fastForTests());
            staff.add({roleKey(role), roleDisplayName(role), role, QString(), QStringLiteral("role-password")});
        }
        return Workspace::login(o.ws->store().path(), roleKey(role), QStringLiteral("role-password"));
    }

private slots:
    void exportHoldsTheCustomersDataAndNoOneElses()
    {
        Office o = office(QStringLiteral("export.doorstep"));
        CustomerService(o.ws->services()).revealPhone(o.customer); // an audit mention
        PrivacyService privacy(o.ws->services());
        QCOMPARE(privacy.findCustomer(kPhone), o.customer);
        QCOMPARE(privacy.findCustomer(QString::number(o.customer)), o.customer);
        QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.findCustomer(QStringLiteral("13600000000")));

        const SubjectExport out = privacy.exportCustomer(o.customer, m_dir.filePath(QStringLiteral("request.html")));
        QCOMPARE(out.files, QStringList({m_dir.filePath(QStringLiteral("request.json")), m_dir.filePath(QStringLiteral("request.html"))}));
        QFile json(out.files.at(0));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        const QJsonObject data = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(data.value(QStringLiteral("subject_id")).toString(), QString::number(o.customer));
        const QString text = QString::fromUtf8(bytes);
        // Theirs: the record, both orders, the addresses, the consents, the audit mentions.
        for (const QString &needle : {kName, kPhone, kAddress, kNote, QStringLiteral("漕溪北路88弄父母家"), QStringLiteral("marketing"),
                                      QStringLiteral("customer.reveal_phone"), QStringLiteral("order.create"),
                                      QStringLiteral("王秀英很满意"), QStringLiteral("窗户没擦"), QStringLiteral("王女士要求退款")})
            QVERIFY2(text.contains(needle), qPrintable(needle));
        auto &db = o.ws->store().db();
        for (qint64 order : o.orders)
            QVERIFY(text.contains(db.scalar("SELECT order_no FROM orders WHERE id = ?", order).toString()));
        // No one else's: not the other customer, not the provider who came.
        for (const QString &needle : {kOtherName, kOtherPhone, kOtherAddress, db.scalar("SELECT order_no FROM orders WHERE id = ?", o.otherOrder).toString(),
                                      QStringLiteral("张师傅"), QStringLiteral("13700137000")})
            QVERIFY2(!text.contains(needle), qPrintable(needle));
        // The readable page says the same, in tables, with times and money for people.
        QFile html(out.files.at(1));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(kAddress));
        QVERIFY(page.contains(QStringLiteral("¥100.00")));
        QVERIFY(!page.contains(kOtherName));
        // Recorded as a request and audited (without the data).
        QCOMPARE(db.scalar("SELECT kind FROM data_subject_requests WHERE customer_id = ?", o.customer).toString(), QStringLiteral("access"));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("privacy.customer_export"));
        QVERIFY(!db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(kPhone));
    }

    void anonymisingKeepsOrdersAndMoneyAndLeavesNoTrace()
    {
        Office o = office(QStringLiteral("erase.doorstep"));
        auto &db = o.ws->store().db();
        // The raw data is there before, the outbox included (what the test looks for must exist).
        QVERIFY(tracesOf(db, kPhone).contains(QStringLiteral("sync_outbox.payload")));
        QVERIFY(tracesOf(db, kAddress).contains(QStringLiteral("sync_outbox.payload")));
        const qint64 orders = tests::count(*o.ws, "orders");
        const qint64 money = sumOf(db, "SELECT sum(price_fen) FROM orders");
        const qint64 refunds = sumOf(db, "SELECT sum(amount_fen) FROM refunds");
        const qint64 stars = sumOf(db, "SELECT sum(stars) FROM ratings");

        const ErasureResult r = PrivacyService(o.ws->services()).anonymiseCustomer(o.customer);
        QVERIFY(r.rowsRewritten >= 6); // customer, 2 orders, rating, complaint, refund, consents…
        QVERIFY(r.outboxPurged >= 3);

        // The accounts are whole.
        QCOMPARE(tests::count(*o.ws, "orders"), orders);
        QCOMPARE(sumOf(db, "SELECT sum(price_fen) FROM orders"), money);
        QCOMPARE(sumOf(db, "SELECT sum(amount_fen) FROM refunds"), refunds);
        QCOMPARE(sumOf(db, "SELECT sum(stars) FROM ratings"), stars);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE customer_id = ? AND payment_status = 'paid'", o.customer).toInt(), 2);
        // The person is gone from every table, the sync outbox and the audit log included.
        for (const QString &needle : {kName, kPhone, kAddress, kNote, QStringLiteral("漕溪北路88弄"), QStringLiteral("王秀英很满意"),
                                      QStringLiteral("窗户没擦"), QStringLiteral("王女士")})
            QVERIFY2(tracesOf(db, needle).isEmpty(), qPrintable(needle + u": " + tracesOf(db, needle).join(u", ")));
        const QString marker = anonymisedMarker(o.customer);
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = ?", o.customer).toString(), marker);
        QCOMPARE(db.scalar("SELECT address FROM orders WHERE id = ?", o.orders.first()).toString(), marker);
        // The door's position is the district's centre now.
        QCOMPARE(db.scalar("SELECT lat FROM orders WHERE id = ?", o.orders.first()).toDouble(), 31.18);
        // The anonymised rows are queued for sync in place of the old copies.
        QVERIFY(db.scalar("SELECT payload FROM sync_outbox WHERE entity = 'customers' AND entity_id = ?", o.customer).toString().contains(marker));
        QVERIFY(!consentInForce(db, o.customer, QStringLiteral("marketing")));
        // The other customer is untouched.
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = ?", o.other).toString(), kOtherName);
        QVERIFY(!tracesOf(db, kOtherAddress).isEmpty());
        // The audit chain still holds, and the request is on record.
        QVERIFY(audit::verify(db).ok);
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("privacy.customer_anonymise"));
        QCOMPARE(db.scalar("SELECT kind FROM data_subject_requests WHERE customer_id = ?", o.customer).toString(), QStringLiteral("deletion"));
        // Once is enough; the customer can no longer be edited or ordered for.
        QVERIFY_THROWS_EXCEPTION(ServiceError, PrivacyService(o.ws->services()).anonymiseCustomer(o.customer));
        QVERIFY_THROWS_EXCEPTION(ServiceError, CustomerService(o.ws->services()).update(o.customer, {kName, kPhone, {}, 0, {}, {}}));
    }

    void anOpenOrderHoldsTheCustomersData()
    {
        Office o = office(QStringLiteral("open.doorstep"));
        auto &db = o.ws->store().db();
        db.run("UPDATE orders SET status = 'awaiting_dispatch' WHERE id = ?", o.orders.last());
        const qint64 audits = tests::count(*o.ws, "audit_log");
        try {
            PrivacyService(o.ws->services()).anonymiseCustomer(o.customer);
            QFAIL("anonymised with an open order");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
            QVERIFY(e.message().contains(QStringLiteral("1")));
        }
        QCOMPARE(tests::count(*o.ws, "audit_log"), audits);
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = ?", o.customer).toString(), kName);
    }

    void withdrawingConsentStopsMarketing()
    {
        Office o = office(QStringLiteral("consent.doorstep"));
        auto &db = o.ws->store().db();
        PrivacyService privacy(o.ws->services());
        QVERIFY(consentInForce(db, o.customer, QStringLiteral("marketing")));
        o.ws->services().setClock([] { return tests::ProviderFixture::now() + 600; });
        QCOMPARE(privacy.withdrawConsent(o.customer), 1);
        QVERIFY(!consentInForce(db, o.customer, QStringLiteral("marketing")));
        QVERIFY(consentInForce(db, o.customer, QStringLiteral("service")));
        QCOMPARE(db.scalar("SELECT withdrawn_at FROM customer_consents WHERE customer_id = ? AND purpose = 'marketing'", o.customer).toLongLong(),
                 tests::ProviderFixture::now() + 600);
        QCOMPARE(db.scalar("SELECT kind FROM data_subject_requests WHERE customer_id = ?", o.customer).toString(), QStringLiteral("withdraw_consent"));
        // Nothing left to withdraw; the service consent is a deletion request.
        QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.withdrawConsent(o.customer));
        QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.withdrawConsent(o.customer, QStringLiteral("service")));
        // The export shows when it was withdrawn.
        const QString text = QString::fromUtf8(QJsonDocument(privacy.exportCustomer(o.customer).data).toJson());
        QVERIFY(text.contains(QString::number(tests::ProviderFixture::now() + 600)));
    }

    void aProviderWhoLeaves()
    {
        Office o = office(QStringLiteral("provider.doorstep"));
        auto &db = o.ws->store().db();
        const QString name = QStringLiteral("赵丽华");
        const QString phone = QStringLiteral("13600136000");
        const QString idNumber = tests::ProviderFixture::validId(QDate(1985, 3, 9), 456);
        const qint64 p = o.fx->provider(QStringLiteral("active"), name, idNumber, {o.fx->cleaning}, phone);
        o.fx->application(p, QStringLiteral("approved"));
        const qint64 idCard = o.fx->credential(p, QStringLiteral("id_card"), QDate(2020, 1, 1), QDate(2040, 1, 1), QStringLiteral("approved"));
        ProviderReviewService review(o.ws->services());
        review.addScan(idCard, QStringLiteral("赵丽华身份证.pdf"), QByteArray("%PDF-1.4\n赵丽华 ") + idNumber.toUtf8() + "\n%%EOF\n");
        db.run("UPDATE orders SET provider_id = ? WHERE id = ?", p, o.otherOrder);
        db.run("INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, at) VALUES (?, ?, ?, ?, 4, 1)", o.fx->newId(), o.otherOrder, p, o.other);
        QVERIFY(!tracesOf(db, idNumber).isEmpty());

        PrivacyService privacy(o.ws->services());
        QCOMPARE(privacy.findProvider(phone), p);
        const SubjectExport out = privacy.exportProvider(p);
        const QString text = QString::fromUtf8(QJsonDocument(out.data).toJson());
        QVERIFY(text.contains(idNumber));
        QVERIFY(text.contains(QStringLiteral("赵丽华身份证.pdf")));
        QVERIFY(text.contains(db.scalar("SELECT order_no FROM orders WHERE id = ?", o.otherOrder).toString()));
        QVERIFY(!text.contains(kOtherAddress)); // the customer's address is the customer's

        // Still working: deactivate first.
        QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.anonymiseProvider(p));
        db.run("UPDATE providers SET status = 'deactivated', status_reason = ? WHERE id = ?", QStringLiteral("赵丽华本人辞职"), p);
        const qint64 ratingSum = sumOf(db, "SELECT sum(stars) FROM ratings");
        const ErasureResult r = privacy.anonymiseProvider(p);
        QCOMPARE(r.scansPurged, 1);
        QVERIFY(r.outboxPurged >= 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM credential_scans s JOIN credentials c ON c.id = s.credential_id WHERE c.provider_id = ?", p).toInt(), 0);
        for (const QString &needle : {name, phone, idNumber, QStringLiteral("赵丽华")})
            QVERIFY2(tracesOf(db, needle).isEmpty(), qPrintable(needle + u": " + tracesOf(db, needle).join(u", ")));
        // Jobs, ratings and the provider's row stay.
        QCOMPARE(db.scalar("SELECT provider_id FROM orders WHERE id = ?", o.otherOrder).toLongLong(), p);
        QCOMPARE(sumOf(db, "SELECT sum(stars) FROM ratings"), ratingSum);
        QCOMPARE(db.scalar("SELECT name FROM providers WHERE id = ?", p).toString(), anonymisedMarker(p));
        QVERIFY(db.scalar("SELECT erased_at FROM providers WHERE id = ?", p).toLongLong() > 0);
        QVERIFY(audit::verify(db).ok);
    }

    void rolesWithoutThePermissionAreRefused()
    {
        Office o = office(QStringLiteral("roles.doorstep"));
        const qint64 provider = o.fx->provider(QStringLiteral("deactivated"), QStringLiteral("钱师傅"), tests::ProviderFixture::validId(QDate(1980, 1, 1), 11),
                                               {}, QStringLiteral("13500135000"));
        for (Role role : {Role::Dispatcher, Role::Manager, Role::Supervisor}) {
            auto ws = loginAs(o, role);
            PrivacyService privacy(ws->services());
            const qint64 audits = tests::count(*ws, "audit_log");
            for (const auto &action : std::initializer_list<std::function<void()>>{
                     [&] { privacy.exportCustomer(o.customer); }, [&] { privacy.anonymiseCustomer(o.customer); },
                     [&] { privacy.withdrawConsent(o.customer); }, [&] { privacy.retentionSweep(); },
                     [&] { privacy.findCustomer(kPhone); }}) {
                try {
                    action();
                    QFAIL(qPrintable(roleKey(role) + u" handled a customer's request"));
                } catch (const ServiceError &e) {
                    QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
                }
            }
            QCOMPARE(tests::count(*ws, "audit_log"), audits);
        }
        for (Role role : {Role::Dispatcher, Role::Manager, Role::ServiceAgent}) {
            auto ws = loginAs(o, role);
            PrivacyService privacy(ws->services());
            QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.exportProvider(provider));
            QVERIFY_THROWS_EXCEPTION(ServiceError, privacy.anonymiseProvider(provider));
        }
        // The service agent handles customers, the supervisor providers.
        auto agent = loginAs(o, Role::ServiceAgent);
        PrivacyService(agent->services()).anonymiseCustomer(o.customer);
        auto supervisor = loginAs(o, Role::Supervisor);
        PrivacyService(supervisor->services()).anonymiseProvider(provider);
    }

    void retentionSweepAnonymisesTheInactive()
    {
        Office o = office(QStringLiteral("retention.doorstep"));
        auto &db = o.ws->store().db();
        const qint64 t0 = tests::ProviderFixture::now();
        // A third customer ordered again later; a fourth still has an order open.
        CustomerService customers(o.ws->services());
        const qint64 returning = customers.add({QStringLiteral("孙悦"), QStringLiteral("13300133000"), {}, o.fx->district, QStringLiteral("徐汇区天钥桥路1号"), 0, 0, {}});
        const qint64 waiting = customers.add({QStringLiteral("周杰"), QStringLiteral("13300133001"), {}, o.fx->district, QStringLiteral("徐汇区天钥桥路2号"), 0, 0, {}});
        OrderService orders(o.ws->services());
        orders.create({waiting, o.item, t0 + 86400, t0 + 93600, {}, {}, true}); // never done
        PrivacyService privacy(o.ws->services());
        QCOMPARE(privacy.retentionYears(), 3);

        // Two years on: nobody is due, and a quiet sweep writes nothing.
        o.ws->services().setClock([t0] { return t0 + 2 * 366 * 86400; });
        orders.create({returning, o.item, t0 + 800 * 86400, t0 + 800 * 86400 + 7200, {}, {}, true});
        db.run("UPDATE orders SET status = 'completed' WHERE customer_id = ?", returning);
        QCOMPARE(privacy.retentionDue(), 0);
        const qint64 audits = tests::count(*o.ws, "audit_log");
        QCOMPARE(privacy.retentionSweep().customers, 0);
        QCOMPARE(tests::count(*o.ws, "audit_log"), audits);

        // Three years and a day after the last activity: the two first customers go.
        o.ws->services().setClock([t0] { return t0 + (3 * 365 + 2) * 86400; });
        QCOMPARE(privacy.retentionDue(), 2);
        QList<std::pair<qint64, qint64>> steps;
        const RetentionResult r = privacy.retentionSweep([&](qint64 done, qint64 total) {
            steps.append({done, total});
            return true;
        });
        QCOMPARE(r.years, 3);
        QCOMPARE(r.customers, 2);
        QCOMPARE(r.actions, 1);
        QVERIFY(r.outboxPurged > 0);
        QCOMPARE(steps.last(), std::make_pair(qint64(2), qint64(2)));
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", o.customer).toLongLong() > 0);
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", o.other).toLongLong() > 0);
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", returning).isNull());
        QVERIFY(db.scalar("SELECT erased_at FROM customers WHERE id = ?", waiting).isNull());
        for (const QString &needle : {kName, kPhone, kOtherName, kOtherPhone, kAddress})
            QVERIFY2(tracesOf(db, needle).isEmpty(), qPrintable(needle));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("privacy.retention_sweep"));
        QVERIFY(db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("\"anonymised\":2")));
        QVERIFY(audit::verify(db).ok);

        // Off: nothing is due whatever the dates.
        SettingsService(o.ws->services()).set({{&settings::CustomerRetentionYears, 0}});
        o.ws->services().setClock([t0] { return t0 + 40 * 366 * 86400LL; });
        QCOMPARE(privacy.retentionDue(), 0);
        QCOMPARE(privacy.retentionSweep().customers, 0);
    }

    void retentionSweepWorksInBatchesAndStopsWhenAsked()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("batches.doorstep"));
        const qint64 t0 = 1790000000;
        ws->services().setClock([t0] { return t0; });
        CustomerService customers(ws->services());
        for (int i = 0; i < PrivacyService::kBatch + 5; ++i)
            customers.add({QStringLiteral("客户%1").arg(i), QStringLiteral("1391111%1").arg(i, 4, 10, QChar(u'0')), {}, 0, {}, 0, 0, {}});
        ws->services().setClock([t0] { return t0 + 4 * 366 * 86400; });
        PrivacyService privacy(ws->services());
        // Stopped after the first batch.
        RetentionResult r = privacy.retentionSweep([](qint64 done, qint64) { return done == 0; });
        QVERIFY(r.cancelled);
        QCOMPARE(r.customers, PrivacyService::kBatch);
        QCOMPARE(privacy.retentionDue(), 5);
        r = privacy.retentionSweep();
        QCOMPARE(r.customers, 5);
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM customers WHERE erased_at IS NULL").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
