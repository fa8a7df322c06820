#include "sim/sim_script.h"

#include "sim/day_curve.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace doorstep::server::sim {
namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr double kKmPerDegree = 111.32;

QRandomGenerator seeded(quint64 seed, quint32 stream)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32), stream, 0x5157d00du};
    return QRandomGenerator(words, 4);
}

// A point within radiusKm of the centre, denser near it.
void scatter(QRandomGenerator &rng, const ScriptConfig &c, double &lat, double &lng)
{
    const double r = c.radiusKm * std::sqrt(rng.generateDouble());
    const double a = 2 * std::numbers::pi * rng.generateDouble();
    lat = c.centreLat + r * std::cos(a) / kKmPerDegree;
    lng = c.centreLng + r * std::sin(a) / (kKmPerDegree * std::cos(c.centreLat * std::numbers::pi / 180));
}

int stars(QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    return u < 0.60 ? 5 : u < 0.85 ? 4 : u < 0.93 ? 3 : u < 0.97 ? 2 : 1;
}

const char *const kComments[] = {"很仔细，准时到", "干净利落", "还可以", "来晚了", "没打扫干净"};

// A window the office can still plan: 2 to leadHours (26) hours ahead, on
// the hour, two hours long, starting between 08:00 and 18:00 local time.
void window(QRandomGenerator &rng, qint64 at, int utcOffset, int leadHours, qint64 &start, qint64 &end)
{
    qint64 s = at + 2 * 3600 + rng.bounded(std::max(1, leadHours - 2)) * 3600;
    s = (s / 3600 + 1) * 3600;
    const qint64 localDay = (s + utcOffset) / kDay * kDay - utcOffset;
    const int hour = int((s - localDay) / 3600);
    if (hour < 8)
        s = localDay + 8 * 3600 + rng.bounded(4) * 3600;
    else if (hour > 18)
        s = localDay + kDay + 8 * 3600 + rng.bounded(10) * 3600;
    start = s;
    end = s + 2 * 3600;
}
} // namespace

QList<OrderPlan> planOrders(const ScriptConfig &c)
{
    QList<OrderPlan> plans;
    if (c.items.isEmpty() || c.districts.isEmpty() || c.customers <= 0 || c.to <= c.from)
        return plans;
    QList<CatalogueItem> cleaning, other;
    for (const CatalogueItem &i : c.items)
        (i.category == u"cleaning" ? cleaning : other).append(i);
    QRandomGenerator rng = seeded(c.seed, 0);
    // Every local day the span touches gets its full day of orders; those
    // outside the span are dropped (a span from now to tomorrow 10:00 gets
    // the evening and the morning peak).
    for (qint64 day = (c.from + c.utcOffset) / kDay * kDay - c.utcOffset; day < c.to; day += kDay) {
        const int weekday = QDateTime::fromSecsSinceEpoch(day + c.utcOffset, QTimeZone::utc()).date().dayOfWeek();
        const bool weekend = weekday >= 6;
        for (int n = 0; n < c.ordersPerDay; ++n) {
            // Drawn for every order, kept or not: the draws do not depend on the span.
            const bool isCleaning = !cleaning.isEmpty() && (other.isEmpty() || rng.generateDouble() < cleaningShare(weekend));
            const QList<CatalogueItem> &pool = isCleaning ? cleaning : other;
            OrderPlan p;
            p.at = day + qint64(sampleMinute(rng.generateDouble(), weekend, isCleaning)) * 60 + rng.bounded(60);
            p.customer = int(rng.bounded(quint32(c.customers)));
            p.itemId = pool.at(int(rng.bounded(quint32(pool.size())))).id;
            p.district = c.districts.at(int(rng.bounded(quint32(c.districts.size()))));
            scatter(rng, c, p.lat, p.lng);
            window(rng, p.at, c.utcOffset, c.leadHours, p.windowStart, p.windowEnd);
            if (rng.generateDouble() < kCancelShare)
                p.cancelAfter = 300 + rng.bounded(85 * 60);
            if (rng.generateDouble() < kRateShare) {
                p.stars = stars(rng);
                p.rateAfter = 600 + rng.bounded(170 * 60);
                p.comment = QString::fromUtf8(kComments[qBound(0, 5 - p.stars, 4)]);
                p.complain = p.stars <= 2 && rng.generateDouble() < 0.5;
            }
            if (p.at >= c.from && p.at < c.to)
                plans.append(p);
        }
    }
    std::stable_sort(plans.begin(), plans.end(), [](const OrderPlan &a, const OrderPlan &b) { return a.at < b.at; });
    return plans;
}

QString customerPhone(quint64 seed, int index)
{
    // 139 and eight digits: distinct for the first 10^8 customers of a seed.
    const quint64 n = (seed % 100000000ULL * 7919ULL + quint64(index)) % 100000000ULL;
    return QStringLiteral("139%1").arg(n, 8, 10, QLatin1Char('0'));
}

ProviderMind::ProviderMind(quint64 seed, int index) : m_rng(seeded(seed, quint32(index) + 1)) {}

JobDecision ProviderMind::next()
{
    static const char *const reasons[] = {"电动车没电了", "家里有事", "这个时间已经有安排", "太远了"};
    JobDecision d;
    const double u = m_rng.generateDouble();
    d.kind = u < kAcceptShare ? JobDecision::Accept : u < kAcceptShare + kDeclineShare ? JobDecision::Decline : JobDecision::Silent;
    d.respondAfter = 20 + m_rng.bounded(280);
    d.reason = QString::fromUtf8(reasons[m_rng.bounded(4)]);
    d.serviceFactor = 0.85 + 0.35 * m_rng.generateDouble();
    d.startDelay = 30 + m_rng.bounded(270);
    return d;
}

double ProviderMind::noiseMetres()
{
    // Box–Muller.
    const double u1 = std::max(m_rng.generateDouble(), 1e-12);
    const double u2 = m_rng.generateDouble();
    return 15.0 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

void ProviderMind::home(const ScriptConfig &config, double &lat, double &lng)
{
    scatter(m_rng, config, lat, lng);
}

} // namespace doorstep::server::sim
