#pragma once
// doorstep-sim's runner (issue #12): carries out the script (sim_script.h)
// against the apps' API through a Transport, over simulated time.
//
// Customers sign in with the one-time code (CodeSource), order as the
// script says, cancel some orders, rate (and complain, where the API offers
// it) after the work is done. Providers sign in with their credentials, open
// their app's doorbell (provider/bell, where the transport has it) and read
// their jobs when it rings, with a slow fallback poll (bellPollSeconds) so a
// lost ring costs a delay, never a job; without a doorbell (or while it is
// down) they poll every pollSeconds. They answer each job the office assigned them as their ProviderMind
// decides (accept, decline or stay silent), and work accepted jobs one at a
// time: on the way when the drive at the office's speed would reach the door
// at the planned start, positions along the straight line with noise while
// driving, arrived, started, completed. The simulator never assigns: offices
// dispatch (in the console, or a test's office hook).
//
// Clock: with a time factor of 0 the clock is virtual (each event runs at
// once, its time the clock's): with the in-process transport a run is then
// deterministic for a seed. Otherwise simulated time runs timeFactor times
// the wall clock, on the Qt event loop.
//
// Failures (no answer, 429, 5xx) are retried a few times with backoff, then
// counted and given up; nothing the server answers stops the run.

#include "sim/sim_script.h"
#include "sim/sim_stats.h"
#include "sim/sim_transport.h"

#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace doorstep::server::sim {

struct ProviderLogin
{
    qint64 id = 0;
    QString secret;
};

struct SimOptions
{
    ScriptConfig script;          // seed, span, customers, orders per day, districts, catalogue (empty: fetched)
    QList<ProviderLogin> providers;
    double timeFactor = 60;       // simulated seconds per wall second; 0: virtual clock
    double speedKmh = 22;         // the office's average speed (dispatch.speed_kmh's default)
    double roadFactor = 1.3;      // road distance / straight line
    int pollSeconds = 300;        // how often a provider's app looks at its jobs without a doorbell
    int bellPollSeconds = 1800;   // … and with one (its fallback); 0: never use the doorbell
    int signInSpreadSeconds = 600; // providers sign in (and open their doorbell) over the first this many seconds
    int positionSeconds = 60;     // one position report per simulated minute while driving
    int retries = 3;              // after no answer, 429 or 5xx
    // Positions are stamped with the server's clock where it is not the
    // simulated one (a real server: the wall clock); none: simulated time.
    std::function<qint64()> serverClock;
};

class Simulator
{
public:
    Simulator(SimOptions options, Transport &transport, CodeSource codes);

    // Runs the span (options.script.from → to) and returns when it is over.
    void run();
    // Asks a run on the event loop to end early (Ctrl+C).
    void stop() { m_stopRequested = true; }
    // The simulated time; safe from any thread (an in-process server's clock).
    qint64 now() const { return m_now.load(); }

    // Called every `everySeconds` of simulated time while the span runs: a
    // test plays the office there (assigns the new orders).
    void setOfficeHook(std::function<void(qint64 now)> hook, qint64 everySeconds);

    const SimStats &stats() const { return m_stats; }
    // Each thing the simulated users did, in order, without the server's ids
    // ("09:12:05 customer 3 ordered item 70"): the same for a seed, in virtual time.
    const QStringList &trace() const { return m_trace; }

private:
    struct Customer
    {
        QString phone;
        QString token;
        bool signingIn = false;
        std::vector<std::function<void(const QString &token)>> waiting;
    };
    struct Job
    {
        qint64 id = 0;
        qint64 plannedStart = 0;
        double lat = 0;
        double lng = 0;
        int durationMin = 60;
        JobDecision decision;
    };
    struct Provider
    {
        ProviderLogin login;
        QString token;
        ProviderMind mind;
        double lat = 0;
        double lng = 0;
        QHash<qint64, bool> seen;      // jobs answered (or ignored)
        QList<Job> accepted;           // waiting to be worked, in no order
        bool busy = false;
        bool bell = false;             // the doorbell is open
        bool polling = false;          // a jobs read is on its way
        bool pollAgain = false;        // rung while it was
        quint64 pollGeneration = 0;    // the scheduled poll that still counts
    };
    struct PlacedOrder
    {
        int plan = 0;
        qint64 id = 0;
        QString token; // the customer's
    };
    using Then = std::function<void(const SimResponse &)>;

    void at(qint64 when, std::function<void()> action);
    void call(SimRequest request, Then then, int attempt = 0);
    static bool ok(const SimResponse &r) { return r.status >= 200 && r.status < 300; }
    void note(const QString &what);
    qint64 wallSeconds(double seconds) const; // simulated seconds for a wall-clock wait
    void begin();

    void withCustomer(int index, std::function<void(const QString &token)> then);
    void placeOrder(int plan);
    void cancelOrder(qint64 orderId);
    void rateOrder(qint64 orderId);

    void signInProvider(int index);
    bool openBell(int index); // false: no doorbell (polling)
    void schedulePoll(int index, qint64 after);
    void poll(int index);
    void answer(int index, const Job &job);
    void work(int index);
    void drive(int index, Job job, double fromLat, double fromLng, int step, int steps);
    void step(int index, const Job &job, const QString &action, std::function<void()> next);
    void finishJob(int index, const Job &job, bool done);

    SimOptions m_o;
    Transport &m_transport;
    CodeSource m_codes;
    QList<OrderPlan> m_plans;
    std::vector<Customer> m_customers;
    std::vector<Provider> m_providers;
    QHash<qint64, PlacedOrder> m_orders; // by the server's order id
    std::function<void(qint64)> m_officeHook;
    qint64 m_officeEvery = 0;
    std::function<void()> m_officeTick; // calls the hook and schedules itself again

    // Events by time, then by when they were scheduled (a stable order).
    std::multimap<std::pair<qint64, quint64>, std::function<void()>> m_events;
    quint64 m_seq = 0;
    std::atomic<qint64> m_now{0};
    std::atomic<bool> m_stopRequested{false}; // set from a signal handler
    SimStats m_stats;
    QStringList m_trace;
    bool m_complaintsOffered = true;
};

} // namespace doorstep::server::sim
