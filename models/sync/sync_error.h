#pragma once
// What went wrong talking to the server, sorted by what the caller does next:
// Network and Server failures are retried (backoff), the others are not until
// someone changes something (a certificate, the enrollment, the code).
#include <QString>

#include <stdexcept>

namespace doorstep::sync {

class SyncError : public std::runtime_error
{
public:
    enum class Kind {
        Network,    // no connection, reset, timeout: retry later
        Tls,        // the server's certificate does not chain to the pinned CA, or ours was refused
        Server,     // 5xx or 429: retry later
        Refused,    // 4xx: the request itself was refused (bad code, not enrolled, forbidden)
        Protocol,   // the reply is not what PROTOCOL.md says
        NotEnrolled,
        Cancelled,
    };
    SyncError(Kind kind, const QString &message, int httpStatus = 0, const QString &code = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_status(httpStatus), m_code(code) {}

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    QString code() const { return m_code; } // the reply's "error" field
    QString message() const { return QString::fromUtf8(what()); }
    bool retryable() const { return m_kind == Kind::Network || m_kind == Kind::Server; }

private:
    Kind m_kind;
    int m_status;
    QString m_code;
};

} // namespace doorstep::sync
