#pragma once
// How a customer's one-time sign-in code reaches their phone. The server
// takes any sender: a real SMS gateway is one class more. RecordingCodeSender
// keeps the codes for tests and the simulator (doorstep-sim reads them);
// LogCodeSender, the default of `doorstep-server run`, writes them to the
// server's log for a development or demo platform only; FileCodeSender
// (`run --demo-codes FILE`, the demo server's) appends them to a file the
// simulator reads, demo only too.

#include <QHash>
#include <QMutex>
#include <QString>

namespace doorstep::server::api {

class CodeSender
{
public:
    virtual ~CodeSender() = default;
    // Called on a handler thread; must not block for long.
    virtual void send(const QString &phone, const QString &code) = 0;
};

class RecordingCodeSender final : public CodeSender
{
public:
    void send(const QString &phone, const QString &code) override
    {
        const QMutexLocker lock(&m_mutex);
        m_last.insert(phone, code);
        ++m_count;
    }
    // The last code sent to phone; empty if none.
    QString lastCode(const QString &phone) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_last.value(phone);
    }
    int count() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_count;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_last;
    int m_count = 0;
};

class LogCodeSender final : public CodeSender
{
public:
    void send(const QString &phone, const QString &code) override;
};

// "PHONE CODE" lines appended to a file made owner-only: anyone who reads
// it signs in as any customer, so a demo platform only (packaging/demo_server.sh).
class FileCodeSender final : public CodeSender
{
public:
    explicit FileCodeSender(QString path) : m_path(std::move(path)) {}
    void send(const QString &phone, const QString &code) override;

private:
    QMutex m_mutex;
    QString m_path;
};

} // namespace doorstep::server::api
