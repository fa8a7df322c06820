#pragma once
// Accepting an auto-dispatch plan as ONE step on the schedule board's undo
// stack. Like DispatchCommand, the dialog performs the first accept itself,
// so a refusal never lands on the stack. undo() takes back every order the
// accept assigned (AutoDispatchService::undoAccepted, one action); redo()
// accepts them again (the rules are checked again, and what they now refuse
// is reported and left out). A command the store refuses entirely reports
// why and drops out of the stack.
#include "services/auto_dispatch_service.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace doorstep::ui {

class AutoDispatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AutoDispatchCommand)
public:
    // `applied`: the items the first accept wrote. `report` shows a message;
    // `changed` refreshes the board.
    AutoDispatchCommand(services::ServiceLayer &services, QList<services::AutoDispatchAcceptItem> applied,
                        std::function<void(const QString &)> report, std::function<void()> changed);

    void undo() override;
    void redo() override;

    QList<qint64> orderIds() const;

private:
    void keepOnly(const QList<qint64> &done);

    services::AutoDispatchService m_service; // its own: the dialog that pushed it is gone
    QList<services::AutoDispatchAcceptItem> m_items;
    bool m_firstRedo = true;
    std::function<void(const QString &)> m_report;
    std::function<void()> m_changed;
};

} // namespace doorstep::ui
