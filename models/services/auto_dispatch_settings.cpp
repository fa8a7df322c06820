#include "services/auto_dispatch_settings.h"

#include "services/service_error.h"
#include "services/settings_service.h"
#include "store/sqlite.h"

namespace doorstep::services {
namespace {

double settingOr(store::Database &db, const char16_t *key, double fallback)
{
    const QVariant v = db.scalar("SELECT value FROM settings WHERE key = ?", QString::fromUtf16(key));
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : fallback;
}

struct Entry
{
    const char16_t *key;
    double value;
};

QList<Entry> entries(const AutoDispatchSettings &s)
{
    namespace k = auto_dispatch_settings;
    const auto &w = s.weights;
    return {{k::WeightTravel, w.perTravelMinute},        {k::WeightLateness, w.perLatenessMinute},
            {k::WeightRating, w.perStarBelowFive},       {k::UnratedRatingX100, double(w.unratedRatingX100)},
            {k::WeightPoints, w.perPoint},               {k::WeightWorkload, w.perJobAlreadyThatDay},
            {k::PreferredBonus, w.preferredBonus},       {k::UnassignedPenalty, w.unassignedPenalty},
            {k::PriorityPenalty, w.perPriorityLevel},    {k::BudgetMs, double(s.budgetMs)}};
}

} // namespace

AutoDispatchSettings loadAutoDispatchSettings(store::Database &db)
{
    namespace k = auto_dispatch_settings;
    AutoDispatchSettings s;
    auto &w = s.weights;
    w.perTravelMinute = settingOr(db, k::WeightTravel, w.perTravelMinute);
    w.perLatenessMinute = settingOr(db, k::WeightLateness, w.perLatenessMinute);
    w.perStarBelowFive = settingOr(db, k::WeightRating, w.perStarBelowFive);
    w.unratedRatingX100 = int(settingOr(db, k::UnratedRatingX100, w.unratedRatingX100));
    w.perPoint = settingOr(db, k::WeightPoints, w.perPoint);
    w.perJobAlreadyThatDay = settingOr(db, k::WeightWorkload, w.perJobAlreadyThatDay);
    w.preferredBonus = settingOr(db, k::PreferredBonus, w.preferredBonus);
    w.unassignedPenalty = settingOr(db, k::UnassignedPenalty, w.unassignedPenalty);
    w.perPriorityLevel = settingOr(db, k::PriorityPenalty, w.perPriorityLevel);
    s.budgetMs = int(settingOr(db, k::BudgetMs, s.budgetMs));
    return s;
}

QString AutoDispatchSettingsText::validate(const AutoDispatchSettings &s)
{
    const auto &w = s.weights;
    // Negative weights would turn a cost into a reward (more travel = better),
    // which the planner's "never worse than greedy" guarantee does not cover.
    for (double v : {w.perTravelMinute, w.perLatenessMinute, w.perStarBelowFive, w.perPoint, w.perJobAlreadyThatDay,
                     w.preferredBonus, w.unassignedPenalty, w.perPriorityLevel})
        if (!(v >= 0 && v <= 100000))
            return tr("Weights are between 0 and 100,000.");
    if (w.unratedRatingX100 < 100 || w.unratedRatingX100 > 500)
        return tr("The rating assumed for unrated providers is between 1.00 and 5.00 stars.");
    if (s.budgetMs < 200 || s.budgetMs > 120000)
        return tr("The time budget is between 0.2 and 120 seconds.");
    return {};
}

void saveAutoDispatchSettings(ServiceLayer &services, const AutoDispatchSettings &settings)
{
    if (const QString problem = AutoDispatchSettingsText::validate(settings); !problem.isEmpty())
        throw ServiceError::invalid(problem);
    const QList<Entry> before = entries(loadAutoDispatchSettings(services.db()));
    const QList<Entry> after = entries(settings);
    SettingsService store(services);
    for (qsizetype i = 0; i < after.size(); ++i)
        if (after.at(i).value != before.at(i).value)
            store.setValue(QString::fromUtf16(after.at(i).key), QString::number(after.at(i).value, 'g', 10));
}

} // namespace doorstep::services
