#pragma once
// The API's common answers and JSON helpers (PROTOCOL.md's error shape:
// {"error": code, "message": sentence}).

#include "sync/sync_service.h"

#include <QJsonValue>

namespace doorstep::server::api {

inline sync::Reply badRequest(const QString &reason)
{
    return sync::errorReply(400, QStringLiteral("bad_request"), reason);
}

inline sync::Reply unauthorized()
{
    return sync::errorReply(401, QStringLiteral("unauthenticated"), QStringLiteral("sign in first (Authorization: Bearer TOKEN)"));
}

// Not found, and also what another user's order or job answers: an id that
// is not the caller's is indistinguishable from one that does not exist.
inline sync::Reply notFound()
{
    return sync::errorReply(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
}

inline sync::Reply conflict(const QString &code, const QString &message)
{
    return sync::errorReply(409, code, message);
}

// Ids leave the API as strings (they exceed 2^53).
inline QJsonValue idText(qint64 id)
{
    return id ? QJsonValue(QString::number(id)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue idText(const QJsonValue &id)
{
    return id.isDouble() ? idText(id.toInteger()) : QJsonValue(QJsonValue::Null);
}

} // namespace doorstep::server::api
