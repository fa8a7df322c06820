#include "pg_write_batch.h"

#include "row_facts.h"

#include <QJsonDocument>

#include <algorithm>

namespace doorstep::server {
namespace {

QString rowKey(const QString &entity, qint64 id)
{
    return entity + u'/' + QString::number(id);
}

// Ids travel as text: a JSON number is a double to PostgreSQL's parser only
// past 2^53, but text cast to bigint is exact whatever the value.
QString idText(qint64 id)
{
    return QString::number(id);
}

QString jsonParam(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject rowRecord(const StoredRow &row)
{
    const QJsonObject body = row.deleted ? QJsonObject() : row.row;
    QJsonObject r{{QStringLiteral("entity"), row.entity}, {QStringLiteral("id"), idText(row.id)},
                  {QStringLiteral("owner"), row.owner}, {QStringLiteral("body"), body},
                  {QStringLiteral("deleted"), row.deleted}};
    // A key left out is NULL in jsonb_to_recordset.
    if (!row.deleted) {
        if (row.owner == u"platform") {
            if (const auto key = naturalKey(row.entity, body))
                r.insert(QStringLiteral("natural_key"), *key);
        }
        if (const auto booking = bookingOf(row.entity, body, false)) {
            r.insert(QStringLiteral("provider_id"), idText(booking->providerId));
            r.insert(QStringLiteral("booked_from"), idText(booking->startAt));
            r.insert(QStringLiteral("booked_to"), idText(booking->endAt));
        }
    }
    if (!row.provenance.isEmpty())
        r.insert(QStringLiteral("provenance"), row.provenance);
    return r;
}

} // namespace

void PgWriteBatch::putRow(const StoredRow &row, const QString &originOffice, const QStringList &audiences)
{
    const QString key = rowKey(row.entity, row.id);
    const auto at = m_rowIndex.constFind(key);
    if (at != m_rowIndex.constEnd()) {
        m_rows[*at] = row;
    } else {
        m_rowIndex.insert(key, m_rows.size());
        m_rows.append(row);
    }
    // "*" already reaches every office: a second entry for one office would
    // only send it the same change twice.
    QStringList targets = audiences.contains(QStringLiteral("*")) ? QStringList{QStringLiteral("*")} : audiences;
    targets.removeDuplicates();
    appendChange({row.entity, row.id, row.deleted, row.row, originOffice}, targets);
}

void PgWriteBatch::appendChange(const ChangeEntry &c, const QStringList &audiences)
{
    QStringList targets = audiences;
    targets.removeDuplicates();
    const QJsonObject body = c.deleted ? QJsonObject() : c.row;
    for (const QString &audience : std::as_const(targets))
        m_changes.append(QJsonObject{{QStringLiteral("n"), m_changes.size()},
                                     {QStringLiteral("audience"), audience},
                                     {QStringLiteral("entity"), c.entity},
                                     {QStringLiteral("id"), idText(c.id)},
                                     {QStringLiteral("deleted"), c.deleted},
                                     {QStringLiteral("body"), body},
                                     {QStringLiteral("office"), c.office}});
}

void PgWriteBatch::recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &reason, qint64 at)
{
    if (!m_key)
        m_key = key;
    m_lastId = std::max(m_lastId, id);
    (applied ? m_applied : m_rejected) += 1;
    if (!applied)
        m_rejections.append(QJsonObject{{QStringLiteral("id"), idText(id)},
                                        {QStringLiteral("reason"), reason},
                                        {QStringLiteral("at"), idText(at)}});
}

std::optional<StoredRow> PgWriteBatch::row(const QString &entity, qint64 id) const
{
    const auto at = m_rowIndex.constFind(rowKey(entity, id));
    if (at == m_rowIndex.constEnd())
        return std::nullopt;
    StoredRow out = m_rows.at(*at);
    if (out.deleted)
        out.row = QJsonObject();
    return out;
}

bool PgWriteBatch::holdsOtherKey(const MutationKey &key) const
{
    return m_key && (m_key->office != key.office || m_key->storeUid != key.storeUid || m_key->epoch != key.epoch);
}

bool PgWriteBatch::isEmpty() const
{
    return m_rows.isEmpty() && m_changes.isEmpty() && !m_key;
}

void PgWriteBatch::flush(PgConnection &conn)
{
    flushRows(conn);
    flushCounter(conn);
}

void PgWriteBatch::flushRows(PgConnection &conn)
{
    if (m_rows.isEmpty() && m_changes.isEmpty())
        return;
    QJsonArray rows;
    for (const StoredRow &r : std::as_const(m_rows))
        rows.append(rowRecord(r));
    // One statement: every upsert, then the change-log entries in the order
    // they were queued. The scalar subquery over `up` runs (and with it every
    // upsert, each locking its row until our commit) before the first entry
    // is sorted out, so no entry takes its seq before its row is locked: per
    // row, seq order is commit order (pg_cursor.h). Upserts go in (entity,
    // id) order so two pushes touching the same rows lock them in one order.
    conn.exec("WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(entity text, id text, owner text, "
              "body jsonb, deleted boolean, natural_key text, provider_id text, booked_from text, booked_to text, "
              "provenance jsonb)), "
              "up AS (INSERT INTO sync_rows(entity, id, owner, body, deleted, natural_key, provider_id, booked_from, "
              "booked_to, provenance) SELECT entity, id::bigint, owner, body, deleted, natural_key, "
              "provider_id::bigint, booked_from::bigint, booked_to::bigint, provenance FROM r "
              "ORDER BY entity, id::bigint "
              "ON CONFLICT (entity, id) DO UPDATE SET owner = EXCLUDED.owner, body = EXCLUDED.body, "
              "deleted = EXCLUDED.deleted, natural_key = EXCLUDED.natural_key, "
              "provider_id = EXCLUDED.provider_id, booked_from = EXCLUDED.booked_from, "
              "booked_to = EXCLUDED.booked_to, provenance = EXCLUDED.provenance RETURNING 1) "
              "INSERT INTO change_log(audience, entity, id, deleted, body, office) "
              "SELECT c.audience, c.entity, c.id::bigint, c.deleted, c.body, c.office "
              "FROM jsonb_to_recordset($2::jsonb) AS c(n integer, audience text, entity text, id text, "
              "deleted boolean, body jsonb, office text) "
              "WHERE (SELECT count(*) FROM up) >= 0 ORDER BY c.n",
              {jsonParam(rows), jsonParam(m_changes)});
    m_rows.clear();
    m_rowIndex.clear();
    m_changes = QJsonArray();
}

void PgWriteBatch::flushCounter(PgConnection &conn)
{
    if (!m_key)
        return;
    // GREATEST: the last decided id never moves back, whatever a caller does.
    conn.exec("WITH rej AS (INSERT INTO mutation_rejections(office, store_uid, epoch, id, reason, at) "
              "SELECT $1, $2, $3, r.id::bigint, r.reason, r.at::bigint "
              "FROM jsonb_to_recordset($7::jsonb) AS r(id text, reason text, at text) ON CONFLICT DO NOTHING) "
              "INSERT INTO mutation_counters(office, store_uid, epoch, last_id, applied, rejected) "
              "VALUES ($1, $2, $3, $4, $5, $6) "
              "ON CONFLICT (office, store_uid, epoch) DO UPDATE SET "
              "last_id = GREATEST(mutation_counters.last_id, EXCLUDED.last_id), "
              "applied = mutation_counters.applied + EXCLUDED.applied, "
              "rejected = mutation_counters.rejected + EXCLUDED.rejected",
              {m_key->office, PgParam::bytes(m_key->storeUid), m_key->epoch, m_lastId, m_applied, m_rejected,
               jsonParam(m_rejections)});
    m_key.reset();
    m_lastId = m_applied = m_rejected = 0;
    m_rejections = QJsonArray();
}

} // namespace doorstep::server
