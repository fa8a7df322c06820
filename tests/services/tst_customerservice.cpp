// Customers: validation, consent, masking, audited reveal.
#include "itemmodels/customer_contact.h"
#include "itemmodels/customers_model.h"
#include "services/customer_service.h"
#include "services/phone_search_audit.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestCustomerService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static std::unique_ptr<Workspace> loginAs(Workspace &admin, Role role)
    {
        StaffService staff(admin.services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({roleKey(role), roleDisplayName(role), role, QString(), QStringLiteral("role-password")});
        return Workspace::login(admin.store().path(), roleKey(role), QStringLiteral("role-password"));
    }

    static QString lastAudit(Workspace &ws, const char *column)
    {
        return ws.store().db().scalar(QByteArray("SELECT ") + column + " FROM audit_log ORDER BY seq DESC LIMIT 1").toString();
    }

private slots:
    void addRecordsConsentAndMasksTheAudit()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c1.doorstep"));
        CustomerService s(ws->services());
        const qint64 id = s.add({QStringLiteral("王秀英"), QStringLiteral("+86 139-1234-5678"), QStringLiteral("f"), 0, QStringLiteral("徐汇区漕溪北路88弄"), 0, 0, {}}, QStringLiteral("app"));
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13912345678"));
        QCOMPARE(db.scalar("SELECT channel FROM customer_consents WHERE customer_id = ? AND purpose = 'service'", id).toString(), QStringLiteral("app"));
        const QString detail = db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString();
        QVERIFY(detail.contains(QStringLiteral("139****5678")));
        QVERIFY(!detail.contains(QStringLiteral("13912345678")));
        QVERIFY(!detail.contains(QStringLiteral("王秀英")));
    }

    void aCustomerWithADistrictButNoPositionIsPlacedAtItsCentre()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c5.doorstep"));
        auto &db = ws->store().db();
        db.run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (77, ?, '310104', '徐汇区', 31.188, 121.437)",
               ws->session().officeId);
        CustomerService s(ws->services());
        const qint64 placed = s.add({QStringLiteral("周一"), QStringLiteral("13912340001"), {}, 77, QStringLiteral("漕溪北路1号"), 0, 0, {}});
        QCOMPARE(db.scalar("SELECT lat FROM customers WHERE id = ?", placed).toDouble(), 31.188);
        QCOMPARE(db.scalar("SELECT lng FROM customers WHERE id = ?", placed).toDouble(), 121.437);
        // A position given (say, from a map) is kept.
        const qint64 exact = s.add({QStringLiteral("周二"), QStringLiteral("13912340002"), {}, 77, {}, 31.2, 121.45, {}});
        QCOMPARE(db.scalar("SELECT lat FROM customers WHERE id = ?", exact).toDouble(), 31.2);
        // A district that does not exist is refused, nothing written.
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("周三"), QStringLiteral("13912340003"), {}, 78, {}, 0, 0, {}}));
        QCOMPARE(tests::count(*ws, "customers"), 2);
    }

    void invalidInputIsRefused()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c2.doorstep"));
        CustomerService s(ws->services());
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QString(), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}}));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("李四"), QStringLiteral("12012345678"), {}, 0, {}, 0, 0, {}}));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("李四"), QStringLiteral("1391234567"), {}, 0, {}, 0, 0, {}}));
        QCOMPARE(tests::count(*ws, "customers"), 0);
    }

    void revealIsAudited()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c3.doorstep"));
        CustomerService s(ws->services());
        const qint64 id = s.add({QStringLiteral("赵敏"), QStringLiteral("13800138000"), {}, 0, {}, 0, 0, {}});
        QCOMPARE(s.revealPhone(id), QStringLiteral("13800138000"));
        QCOMPARE(ws->store().db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("customer.reveal_phone"));
        QCOMPARE(ws->store().db().scalar("SELECT entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").toLongLong(), id);
    }

    void modelPagesSearchesAndMasks()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c4.doorstep"));
        CustomerService s(ws->services());
        for (int i = 0; i < 450; ++i)
            s.add({(i % 3 == 0 ? QStringLiteral("王") : QStringLiteral("李")) + QString::number(i), QStringLiteral("1391234%1").arg(i, 4, 10, QChar(u'0')), {}, 0, {}, 0, 0, {}});
        Session dispatcher = ws->session();
        dispatcher.role = Role::Dispatcher;
        itemmodels::CustomersModel model(ws->store().db(), dispatcher);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100); // one page, not the table
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(0, itemmodels::CustomersModel::Name).data().toString(), QStringLiteral("李449")); // newest first (449 % 3 != 0)
        QVERIFY(model.index(0, itemmodels::CustomersModel::Phone).data().toString().contains(QStringLiteral("****")));
        model.setSearch(QStringLiteral("王"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.matchingCount(), qint64(150));
        model.setSearch(QStringLiteral("0449"));
        QCOMPARE(model.rowCount(), 1);
        model.setOrder(itemmodels::CustomersModel::Order::ByName);
        model.setSearch(QString());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("李1"));
        // An agent, allowed to see numbers, sees them in full.
        itemmodels::CustomersModel agentView(ws->store().db(), ws->session());
        QAbstractItemModelTester agentTester(&agentView, QAbstractItemModelTester::FailureReportingMode::QtTest);
        agentView.reload();
        QCOMPARE(agentView.index(0, itemmodels::CustomersModel::Phone).data().toString().size(), 11);
        QVERIFY(!agentView.index(0, itemmodels::CustomersModel::Phone).data().toString().contains(u'*'));
    }

    // PIPL right to correction: the fields that changed are named in the
    // audit entry, the new name and phone only masked, the old ones nowhere.
    void aCorrectionIsAuditedWithTheChangedFieldsMasked()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("e1.doorstep"));
        auto &db = ws->store().db();
        db.run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (77, ?, '310104', '徐汇区', 31.188, 121.437)",
               ws->session().officeId);
        CustomerService s(ws->services());
        const qint64 id = s.add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), QStringLiteral("f"), 0, QStringLiteral("漕溪北路88弄"), 0, 0, QStringLiteral("请先打电话")});
        const qint64 outbox = tests::count(*ws, "sync_outbox");
        const QStringList fields = s.update(id, {QStringLiteral("王秀玲"), QStringLiteral("139 0000 1111"), QStringLiteral("f"), 77, QStringLiteral("漕溪北路90弄"), std::nullopt});
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("district"), QStringLiteral("address")}));
        QCOMPARE(db.scalar("SELECT name FROM customers WHERE id = ?", id).toString(), QStringLiteral("王秀玲"));
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13900001111"));
        QCOMPARE(db.scalar("SELECT note FROM customers WHERE id = ?", id).toString(), QStringLiteral("请先打电话")); // not given: kept
        QCOMPARE(db.scalar("SELECT lat FROM customers WHERE id = ?", id).toDouble(), 31.188); // moved to the new district's centre
        QCOMPARE(lastAudit(*ws, "action"), QStringLiteral("customer.update"));
        QCOMPARE(lastAudit(*ws, "entity_id").toLongLong(), id);
        const QString detail = lastAudit(*ws, "detail");
        for (const char *field : {"name", "phone", "district", "address"})
            QVERIFY2(detail.contains(QString::fromLatin1(field)), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("139****1111")));
        for (const QString &raw : {QStringLiteral("13900001111"), QStringLiteral("13912345678"), QStringLiteral("王秀玲"),
                                   QStringLiteral("王秀英"), QStringLiteral("漕溪北路")})
            QVERIFY2(!detail.contains(raw), qPrintable(detail));
        QCOMPARE(tests::count(*ws, "sync_outbox"), outbox + 1);
        QVERIFY(audit::verify(db).ok);

        // A correction that only changes the gender names only that.
        QCOMPARE(s.update(id, {QStringLiteral("王秀玲"), std::nullopt, QString(), 77, QStringLiteral("漕溪北路90弄"), std::nullopt}),
                 QStringList{QStringLiteral("gender")});
        QCOMPARE(db.scalar("SELECT phone FROM customers WHERE id = ?", id).toString(), QStringLiteral("13900001111")); // kept
        QVERIFY(!lastAudit(*ws, "detail").contains(QStringLiteral("139****")));
    }

    void aCorrectionIsValidatedLikeAnAddition()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("e2.doorstep"));
        CustomerService s(ws->services());
        const qint64 id = s.add({QStringLiteral("赵敏"), QStringLiteral("13800138000"), {}, 0, {}, 0, 0, {}});
        const qint64 audits = tests::count(*ws, "audit_log");
        const auto refused = [&](const CustomerCorrection &c, ServiceError::Kind kind) {
            try {
                s.update(id, c);
            } catch (const ServiceError &e) {
                return e.kind() == kind;
            }
            return false;
        };
        QVERIFY(refused({QStringLiteral(" "), std::nullopt, {}, 0, {}, {}}, ServiceError::Kind::Invalid));
        QVERIFY(refused({QStringLiteral("赵敏"), QStringLiteral("12012345678"), {}, 0, {}, {}}, ServiceError::Kind::Invalid));
        QVERIFY(refused({QStringLiteral("赵敏"), QString(), {}, 0, {}, {}}, ServiceError::Kind::Invalid)); // a number cannot be emptied
        QVERIFY(refused({QStringLiteral("赵敏"), std::nullopt, QStringLiteral("x"), 0, {}, {}}, ServiceError::Kind::Invalid));
        QVERIFY(refused({QStringLiteral("赵敏"), std::nullopt, {}, 999, {}, {}}, ServiceError::Kind::Invalid)); // no such district
        QVERIFY(refused({QStringLiteral("赵敏"), QStringLiteral("+86 138-0013-8000"), {}, 0, {}, {}}, ServiceError::Kind::Invalid)); // nothing changed
        QVERIFY(refused({QStringLiteral(" 赵敏 "), std::nullopt, {}, 0, {}, {}}, ServiceError::Kind::Invalid)); // nor here
        QVERIFY([&] {
            try {
                s.update(id + 1, {QStringLiteral("某人"), std::nullopt, {}, 0, {}, {}});
            } catch (const ServiceError &e) {
                return e.kind() == ServiceError::Kind::NotFound;
            }
            return false;
        }());
        QCOMPARE(tests::count(*ws, "audit_log"), audits); // nothing refused left a trace
        QCOMPARE(ws->store().db().scalar("SELECT name FROM customers WHERE id = ?", id).toString(), QStringLiteral("赵敏"));
    }

    // Who may correct: the roles with customer.edit, checked in the spine as
    // real logged-in staff. A dispatcher (numbers masked) may correct and
    // replace a number, but is never given the old one.
    void correctionPermissionsByRole()
    {
        auto admin = tests::makeWorkspace(m_dir, QStringLiteral("e3.doorstep"));
        const qint64 id = CustomerService(admin->services()).add({QStringLiteral("钱多多"), QStringLiteral("13600136000"), {}, 0, {}, 0, 0, {}});
        const QList<std::pair<Role, bool>> matrix{{Role::Administrator, true}, {Role::Supervisor, false}, {Role::Dispatcher, true},
                                                 {Role::ServiceAgent, true}, {Role::Manager, false}};
        int n = 0;
        for (const auto &[role, allowed] : matrix) {
            auto ws = role == Role::Administrator ? nullptr : loginAs(*admin, role);
            Workspace &as = ws ? *ws : *admin;
            const QString address = QStringLiteral("长宁路%1号").arg(++n);
            bool done = false;
            try {
                CustomerService(as.services()).update(id, {QStringLiteral("钱多多"), std::nullopt, {}, 0, address, {}});
                done = true;
            } catch (const ServiceError &e) {
                QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
            }
            QCOMPARE(done, allowed);
            QCOMPARE(admin->store().db().scalar("SELECT address FROM customers WHERE id = ?", id).toString() == address, allowed);
        }
        // The dispatcher's form is filled from a masked contact, so the
        // dialog has no number to show; the agent's from the whole number.
        Session dispatcher = admin->session();
        dispatcher.role = Role::Dispatcher;
        const auto masked = itemmodels::loadCustomerContact(admin->store().db(), dispatcher, id);
        QVERIFY(masked && masked->phoneMasked);
        QCOMPARE(masked->phone, QStringLiteral("136****6000"));
        Session agent = admin->session();
        agent.role = Role::ServiceAgent;
        const auto whole = itemmodels::loadCustomerContact(admin->store().db(), agent, id);
        QVERIFY(whole && !whole->phoneMasked);
        QCOMPARE(whole->phone, QStringLiteral("13600136000"));
    }

    void anAnonymisedCustomerCannotBeCorrected()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("e4.doorstep"));
        CustomerService s(ws->services());
        const qint64 id = s.add({QStringLiteral("孙悦"), QStringLiteral("13300133000"), {}, 0, {}, 0, 0, {}});
        ws->store().db().run("UPDATE customers SET erased_at = 1 WHERE id = ?", id);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.update(id, {QStringLiteral("孙悦"), QStringLiteral("13300133001"), {}, 0, {}, {}}));
    }

    // Any four digits used to match anywhere in the number, so a masked role
    // could probe the hidden middle (issue #10): now the last four digits or
    // the whole number only, and anything else matches nothing with a hint.
    void maskedRolesSearchByTheLastFourOrTheWholeNumber()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c6.doorstep"));
        CustomerService s(ws->services());
        s.add({QStringLiteral("甲"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
        s.add({QStringLiteral("乙"), QStringLiteral("13955551234"), {}, 0, {}, 0, 0, {}});
        s.add({QStringLiteral("丙"), QStringLiteral("13912340000"), {}, 0, {}, 0, 0, {}});
        Session dispatcher = ws->session();
        dispatcher.role = Role::Dispatcher;
        itemmodels::CustomersModel masked(ws->store().db(), dispatcher);
        QAbstractItemModelTester tester(&masked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        masked.setSearch(QStringLiteral("1234")); // in all three, at the end of one
        QCOMPARE(masked.rowCount(), 1);
        QCOMPARE(masked.index(0, itemmodels::CustomersModel::Name).data().toString(), QStringLiteral("乙"));
        QVERIFY(masked.searchHint().isEmpty());
        for (const char *probe : {"12345", "123", "912345", "1391234567", "45678"}) {
            masked.setSearch(QString::fromLatin1(probe));
            QCOMPARE(masked.rowCount(), 0);
            QCOMPARE(masked.matchingCount(), qint64(0));
            QVERIFY(masked.searchHint().contains(QStringLiteral("last 4")));
        }
        masked.setSearch(QStringLiteral("13912345678"));
        QCOMPARE(masked.rowCount(), 1);
        QVERIFY(masked.searchHint().isEmpty());
        // An agent sees whole numbers, so may search by any part of one.
        itemmodels::CustomersModel unmasked(ws->store().db(), ws->session());
        unmasked.setSearch(QStringLiteral("12345"));
        QCOMPARE(unmasked.rowCount(), 1);
        unmasked.setSearch(QStringLiteral("1234"));
        QCOMPARE(unmasked.rowCount(), 3);
    }

    // A look-up by a whole number is an audited action holding the number
    // masked; anything less than a whole number is not a look-up.
    void aWholeNumberLookUpIsAudited()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("c7.doorstep"));
        auto &db = ws->store().db();
        const qint64 before = tests::count(*ws, "audit_log");
        recordPhoneSearch(ws->services(), PhoneSearchList::Customers, QStringLiteral(" 13912345678 "));
        QCOMPARE(tests::count(*ws, "audit_log"), before + 1);
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("customer.search_by_phone"));
        const QString detail = db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString();
        QVERIFY(detail.contains(QStringLiteral("139****5678")));
        QVERIFY(!detail.contains(QStringLiteral("13912345678")));
        recordPhoneSearch(ws->services(), PhoneSearchList::Orders, QStringLiteral("13912345678"));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("order.search_by_phone"));
        recordPhoneSearch(ws->services(), PhoneSearchList::Providers, QStringLiteral("13912345678"));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.search_by_phone"));
        QVERIFY_THROWS_EXCEPTION(ServiceError, recordPhoneSearch(ws->services(), PhoneSearchList::Customers, QStringLiteral("5678")));
        QCOMPARE(tests::count(*ws, "audit_log"), before + 3);
        QVERIFY(audit::verify(db).ok);
    }
};

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
