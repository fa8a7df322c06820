#pragma once
// Staff administration: add accounts, reset passwords, change roles, remove;
// each one's refund limit (StaffManage) and the office default for new staff
// (SettingsEdit).
#include <QWidget>

class QPushButton;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class StaffModel;
}

namespace doorstep::ui {

class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::StaffModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void addStaff();
    void resetPassword();
    void changeRole();
    void removeStaff();
    void changeRefundLimit();  // the selected staff member's
    void changeDefaultRefundLimit();

Q_SIGNALS:
    // After a removal: the administrator chose to rotate the data key now,
    // or to leave it for later (the window then warns until it is done).
    void dataKeyRotationRequested();
    void dataKeyRotationDeferred();

private:
    int selectedRow() const;
    void updateButtons();

    services::Workspace &m_workspace;
    itemmodels::StaffModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_role;
    QPushButton *m_remove;
    QPushButton *m_refundLimit;
    QPushButton *m_defaultLimit;
};

} // namespace doorstep::ui
