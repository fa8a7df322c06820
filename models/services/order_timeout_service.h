#pragma once
// A provider has a limited time to accept an assigned job
// (settings.orders.accept_timeout_minutes, 0: no limit). Jobs left unanswered
// longer go back to the dispatch queue as a system "timeout" event, so the
// dispatcher sees them again instead of trusting a silent provider.
//
// Every console sweeps once a minute while someone is logged in (and at
// login, so a console closed over night catches up). The sweep reads first
// and writes nothing on a quiet minute; when it writes, it is one audited
// action through the service layer, and each order's timeline says
// "Timed out" with the minutes waited. Consoles of the same office may sweep
// the same job twice: the second finds it no longer assigned and skips it.
//
// Once the office is enrolled and its sync server has said it owns the
// timeouts (it sees a provider's silence; an offline console must not time
// out a job its provider already accepted in the app), the console sweeps no
// more: the server sends the jobs back, and the pull brings its "timeout"
// events (server/sync/accept_watch.h). The console tells the server the
// setting at every round's hello.
#include "services/service_layer.h"

#include <QList>

namespace doorstep::services {

class OrderTimeoutService
{
    Q_DECLARE_TR_FUNCTIONS(OrderTimeoutService)
public:
    explicit OrderTimeoutService(ServiceLayer &services) : m_services(services) {}

    // At most this many per sweep, oldest first, so a console opened after a
    // long break does not hold the store (and the window) for long; the next
    // minute takes the rest.
    static constexpr int kBatch = 500;
    // settings::AcceptTimeoutMinutes. The sweep must go on, so a stored value
    // that is wrong reads as the default (the console warns about it at login).
    int timeoutMinutes();

    // The assigned orders whose provider has not answered in time, oldest
    // assignment first (read only).
    QList<qint64> overdue();
    // Sends them back to the queue; returns how many.
    int sweep();
    // Whether sweep() would find anything, read on `db` alone (a worker's
    // read-only connection: a quiet minute then costs the GUI thread nothing).
    static bool isDue(store::Database &db, qint64 now);
    // Enrolled with a server that said it owns the timeouts (meta
    // sync_accept_timeouts, written by the sync round): no sweep here.
    static bool serverOwnsTimeouts(store::Database &db);

private:
    static QList<qint64> overdueIn(store::Database &db, int minutes, qint64 now);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
