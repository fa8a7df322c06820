// The complaints workbench at scale (issue #13): a copy of a 1,000,000-order
// store (bench_store keeps one) grown to N complaints, then the queue's first
// page sorted by time left (all open / breached / escalated), the status
// bar's counts, and the breach sweep.
// Usage: bench_complaints STORE [complaints=50000]
// The store is copied first: the file given is never changed (opening it
// with a newer schema would migrate it in place).
#include "itemmodels/complaints_model.h"
#include "services/complaint_escalation.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <functional>

using namespace doorstep;

namespace {
double ms(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Complaints about completed orders, written as the demo generator writes its
// own (one transaction, no audit): a fifth still open, their deadlines spread
// from 10 days past to 10 days ahead, so about a tenth of all are breached.
int addComplaints(store::Database &db, int wanted, qint64 now, const std::function<qint64()> &newId)
{
    const int have = db.scalar("SELECT count(*) FROM complaints").toInt();
    if (have >= wanted)
        return 0;
    QList<std::array<qint64, 3>> orders;
    auto st = db.prepare("SELECT id, customer_id, coalesce(provider_id, 0) FROM orders WHERE status IN ('completed','rated')"
                         " AND id NOT IN (SELECT order_id FROM complaints) LIMIT ?");
    st.bindAll(wanted - have);
    while (st.next())
        orders.append({st.int64(0), st.int64(1), st.int64(2)});
    const char *categories[] = {"no_show", "quality", "damage", "attitude", "overcharge", "safety", "other"};
    const char *severities[] = {"low", "medium", "high"};
    QRandomGenerator rng(13);
    store::Transaction tx(db);
    auto ins = db.prepare("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, description, status,"
                          " opened_at, first_response_due_at, first_response_warn_at, first_response_at, resolution_due_at,"
                          " resolution_warn_at, resolved_at, next_due_at, next_warn_at, updated_at)"
                          " VALUES (?, ?, ?, NULLIF(?, 0), ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto &[order, customer, provider] : orders) {
        const bool open = rng.bounded(5) == 0;
        const qint64 due = now + rng.bounded(-10 * 86400, 10 * 86400);
        const qint64 opened = due - 3 * 86400;
        const qint64 warn = opened + (due - opened) * 3 / 4;
        ins.bindAll(newId(), order, customer, provider, QString::fromLatin1(categories[rng.bounded(7)]),
                    QString::fromLatin1(severities[rng.bounded(3)]), open ? QStringLiteral("investigating") : QStringLiteral("resolved"),
                    opened, opened + 3600, opened + 2700, opened + 600, due, warn, open ? QVariant() : QVariant(due - 86400),
                    open ? QVariant(due) : QVariant(), open ? QVariant(warn) : QVariant(), opened);
        ins.exec();
        ins.reset();
    }
    tx.commit();
    return int(orders.size());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        // Part of the bench target, which has no 1,000,000-order store to give it.
        out << "bench_complaints: skipped; usage: bench_complaints STORE [complaints=50000] (the store bench_store keeps)\n";
        return 0;
    }
    const int wanted = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("complaints.doorstep"));
    QElapsedTimer t;
    t.start();
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
        out << "cannot copy the store\n";
        return 1;
    }
    const double copyMs = ms(t);
    t.restart();
    auto ws = services::Workspace::login(path, QStringLiteral("admin"), QStringLiteral("doorstep-demo")); // migrates to the latest schema
    const double loginMs = ms(t);
    auto &db = ws->store().db();
    const qint64 now = ws->clock().now();
    t.restart();
    const int added = addComplaints(db, wanted, now, [&] { return ws->store().newId(); });
    const double addMs = ms(t);
    const qint64 total = db.scalar("SELECT count(*) FROM complaints").toLongLong();
    const qint64 open = db.scalar("SELECT count(*) FROM complaints WHERE status IN ('open','investigating','waiting_customer')").toLongLong();

    // The plans, for whoever reads a slow figure.
    const auto plan = [&](const QByteArray &sql) {
        auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
        QStringList lines;
        while (st.next())
            lines.append(st.text(3));
        out << "plan: " << lines.join(QStringLiteral(" / ")) << "\n";
    };
    if (qEnvironmentVariableIsSet("BENCH_PLANS")) {
        plan("SELECT c.id FROM complaints c JOIN orders o ON o.id = c.order_id JOIN customers cu ON cu.id = c.customer_id"
             " LEFT JOIN providers p ON p.id = c.provider_id LEFT JOIN staff s ON s.id = c.assigned_staff_id"
             " WHERE +c.status IN ('open','investigating','waiting_customer')"
             " ORDER BY coalesce(c.next_due_at, 9223372036854775807), c.id LIMIT 200");
        plan("SELECT id FROM complaints WHERE coalesce(next_due_at, 9223372036854775807) < 5 AND escalated_at IS NULL"
             " ORDER BY coalesce(next_due_at, 9223372036854775807), id LIMIT 500");
    }
    using itemmodels::ComplaintsModel;
    const auto firstPage = [&](const std::function<void(ComplaintsModel &)> &filter) {
        QList<double> runs;
        for (int run = 0; run < 5; ++run) {
            ComplaintsModel model(db, ws->session(), ws->clock());
            filter(model);
            t.restart();
            model.reload();
            runs.append(ms(t));
        }
        return median(runs);
    };
    const double queueMs = firstPage([](ComplaintsModel &) {});
    const double breachedMs = firstPage([](ComplaintsModel &m) { m.setBreachedOnly(true); });
    const double escalatedBeforeMs = firstPage([](ComplaintsModel &m) { m.setEscalatedOnly(true); });
    QList<double> counts;
    qint64 breached = 0;
    for (int run = 0; run < 5; ++run) {
        ComplaintsModel model(db, ws->session(), ws->clock());
        t.restart();
        breached = model.breachedCount();
        model.escalatedCount();
        counts.append(ms(t));
    }

    // The sweep: the first stamps the breached complaints (at most kBatch an
    // action), the next finds nothing to do.
    services::ComplaintEscalation sweep(ws->services());
    int stamped = 0, rounds = 0;
    QList<double> sweeps;
    for (;;) {
        t.restart();
        const int n = sweep.sweep();
        sweeps.append(ms(t));
        ++rounds;
        stamped += n;
        if (n == 0)
            break;
    }
    const double quietMs = sweeps.takeLast();
    QList<double> quiet{quietMs};
    for (int run = 0; run < 4; ++run) {
        t.restart();
        sweep.sweep();
        quiet.append(ms(t));
    }
    const double escalatedMs = firstPage([](ComplaintsModel &m) { m.setEscalatedOnly(true); });

    out << "| measure | value |\n|---|---|\n";
    out << "| copy of the store / open + log in (incl. migration to the latest schema) | " << copyMs << " / " << loginMs << " ms |\n";
    out << "| complaints (added now) / open / breached | " << total << " (" << added << ", " << addMs << " ms) / " << open << " / " << breached << " |\n";
    out << "| queue, first page (200, sorted by time left), open complaints | " << queueMs << " ms |\n";
    out << "| queue, first page, breached only | " << breachedMs << " ms |\n";
    out << "| queue, first page, escalated only (before the sweep / after) | " << escalatedBeforeMs << " / " << escalatedMs << " ms |\n";
    out << "| status bar: breached + escalated counts | " << median(counts) << " ms |\n";
    out << "| breach sweep stamping " << stamped << " complaints (" << (rounds - 1) << " actions of at most "
        << services::ComplaintEscalation::kBatch << "), each | " << median(sweeps) << " ms |\n";
    out << "| breach sweep, nothing due (each minute) | " << median(quiet) << " ms |\n";
    return 0;
}
