#include "data_dir.h"

#include "store/secret_memory.h"
#include "store/store_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace doorstep::server {
namespace {
store::SecretBytes decodeKey(QByteArray text, const QString &where)
{
    QByteArray hex = text.trimmed();
    store::wipe(text);
    bool ok = hex.size() == 64;
    for (const char c : std::as_const(hex))
        ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    if (!ok) {
        store::wipe(hex);
        throw SetupError(QStringLiteral("%1 does not hold a key (64 hex digits)").arg(where));
    }
    QByteArray raw = QByteArray::fromHex(hex);
    store::wipe(hex);
    return store::SecretBytes(std::move(raw));
}
} // namespace

void makeOwnerOnlyDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        throw SetupError(QStringLiteral("cannot create the directory %1").arg(path));
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        throw SetupError(QStringLiteral("cannot make %1 owner-only").arg(path));
}

void writeOwnerOnlyFile(const QString &path, const QByteArray &bytes)
{
    try {
        store::createOwnerOnlyFile(path);
    } catch (const std::exception &) {
        throw SetupError(QStringLiteral("%1 already exists or cannot be created").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        throw SetupError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SetupError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QByteArray encodeKey(const store::SecretBytes &key)
{
    return key.bytes().toHex() + '\n';
}

store::SecretBytes readKeyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw SetupError(QStringLiteral("no key file at %1").arg(path));
    if (info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        throw SetupError(
            QStringLiteral("the key file %1 may be read by others: make it owner-only (chmod 600)").arg(path));
    return decodeKey(readWholeFile(path), path);
}

store::SecretBytes readKeyStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw SetupError(QStringLiteral("cannot read standard input"));
    return decodeKey(in.readLine(256), QStringLiteral("standard input"));
}

} // namespace doorstep::server
