#include "services/data_key_rotation.h"

#include "services/staged_store.h"
#include "services/workspace.h"
#include "store/store_files.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace doorstep::services {
namespace {
const QString kDueSince = QStringLiteral("rekey_due_since");
const QString kDueAccounts = QStringLiteral("rekey_due_accounts");

QStringList splitAccounts(const QString &stored)
{
    return stored.split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

RotationDue rotationDue(store::Database &db)
{
    RotationDue due;
    due.sinceUtc = db.scalar("SELECT value FROM meta WHERE key = ?", kDueSince).toLongLong();
    due.removedAccounts = splitAccounts(db.scalar("SELECT value FROM meta WHERE key = ?", kDueAccounts).toString());
    return due;
}

void markRotationDue(ActionContext &ctx, const QString &removedUsername)
{
    RotationDue due = rotationDue(ctx.db());
    if (!due.isDue())
        ctx.db().run("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", kDueSince, QString::number(ctx.now()));
    if (!due.removedAccounts.contains(removedUsername))
        due.removedAccounts.append(removedUsername);
    ctx.db().run("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", kDueAccounts,
                 due.removedAccounts.join(u'\n'));
}

RotationOutcome DataKeyRotation::rotate(const QString &path, const QString &username, const QString &password,
                                        const std::function<bool(int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    RotationOutcome outcome;
    const QString staging = path + QStringLiteral(".rekeying");
    store::removeStoreFiles(staging); // what a killed rotation left: never the store itself
    QFile::remove(staging + QStringLiteral("-journal"));

    auto ws = Workspace::login(path, username, password);
    ws->services().require(Permission::StoreRekey);
    store::Store &old = ws->store();
    const QStringList passwordOnly = old.passwordOnlySlots();
    if (!passwordOnly.isEmpty())
        throw ServiceError::conflict(
            tr("These accounts have not logged in since key slots changed, so the new key cannot be sealed to "
               "them without their passwords: %1. Ask them to log in once, or reset their passwords, then "
               "rotate the key.").arg(passwordOnly.join(QStringLiteral(", "))));
    outcome.removedAccounts = rotationDue(old.db()).removedAccounts;
    outcome.accounts = int(old.slotUsers().size());
    old.takeExclusiveAccess();

    // The copy is most of the time; the rest (audit, sync, rename) is quick.
    const auto exportProgress = [&](int percent) { return !progress || progress(percent * 95 / 100); };
    old.exportRekeyed(staging, exportProgress);
    // Recorded in the new store's own log, before it takes the name: a
    // rotated store always says when and by whom.
    recordAndSyncStagedStore(staging, username, password, Permission::StoreRekey, QStringLiteral("store.rekey"),
                             [&](ActionContext &ctx) {
                                 ctx.db().run("DELETE FROM meta WHERE key IN (?, ?)", kDueSince, kDueAccounts);
                                 ctx.describe(QString(), 0,
                                              {{QStringLiteral("accounts"), outcome.accounts},
                                               {QStringLiteral("removed_accounts"),
                                                QJsonArray::fromStringList(outcome.removedAccounts)}});
                             });
    if (progress && !progress(97)) {
        store::removeStoreFiles(staging);
        throw store::StoreError(store::StoreError::Kind::Cancelled);
    }
    old.detachFromCompanionFiles();
#ifdef Q_OS_WIN
    // Windows replaces no file that a handle has open (the rename below then
    // fails and the old store stays); on POSIX the exclusive lock is kept
    // until the new file has the name, so nobody opens the old one meanwhile.
    ws.reset();
#endif
    if (!store::replaceFile(staging, path)) {
        store::removeStoreFiles(staging);
        throw store::StoreError(store::StoreError::Kind::Io, tr("cannot move the re-encrypted store into place; "
                                                                "the store is unchanged"));
    }
    store::syncDirectory(QFileInfo(path).absolutePath());
    ws.reset(); // closes the old file, which has no name any more
    outcome.storeBytes = QFileInfo(path).size();
    outcome.elapsedMs = timer.elapsed();
    if (progress)
        progress(100);
    return outcome;
}

bool DataKeyRotation::wasCancelled(const std::exception &e)
{
    const auto *storeError = dynamic_cast<const store::StoreError *>(&e);
    return storeError && storeError->kind() == store::StoreError::Kind::Cancelled;
}

QString DataKeyRotation::durationEstimate(qint64 storeBytes)
{
    // bench_rekey on the 1,000,000-order store (README): 1,360 MiB in 49 s,
    // 27.8 MiB/s on a loaded 2-core machine; the copy dominates. A slower
    // rate here keeps the estimate on the safe side for office PCs.
    constexpr double kBytesPerSecond = 20.0 * 1024 * 1024;
    const int seconds = int(double(storeBytes) / kBytesPerSecond) + 1;
    if (seconds < 60)
        return tr("less than a minute");
    return tr("about %n minute(s)", nullptr, (seconds + 59) / 60);
}

} // namespace doorstep::services
