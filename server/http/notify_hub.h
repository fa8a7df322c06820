#pragma once
// Live notices to enrolled consoles (PROTOCOL.md, "Live notices"): a
// WebSocket at /v2/notify on the mutual-TLS sync listener. Qt HttpServer
// upgrades the request (it is built with Qt WebSockets) and hands the socket
// here; the office is the one the connection's client certificate stands
// for. Whenever a push or snapshot commits rows for an office, each of its
// sockets gets {"type":"changes","n":N} (N counts this process's notices to
// that office); the console then pulls. A doorbell only: rows still travel
// by /changes, from the console's own cursor, so a lost notice costs at
// most one periodic round, never a change.
//
// Bounds: a client sends nothing but control frames (anything else closes
// the socket; frames over 1 KiB are refused), a ping every 30 s, and a
// socket silent for 90 s (no pong) is aborted. The certificate is checked
// again before every notice, so a revoked office stops hearing at once.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QSslSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace doorstep::server::http {

class NotifyHub : public QObject
{
    Q_OBJECT
public:
    // officeOf: the office a client certificate (PEM) stands for, or empty.
    explicit NotifyHub(std::function<QString(const QByteArray &certPem)> officeOf, QObject *parent = nullptr);
    ~NotifyHub() override;

    // Every connection of the sync listener, once vetted: its certificate is
    // remembered until the socket goes, for the WebSocket it may become.
    void connectionVetted(QSslSocket *socket);
    // A socket Qt HttpServer upgraded; closed unless it asked for /v…/notify
    // from a connection vetted here.
    void adopt(std::unique_ptr<QWebSocket> socket);
    // Rows were committed for these audiences (office codes; "*" = all),
    // from `origin` (not told: its round pulls after pushing anyway). Safe
    // from any thread: queued to the hub's.
    void announce(const QStringList &audiences, const QString &origin);

    int listeners() const { return int(m_sockets.size()); }

private:
    struct Listener
    {
        QString office;
        QByteArray certPem;
        qint64 heardAt = 0; // ms, the last frame or pong
    };
    void announceHere(const QStringList &audiences, const QString &origin);
    void sweep();
    static QString peerKey(const QString &address, quint16 port);

    std::function<QString(const QByteArray &)> m_officeOf;
    QHash<QString, QByteArray> m_vetted; // "address|port" -> certificate PEM
    QHash<QWebSocket *, Listener> m_sockets;
    QHash<QString, qint64> m_sent; // notices per office
    QTimer m_ping;
};

} // namespace doorstep::server::http
