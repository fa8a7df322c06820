#include "ui/schedule/auto_dispatch_command.h"

namespace doorstep::ui {

AutoDispatchCommand::AutoDispatchCommand(services::ServiceLayer &services, QList<services::AutoDispatchAcceptItem> applied,
                                         std::function<void(const QString &)> report, std::function<void()> changed)
    : m_service(services)
    , m_items(std::move(applied))
    , m_report(std::move(report))
    , m_changed(std::move(changed))
{
    setText(tr("Auto-dispatch %n order(s)", nullptr, int(m_items.size())));
}

QList<qint64> AutoDispatchCommand::orderIds() const
{
    QList<qint64> ids;
    for (const auto &item : m_items)
        ids << item.orderId;
    return ids;
}

void AutoDispatchCommand::keepOnly(const QList<qint64> &done)
{
    // From now on the step is what was actually changed: an order the other
    // direction left alone is not this command's to move again.
    QList<services::AutoDispatchAcceptItem> kept;
    for (const auto &item : std::as_const(m_items))
        if (done.contains(item.orderId))
            kept << item;
    m_items = kept;
}

void AutoDispatchCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // the dialog already did it
        return;
    }
    try {
        const services::AutoDispatchOutcome out = m_service.accept(m_items);
        keepOnly(out.done);
        if (!out.refused.isEmpty())
            m_report(tr("Some orders could not be dispatched again:\n%1").arg(out.refusalText()));
    } catch (const std::exception &e) {
        setObsolete(true);
        m_report(QString::fromUtf8(e.what()));
    }
    if (m_changed)
        m_changed();
}

void AutoDispatchCommand::undo()
{
    try {
        const services::AutoDispatchOutcome out = m_service.undoAccepted(orderIds());
        keepOnly(out.done);
        if (!out.refused.isEmpty())
            m_report(tr("Some orders were left as they are:\n%1").arg(out.refusalText()));
    } catch (const std::exception &e) {
        setObsolete(true);
        m_report(tr("Cannot undo: %1").arg(QString::fromUtf8(e.what())));
    }
    if (m_changed)
        m_changed();
}

} // namespace doorstep::ui
