#pragma once
// The one-time codes a demo doorstep-server writes to a file
// (`doorstep-server run --demo-codes FILE`, api/code_sender.h
// FileCodeSender): "PHONE CODE" lines, newest last. doorstep-sim reads them
// as its customers' SMS. Demo only: a real platform sends SMS.

#include <QHash>
#include <QString>

namespace doorstep::server::sim {

class CodeFileReader
{
public:
    explicit CodeFileReader(QString path) : m_path(std::move(path)) {}
    // The newest code for the phone; reads what was appended since last time.
    QString codeFor(const QString &phone);

private:
    QString m_path;
    qint64 m_offset = 0;
    QHash<QString, QString> m_codes;
};

} // namespace doorstep::server::sim
