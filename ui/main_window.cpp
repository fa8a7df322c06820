#include "ui/main_window.h"

#include "itemmodels/continuous_dispatch.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "services/store_maintenance.h"
#include "services/workspace.h"
#include "ui/aftersales/complaints_page.h"
#include "ui/aftersales/office_hours_dialog.h"
#include "ui/reports/export_dialog.h"
#include "ui/customers_page.h"
#include "ui/orders/order_detail_view.h"
#include "ui/message_box.h"
#include "ui/status_label.h"
#include "ui/orders_page.h"
#include "ui/stats/stats_page.h"
#include "ui/privacy/retention_dialog.h"
#include "ui/providers/provider_directory_page.h"
#include "ui/providers/review_queue_page.h"
#include "ui/schedule/schedule_board.h"
#include "ui/staff_dialogs.h"
#include "ui/staff_page.h"
#include "ui/sync/sync_dialog.h"
#include "sync/sync_client.h"

#include <utility>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

MainWindow::MainWindow(services::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_user(new QLabel(this))
    , m_office(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_syncClient(new sync::SyncClient(workspace.services(), this))
    , m_syncRefresh(new QTimer(this))
    , m_breaches(new QLabel(this))
{
    setWindowTitle(tr("Doorstep — %1").arg(workspace.session().officeName));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }"));
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    const auto &session = workspace.session();
    if (session.can(services::Permission::StoreRekey)) {
        // Not a dialog: it stays in sight, and work goes on underneath.
        m_rotationBanner = new QFrame(central);
        m_rotationBanner->setObjectName(QStringLiteral("rotationBanner"));
        m_rotationBanner->setStyleSheet(QStringLiteral(
            "#rotationBanner { background: #fff4e5; border-bottom: 1px solid #f0b429; } QLabel { color: #7a4a00; }"));
        auto *bannerRow = new QHBoxLayout(m_rotationBanner);
        bannerRow->setContentsMargins(12, 6, 12, 6);
        m_rotationText = new QLabel(m_rotationBanner);
        m_rotationText->setWordWrap(true);
        auto *rotateNow = new QPushButton(tr("Rotate now…"), m_rotationBanner);
        rotateNow->setObjectName(QStringLiteral("rotateNow"));
        connect(rotateNow, &QPushButton::clicked, this, &MainWindow::dataKeyRotationRequested);
        bannerRow->addWidget(m_rotationText, 1);
        bannerRow->addWidget(rotateNow);
        m_rotationBanner->hide();
        column->addWidget(m_rotationBanner);
    }
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);

    // Each area is built when it is first shown (or asked for): at 1,000,000
    // orders building every page at login would hold the GUI thread for the
    // sum of their first queries. Pages that talk to each other are
    // connected when the second of the two is built.
    // New orders (pulled by sync, typed in here) are offered to continuous
    // auto-dispatch, which does what the office setting says (off by default).
    if (session.can(services::Permission::OrderDispatch)) {
        try {
            m_continuous = new itemmodels::ContinuousDispatch(workspace.services(), this);
            connect(m_syncClient, &sync::SyncClient::storeChanged, m_continuous, &itemmodels::ContinuousDispatch::ordersMayHaveArrived);
            connect(m_continuous, &itemmodels::ContinuousDispatch::ordersChanged, this, &MainWindow::ordersChangedHere);
            // Its assignments reach the providers' apps now, not at the next round.
            connect(m_continuous, &itemmodels::ContinuousDispatch::ordersChanged, m_syncClient, &sync::SyncClient::pushSoon);
        } catch (const std::exception &e) {
            m_continuous = nullptr;
            MessageBox::error(this, e);
        }
    }
    if (session.can(services::Permission::OrderView))
        addPage(QStringLiteral("orders"), tr("Orders"), [this] {
            auto *orders = new OrdersPage(m_workspace, this);
            if (m_continuous)
                connect(orders, &OrdersPage::orderCreated, m_continuous, &itemmodels::ContinuousDispatch::ordersMayHaveArrived);
            if (auto *board = qobject_cast<ScheduleBoard *>(builtPage(QStringLiteral("schedule"))))
                connect(board, &ScheduleBoard::ordersChanged, orders, &OrdersPage::refresh);
            if (auto *complaints = qobject_cast<ComplaintsPage *>(builtPage(QStringLiteral("complaints"))))
                connect(complaints, &ComplaintsPage::complaintsChanged, orders, &OrdersPage::refresh);
            // A complaint taken from an order's detail opens on the complaints page.
            connect(orders->detail(), &OrderDetailView::complaintOpened, this, [this](qint64 id) {
                if (auto *complaints = qobject_cast<ComplaintsPage *>(page(QStringLiteral("complaints")))) {
                    complaints->openComplaint(id);
                    showPage(QStringLiteral("complaints"));
                }
            });
            return orders;
        });
    if (session.can(services::Permission::OrderDispatch))
        addPage(QStringLiteral("schedule"), tr("Dispatch"), [this] {
            auto *board = new ScheduleBoard(m_workspace, this);
            board->setContinuousDispatch(m_continuous);
            connect(board, &ScheduleBoard::ordersChanged, m_syncClient, &sync::SyncClient::pushSoon);
            if (auto *orders = qobject_cast<OrdersPage *>(builtPage(QStringLiteral("orders"))))
                connect(board, &ScheduleBoard::ordersChanged, orders, &OrdersPage::refresh);
            return board;
        });
    if (session.can(services::Permission::CustomerView))
        addPage(QStringLiteral("customers"), tr("Customers"), [this] {
            auto *customers = new CustomersPage(m_workspace, this);
            // An order taken from the customers page opens on the orders page.
            if (m_continuous)
                connect(customers, &CustomersPage::orderCreated, m_continuous, &itemmodels::ContinuousDispatch::ordersMayHaveArrived);
            connect(customers, &CustomersPage::orderCreated, this, [this](qint64 id) {
                if (auto *orders = qobject_cast<OrdersPage *>(page(QStringLiteral("orders")))) {
                    orders->openOrder(id);
                    showPage(QStringLiteral("orders"));
                }
            });
            return customers;
        });
    if (session.can(services::Permission::ComplaintView))
        addPage(QStringLiteral("complaints"), tr("Complaints"), [this] {
            auto *complaints = new ComplaintsPage(m_workspace, this);
            if (auto *orders = qobject_cast<OrdersPage *>(builtPage(QStringLiteral("orders"))))
                connect(complaints, &ComplaintsPage::complaintsChanged, orders, &OrdersPage::refresh);
            connect(complaints, &ComplaintsPage::complaintsChanged, this, &MainWindow::refreshStatus);
            return complaints;
        });
    if (session.can(services::Permission::StatisticsView))
        addPage(QStringLiteral("stats"), tr("Statistics"), [this] {
            auto *stats = new StatsPage(m_workspace, this);
            // Drill-down: a bar opens exactly its orders on the orders page.
            connect(stats, &StatsPage::ordersRequested, this, [this](const OrdersDrill &drill) {
                if (auto *orders = qobject_cast<OrdersPage *>(page(QStringLiteral("orders")))) {
                    orders->showOrdersOf(drill.from, drill.to, drill.districtId, drill.categoryId,
                                         {drill.status, drill.providerId, drill.providerName, drill.reachedStage, drill.paidRefund});
                    showPage(QStringLiteral("orders"));
                }
            });
            connect(stats, &StatsPage::complaintsRequested, this, [this](const ComplaintsDrill &drill) {
                if (auto *complaints = qobject_cast<ComplaintsPage *>(page(QStringLiteral("complaints")))) {
                    complaints->showComplaintsOf(drill.scope, drill.label);
                    showPage(QStringLiteral("complaints"));
                }
            });
            connect(stats, &StatsPage::providersRequested, this, [this](const ProvidersDrill &drill) {
                if (auto *providers = qobject_cast<ProviderDirectoryPage *>(page(QStringLiteral("providers")))) {
                    providers->showProvidersOf(drill.ids, drill.label);
                    showPage(QStringLiteral("providers"));
                }
            });
            return stats;
        });
    if (session.can(services::Permission::ProviderView))
        addPage(QStringLiteral("providers"), tr("Providers"), [this] { return new ProviderDirectoryPage(m_workspace, this); });
    if (session.can(services::Permission::ProviderReview))
        addPage(QStringLiteral("review"), tr("Onboarding"), [this] { return new ReviewQueuePage(m_workspace, this); });
    if (session.can(services::Permission::StaffView))
        addPage(QStringLiteral("staff"), tr("Staff"), [this] {
            auto *staff = new StaffPage(m_workspace, this);
            connect(staff, &StaffPage::dataKeyRotationRequested, this, &MainWindow::dataKeyRotationRequested);
            connect(staff, &StaffPage::dataKeyRotationDeferred, this, &MainWindow::refreshRotationBanner);
            return staff;
        });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_keys.size())
            return;
        m_stack->setCurrentWidget(page(m_keys.at(row)));
    });
    m_nav->setCurrentRow(0);

    statusBar()->addWidget(m_user);
    statusBar()->addWidget(m_office);
    statusBar()->addPermanentWidget(m_breaches);
    m_breaches->setObjectName(QStringLiteral("complaintNotice"));
    m_breaches->setTextFormat(Qt::RichText);
    connect(m_breaches, &QLabel::linkActivated, this, [this](const QString &link) {
        showPage(QStringLiteral("complaints"));
        if (auto *complaints = qobject_cast<ComplaintsPage *>(page(QStringLiteral("complaints"))))
            complaints->showQueue(link == u"escalated" ? ComplaintsPage::Queue::Escalated : ComplaintsPage::Queue::Breached);
    });
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->addPermanentWidget(m_syncNow);
    m_sync->setObjectName(QStringLiteral("syncStatus"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("Sync now"));
    connect(m_syncNow, &QToolButton::clicked, m_syncClient, &sync::SyncClient::syncNow);
    connect(m_syncClient, &sync::SyncClient::stateChanged, this, &MainWindow::refreshStatus);
    connect(m_syncClient, &sync::SyncClient::roundFinished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            statusBar()->showMessage(tr("Sync failed: %1").arg(message), 15000);
            return;
        }
        refreshAfterSync();
        statusBar()->showMessage(tr("Synced with the server (%1).").arg(message), 15000);
    });
    // The round writes on its own worker connection; each of its commits is
    // signalled here. The first commit shows at once (a pushed event must
    // reach the board within 2 s); a long pull commits page after page: the
    // pages read again at most every two seconds meanwhile (on their
    // workers), and once more when the round ends.
    m_syncRefresh->setSingleShot(true);
    m_syncRefresh->setInterval(2000);
    connect(m_syncRefresh, &QTimer::timeout, this, [this] {
        if (std::exchange(m_syncRefreshDue, false))
            refreshAfterSync();
    });
    connect(m_syncClient, &sync::SyncClient::storeChanged, this, [this] {
        if (m_syncRefresh->isActive()) {
            m_syncRefreshDue = true;
            return;
        }
        refreshAfterSync();
        m_syncRefresh->start();
    });
    // A round every five minutes while enrolled; failures back off by themselves.
    m_syncClient->setInterval(5 * 60 * 1000);
    // And at once when the server says it has changes for this office
    // (live notices; the five-minute rounds remain the fallback).
    m_syncClient->setLive(true);
    buildMenus();
    refreshStatus();
    resize(1280, 800);
}

void MainWindow::addPage(const QString &key, const QString &title, std::function<QWidget *()> build)
{
    m_keys.append(key);
    m_builders.append(std::move(build));
    m_pages.append(nullptr);
    m_nav->addItem(title);
}

QWidget *MainWindow::page(const QString &key)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i < 0)
        return nullptr;
    if (!m_pages.at(i)) {
        QWidget *built = m_builders.at(i)();
        m_pages[i] = built;
        m_stack->addWidget(built);
    }
    return m_pages.at(i);
}

QWidget *MainWindow::builtPage(const QString &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? nullptr : m_pages.at(i).data();
}

void MainWindow::showPage(const QString &key)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i >= 0)
        m_nav->setCurrentRow(int(i));
}

void MainWindow::ordersChangedHere(const QString &message)
{
    // Written behind the dispatcher's back (continuous auto-dispatch, the
    // accept-timeout sweep), like a sync commit: the built pages change row
    // by row, so the selection, the scroll and an open dialog stay (a reload
    // reset every list each time auto-dispatch assigned an order). A page
    // not built yet reads fresh data when it is.
    if (auto *orders = qobject_cast<OrdersPage *>(builtPage(QStringLiteral("orders"))))
        orders->refreshRows();
    if (auto *board = qobject_cast<ScheduleBoard *>(builtPage(QStringLiteral("schedule"))))
        board->refreshRows();
    refreshStatus();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::refreshAfterSync()
{
    m_syncRefreshDue = false;
    // Pulled rows may be on any page: those already built read again row
    // by row (the user's place stays).
    if (auto *orders = qobject_cast<OrdersPage *>(builtPage(QStringLiteral("orders"))))
        orders->refreshRows();
    if (auto *board = qobject_cast<ScheduleBoard *>(builtPage(QStringLiteral("schedule"))))
        board->refreshRows();
    if (auto *customers = qobject_cast<CustomersPage *>(builtPage(QStringLiteral("customers"))))
        customers->refreshRows();
    refreshStatus();
}

void MainWindow::customersChangedHere(const QString &message)
{
    if (auto *customers = qobject_cast<CustomersPage *>(page(QStringLiteral("customers"))))
        customers->refresh();
    refreshStatus();
    statusBar()->showMessage(message, 30000);
}

void MainWindow::refreshStatus()
{
    const auto &s = m_workspace.session();
    m_user->setText(tr("%1 (%2) · %3").arg(s.displayName, s.username, services::roleDisplayName(s.role)));
    m_office->setText(tr("Office: %1").arg(s.officeName));
    sync::SyncOverview sync;
    try {
        sync = m_syncClient->overview();
    } catch (const std::exception &) {
    }
    m_syncNow->setVisible(sync.enrolled);
    m_syncNow->setEnabled(!m_syncClient->busy());
    if (!sync.enrolled) {
        setStatusText(m_sync, tr("Sync: no server set up — working offline, %n change(s) kept for sync", nullptr, int(sync.pending)));
    } else {
        const QString state = m_syncClient->busy() ? tr("syncing…")
            : m_syncClient->online()               ? tr("online")
                                                   : tr("offline");
        const QString last = sync.lastSyncAt > 0 ? itemmodels::formatDateTime(sync.lastSyncAt) : tr("never");
        setStatusText(m_sync, tr("Sync: %1 · last sync %2 · %n change(s) pending", nullptr, int(sync.pending)).arg(state, last)
                                  + (sync.conflicts > 0 ? tr(" · %n conflict(s)", nullptr, int(sync.conflicts)) : QString()));
        m_sync->setToolTip(sync.lastError.isEmpty() ? tr("Server: %1").arg(sync.serverUrl)
                                                    : tr("Server: %1\nLast error: %2").arg(sync.serverUrl, sync.lastError));
    }
    if (s.can(services::Permission::ComplaintView)) {
        qint64 breached = 0, escalated = 0;
        const bool handsOut = s.can(services::Permission::ComplaintAssign);
        try {
            const itemmodels::Queries queries(m_workspace);
            breached = queries.breachedComplaints();
            if (handsOut)
                escalated = queries.escalatedComplaints();
        } catch (const std::exception &) {
        }
        const auto link = [](const char *target, const QString &text) {
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(target), text.toHtmlEscaped());
        };
        QString text = link("breached", tr("%n complaint(s) past the deadline", nullptr, int(breached)));
        if (handsOut)
            text += QStringLiteral(" · ") + link("escalated", tr("%n escalated", nullptr, int(escalated)));
        setStatusText(m_breaches, text);
    }
    m_breaches->setVisible(s.can(services::Permission::ComplaintView));
    refreshRotationBanner();
}

void MainWindow::refreshRotationBanner()
{
    if (!m_rotationBanner)
        return;
    services::RotationDue due;
    try {
        due = itemmodels::Queries(m_workspace).dataKeyRotationDue();
    } catch (const std::exception &) {
    }
    m_rotationBanner->setVisible(due.isDue());
    if (!due.isDue())
        return;
    m_rotationText->setText(
        tr("The data key has not been rotated since %1 was removed (%2). Until it is, a backup made before "
           "and that account's password still open this store.")
            .arg(due.removedAccounts.join(QStringLiteral(", ")),
                 itemmodels::formatDateTime(due.sinceUtc)));
}

void MainWindow::buildMenus()
{
    const auto &session = m_workspace.session();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change my password…"), this, &MainWindow::changeOwnPassword);
    if (session.can(services::Permission::StoreBackup))
        file->addAction(tr("Back up the store…"), this, &MainWindow::backup);
    if (session.can(services::Permission::StoreRekey))
        file->addAction(tr("Rotate the data key…"), this, &MainWindow::dataKeyRotationRequested)
            ->setObjectName(QStringLiteral("rotateDataKeyAction"));
    if (session.can(services::Permission::SyncAdmin))
        file->addAction(tr("Sync with the server…"), this, &MainWindow::openSyncDialog)->setObjectName(QStringLiteral("syncAction"));
    if (session.can(services::Permission::ReportExport))
        file->addAction(tr("Export a report…"), this, [this] { ExportDialog(m_workspace, this).exec(); })
            ->setObjectName(QStringLiteral("exportReportAction"));
    file->addSeparator();
    file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockRequested);
    file->addAction(tr("Log &out"), this, &MainWindow::logoutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    if (session.can(services::Permission::SettingsEdit) || session.can(services::Permission::DataSubjectRequests)) {
        QMenu *settings = menuBar()->addMenu(tr("&Settings"));
        if (session.can(services::Permission::SettingsEdit))
            settings->addAction(tr("Auto-lock…"), this, &MainWindow::setAutoLock);
        if (session.can(services::Permission::SettingsEdit))
            settings->addAction(tr("Office hours and complaints…"), this, [this] { OfficeHoursDialog(m_workspace, this).exec(); })
                ->setObjectName(QStringLiteral("officeHoursAction"));
        // Administrators set the retention; whoever handles requests may run the sweep.
        QAction *retention = settings->addAction(tr("Personal data retention…"), this, [this] {
            RetentionDialog dialog(m_workspace, this);
            dialog.exec();
            if (auto *list = qobject_cast<CustomersPage *>(builtPage(QStringLiteral("customers"))))
                list->refresh();
        });
        retention->setObjectName(QStringLiteral("retentionAction"));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Doorstep"), this, [this] {
        const itemmodels::StoreInfo store = itemmodels::Queries(m_workspace).storeInfo();
        MessageBox::information(this, tr("About Doorstep"),
                                tr("Doorstep %1 — back office for home services.\nStore: %2\nSchema version %3")
                                    .arg(QApplication::applicationVersion(), store.path)
                                    .arg(store.schemaVersion));
    });
}

void MainWindow::openSyncDialog()
{
    SyncDialog dialog(m_workspace, *m_syncClient, this);
    dialog.exec();
    refreshStatus();
}

void MainWindow::changeOwnPassword()
{
    services::StaffService staff(m_workspace.services());
    NewPasswordDialog dialog(staff, tr("Change my password"), this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Password changed"), tr("Use the new password from your next login."));
}

void MainWindow::backup()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the store"), QString(),
                                                        tr("Doorstep stores (*.doorstep)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        services::StoreMaintenance(m_workspace.services()).backup(target);
        QApplication::restoreOverrideCursor();
        MessageBox::information(this, tr("Backup"), tr("The store was copied to %1. The copy is encrypted and opens "
                                                       "with the same accounts.").arg(target));
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        MessageBox::error(this, e);
    }
    refreshStatus();
}

void MainWindow::setAutoLock()
{
    services::SettingsService settings(m_workspace.services());
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Auto-lock"), tr("Lock the console after this many idle minutes (0 = never):"),
                                             int(settings.autoLockMinutes().value), int(services::settings::AutoLockMinutes.min),
                                             int(services::settings::AutoLockMinutes.max), 1, &ok);
    if (!ok)
        return;
    try {
        settings.setAutoLockMinutes(minutes);
        Q_EMIT autoLockChanged(minutes);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

} // namespace doorstep::ui
