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

// Too many providers for one notice: split, not "ring every provider" (as
// the offices' notice does with "*"). Ringing all would make every app
// connected to every other process read its jobs at once, the stampede the
// doorbell exists to avoid, for a transaction that touched a few hundred of
// them (an office's snapshot, a bulk reassignment); the process that
// committed rings exactly those anyway. Splitting costs one more NOTIFY per
// 400–1,000 providers in a transaction that wrote at least as many rows, all
// delivered together at its commit or not at all.
QList<QByteArray> PgNoticeListener::jobsPayloads(const QByteArray &instanceTag, const QList<qint64> &providers)
{
    const QString from = QString::fromLatin1(instanceTag);
    const auto text = [&from](const QJsonArray &ids) {
        return QJsonDocument(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("jobs"), ids}})
            .toJson(QJsonDocument::Compact);
    };
    const qsizetype empty = text({}).size();
    QList<QByteArray> out;
    QJsonArray chunk;
    qsizetype size = empty;
    for (const qint64 provider : providers) {
        const qsizetype more = QByteArray::number(provider).size() + 1; // the id and its comma
        if (!chunk.isEmpty() && size + more > kMaxPayload) {
            out.append(text(chunk));
            chunk = {};
            size = empty;
        }
        chunk.append(provider);
        size += more;
    }
    if (!chunk.isEmpty())
        out.append(text(chunk));
    return out;
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
    for (const QJsonValue &v : o.value(QLatin1StringView("jobs")).toArray())
        if (const qint64 id = v.toInteger(); id > 0)
            p.providers.append(id);
    return p;
}

class PgNoticeListener::Worker final : public QObject
{
public:
    Worker(QString conninfo, QByteArray tag, Heard heard, HeardJobs heardJobs, int retryMs)
        : m_conninfo(std::move(conninfo)), m_tag(std::move(tag)), m_heard(std::move(heard)),
          m_heardJobs(std::move(heardJobs))
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
        if (m_everListened) { // notices sent while we were away are gone: every console pulls once,
            m_heard({QStringLiteral("*")}, QStringLiteral("platform"));
            if (m_heardJobs) // and every provider's app reads its jobs once
                m_heardJobs({kEveryProvider});
        }
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
            if (p.instanceTag == m_tag)
                continue; // our own commit (already rung)
            if (!p.audiences.isEmpty())
                m_heard(p.audiences, p.origin);
            if (!p.providers.isEmpty() && m_heardJobs)
                m_heardJobs(p.providers);
            // Neither: not a payload of ours.
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
    HeardJobs m_heardJobs;
    QTimer *m_retry;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_everListened = false;
    bool m_warned = false;
};

PgNoticeListener::PgNoticeListener(QString conninfo, QByteArray ownInstanceTag, Heard heard, HeardJobs heardJobs,
                                   int retryMs)
    : m_worker(new Worker(std::move(conninfo), std::move(ownInstanceTag), std::move(heard), std::move(heardJobs), retryMs))
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
