#include "sim/simulator.h"

#include "domain/geo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace doorstep::server::sim {
namespace {
constexpr double kKmPerDegree = 111.32;

QString idOf(const QJsonValue &v)
{
    return v.toString();
}

// The customer app's complaint (POST /orders/{id}/complaints, issue #12's
// after-sales part): where an older server does not offer it, its 404
// switches complaints off for the run, counted as complaints_not_offered.
QString complaintPath(qint64 orderId)
{
    return QStringLiteral("orders/%1/complaints").arg(orderId);
}

QJsonObject complaintBody(const OrderPlan &p)
{
    return {{QStringLiteral("category"), QStringLiteral("quality")},
            {QStringLiteral("severity"), p.stars == 1 ? QStringLiteral("high") : QStringLiteral("medium")},
            {QStringLiteral("ask"), p.stars == 1 ? QStringLiteral("refund") : QStringLiteral("return_visit")},
            {QStringLiteral("description"), p.comment}};
}
} // namespace

Simulator::Simulator(SimOptions options, Transport &transport, CodeSource codes)
    : m_o(std::move(options)), m_transport(transport), m_codes(std::move(codes))
{
    m_customers.resize(size_t(std::max(0, m_o.script.customers)));
    for (int i = 0; i < int(m_customers.size()); ++i)
        m_customers[size_t(i)].phone = customerPhone(m_o.script.seed, i);
    for (int i = 0; i < m_o.providers.size(); ++i) {
        Provider p{m_o.providers[i], {}, ProviderMind(m_o.script.seed, i), 0, 0, {}, {}, false, false, false, false, 0};
        p.mind.home(m_o.script, p.lat, p.lng);
        m_providers.push_back(std::move(p));
    }
    m_now = m_o.script.from;
}

void Simulator::setOfficeHook(std::function<void(qint64)> hook, qint64 everySeconds)
{
    m_officeHook = std::move(hook);
    m_officeEvery = std::max<qint64>(1, everySeconds);
}

void Simulator::at(qint64 when, std::function<void()> action)
{
    if (when > m_o.script.to)
        return; // past the span: the run ends before it
    m_events.emplace(std::make_pair(std::max(when, m_now.load()), m_seq++), std::move(action));
}

qint64 Simulator::wallSeconds(double seconds) const
{
    return qint64(std::ceil(seconds * (m_o.timeFactor > 0 ? m_o.timeFactor : 1.0)));
}

void Simulator::note(const QString &what)
{
    const QString time = QDateTime::fromSecsSinceEpoch(now(), QTimeZone(m_o.script.utcOffset))
                             .toString(QStringLiteral("MM-dd HH:mm:ss"));
    m_trace.append(time + u' ' + what);
}

void Simulator::call(SimRequest request, Then then, int attempt)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const SimRequest copy = request;
    m_transport.send(request, [this, copy, then = std::move(then), attempt, clock](const SimResponse &r) {
        m_stats.record(QString::fromLatin1(copy.method) + u' ' + copy.endpoint, r.status,
                       double(clock->nsecsElapsed()) / 1e6);
        const bool retry = r.status == 0 || r.status == 429 || r.status >= 500;
        if (retry && attempt < m_o.retries) {
            // 1, 2, 4 … seconds of the wall clock (the server's rate windows are wall seconds).
            at(now() + wallSeconds(double(1 << attempt)), [this, copy, then, attempt] { call(copy, then, attempt + 1); });
            return;
        }
        if (retry)
            m_stats.count(QStringLiteral("requests_failed")); // given up after the retries
        then(r);
    });
}

void Simulator::run()
{
    m_now = m_o.script.from;
    begin();
    if (m_o.timeFactor <= 0) {
        // Virtual time: each event in turn, the clock jumping to it.
        while (!m_events.empty() && !m_stopRequested) {
            auto node = m_events.extract(m_events.begin());
            m_now = std::max(m_now.load(), node.key().first);
            node.mapped()();
        }
        m_now = m_o.script.to;
        return;
    }
    // Wall-clock time: simulated seconds run timeFactor times as fast; the
    // answers come on the event loop.
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer wall;
    wall.start();
    const qint64 from = m_o.script.from;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 t = from + qint64(double(wall.elapsed()) / 1000.0 * m_o.timeFactor);
        m_now = std::max(m_now.load(), std::min(t, m_o.script.to));
        while (!m_events.empty() && m_events.begin()->first.first <= m_now && !m_stopRequested) {
            auto node = m_events.extract(m_events.begin());
            node.mapped()();
        }
        const bool over = m_now >= m_o.script.to && m_events.empty();
        if ((over || m_stopRequested) && m_transport.inFlight() == 0)
            loop.quit();
        if (m_now >= m_o.script.to && !m_events.empty())
            m_events.clear(); // past the span
    });
    tick.start(10);
    loop.exec();
}

void Simulator::begin()
{
    if (m_officeHook) {
        // A member, not a function holding a shared pointer to itself (a
        // cycle that LeakSanitizer reported).
        m_officeTick = [this] {
            m_officeHook(now());
            at(now() + m_officeEvery, m_officeTick);
        };
        at(m_o.script.from + m_officeEvery, m_officeTick);
    }
    const auto start = [this] {
        m_plans = planOrders(m_o.script);
        m_stats.count(QStringLiteral("orders_planned"), int(m_plans.size()));
        for (int i = 0; i < m_plans.size(); ++i)
            at(m_plans[i].at, [this, i] { placeOrder(i); });
        // Providers sign in over the first minutes, not all in one second.
        const int spread = std::max(1, m_o.signInSpreadSeconds);
        for (int i = 0; i < int(m_providers.size()); ++i)
            at(m_o.script.from + (i * 7) % spread, [this, i] { signInProvider(i); });
    };
    if (!m_o.script.items.isEmpty() || m_o.script.districts.isEmpty()) {
        start();
        return;
    }
    // The catalogue, as the app shows it for the first district.
    call({"GET", QStringLiteral("catalogue?adcode=") + m_o.script.districts.first(), {}, {}, QStringLiteral("catalogue")},
         [this, start](const SimResponse &r) {
             if (!ok(r)) {
                 m_stats.count(QStringLiteral("catalogue_failed"));
                 return;
             }
             for (const QJsonValue &v : r.body.value(QStringLiteral("items")).toArray()) {
                 const QJsonObject i = v.toObject();
                 m_o.script.items.append({idOf(i.value(QStringLiteral("id"))).toLongLong(),
                                          i.value(QStringLiteral("category")).toString(),
                                          i.value(QStringLiteral("duration_min")).toInt(60)});
             }
             start();
         });
}

// Customers ---------------------------------------------------------------

void Simulator::withCustomer(int index, std::function<void(const QString &)> then)
{
    Customer &c = m_customers[size_t(index)];
    if (!c.token.isEmpty()) {
        then(c.token);
        return;
    }
    c.waiting.push_back(std::move(then));
    if (c.signingIn)
        return;
    c.signingIn = true;
    const auto fail = [this, index] {
        Customer &c = m_customers[size_t(index)];
        m_stats.count(QStringLiteral("sign_in_failed"));
        c.signingIn = false;
        c.waiting.clear();
    };
    call({"POST", QStringLiteral("customer/otp"), {}, {{QStringLiteral("phone"), c.phone}}, QStringLiteral("customer/otp")},
         [this, index, fail](const SimResponse &r) {
             if (!ok(r))
                 return fail();
             const QString phone = m_customers[size_t(index)].phone;
             const QString code = m_codes ? m_codes(phone) : QString();
             if (code.isEmpty())
                 return fail();
             call({"POST", QStringLiteral("customer/session"), {},
                   {{QStringLiteral("phone"), phone}, {QStringLiteral("code"), code}}, QStringLiteral("customer/session")},
                  [this, index, fail](const SimResponse &r) {
                      if (!ok(r))
                          return fail();
                      Customer &c = m_customers[size_t(index)];
                      c.token = r.body.value(QStringLiteral("token")).toString();
                      c.signingIn = false;
                      auto waiting = std::move(c.waiting);
                      c.waiting.clear();
                      for (auto &w : waiting)
                          w(c.token);
                  });
         });
}

void Simulator::placeOrder(int plan)
{
    const OrderPlan &p = m_plans[plan];
    withCustomer(p.customer, [this, plan](const QString &token) {
        const OrderPlan &p = m_plans[plan];
        const QJsonObject body{{QStringLiteral("service_item_id"), QString::number(p.itemId)},
                               {QStringLiteral("district"), p.district},
                               {QStringLiteral("address"), QStringLiteral("模拟路 %1 号").arg(p.customer + 1)},
                               {QStringLiteral("lat"), p.lat},
                               {QStringLiteral("lng"), p.lng},
                               {QStringLiteral("window_start"), p.windowStart},
                               {QStringLiteral("window_end"), p.windowEnd}};
        call({"POST", QStringLiteral("orders"), token, body, QStringLiteral("orders")},
             [this, plan, token](const SimResponse &r) {
                 const OrderPlan &p = m_plans[plan];
                 if (r.status != 201) {
                     m_stats.count(QStringLiteral("orders_failed"));
                     return;
                 }
                 const qint64 id = idOf(r.body.value(QStringLiteral("id"))).toLongLong();
                 m_orders.insert(id, {plan, id, token});
                 m_stats.count(QStringLiteral("orders_created"));
                 note(QStringLiteral("customer %1 ordered item %2").arg(p.customer).arg(p.itemId));
                 if (p.cancelAfter)
                     at(now() + p.cancelAfter, [this, id] { cancelOrder(id); });
             });
    });
}

void Simulator::cancelOrder(qint64 orderId)
{
    const PlacedOrder o = m_orders.value(orderId);
    call({"POST", QStringLiteral("orders/%1/cancel").arg(orderId), o.token,
          {{QStringLiteral("reason"), QStringLiteral("计划有变")}}, QStringLiteral("orders/{id}/cancel")},
         [this, o](const SimResponse &r) {
             // 409: dispatched already, the office's rules decide (the customer would call).
             m_stats.count(r.status == 200 ? QStringLiteral("cancelled") : QStringLiteral("cancel_refused"));
             note(QStringLiteral("customer %1 %2").arg(m_plans[o.plan].customer).arg(r.status == 200 ? u"cancelled" : u"could not cancel"));
         });
}

void Simulator::rateOrder(qint64 orderId)
{
    const PlacedOrder o = m_orders.value(orderId);
    const OrderPlan &p = m_plans[o.plan];
    call({"POST", QStringLiteral("orders/%1/rating").arg(orderId), o.token,
          {{QStringLiteral("stars"), p.stars}, {QStringLiteral("comment"), p.comment}}, QStringLiteral("orders/{id}/rating")},
         [this, o, orderId](const SimResponse &r) {
             const OrderPlan &p = m_plans[o.plan];
             if (r.status != 201) {
                 m_stats.count(QStringLiteral("rating_failed"));
                 return;
             }
             m_stats.count(QStringLiteral("rated"));
             note(QStringLiteral("customer %1 rated %2 stars").arg(p.customer).arg(p.stars));
             if (!p.complain)
                 return;
             if (!m_complaintsOffered) {
                 m_stats.count(QStringLiteral("complaints_not_offered"));
                 return;
             }
             call({"POST", complaintPath(orderId), o.token, complaintBody(p), QStringLiteral("orders/{id}/complaints")},
                  [this](const SimResponse &r) {
                      if (r.status == 404)
                          m_complaintsOffered = false;
                      m_stats.count(ok(r) ? QStringLiteral("complaints") : QStringLiteral("complaints_not_offered"));
                  });
         });
}

// Providers ---------------------------------------------------------------

void Simulator::signInProvider(int index)
{
    const ProviderLogin &login = m_providers[size_t(index)].login;
    call({"POST", QStringLiteral("provider/session"), {},
          {{QStringLiteral("provider_id"), QString::number(login.id)}, {QStringLiteral("secret"), login.secret}},
          QStringLiteral("provider/session")},
         [this, index](const SimResponse &r) {
             if (!ok(r)) {
                 m_stats.count(QStringLiteral("sign_in_failed"));
                 return;
             }
             m_providers[size_t(index)].token = r.body.value(QStringLiteral("token")).toString();
             if (openBell(index))
                 schedulePoll(index, m_o.bellPollSeconds); // its "ready" reads the jobs at once
             else // their polls spread over the interval
                 schedulePoll(index, (index * 7919) % std::max(1, m_o.pollSeconds));
         });
}

bool Simulator::openBell(int index)
{
    Provider &p = m_providers[size_t(index)];
    if (m_o.bellPollSeconds <= 0 || m_stopRequested)
        return false;
    const bool opened = m_transport.openBell(
        p.token,
        [this, index] {
            Provider &p = m_providers[size_t(index)];
            if (!p.bell) {
                p.bell = true;
                m_stats.count(QStringLiteral("bell_opened"));
            } else {
                m_stats.count(QStringLiteral("bell_rings"));
            }
            poll(index);
        },
        [this, index] {
            Provider &p = m_providers[size_t(index)];
            m_stats.count(p.bell ? QStringLiteral("bell_lost") : QStringLiteral("bell_refused"));
            p.bell = false;
            // Polling meanwhile; another doorbell in a wall-clock minute.
            schedulePoll(index, m_o.pollSeconds);
            at(now() + wallSeconds(60), [this, index] { openBell(index); });
        });
    return opened;
}

void Simulator::schedulePoll(int index, qint64 after)
{
    const quint64 generation = ++m_providers[size_t(index)].pollGeneration;
    at(now() + after, [this, index, generation] {
        // A poll rung meanwhile rescheduled the next one: this one is stale.
        if (m_providers[size_t(index)].pollGeneration == generation)
            poll(index);
    });
}

void Simulator::poll(int index)
{
    if (m_providers[size_t(index)].polling) {
        m_providers[size_t(index)].pollAgain = true; // once more when the read in flight is back
        return;
    }
    m_providers[size_t(index)].polling = true;
    call({"GET", QStringLiteral("provider/jobs"), m_providers[size_t(index)].token, {}, QStringLiteral("provider/jobs")},
         [this, index](const SimResponse &r) {
             Provider &p = m_providers[size_t(index)];
             p.polling = false;
             if (p.pollAgain) {
                 p.pollAgain = false;
                 at(now(), [this, index] { poll(index); });
             } else {
                 schedulePoll(index, p.bell ? m_o.bellPollSeconds : m_o.pollSeconds);
             }
             if (!ok(r))
                 return;
             QSet<qint64> stillMine;
             for (const QJsonValue &v : r.body.value(QStringLiteral("jobs")).toArray()) {
                 const QJsonObject j = v.toObject();
                 const qint64 id = idOf(j.value(QStringLiteral("id"))).toLongLong();
                 const QString status = j.value(QStringLiteral("status")).toString();
                 if (status != u"cancelled")
                     stillMine.insert(id);
                 if (status != u"assigned" || p.seen.contains(id))
                     continue;
                 p.seen.insert(id, true);
                 const qint64 planned = j.value(QStringLiteral("planned_start")).toInteger();
                 Job job{id, planned ? planned : j.value(QStringLiteral("window_start")).toInteger(),
                         j.value(QStringLiteral("lat")).toDouble(), j.value(QStringLiteral("lng")).toDouble(),
                         j.value(QStringLiteral("duration_min")).toInt(60), p.mind.next()};
                 if (job.decision.kind == JobDecision::Silent) {
                     m_stats.count(QStringLiteral("silent"));
                     note(QStringLiteral("provider %1 stays silent on a job").arg(index));
                     continue;
                 }
                 at(now() + job.decision.respondAfter, [this, index, job] { answer(index, job); });
             }
             // Jobs the office took back or cancelled since they were accepted.
             p.accepted.erase(std::remove_if(p.accepted.begin(), p.accepted.end(),
                                             [&](const Job &j) { return !stillMine.contains(j.id); }),
                              p.accepted.end());
         });
}

void Simulator::answer(int index, const Job &job)
{
    const bool accept = job.decision.kind == JobDecision::Accept;
    SimRequest request{"POST", QStringLiteral("provider/jobs/%1/%2").arg(job.id).arg(accept ? u"accept" : u"decline"),
                       m_providers[size_t(index)].token,
                       accept ? QJsonObject() : QJsonObject{{QStringLiteral("reason"), job.decision.reason}},
                       accept ? QStringLiteral("provider/jobs/{id}/accept") : QStringLiteral("provider/jobs/{id}/decline")};
    call(request, [this, index, job, accept](const SimResponse &r) {
        if (!ok(r)) {
            m_stats.count(QStringLiteral("answer_refused")); // the office took it back meanwhile (timeout)
            return;
        }
        m_stats.count(accept ? QStringLiteral("accepted") : QStringLiteral("declined"));
        note(QStringLiteral("provider %1 %2 a job").arg(index).arg(accept ? u"accepted" : u"declined"));
        if (accept) {
            m_providers[size_t(index)].accepted.append(job);
            work(index);
        } else {
            // Back in the office's queue: assigned to them again, they answer again.
            m_providers[size_t(index)].seen.remove(job.id);
        }
    });
}

void Simulator::work(int index)
{
    Provider &p = m_providers[size_t(index)];
    if (p.busy || p.accepted.isEmpty())
        return;
    const auto next = std::min_element(p.accepted.begin(), p.accepted.end(), [](const Job &a, const Job &b) {
        return std::pair(a.plannedStart, a.id) < std::pair(b.plannedStart, b.id);
    });
    const Job job = *next;
    const double minutes = domain::travelMinutes({p.lat, p.lng}, {job.lat, job.lng}, m_o.roadFactor, m_o.speedKmh);
    const qint64 depart = job.plannedStart - qint64(minutes * 60);
    if (depart > now()) {
        at(depart, [this, index] { work(index); });
        return;
    }
    p.accepted.erase(next);
    p.busy = true;
    const double fromLat = p.lat, fromLng = p.lng;
    const int steps = std::max(1, int(std::ceil(minutes * 60 / std::max(1, m_o.positionSeconds))));
    step(index, job, QStringLiteral("on_the_way"), [this, index, job, fromLat, fromLng, steps] {
        note(QStringLiteral("provider %1 on the way").arg(index));
        drive(index, job, fromLat, fromLng, 1, steps);
    });
}

void Simulator::drive(int index, Job job, double fromLat, double fromLng, int stepNo, int steps)
{
    at(now() + m_o.positionSeconds, [this, index, job, fromLat, fromLng, stepNo, steps] {
        Provider &p = m_providers[size_t(index)];
        // Along the straight line, a GPS's noise around it.
        const double f = double(stepNo) / steps;
        const double lat = fromLat + (job.lat - fromLat) * f + p.mind.noiseMetres() / 1000.0 / kKmPerDegree;
        const double lng = fromLng + (job.lng - fromLng) * f + p.mind.noiseMetres() / 1000.0 / kKmPerDegree;
        const qint64 stamp = m_o.serverClock ? m_o.serverClock() : now();
        const QJsonObject point{{QStringLiteral("lat"), lat}, {QStringLiteral("lng"), lng}, {QStringLiteral("at"), stamp}};
        call({"POST", QStringLiteral("provider/positions"), p.token, {{QStringLiteral("points"), QJsonArray{point}}},
              QStringLiteral("provider/positions")},
             [this](const SimResponse &r) { m_stats.count(ok(r) ? QStringLiteral("positions") : QStringLiteral("positions_failed")); });
        if (stepNo < steps) {
            drive(index, job, fromLat, fromLng, stepNo + 1, steps);
            return;
        }
        p.lat = job.lat;
        p.lng = job.lng;
        step(index, job, QStringLiteral("arrived"), [this, index, job] {
            at(now() + job.decision.startDelay, [this, index, job] {
                step(index, job, QStringLiteral("start"), [this, index, job] {
                    const qint64 service = qint64(job.durationMin * 60 * job.decision.serviceFactor);
                    at(now() + service, [this, index, job] {
                        step(index, job, QStringLiteral("complete"), [this, index, job] { finishJob(index, job, true); });
                    });
                });
            });
        });
    });
}

void Simulator::step(int index, const Job &job, const QString &action, std::function<void()> next)
{
    call({"POST", QStringLiteral("provider/jobs/%1/%2").arg(job.id).arg(action), m_providers[size_t(index)].token, {},
          QStringLiteral("provider/jobs/{id}/") + action},
         [this, index, job, next = std::move(next)](const SimResponse &r) {
             if (!ok(r)) {
                 // Cancelled or taken back meanwhile (409/404), or the server failed for good.
                 m_stats.count(QStringLiteral("jobs_abandoned"));
                 finishJob(index, job, false);
                 return;
             }
             next();
         });
}

void Simulator::finishJob(int index, const Job &job, bool done)
{
    m_providers[size_t(index)].busy = false;
    if (done) {
        m_stats.count(QStringLiteral("completed"));
        note(QStringLiteral("provider %1 completed a job").arg(index));
        // The customer's app is told; they rate later, if they rate.
        if (const auto it = m_orders.constFind(job.id); it != m_orders.cend() && m_plans[it->plan].stars > 0)
            at(now() + m_plans[it->plan].rateAfter, [this, id = job.id] { rateOrder(id); });
    }
    work(index);
}

} // namespace doorstep::server::sim
