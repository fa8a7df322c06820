#include "services/sync_outbox.h"

#include "store/sqlite.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <stdexcept>

namespace doorstep::services::outbox {

QJsonObject rowSnapshot(store::Database &db, const QString &table, qint64 id)
{
    // Table names come from code, never from users; still, refuse anything
    // that is not a plain identifier before splicing it into SQL.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(table).hasMatch())
        throw std::invalid_argument("bad table name");
    auto st = db.prepare("SELECT * FROM " + table.toUtf8() + " WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        return {};
    return rowJson(st);
}

QJsonObject rowJson(const store::Statement &st)
{
    QJsonObject row;
    for (int c = 0; c < st.columnCount(); ++c) {
        const QVariant v = st.value(c);
        const QString name = st.columnName(c);
        switch (v.typeId()) {
        case QMetaType::LongLong:
            row.insert(name, v.toLongLong());
            break;
        case QMetaType::Double:
            row.insert(name, v.toDouble());
            break;
        case QMetaType::QByteArray:
            row.insert(name, QJsonObject{{QStringLiteral("$base64"), QString::fromLatin1(v.toByteArray().toBase64())}});
            break;
        case QMetaType::QString:
            row.insert(name, v.toString());
            break;
        default:
            row.insert(name, QJsonValue::Null);
        }
    }
    return row;
}

void enqueue(store::Database &db, const Change &change, qint64 auditSeq, qint64 at)
{
    const QJsonObject payload = change.payload.isEmpty() && change.op == Change::Op::Upsert
        ? rowSnapshot(db, change.entity, change.entityId)
        : change.payload;
    db.run("INSERT INTO sync_outbox(entity, entity_id, op, payload, audit_seq, at) VALUES (?, ?, ?, ?, ?, ?)",
           change.entity, change.entityId,
           change.op == Change::Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete"),
           QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), auditSeq, at);
}

qint64 pendingCount(store::Database &db)
{
    return db.scalar("SELECT count(*) FROM sync_outbox WHERE sent_at IS NULL").toLongLong();
}

} // namespace doorstep::services::outbox
