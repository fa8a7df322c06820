#include "pg_notice_listener.h"

#include "pg_connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <memory>

namespace doorstep::server {
namespace {
// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
constexpr qsizetype kMaxPayload = 7900;
} // namespace

QByteArray PgNoticeListener::payload(const QByteArray &instanceTag, const QString &origin, const QStringList &audiences)
{
    QJsonObject o{{QStringLiteral("from"), QString::fromLatin1(instanceTag)},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("to"), QJsonArray::fromStringList(audiences)}};
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (text.size() > kMaxPayload) { // too many offices to name: ring them all
        o.insert(QStringLiteral("to"), QJsonArray{QStringLiteral("*")});
        text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return text;
}

PgNoticeListener::Parsed PgNoticeListener::parse(const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    Parsed p;
    p.instanceTag = o.value(QLatin1StringView("from")).toString().toLatin1();
    p.origin = o.value(QLatin1StringView("origin")).toString();
    for (const QJsonValue &v : o.value(QLatin1StringView("to")).toArray())
        if (v.isString() && !v.toString().isEmpty())
            p.audiences.append(v.toString());
    return p;
}

class PgNoticeListener::Worker final : public QObject
{
public:
    Worker(QString conninfo, QByteArray tag, Heard heard, int retryMs)
        : m_conninfo(std::move(conninfo)), m_tag(std::move(tag)), m_heard(std::move(heard))
    {
        // A child, so moveToThread takes it along: it is started on the worker's thread.
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        m_retry->setInterval(retryMs);
        connect(m_retry, &QTimer::timeout, this, &Worker::connectNow);
    }

    void connectNow()
    {
        try {
            m_conn = std::make_unique<PgConnection>(m_conninfo, 5);
            m_conn->exec("LISTEN doorstep_changes");
        } catch (const PgError &e) {
            lost(QString::fromUtf8(e.what()));
            return;
        }
        m_notifier = std::make_unique<QSocketNotifier>(qintptr(m_conn->socket()), QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &Worker::read);
        pid = m_conn->backendPid();
        if (m_everListened) // notices sent while we were away are gone: every console pulls once
            m_heard({QStringLiteral("*")}, QStringLiteral("platform"));
        m_everListened = true;
    }

    std::atomic<int> pid{0};

private:
    void read()
    {
        QList<PgConnection::Notice> notices;
        try {
            notices = m_conn->takeNotices();
        } catch (const PgError &e) {
            lost(QString::fromUtf8(e.what()));
            return;
        }
        for (const PgConnection::Notice &n : notices) {
            const Parsed p = parse(n.payload);
            if (p.instanceTag == m_tag || p.audiences.isEmpty())
                continue; // our own commit (already rung) or not a payload of ours
            m_heard(p.audiences, p.origin);
        }
    }

    void lost(const QString &why)
    {
        if (m_everListened || !m_warned)
            qWarning("doorstep-server: not hearing other server processes' changes (%s); trying again in %d s",
                     qUtf8Printable(why), m_retry->interval() / 1000);
        m_warned = true;
        pid = 0;
        m_notifier.reset();
        m_conn.reset();
        m_retry->start();
    }

    QString m_conninfo;
    QByteArray m_tag;
    Heard m_heard;
    QTimer *m_retry;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_everListened = false;
    bool m_warned = false;
};

PgNoticeListener::PgNoticeListener(QString conninfo, QByteArray ownInstanceTag, Heard heard, int retryMs)
    : m_worker(new Worker(std::move(conninfo), std::move(ownInstanceTag), std::move(heard), retryMs))
{
    m_thread.setObjectName(QStringLiteral("pg-notices"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_worker, &Worker::connectNow);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PgNoticeListener::~PgNoticeListener()
{
    m_thread.quit();
    m_thread.wait();
}

bool PgNoticeListener::listening() const
{
    return backendPid() != 0;
}

int PgNoticeListener::backendPid() const
{
    return m_worker->pid.load();
}

} // namespace doorstep::server
