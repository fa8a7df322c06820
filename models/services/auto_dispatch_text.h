#pragma once
// The planner's explanations in words for the dispatcher (and for the
// dispatch record): why this provider, and why an order was left out.
#include "auto/auto_dispatch.h"

#include <QCoreApplication>
#include <QString>

namespace doorstep::services {

class AutoDispatchText
{
    Q_DECLARE_TR_FUNCTIONS(AutoDispatchText)
public:
    static QString termName(dispatch::autodispatch::Term term); // "Travel"
    // "Less travel: 8 min added, against 21 min for Li Na (the next best). …"
    static QString whyChosen(const dispatch::autodispatch::Explanation &explanation, const QString &runnerUpName);
    static QString whyLeftOut(const dispatch::autodispatch::WhyUnassigned &why);
    // Appended to either when the order's decliners were among the candidates:
    // why the provider it was offered to before is not chosen again.
    static QString notOfferedAgain(int providers);
};

} // namespace doorstep::services
