#include "ui/privacy/retention_dialog.h"

#include "services/office_settings.h"
#include "services/privacy_service.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace doorstep::ui {

using services::Permission;

RetentionDialog::RetentionDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_years(new QSpinBox(this))
    , m_due(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_run(new QPushButton(tr("Run the sweep now…"), this))
{
    setWindowTitle(tr("Personal data retention"));
    const auto &setting = services::settings::CustomerRetentionYears;
    m_years->setRange(int(setting.min), int(setting.max));
    m_years->setSpecialValueText(tr("kept for ever (off)"));
    m_years->setSuffix(tr(" year(s)"));
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_due->setObjectName(QStringLiteral("retentionDue"));
    m_due->setWordWrap(true);
    try {
        m_years->setValue(services::OfficeSettings(workspace.services()).whole(setting));
    } catch (const std::exception &e) {
        MessageBox::error(this, e); // a stored value that does not parse: shown, the default offered
        m_years->setValue(int(setting.defaultValue));
    }
    const auto &session = workspace.session();
    m_years->setEnabled(session.can(Permission::SettingsEdit));
    m_save->setVisible(session.can(Permission::SettingsEdit));
    m_run->setVisible(session.can(Permission::DataSubjectRequests));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A customer's personal data is anonymised when they have had no order and no change to "
                                "their record for this long. Orders and payments stay for the accounts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep for:"), m_years);
    layout->addLayout(form);
    layout->addWidget(m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RetentionDialog::save);
    connect(m_run, &QPushButton::clicked, this, &RetentionDialog::runSweep);
    refreshDue();
}

void RetentionDialog::refreshDue()
{
    if (!m_workspace.session().can(Permission::DataSubjectRequests)) {
        m_due->clear();
        return;
    }
    try {
        services::PrivacyService privacy(m_workspace.services());
        const int years = privacy.retentionYears();
        m_due->setText(years == 0 ? tr("Retention is off: nobody is anonymised for inactivity.")
                                  : tr("%n customer(s) inactive for more than %1 year(s) would be anonymised now.", nullptr,
                                       int(privacy.retentionDue()))
                                        .arg(years));
        m_run->setEnabled(years > 0);
    } catch (const std::exception &e) {
        m_due->setText(QString::fromUtf8(e.what()));
        m_run->setEnabled(false);
    }
}

void RetentionDialog::save()
{
    try {
        services::SettingsService(m_workspace.services()).set(services::settings::CustomerRetentionYears, m_years->value());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    refreshDue();
}

void RetentionDialog::runSweep()
{
    services::PrivacyService privacy(m_workspace.services());
    qint64 due = 0;
    int years = 0;
    try {
        years = privacy.retentionYears();
        due = privacy.retentionDue();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    if (due == 0) {
        MessageBox::information(this, tr("Retention sweep"), tr("Nobody is due: nothing was changed."));
        return;
    }
    if (!MessageBox::question(this, tr("Retention sweep"),
                              tr("Anonymise %n customer(s) with no order and no change for more than %1 year(s)?\n\nTheir "
                                 "names, phone numbers, addresses and notes are replaced for good; their orders and "
                                 "payments stay.", nullptr, int(due))
                                  .arg(years)))
        return;
    // Batches of PrivacyService::kBatch, one transaction each; the dialog
    // shows progress between them and may stop after the current batch.
    QProgressDialog progress(tr("Anonymising inactive customers…"), tr("Stop"), 0, int(due), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        const services::RetentionResult r = privacy.retentionSweep([&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            return !progress.wasCanceled();
        });
        progress.reset();
        MessageBox::information(this, tr("Retention sweep"),
                                tr("%n customer(s) anonymised (%1 record(s) rewritten, %2 queued sync cop(ies) purged).", nullptr,
                                   r.customers)
                                        .arg(r.rowsRewritten)
                                        .arg(r.outboxPurged)
                                    + (r.cancelled ? u'\n' + tr("Stopped before the end: the rest are still due.") : QString()));
    } catch (const std::exception &e) {
        progress.reset();
        MessageBox::error(this, e);
    }
    refreshDue();
}

} // namespace doorstep::ui
