#include "store/store_files.h"

#include "store/header_vfs.h"
#include "store/store_error.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#else
#include <io.h>
#include <windows.h>
#endif

namespace doorstep::store {

void createOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    // NewOnly: O_CREAT | O_EXCL, so an existing file is never taken over, and
    // the permissions are given to open() itself: there is no moment at which
    // the file exists with wider ones.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFileInfo::exists(path))
            throw StoreError(StoreError::Kind::AlreadyExists, path);
        throw StoreError(StoreError::Kind::Io, file.errorString());
    }
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return _commit(file.handle()) == 0; // FlushFileBuffers
#endif
}

bool syncDirectory(const QString &dirPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dirPath);
    return true;
#endif
}

bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    return MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#endif
}

ExclusiveStoreLock::ExclusiveStoreLock(const QString &path)
{
    // No key is needed: the lock is taken on the file handle SQLite opens
    // (through the header VFS, like every other connection), and no page is read.
    try {
        m_db.open(path, SQLITE_OPEN_READWRITE, registerHeaderVfs());
    } catch (const SqlError &e) {
        throw StoreError(StoreError::Kind::Io, e.message());
    }
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot lock the store file"));
    // SHARED, RESERVED, then EXCLUSIVE, as SQLite's pager climbs.
    for (int level : {SQLITE_LOCK_SHARED, SQLITE_LOCK_RESERVED, SQLITE_LOCK_EXCLUSIVE}) {
        const int rc = file->pMethods->xLock(file, level);
        if (rc != SQLITE_OK) {
            file->pMethods->xUnlock(file, SQLITE_LOCK_NONE);
            if ((rc & 0xff) == SQLITE_BUSY)
                throw StoreError(StoreError::Kind::Busy,
                                 StoreError::tr("it is open in another console or command; close it there first"));
            throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot lock the store file"));
        }
    }
    m_file = file;
}

ExclusiveStoreLock::~ExclusiveStoreLock()
{
    if (m_file)
        m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
    m_db.close();
}

QString keepAsideName(const QString &path)
{
    const QString base = path + QStringLiteral(".before-restore");
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + u'-' + QString::number(n);
        if (!QFileInfo::exists(name) && !QFileInfo::exists(name + QStringLiteral("-wal")))
            return name;
    }
}

namespace {
bool linkOrCopy(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    // A hard link: no data copied, no descriptor opened on the locked store
    // (closing one would drop this process's POSIX locks on it).
    return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
        || QFile::copy(from, to);
#else
    return QFile::copy(from, to);
#endif
}
} // namespace

void keepStoreAs(const QString &path, const QString &keep)
{
    const QString wal = path + QStringLiteral("-wal");
    // The WAL first: a store without the committed frames of its WAL is not
    // whole, while a WAL without its store is merely unused.
    if (QFileInfo::exists(wal) && !linkOrCopy(wal, keep + QStringLiteral("-wal")))
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot keep %1").arg(wal));
    if (!linkOrCopy(path, keep)) {
        QFile::remove(keep + QStringLiteral("-wal"));
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot keep %1").arg(path));
    }
    if (!syncDirectory(QFileInfo(keep).absolutePath()))
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot sync %1").arg(QFileInfo(keep).absolutePath()));
}

} // namespace doorstep::store
