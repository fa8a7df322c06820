// libFuzzer harness for what a sync client sends the server
// (server/sync/messages.h, server/PROTOCOL.md): the bodies of push, snapshot
// and enroll, the pull's query (cursor and limit) with the PostgreSQL
// backend's cursor behind it (server/storage/pg_cursor.h), and a hello's
// store uid. Any office with a certificate, and anyone on the enrollment
// listener, can send any bytes here.
//
// The first input byte picks the message; the rest is the body (for a pull:
// cursor and limit, split at the first newline). Beyond "no crash, no UB":
//  - what parses keeps the parser's promises (limits, increasing ids, a
//    16-byte uid, a provider_day with end after start, …);
//  - what parses, written back as a console would write it, parses to the
//    same request (ids and times exactly: they exceed 2^53);
//  - a cursor that decodes encodes to itself, and every cursor a read and a
//    page make of it is one the backend would accept again.
#include "storage/pg_cursor.h"
#include "sync/messages.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

using namespace doorstep::server;
using namespace doorstep::server::sync;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject changeJson(const RowChange &c, bool snapshot)
{
    QJsonObject o{{QStringLiteral("entity"), c.entity}, {QStringLiteral("id"), c.id}};
    if (!snapshot)
        o.insert(QStringLiteral("op"), c.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
    if (!c.deleted)
        o.insert(QStringLiteral("row"), c.row);
    return o;
}

// A push as models/sync writes it, from what the server understood.
QByteArray pushJson(const PushRequest &p)
{
    QJsonArray mutations;
    for (const Mutation &m : p.mutations) {
        QJsonArray changes;
        for (const RowChange &c : m.changes)
            changes.append(changeJson(c, false));
        QJsonObject mj{{QStringLiteral("id"), m.id},
                       {QStringLiteral("at"), m.at},
                       {QStringLiteral("actor"), m.actor},
                       {QStringLiteral("action"), m.action},
                       {QStringLiteral("changes"), changes}};
        if (m.condition) {
            QJsonObject cj{{QStringLiteral("kind"), m.condition->kind}};
            if (m.condition->kind == u"provider_day") {
                cj.insert(QStringLiteral("provider_id"), m.condition->providerId);
                cj.insert(QStringLiteral("start_at"), m.condition->startAt);
                cj.insert(QStringLiteral("end_at"), m.condition->endAt);
                cj.insert(QStringLiteral("order_id"), m.condition->orderId);
            }
            if (m.condition->base)
                cj.insert(QStringLiteral("base"), *m.condition->base);
            mj.insert(QStringLiteral("condition"), cj);
        }
        mutations.append(mj);
    }
    QJsonObject o{{QStringLiteral("store_uid"), hex(p.storeUid)},
                  {QStringLiteral("epoch"), p.epoch},
                  {QStringLiteral("mutations"), mutations}};
    if (p.auditSeq)
        o.insert(QStringLiteral("audit_head"),
                 QJsonObject{{QStringLiteral("seq"), *p.auditSeq}, {QStringLiteral("hash"), p.auditHash}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool sameChange(const RowChange &a, const RowChange &b)
{
    return a.entity == b.entity && a.id == b.id && a.deleted == b.deleted && a.row == b.row;
}

bool sameChanges(const QList<RowChange> &a, const QList<RowChange> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameChange(a[i], b[i]))
            return false;
    }
    return true;
}

bool sameCondition(const std::optional<Condition> &a, const std::optional<Condition> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a
           || (a->kind == b->kind && a->providerId == b->providerId && a->startAt == b->startAt
               && a->endAt == b->endAt && a->orderId == b->orderId && a->base == b->base);
}

bool samePush(const PushRequest &a, const PushRequest &b)
{
    if (a.storeUid != b.storeUid || a.epoch != b.epoch || a.auditSeq != b.auditSeq || a.auditHash != b.auditHash
        || a.mutations.size() != b.mutations.size())
        return false;
    for (qsizetype i = 0; i < a.mutations.size(); ++i) {
        const Mutation &x = a.mutations[i];
        const Mutation &y = b.mutations[i];
        if (x.id != y.id || x.at != y.at || x.actor != y.actor || x.action != y.action
            || !sameChanges(x.changes, y.changes) || !sameCondition(x.condition, y.condition))
            return false;
    }
    return true;
}

void changeKeepsPromises(const RowChange &c)
{
    check(!c.entity.isEmpty() && c.entity.size() <= 64);
}

void fuzzPush(QByteArrayView body)
{
    const Parsed<PushRequest> parsed = parsePush(body);
    check(parsed.value.has_value() == parsed.error.isEmpty());
    if (!parsed.value)
        return;
    const PushRequest &p = *parsed.value;
    check(p.storeUid.size() == 16);
    check(p.mutations.size() <= kMaxMutationsPerPush);
    qint64 previous = 0;
    for (const Mutation &m : p.mutations) {
        check(m.id > previous);
        previous = m.id;
        check(m.changes.size() <= kMaxChangesPerMutation);
        for (const RowChange &c : m.changes)
            changeKeepsPromises(c);
        if (m.condition && m.condition->kind == u"provider_day")
            check(m.condition->endAt > m.condition->startAt);
    }
    const Parsed<PushRequest> again = parsePush(pushJson(p));
    check(again.value && samePush(p, *again.value));
}

void fuzzSnapshot(QByteArrayView body)
{
    const Parsed<SnapshotRequest> parsed = parseSnapshot(body);
    check(parsed.value.has_value() == parsed.error.isEmpty());
    if (!parsed.value)
        return;
    const SnapshotRequest &s = *parsed.value;
    check(s.storeUid.size() == 16);
    check(s.rows.size() <= kMaxSnapshotRows);
    QJsonArray rows;
    for (const RowChange &c : s.rows) {
        changeKeepsPromises(c);
        check(!c.deleted); // a snapshot has no deletions
        rows.append(changeJson(c, true));
    }
    const QJsonObject o{{QStringLiteral("store_uid"), hex(s.storeUid)},
                        {QStringLiteral("epoch"), s.epoch},
                        {QStringLiteral("page"), s.page},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("final"), s.final}};
    const Parsed<SnapshotRequest> again = parseSnapshot(QJsonDocument(o).toJson(QJsonDocument::Compact));
    check(again.value && again.value->storeUid == s.storeUid && again.value->epoch == s.epoch
          && again.value->page == s.page && again.value->final == s.final && sameChanges(again.value->rows, s.rows));
}

void fuzzEnroll(QByteArrayView body)
{
    const Parsed<EnrollRequest> parsed = parseEnroll(body);
    check(parsed.value.has_value() == parsed.error.isEmpty());
    if (!parsed.value)
        return;
    const EnrollRequest &e = *parsed.value;
    check(e.code.size() <= 64 && e.csrPem.size() <= 16384);
    check(e.storeUid.isEmpty() || e.storeUid.size() == 16);
}

bool sameCursor(const PgCursor &a, const PgCursor &b)
{
    return a.seq == b.seq && a.lo == b.lo && a.hi == b.hi && a.late == b.late;
}

// What decode() accepts: the invariants every cursor the backend hands out keeps.
bool wellFormed(const PgCursor &c)
{
    return c.seq >= 0 && c.late >= 0 && c.lo <= c.hi && c.late <= c.seq;
}

void fuzzCursor(const QByteArray &text, quint64 xminStep, qint64 lastSeq, bool more)
{
    const std::optional<PgCursor> c = PgCursor::decode(text);
    if (!c)
        return;
    check(wellFormed(*c));
    const std::optional<PgCursor> back = PgCursor::decode(c->encode());
    check(back && sameCursor(*back, *c));
    // A read at a snapshot that has reached the cursor's horizon, then a
    // page: the cursor given out is one decode() takes again, and it never
    // moves back.
    const quint64 xmin = c->hi + xminStep;
    if (xmin < c->hi)
        return; // beyond the 64-bit xid space
    const std::optional<PgCursor> read = c->forRead(xmin);
    check(read && wellFormed(*read) && read->hi <= xmin && read->seq == c->seq);
    if (lastSeq < 0)
        return;
    const PgCursor next = read->after(lastSeq == 0 ? std::nullopt : std::optional<qint64>(lastSeq), more);
    check(wellFormed(next) && next.seq >= read->seq && next.lo >= read->lo);
    const std::optional<PgCursor> given = PgCursor::decode(next.encode());
    check(given && sameCursor(*given, next));
    if (c->hi > 0)
        check(!c->forRead(c->hi - 1)); // a horizon the database has not reached is refused
}

void fuzzPull(const QByteArray &in, quint8 mode)
{
    const qsizetype newline = in.indexOf('\n');
    const QString cursorText = QString::fromUtf8(newline < 0 ? in : in.first(newline));
    const QString limitText = newline < 0 ? QString() : QString::fromUtf8(in.sliced(newline + 1));
    const Parsed<PullRequest> parsed = parsePull(cursorText, limitText);
    check(parsed.value.has_value() == parsed.error.isEmpty());
    if (parsed.value) {
        check(parsed.value->limit >= 1 && parsed.value->limit <= kMaxPullLimit);
        // The cursor as the server writes it into a reply reads back the same.
        const QString written = QString::fromLatin1(
            parsed.value->cursor.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const Parsed<PullRequest> again = parsePull(written, QString());
        check(again.value && again.value->cursor == parsed.value->cursor);
    }
    // The backend's cursor on the raw text too (mode bits choose the page).
    const QByteArray cursor = parsed.value ? parsed.value->cursor : in;
    fuzzCursor(cursor, mode >> 4, (mode & 8) ? qint64(in.size()) * 1000 + (mode & 7) : -1, mode & 4);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray in(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        fuzzPush(in);
        break;
    case 1:
        fuzzSnapshot(in);
        break;
    case 2:
        fuzzEnroll(in);
        break;
    case 3:
        fuzzPull(in, data[0]);
        break;
    default: {
        const std::optional<QByteArray> uid = parseStoreUid(QString::fromUtf8(in));
        check(!uid || (uid->size() == 16 && parseStoreUid(hex(*uid)) == uid));
        break;
    }
    }
    return 0;
}
