#pragma once
// Auto-dispatch proposals for one day of the schedule board. The dispatcher
// chooses the orders (the day's waiting orders, one district, a range of
// window starts), runs the planner (off the GUI thread, with a progress bar
// and Cancel), reads the proposals with the reason for each, ticks the ones
// to keep and accepts them as one action and one undo step. Reject (or a
// cancelled run) writes nothing.
#include "services/auto_dispatch_service.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimeEdit;
class QTimer;
class QUndoStack;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class AutoDispatchProposalsModel;

class AutoDispatchDialog : public QDialog
{
    Q_OBJECT
public:
    // `day`: any time of the office day to plan; `districtId` 0: all. An
    // accept pushes one AutoDispatchCommand onto `undoStack` (may be null);
    // `refreshBoard` runs after the accept and after its undo/redo.
    AutoDispatchDialog(services::Workspace &workspace, qint64 day, qint64 districtId, QUndoStack *undoStack,
                       std::function<void()> refreshBoard = {}, QWidget *parent = nullptr);
    ~AutoDispatchDialog() override; // cancels a running plan and waits for it

    void run();
    void cancelRun();
    void acceptProposals();
    bool isRunning() const;

    // For tests and the board.
    AutoDispatchProposalsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *districtFilter() const { return m_district; }
    QCheckBox *timeRangeCheck() const { return m_useRange; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *acceptButton() const { return m_accept; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *totalsLabel() const { return m_totals; }
    const services::AutoDispatchProposals &proposals() const { return m_proposals; }
    // The planner's result of the last run as it returned it, cancelled or not.
    const dispatch::autodispatch::AutoDispatchResult &lastResult() const { return m_lastResult; }
    // Tests: adjusts the planner's options before each run (on the GUI
    // thread; the options then go to the worker). The cancel flag and the
    // progress callback are already set and may be wrapped, not dropped.
    using RunHook = std::function<void(dispatch::autodispatch::AutoDispatchOptions &)>;
    void setRunHook(RunHook hook) { m_runHook = std::move(hook); }

    void reject() override;

Q_SIGNALS:
    void applied();      // proposals were written
    void runFinished();  // a run ended (planned, cancelled or failed)

private:
    // Parts of the constructor.
    void setUpTable();
    QHBoxLayout *buildChoiceRow();
    QHBoxLayout *buildButtonRow();
    struct RunState;
    services::AutoDispatchSelection selection() const;
    void planFinished();
    void showProgress();
    void updateButtons();
    void showTotals();
    void openSettings();

    services::Workspace &m_workspace;
    services::AutoDispatchService m_service;
    qint64 m_dayStart;
    QUndoStack *m_undo;
    std::function<void()> m_refreshBoard;
    AutoDispatchProposalsModel *m_model;
    QComboBox *m_district;
    QCheckBox *m_useRange;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_accept;
    QPushButton *m_checkAll;
    QPushButton *m_checkNone;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_totals;
    QTableView *m_table;
    QTimer *m_progressTimer;
    QFutureWatcher<dispatch::autodispatch::AutoDispatchResult> m_watcher;
    std::shared_ptr<RunState> m_state;
    std::shared_ptr<const services::AutoDispatchSnapshot> m_snapshot;
    services::AutoDispatchProposals m_proposals;
    dispatch::autodispatch::AutoDispatchResult m_lastResult;
    RunHook m_runHook;
    bool m_running = false;
};

} // namespace doorstep::ui
