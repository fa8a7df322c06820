#pragma once
// A store written beside the name it is about to take (a restore's staging
// copy, a re-encrypted store): the step both share before the rename.
#include "services/service_layer.h"

#include <functional>

namespace doorstep::services {

// Logs in to the staged store at `staging` as `username` (which migrates an
// older copy and checks the account), records `action` in its own audit log
// through the spine (`body` describes it), checkpoints and closes it, and
// syncs the now single file to the disk. On any failure the staged files are
// removed and the error passed on.
void recordAndSyncStagedStore(const QString &staging, const QString &username, const QString &password,
                              Permission permission, const QString &action,
                              const std::function<void(ActionContext &)> &body);

} // namespace doorstep::services
