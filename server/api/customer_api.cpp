// The customer endpoints of ApiService (api_service.h): the catalogue for an
// address, orders (create, list, see, cancel, rate).
#include "api/api_keys.h"
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"
#include "api/order_lookup.h"

#include "domain/order_lifecycle.h"

#include <QJsonArray>

namespace doorstep::server::api {
namespace {
// The office whose districts include the adcode; empty when none does.
QString officeServing(SyncStorage &storage, const QString &adcode)
{
    for (const OfficeInfo &o : storage.offices()) {
        if (o.districts.contains(adcode))
            return o.code;
    }
    return {};
}

sync::Reply notServed(const QString &adcode)
{
    return sync::errorReply(422, QStringLiteral("not_served"),
                            QStringLiteral("no office serves district %1 yet").arg(adcode));
}

QString key(qint64 id)
{
    return idKey(id);
}
} // namespace

sync::Reply ApiService::orders(const ApiRequest &request, const QStringList &parts)
{
    sync::Reply error;
    const auto caller = authenticate(request, keys::kCustomerToken, error);
    if (!caller)
        return error;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    // parts: after "orders/"
    if (parts.isEmpty())
        return get ? customerOrders(caller->id) : post ? createOrder(caller->id, request) : notFound();
    const auto orderId = parseId(parts[0]);
    if (!orderId)
        return notFound();
    if (parts.size() == 1 && get)
        return customerOrder(caller->id, *orderId);
    if (parts.size() == 2 && parts[1] == u"cancel" && post)
        return cancelOrder(caller->id, *orderId, request);
    if (parts.size() == 2 && parts[1] == u"rating" && post)
        return rateOrder(caller->id, *orderId, request);
    if (parts.size() == 2) {
        if (auto reply = orderAftersales(caller->id, *orderId, parts[1], request))
            return *reply;
    }
    return notFound();
}

sync::Reply ApiService::catalogue(const QString &adcode)
{
    if (adcode.isEmpty() || adcode.size() > 12)
        return badRequest(QStringLiteral("adcode (the address's district) is missing"));
    const QString office = officeServing(m_storage, adcode);
    if (office.isEmpty())
        return notServed(adcode);
    auto tx = m_storage.begin();
    QHash<qint64, QString> categories;
    for (const StoredRow &c : tx->rowsOf(QStringLiteral("service_categories"), 1000))
        categories.insert(c.id, c.row.value(QLatin1StringView("code")).toString());
    QJsonArray items;
    // One price list for the platform today: the office is what the
    // district decides (who comes, whose rules apply).
    for (const StoredRow &i : tx->rowsOf(QStringLiteral("service_items"), 5000)) {
        if (i.row.value(QLatin1StringView("active")).toInteger(1) == 0)
            continue;
        items.append(QJsonObject{
            {QStringLiteral("id"), idText(i.id)},
            {QStringLiteral("code"), i.row.value(QLatin1StringView("code"))},
            {QStringLiteral("name"), i.row.value(QLatin1StringView("name"))},
            {QStringLiteral("name_en"), i.row.value(QLatin1StringView("name_en"))},
            {QStringLiteral("category"), categories.value(i.row.value(QLatin1StringView("category_id")).toInteger())},
            {QStringLiteral("price_fen"), i.row.value(QLatin1StringView("price_fen"))},
            {QStringLiteral("duration_min"), i.row.value(QLatin1StringView("duration_min"))}});
    }
    tx->commit();
    return {200, {{QStringLiteral("district"), adcode}, {QStringLiteral("office"), office}, {QStringLiteral("items"), items}}};
}

sync::Reply ApiService::createOrder(qint64 customerId, const ApiRequest &request)
{
    const auto parsed = parseOrder(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const OrderRequest &in = *parsed.value;
    const qint64 now = m_now();
    if (in.windowEnd <= now)
        return badRequest(QStringLiteral("the time window is over already"));
    const QString office = officeServing(m_storage, in.district);
    if (office.isEmpty())
        return notServed(in.district);
    auto tx = m_storage.begin();
    const auto districtId = tx->platformIdByKey(QStringLiteral("districts"), in.district);
    const auto officeRowId = tx->platformIdByKey(QStringLiteral("offices"), office);
    if (!districtId || !officeRowId)
        return notServed(in.district); // its office has not sent its districts yet
    const auto item = tx->row(QStringLiteral("service_items"), in.serviceItemId);
    if (!item || item->deleted || item->row.value(QLatin1StringView("active")).toInteger(1) == 0)
        return sync::errorReply(422, QStringLiteral("unknown_service"), QStringLiteral("no such service in the catalogue"));
    auto customer = tx->row(QStringLiteral("customers"), customerId);
    if (!customer)
        return unauthorized(); // a token whose customer is gone
    // The customer row reaches the offices that serve them (shared rows go
    // to every office, as the offices' own customers do), with an office the
    // first time.
    if (customer->row.value(QLatin1StringView("office_id")).isNull()) {
        customer->row.insert(QStringLiteral("office_id"), *officeRowId);
        customer->row.insert(QStringLiteral("district_id"), *districtId);
        customer->row.insert(QStringLiteral("address"), in.address);
        customer->row.insert(QStringLiteral("lat"), in.lat);
        customer->row.insert(QStringLiteral("lng"), in.lng);
        customer->row.insert(QStringLiteral("updated_at"), now);
        tx->putRow(*customer, QStringLiteral("platform"), {QStringLiteral("*")});
    }
    const qint64 id = newId(*tx, QStringLiteral("orders"));
    const QJsonObject &it = item->row;
    const QJsonObject row{{QStringLiteral("id"), id},
                          {QStringLiteral("order_no"), QStringLiteral("APP%1").arg(id)},
                          {QStringLiteral("office_id"), *officeRowId},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("service_item_id"), in.serviceItemId},
                          {QStringLiteral("category_id"), it.value(QLatin1StringView("category_id"))},
                          {QStringLiteral("district_id"), *districtId},
                          {QStringLiteral("address"), in.address},
                          {QStringLiteral("lat"), in.lat},
                          {QStringLiteral("lng"), in.lng},
                          {QStringLiteral("window_start"), in.windowStart},
                          {QStringLiteral("window_end"), in.windowEnd},
                          {QStringLiteral("duration_min"), it.value(QLatin1StringView("duration_min"))},
                          {QStringLiteral("price_fen"), it.value(QLatin1StringView("price_fen"))},
                          {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
                          {QStringLiteral("status"), QStringLiteral("created")},
                          {QStringLiteral("priority"), 0},
                          {QStringLiteral("note"), in.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(in.note)},
                          {QStringLiteral("created_at"), now},
                          {QStringLiteral("updated_at"), now}};
    const StoredRow order{QStringLiteral("orders"), id, office, row, false, {}};
    // Created, then straight into the office's dispatch queue, as the
    // console's own "create and submit" writes it.
    recordTransition(*tx, order, QStringLiteral("awaiting_dispatch"), QStringLiteral("customer"),
                     domain::orderEventKey(domain::OrderEvent::Submit), QStringLiteral("ordered in the app"));
    tx->putApiKey(keys::kCustomerOrder, key(customerId), id, 0);
    auto stored = tx->row(QStringLiteral("orders"), id);
    const QJsonObject view = orderView(*tx, *stored, false);
    tx->commit();
    return {201, view};
}

sync::Reply ApiService::customerOrders(qint64 customerId)
{
    auto tx = m_storage.begin();
    QJsonArray orders;
    const QList<qint64> ids = tx->apiSubjects(keys::kCustomerOrder, key(customerId), 0);
    // Newest first (ids are time-ordered); the last 200.
    for (qsizetype i = ids.size() - 1; i >= 0 && orders.size() < 200; --i) {
        if (const auto order = tx->row(QStringLiteral("orders"), ids[i]); order && !order->deleted)
            orders.append(orderView(*tx, *order, false));
    }
    tx->commit();
    return {200, {{QStringLiteral("orders"), orders}}};
}

sync::Reply ApiService::customerOrder(qint64 customerId, qint64 orderId)
{
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QJsonObject view = orderView(*tx, *order, false);
    tx->commit();
    return {200, view};
}

sync::Reply ApiService::cancelOrder(qint64 customerId, qint64 orderId, const ApiRequest &request)
{
    const auto parsed = parseReason(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QString status = order->row.value(QLatin1StringView("status")).toString();
    if (status == u"cancelled")
        return conflict(QStringLiteral("already_cancelled"), QStringLiteral("the order is already cancelled"));
    // Free before dispatch. After it, the office decides (it may charge, or
    // have a provider on the way): no office publishes a cancellation rule
    // to the platform yet, so the app is told to call the office.
    if (status != u"created" && status != u"awaiting_dispatch")
        return conflict(QStringLiteral("already_dispatched"),
                        QStringLiteral("a provider is already booked for this order (%1): to cancel now, call the "
                                       "office, whose rules decide")
                            .arg(status));
    const QString reason = parsed.value->reason.isEmpty() ? QStringLiteral("cancelled by the customer in the app")
                                                          : parsed.value->reason;
    recordTransition(*tx, *order, QStringLiteral("cancelled"), QStringLiteral("customer"),
                     domain::orderEventKey(domain::OrderEvent::Cancel), reason,
                     {{QStringLiteral("cancel_reason"), reason}});
    const auto stored = tx->row(QStringLiteral("orders"), orderId);
    const QJsonObject view = orderView(*tx, *stored, false);
    tx->commit();
    return {200, view};
}

sync::Reply ApiService::rateOrder(qint64 customerId, qint64 orderId, const ApiRequest &request)
{
    const auto parsed = parseRating(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QString status = order->row.value(QLatin1StringView("status")).toString();
    if (status == u"rated")
        return conflict(QStringLiteral("already_rated"), QStringLiteral("the order is rated already"));
    if (status != u"completed")
        return conflict(QStringLiteral("not_completed"), QStringLiteral("an order is rated once it is completed"));
    const qint64 now = m_now();
    const qint64 ratingId = newId(*tx, QStringLiteral("ratings"));
    const QJsonObject rating{{QStringLiteral("id"), ratingId},
                             {QStringLiteral("order_id"), orderId},
                             {QStringLiteral("provider_id"), order->row.value(QLatin1StringView("provider_id"))},
                             {QStringLiteral("customer_id"), customerId},
                             {QStringLiteral("stars"), parsed.value->stars},
                             {QStringLiteral("comment"), parsed.value->comment.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(parsed.value->comment)},
                             {QStringLiteral("at"), now}};
    tx->putRow({QStringLiteral("ratings"), ratingId, order->owner, rating, false, {}}, QStringLiteral("platform"),
               {order->owner});
    recordTransition(*tx, *order, QStringLiteral("rated"), QStringLiteral("customer"),
                     domain::orderEventKey(domain::OrderEvent::Rate), QString());
    tx->commit();
    return {201, {{QStringLiteral("id"), idText(ratingId)}, {QStringLiteral("order_id"), idText(orderId)},
                  {QStringLiteral("stars"), parsed.value->stars}}};
}

} // namespace doorstep::server::api
