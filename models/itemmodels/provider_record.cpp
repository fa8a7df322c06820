#include "itemmodels/provider_record.h"

#include "domain/idnumber.h"
#include "domain/masking.h"
#include "services/provider_facts.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

namespace doorstep::itemmodels {
namespace {
QDate isoDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

// The record keeps stored state keys (the pages compare them through
// domain/provider_states.h); a key this version does not know is refused
// here, naming the row, rather than shown as some other state.
template <typename State>
QString checkedKey(const QString &key, qint64 rowId)
{
    services::storedState<State>(key, rowId);
    return key;
}

} // namespace


ProviderRecord loadProviderRecord(store::Database &db, qint64 providerId, QDate today, int ledgerLimit)
{
    ProviderRecord r;
    {
        auto st = db.prepare("SELECT p.id, p.name, p.phone, p.id_number, p.gender, p.status, p.status_reason, d.name,"
                             " p.home_address, p.rating_avg_x100, p.rating_count, p.points, p.joined_at,"
                             " coalesce(p.home_district_id, 0), p.erased_at IS NOT NULL"
                             " FROM providers p LEFT JOIN districts d ON d.id = p.home_district_id WHERE p.id = ?");
        st.bind(1, providerId);
        if (!st.next())
            return r;
        r.id = st.int64(0);
        r.name = st.text(1);
        // Masked here, so the full numbers never sit in a widget unless revealed.
        r.maskedPhone = domain::maskPhone(st.text(2));
        r.maskedIdNumber = domain::maskIdNumber(st.text(3));
        // The age only, from the number's birth date (see the header).
        if (const domain::IdNumberCheck id = domain::checkIdNumber(st.text(3).trimmed(), today); id.birthDateOk)
            r.age = id.age;
        r.gender = st.text(4);
        r.status = checkedKey<domain::ProviderStatus>(st.text(5), providerId);
        r.statusReason = st.text(6);
        r.homeDistrict = st.text(7);
        r.address = st.text(8);
        r.ratingAvgX100 = st.int32(9);
        r.ratingCount = st.int32(10);
        r.points = st.int32(11);
        r.joinedAt = st.isNull(12) ? 0 : st.int64(12);
        r.homeDistrictId = st.int64(13);
        r.erased = st.int64(14) != 0;
    }
    {
        auto st = db.prepare("SELECT d.name FROM provider_districts pd JOIN districts d ON d.id = pd.district_id"
                             " WHERE pd.provider_id = ? ORDER BY d.adcode");
        st.bind(1, providerId);
        while (st.next())
            r.districts.append(st.text(0));
    }
    {
        auto st = db.prepare("SELECT id, state, submitted_at, reason FROM provider_applications WHERE provider_id = ?"
                             " ORDER BY submitted_at DESC, id DESC LIMIT 1");
        st.bind(1, providerId);
        if (st.next()) {
            r.applicationId = st.int64(0);
            r.applicationState = checkedKey<domain::ApplicationState>(st.text(1), r.applicationId);
            r.submittedAt = st.int64(2);
            r.applicationReason = st.text(3);
        }
    }
    {
        auto st = db.prepare("SELECT c.id, c.type, c.qualification_code, q.name, c.number, c.issuer, c.valid_from, c.valid_to, c.review_status"
                             " FROM credentials c LEFT JOIN qualification_types q ON q.code = c.qualification_code"
                             " WHERE c.provider_id = ? ORDER BY CASE c.type WHEN 'id_card' THEN 0 WHEN 'health_certificate' THEN 1"
                             " WHEN 'qualification' THEN 2 ELSE 3 END, c.valid_to DESC, c.id");
        st.bind(1, providerId);
        while (st.next()) {
            CredentialInfo c;
            c.id = st.int64(0);
            c.type = checkedKey<domain::CredentialType>(st.text(1), c.id);
            c.qualificationCode = st.text(2);
            c.qualificationName = st.text(3);
            c.number = domain::stateFromKey<domain::CredentialType>(c.type) == domain::CredentialType::IdCard ? domain::maskIdNumber(st.text(4)) : st.text(4);
            c.issuer = st.text(5);
            c.validFrom = isoDate(st.text(6));
            c.validTo = isoDate(st.text(7));
            c.review = checkedKey<domain::CredentialReview>(st.text(8), c.id);
            r.credentials.append(c);
        }
        auto scans = db.prepare("SELECT id, file_name, mime, length(bytes) FROM credential_scans WHERE credential_id = ? ORDER BY created_at, id");
        for (CredentialInfo &c : r.credentials) {
            scans.bind(1, c.id);
            while (scans.next())
                c.scans.append({scans.int64(0), scans.text(1), scans.text(2), scans.int64(3)});
            scans.reset();
        }
    }
    {
        auto st = db.prepare("SELECT s.category_id, c.name, s.status, s.suspended_reason FROM provider_skills s"
                             " JOIN service_categories c ON c.id = s.category_id WHERE s.provider_id = ? ORDER BY c.sort, c.id");
        st.bind(1, providerId);
        while (st.next())
            r.skills.append({st.int64(0), st.text(1), checkedKey<domain::SkillStatus>(st.text(2), providerId), st.text(3)});
    }
    {
        auto st = db.prepare("SELECT weekday, start_min, end_min FROM provider_hours WHERE provider_id = ? ORDER BY weekday, start_min");
        st.bind(1, providerId);
        while (st.next())
            r.hours.append({st.int32(0), st.int32(1), st.int32(2)});
    }
    {
        auto st = db.prepare("SELECT c.title, cc.completed_at FROM course_completions cc JOIN courses c ON c.id = cc.course_id"
                             " WHERE cc.provider_id = ? ORDER BY cc.completed_at DESC");
        st.bind(1, providerId);
        while (st.next())
            r.courses.append({st.text(0), st.int64(1), -1, 0, true});
    }
    {
        auto st = db.prepare("SELECT a.title, r.taken_at, r.score, a.pass_mark, r.passed FROM assessment_results r"
                             " JOIN assessments a ON a.id = r.assessment_id WHERE r.provider_id = ? ORDER BY r.taken_at DESC");
        st.bind(1, providerId);
        while (st.next())
            r.assessments.append({st.text(0), st.int64(1), st.int32(2), st.int32(3), st.int64(4) != 0});
    }
    {
        auto st = db.prepare("SELECT at, points, amount_fen, reason, source FROM provider_ledger WHERE provider_id = ?"
                             " ORDER BY at DESC, id DESC LIMIT ?");
        st.bind(1, providerId);
        st.bind(2, ledgerLimit);
        while (st.next())
            r.ledger.append({st.int64(0), st.int32(1), st.int64(2), st.text(3), st.text(4)});
    }
    {
        auto st = db.prepare("SELECT id, kind, detail, raised_at, state, decision_reason FROM provider_flags WHERE provider_id = ?"
                             " ORDER BY state <> 'open', raised_at DESC");
        st.bind(1, providerId);
        while (st.next())
            r.flags.append({st.int64(0), st.text(1), st.text(2), st.int64(3), checkedKey<domain::FlagState>(st.text(4), st.int64(0)), st.text(5)});
    }
    // The same one the checklist judges.
    if (const auto check = services::latestBackgroundCheck(db, providerId)) {
        r.backgroundCheck = domain::stateKey(check->result);
        r.backgroundAgency = check->agency;
        r.backgroundCheckedAt = check->checkedAt;
    }
    return r;
}

ProviderRecord loadApplicationRecord(store::Database &db, qint64 applicationId, QDate today)
{
    auto st = db.prepare("SELECT provider_id, state, submitted_at, reason FROM provider_applications WHERE id = ?");
    st.bind(1, applicationId);
    if (!st.next())
        return {};
    const qint64 providerId = st.int64(0);
    const QString state = checkedKey<domain::ApplicationState>(st.text(1), applicationId);
    const qint64 submittedAt = st.int64(2);
    const QString reason = st.text(3);
    ProviderRecord r = loadProviderRecord(db, providerId, today);
    // The record carries the provider's latest application; the reviewer opened this one.
    r.applicationId = applicationId;
    r.applicationState = state;
    r.submittedAt = submittedAt;
    r.applicationReason = reason;
    return r;
}

} // namespace doorstep::itemmodels
