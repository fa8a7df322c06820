#include "ui/providers/provider_directory_page.h"

#include "itemmodels/palette_tones.h"
#include "itemmodels/provider_text.h"
#include "itemmodels/providers_model.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"
#include "ui/privacy/data_request_dialog.h"
#include "ui/providers/expiring_credentials_view.h"
#include "ui/providers/provider_correction_dialog.h"
#include "ui/providers/provider_detail_pane.h"
#include "ui/providers/provider_types.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace doorstep::ui {

using itemmodels::ProvidersModel;

ProviderDirectoryPage::ProviderDirectoryPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).providersModel(this))
    , m_tabs(new QTabWidget(this))
    , m_filters(new FilterBar(this))
    , m_points(new QSpinBox(this))
    , m_flags(new QCheckBox(this))
    , m_dataRequest(new QPushButton(tr("Data request…"), this))
    , m_correct(new QPushButton(tr("Correct…"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new ProviderDetailPane(workspace, this))
    , m_expiring(new ExpiringCredentialsView(workspace, this))
    , m_lookups(workspace.services(), services::PhoneSearchList::Providers, this)
{
    buildFilters();
    setUpListView(m_view, m_model);
    m_view->setObjectName(QStringLiteral("providerDirectory"));
    m_view->setColumnWidth(ProvidersModel::Name, 80);
    m_view->setColumnWidth(ProvidersModel::Phone, 110);
    m_view->setColumnWidth(ProvidersModel::Status, 85);
    m_view->setColumnWidth(ProvidersModel::Skills, 140);
    m_view->setColumnWidth(ProvidersModel::District, 70);
    m_view->setColumnWidth(ProvidersModel::Rating, 50);
    m_view->setColumnWidth(ProvidersModel::Ratings, 50);
    m_view->setColumnWidth(ProvidersModel::Points, 50);
    // The detail pane has the numbers; the list keeps to what tells providers apart.
    m_view->setColumnHidden(ProvidersModel::IdNumber, true);
    m_view->setColumnHidden(ProvidersModel::Joined, true);

    connectViews();
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto *directory = new QWidget(this);
    auto *directoryLayout = new QVBoxLayout(directory);
    directoryLayout->addWidget(m_filters);
    directoryLayout->addWidget(splitter, 1);
    m_tabs->addTab(directory, tr("Directory"));
    m_tabs->addTab(m_expiring, tr("Expiring credentials"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // First pages and counts are read on a worker (20,000 providers: a rating
    // or flag filter counts for hundreds of ms).
    m_model->loadOnWorker(itemmodels::Queries(workspace).pageWorker(this));
    m_model->reload();
    m_filters->showCountIn(m_count, m_model, [](qint64 n) { return tr("%n provider(s)", nullptr, int(n)); });
}

void ProviderDirectoryPage::buildFilters()
{
    const itemmodels::Queries queries(m_workspace);
    m_narrowingChip = new QPushButton(this);
    m_narrowingChip->setObjectName(QStringLiteral("drillNarrowing"));
    m_narrowingChip->setToolTip(tr("Show every provider again"));
    m_narrowingChip->hide();
    connect(m_narrowingChip, &QPushButton::clicked, this, [this] {
        m_narrowingChip->hide();
        m_model->setOnlyProviders(std::nullopt);
    });
    m_filters->addWidget(m_narrowingChip);
    m_search = m_filters->addText(tr("Search by name, the last 4 phone digits or the whole number"), QStringLiteral("providerSearch"),
                                  [this](const QString &text) {
                                      if (!m_lookups.allow(text))
                                          return;
                                      m_model->setSearch(text);
                                      m_filters->setHint(m_model->searchHint());
                                  });
    connect(m_filters, &FilterBar::submitted, m_view, qOverload<>(&QWidget::setFocus));
    FilterBar::Items statuses{{tr("Any status"), QString()}};
    for (const QString &s : {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("deactivated"), QStringLiteral("applicant"),
                             QStringLiteral("rejected")})
        statuses.append({itemmodels::ProviderText::providerStatus(s), s});
    m_status = m_filters->addCombo(statuses, [this](const QVariant &status) { m_model->setStatus(status.toString()); });
    m_skill = m_filters->addChoices(tr("All skills"), [&] { return queries.serviceCategories(); },
                                    [this](qint64 id) { m_model->setSkill(id); });
    m_district = m_filters->addChoices(tr("All districts"), [&] { return queries.districts(); },
                                       [this](qint64 id) { m_model->setDistrict(id); });
    FilterBar::Items ratings{{tr("Any rating"), 0}};
    for (int x100 : {300, 400, 450, 480})
        ratings.append({tr("≥ %1 ★").arg(x100 / 100.0, 0, 'f', 1), x100});
    m_rating = m_filters->addCombo(ratings, [this](const QVariant &x100) { m_model->setMinRatingX100(x100.toInt()); });
    // The lowest value means "any": a points floor is optional.
    m_points->setRange(-10000, 100000);
    m_points->setValue(-10000);
    m_points->setSpecialValueText(tr("any points"));
    m_points->setPrefix(tr("points ≥ "));
    m_filters->addWidget(m_points);
    m_flags->setObjectName(QStringLiteral("openFlagsFilter"));
    m_flags->setToolTip(tr("Only providers with a deactivation flag awaiting your decision"));
    m_filters->addWidget(m_flags);
    m_dataRequest->setObjectName(QStringLiteral("providerDataRequest"));
    m_dataRequest->setToolTip(tr("The selected provider has left and asks for a copy of their data or its deletion"));
    m_dataRequest->setVisible(m_workspace.session().can(services::Permission::ProviderDataRequests));
    m_filters->addWidget(m_dataRequest);
    m_correct->setObjectName(QStringLiteral("correctProvider"));
    m_correct->setToolTip(tr("Correct the selected provider's name, number, home district or address"));
    m_correct->setVisible(m_workspace.session().can(services::Permission::ProviderReview));
    m_filters->addWidget(m_correct);
    m_filters->addCombo({{tr("By name"), int(ProvidersModel::Order::ByName)},
                         {tr("Best rated first"), int(ProvidersModel::Order::ByRating)},
                         {tr("Most points first"), int(ProvidersModel::Order::ByPoints)}},
                        [this](const QVariant &order) { m_model->setOrder(ProvidersModel::Order(order.toInt())); });
}

void ProviderDirectoryPage::connectViews()
{
    connect(m_points, &QSpinBox::valueChanged, this, [this](int points) {
        m_model->setMinPoints(points == m_points->minimum() ? std::nullopt : std::optional<int>(points));
        m_filters->filterApplied();
    });
    connect(m_flags, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOpenFlagsOnly(on);
        m_filters->filterApplied();
        if (on)
            m_detail->showFlags();
    });
    // The flags box says how many flags wait, whatever the other filters.
    connect(m_filters, &FilterBar::filterChanged, this, &ProviderDirectoryPage::updateFlagsCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProviderDirectoryPage::currentChanged);
    // A reload (filter, write) replaces the selection model's rows: show the first.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        else
            m_detail->showProvider(0);
    });
    connect(m_model, &ProvidersModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Providers"), message);
    });
    connect(m_detail, &ProviderDetailPane::providerChanged, this, &ProviderDirectoryPage::providerChanged);
    connect(m_dataRequest, &QPushButton::clicked, this, &ProviderDirectoryPage::dataRequest);
    connect(m_correct, &QPushButton::clicked, this, &ProviderDirectoryPage::correctProvider);
    connect(m_expiring, &ExpiringCredentialsView::providerChosen, this, &ProviderDirectoryPage::showProvider);
    connect(m_expiring, &ExpiringCredentialsView::renewed, this, [this] {
        m_model->reload();
        m_filters->filterApplied();
    });
}

void ProviderDirectoryPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->showProvider(current.isValid() ? m_model->idAt(current.row()) : 0);
    if (m_flags->isChecked())
        m_detail->showFlags(); // what the supervisor came for
}

void ProviderDirectoryPage::showProvider(qint64 providerId)
{
    m_tabs->setCurrentIndex(0);
    const int row = m_model->rowOfId(providerId);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_detail->showProvider(providerId); // filtered out or not loaded yet: the detail still shows it
}

void ProviderDirectoryPage::showProvidersOf(const QList<qint64> &ids, const QString &label)
{
    m_tabs->setCurrentIndex(0);
    // The figure counted these providers whatever their status, skills or
    // districts: every other filter goes back to "any", so the counts agree.
    for (QComboBox *c : {m_status, m_skill, m_district, m_rating})
        c->setCurrentIndex(0);
    m_points->setValue(m_points->minimum());
    m_flags->setChecked(false);
    m_search->clear();
    m_model->setSearch(QString());
    m_narrowingChip->setText(label + QStringLiteral("  ✕"));
    m_narrowingChip->show();
    m_model->setOnlyProviders(ids);
}

void ProviderDirectoryPage::dataRequest()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        MessageBox::information(this, tr("Data request"), tr("Select the provider who asks first."));
        return;
    }
    const QString name = m_model->index(current.row(), ProvidersModel::Name).data().toString();
    DataRequestDialog dialog(m_workspace, DataRequestDialog::Subject::Provider, m_model->idAt(current.row()), name, this);
    dialog.exec();
    if (dialog.anonymised())
        refresh();
}

void ProviderDirectoryPage::providerChanged(qint64 id)
{
    // Keep the provider in view after the list reloads (points, status may
    // have changed), even when the filters no longer list them: a renewal
    // seen through to the end, not a jump to somebody else.
    m_model->reload();
    m_model->whenLoaded(this, [this, id] {
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            m_view->selectRow(row);
        } else {
            m_view->selectionModel()->clear();
            m_detail->showProvider(id);
        }
    });
    m_expiring->refresh();
    m_filters->filterApplied();
}

void ProviderDirectoryPage::correctProvider()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        MessageBox::information(this, tr("Correct provider"), tr("Select the provider to correct first."));
        return;
    }
    const qint64 id = m_model->idAt(current.row());
    ProviderCorrectionDialog dialog(m_workspace, id, this);
    if (!dialog.isLoaded()) {
        MessageBox::information(this, tr("Correct provider"), tr("This provider's data was anonymised or is gone."));
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        providerChanged(id); // the list and the detail show the corrected record
}

void ProviderDirectoryPage::refresh()
{
    m_model->reload();
    m_expiring->refresh();
    m_filters->filterApplied();
}

void ProviderDirectoryPage::updateFlagsCount()
{
    qint64 open = 0;
    try {
        open = m_model->openFlagsCount();
    } catch (const std::exception &) {
        // the count is a hint; the list says what failed
    }
    m_flags->setText(tr("Open flags (%1)").arg(open));
    m_flags->setStyleSheet(open > 0 ? QStringLiteral("QCheckBox { color: %1; font-weight: bold; }")
                                          .arg(itemmodels::toneText(itemmodels::Tone::Late, palette()).name())
                                    : QString());
}

} // namespace doorstep::ui
