#include "ui/refund_limit_dialog.h"

#include "domain/money.h"
#include "ui/error_label.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace doorstep::ui {

RefundLimitDialog::RefundLimitDialog(const QString &title, const QString &prompt, qint64 currentFen, std::function<void(qint64)> save,
                                     QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_amount(new QLineEdit(domain::Money::fromFen(currentFen).toString(), this))
    , m_error(makeErrorLabel(this))
{
    setWindowTitle(title);
    m_amount->setObjectName(QStringLiteral("amount"));
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Limit (yuan)"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Save")));
}

void RefundLimitDialog::accept()
{
    // Money::parse: two decimals at most, never through floating point.
    const auto amount = domain::Money::parse(m_amount->text());
    if (!amount || amount->fen() < 0)
        return showError(m_error, tr("Please enter an amount in yuan, zero or more, with at most two decimals."));
    try {
        m_save(amount->fen());
    } catch (const std::exception &e) {
        return showError(m_error, QString::fromUtf8(e.what()));
    }
    QDialog::accept();
}

} // namespace doorstep::ui
