#pragma once
// The SLA policies in the window (complaints page, "SLA policies…"): the
// table of every complaint category × severity with its first-response and
// resolution targets, and, for managers and administrators (SlaPolicyEdit),
// an editor for the selected one. Saving is one audited action through
// services::SlaPolicyService, which validates; its refusal is shown on the
// dialog's error line, the values typed stay. What happens to open
// complaints is said on the dialog and after each save: they keep their
// deadlines; complaints recorded (or reopened) from then on use the new targets.
#include "services/sla_policies.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class SlaPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SlaPolicyDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *firstResponseAmount() const { return m_firstAmount; }
    QComboBox *firstResponseUnit() const { return m_firstUnit; }
    QSpinBox *resolutionAmount() const { return m_resolutionAmount; }
    QComboBox *resolutionUnit() const { return m_resolutionUnit; }
    QPushButton *saveButton() const { return m_save; } // nullptr when read-only
    QLabel *resultLabel() const { return m_result; }

    // Selects the policy of a category and severity (its row) for editing.
    void select(domain::ComplaintCategory category, domain::ComplaintSeverity severity);
    // Saves the editor's values for the selected row; false (the reason on
    // the error line) when the service refuses.
    bool save();

private:
    void reload();
    void showSelected();

    services::Workspace &m_workspace;
    QList<services::SlaPolicyRow> m_rows;
    QTableWidget *m_table;
    QSpinBox *m_firstAmount;
    QComboBox *m_firstUnit;
    QSpinBox *m_resolutionAmount;
    QComboBox *m_resolutionUnit;
    QPushButton *m_save = nullptr;
    QLabel *m_error;
    QLabel *m_result;
};

} // namespace doorstep::ui
