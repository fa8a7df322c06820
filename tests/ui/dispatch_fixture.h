#pragma once
// A small demo franchise with a quiet future day for dispatch tests: two
// providers of the same service who work Thursdays 09:00-16:00, with nothing
// else on their day, and a helper to make pending orders on that day.
#include "demo/demo_generator.h"
#include "services/order_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

namespace doorstep::tests {

struct DispatchFixture
{
    static constexpr qint64 kThursday10 = 1804125600; // 2027-03-04 10:00 Shanghai
    QTemporaryDir dir;
    QString path;
    demo::DemoOptions options;
    qint64 customer = 0, item = 0, category = 0, district = 0, p1 = 0, p2 = 0;
    int weeks = 0;

    void create()
    {
        path = dir.filePath(QStringLiteral("dispatch.doorstep"));
        options.providers = 120;
        options.orders = 400;
        options.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(path, options);
        auto ws = login(QStringLiteral("dispatcher"));
        auto &db = ws->store().db();
        item = db.scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        category = db.scalar("SELECT category_id FROM service_items WHERE id = ?", item).toLongLong();
        // Two providers of the service who share a district and work Thursdays.
        auto st = db.prepare("SELECT p.id, pd.district_id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                             " JOIN provider_districts pd ON pd.provider_id = p.id"
                             " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 540 AND h.end_min >= 960"
                             " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ? ORDER BY pd.district_id, p.id");
        st.bind(1, category);
        qint64 lastDistrict = 0, lastProvider = 0;
        while (st.next()) {
            if (st.int64(1) == lastDistrict && st.int64(0) != lastProvider) {
                p1 = lastProvider;
                p2 = st.int64(0);
                district = lastDistrict;
                break;
            }
            lastDistrict = st.int64(1);
            lastProvider = st.int64(0);
        }
        QVERIFY(p1 && p2);
        customer = db.scalar("SELECT id FROM customers WHERE district_id = ? AND lat IS NOT NULL LIMIT 1", district).toLongLong();
        QVERIFY(customer);
        // Only the rule a test sets up should fire.
        db.exec("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('dispatch.long_travel_minutes', '600', 0),"
                " ('dispatch.low_rating_x100', '0', 0), ('dispatch.heavy_day_jobs', '99', 0)");
    }

    // A fresh Thursday for each test function: no jobs of other tests on it.
    qint64 nextThursday() { return kThursday10 + qint64(weeks++) * 7 * 86400; }
    static QString status(services::Workspace &ws, qint64 orderId)
    {
        return ws.store().db().scalar("SELECT status FROM orders WHERE id = ?", orderId).toString();
    }
    static qint64 providerOf(services::Workspace &ws, qint64 orderId)
    {
        return ws.store().db().scalar("SELECT provider_id FROM orders WHERE id = ?", orderId).toLongLong();
    }

    std::unique_ptr<services::Workspace> login(const QString &user) const
    {
        return services::Workspace::login(path, user, options.password);
    }

    qint64 newOrder(services::Workspace &ws, qint64 windowStart) const
    {
        return services::OrderService(ws.services()).create({customer, item, windowStart, windowStart + 7200, {}, {}, true});
    }
};

} // namespace doorstep::tests
