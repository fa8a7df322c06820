#pragma once
// The office's dispatch rule settings: road factor and speed (travel time
// between jobs), and the soft-warning thresholds (long travel, low rating,
// heavy day), and the order deadlines (how long a provider has to accept a
// job; how early an order must be dispatched before it shows as late). Saved
// through SettingsService (Permission::SettingsEdit); dispatchers see them
// read-only.
#include "feasibility/feasibility.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class DispatchRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DispatchRulesDialog(services::Workspace &workspace, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    dispatch::FeasibilityRules rules() const; // as edited
    QDoubleSpinBox *speedBox() const { return m_speed; }
    QSpinBox *acceptTimeoutBox() const { return m_acceptTimeout; }
    void accept() override;                   // saves; stays open on an error

private:
    services::Workspace &m_workspace;
    bool m_readOnly;
    QDoubleSpinBox *m_roadFactor;
    QDoubleSpinBox *m_speed;
    QSpinBox *m_longTravel;
    QDoubleSpinBox *m_lowRating;
    QSpinBox *m_minRated;
    QSpinBox *m_heavyDay;
    QSpinBox *m_acceptTimeout;
    QSpinBox *m_dispatchLead;
};

} // namespace doorstep::ui
