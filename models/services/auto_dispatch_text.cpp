#include "services/auto_dispatch_text.h"

#include "services/dispatch_rules_text.h"

#include <cmath>

namespace doorstep::services {

using dispatch::autodispatch::Term;
using dispatch::autodispatch::UnassignedKind;

namespace {

QString minutes(double m)
{
    return QString::number(std::lround(m));
}

QString oneDecimal(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

QString AutoDispatchText::termName(Term term)
{
    switch (term) {
    case Term::Travel: return tr("Travel");
    case Term::Lateness: return tr("Lateness");
    case Term::Quality: return tr("Rating");
    case Term::Points: return tr("Points");
    case Term::Workload: return tr("Workload");
    case Term::Preference: return tr("Preference");
    }
    return {};
}

QString AutoDispatchText::whyChosen(const dispatch::autodispatch::Explanation &e, const QString &runnerUpName)
{
    if (!e.hasRunnerUp)
        return tr("The only provider who can take this order on this plan.");
    const auto &c = e.chosen[e.decidingTerm];
    const auto &r = e.runnerUp[e.decidingTerm];
    QString lead;
    switch (e.decidingTerm) {
    case Term::Travel:
        lead = tr("Less travel: %1 min added, against %2 min for %3.").arg(minutes(c.raw), minutes(r.raw), runnerUpName);
        break;
    case Term::Lateness:
        lead = tr("Earlier start: %1 min into the window, against %2 min for %3.").arg(minutes(c.raw), minutes(r.raw), runnerUpName);
        break;
    case Term::Quality:
        lead = tr("Better rating: %1 stars, against %2 for %3.").arg(QString::number(c.raw, 'f', 2), QString::number(r.raw, 'f', 2), runnerUpName);
        break;
    case Term::Points:
        lead = tr("Better points balance: %1, against %2 for %3.").arg(minutes(c.raw), minutes(r.raw), runnerUpName);
        break;
    case Term::Workload:
        lead = tr("Lighter day: %1 job(s) already, against %2 for %3.").arg(minutes(c.raw), minutes(r.raw), runnerUpName);
        break;
    case Term::Preference:
        lead = tr("The customer prefers this provider; the next best is %1.").arg(runnerUpName);
        break;
    }
    // Margins are in minute-equivalents: the unit of the objective.
    QString tail = tr("Ahead of the next best by %1 on %2 and %3 overall.")
                       .arg(oneDecimal(e.decidingMargin), termName(e.decidingTerm).toLower(), oneDecimal(e.totalMargin));
    if (e.totalMargin < 0)
        tail += u' ' + tr("(The time budget ran out before the plan could improve this.)");
    return lead + u' ' + tail;
}

QString AutoDispatchText::whyLeftOut(const dispatch::autodispatch::WhyUnassigned &why)
{
    switch (why.kind) {
    case UnassignedKind::Stopped:
        return tr("Not planned: the run stopped (cancelled or out of time) before it reached this order.");
    case UnassignedKind::NotWorthIt:
        return tr("%n provider(s) could take it, but only at a cost above leaving it for later.", nullptr, why.feasibleProviders);
    case UnassignedKind::NoProvider:
        break;
    }
    if (why.providers == 0)
        return tr("No active provider with this service serves the district.");
    if (why.rule == dispatch::Rule::SkillMissing && why.excludedByRule == why.providers)
        return tr("No candidate provider offers this service.");
    if (why.rule == dispatch::Rule::DistrictNotServed && why.excludedByRule == why.providers)
        return tr("No candidate provider serves the order's district.");
    if (why.eligibleProviders > 0)
        return tr("None of the %n provider(s) who could serve it can fit it. Most often: %1 (%2 of them).", nullptr,
                  why.eligibleProviders)
            .arg(DispatchRulesText::ruleName(why.rule))
            .arg(why.excludedByRule);
    return tr("No provider can fit it. Most often: %1 (%2 of %3 providers).")
        .arg(DispatchRulesText::ruleName(why.rule))
        .arg(why.excludedByRule)
        .arg(why.providers);
}

QString AutoDispatchText::notOfferedAgain(int providers)
{
    return tr("Not offered again to the %n provider(s) who declined it or let it time out.", nullptr, providers);
}

} // namespace doorstep::services
