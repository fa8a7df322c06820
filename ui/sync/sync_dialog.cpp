#include "ui/sync/sync_dialog.h"

#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "itemmodels/sync_conflicts_model.h"
#include "services/workspace.h"
#include "sync/sync_client.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

SyncDialog::SyncDialog(services::Workspace &workspace, sync::SyncClient &client, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_enrollForm(new QGroupBox(tr("Enroll this console with the office's server"), this))
    , m_server(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_enroll(new QPushButton(tr("Enroll"), this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_serverLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_rounds(new QListWidget(this))
    , m_conflictsView(new QTableView(this))
    , m_markSeen(new QPushButton(tr("Mark as seen"), this))
    , m_conflicts(itemmodels::Queries(workspace).syncConflictsModel(this))
{
    setWindowTitle(tr("Sync"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.cn:8443"));
    m_fingerprint->setPlaceholderText(tr("AB:CD:… (printed by doorstep-server init)"));
    m_code->setPlaceholderText(tr("One-time code from doorstep-server offices add"));
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_fingerprint->setObjectName(QStringLiteral("syncFingerprint"));
    m_code->setObjectName(QStringLiteral("syncCode"));
    m_enroll->setObjectName(QStringLiteral("syncEnroll"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    auto *form = new QFormLayout(m_enrollForm);
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("CA fingerprint (SHA-256):"), m_fingerprint);
    form->addRow(tr("Enrollment code:"), m_code);
    form->addRow(QString(), m_enroll);

    m_status->setWordWrap(true);
    m_progress->setWordWrap(true);
    m_conflictsView->setModel(m_conflicts);
    m_conflictsView->horizontalHeader()->setStretchLastSection(true);
    m_conflictsView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enrollForm);
    layout->addWidget(m_serverLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);
    layout->addWidget(new QLabel(tr("Last rounds:"), this));
    m_rounds->setMaximumHeight(110);
    layout->addWidget(m_rounds);
    layout->addWidget(new QLabel(tr("Sync conflicts: changes the server refused. Nothing is dropped silently: a refused "
                                    "booking is taken back here and its order returns to its queue."), this));
    layout->addWidget(m_conflictsView, 1);
    m_markSeen->setObjectName(QStringLiteral("syncMarkSeen"));
    m_markSeen->setEnabled(false);
    layout->addWidget(m_markSeen, 0, Qt::AlignLeft);
    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_markSeen->setEnabled(m_conflictsView->selectionModel()->hasSelection()); });
    connect(m_markSeen, &QPushButton::clicked, this, &SyncDialog::markSelectedSeen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_enroll, &QPushButton::clicked, this, &SyncDialog::startEnroll);
    connect(m_syncNow, &QPushButton::clicked, &m_client, &sync::SyncClient::syncNow);
    connect(&m_client, &sync::SyncClient::progress, this, [this](const QString &stage, int done) {
        if (stage == u"enroll")
            m_progress->setText(tr("Enrolling…"));
        else if (stage == u"snapshot")
            m_progress->setText(tr("Sending this office's data as the first snapshot…"));
        else if (stage == u"push")
            m_progress->setText(tr("Sent %n change(s)…", nullptr, done));
        else
            m_progress->setText(tr("Received %n change(s)…", nullptr, done));
    });
    connect(&m_client, &sync::SyncClient::enrollFinished, this, [this](bool ok, const QString &message) {
        m_progress->setText(ok ? message : tr("Enrollment failed: %1").arg(message));
        if (ok)
            m_code->clear();
        refresh();
    });
    connect(&m_client, &sync::SyncClient::roundFinished, this, [this](bool ok, const QString &message) {
        m_progress->setText(ok ? tr("Synced: %1").arg(message) : tr("The sync failed: %1").arg(message));
        m_conflicts->reload();
        refresh();
    });
    connect(&m_client, &sync::SyncClient::stateChanged, this, &SyncDialog::refresh);
    refresh();
    resize(820, 560);
}

void SyncDialog::startEnroll()
{
    m_progress->setText(tr("Checking the server's certificate…"));
    m_client.enroll({m_server->text().trimmed(), m_fingerprint->text().trimmed(), m_code->text().trimmed()});
}

void SyncDialog::markSelectedSeen()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_conflictsView->selectionModel()->selectedRows())
        ids.append(row.data(itemmodels::PagedTableModel::IdRole).toLongLong());
    try {
        m_client.ledger().markConflictsSeen(ids);
    } catch (const std::exception &e) {
        m_progress->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_conflicts->reload();
    refresh();
}

void SyncDialog::refresh()
{
    sync::SyncOverview o;
    try {
        o = m_client.overview();
    } catch (const std::exception &e) {
        m_status->setText(QString::fromUtf8(e.what()));
        return;
    }
    const bool busy = m_client.busy();
    m_enrollForm->setVisible(!o.enrolled);
    m_enroll->setEnabled(!busy);
    m_syncNow->setVisible(o.enrolled);
    m_syncNow->setEnabled(!busy);
    m_serverLabel->setText(o.enrolled ? tr("Office %1, server %2").arg(o.officeCode, o.serverUrl)
                                      : tr("Not enrolled: this console works offline and keeps its changes for sync."));
    QString status = tr("%n change(s) waiting to be sent, %1.", nullptr, int(o.pending))
                         .arg(tr("%n unseen conflict(s)", nullptr, int(o.conflicts)));
    if (o.lastSyncAt > 0)
        status += u' ' + tr("Last sync: %1.").arg(itemmodels::formatDateTime(o.lastSyncAt));
    if (!o.lastError.isEmpty())
        status += u' ' + tr("Last error: %1").arg(o.lastError);
    m_status->setText(status);
    m_rounds->clear();
    for (const sync::RoundRecord &r : m_client.ledger().recentRounds(8))
        m_rounds->addItem(r.error.isEmpty()
                              ? tr("%1: sent %2, applied %3, refused %4, received %5")
                                    .arg(itemmodels::formatDateTime(r.finishedAt))
                                    .arg(r.pushed)
                                    .arg(r.applied)
                                    .arg(r.rejected)
                                    .arg(r.pulled)
                              : tr("%1: failed: %2").arg(itemmodels::formatDateTime(r.finishedAt), r.error));
}

} // namespace doorstep::ui
