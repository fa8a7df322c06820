#pragma once
// What the statistics dashboard shows for one Filter, read from the rollups
// of schema v13 (store/sql/0013_stats_rollups.sql) and a few small tables,
// never by scanning the orders. Pure data: ui/stats draws it, the summary
// reports (summary_reports.h) tabulate the same numbers.
#include "stats/rollup_ranges.h"
#include "stats/stats_filter.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::stats {

enum class Granularity { Day, Week, Month };

// Sums over a set of orders (one rollup cell, a bucket, a period).
struct Totals
{
    qint64 orders = 0;
    qint64 completed = 0;   // completed or rated
    qint64 cancelled = 0;
    qint64 revenueFen = 0;  // price of the completed orders
    qint64 refundFen = 0;   // paid refunds
    qint64 refunds = 0;
    qint64 refundedOrders = 0; // orders with a paid refund (what the refunds bar counts and opens)
    qint64 rated = 0;
    qint64 stars = 0;
    qint64 complaints = 0;
    qint64 upheld = 0;
    qint64 complaintsClosed = 0; // resolved or rejected
    qint64 complaintsInSla = 0;  // … answered and closed within their deadlines
    qint64 accepted = 0;    // a provider accepted at some point
    qint64 started = 0;
    qint64 onTime = 0;      // started inside the window
    qint64 timeouts = 0;    // accept timeouts
    qint64 dispatched = 0;
    qint64 autoDispatched = 0;
    // The funnel: orders that reached at least this stage at some point (by
    // their timeline, dispatch records and rating, not their status now).
    qint64 reachedDispatch = 0;
    qint64 reachedAccept = 0;
    qint64 reachedComplete = 0;
    qint64 reachedRated = 0;
    qint64 servedMin = 0;   // minutes of the orders with a provider, not cancelled

    Totals &operator+=(const Totals &o);
    Totals &operator-=(const Totals &o); // a month less its days outside a period (rollup_ranges.h)
    // Ratios; nullopt when the denominator is 0 (the tile shows "—", not 0 %).
    std::optional<double> acceptanceRate() const; // accepted / dispatched
    std::optional<double> onTimeRate() const;     // on time / started
    std::optional<double> autoShare() const;      // auto / dispatched
    std::optional<double> averageStars() const;
    std::optional<double> complaintsPer100() const;
    std::optional<double> cancellationRate() const;
    std::optional<double> slaCompliance() const;  // in SLA / closed
};

// Creation → first assignment, in whole minutes (exact to the minute: the
// rollup truncates each wait to its minute; 10080 stands for 7 days or more).
struct DispatchTimes
{
    qint64 count = 0;
    std::optional<int> medianMinutes; // nearest rank
    std::optional<int> p90Minutes;
};

struct Named
{
    qint64 id = 0;
    QString code;
    QString name;   // Chinese
    QString nameEn;
};

struct Bucket
{
    QDate from;
    QDate to; // inclusive, clipped to the period
};

// One provider over the period (office days of the orders' window start).
struct ProviderRank
{
    qint64 id = 0;
    QString name;
    qint64 orders = 0;  // orders carrying the provider, cancelled included (the orders page's count)
    qint64 upheld = 0;  // upheld complaints about those orders
    qint64 ratings = 0; // ratings of those orders
    qint64 stars = 0;
    std::optional<double> averageStars() const;
    std::optional<double> upheldPer100() const;
};

// The providers of a period, office-wide (a provider works across districts
// and services, so these ignore the district and category filters).
struct ProviderFigures
{
    qint64 days = 0;
    qint64 activeDays = 0;   // Σ over days of the providers with an order served that day
    qint64 servedMin = 0;    // their orders' minutes (not cancelled)
    qint64 workingMin = 0;   // the active providers' weekly working hours (as scheduled today) over the period's days
    std::optional<double> activePerDay() const;
    std::optional<double> utilisation() const; // servedMin / workingMin
};

struct Dashboard
{
    Filter filter;
    Granularity granularity = Granularity::Day;
    Totals current, previous, lastYear; // previous = 环比, lastYear = 同比
    DispatchTimes dispatch, dispatchPrevious, dispatchLastYear;

    QList<Named> categories;               // series, in catalogue order
    QList<Bucket> buckets;
    QList<QList<qint64>> orders;           // [bucket][category]
    QList<QList<qint64>> revenueFen;       // [bucket][category]
    QList<qint64> cancelled;               // [bucket]
    QList<qint64> refundFen;               // [bucket]
    QList<qint64> refundedOrders;          // [bucket], orders with a paid refund (the orders page's count)

    QList<Named> districts;                // by administrative code
    QList<Totals> byDistrict;              // [district]

    // Providers (office-wide, see ProviderFigures), with 环比 and 同比.
    ProviderFigures providers, providersPrevious, providersLastYear;
    QList<double> activeProviders;         // [bucket], average per day
    QList<qint64> ratingBands;             // providers rated in the period, by their average there: <3, 3–3.5, 3.5–4, 4–4.5, ≥4.5
    QList<QList<qint64>> ratingBandProviders; // [band] the providers counted in it
    QList<ProviderRank> best, worst;       // by average rating in the period (at least kMinRatings ratings)
    QList<ProviderRank> fewestUpheld, mostUpheld; // by upheld complaints per 100 orders (at least kMinOrders orders)
};

inline constexpr int kMinRatings = 5;
inline constexpr int kMinOrders = 10;
inline constexpr int kRanked = 5; // providers in each list
// The rating band (index into ratingBands) of an average of `stars` over `ratings`.
int ratingBand(qint64 stars, qint64 ratings);

// What a filter change within the same period can reuse: the period's rollup
// cells of every district and category (by month: whole months as one cell,
// read again by day when the granularity becomes day or week), and the
// provider figures (which do not depend on district or category). Valid while
// the store is unchanged (PRAGMA data_version of the connection that filled it).
struct DashboardCache
{
    struct Cell
    {
        qint64 day = 0;
        qint64 districtId = 0;
        qint64 categoryId = 0;
        Totals totals;
    };
    bool valid = false;
    Period period;
    qint64 dataVersion = -1;
    QList<Cell> cells;
    bool monthly = false; // cells of whole months are one cell each (by month); else a cell a day
    QList<qint64> ratingBands;
    QList<QList<qint64>> ratingBandProviders;
    QList<ProviderRank> best, worst, fewestUpheld, mostUpheld;
    ProviderFigures providers;
    QList<std::pair<qint64, qint64>> activeByDay; // (day, providers)
    std::array<qint64, 8> weeklyMinutes{};        // [weekday 1–7] working minutes of the active providers
};

// Reads everything for `filter` (throws store errors). A district or category
// code the catalogue does not know matches no order. With a cache (one per
// connection), a change of district, category or granularity reads only the
// filtered dispatch times.
Dashboard loadDashboard(store::Database &db, const Filter &filter, Granularity granularity, DashboardCache *cache = nullptr);

// The pieces, for the reports and the tests.
Totals totalsFor(store::Database &db, const Filter &filter);
DispatchTimes dispatchTimesFor(store::Database &db, const Filter &filter);
// Office-wide provider figures of a period; weeklyMinutes from workingMinutesByWeekday.
ProviderFigures providerFiguresFor(store::Database &db, const Period &period, const std::array<qint64, 8> &weeklyMinutes);
std::array<qint64, 8> workingMinutesByWeekday(store::Database &db);
// Every provider with an order in the period, by id, summed from the cheapest
// mix of the provider rollups' days, weeks, months, quarters and years (rollup_ranges.h).
QList<ProviderRank> providersIn(store::Database &db, const Period &period);
// The same, planned with `cost` (the benchmark compares grains with it).
QList<ProviderRank> providersIn(store::Database &db, const Period &period, const RollupCost &cost);
// How providersIn and totalsFor read a period (rollup_ranges.h): each set
// of rollups' data span and the cost of its coarser units in days.
RollupCost providerRollupCost(store::Database &db);
RollupCost cellRollupCost(store::Database &db);
// The providers active on some day of the period (an order served, as
// stats_provider_active counts them), by id. For one day, as many as that day's figure.
QList<qint64> activeProvidersIn(store::Database &db, const Period &period);
QList<Named> categoriesOf(store::Database &db);
QList<Named> districtsOf(store::Database &db);
QList<Bucket> bucketsOf(const Period &period, Granularity granularity);
// Office days are stored as days since 1970-01-01 (Asia/Shanghai).
qint64 dayNumber(QDate day);
QDate dayFromNumber(qint64 day);

} // namespace doorstep::stats
