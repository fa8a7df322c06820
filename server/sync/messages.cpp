#include "sync/messages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace doorstep::server::sync {
namespace {
// Real ids are 64-bit time-ordered ids near 4e17, beyond 2^53: read as
// doubles they would change. Qt 6's JSON parser keeps an integer literal
// that fits in 64 bits exact, and toInteger() hands it over exactly.
constexpr qint64 kNotAnInteger = std::numeric_limits<qint64>::min();

// A small reader that records the first problem and answers defaults after
// it, so each parser reads straight through and checks once at the end.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    qint64 integer(const QJsonObject &o, QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return 0;
        }
        const qint64 i = v.isDouble() ? v.toInteger(kNotAnInteger) : kNotAnInteger;
        if (i == kNotAnInteger) {
            fail(QStringLiteral("\"%1\" must be an integer").arg(key));
            return 0;
        }
        return i;
    }

    QString text(const QJsonObject &o, QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(QStringLiteral("\"%1\" must be a string").arg(key));
            return {};
        }
        return v.toString();
    }

    QJsonObject object(const QJsonObject &o, QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return {};
        }
        if (!v.isObject()) {
            fail(QStringLiteral("\"%1\" must be an object").arg(key));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, QLatin1StringView key, qsizetype max)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(v.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                 : QStringLiteral("\"%1\" must be an array").arg(key));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() > max) {
            fail(QStringLiteral("\"%1\" has more than %2 entries").arg(key).arg(max));
            return {};
        }
        return a;
    }

    QByteArray storeUid(const QJsonObject &o)
    {
        const QString hex = text(o, QLatin1StringView("store_uid"));
        if (!ok())
            return {};
        const auto uid = parseStoreUid(hex);
        if (!uid) {
            fail(QStringLiteral("\"store_uid\" must be 32 hex digits"));
            return {};
        }
        return *uid;
    }

    RowChange change(const QJsonValue &value, bool snapshot)
    {
        RowChange c;
        if (!value.isObject()) {
            fail(QStringLiteral("a change must be an object"));
            return c;
        }
        const QJsonObject o = value.toObject();
        c.entity = text(o, QLatin1StringView("entity"));
        c.id = integer(o, QLatin1StringView("id"));
        if (ok() && (c.entity.isEmpty() || c.entity.size() > 64))
            fail(QStringLiteral("\"entity\" must be a table name"));
        if (!snapshot) {
            const QString op = text(o, QLatin1StringView("op"));
            if (ok() && op != u"upsert" && op != u"delete")
                fail(QStringLiteral("\"op\" must be \"upsert\" or \"delete\""));
            c.deleted = op == u"delete";
        }
        // A deletion carries no row: whatever a client sends with it is
        // ignored here, so nothing downstream can mistake it for data.
        if (!c.deleted)
            c.row = object(o, QLatin1StringView("row"));
        if (const auto keyed = keyedRowId(c.entity, c.row))
            c.id = *keyed;
        return c;
    }
};

} // namespace

std::optional<qint64> keyedRowId(const QString &entity, const QJsonObject &row)
{
    if (entity != u"provider_skills")
        return std::nullopt;
    const QJsonValue provider = row.value(QLatin1StringView("provider_id"));
    const QJsonValue category = row.value(QLatin1StringView("category_id"));
    if (!provider.isDouble() || !category.isDouble())
        return std::nullopt;
    const QByteArray key = entity.toUtf8() + '/' + QByteArray::number(provider.toInteger()) + '/'
                         + QByteArray::number(category.toInteger());
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    qint64 id = 0;
    for (int i = 0; i < 8; ++i)
        id = (id << 8) | quint8(h.at(i));
    return id & 0x3fffffffffffffffLL; // positive, like every id
}

namespace {

std::optional<QJsonObject> document(QByteArrayView body, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("malformed JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

template<typename T>
Parsed<T> result(Reader &r, T &&value)
{
    if (!r.ok())
        return {std::nullopt, r.error};
    return {std::forward<T>(value), QString()};
}
} // namespace

std::optional<QByteArray> parseStoreUid(const QString &hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    for (const QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

Parsed<PushRequest> parsePush(QByteArrayView body)
{
    QString error;
    const auto o = document(body, error);
    if (!o)
        return {std::nullopt, error};
    Reader r;
    PushRequest p;
    p.storeUid = r.storeUid(*o);
    p.epoch = r.integer(*o, QLatin1StringView("epoch"));
    const QJsonObject head = r.object(*o, QLatin1StringView("audit_head"), false);
    if (!head.isEmpty()) {
        p.auditSeq = r.integer(head, QLatin1StringView("seq"));
        p.auditHash = r.text(head, QLatin1StringView("hash"));
    }
    const QJsonArray mutations = r.array(*o, QLatin1StringView("mutations"), kMaxMutationsPerPush);
    qint64 previous = 0;
    for (const QJsonValue &value : mutations) {
        if (!r.ok())
            break;
        if (!value.isObject()) {
            r.fail(QStringLiteral("a mutation must be an object"));
            break;
        }
        const QJsonObject m = value.toObject();
        Mutation mu;
        mu.id = r.integer(m, QLatin1StringView("id"));
        mu.at = r.integer(m, QLatin1StringView("at"), false);
        mu.actor = r.text(m, QLatin1StringView("actor"), false);
        mu.action = r.text(m, QLatin1StringView("action"), false);
        if (r.ok() && (mu.id <= 0 || mu.id <= previous))
            r.fail(QStringLiteral("mutation ids must be positive and strictly increasing"));
        previous = mu.id;
        const QJsonArray changes = r.array(m, QLatin1StringView("changes"), kMaxChangesPerMutation);
        for (const QJsonValue &c : changes) {
            if (!r.ok())
                break;
            mu.changes.append(r.change(c, false));
        }
        const QJsonObject condition = r.object(m, QLatin1StringView("condition"), false);
        if (!condition.isEmpty()) {
            Condition c;
            c.kind = r.text(condition, QLatin1StringView("kind"));
            if (c.kind == u"provider_day") {
                c.providerId = r.integer(condition, QLatin1StringView("provider_id"));
                c.startAt = r.integer(condition, QLatin1StringView("start_at"));
                c.endAt = r.integer(condition, QLatin1StringView("end_at"));
                c.orderId = r.integer(condition, QLatin1StringView("order_id"));
                if (r.ok() && c.endAt <= c.startAt)
                    r.fail(QStringLiteral("a provider_day condition needs end_at after start_at"));
            } else if (c.kind == u"customer_fields") {
                c.base = r.object(condition, QLatin1StringView("base"));
            }
            mu.condition = c;
        }
        p.mutations.append(std::move(mu));
    }
    return result(r, std::move(p));
}

Parsed<SnapshotRequest> parseSnapshot(QByteArrayView body)
{
    QString error;
    const auto o = document(body, error);
    if (!o)
        return {std::nullopt, error};
    Reader r;
    SnapshotRequest s;
    s.storeUid = r.storeUid(*o);
    s.epoch = r.integer(*o, QLatin1StringView("epoch"));
    s.page = r.integer(*o, QLatin1StringView("page"), false);
    const QJsonValue final = o->value(QLatin1StringView("final"));
    if (!final.isUndefined() && !final.isBool())
        r.fail(QStringLiteral("\"final\" must be true or false"));
    s.final = final.toBool();
    const QJsonArray rows = r.array(*o, QLatin1StringView("rows"), kMaxSnapshotRows);
    for (const QJsonValue &row : rows) {
        if (!r.ok())
            break;
        s.rows.append(r.change(row, true));
    }
    return result(r, std::move(s));
}

Parsed<EnrollRequest> parseEnroll(QByteArrayView body)
{
    QString error;
    const auto o = document(body, error);
    if (!o)
        return {std::nullopt, error};
    Reader r;
    EnrollRequest e;
    e.code = r.text(*o, QLatin1StringView("code"));
    e.csrPem = r.text(*o, QLatin1StringView("csr")).toUtf8();
    if (o->contains(QLatin1StringView("store_uid")))
        e.storeUid = r.storeUid(*o);
    if (r.ok() && (e.code.size() > 64 || e.csrPem.size() > 16384))
        r.fail(QStringLiteral("\"code\" or \"csr\" is too long"));
    return result(r, std::move(e));
}

Parsed<PullRequest> parsePull(const QString &cursor, const QString &limit)
{
    PullRequest p;
    const QString bad = QStringLiteral("changes needs a cursor it gave out and a limit of 1 to %1").arg(kMaxPullLimit);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return {std::nullopt, bad};
        p.cursor = decoded.decoded;
    }
    if (!limit.isEmpty()) {
        bool ok = false;
        p.limit = limit.toInt(&ok);
        if (!ok || p.limit < 1 || p.limit > kMaxPullLimit)
            return {std::nullopt, bad};
    }
    return {p, QString()};
}

} // namespace doorstep::server::sync
