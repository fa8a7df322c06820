#pragma once
// Rotating the data key from the console: the re-encryption runs on a worker
// thread behind a progress dialog with Cancel, then the store is opened again
// with the same password (ConsoleFlow has closed its session first: the
// rotation needs the store alone). See services/data_key_rotation.h.
#include "services/secret_text.h"

#include <QString>

#include <functional>

#include <memory>

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

struct RotationRunResult
{
    bool rotated = false;
    QString message;                                // what to tell the user, success or not
    std::unique_ptr<services::Workspace> workspace; // the store opened again; null if that failed
    QString afterLoginProblem;                      // what `afterLogin` reported
};

// `afterLogin` (the console's catch-up sweeps, as LoginDialog::setAfterLogin)
// runs on the worker on the reopened store, before it is handed back.
RotationRunResult runDataKeyRotation(const QString &path, const QString &username, const services::SecretText &password,
                                     const std::function<QString(services::Workspace &)> &afterLogin);

} // namespace doorstep::ui
