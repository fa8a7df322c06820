#include "fault_proxy.h"

#include <QTimer>

namespace doorstep::tests {

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::accept()
{
    while (QTcpSocket *console = m_server.nextPendingConnection()) {
        if (chaos && roll() < 10) {
            ++refusedConnections;
            console->abort();
            console->deleteLater();
            continue;
        }
        m_pipes.push_back(std::make_unique<Pipe>());
        Pipe *pipe = m_pipes.back().get();
        pipe->console = console;
        pipe->server = new QTcpSocket(this);
        console->setParent(this);
        connect(console, &QTcpSocket::readyRead, this, [this, pipe] {
            if (!pipe->console || !pipe->server)
                return;
            const QByteArray data = pipe->console->readAll();
            pipe->consoleBurst += data.size();
            if (pipe->consoleBurst >= bigRequestBytes)
                pipe->bigRequest = true;
            pipe->server->write(data);
        });
        connect(pipe->server, &QTcpSocket::readyRead, this, [this, pipe] { fromServer(pipe); });
        connect(console, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe); });
        connect(pipe->server, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe); });
        pipe->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::fromServer(Pipe *pipe)
{
    if (!pipe->console || !pipe->server)
        return;
    const QByteArray data = pipe->server->readAll();
    const bool big = pipe->bigRequest;
    pipe->consoleBurst = 0;
    pipe->bigRequest = false;
    if (big && loseNextBigReply > 0) {
        --loseNextBigReply;
        ++lostReplies;
        close(pipe);
        return;
    }
    if (chaos) {
        const int r = roll();
        if (r < 8) {
            ++lostReplies;
            close(pipe);
            return;
        }
        if (r < 16) {
            ++truncatedReplies;
            pipe->console->write(data.left(data.size() / 2));
            pipe->console->flush();
            close(pipe);
            return;
        }
        if (r < 30) {
            ++delayedReplies;
            ++pipe->delayed;
            QTimer::singleShot(delayMs, this, [pipe, data] {
                --pipe->delayed;
                if (pipe->console)
                    pipe->console->write(data);
            });
            return;
        }
    }
    if (pipe->delayed > 0) { // keep the order behind a delayed answer
        ++pipe->delayed;
        QTimer::singleShot(delayMs, this, [pipe, data] {
            --pipe->delayed;
            if (pipe->console)
                pipe->console->write(data);
        });
        return;
    }
    pipe->console->write(data);
}

void FaultProxy::close(Pipe *pipe)
{
    for (QPointer<QTcpSocket> *s : {&pipe->console, &pipe->server}) {
        if (QTcpSocket *socket = *s) {
            *s = nullptr;
            socket->abort();
            socket->deleteLater();
        }
    }
}

} // namespace doorstep::tests
