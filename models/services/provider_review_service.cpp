#include "services/provider_review_service.h"

#include "domain/masking.h"
#include "domain/mobile.h"
#include "domain/office_time.h"
#include "domain/scan_format.h"
#include "services/field_changes.h"
#include "services/office_settings.h"
#include "services/provider_expiry_service.h"
#include "services/provider_facts.h"
#include "services/provider_rows.h"
#include "services/provider_settings.h"
#include "services/provider_skill_change.h"
#include "services/scan_upload.h"
#include "services/stored_state.h"
#include "services/validation.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace doorstep::services {
namespace {
using domain::ApplicationState;
using domain::BackgroundCheckResult;
using domain::CredentialReview;

struct Application
{
    qint64 providerId = 0;
    ApplicationState state = ApplicationState::New;
};

Application loadApplication(store::Database &db, qint64 applicationId)
{
    auto st = requireRow(db, "SELECT provider_id, state FROM provider_applications WHERE id = ?", applicationId,
                         ProviderReviewService::tr("No such application."));
    return {st.int64(0), storedState<ApplicationState>(st.text(1), applicationId)};
}

// An open application, or ServiceError::Conflict naming how it was decided.
Application loadOpenApplication(store::Database &db, qint64 applicationId)
{
    const Application app = loadApplication(db, applicationId);
    if (!domain::isOpen(app.state))
        throw ServiceError::conflict(ProviderReviewService::tr("This application has already been decided (%1).")
                                         .arg(domain::stateDisplayName(app.state)));
    return app;
}

void addEvent(ActionContext &ctx, qint64 applicationId, const QString &kind, const QString &note = {})
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO application_events(id, application_id, at, staff_id, kind, note) VALUES (?, ?, ?, ?, ?, ?)",
                 id, applicationId, ctx.now(), ctx.actor().staffId, kind, note.isEmpty() ? QString() : note);
    ctx.changed(QStringLiteral("application_events"), id);
}

// Evidence added while the provider's application is open belongs in its
// timeline. `orLatest`: when none is open, the latest application's (a
// decision on a credential whose reason must not be lost).
void addEventForProvider(ActionContext &ctx, qint64 providerId, const QString &kind, const QString &note = {}, bool orLatest = false)
{
    QVariant app = ctx.db().scalar("SELECT id FROM provider_applications WHERE provider_id = ? AND state IN ('new','info_requested')"
                                   " ORDER BY submitted_at DESC, id DESC LIMIT 1", providerId);
    if (!app.isValid() && orLatest)
        app = ctx.db().scalar("SELECT id FROM provider_applications WHERE provider_id = ? ORDER BY submitted_at DESC, id DESC LIMIT 1", providerId);
    if (app.isValid())
        addEvent(ctx, app.toLongLong(), kind, note);
}

// How a credential is named in the timeline: its type key, and the
// qualification's code ("qualification:electrician").
QString credentialKey(domain::CredentialType type, const QString &qualificationCode)
{
    const QString key = domain::stateKey(type);
    return type == domain::CredentialType::Qualification && !qualificationCode.isEmpty() ? key + u':' + qualificationCode : key;
}

void requireValidity(const CredentialInput &in)
{
    if (in.validFrom.isValid() && in.validTo.isValid() && in.validTo < in.validFrom)
        throw ServiceError::invalid(ProviderReviewService::tr("A credential cannot expire before it starts."));
}

QVariant orNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant orNull(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

// The first column of every row `sql` (one `?`: the provider) selects, read
// before the caller writes to the rows.
QList<qint64> ids(store::Database &db, const QByteArray &sql, qint64 providerId)
{
    QList<qint64> out;
    auto st = db.prepare(sql);
    st.bind(1, providerId);
    while (st.next())
        out.append(st.int64(0));
    return out;
}

struct PendingCredential
{
    qint64 providerId = 0;
    QString key; // as the timeline names it (credentialKey)
};

// A credential waiting for review; ServiceError::Conflict(`whenReviewed`) once it has been reviewed.
PendingCredential loadPendingCredential(store::Database &db, qint64 credentialId, const QString &whenReviewed)
{
    auto st = requireRow(db, "SELECT provider_id, review_status, type, qualification_code FROM credentials WHERE id = ?", credentialId,
                         ProviderReviewService::tr("No such credential."));
    if (storedState<CredentialReview>(st.text(1), credentialId) != CredentialReview::Pending)
        throw ServiceError::conflict(whenReviewed);
    return {st.int64(0), credentialKey(storedState<domain::CredentialType>(st.text(2), credentialId), st.text(3))};
}

} // namespace

QList<domain::ProviderCheck> ProviderReviewService::checks(qint64 providerId)
{
    m_services.require(Permission::ProviderView);
    const ProviderPolicy policy = loadProviderPolicy(OfficeSettings(m_services));
    return domain::runProviderChecks(loadApplicantFacts(m_services.db(), providerId), m_services.clock().officeToday(), policy.limits);
}

void ProviderReviewService::approve(qint64 applicationId)
{
    m_services.perform(Permission::ProviderReview, QStringLiteral("provider.application.approve"), [&](ActionContext &ctx) {
        const Application app = loadOpenApplication(ctx.db(), applicationId);
        const ProviderPolicy policy = loadProviderPolicy(OfficeSettings(ctx.db()));
        const auto checks = domain::runProviderChecks(loadApplicantFacts(ctx.db(), app.providerId), domain::officeDay(ctx.now()), policy.limits);
        if (domain::approvalBlocked(checks))
            throw ServiceError::conflict(tr("The application cannot be approved yet:") + u'\n'
                                         + domain::blockingMessages(checks).join(u'\n'));

        ctx.db().run("UPDATE provider_applications SET state = 'approved', decided_at = ?, decided_by = ?, reason = NULL WHERE id = ?",
                     ctx.now(), ctx.actor().staffId, applicationId);
        ctx.changed(QStringLiteral("provider_applications"), applicationId);
        addEvent(ctx, applicationId, QStringLiteral("approved"));

        ctx.db().run("UPDATE providers SET status = 'active', status_reason = NULL, joined_at = COALESCE(joined_at, ?), updated_at = ? WHERE id = ?",
                     ctx.now(), ctx.now(), app.providerId);
        ctx.changed(QStringLiteral("providers"), app.providerId);

        const QList<qint64> applied = ids(ctx.db(), "SELECT category_id FROM provider_skills WHERE provider_id = ? AND status = 'applied'",
                                          app.providerId);
        for (qint64 category : applied) {
            ctx.db().run("UPDATE provider_skills SET status = 'active', suspended_reason = NULL WHERE provider_id = ? AND category_id = ?",
                         app.providerId, category);
            ctx.changed(providerSkillChange(ctx.db(), app.providerId, category));
        }

        // Approving the application approves the documents it was judged on.
        for (qint64 id : ids(ctx.db(), "SELECT id FROM credentials WHERE provider_id = ? AND review_status = 'pending'", app.providerId)) {
            ctx.db().run("UPDATE credentials SET review_status = 'approved', reviewer_id = ?, reviewed_at = ? WHERE id = ?",
                         ctx.actor().staffId, ctx.now(), id);
            ctx.changed(QStringLiteral("credentials"), id);
        }
        ctx.describe(QStringLiteral("provider_applications"), applicationId,
                     {{QStringLiteral("provider"), QString::number(app.providerId)}, {QStringLiteral("skills"), int(applied.size())}});
    });
}

void ProviderReviewService::reject(qint64 applicationId, const QString &reason)
{
    decide(applicationId, ApplicationState::Rejected, reason);
}

void ProviderReviewService::requestInformation(qint64 applicationId, const QString &reason)
{
    decide(applicationId, ApplicationState::InfoRequested, reason);
}

void ProviderReviewService::decide(qint64 applicationId, ApplicationState state, const QString &reason)
{
    const bool rejecting = state == ApplicationState::Rejected;
    const QString key = domain::stateKey(state);
    m_services.perform(Permission::ProviderReview,
                       rejecting ? QStringLiteral("provider.application.reject") : QStringLiteral("provider.application.request_info"),
                       [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(rejecting ? tr("Please say why the application is rejected.")
                                                  : tr("Please say what information is needed."));
        const Application app = loadOpenApplication(ctx.db(), applicationId);
        ctx.db().run("UPDATE provider_applications SET state = ?, decided_at = ?, decided_by = ?, reason = ? WHERE id = ?", key,
                     rejecting ? QVariant(ctx.now()) : QVariant(), ctx.actor().staffId, why, applicationId);
        ctx.changed(QStringLiteral("provider_applications"), applicationId);
        addEvent(ctx, applicationId, key, why);
        if (rejecting) {
            ctx.db().run("UPDATE providers SET status = 'rejected', status_reason = ?, updated_at = ? WHERE id = ?", why, ctx.now(), app.providerId);
            ctx.changed(QStringLiteral("providers"), app.providerId);
        }
        // The reason may name the applicant: it stays in the timeline, not in the audit detail.
        ctx.describe(QStringLiteral("provider_applications"), applicationId, {{QStringLiteral("state"), key}});
    });
}

QList<ApplicationEvent> ProviderReviewService::timeline(qint64 applicationId)
{
    m_services.require(Permission::ProviderView);
    QList<ApplicationEvent> out;
    auto st = m_services.db().prepare("SELECT e.id, e.at, e.kind, e.note, s.display_name FROM application_events e"
                                      " LEFT JOIN staff s ON s.id = e.staff_id WHERE e.application_id = ? ORDER BY e.at, e.id");
    st.bind(1, applicationId);
    while (st.next())
        out.append({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

CredentialAdded ProviderReviewService::addCredential(qint64 providerId, const CredentialInput &in)
{
    return m_services.perform(Permission::ProviderReview, QStringLiteral("provider.credential.add"), [&](ActionContext &ctx) {
        const auto type = domain::stateFromKey<domain::CredentialType>(in.type);
        if (!type)
            throw ServiceError::invalid(tr("Unknown kind of credential."));
        requireProvider(ctx.db(), providerId);
        const bool qualification = type == domain::CredentialType::Qualification;
        if (qualification && !ctx.db().scalar("SELECT 1 FROM qualification_types WHERE code = ?", in.qualificationCode).isValid())
            throw ServiceError::invalid(tr("Choose which qualification this certificate is."));
        requireValidity(in);
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO credentials(id, provider_id, type, qualification_code, number, issuer, valid_from, valid_to, review_status,"
                     " reviewer_id, reviewed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     id, providerId, in.type, qualification ? in.qualificationCode : QString(),
                     in.number.trimmed().isEmpty() ? QString() : in.number.trimmed(), in.issuer.trimmed().isEmpty() ? QString() : in.issuer.trimmed(),
                     in.validFrom.isValid() ? in.validFrom.toString(Qt::ISODate) : QString(),
                     in.validTo.isValid() ? in.validTo.toString(Qt::ISODate) : QString(),
                     domain::stateKey(in.approved ? CredentialReview::Approved : CredentialReview::Pending),
                     in.approved ? QVariant(ctx.actor().staffId) : QVariant(), in.approved ? QVariant(ctx.now()) : QVariant(), ctx.now());
        ctx.changed(QStringLiteral("credentials"), id);
        addEventForProvider(ctx, providerId, QStringLiteral("credential_added"), credentialKey(*type, qualification ? in.qualificationCode : QString()));
        CredentialAdded out{id, {}};
        if (in.approved)
            out.lifted = ProviderExpiryService::liftResolved(ctx, providerId, domain::officeDay(ctx.now()), id);
        // The credential's number may be an ID number: not in the audit detail.
        ctx.describe(QStringLiteral("credentials"), id,
                     {{QStringLiteral("type"), in.type}, {QStringLiteral("approved"), in.approved},
                      {QStringLiteral("suspensions_lifted"), out.lifted.suspensionsLifted}});
        return out;
    });
}

void ProviderReviewService::updateCredential(qint64 credentialId, const CredentialInput &in)
{
    m_services.perform(Permission::ProviderReview, QStringLiteral("provider.credential.update"), [&](ActionContext &ctx) {
        const PendingCredential c = loadPendingCredential(
            ctx.db(), credentialId, tr("Only a credential waiting for review can be corrected; this one has been reviewed."));
        requireValidity(in);
        ctx.db().run("UPDATE credentials SET number = COALESCE(?, number), issuer = COALESCE(?, issuer), valid_from = ?, valid_to = ? WHERE id = ?",
                     orNull(in.number), orNull(in.issuer), orNull(in.validFrom), orNull(in.validTo), credentialId);
        ctx.changed(QStringLiteral("credentials"), credentialId);
        addEventForProvider(ctx, c.providerId, QStringLiteral("credential_edited"), c.key);
        // The number may be an ID number: only which fields were given.
        ctx.describe(QStringLiteral("credentials"), credentialId,
                     {{QStringLiteral("number"), !in.number.trimmed().isEmpty()}, {QStringLiteral("issuer"), !in.issuer.trimmed().isEmpty()},
                      {QStringLiteral("valid_from"), in.validFrom.isValid() ? in.validFrom.toString(Qt::ISODate) : QString()},
                      {QStringLiteral("valid_to"), in.validTo.isValid() ? in.validTo.toString(Qt::ISODate) : QString()}});
    });
}

int ProviderReviewService::reviewCredential(qint64 credentialId, bool approve, const QString &reason)
{
    return m_services.perform(Permission::ProviderReview, QStringLiteral("provider.credential.review"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (!approve && why.isEmpty())
            throw ServiceError::invalid(tr("Please say why the credential is rejected."));
        const PendingCredential c = loadPendingCredential(ctx.db(), credentialId, tr("This credential has already been reviewed."));
        ctx.db().run("UPDATE credentials SET review_status = ?, reviewer_id = ?, reviewed_at = ? WHERE id = ?",
                     domain::stateKey(approve ? CredentialReview::Approved : CredentialReview::Rejected), ctx.actor().staffId, ctx.now(),
                     credentialId);
        ctx.changed(QStringLiteral("credentials"), credentialId);
        const int lifted = approve ? ProviderExpiryService::liftResolved(ctx, c.providerId, domain::officeDay(ctx.now()), credentialId).suspensionsLifted : 0;
        // The reason may name the person: in the timeline, not in the audit detail.
        addEventForProvider(ctx, c.providerId, approve ? QStringLiteral("credential_approved") : QStringLiteral("credential_rejected"),
                            why.isEmpty() ? c.key : c.key + u'\n' + why, true);
        ctx.describe(QStringLiteral("credentials"), credentialId,
                     {{QStringLiteral("approved"), approve}, {QStringLiteral("suspensions_lifted"), lifted}});
        return lifted;
    });
}

qint64 ProviderReviewService::addScan(qint64 credentialId, const QString &fileName, const QByteArray &bytes)
{
    return m_services.perform(Permission::ProviderReview, QStringLiteral("provider.credential.add_scan"), [&](ActionContext &ctx) {
        const QString name = QFileInfo(fileName).fileName();
        const domain::ScanFormat format = acceptScan(fileName, bytes);
        const QVariant provider = ctx.db().scalar("SELECT provider_id FROM credentials WHERE id = ?", credentialId);
        if (!provider.isValid())
            throw ServiceError::notFound(tr("No such credential."));
        const qint64 id = ctx.newId();
        auto ins = ctx.db().prepare("INSERT INTO credential_scans(id, credential_id, file_name, mime, bytes, sha256, added_by, created_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bindAll(id, credentialId, name.isEmpty() ? QStringLiteral("scan") : name, domain::scanMime(format));
        ins.bindBlob(5, bytes);
        ins.bind(6, sha256Hex(bytes));
        ins.bind(7, ctx.actor().staffId);
        ins.bind(8, ctx.now());
        ins.exec();
        ctx.changed(QStringLiteral("credential_scans"), id);
        addEventForProvider(ctx, provider.toLongLong(), QStringLiteral("scan_added"), name);
        ctx.describe(QStringLiteral("credential_scans"), id,
                     {{QStringLiteral("credential"), QString::number(credentialId)}, {QStringLiteral("mime"), domain::scanMime(format)},
                      {QStringLiteral("bytes"), bytes.size()}});
        return id;
    });
}

QByteArray ProviderReviewService::scanBytes(qint64 scanId, QString *mime)
{
    return m_services.perform(Permission::ProviderRevealPersonal, QStringLiteral("provider.scan_viewed"), [&](ActionContext &ctx) {
        auto st = ctx.db().prepare("SELECT s.bytes, s.mime, c.provider_id FROM credential_scans s JOIN credentials c ON c.id = s.credential_id"
                                   " WHERE s.id = ?");
        st.bind(1, scanId);
        if (!st.next())
            throw ServiceError::notFound(tr("No such scan."));
        if (mime)
            *mime = st.text(1);
        ctx.describe(QStringLiteral("credential_scans"), scanId, {{QStringLiteral("provider"), QString::number(st.int64(2))}});
        return st.blob(0);
    });
}

qint64 ProviderReviewService::recordBackgroundCheck(qint64 providerId, const QString &agency, BackgroundCheckResult result,
                                                    const QString &note, qint64 checkedAt)
{
    return m_services.perform(Permission::ProviderReview, QStringLiteral("provider.background_check"), [&](ActionContext &ctx) {
        if (agency.trimmed().isEmpty())
            throw ServiceError::invalid(tr("Please name the agency that made the check."));
        const QString key = domain::stateKey(result);
        const bool pending = result == BackgroundCheckResult::Pending;
        const qint64 at = checkedAt > 0 ? checkedAt : ctx.now();
        if (!pending && at > ctx.now())
            throw ServiceError::invalid(tr("A background check cannot have been made in the future."));
        requireProvider(ctx.db(), providerId);
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO background_checks(id, provider_id, agency, result, checked_at, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     id, providerId, agency.trimmed(), key, pending ? QVariant() : QVariant(at), orNull(note), ctx.actor().staffId);
        ctx.changed(QStringLiteral("background_checks"), id);
        addEventForProvider(ctx, providerId, QStringLiteral("background_check"), key);
        ctx.describe(QStringLiteral("background_checks"), id, {{QStringLiteral("result"), key}});
        return id;
    });
}

QStringList ProviderReviewService::correctProvider(qint64 providerId, const ProviderCorrection &correction)
{
    return m_services.perform(Permission::ProviderReview, QStringLiteral("provider.update"), [&](ActionContext &ctx) {
        auto st = requireRow(ctx.db(), "SELECT name, phone, coalesce(gender, ''), coalesce(home_district_id, 0),"
                                       " coalesce(home_address, ''), erased_at IS NOT NULL FROM providers WHERE id = ?",
                             providerId, tr("No such provider."));
        if (st.int64(5) != 0)
            throw ServiceError::conflict(tr("This provider's data was anonymised; there is nothing to correct."));
        const QString name = correction.name.trimmed();
        const QString phone = correction.phone ? domain::normalizeMobile(*correction.phone) : st.text(1);
        const QString address = correction.homeAddress.trimmed();
        validate::required(name, tr("Name"));
        validate::mobile(phone);
        if (!correction.gender.isEmpty() && correction.gender != u"m" && correction.gender != u"f")
            throw ServiceError::invalid(tr("Gender is m, f or empty."));
        FieldChanges changes;
        changes.compareMasked(QStringLiteral("name"), st.text(0), name, domain::maskName);
        changes.compareMasked(QStringLiteral("phone"), st.text(1), phone, domain::maskPhone);
        changes.compare(QStringLiteral("gender"), st.text(2), correction.gender);
        changes.compare(QStringLiteral("home_district"), st.int64(3), correction.homeDistrictId);
        changes.compare(QStringLiteral("home_address"), st.text(4), address);
        if (changes.isEmpty())
            throw ServiceError::invalid(tr("Nothing was changed."));
        // A new district or address: the old position was the old address's;
        // the district's centre until someone places it (dispatch measures
        // travel from it). Looked up first: an unknown district writes nothing.
        const bool moved = changes.has(QStringLiteral("home_district")) || changes.has(QStringLiteral("home_address"));
        QVariant lat, lng;
        if (moved && correction.homeDistrictId) {
            auto d = ctx.db().prepare("SELECT lat, lng FROM districts WHERE id = ?");
            d.bind(1, correction.homeDistrictId);
            if (!d.next())
                throw ServiceError::invalid(tr("No such district."));
            lat = d.real(0);
            lng = d.real(1);
        }
        ctx.db().run("UPDATE providers SET name = ?, phone = ?, gender = ?, home_district_id = ?, home_address = ?, updated_at = ?"
                     " WHERE id = ?",
                     name, phone, correction.gender.isEmpty() ? QString() : correction.gender,
                     correction.homeDistrictId ? QVariant(correction.homeDistrictId) : QVariant(),
                     address.isEmpty() ? QString() : address, ctx.now(), providerId);
        if (moved)
            ctx.db().run("UPDATE providers SET home_lat = ?, home_lng = ? WHERE id = ?", lat, lng, providerId);
        ctx.changed(QStringLiteral("providers"), providerId);
        ctx.describe(QStringLiteral("providers"), providerId, changes.auditDetail());
        return changes.fields();
    });
}

QString ProviderReviewService::revealIdNumber(qint64 providerId)
{
    return reveal(providerId, "SELECT id_number FROM providers WHERE id = ?", QStringLiteral("provider.reveal_id_number"));
}

QString ProviderReviewService::revealPhone(qint64 providerId)
{
    return reveal(providerId, "SELECT phone FROM providers WHERE id = ?", QStringLiteral("provider.reveal_phone"));
}

QString ProviderReviewService::reveal(qint64 providerId, const QByteArray &sql, const QString &action)
{
    return m_services.perform(Permission::ProviderRevealPersonal, action, [&](ActionContext &ctx) {
        const QString value = requireRow(ctx.db(), sql, providerId, tr("No such provider.")).text(0);
        ctx.describe(QStringLiteral("providers"), providerId);
        return value;
    });
}

} // namespace doorstep::services
