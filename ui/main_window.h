#pragma once
// The console's frame: navigation to each area the user's role may use, the
// area itself, and a status bar with who is working, where, and sync state.
// Only areas that work are listed; there are no placeholder pages.
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ContinuousDispatch;
}
namespace doorstep::sync {
class SyncClient;
}

namespace doorstep::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(services::Workspace &workspace, QWidget *parent = nullptr);

    QStringList pageKeys() const { return m_keys; }
    // The area, built now if it was not yet (areas are built when first
    // shown); nullptr when the role has no such area.
    QWidget *page(const QString &key);
    // The area if it has been built, else nullptr.
    QWidget *builtPage(const QString &key) const;
    void showPage(const QString &key);
    void refreshStatus();
    // Sync with the office's server (models/sync; rounds on its own thread).
    sync::SyncClient *syncClient() const { return m_syncClient; }
    QLabel *syncLabel() const { return m_sync; }
    void openSyncDialog();
    // Continuous auto-dispatch of new orders (roles that dispatch; else null).
    itemmodels::ContinuousDispatch *continuousDispatch() const { return m_continuous; }
    // Shown to administrators while accounts were removed since the data key
    // was last rotated; null for other roles.
    QWidget *rotationBanner() const { return m_rotationBanner; }
    // Something in this console changed orders behind the pages' backs (the
    // accept-timeout sweep, continuous auto-dispatch): the pages change row
    // by row and the status bar says why.
    void ordersChangedHere(const QString &message);
    // The same for customers (the retention sweep anonymised some).
    void customersChangedHere(const QString &message);

Q_SIGNALS:
    void lockRequested();
    void logoutRequested();
    void autoLockChanged(int minutes);
    // An administrator asked to rotate the data key (ConsoleFlow closes the
    // session, rotates and opens the store again).
    void dataKeyRotationRequested();

private:
    void addPage(const QString &key, const QString &title, std::function<QWidget *()> build);
    void buildMenus();
    void changeOwnPassword();
    void backup();
    void setAutoLock();
    void refreshRotationBanner();
    // What a sync round changed: the built pages read again.
    void refreshAfterSync();

    services::Workspace &m_workspace;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QStringList m_keys;
    QList<std::function<QWidget *()>> m_builders;
    QList<QPointer<QWidget>> m_pages; // nullptr until built
    QLabel *m_user;
    QLabel *m_office;
    QLabel *m_sync;
    QToolButton *m_syncNow;
    sync::SyncClient *m_syncClient;
    QTimer *m_syncRefresh; // coalesces the sync worker's storeChanged
    itemmodels::ContinuousDispatch *m_continuous = nullptr;
    bool m_syncRefreshDue = false; // a commit came while m_syncRefresh ran
    QWidget *m_rotationBanner = nullptr; // administrators: the data key is due for rotation
    QLabel *m_rotationText = nullptr;
    // Complaints past their deadline (roles that see complaints) and, for those
    // who hand complaints out (managers, supervisors, administrators), the open
    // ones escalated to the office manager; each count a link to the queue so filtered.
    QLabel *m_breaches;
};

} // namespace doorstep::ui
