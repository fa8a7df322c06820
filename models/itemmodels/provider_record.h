#pragma once
// Everything the review page and the directory's detail pane show about one
// provider, read in one go (reads only; every change goes through the
// services). Phone and ID numbers arrive masked: the full values are only
// ever obtained through the audited reveal of ProviderReviewService. No birth
// date arrives either: the ID mask hides exactly the birth-date digits, so a
// date beside the masked number would give the whole number back unaudited;
// the record carries the age, which is all the checklist needs.
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct ScanInfo
{
    qint64 id = 0;
    QString fileName;
    QString mime;
    qint64 size = 0;
};

struct CredentialInfo
{
    qint64 id = 0;
    QString type;              // "id_card", "health_certificate", "qualification", "other"
    QString qualificationCode;
    QString qualificationName;
    QString number;            // masked for ID cards
    QString issuer;
    QDate validFrom;
    QDate validTo;
    QString review;            // "pending", "approved", "rejected"
    QList<ScanInfo> scans;
};

struct SkillInfo
{
    qint64 categoryId = 0;
    QString name;
    QString status;            // "applied", "active", "suspended"
    QString suspendedReason;
};

struct HoursInfo
{
    int weekday = 1;           // 1 = Monday
    int startMin = 0;
    int endMin = 0;
};

struct TrainingInfo
{
    QString title;
    qint64 at = 0;
    int score = -1;            // assessments only
    int passMark = 0;
    bool passed = true;
};

struct LedgerInfo
{
    qint64 at = 0;
    int points = 0;
    qint64 amountFen = 0;
    QString reason;
    QString source;
};

struct FlagInfo
{
    qint64 id = 0;
    QString kind;
    QString detail;
    qint64 raisedAt = 0;
    QString state;             // "open", "confirmed", "overridden"
    QString decisionReason;
};

struct ProviderRecord
{
    qint64 id = 0;
    QString name;
    QString maskedPhone;
    QString maskedIdNumber;
    QString gender;            // "m", "f" or empty
    int age = -1;              // whole years on the office's day, from the ID number; -1: unknown
    QString status;
    QString statusReason;
    QString homeDistrict;
    qint64 homeDistrictId = 0; // 0: none
    QString address;
    QStringList districts;
    int ratingAvgX100 = 0;
    int ratingCount = 0;
    int points = 0;
    qint64 joinedAt = 0;
    // The latest application (0 when the provider never applied through the queue).
    qint64 applicationId = 0;
    QString applicationState;
    qint64 submittedAt = 0;
    QString applicationReason;
    QList<CredentialInfo> credentials;
    QList<SkillInfo> skills;
    QList<HoursInfo> hours;
    QList<TrainingInfo> courses;
    QList<TrainingInfo> assessments;
    QList<LedgerInfo> ledger;  // newest first, at most `ledgerLimit`
    QList<FlagInfo> flags;     // open first, then newest
    // The background check that counts (services::latestBackgroundCheck, as
    // the checklist): its result key, empty when none; agency; when checked
    // (0 while pending).
    QString backgroundCheck;
    QString backgroundAgency;
    qint64 backgroundCheckedAt = 0;

    bool isNull() const { return id == 0; }
    bool erased = false; // anonymised (a data request): nothing left to correct
};

// An empty record when there is no such provider. Throws store errors, and
// ServiceError (Kind::Store) for a stored state this version does not know.
// `today` is the office's day (the age is counted on it).
ProviderRecord loadProviderRecord(store::Database &db, qint64 providerId, QDate today, int ledgerLimit = 100);
// The provider of an application, with that application (not the latest)
// as the record's application. An empty record when there is no such application.
ProviderRecord loadApplicationRecord(store::Database &db, qint64 applicationId, QDate today);

} // namespace doorstep::itemmodels
