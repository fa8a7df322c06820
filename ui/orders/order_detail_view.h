#pragma once
// The order detail pane: who, where, what, when, how much; the status
// timeline; dispatch history; rating; complaints. Buttons record the next
// steps: what a provider or customer reports by phone (accepted, declined, on
// the way, started, completed, the customer's rating) and the office's own
// (send to dispatch, take back, reschedule, cancel for the customer or the
// office), each through OrderService and the state machine.
#include "services/order_service.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QTextBrowser;
class QHBoxLayout;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class MapView;

class OrderDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailView(services::Workspace &workspace, QWidget *parent = nullptr);

    void showOrder(qint64 orderId); // 0 clears
    qint64 orderId() const { return m_orderId; }
    QListWidget *timeline() const { return m_timeline; }
    QTextBrowser *summary() const { return m_summary; }
    // Where the order is (its pin on the office's tiles, or on the districts without).
    MapView *map() const { return m_map; }

Q_SIGNALS:
    void orderChanged(qint64 orderId);
    // A complaint about this order was recorded (the "Complaint…" button).
    void complaintOpened(qint64 complaintId);

private:
    void rebuildActions(const QString &statusKey);
    // Asks what a step needs (reason, new window, stars); nullopt: cancelled.
    std::optional<services::OrderChange> askFor(domain::OrderEvent event, domain::OrderActor actor, const QString &title,
                                                domain::OrderStatus from);

    services::Workspace &m_workspace;
    qint64 m_orderId = 0;
    qint64 m_windowStart = 0, m_windowEnd = 0;
    QTextBrowser *m_summary;
    QListWidget *m_timeline;
    QHBoxLayout *m_actions;
    MapView *m_map;
};

} // namespace doorstep::ui
