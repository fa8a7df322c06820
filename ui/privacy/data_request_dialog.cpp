#include "ui/privacy/data_request_dialog.h"

#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/privacy_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doorstep::ui {

DataRequestDialog::DataRequestDialog(services::Workspace &workspace, Subject subject, qint64 id, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_subject(subject)
    , m_id(id)
    , m_who(who)
    , m_export(new QPushButton(tr("Export their data…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw marketing consent"), this))
    , m_anonymise(new QPushButton(tr("Anonymise…"), this))
{
    setWindowTitle(tr("Data-subject request — %1").arg(who));
    m_export->setObjectName(QStringLiteral("exportData"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_anonymise->setObjectName(QStringLiteral("anonymise"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(subject == Subject::Customer
                                 ? tr("%1 asks about their personal data. Export gives them a copy of everything held (a web page "
                                      "to print and the same data as JSON). Corrections are made in their record. Anonymising "
                                      "deletes their personal data but keeps their orders and payments for the accounts.")
                                       .arg(who)
                                 : tr("%1 has left and asks about their personal data. Export gives them a copy of everything held. "
                                      "Anonymising deletes their personal data and credential scans but keeps their jobs, "
                                      "ratings and the ledger.")
                                       .arg(who),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (subject == Subject::Customer) {
        layout->addWidget(new QLabel(tr("Consents:"), this));
        m_consents = new QTableWidget(0, 4, this);
        m_consents->setObjectName(QStringLiteral("consents"));
        m_consents->setHorizontalHeaderLabels({tr("Purpose"), tr("Given"), tr("How"), tr("Withdrawn")});
        m_consents->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_consents->verticalHeader()->hide();
        m_consents->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(m_consents);
        loadConsents();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    if (subject == Subject::Customer)
        buttons->addButton(m_withdraw, QDialogButtonBox::ActionRole);
    else
        m_withdraw->hide();
    buttons->addButton(m_anonymise, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DataRequestDialog::exportData);
    connect(m_withdraw, &QPushButton::clicked, this, &DataRequestDialog::withdrawMarketing);
    connect(m_anonymise, &QPushButton::clicked, this, &DataRequestDialog::anonymise);
    resize(560, subject == Subject::Customer ? 380 : 200);
}

void DataRequestDialog::loadConsents()
{
    try {
        const QList<itemmodels::ConsentRecord> records = itemmodels::Queries(m_workspace).customerConsents(m_id);
        m_consents->setRowCount(int(records.size()));
        bool marketing = false;
        for (int row = 0; row < records.size(); ++row) {
            const auto &c = records.at(row);
            m_consents->setItem(row, 0, new QTableWidgetItem(itemmodels::consentPurposeName(c.purpose)));
            m_consents->setItem(row, 1, new QTableWidgetItem(itemmodels::formatDateTime(c.grantedAt)));
            m_consents->setItem(row, 2, new QTableWidgetItem(c.channel));
            m_consents->setItem(row, 3, new QTableWidgetItem(c.withdrawnAt ? itemmodels::formatDateTime(c.withdrawnAt) : tr("in force")));
            marketing = marketing || (c.purpose == u"marketing" && c.withdrawnAt == 0);
        }
        m_withdraw->setEnabled(marketing);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void DataRequestDialog::exportData()
{
    const QString suggested = QDir::home().filePath(m_subject == Subject::Customer ? tr("personal-data-customer-%1.html").arg(m_id)
                                                                                   : tr("personal-data-provider-%1.html").arg(m_id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export personal data"), suggested, tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    try {
        services::PrivacyService privacy(m_workspace.services());
        const services::SubjectExport e = m_subject == Subject::Customer ? privacy.exportCustomer(m_id, path) : privacy.exportProvider(m_id, path);
        MessageBox::information(this, tr("Export"),
                                tr("Written:\n%1\n\nThe files hold the person's data unencrypted: hand them over, then delete them.")
                                    .arg(e.files.join(u'\n')));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    if (m_consents)
        loadConsents(); // the request is on record now
}

void DataRequestDialog::withdrawMarketing()
{
    try {
        services::PrivacyService(m_workspace.services()).withdrawConsent(m_id, QStringLiteral("marketing"));
        MessageBox::information(this, tr("Consent withdrawn"), tr("%1 will receive no more marketing.").arg(m_who));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    loadConsents();
}

void DataRequestDialog::anonymise()
{
    const QString consequences = m_subject == Subject::Customer
        ? tr("Anonymise %1?\n\nTheir name, phone number, addresses, notes, comments and complaint texts are replaced by "
             "\"%2\" everywhere, and every consent ends. Their orders, payments and refunds stay for the accounts, without "
             "anything that says who they were. Copies waiting for sync are purged.\n\nThis cannot be undone: export their "
             "data first if they asked for a copy.")
              .arg(m_who, services::anonymisedMarker(m_id))
        : tr("Anonymise %1?\n\nTheir name, phone and ID numbers, birth date and home address are replaced by \"%2\" or "
             "emptied, and their credential scans (ID card, health certificate, qualifications) are deleted. Their jobs, "
             "ratings and the ledger stay. Copies waiting for sync are purged.\n\nThis cannot be undone: export their "
             "data first if they asked for a copy.")
              .arg(m_who, services::anonymisedMarker(m_id));
    if (!MessageBox::question(this, tr("Anonymise"), consequences))
        return;
    try {
        services::PrivacyService privacy(m_workspace.services());
        const services::ErasureResult r = m_subject == Subject::Customer ? privacy.anonymiseCustomer(m_id) : privacy.anonymiseProvider(m_id);
        m_anonymised = true;
        MessageBox::information(this, tr("Anonymised"),
                                tr("%1 is anonymised: %2 record(s) rewritten, %3 scan(s) deleted, %4 queued sync cop(ies) purged.")
                                    .arg(m_who)
                                    .arg(r.rowsRewritten)
                                    .arg(r.scansPurged)
                                    .arg(r.outboxPurged));
        accept();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

} // namespace doorstep::ui
