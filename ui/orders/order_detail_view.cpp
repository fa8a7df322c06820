#include "ui/orders/order_detail_view.h"

#include "domain/complaint_states.h"
#include "itemmodels/display_format.h"
#include "itemmodels/map_data.h"
#include "itemmodels/order_detail.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/queries.h"
#include "services/order_service.h"
#include "services/workspace.h"
#include "ui/aftersales/complaint_dialogs.h"
#include "ui/map/map_view.h"
#include "ui/map/office_tiles.h"
#include "ui/message_box.h"
#include "ui/orders/order_step_dialogs.h"
#include "ui/providers/reason_dialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace doorstep::ui {

using domain::OrderActor;
using domain::OrderEvent;
namespace fmt = itemmodels;

OrderDetailView::OrderDetailView(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QTextBrowser(this))
    , m_timeline(new QListWidget(this))
    , m_actions(new QHBoxLayout)
    , m_map(new MapView(this))
{
    m_summary->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 3);
    layout->addLayout(m_actions);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 2);
    // A small map under the timeline: where the order is, at street level.
    m_map->setMinimumHeight(160);
    m_map->setFetcher(officeTiles(workspace, m_map).fetcher);
    try {
        QList<MapLabel> labels;
        for (const auto &d : itemmodels::Queries(workspace).mapDistricts())
            labels.append({d.name, d.centre});
        m_map->setDistricts(labels);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_map->hide();
    layout->addWidget(m_map, 2);
}

void OrderDetailView::showOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_summary->clear();
    m_timeline->clear();
    rebuildActions({});
    m_map->setPins({});
    m_map->setVisible(orderId != 0);
    if (!orderId)
        return;
    std::optional<fmt::OrderDetail> o;
    try {
        o = itemmodels::Queries(m_workspace).orderDetail(orderId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    if (!o)
        return;
    const auto status = domain::orderStatusFromKey(o->statusKey);
    m_map->setPins({{orderId, o->orderNo, o->address, itemmodels::toneStrong(itemmodels::pinTone(o->statusKey), palette()), {o->lat, o->lng}}});
    m_map->setSelectedOrder(orderId);
    m_map->centreOn({o->lat, o->lng}, 15);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 · %2</h3><table cellspacing=4>").arg(esc(o->orderNo), esc(status ? domain::orderStatusDisplayName(*status) : o->statusKey));
    auto row = [&](const QString &k, const QString &v) { html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v)); };
    row(tr("Customer"), o->customer + u"  " + o->phone);
    row(tr("Address"), o->district + u" " + o->address);
    row(tr("Service"), tr("%1 (%n min)", nullptr, o->durationMin).arg(o->service));
    row(tr("Window"), fmt::formatDateTime(o->windowStart) + u'–' + fmt::formatDateTime(o->windowEnd).right(5));
    row(tr("Price"), fmt::formatFen(o->priceFen) + u"  · " + fmt::paymentStatusDisplayName(o->paymentStatus)
                         + (o->paidInApp ? tr(" · in the app, through the payment provider") : QString())
                         + (o->refundedFen ? tr(" · refunded %1").arg(fmt::formatFen(o->refundedFen)) : QString()));
    if (!o->provider.isEmpty())
        row(tr("Provider"), o->provider + (o->plannedStart ? tr(", planned %1").arg(fmt::formatDateTime(o->plannedStart)) : QString()));
    if (!o->cancelReason.isEmpty())
        row(tr("Cancelled because"), o->cancelReason);
    if (!o->note.isEmpty())
        row(tr("Note"), o->note);
    if (o->stars)
        row(tr("Rating"), QString(o->stars, QChar(0x2605)) + u"  " + o->ratingComment);
    html += QStringLiteral("</table>");
    if (!o->dispatches.isEmpty()) {
        html += u"<p><b>" + esc(tr("Dispatch history")) + u"</b><br>";
        for (const auto &d : o->dispatches) {
            html += esc(fmt::formatDateTime(d.at) + u"  " + d.provider + u"  "
                        + (d.mode == u"auto" ? tr("auto") : tr("manual")) + (d.staff.isEmpty() ? QString() : u" · " + d.staff)
                        + (d.plannedStart ? tr(" · start %1").arg(fmt::formatDateTime(d.plannedStart).right(5)) : QString())
                        + (d.undoneAt ? tr(" · taken back %1").arg(fmt::formatDateTime(d.undoneAt)) : QString()));
            if (!d.explanation.isEmpty())
                html += u"<br>&nbsp;&nbsp;" + esc(d.explanation);
            html += u"<br>";
        }
        html += u"</p>";
    }
    if (!o->complaints.isEmpty()) {
        html += u"<p><b>" + esc(tr("Complaints")) + u"</b><br>";
        const auto named = [](auto state, const QString &key) { return state ? domain::stateDisplayName(*state) : key; };
        for (const auto &c : o->complaints)
            html += esc(fmt::formatDateTime(c.openedAt) + u"  " + named(domain::stateFromKey<domain::ComplaintCategory>(c.category), c.category)
                        + u"  " + named(domain::stateFromKey<domain::ComplaintStatus>(c.status), c.status)
                        + tr(" · due %1").arg(fmt::formatDateTime(c.resolutionDueAt)) + (c.resolution.isEmpty() ? QString() : u" · " + c.resolution))
                + u"<br>";
        html += u"</p>";
    }
    m_summary->setHtml(html);

    for (const fmt::TimelineEntry &e : o->timeline) {
        // When, what happened, who (and who recorded it), and why.
        QString line = fmt::formatDateTime(e.at) + u"  " + fmt::timelineHeadline(e);
        const QString who = fmt::timelineActor(e);
        if (!who.isEmpty())
            line += u"  · " + who;
        if (!e.note.isEmpty())
            line += u"\n    " + e.note;
        m_timeline->addItem(line);
    }
    m_windowStart = o->windowStart;
    m_windowEnd = o->windowEnd;
    rebuildActions(o->statusKey);
}

void OrderDetailView::rebuildActions(const QString &statusKey)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto status = domain::orderStatusFromKey(statusKey);
    if (!status)
        return;
    // The buttons are what the state machine allows from here, for the role
    // logged in; the service checks both again.
    struct Step
    {
        OrderEvent event;
        OrderActor actor;
        QString label;
        QString objectName;
    };
    const QList<Step> steps{
        {OrderEvent::Submit, OrderActor::Office, tr("Send to dispatch"), QStringLiteral("submit")},
        {OrderEvent::Accept, OrderActor::Provider, tr("Provider accepted"), QStringLiteral("accept")},
        {OrderEvent::Decline, OrderActor::Provider, tr("Provider declined…"), QStringLiteral("decline")},
        {OrderEvent::Unassign, OrderActor::Office, tr("Take back…"), QStringLiteral("unassign")},
        {OrderEvent::Depart, OrderActor::Provider, tr("On the way"), QStringLiteral("depart")},
        {OrderEvent::Start, OrderActor::Provider, tr("Service started"), QStringLiteral("start")},
        {OrderEvent::Complete, OrderActor::Provider, tr("Completed"), QStringLiteral("complete")},
        {OrderEvent::Rate, OrderActor::Customer, tr("Customer's rating…"), QStringLiteral("rate")},
        {OrderEvent::Reschedule, OrderActor::Office, tr("Reschedule…"), QStringLiteral("reschedule")},
        {OrderEvent::Cancel, OrderActor::Office, tr("Cancel…"), QStringLiteral("cancel")},
    };
    const auto &session = m_workspace.session();
    for (const Step &step : steps) {
        if (!domain::nextStatus(*status, step.event, step.actor) || !session.can(services::OrderService::permissionFor(step.event)))
            continue;
        auto *button = new QPushButton(step.label, this);
        button->setObjectName(step.objectName);
        m_actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, step, from = *status] {
            std::optional<services::OrderChange> change = askFor(step.event, step.actor, step.label, from);
            if (!change)
                return;
            try {
                services::OrderService(m_workspace.services()).apply(m_orderId, *change);
            } catch (const std::exception &e) {
                MessageBox::error(this, e);
                return;
            }
            showOrder(m_orderId);
            Q_EMIT orderChanged(m_orderId);
        });
    }
    // A customer calls about this order: the complaint is taken here, for it.
    if (session.can(services::Permission::ComplaintHandle) && *status != domain::OrderStatus::Created) {
        auto *complaint = new QPushButton(tr("Complaint…"), this);
        complaint->setObjectName(QStringLiteral("complaint"));
        m_actions->addWidget(complaint);
        connect(complaint, &QPushButton::clicked, this, [this] {
            ComplaintIntakeDialog dialog(m_workspace, m_orderId, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            showOrder(m_orderId);
            Q_EMIT complaintOpened(dialog.complaintId());
        });
    }
    m_actions->addStretch(1);
}

std::optional<services::OrderChange> OrderDetailView::askFor(OrderEvent event, OrderActor actor, const QString &title,
                                                             domain::OrderStatus from)
{
    auto run = [](OrderStepDialog &dialog) -> std::optional<services::OrderChange> {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.change();
    };
    switch (event) {
    case OrderEvent::Cancel: {
        CancelOrderDialog dialog(domain::nextStatus(from, event, OrderActor::Customer).has_value(), this);
        return run(dialog);
    }
    case OrderEvent::Reschedule: {
        RescheduleOrderDialog dialog(m_windowStart, m_windowEnd, m_workspace.services().now(), this);
        return run(dialog);
    }
    case OrderEvent::Rate: {
        RateOrderDialog dialog(this);
        return run(dialog);
    }
    default:
        break;
    }
    services::OrderChange change{event, actor};
    if (domain::eventNeedsReason(event)) {
        change.reason = ReasonDialog::ask(this, title, tr("Reason (kept in the order's timeline):"));
        if (change.reason.isEmpty())
            return std::nullopt;
    }
    return change;
}

} // namespace doorstep::ui
