#include "ui/aftersales/remedy_dialogs.h"

#include "domain/complaint_states.h"
#include "domain/money.h"
#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "services/refund_service.h"
#include "services/return_visit.h"
#include "services/workspace.h"
#include "ui/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace doorstep::ui {

RefundDialog::RefundDialog(services::Workspace &workspace, qint64 complaintId, qint64 refundableFen, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_complaintId(complaintId)
    , m_amount(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Refund"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Yuan, e.g. 50 or 35.50"));
    m_reason->setPlaceholderText(tr("Why the customer is refunded"));
    auto *form = new QFormLayout;
    form->addRow(tr("Left to refund"), new QLabel(itemmodels::formatFen(refundableFen), this));
    form->addRow(tr("Amount (yuan)"), m_amount);
    form->addRow(tr("Reason"), m_reason);
    auto *note = new QLabel(tr("Up to your refund limit you approve it yourself afterwards; above it a manager approves it."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Request refund")));
}

void RefundDialog::accept()
{
    // Money::parse: two decimals at most, never through floating point.
    const auto amount = domain::Money::parse(m_amount->text());
    if (!amount || amount->fen() <= 0)
        return showError(m_error, tr("Please enter an amount in yuan greater than zero, with at most two decimals."));
    try {
        m_refundId = services::RefundService(m_workspace.services()).request({m_complaintId, amount->fen(), m_reason->toPlainText()});
    } catch (const std::exception &e) {
        return showError(m_error, QString::fromUtf8(e.what()));
    }
    QDialog::accept();
}

ReturnVisitDialog::ReturnVisitDialog(services::Workspace &workspace, qint64 complaintId, bool hadProvider, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_complaintId(complaintId)
    , m_provider(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_length(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Return visit"));
    for (auto choice : domain::allStates<domain::ReserviceProvider>())
        if (hadProvider || choice != domain::ReserviceProvider::Same)
            m_provider->addItem(domain::stateDisplayName(choice), int(choice));
    // Tomorrow morning, office time, as a first offer.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(workspace.clock().now(), domain::officeTimeZone());
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_day->setDate(now.date().addDays(1));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(QTime(9, 0));
    for (int h : {1, 2, 3, 4})
        m_length->addItem(tr("%n hour(s)", nullptr, h), h);
    m_length->setCurrentIndex(1);
    m_note->setPlaceholderText(tr("For the provider (optional)"));
    auto *window = new QHBoxLayout;
    window->addWidget(m_day);
    window->addWidget(m_start);
    window->addWidget(m_length);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("A free order for the same service at the same address goes to the dispatch queue."), this));
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Arrival window"), window);
    form->addRow(tr("Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Create return visit")));
}

void ReturnVisitDialog::accept()
{
    services::ReturnVisitRequest request;
    request.complaintId = m_complaintId;
    request.provider = domain::ReserviceProvider(m_provider->currentData().toInt());
    request.windowStart = QDateTime(m_day->date(), m_start->time(), domain::officeTimeZone()).toSecsSinceEpoch();
    request.windowEnd = request.windowStart + qint64(m_length->currentData().toInt()) * 3600;
    request.note = m_note->toPlainText();
    if (request.windowStart < m_workspace.clock().now())
        return showError(m_error, tr("The window has already begun; choose a later time."));
    try {
        m_orderNo = services::ReturnVisitService(m_workspace.services()).create(request).orderNo;
    } catch (const std::exception &e) {
        return showError(m_error, QString::fromUtf8(e.what()));
    }
    QDialog::accept();
}

} // namespace doorstep::ui
