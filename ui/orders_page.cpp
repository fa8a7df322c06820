#include "ui/orders_page.h"

#include "domain/office_time.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/page_worker.h"
#include "itemmodels/queries.h"
#include "itemmodels/status_counts.h"
#include "services/workspace.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"
#include "ui/orders/order_board.h"
#include "ui/orders/new_order_dialog.h"
#include "ui/orders/order_detail_view.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::OrdersModel;

OrdersPage::OrdersPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).ordersModel(this))
    , m_counts(itemmodels::Queries(workspace).statusCounts(this))
    , m_board(new OrderBoard(workspace, this))
    , m_detail(new OrderDetailView(workspace, this))
    , m_filters(new FilterBar(this))
    , m_status(new QComboBox(this))
    , m_allDates(new QCheckBox(tr("All dates"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_mode(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_poll(new QTimer(this))
    , m_lookups(workspace.services(), services::PhoneSearchList::Orders, this)
{
    // The table and the nine board columns read their first pages on one
    // worker, one after another (a provider-name or phone search takes
    // hundreds of ms per column at 1,000,000 orders); further pages are
    // keyset ranges read here.
    auto *pages = itemmodels::Queries(workspace).pageWorker(this);
    m_model->loadOnWorker(pages);
    m_board->loadOnWorker(pages);
    m_status->setMinimumWidth(160);
    m_mode->addItem(tr("Board"));
    m_mode->addItem(tr("Table"));
    const QDate today = workspace.clock().officeToday();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setDate(today);
    m_to->setDate(today.addDays(1));
    m_allDates->setChecked(true);
    setUpTable();
    buildFilters();
    connectViews();
    auto *split = new QSplitter(this);
    split->addWidget(m_stack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);

    applyFilter();
    checkForChanges();
}

void OrdersPage::setUpTable()
{
    setUpListView(m_view, m_model);
    // Wide enough for a whole console-made number (DS + day + node + sequence).
    m_view->setColumnWidth(OrdersModel::OrderNo, m_view->fontMetrics().horizontalAdvance(QStringLiteral("DS20261201000100001")) + 24);
    m_view->setColumnWidth(OrdersModel::Status, 110);
    m_view->setColumnWidth(OrdersModel::Service, 150);
    m_view->setColumnWidth(OrdersModel::Window, 170);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_view);
}

void OrdersPage::connectViews()
{
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        itemmodels::OrderFilter f = currentFilter();
        if (!m_lookups.allow(f.search))
            return;
        m_model->setFilter(f);
    });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        applyFilter();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) { m_stack->setCurrentIndex(i); });
    connect(m_model, &OrdersModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Orders"), m); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_detail->showOrder(rows.isEmpty() ? 0 : m_model->idAt(rows.first().row()));
    });
    connect(m_counts, &itemmodels::StatusCounts::countsReady, this,
            [this](const itemmodels::OrderFilter &filter, const std::map<domain::OrderStatus, qint64> &counts) {
                m_countedFilter = filter;
                showCounts(&counts);
            });
    connect(m_counts, &itemmodels::StatusCounts::countsFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Orders"), message);
    });
    connect(m_board, &OrderBoard::orderSelected, m_detail, &OrderDetailView::showOrder);
    connect(m_detail, &OrderDetailView::orderChanged, this, &OrdersPage::refresh);
    // Another console (or the sync) changed the store: PRAGMA data_version
    // moves only for other connections' commits, so polling it costs nothing.
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &OrdersPage::checkForChanges);
    m_poll->start();
}

void OrdersPage::buildFilters()
{
    // Every filter feeds one OrderFilter (currentFilter), which board, table and counts share.
    if (m_workspace.session().can(services::Permission::OrderCreate)) {
        // Orders taken on the phone; Ctrl+N anywhere on the page.
        auto *add = new QAction(tr("New order…"), this);
        add->setShortcut(QKeySequence::New);
        add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(add);
        connect(add, &QAction::triggered, this, &OrdersPage::newOrder);
        auto *button = new QPushButton(tr("New order…"), this);
        button->setObjectName(QStringLiteral("newOrder"));
        button->setToolTip(tr("Take an order on the phone (Ctrl+N)"));
        connect(button, &QPushButton::clicked, this, &OrdersPage::newOrder);
        m_filters->addWidget(button);
    }
    m_filters->addWidget(m_mode);
    m_filters->addWidget(m_status);
    m_filters->addWidget(m_allDates);
    m_filters->addWidget(m_from);
    m_filters->addWidget(new QLabel(QStringLiteral("–"), this));
    m_filters->addWidget(m_to);
    const itemmodels::Queries queries(m_workspace);
    m_district = m_filters->addChoices(tr("All districts"), [&] { return queries.districts(); }, [this](qint64) { applyFilter(); });
    m_category = m_filters->addChoices(tr("All services"), [&] { return queries.serviceCategories(); }, [this](qint64) { applyFilter(); });
    m_provider = m_filters->addText(tr("Provider"), QStringLiteral("providerFilter"), [this](const QString &) { applyFilter(); }, 0);
    m_provider->setMaximumWidth(120);
    // What a statistics drill-down narrowed to beyond these controls; a click removes it.
    m_narrowingChip = new QPushButton(this);
    m_narrowingChip->setObjectName(QStringLiteral("drillNarrowing"));
    m_narrowingChip->setToolTip(tr("Show the orders without this narrowing"));
    m_narrowingChip->hide();
    connect(m_narrowingChip, &QPushButton::clicked, this, [this] {
        m_pinnedProvider = 0;
        m_pinnedStage = 0;
        m_pinnedRefund = false;
        m_narrowingChip->hide();
        applyFilter();
    });
    m_filters->addWidget(m_narrowingChip);
    m_search = m_filters->addText(m_workspace.session().can(services::Permission::CustomerRevealPersonal)
                                      ? tr("Order number (DS…), customer phone digits or name")
                                      : tr("Order number (DS…), the last 4 phone digits, the whole number or a name"),
                                  QStringLiteral("orderSearch"),
                                  [this](const QString &) { applyFilter(); });
}

void OrdersPage::newOrder()
{
    NewOrderDialog dialog(m_workspace, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        openOrder(dialog.createdOrderId());
        Q_EMIT orderCreated(dialog.createdOrderId());
    }
}

void OrdersPage::openOrder(qint64 orderId)
{
    refresh();
    m_detail->showOrder(orderId);
}

QListWidget *OrdersPage::timeline() const
{
    return m_detail->timeline();
}

void OrdersPage::showBoard(bool board)
{
    m_mode->setCurrentIndex(board ? 0 : 1);
}

void OrdersPage::showOrdersOf(QDate from, QDate to, qint64 districtId, qint64 categoryId, const OrderNarrowing &narrowing)
{
    m_pinnedProvider = narrowing.providerId;
    m_pinnedStage = narrowing.reachedStage;
    m_pinnedRefund = narrowing.paidRefund;
    QStringList parts;
    if (narrowing.providerId)
        parts << tr("Provider: %1").arg(narrowing.providerName);
    static const char *const stages[] = {QT_TR_NOOP("Reached: dispatched"), QT_TR_NOOP("Reached: accepted"), QT_TR_NOOP("Reached: completed"),
                                         QT_TR_NOOP("Reached: rated")};
    if (narrowing.reachedStage >= 2 && narrowing.reachedStage <= 5)
        parts << tr(stages[narrowing.reachedStage - 2]);
    if (narrowing.paidRefund)
        parts << tr("With a paid refund");
    m_narrowingChip->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral("  ✕"));
    m_narrowingChip->setVisible(!parts.isEmpty());
    // Every control is set with its signals held, then the filter is applied once.
    const QList<QWidget *> controls{m_status, m_allDates, m_from, m_to, m_district, m_category, m_provider, m_search};
    for (QWidget *w : controls)
        w->blockSignals(true);
    m_status->setCurrentIndex(narrowing.status ? std::max(0, m_status->findData(domain::orderStatusKey(*narrowing.status))) : 0);
    m_allDates->setChecked(false);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(to);
    m_district->setCurrentIndex(std::max(0, m_district->findData(QVariant(districtId))));
    m_category->setCurrentIndex(std::max(0, m_category->findData(QVariant(categoryId))));
    m_provider->clear();
    m_search->clear();
    for (QWidget *w : controls)
        w->blockSignals(false);
    showBoard(false);
    applyFilter();
}

itemmodels::OrderFilter OrdersPage::currentFilter() const
{
    itemmodels::OrderFilter f;
    const QVariant key = m_status->currentData();
    if (!key.isNull())
        f.status = domain::orderStatusFromKey(key.toString());
    if (!m_allDates->isChecked()) {
        f.windowFrom = QDateTime(m_from->date(), QTime(0, 0), domain::officeTimeZone()).toSecsSinceEpoch();
        f.windowTo = QDateTime(m_to->date().addDays(1), QTime(0, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    }
    f.districtId = m_district->currentData().toLongLong();
    f.categoryId = m_category->currentData().toLongLong();
    f.providerName = m_provider->text().trimmed();
    f.providerId = m_pinnedProvider;
    f.reachedStage = m_pinnedStage;
    f.paidRefund = m_pinnedRefund;
    f.search = m_search->text().trimmed();
    return f;
}

void OrdersPage::applyFilter()
{
    const itemmodels::OrderFilter f = currentFilter();
    if (!m_lookups.allow(f.search))
        return;
    m_model->setFilter(f);
    m_board->setFilter(f);
    m_filters->setHint(m_model->searchHint());
    refreshCounts();
}

void OrdersPage::refresh()
{
    m_model->reload();
    m_board->reload();
    refreshCounts();
    if (m_detail->orderId())
        m_detail->showOrder(m_detail->orderId());
}

void OrdersPage::refreshRows()
{
    m_model->refreshRows();
    m_board->refreshRows();
    refreshCounts();
    if (m_detail->orderId())
        m_detail->showOrder(m_detail->orderId());
}

void OrdersPage::checkForChanges()
{
    qint64 version = m_dataVersion;
    try {
        version = itemmodels::Queries(m_workspace).changeCounter();
    } catch (const std::exception &) {
        return;
    }
    if (m_dataVersion >= 0 && version != m_dataVersion)
        refreshRows();
    m_dataVersion = version;
}

void OrdersPage::refreshCounts()
{
    // Counting every status over 1,000,000 orders takes longer than a frame:
    // a worker counts (itemmodels::StatusCounts) and the numbers come back by
    // signal. Until then the same filter keeps its last numbers; a new one shows "…".
    itemmodels::OrderFilter filter = m_model->filter();
    filter.status.reset();
    if (!m_countedFilter || *m_countedFilter != filter)
        showCounts(nullptr);
    m_counts->request(filter);
}

void OrdersPage::showCounts(const std::map<domain::OrderStatus, qint64> *counts)
{
    const QSignalBlocker blocker(m_status);
    const QVariant current = m_status->currentData();
    m_status->clear();
    auto number = [counts](std::optional<domain::OrderStatus> status) -> QString {
        if (!counts)
            return QStringLiteral("…");
        qint64 n = 0;
        for (const auto &[s, count] : *counts)
            if (!status || s == *status)
                n += count;
        return QString::number(n);
    };
    m_status->addItem(tr("All (%1)").arg(number(std::nullopt)));
    for (domain::OrderStatus s : domain::allOrderStatuses())
        m_status->addItem(tr("%1 (%2)").arg(domain::orderStatusDisplayName(s), number(s)), domain::orderStatusKey(s));
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
    if (counts)
        m_board->setCounts(*counts);
    else
        m_board->clearCounts();
}

} // namespace doorstep::ui
