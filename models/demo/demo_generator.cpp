#include "demo/demo_generator.h"

#include "demo/demo_scans.h"
#include "demo/vocabulary.h"
#include "domain/idnumber.h"
#include "domain/office_time.h"
#include "domain/mobile.h"
#include "domain/provider_states.h"
#include "services/provider_expiry_service.h"
#include "services/provider_flags.h"
#include "services/provider_settings.h"
#include "services/sla_clock.h"
#include "services/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numbers>
#include <random>
#include <stdexcept>
#include <tuple>

namespace doorstep::demo {
namespace {
using store::Statement;
constexpr qint64 kDay = 86400;
// The first applications of the onboarding queue get scans of their
// credentials (a few hundred images at most, whatever the demo's size).
constexpr int kQueueApplicationsWithScans = 120;

struct District
{
    qint64 id;
    const DistrictInfo *info;
};

struct Item
{
    qint64 id;
    int category;
    int priceFen;
    int durationMin;
};

// One demo run inside one service-layer action.
class Generator
{
public:
    Generator(services::ActionContext &ctx, const DemoOptions &o, const Progress &progress)
        : m_ctx(ctx), m_db(ctx.db()), m_o(o), m_progress(progress), m_rng(o.seed)
    {
        // "Today" is the office's calendar day holding the demo's "now"; times
        // are built from its midnight. Made for real, "now" is the moment it is
        // made (the console's clock), so a demo made in the evening has jobs
        // assigned minutes ago, not at 10:00, and the first login times none of
        // them out. A fixed reference day (tests, benchmarks) is at 10:00.
        const qint64 ref = o.referenceSecs > 0 ? o.referenceSecs : ctx.now();
        m_todayMidnight = domain::officeDayStart(ref);
        m_now = o.referenceSecs > 0 ? m_todayMidnight + 10 * 3600 : ref;
        // Jobs of today that would still run at the end of the working day are
        // under way, whatever the hour: the board has work in progress in the evening.
        m_workingDayEnd = m_todayMidnight + 21 * 3600;
        m_customersWanted = o.customers > 0 ? o.customers : std::max(200, o.orders / 8);
        m_totalUnits = o.providers + m_customersWanted + o.orders + std::max(0, o.pendingDayOrders);
    }

    DemoSummary run()
    {
        catalogue();
        staff();
        providers();
        customers();
        orders();
        pendingDay();
        finishProviders();
        return m_summary;
    }

private:
    int uniform(int lo, int hi) { return lo + int(m_rng() % quint64(hi - lo + 1)); }
    double unit() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    const T &pickFrom(const QList<T> &list) { return list.at(int(m_rng() % quint64(list.size()))); }

    void tick(int units = 1)
    {
        m_done += units;
        const int percent = int(m_done * 100 / std::max<qint64>(1, m_totalUnits));
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            if (m_progress && !m_progress(std::min(percent, 99)))
                throw Cancelled();
        }
    }

    QString localDate(qint64 utc) const
    {
        return domain::officeDate(utc);
    }

    std::pair<double, double> scatter(const DistrictInfo &d)
    {
        // Uniform in a disc of the district's radius (1 degree of latitude ~ 111 km).
        const double r = d.radiusKm * std::sqrt(unit());
        const double a = 2 * std::numbers::pi * unit();
        return {d.lat + r * std::cos(a) / 111.0, d.lng + r * std::sin(a) / (111.0 * std::cos(d.lat * std::numbers::pi / 180))};
    }

    void catalogue()
    {
        m_officeId = m_ctx.actor().officeId;
        for (const DistrictInfo &d : shanghaiDistricts()) {
            const qint64 id = m_ctx.newId();
            m_db.run("INSERT INTO districts(id, office_id, adcode, name, name_en, lat, lng) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     id, m_officeId, QString::fromUtf16(d.adcode), QString::fromUtf16(d.name), QString::fromUtf16(d.nameEn), d.lat, d.lng);
            m_districts.append({id, &d});
            const QString adcode = QString::fromUtf16(d.adcode);
            if (m_o.servedDistricts.isEmpty() ? d.served : m_o.servedDistricts.contains(adcode))
                m_served.append({id, &d});
        }
        if (m_served.isEmpty())
            throw std::invalid_argument("the demo office serves none of the Shanghai districts given");
        if (m_o.servedDistricts.isEmpty())
            m_db.run("UPDATE offices SET address = '上海市徐汇区漕溪北路 398 号 12 楼', lat = 31.1885, lng = 121.4365 WHERE id = ?", m_officeId);
        else // another office: in the first district it serves
            m_db.run("UPDATE offices SET address = ?, lat = ?, lng = ? WHERE id = ?",
                     QStringLiteral("上海市%1%2 100 号").arg(QString::fromUtf16(m_served.first().info->name), m_served.first().info->streets.first()),
                     m_served.first().info->lat, m_served.first().info->lng, m_officeId);
        for (const QualificationInfo &q : qualificationTypes())
            m_db.run("INSERT INTO qualification_types(code, name, name_en) VALUES (?, ?, ?)",
                     QString::fromUtf16(q.code), QString::fromUtf16(q.name), QString::fromUtf16(q.nameEn));
        int sort = 0;
        for (const CategoryInfo &c : serviceCatalogue()) {
            const qint64 id = m_ctx.newId();
            m_db.run("INSERT INTO service_categories(id, code, name, name_en, sort) VALUES (?, ?, ?, ?, ?)",
                     id, QString::fromUtf16(c.code), QString::fromUtf16(c.name), QString::fromUtf16(c.nameEn), ++sort);
            m_categoryIds.append(id);
            m_categoryWeights.append(c.weight);
            QList<Item> items;
            for (const ServiceItemInfo &i : c.items) {
                const qint64 itemId = m_ctx.newId();
                const QString qual = QString::fromUtf16(i.qualification);
                m_db.run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min, required_qualification)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         itemId, id, QString::fromUtf16(i.code), QString::fromUtf16(i.name), QString::fromUtf16(i.nameEn),
                         i.priceFen, i.durationMin, qual.isEmpty() ? QString() : qual);
                items.append({itemId, int(m_categoryIds.size() - 1), i.priceFen, i.durationMin});
                if (!qual.isEmpty() && !m_categoryQualifications[int(m_categoryIds.size() - 1)].contains(qual))
                    m_categoryQualifications[int(m_categoryIds.size() - 1)].append(qual);
            }
            m_items.append(items);
        }
        for (const CourseInfo &c : courses()) {
            const qint64 id = m_ctx.newId();
            m_db.run("INSERT INTO courses(id, code, title, title_en, required) VALUES (?, ?, ?, ?, ?)",
                     id, QString::fromUtf16(c.code), QString::fromUtf16(c.title), QString::fromUtf16(c.titleEn), c.required);
            if (c.required)
                m_requiredCourses.append(id);
        }
        for (const AssessmentInfo &a : assessments()) {
            const qint64 id = m_ctx.newId();
            m_db.run("INSERT INTO assessments(id, code, title, title_en, pass_mark) VALUES (?, ?, ?, ?, ?)",
                     id, QString::fromUtf16(a.code), QString::fromUtf16(a.title), QString::fromUtf16(a.titleEn), a.passMark);
            m_assessments.append({id, a.passMark});
        }
        // Reward and penalty rules are data (services/ledger_rules.h evaluates
        // them). Schema v3 seeds the same defaults; these keep the ones it made.
        const struct { const char16_t *code, *trigger, *params; int points; int fen; const char16_t *text; } rules[] = {
            {u"five_star_streak", u"rating", u"{\"consecutive\":5,\"stars\":5}", 10, 2000, u"连续 5 个五星好评奖励"},
            {u"one_star", u"rating", u"{\"stars\":1}", -5, 0, u"一星差评扣分"},
            {u"complaint_upheld", u"complaint_upheld", u"{}", -20, -5000, u"投诉成立扣分并罚款"},
            {u"assessment_failed", u"assessment_failed", u"{}", -10, 0, u"考核不合格扣分"},
        };
        for (const auto &r : rules) {
            m_db.run("INSERT OR IGNORE INTO ledger_rules(id, code, trigger, params, points, amount_fen, description) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     m_ctx.newId(), QString::fromUtf16(r.code), QString::fromUtf16(r.trigger), QString::fromUtf16(r.params), r.points, r.fen,
                     QString::fromUtf16(r.text));
            m_rules[QString::fromUtf16(r.code)] = m_db.scalar("SELECT id FROM ledger_rules WHERE code = ?", QString::fromUtf16(r.code)).toLongLong();
        }
    }

    void staff()
    {
        const struct { const char16_t *user, *name; const char16_t *role; } people[] = {
            {u"supervisor", u"周敏", u"supervisor"}, {u"dispatcher", u"陈刚", u"dispatcher"},
            {u"agent", u"林晓燕", u"service_agent"}, {u"manager", u"王建国", u"manager"},
            {u"zhang.wei", u"张伟", u"dispatcher"}, {u"li.na", u"李娜", u"service_agent"},
        };
        m_summary.staff = 1;
        for (const auto &p : people) {
            const QString user = QString::fromUtf16(p.user);
            const qint64 id = m_ctx.newId();
            m_db.run("INSERT INTO staff(id, office_id, username, display_name, role, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     id, m_officeId, user, QString::fromUtf16(p.name), QString::fromUtf16(p.role), domain::mobileFromIndex(m_rng()),
                     m_now - 200 * kDay, m_now - 200 * kDay);
            m_staffIds.append(id);
            m_ctx.store().addSlot(user, m_o.password, m_o.kdf);
            ++m_summary.staff;
        }
        m_db.run("UPDATE staff SET display_name = '管理员' WHERE id = ?", m_ctx.actor().staffId);
        m_staffIds.append(m_ctx.actor().staffId);
    }

    int pickCategory()
    {
        int total = 0;
        for (int w : m_categoryWeights)
            total += w;
        int r = uniform(0, total - 1);
        for (int i = 0; i < m_categoryWeights.size(); ++i) {
            if (r < m_categoryWeights[i])
                return i;
            r -= m_categoryWeights[i];
        }
        return 0;
    }

    const RegionInfo &pickBirthplace()
    {
        int total = 0;
        for (const RegionInfo &r : birthplaces())
            total += r.weight;
        int x = uniform(0, total - 1);
        for (const RegionInfo &r : birthplaces()) {
            if (x < r.weight)
                return r;
            x -= r.weight;
        }
        return birthplaces().first();
    }

    void credential(qint64 providerId, const QString &type, const QString &qual, const QString &number, const QString &issuer,
                    qint64 from, qint64 to, domain::CredentialReview review, qint64 reviewedAt)
    {
        const qint64 id = m_ctx.newId();
        const bool pending = review == domain::CredentialReview::Pending;
        m_insCredential->execWith(id, providerId, type, qual.isEmpty() ? QString() : qual, number, issuer, localDate(from), localDate(to),
                                 domain::stateKey(review), pending ? QVariant() : QVariant(m_staffIds.first()),
                                 pending ? QVariant() : QVariant(reviewedAt), from);
    }

    void providers()
    {
        Statement insProvider = m_db.prepare(
            "INSERT INTO providers(id, office_id, name, phone, id_number, gender, birth_date, home_district_id, home_address, home_lat, home_lng,"
            " status, status_reason, daily_job_limit, joined_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insSkill = m_db.prepare("INSERT INTO provider_skills(provider_id, category_id, status, suspended_reason) VALUES (?, ?, ?, ?)");
        Statement insDistrict = m_db.prepare("INSERT OR IGNORE INTO provider_districts(provider_id, district_id) VALUES (?, ?)");
        Statement insHours = m_db.prepare("INSERT INTO provider_hours(provider_id, weekday, start_min, end_min) VALUES (?, ?, ?, ?)");
        Statement insApp = m_db.prepare("INSERT INTO provider_applications(id, provider_id, state, submitted_at, decided_at, decided_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Statement insEvent = m_db.prepare("INSERT INTO application_events(id, application_id, at, staff_id, kind, note) VALUES (?, ?, ?, ?, ?, ?)");
        Statement insCredential = m_db.prepare(
            "INSERT INTO credentials(id, provider_id, type, qualification_code, number, issuer, valid_from, valid_to, review_status, reviewer_id, reviewed_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_insCredential = &insCredential;
        Statement insCheck = m_db.prepare("INSERT INTO background_checks(id, provider_id, agency, result, checked_at, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Statement insCourse = m_db.prepare("INSERT INTO course_completions(id, provider_id, course_id, completed_at) VALUES (?, ?, ?, ?)");
        Statement insResult = m_db.prepare("INSERT INTO assessment_results(id, provider_id, assessment_id, score, passed, taken_at) VALUES (?, ?, ?, ?, ?, ?)");
        const QDate today = domain::officeDay(m_now);
        static const std::array<int, 5> femaleCategories{0, 5, 6, 7, 2};

        for (int i = 0; i < m_o.providers; ++i) {
            // Every state the review queue and the directory must handle.
            enum Kind { Active, New, InfoRequested, Suspended, Deactivated, Rejected, BadId, ExpiredHealth, MissingQualification };
            static constexpr Kind cycle[20] = {Active, Active, Active, Active, Active, Active, Active, Active, Active, Active, Active,
                                               Active, Active, Active, New, InfoRequested, Suspended, Deactivated, Rejected, BadId};
            Kind kind = cycle[i % 20];
            if (kind == BadId) {
                static constexpr Kind planted[3] = {BadId, ExpiredHealth, MissingQualification};
                kind = planted[(i / 20) % 3];
            }
            const int primary = pickCategory();
            const bool male = std::find(femaleCategories.begin(), femaleCategories.end(), primary) == femaleCategories.end()
                ? chance(0.9) : chance(0.1);
            const QString name = chineseName(m_rng, male);
            const QDate birth = today.addYears(-uniform(22, 57)).addDays(-uniform(0, 364));
            QString idNumber = domain::makeIdNumber(QStringView(pickBirthplace().code), birth, uniform(1, 998), male);
            if (kind == BadId) // a mistyped or invented number: wrong check digit
                idNumber[17] = idNumber[17] == u'3' ? u'7' : u'3';
            const District &home = m_served.at(uniform(0, int(m_served.size()) - 1));
            const auto [lat, lng] = scatter(*home.info);
            const bool applicant = kind == New || kind == InfoRequested || kind == BadId || kind == ExpiredHealth || kind == MissingQualification;
            // Suspended providers are made the way the expiry sweep makes them:
            // active, with a health certificate that lapsed; suspendLapsed() at
            // the end suspends them with the provider_suspensions row a
            // renewal lifts.
            using domain::ProviderStatus;
            const ProviderStatus status = applicant ? ProviderStatus::Applicant
                : kind == Deactivated ? ProviderStatus::Deactivated
                : kind == Rejected ? ProviderStatus::Rejected : ProviderStatus::Active;
            const QString reason = kind == Deactivated ? QStringLiteral("连续两次考核不合格") : QString();
            const qint64 submitted = applicant ? m_now - qint64(uniform(1, 20)) * kDay - uniform(0, 36000)
                                               : m_now - qint64(uniform(60, 720)) * kDay;
            const qint64 id = m_ctx.newId();
            const int dailyLimit = uniform(4, 7);
            insProvider.execWith(id, m_officeId, name, domain::mobileFromIndex(m_rng()), idNumber, male ? QStringLiteral("m") : QStringLiteral("f"),
                                birth.toString(Qt::ISODate), home.id, residentialAddress(*home.info, m_rng), lat, lng, domain::stateKey(status),
                                reason.isEmpty() ? QString() : reason, dailyLimit,
                                status == ProviderStatus::Active || kind == Suspended || kind == Deactivated ? QVariant(submitted + 5 * kDay) : QVariant(),
                                submitted, submitted);

            QList<int> skills{primary};
            for (int extra = uniform(0, 2); extra > 0; --extra) {
                const int c = pickCategory();
                if (!skills.contains(c))
                    skills.append(c);
            }
            for (int c : skills) {
                insSkill.execWith(id, m_categoryIds[c], domain::stateKey(applicant ? domain::SkillStatus::Applied : domain::SkillStatus::Active),
                                  QString());
                if (status == ProviderStatus::Active && kind != Suspended)
                    m_providersByCategory[c].append(id);
            }
            insDistrict.execWith(id, home.id);
            QList<qint64> serves{home.id};
            for (int n = uniform(0, 2); n > 0; --n) {
                serves.append(m_served.at(uniform(0, int(m_served.size()) - 1)).id);
                insDistrict.execWith(id, serves.last());
            }
            const int start = (uniform(0, 3) + 7) * 60 + (chance(0.5) ? 30 : 0);
            const int end = std::min(22 * 60, start + uniform(8, 11) * 60);
            const int restDay = uniform(1, 7);
            for (int wd = 1; wd <= 7; ++wd) {
                if (wd == restDay)
                    continue;
                insHours.execWith(id, wd, start, end);
            }
            m_providerDays.insert(id, {serves, start, end, restDay, dailyLimit});

            // Credentials: identity, health, a qualification per skill that needs one.
            const qint64 reviewed = submitted + 2 * kDay;
            using domain::CredentialReview;
            const CredentialReview review = applicant ? CredentialReview::Pending : kind == Rejected ? CredentialReview::Rejected : CredentialReview::Approved;
            credential(id, QStringLiteral("id_card"), QString(), idNumber, QStringLiteral("%1公安局").arg(pickBirthplace().name),
                       submitted - qint64(uniform(365, 3000)) * kDay, submitted + qint64(uniform(1000, 7000)) * kDay, review, reviewed);
            const qint64 healthFrom = kind == ExpiredHealth || kind == Suspended ? m_now - qint64(uniform(380, 500)) * kDay
                                                                                 : m_now - qint64(uniform(10, 300)) * kDay;
            credential(id, QStringLiteral("health_certificate"), QString(), QStringLiteral("沪健%1").arg(m_rng() % 100000000, 8, 10, QChar(u'0')),
                       QStringLiteral("上海市疾病预防控制中心"), healthFrom, healthFrom + 365 * kDay, review, reviewed);
            bool skippedOne = false;
            for (int c : skills) {
                for (const QString &qual : m_categoryQualifications.value(c)) {
                    if (kind == MissingQualification && !skippedOne) {
                        skippedOne = true; // applied for a skill without its certificate
                        continue;
                    }
                    credential(id, QStringLiteral("qualification"), qual, QStringLiteral("Q%1").arg(m_rng() % 1000000000, 9, 10, QChar(u'0')),
                               QStringLiteral("上海市人力资源和社会保障局"), submitted - qint64(uniform(100, 2000)) * kDay,
                               submitted + qint64(uniform(400, 1800)) * kDay, review, reviewed);
                }
            }
            if (kind != New) {
                using domain::BackgroundCheckResult;
                const BackgroundCheckResult result = kind == Rejected ? BackgroundCheckResult::Flagged
                    : applicant ? BackgroundCheckResult::Pending : BackgroundCheckResult::Clear;
                insCheck.execWith(m_ctx.newId(), id, backgroundCheckAgencies().at(uniform(0, int(backgroundCheckAgencies().size()) - 1)),
                                 domain::stateKey(result), result == BackgroundCheckResult::Pending ? QVariant() : QVariant(reviewed), kind == Rejected ? QStringLiteral("有不良记录") : QString(),
                                 m_staffIds.first());
            }
            // Every other new applicant has everything in order, the agency's
            // answer included: approvable as seeded, next to the planted problems.
            // (No draw from m_rng: the rest of the demo stays as it was.)
            const bool approvable = kind == New && (i / 20) % 2 == 0;
            const qint64 clearAt = submitted + 20 * 3600;
            if (approvable)
                insCheck.execWith(m_ctx.newId(), id, backgroundCheckAgencies().at((i / 40) % int(backgroundCheckAgencies().size())),
                                 domain::stateKey(domain::BackgroundCheckResult::Clear), clearAt, QString(), m_staffIds.first());

            // The application and its timeline.
            const qint64 appId = m_ctx.newId();
            using domain::ApplicationState;
            const ApplicationState state = kind == InfoRequested ? ApplicationState::InfoRequested
                : applicant ? ApplicationState::New : kind == Rejected ? ApplicationState::Rejected : ApplicationState::Approved;
            const QString appReason = kind == Rejected ? QStringLiteral("背景调查未通过") : kind == InfoRequested ? QStringLiteral("请补充清晰的健康证照片") : QString();
            insApp.execWith(appId, id, domain::stateKey(state), submitted, domain::isOpen(state) ? QVariant() : QVariant(reviewed),
                           state == ApplicationState::New ? QVariant() : QVariant(m_staffIds.first()), appReason.isEmpty() ? QString() : appReason);
            insEvent.execWith(m_ctx.newId(), appId, submitted, QVariant(), QStringLiteral("submitted"), QString());
            if (approvable)
                insEvent.execWith(m_ctx.newId(), appId, clearAt, m_staffIds.first(), QStringLiteral("background_check"),
                                  domain::stateKey(domain::BackgroundCheckResult::Clear));
            if (state != ApplicationState::New) {
                insEvent.execWith(m_ctx.newId(), appId, reviewed, m_staffIds.first(), domain::stateKey(state), appReason.isEmpty() ? QString() : appReason);
            }

            if (!applicant && kind != Rejected) {
                for (qint64 course : m_requiredCourses) {
                    insCourse.execWith(m_ctx.newId(), id, course, submitted + qint64(uniform(1, 10)) * kDay);
                }
                for (const auto &[assessment, passMark] : m_assessments) {
                    const int attempts = kind == Deactivated ? 2 : uniform(1, 2);
                    for (int a = 0; a < attempts; ++a) {
                        const int score = kind == Deactivated ? uniform(30, passMark - 1) : uniform(std::max(0, passMark - 15), 100);
                        insResult.execWith(m_ctx.newId(), id, assessment, score, score >= passMark,
                                          submitted + qint64(uniform(20, 300)) * kDay);
                    }
                }
            }
            ++m_summary.providers;
            tick();
        }
        m_insCredential = nullptr;
        providerEvidence(today);
    }

    // What the rules and the applicants add on top: the suspensions of lapsed
    // health certificates (by the expiry sweep's own code), a few open
    // deactivation flags (by the flag rule), and scans for the queue.
    void providerEvidence(QDate today)
    {
        // Demo data is a local sandbox: what these record is not queued for
        // sync, so they write through a context of their own.
        services::ActionContext local(m_ctx.store(), m_ctx.actor(), m_now);
        // Only whole-provider causes: the lapsed qualifications of active
        // providers are left for the sweep at the first login, as before.
        services::ProviderExpiryService::suspendLapsed(local, today, services::SweepScope::WholeProviders);

        // About one active provider in 100 has failed an assessment twice this
        // month: the rule raises a flag for a supervisor to decide.
        if (!m_assessments.isEmpty()) {
            QList<qint64> active;
            auto st = m_db.prepare("SELECT id FROM providers WHERE status = 'active' ORDER BY id");
            while (st.next())
                active.append(st.int64(0));
            const auto &[assessment, passMark] = m_assessments.first();
            for (qsizetype k = 37; k < active.size(); k += 100) {
                for (int attempt = 0; attempt < 2; ++attempt)
                    m_db.run("INSERT INTO assessment_results(id, provider_id, assessment_id, score, passed, taken_at) VALUES (?, ?, ?, ?, 0, ?)",
                             m_ctx.newId(), active.at(k), assessment, std::max(0, passMark - 12 - 9 * attempt),
                             m_now - qint64(20 - 9 * attempt) * kDay);
                services::flags::raiseIfFailedTwice(local, active.at(k), assessment);
            }
        }
        seedQueueScans(m_ctx, kQueueApplicationsWithScans, m_o.seed);
    }

    void customers()
    {
        Statement ins = m_db.prepare("INSERT INTO customers(id, office_id, name, phone, gender, district_id, address, lat, lng, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement consent = m_db.prepare("INSERT INTO customer_consents(id, customer_id, purpose, version, channel, granted_at) VALUES (?, ?, ?, '2026-01', ?, ?)");
        static const QStringList channels{QStringLiteral("app"), QStringLiteral("phone"), QStringLiteral("mini_program")};
        for (int i = 0; i < m_customersWanted; ++i) {
            const bool male = chance(0.4);
            const District &d = m_served.at(uniform(0, int(m_served.size()) - 1));
            const auto [lat, lng] = scatter(*d.info);
            // Before the year of orders begins, so no one orders before becoming a customer.
            const qint64 created = m_now - qint64(uniform(372, 900)) * kDay - uniform(0, 80000);
            const qint64 id = m_ctx.newId();
            ins.execWith(id, m_officeId, chineseName(m_rng, male), domain::mobileFromIndex(m_rng()), male ? QStringLiteral("m") : QStringLiteral("f"),
                        d.id, residentialAddress(*d.info, m_rng), lat, lng, created, created);
            const QString channel = channels.at(uniform(0, 2));
            consent.execWith(m_ctx.newId(), id, QStringLiteral("service"), channel, created);
            if (chance(0.3)) {
                consent.execWith(m_ctx.newId(), id, QStringLiteral("marketing"), channel, created);
            }
            m_customers.append({id, d.id, lat, lng, residentialAddress(*d.info, m_rng)});
            ++m_summary.customers;
            tick();
        }
    }

    struct CustomerRef
    {
        qint64 id;
        qint64 district;
        double lat;
        double lng;
        QString address;
    };

    void orders()
    {
        Statement insOrder = m_db.prepare(
            "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start, window_end,"
            " duration_min, price_fen, payment_status, status, provider_id, planned_start, priority, cancel_reason, created_at, updated_at, category_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insEvent = m_db.prepare("INSERT INTO order_events(id, order_id, at, actor_kind, staff_id, from_status, to_status, note, event)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insDispatch = m_db.prepare("INSERT INTO dispatch_records(id, order_id, provider_id, mode, staff_id, planned_start, score, explanation, at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insRating = m_db.prepare("INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Statement insComplaint = m_db.prepare(
            "INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, customer_ask, description, status, upheld,"
            " assigned_staff_id, opened_by, opened_at, first_response_clock, first_response_due_at, first_response_warn_at, first_response_at,"
            " resolution_clock, resolution_due_at, resolution_warn_at, resolved_at, resolution, paused_at, next_due_at, next_warn_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insComplaintEvent = m_db.prepare("INSERT INTO complaint_events(id, complaint_id, at, staff_id, kind, from_status, to_status, note)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        // Refund steps and return visits on the complaint's timeline, as the services write them.
        Statement insRemedyEvent = m_db.prepare("INSERT INTO complaint_events(id, complaint_id, at, staff_id, kind, note, refund_id, order_id)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const auto remedy = [&](qint64 complaint, qint64 at, qint64 staff, const char *kind, const QVariant &note, qint64 refund, qint64 order) {
            insRemedyEvent.execWith(m_ctx.newId(), complaint, at, staff, QString::fromLatin1(kind), note, refund ? QVariant(refund) : QVariant(),
                                    order ? QVariant(order) : QVariant());
        };
        // Deadlines as the service computes them (the office's calendar and hours, the policies).
        const services::SlaClock sla(m_db);
        Statement insRefund = m_db.prepare("INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_by, approved_by, requested_at, decided_at)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insLedger = m_db.prepare("INSERT INTO provider_ledger(id, provider_id, points, amount_fen, reason, source, rule_id, ref_id, staff_id, at)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        static const char16_t *flow[] = {u"created", u"awaiting_dispatch", u"assigned", u"accepted", u"on_the_way", u"in_service", u"completed", u"rated"};
        static const char16_t *flowEvents[] = {u"", u"submit", u"assign", u"accept", u"depart", u"start", u"complete", u"rate"};
        const qint64 agent = m_staffIds.at(2);
        const qint64 dispatcher = m_staffIds.at(1);
        const qint64 manager = m_staffIds.at(3);

        for (int k = 0; k < m_o.orders; ++k) {
            const CustomerRef &c = m_customers.at(uniform(0, int(m_customers.size()) - 1));
            const int category = pickCategory();
            const Item &item = m_items.at(category).at(uniform(0, int(m_items.at(category).size()) - 1));
            // Created over the last year, more of them recently (the franchise grows);
            // about 3% are recent bookings whose service is still to come.
            const bool upcoming = k >= m_o.orders - std::max(1, m_o.orders * 3 / 100);
            const qint64 created = upcoming ? m_now - uniform(0, 2 * 86400)
                                            : m_now - qint64(365.0 * kDay * (1.0 - std::sqrt(unit()))) - 3 * kDay;
            const qint64 createdMidnight = domain::officeDayStart(created);
            qint64 windowStart = createdMidnight + qint64(uniform(0, 3)) * kDay + qint64(uniform(16, 38)) * 1800; // 08:00-19:00
            if (windowStart < created + 3600)
                windowStart += kDay;
            const qint64 windowEnd = windowStart + 2 * 3600;

            // How far along the order is, from where its window lies relative to "now".
            int stage; // index into flow, or -1 cancelled
            if (windowStart + item.durationMin * 60 + 3600 < std::min(m_now, m_workingDayEnd)) {
                const double r = unit();
                stage = r < 0.08 ? -1 : r < 0.55 ? 7 : 6;
            } else if (windowStart < m_now) {
                stage = uniform(4, 6);
            } else {
                const double r = unit();
                stage = r < 0.05 ? 0 : r < 0.40 ? 1 : r < 0.70 ? 2 : r < 0.95 ? 3 : -1;
            }
            qint64 provider = 0;
            qint64 planned = 0;
            if (stage >= 2) {
                // Jobs still to come or under way sit where a dispatcher could
                // have put them: a provider of the district, in working hours,
                // clear of their other jobs, under the daily limit. Older ones
                // only need a provider of the service.
                const bool onTheBoard = windowStart + item.durationMin * 60 >= m_todayMidnight;
                std::tie(provider, planned) = bookProvider(category, c.district, windowStart, item.durationMin, onTheBoard);
                // Nobody could: still waiting, or given up on. A past job with
                // nobody to do it (a small demo has services none of its
                // providers offer) is cancelled too: completed or rated, its
                // rating and ledger rows would name provider 0 (a foreign key).
                if (!provider)
                    stage = onTheBoard && windowStart >= m_now ? 1 : -1;
            }
            const QString status = stage < 0 ? QStringLiteral("cancelled") : QString::fromUtf16(flow[stage]);
            const QString payment = stage < 0 ? (chance(0.5) ? QStringLiteral("refunded") : QStringLiteral("unpaid"))
                : stage >= 6 || chance(0.7) ? QStringLiteral("paid") : QStringLiteral("unpaid");
            const int price = item.priceFen + (chance(0.2) ? uniform(1, 6) * 1000 : 0);
            const QString cancelReason = stage < 0 ? cancellationReasons().at(uniform(0, int(cancellationReasons().size()) - 1)) : QString();
            const qint64 id = m_ctx.newId();
            const QString orderNo = QStringLiteral("DS") + localDate(created).remove(u'-') + QStringLiteral("%1").arg(k % 1000000, 6, 10, QChar(u'0'));
            const qint64 updated = std::min(m_now, std::max(created, planned + item.durationMin * 60));
            insOrder.execWith(id, orderNo, m_officeId, c.id, item.id, c.district, c.address, c.lat, c.lng, windowStart, windowEnd,
                             item.durationMin, price, payment, status, provider ? QVariant(provider) : QVariant(),
                             planned ? QVariant(planned) : QVariant(), chance(0.05) ? 1 : 0, cancelReason, created, updated,
                             m_categoryIds[item.category]);

            // The timeline up to the current status.
            const int last = stage < 0 ? 1 : stage;
            qint64 at = created;
            QString from;
            // Assigned but not yet accepted: assigned a few minutes before
            // "now", so the provider's answer is still awaited.
            const qint64 assignedAt = stage == 2 ? std::max(created + 60, m_now - qint64(uniform(2, 20)) * 60) : created + uniform(5, 180) * 60;
            for (int s = 0; s <= last; ++s) {
                switch (s) {
                case 1: at = created + 60; break;
                case 2: at = assignedAt; break;
                case 3: at += uniform(1, 20) * 60; break;
                case 4: at = planned - uniform(20, 60) * 60; break;
                case 5: at = planned + uniform(-5, 20) * 60; break;
                case 6: at = planned + item.durationMin * 60; break;
                case 7: at += uniform(1, 48) * 3600; break;
                default: break;
                }
                const bool byStaff = s == 2;
                const bool byProvider = s >= 3 && s <= 6;
                insEvent.execWith(m_ctx.newId(), id, at, byStaff ? QStringLiteral("staff") : byProvider ? QStringLiteral("provider")
                                                                      : s == 7 || s == 0 ? QStringLiteral("customer") : QStringLiteral("system"),
                                 byStaff ? QVariant(dispatcher) : QVariant(), from.isEmpty() ? QString() : from, QString::fromUtf16(flow[s]), QString(),
                                 s == 0 ? QString() : QString::fromUtf16(flowEvents[s]));
                from = QString::fromUtf16(flow[s]);
            }
            if (stage < 0) {
                insEvent.execWith(m_ctx.newId(), id, std::min(m_now, windowStart - 3600), QStringLiteral("customer"), QVariant(), from,
                                 QStringLiteral("cancelled"), cancelReason, QStringLiteral("cancel"));
            }
            if (provider) {
                const bool automatic = chance(0.6);
                insDispatch.execWith(m_ctx.newId(), id, provider, automatic ? QStringLiteral("auto") : QStringLiteral("manual"),
                                    automatic ? QVariant() : QVariant(dispatcher), planned, automatic ? QVariant(double(uniform(50, 99))) : QVariant(),
                                    QString(), assignedAt);
            }
            if (stage == 7) {
                const double r = unit();
                const int stars = r < 0.70 ? 5 : r < 0.88 ? 4 : r < 0.94 ? 3 : r < 0.97 ? 2 : 1;
                const QStringList &comments = ratingComments(stars);
                insRating.execWith(m_ctx.newId(), id, provider, c.id, stars, chance(0.6) ? comments.at(uniform(0, int(comments.size()) - 1)) : QString(),
                                  std::min(m_now, at));
                if (stars == 1)
                    ledger(insLedger, provider, -5, 0, QStringLiteral("一星差评"), QStringLiteral("rating"), m_rules.value(QStringLiteral("one_star")), id, at);
            }
            // The last days' jobs draw more complaints, so the workbench has a queue.
            if (stage >= 6 && chance(planned > m_now - 6 * kDay ? 0.2 : 0.015)) {
                // Opened after the job; the recent ones still open in every state (a share
                // of them past their deadline), the older ones resolved (upheld or not) or rejected.
                const qint64 opened = std::min(m_now - 1800, planned + item.durationMin * 60 + uniform(1, 72) * 3600);
                const bool open = opened > m_now - 5 * kDay && chance(0.7);
                const bool upheld = !open && chance(0.55);
                const qint64 complaintId = m_ctx.newId();
                const ComplaintStory &story = complaintStories().at(uniform(0, int(complaintStories().size()) - 1));
                const auto severity = domain::ComplaintSeverity(uniform(0, 2));
                const auto ask = domain::CustomerAsk(uniform(0, 3));
                const services::SlaPolicy policy = services::SlaClock::policy(m_db, story.category, severity);
                const services::SlaDeadline fr = sla.deadline(opened, policy.firstResponse);
                const services::SlaDeadline res = sla.deadline(opened, policy.resolution);
                using S = domain::ComplaintStatus;
                const S status = !open ? (upheld || chance(0.3) ? S::Resolved : S::Rejected) : S(m_openComplaints++ % 3);
                const QVariant responded = status == S::Open ? QVariant() : QVariant(std::min(m_now, opened + uniform(10, 150) * 60));
                const qint64 closedAt = std::min(m_now, opened + uniform(2, 40) * 3600);
                const bool paused = status == S::WaitingCustomer;
                QVariant nextDue, nextWarn;
                if (status == S::Open) {
                    nextDue = fr.due;
                    nextWarn = fr.warn;
                } else if (status == S::Investigating) {
                    nextDue = res.due;
                    nextWarn = res.warn;
                }
                insComplaint.execWith(complaintId, id, c.id, provider, domain::stateKey(story.category), domain::stateKey(severity),
                                      domain::stateKey(ask), QStringLiteral("客户反映：%1").arg(story.text), domain::stateKey(status),
                                      domain::isClosed(status) ? QVariant(upheld ? 1 : 0) : QVariant(),
                                      status == S::Open && chance(0.5) ? QVariant() : QVariant(agent), agent, opened,
                                      fr.business ? QStringLiteral("business") : QStringLiteral("24x7"), fr.due, fr.warn, responded,
                                      res.business ? QStringLiteral("business") : QStringLiteral("24x7"), res.due, res.warn,
                                      domain::isClosed(status) ? QVariant(closedAt) : QVariant(),
                                      !domain::isClosed(status) ? QString() : upheld ? QStringLiteral("投诉属实，已向客户致歉并退款") : QStringLiteral("经核实不属实"),
                                      paused ? QVariant(std::min(m_now, opened + 3 * 3600)) : QVariant(), nextDue, nextWarn, opened);
                insComplaintEvent.execWith(m_ctx.newId(), complaintId, opened, agent, QStringLiteral("opened"), QVariant(), QStringLiteral("open"), QVariant());
                if (status != S::Open)
                    insComplaintEvent.execWith(m_ctx.newId(), complaintId, responded, agent, QStringLiteral("state"), QStringLiteral("open"),
                                               domain::stateKey(domain::isClosed(status) ? S::Investigating : status), QVariant());
                if (domain::isClosed(status))
                    insComplaintEvent.execWith(m_ctx.newId(), complaintId, std::max(responded.toLongLong(), closedAt), agent, QStringLiteral("state"),
                                               QStringLiteral("investigating"), domain::stateKey(status),
                                               upheld ? QStringLiteral("投诉属实，已向客户致歉并退款") : QStringLiteral("经核实不属实"));
                // Refunds in every state: paid for an upheld complaint (approved by
                // the agent within their limit, by the manager above it, paid by the
                // manager), rejected for one not upheld that asked for money back,
                // requested or approved while a complaint asking for one is open.
                const int amount = std::min(price, std::max(1000, price / 2 / 100 * 100));
                const bool asksRefund = ask == domain::CustomerAsk::Refund;
                if (upheld) {
                    const qint64 approver = amount <= 50000 ? agent : manager;
                    const qint64 refund = m_ctx.newId();
                    insRefund.execWith(refund, id, complaintId, amount, QStringLiteral("投诉成立退款"), QStringLiteral("paid"), agent, approver,
                                      opened + 3600, opened + 5 * 3600);
                    remedy(complaintId, opened + 3600, agent, "refund_requested", QStringLiteral("投诉成立退款"), refund, 0);
                    remedy(complaintId, opened + 5 * 3600, approver, "refund_approved", {}, refund, 0);
                    remedy(complaintId, opened + 26 * 3600, manager, "refund_paid", {}, refund, 0);
                    m_db.run("UPDATE refunds SET paid_by = ?, paid_at = ? WHERE id = (SELECT max(id) FROM refunds WHERE order_id = ?)", manager,
                             opened + 26 * 3600, id);
                    m_db.run("UPDATE orders SET payment_status = 'partially_refunded' WHERE id = ?", id);
                    if (ask == domain::CustomerAsk::ReturnVisit)
                        returnVisit(insEvent, remedy, id, complaintId, provider, closedAt);
                    ledger(insLedger, provider, -20, -5000, QStringLiteral("投诉成立：%1").arg(story.text),
                           QStringLiteral("complaint"), m_rules.value(QStringLiteral("complaint_upheld")), complaintId, opened + 5 * 3600);
                } else if ((asksRefund || m_refundTurns++ % 3 == 0) && domain::isClosed(status)) {
                    const qint64 refund = m_ctx.newId();
                    insRefund.execWith(refund, id, complaintId, amount, QStringLiteral("客户要求退款"), QStringLiteral("rejected"), agent,
                                       QVariant(), opened + 3600, closedAt);
                    remedy(complaintId, opened + 3600, agent, "refund_requested", QStringLiteral("客户要求退款"), refund, 0);
                    remedy(complaintId, closedAt, manager, "refund_rejected", QStringLiteral("经核实不属实，不予退款"), refund, 0);
                    m_db.run("UPDATE refunds SET rejected_by = ?, reject_reason = '经核实不属实，不予退款' WHERE id = (SELECT max(id) FROM refunds"
                             " WHERE order_id = ?)", manager, id);
                } else if (asksRefund || m_refundTurns++ % 3 == 0) {
                    // Taking turns rather than drawing: the seeded stream of the rest stays as it was.
                    const bool approved = m_refundTurns++ % 2 == 0;
                    const qint64 refund = m_ctx.newId();
                    insRefund.execWith(refund, id, complaintId, amount, QStringLiteral("客户要求部分退款"),
                                       approved ? QStringLiteral("approved") : QStringLiteral("requested"), agent,
                                       approved ? QVariant(manager) : QVariant(), std::min(m_now, opened + 3600),
                                       approved ? QVariant(std::min(m_now, opened + 2 * 3600)) : QVariant());
                    remedy(complaintId, std::min(m_now, opened + 3600), agent, "refund_requested", QStringLiteral("客户要求部分退款"), refund, 0);
                    if (approved)
                        remedy(complaintId, std::min(m_now, opened + 2 * 3600), manager, "refund_approved", {}, refund, 0);
                }
            }
            ++m_summary.orders;
            tick();
        }
    }

    // A return visit (返工) made when an upheld complaint asking for one was
    // closed: the free linked order with the same provider, the day after; done
    // already, or still assigned when that day has not come. Not counted in
    // DemoOptions::orders (it is a consequence, not a booking).
    template <typename Remedy>
    void returnVisit(Statement &insEvent, const Remedy &remedy, qint64 original, qint64 complaintId, qint64 provider, qint64 closedAt)
    {
        const qint64 id = m_ctx.newId();
        const qint64 start = closedAt + kDay;
        const bool done = start + 3 * 3600 < m_now;
        const QString status = done ? QStringLiteral("completed") : QStringLiteral("assigned");
        const QString orderNo = QStringLiteral("DS") + localDate(closedAt).remove(u'-') + QStringLiteral("R%1").arg(++m_returnVisits, 5, 10, QChar(u'0'));
        m_db.run("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start, window_end,"
                 " duration_min, price_fen, payment_status, status, provider_id, planned_start, priority, created_at, updated_at, category_id,"
                 " preferred_provider_id, reservice_of, reservice_complaint_id, reservice_provider)"
                 " SELECT ?, ?, office_id, customer_id, service_item_id, district_id, address, lat, lng, ?, ?, duration_min, 0, 'paid', ?, ?, ?, 1,"
                 " ?, ?, category_id, ?, id, ?, 'same' FROM orders WHERE id = ?",
                 id, orderNo, start, start + 2 * 3600, status, provider, start, closedAt, done ? start + 3 * 3600 : closedAt + 60, provider,
                 complaintId, original);
        const qint64 agent = m_staffIds.at(2);
        insEvent.execWith(m_ctx.newId(), id, closedAt, QStringLiteral("staff"), agent, QVariant(), QStringLiteral("created"), QVariant(), QVariant());
        insEvent.execWith(m_ctx.newId(), id, closedAt, QStringLiteral("staff"), agent, QStringLiteral("created"), QStringLiteral("awaiting_dispatch"),
                          QVariant(), QStringLiteral("submit"));
        insEvent.execWith(m_ctx.newId(), id, closedAt + 60, QStringLiteral("staff"), m_staffIds.at(1), QStringLiteral("awaiting_dispatch"),
                          QStringLiteral("assigned"), QVariant(), QStringLiteral("assign"));
        // As OrderService's assign writes it: every assignment has its dispatch record (the dispatch figures count them).
        m_db.run("INSERT INTO dispatch_records(id, order_id, provider_id, mode, staff_id, planned_start, at) VALUES (?, ?, ?, 'manual', ?, ?, ?)",
                 m_ctx.newId(), id, provider, m_staffIds.at(1), start, closedAt + 60);
        remedy(complaintId, closedAt, agent, "return_visit", QVariant(), 0, id);
        remedy(complaintId, closedAt + 60, m_staffIds.at(1), "return_visit_dispatched", QVariant(), 0, id);
        if (done) {
            insEvent.execWith(m_ctx.newId(), id, start + 3 * 3600, QStringLiteral("provider"), agent, QStringLiteral("assigned"),
                              QStringLiteral("completed"), QVariant(), QStringLiteral("complete"));
            remedy(complaintId, start + 3 * 3600, agent, "return_visit_completed", QVariant(), 0, id);
        }
    }

    // DemoOptions::pendingDayOrders: orders booked over the last day for one
    // coming day, none dispatched yet. Windows open on the half hour from
    // 08:00 to 18:00, weighted to the morning as customers book them; each
    // lasts two hours like the others.
    void pendingDay()
    {
        if (m_o.pendingDayOrders <= 0)
            return;
        Statement insOrder = m_db.prepare(
            "INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start, window_end,"
            " duration_min, price_fen, payment_status, status, provider_id, planned_start, priority, cancel_reason, created_at, updated_at, category_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'awaiting_dispatch', NULL, NULL, ?, NULL, ?, ?, ?)");
        Statement insEvent = m_db.prepare("INSERT INTO order_events(id, order_id, at, actor_kind, staff_id, from_status, to_status, note, event)"
                                          " VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, ?)");
        static constexpr int slotWeight[] = {10, 10, 9, 9, 8, 8, 6, 6, 7, 7, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2};
        int slotTotal = 0;
        for (int w : slotWeight)
            slotTotal += w;
        const qint64 dayMidnight = m_todayMidnight + qint64(std::max(1, m_o.pendingDayOffset)) * kDay;
        for (int i = 0; i < m_o.pendingDayOrders; ++i) {
            const CustomerRef &c = m_customers.at(uniform(0, int(m_customers.size()) - 1));
            const int category = pickCategory();
            const Item &item = m_items.at(category).at(uniform(0, int(m_items.at(category).size()) - 1));
            int slot = 0;
            for (int r = uniform(0, slotTotal - 1); r >= slotWeight[slot]; ++slot)
                r -= slotWeight[slot];
            const qint64 windowStart = dayMidnight + 8 * 3600 + qint64(slot) * 1800;
            const qint64 created = m_now - uniform(0, int(kDay));
            const qint64 id = m_ctx.newId();
            // Numbered after the year of orders, so the numbers stay unique.
            const QString orderNo = QStringLiteral("DS") + localDate(created).remove(u'-')
                + QStringLiteral("%1").arg((m_o.orders + i) % 1000000, 6, 10, QChar(u'0'));
            insOrder.execWith(id, orderNo, m_officeId, c.id, item.id, c.district, c.address, c.lat, c.lng, windowStart, windowStart + 2 * 3600,
                             item.durationMin, item.priceFen, chance(0.7) ? QStringLiteral("paid") : QStringLiteral("unpaid"),
                             chance(0.05) ? 1 : 0, created, created + 60, m_categoryIds[item.category]);
            insEvent.execWith(m_ctx.newId(), id, created, QStringLiteral("customer"), QString(), QStringLiteral("created"), QString());
            insEvent.execWith(m_ctx.newId(), id, created + 60, QStringLiteral("system"), QStringLiteral("created"),
                             QStringLiteral("awaiting_dispatch"), QStringLiteral("submit"));
            ++m_summary.orders;
            tick();
        }
    }

    // A provider of `category` for a job in the window, and its start (on the
    // half hour, inside the window). With `fit`, only one who serves the
    // district, works then, is free (30 minutes between jobs for travel) and
    // is under their daily limit; (0, 0) when a few tries find nobody.
    std::pair<qint64, qint64> bookProvider(int category, qint64 district, qint64 windowStart, int minutes, bool fit)
    {
        const auto &bucket = m_providersByCategory.value(category);
        if (bucket.isEmpty())
            return {0, 0};
        const qint64 day = domain::officeDayStart(windowStart);
        const int weekday = domain::officeWeekday(windowStart);
        for (int attempt = 0; attempt < (fit ? 24 : 1); ++attempt) {
            const qint64 provider = bucket.at(uniform(0, int(bucket.size()) - 1));
            const qint64 start = windowStart + qint64(uniform(0, 3)) * 1800;
            if (!fit)
                return {provider, start};
            const ProviderDays &p = m_providerDays.value(provider);
            const int startMin = int((start - day) / 60);
            if (!p.serves.contains(district) || weekday == p.restDay || startMin < p.startMin || startMin + minutes > p.endMin)
                continue;
            QList<std::pair<qint64, qint64>> &booked = m_booked[{provider, day}];
            if (booked.size() >= p.dailyLimit)
                continue;
            const qint64 end = start + qint64(minutes) * 60;
            const bool clash = std::any_of(booked.begin(), booked.end(),
                                           [&](const auto &b) { return start < b.second + 1800 && b.first < end + 1800; });
            if (clash)
                continue;
            booked.append({start, end});
            return {provider, start};
        }
        return {0, 0};
    }

    void ledger(Statement &ins, qint64 provider, int points, int fen, const QString &reason, const QString &source, qint64 rule, qint64 ref, qint64 at)
    {
        ins.execWith(m_ctx.newId(), provider, points, fen, reason, source, rule ? QVariant(rule) : QVariant(), ref, QVariant(), at);
    }

    void finishProviders()
    {
        // Ratings and the reward/penalty balance, as the directory shows them.
        m_db.exec("UPDATE providers SET"
                  " rating_count = (SELECT count(*) FROM ratings r WHERE r.provider_id = providers.id),"
                  " rating_avg_x100 = COALESCE((SELECT CAST(round(avg(stars) * 100) AS INTEGER) FROM ratings r WHERE r.provider_id = providers.id), 0),"
                  " points = 100 + COALESCE((SELECT sum(points) FROM provider_ledger l WHERE l.provider_id = providers.id), 0)");
    }

    services::ActionContext &m_ctx;
    store::Database &m_db;
    const DemoOptions &m_o;
    const Progress &m_progress;
    std::mt19937_64 m_rng;
    qint64 m_todayMidnight = 0;
    qint64 m_now = 0;
    qint64 m_workingDayEnd = 0;
    qint64 m_officeId = 0;
    int m_customersWanted = 0;
    qint64 m_totalUnits = 1;
    qint64 m_done = 0;
    int m_lastPercent = -1;
    int m_openComplaints = 0; // open complaints made so far: their states take turns
    int m_returnVisits = 0;   // return-visit orders made so far (their order numbers)
    int m_refundTurns = 0;    // which complaints not upheld get a refund, and in which state
    DemoSummary m_summary;
    QList<District> m_districts;
    QList<District> m_served;
    QList<qint64> m_categoryIds;
    QList<int> m_categoryWeights;
    QList<QList<Item>> m_items;
    QHash<int, QStringList> m_categoryQualifications;
    QHash<int, QList<qint64>> m_providersByCategory;
    struct ProviderDays
    {
        QList<qint64> serves; // districts
        int startMin = 0, endMin = 0; // working hours, office time
        int restDay = 0;              // weekday off
        int dailyLimit = 0;
    };
    QHash<qint64, ProviderDays> m_providerDays;
    QHash<std::pair<qint64, qint64>, QList<std::pair<qint64, qint64>>> m_booked; // (provider, local day) -> jobs
    QList<qint64> m_requiredCourses;
    QList<std::pair<qint64, int>> m_assessments;
    QHash<QString, qint64> m_rules;
    QList<qint64> m_staffIds;
    QList<CustomerRef> m_customers;
    Statement *m_insCredential = nullptr;
};
} // namespace

DemoSummary seedDemo(services::Workspace &workspace, const DemoOptions &options, const Progress &progress)
{
    // One audited action: demo data is local sandbox data, so nothing is
    // queued for sync (see ARCHITECTURE.md, "Bulk actions").
    return workspace.services().perform(services::Permission::DemoSeed, QStringLiteral("store.demo_seed"), [&](services::ActionContext &ctx) {
        Generator generator(ctx, options, progress);
        const DemoSummary summary = generator.run();
        ctx.describe(QString(), 0,
                     {{QStringLiteral("seed"), QString::number(options.seed)}, {QStringLiteral("providers"), summary.providers},
                      {QStringLiteral("customers"), summary.customers}, {QStringLiteral("orders"), summary.orders}});
        return summary;
    });
}

DemoSummary createDemoStore(const QString &path, const DemoOptions &options, const Progress &progress)
{
    // Built beside its final name and renamed into place only when complete:
    // a run killed half-way (a closed console, a killed CLI) leaves no valid
    // but empty store that the next start would open as "the demo".
    if (QFileInfo::exists(path))
        throw store::StoreError(store::StoreError::Kind::AlreadyExists);
    const QString partial = path + QStringLiteral(".partial");
    store::removeStoreFiles(partial); // what a killed run left: ours, and never a store
    services::NewStoreSpec spec;
    spec.officeCode = options.officeCode.isEmpty() ? QStringLiteral("SH-XH01") : options.officeCode;
    spec.officeName = options.officeName.isEmpty() ? QStringLiteral("到家服务·上海徐汇加盟店") : options.officeName;
    spec.adminUsername = options.adminUsername;
    spec.adminDisplayName = QStringLiteral("管理员");
    spec.adminPassword = options.password;
    spec.kdf = options.kdf;
    auto workspace = services::Workspace::create(partial, spec);
    try {
        const DemoSummary summary = seedDemo(*workspace, options, progress);
        workspace.reset(); // the last connection checkpoints the WAL into the file and removes it
        if (!QFile::rename(partial, path))
            throw store::StoreError(store::StoreError::Kind::Io, QStringLiteral("cannot move the demo store into place"));
        if (progress)
            progress(100);
        return summary;
    } catch (...) {
        workspace.reset();
        store::removeStoreFiles(partial);
        throw;
    }
}

} // namespace doorstep::demo
