#pragma once
// doorstep-server's commands: init, offices add|revoke, run, status.
// Exit codes: 0 done, 1 failed, 2 bad arguments or setup, 3 wrong key.

#include <QStringList>

namespace doorstep::server::app {

int runCommand(const QStringList &arguments);

} // namespace doorstep::server::app
