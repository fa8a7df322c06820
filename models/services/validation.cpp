#include "services/validation.h"

#include "domain/mobile.h"
#include "services/service_error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace doorstep::services::validate {
void username(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    if (!pattern.match(name).hasMatch())
        throw ServiceError::invalid(QCoreApplication::translate("Validation", "A user name has 3 to 32 characters: lower-case letters, digits, '.', '_' or '-'."));
}

void password(const QString &password)
{
    if (password.size() < 8)
        throw ServiceError::invalid(QCoreApplication::translate("Validation", "A password needs at least 8 characters."));
}

void required(const QString &value, const QString &fieldName)
{
    if (value.trimmed().isEmpty())
        throw ServiceError::invalid(QCoreApplication::translate("Validation", "%1 is required.").arg(fieldName));
}

void mobile(const QString &phone)
{
    if (!domain::isValidMobile(phone))
        throw ServiceError::invalid(QCoreApplication::translate("Validation", "%1 is not a valid mainland China mobile number.").arg(phone));
}

} // namespace doorstep::services::validate
