// Data-key rotation benchmark: how long re-encrypting a demo franchise takes
// (services/data_key_rotation.h), the figure the console's estimate uses.
// Usage: bench_rekey [orders=1000000] [providers=20000] [store path to copy]
// With a path (e.g. the store bench_store kept) the store is copied first and
// the copy rotated; the kept store is never changed.
#include "demo/demo_generator.h"
#include "services/data_key_rotation.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace doorstep;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int providers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rekey.doorstep"));
    demo::DemoOptions options;
    options.orders = orders;
    options.providers = providers;
    options.kdf = store::KdfParams::fastForTests(); // measure the data, not Argon2
    QElapsedTimer t;
    t.start();
    if (argc > 3 && QFileInfo::exists(QString::fromLocal8Bit(argv[3]))) {
        if (!QFile::copy(QString::fromLocal8Bit(argv[3]), path)) {
            out << "cannot copy " << argv[3] << "\n";
            return 1;
        }
        out << "copied the kept store in " << t.elapsed() / 1000.0 << " s\n";
    } else {
        demo::createDemoStore(path, options);
        out << "created the demo store in " << t.elapsed() / 1000.0 << " s\n";
    }
    const qint64 bytes = QFileInfo(path).size();
    {
        // A store made before key-pair slots: every demo account logs in once
        // (same password), which turns its slot into a key-pair slot.
        t.restart();
        QStringList legacy;
        {
            auto ws = services::Workspace::login(path, QStringLiteral("admin"), options.password);
            legacy = ws->store().passwordOnlySlots();
        }
        for (const QString &user : std::as_const(legacy))
            services::Workspace::login(path, user, options.password);
        if (!legacy.isEmpty())
            out << "upgraded " << legacy.size() << " older key slots by logging in: " << t.elapsed() << " ms\n";
    }
    int reports = 0;
    t.restart();
    const services::RotationOutcome outcome = services::DataKeyRotation::rotate(
        path, QStringLiteral("admin"), options.password, [&](int) { ++reports; return true; });
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    auto ws = services::Workspace::inspect(path, QStringLiteral("admin"), options.password);
    const qint64 rows = ws->store().db().scalar("SELECT count(*) FROM orders").toLongLong();
    out << "store: " << bytes / (1024 * 1024) << " MiB, " << rows << " orders, " << outcome.accounts << " accounts\n"
        << "rotation: " << seconds << " s (" << double(bytes) / (1024.0 * 1024.0) / seconds << " MiB/s), "
        << reports << " progress reports\n"
        << "open the rotated store and count its orders: " << t.elapsed() << " ms\n";
    return 0;
}
