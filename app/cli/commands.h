#pragma once
#include "cli_common.h"

namespace doorstep::cli {

int runInit(const QStringList &args);
int runDemo(const QStringList &args);
int runVerify(const QStringList &args);
int runRebuildRollups(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runRekey(const QStringList &args);
int runUsers(const QStringList &args);
int runPrivacy(const QStringList &args);
int runCalendar(const QStringList &args);
int runSettings(const QStringList &args);
int runVrptw(const QStringList &args);
int runEnroll(const QStringList &args);
int runSync(const QStringList &args);
int runReport(const QStringList &args);

// Rotates the data key with progress on stderr (Ctrl-C cancels); an exit code.
int rotateDataKey(const QString &storePath, const QString &user, const QString &password);

} // namespace doorstep::cli
