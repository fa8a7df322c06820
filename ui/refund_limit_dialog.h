#pragma once
// Asks for a refund limit in yuan (two decimals at most, kept as fen) and
// saves it through the given action when accepted; a refusal (the range, the
// role) shows in the dialog, which stays open with what was typed. Used on the
// staff page for a staff member's limit (StaffService::setRefundLimit) and the
// office default for new staff (settings refunds.default_limit_fen).
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace doorstep::ui {

class RefundLimitDialog : public QDialog
{
    Q_OBJECT
public:
    RefundLimitDialog(const QString &title, const QString &prompt, qint64 currentFen, std::function<void(qint64)> save,
                      QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    void accept() override;

private:
    std::function<void(qint64)> m_save;
    QLineEdit *m_amount;
    QLabel *m_error;
};

} // namespace doorstep::ui
