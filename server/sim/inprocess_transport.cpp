#include "sim/inprocess_transport.h"

#include "api/api_service.h"

#include <QJsonDocument>

#include <exception>

namespace doorstep::server::sim {

void InProcessTransport::send(const SimRequest &request, Done done)
{
    const qsizetype q = request.path.indexOf(u'?');
    api::ApiRequest r{request.method, q < 0 ? request.path : request.path.left(q),
                      request.token.isEmpty() ? QByteArray() : "Bearer " + request.token.toLatin1(),
                      request.body.isEmpty() ? QByteArray() : QJsonDocument(request.body).toJson(QJsonDocument::Compact),
                      QUrlQuery(q < 0 ? QString() : request.path.mid(q + 1))};
    SimResponse response;
    try {
        const sync::Reply reply = m_api.handle(r);
        response = {reply.status, reply.body, {}};
    } catch (const std::exception &e) {
        // As the HTTP listener answers a handler that threw.
        response = {500, {}, QString::fromUtf8(e.what())};
    }
    done(response);
}

} // namespace doorstep::server::sim
