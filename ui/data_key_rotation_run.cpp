#include "ui/data_key_rotation_run.h"

#include "services/data_key_rotation.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace doorstep::ui {
namespace {
struct RotationRun
{
    Q_DECLARE_TR_FUNCTIONS(RotationRun)
};

// Shared by the window and the worker, so the worker never reaches into a
// stack frame that has returned.
struct Shared
{
    std::atomic<bool> cancelled = false;
    std::atomic<int> percent = 0;
    RotationRunResult result;
};
} // namespace

RotationRunResult runDataKeyRotation(const QString &path, const QString &username, const services::SecretText &password,
                                     const std::function<QString(services::Workspace &)> &afterLogin)
{
    auto shared = std::make_shared<Shared>();
    QProgressDialog progress(RotationRun::tr("Re-encrypting the store under a new data key…"), RotationRun::tr("Cancel"), 0, 100);
    progress.setObjectName(QStringLiteral("rotationProgress"));
    progress.setWindowTitle(RotationRun::tr("Rotate the data key"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, shared] { progress.setValue(shared->percent); });
    poll.start(100);
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &progress, &QProgressDialog::accept);
    // The password is copied into the worker's own wiped buffer.
    watcher.setFuture(QtConcurrent::run([shared, path, username, afterLogin, secret = std::make_shared<services::SecretText>(QString(password.text()))] {
        RotationRunResult &r = shared->result;
        try {
            const services::RotationOutcome outcome = services::DataKeyRotation::rotate(path, username, secret->text(), [shared](int p) {
                shared->percent = p;
                return !shared->cancelled;
            });
            r.rotated = true;
            r.message = RotationRun::tr("The store is re-encrypted under a new data key (%n account(s), %1 MiB, %2 s). "
                                        "Copies made before no longer open it.", nullptr, outcome.accounts)
                            .arg(QLocale().toString(double(outcome.storeBytes) / (1024.0 * 1024.0), 'f', 1),
                                 QLocale().toString(double(outcome.elapsedMs) / 1000.0, 'f', 1));
        } catch (const std::exception &e) {
            r.message = services::DataKeyRotation::wasCancelled(e)
                ? RotationRun::tr("The rotation was cancelled; the store is as it was and the rotation is still due.")
                : RotationRun::tr("The data key was not rotated: %1").arg(QString::fromUtf8(e.what()));
        }
        try {
            r.workspace = services::Workspace::login(path, username, secret->text());
        } catch (const std::exception &) {
            r.workspace.reset(); // the caller asks for the password again
            return;
        }
        if (afterLogin) {
            try {
                r.afterLoginProblem = afterLogin(*r.workspace);
            } catch (const std::exception &e) {
                r.afterLoginProblem = QString::fromUtf8(e.what());
            }
        }
    }));
    if (progress.exec() != QDialog::Accepted) {
        shared->cancelled = true; // the worker stops at its next progress report
        // ...and opens the store again: wait for that without freezing the window.
        QProgressDialog wait(RotationRun::tr("Cancelling…"), QString(), 0, 0);
        wait.setWindowModality(Qt::ApplicationModal);
        wait.setMinimumDuration(0);
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &wait, &QProgressDialog::accept);
        if (!watcher.isFinished())
            wait.exec();
    }
    poll.stop();
    watcher.waitForFinished();
    return std::move(shared->result);
}

} // namespace doorstep::ui
