// Store benchmark: how long a demo franchise of N orders takes to create,
// how big it is, and how fast the console's paged views answer on it.
// Usage: bench_store [orders=1000000] [providers=20000] [store path to keep and reuse]
#include "demo/demo_generator.h"
#include "domain/order_lifecycle.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/applications_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/providers_model.h"
#include "services/provider_expiry_service.h"
#include "itemmodels/schedule_model.h"
#include "store/sqlite.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

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
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int providers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    // A kept store is reused by later runs (generating 1,000,000 orders takes minutes).
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("bench.doorstep"));
    const bool reuse = argc > 3 && QFileInfo::exists(path);

    demo::DemoOptions options;
    options.orders = orders;
    options.providers = providers;
    options.kdf = store::KdfParams::fastForTests(); // measure the data, not 7 password derivations
    QElapsedTimer t;
    t.start();
    demo::DemoSummary summary;
    if (!reuse)
        summary = demo::createDemoStore(path, options);
    const double createMs = reuse ? 0 : ms(t);
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    t.restart();
    auto ws = services::Workspace::login(path, QStringLiteral("admin"), options.password);
    const double loginMs = ms(t);

    // The customers page: first page, scrolling further pages, a phone-digit search, a name search.
    QList<double> first, scroll, phone, name;
    for (int run = 0; run < 5; ++run) {
        itemmodels::CustomersModel model(ws->store().db(), ws->session());
        t.restart();
        model.reload();
        first.append(ms(t));
        t.restart();
        for (int page = 0; page < 10; ++page)
            model.fetchMore({});
        scroll.append(ms(t) / 10);
        t.restart();
        model.setSearch(QStringLiteral("5678"));
        phone.append(ms(t));
        t.restart();
        model.setSearch(QStringLiteral("王"));
        name.append(ms(t));
    }
    // The order board and table (itemmodels::OrdersModel, as the pages use it).
    auto &db = ws->store().db();
    if (reuse) {
        summary.orders = db.scalar("SELECT count(*) FROM orders").toLongLong();
        summary.customers = db.scalar("SELECT count(*) FROM customers").toLongLong();
        summary.providers = db.scalar("SELECT count(*) FROM providers").toLongLong();
    }
    const qint64 reference = db.scalar("SELECT max(window_start) FROM orders WHERE status = 'awaiting_dispatch'").toLongLong();
    const qint64 dayStart = reference - reference % 86400 - 8 * 3600;
    const qint64 district = db.scalar("SELECT district_id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const qint64 category = db.scalar("SELECT si.category_id FROM orders o JOIN service_items si ON si.id = o.service_item_id"
                                      " WHERE o.status = 'awaiting_dispatch' AND o.window_start = ?", reference).toLongLong();
    const qint64 pendingOrder = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const QString providerPrefix = db.scalar("SELECT substr(name, 1, 1) FROM providers LIMIT 1").toString();
    const QString customerPhone = db.scalar("SELECT c.phone FROM orders o JOIN customers c ON c.id = o.customer_id LIMIT 1").toString();
    QList<double> tableFirst, tablePage, tableToday, boardAll, boardPage, countsAll, countsToday, byDistrict, byCategory, byProvider, byPhone,
        scheduleLoad, scheduleRank;
    for (int run = 0; run < 5; ++run) {
        itemmodels::OrdersModel table(db, ws->session(), ws->clock());
        t.restart();
        table.reload();
        tableFirst.append(ms(t));
        t.restart();
        for (int page = 0; page < 10; ++page)
            table.fetchMore({});
        tablePage.append(ms(t) / 10);
        itemmodels::OrderFilter today;
        today.windowFrom = dayStart;
        today.windowTo = dayStart + 86400;
        t.restart();
        table.setFilter(today);
        tableToday.append(ms(t));
        t.restart();
        countsToday.append((table.countsByStatus(), ms(t)));
        table.setFilter({});
        t.restart();
        countsAll.append((table.countsByStatus(), ms(t)));

        // The board: nine columns of 50 cards, then scrolling the biggest one.
        std::vector<std::unique_ptr<itemmodels::OrdersModel>> columns;
        t.restart();
        for (domain::OrderStatus s : domain::allOrderStatuses()) {
            auto column = std::make_unique<itemmodels::OrdersModel>(db, ws->session(), ws->clock());
            column->setPageSize(50);
            itemmodels::OrderFilter f;
            f.status = s;
            column->setFilter(f);
            columns.push_back(std::move(column));
        }
        boardAll.append(ms(t));
        t.restart();
        for (int page = 0; page < 10; ++page)
            columns.at(std::size_t(domain::OrderStatus::Rated))->fetchMore({});
        boardPage.append(ms(t) / 10);

        itemmodels::OrderFilter f;
        f.status = domain::OrderStatus::Completed;
        f.districtId = district;
        t.restart();
        table.setFilter(f);
        byDistrict.append(ms(t));
        f.districtId = 0;
        f.categoryId = category;
        t.restart();
        table.setFilter(f);
        byCategory.append(ms(t));
        f = {};
        f.providerName = providerPrefix;
        t.restart();
        table.setFilter(f);
        byProvider.append(ms(t));
        f = {};
        f.search = customerPhone;
        t.restart();
        table.setFilter(f);
        byPhone.append(ms(t));

        // The schedule board: a district's providers for a service, their days, then ranked for one order.
        itemmodels::ScheduleModel schedule(ws->services());
        t.restart();
        schedule.load(reference, district, category);
        scheduleLoad.append(ms(t));
        t.restart();
        schedule.setFocusOrder(pendingOrder);
        scheduleRank.append(ms(t));
        if (run == 0)
            out << "schedule board rows: " << schedule.rowCount() << "\n";
    }

    // Provider management at 20,000 providers: the directory, its filters, the onboarding queue,
    // and the expiry sweep every login runs (the first run on a fresh store suspends what lapsed).
    QList<double> dirFirst, dirPage, dirFilter, dirRating, dirSearch, queueFirst, sweep;
    const qint64 someSkill = db.scalar("SELECT id FROM service_categories ORDER BY sort LIMIT 1").toLongLong();
    for (int run = 0; run < 5; ++run) {
        itemmodels::ProvidersModel directory(db, ws->session());
        t.restart();
        directory.reload();
        dirFirst.append(ms(t));
        t.restart();
        for (int page = 0; page < 10; ++page)
            directory.fetchMore({});
        dirPage.append(ms(t) / 10);
        t.restart();
        directory.setSkill(someSkill);
        directory.setDistrict(district);
        dirFilter.append(ms(t));
        directory.setSkill(0);
        directory.setDistrict(0);
        t.restart();
        directory.setMinRatingX100(450);
        directory.setOrder(itemmodels::ProvidersModel::Order::ByRating);
        dirRating.append(ms(t));
        directory.setMinRatingX100(0);
        t.restart();
        directory.setSearch(providerPrefix);
        dirSearch.append(ms(t));
        itemmodels::ApplicationsModel queue(db, ws->session(), ws->clock());
        t.restart();
        queue.reload();
        queueFirst.append(ms(t));
        t.restart();
        services::ProviderExpiryService(ws->services()).sweep();
        sweep.append(ms(t));
    }

    out << "| measure | value |\n|---|---|\n";
    out << "| orders / customers / providers | " << summary.orders << " / " << summary.customers << " / " << summary.providers << " |\n";
    out << "| create demo store | " << QString::number(createMs / 1000, 'f', 1) << " s |\n";
    out << "| store file size | " << QString::number(double(bytes) / (1 << 20), 'f', 0) << " MiB |\n";
    out << "| open + log in (fast KDF) | " << QString::number(loginMs, 'f', 1) << " ms |\n";
    out << "| customers: first page (200 rows) | " << QString::number(median(first), 'f', 2) << " ms |\n";
    out << "| customers: each further page | " << QString::number(median(scroll), 'f', 2) << " ms |\n";
    out << "| customers: search by phone digits (first page) | " << QString::number(median(phone), 'f', 2) << " ms |\n";
    out << "| customers: search by surname (first page) | " << QString::number(median(name), 'f', 2) << " ms |\n";
    auto row = [&](const char *what, const QList<double> &v) { out << "| " << what << " | " << QString::number(median(v), 'f', 2) << " ms |\n"; };
    row("orders table: first page (200 rows, newest first)", tableFirst);
    row("orders table: each further page", tablePage);
    row("orders table: one day's orders (first page)", tableToday);
    row("order board: nine status columns, first 50 cards each", boardAll);
    row("order board: each further page of the biggest column", boardPage);
    row("live counts per status, all dates", countsAll);
    row("live counts per status, one day", countsToday);
    row("filter: status + district (first page)", byDistrict);
    row("filter: status + service category (first page)", byCategory);
    row("filter: provider name prefix (first page)", byProvider);
    row("filter: customer phone, 11 digits (first page)", byPhone);
    row("schedule board: load a district's providers for a service, with their day", scheduleLoad);
    row("schedule board: rank them for one order (rules for each)", scheduleRank);
    row("provider directory: first page", dirFirst);
    row("provider directory: each further page", dirPage);
    row("provider directory: skill + district (first page, each filter reloads)", dirFilter);
    row("provider directory: rating at least 4.5, best first", dirRating);
    row("provider directory: name prefix search", dirSearch);
    row("onboarding queue: first page", queueFirst);
    row("expiry sweep (runs at every login; median = nothing due)", sweep);
    return 0;
}
