#include "ui/staff_page.h"

#include "itemmodels/queries.h"
#include "itemmodels/staff_model.h"
#include "services/data_key_rotation.h"
#include "services/office_settings.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "services/workspace.h"
#include "ui/message_box.h"
#include "ui/refund_limit_dialog.h"
#include "ui/staff_dialogs.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::StaffModel;

StaffPage::StaffPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).staffModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add account…"), this))
    , m_reset(new QPushButton(tr("Reset password…"), this))
    , m_role(new QPushButton(tr("Change role…"), this))
    , m_remove(new QPushButton(tr("Remove account"), this))
    , m_refundLimit(new QPushButton(tr("Refund limit…"), this))
    , m_defaultLimit(new QPushButton(tr("Default refund limit…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(StaffModel::Username, 140);
    m_view->setColumnWidth(StaffModel::DisplayName, 120);
    m_view->setColumnWidth(StaffModel::Role, 120);
    m_view->setColumnWidth(StaffModel::Phone, 130);

    const bool manage = workspace.session().can(services::Permission::StaffManage);
    for (QPushButton *b : {m_add, m_reset, m_role, m_remove, m_refundLimit})
        b->setVisible(manage);
    m_defaultLimit->setVisible(workspace.session().can(services::Permission::SettingsEdit));
    m_refundLimit->setObjectName(QStringLiteral("refundLimit"));
    m_defaultLimit->setObjectName(QStringLiteral("defaultRefundLimit"));
    connect(m_refundLimit, &QPushButton::clicked, this, &StaffPage::changeRefundLimit);
    connect(m_defaultLimit, &QPushButton::clicked, this, &StaffPage::changeDefaultRefundLimit);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &StaffPage::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &StaffPage::removeStaff);
    connect(m_model, &StaffModel::modelReset, this, &StaffPage::updateButtons);
    connect(m_model, &StaffModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Staff"), m); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_reset);
    bar->addWidget(m_role);
    bar->addWidget(m_remove);
    bar->addWidget(m_refundLimit);
    bar->addWidget(m_defaultLimit);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_model->reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffPage::updateButtons);
    updateButtons();
}

int StaffPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void StaffPage::updateButtons()
{
    const int row = selectedRow();
    const bool usable = row >= 0 && m_model->isActiveAt(row);
    m_reset->setEnabled(usable);
    m_role->setEnabled(usable);
    m_refundLimit->setEnabled(usable);
    m_remove->setEnabled(usable && m_model->idAt(row) != m_workspace.session().staffId);
}

void StaffPage::addStaff()
{
    services::StaffService staff(m_workspace.services());
    AddStaffDialog dialog(staff, this); // adds the account itself, keeping the input after an error
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void StaffPage::resetPassword()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    services::StaffService staff(m_workspace.services());
    NewPasswordDialog dialog(staff, m_model->idAt(row), tr("Reset the password of %1").arg(m_model->usernameAt(row)), this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Password reset"),
                                tr("%1 can now log in with the new password.").arg(m_model->usernameAt(row)));
}

void StaffPage::changeRole()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QStringList names;
    for (services::Role r : services::allRoles())
        names.append(services::roleDisplayName(r));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(m_model->usernameAt(row)),
                                                 names, int(m_model->roleAt(row)), false, &ok);
    if (!ok)
        return;
    try {
        services::StaffService(m_workspace.services()).changeRole(m_model->idAt(row), services::allRoles().at(names.indexOf(chosen)));
        m_model->reload();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
}

void StaffPage::changeRefundLimit()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    RefundLimitDialog dialog(tr("Refund limit of %1").arg(m_model->usernameAt(row)),
                             tr("Up to this amount %1 approves their own refund requests; above it a manager or an "
                                "administrator does.").arg(m_model->usernameAt(row)),
                             m_model->refundLimitAt(row),
                             [this, id](qint64 fen) { services::StaffService(m_workspace.services()).setRefundLimit(id, fen); }, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void StaffPage::changeDefaultRefundLimit()
{
    qint64 current = 0;
    try {
        current = qint64(services::OfficeSettings(m_workspace.services()).value(services::settings::RefundDefaultLimitFen));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    RefundLimitDialog dialog(tr("Default refund limit"),
                             tr("The refund limit new staff accounts start with (each account's own limit is changed "
                                "with Refund limit…)."),
                             current, [this](qint64 fen) {
                                 services::SettingsService(m_workspace.services()).set(services::settings::RefundDefaultLimitFen, double(fen));
                             }, this);
    dialog.exec();
}

void StaffPage::removeStaff()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString user = m_model->usernameAt(row);
    if (!MessageBox::question(this, tr("Remove account"),
                              tr("Remove %1? Their key slot is deleted at once: they can no longer open the store. "
                                 "Their past actions stay in the audit log.").arg(user)))
        return;
    try {
        services::StaffService(m_workspace.services()).remove(m_model->idAt(row));
        m_model->reload();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    const QString duration = services::DataKeyRotation::durationEstimate(QFileInfo(m_workspace.path()).size());
    if (MessageBox::question(this, tr("Rotate the data key"),
                             tr("%1's account is removed. Backups and other copies of the store made before still "
                                "hold %1's key slot, and until the store is re-encrypted under a new data key, such a "
                                "copy with %1's password opens the current store too.\n\n"
                                "Rotate the data key now? It takes about %2 for this store; this console closes the "
                                "store meanwhile, and every other console must close it first. Choose No to do it "
                                "later: the console reminds you until it is done.")
                                 .arg(user, duration)))
        Q_EMIT dataKeyRotationRequested();
    else
        Q_EMIT dataKeyRotationDeferred();
}

} // namespace doorstep::ui
