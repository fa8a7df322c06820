#pragma once
// The complaints workbench (service agents, supervisors, managers): the queue
// of complaints, the one whose deadline comes first on top (amber at 75 % of
// the target used, red at breach), filters (mine, unassigned, breached,
// escalated, state, category, severity), and the selected complaint's detail with its
// timeline and steps. New complaint… (Ctrl+N) takes one on the phone by
// order number; the order detail offers the same for its order. SLA
// policies… shows the targets (managers and administrators change them). Keyboard:
// Up/Down walk the queue, the detail follows; Ctrl+N new complaint; the
// detail's steps: Ctrl+K claim, Ctrl+T note, Ctrl+P call, Ctrl+I investigate,
// Ctrl+Enter resolve, Ctrl+R reject.
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ComplaintsModel;
struct ComplaintOrderScope;
}

namespace doorstep::ui {

class ComplaintDetailPane;
class FilterBar;

class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Queue { All, Mine, Unassigned, Breached, Escalated };

    explicit ComplaintsPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::ComplaintsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ComplaintDetailPane *detail() const { return m_detail; }
    QComboBox *queueFilter() const { return m_queue; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *severityFilter() const { return m_severity; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *slaPoliciesButton() const { return m_policies; }
    QLabel *calendarWarning() const { return m_calendar; }

    void refresh();
    void newComplaint();                  // the intake form, by order number
    void openComplaint(qint64 complaintId); // selects it (all states) and shows its detail
    void showQueue(Queue queue);            // the open complaints of that queue (the status bar's notices)
    // Every complaint in `scope`, in any state (a statistics drill-down); `label`
    // names them on a button that removes the narrowing.
    void showComplaintsOf(const itemmodels::ComplaintOrderScope &scope, const QString &label);
    QPushButton *narrowingChip() const { return m_narrowingChip; }

Q_SIGNALS:
    void complaintsChanged();

private:
    void showSelected();

    services::Workspace &m_workspace;
    itemmodels::ComplaintsModel *m_model;
    FilterBar *m_filters;
    QComboBox *m_queue = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_policies = nullptr;
    QPushButton *m_narrowingChip = nullptr;
    QLabel *m_count;
    QLabel *m_calendar;
    QTableView *m_view;
    ComplaintDetailPane *m_detail;
};

} // namespace doorstep::ui
