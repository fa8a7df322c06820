#include "services/password_check.h"

namespace doorstep::services {

PasswordCheck::PasswordCheck(store::Store &store, const QString &username)
    : m_committed(store.committedHeader())
    , m_username(username)
{
}

bool PasswordCheck::operator()(const QString &password) const
{
    const store::KeySlot *s = slot();
    return s && m_committed.unwrap(*s, password).has_value();
}

} // namespace doorstep::services
