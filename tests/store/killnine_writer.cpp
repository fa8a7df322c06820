// The writer process of tst_killnine: logs in to an existing store and does
// real service actions (customers added and corrected, orders created, staff
// added and their passwords reset) until it is killed with SIGKILL.
//
//   killnine_writer STORE LOG RUN SEED [rekey]
//
// With "rekey" it alternates adding a customer and rotating the data key
// (services/data_key_rotation.h), so kills land inside rotations.
//
// For each action it appends two lines to LOG, each written and fsync'd:
//   B <kind> <target> <value>   before the action starts
//   D <kind> <id> <value>       only after the service call (its COMMIT) returned
// A "D" line therefore promises the action is in the store; a "B" line
// without its "D" is the one action that was in flight when the kill came,
// which may or may not have committed. The test checks both promises.
// Built only for the tests; never installed.
#include "services/customer_service.h"
#include "services/data_key_rotation.h"
#include "services/order_service.h"
#include "services/staff_service.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <random>

#include <fcntl.h>
#include <unistd.h>

using namespace doorstep;
using namespace doorstep::services;

namespace {

class Log
{
public:
    explicit Log(const QString &path) : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT, 0600)) {}
    ~Log() { ::close(m_fd); }
    bool ok() const { return m_fd >= 0; }
    // One line per write(2) with O_APPEND, then fsync: a kill leaves whole
    // lines only, and a line once written survives the process.
    void line(char tag, const QString &kind, qint64 id, const QString &value)
    {
        const QByteArray text = QByteArray(1, tag) + ' ' + kind.toUtf8() + ' ' + QByteArray::number(id) + ' '
                              + value.toUtf8() + '\n';
        if (::write(m_fd, text.constData(), size_t(text.size())) != text.size() || ::fsync(m_fd) != 0) {
            std::perror("killnine_writer: log");
            std::_Exit(2);
        }
    }

private:
    int m_fd;
};

qint64 randomRow(store::Database &db, const QByteArray &sql, std::mt19937_64 &rng)
{
    const qint64 n = db.scalar("SELECT count(*) FROM (" + sql + ")").toLongLong();
    if (n == 0)
        return 0;
    return db.scalar(sql + " LIMIT 1 OFFSET ?", qint64(rng() % quint64(n))).toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && !(args.size() == 6 && args.at(5) == u"rekey")) {
        std::fputs("usage: killnine_writer STORE LOG RUN SEED [rekey]\n", stderr);
        return 1;
    }
    const QString run = args.at(3);
    std::mt19937_64 rng(args.at(4).toULongLong());
    Log log(args.at(2));
    if (!log.ok()) {
        std::perror("killnine_writer: open log");
        return 2;
    }
    if (args.size() == 6) {
        try {
            const QString admin = QStringLiteral("admin");
            const QString password = QStringLiteral("admin-pass");
            for (qint64 i = 1;; ++i) {
                const QString tag = run + QLatin1Char('r') + QString::number(i);
                {
                    // A change between rotations: it must survive the next one, killed or not.
                    auto ws = Workspace::login(args.at(1), admin, password);
                    if (i == 1) {
                        std::fputs("ready\n", stdout);
                        std::fflush(stdout);
                    }
                    const qint64 district = ws->store().db().scalar("SELECT id FROM districts LIMIT 1").toLongLong();
                    const QString phone = QStringLiteral("137%1").arg(qint64(rng() % 100000000), 8, 10, QLatin1Char('0'));
                    log.line('B', QStringLiteral("customer.add"), 0, tag);
                    const qint64 id = CustomerService(ws->services()).add({QStringLiteral("顾客") + tag, phone, {}, district, QString(), 0, 0, tag});
                    log.line('D', QStringLiteral("customer.add"), id, tag);
                }
                log.line('B', QStringLiteral("store.rekey"), 0, tag);
                DataKeyRotation::rotate(args.at(1), admin, password);
                log.line('D', QStringLiteral("store.rekey"), 0, tag);
            }
        } catch (const std::exception &e) {
            std::fprintf(stderr, "killnine_writer: %s\n", e.what());
            return 3;
        }
    }
    try {
        auto ws = Workspace::login(args.at(1), QStringLiteral("admin"), QStringLiteral("admin-pass"));
        auto &db = ws->store().db();
        CustomerService customers(ws->services());
        OrderService orders(ws->services());
        StaffService staff(ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        const qint64 district = db.scalar("SELECT id FROM districts LIMIT 1").toLongLong();
        const qint64 item = db.scalar("SELECT id FROM service_items LIMIT 1").toLongLong();
        std::fputs("ready\n", stdout); // logged in: the test may now kill at any moment of the actions
        std::fflush(stdout);
        for (qint64 i = 1;; ++i) {
            const QString tag = run + QLatin1Char('x') + QString::number(i);
            const int pick = int(rng() % 100);
            if (pick < 40) {
                const QString phone = QStringLiteral("139%1").arg(qint64(rng() % 100000000), 8, 10, QLatin1Char('0'));
                log.line('B', QStringLiteral("customer.add"), 0, tag);
                const qint64 id = customers.add({QStringLiteral("顾客") + tag, phone, {}, district, QStringLiteral("漕溪北路88弄"), 0, 0, tag});
                log.line('D', QStringLiteral("customer.add"), id, tag);
            } else if (pick < 60) {
                const qint64 id = randomRow(db, "SELECT id FROM customers ORDER BY id", rng);
                if (id == 0)
                    continue;
                auto row = db.prepare("SELECT name, phone, district_id, address FROM customers WHERE id = ?");
                row.bind(1, id);
                row.next();
                const CustomerCorrection input{row.text(0), std::nullopt, {}, row.int64(2), row.text(3), tag}; // the note changes
                log.line('B', QStringLiteral("customer.update"), id, tag);
                customers.update(id, input);
                log.line('D', QStringLiteral("customer.update"), id, tag);
            } else if (pick < 85) {
                const qint64 customer = randomRow(db, "SELECT id FROM customers ORDER BY id", rng);
                if (customer == 0)
                    continue;
                const qint64 start = ws->services().now() + 86400 + qint64(rng() % 30) * 86400;
                log.line('B', QStringLiteral("order.create"), customer, tag);
                const qint64 id = orders.create({customer, item, start, start + 7200, {}, tag, false});
                log.line('D', QStringLiteral("order.create"), id, tag);
            } else if (pick < 95 && ws->store().slotUsers().size() < 100) { // the header holds at most 200 slots
                // The user name is the tag (unique across runs); its password is "password-" + tag.
                const QString name = QStringLiteral("k") + tag;
                log.line('B', QStringLiteral("staff.add"), 0, name);
                const qint64 id = staff.add({name, QStringLiteral("员工") + tag, Role::Dispatcher, {}, QStringLiteral("password-") + name});
                log.line('D', QStringLiteral("staff.add"), id, name);
            } else {
                const qint64 id = randomRow(db, "SELECT id FROM staff WHERE username <> 'admin' AND removed_at IS NULL ORDER BY id", rng);
                if (id == 0)
                    continue;
                // The new password is "password-" + tag; the test looks the user up by id.
                log.line('B', QStringLiteral("staff.reset_password"), id, tag);
                staff.resetPassword(id, QStringLiteral("password-") + tag);
                log.line('D', QStringLiteral("staff.reset_password"), id, tag);
            }
        }
    } catch (const std::exception &e) {
        // Any refusal is a failure of the harness itself: the test reports stderr.
        std::fprintf(stderr, "killnine_writer: %s\n", e.what());
        return 3;
    }
}
