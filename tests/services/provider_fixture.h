#pragma once
// A small catalogue and providers in chosen states, written straight into a
// test store (the set-up is not what the provider tests test), plus a fixed
// office clock: "today" is 2026-11-18 in Shanghai.
#include "domain/idnumber.h"
#include "domain/office_time.h"
#include "services/workspace.h"

#include <QDateTime>

namespace doorstep::tests {

class ProviderFixture
{
public:
    static QDate today() { return QDate(2026, 11, 18); }
    // 10:00 in the office on `day`, as UTC seconds.
    static qint64 at(QDate day, int hour = 10)
    {
        return QDateTime(day, QTime(hour, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    }
    static qint64 now() { return at(today()); }
    static QString validId(QDate birth = QDate(1990, 5, 17), int seq = 123)
    {
        return domain::makeIdNumber(u"310104", birth, seq, true);
    }

    explicit ProviderFixture(services::Workspace &ws) : m_ws(ws), m_db(ws.store().db())
    {
        m_ws.services().setClock([] { return now(); });
        office = ws.session().officeId;
        district = newId();
        m_db.run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (?, ?, '310104', '徐汇区', 31.18, 121.43)", district, office);
        otherDistrict = newId();
        m_db.run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (?, ?, '310105', '长宁区', 31.22, 121.42)", otherDistrict, office);
        m_db.run("INSERT INTO qualification_types(code, name, name_en) VALUES ('electrician', '低压电工作业证', 'Low-voltage electrician licence')");
        cleaning = category(QStringLiteral("cleaning"), QStringLiteral("日常保洁"), QString());
        electrical = category(QStringLiteral("electrical"), QStringLiteral("电路维修"), QStringLiteral("electrician"));
        course = newId();
        m_db.run("INSERT INTO courses(id, code, title, title_en, required) VALUES (?, 'safety', '上门安全', 'Safety at the door', 1)", course);
        assessment = newId();
        m_db.run("INSERT INTO assessments(id, code, title, title_en, pass_mark) VALUES (?, 'service', '服务规范考核', 'Service standards', 60)", assessment);
    }

    qint64 newId() { return m_ws.store().newId(); }

    // A provider with skills (status 'applied' for applicants, else 'active'),
    // serving its home district. Returns the provider id.
    qint64 provider(const QString &status, const QString &name, const QString &idNumber, const QList<qint64> &skills,
                    const QString &phone = QStringLiteral("13912345678"), qint64 home = 0)
    {
        const qint64 id = newId();
        const QDate birth = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
        m_db.run("INSERT INTO providers(id, office_id, name, phone, id_number, birth_date, home_district_id, status, joined_at, created_at, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 id, office, name, phone, idNumber, birth.isValid() ? birth.toString(Qt::ISODate) : QString(), home ? home : district, status,
                 status == u"applicant" ? QVariant() : QVariant(now() - 100 * 86400), now() - 100 * 86400, now() - 100 * 86400);
        m_db.run("INSERT INTO provider_districts(provider_id, district_id) VALUES (?, ?)", id, home ? home : district);
        for (qint64 c : skills)
            m_db.run("INSERT INTO provider_skills(provider_id, category_id, status) VALUES (?, ?, ?)", id, c,
                     status == u"applicant" ? QStringLiteral("applied") : QStringLiteral("active"));
        return id;
    }

    qint64 application(qint64 providerId, const QString &state = QStringLiteral("new"), qint64 submitted = 0)
    {
        const qint64 id = newId();
        m_db.run("INSERT INTO provider_applications(id, provider_id, state, submitted_at) VALUES (?, ?, ?, ?)", id, providerId, state,
                 submitted ? submitted : now() - 3 * 86400);
        m_db.run("INSERT INTO application_events(id, application_id, at, kind) VALUES (?, ?, ?, 'submitted')", newId(), id,
                 submitted ? submitted : now() - 3 * 86400);
        return id;
    }

    qint64 credential(qint64 providerId, const QString &type, QDate from, QDate to, const QString &review = QStringLiteral("pending"),
                      const QString &qualification = {})
    {
        const qint64 id = newId();
        m_db.run("INSERT INTO credentials(id, provider_id, type, qualification_code, number, valid_from, valid_to, review_status, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 id, providerId, type, qualification.isEmpty() ? QString() : qualification,
                 type == u"id_card" ? m_db.scalar("SELECT id_number FROM providers WHERE id = ?", providerId).toString() : QStringLiteral("N-1"),
                 from.toString(Qt::ISODate), to.isValid() ? to.toString(Qt::ISODate) : QString(), review, now() - 50 * 86400);
        return id;
    }

    void background(qint64 providerId, const QString &result)
    {
        m_db.run("INSERT INTO background_checks(id, provider_id, agency, result, checked_at) VALUES (?, ?, '上海安信背调', ?, ?)", newId(), providerId,
                 result, now() - 86400);
    }

    // An applicant with everything in order for both skills; the caller removes what a test needs missing.
    qint64 completeApplicant(const QString &name = QStringLiteral("王建军"))
    {
        const qint64 p = provider(QStringLiteral("applicant"), name, validId(), {cleaning, electrical});
        credential(p, QStringLiteral("id_card"), QDate(2020, 1, 1), QDate(2040, 1, 1));
        credential(p, QStringLiteral("health_certificate"), today().addDays(-100), today().addDays(265));
        credential(p, QStringLiteral("qualification"), QDate(2024, 1, 1), QDate(2029, 1, 1), QStringLiteral("pending"), QStringLiteral("electrician"));
        background(p, QStringLiteral("clear"));
        return p;
    }

    qint64 office = 0, district = 0, otherDistrict = 0, cleaning = 0, electrical = 0, course = 0, assessment = 0;

private:
    qint64 category(const QString &code, const QString &name, const QString &qualification)
    {
        const qint64 id = newId();
        m_db.run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, ?, ?, ?)", id, code, name, code);
        m_db.run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min, required_qualification)"
                 " VALUES (?, ?, ?, ?, ?, 10000, 60, ?)", newId(), id, code + QStringLiteral("_1"), name, code,
                 qualification.isEmpty() ? QString() : qualification);
        // A second item without a requirement: the category still needs the qualification.
        m_db.run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min) VALUES (?, ?, ?, ?, ?, 5000, 30)",
                 newId(), id, code + QStringLiteral("_2"), name, code);
        return id;
    }

    services::Workspace &m_ws;
    store::Database &m_db;
};

} // namespace doorstep::tests
