#include "ui/schedule/dispatch_rules_dialog.h"

#include "services/dispatch_day.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/schedule/settings_dialog_layout.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace doorstep::ui {

DispatchRulesDialog::DispatchRulesDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_readOnly(!workspace.session().can(services::Permission::SettingsEdit))
    , m_roadFactor(new QDoubleSpinBox(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_longTravel(new QSpinBox(this))
    , m_lowRating(new QDoubleSpinBox(this))
    , m_minRated(new QSpinBox(this))
    , m_heavyDay(new QSpinBox(this))
    , m_acceptTimeout(new QSpinBox(this))
    , m_dispatchLead(new QSpinBox(this))
{
    setWindowTitle(tr("Dispatch rules"));
    using namespace services::settings;
    const services::SettingsService settings(workspace.services());
    dispatch::FeasibilityRules r;
    // A stored value that is wrong is named here; the form shows the
    // defaults, and saving replaces it.
    try {
        r = services::loadFeasibilityRules(settings.read());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    auto rangeOf = [](auto *box, const services::Setting &s) { box->setRange(s.min, s.max); };
    rangeOf(m_roadFactor, RoadFactor);
    m_roadFactor->setSingleStep(0.05);
    m_roadFactor->setValue(r.roadFactor);
    m_roadFactor->setToolTip(tr("Road distance divided by straight-line distance in this city."));
    rangeOf(m_speed, SpeedKmh);
    m_speed->setSuffix(tr(" km/h"));
    m_speed->setValue(r.speedKmh);
    m_speed->setToolTip(tr("Average door-to-door speed between jobs."));
    rangeOf(m_longTravel, LongTravelMinutes);
    m_longTravel->setSuffix(tr(" min"));
    m_longTravel->setValue(r.longTravelMinutes);
    m_lowRating->setRange(LowRatingX100.min / 100, LowRatingX100.max / 100);
    m_lowRating->setDecimals(2);
    m_lowRating->setSingleStep(0.1);
    m_lowRating->setValue(r.lowRatingX100 / 100.0);
    rangeOf(m_minRated, MinRatedJobs);
    m_minRated->setValue(r.minRatedJobs);
    rangeOf(m_heavyDay, HeavyDayJobs);
    m_heavyDay->setValue(r.heavyDayJobs);
    int acceptTimeout = int(AcceptTimeoutMinutes.defaultValue);
    int dispatchLead = int(DispatchLeadMinutes.defaultValue);
    try {
        acceptTimeout = settings.read().whole(AcceptTimeoutMinutes);
        dispatchLead = settings.read().whole(DispatchLeadMinutes);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    rangeOf(m_acceptTimeout, AcceptTimeoutMinutes);
    m_acceptTimeout->setSuffix(tr(" min"));
    m_acceptTimeout->setSpecialValueText(tr("no limit"));
    m_acceptTimeout->setValue(acceptTimeout);
    m_acceptTimeout->setToolTip(tr("An assigned job the provider has not accepted in this time goes back to the dispatch queue."));
    rangeOf(m_dispatchLead, DispatchLeadMinutes);
    m_dispatchLead->setSuffix(tr(" min"));
    m_dispatchLead->setValue(dispatchLead);
    m_dispatchLead->setToolTip(tr("The order board marks an order late when it is still waiting this long before its window."));

    auto *form = new QFormLayout;
    form->addRow(tr("Road factor"), m_roadFactor);
    form->addRow(tr("Average speed"), m_speed);
    form->addRow(tr("Warn when travel to a job is longer than"), m_longTravel);
    form->addRow(tr("Warn when the provider's rating is below"), m_lowRating);
    form->addRow(tr("… counting only providers with at least this many ratings"), m_minRated);
    form->addRow(tr("Warn when the job would make the day longer than this many jobs"), m_heavyDay);
    form->addRow(tr("A provider must accept an assigned job within"), m_acceptTimeout);
    form->addRow(tr("An order is late when still not dispatched this long before its window"), m_dispatchLead);
    for (QWidget *w : {static_cast<QWidget *>(m_roadFactor), static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_longTravel),
                       static_cast<QWidget *>(m_lowRating), static_cast<QWidget *>(m_minRated), static_cast<QWidget *>(m_heavyDay),
                       static_cast<QWidget *>(m_acceptTimeout), static_cast<QWidget *>(m_dispatchLead)})
        w->setEnabled(!m_readOnly);

    auto *buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::StandardButtons(QDialogButtonBox::Close)
                                                   : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DispatchRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DispatchRulesDialog::reject);
    layOutSettingsDialog(this, tr("Every drop on the schedule board and every auto-dispatch plan is checked against these. "
                                "Clashes count the travel between jobs: straight-line distance × road factor at the average speed."), m_readOnly, form, buttons);
}

dispatch::FeasibilityRules DispatchRulesDialog::rules() const
{
    dispatch::FeasibilityRules r;
    r.roadFactor = m_roadFactor->value();
    r.speedKmh = m_speed->value();
    r.longTravelMinutes = m_longTravel->value();
    r.lowRatingX100 = int(std::lround(m_lowRating->value() * 100));
    r.minRatedJobs = m_minRated->value();
    r.heavyDayJobs = m_heavyDay->value();
    return r;
}

void DispatchRulesDialog::accept()
{
    if (!m_readOnly) {
        try {
            // One audited action for whatever changed, all saved or none.
            using namespace services::settings;
            services::SettingsService settings(m_workspace.services());
            settings.set(services::feasibilityRuleValues(rules())
                         + services::SettingValues{{&AcceptTimeoutMinutes, m_acceptTimeout->value()},
                                                   {&DispatchLeadMinutes, m_dispatchLead->value()}});
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
            return;
        }
    }
    QDialog::accept();
}

} // namespace doorstep::ui
