#include "services/roles.h"

#include <array>

namespace doorstep::services {
namespace {
using P = Permission;

struct RoleInfo
{
    Role role;
    const char16_t *key;
    const char *name; // translated in roleDisplayName
};

constexpr std::array kRoles{
    RoleInfo{Role::Administrator, u"administrator", QT_TRANSLATE_NOOP("Roles", "Administrator")},
    RoleInfo{Role::Supervisor, u"supervisor", QT_TRANSLATE_NOOP("Roles", "Supervisor")},
    RoleInfo{Role::Dispatcher, u"dispatcher", QT_TRANSLATE_NOOP("Roles", "Dispatcher")},
    RoleInfo{Role::ServiceAgent, u"service_agent", QT_TRANSLATE_NOOP("Roles", "Service agent")},
    RoleInfo{Role::Manager, u"manager", QT_TRANSLATE_NOOP("Roles", "Manager")},
};

struct PermissionInfo
{
    Permission permission;
    const char16_t *key;
    const char *name;
    // Administrator, Supervisor, Dispatcher, ServiceAgent, Manager
    std::array<bool, 5> allowed;
};

// The matrix. Principles: least privilege; managers read and report but
// change nothing operational; personal data unmasked only for the roles
// whose work needs it (PIPL minimisation).
constexpr std::array kPermissions{
    PermissionInfo{P::Login, u"staff.login", QT_TRANSLATE_NOOP("Permissions", "Log in"), {true, true, true, true, true}},
    PermissionInfo{P::OwnPasswordChange, u"staff.own_password", QT_TRANSLATE_NOOP("Permissions", "Change one's own password"), {true, true, true, true, true}},
    PermissionInfo{P::StaffView, u"staff.view", QT_TRANSLATE_NOOP("Permissions", "View staff"), {true, false, false, false, true}},
    PermissionInfo{P::StaffManage, u"staff.manage", QT_TRANSLATE_NOOP("Permissions", "Manage staff accounts"), {true, false, false, false, false}},
    PermissionInfo{P::CustomerView, u"customer.view", QT_TRANSLATE_NOOP("Permissions", "View customers"), {true, true, true, true, true}},
    PermissionInfo{P::CustomerEdit, u"customer.edit", QT_TRANSLATE_NOOP("Permissions", "Add and edit customers"), {true, false, true, true, false}},
    PermissionInfo{P::CustomerRevealPersonal, u"customer.reveal", QT_TRANSLATE_NOOP("Permissions", "See customers' full phone numbers"), {true, false, false, true, false}},
    PermissionInfo{P::DataSubjectRequests, u"customer.dsr", QT_TRANSLATE_NOOP("Permissions", "Handle data-subject requests"), {true, false, false, true, false}},
    PermissionInfo{P::ProviderView, u"provider.view", QT_TRANSLATE_NOOP("Permissions", "View providers"), {true, true, true, true, true}},
    PermissionInfo{P::ProviderReview, u"provider.review", QT_TRANSLATE_NOOP("Permissions", "Review provider credentials"), {true, true, false, false, false}},
    PermissionInfo{P::ProviderDiscipline, u"provider.discipline", QT_TRANSLATE_NOOP("Permissions", "Suspend, reward and penalise providers"), {true, true, false, false, false}},
    PermissionInfo{P::ProviderRevealPersonal, u"provider.reveal", QT_TRANSLATE_NOOP("Permissions", "See providers' full phone and ID numbers"), {true, true, false, false, false}},
    // Split from customers' requests by who already sees the data unmasked:
    // service agents work with customers, supervisors with providers.
    PermissionInfo{P::ProviderDataRequests, u"provider.dsr", QT_TRANSLATE_NOOP("Permissions", "Handle providers' data requests"), {true, true, false, false, false}},
    PermissionInfo{P::OrderView, u"order.view", QT_TRANSLATE_NOOP("Permissions", "View orders"), {true, true, true, true, true}},
    PermissionInfo{P::OrderCreate, u"order.create", QT_TRANSLATE_NOOP("Permissions", "Create orders"), {true, false, true, true, false}},
    PermissionInfo{P::OrderDispatch, u"order.dispatch", QT_TRANSLATE_NOOP("Permissions", "Dispatch orders"), {true, false, true, false, false}},
    PermissionInfo{P::OrderCancel, u"order.cancel", QT_TRANSLATE_NOOP("Permissions", "Cancel and reschedule orders"), {true, false, true, true, false}},
    // Complaints: agents take and settle them; supervisors too (safety incidents,
    // provider consequences) and they hand work out; managers read the queue
    // and hand work out (breaches are flagged to them) but settle nothing.
    PermissionInfo{P::ComplaintView, u"complaint.view", QT_TRANSLATE_NOOP("Permissions", "View complaints"), {true, true, false, true, true}},
    PermissionInfo{P::ComplaintHandle, u"complaint.handle", QT_TRANSLATE_NOOP("Permissions", "Handle complaints"), {true, true, false, true, false}},
    PermissionInfo{P::ComplaintAssign, u"complaint.assign", QT_TRANSLATE_NOOP("Permissions", "Assign complaints to staff"), {true, true, false, false, true}},
    PermissionInfo{P::RefundIssue, u"refund.issue", QT_TRANSLATE_NOOP("Permissions", "Issue refunds within the limit"), {true, false, false, true, false}},
    PermissionInfo{P::RefundApproveOverLimit, u"refund.approve", QT_TRANSLATE_NOOP("Permissions", "Approve refunds over the limit"), {true, false, false, false, true}},
    // Finance confirms the payment to a manager (later the payment API).
    PermissionInfo{P::RefundMarkPaid, u"refund.mark_paid", QT_TRANSLATE_NOOP("Permissions", "Mark refunds paid"), {true, false, false, false, true}},
    // The office's promises to customers: decided by those who answer for
    // them (the office manager), not by the agents held to them.
    PermissionInfo{P::SlaPolicyEdit, u"complaint.sla_policy", QT_TRANSLATE_NOOP("Permissions", "Change the SLA policies"), {true, false, false, false, true}},
    PermissionInfo{P::StatisticsView, u"statistics.view", QT_TRANSLATE_NOOP("Permissions", "View statistics"), {true, true, false, false, true}},
    PermissionInfo{P::ReportExport, u"report.export", QT_TRANSLATE_NOOP("Permissions", "Export reports"), {true, false, false, false, true}},
    // A file leaves the console's control: unmasked only for the role that
    // already sees everything (managers report on numbers, not on people).
    PermissionInfo{P::ReportExportUnmasked, u"report.export_unmasked", QT_TRANSLATE_NOOP("Permissions", "Export reports with personal data unmasked"), {true, false, false, false, false}},
    PermissionInfo{P::StoreVerify, u"store.verify", QT_TRANSLATE_NOOP("Permissions", "Verify the store"), {true, false, false, false, true}},
    PermissionInfo{P::StoreBackup, u"store.backup", QT_TRANSLATE_NOOP("Permissions", "Back up the store"), {true, false, false, false, false}},
    PermissionInfo{P::StoreRekey, u"store.rekey", QT_TRANSLATE_NOOP("Permissions", "Rotate the store's data key"), {true, false, false, false, false}},
    PermissionInfo{P::SettingsEdit, u"settings.edit", QT_TRANSLATE_NOOP("Permissions", "Change office settings"), {true, false, false, false, false}},
    PermissionInfo{P::DemoSeed, u"store.demo", QT_TRANSLATE_NOOP("Permissions", "Fill a store with demo data"), {true, false, false, false, false}},
    // Any role may sync what it changed (pull applies the server's rows, which
    // no one chooses); only administrators give the console its identity.
    PermissionInfo{P::SyncRun, u"sync.run", QT_TRANSLATE_NOOP("Permissions", "Sync with the server"), {true, true, true, true, true}},
    PermissionInfo{P::SyncAdmin, u"sync.admin", QT_TRANSLATE_NOOP("Permissions", "Enroll the console with a sync server"), {true, false, false, false, false}},
};

const PermissionInfo &info(Permission p)
{
    for (const auto &i : kPermissions)
        if (i.permission == p)
            return i;
    Q_UNREACHABLE();
}
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto &r : kRoles)
        roles.append(r.role);
    return roles;
}

QList<Permission> allPermissions()
{
    QList<Permission> list;
    for (const auto &p : kPermissions)
        list.append(p.permission);
    return list;
}

bool roleAllows(Role role, Permission permission)
{
    return info(permission).allowed[size_t(role)];
}

QString roleKey(Role role)
{
    return QString::fromUtf16(kRoles[size_t(role)].key);
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (const auto &r : kRoles)
        if (key == QStringView(r.key))
            return r.role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    return QCoreApplication::translate("Roles", kRoles[size_t(role)].name);
}

QString permissionKey(Permission permission)
{
    return QString::fromUtf16(info(permission).key);
}

QString permissionDisplayName(Permission permission)
{
    return QCoreApplication::translate("Permissions", info(permission).name);
}

} // namespace doorstep::services
