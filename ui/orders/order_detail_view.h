#pragma once
// The order detail pane: who, where, what, when, how much; the status
// timeline; dispatch history; rating; complaints. Buttons record the next
// steps a provider or customer reports by phone (accept, on the way, start,
// complete, decline, cancel), each through OrderService and the state machine.
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QHBoxLayout;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class OrderDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailView(services::Workspace &workspace, QWidget *parent = nullptr);

    void showOrder(qint64 orderId); // 0 clears
    qint64 orderId() const { return m_orderId; }
    QListWidget *timeline() const { return m_timeline; }
    QTextBrowser *summary() const { return m_summary; }

Q_SIGNALS:
    void orderChanged(qint64 orderId);

private:
    void rebuildActions(const QString &statusKey);

    services::Workspace &m_workspace;
    qint64 m_orderId = 0;
    QTextBrowser *m_summary;
    QListWidget *m_timeline;
    QHBoxLayout *m_actions;
};

} // namespace doorstep::ui
