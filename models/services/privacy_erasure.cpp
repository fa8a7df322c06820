#include "services/privacy_erasure.h"

#include "store/sqlite.h"

namespace doorstep::services::privacy {
namespace {

// Statuses in which an order is still being worked on: its address and the
// customer's phone are still needed.
constexpr const char *kOpenOrder = "status NOT IN ('completed', 'rated', 'cancelled')";

// Rewrites rows of one person and keeps the sync outbox free of their old
// copies. Every rewritten row is recorded with ctx.changed(), so the action
// queues the anonymised row in place of the copies purged here.
class Eraser
{
public:
    Eraser(ActionContext &ctx, qint64 subjectId) : m_ctx(ctx), m_marker(anonymisedMarker(subjectId))
    {
        m_result.subjectId = subjectId;
    }

    const QString &marker() const { return m_marker; }
    ErasureResult result() const { return m_result; }

    // The ids `select` (one parameter: the subject's id) finds in `table`.
    QList<qint64> ids(const QByteArray &select, qint64 subjectId)
    {
        QList<qint64> out;
        auto st = m_ctx.db().prepare(select);
        st.bind(1, subjectId);
        while (st.next())
            out.append(st.int64(0));
        return out;
    }

    // Runs `update` (its parameters `args`, then the row id) on each row
    // `select` finds and records it.
    template<typename... Args>
    void rewrite(const QString &table, const QByteArray &select, qint64 subjectId, const QByteArray &update, const Args &...args)
    {
        const QList<qint64> rows = ids(select, subjectId);
        if (rows.isEmpty())
            return;
        auto st = m_ctx.db().prepare(update);
        for (qint64 id : rows) {
            st.execWith(args..., id);
            touched(table, id);
        }
    }

    // Deletes the rows `select` finds (credential scans): their outbox copies
    // go, and a delete is queued instead.
    int purge(const QString &table, const QByteArray &select, qint64 subjectId)
    {
        const QList<qint64> rows = ids(select, subjectId);
        auto st = m_ctx.db().prepare("DELETE FROM " + table.toUtf8() + " WHERE id = ?");
        for (qint64 id : rows) {
            st.execWith(id);
            purgeOutbox(table, id);
            m_ctx.removed(table, id);
        }
        return int(rows.size());
    }

    void touched(const QString &table, qint64 id)
    {
        purgeOutbox(table, id);
        m_ctx.changed(table, id);
        ++m_result.rowsRewritten;
    }

    void scansPurged(int n) { m_result.scansPurged += n; }

private:
    // Sent or not: a copy already sent is still a copy on this disk.
    void purgeOutbox(const QString &table, qint64 id)
    {
        m_ctx.db().run("DELETE FROM sync_outbox WHERE entity = ? AND entity_id = ?", table, id);
        m_result.outboxPurged += m_ctx.db().changes();
    }

    ActionContext &m_ctx;
    QString m_marker;
    ErasureResult m_result;
};

} // namespace

ErasureResult eraseCustomer(ActionContext &ctx, qint64 customerId)
{
    auto &db = ctx.db();
    const QVariant erased = db.scalar("SELECT COALESCE(erased_at, 0) FROM customers WHERE id = ?", customerId);
    if (!erased.isValid())
        throw ServiceError::notFound(PrivacyService::tr("No such customer."));
    if (erased.toLongLong() != 0)
        throw ServiceError::invalid(PrivacyService::tr("This customer's personal data is anonymised already."));
    const qint64 open = db.scalar(QByteArray("SELECT count(*) FROM orders WHERE customer_id = ? AND ") + kOpenOrder, customerId).toLongLong();
    if (open > 0)
        throw ServiceError::invalid(PrivacyService::tr("The customer has %n open order(s): finish or cancel them first; "
                                                       "their address is needed until then.", nullptr, int(open)));
    Eraser e(ctx, customerId);
    const QString &m = e.marker();
    const qint64 now = ctx.now();
    // The district stays (a city district identifies nobody; statistics need it).
    e.rewrite(QStringLiteral("customers"), "SELECT id FROM customers WHERE id = ?", customerId,
              "UPDATE customers SET name = ?, phone = '', gender = NULL, address = NULL, lat = NULL, lng = NULL, note = NULL,"
              " erased_at = ?, updated_at = ? WHERE id = ?", m, now, now);
    // Orders keep their money, service, times and district; the door's
    // position becomes the district's centre (0, 0 without a district).
    e.rewrite(QStringLiteral("orders"), "SELECT id FROM orders WHERE customer_id = ?", customerId,
              "UPDATE orders SET address = ?, lat = COALESCE((SELECT d.lat FROM districts d WHERE d.id = orders.district_id), 0),"
              " lng = COALESCE((SELECT d.lng FROM districts d WHERE d.id = orders.district_id), 0), note = NULL,"
              " cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE ? END, updated_at = ? WHERE id = ?", m, m, now);
    // Free text may hold anything the customer said: it goes.
    e.rewrite(QStringLiteral("order_events"),
              "SELECT id FROM order_events WHERE note IS NOT NULL AND order_id IN (SELECT id FROM orders WHERE customer_id = ?)",
              customerId, "UPDATE order_events SET note = NULL WHERE id = ?");
    e.rewrite(QStringLiteral("ratings"), "SELECT id FROM ratings WHERE customer_id = ? AND comment IS NOT NULL", customerId,
              "UPDATE ratings SET comment = NULL WHERE id = ?");
    e.rewrite(QStringLiteral("complaints"), "SELECT id FROM complaints WHERE customer_id = ?", customerId,
              "UPDATE complaints SET description = ?, resolution = CASE WHEN resolution IS NULL THEN NULL ELSE ? END WHERE id = ?", m, m);
    // A complaint's timeline: notes and calls are free text about the customer.
    e.rewrite(QStringLiteral("complaint_events"),
              "SELECT id FROM complaint_events WHERE note IS NOT NULL AND complaint_id IN (SELECT id FROM complaints WHERE customer_id = ?)",
              customerId, "UPDATE complaint_events SET note = NULL WHERE id = ?");
    // Photos of a complaint show the customer's home: deleted.
    e.purge(QStringLiteral("complaint_attachments"),
            "SELECT id FROM complaint_attachments WHERE complaint_id IN (SELECT id FROM complaints WHERE customer_id = ?)", customerId);
    e.rewrite(QStringLiteral("refunds"), "SELECT id FROM refunds WHERE order_id IN (SELECT id FROM orders WHERE customer_id = ?)",
              customerId, "UPDATE refunds SET reason = ?, reject_reason = CASE WHEN reject_reason IS NULL THEN NULL ELSE ? END WHERE id = ?", m, m);
    // Consents end with the data they covered (the records stay: proof of what was agreed).
    e.rewrite(QStringLiteral("customer_consents"), "SELECT id FROM customer_consents WHERE customer_id = ? AND withdrawn_at IS NULL",
              customerId, "UPDATE customer_consents SET withdrawn_at = ? WHERE id = ?", now);
    e.rewrite(QStringLiteral("data_subject_requests"), "SELECT id FROM data_subject_requests WHERE customer_id = ? AND note IS NOT NULL",
              customerId, "UPDATE data_subject_requests SET note = NULL WHERE id = ?");
    // The values of sync's field conflicts (both versions of a name or
    // phone) go too; the conflicts stay listed. (sync_shadow keeps the
    // server's version until the erased row comes back from it: the base
    // the erasure is sent against.)
    db.run("UPDATE sync_conflicts SET conflict = '{}' WHERE entity = 'customers' AND entity_id = ?", customerId);
    return e.result();
}

ErasureResult eraseProvider(ActionContext &ctx, qint64 providerId)
{
    auto &db = ctx.db();
    auto st = db.prepare("SELECT status, COALESCE(erased_at, 0) FROM providers WHERE id = ?");
    st.bind(1, providerId);
    if (!st.next())
        throw ServiceError::notFound(PrivacyService::tr("No such provider."));
    if (st.int64(1) != 0)
        throw ServiceError::invalid(PrivacyService::tr("This provider's personal data is anonymised already."));
    const QString status = st.text(0);
    if (status != u"deactivated" && status != u"rejected")
        throw ServiceError::invalid(PrivacyService::tr("Deactivate the provider (or reject the application) first: "
                                                       "only a provider who has left can be anonymised."));
    const qint64 jobs = db.scalar("SELECT count(*) FROM orders WHERE provider_id = ?"
                                  " AND status IN ('assigned', 'accepted', 'on_the_way', 'in_service')", providerId).toLongLong();
    if (jobs > 0)
        throw ServiceError::invalid(PrivacyService::tr("The provider still holds %n job(s): take them back first.", nullptr, int(jobs)));
    Eraser e(ctx, providerId);
    const QString &m = e.marker();
    const qint64 now = ctx.now();
    // Skills, districts, hours, ratings (stars), the ledger and suspensions
    // stay: they identify nobody once the name and numbers are gone, and the
    // accounts and averages need them.
    e.rewrite(QStringLiteral("providers"), "SELECT id FROM providers WHERE id = ?", providerId,
              "UPDATE providers SET name = ?, phone = '', id_number = '', gender = NULL, birth_date = NULL, home_address = NULL,"
              " home_lat = NULL, home_lng = NULL, status_reason = ?, erased_at = ?, updated_at = ? WHERE id = ?", m, m, now, now);
    // Scans first (they refer to the credentials), then the numbers.
    e.scansPurged(e.purge(QStringLiteral("credential_scans"),
                          "SELECT s.id FROM credential_scans s JOIN credentials c ON c.id = s.credential_id WHERE c.provider_id = ?",
                          providerId));
    e.rewrite(QStringLiteral("credentials"), "SELECT id FROM credentials WHERE provider_id = ? AND number IS NOT NULL", providerId,
              "UPDATE credentials SET number = NULL WHERE id = ?");
    e.rewrite(QStringLiteral("background_checks"), "SELECT id FROM background_checks WHERE provider_id = ? AND note IS NOT NULL",
              providerId, "UPDATE background_checks SET note = NULL WHERE id = ?");
    e.rewrite(QStringLiteral("provider_applications"),
              "SELECT id FROM provider_applications WHERE provider_id = ? AND reason IS NOT NULL", providerId,
              "UPDATE provider_applications SET reason = ? WHERE id = ?", m);
    e.rewrite(QStringLiteral("application_events"),
              "SELECT id FROM application_events WHERE note IS NOT NULL"
              " AND application_id IN (SELECT id FROM provider_applications WHERE provider_id = ?)",
              providerId, "UPDATE application_events SET note = NULL WHERE id = ?");
    e.rewrite(QStringLiteral("provider_flags"), "SELECT id FROM provider_flags WHERE provider_id = ? AND decision_reason IS NOT NULL",
              providerId, "UPDATE provider_flags SET decision_reason = ? WHERE id = ?", m);
    // Dispatch explanations may name the provider.
    e.rewrite(QStringLiteral("dispatch_records"), "SELECT id FROM dispatch_records WHERE provider_id = ? AND explanation IS NOT NULL",
              providerId, "UPDATE dispatch_records SET explanation = NULL WHERE id = ?");
    return e.result();
}

void recordRequest(ActionContext &ctx, qint64 customerId, const QString &kind)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO data_subject_requests(id, customer_id, kind, status, received_at, due_at, closed_at, handled_by)"
                 " VALUES (?, ?, ?, 'completed', ?, ?, ?, ?)",
                 id, customerId, kind, ctx.now(), ctx.now(), ctx.now(),
                 ctx.actor().staffId ? QVariant(ctx.actor().staffId) : QVariant());
    ctx.changed(QStringLiteral("data_subject_requests"), id);
}

} // namespace doorstep::services::privacy
