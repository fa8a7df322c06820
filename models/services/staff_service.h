#pragma once
// Staff accounts: each has a staff row and a key slot in the store header,
// changed together (the slot write is undone if the transaction fails).
#include "services/password_check.h"
#include "services/service_layer.h"

#include <optional>

namespace doorstep::services {

struct NewStaff
{
    QString username;
    QString displayName;
    Role role = Role::Dispatcher;
    QString phone;
    QString password;
};

// A new password turned into its slot key (Argon2id, ~0.4 s) by
// StaffService::preparePassword. Opaque, so callers outside models/ hold it
// without seeing store types.
class PreparedPassword
{
public:
    PreparedPassword() = default;
    bool isValid() const { return m_key.has_value(); }

private:
    friend class StaffService;
    std::optional<store::SlotKey> m_key;
    std::optional<store::KeySlot> m_provenSlot; // own password change: the slot the current password opened
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

    // Argon2 off the GUI thread. The services and the Store are not
    // thread-safe: one connection, whose transactions the GUI thread's timers
    // (sweeps, polling) would join if an action ran on a worker. So only the
    // slow, self-contained part runs on a worker: preparePassword() /
    // prepareOwnPassword() validate the new password and derive its slot key
    // (reading nothing but what they are given and the KDF set here); the
    // action itself (permission, staff row, audit entry, sealing the slot with
    // the data key in force, header write) runs on the store's thread through
    // the overloads below, in microseconds.
    // Thread-safe; throws ServiceError::Invalid for a password too short.
    PreparedPassword preparePassword(const QString &newPassword) const;
    // The logged-in user's committed slot, read on the store's thread, for
    // prepareOwnPassword.
    PasswordCheck ownPasswordCheck();
    // Thread-safe: proves `oldPassword` with `check` (Argon2) and derives the
    // new key; PermissionDenied when the old password is wrong.
    PreparedPassword prepareOwnPassword(const PasswordCheck &check, const QString &oldPassword,
                                        const QString &newPassword) const;
    qint64 add(const NewStaff &staff, const PreparedPassword &password); // staff.password is not used
    void resetPassword(qint64 staffId, const PreparedPassword &password);
    // Refused when the slot the old password was proven against changed
    // meanwhile (reset by an administrator in another console).
    void changeOwnPassword(const PreparedPassword &password);
    void changeRole(qint64 staffId, Role role);
    // Up to this amount (fen, 0 or more) the staff member approves their own
    // refund requests (services/refund_service); new staff start at the office
    // default, settings refunds.default_limit_fen.
    void setRefundLimit(qint64 staffId, qint64 limitFen);
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
    static const store::SlotKey &keyOf(const PreparedPassword &password);
    void requireAnotherAdministrator(ActionContext &ctx, qint64 staffId);

    ServiceLayer &m_services;
    store::KdfParams m_kdf = store::KdfParams::calibrated();
};

} // namespace doorstep::services
