#include "ui/aftersales/complaints_page.h"

#include "domain/complaint_states.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "ui/aftersales/complaint_detail_pane.h"
#include "ui/aftersales/complaint_dialogs.h"
#include "ui/aftersales/sla_policy_dialog.h"
#include "ui/filter_bar.h"
#include "ui/list_view.h"
#include "ui/message_box.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ComplaintsModel;

namespace {
template <typename E>
FilterBar::Items keyItems(const QString &all)
{
    FilterBar::Items items{{all, QString()}};
    for (E value : domain::allStates<E>())
        items.append({domain::stateDisplayName(value), domain::stateKey(value)});
    return items;
}
} // namespace

ComplaintsPage::ComplaintsPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(itemmodels::Queries(workspace).complaintsModel(this))
    , m_filters(new FilterBar(this))
    , m_count(new QLabel(this))
    , m_calendar(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new ComplaintDetailPane(workspace, this))
{
    m_queue = m_filters->addCombo({{tr("All complaints"), int(Queue::All)}, {tr("Mine"), int(Queue::Mine)},
                                   {tr("Unassigned"), int(Queue::Unassigned)}, {tr("Breached"), int(Queue::Breached)},
                                   {tr("Escalated"), int(Queue::Escalated)}},
                                  [this](const QVariant &v) {
        const auto q = Queue(v.toInt());
        m_model->setMine(q == Queue::Mine);
        m_model->setUnassigned(q == Queue::Unassigned);
        m_model->setBreachedOnly(q == Queue::Breached);
        m_model->setEscalatedOnly(q == Queue::Escalated);
    });
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    FilterBar::Items states{{tr("Open"), ComplaintsModel::openStates()}};
    for (auto s : domain::allStates<domain::ComplaintStatus>())
        states.append({domain::stateDisplayName(s), QStringList{domain::stateKey(s)}});
    states.append({tr("All states"), QStringList{}});
    m_state = m_filters->addCombo(states, [this](const QVariant &v) { m_model->setStates(v.toStringList()); });
    m_category = m_filters->addCombo(keyItems<domain::ComplaintCategory>(tr("All categories")),
                                     [this](const QVariant &v) { m_model->setCategory(v.toString()); });
    m_severity = m_filters->addCombo(keyItems<domain::ComplaintSeverity>(tr("All severities")),
                                     [this](const QVariant &v) { m_model->setSeverity(v.toString()); });
    m_narrowingChip = new QPushButton(this);
    m_narrowingChip->setObjectName(QStringLiteral("drillNarrowing"));
    m_narrowingChip->setToolTip(tr("Show the complaints without this narrowing"));
    m_narrowingChip->hide();
    connect(m_narrowingChip, &QPushButton::clicked, this, [this] {
        m_narrowingChip->hide();
        m_model->setOrderScope(std::nullopt);
    });
    m_filters->addWidget(m_narrowingChip);
    m_filters->addStretch();
    m_policies = new QPushButton(tr("SLA policies…"), this);
    m_policies->setObjectName(QStringLiteral("slaPolicies"));
    m_policies->setToolTip(workspace.session().can(services::Permission::SlaPolicyEdit)
                               ? tr("The response and resolution targets per category and severity: view and change them")
                               : tr("The response and resolution targets per category and severity"));
    m_filters->addWidget(m_policies);
    connect(m_policies, &QPushButton::clicked, this, [this] { SlaPolicyDialog(m_workspace, this).exec(); });
    if (workspace.session().can(services::Permission::ComplaintHandle)) {
        m_new = new QPushButton(tr("New complaint…"), this);
        m_new->setObjectName(QStringLiteral("newComplaint"));
        m_new->setToolTip(tr("Take a complaint on the phone (Ctrl+N)"));
        m_filters->addWidget(m_new);
        connect(m_new, &QPushButton::clicked, this, &ComplaintsPage::newComplaint);
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QAction::triggered, this, &ComplaintsPage::newComplaint);
        addAction(shortcut);
    }

    m_view->setObjectName(QStringLiteral("complaintQueue"));
    setUpListView(m_view, m_model);
    m_view->setColumnWidth(ComplaintsModel::TimeLeft, 130);
    m_view->setColumnWidth(ComplaintsModel::State, 120);
    m_view->setColumnWidth(ComplaintsModel::Category, 160);
    m_view->setColumnWidth(ComplaintsModel::OrderNo, 150);
    m_view->setColumnWidth(ComplaintsModel::Phone, 120);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsPage::showSelected);
    connect(m_model, &ComplaintsModel::modelReset, this, &ComplaintsPage::showSelected);
    connect(m_model, &ComplaintsModel::loadFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Complaints"), message);
    });
    connect(m_detail, &ComplaintDetailPane::complaintChanged, this, [this](qint64 id) {
        refresh();
        m_model->whenLoaded(this, [this, id] {
            const int row = m_model->rowOfId(id);
            if (row >= 0)
                m_view->selectRow(row);
        });
        Q_EMIT complaintsChanged();
    });

    m_calendar->setObjectName(QStringLiteral("calendarWarning"));
    m_calendar->setWordWrap(true);
    try {
        m_calendar->setText(itemmodels::Queries(workspace).holidayCalendarWarning());
    } catch (const std::exception &e) {
        m_calendar->setText(QString::fromUtf8(e.what()));
    }
    m_calendar->setVisible(!m_calendar->text().isEmpty());

    auto *split = new QSplitter(this);
    auto *queue = new QWidget(split);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_filters);
    queueLayout->addWidget(m_calendar);
    queueLayout->addWidget(m_view, 1);
    auto *hint = new QLabel(tr("Amber: three quarters of the time used · red: past the deadline · Ctrl+N new complaint · "
                                   "Ctrl+K claim · Ctrl+T note · Ctrl+P call · Ctrl+I investigate · Ctrl+Enter resolve · Ctrl+R reject"), queue);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(hint, 1);
    queueLayout->addLayout(footer);
    split->addWidget(queue);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // First pages and counts are read on a worker, as every list page does.
    m_model->loadOnWorker(itemmodels::Queries(workspace).pageWorker(this));
    m_model->reload();
    m_model->whenLoaded(this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    m_filters->showCountIn(m_count, m_model, [this](qint64 n) -> QString {
        // The breached count is one range of the complaints_queue index.
        return tr("%n complaint(s)", nullptr, int(n)) + u" · " + tr("%n past the deadline", nullptr, int(m_model->breachedCount()));
    });
}

void ComplaintsPage::showQueue(Queue queue)
{
    m_state->setCurrentIndex(0); // open
    m_queue->setCurrentIndex(m_queue->findData(int(queue)));
}

void ComplaintsPage::showComplaintsOf(const itemmodels::ComplaintOrderScope &scope, const QString &label)
{
    // The figure counts complaints in every state, queue, category and severity.
    m_queue->setCurrentIndex(m_queue->findData(int(Queue::All)));
    m_state->setCurrentIndex(m_state->count() - 1); // all states
    m_category->setCurrentIndex(0);
    m_severity->setCurrentIndex(0);
    m_narrowingChip->setText(label + QStringLiteral("  ✕"));
    m_narrowingChip->show();
    m_model->setOrderScope(scope);
}

void ComplaintsPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id != m_detail->complaintId())
        m_detail->showComplaint(id);
}

void ComplaintsPage::refresh()
{
    const qint64 id = m_detail->complaintId();
    m_model->reload();
    m_filters->filterApplied();
    m_detail->showComplaint(id);
    m_model->whenLoaded(this, [this, id] { // the reset cleared the selection

        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_view->selectRow(row);
        m_detail->showComplaint(id);
    });
}

void ComplaintsPage::newComplaint()
{
    ComplaintIntakeDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openComplaint(dialog.complaintId());
    Q_EMIT complaintsChanged();
}

void ComplaintsPage::openComplaint(qint64 complaintId)
{
    // Selected when the first page under the current filters holds it (a new
    // complaint usually does: it is due soonest); shown in the detail anyway.
    m_model->reload();
    m_filters->filterApplied();
    m_detail->showComplaint(complaintId);
    m_model->whenLoaded(this, [this, complaintId] {
        const int row = m_model->rowOfId(complaintId);
        if (row >= 0)
            m_view->selectRow(row);
        m_detail->showComplaint(complaintId);
    });
}

} // namespace doorstep::ui
