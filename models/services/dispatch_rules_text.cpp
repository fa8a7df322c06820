#include "services/dispatch_rules_text.h"

#include <cmath>

namespace doorstep::services {

using dispatch::Rule;

QString DispatchRulesText::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::ProviderInactive: return tr("Provider not active");
    case Rule::SkillMissing: return tr("Skill missing");
    case Rule::SkillSuspended: return tr("Skill suspended");
    case Rule::QualificationMissing: return tr("Qualification missing");
    case Rule::DistrictNotServed: return tr("District not served");
    case Rule::CustomerBlocked: return tr("Blocked by the customer");
    case Rule::DeclinedBefore: return tr("Declined or timed out before");
    case Rule::OutsideWindow: return tr("Outside the customer's window");
    case Rule::OutsideWorkingHours: return tr("Outside working hours");
    case Rule::Overlap: return tr("Clash with another job");
    case Rule::DailyLimit: return tr("Daily job limit");
    case Rule::LongTravel: return tr("Long travel");
    case Rule::LowRating: return tr("Low rating");
    case Rule::HeavyDay: return tr("Heavy day");
    }
    return {};
}

QString DispatchRulesText::describe(const dispatch::Violation &v, const QString &otherOrderNo)
{
    const int minutes = int(std::ceil(v.minutes - 1e-9));
    switch (v.rule) {
    case Rule::ProviderInactive: return tr("The provider is not active (suspended, deactivated or not yet approved).");
    case Rule::SkillMissing: return tr("The provider does not offer this service category.");
    case Rule::SkillSuspended: return tr("The provider is suspended for this service category.");
    case Rule::QualificationMissing: return tr("The service requires a qualification certificate the provider does not hold (or it has expired).");
    case Rule::DistrictNotServed: return tr("The provider does not serve the order's district.");
    case Rule::CustomerBlocked: return tr("The customer has asked not to be served by this provider.");
    case Rule::DeclinedBefore:
        return tr("The provider declined this order or let it time out before; auto-dispatch does not offer it to them again.");
    case Rule::OutsideWindow: return tr("The start is %n minute(s) outside the customer's time window.", nullptr, minutes);
    case Rule::OutsideWorkingHours: return tr("The job does not fit the provider's working hours that day.");
    case Rule::Overlap:
        return tr("It clashes with %1: %n more minute(s) are needed, counting travel between the two jobs.", nullptr, minutes)
            .arg(otherOrderNo.isEmpty() ? tr("another job") : otherOrderNo);
    case Rule::DailyLimit: return tr("It would be job %1 of the day, over the provider's daily limit.").arg(v.count);
    case Rule::LongTravel: return tr("Travel to this job takes about %n minute(s).", nullptr, minutes);
    case Rule::LowRating: return tr("The provider's rating is %1 stars.").arg(double(v.count) / 100.0, 0, 'f', 2);
    case Rule::HeavyDay: return tr("It would be job %1 of the provider's day.").arg(v.count);
    }
    return {};
}

QStringList DispatchRulesText::hardMessages(const dispatch::Verdict &verdict, const std::function<QString(qint64)> &orderNo)
{
    QStringList out;
    for (const auto &v : verdict.violations)
        if (dispatch::isHard(v.rule))
            out << describe(v, v.otherOrderId && orderNo ? orderNo(v.otherOrderId) : QString());
    return out;
}

QStringList DispatchRulesText::softMessages(const dispatch::Verdict &verdict)
{
    QStringList out;
    for (const auto &v : verdict.violations)
        if (!dispatch::isHard(v.rule))
            out << describe(v);
    return out;
}

} // namespace doorstep::services
