#include "api/code_sender.h"

#include "domain/masking.h"

#include <QFile>

namespace doorstep::server::api {

void LogCodeSender::send(const QString &phone, const QString &code)
{
    // Development and demo only: the log is the "SMS". A platform with real
    // customers plugs in its SMS gateway's sender instead.
    qInfo("doorstep-server: sign-in code for %s: %s", qUtf8Printable(domain::maskPhone(phone)), qUtf8Printable(code));
}

void FileCodeSender::send(const QString &phone, const QString &code)
{
    const QMutexLocker lock(&m_mutex);
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        qWarning("doorstep-server: cannot write the demo code file %s", qUtf8Printable(m_path));
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write((phone + u' ' + code + u'\n').toUtf8());
}

} // namespace doorstep::server::api
