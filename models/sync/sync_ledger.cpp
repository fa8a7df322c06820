#include "sync/sync_ledger.h"

#include "domain/masking.h"
#include "services/office_settings.h"
#include "services/order_service.h"
#include "services/order_timeout_service.h"
#include "services/sync_epoch.h"
#include "store/sqlite.h"
#include "sync/provider_extras.h"
#include "sync/sync_error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace doorstep::sync {
namespace {

constexpr char kPeer[] = "server";

QString metaValue(store::Database &db, const char *key)
{
    return db.scalar("SELECT value FROM meta WHERE key = ?", QString::fromLatin1(key)).toString();
}

void setMeta(store::Database &db, const char *key, const QString &value)
{
    // meta has no foreign keys or triggers: REPLACE is a plain overwrite here.
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", QString::fromLatin1(key), value);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A pulled JSON value as SQLite stores it (the outbox's snapshot format).
QVariant toSql(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        // Integers exactly (ids are above 2^53, where a double loses digits).
        constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(notAnInteger);
        if (i != notAnInteger)
            return i;
        return v.toDouble();
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object: {
        const QJsonValue b = v.toObject().value(QStringLiteral("$base64"));
        if (b.isString())
            return QByteArray::fromBase64(b.toString().toLatin1());
        return compact(v.toObject());
    }
    default:
        return {};
    }
}

// The columns of a local table (empty when there is no such table).
QStringList columnsOf(store::Database &db, const QString &table)
{
    QStringList cols;
    auto st = db.prepare("PRAGMA table_info(" + table.toUtf8() + ")");
    while (st.next())
        cols.append(st.text(1));
    return cols;
}

// A catalogue table keyed by its code, with no id (qualification_types):
// on the wire its rows carry a stable id made from the code, the same in
// every console, so the platform matches them by code as any catalogue row.
bool keyedByCode(const QStringList &columns)
{
    return !columns.contains(QStringLiteral("id")) && columns.contains(QStringLiteral("code"));
}

void applyRow(store::Database &db, const PulledChange &c, const QStringList &columns)
{
    const QByteArray table = c.entity.toUtf8();
    // Rows are found by id, or by code in a table keyed by code.
    const bool byCode = keyedByCode(columns);
    const QByteArray keyColumn = byCode ? "code" : "id";
    const QVariant key = byCode ? QVariant(c.row.value(QStringLiteral("code")).toString()) : QVariant(c.id);
    if (c.deleted) {
        if (!byCode)
            db.run("DELETE FROM " + table + " WHERE id = ?", c.id);
        return;
    }
    // Only columns this console knows: a newer server may send more.
    QStringList names;
    QList<QVariant> values;
    for (auto it = c.row.begin(); it != c.row.end(); ++it) {
        if (it.key() == u"id" || !columns.contains(it.key()))
            continue;
        names.append(it.key());
        values.append(toSql(it.value()));
    }
    // UPDATE then INSERT: never INSERT OR REPLACE, whose delete would cascade
    // to the rows that refer to this one.
    if (!names.isEmpty()) {
        QStringList sets;
        for (const QString &n : names)
            sets.append(n + QStringLiteral(" = ?"));
        auto up = db.prepare("UPDATE " + table + " SET " + sets.join(QStringLiteral(", ")).toUtf8() + " WHERE " + keyColumn + " = ?");
        int pos = 1;
        for (const QVariant &v : values)
            up.bind(pos++, v);
        up.bind(pos, key);
        up.exec();
        if (db.changes() > 0)
            return;
    }
    if (byCode) {
        QStringList marks(names.size(), QStringLiteral("?"));
        auto ins = db.prepare("INSERT INTO " + table + "(" + names.join(u", ").toUtf8() + ") VALUES (" + marks.join(u", ").toUtf8() + ")");
        int pos = 1;
        for (const QVariant &v : values)
            ins.bind(pos++, v);
        ins.exec();
        return;
    }
    QStringList marks(names.size() + 1, QStringLiteral("?"));
    auto ins = db.prepare("INSERT INTO " + table + "(id" + (names.isEmpty() ? QString() : u", " + names.join(u", ")).toUtf8()
                          + ") VALUES (" + marks.join(u", ").toUtf8() + ")");
    ins.bind(1, c.id);
    int pos = 2;
    for (const QVariant &v : values)
        ins.bind(pos++, v);
    ins.exec();
}

} // namespace

std::optional<SyncIdentity> StoreLedger::identity()
{
    auto &db = m_services.db();
    SyncIdentity id;
    id.serverUrl = metaValue(db, "sync_url");
    if (id.serverUrl.isEmpty())
        return std::nullopt;
    id.officeCode = metaValue(db, "sync_office_code");
    id.officeName = metaValue(db, "sync_office_name");
    id.certificatePem = metaValue(db, "sync_certificate").toLatin1();
    id.keyPem = metaValue(db, "sync_key").toLatin1();
    id.caPem = metaValue(db, "sync_ca").toLatin1();
    id.storeUid = QString::fromLatin1(m_services.store().storeUid().toHex());
    id.epoch = services::syncEpoch(db);
    return id;
}

SyncIdentity StoreLedger::requireIdentity()
{
    if (auto id = identity())
        return *id;
    throw SyncError(SyncError::Kind::NotEnrolled, tr("This console is not enrolled with a sync server yet."));
}

SyncOverview StoreLedger::overview()
{
    auto &db = m_services.db();
    SyncOverview o;
    o.serverUrl = metaValue(db, "sync_url");
    o.enrolled = !o.serverUrl.isEmpty();
    o.officeCode = metaValue(db, "sync_office_code");
    o.pending = pendingCount();
    o.conflicts = db.scalar("SELECT count(*) FROM sync_conflicts WHERE seen_at IS NULL").toLongLong();
    // Backwards on sync_rounds_recent, stopping at the first good round: a
    // max() with a WHERE scanned every round (several a second while live).
    o.lastSyncAt = db.scalar("SELECT finished_at FROM sync_rounds WHERE error IS NULL ORDER BY finished_at DESC, id DESC LIMIT 1")
                       .toLongLong();
    o.lastError = db.scalar("SELECT error FROM sync_rounds ORDER BY finished_at DESC, id DESC LIMIT 1").toString();
    return o;
}

void StoreLedger::storeEnrollment(const SyncIdentity &identity, const QJsonObject &office)
{
    m_services.perform(services::Permission::SyncAdmin, QStringLiteral("sync.enroll"), [&](services::ActionContext &ctx) {
        auto &db = ctx.db();
        setMeta(db, "sync_url", identity.serverUrl);
        setMeta(db, "sync_office_code", identity.officeCode);
        setMeta(db, "sync_office_name", identity.officeName);
        setMeta(db, "sync_office", compact(office));
        setMeta(db, "sync_certificate", QString::fromLatin1(identity.certificatePem));
        setMeta(db, "sync_key", QString::fromLatin1(identity.keyPem));
        setMeta(db, "sync_ca", QString::fromLatin1(identity.caPem));
        setMeta(db, "sync_enrolled_at", QString::number(ctx.now()));
        // The server knows this office by the code it enrolled it under (its
        // certificate's CN); the store's own office row takes that code, or
        // the snapshot would give the platform a second office, and the
        // server would find no owner for this office's providers.
        const qint64 officeId = m_services.session().officeId;
        db.run("UPDATE offices SET code = ?, updated_at = ? WHERE id = ? AND code <> ?", identity.officeCode, ctx.now(), officeId,
               identity.officeCode);
        if (db.changes() > 0)
            ctx.changed(QStringLiteral("offices"), officeId);
        // Every id minted from here on carries the office's own node: no
        // other office mints it, so their rows never collide.
        const qint64 node = office.value(QStringLiteral("node")).toInteger();
        if (node >= 1 && node <= 1023)
            ctx.store().adoptNode(node);
        // meta is never queued for sync, and the audit entry names the
        // server, never the key.
        ctx.describe(QStringLiteral("meta"), 0,
                     {{QStringLiteral("server"), identity.serverUrl}, {QStringLiteral("office"), identity.officeCode}});
    });
}

bool StoreLedger::adoptNode(int node)
{
    if (node < 1 || node > 1023 || m_services.store().nodeId() == node)
        return false;
    return m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.node"), [&](services::ActionContext &ctx) {
        ctx.store().adoptNode(node);
        ctx.describe(QStringLiteral("meta"), 0, {{QStringLiteral("node"), node}});
        return true;
    });
}

int StoreLedger::acceptTimeoutMinutes()
{
    return int(services::OfficeSettings(m_services.db()).valueOrDefault(services::settings::AcceptTimeoutMinutes).value);
}

bool StoreLedger::setServerOwnsTimeouts(bool owns)
{
    if (services::OrderTimeoutService::serverOwnsTimeouts(m_services.db()) == owns)
        return false;
    const QString owner = owns ? QStringLiteral("server") : QStringLiteral("console");
    // meta is never queued for sync.
    return m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.accept_timeouts"), [&](services::ActionContext &ctx) {
        setMeta(ctx.db(), "sync_accept_timeouts", owner);
        ctx.describe(QStringLiteral("meta"), 0, {{QStringLiteral("accept_timeouts"), owner}});
        return true;
    });
}

void StoreLedger::recordFieldLoss(qint64 customerId, const QJsonObject &lost, const QJsonObject &kept, const QString &otherOffice)
{
    // Never a whole name or phone in the audit log (field_changes.h): masked.
    auto masked = [](const QString &field, const QJsonValue &v) -> QJsonValue {
        if (field == u"name")
            return domain::maskName(v.toString());
        if (field == u"phone")
            return domain::maskPhone(v.toString());
        return QJsonValue::Null;
    };
    m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.field_lost"), [&](services::ActionContext &ctx) {
        QJsonObject detail{{QStringLiteral("fields"), QJsonArray::fromStringList(lost.keys())},
                           {QStringLiteral("office"), otherOffice}};
        for (auto it = lost.constBegin(); it != lost.constEnd(); ++it) {
            const QJsonValue mine = masked(it.key(), it.value());
            if (!mine.isNull())
                detail.insert(it.key(), QJsonObject{{QStringLiteral("lost"), mine}, {QStringLiteral("kept"), masked(it.key(), kept.value(it.key()))}});
        }
        // Nothing queued: the server already holds the value that was kept.
        ctx.describe(QStringLiteral("customers"), customerId, detail);
    });
}

QJsonObject StoreLedger::auditHead()
{
    auto st = m_services.db().prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st.next())
        return {};
    return {{QStringLiteral("seq"), st.int64(0)}, {QStringLiteral("hash"), st.text(1)}};
}

PushCounts StoreLedger::recordPush(const Batch &batch, const PushReply &reply)
{
    QHash<qint64, const Mutation *> byId;
    for (const Mutation &m : batch.mutations)
        byId.insert(m.id, &m);
    for (const MutationResult &r : reply.results)
        if (!byId.contains(r.id))
            throw SyncError(SyncError::Kind::Protocol, tr("The server answered for mutation %1, which was not sent.").arg(r.id));

    PushCounts counts;
    QList<QPair<const Mutation *, MutationResult>> busy;
    struct Loss { qint64 customer; QJsonObject lost; QJsonObject kept; };
    QList<Loss> losses;
    m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.push"), [&](services::ActionContext &ctx) {
        auto &db = ctx.db();
        const qint64 epoch = services::syncEpoch(db);
        for (const qint64 seq : batch.silent)
            db.run("UPDATE sync_outbox SET sent_at = ? WHERE audit_seq = ? AND sent_at IS NULL", ctx.now(), seq);
        qint64 upto = 0;
        for (const MutationResult &r : reply.results) {
            const Mutation &m = *byId.value(r.id);
            // Any result means the server has decided it: it is not sent again.
            db.run("UPDATE sync_outbox SET sent_at = ? WHERE audit_seq = ? AND sent_at IS NULL", ctx.now(), r.id);
            upto = qMax(upto, r.id);
            if (r.status == u"applied") {
                ++counts.applied;
            } else if (r.status == u"duplicate") {
                ++counts.duplicate;
            } else {
                // merged: applied, but some fields kept another office's value.
                const bool merged = r.status == u"merged";
                ++(merged ? counts.applied : counts.rejected);
                counts.merged += merged ? 1 : 0;
                const QString status = merged ? QStringLiteral("merged") : QStringLiteral("rejected");
                QString reason = r.reason;
                QString message = r.message;
                QJsonObject conflict = r.conflict;
                if (merged) { // the fields another office's later edit kept
                    reason = QStringLiteral("field_conflict");
                    const QStringList notTaken = r.conflict.value(QStringLiteral("not_taken")).toVariant().toStringList();
                    if (message.isEmpty())
                        message = tr("Another office changed %1 later; its value was kept.").arg(notTaken.join(QStringLiteral(", ")));
                    // Both versions: this office's values that lost beside the kept ones.
                    QJsonObject mine;
                    for (const QJsonValue &v : std::as_const(m.changes)) {
                        const QJsonObject c = v.toObject();
                        if (c.value(QStringLiteral("entity")).toString() != m.entity || c.value(QStringLiteral("id")).toInteger() != m.entityId)
                            continue;
                        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
                        for (const QString &field : notTaken)
                            mine.insert(field, row.value(field));
                    }
                    conflict.insert(QStringLiteral("mine"), mine);
                    if (m.entity == u"customers" && !mine.isEmpty())
                        losses.append({m.entityId, mine, r.conflict.value(QStringLiteral("server_values")).toObject()});
                }
                // A retried batch may bring a conflict already recorded: once per mutation.
                db.run("INSERT OR IGNORE INTO sync_conflicts(id, mutation_id, epoch, action, entity, entity_id, status, reason,"
                       " message, conflict, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       ctx.newId(), r.id, epoch, m.action, m.entity, m.entityId, status,
                       reason.isEmpty() ? QStringLiteral("unknown") : reason, message, compact(conflict), ctx.now());
                if (r.reason == u"provider_busy")
                    busy.append({&m, r});
            }
        }
        db.run("INSERT OR IGNORE INTO sync_cursors(peer, updated_at) VALUES (?, ?)", QString::fromLatin1(kPeer), ctx.now());
        db.run("UPDATE sync_cursors SET pushed_upto = max(pushed_upto, ?), updated_at = ? WHERE peer = ?", upto, ctx.now(),
               QString::fromLatin1(kPeer));
        ctx.describe(QStringLiteral("sync_outbox"), 0,
                     {{QStringLiteral("applied"), counts.applied},
                      {QStringLiteral("rejected"), counts.rejected},
                      {QStringLiteral("duplicate"), counts.duplicate},
                      {QStringLiteral("last_id"), reply.lastId}});
    });
    for (const auto &[m, r] : busy)
        if (undoAssignment(*m, r))
            ++counts.undone;
    for (const Loss &l : std::as_const(losses))
        recordFieldLoss(l.customer, l.lost, l.kept, {});
    return counts;
}

bool StoreLedger::undoAssignment(const Mutation &m, const MutationResult &result)
{
    // Each order the refused action booked goes back to its queue, if it is
    // still where that action put it (not accepted or moved since).
    bool undone = false;
    for (const QJsonObject &c : m.conditions) {
        const qint64 orderId = c.value(QStringLiteral("order_id")).toInteger();
        const qint64 providerId = c.value(QStringLiteral("provider_id")).toInteger();
        try {
            undone |= m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.undo_assignment"),
                                         [&](services::ActionContext &ctx) {
                auto st = ctx.db().prepare("SELECT status, provider_id FROM orders WHERE id = ?");
                st.bind(1, orderId);
                if (!st.next() || st.text(0) != u"assigned" || st.isNull(1) || st.int64(1) != providerId)
                    return false;
                services::OrderChange off{domain::OrderEvent::Unassign};
                off.reason = tr("The server refused the booking: %1").arg(result.message.isEmpty() ? result.reason : result.message);
                services::applyOrderChange(ctx, orderId, off);
                ctx.db().run("UPDATE sync_conflicts SET undone = 1 WHERE mutation_id = ? AND epoch = ?", m.id,
                             services::syncEpoch(ctx.db()));
                ctx.describe(QStringLiteral("orders"), orderId,
                             {{QStringLiteral("mutation"), m.id}, {QStringLiteral("reason"), result.reason}});
                return true;
            });
        } catch (const services::ServiceError &) {
            // The conflict stays listed (undone = 0): the dispatcher sees it and decides.
        }
    }
    return undone;
}

QString StoreLedger::pullCursor()
{
    const QVariant v = m_services.db().scalar("SELECT pulled_upto FROM sync_cursors WHERE peer = ?", QString::fromLatin1(kPeer));
    // 0 is the column's default: nothing pulled yet.
    if (v.isNull() || (v.typeId() == QMetaType::LongLong && v.toLongLong() == 0))
        return {};
    return v.toString();
}

int StoreLedger::applyPage(const ChangesPage &page, const QString &ownOffice)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    struct Loss { qint64 customer; QJsonObject lost; QJsonObject kept; QString office; };
    QList<Loss> losses;
    const int applied = m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.pull"), [&](services::ActionContext &ctx) {
        auto &db = ctx.db();
        // Rows of one page may refer to each other in any order; references
        // are checked at COMMIT (reset by SQLite when the transaction ends).
        db.exec("PRAGMA defer_foreign_keys = ON");
        QHash<QString, QStringList> columns;
        // Rows of ours whose id another office's row has too (refused as
        // id_taken): that office's row is never written over ours.
        QSet<QString> taken;
        auto ids = db.prepare("SELECT entity, entity_id FROM sync_conflicts WHERE reason = 'id_taken'");
        while (ids.next())
            taken.insert(ids.text(0) + u'/' + QString::number(ids.int64(1)));
        const qint64 epoch = services::syncEpoch(db);
        int applied = 0;
        int skipped = 0;
        for (const PulledChange &c : page.changes) {
            if (c.entity == u"provider_bookings") { // another office's slot on a provider we may book
                applyBooking(db, c.id, c.deleted, c.row);
                ++applied;
                continue;
            }
            if (c.entity == u"provider_positions") { // where a provider's app last was (the dispatch map)
                applyPosition(db, c.id, c.deleted, c.row);
                ++applied;
                continue;
            }
            if (c.entity == u"conflicts" && !c.deleted) {
                // A notice for this office: another office's later edit
                // replaced its value of a customer's fields. Listed, and kept
                // in the customer's history.
                const QJsonObject fields = c.row.value(QStringLiteral("fields")).toObject();
                const QString entity = c.row.value(QStringLiteral("entity")).toString();
                const QString by = c.row.value(QStringLiteral("by")).toString();
                QJsonObject lost;
                QJsonObject kept;
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                    lost.insert(it.key(), it.value().toObject().value(QStringLiteral("lost")));
                    kept.insert(it.key(), it.value().toObject().value(QStringLiteral("kept")));
                }
                const QJsonObject conflict{{QStringLiteral("not_taken"), QJsonArray::fromStringList(fields.keys())},
                                           {QStringLiteral("server_values"), kept},
                                           {QStringLiteral("mine"), lost},
                                           {QStringLiteral("office"), by}};
                const qint64 id = ctx.newId();
                db.run("INSERT INTO sync_conflicts(id, mutation_id, epoch, action, entity, entity_id, status, reason, message,"
                       " conflict, at) VALUES (?, ?, ?, 'sync.pull', ?, ?, 'merged', 'field_overwritten', ?, ?, ?)",
                       id, -id, epoch, entity, c.id,
                       tr("Office %1 changed %2 later; its value replaced this office's.").arg(by, fields.keys().join(QStringLiteral(", "))),
                       compact(conflict), ctx.now());
                if (entity == u"customers")
                    losses.append({c.id, lost, kept, by});
                continue;
            }
            if (neverSent(c.entity) || !identifier.match(c.entity).hasMatch()
                || taken.contains(c.entity + u'/' + QString::number(c.id))) {
                ++skipped;
                continue;
            }
            const bool customer = c.entity == u"customers";
            if (customer && !c.deleted) // the server's version, the base of the next edit
                db.run("INSERT OR REPLACE INTO sync_shadow(entity, id, row) VALUES ('customers', ?, ?)", c.id, compact(c.row));
            // This office's own rows coming back are skipped (not counted as
            // pulled), but a customer is written as the server keeps it (it
            // may have kept another office's value of a field: "merged") when
            // no later edit of it here is still unsent.
            if (!ownOffice.isEmpty() && c.office == ownOffice) {
                ++skipped;
                if (!customer
                    || db.scalar("SELECT 1 FROM sync_outbox WHERE entity = 'customers' AND entity_id = ? AND sent_at IS NULL", c.id)
                           .isValid())
                    continue;
                auto it = columns.find(c.entity);
                if (it == columns.end())
                    it = columns.insert(c.entity, columnsOf(db, c.entity));
                applyRow(db, c, *it);
                continue;
            }
            auto it = columns.find(c.entity);
            if (it == columns.end())
                it = columns.insert(c.entity, columnsOf(db, c.entity));
            if (!it->contains(QStringLiteral("id")) && !keyedByCode(*it)) { // a table this console does not have
                ++skipped;
                continue;
            }
            applyRow(db, c, *it);
            // Another office's provider serving our districts: its districts,
            // skills and hours ride in its row (provider_extras.h).
            if (c.entity == u"providers" && !c.deleted)
                applyProviderExtras(db, c.id, c.row);
            ++applied;
        }
        db.run("INSERT OR IGNORE INTO sync_cursors(peer, updated_at) VALUES (?, ?)", QString::fromLatin1(kPeer), ctx.now());
        db.run("UPDATE sync_cursors SET pulled_upto = ?, updated_at = ? WHERE peer = ?", page.cursor, ctx.now(),
               QString::fromLatin1(kPeer));
        // Nothing recorded with ctx.changed(): the server's rows are not sent back.
        ctx.describe(QStringLiteral("sync_cursors"), 0,
                     {{QStringLiteral("applied"), applied}, {QStringLiteral("skipped"), skipped}});
        return applied;
    });
    for (const Loss &l : std::as_const(losses))
        recordFieldLoss(l.customer, l.lost, l.kept, l.office);
    return applied;
}

SnapshotCursor StoreLedger::snapshotStart()
{
    auto &db = m_services.db();
    // Parents before the rows that refer to them, so a server that checks
    // references can apply the pages in order.
    static const QStringList first{QStringLiteral("offices"), QStringLiteral("districts"), QStringLiteral("qualification_types"),
                                   QStringLiteral("service_categories"), QStringLiteral("service_items"),
                                   QStringLiteral("providers"), QStringLiteral("customers"), QStringLiteral("orders")};
    QStringList all;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (st.next()) {
        const QString name = st.text(0);
        const QStringList columns = columnsOf(db, name);
        if (!neverSent(name) && (columns.contains(QStringLiteral("id")) || keyedByCode(columns)))
            all.append(name);
    }
    SnapshotCursor cursor;
    for (const QString &t : first)
        if (all.contains(t))
            cursor.tables.append(t);
    for (const QString &t : std::as_const(all))
        if (!cursor.tables.contains(t))
            cursor.tables.append(t);
    cursor.outboxUpto = db.scalar("SELECT coalesce(max(seq), 0) FROM sync_outbox").toLongLong();
    return cursor;
}

QJsonArray StoreLedger::snapshotPage(SnapshotCursor &cursor, int maxRows, const QHash<QString, QHash<qint64, qint64>> &idMap,
                                     qint64 maxBytes)
{
    auto &db = m_services.db();
    QJsonArray rows;
    while (!cursor.done() && rows.isEmpty()) {
        const QString table = cursor.tables.at(cursor.table);
        // (column, referred table) of this table's references the platform renumbered.
        QList<QPair<QString, QString>> mapped;
        auto fk = db.prepare("PRAGMA foreign_key_list(" + table.toUtf8() + ")");
        while (fk.next())
            if (idMap.contains(fk.text(2)))
                mapped.append({fk.text(3), fk.text(2)});
        if (keyedByCode(columnsOf(db, table))) { // a small catalogue table: whole, in one page
            auto st = db.prepare("SELECT * FROM " + table.toUtf8() + " ORDER BY code");
            while (st.next()) {
                const QJsonObject row = services::outbox::rowJson(st);
                const qint64 id = keyedId(table, row.value(QStringLiteral("code")).toString());
                rows.append(QJsonObject{{QStringLiteral("entity"), table}, {QStringLiteral("id"), id}, {QStringLiteral("row"), row}});
            }
            ++cursor.table;
            cursor.afterId = 0;
            continue;
        }
        auto st = db.prepare("SELECT * FROM " + table.toUtf8() + " WHERE id > ? ORDER BY id LIMIT ?");
        st.bind(1, cursor.afterId);
        st.bind(2, qint64(maxRows));
        qint64 bytes = 0;
        bool full = false; // the byte budget ended the page, not the table
        while (!full && st.next()) {
            QJsonObject row = services::outbox::rowJson(st);
            cursor.afterId = row.value(QStringLiteral("id")).toInteger();
            for (const auto &[column, referred] : std::as_const(mapped)) {
                const QJsonValue local = row.value(column);
                const auto &byLocal = idMap[referred];
                if (local.isDouble() && byLocal.contains(local.toInteger()))
                    row.insert(column, byLocal.value(local.toInteger()));
            }
            if (table == u"providers") // with its served districts, skills and hours
                row = withProviderExtras(db, row, idMap);
            bytes += QJsonDocument(row).toJson(QJsonDocument::Compact).size();
            full = bytes >= maxBytes;
            rows.append(QJsonObject{{QStringLiteral("entity"), table}, {QStringLiteral("id"), cursor.afterId}, {QStringLiteral("row"), row}});
        }
        if (!full && rows.size() < maxRows) { // this table is exhausted
            ++cursor.table;
            cursor.afterId = 0;
        }
    }
    return rows;
}

void StoreLedger::snapshotSent(qint64 outboxUpto, int rows, const QJsonArray &refused)
{
    m_services.perform(services::Permission::SyncAdmin, QStringLiteral("sync.snapshot"), [&](services::ActionContext &ctx) {
        const qint64 epoch = services::syncEpoch(ctx.db());
        for (const QJsonValue &v : refused) {
            const QJsonObject r = v.toObject();
            const qint64 id = r.value(QStringLiteral("id")).toInteger();
            const QString entity = r.value(QStringLiteral("entity")).toString();
            const QString reason = r.value(QStringLiteral("reason")).toString();
            ctx.db().run("INSERT OR IGNORE INTO sync_conflicts(id, mutation_id, epoch, action, entity, entity_id, status, reason,"
                         " message, conflict, at) VALUES (?, ?, ?, 'sync.snapshot', ?, ?, 'rejected', ?, ?, '{}', ?)",
                         ctx.newId(), -id, epoch, entity, id, reason.isEmpty() ? QStringLiteral("unknown") : reason,
                         tr("The server did not take this row of the office's data at enrollment."), ctx.now());
        }
        ctx.db().run("UPDATE sync_outbox SET sent_at = ? WHERE seq <= ? AND sent_at IS NULL", ctx.now(), outboxUpto);
        // The customers as the server now has them: the base of their next
        // edit. Not one the server refused (id_taken): its row there is
        // another office's customer, never the base of an edit of ours.
        auto st = ctx.db().prepare("SELECT * FROM customers WHERE id NOT IN"
                                   " (SELECT entity_id FROM sync_conflicts WHERE entity = 'customers' AND reason = 'id_taken')");
        while (st.next()) {
            const QJsonObject row = services::outbox::rowJson(st);
            ctx.db().run("INSERT OR REPLACE INTO sync_shadow(entity, id, row) VALUES ('customers', ?, ?)",
                         row.value(QStringLiteral("id")).toInteger(), compact(row));
        }
        ctx.describe(QStringLiteral("sync_outbox"), 0,
                     {{QStringLiteral("rows"), rows}, {QStringLiteral("outbox_upto"), outboxUpto}, {QStringLiteral("refused"), refused.size()}});
    });
}

QList<RoundRecord> StoreLedger::recentRounds(int limit)
{
    QList<RoundRecord> rounds;
    auto st = m_services.db().prepare("SELECT started_at, finished_at, pushed, applied, rejected, pulled, error FROM sync_rounds"
                                      " ORDER BY finished_at DESC, id DESC LIMIT ?");
    st.bind(1, qint64(limit));
    while (st.next())
        rounds.append({st.int64(0), st.int64(1), st.int32(2), st.int32(3), st.int32(4), st.int32(5), st.text(6)});
    return rounds;
}

int StoreLedger::applyIdMap(const QJsonArray &idMap)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (idMap.isEmpty())
        return 0;
    return m_services.perform(services::Permission::SyncAdmin, QStringLiteral("sync.id_map"), [&](services::ActionContext &ctx) {
        auto &db = ctx.db();
        db.exec("PRAGMA defer_foreign_keys = ON");
        // Who refers to whom: (referring table, column) per referred table.
        QHash<QString, QList<QPair<QString, QString>>> referrers;
        auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (tables.next()) {
            const QString table = tables.text(0);
            auto fk = db.prepare("PRAGMA foreign_key_list(" + table.toUtf8() + ")");
            while (fk.next())
                referrers[fk.text(2)].append({table, fk.text(3)});
        }
        int renumbered = 0;
        for (const QJsonValue &v : idMap) {
            const QJsonObject m = v.toObject();
            const QString entity = m.value(QStringLiteral("entity")).toString();
            const qint64 local = m.value(QStringLiteral("local")).toInteger();
            const qint64 platform = m.value(QStringLiteral("platform")).toInteger();
            if (!identifier.match(entity).hasMatch() || neverSent(entity) || local == platform || platform <= 0)
                continue;
            db.run("UPDATE " + entity.toUtf8() + " SET id = ? WHERE id = ?", platform, local);
            if (db.changes() == 0)
                continue;
            ++renumbered;
            for (const auto &[table, column] : std::as_const(referrers[entity]))
                db.run("UPDATE " + table.toUtf8() + " SET " + column.toUtf8() + " = ? WHERE " + column.toUtf8() + " = ?", platform, local);
        }
        ctx.describe(QStringLiteral("sync_cursors"), 0, {{QStringLiteral("renumbered"), renumbered}});
        return renumbered;
    });
}

int StoreLedger::markConflictsSeen(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    return m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.conflicts_seen"), [&](services::ActionContext &ctx) {
        int marked = 0;
        for (const qint64 id : ids) {
            ctx.db().run("UPDATE sync_conflicts SET seen_at = ? WHERE id = ? AND seen_at IS NULL", ctx.now(), id);
            marked += ctx.db().changes();
        }
        // Not recorded with ctx.changed(): sync tables never leave the office.
        ctx.describe(QStringLiteral("sync_conflicts"), ids.size() == 1 ? ids.first() : 0, {{QStringLiteral("seen"), marked}});
        return marked;
    });
}

void StoreLedger::recordRound(const RoundRecord &round)
{
    if (!round.error.isEmpty()
        && m_services.db().scalar("SELECT error FROM sync_rounds ORDER BY finished_at DESC, id DESC LIMIT 1").toString() == round.error)
        return;
    m_services.perform(services::Permission::SyncRun, QStringLiteral("sync.round"), [&](services::ActionContext &ctx) {
        ctx.db().run("INSERT INTO sync_rounds(id, started_at, finished_at, pushed, applied, rejected, pulled, error)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     ctx.newId(), round.startedAt, ctx.now(), round.pushed, round.applied, round.rejected, round.pulled,
                     round.error.isEmpty() ? QString() : round.error);
        ctx.describe(QStringLiteral("sync_rounds"), 0,
                     {{QStringLiteral("pushed"), round.pushed}, {QStringLiteral("pulled"), round.pulled},
                      {QStringLiteral("error"), round.error}});
    });
}

} // namespace doorstep::sync
