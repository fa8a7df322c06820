#include "sync/mutation_batch.h"

#include "services/sync_outbox.h"
#include "store/sqlite.h"
#include "sync/provider_extras.h"
#include "sync/sync_wire.h"

#include <QJsonDocument>

namespace doorstep::sync {

bool neverSent(const QString &entity)
{
    return entity == u"staff" || entity == u"meta" || entity == u"settings" || entity == u"audit_log"
        || entity.startsWith(u"sync_");
}

bool isAssignmentAction(const QString &action)
{
    return action == u"dispatch.assign" || action == u"dispatch.move" || action == u"dispatch.auto_accept";
}

QJsonObject Mutation::toJson() const
{
    QJsonObject m{{QStringLiteral("id"), id},
                  {QStringLiteral("at"), at},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("changes"), changes}};
    // PROTOCOL.md has one condition per mutation; an automatic plan accepted
    // at once books several orders, each with its own condition: the first
    // goes in "condition", all of them in "conditions".
    if (conditions.isEmpty() && !customerFields.isEmpty())
        m.insert(QStringLiteral("condition"), customerFields);
    if (!conditions.isEmpty()) {
        m.insert(QStringLiteral("condition"), conditions.first());
        if (conditions.size() > 1) {
            QJsonArray all;
            for (const QJsonObject &c : conditions)
                all.append(c);
            m.insert(QStringLiteral("conditions"), all);
        }
    }
    return m;
}

namespace {

// Ids are 64-bit and above 2^53: read with toInteger(), never through a
// double. The provider's booking as this console last saw it: the order's row as the
// action left it (the outbox snapshot), when it is on a provider's day.
void addProviderDay(Mutation &m, const QJsonObject &order)
{
    if (order.value(QStringLiteral("status")).toString() != u"assigned")
        return;
    const QJsonValue provider = order.value(QStringLiteral("provider_id"));
    const QJsonValue start = order.value(QStringLiteral("planned_start"));
    if (!provider.isDouble() || !start.isDouble())
        return;
    const qint64 startAt = start.toInteger();
    const qint64 minutes = order.value(QStringLiteral("duration_min")).toInteger();
    m.conditions.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("provider_day")},
                                    {QStringLiteral("provider_id"), provider.toInteger()},
                                    {QStringLiteral("start_at"), startAt},
                                    {QStringLiteral("end_at"), startAt + minutes * 60},
                                    {QStringLiteral("order_id"), order.value(QStringLiteral("id")).toInteger()}});
}

// Fields a console never decides alone: the server keeps its own times.
bool bookkeeping(const QString &field)
{
    return field == u"id" || field == u"updated_at" || field == u"created_at";
}

// The customer_fields condition of an edit of one customer: the fields the
// row sent differs in from the server's version as last known, with that
// version's values. Nothing when the server has not had the customer yet.
void addCustomerFields(store::Database &db, Mutation &m)
{
    QJsonObject sent;
    qint64 id = 0;
    for (const QJsonValue &v : std::as_const(m.changes)) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("entity")).toString() != u"customers")
            continue;
        if (id || c.value(QStringLiteral("op")).toString() != u"upsert")
            return; // several customers, or a delete: the rows as sent
        id = c.value(QStringLiteral("id")).toInteger();
        sent = c.value(QStringLiteral("row")).toObject();
    }
    if (!id)
        return;
    const QVariant shadow = db.scalar("SELECT row FROM sync_shadow WHERE entity = 'customers' AND id = ?", id);
    if (!shadow.isValid()) {
        // Never had the server's version: this console made the customer.
        // Should another office have sent a customer under this id (minted
        // before enrollment gave each office a node), the server refuses
        // this one (id_taken) instead of merging two people.
        m.customerFields = {{QStringLiteral("kind"), QStringLiteral("customer_new")}};
        return;
    }
    const QJsonObject known = QJsonDocument::fromJson(shadow.toString().toUtf8()).object();
    QJsonObject base;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        if (!bookkeeping(it.key()) && known.value(it.key()) != it.value())
            base.insert(it.key(), known.contains(it.key()) ? known.value(it.key()) : QJsonValue(QJsonValue::Null));
    }
    // An edit that changed nothing the server has still says so: an empty
    // base takes no field, where no condition would take the whole row.
    m.customerFields = {{QStringLiteral("kind"), QStringLiteral("customer_fields")}, {QStringLiteral("base"), base}};
}

// A provider's skills travel in its row ("$skills", provider_extras.h): an
// action that changed only a skill sends the provider's row too, so the
// offices it serves learn of it.
void addProviderRows(store::Database &db, Mutation &m)
{
    QList<qint64> sent;
    QList<qint64> skillsOf;
    for (const QJsonValue &v : std::as_const(m.changes)) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(QStringLiteral("entity")).toString();
        const qint64 provider = entity == u"providers" ? c.value(QStringLiteral("id")).toInteger()
                                                       : c.value(QStringLiteral("row")).toObject().value(QStringLiteral("provider_id")).toInteger();
        if (entity == u"providers")
            sent.append(provider);
        else if (entity == u"provider_skills" && provider)
            skillsOf.append(provider);
    }
    for (const qint64 provider : std::as_const(skillsOf)) {
        if (sent.contains(provider))
            continue;
        const QJsonObject row = services::outbox::rowSnapshot(db, QStringLiteral("providers"), provider);
        if (row.isEmpty())
            continue;
        sent.append(provider);
        m.changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("providers")},
                                     {QStringLiteral("id"), provider},
                                     {QStringLiteral("op"), QStringLiteral("upsert")},
                                     {QStringLiteral("row"), withProviderExtras(db, row)}});
    }
}

void finishMutation(store::Database &db, Batch &batch, Mutation &m)
{
    if (m.changes.isEmpty()) {
        batch.silent.append(m.id);
        return;
    }
    addProviderRows(db, m);
    addCustomerFields(db, m);
    if (isAssignmentAction(m.action)) {
        // The last snapshot of each order is the state the action left it in.
        QList<qint64> seen;
        for (qsizetype i = m.changes.size() - 1; i >= 0; --i) {
            const QJsonObject c = m.changes.at(i).toObject();
            const qint64 id = c.value(QStringLiteral("id")).toInteger();
            if (c.value(QStringLiteral("entity")).toString() != u"orders" || seen.contains(id))
                continue;
            seen.append(id);
            addProviderDay(m, c.value(QStringLiteral("row")).toObject());
        }
    }
    batch.mutations.append(m);
}

} // namespace

Batch nextBatch(store::Database &db, int maxMutations, qint64 maxBytes)
{
    Batch batch;
    qint64 bytes = 0; // the rows' JSON taken so far
    // The audit entries of the oldest unsent rows; never-sent tables are read
    // too, so their entries leave the queue (marked sent) with the batch.
    auto st = db.prepare(
        "SELECT o.audit_seq, o.entity, o.entity_id, o.op, o.payload, a.at, a.username, a.action, a.entity, a.entity_id"
        " FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq"
        " WHERE o.sent_at IS NULL ORDER BY o.audit_seq, o.seq");
    Mutation current;
    bool open = false; // current holds rows not yet finished
    while (st.next()) {
        const qint64 seq = st.int64(0);
        if (!open || seq != current.id) {
            if (open)
                finishMutation(db, batch, current);
            open = false;
            if (batch.mutations.size() >= maxMutations || (!batch.mutations.isEmpty() && bytes >= maxBytes))
                break;
            open = true;
            current = Mutation{};
            current.id = seq;
            current.at = st.int64(5);
            current.actor = st.text(6);
            current.action = st.text(7);
            current.entity = st.text(8);
            current.entityId = st.isNull(9) ? 0 : st.int64(9);
        }
        const QString entity = st.text(1);
        if (neverSent(entity))
            continue;
        const bool upsert = st.text(3) == u"upsert";
        QJsonObject change{{QStringLiteral("entity"), entity},
                           {QStringLiteral("id"), st.int64(2)},
                           {QStringLiteral("op"), upsert ? QStringLiteral("upsert") : QStringLiteral("delete")}};
        if (upsert) {
            const QByteArray payload = st.text(4).toUtf8();
            bytes += payload.size();
            QJsonObject row = QJsonDocument::fromJson(payload).object();
            // A skill (no id column; the outbox keeps it under its provider's
            // id) travels under its own key's id, so two skills of one
            // provider are two rows on the server (PROTOCOL.md, "Rows without an id").
            if (entity == u"provider_skills")
                change.insert(QStringLiteral("id"), keyedId(entity, QStringLiteral("%1/%2").arg(row.value(QStringLiteral("provider_id")).toInteger())
                                                                                 .arg(row.value(QStringLiteral("category_id")).toInteger())));
            // With its served districts, skills and hours as they are now.
            if (entity == u"providers")
                row = withProviderExtras(db, row);
            change.insert(QStringLiteral("row"), row);
        }
        current.changes.append(change);
        if (current.entity.isEmpty() || neverSent(current.entity)) {
            current.entity = entity;
            current.entityId = st.int64(2);
        }
    }
    if (open)
        finishMutation(db, batch, current);
    return batch;
}

} // namespace doorstep::sync
