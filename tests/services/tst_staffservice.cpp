// Staff accounts: the staff row and the key slot change together.
#include "services/staff_service.h"
#include "test_store.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
