#pragma once
// Input rules shared by the services (and shown by the UI as it validates).
#include <QString>

namespace doorstep::services::validate {

void username(const QString &name);              // 3-32 of a-z 0-9 . _ -
void password(const QString &password);          // at least 8 characters
void required(const QString &value, const QString &fieldName);
void mobile(const QString &phone);               // a mainland China mobile number

} // namespace doorstep::services::validate
