// The franchise day in VROOM's input format (auto/vroom_export) on a small
// hand-made day: the JSON parses, jobs and vehicles are counted as the
// mapping says (a booked job is a job only its provider may take, a provider
// not working that day is no vehicle), skills are integers whose legend names
// the service, district and qualification codes, times are seconds from the
// day's start, working-hour gaps are breaks, and the duration matrix is
// square, zero on the diagonal, symmetric and equal to the dispatch rules'
// travel time. The planner's plan JSON refers to the same job and vehicle ids.
// VROOM itself is not installed here; nothing runs it.
#include "auto/auto_dispatch.h"
#include "auto/vroom_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace doorstep::dispatch;
using namespace doorstep::dispatch::autodispatch;

namespace {

constexpr std::int64_t kDay = 1804089600; // 2027-03-04 00:00 Shanghai
constexpr std::int64_t kHour = 3600;

QJsonObject parse(const std::string &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << "at" << error.offset;
    return doc.object();
}

AutoDispatchInput smallDay()
{
    AutoDispatchInput in;
    auto order = [](std::int64_t id, std::int64_t category, std::int64_t district, std::int64_t from, double lat, std::string qualification = {}) {
        OrderRequest r;
        r.order.orderId = id;
        r.order.categoryId = category;
        r.order.districtId = district;
        r.order.windowStart = kDay + from;
        r.order.windowEnd = kDay + from + 2 * kHour;
        r.order.durationMin = 120;
        r.order.where = {lat, 116.40};
        r.order.requiredQualification = std::move(qualification);
        return r;
    };
    in.orders = {order(9000000000000001, 10, 5, 9 * kHour, 39.90), order(9000000000000002, 20, 5, 10 * kHour, 39.92, "electrician"),
                 order(9000000000000003, 10, 5, 14 * kHour, 39.90)}; // same place as the first: one location
    ProviderDay p1;
    p1.providerId = 7001;
    p1.activeSkills = {10};
    p1.districts = {5};
    p1.workingHours = {{kDay + 13 * kHour, kDay + 17 * kHour}, {kDay + 9 * kHour, kDay + 12 * kHour}};
    p1.home = {39.95, 116.35};
    p1.jobs = {{8000000000000001, kDay + 15 * kHour, 60, {39.97, 116.38}}};
    ProviderDay p2;
    p2.providerId = 7002;
    p2.activeSkills = {10, 20};
    p2.districts = {5, 6};
    p2.qualifications = {"electrician"};
    p2.workingHours = {{kDay + 8 * kHour, kDay + 18 * kHour}};
    p2.home = {39.85, 116.45};
    ProviderDay off; // not working that day
    off.providerId = 7003;
    off.activeSkills = {10};
    off.districts = {5};
    off.home = {39.80, 116.30};
    in.days = {p1, p2, off};
    return in;
}

} // namespace

class TestVroomExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputHasTheMappedJobsVehiclesAndSkills()
    {
        const AutoDispatchInput in = smallDay();
        const VroomExport vroom(in, kDay);
        const QJsonObject root = parse(vroom.inputJson());
        const QJsonArray jobs = root.value(u"jobs").toArray();
        const QJsonArray vehicles = root.value(u"vehicles").toArray();
        QCOMPARE(jobs.size(), 4); // three waiting orders and one booked job
        QCOMPARE(vehicles.size(), 2); // the provider not working that day is no vehicle
        QCOMPARE(vroom.jobCount(), std::size_t(4));
        QCOMPARE(vroom.vehicleCount(), std::size_t(2));

        // Skills: integers, named by the legend.
        QHash<int, QString> name;
        for (const auto &[code, id] : vroom.skills())
            name.insert(id, QString::fromStdString(code));
        auto skillNames = [&](const QJsonValue &v) {
            QSet<QString> out;
            for (const QJsonValue &s : v.toArray()) {
                [&] { QVERIFY(s.isDouble() && s.toDouble() == std::floor(s.toDouble())); }();
                out.insert(name.value(s.toInt()));
            }
            return out;
        };
        const QJsonObject first = jobs.at(0).toObject();
        QCOMPARE(first.value(u"id").toInt(), 1);
        QCOMPARE(skillNames(first.value(u"skills")), (QSet<QString>{QStringLiteral("service:10"), QStringLiteral("district:5")}));
        QCOMPARE(skillNames(jobs.at(1).toObject().value(u"skills")),
                 (QSet<QString>{QStringLiteral("service:20"), QStringLiteral("district:5"), QStringLiteral("qualification:electrician")}));
        // Time windows and service in seconds from the day's start.
        QCOMPARE(first.value(u"service").toInt(), 7200);
        QCOMPARE(first.value(u"time_windows").toArray().at(0).toArray(), (QJsonArray{9 * 3600, 11 * 3600}));
        QCOMPARE(first.value(u"description").toString(), QStringLiteral("order 9000000000000001"));
        // The booked job: at its start, only for its provider, never dropped.
        const QJsonObject booked = jobs.at(3).toObject();
        QCOMPARE(booked.value(u"time_windows").toArray().at(0).toArray(), (QJsonArray{15 * 3600, 15 * 3600}));
        QCOMPARE(booked.value(u"service").toInt(), 3600);
        QCOMPARE(skillNames(booked.value(u"skills")), QSet<QString>{QStringLiteral("provider:7001")});
        QCOMPARE(booked.value(u"priority").toInt(), 100);

        // Vehicles: working hours, the gap as a break, skills, home, the limit.
        const QJsonObject v1 = vehicles.at(0).toObject();
        QCOMPARE(v1.value(u"description").toString(), QStringLiteral("provider 7001"));
        QCOMPARE(v1.value(u"time_window").toArray(), (QJsonArray{9 * 3600, 17 * 3600}));
        const QJsonArray breaks = v1.value(u"breaks").toArray();
        QCOMPARE(breaks.size(), 1);
        QCOMPARE(breaks.at(0).toObject().value(u"time_windows").toArray().at(0).toArray(), (QJsonArray{12 * 3600, 12 * 3600}));
        QCOMPARE(breaks.at(0).toObject().value(u"service").toInt(), 3600);
        QCOMPARE(skillNames(v1.value(u"skills")),
                 (QSet<QString>{QStringLiteral("service:10"), QStringLiteral("district:5"), QStringLiteral("provider:7001")}));
        QCOMPARE(v1.value(u"max_tasks").toInt(), 6);
        QVERIFY(!vehicles.at(1).toObject().contains(u"breaks"));
        // Every job's skills are held by some vehicle (VROOM: a subset).
        for (const QJsonValue &j : jobs) {
            const QSet<QString> need = skillNames(j.toObject().value(u"skills"));
            bool served = false;
            for (const QJsonValue &v : vehicles)
                served = served || skillNames(v.toObject().value(u"skills")).contains(need);
            QVERIFY(served);
        }
    }

    // Who may not take an order (the customer blocked them, they declined
    // it or let it time out) travels as a skill of the order's own that
    // every other vehicle holds; an order whose excluded providers are not
    // working that day, and an order nobody excludes, need none.
    void excludedProvidersLackTheOrdersOwnSkill()
    {
        AutoDispatchInput in = smallDay();
        in.orders[0].order.declinedBy = {7001};
        in.orders[1].order.blockedProviders = {7003}; // not working that day: no vehicle to exclude
        in.orders[2].order.blockedProviders = {7002};
        const VroomExport vroom(in, kDay);
        const QJsonObject root = parse(vroom.inputJson());
        const QJsonArray jobs = root.value(u"jobs").toArray();
        const QJsonArray vehicles = root.value(u"vehicles").toArray();
        QHash<int, QString> name;
        for (const auto &[code, id] : vroom.skills())
            name.insert(id, QString::fromStdString(code));
        const auto names = [&](const QJsonValue &v) {
            QSet<QString> out;
            for (const QJsonValue &s : v.toArray())
                out.insert(name.value(s.toInt()));
            return out;
        };
        const QString first = QStringLiteral("order:9000000000000001"), third = QStringLiteral("order:9000000000000003");
        QVERIFY(names(jobs.at(0).toObject().value(u"skills")).contains(first));
        QCOMPARE(names(jobs.at(1).toObject().value(u"skills")),
                 (QSet<QString>{QStringLiteral("service:20"), QStringLiteral("district:5"), QStringLiteral("qualification:electrician")}));
        QVERIFY(names(jobs.at(2).toObject().value(u"skills")).contains(third));
        const QSet<QString> v7001 = names(vehicles.at(0).toObject().value(u"skills"));
        const QSet<QString> v7002 = names(vehicles.at(1).toObject().value(u"skills"));
        QVERIFY(!v7001.contains(first) && v7001.contains(third));
        QVERIFY(v7002.contains(first) && !v7002.contains(third));
        // VROOM wants each vehicle's skills as given; they stay sorted and unique.
        for (const QJsonValue &v : vehicles) {
            const QJsonArray skills = v.toObject().value(u"skills").toArray();
            for (int i = 1; i < skills.size(); ++i)
                QVERIFY(skills.at(i - 1).toInt() < skills.at(i).toInt());
        }
        QCOMPARE(vroom.skills().count("order:9000000000000002"), std::size_t(0));
    }

    void matrixIsSquareAndTheRulesTravelTime()
    {
        const AutoDispatchInput in = smallDay();
        const VroomExport vroom(in, kDay);
        const QJsonObject root = parse(vroom.inputJson());
        const QJsonArray m = root.value(u"matrices").toObject().value(u"car").toObject().value(u"durations").toArray();
        // Locations: 2 order places (orders 1 and 3 share one), the booked job, 2 homes.
        QCOMPARE(m.size(), 5);
        QCOMPARE(vroom.locationCount(), std::size_t(5));
        for (int a = 0; a < m.size(); ++a) {
            QCOMPARE(m.at(a).toArray().size(), m.size());
            QCOMPARE(m.at(a).toArray().at(a).toInt(), 0);
            for (int b = 0; b < m.size(); ++b) {
                QCOMPARE(m.at(a).toArray().at(b).toInt(), m.at(b).toArray().at(a).toInt());
                if (a != b)
                    QVERIFY(m.at(a).toArray().at(b).toInt() > 0);
            }
        }
        // Indexes point into the matrix, and a job's row holds the rules' travel time.
        const QJsonArray jobs = root.value(u"jobs").toArray();
        QCOMPARE(jobs.at(0).toObject().value(u"location_index").toInt(), jobs.at(2).toObject().value(u"location_index").toInt());
        const int a = jobs.at(0).toObject().value(u"location_index").toInt();
        const int b = jobs.at(1).toObject().value(u"location_index").toInt();
        QCOMPARE(m.at(a).toArray().at(b).toInt(),
                 int(std::llround(travelMinutes(in.orders[0].order.where, in.orders[1].order.where, in.rules) * 60)));
        for (const QJsonValue &v : root.value(u"vehicles").toArray())
            QVERIFY(v.toObject().value(u"start_index").toInt() < m.size());
    }

    void planUsesTheSameIds()
    {
        const AutoDispatchInput in = smallDay();
        const VroomExport vroom(in, kDay);
        AutoDispatchOptions options;
        options.timeBudgetMs = 0;
        const AutoDispatchResult plan = planAutoDispatch(in, options);
        const QJsonObject root = parse(vroom.planJson(plan));
        QCOMPARE(root.value(u"summary").toObject().value(u"assigned").toInt(), plan.totals.assigned);
        QCOMPARE(root.value(u"summary").toObject().value(u"unassigned").toInt(), plan.totals.unassigned);
        QSet<int> placed;
        for (const QJsonValue &route : root.value(u"routes").toArray()) {
            const int vehicle = route.toObject().value(u"vehicle").toInt();
            QVERIFY(vehicle >= 1 && vehicle <= 2);
            for (const QJsonValue &step : route.toObject().value(u"steps").toArray()) {
                const int id = step.toObject().value(u"id").toInt();
                QVERIFY(id >= 1 && id <= 4);
                QVERIFY(!placed.contains(id));
                placed.insert(id);
            }
        }
        QVERIFY(placed.contains(4)); // the booked job stays on its provider's route
        QCOMPARE(placed.size() - 1 + root.value(u"unassigned").toArray().size(), 3);
        QCOMPARE(int(root.value(u"skills").toObject().size()), int(vroom.skills().size()));
    }
};

QTEST_APPLESS_MAIN(TestVroomExport)
#include "tst_vroomexport.moc"
