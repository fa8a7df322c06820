#include "services/privacy_service.h"

#include "domain/mobile.h"
#include "services/office_settings.h"
#include "services/privacy_erasure.h"
#include "services/privacy_export.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QTimeZone>

namespace doorstep::services {

QString anonymisedMarker(qint64 id)
{
    return QStringLiteral("已匿名 #%1").arg(id);
}

bool consentInForce(store::Database &db, qint64 customerId, const QString &purpose)
{
    return db.scalar("SELECT 1 FROM customer_consents WHERE customer_id = ? AND purpose = ? AND withdrawn_at IS NULL"
                     " AND customer_id IN (SELECT id FROM customers WHERE erased_at IS NULL) LIMIT 1",
                     customerId, purpose).isValid();
}

namespace {
// An id, or a full mobile number that names exactly one row of `table`.
qint64 findPerson(store::Database &db, const QByteArray &table, const QString &idOrPhone, const QString &none, const QString &several)
{
    const QString text = idOrPhone.trimmed();
    const QString phone = domain::normalizeMobile(text);
    if (domain::isValidMobile(phone)) {
        auto st = db.prepare("SELECT id FROM " + table + " WHERE phone = ? LIMIT 2");
        st.bind(1, phone);
        QList<qint64> ids;
        while (st.next())
            ids.append(st.int64(0));
        if (ids.size() > 1)
            throw ServiceError::invalid(several);
        if (ids.size() == 1)
            return ids.first();
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && db.scalar("SELECT 1 FROM " + table + " WHERE id = ?", id).isValid())
        return id;
    throw ServiceError::notFound(none);
}
} // namespace

qint64 PrivacyService::findCustomer(const QString &idOrPhone)
{
    m_services.require(Permission::DataSubjectRequests);
    return findPerson(m_services.db(), "customers", idOrPhone, tr("No customer has the id or mobile number %1.").arg(idOrPhone),
                      tr("Several customers have the mobile number %1: give the customer's id.").arg(idOrPhone));
}

qint64 PrivacyService::findProvider(const QString &idOrPhone)
{
    m_services.require(Permission::ProviderDataRequests);
    return findPerson(m_services.db(), "providers", idOrPhone, tr("No provider has the id or mobile number %1.").arg(idOrPhone),
                      tr("Several providers have the mobile number %1: give the provider's id.").arg(idOrPhone));
}

SubjectExport PrivacyService::exportCustomer(qint64 customerId, const QString &path)
{
    return m_services.perform(Permission::DataSubjectRequests, QStringLiteral("privacy.customer_export"), [&](ActionContext &ctx) {
        privacy::recordRequest(ctx, customerId, QStringLiteral("access"));
        SubjectExport out = privacy::customerExport(ctx, customerId);
        if (!path.isEmpty()) // inside the action: a file that cannot be written leaves no audit entry claiming it
            privacy::writeExport(out, path);
        ctx.describe(QStringLiteral("customers"), customerId, {{QStringLiteral("files"), int(out.files.size())}});
        return out;
    });
}

SubjectExport PrivacyService::exportProvider(qint64 providerId, const QString &path)
{
    return m_services.perform(Permission::ProviderDataRequests, QStringLiteral("privacy.provider_export"), [&](ActionContext &ctx) {
        SubjectExport out = privacy::providerExport(ctx, providerId);
        if (!path.isEmpty())
            privacy::writeExport(out, path);
        ctx.describe(QStringLiteral("providers"), providerId, {{QStringLiteral("files"), int(out.files.size())}});
        return out;
    });
}

namespace {
QJsonObject counts(const ErasureResult &r)
{
    return {{QStringLiteral("rows_rewritten"), r.rowsRewritten},
            {QStringLiteral("scans_purged"), r.scansPurged},
            {QStringLiteral("outbox_purged"), r.outboxPurged}};
}
} // namespace

ErasureResult PrivacyService::anonymiseCustomer(qint64 customerId)
{
    return m_services.perform(Permission::DataSubjectRequests, QStringLiteral("privacy.customer_anonymise"), [&](ActionContext &ctx) {
        const ErasureResult r = privacy::eraseCustomer(ctx, customerId);
        privacy::recordRequest(ctx, customerId, QStringLiteral("deletion"));
        ctx.describe(QStringLiteral("customers"), customerId, counts(r));
        return r;
    });
}

ErasureResult PrivacyService::anonymiseProvider(qint64 providerId)
{
    return m_services.perform(Permission::ProviderDataRequests, QStringLiteral("privacy.provider_anonymise"), [&](ActionContext &ctx) {
        const ErasureResult r = privacy::eraseProvider(ctx, providerId);
        ctx.describe(QStringLiteral("providers"), providerId, counts(r));
        return r;
    });
}

int PrivacyService::withdrawConsent(qint64 customerId, const QString &purpose)
{
    return m_services.perform(Permission::DataSubjectRequests, QStringLiteral("privacy.consent_withdraw"), [&](ActionContext &ctx) {
        if (purpose == u"service")
            throw ServiceError::invalid(tr("The consent to the service itself ends only with the customer's data: "
                                           "anonymise the customer instead."));
        if (!ctx.db().scalar("SELECT 1 FROM customers WHERE id = ? AND erased_at IS NULL", customerId).isValid())
            throw ServiceError::notFound(tr("No such customer."));
        QList<qint64> ids;
        auto st = ctx.db().prepare("SELECT id FROM customer_consents WHERE customer_id = ? AND purpose = ? AND withdrawn_at IS NULL");
        st.bindAll(customerId, purpose);
        while (st.next())
            ids.append(st.int64(0));
        if (ids.isEmpty())
            throw ServiceError::invalid(tr("The customer has no consent in force for this purpose."));
        for (qint64 id : ids) {
            ctx.db().run("UPDATE customer_consents SET withdrawn_at = ? WHERE id = ?", ctx.now(), id);
            ctx.changed(QStringLiteral("customer_consents"), id);
        }
        privacy::recordRequest(ctx, customerId, QStringLiteral("withdraw_consent"));
        ctx.describe(QStringLiteral("customers"), customerId, {{QStringLiteral("purpose"), purpose}});
        return int(ids.size());
    });
}

int PrivacyService::retentionYears()
{
    return OfficeSettings(m_services).whole(settings::CustomerRetentionYears);
}

namespace {
qint64 cutoffFor(qint64 now, int years)
{
    return QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).addYears(-years).toSecsSinceEpoch();
}

// Customers with no change and no order since `cutoff` and nothing open, not
// anonymised yet: through customers_retention, then each one's orders
// through orders_customer.
constexpr const char *kDue =
    " FROM customers c WHERE c.erased_at IS NULL AND c.updated_at < ?1 AND NOT EXISTS (SELECT 1 FROM orders o"
    " WHERE o.customer_id = c.id AND (o.created_at >= ?1 OR o.updated_at >= ?1"
    " OR o.status NOT IN ('completed', 'rated', 'cancelled')))";

QList<qint64> dueBatch(store::Database &db, qint64 cutoff, int batchSize)
{
    QList<qint64> ids;
    auto st = db.prepare(QByteArray("SELECT c.id") + kDue + " ORDER BY c.updated_at, c.id LIMIT ?2");
    st.bindAll(cutoff, batchSize);
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}
} // namespace

qint64 PrivacyService::retentionDue()
{
    m_services.require(Permission::DataSubjectRequests);
    const int years = retentionYears();
    if (years == 0)
        return 0;
    return m_services.db().scalar(QByteArray("SELECT count(*)") + kDue, cutoffFor(m_services.now(), years)).toLongLong();
}

RetentionResult PrivacyService::retentionSweep(const std::function<bool(qint64, qint64)> &progress, int batchSize)
{
    m_services.require(Permission::DataSubjectRequests);
    RetentionResult result;
    result.years = retentionYears();
    if (result.years == 0)
        return result;
    result.cutoff = cutoffFor(m_services.now(), result.years);
    const qint64 total = retentionDue();
    // One action per batch keeps the write lock short; every batch reads the
    // candidates again inside its transaction (another console may have
    // written meanwhile). A quiet day writes nothing, not even an audit entry.
    batchSize = qMax(1, batchSize);
    while (!dueBatch(m_services.db(), result.cutoff, batchSize).isEmpty()) {
        if (progress && !progress(result.customers, total)) {
            result.cancelled = true;
            break;
        }
        const int done = m_services.perform(Permission::DataSubjectRequests, QStringLiteral("privacy.retention_sweep"),
                                            [&](ActionContext &ctx) {
            const QList<qint64> ids = dueBatch(ctx.db(), result.cutoff, batchSize);
            ErasureResult sum;
            for (qint64 id : ids) {
                const ErasureResult r = privacy::eraseCustomer(ctx, id);
                sum.rowsRewritten += r.rowsRewritten;
                sum.outboxPurged += r.outboxPurged;
            }
            ctx.describe(QStringLiteral("customers"), 0,
                         {{QStringLiteral("anonymised"), int(ids.size())}, {QStringLiteral("years"), result.years},
                          {QStringLiteral("cutoff"), result.cutoff}, {QStringLiteral("rows_rewritten"), sum.rowsRewritten},
                          {QStringLiteral("outbox_purged"), sum.outboxPurged}});
            result.rowsRewritten += sum.rowsRewritten;
            result.outboxPurged += sum.outboxPurged;
            return int(ids.size());
        });
        result.customers += done;
        ++result.actions;
    }
    if (progress)
        progress(result.customers, total);
    return result;
}

} // namespace doorstep::services
