#include "ui/schedule/dispatch_commands.h"

#include "itemmodels/display_format.h"
#include "services/dispatch_service.h"

namespace doorstep::ui {

DispatchCommand::DispatchCommand(services::DispatchService &service, qint64 orderId, const QString &orderNo, JobPlace from, JobPlace to,
                                 std::function<void(const QString &)> reportError, std::function<void()> changed)
    : m_service(service)
    , m_orderId(orderId)
    , m_from(from)
    , m_to(to)
    , m_reportError(std::move(reportError))
    , m_changed(std::move(changed))
{
    if (!from.providerId)
        setText(tr("Assign %1").arg(orderNo));
    else if (!to.providerId)
        setText(tr("Take back %1").arg(orderNo));
    else
        setText(tr("Move %1 to %2").arg(orderNo, itemmodels::formatDateTime(to.start).right(5)));
}

void DispatchCommand::place(JobPlace from, JobPlace to)
{
    // The user confirmed any soft warnings when the action was first done;
    // undoing and redoing it does not ask again. Hard rules are checked again.
    if (!to.providerId)
        m_service.unassign(m_orderId, tr("Undone on the schedule board"));
    else if (!from.providerId)
        m_service.assign(m_orderId, to.providerId, to.start, true);
    else
        m_service.move(m_orderId, to.providerId, to.start, true);
}

void DispatchCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // the board already did it
        return;
    }
    try {
        place(m_from, m_to);
    } catch (const std::exception &e) {
        setObsolete(true);
        m_reportError(QString::fromUtf8(e.what()));
    }
    m_changed();
}

void DispatchCommand::undo()
{
    try {
        place(m_to, m_from);
    } catch (const std::exception &e) {
        setObsolete(true);
        m_reportError(tr("Cannot undo: %1").arg(QString::fromUtf8(e.what())));
    }
    m_changed();
}

} // namespace doorstep::ui
