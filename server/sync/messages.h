#pragma once
// The protocol's request bodies (server/PROTOCOL.md) parsed and checked into
// plain structs. No network, no storage: a libFuzzer harness drives these.
// Total: any input gives a value or an error sentence, never a crash or an
// exception; numbers must be integers that fit in 64 bits, read exactly (ids exceed 2^53).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace doorstep::server::sync {

struct RowChange
{
    QString entity;
    qint64 id = 0;
    bool deleted = false; // op "delete"
    QJsonObject row;
};

struct Condition
{
    QString kind; // "provider_day"; others are kept for the logic to refuse
    qint64 providerId = 0;
    qint64 startAt = 0;
    qint64 endAt = 0;
    qint64 orderId = 0;
    std::optional<QJsonObject> base; // customer_fields: the changed fields as last pulled
};

struct Mutation
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QList<RowChange> changes;
    std::optional<Condition> condition;
};

struct PushRequest
{
    QByteArray storeUid; // 16 bytes
    qint64 epoch = 0;
    std::optional<qint64> auditSeq;
    QString auditHash;
    QList<Mutation> mutations; // ids strictly increasing
};

struct SnapshotRequest
{
    QByteArray storeUid;
    qint64 epoch = 0;
    qint64 page = 0;
    QList<RowChange> rows;
    bool final = false;
};

// GET /v1/changes?cursor=C&limit=L, the query's two values.
struct PullRequest
{
    QByteArray cursor; // decoded from base64url; empty = from the start
    int limit = 1000;
};

struct EnrollRequest
{
    QString code;
    QByteArray csrPem;
    QByteArray storeUid;
};

template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error; // why not, when value is empty
};

Parsed<PushRequest> parsePush(QByteArrayView body);
Parsed<SnapshotRequest> parseSnapshot(QByteArrayView body);
Parsed<EnrollRequest> parseEnroll(QByteArrayView body);
// The pull's query values as they arrived (empty = not given). The cursor is
// only unwrapped here; whether the storage wrote it is the backend's check.
Parsed<PullRequest> parsePull(const QString &cursor, const QString &limit);
// A row of a table with no id column, keyed by its columns instead
// (provider_skills: provider + category), gets its id on the wire from that
// key: the first 8 bytes of SHA-256("<entity>/<key>/<key>…") read big-endian,
// top two bits cleared (PROTOCOL.md, "Rows without an id"). nullopt for any
// other entity or a row that lacks a key column. The parser gives a pushed
// row this id whatever the console sent: a version 1 console sent a skill
// under its provider's id, so two skills of one provider overwrote each other.
std::optional<qint64> keyedRowId(const QString &entity, const QJsonObject &row);

// 32 hex digits → 16 bytes, else nullopt.
std::optional<QByteArray> parseStoreUid(const QString &hex);

// Limits a body must keep whatever its size.
inline constexpr int kMaxMutationsPerPush = 10000;
inline constexpr int kMaxChangesPerMutation = 1000;
inline constexpr int kMaxSnapshotRows = 2000;
inline constexpr int kMaxPullLimit = 5000;

} // namespace doorstep::server::sync
