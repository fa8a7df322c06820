#pragma once
// Manual dispatch. Pending orders of the day on the left (filtered by
// district and service), providers' days on the right. Drag an order onto a
// provider's row at a time to assign it, drag a job to another row or time to
// move it, drag it back to the list to take it back. Keyboard: pick an order
// in the list, Tab to the board, Up/Down to a provider (ranked for the order),
// Enter assigns at the earliest allowed start; Left/Right pick a job on the
// row, Alt+Left/Right move it by 15 minutes, Ctrl+X then Enter on another row
// move it there, Delete takes it back. Every action is checked by the
// dispatch rules (hard: refused with the rule's name; soft: confirm) and lands
// on the undo stack.
#include "itemmodels/order_mime.h"

#include <QWidget>

class QHBoxLayout;
class QSplitter;

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QUndoStack;
class QMimeData;
class QAction;
class QPushButton;
class QTabWidget;

namespace doorstep::services {
class Workspace;
class DispatchService;
}
namespace doorstep::itemmodels {
class ContinuousDispatch;
class OrdersModel;
class ScheduleModel;
}

namespace doorstep::ui {

class ScheduleTimeline;
class DispatchMap;
class AutoDispatchDialog;
class ContinuousDispatchPanel;

class ScheduleBoard : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleBoard(services::Workspace &workspace, QWidget *parent = nullptr);
    ~ScheduleBoard() override;

    QUndoStack *undoStack() const { return m_undo; }
    itemmodels::OrdersModel *pendingModel() const { return m_pending; }
    itemmodels::ScheduleModel *scheduleModel() const { return m_schedule; }
    QTableView *pendingView() const { return m_pendingView; }
    ScheduleTimeline *timeline() const { return m_timeline; }
    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *districtFilter() const { return m_district; }
    QComboBox *categoryFilter() const { return m_category; }
    QPushButton *autoDispatchButton() const { return m_autoDispatch; }
    // The map of the day (a tab beside the timeline): pins of the day's orders,
    // providers, the selected provider's route and the selected order's candidates.
    DispatchMap *dispatchMap() const { return m_map; }
    // Shows the map tab (or the timeline's).
    void showMap(bool map);
    // Continuous auto-dispatch of this console (main window's): a tab
    // beside the board and the map with what it did and its proposals.
    void setContinuousDispatch(itemmodels::ContinuousDispatch *continuous);
    ContinuousDispatchPanel *continuousPanel() const { return m_continuous; }

    // Shows the day holding `utcSecs`.
    void showDay(qint64 utcSecs);
    // Selects a pending order (as a click would); false when it is not listed.
    bool selectPending(qint64 orderId);
    // The keyboard path's Enter: the selected pending order to the current
    // provider row at the earliest allowed start.
    void assignSelectedToCurrentRow();
    // Drop handling, public so the same path runs for the view and tests.
    void handleDrop(const QMimeData *data, int row);
    // Opens the auto-dispatch dialog (window-modal, deleted on close) for the
    // board's day and district; an accept lands on this board's undo stack.
    AutoDispatchDialog *runAutoDispatch();
    // Reloads the pending list and the providers' days (the store changed).
    void refresh() { refreshAfterChange(); }
    // After another connection's commit (the sync's pull): the pending list
    // and the providers' days change row by row, so the current provider,
    // the selection and the scroll stay.
    void refreshRows();
    // The providers' days are being read on the board's worker (the board
    // shows the older ones until they come).
    bool isLoading() const;

Q_SIGNALS:
    void ordersChanged();

private:
    // Parts of the constructor.
    void setUpPendingView();
    void connectViews();
    QHBoxLayout *buildToolbar();
    QSplitter *buildSplit();

    void reloadPending();
    void reloadSchedule();
    void focusOnSelected();
    // A click on the map: the order in the pending list, or its provider's
    // job on the board; a provider: their row.
    void pickOrderFromMap(qint64 orderId);
    void pickProviderFromMap(qint64 providerId);
    void dispatchTo(const itemmodels::OrderDrag &drag, qint64 providerId, qint64 start);
    void takeBack(const itemmodels::OrderDrag &drag);
    // The keyboard path for jobs on the board (ScheduleTimeline's signals).
    void takeBackJob(int row, qint64 orderId);
    void nudgeJob(int row, qint64 orderId, qint64 deltaSecs);
    void moveJob(int fromRow, qint64 orderId, int toRow);
    std::unique_ptr<QMimeData> jobPayload(int row, qint64 orderId); // null: not movable (says why)
    void refreshAfterChange();
    qint64 selectedPending() const;

    services::Workspace &m_workspace;
    std::unique_ptr<services::DispatchService> m_service;
    itemmodels::OrdersModel *m_pending;
    itemmodels::ScheduleModel *m_schedule;
    QUndoStack *m_undo;
    QDateEdit *m_day;
    QComboBox *m_district;
    QComboBox *m_category;
    QTableView *m_pendingView;
    ScheduleTimeline *m_timeline;
    DispatchMap *m_map;
    QTabWidget *m_views = nullptr; // the timeline and the map
    QLabel *m_orderInfo;
    QLabel *m_scheduleNote; // how many providers, or that the list was cut
    QAction *m_undoAction;
    QAction *m_redoAction;
    QPushButton *m_autoDispatch = nullptr;
    ContinuousDispatchPanel *m_continuous = nullptr;
    bool m_reloadingPending = false; // reloadPending() is resetting the list
};

} // namespace doorstep::ui
