#pragma once
// The console's end of the server's live notices (server/PROTOCOL.md, "Live
// notices"): a WebSocket to /v2/notify on the sync listener, with the same
// pinned CA and office certificate as the rounds (pinnedConfiguration). The
// server says "ready" once subscribed and "changes" whenever something for
// this office was committed; each becomes pullNeeded(), and SyncClient runs
// a round. While the socket is down (server away, network) nothing is lost: the periodic rounds carry on, and the channel reconnects
// with backoff and jitter (a "ready" on reconnecting pulls what was missed).
// Lives on the GUI thread; the socket is asynchronous, so it never blocks.
#include "sync/backoff.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace doorstep::sync {

class NotifyChannel : public QObject
{
    Q_OBJECT
public:
    explicit NotifyChannel(QObject *parent = nullptr);
    ~NotifyChannel() override;

    // Where and as whom to listen (the enrolled office's sync URL, CA,
    // certificate and key), given by the owner: the channel never reads the
    // store itself, so it holds nothing that could outlive the store.
    struct Target
    {
        QString serverUrl;
        QByteArray caPem, certificatePem, keyPem;
    };
    // Connects to `target` (and keeps reconnecting) while on; off closes.
    void setEnabled(bool on, const Target &target = {});
    bool enabled() const { return m_enabled; }
    // Subscribed: the server said "ready" on the open socket.
    bool live() const { return m_live; }
    void setBackoff(Backoff b) { m_backoff = b; }
    // The notify URL for a sync URL: https://h:p -> wss://h:p/v2/notify.
    static QUrl notifyUrl(const QString &serverUrl);
    // Why the socket last closed or failed (for the sync window's tooltip).
    QString lastError() const { return m_lastError; }

signals:
    // The server has changes for this office (or just subscribed us): pull.
    void pullNeeded();
    void liveChanged(bool live);

private:
    void open();
    void closed();
    void received(const QString &message);
    void setLive(bool live);

    Target m_target;
    QWebSocket *m_socket = nullptr;
    bool m_enabled = false;
    bool m_live = false;
    QString m_lastError;
    int m_failures = 0;
    Backoff m_backoff{1000, 60'000};
    QTimer m_retry;
    QTimer m_ping;
};

} // namespace doorstep::sync
