#include "ui/providers/review_queue_page.h"

#include "itemmodels/applications_model.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"
#include "ui/providers/provider_types.h"
#include "ui/providers/review_page.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ApplicationsModel;

ReviewQueuePage::ReviewQueuePage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).applicationsModel(this))
    , m_stack(new QStackedWidget(this))
    , m_filters(new FilterBar(this))
    , m_waiting(new QSpinBox(this))
    , m_openNext(new QPushButton(tr("Open next"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_review(new ReviewPage(workspace, this))
    , m_lookups(workspace.services(), services::PhoneSearchList::Providers, this)
{
    const itemmodels::Queries queries(workspace);
    m_search = m_filters->addText(tr("Search by name, the last 4 phone digits or the whole number"), QStringLiteral("applicationSearch"),
                                  [this](const QString &text) {
        if (!m_lookups.allow(text))
            return;
        m_model->setSearch(text);
        m_filters->setHint(m_model->searchHint());
        selectFirstWhenLoaded();
    });
    connect(m_filters, &FilterBar::submitted, m_view, qOverload<>(&QWidget::setFocus));
    m_state = m_filters->addCombo({{tr("Open"), QStringList{QStringLiteral("new"), QStringLiteral("info_requested")}},
                                   {tr("New"), QStringList{QStringLiteral("new")}},
                                   {tr("Information requested"), QStringList{QStringLiteral("info_requested")}},
                                   {tr("Approved"), QStringList{QStringLiteral("approved")}},
                                   {tr("Rejected"), QStringList{QStringLiteral("rejected")}},
                                   {tr("All"), QStringList{}}},
                                  [this](const QVariant &states) { m_model->setStates(states.toStringList()); });
    m_skill = m_filters->addChoices(tr("All skills"), [&] { return queries.serviceCategories(); },
                                    [this](qint64 id) { m_model->setSkill(id); });
    m_district = m_filters->addChoices(tr("All districts"), [&] { return queries.districts(); },
                                       [this](qint64 id) { m_model->setDistrict(id); });
    m_filters->addWidget(m_waiting);
    m_filters->addWidget(m_openNext);
    m_waiting->setRange(0, 365);
    m_waiting->setPrefix(tr("waiting > "));
    m_waiting->setSuffix(tr(" days"));
    m_waiting->setSpecialValueText(tr("any waiting time"));
    m_openNext->setToolTip(tr("Open the longest-waiting application after the current one (Ctrl+N)"));

    m_view->setObjectName(QStringLiteral("applicationQueue"));
    setUpListView(m_view, m_model);
    m_view->setColumnWidth(ApplicationsModel::Name, 110);
    m_view->setColumnWidth(ApplicationsModel::Phone, 130);
    m_view->setColumnWidth(ApplicationsModel::Skills, 220);
    m_view->setColumnWidth(ApplicationsModel::District, 110);
    m_view->setColumnWidth(ApplicationsModel::State, 120);
    m_view->setColumnWidth(ApplicationsModel::Submitted, 140);
    m_view->installEventFilter(this);

    connect(m_waiting, &QSpinBox::valueChanged, this, [this](int days) {
        m_model->setWaitingLongerThanDays(days);
        m_filters->filterApplied();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_openNext, &QPushButton::clicked, this, &ReviewQueuePage::openNext);
    connect(m_model, &ApplicationsModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Onboarding"), message);
    });
    connect(m_review, &ReviewPage::nextRequested, this, &ReviewQueuePage::openNext);
    connect(m_review, &ReviewPage::backRequested, this, &ReviewQueuePage::backToQueue);
    connect(m_review, &ReviewPage::decided, this, [this] {
        // The decided application may leave the filtered queue; the row it
        // held now holds the next one, which "Open next" then opens.
        m_model->reload();
        m_filters->filterApplied();
    });
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &ReviewQueuePage::openNext);
    m_view->addAction(next);

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_filters);
    queueLayout->addWidget(m_view, 1);
    auto *hint = new QLabel(tr("Enter opens the selected application · Ctrl+N opens the next one"), queue);
    hint->setForegroundRole(QPalette::PlaceholderText); // a quiet hint in light and dark themes
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(hint);
    queueLayout->addLayout(footer);
    m_stack->addWidget(queue);
    m_stack->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // First pages and counts are read on a worker (the queue's filters count
    // over every application).
    m_model->loadOnWorker(queries.pageWorker(this));
    m_model->reload();
    selectFirstWhenLoaded();
    m_filters->showCountIn(m_count, m_model, [](qint64 n) { return tr("%n application(s)", nullptr, int(n)); });
}

void ReviewQueuePage::selectFirstWhenLoaded()
{
    m_model->whenLoaded(this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
}

bool ReviewQueuePage::isReviewing() const
{
    return m_stack->currentWidget() == m_review;
}

bool ReviewQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    // QTableView::activated depends on the style's idea of "activate"; Enter
    // must open the application whatever the platform.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewQueuePage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    openRow(current.isValid() ? current.row() : 0);
}

void ReviewQueuePage::openNext()
{
    // After a decision the queue is being read again: the next one is in the new rows.
    m_model->whenLoaded(this, [this] { openNextLoaded(); });
}

void ReviewQueuePage::openNextLoaded()
{
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    if (isReviewing() && m_currentRow >= 0) {
        // Still in the queue at the same place: the one after it; decided
        // and gone: the one that moved up into its place.
        const int still = m_model->rowOfId(m_review->applicationId());
        row = still >= 0 ? still + 1 : m_currentRow;
    }
    // Further pages come from the page's worker, one by one.
    m_model->fetchUntil(this, [this, row] { return row < m_model->rowCount(); }, [this, row] {
        if (row >= m_model->rowCount()) {
            MessageBox::information(this, tr("Onboarding"), tr("There are no more applications in the queue."));
            backToQueue();
            return;
        }
        openRow(row);
    });
}

void ReviewQueuePage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_currentRow = row;
    m_view->selectRow(row);
    m_review->open(m_model->idAt(row));
    m_stack->setCurrentWidget(m_review);
    m_review->setFocus();
}

void ReviewQueuePage::backToQueue()
{
    m_stack->setCurrentIndex(0);
    const int row = m_model->rowOfId(m_review->applicationId());
    if (row >= 0)
        m_view->selectRow(row);
    else if (m_currentRow >= 0 && m_currentRow < m_model->rowCount())
        m_view->selectRow(m_currentRow);
    m_view->setFocus();
}

void ReviewQueuePage::refresh()
{
    m_model->reload();
    m_filters->filterApplied();
}

} // namespace doorstep::ui
