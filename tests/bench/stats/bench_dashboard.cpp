// bench_dashboard STORE [user [password [runs]]]
//
// The statistics dashboard's reads on a big store (e.g. the 1,000,000-order
// bench store). A store below the current schema is first COPIED next to
// itself (STORE.v<latest>) and the copy migrated: that time is the rollups'
// backfill; the original is never changed. Without the file, a 100,000-order
// demo store is made there first. Then, each timed `runs` times (median,
// min, max in ms):
//   cold open, 12 months by month: a new reader connection (empty page
//     cache, as the dashboard's worker starts) and everything the page shows;
//     and its providers' part alone (schema v15's provider rollups);
//   filter changes on that connection and its cache (as the dashboard's
//     worker keeps them): a district, a service, both, back to all,
//     granularity week; then period changes (each preset, two custom
//     ranges) and the parts of the last 30 days' one.
// Each line gives the wall clock and the thread's own CPU time.
#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "services/workspace.h"
#include "stats/dashboard.h"
#include "store/migrations.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>
#include <time.h>

using namespace doorstep;

namespace {
// The thread's own CPU time of each timed() since the last report(): on a
// machine shared with other builds the wall clock mostly measures the wait
// for a core; the CPU time is what the reads cost.
QList<double> g_cpuMs;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::sort(g_cpuMs.begin(), g_cpuMs.end());
    std::printf("%-58s median %8.1f ms   min %8.1f   max %8.1f   CPU median %7.1f ms\n", what, ms.at(ms.size() / 2), ms.first(), ms.last(),
                g_cpuMs.isEmpty() ? 0.0 : g_cpuMs.at(g_cpuMs.size() / 2));
    g_cpuMs.clear();
    std::fflush(stdout);
}

double timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    f();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    g_cpuMs << threadCpuMs() - cpu;
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_dashboard STORE [user [password [runs]]]\n");
        return 1;
    }
    QString path = args.at(0);
    const QString user = args.value(1, QStringLiteral("admin"));
    const QString password = args.value(2, demo::DemoOptions().password);
    const int runs = args.value(3, QStringLiteral("5")).toInt();

    if (!QFileInfo::exists(path)) {
        demo::DemoOptions o;
        o.orders = 100000;
        o.providers = 2000;
        o.kdf = store::KdfParams::fastForTests();
        std::printf("making a %d-order demo store at %s\n", o.orders, qPrintable(path));
        demo::createDemoStore(path, o);
    }
    {
        auto probe = store::Store::openWithoutMigrating(path, user, password);
        const int version = probe->schemaVersion();
        if (version < store::latestSchemaVersion()) {
            const QString copy = path + QStringLiteral(".v%1").arg(store::latestSchemaVersion());
            probe.reset();
            if (!QFileInfo::exists(copy)) {
                std::printf("copying %s (schema v%d) to %s\n", qPrintable(path), version, qPrintable(copy));
                if (!QFile::copy(path, copy))
                    return 2;
                const double ms = timed([&] { services::Workspace::login(copy, user, password); });
                std::printf("%-58s %8.1f s   CPU %6.1f s\n", "migration to the latest schema (rollups' backfill)", ms / 1000.0,
                            g_cpuMs.value(0) / 1000.0);
                g_cpuMs.clear();
            }
            path = copy;
        }
    }
    auto ws = services::Workspace::login(path, user, password);
    const qint64 orders = ws->store().db().scalar("SELECT count(*) FROM orders").toLongLong();
    const qint64 cells = ws->store().db().scalar("SELECT count(*) FROM stats_daily").toLongLong();
    const QDate last = domain::officeDay(ws->store().db().scalar("SELECT max(window_start) FROM orders").toLongLong());
    std::printf("%lld orders, %lld daily cells; 'today' = %s (the last window day)\n", orders, cells, qPrintable(last.toString(Qt::ISODate)));
    // A month of each monthly rollup against a day of its daily one, over the
    // last whole month: the cost model of a month in days (rollup_ranges.h).
    {
        const QDate lastWhole = QDate(last.year(), last.month(), 1).addMonths(-1);
        const qint64 first = stats::dayNumber(lastWhole), end = stats::dayNumber(lastWhole.addMonths(1)) - 1;
        for (const auto &[monthly, daily] : {std::pair<QByteArray, QByteArray>{"stats_provider_months", "stats_provider_days"},
                                             std::pair<QByteArray, QByteArray>{"stats_monthly", "stats_daily"}}) {
            const qint64 monthRows = ws->store().db().scalar("SELECT count(*) FROM " + monthly + " WHERE month = ?", first).toLongLong();
            const qint64 dayRows = ws->store().db().scalar("SELECT count(*) FROM " + daily + " WHERE day BETWEEN ? AND ?", first, end).toLongLong();
            std::printf("%s: %lld rows in %s; %s: %.0f a day (a month reads as %.1f days)\n", monthly.constData(), monthRows,
                        qPrintable(lastWhole.toString(QStringLiteral("yyyy-MM"))), daily.constData(), double(dayRows) / double(end - first + 1),
                        double(monthRows) * double(end - first + 1) / double(std::max<qint64>(dayRows, 1)));
        }
    }
    // The provider rollups' weeks and years (v23) the same way: the last
    // whole week, and the year of the last day (rows per year: providers with
    // an order in it) against the days of that year with data.
    {
        auto &db = ws->store().db();
        const QDate monday = last.addDays(1 - last.dayOfWeek() - 7);
        const qint64 week = stats::dayNumber(monday);
        const qint64 weekRows = db.scalar("SELECT count(*) FROM stats_provider_weeks WHERE week = ?", week).toLongLong();
        const qint64 weekDays = db.scalar("SELECT count(*) FROM stats_provider_days WHERE day BETWEEN ? AND ?", week, week + 6).toLongLong();
        std::printf("stats_provider_weeks: %lld rows in the week of %s; stats_provider_days: %.0f a day (a week reads as %.1f days)\n",
                    weekRows, qPrintable(monday.toString(Qt::ISODate)), double(weekDays) / 7.0, double(weekRows) * 7.0 / double(std::max<qint64>(weekDays, 1)));
        const qint64 year = stats::dayNumber(QDate(last.year(), 1, 1));
        const qint64 yearRows = db.scalar("SELECT count(*) FROM stats_provider_years WHERE year = ?", year).toLongLong();
        const qint64 yearDayRows = db.scalar("SELECT count(*) FROM stats_provider_days WHERE day BETWEEN ? AND ?", year, stats::dayNumber(last)).toLongLong();
        const qint64 yearDays = db.scalar("SELECT count(DISTINCT day) FROM stats_provider_days WHERE day BETWEEN ? AND ?", year, stats::dayNumber(last)).toLongLong();
        const double perDay = double(yearDayRows) / double(std::max<qint64>(yearDays, 1));
        std::printf("stats_provider_years: %lld rows in %d; stats_provider_days: %.0f a day that year (a year reads as %.1f days)\n", yearRows,
                    last.year(), perDay, double(yearRows) / std::max(perDay, 1.0));
    }
    const auto opener = ws->store().readerOpener();

    stats::Filter year;
    year.period = stats::presetPeriod(stats::PeriodPreset::Last12Months, last);
    const QList<stats::Named> districts = stats::districtsOf(ws->store().db());
    const QList<stats::Named> categories = stats::categoriesOf(ws->store().db());

    QList<double> cold;
    qint64 seen = 0;
    for (int r = 0; r < runs; ++r)
        cold << timed([&] {
            auto db = opener();
            seen = stats::loadDashboard(*db, year, stats::Granularity::Month).current.orders;
        });
    std::printf("12 months: %lld orders in the period\n", seen);
    report("cold open: new connection + 12 months by month", cold);
    // Its provider part (v15): every provider's sums of the year, and the
    // active providers and utilisation of the year, its 环比 and 同比.
    QList<double> providers;
    qint64 providerRows = 0;
    for (int r = 0; r < runs; ++r)
        providers << timed([&] {
            auto db = opener();
            providerRows = stats::providersIn(*db, year.period).size();
            const auto weekly = stats::workingMinutesByWeekday(*db);
            for (const stats::Period &p : {year.period, year.period.previous(), year.period.sameLastYear()})
                stats::providerFiguresFor(*db, p, weekly);
        });
    std::printf("12 months: %lld providers with orders\n", providerRows);
    report("  of which providers (new connection: sums, active, utilisation)", providers);
    // The other pieces of a cold open, each on a new connection.
    const stats::Filter previousYear{year.period.previous(), {}, {}};
    const stats::Filter lastYear{year.period.sameLastYear(), {}, {}};
    const struct Piece
    {
        const char *name;
        std::function<void(store::Database &)> read;
    } pieces[] = {
        {"  of which providers: every provider's sums", [&](store::Database &db) { stats::providersIn(db, year.period); }},
        {"  of which providers: weekly working hours", [&](store::Database &db) { stats::workingMinutesByWeekday(db); }},
        {"  of which providers: active per day, 3 periods",
         [&](store::Database &db) {
             for (const stats::Period &p : {year.period, year.period.previous(), year.period.sameLastYear()})
                 stats::providerFiguresFor(db, p, {});
         }},
        {"  of which totals, 12 months", [&](store::Database &db) { stats::totalsFor(db, year); }},
        {"  of which totals of the previous period and last year",
         [&](store::Database &db) {
             stats::totalsFor(db, previousYear);
             stats::totalsFor(db, lastYear);
         }},
        {"  of which dispatch times: period, previous, last year",
         [&](store::Database &db) {
             for (const stats::Filter &f : {year, previousYear, lastYear})
                 stats::dispatchTimesFor(db, f);
         }},
    };
    for (const Piece &piece : pieces) {
        QList<double> ms;
        for (int r = 0; r < runs; ++r)
            ms << timed([&] {
                auto db = opener();
                piece.read(*db);
            });
        report(piece.name, ms);
    }

    // As the dashboard's worker: one connection and its cache.
    auto db = opener();
    stats::DashboardCache cache;
    stats::loadDashboard(*db, year, stats::Granularity::Month, &cache);
    struct Change
    {
        const char *name;
        stats::Filter filter;
        stats::Granularity granularity;
    };
    stats::Filter district = year;
    district.districtCode = districts.value(std::min<qsizetype>(10, districts.size() - 1)).code; // 浦东新区 in the demo: the biggest
    stats::Filter category = year;
    category.categoryCode = categories.value(0).code;
    stats::Filter both = district;
    both.categoryCode = category.categoryCode;
    stats::Filter month = year;
    month.period = stats::presetPeriod(stats::PeriodPreset::Last30Days, last);
    const Change changes[] = {
        {"filter change: a district (12 months)", district, stats::Granularity::Month},
        {"filter change: a service category (12 months)", category, stats::Granularity::Month},
        {"filter change: district + category (12 months)", both, stats::Granularity::Month},
        {"filter change: back to all (12 months)", year, stats::Granularity::Month},
        {"filter change: granularity week (12 months)", year, stats::Granularity::Week},
        };
    for (const Change &c : changes) {
        QList<double> ms;
        for (int r = 0; r < runs; ++r)
            ms << timed([&] { stats::loadDashboard(*db, c.filter, c.granularity, &cache); });
        report(c.name, ms);
    }
    // A new period is not a filter change: its cells and providers are read
    // again (each run starts from an emptied cache, on the warm connection).
    // The presets, then two custom ranges from a 15th to a 14th: the partial
    // months a preset ending "today" never has on both sides.
    const QDate monthStart(last.year(), last.month(), 1);
    const struct NewPeriod
    {
        const char *name;
        stats::Period period;
        stats::Granularity granularity;
    } newPeriods[] = {
        {"period change: last 30 days by day (warm connection)", month.period, stats::Granularity::Day},
        {"period change: today", stats::presetPeriod(stats::PeriodPreset::Today, last), stats::Granularity::Day},
        {"period change: this week by day", stats::presetPeriod(stats::PeriodPreset::ThisWeek, last), stats::Granularity::Day},
        {"period change: this month by day", stats::presetPeriod(stats::PeriodPreset::ThisMonth, last), stats::Granularity::Day},
        {"period change: last 12 months by month", year.period, stats::Granularity::Month},
        {"period change: custom, 15th to 14th two months on, by day", {monthStart.addMonths(-3).addDays(14), monthStart.addMonths(-1).addDays(13)},
         stats::Granularity::Day},
        {"period change: custom, 15th to 14th a year on, by month", {monthStart.addMonths(-12).addDays(14), monthStart.addDays(13)},
         stats::Granularity::Month},
    };
    for (const NewPeriod &p : newPeriods) {
        stats::Filter f;
        f.period = p.period;
        QList<double> ms;
        for (int r = 0; r < runs; ++r)
            ms << timed([&] {
                cache.valid = false;
                stats::loadDashboard(*db, f, p.granularity, &cache);
            });
        std::printf("%s .. %s:\n", qPrintable(p.period.from.toString(Qt::ISODate)), qPrintable(p.period.to.toString(Qt::ISODate)));
        report(p.name, ms);
    }
    // Every provider's sums planned with each set of grains on the same
    // connection: days and months only (before v23), with weeks and years
    // (v23), and with quarters (v24, what the dashboard reads), for the
    // periods above and twelve months from July (quarters' case).
    {
        stats::RollupCost monthsOnly = stats::providerRollupCost(*db);
        monthsOnly.weekInDays = monthsOnly.quarterInDays = monthsOnly.yearInDays = 0;
        stats::RollupCost noQuarters = stats::providerRollupCost(*db);
        noQuarters.quarterInDays = 0;
        const stats::RollupCost all = stats::providerRollupCost(*db);
        const stats::Period periods[] = {
            month.period, year.period, {monthStart.addMonths(-3).addDays(14), monthStart.addMonths(-1).addDays(13)},
            {monthStart.addMonths(-12).addDays(14), monthStart.addDays(13)}, {QDate(last.year() - 1, 7, 1), QDate(last.year(), 6, 30)},
        };
        for (const stats::Period &p : periods) {
            std::printf("every provider's sums, %s .. %s:\n", qPrintable(p.from.toString(Qt::ISODate)), qPrintable(p.to.toString(Qt::ISODate)));
            for (const auto &[name, cost] : {std::pair<const char *, stats::RollupCost>{"  days and months (before v23)", monthsOnly},
                                              std::pair<const char *, stats::RollupCost>{"  + weeks and years (v23)", noQuarters},
                                              std::pair<const char *, stats::RollupCost>{"  + quarters (v24)", all}}) {
                QList<double> ms;
                for (int r = 0; r < runs; ++r)
                    ms << timed([&] { stats::providersIn(*db, p, cost); });
                report(name, ms);
            }
        }
    }
    // The parts of the last 30 days' change on the same connection (the rest
    // of its time: the period's cells by day, the providers' names).
    const stats::Filter previousMonth{month.period.previous(), {}, {}};
    const stats::Filter lastYearMonth{month.period.sameLastYear(), {}, {}};
    const Piece monthPieces[] = {
        {"  of which providers: every provider's sums", [&](store::Database &c) { stats::providersIn(c, month.period); }},
        {"  of which providers: active per day, 3 periods",
         [&](store::Database &c) {
             const auto weekly = stats::workingMinutesByWeekday(c);
             for (const stats::Period &p : {month.period, month.period.previous(), month.period.sameLastYear()})
                 stats::providerFiguresFor(c, p, weekly);
         }},
        {"  of which totals of the previous period and last year",
         [&](store::Database &c) {
             stats::totalsFor(c, previousMonth);
             stats::totalsFor(c, lastYearMonth);
         }},
        {"  of which dispatch times: period, previous, last year",
         [&](store::Database &c) {
             for (const stats::Filter &f : {month, previousMonth, lastYearMonth})
                 stats::dispatchTimesFor(c, f);
         }},
    };
    for (const Piece &piece : monthPieces) {
        QList<double> ms;
        for (int r = 0; r < runs; ++r)
            ms << timed([&] { piece.read(*db); });
        report(piece.name, ms);
    }
    return 0;
}
