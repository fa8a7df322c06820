// What encryption costs: the console's board and list queries on a store and
// on an unencrypted copy of the same data, opened by the same SQLCipher
// library (same SQLite version and query planner) without a key.
//   bench_encryption [STORE [user [password]]]
// STORE (e.g. the one bench_store keeps) is copied to a temporary directory
// (without STORE a demo store of 100,000 orders is made there) and the copy exported with sqlcipher_export into an ATTACHed plaintext
// database (KEY ''); the file given is never changed. Medians of 5 runs after
// one warm-up run, alternating the two databases.
#include "demo/demo_generator.h"
#include "domain/order_lifecycle.h"
#include "itemmodels/applications_model.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/providers_model.h"
#include "services/workspace.h"
#include "store/header_vfs.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace doorstep;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

struct Query
{
    QString name;
    std::function<void(store::Database &)> run;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const QString user = args.value(1, QStringLiteral("admin"));
    const QString password = args.value(2, demo::DemoOptions().password);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("encrypted.doorstep"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    if (args.isEmpty()) {
        demo::DemoOptions options;
        options.orders = 100000;
        options.providers = 2000;
        options.kdf = store::KdfParams::fastForTests();
        out << "making a demo store of " << options.orders << " orders…\n" << Qt::flush;
        demo::createDemoStore(path, options);
    } else if (!QFile::copy(args.at(0), path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(0)));
        return 2;
    }
    auto ws = services::Workspace::login(path, user, password);
    auto &encrypted = ws->store().db();

    QElapsedTimer t;
    t.start();
    // The plaintext copy is written and read through the same header VFS as
    // the store (the attached file inherits the connection's VFS), so the two
    // differ in the encryption only.
    {
        // ATTACH opens with the store connection's flags, which do not create files.
        QFile empty(plainPath);
        if (!empty.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(plainPath));
            return 2;
        }
    }
    encrypted.exec("ATTACH DATABASE '" + plainPath.toUtf8() + "' AS plain KEY ''");
    encrypted.scalar("SELECT sqlcipher_export('plain')");
    encrypted.exec("DETACH DATABASE plain");
    const double exportSeconds = double(t.elapsed()) / 1000;
    store::Database plain;
    plain.open(plainPath, SQLITE_OPEN_READWRITE, store::registerHeaderVfs());
    plain.exec("PRAGMA journal_mode = WAL");
    plain.exec("PRAGMA temp_store = MEMORY");
    out << "cipher: " << encrypted.scalar("PRAGMA cipher_version").toString() << ", SQLite "
        << encrypted.scalar("SELECT sqlite_version()").toString() << "; plaintext copy made in " << QString::number(exportSeconds, 'f', 0)
        << " s; sizes " << QFileInfo(path).size() / (1 << 20) << " / " << QFileInfo(plainPath).size() / (1 << 20) << " MiB\n"
        << Qt::flush;
    if (plain.scalar("SELECT count(*) FROM orders").toLongLong() != encrypted.scalar("SELECT count(*) FROM orders").toLongLong()) {
        std::fprintf(stderr, "the plaintext copy differs\n");
        return 1;
    }

    const auto &session = ws->session();
    const auto &clock = ws->clock();
    const qint64 reference = encrypted.scalar("SELECT max(window_start) FROM orders WHERE status = 'awaiting_dispatch'").toLongLong();
    const qint64 dayStart = reference - reference % 86400 - 8 * 3600;
    const qint64 district = encrypted.scalar("SELECT district_id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const qint64 category = encrypted.scalar("SELECT category_id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const QString providerPrefix = encrypted.scalar("SELECT substr(name, 1, 1) FROM providers LIMIT 1").toString();
    const QString customerPhone = encrypted.scalar("SELECT c.phone FROM orders o JOIN customers c ON c.id = o.customer_id LIMIT 1").toString();

    auto orders = [&](itemmodels::OrderFilter f, int pages = 1, int pageSize = 200) {
        return [&session, &clock, f, pages, pageSize](store::Database &db) {
            itemmodels::OrdersModel m(db, session, clock);
            m.setPageSize(pageSize);
            m.setFilter(f);
            for (int p = 1; p < pages; ++p)
                m.fetchMore({});
        };
    };
    itemmodels::OrderFilter none, today, statusDistrict, statusCategory, providerName, phone;
    today.windowFrom = dayStart;
    today.windowTo = dayStart + 86400;
    statusDistrict.status = domain::OrderStatus::Completed;
    statusDistrict.districtId = district;
    statusCategory.status = domain::OrderStatus::Completed;
    statusCategory.categoryId = category;
    providerName.providerName = providerPrefix;
    phone.search = customerPhone;
    std::vector<Query> queries{
        {QStringLiteral("orders table: first page + 10 more"), orders(none, 11)},
        {QStringLiteral("orders table: one day's orders"), orders(today)},
        {QStringLiteral("order board: nine columns of 50 cards"), [&](store::Database &db) {
             for (domain::OrderStatus s : domain::allOrderStatuses()) {
                 itemmodels::OrderFilter f;
                 f.status = s;
                 orders(f, 1, 50)(db);
             }
         }},
        {QStringLiteral("order board: biggest column, 10 pages"), orders([] { itemmodels::OrderFilter f; f.status = domain::OrderStatus::Rated; return f; }(), 10, 50)},
        {QStringLiteral("live counts per status, all dates"), [&](store::Database &db) { itemmodels::countOrdersByStatus(db, none, true); }},
        {QStringLiteral("live counts per status, one day"), [&](store::Database &db) { itemmodels::countOrdersByStatus(db, today, true); }},
        {QStringLiteral("filter: status + district"), orders(statusDistrict)},
        {QStringLiteral("filter: status + service"), orders(statusCategory)},
        {QStringLiteral("filter: provider name, one character"), orders(providerName)},
        {QStringLiteral("filter: customer phone, 11 digits"), orders(phone)},
        {QStringLiteral("customers: first page + 10 more"), [&](store::Database &db) {
             itemmodels::CustomersModel m(db, session);
             m.reload();
             for (int p = 0; p < 10; ++p)
                 m.fetchMore({});
         }},
        {QStringLiteral("customers: phone digits (scan)"), [&](store::Database &db) {
             itemmodels::CustomersModel m(db, session);
             m.setSearch(QStringLiteral("5678"));
         }},
        {QStringLiteral("customers: surname 王"), [&](store::Database &db) {
             itemmodels::CustomersModel m(db, session);
             m.setSearch(QStringLiteral("王"));
         }},
        {QStringLiteral("provider directory: first page + 10 more"), [&](store::Database &db) {
             itemmodels::ProvidersModel m(db, session);
             m.reload();
             for (int p = 0; p < 10; ++p)
                 m.fetchMore({});
         }},
        {QStringLiteral("provider directory: rating ≥ 4.5, best first"), [&](store::Database &db) {
             itemmodels::ProvidersModel m(db, session);
             m.setMinRatingX100(450);
             m.setOrder(itemmodels::ProvidersModel::Order::ByRating);
         }},
        {QStringLiteral("onboarding queue: first page"), [&](store::Database &db) {
             itemmodels::ApplicationsModel m(db, session, clock);
             m.reload();
         }},
    };

    out << "\n| query | encrypted ms | plain ms | encrypted / plain |\n|---|---|---|---|\n";
    double logSum = 0;
    double encTotal = 0, plainTotal = 0;
    for (const Query &q : queries) {
        std::vector<double> enc, pl;
        for (int run = 0; run < 6; ++run) {
            for (store::Database *db : {&encrypted, &plain}) {
                QElapsedTimer timer;
                timer.start();
                q.run(*db);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (run > 0)
                    (db == &encrypted ? enc : pl).push_back(ms);
            }
        }
        const double e = median(enc), p = median(pl);
        encTotal += e;
        plainTotal += p;
        logSum += std::log(e / p);
        out << "| " << q.name << " | " << QString::number(e, 'f', 2) << " | " << QString::number(p, 'f', 2) << " | "
            << QString::number(e / p, 'f', 2) << " |\n" << Qt::flush;
    }
    out << "| all of them (sum) | " << QString::number(encTotal, 'f', 1) << " | " << QString::number(plainTotal, 'f', 1) << " | "
        << QString::number(encTotal / plainTotal, 'f', 2) << " |\n";
    out << "| geometric mean of the ratios | | | " << QString::number(std::exp(logSum / double(queries.size())), 'f', 2) << " |\n";
    return 0;
}
