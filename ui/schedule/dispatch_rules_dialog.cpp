#include "ui/schedule/dispatch_rules_dialog.h"

#include "itemmodels/orders_model.h"
#include "services/dispatch_day.h"
#include "services/order_timeout_service.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"

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
    dispatch::FeasibilityRules r;
    try {
        r = services::loadFeasibilityRules(workspace.store().db());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_roadFactor->setRange(1.0, 3.0);
    m_roadFactor->setSingleStep(0.05);
    m_roadFactor->setValue(r.roadFactor);
    m_roadFactor->setToolTip(tr("Road distance divided by straight-line distance in this city."));
    m_speed->setRange(5, 80);
    m_speed->setSuffix(tr(" km/h"));
    m_speed->setValue(r.speedKmh);
    m_speed->setToolTip(tr("Average door-to-door speed between jobs."));
    m_longTravel->setRange(1, 600);
    m_longTravel->setSuffix(tr(" min"));
    m_longTravel->setValue(r.longTravelMinutes);
    m_lowRating->setRange(0, 5);
    m_lowRating->setDecimals(2);
    m_lowRating->setSingleStep(0.1);
    m_lowRating->setValue(r.lowRatingX100 / 100.0);
    m_minRated->setRange(0, 1000);
    m_minRated->setValue(r.minRatedJobs);
    m_heavyDay->setRange(0, 99);
    m_heavyDay->setValue(r.heavyDayJobs);
    try {
        m_acceptTimeoutWas = services::OrderTimeoutService(workspace.services()).timeoutMinutes();
        m_dispatchLeadWas = services::SettingsService(workspace.services())
                                .value(QStringLiteral("orders.dispatch_lead_minutes"), QString::number(itemmodels::OrdersModel::kDefaultDispatchLeadMinutes))
                                .toInt();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_acceptTimeout->setRange(0, 240);
    m_acceptTimeout->setSuffix(tr(" min"));
    m_acceptTimeout->setSpecialValueText(tr("no limit"));
    m_acceptTimeout->setValue(m_acceptTimeoutWas);
    m_acceptTimeout->setToolTip(tr("An assigned job the provider has not accepted in this time goes back to the dispatch queue."));
    m_dispatchLead->setRange(0, 24 * 60);
    m_dispatchLead->setSuffix(tr(" min"));
    m_dispatchLead->setValue(m_dispatchLeadWas);
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
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every drop on the schedule board and every auto-dispatch plan is checked against these. "
                                "Clashes count the travel between jobs: straight-line distance × road factor at the average speed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (m_readOnly) {
        auto *note = new QLabel(tr("Only an administrator can change these office settings."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
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
            services::saveFeasibilityRules(m_workspace.services(), rules());
            // Only what changed is written (each write is an audit entry).
            services::SettingsService settings(m_workspace.services());
            if (m_acceptTimeout->value() != m_acceptTimeoutWas)
                settings.setValue(QStringLiteral("orders.accept_timeout_minutes"), QString::number(m_acceptTimeout->value()));
            if (m_dispatchLead->value() != m_dispatchLeadWas)
                settings.setValue(QStringLiteral("orders.dispatch_lead_minutes"), QString::number(m_dispatchLead->value()));
            m_acceptTimeoutWas = m_acceptTimeout->value();
            m_dispatchLeadWas = m_dispatchLead->value();
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
            return;
        }
    }
    QDialog::accept();
}

} // namespace doorstep::ui
