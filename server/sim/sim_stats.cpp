#include "sim/sim_stats.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace doorstep::server::sim {

void SimStats::record(const QString &endpoint, int status, double ms)
{
    ++m_statuses[status];
    m_latencies[endpoint].append(ms);
}

int SimStats::requests() const
{
    int n = 0;
    for (const int c : m_statuses)
        n += c;
    return n;
}

int SimStats::errors() const
{
    int n = 0;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it.key() == 0 || it.key() == 429 || it.key() >= 500)
            n += it.value();
    }
    return n;
}

double SimStats::percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double SimStats::percentile(const QString &endpoint, double p) const
{
    return percentileOf(m_latencies.value(endpoint), p);
}

double SimStats::percentileAll(double p) const
{
    QList<double> all;
    for (const QList<double> &l : m_latencies)
        all += l;
    return percentileOf(all, p);
}

QString SimStats::summary() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("doorstep-sim", s); };
    QString out = tr("The simulated day:") + u'\n';
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        out += QStringLiteral("  %1: %2\n").arg(it.key(), -24).arg(it.value());
    out += tr("HTTP answers (0: none):") + u'\n';
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        out += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    out += tr("Latency per endpoint (ms, p50 / p99, requests):") + u'\n';
    for (auto it = m_latencies.cbegin(); it != m_latencies.cend(); ++it)
        out += QStringLiteral("  %1 %2 / %3  (%4)\n")
                   .arg(it.key(), -36)
                   .arg(percentileOf(it.value(), 50), 0, 'f', 1)
                   .arg(percentileOf(it.value(), 99), 0, 'f', 1)
                   .arg(it.value().size());
    return out;
}

QJsonObject SimStats::toJson() const
{
    QJsonObject counters;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        counters.insert(it.key(), it.value());
    QJsonObject statuses;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonObject latency;
    for (auto it = m_latencies.cbegin(); it != m_latencies.cend(); ++it)
        latency.insert(it.key(), QJsonObject{{QStringLiteral("p50"), percentileOf(it.value(), 50)},
                                             {QStringLiteral("p99"), percentileOf(it.value(), 99)},
                                             {QStringLiteral("n"), it.value().size()}});
    return {{QStringLiteral("counters"), counters},
            {QStringLiteral("statuses"), statuses},
            {QStringLiteral("requests"), requests()},
            {QStringLiteral("errors"), errors()},
            {QStringLiteral("p99_ms"), percentileAll(99)},
            {QStringLiteral("latency_ms"), latency}};
}

} // namespace doorstep::server::sim
