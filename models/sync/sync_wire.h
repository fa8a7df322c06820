#pragma once
// Reading the server's replies (server/PROTOCOL.md). Every field the console
// relies on is checked here; a reply that lacks one is a SyncError::Protocol,
// never a default that would mark rows sent or move the cursor wrongly.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace doorstep::sync {

struct MutationResult
{
    qint64 id = 0;
    QString status; // applied, rejected, duplicate, merged
    QString reason;
    QString message;
    QJsonObject conflict;
};

struct PushReply
{
    QList<MutationResult> results;
    qint64 lastId = 0;
};

struct PulledChange
{
    QString entity;
    qint64 id = 0;
    bool deleted = false;
    QJsonObject row;
    QString office; // the office whose mutation made it
};

struct ChangesPage
{
    QList<PulledChange> changes;
    QString cursor;
    bool more = false;
};

// The protocol this console speaks (server/PROTOCOL.md): its paths are /v2/….
inline constexpr int kProtocolVersion = 2;

struct Hello
{
    int protocol = 0;
    QJsonObject office;
    int node = 0; // the office's node on the server (0: not said)
    qint64 lastId = 0;
    qint64 serverTime = 0;
    // The server owns this office's accept timeouts (it has the office's
    // setting); the console's own sweep stops (OrderTimeoutService).
    bool acceptTimeouts = false;
};

struct EnrollReply
{
    QString officeCode;
    QString officeName;
    QStringList districts;
    QByteArray certificatePem;
    QByteArray caPem;
    QString syncUrl;
    QJsonObject office;
    int node = 0; // 1–1023: the node of every id this console mints from now on
};

PushReply parsePushReply(const QJsonObject &o);
// The wire id of a row of a table with no id column (PROTOCOL.md, "Rows
// without an id"): the first 8 bytes of SHA-256("<table>/<key>") read
// big-endian, top two bits cleared; the same in every console and on the
// server. key: a catalogue row's code (qualification_types), or a keyed
// row's key columns joined by "/" (provider_skills: "<provider>/<category>").
qint64 keyedId(const QString &table, const QString &key);

ChangesPage parseChangesPage(const QJsonObject &o);
Hello parseHello(const QJsonObject &o);
EnrollReply parseEnrollReply(const QJsonObject &o);

} // namespace doorstep::sync
