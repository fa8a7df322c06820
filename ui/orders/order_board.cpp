#include "ui/orders/order_board.h"

#include "itemmodels/orders_model.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/orders/order_card_delegate.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::OrdersModel;

OrderBoard::OrderBoard(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    auto *strip = new QWidget;
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    auto *delegate = new OrderCardDelegate(this);
    for (domain::OrderStatus status : domain::allOrderStatuses()) {
        Column c{status, itemmodels::Queries(workspace).ordersModel(this), new QListView, new QLabel};
        c.model->setPageSize(50);
        c.view->setModel(c.model);
        c.view->setItemDelegate(delegate);
        c.view->setModelColumn(OrdersModel::OrderNo);
        c.view->setUniformItemSizes(true);
        c.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        c.view->setMinimumWidth(250);
        c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards fit the column
        c.view->setDragEnabled(true);
        QFont bold = c.title->font();
        bold.setBold(true);
        c.title->setFont(bold);
        auto *box = new QVBoxLayout;
        box->addWidget(c.title);
        box->addWidget(c.view, 1);
        row->addLayout(box);
        connect(c.view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, model = c.model](const QModelIndex &i) {
            if (i.isValid())
                Q_EMIT orderSelected(model->idAt(i.row()));
        });
        connect(c.model, &OrdersModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Orders"), m); });
        m_columns.append(c);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void OrderBoard::setFilter(const itemmodels::OrderFilter &filter)
{
    for (const Column &c : std::as_const(m_columns)) {
        itemmodels::OrderFilter f = filter;
        f.status = c.status;
        c.model->setFilter(f);
    }
}

void OrderBoard::reload()
{
    for (const Column &c : std::as_const(m_columns))
        c.model->reload();
}

void OrderBoard::refreshRows()
{
    for (const Column &c : std::as_const(m_columns))
        c.model->refreshRows();
}

void OrderBoard::loadOnWorker(itemmodels::PageWorker *worker)
{
    for (const Column &c : std::as_const(m_columns))
        c.model->loadOnWorker(worker);
}

void OrderBoard::setCounts(const std::map<domain::OrderStatus, qint64> &counts)
{
    for (const Column &c : std::as_const(m_columns)) {
        const auto it = counts.find(c.status);
        c.title->setText(tr("%1 (%2)").arg(domain::orderStatusDisplayName(c.status)).arg(it == counts.end() ? 0 : it->second));
    }
}

void OrderBoard::clearCounts()
{
    for (const Column &c : std::as_const(m_columns))
        c.title->setText(tr("%1 (%2)").arg(domain::orderStatusDisplayName(c.status), QStringLiteral("…")));
}

OrdersModel *OrderBoard::column(domain::OrderStatus status) const
{
    for (const Column &c : m_columns)
        if (c.status == status)
            return c.model;
    return nullptr;
}

QListView *OrderBoard::columnView(domain::OrderStatus status) const
{
    for (const Column &c : m_columns)
        if (c.status == status)
            return c.view;
    return nullptr;
}

} // namespace doorstep::ui
