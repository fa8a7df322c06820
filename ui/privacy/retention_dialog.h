#pragma once
// Personal data retention (settings::CustomerRetentionYears) and the sweep
// that applies it: how many years a customer's data is kept after their last
// order or change (0 = for ever), how many customers are due now, and
// "Run the sweep now" with progress and a report of what it did.
#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    QSpinBox *years() const { return m_years; }
    QLabel *due() const { return m_due; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *runButton() const { return m_run; }

    void save();
    void runSweep();

private:
    void refreshDue();

    services::Workspace &m_workspace;
    QSpinBox *m_years;
    QLabel *m_due;
    QPushButton *m_save;
    QPushButton *m_run;
};

} // namespace doorstep::ui
