#pragma once
// The remedies offered from a complaint's detail: a refund (amount in yuan
// with at most two decimals, kept as fen, and the reason; what is left to
// refund on the order shown) and a return visit (the customer's choice of the
// same or another provider, the new arrival window, a note). Each dialog calls
// its service in accept() and stays open with the refusal when it is refused.
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(services::Workspace &workspace, qint64 complaintId, qint64 refundableFen, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    qint64 refundId() const { return m_refundId; } // after accept()
    void accept() override;

private:
    services::Workspace &m_workspace;
    qint64 m_complaintId;
    QLineEdit *m_amount;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    qint64 m_refundId = 0;
};

class ReturnVisitDialog : public QDialog
{
    Q_OBJECT
public:
    // hadProvider: the original order had one ("same provider" is possible).
    ReturnVisitDialog(services::Workspace &workspace, qint64 complaintId, bool hadProvider, QWidget *parent = nullptr);

    QComboBox *providerCombo() const { return m_provider; }
    QDateEdit *dayEdit() const { return m_day; }
    QTimeEdit *startEdit() const { return m_start; }
    QComboBox *lengthCombo() const { return m_length; }
    QString orderNo() const { return m_orderNo; } // after accept()
    void accept() override;

private:
    services::Workspace &m_workspace;
    qint64 m_complaintId;
    QComboBox *m_provider;
    QDateEdit *m_day;
    QTimeEdit *m_start;
    QComboBox *m_length;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QString m_orderNo;
};

} // namespace doorstep::ui
