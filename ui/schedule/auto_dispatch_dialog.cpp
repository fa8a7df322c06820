#include "ui/schedule/auto_dispatch_dialog.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/auto_dispatch_settings.h"
#include "services/office_settings.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/message_box.h"
#include "ui/schedule/auto_dispatch_command.h"
#include "ui/schedule/auto_dispatch_proposals_model.h"
#include "ui/schedule/auto_dispatch_settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace doorstep::ui {

namespace ad = dispatch::autodispatch;

// Shared with the worker, which may outlive a closed dialog by a moment.
struct AutoDispatchDialog::RunState
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{1};
};

AutoDispatchDialog::AutoDispatchDialog(services::Workspace &workspace, qint64 day, qint64 districtId, QUndoStack *undoStack,
                                       std::function<void()> refreshBoard, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(workspace.services())
    , m_dayStart(domain::officeDayStart(day))
    , m_undo(undoStack)
    , m_refreshBoard(std::move(refreshBoard))
    , m_model(new AutoDispatchProposalsModel(this))
    , m_district(new QComboBox(this))
    , m_useRange(new QCheckBox(tr("Only windows starting from"), this))
    , m_from(new QTimeEdit(QTime(8, 0), this))
    , m_to(new QTimeEdit(QTime(12, 0), this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel run"), this))
    , m_accept(new QPushButton(tr("Accept ticked"), this))
    , m_checkAll(new QPushButton(tr("Tick all"), this))
    , m_checkNone(new QPushButton(tr("Tick none"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_table(new QTableView(this))
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Auto-dispatch %1").arg(itemmodels::formatDate(m_dayStart)));
    try {
        fillChoices(m_district, tr("All districts"), itemmodels::Queries(workspace).districts());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_district->setCurrentIndex(std::max(0, m_district->findData(districtId)));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    setUpTable();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressTimer->setInterval(100);
    m_accept->setDefault(true);

    connect(m_useRange, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useRange, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_run, &QPushButton::clicked, this, &AutoDispatchDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &AutoDispatchDialog::cancelRun);
    connect(m_accept, &QPushButton::clicked, this, &AutoDispatchDialog::acceptProposals);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_checkNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_model, &AutoDispatchProposalsModel::checkedChanged, this, &AutoDispatchDialog::updateButtons);
    connect(m_progressTimer, &QTimer::timeout, this, &AutoDispatchDialog::showProgress);
    connect(&m_watcher, &QFutureWatcher<ad::AutoDispatchResult>::finished, this, &AutoDispatchDialog::planFinished);

    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_status, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildChoiceRow());
    layout->addLayout(running);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buildButtonRow());
    resize(1280, 640);
    m_status->setText(tr("Choose the orders and press Run. Nothing is written until you accept."));
    updateButtons();
}

void AutoDispatchDialog::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Order, 190);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Service, 110);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Window, 95);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Provider, 110);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Start, 55);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Travel, 60);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Lateness, 70);
    m_table->setColumnWidth(AutoDispatchProposalsModel::Deciding, 110);
}

QHBoxLayout *AutoDispatchDialog::buildChoiceRow()
{
    auto *settings = new QPushButton(tr("Settings…"), this);
    settings->setToolTip(tr("Weights of the objective and the time budget (office settings)"));
    connect(settings, &QPushButton::clicked, this, &AutoDispatchDialog::openSettings);
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Waiting orders in"), this));
    choose->addWidget(m_district);
    choose->addSpacing(12);
    choose->addWidget(m_useRange);
    choose->addWidget(m_from);
    choose->addWidget(new QLabel(tr("to"), this));
    choose->addWidget(m_to);
    choose->addStretch(1);
    choose->addWidget(settings);
    choose->addWidget(m_run);
    choose->addWidget(m_cancel);
    return choose;
}

QHBoxLayout *AutoDispatchDialog::buildButtonRow()
{
    auto *reject = new QPushButton(tr("Close without writing"), this);
    connect(reject, &QPushButton::clicked, this, &AutoDispatchDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    buttons->addStretch(1);
    buttons->addWidget(reject);
    buttons->addWidget(m_accept);
    return buttons;
}

AutoDispatchDialog::~AutoDispatchDialog()
{
    if (m_state)
        m_state->cancel = true;
    // The planner stops within a second of the flag; the worker only holds
    // the snapshot and the shared state, never the dialog or the store.
    m_watcher.waitForFinished();
}

services::AutoDispatchSelection AutoDispatchDialog::selection() const
{
    services::AutoDispatchSelection s = services::AutoDispatchSelection::wholeDay(m_dayStart, m_district->currentData().toLongLong());
    if (m_useRange->isChecked()) {
        s.windowFrom = m_dayStart + m_from->time().msecsSinceStartOfDay() / 1000;
        s.windowTo = m_dayStart + m_to->time().msecsSinceStartOfDay() / 1000;
    }
    return s;
}

bool AutoDispatchDialog::isRunning() const
{
    // Until the result is handled, not until the worker returns: a plan that
    // finished a moment ago but is not shown yet can still be cancelled.
    return m_running;
}

void AutoDispatchDialog::run()
{
    if (isRunning())
        return;
    m_model->clear();
    m_proposals = {};
    m_totals->clear();
    services::AutoDispatchSettings settings;
    std::shared_ptr<const services::AutoDispatchSnapshot> snapshot;
    try {
        // The store is read here, on the GUI thread; the worker gets a copy.
        settings = services::loadAutoDispatchSettings(services::OfficeSettings(m_workspace.services()));
        snapshot = std::make_shared<const services::AutoDispatchSnapshot>(m_service.snapshot(selection(), settings.weights));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    if (snapshot->input.orders.empty()) {
        m_status->setText(tr("No orders are waiting for dispatch in this selection."));
        updateButtons();
        Q_EMIT runFinished();
        return;
    }
    m_snapshot = snapshot;
    m_state = std::make_shared<RunState>();
    m_status->setText(tr("Planning %n order(s)", nullptr, int(snapshot->input.orders.size()))
                      + tr(" with %n candidate provider(s)…", nullptr, int(snapshot->input.days.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_progressTimer->start();
    m_running = true;
    ad::AutoDispatchOptions options;
    options.timeBudgetMs = settings.budgetMs;
    options.cancel = &m_state->cancel; // the worker holds m_state, so the flag outlives the run
    options.progress = [state = m_state](int done, int total) {
        state->done = done;
        state->total = std::max(1, total);
    };
    if (m_runHook)
        m_runHook(options);
    m_watcher.setFuture(QtConcurrent::run([snapshot, state = m_state, options] {
        return services::AutoDispatchService::plan(*snapshot, options);
    }));
    updateButtons();
}

void AutoDispatchDialog::cancelRun()
{
    if (!m_state || !isRunning())
        return;
    m_state->cancel = true;
    m_status->setText(tr("Cancelling…"));
    updateButtons();
}

void AutoDispatchDialog::showProgress()
{
    if (m_state)
        m_progress->setValue(int(qint64(m_state->done) * 100 / m_state->total));
}

void AutoDispatchDialog::planFinished()
{
    m_running = false;
    m_progressTimer->stop();
    m_progress->hide();
    m_lastResult = m_watcher.result();
    // A cancelled run proposes nothing, even if the planner finished first:
    // the dispatcher asked to stop, and a partial plan is not what they read.
    if (m_state && m_state->cancel) {
        m_status->setText(tr("Cancelled. Nothing was written."));
    } else if (m_snapshot) {
        m_proposals = services::AutoDispatchService::describe(*m_snapshot, m_watcher.result());
        m_model->setProposals(m_proposals.proposals);
        m_status->setText(m_proposals.outOfTime ? tr("The time budget ran out; this is the best plan found so far.")
                                                : tr("Tick the proposals to keep and accept them. Hover a reason to read it whole."));
        showTotals();
    }
    m_snapshot.reset();
    updateButtons();
    Q_EMIT runFinished();
}

void AutoDispatchDialog::showTotals()
{
    const auto &t = m_proposals.totals;
    const auto &g = m_proposals.greedyTotals;
    const auto n = [](double v) { return QString::number(qRound64(v)); };
    m_totals->setText(tr("Plan: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.")
                          .arg(t.assigned).arg(t.unassigned).arg(n(t.travelMinutes), n(t.latenessMinutes), n(t.objective))
                      + u' '
                      + tr("Nearest-available baseline: %1 assigned, %2 not assigned, travel %3 min, lateness %4 min, objective %5.")
                            .arg(g.assigned).arg(g.unassigned).arg(n(g.travelMinutes), n(g.latenessMinutes), n(g.objective))
                      + u' '
                      + tr("%1 candidate providers, %2 ms.").arg(m_proposals.candidateProviders).arg(n(m_proposals.milliseconds)));
}

void AutoDispatchDialog::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running && !(m_state && m_state->cancel));
    m_district->setEnabled(!running);
    m_useRange->setEnabled(!running);
    const int checked = m_model->checkedCount();
    m_accept->setEnabled(!running && checked > 0);
    m_accept->setText(checked ? tr("Accept %n ticked", nullptr, checked) : tr("Accept ticked"));
    m_checkAll->setEnabled(!running && m_model->rowCount() > 0);
    m_checkNone->setEnabled(!running && checked > 0);
}

void AutoDispatchDialog::acceptProposals()
{
    const QList<services::AutoDispatchAcceptItem> items = services::AutoDispatchService::acceptItems(m_model->checkedProposals());
    if (isRunning() || items.isEmpty())
        return;
    services::AutoDispatchOutcome outcome;
    try {
        outcome = m_service.accept(items);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    QList<services::AutoDispatchAcceptItem> written;
    for (const auto &item : items)
        if (outcome.done.contains(item.orderId))
            written << item;
    if (m_undo) {
        // The command outlives this dialog: it reports to the board and
        // refreshes it through the board's callback, never through `this`.
        auto report = [parent = QPointer<QWidget>(parentWidget())](const QString &m) {
            MessageBox::warning(parent, tr("Auto-dispatch"), m);
        };
        m_undo->push(new AutoDispatchCommand(m_workspace.services(), written, report, m_refreshBoard));
    }
    if (!outcome.refused.isEmpty())
        MessageBox::warning(this, tr("Auto-dispatch"),
                            tr("%n order(s) were dispatched. These were left waiting, because things changed since the plan was made:",
                               nullptr, int(outcome.done.size()))
                                + u'\n' + outcome.refusalText());
    if (m_refreshBoard)
        m_refreshBoard();
    Q_EMIT applied();
    QDialog::accept();
}

void AutoDispatchDialog::reject()
{
    cancelRun();
    QDialog::reject();
}

void AutoDispatchDialog::openSettings()
{
    AutoDispatchSettingsDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace doorstep::ui
