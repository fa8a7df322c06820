#pragma once
// doorstep-sim's decisions, apart from any transport (issue #12): what the
// simulated customers order and when, whether they cancel, rate or
// complain, and how each provider answers the jobs their office gives them.
// Pure and seeded: the same seed and configuration give the same script, so
// a test compares two runs without a server, and the simulator's runner
// (simulator.h) only carries the script out over simulated time.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace doorstep::server::sim {

struct CatalogueItem
{
    qint64 id = 0;
    QString category; // service_categories.code ("cleaning", …)
    int durationMin = 60;
};

struct ScriptConfig
{
    quint64 seed = 1;
    qint64 from = 0;  // simulated span, seconds since the epoch
    qint64 to = 0;
    int utcOffset = 8 * 3600; // the platform's local time (Asia/Shanghai, no DST)
    int customers = 100;
    int ordersPerDay = 200;
    QStringList districts;    // adcodes the orders' addresses are in
    double centreLat = 31.2304; // where addresses and providers' homes scatter
    double centreLng = 121.4737;
    double radiusKm = 8;
    // Windows start 2 to leadHours hours after the order (then moved into
    // 08:00-18:00): a short lead lets a watch of a few simulated hours see
    // its orders done.
    int leadHours = 26;
    QList<CatalogueItem> items;
};

// One order a simulated customer places, and what they do with it after.
struct OrderPlan
{
    qint64 at = 0;        // when the order is placed
    int customer = 0;     // index among the customers
    qint64 itemId = 0;
    QString district;
    double lat = 0;
    double lng = 0;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    qint64 cancelAfter = 0; // seconds after placing it; 0: never
    int stars = 0;          // 0: never rates
    qint64 rateAfter = 0;   // seconds after completion
    QString comment;
    bool complain = false;

    bool operator==(const OrderPlan &) const = default;
};

// The day's orders in time order.
QList<OrderPlan> planOrders(const ScriptConfig &config);

// The local phone number of customer `index` (mainland mobile, 11 digits).
QString customerPhone(quint64 seed, int index);

struct JobDecision
{
    enum Kind { Accept, Decline, Silent };
    Kind kind = Accept;
    qint64 respondAfter = 60;   // seconds after seeing the job
    QString reason;             // a decline's
    double serviceFactor = 1.0; // actual / planned service time
    qint64 startDelay = 60;     // seconds between arriving and starting

    bool operator==(const JobDecision &) const = default;
};

// How one provider behaves: their own seeded generator, so their decisions
// do not depend on what other providers saw first.
class ProviderMind
{
public:
    ProviderMind(quint64 seed, int index);
    // The answer to the next job they see (in the order they see them).
    JobDecision next();
    // Position noise in metres (normal, σ ≈ 15 m).
    double noiseMetres();
    // Where they start the day: near the centre.
    void home(const ScriptConfig &config, double &lat, double &lng);

private:
    QRandomGenerator m_rng;
};

// Shares of the providers' answers (tests and the README quote them).
inline constexpr double kAcceptShare = 0.85;
inline constexpr double kDeclineShare = 0.10; // the rest: silent
inline constexpr double kCancelShare = 0.08;
inline constexpr double kRateShare = 0.85;

} // namespace doorstep::server::sim
