#pragma once
// Staff accounts: each has a staff row and a key slot in the store header,
// changed together (the slot write is undone if the transaction fails).
#include "services/service_layer.h"

namespace doorstep::services {

struct NewStaff
{
    QString username;
    QString displayName;
    Role role = Role::Dispatcher;
    QString phone;
    QString password;
};

class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)
public:
    explicit StaffService(ServiceLayer &services) : m_services(services) {}

    // Key-derivation cost for new slots; tests use cheap parameters.
    void setKdf(const store::KdfParams &kdf) { m_kdf = kdf; }

    qint64 add(const NewStaff &staff);
    void resetPassword(qint64 staffId, const QString &newPassword);
    void changeOwnPassword(const QString &oldPassword, const QString &newPassword);
    void changeRole(qint64 staffId, Role role);
    // Removes the key slot; the row stays (the audit log refers to it). The
    // data key is then due for rotation (data_key_rotation.h).
    void remove(qint64 staffId);

private:
    struct Row
    {
        QString username;
        Role role;
        bool active;
    };
    Row load(ActionContext &ctx, qint64 staffId);
    void requireAnotherAdministrator(ActionContext &ctx, qint64 staffId);

    ServiceLayer &m_services;
    store::KdfParams m_kdf = store::KdfParams::calibrated();
};

} // namespace doorstep::services
