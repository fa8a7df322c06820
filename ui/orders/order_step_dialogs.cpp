#include "ui/orders/order_step_dialogs.h"

#include "domain/office_time.h"
#include "ui/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace doorstep::ui {

using domain::OrderActor;
using domain::OrderEvent;

OrderStepDialog::OrderStepDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(340, 70);
    styleAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
}

void OrderStepDialog::addActorChoice(bool customerMay, bool officeMay)
{
    m_actor = new QComboBox(this);
    if (customerMay)
        m_actor->addItem(tr("The customer (on the phone)"), int(OrderActor::Customer));
    if (officeMay)
        m_actor->addItem(tr("The office"), int(OrderActor::Office));
}

void OrderStepDialog::finish(QFormLayout *form, const QString &textLabel, bool textRequired)
{
    m_textRequired = textRequired;
    form->addRow(textLabel, m_text);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Ctrl+Enter confirms from inside the text field (Enter adds a line).
    buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderStepDialog::reject);
    form->addRow(buttons);
}

void OrderStepDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool OrderStepDialog::checkText()
{
    m_change.reason = m_text->toPlainText().trimmed();
    if (m_textRequired && m_change.reason.isEmpty()) {
        showError(tr("Please give a reason; it is kept in the order's timeline."));
        m_text->setFocus();
        return false;
    }
    if (m_actor)
        m_change.onBehalfOf = OrderActor(m_actor->currentData().toInt());
    return true;
}

CancelOrderDialog::CancelOrderDialog(bool customerMay, QWidget *parent)
    : OrderStepDialog(tr("Cancel order"), parent)
{
    setObjectName(QStringLiteral("cancelOrderDialog"));
    m_change.event = OrderEvent::Cancel;
    addActorChoice(customerMay, true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Cancelled by:"), m_actor);
    finish(form, tr("Reason:"), true);
    m_text->setFocus();
}

void CancelOrderDialog::accept()
{
    if (checkText())
        QDialog::accept();
}

RescheduleOrderDialog::RescheduleOrderDialog(qint64 windowStart, qint64 windowEnd, qint64 now, QWidget *parent)
    : OrderStepDialog(tr("Reschedule order"), parent)
    , m_day(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_length(new QComboBox(this))
    , m_now(now)
{
    setObjectName(QStringLiteral("rescheduleOrderDialog"));
    m_change.event = OrderEvent::Reschedule;
    addActorChoice(true, true);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(windowStart, domain::officeTimeZone());
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_day->setDate(from.date());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(from.time());
    const int hours = int(std::max<qint64>(1, (windowEnd - windowStart + 1800) / 3600));
    for (int h : {1, 2, 3, 4})
        m_length->addItem(tr("%n hour(s)", nullptr, h), h);
    m_length->setCurrentIndex(std::clamp(hours, 1, 4) - 1);
    auto *window = new QHBoxLayout;
    window->addWidget(m_day);
    window->addWidget(m_start);
    window->addWidget(m_length);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The provider is released and the order goes back to the dispatch queue with the new window."), this));
    form->addRow(tr("New arrival window:"), window);
    form->addRow(tr("Asked by:"), m_actor);
    finish(form, tr("Reason:"), true);
    m_day->setFocus();
}

void RescheduleOrderDialog::accept()
{
    if (!checkText())
        return;
    m_change.newWindowStart = QDateTime(m_day->date(), m_start->time(), domain::officeTimeZone()).toSecsSinceEpoch();
    m_change.newWindowEnd = m_change.newWindowStart + qint64(m_length->currentData().toInt()) * 3600;
    if (m_change.newWindowStart < m_now) {
        showError(tr("The new window has already begun; choose a later time."));
        return;
    }
    QDialog::accept();
}

RateOrderDialog::RateOrderDialog(QWidget *parent)
    : OrderStepDialog(tr("Customer's rating"), parent)
    , m_stars(new QSpinBox(this))
{
    setObjectName(QStringLiteral("rateOrderDialog"));
    m_change.event = OrderEvent::Rate;
    m_change.onBehalfOf = OrderActor::Customer;
    m_stars->setRange(1, 5);
    m_stars->setValue(5);
    m_stars->setSuffix(tr(" star(s)"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Stars:"), m_stars);
    finish(form, tr("Comment:"), false);
    m_stars->setFocus();
}

void RateOrderDialog::accept()
{
    checkText();
    m_change.stars = m_stars->value();
    m_change.comment = m_change.reason;
    m_change.reason.clear();
    QDialog::accept();
}

} // namespace doorstep::ui
