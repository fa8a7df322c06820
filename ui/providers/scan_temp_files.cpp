#include "ui/providers/scan_temp_files.h"

#include "domain/scan_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace doorstep::ui::scan_temp_files {
namespace {
QString userTag()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    // Windows' temporary folder is already per user; the name keeps two
    // accounts apart on a shared TEMP all the same.
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
#endif
}

QString extensionOf(domain::ScanFormat format)
{
    switch (format) {
    case domain::ScanFormat::Png: return QStringLiteral("png");
    case domain::ScanFormat::Jpeg: return QStringLiteral("jpg");
    case domain::ScanFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;

// The directory exists, is a real directory of this user (not a link another
// user planted in a shared /tmp), and only this user may enter it.
bool secureDirectory(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(path)) {
        *error = QCoreApplication::translate("ScanTempFiles", "Could not create the folder for temporary copies: %1").arg(path);
        return false;
    }
    info.refresh();
    if (info.isSymLink() || !info.isDir()) {
        *error = QCoreApplication::translate("ScanTempFiles", "%1 is not a folder of this console; no copy was written.").arg(path);
        return false;
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid()) {
        *error = QCoreApplication::translate("ScanTempFiles", "%1 belongs to another user; no copy was written.").arg(path);
        return false;
    }
#endif
    if (!QFile::setPermissions(path, kOwnerDir)) {
        *error = QCoreApplication::translate("ScanTempFiles", "Could not make %1 private; no copy was written.").arg(path);
        return false;
    }
    return true;
}
} // namespace

QString directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("doorstep-scans-") + userTag());
}

QString write(const QByteArray &bytes, QString *error)
{
    const auto format = domain::sniffScan(bytes);
    if (!format) {
        *error = QCoreApplication::translate("ScanTempFiles", "The scan is neither PNG, JPEG nor PDF; no copy was written.");
        return {};
    }
    const QString dir = directory();
    if (!secureDirectory(dir, error))
        return {};
    QTemporaryFile file(QDir(dir).filePath(QStringLiteral("scan-XXXXXX.") + extensionOf(*format)));
    file.setAutoRemove(false);
    if (!file.open()) {
        *error = QCoreApplication::translate("ScanTempFiles", "Could not write a temporary copy: %1").arg(file.errorString());
        return {};
    }
    // QTemporaryFile creates 0600 already; said here so it stays true.
    file.setPermissions(kOwnerFile);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QCoreApplication::translate("ScanTempFiles", "Could not write a temporary copy: %1").arg(file.errorString());
        file.remove();
        return {};
    }
    file.close();
    return file.fileName();
}

int purge()
{
    const QDir dir(directory());
    if (!dir.exists())
        return 0;
    int left = 0;
    // Links are removed as links (never followed); nothing else lives here.
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot))
        if (!QFile::remove(entry.absoluteFilePath()))
            ++left;
    return left;
}

} // namespace doorstep::ui::scan_temp_files
