#pragma once
// The office's auto-dispatch settings: the objective's weights and the time
// budget of one run, kept in table `settings` so every console of the office
// plans the same way. Missing or unreadable values fall back to the planner's
// defaults (dispatch/auto: ObjectiveWeights).
#include "auto/auto_dispatch.h"

#include <QCoreApplication>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

class ServiceLayer;

namespace auto_dispatch_settings {
inline constexpr char16_t WeightTravel[] = u"auto_dispatch.weight_travel";
inline constexpr char16_t WeightLateness[] = u"auto_dispatch.weight_lateness";
inline constexpr char16_t WeightRating[] = u"auto_dispatch.weight_rating";
inline constexpr char16_t UnratedRatingX100[] = u"auto_dispatch.unrated_rating_x100";
inline constexpr char16_t WeightPoints[] = u"auto_dispatch.weight_points";
inline constexpr char16_t WeightWorkload[] = u"auto_dispatch.weight_workload";
inline constexpr char16_t PreferredBonus[] = u"auto_dispatch.preferred_bonus";
inline constexpr char16_t UnassignedPenalty[] = u"auto_dispatch.unassigned_penalty";
inline constexpr char16_t PriorityPenalty[] = u"auto_dispatch.priority_penalty";
inline constexpr char16_t BudgetMs[] = u"auto_dispatch.budget_ms";
} // namespace auto_dispatch_settings

struct AutoDispatchSettings
{
    dispatch::autodispatch::ObjectiveWeights weights;
    int budgetMs = 5000;
};

AutoDispatchSettings loadAutoDispatchSettings(store::Database &db);

class AutoDispatchSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(AutoDispatchSettingsText)
public:
    // Empty when the settings may be saved; otherwise what is wrong.
    static QString validate(const AutoDispatchSettings &settings);
};

// Saves the values that differ from the stored ones, each through
// SettingsService (Permission::SettingsEdit, one audited entry per key).
// Throws ServiceError::Invalid (nothing written) for out-of-range values.
void saveAutoDispatchSettings(ServiceLayer &services, const AutoDispatchSettings &settings);

} // namespace doorstep::services
