#pragma once
// The order steps that need more than a click: cancel (who cancels, why),
// reschedule (the new arrival window, who asked, why) and the customer's
// rating. Each dialog only collects the OrderChange; the detail pane applies
// it through OrderService, so the state machine and the reasons rule are
// checked in one place.
#include "services/order_service.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace doorstep::ui {

class OrderStepDialog : public QDialog
{
    Q_OBJECT
public:
    services::OrderChange change() const { return m_change; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *actorCombo() const { return m_actor; }

protected:
    OrderStepDialog(const QString &title, QWidget *parent);
    void addActorChoice(bool customerMay, bool officeMay);
    void finish(QFormLayout *form, const QString &textLabel, bool textRequired);
    bool checkText();
    void showError(const QString &message);

    services::OrderChange m_change;
    QComboBox *m_actor = nullptr;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    bool m_textRequired = true;
};

class CancelOrderDialog final : public OrderStepDialog
{
    Q_OBJECT
public:
    // customerMay: the state machine lets the customer cancel here.
    CancelOrderDialog(bool customerMay, QWidget *parent = nullptr);
    void accept() override;
};

class RescheduleOrderDialog final : public OrderStepDialog
{
    Q_OBJECT
public:
    RescheduleOrderDialog(qint64 windowStart, qint64 windowEnd, qint64 now, QWidget *parent = nullptr);
    QDateEdit *dayEdit() const { return m_day; }
    QTimeEdit *startEdit() const { return m_start; }
    QComboBox *lengthCombo() const { return m_length; }
    void accept() override;

private:
    QDateEdit *m_day;
    QTimeEdit *m_start;
    QComboBox *m_length;
    qint64 m_now;
};

class RateOrderDialog final : public OrderStepDialog
{
    Q_OBJECT
public:
    explicit RateOrderDialog(QWidget *parent = nullptr);
    QSpinBox *starsBox() const { return m_stars; }
    void accept() override;

private:
    QSpinBox *m_stars;
};

} // namespace doorstep::ui
