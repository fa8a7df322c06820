#include "ui/customers_page.h"

#include "itemmodels/customers_model.h"
#include "services/workspace.h"
#include "ui/customer_dialog.h"
#include "ui/message_box.h"
#include "ui/orders/new_order_dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::CustomersModel;

CustomersPage::CustomersPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CustomersModel(workspace.store().db(), workspace.session(), this))
    , m_search(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("Add customer…"), this))
    , m_newOrder(new QPushButton(tr("New order…"), this))
    , m_view(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, or by phone digits (e.g. the last four)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_order->addItem(tr("Newest first"));
    m_order->addItem(tr("By name"));
    m_add->setVisible(workspace.session().can(services::Permission::CustomerEdit));
    m_newOrder->setVisible(workspace.session().can(services::Permission::OrderCreate));
    m_newOrder->setToolTip(tr("Take an order for the selected customer"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CustomersModel::Name, 120);
    m_view->setColumnWidth(CustomersModel::Phone, 130);
    m_view->setColumnWidth(CustomersModel::District, 100);
    m_view->setColumnWidth(CustomersModel::Address, 360);
    m_view->setColumnWidth(CustomersModel::Orders, 70);

    // Typing searches after a short pause rather than on every keystroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::applySearch);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setOrder(i == 0 ? CustomersModel::Order::Newest : CustomersModel::Order::ByName);
    });
    connect(m_add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(m_newOrder, &QPushButton::clicked, this, &CustomersPage::newOrder);
    connect(m_model, &CustomersModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Customers"), message);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_order);
    bar->addWidget(m_add);
    bar->addWidget(m_newOrder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    m_model->reload();
    updateCount();
}

void CustomersPage::applySearch()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
    updateCount();
}

void CustomersPage::updateCount()
{
    try {
        m_count->setText(tr("%n customer(s)", nullptr, int(m_model->matchingCount())));
    } catch (const std::exception &e) {
        m_count->setText(QString::fromUtf8(e.what()));
    }
}

void CustomersPage::addCustomer()
{
    CustomerDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    applySearch();
    const int row = m_model->rowOfId(dialog.customerId());
    if (row >= 0)
        m_view->selectRow(row);
}

void CustomersPage::newOrder()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    NewOrderDialog dialog(m_workspace, rows.isEmpty() ? 0 : m_model->idAt(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT orderCreated(dialog.createdOrderId());
}

} // namespace doorstep::ui
