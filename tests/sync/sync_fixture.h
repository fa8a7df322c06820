#pragma once
// What the sync tests make changes with: a fresh store (cheap KDF), a
// catalogue item, customers, a provider and orders through the spine, and an
// assignment recorded as dispatch records it (action dispatch.assign).
#include "../services/test_store.h"
#include "services/customer_service.h"
#include "services/order_service.h"

namespace doorstep::tests {

inline qint64 seedItem(services::ServiceLayer &s)
{
    // The catalogue has no editor yet: seeded as demo data is.
    return s.perform(services::Permission::DemoSeed, QStringLiteral("catalog.add_item"), [](services::ActionContext &ctx) {
        const qint64 category = ctx.newId();
        const qint64 item = ctx.newId();
        ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'cleaning', '日常保洁', 'Cleaning')", category);
        ctx.db().run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                     " VALUES (?, ?, 'clean_2h', '日常保洁 2小时', 'Cleaning, 2 hours', 11800, 120)", item, category);
        ctx.changed(QStringLiteral("service_categories"), category);
        ctx.changed(QStringLiteral("service_items"), item);
        return item;
    });
}

inline qint64 addCustomer(services::ServiceLayer &s, int n)
{
    return services::CustomerService(s).add(
        {QStringLiteral("顾客%1").arg(n), QStringLiteral("1391234%1").arg(n % 10000, 4, 10, QChar(u'0')), {}, 0, QStringLiteral("徐汇区"), 0, 0, {}});
}

inline qint64 addProvider(services::ServiceLayer &s)
{
    return s.perform(services::Permission::DemoSeed, QStringLiteral("test.provider"), [&](services::ActionContext &ctx) {
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO providers(id, office_id, name, phone, id_number, status, created_at, updated_at)"
                     " VALUES (?, ?, '赵丽华', '13600136000', '310104198503094561', 'active', 1, 1)",
                     id, s.session().officeId);
        ctx.changed(QStringLiteral("providers"), id);
        return id;
    });
}

inline qint64 addOrder(services::ServiceLayer &s, qint64 customer, qint64 item)
{
    return services::OrderService(s).create({customer, item, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
}

// The rows and the action name DispatchService::assign writes; the dispatch
// rules are not what these tests are about, so they are not consulted.
inline void assign(services::ServiceLayer &s, qint64 order, qint64 provider, qint64 start)
{
    s.perform(services::Permission::OrderDispatch, QStringLiteral("dispatch.assign"), [&](services::ActionContext &ctx) {
        ctx.db().run("UPDATE orders SET status = 'assigned', provider_id = ?, planned_start = ?, updated_at = ? WHERE id = ?",
                     provider, start, ctx.now(), order);
        services::recordManualDispatch(ctx, order, provider, start);
        ctx.changed(QStringLiteral("orders"), order);
        ctx.describe(QStringLiteral("orders"), order);
    });
}

} // namespace doorstep::tests
