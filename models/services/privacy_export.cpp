#include "services/privacy_export.h"

#include "domain/office_time.h"
#include "services/sync_outbox.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace doorstep::services::privacy {
namespace {

// One part of an export: every row `sql` finds, its one parameter (?1, used
// as often as needed) the person's id.
struct Section
{
    const char *key;
    const char *title; // QT_TRANSLATE_NOOP("PrivacyService", …)
    const char *sql;
};

// Everything held about a customer. Providers' names are the providers'
// personal data: orders say which service and when, not who came.
const Section kCustomer[] = {
    {"customer", QT_TRANSLATE_NOOP("PrivacyService", "Your record"), "SELECT * FROM customers WHERE id = ?1"},
    {"addresses", QT_TRANSLATE_NOOP("PrivacyService", "Addresses used for orders"),
     "SELECT o.address, d.name AS district, count(*) AS orders, max(o.window_start) AS last_visit_at FROM orders o"
     " LEFT JOIN districts d ON d.id = o.district_id WHERE o.customer_id = ?1 GROUP BY o.address, d.name ORDER BY last_visit_at"},
    {"consents", QT_TRANSLATE_NOOP("PrivacyService", "Consents"), "SELECT purpose, version, channel, granted_at, withdrawn_at"
     " FROM customer_consents WHERE customer_id = ?1 ORDER BY granted_at, id"},
    {"orders", QT_TRANSLATE_NOOP("PrivacyService", "Orders"),
     "SELECT o.order_no, s.name AS service, o.window_start, o.window_end, o.address, o.price_fen, o.payment_status, o.status,"
     " o.note, o.cancel_reason, o.created_at FROM orders o JOIN service_items s ON s.id = o.service_item_id"
     " WHERE o.customer_id = ?1 ORDER BY o.created_at, o.id"},
    {"order_events", QT_TRANSLATE_NOOP("PrivacyService", "Order timelines"),
     "SELECT o.order_no, e.at, e.event, e.from_status, e.to_status, e.actor_kind, e.note FROM order_events e"
     " JOIN orders o ON o.id = e.order_id WHERE o.customer_id = ?1 ORDER BY e.at, e.id"},
    {"ratings", QT_TRANSLATE_NOOP("PrivacyService", "Ratings given"),
     "SELECT o.order_no, r.stars, r.comment, r.at FROM ratings r JOIN orders o ON o.id = r.order_id WHERE r.customer_id = ?1 ORDER BY r.at"},
    {"complaints", QT_TRANSLATE_NOOP("PrivacyService", "Complaints"),
     "SELECT o.order_no, c.category, c.description, c.status, c.opened_at, c.resolved_at, c.resolution, c.satisfaction FROM complaints c"
     " JOIN orders o ON o.id = c.order_id WHERE c.customer_id = ?1 ORDER BY c.opened_at"},
    {"refunds", QT_TRANSLATE_NOOP("PrivacyService", "Refunds"),
     "SELECT o.order_no, f.amount_fen, f.reason, f.status, f.requested_at, f.decided_at, f.reject_reason, f.paid_at FROM refunds f"
     " JOIN orders o ON o.id = f.order_id WHERE o.customer_id = ?1 ORDER BY f.requested_at"},
    {"blocked_providers", QT_TRANSLATE_NOOP("PrivacyService", "Providers you asked not to send"),
     "SELECT provider_id, created_at FROM customer_blocked_providers WHERE customer_id = ?1"},
    {"requests", QT_TRANSLATE_NOOP("PrivacyService", "Your requests about your personal data"),
     "SELECT kind, status, received_at, closed_at FROM data_subject_requests WHERE customer_id = ?1 ORDER BY received_at, id"},
    // The audit log names rows, never people: entries about the customer's
    // row and their orders (details are masked by design).
    {"audit", QT_TRANSLATE_NOOP("PrivacyService", "Who handled your data (audit log)"),
     "SELECT seq, at, username, action, entity, entity_id, detail FROM audit_log"
     " WHERE (entity = 'customers' AND entity_id = ?1)"
     " OR (entity = 'orders' AND entity_id IN (SELECT id FROM orders WHERE customer_id = ?1)) ORDER BY seq"},
};

const Section kProvider[] = {
    {"provider", QT_TRANSLATE_NOOP("PrivacyService", "Your record"), "SELECT * FROM providers WHERE id = ?1"},
    {"skills", QT_TRANSLATE_NOOP("PrivacyService", "Services offered"),
     "SELECT c.name AS service, k.status, k.suspended_reason FROM provider_skills k JOIN service_categories c ON c.id = k.category_id"
     " WHERE k.provider_id = ?1 ORDER BY c.sort, c.id"},
    {"districts", QT_TRANSLATE_NOOP("PrivacyService", "Districts served"),
     "SELECT d.name AS district FROM provider_districts p JOIN districts d ON d.id = p.district_id WHERE p.provider_id = ?1 ORDER BY d.name"},
    {"hours", QT_TRANSLATE_NOOP("PrivacyService", "Working hours"),
     "SELECT weekday, start_min, end_min FROM provider_hours WHERE provider_id = ?1 ORDER BY weekday, start_min"},
    {"days_off", QT_TRANSLATE_NOOP("PrivacyService", "Days off"),
     "SELECT day FROM provider_days_off WHERE provider_id = ?1 ORDER BY day"},
    {"applications", QT_TRANSLATE_NOOP("PrivacyService", "Applications"),
     "SELECT id, state, submitted_at, decided_at, reason FROM provider_applications WHERE provider_id = ?1 ORDER BY submitted_at"},
    {"application_events", QT_TRANSLATE_NOOP("PrivacyService", "Application timeline"),
     "SELECT e.application_id, e.at, e.kind, e.note FROM application_events e JOIN provider_applications a ON a.id = e.application_id"
     " WHERE a.provider_id = ?1 ORDER BY e.at, e.id"},
    {"credentials", QT_TRANSLATE_NOOP("PrivacyService", "Credentials"),
     "SELECT id, type, qualification_code, number, issuer, valid_from, valid_to, review_status, reviewed_at, created_at"
     " FROM credentials WHERE provider_id = ?1 ORDER BY created_at, id"},
    // The scans themselves are handed over as copies on request (they are images).
    {"scans", QT_TRANSLATE_NOOP("PrivacyService", "Credential scans held"),
     "SELECT s.credential_id, s.file_name, s.mime, length(s.bytes) AS bytes, s.sha256, s.created_at FROM credential_scans s"
     " JOIN credentials c ON c.id = s.credential_id WHERE c.provider_id = ?1 ORDER BY s.created_at, s.id"},
    {"background_checks", QT_TRANSLATE_NOOP("PrivacyService", "Background checks"),
     "SELECT agency, result, checked_at, note FROM background_checks WHERE provider_id = ?1 ORDER BY checked_at, id"},
    {"training", QT_TRANSLATE_NOOP("PrivacyService", "Training completed"),
     "SELECT c.title AS course, t.completed_at FROM course_completions t JOIN courses c ON c.id = t.course_id"
     " WHERE t.provider_id = ?1 ORDER BY t.completed_at"},
    {"assessments", QT_TRANSLATE_NOOP("PrivacyService", "Assessments"),
     "SELECT a.title AS assessment, r.score, r.passed, r.taken_at FROM assessment_results r JOIN assessments a ON a.id = r.assessment_id"
     " WHERE r.provider_id = ?1 ORDER BY r.taken_at"},
    // Jobs without the customers' addresses: those are the customers' data.
    {"jobs", QT_TRANSLATE_NOOP("PrivacyService", "Jobs done"),
     "SELECT o.order_no, s.name AS service, o.window_start, o.planned_start, o.status, o.price_fen FROM orders o"
     " JOIN service_items s ON s.id = o.service_item_id WHERE o.provider_id = ?1 ORDER BY o.window_start, o.id"},
    {"ratings", QT_TRANSLATE_NOOP("PrivacyService", "Ratings received"),
     "SELECT o.order_no, r.stars, r.comment, r.at FROM ratings r JOIN orders o ON o.id = r.order_id WHERE r.provider_id = ?1 ORDER BY r.at"},
    {"ledger", QT_TRANSLATE_NOOP("PrivacyService", "Rewards and penalties"),
     "SELECT at, points, amount_fen, reason, source FROM provider_ledger WHERE provider_id = ?1 ORDER BY at, id"},
    {"suspensions", QT_TRANSLATE_NOOP("PrivacyService", "Suspensions"),
     "SELECT reason, started_at, lifted_at FROM provider_suspensions WHERE provider_id = ?1 ORDER BY started_at"},
    {"flags", QT_TRANSLATE_NOOP("PrivacyService", "Deactivation proposals"),
     "SELECT kind, detail, raised_at, state, decided_at, decision_reason FROM provider_flags WHERE provider_id = ?1 ORDER BY raised_at"},
    {"audit", QT_TRANSLATE_NOOP("PrivacyService", "Who handled your data (audit log)"),
     "SELECT seq, at, username, action, entity, entity_id, detail FROM audit_log"
     " WHERE (entity = 'providers' AND entity_id = ?1)"
     " OR (entity = 'credentials' AND entity_id IN (SELECT id FROM credentials WHERE provider_id = ?1))"
     " OR (entity = 'credential_scans' AND entity_id IN (SELECT s.id FROM credential_scans s JOIN credentials c ON c.id = s.credential_id"
     "     WHERE c.provider_id = ?1))"
     " OR (entity = 'provider_applications' AND entity_id IN (SELECT id FROM provider_applications WHERE provider_id = ?1))"
     " OR (entity IN ('background_checks', 'course_completions', 'assessment_results', 'provider_flags', 'provider_ledger')"
     "     AND entity_id IN (SELECT id FROM background_checks WHERE provider_id = ?1 UNION ALL SELECT id FROM course_completions"
     "     WHERE provider_id = ?1 UNION ALL SELECT id FROM assessment_results WHERE provider_id = ?1 UNION ALL SELECT id FROM"
     "     provider_flags WHERE provider_id = ?1 UNION ALL SELECT id FROM provider_ledger WHERE provider_id = ?1)) ORDER BY seq"},
};

template<size_t N>
SubjectExport build(ActionContext &ctx, const char *subject, qint64 id, const Section (&sections)[N])
{
    QJsonArray parts;
    for (const Section &s : sections) {
        QJsonArray rows;
        auto st = ctx.db().prepare(s.sql);
        st.bind(1, id);
        QJsonArray columns; // JSON objects sort their keys: the page keeps the query's order
        for (int c = 0; c < st.columnCount(); ++c)
            columns.append(st.columnName(c));
        while (st.next())
            rows.append(outbox::rowJson(st));
        parts.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(s.key)},
                                 {QStringLiteral("title"), PrivacyService::tr(s.title)},
                                 {QStringLiteral("columns"), columns},
                                 {QStringLiteral("rows"), rows}});
    }
    SubjectExport out;
    out.data = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("doorstep.subject_export/1")},
        {QStringLiteral("subject"), QString::fromLatin1(subject)},
        {QStringLiteral("subject_id"), QString::number(id)},
        {QStringLiteral("exported_at"), QDateTime::fromSecsSinceEpoch(ctx.now(), domain::officeTimeZone()).toString(Qt::ISODate)},
        {QStringLiteral("office"), ctx.actor().officeName},
        {QStringLiteral("exported_by"), ctx.actor().username},
        {QStringLiteral("sections"), parts},
    };
    return out;
}

bool isTime(const QString &column)
{
    return column == u"at" || column.endsWith(u"_at") || column == u"window_start" || column == u"window_end"
        || column == u"planned_start";
}

QString cell(const QString &column, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble() && isTime(column))
        return QDateTime::fromSecsSinceEpoch(v.toInteger(), domain::officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (v.isDouble() && column.endsWith(u"_fen"))
        return QStringLiteral("¥%1").arg(double(v.toInteger()) / 100.0, 0, 'f', 2);
    if (v.isObject()) // a blob: never inlined
        return PrivacyService::tr("(binary data)");
    return v.toVariant().toString();
}

// A plain page that prints well and opens anywhere (UTF-8, no scripts, no
// external files): what an office hands over or sends.
QString renderHtml(const QJsonObject &data)
{
    QString h;
    const QString title = data.value(QStringLiteral("subject")).toString() == u"provider"
        ? PrivacyService::tr("Personal data held about provider #%1").arg(data.value(QStringLiteral("subject_id")).toString())
        : PrivacyService::tr("Personal data held about customer #%1").arg(data.value(QStringLiteral("subject_id")).toString());
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
                        "td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}"
                        "th{background:#eee}</style></head><body>\n")
             .arg(title.toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(title.toHtmlEscaped(),
                  PrivacyService::tr("Office: %1. Made %2 by %3. The same data, machine-readable, is in the JSON file given with this page.")
                      .arg(data.value(QStringLiteral("office")).toString(), data.value(QStringLiteral("exported_at")).toString(),
                           data.value(QStringLiteral("exported_by")).toString())
                      .toHtmlEscaped());
    for (const QJsonValue &part : data.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = part.toObject();
        h += QStringLiteral("<h2>%1</h2>\n").arg(s.value(QStringLiteral("title")).toString().toHtmlEscaped());
        const QJsonArray rows = s.value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n").arg(PrivacyService::tr("None held.").toHtmlEscaped());
            continue;
        }
        QStringList columns;
        for (const QJsonValue &c : s.value(QStringLiteral("columns")).toArray())
            columns.append(c.toString());
        h += QStringLiteral("<table><tr>");
        for (const QString &c : columns)
            h += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
        h += QStringLiteral("</tr>\n");
        for (const QJsonValue &r : rows) {
            const QJsonObject row = r.toObject();
            h += QStringLiteral("<tr>");
            for (const QString &c : columns)
                h += QStringLiteral("<td>%1</td>").arg(cell(c, row.value(c)).toHtmlEscaped());
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

void writeFile(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw ServiceError::invalid(PrivacyService::tr("Cannot write %1: %2").arg(name, file.errorString()));
}

} // namespace

SubjectExport customerExport(ActionContext &ctx, qint64 customerId)
{
    if (!ctx.db().scalar("SELECT 1 FROM customers WHERE id = ?", customerId).isValid())
        throw ServiceError::notFound(PrivacyService::tr("No such customer."));
    SubjectExport out = build(ctx, "customer", customerId, kCustomer);
    out.html = renderHtml(out.data);
    return out;
}

SubjectExport providerExport(ActionContext &ctx, qint64 providerId)
{
    if (!ctx.db().scalar("SELECT 1 FROM providers WHERE id = ?", providerId).isValid())
        throw ServiceError::notFound(PrivacyService::tr("No such provider."));
    SubjectExport out = build(ctx, "provider", providerId, kProvider);
    out.html = renderHtml(out.data);
    return out;
}

void writeExport(SubjectExport &exported, const QString &path)
{
    QString base = path;
    if (base.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || base.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive))
        base.chop(5);
    const QString json = base + QStringLiteral(".json");
    const QString html = base + QStringLiteral(".html");
    writeFile(json, QJsonDocument(exported.data).toJson(QJsonDocument::Indented));
    writeFile(html, exported.html.toUtf8());
    exported.files = {json, html};
}

} // namespace doorstep::services::privacy
