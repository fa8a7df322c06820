#include "ui/orders_page.h"

#include "itemmodels/display_format.h"
#include "itemmodels/orders_model.h"
#include "services/workspace.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::OrdersModel;

OrdersPage::OrdersPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OrdersModel(workspace.store().db(), workspace.session(), this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_timeline(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Order number (DS…), customer name or phone digits"));
    m_search->setClearButtonEnabled(true);
    m_status->setMinimumWidth(180);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OrdersModel::OrderNo, 150);
    m_view->setColumnWidth(OrdersModel::Status, 120);
    m_view->setColumnWidth(OrdersModel::Service, 150);
    m_view->setColumnWidth(OrdersModel::Window, 170);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant key = m_status->itemData(index);
        m_model->setStatusFilter(key.isNull() ? std::nullopt : domain::orderStatusFromKey(key.toString()));
    });
    connect(m_model, &OrdersModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Orders"), m); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::showTimeline);
    connect(m_model, &OrdersModel::modelReset, m_timeline, &QListWidget::clear);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Timeline"), side));
    sideLayout->addWidget(m_timeline);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    refreshCounts();
    m_model->reload();
}

void OrdersPage::refreshCounts()
{
    const QSignalBlocker blocker(m_status);
    const QVariant current = m_status->currentData();
    m_status->clear();
    std::map<domain::OrderStatus, qint64> counts;
    try {
        counts = m_model->countsByStatus();
    } catch (const std::exception &e) {
        MessageBox::warning(this, tr("Orders"), QString::fromUtf8(e.what()));
    }
    qint64 total = 0;
    for (const auto &[status, n] : counts)
        total += n;
    m_status->addItem(tr("All (%1)").arg(total));
    for (domain::OrderStatus s : domain::allOrderStatuses()) {
        const auto it = counts.find(s);
        m_status->addItem(tr("%1 (%2)").arg(domain::orderStatusDisplayName(s)).arg(it == counts.end() ? 0 : it->second),
                          domain::orderStatusKey(s));
    }
    const int index = m_status->findData(current);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
}

void OrdersPage::showTimeline()
{
    m_timeline->clear();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_model->idAt(rows.first().row());
    try {
        for (const itemmodels::TimelineEntry &e : itemmodels::orderTimeline(m_workspace.store().db(), id)) {
            const auto status = domain::orderStatusFromKey(e.toStatus);
            QString line = itemmodels::formatDateTime(e.at) + u"  " + (status ? domain::orderStatusDisplayName(*status) : e.toStatus);
            if (!e.staffName.isEmpty())
                line += u"  · " + e.staffName;
            if (!e.note.isEmpty())
                line += u"\n    " + e.note;
            m_timeline->addItem(line);
        }
    } catch (const std::exception &e) {
        MessageBox::warning(this, tr("Orders"), QString::fromUtf8(e.what()));
    }
}

} // namespace doorstep::ui
