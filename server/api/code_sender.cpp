#include "api/code_sender.h"

#include "domain/masking.h"

namespace doorstep::server::api {

void LogCodeSender::send(const QString &phone, const QString &code)
{
    // Development and demo only: the log is the "SMS". A platform with real
    // customers plugs in its SMS gateway's sender instead.
    qInfo("doorstep-server: sign-in code for %s: %s", qUtf8Printable(domain::maskPhone(phone)), qUtf8Printable(code));
}

} // namespace doorstep::server::api
