#include "ui/providers/expiring_credentials_view.h"

#include "itemmodels/expiring_credentials_model.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/queries.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"
#include "ui/providers/credential_actions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ExpiringCredentialsModel;

ExpiringCredentialsView::ExpiringCredentialsView(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).expiringCredentialsModel(this))
    , m_filters(new FilterBar(this))
    , m_renew(new QPushButton(tr("Renew…"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    // Data: whether lapsed credentials are listed, and how far ahead to look.
    m_range = m_filters->addCombo({{tr("Expired or expiring within 30 days"), QVariantList{true, 30}},
                                   {tr("Expiring within 30 days"), QVariantList{false, 30}},
                                   {tr("Expiring within 90 days"), QVariantList{false, 90}}},
                                  [this](const QVariant &range) {
                                      const QVariantList r = range.toList();
                                      m_model->setIncludeExpired(r.value(0).toBool());
                                      m_model->setWithinDays(r.value(1).toInt());
                                  });
    FilterBar::Items types{{tr("All kinds"), QString()}};
    for (const QString &type : {QStringLiteral("id_card"), QStringLiteral("health_certificate"), QStringLiteral("qualification")})
        types.append({itemmodels::ProviderText::credentialType(type), type});
    m_filters->addCombo(types, [this](const QVariant &type) { m_model->setType(type.toString()); });
    m_filters->addStretch();
    m_filters->addWidget(m_renew);
    m_renew->setVisible(workspace.session().can(services::Permission::ProviderReview));
    m_renew->setToolTip(tr("Record the renewed credential; an approved renewal lifts the suspension its expiry caused"));

    m_view->setObjectName(QStringLiteral("expiringCredentials"));
    setUpListView(m_view, m_model);
    m_view->setColumnWidth(ExpiringCredentialsModel::Provider, 110);
    m_view->setColumnWidth(ExpiringCredentialsModel::Credential, 170);
    m_view->setColumnWidth(ExpiringCredentialsModel::Number, 190);
    m_view->setColumnWidth(ExpiringCredentialsModel::ValidTo, 100);
    m_view->setColumnWidth(ExpiringCredentialsModel::DaysLeft, 130);

    connect(m_renew, &QPushButton::clicked, this, &ExpiringCredentialsView::renewSelected);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT providerChosen(index.data(ExpiringCredentialsModel::ProviderIdRole).toLongLong());
    });
    connect(m_model, &ExpiringCredentialsModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Expiring credentials"), message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    m_model->reload();
    m_filters->showCountIn(m_count, [this] { return tr("%n credential(s)", nullptr, int(m_model->matchingCount())); });
}

void ExpiringCredentialsView::refresh()
{
    m_model->reload(); // the model reads the office's day from the workspace clock
    m_filters->filterApplied();
}

void ExpiringCredentialsView::renewSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        MessageBox::information(this, tr("Renew"), tr("Choose the credential to renew first."));
        return;
    }
    const qint64 provider = index.data(ExpiringCredentialsModel::ProviderIdRole).toLongLong();
    const auto added = renewCredential(this, m_workspace, provider,
                                       tr("Renew: %1").arg(index.siblingAtColumn(ExpiringCredentialsModel::Provider).data().toString()),
                                       index.data(ExpiringCredentialsModel::TypeKeyRole).toString(),
                                       index.data(ExpiringCredentialsModel::QualificationCodeRole).toString(),
                                       m_workspace.clock().officeToday());
    if (!added)
        return;
    // The service says what the renewal lifted; this page only tells.
    if (added->lifted.providerReactivated)
        MessageBox::information(this, tr("Renew"), tr("The renewal was recorded and the suspension lifted."));
    else if (added->lifted.skillsRestored > 0)
        MessageBox::information(this, tr("Renew"),
                                tr("The renewal was recorded; %n suspended skill(s) can be dispatched again.", nullptr, added->lifted.skillsRestored));
    m_model->reload();
    m_filters->filterApplied();
    Q_EMIT renewed(provider);
}

} // namespace doorstep::ui
