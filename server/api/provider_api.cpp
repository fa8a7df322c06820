// The provider endpoints of ApiService (api_service.h): their jobs, the
// steps of a job, position reports. A job is an order the office assigned
// to the provider (provider_id and planned_start, as the console books it).
#include "api/api_keys.h"
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"

#include "domain/order_lifecycle.h"

#include <QJsonArray>

#include <limits>

namespace doorstep::server::api {
namespace {
using domain::OrderEvent;

struct Step
{
    const char16_t *path;
    std::optional<OrderEvent> event; // none: a timeline note, the status unchanged
};

// "arrived" has no status of its own (on_the_way until service starts):
// it is a timeline entry the dispatcher sees.
constexpr Step kSteps[] = {{u"accept", OrderEvent::Accept},  {u"decline", OrderEvent::Decline},
                           {u"on_the_way", OrderEvent::Depart}, {u"arrived", std::nullopt},
                           {u"start", OrderEvent::Start},     {u"complete", OrderEvent::Complete}};

const Step *stepFor(QStringView path)
{
    for (const Step &s : kSteps) {
        if (path == QStringView(s.path))
            return &s;
    }
    return nullptr;
}
} // namespace

std::optional<sync::Reply> ApiService::providerRefusal(StorageTransaction &tx, qint64 providerId)
{
    const auto row = tx.row(QStringLiteral("providers"), providerId);
    if (!row || row->deleted)
        return unauthorized();
    const QString status = row->row.value(QLatin1StringView("status")).toString();
    if (status != u"active")
        return sync::errorReply(403, QStringLiteral("provider_not_active"),
                                QStringLiteral("this provider is %1; the office decides when they work again").arg(status));
    return std::nullopt;
}

sync::Reply ApiService::provider(const ApiRequest &request, const QStringList &parts)
{
    sync::Reply error;
    const auto caller = authenticate(request, keys::kProviderToken, error);
    if (!caller)
        return error; // also a provider no longer active (authenticate checks it)
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts.size() == 1 && parts[0] == u"jobs" && get)
        return providerJobs(caller->id);
    if (parts.size() == 1 && parts[0] == u"positions" && post)
        return reportPositions(caller->id, request);
    if (parts.size() == 1 && parts[0] == u"bell" && get) // the doorbell is a WebSocket (http/provider_bell.h)
        return sync::errorReply(426, QStringLiteral("upgrade_required"),
                                QStringLiteral("provider/bell is a WebSocket: open it with Upgrade: websocket"));
    if (auto reply = providerSelf(caller->id, parts, request))
        return *reply;
    if (parts.size() < 2 || parts[0] != u"jobs")
        return notFound();
    const auto orderId = parseId(parts[1]);
    if (!orderId)
        return notFound();
    if (parts.size() == 2 && get)
        return providerJob(caller->id, *orderId);
    if (parts.size() == 3 && post && stepFor(parts[2]))
        return jobAction(caller->id, *orderId, parts[2], request);
    return notFound();
}

sync::Reply ApiService::providerJobs(qint64 providerId)
{
    auto tx = m_storage.begin();
    // Jobs from a day back on, in the order they are planned.
    const qint64 from = m_now() - 24 * 3600;
    QJsonArray jobs;
    for (const StoredRow &order : tx->providerBookings(providerId, from, std::numeric_limits<qint64>::max() / 2, 0)) {
        if (jobs.size() == 200)
            break;
        jobs.append(orderView(*tx, order, true));
    }
    tx->commit();
    return {200, {{QStringLiteral("jobs"), jobs}}};
}

namespace {
// The order, if it is this provider's job.
std::optional<StoredRow> jobOf(StorageTransaction &tx, qint64 providerId, qint64 orderId)
{
    auto order = tx.row(QStringLiteral("orders"), orderId);
    if (!order || order->deleted || order->row.value(QLatin1StringView("provider_id")).toInteger() != providerId)
        return std::nullopt;
    return order;
}
} // namespace

sync::Reply ApiService::providerJob(qint64 providerId, qint64 orderId)
{
    auto tx = m_storage.begin();
    const auto order = jobOf(*tx, providerId, orderId);
    if (!order)
        return notFound();
    const QJsonObject view = orderView(*tx, *order, true);
    tx->commit();
    return {200, view};
}

sync::Reply ApiService::jobAction(qint64 providerId, qint64 orderId, const QString &action, const ApiRequest &request)
{
    const auto parsed = parseReason(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const Step *step = stepFor(action);
    auto tx = m_storage.begin();
    tx->lockProvider(providerId); // one step of a provider at a time, across server processes
    const auto order = jobOf(*tx, providerId, orderId);
    if (!order)
        return notFound();
    const QString status = order->row.value(QLatin1StringView("status")).toString();
    const auto from = domain::orderStatusFromKey(status);
    if (!step->event) {
        if (status != u"on_the_way")
            return conflict(QStringLiteral("wrong_status"), QStringLiteral("arrived is reported while on the way (the job is %1)").arg(status));
        recordTransition(*tx, *order, status, QStringLiteral("provider"), QString(),
                         parsed.value->reason.isEmpty() ? QStringLiteral("arrived at the door") : parsed.value->reason);
    } else {
        const auto to = from ? domain::nextStatus(*from, *step->event, domain::OrderActor::Provider) : std::nullopt;
        if (!to)
            return conflict(QStringLiteral("wrong_status"),
                            QStringLiteral("the job is %1: it cannot be %2 now").arg(status, action));
        if (*step->event == OrderEvent::Decline && parsed.value->reason.isEmpty())
            return badRequest(QStringLiteral("a decline needs a reason"));
        QJsonObject changes;
        if (*step->event == OrderEvent::Decline) {
            // Back to the office's queue, the provider released.
            changes.insert(QStringLiteral("provider_id"), QJsonValue::Null);
            changes.insert(QStringLiteral("planned_start"), QJsonValue::Null);
        }
        recordTransition(*tx, *order, domain::orderStatusKey(*to), QStringLiteral("provider"),
                         domain::orderEventKey(*step->event), parsed.value->reason, changes);
    }
    const auto stored = tx->row(QStringLiteral("orders"), orderId);
    const QJsonObject view = orderView(*tx, *stored, true);
    tx->commit();
    return {200, view};
}

sync::Reply ApiService::reportPositions(qint64 providerId, const ApiRequest &request)
{
    const auto parsed = parsePositions(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    // The newest point is the one kept (the map shows where the provider is).
    const PositionRequest p = parsed.value->newest;
    if (p.at > m_now() + 300)
        return badRequest(QStringLiteral("a point's at is in the future"));
    auto tx = m_storage.begin();
    const auto provider = tx->row(QStringLiteral("providers"), providerId);
    const auto last = tx->row(QStringLiteral("provider_positions"), providerId);
    // An older report arriving late does not move the provider back.
    if (!last || last->row.value(QLatin1StringView("at")).toInteger() <= p.at) {
        // The customer sees it as the provider's approach; the provider's
        // office pulls it for its dispatch map (one row per provider, kept).
        tx->putRow({QStringLiteral("provider_positions"), providerId, provider ? provider->owner : QString(),
                    QJsonObject{{QStringLiteral("provider_id"), providerId},
                                {QStringLiteral("lat"), p.lat},
                                {QStringLiteral("lng"), p.lng},
                                {QStringLiteral("at"), p.at}},
                    false, {}},
                   QStringLiteral("platform"), provider ? QStringList{provider->owner} : QStringList());
    }
    tx->commit();
    return {204, {}};
}

} // namespace doorstep::server::api
