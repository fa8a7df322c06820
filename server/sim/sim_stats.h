#pragma once
// What a doorstep-sim run did: counters of the day (orders created,
// accepted, declined, …), HTTP status counts, and latency per endpoint. The
// summary is for people; the JSON (one line) for scripts and the benchmark.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace doorstep::server::sim {

class SimStats
{
public:
    void count(const QString &what, int n = 1) { m_counters[what] += n; }
    int counter(const QString &what) const { return m_counters.value(what); }
    // One answer (or a request that got none: status 0), and how long it took.
    void record(const QString &endpoint, int status, double ms);
    int statusCount(int status) const { return m_statuses.value(status); }
    int requests() const;
    // Requests to one endpoint ("GET provider/jobs").
    int requestsTo(const QString &endpoint) const { return int(m_latencies.value(endpoint).size()); }
    // Answers that were no answer, 429 or 5xx.
    int errors() const;
    // p in [0, 100]; 0 when the endpoint had no requests.
    double percentile(const QString &endpoint, double p) const;
    double percentileAll(double p) const;

    QString summary() const;
    QJsonObject toJson() const;

private:
    static double percentileOf(QList<double> values, double p);
    QMap<QString, int> m_counters;
    QMap<int, int> m_statuses;
    QMap<QString, QList<double>> m_latencies;
};

} // namespace doorstep::server::sim
