#pragma once
// Roles and permissions: the one table that says who may do what. The
// service layer consults it before every action; the UI only reads it to
// hide what a role cannot use (hiding is a convenience, not the control).

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace doorstep::services {

enum class Role { Administrator, Supervisor, Dispatcher, ServiceAgent, Manager };

// Every permission is checked somewhere (perform/require/can). Add a permission with its check.
enum class Permission {
    Login,                // open the store and use the console (every role; checked at login)
    OwnPasswordChange,    // change one's own password (every role)
    StaffView,            // see the staff list
    StaffManage,          // add, remove, reset passwords, change roles
    CustomerView,
    CustomerEdit,         // add and correct customers, record consents
    CustomerRevealPersonal, // unmasked phone and ID numbers of customers
    DataSubjectRequests,  // PIPL requests of customers (export, anonymise, withdraw consent), the retention sweep
    ProviderView,
    ProviderReview,       // credential review, onboarding decisions
    ProviderDiscipline,   // suspensions, deactivations, rewards and penalties
    ProviderRevealPersonal, // unmasked phone and ID numbers of providers
    ProviderDataRequests, // PIPL requests of providers who leave (export, anonymise, purge scans)
    OrderView,
    OrderCreate,
    OrderDispatch,        // manual and automatic dispatch
    OrderCancel,
    ComplaintView,        // the complaints workbench and a complaint's timeline
    ComplaintHandle,      // take a complaint, claim it, notes and calls, state changes, reopen
    ComplaintAssign,      // give a complaint to someone else
    RefundIssue,          // request a refund; approve or withdraw one's own request, up to one's refund limit
    RefundApproveOverLimit, // approve or reject someone else's request, whatever the amount (never one's own above one's limit)
    RefundMarkPaid,       // record that finance paid an approved refund
    SlaPolicyEdit,        // change the SLA policies (targets per complaint category and severity)
    StatisticsView,       // the statistics dashboard (its loader refuses without it)
    ReportExport,         // export reports (models/reports), personal data masked
    ReportExportUnmasked, // export reports with customers' names and phones in full (implies ReportExport)
    StoreVerify,
    StoreBackup,
    StoreRekey,           // rotate the data key (re-encrypt the store)
    SettingsEdit,
    DemoSeed,
    SyncRun,              // a sync round with the office's server (every role: the status bar's "Sync now")
    SyncAdmin,            // enroll the console with a server (its certificate and key go into the store)
};

QList<Role> allRoles();
QList<Permission> allPermissions();
bool roleAllows(Role role, Permission permission);

QString roleKey(Role role);                 // stable, stored: "service_agent"
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role);         // translated
QString permissionKey(Permission permission); // stable: "order.dispatch"
QString permissionDisplayName(Permission permission);

} // namespace doorstep::services
