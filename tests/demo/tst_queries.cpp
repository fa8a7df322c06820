// itemmodels::Queries, the ui's one door to reading the store, on a small
// demo franchise: each read agrees with the store, masks as the role
// requires, and says "nothing" for a row that is not there.
#include "demo/demo_generator.h"
#include "domain/idnumber.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/order_filter.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/providers_model.h"
#include "itemmodels/queries.h"
#include "services/customer_service.h"
#include "services/provider_review_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

class TestQueries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_demo;

    std::unique_ptr<services::Workspace> login(const QString &user)
    {
        return services::Workspace::login(m_path, user, m_demo.password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("queries.doorstep"));
        m_demo.providers = 40;
        m_demo.orders = 600;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
    }

    void customerContactMasksByRole()
    {
        auto admin = login(QStringLiteral("admin"));
        auto dispatcher = login(QStringLiteral("dispatcher"));
        auto &db = admin->store().db();
        const qint64 id = db.scalar("SELECT id FROM customers WHERE address <> '' ORDER BY id LIMIT 1").toLongLong();
        const QString phone = db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString();
        const auto full = itemmodels::Queries(*admin).customerContact(id);
        const auto masked = itemmodels::Queries(*dispatcher).customerContact(id);
        QVERIFY(full && masked);
        QCOMPARE(full->phone, phone);
        QCOMPARE(masked->phone, phone.left(3) + u"****" + phone.right(4));
        QCOMPARE(masked->name, full->name);
        QCOMPARE(masked->address, db.scalar("SELECT address FROM customers WHERE id = ?", id).toString());
        QVERIFY(!itemmodels::Queries(*admin).customerContact(1).has_value());
    }

    void ordersReadAgreeWithTheStore()
    {
        auto ws = login(QStringLiteral("dispatcher"));
        auto &db = ws->store().db();
        const itemmodels::Queries q(*ws);
        const qint64 id = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY id LIMIT 1").toLongLong();
        QVERIFY(id);
        const QString number = db.scalar("SELECT order_no FROM orders WHERE id = ?", id).toString();
        QCOMPARE(q.orderNumber(id), number);
        const auto detail = q.orderDetail(id);
        QVERIFY(detail);
        QCOMPARE(detail->orderNo, number);
        QCOMPARE(detail->statusKey, QStringLiteral("awaiting_dispatch"));
        const auto placing = q.orderForDispatch(id);
        QVERIFY(placing);
        QCOMPARE(placing->orderNo, number);
        QVERIFY(!q.orderDetail(1).has_value());
    }

    void modelsComeReadyAndPassTheTester()
    {
        auto ws = login(QStringLiteral("admin"));
        const itemmodels::Queries q(*ws);
        QObject owner;
        itemmodels::OrdersModel *orders = q.ordersModel(&owner);
        QAbstractItemModelTester ordersTester(orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orders->reload();
        QVERIFY(orders->rowCount() > 0);
        itemmodels::CustomersModel *customers = q.customersModel(&owner);
        QAbstractItemModelTester customersTester(customers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        customers->reload();
        QCOMPARE(customers->matchingCount(), ws->store().db().scalar("SELECT count(*) FROM customers WHERE erased_at IS NULL").toLongLong());
        QCOMPARE(orders->parent(), &owner);
    }

    void applicationRecordIsTheOpenedApplication()
    {
        auto ws = login(QStringLiteral("supervisor"));
        auto &db = ws->store().db();
        auto st = db.prepare("SELECT id, provider_id, state, submitted_at FROM provider_applications ORDER BY submitted_at LIMIT 1");
        QVERIFY(st.next());
        const auto record = itemmodels::Queries(*ws).applicationRecord(st.int64(0));
        QCOMPARE(record.id, st.int64(1));
        QCOMPARE(record.applicationId, st.int64(0));
        QCOMPARE(record.applicationState, st.text(2));
        QCOMPARE(record.submittedAt, st.int64(3));
        QVERIFY(itemmodels::Queries(*ws).applicationRecord(1).isNull());
    }

    // The ID mask hides exactly the birth-date digits, so no reader of a
    // provider's record gets the birth date: not the record (age only, from
    // the ID number on the office's day), not the checklist's messages.
    void providerRecordsCarryTheAgeNeverTheBirthDate()
    {
        for (const QString &user : {QStringLiteral("supervisor"), QStringLiteral("dispatcher")}) {
            auto ws = login(user);
            auto st = ws->store().db().prepare("SELECT p.id, p.id_number, p.birth_date FROM providers p"
                                               " JOIN provider_applications a ON a.provider_id = p.id ORDER BY p.id LIMIT 20");
            int checked = 0;
            while (st.next()) {
                const QString idNumber = st.text(1);
                const domain::IdNumberCheck id = domain::checkIdNumber(idNumber, ws->clock().officeToday());
                if (!id.birthDateOk)
                    continue; // the demo plants a few broken numbers
                const auto record = itemmodels::Queries(*ws).providerRecord(st.int64(0));
                QCOMPARE(record.age, id.age);
                QVERIFY(!record.maskedIdNumber.contains(idNumber.mid(6, 8)));
                const QStringList dates{id.birthDate.toString(Qt::ISODate), idNumber.mid(6, 8), st.text(2)};
                for (const auto &check : services::ProviderReviewService(ws->services()).checks(record.id))
                    for (const QString &date : dates)
                        QVERIFY2(date.isEmpty() || !check.message.contains(date), qPrintable(user + u": " + check.message));
                ++checked;
            }
            QVERIFY(checked >= 5);
        }
    }

    // The orders' customer-phone search and the provider directory follow the
    // customers list's rule (domain/phone_search.h): a masked role gets the
    // last four digits or the whole number, nothing in between.
    void ordersAndProvidersSearchPhonesByTheMaskRule()
    {
        auto ws = login(QStringLiteral("dispatcher")); // sees customers' numbers masked
        auto &db = ws->store().db();
        auto st = db.prepare("SELECT c.phone, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.id ORDER BY c.id LIMIT 1");
        QVERIFY(st.next());
        const QString phone = st.text(0);
        const qint64 ordersOfCustomer = st.int64(1);
        QObject owner;
        itemmodels::Queries q(*ws);
        itemmodels::OrdersModel *orders = q.ordersModel(&owner);
        QAbstractItemModelTester tester(orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        itemmodels::OrderFilter f;
        f.search = phone.mid(3, 5); // the hidden middle and one more
        orders->setFilter(f);
        QCOMPARE(orders->rowCount(), 0);
        QVERIFY(!orders->searchHint().isEmpty());
        f.search = phone.right(4);
        orders->setFilter(f);
        QVERIFY(orders->rowCount() >= 1);
        QVERIFY(orders->searchHint().isEmpty());
        for (int row = 0; row < orders->rowCount(); ++row)
            QVERIFY(orders->index(row, itemmodels::OrdersModel::Phone).data().toString().endsWith(phone.right(4)));
        f.search = phone;
        orders->setFilter(f);
        qint64 total = 0;
        for (const auto &[status, n] : orders->countsByStatus())
            total += n;
        QCOMPARE(total, ordersOfCustomer);

        const QString providerPhone = db.scalar("SELECT phone FROM providers ORDER BY id LIMIT 1").toString();
        itemmodels::ProvidersModel *providers = q.providersModel(&owner);
        providers->setSearch(providerPhone.mid(2, 6));
        QCOMPARE(providers->rowCount(), 0);
        QCOMPARE(providers->matchingCount(), qint64(0));
        QVERIFY(!providers->searchHint().isEmpty());
        providers->setSearch(providerPhone.right(4));
        QVERIFY(providers->rowCount() >= 1);
        for (int row = 0; row < providers->rowCount(); ++row)
            QVERIFY(providers->index(row, itemmodels::ProvidersModel::Phone).data().toString().endsWith(providerPhone.right(4)));
        providers->setSearch(providerPhone);
        QCOMPARE(providers->rowCount(), 1);
    }

    // A customer who ordered in the app reads out its APP… number: the
    // search finds it as it finds the office's DS… numbers, by its beginning
    // and in any case; "App" alone is still a name.
    void ordersSearchFindsAppOrderNumbers()
    {
        auto ws = login(QStringLiteral("dispatcher"));
        auto &db = ws->store().db();
        const qint64 id = db.scalar("SELECT id FROM orders ORDER BY id LIMIT 1").toLongLong();
        const QString officeNumber = db.scalar("SELECT order_no FROM orders WHERE id = ?", id).toString();
        db.run("UPDATE orders SET order_no = 'APP901234567890123' WHERE id = ?", id);
        QObject owner;
        itemmodels::Queries q(*ws);
        itemmodels::OrdersModel *orders = q.ordersModel(&owner);
        QAbstractItemModelTester tester(orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        itemmodels::OrderFilter f;
        for (const QString &search : {QStringLiteral("APP901234567890123"), QStringLiteral("app9012345")}) {
            f.search = search;
            orders->setFilter(f);
            QCOMPARE(orders->rowCount(), 1);
            QCOMPARE(orders->index(0, itemmodels::OrdersModel::OrderNo).data().toString(), QStringLiteral("APP901234567890123"));
            QVERIFY(orders->searchHint().isEmpty());
        }
        f.search = QStringLiteral("APP8");
        orders->setFilter(f);
        QCOMPARE(orders->rowCount(), 0);
        db.run("UPDATE orders SET order_no = ? WHERE id = ?", officeNumber, id); // the other tests' store as it was
    }

    void catalogueChoicesAreTheStoresRows()
    {
        auto ws = login(QStringLiteral("admin"));
        auto &db = ws->store().db();
        const itemmodels::Queries q(*ws);
        QCOMPARE(q.districts().size(), db.scalar("SELECT count(*) FROM districts").toLongLong());
        QCOMPARE(q.serviceCategories().size(), db.scalar("SELECT count(*) FROM service_categories").toLongLong());
        QCOMPARE(q.serviceItems().size(), db.scalar("SELECT count(*) FROM service_items WHERE active = 1").toLongLong());
        QCOMPARE(q.qualificationTypes().size(), db.scalar("SELECT count(*) FROM qualification_types").toLongLong());
        QCOMPARE(q.storeInfo().path, m_path);
        QVERIFY(q.storeInfo().schemaVersion > 0);
    }

    void changeCounterMovesOnlyForOtherConnections()
    {
        auto mine = login(QStringLiteral("admin"));
        auto other = login(QStringLiteral("admin"));
        const itemmodels::Queries q(*mine);
        const qint64 before = q.changeCounter();
        const qint64 pending = q.pendingSyncChanges();
        services::CustomerService(mine->services()).add({QStringLiteral("钱七"), QStringLiteral("13700001111"), {}, 0, {}, 0, 0, {}});
        QCOMPARE(q.changeCounter(), before); // our own commit: the page already knows
        QCOMPARE(q.pendingSyncChanges(), pending + 2); // the customer and the consent
        services::CustomerService(other->services()).add({QStringLiteral("孙八"), QStringLiteral("13700002222"), {}, 0, {}, 0, 0, {}});
        QVERIFY(q.changeCounter() != before);
    }
};

QTEST_MAIN(TestQueries)
#include "tst_queries.moc"
