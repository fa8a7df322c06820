#include "ui/aftersales/sla_policy_dialog.h"

#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/aftersales/office_hours_dialog.h"
#include "ui/error_label.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
using services::SlaUnit;

enum Column { Category, Severity, FirstResponse, Resolution, ColumnCount };

QComboBox *unitCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(SlaPolicyDialog::tr("minutes, around the clock (24×7)"), int(SlaUnit::Minutes));
    combo->addItem(SlaPolicyDialog::tr("business minutes (office hours only)"), int(SlaUnit::BusinessMinutes));
    combo->addItem(SlaPolicyDialog::tr("business days (closing time of the Nth working day)"), int(SlaUnit::BusinessDays));
    return combo;
}

// The amount's range follows its unit (the service refuses the same).
void followUnit(QSpinBox *amount, QComboBox *unit)
{
    QObject::connect(unit, &QComboBox::currentIndexChanged, amount, [amount, unit] {
        amount->setMaximum(services::SlaPolicyService::maxAmount(SlaUnit(unit->currentData().toInt())));
    });
    amount->setMinimum(1);
    amount->setMaximum(services::SlaPolicyService::maxAmount(SlaUnit::Minutes));
}

services::SlaTarget targetOf(const QSpinBox *amount, const QComboBox *unit)
{
    return {amount->value(), SlaUnit(unit->currentData().toInt())};
}

void showTarget(QSpinBox *amount, QComboBox *unit, services::SlaTarget t)
{
    unit->setCurrentIndex(unit->findData(int(t.unit))); // first: it sets the amount's range
    amount->setValue(t.amount);
}
} // namespace

SlaPolicyDialog::SlaPolicyDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_firstAmount(new QSpinBox(this))
    , m_firstUnit(unitCombo(this, QStringLiteral("firstResponseUnit")))
    , m_resolutionAmount(new QSpinBox(this))
    , m_resolutionUnit(unitCombo(this, QStringLiteral("resolutionUnit")))
    , m_error(makeErrorLabel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("SLA policies"));
    const bool editable = workspace.session().can(services::Permission::SlaPolicyEdit);
    m_table->setObjectName(QStringLiteral("slaPolicyTable"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Severity"), tr("First response"), tr("Resolution")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_firstAmount->setObjectName(QStringLiteral("firstResponseAmount"));
    m_resolutionAmount->setObjectName(QStringLiteral("resolutionAmount"));
    followUnit(m_firstAmount, m_firstUnit);
    followUnit(m_resolutionAmount, m_resolutionUnit);

    auto *intro = new QLabel(tr("Each complaint gets a first-response and a resolution deadline from the policy of its category "
                                "and severity when it is recorded. Complaints already open keep the deadlines they were given; "
                                "complaints recorded from a change on, and the fresh resolution target of a reopened one, use the "
                                "new policy. Business time counts the office hours and the holiday calendar."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto row = [](QSpinBox *amount, QComboBox *unit) {
        auto *line = new QHBoxLayout;
        line->addWidget(amount);
        line->addWidget(unit, 1);
        return line;
    };
    form->addRow(tr("First response within"), row(m_firstAmount, m_firstUnit));
    form->addRow(tr("Resolution within"), row(m_resolutionAmount, m_resolutionUnit));
    for (QWidget *w : {static_cast<QWidget *>(m_firstAmount), static_cast<QWidget *>(m_firstUnit),
                       static_cast<QWidget *>(m_resolutionAmount), static_cast<QWidget *>(m_resolutionUnit)})
        w->setEnabled(editable);
    m_result->setObjectName(QStringLiteral("slaPolicyResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (editable) {
        m_save = buttons->addButton(tr("Save policy"), QDialogButtonBox::ApplyRole);
        m_save->setObjectName(QStringLiteral("saveSlaPolicy"));
        connect(m_save, &QPushButton::clicked, this, &SlaPolicyDialog::save);
    }
    auto *hours = buttons->addButton(tr("Office hours and calendar…"), QDialogButtonBox::HelpRole);
    hours->setObjectName(QStringLiteral("officeHours"));
    connect(hours, &QPushButton::clicked, this, [this] { OfficeHoursDialog(m_workspace, this).exec(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &SlaPolicyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 640);

    connect(m_table, &QTableWidget::currentCellChanged, this, &SlaPolicyDialog::showSelected);
    reload();
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
}

void SlaPolicyDialog::reload()
{
    try {
        m_rows = itemmodels::Queries(m_workspace).slaPolicies();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        m_rows.clear();
    }
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &p = m_rows.at(r);
        const auto cell = [&](int column, const QString &text) {
            auto *item = m_table->item(r, column);
            if (!item)
                m_table->setItem(r, column, item = new QTableWidgetItem);
            item->setText(text);
        };
        cell(Category, domain::stateDisplayName(p.category));
        cell(Severity, domain::stateDisplayName(p.severity));
        cell(FirstResponse, p.policy ? services::SlaPolicyService::describe(p.policy->firstResponse) : tr("none: intake is refused"));
        cell(Resolution, p.policy ? services::SlaPolicyService::describe(p.policy->resolution) : tr("none: intake is refused"));
    }
    m_table->resizeColumnsToContents();
    if (current >= 0 && current < m_rows.size())
        m_table->selectRow(current);
}

void SlaPolicyDialog::showSelected()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_rows.size())
        return;
    m_error->hide();
    const auto &p = m_rows.at(r);
    const services::SlaPolicy shown = p.policy.value_or(services::SlaPolicy{{60, SlaUnit::BusinessMinutes}, {3, SlaUnit::BusinessDays}});
    showTarget(m_firstAmount, m_firstUnit, shown.firstResponse);
    showTarget(m_resolutionAmount, m_resolutionUnit, shown.resolution);
}

void SlaPolicyDialog::select(domain::ComplaintCategory category, domain::ComplaintSeverity severity)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).category == category && m_rows.at(r).severity == severity)
            m_table->selectRow(r);
}

bool SlaPolicyDialog::save()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_rows.size())
        return false;
    const auto &p = m_rows.at(r);
    const services::SlaPolicy policy{targetOf(m_firstAmount, m_firstUnit), targetOf(m_resolutionAmount, m_resolutionUnit)};
    services::SlaPolicySaved saved;
    try {
        saved = services::SlaPolicyService(m_workspace.services()).set(p.category, p.severity, policy);
    } catch (const std::exception &e) {
        showError(m_error, QString::fromUtf8(e.what()));
        m_result->clear();
        return false;
    }
    m_error->hide();
    const QString kind = domain::stateDisplayName(p.category) + u" / " + domain::stateDisplayName(p.severity);
    if (!saved.changed)
        m_result->setText(tr("%1: nothing changed.").arg(kind));
    else
        m_result->setText(tr("%1 saved. New complaints of this kind get these targets; %n open complaint(s) of this kind keep "
                             "the deadlines they were given.", nullptr, saved.openComplaintsKept).arg(kind));
    reload();
    return true;
}

} // namespace doorstep::ui
