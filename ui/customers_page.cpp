#include "ui/customers_page.h"

#include "itemmodels/customers_model.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/customer_dialog.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"
#include "ui/orders/new_order_dialog.h"
#include "ui/privacy/data_request_dialog.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::CustomersModel;

CustomersPage::CustomersPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).customersModel(this))
    , m_filters(new FilterBar(this))
    , m_search(m_filters->addText(workspace.session().can(services::Permission::CustomerRevealPersonal)
                                      ? tr("Search by name, or by phone digits (e.g. the last four)")
                                      : tr("Search by name, the last 4 phone digits or the whole number"),
                                  QStringLiteral("customerSearch"), [this](const QString &text) { applySearch(text); }))
    , m_lookups(workspace.services(), services::PhoneSearchList::Customers, this)
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("Add customer…"), this))
    , m_edit(new QPushButton(tr("Correct…"), this))
    , m_newOrder(new QPushButton(tr("New order…"), this))
    , m_dataRequest(new QPushButton(tr("Data-subject request…"), this))
    , m_view(new QTableView(this))
{
    m_filters->addCombo({{tr("Newest first"), int(CustomersModel::Order::Newest)}, {tr("By name"), int(CustomersModel::Order::ByName)}},
                        [this](const QVariant &order) { m_model->setOrder(CustomersModel::Order(order.toInt())); });
    m_filters->addWidget(m_add);
    m_filters->addWidget(m_edit);
    m_filters->addWidget(m_newOrder);
    m_filters->addWidget(m_dataRequest);
    m_dataRequest->setObjectName(QStringLiteral("dataRequest"));
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_dataRequest->setVisible(workspace.session().can(services::Permission::DataSubjectRequests));
    m_dataRequest->setToolTip(tr("The selected customer asks for a copy of their data, its deletion or to withdraw a consent"));
    const bool canEdit = workspace.session().can(services::Permission::CustomerEdit);
    m_add->setVisible(canEdit);
    m_edit->setVisible(canEdit);
    m_edit->setObjectName(QStringLiteral("editCustomer"));
    m_edit->setToolTip(tr("Correct the selected customer's name, number, district or address (F2)"));
    m_newOrder->setVisible(workspace.session().can(services::Permission::OrderCreate));
    m_newOrder->setToolTip(tr("Take an order for the selected customer"));

    setUpListView(m_view, m_model);
    m_view->setColumnWidth(CustomersModel::Name, 120);
    m_view->setColumnWidth(CustomersModel::Phone, 130);
    m_view->setColumnWidth(CustomersModel::District, 100);
    m_view->setColumnWidth(CustomersModel::Address, 360);
    m_view->setColumnWidth(CustomersModel::Orders, 70);

    connect(m_add, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    connect(m_edit, &QPushButton::clicked, this, &CustomersPage::editCustomer);
    if (canEdit) {
        // Double-click and Enter (activated), F2 and the context menu.
        connect(m_view, &QTableView::activated, this, [this] { editCustomer(); });
        auto *edit = new QAction(tr("Correct…"), m_view);
        edit->setShortcut(Qt::Key_F2);
        edit->setShortcutContext(Qt::WidgetShortcut);
        connect(edit, &QAction::triggered, this, &CustomersPage::editCustomer);
        m_view->addAction(edit);
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    connect(m_newOrder, &QPushButton::clicked, this, &CustomersPage::newOrder);
    connect(m_dataRequest, &QPushButton::clicked, this, &CustomersPage::dataRequest);
    connect(m_model, &CustomersModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Customers"), message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    // First pages and counts are read on a worker: a phone-digit search scans
    // 125,000 numbers, and counting them all takes seconds at that size.
    m_model->loadOnWorker(itemmodels::Queries(workspace).pageWorker(this));
    m_model->reload();
    m_filters->showCountIn(m_count, m_model, [](qint64 n) { return tr("%n customer(s)", nullptr, int(n)); });
}

void CustomersPage::applySearch(const QString &text)
{
    if (!m_lookups.allow(text))
        return;
    m_model->setSearch(text);
    m_filters->setHint(m_model->searchHint());
}

void CustomersPage::addCustomer()
{
    CustomerDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        // Show every customer again, so the new one can be selected.
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_model->setSearch({});
    m_filters->filterApplied();
    selectCustomer(dialog.customerId());
}

void CustomersPage::selectCustomer(qint64 id)
{
    m_model->whenLoaded(this, [this, id] {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_view->selectRow(row);
    });
}

void CustomersPage::editCustomer()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        MessageBox::information(this, tr("Correct customer"), tr("Select the customer to correct first."));
        return;
    }
    const qint64 id = m_model->idAt(rows.first().row());
    CustomerDialog dialog(m_workspace, id, this);
    if (!dialog.isLoaded()) {
        MessageBox::information(this, tr("Correct customer"), tr("This customer is no longer in the store."));
        refresh();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCustomer(id);
}

void CustomersPage::newOrder()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    NewOrderDialog dialog(m_workspace, rows.isEmpty() ? 0 : m_model->idAt(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT orderCreated(dialog.createdOrderId());
}

void CustomersPage::dataRequest()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        MessageBox::information(this, tr("Data-subject request"), tr("Select the customer who asks first."));
        return;
    }
    const int row = rows.first().row();
    const QString name = m_model->index(row, CustomersModel::Name).data().toString();
    DataRequestDialog dialog(m_workspace, DataRequestDialog::Subject::Customer, m_model->idAt(row), name, this);
    dialog.exec();
    if (dialog.anonymised()) // the list shows only customers who are still someone
        refresh();
}

void CustomersPage::refreshRows()
{
    m_model->refreshRows();
    m_model->recount();
}

void CustomersPage::refresh()
{
    m_model->reload();
    m_filters->filterApplied();
}

} // namespace doorstep::ui
