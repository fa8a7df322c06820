#include "ui/schedule/auto_dispatch_settings_dialog.h"

#include "services/settings_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/schedule/settings_dialog_layout.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace doorstep::ui {

AutoDispatchSettingsDialog::AutoDispatchSettingsDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_readOnly(!workspace.session().can(services::Permission::SettingsEdit))
{
    setWindowTitle(tr("Auto-dispatch settings"));
    services::AutoDispatchSettings s;
    try {
        s = services::loadAutoDispatchSettings(services::OfficeSettings(workspace.services()));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    const auto &w = s.weights;
    auto *form = new QFormLayout;
    m_travel = addRow(form, tr("Per minute of travel"), tr("The unit of every other weight: one minute of driving."), w.perTravelMinute, 1000, 2);
    m_lateness = addRow(form, tr("Per minute after the window opens"), tr("How much an early start matters."), w.perLatenessMinute, 1000, 2);
    m_rating = addRow(form, tr("Per star below five"), tr("Prefers better-rated providers."), w.perStarBelowFive, 10000, 1);
    m_unrated = addRow(form, tr("Rating assumed without ratings"), tr("Stars, for providers nobody has rated yet."), w.unratedRatingX100 / 100.0, 5, 2);
    m_unrated->setMinimum(1);
    m_points = addRow(form, tr("Per point of the provider's balance"), tr("Rewards providers with a good points balance."), w.perPoint, 100, 3);
    m_workload = addRow(form, tr("Per job already that day"), tr("Spreads the work across providers."), w.perJobAlreadyThatDay, 1000, 1);
    m_preferred = addRow(form, tr("Bonus for the customer's preferred provider"), {}, w.preferredBonus, 10000, 1);
    m_penalty = addRow(form, tr("Cost of leaving an order out"), tr("An order is left out when placing it would cost more."), w.unassignedPenalty, 100000, 0);
    m_priority = addRow(form, tr("Extra cost per priority level"), {}, w.perPriorityLevel, 100000, 0);
    m_budget = addRow(form, tr("Time budget (seconds)"), tr("The planner returns its best plan when the time is up."), s.budgetMs / 1000.0, 120, 1);
    m_budget->setMinimum(0.2);
    m_continuous = new QComboBox(this);
    m_continuous->setObjectName(QStringLiteral("continuousDispatch"));
    m_continuous->addItem(tr("Off: new orders wait for a dispatcher"), int(services::ContinuousDispatchMode::Off));
    m_continuous->addItem(tr("Propose: a dispatcher accepts each proposal"), int(services::ContinuousDispatchMode::Propose));
    m_continuous->addItem(tr("Assign: new orders are assigned at once"), int(services::ContinuousDispatchMode::Assign));
    m_continuous->setCurrentIndex(m_continuous->findData(int(s.continuous)));
    m_continuous->setToolTip(tr("What a console does with orders that arrive while it runs (from the apps or typed in),"
                                " with the same explanations as a planned day."));
    m_continuous->setEnabled(!m_readOnly);
    form->addRow(tr("New orders"), m_continuous);

    auto *buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)
                                                   : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AutoDispatchSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AutoDispatchSettingsDialog::reject);

    layOutSettingsDialog(this, tr("Costs are in minute-equivalents: auto-dispatch picks the plan with the lowest total."), m_readOnly, form, buttons);
}

QDoubleSpinBox *AutoDispatchSettingsDialog::addRow(QFormLayout *form, const QString &label, const QString &tip, double value, double max,
                                                   int decimals)
{
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(decimals);
    box->setRange(0, max);
    box->setValue(value);
    box->setToolTip(tip);
    box->setReadOnly(m_readOnly);
    form->addRow(label, box);
    return box;
}

services::AutoDispatchSettings AutoDispatchSettingsDialog::settings() const
{
    services::AutoDispatchSettings s;
    auto &w = s.weights;
    w.perTravelMinute = m_travel->value();
    w.perLatenessMinute = m_lateness->value();
    w.perStarBelowFive = m_rating->value();
    w.unratedRatingX100 = int(std::lround(m_unrated->value() * 100));
    w.perPoint = m_points->value();
    w.perJobAlreadyThatDay = m_workload->value();
    w.preferredBonus = m_preferred->value();
    w.unassignedPenalty = m_penalty->value();
    w.perPriorityLevel = m_priority->value();
    s.budgetMs = int(std::lround(m_budget->value() * 1000));
    s.continuous = services::ContinuousDispatchMode(m_continuous->currentData().toInt());
    return s;
}

void AutoDispatchSettingsDialog::accept()
{
    if (!m_readOnly) {
        try {
            services::SettingsService writer(m_workspace.services());
            services::saveAutoDispatchSettings(writer, settings());
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
            return;
        }
    }
    QDialog::accept();
}

} // namespace doorstep::ui
