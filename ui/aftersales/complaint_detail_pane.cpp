#include "ui/aftersales/complaint_detail_pane.h"

#include "domain/complaint_states.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/complaint_attachments.h"
#include "services/complaint_service.h"
#include "services/complaint_suspension.h"
#include "services/workspace.h"
#include "domain/order_lifecycle.h"
#include "services/refund_service.h"
#include "ui/aftersales/complaint_dialogs.h"
#include "ui/aftersales/remedy_dialogs.h"
#include "ui/message_box.h"
#include "ui/providers/scan_files.h"
#include "ui/providers/scan_viewer.h"

#include <QDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QKeySequence>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace doorstep::ui {
namespace fmt = itemmodels;
using domain::ComplaintStatus;

ComplaintDetailPane::ComplaintDetailPane(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QTextBrowser(this))
    , m_timeline(new QListWidget(this))
    , m_refunds(new QListWidget(this))
    , m_attachments(new QListWidget(this))
    , m_actions(new QHBoxLayout)
    , m_refundActions(new QWidget(this))
{
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    m_refunds->setObjectName(QStringLiteral("complaintRefunds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 3);
    layout->addWidget(new QLabel(tr("Refunds"), this));
    layout->addWidget(m_refunds, 1);
    layout->addWidget(m_refundActions);
    auto *photos = new QHBoxLayout;
    photos->addWidget(new QLabel(tr("Photos"), this));
    photos->addStretch(1);
    if (workspace.session().can(services::Permission::ComplaintHandle)) {
        auto *attach = new QPushButton(tr("Attach photo…"), this);
        attach->setObjectName(QStringLiteral("attachPhoto"));
        photos->addWidget(attach);
        connect(attach, &QPushButton::clicked, this, [this] {
            if (!m_complaintId)
                return;
            const QString path = QFileDialog::getOpenFileName(this, tr("Attach a photo"), QString(),
                                                              tr("Photos and scans (*.png *.jpg *.jpeg *.pdf)"));
            if (!path.isEmpty())
                attachFile(path);
        });
    }
    layout->addLayout(photos);
    m_attachments->setObjectName(QStringLiteral("complaintAttachments"));
    m_attachments->setMaximumHeight(80);
    layout->addWidget(m_attachments);
    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { viewAttachment(item->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 2);
    layout->addLayout(m_actions);

    // Decisions on the selected refund, offered as the role allows and
    // enabled as its state allows (the service decides: four eyes, limits).
    const auto &session = workspace.session();
    auto *refundRow = new QHBoxLayout(m_refundActions);
    refundRow->setContentsMargins(0, 0, 0, 0);
    const auto refundButton = [&](const QString &label, const QString &name, bool allowed, std::function<void(qint64)> act) {
        if (!allowed)
            return;
        auto *button = new QPushButton(label, m_refundActions);
        button->setObjectName(name);
        refundRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, act = std::move(act)] {
            if (const QListWidgetItem *item = m_refunds->currentItem())
                act(item->data(Qt::UserRole).toLongLong());
        });
    };
    const bool decides = session.can(services::Permission::RefundIssue) || session.can(services::Permission::RefundApproveOverLimit);
    const auto refunds = [this] { return services::RefundService(m_workspace.services()); };
    refundButton(tr("Approve refund"), QStringLiteral("approveRefund"), decides, [=, this](qint64 id) { run([&] { refunds().approve(id); }); });
    refundButton(tr("Reject refund…"), QStringLiteral("rejectRefund"), decides, [=, this](qint64 id) {
        ComplaintStepDialog dialog(tr("Reject refund"), tr("Why the refund is rejected:"), false, this);
        if (dialog.exec() == QDialog::Accepted)
            run([&] { refunds().reject(id, dialog.text()); });
    });
    refundButton(tr("Mark refund paid"), QStringLiteral("markRefundPaid"), session.can(services::Permission::RefundMarkPaid),
                 [=, this](qint64 id) { run([&] { refunds().markPaid(id); }); });
    refundRow->addStretch(1);
    connect(m_refunds, &QListWidget::currentRowChanged, this, &ComplaintDetailPane::updateRefundActions);
    updateRefundActions();
}

void ComplaintDetailPane::updateRefundActions()
{
    const QListWidgetItem *item = m_refunds->currentItem();
    const QString state = item ? item->data(Qt::UserRole + 1).toString() : QString();
    // The platform pays back the refunds of an order paid in the app: nothing to mark by hand.
    const bool platformPays = item && item->data(Qt::UserRole + 2).toBool();
    for (auto *b : m_refundActions->findChildren<QPushButton *>())
        b->setEnabled(b->objectName() == u"markRefundPaid" ? state == u"approved" && !platformPays : state == u"requested");
}

void ComplaintDetailPane::showComplaint(qint64 complaintId)
{
    // The refund selected stays selected when the same complaint is shown again (after a step, a reload).
    const QListWidgetItem *selected = m_refunds->currentItem();
    const qint64 selectedRefund = selected && complaintId == m_complaintId ? selected->data(Qt::UserRole).toLongLong() : 0;
    m_complaintId = complaintId;
    m_summary->clear();
    m_timeline->clear();
    m_refunds->clear();
    m_attachments->clear();
    m_mayBeSuspended = m_suspendedForIt = false;
    rebuildActions({}, 0, 0, false);
    if (!complaintId)
        return;
    std::optional<fmt::ComplaintDetail> c;
    try {
        c = itemmodels::Queries(m_workspace).complaintDetail(complaintId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    if (!c)
        return;
    const auto status = domain::stateFromKey<ComplaintStatus>(c->statusKey);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 · %2</h3><table cellspacing=4>")
                       .arg(esc(c->orderNo), esc(status ? domain::stateDisplayName(*status) : c->statusKey));
    const auto row = [&](const QString &k, const QString &v) { html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v)); };
    const auto name = [](auto e) { return e ? domain::stateDisplayName(*e) : QString(); };
    row(tr("Customer"), c->customer + u"  " + c->phone);
    if (!c->provider.isEmpty())
        row(tr("Provider"), c->provider);
    row(tr("Category"), name(domain::stateFromKey<domain::ComplaintCategory>(c->categoryKey)) + u" · "
                            + name(domain::stateFromKey<domain::ComplaintSeverity>(c->severityKey)));
    if (!c->askKey.isEmpty())
        row(tr("The customer asks for"), name(domain::stateFromKey<domain::CustomerAsk>(c->askKey)));
    row(tr("Handled by"), c->assignee.isEmpty() ? tr("nobody yet") : c->assignee);
    row(tr("Opened"), fmt::formatDateTime(c->openedAt));
    row(tr("First response"), c->firstResponseAt ? tr("given %1").arg(fmt::formatDateTime(c->firstResponseAt))
                                                  : tr("due %1").arg(fmt::formatDateTime(c->firstResponseDueAt)));
    row(tr("Resolution due"), fmt::formatDateTime(c->resolutionDueAt));
    const qint64 now = m_workspace.clock().now();
    if (c->nextDueAt)
        row(tr("Time left"), fmt::formatTimeLeft(*c->nextDueAt - now));
    else if (c->pausedAt)
        row(tr("Time left"), tr("paused since %1 (waiting for the customer)").arg(fmt::formatDateTime(c->pausedAt)));
    if (c->resolvedAt)
        row(tr("Closed"), fmt::formatDateTime(c->resolvedAt) + (c->upheld ? (*c->upheld ? tr(" · upheld") : tr(" · not upheld")) : QString()));
    if (!c->resolution.isEmpty())
        row(tr("Resolution"), c->resolution);
    if (c->satisfaction)
        row(tr("Customer's satisfaction"), satisfactionText(*c->satisfaction));
    if (c->reopenCount)
        row(tr("Reopened"), tr("%n time(s)", nullptr, c->reopenCount));
    if (c->escalatedAt)
        row(tr("Escalated"), tr("flagged to the office manager %1").arg(fmt::formatDateTime(c->escalatedAt)));
    if (c->suspendedAt)
        row(tr("Provider suspended"), tr("pending this investigation since %1").arg(fmt::formatDateTime(c->suspendedAt)));
    for (const auto &v : c->returnVisits) {
        const auto orderStatus = domain::orderStatusFromKey(v.statusKey);
        row(tr("Return visit"), QStringLiteral("%1 · %2 · %3 · %4%5")
                                    .arg(v.orderNo, orderStatus ? domain::orderStatusDisplayName(*orderStatus) : v.statusKey,
                                         fmt::formatDateTime(v.windowStart),
                                         name(domain::stateFromKey<domain::ReserviceProvider>(v.providerChoiceKey)),
                                         v.provider.isEmpty() ? QString() : u" · " + v.provider));
    }
    row(tr("Paid for the order"), tr("%1 · left to refund %2").arg(fmt::formatFen(c->orderPaidFen), fmt::formatFen(c->refundableFen))
                                      + (c->orderPaidInApp ? tr(" · paid in the app: the payment provider pays refunds back") : QString()));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(c->description));
    if (c->calendarRanOut)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("A deadline runs into a year the holiday calendar does not cover yet: "
                                                          "its holidays were counted as working days.")));
    m_summary->setHtml(html);
    for (const auto &e : c->timeline)
        m_timeline->addItem(QStringLiteral("%1  %2  %3").arg(fmt::formatDateTime(e.at), e.staff, e.sentence));
    for (const auto &f : c->refunds) {
        const auto state = domain::stateFromKey<domain::RefundStatus>(f.statusKey);
        QString text = tr("%1 · %2 · requested by %3 %4").arg(fmt::formatFen(f.amountFen), name(state), f.requestedBy, fmt::formatDateTime(f.requestedAt));
        if (!f.approvedBy.isEmpty())
            text += tr(" · approved by %1").arg(f.approvedBy);
        if (!f.rejectedBy.isEmpty())
            text += tr(" · rejected by %1: %2").arg(f.rejectedBy, f.rejectReason);
        if (!f.paidBy.isEmpty())
            text += tr(" · paid (%1 %2)").arg(f.paidBy, fmt::formatDateTime(f.paidAt));
        else if (c->orderPaidInApp && f.statusKey == u"paid")
            text += tr(" · paid back through the payment provider %1").arg(fmt::formatDateTime(f.paidAt));
        else if (c->orderPaidInApp && f.statusKey == u"approved")
            text += tr(" · not paid back yet: the payment provider pays it after the next sync");
        auto *item = new QListWidgetItem(text + u" · " + f.reason, m_refunds);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.statusKey);
        item->setData(Qt::UserRole + 2, c->orderPaidInApp);
        if (f.id == selectedRefund)
            m_refunds->setCurrentItem(item);
    }
    for (const auto &a : c->attachments) {
        auto *item = new QListWidgetItem(tr("%1 · %2 KiB · %3 %4").arg(a.fileName).arg((a.bytes + 1023) / 1024).arg(a.addedBy,
                                                                                                                 fmt::formatDateTime(a.createdAt)),
                                         m_attachments);
        item->setData(Qt::UserRole, a.id);
    }
    updateRefundActions();
    m_suspendedForIt = c->suspendedAt != 0;
    m_mayBeSuspended = !m_suspendedForIt && c->categoryKey == u"safety" && status && !domain::isClosed(*status)
        && (c->providerStatusKey == u"active" || c->providerStatusKey == u"suspended");
    rebuildActions(c->statusKey, c->assigneeId, c->refundableFen, !c->provider.isEmpty());
}

void ComplaintDetailPane::attachFile(const QString &path)
{
    const ScanFile file = readScanFile(path);
    if (!file.error.isEmpty()) {
        MessageBox::warning(this, tr("Attach a photo"), file.error);
        return;
    }
    // The service judges the bytes (format, size) and names the file if it refuses.
    run([&] { services::ComplaintAttachments(m_workspace.services()).add(m_complaintId, path, file.bytes); });
}

QDialog *ComplaintDetailPane::viewAttachment(qint64 attachmentId)
{
    QString mime;
    QByteArray bytes;
    try {
        bytes = services::ComplaintAttachments(m_workspace.services()).open(attachmentId, &mime);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return nullptr;
    }
    const QListWidgetItem *item = m_attachments->currentItem();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Photo"));
    auto *viewer = new ScanViewer(dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(viewer);
    viewer->setScan(bytes, mime, item ? item->text() : QString());
    dialog->resize(800, 600);
    dialog->show();
    return dialog;
}

void ComplaintDetailPane::run(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    const qint64 id = m_complaintId;
    showComplaint(id);
    Q_EMIT complaintChanged(id);
}

void ComplaintDetailPane::rebuildActions(const QString &statusKey, qint64 assigneeId, qint64 refundableFen, bool hadProvider)
{
    // deleteLater: the button clicked may be the one whose slot runs now.
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const auto status = domain::stateFromKey<ComplaintStatus>(statusKey);
    if (!status)
        return;
    const auto &session = m_workspace.session();
    const bool handle = session.can(services::Permission::ComplaintHandle);
    const auto add = [this](const QString &label, const QString &objectName, std::function<void()> onClick) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(objectName);
        // Keyboard-driven like the review page (Ctrl+Enter decides, Ctrl+R
        // rejects, Ctrl+I the step in between); the tooltip says the key.
        static const QHash<QString, QKeySequence> keys{
            {QStringLiteral("resolve"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
            {QStringLiteral("reject"), QKeySequence(Qt::CTRL | Qt::Key_R)},
            {QStringLiteral("investigate"), QKeySequence(Qt::CTRL | Qt::Key_I)},
            {QStringLiteral("claim"), QKeySequence(Qt::CTRL | Qt::Key_K)},
            {QStringLiteral("note"), QKeySequence(Qt::CTRL | Qt::Key_T)},
            {QStringLiteral("call"), QKeySequence(Qt::CTRL | Qt::Key_P)},
        };
        if (const auto key = keys.constFind(objectName); key != keys.cend()) {
            button->setShortcut(*key);
            button->setToolTip(key->toString(QKeySequence::NativeText));
        }
        m_actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, std::move(onClick));
    };
    const auto service = [this] { return services::ComplaintService(m_workspace.services()); };
    struct Answer
    {
        QString first;  // the words
        bool second;    // upheld
        std::optional<int> satisfaction;
    };
    const auto ask = [this](const QString &title, const QString &prompt, bool upheld, bool closing = false) -> std::optional<Answer> {
        ComplaintStepDialog dialog(title, prompt, upheld, this);
        if (closing)
            dialog.askSatisfaction();
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Answer{dialog.text(), dialog.upheld(), dialog.satisfaction()};
    };
    // Refund… while the complaint is not rejected (a resolution may be a refund).
    if (session.can(services::Permission::RefundIssue) && *status != ComplaintStatus::Rejected)
        add(tr("Refund…"), QStringLiteral("refund"), [=, this] {
            RefundDialog dialog(m_workspace, m_complaintId, refundableFen, this);
            if (dialog.exec() == QDialog::Accepted)
                run([] {});
        });
    // A safety or privacy incident: the supervisor's decision about the provider.
    if (session.can(services::Permission::ProviderDiscipline)) {
        const auto suspension = [this] { return services::ComplaintSuspension(m_workspace.services()); };
        if (m_mayBeSuspended)
            add(tr("Suspend provider…"), QStringLiteral("suspendProvider"), [=, this] {
                if (const auto a = ask(tr("Suspend the provider"),
                                       tr("Why the provider is suspended while the incident is investigated "
                                          "(shown as the provider's status; closing the complaint lifts it):"), false))
                    run([&] { suspension().suspend(m_complaintId, a->first); });
            });
        if (m_suspendedForIt)
            add(tr("Lift suspension…"), QStringLiteral("liftSuspension"), [=, this] {
                if (const auto a = ask(tr("Lift the suspension"), tr("Why the provider may work again:"), false))
                    run([&] { suspension().lift(m_complaintId, a->first); });
            });
    }
    if (domain::isClosed(*status)) {
        if (handle)
            add(tr("Reopen…"), QStringLiteral("reopen"), [=, this] {
                if (const auto a = ask(tr("Reopen"), tr("Why is the complaint reopened?"), false))
                    run([&] { service().reopen(m_complaintId, a->first); });
            });
        m_actions->addStretch(1);
        return;
    }
    if (handle && assigneeId != session.staffId)
        add(tr("Claim"), QStringLiteral("claim"), [=, this] { run([&] { service().claim(m_complaintId); }); });
    if (session.can(services::Permission::ComplaintAssign))
        add(tr("Assign…"), QStringLiteral("assign"), [=, this] {
            QList<itemmodels::Choice> staff;
            try {
                staff = itemmodels::Queries(m_workspace).complaintHandlers();
            } catch (const std::exception &e) {
                MessageBox::error(this, e);
                return;
            }
            QStringList names;
            for (const auto &s : std::as_const(staff))
                names.append(s.name);
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Assign"), tr("Give the complaint to:"), names, 0, false, &ok);
            const qsizetype index = names.indexOf(chosen);
            if (ok && index >= 0)
                run([&] { service().assign(m_complaintId, staff.at(index).id); });
        });
    if (!handle) {
        m_actions->addStretch(1);
        return;
    }
    add(tr("Note…"), QStringLiteral("note"), [=, this] {
        if (const auto a = ask(tr("Note"), tr("The note (kept in the complaint's timeline):"), false))
            run([&] { service().addNote(m_complaintId, a->first, false); });
    });
    add(tr("Call…"), QStringLiteral("call"), [=, this] {
        if (const auto a = ask(tr("Call with the customer"), tr("What was said on the call:"), false))
            run([&] { service().addNote(m_complaintId, a->first, true); });
    });
    if (*status == ComplaintStatus::Open)
        add(tr("Investigate"), QStringLiteral("investigate"),
            [=, this] { run([&] { service().move(m_complaintId, {ComplaintStatus::Investigating, {}, {}}); }); });
    if (*status == ComplaintStatus::WaitingCustomer)
        add(tr("Customer answered…"), QStringLiteral("answered"), [=, this] {
            if (const auto a = ask(tr("The customer answered"), tr("What the customer said or sent:"), false))
                run([&] { service().move(m_complaintId, {ComplaintStatus::Investigating, a->first, {}}); });
        });
    else
        add(tr("Wait for customer…"), QStringLiteral("wait"), [=, this] {
            if (const auto a = ask(tr("Wait for the customer"), tr("What is the customer asked for? The clocks stop until they answer."), false))
                run([&] { service().move(m_complaintId, {ComplaintStatus::WaitingCustomer, a->first, {}}); });
        });
    add(tr("Return visit…"), QStringLiteral("returnVisit"), [=, this] {
        ReturnVisitDialog dialog(m_workspace, m_complaintId, hadProvider, this);
        if (dialog.exec() == QDialog::Accepted)
            run([] {});
    });
    add(tr("Resolve…"), QStringLiteral("resolve"), [=, this] {
        if (const auto a = ask(tr("Resolve"), tr("The resolution the customer was given:"), true, true))
            run([&] { service().move(m_complaintId, {ComplaintStatus::Resolved, a->first, a->second, a->satisfaction}); });
    });
    add(tr("Reject…"), QStringLiteral("reject"), [=, this] {
        if (const auto a = ask(tr("Reject"), tr("Why the complaint is not upheld (the customer is told so):"), false, true))
            run([&] { service().move(m_complaintId, {ComplaintStatus::Rejected, a->first, {}, a->satisfaction}); });
    });
    m_actions->addStretch(1);
}

} // namespace doorstep::ui
