#include "ui/aftersales/complaint_detail_pane.h"

#include "domain/complaint_states.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/complaint_service.h"
#include "services/workspace.h"
#include "ui/aftersales/complaint_dialogs.h"
#include "ui/message_box.h"

#include <QHBoxLayout>
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
    , m_actions(new QHBoxLayout)
{
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 3);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 2);
    layout->addLayout(m_actions);
}

void ComplaintDetailPane::showComplaint(qint64 complaintId)
{
    m_complaintId = complaintId;
    m_summary->clear();
    m_timeline->clear();
    rebuildActions({}, 0);
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
    if (c->reopenCount)
        row(tr("Reopened"), tr("%n time(s)", nullptr, c->reopenCount));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(c->description));
    if (c->calendarRanOut)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("A deadline runs into a year the holiday calendar does not cover yet: "
                                                          "its holidays were counted as working days.")));
    m_summary->setHtml(html);
    for (const auto &e : c->timeline)
        m_timeline->addItem(QStringLiteral("%1  %2  %3").arg(fmt::formatDateTime(e.at), e.staff, e.sentence));
    rebuildActions(c->statusKey, c->assigneeId);
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

void ComplaintDetailPane::rebuildActions(const QString &statusKey, qint64 assigneeId)
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
        m_actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, std::move(onClick));
    };
    const auto service = [this] { return services::ComplaintService(m_workspace.services()); };
    const auto ask = [this](const QString &title, const QString &prompt, bool upheld) -> std::optional<std::pair<QString, bool>> {
        ComplaintStepDialog dialog(title, prompt, upheld, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return std::pair{dialog.text(), dialog.upheld()};
    };
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
    add(tr("Resolve…"), QStringLiteral("resolve"), [=, this] {
        if (const auto a = ask(tr("Resolve"), tr("The resolution the customer was given:"), true))
            run([&] { service().move(m_complaintId, {ComplaintStatus::Resolved, a->first, a->second}); });
    });
    add(tr("Reject…"), QStringLiteral("reject"), [=, this] {
        if (const auto a = ask(tr("Reject"), tr("Why the complaint is not upheld (the customer is told so):"), false))
            run([&] { service().move(m_complaintId, {ComplaintStatus::Rejected, a->first, {}}); });
    });
    m_actions->addStretch(1);
}

} // namespace doorstep::ui
