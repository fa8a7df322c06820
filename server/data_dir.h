#pragma once
// The server's --data directory (owner-only, 0700) and its key: the CA and
// TLS files next to the embedded store, and the store's raw 256-bit key,
// which never lives there (an owner-only key file elsewhere, or stdin).

#include "store/key_crypto.h"

#include <QString>

#include <stdexcept>

namespace doorstep::server {

// Raised for a problem the operator fixes (bad path, open permissions):
// exit code 2 from the commands.
class SetupError : public std::runtime_error
{
public:
    explicit SetupError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromUtf8(what()); }
};

struct DataDir
{
    QString root;
    QString caCert() const { return root + QStringLiteral("/ca.crt"); }
    QString caKey() const { return root + QStringLiteral("/ca.key"); }
    QString serverCert() const { return root + QStringLiteral("/server.crt"); }
    QString serverKey() const { return root + QStringLiteral("/server.key"); }
    QString store() const { return root + QStringLiteral("/server.db"); }
};

// Creates the directory owner-only (or makes an existing empty one so).
void makeOwnerOnlyDirectory(const QString &path);
// Writes a new file readable by its owner only; refuses an existing one.
void writeOwnerOnlyFile(const QString &path, const QByteArray &bytes);
QByteArray readWholeFile(const QString &path);

// The key as 64 hex digits (a trailing newline allowed).
QByteArray encodeKey(const store::SecretBytes &key);
// Refuses a key file that its group or others may read.
store::SecretBytes readKeyFile(const QString &path);
store::SecretBytes readKeyStdin();

} // namespace doorstep::server
