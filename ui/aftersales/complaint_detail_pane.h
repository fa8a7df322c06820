#pragma once
// A complaint's detail beside the workbench queue: order, customer (phone
// masked by role), provider, category, severity, what the customer asks,
// the deadlines and time left, the description and the timeline of
// everything done (who, when). Buttons offer what the state and the role
// allow: claim, assign, note, call, investigate, wait for the customer, the
// customer answered, resolve, reject, reopen; each through ComplaintService.
// The remedies: the order's refunds (state, who requested, approved, rejected
// or paid them) with Refund… and, for the selected refund, approve, reject and
// mark paid as the role allows (RefundService); Return visit… and the return
// visits' dispatch state (ReturnVisitService). For a safety or privacy
// incident, supervisors and administrators suspend its provider pending the
// investigation, or lift that suspension (ComplaintSuspension). Photos
// attached to the complaint: listed, added (Attach photo…) and opened in the
// scan viewer (ComplaintAttachments).
#include <QWidget>

#include <functional>

class QDialog;
class QHBoxLayout;
class QListWidget;
class QTextBrowser;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class ComplaintDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintDetailPane(services::Workspace &workspace, QWidget *parent = nullptr);

    void showComplaint(qint64 complaintId); // 0 clears
    qint64 complaintId() const { return m_complaintId; }
    QTextBrowser *summary() const { return m_summary; }
    QListWidget *timeline() const { return m_timeline; }
    QListWidget *refunds() const { return m_refunds; }
    QListWidget *attachments() const { return m_attachments; }
    // Attaches a file to the complaint shown (the button asks for it with a file dialog).
    void attachFile(const QString &path);
    // Opens the attachment in a viewer window (audited); returns the viewer's dialog.
    QDialog *viewAttachment(qint64 attachmentId);

Q_SIGNALS:
    void complaintChanged(qint64 complaintId);

private:
    void rebuildActions(const QString &statusKey, qint64 assigneeId, qint64 refundableFen, bool hadProvider);
    void updateRefundActions();
    void run(const std::function<void()> &action);

    services::Workspace &m_workspace;
    qint64 m_complaintId = 0;
    QTextBrowser *m_summary;
    QListWidget *m_timeline;
    QListWidget *m_refunds;
    QListWidget *m_attachments;
    QHBoxLayout *m_actions;
    QWidget *m_refundActions;
    // What the suspension buttons need of the complaint shown.
    bool m_mayBeSuspended = false; // a safety incident, open, against a working provider not yet suspended for it
    bool m_suspendedForIt = false;
};

} // namespace doorstep::ui
