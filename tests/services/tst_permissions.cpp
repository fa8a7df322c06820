// The whole role x action matrix, walked through the service layer (not the
// UI) as real logged-in staff. The expected table is written out here again,
// independently of roles.cpp, so an accidental change to who may do what
// fails this test.
#include "itemmodels/staff_model.h"
#include "services/complaint_attachments.h"
#include "services/complaint_service.h"
#include "services/complaint_suspension.h"
#include "services/customer_service.h"
#include "services/order_service.h"
#include "services/privacy_service.h"
#include "services/refund_service.h"
#include "services/settings_service.h"
#include "services/sla_policies.h"
#include "services/staff_service.h"
#include "services/store_maintenance.h"
#include "test_store.h"

#include <QTest>

#include <map>

using namespace doorstep;
using namespace doorstep::services;

namespace {
using P = Permission;
// Columns: Administrator, Supervisor, Dispatcher, ServiceAgent, Manager.
const std::map<P, std::array<bool, 5>> kMatrix{
    {P::Login, {1, 1, 1, 1, 1}},
    {P::OwnPasswordChange, {1, 1, 1, 1, 1}},
    {P::StaffView, {1, 0, 0, 0, 1}},
    {P::StaffManage, {1, 0, 0, 0, 0}},
    {P::CustomerView, {1, 1, 1, 1, 1}},
    {P::CustomerEdit, {1, 0, 1, 1, 0}},
    {P::CustomerRevealPersonal, {1, 0, 0, 1, 0}},
    {P::DataSubjectRequests, {1, 0, 0, 1, 0}},
    {P::ProviderView, {1, 1, 1, 1, 1}},
    {P::ProviderReview, {1, 1, 0, 0, 0}},
    {P::ProviderDiscipline, {1, 1, 0, 0, 0}},
    {P::ProviderRevealPersonal, {1, 1, 0, 0, 0}},
    {P::ProviderDataRequests, {1, 1, 0, 0, 0}},
    {P::OrderView, {1, 1, 1, 1, 1}},
    {P::OrderCreate, {1, 0, 1, 1, 0}},
    {P::OrderDispatch, {1, 0, 1, 0, 0}},
    {P::OrderCancel, {1, 0, 1, 1, 0}},
    {P::ComplaintView, {1, 1, 0, 1, 1}},
    {P::ComplaintHandle, {1, 1, 0, 1, 0}},
    {P::ComplaintAssign, {1, 1, 0, 0, 1}},
    {P::RefundIssue, {1, 0, 0, 1, 0}},
    {P::RefundApproveOverLimit, {1, 0, 0, 0, 1}},
    {P::RefundMarkPaid, {1, 0, 0, 0, 1}},
    {P::SlaPolicyEdit, {1, 0, 0, 0, 1}},
    {P::StatisticsView, {1, 1, 0, 0, 1}},
    {P::ReportExport, {1, 0, 0, 0, 1}},
    {P::ReportExportUnmasked, {1, 0, 0, 0, 0}},
    {P::StoreVerify, {1, 0, 0, 0, 1}},
    {P::StoreBackup, {1, 0, 0, 0, 0}},
    {P::StoreRekey, {1, 0, 0, 0, 0}},
    {P::SettingsEdit, {1, 0, 0, 0, 0}},
    {P::DemoSeed, {1, 0, 0, 0, 0}},
    {P::SyncRun, {1, 1, 1, 1, 1}},
    {P::SyncAdmin, {1, 0, 0, 0, 0}},
};
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_customerId = 0;
    qint64 m_providerId = 0;
    qint64 m_itemId = 0;
    qint64 m_order = 0;
    qint64 m_complaintOrder = 0;
    qint64 m_complaint = 0;
    qint64 m_refund = 0;
    qint64 m_safetyOrder = 0;
    qint64 m_safety = 0;

    qint64 openSafetyComplaint()
    {
        return ComplaintService(m_as.at(Role::Administrator)->services())
            .open({m_safetyOrder, domain::ComplaintCategory::Safety, domain::ComplaintSeverity::High, {}, QStringLiteral("师傅言语威胁"), true})
            .id;
    }

    // What an action needs that the role under test must not have to make.
    void prepare(P p)
    {
        if (p == P::ComplaintAssign)
            m_complaint = ComplaintService(m_as.at(Role::Administrator)->services())
                              .open({m_complaintOrder, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, {},
                                     QStringLiteral("没擦干净"), true})
                              .id;
        // A refund the administrator requested: approving it is someone else's
        // decision (RefundApproveOverLimit) for every role but the requester.
        if (p == P::RefundApproveOverLimit || p == P::RefundMarkPaid) {
            RefundService admin(m_as.at(Role::Administrator)->services());
            m_refund = admin.request({m_complaint, 100, QStringLiteral("退一元")});
            if (p == P::RefundMarkPaid)
                admin.approve(m_refund);
        }
        if (p == P::ProviderDiscipline)
            m_safety = openSafetyComplaint();
        if (p == P::OrderCancel)
            m_order = OrderService(m_as.at(Role::Administrator)->services())
                          .create({m_customerId, m_itemId, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
    }
    std::map<Role, std::unique_ptr<Workspace>> m_as;
    int m_counter = 0;

    static QString passwordOf(const Workspace &ws)
    {
        return ws.session().role == Role::Administrator ? QStringLiteral("admin-pass") : QStringLiteral("role-password");
    }

    // Performs the action guarded by `p` as `ws`'s user; true if allowed.
    // Each action is the real service call where the feature exists; for
    // permissions whose features are still to come, the gate is exercised
    // with a minimal write through the same perform() path.
    bool attempt(Workspace &ws, P p)
    {
        const int n = ++m_counter;
        try {
            switch (p) {
            case P::Login: // a second console of the same account
                return Workspace::login(m_path, ws.session().username, passwordOf(ws)) != nullptr;
            case P::OwnPasswordChange: {
                StaffService s(ws.services());
                s.setKdf(store::KdfParams::fastForTests());
                s.changeOwnPassword(passwordOf(ws), passwordOf(ws));
                return true;
            }
            case P::StaffView: {
                itemmodels::StaffModel model(ws.store().db(), ws.session());
                model.reload();
                return model.rowCount() > 0;
            }
            case P::StaffManage: {
                StaffService s(ws.services());
                s.setKdf(store::KdfParams::fastForTests());
                s.add({QStringLiteral("probe%1").arg(n), QStringLiteral("探针"), Role::Dispatcher, QString(), QStringLiteral("probe-password")});
                return true;
            }
            case P::CustomerView: {
                ws.services().require(p);
                return true;
            }
            case P::ComplaintView: {
                ws.services().require(p);
                return true;
            }
            case P::ComplaintHandle:
                ComplaintService(ws.services()).open({m_complaintOrder, domain::ComplaintCategory::Attitude, domain::ComplaintSeverity::Low,
                                                      domain::CustomerAsk::Apology, QStringLiteral("态度不好"), true});
                return true;
            case P::ComplaintAssign: // the complaint prepare() made, to the service agent
                ComplaintService(ws.services()).assign(m_complaint, m_as.at(Role::ServiceAgent)->session().staffId);
                return true;
            case P::RefundIssue:
                RefundService(ws.services()).request({m_complaint, 100, QStringLiteral("退一元")});
                return true;
            case P::RefundApproveOverLimit: // the request prepare() made
                RefundService(ws.services()).approve(m_refund);
                return true;
            case P::RefundMarkPaid:
                RefundService(ws.services()).markPaid(m_refund);
                return true;
            case P::ProviderDiscipline: // suspending the provider of the safety incident prepare() opened, then lifting it
                ComplaintSuspension(ws.services()).suspend(m_safety, QStringLiteral("调查中"));
                ComplaintSuspension(ws.services()).lift(m_safety, QStringLiteral("调查结束"));
                return true;
            case P::CustomerEdit:
                CustomerService(ws.services()).add({QStringLiteral("顾客%1").arg(n), QStringLiteral("1391234%1").arg(n % 10000, 4, 10, QChar(u'0')), {}, 0, QStringLiteral("徐汇区"), 0, 0, {}});
                return true;
            case P::CustomerRevealPersonal:
                return !CustomerService(ws.services()).revealPhone(m_customerId).contains(u'*');
            case P::OrderCreate:
                OrderService(ws.services()).create({m_customerId, m_itemId, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
                return true;
            case P::OrderCancel: // on the order prepare() made
                OrderService(ws.services()).apply(m_order, {domain::OrderEvent::Cancel, domain::OrderActor::Office, QStringLiteral("测试")});
                return true;
            case P::DataSubjectRequests:
                return PrivacyService(ws.services()).exportCustomer(m_customerId).data.contains(QStringLiteral("sections"));
            case P::ProviderDataRequests:
                return PrivacyService(ws.services()).exportProvider(m_providerId).data.contains(QStringLiteral("sections"));
            case P::SlaPolicyEdit: // a new first-response target each time, so something is written
                SlaPolicyService(ws.services())
                    .set(domain::ComplaintCategory::Other, domain::ComplaintSeverity::Low,
                         {{100 + n % 300, SlaUnit::BusinessMinutes}, {5, SlaUnit::BusinessDays}});
                return true;
            case P::SettingsEdit:
                SettingsService(ws.services()).setAutoLockMinutes(15);
                return true;
            case P::StoreVerify:
                return StoreMaintenance(ws.services()).verify().ok();
            case P::StoreBackup:
                StoreMaintenance(ws.services()).backup(m_dir.filePath(QStringLiteral("backup%1.doorstep").arg(n)));
                return true;
            default:
                ws.services().perform(p, QStringLiteral("test.gate"), [&](ActionContext &ctx) {
                    ctx.db().run("INSERT INTO meta(key, value) VALUES (?, 'x')", QStringLiteral("gate%1").arg(n));
                });
                return true;
            }
        } catch (const ServiceError &e) {
            if (e.kind() != ServiceError::Kind::PermissionDenied)
                qWarning() << "unexpected failure for" << permissionKey(p) << e.message();
            return false;
        }
    }

private slots:
    void initTestCase()
    {
        auto admin = tests::makeWorkspace(m_dir, QStringLiteral("matrix.doorstep"));
        m_path = admin->store().path();
        StaffService staff(admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        for (Role r : allRoles())
            if (r != Role::Administrator)
                staff.add({roleKey(r), roleDisplayName(r), r, QString(), QStringLiteral("role-password")});
        m_providerId = admin->store().newId();
        admin->store().db().run("INSERT INTO providers(id, office_id, name, phone, id_number, status, created_at, updated_at)"
                                " VALUES (?, ?, '赵丽华', '13600136000', '310104198503094561', 'deactivated', 1, 1)",
                                m_providerId, admin->session().officeId);
        m_customerId = CustomerService(admin->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
        // The catalogue has no editor yet: one item is seeded as demo data is.
        m_itemId = admin->services().perform(P::DemoSeed, QStringLiteral("catalog.add_item"), [](ActionContext &ctx) {
            const qint64 category = ctx.newId();
            const qint64 item = ctx.newId();
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'cleaning', '日常保洁', 'Cleaning')", category);
            ctx.db().run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                         " VALUES (?, ?, 'clean_2h', '日常保洁 2小时', 'Cleaning, 2 hours', 11800, 120)", item, category);
            ctx.changed(QStringLiteral("service_categories"), category);
            ctx.changed(QStringLiteral("service_items"), item);
            return item;
        });
        m_complaintOrder = OrderService(admin->services())
                               .create({m_customerId, m_itemId, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
        // Paid, with a complaint, for the refund actions.
        admin->services().perform(P::DemoSeed, QStringLiteral("test.payment"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE orders SET payment_status = 'paid' WHERE id = ?", m_complaintOrder);
        });
        // An order done by an active provider, for the safety incidents.
        m_safetyOrder = OrderService(admin->services())
                            .create({m_customerId, m_itemId, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
        admin->services().perform(P::DemoSeed, QStringLiteral("test.order_provider"), [&](ActionContext &ctx) {
            const qint64 provider = ctx.newId();
            ctx.db().run("INSERT INTO providers(id, office_id, name, phone, id_number, status, created_at, updated_at)"
                         " VALUES (?, ?, '钱师傅', '13600136001', '310104198503094561', 'active', 1, 1)", provider, ctx.actor().officeId);
            ctx.db().run("UPDATE orders SET provider_id = ? WHERE id = ?", provider, m_safetyOrder);
        });
        m_complaint = ComplaintService(admin->services())
                          .open({m_complaintOrder, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, {},
                                 QStringLiteral("没擦干净"), true})
                          .id;
        m_as[Role::Administrator] = std::move(admin);
        for (Role r : allRoles())
            if (r != Role::Administrator)
                m_as[r] = Workspace::login(m_path, roleKey(r), QStringLiteral("role-password"));
    }

    void matrixMatchesTheSpecification()
    {
        QCOMPARE(int(kMatrix.size()), int(allPermissions().size()));
        for (const auto &[p, row] : kMatrix)
            for (Role r : allRoles())
                QVERIFY2(roleAllows(r, p) == row[size_t(r)],
                         qPrintable(permissionKey(p) + u" / " + roleKey(r)));
    }

    void everyRoleAndActionThroughTheServiceLayer()
    {
        for (const auto &[p, row] : kMatrix) {
            for (Role r : allRoles()) {
                Workspace &ws = *m_as.at(r);
                prepare(p);
                const qint64 auditsBefore = tests::count(ws, "audit_log");
                const bool allowed = attempt(ws, p);
                QVERIFY2(allowed == row[size_t(r)], qPrintable(roleKey(r) + u" attempting " + permissionKey(p)));
                if (!allowed) // a refused action leaves no trace
                    QCOMPARE(tests::count(ws, "audit_log"), auditsBefore);
            }
        }
    }

    // Lifting a suspension pending investigation is the same decision as
    // making it (ProviderDiscipline): one the administrator made, tried by each role.
    void liftingASuspensionFollowsTheMatrix()
    {
        for (Role r : allRoles()) {
            const qint64 complaint = openSafetyComplaint();
            ComplaintSuspension(m_as.at(Role::Administrator)->services()).suspend(complaint, QStringLiteral("调查中"));
            bool lifted = true;
            try {
                ComplaintSuspension(m_as.at(r)->services()).lift(complaint, QStringLiteral("调查结束"));
            } catch (const ServiceError &e) {
                QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
                lifted = false;
                ComplaintSuspension(m_as.at(Role::Administrator)->services()).lift(complaint, QStringLiteral("调查结束"));
            }
            QVERIFY2(lifted == kMatrix.at(P::ProviderDiscipline)[size_t(r)], qPrintable(roleKey(r)));
        }
    }

    // Photos of a complaint: added by those who handle complaints, opened by those who see them.
    void complaintPhotosFollowTheMatrix()
    {
        const QByteArray jpeg = QByteArray::fromHex("FFD8FFE0") + QByteArray(32, 'x');
        const qint64 photo = ComplaintAttachments(m_as.at(Role::Administrator)->services()).add(m_complaint, QStringLiteral("a.jpg"), jpeg);
        for (Role r : allRoles()) {
            const auto tried = [&](auto &&action) {
                try {
                    action();
                    return true;
                } catch (const ServiceError &e) {
                    if (e.kind() != ServiceError::Kind::PermissionDenied)
                        qWarning() << e.message();
                    return false;
                }
            };
            ComplaintAttachments photos(m_as.at(r)->services());
            QVERIFY2(tried([&] { photos.add(m_complaint, QStringLiteral("b.jpg"), jpeg); }) == kMatrix.at(P::ComplaintHandle)[size_t(r)],
                     qPrintable(roleKey(r)));
            QVERIFY2(tried([&] { photos.open(photo); }) == kMatrix.at(P::ComplaintView)[size_t(r)], qPrintable(roleKey(r)));
        }
    }

    // A staff member's refund limit is staff administration (StaffManage).
    void refundLimitsFollowTheMatrix()
    {
        const qint64 agent = m_as.at(Role::ServiceAgent)->session().staffId;
        for (Role r : allRoles()) {
            bool changed = true;
            try {
                StaffService(m_as.at(r)->services()).setRefundLimit(agent, 30000 + int(r));
            } catch (const ServiceError &e) {
                QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
                changed = false;
            }
            QVERIFY2(changed == kMatrix.at(P::StaffManage)[size_t(r)], qPrintable(roleKey(r)));
        }
    }

    void unmaskedPhoneOnlyForAllowedRoles()
    {
        for (Role r : allRoles()) {
            Workspace &ws = *m_as.at(r);
            QCOMPARE(ws.session().can(P::CustomerRevealPersonal), r == Role::Administrator || r == Role::ServiceAgent);
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
