#pragma once
#include "services/roles.h"

#include <QString>

namespace doorstep::services {

// Who is acting: the staff member logged in to this console.
struct Session
{
    qint64 staffId = 0;
    QString username;
    QString displayName;
    Role role = Role::Manager;
    qint64 officeId = 0;
    QString officeName;

    bool can(Permission p) const { return roleAllows(role, p); }
};

} // namespace doorstep::services
