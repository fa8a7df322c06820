#include "ui/orders/new_order_dialog.h"

#include "domain/arrival_window.h"
#include "domain/office_time.h"
#include "itemmodels/catalogue_choices.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/queries.h"
#include "services/order_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/error_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::CustomersModel;

NewOrderDialog::NewOrderDialog(services::Workspace &workspace, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).customersModel(this))
    , m_search(new QLineEdit(this))
    , m_customers(new QTableView(this))
    , m_service(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_day(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_length(new QComboBox(this))
    , m_urgent(new QCheckBox(tr("Urgent"), this))
    , m_submit(new QCheckBox(tr("Send to dispatch now"), this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_searchHint(new QLabel(this))
    , m_lookups(workspace.services(), services::PhoneSearchList::Customers, this)
{
    setWindowTitle(tr("New order"));
    setObjectName(QStringLiteral("newOrderDialog"));
    setUpCustomerSearch();
    setUpServiceAndWindow();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Create order"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewOrderDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm(customerId));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    if (customerId)
        customerChosen();
}

void NewOrderDialog::setUpCustomerSearch()
{
    m_search->setPlaceholderText(m_workspace.session().can(services::Permission::CustomerRevealPersonal)
                                     ? tr("Customer: surname or phone digits (e.g. the last four)")
                                     : tr("Customer: surname, the last 4 phone digits or the whole number"));
    m_searchHint->setObjectName(QStringLiteral("customerSearchHint"));
    m_searchHint->setWordWrap(true);
    m_searchHint->hide();
    m_search->setClearButtonEnabled(true);
    m_customers->setModel(m_model);
    m_customers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customers->verticalHeader()->hide();
    m_customers->horizontalHeader()->setStretchLastSection(true);
    m_customers->setColumnHidden(CustomersModel::Orders, true);
    m_customers->setColumnHidden(CustomersModel::Since, true);
    m_customers->setMinimumHeight(140);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &NewOrderDialog::applySearch);
    connect(m_customers->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NewOrderDialog::customerChosen);
    // Enter in the search box picks the first match (eventFilter), so the
    // form works without the mouse and never saves half-filled.
    m_search->installEventFilter(this);
}

void NewOrderDialog::setUpServiceAndWindow()
{
    try {
        for (const itemmodels::Choice &c : itemmodels::Queries(m_workspace).serviceItems())
            m_service->addItem(c.name, c.id);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_service->setMaxVisibleItems(20);
    const QDateTime next = QDateTime::fromSecsSinceEpoch(domain::suggestedArrivalStart(m_workspace.services().now()),
                                                         domain::officeTimeZone());
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_day->setDate(next.date());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(next.time());
    for (int hours : {1, 2, 3, 4})
        m_length->addItem(tr("%n hour(s)", nullptr, hours), hours);
    m_length->setCurrentIndex(1); // two hours, the usual arrival window
    m_submit->setChecked(true);
    m_note->setPlaceholderText(tr("Anything the provider should know (door code, pets, tools)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);
    styleAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
}

QFormLayout *NewOrderDialog::buildForm(qint64 customerId)
{
    auto *window = new QHBoxLayout;
    window->addWidget(m_day);
    window->addWidget(new QLabel(tr("from"), this));
    window->addWidget(m_start);
    window->addWidget(new QLabel(tr("for"), this));
    window->addWidget(m_length);
    window->addStretch(1);

    auto *form = new QFormLayout;
    if (customerId) {
        // Opened for one customer: no search, the customer is fixed.
        m_search->hide();
        m_customers->hide();
        QString who;
        try {
            if (const auto contact = itemmodels::Queries(m_workspace).customerContact(customerId)) {
                who = contact->name + u"  " + contact->phone;
                m_address->setText(contact->address);
            }
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
        }
        form->addRow(tr("Customer:"), new QLabel(who, this));
        m_fixedCustomer = customerId;
    } else {
        form->addRow(tr("Customer:"), m_search);
        form->addRow(QString(), m_searchHint);
        form->addRow(QString(), m_customers);
    }
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Arrival window:"), window);
    form->addRow(QString(), m_urgent);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_submit);
    return form;
}

void NewOrderDialog::applySearch()
{
    const QString text = m_search->text().trimmed();
    if (!m_lookups.allow(text))
        return;
    m_model->setSearch(text);
    const QString hint = m_model->searchHint();
    m_searchHint->setText(hint);
    m_searchHint->setVisible(!hint.isEmpty());
}

bool NewOrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit passes Enter on to the dialog, whose default button would
    // save the order before a service or window was chosen: take it here.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_debounce->stop();
            applySearch();
            if (m_model->rowCount() > 0) {
                m_customers->selectRow(0);
                m_service->setFocus();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 NewOrderDialog::selectedCustomer() const
{
    if (m_fixedCustomer)
        return m_fixedCustomer;
    const QModelIndexList rows = m_customers->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void NewOrderDialog::customerChosen()
{
    const qint64 id = selectedCustomer();
    if (!id)
        return;
    try {
        if (const auto contact = itemmodels::Queries(m_workspace).customerContact(id))
            m_address->setText(contact->address);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void NewOrderDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void NewOrderDialog::accept()
{
    services::NewOrder order;
    order.customerId = selectedCustomer();
    if (!order.customerId)
        return showError(tr("Choose the customer first: type a surname or phone digits and pick them in the list."));
    order.serviceItemId = m_service->currentData().toLongLong();
    if (!order.serviceItemId)
        return showError(tr("Choose a service."));
    order.windowStart = QDateTime(m_day->date(), m_start->time(), domain::officeTimeZone()).toSecsSinceEpoch();
    order.windowEnd = order.windowStart + qint64(m_length->currentData().toInt()) * 3600;
    if (order.windowStart < m_workspace.services().now()
        && !MessageBox::question(this, tr("Window in the past"),
                                 tr("The arrival window has already begun. Record the order anyway?")))
        return;
    order.address = m_address->text();
    order.note = m_note->toPlainText();
    order.submit = m_submit->isChecked();
    order.priority = m_urgent->isChecked() ? 1 : 0;
    try {
        m_created = services::OrderService(m_workspace.services()).create(order);
    } catch (const std::exception &e) {
        // The form stays open with what was typed; the message says what to fix.
        showError(QString::fromUtf8(e.what()));
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
