#pragma once
// Every dispatch action on the schedule board is an undo command (as in
// Tiled: data changes only through commands). The board performs the first
// change itself, so a refusal never lands on the stack; redo() after an undo
// and undo() call the service again, and a command the store refuses later
// (say, the provider accepted the job meanwhile) reports why and drops out of
// the stack instead of pretending.
#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace doorstep::services {
class DispatchService;
}

namespace doorstep::ui {

struct JobPlace
{
    qint64 providerId = 0; // 0: pending (not assigned)
    qint64 start = 0;
};

class DispatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)
public:
    // `reportError` shows a message; `changed` refreshes the board.
    DispatchCommand(services::DispatchService &service, qint64 orderId, const QString &orderNo, JobPlace from, JobPlace to,
                    std::function<void(const QString &)> reportError, std::function<void()> changed);

    void undo() override;
    void redo() override;

    qint64 orderId() const { return m_orderId; }
    JobPlace from() const { return m_from; }
    JobPlace to() const { return m_to; }

private:
    void place(JobPlace from, JobPlace to);

    services::DispatchService &m_service;
    qint64 m_orderId;
    JobPlace m_from, m_to;
    bool m_firstRedo = true;
    std::function<void(const QString &)> m_reportError;
    std::function<void()> m_changed;
};

} // namespace doorstep::ui
