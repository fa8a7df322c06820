#pragma once
// The office's auto-dispatch settings: the objective's weights and the time
// budget. Saved through SettingsService (Permission::SettingsEdit); staff
// without that permission (dispatchers) see the values read-only.
#include "services/auto_dispatch_settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QDialogButtonBox;
class QFormLayout;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class AutoDispatchSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AutoDispatchSettingsDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    services::AutoDispatchSettings settings() const; // as edited
    void accept() override;                          // saves; stays open on an error
    QComboBox *continuousBox() const { return m_continuous; }

private:
    QDoubleSpinBox *addRow(QFormLayout *form, const QString &label, const QString &tip, double value, double max, int decimals);

    services::Workspace &m_workspace;
    bool m_readOnly;
    QDoubleSpinBox *m_travel = nullptr;
    QDoubleSpinBox *m_lateness = nullptr;
    QDoubleSpinBox *m_rating = nullptr;
    QDoubleSpinBox *m_unrated = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QDoubleSpinBox *m_workload = nullptr;
    QDoubleSpinBox *m_preferred = nullptr;
    QDoubleSpinBox *m_penalty = nullptr;
    QDoubleSpinBox *m_priority = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QComboBox *m_continuous = nullptr; // off, propose, assign (ContinuousDispatchMode's order)
};

} // namespace doorstep::ui
