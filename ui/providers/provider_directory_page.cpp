#include "ui/providers/provider_directory_page.h"

#include "itemmodels/provider_text.h"
#include "itemmodels/providers_model.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/message_box.h"
#include "ui/providers/expiring_credentials_view.h"
#include "ui/providers/provider_detail_pane.h"
#include "ui/providers/provider_record.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace doorstep::ui {

using itemmodels::ProvidersModel;

ProviderDirectoryPage::ProviderDirectoryPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProvidersModel(workspace.store().db(), workspace.session(), this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_rating(new QComboBox(this))
    , m_points(new QSpinBox(this))
    , m_flags(new QCheckBox(this))
    , m_order(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new ProviderDetailPane(workspace, this))
    , m_expiring(new ExpiringCredentialsView(workspace, this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, or by phone digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("deactivated"), QStringLiteral("applicant"),
                             QStringLiteral("rejected")})
        m_status->addItem(itemmodels::ProviderText::providerStatus(s), s);
    try {
        fillChoices(m_skill, tr("All skills"), itemmodels::serviceCategoryChoices(workspace.store().db()));
        fillChoices(m_district, tr("All districts"), itemmodels::districtChoices(workspace.store().db()));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_rating->addItem(tr("Any rating"), 0);
    for (int x100 : {300, 400, 450, 480})
        m_rating->addItem(tr("≥ %1 ★").arg(x100 / 100.0, 0, 'f', 1), x100);
    // The lowest value means "any": a points floor is optional.
    m_points->setRange(-10000, 100000);
    m_points->setValue(-10000);
    m_points->setSpecialValueText(tr("any points"));
    m_points->setPrefix(tr("points ≥ "));
    m_flags->setObjectName(QStringLiteral("openFlagsFilter"));
    m_flags->setToolTip(tr("Only providers with a deactivation flag awaiting your decision"));
    m_order->addItem(tr("By name"));
    m_order->addItem(tr("Best rated first"));
    m_order->addItem(tr("Most points first"));

    m_view->setObjectName(QStringLiteral("providerDirectory"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed row heights: the view never measures rows it has not shown.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
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

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ProviderDirectoryPage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_view->setFocus();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatus(m_status->currentData().toString());
        updateCount();
    });
    connect(m_skill, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSkill(m_skill->currentData().toLongLong());
        updateCount();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDistrict(m_district->currentData().toLongLong());
        updateCount();
    });
    connect(m_rating, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMinRatingX100(m_rating->currentData().toInt());
        updateCount();
    });
    connect(m_points, &QSpinBox::valueChanged, this, [this](int points) {
        m_model->setMinPoints(points == m_points->minimum() ? std::nullopt : std::optional<int>(points));
        updateCount();
    });
    connect(m_flags, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOpenFlagsOnly(on);
        updateCount();
        if (on)
            m_detail->showFlags();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setOrder(i == 1 ? ProvidersModel::Order::ByRating : i == 2 ? ProvidersModel::Order::ByPoints : ProvidersModel::Order::ByName);
    });
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
    connect(m_detail, &ProviderDetailPane::providerChanged, this, [this](qint64 id) {
        // Keep the provider in view after the list reloads (points, status may
        // have changed), even when the filters no longer list them: a renewal
        // seen through to the end, not a jump to somebody else.
        m_model->reload();
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            m_view->selectRow(row);
        } else {
            m_view->selectionModel()->clear();
            m_detail->showProvider(id);
        }
        m_expiring->refresh();
        updateCount();
    });
    connect(m_expiring, &ExpiringCredentialsView::providerChosen, this, &ProviderDirectoryPage::showProvider);
    connect(m_expiring, &ExpiringCredentialsView::renewed, this, [this] {
        m_model->reload();
        updateCount();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_skill);
    filters->addWidget(m_district);
    filters->addWidget(m_rating);
    filters->addWidget(m_points);
    filters->addWidget(m_flags);
    filters->addWidget(m_order);
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
    directoryLayout->addLayout(filters);
    directoryLayout->addWidget(splitter, 1);
    m_tabs->addTab(directory, tr("Directory"));
    m_tabs->addTab(m_expiring, tr("Expiring credentials"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_model->reload();
    updateCount();
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

void ProviderDirectoryPage::refresh()
{
    m_model->reload();
    m_expiring->refresh();
    updateCount();
}

void ProviderDirectoryPage::applySearch()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
    updateCount();
}

void ProviderDirectoryPage::updateCount()
{
    try {
        m_count->setText(tr("%n provider(s)", nullptr, int(m_model->matchingCount())));
    } catch (const std::exception &e) {
        m_count->setText(QString::fromUtf8(e.what()));
    }
    updateFlagsCount();
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
    m_flags->setStyleSheet(open > 0 ? QStringLiteral("QCheckBox { color: #b00020; font-weight: bold; }") : QString());
}

} // namespace doorstep::ui
