#pragma once
// The dispatch rules in words, for the drop refusal, the confirmation of a
// soft warning and the auto-dispatch explanations.
#include "feasibility/feasibility.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace doorstep::services {

class DispatchRulesText
{
    Q_DECLARE_TR_FUNCTIONS(DispatchRulesText)
public:
    static QString ruleName(dispatch::Rule rule); // short: "Overlap"
    // One sentence. `otherOrderNo` names the clashing job for Rule::Overlap.
    static QString describe(const dispatch::Violation &violation, const QString &otherOrderNo = {});
    static QStringList hardMessages(const dispatch::Verdict &verdict, const std::function<QString(qint64)> &orderNo = {});
    static QStringList softMessages(const dispatch::Verdict &verdict);
};

} // namespace doorstep::services
