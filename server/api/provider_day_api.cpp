// A provider's own calendar in the app (ApiService, api_service.h;
// openapi.yaml "Provider's day"): their weekly working hours, which the
// office's planner reads, and their day with its earnings.
//
// Availability travels as the console's own: the provider's row with
// "$hours" (PROTOCOL.md, "Providers serving a neighbour's districts"), sent
// to the owning office, whose console replaces the provider's hours with
// them (sync/provider_extras), and the neighbour copy to the offices whose
// districts the provider serves. Days off likewise, as "$days_off" (the
// console's provider_days_off, schema v20): the planner gives no working
// hours on them.
//
// Earnings: the price of each job completed in the period, in fen. The
// office's share is not modelled on the platform yet, so this is what the
// customers paid for the provider's work, which is what the provider's app
// shows today.
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"
#include "sync/ownership.h"

#include <QJsonArray>

namespace doorstep::server::api {
namespace {
const QString kHours = QStringLiteral("$hours");
const QString kDaysOff = QStringLiteral("$days_off");
} // namespace

std::optional<sync::Reply> ApiService::providerSelf(qint64 providerId, const QStringList &parts, const ApiRequest &request)
{
    if (parts.size() != 1)
        return std::nullopt;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts[0] == u"availability" && (get || post)) {
        std::optional<AvailabilityRequest> in;
        if (post) {
            const auto parsed = parseAvailability(request.body);
            if (!parsed.value)
                return badRequest(parsed.error);
            in = parsed.value;
        }
        auto tx = m_storage.begin();
        tx->lockProvider(providerId);
        auto provider = tx->row(QStringLiteral("providers"), providerId);
        if (!provider || provider->deleted)
            return unauthorized();
        if (in) {
            QJsonArray hours;
            for (const HoursRequest &h : std::as_const(in->hours))
                hours.append(QJsonObject{{QStringLiteral("weekday"), h.weekday},
                                         {QStringLiteral("start_min"), h.startMin},
                                         {QStringLiteral("end_min"), h.endMin}});
            provider->row.insert(kHours, hours);
            if (in->daysOff)
                provider->row.insert(kDaysOff, QJsonArray::fromStringList(*in->daysOff));
            provider->row.insert(QStringLiteral("updated_at"), m_now());
            tx->putRow(*provider, QStringLiteral("platform"), {provider->owner});
            // The offices the provider also serves get their copy, as after the owner's own push.
            const QList<OfficeInfo> offices = m_storage.offices();
            const auto owner = std::find_if(offices.cbegin(), offices.cend(),
                                            [&](const OfficeInfo &o) { return o.code == provider->owner; });
            if (owner != offices.cend()) {
                sync::OwnershipResolver resolver(*tx, *owner, offices);
                const QStringList neighbours = resolver.neighboursOf(provider->row, provider->owner);
                if (!neighbours.isEmpty())
                    tx->appendChange({QStringLiteral("providers"), providerId, false, sync::neighbourCopy(provider->row),
                                      QStringLiteral("platform")},
                                     neighbours);
            }
        }
        const QJsonObject view{{QStringLiteral("hours"), provider->row.value(kHours).toArray()},
                               {QStringLiteral("days_off"), provider->row.value(kDaysOff).toArray()}};
        tx->commit();
        return sync::Reply{200, view};
    }
    if (parts[0] == u"day" && get) {
        const auto period = parsePeriod(request.query.queryItemValue(QStringLiteral("date")),
                                        request.query.queryItemValue(QStringLiteral("from")),
                                        request.query.queryItemValue(QStringLiteral("to")), m_now());
        if (!period.value)
            return badRequest(period.error);
        auto tx = m_storage.begin();
        QJsonArray jobs;
        qint64 earned = 0;
        int completed = 0;
        for (const StoredRow &order : tx->providerBookings(providerId, period.value->from, period.value->to, 0)) {
            const QString status = order.row.value(QLatin1StringView("status")).toString();
            if (status == u"completed" || status == u"rated") {
                earned += order.row.value(QLatin1StringView("price_fen")).toInteger();
                ++completed;
            }
            if (jobs.size() < 500)
                jobs.append(orderView(*tx, order, true));
        }
        tx->commit();
        return sync::Reply{200, {{QStringLiteral("from"), period.value->from},
                                 {QStringLiteral("to"), period.value->to},
                                 {QStringLiteral("jobs"), jobs},
                                 {QStringLiteral("completed"), completed},
                                 {QStringLiteral("earnings_fen"), earned}}};
    }
    return std::nullopt;
}

} // namespace doorstep::server::api
