// What the dispatch map says about providers and orders, from a provider's
// day: the last known place is a job the timeline says they reached (the
// latest by then), else the home base; a job they are only on the way to, or
// reached "later" than now, does not count. The planned route is home, then
// the jobs by start. Pins are coloured by what the order waits for.
#include "itemmodels/map_data.h"

#include <QTest>

using namespace doorstep;
using itemmodels::JobBlock;
using itemmodels::ProviderPosition;

class TstMapData : public QObject
{
    Q_OBJECT
    static dispatch::ProviderDay day()
    {
        dispatch::ProviderDay d;
        d.providerId = 7;
        d.home = {31.20, 121.40};
        d.jobs = {{101, 1000, 60, {31.21, 121.41}}, {102, 5000, 60, {31.22, 121.42}}, {103, 3000, 60, {31.23, 121.43}}};
        return d;
    }
    static JobBlock job(qint64 id, const char *status)
    {
        JobBlock j;
        j.orderId = id;
        j.statusKey = QString::fromLatin1(status);
        return j;
    }

private Q_SLOTS:
    void homeWhenNoJobWasReached()
    {
        const auto p = itemmodels::lastKnownPosition(day(), {job(101, "accepted"), job(103, "on_the_way")}, {}, 9000);
        QVERIFY(p.known);
        QCOMPARE(p.source, ProviderPosition::Source::Home);
        QCOMPARE(p.where.lat, 31.20);
        QCOMPARE(p.since, 0);
    }

    void theLatestReachedJob()
    {
        const QHash<qint64, qint64> reached{{101, 1100}, {103, 3100}};
        const auto p = itemmodels::lastKnownPosition(day(), {job(101, "completed"), job(103, "in_service"), job(102, "on_the_way")}, reached, 9000);
        QCOMPARE(p.source, ProviderPosition::Source::Job);
        QCOMPARE(p.orderId, 103);
        QCOMPARE(p.since, 3100);
        QCOMPARE(p.where.lng, 121.43);
        // Seen from before 103 was reached: 101.
        QCOMPARE(itemmodels::lastKnownPosition(day(), {job(101, "completed"), job(103, "in_service")}, reached, 2000).orderId, 101);
    }

    // The app's report (pulled from the server) wins over an older reached
    // job and the home base; a job reached after it wins; a report dated
    // after now is not shown.
    void theAppsReportWhenNewest()
    {
        const QHash<qint64, qint64> reached{{101, 1100}, {103, 3100}};
        const QList<JobBlock> jobs{job(101, "completed"), job(103, "in_service")};
        const itemmodels::ReportedPosition report{{31.30, 121.50}, 4000};
        auto p = itemmodels::lastKnownPosition(day(), jobs, reached, 9000, report);
        QCOMPARE(p.source, ProviderPosition::Source::Reported);
        QCOMPARE(p.since, 4000);
        QCOMPARE(p.where.lat, 31.30);
        QVERIFY(p.known);
        p = itemmodels::lastKnownPosition(day(), jobs, reached, 9000, itemmodels::ReportedPosition{{31.30, 121.50}, 2000});
        QCOMPARE(p.source, ProviderPosition::Source::Job);
        QCOMPARE(p.orderId, 103);
        p = itemmodels::lastKnownPosition(day(), {}, {}, 3000, report);
        QCOMPARE(p.source, ProviderPosition::Source::Home);
        auto d = day();
        d.home = {};
        p = itemmodels::lastKnownPosition(d, {}, {}, 9000, report); // no home base: the report still places them
        QCOMPARE(p.source, ProviderPosition::Source::Reported);
    }

    void unknownWithoutHomeOrJob()
    {
        auto d = day();
        d.home = {};
        QVERIFY(!itemmodels::lastKnownPosition(d, {}, {}, 9000).known);
        QCOMPARE(itemmodels::plannedRoute(d).size(), 3); // no home stop
    }

    void routeIsHomeThenJobsByStart()
    {
        const auto route = itemmodels::plannedRoute(day());
        QCOMPARE(route.size(), 4);
        QCOMPARE(route.at(0).orderId, 0);
        QCOMPARE(route.at(1).orderId, 101);
        QCOMPARE(route.at(2).orderId, 103);
        QCOMPARE(route.at(3).orderId, 102);
    }

    void pinTones()
    {
        using itemmodels::Tone;
        QCOMPARE(itemmodels::pinTone(QStringLiteral("awaiting_dispatch")), Tone::Late);
        QCOMPARE(itemmodels::pinTone(QStringLiteral("assigned")), Tone::Attention);
        QCOMPARE(itemmodels::pinTone(QStringLiteral("in_service")), Tone::Good);
        QCOMPARE(itemmodels::pinTone(QStringLiteral("rated")), Tone::Quiet);
    }
};

QTEST_APPLESS_MAIN(TstMapData)
#include "tst_mapdata.moc"
