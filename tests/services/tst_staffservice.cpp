// Staff accounts: the staff row and the key slot change together.
#include "domain/masking.h"
#include "itemmodels/staff_model.h"
#include "services/customer_service.h"
#include "services/office_settings.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "store/header_vfs.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

#include <thread>

using namespace doorstep;
using namespace doorstep::services;

class TestStaffService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> fresh() { return tests::makeWorkspace(m_dir, QStringLiteral("staff%1.doorstep").arg(++m_n)); }
    static StaffService service(Workspace &ws)
    {
        StaffService s(ws.services());
        s.setKdf(store::KdfParams::fastForTests());
        return s;
    }

private slots:
    void addedAccountCanLogIn()
    {
        auto ws = fresh();
        const QString path = ws->store().path();
        const qint64 id = service(*ws).add({QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::Dispatcher, QStringLiteral("13812345678"), QStringLiteral("zhangwei-pass")});
        QVERIFY(id != 0);
        ws.reset();
        auto as = Workspace::login(path, QStringLiteral("zhang.wei"), QStringLiteral("zhangwei-pass"));
        QCOMPARE(as->session().role, Role::Dispatcher);
        QCOMPARE(as->session().displayName, QStringLiteral("张伟"));
        QCOMPARE(as->session().officeName, QStringLiteral("徐汇旗舰店"));
    }

    void invalidInputIsRefusedAndLeavesNoSlot()
    {
        auto ws = fresh();
        auto s = service(*ws);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("Bad Name"), QStringLiteral("x"), Role::Dispatcher, {}, QStringLiteral("long-enough")}));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("short.pw"), QStringLiteral("x"), Role::Dispatcher, {}, QStringLiteral("1234")}));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("bad.phone"), QStringLiteral("x"), Role::Dispatcher, QStringLiteral("12345"), QStringLiteral("long-enough")}));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("admin"), QStringLiteral("x"), Role::Dispatcher, {}, QStringLiteral("long-enough")}));
        QCOMPARE(ws->store().slotUsers(), QStringList{QStringLiteral("admin")});
        QCOMPARE(tests::count(*ws, "staff"), 1);
    }

    void resetPasswordRewrapsTheSlot()
    {
        auto ws = fresh();
        const QString path = ws->store().path();
        auto s = service(*ws);
        const qint64 id = s.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, {}, QStringLiteral("first-pass")});
        s.resetPassword(id, QStringLiteral("second-pass"));
        QVERIFY(!ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("first-pass")));
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("second-pass")));
        QVERIFY(ws->store().checkPassword(QStringLiteral("admin"), QStringLiteral("admin-pass")));
    }

    void changeOwnPasswordNeedsTheOldOne()
    {
        auto ws = fresh();
        auto s = service(*ws);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("new-admin-pass")));
        s.changeOwnPassword(QStringLiteral("admin-pass"), QStringLiteral("new-admin-pass"));
        QVERIFY(ws->store().checkPassword(QStringLiteral("admin"), QStringLiteral("new-admin-pass")));
    }

    // Argon2 off the GUI thread: the key is derived beforehand (on a worker,
    // with no store access) and the action commits it. The prepared key
    // seals under the data key in force at commit, for the account named then.
    void aPasswordPreparedOnAWorkerIsCommittedByTheAction()
    {
        auto ws = fresh();
        auto s = service(*ws);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.preparePassword(QStringLiteral("short")));
        PreparedPassword prepared;
        std::thread worker([&] { prepared = s.preparePassword(QStringLiteral("first-pass")); });
        worker.join();
        QVERIFY(prepared.isValid());
        const qint64 id = s.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, {}, QString()}, prepared);
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("first-pass")));
        // An empty preparation is refused before anything is written.
        const qint64 audits = tests::count(*ws, "audit_log");
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.resetPassword(id, PreparedPassword()));
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        s.resetPassword(id, s.preparePassword(QStringLiteral("second-pass")));
        QVERIFY(!ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("first-pass")));
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("second-pass")));
        QCOMPARE(ws->store().db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(),
                 QStringLiteral("staff.reset_password"));
    }

    // Changing one's own password: the old one is proven on the worker against
    // a copy of the committed slot; if an administrator resets the password
    // meanwhile (another console), committing is refused and nothing changes.
    void anOwnPasswordProvenAgainstAStaleSlotIsRefused()
    {
        auto ws = fresh();
        auto admin = service(*ws);
        const qint64 id = admin.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, {}, QStringLiteral("first-pass")});
        auto agent = Workspace::login(ws->store().path(), QStringLiteral("li.na"), QStringLiteral("first-pass"));
        auto own = service(*agent);
        QVERIFY_THROWS_EXCEPTION(ServiceError, own.prepareOwnPassword(own.ownPasswordCheck(), QStringLiteral("wrong"), QStringLiteral("third-pass")));
        const PasswordCheck check = own.ownPasswordCheck();
        PreparedPassword prepared;
        std::thread worker([&] { prepared = own.prepareOwnPassword(check, QStringLiteral("first-pass"), QStringLiteral("third-pass")); });
        worker.join();
        admin.resetPassword(id, QStringLiteral("second-pass")); // meanwhile, elsewhere
        QVERIFY_THROWS_EXCEPTION(ServiceError, own.changeOwnPassword(prepared));
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("second-pass")));
        QVERIFY(!ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("third-pass")));
        // Proven against the current slot, it goes through.
        own.changeOwnPassword(own.prepareOwnPassword(own.ownPasswordCheck(), QStringLiteral("second-pass"), QStringLiteral("third-pass")));
        QVERIFY(ws->store().checkPassword(QStringLiteral("li.na"), QStringLiteral("third-pass")));
    }

    void removeDeletesTheSlotButKeepsTheRow()
    {
        auto ws = fresh();
        const QString path = ws->store().path();
        auto s = service(*ws);
        const qint64 id = s.add({QStringLiteral("temp"), QStringLiteral("临时"), Role::Manager, {}, QStringLiteral("temp-pass")});
        s.remove(id);
        QVERIFY(!ws->store().hasSlot(QStringLiteral("temp")));
        QCOMPARE(ws->store().db().scalar("SELECT removed_at IS NOT NULL FROM staff WHERE id = ?", id).toInt(), 1);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.remove(id));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.add({QStringLiteral("temp"), QStringLiteral("again"), Role::Manager, {}, QStringLiteral("temp-pass")}));
        ws.reset();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, Workspace::login(path, QStringLiteral("temp"), QStringLiteral("temp-pass")));
    }

    void theLastAdministratorStays()
    {
        auto ws = fresh();
        auto s = service(*ws);
        const qint64 me = ws->session().staffId;
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.remove(me));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.changeRole(me, Role::Manager));
        const qint64 other = s.add({QStringLiteral("admin2"), QStringLiteral("二号"), Role::Administrator, {}, QStringLiteral("admin2-pass")});
        s.changeRole(me, Role::Manager); // allowed now: admin2 remains
        QCOMPARE(ws->store().db().scalar("SELECT role FROM staff WHERE id = ?", me).toString(), QStringLiteral("manager"));
        Q_UNUSED(other);
    }
    // The staff list as each role sees it, under the model tester: every
    // account by user name, a page at a time, a removed one marked and struck
    // out; full numbers only for the role that manages staff; nothing at all
    // for a role without StaffView.
    void anAccountChangedElsewhereLosesItsRightsAtItsNextAction()
    {
        auto admin = fresh();
        const QString path = admin->store().path();
        auto s = service(*admin);
        const qint64 lily = s.add({QStringLiteral("lily"), QStringLiteral("莉莉"), Role::Dispatcher, {}, QStringLiteral("lily-pass")});
        auto console = Workspace::login(path, QStringLiteral("lily"), QStringLiteral("lily-pass")); // her own console
        int n = 0;
        const auto addCustomer = [&] {
            CustomerService(console->services())
                .add({QStringLiteral("顾客%1").arg(++n), QStringLiteral("1391234000%1").arg(n), {}, 0, QStringLiteral("徐汇区"), 0, 0, {}});
        };
        addCustomer(); // allowed to a dispatcher
        s.changeRole(lily, Role::Manager);
        const qint64 audits = tests::count(*admin, "audit_log");
        try {
            addCustomer();
            QFAIL("a demoted account kept its old role's rights");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
            QVERIFY2(e.message().contains(roleDisplayName(Role::Manager)), qPrintable(e.message()));
        }
        s.changeRole(lily, Role::Dispatcher);
        addCustomer();
        s.remove(lily);
        QVERIFY_THROWS_EXCEPTION(ServiceError, addCustomer());
        QCOMPARE(tests::count(*admin, "customers"), 2);
        QCOMPARE(tests::count(*admin, "audit_log"), audits + 3); // role back, one customer, removal: refusals leave nothing
        QVERIFY(!console->checkPassword(QStringLiteral("lily-pass"))); // and the locked console stays locked
    }

    void aFailedActionTakesItsSlotOutOfTheHeader()
    {
        auto ws = fresh();
        const QString path = ws->store().path();
        QVERIFY_THROWS_EXCEPTION(ServiceError, ws->services().perform(Permission::StaffManage, QStringLiteral("test.fails"), [](ActionContext &ctx) {
            ctx.store().addSlot(QStringLiteral("ghost"), QStringLiteral("ghost-pass"), store::KdfParams::fastForTests());
            throw ServiceError::conflict(QStringLiteral("fails after the slot was written"));
        }));
        QVERIFY(!ws->store().hasSlot(QStringLiteral("ghost")));
        QFile file(path); // the header itself, as someone holding the file reads it
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!store::parseHeader(file.read(store::kHeaderSize)).header.slotFor(QStringLiteral("ghost")));
        try {
            store::Store::open(path, QStringLiteral("ghost"), QStringLiteral("ghost-pass"));
            QFAIL("the slot of a rolled-back action opened the store");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::UnknownUser);
        }
    }

    void loginRecordsASlotRepairedAfterACrash()
    {
        auto ws = fresh();
        const QString path = ws->store().path();
        ws->store().db().exec("BEGIN IMMEDIATE");
        ws->store().addSlot(QStringLiteral("ghost"), QStringLiteral("ghost-pass"), store::KdfParams::fastForTests());
        ws.reset(); // the console dies before COMMIT
        auto again = Workspace::login(path, QStringLiteral("admin"), QStringLiteral("admin-pass"));
        const QString detail = again->store().db().scalar(
            "SELECT detail FROM audit_log WHERE action = 'store.key_slots_repaired'").toString();
        QVERIFY2(detail.contains(u"ghost"), qPrintable(detail));
        QVERIFY(!again->store().hasSlot(QStringLiteral("ghost")));
    }

    // A refund limit is the administrator's audited change; new staff start
    // at the office default.
    void refundLimitsAreAnAdministratorsAuditedChange()
    {
        using itemmodels::StaffModel;
        auto ws = fresh();
        auto s = service(*ws);
        const qint64 agent = s.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, {}, QStringLiteral("lina-pass")});
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", agent).toLongLong(), 50000);
        s.setRefundLimit(agent, 12345);
        QCOMPARE(db.scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", agent).toLongLong(), 12345);
        const QString detail = db.scalar("SELECT detail FROM audit_log WHERE action = 'staff.refund_limit' AND entity_id = ?", agent).toString();
        QVERIFY2(detail.contains(QStringLiteral("\"from_fen\":50000")) && detail.contains(QStringLiteral("\"to_fen\":12345")), qPrintable(detail));
        try {
            s.setRefundLimit(agent, -1);
            QFAIL("a negative limit");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
        }
        StaffModel model(db, ws->session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.usernameAt(1), QStringLiteral("li.na"));
        QCOMPARE(model.refundLimitAt(1), 12345);
        QCOMPARE(model.index(1, StaffModel::RefundLimit).data().toString(), QStringLiteral("¥123.45"));
        // The agent may not raise their own.
        const QString path = ws->store().path();
        auto as = Workspace::login(path, QStringLiteral("li.na"), QStringLiteral("lina-pass"));
        try {
            StaffService(as->services()).setRefundLimit(agent, 99999);
            QFAIL("an agent changed a refund limit");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
        }
        // The office default, for staff added from now on.
        SettingsService(ws->services()).set(settings::RefundDefaultLimitFen, 20000);
        const qint64 next = s.add({QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::ServiceAgent, {}, QStringLiteral("wangfang-pass")});
        QCOMPARE(db.scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", next).toLongLong(), 20000);
        QCOMPARE(db.scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", agent).toLongLong(), 12345);
    }

    void staffListShowsAccountsByRole()
    {
        using itemmodels::StaffModel;
        auto ws = fresh();
        auto s = service(*ws);
        s.add({QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::Dispatcher, QStringLiteral("13812345678"), QStringLiteral("zhangwei-pass")});
        const qint64 gone = s.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, {}, QStringLiteral("lina-pass")});
        s.add({QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::Manager, QStringLiteral("13987654321"), QStringLiteral("wangfang-pass")});
        s.remove(gone);

        StaffModel model(ws->store().db(), ws->session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.reload();
        QCOMPARE(model.rowCount(), 2); // one page
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.usernameAt(row);
        QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("li.na"), QStringLiteral("wang.fang"), QStringLiteral("zhang.wei")}));
        QCOMPARE(model.index(3, StaffModel::DisplayName).data().toString(), QStringLiteral("张伟"));
        QCOMPARE(model.index(3, StaffModel::Role).data().toString(), roleDisplayName(Role::Dispatcher));
        QCOMPARE(model.roleAt(3), Role::Dispatcher);
        QCOMPARE(model.index(3, StaffModel::Phone).data().toString(), QStringLiteral("13812345678"));
        QVERIFY(model.isActiveAt(3));
        QVERIFY(!model.isActiveAt(1));
        QCOMPARE(model.index(1, StaffModel::Status).data().toString(), QStringLiteral("Removed"));
        QVERIFY(model.index(1, StaffModel::Username).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(3, StaffModel::Status).data().toString(), QStringLiteral("Active"));

        Session manager = ws->session();
        manager.role = Role::Manager;
        StaffModel managerView(ws->store().db(), manager);
        QAbstractItemModelTester managerTester(&managerView, QAbstractItemModelTester::FailureReportingMode::QtTest);
        managerView.reload();
        QCOMPARE(managerView.rowCount(), 4);
        QCOMPARE(managerView.index(3, StaffModel::Phone).data().toString(), domain::maskPhone(QStringLiteral("13812345678")));
        QVERIFY(managerView.index(3, StaffModel::Phone).data().toString().contains(u'*'));

        Session dispatcher = ws->session();
        dispatcher.role = Role::Dispatcher;
        StaffModel hidden(ws->store().db(), dispatcher);
        QAbstractItemModelTester hiddenTester(&hidden, QAbstractItemModelTester::FailureReportingMode::QtTest);
        hidden.reload();
        QCOMPARE(hidden.rowCount(), 0);
        QVERIFY(!hidden.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
