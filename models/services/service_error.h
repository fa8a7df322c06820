#pragma once
#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace doorstep::services {

// What a service call reports when it refuses or fails. Nothing has been
// written when one of these is thrown: the action's transaction is rolled back.
class ServiceError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(ServiceError)
public:
    // Busy: another connection (console or CLI) held the store's write lock
    // past the busy timeout; nothing was written and trying again is safe.
    enum class Kind { PermissionDenied, Invalid, NotFound, Conflict, Store, Busy };
    ServiceError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

    static ServiceError invalid(const QString &message) { return {Kind::Invalid, message}; }
    static ServiceError notFound(const QString &message) { return {Kind::NotFound, message}; }
    static ServiceError conflict(const QString &message) { return {Kind::Conflict, message}; }

private:
    Kind m_kind;
};

// What kind of trouble an exception is, so a message box can title it
// without knowing the store's error types.
enum class ErrorCategory { NotAllowed, BadInput, Store, Busy, Other };
ErrorCategory errorCategory(const std::exception &e);

} // namespace doorstep::services
