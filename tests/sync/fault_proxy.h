#pragma once
// A TCP proxy in the test process between the console and a real server: the
// TLS bytes pass through untouched (the server's certificate still names
// 127.0.0.1), and the proxy misbehaves on request:
//  - loseNextBigReply: after the console has sent a burst of at least
//    bigRequestBytes (a push, not a hello or a handshake), the server's answer
//    is thrown away and both connections are closed: the server committed,
//    the console never heard;
//  - chaos: a seeded random share of connections refused at once, of server
//    answers cut short (half forwarded, then closed) or lost (closed), and of
//    answers delayed.
// Bytes are forwarded in order; a delayed answer delays what follows it.
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <random>
#include <vector>

namespace doorstep::tests {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }

    int bigRequestBytes = 4096;
    int loseNextBigReply = 0; // how many times
    bool chaos = false;
    int delayMs = 300;

    // What happened, for the test to check that the faults did occur.
    int lostReplies = 0;
    int truncatedReplies = 0;
    int refusedConnections = 0;
    int delayedReplies = 0;

private:
    struct Pipe
    {
        QPointer<QTcpSocket> console;
        QPointer<QTcpSocket> server;
        qint64 consoleBurst = 0; // bytes the console sent since the server last answered
        bool bigRequest = false;
        int delayed = 0;         // answers still waiting on a timer
    };
    void accept();
    void fromServer(Pipe *pipe);
    void close(Pipe *pipe);
    int roll() { return int(m_rng() % 100); }

    std::vector<std::unique_ptr<Pipe>> m_pipes; // kept to the end: timers may still hold one
    quint16 m_target;
    QTcpServer m_server;
    std::mt19937 m_rng{20261202};
};

} // namespace doorstep::tests
