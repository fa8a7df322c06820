// Store benchmark: how long a demo franchise of N orders takes to create,
// how big it is, and how fast the console's paged views answer on it.
// Usage: bench_store [orders=1000000] [providers=20000]
#include "demo/demo_generator.h"
#include "itemmodels/customers_model.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

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
    const QString path = dir.filePath(QStringLiteral("bench.doorstep"));

    demo::DemoOptions options;
    options.orders = orders;
    options.providers = providers;
    options.kdf = store::KdfParams::fastForTests(); // measure the data, not 7 password derivations
    QElapsedTimer t;
    t.start();
    const demo::DemoSummary summary = demo::createDemoStore(path, options);
    const double createMs = ms(t);
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
    out << "| measure | value |\n|---|---|\n";
    out << "| orders / customers / providers | " << summary.orders << " / " << summary.customers << " / " << summary.providers << " |\n";
    out << "| create demo store | " << QString::number(createMs / 1000, 'f', 1) << " s |\n";
    out << "| store file size | " << QString::number(double(bytes) / (1 << 20), 'f', 0) << " MiB |\n";
    out << "| open + log in (fast KDF) | " << QString::number(loginMs, 'f', 1) << " ms |\n";
    out << "| customers: first page (200 rows) | " << QString::number(median(first), 'f', 2) << " ms |\n";
    out << "| customers: each further page | " << QString::number(median(scroll), 'f', 2) << " ms |\n";
    out << "| customers: search by phone digits (first page) | " << QString::number(median(phone), 'f', 2) << " ms |\n";
    out << "| customers: search by surname (first page) | " << QString::number(median(name), 'f', 2) << " ms |\n";
    return 0;
}
