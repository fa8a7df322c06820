#include "services/provider_facts.h"

#include "services/service_error.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace doorstep::services {
namespace {
QDate date(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace

QList<domain::Qualification> requiredQualifications(store::Database &db, qint64 categoryId)
{
    QList<domain::Qualification> out;
    auto st = db.prepare("SELECT DISTINCT q.code, q.name FROM service_items si JOIN qualification_types q ON q.code = si.required_qualification"
                         " WHERE si.category_id = ? AND si.active = 1 ORDER BY q.code");
    st.bind(1, categoryId);
    while (st.next())
        out.append({st.text(0), st.text(1)});
    return out;
}

domain::ApplicantFacts loadApplicantFacts(store::Database &db, qint64 providerId)
{
    domain::ApplicantFacts f;
    auto p = db.prepare("SELECT id_number, birth_date FROM providers WHERE id = ?");
    p.bind(1, providerId);
    if (!p.next())
        throw ServiceError::notFound(QCoreApplication::translate("ProviderFacts", "No such provider."));
    f.idNumber = p.text(0);
    f.declaredBirthDate = date(p.text(1));

    auto c = db.prepare("SELECT type, qualification_code, valid_from, valid_to, review_status, id FROM credentials WHERE provider_id = ? ORDER BY id");
    c.bind(1, providerId);
    while (c.next())
        f.credentials.append({storedState<domain::CredentialType>(c.text(0), c.int64(5)), c.text(1), date(c.text(2)), date(c.text(3)),
                              storedState<domain::CredentialReview>(c.text(4), c.int64(5))});

    auto s = db.prepare("SELECT sc.id, sc.name FROM provider_skills ps JOIN service_categories sc ON sc.id = ps.category_id"
                        " WHERE ps.provider_id = ? ORDER BY sc.sort, sc.id");
    s.bind(1, providerId);
    while (s.next())
        f.skills.append({s.text(1), requiredQualifications(db, s.int64(0))});

    if (const auto check = latestBackgroundCheck(db, providerId))
        f.backgroundCheck = check->result;
    return f;
}

std::optional<BackgroundCheckRecord> latestBackgroundCheck(store::Database &db, qint64 providerId)
{
    auto st = db.prepare("SELECT id, result, agency, checked_at, note FROM background_checks WHERE provider_id = ? ORDER BY id DESC LIMIT 1");
    st.bind(1, providerId);
    if (!st.next())
        return std::nullopt;
    return BackgroundCheckRecord{st.int64(0), storedState<domain::BackgroundCheckResult>(st.text(1), st.int64(0)), st.text(2),
                                 st.isNull(3) ? 0 : st.int64(3), st.text(4)};
}

} // namespace doorstep::services
