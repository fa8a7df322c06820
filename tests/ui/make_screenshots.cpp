// Screenshots of the console for README and issues, on a real store:
//   doorstep_screenshots STORE OUTDIR [zh_CN|en] [user] [password]
// Logs in (default: dispatcher / doorstep-demo), then saves
//   order-board.png     the order board (status columns) with the first card's detail
//   schedule-board.png  the schedule board on the day of the nearest pending order,
//                       that order selected, providers ranked for it
// Not a test: it asserts nothing; tst_scheduleboard tests the same screens.
#include "domain/office_time.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/main_window.h"
#include "ui/orders/order_board.h"
#include "ui/orders/order_detail_view.h"
#include "ui/orders_page.h"
#include "ui/schedule/schedule_board.h"
#include "ui/schedule/schedule_timeline.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLibraryInfo>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace doorstep;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: doorstep_screenshots STORE OUTDIR [zh_CN|en] [user] [password]\n");
        return 2;
    }
    const QString store = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QLocale locale(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("zh_CN"));
    const QString user = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("dispatcher");
    const QString password = argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("doorstep-demo");
    QLocale::setDefault(locale);
    QTranslator qt, own;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (own.load(locale, QStringLiteral("doorstep"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&own);

    auto ws = services::Workspace::login(store, user, password);
    ui::MainWindow window(*ws);
    window.resize(1500, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    if (auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")))) {
        window.showPage(QStringLiteral("orders"));
        orders->showBoard(true);
        if (auto *awaiting = orders->board()->columnView(domain::OrderStatus::AwaitingDispatch); awaiting && awaiting->model()->rowCount())
            awaiting->setCurrentIndex(awaiting->model()->index(0, 0));
        QTest::qWait(200);
        window.grab().save(out.filePath(QStringLiteral("order-board.png")));
    }

    if (auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")))) {
        window.showPage(QStringLiteral("schedule"));
        // Of the coming days with pending orders, the one with most jobs already
        // planned, so the board shows a working day; its earliest pending order.
        auto &db = ws->store().db();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        qint64 order = 0;
        qint64 bestJobs = -1;
        for (int d = 0; d < 4; ++d) {
            const qint64 day = domain::officeDayStart(now) + d * 86400;
            const qint64 jobs = db.scalar("SELECT count(*) FROM orders WHERE planned_start >= ? AND planned_start < ? AND status <> 'cancelled'",
                                          day, day + 86400).toLongLong();
            const qint64 pending = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' AND window_start >= ? AND window_start < ?"
                                             " ORDER BY window_start LIMIT 1", std::max(day, now), day + 86400).toLongLong();
            if (pending && jobs > bestJobs) {
                bestJobs = jobs;
                order = pending;
            }
        }
        if (!order)
            order = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY window_start DESC LIMIT 1").toLongLong();
        if (order) {
            board->showDay(db.scalar("SELECT window_start FROM orders WHERE id = ?", order).toLongLong());
            board->selectPending(order);
            board->timeline()->setFocus();
        }
        QTest::qWait(200);
        window.grab().save(out.filePath(QStringLiteral("schedule-board.png")));
    }
    return 0;
}
