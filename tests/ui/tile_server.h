#pragma once
// A tile server for GUI tests: plain HTTP on 127.0.0.1 (QTcpServer), one
// small PNG for any GET, every request path recorded. close() makes it gone
// (connections refused), as when the office's line drops.
#include <QBuffer>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>

namespace doorstep::tests {

class TileServer : public QObject
{
public:
    TileServer()
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(QColor(200, 230, 200));
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, m_port); }
    void close()
    {
        m_port = m_server.serverPort(); // listen() again takes the same port
        m_server.close();
    }
    quint16 port() const { return m_server.isListening() ? m_server.serverPort() : m_port; }
    const QStringList &paths() const { return m_paths; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &request = m_pending[socket];
            request += socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
            m_pending.remove(socket);
            if (line.size() >= 2)
                m_paths.append(QString::fromLatin1(line.at(1)));
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QByteArray m_png;
    QStringList m_paths;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace doorstep::tests
