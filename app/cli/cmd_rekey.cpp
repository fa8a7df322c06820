// rekey: rotate the store's data key (services/data_key_rotation.h); also
// what `users remove` runs after a removal unless told to defer it.
#include "commands.h"

#include "services/data_key_rotation.h"

#include <atomic>
#include <csignal>

namespace doorstep::cli {
namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

int rotateDataKey(const QString &storePath, const QString &user, const QString &password)
{
    // Ctrl-C cancels between steps of the copy: the store stays as it was.
    g_interrupted = false;
    const auto previous = std::signal(SIGINT, &onInterrupt);
    int lastTen = -1;
    try {
        const services::RotationOutcome outcome = services::DataKeyRotation::rotate(storePath, user, password, [&](int percent) {
            if (percent / 10 != lastTen) {
                lastTen = percent / 10;
                err() << "re-encrypting: " << percent << " %\n";
                err().flush();
            }
            return !g_interrupted.load();
        });
        std::signal(SIGINT, previous);
        out() << "re-encrypted " << storePath << " under a new data key: " << outcome.accounts << " accounts, "
              << QString::number(double(outcome.storeBytes) / (1024.0 * 1024.0), 'f', 1) << " MiB in "
              << QString::number(double(outcome.elapsedMs) / 1000.0, 'f', 1) << " s\n";
        if (!outcome.removedAccounts.isEmpty())
            out() << "copies made before then no longer open it with the slots of "
                  << outcome.removedAccounts.join(QStringLiteral(", ")) << "\n";
        return Ok;
    } catch (const std::exception &e) {
        std::signal(SIGINT, previous);
        return report(e);
    }
}

int runRekey(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Rotate the store's data key: re-encrypt the whole store under a new random key and seal it to every "
        "account's key slot, so key slots kept in older copies (backups made before an account was removed) no "
        "longer open it. You must be an administrator. Refused while any console or command has the store open. "
        "Ctrl-C cancels and leaves the store as it was. Backups made before stay readable with their own slots."));
    const LoginOptions login(QStringLiteral("Your user name (an administrator)."),
                             QStringLiteral("Read your password from standard input."));
    p.addOptions(login.options());
    int code = Ok;
    if (!parse(p, args, login.required(), &code))
        return code;
    const auto passwords = requirePasswords(1, QStringLiteral("rekey"));
    if (!passwords)
        return Usage;
    if (passwords->front().isEmpty()) {
        err() << "rekey: the password line is empty\n";
        return Usage;
    }
    return rotateDataKey(p.value(login.store), p.value(login.user), passwords->front().text());
}

} // namespace doorstep::cli
