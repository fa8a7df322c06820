#include "sync/sync_wire.h"

#include "sync/sync_error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace doorstep::sync {
namespace {
struct SyncWire
{
    Q_DECLARE_TR_FUNCTIONS(SyncWire)
};

[[noreturn]] void missing(const char *field)
{
    throw SyncError(SyncError::Kind::Protocol,
                    SyncWire::tr("The server's reply lacks \"%1\" or has the wrong type.").arg(QString::fromLatin1(field)));
}

QJsonValue need(const QJsonObject &o, const char *field, QJsonValue::Type type)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.type() != type)
        missing(field);
    return v;
}

qint64 integer(const QJsonObject &o, const char *field)
{
    return need(o, field, QJsonValue::Double).toInteger(); // exact: ids exceed 2^53
}
} // namespace

PushReply parsePushReply(const QJsonObject &o)
{
    PushReply reply;
    for (const QJsonValue &v : need(o, "results", QJsonValue::Array).toArray()) {
        const QJsonObject r = v.toObject();
        MutationResult m;
        m.id = integer(r, "id");
        m.status = need(r, "status", QJsonValue::String).toString();
        m.reason = r.value(QStringLiteral("reason")).toString();
        m.message = r.value(QStringLiteral("message")).toString();
        m.conflict = r.value(QStringLiteral("conflict")).toObject();
        // merged: what the server did not take and what it kept instead
        // (customer_fields), kept with the conflict for the person to see.
        for (const char *field : {"not_taken", "server_values"}) {
            const QJsonValue v = r.value(QLatin1StringView(field));
            if (!v.isUndefined())
                m.conflict.insert(QLatin1StringView(field), v);
        }
        reply.results.append(m);
    }
    reply.lastId = integer(o, "last_id");
    return reply;
}

ChangesPage parseChangesPage(const QJsonObject &o)
{
    ChangesPage page;
    for (const QJsonValue &v : need(o, "changes", QJsonValue::Array).toArray()) {
        const QJsonObject c = v.toObject();
        PulledChange ch;
        ch.entity = need(c, "entity", QJsonValue::String).toString();
        ch.id = integer(c, "id");
        const QString op = need(c, "op", QJsonValue::String).toString();
        if (op != u"upsert" && op != u"delete")
            missing("op");
        ch.deleted = op == u"delete";
        ch.row = c.value(QStringLiteral("row")).toObject();
        if (!ch.deleted && ch.row.isEmpty())
            missing("row");
        ch.office = c.value(QStringLiteral("office")).toString();
        page.changes.append(ch);
    }
    page.cursor = need(o, "cursor", QJsonValue::String).toString();
    page.more = need(o, "more", QJsonValue::Bool).toBool();
    return page;
}

Hello parseHello(const QJsonObject &o)
{
    Hello h;
    h.protocol = int(integer(o, "protocol"));
    h.office = o.value(QStringLiteral("office")).toObject();
    h.node = int(h.office.value(QStringLiteral("node")).toInteger());
    h.lastId = integer(o, "last_id");
    h.serverTime = o.value(QStringLiteral("server_time")).toInteger();
    h.acceptTimeouts = o.value(QStringLiteral("accept_timeouts")).toBool(); // absent from older servers
    return h;
}

EnrollReply parseEnrollReply(const QJsonObject &o)
{
    EnrollReply r;
    r.office = need(o, "office", QJsonValue::Object).toObject();
    r.officeCode = need(r.office, "code", QJsonValue::String).toString();
    r.officeName = r.office.value(QStringLiteral("name")).toString();
    for (const QJsonValue &d : r.office.value(QStringLiteral("districts")).toArray())
        r.districts.append(d.toString());
    r.certificatePem = need(o, "certificate", QJsonValue::String).toString().toLatin1();
    r.caPem = need(o, "ca", QJsonValue::String).toString().toLatin1();
    r.syncUrl = need(o, "sync_url", QJsonValue::String).toString();
    // Protocol 2: the office's own node; without it ids could collide.
    const qint64 node = integer(r.office, "node");
    if (node < 1 || node > 1023)
        missing("node");
    r.node = int(node);
    return r;
}

qint64 keyedId(const QString &table, const QString &key)
{
    const QByteArray h = QCryptographicHash::hash((table + u'/' + key).toUtf8(), QCryptographicHash::Sha256);
    qint64 id = 0;
    for (int i = 0; i < 8; ++i)
        id = (id << 8) | quint8(h.at(i));
    return id & 0x3fffffffffffffffLL; // positive, like every id
}

} // namespace doorstep::sync
