#include "ui/providers/review_queue_page.h"

#include "itemmodels/applications_model.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/message_box.h"
#include "ui/providers/provider_record.h"
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
#include <QTimer>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ApplicationsModel;

ReviewQueuePage::ReviewQueuePage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ApplicationsModel(workspace.store().db(), workspace.session(), this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_skill(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_waiting(new QSpinBox(this))
    , m_openNext(new QPushButton(tr("Open next"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_review(new ReviewPage(workspace, this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name, or by phone digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("applicationSearch"));
    m_state->addItem(tr("Open"), QStringList{QStringLiteral("new"), QStringLiteral("info_requested")});
    m_state->addItem(tr("New"), QStringList{QStringLiteral("new")});
    m_state->addItem(tr("Information requested"), QStringList{QStringLiteral("info_requested")});
    m_state->addItem(tr("Approved"), QStringList{QStringLiteral("approved")});
    m_state->addItem(tr("Rejected"), QStringList{QStringLiteral("rejected")});
    m_state->addItem(tr("All"), QStringList{});
    try {
        fillChoices(m_skill, tr("All skills"), itemmodels::serviceCategoryChoices(workspace.store().db()));
        fillChoices(m_district, tr("All districts"), itemmodels::districtChoices(workspace.store().db()));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_waiting->setRange(0, 365);
    m_waiting->setPrefix(tr("waiting > "));
    m_waiting->setSuffix(tr(" days"));
    m_waiting->setSpecialValueText(tr("any waiting time"));
    m_openNext->setToolTip(tr("Open the longest-waiting application after the current one (Ctrl+N)"));

    m_view->setObjectName(QStringLiteral("applicationQueue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ApplicationsModel::Name, 110);
    m_view->setColumnWidth(ApplicationsModel::Phone, 130);
    m_view->setColumnWidth(ApplicationsModel::Skills, 220);
    m_view->setColumnWidth(ApplicationsModel::District, 110);
    m_view->setColumnWidth(ApplicationsModel::State, 120);
    m_view->setColumnWidth(ApplicationsModel::Submitted, 140);
    m_view->installEventFilter(this);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ReviewQueuePage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_view->setFocus();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStates(m_state->currentData().toStringList());
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
    connect(m_waiting, &QSpinBox::valueChanged, this, [this](int days) {
        m_model->setWaitingLongerThanDays(days);
        updateCount();
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
        updateCount();
    });
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &ReviewQueuePage::openNext);
    m_view->addAction(next);

    auto *queue = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_skill);
    filters->addWidget(m_district);
    filters->addWidget(m_waiting);
    filters->addWidget(m_openNext);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_view, 1);
    auto *hint = new QLabel(tr("Enter opens the selected application · Ctrl+N opens the next one"), queue);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(hint);
    queueLayout->addLayout(footer);
    m_stack->addWidget(queue);
    m_stack->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCount();
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
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    if (isReviewing() && m_currentRow >= 0) {
        // Still in the queue at the same place: the one after it; decided
        // and gone: the one that moved up into its place.
        const int still = m_model->rowOfId(m_review->applicationId());
        row = still >= 0 ? still + 1 : m_currentRow;
    }
    while (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= m_model->rowCount()) {
        MessageBox::information(this, tr("Onboarding"), tr("There are no more applications in the queue."));
        backToQueue();
        return;
    }
    openRow(row);
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
    updateCount();
}

void ReviewQueuePage::applySearch()
{
    m_debounce->stop();
    m_model->setSearch(m_search->text());
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCount();
}

void ReviewQueuePage::updateCount()
{
    try {
        m_count->setText(tr("%n application(s)", nullptr, int(m_model->matchingCount())));
    } catch (const std::exception &e) {
        m_count->setText(QString::fromUtf8(e.what()));
    }
}

} // namespace doorstep::ui
