#pragma once
// Onboarding review: the checklist of an applicant, the decision on the
// application (approve, reject, ask for more information), and the evidence
// behind it (credentials, their scans, background checks). Every change goes
// through the service layer under Permission::ProviderReview; revealing an
// applicant's full ID number or phone is its own audited action under
// Permission::ProviderRevealPersonal.
//
// Each decision and each piece of evidence added while an application is
// open is also written to the application's timeline (application_events).
#include "domain/provider_checks.h"
#include "domain/provider_states.h"
#include "services/provider_expiry_service.h"
#include "services/service_layer.h"

#include <QDate>

#include <optional>

namespace doorstep::services {

struct CredentialInput
{
    QString type;               // "id_card", "health_certificate", "qualification", "other"
    QString qualificationCode;  // qualification_types.code, for "qualification"
    QString number;
    QString issuer;
    QDate validFrom;            // invalid: not stated
    QDate validTo;              // invalid: does not expire
    // The reviewer has seen the original: the credential is approved at once
    // (a renewal brought to the office). Otherwise it waits as "pending".
    bool approved = false;
};

// What adding a credential did: the new record and, for an approved one, the
// expiry suspensions it lifted (ProviderExpiryService::liftResolved), so a
// screen can say "the suspension was lifted" without deciding it itself.
struct CredentialAdded
{
    qint64 credentialId = 0;
    LiftResult lifted;
};

struct ApplicationEvent
{
    qint64 id = 0;
    qint64 at = 0;            // UTC seconds
    // "submitted", "approved", "rejected", "info_requested", "credential_added", "credential_edited",
    // "credential_approved", "credential_rejected", "scan_added", "background_check"
    QString kind;
    // Decisions: the reason. credential_*: the credential's kind ("id_card", or
    // "qualification:<code>"), then for a rejection a newline and the reason.
    // scan_added: the file name. background_check: the result key.
    // (itemmodels::ProviderText::eventNote makes these readable.)
    QString note;
    QString staffName;        // empty for events by the applicant
};

// A correction of a provider's own record (PIPL art. 46). The ID number is
// not corrected here: it is the ID card credential's, and the checklist
// reads it (a wrong one is a credential to correct or reject).
struct ProviderCorrection
{
    QString name;
    // nullopt: the stored number stays. Every role sees provider numbers
    // masked, so the form shows the mask and a new number is typed whole.
    std::optional<QString> phone;
    QString gender; // "m", "f" or empty
    qint64 homeDistrictId = 0;
    QString homeAddress;
};

class ProviderReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ProviderReviewService)
public:
    explicit ProviderReviewService(ServiceLayer &services) : m_services(services) {}

    // The checklist as of the office's today (ProviderView). Limits come from
    // the office's settings (provider_settings.h).
    QList<domain::ProviderCheck> checks(qint64 providerId);

    // Approves an open application ("new" or "info_requested"). Refused with
    // ServiceError::Conflict, naming every blocking check, while a hard check
    // fails. Sets the application approved, the provider active (joined now),
    // the applied skills active and the pending credentials approved.
    void approve(qint64 applicationId);
    // Both need a reason; it is kept on the application and in its timeline.
    void reject(qint64 applicationId, const QString &reason);
    void requestInformation(qint64 applicationId, const QString &reason);
    QList<ApplicationEvent> timeline(qint64 applicationId);

    // Adds a credential (e.g. a renewal). An approved one that is valid today
    // lifts the expiry suspensions it resolves (ProviderExpiryService).
    CredentialAdded addCredential(qint64 providerId, const CredentialInput &input);
    // Corrects a pending credential's number, issuer and dates (its kind stays;
    // an empty number or issuer keeps the stored one, so a masked ID number is
    // never written back). ServiceError::Conflict once it has been reviewed.
    void updateCredential(qint64 credentialId, const CredentialInput &input);
    // Approves or rejects a pending credential; a rejection needs a reason.
    // Approval lifts the suspensions it resolves; returns how many. Both are
    // written to the timeline of the provider's open application or, when
    // none is open, of their latest one (so a rejection's reason is kept).
    int reviewCredential(qint64 credentialId, bool approve, const QString &reason = {});

    // Attaches a scan (PNG, JPEG or PDF, recognised by its first bytes, at
    // most domain::kMaxScanBytes) to a credential. The bytes live in the
    // encrypted store with their SHA-256. ServiceError::Invalid says why a
    // file is refused (empty, too large, not one of the three formats).
    qint64 addScan(qint64 credentialId, const QString &fileName, const QByteArray &bytes);
    // The stored bytes and MIME type of a scan. A scan shows what the lists
    // mask (the full ID number, the face, the home address), so opening one
    // needs ProviderRevealPersonal and is itself an audited action.
    QByteArray scanBytes(qint64 scanId, QString *mime = nullptr);

    // agency: who checked (and their reference). checkedAt: when the agency
    // checked, UTC seconds, not in the future; 0 means now; ignored while
    // pending. The latest one recorded is the one that counts
    // (provider_facts.h, latestBackgroundCheck).
    qint64 recordBackgroundCheck(qint64 providerId, const QString &agency, domain::BackgroundCheckResult result, const QString &note = {},
                                 qint64 checkedAt = 0);

    // Unmasked personal data, for roles allowed to see it; audited.
    // Corrects the provider's name, phone, gender, home district and address
    // under ProviderReview; returns the fields that changed, which the audit
    // entry names (new name and phone masked). A changed home district or
    // address moves the home position to the district's centre. Refused when
    // nothing changed and for an anonymised provider.
    QStringList correctProvider(qint64 providerId, const ProviderCorrection &correction);

    QString revealIdNumber(qint64 providerId);
    QString revealPhone(qint64 providerId);

private:
    void decide(qint64 applicationId, domain::ApplicationState state, const QString &reason);
    // One audited read of one personal column of a provider (`sql`: SELECT it WHERE id = ?).
    QString reveal(qint64 providerId, const QByteArray &sql, const QString &action);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
