// ApiService::sweepAcceptTimeouts (api_service.h): the server's side of
// accept timeouts (sync/accept_watch.h). `doorstep-server run` calls it
// every 30 s; each timed-out job is its own transaction, taken under its
// provider's lock as a provider's own step is (provider_api.cpp), so an
// accept and a timeout of one job never both happen.
#include "api/api_service.h"

#include "domain/order_lifecycle.h"
#include "sync/accept_watch.h"

#include <utility>

namespace doorstep::server::api {

int ApiService::sweepAcceptTimeouts()
{
    const qint64 now = m_now();
    int timedOut = 0;
    for (const OfficeInfo &office : m_storage.offices()) {
        int minutes = 0;
        QList<qint64> due;
        {
            auto tx = m_storage.begin();
            minutes = sync::acceptTimeoutOf(*tx, office.code).value_or(0);
            if (minutes > 0)
                due = sync::waitsBegunBy(*tx, office.code, now - qint64(minutes) * 60, 500);
            tx->commit();
        }
        for (const qint64 orderId : std::as_const(due)) {
            qint64 provider = 0;
            {
                auto tx = m_storage.begin();
                if (const auto order = tx->row(QStringLiteral("orders"), orderId))
                    provider = order->row.value(QLatin1StringView("provider_id")).toInteger();
                tx->commit();
            }
            if (!provider)
                continue;
            auto tx = m_storage.begin();
            tx->lockProvider(provider);
            // Read again under the lock: accepted, moved or answered since?
            const auto order = tx->row(QStringLiteral("orders"), orderId);
            const auto since = sync::waitingSince(*tx, orderId);
            if (!order || order->deleted || order->row.value(QLatin1StringView("status")).toString() != u"assigned"
                || order->row.value(QLatin1StringView("provider_id")).toInteger() != provider || !since
                || *since > now - qint64(minutes) * 60)
                continue;
            recordTransition(*tx, *order, QStringLiteral("awaiting_dispatch"), QStringLiteral("system"),
                             domain::orderEventKey(domain::OrderEvent::Timeout),
                             QStringLiteral("the provider did not accept within %1 min").arg(minutes),
                             {{QStringLiteral("provider_id"), QJsonValue::Null},
                              {QStringLiteral("planned_start"), QJsonValue::Null}});
            tx->commit();
            ++timedOut;
        }
    }
    return timedOut;
}

} // namespace doorstep::server::api
