#pragma once
// Asks for the reason of a decision (reject, request information, override a
// flag). The reason is required: the service refuses an empty one anyway, but
// saying so here keeps the dialog open with what was typed.
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace doorstep::ui {

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QString reason() const;
    void accept() override;

    // Shows the dialog; returns the reason, or an empty string when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &prompt);

private:
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace doorstep::ui
