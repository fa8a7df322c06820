#pragma once
// Checking a password in two halves, so Argon2 can run on a worker thread:
// the account's committed key slot is copied on the store's thread (the
// connection is not for two threads at once), then checked on any thread.
// The copy holds no reference to the store.
#include "store/store.h"

namespace doorstep::services {

class PasswordCheck
{
public:
    // Reads the committed slot set (throws when the store cannot be read).
    PasswordCheck(store::Store &store, const QString &username);
    // Thread-safe: one Argon2 derivation, no store access.
    bool operator()(const QString &password) const;
    // The slot checked against (null when the account has none).
    const store::KeySlot *slot() const { return m_committed.slotFor(m_username); }

private:
    store::StoreHeader m_committed;
    QString m_username;
};

} // namespace doorstep::services
