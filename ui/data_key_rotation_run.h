#pragma once
// Rotating the data key from the console: the re-encryption runs on a worker
// thread behind a progress dialog with Cancel, then the store is opened again
// with the same password (ConsoleFlow has closed its session first: the
// rotation needs the store alone). See services/data_key_rotation.h.
#include "services/secret_text.h"

#include <QString>

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
};

RotationRunResult runDataKeyRotation(const QString &path, const QString &username, const services::SecretText &password);

} // namespace doorstep::ui
