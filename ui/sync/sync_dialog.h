#pragma once
// The administrator's Sync window: enrollment (server address, the CA's
// fingerprint, the one-time code) with its progress, the server this console
// syncs with, the last round and its error, "Sync now", and the Sync
// conflicts list (what the server refused, and whether it was taken back).
// Network work runs in sync::SyncClient's worker; this only shows it.
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::sync {
class SyncClient;
}
namespace doorstep::itemmodels {
class SyncConflictsModel;
}

namespace doorstep::ui {

class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(services::Workspace &workspace, sync::SyncClient &client, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *enrollButton() const { return m_enroll; }
    QPushButton *syncButton() const { return m_syncNow; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *rounds() const { return m_rounds; }
    QTableView *conflictsView() const { return m_conflictsView; }
    QPushButton *markSeenButton() const { return m_markSeen; }
    itemmodels::SyncConflictsModel *conflicts() const { return m_conflicts; }

private:
    void refresh();
    void startEnroll();
    void markSelectedSeen();

    services::Workspace &m_workspace;
    sync::SyncClient &m_client;
    QWidget *m_enrollForm;
    QLineEdit *m_server;
    QLineEdit *m_fingerprint;
    QLineEdit *m_code;
    QPushButton *m_enroll;
    QPushButton *m_syncNow;
    QLabel *m_serverLabel;
    QLabel *m_status;
    QLabel *m_progress;
    QListWidget *m_rounds;
    QTableView *m_conflictsView;
    QPushButton *m_markSeen;
    itemmodels::SyncConflictsModel *m_conflicts;
};

} // namespace doorstep::ui
